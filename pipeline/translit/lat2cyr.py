"""Uzbek Latin -> Cyrillic: lexicon first (whole word, then stem + suffixes), letter rules last.

Reads every apostrophe variant and the letters of the 1993 / draft alphabets; leaves
URLs, e-mails, Roman numerals and words with letters Uzbek Latin lacks alone.

>>> to_cyrillic("O'zbekiston Respublikasi")
'Ўзбекистон Республикаси'
>>> to_cyrillic("Is'hoq yo'q")
'Исҳоқ йўқ'
"""
from __future__ import annotations

import re
from functools import cache

from . import lexicon
from .alphabet import apostrophes, lat_to_cyr, latin_variants, read_tsv
from .memo import WordCache, ordinal_dates

LATIN_VOWELS = frozenset("aeiou")
_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"


_PROTECTED = (
    r"(?:https?://|www\.)[^\s<>\"«»“”]+"  # URL
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail
    r"|(?:[\w-]+\.)+(?:uz|com|ru|org|net|info|gov|edu|io|me|tv|co|kz|tj|kg)\b(?:/[^\s<>\"«»“”]*)?"
)
# cheap test for text that may hold a URL, e-mail or domain
_MAYBE_PROTECTED = re.compile(r"://|@|www\.|\.(?:uz|com|ru|org|net|info|gov|edu|io|me|tv|co|kz|tj|kg)\b")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[int, str]]:
    """(word splitter, protected-span finder, apostrophe finder, 1993-letter table)."""
    apos = re.escape(apostrophes())
    L = _LETTER
    # a word: letters with apostrophes inside; at its end only ʼ, or any after o / g
    word = re.compile(rf"([{L}]+(?:[{apos}]+[{L}]+)*(?:(?<=[oOgG])[{apos}]|ʼ)?)")
    protected = re.compile(_PROTECTED)
    og = re.compile(rf"[{apos}]")
    variants = {ord(k): v for k, v in latin_variants().items()}
    return word, protected, og, variants


_UZ_LATIN = re.compile(r"[^a-vx-zA-VX-Zʻʼ]|[cC](?![hH])")
_C_ALONE = re.compile(r"c(?!h)")
# Roman numerals as news uses them (centuries, ordinals: I-XXXIX); longer ones with D, M
# clash with Uzbek abbreviations (DXX = ДХХ, the State Security Service)
_ROMAN = re.compile(r"(?=[XVI])X{0,3}(?:IX|IV|V?I{0,3})")
_CAMEL = re.compile(r"^[a-z]{1,2}[A-Z][a-z]{2}")  # iPhone, eSim (not ToshDU, kVt, OʻzLiDeP)
_MONTHS = "yanvar|fevral|mart(?!aba)|aprel|may(?!do)|iyun|iyul|avgust|sent(?:y)?abr|okt(?:y)?abr|noyabr|dekabr"


@cache
def _date() -> re.Pattern[str]:
    """The hyphen of an ordinal date: before a year word (group 1) or a month;
    `memo.ordinal_dates` finds the number before it and checks the ranges."""
    return re.compile(rf"-(?=([yY][iI][lL])|(?i:{_MONTHS}))")


# Russian prefixes after which a y-vowel is written ъ + е/ё/ю/я (объект, субъект,
# подъезд, съезд, конъюнктура, инъекция, адъютант)
_HARD_SIGN_PREFIX = re.compile(r"(?:ob|sub|pod|kon)(?=y[eua]|yo(?!ʻ))|(?:in|ad)(?=y[eu])|s(?=ye)")
_HAS_LATIN = re.compile(rf"[{_LETTER}]")


def canonical(word: str) -> str:
    """A Latin word in the 1995 spelling with canonical ʻ (after o, g) and ʼ.

    >>> canonical("g`alla"), canonical("ma’no"), canonical("Şahar")
    ('gʻalla', 'maʼno', 'Shahar')
    """
    if word.isascii() and "'" not in word and "`" not in word:
        return word
    _, _, og, variants = _patterns()
    word = word.translate(variants)
    return og.sub(lambda m: "ʻ" if m.start() and word[m.start() - 1] in "oOgG" else "ʼ", word)


def rules(lw: str, after_vowel: bool | None = None) -> list[tuple[int, str]]:
    """(index in `lw`, Cyrillic) for each Latin unit of the lower-case canonical word.

    `after_vowel` is None at word start, else whether a vowel precedes `lw`.

    >>> "".join(c for _, c in rules("yevropa")), "".join(c for _, c in rules("aeroport"))
    ('европа', 'аэропорт')
    """
    if after_vowel is None:
        m = _HARD_SIGN_PREFIX.match(lw)
        if m:  # объект, съезд: ъ after a Russian prefix
            k = m.end()
            rest = rules(lw[k:])
            return rules(lw[:k]) + [(k, "ъ" + rest[0][1])] + [(i + k, c) for i, c in rest[1:]]
    table = lat_to_cyr()
    out: list[tuple[int, str]] = []
    n = len(lw)
    i = 0
    prev_vowel = after_vowel
    while i < n:
        c = lw[i]
        nx = lw[i + 1] if i + 1 < n else ""
        if nx == "h" and c in "sc":
            out.append((i, "ш" if c == "s" else "ч"))
            i += 2
            prev_vowel = False
            continue
        if nx == "ʻ" and c in "og":
            out.append((i, "ў" if c == "o" else "ғ"))
            i += 2
            prev_vowel = c == "o"
            continue
        if c == "s" and nx == "ʼ" and lw[i + 2 : i + 3] == "h":
            out.append((i, "с"))
            out.append((i + 2, "ҳ"))
            i += 3
            prev_vowel = False
            continue
        if c == "y" and nx in ("e", "o", "u", "a") and nx:
            if nx == "o" and lw[i + 2 : i + 3] == "ʻ":  # yoʻ = йў
                out.append((i, "й"))
                i += 1
                prev_vowel = False
                continue
            if nx == "e":
                # е carries the y at word start / after a vowel; after a consonant
                # Russian loans write ье (премьер, Васильев); ъе only after a prefix
                cyr = "е" if prev_vowel is None or prev_vowel else "ье"
            else:
                cyr = table["y" + nx]
            out.append((i, cyr))
            i += 2
            prev_vowel = True
            continue
        if c == "e":
            out.append((i, "э" if prev_vowel is None or prev_vowel else "е"))
            i += 1
            prev_vowel = True
            continue
        out.append((i, table.get(c, c)))
        prev_vowel = c in LATIN_VOWELS
        i += 1
    return out


def _join(cyr_stem: str, suffix: str) -> str:
    after_vowel = cyr_stem[-1:] in "аеёиоуўэюяы"
    return cyr_stem + "".join(c for _, c in rules(suffix, after_vowel))


def lower_word(lw: str) -> str:
    """Cyrillic for a lower-case canonical Latin word: lexicon, stem + suffixes, or rules.

    >>> lower_word("aprel"), lower_word("ketsa")
    ('апрель', 'кетса')
    """
    found = lexicon.words().get(lw)
    if found is not None:
        return found
    candidates = lexicon.stem_index().get(lw[:3])
    if candidates:
        bare = lexicon.stems().get(lw)
        if bare is not None:  # a stem seen only inflected (Йоркда) used bare (York)
            return bare
        chains = lexicon.suffix_chains()
        n = len(lw)
        for stem_lat, stem_cyr in candidates:  # longest first
            if len(stem_lat) < n and lw.startswith(stem_lat) and lw[len(stem_lat) :] in chains:
                return _join(stem_cyr, lw[len(stem_lat) :])
    return rewrite(fast_rules(lw))


@cache
def _fast_tables() -> tuple[re.Pattern[str], re.Pattern[str], dict[int, str]]:
    single = {ord(k): v for k, v in lat_to_cyr().items() if len(k) == 1}
    single[ord("ʼ")] = "ъ"
    after_vowel = r"(?:^|(?<=[aeiouеэ])|(?<=oʻ))"
    return re.compile(after_vowel + "ye"), re.compile(after_vowel + "e"), single


_E_AFTER_VOWEL = re.compile("(?:[aeiou]|oʻ)y?e")


def fast_rules(lw: str) -> str:
    """`rules(lw)` joined, by string replacement (same output, several times faster).

    >>> fast_rules("yoʻlga"), fast_rules("poyezd"), fast_rules("isʼhoq"), fast_rules("obyekt")
    ('йўлга', 'поезд', 'исҳоқ', 'объект')
    """
    ye_vowel, e_vowel, single = _fast_tables()
    if "y" in lw[:5]:
        m = _HARD_SIGN_PREFIX.match(lw)
        if m:
            return fast_rules(lw[: m.end()]) + "ъ" + fast_rules(lw[m.end() :])
    if "e" in lw:
        # е carries the y at word start / after a vowel, a bare e there is э;
        # after a consonant ye is ье (премьер) and e is е
        if lw[0] == "e" or lw.startswith("ye") or _E_AFTER_VOWEL.search(lw):
            lw = e_vowel.sub("э", ye_vowel.sub("е", lw))
        if "ye" in lw:
            lw = lw.replace("ye", "ье")
    if "ʼh" in lw:
        lw = lw.replace("sʼh", "сҳ")
    if "ʻ" in lw:
        lw = lw.replace("yoʻ", "йў").replace("oʻ", "ў").replace("gʻ", "ғ")
    if "h" in lw:
        lw = lw.replace("sh", "ш").replace("ch", "ч")
    if "y" in lw:
        lw = lw.replace("yo", "ё").replace("yu", "ю").replace("ya", "я")
    return lw.translate(single)


@cache
def _rewrites() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = read_tsv("cyr_rewrites.tsv")
    table = {r["pattern"]: r["cyr"] for r in rows}
    return re.compile("|".join(f"({p})" for p in table)), table


def rewrite(cyr: str) -> str:
    """Apply `data/cyr_rewrites.tsv` (Russian-loan ц; patterns without capturing groups).

    >>> rewrite("конститутсия"), rewrite("кетса")
    ('конституция', 'кетса')
    """
    if "си" not in cyr and "се" not in cyr:
        return cyr
    pattern, table = _rewrites()
    replacements = list(table.values())
    return pattern.sub(lambda m: replacements[m.lastindex - 1], cyr)  # type: ignore[operator]


def keep_as_is(word: str) -> bool:
    """True for tokens Latin->Cyrillic leaves alone: foreign letters, Roman numerals, brands.

    >>> [keep_as_is(w) for w in ("Facebook", "XXI", "iPhone", "ToshDU", "kitob")]
    [True, True, True, False, False]
    """
    if _UZ_LATIN.search(word):
        return True
    if word.islower():
        return False
    if word.isupper() and _ROMAN.fullmatch(word):
        return True
    if _CAMEL.search(word):
        return True
    return word in lexicon.keep_latin()


def convert_word(word: str) -> str:
    """One Latin word to Cyrillic, keeping its capitalisation pattern.

    >>> [convert_word(w) for w in ("SHAHAR", "Shahar", "AQSh", "AQSH", "ToshDU", "O‘ZBEKISTON")]
    ['ШАҲАР', 'Шаҳар', 'АҚШ', 'АҚШ', 'ТошДУ', 'ЎЗБЕКИСТОН']
    """
    if word.isascii() and "'" not in word and "`" not in word:
        canon = word
        lw = word.lower()
        if "w" in lw or ("c" in lw and _C_ALONE.search(lw)):
            return word  # letters Uzbek Latin lacks
    else:
        canon = canonical(word)
        if _UZ_LATIN.search(canon):
            return word
        lw = canon.lower()
    if canon == lw:
        return lower_word(lw)
    if keep_as_is(canon):
        return word
    letters = canon.replace("ʻ", "").replace("ʼ", "")
    if canon.isupper():
        cyr = lower_word(lw)
        return cyr.upper() if len(letters) > 1 else cyr[:1].upper() + cyr[1:]
    if canon[0].isupper() and canon[1:] == lw[1:]:
        cyr = lower_word(lw)
        return cyr[:1].upper() + cyr[1:]
    return "".join(c.upper() if canon[i].isupper() else c for i, c in rules(lw))


_cache = WordCache(convert_word)


def to_cyrillic(text: str) -> str:
    """Uzbek Latin text (1995 alphabet, any apostrophes, 1993 letters) to Cyrillic."""
    if not _HAS_LATIN.search(text):
        return text
    if "-" in text:
        text = ordinal_dates(text, _date().finditer(text), " ")
    word, protected = _patterns()[:2]
    if not _MAYBE_PROTECTED.search(text):
        return _convert_run(text, word)
    out, last = [], 0
    for start, end in _protected_spans(text, protected):
        out.append(_convert_run(text[last:start], word))
        out.append(text[start:end])
        last = end
    out.append(_convert_run(text[last:], word))
    return "".join(out)


def _protected_spans(text: str, protected: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of URLs, e-mails and domains: the white-space-free chunks around a marker."""
    spans: list[tuple[int, int]] = []
    for m in _MAYBE_PROTECTED.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        lo = text.rfind(" ", 0, m.start()) + 1
        lo = max(lo, text.rfind("\n", 0, m.start()) + 1)
        if spans:
            lo = max(lo, spans[-1][1])
        hi = m.end()
        n = len(text)
        while hi < n and not text[hi].isspace():
            hi += 1
        hit = protected.search(text, lo, hi)
        if hit:
            spans.append(hit.span())
    return spans


# (letter first, then the look-behind: the engine skips ahead to I/V/X/L/C/D/M fast)
_INITIAL = re.compile(r"[IVXLCDM](?<![^\W\d_][IVXLCDM])\.")


def _convert_run(text: str, word: re.Pattern[str]) -> str:
    parts = word.split(text)
    cache = _cache
    words = parts[1::2]
    parts[1::2] = map(cache.__getitem__, words)
    if _INITIAL.search(text):
        # a lone capital that could be a Roman numeral but carries a full stop is an
        # initial (I. Karimov, V. Ivanov)
        table = lat_to_cyr()
        for i, w in enumerate(words):
            if len(w) == 1 and w in "IVXLCDM" and parts[2 * i + 2][:1] == ".":
                cyr = table.get(w.lower())  # no Uzbek letter for a lone C: kept as written
                if cyr:
                    parts[2 * i + 1] = cyr.upper()
    return "".join(parts)
