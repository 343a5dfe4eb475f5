"""Rebuild the thirteenth held-out articles (deterministic).

    python bench/heldout13/make_articles.py /work/shared/data/html/aeb/gold.json

The recipe of ``bench/heldout10/make_articles.py`` (English news sentences of the aeb
benchmark's hand-made bodies, see its docstring) with its own seed, every line of
``bench/heldout10/`` and ``bench/heldout11/`` excluded. Text is unchanged.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_recipe import news_set  # noqa: E402

SEED = 13140


def main(gold: Path, out: Path) -> None:
    news_set(gold, out, seed=SEED, earlier=("heldout10", "heldout11"), lang="en", stem="en", files=10,
             cue_lines=6, money_lines=3)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/html/aeb/gold.json"),
         Path(__file__).parent)
