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
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_recipe import LINES, eligible, source_lines, write_articles  # noqa: E402

SEED = 2026
FIRST_SEED = 7  # the seed of bench/heldout/, whose lines are excluded
PLAN = (("uz-Cyrl.txt", "uz-cyrl", 14), ("uz-Latn.txt", "uz-latn", 12),
        ("ru-Cyrl.txt", "ru", 4), ("en-Latn.txt", "en", 4))


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
        chosen = select(source_lines(src, name), files)
        write_articles(out, stem, (chosen[i * LINES:(i + 1) * LINES] for i in range(files)))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/lid"), Path(__file__).parent)
