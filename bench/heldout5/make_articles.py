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

import random
import re
import sys
from pathlib import Path

from babel.dates import get_month_names

LINES = 8
CUE_LINES = 5
MONEY_LINES = 2  # of the cue lines, in uz-Cyrl/uz-Latn articles
SEED = 5150
HEADER = " date 2025-01-01 "
EARLIER = ("heldout", "heldout2", "heldout3", "heldout4")  # sibling sets whose lines are excluded
PLAN = (("uz-Cyrl.txt", "uz-cyrl", 8, True), ("uz-Latn.txt", "uz-latn", 8, True),
        ("ru-Cyrl.txt", "ru", 3, False), ("en-Latn.txt", "en", 3, False))
_CAP_INSIDE = re.compile(r"\s[\"'“”«„‘’(]*[A-ZА-ЯЁЎҚҒҲ]")

_CUE_WORDS = (
    # currencies (words and signs)
    r"[$€£₽]|доллар\w*|dollar\w*|сўм\w*|so[‘'’ʻ`]?m\w*|сум\w*|рубл\w*|rubl\w*|руб\.?|евро\w*"
    r"|yevro\w*|euro\w*|тенге|tenge|юан\w*|yuan\w*|USD|UZS|EUR|RUB"
    # percentages
    r"|%|фоиз\w*|foiz\w*|процент\w*|percent\w*|per cent"
    # multipliers
    r"|бара[вб]ар\w*|баро[вб]ар\w*|bara[vb]ar\w*|baro[vb]ar\w*|раза?|times|марта|marta|karra"
)
_MONEY = re.compile(
    r"(?<!\w)(?:доллар\w*|dollar\w*|сўм\w*|so[‘'’ʻ`]?m\w*|рубл\w*|rubl\w*|евро\w*|yevro\w*)"
    r"|\$", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_LOCALES = ("uz_Latn", "uz_Cyrl", "ru", "en")


def _month_words() -> list[str]:
    """Month names (format and stand-alone, wide) from CLDR via Babel."""
    words: set[str] = set()
    for loc in _LOCALES:
        for ctx in ("format", "stand-alone"):
            words.update(n.lower() for n in get_month_names("wide", ctx, locale=loc).values())
    return sorted(words, key=len, reverse=True)


_CUE = re.compile(r"(?<!\w)(?:" + _CUE_WORDS + "|" + "|".join(map(re.escape, _month_words()))
                  + r")(?!\w)|%|\$|€", re.IGNORECASE)


def eligible(line: str) -> bool:
    """Long enough and entity-bearing (a digit, or a capital after the first word).

    >>> eligible("x" * 59 + "1"), eligible("short 1"), eligible("Tom " + "a" * 60)
    (True, False, False)
    """
    return len(line) >= 60 and (any(ch.isdigit() for ch in line) or bool(_CAP_INSIDE.search(line)))


def number_cue(line: str) -> bool:
    """A digit plus a currency, percent or multiplier word, a month name, or a year.

    >>> number_cue("narxi 5 ming so‘m"), number_cue("2019 yilda"), number_cue("uch baravar")
    (True, True, False)
    >>> number_cue("15 марта"), number_cue("12 kishi")
    (True, False)
    """
    if not any(ch.isdigit() for ch in line):
        return False
    return bool(_YEAR.search(line) or _CUE.search(line))


def money_cue(line: str) -> bool:
    """A number-cue line with a currency word or sign (so'm, dollar, $, rubl, yevro).

    >>> money_cue("narxi 5 mln so‘m"), money_cue("$5 mln"), money_cue("5 foiz"), money_cue("сўм")
    (True, True, False, False)
    """
    return number_cue(line) and bool(_MONEY.search(line))


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


def articles(lines: list[str], files: int, used: set[str],
             money: bool = False) -> list[list[str]]:
    """``files`` articles of ``LINES`` lines, ``CUE_LINES`` of each with a number cue
    (``MONEY_LINES`` of them with a currency if ``money``).

    >>> pool = [f"line {i} Xx " + "a" * 60 + (" 5%" if i % 2 else "") for i in range(100)]
    >>> arts = articles(pool, 2, set(pool[:50]))
    >>> [len(a) for a in arts], set(sum(arts, [])) & set(pool[:50])
    ([8, 8], set())
    >>> [sum(map(number_cue, a)) for a in arts]
    [5, 5]
    >>> mpool = pool + [f"m {i} Xx " + "b" * 60 + " 5 so‘m" for i in range(10)]
    >>> [sum(map(money_cue, a)) >= MONEY_LINES for a in articles(mpool, 2, set(), True)]
    [True, True]
    """
    rest = list(dict.fromkeys(ln for ln in lines if eligible(ln) and ln not in used))
    cue = [ln for ln in rest if number_cue(ln)]
    other = [ln for ln in rest if not number_cue(ln)]
    random.Random(SEED).shuffle(cue)
    random.Random(SEED).shuffle(other)
    m = MONEY_LINES if money else 0
    cash = [ln for ln in cue if money_cue(ln)] if money else []
    plain = [ln for ln in cue if not money_cue(ln)] if money else cue
    out = []
    for i in range(files):
        chunk = cash[i * m:(i + 1) * m] + plain[i * (CUE_LINES - m):(i + 1) * (CUE_LINES - m)]
        k = LINES - CUE_LINES
        chunk += other[i * k:(i + 1) * k]
        random.Random(SEED + i).shuffle(chunk)
        out.append(chunk)
    return out


def main(src: Path, out: Path) -> None:
    used = used_lines(out.parent)
    for name, stem, files, money in PLAN:
        lines = [ln.rstrip("\n") for ln in (src / name).read_text(encoding="utf-8").splitlines()]
        for i, chunk in enumerate(articles(lines, files, used, money)):
            text = f"{HEADER}{chunk[0]}\n" + "".join(ln + "\n" for ln in chunk[1:])
            (out / f"{stem}-{i + 1:02d}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/lid"), Path(__file__).parent)
