"""Rebuild the second held-out articles from the LID source text (deterministic).

    python bench/heldout2/make_articles.py /work/shared/data/lid

Same recipe as ``bench/heldout/make_articles.py`` (lines of >= 60 characters that contain
a digit or a capitalised word that is not the first word), but every line used by the
first held-out set (its ``random.Random(7)`` selection) is excluded first, and the rest is
shuffled with ``random.Random(2026)``; the first ``FILES * LINES`` of them become
pseudo-articles of ``LINES`` lines. Text is unchanged.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

LINES = 8
SEED = 2026
FIRST_SEED = 7  # the seed of bench/heldout/, whose lines are excluded
PLAN = (("uz-Cyrl.txt", "uz-cyrl", 14), ("uz-Latn.txt", "uz-latn", 12),
        ("ru-Cyrl.txt", "ru", 4), ("en-Latn.txt", "en", 4))
_CAP_INSIDE = re.compile(r"\s[\"'“”«„‘’(]*[A-ZА-ЯЁЎҚҒҲ]")


def eligible(line: str) -> bool:
    """Long enough and entity-bearing (a digit, or a capital after the first word).

    >>> eligible("x" * 59 + "1"), eligible("short 1"), eligible("Tom " + "a" * 60)
    (True, False, False)
    """
    return len(line) >= 60 and (any(ch.isdigit() for ch in line) or bool(_CAP_INSIDE.search(line)))


def select(lines: list[str], files: int) -> list[str]:
    """The ``files * LINES`` lines of the second set, none of them in the first set.

    >>> pool = [f"line {i} Xx " + "a" * 60 for i in range(100)]
    >>> first = pool[:]; random.Random(FIRST_SEED).shuffle(first)
    >>> second = select(pool, 2)
    >>> len(second), set(second) & set(first[:16])
    (16, set())
    """
    pool = [ln for ln in lines if eligible(ln)]
    first = pool[:]
    random.Random(FIRST_SEED).shuffle(first)
    used = set(first[:files * LINES])
    rest = [ln for ln in pool if ln not in used]
    random.Random(SEED).shuffle(rest)
    return rest[:files * LINES]


def main(src: Path, out: Path) -> None:
    for name, stem, files in PLAN:
        lines = [ln.rstrip("\n") for ln in (src / name).read_text(encoding="utf-8").splitlines()]
        chosen = select(lines, files)
        for i in range(files):
            chunk = chosen[i * LINES:(i + 1) * LINES]
            text = f" date 2025-01-01 {chunk[0]}\n" + "".join(ln + "\n" for ln in chunk[1:])
            (out / f"{stem}-{i + 1:02d}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/lid"), Path(__file__).parent)
