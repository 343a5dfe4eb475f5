"""Uzbek bodies and companies without quotes: a capitalised run (with short lower-case
stretches) before a body/company noun (Oʻzbekiston Respublikasi Moliya vazirligi, Toshkent shahar
hokimligi, Artel kompaniyasi); sub-bodies named through their parent; lists before a plural
head; a firm before its analysts."""
from __future__ import annotations

import re
from itertools import compress

from ..morph import case_endings, devoiced, ending_pattern, fold
from ..scan import Candidate, Scan
from ..locations import homograph_opening as _homograph_opening
from ...langdata.loader import word_list
from .common import (
    ACRONYM_WORD, CASED_CAP, CASED_LOWER, CONNECTORS, GENITIVE, LATIN_WORD, POSSESSOR, RANK, caps,
    country_end, form_key, form_kind, head_prefixes, is_place, is_place_word, known_name, lower_text, lowers_in,
    own_country, token_at, without_genitives,
)
from .quoted import quote_pairs


# an object in the accusative + a verbal noun opens a body's name (Соғлиқни сақлаш вазирлиги)
_GERUND_OBJECT = re.compile(r"(?:ни|ni)$")
# a verbal noun (oshirish, қилиш), not a noun that ends alike (bosh `chief`, yosh, tosh, ish)
_GERUND = re.compile(r"^(?!(?:бош|bosh|ёш|yosh|тош|tosh|иш|ish|қиш|qish|қуёш|quyosh)$).*(?:ш|sh)$")
# a count (51 ta, 3 нафар, иккита) is no part of a body's name: the name starts after it
_COUNT = re.compile(r"^(?:ta|та|nafar|нафар|(?:бир|икки|уч|тўрт|беш|олти|етти|саккиз|тўққиз|ўн"
                    r"|bir|ikki|uch|to'rt|besh|olti|yetti|sakkiz|to'qqiz|o'n)(?:та|ta))$")
_PEOPLE_COUNT = frozenset({"нафар", "nafar"})  # 5 нафар | Тошкент давлат университети талабаси: people, not bodies
_GERUND_DATIVE = re.compile(r"(?:шга|shga)$")
# the locative case ending, with the devoiced -та/-ta the morphology does not strip
_LOCATIVE = ending_pattern(case_endings("locative") | devoiced(case_endings("locative")))
_DATIVE = ending_pattern(case_endings("dative"))
INSIDE_NAME = frozenset({"ҳузуридаги", "huzuridagi", "қошидаги", "qoshidagi"})


def _ruler_cue(scan: Scan, first: int, j: int) -> bool:
    """Token j is a government word of a leader (person_cues kind `ruler`: hukumati,
    маъмурияти) and tokens first..j-1 may all be a person's name (no place, title, org word)."""
    if scan.lex.person_cues.get(scan.tag, {}).get(scan.folded[j]) != "ruler" or j - first > 3:
        return False
    from ..persons import cue_word

    return all(cue_word(scan, m) for m in range(first, j))


def _person_end(scan: Scan, k: int) -> bool:
    """Token k is the surname of a first name + surname pair (not part of an org name)."""
    from ..persons import surname_stem

    names = scan.lex.first_names.get(scan.script, ())
    return k > 0 and scan.folded[k - 1] in names and scan.adjacent(k - 1, k) \
        and surname_stem(scan, k) is not None


def _named_person_before(scan: Scan, k: int) -> bool:
    """The two words before token k are a given name and a capitalised word (Абдулазиз
    Мансур): a person's name, not the opening of a body's name."""
    return k > 1 and scan.cap(k - 1) and scan.adjacent(k - 1, k) and scan.adjacent(k - 2, k - 1) \
        and scan.cap(k - 2) and scan.folded[k - 2] in scan.lex.first_names.get(scan.script, ()) \
        and not scan.sentence_initial(k - 2)


_AND = frozenset({"ва", "va", "ҳамда", "hamda"})
_CHIEF = frozenset({"бош", "bosh"})
# the converb of reporting (aytishicha, bildirilishicha, маълум қилинишича): never inside a name
_REPORTED = re.compile(r"(?:shicha|шича)$")
_POWER = frozenset(fold(w) for w in ("ҳокимияти", "hokimiyati"))  # (tuman hokimiyati: a body)
_STATE = frozenset(fold(w) for w in ("давлат", "davlat"))
# a bare place word opening a sentence names no place (Туман Иқтисодий тараққиёт … бўлими)
_BARE_UNITS = frozenset(fold(w) for w in ("туман", "tuman", "вилоят", "viloyat", "шаҳар", "shahar"))
# adjectives between a city and the rest of a name (Toshkent xalqaro Vestminster universiteti)
_NAME_ADJECTIVES = frozenset(fold(w) for w in ("халқаро", "xalqaro", "давлат", "davlat", "миллий", "milliy"))
# road traffic: a movement word inside a body's name (Yoʻl harakati xavfsizligi xizmati)
_TRAFFIC = frozenset(fold(w) for w in ("йўл ҳаракати", "yoʻl harakati"))
_BANK_END = ("банки", "banki")  # a one-word bank (Eksimbanki) ends a name of its own
_CORPORATION = frozenset(fold(w) for w in ("корпорацияси", "korporatsiyasi", "korporasiyasi"))
# legal forms of companies only (a capitalised word before one is a company, even opening a sentence)
_COMPANY_FORMS = frozenset({"аж", "aj", "мчж", "mchj", "дук", "duk"})
_NAMED_AFTER = frozenset({"номидаги", "nomidagi"})
_AGAINST = frozenset({"қарши", "qarshi"})  # жиноятларга қарши курашиш: a dative before "against"
# head nouns that name a part of the known body before them (Олий Мажлис Сенати)
_PART_HEADS = frozenset({"сенати", "senati", "палатаси", "palatasi"})
# (Агросаноат мажмуи) устидан назорат қилиш инспекцияси: "over", a postposition inside a name
_POSTPOSITIONS = frozenset({"устидан", "ustidan", "жиҳатдан", "jihatdan"})  # (Техник жиҳатдан тартибга солиш агентлиги: an adverb)
# (Qurilish | Energetika) sohasida nazorat inspeksiyasi: the field a body controls
_FIELD = frozenset({"соҳасида", "sohasida"})
# Xalqaro moliya korporatsiyasi (IFC): an acronym in parentheses after the head names it
_ACRONYM_AFTER = re.compile(r" ?\([A-ZА-ЯЁЎҚҒҲ][A-ZА-ЯЁЎҚҒҲa-z]{1,7}\)")
# heads of state bodies named by what they do, even when written in lower case
_STATE_HEADS = frozenset(fold(w) for w in ("агентлиги", "agentligi", "вазирлиги", "vazirligi", "қўмитаси",
                                           "qoʻmitasi", "inspeksiyasi", "инспекцияси", "жамғармаси", "jamgʻarmasi"))
_ABOUT = frozenset({fold(w) for w in ("бўйича", "bo‘yicha", "boʻyicha", "bo'yicha", "bo`yicha")})
# adverbs that end like a case suffix but open a body's name (Фавқулодда вазиятлар бошқармаси)
_NOT_CASED = frozenset({"фавқулодда", "favqulodda"})
# a ministry named only by its country is no named body (Покистон вазирлиги маълумотига кўра)
_MINISTRY = frozenset({"вазирлиги", "vazirligi"})
# a society named only by its country is the people of that country (Saudiya jamiyati, Америка жамияти)
_SOCIETY = frozenset({"жамияти", "jamiyati"})
# demonstratives and determiners open a description, never a name (мазкур корхона, бундай шахслар учун суд,
# Давлат органлари ва бошқа | фуқаролик жамияти, Биргина | ИШИД ташкилоти)
_DEMONSTRATIVES = frozenset(fold(w) for tag in ("uz-Cyrl", "uz-Latn") for w in word_list(tag, "demonstratives"))
# (and the reflexive "own": Президент ўз сиёсий партиясининг, Prezident oʻz | siyosiy partiyasi;
# the pronoun "he/that": U sudda oʻziga soʻz berilganida)


# form words that end a name to their left (a capitalised noorg word before a lower-case one may open
# it: Raqamli texnologiyalar vazirligi; not Loyiha | Jahon banki)
_ORG_KINDS = frozenset({"legal", "type", "body", "title"})
_COLLEGE = frozenset({"юрти", "yurti"})
_KNOWLEDGE = frozenset({"билим", "bilim"})
# a commission is named by its task (Markaziy saylov komissiyasi), not by its owner alone
_COMMISSION = frozenset({"комиссияси", "komissiyasi"})
# a centre after only places and place words is the middle of the place (Seul shahri markazida,
# Пенсилвания штати маъмурий маркази), not a body
_CENTRE = frozenset({"маркази", "markazi"})
_ADMINISTRATIVE = frozenset(fold(w) for w in ("маъмурий", "ma’muriy", "шаҳар", "shahar", "вилоят", "viloyat",
                                               "туман", "tuman"))
# a known name opening with "world" or "united" is an international body: a country before it is the subject
_WORLD = frozenset(fold(w) for w in ("жаҳон", "jahon", "бирлашган", "birlashgan"))
_OWNER_WORDS = frozenset(fold(w) for w in ("республика", "respublika", "парламент", "parlament", "ҳукумат",
                                           "hukumat", "давлат", "davlat", "махсус", "maxsus", "тезкор", "tezkor"))


def _generic_centre(scan: Scan, first: int, j: int) -> bool:
    """A centre (маркази, markazi) at token j whose name first..j-1 says no more than where it
    is or what kind it is: only places, place words and `ёки` (Seul shahri markazida,
    Пенсионерлар | туман ёки шаҳар марказидаги, U | Nyu York shahri markazidagi: a sentence-initial
    pronoun or plural before them), or one capitalised common word opening the sentence
    (Savdo markazida, Turistik markazida: a shopping or tourist centre)."""
    folded = scan.folded
    places = scan.lex.place_words.get(scan.tag, {})
    if first < j - 1 and scan.sentence_initial(first) and (len(scan.tokens[first].text) == 1 or any(
            "plural" in a.slots for a in scan.analyses(first))):
        first += 1
    if first == j - 1 and scan.sentence_initial(first) and not is_place(scan, first) \
            and not scan.tokens[first].text.isupper() and not _named_elsewhere(scan, first):
        return True
    locations = scan.lex.locations.get(scan.tag, {})
    return all(is_place(scan, m) or scan.stem_in(m, places) is not None or folded[m] in _ADMINISTRATIVE
               or folded[m] in _OR or scan.stem_in(m + 1, places) is not None
               or any(f"{folded[m]} {fold(st)}" in locations for st in scan.stems(m + 1))  # Nyu | York
               for m in range(first, j))


_OR = frozenset(fold(w) for w in ("ёки", "yoki"))


def _standalone_org(scan: Scan, k: int) -> bool:
    """Token k is an organisation on its own: a one-word known name (Сенат) or an acronym."""
    if ACRONYM_WORD.match(scan.tokens[k].text):
        return True
    for stem in scan.stems(k):
        entries = scan.lex.known_orgs.get(fold(stem))
        if entries and any(len(words) == 1 for words, _ in entries):
            return True
    return False


def _bare_head(scan: Scan, k: int) -> bool:
    """Token k is a body noun without its possessive (Agentlik of agentligi, Vazirlik, Қўмита):
    the body named before, standing for itself."""
    word = scan.folded[k]
    forms = scan.lex.org_forms.get(scan.tag, {})
    cands = [word + "и", word + "i", word + "си", word + "si"]
    if word.endswith(("к", "k")):
        cands += [word[:-1] + "ги", word[:-1] + "gi"]
    return any(forms.get(c) == "body" for c in cands)


def _sub_body(scan: Scan, k: int, j: int, kind: str) -> bool:
    """The form word k right before a body head j names the body it belongs to (Uy-joy fondi
    inspeksiyasi, Қонунчилик палатаси Кенгаши): a body/company noun in the possessive."""
    if k + 1 != j or kind != "body" or not scan.folded[k].endswith(("и", "i")):
        return False
    key = form_key(scan, k)
    if scan.lex.org_forms.get(scan.tag, {}).get(key) not in ("body", "type"):
        return False
    if scan.cap(j):
        return True  # Қонунчилик палатаси Кенгаши: a capitalised body of the body before it
    # lower case: an inspectorate named after what it inspects (not vazirligi departamenti)
    return not scan.cap(k) and scan.folded[j].startswith(("inspeksiya", "инспекция"))


def _bare_body_noun(scan: Scan, k: int, j: int) -> bool:
    """Token k is a capitalised body noun without the possessive, before a lower-case word of
    the name (Суд ҳокимияти мустақиллигини … комиссияси): a describer, not another body's head."""
    word = scan.folded[k]
    return k + 1 < j and scan.cap(k) and not scan.cap(k + 1) and not word.endswith(("и", "i")) \
        and scan.lex.org_forms.get(scan.tag, {}).get(word) == "body"


def _org_possessor(scan: Scan, k: int) -> bool:
    """Token k (in the genitive) is an acronym or a known organisation (BMTning, ЖССТнинг)."""
    return any(ACRONYM_WORD.match(st) or fold(st) in scan.lex.known_orgs for st in scan.stems(k))


def _named_elsewhere(scan: Scan, i: int) -> bool:
    """The word of token i (a sentence start) is capitalised inside a sentence elsewhere in the
    text, stem for stem (Roodell kompaniyasi … Roodell’ning): a name, not a common noun."""
    memo = scan.memo.get("orgs inner caps")
    if memo is None:
        caps_ = caps(scan)
        memo = scan.memo["orgs inner caps"] = {
            key for k in compress(range(len(scan.tokens)), caps_) if not scan.sentence_initial(k)
            for key in scan.stem_keys(k)}
    return any(key in memo for key in scan.stem_keys(i)[:1])


def _owner_before(scan: Scan, k: int) -> int:
    """First token of the places that own a body whose name starts at token k: a country
    (Ўзбекистон Республикаси | Соғлиқни сақлаш вазирлиги) or places with their place words
    (Андижон вилояти | Соғлиқни сақлаш бошқармаси, Toshkent shahar Chilonzor tumani | …)."""
    places = scan.lex.place_words.get(scan.tag, {})
    first = k
    while first >= 2 and scan.adjacent(first - 2, first - 1) and scan.adjacent(first - 1, first) \
            and not scan.cap(first - 1) and scan.stem_in(first - 1, places) \
            and not CASED_LOWER.search(scan.folded[first - 1]) \
            and scan.cap(first - 2) and is_place(scan, first - 2):
        first -= 2  # (a place word without a case suffix: вилояти, not вилоятида)
    if first > 0 and scan.adjacent(first - 1, first) and scan.cap(first - 1):
        c = country_end(scan, first - 1)
        countries = scan.lex.countries.get(scan.tag, {})
        if c is not None and all(scan.adjacent(m, m + 1) for m in range(c, first)) \
                and not any(CASED_CAP.search(scan.folded[m]) and scan.folded[m] not in countries
                            for m in range(c, first)):  # (Uganda, Kanada: a country ending like -da)
            first = c
    return first


def _object_of_gerund(scan: Scan, k: int, j: int) -> bool:
    """Token k is the object (accusative: хизматини) or the field (locative: соҳасида) of a
    verbal-noun phrase that ends, with at most one lower-case describer after it, right before
    the head j (Давлат хизматини ривожлантириш агентлиги, Fuqarolik jamiyati shakllanishini
    monitoring qilish mustaqil instituti, Qurilish sohasida nazorat qilish inspeksiyasi)."""
    word = scan.folded[k]
    if not (_GERUND_OBJECT.search(word) or _LOCATIVE.search(word)) or k + 1 >= j:
        return False
    if word in _FIELD and k + 2 == j and not scan.cap(k + 1) and not CASED_LOWER.search(scan.folded[k + 1]):
        return True  # Energetika sohasida nazorat inspeksiyasi
    for m in range(k + 1, min(k + 3, j)):
        if _GERUND_DATIVE.search(scan.folded[m]) and m + 1 < j and _GERUND.search(scan.folded[m + 1]) \
                and not scan.cap(m) and scan.adjacent(m - 1, m):
            continue  # мустақиллигини таъминлашга кўмаклашиш: a verbal noun serving the next one
        if scan.cap(m) or not scan.adjacent(m - 1, m) or CASED_LOWER.search(scan.folded[m]):
            return False  # (Yangi tartibni | eksportni …: two objects, the first is the sentence's)
        if _GERUND.search(scan.folded[m]):
            # … ошириш бўйича республика идоралараро комиссияси; … muhofaza qilish va iqlim oʻzgarishi vazirligi
            about = m + 1 < j and (scan.folded[m + 1] in _ABOUT or scan.folded[m + 1] in _AND)
            return (j - m <= 2 or (about and j - m <= 4)) and all(
                not scan.cap(x) and scan.adjacent(x - 1, x) and (not scan.function_word(x) or x == m + 1 and about)
                and not CASED_LOWER.search(scan.folded[x]) for x in range(m + 1, j))
    return False


def _brand_after_person(scan: Scan, first: int, j: int) -> int | None:
    """The first of tokens first+1..j-1 written with inner capitals (CBS, TOLOnews) when the
    capitalised words before it are a person's: a known person (Tramp), a first name, or words
    right after a title (vakili Zalmay Xalilzod); None otherwise."""
    tokens = scan.tokens
    m = next((m for m in range(first + 1, min(j, first + 4)) if any(ch.isupper() for ch in tokens[m].text[1:])), None)
    if m is None or not all(scan.cap(x) for x in range(first, m)):
        return None
    if any(scan.folded[x] in scan.lex.known_persons for x in range(first, m)) \
            or scan.folded[first] in scan.lex.first_names.get(scan.script, ()) \
            or (first > 0 and scan.folded[first - 1] in scan.lex.titles.get(scan.tag, ())):
        return m
    return None


def _known_pair(scan: Scan, i: int) -> bool:
    """A known name of two or more words starts with tokens i, i+1 (Vazirlar Mahkamasi)."""
    second = {fold(st) for st in scan.stems(i + 1)} | {scan.folded[i + 1]}
    return any(len(words) >= 2 and words[1] in second
               for words, _ in scan.lex.known_orgs.get(scan.folded[i], ()))


_PLURAL_HEAD = re.compile(r"^(.{3,}?)(?:лари|lari)(?:нинг|ning|га|ga|да|da|дан|dan|ни|ni|даги|dagi)?$")


def _plural_head(scan: Scan, j: int) -> bool:
    """Token j is a company/body noun in the plural possessive (kompaniyalari, банкларининг)."""
    m = _PLURAL_HEAD.match(scan.folded[j])
    if not m:
        return False
    forms = scan.lex.org_forms.get(scan.tag, {})
    base = m.group(1)
    return any(forms.get(base + end) in ("type", "body") for end in ("", "и", "i", "си", "si"))


def uz_name_lists(scan: Scan) -> list[Candidate]:
    """Uzbek: capitalised names listed before a plural company/body noun are each a name
    (`Real Madrid va Barselona klublari`, `Artel va Akfa kompaniyalari`); places and
    countries are not (`Rossiya va Xitoy kompaniyalari`)."""
    out: list[Candidate] = []
    tokens = scan.tokens
    folded = scan.folded
    memo = scan.lex.cache(f"uz plural heads {scan.tag}")  # per word: _plural_head's answer
    flags = list(map(memo.get, folded))
    if None in flags:
        for k, got in enumerate(flags):
            if got is None:
                w = folded[k]
                got = memo[w] = ("лар" in w or "lar" in w) and _plural_head(scan, k)  # plurals only
                flags[k] = got
    for j in compress(range(len(flags)), flags):
        if j < 2 or scan.cap(j):
            continue
        runs: list[tuple[int, int]] = []
        clubs = scan.folded[j].startswith(("клуб", "klub"))  # clubs are named after their towns
        end = j - 1
        k = end
        while k >= 0:
            while k >= 0 and scan.cap(k) and not scan.sentence_initial(k) and end - k < 3 \
                    and (scan.adjacent(k, k + 1) or (k == end and runs)) and (clubs or not is_place(scan, k)) \
                    and not scan.function_word(k):
                k -= 1
            if k == end:
                break
            runs.append((k + 1, end))
            if k < 1 or not (scan.folded[k] in _AND or scan.gap(k, k + 1) == ", "):
                break
            if scan.folded[k] in _AND:
                if not scan.adjacent(k, k + 1):
                    break
                end = k - 1
            else:
                end = k
            k = end
        if len(runs) < 2:
            continue
        for a, b in runs:
            out.append(Candidate("ORG", tokens[a].start, tokens[b].end,
                                 {"name": scan.text[tokens[a].start:tokens[b].end]}, RANK - 1))
    return out


_HEAD_KINDS = frozenset({"body", "type", "legal"})


def _head_tokens(scan: Scan, prefixes: frozenset[str], short: frozenset[str]) -> list[int]:
    """Tokens after the first whose one-word org-form key is a body, type or legal form (the
    common case: none is), from a per-word memo read in one C-level pass."""
    folded = scan.folded
    forms = scan.lex.org_forms.get(scan.tag, {})
    # per written word: its form key is a body, type or legal form (form_key is itself a
    # per-written-word memo, so this is too)
    memo = scan.lex.cache(f"uz body head words {scan.tag}")
    texts = [tok.text for tok in scan.tokens]
    flags = list(map(memo.get, texts))
    if None in flags:
        for k, got in enumerate(flags):
            if got is None:
                w = folded[k]
                got = memo[texts[k]] = (w[:3] in prefixes or w[:2] in short or w[:1] in short) \
                    and forms.get(form_key(scan, k)) in _HEAD_KINDS
                flags[k] = got
    if flags:
        flags[0] = False
    return list(compress(range(len(flags)), flags))


def uz_bodies(scan: Scan, known_ends: set[int]) -> list[Candidate]:
    """`Ўзбекистон Статистика агентлиги`, `Rossiya sanoat va savdo vazirligi`, `Artel kompaniyasi`."""
    out = []
    tokens = scan.tokens
    forms = scan.lex.org_forms.get(scan.tag, {})
    en_forms = scan.lex.org_forms.get("en", {})
    prefixes, short = head_prefixes(forms)
    folded = scan.folded
    places = scan.lex.place_words.get(scan.tag, {})

    def between_ok(m: int) -> bool:
        """A lower-case word allowed between capitalised ones (Jinoyat ishlari bo‘yicha, tumani)."""
        return folded[m] in INSIDE_NAME or folded[m] in CONNECTORS or folded[m] in _ABOUT \
            or folded[m + 1] in _ABOUT or scan.stem_in(m, places) is not None

    heads = _head_tokens(scan, prefixes, short)
    for j in heads:
        key = form_key(scan, j)
        kind = forms.get(key) if key else None
        if kind not in ("body", "type", "legal"):
            continue
        if key in _POWER and j > 0 and folded[j - 1] in _STATE:
            continue  # (Mahalliy) davlat hokimiyati, давлат ҳокимиятининг органлари: state power, no body
        if folded[j - 1] in _PRESS and key.startswith(("хизмат", "xizmat")) and (
                not scan.cap(j - 1) or j == 1 or scan.sentence_initial(j - 1) or not scan.adjacent(j - 2, j - 1)):
            continue  # (TDTU) matbuot xizmati; Матбуот хизмати маълумотига кўра: a press service alone names no body
        base = next(s for s in scan.stems(j) if fold(s) == key)
        # walk left over adjacent words: capitalised ones and short lowercase runs between them
        first = None
        owner = None  # a genitive that opens the name (kept as written)
        leftmost = None
        lower_run = 0
        lowers = 0
        counted = False  # 4 та | Президент мактаби: things counted are a kind, not one named body
        k = j - 1
        while k >= 0 and j - k <= 8 and (scan.adjacent(k, k + 1) or (
                scan.gap(k, k + 1) == ", " and not scan.cap(k + 1) and kind == "body" and (
                    (scan.cap(k) and not scan.sentence_initial(k))  # Qizig‘i, | sudda: an opener
                    or any(scan.folded[m] in _AND for m in range(k + 1, j))))):
            word = tokens[k].text
            if not word[:1].isalpha() and not word[:1].isdigit():
                break
            if _REPORTED.search(folded[k]):
                break  # Maʼlum boʻlishicha, | hokimlik, moliya … boshqarmasi: a sentence adverb ends the walk
            if folded[k] in _DEMONSTRATIVES:
                break  # Бундай шахслар учун | суд, Biznes-Daily mazkur | aksiyadorlik jamiyati: a description
            if _COUNT.match(scan.folded[k]):
                counted = folded[k] not in _PEOPLE_COUNT and first == k + 1
                break  # Иккита | Олий таълим муассасасида, 51 ta | ta’lim muassasasi
            if first is not None and scan.folded[k] in _AND and k > 0 and (
                    _standalone_org(scan, k - 1) or (scan.cap(k - 1) and (
                        en_forms.get(folded[k - 1]) in ("body", "type") or folded[k - 1].endswith(_BANK_END)
                        or _bare_head(scan, k - 1)))):
                break  # Сенат ва | Қонунчилик палатаси, OTP Bank va | …, Koreya Eksimbanki va | …: two bodies
            if first is not None and scan.folded[k] in _AND and _named_person_before(scan, k):
                break  # шайх Абдулазиз Мансур ва | Диний идора … бўлими: a person, then a body
            if first is not None and scan.folded[k] in _NAMED_AFTER:
                m = k - 1
                while m >= 0 and k - m <= 3 and scan.cap(m) and scan.adjacent(m, m + 1) and not (
                        scan.function_word(m) or (CASED_CAP.search(scan.folded[m]) and any(
                            "case" in a.slots for a in scan.analyses(m)))):
                    first = m  # Алишер Навоий номидаги ... театри: the namesake is in the name
                    m -= 1
                break
            fk = form_key(scan, k)
            if fk and (forms.get(fk) in _ORG_KINDS or not scan.cap(k) or scan.cap(k + 1)) \
                    and scan.folded[k] not in INSIDE_NAME and not (
                    k > 0 and scan.adjacent(k - 1, k) and " ".join(scan.folded[k - 1:k + 1])
                    in scan.lex.countries.get(scan.tag, {})) and not _object_of_gerund(scan, k, j) \
                    and not (k + 1 < j and not scan.cap(k) and _object_of_gerund(scan, k + 1, j)) \
                    and not _sub_body(scan, k, j, kind) \
                    and not _bare_body_noun(scan, k, j) \
                    and not (k > 0 and " ".join(folded[k - 1:k + 1]) in _TRAFFIC):  # jamiyati | shakllanishini …
                break  # another form word: “X” МИЗ компаниялари, ҳокимлиги ахборот хизмати
            if POSSESSOR.search(word) and scan.folded[k] not in INSIDE_NAME:
                if first is None and kind == "body" and scan.cap(k) and GENITIVE.search(scan.folded[k]) \
                        and k + 1 < j and not scan.cap(k + 1) and _GERUND_OBJECT.search(scan.folded[k + 1]) \
                        and _object_of_gerund(scan, k + 1, j) and not is_place(scan, k) and not scan.sentence_initial(k) \
                        and not (k > 0 and scan.adjacent(k - 1, k) and scan.cap(k - 1) and not form_key(scan, k - 1)):
                    first = k  # Фуқароларнинг соғлиғини сақлаш … қўмитаси: the object's owner opens the name
                    owner = k
                elif first is None and lowers and kind == "body" and scan.cap(k) and country_end(scan, k) is not None:
                    first = country_end(scan, k)  # Rossiyaning ... federal xizmati: the country's body
                elif first is None and lowers and kind == "body" and scan.cap(k) and _org_possessor(scan, k) \
                        and any(scan.folded[m] in _ABOUT or _GERUND.search(scan.folded[m]) for m in range(k + 1, j)):
                    first = k  # BMTning giyohvandlik va jinoyatchilik boʻyicha boshqarmasi
                break  # Janubiy Koreyaning ... banki: the possessor is outside the name
            if scan.cap(k):
                if scan.function_word(k) or _person_end(scan, k):
                    break  # Шавкат Мирзиёев | Олий Евроосиё иқтисодий кенгаши
                if len(scan.analyses(k)) > 1 and any(
                        set(a.slots) == {"case"} and is_place_word(scan, a.stem) for a in scan.analyses(k)):
                    break  # Марғилонда ... фабрикаси: a place in a case form is outside the name
                if scan.sentence_initial(k) and _DATIVE.search(scan.folded[k]) and k < j - 1 \
                        and scan.cap(k + 1) and any("case" in a.slots for a in scan.analyses(k)):
                    break  # Gʻoliblarga Yoshlar ishlari agentligi: a common noun in a case form
                if _GERUND_OBJECT.search(scan.folded[k]) and _object_of_gerund(scan, k, j):
                    first = _owner_before(scan, k)  # Соғлиқни сақлаш вазирлиги, Eksportni rag‘batlantirish agentligi
                    lower_run = 0
                    k -= 1
                    break
                if CASED_CAP.search(scan.folded[k]) and not is_place_word(scan, tokens[k].text) \
                        and scan.folded[k] not in _NOT_CASED and (
                        k < j - 1 or not CASED_CAP.search(scan.folded[k]).group().startswith(("д", "d"))
                        or not key.endswith(("и", "i"))):  # Республикасида суд (ҳокимияти): no name
                    break  # Хабарда вилоят ҳокимлиги: a sentence adverb, not part of the name
                if first is not None and any(
                        not between_ok(m) and not (folded[m] in _NAME_ADJECTIVES and is_place(scan, k))
                        for m in range(k + 1, first)):
                    break  # Низоми ва шахсий таркиби Вазирлар Маҳкамаси: lowercase between names
                    # (but Toshkent xalqaro Vestminster universiteti: the city's international university)
                first = k
                lower_run = 0
            else:
                if CASED_LOWER.search(scan.folded[k]) and scan.folded[k] not in INSIDE_NAME \
                        and not _object_of_gerund(scan, k, j) \
                        and not (_DATIVE.search(scan.folded[k]) and scan.folded[k + 1] in _AGAINST) \
                        and not ((_GERUND_DATIVE.search(scan.folded[k]) or _DATIVE.search(scan.folded[k]))
                                 and k + 1 < j and _GERUND.search(scan.folded[k + 1])) \
                        and scan.folded[k] not in _POSTPOSITIONS \
                        and scan.folded[k] not in places:  # tumani, shahri: a place word, no case
                    break  # (but Qishloq xo‘jaligini rivojlantirish markazi: object + verbal noun + body)
                lower_run += 1
                lowers += 1
                if lower_run > 6:
                    break
                leftmost = k
            k -= 1
        if first is None and key in _STATE_HEADS and leftmost is not None and leftmost <= j - 2 and any(
                _GERUND_OBJECT.search(scan.folded[m]) and _object_of_gerund(scan, m, j) for m in range(leftmost, j)):
            first = leftmost  # (Bu haqda) tibbiy-ijtimoiy xizmatlarni rivojlantirish agentligi: written in lower case
        elif first is None and key in _MINISTRY and leftmost is not None and j - leftmost <= 3 \
                and folded[j - 1] not in _CHIEF and (  # (respublika bosh vazirligi: the premiership, a post)
                leftmost == 0 or not scan.adjacent(leftmost - 1, leftmost) or CASED_LOWER.search(folded[leftmost - 1])
                or scan.function_word(leftmost - 1)) \
                and not any(scan.function_word(m) or CASED_LOWER.search(folded[m]) for m in range(leftmost, j)):
            first = leftmost  # (72 mln dollarni) adliya vazirligiga: a ministry is named by its field, even in lower case
        if first is None or counted:
            continue
        if folded[first] in _BARE_UNITS and scan.sentence_initial(first):
            continue  # Туман | … бўлими, Viloyat sudlari, Shahar ekologiya boshqarmasi: a unit of an unnamed place
        if first + 1 < j and not scan.cap(first + 1) and _homograph_opening(scan, first):
            continue  # Kasbi oʻqituvchi boʻlgan ayol sudga: `his profession`, not the district, opens it
        if first > 0 and scan.cap(first) and scan.adjacent(first - 1, first):
            c = country_end(scan, first)
            if c is not None and c < first:
                first = c  # (Oʻzbekiston) Respublikasi | Ekologiya, … vazirligi: the walk ended inside the country
        if first < j - 1 and is_place(scan, first) and scan.cap(j - 1):
            c = country_end(scan, j - 1)
            if c is not None and c > first and all(is_place(scan, m) for m in range(first, c)):
                first = c  # AQSH | Kuba hukumatini: another country before the country's body
        if (key in _MINISTRY or key in _SOCIETY) and country_end(scan, j - 1) == first \
                and not CASED_CAP.search(folded[j - 1]):
            continue  # Покистон вазирлиги: the country, no named ministry
        if first < j - 1 and scan.script == "Latn":
            first = _brand_after_person(scan, first, j) or first  # Tramp | CBS telekanaliga
        if scan.cap(j - 1) and not is_place(scan, j - 1) and (
                scan.folded[j - 1] in scan.lex.known_persons or _ruler_cue(scan, first, j)):
            continue  # Доналд Трамп ҳукумати, Modi hukumati: a person's government, not a named body
        if first == j - 1 and not is_place(scan, first) and \
                scan.lex.person_cues.get(scan.tag, {}).get(scan.folded[j]) == "ruler":
            continue  # Mamlakat hukumati: a government is named by its place (Kuba hukumati)
        if first + 1 < j and scan.sentence_initial(first) and scan.cap(first + 1) and \
                is_place(scan, first + 1) and not is_place(scan, first) and \
                scan.folded[min(first + 2, j)] not in _NAMED_AFTER and not any(
                    fold(f"{tokens[first].text} {st}") in scan.lex.countries.get(scan.tag, {})
                    or fold(f"{tokens[first].text} {st}") in scan.lex.locations.get(scan.tag, {})
                    for st in scan.stems(first + 1)):  # (New York Post: the place is two words)
            first += 1  # Аввалроқ Ўзбекистон ... Маҳкамаси: a sentence-initial adverb
        elif first + 1 < j and scan.sentence_initial(first) and scan.cap(first + 1) and (
                scan.folded[first].endswith(("роқ", "roq")) or any(
                    "plural" in a.slots or "case" in a.slots for a in scan.analyses(first))) \
                and not _known_pair(scan, first) and scan.folded[first] not in scan.lex.countries.get(scan.tag, {}):
            first += 1  # Mutaxassislar | Davlat ekologiya qoʻmitasi, Avvalroq | Oliy sud
        if first + 2 < j and folded[first] in scan.lex.titles.get(scan.tag, ()) and _known_pair(scan, first + 1):
            first += 1  # Президент | Олий Мажлис Қонунчилик палатаси ва Сенатига: the President addresses it
        if first + 2 < j and scan.sentence_initial(first) and folded[first + 1] in _ABOUT \
                and scan.cap(first + 2) and is_place(scan, first + 2):
            first += 2  # Holat bo‘yicha | Yakkabog‘ tumani prokuraturasi: the topic opens the sentence
        if lowers_in(scan, first, j):
            # Сидхарт Саксена Ўзбекистон мусулмонлари идораси: capitalised words before the
            # country/place that opens a descriptive name are someone else's (a person's) name
            m = next((m for m in range(first + 1, j) if scan.cap(m) and (
                own_country(scan, m) or (is_place(scan, m) and tokens[m].text[:2].isupper()))), None)  # AQSh, BAA
            if m is not None and all(scan.cap(x) and not is_place(scan, x) for x in range(first, m)) \
                    and m - first >= 2:
                first = m
        while first + 2 < j and is_place(scan, first) and scan.folded[first + 1] in CONNECTORS:
            first += 2  # Qirgʻiziston, Tojikiston va | Yevropa kengashi
        if first + 2 < j and scan.folded[first + 1] in _WORLD and own_country(scan, first) and known_name(
                scan, " ".join([t.text for t in tokens[first + 1:j]] + [base])):
            first += 1  # Ўзбекистон | Бирлашган Миллатлар Ташкилотининг аъзоси: a world body has no country
        if tokens[j - 1].end in known_ends and key not in _PART_HEADS and not scan.cap(j):
            continue  # РИА Новости агентлиги, Sputnik agentligi: the known name, noun outside
        if key.startswith(_AGENCY) and not scan.cap(j) and any(
                tokens[m].end in known_ends and j - m <= 3 and not POSSESSOR.search(tokens[m].text)
                and all(scan.cap(x) for x in range(first, m + 1)) and not any(scan.cap(x) for x in range(m + 1, j))
                for m in range(first, j - 1)):
            continue  # Reuters axborot agentligi, NASA koinot agentligi: the known name, what it does outside
        lowers = sum(1 for m in range(first, j) if not scan.cap(m))
        run = list(range(first, j))
        if kind == "type" and key in _CORPORATION and lowers and not scan.cap(j - 1):
            kind = "body"  # Xalqaro moliya korporatsiyasi: named by what it does, the noun in the name
        # Hududiy elektr tarmoqlari AJ: a legal-form acronym closes a name with lower-case words
        legal_closed = kind == "legal" and tokens[j].text.isupper() and scan.cap(first) \
            and not is_place(scan, j - 1) and not CASED_LOWER.search(folded[j - 1])
        if kind != "body" and lowers and not legal_closed and not (
                j - first >= 3 and is_place(scan, first) and scan.stem_in(first + 1, places)) \
                and not _ACRONYM_AFTER.match(scan.text, tokens[j].end):
            continue  # (but Olmazor tumani elektr ta'minoti korxonasi: a district's enterprise)
        if first == j - 1 and scan.sentence_initial(first) and _GERUND_OBJECT.search(scan.folded[j]) \
                and not is_place(scan, first):
            continue  # Internet xizmatini …: a common noun and an object at the start of a sentence
        if lowers and kind != "body" and not key.endswith(("и", "i")) and not legal_closed:
            continue  # … корхонага: a company noun without the possessive names no one
        if lowers and scan.script == "Cyrl" and scan.cap(first) and LATIN_WORD.match(tokens[first].text):
            last = first
            while last + 1 < j and scan.cap(last + 1) and LATIN_WORD.match(tokens[last + 1].text):
                last += 1
            if all(not scan.cap(m) for m in range(last + 1, j)):
                # Burott консалтинг агентлиги: a Latin name, then what it does in Uzbek words
                out.append(Candidate("ORG", tokens[first].start, tokens[last].end,
                                     {"name": scan.text[tokens[first].start:tokens[last].end]}, RANK, {"firm": True}))
                continue
        if key in _COLLEGE and folded[j - 1] not in _KNOWLEDGE:
            continue  # Она юрти (the motherland); a college is a билим юрти
        if key in _CENTRE and _generic_centre(scan, first, j):
            continue  # Seul shahri markazida, Savdo markazida: the middle of a place, a kind of centre
        if key in _COMMISSION and sum(1 for m in run if folded[m] not in _OWNER_WORDS and not is_place(scan, m)) < 2 \
                and not (len(run) > 1 and any(scan.cap(m) and not scan.sentence_initial(m) and folded[m] not in _OWNER_WORDS
                                              and not is_place(scan, m) for m in run)):
            continue  # Республика махсус комиссияси, Парламент комиссияси: a commission not named by its task
            # (but Mustaqil parlament komissiyasi: a capitalised word inside a sentence names it)
        if kind == "body" or (lowers and not legal_closed):
            extra = {}
            if en_forms.get(scan.folded[j - 1]) in ("body", "type") and not lowers:
                end = tokens[j - 1].end  # Korea Development Bank banki
                name = " ".join(tokens[m].text for m in run)
            else:
                end = tokens[j].end
                name = without_genitives(scan.text[tokens[first].start:tokens[j].start]) + base
                if owner == first:  # Фуқароларнинг соғлиғини …: the owner's genitive stays
                    name = scan.text[tokens[first].start:tokens[first + 1].start] + without_genitives(
                        scan.text[tokens[first + 1].start:tokens[j].start]) + base
                extra = {"body": (first, j)}
            countries = scan.lex.countries.get(scan.tag, {})
            if fold(name) in countries or any(
                    fold(scan.text[tokens[m].start:tokens[j].start] + base) in scan.lex.not_orgs
                    or fold(scan.text[tokens[m].start:tokens[j].start] + base) in countries
                    for m in range(first, j)):
                continue  # Россия Федерацияси: a country's long name (also after `X ва`); (Ўзбекистон) Европа Иттифоқи
            out.append(Candidate("ORG", tokens[first].start, end, {"name": name}, RANK, extra))
            continue
        # type/legal noun after an unquoted capitalised run: the run is the name
        # (the noun in the possessive: Artel kompaniyasi, not "Yangiliklar korxonaning")
        if kind == "type" and not key.endswith(("и", "i")):
            continue
        latin_in_cyrillic = scan.script == "Cyrl" and LATIN_WORD.match(tokens[run[0]].text)
        if len(run) == 1 and scan.sentence_initial(run[0]) and not latin_in_cyrillic \
                and not tokens[run[0]].text.isupper() and not _named_elsewhere(scan, run[0]) \
                and folded[j] not in _COMPANY_FORMS:
            continue  # Ишчи гуруҳи: a capitalised common word at the start of a sentence
        if len(run) == 1 and len(tokens[run[0]].text) == 1:
            continue  # D guruhi: a letter names a group of a draw, not a company
        if len(run) == 1 and folded[run[0]] in _NAME_ADJECTIVES:
            continue  # “Ўзбекистон ҳаво йўллари” Миллий авиакомпанияси: an adjective describing the company
        if len(run) > 4 or all(is_place(scan, m) for m in run):
            continue  # Хитой компанияси: a Chinese company, not a name
        while len(run) > 1 and en_forms.get(folded[run[-1]]) == "legal":
            run.pop()  # Zorvik Inc kompaniyasi: the English legal form stays outside, as MChJ does
        if len(run) > 1 and len(tokens[run[0]].text) == 1 and scan.sentence_initial(run[0]):
            run.pop(0)  # U | Daimler konserni: a pronoun opening the sentence
            first = run[0]
        name = " ".join(tokens[m].text for m in run)
        out.append(Candidate("ORG", tokens[first].start, tokens[run[-1]].end, {"name": name}, RANK, {"firm": True}))
    return out


def with_parents(scan: Scan, cands: list[Candidate]) -> list[Candidate]:
    """Sub-bodies named through their parent are one name: `Адлия вазирлигининг Апелляция
    кенгаши`, `BMTning Giyohvand ... boshqarmasi`, `Эрон Ислом Республикасининг Вақф ...
    ташкилоти` (the parent in the genitive right before a capitalised body), `Бош
    прокуратура ҳузуридаги … департаменти` (a body under another)."""
    ends = {c.end: c for c in cands}
    out = []
    for c in cands:
        span = c.extra.get("body")
        if not span:
            continue
        first, head = span
        p = first - 1
        if p > 0 and scan.folded[p] in INSIDE_NAME and scan.adjacent(p, first) and scan.adjacent(p - 1, p):
            parent = ends.get(scan.tokens[p - 1].end)
            if parent is not None and parent is not c and first < head:
                continue  # Vazirlar Mahkamasi | huzuridagi | Turizm qoʻmitasi: two named bodies, two names
            if parent is not None and parent is not c:  # Бош прокуратура ҳузуридаги Департамент(нинг …)
                name = without_genitives(scan.text[parent.start:c.start]) + c.value["name"]
                out.append(Candidate("ORG", parent.start, c.end, {"name": name}, RANK + 1))
            continue
        if p < 0 or not scan.adjacent(p, first) or not GENITIVE.search(scan.folded[p]):
            continue
        if known_name(scan, c.value["name"]) or any(scan.cap(m) and is_place(scan, m) for m in range(first, head)):
            continue  # СДПнинг | Қонунчилик палатаси, ...нинг | Тошкент шаҳар Ёшлар маркази: self-standing
            # (a lower-case homograph is no place: Коррупцияга қарши, `against`, not the city Қарши)
        parent = ends.get(scan.tokens[p].end)
        if parent is not None and parent.start < scan.tokens[p].start + 1 and parent is not c:
            start = parent.start
        elif any(ACRONYM_WORD.match(st) for st in scan.stems(p)):
            start = scan.tokens[p].start
        elif scan.cap(p) and country_end(scan, p) is not None:
            start = scan.tokens[country_end(scan, p)].start
        else:
            continue
        name = without_genitives(scan.text[start:c.start]) + c.value["name"]
        out.append(Candidate("ORG", start, c.end, {"name": name}, RANK + 1))
    return out



# heads of a lower-case part of a body named through its parent in the genitive
# (Франция парламентининг қуйи палатаси, Amirlikning transport va yoʻllar boshqarmasi)
_PART_OF = frozenset(fold(w) for w in (
    "палатаси", "palatasi", "қўмитаси", "qoʻmitasi", "комитети", "бошқармаси", "boshqarmasi",
    "департаменти", "departamenti", "агентлиги", "agentligi", "хизмати", "xizmati", "инспекцияси",
    "inspeksiyasi", "кенгаши", "kengashi"))
# the press service of a body is a unit, not a body of its own (GUIDE: generic)
_PRESS = frozenset({"матбуот", "matbuot", "ахборот", "axborot"})
_PARLIAMENT = ("парламентининг", "parlamentining")
# head nouns of a body's regional branch, named through the body before it
# (Kadastr agentligi Andijon viloyati boshqarmasi, Давлат солиқ қўмитаси Самарқанд вилояти бошқармаси)
_BRANCH = frozenset(fold(w) for w in (
    "бошқармаси", "boshqarmasi", "бўлими", "boʻlimi", "филиали", "filiali", "бошқармалари", "boshqarmalari"))
_REGION_KINDS = frozenset({"region", "district", "city", "republic"})


def _regional_branch(scan: Scan, first: int, head: int) -> bool:
    """Tokens first..head are a named region's branch: a place, its place word (viloyati,
    shahar, tumani), at most two lower-case words, then a branch noun (`Andijon viloyati
    hududiy boshqarmasi`), not another country's body (`Сурия ҳукумати`)."""
    if form_key(scan, head) not in _BRANCH or head - first > 6:
        return False
    words = scan.lex.place_words.get(scan.tag, {})
    k = first
    while k + 1 < head and scan.cap(k) and words.get(scan.stem_in(k + 1, words) or "") in _REGION_KINDS:
        k += 2  # Тошкент шаҳар | Чилонзор тумани | бўлими
    return k > first and all(not scan.cap(m) for m in range(k, head))



def _part_after(scan: Scan, p: int) -> int | None:
    """Token of the part head after the genitive token p: at most four lower-case words
    without case suffixes or other form words, then a head of `_PART_OF` (not a press service)."""
    n = len(scan.tokens)
    j = p + 1
    while j < n and j - p <= 5 and scan.adjacent(j - 1, j) and not scan.cap(j):
        key = form_key(scan, j)
        if key in _PART_OF:
            if j == p + 1 or (scan.folded[j - 1] in _PRESS and key.startswith(("хизмат", "xizmat"))):
                return None
            return j
        if key or CASED_LOWER.search(scan.folded[j]) or scan.function_word(j) or _COUNT.match(scan.folded[j]):
            return None  # (Қонунчилик палатасининг 3 та | қўмитаси: a count of parts)
        j += 1
    return None


def _parent_before(scan: Scan, cands: list[Candidate]) -> list[Candidate]:
    """A body right before a capitalised body of its own (one space, no case suffix between)
    names that body's parent: `Олий Мажлис Қонунчилик палатаси Бюджет ва иқтисодий ислоҳотлар
    қўмитаси` is one name."""
    forms = scan.lex.org_forms.get(scan.tag, {})
    by_end: dict[int, Candidate] = {}
    for c in cands:  # the longest organisation ending at each offset
        if c.label == "ORG" and (c.end not in by_end or c.start < by_end[c.end].start):
            by_end[c.end] = c
    out = []
    for c in cands:
        span = c.extra.get("body")
        if not span or scan.text[c.start - 1:c.start] != " " or not scan.cap(span[0]) \
                or is_place(scan, span[0]) and not _regional_branch(scan, *span) \
                or scan.folded[span[0]] in _PRESS:
            continue  # (… палатаси | Сурия ҳукумати: another country's body; … | Матбуот хизмати)
        parent = by_end.get(c.start - 1)
        if parent is None or parent.start >= c.start:
            continue
        last = token_at(scan, parent.end, after=False)
        if last is None or forms.get(form_key(scan, last) or "") != "body" or CASED_CAP.search(scan.folded[last]):
            continue  # (the parent ends in its body noun, without a case suffix)
        name = f"{parent.value['name']} {c.value['name']}"
        out.append(Candidate("ORG", parent.start, c.end, {"name": name}, RANK + 1))
    return out


def genitive_parts(scan: Scan, cands: list[Candidate]) -> list[Candidate]:
    """A body in the genitive followed by a lower-case part of it is one name: `Адлия
    вазирлигининг ҳуқуқий ахборот бошқармаси`, and so is a country's parliament (not a body
    name on its own in the gold) with its part: `Франция парламентининг қуйи палатаси`."""
    out = []
    tokens = scan.tokens
    starts: dict[int, int] = {}  # genitive token -> start of the parent
    for c in cands:
        if c.label == "ORG" and scan.text[c.end - 1:c.end] in ("г", "g"):
            p = token_at(scan, c.end, after=False)
            if p is not None and tokens[p].end == c.end and GENITIVE.search(scan.folded[p]):
                starts[p] = c.start
    low = lower_text(scan)
    for p in range(1, len(tokens) - 1) if "парламентининг" in low or "parlamentining" in low else ():
        if scan.folded[p].startswith(_PARLIAMENT) and GENITIVE.search(scan.folded[p]) \
                and scan.adjacent(p - 1, p) and scan.cap(p - 1):
            c = country_end(scan, p - 1)
            if c is not None and not CASED_CAP.search(scan.folded[p - 1]):
                starts.setdefault(p, tokens[c].start)
    out += _parent_before(scan, cands)
    for p, start in starts.items():
        j = _part_after(scan, p)
        if j is None:
            continue
        key = form_key(scan, j)
        base = next(s for s in scan.stems(j) if fold(s) == key)
        # the genitive of a body noun before a lower-case part stays in the name, as a human
        # writes it (Франция парламентининг қуйи палатаси; not a proper name's: BMT Giyohvand …)
        name = scan.text[start:tokens[j].start] + base
        out.append(Candidate("ORG", start, tokens[j].end, {"name": name}, RANK + 1))
    return out


# Uzbek plural possessive nouns for a firm's analysts and experts (Zorvik tahlilchilari):
# the capitalised word before them is a company or agency
_ANALYSTS_IN_TEXT = ("tahlilchilar", "таҳлилчилар", "analitiklar", "аналитиклар", "ekspertlar", "экспертлар")
_ANALYSTS = re.compile(r"^(?:tahlilchilar|таҳлилчилар|analitiklar|аналитиклар|ekspertlar|экспертлар)"
                       r"(?:i|и)(?:ning|нинг|ga|га|dan|дан|ni|ни)?$")


def analysts_of(scan: Scan) -> list[Candidate]:
    """`Zorvik tahlilchilarining fikricha`: one unknown capitalised word inside a sentence
    before the analysts/experts of it is an organisation (not a place, person or acronym)."""
    from ..persons import surname_stem

    out = []
    if not any(w in lower_text(scan) for w in _ANALYSTS_IN_TEXT):
        return out  # (the common case: no analysts' word anywhere)
    tokens = scan.tokens
    common = scan.lex.not_person_words.get(scan.tag, frozenset())
    for j in range(1, len(tokens)):
        if scan.folded[j][:4] not in ("tahl", "таҳл", "anal", "анал", "eksp", "эксп") \
                or not _ANALYSTS.match(scan.folded[j]):
            continue
        i = j - 1
        word = tokens[i].text
        if not scan.adjacent(i, j) or not scan.cap(i) or scan.sentence_initial(i) or len(word) < 3 \
                or not word.isalpha() or scan.function_word(i) or is_place(scan, i) \
                or (i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not scan.sentence_initial(i - 1)) \
                or scan.folded[i] in scan.lex.first_names.get(scan.script, ()) \
                or scan.folded[i] in scan.lex.known_persons or len(scan.analyses(i)) > 1:
            continue  # (Rossiya ekspertlari, Jahon banki: a place; a case-marked word)
        if surname_stem(scan, i) is not None or scan.stem_in(i, common):
            continue  # Karimov ekspertlari: a person's experts; Soha: a common noun
        out.append(Candidate("ORG", tokens[i].start, tokens[i].end, {"name": word}, RANK))
    return out


_NAMED = frozenset({"nomli", "номли"})



def uz_named(scan: Scan) -> list[Candidate]:
    """Uzbek: the name before `nomli` (named) when a company or body noun follows, after at most
    two lower-case describers (`Zorvik nomli kompaniya`, `“Zorvik” nomli xorijiy kompaniya`);
    not before a work (`“O‘tgan kunlar” nomli roman`)."""
    out: list[Candidate] = []
    if "nomli" not in lower_text(scan) and "номли" not in lower_text(scan):
        return out  # (the common case)
    tokens = scan.tokens
    n = len(tokens)
    for k in range(1, n - 1):
        if scan.folded[k] not in _NAMED:
            continue
        h = k + 1
        while h < n - 1 and h - k <= 2 and not scan.cap(h) and form_kind(scan, h, two=False) is None \
                and not CASED_LOWER.search(scan.folded[h]):
            h += 1
        if form_kind(scan, h, two=False) not in ("type", "body", "legal") or scan.cap(h):
            continue
        before = scan.text[tokens[k - 1].end:tokens[k].start]
        if before != " ":
            # “Zorvik” nomli …: the quoted name right before
            close = tokens[k].start - 2
            pair = next(((o, c) for o, c in quote_pairs(scan.text) if c == close), None)
            if pair is None or scan.text[close + 1:tokens[k].start] != " ":
                continue
            inner = scan.text[pair[0] + 1:pair[1]].strip()
            if inner and len(inner.split()) <= 6:
                out.append(Candidate("ORG", pair[0], pair[1] + 1, {"name": inner}, RANK + 1, {"firm": True}))
            continue
        first = k - 1
        while first - 1 >= 0 and k - first < 3 and scan.cap(first - 1) and scan.adjacent(first - 1, first) \
                and not POSSESSOR.search(scan.folded[first - 1]) and not scan.function_word(first - 1) \
                and bool(LATIN_WORD.match(tokens[first - 1].text)) == bool(LATIN_WORD.match(tokens[first].text)) \
                and not (scan.sentence_initial(first - 1) and len(tokens[first - 1].text) < 3):
            first -= 1  # (У | Firnas Airways номли: a pronoun at the sentence start)
        if not scan.cap(k - 1) or scan.function_word(k - 1) or POSSESSOR.search(scan.folded[k - 1]):
            continue
        out.append(Candidate("ORG", tokens[first].start, tokens[k - 1].end,
                             {"name": scan.text[tokens[first].start:tokens[k - 1].end]}, RANK, {"firm": True}))
    return out


# what an organisation has after its acronym: its people, its press office (ТДТУ талабалари,
# SSV vakili, ЎзА мухбири), or a parent-body word (SSV huzuridagi ... markazi); word beginnings
_ACRONYM_CUES = (*(w for tag in ("uz-Cyrl", "uz-Latn") for w in word_list(tag, "acronym_cues")), *INSIDE_NAME)
# an Uzbek acronym: capitals (ЎзА, OʻzMU: the Uzbek "Ўз"/"Oʻz" in lower case), 2-6 letters
_UZ_ACRONYM = re.compile(r"^(?:[A-ZА-ЯЁЎҚҒҲ]|Ўз|Oʻz|O‘z|O'z)[A-ZА-ЯЁЎҚҒҲ]{1,5}$")
_ROMAN = re.compile(r"^[IVXLCDM]+$")
_UNNAMED_PLACE = frozenset({"вилоят", "viloyat", "туман", "tuman"})
# institutions by their acronym with a case suffix glued on (ТДИУда, JIDU’da): university, institute
_INSTITUTION_END = ("У", "U", "И", "I")


def _acronym_stem(scan: Scan, i: int) -> str | None:
    """The acronym token i is (its stem without a glued case suffix), if it looks like an
    unknown organisation's: not a country, place, legal form, bloc or term (ЯИМ, ҚҚС), not a
    Roman numeral; None otherwise."""
    text = scan.tokens[i].text
    if not text[:1].isupper() or len(text) < 2 or not text[1:2].isupper() and text[1:2] not in "зzʻ‘'":
        return None
    stem = next((s for s in scan.stems(i) if _UZ_ACRONYM.match(s)), None)
    if stem is None or _ROMAN.match(stem):
        return None
    lex = scan.lex
    key = fold(stem)
    if key in lex.not_orgs or key in lex.not_org_acronyms or stem in lex.abbreviations.get(scan.tag, {}) \
            or key in scan.lex.org_forms.get(scan.tag, {}) or is_place(scan, i):
        return None
    return stem


def unnamed_place_before(scan: Scan, i: int) -> bool:
    """Token i (an acronym) follows a lower-case place word (`viloyat IIB`, `туман ҲТБ`): the
    body of a region not named, generic (not `Toshkent shahar IIB`)."""
    if i == 0 or not scan.adjacent(i - 1, i) or scan.cap(i - 1) or (
            i > 1 and scan.adjacent(i - 2, i - 1) and scan.cap(i - 2)):
        return False  # (Toshkent shahar IIB: the place is named)
    return scan.folded[i - 1] in _UNNAMED_PLACE or bool(scan.stem_in(i - 1, scan.lex.place_words.get(scan.tag, {})))


def uz_acronyms(scan: Scan) -> list[Candidate]:
    """Uzbek: an unknown acronym is an organisation before one of its people or its press
    office (`ТДТУ талабалари`, `SSV vakili`), or, as an institution (ending in У/U, И/I: a
    university, an institute), with a case suffix glued on (`ТДИУда`, `JIDU’da`). Not in an
    upper-case line (a headline)."""
    out: list[Candidate] = []
    tokens = scan.tokens
    n = len(tokens)
    for i in compress(range(n), caps(scan)):
        word = tokens[i].text
        if len(word) < 2 or not word[1:2].isupper() and word[1:2] not in "зzʻ‘'":
            continue  # (cheap test first: most capitalised words are not acronyms)
        stem = _acronym_stem(scan, i)
        if stem is None:
            continue
        cue = i + 1 < n and scan.adjacent(i, i + 1) and not scan.cap(i + 1) \
            and scan.folded[i + 1].startswith(_ACRONYM_CUES) and stem == word
        glued = stem != word and len(stem) >= 3 and stem.endswith(_INSTITUTION_END)
        if not (cue or glued):
            continue
        if unnamed_place_before(scan, i):
            continue
        line_start = scan.text.rfind("\n", 0, tokens[i].start) + 1
        line_end = scan.text.find("\n", tokens[i].end)
        line = scan.text[line_start:line_end if line_end >= 0 else len(scan.text)]
        if sum(ch.islower() for ch in line) < sum(ch.isupper() for ch in line):
            continue  # a headline in capitals
        out.append(Candidate("ORG", tokens[i].start, tokens[i].end, {"name": stem}, RANK - 1))
    return out


_QUOTING = frozenset({"деб", "дея", "deb", "deya"})
# verbs of an outlet's reporting after deb/deya: xabar beradi, yozadi, ma’lum qilmoqda
_MEDIA_VERBS = tuple(fold(w) for w in ("xabar", "хабар", "yoz", "ёз", "ma’lum", "маълум"))


def uz_sources(scan: Scan) -> list[Candidate]:
    """Uzbek: the source named at the end of reported speech (`…, deb xabar beradi
    Tengrinews.`, `…, дея ёзади DW.`): one to three capitalised words closing the sentence after
    `deb/deya`, a verb of reporting or writing and at most two more lower-case words are a news
    outlet, unless they are a person's (a first name, a surname, a known person) or a place."""
    from ..persons import surname_stem

    out: list[Candidate] = []
    low = lower_text(scan)
    if " deb " not in low and " deya " not in low and " деб " not in low and " дея " not in low:
        return out
    tokens = scan.tokens
    n = len(tokens)
    firsts = scan.lex.first_names.get(scan.script, frozenset())
    for i in range(1, n - 1):
        if scan.folded[i] not in _QUOTING:
            continue
        if i + 1 >= n or not (scan.cap(i + 1) or scan.folded[i + 1].startswith(_MEDIA_VERBS)):
            continue  # (… deb aytdi Olland: a person says, an outlet reports or writes; … deb Tengrinews.)
        k = i + 1
        while k < n and k - i <= 3 and scan.adjacent(k - 1, k) and not scan.cap(k):
            k += 1
        if k >= n or k == i + 1 and not scan.adjacent(i, k) or not scan.cap(k) or not scan.adjacent(k - 1, k):
            continue
        last = k
        while last + 1 < n and last - k < 2 and scan.adjacent(last, last + 1) and scan.cap(last + 1):
            last += 1
        after = scan.text[tokens[last].end:tokens[last].end + 2]
        if after[:1] not in (".", "") and after != "\n":
            continue  # the source closes the sentence
        run = range(k, last + 1)
        if any(scan.folded[m] in firsts or scan.folded[m] in scan.lex.known_persons or is_place(scan, m)
               or surname_stem(scan, m) is not None or scan.function_word(m) for m in run):
            continue  # (… deb aytdi Shavkat Mirziyoyev.)
        name = scan.text[tokens[k].start:tokens[last].end]
        out.append(Candidate("ORG", tokens[k].start, tokens[last].end, {"name": name}, RANK - 1))
    return out


def country_quoted_bodies(scan: Scan, cands: list[Candidate]) -> list[Candidate]:
    """Uzbek: the country, a quoted name and a body noun after at most three lower-case
    describers are one name (`Oʻzbekiston “Adolat” sotsial-demokratik partiyasi`, a party's
    full name); the bare quoted name stays what the other rules make of it."""
    out: list[Candidate] = []
    tokens = scan.tokens
    n = len(tokens)
    forms = scan.lex.org_forms.get(scan.tag, {})
    for c in cands:
        if c.label != "ORG" or scan.text[c.start:c.start + 1] not in "“«\"„" or c.start < 2 \
                or scan.text[c.start - 1] != " " or scan.text[c.end - 1:c.end] not in "”»\"“":
            continue
        p = token_at(scan, c.start - 1, after=False)
        if p is None or not scan.cap(p) or CASED_CAP.search(scan.folded[p]) or not own_country(scan, p):
            continue
        first = token_at(scan, c.end, after=True)
        if first is None or scan.text[c.end:tokens[first].start] != " ":
            continue
        j = first
        while j < n and j - first < 4 and not scan.cap(j) and (j == first or scan.adjacent(j - 1, j)):
            key = form_key(scan, j)
            if key:
                break
            if CASED_LOWER.search(scan.folded[j]) or scan.function_word(j):
                j = n
                break
            j += 1
        if j >= n or j == first or scan.cap(j) or not scan.adjacent(j - 1, j):
            continue
        key = form_key(scan, j)
        if forms.get(key) != "body":
            continue
        base = next(s for s in scan.stems(j) if fold(s) == key)
        words = " ".join(t.text for t in tokens[first:j])
        name = f"{tokens[p].text} {c.value['name']} {words} {base}"
        out.append(Candidate("ORG", tokens[p].start, tokens[j].end, {"name": name}, RANK + 1))
    return out


_POSSESSIVE_END = {"Cyrl": "и", "Latn": "i"}
_AGENCY = ("агентлиг", "agentlig")


def _bare_body_stem(scan: Scan, d: int) -> str | None:
    """The stem of token d if it is a body noun without its possessive (Департамент(нинг), Departament),
    the form table listing it with one (департаменти); else None."""
    forms = scan.lex.org_forms.get(scan.tag, {})
    end = _POSSESSIVE_END[scan.script]
    for a in scan.analyses(d):
        if set(a.slots) <= {"case"} and forms.get(fold(a.stem) + end) == "body" and not fold(a.stem).endswith(end):
            return a.stem
    return None


def under_parents(scan: Scan, cands: list[Candidate]) -> list[Candidate]:
    """Bodies under a named parent (`X ҳузуридаги`, `X qoshidagi`, X a candidate ending there):
    a bare capitalised head noun names the parent's department, one span with the parent and
    a sub-body it owns in the genitive (`Bosh prokuratura huzuridagi Departamentning Oqdaryo
    tuman boʻlimi`); a capitalised word opens a sub-body up to its head noun over lower-case
    words (`SSV huzuridagi Aholining sogʻlom turmush tarzini … markazi`)."""
    folded = scan.folded
    if INSIDE_NAME.isdisjoint(folded):
        return []  # no huzuridagi/qoshidagi in the text (the common case)
    tokens = scan.tokens
    n = len(tokens)
    ends = {c.end: c for c in cands}
    starts = {c.start: c for c in cands}
    forms = scan.lex.org_forms.get(scan.tag, {})
    out = []
    for p in [p for p, w in enumerate(folded) if w in INSIDE_NAME and 0 < p < n - 1]:
        d = p + 1
        if not (scan.cap(d) and scan.adjacent(p - 1, p) and scan.adjacent(p, d)):
            continue
        parent = ends.get(tokens[p - 1].end)
        if parent is None or parent.label != "ORG":
            continue
        stem = _bare_body_stem(scan, d)
        if stem is not None:  # Бош прокуратура ҳузуридаги Департамент(нинг …)
            end = tokens[d].end
            name = without_genitives(scan.text[parent.start:tokens[d].start]) + stem
            sub = starts.get(tokens[d + 1].start) if d + 1 < n and scan.adjacent(d, d + 1) \
                and GENITIVE.search(folded[d]) else None
            if sub is not None and sub.label == "ORG":
                end = sub.end
                name = f"{name} {sub.value['name']}"
            out.append(Candidate("ORG", parent.start, end, {"name": name}, RANK + 1))
            continue
        if tokens[d].start in starts:
            continue  # the sub-body is found already (Vazirlar Mahkamasi huzuridagi | Turizm qoʻmitasi)
        for j in range(d + 1, min(n, d + 15)):
            if not scan.adjacent(j - 1, j) or scan.cap(j):
                break
            key = form_key(scan, j)
            if key and forms.get(key) == "body":
                base = next(s for s in scan.stems(j) if fold(s) == key)
                name = scan.text[tokens[d].start:tokens[j].start] + base
                out.append(Candidate("ORG", tokens[d].start, tokens[j].end, {"name": name}, RANK, {"body": (d, j)}))
                break
    return out


_EXPANDED_ACRONYM = re.compile(r"^[A-ZА-ЯЁЎҚҒҲİ][A-ZА-ЯЁЎҚҒҲİ]{1,5}$")  # (İSAM: the Turkish dotted I)


def expanded_acronyms(scan: Scan, cands: list[Candidate]) -> list[Candidate]:
    """An acronym right before an organisation in brackets names it (`İSAM (Ислом тадқиқотлари
    маркази)`, `ЎзА (Ўзбекистон миллий ахборот агентлиги)`): the bracket spells it out."""
    text = scan.text
    tokens = scan.tokens
    out = []
    for c in cands:
        if c.label != "ORG" or c.start < 4 or text[c.start - 2:c.start] != " (" \
                or not text.startswith(")", c.end):
            continue
        k = token_at(scan, c.start - 2, after=False)
        if k is None or tokens[k].end != c.start - 2 or not _EXPANDED_ACRONYM.match(tokens[k].text) \
                or (scan.cap(k) and is_place(scan, k)):
            continue
        out.append(Candidate("ORG", tokens[k].start, tokens[k].end, {"name": tokens[k].text}, RANK))
    return out


_PRESS_SERVICE = re.compile(r"(?:Матбуот|Ахборот|Matbuot|Axborot) (?:хизмат|xizmat)", re.IGNORECASE)


def without_press_services(scan: Scan, cands: list[Candidate]) -> list[Candidate]:
    """Drop a press service named right after its body (`Ташқи ишлар вазирлиги Матбуот хизмати`,
    `OʻzMTDP ... kengashi Axborot xizmati`): the body is the organisation, as with the service in
    lower case (`hokimligi matbuot xizmati`)."""
    ends = {c.end for c in cands if c.label == "ORG"}
    return [c for c in cands if not (
        _PRESS_SERVICE.match(scan.text, c.start) and len(c.value["name"].split()) == 2
        and c.start - 1 in ends and scan.text[c.start - 1] == " ")]


_QUOTE_CLOSERS = ("”", "»", '"', "“")


def without_form_acronyms(scan: Scan, cands: list[Candidate]) -> list[Candidate]:
    """Drop a bare acronym right after a quoted organisation: it abbreviates the company's kind, a
    type word outside the name (`“Oʻzbekiston havo yoʻllari” MAK` (milliy aviakompaniya), `“Dunyo” AA`),
    as `“Sho‘rtan” GKM` does."""
    quoted_ends = {c.end for c in cands if c.label == "ORG" and scan.text[c.end - 1:c.end] in _QUOTE_CLOSERS}
    if not quoted_ends:
        return cands
    return [c for c in cands if not (
        c.start - 1 in quoted_ends and scan.text[c.start - 1] == " " and c.end - c.start <= 4
        and scan.text[c.start:c.end].isupper() and scan.text[c.start:c.end].isalpha())]
