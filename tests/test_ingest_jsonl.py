"""JSON Lines: one article per line, configurable fields, a bad line is one failure."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import read_input
from pipeline.ingest.article import Article, Failure
from pipeline.ingest.jsonl import field_map

FIX = Path(__file__).parent / "fixtures" / "ingest"


def test_lines_become_articles_and_bad_lines_failures() -> None:
    items = list(read_input(FIX / "releases.jsonl"))
    kinds = [(type(i).__name__, i.extra["index"] if isinstance(i, Article) else i.index) for i in items]
    # line 3 is broken JSON, line 4 blank (skipped), line 5 not an object, line 6 empty
    assert kinds == [("Article", "0"), ("Article", "1"), ("Failure", 2), ("Failure", 4),
                     ("Failure", 5), ("Article", "6")]
    broken, not_obj, empty = items[2], items[3], items[4]
    assert broken.code == "parse" and "line 3" in broken.message
    assert not_obj.code == "parse" and "list" in not_obj.message
    assert empty.code == "empty"


def test_default_field_names() -> None:
    uz, ru, _, _, _, epoch = list(read_input(FIX / "releases.jsonl"))
    assert uz.title == "Savdo hajmi oshdi" and uz.lead == "Toshkent, 12-noyabr."
    assert uz.paragraphs == ("Savdo hajmi 5 milliard dollarga yetdi.", "Eksport 12 foizga oshdi.")
    assert uz.published == "2025-11-12"  # "12-noyabr, 2025" through the project's date parser
    assert uz.lang_hint == "uz-Latn" and uz.source.url == "https://example.uz/a/1"
    assert uz.source.format == "jsonl"
    # headline/body/published_at; an HTML body is split into paragraphs; local date kept
    assert ru.title == "Экспорт вырос" and ru.lead == "Экспорт вырос на 12%."
    assert ru.paragraphs == ("Это рекорд.",) and ru.published == "2025-11-13"
    assert epoch.published == "2025-11-12"


def test_custom_field_mapping() -> None:
    data = b'{"h": "Title", "payload": {"txt": "Lead.\\nBody."}, "when": "16.08.2021"}\n'
    fields = {"title": "h", "text": "payload.txt", "date": ["missing", "when"]}
    (art,) = read_input(Path("x.jsonl"), data, jsonl_fields=fields)
    assert (art.title, art.lead, art.paragraphs, art.published) == ("Title", "Lead.", ("Body.",), "2021-08-16")
    with pytest.raises(ValueError):
        field_map({"bogus": "x"})


def test_non_utf8_line_is_one_failure() -> None:
    data = '{"text": "ok"}\n'.encode() + '{"text": "Привет"}\n'.encode("cp1251")
    ok, bad = read_input(Path("x.jsonl"), data)
    assert isinstance(ok, Article) and isinstance(bad, Failure) and bad.code == "decode" and bad.index == 1


def test_json_array_export() -> None:
    data = '[{"title": "Bir", "text": "Matn bir."}, {"title": "Ikki", "text": "Matn ikki."}, 3]'.encode()
    one, two, bad = read_input(Path("export.json"), data)
    assert (one.title, two.title, two.extra["index"]) == ("Bir", "Ikki", "1")
    assert isinstance(bad, Failure) and bad.index == 2 and bad.code == "parse"
