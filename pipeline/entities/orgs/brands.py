"""Latin-script names in Cyrillic and Uzbek text (Hengyuan Cement, Hi-Tech Bank), one-word
banks (Kapitalbank), camel-case brands (PayPal), web domains (Kun.uz), ampersand names
(Ernst & Young), and the product test (Boeing 787 is a product)."""
from __future__ import annotations

import re
from itertools import compress

from ..morph import fold
from ..scan import Candidate, Scan
from .common import (
    ALWAYS_CLOSE, AMBIGUOUS, CASED_CAP, CONNECTORS, LATIN_WORD, OPENERS, POSSESSOR, RANK, caps, form_kind, is_place,
    given_name, token_at,
)
from .quoted import russian_org_nominative
from .russian import ru_defined_as_thing, russian_not_org


def latin_runs(scan: Scan) -> list[Candidate]:
    """Unquoted Latin names in Cyrillic text: `Hengyuan Cement`, `Sino Road and Bridge Corporation`."""
    out = []
    tokens = scan.tokens
    n = len(tokens)
    resume = 0
    for i in compress(range(n), caps(scan)):  # capitalised tokens only (a C loop)
        if i < resume or not LATIN_WORD.match(tokens[i].text):
            continue
        j = i
        while j + 1 < n and scan.adjacent(j, j + 1) and LATIN_WORD.match(tokens[j + 1].text) and (
                scan.cap(j + 1) or tokens[j + 1].text.isdigit()
                or (scan.folded[j + 1] in CONNECTORS and j + 2 < n and scan.cap(j + 2))):
            j += 1
        size = j - i + 1
        if tokens[i].text in _SHIP_PREFIXES or scan.text[tokens[i].start - 1:tokens[i].start] in ("/", "-"):
            resume = j + 1
            continue  # SS Heminge: a ship; I/O Port: part of a longer token
        glossed = scan.text[tokens[i].start - 1:tokens[i].start] == "(" and \
            scan.text[tokens[j].end:tokens[j].end + 1] in (")", ",", ";")
        if size == 2 and (glossed or fold(tokens[i].text) in scan.lex.first_names.get("Latn", ())):
            resume = j + 1
            continue  # Jeffrey Owens, (Mick Moore): a person written in Latin letters
        nxt_kind = form_kind(scan, j + 1) if j + 1 < n and scan.adjacent(j, j + 1) else None
        if i > 0 and scan.adjacent(i - 1, i) and not scan.cap(i - 1) and form_kind(scan, i - 1, two=False) == "noorg":
            resume = j + 1
            continue  # форум Uzbekistan Mining Week: an event named after its noun
        if size >= 2 or nxt_kind in ("legal", "type"):
            name = " ".join(tokens[m].text for m in range(i, j + 1))
            if _ru_quoted_thing(scan, i, j, name) or (
                    scan.tag == "ru" and scan.russian and ru_defined_as_thing(scan, tokens[j].end)):
                resume = j + 1
                continue  # в серии «Bad Boy», The Scorpion -- третий сингл: a work, not a company
            forms = scan.lex.org_forms.get("en", {})
            product = (scan.folded[j] in scan.lex.product_words and nxt_kind not in ("legal", "type")) \
                or forms.get(scan.folded[j]) == "noorg" or (nxt_kind == "noorg" and not (
                    j + 2 < n and form_kind(scan, j + 2) in ("legal", "type", "body"))
                    and forms.get(scan.folded[j]) not in ("legal", "type", "body"))  # … Corporation лойиҳани
            # … Investment Forum: an event; Aston Martin автомобили: a product (but X номли компания)
            if not (size == 1 and fold(name) in forms) and not product:  # Samsung Galaxy: a product
                out.append(Candidate("ORG", tokens[i].start, tokens[j].end, {"name": name}, RANK))
        resume = j + 1
    return out


def _ru_quoted_thing(scan: Scan, i: int, j: int, name: str) -> bool:
    """Russian: tokens i..j fill a pair of quotes that russian_not_org reads as naming a
    thing (в серии «Bad Boy», телепередача «Late Show»)."""
    o, c = scan.tokens[i].start - 1, scan.tokens[j].end
    if scan.tag != "ru" or not scan.russian or o < 0 or scan.text[o] not in OPENERS \
            or scan.text[c:c + 1] not in ALWAYS_CLOSE + AMBIGUOUS:
        return False
    if c + 1 in scan.memo.get("orgs rejected quotes", ()):
        return True  # песни «Foolish», «Here Comes Storm»: found a work by quoted_names
    return russian_not_org(scan, token_at(scan, o, after=False), o, c, name.split())


_SHIP_PREFIXES = frozenset({"SS", "MS", "MV", "HMS", "USS", "RMS", "SY"})
# English company words that do not end a name (Tashkent International Airport)
_NOT_NAME_ENDS = frozenset({"international", "capital", "invest", "agro", "airport"})


_DIGIT_LED = re.compile(r"(?<![\w.,])\d+[A-Za-z]")


def latin_brands(scan: Scan) -> list[Candidate]:
    """Uzbek Latin text: capitalised runs with an English company word (`Hi-Tech Bank`,
    `X5 Retail Group`, `Ziraat Bank Uzbekistan`); the run is the name."""
    out = []
    tokens = scan.tokens
    en_forms = scan.lex.org_forms.get("en", {})
    own_forms = scan.lex.org_forms.get(scan.tag, {})  # (Asialuxe Travel: an English type word of uz-Latn)
    n = len(tokens)
    starts = list(compress(range(n), caps(scan)))  # capitalised tokens (a C loop), and digit-led ones
    if _DIGIT_LED.search(scan.text):
        starts = sorted(set(starts) | {k for k in range(n) if tokens[k].text[:1].isdigit()})
    resume = 0
    for i in starts:
        if i < resume or not LATIN_WORD.match(tokens[i].text):
            continue
        j = i
        while j + 1 < n and scan.adjacent(j, j + 1) and LATIN_WORD.match(tokens[j + 1].text) and (
                scan.cap(j + 1) or tokens[j + 1].text.isdigit()):
            j += 1
        # the company words of the whole run first: none (the common case) gives no name
        # whatever the cut below keeps, so the cut's place tests are skipped
        heads = [m for m in range(i + 1, j + 1) if tokens[m].text in ("Bank", "Group", "Airways", "Airlines",
                                                                       "Motors", "Corporation", "Company",
                                                                       "Holding", "Holdings", "Energy")
                 or (en_forms.get(scan.folded[m]) in ("type", "body", "industry")
                     and scan.folded[m] not in _NOT_NAME_ENDS)  # Bukhara Cotton Textile
                 or own_forms.get(scan.folded[m]) == "type"]
        if not heads:
            resume = j + 1
            continue
        cut = [m for m in range(i, j + 1) if CASED_CAP.search(scan.folded[m]) and not is_place(scan, m)
               or POSSESSOR.search(tokens[m].text)]
        if cut:
            i = cut[-1] + 1  # Janubiy Koreyaning | Korea Development Bank
            if i > j:
                resume = j + 1
                continue
        heads = [m for m in heads if m > i]  # the company words after the cut
        if heads and en_forms.get(scan.folded[i]) is None and not scan.function_word(i):
            last = j if heads[-1] == j - 1 and (
                is_place(scan, j) or scan.folded[j] in scan.lex.countries.get("en", {})) else heads[-1]
            stem = next((a.stem for a in scan.analyses(last) if set(a.slots) <= {"case"}), tokens[last].text)
            name = scan.text[tokens[i].start:tokens[last].start] + stem
            out.append(Candidate("ORG", tokens[i].start, tokens[last].end, {"name": name}, RANK))
        resume = j + 1
    return out


_BANK_WORD = re.compile(r"^[A-ZА-ЯЁЎҚҒҲ][\w'ʻʼ-]{2,}(?:bank|банк)$")


def bank_words(scan: Scan) -> list[Candidate]:
    """One-word bank names: Hamkorbank, Kapitalbank, Агробанк (case suffixes stripped)."""
    out = []
    low = scan.text.lower()
    if "bank" not in low and "банк" not in low:
        return out
    folded = scan.folded
    tokens = scan.tokens
    for i in compress(range(len(tokens)), caps(scan)):
        if "bank" not in folded[i] and "банк" not in folded[i]:
            continue
        tok = tokens[i]
        if scan.tag == "en" and _after_given_name(scan, i):
            continue  # John Milbank, Sarah Fairbank: a surname
        for a in scan.analyses(i):
            if set(a.slots) <= {"case"} and _BANK_WORD.match(a.stem):
                out.append(Candidate("ORG", tok.start, tok.end, {"name": a.stem}, RANK))
                break
    return out


def _after_given_name(scan: Scan, i: int) -> bool:
    """Token i follows a given name (English or Latin lists) in the same run."""
    if i == 0 or not scan.adjacent(i - 1, i):
        return False
    return given_name(scan, i - 1)


_CAMEL = re.compile(r"^[a-z]{1,3}[A-Z][A-Za-z0-9]+(?:[-'’ʼ`][a-z]{1,6})?$")
_LOWER_CAMEL = re.compile(r"^([a-z]{2,3}[A-Z][a-z]{2,}[A-Za-z]*)(?:[-'’ʼ`][a-z]{1,6})?$")
_CAMEL_ANY = re.compile(r"\b[a-z]{1,3}[A-Z]|\b[A-Z][a-z]+[A-Z]|\b[А-ЯЁЎҚҒҲ][а-яёўқғҳ]{2,}[А-ЯЁЎҚҒҲ]")
# HughesNet, PayPal, BlackRock (with an Uzbek suffix after a hyphen or apostrophe)
_UPPER_CAMEL = re.compile(r"^([A-Z][a-z]{1,}[A-Z][a-z]+[A-Za-z]*|[A-Z][a-z]{2,}[A-Z]{2,5}"
                          r"|[А-ЯЁЎҚҒҲ][а-яёўқғҳ]{2,}[А-ЯЁЎҚҒҲ]{2,5})(?:[-'’ʼ`]?[a-zа-яёўқғҳ]{1,6})?$")
_INNER_CAPITAL = re.compile(r".[A-ZА-ЯЁЎҚҒҲ]")  # camel_brands' pre-test of a word
_OWNED = re.compile(r"-(?:owned|backed)$")
_NAME_PREFIX = re.compile(r"^(?:Ma?c|De|Di|Da|Du|Le|La|Van|Von|Fitz|Al|El)[A-Z]")


def _venue_head(scan: Scan, i: int) -> bool:
    """English: token i goes before a venue's head word (KeyBank Center: a venue)."""
    from .english import venue_words  # a cached table

    return i + 1 < len(scan.tokens) and scan.adjacent(i, i + 1) \
        and venue_words().get(scan.folded[i + 1]) == "head"


# an acronym in Uzbek Latin letters: capitals, some spelled with two letters (YeI, YeChL, OʻzLiDeP is no such)
_UZ_LATIN_ACRONYM = re.compile(r"^(?:[A-Z](?:[eouah])?){2,6}$")


def _uz_acronym_or_suffixed(scan: Scan, i: int) -> bool:
    """Uzbek: camel-case token i is an acronym written in Latin letters (YeI, YeChL) once its
    case suffixes are stripped, or its stem is a word not_orgs lists: no brand."""
    for stem in scan.stems(i):
        if _UZ_LATIN_ACRONYM.match(stem) and any(ch.islower() for ch in stem) or fold(stem) in scan.lex.not_orgs:
            return True
    return False


def camel_brands(scan: Scan) -> list[Candidate]:
    """Brands written in camel case: `HughesNet-ning`, `PayPal`, `BlackRock` (not names
    such as McCartney, DeVito); with a lower-case first letter only before a company word
    (`inDriver kompaniyasi`, `компания inDriver`), so that a product (iPhone) is not one."""
    out = []
    tokens = scan.tokens
    if not _CAMEL_ANY.search(scan.text):
        return out
    # only words with a capital after their first letter can match _UPPER_CAMEL or _CAMEL
    # (a per-word memo across texts, filled in one C-level pass)
    memo = scan.lex.cache("camel words")
    flags = list(map(memo.get, [tok.text for tok in tokens]))
    if None in flags:
        for k, got in enumerate(flags):
            if got is None:
                w = tokens[k].text
                got = memo[w] = _INNER_CAPITAL.search(w) is not None
                flags[k] = got
    for i in compress(range(len(flags)), flags):
        tok = tokens[i]
        owned = _OWNED.search(tok.text) if scan.tag == "en" else None
        if owned:  # GateHouse-owned newspapers: the brand without the participle
            tok = tok._replace(text=tok.text[:owned.start()], end=tok.start + owned.start())
        upper = _UPPER_CAMEL.match(tok.text)
        if upper and scan.uzbek and _uz_acronym_or_suffixed(scan, i):
            continue  # YeIga, YeChLning: an acronym in Uzbek Latin letters with its suffix, not a brand
        if upper and not _NAME_PREFIX.match(tok.text) and fold(upper.group(1)) not in scan.lex.product_words \
                and not (scan.tag == "en" and _venue_head(scan, i)) \
                and not (scan.tag == "ru" and scan.russian and ru_defined_as_thing(scan, tok.end)):
            out.append(Candidate("ORG", tok.start, tok.end, {"name": upper.group(1)}, RANK - 1))
            continue
        if not _CAMEL.match(tok.text) or fold(tok.text) in scan.lex.product_words:
            continue
        brand = _LOWER_CAMEL.match(tok.text)
        if brand and fold(brand.group(1)) not in scan.lex.not_orgs:
            out.append(Candidate("ORG", tok.start, tok.end, {"name": brand.group(1)}, RANK - 1))
            continue  # inDriver, myTaxi (not iPhone, eSIM: one lower-case letter)
        after = form_kind(scan, i + 1) if i + 1 < len(tokens) and scan.adjacent(i, i + 1) else None
        before = form_kind(scan, i - 1, two=False) if i > 0 and scan.adjacent(i - 1, i) else None
        if after in ("legal", "type") or (not scan.uzbek and before in ("legal", "type")):
            out.append(Candidate("ORG", tok.start, tok.end, {"name": tok.text}, RANK))
    return out


_MODEL = re.compile(r" (?:[A-Z]{0,3}-?\d{2,4}(?:-?[A-Za-z]{1,4})?|[A-Z]\d?|\d[A-Z]\d{1,3})\b")  # (NBA 2K20)
_NEXT_WORD = re.compile(r" ([A-Za-z][\w-]*)")
_YEAR = re.compile(r" (?:19|20)\d\d\b")
# a number with a scale word, count word or unit after it is a quantity, not a model (Netflix 100 mingdan ortiq)
_QUANTITY = re.compile(r" \d+ ?(?:ming|mln|mlrd|million|milliard|минг|млн|млрд|миллион|миллиард|ta\b|та\b|nafar|нафар"
                       r"|foiz|фоиз|thousand|billion|%)", re.IGNORECASE)


# "of the make" after a maker's name (Uzbek): rusumli, markali, русумли, маркали
_UZ_MAKE = re.compile(r" (?:rusum|marka|русум|марка)(?:li|ли|si|си|sidagi|сидаги)\b")
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:[Aa]n?) $")


def is_product(scan: Scan, c: Candidate) -> bool:
    """A one-word maker's name before a model designation (Boeing 787, Airbus A320) or after
    an indefinite article (a Volvo) is a product, not an organisation."""
    if " " in c.value["name"] or scan.text[c.start:c.end] != c.value["name"]:
        return False  # (SamDUga 10 ta grant: a case suffix, not a maker before its model)
    if scan.tag == "en" and c.value["name"][1:2].islower() and _ARTICLE_BEFORE.search(scan.text, max(0, c.start - 4), c.start) \
            and not _FIRM_NOUN_AFTER.match(scan.text, c.end):
        return True  # a Volvo, an Airbus: one car or plane of the maker (not a WeWork spokesperson)
    tail = scan.text[c.end:c.end + 12]
    if scan.uzbek and _UZ_MAKE.match(tail):
        return True  # Volvo rusumli yuk avtomobili, Chevrolet markali: the make of a vehicle
    if _MODEL.match(tail) and not _YEAR.match(tail) and not _QUANTITY.match(tail):
        return True
    nxt = _NEXT_WORD.match(tail)
    if nxt and scan.tag == "en" and scan.lex.org_forms.get("en", {}).get(fold(nxt.group(1))) == "noorg" \
            and nxt.group(1)[:1].isupper():
        return True  # SunShot Initiative, Stadia Award: a programme or prize named after it
    return bool(nxt) and fold(nxt.group(1)) in scan.lex.product_words  # Samsung Galaxy


# a lower-case noun of a company's people or works after its name: a WeWork spokesperson, a Netflix documentary
_FIRM_NOUN_AFTER = re.compile(r" (?:spokesperson|spokesman|spokeswoman|representative|executive|employee|official"
                              r"|engineer|insider|source|documentary|original|production|filing|statement|study"
                              r"|survey|poll|report|analysis|press release)\b")


_DOMAIN = re.compile(r"^([A-ZА-ЯЁЎҚҒҲ][\w-]*\.(?:uz|ru|com|kz|kg|tj|az|net|org|info|media|news|tv))"
                     r"(?:[-'’ʼ`]?[a-zа-яёўқғҳ]{1,6})?$")

_DOMAIN_END = re.compile(r"\.(?:uz|ru|com|kz|kg|tj|az|net|org|info|media|news|tv)")  # domains' pre-test


def domains(scan: Scan) -> list[Candidate]:
    """Media named by their web address: Kun.uz, Газета.uz, Daryo.uz'dagi (suffix dropped)."""
    out = []
    if not _DOMAIN_END.search(scan.text):
        return out  # no ".uz", ".com", … anywhere (a whole-text C scan instead of a token loop)
    for tok in scan.tokens:
        if "." in tok.text:
            m = _DOMAIN.match(tok.text)
            if m:
                name = russian_org_nominative(m.group(1)) if scan.tag == "ru" else m.group(1)
                out.append(Candidate("ORG", tok.start, tok.end, {"name": name}, RANK))
    return out


def ampersand_names(scan: Scan) -> list[Candidate]:
    """Latin names joined by an ampersand: `Ernst & Young`, `Procter & Gamble`, `AT&T`
    (not countries such as `Trinidad & Tobago`)."""
    out: list[Candidate] = []
    if "&" not in scan.text:
        return out
    lex = scan.lex
    tokens = scan.tokens
    for i in range(len(tokens) - 1):
        if scan.gap(i, i + 1) not in (" & ", "&"):
            continue
        a, b = tokens[i].text, tokens[i + 1].text
        if not (LATIN_WORD.match(a) and LATIN_WORD.match(b) and a[:1].isupper() and b[:1].isupper()):
            continue
        countries = lex.countries.get("en", {})
        if any(w in countries or w in lex.locations.get("en", {}) for w in (scan.folded[i], scan.folded[i + 1])) \
                or fold(f"{a} and {b}") in countries or fold(f"{a} & {b}") in countries:
            continue
        calendar = lex.first_names.get("en_not_names", frozenset())
        if scan.folded[i].rstrip(".") in _DAY_ABBREVIATIONS or scan.folded[i] in calendar:
            continue  # Sat & Sun, Sun & Mon: days (opening hours), not a company
        if scan.tag == "en" and _inside_longer_name(scan, i, i + 1):
            continue  # the Plan & Grow BIG approach, Eve Door & Window, “War & Peace”: a longer name
        name = scan.text[tokens[i].start:tokens[i + 1].end]
        if scan.tag == "en" and name.endswith(("'s", "’s")):
            name = name[:-2]  # PG&E's senior director: the possessive stays in the span only
        out.append(Candidate("ORG", tokens[i].start, tokens[i + 1].end, {"name": name}, RANK))
    return out


_DAY_ABBREVIATIONS = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})


def _inside_longer_name(scan: Scan, i: int, j: int) -> bool:
    """English: tokens i..j stand between other capitalised words (a product or a title goes
    on: Rock & Roll Hall of Fame, Eve Door & Window) or alone inside quotes (“War & Peace”)."""
    text, tokens = scan.text, scan.tokens
    if j + 1 < len(tokens) and scan.adjacent(j, j + 1) and scan.cap(j + 1) and not scan.function_word(j + 1):
        return True
    if i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not scan.function_word(i - 1) \
            and not scan.sentence_initial(i - 1):
        return True
    before, after = text[tokens[i].start - 1:tokens[i].start], text[tokens[j].end:tokens[j].end + 1]
    return before in "“\"‘'«" and before != "" and after in "”\"’'»" and after != ""


# a company noun next to a platform's name: the company that runs it (Twitter kompaniyasi)
_COMPANY_AFTER = re.compile(r"\s+(?:kompaniya|компани|company\b|corporation\b|korporatsiya|корпораци|inc\b)",
                            re.IGNORECASE)
_COMPANY_BEFORE = re.compile(r"(?:компани[яиюе]й?|company)\s+[«“\"]?$", re.IGNORECASE)


def company_named(scan: Scan, c: Candidate) -> bool:
    """A platform's name (not_orgs.txt: Telegram, Twitter) is the company when a company noun
    stands next to it: `Twitter kompaniyasi`, `компании Twitter`, `Twitter Inc`."""
    return bool(_COMPANY_AFTER.match(scan.text, c.end, c.end + 14)
                or _COMPANY_BEFORE.search(scan.text, max(0, c.start - 12), c.start))
