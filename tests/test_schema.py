"""The schema is a contract: generated from the models, in sync, and strict about content."""
import json

import pytest
from pydantic import ValidationError

from generator.models import Sheet
from generator.schema import sheet_schema_text

from .conftest import ROOT


def test_schema_file_is_in_sync_with_models():
    committed = (ROOT / "schema" / "sheet.schema.json").read_text(encoding="utf-8")
    assert committed == sheet_schema_text(), "run 'factsheet schema' and commit the result"


def test_schema_is_draft07_with_contract_names():
    schema = json.loads(sheet_schema_text())
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert "$defs" not in json.dumps(schema)
    defs = schema["definitions"]
    assert set(defs["ArticleMeta"]["properties"]) >= {
        "id", "file", "title", "source", "author", "published", "language", "cites", "related"}
    assert set(defs["Quote"]["properties"]) >= {
        "id", "speaker", "speaker_type", "role", "country", "text", "kind", "span", "reviewed"}
    assert set(defs["Stance"]["properties"]) >= {
        "id", "country", "position", "side", "calls_for", "claimed_by", "evidence", "reviewed"}


def base(**stance):
    return {"article": {"id": "a", "file": "a.txt", "title": "T"},
            "conflict": {"name": "X", "parties": ["AZ", "AM"]},
            "stances": [{"id": "s", "country": "TR", **stance}]}


@pytest.mark.parametrize("stance, message", [
    ({"position": "back"}, "Input should be"),
    ({"position": "backs"}, "needs a side"),
    ({"position": "neutral", "side": "AZ"}, "takes no side"),
    ({"position": "backs", "side": "XQ"}, "not a country code known to CLDR"),
    ({"position": "backs", "side": "az"}, "ISO 3166-1 alpha-2"),
    ({"position": "party", "postion": "x"}, "Extra inputs"),
])
def test_bad_stances_are_rejected(stance, message):
    with pytest.raises(ValidationError) as info:
        Sheet.model_validate(base(**stance))
    assert message in str(info.value)


def test_good_sheet_and_vatican_code():
    sheet = Sheet.model_validate(base(position="backs", side="AZ") | {
        "quotes": [{"id": "q1", "speaker": "Paus", "country": "VA", "text": "x", "span": [1, 2]}]})
    assert sheet.stances[0].side == "AZ"


@pytest.mark.parametrize("file_name", ["../x.txt", "a/b.txt", ".hidden"])
def test_article_file_cannot_escape_articles_folder(file_name):
    data = base(position="party")
    data["article"]["file"] = file_name
    with pytest.raises(ValidationError):
        Sheet.model_validate(data)


def test_bundled_seed_sheet_is_valid():
    from generator.content import load_content
    content = load_content(ROOT / "content")
    assert content.problems == []
    assert [s.sheet.article.id for s in content.sheets] == ["aliyev-armenia-harus-tinggalkan-wilayah"]
