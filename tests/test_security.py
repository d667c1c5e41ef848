"""Article and sheet text is untrusted: nothing in it may become live markup on the site."""
from html.parser import HTMLParser
from pathlib import Path

PAYLOADS = [
    "<script>document.body.setAttribute('data-pwned','1')</script>",
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">",
    "[click](javascript:document.body.setAttribute('data-pwned','3'))",
    "text {: onclick=\"document.body.setAttribute('data-pwned','4')\" }",
    "<a href='javascript:alert(1)'>x</a>",
    "![x](javascript:alert(1))",
    "`code` *em* __strong__ # heading | pipe",
    "</title><script>document.body.setAttribute('data-pwned','5')</script>",
    "&lt;/title&gt;&lt;script&gt;document.body.setAttribute('data-pwned','6')&lt;/script&gt;",
]


def quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def hostile_sheet() -> str:
    quotes = "".join(f"""
  - id: q{i}
    speaker: {quoted(p)}
    role: {quoted(p)}
    country: TR
    text: {quoted(p)}
    span: [0, 10]
""" for i, p in enumerate(PAYLOADS, 1))
    return f"""article:
  id: hostile
  file: hostile.txt
  title: {quoted(PAYLOADS[0] + PAYLOADS[2] + PAYLOADS[7] + PAYLOADS[8])}
  source: {quoted(PAYLOADS[1])}
  author: {quoted(PAYLOADS[3])}
  language: en
  cites: [{quoted(PAYLOADS[4])}]
  related: [{quoted(PAYLOADS[5])}]
conflict:
  name: {quoted(PAYLOADS[1])}
  parties: [AZ, AM]
quotes:{quotes}
stances:
  - id: tr
    country: TR
    position: backs
    side: AZ
    evidence: [q1, q2, [0, 12]]
"""


class LiveMarkup(HTMLParser):
    def __init__(self):
        super().__init__()
        self.problems: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action", "formaction") and value and \
                    value.strip().lower().startswith(("javascript:", "data:text/html")):
                self.problems.append(f"<{tag} {name}={value}>")
            if value and "setattribute(" in value.lower() and name not in ("title", "alt", "content", "value"):
                self.problems.append(f"<{tag} {name}={value}>")
        if tag == "script":
            self.in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script and "pwned" in data:
            self.problems.append(f"script runs: {data[:60]}")


def test_no_payload_becomes_markup(project):
    article = "".join(PAYLOADS) + "\n" + "Some words. " * 20
    project.article("hostile.txt", article)
    project.sheet("hostile.yaml", hostile_sheet())
    assert project.run("check").returncode == 0
    result = project.mkdocs_build(strict=False)
    assert result.returncode == 0, result.stderr
    site = project.root / "site"
    pages = list(site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        parser = LiveMarkup()
        parser.feed(page.read_text(encoding="utf-8"))
        assert parser.problems == [], f"{page.relative_to(site)}: {parser.problems}"
    article_page = (site / "articles/hostile/index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in article_page  # shown as text, not dropped
    import xml.etree.ElementTree as ET
    for svg in site.rglob("*.svg"):
        for element in ET.parse(svg).iter():
            assert not element.tag.endswith("script"), svg
            assert not [a for a in element.attrib if a.lower().startswith("on")], svg


def test_slugs_cannot_escape_the_site(project):
    sheet = hostile_sheet().replace(f"speaker: {quoted(PAYLOADS[0])}", "speaker: '../../../../tmp/evil'")
    sheet = sheet.replace(f"speaker: {quoted(PAYLOADS[1])}", "speaker: '../../etc/passwd'")
    project.article("hostile.txt", "x" * 50)
    project.sheet("hostile.yaml", sheet)
    assert project.mkdocs_build(strict=False).returncode == 0
    export = project.run("export", "out")
    assert export.returncode == 0, export.stderr
    root = project.root.resolve()
    for path in list((root / "site").rglob("*")) + list((root / "out").rglob("*")):
        assert root in path.resolve().parents
    assert (root / "site/people/tmp-evil/index.html").is_file()
    assert (root / "site/people/etc-passwd/index.html").is_file()
    assert not Path("/tmp/evil").exists()


def test_slugify_is_a_single_safe_segment():
    from generator.entities import slugify
    for text in ["../../etc/passwd", "..", "/", "", "a/b\\c", "İstanbul Çağ", "\x00"]:
        slug = slugify(text)
        assert slug and "/" not in slug and "\\" not in slug and slug not in (".", "..")
        assert all(c.isalnum() or c == "-" for c in slug)


def test_calls_for_values_are_labelled_or_escaped(tmp_path):
    from generator.pages import Renderer

    renderer = Renderer("id")
    call = renderer.env.filters["call"]
    assert str(call("ceasefire")) == "gencatan senjata"
    assert "<script>" not in str(call("<script>alert(1)</script>"))
