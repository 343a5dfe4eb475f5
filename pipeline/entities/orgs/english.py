"""English organisations: capitalised runs with a body/company word (the Ministry of
Energy, Asian Development Bank), "University of ...", acronyms (CNPC, UN, I.M.F.)."""
from __future__ import annotations

import re
from functools import cache
from itertools import compress

from ...langdata.loader import table, word_list
from ..morph import fold
from ..scan import Candidate, Scan
from .common import CONNECTORS, RANK, caps, given_name, is_place, title_case_line, token_at


def _english_list_tail(scan: Scan, i: int, j: int, forms: dict[str, str]) -> int:
    """Extend `Ministry of Investment` over `, Industry and Trade` (a comma list of Cap words)."""
    words = scan.folded[i:j + 1]
    if "of" not in words or not any(forms.get(w) == "body" for w in words):
        return j
    n = len(scan.tokens)
    k = j
    while k + 2 < n and scan.gap(k, k + 1) == ", " and scan.cap(k + 1):
        k += 1
    if k == j or k + 2 >= n or scan.folded[k + 1] != "and" or not scan.cap(k + 2):
        return j
    if not (scan.adjacent(k, k + 1) and scan.adjacent(k + 1, k + 2)):
        return j
    k += 2
    m = k + 1  # … and Trade of Uzbekistan, … of the Republic of Uzbekistan
    while m + 1 < n and scan.folded[m] == "of" and scan.adjacent(k, m) and scan.adjacent(m, m + 1):
        m += 1
        if scan.folded[m] == "the" and m + 1 < n and scan.adjacent(m, m + 1):
            m += 1
        if not scan.cap(m) or scan.function_word(m):
            break
        k = m
        while k + 1 < n and scan.adjacent(k, k + 1) and scan.cap(k + 1) and not scan.function_word(k + 1):
            k += 1
        m = k + 1
    return k


# titles whose "of" complement is a portfolio, not a body (Minister of Energy, Secretary of State)
_PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner"})
# a body's name glued to a participle: the Democratic Party-controlled House (the name before the hyphen)
_CONTROLLED = re.compile(r"-(?:controlled|led|backed|run|dominated|affiliated|aligned)$")
_POST_MODIFIERS = frozenset({"interim", "acting", "former", "then", "outgoing", "incoming"})
_PLACE_KINDS = frozenset({"region", "district", "city", "province", "oblast"})
_POSSESSIVE_S = re.compile(r"'s?$")


def _before_person(scan: Scan, i: int, j: int, forms: dict[str, str]) -> int:
    """English: a run that ends in a first name + surname (`Minister of Energy Jurabek
    Mirzamakhmudov`) or goes on with a title after a body word (`… Bank President …`) ends
    before the person or title; returns the run's last token."""
    if j < i + 2:
        return j
    titles = scan.lex.titles.get("en", frozenset())
    for m in range(i + 1, j + 1):
        if scan.folded[m] in titles and (forms.get(scan.folded[m - 1]) in ("body", "type", "legal")
                                         or scan.folded[m - 1].endswith("bank")):
            return m - 1  # Asian Development Bank | President Masato Kanda
    for first in (j - 1, j - 2):  # Jurabek Mirzamakhmudov, Bakhodir A. Sidikov
        if first <= i or forms.get(scan.folded[j]) or forms.get(scan.folded[first]):
            continue
        if given_name(scan, first) and not is_place(scan, j) \
                and all(scan.cap(m) for m in range(first, j + 1)):
            return first - 1
    return j


def _possessive_head(scan: Scan, k: int, forms: dict[str, str]) -> bool:
    """Token k is a body or company word in the possessive (the Justice Department's lawyers,
    Asian Development Bank's loan): it ends the run and belongs to the name."""
    return scan.cap(k) and forms.get(_POSSESSIVE_S.sub("", scan.folded[k])) in ("body", "type")


def _in_complement(scan: Scan, run: list[int], m: int, forms: dict[str, str]) -> bool:
    """Token m of `run` stands in the complement of a body word, after `for`/`of`/`on`
    (the Agency for Project Management), not in the head (Academy Award for Best Actress)."""
    body = max((k for k in run if k < m and forms.get(scan.folded[k]) == "body"), default=None)
    return body is not None and any(scan.folded[k] in ("for", "of", "on") for k in range(body + 1, m))


def _company_pair(scan: Scan, i: int, forms: dict[str, str]) -> bool:
    """Token i, one capitalised word with no organisation or given-name reading, stands before
    `and` + two or more capitalised words ending in a company noun (Gannett and GateHouse
    Media): two companies side by side, not one name (Bill and Melinda Gates Foundation, Oil
    and Gas Company, Johnson and Johnson)."""
    n = len(scan.tokens)
    if i + 3 >= n or scan.folded[i + 1] != "and" or not scan.adjacent(i, i + 1) or forms.get(scan.folded[i]):
        return False
    k = i + 2
    while k < n and scan.adjacent(k - 1, k) and scan.cap(k) and not scan.function_word(k):
        k += 1
    if k - (i + 2) < 2 or forms.get(scan.folded[k - 1]) != "type":
        return False
    word = scan.folded[i]
    return not (given_name(scan, i) or is_place(scan, i)
                or scan.sentence_initial(i) or _POSSESSIVE_S.search(word)
                or word in scan.lex.titles.get("en", frozenset()))


def _after_of(scan: Scan, i: int, j: int, forms: dict[str, str]) -> int:
    """`Representatives of the Chamber of Commerce`, `President of the Asian Development
    Bank`: a first word that is no organisation word before "of (the)" and a body/company
    word (or a legal form: Shares of Zorvik Inc) later is outside the name; returns the
    name's first token."""
    head = scan.folded[i]
    titles = scan.lex.titles.get("en", frozenset())
    of = scan.folded.index("of", i + 2, j) if j - i >= 3 and "of" in scan.folded[i + 2:j] else None
    if of is not None and not any(forms.get(scan.folded[m]) or scan.folded[m].endswith("bank")
                                  or scan.folded[m] in titles or scan.function_word(m) for m in range(i, of)):
        start = of + 2 if scan.folded[of + 1] == "the" else of + 1
        if start <= j and any(forms.get(scan.folded[m]) == "body" for m in range(start, j + 1)):
            return start  # Joneigh Khaldun of the | Michigan Department of Health: a person before "of"
    if head in titles:  # CEO and Founder of | Ceres Robotics: titles joined by "and" before "of"
        k = i + 1
        while k < j and (scan.folded[k] in titles or scan.folded[k] == "and"):
            k += 1
        if k > i + 1 and k < j and scan.folded[k] == "of" and scan.folded[k - 1] != "and":
            i = k - 1
            head = scan.folded[i]
    if head == "board" and j >= i + 2 and scan.folded[i + 1] == "of" and (forms.get(scan.folded[j]) == "legal" or (
            j + 1 < len(scan.tokens) and forms.get(scan.folded[j + 1]) == "legal" and scan.adjacent(j, j + 1))):
        return i + 3 if scan.folded[i + 2] == "the" else i + 2  # (Chairman of the) Board of | Uzbekneftegaz JSC
    if j < i + 2 or scan.folded[i + 1] != "of" or forms.get(head) or head.endswith("bank"):
        return i
    start = i + 3 if scan.folded[i + 2] == "the" else i + 2
    if start <= j and any(forms.get(scan.folded[m]) in ("body", "type", "legal") or scan.folded[m].endswith("bank")
                          for m in range(start, j + 1)):
        return start
    if start <= j and j + 1 < len(scan.tokens) and forms.get(scan.folded[j + 1]) == "legal":
        return start  # Shares of Zorvik | Inc: the legal form after the run
    return i


def english_names(scan: Scan) -> list[Candidate]:
    """Capitalised runs with a company/body word: `Ministry of Energy`, `Hengyuan Cement Company`;
    and listed companies by name (`listed_companies`: Airbnb, Home Depot)."""
    out = []
    tokens = scan.tokens
    forms = scan.lex.org_forms.get("en", {})
    titles = scan.lex.titles.get("en", frozenset())
    calendar = scan.lex.first_names.get("en_not_names", frozenset())  # weekdays, months (and languages)
    n = len(tokens)
    resume = 0
    for i in compress(range(n), caps(scan)):  # capitalised tokens only (a C loop)
        if i < resume or scan.function_word(i) or _POSSESSIVE_S.search(scan.folded[i]):
            continue  # Uzbekistan’s | Ministry of Energy
        j = i
        while j + 1 < n and scan.adjacent(j, j + 1) and forms.get(scan.folded[j]) != "legal" \
                and not _POSSESSIVE_S.search(scan.folded[j]) \
                and not (_POSSESSIVE_S.search(scan.folded[j + 1]) and not _possessive_head(scan, j + 1, forms)) \
                and not ("-" in scan.folded[j] and _CONTROLLED.search(scan.folded[j])):
            if scan.cap(j + 1) and not scan.function_word(j + 1):
                j += 1
                continue
            k = j + 1
            while k < n and scan.folded[k] in CONNECTORS and scan.adjacent(k - 1, k):
                if k > j + 1 and not (scan.folded[k] == "the" and scan.folded[k - 1] in ("of", "under", "for", "at")):
                    break  # only "of the", "under the" chain
                if tokens[k].text[:1].isupper():
                    break  # … Loan For Uzbekistan: a headline in title case
                if k == j + 1 and scan.folded[k] == "the":
                    break  # In January the European Commission: "the" alone joins no names
                if scan.folded[k] == "and" and "and" in scan.folded[i:j + 1]:
                    break  # Ministry of Economy and Finance | and Asaka Bank: one "and" per name
                k += 1
            if k == j + 1 or k >= n or not scan.cap(k) or not scan.adjacent(k - 1, k) \
                    or _POSSESSIVE_S.search(scan.folded[k]) or tokens[k].text == "The":
                break  # (Braun and | The Carlyle Group: "The" opens another name)
            if scan.folded[k - 1] == "and" and is_place(scan, k) and any(
                    forms.get(scan.folded[m]) in ("body", "type") for m in range(i, j + 1)):
                break  # the Agency for Project Management | and Navoi Mining …: a place starts a new name
            if scan.folded[k - 1] == "on" and scan.folded[k] in calendar:
                break  # said Amnesty International | on Tuesday: a date, not a name's part
            if scan.folded[j + 1] == "and" and (forms.get(scan.folded[j]) in ("type", "body")
                                                or scan.folded[j].endswith("bank")
                                                or scan.folded[j] in scan.lex.countries.get("en", {})
                                                or j == i and _company_pair(scan, i, forms)):
                break  # Hamkorbank and Ipoteka Bank, … Uzbekistan and Uzbekistan Railways: two names
            j = k
        if j == i and i + 1 < n and scan.folded[i + 1] == "and" and _company_pair(scan, i, forms):
            out.append(Candidate("ORG", tokens[i].start, tokens[i].end, {"name": tokens[i].text}, RANK - 1))
            resume = j + 1
            continue  # Gannett | and GateHouse Media: a company named beside another
        j = _english_list_tail(scan, i, j, forms)
        if j + 1 < n and j > i and scan.adjacent(j, j + 1) and not scan.cap(j + 1) \
                and scan.folded[j + 1] in _PLACE_KINDS and is_place(scan, j) and scan.folded[j - 1] == "of":
            j += 1  # Khokimiyat of Tashkent region
        if j > i and title_case_line(scan, i):
            # a headline in title case: only a run ending in a state-body word is read as a
            # name (… Ministry Of Energy …), not `Chinese Company`, `Build Cement Plant`
            heads = [m for m in range(i + 1, j + 1) if forms.get(scan.folded[m]) == "body"]
            if not heads:
                resume = j + 1
                continue
            j = heads[-1]
        j = _before_person(scan, i, j, forms)
        if scan.folded[i] in _PORTFOLIO_TITLES and i + 1 <= j and scan.folded[i + 1] == "of":
            resume = j + 1
            continue  # Minister of Preschool and School Education: a post, its portfolio no body
        k = _after_of(scan, i, j, forms)
        i = _after_of(scan, k, j, forms) if k != i else k  # Chairman of the Board of | Zorvik JSC
        while i < j and scan.folded[i].endswith(("-based", "-owned", "-listed", "-registered")):
            i += 1  # the Tashkent-based | Kapitalbank
        while i < j and scan.folded[i] in _POST_MODIFIERS and scan.sentence_initial(i):
            i += 1  # Interim | BART Police Chief …: a modifier of the post, not of the name
        run = list(range(i, j + 1))
        while run and forms.get(scan.folded[run[-1]]) == "legal":
            run.pop()
        size = next((s for s in (3, 2) if len(run) > s and " ".join(scan.folded[m] for m in run[-s:])
                     in _SPELLED_LEGAL), 0)
        if size:
            del run[-size:]  # Nutifood Nutrition Food | Joint Stock Company: a legal form spelt out
            while run and scan.folded[run[-1]] in ("open", "closed", "public", "private"):
                run.pop()
        if len(run) >= 2 and scan.folded[run[-2]] in ("group", "pool") and len(tokens[run[-1]].text) == 1:
            resume = j + 1
            continue  # Group C, Pool B: a stage of a tournament
        if run and _venue(scan, run):
            resume = j + 1
            continue  # Blossom Music Center, Staples Center: a venue
        if run and (forms.get(scan.folded[run[-1]]) == "noorg" or (
                forms.get(scan.folded[run[-1]]) not in ("body", "type", "legal")
                and any(forms.get(scan.folded[m]) == "noorg" and not _in_complement(scan, run, m, forms)
                        for m in run))):
            resume = j + 1
            continue  # Tashkent International Investment Forum, … Academy Award for Best Actress: an event
        kinds = {forms.get(_POSSESSIVE_S.sub("", scan.folded[m]) if "-" not in scan.folded[m]
                           else _CONTROLLED.sub("", scan.folded[m])) for m in run}
        if not kinds & {"body", "type", "legal"} and any(scan.folded[m] in titles for m in run):
            resume = j + 1
            continue  # Minister of Energy, Energy Minister: a position, not an organisation
        if any(scan.folded[m].endswith("bank") and len(scan.folded[m]) > 6 and not (
                m > run[0] and given_name(scan, m - 1)) for m in run):
            kinds.add("type")  # Hamkorbank, Kapitalbank (not John Milbank, a surname)
        legal_after = j + 1 < n and forms.get(scan.folded[j + 1]) == "legal" and not (
            not scan.adjacent(j, j + 1) and len(tokens[j + 1].text) == 2 and tokens[j + 1].text.isupper())
        # (Denver, CO: a state's code after a comma, not the legal form Co)
        if run and ((len(run) >= 2 or scan.folded[run[0]].endswith("bank"))
                    and kinds & {"body", "type", "industry"}
                    or legal_after or len(run) < j - i + 1):
            last = run[-1]
            stem = scan.stems(last)[-1] if scan.tag == "en" else tokens[last].text
            end = tokens[last].end
            if _CONTROLLED.search(scan.folded[last]):  # the Democratic Party-controlled House
                stem = tokens[last].text[:scan.folded[last].rfind("-")]
                end = tokens[last].start + len(stem)
            name = scan.text[tokens[run[0]].start:tokens[last].start] + stem
            out.append(Candidate("ORG", tokens[run[0]].start, end, {"name": name}, RANK))
        resume = j + 1
    return out + listed_companies(scan) + english_teams(scan) + club_nicknames(scan) + media_titles(scan)


# a club by its nickname (a plural, one or two words) in a score line or before its record:
# `Bruins 5, Devils 1:`, `the Eagles (6-5, 3-4)`; teams named by their place are locations
_NICKNAME = r"((?:[A-Z][a-z]+ )?[A-Z][a-z]+s)"
_SCORE_LINE = re.compile(rf"(?m)^{_NICKNAME} \d{{1,3}}, {_NICKNAME} \d{{1,3}}(?=[:;.]|$)")
_RECORD = re.compile(rf"\b[Tt]he {_NICKNAME} \(\d{{1,2}}-\d{{1,2}}")


def english_teams(scan: Scan) -> list[Candidate]:
    """English: sports clubs by their nickname in a score line (`Jets 2, Predators 1:`) or
    before a win-loss record (`the Gophers (9-1, 6-1)`); not a country or place (`the
    Netherlands (2-1)`), which the location rules read."""
    text = scan.text
    if "(" not in text and "," not in text:
        return []
    lex = scan.lex
    spans = [m.span(g) for m in _SCORE_LINE.finditer(text) for g in (1, 2)]
    spans += [m.span(1) for m in _RECORD.finditer(text)]
    out = []
    for start, end in spans:
        key = fold(text[start:end])
        if key in lex.countries.get("en", {}) or key in lex.locations.get("en", {}):
            continue
        out.append(Candidate("ORG", start, end, {"name": text[start:end]}, RANK, {"firm": True}))
    return out


@cache
def team_names() -> dict[tuple[str, ...], int]:
    """Club nicknames (`langdata/en/team_names.tsv`) as word tuples -> ambiguity (0, 1, 2)."""
    return {tuple(row["name"].split(" ")): int(row["ambiguous"]) for row in table("en", "team_names")}


@cache
def _team_firsts() -> frozenset[str]:
    """Folded first words of the club nicknames (a quick test before the table)."""
    return frozenset(words[0].lower() for words in team_names())


@cache
def _team_keys() -> frozenset[str]:
    """The folded first words with and without a possessive ending (wild, wild's, lakers')."""
    firsts = _team_firsts()
    return firsts | {f + "'s" for f in firsts} | {f + "'" for f in firsts}


# lower-case sports nouns after a club's nickname (Wild coach Bruce, Lakers forward)
_SPORTS_NOUNS = frozenset(word_list("en", "sports_nouns"))


# lower-case nouns of a thing after an ambiguous nickname (the Lightning connector): no club
_THING_NOUNS = frozenset({"connector", "connectors", "cable", "cables", "port", "ports", "adapter", "charger",
                          "keyboard", "mouse", "bolt", "bolts", "strike", "strikes", "storm", "storms"})


def _city_before(scan: Scan, i: int) -> int:
    """First token of a place's name (1-3 capitalised words) right before token i, else i."""
    lex = scan.lex
    for size in (3, 2, 1):
        k = i - size
        if k < 0 or not all(scan.adjacent(m, m + 1) and scan.cap(m) for m in range(k, i)):
            continue
        key = fold(scan.text[scan.tokens[k].start:scan.tokens[i - 1].end])
        if key in lex.locations.get("en", {}) or (size == 1 and is_place(scan, k)):
            return k
    return i


def club_nicknames(scan: Scan) -> list[Candidate]:
    """English: a major-league club by its nickname (`team_names`): after its city (the Oklahoma
    City Thunder, Cleveland Browns), after a lower-case "the" (the Wild’s 4-1 win) or before a sports
    noun (Wild coach), or anywhere in mid-sentence when the nickname has no other reading (Lakers);
    not before another capitalised word (Magic Keyboard, Magic Johnson). A possessive stays in the
    span, not in the name; a club named by its city alone is a place (the location rules)."""
    table = team_names()
    tokens = scan.tokens
    n = len(tokens)
    out: list[Candidate] = []
    firsts = _team_firsts()
    folded = scan.folded
    if _team_keys().isdisjoint(folded):
        return out  # the common case: no club's nickname in the text (one C-level test)
    for i in compress(range(n), caps(scan)):
        key = folded[i]
        if key not in firsts and not (key[-1:] in ("s", "'") and _POSSESSIVE_S.sub("", key) in firsts):
            continue
        word = tokens[i].text.replace("’", "'")
        base = _POSSESSIVE_S.sub("", word)
        for words, level in table.items():
            last = i + len(words) - 1
            if words[0] != (word if len(words) > 1 else base) or last >= n or any(
                    tokens[i + m].text != words[m] or not scan.adjacent(i + m - 1, i + m) for m in range(1, len(words) - 1)) \
                    or (last > i and not scan.adjacent(last - 1, last)):  # not across 'Red. Sox'
                continue
            tail = tokens[last].text.replace("’", "'")
            if len(words) > 1 and tail != words[-1] and _POSSESSIVE_S.sub("", tail) != words[-1]:
                continue
            poss = tail != words[-1]
            if not poss and last + 1 < n and scan.adjacent(last, last + 1) and (
                    scan.cap(last + 1) or scan.text[tokens[last].end:tokens[last].end + 1] == "-"):
                break  # Magic Keyboard, Browns-Steelers
            start = _city_before(scan, i)
            after = scan.folded[last + 1] if last + 1 < n and scan.adjacent(last, last + 1) else ""
            if level and after in _THING_NOUNS:
                break  # the Lightning connector
            if start == i:
                before_the = i > 0 and tokens[i - 1].text == "the" and scan.adjacent(i - 1, i)
                if start > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not scan.function_word(i - 1):
                    break  # Hell’s Angels, Born to be Wild: a capitalised word before it
                if level == 2 or (level == 1 and not before_the and after not in _SPORTS_NOUNS):
                    break
            end = tokens[last].end
            name_end = end - (len(tail) - len(_POSSESSIVE_S.sub("", tail))) if poss else end
            out.append(Candidate("ORG", tokens[start].start, end,
                                 {"name": scan.text[tokens[start].start:name_end]}, RANK, {"firm": True}))
            break
    return out


# a price or a model year before a maker's name: the product (the $49 Apple adapter, 2020 Audi)
_PRODUCT_BEFORE = re.compile(r"(?:\$[\d.,]+|\b(?:19|20)\d\d) $")
# a model designation after it: a digit in the next word (Dell G3, VW ID.3), a lower-case
# hyphenated model name (Audi e-tron) or a plus (the Disney+ / Disney + service)
_MODEL_AFTER = re.compile(r" ?\+| (?:[\w.-]*\d|[a-z]{1,2}-[a-z])")


def listed_companies(scan: Scan) -> list[Candidate]:
    """English: a well-known listed company by the short name the press uses (Airbnb, Home Depot,
    Disney’s; `models/gazetteer/companies.json`), standing alone: no capitalised word right before
    it (Nikola Tesla; a function word is fine) or after it (Amazon Credit, Sony Now: a product or
    another name), no price or model year before it, no model designation after it (Dell G3);
    a name that is also a dictionary word (Chevron, Oracle) only in mid-sentence, not in a
    title-case headline. The possessive 's stays in the span, not in the name."""
    table = scan.lex.companies
    tokens = scan.tokens
    n = len(tokens)
    out: list[Candidate] = []
    for i in compress(range(n), caps(scan)):
        key = scan.folded[i]
        entries = table.get(key) or table.get(_POSSESSIVE_S.sub("", key))
        if not entries:
            continue
        for words in entries:
            last = i + len(words) - 1
            if last >= n or any(scan.folded[i + k] != words[k] or not scan.adjacent(i + k, i + k + 1)
                                for k in range(len(words) - 1)):
                continue
            tail = scan.folded[last]
            if tail != words[-1] and _POSSESSIVE_S.sub("", tail) != words[-1]:
                continue
            poss = len(tail) - len(words[-1])  # Disney’s
            if _listed_context(scan, i, last, poss) and not (
                    len(words) == 1 and words[0] in scan.lex.company_words
                    and (scan.sentence_initial(i) or title_case_line(scan, i))):  # Orion is …: maybe the word
                end = tokens[last].end - poss
                out.append(Candidate("ORG", tokens[i].start, tokens[last].end,
                                     {"name": scan.text[tokens[i].start:end]}, RANK - 1))
            break
    return out


@cache
def _media_title_alternation() -> str:
    """The titles of `langdata/en/media_titles.txt` as one alternation, longest first."""
    return "|".join(map(re.escape, sorted(set(word_list("en", "media_titles")), key=len, reverse=True)))


@cache
def _media_title_pattern() -> re.Pattern[str]:
    """A title standing alone: no word, dot, `&` or hyphen before, no capitalised word after."""
    return re.compile(r"(?<![\w.&-])(" + _media_title_alternation() + r")((?:['’]s)?)(?![\w&-]| [A-Z0-9])")


@cache
def _media_title_hint() -> re.Pattern[str]:
    """Any title anywhere: the cheap test first (no look-behind, so the regex engine skips
    ahead by the titles' first letters; about a seventh of the full pattern's time)."""
    return re.compile(_media_title_alternation())


def media_titles(scan: Scan) -> list[Candidate]:
    """English: a news outlet named by its title alone (Rolling Stone, The Verge's review;
    `langdata/en/media_titles.txt`), not as part of a longer capitalised name (Rolling Stone
    Magazine Awards); the possessive 's stays in the span, not in the name."""
    if _media_title_hint().search(scan.text) is None:
        return []  # the common case: no title in the text
    return [Candidate("ORG", m.start(), m.end(), {"name": m.group(1)}, RANK)
            for m in _media_title_pattern().finditer(scan.text)]


def named_as_product(scan: Scan, i: int, last: int) -> bool:
    """Tokens i..last (a company's name) name a product: a capitalised word right after them
    (Amazon Credit, Intel Core) or a price or model year before ($49 Apple Thunderbolt)."""
    tokens = scan.tokens
    if last + 1 < len(tokens) and scan.adjacent(last, last + 1) and scan.cap(last + 1):
        return True
    start = tokens[i].start
    return bool(_PRODUCT_BEFORE.search(scan.text, max(0, start - 12), start))


def _listed_context(scan: Scan, i: int, last: int, poss: int) -> bool:
    """Tokens i..last (a company's name, `poss` letters of a possessive after it) stand where a
    company is named: no capitalised word right before them (a function word or a sentence's
    first word that is no given name is fine: While Google …) or after them, no price or model
    year before, no model designation after (see `listed_companies`)."""
    tokens = scan.tokens
    text = scan.text
    if i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not scan.function_word(i - 1) \
            and not (scan.sentence_initial(i - 1) and not given_name(scan, i - 1)):
        return False  # Nikola Tesla, Disney in Walt Disney World
    if not poss and (named_as_product(scan, i, last) or _MODEL_AFTER.match(text, tokens[last].end)):
        return False  # Disney Plus, $49 Apple Thunderbolt adapter, 2020 Audi, Dell G3 (not the $99 Logitech’s keyboard)
    return True


_FORMULA = re.compile(r"^(?=.*\d)(?:[A-Z][a-z]?\d{0,2}){1,3}$")  # CO2, NO2, H2O, SO2: chemical formulas
_ROMAN_NUMERAL = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")
_EN_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{2,5}$")
# digits inside or a one/two-letter part after a hyphen: a code, model or standard (US10YT, USB-C)
_CODE_LIKE = re.compile(r"[A-Z]\d+[A-Z]|-[A-Z0-9]{1,2}$|^[A-Z]{1,2}\d{2,}$")  # (A320, G20: a model, a forum)


def english_acronyms(scan: Scan) -> list[Candidate]:
    """English: an upper-case word that is no place, country, legal form or common
    abbreviation (`langdata/en/not_org_acronyms.txt`) is an organisation (TZMOI, CNPC)."""
    lex = scan.lex
    skip = lex.not_org_acronyms | lex.not_orgs
    out = []
    terms: frozenset[str] | None = None
    titles: frozenset[str] | None = None
    products: frozenset[str] | None = None
    text = scan.text
    for i, tok in enumerate(scan.tokens):
        word = tok.text
        key = scan.folded[i]
        if word.endswith(("’s", "'s")) and word[:-2].isupper():
            word, key = word[:-2], key[:-2]  # MSCI’s gauge: the possessive stays in the span
        if not _EN_ACRONYM.match(word) or key in skip or _ROMAN_NUMERAL.match(word) \
                or _FORMULA.match(word) or _CODE_LIKE.search(word):
            continue  # XIV: a regnal number; US10YT, USB-C: a ticker, a standard
        if word in lex.abbreviations.get("en", {}) or key in lex.countries.get("en", {}):
            continue
        if key in lex.locations.get("en", {}) or key in lex.org_forms.get("en", {}):
            continue
        if scan.sentence_initial(i) and i + 1 < len(scan.tokens) and scan.tokens[i + 1].text.isupper():
            continue  # an upper-case headline or dateline
        if _CODE_AFTER.match(scan.text, tok.end) or _term_acronym(scan, i) or _event_after(scan, i):
            continue  # STL#3456: a product code; ATP Challenger Tour: an event
        if text[tok.start - 1:tok.start] == "." and text[tok.start - 2:tok.start - 1] in (" ", "") \
                or text[tok.end:tok.end + 1] in ("=", "+") or _slash_code(text, tok.start, tok.end):
            continue  # .DJI, XAU=: a market code; ESPN+: a service; FHC/ABJ/03/2018: a reference number
        if _capitals_line(text, tok.start):
            continue  # WHAT YOU NEED TO MAKE JAM: a headline in capitals
        if key in capital_words() and key not in lex.international_acronyms or _shouted_next_to(scan, i):
            continue  # GET OUT and VOTE, the PLAN stage, DEAR ABBY: English words in capitals
        if terms is None:
            terms = defined_terms(text)
        if word in terms:
            continue  # binge eating disorder (BED) ... BED: a term the article spells out
        if titles is None:
            titles = title_terms(scan)
        if word in titles:
            continue  # Space Launch System (SLS) ... SLS: a product the article spells out
        if products is None:
            products = product_acronyms(text)
        if word in products and key not in lex.known_orgs:
            continue  # an SLS launch ... use of SLS: a product named before its kind (not a NASA program)
        out.append(Candidate("ORG", tok.start, tok.end, {"name": word}, RANK - 1))
    return out + _short_international(scan, skip)


# lower-case nouns of a thing after an acronym (SLS rockets, an HLS lander): the acronym names a product
_PRODUCT_AFTER = re.compile(r"\b([A-Z][A-Z0-9]{1,5}) (?:rockets?|launch(?:es)?|launchers?|landers?|rovers?|spacecraft"
                            r"|satellites?|telescopes?|modules?|engines?|chips?|consoles?|headsets?|vehicles?|stage"
                            r"|programs?|programmes?|platforms?|initiatives?|protocols?)\b")  # the COTS program


def product_acronyms(text: str) -> frozenset[str]:
    """Acronyms the text writes before a thing's noun anywhere (three SLS rockets): a product's.

    >>> sorted(product_acronyms("Three SLS rockets will fly. NASA chose SLS."))
    ['SLS']
    """
    if not any(stem in text for stem in _THING_STEMS):
        return frozenset()  # no thing's noun at all (a quick test)
    return frozenset(m.group(1) for m in _PRODUCT_AFTER.finditer(text))


_THING_STEMS = ("rocket", "launch", "lander", "rover", "spacecraft", "satellite", "telescope", "module", "engine",
                "chip", "console", "headset", "vehicle", "stage", "program", "platform", "initiative", "protocol")


def _shouted_next_to(scan: Scan, i: int) -> bool:
    """Token i stands next to an English word written in capitals (DEAR ABBY, SECOND RATE)."""
    words = capital_words()
    return any(0 <= k < len(scan.tokens) and scan.adjacent(min(i, k), max(i, k))
               and scan.tokens[k].text.isupper() and scan.folded[k] in words for k in (i - 1, i + 1))


@cache
def capital_words() -> frozenset[str]:
    """Lower-case English words of 4-6 letters (`langdata/en/capital_words.txt`, from Webster's
    Second): written in capitals they are emphasis or a label, not an acronym."""
    return frozenset(word_list("en", "capital_words"))


def _slash_code(text: str, start: int, end: int) -> bool:
    """The word at text[start:end] is a part of a slash-joined code with a digit (FHC/ABJ/03/2018)."""
    if text[end:end + 1] != "/" and text[start - 1:start] != "/":
        return False
    left = text.rfind(" ", 0, start) + 1
    right = text.find(" ", end)
    chunk = text[left:right if right >= 0 else len(text)]
    return any(ch.isdigit() for ch in chunk)


def _capitals_line(text: str, start: int) -> bool:
    """The line around offset `start` has two or more upper-case words and no lower-case letter
    (a shouted headline; not `[ CNBC]`)."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", start)
    line = text[left:right if right >= 0 else len(text)]
    return not any(ch.islower() for ch in line) and len(_CAPS_WORD.findall(line)) >= 2


_CAPS_WORD = re.compile(r"[A-Z]{2,}")


_PAREN_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
_SPELLED_AFTER = re.compile(r"\b([A-Z]{2,6}) \(([a-z][\w'-]*(?:,? [\w'-]+){1,7})\)")
_WORD_BEFORE = re.compile(r"[A-Za-z][\w']*")


def defined_terms(text: str) -> frozenset[str]:
    """Acronyms the text spells out in lower-case words, before or after them in parentheses:
    binge eating disorder (BED), FIRE (financial independence, retire early); their letters are
    the words' initials. Organisations are spelt with capitals.

    >>> sorted(defined_terms("Binge eating disorder (BED) is common. FIRE (financial independence, retire early) fans"))
    ['BED', 'FIRE']
    >>> sorted(defined_terms("the Environmental Protection Agency (EPA) said"))
    []
    """
    if "(" not in text:
        return frozenset()
    out = set()
    for m in _PAREN_ACRONYM.finditer(text):
        acronym = m.group(1)
        words = _WORD_BEFORE.findall(text, max(0, m.start() - 120), m.start())[-len(acronym):]
        if len(words) == len(acronym) and _initials(words, acronym) and any(w[:1].islower() for w in words):
            out.add(acronym)
    for m in _SPELLED_AFTER.finditer(text):
        acronym = m.group(1)
        words = re.split(r",? |-", m.group(2))
        if len(words) >= len(acronym) and _initials(words, acronym):
            out.add(acronym)
    return frozenset(out)


@cache
def term_heads() -> frozenset[str]:
    """Head nouns of abbreviated product and programme names (`langdata/en/term_heads.txt`)."""
    return frozenset(word_list("en", "term_heads"))


_TITLE_RUN = re.compile(r"\b(?:[A-Z][a-z]+ ){2,5}[A-Z][a-z]+\b")  # three to six capitalised words


def title_terms(scan: Scan) -> frozenset[str]:
    """Acronyms the text spells out in capitalised words ending in a product or programme noun
    (`term_heads`): Space Launch System (SLS), Hang Seng Index (HSI), or such a name of three
    or more words anywhere in the text (the Space Launch System ... the SLS); not a body's name."""
    text = scan.text
    heads = term_heads()
    forms = scan.lex.org_forms.get("en", {})
    out = set()
    for m in _TITLE_RUN.finditer(text):  # the Space Launch System ... the SLS
        words = m.group(0).split()
        if words[-1].lower() in heads and not any(forms.get(w.lower()) in ("body", "type", "legal") for w in words):
            out.update("".join(w[0] for w in words[k:]) for k in range(len(words) - 2))  # (The) SLS
    if "(" not in text:
        return frozenset(out)
    for m in _PAREN_ACRONYM.finditer(text):
        acronym = m.group(1)
        words = _WORD_BEFORE.findall(text, max(0, m.start() - 120), m.start())[-len(acronym):]
        if len(words) == len(acronym) and words[-1].lower() in heads and _initials(words, acronym) \
                and all(w[:1].isupper() and forms.get(w.lower()) not in ("body", "type", "legal") for w in words):
            out.add(acronym)
    return frozenset(out)


def _initials(words: list[str], acronym: str) -> bool:
    """Each letter of `acronym` starts one of `words` in order (small words may be skipped)."""
    k = 0
    for w in words:
        if k < len(acronym) and w[:1].lower() == acronym[k].lower():
            k += 1
        elif w.lower() not in ("of", "and", "the", "for", "to", "in", "on", "a"):
            return False
    return k == len(acronym)


_SPELLED_LEGAL = frozenset({"joint stock company", "joint-stock company", "limited liability company",
                            "liability company"})
_CODE_AFTER = re.compile(r"[#№]|-?\d")


def _event_after(scan: Scan, i: int) -> bool:
    """1-3 capitalised words after token i end in an event word (ATP Challenger Tour) or make
    a venue's name with it (PPL Center, PNC Bank Arts Center)."""
    forms = scan.lex.org_forms.get("en", {})
    k = i
    while k + 1 < len(scan.tokens) and k - i < 3 and scan.adjacent(k, k + 1) and scan.cap(k + 1):
        k += 1
        if forms.get(scan.folded[k]) == "noorg" or _venue(scan, list(range(i, k + 1))):
            return True
    return False


@cache
def venue_words() -> dict[str, str]:
    """Venue head and modifier words (`langdata/en/venue_words.tsv`): word -> kind."""
    return {row["word"]: row["kind"] for row in table("en", "venue_words")}


_CAMEL = re.compile(r"[a-z][A-Z]")  # KeyBank, FedEx: a brand written with an inner capital


def _venue(scan: Scan, run: list[int]) -> bool:
    """Tokens `run` name a venue: a head word after a show/event modifier (Blossom Music
    Center, DTE Energy Music Theatre) or right after a company’s name or acronym (Xfinity
    Center, PPL Center, KeyBank Center) or any one word that is no given name or surname
    before Center (Pepsi Center; not the Guthrie Theater, a company); not the Carter Center,
    the Brennan Center or a Research Center."""
    words = venue_words()
    if len(run) < 2 or words.get(scan.folded[run[-1]]) != "head":
        return False
    if words.get(scan.folded[run[-2]]) == "modifier":
        return True
    if len(run) != 2:
        return False
    first, key = scan.tokens[run[0]].text, scan.folded[run[0]]
    if first.isupper() or _CAMEL.search(first) or key in scan.lex.companies:
        return True
    names = scan.lex.first_names
    return scan.folded[run[-1]] in ("center", "centre") and key not in words \
        and key not in scan.lex.org_forms.get("en", {}) \
        and key not in names.get("en", ()) and key not in names.get("en_surnames", ())


def _term_acronym(scan: Scan, i: int) -> bool:
    """Acronym i stands in parentheses after a capitalised phrase of two or more words with no
    organisation word: the abbreviation of a term (the Inter-Tropical Convergence Zone (ITCZ)),
    not of a body (the Environmental Protection Agency (EPA))."""
    text = scan.text
    tok = scan.tokens[i]
    if text[tok.start - 2:tok.start] != " (" or text[tok.end:tok.end + 1] != ")":
        return False
    forms = scan.lex.org_forms.get("en", {})
    k = i - 1
    words = 0
    while k >= 0 and i - k <= 6 and scan.cap(k) and not scan.function_word(k):
        if forms.get(scan.folded[k]) in ("body", "type", "legal", "industry") or scan.folded[k].endswith("bank"):
            return False
        words += 1
        k -= 1
    return words >= 2


_DOTTED = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,4})(?![\w])|(?<![\w.])([A-Z]{2})(?![\w.])")


def _short_international(scan: Scan, skip: frozenset[str]) -> list[Candidate]:
    """English: an international body's acronym of two letters or written with dots (UN,
    U.N., I.M.F.), when shared/international_acronyms.txt lists it (not U.S., EU: a country,
    a bloc)."""
    known = scan.lex.international_acronyms
    firms = short_company_acronyms()
    out = []
    for m in _DOTTED.finditer(scan.text):
        word = m.group(0)
        key = word.replace(".", "").lower()
        if key in firms and key not in skip and not _MODEL_AFTER.match(scan.text, m.end()) \
                and not _CAPITAL_AFTER.match(scan.text, m.end()):
            out.append(Candidate("ORG", m.start(), m.end(), {"name": word}, RANK - 1))
        elif key in known and key not in skip and fold(word) not in skip:
            out.append(Candidate("ORG", m.start(), m.end(), {"name": word}, RANK - 1))
    return out


_CAPITAL_AFTER = re.compile(r" [A-Z]")  # VW Atlas Cross Sport, VW ID.: a model's name


@cache
def short_company_acronyms() -> frozenset[str]:
    """Two-letter company and agency names read alone (`langdata/en/short_company_acronyms.txt`)."""
    return frozenset(word_list("en", "short_company_acronyms"))


def company_nouns(use: str) -> frozenset[str]:
    """Lower-case company nouns of `langdata/en/company_nouns.tsv` with `use` (apposition, before, last,
    the_maker)."""
    return frozenset(row["word"] for row in table("en", "company_nouns") if use in row["use"].split(","))


# lower-case nouns that introduce a company's name in apposition (Turkish company Kalyon)
_APPOSITION_NOUNS = company_nouns("apposition")


# more company nouns before a name (her former label Big Machine, flagship carrier Emirates Airline)
_APPOSITION_BEFORE = _APPOSITION_NOUNS | company_nouns("before")


def english_appositions(scan: Scan) -> list[Candidate]:
    """English: 1-3 capitalised words right after a lower-case company noun are the company's name
    (`Turkish company Kalyon`, `the carmaker Geely`); not a title, person, place or known country."""
    out = []
    tokens = scan.tokens
    n = len(tokens)
    titles = scan.lex.titles.get("en", frozenset())
    names = scan.lex.first_names
    calendar = names.get("en_not_names", frozenset())  # months, weekdays (CLDR), language names
    for k in range(n - 1):
        if scan.folded[k] not in _APPOSITION_BEFORE or scan.cap(k) or not scan.adjacent(k, k + 1):
            continue
        i = k + 1
        j = i
        while j < n and j - i < 3 and scan.cap(j) and scan.adjacent(j - 1, j) and not scan.function_word(j) \
                and not _POSSESSIVE_S.search(scan.folded[j]):
            j += 1
        forms = scan.lex.org_forms.get("en", {})
        while j - 1 > i and forms.get(scan.folded[j - 1]) == "legal":
            j -= 1  # the agency Zorvik | Co.: the legal form stays outside the name
        if j == i:
            continue
        run = range(i, j)
        if any(scan.folded[m] in titles or is_place(scan, m) or scan.folded[m] in calendar for m in run) \
                or given_name(scan, i):
            continue  # company Director John Smith; bank in Tashkent
        out.append(Candidate("ORG", tokens[i].start, tokens[j - 1].end,
                             {"name": scan.text[tokens[i].start:tokens[j - 1].end]}, RANK - 1))
    return out + _described_after(scan)


# `Name, a mobile marketing company`: a name described by a company noun in apposition after it
_DESCRIBED = re.compile(r"\b([A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*){0,2}), an? (?:[\w-]+ ){0,4}?("
                        + "|".join(sorted(_APPOSITION_NOUNS)) + r")\b")


# company nouns that also open a person's job (a brand ambassador, a studio musician): only as the
# apposition's last word, before punctuation or a function word (Ascom, a solutions provider focused on …)
_DESCRIBED_LAST = re.compile(r"\b([A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*){0,2}), an? (?:[\w-]+ ){0,4}?("
                             + "|".join(sorted(company_nouns("last")))
                             + r")(?=[^\w -]|$| (?:of|that|which|based|in|with|for|focused|whose|headquartered"
                             r"|owned|known|specializing|specialising|and|from|on|at)\b)")


def _described_after(scan: Scan) -> list[Candidate]:
    """English: 1-3 capitalised words before `, a/an … <company noun>` (`Zorvix, a mobile
    marketing company`, `Zorvix.com, a California-based data firm`) are the company's name;
    not a person (a first name), a place, a title or a sentence-initial function word."""
    out: list[Candidate] = []
    text = scan.text
    if ", a" not in text:
        return out
    titles = scan.lex.titles.get("en", frozenset())
    for m in (*_DESCRIBED.finditer(text), *_DESCRIBED_LAST.finditer(text)):
        if text.startswith(" of", m.end()) and m.group(2) != "chain":
            continue  # Analysts, a group of experts: a quantity, not a company noun (a chain of papers is one)
        first = token_at(scan, m.start(1), after=True)
        last = token_at(scan, m.end(1), after=False)
        if first is None or last is None or first > last:
            continue
        while first < last and scan.folded[first].endswith(("-based", "-owned", "-listed")):
            first += 1  # Sacramento-based | Kellner, a chain of newspapers
        run = range(first, last + 1)
        if any(scan.function_word(k) or scan.folded[k] in titles or is_place(scan, k) for k in run) \
                or given_name(scan, first):
            continue  # (Smith, a bank clerk; Tashkent, a city)
        start = scan.tokens[first].start
        out.append(Candidate("ORG", start, m.end(1), {"name": text[start:m.end(1)]}, RANK - 1, {"firm": True}))
    return out


_NEXT_WORD_AFTER = re.compile(r" ([a-z]+)")
_COMPOUND_AFTER = frozenset({"bond", "bonds", "debt", "securities", "spending", "data", "officials", "official",
                             "sources", "source", "contracts", "contract", "shutdown", "revenue", "budget"})
_GOVERNMENT = re.compile(r"\b(U\.S\.|U\.K\.|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) (?:government|administration)\b")
# newspaper title words: `The Times` in mid-sentence (capital The) is the paper
_MEDIA_WORDS = frozenset({"times", "guardian", "telegraph", "economist", "independent", "observer", "herald",
                          "tribune", "gazette", "journal", "sun", "post", "courant", "intelligencer",
                          "chronicle", "inquirer"})
# a legislature named by its chamber word after "the" (the Senate, the House): the country's own
_HOUSES = frozenset({"Representatives", "Commons", "Lords", "Councillors", "Councilors", "Delegates", "Keys"})
_CHAMBERS = frozenset({"senate", "house", "congress", "parliament", "knesset", "bundestag"})


# title words that name the paper alone in mid-sentence (a stake in Tribune, Tribune’s owner)
_BARE_MEDIA_WORDS = frozenset({"times", "guardian", "telegraph", "tribune", "gazette", "journal", "courant",
                               "intelligencer", "chronicle", "inquirer"})
# title words that name a paper only as a hyphen part (the Wheeling News-Register; not National Register)
_HYPHEN_MEDIA_WORDS = frozenset({"register"})
# title words that name a paper after a place's name only (the Orange County Register, Sacramento Bee,
# Kansas City Star; not the Federal Register, a Death Star)
_PLACE_MEDIA_WORDS = frozenset({"register", "bee", "star", "examiner", "dispatch", "ledger", "enquirer",
                                "sentinel", "statesman"})
# masthead words that are no common noun: the paper after a lower-case article too (the Intelligencer)
_ONLY_MEDIA_WORDS = frozenset({"courant", "intelligencer", "inquirer"})
_ARTICLES = frozenset({"the", "a", "an"})
_PAPER_NOUN_AFTER = re.compile(r" (?:newspaper|daily|tabloid|magazine)\b")
_REPORTS_AFTER = re.compile(r" (?:says|said|reports|reported|wrote|writes|added|noted)\b")  # The Chronicle says


def _newspaper(scan: Scan, i: int) -> Candidate | None:
    """English: a newspaper named by its title word, token i (or its last hyphen part): with the
    capitalised words before it (the San Diego Union-Tribune, the Chicago Tribune) or alone in
    mid-sentence after no article (shareholder of Tribune, Tribune’s owner); a possessive 's
    stays in the text, not in the name."""
    tokens = scan.tokens
    n = len(tokens)
    word = _POSSESSIVE_S.sub("", scan.folded[i])
    part = word.rsplit("-", 1)[-1]
    placed = word in _PLACE_MEDIA_WORDS
    if (part not in _MEDIA_WORDS and (part == word or part not in _HYPHEN_MEDIA_WORDS) and not placed) or (
            i + 1 < n and scan.adjacent(i, i + 1) and scan.cap(i + 1)):
        return None
    k = i
    while k > 0 and scan.adjacent(k - 1, k) and scan.cap(k - 1) and not scan.function_word(k - 1) \
            and tokens[k - 1].text != "The" and not _POSSESSIVE_S.search(scan.folded[k - 1]):
        k -= 1
    if placed and (k == i or not (scan.folded[i - 1] in ("county", "city", "valley")
                                  or any(is_place(scan, m) for m in range(k, i)))):
        return None  # the Federal Register, a rising Star: no place before the title word
    if k == i and (word not in _BARE_MEDIA_WORDS or scan.sentence_initial(i)
                   or (i > 0 and scan.folded[i - 1] in _ARTICLES and word not in _ONLY_MEDIA_WORDS)) \
            and not _PAPER_NOUN_AFTER.match(scan.text, tokens[i].end):
        return None  # (the Independent newspaper, the Sun tabloid: the paper)
    end = tokens[i].end - (len(scan.folded[i]) - len(word))
    return Candidate("ORG", tokens[k].start, tokens[i].end, {"name": scan.text[tokens[k].start:end]}, RANK)


# a place's khokimiyat (its governor's office) in lower case: the Tashkent city khokimiyat
_KHOKIMIYAT = re.compile(r"\b((?:[A-Z][a-z‘'ʻ’-]+ ){1,2})(?:(?:city|region|regional|district|town) )?k?hokimiyat\b(?! of\b)"
                         r"|\bk?hokimiyat of (?:the )?([A-Z][a-z‘'ʻ’-]+(?: [A-Z][a-z‘'ʻ’-]+)?)(?: (?:city|region|district)\b)?")


def _khokimiyats(scan: Scan) -> list[Candidate]:
    """English: `<Place> (city|regional|district) khokimiyat` written in lower case is the
    place's administration, a state body (as `… вилояти ҳокимлиги`); the place inside the name."""
    out = []
    text = scan.text
    for m in _KHOKIMIYAT.finditer(text):
        group = 1 if m.group(1) else 2
        first = token_at(scan, m.start(group), after=True)
        last = token_at(scan, m.start(group) + len(m.group(group).rstrip()), after=False)
        if first is None or last is None or not any(is_place(scan, k) for k in range(first, last + 1)):
            continue
        if group == 1:
            while first < last and not is_place(scan, first):
                first += 1  # Regional | Tashkent: the place starts the name
            start, end = scan.tokens[first].start, m.end()
        else:  # the khokimiyat of Tashkent region
            start, end = m.start(), m.end()
        out.append(Candidate("ORG", start, end, {"name": text[start:end].strip()}, RANK))
    return out


def english_state_bodies(scan: Scan) -> list[Candidate]:
    """English: a country's government as a named state body (`the U.S. government`, `the
    Uzbekistan government`, as `правительство Москвы`), and a legislature by its chamber
    word after a lower-case `the` (`the Senate`, `the House`; not `the House of …`, which
    the other rules read)."""
    out: list[Candidate] = []
    text = scan.text
    if "hokimiyat" in text:
        out += _khokimiyats(scan)
    if "government" in text or "administration" in text:
        countries = scan.lex.countries.get("en", {})
        abbr = scan.lex.abbreviations.get("en", {})
        for m in _GOVERNMENT.finditer(text):
            after = _NEXT_WORD_AFTER.match(text, m.end())
            if after and after.group(1) in _COMPOUND_AFTER:
                continue  # government bonds, administration officials: a noun compound
            words = m.group(1).split(" ")
            for k in range(len(words)):  # (The | Uzbekistan government)
                country = " ".join(words[k:])
                if country in abbr or fold(country) in countries:
                    start = m.end(1) - len(country)
                    out.append(Candidate("ORG", start, m.end(), {"name": text[start:m.end()]}, RANK + 1))
                    break
    tokens = scan.tokens
    n = len(tokens)
    for i in compress(range(n), caps(scan)):
        if scan.folded[i] in _MEDIA_WORDS and i > 0 and tokens[i - 1].text == "The" and scan.adjacent(i - 1, i) \
                and (not scan.sentence_initial(i - 1) or _REPORTS_AFTER.match(scan.text, tokens[i].end)) \
                and not (i + 1 < n and scan.adjacent(i, i + 1) and scan.cap(i + 1)):
            out.append(Candidate("ORG", tokens[i - 1].start, tokens[i].end, {"name": f"The {tokens[i].text}"}, RANK))
            continue  # (bought) The Times: a newspaper's title, its capital The inside
        paper = _newspaper(scan, i)
        if paper:
            out.append(paper)
            continue
        if tokens[i].text == "House" and i + 2 < n and scan.folded[i + 1] == "of" \
                and tokens[i + 2].text in _HOUSES and scan.adjacent(i, i + 1) and scan.adjacent(i + 1, i + 2):
            end = tokens[i + 2].end
            out.append(Candidate("ORG", tokens[i].start, end, {"name": scan.text[tokens[i].start:end]}, RANK))
            continue  # the House of Representatives, the House of Lords
        if scan.folded[i] not in _CHAMBERS or i == 0 or tokens[i - 1].text != "the" \
                or not scan.adjacent(i - 1, i) or (i + 1 < n and scan.adjacent(i, i + 1) and (
                    scan.cap(i + 1) or scan.folded[i + 1] == "of")):
            continue
        out.append(Candidate("ORG", tokens[i].start, tokens[i].end, {"name": tokens[i].text}, RANK - 1))
    return out
