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
import re
import sys
from pathlib import Path

LINES = 8
SEED = 31337
HEADER = " date 2025-01-01 "
EARLIER = ("heldout", "heldout2")  # sibling sets whose lines are excluded
PLAN = (("uz-Cyrl.txt", "uz-cyrl", 10), ("uz-Latn.txt", "uz-latn", 10),
        ("ru-Cyrl.txt", "ru", 4), ("en-Latn.txt", "en", 4))
_CAP_INSIDE = re.compile(r"\s[\"'“”«„‘’(]*[A-ZА-ЯЁЎҚҒҲ]")


def eligible(line: str) -> bool:
    """Long enough and entity-bearing (a digit, or a capital after the first word).

    >>> eligible("x" * 59 + "1"), eligible("short 1"), eligible("Tom " + "a" * 60)
    (True, False, False)
    """
    return len(line) >= 60 and (any(ch.isdigit() for ch in line) or bool(_CAP_INSIDE.search(line)))


def article_lines(text: str) -> list[str]:
    """The source lines of a pseudo-article (the header prefix removed).

    >>> article_lines(" date 2025-01-01 Title 1\\nSecond\\n")
    ['Title 1', 'Second']
    """
    lines = text.splitlines()
    if lines and lines[0].startswith(HEADER):
        lines[0] = lines[0][len(HEADER):]
    return lines


def used_lines(bench: Path) -> set[str]:
    """Every line of the earlier held-out sets."""
    used: set[str] = set()
    for name in EARLIER:
        for path in sorted((bench / name).glob("*.txt")):
            used.update(article_lines(path.read_text(encoding="utf-8")))
    return used


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
    used = used_lines(out.parent)
    for name, stem, files in PLAN:
        lines = [ln.rstrip("\n") for ln in (src / name).read_text(encoding="utf-8").splitlines()]
        chosen = select(lines, files, used)
        for i in range(files):
            chunk = chosen[i * LINES:(i + 1) * LINES]
            text = f"{HEADER}{chunk[0]}\n" + "".join(ln + "\n" for ln in chunk[1:])
            (out / f"{stem}-{i + 1:02d}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/lid"), Path(__file__).parent)
