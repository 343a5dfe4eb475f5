"""Helpers the organisation rules share: org-form kinds of tokens (legal/type/body/noorg),
place and country tests, and the regular expressions for case-marked words."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..morph import fold
from ..scan import Scan


RANK = 4
ALWAYS_OPEN = "«„"
ALWAYS_CLOSE = "»"
AMBIGUOUS = "“”\""
OPENERS = frozenset(ALWAYS_OPEN + "“\"")
CONNECTORS = frozenset({"ва", "va", "и", "and", "&", "of", "for", "on", "de", "the", "da", "under"})
LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9&.'’-]*$")


_GENITIVE_WORD = re.compile(r"[’'ʼ`-]?(?:нинг|ning)(?=\s)")


def without_genitives(prefix: str) -> str:
    """A parent's name before a sub-body without its genitive suffixes (the GUIDE's base form
    has no case suffixes: `БМТнинг Инсон …` -> `БМТ Инсон …`).

    >>> without_genitives("SSSRning ")
    'SSSR '
    >>> without_genitives("Адлия вазирлигининг ")
    'Адлия вазирлиги '
    """
    return _GENITIVE_WORD.sub("", prefix)


def lower_text(scan: Scan) -> str:
    """The scan's text in lower case (memo per scan), for cheap "is this word anywhere" tests."""
    got = scan.memo.get("lower text")
    if got is None:
        got = scan.memo["lower text"] = scan.text.lower()
    return got


def caps(scan: Scan) -> list[bool]:
    """The capitalisation of every token (the Scan's own list; computed when it has none), for
    passes that visit capitalised tokens only with `itertools.compress`."""
    got = getattr(scan, "_caps", None)
    return got if got is not None else [scan.cap(i) for i in range(len(scan.tokens))]


def token_at(scan: Scan, offset: int, *, after: bool) -> int | None:
    """Index of the first token starting at/after `offset` (or the last ending at/before it)."""
    if after:
        k = bisect_left(scan.starts, offset)
        return k if k < len(scan.tokens) else None
    k = bisect_right(scan.ends, offset) - 1
    return k if k >= 0 else None


_FORM_INDEX: dict[int, tuple[object, frozenset[str], frozenset[str], frozenset[str]]] = {}


def _form_index(forms: dict[str, str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(first words of multi-word forms, 3-letter prefixes of forms shorter than five
    letters, 4-letter prefixes of longer ones) of an org-form table, built once."""
    got = _FORM_INDEX.get(id(forms))
    if got is None or got[0] is not forms:
        got = _FORM_INDEX[id(forms)] = (
            forms, frozenset(k.split(" ")[0] for k in forms if " " in k),
            frozenset(k[:3] for k in forms if len(k) < 5), frozenset(k[:4] for k in forms if len(k) >= 5))
    return got[1], got[2], got[3]


def form_kind(scan: Scan, i: int | None, *, two: bool = True) -> str | None:
    """Kind (legal/type/body/noorg) of the org-form word at token i (or i, i+1)."""
    if i is None or not 0 <= i < len(scan.tokens):
        return None
    forms = scan.lex.org_forms.get(scan.tag, {})
    firsts, p3, p4 = _form_index(forms)
    if two and scan.folded[i] in firsts:
        for size in (3, 2):
            last = i + size - 1
            if last >= len(scan.tokens):
                continue
            head = " ".join(scan.folded[i:last])
            for stem in scan.stems(last):
                kind = forms.get(f"{head} {fold(stem)}")
                if kind:
                    return kind
    if scan.tag == "ru":
        word = scan.tokens[i].text
        if word.isupper() and fold(word) in forms:
            return forms[fold(word)]
        low = scan.folded[i]
        if low[:3] not in p3 and low[:4] not in p4:
            return forms.get(low)  # no form word starts like this: no parse needed
        lemma = scan.parses(i)[0].normal_form
        return forms.get(lemma) or forms.get(fold(word))
    key = scan.stem_in(i, forms)
    return forms.get(key) if key else None


POSSESSOR = re.compile(r"(?:нинг|ning)$|^[A-ZА-ЯЁЎҚҒҲ].*(?:даги|dagi)$")
# a lowercase word with a case suffix ends a name to its left (вилоятида, иштирокидаги)
CASED_CAP = re.compile(r"(?:нинг|ning|дан|dan|даги|dagi|да|da|ни|ni)$")
CASED_LOWER = re.compile(r"(?:да|дан|га|кка|ққа|ни|нинг|даги|da|dan|ga|kka|qqa|ni|ning|dagi)$")


_PREFIXES: dict[int, tuple[object, frozenset[str], frozenset[str]]] = {}
_FORM_KEYS: dict[int, tuple[object, dict[str, str | None]]] = {}


def key_prefixes(keys: dict[str, object] | frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(first three letters of every key, keys shorter than three letters) of a table of
    folded words, built once per table object."""
    got = _PREFIXES.get(id(keys))
    if got is None or got[0] is not keys:
        got = _PREFIXES[id(keys)] = (keys, frozenset(k[:3] for k in keys),
                                     frozenset(k for k in keys if len(k) < 3))
    return got[1], got[2]


_HEADS: dict[int, tuple[object, frozenset[str], frozenset[str]]] = {}


def head_prefixes(forms: dict[str, str]) -> tuple[frozenset[str], frozenset[str]]:
    """`key_prefixes` of the one-word body, company and legal-form words only (the words
    that end an Uzbek name), built once per table."""
    got = _HEADS.get(id(forms))
    if got is None or got[0] is not forms:
        keys = [k for k, kind in forms.items() if kind in ("body", "type", "legal") and " " not in k]
        got = _HEADS[id(forms)] = (forms, frozenset(k[:3] for k in keys),
                                   frozenset(k for k in keys if len(k) < 3))
    return got[1], got[2]


def form_key(scan: Scan, j: int) -> str | None:
    """The one-word org-form key of token j (stem_in over org_forms), memoised per word
    (bounded); a word that cannot start like any key is rejected with one set lookup."""
    forms = scan.lex.org_forms.get(scan.tag, {})
    got = _FORM_KEYS.get(id(forms))
    if got is None or got[0] is not forms or len(got[1]) > 50_000:
        got = _FORM_KEYS[id(forms)] = (forms, {})
    memo = got[1]
    text = scan.tokens[j].text
    key = memo.get(text, _UNSEEN)
    if key is not _UNSEEN:
        return key
    word = scan.folded[j]
    prefixes, short = key_prefixes(forms)
    if word[:3] not in prefixes and word[:2] not in short and word[:1] not in short:
        key = None
    elif not _has_key_prefix(word, _one_word_keys(forms)):
        key = None  # every stem is a prefix of the folded word: none is a key (no analysis needed)
    else:
        key = scan.stem_in(j, forms)
    memo[text] = key
    return key


def _has_key_prefix(word: str, keys: frozenset[str]) -> bool:
    """Some prefix of `word` is in `keys`.

    >>> _has_key_prefix("вазирлигида", frozenset({"вазирлиги"})), _has_key_prefix("ва", frozenset({"вазир"}))
    (True, False)
    """
    for size in range(1, len(word) + 1):
        if word[:size] in keys:
            return True
    return False


_ONE_WORD: dict[int, tuple[object, frozenset[str]]] = {}


def _one_word_keys(forms: dict[str, str]) -> frozenset[str]:
    """The one-word keys of an org-form table, built once per table object."""
    got = _ONE_WORD.get(id(forms))
    if got is None or got[0] is not forms:
        got = _ONE_WORD[id(forms)] = (forms, frozenset(k for k in forms if " " not in k))
    return got[1]


_UNSEEN = object()
ACRONYM_WORD = re.compile(r"^[A-ZА-ЯЁЎҚҒҲ]{2,6}$")


def country_end(scan: Scan, k: int) -> int | None:
    """First token of a country name (1-4 words) ending at token k in any case form."""
    countries = scan.lex.countries.get(scan.tag, {})
    for first in range(max(0, k - 3), k + 1):
        if any(not scan.adjacent(m, m + 1) for m in range(first, k)):
            continue
        head = " ".join(scan.folded[first:k])
        for key in scan.stem_keys(k):  # (folded stems: the key is folded parts, no fold call)
            if (f"{head} {key}" if head else key) in countries:
                return first
    if scan.stem_in(k, scan.lex.place_words.get(scan.tag, {})) and any(
            scan.lex.place_words[scan.tag].get(fold(st)) == "republic" for st in scan.stems(k)):
        # Эрон Ислом Республикаси: a country, words of republic_words, "Республикаси"
        words = scan.lex.republic_words.get(scan.tag, frozenset())
        m = k - 1
        while m >= 0 and k - m <= 4 and scan.adjacent(m, m + 1) and scan.cap(m):
            if scan.stem_in(m, countries):
                return m
            if scan.folded[m] not in words:
                break
            m -= 1
    return None


def lowers_in(scan: Scan, first: int, j: int) -> bool:
    """Some word between tokens first and j (exclusive) is lower case."""
    return any(not scan.cap(m) for m in range(first, j))


def own_country(scan: Scan, i: int) -> bool:
    """Token i is a country name in the text's own language (Ўзбекистон in Uzbek; not the
    English `Uzbekistan` of a brand such as “Uzbekistan Airports”)."""
    key = scan.stem_in(i, scan.lex.countries.get(scan.tag, {}))
    if not key:
        return False
    return not (scan.uzbek and key in scan.lex.countries.get("en", {}))


def is_place_word(scan: Scan, stem: str) -> bool:
    """`stem` names a country or a gazetteer place."""
    key = fold(stem)
    lex = scan.lex
    return key in lex.countries.get(scan.tag, {}) or key in lex.locations.get(scan.tag, {})


def given_name_key(scan: Scan, key: str, script: str = "en") -> bool:
    """Folded `key` is a given name of the English or Latin-script lists (Morgan, Jurabek), or
    of `script`'s own list when another one is named (`Cyrl`)."""
    names = scan.lex.first_names
    return key in names.get("en", ()) or key in names.get("Latn", ()) \
        or script != "en" and key in names.get(script, ())


def given_name(scan: Scan, i: int, script: str = "en") -> bool:
    """Token i is a given name (`given_name_key`): Jeff | Bezos, Nikola | Tesla."""
    return given_name_key(scan, scan.folded[i], script)


def is_place(scan: Scan, i: int) -> bool:
    """Token i is a country/place name or abbreviation in any form (Хитой, хитойлик, АҚШ)."""
    lex = scan.lex
    for table in (lex.countries.get(scan.tag, {}), lex.locations.get(scan.tag, {})):
        if scan.stem_in(i, table, deriv=True):
            return True
    abbreviations = lex.abbreviations.get(scan.tag, {})
    return any(s in abbreviations for s in scan.stems(i, deriv=True))


def title_case_line(scan: Scan, i: int) -> bool:
    """The line of token i is a headline in title case: a function word inside it is
    capitalised (`… Signs Deal With Chinese Company To Build …`)."""
    text = scan.text
    start = text.rfind("\n", 0, scan.tokens[i].start) + 1
    end = text.find("\n", scan.tokens[i].start)
    line = text[start:end if end >= 0 else len(text)]
    return bool(_TITLE_WORD.search(line))


_TITLE_WORD = re.compile(r"\S \b(?:To|For|With|And|Of|In|On|At|By|From|As|Into|Over)\b [A-Z]")


GENITIVE = re.compile(r"(?:нинг|ning)$")


def known_name(scan: Scan, name: str) -> bool:
    """`name` is a whole entry of the known-organisation table."""
    words = tuple(fold(name).split())
    return any(w == words for w, _ in scan.lex.known_orgs.get(words[0], ())) if words else False
