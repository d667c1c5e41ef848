"""Three-way merge of machine output into hand-edited sheets: one test per rule (issue 5)."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest

from generator import merge, yamlio
from generator.extract_command import run_extract

from .conftest import SEED, SEED_SHEET, dedent


def machine_sheet(**changes) -> dict:
    sheet = {
        "article": {"id": "a1", "file": "a1.txt", "title": "A title", "language": "en",
                    "cites": ["CNN"], "related": []},
        "conflict": {"id": None, "name": "Test war", "parties": ["AZ", "AM"]},
        "quotes": [
            {"id": "q1", "speaker": "Aliyev", "country": "AZ", "text": "the war will stop",
             "kind": "direct", "span": [10, 27], "reviewed": False},
            {"id": "q2", "speaker": "Erdogan", "country": "TR", "text": "we stand with Azerbaijan",
             "kind": "direct", "span": [40, 64], "reviewed": False},
            {"id": "q3", "speaker": "Someone", "country": "AM", "text": "a wrong quote here",
             "kind": "direct", "span": [80, 98], "reviewed": False},
        ],
        "stances": [
            {"id": "tr", "country": "TR", "position": "backs", "side": "AZ", "calls_for": [],
             "evidence": ["q2"], "reviewed": False},
        ],
    }
    for key, value in changes.items():
        sheet[key] = value
    return sheet


def base_text(sheet: dict) -> str:
    return merge.dump_text(merge.to_tree(sheet))


def do_merge(ours_text: str, base: dict | None, theirs: dict, lists=merge.SHEET_LISTS):
    document = yamlio.load_document(Path("content/sheets/x.yaml"), ours_text)
    report, aligned = merge.merge_tree("content/sheets/x.yaml", document.data, base,
                                       copy.deepcopy(theirs), lists)
    merge.drop_dangling_evidence(document.data, aligned)
    text = merge.dump_text(document.data)
    return yamlio.load_plain(text), text, report


def quote(sheet: dict, quote_id: str) -> dict | None:
    return next((q for q in sheet["quotes"] if q["id"] == quote_id), None)


# ---- field rules ------------------------------------------------------------------------------


def test_untouched_field_takes_the_new_machine_value():
    base = machine_sheet()
    theirs = machine_sheet()
    theirs["quotes"][0]["speaker"] = "Ilham Aliyev"
    merged, _, report = do_merge(base_text(base), base, theirs)
    assert quote(merged, "q1")["speaker"] == "Ilham Aliyev"
    assert "quotes[q1].speaker" in report.updated and not report.kept


def test_changed_field_keeps_the_users_value():
    base = machine_sheet()
    ours = base_text(base).replace("speaker: Erdogan", "speaker: Recep Tayyip Erdogan")
    merged, _, report = do_merge(ours, base, machine_sheet())
    assert quote(merged, "q2")["speaker"] == "Recep Tayyip Erdogan"
    assert not report.kept


def test_both_changed_keeps_the_users_value_and_reports_it_with_position():
    base = machine_sheet()
    ours = base_text(base).replace("speaker: Aliyev", "speaker: Ilham Aliyev")
    theirs = machine_sheet()
    theirs["quotes"][0]["speaker"] = "Aliyev Ilham"
    merged, text, report = do_merge(ours, base, theirs)
    assert quote(merged, "q1")["speaker"] == "Ilham Aliyev"
    [kept] = report.kept
    line = ours.splitlines().index("    speaker: Ilham Aliyev") + 1
    assert str(kept) == (f"content/sheets/x.yaml:{line}:14: quotes[q1].speaker: kept your "
                         "'Ilham Aliyev' (extractor now says 'Aliyev Ilham')")
    assert "<<<<" not in text and ">>>>" not in text


def test_field_the_user_deleted_stays_deleted():
    base = machine_sheet()
    ours = base_text(base).replace("    kind: direct\n    span: [40, 64]\n", "    span: [40, 64]\n")
    theirs = machine_sheet()
    theirs["quotes"][1]["kind"] = "indirect"
    merged, _, report = do_merge(ours, base, theirs)
    assert "kind" not in quote(merged, "q2")
    assert "kept your deletion" in str(report.kept[0])


def test_new_machine_field_is_added():
    base = machine_sheet()
    theirs = machine_sheet()
    theirs["quotes"][0]["confidence"] = 0.8
    merged, _, _ = do_merge(base_text(base), base, theirs)
    assert quote(merged, "q1")["confidence"] == 0.8


# ---- entry rules ------------------------------------------------------------------------------


def test_entry_the_user_deleted_stays_deleted_and_its_evidence_goes():
    base = machine_sheet()
    base["stances"][0]["evidence"] = ["q2", "q3"]
    ours = base_text(base)
    start = ours.index("  - id: q3")
    end = ours.index("stances:")
    ours = ours[:start] + ours[end:]
    theirs = copy.deepcopy(base)
    theirs["quotes"][2]["text"] = "a wrong quote here, longer"
    merged, _, _ = do_merge(ours, base, theirs)
    assert quote(merged, "q3") is None
    assert merged["stances"][0]["evidence"] == ["q2"]


def test_entry_the_user_added_stays_with_its_comment():
    base = machine_sheet()
    ours = base_text(base).replace("stances:", dedent("""
          # the extractor missed this one
          - id: mine
            speaker: Heiko Maas
            country: DE
            text: a quote by hand
        stances:""").replace("\n-", "\n  -"), 1)
    ours = ours.replace("  # the extractor", "  # the extractor")
    theirs = machine_sheet()
    theirs["quotes"].append({"id": "q9", "speaker": "New", "country": "RU", "text": "a new finding",
                             "kind": "direct", "span": [120, 133], "reviewed": False})
    merged, text, report = do_merge(ours, base, theirs)
    assert quote(merged, "mine")["speaker"] == "Heiko Maas"
    assert quote(merged, "q9") is not None and "quotes[q9]" in report.added
    assert "# the extractor missed this one\n  - id: mine" in text


def test_reviewed_entries_are_never_changed():
    base = machine_sheet()
    ours = base_text(base).replace("    evidence: [q2]\n    reviewed: false",
                                   "    evidence: [q2]\n    reviewed: true")
    theirs = machine_sheet()
    theirs["stances"][0].update(position="neutral", side=None, calls_for=["ceasefire"])
    merged, _, report = do_merge(ours, base, theirs)
    assert merged["stances"][0]["position"] == "backs"
    assert merged["stances"][0]["calls_for"] == []
    assert not report.updated


def test_untouched_entry_the_machine_dropped_goes_but_an_edited_one_stays():
    base = machine_sheet()
    ours = base_text(base).replace("speaker: Someone", "speaker: Someone Else")
    theirs = machine_sheet()
    del theirs["quotes"][2]  # q3 (edited by the user): dropped by the machine
    del theirs["quotes"][0]  # q1 (untouched): dropped by the machine
    merged, _, report = do_merge(ours, base, theirs)
    assert quote(merged, "q1") is None and "quotes[q1]" in report.removed
    assert quote(merged, "q3")["speaker"] == "Someone Else"


def test_scalar_lists_merge_as_values():
    base = machine_sheet()
    base["article"]["cites"] = ["CNN", "BBC"]
    ours = base_text(base).replace("cites: [CNN, BBC]", "cites: [CNN, Reuters]")  # -BBC +Reuters
    theirs = copy.deepcopy(base)
    theirs["article"]["cites"] = ["CNN", "BBC", "Al Jazeera"]
    merged, _, _ = do_merge(ours, base, theirs)
    assert merged["article"]["cites"] == ["CNN", "Reuters", "Al Jazeera"]


def test_spans_are_single_values():
    base = machine_sheet()
    ours = base_text(base).replace("span: [10, 27]", "span: [10, 26]")
    theirs = machine_sheet()
    theirs["quotes"][0]["span"] = [11, 27]
    merged, _, report = do_merge(ours, base, theirs)
    assert quote(merged, "q1")["span"] == [10, 26]
    assert report.kept


def test_comments_key_order_and_formatting_survive():
    base = machine_sheet()
    ours = "# my header\n" + base_text(base).replace(
        "  title: A title", "  title: 'A title'  # as printed")
    ours = ours.replace("    country: AZ\n    text: the war", "    text: the war")
    ours = ours.replace("    speaker: Aliyev\n", "    speaker: Aliyev\n    country: AZ\n", 1)
    theirs = machine_sheet()
    theirs["quotes"][0]["text"] = "the war will stop now"
    _, text, _ = do_merge(ours, base, theirs)
    assert text.startswith("# my header\n")
    assert "title: 'A title'  # as printed" in text
    assert "    speaker: Aliyev\n    country: AZ\n    text: the war will stop now" in text


def test_no_base_keeps_every_existing_entry_and_adds_only_new_ones():
    hand = machine_sheet()
    hand["quotes"][0]["id"] = "mine1"          # same quote, another id: matched by content
    hand["quotes"][0]["speaker"] = "Ilham Aliyev"
    theirs = merge.assign_stable_ids(machine_sheet())
    theirs["quotes"].append({"id": "q-new", "speaker": "New", "country": "RU", "text": "a new one",
                             "kind": "direct", "span": [120, 129], "reviewed": False})
    merged, _, report = do_merge(base_text(hand), None, theirs)
    ids = [q["id"] for q in merged["quotes"]]
    assert ids[:1] == ["mine1"] and "q-new" in ids and len(ids) == 4
    assert quote(merged, "mine1")["speaker"] == "Ilham Aliyev"
    assert report.added == ["quotes[q-new]"]


def test_stable_ids_come_from_the_text_not_the_position():
    one = merge.assign_stable_ids(machine_sheet())
    shuffled = machine_sheet()
    shuffled["quotes"].insert(0, {"id": "q0", "speaker": "X", "text": "an earlier quote",
                                  "span": [0, 5]})
    two = merge.assign_stable_ids(shuffled)
    assert [q["id"] for q in one["quotes"]] == [q["id"] for q in two["quotes"]][1:]
    assert one["stances"][0]["evidence"] == [one["quotes"][1]["id"]]
    twice = machine_sheet()
    twice["quotes"][1]["text"] = twice["quotes"][0]["text"]
    ids = [q["id"] for q in merge.assign_stable_ids(twice)["quotes"]]
    assert ids[1] == ids[0] + "-2"


def test_a_machine_quote_with_a_new_id_matches_a_deleted_one_by_content():
    base = merge.assign_stable_ids(machine_sheet())
    ours = base_text(base)
    q3 = base["quotes"][2]["id"]
    start = ours.index(f"  - id: {q3}")
    ours = ours[:start] + ours[ours.index("stances:"):]
    changed = machine_sheet()
    changed["quotes"][2]["text"] = "a wrong quote here!!"  # another id, same quote
    changed["quotes"][2]["span"] = [80, 99]
    merged, _, _ = do_merge(ours, base, merge.assign_stable_ids(changed))
    assert len(merged["quotes"]) == 2


def test_people_registry_keeps_hand_edits_and_adds_new_people():
    ours = dedent("""
        # people
        people:
          - name: Ilham Aliyev
            aliases: [Aliyev]
            country: AZ
            role: President   # corrected
        """)
    base = {"people": [{"name": "Ilham Aliyev", "aliases": ["Aliyev"], "country": "AZ",
                        "role": "Presiden Azerbaijan"}]}
    theirs = {"people": [{"name": "Ilham Aliyev", "aliases": ["Aliyev", "Presiden Aliyev"],
                          "country": "AZ", "role": "Presiden"},
                         {"name": "Heiko Maas", "country": "DE"}]}
    merged, text, _ = do_merge(ours, base, theirs, merge.PEOPLE_LISTS)
    assert merged["people"][0]["role"] == "President"
    assert merged["people"][0]["aliases"] == ["Aliyev", "Presiden Aliyev"]
    assert merged["people"][1]["name"] == "Heiko Maas"
    assert "# corrected" in text


# ---- through `factsheet extract` (in process, with a fake extractor) ------------------------


@pytest.fixture
def fake_extractor(monkeypatch):
    """extract_article replaced by a function of the article text: the merge alone is tested."""
    import generator.extract as extract_pkg
    from generator.extract.pipeline import Extraction

    state = {"speaker": "Aliyev"}

    def fake(article, registries, article_id, language=None):
        sheet = machine_sheet()
        sheet["article"].update(id=article_id, file=article.path.name, title=article.title or "T")
        sheet["quotes"][0]["speaker"] = state["speaker"]
        return Extraction(sheet, [{"name": state["speaker"], "country": "AZ"}], None)

    monkeypatch.setattr(extract_pkg, "extract_article", fake, raising=False)
    return state


def _extract(project, *args, **kwargs):
    import os

    cwd = os.getcwd()
    os.chdir(project.root)
    try:
        return run_extract([project.content / "articles"], project.content, jobs=1,
                           progress=False, *args, **kwargs)
    finally:
        os.chdir(cwd)


def test_extract_merges_keeps_edits_and_reports(project, fake_extractor, capsys):
    project.article("a1.txt", "A title\n\nSome text.")
    assert _extract(project) == 0
    sheet = project.content / "sheets" / "a-title.yaml"
    base = project.content / ".machine" / "sheets" / "a-title.yaml"
    assert sheet.is_file() and base.is_file()
    text = sheet.read_text()
    sheet.write_text(text.replace("speaker: Aliyev", "speaker: Ilham Aliyev  # fixed"))
    fake_extractor["speaker"] = "Aliyev Ilham"
    capsys.readouterr()
    assert _extract(project, force=True) == 0
    err = capsys.readouterr().err
    assert "content/sheets/a-title.yaml:" in err
    assert "speaker: kept your 'Ilham Aliyev' (extractor now says 'Aliyev Ilham')" in err
    assert "speaker: Ilham Aliyev  # fixed" in sheet.read_text()
    people = yamlio.load_plain((project.content / "people.yaml").read_text())
    assert {p["name"] for p in people["people"]} == {"Aliyev", "Aliyev Ilham"}


def test_an_untouched_sheet_is_merged_without_the_round_trip_parser(project, fake_extractor, monkeypatch):
    """A sheet that is byte for byte its base has no hand edits: it is read by the fast loader and
    ends exactly as a fresh extraction would write it; a sheet with an edit still goes the slow way."""
    project.article("a1.txt", "A title\n\nSome text.")
    project.article("b1.txt", "Another title\n\nSome text.")
    assert _extract(project) == 0
    sheets = project.content / "sheets"
    edited = sheets / "another-title.yaml"
    edited.write_text(edited.read_text() + "# checked by the desk\n")
    parsed = []
    real = yamlio.load_document
    monkeypatch.setattr(yamlio, "load_document", lambda path, *a: parsed.append(Path(path).name) or real(path, *a))
    fake_extractor["speaker"] = "Ilham Aliyev"
    assert _extract(project, force=True) == 0
    assert "another-title.yaml" in parsed and "a-title.yaml" not in parsed
    assert "# checked by the desk" in edited.read_text() and "speaker: Ilham Aliyev" in edited.read_text()
    untouched = (sheets / "a-title.yaml").read_text()
    (sheets / "a-title.yaml").unlink()
    assert _extract(project, force=True) == 0
    assert (sheets / "a-title.yaml").read_text() == untouched  # the same bytes as a new sheet


def test_dry_run_shows_changes_and_writes_nothing(project, fake_extractor, capsys):
    project.article("a1.txt", "A title\n\nSome text.")
    assert _extract(project) == 0
    sheet = project.content / "sheets" / "a-title.yaml"
    before = sheet.read_text()
    fake_extractor["speaker"] = "Ilham Aliyev"
    capsys.readouterr()
    assert _extract(project, dry_run=True, force=True) == 0
    out = capsys.readouterr().out
    assert "content/sheets/a-title.yaml: 0 added, 1 updated" in out
    assert "~ quotes[" in out and ".speaker" in out
    assert sheet.read_text() == before


def test_invalid_hand_edit_leaves_the_file_untouched(project, fake_extractor, capsys):
    project.article("a1.txt", "A title\n\nSome text.")
    project.article("b1.txt", "Another title\n\nSome text.")
    assert _extract(project) == 0
    sheet = project.content / "sheets" / "a-title.yaml"
    broken = sheet.read_text().replace("position: backs", "position: back")
    sheet.write_text(broken)
    fake_extractor["speaker"] = "Ilham Aliyev"
    capsys.readouterr()
    assert _extract(project, force=True) == 0
    err = capsys.readouterr().err
    assert "stances[0].position: 'back' is not one of" in err
    assert "a-title.yaml: not updated" in err
    assert sheet.read_text() == broken
    other = (project.content / "sheets" / "another-title.yaml").read_text()
    assert "speaker: Ilham Aliyev" in other  # the other sheet was still updated
    assert _extract(project, force=True, strict=True) == 1


def test_second_run_is_blocked_by_the_lock(project, fake_extractor, capsys):
    from filelock import FileLock

    project.article("a1.txt", "A title\n\nSome text.")
    with FileLock(str(project.content / ".factsheet.lock")):
        assert _extract(project) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "another 'factsheet extract' is running" in err[0]
    assert not (project.content / "sheets" / "a-title.yaml").exists()


def test_a_run_into_another_folder_locks_that_folder_only(project, fake_extractor, capsys, tmp_path):
    # (`--out` writes nothing under content/: two evaluations into two folders run side by side, while
    # an editor's run holds content/; two runs into the same folder still exclude each other)
    from filelock import FileLock

    project.article("a1.txt", "A title\n\nSome text.")
    out = tmp_path / "out"
    with FileLock(str(project.content / ".factsheet.lock")):
        assert _extract(project, out_dir=out) == 0
    assert (out / "a-title.yaml").is_file()
    with FileLock(str(out / ".factsheet.lock")):
        assert _extract(project, out_dir=out, force=True) == 1
    assert "another 'factsheet extract' is running" in capsys.readouterr().err


def test_stray_temporaries_are_cleaned(project, fake_extractor):
    project.article("a1.txt", "A title\n\nSome text.")
    stray = project.content / "sheets" / ".a-title.yaml.abc123.tmp"
    stray.write_text("half a sheet")
    assert _extract(project) == 0
    assert not stray.exists()


def test_build_swaps_in_a_complete_site(seed_project):
    """`factsheet build` builds in a staging folder and swaps it in: the old site stays whole
    until the new one is complete, and a failed build leaves it untouched."""
    site = seed_project.root / "site"
    site.mkdir()
    (site / "old.html").write_text("old")
    result = seed_project.run("build")
    assert result.returncode == 0, result.stderr
    assert (site / "index.html").is_file() and not (site / "old.html").exists()
    assert not list(seed_project.root.glob(".site.*"))
    before = sorted(p.relative_to(site) for p in site.rglob("*"))
    (seed_project.root / "mkdocs.yml").write_text(
        (seed_project.root / "mkdocs.yml").read_text() + "\nnav:\n  - Missing: missing-page.md\n")
    failed = seed_project.run("build", "--strict")
    assert failed.returncode != 0 and "Traceback" not in failed.stderr
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before
    assert not list(seed_project.root.glob(".site.*"))


# ---- the documented scenario (README.md, "How re-extraction treats your edits") ------------------------------------------


def _entry_bounds(text: str, marker: str) -> tuple[int, int]:
    """Start and end of the list entry (`  - id: ...`) whose text contains `marker`."""
    at = text.index(marker)
    start = text.rindex("\n  - id: ", 0, at) + 1
    following = [i for i in (text.find("\n  - id: ", at), text.find("\nstances:", at)) if i != -1]
    return start, min(following) + 1


def test_end_to_end_scenario_every_edit_survives(seed_project, tmp_path):
    """The scenario in the README (How re-extraction treats your edits), through the real extractor."""
    import os
    import subprocess
    import sys

    project = seed_project
    sheet = project.content / "sheets" / SEED_SHEET.name
    article = project.content / "articles" / SEED.name
    article.write_text(article.read_text(encoding="utf-8") + "\n\nPerdana Menteri Armenia Nikol "
                       "Pashinyan berikrar bahwa Armenia tidak akan pernah menyerah.\n",
                       encoding="utf-8")
    lang = tmp_path / "lang"
    lang.mkdir()
    env = {**os.environ, "FACTSHEET_LANG_DIR": str(lang)}

    def extract():
        result = subprocess.run([sys.executable, "-m", "generator", "extract", "-j", "1"],
                                cwd=project.root, capture_output=True, text=True, timeout=300,
                                env=env)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        return result

    # 1. extract the seed: every hand-written entry stays, new machine findings are added
    extract()
    text = sheet.read_text(encoding="utf-8")
    first = yamlio.load_plain(text)
    hand_ids = [q["id"] for q in yamlio.load_plain(SEED_SHEET.read_text())["quotes"]]
    assert [q["id"] for q in first["quotes"] if q["id"] in hand_ids] == hand_ids
    assert not any("menyerah" in q["text"] for q in first["quotes"])
    assert (project.content / ".machine" / "sheets" / SEED_SHEET.name).is_file()

    # 2. correct a speaker (a quote the machine added: it said the ministry, not its spokesman)
    start, end = _entry_bounds(text, "text: pemerintahnya menyerukan")
    corrected = text[start:end].replace("speaker: Kementerian Luar Negeri Iran\n",
                                        "speaker: Saeed Khatibzadeh\n")
    assert corrected != text[start:end]
    text = text[:start] + corrected + text[end:]
    corrected_id = corrected.split("\n", 1)[0].split("id: ", 1)[1].strip()
    # 3. delete a wrong quote (the machine's indirect 'Jerman' quote)
    start, end = _entry_bounds(text, "speaker: Jerman")
    deleted_id = text[start:end].split("\n", 1)[0].split("id: ", 1)[1].strip()
    text = text[:start] + text[end:]
    # 4. add a missing quote, with a comment
    text = text.replace("\nstances:\n", "\n"
                        "  # added by hand: the extractor missed Lavrov\n"
                        "  - id: lavrov-1\n"
                        "    speaker: Sergey Lavrov\n"
                        "    country: RU\n"
                        "    text: Rusia siap menjadi penengah\n"
                        "    kind: indirect\n"
                        "stances:\n", 1)
    sheet.write_text(text, encoding="utf-8")
    # 5. mark a stance reviewed (and add a demand the machine did not see)
    document = yamlio.load_document(sheet)
    pk = next(s for s in document.data["stances"] if s["id"] == "pk")
    pk["reviewed"] = True
    pk.insert(len(pk) - 1, "calls_for", merge.to_tree(["negotiations"]))
    sheet.write_text(yamlio.dumps(document.data), encoding="utf-8")
    checked = project.run("check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    edited = yamlio.load_plain(sheet.read_text(encoding="utf-8"))
    pk_edited = next(s for s in edited["stances"] if s["id"] == "pk")

    # 6. change the extractor's cue lexicon: one more speech verb
    (lang / "id.local.yaml").write_text("speech_verbs: [berikrar]\nindirect_say_verbs: [berikrar]\n",
                                        encoding="utf-8")
    # 7. re-extract
    extract()
    after_text = sheet.read_text(encoding="utf-8")
    after = yamlio.load_plain(after_text)
    quotes = {q["id"]: q for q in after["quotes"]}
    assert quotes[corrected_id]["speaker"] == "Saeed Khatibzadeh"
    assert deleted_id not in quotes
    assert quotes["lavrov-1"]["speaker"] == "Sergey Lavrov"
    assert "  # added by hand: the extractor missed Lavrov\n  - id: lavrov-1\n" in after_text
    assert next(s for s in after["stances"] if s["id"] == "pk") == pk_edited
    for quote_before in edited["quotes"]:  # nothing of the user's was lost
        assert quotes[quote_before["id"]] == quote_before
    new = [q for q in after["quotes"] if "menyerah" in q["text"]]
    assert new and new[0]["speaker"] == "Nikol Pashinyan", "the new finding was not added"
    assert project.run("check").returncode == 0


def test_a_people_yaml_correction_reaches_sheets_written_before_it(tmp_path, capsys):
    """The README's promise: a correction in people.yaml (a person's country) wins in every later extraction,
    in a sheet nobody touched and in one with other hand edits; a country set by hand in the sheet is kept and
    the run says the two disagree."""
    import shutil

    from generator import yamlio as io

    root = Path(__file__).resolve().parents[1]
    content = tmp_path / "content"
    (content / "sheets").mkdir(parents=True)
    for name in ("people.yaml", "countries.yaml", "conflicts.yaml"):
        shutil.copy(root / "content" / name, content / name)
    articles = tmp_path / "articles"
    articles.mkdir()
    for n, reply in enumerate(["We call on both armies to stop", "Talks must begin this week",
                               "Nobody wins this war"]):
        (articles / f"maas_{n}.txt").write_text(
            f"Berlin reacts {n}\n\n\u201c{reply},\u201d German Foreign Minister Heiko Maas said on Monday.\n",
            encoding="utf-8")
    assert run_extract([articles], content, jobs=1, progress=False) == 0
    sheets = sorted((content / "sheets").glob("*.yaml"))
    assert [io.load_plain(s.read_text(encoding="utf-8"))["quotes"][0]["country"] for s in sheets] == ["DE"] * 3
    # an editor: another field of sheet 1 by hand, the country of sheet 2 by hand, then people.yaml
    for sheet, old, new in ((sheets[1], "title: Berlin reacts 1", "title: Berlin reacts, edited"),
                            (sheets[2], "country: DE", "country: CH")):
        text = sheet.read_text(encoding="utf-8")
        assert old in text
        sheet.write_text(text.replace(old, new, 1), encoding="utf-8")
    people = content / "people.yaml"
    text = people.read_text(encoding="utf-8")
    corrected = text.replace("role: Menteri Luar Negeri Jerman\n    country: DE",
                             "role: Menteri Luar Negeri Jerman\n    country: AT")
    assert corrected != text
    people.write_text(corrected, encoding="utf-8")
    capsys.readouterr()

    run_extract([articles], content, jobs=1, progress=False)
    countries = [io.load_plain(s.read_text(encoding="utf-8"))["quotes"][0]["country"] for s in sheets]
    assert countries == ["AT", "AT", "CH"]  # the hand-set country is never overwritten
    err = capsys.readouterr().err
    assert "your edits leave the sheet invalid" not in err
    assert sheets[2].name in err and "speaks for AT in content/people.yaml, not CH" in err
