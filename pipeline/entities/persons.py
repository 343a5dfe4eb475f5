"""Person mentions: first name + surname, surname + first name, initials, title + surname,
and later surname-only mentions resolved to the article's full name."""
from __future__ import annotations

import re

from .locations import morph_analyzer
from .morph import fold
from .scan import Candidate, Scan

RANK = 3
# endings that make a capitalised word a surname even without a known first name before it
_STRONG_SURNAME = re.compile(
    r"(?:ов|ев|ёв|ова|ева|ёва|ский|ская|енко|швили|дзе|зода|заде|ov|ev|yev|yov|ova|eva|yeva|yova"
    r"|skiy|sky|skaya|enko|shvili|dze|zoda|zade)$")
_CASE_ENDING = re.compile(r"(?:нинг|ning|да|da|дан|dan|га|ga|ни|ni|даги|dagi)$")
_PATRONYMIC = re.compile(r"(?:ович|евич|овна|евна|ична|инична|ovich|evich|yevich|ovna|evna)$")
_INITIALS = re.compile(
    r"(?<![\w.])((?:[A-ZА-ЯЁЎҚҒҲ][hH]?[ʻ'‘’]?\.\s?){1,2})(?=[A-ZА-ЯЁЎҚҒҲ])"
)


def _is_first_name(scan: Scan, i: int) -> bool:
    if not scan.cap(i) or scan.tokens[i].text.isupper():
        return False
    if scan.folded[i] in scan.lex.first_names.get(scan.script, ()):
        return True
    if scan.tag == "ru":
        return any("Name" in p.tag for p in scan.parses(i)[:2])
    return False


def _has_ending(scan: Scan, word: str) -> bool:
    low = fold(word)
    return any(low.endswith(e) and len(low) > len(e) + 1 for e in scan.lex.surname_endings[scan.script])


def _geographic(scan: Scan, i: int) -> bool:
    """pymorphy3 knows token i (Cyrillic) as a place name (Саратов, not a surname)."""
    if scan.script != "Cyrl":
        return False
    return any("Geox" in p.tag for p in scan.parses(i)[:2])


def surname_stem(scan: Scan, i: int) -> str | None:
    """The nominative of token i if it looks like a surname (Собяниннинг → Собянин)."""
    if not scan.cap(i) or scan.tokens[i].text.isupper():
        return None
    if scan.uzbek and scan.folded[i] in scan.lex.first_names.get(scan.script, ()):
        return None  # Нуриддин, Жалолиддин: first names in -ин
    if _geographic(scan, i):
        return None
    stems = [a.stem for a in scan.analyses(i) if set(a.slots) <= {"case"}]
    shaped = [s for s in stems if _has_ending(scan, s)]
    if shaped:
        return max(shaped, key=len)
    if scan.tag == "ru" and any("Surn" in p.tag for p in scan.parses(i)[:2]):
        return scan.tokens[i].text
    return None


def _plain_stem(scan: Scan, i: int) -> str:
    """Token i without a case suffix (for non-surname-shaped last names)."""
    stems = [a for a in scan.analyses(i) if a.slots and set(a.slots) <= {"case"}
             and a.suffixes[-1] not in ("ни", "ni")]  # Gasperoni, not Gaspero + ni
    if scan.uzbek and stems and len(stems[0].stem) >= 3:
        return stems[0].stem
    if scan.tag == "en" and len(scan.analyses(i)) > 1:
        return scan.analyses(i)[1].stem
    return scan.tokens[i].text


def _blocked(scan: Scan, i: int) -> bool:
    """Token i cannot be part of a person name (a place, country, org word, acronym)."""
    if scan.tokens[i].text.isupper() or scan.function_word(i):
        return True
    lex = scan.lex
    if scan.folded[i] in lex.titles.get(scan.tag, ()):
        return True
    for table in (lex.countries.get(scan.tag, {}), lex.locations.get(scan.tag, {}),
                  lex.org_forms.get(scan.tag, {}), lex.place_words.get(scan.tag, {})):
        if scan.stem_in(i, table):
            return True
    return False


def _title_before(scan: Scan, i: int) -> bool:
    titles = scan.lex.titles.get(scan.tag, frozenset())
    for back in (1, 2):
        j = i - back
        if j < 0:
            return False
        if scan.tag == "ru":
            if not scan.tokens[j].text[:1].isalpha():
                return False
            lemma = scan.parses(j)[0].normal_form
            if lemma in titles:
                return True
        elif scan.stem_in(j, titles) or scan.folded[j] in titles:
            return True
    return False


# endings of an unknown masculine surname in the case of the first name before it
_MASC_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}


def _russian_nominative(words: list[str]) -> str:
    """Russian name words in the nominative, surnames agreeing with the first name's gender."""
    morph = morph_analyzer()
    parsed = [morph.parse(w) for w in words]
    gender = None
    case = None
    for parses in parsed:
        name = next((p for p in parses if "Name" in p.tag and "sing" in p.tag), None)
        if name is not None:
            gender = name.tag.gender
            case = name.tag.case
            break
    out = []
    for w, parses in zip(words, parsed):
        named = [p for p in parses if {"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(","))]
        if gender:
            named = [p for p in named if p.tag.gender == gender] or named
        if not [p for p in named if "plur" not in p.tag]:
            if gender == "masc" and re.search(r"(?:ов|ев|ин)(?:а|у|ым|е)$", w):
                w = re.sub(r"(?:а|у|ым|е)$", "", w)  # Юсова (gent) -> Юсов
            elif gender == "masc" and case in _MASC_ENDINGS and re.search(
                    rf"[бвгджзклмнпрстфхцчшщ](?:{_MASC_ENDINGS[case]})$", w):
                w = re.sub(rf"(?:{_MASC_ENDINGS[case]})$", "", w)  # Герда Буцериуса -> Буцериус
            out.append(w)
            continue
        named = [p for p in named if "plur" not in p.tag]
        if not named or any("nomn" in p.tag for p in named):
            out.append(w)  # already nominative (Лазиз Кудратов)
            continue
        p = named[0]
        if "nomn" not in p.tag:
            form = p.inflect({"nomn"})
            if form:
                w = "-".join(part[:1].upper() + part[1:] for part in form.word.split("-"))
        out.append(w)
    return " ".join(out)


def _surname_keys(scan: Scan, word: str, i: int | None = None) -> set[str]:
    """Folded forms a surname is recognised by: the word, its case-stripped stems (Uzbek) or
    pymorphy3 normal forms (Russian: Собянина, Собянину → собянин)."""
    keys = {fold(word)}
    if i is not None:
        keys |= {fold(a.stem) for a in scan.analyses(i) if set(a.slots) <= {"case"}}
    if scan.tag == "ru":
        keys |= {fold(p.normal_form) for p in morph_analyzer().parse(word)[:4]
                 if "Surn" in p.tag or "Name" in p.tag}
    return keys


def _name(scan: Scan, first: int, last: int, last_stem: str) -> str:
    words = [scan.tokens[k].text for k in range(first, last)] + [last_stem]
    if scan.tag == "ru":
        return _russian_nominative(words)
    return " ".join(words)


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

    for i in range(n - 1):
        if i in taken or not scan.adjacent(i, i + 1):
            continue
        # A) first name [patronymic] surname
        if _is_first_name(scan, i) and scan.cap(i + 1) and not _blocked(scan, i + 1):
            j = i + 1
            if _PATRONYMIC.search(scan.folded[j]) and j + 1 < n and scan.cap(j + 1) and scan.adjacent(j, j + 1):
                j += 1
            sur = surname_stem(scan, j)
            if sur is None and (scan.sentence_initial(i) and not _title_before(scan, i)):
                if not (scan.tag == "en" and _is_first_name(scan, i)):
                    continue
            if sur is None and _is_first_name(scan, j) and not scan.uzbek:
                continue
            last_stem = sur or _plain_stem(scan, j)
            add(i, j, _name(scan, i, j, last_stem), last_stem)
            continue
        # A2) unknown first name + strongly shaped surname: Bakhodir Alimov
        if (scan.cap(i) and not scan.tokens[i].text.isupper() and not _blocked(scan, i)
                and not scan.sentence_initial(i) and not surname_stem(scan, i)
                and not _CASE_ENDING.search(scan.folded[i])):
            sur = surname_stem(scan, i + 1)
            if sur and _STRONG_SURNAME.search(fold(sur)) and not _blocked(scan, i + 1):
                add(i, i + 1, _name(scan, i, i + 1, sur), sur)
                continue
        # B) surname first name [patronymic]
        sur = surname_stem(scan, i)
        if sur and _is_first_name(scan, i + 1) and sur == tokens[i].text:
            j = i + 1
            if j + 1 < n and scan.adjacent(j, j + 1) and (
                    _PATRONYMIC.search(scan.folded[j + 1]) or scan.folded[j + 1] in patronymics):
                j += 1
            words = [tokens[m].text for m in range(i, j + 1)]
            name = _russian_nominative(words) if scan.tag == "ru" else " ".join(words)
            add(i, j, name, sur)
    # C) initials: Ш.Мирзиёев, Sh. Mirziyoyev
    starts = {t.start: t.i for t in tokens}
    for m in _INITIALS.finditer(scan.text):
        j = starts.get(m.end())
        if j is None or j in taken:
            continue
        sur = surname_stem(scan, j)
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
    # D) title + surname: Президент Мирзиёев, мэр Собянин
    for i in range(n):
        if i in taken or not scan.cap(i):
            continue
        sur = surname_stem(scan, i)
        if not sur or not _title_before(scan, i):
            continue
        strong = sur and (_STRONG_SURNAME.search(fold(sur)) or (
            scan.tag == "ru" and any("Surn" in p.tag for p in scan.parses(i)[:2])))
        if strong and not _blocked(scan, i):
            name = _russian_nominative([sur]) if scan.tag == "ru" else sur
            add(i, i, name, name)
    # E) a later surname-only mention takes the full name from the article (or, for a few
    # well-known people, from the known-persons table when the article never gives it)
    known = scan.lex.known_persons
    script_known = {k: v for k, v in known.items() if (k.isascii() or "ʻ" in k or "'" in k) == (scan.script == "Latn")}
    full = {}
    for c in out:
        if " " in c.value["name"] and c.extra.get("surname"):
            for key in _surname_keys(scan, c.value["name"].split()[-1]) | {c.extra["surname"]}:
                full.setdefault(key, c.value["name"])
    for i in range(n):
        if i in taken or not scan.cap(i) or scan.tokens[i].text.isupper():
            continue
        keys = _surname_keys(scan, scan.tokens[i].text, i)
        hit = next((k for k in keys if k in full), None)
        if hit:
            add(i, i, full[hit], hit)
            continue
        hit = next((k for k in keys if k in script_known), None)
        if hit and i + 1 < n and scan.folded[i + 1] in patronymics:
            hit = None  # Фозилхон Раҳмон ўғли: a father's name, not the president
        if hit:
            name = script_known[hit]
            written = next((a.stem for a in scan.analyses(i) if fold(a.stem) == hit), None)
            add(i, i, name, written or hit)
    return out
