"""RSS/Atom feeds: one article per entry, full text from content:encoded, local dates."""
from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.ingest import read_input
from pipeline.ingest.article import Article, Failure
from pipeline.ingest.feed import item_chunks

FIX = Path(__file__).parent / "fixtures" / "ingest"


def test_rss_entries_become_articles_with_index() -> None:
    items = list(read_input(FIX / "press.rss"))
    assert len(items) == 3
    first, second, third = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.source.format == "feed" and first.source.encoding == "utf-8"
    assert first.title == "Oʻzbekiston va Qozogʻiston savdo hajmi 5 milliard dollarga yetdi"
    # full text from content:encoded, split at <p> and <br>, <script> dropped
    assert first.lead.startswith("Toshkent, 12-noyabr.")
    assert first.paragraphs == ("Bu oʻtgan yilga nisbatan 12 foizga koʻp.",
                                "Eksport tarkibida toʻqimachilik ustun.")
    assert first.extra["body_from"] == "content"
    assert first.extra["description"] == "Qisqacha: savdo hajmi oʻsdi."
    assert first.source.url == "https://example.uz/news/2025/11/12/savdo"
    assert first.lang_hint == "uz-Latn"
    assert [first.extra["index"], second.extra["index"]] == ["0", "1"]
    # the third entry has neither title nor text: one failure, with its index
    assert isinstance(third, Failure) and third.index == 2 and third.code == "empty"


def test_tashkent_early_morning_item_keeps_its_local_date() -> None:
    """02:30 +0500 is the previous day in UTC; the release date is the local one."""
    first = next(iter(read_input(FIX / "press.rss")))
    assert first.extra["date_raw"] == "Wed, 12 Nov 2025 02:30:00 +0500"
    assert first.published == "2025-11-12"


def test_summary_is_the_text_when_there_is_no_content() -> None:
    second = list(read_input(FIX / "press.rss"))[1]
    assert second.extra["body_from"] == "summary"
    assert second.lead == "Жорий йилнинг ўн ойида 1,2 миллиард долларлик мева-сабзавот экспорт қилинди."
    assert second.published == "2025-11-13"


def test_each_entry_hashes_its_own_bytes() -> None:
    data = (FIX / "press.rss").read_bytes()
    chunks = item_chunks(data)
    items = list(read_input(FIX / "press.rss"))
    assert items[0].source.sha256 == hashlib.sha256(chunks[0]).hexdigest()
    assert items[0].source.sha256 != items[1].source.sha256


def test_atom_feed_with_html_content_and_language() -> None:
    (art,) = read_input(FIX / "releases.atom")
    assert isinstance(art, Article)
    assert art.title == "Россия и Узбекистан подписали соглашение"
    assert art.lead == "Москва, 12 ноября 2025 года. Стороны подписали соглашение на 3,3 млрд рублей."
    assert art.paragraphs == ("Документ вступает в силу в январе.",)
    assert art.published == "2025-11-12"  # published, not updated; 01:15 +05:00 stays local
    assert art.lang_hint == "ru"
    assert art.source.url == "https://example.ru/press/1"


def test_xml_that_is_not_a_feed_fails_cleanly() -> None:
    items = list(read_input(Path("broken.rss"), b"<rss><channel><item><title>x</ti"))
    assert items and all(isinstance(i, (Article, Failure)) for i in items)
    items = list(read_input(Path("nothing.rss"), b'<?xml version="1.0"?><rss><channel></channel></rss>'))
    assert len(items) == 1 and isinstance(items[0], Failure) and items[0].code in ("empty", "parse")


def test_utc_pubdate_becomes_the_publishers_local_date() -> None:
    """An RSS date in GMT from a .uz site: 21:30 GMT is 02:30 next day in Tashkent."""
    rss = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>K</title>
    <item><title>Yangilik</title><link>https://kun.uz/news/2025/11/12/x</link>
    <pubDate>Tue, 11 Nov 2025 21:30:00 GMT</pubDate><description>Matn.</description></item>
    <item><title>News</title><link>https://example.com/x</link>
    <pubDate>Tue, 11 Nov 2025 21:30:00 GMT</pubDate><description>Text.</description></item>
    </channel></rss>"""
    uz, com = read_input(Path("k.rss"), rss)
    assert uz.published == "2025-11-12"  # Tashkent
    assert com.published == "2025-11-11"  # no known country: the date as written
