"""NumericExtractor inside the generic spaCy component: runs, saves and reloads offline."""
from __future__ import annotations

import sys

import spacy

from pipeline.nlp import components  # noqa: F401  (registers the factories)
from pipeline.nlp.components import doc_to_mentions
from tests.numeric_cases import canon_all

TEXT = "Товарооборот вырос в 3,3 раза и превысил 6,1 млрд долларов в январе–сентябре 2025 года."
EXPECTED = (
    "MULTIPLIER[в 3,3 раза]=3.3 | MONEY[превысил 6,1 млрд долларов]=6100000000 USD gt"
    " | DATE[январе–сентябре 2025 года]=2025-01/2025-09"
)


def _nlp():
    nlp = spacy.blank("ru")
    nlp.add_pipe("presspipe_extractor", name="numeric", config={"kind": "numeric"})
    nlp.add_pipe("presspipe_resolver", name="resolver")
    nlp.initialize()
    return nlp


def test_component_finds_mentions() -> None:
    doc = _nlp()(TEXT)
    assert canon_all(doc_to_mentions(doc)) == EXPECTED


def test_component_round_trip_needs_no_language_data(tmp_path, monkeypatch) -> None:
    _nlp().to_disk(tmp_path / "nlp")
    monkeypatch.setitem(sys.modules, "babel", None)  # a reload must not build tables again

    def no_files(tag: str, name: str):
        raise AssertionError(f"read {tag}/{name} after loading a saved pipeline")

    monkeypatch.setattr("pipeline.langdata.loader._lines", no_files)
    from pipeline.langdata import loader
    from pipeline.entities import months

    loader.table.cache_clear()  # so a cached table cannot hide a read
    loader.word_list.cache_clear()
    months.default_month_tables.cache_clear()
    loaded = spacy.load(tmp_path / "nlp")
    assert canon_all(doc_to_mentions(loaded(TEXT))) == EXPECTED
