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
