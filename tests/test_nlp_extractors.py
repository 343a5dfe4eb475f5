"""The spaCy-free entity stage gives the spaCy pipelines' mentions, and only for pipelines
that are extractors plus the resolver."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.entities.base import Mention
from pipeline.nlp import build_nlp, load_nlp, nlp_dir
from pipeline.nlp.components import doc_to_mentions
from pipeline.nlp.extractors import LABEL_PRIORITY, load_extractors, read_pipeline, resolve_overlaps

ROOT = Path(__file__).resolve().parents[1]

TEXTS = [
    ("uz", "uz-Cyrl", "2025 йилда “Шарқ Нури” АЖ Хитойга қарийб 2,4 млрд сўмлик маҳсулот жўнатди, "
                      "деди Анвар Тошматов Самарқандда."),
    ("uz", "uz-Latn", "Oʻtgan yili “Yashil Vodiy” MChJ Turkiyaga 3,5 million dollarlik meva eksport "
                      "qildi, dedi Dilshod Karimov Namanganda."),
    ("ru", "ru", "В марте 2024 года АО «Северный Ветер» поставило в Казахстан товары на 1,7 млрд "
                 "рублей, сообщил Игорь Смирнов в Новосибирске."),
    ("en", "en", "In May 2023 Blue River Ltd shipped $4.2 million of cotton to Germany, "
                 "said John Miller in Samarkand."),
    ("kk", "kk", "2024 жылғы 15 наурызда Алматыда Германия елшісі Петр Иванов сөз сөйледі."),
]


def _doc_mentions(lang: str, text: str, tag: str):
    nlp = load_nlp(lang)
    doc = nlp.make_doc(text)
    doc._.presspipe_tag = tag
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc_to_mentions(doc)


@pytest.mark.parametrize("lang,tag,text", TEXTS)
def test_same_mentions_as_the_spacy_pipeline(lang, tag, text):
    extractors = load_extractors(lang)
    assert extractors is not None
    found = extractors(text, tag)
    assert found, "the example should hold mentions"
    assert found == _doc_mentions(lang, text, tag)


def test_other_pipelines_are_left_to_spacy(tmp_path):
    nlp = build_nlp("en")
    nlp.add_pipe("sentencizer", first=True)
    nlp.to_disk(tmp_path / "extra")
    assert read_pipeline(tmp_path / "extra") is None
    nlp.remove_pipe("sentencizer")
    nlp.to_disk(tmp_path / "plain")
    assert read_pipeline(tmp_path / "plain") is not None
    assert read_pipeline(tmp_path / "missing") is None
    assert read_pipeline(nlp_dir("en")) is not None


def test_a_batch_does_not_import_spacy():
    code = (
        "import sys\n"
        "from pipeline import batch\n"
        "batch.warm_up()\n"
        "print('spacy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


_SPANS = st.lists(
    st.tuples(st.sampled_from([*LABEL_PRIORITY, "OTHER"]), st.integers(0, 40), st.integers(0, 8)),
    max_size=14,
)


def _rank(m: Mention) -> tuple[int, int, int]:
    return (-(m.end - m.start), LABEL_PRIORITY.get(m.label, 99), m.start)


def _overlap(a: Mention, b: Mention) -> bool:
    return not (a.end <= b.start or a.start >= b.end)


@given(_SPANS)
def test_resolution_keeps_a_flat_reading_greedily_by_rank(spans):
    """Kept mentions never overlap, come in text order, and each dropped mention overlaps a
    kept one that ranks before it (longer, then by label priority, then earlier)."""
    mentions = [Mention(label, a, a + n, "x" * n) for label, a, n in spans]
    kept = resolve_overlaps(mentions)
    assert kept == sorted(kept, key=lambda m: (m.start, m.end))
    assert not any(_overlap(a, b) for i, a in enumerate(kept) for b in kept[i + 1:])
    for m in mentions:
        if m not in kept:
            assert any(_overlap(m, k) and _rank(k) <= _rank(m) for k in kept)
