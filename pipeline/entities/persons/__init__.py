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
Tanaka); T (Russian/English) two or three capitalised words, a comma and a position (Hakan
Fidan, Turkey's foreign minister); E2 (English) a speaker named by one word next to a reporting
verb (Bridenstine said). In F a Russian word pymorphy3 does not know but guesses animate is a
person as the subject of a past-tense verb (Брайант набрал). A person right before номидаги/nomidagi belongs to the
body's name and is dropped. Candidates inside the quoted title of a work (роман «Анна Каренина») are dropped by
`names.outside_work_titles`. Speed: every pass runs over capitalised tokens only, and cheap
tests (tables, first letters, separators) come before suffix analysis and pymorphy3; answers
that depend on a word alone are memoised per word across texts.

Modules: `words` (word-level tests: first names, surname shapes, blocked words, titles),
`russian` (Russian nominatives of name words), `single` (one-word mentions: F, F2),
`cues` (P, the long sentence-initial surname of H, appositions T), `lists` (L), `mentions`
(K, E, R: known people and repeat-mention linking); the passes run in `find_persons` here.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress

from ..locations import _in_place, coordinated_namesake, morph_analyzer
from ..morph import fold
from ..scan import Candidate, Scan
from .words import (
    NAME_SUFFIXES, RANK, _CASE_ENDING, _COMMON_ENDING, _GENITIVE, _INITIALS, _LIFE_YEARS_IN_TEXT, _NOT_PERSON_CASES,
    _PATRONYMIC, _STRONG_SURNAME, _acronym, _after_open_quote, _bare_folded, _blocked,
    _case_marked, _common_noun, _common_start, _cyrillic_names, _english_country_given, _extend, _geographic,
    _honorific_before,
    _initial, _initialled_word, _is_first_name, _known_word, _life_years_after,
    _lone_name_after_title, _lower_elsewhere, _place_byname, _place_derived, _plain_stem,
    _place_tail, _plural_surname, _quoted_speech, _stem_in_any, _product_like, _russian_common, _suffixed, _syllable_name, _thing_after, _memo, _title_before, _title_over_body, title_candidates,
    _title_right_before, _title_word, patronymic, surname_stem, unglued, upper_surname, without_honorifics, world_given,
    world_names,
)
from .english import coordinated_surnames, place_named_speakers
from .russian import (
    _OBLIQUE_PATRONYMIC, case_clash, cut_before_initials, surname_initials, surname_place, titled_after_complement,
    _listed_oblique, _name, _russian_initial_name, _russian_nominative, _russian_subject, body_word,
    cued_pair,
    unknown_surname_nominative,
)
from .single import (
    _EN_DETERMINERS, _beside_number, _company_list, _headline_line, _english_ages, _english_ambiguous_given, _english_capitalised, _english_relations, _english_possessors, _english_speakers, _english_surname,
    _foreign_given_names, _given_name,
    _russian_surname,
)
from .cues import _appositive_titles, _cued_runs, _initial_surname, cue_word, quoted_speakers
from .foreign import irish_surnames, particle_surnames, regnal_names
from .listed import listed_pairs
from .lists import _name_lists
from .mentions import (
    _FAMILY, _known_by_prefix, _known_full, _name_before, _place_surname, _repeated_mentions, _surname_keys,
)


# English: an age in commas and "of" before a home town (Tays, 32, of Franklin)
_HOMETOWN = re.compile(r", \d{1,3}, of $")


def find_persons(scan: Scan) -> list[Candidate]:
    """Person candidates with nominative full names (value {"name"})."""
    out: list[Candidate] = []
    tokens = scan.tokens
    n = len(tokens)
    taken: set[int] = set()
    patronymics = scan.lex.patronymics.get(scan.tag, frozenset())

    def add(first: int, last: int, name: str, surname: str) -> None:
        end = tokens[last].end
        if tokens[last].text in NAME_SUFFIXES and last > first and scan.text[end:end + 1] == ".":
            end, name = end + 1, name if name.endswith(".") else name + "."  # Patrick Carlineo Jr.
        out.append(Candidate("PERSON", tokens[first].start, end, {"name": name},
                             RANK, {"surname": fold(surname)}))
        taken.update(range(first, last + 1))

    flags = getattr(scan, "_caps", None)  # every rule starts at a capitalised word
    caps = list(compress(range(n), flags)) if flags is not None else [i for i in range(n) if scan.cap(i)]
    # K) well-known people by their full name (Си Цзиньпин, Режеп Таййиб Эрдўғон)
    known_heads = scan.lex.known_full
    prefixes = _known_by_prefix(scan) if scan.tag == "ru" else {}
    folded = scan.folded
    # (each pass first narrows the capitalised words by tests of the word alone, in one list
    # comprehension: cheaper than a loop that continues over most of them)
    for i in [i for i in caps if folded[i] in known_heads or folded[i][:4] in prefixes]:
        if i not in taken:
            _known_full(scan, i, add)
    # U) Uzbek: a first name and a surname in capitals, as bylines sign (Елена БОРИСОВА; any
    # given name when the two stand alone on their line: Мусохон АББАСИТДИНОВ,)
    if scan.uzbek:
        for i in [i for i in caps if i + 1 < n and tokens[i + 1].text.isupper()]:
            if i not in taken and i + 1 not in taken \
                    and scan.adjacent(i, i + 1) and tokens[i].text[1:].islower() and tokens[i].text.isalpha() \
                    and (sur := upper_surname(scan, i + 1)) is not None \
                    and (_is_first_name(scan, i) or _byline(scan, i, i + 1) and not _blocked(scan, i)):
                add(i, i + 1, f"{tokens[i].text} {sur}", sur)
        # Q, V) a ruler's given name and numeral (qirol Charlz III); van Basten, ter Shtegen
        regnal_names(scan, caps, taken, add)
        particle_surnames(scan, taken, add)
    caps_at = flags if flags is not None else [scan.cap(i) for i in range(n)]
    particles = scan.lex.name_particles
    # capitals before a capital (the pair passes below ask for one next)
    pairs = [i for i in caps if i < n - 1 and caps_at[i + 1]]
    # every pass below but A0 (a particle) wants a capital next
    for i in [i for i in caps if i < n - 1 and (caps_at[i + 1] or folded[i + 1] in particles)]:
        if i in taken or not scan.adjacent(i, i + 1):
            continue
        if _after_open_quote(scan, i) and not (scan.uzbek and _quoted_speech(scan, i)):
            continue  # ``Поляна Квасова'': the title of a work or brand (not "Fidel Kastroning o‘limi ...)
        if _place_tail(scan, i):
            continue  # San Diego Union-Tribune: Diego ends the place, no first name
        if (scan.uzbek or scan.russian) and i + 2 < n and len(tokens[i].text) <= 4 and _syllable_name(scan, i):
            continue  # Kim Yen Xo: three syllables, left to pass S (not Kim + Yen)
        # A0) first name + particle or honorific + name (Людвиг ван Бетховен, Одилхон қори Юнусхон ўғли)
        if i + 2 < n and scan.folded[i + 1] in scan.lex.name_particles and not scan.cap(i + 1) \
                and scan.adjacent(i + 1, i + 2) and scan.cap(i + 2) and (
                    _is_first_name(scan, i) or _foreign_particle_name(scan, i)) \
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
        if scan.cap(i + 1) and (_is_first_name(scan, i) or world_given(scan, i)
                                or scan.tag == "en" and _english_country_given(scan, i) or (
                scan.tag == "ru" and scan.cap(i) and not _acronym(scan.tokens[i].text)
                and _PATRONYMIC.search(scan.folded[i + 1]) and scan.cap(i + 1))) and scan.cap(i + 1) and (
                not _blocked(scan, i + 1) or _place_byname(scan, i, i + 1) or _suffixed(scan, i + 1)
                or scan.russian and surname_place(scan, i, i + 1)) \
                and not (scan.uzbek and _common_noun(scan, i + 1)):  # (Kumar Amirlikning: a noun in -lik)
            j = i + 1
            if (_PATRONYMIC.search(scan.folded[j]) or scan.russian and _OBLIQUE_PATRONYMIC.search(scan.folded[j])) \
                    and j + 1 < n and scan.cap(j + 1) and scan.adjacent(j, j + 1) \
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
            elif not _case_marked(scan, j) and j + 1 < n and scan.adjacent(j, j + 1) and scan.cap(j + 1) \
                    and (j + 2 >= n or not scan.cap(j + 2) or not scan.adjacent(j + 1, j + 2)) \
                    and surname_stem(scan, j) and not _STRONG_SURNAME.search(fold(surname_stem(scan, j))) \
                    and surname_stem(scan, j + 1) and not _blocked(scan, j + 1) and not _place_derived(scan, j + 1) \
                    and not _acronym(scan.tokens[j + 1].text) and not _title_word(scan, j + 1):
                j += 1  # Abu Zarin Hussin: a weak surname shape (-in) before another surname-shaped word
            elif scan.uzbek and not _case_marked(scan, j) and j + 1 < n and scan.adjacent(j, j + 1) \
                    and scan.cap(j + 1) and not _acronym(scan.tokens[j + 1].text) and not _blocked(scan, j + 1) \
                    and not _place_derived(scan, j + 1) and not _thing_after(scan, j + 1) \
                    and not surname_stem(scan, j) and (j + 2 >= n or not scan.cap(j + 2)) \
                    and not scan.stem_in(j + 1, scan.lex.not_person_words.get(scan.tag, frozenset())) \
                    and not _common_noun(scan, j + 1) \
                    and (any(a.slots == ("case",) and a.suffixes[-1] in _GENITIVE for a in scan.analyses(j + 1))
                         or _title_right_before(scan, i) and len(scan.tokens[j + 1].text) >= 4
                         and not scan.stem_in(j + 1, scan.lex.known_org_words) and not _product_like(scan, j + 1)):
                j += 1  # Юсуф Хос Ҳожибнинг (фикрича): a given name and two more words in the genitive;
                # after a position any third word (Президенти Ражаб Тоййиб Эрдўған, kotibi Amarjit Singx Bakshi)
            if scan.russian and j == i + 1 and case_clash(scan, i, j):
                continue  # Кенес Республики: a nominative and a common noun in the genitive
            sur = surname_stem(scan, j)
            if sur is None and scan.uzbek and j == i + 1:
                sur = _plural_surname(scan, j)  # Elyor G‘aniyevlar ishtirok etmoqda: the last of listed people
            if sur is None and (_initial(scan, i) and not _title_before(scan, i)):
                if not (scan.tag == "en" and (_is_first_name(scan, i) or world_given(scan, i)
                                              or _english_country_given(scan, i))) \
                        and not _russian_subject(scan, i, j) \
                        and not _russian_initial_name(scan, i, j) \
                        and not (j > i + 1 and _PATRONYMIC.search(scan.folded[i + 1])) \
                        and not (scan.uzbek and _is_first_name(scan, i) and not _common_start(scan, i)
                                 and not _lower_elsewhere(scan, j)):
                    continue
            if sur is None and _is_first_name(scan, j, known_only=True) and not scan.uzbek \
                    and (_initial(scan, i) or i == 0 or not scan.tokens[i - 1].text.islower()) \
                    and not (scan.tag == "en" and scan.folded[j] in scan.lex.first_names.get("en_surnames", ())
                             and len(scan.folded[j]) >= 4 and j + 1 < n and scan.folded[j + 1] not in ("and", ",")):
                continue  # Мэри Том хотел: two people (but капитан Джеймс Деннис, Blake Coleman: one)
            if scan.tag == "en" and i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not _initial(scan, i) \
                    and j + 1 < n and scan.adjacent(j, j + 1) and scan.cap(j + 1) and j == i + 1 \
                    and not _suffixed(scan, j):
                continue  # National Hunter Seat Medal Final: inside a longer capitalised run
            first, last = _extend(scan, i, j)
            if first == i and i > 0 and i - 1 not in taken and scan.adjacent(i - 1, i) and scan.cap(i - 1) \
                    and (scan.tag != "en" or _is_first_name(scan, i - 1)) \
                    and not _blocked(scan, i - 1) and not _case_marked(scan, i - 1) \
                    and not _place_derived(scan, i - 1) \
                    and not _title_word(scan, i - 1) and not surname_stem(scan, i - 1) \
                    and not (scan.uzbek and _common_start(scan, i - 1)) \
                    and (_is_first_name(scan, i - 1) or not _initial(scan, i - 1)) \
                    and not (scan.tag == "ru" and ("Name" not in scan.parses(i - 1)[0].tag if scan.russian
                                                   else not _is_first_name(scan, i - 1))):
                first = i - 1  # Аҳмет Башар Шен
            if last != j:
                sur = None
            last_stem = sur or _plain_stem(scan, last)
            add(first, last, _name(scan, first, last, last_stem), last_stem)
            continue
        if scan.russian and (said := cued_pair(scan, i)):  # (заявил Хакан Фидан, с Олафом Шольцем)
            add(i, i + 1, said, tokens[i + 1].text); continue  # noqa: E702
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
                name = _russian_nominative(words) if scan.russian else " ".join(words)
                add(i, j, name, sur)
                continue
        if sur and _is_first_name(scan, i + 1) and sur == tokens[i].text and not body_word(scan, i) and not (
                scan.tag == "ru" and not _STRONG_SURNAME.search(fold(sur))
                and not morph_analyzer().word_is_known(sur)) and not (  # Тошкента: a guessed Surn reading
                scan.russian and _initial(scan, i) and _known_word(scan, i)
                and not any("Surn" in p.tag for p in scan.parses(i))):  # Слова Оскара: a noun opens it
            j = i + 1
            if j + 1 < n and scan.adjacent(j, j + 1) and (
                    _PATRONYMIC.search(scan.folded[j + 1]) or scan.folded[j + 1] in patronymics
                    or scan.russian and _OBLIQUE_PATRONYMIC.search(scan.folded[j + 1])):
                j += 1
            j = _extend(scan, i, j)[1]
            words = [tokens[m].text for m in range(i, j)] + [_plain_stem(scan, j)]
            name = _russian_nominative(words) if scan.russian else " ".join(words)
            add(i, j, name, sur)
    if scan.uzbek:  # B3) Ҳусанов Эшқобил alone on its line (winners' lists)
        listed_pairs(scan, caps, taken, out)
    # C2) Russian: surname + initials (Петров А.В., Сидоровой Н.П. -> Сидорова Н.П.)
    for i, last, end, name, sur in surname_initials(scan) if scan.russian else ():
        if i not in taken:
            out.append(Candidate("PERSON", tokens[i].start, end, {"name": name}, RANK, {"surname": fold(sur)}))
            taken.update(range(i, last + 1))
    # C) initials: Ш.Мирзиёев, Sh. Mirziyoyev
    for m in _INITIALS.finditer(scan.text):
        starts = scan.start_index
        j = starts.get(m.end())
        if j is None or j in taken:
            continue
        first = starts.get(m.start())
        if first is None:
            continue
        given = first - 1 if first > 0 and first - 1 not in taken and scan.adjacent(first - 1, first) \
            and scan.cap(first - 1) and _is_first_name(scan, first - 1) \
            and not _title_right_before(scan, first) else None  # John F. Kennedy (not Adib A. Qodiriy)
        sur = surname_stem(scan, j)
        if sur is None and scan.tag == "en" and (given is not None or scan.folded[j] in scan.lex.first_names.get(
                "en_surnames", ())) and not (given is None and _blocked(scan, j)) and not scan.function_word(j):
            sur = tokens[j].text  # J. Smith; George H. W. Bush, John F. Kennedy (a place word too)
        if sur is None and scan.tag != "en" and "\n" not in m.group(0) and _initialled_word(scan, j):
            sur = _plain_stem(scan, j)  # А. Новак, G. Pereyru: any name word after initials
        if sur is None and scan.uzbek and given is None:
            sur = upper_surname(scan, j)  # Ш.МИРЗИЁЕВ: a signature
        if sur is None:
            continue
        initials = m.group(1)
        name = initials + (_russian_nominative([sur]) if scan.russian else sur)
        if given is not None:
            first, name = given, f"{tokens[given].text} {name}"
        out.append(Candidate("PERSON", tokens[first].start, tokens[j].end, {"name": name}, RANK,
                             {"surname": fold(sur)}))
        taken.update(range(first, j + 1))
    # S) three short capitalised syllables: East Asian names (Пан Ги Мун, Ким Чен Ын, Pan Gi Mun)
    for i in [i for i in pairs if i < n - 2 and caps_at[i + 2] and len(tokens[i + 1].text) <= 4]:
        if any(k in taken for k in (i, i + 1, i + 2)) or not _syllable_name(scan, i):
            continue
        stem = _plain_stem(scan, i + 2)
        add(i, i + 2, " ".join([tokens[i].text, tokens[i + 1].text, stem]), stem)
    # Y) a capitalised run of two or three words followed by life years: Газанфер Бильге (1924 -- 2008)
    for i in (caps if _LIFE_YEARS_IN_TEXT.search(scan.text) else ()):
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
    for i in [i for i in caps if folded[i][:3] in heads]:  # (a known or found surname's start)
        if i in taken or _acronym(scan.tokens[i].text):
            continue
        if scan.russian and _FAMILY.search(scan.folded[i]):
            continue  # заводы Демидовых: the family, not the one man
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
            if _name_before(scan, i) and i - 1 not in taken and not _common_start(scan, i - 1) \
                    and not _case_marked(scan, i - 1):  # Kristiano Ronaldu: the article's full name
                add(i - 1, i, _name(scan, i - 1, i, written or tokens[i].text), written or name)
                continue
            add(i, i, name, written or name)
    # D) title + surname: Президент Мирзиёев, мэр Собянин, Mr. Saito, Bosh vazir Sindzo Abe
    for i in title_candidates(scan, caps):
        if i in taken or tokens[i].text in NAME_SUFFIXES:
            continue
        if i - 1 in taken or not _title_before(scan, i):
            continue
        if _blocked(scan, i) and not (_honorific_before(scan, i) and not scan.function_word(i)
                                      and not scan.stem_in(i, scan.lex.countries.get(scan.tag, {}))):
            continue  # Mr. Kawasaki: after an honorific a city name is a surname
        if _russian_common(scan, i) and not _honorific_before(scan, i):
            continue  # министра Континентального Конгресса, председатель Президиума: no name
        if not scan.uzbek and i + 2 < n and scan.adjacent(i, i + 1) and _is_first_name(scan, i + 1) \
                and not _is_first_name(scan, i) and scan.cap(i + 2) and scan.adjacent(i + 1, i + 2):
            continue  # хокиму Тошкента Шавкату Умурзакову: the name starts at the first name
        if scan.tag == "en" and scan.tokens[i - 1].text[-2:] in ("'s", "’s"):
            continue  # the Founder's Edition: a thing of the title's holder
        if scan.russian and _FAMILY.search(scan.folded[i]):
            continue  # основатель династии Демидовых: a family
        near = _title_right_before(scan, i)
        sur = surname_stem(scan, i)
        strong = sur and (_STRONG_SURNAME.search(fold(sur)) or (
            scan.russian and any("Surn" in p.tag for p in scan.parses(i)[:2])))
        if strong and not _uz_common(scan, i):
            name = _russian_nominative([sur]) if scan.russian else sur
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
                and not _russian_common(scan, last + 1) and not (scan.uzbek and _common_noun(scan, last + 1)):
            last += 1  # (tadbirkori Balvinter Saxani Amirlikning: a common noun in -lik ends the name)
        if over_body and (last == i or _acronym(tokens[last].text)):
            continue  # директор ВОЗ Тедрос Адханом Гебрейесус: two or three name words only
        if scan.tag == "en" and last + 1 < n and scan.adjacent(last, last + 1) and scan.cap(last + 1) \
                and _title_word(scan, last + 1):
            continue  # Chief Financial Officer: a word between two title words is part of the position
        if last == i and not _honorific_before(scan, i) and (scan.uzbek or _geographic(scan, i)) and not (
                scan.uzbek and near and _lone_name_after_title(scan, i)):
            continue  # академик Жалолиддин: in Uzbek one word after a position is no name
        if _thing_after(scan, last) and not (last + 1 < n and scan.lex.person_cues.get(scan.tag, {}).get(
                scan.folded[last + 1]) == "work"):  # (муаррихи Бадоюнийнинг асарида: a person's work)
            continue  # хоним Мўйи Муборак мадрасасида: the name of a building, not a person
        first, last = _extend(scan, i, last)
        stem = _plain_stem(scan, last)
        add(first, last, _name(scan, first, last, stem), stem)
    if scan.russian:  # D2) after a title and its complement (министр иностранных дел Турции Хакан Фидан)
        titled_after_complement(scan, caps, taken, add)
    # T) Russian/English: a pair of capitalised words before a comma and a position (Hakan
    # Fidan, Turkey's foreign minister; Хакан Фидан, министр иностранных дел Турции)
    if (scan.tag == "en" or scan.russian) and "," in scan.text:
        _appositive_titles(scan, caps, taken, add)
    # O) English: any capitalised word before an Irish or Scottish surname (Beto O’Rourke, Ted McCarthy)
    if scan.tag == "en":
        for i in caps:
            if i + 1 < n and i not in taken and i + 1 not in taken and _GAELIC_SURNAME.match(tokens[i + 1].text) \
                    and scan.adjacent(i, i + 1) and tokens[i].text.isalpha() and tokens[i].text[1:].islower() \
                    and not (i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1)) \
                    and not _blocked(scan, i) and not _title_word(scan, i) and scan.folded[i] not in _PLACE_HEADS:
                add(i, i + 1, f"{tokens[i].text} {tokens[i + 1].text}", tokens[i + 1].text)
    # F) a first name alone: Tom, Мэри, Марии (not inside another mention's words)
    for i in ([] if scan.uzbek else caps):
        if i in taken or _blocked(scan, i) or scan.tokens[i].text in NAME_SUFFIXES:
            continue
        if i + 1 < n and scan.adjacent(i, i + 1) and scan.cap(i + 1) and (not _blocked(scan, i + 1) or (
                scan.tag == "en" and _stem_in_any(scan, i + 1, "org_forms", "place_words"))):
            continue  # part of a longer capitalised run nobody understood; the Davis Cup, Trump
            # Tower: a thing named after a person
        if scan.russian and i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) \
                and "ADJF" in scan.parses(i - 1)[0].tag:
            continue  # Младшей Эдде, Новой Зеландии: a name of something else
        tok = tokens[i]
        if tok.start > 0 and (scan.text[tok.start - 1] in "«“\"„" or scan.tag == "en" and scan.text[tok.start - 1] == "‘") \
                and not _SPEECH_AFTER.match(scan.text, tok.end):
            continue  # “Ҳасанбой” масжиди, «Иннопром. ...»: a quoted name of something else
        if scan.tag == "ru" and _in_place(scan, i):
            continue  # в Анталии: a place
        if scan.tag == "en" and _HOMETOWN.search(scan.text, max(0, tok.start - 12), tok.start):
            continue  # Tays, 32, of Franklin: a home town
        if scan.tag == "en" and i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) \
                and not _initial(scan, i - 1) and not _title_before(scan, i):
            continue  # the channel Possible Boris: a capitalised run nobody understood
        if scan.tag == "en" and i > 0 and scan.folded[i - 1] in _EN_DETERMINERS and scan.folded[i - 1] != "that":
            continue  # a Mac, the Davis Cup: a thing named by a name
        given = _given_name(scan, i) or (_russian_surname(scan, i) if scan.tag == "ru" else None) \
            or (_english_surname(scan, i) or _english_capitalised(scan, i) if scan.tag == "en" else None)
        if given and scan.tag == "en" and (_beside_number(scan, i) or _headline_line(scan, i) or _company_list(scan, i)):
            continue  # the 737 Max, Prime Day 2019, Brent LCOc1: a word of a thing's name; Last
            # Chance to Buy Sword or Shield: a capital of a headline; Ford, Macy’s, NBC: brands
        if given:
            last = _extend(scan, i, i)[1]  # Пётр I, Louis XIV
            name = " ".join([given] + [scan.tokens[k].text for k in range(i + 1, last + 1)])
            first = i
            k = i - 1
            if scan.russian and k >= 0 and k not in taken and scan.adjacent(k, i) and scan.cap(k) \
                    and scan.folded[k] in _EURO_PARTICLES:
                add(k, last, f"{scan.tokens[k].text} {name}", given)  # Де Чезарис, Ван Гог
                continue
            if scan.russian and k >= 0 and k not in taken and scan.adjacent(k, i) and scan.cap(k) \
                    and (not _initial(scan, k) or _STRONG_SURNAME.search(scan.folded[i])) \
                    and not _acronym(scan.tokens[k].text) \
                    and scan.tokens[k].text.isalpha() and not _known_word(scan, k) and not _blocked(scan, k) \
                    and not _place_derived(scan, k) and not _title_word(scan, k) \
                    and (scan.parses(i)[0].tag.case != "nomn" or not _known_word(scan, i)):
                first = k  # Сайид Ахмадом, Кэндзи Ямада заявил: an unknown first word stays as written
                # (at a sentence start too before a surname of Russian shape: Микаил Шишханов --)
                listed = _listed_oblique([scan.tokens[k].text, scan.tokens[i].text],
                                         _cyrillic_names(scan))
                name = f"{listed[1] if listed else scan.tokens[k].text} {name}"  # (Сардором -> Сардор)
            add(first, last, name, given)
    # H) Uzbek: a surname alone inside a sentence (Qosimov, Ҳамроқуловнинг), not a place
    if scan.uzbek:
        known = (scan.memo.get("persons:blocked") or _memo(scan, "blocked")).get  # (1 blocked, 2 acronym)
        for i in [i for i in caps if known(tokens[i][3]) not in (1, 2)]:  # _blocked by the memo: out
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
                    and not _after_open_quote(scan, i) and not _uz_common(scan, i):  # "Самаркандский вестник"
                add(i, i, sur, sur)  # (not Сайлов кодекси: a common word in -ов)
    # P) Uzbek: a name marked by a person cue (Рукийнинг сўзларига кўра, — dedi Berri)
    if scan.uzbek:
        for first, last in _cued_runs(scan, set(taken)):
            stem = _plain_stem(scan, last)
            add(first, last, " ".join([tokens[k].text for k in range(first, last)] + [stem]), stem)
        for first, last in quoted_speakers(scan, set(taken)):  # Q) », — deb tushuntiradi Xegay.
            stem = _plain_stem(scan, last)
            add(first, last, " ".join([tokens[k].text for k in range(first, last)] + [stem]), stem)
    # G) Uzbek: a pair of capitalised words inside a sentence that is no place, body or brand
    # (Kristiano Ronaldu, Олив Жиру): foreign names the first-name lists do not know
    if scan.uzbek:
        for i in pairs:
            j = i + 1
            if i in taken or j in taken or not scan.adjacent(i, j):
                continue
            if (i == 0 or _initial(scan, i)) and not _initial_pair(scan, i, j):
                continue
            if i > 0 and not _initial(scan, i) and (scan.cap(i - 1) and scan.adjacent(i - 1, i) and not (
                    _initial(scan, i - 1) and _common_start(scan, i - 1))):
                continue  # (but Тарихчи Фидел Кастро: after a sentence's common first word)
            if j + 1 < n and scan.cap(j + 1) and scan.adjacent(j, j + 1):
                continue
            if _after_open_quote(scan, i) or scan.text[scan.tokens[i].start - 1:scan.tokens[i].start] == "(" \
                    or _thing_after(scan, j):
                continue
            if any(_blocked(scan, k) or _place_derived(scan, k) or len(scan.tokens[k].text) < 3
                   for k in (i, j)) or _case_marked(scan, i):
                continue
            if any(scan.stem_in(k, scan.lex.known_org_words) for k in (i, j)):
                continue
            if any(_product_like(scan, k) for k in (i, j)):
                continue  # Fold OLEDʼda, ErgoSense Bluetooth: a device or product
            if scan.folded[i].startswith(_MOSQUE_HEADS):
                continue  # Масжидул Ақсо, Masjidun Nabaviy: a mosque (Arabic masjid al-/an-)
            if any(scan.stem_in(k, scan.lex.not_person_words.get(scan.tag, frozenset())) for k in (i, j)) \
                    or _common_start(scan, i):
                continue  # Хатми Қуръон, Муборак Рамазон, Пайғамбаримиз Муҳаммад: common words
            if scan.tag == "uz-Latn" and _foreign_spelled_pair(scan, i, j):
                continue  # Football Italia, Coca Cola, Law Index: brands keep their spelling
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
            if j + 1 < n and scan.adjacent(j, j + 1) and not scan.cap(j + 1) and patronymic(scan, j + 1):
                pat = _plain_stem(scan, j + 1)  # Пошшахон Эшонхон қизининг: the patronymic is part of the name
                add(i, j + 1, f"{scan.tokens[i].text} {scan.tokens[j].text} {pat}", stem)
                continue
            add(i, j, f"{scan.tokens[i].text} {stem}", stem)
    # F2) Uzbek Latin: an English given name alone inside a sentence (Jared, Sami)
    if scan.tag == "uz-Latn":
        _foreign_given_names(scan, caps, taken, add)
    # L) a list of single names, as in a line-up (Sterling (29), Martines (30), Rouz (45))
    if scan.tag == "en":  # C2) a surname opening a compound adjective (the Trump-era tariffs)
        for i in caps:
            if i not in taken and "-" in tokens[i].text:
                head = _compound_surname(scan, i)
                if head:
                    start = tokens[i].start
                    out.append(Candidate("PERSON", start, start + len(head), {"name": head}, RANK,
                                         {"surname": fold(head)}))
                    taken.add(i)
    if scan.tag == "en":  # E2) an English speaker by one word (Bridenstine said)
        _english_speakers(scan, caps, taken, add)
        _english_possessors(scan, caps, taken, add)  # E3) Assange's extradition ... his
        _english_ages(scan, caps, taken, add)  # E4) Carlineo, 55, of Rochester
        _english_relations(scan, caps, taken, add)  # E6) Assange, who ...; Carlineo’s attorney
        _english_ambiguous_given(scan, caps, taken, add)  # E5) recorded by Frank Sinatra
    if scan.uzbek:
        irish_surnames(scan, caps, taken, add)  # I) OʻShi, O'Xaraning alone
    _name_lists(scan, taken, add, caps)
    # R) every other mention of a name found above, before or after it (Director Tanaka ...
    # It's Tanaka; Messi ... Messini): the article's fullest name for that surname
    _repeated_mentions(scan, out, taken, add)
    out = _joined_names(scan, out)
    if scan.uzbek:
        out = [c for c in out if not _street_namesake(scan, c)]
    if scan.tag == "en":
        out = [c for c in out if not _article_before(scan, c) and not _trademark(scan, c)] + place_named_speakers(scan, out)
        out += coordinated_surnames(scan, out)
    return [c if " " not in c.value["name"] or (name := without_honorifics(c.value["name"])) == c.value["name"]
            else Candidate(c.label, c.start, c.end, {"name": name}, c.rank, c.extra)
            for c in out if not _eponym(scan, c)]


# spellings Uzbek Latin gives no foreign name (c outside ch, w, ph, gh, oo, ee, qua, letters
# of other alphabets): a pair with one is a brand or title in its own spelling
_FOREIGN_SPELLING = re.compile("c(?!h)|w|ph|gh|oo|ee|qu[aeio]|[äöüßéèêàáíóúñçşğı\u0307]")  # (on lower case: İ -> i̇)


def _foreign_spelled_pair(scan: Scan, i: int, j: int) -> bool:
    """Uzbek Latin: an unknown pair (pass G) with a word spelled as no Uzbek name is (Football
    Italia, Coca Cola, Limelight Gala) is a brand or title, unless its first word is one of the
    world's given names (Richard Spencer, Scott Collie)."""
    words = (scan.tokens[i].text, scan.tokens[j].text)
    if not any(_FOREIGN_SPELLING.search(w.lower()) for w in words):
        return False
    return _bare_folded(scan, i) not in world_names() and not scan.stem_in(i, scan.lex.first_names.get("Latn", frozenset()))


def _uz_common(scan: Scan, i: int) -> bool:
    """Uzbek: token i is a listed common word (`not_person_words`: Сайлов, Бош, Davlat)."""
    return scan.uzbek and scan.stem_in(i, scan.lex.not_person_words.get(scan.tag, frozenset())) is not None


def _initial_pair(scan: Scan, i: int, j: int) -> bool:
    """Uzbek: an unknown pair opening a sentence (Sushma Svaraj hukmron ..., Сушма Свараж
    ҳукмрон ...) is a name when its first word is one of the world's given names (`world_names`;
    Cyrillic read in Latin letters), no common word, and a lower-case word follows the pair."""
    if not (j + 1 < len(scan.tokens) and scan.tokens[j + 1].text[:1].islower()):
        return False
    word = _bare_folded(scan, i) if scan.tag == "uz-Latn" else _latin_word(scan.tokens[i].text)
    return word in world_names() and not _common_start(scan, i) \
        and not scan.function_word(i) and not scan.stem_in(i, scan.lex.known_org_words)


@lru_cache(maxsize=4096)
def _latin_word(word: str) -> str:
    """An Uzbek Cyrillic word in Uzbek Latin letters, folded (Сушма -> sushma)."""
    from ...translit import convert

    return fold(convert(word, "Latn"))


def _byline(scan: Scan, first: int, last: int) -> bool:
    """Tokens first..last open their line and end it or stand before a comma (a signature)."""
    text = scan.text
    before = text[scan.tokens[first - 1].end:scan.tokens[first].start] if first else "\n"
    after = text[scan.tokens[last].end:scan.tokens[last].end + 1]
    return "\n" in before and after in ("", "\n", ",")


def _joined_names(scan: Scan, out: list[Candidate]) -> list[Candidate]:
    """Two person candidates that are one longer name: side by side when the first ends in no
    surname shape (Abd + Rabbo Mansur Hodiy), or around one short capitalised syllable (Ҳасан
    Янг + Фа + Минг). Not around a patronymic: Абдулла Қодирий ўғли Ҳабибулла is his son."""
    if len(out) < 2:
        return out
    ordered = sorted(out, key=lambda c: (c.start, -c.end))
    merged: list[Candidate] = []
    for c in ordered:
        prev = merged[-1] if merged else None
        if prev is None or c.start < prev.end or not _one_name_gap(scan, prev, c):
            merged.append(c)
            continue
        gap = scan.text[prev.end:c.start].split()
        name = " ".join([prev.value["name"], *gap, c.value["name"]])
        merged[-1] = Candidate("PERSON", prev.start, c.end, {"name": name}, prev.rank, c.extra)
    return merged


def _street_namesake(scan: Scan, c: Candidate) -> bool:
    """Uzbek: the person names a street or avenue (Академик Ғуломов кўчаси; person_cues
    kind `namesake`): part of an address, no person mention (a square keeps its person:
    Amir Temur xiyobonida)."""
    cues = scan.lex.person_cues.get(scan.tag, {})
    words = scan.text[c.end:c.end + 20].split(maxsplit=1)
    if bool(words) and scan.text[c.end:c.end + 1] == " " and cues.get(fold(words[0].rstrip(",.;:"))) == "namesake":
        return True
    # the first of coordinated namesakes before a plural street word (Ahmad Donish va Amir Temur ko‘chalari)
    return coordinated_namesake(scan, c.end)


def _one_name_gap(scan: Scan, a: Candidate, b: Candidate) -> bool:
    """The text between person candidates a and b joins them into one name."""
    gap = scan.text[a.end:b.start]
    if not gap or "\n" in gap or (gap.strip() and not gap.startswith(" ")) or not gap.endswith(" "):
        return False
    words = gap.split()
    last_a, first_b = fold(a.value["name"].split()[-1]), fold(b.value["name"].split()[0])
    if not words:
        if scan.uzbek and a.value["name"].count(" ") == 1 and " " not in b.value["name"] \
                and scan.text[a.start:a.end] == a.value["name"] and not _STRONG_SURNAME.search(last_a):
            return True  # Реджеп Тайип + Эрдўғон: given names without a case ending, and a lone surname
        return not _STRONG_SURNAME.search(last_a) and not _STRONG_SURNAME.search(first_b) \
            and " " in b.value["name"] and " " not in a.value["name"] and len(a.value["name"]) <= 4
    if len(words) != 1:
        return False
    word = words[0]
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) <= 3 \
        and " " in a.value["name"] and " " not in b.value["name"] and len(b.value["name"]) <= 5 \
        and not _STRONG_SURNAME.search(last_a)


# Irish and Scottish surname shapes (O’Rourke, O'Neill, McCarthy; not MacBook)
_GAELIC_SURNAME = re.compile(r"^(?:O['’ʻʼ‘]|Mc)[A-Z][a-z]{2,}$")
# English words that open a place's name before a surname (Lake McDonald, Fort McMurray)
_PLACE_HEADS = frozenset({"lake", "mount", "fort", "port", "camp", "glen", "loch", "cape", "point", "saint",
                          "st", "bay", "river", "park", "castle", "hall"})


# European particles of surnames (Бернардино де Саагун, Винсент ван Гог, Де Чезарис)
_EURO_PARTICLES = frozenset({"де", "да", "ди", "дос", "дю", "ван", "фон", "дер", "дель", "делла"})


def _foreign_particle_name(scan: Scan, i: int) -> bool:
    """Russian: a capitalised word pymorphy3 does not know, before a European particle and a
    capitalised word (Бернардино де Саагун): a foreign first name, not a place."""
    return scan.russian and scan.folded[i + 1] in _EURO_PARTICLES and not _known_word(scan, i) \
        and scan.tokens[i].text.isalpha() and not scan.tokens[i].text.isascii() \
        and not _blocked(scan, i) and not _place_derived(scan, i) and not _place_derived(scan, i + 2)


_EPONYM_WORDS = frozenset({"номидаги", "nomidagi", "номли", "nomli"})


def _eponym(scan: Scan, c: Candidate) -> bool:
    """The person names a body or place (Алишер Навоий номидаги театр): part of that name."""
    m = scan.text[c.end:c.end + 12].split(maxsplit=1)
    return bool(m) and fold(m[0]) in _EPONYM_WORDS and scan.text[c.end:c.end + 1].isspace()


_QUOTE_CHARS = "«»“”„\"'"
# words before a namesake inside a body's name (университет имени Мирзо Улугбека)
_NAMED_AFTER_BEFORE = frozenset({"имени", "им", "named after"})


# Russian institution nouns a namesake in the genitive follows without имени
# (университетом Петра Великого, театра Моссовета)
_NAMESAKE_HEADS = ("университет", "институт", "академи", "музе", "фонд", "театр",
                   "консерватори", "библиотек")


def _named_after(scan: Scan, p: Candidate) -> bool:
    """The person follows имени / им. / named after, or (Russian) an institution noun with
    the name inflected (a genitive namesake): the body's namesake, part of its name."""
    words = scan.text[max(0, p.start - 14):p.start].replace(".", " ").split()
    if not words:
        return False
    last = fold(words[-1])
    if last in _NAMED_AFTER_BEFORE or fold(" ".join(words[-2:])) in _NAMED_AFTER_BEFORE:
        return True
    return (scan.tag == "ru" and last.startswith(_NAMESAKE_HEADS)
            and scan.text[p.start:p.end] != p.value.get("name"))


# lower-case second parts of an English compound adjective led by a person's name (Trump-era)
_EN_COMPOUND_TAILS = frozenset({"era", "imposed", "appointed", "led", "backed"})


def _compound_surname(scan: Scan, i: int) -> str | None:
    """English: the name before the hyphen of a compound adjective (Trump-era, Bush-era,
    Trump-imposed) when it is a known person's surname or a US census surname English does
    not write in lower case, and no place, country or org word.

    >>> from pipeline.entities.names import NameExtractor
    >>> scan = Scan("the Trump-era tariffs and Saudi-led talks", "en", NameExtractor().lexicon)
    >>> _compound_surname(scan, 1), _compound_surname(scan, 5)
    ('Trump', None)
    """
    head, _, tail = scan.tokens[i].text.partition("-")
    if tail not in _EN_COMPOUND_TAILS or len(head) < 3 or not head.isalpha() or not head[1:].islower():
        return None
    key = fold(head)
    lex = scan.lex
    if key not in lex.known_persons and (key not in lex.first_names.get("en_surnames", ())
                                         or key in lex.not_single_names):
        return None
    if key in lex.countries.get("en", {}) or key in lex.locations.get("en", {}) or key in lex.known_org_words \
            or key in lex.companies or key in lex.first_names.get("en_not_names", ()):
        return None
    return head


# a comma and a lower-case word after a name that opens a quote: direct speech (“Tom, come here”,
# «Том, говорят, ...»), not the quoted title of a work or a brand
_SPEECH_AFTER = re.compile(r",\s+[a-zа-яёўқғҳ]")


_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w])(?:the|an?|The|An?)\s$")


def _trademark(scan: Scan, c: Candidate) -> bool:
    """English: a name with a trademark sign after it or right before it (Don Victor® Honey),
    or a plus sign glued after it (Disney+), is a brand or service, no person.

    >>> from pipeline.entities.names import NameExtractor
    >>> scan = Scan("a jar of Don Victor® Honey", "en", NameExtractor().lexicon)
    >>> [_trademark(scan, Candidate("PERSON", a, b, {"name": "x"}, 3)) for a, b in ((9, 19), (21, 26))]
    [True, True]
    """
    text = scan.text
    return text[c.end:c.end + 1] in ("®", "™", "+") or text[max(0, c.start - 3):c.start].rstrip()[-1:] in ("®", "™")


def _article_before(scan: Scan, c: Candidate) -> bool:
    """English: a name of two or more words right after an article (the Logan Act, the Hilton
    Hotel, an All Access pass) names a thing, no person.

    >>> from pipeline.entities.names import NameExtractor
    >>> scan = Scan("under the Logan Act", "en", NameExtractor().lexicon)
    >>> _article_before(scan, Candidate("PERSON", 10, 19, {"name": "Logan Act"}, 3))
    True
    """
    return " " in c.value.get("name", "") and bool(_ARTICLE_BEFORE.search(scan.text, max(0, c.start - 5), c.start))


_MOSQUE_HEADS = ("масжиду", "masjidu")


def _titled(scan: Scan, start: int) -> bool:
    """Uzbek: the name starting at offset `start` follows a position (vaziri o‘rinbosari Ahadbek
    Haydarov Hisob palatasida): a person, not the opening of a body named after him."""
    k = scan.start_index.get(start)
    return k is not None and _title_right_before(scan, k)


def orgs_over_persons(scan: Scan, orgs: list[Candidate], persons: list[Candidate]) -> list[Candidate]:
    """Drop unquoted organisation candidates that swallow a person's full name found here:
    the name ends the run or stands inside it (министерства Гульнора Рахимова, Finance
    Minister Jamshid Kuchkarov and Bank), or opens it before another organisation found on
    its own (Laziz Qudratov Siemens Energy, Elena Petrova of the World Bank) or, in Uzbek, after
    a position (muxbiri Mirolim Isajonov Incheon milliy universiteti). A name that
    opens a run nothing else explains stays in it (Heydar Aliyev Foundation, Sino Road and
    Bridge Corporation). An organisation that starts inside a person's name and runs past it
    (Б. Мирбобоев Конституциявий суд) is dropped too. For `names._candidates`, before overlap
    resolution.

    >>> from pipeline.entities.names import NameExtractor
    >>> text = "пресс-секретарь министерства Гульнора Рахимова сообщила"
    >>> scan = Scan(text, "ru", NameExtractor().lexicon)
    >>> org = Candidate("ORG", 16, 46, {"name": "Министерство Гульнора Рахимова"}, 4)
    >>> person = Candidate("PERSON", 29, 46, {"name": "Гульнора Рахимова"}, 3)
    >>> orgs_over_persons(scan, [org], [person]), orgs_over_persons(scan, [org], [])
    ([], [Candidate(label='ORG', start=16, end=46, value={'name': 'Министерство Гульнора Рахимова'}, rank=4, extra={})])
    """
    if not persons or not orgs:
        return orgs
    orgs = [o for o in orgs if scan.text[o.start] in _QUOTE_CHARS or not any(
        p.start < o.start < p.end < o.end for p in persons)]  # (Б. Мирбобоев Конституциявий суд)
    if scan.tag == "ru":  # a body's walk that stops inside a surname + initials (университета Петров | А.В.)
        orgs = [cut_before_initials(scan, o, persons) for o in orgs]
        orgs = [o for o in orgs if o is not None]
    full = [p for p in persons if p.label == "PERSON" and " " in p.value.get("name", "")
            and "." not in p.value["name"]]
    if not full or not orgs:
        return orgs
    out = []
    for o in orgs:
        if o.label == "ORG" and scan.text[o.start] not in _QUOTE_CHARS and any(
                o.start <= p.start and p.end <= o.end and (p.start, p.end) != (o.start, o.end)
                and (p.start > o.start or any(o2 is not o and o2.label == "ORG" and o2.start >= p.end
                                              and o2.end == o.end for o2 in orgs)
                     or scan.uzbek and _titled(scan, p.start))
                and not _named_after(scan, p)
                for p in full):
            continue
        out.append(o)
    return out


_NAME_CASES = ("", "нинг", "ning")


def _unlisted_second_name(scan: Scan, k: int) -> bool:
    """Uzbek: tokens k-2, k-1 are a listed first name and a capitalised name word of no
    surname shape, and place word k (bare, sentence-internal) is followed by a lower-case
    word that is no place noun (вилояти, shahri): the place word is the name's last word."""
    n = len(scan.tokens)
    if k < 2 or k + 1 >= n or not (scan.adjacent(k - 2, k - 1) and scan.adjacent(k - 1, k)):
        return False
    nxt = scan.tokens[k + 1].text
    if not nxt[:1].islower() or scan.stem_in(k + 1, scan.lex.place_words.get(scan.tag, {})):
        return False
    return _is_first_name(scan, k - 2) and scan.cap(k - 1) and not _initial(scan, k - 1) \
        and not _blocked(scan, k - 1) and not _case_marked(scan, k - 1) \
        and not _STRONG_SURNAME.search(scan.folded[k - 1])


def names_over_places(scan: Scan, places: list[Candidate]) -> list[Candidate]:
    """Person names whose part is also a place name: `Алишер Навоий`, `Abu Rayhon Beruniy`
    (first names before the place word), `Хусан Вахобов` (a strong surname after it). The
    place word may carry no case but the genitive (Жасур Тошкентда: a man in a city)."""

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
        if first == k and not case and _unlisted_second_name(scan, k):
            first = k - 2  # Муҳаммад Абдуллоҳ Аден (бўлиб): a bare place word ends a given name's run
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
                name = _russian_nominative([c.value["name"], sur]) if scan.russian else f"{c.value['name']} {sur}"
                out.append(Candidate("PERSON", c.start, tokens[k + 1].end, {"name": name}, RANK,
                                     {"surname": fold(sur)}))
    out = [c if " " not in c.value["name"] or (name := without_honorifics(c.value["name"])) == c.value["name"]
           else Candidate(c.label, c.start, c.end, {"name": name}, c.rank, c.extra)
           for c in out if not _eponym(scan, c) and not _street_namesake(scan, c)]
    return out + _place_name_repeats(scan, places, out) if out else out


def _place_name_repeats(scan: Scan, places: list[Candidate], persons: list[Candidate]) -> list[Candidate]:
    """Uzbek: a lone place word that repeats the last word of a full name found above (Abu
    Rayhon Beruniy ... Beruniy birinchilardan) names the person (`mentions._place_surname`)."""
    fulls = {fold(p.value["name"].rsplit(" ", 1)[1]): p.value["name"] for p in persons if " " in p.value["name"]}
    starts = {p.start for p in persons}
    out = []
    for c in places:
        if c.label != "LOC" or c.start in starts:
            continue
        k = bisect_left(scan.starts, c.start)
        if k >= len(scan.tokens) or scan.tokens[k].end != c.end:
            continue
        full = fulls.get(fold(c.value.get("name", "")))
        if full and _place_surname(scan, k, full):
            out.append(Candidate("PERSON", c.start, c.end, {"name": full}, RANK, {"surname": fold(c.value["name"])}))
    return out


__all__ = ["cue_word", "find_persons", "names_over_places", "orgs_over_persons", "surname_stem", "unglued",
           "unknown_surname_nominative"]
