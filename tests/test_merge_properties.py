"""Property: random hand edits (change, delete, add, reorder, comment, review) interleaved with
re-extractions by a changing extractor never lose an edit."""
from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import merge, yamlio

import os
from hypothesis import Phase

PHASES = tuple(Phase) if not os.environ.get("NO_SHRINK") else (Phase.explicit, Phase.generate)
N_QUOTES = 6
FIELDS = ("speaker", "role", "country")
COUNTRIES = ["AZ", "AM", "TR", "RU", "IR", "DE"]


def machine(version: dict) -> dict:
    """The extractor's output for one article; `version` describes how the extractor behaves."""
    quotes = []
    for i in range(N_QUOTES + 2):
        if i in version["missing"]:
            continue
        end = i * 100 + 50 - version["trim"].get(i, 0)  # another boundary: another text, id
        quotes.append({
            "id": f"q{i + 1}", "speaker": f"Speaker {i} v{version['speaker'].get(i, 0)}",
            "role": f"Role {version['role'].get(i, 0)}", "country": COUNTRIES[i % 6],
            "text": f"quote number {i} says something" + "!" * version["trim"].get(i, 0),
            "kind": "direct", "span": [i * 100, end], "reviewed": False})
    sheet = {"article": {"id": "a", "file": "a.txt", "title": "T",
                         "cites": sorted(version["cites"])},
             "quotes": quotes,
             "stances": [{"id": "tr", "country": "TR", "position": "neutral",
                          "calls_for": sorted(version["calls"]),
                          "evidence": [q["id"] for q in quotes[:2]], "reviewed": False}]}
    return merge.assign_stable_ids(sheet)


versions = st.fixed_dictionaries({
    "missing": st.sets(st.integers(0, N_QUOTES + 1), max_size=3),
    "trim": st.dictionaries(st.integers(0, N_QUOTES + 1), st.integers(1, 3), max_size=2),
    "speaker": st.dictionaries(st.integers(0, N_QUOTES + 1), st.integers(1, 3), max_size=3),
    "role": st.dictionaries(st.integers(0, N_QUOTES + 1), st.integers(1, 3), max_size=3),
    "cites": st.sets(st.sampled_from(["CNN", "BBC", "Reuters", "AP"]), max_size=3),
    "calls": st.sets(st.sampled_from(["ceasefire", "talks", "aid"]), max_size=2),
})

edits = st.tuples(
    st.sampled_from(["change", "delete", "add", "reorder", "comment", "review", "cite"]),
    st.integers(0, 50), st.sampled_from(FIELDS), st.integers(0, 1000))


class Editor:
    """Applies hand edits to the YAML text and remembers what must survive."""

    def __init__(self):
        self.changed: dict[tuple[str, str], str] = {}
        self.deleted: set[str] = set()
        self.added: dict[str, dict] = {}
        self.reviewed: dict[str, dict] = {}
        self.comments: dict[str, list[str]] = {}
        self.cites_added: set[str] = set()
        self.cites_removed: set[str] = set()
        self.counter = 0

    def apply(self, text: str, edit) -> str:
        kind, pick, field, salt = edit
        doc = yamlio.load_document("x.yaml", text)
        quotes = doc.data["quotes"]
        self.counter += 1
        if not quotes and kind not in ("add", "cite"):
            kind = "add"
        if kind == "cite":
            cites = doc.data["article"]["cites"]
            if cites and salt % 2:
                value = str(cites[pick % len(cites)])
                del cites[pick % len(cites)]
                self.cites_removed.add(value)
                self.cites_added.discard(value)
            else:
                value = f"User Outlet {salt}"
                if value not in cites:  # listing an outlet twice is not an edit anyone makes
                    cites.append(value)
                self.cites_added.add(value)
                self.cites_removed.discard(value)
            return yamlio.dumps(doc.data)
        if kind == "add":
            qid = f"u{self.counter}"
            entry = {"id": qid, "speaker": f"Hand speaker {salt}", "country": "DE",
                     "text": f"hand written quote {self.counter} {salt}", "kind": "indirect",
                     "span": [5000 + self.counter * 100, 5050 + self.counter * 100]}
            node = merge.to_tree(entry)
            quotes.insert(pick % (len(quotes) + 1), node)
            self.added[qid] = entry
            return yamlio.dumps(doc.data)
        index = pick % len(quotes)
        entry = quotes[index]
        qid = str(entry["id"])
        if kind == "change":
            value = f"user {field} {salt}"
            entry[field] = value
            if qid in self.added:
                self.added[qid][field] = value
            elif qid in self.reviewed:
                self.reviewed[qid][field] = value
            else:
                self.changed[(qid, field)] = value
        elif kind == "delete":
            del quotes[index]
            self.deleted.add(qid)
            self.added.pop(qid, None)
            self.reviewed.pop(qid, None)
            self.comments.pop(qid, None)
            for key in [k for k in self.changed if k[0] == qid]:
                del self.changed[key]
            # evidence pointing to it goes with it, as an editor would do (or check would say)
            for stance in doc.data["stances"]:
                while qid in stance["evidence"]:
                    stance["evidence"].remove(qid)
        elif kind == "reorder":
            quotes.insert(0, quotes.pop(index))
        elif kind == "comment":
            note = f"note {self.counter}"
            entry.yaml_add_eol_comment(f"# {note}", "id")
            self.comments[qid] = [note]  # an end-of-line comment replaces the one before
        elif kind == "review":
            entry["reviewed"] = True
            if qid not in self.added:
                self.reviewed[qid] = merge.plain(entry)
                for key in [k for k in self.changed if k[0] == qid]:
                    del self.changed[key]
        return yamlio.dumps(doc.data)

    def check(self, text: str) -> None:
        data = yamlio.load_plain(text)
        quotes = {q["id"]: q for q in data["quotes"]}
        for (qid, field), value in self.changed.items():
            assert qid in quotes, f"edited quote {qid} was lost"
            assert quotes[qid][field] == value, f"edit of {qid}.{field} was lost"
        for qid in self.deleted:
            assert qid not in quotes, f"deleted quote {qid} came back"
        for qid, entry in self.added.items():
            assert qid in quotes, f"added quote {qid} was lost"
            for key, value in entry.items():
                assert quotes[qid][key] == value
        for qid, entry in self.reviewed.items():
            assert quotes[qid] == entry, f"reviewed quote {qid} was changed"
        for note in (n for notes in self.comments.values() for n in notes):
            assert f"# {note}" in text, f"comment {note!r} was lost"
        cites = set(data["article"]["cites"])
        assert self.cites_added <= cites and not (self.cites_removed & cites)
        ids = [q["id"] for q in data["quotes"]]
        assert len(ids) == len(set(ids)), "duplicate quote ids"
        evidence = set(data["stances"][0]["evidence"])
        assert evidence <= set(ids) | {e for e in evidence if not isinstance(e, str)}


def extract_into(text: str | None, base: dict | None, theirs: dict) -> tuple[str, dict]:
    if text is None:
        return merge.dump_text(merge.to_tree(theirs)), theirs
    doc = yamlio.load_document("x.yaml", text)
    merge.drop_dangling_evidence(doc.data, base, theirs)
    _, aligned = merge.merge_tree("x.yaml", doc.data, base, copy.deepcopy(theirs),
                                  merge.SHEET_LISTS)
    merge.drop_dangling_evidence(doc.data, aligned, base)
    return merge.dump_text(doc.data), aligned


@settings(max_examples=int(os.environ.get("MERGE_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow],
          phases=PHASES)
@given(first=versions, rounds=st.lists(st.tuples(st.lists(edits, max_size=5), versions),
                                       min_size=1, max_size=4))
def test_hand_edits_survive_any_sequence_of_re_extractions(first, rounds):
    base = machine(first)
    text, base = extract_into(None, None, base)
    editor = Editor()
    for hand_edits, version in rounds:
        for edit in hand_edits:
            text = editor.apply(text, edit)
        editor.check(text)
        text, base = extract_into(text, base, machine(version))
        editor.check(text)
        # a second run of the same extractor changes nothing
        again, _ = extract_into(text, base, machine(version))
        assert yamlio.load_plain(again) == yamlio.load_plain(text)


@settings(max_examples=40, deadline=None)
@given(first=versions, later=versions)
def test_untouched_sheet_follows_the_extractor(first, later):
    """With no hand edits, the merged sheet is exactly the new machine output."""
    text, base = extract_into(None, None, machine(first))
    text, _ = extract_into(text, base, machine(later))
    merged = yamlio.load_plain(text)
    expected = machine(later)
    assert sorted(q["id"] for q in merged["quotes"]) == sorted(q["id"] for q in expected["quotes"]) \
        or {q["text"] for q in merged["quotes"]} == {q["text"] for q in expected["quotes"]}
    assert {q["text"] for q in merged["quotes"]} == {q["text"] for q in expected["quotes"]}
    assert merged["article"] == expected["article"]
