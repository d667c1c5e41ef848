"""Conflicts in a site made of many articles (h_tconf36): a conflict one article's extraction writes
into the folder's conflicts.yaml (`Portugal`, a state's own name, for a one-sided dispute) does not
join, by that name, another article that only names the state: it reads as it would alone, with no
conflict and no stances. An article that finds the same conflict itself still links to the same
entry; an editor's entry, and the names an editor adds to a machine-written one, still join by name.
Articles invented for these tests."""
from __future__ import annotations

from pathlib import Path

from generator.extract_command import run_extract
from generator.yamlio import load_plain

_FIRST = ("Rights groups slam Portugal over prison rules\n\n"
          "The players trained on Monday morning. Officials said the weather would be fine. "
          "Tickets for the weekend sold out within a day.\n")
# names the state in passing: alone, no conflict
_PASSING = ("Minister opens new museum wing\n\n"
            "The minister opened the new wing on Monday, after a visit to Portugal last week. "
            "\"The collection belongs to everyone,\" she said. Tickets for the weekend sold out within a day.\n")
# finds the same one-sided dispute itself
_SAME = ("Activists slam Portugal over dam plans\n\n"
         "The activists met on Monday morning. Officials said the weather would be fine. "
         "Tickets for the weekend sold out within a day.\n")
# names a place an editor may list as the conflict's other name
_PLACE = ("Harbour festival draws crowds\n\n"
          "The festival in Lisbon opened on Monday. \"The boats are beautiful,\" a visitor said. "
          "Tickets for the weekend sold out within a day.\n")

_SHEETS = {"passing": "minister-opens-new-museum-wing.yaml", "same": "activists-slam-portugal-over-dam-plans.yaml",
           "first": "rights-groups-slam-portugal-over-prison-rules.yaml", "place": "harbour-festival-draws-crowds.yaml"}


def _sheet(content: Path, key: str) -> dict:
    return load_plain((content / "sheets" / _SHEETS[key]).read_text(encoding="utf-8"))


def _run(tmp_path: Path, *texts: str, content: Path | None = None) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir(exist_ok=True)
    for index, text in enumerate(texts):
        (articles / f"a{index}.txt").write_text(text, encoding="utf-8")
    content = content or tmp_path / "content"
    assert run_extract([articles], content, jobs=1, progress=False, force=True) == 0
    return content


def _apart(tmp_path: Path, text: str) -> dict:
    folder = tmp_path / "apart"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "apart-sheets"
    assert run_extract([folder], tmp_path / "apart-content", out_dir=out, jobs=1, progress=False) == 0
    return load_plain(next(out.glob("*.yaml")).read_text(encoding="utf-8"))


def test_an_article_naming_the_state_of_another_articles_conflict_gets_no_conflict(tmp_path):
    alone = _apart(tmp_path, _PASSING)
    assert alone["conflict"] is None and alone["stances"] == []
    content = _run(tmp_path, _FIRST, _PASSING, _SAME)
    # the first article's conflict is in the folder's registry, written by the machine
    assert "id: portugal" in (content / "conflicts.yaml").read_text(encoding="utf-8")
    assert _sheet(content, "first")["conflict"]["parties"] == ["PT"]
    passing = _sheet(content, "passing")
    assert passing["conflict"] is None and passing["stances"] == []
    # an article that finds the same conflict itself links to the same registry entry
    same = _sheet(content, "same")["conflict"]
    assert same["id"] == "portugal" and same["parties"] == ["PT"]
    # and a second run over the grown folder changes nothing
    before = {p.name: p.read_text(encoding="utf-8") for p in (content / "sheets").glob("*.yaml")}
    _run(tmp_path, _FIRST, _PASSING, _SAME, content=content)
    assert {p.name: p.read_text(encoding="utf-8") for p in (content / "sheets").glob("*.yaml")} == before


def test_a_later_run_adding_an_article_reads_it_as_alone(tmp_path):
    content = _run(tmp_path, _FIRST)
    content = _run(tmp_path, _FIRST, _PASSING, content=content)
    assert _sheet(content, "passing")["conflict"] is None


def test_an_editors_entry_and_an_editors_names_still_join(tmp_path):
    content = _run(tmp_path, _FIRST)
    path = content / "conflicts.yaml"
    text = path.read_text(encoding="utf-8")
    # an other name the editor adds to the machine's entry joins an article naming it
    path.write_text(text.replace("parties: [PT]", "parties: [PT]\n    aliases: [Lisbon]"), encoding="utf-8")
    _run(tmp_path, _FIRST, _PLACE, content=content)
    assert _sheet(content, "place")["conflict"]["id"] == "portugal"
    # an entry the editor marked reviewed is the editor's: its name joins
    path.write_text(text.replace("parties: [PT]", "parties: [PT]\n    reviewed: true"), encoding="utf-8")
    _run(tmp_path, _FIRST, _PLACE, _PASSING, content=content)
    assert _sheet(content, "passing")["conflict"]["id"] == "portugal"


def test_a_hand_written_entry_joins_by_its_name(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "conflicts.yaml").write_text(
        "conflicts:\n  - id: portugal-row\n    names:\n      en: Portugal\n    parties: [PT]\n", encoding="utf-8")
    _run(tmp_path, _PASSING, content=content)
    assert _sheet(content, "passing")["conflict"]["id"] == "portugal-row"
