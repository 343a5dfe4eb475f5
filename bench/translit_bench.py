"""Throughput of Uzbek transliteration, both directions, side by side with PyPI
`UzTransliterator` (the best existing implementation) in one run.

    PYTHONPATH=. python bench/translit_bench.py [--cyr PATH] [--lat PATH] [--chars N] [--repeat R]

Inputs: real Uzbek Cyrillic and Latin news text (default: the shared LID texts, else the
test fixture converted).  Ours is timed cold (word caches emptied, lexicon already
loaded; its one-off load is reported apart) and warm (second pass over the same text);
runs are interleaved with UzTransliterator's and the best of --repeat is kept for each.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from pipeline.translit import cyr2lat, lat2cyr, lexicon, to_cyrillic, to_latin

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "lid"
FIXTURE = ROOT / "tests" / "fixtures" / "translit" / "uz-Cyrl-sample.txt"


def _read(path: Path, chars: int) -> str:
    text = path.read_text(encoding="utf-8")[:chars]
    return text[: text.rfind("\n") + 1] or text


def _best(fn, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--cyr", type=Path, default=SHARED / "uz-Cyrl.txt")
    p.add_argument("--lat", type=Path, default=SHARED / "uz-Latn.txt")
    p.add_argument("--chars", type=int, default=1_000_000)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    cyr = _read(args.cyr if args.cyr.exists() else FIXTURE, args.chars)
    lat = _read(args.lat, args.chars) if args.lat.exists() else to_latin(cyr)

    t = time.perf_counter()
    lexicon.words(), lexicon.stems(), lexicon.suffix_chains(), lexicon.keep_latin()
    to_latin("а"), to_cyrillic("a")
    print(f"one-off lexicon load: {time.perf_counter() - t:.3f} s")

    def cold(fn, cache):
        def run(text: str) -> None:
            cache.clear()
            fn(text)
        return run

    try:
        from UzTransliterator import UzTransliterator

        uzt_obj = UzTransliterator()
    except ImportError:
        uzt_obj = None

    rows = []
    for name, text, ours, cache, (src, dst) in (
        ("Cyr->Lat", cyr, to_latin, cyr2lat._cache, ("cyr", "lat")),
        ("Lat->Cyr", lat, to_cyrillic, lat2cyr._cache, ("lat", "cyr")),
    ):
        # interleaved, best of `repeat` each, so machine load hits both alike
        ours_cold = ours_warm = uzt = float("inf")
        for _ in range(args.repeat):
            ours_cold = min(ours_cold, _best(cold(ours, cache), text, 1))
            ours_warm = min(ours_warm, _best(ours, text, 1))
            if uzt_obj is not None:
                uzt = min(uzt, _best(lambda s: uzt_obj.transliterate(s, from_=src, to=dst), text, 1))
        n = len(text)
        rows.append((name, n, n / ours_cold, n / ours_warm, n / uzt if uzt_obj is not None else None))

    print(f"{'direction':<10}{'chars':>10}{'ours cold c/s':>16}{'ours warm c/s':>16}{'UzTranslit c/s':>16}{'cold/UzT':>10}")
    for name, n, oc, ow, u in rows:
        ratio = f"{oc / u:.1f}x" if u else "-"
        us = f"{u:,.0f}" if u else "n/a"
        print(f"{name:<10}{n:>10,}{oc:>16,.0f}{ow:>16,.0f}{us:>16}{ratio:>10}")


if __name__ == "__main__":
    main()
