"""Uzbek Cyrillic -> Latin (1995 alphabet), rule engine.

Letters come from `data/alphabet.tsv`; the context rules below are those of the 1995
orthography; words whose spelling departs from the rules are in `data/cyr_exceptions.tsv`.

>>> to_latin("Ўзбекистон Республикаси")
'Oʻzbekiston Respublikasi'
>>> to_latin("1995 йил 24 август")
'1995-yil 24-avgust'
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .alphabet import cyr_to_lat, read_tsv
from .lexicon import suffix_chains
from .memo import WordCache, ordinal_dates

VOWELS = frozenset("аеёиоуўэюяы")
_AFTER_YE = VOWELS | {"ъ", "ь"}
_IOTATED = frozenset("еёюя")
_CONTEXT = frozenset("ецьъс")  # letters whose spelling depends on their neighbours

_CYR_RUN = re.compile(r"([\u0400-\u04FF]+)")
_HAS_CYR = re.compile(r"[\u0400-\u04FF]")
_MONTHS = "январ|феврал|март(?!аба)|апрел|май(?!до)|июн|июл|август|сентябр|октябр|ноябр|декабр"
# "1995 йил", "24 август": an ordinal date takes a hyphen in Latin; "20 йилдан" does not.


@cache
def _date() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a digit and a space: where an ordinal date can end, the space before a year word
    (group 1) or a month); `memo.ordinal_dates` finds the number and checks the ranges."""
    return re.compile(r"\d[ \u00a0]"), re.compile(rf"[ \u00a0](?=([йЙ][иИ][лЛ])|(?i:{_MONTHS}))")


def _date_hits(text: str) -> Iterator[re.Match[str]]:
    digit_space, space = _date()
    for m in digit_space.finditer(text):
        hit = space.match(text, m.end() - 1)
        if hit:
            yield hit


@cache
def _simple() -> dict[str, str]:
    """Lower-case letters that never depend on context."""
    return {c: l for c, l in cyr_to_lat().items() if c.islower() and c not in _CONTEXT}


@cache
def exceptions() -> tuple[dict[str, str], int, int]:
    """Cyrillic stem -> Latin stem, with the shortest and longest stem length."""
    table = {r["cyr"]: r["lat"] for r in read_tsv("cyr_exceptions.tsv")}
    lengths = [len(k) for k in table] or [1]
    return table, min(lengths), max(lengths)


def segments(lw: str, use_exceptions: bool = True) -> list[str]:
    """Latin spelling of each letter of the lower-case Cyrillic word `lw`.

    >>> segments("объект")
    ['o', 'b', '', 'ye', 'k', 't']
    """
    simple = _simple()
    out: list[str] = []
    start = 0
    n = len(lw)
    if use_exceptions:
        table, lo, hi = exceptions()
        for k in range(min(n, hi), lo - 1, -1):
            stem = table.get(lw[:k])
            if stem is not None:
                out.append(stem)
                out.extend([""] * (k - 1))
                start = k
                break
    for i in range(start, n):
        ch = lw[i]
        s = simple.get(ch)
        if s is not None:
            out.append(s)
            continue
        prev = lw[i - 1] if i else ""
        nxt = lw[i + 1] if i + 1 < n else ""
        if ch == "е":
            out.append("ye" if not prev or prev in _AFTER_YE else "e")
        elif ch == "ц":
            # ts between vowels inside the stem; a stem-final ц before a suffix is s
            # (абзаци abzasi, шприцини shprisini)
            if prev in VOWELS and nxt and nxt in VOWELS:
                out.append("s" if "".join(segments(lw[i + 1 :], False)) in suffix_chains() else "ts")
            else:
                out.append("s")
        elif ch == "ь":
            out.append("y" if nxt == "о" else "")
        elif ch == "ъ":
            # Russian loans (ъ after a consonant) drop it before е ё ю я; after ў it is
            # silent (мўъжиза moʻjiza); elsewhere it is the tutuq belgisi ʼ (маъно, меъёр).
            if prev == "ў" or (nxt in _IOTATED and nxt and prev and prev not in VOWELS):
                out.append("")
            else:
                out.append("ʼ")
        elif ch == "с":
            out.append("sʼ" if nxt == "ҳ" else "s")
        else:
            out.append(ch)  # a letter outside the Uzbek alphabet: left as it is
    return out


@cache
def _fast_tables() -> tuple[re.Pattern[str], re.Pattern[str], dict[int, str], frozenset[str]]:
    table = {ord(c): l for c, l in _simple().items()}
    table.update({ord("е"): "e", ord("ь"): "", ord("ъ"): "ʼ", ord("с"): "s"})
    e_ye = re.compile("(?:^|(?<=[аеёиоуўэюяыъь]))е")
    # (the word is one run of Cyrillic letters: any non-vowel before ъ is a consonant)
    hard_silent = re.compile("(?<=ў)ъ|(?<=[^аеёиоуўэюяыe])ъ(?=[ёюя]|ye)")  # e: an е already made ye
    prefixes = frozenset(k[:3] for k in exceptions()[0])
    return e_ye, hard_silent, table, prefixes


def lower_latin(lw: str) -> str:
    """Latin for a lower-case Cyrillic word: `segments` joined, by string replacement
    where no ц or exception is involved (same output, several times faster).

    >>> lower_latin("подъезд"), lower_latin("павильон"), lower_latin("исҳоқ"), lower_latin("цирк")
    ('podyezd', 'pavilyon', 'isʼhoq', 'sirk')
    """
    e_ye, hard_silent, table, prefixes = _fast_tables()
    if "ц" in lw or lw[:3] in prefixes:
        return "".join(segments(lw))
    if "е" in lw:
        lw = e_ye.sub("ye", lw)
    if "ъ" in lw:
        lw = hard_silent.sub("", lw)
    if "ь" in lw:
        lw = lw.replace("ьо", "yо")
    if "сҳ" in lw:
        lw = lw.replace("сҳ", "sʼҳ")
    return lw.translate(table)


def convert_word(word: str) -> str:
    """One run of Cyrillic letters to Latin, keeping its capitalisation pattern.

    >>> [convert_word(w) for w in ("ШАҲАР", "Шаҳар", "АҚШ", "ТошДУ", "Ш")]
    ['SHAHAR', 'Shahar', 'AQSH', 'ToshDU', 'Sh']
    """
    lw = word.lower()
    if word == lw:
        return lower_latin(lw)
    if word.isupper():
        latin = lower_latin(lw)
        return latin.upper() if len(word) > 1 else latin[:1].upper() + latin[1:]
    if word[0].isupper() and word[1:] == lw[1:]:
        latin = lower_latin(lw)
        return latin[:1].upper() + latin[1:]
    # mixed case (ТошДУ, ЎзР): letter by letter
    segs = segments(lw, use_exceptions=False)
    n = len(word)
    out = []
    for i, (ch, seg) in enumerate(zip(word, segs)):
        if not ch.isupper() or not seg:
            out.append(seg)
            continue
        nxt_upper = i + 1 < n and word[i + 1].isupper()
        at_end = i + 1 == n or not word[i + 1].isalpha()
        if nxt_upper or (at_end and i and word[i - 1].isupper()):
            out.append(seg.upper())
        else:
            out.append(seg[:1].upper() + seg[1:])
    return "".join(out)


_cache = WordCache(convert_word)


def to_latin(text: str) -> str:
    """Uzbek Cyrillic text to the 1995 Latin alphabet; non-Cyrillic text passes unchanged."""
    if not _HAS_CYR.search(text):
        return text
    if " " in text or "\u00a0" in text:
        text = ordinal_dates(text, _date_hits(text), "-")
    parts = _CYR_RUN.split(text)
    cache = _cache
    parts[1::2] = map(cache.__getitem__, parts[1::2])
    return "".join(parts)
