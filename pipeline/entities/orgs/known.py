"""Organisations listed in shared/known_orgs.tsv, matched in any case form (Сбербанка,
Jahon bankining) with the article's own spelling."""
from __future__ import annotations

import re
from itertools import compress

from ...langdata.loader import word_list
from ..morph import JOINERS, fold
from ..scan import Candidate, Scan
from .common import LATIN_WORD, OPENERS, RANK, caps, form_kind, given_name, is_place, key_prefixes, title_case_line
from .english import named_as_product


def ru_nominative(scan: Scan, k: int) -> str:
    """Token k in the nominative, keeping its gender and number (Всемирной -> всемирная);
    the word itself when pymorphy3 cannot inflect it."""
    p = scan.parses(k)[0]
    if "nomn" in p.tag or p.tag.case is None:
        return scan.tokens[k].text
    form = p.inflect({"nomn"})
    return form.word if form else scan.tokens[k].text


# Russian noun case endings cut from an unknown company name (в Ростехе, Сколтехом, Озона),
# longest first; pymorphy3's first guess for such a word may be another lemma (ростёха)
_RU_ENDINGS = ("ами", "ом", "ем", "ой", "ах", "ам", "а", "у", "е", "ы", "и", "я", "ю")


def ru_keys(scan: Scan, k: int) -> list[str]:
    """Russian: the folded lemmas token k may be, every pymorphy3 reading's and the word
    without a case ending (not a bare stem of under three letters)."""
    word = scan.folded[k]
    keys = [fold(p.normal_form) for p in scan.parses(k)]
    keys += [word[:-len(e)] for e in _RU_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3]
    return keys


def _latin_tail(scan: Scan, last: int) -> int:
    """Last token of 1-2 capitalised Latin words right after a known name (`Uzbekistan
    Airways Sales`); no place, country, function or product word; `last` if none."""
    tokens = scan.tokens
    k = last
    while k + 1 < len(tokens) and k - last < 2 and scan.adjacent(k, k + 1):
        word = tokens[k + 1].text
        if not (LATIN_WORD.match(word) and word[:1].isupper() and word[1:2].islower()) \
                or scan.function_word(k + 1) or is_place(scan, k + 1) \
                or scan.folded[k + 1] in scan.lex.product_words \
                or scan.folded[k + 1] in scan.lex.countries.get("en", {}) \
                or scan.lex.org_forms.get("en", {}).get(scan.folded[k + 1]) == "legal" \
                or (scan.uzbek and len(scan.analyses(k + 1)) > 1):
            break  # (Markaziy bank | Boshqaruvining: an Uzbek word with a suffix)
        k += 1
    return k


_TAIL_KINDS = frozenset({"type", "body", "industry"})


def _company_tail(scan: Scan, k: int) -> bool:
    """Uzbek text: the Latin words after a known name up to token k name a company of its
    own, ending in an English company word (Samsung Electronics, Kyodo News) or followed by a
    legal form or company noun (“Yandex Go” kompaniyasi, Sony Uk Ltd); else they name its
    product (Honda Civic, Intel Core, Mastercard Gold kartasi)."""
    if scan.lex.org_forms.get("en", {}).get(scan.folded[k]) in _TAIL_KINDS:
        return True
    nxt = k + 1
    if nxt >= len(scan.tokens) or scan.text[scan.tokens[k].end:scan.tokens[nxt].start].strip(" \"”»'’"):
        return False
    return form_kind(scan, nxt, two=False) in ("legal", "type", "body") \
        or scan.lex.org_forms.get("en", {}).get(scan.folded[nxt]) == "legal"


def _after_first_name(scan: Scan, i: int) -> bool:
    """Token i follows a capitalised first name (Nikola | Tesla)."""
    if i == 0 or not scan.adjacent(i - 1, i) or not scan.cap(i - 1):
        return False
    return given_name(scan, i - 1, scan.script)


# places named after a club or company (Paxtakor stadioni, Bunyodkor koʻchasi, Petronas minoralari), folded
_FACILITIES = frozenset(fold(w) for tag in ("uz-Cyrl", "uz-Latn") for w in word_list(tag, "facility_nouns"))
_SHOH = frozenset({"шоҳ", "shoh"})


def _facility_after(scan: Scan, last: int) -> bool:
    """A facility noun follows token `last` (after its closing quote, and `shoh` of shoh koʻchasi)."""
    k = last + 1
    if k >= len(scan.tokens) or scan.text[scan.tokens[last].end:scan.tokens[k].start].strip(" »”“\"'’"):
        return False
    if scan.folded[k] in _SHOH:
        k += 1
    return k < len(scan.tokens) and not scan.cap(k) and any(key in _FACILITIES for key in scan.stem_keys(k))


def _first_entries(scan: Scan, i: int) -> list | None:
    """The known-name rows whose first word is token i in any case form (Сбербанка), those
    of the text's language (`<tag>/org_known.tsv`) after the shared ones."""
    known = scan.lex.known_orgs
    own = scan.lex.known_orgs_tag.get(scan.tag)
    for key in scan.stem_keys(i):
        entries = known.get(key)
        if own and key in own:
            entries = (entries or []) + own[key]
        if entries:
            return entries
    if scan.tag == "ru":
        return known.get(fold(ru_nominative(scan, i))) or next(
            (known[key] for key in ru_keys(scan, i) if key in known), None)
    return None


def _acronym_written(scan: Scan, i: int, name: str) -> bool:
    """A known acronym (МАК, IIB) is written in capitals at the start of token i (not Макка, a
    word that folds to the same letters)."""
    return not (name.isupper() and len(name) <= 5) or scan.tokens[i].text.startswith(name) \
        or scan.tokens[i].text.isupper()


# known names that are a common noun phrase unless every word is capitalised (armed forces)
_CAPITALS_ONLY = frozenset({"Қуролли Кучлар", "Qurolli Kuchlar"})
# the possessive right after a body's stem (Kenes|i, Majlis|iga, Kuchlar|i), not `our` (Kuchlar|imiz)
_POSSESSED = re.compile(r"^(?:с?и|s?i)(?!миз|miz)")
_REPUBLIC = frozenset({"республикаси", "respublikasi"})


def _owner_place(scan: Scan, i: int) -> int | None:
    """First token of a bare place or country (optionally with Respublikasi) right before
    token i (Ўзбекистон | Олий Мажлиси, Qoraqalpogʻiston Respublikasi | Jokargʻi Kenesi)."""
    p = i - 1
    if p >= 0 and scan.folded[p] in _REPUBLIC and scan.adjacent(p, i):
        i, p = p, p - 1
    if p < 0 or not scan.adjacent(p, i) or not scan.cap(p):
        return None
    word = scan.folded[p]
    lex = scan.lex
    return p if word in lex.countries.get(scan.tag, {}) or word in lex.locations.get(scan.tag, {}) else None


def known_names(scan: Scan) -> list[Candidate]:
    out = []
    tokens = scan.tokens
    prefixes, short = key_prefixes(scan.lex.known_orgs)
    folded = scan.folded
    if scan.lex.known_orgs_tag.get(scan.tag):  # the text's language has names of its own
        both = scan.lex.cache("known org prefixes")
        got = both.get(scan.tag)
        if got is None:
            own_prefixes, own_short = key_prefixes(scan.lex.known_orgs_tag[scan.tag])
            got = both[scan.tag] = (prefixes | own_prefixes, short | own_short)
        prefixes, short = got
    starts = [i for i in compress(range(len(tokens)), caps(scan))  # capitalised tokens only (C loop)
              if folded[i][:3] in prefixes or folded[i][:2] in short or folded[i][:1] in short]
    memo = scan.lex.cache("known org entries " + scan.tag)
    for i in starts:  # only capitalised words that start like some known name
        word = tokens[i].text
        entries = memo.get(word, False)
        if entries is False:
            entries = memo[word] = _first_entries(scan, i)
        if not entries:
            continue
        for words, name in entries:
            last = i + len(words) - 1
            if last >= len(tokens):
                continue
            if len(words) == 1 and (_after_first_name(scan, i) or not _acronym_written(scan, i, name)):
                continue  # Nikola Tesla, Henry Ford: a surname, not the company; Макка: not МАК
            if len(name) == 2 and i > 0 and scan.tokens[i - 1].text[-1:].isdigit() and scan.adjacent(i - 1, i):
                continue  # 512 MB: a unit after a number, not the (Central) Bank
            if any(scan.folded[i + k] != words[k] and not (
                    scan.tag == "ru" and fold(ru_nominative(scan, i + k)) == words[k])
                   for k in range(len(words) - 1)):
                continue
            if any(not scan.adjacent(k, k + 1) for k in range(i, last)):
                continue
            if name in _CAPITALS_ONLY and not all(scan.cap(k) for k in range(i, last + 1)):
                continue  # Qurolli kuchlar bosh qoʻmondoni: the common noun, not the named body
            lasts = {fold(s) for s in scan.stems(last)}
            if scan.tag == "ru":
                lasts.add(scan.parses(last)[0].normal_form)
                lasts.add(fold(ru_nominative(scan, last)))
                lasts.update(ru_keys(scan, last))  # в Ростехе
            if words[-1] in lasts:
                if scan.tag == "en" and len(words) == 1 and folded[last] == words[0] \
                        and named_as_product(scan, i, last):
                    continue  # $10 Amazon Credit, $49 Apple Thunderbolt, Intel Core: a product
                if scan.uzbek and len(words) == 1 and _facility_after(scan, last):
                    continue  # «Paxtakor» stadionida, Bunyodkor shoh koʻchasi: a place named after the club
                end = tokens[last].end
                stem = next((x for x in scan.stems(last) if fold(x) == words[-1]), tokens[last].text)
                surface = " ".join([tokens[m].text for m in range(i, last)] + [stem])
                if fold(surface) == fold(name):
                    name = surface  # the article's own spelling (Ipoteka Bank / Ipoteka bank)
                nxt = last + 1
                if scan.tag == "ru" and nxt < len(tokens) and scan.adjacent(last, nxt) and (
                        tokens[nxt].text in scan.lex.abbreviations.get("ru", {})
                        or (scan.folded[nxt] in scan.lex.countries.get("ru", {})
                            and "gent" in scan.parses(nxt)[0].tag)):
                    end = tokens[nxt].end  # ФТС России
                    name = f"{name} {tokens[nxt].text}"
                elif stem == tokens[last].text and name.isascii() and scan.tag != "en" \
                        and not title_case_line(scan, last) and not (scan.uzbek and name.isupper()) \
                        and not (scan.uzbek and form_kind(scan, last, two=False) in ("body", "type")):
                    # (BMT | Taraqqiyot dasturi: an Uzbek word after an acronym is no English tail;
                    # Prezident Administratsiyasi | Ijro: nor after an Uzbek body noun)
                    more = _latin_tail(scan, last)
                    if more > last and scan.uzbek and len(words) == 1 and not _company_tail(scan, more):
                        break  # Honda Civic, Intel Core, Google Play ga: a product of the maker
                    if more > last:  # Uzbekistan Airways Sales, Samsung Electronics
                        end = tokens[more].end
                        name = scan.text[tokens[i].start:end]
                start = tokens[i].start
                possessed = scan.uzbek and len(words) > 1 and _POSSESSED.match(tokens[last].text[len(stem):])
                if possessed:
                    owner = _owner_place(scan, i)
                    if owner is not None:  # Qoraqalpogʻiston Jokargʻi Kenesi: the place owns the body
                        start = tokens[owner].start
                        name = scan.text[start:tokens[i].start] + name + possessed.group(0)
                if start and scan.text[start - 1] in OPENERS and scan.text[end:end + 1] in "»”\"" \
                        and end < len(scan.text):
                    start, end = start - 1, end + 1  # (акций) «Газпрома»: the quotes belong to the name
                out.append(Candidate("ORG", start, end, {"name": name}, RANK + 1))
                break
    return out


def _domain_bare_names(scan: Scan) -> dict[str, str]:
    """Known outlets with an .uz domain by their bare name, folded (spot -> Spot), once per lexicon."""
    memo = scan.lex.cache("known org bare domains")
    if not memo:
        for entries in scan.lex.known_orgs.values():
            for _, name in entries:
                head, dot, domain = name.rpartition(".")
                if dot and domain == "uz" and head.isalpha():
                    memo[fold(head)] = head
        memo["prefixes"] = frozenset(k[:3] for k in list(memo))  # (also marks the memo filled)
    return memo


# what may follow a bare outlet name in its token: nothing, or a case suffix (Spot’ga, Kunda; not
# the possessive of Xotira Kuni)
_CASE_AFTER_NAME = re.compile("^(?:[" + re.escape(JOINERS) + "]?(?:ga|ka|qa|da|dan|ni|ning|dagi|га|ка|қа|да|дан|ни|нинг|даги))?$")


def domain_outlets(scan: Scan) -> list[Candidate]:
    """Uzbek: an .uz outlet named without its domain inside a sentence, as written and with a
    case suffix (Spot uchun yozgan, Spot’ga taqdim etildi -> `Spot`, the outlet Spot.uz)."""
    bare = _domain_bare_names(scan)
    out = []
    tokens = scan.tokens
    text = scan.text
    for i in compress(range(len(tokens)), caps(scan)):
        if scan.folded[i][:3] not in bare["prefixes"]:
            continue  # the common case: no outlet's name starts so
        name = next((bare[fold(s)] for s in scan.stems(i) if fold(s) in bare), None)
        end = tokens[i].end
        if not name or not tokens[i].text.startswith(name) or not _CASE_AFTER_NAME.match(tokens[i].text[len(name):]) \
                or scan.sentence_initial(i) \
                or text[end:end + 1] == "." or text[tokens[i].start - 1:tokens[i].start] in OPENERS \
                or fold(name) in scan.lex.first_names.get("Latn", ()) or is_place(scan, i):
            continue  # (Spot.uz: the known name; «Gazeta. Kun.: a name cut off at its dot)
        out.append(Candidate("ORG", tokens[i].start, end, {"name": name}, RANK))
    return out
