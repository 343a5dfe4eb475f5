"""Russian bodies: an organisation noun with its adjectives and genitive complements
(Министерства иностранных дел России, Государственной думы), read into the nominative with
pymorphy3; chains of bodies; a leader's government is no organisation."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from os.path import commonprefix

from ...langdata.loader import table
from ..morph import fold
from ..scan import Candidate, Scan
from .common import ACRONYM_WORD, LATIN_WORD, RANK, form_kind, is_place, token_at


_ADJ_ENDING = re.compile(r"(?:ого|его|ому|ему|ыми|ими|ой|ей|ую|юю|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ом|ем|ый|ий)$")
_RU_LINKS = frozenset({"и", "по", "при"})
# heads that also name generic units: a name needs a capitalised word besides the head
_RU_GENERIC_HEADS = frozenset({"совет", "союз", "центр", "управление", "штаб", "движение",
                               "лига", "федерация", "полиция", "милиция", "гвардия", "конгресс", "армия",
                               "собрание", "банк"})


def _inflected(parse: object, grammemes: set[str], word: str) -> str | None:
    """`parse` inflected to `grammemes` (None when pymorphy3 cannot); when the form changes the
    stem (Высшей -> высочайшая: a superlative's other stem), the word's own stem takes the
    form's ending.

    >>> from pipeline.entities.locations import morph_analyzer
    >>> _inflected(morph_analyzer().parse("Высшей")[0], {"nomn", "sing", "femn"}, "Высшей")
    'высшая'
    """
    form = parse.inflect(grammemes)  # type: ignore[attr-defined]
    if form is None:
        return None
    low = word.lower()
    if len(commonprefix([low, form.word])) >= len(low) - 3 and abs(len(form.word) - len(low)) <= 2:
        return form.word
    own, new = _ADJ_ENDING.search(low), _ADJ_ENDING.search(form.word)
    return low[:own.start()] + new.group() if own and new else None


def _ru_nominative_phrase(scan: Scan, first: int, j: int, gender: str | None) -> str:
    """Adjectives first..j-1 and the head j in the nominative singular, first letter upper."""
    words = []
    for m in range(first, j + 1):
        q = scan.parses(m)[0]
        form = _inflected(q, {"nomn", "sing"} | ({gender} if gender and m < j else set()), scan.tokens[m].text) \
            if "nomn" not in q.tag else None
        words.append(form or (scan.tokens[m].text.lower() if m > first else scan.tokens[m].text))
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)


def _ru_new_name(scan: Scan, k: int, forms: dict[str, str]) -> bool:
    """After "и", token k opens another name: an adjective, an organisation noun (банков,
    агентства) or a legal form (АО)."""
    q = scan.parses(k)[0]
    if "ADJF" in q.tag and not scan.cap(k) and not _ru_adjective_head(scan, k, min(k + 3, len(scan.tokens) - 1), forms):
        return False  # Совета рабочих и | солдатских депутатов: a lower-case adjective of the same complement
    return "ADJF" in q.tag or forms.get(q.normal_form) is not None \
        or forms.get(scan.folded[k]) is not None


def _ru_adjective_head(scan: Scan, m: int, last: int, forms: dict[str, str]) -> bool:
    """The adjectives from token m end in an organisation noun by token `last`."""
    k = m
    while k <= last and "ADJF" in scan.parses(k)[0].tag:
        k += 1
    return k <= last and forms.get(scan.parses(k)[0].normal_form) in ("body", "type")


# a place noun in the genitive whose name follows in any case (Республики Татарстан, города Ош)
_RU_PLACE_GENITIVES = frozenset({"республики", "города", "поселка", "посёлка", "села", "станицы", "аула"})
# adjectives that make `adjective + body noun` one country's unique body even at a sentence start
_UNIQUE_BODY_ADJECTIVES = frozenset({"верховный", "конституционный", "следственный", "счётный", "счетный",
                                     "генеральный", "пенсионный", "центральный", "всемирный", "государственный",
                                     "национальный", "европейский", "высший"})
# heads that name a body only after their adjective (Верховная рада; not Рады Митчелл, a first name)
_ADJECTIVE_ONLY_HEADS = frozenset({"рада"})
# adjectives of a meeting, not a parliament: Общее/Годовое/Внеочередное собрание (акционеров)
_MEETING_ADJECTIVES = frozenset({"общий", "годовой", "внеочередной", "очередной", "торжественный",
                                 "отчётный", "отчетный", "родительский"})
_RU_HEADS: dict[int, tuple[object, frozenset[str], frozenset[str]]] = {}
_RU_STEMS: dict[int, tuple[object, dict[str, tuple[str, ...]]]] = {}
_RU_KNOWN: dict[str, bool] = {}


def _ru_head_prefixes(forms: dict[str, str]) -> tuple[frozenset[str], frozenset[str]]:
    """Prefixes an inflected Russian body/company noun starts with: the first four letters
    of a lemma of five or more, the first three of a shorter one (дума -> думе)."""
    got = _RU_HEADS.get(id(forms))
    if got is None or got[0] is not forms:
        keys = [f for f, kind in forms.items() if kind in ("body", "type")]
        got = _RU_HEADS[id(forms)] = (forms, frozenset(f[:3] for f in keys if len(f) < 5),
                                      frozenset(f[:4] for f in keys if len(f) >= 5))
    return got[1], got[2]


def _ru_stem_keys(forms: dict[str, str], low: str) -> tuple[str, ...]:
    """Body/company lemmas sharing the first three letters of `low`."""
    got = _RU_STEMS.get(id(forms))
    if got is None or got[0] is not forms:
        index: dict[str, list[str]] = {}
        for f, kind in forms.items():
            if kind in ("body", "type"):
                index.setdefault(f[:3], []).append(f)
        got = _RU_STEMS[id(forms)] = (forms, {k: tuple(v) for k, v in index.items()})
    return got[1].get(low[:3], ())


def _ru_known(word: str) -> bool:
    """pymorphy3 knows `word` (a dictionary word), memoised (bounded)."""
    got = _RU_KNOWN.get(word)
    if got is None:
        from ..locations import morph_analyzer

        if len(_RU_KNOWN) > 50_000:
            _RU_KNOWN.clear()
        got = _RU_KNOWN[word] = morph_analyzer().word_is_known(word)
    return got


# a branch is a body of its own only with its name before it (Армянский филиал Академии наук)
_BRANCHES = frozenset({"филиал"})


def _guessed_adjective(scan: Scan, k: int) -> bool:
    """Token k is a capitalised word pymorphy3 does not know, read as a noun first but also as
    an adjective with an adjective's ending (Печский патриархат: a place adjective)."""
    return scan.cap(k) and _ADJ_ENDING.search(scan.folded[k]) is not None \
        and not _ru_known(scan.tokens[k].text) and any("ADJF" in p.tag for p in scan.parses(k)[1:3])


def _agreeing_adjective(scan: Scan, k: int, head: object) -> bool:
    """Token k is capitalised and has an adjective reading (not its first) in the case, number
    and gender of the body noun `head`: Главное | управление (главное: first a noun)."""
    if not scan.cap(k) or not _ADJ_ENDING.search(scan.parses(k)[0].normal_form):
        return False  # (Главой комиссии: the noun глава, not a substantivised adjective)
    h = head.tag  # type: ignore[attr-defined]
    return any("ADJF" in q.tag and "Apro" not in q.tag and q.tag.case == h.case and q.tag.number == h.number
               and (h.number == "plur" or q.tag.gender == h.gender) for q in scan.parses(k)[1:4])


def russian_bodies(scan: Scan) -> list[Candidate]:
    """`Министерство экономики и финансов Республики Узбекистан`, `правительство Москвы`."""
    out = []
    tokens = scan.tokens
    forms = scan.lex.org_forms.get("ru", {})
    abbr = scan.lex.abbreviations.get("ru", {})
    n = len(tokens)
    heads3, heads4 = _ru_head_prefixes(forms)
    folded = scan.folded
    for j in range(n):
        low = folded[j]
        if low[:4] not in heads4 and low[:3] not in heads3:
            continue  # the common case: no organisation noun starts like this
        word = tokens[j].text
        if not _ru_known(word) and not any(low.startswith(f[:-1]) for f in _ru_stem_keys(forms, low)):
            continue  # (Kyrgyz or Kazakh text read with the Russian rules; but хокимията)
        p = scan.parses(j)[0]
        kind = forms.get(p.normal_form)
        if kind not in ("body", "type") or ("plur" in p.tag and (not scan.cap(j) or scan.sentence_initial(j))):
            continue  # банков Узбекистана: a plural head is generic
        head_gender = p.tag.gender
        first = j
        while first - 1 >= 0 and scan.adjacent(first - 1, first) and (
                "ADJF" in scan.parses(first - 1)[0].tag or _guessed_adjective(scan, first - 1)
                or _agreeing_adjective(scan, first - 1, p)) \
                and "Apro" not in scan.parses(first - 1)[0].tag:  # Наша | школа, Этот | музей, Один | …
            first -= 1
        if first < j and not scan.cap(first):
            # самостоятельный | Высший аттестационный комитет: a lower-case describer before
            # the capitalised name is no part of it
            cap = next((m for m in range(first + 1, j + 1) if scan.cap(m)), None)
            if cap is not None:
                first = cap
        if first < j and fold(scan.text[tokens[first].start:tokens[j].end]) in scan.lex.countries.get("ru", {}):
            continue  # Российской Федерации (и …): a country's long name, not a body
        if first == j and p.normal_form in _BRANCHES:
            continue  # филиал Сбербанка: an unnamed branch (the bank is the name)
        if first == j and p.normal_form in _ADJECTIVE_ONLY_HEADS:
            continue  # Рады Митчелл: a first name; only Верховная рада is a body
        if kind == "type":
            # Новосибирский металлургический завод: a company noun is a name only after a
            # capitalised adjective in mid-sentence (not "Китайская компания" at its start)
            if first == j or not scan.cap(first) or word[:1].isupper() or (
                    scan.sentence_initial(first) and not _ACRONYM_AFTER.match(scan.text, tokens[j].end)):
                continue  # (but Международная финансовая корпорация (IFC) at a sentence start)
            out.append(Candidate("ORG", tokens[first].start, tokens[j].end,
                                 {"name": _ru_nominative_phrase(scan, first, j, head_gender)}, RANK))
            continue
        last = j
        k = j + 1
        free_case = False
        while k < n and k - j <= 8:
            gap = scan.gap(k - 1, k)
            if gap not in (" ", ", "):
                break
            low = scan.folded[k]
            q = scan.parses(k)[0]
            if gap == ", " and not ("gent" in q.tag and not scan.cap(k)):
                break
            if low == "имени":  # … университет имени Мирзо Улугбека: the namesake belongs
                m = k + 1
                while m < n and m - k <= 4 and scan.cap(m) and (scan.adjacent(m - 1, m) or (
                        m - 1 > k and len(tokens[m - 1].text) == 1 and scan.gap(m - 1, m) in (".", ". "))):
                    if m >= k + 3 and len(tokens[m - 1].text) > 1 and (
                            scan.folded[m] in scan.lex.first_names.get("Cyrl", ())
                            or {"Name", "nomn"} <= scan.parses(m)[0].tag.grammemes):
                        break  # имени Мирзо Улугбека | Иномжон Мажидов: the head's own name after the namesake
                    m += 1  # (имени Л.Н.Гумилева: initials glued by dots)
                if m > k + 1:
                    last = m - 1
                break
            if low in ("с", "со") and free_case and k + 1 < n and scan.adjacent(k, k + 1) \
                    and any("ablt" in x.tag and x.tag.POS in ("NOUN", "ADJF") for x in scan.parses(k + 1)[:2]):
                k += 1  # Департамент по борьбе с | экономическими преступлениями, по связям с общественностью
                continue
            if low in _RU_LINKS:
                if low == "и" and k + 1 < n and _ru_new_name(scan, k + 1, forms):
                    break  # Азиатского банка развития и | Японского агентства …: two names
                if low == "при" and not (k + 1 < n and scan.cap(k + 1)):
                    break  # Министерстве … | при участии посла: no body the first is attached to
                free_case = free_case or low != "и"
                k += 1
                continue
            gent = any(x.tag.POS in ("NOUN", "ADJF") and "gent" in x.tag for x in scan.parses(k)[:4])
            if q.tag.POS == "VERB" or "nomn" in p.tag and any(
                    x.tag.POS == "VERB" and "past" in x.tag and x.tag.gender == head_gender for x in scan.parses(k)[:2]):
                break  # Налоговая служба | начала проверку: the verb, not the genitive of начало
            if scan.cap(k) and "Name" in q.tag and "nomn" in q.tag:
                break  # (Законодательного собрания области) | Евгений Люлин: a person after the body
            if scan.cap(k) and scan.folded[k] in scan.lex.first_names.get("Cyrl", ()) and k + 1 < n \
                    and scan.adjacent(k, k + 1) and any("Surn" in x.tag for x in scan.parses(k + 1)[:3]):
                break  # Кабинета Министров | Абдулла Арипов: a listed first name and a surname
            if (free_case or k + 1 < n and scan.adjacent(k, k + 1) and scan.cap(k + 1)) \
                    and scan.cap(k) and not scan.cap(k - 1) and k - 1 != j and scan.folded[k - 1] not in _RU_LINKS \
                    and "ADJF" not in q.tag and not ACRONYM_WORD.match(tokens[k].text) and tokens[k].text not in abbr \
                    and q.normal_form not in scan.lex.place_words.get("ru", {}) and not is_place(scan, k):
                break  # Государственного комитета по туризму | Умид Шадиев, банка реконструкции и развития |
                # Одиль Рено-Бассо: a name after the complement
            if last == k - 1 and gap == " " and scan.cap(k) and not tokens[k].text.isupper() \
                    and scan.folded[k - 1] in _RU_PLACE_GENITIVES:
                last = k  # Правительство Республики Татарстан: a place's name set after its noun
                k += 1
                continue
            if tokens[k].text in abbr or (scan.cap(k) and low in scan.lex.countries.get("ru", {})) or (
                    q.tag.POS in ("NOUN", "ADJF") and (gent or free_case)) or (
                    ACRONYM_WORD.match(tokens[k].text) and (fold(tokens[k].text) not in scan.lex.not_orgs
                                                            or last == j and scan.cap(first))  # Деловой совет ШОС
                    and forms.get(fold(tokens[k].text)) != "legal" and scan.folded[k - 1] not in _RU_LINKS):
                last = k
                k += 1
                continue
            break
        while last > j and "ADJF" in scan.parses(last)[0].tag and not scan.cap(last):
            last -= 1  # Национальный Исполнительный Комитет | единственной (партии): no noun follows
        while last > j and scan.folded[last] in _RU_LINKS:
            last -= 1
        if last == j and first == j:
            continue  # a bare "Министерство" is not a name
        if last == j and scan.text[tokens[j].end:tokens[j].end + 2] in (" «", " “", ' "'):
            continue  # Футбольный клуб | «Пахтакор»: the kind of the quoted name after it
        if p.normal_form in _RU_GENERIC_HEADS and first == j and not any(
                scan.cap(m) for m in range(j + 1, last + 1)):
            continue  # Совет директоров, центр обработки данных: no capitalised word names it
        if p.normal_form == "собрание" and (any(scan.parses(m)[0].normal_form in _MEETING_ADJECTIVES
                                                for m in range(first, j)) or scan.sentence_initial(first) and not any(
                scan.cap(m) and not ACRONYM_WORD.match(tokens[m].text) for m in range(first + 1, last + 1))):
            continue  # (Годовое) Общее собрание акционеров: a meeting (not Законодательное собрание края)
        if not scan.cap(j) and first == j and all(ACRONYM_WORD.match(tokens[m].text) for m in range(j + 1, last + 1)):
            continue  # комитет РСДРП: a generic unit of the body the acronym names
        if not scan.cap(first) and not any(scan.cap(m) for m in range(j + 1, last + 1)):
            continue  # "министерство экономики": generic
        if first < j and not scan.cap(first):
            continue  # "государственный университет Австралии": a description
        if first == j - 1 and last == j and scan.sentence_initial(first) and not tokens[j].text[:1].isupper() \
                and not scan.parses(first)[0].normal_form.endswith(("ский", "цкий")) \
                and scan.parses(first)[0].normal_form not in _UNIQUE_BODY_ADJECTIVES:
            continue  # Районный суд, Налоговая служба, Инвестиционный фонд: a kind of body at a sentence
            # start (not Оксфордский университет; a known one is found by name: Центральный банк)
        if not scan.cap(first) and any(scan.cap(m) and "ADJF" in scan.parses(m)[0].tag
                                       and _ru_adjective_head(scan, m, last, forms) for m in range(j + 1, last)):
            continue  # комитета комсомола | Воронежского сельхозинститута: the named body is inside
        name = ""
        for m in range(first, last + 1):
            w = tokens[m].text
            if m <= j:
                q = scan.parses(m)[0]
                gender = {head_gender} if head_gender and m < j else set()
                form = _inflected(q, {"nomn", "sing"} | gender, w) if "nomn" not in q.tag else None
                if form:
                    w = form
            if m == first or tokens[m].text[:1].isupper():
                w = w[:1].upper() + w[1:]  # Большом -> Большой
                if "-" in w and w.count("-") == tokens[m].text.count("-"):  # Санкт-Петербургский
                    w = "-".join(a[:1] + b[1:] if a[:1].isupper() else b
                                 for a, b in zip(tokens[m].text.split("-"), w.split("-")))
            gap = scan.gap(m - 1, m) if m > first else ""
            name += (gap if gap in (", ", ".", ". ") else " " if m > first else "") + w  # имени Л.Н.Гумилева
        out.append(Candidate("ORG", tokens[first].start, tokens[last].end, {"name": name}, RANK))
    if "Кенес" in scan.text:
        out += _native_parliaments(scan)
    return out


# Karakalpakstan's parliament in any case, with its republic after it
_ZHOKARGY_KENES = re.compile(r"(?<![\w-])Жо[кқ]арг[ыи] Кенес(?:а|у|ом|е)?(?![\w-])(?: Республики Каракалпакстан)?")


def _native_parliaments(scan: Scan) -> list[Candidate]:
    """Russian: a parliament called by its Karakalpak name, which pymorphy3 cannot read
    (Жокаргы Кенеса Республики Каракалпакстан -> Жокаргы Кенес Республики Каракалпакстан)."""
    out = []
    for m in _ZHOKARGY_KENES.finditer(scan.text):
        head, _, rest = m.group(0).partition(" Республики")
        words = head.split(" ")
        name = f"{words[0]} Кенес" + (" Республики" + rest if rest else "")
        out.append(Candidate("ORG", m.start(), m.end(), {"name": name}, RANK + 1))
    return out


def ru_genitive_chains(scan: Scan, cands: list[Candidate]) -> list[Candidate]:
    """Russian: a body named through another in the genitive right after it is one name
    (`Сенат Олий Мажлиса`, `Совет Безопасности ООН`)."""
    starts = {c.start: c for c in cands}
    out = []
    for c in cands:
        nxt = starts.get(c.end + 1)
        if nxt is None or scan.text[c.end:nxt.start] != " " or scan.text[c.start:c.start + 1] in "«“\"":
            continue
        k = token_at(scan, nxt.start, after=True)
        last = token_at(scan, c.end, after=False)
        if k is None or last is None or scan.parses(last)[0].tag.POS != "NOUN":
            continue
        if any("gent" in p.tag for p in scan.parses(k)[:3]) or ACRONYM_WORD.match(scan.tokens[k].text):
            out.append(Candidate("ORG", c.start, nxt.end,
                                 {"name": f"{c.value['name']} {scan.text[nxt.start:nxt.end]}"}, RANK + 1))
    for c in cands if " — " in scan.text or " – " in scan.text else ():
        nxt = starts.get(c.end + 3)
        if nxt is not None and scan.text[c.end:nxt.start] in (" — ", " – ") \
                and c.value["name"].rsplit(" ", 1)[-1].lower() in ("собрание", "совет") \
                and nxt.value["name"].split(" ", 1)[0].lower() in _NATIVE_PARLIAMENT_HEADS:
            out.append(Candidate("ORG", c.start, nxt.end,  # Государственное Собрание — Курултай ...
                                 {"name": f"{c.value['name']} — {nxt.value['name']}"}, RANK + 1))
    return out


# a republic's parliament's own name after its Russian one and a dash (Государственное Собрание —
# Курултай Республики Башкортостан, Народный Хурал, Государственное Собрание — Ил Тумэн)
_NATIVE_PARLIAMENT_HEADS = frozenset({"курултай", "хурал", "тумэн", "ил", "хасэ", "кенес", "кенгаш", "мажлис"})


_RU_GOVERNMENT = frozenset({"администрация", "правительство", "кабинет"})


def ru_leader_government(scan: Scan, c: Candidate) -> bool:
    """Russian: `администрация Байдена`, `правительство Мишустина`: a leader's government
    (a government word + a person's name in the genitive) is no organisation."""
    head = c.value["name"].split(" ", 1)[0].lower()
    if head not in _RU_GOVERNMENT:
        return False
    k = token_at(scan, c.start, after=True)
    last = token_at(scan, c.end, after=False)
    if k is None or last is None or not 1 <= last - k <= 3:
        return False
    names = scan.lex.first_names.get("Cyrl", frozenset())
    for m in range(k + 1, last + 1):
        if not scan.cap(m) or is_place(scan, m) or scan.tokens[m].text.isupper():
            return False
        if m < last and scan.folded[m] in names:
            continue  # Джо (Байдена): an indeclinable first name
        if not any("gent" in p.tag and ("Surn" in p.tag or "Name" in p.tag) for p in scan.parses(m)[:3]):
            return False
    return True


_ACRONYM_AFTER = re.compile(r" ?\([A-ZА-ЯЁ][A-ZА-ЯЁa-z]{1,7}\)")
_RU_ACRONYM = re.compile(r"^[А-ЯЁ]{3,6}$")
# capitals with short small-letter parts inside, ending in a capital (СПбГПУ, СибГУ, ТашГТУ)
_RU_MIXED_ACRONYM = re.compile(r"^[А-ЯЁ](?:[а-яё]{1,3}[А-ЯЁ]|[А-ЯЁ])+$")


def _ru_acronym(word: str) -> bool:
    """An organisation-like Russian acronym: 3-6 capitals, or a mixed one with 3+ capitals.

    >>> [w for w in ("ВГИК", "СПбГПУ", "СибГУ", "МВт", "ГВт", "РФ", "КамАЗ") if _ru_acronym(w)]
    ['ВГИК', 'СПбГПУ', 'СибГУ', 'КамАЗ']
    """
    return bool(_RU_ACRONYM.match(word)) or (
        len(word) <= 9 and bool(_RU_MIXED_ACRONYM.match(word)) and sum(ch.isupper() for ch in word) >= 3)
_FUNCTION_POS = frozenset({"NPRO", "PRCL", "CONJ", "PREP", "ADVB", "PRED", "INTJ"})
_CYRILLIC_ROMAN = re.compile(r"^[ХXIVІЛCМ]+$")  # ХХI (век): a Roman numeral typed in Cyrillic


def _ru_discipline(scan: Scan, i: int) -> bool:
    """Token i follows `по` after a champion or contest word (or a thing's noun) within three
    words: the field of the contest (чемпион мира по ЧГК, турнир по MMA), not a body."""
    if i < 2 or scan.folded[i - 1] != "по" or not scan.adjacent(i - 1, i):
        return False
    return any(scan.parses(m)[0].normal_form.startswith("чемпион") or _ru_word_kind(scan, m) == "noorg"
               for m in range(max(0, i - 4), i - 1))


def russian_acronyms(scan: Scan) -> list[Candidate]:
    """Russian: an upper-case Cyrillic word of 3-6 letters that is no country, place, legal
    form, bloc or common abbreviation (shared/not_orgs.txt: ВВП, СМИ, ДТП) is an organisation
    (ВГИК, НБА, РСДРП); an adjective right before a plant's acronym is in its name (Камская ГЭС)."""
    lex = scan.lex
    countries = lex.countries.get("ru", {})
    places = lex.locations.get("ru", {})
    forms = lex.org_forms.get("ru", {})
    abbr = lex.abbreviations.get("ru", {})
    out = []
    tokens = scan.tokens
    # a per-word memo of the acronym test, read in one C-level pass over the words
    memo = lex.cache("ru acronym words")
    texts = [tok.text for tok in tokens]
    flags = list(map(memo.get, texts))
    if None in flags:
        for k, got in enumerate(flags):
            if got is None:
                w = texts[k]
                got = memo[w] = _ru_acronym(w) and not _CYRILLIC_ROMAN.match(w)
                flags[k] = got
    for i in compress(range(len(flags)), flags):
        tok = tokens[i]
        word = tok.text
        key = scan.folded[i]
        if key in lex.not_orgs or key in countries or key in places or word in abbr:
            continue
        kind = forms.get(key)
        if kind in ("legal", "noorg", "title"):
            continue
        if scan.sentence_initial(i) and i + 1 < len(tokens) and tokens[i + 1].text.isupper():
            continue  # an upper-case headline
        if scan.parses(i)[0].tag.POS in _FUNCTION_POS:
            continue  # ЭТО, ВСЁ: a function word written in capitals for emphasis
        if _ru_discipline(scan, i):
            continue  # чемпионом Азербайджана по ЧГК: a game or sport, not an organisation
        if _ru_term_acronym(scan, i, forms):
            continue  # Линейно-квадратичное гауссовское (ЛКГ): the abbreviation of a term
        start = tok.start
        end = tok.end
        if i + 1 < len(tokens) and scan.adjacent(i, i + 1) and ACRONYM_WORD.match(tokens[i + 1].text) \
                and tokens[i + 1].text not in abbr and scan.folded[i + 1] not in countries:
            end = tokens[i + 1].end  # ГРУ ГШ: a body and its parent's acronym
        elif scan.text[end:end + 3] == ".РФ" and not scan.text[end + 3:end + 4].isalpha():
            end += 3  # ВЭБ.РФ: a name written as a domain
        if kind == "type" and i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) \
                and "ADJF" in scan.parses(i - 1)[0].tag:
            start = tokens[i - 1].start  # Камская ГЭС, Нижнекамский НПЗ
        elif kind == "type":
            continue  # a bare ГЭС: a kind of plant
        name = scan.text[start:end]
        if start < tok.start:
            q = scan.parses(i - 1)[0]
            form = q.inflect({"nomn", "sing", q.tag.gender}) if "nomn" not in q.tag and q.tag.gender else None
            if form:
                name = form.word[:1].upper() + form.word[1:] + " " + word
        out.append(Candidate("ORG", start, end, {"name": name}, RANK - 1))
    return out + russian_agencies(scan) + dictionary_companies(scan) + sport_clubs(scan)


# a match report: a score, a result verb or a sport's own words
_MATCH_REPORT = table("ru", "match_report")
_SPORT_STEMS = tuple(r["word"] for r in _MATCH_REPORT if r["kind"] == "stem")
_SPORT_TEXT = re.compile("|".join(map(re.escape, (  # (literals, no flags: fast to reject)
    *_SPORT_STEMS, *(w.capitalize() for w in _SPORT_STEMS),
    *(r["word"] for r in _MATCH_REPORT if r["kind"] == "phrase")))))
_SPORT_WORD = re.compile("|".join(_SPORT_STEMS))
_CLUB_WORD = re.compile(r"^[А-ЯЁ][а-яё]{3,}$")
# words next to a club's name in a match report (Динамо уступило Торпедо, в гостях у Металлурга,
# нападающий Реала, футболисты Шахтера)
_CLUB_CUES = frozenset(r["word"] for r in _MATCH_REPORT if r["kind"] == "club")
_CLUB_PREPOSITIONS = frozenset({"с", "у", "в", "за", "со"})


def _club_cue(scan: Scan, i: int) -> bool:
    """A match-report word right before token i (after a preposition: в гостях у, вничью с)
    or right after it."""
    k = i - 1
    if k > 0 and scan.folded[k] in _CLUB_PREPOSITIONS:
        k -= 1
    if k >= 0 and (scan.folded[k] in _CLUB_CUES or scan.parses(k)[0].normal_form in _CLUB_CUES):
        return True
    return i + 1 < len(scan.tokens) and scan.parses(i + 1)[0].normal_form in _CLUB_CUES


# capitalised common nouns of reverence, no club (поблагодарил Бога и болельщиков)
_REVERED = frozenset({"бог", "господь", "всевышний", "родина", "отечество", "отчизна", "победа"})


def sport_clubs(scan: Scan) -> list[Candidate]:
    """Russian: in a match report, a capitalised common noun inside a sentence next to a
    match-report word is a club named without quotes (Динамо уступило Торпедо, вничью с
    Локомотивом, в составе Торпедо): a singular dictionary noun with no name, surname or place
    reading, no organisation form, title or sport word."""
    text = scan.text
    if not _SPORT_TEXT.search(text):
        return []  # (nearly every text)
    tokens = scan.tokens
    n = len(tokens)
    forms = scan.lex.org_forms.get("ru", {})
    titles = scan.lex.titles.get("ru", frozenset())
    out = []
    for i in compress(range(n), scan._caps):  # (a club word is capitalised)
        tok = tokens[i]
        if not _CLUB_WORD.match(tok.text) or scan.sentence_initial(i) or scan.text[tok.start - 1:tok.start] in "«“\"":
            continue
        if i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not (
                scan.sentence_initial(i - 1) and scan.parses(i - 1)[0].tag.POS in ("NOUN", "ADJF", "PRTF")
                and _ru_known(tokens[i - 1].text)) \
                or i + 1 < n and scan.adjacent(i, i + 1) and scan.cap(i + 1):
            continue  # part of a longer capitalised name (Лига чемпионов УЕФА, Кубок России; but
            # Футболисты | Шахтера: a common word opens the sentence)
        if i > 0 and _ru_word_kind(scan, i - 1) == "noorg":
            continue  # чемпионата Мира, Кубка Содружества: the event's own name
        parses = scan.parses(i)[:3]
        p = parses[0]
        if p.tag.POS != "NOUN" or not _ru_known(tok.text) or any(
                {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & q.tag.grammemes for q in parses):
            continue
        lemma = p.normal_form
        if lemma in forms or lemma in titles or lemma in _REVERED or fold(lemma) in scan.lex.not_orgs \
                or _SPORT_WORD.match(lemma) or "plur" in p.tag or is_place(scan, i) \
                or i > 0 and scan.folded[i - 1] in _RU_PLACE_GENITIVES:
            continue  # (по версии Болельщиков: a plural; города Орду: a town)
        if not _club_cue(scan, i):
            continue  # (В 1997 году Совхоз «Фаустово»: no match-report word next to it)
        name = tok.text if "Fixd" in p.tag else lemma[:1].upper() + lemma[1:]
        if "ё" not in tok.text:
            name = name.replace("ё", "е")  # Шахтера -> Шахтер, as the article spells it
        out.append(Candidate("ORG", tok.start, tok.end, {"name": name}, RANK - 1))
    return out


_RU_HOLDING = re.compile(r"^([А-ЯЁ][а-яё]{3,}холдинг)(?:а|у|ом|е)?$")
_RU_NAME_WORD = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[а-яё]+)?$")
_RU_LOWER_MINISTRY = re.compile(r"^мин[а-яё]{3,}$")
# parliaments and cabinets named by one word of their own (Бундестага, Кнессет, Кабмин)
_ONE_WORD_BODIES = frozenset({"бундестаг", "бундесрат", "кнессет", "сейм", "меджлис", "риксдаг", "стортинг",
                              "фолькетинг", "альтинг", "эдускунта", "кабмин", "бундесвер"})


def _dictionary_company(parses: list) -> str | None:
    """The nominative of a word that pymorphy3's dictionary knows only as an organisation
    (Уралкалия -> Уралкалий, Башнефти -> Башнефть), else None (Электросталь: also a town;
    Спартак: also a first name; guessed words and abbreviations).

    >>> from pipeline.entities.locations import morph_analyzer
    >>> [_dictionary_company(morph_analyzer().parse(w)) for w in ("Уралкалия", "Башнефти", "Электросталь", "Спартак")]
    ['Уралкалий', 'Башнефть', None, None]
    """
    if not parses or any("Orgn" not in p.tag or "Abbr" in p.tag or len(p.methods_stack) != 1
                         for p in parses):
        return None
    if type(parses[0].methods_stack[0][0]).__name__ != "DictionaryAnalyzer":
        return None
    lemma = parses[0].normal_form
    return lemma[:1].upper() + lemma[1:]


@lru_cache(maxsize=8192)
def _org_name_shaped(word: str) -> bool:
    """A capitalised word of five letters or more that may name an organisation by itself (not
    Мин-, Рос-, Гос-, Мос-: russian_agencies); memoised, a pure function of the word.

    >>> [_org_name_shaped(w) for w in ("Уралкалия", "Бундестага", "Минфина", "Москва", "Мир", "ТАСС")]
    [True, True, False, False, False, False]
    """
    return len(word) >= 5 and word[:3] not in _AGENCY_PREFIXES and _RU_NAME_WORD.match(word) is not None


def _capitalised_org_name(scan: Scan, i: int) -> str | None:
    """The nominative of capitalised token i when it names an organisation by itself: a compound
    holding name, a one-word parliament or a word pymorphy3 knows only as an organisation
    (Трансмашхолдинга -> Трансмашхолдинг, Бундестага -> Бундестаг, Уралкалия -> Уралкалий)."""
    word = scan.tokens[i].text
    if not _org_name_shaped(word):
        return None
    holding = _RU_HOLDING.match(word) if "холдинг" in word else None
    if holding:
        return holding.group(1)
    parses = scan.parses(i)  # (the extractor's shared parse memo)
    lemma = parses[0].normal_form
    if lemma in _ONE_WORD_BODIES:
        return lemma[:1].upper() + lemma[1:]
    return _dictionary_company(parses)


def dictionary_companies(scan: Scan) -> list[Candidate]:
    """Russian companies and bodies by a one-word name outside quotes that pymorphy3 knows only
    as an organisation, in any case (Сургутнефтегаз, Уралкалия, Башнефти), compound holding
    names (Трансмашхолдинга -> Трансмашхолдинг), parliaments with a one-word name (Бундестага)
    and ministries' short names in lower case as the press writes them, with their country
    (минобороны России); not a place, country or bloc, nor a thing's name after its noun
    (проект Уралкалий)."""
    lex = scan.lex
    countries = lex.countries.get("ru", {})
    places = lex.locations.get("ru", {})
    out = []
    tokens = scan.tokens
    for i in (range(len(tokens)) if "мин" in scan.text else ()):
        word = tokens[i].text
        if word[:3] == "мин" and _RU_LOWER_MINISTRY.match(word):
            name = _ru_agency_name(word[:1].upper() + word[1:])
            if name and _dictionary_company(scan.parses(i)):  # минобороны России, в минфине США
                last = _agency_territory(scan, i)
                if last > i:
                    name += " " + scan.text[tokens[i + 1].start:tokens[last].end]
                out.append(Candidate("ORG", tokens[i].start, tokens[last].end, {"name": name}, RANK - 1))
    for i in compress(range(len(tokens)), scan._caps):
        tok = tokens[i]
        name = _capitalised_org_name(scan, i)
        if name is None:
            continue
        key = scan.folded[i]
        if key in countries or key in places or key in lex.not_orgs or fold(name) in lex.not_orgs:
            continue
        if i > 0 and not scan.text[scan.tokens[i - 1].end:tok.start].strip(" «“\"") \
                and _ru_word_kind(scan, i - 1) == "noorg" \
                and any(p.tag.case in ("nomn", "accs") for p in scan.parses(i)[:2]):
            continue  # проект Уралкалий: a thing's name in apposition (not акции Башнефти)
        out.append(Candidate("ORG", tok.start, tok.end, {"name": name}, RANK - 1))
    return out


# a federal agency's or ministry's short name: Рос-/Мин- and a noun (Росавиация, Минспорта)
_RU_AGENCY = re.compile(r"^(Рос|Мин)([а-яё]{4,})$")


# the first letters of agencies' one-word names (Рос-/Мин- compounds; pymorphy3's Мосгордума, Госдума)
_AGENCY_PREFIXES = frozenset({"Рос", "Мин", "Мос", "Гос"})
_AGENCY_CUE = re.compile(r"(?:Рос|Мин|Мос|Гос)[а-яё]{3}|-[Бб]анк")
_RU_HYPHEN_BANK = re.compile(r"^([A-ZА-ЯЁ][\w]*-[Бб]анк)(?:а|у|ом|е)?$")


def _ru_stem_compound(prefix: str, rest: str) -> str | None:
    """Рос-/Мин- and a word of five letters or more plus a clipped stem of two to four, in the
    nominative (Минэкономфина: эконом + фин-а -> Минэкономфин), else None.

    >>> _ru_stem_compound("Мин", "экономфина"), _ru_stem_compound("Мин", "ченко")
    ('Минэкономфин', None)
    """
    from ..locations import morph_analyzer

    morph = morph_analyzer()
    for k in range(len(rest) - 2, 4, -1):
        tail = rest[k:]
        if 2 <= len(tail) <= 5 and morph.word_is_known(rest[:k]) and morph.parse(rest[:k])[0].tag.POS == "NOUN":
            stem = re.sub(r"(?:а|у|ом|е)$", "", tail) if len(tail) >= 4 else tail
            return prefix + rest[:k] + stem
    return None


@lru_cache(maxsize=8192)
def _ru_agency_name(word: str) -> str | None:
    """The nominative of a Russian agency's compound short name, or None: a pymorphy3 word
    tagged as an organisation (Роскомнадзора, Мосгордуму), or Рос-/Мин- before a dictionary
    noun (Росавиации -> Росавиация, Минспорта -> Минспорт; a feminine or neuter genitive after
    Мин- is the name itself: Минпросвещения); not a place, person or common word (Росток, Минск).

    >>> [_ru_agency_name(w) for w in ("Росавиации", "Минспорта", "Минпросвещения", "Росприроднадзора", "Минэкономфина")]
    ['Росавиация', 'Минспорт', 'Минпросвещения', 'Росприроднадзор', 'Минэкономфин']
    >>> [_ru_agency_name(w) for w in ("Росток", "Минск", "Ростов", "Миндаль", "Россыпь", "Российский")]
    [None, None, None, None, None, None]
    """
    from ..locations import morph_analyzer

    morph = morph_analyzer()
    known = morph.word_is_known(word)
    parses = morph.parse(word)
    if known and any({"Geox", "Name", "Surn", "Patr"} & p.tag.grammemes for p in parses[:3]):
        return None  # (a guessed word's tags say nothing)
    if known and "Orgn" in parses[0].tag:
        lemma = parses[0].normal_form
        return word if "Fixd" in parses[0].tag else lemma[:1].upper() + lemma[1:]
    m = _RU_AGENCY.match(word)
    if m is None or (known and len(m.group(2)) < 5):
        return None  # Россыпь, Миндаль: a common word
    rest = m.group(2)
    cut = 0
    if not morph.word_is_known(rest):  # Росприроднадзора: природ + надзора; Минвостокразвития
        if known:
            return None  # Российский, Ростовщик: a dictionary word
        cut = next((k for k in range(3, len(rest) - 5) if morph.word_is_known(rest[k:])
                    and morph.word_is_known(rest[:k])), 0)  # (not Минамиасигара: амиа + сигара)
        if not cut:
            return _ru_stem_compound(m.group(1), rest)
    elif len(rest) < 5:
        return None  # Мингора, Росберг, Минстер: a place or a surname
    noun = next((p for p in morph.parse(rest[cut:])[:2] if p.tag.POS == "NOUN" and "sing" in p.tag), None)
    if noun is None or len(noun.normal_form) < 5 or {"Abbr", "Geox", "Name", "Surn", "anim"} & noun.tag.grammemes:
        return None  # (Минстере: стер)
    if m.group(1) == "Мин" and noun.tag.gender != "masc":
        return word  # Минпросвещения, Минприроды: a genitive that is the name
    return m.group(1) + rest[:cut] + noun.normal_form


def russian_agencies(scan: Scan) -> list[Candidate]:
    """Russian agencies, bodies and banks by their one-word short names: Роскомнадзор, Росавиации,
    Мосгордуму, Минспорта, Т-Банка (no country or place, nor a thing's name after its noun: песни
    Евровидение)."""
    if not _AGENCY_CUE.search(scan.text):
        return []  # (most texts: one C-level scan)
    out = []
    lex = scan.lex
    countries = lex.countries.get("ru", {})
    places = lex.locations.get("ru", {})
    for i, tok in enumerate(scan.tokens):
        word = tok.text
        if word[:3] not in _AGENCY_PREFIXES:
            if "анк" in word:
                bank = _RU_HYPHEN_BANK.match(word)
                if bank:  # Т-Банка, Хоум-банк: a bank's hyphenated name
                    out.append(Candidate("ORG", tok.start, tok.end, {"name": bank.group(1)}, RANK - 1))
            continue  # (most words: one slice and a set lookup)
        if len(word) < 6 or not word[1:].islower() or not word.isalpha():
            continue
        key = scan.folded[i]
        if key in countries or key in places or key in lex.not_orgs or is_place(scan, i):
            continue  # (Минстере: Münster)
        if i > 0 and not scan.text[scan.tokens[i - 1].end:tok.start].strip(" «“\"") \
                and _ru_word_kind(scan, i - 1) == "noorg":
            continue  # конкурса песни Евровидение, проект «Евросеть»: a thing's name
        name = _ru_agency_name(word)
        if name:
            last = _agency_territory(scan, i)
            if last > i:
                name += " " + scan.text[scan.tokens[i + 1].start:scan.tokens[last].end]
            out.append(Candidate("ORG", tok.start, scan.tokens[last].end, {"name": name}, RANK - 1))
    return out


def _agency_territory(scan: Scan, i: int) -> int:
    """The last token of the territory in the genitive right after the body's short name at
    token i (Госсовета Республики Крым, Минсельхоза России, Росреестра Свердловской области,
    Госдепартамента США), or i."""
    tokens = scan.tokens
    n = len(tokens)
    k = i + 1
    if k >= n or not scan.adjacent(i, k) or not scan.cap(k):
        return i
    if scan.folded[k] in scan.lex.countries.get("ru", {}) and any("gent" in p.tag for p in scan.parses(k)[:3]) \
            or tokens[k].text in scan.lex.abbreviations.get("ru", {}):
        return k  # (Минфина РФ, Госдепартамента США: an abbreviated country)
    if k + 1 < n and scan.adjacent(k, k + 1) and scan.cap(k + 1):
        if scan.folded[k] == "республики":
            return k + 1  # Госсовета Республики Крым
        if "ADJF" in scan.parses(k)[0].tag and "gent" in scan.parses(k)[0].tag \
                and scan.parses(k + 1)[0].normal_form in ("область", "край", "округ") and "gent" in scan.parses(k + 1)[0].tag:
            return k + 1  # Росреестра Свердловской области
    elif k + 1 < n and scan.adjacent(k, k + 1) and "ADJF" in scan.parses(k)[0].tag \
            and "gent" in scan.parses(k)[0].tag and scan.folded[k + 1] in ("области", "края", "округа"):
        return k + 1
    return i


def _ru_term_acronym(scan: Scan, i: int, forms: dict[str, str]) -> bool:
    """Acronym i stands in parentheses after 2-6 words none of which is an organisation noun
    (ракетный комплекс (ЗРК)); after `Всемирная организация здравоохранения (ВОЗ)` it is a body."""
    text = scan.text
    tok = scan.tokens[i]
    if text[tok.start - 2:tok.start] != " (" or text[tok.end:tok.end + 1] != ")":
        return False
    k = i - 1
    while k >= 0 and i - k <= 6 and scan.tokens[k].text[:1].isalpha():
        if forms.get(scan.parses(k)[0].normal_form) in ("body", "type") or forms.get(scan.folded[k]) == "type":
            return False
        if k > 0 and not scan.adjacent(k - 1, k):
            break
        k -= 1
    return i - k >= 3


_RU_APPOSITION = ("компани", "фирм", "концерн", "холдинг", "корпораци", "авиакомпани", "банк")


def russian_appositions(scan: Scan) -> list[Candidate]:
    """Russian: 1-2 capitalised words right after a lower-case company noun (`турецкая компания
    Kalyon`), or 1-3 after a legal form (`ООО Артель Электроникс`), are its name; not a place, a
    person or a country (nor after ИП, a person's business)."""
    out = []
    tokens = scan.tokens
    n = len(tokens)
    names = scan.lex.first_names.get("Cyrl", frozenset())
    forms = scan.lex.org_forms.get("ru", {})
    for k in range(n - 1):
        legal = tokens[k].text.isupper() and forms.get(scan.folded[k]) == "legal" and scan.folded[k] != "ип"
        if not (legal or scan.folded[k].startswith(_RU_APPOSITION)) or not scan.adjacent(k, k + 1) \
                or (scan.cap(k) and not scan.sentence_initial(k) and not legal):
            continue
        i = k + 1
        if not scan.cap(i) or tokens[i].text.isupper() or scan.function_word(i):
            continue
        j = i
        while j + 1 < n and j - i < (2 if legal else 1) and scan.adjacent(j, j + 1) and scan.cap(j + 1) \
                and not tokens[j + 1].text.isupper() and (legal or (
                    LATIN_WORD.match(tokens[j + 1].text) and LATIN_WORD.match(tokens[i].text))):
            j += 1  # a two-word Latin name (Siemens Energy); after a legal form, 1-3 words (ООО Артель Электроникс)
        if legal and j == i and j + 1 < n and scan.adjacent(j, j + 1) and ACRONYM_WORD.match(tokens[j + 1].text) \
                and "ADJF" in scan.parses(i)[0].tag:
            # АНО Кировского РИИЦ: an adjective before the acronym of the name, in the nominative
            adjective = scan.parses(i)[0].normal_form
            out.append(Candidate("ORG", tokens[i].start, tokens[j + 1].end,
                                 {"name": f"{adjective[:1].upper()}{adjective[1:]} {tokens[j + 1].text}"}, RANK))
            continue
        if any(is_place(scan, m) for m in range(i, j + 1)) or scan.folded[i] in names \
                or any("Name" in p.tag or "Surn" in p.tag or "Geox" in p.tag for p in scan.parses(i)[:2]):
            continue  # компании Иван Петров, банк Узбекистана
        out.append(Candidate("ORG", tokens[i].start, tokens[j].end,
                             {"name": scan.text[tokens[i].start:tokens[j].end]}, RANK - 1))
    return out


# -- quoted names that name something else ---------------------------------------------

_DEFINITION_DASH = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:—|–|--|-)\s+")
_NAME_TAGS = ("Name", "Surn", "Patr")


_RU_SPEECH = re.compile(r"[,!?…]\s*(?:—|–|--)\s*[а-яё]")
_TITLED = frozenset({"названием", "наименованием"})  # станция под названием «Рим Вест»
# a Latin quote right after a naming word gives what something is called (игра получила название
# «Devil May Cry», по-испански называется «República Dominicana»): no organisation unless an
# organisation word comes just before (компания называется «X»); (Cyrillic ones are left to the
# other tests: a person's rule would read «Поляна Квасова» as a surname)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NAMING = frozenset({"название", "названия", "наименование", "называется", "называются", "называлась",
                     "назывался", "называлось", "назывались", "называют", "называли", "именуется",
                     "прозвище", "прозвищем"})


def _ru_word_kind(scan: Scan, k: int) -> str | None:
    """Kind of the word at token k: 'org' for an org form word (legal, type, body), 'noorg'
    for a word naming something else, also as the end of a compound (противоракета,
    ракета-носитель), 'noun' for another lower-case common noun, else None."""
    kind = form_kind(scan, k, two=False)
    if kind in ("legal", "type", "body"):
        return "org"
    word = scan.tokens[k].text
    if kind == "noorg":
        return kind
    if not (word[:1].islower() or scan.sentence_initial(k)):
        return None
    p = scan.parses(k)[0]
    if p.tag.POS != "NOUN":
        return None
    forms = scan.lex.org_forms.get("ru", {})
    lemma = p.normal_form
    parts = lemma.split("-")
    if forms.get(parts[0]) == "noorg" or any(
            forms.get(lemma[n:]) == "noorg" for n in range(3, len(lemma) - 3)):
        return "noorg"
    return "noun" if word[:1].islower() else None


# a model code: letters with digits (ГАЗ-М-20, Ту-154, T-34)
_RU_MODEL_CODE = re.compile(r"^(?=.*\d)(?=.*[^\W\d_])[\w-]{2,12}$")


def _ru_head(scan: Scan, prev: int | None, o: int) -> int | None:
    """Token of the noun right before the quote at `o` (through `под названием`)."""
    if prev is None or scan.text[scan.tokens[prev].end:o].strip():
        return None
    while prev > 0 and _RU_MODEL_CODE.match(scan.tokens[prev].text) and scan.adjacent(prev - 1, prev):
        prev -= 1  # автомобиля ГАЗ-М-20 «Победа»: the model code between the thing's noun and its name
    if scan.folded[prev] in _TITLED and prev >= 2 and scan.folded[prev - 1] in ("под", "с"):
        k = prev - 2  # the noun named: станция (планировалась) под названием
        while k > 0 and prev - k < 4 and scan.adjacent(k - 1, k) and _ru_word_kind(scan, k) is None:
            k -= 1
        return k
    return prev


def ru_defined_as_thing(scan: Scan, end: int) -> bool:
    """Russian: a dash after offset `end` defines the name before it by a common noun, maybe
    after `это` and adjectives (The Scorpion -- третий сингл, Second Life - это трёхмерный
    мир), not by an organisation word (Megadeth -- американская метал-группа)."""
    m = _DEFINITION_DASH.match(scan.text, end)
    if not m:
        return False
    k = token_at(scan, m.end(), after=True)
    if k is not None and k < len(scan.tokens) and scan.folded[k] == "это":
        k += 1
    steps = 0
    while k is not None and k < len(scan.tokens) and steps < 3 and scan.parses(k)[0].tag.POS in ("ADJF", "ADVB"):
        k, steps = k + 1, steps + 1
    return k is not None and k < len(scan.tokens) and _ru_word_kind(scan, k) in ("noun", "noorg")


def russian_not_org(scan: Scan, prev: int | None, o: int, c: int, words: list[str]) -> bool:
    """Russian quoted name with no org cue that names something else: set in apposition
    to a word naming a thing (противоракета «Найк-Зевс», станция под названием «Рим Вест»),
    a common word in the nominative after a common noun (установки «Град»; not a coined
    name, which may be a company's in the genitive: представители «Медплант»), a person's
    name («Павла»), direct speech («Гололёд», — подумала она), or defined by a common noun
    after a dash («Истина» — кинофильм)."""
    from ..locations import morph_analyzer

    text = scan.text
    if prev is not None and scan.folded[prev] in _NAMING and not text[scan.tokens[prev].end:o].strip() \
            and words[0][:1].isalpha() and not _CYRILLIC.match(words[0]) \
            and not any(_ru_word_kind(scan, k) == "org" for k in range(max(0, prev - 4), prev)):
        return True  # игра получила название «Devil May Cry»: what a thing is called
    head = _ru_head(scan, prev, o)
    kind = _ru_word_kind(scan, head) if head is not None else None
    if kind == "noorg":
        return True
    first = token_at(scan, o + 1, after=True)
    if first is None or scan.tokens[first].end > c:
        return False
    if kind == "noun" and not any(form_kind(scan, k, two=False) in ("legal", "type", "body")
                                  and scan.parses(k)[0].normal_form not in _RU_GENERIC_HEADS
                                  for k in range(max(0, head - 3), head) if scan.adjacent(k, k + 1)):
        # (общество с ограниченной ответственностью «Восход»: an org word governs the noun)
        p = scan.parses(first)[0]
        if p.tag.POS == "NOUN" and "nomn" in p.tag and morph_analyzer().word_is_known(scan.tokens[first].text) \
                and not any(t in p.tag for t in _NAME_TAGS + ("Geox", "Orgn", "Fixd")):
            return True  # работа «Кузнец»: a common word naming the noun's thing
            # (an indeclinable word may be the noun's owner in the genitive: ворота «Динамо»)
    if len(words) == 1 and all(any(t in p.tag for t in _NAME_TAGS) for p in scan.parses(first)[:4]) \
            and morph_analyzer().word_is_known(scan.tokens[first].text):
        return True  # «Павла»: only a known person's name (not «Спартаком», a club too; not a guess: «Лейкерс»)
    if _RU_SPEECH.match(text, c + 1):
        return True  # «Гололёд», — подумала она: direct speech
    m = _DEFINITION_DASH.match(text, c + 1)
    if m:
        k = token_at(scan, m.end(), after=True)
        steps = 0
        while k is not None and k < len(scan.tokens) and steps < 3 and scan.parses(k)[0].tag.POS == "ADJF":
            k, steps = k + 1, steps + 1
        if k is not None and k < len(scan.tokens):
            return _ru_word_kind(scan, k) in ("noun", "noorg")  # «Истина» — кинофильм (not «X» — компания)
    return False
