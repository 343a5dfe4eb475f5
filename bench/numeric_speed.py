"""Speed of NumericExtractor.extract on ~2 KB articles (ms of CPU per article, per language).

usage: PYTHONPATH=. python bench/numeric_speed.py [--size 2000] [--repeat 3] [--profile] [FILE TAG ...]
Without FILE TAG pairs: the LID text of each language in /work/shared/data/lid (sentences
joined into articles of --size chars) plus corpus/*.txt (number-dense real releases, tag from
the file name's gold). Each figure is the best of --repeat passes (process CPU time), so the
load of a shared machine moves it less. --profile prints the top functions (cProfile).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from pipeline.entities.numeric import NumericExtractor

LID = Path("/work/shared/data/lid")
DEFAULT = [(LID / "uz-Cyrl.txt", "uz-Cyrl"), (LID / "uz-Latn.txt", "uz-Latn"),
           (LID / "ru-Cyrl.txt", "ru"), (LID / "en-Latn.txt", "en")]


def articles(path: Path, size: int) -> list[str]:
    """Consecutive lines of a one-sentence-a-line file joined into ~size-char articles."""
    out, cur, n = [], [], 0
    for line in open(path, encoding="utf-8"):
        cur.append(line.strip())
        n += len(line)
        if n >= size:
            out.append("\n".join(cur))
            cur, n = [], 0
    return out


def corpus_articles(size: int) -> list[tuple[str, str]]:
    """(text chunk, tag) from corpus/*.txt split into ~size-char pieces at line ends."""
    out = []
    for txt in sorted(Path("corpus").glob("*.txt")):
        gold = txt.with_suffix(".gold.json")
        if not gold.exists():
            continue
        g = json.loads(gold.read_text(encoding="utf-8"))
        tag = g.get("lang", "uz") + ("-" + g["script"] if g.get("lang") == "uz" and g.get("script") else "")
        cur, n = [], 0
        for line in txt.read_text(encoding="utf-8").splitlines():
            cur.append(line)
            n += len(line) + 1
            if n >= size:
                out.append(("\n".join(cur), tag))
                cur, n = [], 0
        if cur:
            out.append(("\n".join(cur), tag))
    return out


def timed(ex: NumericExtractor, docs: list[tuple[str, str]], repeat: int) -> tuple[float, int]:
    best, found = float("inf"), 0
    for _ in range(repeat):
        t0 = time.process_time()
        found = sum(len(ex.extract(d, tag)) for d, tag in docs)
        best = min(best, time.process_time() - t0)
    return best, found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pairs", nargs="*")
    ap.add_argument("--size", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    t0 = time.perf_counter()
    ex = NumericExtractor()
    print(f"build tables: {time.perf_counter() - t0:.2f} s")
    sets: list[tuple[str, list[tuple[str, str]]]] = []
    pairs = list(zip(args.pairs[::2], args.pairs[1::2])) or [(str(p), t) for p, t in DEFAULT if p.exists()]
    for path, tag in pairs:
        sets.append((tag, [(d, tag) for d in articles(Path(path), args.size)]))
    if not args.pairs:
        sets.append(("corpus", corpus_articles(args.size)))
    for _, docs in sets:  # compile every grammar before timing
        for tag in {t for _, t in docs}:
            ex.extract(docs[0][0], tag)
    total_t, total_n = 0.0, 0
    for name, docs in sets:
        dt, found = timed(ex, docs, args.repeat)
        total_t, total_n = total_t + dt, total_n + len(docs)
        chars = sum(len(d) for d, _ in docs)
        print(f"{name:8s} {len(docs):4d} articles of ~{chars // len(docs)} chars: "
              f"{dt / len(docs) * 1000:.3f} ms/article, {found} mentions")
    print(f"all      {total_n:4d} articles: {total_t / total_n * 1000:.3f} ms/article")
    if args.profile:
        import cProfile
        import pstats

        pr = cProfile.Profile()
        pr.enable()
        for _, docs in sets:
            for d, tag in docs:
                ex.extract(d, tag)
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
