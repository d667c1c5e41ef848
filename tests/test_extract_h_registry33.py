"""people.yaml through the real CLI: the machine's own values there are defaults, an editor's win.

`factsheet extract` lists every speaker it finds in content/people.yaml with the role and state it
read; content/.machine/people.yaml keeps that output as the merge base, so a value equal to the
base's is the machine's and any other is an editor's. Articles and names are invented."""
from __future__ import annotations

import re

from generator.yamlio import load_machine_plain

GERMAN = """Trade talks stall in Vienna

VIENNA - Negotiators failed to agree on new tariffs on Tuesday.

"We will not accept these terms," said German Foreign Minister Karl Brenner.

"Our farmers need time," said Dutch Trade Minister Lotte Vermeer.

The talks are due to resume next month.
"""

AUSTRIAN = """Ministers meet again over tariffs

VIENNA - A second round of trade talks opened on Monday.

"The talks must go on," said Austrian Foreign Minister Karl Brenner.

"Nothing is settled yet," said Belgian Trade Minister Lotte Vermeer.

"Prices will rise," said Swiss Economy Minister Anna Keller.
"""

BARE = """Tariff deal within reach

A deal on tariffs could be signed this week, officials said on Friday.

"We are close to an agreement," Karl Brenner told reporters.
"""


def speakers(project, stem: str) -> dict[str, tuple]:
    """{speaker: (role, country)} of the sheet made from the article `stem`."""
    for path in (project.content / "sheets").glob("*.yaml"):
        sheet = load_machine_plain(path.read_text(encoding="utf-8"), path)
        if sheet["article"]["file"] == f"{stem}.txt":
            return {q["speaker"]: (q["role"], q["country"]) for q in sheet["quotes"]}
    raise AssertionError(f"no sheet of {stem}")


def extract(project, *args: str) -> None:
    project.run("extract", "-q", "-j", "1", *args, check=True)


def edit_people(project, old: str, new: str) -> None:
    path = project.content / "people.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_machine_value_does_not_override_the_next_articles_evidence(project):
    project.article("a1.txt", GERMAN)
    extract(project)
    assert speakers(project, "a1")["Karl Brenner"] == ("German Foreign Minister", "DE")
    project.article("a2.txt", AUSTRIAN)
    extract(project)
    got = speakers(project, "a2")
    assert got["Karl Brenner"] == ("Austrian Foreign Minister", "AT")
    assert got["Lotte Vermeer"] == ("Belgian Trade Minister", "BE")


def test_machine_value_fills_a_speaker_the_article_says_nothing_of(project):
    """The default is the machine's latest reading: the minister's second article moved it."""
    project.article("a1.txt", GERMAN)
    extract(project)
    project.article("a2.txt", AUSTRIAN)
    extract(project)
    people = (project.content / "people.yaml").read_text(encoding="utf-8")
    assert "Austrian Foreign Minister" in people and "German Foreign Minister" not in people
    project.article("a3.txt", BARE)
    extract(project)
    assert speakers(project, "a3")["Karl Brenner"] == ("Austrian Foreign Minister", "AT")
    # a speaker with no entry anywhere stays as the article has them
    assert speakers(project, "a3")["officials"] == (None, None)


def test_an_editors_country_wins_over_the_next_articles_evidence(project):
    project.article("a1.txt", GERMAN)
    extract(project)
    edit_people(project, "country: DE", "country: CH")
    # (an editor's role alone wins as a role; the state stays the article's)
    edit_people(project, "role: Dutch Trade Minister", "role: Trade Minister")
    project.article("a2.txt", AUSTRIAN)
    extract(project)
    got = speakers(project, "a2")
    # (the machine's role is a default: the article's own wins)
    assert got["Karl Brenner"] == ("Austrian Foreign Minister", "CH")
    assert got["Lotte Vermeer"] == ("Trade Minister", "BE")
    # the edits are kept, not overwritten by the machine's new reading
    people = (project.content / "people.yaml").read_text(encoding="utf-8")
    assert "country: CH" in people and "role: Trade Minister" in people


def test_a_person_an_editor_adds_wins(project):
    project.article("a1.txt", GERMAN)
    extract(project)
    path = project.content / "people.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "  - name: Anna Keller\n"
                    "    role: Economy Minister\n    country: LI\n", encoding="utf-8")
    project.article("a2.txt", AUSTRIAN)
    extract(project)
    got = speakers(project, "a2")
    assert got["Anna Keller"] == ("Economy Minister", "LI")
    # (beside it, the machine's entry of another speaker yields to the article)
    assert got["Karl Brenner"] == ("Austrian Foreign Minister", "AT")


def snapshot(project) -> dict[str, str]:
    folders = [project.content / "sheets", project.content, project.content / ".machine"]
    return {f"{p.parent.name}/{p.name}": p.read_text(encoding="utf-8")
            for folder in folders for p in sorted(folder.glob("*.yaml"))}


def test_two_runs_give_byte_identical_files(project):
    project.article("a1.txt", GERMAN)
    project.article("a2.txt", AUSTRIAN)
    extract(project)
    first = snapshot(project)
    assert re.search(r"Karl Brenner\n(.*\n)*.*role: German Foreign Minister", first["content/people.yaml"])
    second = project.run("extract", "-q", "-j", "2", "--force", check=True)
    assert snapshot(project) == first
    # (and not because a sheet was refused: an article's own state is no clash with the machine's)
    assert " 0 file(s) not updated" in second.stderr, second.stderr
    # one article changed: the other's sheet does not move
    project.article("a1.txt", GERMAN + '\n"We will talk again," said Karl Brenner.\n')
    project.run("extract", "-q", "-j", "2", "--force", check=True)
    assert speakers(project, "a2")["Karl Brenner"] == ("Austrian Foreign Minister", "AT")
    later = snapshot(project)
    assert {k: v for k, v in later.items() if "ministers" in k} == \
        {k: v for k, v in first.items() if "ministers" in k}


def test_a_machine_alias_does_not_take_a_name_the_article_gives_someone_else(project):
    """A surname the machine listed as one person's other name is, in an article that names
    another person with it in full, that other person; an alias an editor wrote still joins."""
    project.article("a1.txt", GERMAN.replace("Karl Brenner", "Jan Brenner"))
    extract(project)
    project.article("a2.txt", 'Port strike ends\n\nHAMBURG - Dock workers returned on Monday.\n\n'
                    '"The strike is over," said union leader Rosa Brenner.\n\n'
                    '"We won a fair raise," Brenner told reporters.\n')
    extract(project)
    assert set(speakers(project, "a2")) == {"Rosa Brenner"}
    edit_people(project, "aliases: [Brenner]", "aliases: [Brenner, Rosa Brenner]")
    extract(project, "--force")
    assert set(speakers(project, "a2")) == {"Jan Brenner"}
