"""YAML that people edit: 1.2 scalars, duplicates, bombs, positions and round-trips."""
from pathlib import Path

import pytest

from generator import yamlio
from generator.errors import InputError


def test_yaml12_keeps_norway_and_yes_as_strings():
    assert yamlio.load_plain("country: NO\nanswer: yes\nflag: on\n") == {
        "country": "NO", "answer": "yes", "flag": "on"}


def test_booleans_and_numbers_keep_their_types():
    data = yamlio.load_plain("reviewed: true\nother: false\nn: 3\nx: 1.10\n")
    assert data == {"reviewed": True, "other": False, "n": 3, "x": 1.1}
    assert type(data["reviewed"]) is bool and type(data["n"]) is int


def test_duplicate_key_is_reported_with_line_and_column():
    with pytest.raises(InputError) as info:
        yamlio.load_plain("a: 1\nb: 2\na: 3\n", "x.yaml")
    assert (info.value.line, info.value.column) == (3, 1)
    assert "duplicate key 'a'" in info.value.message


def test_billion_laughs_is_refused_quickly():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))
    with pytest.raises(InputError) as info:
        yamlio.load_plain(bomb, "bomb.yaml")
    assert "aliases" in info.value.message


def test_deep_nesting_is_refused():
    with pytest.raises(InputError) as info:
        yamlio.load_plain("[" * 10_000 + "]" * 10_000, "deep.yaml")
    assert "nested too deeply" in info.value.message


def test_round_trip_keeps_comments_order_and_quotes_yaml11_traps(tmp_path: Path):
    path = tmp_path / "s.yaml"
    path.write_text("# top comment\nz: 1  # why z\na: 'quoted'\nlist:\n  - b\n", encoding="utf-8")
    document = yamlio.load_document(path)
    document.data["new"] = "no"
    document.data["version"] = "1.10"
    yamlio.write_document(path, document.data)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# top comment\nz: 1  # why z\na: 'quoted'\n")
    assert 'new: "no"' in text and 'version: "1.10"' in text
    import yaml  # a YAML 1.1 reader must read the strings back as strings
    assert yaml.safe_load(text)["new"] == "no"
    assert yaml.safe_load(text)["version"] == "1.10"


def test_locate_points_at_values():
    document = yamlio.Document(Path("x"), yamlio._parse("a:\n  - b: 1\n    c: x\n", Path("x")))
    assert document.position(("a", 0, "c")) == (3, 8)


def test_atomic_write_leaves_no_temporaries(tmp_path: Path):
    target = tmp_path / "f.yaml"
    yamlio.atomic_write(target, "a: 1\n")
    yamlio.atomic_write(target, "a: 2\n")
    assert target.read_text() == "a: 2\n"
    assert [p.name for p in tmp_path.iterdir()] == ["f.yaml"]
    (tmp_path / ".f.yaml.abc.tmp").write_text("half")
    assert yamlio.clean_stray_temporaries(tmp_path) == 1


def test_fast_positions_are_the_round_trip_positions():
    """`factsheet check` finds lines from libyaml's node tree; they must be ruamel's."""
    from generator.fastyaml import load_document_fast
    from generator.yamlio import load_document

    sheet = next((Path(__file__).parents[1] / "content" / "sheets").glob("*.yaml"))
    fast, careful = load_document_fast(sheet), load_document(sheet)
    assert type(fast).__name__ == "FastDocument"

    def paths(node, prefix=()):
        yield prefix
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            yield from paths(value, prefix + (key,))

    locs = list(paths(careful.data)) + [("quotes", 999), ("no-such-key",), ("quotes", 0, "nope")]
    assert len(locs) > 100
    for loc in locs:
        assert fast.position(loc) == careful.position(loc), loc


def test_the_fast_reader_of_machine_files_agrees_with_the_round_trip_reader_and_refuses_bombs():
    from generator.fastdump import dump_machine

    sheet = {"article": {"id": "a", "title": "no", "published": "2020-10-04", "version": "1.10"},
             "quotes": [{"speaker": "on", "n": 3, "share": 0.5, "ok": True, "country": None,
                         "text": "He said: \"yes\" # not a comment", "span": [1, 20]}]}
    text = dump_machine(sheet)
    assert yamlio.load_machine_plain(text, "s.yaml") == yamlio.load_plain(text) == sheet
    bomb = "a: &a [x, x, x]\nb: [*a, *a, *a]\n"
    with pytest.raises(InputError) as info:
        yamlio.load_machine_plain(bomb, "bomb.yaml")
    assert "aliases" in info.value.message
    with pytest.raises(InputError) as info:  # what PyYAML cannot read gets the positioned message
        yamlio.load_machine_plain("a: [1,\n", "broken.yaml")
    assert info.value.line == 2
