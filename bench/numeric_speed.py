"""Throughput of NumericExtractor on article-sized texts (lines joined into ~4,000-char articles).

usage: PYTHONPATH=. python bench/numeric_speed.py FILE TAG [FILE TAG ...]
e.g.   PYTHONPATH=. python bench/numeric_speed.py /work/shared/data/lid/uz-Cyrl.txt uz-Cyrl
"""
from __future__ import annotations

import sys
import time

from pipeline.entities.numeric import NumericExtractor


def articles(path: str, size: int = 4000) -> list[str]:
    out, cur, n = [], [], 0
    for line in open(path, encoding="utf-8"):
        cur.append(line.strip())
        n += len(line)
        if n >= size:
            out.append("\n".join(cur))
            cur, n = [], 0
    return out


def main() -> None:
    t0 = time.perf_counter()
    ex = NumericExtractor()
    print(f"build tables: {time.perf_counter() - t0:.2f} s")
    args = sys.argv[1:]
    for path, tag in zip(args[::2], args[1::2]):
        docs = articles(path)
        ex.extract(docs[0], tag)  # compile the tag's grammar
        t0 = time.perf_counter()
        found = sum(len(ex.extract(d, tag)) for d in docs)
        dt = time.perf_counter() - t0
        chars = sum(map(len, docs))
        print(f"{tag:8s} {len(docs)} articles, {chars / dt / 1e6:.2f} M chars/s, "
              f"{len(docs) / dt:.0f} articles/s, {found} mentions")


if __name__ == "__main__":
    main()
