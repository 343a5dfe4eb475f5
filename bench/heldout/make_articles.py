"""Rebuild the held-out articles from the LID source text (deterministic).

    python bench/heldout/make_articles.py /work/shared/data/lid

Selection: lines of >= 60 characters that contain a digit or a capitalised word that is
not the first word (entity-bearing news), shuffled with ``random.Random(7)``; the first
``FILES * LINES`` of them become pseudo-articles of ``LINES`` lines. Text is unchanged.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

LINES = 8
PLAN = (("uz-Cyrl.txt", "uz-cyrl", 14), ("uz-Latn.txt", "uz-latn", 12),
        ("ru-Cyrl.txt", "ru", 4), ("en-Latn.txt", "en", 4))
_CAP_INSIDE = re.compile(r"\s[\"'“”«„‘’(]*[A-ZА-ЯЁЎҚҒҲ]")


def eligible(line: str) -> bool:
    """Long enough and entity-bearing (a digit, or a capital after the first word).

    >>> eligible("x" * 59 + "1"), eligible("short 1"), eligible("Tom " + "a" * 60)
    (True, False, False)
    """
    return len(line) >= 60 and (any(ch.isdigit() for ch in line) or bool(_CAP_INSIDE.search(line)))


def main(src: Path, out: Path) -> None:
    for name, stem, files in PLAN:
        lines = [ln.rstrip("\n") for ln in (src / name).read_text(encoding="utf-8").splitlines()]
        pool = [ln for ln in lines if eligible(ln)]
        random.Random(7).shuffle(pool)
        for i in range(files):
            chunk = pool[i * LINES:(i + 1) * LINES]
            text = f" date 2025-01-01 {chunk[0]}\n" + "".join(ln + "\n" for ln in chunk[1:])
            (out / f"{stem}-{i + 1:02d}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/lid"), Path(__file__).parent)
