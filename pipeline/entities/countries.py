"""Country mentions: CLDR names + aliases in any case form (also with a first-person possessive,
Ўзбекистонимиз), state-form words around the name (Таиланд Қироллиги, Королевства Таиланд,
Sultanate of Oman), abbreviations, currency guards (АҚШ доллари, Amerika valyutasi)."""
from __future__ import annotations

import re
from itertools import compress
from operator import or_

from .morph import fold
from .locations import hyphen_tokens, may_start, start_memo
from .scan import Candidate, Scan

RANK = 1
MULTIWORD_RANK = 4  # above PERSON (3) for the same span: `Solomon Islands`, `Marshall Islands`


def _currency_next(scan: Scan, last: int, end: int) -> bool:
    """A currency word right after the match (АҚШ доллари) or a glued `$` (US$)."""
    if scan.text[end:end + 1] == "$":
        return True
    nxt = last + 1
    return nxt < len(scan.tokens) and scan.adjacent(last, nxt) and scan.currency_word(nxt)


# Uzbek "its currency": `Amerika valyutasi`, `Россия валютаси` name a currency, not the country
_CURRENCY_NOUNS = ("валютас", "valyutas")


def _currency_noun_next(scan: Scan, last: int, keys: dict[str, str]) -> bool:
    """Uzbek: the bare name (no case suffix) is followed by `valyutasi` (Amerika valyutasi: the
    dollar; not Hindistonda valyuta islohoti)."""
    nxt = last + 1
    return scan.uzbek and nxt < len(scan.tokens) and scan.adjacent(last, nxt) \
        and scan.folded[nxt].startswith(_CURRENCY_NOUNS) and scan.folded[last] in keys


# Uzbek first-person possessive (our/my country), optionally with a case suffix, which the
# suffix table leaves to the reader: Ўзбекистонимиз, O‘zbekistonimizning, Ватаним
_OUR = re.compile(r"(?:имиз|imiz|им|im)(?:нинг|ning|га|ga|да|da|дан|dan|ни|ni|даги|dagi)?$")


def _country_starts(scan: Scan, keys: dict[str, str]) -> frozenset[str]:
    """First four letters of the country keys of the text's tag (built once per tag)."""
    memo = scan.lex.cache("country_starts")
    starts = memo.get(scan.tag)
    if starts is None:
        starts = memo[scan.tag] = frozenset(k[:4] for k in keys)
    return starts


def _our_country(scan: Scan, i: int, keys: dict[str, str], starts: frozenset[str]) -> str | None:
    """ISO of a country name with a first-person possessive (Ўзбекистоним -> UZ), or None
    (`starts`: `_country_starts`, fetched once per text by the caller)."""
    word = scan.folded[i]
    if word[:4] not in starts or len(word) < 6 or ("им" not in word and "im" not in word):
        return None  # the common case: one set lookup before the regular expression
    m = _OUR.search(word)
    if m is None or m.start() < 4:
        return None
    return keys.get(word[:m.start()])


def _currency_before(scan: Scan, first: int) -> bool:
    """Russian order: долларов США (Uzbek "500 млн доллар Ўзбекистонга" is a country)."""
    if scan.tag != "ru":
        return False
    prev = first - 1
    return prev >= 0 and scan.adjacent(prev, first) and scan.currency_word(prev)


def _republic_tail(scan: Scan, last: int) -> int:
    """Uzbek: extend `Германия` over `Федератив Республикаси` (one country mention)."""
    if not scan.uzbek:
        return last
    words = scan.lex.republic_words.get(scan.tag, frozenset())
    places = scan.lex.place_words.get(scan.tag, {})
    k = last
    n = len(scan.tokens)
    while k + 1 < n and scan.adjacent(k, k + 1) and scan.folded[k + 1] in words and k - last < 3:
        k += 1
    if k + 1 < n and scan.adjacent(k, k + 1) and (
            scan.cap(k + 1) or scan.folded[k + 1].startswith(_REPUBLIC_SINGULAR)):
        key = scan.stem_in(k + 1, places)  # (Kuba respublikasi: written lower-case too, singular only)
        if key and places[key] == "republic":
            return k + 1
    if k == last and last + 1 < n and scan.adjacent(last, last + 1) \
            and scan.folded[last + 1].startswith(_STATE_NOUN) and scan.folded[last + 1] not in _STATE_NOUNS \
            and scan.stem_in(last + 1, _STATE_NOUNS):
        return last + 1  # Сомали давлатидан: the state noun carries the mention's case (not bare давлати)
    return last


# a lower-case republic noun after a country's name, singular (Kuba respublikasi; not the
# plural of a country's regions, Rossiya respublikalari)
_REPUBLIC_SINGULAR = ("respublikasi", "республикаси")
# the lower-case "state" noun after a country's name (Сомали давлати, Kuba davlatiga)
_STATE_NOUNS = frozenset({"давлати", "davlati"})
_STATE_NOUN = ("давлат", "davlat")


# nouns of a state's form before its name: Королевства Таиланд, Sultanate of Oman
_RU_STATE_HEADS = frozenset({"королевство", "султанат", "княжество", "эмират", "республика",
                             "федерация", "герцогство"})
_EN_STATE_HEADS = frozenset({"kingdom", "sultanate", "principality", "emirate", "state", "republic",
                             "commonwealth", "grand duchy"})


def _state_head(scan: Scan, i: int) -> int:
    """Start offset of the country mention whose name starts at token i, over a capitalised
    state-form noun before it (Королевства Таиланд, Kingdom of Saudi Arabia)."""
    start = scan.tokens[i].start
    if scan.tag == "ru" and i >= 1 and scan.cap(i - 1) and scan.adjacent(i - 1, i) \
            and not scan.tokens[i - 1].text.isupper() \
            and scan.parses(i - 1)[0].normal_form in _RU_STATE_HEADS:
        k = i - 2  # Исламской Республике Пакистан, Федеративной Республики Германия
        if k >= 0 and scan.cap(k) and scan.adjacent(k, k + 1) and "ADJF" in scan.parses(k)[0].tag:
            return scan.tokens[k].start
        return scan.tokens[i - 1].start
    if scan.tag == "en" and i >= 2 and scan.folded[i - 1] == "of" and scan.cap(i - 2) \
            and scan.adjacent(i - 2, i - 1) and scan.adjacent(i - 1, i) \
            and scan.folded[i - 2] in _EN_STATE_HEADS:
        return scan.tokens[i - 2].start
    return start


def _places_beside(scan: Scan, i: int, missing: int) -> bool:
    """The capitalised parts of hyphenated token i that are no country are all places
    (Ўзбекистон-Москва)."""
    from .locations import _hyphen_parts

    places = scan.lex.locations.get(scan.tag, {})
    countries = scan.lex.countries.get(scan.tag, {})
    hits = 0
    for start, _end, stems in _hyphen_parts(scan, i):
        keys = [fold(s) for s in stems]
        if not any(k in countries for k in keys):
            if not any(k in places for k in keys):
                return False
            hits += 1
    return hits == missing


def _hyphenated(scan: Scan, keys: dict[str, str], taken: set[int]) -> list[Candidate]:
    """Countries joined by a hyphen inside one word: Ўзбекистон-Хитой, Russia-Uzbekistan,
    also by their abbreviations (China-US, US-based)."""
    out: list[Candidate] = []
    if "-" not in scan.text:
        return out
    abbr = scan.lex.abbreviations.get(scan.tag, {})
    for i in hyphen_tokens(scan):
        tok = scan.tokens[i]
        if tok.start in taken:
            continue
        parts = tok.text.split("-")
        offset = tok.start
        found = []
        for k, part in enumerate(parts):
            stems = [part]
            if k == len(parts) - 1:
                stems = [a.stem for a in scan.analyses(i) if a.stem.startswith(tok.text[:len(tok.text) - len(part)])]
                stems = [s[len(tok.text) - len(part):] for s in stems] or [part]
            iso = next((keys[fold(s)] for s in stems if fold(s) in keys), None) \
                or next((abbr[s] for s in stems if s in abbr), None)  # China-US, Rossiya-AQShga
            if iso and part[:1].isupper():
                found.append(Candidate("COUNTRY", offset, offset + len(part), {"iso": iso}, RANK))
            offset += len(part) + 1
        capitals = [p for p in parts if p[:1].isupper()]
        if found and (len(found) == len(capitals) or _places_beside(scan, i, len(capitals) - len(found))):
            out += found
    return out


_GENERIC_HEADS = frozenset({"штат", "эмират", "республика", "федерация", "королевство"})


def _generic_head_of(scan: Scan, first: int, last: int) -> bool:
    """Russian: a country name ending in a generic noun followed by another capitalised noun
    in the genitive names something else (Соединённых Штатов Мира, Федерации Хоккея)."""
    if scan.tag != "ru" or last == first or last + 1 >= len(scan.tokens) \
            or not scan.adjacent(last, last + 1) or not scan.cap(last + 1) \
            or scan.tokens[last + 1].text.isupper():
        return False
    if scan.parses(last)[0].normal_form not in _GENERIC_HEADS:
        return False
    nxt = scan.parses(last + 1)[0]
    return nxt.tag.POS == "NOUN" and "gent" in nxt.tag and not any(
        t in nxt.tag for t in ("Geox", "Name", "Surn", "Patr", "Orgn"))


def _named_part(scan: Scan, k: int) -> bool:
    """Russian: a capitalised adjective before a country name makes another entity (Карпатская
    Украина, Северную Америку); the country's own long names are matched first."""
    if scan.tag != "ru" or not scan.cap(k) or scan.tokens[k].text.isupper():
        return False
    return any("ADJF" in p.tag for p in scan.parses(k)[:1])


# Uzbek compass adjectives: `Shimoliy Kipr` is a part of a country (a location); the names that
# are countries themselves (Janubiy Koreya, Shimoliy Koreya) are matched whole before this
_COMPASS = frozenset({"шимолий", "shimoliy", "жанубий", "janubiy", "шарқий", "sharqiy",
                      "ғарбий", "g'arbiy"})
_CONTINENTS = frozenset({"US"})  # Shimoliy Amerika, Janubiy Amerika: continents, not places


def _compass_part(scan: Scan, first: int, last: int, keys: dict[str, str]) -> Candidate:
    """LOC for a compass word + a country (`Shimoliy Kiprda` -> `Shimoliy Kipr`)."""
    head = [scan.tokens[k].text for k in range(first, last)]
    prefix = " ".join(scan.folded[first + 1:last])
    stem = next((s for s in scan.stems(last) if fold(f"{prefix} {s}".strip()) in keys),
                scan.tokens[last].text)
    return Candidate("LOC", scan.tokens[first].start, scan.tokens[last].end,
                     {"name": " ".join([*head, stem])}, RANK + 1)


def _lowercase_starts(scan: Scan) -> frozenset[str]:
    """First three letters of the lower-case country names (a cheap test before stemming)."""
    memo = scan.lex.cache("lowercase_starts")
    got = memo.get("")
    if got is None:
        got = memo[""] = frozenset(w[:3] for w in scan.lex.lowercase_countries)
    return got


def _lowercase_flags(scan: Scan, lower_starts: frozenset[str]) -> list[bool]:
    """For every token: its folded word starts like a lower-case country name (memo per word
    across texts: one C-level lookup per token)."""
    memo = scan.lex.cache("lowercase country start")
    got = list(map(memo.get, scan.folded))
    if None in got:
        for k, flag in enumerate(got):
            if flag is None:
                word = scan.folded[k]
                got[k] = memo[word] = word[:3] in lower_starts
    return got


def find_countries(scan: Scan) -> list[Candidate]:
    """Country candidates over the whole text (longest name first at each token)."""
    lex = scan.lex
    keys = lex.countries.get(scan.tag, {})
    abbr = lex.abbreviations.get(scan.tag, {})
    out: list[Candidate] = []
    tokens = scan.tokens
    lower_starts = _lowercase_starts(scan) if scan.uzbek else frozenset()
    caps = scan._caps
    our_starts = _country_starts(scan, keys) if scan.uzbek else frozenset()
    if scan.uzbek:  # capitalised tokens and lower-case ones that start like эрон, xitoy
        todo = list(compress(range(len(tokens)), map(or_, caps, _lowercase_flags(scan, lower_starts))))
    else:
        todo = list(compress(range(len(tokens)), caps))
    nxt = 0
    memo = start_memo(scan, keys, "countries")
    index = scan._phrase_index(keys)
    folded = scan.folded
    for i in todo:
        if i < nxt:
            continue
        found = None
        cap = caps[i]
        if cap and not tokens[i].text[1:].islower():  # abbreviations have two capitals
            for stem in scan.stems(i):
                if stem in abbr:
                    found = (i, abbr[stem])
                    break
        if found is None and cap:
            may = memo.get(folded[i])
            if may is None:
                may = memo[folded[i]] = may_start(folded[i], keys, index)
            if may:
                found = scan.longest_phrase(i, keys, lex.max_country_words, hyphens=True)
        if found is None and cap and scan.uzbek:
            iso = _our_country(scan, i, keys, our_starts)
            if iso:
                found = (i, iso)
        if found is None and not cap and scan.folded[i][:3] in lower_starts:
            key = scan.stem_in(i, lex.lowercase_countries)
            if key and key in keys:
                found = (i, keys[key])  # эрон билан савдо: a lower-case but unambiguous name
        if found:
            last, iso = found
            last = _republic_tail(scan, last)
            start, end = _state_head(scan, i), tokens[last].end
            modifier = i > 0 and scan.adjacent(i - 1, i) and (
                scan.folded[i - 1] in lex.region_modifiers or _named_part(scan, i - 1))
            if modifier and iso not in _CONTINENTS and scan.uzbek and scan.cap(i - 1) \
                    and scan.folded[i - 1] in _COMPASS:
                out.append(_compass_part(scan, i - 1, last, keys))  # Shimoliy Kipr: a region
            elif not (modifier or _currency_next(scan, last, end) or _currency_before(scan, i)
                      or _generic_head_of(scan, i, last) or _currency_noun_next(scan, last, keys)):
                # a name of two words or more (Solomon Islands) is no person's name
                rank = MULTIWORD_RANK if last > i and not scan.uzbek else RANK
                out.append(Candidate("COUNTRY", start, end, {"iso": iso}, rank))
            nxt = last + 1
    out += _hyphenated(scan, keys, {c.start for c in out})
    # abbreviations written with dots (U.S., U.K.) are split by the tokenizer
    for surface, iso in abbr.items():
        if "." not in surface:
            continue
        pos = scan.text.find(surface)
        while pos >= 0:
            end = pos + len(surface)
            before = scan.text[pos - 1:pos]
            if not before.isalnum() and scan.text[end:end + 1] != "$":
                tail = scan.text[end:end + 12].strip().lower()
                if not any(tail.startswith(c) for c in lex.currency_stems):
                    out.append(Candidate("COUNTRY", pos, end, {"iso": iso}, RANK))
            pos = scan.text.find(surface, end)
    return out
