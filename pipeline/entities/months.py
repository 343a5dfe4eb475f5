"""Month names per language tag: CLDR (via Babel) stems plus authored endings and aliases.

The result is plain JSON data (`build_month_table`), so a saved pipeline can run without Babel.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..langdata.loader import table, word_list

BABEL_LOCALES = {"uz-Cyrl": "uz_Cyrl", "uz-Latn": "uz_Latn", "ru": "ru", "en": "en"}

# Every apostrophe a Latin Uzbek text may use for ʻ/ʼ (the shared list, plus the canonical pair).
APOSTROPHES = "ʻʼ'`‘’´ʹ′"


def _common_prefix(words: list[str]) -> str:
    """Longest common prefix.

    >>> _common_prefix(["января", "январь"])
    'январ'
    """
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix


def build_month_table(tag: str) -> dict[str, Any]:
    """{"stems": [[stem, month]], "abbr": [[abbr, month]], "endings": [...]} for one tag.

    Stems come from CLDR wide names (format and stand-alone): for Russian their common prefix
    (января/январь -> январ), for Uzbek the name without a final ь; abbreviations are exact forms.
    """
    from babel import Locale  # only needed when building tables

    loc = Locale.parse(BABEL_LOCALES[tag])
    stems: dict[str, int] = {}
    abbr: dict[str, int] = {}
    for m in range(1, 13):
        wide = [loc.months[ctx]["wide"][m].lower() for ctx in ("format", "stand-alone")]
        if tag == "ru":
            stems[_common_prefix(wide)] = m
        else:
            for w in wide:
                stems[w.rstrip("ь")] = m
        for ctx in ("format", "stand-alone"):
            a = loc.months[ctx]["abbreviated"][m].lower().rstrip(".")
            if a not in stems:
                abbr[a] = m
    for row in table(tag, "date_words"):
        if row["kind"] == "month_alias":
            stems.setdefault(row["word"].lower(), int(row["value"]))
    endings = list(word_list(tag, "month_endings"))
    return {
        "stems": sorted([s, m] for s, m in stems.items()),
        "abbr": sorted([a, m] for a, m in abbr.items()),
        "endings": endings,
    }


@cache
def default_month_tables() -> dict[str, dict[str, Any]]:
    """Month tables for every supported tag (built once from Babel + langdata)."""
    return {tag: build_month_table(tag) for tag in BABEL_LOCALES}


def apostrophe_class() -> str:
    """A regex character class matching any apostrophe variant."""
    return "[" + re.escape(APOSTROPHES) + "]"


def word_pattern(word: str) -> str:
    """Regex for a lexicon word: escaped, any apostrophe variant, flexible spaces.

    >>> word_pattern("toʻrt")
    "to[ʻʼ'`‘’´ʹ′]rt"
    """
    out = []
    for ch in word:
        if ch in APOSTROPHES:
            out.append(apostrophe_class())
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def alternation(words: list[str] | set[str]) -> str:
    """Longest-first alternation of lexicon words (a non-capturing group)."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(word_pattern(w) for w in uniq) + ")" if uniq else "(?!)"


def month_regex(months: dict[str, Any]) -> str:
    """A regex (no groups) matching one month word of a table, with its endings."""
    stems = alternation([s for s, _ in months["stems"]])
    ends = alternation(months["endings"])
    abbr = alternation([a for a, _ in months["abbr"]])
    return rf"(?:{stems}{ends}?|{abbr}\.?)"


def month_number(word: str, months: dict[str, Any]) -> int | None:
    """Month number of a matched month word (longest stem that prefixes it).

    >>> t = {"stems": [["январ", 1], ["июн", 6]], "abbr": [["янв", 1]], "endings": ["идан"]}
    >>> month_number("Январидан", t), month_number("янв.", t), month_number("йил", t)
    (1, 1, None)
    """
    w = word.lower().rstrip(".")
    for ch in APOSTROPHES:
        w = w.replace(ch, "ʻ")
    best: tuple[int, int] | None = None
    for stem, m in months["stems"]:
        s = stem.replace("ʼ", "ʻ")
        if w.startswith(s) and (best is None or len(s) > best[0]):
            best = (len(s), m)
    if best:
        return best[1]
    for a, m in months["abbr"]:
        if w == a:
            return m
    return None
