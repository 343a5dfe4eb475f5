"""Compare NumericExtractor with the corpus gold files: P/R/F1 per label and every difference.

usage: PYTHONPATH=. python bench/numeric_gold.py [corpus_dir] [--quiet]
A mention counts as correct when its text and value match a gold item (multiset match):
MONEY amount+currency(+amount_max), PERCENT/MULTIPLIER value, DATE iso.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

from pipeline.entities.numeric import NumericExtractor
from pipeline.normalize import normalize_paragraph

GOLD_KEYS = {"money": "MONEY", "percentages": "PERCENT", "multipliers": "MULTIPLIER", "dates": "DATE"}


def _num(x) -> str:
    d = Decimal(str(x)).normalize()
    return format(d, "f")


def gold_items(gold: dict) -> list[tuple[str, str, str]]:
    out = []
    for key, label in GOLD_KEYS.items():
        for it in gold.get(key, []):
            if label == "MONEY":
                v = f"{_num(it['value'])}{'-' + _num(it['value_max']) if it.get('value_max') else ''} {it['currency']}"
            elif label == "DATE":
                v = it["iso"]
            else:
                v = _num(it["value"])
            out.append((label, normalize_paragraph(it["text"])[0], v))
    return out


def system_items(mentions) -> list[tuple[str, str, str]]:
    out = []
    for m in mentions:
        v = m.value
        if m.label == "MONEY":
            val = f"{_num(v['amount'])}{'-' + _num(v['amount_max']) if v.get('amount_max') else ''} {v['currency']}"
        elif m.label == "DATE":
            val = v["iso"]
        else:
            val = _num(v["value"])
        out.append((m.label, normalize_paragraph(m.text)[0], val))
    return out


def tag_of(gold: dict) -> str:
    if gold["lang"] == "uz":
        return "uz-Cyrl" if gold.get("script") == "Cyrl" else "uz-Latn"
    return gold["lang"]


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else Path("corpus")
    quiet = "--quiet" in sys.argv
    ex = NumericExtractor()
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for gpath in sorted(corpus.glob("*.gold.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        text = gpath.with_name(gpath.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        if text.startswith(" date "):
            text = text[16:]  # " date YYYY-MM-DD" header is metadata
        text = "\n".join(normalize_paragraph(line)[0] for line in text.split("\n"))
        tag = tag_of(gold)
        g = Counter(gold_items(gold))
        s = Counter(system_items(ex.extract(text, tag)))
        for item in g | s:
            both = min(g[item], s[item])
            tp[item[0]] += both
            fn[item[0]] += g[item] - both
            fp[item[0]] += s[item] - both
            if not quiet:
                for _ in range(g[item] - both):
                    print(f"{gpath.name}\tMISS\t{item}")
                for _ in range(s[item] - both):
                    print(f"{gpath.name}\tEXTRA\t{item}")
    for label in GOLD_KEYS.values():
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 1.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{label:11s} P {p:.3f} R {r:.3f} F1 {f:.3f}  (tp {tp[label]} fp {fp[label]} fn {fn[label]})")


if __name__ == "__main__":
    main()
