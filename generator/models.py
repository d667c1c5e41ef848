"""Schema v1 of a fact sheet and of the hand-edited registries.

The field names are a contract read by tools outside this repository: add fields,
never rename. `schema/sheet.schema.json` is generated from these models
(`factsheet schema`), and a test keeps the two in sync.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal, Union

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from .countries import is_known_code

SCHEMA_VERSION = 1

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]{0,119}$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]


def _country_code(value: str) -> str:
    if not re.fullmatch(r"[A-Z]{2}", value or ""):
        raise ValueError(
            f"{value!r} is not an ISO 3166-1 alpha-2 code (two upper-case letters, e.g. TR)"
        )
    if not is_known_code(value):
        raise ValueError(
            f"{value!r} is not a country code known to CLDR; "
            "fix the code or declare it in content/countries.yaml"
        )
    return value


CountryCode = Annotated[str, AfterValidator(_country_code)]
Span = Annotated[list[Annotated[int, Field(ge=0)]], Field(min_length=2, max_length=2)]
Position = Literal["party", "backs", "opposes", "neutral"]
Text = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]


class _Model(BaseModel):
    # Unknown keys are almost always typos ('postion'); reject them loudly.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class ArticleMeta(_Model):
    id: Slug = Field(description="Unique slug; the article page is /articles/<id>/")
    file: str = Field(description="The article's file name under content/articles/")
    title: Text
    source: str | None = None
    author: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")] = "id"
    cites: list[str] = Field(default_factory=list, description="Outlets the article quotes from")
    related: list[str] = Field(
        default_factory=list, description="'Baca:' / 'Read more:' headlines: kept, never facts"
    )
    countries: list[CountryCode] = Field(
        default_factory=list, description="Countries the article mentions"
    )

    @model_validator(mode="after")
    def _safe_file(self) -> "ArticleMeta":
        if "/" in self.file or "\\" in self.file or self.file.startswith(".") or not self.file:
            raise ValueError(
                f"article.file {self.file!r} must be a plain file name inside content/articles/"
            )
        return self


class ConflictRef(_Model):
    id: Slug | None = Field(default=None, description="Id in content/conflicts.yaml, if known")
    name: Text
    parties: list[CountryCode] = Field(default_factory=list)


class Quote(_Model):
    id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")]
    speaker: Text
    speaker_type: Literal["person", "organization"] = "person"
    role: str | None = None
    country: CountryCode | None = None
    text: Text
    kind: Literal["direct", "indirect"] = "direct"
    span: Span | None = Field(default=None, description="Character offsets in the article body")
    sentence: Span | None = Field(
        default=None, description="Offsets of the whole sentence the quote stands in"
    )
    confidence: Annotated[float, Field(ge=0, le=1)] | None = None
    reviewed: bool = False

    @model_validator(mode="after")
    def _span_order(self) -> "Quote":
        for name in ("span", "sentence"):
            value = getattr(self, name)
            if value is not None and value[0] >= value[1]:
                raise ValueError(f"{name} start {value[0]} must be before its end {value[1]}")
        return self


Evidence = Union[Annotated[str, StringConstraints(min_length=1, max_length=64)], Span]


class Stance(_Model):
    id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")]
    country: CountryCode
    position: Position
    side: CountryCode | None = None
    calls_for: list[str] = Field(default_factory=list)
    claimed_by: CountryCode | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: Annotated[float, Field(ge=0, le=1)] | None = None
    reviewed: bool = False

    @model_validator(mode="after")
    def _side_rules(self) -> "Stance":
        if self.position in ("backs", "opposes") and not self.side:
            raise ValueError(f"position {self.position!r} needs a side (the party's country code)")
        if self.position in ("party", "neutral") and self.side:
            raise ValueError(f"position {self.position!r} takes no side; remove side or change position")
        return self


class Sheet(_Model):
    article: ArticleMeta
    conflict: ConflictRef | None = None
    quotes: list[Quote] = Field(default_factory=list)
    stances: list[Stance] = Field(default_factory=list)


# ---- registries ---------------------------------------------------------------------------


class PersonEntry(_Model):
    name: Text
    aliases: list[str] = Field(default_factory=list)
    role: str | None = None
    country: CountryCode | None = None
    type: Literal["person", "organization"] = "person"
    reviewed: bool = False


class People(_Model):
    people: list[PersonEntry] = Field(default_factory=list)


class CountryEntry(_Model):
    name: dict[str, str] = Field(default_factory=dict, description="Display name per language")
    names: dict[str, list[str]] = Field(
        default_factory=dict, description="Extra names per language, used to find the country"
    )


class Countries(_Model):
    countries: dict[Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")], CountryEntry] = Field(
        default_factory=dict
    )


class ConflictEntry(_Model):
    id: Slug
    names: dict[str, str] = Field(default_factory=dict, description="Name per language")
    parties: list[CountryCode] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    reviewed: bool = False


class Conflicts(_Model):
    conflicts: list[ConflictEntry] = Field(default_factory=list)
