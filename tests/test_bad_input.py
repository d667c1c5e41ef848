"""Bad input, each with a test: handled correctly, or one line with file:line:col and what to do,
a non-zero exit where the command could not do its job, never a traceback, and one bad file
never stops the others."""
from __future__ import annotations

import os
import re

import pytest

from generator import yamlio

from .conftest import minimal_sheet

GOOD = "Menlu bicara\n\n\"Kami menyerukan gencatan senjata segera,\" kata Menteri Luar Negeri " \
       "Turki Mevlut Cavusoglu di Ankara.\n"
LINE = re.compile(r"^(skipped: )?\S+:\d+:\d+: .+$")


def no_traceback(result) -> None:
    assert "Traceback" not in result.stderr + result.stdout
    assert "internal error" not in result.stderr


def problem_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if LINE.match(line)]


def extract_one_file(project, name: str, data: bytes | str, *args):
    path = project.article(name, data)
    result = project.run("extract", f"content/articles/{name}", *args)
    no_traceback(result)
    return path, result


# ---- articles -----------------------------------------------------------------------------


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "the file is empty"),
    ("blank.txt", b"  \n\n ", "the file is empty"),
    ("binary.txt", bytes(range(256)) * 20, "binary file"),
])
def test_unusable_article_is_one_line_and_exit_1(project, name, data, message):
    _, result = extract_one_file(project, name, data)
    assert result.returncode == 1
    [line] = problem_lines(result)
    assert f"content/articles/{name}:1:1:" in line and message in line


def test_one_bad_file_never_stops_the_others(project):
    project.article("empty.txt", b"")
    project.article("binary.txt", b"\x00\x01\x02" * 100)
    project.article("good.txt", GOOD)
    result = project.run("extract")
    no_traceback(result)
    assert result.returncode == 0
    assert len(problem_lines(result)) == 2
    assert (project.content / "sheets" / "menlu-bicara.yaml").is_file()
    strict = project.run("extract", "--strict", "--force")
    assert strict.returncode == 1


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_latin1_and_windows_1252_articles_are_read(project, encoding):
    text = "Caf\u00e9 news\n\n\u201cKami menyerukan gencatan senjata segera,\u201d kata Menteri " \
           "Luar Negeri Turki Mevlut Cavusoglu.\n"
    if encoding == "latin-1":
        text = text.replace("\u201c", '"').replace("\u201d", '"')
    path, result = extract_one_file(project, "enc.txt", text.encode(encoding))
    assert result.returncode == 0, result.stderr
    sheet = yamlio.load_plain((project.content / "sheets" / "cafe-news.yaml").read_text())
    assert sheet["article"]["title"] == "Caf\u00e9 news"
    assert sheet["quotes"] and sheet["quotes"][0]["text"].startswith("Kami menyerukan")


def test_bom_and_crlf_articles_have_the_same_offsets(project):
    plain = GOOD
    project.article("plain.txt", plain.replace("Menlu bicara", "Plain"))
    project.article("bom.txt", b"\xef\xbb\xbf" + plain.replace("Menlu bicara", "Bom")
                    .replace("\n", "\r\n").encode("utf-8"))
    result = project.run("extract")
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    a = yamlio.load_plain((project.content / "sheets" / "plain.yaml").read_text())
    b = yamlio.load_plain((project.content / "sheets" / "bom.yaml").read_text())
    assert a["quotes"][0]["span"] == b["quotes"][0]["span"]
    assert b["article"]["title"] == "Bom"
    assert project.run("check").returncode == 0


def test_50_mb_article_is_refused_quickly(project):
    path = project.content / "articles" / "huge.txt"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("Huge\n\n")
        line = "Presiden mengatakan, \"Ini kalimat yang sangat panjang sekali.\" " * 20 + "\n"
        while handle.tell() < 50 * 2**20:
            handle.write(line)
    project.article("good.txt", GOOD)
    result = project.run("extract")
    no_traceback(result)
    [line] = problem_lines(result)
    assert "huge.txt:1:1:" in line and "MiB" in line and "split it" in line
    assert (project.content / "sheets" / "menlu-bicara.yaml").is_file()


@pytest.mark.slow
def test_article_with_10000_quotes(project):
    text = "Banyak kutipan\n\n" + "".join(
        f"\"Kalimat nomor {i} ini penting,\" kata Budi Santoso.\n\n" for i in range(10_000))
    _, result = extract_one_file(project, "many.txt", text)
    assert result.returncode == 0, result.stderr
    sheet = yamlio.load_plain((project.content / "sheets" / "banyak-kutipan.yaml").read_text())
    ids = [q["id"] for q in sheet["quotes"]]
    assert len(ids) == len(set(ids)) >= 9_000


@pytest.mark.parametrize("body", [
    "\"Tanda kutip yang tidak pernah ditutup, kata Budi Santoso.\n\n\"Satu lagi,\" katanya.",
    "\u201cDia bilang \u2018kami \"tidak\" akan\u2019 menyerah,\u201d kata Budi Santoso.",
    "\u201d\u201d\u201c\u201c\"\"'' kata Budi. \u00ab\u00bb\u00bb \u201e\u201c kata Ani.",
    "\"" * 500 + " kata Budi " + "\u201c" * 500,
])
def test_unbalanced_and_nested_quote_marks(project, body):
    _, result = extract_one_file(project, "quotes.txt", "Kutipan aneh\n\n" + body + "\n")
    assert result.returncode == 0, result.stderr
    assert project.run("check").returncode == 0


def test_missing_path_is_one_line_and_exit_1(project):
    result = project.run("extract", "content/articles/nope.txt")
    no_traceback(result)
    assert result.returncode == 1
    [line] = problem_lines(result)
    assert "nope.txt:0:0:" in line and "no such file" in line and "check the path" in line


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_article(project):
    path = project.article("secret.txt", GOOD)
    path.chmod(0)
    try:
        result = project.run("extract", "content/articles/secret.txt")
    finally:
        path.chmod(0o644)
    no_traceback(result)
    assert result.returncode == 1 and "permission denied" in result.stderr


def test_unreadable_article_is_reported(project, monkeypatch):
    """Also as root: the PermissionError path of the reader, in process."""
    from pathlib import Path

    from generator.extract_command import extract_one

    path = project.article("secret.txt", GOOD)

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    result = extract_one(path, project.content)
    assert result.problem is not None and "permission denied" in result.problem.message
    assert result.problem.hint == "fix the file's permissions"


# ---- sheets the user broke: extract leaves them alone and says where ----------------------


def _broken_sheet_case(project, sheet_text: str):
    project.article("a1.txt", GOOD)
    project.article("b1.txt", GOOD.replace("Menlu bicara", "Other"))
    path = project.sheet("a1.yaml", sheet_text)
    before = path.read_bytes()
    result = project.run("extract")
    no_traceback(result)
    assert path.read_bytes() == before, "a broken sheet must be left as the user wrote it"
    assert (project.content / "sheets" / "other.yaml").is_file(), "the other article was skipped"
    assert "a1.yaml: not updated" in result.stderr
    check = project.run("check")
    no_traceback(check)
    assert check.returncode == 1
    return result, check


def test_yaml_syntax_error(project):
    text = minimal_sheet(file="a1.txt").replace("  title: A title", "  title: [A title")
    result, check = _broken_sheet_case(project, text)
    assert re.search(r"content/sheets/a1\.yaml:\d+:\d+: YAML syntax error", result.stderr)
    assert re.search(r"content/sheets/a1\.yaml:\d+:\d+: YAML syntax error", check.stdout)


def test_duplicate_key(project):
    text = minimal_sheet(file="a1.txt").replace("  title: A title\n",
                                                "  title: A title\n  title: Again\n")
    result, check = _broken_sheet_case(project, text)
    assert "content/sheets/a1.yaml:5:3: duplicate key 'title' (remove one of the two entries)" \
        in result.stderr


def test_wrong_type(project):
    text = minimal_sheet(file="a1.txt").replace("span: [0, 5]", "span: five")
    result, check = _broken_sheet_case(project, text)
    assert re.search(r"content/sheets/a1\.yaml:15:11: quotes\[0\]\.span: ", result.stderr)


def test_unknown_country_code(project):
    text = minimal_sheet(file="a1.txt", country="XX")
    result, check = _broken_sheet_case(project, text)
    assert re.search(r"a1\.yaml:13:14: quotes\[0\]\.country: 'XX' is not a country code known "
                     r"to CLDR; fix the code or declare it in content/countries.yaml", check.stdout)


def test_alias_bomb(project):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))
    text = minimal_sheet(file="a1.txt") + "extra:\n" + "".join("  " + ln + "\n"
                                                             for ln in bomb.splitlines())
    result, check = _broken_sheet_case(project, text)
    assert "aliases (*name) are not allowed" in check.stdout


def test_deep_nesting(project):
    text = minimal_sheet(file="a1.txt") + "extra: " + "[" * 5000 + "]" * 5000 + "\n"
    result, check = _broken_sheet_case(project, text)
    assert "nested too deeply" in check.stdout


def test_yaml11_scalars_stay_what_they_are(project):
    """`NO` and `yes` are strings (YAML 1.2); `1.10` and a date where text belongs are reported;
    a rewrite quotes what a YAML 1.1 reader would misread."""
    project.article("a1.txt", GOOD)
    text = minimal_sheet(file="a1.txt", speaker="NO", country="NO")
    text = text.replace("    country: NO\n    text:", "    role: yes\n    country: NO\n    text:")
    path = project.sheet("a1.yaml", text)
    result = project.run("extract")
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    merged = path.read_text()
    data = yamlio.load_plain(merged)
    assert data["quotes"][0]["speaker"] == "NO" and data["quotes"][0]["role"] == "yes"
    assert data["quotes"][0]["country"] == "NO"
    import yaml as pyyaml  # a YAML 1.1 reader

    old_reader = pyyaml.safe_load(merged)
    assert old_reader["quotes"][0]["speaker"] == "NO" and old_reader["quotes"][0]["role"] == "yes"

    bad = minimal_sheet(file="b.txt", id="b1", title="2020-10-04", quote="1.10")
    project.sheet("b1.yaml", bad)
    check = project.run("check")
    no_traceback(check)
    assert "b1.yaml:4:10: article.title: datetime.date(2020, 10, 4) was read as a date, not text " \
           "(put the value in quotes)" in check.stdout
    assert "quotes[0].text: 1.1 was read as a float, not text (put the value in quotes)" \
        in check.stdout


def test_sheet_whose_article_is_gone(project):
    project.article("good.txt", GOOD)
    project.sheet("orphan.yaml", minimal_sheet(id="orphan", file="gone.txt"))
    before = (project.content / "sheets" / "orphan.yaml").read_text()
    result = project.run("extract")
    no_traceback(result)
    assert result.returncode == 0
    assert (project.content / "sheets" / "orphan.yaml").read_text() == before
    check = project.run("check")
    no_traceback(check)
    assert re.search(r"orphan\.yaml:\d+:\d+: warning: article\.file: article file 'gone\.txt'",
                     check.stdout)
    built = project.run("build")
    no_traceback(built)
    assert (project.root / "site" / "index.html").is_file()


def test_slug_collision_between_two_articles(project):
    project.article("one.txt", GOOD)
    project.article("two.txt", GOOD.replace("Ankara", "Istanbul"))
    first = project.run("extract")
    no_traceback(first)
    names = sorted(p.name for p in (project.content / "sheets").glob("*.yaml"))
    assert names == ["menlu-bicara-two.yaml", "menlu-bicara.yaml"]
    files = {yamlio.load_plain((project.content / "sheets" / n).read_text())["article"]["file"]
             for n in names}
    assert files == {"one.txt", "two.txt"}
    again = project.run("extract", "--force")  # stable: each article finds its own sheet
    no_traceback(again)
    assert sorted(p.name for p in (project.content / "sheets").glob("*.yaml")) == names
    assert project.run("check").returncode == 0
