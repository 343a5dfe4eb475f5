"""Russian names in the nominative: case readings from pymorphy3 and from the surname's ending
(Жамшиду Кучкарову -> Жамшид Кучкаров), listed Uzbek first names in oblique cases, the
genitive context of a name, and a name at a sentence start."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..locations import morph_analyzer
from ..morph import fold
from ..scan import Candidate, Scan
from .words import _acronym, _blocked, _cyrillic_names, _place_derived, _russian_common, _title_token


# a patronymic in an oblique case (Владимировичем, Миромоновича, Петровной)
_OBLIQUE_PATRONYMIC = re.compile(r"(?:ович|евич)(?:а|у|ем|е)$|(?:овн|евн|ичн)(?:ы|е|у|ой)$")


def _russian_initial_name(scan: Scan, i: int, j: int) -> bool:
    """Russian: a sentence opens with a first name that is no common word (Жорж, not Роман,
    Вера) and a capitalised word that is no dictionary common word (Жорж Санд при жизни ...), or
    a town that is also a surname in the first name's gender and case (Иван Киров заявил)."""
    if scan.russian and j == i + 1 and surname_place(scan, i, j):
        return True
    if not scan.russian or j != i + 1 or _russian_common(scan, j) or _blocked(scan, j):
        return False
    parses = scan.parses(i)[:3]
    return bool(parses) and all("Name" in p.tag for p in parses)


def _russian_subject(scan: Scan, i: int, j: int) -> bool:
    """Russian: a listed first name (token i) and an unknown capitalised word (token j) are the
    subject of the past-tense verb after them (Хелен Луз родилась): a name, not a title."""
    if not scan.russian or j + 1 >= len(scan.tokens) or not scan.adjacent(j, j + 1):
        return False
    given = all("Name" in p.tag for p in scan.parses(i)[:3])  # Юзеф: no common reading
    if not scan.tokens[j + 1].text.islower() or any(
            p.tag.POS in ("NOUN", "ADJF") and "nomn" in p.tag and "Surn" not in p.tag and "Name" not in p.tag
            and not (given and p.tag.POS == "NOUN" and "anim" in p.tag) for p in scan.parses(j)):
        return False  # Луз (a plural form of луза) may be a surname; Роза, Вера as nouns not (but
        # after an unambiguous first name an animate noun may be: Юзеф Беляк был)
    verb = scan.parses(j + 1)[0]
    gender = next((p.tag.gender for p in scan.parses(i)[:2] if "Name" in p.tag), None)
    return verb.tag.POS == "VERB" and "past" in verb.tag and (
        verb.tag.gender is None or gender is None or verb.tag.gender == gender)


# adverbs and particles that may stand between a subject and its verb (Брайант также набрал)
_BETWEEN_SUBJECT_VERB = frozenset({"также", "тоже", "уже", "ещё", "еще", "вновь", "снова", "впервые",
                                   "сам", "сама", "лично", "затем", "позже", "тогда", "не", "всё", "все"})
# relative pronouns after a name and the case its ambiguous first name then has: a woman's
# nominative (Евгения, которую ...) or a man's genitive (Евгения, которого ...)
_RELATIVE_HINT = {"которая": "nomn", "которую": "nomn", "которой": "nomn",
                  "который": "gent", "которого": "gent", "которому": "gent", "которым": "gent"}


@lru_cache(maxsize=4096)
def _case_forms(word: str) -> dict[str, str] | None:
    """{case: nominative} of a Russian first name that is a nominative of one name and the
    genitive of another (Герда: nomn Герда, gent Герд; Леха: nomn Лёха, gent Лех), else None.

    >>> _case_forms("Герда")
    {'gent': 'Герд', 'nomn': 'Герда'}
    >>> _case_forms("Ивана") is None
    True
    """
    morph = morph_analyzer()
    if not morph.word_is_known(word):
        return None
    forms: dict[str, str] = {}
    for p in morph.parse(word):
        if "Name" in p.tag and "sing" in p.tag and p.tag.case in ("nomn", "gent"):
            forms.setdefault(p.tag.case, p.normal_form[:1].upper() + p.normal_form[1:])
    return forms if len(forms) == 2 and forms["nomn"] != forms["gent"] else None


def _case_hint(scan: Scan, first: int, last: int) -> str | None:
    """Russian: the case the context gives the name in tokens first..last: 'gent' after a
    preposition of the genitive or a common noun that is no title (в кабинете Раймона Барра,
    Музыка Людвига звучала); 'nomn' before a finite verb (Герда замерзает, Марика не работает,
    директор школы Евгения рассказала) or a woman's relative pronoun; 'gent' before a man's
    relative pronoun or after a noun in the genitive (основателя Польши Леха); else None."""
    n = len(scan.tokens)
    k = first - 1
    before = k >= 0 and scan.adjacent(k, first) and scan.tokens[k].text.isalpha()
    if before and scan.folded[k] in _GENITIVE_BEFORE:
        return "gent"  # (У Тома болит ухо: the preposition first)
    owner = None  # the case of a common noun right before the name (Музыка Людвига: its owner)
    if before:
        tag = scan.parses(k)[0].tag
        if tag.POS == "NOUN" and tag.case != "ablt" and not _title_token(scan, k) \
                and not {"Name", "Surn", "Patr"} & set(str(tag).replace(" ", ",").split(",")):
            owner = tag.case
    if owner is not None and owner != "gent":
        return "gent"  # в кабинете Раймона Барра, Музыка Людвига ван Бетховена звучала
    j = last + 1
    while j < n and scan.folded[j] in _BETWEEN_SUBJECT_VERB and scan.adjacent(j - 1, j):
        j += 1
    if j < n and scan.adjacent(j - 1, j) and scan.tokens[j].text.islower():
        tag = scan.parses(j)[0].tag
        if tag.POS == "VERB" and "indc" in tag and "sing" in tag and (
                "3per" in tag or "past" in tag and tag.gender in ("masc", "femn")):
            return "nomn"  # (not before a neuter past: Тома не было, a genitive)
    if last + 1 < n and scan.gap(last, last + 1).strip() == "," and scan.folded[last + 1] in _RELATIVE_HINT:
        return _RELATIVE_HINT[scan.folded[last + 1]]
    return "gent" if owner else None  # основателя Польши Леха (but директор школы Евгения рассказала)


# endings of an unknown masculine surname in the case of the first name before it
_MASC_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}
_SOFT_ENDINGS = {"gent": "я", "accs": "я", "datv": "ю", "ablt": "ем"}  # (Бироля, Биролю, Биролем)


# the case of a Russian surname in -ов/-ин told by its ending: (gender, case) readings
_SURNAME_CASES = (
    (re.compile(r"(?:ов|ев|ёв|ин|ын)ым$"), (("masc", "ablt"),)),
    (re.compile(r"(?:ов|ев|ёв|ин|ын)ой$"), (("femn", "gent"), ("femn", "datv"), ("femn", "ablt"), ("femn", "loct"))),
    (re.compile(r"(?:ов|ев|ёв|ин|ын)у$"), (("masc", "datv"), ("femn", "accs"))),
    (re.compile(r"(?:ов|ев|ёв|ин|ын)е$"), (("masc", "loct"),)),
)


def _implied_first_name(words: list[str], parsed: list[Any], names: frozenset[str]) -> tuple[int, Any] | None:
    """(index, parse) of an unknown first name read in the case its surname shows (Жамшиду
    Кучкарову: masc datv -> Жамшид; Нодирой Исмоиловой: femn ablt -> Нодира)."""
    readings = next((r for pattern, r in _SURNAME_CASES if pattern.search(words[-1].lower())), None)
    if readings is None:
        return None
    for k in range(len(words) - 1):
        fits = [p for p in parsed[k] if "Name" in p.tag and "sing" in p.tag
                and (p.tag.gender, p.tag.case) in readings]
        if fits:
            fits.sort(key=lambda p: ("Fixd" in p.tag, p.normal_form not in names, -p.score))
            return k, fits[0]
    return None


# (gender, case) -> endings a first name ending in a consonant (masc) or -а/-я (femn) takes
_FIRST_NAME_CASES = {
    ("masc", "gent"): ("а", ""), ("masc", "accs"): ("а", ""), ("masc", "datv"): ("у", ""),
    ("masc", "ablt"): ("ом", ""), ("masc", "loct"): ("е", ""),
    ("femn", "gent"): ("ы", "а"), ("femn", "datv"): ("е", "а"), ("femn", "accs"): ("у", "а"),
    ("femn", "ablt"): ("ой", "а"), ("femn", "loct"): ("е", "а"),
}


_SURNAME_GENITIVE = re.compile(r"(?:ов|ев|ёв|ин|ын)а$")


def _listed_oblique(words: list[str], names: frozenset[str]) -> tuple[int, str, str, str] | None:
    """(index, nominative, gender, case) of a listed first name in the oblique case the
    surname after it shows (Сардору Умурзакову -> Сардор; Нодире Юсуповой -> Нодира).

    >>> _listed_oblique(["Сардору", "Умурзакову"], frozenset({"сардор"}))
    (0, 'Сардор', 'masc', 'datv')
    """
    readings = next((r for pattern, r in _SURNAME_CASES if pattern.search(words[-1].lower())), None)
    if readings is None and _SURNAME_GENITIVE.search(words[-1].lower()):
        readings = (("masc", "gent"),)  # Ильхома Норкулова (a listed Ильхома would be nominative)
    if readings is None:
        return None
    for k in range(len(words) - 1):
        low = fold(words[k])
        if low in names:
            return None  # already a nominative name (or pymorphy3 knows it)
        for reading in readings:
            end, repl = _FIRST_NAME_CASES.get(reading, ("\0", ""))
            if low.endswith(end) and len(low) - len(end) >= 3 and low[:len(low) - len(end)] + repl in names:
                stem = words[k][:len(words[k]) - len(end)] + repl
                return k, stem, reading[0], reading[1]
    return None


def _russian_nominative(words: list[str], names: frozenset[str] = frozenset(), *,
                        nominative: bool = False, hint: str | None = None) -> str:
    """Russian name words in the nominative, surnames agreeing with the first name's gender.
    `nominative`: the context shows no genitive (a listed first name as written, Нодира
    Юсупова, is then read as a nominative, not as a masculine genitive). `hint`: the case the
    context shows (_case_hint), which picks the reading of a first name that is both a woman's
    nominative and a man's genitive (Евгения Бахарева поёт; в кабинете Раймона Барра)."""
    morph = morph_analyzer()
    parsed = [morph.parse(w) for w in words]
    gender = None
    case = None
    chosen: dict[int, Any] = {}
    implied = _implied_first_name(words, parsed, names) if len(words) >= 2 else None
    if implied is not None and (not morph.word_is_known(words[implied[0]]) or (
            "Fixd" in parsed[implied[0]][0].tag and "Fixd" not in implied[1].tag)):
        # (Анне Гориной: Анне is also the indeclinable Anne; the surname shows Анна's dative)
        chosen[implied[0]] = implied[1]
        gender, case = implied[1].tag.gender, implied[1].tag.case
    listed = _listed_oblique(words, names) if len(words) >= 2 and implied is None else None
    if listed is not None:  # Сардору Умурзакову: a listed Uzbek name pymorphy3 does not know
        k, form, gender, case = listed
        words = [*words[:k], form, *words[k + 1:]]
        parsed[k] = morph.parse(form)
    for k, parses in enumerate([] if chosen or listed else parsed):
        name = next((p for p in parses if "Name" in p.tag and "sing" in p.tag), None)
        if name is not None and hint is not None and k == 0 and (
                morph.word_is_known(words[k]) or fold(words[k]) not in names):
            name = next((p for p in parses if "Name" in p.tag and "sing" in p.tag and p.tag.case == hint), name)
        if name is not None and k < len(words) - 1 and words[-1][-1:].lower() in _CONSONANTS \
                and not morph.word_is_known(words[k]):
            # a guessed first name before a surname with no case ending (Анналена Бербок):
            # the nominative reading, not a masculine genitive (Аннален)
            nomn = next((p for p in parses if "Name" in p.tag and "sing" in p.tag and "nomn" in p.tag), None)
            if nomn is None and fold(words[k]) in names:
                continue  # a listed name as written (Ильхом Норкулов): no case to read from it
            name = nomn or name
        elif name is not None and nominative and "nomn" not in name.tag and fold(words[k]) in names \
                and not morph.word_is_known(words[k]):
            name = next((p for p in parses if "Name" in p.tag and "sing" in p.tag and "nomn" in p.tag), name)
        if name is None and nominative and k < len(words) - 1 and fold(words[k]) in names \
                and not morph.word_is_known(words[k]):
            gender = "femn" if words[k][-1:] in ("а", "я") else "masc"  # Ситора Алиева: a listed Uzbek
            case = "nomn"  # name pymorphy3 lacks, in the nominative: its ending tells the gender
            break
        if name is not None:
            gender = gender or name.tag.gender
            case = name.tag.case
            if "Fixd" not in name.tag:
                break  # (Джо Байдена: an indeclinable first name does not tell the case)
    out = []
    for k, (w, parses) in enumerate(zip(words, parsed)):
        if k in chosen:
            form = chosen[k].normal_form
            out.append("-".join(part[:1].upper() + part[1:] for part in form.split("-")))
            continue
        known = morph.word_is_known(w)
        named = [p for p in parses if {"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(","))
                 and known]  # a guessed Name parse says nothing about the case
        if gender:
            named = [p for p in named if p.tag.gender == gender] or named
        if not [p for p in named if "plur" not in p.tag]:
            adjectival = _adjectival_surname(w, parses, gender, case) if k == len(words) - 1 and k > 0 else None
            if adjectival:  # Наталией Подлесной -> Подлесная, Ивану Лесному -> Лесной
                out.append(adjectival)
                continue
            known = [p for p in parses if p.tag.POS == "NOUN" and "anim" in p.tag and "sing" in p.tag
                     and "nomn" not in p.tag] if morph.word_is_known(w) else []
            if known and gender == "masc" and case in ("gent", "accs") and w is words[-1] and k > 0 \
                    and re.search(r"[бвгджзклмнпрстфхцчшщ]у$", w) and not any(p.tag.case in ("gent", "accs") for p in known):
                out.append(w[:-1] + "а")  # Оскара Кучеру: a man's surname in -а (accusative -у), not
                continue  # the dative of the noun кучер
            if known and not any("nomn" in p.tag for p in parses[:1]):
                form = known[0].inflect({"nomn"})  # Иисуса Христа -> Иисус Христос
                if form:
                    out.append(form.word[:1].upper() + form.word[1:])
                    continue
            if gender == "masc" and re.search(r"(?:ов|ев|ин)(?:а|у|ым|е)$", w):
                w = re.sub(r"(?:а|у|ым|е)$", "", w)  # Юсова (gent) -> Юсов
            elif gender == "masc" and case in _MASC_ENDINGS and re.search(
                    rf"[бвгджзклмнпрстфхцчшщ](?:{_MASC_ENDINGS[case]})$", w):
                w = re.sub(rf"(?:{_MASC_ENDINGS[case]})$", "", w)  # Герда Буцериуса -> Буцериус
            elif gender == "masc" and w is words[-1] and k > 0 and not morph.word_is_known(w) and (
                    case in _SOFT_ENDINGS and re.search(rf"[лр]{_SOFT_ENDINGS[case]}$", w)):
                w = w[:-len(_SOFT_ENDINGS[case])] + "ь"  # Фатихом Биролем -> Фатих Бироль (a soft stem)
            elif gender == "femn" and w is words[-1] and re.search(r"(?:ов|ев|ёв|ин|ын)(?:ой|ою|у)$", w):
                w = re.sub(r"(?:ой|ою|у)$", "а", w)  # Нодирой Исмоиловой -> Исмоилова
            elif gender in (None, "masc") and w is words[-1] and not morph.word_is_known(w):
                w = unknown_surname_nominative(w)  # Татарчуковым -> Татарчуков
            elif gender is None and k == 0 and len(words) == 2 and not morph.word_is_known(w) \
                    and re.search(r"[бвгдзклмнпрстфх]ом$", w) and re.search(r"(?:ом|ем|ым)$", words[-1]):
                w = w[:-2]  # Олафом Шольцем: an unknown man's first name in the instrumental too
            elif gender in (None, "masc") and k == 0 and len(words) == 2 and not morph.word_is_known(w) \
                    and re.search(r"[лр]ем$", w) and re.search(r"(?:ом|ем|ым)$", words[-1]):
                w = w[:-2] + "ь"  # Каролем Шретером: a soft stem (Кароль)
            out.append(w)
            continue
        named = [p for p in named if "plur" not in p.tag]
        if not named or ("nomn" in named[0].tag if gender is None else any("nomn" in p.tag for p in named)):
            # without a first name the likelier reading decides (Есенина: gent of Есенин)
            out.append(w)  # already nominative (Лазиз Кудратов)
            continue
        p = named[0]
        if "nomn" not in p.tag:
            form = p.inflect({"nomn"})
            if form:
                w = "-".join(part[:1].upper() + part[1:] for part in form.word.split("-"))
        out.append(w)
    return " ".join(out)


_CONSONANTS = "бвгджзклмнпрстфхцчшщ"
_ADJECTIVAL_OBLIQUE = re.compile(r"(?:ого|ому|ым|ом|ой|ую|ей|его|ему|им)$")
_POSSESSIVE_OBLIQUE = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:ым|ой|ою|у|ом|е|а)$")


def _adjectival_surname(word: str, parses: list[Any], gender: str | None, case: str | None) -> str | None:
    """A surname with an adjective's endings in the oblique case and gender of the first name
    before it, in the nominative (Подлесной after Наталией -> Подлесная; Лесному after Ивану ->
    Лесной), else None.

    >>> from pipeline.entities.locations import morph_analyzer
    >>> _adjectival_surname("Подлесной", morph_analyzer().parse("Подлесной"), "femn", "ablt")
    'Подлесная'
    >>> _adjectival_surname("Подлесному", morph_analyzer().parse("Подлесному"), "masc", "datv")
    'Подлесной'
    """
    low = word.lower()
    if gender not in ("masc", "femn") or case in (None, "nomn") or not _ADJECTIVAL_OBLIQUE.search(low) \
            or _POSSESSIVE_OBLIQUE.search(low):
        return None  # (Белозёровым, Гориной: a surname in -ов/-ин, not an adjective)
    cases = {case} | ({"gent", "accs"} if gender == "masc" and case in ("gent", "accs") else set())
    for p in parses:
        if "ADJF" in p.tag and "sing" in p.tag and p.tag.gender == gender and p.tag.case in cases:
            form = p.inflect({"nomn", "sing", gender})
            if form:
                return "-".join(part[:1].upper() + part[1:] for part in form.word.split("-"))
    return None


# unambiguous oblique endings of Russian surnames (and foreign ones in -ом) -> nominative
_OBLIQUE_SURNAME = (
    (re.compile(r"(?<=[ое]в|ёв|ин|ын)ым$"), ""),
    (re.compile(r"(?<=[ое]в|ёв)(?:у|е)$"), ""),
    (re.compile(r"(?<=[ое]в|ёв|ин)ой$"), "а"),
    (re.compile(r"(?<=[сц]к)(?:ого|ому|им|ом)$"), "ий"),
    (re.compile(r"(?<=[сц]к)(?:ой|ую)$"), "ая"),
    (re.compile(r"(?<=[бвгдзклмнпрстфх])ом$"), ""),
    (re.compile(r"(?<=[жцчшщ])ем$"), ""),  # Шольцем -> Шольц
)


def unknown_surname_nominative(word: str) -> str:
    """The nominative of an unknown Russian surname in an unambiguous oblique case.

    >>> [unknown_surname_nominative(w) for w in ("Татарчуковым", "Жолкевского", "Качимом", "Петрова", "Шольцем")]
    ['Татарчуков', 'Жолкевский', 'Качим', 'Петрова', 'Шольц']
    """
    if len(word) < 5:
        return word
    for pattern, ending in _OBLIQUE_SURNAME:
        if pattern.search(word):
            return pattern.sub(ending, word)
    return word


def _name(scan: Scan, first: int, last: int, last_stem: str) -> str:
    words = [scan.tokens[k].text for k in range(first, last)] + [last_stem]
    if scan.russian:
        names = _cyrillic_names(scan)
        morph = morph_analyzer()
        asks = any(fold(w) in names and not morph.word_is_known(w) for w in words[:-1])
        hint = _case_hint(scan, first, last) if scan.russian else None
        name = _russian_nominative(words, names,  # (the context only matters for a listed name pymorphy3 lacks)
                                   nominative=asks and _nominative_context(scan, first, last), hint=hint)
        case = _title_case(scan, first)
        if case is None and hint == "gent" and any("Name" in p.tag and p.tag.gender == "masc"
                                                   for p in morph.parse(words[0])[:2]):
            case = "gent"  # по приказу Мухаммад Рахимхана: an unknown word of a man's name in -а
        if case is None and len(words) >= 2 and words[-1][-1:] in _INDECLINABLE_ENDS and first > 0 \
                and scan.folded[first - 1] in _INSTRUMENTAL_BEFORE and scan.adjacent(first - 1, first):
            case = "ablt"  # с Акирой Мураками: an indeclinable surname leaves the preposition's case
        return _by_title_case(words, name.split(" "), case, names) if case else name
    return " ".join(words)


_INDECLINABLE_ENDS = frozenset("иоуэе")
_INSTRUMENTAL_BEFORE = frozenset({"с", "со", "между", "перед", "над"})


# the ending an unknown masculine name takes in the case of the title before it
_TITLE_CASE_ENDINGS = {"datv": "у", "ablt": "ом", "gent": "а"}  # (the genitive only for a title no
# other title governs: сын хана Кучума, not заместитель министра Ситора ...)
_INDECLINABLE = re.compile(r"(?:огл[уы]|заде|зода)$")


def _title_case(scan: Scan, first: int) -> str | None:
    """Russian: the dative or instrumental case of the title right before a name (министру
    Огузу Фидану, министром Огузом Фиданом), if any."""
    j = first - 1
    if j < 0 or not scan.adjacent(j, first) or not scan.tokens[j].text.replace("-", "").isalpha() \
            or not _title_token(scan, j):
        return None  # (Премьер-министра Джамшида: a hyphenated title too)
    tag = scan.parses(j)[0].tag
    if tag.POS != "NOUN" or tag.case not in _TITLE_CASE_ENDINGS:
        return None
    if tag.case == "gent" and j > 0 and _title_token(scan, j - 1) and tag.gender == "masc" and "sing" in tag \
            and scan.parses(j - 1)[0].tag.case == "gent":
        return "gent"  # (переговоры заместителя Премьер-министра Джамшида Кучкарова: both titles genitive)
    if tag.case == "gent" and (tag.gender != "masc" or "sing" not in tag or j > 0 and _title_token(scan, j - 1)):
        return None  # (заместитель министра Ситора: the name goes with the first title)
    return tag.case


def _by_title_case(words: list[str], out: list[str], case: str, names: frozenset[str]) -> str:
    """Name words left as written that pymorphy3 does not know, read in the title's case as a
    man's name (Огузу Фидану -> Огуз Фидан, Огузом -> Огуз); not Чавушоглу, Антониу.

    >>> _by_title_case(["Огузу", "Фидану"], ["Огузу", "Фидану"], "datv", frozenset())
    'Огуз Фидан'
    >>> _by_title_case(["Мевлюту", "Чавушоглу"], ["Мевлюту", "Чавушоглу"], "datv", frozenset())
    'Мевлют Чавушоглу'
    """
    if len(out) != len(words):
        return " ".join(out)
    morph = morph_analyzer()
    end = _TITLE_CASE_ENDINGS[case]
    fixed = []
    for w, o in zip(words, out):
        low = w.lower()
        if case == "ablt" and o == w and low.endswith("ой") and len(w) >= 5 and w is not words[-1] \
                and low[-3] not in "бо" and fold(w) not in names and not morph.word_is_known(w):
            fixed.append(w[:-2] + "а")  # Акирой -> Акира (not Эргашбой)
            continue
        if o == w and low.endswith(end) and len(w) - len(end) >= 3 and low[-len(end) - 1] in _CONSONANTS \
                and not _INDECLINABLE.search(low) and fold(w) not in names and not morph.word_is_known(w):
            o = w[:-len(end)]
        fixed.append(o)
    return " ".join(fixed)


# words after which a Russian name stands in the genitive (по словам Нодира Юсупова)
_GENITIVE_BEFORE = frozenset({"у", "от", "для", "без", "из", "после", "около", "до", "имени", "кроме",
                              "среди", "против", "возле", "словам", "мнению", "участием", "инициативе"})


def _nominative_context(scan: Scan, first: int, last: int) -> bool:
    """Russian: nothing before the name asks for the genitive (a preposition, a noun in the
    genitive: заместителя министра) and no past-tense verb next to it is masculine."""
    k = first - 1
    if k >= 0 and scan.adjacent(k, first) and scan.tokens[k].text.isalpha():
        if scan.folded[k] in _GENITIVE_BEFORE:
            return False
        top = scan.parses(k)[:2]
        if top and top[0].tag.POS in ("NOUN", "ADJF") and all("gent" in p.tag for p in top):
            return False
    for j in (first - 1, last + 1):
        if 0 <= j < len(scan.tokens) and scan.tokens[j].text.islower():
            verb = scan.parses(j)[0].tag
            if verb.POS == "VERB" and "past" in verb and verb.gender == "masc":
                return False
    return True


# a capitalised word and two initials after it (Петров А.В., Сидоровой Н. П.), not glued to a
# third capitalised word (А.В.Петров is pass C's)
_SURNAME_INITIALS = re.compile(r"(?<![\w.-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?) ([А-ЯЁ]\. ?[А-ЯЁ]\.)(?![А-ЯЁа-яё])")


_TWO_INITIALS = re.compile(r"[А-ЯЁ]\. ?[А-ЯЁ]\.")


def surname_initials(scan: Scan) -> list[tuple[int, int, int, str, str]]:
    """Russian: a surname followed by its initials, as lists and signatures write it
    (Петров А.В., Иванову И.И. -> Иванов И.И.): (first token, last token, end offset, name,
    surname) for a word that is no place, country or body word and reads as a surname or is
    unknown to pymorphy3 (Ким Е.А.)."""
    if not scan.russian or "." not in scan.text or not _TWO_INITIALS.search(scan.text):
        return []  # cheap check first: most texts hold no two initials
    out = []
    morph = morph_analyzer()
    for m in _SURNAME_INITIALS.finditer(scan.text):
        i = scan.start_index.get(m.start(1))
        if i is None or _title_token(scan, i):
            continue
        word = m.group(1)
        parses = scan.parses(i)[:3]
        if _blocked(scan, i) and not any("Surn" in p.tag for p in parses):
            continue  # (Николаеву Т.В.: a town's name that is a surname too)
        if not any("Surn" in p.tag for p in parses) and morph.word_is_known(word):
            continue  # Решение А.Б.: a common word before a new sentence's initials
        ends = {t.end: t.i for t in scan.tokens[i:i + 8]}
        last = ends.get(m.end(2)) or ends.get(m.end(2) - 1)
        if last is None:
            continue
        if _FEMININE_AS_WRITTEN.search(word):  # a woman's nominative or a man's genitive
            sur = word if _woman_as_written(scan, i) else word[:-1]
        elif _FEMININE_ACCUSATIVE.search(word) and i > 0 and scan.folded[i - 1] in _ACCUSATIVE_BEFORE:
            sur = word[:-1] + "а"  # возложен на Белову А.С.: a woman's accusative, not a man's dative
        else:
            sur = _russian_nominative([word])
        out.append((i, last, m.end(2), f"{sur} {m.group(2)}", sur))
    return out


_FEMININE_ACCUSATIVE = re.compile(r"(?:ов|ев|ёв|ин|ын)у$")
_ACCUSATIVE_BEFORE = frozenset({"на", "за", "через", "про"})
_FEMININE_AS_WRITTEN = re.compile(r"(?:ова|ева|ёва|ина|ына)$")


def _woman_as_written(scan: Scan, i: int) -> bool:
    """A surname in -ова/-ина before initials is a woman's nominative (Иванова Е.А.) unless a
    masculine past verb right after it or, failing one, in the clause before it says a man, or,
    with no such verb, a preposition of the genitive right before it or a title in the genitive
    among the two words before it (у Иванова Е.А., за подписью начальника управления Ахмедова Б.Т.)."""
    for j in range(i + 1, min(i + 8, len(scan.tokens))):
        if scan.tokens[j].text.isalpha() and scan.tokens[j].text.islower():
            tag = scan.parses(j)[0].tag
            if tag.POS == "VERB" and "past" in tag and tag.gender in ("masc", "femn"):
                return tag.gender == "femn"
            break
    for j in range(i - 1, max(i - 13, -1), -1):  # the past verb of the clause before (выступила ... Иванова Е.А.)
        if scan.gap(j, j + 1).strip():
            break  # (возглавил Петров В.Н., в её состав вошли | Смирнова Л.А.: another clause)
        tag = scan.parses(j)[0].tag
        if scan.tokens[j].text.islower() and tag.POS == "VERB" and "past" in tag:
            if tag.gender in ("masc", "femn"):
                return tag.gender == "femn"
            break  # (вошли: a plural verb says nothing)
    for k in range(i - 1, max(i - 3, -1), -1):
        if scan.tokens[k].text.isalpha() and (scan.folded[k] in _GENITIVE_BEFORE and k == i - 1
                                              or _title_token(scan, k) and scan.parses(k)[0].tag.case == "gent"):
            return False  # у Иванова Е.А., за подписью начальника управления Ахмедова Б.Т.
    return True


# verbs of saying after which the press names the speaker (Об этом заявил Хакан Фидан)
_SPEECH_VERBS = frozenset({"заявить", "сообщить", "отметить", "подчеркнуть", "рассказать", "сказать",
                           "добавить", "пояснить", "напомнить", "уточнить", "ответить", "признать",
                           "предупредить", "объявить", "написать", "констатировать", "указать"})
_NAME_WORD = re.compile(r"^[А-ЯЁ][а-яё]{1,}$")


_INSTRUMENTAL_PAIR = re.compile(r"(?:ом|ем|ой|ей)$")


_PAST_ENDING = re.compile(r"л[аои]?$")


def _speech_verb(scan: Scan, k: int) -> bool:
    """Token k is a past-tense verb of saying (заявил, сообщила)."""
    if not _PAST_ENDING.search(scan.tokens[k].text):
        return False  # (most words: no pymorphy3 parse needed)
    verb = scan.parses(k)[0]
    return verb.tag.POS == "VERB" and "past" in verb.tag and verb.normal_form in _SPEECH_VERBS


def cued_pair(scan: Scan, i: int) -> str | None:
    """Russian: two capitalised words, neither a common dictionary word, title, place or
    organisation, with nothing capitalised after them, are a person's name right after a
    past-tense verb of saying (заявил Хакан Фидан: the name as written, a subject) or right
    before one (Илон Маск заявил), or after "с" with both words in the instrumental (с Олафом
    Шольцем -> Олаф Шольц)."""
    tokens = scan.tokens
    if i + 1 >= len(tokens) or not scan.adjacent(i, i + 1):
        return None
    if not (_NAME_WORD.match(tokens[i].text) and _NAME_WORD.match(tokens[i + 1].text)):
        return None
    if i + 2 < len(tokens) and scan.adjacent(i + 1, i + 2) and scan.cap(i + 2):
        return None
    if i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not scan.sentence_initial(i) \
            and not (tokens[i - 1].text.isascii() or _acronym(tokens[i - 1].text)):
        return None  # inside a longer capitalised run (but основатель SpaceX | Илон Маск)
    subject = i + 2 < len(tokens) and scan.adjacent(i + 1, i + 2) and _speech_verb(scan, i + 2)
    if not subject and (i < 1 or not scan.adjacent(i - 1, i)):
        return None
    instrumental = not subject and scan.folded[i - 1] in ("с", "со") and all(
        _INSTRUMENTAL_PAIR.search(tokens[k].text) and len(tokens[k].text) >= 5 for k in (i, i + 1))
    if not (subject or instrumental or _speech_verb(scan, i - 1)):
        return None
    for k in (i, i + 1):
        if _blocked(scan, k) or _place_derived(scan, k) or scan.function_word(k) or _title_token(scan, k):
            return None
        q = scan.parses(k)[0]
        if _russian_common(scan, k) and not (q.tag.POS == "NOUN" and "anim" in q.tag
                                             and ("nomn" in q.tag or instrumental)):
            return None  # (Хакан: a rare animate noun may be a given name; Минфин, Правительство not)
        if instrumental and not any(q.tag.case == "ablt" for q in scan.parses(k)[:3]):
            return None  # (с Новой Зеландией is a place; a word with no instrumental reading)
    if instrumental:
        return _russian_nominative([tokens[i].text, tokens[i + 1].text], _cyrillic_names(scan))
    return f"{tokens[i].text} {tokens[i + 1].text}"


def body_word(scan: Scan, i: int) -> bool:
    """Russian: token i is an organisation's short name in pymorphy3's dictionary and no
    surname or first name (Минфина, Минздрава), so it opens no surname-first name (глава
    Минфина Антон Силуанов)."""
    if not scan.russian:
        return False
    parses = scan.parses(i)[:3]
    return bool(parses) and "Orgn" in parses[0].tag and not any("Surn" in p.tag or "Name" in p.tag for p in parses)


def surname_place(scan: Scan, i: int, j: int) -> bool:
    """Russian: an unambiguous first name (token i) before a town that is also a surname in
    the same gender and case (Айсен Николаев, Сергея Королёва, Анной Пушкиной): a person."""
    if not scan.russian:
        return False
    firsts = scan.parses(i)[:3]
    if not firsts or not all("Name" in p.tag and "sing" in p.tag for p in firsts):
        return False
    readings = {(p.tag.gender, p.tag.case) for p in firsts}
    return any("Surn" in p.tag and "sing" in p.tag and (
        (p.tag.gender, p.tag.case) in readings or p.tag.gender == "ms-f" and any(c == p.tag.case for _, c in readings))
        for p in scan.parses(j)[:4])


def _complement_title(scan: Scan, i: int, foreign: bool = False) -> int | None:
    """Russian: the title whose complement ends right before token i, the complement being up
    to six words in lower case or capitalised place, country or body words and ending in one
    (министром иностранных дел Турции | Хаканом, посол Японии в Узбекистане | Такаси): the
    title's index, else None. Before a `foreign` name (words pymorphy3 does not know) the
    complement may also be a body's name in lower case (президент Европейского банка
    реконструкции и развития | Одиль Рено-Бассо)."""
    k = i - 1
    if k >= 0 and scan.adjacent(k, i) and scan.tokens[k].text.islower() and _title_token(scan, k):
        return k  # (министром Хаканом Фиданом: no complement)
    if k < 1 or not scan.adjacent(k, i) or not (_acronym(scan.tokens[k].text) or scan.cap(k) and _blocked(scan, k) or (
            foreign and scan.tokens[k].text.islower() and any(
                p.tag.POS == "NOUN" and "gent" in p.tag for p in scan.parses(k)[:2]))):
        return None
    while k > 0 and i - k <= 6 and scan.adjacent(k - 1, k):
        k -= 1
        word = scan.tokens[k].text
        if _title_token(scan, k):
            return k
        if not word.isalpha():
            return None
        if word.islower():
            if scan.parses(k)[0].tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND", "CONJ") \
                    and not (foreign and word == "и"):
                return None
        elif not (_acronym(word) or _blocked(scan, k) or "ADJF" in scan.parses(k)[0].tag
                  or scan.parses(k)[0].normal_form in scan.lex.place_words.get("ru", {})):
            return None  # (посол Китайской Народной Республики в Узбекистане | Юй Цзюнь)
    return None


def _name_word(word: str) -> bool:
    """A Cyrillic name word in title case, hyphenated parts too (Хакан, Рено-Бассо).

    >>> _name_word("Рено-Бассо"), _name_word("МИД"), _name_word("Smith")
    (True, False, False)
    """
    return not word.isascii() and all(part[:1].isupper() and part[1:].islower() and part.isalpha()
                                      for part in word.split("-"))


def titled_after_complement(scan: Scan, caps: list[int], taken: set[int], add: Any) -> None:
    """Russian: two or three capitalised words closing a run after a title and its complement
    (министр иностранных дел Турции Хакан Фидан, с министром ... Турции Хаканом Фиданом ->
    Хакан Фидан): a person's name in the case of the title, even when a word is also a common
    noun (хакан); no place, body or acronym word, no adjective, not in Latin letters."""
    n = len(scan.tokens)
    for i in caps:
        if i in taken or i + 1 >= n or not scan.cap(i + 1) or not scan.adjacent(i, i + 1):
            continue  # cheap checks first
        last = i + 1
        if last + 1 < n and scan.adjacent(last, last + 1) and scan.cap(last + 1):
            last += 1
        if last + 1 < n and scan.adjacent(last, last + 1) and scan.cap(last + 1):
            continue  # a longer capitalised run: a body's name
        if any(k in taken or not _name_word(scan.tokens[k].text) or _blocked(scan, k) or _title_token(scan, k)
               or scan.parses(k)[0].tag.POS in ("ADJF", "PRTF") for k in range(i, last + 1)):
            continue
        if _russian_common(scan, last) and not any({"Name", "Surn"} & set(str(p.tag).replace(" ", ",").split(","))
                                                    for p in scan.parses(last)[:2]):
            continue  # the last word must be a name, not a common noun
        morph = morph_analyzer()
        title = _complement_title(scan, i, all(not morph.word_is_known(scan.tokens[k].text) for k in range(i, last + 1)))
        if title is None:
            continue
        case = scan.parses(title)[0].tag.case
        if _russian_common(scan, i) and (scan.lex.org_forms.get("ru", {}).get(scan.parses(i)[0].normal_form)
                                         or not any(p.tag.case == case for p in scan.parses(i)[:3])):
            continue  # президентом Академии Мопертюи: a body's noun, not a first name in the title's case
        words = [scan.tokens[k].text for k in range(i, last + 1)]
        name = _russian_nominative(words, _cyrillic_names(scan))
        if case in ("datv", "ablt"):
            name = _by_title_case(words, name.split(" "), case, _cyrillic_names(scan))
        add(i, last, name, name.split(" ")[-1])


def case_clash(scan: Scan, i: int, j: int) -> bool:
    """Russian: no pair of first name (token i) and surname (token j) when j is a place noun
    (Кенеса Республики) or when i reads only in the nominative and j is a dictionary noun that
    is no surname or name and has no nominative reading."""
    if scan.parses(j)[0].normal_form in scan.lex.place_words.get("ru", {}):
        return True  # Кенеса Республики: a place noun is no surname
    firsts = scan.parses(i)[:3]
    if not firsts or any(p.tag.case != "nomn" for p in firsts) or not morph_analyzer().word_is_known(
            scan.tokens[j].text):
        return False
    return not any(p.tag.case == "nomn" or "Surn" in p.tag or "Name" in p.tag for p in scan.parses(j)[:3])


def cut_before_initials(scan: Scan, o: Candidate, persons: list[Candidate]) -> Candidate | None:
    """Russian: an organisation whose walk ends inside a surname + initials (Агентства по
    развитию рынка капитала Иванов | С.П.) ends before the surname; one that is then only a
    head noun (университета) is dropped."""
    p = next((p for p in persons if o.start < p.start < o.end < p.end and p.value.get("name", "")[-1:] == "."), None)
    if p is None:
        return o
    kept = scan.text[o.start:p.start].rstrip()
    cut = len(scan.text[p.start:o.end].split())
    words = o.value.get("name", "").split(" ")
    if " " not in kept or len(words) <= cut:
        return None
    return Candidate(o.label, o.start, o.start + len(kept), {**o.value, "name": " ".join(words[:-cut])}, o.rank, o.extra)
