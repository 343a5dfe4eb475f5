"""Person mentions, in passes over one Scan:

K known people by full name (`langdata/shared/known_persons.tsv`); A first name [+ first name]
+ surname, widened over particles, patronymics and regnal numerals (`name_particles.txt`);
B surname + first name [+ patronymic]; C initials + surname; E a later surname-only mention
takes the article's full name (or a known person's); D title + name of any shape (Mr. Saito,
Bosh vazir Sindzo Abe); F a first name alone (English/Russian: Tom, Мэри, Тома), a Russian or
English surname alone (Привалов, Wagner); H an Uzbek surname alone (Qosimov); G an Uzbek
pair of unknown capitalised words (Kristiano Ronaldu) that is no country, place, plural noun
or known organisation; P an Uzbek name marked by a person cue (`langdata/<uz>/person_cues.tsv`:
Рукийнинг сўзларига кўра, — dedi Berri, Jonibek ismli); S three short capitalised syllables
(Пан Ги Мун); Y a capitalised run before life years (Газанфер Бильге (1924 -- 2008)); A0 a first
name, a particle or honorific and a name (Людвиг ван Бетховен, Одилхон қори Юнусхон ўғли);
L lists of names (line-ups: Latsio – Strakosha, Radu, ...; Sterling (29), Martines (30), ...);
R every other mention of a name found above, anywhere in the article (Director Tanaka ... It's
Tanaka). A person right before номидаги/nomidagi belongs to the body's name and is dropped.
Candidates inside the quoted title of a work (роман «Анна Каренина») are dropped by
`names.outside_work_titles`. Speed: every pass runs over capitalised tokens only, and cheap
tests (tables, first letters, separators) come before suffix analysis and pymorphy3.
"""
from __future__ import annotations

import re
from typing import Any

from .locations import _in_place, morph_analyzer
from .morph import fold
from .scan import Candidate, Scan

RANK = 3


def _memo(scan: Scan, name: str) -> dict[str, Any]:
    """A per-tag word memo shared by all texts (answers that depend on the word alone),
    fetched once per text."""
    key = f"persons:{name}"
    got = scan.memo.get(key)
    if got is None:
        got = scan.memo[key] = scan.lex.cache(f"{key}:{scan.tag}")
    return got


def _initial(scan: Scan, i: int) -> bool:
    """`scan.sentence_initial(i)`, memoised per text (asked by many passes)."""
    memo = scan.memo.get("persons:initial")
    if memo is None:
        memo = scan.memo["persons:initial"] = {}
    got = memo.get(i)
    if got is None:
        got = memo[i] = scan.sentence_initial(i)
    return got
# endings that make a capitalised word a surname even without a known first name before it
_STRONG_SURNAME = re.compile(
    r"(?:ов|ев|ёв|ова|ева|ёва|ский|ская|енко|швили|дзе|зода|заде|ov|ev|yev|yov|ova|eva|yeva|yova"
    r"|skiy|sky|skaya|enko|shvili|dze|zoda|zade)$")
_CASE_ENDING = re.compile(r"(?:нинг|ning|да|da|дан|dan|га|ga|ни|ni|даги|dagi)$")
_PATRONYMIC = re.compile(r"(?:ович|евич|овна|евна|ична|инична|ovich|evich|yevich|ovna|evna)$")
# plural/possessive endings of Uzbek common nouns (Кучларимиз, tashkilotlari)
_COMMON_ENDING = re.compile(r"(?:лар|lar|лари|lari|имиз|imiz|ингиз|ingiz)$")
ROMAN = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")
_ROMAN = ROMAN
_INITIALS = re.compile(
    r"(?<![\w.])((?:[A-ZА-ЯЁЎҚҒҲ][hH]?[ʻ'‘’]?\.\s?){1,2})(?=[A-ZА-ЯЁЎҚҒҲ])"
)


# a name glued to the next line's first word or a footnote digit (АбдуллатифҚорилар, Собирович3)
_GLUED = re.compile(r"^([A-ZА-ЯЁЎҚҒҲ][a-zа-яёўқғҳ'ʻ‘’]{2,})(?:[A-ZА-ЯЁЎҚҒҲ][a-zа-яёўқғҳ]{2,}|\d{1,2})$")


_NAME_SUFFIX = re.compile(r"(?:жон|хон|бек|бой|ой|гул|xon|jon|bek|boy|oy|gul)$")


def unglued(word: str) -> str:
    """A word without a glued capitalised tail or footnote digit.

    >>> unglued("АбдуллатифҚорилар"), unglued("Абдулфаттоҳович3"), unglued("MakFarlend"), unglued("Tom")
    ('Абдуллатиф', 'Абдулфаттоҳович', 'MakFarlend', 'Tom')
    """
    m = _GLUED.match(word)
    if m is None or _MC.match(word):
        return word
    return m.group(1)


def _bare_folded(scan: Scan, i: int) -> str:
    word = scan.tokens[i].text
    return scan.folded[i] if word[1:].isalpha() and word[1:].islower() else fold(unglued(word))


def _known_word(scan: Scan, i: int) -> bool:
    """pymorphy3's dictionary has token i (memoised per word)."""
    word = scan.tokens[i].text
    memo = _memo(scan, "known")
    got = memo.get(word)
    if got is None:
        got = memo[word] = morph_analyzer().word_is_known(word)
    return got


def _is_first_name(scan: Scan, i: int, *, known_only: bool = False) -> bool:
    if not scan.cap(i) or _acronym(scan.tokens[i].text):
        return False
    word = _bare_folded(scan, i)
    if scan.script == "Cyrl" and word.isascii():
        names = scan.lex.first_names.get("Latn", ())  # Christian Bruch inside Cyrillic text
    else:
        names = scan.lex.first_names.get(scan.script, ()) if scan.tag != "ru" else _cyrillic_names(scan)
    if word in names or scan.uzbek and _dj_spelling(word) in names:
        return True
    if scan.tag == "en" and word.count("-") == 1 and all(part in names for part in word.split("-")):
        return True  # John-Paul, Mary-Kate: two given names joined
    if scan.uzbek:
        m = _NAME_SUFFIX.search(word)
        if m and m.start() >= 3 and word[:m.start()] in names and not _blocked(scan, i) \
                and not _place_derived(scan, i):
            return True  # Одилхон, Ботиржон, Sardorbek: a listed name + an affectionate suffix (not Андижон)
    if scan.tag == "ru":
        if (known_only or _tajik_izafat(scan, word)) and not morph_analyzer().word_is_known(scan.tokens[i].text):
            return False  # Клегг: a guessed Name parse is no evidence for a second first name
        return any("Name" in p.tag and "sing" in p.tag for p in scan.parses(i)[:2])
    return False


_RUSSIAN_SPELLING = str.maketrans("ҳқғўҲҚҒЎ", "хкгуХКГУ")


def _cyrillic_names(scan: Scan) -> frozenset[str]:
    """The Cyrillic first names plus the Russian spelling of the Uzbek ones (Ильҳом ->
    Ильхом, Ғайрат -> Гайрат, Ўткир -> Уткир), built once."""
    memo = _memo(scan, "cyrillic_names")
    got = memo.get("")
    if got is None:
        names = scan.lex.first_names.get("Cyrl", frozenset())
        got = memo[""] = names | {n.translate(_RUSSIAN_SPELLING) for n in names}
    return got


_DJ = re.compile(r"(?<![dд])([jж])")


def _dj_spelling(word: str) -> str:
    """An Uzbek spelling of a foreign name with ж/j for дж/dj (Жеймс, Jeyms, Jorj) as the
    name lists spell it (Джеймс, Djeyms); "" when the word has no such letter.

    >>> _dj_spelling("jeyms"), _dj_spelling("жорж"), _dj_spelling("anvar")
    ('djeyms', 'джордж', '')
    """
    if "j" not in word and "ж" not in word:
        return ""
    return _DJ.sub(lambda m: "dj" if m.group(1) == "j" else "дж", word)


def _tajik_izafat(scan: Scan, word: str) -> bool:
    """Tajik text (read with the Russian rules): a word in -и is a noun in the izafat
    (Ҳукумати Ҷумҳурии …, Раиси …), which pymorphy3 guesses as a first name."""
    return word.endswith("и") and scan.source[:2].lower() == "tg"


def _russian_common(scan: Scan, i: int) -> bool:
    """Russian: token i is a dictionary word with no name reading (Континентального,
    Конгресса), so no part of a person's name after a title."""
    if scan.tag != "ru" or not morph_analyzer().word_is_known(scan.tokens[i].text):
        return False
    return not any({"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(","))
                   for p in scan.parses(i)[:3])


def _has_ending(scan: Scan, word: str) -> bool:
    """The word ends in a surname ending with at least two letters before it."""
    memo = scan.lex.cache("surname_ending_re")
    pattern = memo.get(scan.script)
    if pattern is None:
        endings = scan.lex.surname_endings[scan.script]
        pattern = memo[scan.script] = re.compile(
            "(?:" + "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True)) + ")$")
    low = fold(word)
    return pattern.search(low, 2) is not None


def _geographic(scan: Scan, i: int) -> bool:
    """pymorphy3 knows token i (Cyrillic) as a place name (Саратов, not a surname)."""
    if scan.script != "Cyrl":
        return False
    return any("Geox" in p.tag for p in scan.parses(i)[:2])


def surname_stem(scan: Scan, i: int) -> str | None:
    """The nominative of token i if it looks like a surname (Собяниннинг → Собянин)."""
    memo = scan.memo.get("persons:surname") or _memo(scan, "surname")  # a function of the word alone
    word = scan.tokens[i].text
    if word in memo:
        return memo[word]
    got = memo[word] = _surname_stem(scan, i)
    return got


def _surname_stem(scan: Scan, i: int) -> str | None:
    if not scan.cap(i) or _acronym(scan.tokens[i].text):
        return None
    if scan.uzbek and scan.folded[i] in scan.lex.first_names.get(scan.script, ()):
        return None  # Нуриддин, Жалолиддин: first names in -ин
    stems = [a.stem for a in scan.analyses(i) if set(a.slots) <= {"case"}]
    shaped = [s for s in stems if _has_ending(scan, s)]
    if not shaped and scan.tag != "ru":
        return None  # cheap checks first: the analyser only for surname-shaped words
    if scan.script == "Cyrl" and not _known_word(scan, i):
        # pymorphy3 would only guess (Geox, Surn) by analogy: the ending decides, no parse
        return max(shaped, key=len) if shaped else None
    if _geographic(scan, i):
        return None
    if shaped:
        return max(shaped, key=len)
    if any("Surn" in p.tag for p in scan.parses(i)[:2]):
        return scan.tokens[i].text
    return None


# locative endings a person's name hardly takes (Nauseda, Мерседа are whole names)
_NOT_PERSON_CASES = frozenset({"da", "да", "ta", "та", "dagi", "даги", "tagi", "таги"})


def _plain_stem(scan: Scan, i: int) -> str:
    """Token i without a case suffix (for non-surname-shaped last names)."""
    word = scan.tokens[i].text
    if (not word[1:].isalpha() or not word[1:].islower()) and unglued(word) != word:
        return unglued(word)
    stems = [a for a in scan.analyses(i) if a.slots and set(a.slots) <= {"case"}
             and a.suffixes[-1] not in _NOT_PERSON_CASES
             and (a.suffixes[-1] not in ("ни", "ni") or a.stem[-1:].lower() not in "аеиоуэюяўaeiou")]
    # Gasperoni, not Gaspero + ni; Bantsinni is Bantsin + ni
    if scan.uzbek and stems and len(stems[0].stem) >= 3:
        return stems[0].stem
    if scan.tag == "en" and len(scan.analyses(i)) > 1:
        return scan.analyses(i)[1].stem
    return scan.tokens[i].text


_CAMEL = re.compile(r"[a-zа-яё][A-ZА-ЯЁ]")
_MC = re.compile(r"(?:Mc|Mac|Mak|Мак|Мк|Di|De|Le|La)[A-ZА-ЯЁ][a-zа-яё]+$")  # MakFarlend, DiCaprio


def _product_like(scan: Scan, i: int) -> bool:
    """Token i is an all-caps acronym, a camel-case word (ErgoSense, iPhone) or a known
    technology/product word (Bluetooth, OLED), suffixes stripped.

    >>> _CAMEL.search("ErgoSense") is not None, _CAMEL.search("Ergosense") is None
    (True, True)
    """
    stem = scan.stems(i)[-1] if scan.uzbek else scan.tokens[i].text
    word = scan.tokens[i].text
    if len(stem) >= 2 and stem.isupper() or (_CAMEL.search(word) and not _MC.match(word)):
        return True
    return any(fold(s) in scan.lex.product_words for s in scan.stems(i))


def _blocked(scan: Scan, i: int, *, upper: bool = True) -> bool:
    """Token i cannot be part of a person name (a place, country, org word, acronym)."""
    word = scan.tokens[i].text
    memo = scan.memo.get("persons:blocked") or _memo(scan, "blocked")  # per word: 1 blocked, 2 acronym
    got = memo.get(word)
    if got is None:
        got = memo[word] = 1 if scan.function_word(i) or _blocked_word(scan, i) else 2 if _acronym(word) else 0
    return got == 1 or (upper and got == 2)


def _acronym(word: str) -> bool:
    """An acronym, also one with a lower-case digraph letter (AQSh, YeChL, ShHT), but not a
    name opening with Gʻ/Oʻ (the modifier letter is no upper-case letter).

    >>> [_acronym(w) for w in ("AQSh", "BMT", "Kerri", "McCain", "Gʻofur", "Oʻlmas")]
    [True, True, False, False, False, False]
    """
    return word.isupper() or (len(word) > 1 and word[0].isupper() and word[1].isupper())


# Uzbek common nouns no name takes: an abstract noun in -lik with a possessive (Mustaqilligi,
# Бирлигини) and a noun with "our/your" (Konstitutsiyamiz, Давлатимизнинг), in any case form
_POSSESSED = re.compile(
    r"(?:\w{3}(?:лиги|ligi)|\w{3}[аеиоуяэўaeiouʻ‘]?(?:миз|miz)|\w{3}[аеиоуяэўaeiou](?:нгиз|ngiz))"
    r"(?:ни|нинг|га|да|дан|ning|ni|ga|da|dan)?$")


def _blocked_word(scan: Scan, i: int) -> bool:
    lex = scan.lex
    if scan.uzbek and _POSSESSED.search(scan.folded[i]):
        return True  # (Рамиз, Chingiz: too short a stem before the ending)
    if scan.folded[i] in lex.titles.get(scan.tag, ()) or scan.folded[i] in lex.region_modifiers:
        return True
    for table in (lex.countries.get(scan.tag, {}), lex.locations.get(scan.tag, {}),
                  lex.org_forms.get(scan.tag, {}), lex.place_words.get(scan.tag, {})):
        if scan.stem_in(i, table):
            return True
    return False


def _after_open_quote(scan: Scan, i: int) -> bool:
    """Token i opens a quoted title (``Поляна Квасова'', «Анна Каренина»): a work or brand."""
    start = scan.tokens[i].start
    return start > 0 and scan.text[start - 1] in "«“\"„`"


def _russian_initial_name(scan: Scan, i: int, j: int) -> bool:
    """Russian: a sentence opens with a first name that is no common word (Жорж, not Роман,
    Вера) and a capitalised word that is no dictionary common word (Жорж Санд при жизни ...)."""
    if scan.tag != "ru" or j != i + 1 or _russian_common(scan, j) or _blocked(scan, j):
        return False
    parses = scan.parses(i)[:3]
    return bool(parses) and all("Name" in p.tag for p in parses)


def _russian_subject(scan: Scan, i: int, j: int) -> bool:
    """Russian: a listed first name (token i) and an unknown capitalised word (token j) are the
    subject of the past-tense verb after them (Хелен Луз родилась): a name, not a title."""
    if scan.tag != "ru" or j + 1 >= len(scan.tokens) or not scan.adjacent(j, j + 1):
        return False
    if not scan.tokens[j + 1].text.islower() or any(
            p.tag.POS in ("NOUN", "ADJF") and "nomn" in p.tag and "Surn" not in p.tag and "Name" not in p.tag
            for p in scan.parses(j)):
        return False  # Луз (a plural form of луза) may be a surname; Роза, Вера as nouns not
    verb = scan.parses(j + 1)[0]
    gender = next((p.tag.gender for p in scan.parses(i)[:2] if "Name" in p.tag), None)
    return verb.tag.POS == "VERB" and "past" in verb.tag and (
        verb.tag.gender is None or gender is None or verb.tag.gender == gender)


_LIFE_YEARS = re.compile(r"\s?\((?:[^()]{0,40}?[,;]\s?)?(?:род\.\s?|b\.\s?)?\d{3,4}\s?(?:--|[-–—])\s?\d{3,4}\)")


def _life_years_after(scan: Scan, last: int) -> bool:
    """A parenthesis with a person's years follows token `last`: Газанфер Бильге (1924 -- 2008)."""
    return bool(_LIFE_YEARS.match(scan.text, scan.tokens[last].end))


def _place_byname(scan: Scan, i: int, j: int) -> bool:
    """A listed first name (token i) before a city name in the nominative that ends the run
    (Иван Грозний, Alisher Navoiy): a byname or surname, not the place."""
    if scan.folded[i] not in scan.lex.first_names.get(scan.script, ()) or _acronym(scan.tokens[j].text):
        return False
    if scan.function_word(j) or _case_marked(scan, j) or _thing_after(scan, j):
        return False
    if j + 1 < len(scan.tokens) and scan.adjacent(j, j + 1) and scan.cap(j + 1):
        return False
    lex = scan.lex
    if scan.folded[j] in lex.titles.get(scan.tag, ()) or scan.folded[j] in lex.region_modifiers:
        return False
    for table in (lex.countries.get(scan.tag, {}), lex.org_forms.get(scan.tag, {}),
                  lex.place_words.get(scan.tag, {}), lex.abbreviations.get(scan.tag, {})):
        if scan.stem_in(j, table):
            return False
    if scan.tag == "ru" and morph_analyzer().word_is_known(scan.tokens[j].text):
        return any("ADJF" in p.tag for p in scan.parses(j)[:3])  # Иван Грозный, not Мария Москва
    return scan.folded[j] in lex.locations.get(scan.tag, {})


def _syllable_name(scan: Scan, i: int) -> bool:
    """Tokens i..i+2 are three short capitalised words, two of them of at most three letters,
    standing alone (Пан Ги Мун, Ким Чен Ын): a Korean, Chinese or Vietnamese full name."""
    n = len(scan.tokens)
    run = (i, i + 1, i + 2)
    if not (scan.adjacent(i, i + 1) and scan.adjacent(i + 1, i + 2)):
        return False
    if i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not _initial(scan, i) \
            and not _acronym(scan.tokens[i - 1].text):  # ООН Пан Ги Мун: after an acronym
        return False
    if i + 3 < n and scan.adjacent(i + 2, i + 3) and scan.cap(i + 3):
        return False
    words = [scan.tokens[k].text for k in run]
    bare = [_plain_stem(scan, i + 2) if k == i + 2 else scan.tokens[k].text for k in run]
    if not all(w.isalpha() and w[:1].isupper() and (len(w) < 2 or w[1:].islower()) for w in words):
        return False
    if not all(2 <= len(b) <= 4 for b in bare) or sum(len(b) <= 3 for b in bare) < 2:
        return False
    return not any(scan.function_word(k) or _blocked(scan, k) or _place_derived(scan, k) for k in run)


def _initialled_word(scan: Scan, j: int) -> bool:
    """Token j (after initials) may be a surname of any shape: a capitalised word, no
    acronym, place, title, organisation or common word (not С. Москва, Т. Гостиница)."""
    tok = scan.tokens[j].text
    if len(tok) < 3 or not tok[1:].replace("-", "").isalpha() or not tok[1:].islower() \
            or _blocked(scan, j) or _place_derived(scan, j) or scan.stem_in(j, scan.lex.known_org_words):
        return False
    if j + 1 < len(scan.tokens) and scan.adjacent(j, j + 1) and scan.cap(j + 1):
        return False  # part of a longer capitalised run
    if scan.uzbek:
        return not scan.stem_in(j, scan.lex.not_person_words.get(scan.tag, frozenset())) \
            and not _thing_after(scan, j) and not _common_start(scan, j) and not _lower_elsewhere(scan, j)
    return scan.tag == "ru" and not _russian_common(scan, j)


def _place_derived(scan: Scan, i: int) -> bool:
    """Token i is a place word in any form, demonyms included (AQShlik, хитойлик)."""
    word = scan.tokens[i].text
    memo = scan.memo.get("persons:place") or _memo(scan, "place")  # a function of the word alone
    got = memo.get(word)
    if got is None:
        got = memo[word] = _place_word(scan, i)
    return got


def _place_word(scan: Scan, i: int) -> bool:
    lex = scan.lex
    for table in (lex.countries.get(scan.tag, {}), lex.locations.get(scan.tag, {}),
                  lex.abbreviations.get(scan.tag, {})):
        if any(fold(s) in table or s in table for s in scan.stems(i, deriv=True)):
            return True
    return False


def _thing_after(scan: Scan, last: int) -> bool:
    """The word after a capitalised run names what it is (мадрасаси, мажмуаси, тумани, fondi)."""
    k = last + 1
    if k >= len(scan.tokens) or not scan.adjacent(last, k):
        return False
    lex = scan.lex
    forms = lex.org_forms.get(scan.tag, {})
    if scan.uzbek and not scan.cap(k) and any(
            forms.get(scan.folded[k] + end) == "body" for end in _POSSESSIVE_ENDS):
        return True  # Harbiy prokuratura, Олий суд: the bare head noun of a body
    return bool(scan.stem_in(k, forms) or scan.stem_in(k, lex.place_words.get(scan.tag, {}))
                or scan.stem_in(k, lex.feature_words))


_POSSESSIVE_ENDS = ("si", "i", "си", "и")


def _maybe_title(scan: Scan, j: int) -> bool:
    """Cheap pre-check (first three letters) before parsing token j for a Russian title lemma."""
    memo = _memo(scan, "title_heads")
    heads = memo.get("")
    if heads is None:
        heads = memo[""] = frozenset(t[:3] for t in scan.lex.titles.get(scan.tag, ()))
    word = scan.folded[j]
    return word[:3] in heads or word[:2] in heads


def _title_word(scan: Scan, j: int) -> bool:
    """Token j is a title or position (президент, rahbari, Mr.), not a name."""
    titles = scan.lex.titles.get(scan.tag, frozenset())
    if scan.folded[j] in titles or scan.folded[j] in _HONORIFICS:
        return True
    if not _maybe_title(scan, j):
        return False
    if scan.tag == "ru":
        return scan.parses(j)[0].normal_form in titles
    return bool(scan.stem_in(j, titles))


def _lone_name_after_title(scan: Scan, i: int) -> bool:
    """Uzbek: token i alone right after a position is a surname or a foreign name (qiroli
    Salmonning, vaziri Van I): no listed first name (a namesake), no common or place word."""
    if _initial(scan, i) or len(scan.tokens[i].text) < 3 or not scan.tokens[i].text[1:].islower():
        return False
    if any(a.slots and a.suffixes[-1] in _GENITIVE for a in scan.analyses(i - 1)) or any(
            "poss" in a.slots and a.suffixes[0] in ("си", "si") for a in scan.analyses(i)):
        return False  # Президентнинг Мурожаатномаси: a thing of the president, not a name
    if any("plural" in a.slots or fold(a.stem).endswith(("лар", "lar"))
           or any(x.startswith(("лар", "lar")) for x in a.suffixes) for a in scan.analyses(i - 1)):
        return False  # раҳбарларининг Маслаҳат учрашуви: leaders (plural) of a meeting
    if scan.stem_in(i, scan.lex.first_names.get(scan.script, frozenset())) or _place_derived(scan, i):
        return False
    if scan.stem_in(i, scan.lex.not_person_words.get(scan.tag, frozenset())) or _common_start(scan, i):
        return False
    return not _product_like(scan, i) and not scan.stem_in(i, scan.lex.known_org_words)


def _title_token(scan: Scan, j: int) -> bool:
    """Token j is a title or position word (Russian: its lemma), memoised per word."""
    word = scan.tokens[j].text
    memo = scan.memo.get("persons:title") or _memo(scan, "title")
    got = memo.get(word)
    if got is None:
        titles = scan.lex.titles.get(scan.tag, frozenset())
        if scan.tag == "ru":
            got = word[:1].isalpha() and _maybe_title(scan, j) and scan.parses(j)[0].normal_form in titles
        else:
            got = _maybe_title(scan, j) and (scan.folded[j] in titles or bool(scan.stem_in(j, titles)))
        memo[word] = got
    return got


def _title_before(scan: Scan, i: int) -> bool:
    """One of the two words before token i is a title or position (Russian: no punctuation
    or number between)."""
    memo = scan.memo.get("persons:title") or _memo(scan, "title")
    ru = scan.tag == "ru"
    for j in (i - 1, i - 2):
        if j < 0:
            return False
        word = scan.tokens[j].text
        if ru and not word[:1].isalpha():
            return False
        got = memo.get(word)
        if got or got is None and _title_token(scan, j):
            return True
    return False


_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "mister", "miss", "sir", "madam", "жаноб", "janob",
                         "хоним", "xonim", "господин", "госпожа", "мистер", "миссис"})


def _title_right_before(scan: Scan, i: int) -> bool:
    """The word right before token i is a title (Mr. Saito, President Putin, бош вазир Абе)."""
    j = i - 1
    if j < 0 or not scan.adjacent(j, i) and scan.gap(j, i).strip() != ".":
        return False
    if scan.tag == "ru":
        return _title_token(scan, j)
    return _title_token(scan, j) or (j > 0 and scan.adjacent(j - 1, j) and f"{scan.folded[j - 1]} {scan.folded[j]}"
                                     in scan.lex.titles.get(scan.tag, frozenset()))


def _title_over_body(scan: Scan, i: int) -> bool:
    """Russian or English: a title, then an acronym or a place word, then token i (директор
    ВОЗ Тедрос Адханом Гебрейесус, глава МИД Анналена Бербок)."""
    j = i - 1
    if scan.uzbek or j < 1 or not scan.adjacent(j, i) or not scan.adjacent(j - 1, j) or scan.function_word(j):
        return False
    if not (_acronym(scan.tokens[j].text) or _blocked(scan, j) and not _title_token(scan, j)):
        return False
    return _title_token(scan, j - 1)


def _honorific_before(scan: Scan, i: int) -> bool:
    """Mr./жаноб/janob right before token i (a polite title, not a position)."""
    return i > 0 and scan.folded[i - 1] in _HONORIFICS or (
        i > 1 and scan.folded[i - 2] in _HONORIFICS and scan.gap(i - 2, i - 1).strip() == "")


# endings of an unknown masculine surname in the case of the first name before it
_MASC_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}


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
            fits.sort(key=lambda p: (p.normal_form not in names, -p.score))
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
                        nominative: bool = False) -> str:
    """Russian name words in the nominative, surnames agreeing with the first name's gender.
    `nominative`: the context shows no genitive (a listed first name as written, Нодира
    Юсупова, is then read as a nominative, not as a masculine genitive)."""
    morph = morph_analyzer()
    parsed = [morph.parse(w) for w in words]
    gender = None
    case = None
    chosen: dict[int, Any] = {}
    implied = _implied_first_name(words, parsed, names) if len(words) >= 2 else None
    if implied is not None and not morph.word_is_known(words[implied[0]]):
        chosen[implied[0]] = implied[1]
        gender, case = implied[1].tag.gender, implied[1].tag.case
    listed = _listed_oblique(words, names) if len(words) >= 2 and implied is None else None
    if listed is not None:  # Сардору Умурзакову: a listed Uzbek name pymorphy3 does not know
        k, form, gender, case = listed
        words = [*words[:k], form, *words[k + 1:]]
        parsed[k] = morph.parse(form)
    for k, parses in enumerate([] if chosen or listed else parsed):
        name = next((p for p in parses if "Name" in p.tag and "sing" in p.tag), None)
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
            known = [p for p in parses if p.tag.POS == "NOUN" and "anim" in p.tag and "sing" in p.tag
                     and "nomn" not in p.tag] if morph.word_is_known(w) else []
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
            elif gender == "femn" and w is words[-1] and re.search(r"(?:ов|ев|ёв|ин|ын)(?:ой|ою|у)$", w):
                w = re.sub(r"(?:ой|ою|у)$", "а", w)  # Нодирой Исмоиловой -> Исмоилова
            elif gender in (None, "masc") and w is words[-1] and not morph.word_is_known(w):
                w = unknown_surname_nominative(w)  # Татарчуковым -> Татарчуков
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


# unambiguous oblique endings of Russian surnames (and foreign ones in -ом) -> nominative
_OBLIQUE_SURNAME = (
    (re.compile(r"(?<=[ое]в|ёв|ин|ын)ым$"), ""),
    (re.compile(r"(?<=[ое]в|ёв)(?:у|е)$"), ""),
    (re.compile(r"(?<=[ое]в|ёв|ин)ой$"), "а"),
    (re.compile(r"(?<=[сц]к)(?:ого|ому|им|ом)$"), "ий"),
    (re.compile(r"(?<=[сц]к)(?:ой|ую)$"), "ая"),
    (re.compile(r"(?<=[бвгдзклмнпрстфх])ом$"), ""),
)


def unknown_surname_nominative(word: str) -> str:
    """The nominative of an unknown Russian surname in an unambiguous oblique case.

    >>> [unknown_surname_nominative(w) for w in ("Татарчуковым", "Жолкевского", "Качимом", "Петрова")]
    ['Татарчуков', 'Жолкевский', 'Качим', 'Петрова']
    """
    if len(word) < 5:
        return word
    for pattern, ending in _OBLIQUE_SURNAME:
        if pattern.search(word):
            return pattern.sub(ending, word)
    return word


def _surname_keys(scan: Scan, word: str, i: int | None = None) -> set[str]:
    """Folded forms a surname is recognised by: the word, its case-stripped stems (Uzbek) or
    pymorphy3 normal forms (Russian: Собянина, Собянину → собянин)."""
    keys = {fold(word)}
    if i is not None:
        keys |= {fold(a.stem) for a in scan.analyses(i) if set(a.slots) <= {"case"}}
    if scan.tag == "ru":
        parses = scan.parses(i) if i is not None else morph_analyzer().parse(word)
        keys |= {fold(p.normal_form) for p in parses[:4] if "Surn" in p.tag or "Name" in p.tag}
    return keys


def _name(scan: Scan, first: int, last: int, last_stem: str) -> str:
    words = [scan.tokens[k].text for k in range(first, last)] + [last_stem]
    if scan.tag == "ru":
        return _russian_nominative(words, _cyrillic_names(scan),
                                   nominative=_nominative_context(scan, first, last))
    return " ".join(words)


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


def _case_marked(scan: Scan, i: int) -> bool:
    """Token i carries an Uzbek case/possessive suffix (Trampning): a name ends there."""
    return scan.uzbek and _plain_stem(scan, i) != scan.tokens[i].text


_HYPHEN_PARTICLE = re.compile(r"^(?:al|as|ash|ad|ar|az|an|at|el|ul|ud|ибн|аль|ал|ас|аш|ад|ар|аз|ан|ат|ул|уд)-"
                              r"[A-ZА-ЯЁЎҚҒҲ][a-zа-яёўқғҳ'ʻ‘’]+$")


def _extend(scan: Scan, first: int, last: int) -> tuple[int, int]:
    """Widen a name over particles (Turkiy ibn Abdulaziz Ol Saud), a Roman numeral (Karl III)
    and an Uzbek patronymic (Zohid Said o‘g‘li)."""
    tokens = scan.tokens
    n = len(tokens)
    particles = scan.lex.name_particles
    patronymics = scan.lex.patronymics.get(scan.tag, frozenset())
    while last + 1 < n and scan.adjacent(last, last + 1) and not _case_marked(scan, last):
        nxt = last + 1
        if scan.folded[nxt] in particles and nxt + 1 < n and scan.adjacent(nxt, nxt + 1) \
                and scan.cap(nxt + 1) and not _blocked(scan, nxt + 1, upper=False) \
                and not _place_derived(scan, nxt + 1) and not tokens[nxt + 1].text[:2].isupper():
            last = nxt + 1
            continue
        if _HYPHEN_PARTICLE.match(tokens[nxt].text):
            last = nxt  # Saboh al-Ahmad al-Jobir as Saboh
            continue
        if _ROMAN.match(tokens[nxt].text):
            last = nxt
        elif scan.folded[nxt] in patronymics:
            last = nxt
        elif scan.cap(nxt) and nxt + 1 < n and scan.adjacent(nxt, nxt + 1) \
                and scan.folded[nxt + 1] in patronymics and not _blocked(scan, nxt):
            last = nxt + 1
        break
    while first >= 2 and scan.folded[first - 1] in particles and not scan.cap(first - 1) \
            and scan.adjacent(first - 1, first) and scan.adjacent(first - 2, first - 1) \
            and scan.cap(first - 2) and not _blocked(scan, first - 2):
        first -= 2
    return first, last


def _given_name(scan: Scan, i: int) -> str | None:
    """Token i alone is a first name (Tom, Мэри, Марии, Жасурбекнинг): its nominative."""
    tok = scan.tokens[i].text
    if not scan.cap(i) or _acronym(tok) or len(tok) < 3 or scan.uzbek:
        return None  # Uzbek news name people in full; a bare first name is mostly a namesake
    key = (tok, _initial(scan, i)) if scan.tag == "ru" else tok  # memoised per word (and position)
    memo = scan.memo.get("persons:given") or _memo(scan, "given")
    if key not in memo:
        memo[key] = _given_word(scan, i)
    return memo[key]


def _given_word(scan: Scan, i: int) -> str | None:
    tok = scan.tokens[i].text
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
    determiner or another capitalised word (the Wagner Group, New York)."""
    surnames = scan.lex.first_names.get("en_surnames", ())
    stem = next((a.stem for a in scan.analyses(i) if fold(a.stem) in surnames), None)
    if stem is None or _initial(scan, i) or _acronym(scan.tokens[i].text):
        return None  # (the table first: most capitalised words are no listed surname)
    if scan.folded[i - 1] in _EN_DETERMINERS or (scan.cap(i - 1) and scan.adjacent(i - 1, i)):
        return None
    return stem


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
    if low in scan.lex.first_names.get("en_not_names", ()) or _EN_NOT_NAME_ENDING.search(low):
        return None
    if low not in scan.lex.first_names.get("Latn", ()):
        return None  # Economy, Telegram, Kabylie: a capital alone is too weak in news text
    if _place_derived(scan, i) or scan.stem_in(i, scan.lex.known_org_words):
        return None
    return tok


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def _russian_surname(scan: Scan, i: int) -> str | None:
    """Russian: a surname alone inside a sentence (Путина, Привалов, Качимов): its nominative."""
    tok = scan.tokens[i].text
    if _initial(scan, i) or tok.isupper() or scan.folded[i - 1] in ("в", "во"):
        return None  # (в Пушкине: a town)
    if not morph_analyzer().word_is_known(tok):
        if re.search(r"(?:ск|цк)(?:ий|ая|ого|ой|ому|им|ом|ую)$", fold(tok)) and i + 1 < len(scan.tokens) \
                and scan.adjacent(i, i + 1) and scan.tokens[i + 1].text.islower() \
                and scan.parses(i + 1)[0].tag.POS == "NOUN":
            return None  # Жулебинского бульвара, Острожского майората: an adjective of a noun
        if _STRONG_SURNAME.search(fold(tok)) or re.search(
                r"(?:ова|ева|ёва|ского|ской|скому|ским|овым|евым|ёвым|овой|евой|ову|еву)$", fold(tok)):
            return _russian_nominative([tok])  # an unknown word of surname shape
        return None
    parses = scan.parses(i)[:3]
    if _female_subject(scan, i) and any("Surn" in p.tag and "femn" in p.tag and "nomn" in p.tag for p in parses):
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


def _past_verb_gender(scan: Scan, i: int) -> str | None:
    """Russian: the gender of a singular past-tense verb right after token i, if any."""
    j = i + 1
    if j >= len(scan.tokens) or not scan.adjacent(i, j) or not scan.tokens[j].text.islower():
        return None
    tag = scan.parses(j)[0].tag
    if tag.POS == "VERB" and "past" in tag and "sing" in tag:
        return tag.gender
    return None


def _female_subject(scan: Scan, i: int) -> bool:
    """Russian: a feminine past-tense verb stands right after token i (Ахмедова сообщила)."""
    j = i + 1
    if j >= len(scan.tokens) or not scan.adjacent(i, j) or not scan.tokens[j].text.islower():
        return False
    tag = scan.parses(j)[0].tag
    return tag.POS == "VERB" and "past" in tag and tag.gender == "femn"


def _known_by_prefix(scan: Scan) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Known full names (Cyrillic) by the first four letters of their first word."""
    memo = scan.lex.cache("known_full_prefix")
    got = memo.get("ru")
    if got is None:
        got = memo["ru"] = {}
        for head, entries in scan.lex.known_full.items():
            if not head.isascii() and len(head) >= 4:
                got.setdefault(head[:4], []).extend(entries)
    return got


def _same_word(seen: str, listed: str, inflected: bool) -> bool:
    """A word of a known name as written, or (Russian) in another case (нарендры ~ нарендра).

    >>> _same_word("нарендры", "нарендра", True), _same_word("наргиза", "нарендра", True)
    (True, False)
    """
    if seen == listed:
        return True
    return inflected and len(listed) >= 4 and seen.startswith(listed[:-1] if listed[-1] in "аяйь" else listed) \
        and len(seen) - len(listed) <= 2


def _known_full(scan: Scan, i: int, add: Any) -> bool:
    """The full name of a known person starts at token i (the last word may carry suffixes)."""
    entries = scan.lex.known_full.get(scan.folded[i])
    inflected = False
    if not entries and scan.tag == "ru":  # Нарендры Моди, Шавкату Мирзиёеву: inflected first words
        entries = _known_by_prefix(scan).get(scan.folded[i][:4])
        inflected = True
    if not entries:
        return False
    tokens = scan.tokens
    for words, name in entries:
        last = i + len(words) - 1
        if last >= len(tokens) or any(not scan.adjacent(k, k + 1) for k in range(i, last)):
            continue
        if any(not _same_word(scan.folded[i + k], words[k], inflected) for k in range(len(words) - 1)):
            continue
        keys = {fold(a.stem) for a in scan.analyses(last) if set(a.slots) <= {"case"}}
        if scan.tag == "ru":
            keys |= {scan.folded[last]} | {fold(p.normal_form) for p in scan.parses(last)[:3]}
        if words[-1] in keys:
            add(i, last, name, words[-1])
            return True
    return False


# agentive endings of Uzbek common nouns for people (tahlilchi, tadbirkor, amaldor, tarixshunos)
_AGENT_ENDING = re.compile(r"(?:chi|kor|dor|shunos|lik|чи|кор|дор|шунос|лик)$")  # and -lik bodies (Vazirlik)
_GENITIVE = frozenset({"ning", "нинг"})


_VERBAL_NOUN = re.compile(r"(?:[yng]lov|[йнг]лов)$")
_LONG_SURNAME = re.compile(r"(?:ov|ev|yev|ova|eva|yeva|ов|ев|ёв|ова|ева|ёва)$")


def _lower_elsewhere(scan: Scan, j: int) -> bool:
    """Token j (any suffix) is also written in lower case in the text: a common word."""
    stems = {fold(st) for st in scan.stems(j) if len(st) >= 4}
    words = scan.__dict__.get("_person_lower_words")
    if words is None:
        words = scan.__dict__["_person_lower_words"] = {
            fold(w) for w in re.findall(r"(?<![\w'ʻ‘’])[a-zа-яёўқғҳ][\w'ʻ‘’]*", scan.text)}
    return any(w.startswith(st) for st in stems for w in words if w[:3] == st[:3])


def _initial_surname(scan: Scan, i: int) -> bool:
    """Uzbek: a sentence's first word is a surname alone when it is long and surname-shaped
    (Tajimuratov 5 iyulgacha ...; not Sinov, Tergov), before a lower-case word, and never
    written in lower case in the article."""
    tok = scan.tokens[i].text
    if len(tok) < 7 or not tok[1:].islower() or not tok.isalpha() or i + 1 >= len(scan.tokens) \
            or not scan.adjacent(i, i + 1) \
            or not scan.tokens[i + 1].text[:1].islower() and not scan.tokens[i + 1].text[:1].isdigit():
        return False
    stems = [a.stem for a in scan.analyses(i) if not a.slots or a.slots == ("case",) and a.suffixes[-1] in _GENITIVE]
    if not any(_LONG_SURNAME.search(fold(st)) and len(st) >= 7 and not _VERBAL_NOUN.search(fold(st))
               for st in stems) or _common_start(scan, i):
        return False  # Tayinlovga, Saylovda: verbal nouns
    low = scan.tokens[i].text.lower()
    return re.search(rf"(?<![\w'ʻ‘’]){re.escape(low)}", scan.text) is None


def cue_word(scan: Scan, k: int) -> bool:
    """Token k may be a word of a person's name marked by a cue (see `_cue_word`)."""
    return _cue_word(scan, k, set())


def _cue_word(scan: Scan, k: int, taken: set[int]) -> bool:
    """Token k may be a word of a name found by a person cue: an unknown capitalised word that
    is no place, country, organisation word, title, acronym or plural."""
    tok = scan.tokens[k].text
    if k in taken or not scan.cap(k) or tok[:2].isupper() or len(tok) < 3 or not tok[:1].isalpha():
        return False  # (FXXda: an acronym with a suffix)
    if _blocked(scan, k) or _place_derived(scan, k) or scan.stem_in(k, scan.lex.known_org_words):
        return False
    if scan.stem_in(k, scan.lex.not_person_words.get(scan.tag, frozenset())) \
            and not scan.stem_in(k, scan.lex.first_names.get(scan.script, frozenset())):
        return False  # Шайх, Қуръон (but Olim, a first name too)
    return not any("plural" in a.slots for a in scan.analyses(k))


def _common_start(scan: Scan, k: int) -> bool:
    """A sentence-initial capital that is a common noun or pronoun (Vazirning, Ularning,
    Tadbirkorning) rather than a name."""
    word = scan.tokens[k].text
    memo = scan.memo.get("persons:common") or _memo(scan, "common")  # a function of the word alone
    got = memo.get(word)
    if got is None:
        got = memo[word] = _common_word(scan, k)
    return got


def _common_word(scan: Scan, k: int) -> bool:
    words = scan.lex.not_person_words.get(scan.tag, frozenset())
    titles = scan.lex.titles.get(scan.tag, frozenset())
    for stem in scan.stems(k):
        low = fold(stem)
        if low in words or low in titles or _AGENT_ENDING.search(low) or _COMMON_ENDING.search(low):
            return True
    return False


def _run_before_cue(scan: Scan, j: int, kind: str, taken: set[int]) -> tuple[int, int] | None:
    """The capitalised words right before cue j (Sharipovning ta’kidlashicha, Jonibek ismli)."""
    last = j - 1
    if last < 0 or not scan.adjacent(last, j) or not _cue_word(scan, last, taken):
        return None
    if kind == "after_genitive" and not any(
            a.slots == ("case",) and a.suffixes[-1] in _GENITIVE for a in scan.analyses(last)):
        return None
    if kind == "after" and _case_marked(scan, last):
        return None
    first = last
    while first > 0 and last - first < 2 and scan.adjacent(first - 1, first) \
            and _cue_word(scan, first - 1, taken) and not _case_marked(scan, first - 1) and (
                not _initial(scan, first - 1)
                or scan.folded[first - 1] in scan.lex.first_names.get(scan.script, ())):
        first -= 1  # Sudlangan Jonibek ismli: a sentence's first word only if a first name
    return first, last


def _run_after_cue(scan: Scan, j: int, taken: set[int]) -> tuple[int, int] | None:
    """A speech verb right before the name, which ends the sentence or clause (— dedi Berri.)."""
    n = len(scan.tokens)
    first = j + 1
    if first >= n or not scan.adjacent(j, first) or not _cue_word(scan, first, taken):
        return None
    last = first
    while last + 1 < n and last - first < 2 and not _case_marked(scan, last) \
            and scan.adjacent(last, last + 1) and _cue_word(scan, last + 1, taken):
        last += 1
    if last + 1 < n and scan.adjacent(last, last + 1) and (
            not scan.tokens[last + 1].text[:1].islower() or _title_token(scan, last + 1)
            or _thing_after(scan, last)):
        return None  # — dedi Yevropa parlamenti vakili ...: the name comes later
    return first, last  # (— dedi Berri jurnalistlarga)


def _ruler_name(scan: Scan, first: int, last: int) -> bool:
    """The run before a leader's government word (Erdogʻan hukumati) is a name: not the first
    word of a sentence (Poytaxt, Mamlakat maʼmuriyati) and, unless a known first name or
    person, surname-shaped (Sharipov hukumati), no word written in lower case elsewhere (Federal) and not a country (Саудия Арабистони)."""
    lex = scan.lex
    named = _is_first_name(scan, first) or scan.folded[last] in lex.known_persons
    if not named and (_initial(scan, first) or surname_stem(scan, last) is None):
        return False  # (Federal, Spot maʼmuriyati: an adjective, a media outlet)
    if any(_lower_elsewhere(scan, k) for k in range(first, last + 1)):
        return False
    head = " ".join(scan.folded[first:last])
    countries = lex.countries.get(scan.tag, {})
    return not any(fold(f"{head} {st}" if head else st) in countries for st in scan.stems(last))


def _cued_runs(scan: Scan, taken: set[int]) -> list[tuple[int, int]]:
    """Uzbek: runs of 1-3 capitalised words marked as a name by a person cue next to them
    (`langdata/<uz>/person_cues.tsv`): Рукийнинг сўзларига кўра, Sharipovning ta’kidlashicha,
    — dedi Berri., Jonibek ismli yigit, Norboboyev ma'lum qildi (kind `both`: a speech verb
    after its subject or before the speaker)."""
    cues = scan.lex.person_cues.get(scan.tag)
    if not cues:
        return []
    folded = scan.folded
    present = cues.keys() & set(folded)
    if not present:
        return []  # cheap check first: most texts hold no cue word
    runs = []
    for j in [j for j, w in enumerate(folded) if w in present]:
        kind = cues[folded[j]]
        ruler = kind == "ruler"  # Modi hukumati (places are no cue words)
        if kind in ("work", "ruler"):
            kind = "after"  # Навоий асарларини
        run = None
        if kind in ("after_genitive", "after", "both"):
            run = _run_before_cue(scan, j, "after" if kind == "both" else kind, taken)
        if run is None and kind in ("before", "both"):
            run = _run_after_cue(scan, j, taken)
        if run is None:
            continue
        first, last = run
        if scan.tokens[first].start > 0 and scan.text[scan.tokens[first].start - 1] in "«“\"„(":
            continue
        if _initial(scan, first) and _common_start(scan, first):
            continue
        if not ruler and _thing_after(scan, last):
            continue  # (hukumati is an org word itself)
        if ruler and not _ruler_name(scan, first, last):
            continue
        runs.append((first, last))
        taken.update(range(first, last + 1))
    return runs


def find_persons(scan: Scan) -> list[Candidate]:
    """Person candidates with nominative full names (value {"name"})."""
    out: list[Candidate] = []
    tokens = scan.tokens
    n = len(tokens)
    taken: set[int] = set()
    patronymics = scan.lex.patronymics.get(scan.tag, frozenset())

    def add(first: int, last: int, name: str, surname: str) -> None:
        out.append(Candidate("PERSON", tokens[first].start, tokens[last].end, {"name": name},
                             RANK, {"surname": fold(surname)}))
        taken.update(range(first, last + 1))

    flags = getattr(scan, "_caps", None)  # every rule starts at a capitalised word
    caps = [i for i, c in enumerate(flags) if c] if flags is not None else [i for i in range(n) if scan.cap(i)]
    # K) well-known people by their full name (Си Цзиньпин, Режеп Таййиб Эрдўғон)
    known_heads = scan.lex.known_full
    prefixes = _known_by_prefix(scan) if scan.tag == "ru" else {}
    for i in caps:
        if i not in taken and (scan.folded[i] in known_heads or scan.folded[i][:4] in prefixes):
            _known_full(scan, i, add)
    for i in caps:
        if i >= n - 1:
            break
        if i in taken or not scan.adjacent(i, i + 1):
            continue
        if _after_open_quote(scan, i):
            continue  # ``Поляна Квасова'': the title of a work or brand
        # A0) first name + particle or honorific + name (Людвиг ван Бетховен, Одилхон қори Юнусхон ўғли)
        if i + 2 < n and scan.folded[i + 1] in scan.lex.name_particles and not scan.cap(i + 1) \
                and scan.adjacent(i + 1, i + 2) and scan.cap(i + 2) and _is_first_name(scan, i) \
                and not _acronym(tokens[i + 2].text) and not _blocked(scan, i + 2):
            first, last = _extend(scan, i, i + 2)
            stem = surname_stem(scan, last) if last == i + 2 else None
            stem = stem or _plain_stem(scan, last)
            add(first, last, _name(scan, first, last, stem), stem)
            continue
        # A) first name [patronymic] surname (a word before a patronymic is a first name:
        # Гурбангулы Мяликгулыевич Бердымухамедов)
        if scan.tag == "ru" and _title_word(scan, i):
            continue  # Хокиму Тошкента: a position (guessed as a name), not a first name
        if scan.cap(i + 1) and (_is_first_name(scan, i) or (
                scan.tag == "ru" and scan.cap(i) and not _acronym(scan.tokens[i].text)
                and _PATRONYMIC.search(scan.folded[i + 1]) and scan.cap(i + 1))) and scan.cap(i + 1) and (
                not _blocked(scan, i + 1) or _place_byname(scan, i, i + 1)) \
                and not (scan.uzbek and _common_start(scan, i + 1)):  # (Kumar Amirlikning: a noun in -lik)
            j = i + 1
            if _PATRONYMIC.search(scan.folded[j]) and j + 1 < n and scan.cap(j + 1) and scan.adjacent(j, j + 1) \
                    and not _blocked(scan, j + 1) and not _place_derived(scan, j + 1) \
                    and not (scan.uzbek and _case_marked(scan, j + 1) and not surname_stem(scan, j + 1)):
                j += 1  # (Andrey Plenkovich Bryusselda: a surname in -ovich before a place)
            elif scan.folded[j] in scan.lex.name_particles and j + 1 < n and scan.cap(j + 1) \
                    and scan.adjacent(j, j + 1) and not _blocked(scan, j + 1):
                j += 1  # Abdulaziz Ol Saud
            elif not _case_marked(scan, j) and j + 1 < n and scan.adjacent(j, j + 1) and scan.cap(j + 1) \
                    and not _blocked(scan, j + 1) and _is_first_name(scan, j) \
                    and scan.folded[i] not in scan.lex.titles.get(scan.tag, ()) \
                    and (scan.uzbek or not _is_first_name(scan, j + 1)) and (j + 2 >= n or not scan.cap(j + 2)):
                j += 1  # Аҳмет Башар Шен: two first names + surname
            elif scan.uzbek and not _case_marked(scan, j) and j + 1 < n and scan.adjacent(j, j + 1) \
                    and scan.cap(j + 1) and not _acronym(scan.tokens[j + 1].text) and not _blocked(scan, j + 1) \
                    and not _place_derived(scan, j + 1) and not _thing_after(scan, j + 1) \
                    and not surname_stem(scan, j) and (j + 2 >= n or not scan.cap(j + 2)) \
                    and not scan.stem_in(j + 1, scan.lex.not_person_words.get(scan.tag, frozenset())) \
                    and not _common_start(scan, j + 1) \
                    and any(a.slots == ("case",) and a.suffixes[-1] in _GENITIVE for a in scan.analyses(j + 1)):
                j += 1  # Юсуф Хос Ҳожибнинг (фикрича): a given name and two more words in the genitive
            sur = surname_stem(scan, j)
            if sur is None and (_initial(scan, i) and not _title_before(scan, i)):
                if not (scan.tag == "en" and _is_first_name(scan, i)) and not _russian_subject(scan, i, j) \
                        and not _russian_initial_name(scan, i, j) \
                        and not (j > i + 1 and _PATRONYMIC.search(scan.folded[i + 1])) \
                        and not (scan.uzbek and _is_first_name(scan, i) and not _common_start(scan, i)
                                 and not _lower_elsewhere(scan, j)):
                    continue
            if sur is None and _is_first_name(scan, j, known_only=True) and not scan.uzbek \
                    and (_initial(scan, i) or i == 0 or not scan.tokens[i - 1].text.islower()):
                continue  # Мэри Том хотел: two people (but капитан Джеймс Деннис: one)
            first, last = _extend(scan, i, j)
            if first == i and i > 0 and i - 1 not in taken and scan.adjacent(i - 1, i) and scan.cap(i - 1) \
                    and (scan.tag != "en" or _is_first_name(scan, i - 1)) \
                    and not _blocked(scan, i - 1) and not _case_marked(scan, i - 1) \
                    and not _place_derived(scan, i - 1) \
                    and not _title_word(scan, i - 1) and not surname_stem(scan, i - 1) \
                    and not (scan.uzbek and _common_start(scan, i - 1)) \
                    and (_is_first_name(scan, i - 1) or not _initial(scan, i - 1)) \
                    and not (scan.tag == "ru" and "Name" not in scan.parses(i - 1)[0].tag):
                first = i - 1  # Аҳмет Башар Шен
            if last != j:
                sur = None
            last_stem = sur or _plain_stem(scan, last)
            add(first, last, _name(scan, first, last, last_stem), last_stem)
            continue
        # A2) unknown first name + strongly shaped surname: Bakhodir Alimov
        if (scan.cap(i) and not _acronym(scan.tokens[i].text) and not _blocked(scan, i)
                and (not _initial(scan, i) or (scan.uzbek and not _common_start(scan, i)))
                and not _STRONG_SURNAME.search(fold(surname_stem(scan, i) or ""))  # (Mukhsin, Kevin: -in)
                and not _CASE_ENDING.search(scan.folded[i])):
            sur = surname_stem(scan, i + 1)
            if sur and _STRONG_SURNAME.search(fold(sur)) and not _blocked(scan, i + 1) and not (
                    scan.tag == "ru" and (_russian_common(scan, i) or _russian_common(scan, i + 1))):
                add(i, i + 1, _name(scan, i, i + 1, sur), sur)
                continue
        # B) surname first name [patronymic]
        sur = surname_stem(scan, i)
        # B2) official lists: surname + any first name + patronymic (Ғойибов Мақсуджон Ҳомидович,
        # Каримов Жасур Бахтиёр ўғли): the patronymic vouches for the first name
        if sur and sur == tokens[i].text and _STRONG_SURNAME.search(fold(sur)) and i + 2 < n \
                and scan.cap(i + 1) and scan.adjacent(i + 1, i + 2) and not _acronym(tokens[i + 1].text):
            j = None
            if scan.cap(i + 2) and (_PATRONYMIC.search(_bare_folded(scan, i + 2)) or scan.uzbek and any(
                    _PATRONYMIC.search(fold(st)) for st in scan.stems(i + 2))):
                j = i + 2
            elif i + 3 < n and scan.cap(i + 2) and scan.adjacent(i + 2, i + 3) and (
                    scan.folded[i + 3] in patronymics or any(fold(st) in patronymics for st in scan.stems(i + 3))):
                j = i + 3
            if j is not None:
                last_word = tokens[j].text
                if scan.uzbek:
                    stem = next((a.stem for a in scan.analyses(j) if fold(a.stem) in patronymics
                                 or _PATRONYMIC.search(fold(a.stem))), None)
                    last_word = stem or _plain_stem(scan, j)
                words = [tokens[m].text for m in range(i, j)] + [last_word]
                name = _russian_nominative(words) if scan.tag == "ru" else " ".join(words)
                add(i, j, name, sur)
                continue
        if sur and _is_first_name(scan, i + 1) and sur == tokens[i].text and not (
                scan.tag == "ru" and not _STRONG_SURNAME.search(fold(sur))
                and not morph_analyzer().word_is_known(sur)):  # Тошкента: a guessed Surn reading
            j = i + 1
            if j + 1 < n and scan.adjacent(j, j + 1) and (
                    _PATRONYMIC.search(scan.folded[j + 1]) or scan.folded[j + 1] in patronymics):
                j += 1
            j = _extend(scan, i, j)[1]
            words = [tokens[m].text for m in range(i, j)] + [_plain_stem(scan, j)]
            name = _russian_nominative(words) if scan.tag == "ru" else " ".join(words)
            add(i, j, name, sur)
    # C) initials: Ш.Мирзиёев, Sh. Mirziyoyev
    starts: dict[int, int] = {}
    for m in _INITIALS.finditer(scan.text):
        if not starts:
            starts = {t.start: t.i for t in tokens}
        j = starts.get(m.end())
        if j is None or j in taken:
            continue
        sur = surname_stem(scan, j)
        if sur is None and scan.tag == "en" and scan.folded[j] in scan.lex.first_names.get("en_surnames", ()) \
                and not _blocked(scan, j):
            sur = tokens[j].text  # J. Smith
        if sur is None and scan.tag != "en" and "\n" not in m.group(0) and _initialled_word(scan, j):
            sur = _plain_stem(scan, j)  # А. Новак, G. Pereyru: any name word after initials
        if sur is None:
            continue
        first = starts.get(m.start())
        if first is None:
            continue
        initials = m.group(1)
        name = initials + (_russian_nominative([sur]) if scan.tag == "ru" else sur)
        out.append(Candidate("PERSON", m.start(), tokens[j].end, {"name": name}, RANK,
                             {"surname": fold(sur)}))
        taken.update(range(first, j + 1))
    # S) three short capitalised syllables: East Asian names (Пан Ги Мун, Ким Чен Ын, Pan Gi Mun)
    for i in caps:
        if i >= n - 2:
            break
        if not (scan.cap(i + 1) and scan.cap(i + 2)) or len(tokens[i + 1].text) > 4:
            continue  # cheap checks first: most tokens are no part of three short capitals
        if any(k in taken for k in (i, i + 1, i + 2)) or not _syllable_name(scan, i):
            continue
        stem = _plain_stem(scan, i + 2)
        add(i, i + 2, " ".join([tokens[i].text, tokens[i + 1].text, stem]), stem)
    # Y) a capitalised run of two or three words followed by life years: Газанфер Бильге (1924 -- 2008)
    for i in (caps if _LIFE_YEARS.search(scan.text) else ()):
        if i >= n - 1:
            break
        if i in taken:
            continue
        last = i
        while last + 1 < n and last - i < 2 and scan.adjacent(last, last + 1) and scan.cap(last + 1) \
                and last + 1 not in taken:
            last += 1
        if last == i or not _life_years_after(scan, last):
            continue
        if any(_acronym(scan.tokens[k].text) or _blocked(scan, k) or _place_derived(scan, k)
               or (_russian_common(scan, k) and "ADJF" in scan.parses(k)[0].tag) for k in range(i, last + 1)):
            continue  # Новая Зеландия (1907–1947): a dominion
        run = fold(scan.text[scan.tokens[i].start:scan.tokens[last].end])
        if run in scan.lex.countries.get(scan.tag, {}) or run in scan.lex.locations.get(scan.tag, {}):
            continue
        if i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not _initial(scan, i):
            continue
        add(i, last, _name(scan, i, last, _plain_stem(scan, last)), _plain_stem(scan, last))
    # E) a later surname-only mention takes the full name from the article (or, for a few
    # well-known people, from the known-persons table when the article never gives it)
    script_known = scan.lex.cache("known_persons_by_script").get(scan.script)
    if script_known is None:
        script_known = scan.lex.cache("known_persons_by_script")[scan.script] = {
            k: v for k, v in scan.lex.known_persons.items()
            if (k.isascii() or "ʻ" in k or "'" in k) == (scan.script == "Latn")}
    full = {}
    for c in out:
        if " " in c.value["name"] and c.extra.get("surname"):
            for key in _surname_keys(scan, c.value["name"].split()[-1]) | {c.extra["surname"]}:
                full.setdefault(key, c.value["name"])
    heads = scan.lex.cache("known_person_heads").get(scan.script)
    if heads is None:
        heads = scan.lex.cache("known_person_heads")[scan.script] = frozenset(k[:3] for k in script_known)
    heads = heads | {k[:3] for k in full}
    for i in caps:
        if i in taken or _acronym(scan.tokens[i].text) or scan.folded[i][:3] not in heads:
            continue  # cheap check first: no known or found surname starts like this word
        keys = _surname_keys(scan, scan.tokens[i].text, i)
        hit = next((k for k in keys if k in full), None)
        if hit and _name_before(scan, i) and i - 1 not in taken and not _common_start(scan, i - 1):
            continue  # Ferran Torres after Fernando Torres: another person's surname
        if hit:
            add(i, i, full[hit], hit)
            continue
        hit = next((k for k in keys if k in script_known), None)
        if hit and i + 1 < n and scan.folded[i + 1] in patronymics:
            hit = None  # Фозилхон Раҳмон ўғли: a father's name, not the president
        if hit:
            # GUIDE: a surname-only mention gets the full name only from the same article; the
            # table only says the word is a person: the name is the surname (nominative)
            words = script_known[hit].split()
            name = next((" ".join(words[k:]) for k in range(len(words)) if fold(" ".join(words[k:])) == hit),
                        None)
            written = next((a.stem for a in scan.analyses(i) if fold(a.stem) == hit), None)
            name = name or written or hit
            add(i, i, name, written or name)
    # D) title + surname: Президент Мирзиёев, мэр Собянин, Mr. Saito, Bosh vazir Sindzo Abe
    for i in caps:
        if i in taken:
            continue
        if not _title_before(scan, i) or i - 1 in taken:
            continue
        if _blocked(scan, i) and not (_honorific_before(scan, i) and not scan.function_word(i)
                                      and not scan.stem_in(i, scan.lex.countries.get(scan.tag, {}))):
            continue  # Mr. Kawasaki: after an honorific a city name is a surname
        if _russian_common(scan, i) and not _honorific_before(scan, i):
            continue  # министра Континентального Конгресса, председатель Президиума: no name
        if not scan.uzbek and i + 2 < n and scan.adjacent(i, i + 1) and _is_first_name(scan, i + 1) \
                and not _is_first_name(scan, i) and scan.cap(i + 2) and scan.adjacent(i + 1, i + 2):
            continue  # хокиму Тошкента Шавкату Умурзакову: the name starts at the first name
        near = _title_right_before(scan, i)
        sur = surname_stem(scan, i)
        strong = sur and (_STRONG_SURNAME.search(fold(sur)) or (
            scan.tag == "ru" and any("Surn" in p.tag for p in scan.parses(i)[:2])))
        if strong:
            name = _russian_nominative([sur]) if scan.tag == "ru" else sur
            add(i, i, name, name)
            continue
        if scan.script == "Cyrl" and tokens[i].text.isascii() and not _is_first_name(scan, i):
            continue  # директор Siemens Energy: a Latin company name after a title, no person
        over_body = not near and _title_over_body(scan, i)
        if not near and not over_body:
            continue  # Minister of Economy: the title must stand right before the name
        last = i
        while last + 1 < n and last - i < 2 and scan.adjacent(last, last + 1) and scan.cap(last + 1) \
                and not _case_marked(scan, last) and not _blocked(scan, last + 1) and last + 1 not in taken \
                and not _russian_common(scan, last + 1) and not (scan.uzbek and _common_start(scan, last + 1)):
            last += 1  # (tadbirkori Balvinter Saxani Amirlikning: a common noun in -lik ends the name)
        if over_body and (last == i or _acronym(tokens[last].text)):
            continue  # директор ВОЗ Тедрос Адханом Гебрейесус: two or three name words only
        if last == i and not _honorific_before(scan, i) and (_geographic(scan, i) or scan.uzbek) and not (
                scan.uzbek and near and _lone_name_after_title(scan, i)):
            continue  # академик Жалолиддин: in Uzbek one word after a position is no name
        if _thing_after(scan, last):
            continue  # хоним Мўйи Муборак мадрасасида: the name of a building, not a person
        first, last = _extend(scan, i, last)
        stem = _plain_stem(scan, last)
        add(first, last, _name(scan, first, last, stem), stem)
    # T) Russian/English: a pair of capitalised words before a comma and a position (Hakan
    # Fidan, Turkey's foreign minister; Хакан Фидан, министр иностранных дел Турции)
    if scan.tag in ("en", "ru") and "," in scan.text:
        _appositive_titles(scan, caps, taken, add)
    # F) a first name alone: Tom, Мэри, Марии (not inside another mention's words)
    for i in ([] if scan.uzbek else caps):
        if i in taken or _blocked(scan, i):
            continue
        if i + 1 < n and scan.adjacent(i, i + 1) and scan.cap(i + 1) and not _blocked(scan, i + 1):
            continue  # part of a longer capitalised run nobody understood
        if scan.tag == "ru" and i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) \
                and "ADJF" in scan.parses(i - 1)[0].tag:
            continue  # Младшей Эдде, Новой Зеландии: a name of something else
        tok = tokens[i]
        if tok.start > 0 and scan.text[tok.start - 1] in "«“\"„":
            continue  # “Ҳасанбой” масжиди, «Иннопром. ...»: a quoted name of something else
        if scan.tag == "ru" and _in_place(scan, i):
            continue  # в Анталии: a place
        if scan.tag == "en" and i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) \
                and not _initial(scan, i - 1) and not _title_before(scan, i):
            continue  # the channel Possible Boris: a capitalised run nobody understood
        given = _given_name(scan, i) or (_russian_surname(scan, i) if scan.tag == "ru" else None) \
            or (_english_surname(scan, i) or _english_capitalised(scan, i) if scan.tag == "en" else None)
        if given:
            last = _extend(scan, i, i)[1]  # Пётр I, Louis XIV
            name = " ".join([given] + [scan.tokens[k].text for k in range(i + 1, last + 1)])
            first = i
            k = i - 1
            if scan.tag == "ru" and k > 0 and k not in taken and scan.adjacent(k, i) and scan.cap(k) \
                    and not _initial(scan, k) and not _acronym(scan.tokens[k].text) \
                    and scan.tokens[k].text.isalpha() and not _known_word(scan, k) and not _blocked(scan, k) \
                    and not _place_derived(scan, k) and not _title_word(scan, k) \
                    and scan.parses(i)[0].tag.case != "nomn":
                first = k  # Сайид Ахмадом: an unknown first word stays as written
                listed = _listed_oblique([scan.tokens[k].text, scan.tokens[i].text],
                                         _cyrillic_names(scan))
                name = f"{listed[1] if listed else scan.tokens[k].text} {name}"  # (Сардором -> Сардор)
            add(first, last, name, given)
    # H) Uzbek: a surname alone inside a sentence (Qosimov, Ҳамроқуловнинг), not a place
    if scan.uzbek:
        for i in caps:
            if i in taken or _blocked(scan, i):
                continue
            if _initial(scan, i) and not _initial_surname(scan, i):
                continue
            if (i > 0 and not _initial(scan, i) and scan.cap(i - 1) and scan.adjacent(i - 1, i)
                    and not _acronym(scan.tokens[i - 1].text)) or (
                    i + 1 < n and scan.cap(i + 1) and scan.adjacent(i, i + 1)
                    and not (_blocked(scan, i + 1) or _place_derived(scan, i + 1))) or _place_derived(scan, i):
                continue  # but Shimirbayev Olmaota hokimi..., IIV Ahmedov: a place or acronym beside
            sur = surname_stem(scan, i)
            if sur and _STRONG_SURNAME.search(fold(sur)) and not _thing_after(scan, i) \
                    and not _after_open_quote(scan, i):  # "Самаркандский вестник"
                add(i, i, sur, sur)
    # P) Uzbek: a name marked by a person cue (Рукийнинг сўзларига кўра, — dedi Berri)
    if scan.uzbek:
        for first, last in _cued_runs(scan, set(taken)):
            stem = _plain_stem(scan, last)
            add(first, last, " ".join([tokens[k].text for k in range(first, last)] + [stem]), stem)
    # G) Uzbek: a pair of capitalised words inside a sentence that is no place, body or brand
    # (Kristiano Ronaldu, Олив Жиру): foreign names the first-name lists do not know
    if scan.uzbek:
        for i in caps:
            j = i + 1
            if i == 0 or j >= n:
                continue
            if i in taken or j in taken or not scan.cap(j) or not scan.adjacent(i, j):
                continue
            if _initial(scan, i) or (scan.cap(i - 1) and scan.adjacent(i - 1, i) and not (
                    _initial(scan, i - 1) and _common_start(scan, i - 1))):
                continue  # (but Тарихчи Фидел Кастро: after a sentence's common first word)
            if j + 1 < n and scan.cap(j + 1) and scan.adjacent(j, j + 1):
                continue
            if scan.text[scan.tokens[i].start - 1] in "«“\"„(" or _thing_after(scan, j):
                continue
            if any(_blocked(scan, k) or _place_derived(scan, k) or len(scan.tokens[k].text) < 3
                   for k in (i, j)) or _case_marked(scan, i):
                continue
            if any(scan.stem_in(k, scan.lex.known_org_words) for k in (i, j)):
                continue
            if any(_product_like(scan, k) for k in (i, j)):
                continue  # Fold OLEDʼda, ErgoSense Bluetooth: a device or product
            if any(scan.stem_in(k, scan.lex.not_person_words.get(scan.tag, frozenset())) for k in (i, j)) \
                    or _common_start(scan, i):
                continue  # Хатми Қуръон, Муборак Рамазон, Пайғамбаримиз Муҳаммад: common words
            stem = _plain_stem(scan, j)
            pair = fold(f"{scan.tokens[i].text} {stem}")
            lex = scan.lex
            if pair in lex.countries.get(scan.tag, {}) or pair in lex.locations.get(scan.tag, {}) or any(
                    fold(f"{scan.tokens[i].text} {a.stem}") in lex.countries.get(scan.tag, {})
                    for a in scan.analyses(j)):
                continue  # Yangi Zelandiya, Saudiya Arabistoniga: a country
            if any("plural" in a.slots or _COMMON_ENDING.search(fold(a.stem))
                   or a.slots and a.suffixes[-1] in _NOT_PERSON_CASES for a in scan.analyses(j)):
                continue  # Қуролли Кучларимизда: a common noun phrase
            add(i, j, f"{scan.tokens[i].text} {stem}", stem)
    # F2) Uzbek Latin: an English given name alone inside a sentence (Jared, Sami)
    if scan.tag == "uz-Latn":
        _foreign_given_names(scan, caps, taken, add)
    # L) a list of single names, as in a line-up (Sterling (29), Martines (30), Rouz (45))
    _name_lists(scan, taken, add, caps)
    # R) every other mention of a name found above, before or after it (Director Tanaka ...
    # It's Tanaka; Messi ... Messini): the article's fullest name for that surname
    _repeated_mentions(scan, out, taken, add)
    return [c for c in out if not _eponym(scan, c)]


_EPONYM_WORDS = frozenset({"номидаги", "nomidagi", "номли", "nomli"})


def _eponym(scan: Scan, c: Candidate) -> bool:
    """The person names a body or place (Алишер Навоий номидаги театр): part of that name."""
    m = scan.text[c.end:c.end + 12].split(maxsplit=1)
    return bool(m) and fold(m[0]) in _EPONYM_WORDS and scan.text[c.end:c.end + 1].isspace()


_LIST_GAP = re.compile(r"\s*(\(\d{1,3}(?:\+\d)?[’'′]?\))?\s*(?:[,;]|\s[–—-]|\s(?:va|ва|и|and)\s)\s*")
_LAST_NUMBER = re.compile(r"\s*\(\d{1,3}(?:\+\d)?[’'′]?\)")


_AFTER_TEAM = re.compile(r"[\w»”\"][ \t]?[–—-][ \t]?$")


def _after_team_colon(scan: Scan, k: int) -> bool:
    """Token k follows a team (a place or body word) and a colon: Barselona: ter Shtegen, ..."""
    t = k - 1
    while t >= 0 and not scan.cap(t) and k - t <= 2:
        t -= 1  # (ter Shtegen: a lower-case particle before the first name)
    if t < 0 or not re.fullmatch(r"[»”\"]?:\s*", scan.gap(t, t + 1)):
        return False
    return bool(_blocked(scan, t) or _place_derived(scan, t) or scan.stem_in(t, scan.lex.known_org_words))


def _list_item(scan: Scan, k: int) -> bool:
    """Token k may be one name in a list: a capitalised word, no acronym, place or body word."""
    tok = scan.tokens[k].text
    memo = _memo(scan, "list_item")  # a function of the word alone
    got = memo.get(tok)
    if got is None:
        got = memo[tok] = _list_word(scan, k)
    return got


def _list_word(scan: Scan, k: int) -> bool:
    tok = scan.tokens[k].text
    if len(tok) < 3 or not tok[:1].isupper() or not tok[1:].replace("-", "").isalpha() or tok.isupper():
        return False
    if _blocked(scan, k) or _place_derived(scan, k) or _product_like(scan, k):
        return False
    words = scan.lex.not_person_words.get(scan.tag)
    return not (words and scan.stem_in(k, words)) and not scan.stem_in(k, scan.lex.known_org_words)


def _name_lists(scan: Scan, taken: set[int], add: Any, caps: list[int]) -> None:
    """Lists of three or more names (one or two capitalised words each) joined by commas or
    dashes: all of them people when each is followed by a number in brackets (minutes or shirt
    numbers), when the list follows a team and a dash (Latsio – Strakosha, Radu, Uolles), or
    when at least half of them are already known as names or have a surname's shape."""
    tokens = scan.tokens
    n = len(tokens)
    text = scan.text
    starts: dict[int, int] | None = None

    def item_end(k: int) -> int:
        """The last token of the list item starting at k (Mauro Junior: two words)."""
        if k in taken:  # a name found before: its last word
            while k + 1 < n and k + 1 in taken and scan.adjacent(k, k + 1):
                k += 1
            return k
        if k + 1 < n and scan.adjacent(k, k + 1) and scan.cap(k + 1) and k + 1 not in taken \
                and _list_item(scan, k + 1):
            return k + 1
        return k

    if text.count(",") + text.count("–") < 2:
        return
    done = -1
    for i in caps:
        if i <= done:
            continue
        if not (_LIST_GAP.match(text, tokens[i].end) or i + 1 < n and scan.adjacent(i, i + 1)
                and _LIST_GAP.match(text, tokens[i + 1].end)):
            continue  # cheap checks first: a list separator must follow the first word or two
        if not (i in taken or _list_item(scan, i)):
            continue
        last = item_end(i)
        if _LIST_GAP.match(text, tokens[last].end) is None:
            i = last + 1  # cheap checks first: a list separator must follow
            continue
        if starts is None:
            starts = {t.start: k for k, t in enumerate(tokens)}
        items = [(i, last)]
        numbered = True
        dashes = []
        while last + 1 < n:
            m = _LIST_GAP.match(text, tokens[last].end)
            nxt = starts.get(m.end()) if m else None
            if nxt is None or not (nxt in taken or (scan.cap(nxt) and _list_item(scan, nxt))):
                break
            numbered = numbered and m.group(1) is not None
            dashes.append("," not in m.group() and ";" not in m.group() and m.group().strip()[-1:] in "–—-")
            last = item_end(nxt)
            items.append((nxt, last))
        if numbered:
            numbered = bool(_LAST_NUMBER.match(text, tokens[last].end))
        done = last
        first_start = tokens[items[0][0]].start
        lineup = bool(_AFTER_TEAM.search(text, max(0, first_start - 4), first_start)) \
            or _after_team_colon(scan, items[0][0])
        if not lineup and len(items) >= 4 and dashes[0] and not any(dashes[1:3]):
            items = items[1:]  # the team before the dash is no player
            lineup = True
        if len(items) < 3:
            continue
        if not numbered and not lineup:
            m = _LIST_GAP.match(text, tokens[last].end)
            nxt = starts.get(m.end()) if m else None
            if nxt is not None and scan.cap(nxt):
                continue  # the list goes on with a body or a place (Ferrari, Maserati, Nike): no names
            names = scan.lex.first_names
            evidence = sum(1 for a, b in items if a in taken or surname_stem(scan, b)
                           or scan.folded[a] in names.get(scan.script, ())
                           or scan.folded[b] in names.get("en_surnames", ()))
            if evidence * 2 < len(items) or evidence < 2:
                continue
        for a, b in items:
            if a in taken or b in taken:
                continue
            before = text[:tokens[a].start].rstrip()[-1:]
            if numbered or lineup or not _initial(scan, a) or before in ":–—":
                # only the last name of a list carries the case (Koselni inside is a name)
                stem = _plain_stem(scan, b) if (a, b) == items[-1] else unglued(tokens[b].text)
                add(a, b, _name(scan, a, b, stem), stem)


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
        if stem is None or len(stem) < 4 or stem in words or _initial(scan, i) or _acronym(scan.tokens[i].text):
            continue
        if scan.adjacent(i - 1, i) and scan.cap(i - 1) and not (
                _initial(scan, i - 1) and _common_start(scan, i - 1)) \
                or i + 1 < n and scan.adjacent(i, i + 1) and scan.cap(i + 1):
            continue  # part of a longer capitalised run (but Kecha Jared: after a common first word)
        if _blocked(scan, i) or _place_derived(scan, i) or _after_open_quote(scan, i) or _thing_after(scan, i) \
                or _lower_elsewhere(scan, i) or scan.stem_in(i, scan.lex.known_org_words):
            continue
        word = _plain_stem(scan, i)
        add(i, i, word, word)


def _appositive_word(scan: Scan, k: int) -> bool:
    """Token k may be a word of a name with no other evidence: a capitalised alphabetic word,
    no acronym, place, title, organisation or (Russian) dictionary common word."""
    tok = scan.tokens[k].text
    if len(tok) < 2 or not tok.replace("-", "").isalpha() or not tok[1:].replace("-", "").islower():
        return False
    if _blocked(scan, k) or _place_derived(scan, k) or scan.stem_in(k, scan.lex.known_org_words) \
            or _title_token(scan, k) or _product_like(scan, k):
        return False
    if scan.tag == "en":
        return scan.folded[k] not in scan.lex.first_names.get("en_not_names", ())
    return not _russian_common(scan, k) and "ADJF" not in scan.parses(k)[0].tag


def _appositive_titles(scan: Scan, caps: list[int], taken: set[int], add: Any) -> None:
    """Two or three capitalised words, then a comma and, within four words, a title or
    position: the words are a person's name (Hakan Fidan, Turkey's foreign minister, ...)."""
    tokens = scan.tokens
    n = len(tokens)
    for i in caps:
        if i in taken or i + 2 >= n or not scan.adjacent(i, i + 1) or not scan.cap(i + 1):
            continue  # cheap checks first
        last = i + 1
        if last + 1 < n and scan.adjacent(last, last + 1) and scan.cap(last + 1):
            last += 1
        if last + 1 >= n or scan.gap(last, last + 1).strip() != ",":
            continue
        if i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not _initial(scan, i):
            continue  # part of a longer capitalised run
        if any(k in taken or not _appositive_word(scan, k) for k in range(i, last + 1)):
            continue
        titled = False
        for k in range(last + 1, min(n, last + 5)):
            if k > last + 1 and not scan.adjacent(k - 1, k) and scan.gap(k - 1, k).strip() not in ("'", "’"):
                break  # the position must follow in the same phrase
            if _title_token(scan, k):
                titled = True
                break
        if titled:
            stem = _plain_stem(scan, last)
            add(i, last, _name(scan, i, last, stem), stem)


def _name_before(scan: Scan, i: int) -> bool:
    """Token i follows a capitalised word that may be a given name (Ferran Torres), not a
    title, place, acronym or a sentence's common first word."""
    k = i - 1
    if k < 0 or not scan.adjacent(k, i) or not scan.cap(k) or _acronym(scan.tokens[k].text):
        return False
    if _title_word(scan, k) or _blocked(scan, k) or _place_derived(scan, k) or _honorific_before(scan, i):
        return False
    return not _initial(scan, k) or _is_first_name(scan, k)


def _repeated_mentions(scan: Scan, out: list[Candidate], taken: set[int], add: Any) -> None:
    """Add untaken capitalised tokens whose surname key is that of a person already found, and
    give single-word mentions found before the article's full name that name."""
    names: dict[str, str] = {}
    for c in out:
        key = c.extra.get("surname")
        if not key or len(key) < 3:
            continue
        name = c.value["name"]
        old = names.get(key)
        if old is None or ("." not in name, len(name.split())) > ("." not in old, len(old.split())):
            names[key] = name
    if not names:
        return
    for k, c in enumerate(out):  # a surname alone found before its full name (Bruch ... CEO Christian Bruch)
        full = names.get(c.extra.get("surname", ""))
        if full and " " in full and "." not in full and " " not in c.value["name"]:
            out[k] = Candidate(c.label, c.start, c.end, {"name": full}, c.rank, c.extra)
    heads = {k[:3] for k in names}
    tokens = scan.tokens
    for i in range(len(tokens)):
        if i in taken or scan.folded[i][:3] not in heads or not scan.cap(i) or _acronym(tokens[i].text):
            continue
        hit = next((k for k in _surname_keys(scan, tokens[i].text, i) if k in names), None)
        if hit is None or _blocked(scan, i) or _place_derived(scan, i) or _after_open_quote(scan, i):
            continue
        if i + 1 < len(tokens) and scan.adjacent(i, i + 1) and scan.cap(i + 1) \
                and not _acronym(tokens[i + 1].text):
            continue  # part of a longer capitalised run (another person or a body)
        add(i, i, names[hit], hit)


_NAME_CASES = ("", "нинг", "ning")


def names_over_places(scan: Scan, places: list[Candidate]) -> list[Candidate]:
    """Person names whose part is also a place name: `Алишер Навоий`, `Abu Rayhon Beruniy`
    (first names before the place word), `Хусан Вахобов` (a strong surname after it). The
    place word may carry no case but the genitive (Жасур Тошкентда: a man in a city)."""
    from bisect import bisect_left

    out = []
    tokens = scan.tokens
    n = len(tokens)
    for c in places:
        if c.label != "LOC":
            continue
        k = bisect_left(scan.starts, c.start)
        if k >= n or tokens[k].start != c.start or tokens[k].end != c.end or not scan.cap(k):
            continue
        if _initial(scan, k) and not (k + 1 < n and scan.adjacent(k, k + 1)):
            continue
        case = tokens[k].text[len(c.value.get("name", "")):] if tokens[k].text.startswith(
            c.value.get("name", "\0")) else None
        if case is None or fold(case) not in _NAME_CASES:
            continue
        first = k
        while first > 0 and k - first < 2 and scan.adjacent(first - 1, first) \
                and _is_first_name(scan, first - 1):
            first -= 1
        if first == k and not case and k + 1 < n and scan.adjacent(k, k + 1) \
                and scan.lex.person_cues.get(scan.tag, {}).get(scan.folded[k + 1]) == "work":
            out.append(Candidate("PERSON", c.start, c.end, {"name": c.value["name"]}, RANK,
                                 {"surname": fold(c.value["name"])}))  # Навоий асарларини: the poet
            continue
        if first < k:
            words = [tokens[m].text for m in range(first, k)] + [c.value["name"]]
            out.append(Candidate("PERSON", tokens[first].start, c.end, {"name": " ".join(words)},
                                 RANK, {"surname": fold(c.value["name"])}))
            continue
        if k + 1 < n and scan.adjacent(k, k + 1) and not _acronym(scan.tokens[k + 1].text):
            sur = surname_stem(scan, k + 1)
            if sur and _STRONG_SURNAME.search(fold(sur)):  # (a first name that is also a town)
                name = _russian_nominative([c.value["name"], sur]) if scan.tag == "ru" else f"{c.value['name']} {sur}"
                out.append(Candidate("PERSON", c.start, tokens[k + 1].end, {"name": name}, RANK,
                                     {"surname": fold(sur)}))
    return [c for c in out if not _eponym(scan, c)]
