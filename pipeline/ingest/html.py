"""Web pages: main text by trafilatura, metadata from the same lxml tree.

The page is decoded once (``charset.decode_html``), parsed once, and the tree is shared by
trafilatura (body) and ``htmlmeta`` (title, date, language, canonical URL, description).
"""
from __future__ import annotations

import gzip
import hashlib
import re
import zlib

from lxml.html import HtmlElement

from ..entities.dates import parse_date
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


_BLOCKS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 blockquote pre table tr section article header footer "
    "figure figcaption dd dt br hr".split()
)
_LOOKS_HTML = re.compile(r"<(?:p|div|br|span|a|b|i|em|strong|li|h[1-6]|img|figure|table)\b[^>]*>",
                         re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when a string carries HTML tags (a feed summary, a JSONL body).

    >>> looks_like_html("<p>One</p>"), looks_like_html("a < b and c > d")
    (True, False)
    """
    return bool(_LOOKS_HTML.search(text))


def fragment_paragraphs(fragment: str) -> list[str]:
    """Paragraphs of an HTML fragment (feed content, a JSONL body): one per block element
    or <br>, scripts and styles dropped.

    >>> fragment_paragraphs("<p>One &amp; two</p><p>Three<br/>four</p><script>x()</script>")
    ['One & two', 'Three', 'four']
    """
    from lxml.html import fragment_fromstring

    if not fragment.strip():
        return []
    try:
        root = fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml rejects some fragments; keep the text then
        return [hm.squash(line) for line in re.sub(r"<[^>]+>", "\n", fragment).split("\n")
                if hm.squash(line)]
    for bad in root.xpath(".//script|.//style|.//noscript|.//template"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
            if el.tag not in ("br", "hr"):
                el.text = "\n" + (el.text or "")
    return [p for p in (hm.squash(x) for x in root.text_content().split("\n")) if p]


def parse_html(text: str) -> HtmlElement | None:
    """Parse page text the way trafilatura does (repairs included); None if it is not HTML."""
    from trafilatura.utils import load_html

    return load_html(text)


# trafilatura's precision mode, measured: AEB body F1 0.964 -> 0.966, but trafilatura-eval
# snippet recall 0.939 -> 0.907 (F1 0.919 -> 0.911). Off: a missing paragraph of a release
# loses its entities for good.
FAVOR_PRECISION = False
# trafilatura's fast mode (its own extractor only, no readability/jusText comparison) is
# about twice as fast and scores higher on AEB; where it finds less than this many
# characters (short releases, odd layouts) the full extraction with fallbacks runs instead,
# which gives back most of the recall fast mode loses on trafilatura-eval (bench/html_eval.py).
FULL_EXTRACTION_BELOW = 600


def _extract(tree: HtmlElement, url: str | None, fast: bool) -> list[str]:
    from trafilatura import bare_extraction

    doc = bare_extraction(tree, url=url, with_metadata=False, include_comments=False,
                          favor_precision=FAVOR_PRECISION, fast=fast)
    if doc is None or not doc.text:
        return []
    return [p for p in (hm.squash(line) for line in doc.text.split("\n")) if p]


def _body(tree: HtmlElement, url: str | None) -> list[str]:
    paragraphs = _extract(tree, url, fast=True)
    if sum(map(len, paragraphs)) < FULL_EXTRACTION_BELOW:
        paragraphs = _extract(tree, url, fast=False) or paragraphs
    return paragraphs


def is_dateline(text: str) -> bool:
    """A short paragraph that is only a date/time byline ("13:09 / 16.08.2021").

    >>> is_dateline("13:09 / 16.08.2021"), is_dateline("12-noyabr, 2025"), is_dateline("Toshkent, 12-noyabr. Savdo oshdi")
    (True, True, False)
    """
    if len(text) > 40 or len(text.split()) > 6:
        return False
    return parse_date(text) is not None


def article_from_tree(tree: HtmlElement, source: Source, url: str | None,
                      crawled: str | None = None) -> Article:
    """Build the article from a parsed page (metadata first: trafilatura prunes a copy)."""
    meta = hm.meta_map(tree)
    ld = hm.json_ld(tree)
    lang = hm.find_lang(tree, meta)
    canonical = hm.find_url(tree, meta, url)
    title = hm.find_title(tree, meta, ld, canonical or url)
    published, date_stage = hm.find_published(tree, meta, ld, canonical or url, lang,
                                              crawled=crawled)
    if published is None and url and canonical and url != canonical:
        published = hm.url_date(url)
    description = hm.find_description(meta)
    paragraphs = _body(tree, canonical or url)
    while paragraphs and (
        (title and hm.norm_key(paragraphs[0]) == hm.norm_key(title)) or is_dateline(paragraphs[0])
    ):
        paragraphs = paragraphs[1:]
    if paragraphs:
        lead, rest = paragraphs[0], tuple(paragraphs[1:])
    else:
        lead, rest = description, ()
    if not (title or lead or rest):
        raise InputError("no text found in the page", code="empty")
    extra: dict[str, str] = {}
    if date_stage:
        extra["date_from"] = date_stage
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
              http_charset: str | None = None, fmt: str = "html",
              crawled: str | None = None) -> Article:
    """Read one web page (bytes, possibly gzipped). Raises InputError (empty, decode, parse).

    ``http_charset`` is the HTTP/WARC Content-Type charset when known; ``fmt`` the
    ``Source.format`` to record (``warc`` for archive records); ``crawled`` the fetch time
    (WARC-Date, ISO 8601) that relative bylines ("Bugun, 13:09") are read against.
    """
    data = maybe_gunzip(data)
    sha = hashlib.sha256(data).hexdigest()  # of the page itself, gzipped or not
    if len(data) > MAX_BYTES:
        raise InputError(f"page larger than {MAX_BYTES} bytes", code="too_large")
    if not data.strip():
        raise InputError("empty input: no bytes to read", code="empty")
    text, encoding = decode_html(data, http_charset)
    tree = parse_html(text)
    if tree is None:
        raise InputError("not parseable as HTML", code="parse")
    source = Source(path=path, format=fmt, sha256=sha, encoding=encoding, url=url)
    return article_from_tree(tree, source, url, crawled)


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
