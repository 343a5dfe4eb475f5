"""Build `models/gazetteer/companies.json`: well-known listed companies by the short names the
press uses (Airbnb, Home Depot, Schwab), for `pipeline.entities.orgs.english.listed_companies`.

Source: the stock-index constituents shipped by `pytickersymbols` (MIT; S&P 500, NASDAQ 100,
Dow Jones, FTSE 100, DAX, CAC 40, EURO STOXX 50, Nikkei 225 …), build time only. A name loses
its legal form and generic head (`en/company_suffixes.txt`: The Walt Disney Company -> Walt
Disney); after a founder's English given name the surname alone is a name too (Charles Schwab
-> Schwab; not a dictionary or org word: Duke Energy, Ross Stores). Left out, for precision:
one-word names that are common lower-case English words (`en/not_companies.txt`, measured with
`--not-companies TEXT`), English given names or the most frequent surnames (Ford), places,
countries, towns, months, weekdays, language names, product, org-form and title words;
upper-case acronyms (the acronym rule reads them) and names written with '&' (no one token run).
One-word names that are Webster's dictionary words or older proper nouns (Chevron, Orion) are
listed in `en_words`: matched only in mid-sentence.
"""
from __future__ import annotations

import re
from typing import Any

from ..langdata.loader import table, word_list
from .morph import fold, tokenize

VERSION = 1
SURNAME_LIMIT = 2500  # one-word names among the most frequent US surnames (Ford, Cooper) are left out
_TRAILER = re.compile(r",.*$|\s*\([^)]*\)")  # Tesla, Inc. -> Tesla; Emera (company) -> Emera
_DOT_COM = re.compile(r"\.com$", re.IGNORECASE)
_SHARE_CLASS = re.compile(r"[a-zäö][A-C]$")  # IndustrivärdenC, KalmarB: a share class glued on


def listed_names() -> dict[str, str]:
    """Every company name in pytickersymbols' index lists -> its founders as listed ('' if none)."""
    try:
        from pytickersymbols import PyTickerSymbols
    except ImportError as exc:  # build-time only
        raise SystemExit("pip install pytickersymbols (stock index constituents, MIT) to build companies") from exc
    out: dict[str, str] = {}
    for stock in PyTickerSymbols().get_all_stocks():
        founders = (stock.get("metadata") or {}).get("founder") or ""
        out[stock["name"]] = " ".join(filter(None, (out.get(stock["name"]), founders)))
    return dict(sorted(out.items()))


def short_names(name: str, suffixes: frozenset[str], given: frozenset[str], founders: str = "") -> list[str]:
    """The names the press uses for a listed company: legal form and generic heads dropped,
    and the surname alone after a given name, or when the company bears its founder's name.

    >>> sfx, given = frozenset({"inc", "company", "group", "co"}), frozenset({"charles"})
    >>> short_names("The Walt Disney Company", sfx, given, "Walt Disney Roy O. Disney")
    ['Walt Disney', 'Disney']
    >>> short_names("The Walt Disney Company", sfx, given), short_names("Charles Schwab Co", sfx, given)
    (['Walt Disney'], ['Charles Schwab', 'Schwab'])
    >>> short_names("Tesla, Inc.", sfx, given), short_names("Amazon.com Inc.", sfx, given)
    (['Tesla'], ['Amazon'])
    >>> short_names("Volkswagen Group", sfx, given), short_names("Group", sfx, given)
    (['Volkswagen'], [])
    """
    words = _TRAILER.sub("", name).split()
    if words[:1] == ["The"]:
        words = words[1:]
    while len(words) > 1 and words[-1].replace(".", "").lower() in suffixes:
        words.pop()
    if not words or words[-1].replace(".", "").lower() in suffixes:
        return []
    words[-1] = _DOT_COM.sub("", words[-1])
    out = [" ".join(words)]
    if len(words) == 2 and (fold(words[0]) in given or out[0] in founders):
        out.append(words[1])
    return out


def _plain(alias: str) -> bool:
    """A name the matcher can read: capitalised words that are one token each, no acronym, no '&'.

    >>> _plain("Home Depot"), _plain("BMW"), _plain("Johnson & Johnson"), _plain("eBay"), _plain("St. Joe")
    (True, False, False, False, False)
    """
    words = alias.split()
    if "&" in alias or "+" in alias or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    if len(words) == 1 and (alias.isupper() or len(alias) < 3):
        return False  # BMW, SAP: the acronym rule's; 3M
    return [fold(t.text) for t in tokenize(alias)] == fold(alias).split()  # (not T. Rowe Price, Bloomin')


def common_word_companies(text: str) -> list[str]:
    """One-word short names of listed companies that `text` (English prose) has as lower-case
    words: the measured content of `langdata/en/not_companies.txt`."""
    lower = set(re.findall(r"\b[a-z]+\b", text))
    suffixes = frozenset(word_list("en", "company_suffixes"))
    return sorted({a for name, founders in listed_names().items()
                   for a in short_names(name, suffixes, frozenset(), founders) if " " not in a and a.lower() in lower})


def dictionary_words() -> frozenset[str]:
    """The lower-case words of Webster's Second International (1934, public domain) as shipped
    by the `english-words` package (MIT), and its capitalised entries marked '^' (^orion): a
    one-word company name that is also such a word or older proper noun (Chevron, Oracle; Orion,
    Olympus) is matched only in mid-sentence."""
    try:
        from english_words import get_english_words_set
    except ImportError as exc:  # build-time only
        raise SystemExit("pip install english-words (Webster's 2nd word list) to build companies") from exc
    return frozenset(w if w.islower() else "^" + fold(w)
                     for w in get_english_words_set(["web2"], lower=False, alpha=True))


def _dictionary_word(key: str, words: frozenset[str]) -> bool:
    """`key` or its singular is a lower-case dictionary word.

    >>> words = frozenset({"store", "technology"})
    >>> _dictionary_word("stores", words), _dictionary_word("technologies", words), _dictionary_word("tesla", words)
    (True, True, False)
    """
    return key in words or key.removesuffix("s") in words or key.removesuffix("es") in words \
        or (key.endswith("ies") and key[:-3] + "y" in words)


def build_companies(places: dict[str, Any], towns: dict[str, Any], names: dict[str, Any]) -> dict[str, Any]:
    """{"en": {folded short name: name}, "en_words": [one-word names that are dictionary words]}
    of the listed companies (see the module doc)."""
    from .build_gazetteer import english_given_names, english_not_names, english_surnames

    suffixes = frozenset(word_list("en", "company_suffixes"))
    given = frozenset(english_given_names() | set(names.get("en", ()))
                      | {fold(w) for w in word_list("en", "first_names")})
    stop = {fold(w) for w in word_list("en", "not_companies") + word_list("en", "function_words")
            + word_list("en", "titles") + word_list("shared", "product_words")
            + word_list("shared", "not_places")}
    stop |= {fold(r["form"]) for r in table("en", "org_forms")}
    place_keys = {k for table_ in (places["countries"], places["locations"]) for k in table_.get("en", {})}
    stop |= english_not_names() | given | place_keys | set(towns.get("en", {})) | set(towns.get("en_named", {}))
    surnames = english_surnames(SURNAME_LIMIT)
    words = dictionary_words()
    out: dict[str, str] = {}
    common: set[str] = set()
    for name, founders in listed_names().items():
        aliases = short_names(name, suffixes, given, founders)
        for n, alias in enumerate(aliases):
            key = fold(alias)
            if not _plain(alias) or key in place_keys or key in out or _SHARE_CLASS.search(alias):
                continue
            word = " " not in alias and (_dictionary_word(key, words) or "^" + key in words)
            if " " not in alias and (key in stop or n and word or not n and key in surnames):
                continue  # Target, Ford; Duke Energy -> Energy, Ross Stores -> Stores: a word, not the surname
            out[key] = alias
            if word:
                common.add(key)
    return {"version": VERSION,
            "source": "pytickersymbols (MIT) stock-index constituents, legal forms and generic heads dropped; "
                      "Webster's 2nd (public domain, english-words package) for dictionary words",
            "en": dict(sorted(out.items())),
            "en_words": sorted(common)}
