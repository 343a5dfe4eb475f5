"""Rebuild the held-out articles from the LID source text (deterministic).

    python bench/heldout/make_articles.py /work/shared/data/lid

Selection: lines of >= 60 characters that contain a digit or a capitalised word that is
not the first word (entity-bearing news), shuffled with ``random.Random(7)``; the first
``FILES * LINES`` of them become pseudo-articles of ``LINES`` lines. Text is unchanged.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_recipe import LINES, eligible, source_lines, write_articles  # noqa: E402

SEED = 7
PLAN = (("uz-Cyrl.txt", "uz-cyrl", 14), ("uz-Latn.txt", "uz-latn", 12),
        ("ru-Cyrl.txt", "ru", 4), ("en-Latn.txt", "en", 4))


def main(src: Path, out: Path) -> None:
    for name, stem, files in PLAN:
        pool = [ln for ln in source_lines(src, name) if eligible(ln)]
        random.Random(SEED).shuffle(pool)
        write_articles(out, stem, (pool[i * LINES:(i + 1) * LINES] for i in range(files)))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/lid"), Path(__file__).parent)
