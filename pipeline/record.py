"""The article record (schema v1.1): the single source of the published JSON Schema.

Versions are additive within v1: 1.1 adds `value_max` to percentages and multipliers, so a
1.0 record is also a valid 1.1 record (apart from its `schema_version`).

Numbers that must be exact (amounts, percentages, multipliers) are decimal strings.
Every offset indexes the record's `text`.
"""
from __future__ import annotations

import json
import math
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

from .version import SCHEMA_VERSION

DecimalString = Annotated[str, Field(pattern=r"^\d+(\.\d+)?$", examples=["8100000000", "3.3"])]
IsoDate = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]
Bound = Literal["eq", "gt", "ge", "lt", "le"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceInfo(_Model):
    path: str | None
    url: str | None
    format: Literal["text", "html", "feed", "warc", "jsonl"]
    encoding: str | None
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class Segment(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    code: str
    script: str
    confidence: float = Field(ge=0, le=1)


class LanguageInfo(_Model):
    code: str = Field(description="ISO 639-1, or 'und'")
    script: str = Field(description="ISO 15924, e.g. Cyrl, Latn")
    confidence: float = Field(ge=0, le=1)
    segments: list[Segment]


class Transliteration(_Model):
    script: Literal["Latn", "Cyrl"] = Field(description="the script written here")
    title: str
    lead: str
    text: str


class CountryValue(_Model):
    iso: Annotated[str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")]


class NameValue(_Model):
    name: str = Field(description="nominative base form in the article's script")
    name_latn: str | None = Field(None, description="Latin form, for Cyrillic articles")


class MoneyValue(_Model):
    amount: DecimalString
    amount_max: DecimalString | None = None
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$", description="ISO 4217")]
    approximate: bool = False
    bound: Bound = "eq"


class QuantityValue(_Model):
    value: DecimalString
    value_max: DecimalString | None = Field(
        None, description="high end of a range (\"15-20 %\", \"2-3 times\"); since schema 1.1")
    approximate: bool = False
    bound: Bound = "eq"


class DateValue(_Model):
    iso: Annotated[
        str,
        Field(
            pattern=r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$",
            description="YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B",
        ),
    ]


class _Entity(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class CountryEntity(_Entity):
    label: Literal["COUNTRY"]
    value: CountryValue


class NameEntity(_Entity):
    label: Literal["ORG", "LOC", "PERSON"]
    value: NameValue


class MoneyEntity(_Entity):
    label: Literal["MONEY"]
    value: MoneyValue


class QuantityEntity(_Entity):
    label: Literal["PERCENT", "MULTIPLIER"]
    value: QuantityValue


class DateEntity(_Entity):
    label: Literal["DATE"]
    value: DateValue


Entity = Annotated[
    Union[CountryEntity, NameEntity, MoneyEntity, QuantityEntity, DateEntity],
    Field(discriminator="label"),
]


class Warning_(_Model):
    code: str
    message: str


class PipelineInfo(_Model):
    version: str


class ArticleRecord(_Model):
    """One processed article."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="presspipe article record")

    schema_version: Literal["1.1"] = SCHEMA_VERSION
    id: Annotated[str, Field(pattern=r"^[0-9a-f]{16}$", description="stable hash of the source bytes")]
    source: SourceInfo
    published: IsoDate | None
    title: str
    lead: str
    text: str = Field(description="normalised text: title, lead, paragraphs joined by newlines")
    language: LanguageInfo | None = None
    transliteration: Transliteration | None = None
    entities: list[Entity] | None = None
    warnings: list[Warning_]
    pipeline: PipelineInfo


def json_schema() -> dict[str, Any]:
    """The published JSON Schema (draft 2020-12) of the record."""
    schema = ArticleRecord.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://presspipe.example/schemas/article-{SCHEMA_VERSION}.json",
        **schema,
    }


def to_json_dict(record: ArticleRecord) -> dict[str, Any]:
    """The record as plain JSON data (optional stages that did not run are left out)."""
    data = record.model_dump(mode="json")
    for key in ("language", "transliteration", "entities"):
        if data.get(key) is None:
            data.pop(key, None)
    if "entities" in data:  # label first: the order a reader scans
        data["entities"] = [{"label": e.pop("label"), **e} for e in data["entities"]]
    return data


_ESCAPE = json.encoder.encode_basestring  # the C string encoder json.dumps uses (no ASCII escapes)


def _write(value: Any, newline: str, parts: list[str]) -> None:
    kind = type(value)
    if kind is str:
        parts.append(_ESCAPE(value))
    elif kind is dict:
        if not value:
            parts.append("{}")
            return
        inner = newline + " "
        opening = "{"
        for key, item in value.items():
            if type(key) is not str:
                raise TypeError("non-string key")
            parts.append(opening + inner + _ESCAPE(key) + ": ")
            opening = ","
            _write(item, inner, parts)
        parts.append(newline + "}")
    elif kind is list:
        if not value:
            parts.append("[]")
            return
        inner = newline + " "
        opening = "["
        for item in value:
            parts.append(opening + inner)
            opening = ","
            _write(item, inner, parts)
        parts.append(newline + "]")
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif kind is int:
        parts.append(int.__repr__(value))
    elif kind is float and math.isfinite(value):
        parts.append(float.__repr__(value))
    else:
        raise TypeError(f"no fast path for {kind.__name__}")


def dumps_json(data: Any) -> bytes:
    """`json.dumps(data, ensure_ascii=False, indent=1)` + a newline, as UTF-8, byte for byte,
    without the json module's pure-Python indenting encoder (about twice as fast on records).

    >>> data = {"a": [1, 2.5, None, True], "b": {}, "c": "“Ўз” \\n", "d": []}
    >>> dumps_json(data) == (json.dumps(data, ensure_ascii=False, indent=1) + "\\n").encode()
    True
    """
    parts: list[str] = []
    try:
        _write(data, "\n", parts)
    except TypeError:  # anything the fast path does not handle: the json module decides
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    parts.append("\n")
    return "".join(parts).encode("utf-8")
