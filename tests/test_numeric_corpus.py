"""Quality floor of NumericExtractor on the corpus gold files (corpus/*.gold.json).

A system mention is right when its text and value equal a gold item's (MONEY: amount,
amount_max and currency; PERCENT/MULTIPLIER: value; DATE: iso), counted as multisets.
"""
from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.entities.numeric import NumericExtractor
from pipeline.normalize import normalize_paragraph

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
GOLD = {"money": "MONEY", "percentages": "PERCENT", "multipliers": "MULTIPLIER", "dates": "DATE"}
# the targets on held-out releases; the corpus must not fall below them
FLOORS = {"MONEY": 0.90, "PERCENT": 0.95, "MULTIPLIER": 0.85, "DATE": 0.85}


def _num(x: object) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _gold(gold: dict) -> Counter:
    out: Counter = Counter()
    for key, label in GOLD.items():
        for it in gold.get(key, []):
            if label == "MONEY":
                v = (_num(it["value"]), _num(it["value_max"]) if it.get("value_max") else None, it["currency"])
            elif label == "DATE":
                v = it["iso"]
            else:
                v = _num(it["value"])
            out[(label, normalize_paragraph(it["text"])[0], v)] += 1  # as the pipeline sees it
    return out


def _system(mentions) -> Counter:
    out: Counter = Counter()
    for m in mentions:
        v = m.value
        if m.label == "MONEY":
            val = (v["amount"], v["amount_max"], v["currency"])
        elif m.label == "DATE":
            val = v["iso"]
        else:
            val = v["value"]
        out[(m.label, m.text, val)] += 1
    return out


def _tag(gold: dict) -> str:
    if gold["lang"] == "uz":
        return "uz-Cyrl" if gold.get("script") == "Cyrl" else "uz-Latn"
    return gold["lang"]


def _articles() -> list[tuple[str, str, dict]]:
    out = []
    for gpath in sorted(CORPUS.glob("*.gold.json")):
        tpath = gpath.with_name(gpath.name.replace(".gold.json", ".txt"))
        if not tpath.exists():
            continue
        text = tpath.read_text(encoding="utf-8")
        if text.startswith(" date "):  # " date YYYY-MM-DD" header is metadata, not annotated
            text = text[16:]
        # the extractor sees text as the pipeline normalises it
        text = "\n".join(normalize_paragraph(line)[0] for line in text.split("\n"))
        out.append((gpath.name, text, json.loads(gpath.read_text(encoding="utf-8"))))
    return out


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[int, int, int]]:
    ex = NumericExtractor()
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for _, text, gold in _articles():
        g, s = _gold(gold), _system(ex.extract(text, _tag(gold)))
        for item in g | s:
            both = min(g[item], s[item])
            tp[item[0]] += both
            fp[item[0]] += s[item] - both
            fn[item[0]] += g[item] - both
    return {label: (tp[label], fp[label], fn[label]) for label in FLOORS}


def test_corpus_present() -> None:
    assert _articles(), "no corpus/*.gold.json"


@pytest.mark.parametrize("label", list(FLOORS))
def test_f1_floor(scores: dict, label: str) -> None:
    tp, fp, fn = scores[label]
    if tp + fp + fn == 0:
        pytest.skip(f"no {label} in the corpus")
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= FLOORS[label], f"{label} F1 {f1:.3f} (tp {tp} fp {fp} fn {fn})"
