"""One-word person mentions: a first name alone (Tom, Мэри), a Russian or English surname alone
(Путина, Wagner), an English given name alone in Uzbek Latin text (Jared)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..locations import morph_analyzer
from ...langdata.loader import word_list
from ..morph import fold
from ..scan import Scan
from .words import (
    _STRONG_SURNAME, _acronym, _after_open_quote, _blocked, _common_start, _initial, _known_word,
    _lower_elsewhere, _memo, _place_derived, _plain_stem, _product_like, _thing_after, _title_word,
)
from .russian import _BETWEEN_SUBJECT_VERB, _case_forms, _case_hint, _nominative_context, _russian_nominative


def _given_name(scan: Scan, i: int) -> str | None:
    """Token i alone is a first name (Tom, Мэри, Марии, Жасурбекнинг): its nominative."""
    tok = scan.tokens[i].text
    if not scan.cap(i) or _acronym(tok) or len(tok) < 3 or scan.uzbek:
        return None  # Uzbek news name people in full; a bare first name is mostly a namesake
    key = (tok, _initial(scan, i)) if scan.tag == "ru" else tok  # memoised per word (and position)
    memo = scan.memo.get("persons:given") or _memo(scan, "given")
    if key not in memo:
        memo[key] = _given_word(scan, i)
    name = memo[key]
    if name and scan.russian:
        forms = _case_forms(tok)
        if forms:  # Герда: Герд's genitive or Герда; Леха: Лёха or Лех's genitive
            hint = _case_hint(scan, i, i)
            if hint in forms:
                return forms[hint]
    return name


def _given_word(scan: Scan, i: int) -> str | None:
    tok = scan.tokens[i].text
    if any(fold(a.stem) in scan.lex.not_single_names for a in scan.analyses(i)):
        return None  # Навруз, Ramadan: a holiday, not a person named so
    if scan.tag == "en":
        names = scan.lex.first_names.get("en", ())
        for a in scan.analyses(i):
            folded = fold(a.stem)
            if folded in names or "-" in folded and all(
                    part in names for part in folded.split("-")) and a.stem.count("-") == 1:
                return a.stem  # (Mary-Kate, John-Paul: two given names joined)
        return None
    if scan.tag == "ru":
        head, dash, tail = tok.rpartition("-")
        if dash and head[:1].isupper() and tail[:1].isupper() and head.isalpha() \
                and morph_analyzer().word_is_known(tail):
            name = next((p for p in morph_analyzer().parse(tail) if "Name" in p.tag and "sing" in p.tag), None)
            if name is not None:  # Улу-Мухаммеда -> Улу-Мухаммед
                return f"{head}-{name.normal_form[:1].upper()}{name.normal_form[1:]}"
        if not _known_word(scan, i):
            return None  # a guessed Name parse (Иннопрома)
        parses = scan.parses(i)
        names = [p for p in parses if "Name" in p.tag and "sing" in p.tag]
        fixed = next((p for p in names if "Fixd" in p.tag), None)
        if fixed is not None and tok[-1:].lower() in "иуоэю":
            name = fixed  # Али, Хаменеи: an indeclinable foreign name, not a form of Аля
        else:
            name = next((p for p in names if "Fixd" not in p.tag), names[0] if names else None)
        if name is None or any("Geox" in p.tag or "Surn" in p.tag for p in parses[:1]):
            return None
        if _initial(scan, i):  # capitalised anyway: the common readings compete
            if parses[0].tag.POS in ("VERB", "INFN", "ADVB", "GRND", "PRTF", "PRTS", "ADJS", "CONJ", "PRCL"):
                return None  # Даю слово: a verb, not Дая
            common = next((p for p in parses if p.tag.POS == "NOUN" and not {"Name", "Surn", "Patr", "Geox"}
                           & set(str(p.tag).replace(" ", ",").split(","))), None)
            if common is not None and common.score > name.score:
                return None  # Вера, Роман, Надежда: common nouns first
        form = name.normal_form
        return "-".join(part[:1].upper() + part[1:] for part in form.split("-"))
    return None


_EN_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "my", "his",
                             "her", "their", "its", "your"})


def _english_surname(scan: Scan, i: int) -> str | None:
    """English: a frequent US surname alone inside a sentence (Wagner, Spenser), not after a
    determiner or another capitalised word (the Wagner Group, New York), nor one that is mostly
    a lower-case word in English text (Sword or Shield, the same House subcommittee)."""
    surnames = scan.lex.first_names.get("en_surnames", ())
    stem = next((a.stem for a in scan.analyses(i) if fold(a.stem) in surnames), None)
    if stem is None or _initial(scan, i) or _acronym(scan.tokens[i].text) or fold(stem) in _EN_PRONOUNS \
            or fold(stem) in scan.lex.not_single_names:
        return None  # (the table first: most capitalised words are no listed surname; ‘He’s: a pronoun;
        # House, Case: a surname English writes mostly in lower case, persons/lowercase.py)
    if scan.folded[i - 1] in _EN_DETERMINERS and scan.folded[i - 1] != "that" \
            or (scan.cap(i - 1) and scan.adjacent(i - 1, i)):
        return None  # (but alleged that Epstein: a conjunction)
    if i + 1 < len(scan.tokens) and scan.adjacent(i, i + 1) and scan.cap(i + 1):
        return None  # Smart TV: a word of a name of something
    return stem


_EN_AND = frozenset({"and", "or", "&"})


def _coordinated(scan: Scan, i: int, step: int) -> int | None:
    """The capitalised word joined to token i by a comma, and/or/& or both, looking after it
    (step 1) or before it (step -1); None if there is none."""
    n = len(scan.tokens)
    k = i + step
    if not 0 <= k < n:
        return None
    a, b = (i, k) if step > 0 else (k, i)
    gap = scan.gap(a, b).strip()
    if scan.folded[k] in _EN_AND and gap in ("", ","):
        k += step
        if not 0 <= k < n:
            return None
        a, b = (k - step, k) if step > 0 else (k, k - step)
        if scan.gap(a, b).strip():
            return None
    elif gap != ",":
        return None
    return k if scan.cap(k) else None


def _company_list(scan: Scan, i: int) -> bool:
    """English: a lone listed surname that is no given name, in a list of single capitalised
    words (three or more joined by commas, or two by and/or) one of which is a listed company
    (no surname: Ford and Carter stay people), an acronym or a word English writes mostly in
    lower case: a list of brands or things, not of people (clients including Ford, Macy’s,
    Kellogg’s, NBC, Fox; Pokemon Sword and Shield). Not one comma alone (with the FBI, Webb
    confessed), nor Harper and Buckley."""
    if scan.folded[i] in scan.lex.first_names.get("en", ()):
        return False
    n = len(scan.tokens)
    members, joined, evidence = 1, False, False
    for step in (1, -1):
        k = i
        for _ in range(6):
            nxt = _coordinated(scan, k, step)
            if nxt is None:
                break
            members += 1
            joined = joined or scan.folded[nxt - step] in _EN_AND
            word = scan.tokens[nxt].text
            stem = word[:-2] if word.endswith(("'s", "’s", "ʼs", "ʻs")) else word
            key = fold(stem)
            if key in scan.lex.companies and key not in scan.lex.first_names.get("en_surnames", ()) \
                    or key in scan.lex.not_single_names or (len(stem) >= 2 and stem.isupper() and stem.isalpha()):
                evidence = True  # (Pokemon Sword and Shield: the word next to it decides)
            if (nxt + 1 < n and scan.adjacent(nxt, nxt + 1) and scan.cap(nxt + 1)) \
                    or (nxt > 0 and scan.adjacent(nxt - 1, nxt) and scan.cap(nxt - 1)):
                break  # (Trump and Xi Jinping: a longer name ends the list)
            k = nxt
    return evidence and (joined or members >= 3)


def _beside_number(scan: Scan, i: int) -> bool:
    """Token i is written right after a model number (the 737 Max) or before a year or a code
    (Prime Day 2019, Brent LCOc1): a word of a name of a thing, no lone name; not before a
    score (Davis 17 points) or after a year (In 2019 Smith joined).

    >>> _YEAR.match("2019") is not None, _YEAR.match("17") is not None
    (True, False)
    """
    tokens = scan.tokens
    if i > 0 and scan.adjacent(i - 1, i):
        before = tokens[i - 1].text
        if before[-1:].isdigit() and not _YEAR.match(before) and (not before.isdigit() or len(before) >= 3):
            return True
    if i + 1 >= len(tokens) or not scan.adjacent(i, i + 1) or tokens[i].text.endswith(("'s", "’s")):
        return False  # (Holcomb’s 2016 campaign: a person's)
    after = tokens[i + 1].text
    return bool(_YEAR.match(after)) or (any(ch.isdigit() for ch in after) and any(ch.isalpha() for ch in after))


_YEAR = re.compile(r"(?:19|20)\d\d$")


# endings of English demonyms and common capitalised nouns (Algerian, Japanese, Polish, Islamic)
_EN_NOT_NAME_ENDING = re.compile(r"(?:ians?|eses?|ish|ic|ics|ism|isms|ity|ists?|ans)$")


def _english_capitalised(scan: Scan, i: int) -> str | None:
    """English: a lone capitalised word inside a sentence that is a first name in any of our
    languages' transliterated lists (Layla, Rima); languages, demonym shapes, months and days
    are not."""
    tok = scan.tokens[i].text
    if _initial(scan, i) or not tok.isalpha() or len(tok) < 3 or not tok[1:].islower():
        return None
    if scan.folded[i - 1] in _EN_DETERMINERS or (scan.cap(i - 1) and scan.adjacent(i - 1, i)):
        return None
    if scan.text[scan.tokens[i - 1].end:scan.tokens[i].start].strip() not in ("", ",", "(", "\"", "“"):
        return None  # after a colon, dash or quote a capital starts a clause
    low = scan.folded[i]
    if low in scan.lex.first_names.get("en_not_names", ()) or _EN_NOT_NAME_ENDING.search(low) \
            or low in scan.lex.not_single_names:
        return None  # (Navruz: the holiday)
    if low not in scan.lex.first_names.get("Latn", ()):
        return None  # Economy, Telegram, Kabylie: a capital alone is too weak in news text
    if _place_derived(scan, i) or scan.stem_in(i, scan.lex.known_org_words):
        return None
    return tok


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def _russian_surname(scan: Scan, i: int) -> str | None:
    """Russian: a surname alone inside a sentence (Путина, Привалов, Качимов): its nominative."""
    tok = scan.tokens[i].text
    if _initial(scan, i):
        if scan.russian and _known_word(scan, i):
            return tok if _surname_subject(scan, i) else None  # Кэмерон был: a surname only
        return tok if scan.russian and not _STRONG_SURNAME.search(fold(tok)) \
            and _unknown_subject(scan, i) else None  # Кючукарслан родился: an unknown subject
    if tok.isupper() or scan.folded[i - 1] in ("в", "во"):
        return None  # (в Пушкине: a town)
    if not _known_word(scan, i):  # (always so in Kazakh, Kyrgyz and Tajik text: no parses there)
        if not scan.russian:
            return tok if _STRONG_SURNAME.search(fold(tok)) else None
        if re.search(r"(?:ск|цк)(?:ий|ая|ого|ой|ому|им|ом|ую)$", fold(tok)) and i + 1 < len(scan.tokens) \
                and scan.adjacent(i, i + 1) and scan.tokens[i + 1].text.islower() \
                and scan.parses(i + 1)[0].tag.POS == "NOUN":
            return None  # Жулебинского бульвара, Острожского майората: an adjective of a noun
        if _STRONG_SURNAME.search(fold(tok)) or re.search(
                r"(?:ова|ева|ёва|ского|ской|скому|ским|овым|евым|ёвым|овой|евой|ову|еву)$", fold(tok)):
            if re.search(r"(?:ов|ев|ёв|ин)а$", tok) and not _nominative_context(scan, i, i):
                return tok[:-1]  # по словам Беглова: a man's surname in the genitive
            return _russian_nominative([tok])  # an unknown word of surname shape
        if _unknown_subject(scan, i):
            return tok  # (в этот год Физикелла одержал: the subject, not год's owner)
        return tok[:-1] if _unknown_genitive(scan, i) else None  # внуком Тохтамыша: a man's genitive
    parses = scan.parses(i)[:3]
    if any("Surn" in p.tag and "femn" in p.tag and "nomn" in p.tag for p in parses) and _female_subject(scan, i):
        return tok  # Ахмедова сообщила: a woman's surname in the nominative, not Ахмедов's genitive
    if _STRONG_SURNAME.search(fold(tok)) and all(_NAME_GRAMMEMES & set(str(p.tag).replace(" ", ",").split(","))
                                                  for p in parses):
        return _russian_nominative([tok])  # Камилов, Рашидов: a plural of a first name only
    if not any("Surn" in p.tag and "sing" in p.tag for p in parses[:2]):
        subject = _past_verb_gender(scan, i)
        if subject is None or not any("Surn" in p.tag and "nomn" in p.tag and p.tag.gender == subject
                                      for p in scan.parses(i)):
            return None  # (Покровский родился: a surname reading and a verb that agrees with it)
        return tok
    return _russian_nominative([tok])


def _unknown_subject(scan: Scan, i: int) -> bool:
    """Russian: a capitalised word pymorphy3 does not know but guesses animate (a foreign
    surname: Брайант, Киквете) is the subject of a singular past-tense verb right after it
    (Брайант набрал, Киквете был избран); no place, body, brand or Latin word."""
    tok = scan.tokens[i].text
    if len(tok) < 4 or not tok.isalpha() or tok.isascii() or not tok[1:].islower() \
            or _place_derived(scan, i) or scan.stem_in(i, scan.lex.known_org_words):
        return False
    j = i + 1
    if j + 1 < len(scan.tokens) and scan.folded[j] in _BETWEEN_SUBJECT_VERB and scan.adjacent(j, j + 1):
        j += 1
    if j >= len(scan.tokens) or not scan.adjacent(j - 1, j) or not scan.tokens[j].text.islower():
        return False
    verb = scan.parses(j)[0].tag
    if not (verb.POS == "VERB" and "past" in verb and "sing" in verb and verb.gender in ("masc", "femn")):
        return False
    if i > 0 and scan.parses(i - 1)[0].tag.POS == "PREP":
        return False  # из Тошкента прибыла: a place after a preposition
    parses = scan.parses(i)
    guess = parses[0].tag
    if not (any("nomn" in p.tag for p in parses) or tok[-1:] in "еиоуэю"):
        return False  # a subject stands in the nominative (or is an indeclinable foreign name)
    if {"Geox", "Orgn", "Trad"} & set(str(guess).replace(" ", ",").split(",")):
        return False
    if any("anim" in p.tag for p in parses[:3]):
        return True  # pymorphy3 guesses a person (Гризманн, Брайант)
    k = i - 1  # or another unknown capitalised word before it: a two-word name (Дзюнъити Масуда объявил)
    return k > 0 and scan.adjacent(k, i) and scan.cap(k) and scan.tokens[k].text.isalpha() \
        and scan.tokens[k].text[1:].islower() and not _initial(scan, k) and not _known_word(scan, k) \
        and not _place_derived(scan, k) and not _blocked(scan, k) and not scan.stem_in(k, scan.lex.known_org_words)


# prepositions of the genitive that take a person (у Пиндара, для Голиуса), not the spatial ones
_PERSON_GENITIVE_BEFORE = frozenset({"у", "для", "без", "кроме", "среди", "против", "после", "словам",
                                     "мнению", "участием", "инициативе", "имени"})


def _unknown_genitive(scan: Scan, i: int) -> bool:
    """Russian: a capitalised word pymorphy3 does not know, of a man's genitive shape (a
    consonant + -а), owned by the common noun right before it (внуком Тохтамыша, произведений
    Голиуса, Решение Бранфута) or after a preposition that takes a person (у Пиндара); not
    after a place noun (штат Миннесота, река ...) nor a place or body word itself."""
    tok = scan.tokens[i].text
    if len(tok) < 5 or tok[-1] != "а" or tok[-2] not in "бвгджзклмнпрстфхцчш" or not tok.isalpha() \
            or not tok[1:].islower() or i == 0 or not scan.adjacent(i - 1, i) or not scan.tokens[i - 1].text.isalpha() \
            or not (scan.tokens[i - 1].text.islower() or _initial(scan, i - 1)):
        return False
    if scan.folded[i - 1] not in _PERSON_GENITIVE_BEFORE:
        parse = scan.parses(i - 1)[0]
        if parse.tag.POS != "NOUN" or parse.tag.case == "loct" and "sing" in parse.tag \
                or {"Geox", "Name", "Surn", "Orgn"} & set(str(parse.tag).replace(" ", ",").split(",")) \
                or parse.normal_form in scan.lex.place_words.get("ru", {}) or parse.normal_form in scan.lex.feature_words:
            return False  # (города Инстербурга, штат Миннесота: a place; на сайте Татоэба: its name)
    return not (_place_derived(scan, i) or scan.stem_in(i, scan.lex.known_org_words) or _after_open_quote(scan, i))


def _surname_subject(scan: Scan, i: int) -> bool:
    """Russian: a word the dictionary knows only as a surname (Кэмерон, Уайт: no common or
    given-name reading) before a singular past-tense verb that agrees with it (Кэмерон был)."""
    parses = scan.parses(i)
    if not parses or not all(_NAME_GRAMMEMES & set(str(p.tag).replace(" ", ",").split(",")) for p in parses) \
            or not any("Surn" in p.tag and "sing" in p.tag for p in parses):
        return False  # (all: Мороз is also frost; a plural first name is no rival: Климов, Клима)
    gender = _past_verb_gender(scan, i)
    return gender is not None and any("Surn" in p.tag and "nomn" in p.tag and "sing" in p.tag
                                      and ("ms-f" in p.tag or p.tag.gender == gender) for p in parses)


def _past_verb_gender(scan: Scan, i: int) -> str | None:
    """Russian: the gender of a singular past-tense verb right after token i, if any."""
    j = i + 1
    if j >= len(scan.tokens) or not scan.adjacent(i, j) or not scan.tokens[j].text.islower():
        return None
    tag = scan.parses(j)[0].tag
    if tag.POS == "VERB" and "past" in tag and "sing" in tag or tag.POS == "PRTS" and "sing" in tag:
        return tag.gender  # (Климов назначен: a short participle agrees like a past verb)
    return None


def _female_subject(scan: Scan, i: int) -> bool:
    """Russian: a feminine past-tense verb stands right after token i (Ахмедова сообщила)."""
    j = i + 1
    if j >= len(scan.tokens) or not scan.adjacent(i, j) or not scan.tokens[j].text.islower():
        return False
    tag = scan.parses(j)[0].tag
    return tag.POS == "VERB" and "past" in tag and tag.gender == "femn"


_LIST_JOIN = re.compile(r",\s*|\s+(?:va|yoki)\s+")


def _among_brands(scan: Scan, i: int) -> bool:
    """Token i is listed next to a company (BMW, Mercedes, Toyota; Mercedes va Toyota): a brand."""
    for k in (i - 1, i + 1):
        if 0 <= k < len(scan.tokens) and _LIST_JOIN.fullmatch(scan.gap(min(i, k), max(i, k))) \
                and (_acronym(scan.tokens[k].text) or scan.stem_in(k, scan.lex.known_org_words)):
            return True
    return False


def _foreign_given_names(scan: Scan, caps: list[int], taken: set[int], add: Any) -> None:
    """Uzbek Latin: a capitalised word alone inside a sentence that is an English given name
    (US Census list), no Uzbek common word (`not_person_words`, or written in lower case in
    the article), no place or body: a foreigner named by the first name (Jared, Sami)."""
    english = scan.lex.first_names.get("en", frozenset())
    words = scan.lex.not_person_words.get(scan.tag, frozenset())
    n = len(scan.tokens)
    for i in caps:
        if i == 0 or i in taken:
            continue
        stem = next((fold(a.stem) for a in scan.analyses(i) if set(a.slots) <= {"case"}
                     and fold(a.stem) in english), None)  # (the table first: the cheap check)
        if stem is None or len(stem) < 4 or stem in words or stem in scan.lex.not_single_names \
                or _initial(scan, i) or _acronym(scan.tokens[i].text):
            continue
        if scan.adjacent(i - 1, i) and scan.cap(i - 1) and not (
                _initial(scan, i - 1) and _common_start(scan, i - 1)) \
                or i + 1 < n and scan.adjacent(i, i + 1) and scan.cap(i + 1):
            continue  # part of a longer capitalised run (but Kecha Jared: after a common first word)
        if _blocked(scan, i) or _place_derived(scan, i) or _after_open_quote(scan, i) or _thing_after(scan, i) \
                or _lower_elsewhere(scan, i) or scan.stem_in(i, scan.lex.known_org_words) or _among_brands(scan, i):
            continue
        word = _plain_stem(scan, i)
        add(i, i, word, word)


# English reporting verbs that follow (or, after a quote, precede) the speaker's name
_EN_REPORTING = frozenset({"said", "says", "told", "added", "noted", "explained", "wrote", "argued", "stated",
                           "recalled", "insisted", "warned", "admitted", "acknowledged", "testified",
                           "concluded", "continued", "referred", "tweeted", "emphasized", "emphasised"})
# an adverb or auxiliary between a speaker and the reporting verb
_EN_BEFORE_REPORTING = frozenset({"also", "later", "then", "previously", "repeatedly", "has", "had", "have",
                                  "once", "again", "recently", "separately", "reportedly", "further", "publicly"})
# reporting verbs before the speaker's name: said Bridenstine; right after a quotation also
# ..., ” added Claure, who; ... report,” wrote Fadem in a note
_EN_SPEAKER_AFTER = frozenset({"said", "says", "added", "wrote", "explained", "noted", "continued", "recalled",
                               "asked", "insisted", "warned", "argued"})
_EN_PRONOUNS = frozenset({"she", "he", "they", "it", "we", "you", "who", "everyone", "nobody", "someone",
                          "everybody", "somebody", "one", "police", "officials", "sources", "critics"})
_EN_PERSONAL = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)


# English plural ending of an unknown word (Prosecutors, Officials, Authorities; not Cortes, Vargas)
_EN_PLURAL = re.compile(r"(?:[^aeiousy']s|ies|ves)$")


# what only happens to people: the predicate of a one-word subject (Hitler was born, Carlineo was
# arrested, Mozart died)
_EN_LIFE_EVENTS = frozenset({"born", "died", "arrested", "sentenced", "convicted", "married", "resigned",
                             "graduated", "retired", "indicted", "jailed", "deported", "extradited",
                             "acquitted", "pleaded"})
# conjunctions that open a sentence before its subject (Although Hitler was born, When Babin said)
_EN_OPENERS = frozenset({"although", "though", "when", "after", "before", "while", "because", "since", "if",
                         "as", "but", "and", "then", "until", "once", "so", "meanwhile"})
_EN_AUXILIARIES = frozenset({"was", "is", "has", "had", "been", "later", "then", "reportedly"})


def _life_event(scan: Scan, i: int) -> bool:
    """Token i is followed by a life-event verb, after up to two auxiliaries (was born, had
    been arrested, later resigned)."""
    n = len(scan.tokens)
    k = i + 1
    while k < n and k <= i + 3 and scan.folded[k] in _EN_AUXILIARIES:
        k += 1
    if k >= n or scan.folded[k] not in _EN_LIFE_EVENTS or (scan.folded[k] == "born" and k == i + 1):
        return False  # (People born in 1990: a participle)
    return all(scan.adjacent(t, t + 1) for t in range(i, k))


_CLOSING_QUOTES = ("”", "\"", "’", "'")


def _after_quote(scan: Scan, k: int) -> bool:
    """Token k follows the end of a quotation: a comma, question or exclamation mark, then a
    closing quote (`... soon,” Bridenstine said`; not an opening quote)."""
    if k <= 0:
        return False
    gap = scan.gap(k - 1, k).strip()
    return len(gap) >= 2 and gap[-1] in _CLOSING_QUOTES and gap[-2] in ",?!"


def _english_speakers(scan: Scan, caps: list[int], taken: set[int], add: Any) -> None:
    """English: one capitalised word right before a reporting verb (Bridenstine said, Babin
    referred) or after one at a clause end (..., said Bridenstine.): a listed surname or given
    name, or an unknown word right after a quotation or that the article later calls he/she
    (not Boeing said it ...)."""
    n = len(scan.tokens)
    folded = scan.folded
    not_names = scan.lex.first_names.get("en_not_names", ())
    for i in caps:
        if i in taken:
            continue
        before = i + 1 < n and scan.adjacent(i, i + 1) and (folded[i + 1] in _EN_REPORTING or (
            folded[i + 1] in _EN_BEFORE_REPORTING and i + 2 < n and folded[i + 2] in _EN_REPORTING
            and scan.adjacent(i + 1, i + 2)))  # (Morrison also testified, Boudreau has said)
        after = not before and i > 0 and folded[i - 1] in _EN_SPEAKER_AFTER and scan.adjacent(i - 1, i) \
            and (i + 1 >= n or scan.gap(i, i + 1).strip() != "" or scan.tag == "en" and folded[i - 1] != "said"
                 and _after_quote(scan, i - 1)) and (folded[i - 1] in ("said", "says") or _after_quote(scan, i - 1))
        event = not (before or after) and _life_event(scan, i)
        if not (before or after or event):
            continue  # cheap check first: most capitals stand before no reporting verb
        tok = scan.tokens[i].text
        quoted = not event and _after_quote(scan, i if before else i - 1)
        if len(tok) < 3 or not tok.replace("-", "").isalpha() or not tok[1:].replace("-", "").islower() and not (
                quoted and all(p[:1].isupper() and p[1:].islower() for p in tok.split("-"))):
            continue  # (Soon-Shiong only right after a quotation)
        if i > 0 and (scan.adjacent(i - 1, i) and scan.cap(i - 1) and not (
                folded[i - 1] in _EN_OPENERS and _initial(scan, i - 1)) or folded[i - 1] in _EN_DETERMINERS):
            continue  # part of a longer name (Goldman Sachs said) or a thing (the Board said); not
            # after a sentence's first function word (Although Hitler was born)
        if i > 1 and folded[i - 1] == "of" and scan.cap(i - 2):
            continue  # House of Representatives concluded: the end of a body's name
        if folded[i] in not_names or folded[i] in _EN_PRONOUNS or scan.function_word(i) or _blocked(scan, i) or _place_derived(scan, i) \
                or scan.stem_in(i, scan.lex.known_org_words) or _product_like(scan, i):
            continue
        if after and i + 2 < n and scan.gap(i, i + 1) == ". " and scan.cap(i + 1) and scan.cap(i + 2) \
                and scan.adjacent(i + 1, i + 2):
            continue  # said Rep. Kendra Horn: an abbreviated title before the name
        names = scan.lex.first_names
        if folded[i] not in names.get("en_surnames", ()) and folded[i] not in names.get("Latn", ()) \
                and (_EN_PLURAL.search(folded[i]) or not event
                     and not quoted
                     and not _EN_PERSONAL.search(scan.text, scan.tokens[i].end, scan.tokens[i].end + 400)):
            continue  # an unknown word: only right after a quotation (,” Volker said) or if the text
            # then speaks of a he or she (Prosecutors said: a plural)
        add(i, i, tok, tok)


@lru_cache(maxsize=1)
def territory_words() -> frozenset[str]:
    """Folded English names of CLDR territories and continents (Africa, Europe, Americas)."""
    from babel import Locale

    return frozenset(fold(name) for name in Locale.parse("en").territories.values())


def _english_possessors(scan: Scan, caps: list[int], taken: set[int], add: Any) -> None:
    """English: one unknown capitalised word in the possessive before a lower-case word
    (Assange's extradition, Emmet's 'dyad' style) that the article then calls he/she/his/her:
    a person named by the surname. Not after a determiner or another capital, nor a place,
    territory, body or product word (Africa's, the Senate's, Disney's ... it)."""
    n = len(scan.tokens)
    for i in caps:
        tok = scan.tokens[i].text
        if tok[-2:] not in ("'s", "’s") or i in taken or i == 0:
            continue  # cheap check first: most capitals are no possessives
        word = tok[:-2]
        if len(word) < 3 or not word.isalpha() or not word[1:].islower() or _initial(scan, i):
            continue
        if scan.folded[i - 1] in _EN_DETERMINERS or (scan.cap(i - 1) and scan.adjacent(i - 1, i)):
            continue
        if i + 1 >= n or not scan.adjacent(i, i + 1) and scan.gap(i, i + 1).strip() not in ("'", "‘", "“", "\""):
            continue
        if not scan.tokens[i + 1].text[:1].islower() and scan.gap(i, i + 1).strip() == "":
            continue  # Valentine's Day, Braun’s Ithaca Holdings: the name of a thing
        if _blocked(scan, i) or _place_derived(scan, i) or scan.stem_in(i, scan.lex.known_org_words) \
                or _product_like(scan, i) or fold(word) in territory_words() or fold(word) in scan.lex.not_single_names \
                or fold(word) in scan.lex.first_names.get("en_not_names", ()):  # (Tuesday’s event ... his)
            continue
        if not _EN_PERSONAL.search(scan.text, scan.tokens[i].end, scan.tokens[i].end + 300):
            continue
        add(i, i, word, word)


def _surname_shaped(word: str) -> bool:
    """English: a word spelled as a surname: three letters or more, capitalised, each part of
    a hyphenated word too.

    >>> _surname_shaped("Carlineo"), _surname_shaped("Smith-Jones"), _surname_shaped("NASA"), _surname_shaped("Li")
    (True, True, False, False)
    """
    return len(word) >= 3 and word.replace("-", "").isalpha() and all(
        p[:1].isupper() and p[1:].islower() for p in word.split("-"))


def _no_english_surname(scan: Scan, i: int, key: str) -> bool:
    """English: token i (folded `key`, without a possessive 's) is a function word, pronoun,
    blocked, place, body or product word, or a word English does not use as a name."""
    return scan.function_word(i) or key in _EN_PRONOUNS or _blocked(scan, i) or _place_derived(scan, i) \
        or bool(scan.stem_in(i, scan.lex.known_org_words)) or _product_like(scan, i) \
        or key in scan.lex.first_names.get("en_not_names", ())


# `Surname, 47, of/who ...`: an age in commas after one capitalised word, then a lower-case word
_EN_AGE_AFTER = re.compile(r", (?:1[4-9]|[2-9]\d), [a-z]")


def _english_ages(scan: Scan, caps: list[int], taken: set[int], add: Any) -> None:
    """English: one unknown capitalised word with an age in commas after it (Carlineo, 55, of
    Rochester; extradite Assange, 47, over) is a person named by the surname; not a place, a
    body or product word, not after a lower-case street word (corso Monforte, 15, Milan: a
    capital follows) or another capitalised word."""
    text = scan.text
    if ", " not in text:
        return
    for i in caps:
        tok = scan.tokens[i]
        if i in taken or text[tok.end:tok.end + 2] != ", " or not _EN_AGE_AFTER.match(text, tok.end):
            continue  # cheap check first: most capitals have no age after them
        word = tok.text
        if not _surname_shaped(word):
            continue
        if i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not scan.sentence_initial(i - 1):
            continue  # (a full name: the other rules read it)
        if _no_english_surname(scan, i, scan.folded[i]):
            continue
        add(i, i, word, word)


@lru_cache(maxsize=1)
def _relations() -> frozenset[str]:
    """`langdata/en/person_relations.txt`: nouns of a person's relatives and representatives."""
    return frozenset(word_list("en", "person_relations"))


def _english_relations(scan: Scan, caps: list[int], taken: set[int], add: Any) -> None:
    """English: one unknown capitalised word that a relative clause on a person opens (Assange,
    who denies ...) or that owns a relative or a lawyer (Steenburgen’s son, Carlineo’s
    attorney) is a person named by the surname; not after a determiner or another capital, not
    a place, territory, body, product or calendar word (Sweden’s attorney)."""
    n = len(scan.tokens)
    relations = None
    for i in caps:
        if i in taken or i + 1 >= n:
            continue
        tok = scan.tokens[i].text
        possessive = tok[-2:] in ("'s", "’s")
        if possessive:  # cheap checks first: a relation noun or ", who" must follow
            if relations is None:
                relations = _relations()
            if scan.folded[i + 1] not in relations or not scan.adjacent(i, i + 1):
                continue
        elif scan.folded[i + 1] != "who" or scan.gap(i, i + 1) != ", ":
            continue
        word = tok[:-2] if possessive else tok
        if not _surname_shaped(word):
            continue
        first = i
        if i > 0 and scan.folded[i - 1] in _EN_DETERMINERS:
            continue  # the Senate’s lawyers
        if i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1):
            if not scan.sentence_initial(i - 1) or i - 1 in taken:
                continue  # a longer name: the other rules read it
            if not (scan.function_word(i - 1) or scan.folded[i - 1] in _EN_OPENERS or _blocked(scan, i - 1)):
                first = i - 1  # Montell Figgins, who ...: the sentence's first word is the given name
        key = fold(word)
        if _no_english_surname(scan, i, key) or key in territory_words() or key in scan.lex.companies:
            continue
        add(first, i, " ".join([scan.tokens[k].text for k in range(first, i)] + [word]), word)


@lru_cache(maxsize=1)
def _ambiguous_given() -> frozenset[str]:
    """`langdata/en/ambiguous_given_names.txt`: given names that are also common words."""
    return frozenset(word_list("en", "ambiguous_given_names"))


def _english_ambiguous_given(scan: Scan, caps: list[int], taken: set[int], add: Any) -> None:
    """English: a given name that is also a common word (Frank, Will, Hope) in mid-sentence
    right before a listed surname that English does not mostly write in lower case, the pair
    alone (recorded by Frank Sinatra, actor Will Smith): a person; not at a sentence's start,
    after a determiner or another capital, nor before a thing word (Rose Garden, Chase Bank)."""
    given = _ambiguous_given()
    folded = scan.folded
    n = len(scan.tokens)
    surnames = scan.lex.first_names.get("en_surnames", ())
    for i in caps:
        if folded[i] not in given or i in taken or i + 1 >= n or i + 1 in taken or i == 0:
            continue  # cheap check first: most capitals are no such name
        j = i + 1
        if not scan.adjacent(i, j) or not scan.cap(j) or scan.sentence_initial(i):
            continue
        if scan.adjacent(i - 1, i) and scan.cap(i - 1) and not _title_word(scan, i - 1) \
                or folded[i - 1] in _EN_DETERMINERS:
            continue  # Tom Will Smith / the Rose Garden
        if j + 1 < n and scan.adjacent(j, j + 1) and scan.cap(j + 1):
            continue  # Grant Thornton International: a longer name
        tok = scan.tokens[j].text
        stem = tok[:-2] if tok.endswith(("'s", "’s")) else tok
        key = fold(stem)
        if key not in surnames or key in scan.lex.not_single_names or not stem[1:].islower() \
                or _blocked(scan, j) or _place_derived(scan, j):
            continue
        add(i, j, f"{scan.tokens[i].text} {stem}", stem)


_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _headline_line(scan: Scan, i: int) -> bool:
    """Token i stands in a line written in title case (six or more words, at least 70% of them
    capitalised, no comma: New Release: Last Chance to Buy Sword or Shield), where a lone
    capital says nothing of a name; not a comma list of names (Bob Marley, Drake, Jay Z)."""
    text = scan.text
    start = text.rfind("\n", 0, scan.tokens[i].start) + 1
    memo = scan.memo.get("persons:headline")
    if memo is None:
        memo = scan.memo["persons:headline"] = {}  # per text: keyed by the line's offset
    got = memo.get(start)
    if got is None:
        end = text.find("\n", start)
        line = text[start:end if end >= 0 else len(text)]
        words = _LINE_WORD.findall(line)
        upper = sum(1 for w in words if w[:1].isupper())
        got = memo[start] = len(words) >= 6 and "," not in line and upper >= 0.7 * len(words)
    return got
