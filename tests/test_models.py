"""The committed spaCy pipelines in models/nlp load offline and match the language data."""
from __future__ import annotations

import json

import pytest
import spacy

from pipeline.nlp import EXTRACTOR_KINDS, PIPELINE_LANGS, build_nlp, nlp_dir
from pipeline.nlp.components import doc_to_mentions


@pytest.mark.parametrize("lang", PIPELINE_LANGS)
def test_committed_pipeline_is_current(lang):
    """Rebuild in memory and compare with models/nlp (stale: run python -m pipeline.build)."""
    fresh = build_nlp(lang)
    for kind in EXTRACTOR_KINDS:
        saved = json.loads((nlp_dir(lang) / kind / "tables.json").read_text(encoding="utf-8"))
        current = json.loads(json.dumps(fresh.get_pipe(kind).extractor.tables))
        if saved != current:  # compact message: these tables are large
            keys = sorted(k for k in set(saved) | set(current) if saved.get(k) != current.get(k))
            pytest.fail(f"models/nlp/{lang}/{kind} is stale in {keys}: run python -m pipeline.build")


def test_round_trip_through_disk_gives_the_same_mentions(tmp_path):
    nlp = build_nlp("uz")
    nlp.to_disk(tmp_path / "uz")
    loaded = spacy.load(tmp_path / "uz")
    assert loaded.pipe_names == ["numeric", "names", "resolver"]
    text = "2025 йилда “Ўзбекнефтгаз” АЖ Хитойга қарийб 1,3 млрд АҚШ доллари миқдорида маҳсулот экспорт қилди."

    def mentions(model):
        doc = model.make_doc(text)
        doc._.presspipe_tag = "uz-Cyrl"
        for _, proc in model.pipeline:
            doc = proc(doc)
        return doc_to_mentions(doc)

    found = mentions(loaded)
    assert found == mentions(nlp)
    labels = {(m.label, m.text) for m in found}
    assert ("MONEY", "қарийб 1,3 млрд АҚШ доллари") in labels
    assert ("COUNTRY", "Хитойга") in labels
    assert not any(m.label == "COUNTRY" and m.text == "АҚШ" for m in found)
    doc = loaded.make_doc(text)
    doc._.presspipe_tag = "uz-Cyrl"
    for _, proc in loaded.pipeline:
        doc = proc(doc)
    spans = {(s.label_, s.text) for s in doc.spans["presspipe"]}  # token-aligned, for spaCy users
    assert ("COUNTRY", "Хитойга") in spans


def test_loading_a_component_without_tables_fails_clearly(tmp_path):
    nlp = build_nlp("en")
    nlp.to_disk(tmp_path / "en")
    (tmp_path / "en" / "numeric" / "tables.json").unlink()
    with pytest.raises(ValueError, match="no tables.json"):
        spacy.load(tmp_path / "en")
