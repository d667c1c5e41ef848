"""JSON Schema (draft-07) of a fact sheet, generated from the pydantic models."""
from __future__ import annotations

import json
from typing import Any

from pydantic.json_schema import GenerateJsonSchema

from .models import Sheet


class Draft07(GenerateJsonSchema):
    """pydantic emits 2020-12; yaml-language-server wants draft-07: `$defs` -> `definitions`."""

    def generate(self, schema, mode="validation"):
        result = super().generate(schema, mode=mode)
        result = _rewrite_refs(result)
        if "$defs" in result:
            result["definitions"] = result.pop("$defs")
        result["$schema"] = "http://json-schema.org/draft-07/schema#"
        result["$id"] = "https://factsheet.invalid/schema/sheet-v1.json"
        result["title"] = "Factsheet fact sheet (schema v1)"
        return result


def _rewrite_refs(node: Any) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                value = value.replace("#/$defs/", "#/definitions/")
            out[key] = _rewrite_refs(value)
        # draft-07 has no prefixItems: a span is an array of exactly two integers
        if "prefixItems" in out:
            items = out.pop("prefixItems")
            out["items"] = items[0] if items else {}
        return out
    if isinstance(node, list):
        return [_rewrite_refs(v) for v in node]
    return node


def sheet_schema() -> dict:
    return Sheet.model_json_schema(schema_generator=Draft07)


def sheet_schema_text() -> str:
    return json.dumps(sheet_schema(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
