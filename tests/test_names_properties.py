"""Property tests: any text gives exact, non-overlapping offsets and JSON-ready values."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.entities.names import NameExtractor

EXTRACTOR = NameExtractor()
PIECES = [
    "Ўзбекистонга", "Хитойга", "БААда", "АҚШ", "доллари", "“", "”", "«", "»", '"', "'", "ʻ", "’",
    "МЧЖ", "АЖ", "компанияси", "вазирлиги", "Тошкент", "вилояти", "тумани", "Сергей", "Собянин",
    "нинг", "га", "Oʻzbekiston", "Qozogʻistonga", "AQSH", "dollari", "MCHJ", "kompaniyasi",
    "Toshkent", "viloyatida", "Laziz", "Saidov", "Казахстана", "США", "ООО", "Министерство",
    "экономики", "Ташкентской", "области", "the", "USA", "Ministry", "of", "Energy", "JSC",
    "Bank", "and", "Kun.uz", "(", ")", ",", ".", " ", " ", " ", "-", "\n", "Ш.", "Sh.", "2025",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from(["uz-Cyrl", "uz-Latn", "ru", "en"]))
def test_offsets_exact_and_flat(pieces: list[str], tag: str) -> None:
    text = "".join(pieces)
    found = EXTRACTOR.extract(text, tag)
    last_end = 0
    for m in found:
        assert text[m.start:m.end] == m.text and m.text
        assert m.start >= last_end
        last_end = m.end
        assert m.label in EXTRACTOR.labels
        json.dumps(m.value)
        assert ("iso" in m.value) == (m.label == "COUNTRY")
        if m.label != "COUNTRY":
            assert m.value["name"].strip()


def _plain_longest(scan, i: int, keys: dict, max_words: int, hyphens: bool) -> tuple | None:
    """The plain definition of Scan.longest_phrase: every length tried, longest first."""
    from pipeline.entities.morph import fold

    for n in range(min(max_words, len(scan.tokens) - i), 0, -1):
        last = i + n - 1
        if any(not scan.adjacent(k, k + 1) and not (hyphens and scan.gap(k, k + 1) == "-")
               for k in range(i, last)):
            continue
        head = " ".join(scan.folded[i:last])
        for stem in scan.stems(last):
            key = fold(f"{head} {stem}" if head else stem)
            if key in keys:
                return last, keys[key]
    return None


PLACE_PIECES = PIECES + ["Россия", "Федерациясининг", "Буюк", "Британия", "Соединённые", "Штаты",
                         "Америки", "Saudiya", "Arabistoni", "Нью-Йорк", "Санкт", "Петербург",
                         "Republic", "Korea", "Qoʻshma", "shtatlar", "Ош", "Ошда"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PLACE_PIECES), max_size=25), st.sampled_from(["uz-Cyrl", "uz-Latn", "ru", "en"]))
def test_indexed_longest_phrase_matches_the_plain_definition(pieces: list[str], tag: str) -> None:
    from pipeline.entities.scan import Scan

    lex = EXTRACTOR.lexicon
    scan = Scan(" ".join(pieces), tag, lex)
    for keys, size, hyphens in ((lex.countries.get(tag, {}), lex.max_country_words, True),
                                (lex.locations.get(tag, {}), lex.max_location_words, False)):
        for i in range(len(scan.tokens)):
            assert scan.longest_phrase(i, keys, size, hyphens=hyphens) == \
                _plain_longest(scan, i, keys, size, hyphens)
