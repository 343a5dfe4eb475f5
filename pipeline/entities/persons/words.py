"""Word-level tests for person names, memoised per word where the answer depends on the word
alone: first names, surname shapes, blocked words (places, titles, org words), titles before a
name, Uzbek case stripping, widening a name over particles and patronymics."""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from ..locations import morph_analyzer
from ...langdata.loader import word_list, word_list_section
from ..morph import fold
from ..scan import Scan

RANK = 3


def _memo(scan: Scan, name: str) -> dict[str, Any]:
    """A word memo shared by all texts of one tag and one reading (answers that depend on the
    word alone), fetched once per text. Kazakh, Kyrgyz and Tajik text read with the Russian
    rules answers differently from Russian (`Scan.russian`): its own memo, so that no record
    depends on the texts processed before it."""
    key = f"persons:{name}"
    got = scan.memo.get(key)
    if got is None:
        got = scan.memo[key] = scan.lex.cache(f"{key}:{scan.tag}:{scan.russian}")
        if len(got) > _MEMO_LIMIT:
            got.clear()  # bounded: a dozen memos per language must stay small on huge corpora
    return got


def _per_word(scan: Scan, name: str, i: int, answer: Callable[[Scan, int], bool]) -> bool:
    """`answer(scan, i)` for token i, kept per word form in the word memo `name` (`_memo`):
    for answers that depend on the word alone."""
    memo = _memo(scan, name)
    word = scan.tokens[i].text
    got = memo.get(word)
    if got is None:
        got = memo[word] = answer(scan, i)
    return got


_MEMO_LIMIT = 40_000
_HONORIFIC_HEADER = "# Uzbek titles of respect inside a name"


@cache
def honorifics() -> frozenset[str]:
    """The Uzbek titles of respect in `shared/name_particles.txt` (its last section, headed
    '# Uzbek titles of respect inside a name'), folded: written inside a name, no part of the
    name's value (Серикбай ҳожи Ораз -> Серикбай Ораз)."""
    return frozenset(map(fold, word_list_section("shared", "name_particles", _HONORIFIC_HEADER)))


def without_honorifics(name: str) -> str:
    """`name` without the lower-case honorifics inside it (GUIDE: the value is the name).

    >>> without_honorifics("Салоҳиддин домла Шарипов")
    'Салоҳиддин Шарипов'
    >>> without_honorifics("Turkiy ibn Abdulaziz")
    'Turkiy ibn Abdulaziz'
    """
    words = name.split(" ")
    if len(words) < 3:
        return name
    honor = honorifics()
    kept = [w for k, w in enumerate(words)
            if not (0 < k < len(words) - 1 and w[:1].islower() and fold(w) in honor)]
    return " ".join(kept)


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
_INITIALS = re.compile(  # (the leading look-ahead: a capital first, a cheap test at every offset)
    r"(?=[A-ZА-ЯЁЎҚҒҲ])(?<![\w.])((?:[A-ZА-ЯЁЎҚҒҲ][hHж]?[ʻ'‘’]?\.\s?){1,3})(?=[A-ZА-ЯЁЎҚҒҲ])"
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
    """pymorphy3's dictionary has token i (memoised per word); never in Kazakh, Kyrgyz or Tajik
    text read with the Russian rules (`Scan.russian`): pymorphy3 only guesses there."""
    if scan.tag == "ru" and not scan.russian:
        return False
    word = scan.tokens[i].text
    memo = _memo(scan, "known")
    got = memo.get(word)
    if got is None:
        got = memo[word] = morph_analyzer().word_is_known(word)
    return got


def _is_first_name(scan: Scan, i: int, *, known_only: bool = False) -> bool:
    """Token i is a listed first name (any script's spelling), an Uzbek listed name with an
    affectionate suffix, or (Russian) a pymorphy3 Name; memoised per word."""
    if not scan.cap(i):
        return False
    key = (scan.tokens[i].text, known_only, scan.source[:2].lower() == "tg")
    memo = scan.memo.get("persons:first") or _memo(scan, "first")
    got = memo.get(key)
    if got is None:
        got = memo[key] = _first_name_word(scan, i, known_only)
    if not got and scan.tag == "ru" and not scan.russian and not known_only:
        return _guessed_name(scan, i)
    return got


def _guessed_name(scan: Scan, i: int) -> bool:
    """Kazakh, Kyrgyz, Tajik text read with the Russian rules: a Russian first name pymorphy3
    knows (Владимир) counts; an unknown word it only guesses as a first name (Нурболот, Айсулуу)
    counts only before a surname-shaped word (Нурболот Үсөнбаев), not before any capital
    (Алматыда Денсаулық, Түркия Кыргызстанга)."""
    memo = _memo(scan, "guessed_name")
    word = scan.tokens[i].text
    got = memo.get(word)
    if got is None:
        if not morph_analyzer().word_is_known(word) and not (
                i + 1 < len(scan.tokens) and scan.cap(i + 1) and surname_stem(scan, i + 1) is not None):
            return False  # an unknown word counts only before a surname: no guessing parse (slow) else
        if _acronym(word) or not any("Name" in p.tag and "sing" in p.tag for p in scan.parses(i)[:2]):
            got = 0
        elif _tajik_izafat(scan, _bare_folded(scan, i)) and not morph_analyzer().word_is_known(word):
            got = 0  # Раиси, Ҳукумати: a noun in the izafat
        else:
            got = 2 if morph_analyzer().word_is_known(word) else 1
        memo[word] = got
    if got != 1:
        return got == 2
    return i + 1 < len(scan.tokens) and scan.cap(i + 1) and surname_stem(scan, i + 1) is not None


def _first_name_word(scan: Scan, i: int, known_only: bool) -> bool:
    if _acronym(scan.tokens[i].text):
        return False
    word = _bare_folded(scan, i)
    if scan.script == "Cyrl" and word.isascii():
        names = scan.lex.first_names.get("Latn", ())  # Christian Bruch inside Cyrillic text
    else:
        names = scan.lex.first_names.get(scan.script, ()) if scan.tag != "ru" else _cyrillic_names(scan)
    if word in names or scan.uzbek and (_dj_spelling(word) in names
                                        or any(v in names for v in uzbek_name_variants(word))):
        return True
    if scan.script == "Latn" and ("kh" in word or "zh" in word) and any(v in names for v in _kh_spellings(word)):
        return True  # Jakhongir, Zhasur: English letters mixed with Uzbek ones
    if scan.tag == "en" and word.count("-") == 1 and all(part in names for part in word.split("-")):
        return True  # John-Paul, Mary-Kate: two given names joined
    if scan.uzbek:
        m = _NAME_SUFFIX.search(word)
        if m and m.start() >= 3 and word[:m.start()] in names and not _blocked(scan, i) \
                and not _place_derived(scan, i):
            return True  # Одилхон, Ботиржон, Sardorbek: a listed name + an affectionate suffix (not Андижон)
    if scan.russian or scan.tag == "ru" and known_only:  # (Kazakh, Kyrgyz, Tajik: see _guessed_name)
        if (known_only or _tajik_izafat(scan, word)) and not morph_analyzer().word_is_known(scan.tokens[i].text):
            return False  # Клегг: a guessed Name parse is no evidence for a second first name
        return any("Name" in p.tag and "sing" in p.tag for p in scan.parses(i)[:2])
    return False


@cache
def world_names() -> frozenset[str]:
    """International given names in Latin script (`models/gazetteer/world_names.json`, built by
    `persons.build_names` from gender-guesser's name dictionary); empty when the file is absent."""
    from ...paths import MODELS_DIR

    path = MODELS_DIR / "gazetteer" / "world_names.json"
    if not path.exists():
        return frozenset()
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["Latn"])


def world_given(scan: Scan, i: int) -> bool:
    """Token i is an international given name (Gael, Yoshihito, Jo-Wilfried) that opens a
    two-word name: Latin script, English text, followed by one capitalised word that is no
    place, org word, title or acronym, no longer capitalised run on either side."""
    n = len(scan.tokens)
    if scan.tag != "en" or i + 1 >= n or not scan.cap(i + 1) or not scan.adjacent(i, i + 1):
        return False
    word = _bare_folded(scan, i)
    names = world_names()
    if word not in names and not (word.count("-") == 1 and all(
            p in names or p in scan.lex.first_names.get("Latn", ()) for p in word.split("-"))):
        return False
    if i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not _initial(scan, i) \
            and not _initial(scan, i - 1) and not _title_word(scan, i - 1):
        return False  # inside a longer capitalised run (National Gael Monfils Cup)
    if i + 2 < n and scan.adjacent(i + 1, i + 2) and scan.cap(i + 2) and scan.tokens[i + 2].text not in NAME_SUFFIXES:
        return False
    if _suffixed(scan, i + 1):
        return not _blocked(scan, i)  # James Kennedy Jr.: the suffix vouches for a surname spelled like a place
    lex = scan.lex
    if any(scan.folded[k] in lex.companies or scan.folded[k] in lex.company_words
           or scan.folded[k] in lex.known_org_words for k in (i, i + 1)):
        return False  # Nissan Leaf, Kia Sportage: a company's name
    return not (_acronym(scan.tokens[i].text) or _acronym(scan.tokens[i + 1].text) or _blocked(scan, i)
                or _blocked(scan, i + 1) or _place_derived(scan, i + 1) or _product_like(scan, i + 1))


def _suffixed(scan: Scan, j: int) -> bool:
    """English: token j is followed by a generational suffix with its dot (Kennedy Jr.): a
    surname, even one spelled like a place."""
    k = j + 1
    return scan.tag == "en" and k < len(scan.tokens) and scan.tokens[k].text in NAME_SUFFIXES \
        and scan.adjacent(j, k) and scan.text[scan.tokens[k].end:scan.tokens[k].end + 1] == "."


def _place_tail(scan: Scan, i: int) -> bool:
    """Token i ends a two- or three-word place name begun by the capitalised words before it
    (San Diego Union-Tribune, San Francisco Chronicle): no person starts at it."""
    if i == 0 or not scan.adjacent(i - 1, i) or not scan.cap(i - 1):
        return False
    places = scan.lex.locations.get(scan.tag, {})
    two = f"{scan.folded[i - 1]} {scan.folded[i]}"
    if two in places:
        return True
    return i >= 2 and scan.adjacent(i - 2, i - 1) and f"{scan.folded[i - 2]} {two}" in places


_RUSSIAN_SPELLING = str.maketrans("ҳқғўҲҚҒЎ", "хкгуХКГУ")


def _cyrillic_names(scan: Scan) -> frozenset[str]:
    """The Cyrillic first names plus the Russian spelling of the Uzbek ones (Ильҳом ->
    Ильхом, Ғайрат -> Гайрат, Ўткир -> Уткир), built once."""
    memo = _memo(scan, "cyrillic_names")
    got = memo.get("")
    if got is None:
        names = scan.lex.first_names.get("Cyrl", frozenset())
        russian = {n.translate(_RUSSIAN_SPELLING) for n in names}
        soft = {_SOFT_L.sub("ль", n) for n in russian if _SOFT_L.search(n)}  # Гулнора -> Гульнора
        got = memo[""] = names | russian | soft
    return got


# an Uzbek л before a consonant, which Russian spelling softens (Гулнора -> Гульнора, Дилшод -> Дильшод)
_SOFT_L = re.compile(r"(?<=[аеиоуэ])л(?=[бвгджзклмнпрстфхцчшщ])")


def _kh_spellings(word: str) -> tuple[str, ...]:
    """The Uzbek Latin readings of an English kh/zh spelling (х is x, ҳ is h; ж is j).

    >>> _kh_spellings("jakhongir")
    ('jaxongir', 'jahongir')
    """
    word = word.replace("zh", "j")
    return (word.replace("kh", "x"), word.replace("kh", "h")) if "kh" in word else (word,)


_ALLOH = re.compile(r"(?<=ул)лоҳ$|(?<=ul)loh$|(?<=ул)ло$|(?<=ul)lo$")
_UZ_TO_RU = str.maketrans("ҳқғў", "хкгу")


def uzbek_name_variants(word: str) -> tuple[str, ...]:
    """Other spellings of an Uzbek name as the lists may hold it: -уллоҳ/-улло as -улла
    (Хайруллоҳ, Abdulloh), ҳ as х in Cyrillic (Абдулҳамид: the Russian spelling), h as x in
    Latin (Abdulhamid: transliterated from that spelling).

    >>> uzbek_name_variants("хайруллоҳ"), uzbek_name_variants("abdulhamid"), uzbek_name_variants("anvar")
    (('хайрулла', 'хайруллох'), ('abdulxamid',), ())
    """
    out = []
    alla = _ALLOH.sub("ла" if word[:1] > "z" else "la", word)
    if alla != word:
        out.append(alla)
    other = word.translate(_UZ_TO_RU) if word[:1] > "z" else word.replace("h", "x") if "sh" not in word \
        and "ch" not in word else word
    if other != word:
        out.append(other)
    return tuple(out)


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
    if scan.tag != "ru" or not _known_word(scan, i):
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
    if scan.script != "Cyrl" or scan.tag == "ru" and not scan.russian:
        return False  # (Kazakh, Kyrgyz, Tajik: pymorphy3 only guesses Geox by analogy)
    return any("Geox" in p.tag for p in scan.parses(i)[:2])


def surname_stem(scan: Scan, i: int) -> str | None:
    """The nominative of token i if it looks like a surname (Собяниннинг → Собянин)."""
    memo = scan.memo.get("persons:surname") or _memo(scan, "surname")  # a function of the word alone
    word = scan.tokens[i].text
    if word in memo:
        return memo[word]
    got = memo[word] = _surname_stem(scan, i)
    return got


def _plural_surname(scan: Scan, i: int) -> str | None:
    """Uzbek: token i is a surname of strong shape in the plural, as the last of listed people
    takes it (Rustam Azimov, Elyor G‘aniyevlar; Ruslan Ibragimovlarning): its bare stem; memoised
    per word."""
    memo = _memo(scan, "plural_surname")
    word = scan.tokens[i].text
    if word not in memo:
        memo[word] = next((a.stem for a in scan.analyses(i) if "plural" in a.slots
                           and set(a.slots) <= {"case", "plural"} and _STRONG_SURNAME.search(fold(a.stem))), None)
    return memo[word]


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
             and (a.suffixes[-1] not in ("ни", "ni") or a.stem[-1:].lower() not in "аеиоуэюяўaeiou"
                  or scan.uzbek and _accusative_in(scan, a.stem))]
    # Gasperoni, not Gaspero + ni; Bantsinni is Bantsin + ni
    plural = _plural_name(scan, i) if scan.uzbek and ("лар" in word or "lar" in word) else None
    if plural:
        return plural  # Мирзо Улуғбеклар, Fransua Lakombelarni
    if scan.uzbek and stems and (len(stems[0].stem) >= 3 or len(stems[0].stem) == 2 and stems[0].suffixes[-1] in _SHORT_STEM_CASES):
        return stems[0].stem
    if scan.tag == "en" and len(scan.analyses(i)) > 1:
        return scan.analyses(i)[1].stem
    return scan.tokens[i].text


# case endings read off a two-letter East Asian name (Jon Kiga, Pak Kin Xening; not Zi + dan, Yum + ni)
_SHORT_STEM_CASES = frozenset({"ga", "га", "ning", "нинг"})


def _accusative_in(scan: Scan, stem: str) -> bool:
    """`_accusative_of(scan.text, stem)`, once per text and stem (every mention of a name in
    -ni asks it)."""
    key = ("accusative", stem)
    got = scan.memo.get(key)
    if got is None:
        got = scan.memo[key] = _accusative_of(scan.text, stem)
    return got


def _accusative_of(text: str, stem: str) -> bool:
    """Uzbek: a vowel-final stem + ni is an accusative (Kastroni: Kastro), not a name in -ni
    (Gasperoni), when the stem is a Russian feminine surname (Valovaya) or the text writes
    the stem without the ni elsewhere (Kastro, Kastroning, Kastroga).

    >>> _accusative_of("Kastroni tanqid qildi. Kastroning javobi", "Kastro")
    True
    >>> _accusative_of("Gasperoni keldi. Gasperonining jamoasi", "Gaspero")
    False
    >>> _accusative_of("Valovayani tabrikladi", "Valovaya")
    True
    """
    if stem.endswith(("aya", "ая")) and len(stem) > 4:
        return True
    at = text.find(stem)
    while at >= 0:
        rest = text[at + len(stem):at + len(stem) + 4]
        if not rest.startswith(("ni", "ни")) or rest.startswith(("ning", "нинг")):
            return True
        at = text.find(stem, at + 1)
    return False


def _plural_name(scan: Scan, i: int) -> str | None:
    """Uzbek: token i is a name word in the plural, as a listed name takes it (Мирзо
    Улуғбеклар, Lakombelarni): its bare stem of four letters or more (not Agilar)."""
    for a in scan.analyses(i):
        if "plural" in a.slots and set(a.slots) <= {"case", "plural"} and len(a.stem) >= 4 \
                and a.suffixes[-1] not in _NOT_PERSON_CASES:
            return a.stem
    return None


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


def _title_or_modifier(scan: Scan, i: int) -> bool:
    """Token i is a title (вазир, президент) or a region modifier (Janubiy, Северный)."""
    word = scan.folded[i]
    return word in scan.lex.titles.get(scan.tag, ()) or word in scan.lex.region_modifiers


def _stem_in_any(scan: Scan, i: int, *tables: str) -> bool:
    """Token i's stem is an entry of one of these lexicon tables (for the text's tag)."""
    lex = scan.lex
    return any(scan.stem_in(i, getattr(lex, name).get(scan.tag, {})) for name in tables)


# English abstract-noun endings: a Latin word so shaped is a common noun of a company's or
# product's name (Alpha Education, Smart Solutions), never part of a person's name
_EN_ABSTRACT = re.compile(r"^[a-z]{3,}(?:tion|sion|ness|ship|[a-z]{3}ment)s?$")
_EN_ABSTRACT_PART = re.compile(r"tion|sion|ness|ship|ment")


def _blocked_word(scan: Scan, i: int) -> bool:
    if scan.uzbek and _POSSESSED.search(scan.folded[i]):
        return True  # (Рамиз, Chingiz: too short a stem before the ending)
    if scan.script == "Latn" and _EN_ABSTRACT_PART.search(scan.folded[i]) and _EN_ABSTRACT.match(
            fold(_plain_stem(scan, i)) if scan.uzbek else scan.folded[i]):
        return True  # Alpha Educationni: an English common noun (the cheap substring test first)
    return _title_or_modifier(scan, i) or _stem_in_any(
        scan, i, "countries", "locations", "org_forms", "place_words")


def _after_open_quote(scan: Scan, i: int) -> bool:
    """Token i opens a quoted title (``Поляна Квасова'', «Анна Каренина»): a work or brand."""
    start = scan.tokens[i].start
    return start > 0 and scan.text[start - 1] in "«“\"„`"


# seven whitespace-separated words with no closing quote among them (the character classes
# are disjoint, so the match stops at the seventh word's first character: no backtracking)
_SEVEN_UNQUOTED_WORDS = re.compile(r"(?:[^\s»”\"“]+\s+){6}[^\s»”\"“]")


def _quoted_speech(scan: Scan, i: int) -> bool:
    """The quote opened right before token i runs on past six words (no closing quote within
    them): a quoted sentence that starts with a name ("Fidel Kastroning o‘limi ... kiritadi),
    not a short title (“Тўлқин Акром ўғли” жоме масжиди, «Анна Каренина»)."""
    return _SEVEN_UNQUOTED_WORDS.match(scan.text, scan.tokens[i].start) is not None


_LIFE_YEARS = re.compile(r"\s?\((?:[^()]{0,40}?[,;]\s?)?(?:род\.\s?|b\.\s?)?\d{3,4}\s?(?:--|[-–—])\s?\d{3,4}\)")
# the same without the optional space: some life years in a text (a search that starts with a
# literal bracket runs at C speed between brackets)
_LIFE_YEARS_IN_TEXT = re.compile(_LIFE_YEARS.pattern.removeprefix(r"\s?"))


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
    if scan.tag == "en" and _english_country_surname(scan, i, j):
        return True  # Robert Jordan’s death, Kevin Chad: a surname that is also a country
    if _title_or_modifier(scan, j) or _stem_in_any(
            scan, j, "countries", "org_forms", "place_words", "abbreviations"):
        return False
    if scan.tag == "ru" and morph_analyzer().word_is_known(scan.tokens[j].text):
        return any("ADJF" in p.tag for p in scan.parses(j)[:3])  # Иван Грозный, not Мария Москва
    return scan.folded[j] in scan.lex.locations.get(scan.tag, {})


@cache
def _country_names() -> frozenset[str]:
    """`langdata/en/person_country_names.txt`: country names English also uses as names."""
    return frozenset(word_list("en", "person_country_names"))


def _english_country_surname(scan: Scan, i: int, j: int) -> bool:
    """English: a listed English given name (token i, not after a determiner or another
    capital) before a country name that English also uses as a name
    (`langdata/en/person_country_names.txt`), in the nominative or the possessive (Robert
    Jordan’s, Michael Jordan): the surname. Called after `_place_byname`'s checks of i and
    the run's end."""
    word = scan.tokens[j].text
    key = fold(word[:-2] if word.endswith(("'s", "’s")) else word)
    names = scan.lex.first_names
    if key not in _country_names() or scan.folded[i] not in names.get("en", ()):
        return False
    return not (i > 0 and (scan.folded[i - 1] in ("the", "a", "an") or scan.adjacent(i - 1, i) and scan.cap(i - 1)))


def _english_country_given(scan: Scan, i: int) -> bool:
    """English: a country name English also uses as a given name (Chad, Jordan, Georgia) before
    a listed surname that is no common word, place or body word, the pair alone and not after a
    determiner or another capital (Chad Smith, not Jordan Valley or Georgia Power).

    >>> from pipeline.entities.names import NameExtractor
    >>> lex = NameExtractor().lexicon
    >>> [_english_country_given(Scan(t, "en", lex), 1) for t in ("drummer Chad Smith said", "the Jordan Valley")]
    [True, False]
    """
    n = len(scan.tokens)
    j = i + 1
    if scan.folded[i] not in _country_names() or j >= n or not scan.adjacent(i, j) or not scan.cap(j):
        return False
    word = scan.tokens[j].text
    key = fold(word[:-2] if word.endswith(("'s", "’s")) else word)
    if key not in scan.lex.first_names.get("en_surnames", ()) or key in scan.lex.not_single_names \
            or not word[1:].replace("’s", "").replace("'s", "").islower() or _blocked(scan, j):
        return False
    if j + 1 < n and scan.adjacent(j, j + 1) and scan.cap(j + 1):
        return False
    return not (i > 0 and (scan.folded[i - 1] in ("the", "a", "an") or scan.adjacent(i - 1, i) and scan.cap(i - 1)
                           and not (scan.sentence_initial(i - 1) or _title_or_modifier(scan, i - 1))))


def _syllable_name(scan: Scan, i: int) -> bool:
    """Tokens i..i+2 are three short capitalised words, two of them of at most three letters,
    standing alone (Пан Ги Мун, Ким Чен Ын): a Korean, Chinese or Vietnamese full name."""
    n = len(scan.tokens)
    run = (i, i + 1, i + 2)
    if not (scan.adjacent(i, i + 1) and scan.adjacent(i + 1, i + 2)):
        return False
    if i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not _initial(scan, i) \
            and not _acronym(scan.tokens[i - 1].text) and not _blocked(scan, i - 1) \
            and not _place_derived(scan, i - 1):  # ООН Пан Ги Мун, Кореи Ан Дук Гын: after an acronym or place
        return False
    if i + 3 < n and scan.adjacent(i + 2, i + 3) and scan.cap(i + 3):
        return False
    words = [scan.tokens[k].text for k in run]
    bare = [_plain_stem(scan, i + 2) if k == i + 2 else scan.tokens[k].text for k in run]
    if not all(w.isalpha() and w[:1].isupper() and (len(w) < 2 or w[1:].islower()) for w in words):
        return False
    if not all(2 <= len(b) <= 4 for b in bare) or sum(len(b) <= 3 for b in bare) < 2:
        return False
    if any(scan.function_word(k) or _blocked(scan, k) or _place_derived(scan, k) or _product_like(scan, k)
           or scan.stem_in(k, scan.lex.known_org_words) for k in run):
        return False
    return not _thing_after(scan, i + 2)  # (Sony Uk Ltd kompaniyasiga: a company)


def upper_surname(scan: Scan, j: int) -> str | None:
    """Uzbek: token j is a surname written in capitals, as a byline or signature spells it
    (Елена БОРИСОВА, Ш.МИРЗИЁЕВ, Dilnoza XOLMATOVA): its title-case form, when it has a
    surname's ending and is no country, place or organisation acronym.

    >>> upper_title("G‘ANIYEV"), upper_title("ХУДОЙБЕРДИЕВА"), upper_title("SHARIPOV-ALIYEV")
    ('G‘aniyev', 'Худойбердиева', 'Sharipov-Aliyev')
    """
    tok = scan.tokens[j].text
    if len(tok) < 5 or not tok.isupper() or not tok.replace("-", "").replace("‘", "").replace("ʻ", "").replace(
            "’", "").replace("'", "").isalpha():
        return None
    word = scan.folded[j]
    if not _STRONG_SURNAME.search(word) or _stem_in_any(scan, j, "countries", "locations", "org_forms") \
            or word in scan.lex.known_org_words:
        return None
    return upper_title(tok)


def upper_title(word: str) -> str:
    """A capitalised word in title case, each hyphen part alike (the okina stays)."""
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def _initialled_word(scan: Scan, j: int) -> bool:
    """Token j (after initials) may be a surname of any shape: a capitalised word, no
    acronym, place, title, organisation or common word (not С. Москва, Т. Гостиница)."""
    tok = scan.tokens[j].text
    if len(tok) < 3 or not tok[1:].replace("-", "").isalpha() or not tok[1:].islower() \
            or _blocked(scan, j) or _place_derived(scan, j) or scan.stem_in(j, scan.lex.known_org_words):
        return False
    if j + 1 < len(scan.tokens) and scan.adjacent(j, j + 1) and scan.cap(j + 1):
        return False  # part of a longer capitalised run
    if scan.uzbek:  # Uzbek: a nisba name (М. Беҳбудий, A. Qodiriy) or a word of 4+ letters (Х. Эрен
        # ўз нутқида) that is no common word: anonymised initials end sentences in crime news
        # (1987 yilda tug‘ilgan G‘. Ko‘p tarmoqli ...)
        return (any(_NISBA.search(fold(st)) for st in scan.stems(j)) or len(_plain_stem(scan, j)) >= 4) \
            and not scan.stem_in(j, scan.lex.not_person_words.get(scan.tag, frozenset())) \
            and not _thing_after(scan, j) and not _common_start(scan, j) and not _lower_elsewhere(scan, j)
    return scan.tag == "ru" and not _russian_common(scan, j)


_NISBA = re.compile(r"\w{3}(?:ий|iy)$")


def _place_derived(scan: Scan, i: int) -> bool:
    """Token i is a place word in any form, demonyms included (AQShlik, хитойлик)."""
    return _per_word(scan, "place", i, _place_word)


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
    form = scan.stem_in(k, forms)
    if form is not None and forms[form] == "title":
        form = None  # Rodriges haqida: "about", a document title's end only after quotes
    return bool(form or scan.stem_in(k, lex.place_words.get(scan.tag, {}))
                or scan.stem_in(k, lex.feature_words))


_POSSESSIVE_ENDS = ("si", "i", "си", "и")


def _maybe_title(scan: Scan, j: int) -> bool:
    """Cheap pre-check (a title's first letters) before parsing token j for a Russian title lemma
    or stemming it for an Uzbek one."""
    memo = _memo(scan, "title_heads")
    heads = memo.get("")
    if heads is None:
        titles = scan.lex.titles.get(scan.tag, ())
        if scan.tag == "ru":  # a Russian title keeps all but its last letters in any case (министр-а)
            heads = frozenset(t[:max(3, len(t) - 3)] for t in titles)
            heads = memo[""] = (heads, tuple(sorted({len(h) for h in heads})))
        else:
            heads = memo[""] = (frozenset(t[:3] for t in titles), (2, 3))
    word = scan.folded[j]
    prefixes, lengths = heads
    for k in lengths:
        if word[:k] in prefixes:
            return True
    return False


def _title_word(scan: Scan, j: int) -> bool:
    """Token j is a title or position (президент, rahbari, Mr.), not a name."""
    titles = scan.lex.titles.get(scan.tag, frozenset())
    if scan.folded[j] in titles or scan.folded[j] in _HONORIFICS:
        return True
    if not _maybe_title(scan, j):
        return False
    if scan.tag == "ru":
        return scan.russian and scan.parses(j)[0].normal_form in titles
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
        if scan.tag == "ru" and not scan.russian:
            got = scan.folded[j] in titles  # (kk, ky, tg: no lemma without a Russian parse)
        elif scan.tag == "ru":
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


def title_candidates(scan: Scan, caps: list[int]) -> list[int]:
    """The tokens of `caps` for which `_title_before` may hold: one of the two words before is
    a title by the memo, or not yet in it (a necessary condition, in one comprehension)."""
    get = (scan.memo.get("persons:title") or _memo(scan, "title")).get
    tokens = scan.tokens
    return [i for i in caps if i > 0 and (
        (g := get(tokens[i - 1][3])) or g is None or i > 1 and ((h := get(tokens[i - 2][3])) or h is None))]


_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "mister", "miss", "sir", "madam", "жаноб", "janob",
                         "хоним", "xonim", "господин", "госпожа", "мистер", "миссис"})


def _title_right_before(scan: Scan, i: int) -> bool:
    """The word right before token i is a title (Mr. Saito, President Putin, бош вазир Абе)."""
    j = i - 1
    if j < 0 or not scan.adjacent(j, i) and (scan.gap(j, i).strip() != "." or len(scan.folded[j]) > 4):
        return False  # (an abbreviation before its dot: Mr. Saito, Dr. Ahmed; not "speaker's. Where")
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


def _case_marked(scan: Scan, i: int) -> bool:
    """Token i carries an Uzbek case/possessive suffix (Trampning): a name ends there."""
    return scan.uzbek and _plain_stem(scan, i) != scan.tokens[i].text


_HYPHEN_PARTICLE = re.compile(r"^(?:al|as|ash|ad|ar|az|an|at|el|ul|ud|ибн|аль|ал|ас|аш|ад|ар|аз|ан|ат|ул|уд)-"
                              r"[A-ZА-ЯЁЎҚҒҲ][a-zа-яёўқғҳ'ʻ‘’]+$")


NAME_SUFFIXES = frozenset({"Jr", "Sr"})  # English generational suffixes, written with a dot


def patronymic(scan: Scan, k: int) -> bool:
    """Token k is an Uzbek patronymic word in any case (ўғли, қизининг, o‘g‘liga)."""
    word = scan.folded[k]
    pats = scan.lex.patronymics.get(scan.tag, ())
    if word in pats:
        return True
    return any(word.startswith(p) for p in pats) and any(fold(st) in pats for st in scan.stems(k))


def _extend(scan: Scan, first: int, last: int) -> tuple[int, int]:
    """Widen a name over particles (Turkiy ibn Abdulaziz Ol Saud), a Roman numeral (Karl III)
    and an Uzbek patronymic (Zohid Said o‘g‘li)."""
    tokens = scan.tokens
    n = len(tokens)
    particles = scan.lex.name_particles
    while last + 1 < n and scan.adjacent(last, last + 1) and not _case_marked(scan, last):
        nxt = last + 1
        if scan.folded[nxt] in particles and nxt + 1 < n and scan.adjacent(nxt, nxt + 1) \
                and not (scan.tag == "en" and scan.function_word(nxt)) \
                and scan.cap(nxt + 1) and not _blocked(scan, nxt + 1, upper=False) \
                and not _place_derived(scan, nxt + 1) and not tokens[nxt + 1].text[:2].isupper():
            last = nxt + 1
            continue
        if scan.tag == "en" and tokens[nxt].text in NAME_SUFFIXES and scan.text[tokens[nxt].end:tokens[nxt].end + 1] == ".":
            last = nxt  # Patrick Carlineo Jr.: a generational suffix
            break
        if _HYPHEN_PARTICLE.match(tokens[nxt].text):
            last = nxt  # Saboh al-Ahmad al-Jobir as Saboh
            continue
        if _ROMAN.match(tokens[nxt].text):
            if scan.tag == "en" and tokens[nxt].text == "I" and nxt + 1 < n and scan.adjacent(nxt, nxt + 1) \
                    and tokens[nxt + 1].text[:1].islower():
                break  # tell Tom I needed: the pronoun, not a regnal numeral
            last = nxt
        elif patronymic(scan, nxt):
            last = nxt
        elif scan.cap(nxt) and nxt + 1 < n and scan.adjacent(nxt, nxt + 1) \
                and patronymic(scan, nxt + 1) and not _blocked(scan, nxt):
            last = nxt + 1
        break
    while first >= 2 and scan.folded[first - 1] in particles and not scan.cap(first - 1) \
            and scan.adjacent(first - 1, first) and scan.adjacent(first - 2, first - 1) \
            and scan.cap(first - 2) and not _blocked(scan, first - 2):
        first -= 2
    return first, last


# agentive endings of Uzbek common nouns for people (tahlilchi, tadbirkor, amaldor, tarixshunos)
_AGENT_ENDING = re.compile(r"(?:chi|kor|dor|shunos|lik|чи|кор|дор|шунос|лик)$")  # and -lik bodies (Vazirlik)
_GENITIVE = frozenset({"ning", "нинг"})


def _lower_elsewhere(scan: Scan, j: int) -> bool:
    """Token j (any suffix) is also written in lower case in the text: a common word."""
    stems = {fold(st) for st in scan.stems(j) if len(st) >= 4}
    words = scan.__dict__.get("_person_lower_words")
    if words is None:
        words = scan.__dict__["_person_lower_words"] = {
            fold(w) for w in re.findall(r"(?<![\w'ʻ‘’])[a-zа-яёўқғҳ][\w'ʻ‘’]*", scan.text)}
    return any(w.startswith(st) for st in stems for w in words if w[:3] == st[:3])


def _common_start(scan: Scan, k: int) -> bool:
    """A sentence-initial capital that is a common noun or pronoun (Vazirning, Ularning,
    Tadbirkorning) rather than a name."""
    return _per_word(scan, "common", k, _common_word)


_ABSTRACT_NOUN = re.compile(r"\w{3}(?:lik|лик|ligi|лиги)$")


def _common_noun(scan: Scan, k: int) -> bool:
    """Token k is an Uzbek common noun no surname can be: a listed common word, a title or an
    abstract noun in -lik (Amirlikning), in any case form; unlike `_common_start`, agentive
    -chi and plurals stay possible (Beluchchi, Klintonlar)."""
    words = scan.lex.not_person_words.get(scan.tag, frozenset())
    titles = scan.lex.titles.get(scan.tag, frozenset())
    return any(low in words or low in titles or _ABSTRACT_NOUN.search(low)
               for low in (fold(st) for st in scan.stems(k)))


def _common_word(scan: Scan, k: int) -> bool:
    words = scan.lex.not_person_words.get(scan.tag, frozenset())
    titles = scan.lex.titles.get(scan.tag, frozenset())
    named = None  # a listed first name ending like a plural or an agent noun (Hillari, Valeri)
    for stem in scan.stems(k):
        low = fold(stem)
        if low in words or low in titles:
            return True
        if _AGENT_ENDING.search(low) or _COMMON_ENDING.search(low):
            if named is None:
                named = _is_first_name(scan, k, known_only=True)
            if not named:
                return True
    return False
