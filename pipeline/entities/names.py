"""NameExtractor: COUNTRY, ORG, PERSON and LOC mentions by rules and gazetteers.

Each matcher proposes candidates over one `Scan` of the text (tokens with cached Uzbek
suffix analyses and, for Cyrillic, pymorphy3 parses): `countries` (CLDR names + aliases in any
case form, currency guard), `orgs` (quoted names with legal forms/type nouns, named bodies,
known media/companies, Latin names), `persons` (first-name lists, surname shapes, titles,
back-references) and `locations` (gazetteer, `X вилояти/tumani/region`, Geox; Russian rules in
`places_ru`). Before resolution, places that start a bloc's name are dropped and an ORG made of
country names only gives way to the countries. `resolve` keeps one flat reading: the longest
span, then the higher rank (ORG > PERSON > LOC > COUNTRY).
Data: `load_tables()` (langdata + `models/gazetteer/`); rebuild the gazetteers with
`python -m pipeline.entities.build_gazetteer`.

    >>> ex = NameExtractor()
    >>> [(m.label, m.text, m.value) for m in ex.extract("Корхона Хитойга ва БААда ишлайди.", "uz-Cyrl")]
    [('COUNTRY', 'Хитойга', {'iso': 'CN'}), ('COUNTRY', 'БААда', {'iso': 'AE'})]
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from .base import Mention
from .countries import find_countries
from .gazetteer import Lexicon, load_tables
from .locations import find_locations
from .morph import case_endings, devoiced, fold
from .orgs import _form_kind, _token_at, find_orgs, quote_pairs
from .persons import find_persons, names_over_places, orgs_over_persons
from .scan import Candidate, Scan

SUPPORTED = ("uz-Cyrl", "uz-Latn", "ru", "en")
STRESS = "\u0301"  # combining acute: Russian stress mark inside words


def strip_stress(text: str) -> tuple[str, list[int]]:
    """`text` without stress marks and, for each kept character (and the end), its offset in
    `text`.

    >>> strip_stress("ко\u0301т")
    ('кот', [0, 1, 3, 4])
    """
    kept = [k for k, ch in enumerate(text) if ch != STRESS]
    return "".join(text[k] for k in kept), kept + [len(text)]


def resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Flat, non-overlapping mentions: the longest span wins, then the higher rank.

    >>> a = Candidate("ORG", 0, 19, {"name": "Технополис Москва"}, 4)
    >>> b = Candidate("LOC", 12, 18, {"name": "Москва"}, 2)
    >>> [c.label for c in resolve([b, a])]
    ['ORG']
    """
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.rank, c.start))
    starts: list[int] = []  # kept spans, sorted and disjoint
    ends: list[int] = []
    taken: list[Candidate] = []
    for c in ordered:
        k = bisect_right(starts, c.start)
        if k > 0 and ends[k - 1] > c.start:
            continue  # overlaps the kept span starting before it
        if k < len(starts) and starts[k] < c.end:
            continue  # overlaps the kept span starting after it
        starts.insert(k, c.start)
        ends.insert(k, c.end)
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)


_ACRONYM = re.compile(r"^[A-ZА-ЯЁЎҚҒҲ]{2,6}$")


def org_acronyms(scan: Scan, chosen: list[Candidate]) -> list[Candidate]:
    """Acronyms of the article's organisations used alone: `Olmaliq … kombinati (OKMK)`,
    `Uzbekistan GTL` … `GTL’ning`. Returns new ORG candidates (not overlapping `chosen`)."""
    acronyms: set[str] = set()
    text = scan.text
    for c in chosen:
        if c.label != "ORG":
            continue
        words = c.value["name"].split()
        if len(words) >= 2 and _ACRONYM.match(words[-1]) and words[-1].isascii() == words[0].isascii():
            acronyms.add(words[-1])
        after = text[c.end:c.end + 10]
        m = re.match(r"\s?\(([A-ZА-ЯЁЎҚҒҲ]{2,6})\)", after)
        if m:
            acronyms.add(m.group(1))
    if not acronyms:
        return []
    starts = sorted(c.start for c in chosen)
    ends = {c.start: c.end for c in chosen}
    out = []
    for i, tok in enumerate(scan.tokens):
        k = bisect_right(starts, tok.end - 1) - 1  # the last chosen span starting inside/before
        if k >= 0 and ends[starts[k]] > tok.start:
            continue
        stem = next((s for s in scan.stems(i) if s in acronyms), None)
        if stem:
            out.append(Candidate("ORG", tok.start, tok.end, {"name": stem}, 4))
    return out


# Uzbek case endings that make a place an adverbial (Yangiariqda, Тошкентдан), not a body's name;
# also a devoiced spelling after a voiceless consonant (Тошкентта, Тошкенттан, Тошкенттадаги),
# which the morphology does not strip
_PLACE_CASE_TAILS = case_endings("locative", "ablative", "relative", "dative") \
    | devoiced(case_endings("locative", "ablative")) \
    | {t + r for t in devoiced(case_endings("locative")) for r in case_endings("relative")
       if t.isascii() == r.isascii()}


def _cased_place(surface: str, place: Candidate) -> bool:
    """A LOC written with a case ending after its base name.

    >>> _cased_place("Yangiariqda", Candidate("LOC", 0, 11, {"name": "Yangiariq"}))
    True
    >>> _cased_place("Toshkent shahar", Candidate("LOC", 0, 15, {"name": "Toshkent shahar"}))
    False
    """
    name = place.value.get("name", "")
    return place.label == "LOC" and len(surface) > len(name) and surface.startswith(name) \
        and fold(surface[len(name):]) in _PLACE_CASE_TAILS


def bodies_after_persons(scan: Scan, dropped: list[Candidate], persons: list[Candidate]) -> list[Candidate]:
    """Uzbek: the body after a person's full name inside a dropped organisation run
    (`o‘rinbosari Ahadbek Haydarov Hisob palatasida` -> ORG `Hisob palatasi`): the run's rest
    from the capitalised word after the name, its name the run's name after the person's."""
    out: list[Candidate] = []
    for o in dropped:
        if o.label != "ORG":
            continue
        for p in persons:
            head = scan.text[o.start:p.end]
            if p.label != "PERSON" or " " not in p.value.get("name", "") or not o.start <= p.start < p.end < o.end \
                    or scan.text[p.end:p.end + 1] != " " or not o.value["name"].startswith(head + " "):
                continue
            start = p.end + 1
            rest = o.value["name"][len(head) + 1:]
            if rest[:1].isupper() and " " in rest:  # (a body of two words at least: Hisob palatasi)
                out.append(Candidate("ORG", start, o.end, {"name": rest}, o.rank))
            break
    return out


def place_acronym_bodies(scan: Scan, chosen: list[Candidate]) -> list[Candidate]:
    """Uzbek: a place right before an acronym body is part of its name (`Toshkent shahar
    IIBga` = the city's police department, `Oʻzbekiston TIV`): one ORG, not a LOC and an ORG.
    Not before an international body (`Ўзбекистон ЖСТга` = COUNTRY + ORG), nor after a place
    in a case (`Yangiariqda IIB` = LOC + ORG)."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        head, _, rest = c.value.get("name", "").partition(" ")  # (G‘uzor tuman IIB tergov bo‘limi: a unit of it)
        if c.label == "ORG" and prev is not None and prev.label in ("LOC", "COUNTRY") \
                and scan.text[prev.end:c.start] == " " and _ACRONYM.match(head) and rest == rest.lower() \
                and fold(head) not in scan.lex.international_acronyms \
                and not scan.text[prev.start:prev.end].lower().endswith(("нинг", "ning")) \
                and not _cased_place(scan.text[prev.start:prev.end], prev):
            name = f"{scan.text[prev.start:prev.end]} {c.value['name']}"
            if prev.label == "LOC":
                name = f"{prev.value['name']} {c.value['name']}"
            out[-1] = Candidate("ORG", prev.start, c.end, {"name": name}, c.rank)
            continue
        out.append(c)
    return out


def outside_work_titles(scan: Scan, candidates: list[Candidate]) -> list[Candidate]:
    """Drop candidates inside the quoted title of a work (роман «Анна Каренина», the novel
    "War and Peace", “O‘tgan kunlar” romani): the word before (or, in Uzbek, after) the quotes
    is an org-form word of kind `noorg`."""
    if not any(q in scan.text for q in "«“\"„"):
        return candidates
    titles = []
    for o, c in quote_pairs(scan.text):
        prev = _token_at(scan, o, after=False)
        nxt = _token_at(scan, c + 1, after=True)
        near_prev = prev is not None and not scan.text[scan.tokens[prev].end:o].strip()
        near_next = nxt is not None and not scan.text[c + 1:scan.tokens[nxt].start].strip()
        if (near_prev and _form_kind(scan, prev, two=False) == "noorg") or (
                near_next and _form_kind(scan, nxt, two=False) == "noorg"):
            titles.append((o, c))
    if not titles:
        return candidates
    return [m for m in candidates if not any(o < m.start and m.end <= c for o, c in titles)]


def english_thing_name(scan: Scan, c: Candidate) -> bool:
    """English: a two-word PERSON candidate whose second word is mostly a lower-case word
    (`not_single_names`: House, Case) and whose first is no listed given name (White House,
    Heinz Field) names a thing; Tom House, Liu He stay persons."""
    words = c.value.get("name", "").split(" ")
    if c.label != "PERSON" or len(words) != 2:
        return False
    names = scan.lex.first_names
    first, last = fold(words[0]), fold(words[1])
    return len(last) >= 4 and last in scan.lex.not_single_names and first not in names.get("en", ()) \
        and first not in names.get("Latn", ())


_QUOTES = "«»“”„‘’\"'"


def country_only_orgs(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Drop ORG candidates made of country names only (`Janubiy Koreya` before `kompaniyasi`,
    `“Ўзбекистон-Франция”` before `ҳамкорлик гуруҳи`): the countries are the mentions."""
    countries = [c for c in candidates if c.label == "COUNTRY"]
    if not countries:
        return candidates
    out = []
    for c in candidates:
        if c.label == "ORG":
            inner = [k for k in countries if c.start <= k.start and k.end <= c.end]
            quoted_one = len(inner) == 1 and text[c.start] in _QUOTES  # «Ўзбекистон» (a hotel)
            if inner and not quoted_one:
                rest = list(text[c.start:c.end])
                for k in inner:
                    rest[k.start - c.start:k.end - c.start] = " " * (k.end - k.start)
                if not "".join(rest).strip(_QUOTES + " -–"):
                    continue
        out.append(c)
    return out


def outside_blocs(scan: Scan, candidates: list[Candidate]) -> list[Candidate]:
    """Drop places that start the name of a bloc (`Шанхай ҳамкорлик ташкилотига`, Shanghai
    Cooperation Organisation): blocs are neither places nor organisations (not_orgs.txt)."""
    if not scan.lex.not_orgs:
        return candidates
    memo = scan.lex.cache("blocs")
    got = memo.get("")
    if got is None:  # (the table and its longest name in words, once per extractor)
        blocs = {name: True for name in scan.lex.not_orgs if " " in name}
        got = memo[""] = (blocs, 1 + max((k.count(" ") for k in blocs), default=0))
    blocs, words = got
    out = []
    for c in candidates:
        if c.label in ("LOC", "COUNTRY"):
            k = bisect_right(scan.starts, c.start) - 1
            if k >= 0 and scan.starts[k] == c.start:
                hit = scan.longest_phrase(k, blocs, words)
                if hit and scan.ends[hit[0]] > c.end:
                    continue
        out.append(c)
    return out


def _fallback_tag(tag: str) -> str | None:
    if tag in SUPPORTED:
        return tag
    low = tag.lower()
    if low.startswith("uz"):
        return "uz-Latn" if "latn" in low else "uz-Cyrl"
    if low.startswith(("ru", "kk", "ky", "tg", "be", "uk")):
        return "ru"
    if low.startswith("en"):
        return "en"
    return None


class NameExtractor:
    """Rule-and-gazetteer extractor for COUNTRY, ORG, PERSON and LOC (see GUIDE.md)."""

    labels = ("COUNTRY", "ORG", "PERSON", "LOC")

    def __init__(self, tables: dict[str, Any] | None = None) -> None:
        self.tables: dict[str, Any] = tables if tables is not None else load_tables()
        self.lexicon = Lexicon(self.tables)

    @staticmethod
    def _candidates(scan: Scan) -> list[Candidate]:
        persons = find_persons(scan)
        if persons:
            persons = outside_work_titles(scan, persons)
            if scan.tag == "en":
                persons = [p for p in persons if not english_thing_name(scan, p)]
        places = find_locations(scan)
        if scan.uzbek:
            persons += names_over_places(scan, places)
        places = outside_blocs(scan, places + find_countries(scan))
        found = find_orgs(scan)
        orgs = orgs_over_persons(scan, found, persons)  # no org swallows a full name
        if scan.uzbek and len(orgs) < len(found):
            orgs += bodies_after_persons(scan, [o for o in found if o not in orgs], persons)
        return country_only_orgs(scan.text, orgs + persons + places)

    def candidates(self, text: str, tag: str) -> list[Candidate]:
        """Every candidate before overlap resolution (for debugging)."""
        return self._candidates(Scan(text, tag, self.lexicon))

    def extract(self, text: str, tag: str) -> list[Mention]:
        """Mentions in `text` (normalised article text) written in language `tag`.

        Stress marks (U+0301, Никола́й) are ignored for matching; offsets stay exact."""
        use = _fallback_tag(tag)
        if use is None or not text:
            return []
        if STRESS in text:
            return self._extract_unstressed(text, use)
        scan = Scan(text, use, self.lexicon, source=tag)
        chosen = resolve(self._candidates(scan))
        extra = org_acronyms(scan, chosen)
        if extra:
            chosen = resolve(chosen + extra)
        if scan.uzbek:
            chosen = place_acronym_bodies(scan, chosen)
        return [Mention(c.label, c.start, c.end, text[c.start:c.end], dict(c.value)) for c in chosen]

    def _extract_unstressed(self, text: str, tag: str) -> list[Mention]:
        plain, where = strip_stress(text)
        out = []
        for m in self.extract(plain, tag):
            start = where[m.start]
            end = where[m.end - 1] + 1
            while end < len(text) and text[end] == STRESS:
                end += 1  # a stress mark on the mention's last letter belongs to it
            out.append(Mention(m.label, start, end, text[start:end], dict(m.value)))
        return out
