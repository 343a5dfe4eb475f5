"""WARC archives built with warcio: HTML responses become articles, the rest is counted."""
from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.ingest import read_input
from pipeline.ingest.article import Article, Failure

FIX = Path(__file__).parent / "fixtures" / "ingest"


def _response(writer: WARCWriter, url: str, body: bytes, ctype: str, status: str = "200 OK",
              date: str = "2021-08-17T10:00:00Z") -> None:
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                    warc_headers_dict={"WARC-Date": date})
    writer.write_record(rec)


def build_warc(gzip: bool) -> bytes:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gzip)
    w.write_record(w.create_warcinfo_record("test.warc", {"software": "presspipe-test"}))
    # 1: an undeclared cp1251 page; only the HTTP header names the charset
    _response(w, "https://example.ru/news/1", (FIX / "ru-cp1251-release.html").read_bytes(),
              "text/html; charset=windows-1251")
    # 2: a request record
    req = w.create_warc_record("https://example.ru/news/1", "request",
                               payload=io.BytesIO(b"GET /news/1 HTTP/1.1\r\nHost: example.ru\r\n\r\n"))
    w.write_record(req)
    # 3: an image
    _response(w, "https://example.ru/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
    # 4: a 404 page
    _response(w, "https://example.ru/missing", b"<html><body>Not found</body></html>", "text/html",
              status="404 Not Found")
    # 5: a UTF-8 page without a date of its own: the record's date is used
    page = (b"<html><head><title>Yangilik</title></head><body><h1>Yangilik sarlavhasi</h1>"
            b"<p>" + "Bu yangilik matni, u yetarlicha uzun boʻlishi kerak. ".encode() * 6 + b"</p></body></html>")
    _response(w, "https://example.uz/news/2", page, "text/html; charset=utf-8",
              date="2025-11-12T21:45:00Z")
    # 6: an HTML response with no text at all
    _response(w, "https://example.uz/blank", b"<html><body></body></html>", "text/html")
    return buf.getvalue()


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_html_responses_become_articles(gzip: bool, tmp_path: Path) -> None:
    data = build_warc(gzip)
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    path.write_bytes(data)
    counts: Counter[str] = Counter()
    items = list(read_input(path, counts=counts))  # streamed from disk
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Failure"]
    ru, uz, blank = items
    assert isinstance(ru, Article) and isinstance(uz, Article) and isinstance(blank, Failure)
    assert ru.source.format == "warc" and ru.source.encoding == "cp1251"
    assert ru.source.url == "https://example.ru/news/1"
    assert ru.title == "Экспорт Узбекистана вырос на 20%"
    assert ru.published == "2021-08-16"  # the page's own date beats the crawl date
    assert ru.extra["index"] == "1" and ru.extra["warc_date"] == "2021-08-17T10:00:00Z"
    assert uz.published == "2025-11-12" and uz.extra["published_from"] == "warc_date"
    assert uz.extra["index"] == "5"
    assert blank.index == 6 and blank.code == "empty"
    assert counts["records"] == 7 and counts["html"] == 3
    assert counts["skipped_non_html"] == 1 and counts["skipped_status"] == 1
    assert counts["skipped_request"] == 1 and counts["skipped_warcinfo"] == 1
    # the same archive given as bytes reads the same
    again = list(read_input(path, data))
    assert [a.source.sha256 for a in again if isinstance(a, Article)] == \
        [a.source.sha256 for a in items if isinstance(a, Article)]


def test_truncated_archive_keeps_what_was_read() -> None:
    data = build_warc(gzip=False)
    cut = data[: data.index(b"https://example.ru/logo.png") + 200]
    items = list(read_input(Path("cut.warc"), cut))
    assert isinstance(items[0], Article)
    assert all(isinstance(i, (Article, Failure)) for i in items)


def build_arc() -> bytes:
    """An ARC v1 file: the filedesc header record, then one HTTP response."""
    version = b"1 0 InternetArchive\nURL IP-address Archive-date Content-type Archive-length\n"
    out = b"filedesc://crawl.arc 0.0.0.0 20210817100000 text/plain %d\n" % len(version) + version + b"\n"
    page = (FIX / "ru-cp1251-release.html").read_bytes()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1251\r\n\r\n" + page
    out += b"https://example.ru/news/1 10.0.0.1 20210817100000 text/html %d\n" % len(http) + http + b"\n"
    return out


def test_arc_archive() -> None:
    counts: Counter[str] = Counter()
    items = list(read_input(Path("crawl.arc"), build_arc(), counts=counts))
    arts = [i for i in items if isinstance(i, Article)]
    assert len(arts) == 1, items
    assert arts[0].title == "Экспорт Узбекистана вырос на 20%"
    assert arts[0].source.url == "https://example.ru/news/1" and arts[0].source.encoding == "cp1251"


def test_relative_byline_is_read_against_the_crawl_date_in_tashkent_time() -> None:
    """Crawled 2025-11-12 21:45 UTC = 2025-11-13 02:45 in Tashkent: "Bugun" is the 13th."""
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    page = ('<html lang="oz"><body><h1>Yangi zavod ishga tushirildi</h1>'
            '<div class="news-date">Bugun, 02:10</div><p>'
            + "Samarqand viloyatida yangi toʻqimachilik zavodi ishga tushirildi va 500 ish oʻrni yaratildi. " * 4
            + "</p></body></html>").encode()
    _response(w, "https://example.uz/oz/news/zavod", page, "text/html; charset=utf-8",
              date="2025-11-12T21:45:00Z")
    (art,) = read_input(Path("day.warc.gz"), buf.getvalue())
    assert art.published == "2025-11-13" and art.extra["date_from"] == "textual"
    assert art.lang_hint == "uz-Latn"
