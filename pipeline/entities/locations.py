"""Location mentions: gazetteer cities/regions, `X вилояти/tumani/region`, Russian Geox words."""
from __future__ import annotations

import re
from functools import cache, lru_cache
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


def _place_word(scan: Scan, j: int) -> tuple[str, str] | None:
    """(base form, kind) when token j is a place word (вилояти, tumani, region)."""
    words = scan.lex.place_words.get(scan.tag, {})
    if scan.tag == "ru":
        for p in scan.parses(j)[:2]:
            if p.normal_form in words:
                return p.normal_form, words[p.normal_form]
        return None
    for stem in scan.stems(j):
        key = fold(stem)
        if key in words:
            return stem, words[key]
    return None


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


def _gazetteer(scan: Scan) -> list[Candidate]:
    lex = scan.lex
    keys = lex.locations.get(scan.tag, {})
    out = []
    tokens = scan.tokens
    i = 0
    while i < len(tokens):
        if not scan.cap(i):
            i += 1
            continue
        found = scan.longest_phrase(i, keys, lex.max_location_words)
        if found and found[0] == i and scan.uzbek and scan.sentence_initial(i) \
                and not _plain_or_spatial(scan, i, keys):
            found = None  # Kitobni o‘qib, Malakali …: a sentence-initial word, not the town
        if found:
            last, name = found
            out.append(Candidate("LOC", tokens[i].start, tokens[last].end, {"name": name}, RANK))
            i = last + 1
        else:
            i += 1
    return out


_CLOSING_QUOTES = "”»\"’“"
_OPENING_QUOTES = "“«\"„‘"
_AND = frozenset({"ва", "va", "ҳамда", "hamda", "and"})


def _place_starts(scan: Scan) -> frozenset[str]:
    """First three letters of the tag's place words (a place word's stem starts the token)."""
    memo = scan.lex.cache("place_starts")
    got = memo.get(scan.tag)
    if got is None:
        got = memo[scan.tag] = frozenset(w[:3] for w in scan.lex.place_words.get(scan.tag, {}))
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
        for stem in (a.stem + poss, a.stem):
            key = fold(stem)
            if key in words:
                return stem, words[key]
    return None


def _quoted_before(scan: Scan, j: int) -> int | None:
    """Start offset of a quoted one- or two-word name right before token j (`“Чорсу”
    даҳасида`, `«Shirin» mahallasidagi`), or None."""
    gap = scan.gap(j - 1, j)
    if len(gap) != 2 or gap[0] not in _CLOSING_QUOTES or gap[1] != " ":
        return None
    for first in (j - 1, j - 2):
        if first < 0 or not scan.cap(first):
            return None
        start = scan.tokens[first].start
        if start > 0 and scan.text[start - 1] in _OPENING_QUOTES:
            return start - 1
        if first == j - 2 or not scan.adjacent(first - 1, first):
            return None
    return None


def _conjuncts(scan: Scan, first: int, base: str, kind: str) -> list[Candidate]:
    """`Buxoro, Navoiy va Sirdaryo viloyatlarida`: the names coordinated before the one
    carrying a plural place word, each a location `X viloyati` (a city: its own name)."""
    out: list[Candidate] = []
    gaz = scan.lex.locations.get(scan.tag, {})
    k = first - 1
    while k >= 1:
        joiner = scan.folded[k] in _AND and scan.adjacent(k, k + 1) and scan.adjacent(k - 1, k)
        comma = scan.gap(k, k + 1) == ", "
        if joiner:
            name = k - 1
        elif comma:
            name = k
        else:
            break
        if not scan.cap(name) or scan.function_word(name) or (
                scan.sentence_initial(name) and not scan.stem_in(name, gaz)):
            break
        tok = scan.tokens[name]
        name_ = f"{tok.text} {base}" if kind != "city" else gaz.get(scan.folded[name], tok.text)
        out.append(Candidate("LOC", tok.start, tok.end, {"name": name_}, RANK + 1))
        k = name - 1
    return out


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
    for j in range(1, len(tokens)):
        # the capitalised word right before the place word (two or three if the gazetteer
        # knows the phrase: Мирзо Улуғбек тумани)
        if not scan.cap(j - 1) or scan.function_word(j - 1):
            continue
        quoted = None
        if not scan.adjacent(j - 1, j):
            quoted = _quoted_before(scan, j) if scan.uzbek else None
            if quoted is None:
                continue
        if scan.folded[j][:3] not in _place_starts(scan):
            continue  # no place word starts like this token (one set lookup)
        pw = _plural_place_word(scan, j) if scan.uzbek else None
        plural = pw is not None
        if pw is None:
            pw = _place_word(scan, j)
        if pw is None:
            continue
        base, kind = pw
        first = j - 1
        if quoted is not None:
            if kind == "republic":
                continue
            words = [tokens[k].text for k in range(max(0, j - 2), j) if tokens[k].start >= quoted]
            words.append(base)
            out.append(Candidate("LOC", quoted, tokens[j].end, {"name": " ".join(words)}, RANK + 1))
            continue
        if scan.sentence_initial(first) and not scan.stem_in(first, gaz) and \
                not fold(base).endswith(("и", "i")):
            continue  # Чунки шаҳарнинг: a capitalised sentence start + a bare noun
        if scan.uzbek and scan.folded[first].endswith(("лар", "lar")) and not scan.stem_in(first, gaz):
            continue  # Талабалар шаҳарчаси: a plural common noun, no place name
        for size in (3, 2):
            k = j - size
            if k >= 0 and all(scan.cap(m) and scan.adjacent(m, m + 1) for m in range(k, j)) \
                    and " ".join(scan.folded[k:j]) in gaz:
                first = k
                break
        phrase = " ".join(scan.folded[first:j] + [fold(base)])
        if phrase in countries or (kind == "republic" and not scan.stem_in(j - 1, gaz)):
            continue  # Қозоғистон Республикаси, Xitoy Xalq Respublikasi: countries
        as_country = scan.longest_phrase(first, countries, 4)
        if as_country and as_country[0] >= j:
            continue  # Qoʻshma shtatlar: a country name ending in a place word
        words = [tokens[k].text for k in range(first, j)] + [base]
        if all(w.isupper() for w in words):  # a headline: САМАРҚАНД ВИЛОЯТИДА
            words = [w.capitalize() for w in words[:-1]] + [words[-1].lower()]
        out.append(Candidate("LOC", tokens[first].start, tokens[j].end,
                             {"name": " ".join(words)}, RANK + 1))
        if plural:
            out += _conjuncts(scan, first, base, kind)
    return out


def _russian(scan: Scan) -> list[Candidate]:
    """Russian: `Ташкентская область`, `Кашкадарьинского района` and pymorphy3 Geox names."""
    morph = morph_analyzer()
    lex = scan.lex
    countries = lex.countries.get("ru", {})
    out = []
    tokens = scan.tokens
    skip_until = -1
    for i, tok in enumerate(tokens):
        if i <= skip_until or not scan.cap(i) or tok.text.isupper():
            continue
        if not morph.word_is_known(tok.text) and not _unknown_word_cue(scan, i):
            continue  # an unknown word with no place cue: no parse (pymorphy3 guessing is slow)
        parses = scan.parses(i)
        best = parses[0]
        # adjective + place noun: Ташкентская область
        if "ADJF" in best.tag and i + 1 < len(tokens) and scan.adjacent(i, i + 1):
            pw = _place_word(scan, i + 1)
            if pw and f"{scan.folded[i]} {scan.folded[i + 1]}" not in countries:  # Кыргызская Республика
                noun_parse = morph.parse(tokens[i + 1].text)[0]
                gender = noun_parse.tag.gender or best.tag.gender  # Зиньковского уезда: masc
                adj = best.inflect({"nomn", "sing"} | ({gender} if gender else set()))
                noun = noun_parse.inflect({"nomn", "sing"})
                if adj and noun:
                    word = noun.word.capitalize() if scan.cap(i + 1) else noun.word
                    name = adj.word[:1].upper() + adj.word[1:] + " " + word
                    out.append(Candidate("LOC", tok.start, tokens[i + 1].end, {"name": name}, RANK + 1))
                    skip_until = i + 1
                    continue
            named = _adjective_place(scan, i)
            if named:  # Древнем Риме, Нижнего Новгорода
                out.append(Candidate("LOC", tok.start, tokens[i + 1].end, {"name": named}, RANK + 1))
                skip_until = i + 1
                continue
        if scan.sentence_initial(i) and not any("Geox" in p.tag for p in parses[:1]):
            continue
        geo = next((p for p in parses[:2] if "Geox" in p.tag and p.tag.POS == "NOUN"), None)
        if geo is None:
            if _hyphenated_place(scan, i):  # в Нови-Лигуре: an unknown hyphenated name after в/из
                guess = parses[0]
                name = tok.text
                if "Geox" in guess.tag and "nomn" not in guess.tag:  # между Гессен-Касселем
                    name = "-".join(part[:1].upper() + part[1:] for part in guess.normal_form.split("-"))
                out.append(Candidate("LOC", tok.start, tok.end, {"name": name}, RANK))
                continue
            if _in_place(scan, i):  # в Анталии: a name-like word in the locative after в/во
                lemma = parses[0].normal_form
                name = "-".join(part[:1].upper() + part[1:] for part in lemma.split("-"))
                out.append(Candidate("LOC", tok.start, tok.end, {"name": name}, RANK))
            continue
        lemma = geo.normal_form
        if fold(tok.text) in countries or lemma in countries or lemma in lex.macro_regions:
            continue
        if not (_place_evidence(scan, i, lemma) or _hyphenated_place(scan, i)):
            continue  # Бастилия, Конда: pymorphy3 Geox alone is no city or region
        name = "-".join(part[:1].upper() + part[1:] for part in lemma.split("-"))
        known = lex.locations.get("ru", {}).get(fold(tok.text))
        out.append(Candidate("LOC", tok.start, tok.end, {"name": known or name}, RANK))
    return out


_PLACE_PREPOSITIONS = frozenset({"в", "во", "из", "под", "около", "близ", "возле", "через", "до", "от",
                                 "к", "ко", "у", "между", "над"})
# lemmas of nouns naming a settlement or territory before its name (город Инстербург)
_SETTLEMENT_NOUNS = frozenset({"город", "село", "деревня", "посёлок", "поселок", "хутор", "станица",
                               "местечко", "крепость", "провинция", "королевство", "княжество",
                               "герцогство", "графство", "губерния", "уезд", "волость", "аул", "кишлак"})
# endings of toponyms pymorphy3 only guesses (Инстербург, Кенигсберг, Севастополь, Елизаветовка)
_TOPONYM_ENDING = re.compile(r"(?:(?:бург|берг|град|город|поль|ополь|ск|цк)(?:а|у|е|ом|ой|и)?"
                             r"|(?:ов|ев|ёв|ин)к(?:а|и|у|е|ой))$")


def _unknown_word_cue(scan: Scan, i: int) -> bool:
    """Russian: context that can make a word pymorphy3 does not know a place: a place noun
    after it (Кашкадарьинской области), a preposition or settlement noun before it (в
    Инстербурге, городке Бад-Кёстриц), or a known place name it may inflect (Шымкенте)."""
    n = len(scan.tokens)
    if i + 1 < n and scan.adjacent(i, i + 1) and scan.tokens[i + 1].text.islower() \
            and _place_word(scan, i + 1):
        return True
    if i > 0 and scan.adjacent(i - 1, i) and (
            scan.folded[i - 1] in _PLACE_PREPOSITIONS or scan.folded[i - 1] in _HYPHEN_CUES or (
                scan.tokens[i - 1].text.islower()
                and scan.parses(i - 1)[0].normal_form in _SETTLEMENT_NOUNS)):
        return True
    word = scan.folded[i]
    names = scan.lex.place_names
    return any(word[:len(word) - k] in names for k in range(0, 3))


def _adjective_place(scan: Scan, i: int) -> str | None:
    """Russian: a capitalised adjective + a capitalised place name the dictionary knows as a
    place (Древнем Риме -> Древний Рим, Нижнего Новгорода), not a country or macro-region
    (Северной Америки, Южной Кореи are other tables' business). Returns the nominative."""
    if i + 1 >= len(scan.tokens) or not scan.adjacent(i, i + 1) or not scan.cap(i + 1) \
            or scan.tokens[i + 1].text.isupper() or scan.sentence_initial(i):
        return None  # sentence-initial: any adjective is capitalised (Официальный Ташкент)
    adj = scan.parses(i)[0]
    if "ADJF" not in adj.tag:
        return None
    noun = next((p for p in scan.parses(i + 1)[:2] if "Geox" in p.tag and p.tag.POS == "NOUN"), None)
    lex = scan.lex
    if noun is None or not morph_analyzer().word_is_known(scan.tokens[i + 1].text):
        return None
    lemma = noun.normal_form
    countries = lex.countries.get("ru", {})
    if lemma in countries or lemma in lex.macro_regions or scan.folded[i + 1] in countries \
            or f"{scan.folded[i]} {scan.folded[i + 1]}" in countries:
        return None  # Саудовская Аравия: a country
    if fold(adj.normal_form) in lex.region_modifiers or adj.normal_form in _DIRECTION_ADJECTIVES:
        return None
    gender = noun.tag.gender
    form = adj.inflect({"nomn", "sing"} | ({gender} if gender else set()))
    nom = noun.inflect({"nomn", "sing"})
    if form is None or nom is None:
        return None
    return form.word.capitalize() + " " + "-".join(p.capitalize() for p in nom.word.split("-"))


# adjectives that make a compass region of a place (Северный Кавказ is a macro-region)
_DIRECTION_ADJECTIVES = frozenset({"северный", "южный", "восточный", "западный", "центральный",
                                   "латинский", "средний", "ближний", "дальний"})
# words before a hyphenated unknown name that make it a place (в Нови-Лигуре, между Гессен-Касселем)
_HYPHEN_CUES = frozenset({"в", "во", "из", "между", "при", "ко", "под", "близ", "городок", "городке",
                          "городка", "город", "городе", "села", "селе", "село"})


def _hyphenated_place(scan: Scan, i: int) -> bool:
    """Russian: `в/во/из/между` (or a settlement noun) + a hyphenated word of capitalised parts
    that the dictionary does not know (в Нови-Лигуре, из Сен-Дени, в городке Бад-Кёстриц)."""
    if i == 0 or not scan.adjacent(i - 1, i) or scan.folded[i - 1] not in _HYPHEN_CUES:
        return False
    parts = scan.tokens[i].text.split("-")
    return len(parts) >= 2 and all(p[:1].isupper() and p[1:].islower() for p in parts) \
        and not morph_analyzer().word_is_known(scan.tokens[i].text)


def _in_place(scan: Scan, i: int) -> bool:
    """Russian: `в/во` + a word pymorphy3 reads as a name (Name) in the locative and never in
    the accusative (в Анталии; not верить в Марию): a place name used as a location."""
    if i == 0 or not scan.adjacent(i - 1, i) or scan.folded[i - 1] not in ("в", "во"):
        return False
    parses = scan.parses(i)
    return (any("Name" in p.tag and "loct" in p.tag for p in parses[:3])
            and not any("accs" in p.tag for p in parses)
            and parses[0].normal_form.endswith(("ия", "ья", "ея")))


def _place_evidence(scan: Scan, i: int, lemma: str) -> bool:
    """A Russian Geox word is a location when a gazetteer knows its lemma, or when pymorphy3's
    dictionary (not its guesser) knows it and a locative preposition precedes it."""
    lex = scan.lex
    key = fold(lemma)
    if key in lex.place_names or key in lex.locations.get("ru", {}) or not lex.place_names:
        return True
    word = scan.tokens[i].text
    morph = morph_analyzer()
    known = morph.word_is_known(word)
    parses = scan.parses(i)
    if known and all("Geox" in p.tag and "Name" not in p.tag and "Surn" not in p.tag for p in parses):
        if "nomn" in parses[0].tag or "Fixd" in parses[0].tag:
            return True  # Пруссия, Хоккайдо: the dictionary knows no other reading
        after_noun = i > 0 and scan.adjacent(i - 1, i) and scan.parses(i - 1)[0].tag.POS == "NOUN"
        if not any("gent" in p.tag for p in parses) or not after_noun:
            return True  # покинуть Пруссию, между …, Пруссией и Россией (штурм Бастилии: a
            # building in the genitive after a noun, left alone)
    if i == 0 or not scan.adjacent(i - 1, i):
        return False
    cue = scan.folded[i - 1] in _PLACE_PREPOSITIONS or (
        scan.tokens[i - 1].text.islower() and scan.parses(i - 1)[0].normal_form in _SETTLEMENT_NOUNS)
    return cue and (known or bool(_TOPONYM_ENDING.search(scan.folded[i])))


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
    for i, tok in enumerate(scan.tokens):
        if tok.start in starts or not scan.cap(i) or tok.text.isupper() or scan.sentence_initial(i):
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
    return any(fold(s) in words for s in scan.stems(k))


def _feature_before(scan: Scan, c: Candidate) -> bool:
    """Russian: the candidate follows a natural-feature noun (река Конда, реки -- Конда)."""
    from bisect import bisect_left

    k = bisect_left(scan.starts, c.start) - 1
    if k < 0 or k + 1 >= len(scan.tokens) or scan.starts[k + 1] != c.start \
            or scan.gap(k, k + 1).strip(" -–—") or "\n" in scan.gap(k, k + 1):
        return False
    return scan.tokens[k].text.islower() and scan.parses(k)[0].normal_form in scan.lex.feature_words


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


_AREA_NOUNS = _SETTLEMENT_NOUNS | {"район", "область", "округ", "регион"}


def _unknown_name(scan: Scan, i: int) -> bool:
    """Russian: a capitalised word the dictionary does not know (a foreign name)."""
    return scan.cap(i) and not scan.tokens[i].text.isupper() and not scan.tokens[i].text.isascii() \
        and not morph_analyzer().word_is_known(scan.tokens[i].text)


def _russian_unknown_places(scan: Scan, known: list[Candidate]) -> list[Candidate]:
    """Russian names the dictionary does not know, placed by their context: after a settlement
    or area noun (в районе Грудек Ягельоньски, деревня Ивановка) or right before another place
    (Удеревка, в Воронежской губернии; Бостон, Массачусетс)."""
    starts = {c.start for c in known}
    covered = [(c.start, c.end) for c in known]
    countries = scan.lex.countries.get("ru", {})
    out = []
    tokens = scan.tokens
    n = len(tokens)
    for i in range(1, n):
        if not _unknown_name(scan, i) or any(a <= tokens[i].start < b for a, b in covered):
            continue
        prev = tokens[i - 1]
        if scan.adjacent(i - 1, i) and prev.text.islower() \
                and scan.parses(i - 1)[0].normal_form in _AREA_NOUNS:
            last = i
            while last + 1 < n and last - i < 2 and scan.adjacent(last, last + 1) and _unknown_name(scan, last + 1):
                last += 1
            name = " ".join(t.text for t in tokens[i:last + 1])
            out.append(Candidate("LOC", tokens[i].start, tokens[last].end, {"name": name}, RANK))
            continue
        if scan.sentence_initial(i) or i + 1 >= n or scan.gap(i, i + 1) != ", ":
            continue
        nxt = i + 1
        if scan.folded[nxt] in ("в", "во") and nxt + 1 < n:
            nxt += 1
        guess = scan.parses(i)[0]
        shaped = "Geox" in guess.tag or "-" in tokens[i].text or _TOPONYM_ENDING.search(scan.folded[i])
        if shaped and (tokens[nxt].start in starts or scan.folded[nxt] in countries):
            out.append(Candidate("LOC", tokens[i].start, tokens[i].end, {"name": tokens[i].text}, RANK))
    return out


def _russian_republic(scan: Scan, c: Candidate) -> Candidate:
    """Russian: `Республике Каракалпакстан` is one location, `Республика Каракалпакстан`."""
    from bisect import bisect_left

    k = bisect_left(scan.starts, c.start) - 1
    if k < 0 or k + 1 >= len(scan.tokens) or scan.starts[k + 1] != c.start or not scan.cap(k) \
            or not scan.adjacent(k, k + 1) or scan.parses(k)[0].normal_form != "республика":
        return c
    return Candidate("LOC", scan.starts[k], c.end, {"name": f"Республика {c.value['name']}"}, c.rank)


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


def _hyphenated_places(scan: Scan) -> list[Candidate]:
    """Places joined by a hyphen in one word (Тошкент-Самарқанд йўналиши, рейс Ташкент-Пекин,
    Тошкент-Москва): a LOC per place part when every capitalised part is a place or a country
    (the country parts are left to the country matcher)."""
    lex = scan.lex
    places = lex.locations.get(scan.tag, {})
    countries = lex.countries.get(scan.tag, {})
    out: list[Candidate] = []
    for i, tok in enumerate(scan.tokens):
        if "-" not in tok.text or not scan.cap(i) or fold(tok.text) in places:
            continue
        found = []
        ok = True
        for start, end, stems in _hyphen_parts(scan, i):
            if not scan.text[start:start + 1].isupper():
                ok = False  # Нью-Йорк is one name, Тошкент-бозор no pair
                break
            keys = [fold(s) for s in stems]
            name = next((places[k] for k in keys if k in places), None)
            if name is None and not any(k in countries for k in keys):
                ok = False
                break
            if name is not None:
                found.append(Candidate("LOC", start, end, {"name": name}, RANK))
        if ok and found:
            out += found
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


def find_locations(scan: Scan) -> list[Candidate]:
    """Location candidates (cities, regions, districts) in the text."""
    out = _gazetteer(scan) + _with_place_words(scan) + _hyphenated_places(scan)
    if scan.russian:  # not for kk/ky/tg text read with the Russian tables
        out += _russian(scan)
        out += _russian_unknown_places(scan, out)
        out = [_russian_republic(scan, c) for c in out]
    elif scan.tag == "en":
        out = [_english_republic(scan, c) for c in out]
    elif scan.tag == "uz-Cyrl":
        out += _cyrillic_geox(scan, out)
    if scan.lex.feature_words:
        out = [c for c in out if not _feature_after(scan, c)]
        if scan.tag == "ru":
            out = [c for c in out if not _feature_before(scan, c)]
    if scan.lex.facility_words:
        out = [c for c in out if not _facility_before(scan, c)]
    return out
