"""Rebuild the twelfth held-out articles from the LID source text (deterministic).

    python bench/heldout12/make_articles.py /work/shared/data/lid

The recipe of ``bench/heldout5/make_articles.py`` (see its docstring: eligible lines, number-
and money-cue pools, per-article shuffle) with its own seed and plan, every line of
``bench/heldout/`` .. ``bench/heldout9/`` excluded. Text is unchanged.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_recipe import pooled_set  # noqa: E402

CUE_LINES = 5
SEED = 12130
EARLIER = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9")  # sibling sets whose lines are excluded
PLAN = (("uz-Cyrl.txt", "uz-cyrl", 8, 2), ("uz-Latn.txt", "uz-latn", 7, 2),
        ("ru-Cyrl.txt", "ru", 4, 0), ("en-Latn.txt", "en", 4, 0))  # file, stem, articles, money lines


def main(src: Path, out: Path) -> None:
    pooled_set(src, out, seed=SEED, earlier=EARLIER, cue_lines=CUE_LINES, plan=PLAN)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/lid"), Path(__file__).parent)
