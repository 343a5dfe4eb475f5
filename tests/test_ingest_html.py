"""Web pages: title, date, language, encoding and body on real pages (tests/fixtures/html)."""
from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest import extract_html, read_input
from pipeline.ingest.article import Article
from pipeline.ingest.charset import decode_html
from pipeline.ingest.html import read_html

FIX = Path(__file__).parent / "fixtures"
CASES = json.loads((Path(__file__).parent / "cases" / "ingest_html.json").read_text("utf-8"))
GOLD = json.loads((FIX / "html" / "gold.json").read_text("utf-8"))


def _only(path: Path, data: bytes | None = None) -> Article:
    items = list(read_input(path, data))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, id=c["label"], marks=[pytest.mark.xfail(strict=True)] if c["status"] == "xfail" else [])
     for c in CASES],
)
def test_page_cases(case: dict) -> None:
    art = _only(FIX / case["file"])
    exp = case["expect"]
    assert art.source.format == "html"
    for key in ("title", "published", "lang_hint"):
        if key in exp:
            assert getattr(art, key) == exp[key], key
    if "encoding" in exp:
        assert art.source.encoding == exp["encoding"]
    if "lead_startswith" in exp:
        assert art.lead.startswith(exp["lead_startswith"])
    if "n_paragraphs" in exp:
        assert len(art.paragraphs) == exp["n_paragraphs"]
    if "description" in exp:
        assert art.extra["description"] == exp["description"]


def _shingle_f1(gold: str, pred: str, n: int = 4) -> float:
    def sh(text: str) -> Counter[str]:
        t = re.findall(r"\w+", text)
        return Counter(" ".join(t[i : i + n]) for i in range(max(1, len(t) - n + 1)))

    g, p = sh(gold), sh(pred)
    tp = sum((g & p).values())
    if not tp:
        return 0.0
    prec, rec = tp / sum(p.values()), tp / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def _body(art: Article) -> str:
    return "\n".join([art.lead, *art.paragraphs])


@pytest.mark.parametrize("name", [k for k, v in GOLD.items() if "articleBody" in v])
def test_body_matches_benchmark_gold(name: str) -> None:
    art = _only(FIX / "html" / name)
    assert _shingle_f1(GOLD[name]["articleBody"], _body(art)) >= 0.9


def test_undeclared_cp1251_page_reads_like_the_utf8_original() -> None:
    """The AEB Russian page re-encoded to cp1251 with its charset declaration removed."""
    name = "aeb-c4a3637c6696.html.gz"
    original = gzip.decompress((FIX / "html" / name).read_bytes())
    stripped = re.sub(rb"<meta[^>]*charset[^>]*>", b"", original, flags=re.I)
    assert b"charset" not in stripped.lower()[:5000]
    legacy = stripped.decode("utf-8").encode("cp1251", errors="xmlcharrefreplace")
    with pytest.raises(UnicodeDecodeError):
        legacy.decode("utf-8")
    art = read_html(legacy, "x.html", url=GOLD[name]["url"])
    ref = read_html(original, "y.html", url=GOLD[name]["url"])
    assert art.source.encoding == "cp1251"
    assert art.title == ref.title
    assert _shingle_f1(_body(ref), _body(art)) >= 0.95
    assert _shingle_f1(GOLD[name]["articleBody"], _body(art)) >= 0.9


@pytest.mark.parametrize("codec", ["koi8-r", "cp1251"])
def test_undeclared_koi8r_and_cp1251_short_pages(codec: str) -> None:
    text = ("<html><body><h1>Новости экономики</h1><p>Объём экспорта вырос на двадцать процентов "
            "и достиг рекордного уровня, сообщили в министерстве.</p></body></html>")
    decoded, used = decode_html(text.encode(codec))
    assert used == codec and decoded == text


def test_http_charset_beats_a_wrong_meta_declaration() -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>Привет, мир и всё такое</p></body></html>'
    data = page.encode("koi8-r")
    text, codec = decode_html(data, "koi8-r")
    assert codec == "koi8-r" and "Привет" in text
    # without the HTTP charset the (wrong) meta is skipped because it does not decode
    text2, codec2 = decode_html(data)
    assert "Привет" in text2


def test_meta_http_equiv_and_bom() -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            '</head><body><p>Тошкент</p></body></html>')
    assert decode_html(page.encode("cp1251"))[1] == "cp1251"
    assert decode_html(b"\xef\xbb\xbf<p>\xd0\xa2</p>") == ("<p>Т</p>", "utf-8")
    assert decode_html("<p>Salom</p>".encode("utf-16-le").join([b"\xff\xfe", b""]))[1] == "utf-16-le"


def test_extract_html_library_call_on_a_string() -> None:
    html = (FIX / "ingest" / "uz-latn-release.html").read_text("utf-8")
    art = extract_html(html, url="https://example.uz/uz/news/eksport-oshdi?utm=x")
    assert art.title == "Oʻzbekiston eksporti 20 foizga oshdi"
    assert art.published == "2025-11-12"
    assert art.source.url == "https://example.uz/uz/news/eksport-oshdi"  # canonical, resolved
    assert art.extra["hreflang"] == "ru=https://example.uz/ru/news/eksport-vyros"
    assert art.extra["fetched_url"].endswith("?utm=x")


def test_gzipped_page_has_the_sha_of_the_page_itself() -> None:
    path = FIX / "html" / "trafilatura-tf0577.html.gz"
    page = gzip.decompress(path.read_bytes())
    art = _only(path)
    assert art.source.sha256 == hashlib.sha256(page).hexdigest()
    assert _only(Path("same.html"), page).source.sha256 == art.source.sha256


@pytest.mark.parametrize("page, code", [
    (b"", "empty"),
    (b"<html><head></head><body><script>var a=1;</script></body></html>", "empty"),
])
def test_pages_without_text_fail_with_a_code(page: bytes, code: str) -> None:
    with pytest.raises(InputError) as err:
        read_html(page)
    assert err.value.code == code
    (item,) = read_input(Path("blank.html"), page)
    assert item.code == code


def _page(head: str, body: str) -> str:
    para = "<p>" + "Матбуот хизмати хабар беришича, экспорт ҳажми ошди ва янги бозорлар очилди. " * 4 + "</p>"
    return f"<html><head>{head}</head><body><h1>Экспорт ҳажми ошди</h1>{body}{para}{para}</body></html>"


@pytest.mark.parametrize("url, head, body, expected", [
    # a UTC timestamp on a .uz site is read in Tashkent time (21:30Z = 02:30 next day)
    ("https://gazeta.uz/uz/2025/news/1", '<meta property="article:published_time" content="2025-11-11T21:30:00Z">',
     "", "2025-11-12"),
    # an explicit offset is kept as written
    ("https://example.com/news/1", '<meta property="article:published_time" content="2025-11-12T02:30:00+05:00">',
     "", "2025-11-12"),
    # Uzbek Cyrillic month name in a byline, no markup date
    (None, "", '<div class="post-date">12 ноябрь 2025, 13:09</div>', "2025-11-12"),
    # Russian genitive month name
    (None, '<meta http-equiv="content-language" content="ru">', '<span class="news-date">5 декабря 2024 г.</span>',
     "2024-12-05"),
    # the URL's date wins over a teaser date
    ("https://kun.uz/news/2025/11/12/eksport", "", '<aside><span class="date">01.01.2020</span></aside>',
     "2025-11-12"),
])
def test_publication_dates(url: str | None, head: str, body: str, expected: str) -> None:
    assert extract_html(_page(head, body), url=url).published == expected


def test_oz_language_tag_is_uzbek_latin() -> None:
    html = '<html lang="oz"><body><h1>Sarlavha matni</h1><p>' + "Matn boʻlimi. " * 30 + "</p></body></html>"
    assert extract_html(html).lang_hint == "uz-Latn"


@pytest.mark.parametrize("declared", ["windows-1251", "koi8-r", "iso-8859-1"])
def test_stale_legacy_declaration_on_a_utf8_page(declared: str) -> None:
    page = f'<html><head><meta charset="{declared}"></head><body><p>Привет, Тошкент</p></body></html>'
    text, codec = decode_html(page.encode("utf-8"))
    assert codec == "utf-8" and "Привет, Тошкент" in text
    text, codec = decode_html(page.encode("utf-8"), declared)
    assert codec == "utf-8" and "Привет, Тошкент" in text


def test_undeclared_western_page_is_not_read_as_cyrillic() -> None:
    page = ("<html><body><p>eBay-Individuallösungen: die Anbindung eines kostengünstigen und "
            "leistungsfähigen Onlineshop-Systems für Existenzgründer und mittelständische "
            "Unternehmen.</p></body></html>")
    text, codec = decode_html(page.encode("cp1252"))
    assert codec == "cp1252" and "kostengünstigen" in text
