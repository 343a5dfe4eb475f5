"""The article every reader produces, whatever the input format."""
from __future__ import annotations

from dataclasses import dataclass, field

FORMATS = ("text", "html", "feed", "warc", "jsonl")


@dataclass(frozen=True, slots=True)
class Source:
    """Where an article came from (`sha256` is of the bytes this article was read from)."""

    path: str | None
    format: str
    sha256: str
    encoding: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """Title, lead and body paragraphs as found, before normalisation."""

    source: Source
    title: str = ""
    lead: str = ""
    paragraphs: tuple[str, ...] = ()
    published: str | None = None  # ISO 8601 date (YYYY-MM-DD) when known
    lang_hint: str | None = None  # e.g. html[lang], a feed's <language>
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Failure:
    """One input (or one item of a multi-article input) that could not be read."""

    path: str | None
    code: str  # stable: decode, empty, too_large, binary, parse, ...
    message: str
    index: int | None = None  # item number inside a feed/WARC/JSONL
