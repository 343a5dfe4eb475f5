"""Rebuild the third held-out articles from the LID source text (deterministic).

    python bench/heldout3/make_articles.py /work/shared/data/lid

Same recipe as ``bench/heldout2/make_articles.py`` (lines of >= 60 characters that contain
a digit or a capitalised word that is not the first word), but every line used by
``bench/heldout/`` and ``bench/heldout2/`` (read back from their ``.txt`` files) is excluded
first, and the rest is shuffled with ``random.Random(31337)``; the first ``FILES * LINES``
of them become pseudo-articles of ``LINES`` lines. Text is unchanged.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_recipe import LINES, eligible, source_lines, used_lines, write_articles  # noqa: E402

SEED = 31337
EARLIER = ("heldout", "heldout2")  # sibling sets whose lines are excluded
PLAN = (("uz-Cyrl.txt", "uz-cyrl", 10), ("uz-Latn.txt", "uz-latn", 10),
        ("ru-Cyrl.txt", "ru", 4), ("en-Latn.txt", "en", 4))


def select(lines: list[str], files: int, used: set[str]) -> list[str]:
    """The ``files * LINES`` lines of this set, none of them in ``used``.

    >>> pool = [f"line {i} Xx " + "a" * 60 for i in range(100)]
    >>> third = select(pool, 2, set(pool[:50]))
    >>> len(third), set(third) & set(pool[:50])
    (16, set())
    """
    rest = [ln for ln in lines if eligible(ln) and ln not in used]
    random.Random(SEED).shuffle(rest)
    return rest[:files * LINES]


def main(src: Path, out: Path) -> None:
    used = used_lines(out.parent, EARLIER)
    for name, stem, files in PLAN:
        chosen = select(source_lines(src, name), files, used)
        write_articles(out, stem, (chosen[i * LINES:(i + 1) * LINES] for i in range(files)))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/lid"), Path(__file__).parent)
