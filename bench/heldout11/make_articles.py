"""Rebuild the eleventh held-out articles: English news sentences with numbers (deterministic).

    python bench/heldout11/make_articles.py /work/shared/data/html/aeb/gold.json

The English LID text has no number-cue lines left, so this set draws its sentences from the
hand-made article bodies of the aeb HTML benchmark (English news and blog pages of about
2019, MIT licence, see `/work/shared/data/html/aeb/SOURCES.md`): each pseudo-article has
6 sentences with a number cue (3 of them with a currency) and 2 without, in the layout and
with the helpers of ``bench/heldout_recipe.py``. Text is unchanged.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_recipe import news_set  # noqa: E402

SEED = 11120
EARLIER = ("heldout10",)  # the other set drawn from the aeb bodies


def main(gold: Path, out: Path) -> None:
    news_set(gold, out, seed=SEED, earlier=EARLIER, lang="en", stem="en", files=10,
             cue_lines=6, money_lines=3)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/html/aeb/gold.json"),
         Path(__file__).parent)
