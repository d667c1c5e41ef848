"""`factsheet check`: one line per problem, file:line:col, exit 1, never a traceback."""
from .conftest import minimal_sheet


def lines(result):
    return [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]


def test_bad_position_duplicate_key_and_broken_indent(project):
    project.sheet("bad-position.yaml", minimal_sheet(position="back"))
    project.sheet("dup.yaml", minimal_sheet(id="a2").replace("  title: A title\n",
                                                             "  title: A title\n  title: Again\n"))
    project.sheet("indent.yaml", minimal_sheet(id="a3").replace("  language: en\n", " language: en\n"))
    result = project.run("check")
    out = lines(result)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert any(line.startswith("content/sheets/bad-position.yaml:19:15: stances[0].position: "
                               "'back' is not one of party, backs, opposes, neutral") for line in out), out
    assert any(line.startswith("content/sheets/dup.yaml:5:3: duplicate key 'title'") for line in out), out
    assert any(line.startswith("content/sheets/indent.yaml:") and "YAML syntax error" in line
               for line in out), out


def test_cross_file_checks(project):
    project.registry("people.yaml", """
        people:
          - name: Someone
            country: RU
    """)
    sheet = minimal_sheet(side="FR").replace("evidence: [q1]", "evidence: [q9]")
    project.sheet("a.yaml", sheet)
    out = "\n".join(lines(project.run("check")))
    assert "stances[0].side: side 'FR' is not one of the conflict's parties (AM, AZ)" in out
    assert "stances[0].evidence[0]: evidence 'q9' is not the id of a quote" in out
    assert "quotes[0].country: 'Someone' speaks for RU in content/people.yaml, not TR" in out


def test_unknown_country_and_scalar_traps(project):
    project.sheet("a.yaml", minimal_sheet(country="QQ", title="1.10"))
    out = "\n".join(lines(project.run("check")))
    assert "'QQ' is not a country code known to CLDR" in out
    assert "article.title: 1.1 was read as a float, not text (put the value in quotes)" in out


def test_declared_country_code_is_accepted(project):
    project.registry("countries.yaml", """
        countries:
          XK:
            name: {en: Kosovo}
    """)
    project.sheet("a.yaml", minimal_sheet(country="XK"))
    assert project.run("check").returncode == 0


def test_duplicate_article_ids(project):
    project.sheet("a.yaml", minimal_sheet(id="same"))
    project.sheet("b.yaml", minimal_sheet(id="same"))
    result = project.run("check")
    assert result.returncode == 1
    assert "article id 'same' is already used by content/sheets/a.yaml" in result.stdout


def test_missing_article_file_is_a_warning(project):
    project.sheet("a.yaml", minimal_sheet())
    result = project.run("check")
    assert result.returncode == 0
    assert "warning: article.file: article file 'a1.txt': no such file" in result.stdout
    assert project.run("check", "--strict").returncode == 1


def test_good_content_passes(seed_project):
    result = seed_project.run("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK: 1 sheet(s)" in result.stderr


def test_alias_bomb_and_binary_sheet(project):
    project.sheet("bomb.yaml", "a: &a [1, 2]\nb: [*a, *a]\n")
    (project.content / "sheets" / "bin.yaml").write_bytes(b"\x00\x01\x02binary")
    out = "\n".join(lines(project.run("check")))
    assert "bomb.yaml:1:4: YAML aliases (*name) are not allowed here" in out
    assert "bin.yaml:1:1: this is a binary file, not YAML" in out


def test_span_that_does_not_cover_the_quote_is_a_warning(project):
    project.article("a1.txt", "Hello world, said someone. Then nothing else.")
    project.sheet("a.yaml", minimal_sheet().replace("span: [0, 5]", "span: [13, 17]"))
    result = project.run("check")
    assert result.returncode == 0
    assert "warning: quotes[0].span: span [13, 17] covers 'said', not the quote text" in result.stdout
    project.sheet("a.yaml", minimal_sheet().replace("span: [0, 5]", "span: [0, 11]"))
    assert "covers" not in project.run("check").stdout
