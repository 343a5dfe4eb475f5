"""English company cues: a capitalised name next to a word only companies have (`Zentrix
shares`, `Zentrix's chief executive`, `shares of Zentrix`, `analysts at Morvane`); the cue
words are in `langdata/en/org_cues.tsv`."""
from __future__ import annotations

import re
from functools import cache

from ...langdata.loader import table, word_list
from ..morph import fold
from ..scan import Candidate, Scan
from ..persons.single import territory_words
from .common import RANK, given_name, given_name_key, is_place, is_place_word, token_at
from .english import company_nouns

_MAX_WORDS = 4
# words after `shares`/`stock` that make it a verb (X shares the view, X stocks its shelves)
_VERB_OBJECTS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those",
                           "with", "how", "what", "my", "our", "your", "some", "many"})


@cache
def cue_table() -> tuple[dict[str, tuple[tuple[str, ...], ...]], dict[str, tuple[tuple[str, ...], ...]]]:
    """(after, before): cue phrases by their first word, each phrase as a word tuple."""
    tables: dict[str, dict[str, list[tuple[str, ...]]]] = {"after": {}, "before": {}, "after_bare": {}}
    for row in table("en", "org_cues"):
        cue, side = row["cue"], row["side"]
        if side == "role":
            continue  # role_words()
        words = tuple(cue.split(" "))
        tables[side].setdefault(words[0].lower(), []).append(words)
    for key, phrases in tables.pop("after_bare").items():
        tables["after"].setdefault(key, []).extend(("",) + p for p in phrases)  # "": no possessive
    after, before = ({k: tuple(sorted(v, key=len, reverse=True)) for k, v in t.items()}
                     for t in (tables["after"], tables["before"]))
    return after, before


@cache
def _cue_keys() -> frozenset[str]:
    after, before = cue_table()
    return frozenset(after) | frozenset(before)


_ROLE_LINK = "at"  # a job noun (role_words) and this word before an employer's name: a strategist at Tempus


def _text_keys(scan: Scan) -> frozenset[str]:
    """The cue words to look for in `scan`: the first words of the cue phrases, and `at` only when
    a job noun is in the text too (`_role_before` needs one)."""
    keys = _cue_keys()
    if not _role_keys().isdisjoint(scan.folded):
        keys = keys | {_ROLE_LINK}
    return keys


@cache
def _role_keys() -> frozenset[str]:
    return frozenset(w.lower() for w in role_words())


@cache
def role_words() -> frozenset[str]:
    """Job nouns before `at` + an employer's name (org_cues.tsv, side `role`), as written."""
    return frozenset(row["cue"] for row in table("en", "org_cues") if row["side"] == "role")


def _role_before(scan: Scan, k: int) -> bool:
    """Token k (`at`) follows a job noun, directly or through `of (the) <Capitalised words>`:
    a strategist at, vice president of Advanced Development Programs at, Head of Research at."""
    roles = role_words()
    j = k - 1
    if j < 0 or not scan.adjacent(j, k):
        return False
    if scan.tokens[j].text in roles or scan.folded[j] in roles and scan.cap(j):
        return True
    m = j
    while m > 0 and k - m <= _MAX_WORDS and _name_word(scan, m) and scan.adjacent(m - 1, m):
        m -= 1
    if m == j or scan.folded[m] == "the" and m > 0:
        m -= 1 if scan.folded[m] == "the" else 0
    if m < 1 or scan.folded[m] != "of" or not scan.adjacent(m - 1, m):
        return False
    word = scan.tokens[m - 1].text
    return word in roles or (word[:1].isupper() and word.lower() in roles)


def _phrase_at(scan: Scan, k: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Number of words of the longest phrase written from token k (0: none; negative: a cue
    that takes no possessive name); words adjacent, not a verb before its object."""
    for marked in phrases:
        words = marked[1:] if marked[0] == "" else marked
        end = k + len(words)
        if end <= len(scan.tokens) and all(
                (scan.folded[k + m] if m == 0 and w.islower() and scan.sentence_initial(k) else scan.tokens[k + m].text) == w
                for m, w in enumerate(words)) and all(
                scan.adjacent(m, m + 1) for m in range(k, end - 1)):
            if k + len(words) < len(scan.tokens) and scan.folded[k + len(words)] in _VERB_OBJECTS:
                return 0  # Sabatier shares the formula: a verb
            return -len(words) if marked[0] == "" else len(words)
    return 0


def _name_word(scan: Scan, m: int) -> bool:
    return scan.cap(m) and not scan.function_word(m) and scan.tokens[m].text[:1].isalpha()


def _unlikely(scan: Scan, first: int, last: int, possessive: bool) -> bool:
    """The run is no company: a place, title, weekday/month or a person's name (a known first
    name first), or one sentence-initial word (Energy shares fell)."""
    lex = scan.lex
    names = lex.first_names
    titles = lex.titles.get("en", frozenset())
    calendar = names.get("en_not_names", frozenset())
    folded = scan.folded
    if given_name(scan, first):
        return True
    if any(folded[m] in titles or folded[m] in calendar for m in range(first, last + 1)):
        return True
    if first == last and any(fold(p) in lex.countries.get("en", {}) or fold(p) in lex.locations.get("en", {})
                             or fold(p) in territory_words() for p in scan.tokens[first].text.split("-")):
        return True  # Asia-Pacific shares
    if first == last and (is_place(scan, first) or scan.sentence_initial(first) and not possessive):
        return True  # (Zentrix's chief executive: a possessive name at a sentence's start)
    return False


def _run_before(scan: Scan, k: int) -> tuple[int, int] | None:
    """The capitalised run ending right before token k (its last word may be possessive)."""
    j = k - 1
    if j < 0 or not scan.adjacent(j, k) or not _name_word(scan, j):
        return None
    i = j
    while i > 0 and j - i < _MAX_WORDS - 1 and scan.adjacent(i - 1, i) and _name_word(scan, i - 1) \
            and not scan.tokens[i - 1].text.endswith(("'s", "’s")):
        i -= 1
    return i, j


def _run_after(scan: Scan, k: int) -> tuple[int, int] | None:
    """The capitalised run starting right after token k (up to a possessive word)."""
    i = k + 1
    n = len(scan.tokens)
    if i >= n or not scan.adjacent(k, i) or not _name_word(scan, i):
        return None
    j = i
    while j + 1 < n and j - i < _MAX_WORDS - 1 and not scan.tokens[j].text.endswith(("'s", "’s")) \
            and scan.adjacent(j, j + 1) and _name_word(scan, j + 1):
        j += 1
    return i, j


def english_company_cues(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """ORG candidates for capitalised runs next to a company cue (value: the name without a
    possessive 's) that overlap none of the `found` candidates; marked `firm` so that later
    bare mentions of a one-word name follow; and one-word names listed with a company
    (`coordinated_companies`)."""
    out = _cue_candidates(scan, found) + context_companies(scan, found)
    return out + coordinated_companies(scan, found + out)


def _cue_candidates(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    after, before = cue_table()
    out: list[Candidate] = []
    keys = _text_keys(scan)
    if keys.isdisjoint(scan.folded):
        return []  # the common case, one C-level pass
    for k in [k for k, w in enumerate(scan.folded) if w in keys]:
        word = scan.folded[k]
        if word in after:
            size = _phrase_at(scan, k, after[word])
            if size:
                run = _run_before(scan, k)
                if run and (size > 0 or not scan.folded[run[1]].endswith(("'s", "’s"))):
                    out += _candidate(scan, *run)  # (Neumann's shares: a person's too)
        if word in before:
            size = _phrase_at(scan, k, before[word])
            if size:
                run = _run_after(scan, k + abs(size) - 1)
                if run:
                    out += _candidate(scan, *run)
        if word == _ROLE_LINK and scan.tokens[k].text == _ROLE_LINK and _role_before(scan, k):
            run = _run_after(scan, k)
            if run and not _place_run(scan, *run):
                out += _candidate(scan, *run, rank=RANK)  # over a surname guess (a professor at Cornell)
    if out and found:
        spans = [(c.start, c.end) for c in found]
        out = [c for c in out if not any(s < c.end and c.start < e for s, e in spans)]
    return out


def _place_run(scan: Scan, first: int, last: int) -> bool:
    """Tokens first..last name a place or a country as a whole (New York, the Netherlands)."""
    key = fold(scan.text[scan.tokens[first].start:scan.tokens[last].end])
    key = key.removesuffix("'s").removesuffix("’s")
    lex = scan.lex
    return key in lex.countries.get("en", {}) or key in lex.locations.get("en", {})


def _candidate(scan: Scan, first: int, last: int, rank: int = RANK - 1) -> list[Candidate]:
    if first < last and scan.sentence_initial(first) and scan.folded[first].endswith(("ed", "ing", "ly")):
        first += 1  # Ousted Zentrix CEO: a participle or adverb opens the sentence
    start, end = scan.tokens[first].start, scan.tokens[last].end
    name = scan.text[start:end]
    possessive = name.endswith(("'s", "’s"))
    if possessive:
        name = name[:-2]
    if _unlikely(scan, first, last, possessive):
        return []
    if len(name) < 2:
        return []
    return [Candidate("ORG", start, end, {"name": name}, rank, {"firm": True})]


def coordinated_companies(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """ORG candidates for one-word names listed with a company found by the other rules (Uber or
    Lyft or Postmates, Disney, Pixar and Marvel): each a capitalised word alone (no capitalised
    word next to it), not sentence-initial, no given name, surname, place, title or calendar word."""
    text = scan.text
    forms = scan.lex.org_forms.get("en", {})
    firms = [c for c in found if c.label == "ORG" and not text[c.start:c.end].isupper() and (
        " " not in text[c.start:c.end] or forms.get(fold(text[c.start:c.end].rsplit(" ", 1)[-1])) == "type")]
    # a one-word name or one ending in a company noun (Marvel Studios), no acronym (GURPS and Paranoia)
    if not firms:
        return []
    tokens = scan.tokens
    lex = scan.lex
    names = lex.first_names
    titles = lex.titles.get("en", frozenset())
    spans = [(c.start, c.end) for c in found]
    out: list[Candidate] = []
    queue = [(token_at(scan, c.start, after=True), token_at(scan, c.end, after=False)) for c in firms]
    seen: set[int] = set()
    while queue:
        first, last = queue.pop()
        if first is None or last is None:
            continue
        for k in (_listed_next(scan, last, 1), _listed_next(scan, first, -1)):
            if k is None or k in seen or not _lone_name(scan, k):
                continue
            word = scan.folded[k]
            if _between_firms(scan, k, spans):  # FC Porto, Chelsea, Real Madrid: a name between two companies
                if word in titles or word in lex.company_words or is_place(scan, k) or scan.sentence_initial(k) \
                        or word in names.get("en_not_names", ()):
                    continue
            elif _unlikely(scan, k, k, False) or word in names.get("en_surnames", ()) or word in titles \
                    or word in lex.company_words:
                continue
            start, end = tokens[k].start, tokens[k].end
            if any(s < end and start < e for s, e in spans):
                continue
            seen.add(k)
            out.append(Candidate("ORG", start, end, {"name": tokens[k].text}, RANK, {"firm": True}))
            queue.append((k, k))
    return out


def _between_firms(scan: Scan, k: int, spans: list[tuple[int, int]]) -> bool:
    """Token k is a list item with an organisation found right before and right after it."""
    sides = (_listed_next(scan, k, -1), _listed_next(scan, k, 1))
    return all(m is not None and any(s <= scan.tokens[m].start and scan.tokens[m].end <= e for s, e in spans)
               for m in sides)


def _listed_next(scan: Scan, k: int, step: int) -> int | None:
    """The token after (step 1) or before (step -1) token k across a list joint: a comma, `&`,
    `and`, `or` (Uber, Lyft and Postmates)."""
    n = len(scan.tokens)
    m = k + step
    if not 0 <= m < n:
        return None
    gap = scan.gap(min(k, m), max(k, m))
    if gap in (", ", " & "):
        return m
    if gap in (" ", ", ") and scan.tokens[m].text in ("and", "or"):
        m2 = m + step
        if 0 <= m2 < n and scan.gap(min(m, m2), max(m, m2)) == " ":
            return m2
    return None


_STATE_AFTER = re.compile(r", [A-Z][A-Za-z]?\b")


def _lone_name(scan: Scan, k: int) -> bool:
    """Token k is one capitalised word with no capitalised word right before or after it."""
    tok = scan.tokens[k].text
    if not _name_word(scan, k) or not tok.replace("’", "").replace("'", "").replace("ʼ", "").replace("ʻ", "").isalpha() \
            or sum(ch.isupper() for ch in tok) > 1 or len(tok) < 3:
        return False  # (AMAs; SpaceX, DoorDash: camel-case brands have their own rule)
    n = len(scan.tokens)
    after = scan.text[scan.tokens[k].end:scan.tokens[k].end + 5]
    if after[:1] == "." and len(tok) <= 5 or _STATE_AFTER.match(after) or scan.folded[k] in scan.lex.org_forms.get("en", {}) \
            or scan.folded[k] in scan.lex.abbreviations.get("en", {}):
        return False  # Mich., Rep., Inc.: an abbreviation; Wantagh, NY: a town
    return not (k + 1 < n and scan.adjacent(k, k + 1) and scan.cap(k + 1)) \
        and not (k > 0 and scan.adjacent(k - 1, k) and scan.cap(k - 1))


# company nouns after a distinctive name that the press drops on a later mention (Brightwell
# Holdings ... Brightwell); with the legal forms (org_forms.tsv: legal) and company_suffixes.txt
_SHORTENED_TYPES = frozenset(word_list("en", "shortened_company_types"))
# an adjective or participle is no distinctive name (National Bank, General Motors, United Airlines)
_ADJECTIVE_END = re.compile(r"(?:al|ic|ive|an|ern|ish|ese|ary|ory|ed|ing|ian|ful|ous)$")


def _short_name(scan: Scan, c: Candidate) -> str | None:
    """The name of ORG candidate c without its legal form or company noun, when one or two
    distinctive words stay (Brightwell Holdings -> Brightwell, Zentrix Corp. -> Zentrix)."""
    words = c.value["name"].split(" ")
    forms = scan.lex.org_forms.get("en", {})
    k = len(words)
    while k > 1 and (forms.get(fold(words[k - 1])) == "legal" or fold(words[k - 1]).rstrip(".") in _SHORTENED_TYPES
                     or fold(words[k - 1]).rstrip(".") in _suffixes()):
        k -= 1
    if k == len(words) and not c.extra.get("firm") and not _legal_after(scan, c):
        return None
    if k > 2:
        return None
    short = words[:k]
    lex = scan.lex
    names = lex.first_names
    for w in short:
        key = fold(w)
        if not w[:1].isupper() or not w.replace("-", "").isalpha() or len(w) < 3 or _ADJECTIVE_END.search(key) \
                or key in scan.lex.function_words.get("en", ()) or key in lex.titles.get("en", ()) \
                or key in names.get("en_not_names", ()) or is_place_word(scan, w) or key in territory_words():
            return None
    if k == 1 and given_name_key(scan, fold(short[0])):
        return None  # (Morgan Group: a first name alone is a person's)
    return " ".join(short)


def _legal_after(scan: Scan, c: Candidate) -> bool:
    """A legal form follows candidate c outside its span (Zentrix | Inc.: the name has none)."""
    m = _LEGAL_AFTER.match(scan.text, c.end)
    return bool(m) and scan.lex.org_forms.get("en", {}).get(fold(m.group(1))) == "legal"


_LEGAL_AFTER = re.compile(r",? ([A-Z][A-Za-z]{1,3}\.?)")


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(word_list("en", "company_suffixes"))


def short_repeats(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """ORG candidates for the article's other mentions of a company by its short name (Brightwell
    after Brightwell Holdings, anywhere in the text), capitalised as written there, outside every
    found candidate; ranked over a one-word person guess."""
    shorts: dict[tuple[str, ...], str] = {}
    for c in found:
        if c.label == "ORG":
            short = _short_name(scan, c)
            if short:
                shorts[tuple(short.split(" "))] = short
    if not shorts:
        return []
    firsts = {k[0] for k in shorts}
    spans = [(c.start, c.end) for c in found]
    out = []
    tokens = scan.tokens
    bare = {f"{w}'s" for w in firsts} | {f"{w}’s" for w in firsts} | firsts
    for i in [i for i, tok in enumerate(tokens) if tok.text in bare]:
        tok = tokens[i]
        for key in shorts:
            last = i + len(key) - 1
            if last >= len(tokens) or any(tokens[i + m].text.removesuffix("'s").removesuffix("’s") != w
                                          for m, w in enumerate(key)):
                continue
            if any(not scan.adjacent(m, m + 1) for m in range(i, last)):
                continue
            if last + 1 < len(tokens) and scan.adjacent(last, last + 1) and scan.cap(last + 1):
                continue  # Brightwell Street, Brightwell Holdings itself
            if i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not scan.sentence_initial(i - 1):
                continue  # John Brightwell: a person's surname
            start, end = tok.start, tokens[last].end
            if any(s < end and start < e for s, e in spans):
                continue
            out.append(Candidate("ORG", start, end, {"name": shorts[key]}, RANK, {"firm": True}))
            break
    return out


# a capitalised name between an article (and a year) and a word only an organisation's name stands
# before: `a Velmora spokesperson`, `A 2017 Gallup survey`, `the Harlow Institute statement`
_NAME_RUN = r"((?:[A-Z][\w&’'.-]*)(?: (?:of |for |& )?[A-Z][\w&’'.-]*){0,3})"
_ARTICLE_CUE = re.compile(r"\b(?:[Aa]n?|[Tt]he) (?:(?:19|20)\d\d )?" + _NAME_RUN
                          + r" (?:spokesperson|spokesman|spokeswoman|spokespeople|representative)\b"
                          + r"|\b(?:[Aa]n?) (?:(?:19|20)\d\d )?" + _NAME_RUN
                          + r" (?:survey|poll|study|analysis|report|press release)\b")
# `Velmora, the maker of the Aero headphones`: a company described after its name (not `the owner of`: a person's)
# (the nouns of `langdata/en/company_nouns.tsv` with use the_maker)
_THE_MAKER = re.compile(r"\b" + _NAME_RUN + r", the (?:[\w-]+ ){0,2}?(?:" + "|".join(sorted(company_nouns("the_maker")))
                        + r") (?:of|behind|that|which|whose)\b")
# `About Velmora` heading a press release's company paragraph (a line of its own, or before a colon)
_ABOUT = re.compile(r"(?m)^About " + _NAME_RUN + r"(?=:|\s*$)")
# a listed company's name before its exchange and ticker: `Brackwell (NYSE: BRW)`
# (the exchanges of `langdata/en/stock_exchanges.txt`, longest first: NYSE Arca before NYSE, OTCQX before OTC)
_EXCHANGES = "|".join(map(re.escape, sorted(word_list("en", "stock_exchanges"), key=lambda w: (-len(w), w))))
_TICKER = re.compile(r"\b((?:[A-Z][\w&’'-]*)(?: [A-Z][\w&’'.-]*){0,3}),? \((?:" + _EXCHANGES
                     + r")(?: ?[:-] ?| )[A-Z][A-Z.\d]{0,6}\b")
# a seller's deal (`Adorama is taking up to $250 off`) or a company's results (`McClatchy reported a
# loss of $304.7 million`, `Velmora posted a quarterly profit`): things only businesses do
_DEAL_OR_RESULT = re.compile(r"\b" + _NAME_RUN + r" (?:is|are|also) (?:knocking|taking|slashing|discounting|dropping|shaving)"
                             r" (?:up to |an extra |another |as much as )?\$[\d,.]+ off\b"
                             r"|\b" + _NAME_RUN + r" (?:also )?(?:reported|posted|booked|swung to|forecast) (?:an? |its )?(?:net |"
                             r"operating |pre-tax |pretax |quarterly |annual |first-quarter |second-quarter |third-quarter "
                             r"|fourth-quarter |first-half |full-year )*(?:loss|losses|profit|profits|revenue|revenues|earnings"
                             r"|sales|income)\b")
# the head or founder of a company before a person's full name: `Emirates President Tim Clark`,
# `Amazon founder Jeff Bezos` (not a country's president: an adjective or place, Ukrainian President)
_HEAD_BEFORE = re.compile(r"\b" + _NAME_RUN + r" (?:co-founder|cofounder|founder|President|Chairman|Chairwoman|chairman"
                          r"|chairwoman) (?=[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z])")
_HEAD_MODIFIERS = frozenset({"former", "then", "interim", "acting", "outgoing", "incoming", "late", "founding", "honorary",
                             "deputy", "vice", "past", "current", "new", "executive", "co", "sitting", "elected"})
# a network with a local station's market code or channel (CBS DFW, NBC 5 Chicago is the network's station)
_STATION = re.compile(r"\b(?:ABC|CBS|NBC|FOX|Fox|PBS|CW) (?:[A-Z]{2,4}|\d{1,2})\b(?! [A-Z][a-z])")


# each pattern with the literal cue words it contains: the cues are found first (str.find, far
# faster than a regex alternation over the whole text), then the pattern in a window around each
_CUED = (
    (_ARTICLE_CUE, (" spokes", " representative", " survey", " poll", " study", " analysis", " report ", " report,", " report.", " press release")),
    (_THE_MAKER, (", the ",)),
    (_DEAL_OR_RESULT, (" off", " reported ", " posted ", " booked ", " swung to ", " forecast ")),
)
# a stock exchange's code after an opening parenthesis (the ticker pattern's cue)
_EXCHANGE = re.compile(r"\((?:" + _EXCHANGES + r")\b")
_HEAD_CUE = (" co-founder ", " cofounder ", " founder ", " President ", " Chairman ", " Chairwoman ", " chairman ",
             " chairwoman ")
_NETWORKS = ("ABC ", "CBS ", "NBC ", "FOX ", "Fox ", "PBS ", "CW ")


def _cue_spans(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of the literal cue words in the text."""
    out = []
    find = text.find
    for word in words:
        if word in text:
            k = find(word)
            size = len(word)
            while k >= 0:
                out.append((k, k + size))
                k = find(word, k + size)
    return out


def context_companies(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """ORG candidates for capitalised names that a context only organisations have marks (`a Velmora
    spokesperson`, `A 2017 Gallup survey`, `Velmora, the maker of`, a press release's `About Velmora`
    line, a network's local station `CBS DFW`); ranked over a one-word person guess."""
    text = scan.text
    out: list[Candidate] = []
    for pattern, words in _CUED:
        spans = _cue_spans(text, words)
        if spans:
            out += _marked(scan, pattern, found, spans)
    if "(" in text:
        spans = [m.span() for m in _EXCHANGE.finditer(text)] if ": " in text or "(N" in text else []
        if spans:
            out += _marked(scan, _TICKER, found, spans)
    spans = _cue_spans(text, _HEAD_CUE)
    if spans:
        out += [c for c in _marked(scan, _HEAD_BEFORE, found, spans)
                if not any(_ADJECTIVE_END.search(fold(w)) or fold(w) in _HEAD_MODIFIERS for w in c.value["name"].split(" "))]
    if "About " in text:
        out += _marked(scan, _ABOUT, found, single_ok=True)
    for k, _ in _cue_spans(text, _NETWORKS):
        m = _STATION.match(text, k)
        if m:
            out.append(Candidate("ORG", m.start(), m.end(), {"name": m.group(0)}, RANK))
    return out


def _matches(text: str, pattern: re.Pattern[str], cues: list[tuple[int, int]] | None) -> list[re.Match[str]]:
    """`pattern`'s matches: over the text, or in a window around each cue span (start, end) that
    the match reaches (each match once)."""
    if cues is None:
        return list(pattern.finditer(text))
    out: dict[tuple[int, int], re.Match[str]] = {}
    for start, end in cues:
        for m in pattern.finditer(text, max(0, start - 120), min(len(text), end + 60)):
            if m.start() <= start + 1 and end - 1 <= m.end() + 1:
                out.setdefault(m.span(), m)
    return list(out.values())


def _marked(scan: Scan, pattern: re.Pattern[str], found: list[Candidate], cues: list[tuple[int, int]] | None = None,
            single_ok: bool = False) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _matches(scan.text, pattern, cues):
        group = next(g for g in range(1, (pattern.groups or 0) + 1) if m.group(g) is not None)
        first = token_at(scan, m.start(group), after=True)
        last = token_at(scan, m.end(group), after=False)
        if first is None or last is None or first > last:
            continue
        forms = scan.lex.org_forms.get("en", {})
        while last > first and (scan.function_word(last) or forms.get(scan.folded[last].rstrip(".")) == "legal"):
            last -= 1  # (Velmora Inc.: the legal form stays outside the span)
        if scan.function_word(first):
            continue
        if first == last and (_ADJECTIVE_END.search(scan.folded[first]) and not scan.tokens[first].text.isupper()):
            continue  # a British study, a Republican spokesman
        if first == last and (group == 1 and pattern is _ARTICLE_CUE or group == 2 and pattern is _DEAL_OR_RESULT) \
                and (scan.folded[first] in scan.lex.first_names.get("en_surnames", ())
                     or scan.folded[first] in scan.lex.known_persons):
            continue  # a Trump spokesman, Smith reported a loss: a person's (a Gallup poll stays)
        possessive = scan.folded[last].endswith(("'s", "’s"))
        if possessive or _unlikely(scan, first, last, True):
            continue  # (a Chicago spokesman, a Monday report, a John study)
        start, end = scan.tokens[first].start, scan.tokens[last].end
        if any(c.start <= start and end <= c.end and (c.start, c.end) != (start, end) for c in found):
            continue  # inside a longer name found (the Pew Research Center survey)
        out.append(Candidate("ORG", start, end, {"name": scan.text[start:end]}, RANK, {"firm": True}))
    return out
