"""Rebuild the fifth held-out articles from the LID source text (deterministic).

    python bench/heldout5/make_articles.py /work/shared/data/lid

Same eligibility as ``bench/heldout3/make_articles.py`` (lines of >= 60 characters that
contain a digit or a capitalised word that is not the first word), but every line used by
``bench/heldout/`` .. ``bench/heldout4/`` (read back from their
``.txt`` files) is excluded first. To look more like press releases, the eligible lines
are split into two pools: *number-cue* lines (a digit plus a currency word/sign, a percent
word/sign, a multiplier word, a month name or a year) and the other lines. Each pool is
shuffled with ``random.Random(SEED)``; every article takes ``CUE_LINES`` lines from the cue
pool and ``LINES - CUE_LINES`` from the other pool, in order, and the article's lines are
then shuffled with ``random.Random(SEED + article number)``. For MONEY coverage, the cue
pool of the Uzbek files is split once more: ``MONEY_LINES`` of each Uzbek article's cue
lines come from the *money-cue* lines (a currency word or sign) and the rest from the
remaining cue lines. Text is unchanged.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_recipe import pooled_set  # noqa: E402

CUE_LINES = 5
SEED = 5150
EARLIER = ("heldout", "heldout2", "heldout3", "heldout4")  # sibling sets whose lines are excluded
PLAN = (("uz-Cyrl.txt", "uz-cyrl", 8, 2), ("uz-Latn.txt", "uz-latn", 8, 2),
        ("ru-Cyrl.txt", "ru", 3, 0), ("en-Latn.txt", "en", 3, 0))  # file, stem, articles, money lines


def main(src: Path, out: Path) -> None:
    pooled_set(src, out, seed=SEED, earlier=EARLIER, cue_lines=CUE_LINES, plan=PLAN)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/lid"), Path(__file__).parent)
