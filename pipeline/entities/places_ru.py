"""Russian location rules over pymorphy3: `Ташкентская область` (also coordinated adjectives,
`обл.`, `Украинской ССР`), `Древний Рим`, Geox names with place evidence (в Анталии, покинуть
Пруссию), GeoNames towns pymorphy3 does not know (в Верчелли, Керколди, Шотландия), unknown
names placed by context (в районе Грудек Ягельоньски, Удеревка, в Воронежской губернии),
settlement names (село Романовское), quoted quarters (махалля «Галаба»), `Республика
Каракалпакстан`, river names."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from .locations import _SHORT_PLACE_WORDS, RANK, _place_word, morph_analyzer
from .morph import fold
from .scan import Candidate, Scan

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
        region = _autonomous_region(scan, i) if i + 1 < len(tokens) and scan.folded[i + 1][:4] in _REGION_MIDDLE_CUES \
            else None
        if region is not None:  # Ямало-Ненецкого автономного округа
            out.append(region)
            skip_until = i + 2
            continue
        # adjective + place noun: Ташкентская область
        if "ADJF" in best.tag and "Apro" not in best.tag and i + 1 < len(tokens) \
                and scan.adjacent(i, i + 1):  # not Такого города, Этот район
            pw = _place_word(scan, i + 1)
            if pw and pw[1] == "republic" and i + 2 < len(tokens) and scan.adjacent(i + 1, i + 2) \
                    and scan.folded[i + 2] in countries:
                pw = None  # Исламскую Республику Иран: the country's long name
            short = _SHORT_PLACE_WORDS.get(scan.folded[i + 1])  # Кашкадарьинской обл.
            if pw and f"{scan.folded[i]} {scan.folded[i + 1]}" not in countries:  # Кыргызская Республика
                noun_parses = morph.parse(short or tokens[i + 1].text)
                noun_parse = next((p for p in noun_parses[:2] if p.normal_form == pw[0]), noun_parses[0])
                # (Младшего жуза: the place word's reading, not the commoner жуза)
                gender = noun_parse.tag.gender or best.tag.gender  # Зиньковского уезда: masc
                adj = best.inflect({"nomn", "sing"} | ({gender} if gender else set()))
                noun = noun_parse.inflect({"nomn", "sing"})
                if adj and noun:
                    word = noun.word.capitalize() if scan.cap(i + 1) else noun.word
                    if tokens[i + 1].text.isupper():
                        word = tokens[i + 1].text  # Украинской ССР: an abbreviation as written
                    name = _capitalised(adj.word, tok.text) + " " + word
                    end = tokens[i + 1].end
                    if short and scan.text[end:end + 1] == ".":
                        end += 1  # the abbreviation's dot belongs to it
                    out.append(Candidate("LOC", tok.start, end, {"name": name}, RANK + 1))
                    if pw[1] != "republic":  # Кашкадарьинской и Сурхандарьинской областей
                        out += _coordinated_adjectives(scan, i, word, gender)
                    skip_until = i + 1
                    continue
            named = _adjective_place(scan, i)
            if named:  # Древнем Риме, Нижнего Новгорода
                out.append(Candidate("LOC", tok.start, tokens[i + 1].end, {"name": named}, RANK + 1))
                skip_until = i + 1
                continue
        if scan.sentence_initial(i) and not any("Geox" in p.tag for p in parses[:1]):
            continue
        if scan.folded[i] in countries:
            continue  # в Абиссинии: a country (an old name too), the countries' business
        town = _possessive_town(scan, i)
        if town:  # в Панкове, при Головчине: an unknown town -ов/-ин in the locative
            out.append(Candidate("LOC", tok.start, tok.end, {"name": town}, RANK))
            continue
        geo = next((p for p in parses[:2] if "Geox" in p.tag and p.tag.POS == "NOUN"), None)
        if geo is None:
            if _hyphenated_place(scan, i):  # в Нови-Лигуре: an unknown hyphenated name after в/из
                guess = parses[0]
                name = tok.text
                if "Geox" in guess.tag and "nomn" not in guess.tag:  # между Гессен-Касселем
                    name = "-".join(part[:1].upper() + part[1:] for part in guess.normal_form.split("-"))
                town = _world_city(scan, i)  # в Сент-Луисе: a GeoNames town outranks a person reading
                out.append(Candidate("LOC", tok.start, tok.end, {"name": town or name},
                                     RANK + 2 if town else RANK))
                continue
            if _in_place(scan, i):  # в Анталии: a name-like word in the locative after в/во
                lemma = parses[0].normal_form
                name = "-".join(part[:1].upper() + part[1:] for part in lemma.split("-"))
                out.append(Candidate("LOC", tok.start, tok.end, {"name": name}, RANK))
            else:
                name = _world_city(scan, i)  # в Верчелли, из Виксберга: a GeoNames town
                if name and _place_cue_before(scan, i):
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
            scan.folded[i - 1] in _PLACE_PREPOSITIONS or scan.folded[i - 1] in _HYPHEN_CUES
            or _settlement_noun(scan, i - 1)):
        return True
    word = scan.folded[i]
    names = scan.lex.place_names
    return any(word[:len(word) - k] in names for k in range(0, 3))


# a lower-case adjective between a region's own adjective and its place noun
_REGION_MIDDLE_CUES = frozenset({"авто", "адми", "муни", "феде"})
_REGION_MIDDLE = frozenset({"автономный", "административный", "муниципальный", "федеральный"})


def _autonomous_region(scan: Scan, i: int) -> Candidate | None:
    """Russian: a capitalised adjective, `автономный` (`административный`, `муниципальный`,
    `федеральный`) and a place noun: `Ямало-Ненецкого автономного округа` -> Ямало-Ненецкий
    автономный округ, `Еврейской автономной области`, `Приволжском федеральном округе`."""
    tokens = scan.tokens
    if i + 2 >= len(tokens) or not scan.folded[i + 1].startswith(("автоном", "администрат", "муниципал", "федерал")) \
            or not (scan.adjacent(i, i + 1) and scan.adjacent(i + 1, i + 2)) or not tokens[i + 1].text.islower():
        return None  # (the stems first: no parse for most words)
    middle = scan.parses(i + 1)[0]
    if "ADJF" not in middle.tag or middle.normal_form not in _REGION_MIDDLE:
        return None
    best = scan.parses(i)[0]
    pw = _place_word(scan, i + 2)
    if "ADJF" not in best.tag or "Apro" in best.tag or not pw or pw[1] != "region" \
            or not tokens[i + 2].text.islower():
        return None
    noun_parse = next((p for p in scan.parses(i + 2)[:2] if p.normal_form == pw[0]), scan.parses(i + 2)[0])
    gender = noun_parse.tag.gender or best.tag.gender
    grammemes = {"nomn", "sing"} | ({gender} if gender else set())
    adj, mid, noun = best.inflect(grammemes), middle.inflect(grammemes), noun_parse.inflect({"nomn", "sing"})
    if not (adj and mid and noun):
        return None
    name = f"{_capitalised(adj.word, tokens[i].text)} {mid.word} {noun.word}"
    return Candidate("LOC", tokens[i].start, tokens[i + 2].end, {"name": name}, RANK + 1)


def _capitalised(word: str, like: str) -> str:
    """`word` with each hyphen part capitalised where `like` has a capital there.

    >>> _capitalised("мирзо-улугбекский", "Мирзо-Улугбекском")
    'Мирзо-Улугбекский'
    """
    parts, model = word.split("-"), like.split("-")
    if len(parts) != len(model):
        return word[:1].upper() + word[1:]
    return "-".join(p[:1].upper() + p[1:] if m[:1].isupper() else p for p, m in zip(parts, model))


def _coordinated_adjectives(scan: Scan, i: int, noun: str, gender: str | None) -> list[Candidate]:
    """Russian: capitalised adjectives coordinated before `adjective + plural place noun`
    (Кашкадарьинскую и Сурхандарьинскую области): each is a location `adjective noun`."""
    out: list[Candidate] = []
    k = i - 1
    while k >= 0 and len(out) < 6:
        joiner = k >= 1 and scan.folded[k] in ("и", "или") and scan.adjacent(k, k + 1) and scan.adjacent(k - 1, k)
        if joiner:
            a = k - 1
        elif scan.gap(k, k + 1) == ", ":
            a = k
        else:
            break
        best = scan.parses(a)[0]
        if not scan.cap(a) or "ADJF" not in best.tag or "Apro" in best.tag or scan.sentence_initial(a) and (
                "Qual" in best.tag or not best.normal_form.endswith(("ский", "цкий"))):
            break  # (Ферганская, Андижанская и Наманганская области: a place's adjective may open the sentence)
        form = best.inflect({"nomn", "sing"} | ({gender} if gender else set()))
        if form is None:
            break
        tok = scan.tokens[a]
        out.append(Candidate("LOC", tok.start, tok.end,  # (above a person reading: Чиланзарского и …)
                             {"name": f"{_capitalised(form.word, tok.text)} {noun}"}, RANK + 2))
        k = a - 1
    return out


def _place_cue_before(scan: Scan, i: int) -> bool:
    """Russian: a locative preposition (also `при`: битва при Шоле) or a settlement noun right
    before token i."""
    if i == 0 or not scan.adjacent(i - 1, i):
        return False
    return scan.folded[i - 1] in _PLACE_PREPOSITIONS or scan.folded[i - 1] == "при" \
        or _settlement_noun(scan, i - 1)


_SETTLEMENT_PREFIXES = frozenset(w[:3] for w in _SETTLEMENT_NOUNS)


def _settlement_noun(scan: Scan, k: int) -> bool:
    """Russian: token k is a lower-case settlement noun in any case (городке, деревни); the
    three-letter prefix is tested before pymorphy3 parses the word."""
    return scan.folded[k][:3] in _SETTLEMENT_PREFIXES and scan.tokens[k].text.islower() \
        and scan.parses(k)[0].normal_form in _SETTLEMENT_NOUNS


_CASE_ENDINGS = ("ом", "ем", "а", "я", "у", "ю", "е")


def _world_city(scan: Scan, i: int) -> str | None:
    """Russian: the nominative of a word pymorphy3 does not know that is a GeoNames town name
    (`place_names`, 15 000+ people) as written or with a noun case ending (Верчелли,
    Виксберга -> Виксберг); None for a known word or another name."""
    tok = scan.tokens[i].text
    if scan.sentence_initial(i) or tok.isupper() or morph_analyzer().word_is_known(tok):
        return None
    word = scan.folded[i]
    names = scan.lex.place_names
    if word in names:
        return tok
    for end in _CASE_ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 3:
            base = word[:-len(end)]
            for cand in (base, base + "а", base + "я"):
                if cand in names:
                    return tok[:len(base)] + cand[len(base):]
    return None


def _adjective_place(scan: Scan, i: int) -> str | None:
    """Russian: a capitalised adjective + a capitalised place name the dictionary knows as a
    place, a country's too (Древнем Риме -> Древний Рим, Нижнего Новгорода, Восточной Пруссии,
    Северную Сербию -> Северная Сербия), not a macro-region (Северной Америки) or a country
    named so (Южной Кореи is the countries' business). Returns the nominative."""
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
    if lemma in lex.macro_regions or f"{scan.folded[i]} {scan.folded[i + 1]}" in lex.countries.get("ru", {}):
        return None  # Южного Кавказа, Северной Америки: a macro-region; Саудовская Аравия: a country
    gender = noun.tag.gender
    form = adj.inflect({"nomn", "sing"} | ({gender} if gender else set()))
    nom = noun.inflect({"nomn", "sing"})
    if form is None or nom is None or fold(f"{form.word} {nom.word}") in lex.macro_regions:
        return None  # (Латинская Америка, Ближний Восток)
    # a region or former land named by its direction or a qualifier, also of a country
    # (Восточная Пруссия, Северная Сербия, Британская Индия, Новая Испания, Британская Колумбия)
    return form.word.capitalize() + " " + "-".join(p.capitalize() for p in nom.word.split("-"))


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


# the locative of a Slavic possessive town name -ов/-ев/-ин/-ын (Панков -> в Панкове)
_POSSESSIVE_LOCATIVE = re.compile(r"[а-яё]{2,}(?:ов|ев|ёв|ин|ын)е$")


def _possessive_town(scan: Scan, i: int) -> str | None:
    """Russian: `в/во/при/под` + a word the dictionary does not know shaped as the locative of a
    possessive town name (в Панкове -> Панков, при Головчине -> Головчин); the nominative,
    or None. Dictionary surnames (в Абрамове) and names before another capital are left."""
    if i == 0 or not scan.adjacent(i - 1, i) or scan.folded[i - 1] not in ("в", "во", "при", "под") \
            or not _POSSESSIVE_LOCATIVE.search(scan.folded[i]) or scan.sentence_initial(i):
        return None
    if i + 1 < len(scan.tokens) and scan.adjacent(i, i + 1) and scan.cap(i + 1):
        return None
    word = scan.tokens[i].text
    if morph_analyzer().word_is_known(word):
        return None
    return word[:-1]


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
    cue = scan.folded[i - 1] in _PLACE_PREPOSITIONS or _settlement_noun(scan, i - 1)
    return cue and (known or bool(_TOPONYM_ENDING.search(scan.folded[i])))


def _feature_before(scan: Scan, c: Candidate) -> bool:
    """Russian: the candidate follows a natural-feature noun (река Конда, реки -- Конда)."""
    from bisect import bisect_left

    k = bisect_left(scan.starts, c.start) - 1
    if k < 0 or k + 1 >= len(scan.tokens) or scan.starts[k + 1] != c.start \
            or scan.gap(k, k + 1).strip(" -–—") or "\n" in scan.gap(k, k + 1):
        return False
    return scan.tokens[k].text.islower() and scan.parses(k)[0].normal_form in scan.lex.feature_words


_AREA_NOUNS = _SETTLEMENT_NOUNS | {"район", "область", "округ", "регион", "штат"}
_AREA_PREFIXES = frozenset(w[:3] for w in _AREA_NOUNS)


def _unknown_name(scan: Scan, i: int) -> bool:
    """Russian: a capitalised word the dictionary does not know (a foreign name)."""
    return scan.cap(i) and not scan.tokens[i].text.isupper() and not scan.tokens[i].text.isascii() \
        and not morph_analyzer().word_is_known(scan.tokens[i].text)


# settlement nouns (nominative singular) whose capitalised next word is the settlement's name
_SETTLEMENT_HEADS = frozenset({"село", "деревня", "посёлок", "поселок", "хутор", "станица", "аул",
                               "кишлак", "местечко", "город", "городок"})


_SETTLEMENT_STARTS = frozenset(w[:3] for w in _SETTLEMENT_HEADS)


def _settlement_named(scan: Scan, i: int) -> bool:
    """Russian: a capitalised word right after a lower-case settlement noun in any case (село
    Романовское, в посёлке Красный Холм, города Орду, городам Туника) that is no person's name
    and no country (город Индии: a city of the country)."""
    if not scan.cap(i) or scan.tokens[i].text.isupper() or not scan.adjacent(i - 1, i) \
            or scan.folded[i - 1][:3] not in _SETTLEMENT_STARTS or not scan.tokens[i - 1].text.islower() \
            or scan.parses(i - 1)[0].normal_form not in _SETTLEMENT_HEADS \
            or scan.folded[i] in scan.lex.countries.get("ru", {}):
        return False
    return not any(t in p.tag for p in scan.parses(i)[:2] for t in ("Name", "Surn", "Patr"))


def _heads_place_phrase(scan: Scan, k: int) -> bool:
    """Russian: token k is followed by a lower-case place noun (Зиньковского уезда), so it
    starts the next place, not the name before it (села Грунь | Зиньковского уезда)."""
    return k + 1 < len(scan.tokens) and scan.adjacent(k, k + 1) and scan.tokens[k + 1].text.islower() \
        and _place_word(scan, k + 1) is not None


def _russian_unknown_places(scan: Scan, known: list[Candidate]) -> list[Candidate]:
    """Russian names the dictionary does not know, placed by their context: after a settlement
    or area noun (в районе Грудек Ягельоньски, деревня Ивановка) or right before another place
    (Удеревка, в Воронежской губернии; Бостон, Массачусетс)."""
    starts = {c.start for c in known}
    ends = {c.end for c in known if c.label == "LOC"}
    covered = [(c.start, c.end) for c in known]
    countries = scan.lex.countries.get("ru", {})
    out = []
    tokens = scan.tokens
    n = len(tokens)
    folded = scan.folded
    listed: set[int] = set()  # ends of names found after an area noun (в регионах X, Y и Z)
    for c in known:
        k = bisect_left(scan.starts, c.start)
        if c.label == "LOC" and 0 < k < n and scan.starts[k] == c.start and scan.adjacent(k - 1, k) \
                and folded[k - 1][:3] in _SETTLEMENT_PREFIXES | _AREA_PREFIXES and tokens[k - 1].text.islower():
            p = scan.parses(k - 1)[0]
            if p.normal_form in _AREA_NOUNS and "plur" in p.tag:
                listed.add(c.end)  # в городах Меппен (known), Рекен и Дюльмен
    for i in range(1, n):
        unknown = _unknown_name(scan, i)
        if not unknown and folded[i - 1][:3] not in _SETTLEMENT_STARTS:
            continue  # the common case: a known word after no settlement noun
        if any(a <= tokens[i].start < b for a, b in covered):
            continue
        if not unknown:
            if _settlement_named(scan, i):  # село Романовское, посёлок Красный Холм: a known word as a name
                last = i
                while last + 1 < n and last - i < 2 and scan.adjacent(last, last + 1) \
                        and scan.cap(last + 1) and not tokens[last + 1].text.isupper() \
                        and not _heads_place_phrase(scan, last + 1):
                    last += 1
                name = scan.text[tokens[i].start:tokens[last].end]
                out.append(Candidate("LOC", tokens[i].start, tokens[last].end, {"name": name}, RANK))
            continue
        prev = tokens[i - 1]
        if scan.adjacent(i - 1, i) and prev.text.islower() \
                and scan.parses(i - 1)[0].normal_form in _AREA_NOUNS:
            last = i
            while last + 1 < n and last - i < 2 and scan.adjacent(last, last + 1) and _unknown_name(scan, last + 1) \
                    and not _heads_place_phrase(scan, last + 1):
                last += 1
            name = " ".join(t.text for t in tokens[i:last + 1])
            out.append(Candidate("LOC", tokens[i].start, tokens[last].end, {"name": name}, RANK))
            listed.add(tokens[last].end)
            continue
        if (scan.gap(i - 1, i) == ", " and tokens[i - 1].end in listed) or (
                i >= 2 and folded[i - 1] in ("и", "или") and scan.adjacent(i - 1, i) and scan.ends[i - 2] in listed):
            out.append(Candidate("LOC", tokens[i].start, tokens[i].end, {"name": tokens[i].text}, RANK))
            listed.add(tokens[i].end)
            continue  # в регионах Меппен, Рекен и Дюльмен: the next names of the area list
        if scan.sentence_initial(i):
            continue
        city = _world_city(scan, i)
        if city and i >= 2 and scan.folded[i - 1] in ("и", "или") and scan.adjacent(i - 1, i) \
                and scan.ends[i - 2] in ends:
            out.append(Candidate("LOC", tokens[i].start, tokens[i].end, {"name": city}, RANK))
            continue  # Лас-Вегаса и Атлантик-Сити: a GeoNames town coordinated with a place
        if i + 1 >= n or scan.gap(i, i + 1) != ", ":
            continue
        nxt = i + 1
        if scan.folded[nxt] in ("в", "во") and nxt + 1 < n:
            nxt += 1
        guess = scan.parses(i)[0]
        dated = scan.tokens[i - 1].text.isdigit() and scan.gap(i - 1, i) == ", "  # (1911, Лимож, Франция
        shaped = "Geox" in guess.tag or "-" in tokens[i].text or _TOPONYM_ENDING.search(scan.folded[i]) \
            or city is not None or dated
        if shaped and (tokens[nxt].start in starts or scan.folded[nxt] in countries):
            out.append(Candidate("LOC", tokens[i].start, tokens[i].end, {"name": city or tokens[i].text}, RANK))
    return out


def _russian_republic(scan: Scan, c: Candidate) -> Candidate:
    """Russian: `Республике Каракалпакстан` is one location, `Республика Каракалпакстан`."""
    from bisect import bisect_left

    k = bisect_left(scan.starts, c.start) - 1
    if k < 0 or k + 1 >= len(scan.tokens) or scan.starts[k + 1] != c.start or not scan.cap(k) \
            or not scan.adjacent(k, k + 1) or scan.parses(k)[0].normal_form != "республика":
        return c
    return Candidate("LOC", scan.starts[k], c.end, {"name": f"Республика {c.value['name']}"}, c.rank)


_RU_ENDING = re.compile(r"(?:ом|ой|ою|ем|ей|а|у|е|ы|и|я|ю)$")


def _uzbek_keys(scan: Scan) -> tuple[dict[str, str], frozenset[str]]:
    """One-word places spelt the Uzbek way that the Russian table lacks (Тошкент, Самарқанд,
    Фарғона; not first names) and the first four letters of each; built once per lexicon."""
    memo = scan.lex.cache("uzbek_in_russian")
    got = memo.get("")
    if got is None:
        ru = scan.lex.locations.get("ru", {})
        names = scan.lex.first_names.get("Cyrl", frozenset())
        keys = {k: v for k, v in scan.lex.tables["locations"].get("uz-Cyrl", {}).items()
                if " " not in k and k not in ru and k not in names and len(k) >= 4}
        got = memo[""] = (keys, frozenset(k[:4] for k in keys))
    return got


def _uzbek_spelled(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """Russian text: a place spelt the Uzbek way in a Russian case form (из Тошкента, в
    Самарқанде, Фарғоны); only words pymorphy3 does not know, not at the start of a sentence
    and not next to another capitalised word."""
    keys, prefixes = _uzbek_keys(scan)
    starts = {c.start for c in found}
    out = []
    for i, tok in enumerate(scan.tokens):
        word = scan.folded[i]
        if word[:4] not in prefixes or not scan.cap(i) or tok.start in starts or tok.text.isupper():
            continue
        m = _RU_ENDING.search(word)
        bases = [word] + ([word[:m.start()], word[:m.start()] + "а"] if m else [])
        name = next((keys[b] for b in bases if b in keys), None)
        if name is None or scan.sentence_initial(i) or any(
                0 <= k < len(scan.tokens) and scan.adjacent(min(i, k), max(i, k)) and scan.cap(k)
                for k in (i - 1, i + 1)):
            continue  # Китоб лежал …, Гулистон Каримова: a sentence's first word, part of a name
        if not morph_analyzer().word_is_known(tok.text):
            out.append(Candidate("LOC", tok.start, tok.end, {"name": name}, RANK))
    return out


_QUOTED_AFTER = re.compile(r" [«“\"„]([^«»“”\"„\n]{1,40})[»”\"]")
# nouns (folded prefixes) of a neighbourhood named by a quoted name after them: махалле «Галаба»
_QUARTER_NOUNS = ("махалл", "массив", "жилмассив")


def _quoted_quarters(scan: Scan) -> list[Candidate]:
    """Russian: a quoted name right after `махалля`/`массив` (в махалле «Галаба»): the
    neighbourhood, a location (above an organisation reading of the quoted name)."""
    out: list[Candidate] = []
    if "махалл" not in scan.text and "массив" not in scan.text:
        return out
    for i, word in enumerate(scan.folded):
        if not word.startswith(_QUARTER_NOUNS) or not scan.tokens[i].text.islower():
            continue
        m = _QUOTED_AFTER.match(scan.text, scan.tokens[i].end)
        if m and m.group(1)[:1].isupper():
            out.append(Candidate("LOC", m.start() + 1, m.end(), {"name": m.group(1)}, RANK + 4))
    return out


# first parts of hyphenated place names that start no person's name (Сан-Диего, Порт-Саид,
# Кап-Франсуа, Форт-Уэрт, Лос-Анджелес, Нью-Плимут); not Сен-/Эль-/Аль- (Сен-Симон, аль-Багдади)
_PLACE_PREFIXES = frozenset({"сан", "санта", "санту", "сент", "порт", "порту", "кап", "форт", "вест",
                             "ист", "норт", "саут", "нью", "лос", "лас", "рио"})


def _prefixed_places(scan: Scan) -> list[Candidate]:
    """Russian: a hyphenated name whose first part starts place names only (Сан-Хосе, Кап-Франсуа,
    Порт-Саиде -> Порт-Саид) is a place, above a person reading of its first-name part."""
    from .locations import hyphen_tokens

    out: list[Candidate] = []
    if "-" not in scan.text:
        return out
    known = scan.lex.locations.get("ru", {})
    for i in hyphen_tokens(scan):
        tok = scan.tokens[i]
        parts = tok.text.split("-")
        if len(parts) < 2 or fold(parts[0]) not in _PLACE_PREFIXES or not parts[0][:1].isupper() \
                or not parts[-1][:1].isupper() or tok.text.isupper() or tok.start != scan.starts[i]:
            continue
        name = known.get(scan.folded[i]) or _world_city(scan, i)
        if name is None and fold(parts[0]) == "санта":
            continue  # Санта-Клаус: a known place only (Санта-Барбара, Санта-Крус)
        if name is None:
            guess = scan.parses(i)[0]  # Порт-Артуре, Санта-Барбаре: the dictionary's or a name's lemma
            name = _capitalised(guess.normal_form, tok.text) if "Geox" in guess.tag or "Name" in guess.tag \
                else tok.text
        out.append(Candidate("LOC", tok.start, tok.end, {"name": name}, RANK + 2))
    return out


def russian_places(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """The Russian rules added to the gazetteer and place-word candidates `found`."""
    out = found + _russian(scan) + _quoted_quarters(scan) + _prefixed_places(scan)
    out += _uzbek_spelled(scan, out)
    out += _russian_unknown_places(scan, out)
    return [_after_settlement_noun(scan, _russian_republic(scan, c)) for c in out]


def _after_settlement_noun(scan: Scan, c: Candidate) -> Candidate:
    """A one-word place right after a settlement noun (города Инстербурга, села Угринова) outranks
    a person reading of the word."""
    k = bisect_left(scan.starts, c.start)
    if c.rank >= RANK + 2 or k == 0 or k >= len(scan.tokens) or scan.ends[k] != c.end \
            or not scan.adjacent(k - 1, k) or not _settlement_noun(scan, k - 1):
        return c
    return replace(c, rank=RANK + 2)
