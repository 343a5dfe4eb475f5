"""Web pages: main text by trafilatura, metadata from the same lxml tree.

The page is decoded once (``charset.decode_html``), parsed once, and the tree is shared by
trafilatura (body) and ``htmlmeta`` (title, date, language, canonical URL, description).
"""
from __future__ import annotations

import gzip
import hashlib
import zlib

from lxml.html import HtmlElement

from ..errors import InputError
from . import htmlmeta as hm
from .article import Article, Source
from .charset import decode_html

MAX_BYTES = 50_000_000


def maybe_gunzip(data: bytes) -> bytes:
    """Decompress gzip data (a ``.html.gz`` page); other bytes are returned as they are.

    >>> maybe_gunzip(gzip.compress(b"<p>x</p>"))
    b'<p>x</p>'
    """
    if data[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"broken gzip data: {exc}", code="decode") from None
    return data


def parse_html(text: str) -> HtmlElement | None:
    """Parse page text the way trafilatura does (repairs included); None if it is not HTML."""
    from trafilatura.utils import load_html

    return load_html(text)


def _body(tree: HtmlElement, url: str | None) -> list[str]:
    from trafilatura import bare_extraction

    doc = bare_extraction(tree, url=url, with_metadata=False, include_comments=False)
    if doc is None or not doc.text:
        return []
    return [p for p in (hm.squash(line) for line in doc.text.split("\n")) if p]


def article_from_tree(tree: HtmlElement, source: Source, url: str | None) -> Article:
    """Build the article from a parsed page (metadata first: trafilatura prunes a copy)."""
    meta = hm.meta_map(tree)
    ld = hm.json_ld(tree)
    lang = hm.find_lang(tree, meta)
    short = lang.split("-")[0] if lang else None
    canonical = hm.find_url(tree, meta, url)
    title = hm.find_title(tree, meta, ld, canonical or url)
    published = hm.url_date(canonical) or hm.url_date(url)
    if published is None:
        published = hm.structured_date(tree, meta, ld, short)
    if published is None:
        published = hm.textual_date(tree, short) or hm.image_date(meta)
    if published is None:
        published = hm.htmldate_date(tree, canonical or url, extensive=False)
    if published is None:
        published = hm.htmldate_date(tree, canonical or url, extensive=True)
    description = hm.find_description(meta)
    paragraphs = _body(tree, canonical or url)
    if paragraphs and title and hm._norm_key(paragraphs[0]) == hm._norm_key(title):
        paragraphs = paragraphs[1:]
    if paragraphs:
        lead, rest = paragraphs[0], tuple(paragraphs[1:])
    else:
        lead, rest = description, ()
    if not (title or lead or rest):
        raise InputError("no text found in the page", code="empty")
    extra: dict[str, str] = {}
    if description:
        extra["description"] = description
    alternates = hm.hreflangs(tree, canonical or url)
    if alternates:
        extra["hreflang"] = " ".join(f"{k}={v}" for k, v in sorted(alternates.items()))
    if url and canonical and canonical != url:
        extra["fetched_url"] = url
    return Article(
        source=Source(path=source.path, format=source.format, sha256=source.sha256,
                      encoding=source.encoding, url=canonical),
        title=title, lead=lead, paragraphs=rest, published=published, lang_hint=lang,
        extra=extra,
    )


def read_html(data: bytes, path: str | None = None, *, url: str | None = None,
              http_charset: str | None = None, fmt: str = "html") -> Article:
    """Read one web page (bytes, possibly gzipped). Raises InputError (empty, decode, parse).

    ``http_charset`` is the HTTP/WARC Content-Type charset when known; ``fmt`` the
    ``Source.format`` to record (``warc`` for archive records).
    """
    sha = hashlib.sha256(data).hexdigest()
    data = maybe_gunzip(data)
    if len(data) > MAX_BYTES:
        raise InputError(f"page larger than {MAX_BYTES} bytes", code="too_large")
    if not data.strip():
        raise InputError("empty input: no bytes to read", code="empty")
    text, encoding = decode_html(data, http_charset)
    tree = parse_html(text)
    if tree is None:
        raise InputError("not parseable as HTML", code="parse")
    source = Source(path=path, format=fmt, sha256=sha, encoding=encoding, url=url)
    return article_from_tree(tree, source, url)


def extract_html(html: str | bytes, url: str | None = None) -> Article:
    """Title, lead, paragraphs, published date, URL and language hint of one page.

    Runs no later stage (no normalisation, no entities). Raises InputError when the page
    has no text.
    """
    if isinstance(html, bytes):
        return read_html(html, None, url=url)
    sha = hashlib.sha256(html.encode("utf-8", "surrogatepass")).hexdigest()
    tree = parse_html(html)
    if tree is None:
        raise InputError("not parseable as HTML", code="parse")
    return article_from_tree(tree, Source(path=None, format="html", sha256=sha, url=url), url)
