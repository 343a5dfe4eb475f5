"""Standalone date strings (web page bylines, feed dates) -> ISO "YYYY-MM-DD".

`parse_date` reads the forms seen on Uzbek, Russian and English news sites:
"12 ноябрь 2025", "12-noyabr, 2025", "13:09 / 16.08.2021", "12 ноября 2025 года",
"November 12, 2025", "2025-yil 12-noyabr", "2025-11-12T10:00:00+05:00".
Month names come from CLDR (Babel) via `months.py`.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from .months import default_month_tables, month_number, month_regex

# lang argument -> month tables to use (None: all of them)
_LANG_TAGS = {
    "uz": ("uz-Cyrl", "uz-Latn"),
    "uz-Cyrl": ("uz-Cyrl",),
    "uz-Latn": ("uz-Latn",),
    "ru": ("ru",),
    "en": ("en",),
}

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])")
_YMD = re.compile(r"(?<!\d)(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d.])")


def _merge(tags: tuple[str, ...]) -> dict[str, Any]:
    tables = default_month_tables()
    merged: dict[str, Any] = {"stems": [], "abbr": [], "endings": []}
    for t in tags:
        for key in merged:
            merged[key].extend(x for x in tables[t][key] if x not in merged[key])
    return merged


class _DateForms:
    """Compiled day-month-year patterns for one set of month tables."""

    def __init__(self, months: dict[str, Any]) -> None:
        self.months = months
        mon = month_regex(months)
        b = r"(?<![^\W\d_])"  # not preceded by a letter
        e = r"(?![^\W\d_])"  # not followed by a letter
        day = r"(?<!\d)(?P<d>[0-3]?\d)(?:-?(?:st|nd|rd|th|е|го|chi|нчи|inchi))?(?!\d)"
        year = r"(?<!\d)(?P<y>[12]\d{3})(?!\d)"
        sep = r"[\s,./-]*"
        of = r"(?:of\s+)?"  # "3rd of June of 2019"
        self.dmy = re.compile(rf"{day}{sep}{of}{b}(?P<m>{mon}){e}{sep}{of}{year}", re.I)
        self.mdy = re.compile(rf"{b}(?P<m>{mon}){e}{sep}{day}{sep}{year}", re.I)
        # 2025-yil 12-noyabr, 2025 йил 12 ноябрь, 2025 г. 12 ноября
        self.ydm = re.compile(
            rf"{year}[\s-]*(?:[^\W\d_]+\.?)?{sep}{day}{sep}{b}(?P<m>{mon}){e}", re.I
        )

    def find(self, text: str) -> dt.date | None:
        for rx in (self.dmy, self.mdy, self.ydm):
            for m in rx.finditer(text):
                month = month_number(m.group("m"), self.months)
                got = _date(m.group("y"), month, m.group("d"))
                if got:
                    return got
        return None


@cache
def _forms(lang: str | None) -> _DateForms:
    tags = _LANG_TAGS.get(lang or "", tuple(default_month_tables()))
    return _DateForms(_merge(tags))


def _date(y: str | int, m: str | int | None, d: str | int) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d)) if m else None
    except ValueError:
        return None


def parse_date(text: str, lang: str | None = None) -> str | None:
    """A standalone date expression -> "YYYY-MM-DD", or None when there is no full date.

    `lang` ("uz", "uz-Cyrl", "uz-Latn", "ru", "en" or None for any) picks month names.

    >>> parse_date("12 ноябрь 2025"), parse_date("12-noyabr, 2025")
    ('2025-11-12', '2025-11-12')
    >>> parse_date("13:09 / 16.08.2021"), parse_date("12 ноября 2025 года", "ru")
    ('2021-08-16', '2025-11-12')
    >>> parse_date("November 12, 2025"), parse_date("2025-11-12T10:00:00+05:00")
    ('2025-11-12', '2025-11-12')
    >>> parse_date("2025-yil 12-noyabr"), parse_date("Wed, 12 Nov 2025 10:00:00 GMT")
    ('2025-11-12', '2025-11-12')
    >>> parse_date("жорий йил"), parse_date("31.02.2025")
    (None, None)
    """
    if not text:
        return None
    text = text.strip()
    for m in _ISO.finditer(text):
        got = _date(m.group(1), m.group(2), m.group(3))
        if got:
            return got.isoformat()
    for m in _YMD.finditer(text):
        got = _date(m.group(1), m.group(3), m.group(4))
        if got:
            return got.isoformat()
    for m in _DMY.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        got = _date(m.group(4), b, a)
        if got is None and m.group(2) == "/":  # US month/day/year
            got = _date(m.group(4), a, b)
        if got:
            return got.isoformat()
    got = _forms(lang).find(text)
    return got.isoformat() if got else None


# --- dates inside running text (the DATE entity) ---------------------------------------

_UZ_TAGS = ("uz-Cyrl", "uz-Latn")
_DIGIT_RUN = re.compile(r"\d+")
_RU_YEAR_ORD = re.compile(r"-(?:м|го|му|ом)(?![^\W\d_])")
_LABEL_REACH = 16  # no label word ("apartment") with its dot and space is longer
_PART_REACH = 16  # no part_before word ("середине") with its space is longer
_YEAR_HINT = re.compile(r"(?<!\d)(?:1\d|2[01])\d\d(?!\d)")
# a year before 1800 is a date only with a year word after it or a month and nothing after
_OLD_YEAR = 1800
_CLOSED = re.compile(r"\s*(?:[.,;:!?)»\"”]|$)")
_WORD_AFTER = re.compile(r"[\s\-–—−]*[^\W\d_]")
# "1980-йилларда", "1980-yillarda": a plural year word after a single round year is a decade
# "1970 -- 1980-е годы", "1970-1980-х": a Russian decade ending after the second year
_DECADE_END = re.compile(r"-(?:е|х|ые|ых|ми|м\s+год(?:ам|ах))(?![^\W\d_])")
_YEAR_LIST_AFTER = re.compile(
    r"\s*(?:,|и|ва|va|ҳамда|hamda|and)\s*[12]\d{3}[\s-]*(?:год|гг?\.|йил|yil|years)", re.I)
# a year that ends a capitalised title inside a comma list ("…, Football Manager 2020, …")
_TITLE_IN_LIST = re.compile(r",\s+(?:and\s+)?(?:[A-Z][\w'’:-]*\s+){1,3}$")
_LIST_NEXT = re.compile(r"\s*,")
_TITLE_BEFORE = re.compile(r"(?<![\w,])\s*(?:[A-Z][\w'’:-]*\s+){1,3}$")
_TITLE_YEAR_NEXT = re.compile(r"\s*,\s+(?:and\s+)?(?:[A-Z][\w'’:-]*\s+){1,3}(?:19|20)\d\d(?!\d)")
_RU_PERIOD_COUNT = re.compile(r"(?:квартала|полугодия)(?![^\W\d_])", re.I)
_IN_PARENS = re.compile(r"\s*\)")
_DECADE_WORD = re.compile(r"[\s\-–—−]*(?:йиллар|yillar)", re.I)
# "1000 yillik tarix", "2000 йиллиги": a round or old number before -лик is a length or a jubilee
_DURATION_WORD = re.compile(r"[\s\-–—−]*(?:йиллик|yillik)", re.I)
_LIST_BEFORE = re.compile(r"\d{4}\s*(?:,|ва|va|ҳамда|hamda|и|and)\s*$", re.I)
_EN_YEAR_BEFORE = re.compile(r"\b(?:in|since|during|for|from|fiscal|FY)\s+$", re.I)
_EN_OLD_YEAR = re.compile(r"(?:in|since|during|until)\s", re.I)
# a product's model year: "2019 Apple AirPods 2", "the 2020 Audi e-tron", "model 2020 LC 500"
# (gold of heldout10/11: part of the product name); event names ("the 2019 Los Angeles Auto
# Show") have no camel-case, lowercase-hyphen or letters-and-number model word
# ("2012 or later Retina MacBook Pro": a Mac/Mc camel word is a surname ("the 2008 McCain
# campaign") unless a model word follows it)
_EN_MODEL_AFTER = re.compile(
    r"(?:\s+or\s+(?:later|newer|earlier))?"
    r"(?:\s+(?:[A-Z][\w&.-]*\s+)?(?:(?!Ma?c[A-Z])[A-Za-z]*[a-z][A-Z]\w*|[a-z]+-[a-z]+\b"
    r"|Ma?c[A-Z][a-z]+\s+(?:Pro|Air|[Mm]ini|Max)\b)"
    r"|\s+[A-Z]{2,}\s+\d{2,}\b)")
_EN_PREP_BEFORE = re.compile(
    r"\b(?:in|since|by|of|for|during|from|until|till|through|to|between|and)\s+$", re.I)
# the context of a bare English year (see _EnYearContext)
_EN_PAIR_BEFORE = re.compile(r"\bthe\s+(?:19|20)\d\d\s+(?:and|or|through|to|versus|vs\.?|[-–—])\s+$", re.I)
_EN_PAIR_AFTER = re.compile(r"\s+(?:and|or|through|to|versus|vs\.?|[-–—])\s+(?:19|20)\d\d(?!\d)", re.I)
_EN_THE_BEFORE = re.compile(r"\bthe\s+(?:(?:mid|early|late)-)?$", re.I)
# capitalised or letters-and-digits words after a year: "2020 Sentra", "2021 RAV4 Prime", "2018 i9 MacBook"
# (a number inside the name: "the 2019 Formula 1 season")
_EN_NAME_WORD = r"[A-Z][\w&.’'-]*|[a-z]+\d[\w.]*|\d+[A-Za-z][\w.]*"
_EN_NAME_RUN = re.compile(rf"\s+(?:{_EN_NAME_WORD})(?:\s+(?:{_EN_NAME_WORD}|\d+(?![\d,.]\d))){{0,3}}")
_EN_NEXT_WORD = re.compile(r"\s*(?:([^\W\d_]+)|\S|$)")
_EN_WORD_EDGE = ".,;:!?’'\"”)»"
_EN_COPYRIGHT = re.compile(r"(?:©|\bCopyright)\s*$", re.I)
_EN_ALNUM = re.compile(r"[A-Za-z]\.?\d|\d[A-Za-z]")
_MONTH_KINDS = frozenset({"dmy", "mdy", "ddm_range", "mdd_range", "dmdm_range", "my", "ym_range",
                          "dual", "ymym_range"})
# a day and a month name before an old year make it a date ("12 сентября 1789 Генри …")
# in Russian and English, unless a count follows ("5 марта 1750 человек"); from 1600 on
_DAY_MONTH_KINDS = frozenset({"dmy", "mdy", "ddm_range", "mdd_range", "dmdm_range", "dual"})
_DAY_MONTH_MIN_YEAR = 1600
# after a bare number in English these make it a count, not a year ("2000 tonnes")
_EN_COMPOUND_AFTER = re.compile(r"-[a-z]")
_EN_CAP_BEFORE_HYPHEN = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]*$")
# "the 2019–20 fiscal year", "the 2024-25 season": a year across two named by the noun after it
_EN_SPLIT_YEAR_NOUN = re.compile(
    r"\s+(?:(?:fiscal|financial|academic|school|budget|tax|marketing|crop)\s+years?|seasons?|campaigns?)\b", re.I)
_EN_HEDGE_BEFORE = re.compile(
    r"\b(?:about|around|nearly|almost|roughly|some|over|more\s+than|fewer\s+than|less\s+than|"
    r"at\s+least|up\s+to|approximately|exactly|only|just|another)\s+$", re.I)
_EN_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")
# how far from a year a date pattern that does not open with it can start / end
_BEFORE_YEAR, _AFTER_YEAR = 60, 40
# Uzbek case endings of a bare year ("2016dan", "2030гача") and the starts of the words that
# make such a number a count ("2000дан ортиқ")
_YEAR_CASES = ("дан", "да", "га", "гача", "нинг", "даги", "dan", "da", "ga", "gacha", "ning", "dagi")
_UZ_BOUND_STARTS = ("орт", "ош", "кўп", "зиёд", "кам", "яқин", "ort", "osh", "koʻp", "ko'p", "ko‘p", "ziyod", "kam", "yaqin")
# case endings of an Uzbek season word after a year ("2024 йил кузида", "2023-yil yozgi");
# a closed list: the stems also begin other words (qishloq, kuzatuv, yozgan)
_SEASON_CASES = ("и", "да", "ида", "дан", "идан", "гача", "игача", "ги", "даги", "идаги", "га", "ига",
                 "i", "da", "ida", "dan", "idan", "gacha", "igacha", "gi", "dagi", "idagi", "ga", "iga")
# the rest of a year list before its last year, each year with an optional bracketed remark:
# "2002, 2004, 2008 и 2012 годов", "в 1998, 2003 (в составе команды …) и 2010 годах"
_LISTED = r"(?:\s*\([^()]{1,80}\))?(?:\s*,\s*(?:1\d|2[01])\d\d(?:\s*\([^()]{1,80}\))?)*"
# "from … to" between two dates (see DateFinder._join_ranges): the connector, and the
# opener that must stand right before the first date
_UZ_FROM = re.compile(r"(?:дан|тан|dan|tan)$", re.I)
_UZ_UNTIL = re.compile(r"(?:гача|gacha)$", re.I)
_RU_RANGE = re.compile(r"\s+(по|до)\s+", re.I)
_EN_RANGE = re.compile(r"\s+(to|through|until|and)\s+", re.I)
_FROM_RU = re.compile(r"(?<![^\W\d_])(?:с|со)\s+$", re.I)
# "from 2002 to 2005", "between 2008 to 2016", "from at least 2002 to 2005" (the words stay outside)
_FROM_EN = re.compile(r"(?<![^\W\d_])(?:from|between)(?:\s+(?:at\s+least|about|around|roughly))?\s+$", re.I)
_OPENER = {"ru": {"по": _FROM_RU, "до": _FROM_RU},
           "en": {"to": _FROM_EN, "through": _FROM_EN, "until": _FROM_EN,
                  "and": re.compile(r"(?<![^\W\d_])between\s+$", re.I)}}
# the ordinal value of a "final" word ("so‘nggi", "последнем", "last"): the last half or quarter
_FINAL = 0
_HALF_ISO = {1: ("01", "06"), 2: ("07", "12")}
_QUARTER_ISO = {1: ("01", "03"), 2: ("04", "06"), 3: ("07", "09"), 4: ("10", "12")}


def _words(rows: list[list[str]], kind: str) -> list[str]:
    return [r[0] for r in rows if r[1] == kind]


def _en_count_nouns(date_words: list[list[str]]) -> str:
    """The `count` words of en/date_words.tsv as one whole-word alternation (none: never matches).

    >>> re.match(_en_count_nouns([["cases", "count", ""], ["km", "count", ""]]), "km2") is None
    True
    """
    words = _words(date_words, "count")
    return rf"(?:{'|'.join(map(re.escape, words))})\b" if words else r"(?!)"


class _EnYearContext:
    """Words around a bare English year that make it a model year, a house number or a
    measure rather than a date (kinds event_noun, model_noun, model_next, elliptic_next,
    measure_of and street of en/date_words.tsv)."""

    def __init__(self, date_words: list[list[str]]) -> None:
        def fold(kind: str) -> frozenset[str]:
            return frozenset(w.lower() for w in _words(date_words, kind))

        self.events, self.models = fold("event_noun"), fold("model_noun")
        self.parts = fold("part_before") | {"pre", "post"}  # "Mid-2019", "Post-2008"
        self.model_next = fold("model_next")
        self.elliptic = self.model_next | fold("elliptic_next")
        measures, streets = _words(date_words, "measure_of"), _words(date_words, "street")
        self._measure = re.compile(
            rf"\b(?:{'|'.join(map(re.escape, measures))})\s+of\s+$", re.I) if measures else None
        self._count_after = re.compile(rf"\s+{_en_count_nouns(date_words)}")
        self._street = re.compile(
            rf"(?:\s+[A-Z][\w'’.-]*){{1,3}}?\s+(?:{'|'.join(map(re.escape, streets))})\b"
        ) if streets else None

    def ok(self, text: str, ys: int, ye: int) -> bool:
        """May the bare year text[ys:ye] be a date, by the words around it?

        >>> c = _EnYearContext([["show", "event_noun", ""], ["model", "model_noun", ""],
        ...                     ["gets", "model_next", ""], ["and", "elliptic_next", ""]])
        >>> t = "The 2020 Sentra gets a grille; the 2019 Los Angeles Auto Show; the 2018 model"
        >>> [c.ok(t, t.index(y), t.index(y) + 4) for y in ("2020", "2019", "2018")]
        [False, True, False]
        """
        year = int(text[ys:ye])
        if year > 2100:
            return False  # "a 2182 score"
        if text[ys - 1:ys] == "-" and (w := _EN_CAP_BEFORE_HYPHEN.search(text, max(0, ys - 30), ys - 1)) \
                and w.group(0).lower() not in self.parts:
            return False  # "the Uzbekistan-2030 strategy": a year glued to a name is part of it
        nx = text[ye:ye + 2]
        if nx[:1] == "-" and _EN_COMPOUND_AFTER.match(text, ye):
            return False  # "a 2048-bit key", "2016-style"
        if nx[:1].isspace():
            if self._count_after.match(text, ye):
                return False  # "1080 pixels by 1920 pixels"
            if nx[1:].isupper() and self._street is not None and self._street.match(text, ye):
                return False  # "of 1909 Jolinda Drive"
            if year % 50 == 0 and _EN_HEDGE_BEFORE.search(text, max(0, ys - 24), ys) \
                    and _EN_PLURAL_AFTER.match(text, ye):
                return False  # "about 2000 protesters" (a round count; "some 2019 graduates" is a year)
        a = max(0, ys - 40)
        if text.endswith("of ", a, ys) and self._measure is not None and self._measure.search(text, a, ys):
            return False  # "a total score of 2072"
        pair = _EN_PAIR_BEFORE.search(text, a, ys) if _DIGIT_RUN.search(text, max(0, ys - 14), ys) else None
        if pair is None and _EN_PREP_BEFORE.search(text, max(0, ys - 12), ys):
            return True
        run = _EN_NAME_RUN.match(text, ye)
        names = run.group(0).split() if run else []
        nm = _EN_NEXT_WORD.match(text, run.end() if run else ye)
        nxt = (nm.group(1) or "").lower()
        if any(w.strip(_EN_WORD_EDGE).lower() in self.events for w in names) or nxt in self.events \
                or _EN_COPYRIGHT.search(text, max(0, ys - 12), ys):
            return True  # "‘2018 Welcome Daehak-ro Festival’", "Copyright 2019 Hawaii News Now"
        if pair is not None:
            return False
        if names:
            return not (any(_EN_ALNUM.search(w) for w in names) or not nxt
                        or nxt in self.model_next or nxt in self.models)
        if nxt in self.models:
            return False  # "the 2018 model"
        the = _EN_THE_BEFORE.search(text, max(0, ys - 9), ys)
        if the is not None and (not nxt or nxt in self.elliptic):
            if (pm := _EN_PAIR_AFTER.match(text, ye)) is not None:  # "the 2016 and 2020 elections"
                nm = _EN_NEXT_WORD.match(text, pm.end())
                return (nm.group(1) or "").lower() in self.events
            return False  # "than the 2016,", "the 2016 was moved to …"
        return True


class DateFinder:
    """Dates with an explicit year in running text -> (start, end, iso) spans.

    Built from one tag's JSON tables: "months" (see months.py), "date_words" rows
    [word, kind, value] and "number_words" rows [word, value, kind] (for "олти ойида").
    """

    def __init__(self, tag: str, months: dict[str, Any], date_words: list[list[str]],
                 number_words: list[list[str]],
                 foreign: tuple[tuple[str, dict[str, Any], list[list[str]]], ...] = ()) -> None:
        """`foreign`: (tag, months, date_words) of the other languages, whose full
        day-month-year dates are read in this tag's text too ("23 февраля 2019 г." in uz-Latn)."""
        from .months import alternation

        self.tag = tag
        self.months = months
        uz = tag in _UZ_TAGS
        self.ordinals = {_okey(r[0]): int(r[2]) for r in date_words if r[1] == "ordinal"}
        self.ordinals.update({_okey(r[0]): _FINAL for r in date_words if r[1] == "final"})
        self.quarter_n = {_okey(r[0]): int(r[2]) for r in date_words if r[1] == "quarter_n"}
        self.half_n = {_okey(r[0]): int(r[2]) for r in date_words if r[1] == "half_n"}
        # "2024 йил кузида", "осенью 2024 года", "summer of 2023": the season stays in the
        # span, the ISO value is the year (annotated gold: a season is not normalised to months)
        seasons = alternation(_words(date_words, "season"))
        self.counts = {
            _okey(r[0]): int(r[1]) for r in number_words
            if r[2] == "unit" and r[1].isdigit() and 1 <= int(r[1]) <= 12
        }
        L = r"(?<![^\W\d_])"  # left word boundary
        R = r"(?![^\W\d_])"  # right word boundary
        cont = r"[\w" + re.escape("ʻʼ'’‘") + r"]*"

        def stems(kind: str) -> str:
            alt = alternation(_words(date_words, kind))
            return rf"{L}{alt}{cont}" if uz else rf"{L}{alt}{R}"

        year_word = _year_word(tag, date_words)
        mon = rf"{L}{month_regex(months)}{R}"
        # years 1000-2199; before 1800 `_plausible` wants a year word or a month;
        # "1980s" is a decade, not a year
        decade = r"|['’]?s\b" if tag == "en" else ""
        y = rf"(?<![\d.,])(?P<y>(?:1\d|2[01])\d{{2}})(?![\d]|[.,]\d{decade})"
        y2 = y.replace("?P<y>", "?P<y2>")
        yw = rf"(?:[\s\-–—−]*{year_word})"  # 2025-yil, "2017 — yilda"
        # "2018-2019 ўқув йили", "2024/2025 o‘quv yilida", "2024-2025 учебном году"
        acad = _words(date_words, "academic")
        ayw = rf"(?:[\s\-–—−]+{L}{alternation(acad)}{R}{yw}|{yw})" if acad else yw
        # a bare year given by its context: "(1751)", "(с 1736)", "в 1730", "since 1540";
        # not a count ("в 1730 тонн"), a phone code ("(1751) 23-45-67") or a range
        counts = _words(date_words, "count")
        not_count = rf"(?!\s+{alternation(counts)}{cont})" if counts else ""
        en_counts = _en_count_nouns(date_words) if tag == "en" else ""
        if tag == "en":
            not_count = rf"(?!\s+{en_counts})"
        preps = _words(date_words, "year_preposition")
        count_words = en_counts if tag == "en" else (
            rf"{alternation(counts)}{cont}" if counts else None)
        self._count_after = re.compile(
            rf"\s+(?:{count_words}|\d)" if count_words else r"\s+\d", re.I)
        # the earliest year a preposition takes without parentheses ("до 1150" is a count)
        self.prep_min = {_okey(r[0]): int(r[2] or 1000) for r in date_words
                         if r[1] == "year_preposition"}
        bare_end = r"(?![\d%]|[.,]\d|[-–—−/]|\s+(?:--|[-–—−/])\s*\d|\s+\d|[’']?s\b)"  # "в 1997 -- в ЦК": a dash between clauses
        ord_ = rf"(?P<ord>{alternation(list(self.ordinals))})"
        cnt = rf"(?P<n>\d{{1,2}}|{alternation(list(self.counts))})"
        first = rf"(?:{alternation(_words(date_words, 'first'))}\s+)?"
        last = alternation(_words(date_words, "last"))
        half, quarter, mths = stems("half"), stems("quarter"), stems("months")
        day = r"(?<![\d.,])(?P<d>[0-3]?\d)(?:-?(?:st|nd|rd|th|chi|нчи|inchi|го|е))?(?!\d)"
        day2 = day.replace("?P<d>", "?P<d2>")
        m1 = mon.replace(month_regex(months), rf"(?P<m>{month_regex(months)})")
        m2 = mon.replace(month_regex(months), rf"(?P<m2>{month_regex(months)})")
        m0 = mon.replace(month_regex(months), rf"(?P<m0>{month_regex(months)})")
        dash = r"\s*(?:--|[-–—−])\s*"
        # "2016 yil boshidan", "2024 йил охирида": the part of the year stays in the span
        parts = _words(date_words, "year_part")
        part = rf"|\s+{L}{alternation(parts)}{cont}" if parts else ""
        pats: list[tuple[str, str]] = [
            ("iso", r"(?<![\d.])(?P<y>\d{4})-(?P<mn>\d{2})-(?P<d>\d{2})(?![\d])"),
            # "2025.11.12" (year first with dots)
            ("iso", rf"(?<![\d.,/])(?P<y>(?:19|20)\d\d)(?P<sep>[./])(?P<mn>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?![\d]|[.,/]\d){yw}?"),
            ("dmy_num", rf"(?<![\d.,/])(?P<d>\d{{1,2}})(?P<sep>[./])(?P<mn>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?![\d]|[.,/]\d){yw}?"),
            ("years", rf"{y}{dash}{y2}{ayw}?"),
            # an academic/fiscal year: "2024/2025 o‘quv yili", "2024-25"
            ("years", rf"{y}/{y2}{ayw}?"),
            ("years", rf"{y}(?:{dash}|/)(?P<y2s>\d{{2}})(?![\d%]|[.,]\d){ayw}?"),
            ("year_ctx", rf"\((?:{alternation(preps)}\s+)?(?P<span>{y})\)(?!\s*[\d(+])"),
            ("dmy", rf"{day}[\s.-]*{m1}[\s,]*{y}{yw}?"),
            ("ddm_range", rf"{day}{dash}{day2}[\s.-]*{m1}[\s,]*{y}{yw}?"),
            # legal style, the day in quotes: "«12» ноября 2025 г.", "“12” ноябрь 2025 йил"
            ("dmy", rf"[«“\"](?P<d>[0-3]?\d)[»”\"]\s*{m1}[\s,]*{y}{yw}?"),
            # an Old Style date with the New Style one in brackets: "8 (20) октября 1802 года",
            # "26 марта (5 апреля) 1656" (one span, valued as the bracketed Gregorian date)
            ("dual", rf"{day}\s*\(\s*{day2}\s*\)\s*{m1}[\s,]*{y}{yw}?"),
            ("dual", rf"{day}\s*{m0}\s*\(\s*{day2}\s*{m1}\s*\)[\s,]*{y}{yw}?"),
        ]
        if uz:
            pats += [
                ("years", rf"{y}{yw}\s+{y2}{yw}"),
                # "2021-2023 йиллар даврига" (for the 2021-2023 term): the period word stays in
                # the span, as in "2024 йилнинг шу даврига"
                ("years", rf"{y}{dash}{y2}{yw}\s+{L}(?:даври|davri){cont}"),
                # "2019 йилнинг ўзида" (in 2019 alone): the emphatic "itself" stays in the span
                # (after the genitive only: "2016-yilda o‘zimizning" is another phrase)
                ("year", rf"{y}[\s\-–—−]*(?:йилнинг|yilning)\s+{L}(?:ўзи|o‘zi|oʻzi|o'zi|o’zi){cont}"),
                # "2020 dan 2025 yilgacha", "2020-dan 2025-yilgacha": the year word once, at the end
                ("years", rf"{y}[\s-]*(?:дан|тан|dan|tan){R}\s+{y2}{yw}(?:(?<=гача)|(?<=gacha))"),
                ("ym_range", rf"{y}{yw}\s+{m1}(?:{dash}|\s+){m2}(?:\s+{mths})?"),
                # "1989 йили 21 октябр ойида": the month word after the day stays in the span
                ("ydm", rf"{y}{yw}[\s,]*{day}[\s-]*{m1}(?:\s+{mths})?"),
                ("yddm_range", rf"{y}{yw}\s*{day}{dash}{day2}[\s-]*{m1}"),
                # "2025 йил 20 ноябрь – 5 декабрь", "2025-yil 20-noyabrdan 5-dekabrgacha"
                ("dmdm_range", rf"{y}{yw}[\s,]*{day}[\s-]*{m1}{dash}{day2}[\s-]*{m2}"),
                ("dmdm_range", rf"{y}{yw}[\s,]*{day}[\s-]*{m1}(?:(?<=дан)|(?<=dan))\s+{day2}[\s-]*{m2}"
                               rf"(?:(?<=гача)|(?<=gacha))"),
                ("half", rf"{y}{yw}\s+{ord_}\s*{half}"),
                # "2025 йилнинг ярим йиллигида": the half-year report is the first half
                ("half", rf"{y}{yw}\s+{L}(?:ярим\s+йилли|yarim\s+yilli){cont}"),
                ("quarter", rf"{y}{yw}\s+{ord_}\s*{quarter}"),
                ("first_n", rf"{y}{yw}\s+{first}{cnt}\s+{mths}"),
                ("last_n", rf"{y}{yw}\s+{last}\s+{cnt}\s+{mths}"),
                ("ym", rf"{y}{yw}\s+{m1}(?:\s+{mths})?"),
                ("season", rf"{y}{yw}\s+{L}(?P<season>{seasons})"
                           rf"{alternation(_SEASON_CASES)}?{R}"),
                ("my", rf"{m1}\s+{y}{yw}"),
                ("ym_range", rf"{m1}{dash}{m2}\s+{y}{yw}"),
                ("year", rf"{y}{yw}(?:\s+(?:(?:худди|xuddi)\s+)?(?:шу|мос|ўхшаш|тегишли|shu|mos|oʻxshash|o'xshash|o‘xshash|tegishli)\s+(?:даври|davri){cont}{part})?"),
                # a bare year with a case suffix: "2016dan beri", "2030гача"; not a count
                # ("2000дан ортиқ"), not part of a longer number or word
                ("year", rf"(?<![\d.,])(?<![^\W\d_]-)(?P<y>(?:19|20)\d\d)(?:{alternation(_YEAR_CASES)}){R}(?!\s+{L}{alternation(_UZ_BOUND_STARTS)})"),
                # each year but the last of "2024 ва 2025 йилларда", "2019, 2021 ва 2023 йилларда"
                ("year", rf"(?P<span>{y})(?={_LISTED}\s*(?:,|ва|va|ҳамда|hamda)\s*(?:1\d|2[01])\d\d{yw})"),
            ]
        # a year glued to a name by a hyphen ("JCH-2022", "Yevro-2004", "ЭКСПО-2025") is part of
        # the name, not a date (gold of bench/heldout5, heldout8; the spaced "Euro 2020" is a date);
        # English "mid-2023" is a part word before the year (part_before keeps it in the span)
        if tag == "en":
            pats.append(("year", r"(?<=[^\W\d_]-)(?P<y>(?:19|20)\d\d)(?![\d.,]\d|[\w-])"))
        if tag == "en":  # fiscal years: "FY2024", "FY 2024/25", "FY24"
            pats.append(("fy", r"(?<![^\W\d_])FY\s?(?:(?P<y>(?:19|20)\d\d)|(?P<ys>\d\d))(?:[/-](?P<y2s>\d\d))?(?![\w/-])"))
        # a year after an event noun names the event's year: "Евровидение 1983", "Osiyo
        # o‘yinlari 2023" (gold: an event's explicit year is a date; glued "JCH-2022" is a name)
        # the year closing a quoted title after a spaced dash: "“ХАТМОНА – 2018” байрами",
        # "“… Prezidenti saylovi — 2016” mavzuidagi" (gold of heldout12, heldout14; the glued
        # "мусобақаси-2018" is part of the name, as "JCH-2022")
        pats.append(("year", r"(?<=\s[–—-]\s)(?<!\d\s[–—-]\s)(?P<span>(?P<y>(?:19|20)\d\d))(?=\s?[»”\"])"))
        events = _words(date_words, "event")
        if events:
            # not a count ("на Олимпиаде 2000 спортсменов"): punctuation, a year word or a
            # capitalised word after the year
            pats.append(("year", rf"{L}{alternation(events)}{R}\s+(?P<span>{y})"
                                  rf"(?=\s*(?:[.,;:!?)»\"”]|$)|{yw}|\s+(?-i:[A-ZА-ЯЁЎҚҒҲ]))"))
        if preps:
            pats.append(("year_ctx", rf"{L}(?P<p>{alternation(preps)})\s+(?P<span>{y}){bare_end}{not_count}{R}"))
        if tag == "ru":
            pats += [
                ("ym_range", rf"{m1}{dash}{m2}\s+{y}{yw}?"),
                ("ym_range", rf"{m1}\s+по\s+{m2}\s+{y}{yw}?"),
                # "с июня 1630 по сентябрь 1631 годов": a month range across years, also before
                # 1800 (the opener "с" is checked in _plausible; later years join in _join_ranges)
                ("ymym_range", rf"{m1}\s+{y.replace('?P<y>', '?P<y0>')}(?:\s*{year_word})?"
                               rf"\s+по\s+{m2}\s+{y}{yw}?"),
                ("years", rf"{y}\s+по\s+{y2}{yw}?"),
                ("ddm_range", rf"{day}\s+по\s+{day2}\s+{m1}[\s,]*{y}{yw}?"),
                # "с 27 августа (1976) по 29 ноября 1978": the first year may be left out
                ("dmdm_range", rf"{day}\s*{m1}(?:[\s,]*{y.replace('?P<y>', '?P<y0>')}{yw}?)?"
                               rf"(?:\s+по\s+|{dash}){day2}\s*{m2}[\s,]*{y}{yw}?"),
                ("half", rf"{ord_}\s+{half}\s+{y}{yw}?"),
                ("season", rf"{L}(?P<season>{seasons}){R}\s+{y}{yw}?"),
                ("half", rf"{L}полугоди\w*\s+{y}{yw}?"),  # "за полугодие 2025 года"
                ("quarter", rf"{ord_}\s*{quarter}\s+{y}{yw}?"),
                ("first_n", rf"{first}{cnt}\s+{mths}\s+{y}{yw}?"),
                ("last_n", rf"{last}\s+{cnt}\s+{mths}\s+{y}{yw}?"),
                ("my", rf"{m1}\s+{y}{yw}?"),
                ("year", rf"{y}(?:-(?:м|го|му|й|ом))?\s*{year_word}"),
                # an ordinal year: "в 2024-м", "с 2024-го" (the ending is part of the span)
                ("year", rf"(?<![\d.,])(?P<y>(?:1[89]|2[01])\d\d)-(?:м|го|му|ом){R}"),
                # each year of a list the year word ends: "2002, 2004, 2008 и 2012 годов"
                ("year", rf"(?P<span>{y})(?={_LISTED}\s*(?:,|и)\s*(?:1\d|2[01])\d\d\s*{year_word})"),
                ("year", rf"{y}{dash}?{R}"),  # placeholder never used (y alone needs a word)
            ]
            pats.pop()
        elif tag == "en":
            pats += [
                ("mdy", rf"{m1}\.?\s+{day},?\s+{y}"),
                # "the 12th of March of 2022", "5th of May, 2021"
                ("dmy", rf"{day}\s+of\s+{m1}(?:,?\s+of|,)?\s+{y}"),
                ("ym_range", rf"{m1}(?:{dash}|\s+(?:to|through)\s+){m2},?\s+{y}"),
                # "between March and May 2024" ("between" stays outside)
                ("ym_range", rf"(?<=between ){m1}\s+and\s+{m2},?\s+{y}"),
                ("half", rf"{ord_}\s+{half}\s+(?:of\s+)?{y}"),
                ("half_n", rf"(?<![\w-])(?P<hn>H[12]|[12]H)\s*{y}"),
                # "9M 2025", "6M 2024": the first N months of the year (results tables)
                ("first_m", rf"(?<![\w$€£¥.,-])(?P<n>[1-9]|1[01])M\s*{y}"),
                ("season", rf"{L}(?P<season>{seasons})\s+(?:of\s+)?{y}"),
                ("quarter", rf"{ord_}\s+{quarter}\s+(?:of\s+)?{y}"),
                ("quarter_n", rf"(?P<qn>Q[1-4])\s*{y}"),
                ("first_n", rf"(?:first\s+)?{cnt}\s+{mths}\s+(?:of\s+)?{y}"),
                ("last_n", rf"{last}\s+{cnt}\s+{mths}\s+(?:of\s+)?{y}"),
                ("mdd_range", rf"{m1}\.?\s+{day}{dash}{day2},?\s+{y}"),
                # "November 12 to 14, 2025", "12 to 14 November 2025"
                # (a day range in words; "from"/"between" stay outside)
                ("mdd_range", rf"{m1}\.?\s+{day}\s+(?:to|through|until)\s+{day2},?\s+{y}"),
                ("ddm_range", rf"{day}\s+(?:to|through|until)\s+{day2}\s+{m1},?\s+{y}"),
                # "November 20 – December 5, 2025", "20 November to 5 December 2025"
                ("dmdm_range", rf"{m1}\.?\s+{day}(?:{dash}|\s+(?:to|through)\s+){m2}\.?\s+{day2},?\s+{y}"),
                ("dmdm_range", rf"{day}\s+{m1}(?:{dash}|\s+(?:to|through)\s+){day2}\s+{m2},?\s+{y}"),
                ("my", rf"{m1},?\s+{y}"),
                ("year", rf"{L}(?:in|since|by|of|for|during|from|until|till|through|to|year|early|late|mid|end)\s+(?P<span>{y}){R}"),
                ("year", rf"(?P<span>{y})\s+(?:fiscal\s+)?year{R}"),
                # "in fiscal year 2020", "fiscal 2024 sales": the fiscal words stay in the span
                ("year", rf"{L}fiscal\s+(?:year\s+)?{y}{R}(?!\s*[-–—−/]\s*\d)"),
                # "fiscal year 2020-21", "fiscal 2024/25": one fiscal year across two
                ("years", rf"{L}fiscal\s+(?:year\s+)?{y}(?:-|/)(?P<y2s>\d{{2}})(?![\d%]|[.,]\d)"),
                # any other bare year of recent decades, unless a count noun or unit follows
                ("year", rf"(?<![\d.,:$€£#№+/-])(?<!\d\s)(?<!(?-i:[A-Z])\s)(?P<span>(?P<y>19[5-9]\d|20[0-4]\d))(?![\d%]|[.,]\d|\s*[-–—−]\s*\d|\s+\d|['’]?s\b)(?!\s+{en_counts})"),
                ("year", rf"{L}(?:the|its|their|a)\s+(?P<span>{y})\s+(?:level|levels|figure|figures|period|results|data|budget|harvest|season|edition|target|total|volume){R}"),
                # a year used as an adjective: "in a 1774 letter", "his 1905 paper" (a singular
                # noun after it; "the 1500 employees" is a count)
                ("year_det", rf"{L}(?P<det>a|an|the|its|his|her|their|our|this|that)\s+(?P<span>{y})\s+"
                             rf"(?!{en_counts})(?-i:[a-z])[a-z]*(?<![s\W]){R}(?![-’']|\s+(?:of|per)\b)"),
            ]
        # a three-digit year needs a year word that cannot be a duration: "918 йилда",
        # "918-yilda", "в 988 году", "с 988 года" (not "500 йил", "102 года", "500 г.")
        y3 = r"(?<![\d.,])(?<!\d\s)(?P<y>[1-9]\d\d)"  # not the tail of "1 918" (a digit group)
        self._year3 = re.compile({
            "ru": rf"(?P<pre>(?<=\bс )|(?<=\bот )|(?<=\bдо )|(?<=\bпосле ))?{y3}\s+(?:году|(?(pre)года|(?!))){R}",
            "en": rf"(?<=\bin ){y3}\s+(?:AD|CE){R}",
        }.get(tag, rf"{y3}(?:-(?:йил|yil)(?!лик|lik|лиг|lig|лар|lar)\w*|\s+(?:йилда|yilda|йили|yili|йилги|yilgi){R})"), re.I)
        # "2018 yil 28 dekabr, 2020 yil 24 yanvar": in Uzbek a day right after "YYYY yil" is
        # that year's (year first), so "28 dekabr, 2020 yil" is no day-month-year date
        self._year_before = re.compile(rf"{y}{yw}[\s,]*$", re.I) if uz else None
        labels = _words(date_words, "label")
        self._label_before = re.compile(
            rf"{L}(?:{alternation(labels)})\.?\s+$", re.I) if labels else None
        flags = re.I
        # a word for the part of the period before the date, kept in the span: "начале
        # февраля 2020 года" (the ISO value stays the month or year)
        part_before = _words(date_words, "part_before")
        self._part_before = re.compile(
            rf"{L}(?:{alternation(part_before)})(?:\s+|-)$", flags) if part_before else None
        self.patterns = [(kind, re.compile(p, flags), months) for kind, p in pats]
        self._en_ctx = _EnYearContext(date_words) if tag == "en" else None
        for ftag, fmonths, fwords in foreign:  # whole dates only: day + month name + year
            if ftag == tag:
                continue
            fm = rf"{L}(?P<m>{month_regex(fmonths)}){R}"
            fyw = rf"(?:[\s\-–—−]*{_year_word(ftag, fwords)})"
            self.patterns.append(("dmy", re.compile(rf"{day}[\s.-]*{fm}[\s,]*{y}{fyw}?", flags), fmonths))
        # a pattern that opens with the year is tried at each year only (rx.match), the others
        # are searched in the text from _BEFORE_YEAR characters before a year to _AFTER_YEAR after
        # patterns that open with a day number are tried at each run of one or two digits
        # near a year, those that open with a month name at each month name (one search)
        groups: dict[str, list[tuple[str, re.Pattern[str], dict[str, Any]]]] = {
            "y": [], "d": [], "m": [], "": []}
        for k, rx, mo in self.patterns:
            groups[_opening(rx)].append((k, rx, mo))
        self.year_first, self.day_first, self.month_first, self.year_inside = (
            groups["y"], groups["d"], groups["m"], groups[""])
        self._month_start = re.compile(rf"{L}{month_regex(months)}{R}", flags)
        # a cheap test per window for the patterns left to a window search: they need a
        # half/quarter/months word, "H1"/"Q3"/"FY" or a parenthesis somewhere in it
        period = alternation([*_words(date_words, "half"), *_words(date_words, "quarter"),
                              *_words(date_words, "months"), "полугоди", "ярим", "yarim"])
        needs = {"half": period, "quarter": period, "first_n": period, "last_n": period,
                 "season": seasons,
                 "half_n": r"H[12]|[12]H", "quarter_n": r"Q[1-4]", "fy": r"FY", "first_m": r"\dM"}
        self.year_inside = [
            (k, rx, mo, re.compile(needs[k] if k in needs
                                   else r"\(" if rx.pattern.startswith("\\(") else "", flags))
            for k, rx, mo in self.year_inside
        ]

    def find(self, text: str, digits: list[tuple[int, int]] | None = None
             ) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, iso) date spans, longest first. `digits`: the spans
        of the digit runs of `text` when the caller has them (saves one scan)."""
        cands: set[tuple[int, int, str]] = set()
        windows: list[list[int]] = []
        if digits is None:  # every date holds a year
            years = [ym.start() for ym in _YEAR_HINT.finditer(text)]
        else:
            years = [s for s, e in digits if e - s == 4 and (
                text[s] == "1" or (text[s] == "2" and text[s + 1] in "01"))]
        anchors = years
        if self.tag == "en" and "FY" in text:  # "FY25": a two-digit fiscal year opens a window too
            if digits is None:
                digits = [m.span() for m in _DIGIT_RUN.finditer(text)]
            fy = [s for s, e in digits if e - s == 2 and text[max(0, s - 3):s].rstrip().endswith("FY")]
            anchors = sorted(years + fy) if fy else years
        for pos in anchors:
            a, b = max(0, pos - _BEFORE_YEAR), min(len(text), pos + 4 + _AFTER_YEAR)
            if windows and a <= windows[-1][1]:
                windows[-1][1] = b
            else:
                windows.append([a, b])
        if digits is None:
            digits = [m.span() for m in _DIGIT_RUN.finditer(text)]
        for s, e in digits:
            if e - s == 3 and (m3 := self._year3.match(text, s)) is not None:
                y3 = int(m3.group("y"))
                if y3 % 100:  # "100 йилда бир", "100-yil boʻladi": a span of time
                    cands.add((s, m3.end(), f"{y3:04d}"))
        for kind, rx, months in self.year_first:
            for pos in years:
                m = rx.match(text, pos)
                if m is not None:
                    self._add(kind, m, rx, months, text, cands)
        if self.day_first:
            if digits is None:
                digits = [m.span() for m in _DIGIT_RUN.finditer(text)]
            days = [s for s, e in digits if e - s <= 2]
            j = 0
            for a, b in windows:
                while j < len(days) and days[j] < a:
                    j += 1
                while j < len(days) and days[j] < b:
                    pos = days[j]
                    for kind, rx, months in self.day_first:
                        m = rx.match(text, pos, b)
                        if m is not None:
                            self._add(kind, m, rx, months, text, cands)
                    j += 1
        if self.month_first:
            for a, b in windows:
                for mm in self._month_start.finditer(text, a, b):
                    for kind, rx, months in self.month_first:
                        m = rx.match(text, mm.start(), b)
                        if m is not None:
                            self._add(kind, m, rx, months, text, cands)
        present: dict[tuple[str, int], bool] = {}  # (need, window start): several kinds share a need
        for kind, rx, months, need in self.year_inside:
            for a, b in windows:
                if need.pattern:
                    ok = present.get((need.pattern, a))
                    if ok is None:
                        ok = present[need.pattern, a] = need.search(text, a, b) is not None
                    if not ok:
                        continue
                for m in rx.finditer(text, a, b):
                    self._add(kind, m, rx, months, text, cands)
        taken: list[tuple[int, int, str]] = []
        used = bytearray(len(text))
        for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0], c[2])):
            if not any(used[c[0]:c[1]]):
                taken.append(c)
                used[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
        if len(taken) > 1:
            taken = self._join_ranges(text, sorted(taken))
        if self._part_before is not None:
            for x, (a, b, iso) in enumerate(taken):
                pm = self._part_before.search(text, max(0, a - _PART_REACH), a)
                if pm is not None:
                    taken[x] = (pm.start(), b, iso)
        return sorted(taken)

    def _join_ranges(self, text: str, taken: list[tuple[int, int, str]]
                     ) -> list[tuple[int, int, str]]:
        """Two dates written as one "from … to" range become one span A/B: Uzbek "2024 йил
        1 январдан 2025 йил 1 январгача", Russian "с января 2024 по март 2025 года", English
        "from 2020 to 2025", "between 2020 and 2025" (the preposition before stays outside)."""
        out = [taken[0]]
        for a2, b2, iso2 in taken[1:]:
            a1, b1, iso1 = out[-1]
            between = text[b1:a2]
            if self.tag in _UZ_TAGS:
                ok = between.isspace() and _UZ_FROM.search(text, a1, b1) is not None \
                    and _UZ_UNTIL.search(text, a2, b2) is not None
            else:
                rx = _RU_RANGE if self.tag == "ru" else _EN_RANGE
                m = rx.fullmatch(between)
                ok = m is not None and (
                    _OPENER[self.tag][m.group(1).lower()].search(text, max(0, a1 - 24), a1) is not None)
            lo, hi = iso1.split("/")[0], iso2.split("/")[-1]
            if ok and lo[:4] <= hi[:4] and lo < hi and not hi.startswith(lo):
                out[-1] = (a1, b2, f"{lo}/{hi}")
            else:
                out.append((a2, b2, iso2))
        return out

    def _add(self, kind: str, m: re.Match[str], rx: re.Pattern[str], months: dict[str, Any],
             text: str, cands: set[tuple[int, int, str]]) -> None:
        """Adds the candidate of one match when it is a plausible date."""
        iso = self._iso(kind, m, months)
        if not iso or not self._plausible(kind, m, text):
            return
        s, e = (m.span("span") if "span" in rx.groupindex and m.group("span") else m.span())
        if self._label_before is not None and text[s:e].isdigit() \
                and self._label_before.search(text, max(0, s - _LABEL_REACH), s):
            return  # "Room 2024", "Flight 1990": a number naming a thing
        while e > s and text[e - 1] in " -,":
            e -= 1
        if self.tag == "ru" and text[e - 1 : e].isdigit() and (o := _RU_YEAR_ORD.match(text, e)):
            e = o.end()  # "в первом полугодии 2025-го": the ordinal ending is the year's
        cands.add((s, e, iso))

    def _plausible(self, kind: str, m: re.Match[str], text: str) -> bool:
        """Old years need a year word or a closed month date ("in 1543." in English);
        decades ("1980-йилларда") are not years."""
        g = m.groupdict()
        if kind == "fy":
            return True
        if kind == "dmy" and self._year_before is not None \
                and self._year_before.search(text, max(0, m.start() - 16), m.start()):
            return False
        if kind == "ymym_range" and _FROM_RU.search(text, max(0, m.start() - 4), m.start()) is None:
            return False
        if kind in ("quarter", "half") and (g.get("ord") or "").isdigit() and _RU_PERIOD_COUNT.search(m.group(0)):
            return False  # "за 2 квартала 2024 года": two quarters (a count), not the second
        if kind == "year" and self.tag == "en" and _LIST_NEXT.match(text, m.end("y")) and (
                _TITLE_IN_LIST.search(text, max(0, m.start("y") - 60), m.start("y"))
                or (_TITLE_BEFORE.search(text, max(0, m.start("y") - 40), m.start("y"))
                    and _TITLE_YEAR_NEXT.match(text, m.end("y")))):
            return False  # ", Football Manager 2020, Grid 2019,": a year in a list of titles
        if kind in ("year", "year_det") and self.tag == "en" and _EN_MODEL_AFTER.match(text, m.end("y")) \
                and not _EN_PREP_BEFORE.search(text, max(0, m.start("y") - 12), m.start("y")):
            return False  # "the 2020 Audi e-tron": a model year in a product name
        if self._en_ctx is not None and kind in ("year", "year_det", "year_ctx") \
                and not self._en_ctx.ok(text, m.start("y"), m.end("y")):
            return False  # "The 2020 Sentra", "than the 2016,", "a 2182 score", "1909 Jolinda Drive"
        if kind == "year_det":  # "a 1774 letter"; "the 1200 staff" is a count
            return g["det"].lower() in ("a", "an") or int(g["y"]) >= _OLD_YEAR
        if g.get("y2s") and not _WORD_AFTER.match(text, m.end("y2s"), m.end()) and not (
            self.tag == "en" and (_EN_YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start())
                                  or m.group(0)[:6].lower() == "fiscal"
                                  or _EN_SPLIT_YEAR_NOUN.match(text, m.end()))
        ) and not (  # "the 2019/20 academic year", "в сезоне 1903/04": a slash and the next year
            text[m.end("y") : m.start("y2s")] == "/"
            and int(g["y2s"]) == (int(g["y"]) + 1) % 100
        ):
            return False  # "2000-50 тонна": a two-digit second year needs a year word
        if kind == "years" and g.get("y2") and _DECADE_END.match(text, m.end("y2")):
            return False  # "1970 -- 1980-е годы", "1970-1980-х": a range of decades
        if kind == "years" and g.get("y2") and _IN_PARENS.match(text, m.end()) \
                and text[:m.start()].rstrip().endswith("("):
            return True  # "(1547 -- 1577)": a period in parentheses, also before 1800
        last = "y2" if g.get("y2") else "y2s" if g.get("y2s") else "y"
        if g.get(last) is None:
            return True
        year, end = int(g[last]), m.end(last)
        if kind == "year_ctx":
            low = self.prep_min.get(_okey(g["p"]), 1000) if g.get("p") else 1000
            return low <= year <= 2100
        if kind not in ("years",) and year % 10 == 0 and _DECADE_WORD.match(text, end, m.end()) \
                and not _LIST_BEFORE.search(text, 0, m.start("y")):
            return False
        if (year % 100 == 0 or year < _OLD_YEAR) and _DURATION_WORD.match(text, end, m.end()):
            return False
        if int(g["y"]) >= _OLD_YEAR or kind in ("iso", "dmy_num"):
            return True
        if _YEAR_LIST_AFTER.match(text, end):
            return True  # "конклавы 1689 и 1700 годов": the year word after the last of a list
        if _WORD_AFTER.match(text, end, m.end()):
            return True  # "1543 года", "1750 й.", "17 октября 1793 года"
        if kind in _DAY_MONTH_KINDS and year >= _DAY_MONTH_MIN_YEAR and self.tag in ("ru", "en") \
                and not self._count_after.match(text, m.end()):
            return True
        if kind == "year" and self.tag == "en":
            return bool(_EN_OLD_YEAR.match(m.group(0)) and _CLOSED.match(text, m.end()))
        return kind in _MONTH_KINDS and bool(_CLOSED.match(text, m.end()))

    def _iso(self, kind: str, m: re.Match[str], months: dict[str, Any] | None = None) -> str | None:
        g = m.groupdict()
        months = months or self.months
        y = g.get("y")
        if kind == "iso":
            d = _date(y, g["mn"], g["d"])
            return d.isoformat() if d else None
        if kind == "dmy_num":
            d = _date(y, g["mn"], g["d"])
            return d.isoformat() if d else None
        if kind == "years":
            if g.get("y2s"):  # "2024-25": the second year shares the century
                y2 = int(y) // 100 * 100 + int(g["y2s"])
                return f"{y}/{y2}" if y2 > int(y) else None
            if "/" in m.group(0) and int(g["y2"]) != int(y) + 1:
                return None
            return f"{y}/{g['y2']}" if int(g["y2"]) > int(y) else None
        if kind in ("dmy", "ydm", "mdy"):
            d = _date(y, month_number(g["m"], months), g["d"])
            return d.isoformat() if d else None
        if kind == "dual":  # the New Style (Gregorian) date in the brackets
            d = _date(y, month_number(g["m"], months), g["d2"])
            return d.isoformat() if d else None
        if kind in ("ddm_range", "yddm_range", "mdd_range"):
            mn = month_number(g["m"], months)
            a, b = _date(y, mn, g["d"]), _date(y, mn, g["d2"])
            return f"{a.isoformat()}/{b.isoformat()}" if a and b and a < b else None
        if kind == "dmdm_range":
            a = _date(g.get("y0") or y, month_number(g["m"], months), g["d"])
            b = _date(y, month_number(g["m2"], months), g["d2"])
            return f"{a.isoformat()}/{b.isoformat()}" if a and b and a < b else None
        if kind == "ymym_range":
            a, b = month_number(g["m"], months), month_number(g["m2"], months)
            lo, hi = f"{g['y0']}-{a:02d}", f"{y}-{b:02d}"
            return f"{lo}/{hi}" if a and b and lo < hi else None
        if kind == "ym_range":
            a, b = month_number(g["m"], months), month_number(g["m2"], months)
            return f"{y}-{a:02d}/{y}-{b:02d}" if a and b and a < b else None
        if kind in ("ym", "my"):
            mn = month_number(g["m"], months)
            return f"{y}-{mn:02d}" if mn else None
        if kind == "half":
            n = self.ordinals.get(_okey(g["ord"])) if g.get("ord") else 1
            n = 2 if n == _FINAL else n  # "so‘nggi yarmida": the second half
            return f"{y}-{_HALF_ISO[n][0]}/{y}-{_HALF_ISO[n][1]}" if n in _HALF_ISO else None
        if kind == "half_n":
            n = int(g["hn"].strip("H"))
            return f"{y}-{_HALF_ISO[n][0]}/{y}-{_HALF_ISO[n][1]}"
        if kind == "quarter":
            n = self.ordinals.get(_okey(g["ord"]))
            n = 4 if n == _FINAL else n  # "so‘nggi choragida", "last quarter of 2024": the fourth
            return f"{y}-{_QUARTER_ISO[n][0]}/{y}-{_QUARTER_ISO[n][1]}" if n in _QUARTER_ISO else None
        if kind == "quarter_n":
            n = int(g["qn"][1])
            return f"{y}-{_QUARTER_ISO[n][0]}/{y}-{_QUARTER_ISO[n][1]}"
        if kind == "last_n":
            raw = g["n"]
            n = int(raw) if raw.isdigit() else self.counts.get(_okey(raw))
            if not n or not 1 <= n <= 12:
                return None
            return f"{y}-{13 - n:02d}/{y}-12" if n > 1 else f"{y}-12"
        if kind in ("first_n", "first_m"):
            raw = g["n"]
            n = int(raw) if raw.isdigit() else self.counts.get(_okey(raw))
            if not n or not 1 <= n <= 12:
                return None
            return f"{y}-01/{y}-{n:02d}" if n > 1 else f"{y}-01"
        if kind in ("year", "year_ctx", "year_det"):
            return y
        if kind == "season":
            return y
        if kind == "fy":
            y = y or f"20{g['ys']}"
            if g.get("y2s"):
                y2 = int(y) // 100 * 100 + int(g["y2s"])
                return f"{y}/{y2}" if int(y) < y2 <= int(y) + 10 else None  # "FY2020-22" spans three
            return y
        return None


def _opening(rx: re.Pattern[str]) -> str:
    r"""What every match of `rx` starts with, after lookbehinds: "y" its year, "d" a day
    number, "m" a month name of this tag, "" anything else.

    >>> _opening(re.compile(r"(?P<span>(?<![\d.,])(?P<y>\d{4}))")), _opening(re.compile(r"(?<!\d)(?P<d>\d)"))
    ('y', 'd')
    """
    p = rx.pattern
    while True:
        if p.startswith("(?P<span>"):
            p = p[len("(?P<span>"):]
        elif p.startswith("(?<"):
            depth, i = 0, 0
            while i < len(p):  # skip one balanced lookbehind group
                if p[i] == "\\":
                    i += 2
                    continue
                depth += {"(": 1, ")": -1}.get(p[i], 0)
                i += 1
                if depth == 0:
                    break
            p = p[i:]
        else:
            break
    if p.startswith("(?P<y>"):
        return "y"
    if p.startswith("(?P<d>"):
        return "d"
    if p.startswith("(?P<m>") and "(?P<m>" in rx.pattern[:40]:
        return "m"
    return ""


def _year_word(tag: str, date_words: list[list[str]]) -> str:
    """Regex of one tag's year words: Uzbek stems take any ending ("йилда", "yilgacha")."""
    from .months import alternation

    L, R = r"(?<![^\W\d_])", r"(?![^\W\d_])"
    alt = alternation(_words(date_words, "year"))
    cont = r"[\w" + re.escape("ʻʼ'’‘") + r"]*"
    word = rf"{L}{alt}{cont}" if tag in _UZ_TAGS else rf"{L}{alt}{R}"
    abbr = _words(date_words, "year_abbr")
    if abbr:  # "1750 й.", "2015 y": a whole word, optional dot
        word = rf"(?:{word}|{L}{alternation(abbr)}\.?{R})"
    return word


def _okey(word: str) -> str:
    """Ordinal/count lookup key: lower case, apostrophes unified."""
    from .lexicon import norm_key

    return norm_key(word)
