"""Location mentions: gazetteer cities/regions (also hyphen-joined, Тошкент-Самарқанд, and
routes holding a hyphenated place or a world town's other spelling, Termiz-Mozori-Sharif-Kobul-Peshovar),
`X вилояти/tumani/MFY/region` (quoted names and quoted names coordinated before them, two-word
names such as Sharof Rashidov tumani, coordinated names before a plural place word), a name
between a district and `ҳудуди`, English `in X, <country>`, Uzbek Cyrillic foreign cities by
pymorphy3 Geox; the Russian rules are in `places_ru`, English towns and US states in datelines
(`Alpharetta, GA`) in `towns_en`, other spellings of world towns in Uzbek text (Halabga,
Peshovar) in `towns_uz`."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from itertools import compress
from typing import Any

from .morph import fold
from .scan import Candidate, Scan

RANK = 2


class CachedMorph:
    """pymorphy3's analyser with bounded per-word memos for `parse` and `word_is_known` (the
    hot calls: every capitalised Russian word is parsed by several matchers); the rest of
    the analyser's interface is passed through."""

    def __init__(self, analyzer: Any, size: int = 1 << 16) -> None:
        self._analyzer = analyzer
        self._parse = lru_cache(maxsize=size)(analyzer.parse)
        self._known = lru_cache(maxsize=size)(analyzer.word_is_known)

    def parse(self, word: str) -> Any:
        return self._parse(word)

    def word_is_known(self, word: str) -> bool:
        return self._known(word)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._analyzer, name)


@cache
def morph_analyzer() -> Any:
    """pymorphy3's analyser (memoised per word), loaded once per process on first use."""
    import pymorphy3

    return CachedMorph(pymorphy3.MorphAnalyzer())


# Russian abbreviated place nouns (folded) and their lemma: Кашкадарьинской обл., в Юнусабадском р-не
_SHORT_PLACE_WORDS = {"обл": "область", "р-н": "район", "р-на": "район", "р-не": "район", "р-ну": "район"}


def _place_word(scan: Scan, j: int) -> tuple[str, str] | None:
    """(base form, kind) when token j is a place word (вилояти, tumani, region)."""
    words = scan.lex.place_words.get(scan.tag, {})
    if scan.tag == "ru":
        short = _SHORT_PLACE_WORDS.get(scan.folded[j])
        if short in words:
            return short, words[short]
        for p in scan.parses(j)[:2]:
            if p.normal_form in words:
                return p.normal_form, words[p.normal_form]
        return None
    for stem in scan.stems(j):
        key = fold(stem)
        if key in words:
            return stem, words[key]
    bare = scan.lex.place_word_names.get(scan.tag, {}).get(scan.folded[j])
    if bare is not None:
        return scan.tokens[j].text, bare[1]  # Sayxunobod tuman markazi (a whole token only)
    return None


def _bare_place_word(scan: Scan, base: str) -> bool:
    """`base` is only a bare place word (`tuman`, `viloyat`), not one of `place_words`."""
    key = fold(base)
    return key in scan.lex.place_word_names.get(scan.tag, {}) \
        and key not in scan.lex.place_words.get(scan.tag, {})


def _place_name(scan: Scan, base: str) -> str:
    """The place word as a mention's `name` takes it: `tuman` -> `tumani` (`place_word_names`)."""
    bare = scan.lex.place_word_names.get(scan.tag, {}).get(fold(base))
    return bare[0] if bare is not None else base


# Uzbek case suffixes a place name commonly carries (in, from, to, of, up to, in-adjective)
_PLACE_CASES = frozenset({"да", "дан", "га", "ка", "қа", "нинг", "даги", "гача", "da", "dan", "ga",
                          "ka", "qa", "ning", "dagi", "gacha"})


def _plain_or_spatial(scan: Scan, i: int, keys: dict[str, Any]) -> bool:
    """Token i is a gazetteer name as written or with a case suffix places take (Toshkentda,
    Buxorodan), not an accusative or possessive reading (Kitobni, Malakali)."""
    if scan.folded[i] in keys:
        return True
    return any(a.slots == ("case",) and a.suffixes[0] in _PLACE_CASES and fold(a.stem) in keys
               for a in scan.analyses(i))


def start_memo(scan: Scan, keys: dict[str, Any], table: str) -> dict[str, bool]:
    """Per-word memo (shared across texts) of `may_start` for the lexicon table `keys`."""
    return scan.lex.cache(f"may start {table} {scan.tag}")


def may_start(word: str, keys: dict[str, Any], index: tuple[frozenset[str], ...]) -> bool:
    """A phrase of `keys` may start at a token with this folded word: it heads a multi-word
    key, or some prefix of it is a key (every stem of a word is a prefix of it), so
    `scan.longest_phrase` can only find something then. `index`: `scan._phrase_index(keys)`
    (heads, four-letter starts, short keys), whose start test rejects most words at once."""
    heads, starts, short = index
    if len(word) >= 4 and word[:4] not in starts and word[:3] not in short and word[:2] not in short:
        return False  # (the test longest_phrase makes first)
    return word in heads or any(word[:size] in keys for size in range(1, len(word) + 1))


def _gazetteer(scan: Scan) -> list[Candidate]:
    lex = scan.lex
    keys = lex.locations.get(scan.tag, {})
    out = []
    tokens = scan.tokens
    nxt = 0
    memo = start_memo(scan, keys, "locations")
    index = scan._phrase_index(keys)
    folded = scan.folded
    for i in compress(range(len(tokens)), scan._caps):  # capitalised tokens only
        if i < nxt:
            continue
        may = memo.get(folded[i])
        if may is None:
            may = memo[folded[i]] = may_start(folded[i], keys, index)
        if not may:
            continue  # (no key starts with this word or a stem of it: no phrase to look up)
        found = scan.longest_phrase(i, keys, lex.max_location_words)
        if found and found[0] == i and scan.uzbek and scan.sentence_initial(i) \
                and not _plain_or_spatial(scan, i, keys):
            found = None  # Kitobni o‘qib, Malakali …: a sentence-initial word, not the town
        if found and found[0] == i and scan.uzbek and homograph_opening(scan, i, found[1]):
            found = None  # Kitob muallifi …: a sentence-initial common word (book), not the town
        if found and scan.tag == "uz-Latn" and _english_brand(scan, i, found[0]):
            found = None  # Bukhara Cotton Textile, Tashkent City: a name in English
        if found and scan.uzbek and _given_name_like(scan, found[0], found[1]):
            found = None  # elchisi Oreli Byuisson: a first name, not Orel + possessive -i
        split = not found and scan.uzbek and _split_name(scan, i, keys)
        if split:
            found = split  # Кейп Тауннинг: Кейптаун in two words
        if found:
            last, name = found
            # a lower-case particle inside (Rio de Janeiro) marks a place, not a person's name,
            # and so does a one-word city's spelling (Кейп Таун: no given name and surname)
            rank = RANK + 2 if split or any(not scan.cap(k) for k in range(i + 1, last + 1)) else RANK
            out.append(Candidate("LOC", tokens[i].start, tokens[last].end, {"name": name}, rank))
            nxt = last + 1
    return out


def _split_name(scan: Scan, i: int, keys: dict[str, Any]) -> tuple[int, str] | None:
    """Uzbek: tokens i and i + 1, two capitalised words, spell a one-word gazetteer city
    (Кейп Таун for Кейптаун, Keyp Taunda): (last token, the name as written)."""
    j = i + 1
    if j >= len(scan.tokens) or not scan.cap(j) or not scan.adjacent(i, j) or len(scan.folded[i]) < 3 \
            or scan.tokens[j].text.isupper():
        return None
    for stem in scan.stems(j):
        if len(stem) >= 3 and scan.folded[i] + fold(stem) in keys:
            return j, f"{scan.tokens[i].text} {stem}"
    return None


def _given_name_like(scan: Scan, last: int, name: str) -> bool:
    """Uzbek: a place read off token `last` through a bare possessive -i (Oreli as Orel + i)
    with a capitalised word right after it is a first name before a surname."""
    word = scan.folded[last]
    if word[-1:] not in ("i", "и") or word[:-1] != fold(name.split()[-1]):
        return False
    nxt = last + 1
    return nxt < len(scan.tokens) and scan.adjacent(last, nxt) and scan.cap(nxt) \
        and not scan.tokens[nxt].text.isupper() and _place_word(scan, nxt) is None


def homograph_opening(scan: Scan, i: int, name: str | None = None) -> bool:
    """Token i (or the one-word place `name` read there), a place that is mostly a common word
    (`place_homographs`: Kitob "book", Samara "result", Kasbi "his profession"), opens a
    sentence without a place word (tumani, shahar) after it. Also used by `orgs.uzbek`."""
    homographs = scan.lex.place_homographs.get(scan.tag)
    if not homographs or not scan.sentence_initial(i) \
            or (scan.folded[i] if name is None else fold(name)) not in homographs:
        return False
    return i + 1 >= len(scan.tokens) or _place_word(scan, i + 1) is None


def _english_brand(scan: Scan, first: int, last: int) -> bool:
    """Uzbek Latin: a place spelled the English way (Bukhara, Tashkent, Samarkand) followed by
    another capitalised word starts an English name (Bukhara Cotton Textile), not a place."""
    nxt = last + 1
    if nxt >= len(scan.tokens) or not scan.adjacent(last, nxt) or not scan.cap(nxt):
        return False
    own = scan.lex.tables["locations"].get("uz-Latn", {})
    phrase = " ".join(scan.folded[first:last + 1])
    if phrase in scan.lex.english_spellings:
        return True  # Tashkent City, Samarkand Half Marathon: GeoNames puts Tashkent in uz-Latn too
    return phrase not in own and phrase.replace("'", "") not in own \
        and phrase in scan.lex.tables["locations"].get("en", {})


_COMPASS = frozenset({"шимолий", "shimoliy", "жанубий", "janubiy", "шарқий", "sharqiy", "ғарбий", "g'arbiy"})
_CLOSING_QUOTES = "”»\"’“"
_OPENING_QUOTES = "“«\"„‘"
_AND = frozenset({"ва", "va", "ҳамда", "hamda", "and"})


def _place_starts(scan: Scan) -> frozenset[str]:
    """First three letters of the tag's place words (a place word's stem starts the token)."""
    memo = scan.lex.cache("place_starts")
    got = memo.get(scan.tag)
    if got is None:
        got = memo[scan.tag] = frozenset(w[:3] for w in (*scan.lex.place_words.get(scan.tag, {}),
                                                         *scan.lex.place_word_names.get(scan.tag, {})))
    return got


def _plural_place_word(scan: Scan, j: int) -> tuple[str, str] | None:
    """Uzbek: (singular place word, kind) of a plural one (`viloyatlarida` -> `viloyati`), for
    coordinated names (`Buxoro va Sirdaryo viloyatlarida`)."""
    if not scan.uzbek:
        return None
    words = scan.lex.place_words.get(scan.tag, {})
    poss = "i" if scan.script == "Latn" else "и"
    for a in scan.analyses(j):
        if not any(suffix.startswith(("lar", "лар")) for suffix in a.suffixes):
            continue
        elided = a.stem[:-2] + a.stem[-1] + poss if len(a.stem) > 3 else a.stem  # shahar -> shahri
        for stem in (a.stem + poss, a.stem + ("s" if poss == "i" else "с") + poss, elided, a.stem):
            key = fold(stem)
            if key in words:
                return stem, words[key]
    return None


def _english_plural(scan: Scan, j: int) -> tuple[str, str] | None:
    """English: (singular place word, kind) of a plural one (`regions` -> `region`)."""
    word = scan.folded[j]
    if scan.tag != "en" or not word.endswith("s"):
        return None
    kind = scan.lex.place_words.get("en", {}).get(word[:-1])
    return (scan.tokens[j].text[:-1], kind) if kind else None


def _quoted_before(scan: Scan, j: int) -> int | None:
    """Start offset of a quoted name of up to three words, the first capitalised, right before
    token j (`“Чорсу” даҳасида`, `«Yangi hayot» mahallasidagi`), or None."""
    gap = scan.gap(j - 1, j)
    if len(gap) != 2 or gap[0] not in _CLOSING_QUOTES or gap[1] != " ":
        return None
    for first in range(j - 1, max(-1, j - 4), -1):
        start = scan.tokens[first].start
        if start > 0 and scan.text[start - 1] in _OPENING_QUOTES:
            return start - 1 if scan.cap(first) else None  # “Yangi hayot” mahallasi
        if first == 0 or not scan.adjacent(first - 1, first):
            return None
    return None


# a quoted name and the comma or `va` joining it to the next one, at the end of the text before
_QUOTED_CONJUNCT = re.compile(r"([«“\"„]([^«»“”\"„\n]{1,40})[»”\"])"
                              r"(?:, ?(?:(?:ва|va|ҳамда|hamda) )?| (?:ва|va|ҳамда|hamda) )$")


def _quoted_conjuncts(text: str, pos: int) -> list[Candidate]:
    """Quoted names coordinated before the quoted name at `pos` that carries the place word
    (`«Гулистон», «Баҳор» ва «Тинчлик» маҳаллаларида`): each a location of its own, the
    quoted name as written.

    >>> t = "«Гулистон», «Баҳор» ва «Тинчлик» маҳалласида"
    >>> [t[c.start:c.end] for c in _quoted_conjuncts(t, t.index("«Т"))]
    ['«Баҳор»', '«Гулистон»']
    """
    out: list[Candidate] = []
    while len(out) < 8:
        m = _QUOTED_CONJUNCT.search(text, max(0, pos - 60), pos)
        if m is None or not m.group(2)[:1].isupper():
            break
        # rank above ORG (4, known names 5): «Навбаҳор» coordinated with a mahalla is one, not the club
        out.append(Candidate("LOC", m.start(1), m.end(1), {"name": m.group(2)}, RANK + 4))
        pos = m.start(1)
    return out


def _bare_name(scan: Scan, k: int) -> bool:
    """Token k can be an unknown place name right before `va` + a place (Paxtachi va
    Oʻzbekiston tumanlarida): one capitalised word, no first name or surname, not a sentence
    start and not after another capitalised word."""
    word = scan.folded[k]
    lex = scan.lex
    words = lex.place_words.get(scan.tag, {})
    if word in lex.titles.get(scan.tag, ()) or word in lex.not_person_words.get(scan.tag, ()) \
            or word + "si" in words or word + "си" in words or word + "i" in words or word + "и" in words:
        return False  # Prezident va …, Respublika va … viloyatlari: a title or a common noun
    return not scan.sentence_initial(k) and not scan.tokens[k].text.isupper() \
        and not (k > 0 and scan.adjacent(k - 1, k) and scan.cap(k - 1) and not scan.sentence_initial(k - 1)) \
        and word not in scan.lex.first_names.get(scan.script, ()) \
        and not word.endswith(scan.lex.surname_endings.get(scan.script, ())) \
        and word not in scan.lex.countries.get(scan.tag, {})


def _conjuncts(scan: Scan, first: int, base: str, kind: str) -> list[Candidate]:
    """`Buxoro, Navoiy va Sirdaryo viloyatlarida`: the names coordinated before the one
    carrying a plural place word, each a location named with the place word (`Buxoro viloyati`,
    `Samarqand shahri`); English keeps the bare name."""
    out: list[Candidate] = []
    gaz = scan.lex.locations.get(scan.tag, {})
    k = first - 1
    while k >= 0:
        joiner = k >= 1 and scan.folded[k] in _AND and scan.adjacent(k, k + 1) and scan.adjacent(k - 1, k)
        comma = scan.gap(k, k + 1) == ", "
        if joiner:
            name = k - 1
        elif comma:
            name = k
        else:
            break
        if not scan.cap(name) or scan.function_word(name):
            break
        if not scan.stem_in(name, gaz) and not (joiner and _bare_name(scan, name)):
            break  # only known places (not `Shavkat Mirziyoyev, Sirdaryo va … viloyatlarida`)
        tok = scan.tokens[name]
        # the shared place word stays outside the span; Uzbek names it (corpus/README: Buxoro va
        # Sirdaryo viloyatlarida -> Buxoro viloyati, the region, not the city); English does not
        # (Fergana and Namangan regions)
        name_ = gaz.get(scan.folded[name], tok.text)
        if scan.uzbek:
            name_ = f"{name_} {_place_name(scan, base)}"
        # above a person reading of the same word (Pop and Kasansay districts)
        out.append(Candidate("LOC", tok.start, tok.end, {"name": name_}, RANK + 2))
        k = name - 1
    return out


# Uzbek adjectives that start a two-word place name (Юқори Ровустон, Yangi Sergeli, Katta Qo‘rg‘on)
_NAME_ADJECTIVES = frozenset({"юқори", "yuqori", "қуйи", "quyi", "янги", "yangi", "эски", "eski",
                              "катта", "katta", "кичик", "kichik", "ўрта", "o'rta"})
_PATRONYMIC_SURNAME = ("ов", "ев", "ova", "eva", "ov", "ev", "ова", "ева")


def _name_head(scan: Scan, k: int, name: int) -> bool:
    """Uzbek: token k belongs to the place name that token `name` ends (before a place word): a
    name before a surname (Sharof Rashidov tumani), a compass word (Janubiy
    Karolina shtati) or a name-forming adjective (Юқори Ровустон МФЙ), not a sentence start."""
    if not scan.uzbek or scan.sentence_initial(k):
        return False
    word = scan.folded[k]
    if word in _NAME_ADJECTIVES or word in _COMPASS:
        return True
    return scan.folded[name].endswith(_PATRONYMIC_SURNAME) and not scan.stem_in(k, scan.lex.locations.get(scan.tag, {}))


# mahalla words (folded starts): a quoted mahalla is a location with its quotes, the word
# outside (corpus/README.md: `«Chorbog‘» MFY` -> `«Chorbog‘»`)
_MAHALLA = ("маҳалла", "mahalla", "мфй", "mfy", "қфй", "qfy")


def _with_place_words(scan: Scan) -> list[Candidate]:
    """`Фарғона вилояти`, `Uzun tumanida`, `Tashkent region`: capitalised words + a place word;
    also a quoted name (`“Чорсу” даҳасида`) and coordinated names before a plural place word
    (`Buxoro va Sirdaryo viloyatlarida`)."""
    out: list[Candidate] = []
    if scan.tag == "ru":
        return out  # Russian: adjective + noun, see _russian
    tokens = scan.tokens
    gaz = scan.lex.locations.get(scan.tag, {})
    countries = scan.lex.countries.get(scan.tag, {})
    starts = _place_starts(scan)
    folded = scan.folded
    for j in range(1, len(tokens)):
        if folded[j][:3] not in starts:
            continue  # no place word starts like this token (one set lookup)
        # the capitalised word right before the place word (two or three if the gazetteer
        # knows the phrase: Мирзо Улуғбек тумани)
        quoted = None
        if not scan.adjacent(j - 1, j):
            quoted = _quoted_before(scan, j) if scan.uzbek else None
            if quoted is None:
                continue
        elif not scan.cap(j - 1) or scan.function_word(j - 1):
            continue
        own = _place_word(scan, j) if scan.uzbek else None
        if own is not None and ("лар" in own[0] or "lar" in own[0]):
            pw, plural = own, False  # Kuril orollarida: a plural place word of its own (islands)
        else:
            pw = _plural_place_word(scan, j) if scan.uzbek else _english_plural(scan, j)
            plural = pw is not None
            if pw is None:
                pw = own if scan.uzbek else _place_word(scan, j)
        if pw is None:
            continue
        base, kind = pw
        first = j - 1
        if scan.uzbek and _bare_place_word(scan, base) and (quoted is not None or (
                scan.folded[first].endswith(_PATRONYMIC_SURNAME) and not scan.stem_in(first, gaz))):
            continue  # “Жайронхона” вилоят шифохонаси, Otabek Nosirov viloyat hokimi: "regional"
        if quoted is not None:
            if kind == "republic":
                continue
            if fold(base).startswith(_MAHALLA):  # «Chorbog‘» MFY: the quoted name, MFY outside
                end = tokens[j - 1].end + 1  # (rank above a quoted ORG, as _quoted_conjuncts)
                out.append(Candidate("LOC", quoted, end, {"name": scan.text[quoted + 1:end - 1]}, RANK + 4))
                out += _quoted_conjuncts(scan.text, quoted)
                continue
            words = [tokens[k].text for k in range(max(0, j - 3), j) if tokens[k].start >= quoted]
            words.append(base)
            out.append(Candidate("LOC", quoted, tokens[j].end, {"name": " ".join(words)}, RANK + 1))
            out += _quoted_conjuncts(scan.text, quoted)
            continue
        if scan.sentence_initial(first) and not scan.stem_in(first, gaz) and (
                plural or not fold(base).endswith(("и", "i"))):
            continue  # Чунки шаҳарнинг, Мамлакатимиз вилоятлари: a capitalised sentence start
        if plural and scan.stem_in(first, scan.lex.place_words.get(scan.tag, {})):
            continue  # Shahar tumanlari: a place word, no name
        if not plural and fold(base) in ("шаҳар", "shahar") and not scan.stem_in(first, gaz):
            continue  # Эски шаҳар (the old town): a bare `шаҳар` only after a known place
        if scan.uzbek and scan.folded[first].endswith(("миз", "miz")) and not scan.stem_in(first, gaz):
            continue  # Мамлакатимиз вилоятлари, Poytaxtimiz tumanlari: "our country/capital"
        if scan.uzbek and scan.folded[first].endswith(("лар", "lar")) and not scan.stem_in(first, gaz):
            continue  # Талабалар шаҳарчаси: a plural common noun, no place name
        if scan.uzbek and scan.folded[first] not in gaz and any(
                a.slots and a.slots[-1] == "case" and (fold(a.stem) in gaz or fold(a.stem) in countries)
                for a in scan.analyses(first)):
            continue  # Тошкентдаги туманларда, Sirdaryodagi tumanlarga: a place in a case form
        for size in (3, 2):
            k = j - size
            if k >= 0 and all(scan.cap(m) and scan.adjacent(m, m + 1) for m in range(k, j)) \
                    and " ".join(scan.folded[k:j]) in gaz:
                first = k
                break
        if first == j - 1 and first >= 1 and scan.adjacent(first - 1, first) and scan.cap(first - 1) \
                and not scan.stem_in(first, gaz) and _name_head(scan, first - 1, first):
            first -= 1  # Sharof Rashidov tumani, Юқори Ровустон МФЙ, Janubiy Karolina shtati
        phrase = " ".join(scan.folded[first:j] + [fold(base)])
        if phrase in countries or (kind == "republic" and not scan.stem_in(j - 1, gaz)):
            continue  # Қозоғистон Республикаси, Xitoy Xalq Respublikasi: countries
        as_country = scan.longest_phrase(first, countries, 4)
        if as_country and as_country[0] >= j:
            continue  # Qoʻshma shtatlar: a country name ending in a place word
        if plural and kind != "district" and as_country and as_country[0] == j - 1:
            continue  # Rossiya shaharlariga, Хитой провинцияларида: the country is the mention
        # (before an acronym body the place is part of an org named as written: Тошкент шаҳар ИИББ)
        acronym = j + 1 < len(tokens) and scan.adjacent(j, j + 1) and tokens[j + 1].text.isupper()
        words = [tokens[k].text for k in range(first, j)] + [
            _place_name(scan, base) if scan.uzbek and not acronym else base]
        if all(w.isupper() for w in words):  # a headline: САМАРҚАНД ВИЛОЯТИДА
            words = [w.capitalize() for w in words[:-1]] + [words[-1].lower()]
        out.append(Candidate("LOC", tokens[first].start, tokens[j].end,
                             {"name": " ".join(words)}, RANK + 1))
        if plural:
            out += _conjuncts(scan, first, base, kind)
    return out


_TERRITORY = ("ҳудуд", "худуд", "hudud")
_TERRITORIAL = ("ҳудудий", "худудий", "hududiy")


def _territory_in_place(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """Uzbek: a capitalised name between a district or region and `ҳудуди` (territory) is a
    place inside it (`Узун тумани Боботоғ ҳудудида`, `Zomin tumani Oqtosh hududida`)."""
    from bisect import bisect_left

    out: list[Candidate] = []
    n = len(scan.tokens)
    for place in found:
        k = bisect_left(scan.starts, place.end)  # the token after the place
        j = k + 1
        if j >= n or not scan.folded[j].startswith(_TERRITORY) or scan.ends[k - 1] != place.end \
                or scan.folded[j].startswith(_TERRITORIAL):
            continue  # (ҳудудий бошқарма: "territorial", an adjective of a body's name)
        if not scan.cap(k) or scan.tokens[k].text.isupper() \
                or not (scan.adjacent(k - 1, k) and scan.adjacent(k, j)) \
                or scan.folded[k] in scan.lex.countries.get(scan.tag, {}) \
                or place.end - place.start <= len(scan.tokens[k - 1].text):
            continue  # only after `X tumani/viloyati` (a place word), not a bare name
        tok = scan.tokens[k]
        out.append(Candidate("LOC", tok.start, tok.end, {"name": tok.text}, RANK))
    return out


def _in_place(scan: Scan, i: int) -> bool:
    """Russian `в/во` + a place name in the locative (see `places_ru.in_place`)."""
    from .places_ru import _in_place as in_place

    return in_place(scan, i)


@lru_cache(maxsize=1 << 14)
def _known_place(word: str) -> bool:
    """pymorphy3's dictionary (not its guesser) has `word` as a singular place name."""
    morph = morph_analyzer()
    if not morph.word_is_known(word):
        return False  # predicted parses guess Geox for unknown Uzbek words
    return any("Geox" in p.tag and p.tag.POS == "NOUN" and "nomn" in p.tag and "sing" in p.tag
               and p.score >= 0.3 for p in morph.parse(word)[:1])


# Uzbek spatial cases (in, from, to): a pymorphy3 place name with one of them is a location
_SPATIAL_CASES = frozenset({"да", "дан", "га", "ка", "қа", "даги", "гача", "дагы"})


def _cyrillic_geox(scan: Scan, known: list[Candidate]) -> list[Candidate]:
    """Uzbek Cyrillic: foreign cities spelled the Russian way (Саратовда, Екатеринбургдаги),
    recognised by pymorphy3's Geox tag on the suffix-stripped stem."""
    lex = scan.lex
    covered = {(c.start, c.end) for c in known}
    starts = {c.start for c in known}
    countries = lex.countries.get(scan.tag, {})
    out = []
    tokens = scan.tokens
    for i in compress(range(len(tokens)), scan._caps):  # capitalised tokens only
        tok = tokens[i]
        if tok.start in starts or tok.text.isupper() or scan.sentence_initial(i):
            continue
        if scan.folded[i] in lex.first_names.get("Cyrl", ()):
            continue
        for a in scan.analyses(i):
            if not set(a.slots) <= {"case"}:
                continue
            key = fold(a.stem)
            if key in countries or key in lex.macro_regions or len(key) < 4:
                break
            spatial = bool(a.suffixes) and a.suffixes[-1] in _SPATIAL_CASES and _known_place(a.stem)
            if (key in lex.place_names or spatial) and (tok.start, tok.end) not in covered:
                out.append(Candidate("LOC", tok.start, tok.end, {"name": a.stem}, RANK - 1))
                break
    return out


def _feature_after(scan: Scan, c: Candidate) -> bool:
    """The candidate is followed by a natural-feature word (Конда дарёси, Ғалаба боғида)."""
    from bisect import bisect_left

    k = bisect_left(scan.starts, c.end)
    if k >= len(scan.tokens) or not scan.adjacent(k - 1, k):
        return False
    words = scan.lex.feature_words
    if scan.tag == "ru":
        return scan.parses(k)[0].normal_form in words
    if scan.uzbek and len(scan.text[c.start:c.end]) > len(c.value.get("name", "")) \
            and scan.text[c.start:c.end].startswith(c.value.get("name", "")[:-1]):
        return False  # Bektemir tumanidagi | Lake City: a case suffix ends the place's phrase
    return any(fold(s) in words or fold(s) in _STREETS for s in scan.stems(k))


# street words: a place before one names the street after it (Марғилон кўчаси, Buxoro prospekti)
_STREETS = frozenset(fold(w) for w in ("кўчаси", "ko‘chasi", "шоҳкўчаси", "shohko‘chasi", "проспекти",
                                       "prospekti", "хиёбони", "xiyoboni", "тор кўчаси", "tor ko‘chasi"))


def _facility_before(scan: Scan, c: Candidate) -> bool:
    """The candidate follows a facility word (аэропорт Домодедово, вокзал Рим): a facility."""
    from bisect import bisect_left

    k = bisect_left(scan.starts, c.start) - 1
    if k < 0 or k + 1 >= len(scan.tokens) or scan.starts[k + 1] != c.start \
            or not scan.adjacent(k, k + 1) or not scan.tokens[k].text.islower():
        return False
    words = scan.lex.facility_words
    if scan.folded[k] in words:
        return True
    return scan.tag == "ru" and scan.parses(k)[0].normal_form in words


def _hyphen_parts(scan: Scan, i: int) -> list[tuple[int, int, list[str]]]:
    """(start, end, candidate stems) of each part of a hyphenated token; the last part's stems
    come from the whole word's suffix readings (Тошкент-Самарқандга)."""
    tok = scan.tokens[i]
    parts = tok.text.split("-")
    out = []
    offset = tok.start
    for k, part in enumerate(parts):
        stems = [part]
        if k == len(parts) - 1:
            lead = len(tok.text) - len(part)
            stems = [a.stem[lead:] for a in scan.analyses(i) if len(a.stem) > lead] or [part]
        out.append((offset, offset + len(part), stems))
        offset += len(part) + 1
    return out


def hyphen_tokens(scan: Scan) -> list[int]:
    """Indices of the tokens with a hyphen inside, in order, from the hyphens of the text
    (no loop over every token)."""
    text, starts, tokens = scan.text, scan.starts, scan.tokens
    out: list[int] = []
    pos = text.find("-")
    while pos >= 0:
        k = bisect_right(starts, pos) - 1
        if k >= 0 and tokens[k].start <= pos < tokens[k].end and (not out or out[-1] != k):
            out.append(k)
        pos = text.find("-", pos + 1)
    return out


def _hyphenated_places(scan: Scan) -> list[Candidate]:
    """Places joined by a hyphen in one word (Тошкент-Самарқанд йўналиши, рейс Ташкент-Пекин,
    Тошкент-Москва): a LOC per place part when every capitalised part is a place or a country
    (the country parts are left to the country matcher)."""
    lex = scan.lex
    places = lex.locations.get(scan.tag, {})
    countries = lex.countries.get(scan.tag, {})
    out: list[Candidate] = []
    if "-" not in scan.text:
        return out
    for i in hyphen_tokens(scan):
        tok = scan.tokens[i]
        if not scan.cap(i) or fold(tok.text) in places:
            continue
        found = []
        ok = True
        parts = _hyphen_parts(scan, i)
        if scan.tag == "en" and len(parts) == 2 and tok.text[tok.text.index("-") + 1:] in _EN_MODIFIERS:
            parts = parts[:1]  # California-based, London-made: the place before a modifier
        towns = lex.world_towns.get(scan.tag, {})
        known = 0  # parts found in the places or countries tables (not only world towns)
        k = 0
        while k < len(parts):
            start, end, stems = parts[k]
            if not scan.text[start:start + 1].isupper():
                ok = False  # Нью-Йорк is one name, Тошкент-бозор no pair
                break
            name = None
            for width in (3, 2):  # a hyphenated place inside the chain: Termiz-Mozori-Sharif-Kobul
                if k + width <= len(parts) and len(parts) > width:
                    head = scan.text[start:parts[k + width - 1][0]]
                    tails = parts[k + width - 1][2]
                    name = next((places[key] for key in (fold(head + t) for t in tails) if key in places), None)
                    if name is not None:
                        end = parts[k + width - 1][1]
                        k += width - 1
                        break
            keys = [fold(s) for s in stems] if name is None else []
            if name is None:
                name = next((places[key] for key in keys if key in places), None)
            if name is not None or any(key in countries for key in keys):
                known += 1
            elif len(parts) > 2:  # a route of three or more places: a world town's other spelling
                name = next((towns[key] for key in keys if key in towns), None)
            if name is None and not any(key in countries for key in keys):
                ok = False
                break
            if name is not None:
                found.append(Candidate("LOC", start, end, {"name": name}, RANK))
            k += 1
        if ok and found and known * 2 > len(found):
            out += found
    return out


# English participles after a hyphen that make the word before it a modifier (California-based)
_EN_MODIFIERS = frozenset({"based", "made", "owned", "headquartered", "registered", "listed", "born", "built",
                          "area"})  # (Houston-area sales)
_EN_PLACE_CUES = frozenset({"in", "from", "near", "at", "to", "outside"})


def _english_town_of(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """English: `in/from/near X, <country or state>` (born in Kirkcaldy, Scotland; from
    Vicksburg, Mississippi): X (one or two capitalised words) is a town."""
    out: list[Candidate] = []
    starts = {c.start for c in found}
    ends = {c.end for c in found}
    countries = scan.lex.countries.get("en", {})
    n = len(scan.tokens)
    for i in range(1, n - 2):
        cue = scan.folded[i - 1] in _EN_PLACE_CUES or (  # in Manhattan and | Palm Beach, Florida
            scan.folded[i - 1] == "and" and i >= 2 and scan.ends[i - 2] in ends and scan.adjacent(i - 2, i - 1))
        if not cue or not scan.cap(i) or not scan.adjacent(i - 1, i) \
                or scan.tokens[i].start in starts or scan.tokens[i].text.isupper():
            continue
        last = i + 1 if scan.cap(i + 1) and scan.adjacent(i, i + 1) else i
        if last + 1 >= n or scan.gap(last, last + 1) != ", " or not scan.cap(last + 1):
            continue
        region = scan.tokens[last + 1].start in starts or scan.longest_phrase(
            last + 1, countries, scan.lex.max_country_words) is not None
        names = scan.lex.first_names
        words = scan.folded[i:last + 1]
        if region and not any(w in names.get("en", ()) or w in names.get("en_not_names", ())
                              or w in scan.lex.function_words.get("en", ()) for w in words):
            tok = scan.tokens[i]
            name = scan.text[tok.start:scan.tokens[last].end]
            out.append(Candidate("LOC", tok.start, scan.tokens[last].end, {"name": name}, RANK + 2))
    return out


def _english_republic(scan: Scan, c: Candidate) -> Candidate:
    """English: `Republic of Karakalpakstan` is one location."""
    from bisect import bisect_left

    k = bisect_left(scan.starts, c.start) - 2
    if k < 0 or k + 2 >= len(scan.tokens) or scan.starts[k + 2] != c.start or scan.folded[k] != "republic" \
            or scan.folded[k + 1] != "of" or not scan.cap(k) \
            or not (scan.adjacent(k, k + 1) and scan.adjacent(k + 1, k + 2)):
        return c
    return Candidate("LOC", scan.starts[k], c.end, {"name": f"Republic of {c.value['name']}"}, c.rank)


# an abbreviated place word after a place in addresses: Урганч ш., Фарғона вил., Toshkent sh.
_ABBREVIATED = re.compile(r" (?:ш|вил|sh|vil)\.")


def _with_abbreviation(scan: Scan, c: Candidate) -> Candidate:
    """Uzbek: a bare place name followed by an abbreviated place word (`Урганч ш.`, `Фарғона
    вил.`) is one location, written as it stands."""
    m = _ABBREVIATED.match(scan.text, c.end)
    if m is None or scan.text[c.start:c.end] != c.value.get("name"):
        return c
    return Candidate("LOC", c.start, m.end(), {"name": scan.text[c.start:m.end()]}, c.rank)


# a coordinated name, then its plural street word (Navoiy va Amir Temur ko‘chalarida)
_COORDINATED = re.compile(r"(?:,| va| ва| hamda| ҳамда) (?:[A-ZА-ЯЁЎҚҒҲ][\w‘’ʻ'-]* ){1,3}(\w[\w‘’ʻ']*)")


def coordinated_namesake(scan: Scan, end: int) -> bool:
    """Uzbek: the name ending at `end` is the first of coordinated names before a plural
    street word (Alisher Navoiy va Amir Temur ko‘chalarida; person_cues kind `namesake`):
    part of the addresses, no place or person mention."""
    m = _COORDINATED.match(scan.text, end)
    return m is not None and ("лар" in m.group(1) or "lar" in m.group(1)) \
        and scan.lex.person_cues.get(scan.tag, {}).get(fold(m.group(1))) == "namesake"


# A sports results line: two sides and a score (Seltik – Barselona – 0:2, Andijon - Navbahor - 1:0),
# or a team sheet: a side of 1-3 capitalised words, a dash or colon, then four or more
# comma-separated one-word names (a substitute in brackets)
# (Liverpul – Karius, Lovren, Matip, Klayn; Arsenal: Ospina, Monreal, Koselni, Mustafi).
# These test whole lines, to keep their names from being places; `persons.lists` reads the
# names of any line-up itself and tests just the side before it (`_side_opening_sentence`).
_SCORE_LINE = re.compile(r"^[^\n:]{2,80}? [–—-] [^\n:]{2,80}? [–—-] \d{1,2}:\d{1,2}\b", re.M)
_SCORE = re.compile(r"\d:\d")
_CAP_WORD = r"[A-ZА-ЯЁЎҚҒҲ][\w‘’ʻ'-]*"
_TEAM_SHEET_LINE = re.compile(rf"^{_CAP_WORD}(?: {_CAP_WORD}){{0,2}}(?: [–—-]|:) (?:(?:[a-z]+ )?{_CAP_WORD}(?: \([^)\n]*\))?, ){{3,}}", re.M)


def _sports_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the results lines and team sheets in `text`: the places named there are
    sides and players (Bornmut, Monreal), not places; a side's town in brackets stays a place
    (`_sports_side`).

    >>> _sports_lines("Bolonya – Atalanta – 0:2 (0:1)\\nUzoq yoʻl")
    [(0, 30)]
    >>> _sports_lines("Arsenal: Ospina, Monreal, Koselni, Mustafi.")
    [(0, 43)]
    >>> _sports_lines("Toshkent – Samarqand yoʻlida 3 ta avtobus qatnaydi.")
    []
    >>> _sports_lines("Manzil: Toshkent shahri, Olmazor tumani, Sebzor dahasi, 1-uy.")
    []
    """
    spans = []
    rules = ((_SCORE_LINE, _SCORE.search(text) is not None), (_TEAM_SHEET_LINE, text.count(", ") >= 3))
    for rx in (rx for rx, hint in rules if hint):
        for m in rx.finditer(text):
            end = text.find("\n", m.start())
            spans.append((m.start(), len(text) if end < 0 else end))
    return sorted(spans)


# A football club's or school's acronym after a town, a case suffix in lower case glued to it
# (Buxoro FK, Navoiy FMMga, Qarshi PFK’ning, Насаф ПФК); `orgs.clubs` builds its town + acronym
# rule on the same pattern
CLUB_ACRONYM = r" (P?FK|FMM|П?ФК|ФММ)(?:[‘’ʻʼ'-]?[a-zа-яёўқғҳ‘’ʻ']*)(?![\w‘’ʻʼ'-])"
CLUB_AFTER = re.compile(CLUB_ACRONYM)


def _club_town(text: str, c: Candidate) -> bool:
    """A town right before a club acronym names the club (Andijon FMM U-16 jamoasi), not the town.

    >>> [_club_town(t, Candidate("LOC", 0, 6, {})) for t in ("Buxoro FK yutdi", "Buxoro FKga", "Buxoro FKXX")]
    [True, True, False]
    """
    return CLUB_AFTER.match(text, c.end) is not None


def _sports_side(text: str, c: Candidate, lines: list[tuple[int, int]]) -> bool:
    """`c` names a side or player on a results line or team sheet, not a town in brackets after
    a side (Zenit (Sankt-Peterburg, Rossiya) – Makkabi (Tel-Aviv, Izrail) – 2:0)."""
    return any(a <= c.start < b for a, b in lines) and text[c.start - 1:c.start] != "("


_YEAR_TAIL = re.compile(r"\w-(?:19|20)\d\d\b")


def _city_year_events(scan: Scan) -> list[Candidate]:
    """Uzbek: a city written with an event's year (Tokio-2020 Olimpiadasi, Ostona-2017
    ko‘rgazmasi): the city part is the location (not an old founding year: Qo‘qon-1912, a club)."""
    keys = scan.lex.locations.get(scan.tag, {})
    out = []
    for k in compress(range(len(scan.tokens)), scan._caps):
        tok = scan.tokens[k]
        head, dash, year = tok.text.rpartition("-")
        if dash and len(year) == 4 and year.isdigit() and "1980" <= year < "2100" and fold(head) in keys:
            out.append(Candidate("LOC", tok.start, tok.start + len(head), {"name": keys[fold(head)]}, RANK))
    return out


def find_locations(scan: Scan) -> list[Candidate]:
    """Location candidates (cities, regions, districts) in the text."""
    out = _gazetteer(scan) + _with_place_words(scan) + _hyphenated_places(scan)
    if scan.russian:  # not for kk/ky/tg text read with the Russian tables
        from .places_ru import russian_places

        out = russian_places(scan, out)
    elif scan.tag == "en":
        out = [_english_republic(scan, c) for c in out]
        if ", " in scan.text:
            out += _english_town_of(scan, out)
        from .towns_en import english_towns

        out += english_towns(scan, out)
    elif scan.tag == "uz-Cyrl":
        out += _cyrillic_geox(scan, out)
    if scan.uzbek and scan.lex.world_towns.get(scan.tag):
        from .towns_uz import uzbek_towns

        out += uzbek_towns(scan, out)
    if scan.uzbek and ("ҳудуд" in scan.text or "hudud" in scan.text or "худуд" in scan.text):
        out += _territory_in_place(scan, out)
    if scan.uzbek and _YEAR_TAIL.search(scan.text):
        out += _city_year_events(scan)
    if scan.uzbek and (" ш." in scan.text or " sh." in scan.text or " вил." in scan.text or " vil." in scan.text):
        out = [_with_abbreviation(scan, c) for c in out]
    if scan.lex.feature_words:
        out = [c for c in out if not _feature_after(scan, c)]
        if scan.tag == "ru":
            from .places_ru import _feature_before

            out = [c for c in out if not _feature_before(scan, c)]
    if scan.lex.facility_words:
        out = [c for c in out if not _facility_before(scan, c)]
    if scan.uzbek and ("лар" in scan.text or "lar" in scan.text):
        out = [c for c in out if not coordinated_namesake(scan, c.end)]
    if scan.uzbek and ("FK" in scan.text or "FMM" in scan.text or "ФК" in scan.text or "ФММ" in scan.text):
        out = [c for c in out if not _club_town(scan.text, c)]
    if scan.uzbek and (":" in scan.text or scan.text.count(", ") >= 3):
        sports = _sports_lines(scan.text)
        if sports:
            out = [c for c in out if not _sports_side(scan.text, c, sports)]
    return [c for c in out if not _quoted_alone(scan.text, c) and not _quoted_name_head(scan.text, c)
            and not _maker_before_model(scan, c)]


_NEXT_LATIN = re.compile(r" ([A-Z][A-Za-z0-9]+)\b")


def _maker_before_model(scan: Scan, c: Candidate) -> bool:
    """A Latin place name right before a model name (product_words) is the maker of a
    product (Toyota Corolla), not the place."""
    word = scan.text[c.start:c.end]
    if not word.isascii() or not word.isalpha() or word != c.value.get("name"):
        return False  # (Qorakoʻl tumanida Cobalt haydovchisi: a district, then a car)
    m = _NEXT_LATIN.match(scan.text, c.end)
    return bool(m) and fold(m.group(1)) in scan.lex.product_words


_OPEN = "«“„\"‘`"
_CLOSE = "»”\"’'`“"


_QUOTED_TAIL = re.compile(r"(?: (?:[A-ZА-ЯЁЎҚҒҲ][\w’'-]*|\d+|[a-zа-яёўқғҳ][\w’'-]*)){1,3}(?=[»”\"’'`“]|&#39;)")


def _quoted_name_head(text: str, c: Candidate) -> bool:
    """A place name that opens a quoted name of up to three more words or numbers (``Филадельфии
    76'', «Цинциннати Ред Стокингс», "Беруний асри") names a team, company or title, not the place.

    >>> _quoted_name_head("против «Цинциннати Ред Стокингс» в", Candidate("LOC", 8, 18, {}))
    True
    """
    return c.start > 0 and text[c.start - 1] in _OPEN and _QUOTED_TAIL.match(text, c.end) is not None


def _quoted_alone(text: str, c: Candidate) -> bool:
    """A place name that is all of a quoted name (португальской «Боавишта», «Навбаҳор»га) names a
    club, hotel or title, not the place.

    >>> _quoted_alone("клуб «Ростов» выиграл", Candidate("LOC", 6, 12, {}))
    True
    """
    return c.start > 0 and text[c.start - 1] in _OPEN and text[c.end:c.end + 1] in tuple(_CLOSE)
