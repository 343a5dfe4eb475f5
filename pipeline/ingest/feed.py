"""RSS and Atom feeds (feedparser): one article per entry.

Full text comes from ``content:encoded``/Atom ``content`` when present, else the summary.
The date is read from the entry's raw date string as written (feedparser's parsed value is
in UTC and moves a Tashkent 02:30 item to the previous day).
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import Any

from .article import Article, Failure, Source
from .html import fragment_paragraphs, looks_like_html
from .htmlmeta import canonical_lang, squash
from .timezone import publication_date

_ITEM = re.compile(rb"<(?:\w+:)?(item|entry)[\s>].*?</(?:\w+:)?\1\s*>", re.DOTALL | re.IGNORECASE)
_DATE_FIELDS = ("published", "pubdate", "dc_date", "issued", "created", "updated")


def item_chunks(data: bytes) -> list[bytes]:
    """The raw bytes of each <item>/<entry> element, in document order.

    >>> item_chunks(b"<rss><item><title>a</title></item><item>b</item></rss>")
    [b'<item><title>a</title></item>', b'<item>b</item>']
    """
    return [m.group(0) for m in _ITEM.finditer(data)]


def _text_paragraphs(value: str) -> list[str]:
    if looks_like_html(value):
        return fragment_paragraphs(value)
    return [p for p in (squash(x) for x in value.split("\n")) if p]


def _entry_body(entry: Any) -> tuple[list[str], str]:
    """(paragraphs, which field) - content:encoded beats the summary."""
    best: list[str] = []
    for content in entry.get("content") or ():
        paras = _text_paragraphs(content.get("value") or "")
        if sum(map(len, paras)) > sum(map(len, best)):
            best = paras
    if best:
        return best, "content"
    summary = entry.get("summary") or entry.get("description") or ""
    return _text_paragraphs(summary), "summary"


def raw_entry_date(entry: Any) -> str | None:
    """The entry's date string exactly as the feed wrote it."""
    for key in _DATE_FIELDS:
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def read_feed(data: bytes, path: str | None = None) -> Iterator[Article | Failure]:
    """Yield one Article (or Failure) per feed entry, ``index`` = entry position from 0."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.entries
    if not entries:
        if parsed.bozo:
            exc = parsed.get("bozo_exception")
            yield Failure(path, "parse", f"not a readable RSS/Atom feed: {exc}")
        else:
            yield Failure(path, "empty", "feed has no entries")
        return
    chunks = item_chunks(data)
    if len(chunks) != len(entries):
        chunks = []
    feed_lang = canonical_lang(parsed.feed.get("language"))
    feed_title = squash(parsed.feed.get("title"))
    encoding = (parsed.get("encoding") or "utf-8").lower()
    for i, entry in enumerate(entries):
        raw = chunks[i] if chunks else repr(sorted(entry.items())).encode("utf-8", "replace")
        sha = hashlib.sha256(raw).hexdigest()
        title = squash(entry.get("title"))
        paragraphs, field = _entry_body(entry)
        if paragraphs and title and paragraphs[0] == title:
            paragraphs = paragraphs[1:]
        if not (title or paragraphs):
            yield Failure(path, "empty", f"entry {i} has no title and no text", index=i)
            continue
        date_raw = raw_entry_date(entry)
        link = entry.get("link") or None
        lang = None
        for content in entry.get("content") or ():
            lang = lang or canonical_lang(content.get("language"))
        extra = {"index": str(i), "body_from": field}
        if date_raw:
            extra["date_raw"] = date_raw
        if feed_title:
            extra["feed_title"] = feed_title
        if entry.get("id"):
            extra["entry_id"] = str(entry["id"])
        summary = squash(re.sub(r"<[^>]+>", " ", entry.get("summary") or ""))
        if field == "content" and summary:
            extra["description"] = summary
        yield Article(
            source=Source(path=path, format="feed", sha256=sha, encoding=encoding, url=link),
            title=title,
            lead=paragraphs[0] if paragraphs else "",
            paragraphs=tuple(paragraphs[1:]),
            published=publication_date(date_raw, link, lang or feed_lang),
            lang_hint=lang or feed_lang,
            extra=extra,
        )
