"""WARC/ARC web archives (warcio, streaming, gzip per record).

Every ``response`` record with an HTML payload becomes an article with the record's
target URL, date and HTTP charset. Other records (requests, metadata, images, PDFs,
redirects) are counted in ``counts``, not failed.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import InputError
from .article import Article, Failure, Source
from .charset import charset_from_content_type
from .html import read_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_PAYLOAD = 20_000_000


def _is_html(content_type: str, payload_head: bytes) -> bool:
    ctype = content_type.split(";")[0].strip().lower()
    if ctype in _HTML_TYPES:
        return True
    if ctype and ctype not in ("text/plain", "application/octet-stream", "unknown/unknown"):
        return False
    head = payload_head[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def read_warc(stream: BinaryIO, path: str | None = None,
              counts: Counter[str] | None = None) -> Iterator[Article | Failure]:
    """Yield one Article or Failure per HTML response record, ``index`` = record position
    in the archive from 0. ``counts`` (when given) receives ``records``, ``html``,
    ``skipped_<type>``, ``skipped_non_html``, ``skipped_status``."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    counts = counts if counts is not None else Counter()
    index = -1
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            index += 1
            counts["records"] += 1
            if record.rec_type != "response":
                counts[f"skipped_{record.rec_type}"] += 1
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            warc_date = record.rec_headers.get_header("WARC-Date") or ""
            http = record.http_headers
            if http is not None:
                status = http.get_statuscode() or ""
                if not status.startswith("2"):
                    counts["skipped_status"] += 1
                    continue
                ctype = http.get_header("Content-Type") or ""
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            payload = record.content_stream().read(MAX_PAYLOAD + 1)
            if not _is_html(ctype, payload):
                counts["skipped_non_html"] += 1
                continue
            counts["html"] += 1
            if len(payload) > MAX_PAYLOAD:
                yield Failure(path, "too_large", f"record {index}: payload over {MAX_PAYLOAD} bytes",
                              index=index)
                continue
            try:
                art = read_html(payload, path, url=url, http_charset=charset_from_content_type(ctype),
                                fmt="warc", crawled=warc_date or None)
            except InputError as exc:
                yield Failure(path, exc.code, f"record {index} ({url}): {exc.message}", index=index)
                continue
            except Exception as exc:  # noqa: BLE001 - one bad page must not stop the archive
                yield Failure(path, "parse", f"record {index} ({url}): {type(exc).__name__}: {exc}",
                              index=index)
                continue
            extra = dict(art.extra, index=str(index), warc_date=warc_date)
            if url and art.source.url != url:
                extra["fetched_url"] = url
            published = art.published or (warc_date[:10] if len(warc_date) >= 10 else None)
            if art.published is None and published:
                extra["published_from"] = "warc_date"
            yield Article(
                source=Source(path=path, format="warc", sha256=hashlib.sha256(payload).hexdigest(),
                              encoding=art.source.encoding, url=art.source.url or url),
                title=art.title, lead=art.lead, paragraphs=art.paragraphs,
                published=published, lang_hint=art.lang_hint, extra=extra,
            )
    except ArchiveLoadFailed as exc:
        yield Failure(path, "parse", f"not a readable WARC/ARC archive after {index + 1} "
                                     f"records: {exc}", index=index + 1 if index >= 0 else None)
