"""Readers that turn input files into articles: plain text, web pages, feeds, WARC, JSONL.

``read_input`` picks the reader by extension and content sniffing and yields one
``Article`` or ``Failure`` per article (multi-article inputs set ``Article.extra["index"]``
and ``Failure.index``). ``extract_html`` is the library entry point for a single page.
"""
from __future__ import annotations

import gzip
import importlib
import io
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..errors import InputError
from .article import Article, Failure, Source
from .text import read_text

# readers imported on first use: the web-page, feed, archive and JSONL readers pull in lxml
# and the HTML metadata tables, which a run over text files never needs (start-up time)
_LAZY = {
    "extract_html": ".html", "read_html": ".html", "read_feed": ".feed",
    "read_jsonl": ".jsonl", "read_warc": ".warc",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value

__all__ = [
    "Article", "Failure", "Source", "extract_html", "read_feed", "read_html", "read_input",
    "read_jsonl", "read_text", "read_warc", "sniff_format",
]

MAX_INPUT = 200_000_000  # bytes after decompression, per non-archive input

_EXT = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html", ".php": "html",
    ".asp": "html", ".aspx": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".rdf": "feed",
    ".warc": "warc", ".arc": "warc",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
}
# (every marker starts with "<": sniff_content looks for them only when a "<" occurs)
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta ", b"<title",
                 b"<div", b"<p>", b"<p ", b"<article", b"<h1", b"<table", b"<br")
_FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf", b"<channel")


def _suffixes(path: Path) -> tuple[str, bool]:
    """(format-bearing suffix, gzipped?) e.g. ('.warc', True) for x.warc.gz."""
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] in (".gz", ".gzip")
    if gz:
        suffixes = suffixes[:-1]
    return (suffixes[-1] if suffixes else ""), gz


def _head_bytes(head: bytes) -> bytes:
    """The first bytes, decompressed when gzipped (a partial gzip stream is fine)."""
    if head[:2] == b"\x1f\x8b":
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 65536)
        except zlib.error:
            return b""
    return head


def sniff_content(head: bytes) -> str | None:
    """The format the first bytes reveal, or None when they reveal nothing.

    >>> sniff_content(b"WARC/1.0\\r\\n"), sniff_content(b'<?xml version="1.0"?><rss>')
    ('warc', 'feed')
    >>> sniff_content(b"<!DOCTYPE html><html>"), sniff_content(b'{"title": "x"}\\n')
    ('html', 'jsonl')
    >>> sniff_content("Ўзбекистон".encode()) is None
    True
    """
    raw = _head_bytes(head)
    lstripped = raw.lstrip(b"\xef\xbb\xbf \t\r\n")
    if lstripped.startswith(b"WARC/") or lstripped.startswith(b"filedesc://"):
        return "warc"
    low = lstripped[:4096].lower()
    if low.startswith(b"{"):
        first = lstripped.split(b"\n", 1)[0].strip()
        if first.endswith(b"}") or b"\n" not in lstripped:
            return "jsonl"
    head = low[:2048]
    # (every marker starts with "<": plain text without one skips the marker searches)
    if b"<" in head and any(m in head for m in _FEED_MARKERS) and b"<html" not in head:
        return "feed"
    # UTF-16 pages: look at the ASCII bytes only
    probe = low.replace(b"\x00", b"") if low[:2] in (b"\xff\xfe", b"\xfe\xff") else low
    if b"<" in probe and any(m in probe for m in _HTML_MARKERS):
        return "html"
    return None


def sniff_format(path: str | Path, head: bytes) -> str:
    """Pick a reader: ``text``, ``html``, ``feed``, ``warc`` or ``jsonl``.

    The extension decides for .html/.warc/.jsonl and friends; a ``.txt`` that is really a
    web page reads as HTML; ``.xml`` is a feed only when it looks like one; an unknown
    extension is sniffed from the content and falls back to text.

    >>> sniff_format("a.txt", b"<html><body><p>x</p></body></html>")
    'html'
    >>> sniff_format("a.warc.gz", b""), sniff_format("a.dat", b"WARC/1.1"), sniff_format("a.txt", b"Salom")
    ('warc', 'warc', 'text')
    """
    suffix, _ = _suffixes(Path(path))
    by_ext = _EXT.get(suffix)
    by_content = sniff_content(head)
    if by_ext in ("warc", "jsonl"):
        return by_ext
    if by_ext == "html":
        return "feed" if by_content == "feed" else "html"
    if by_ext == "feed":
        return by_content if by_content in ("feed", "html") else "feed"
    if by_ext == "text":
        return "html" if by_content == "html" else "text"
    return by_content or "text"


def _gunzip(data: bytes, path: str) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(MAX_INPUT + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"{path}: broken gzip data: {exc}", code="decode") from None
    if len(out) > MAX_INPUT:
        raise InputError(f"{path}: more than {MAX_INPUT} bytes after decompression",
                         code="too_large")
    return out


def read_input(path: Path, data: bytes | None = None, *,
               jsonl_fields: Mapping[str, str | Iterable[str]] | None = None,
               counts: Counter[str] | None = None) -> Iterator[Article | Failure]:
    """Read one input file into articles (or failures), whatever its format.

    ``data`` are the file's bytes when already read (a WARC given as a path alone is
    streamed from disk). ``jsonl_fields`` overrides the JSONL field mapping
    (``{"text": "body", "date": "published_at"}``). ``counts`` receives per-format
    counters (WARC records skipped because they are not HTML, ...).
    """
    path = Path(path)
    name = str(path)
    counts = counts if counts is not None else Counter()
    try:
        if data is None:
            with open(path, "rb") as fh:
                head = fh.read(8192)
        else:
            head = data[:8192]
        fmt = sniff_format(path, head)
        counts[f"format_{fmt}"] += 1
        if fmt == "warc":
            from .warc import read_warc

            if data is None:
                with open(path, "rb") as fh:
                    yield from read_warc(fh, name, counts)
            else:
                yield from read_warc(io.BytesIO(data), name, counts)
            return
        if data is None:
            data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = _gunzip(data, name)
        if fmt == "html":
            from .html import read_html

            try:
                article = read_html(data, name)
            except InputError:
                raise
            except Exception as exc:  # noqa: BLE001 - lxml/trafilatura failures on odd markup
                raise InputError(f"{name}: page could not be parsed: {type(exc).__name__}: {exc}",
                                 code="parse") from exc
            yield article
        elif fmt == "feed":
            from .feed import read_feed

            yield from read_feed(data, name)
        elif fmt == "jsonl":
            from .jsonl import read_jsonl

            yield from read_jsonl(data, name, jsonl_fields)
        else:
            yield read_text(data, name)
    except InputError as exc:
        yield Failure(name, exc.code, exc.message)
    except OSError as exc:
        yield Failure(name, "io", f"cannot read {name}: {exc.strerror or exc}")
