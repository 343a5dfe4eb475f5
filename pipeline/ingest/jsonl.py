"""JSON Lines: one article per line, with a configurable field mapping.

A malformed line becomes one Failure (with its ``index``); the other lines go on.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .article import Article, Failure, Source
from .html import fragment_paragraphs, looks_like_html
from .htmlmeta import canonical_lang, squash
from .timezone import publication_date

# article field -> JSON keys tried in order (a mapping passed by the user replaces a row)
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "articleBody", "article"),
    "title": ("title", "headline"),
    "lead": ("lead", "description", "summary", "subtitle"),
    "date": ("date", "published_at", "published", "datePublished", "pubdate"),
    "url": ("url", "link", "href"),
    "lang": ("lang", "language", "locale"),
}


def field_map(overrides: Mapping[str, str | Iterable[str]] | None = None
              ) -> dict[str, tuple[str, ...]]:
    """The field mapping with user overrides (a key name or a list of names per field).

    >>> field_map({"text": "body_html"})["text"], field_map()["title"]
    (('body_html',), ('title', 'headline'))
    """
    fields = dict(DEFAULT_FIELDS)
    for key, value in (overrides or {}).items():
        if key not in fields:
            raise ValueError(f"unknown JSONL field {key!r}; known: {', '.join(fields)}")
        fields[key] = (value,) if isinstance(value, str) else tuple(value)
    return fields


def _get(obj: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        node: Any = obj
        for part in key.split("."):  # dotted paths reach nested objects: "meta.title"
            node = node.get(part) if isinstance(node, Mapping) else None
        if node not in (None, "", []):
            return node
    return None


def _paragraphs(value: Any) -> list[str]:
    if isinstance(value, list):
        return [p for v in value for p in _paragraphs(v)]
    if not isinstance(value, str):
        return [str(value)] if value not in (None, "") else []
    if looks_like_html(value):
        return fragment_paragraphs(value)
    return [p for p in (squash(x) for x in value.split("\n")) if p]


def _date(value: Any, url: str | None, lang: str | None) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        secs = value / 1000 if value > 10**11 else value
        value = dt.datetime.fromtimestamp(secs, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return publication_date(str(value), url, lang) if value else None


def _objects(data: bytes, path: str | None) -> Iterator[tuple[int, str, bytes, Any]]:
    """(index, "line N"/"item N", raw bytes, parsed value or Failure) per line, or per
    element of a JSON array."""
    if data.lstrip().startswith(b"["):
        try:
            whole = json.loads(data.decode("utf-8"))
        except ValueError:
            whole = None
        if isinstance(whole, list):
            for i, obj in enumerate(whole):
                raw = json.dumps(obj, ensure_ascii=False, sort_keys=True).encode("utf-8")
                yield i, f"item {i}", raw, obj
            return
    for i, raw in enumerate(data.split(b"\n")):
        line = raw.strip()
        if not line:
            continue
        where = f"line {i + 1}"
        try:
            yield i, where, raw, json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield i, where, raw, Failure(path, "decode", f"{where}: not UTF-8: {exc}", index=i)
        except ValueError as exc:
            yield i, where, raw, Failure(path, "parse", f"{where}: malformed JSON: {exc}", index=i)


def read_jsonl(data: bytes, path: str | None = None,
               fields: Mapping[str, str | Iterable[str]] | None = None
               ) -> Iterator[Article | Failure]:
    """Yield one Article or Failure per non-blank line, ``index`` = line number from 0.

    A file holding one JSON array of objects (a ``.json`` export) yields one article per
    element, ``index`` = position in the array.
    """
    fmap = field_map(fields)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for i, where, raw, obj in _objects(data, path):
        if isinstance(obj, Failure):
            yield obj
            continue
        if not isinstance(obj, dict):
            yield Failure(path, "parse", f"{where}: a JSON object was expected, "
                                         f"got {type(obj).__name__}", index=i)
            continue
        paragraphs = _paragraphs(_get(obj, fmap["text"]))
        title = squash(str(_get(obj, fmap["title"]) or ""))
        lead = squash(" ".join(_paragraphs(_get(obj, fmap["lead"]))))
        if not lead and paragraphs:
            lead, paragraphs = paragraphs[0], paragraphs[1:]
        elif paragraphs and squash(paragraphs[0]) == lead:
            paragraphs = paragraphs[1:]
        if not (title or lead or paragraphs):
            yield Failure(path, "empty", f"{where}: no text in fields "
                                         f"{', '.join(fmap['text'])}", index=i)
            continue
        url = _get(obj, fmap["url"])
        date_value = _get(obj, fmap["date"])
        extra = {"index": str(i)}
        if date_value is not None:
            extra["date_raw"] = str(date_value)
        lang = _get(obj, fmap["lang"])
        yield Article(
            source=Source(path=path, format="jsonl", sha256=hashlib.sha256(raw).hexdigest(),
                          encoding="utf-8", url=str(url) if url else None),
            title=title, lead=lead, paragraphs=tuple(paragraphs),
            published=_date(date_value, str(url) if url else None,
                            lang if isinstance(lang, str) else None),
            lang_hint=canonical_lang(lang) if isinstance(lang, str) else None,
            extra=extra,
        )
