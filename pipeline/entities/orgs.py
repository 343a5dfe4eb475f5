"""Organisation mentions: quoted names with legal forms or type nouns, named state bodies,
known media/companies, and unquoted Latin names in Cyrillic text."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from os.path import commonprefix

from .morph import JOINERS, analyse, fold, is_capitalised
from .scan import Candidate, Scan

RANK = 4
ALWAYS_OPEN = "«„"
ALWAYS_CLOSE = "»"
AMBIGUOUS = "“”\""
_OPENERS = frozenset(ALWAYS_OPEN + "“\"")
_QUOTE = re.compile("[" + re.escape(ALWAYS_OPEN + ALWAYS_CLOSE + AMBIGUOUS) + "]")
_ALWAYS_OPEN = re.compile("[" + re.escape(ALWAYS_OPEN) + "]")
_GLUED = re.compile(r"[’'ʼ`-]?[^\W\d_]+")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_SENTENCE_PUNCT = re.compile(r"[.!?;:]\s|[.!?…]$|,")
CONNECTORS = frozenset({"ва", "va", "и", "and", "&", "of", "for", "on", "de", "the", "da", "under"})
_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9&.'’-]*$")


def quote_pairs(text: str) -> list[tuple[int, int]]:
    """Offsets of matching quote pairs (open, close); survives nesting and stray quotes.

    >>> t = '“2025 йил “Технополис Москва” МИЗ ошди”, АО «Узтрансгаз»'
    >>> [t[a + 1:b] for a, b in quote_pairs(t)]
    ['2025 йил “Технополис Москва” МИЗ ошди', 'Технополис Москва', 'Узтрансгаз']
    """
    return list(_quote_pairs(text))


@lru_cache(maxsize=8)
def _quote_pairs(text: str) -> tuple[tuple[int, int], ...]:
    stack: list[int] = []
    pairs = []
    for q in _QUOTE.finditer(text):
        k = q.start()
        ch = text[k]
        prev = text[k - 1] if k else " "
        nxt = text[k + 1] if k + 1 < len(text) else " "
        if ch in ALWAYS_OPEN:
            role = "open"
        elif ch in ALWAYS_CLOSE:
            role = "close"
        else:
            left = (prev.isspace() or prev in "([{«„“\"—–-/") and not nxt.isspace()
            right = not prev.isspace() and (nxt.isspace() or not nxt.isalnum() or nxt.isalpha())
            if left and not right:
                role = "open"
            elif right and not left:
                role = "close"
            elif left and right:
                role = "open" if ch == "“" else "close"
            else:
                continue
        if role == "open":
            stack.append(k)
        elif stack:
            pairs.append((stack.pop(), k))
    return tuple(sorted(pairs))


def unmatched_openers(text: str) -> list[int]:
    """Opening quotes that no closing quote pairs with (`ОЭЗ «Технополис «Москва»`)."""
    paired = {o for o, _ in _quote_pairs(text)}
    return [m.start() for m in _ALWAYS_OPEN.finditer(text) if m.start() not in paired]


def _token_at(scan: Scan, offset: int, *, after: bool) -> int | None:
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


def _form_kind(scan: Scan, i: int | None, *, two: bool = True) -> str | None:
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


def _glued_suffix(scan: Scan, end: int) -> int:
    """Length of a case suffix glued after a closing quote (“Oʻzbekneftgaz”ga)."""
    m = _GLUED.match(scan.text, end)
    if not m or not scan.uzbek:
        return 0
    rows = scan.lex.suffix_rows[scan.tag]
    last = _LAST_WORD.search(scan.text, max(0, end - 40), max(0, end - 1))
    # the name's own last word decides suffix harmony (“Turkistonbank”ka: -ka after k)
    for base in ([last.group()] if last and len(last.group()) >= 2 else []) + ["Xx"]:
        probe = base + m.group().lstrip(JOINERS)
        if any(a.stem == base for a in analyse(probe, scan.tag, rows=rows)):
            return len(m.group())
    return 0


def _clean_name(scan: Scan, content: str) -> str:
    """Quoted content without inner quotes and legal-form words before or after the name,
    the text's own or English ones (`Hengyuan Cement Co., Ltd` -> Hengyuan Cement)."""
    words = content.replace("«", " ").replace("»", " ").replace("“", " ").replace("”", " ").replace('"', " ").split()
    forms = scan.lex.org_forms.get(scan.tag, {})
    en_forms = scan.lex.org_forms.get("en", {})

    def legal(word: str) -> bool:
        key = fold(word.rstrip(","))
        return "legal" in (forms.get(key), en_forms.get(key), en_forms.get(key + "."))

    while len(words) > 1 and legal(words[-1]):
        words.pop()
    while len(words) > 1 and legal(words[0]):
        words.pop(0)
    if words:
        words[-1] = words[-1].rstrip(",")
    return " ".join(words)


def _brand_prefix(scan: Scan, prefix: str) -> bool:
    """`Технополис` in «Технополис «Москва»»: 1-3 capitalised words, not a legal form."""
    words = prefix.split()
    forms = scan.lex.org_forms.get(scan.tag, {})
    return (0 < len(words) <= 3 and is_capitalised(prefix) and forms.get(fold(words[0])) not in ("legal", "type")
            and not any(q in prefix for q in ALWAYS_OPEN + ALWAYS_CLOSE + AMBIGUOUS))


def _quoted_spans(scan: Scan) -> list[tuple[int, int]]:
    """(open, close) quote spans that may hold a name; a name with a quoted part
    («Технополис «Москва»», even with the outer closing quote missing) is one span."""
    text = scan.text
    pairs = quote_pairs(text)
    spans = []
    inner_done = set()
    for o, c in pairs:
        inners = [(a, b) for a, b in pairs if o < a and b < c]
        if not inners:
            continue
        if len(inners) == 1:
            a, b = inners[0]
            if not text[b + 1:c].strip() and _brand_prefix(scan, text[o + 1:a]):
                spans.append((o, c))
                inner_done.add((a, b))
    for u in unmatched_openers(text):
        for a, b in pairs:
            if a > u and (a, b) not in inner_done and _brand_prefix(scan, text[u + 1:a]):
                spans.append((u, b))
                inner_done.add((a, b))
                break
    for o, c in pairs:
        if (o, c) in inner_done or any(o < a and b < c for a, b in pairs):
            continue  # an outer quote: the inner pair is the name
        spans.append((o, c))
    return sorted(set(spans))


_LIST_LINK = re.compile(r"\s*(?:,|ва|va|ҳамда|hamda|и|and)\s*", re.IGNORECASE)


def _russian_function_word(word: str) -> bool:
    """pymorphy3 knows `word` and not as a noun (Да, Нет, Хватит; not Газпром, Магнит)."""
    from .locations import morph_analyzer

    morph = morph_analyzer()
    return morph.word_is_known(word) and morph.parse(word)[0].tag.POS not in ("NOUN", None)


_OBLIQUE = frozenset({"gent", "datv", "ablt", "loct"})
_NOT_RUSSIAN = re.compile("[ұқөүңғһәіўҳҷҚҰӨҮҢҒҺӘІЎҲҶ]")


def _russian_org_nominative(word: str, *, apposition: bool = False) -> str:
    """«Газпрома» -> Газпром when pymorphy3 knows the organisation name (tag Orgn), or
    reads a one-word name as a noun in an oblique case (матч «Пахтакора», совет директоров
    «Сбербанка»); after a company word the name stays as written (ОЭЗ «Алабуга»)."""
    from .locations import morph_analyzer

    head, dot, domain = word.partition(".")
    if dot and head and domain:  # «Газеты.uz» -> Газета.uz
        return _russian_org_nominative(head, apposition=apposition) + dot + domain
    if _NOT_RUSSIAN.search(word):
        return word  # «Самұрық-Қазына»: a Kazakh (or Uzbek) name is not declined by Russian rules
    p = morph_analyzer().parse(word)[0]
    oblique = not apposition and p.tag.POS == "NOUN" and p.tag.case in _OBLIQUE \
        and p.normal_form[:3] == word[:3].lower()
    if ("Orgn" in p.tag and "nomn" not in p.tag) or oblique:
        form = p.inflect({"nomn"})
        if form:
            same = len(commonprefix([word.lower(), form.word]))
            return word[:same] + form.word[same:]  # the name's own capitals kept
    return word


def _list_end(scan: Scan, end: int, closing: dict[int, int]) -> int:
    """End of a list of quoted names starting at `end` (“A”, “B” ва “C” компаниялари):
    the head noun after the last one applies to all."""
    text = scan.text
    while True:
        m = _LIST_LINK.match(text, end)
        if not m or m.end() not in closing:
            return end
        c = closing[m.end()]
        end = c + 1 + _glued_suffix(scan, c + 1)


def _kind_after_describers(scan: Scan, i: int | None) -> str | None:
    """Uzbek: the org-form kind of the first form word after 1-2 lower-case describing
    words from token i (`dehqon bozori` -> noorg, `халқаро молия маркази` -> body)."""
    if i is None:
        return None
    for h in range(i + 1, min(i + 3, len(scan.tokens))):
        m = h - 1
        if scan.cap(m) or not scan.adjacent(m, h) or not scan.tokens[m].text[:1].isalpha() \
                or _CASED_LOWER.search(scan.folded[m]) or scan.function_word(m):
            return None
        kind = _form_kind(scan, h, two=False)
        if kind:
            return None if scan.cap(h) else kind
    return None


def _quoted(scan: Scan) -> list[Candidate]:
    out = []
    text = scan.text
    spans = _quoted_spans(scan)
    closing = {o: c for o, c in spans}
    for o, c in spans:
        content = text[o + 1:c]
        inner = content.strip()
        if not inner or "\n" in content:
            continue
        words = inner.split()
        if len(words) > 8 or not (is_capitalised(inner) or inner[0].isdigit()):
            continue
        glued = _glued_suffix(scan, c + 1)
        end = c + 1 + glued
        list_end = _list_end(scan, end, closing)
        nxt = _token_at(scan, list_end, after=True)
        if nxt is not None and scan.text[list_end:scan.tokens[nxt].start].strip(" "):
            nxt_kind = None  # punctuation in between
        else:
            nxt_kind = _form_kind(scan, nxt)
        prev = _token_at(scan, o, after=False)
        prev_kind = None
        if prev is not None and not scan.text[scan.tokens[prev].end:o].strip():
            prev_kind = _form_kind(scan, prev, two=False)
        if scan.uzbek and prev_kind == "noorg":
            prev_kind = None  # Uzbek puts the head noun after the name: "Loyihani “X” MChJ"
        strong = bool({nxt_kind, prev_kind} & {"legal", "type", "body"})
        inside = [k for k in range(bisect_left(scan.starts, o), bisect_left(scan.starts, c))]
        if not strong and len(words) >= 2 and inside and _form_kind(scan, inside[-1], two=False) == "body":
            strong = True  # “Ёшлар маркази”да: the name ends in its own body noun
        if not strong and _known_name(scan, _clean_name(scan, inner)):
            strong = True  # «O‘zbekiston havo yo‘llari»ni: a known name in quotes
        if not strong and len(_clean_name(scan, inner).split()) < len(words):
            strong = True  # “Artel Electronics LLC”: a legal form inside the quotes
        if not strong and nxt_kind is None and prev_kind is None and any(
                _own_country(scan, k) for k in inside):
            continue  # “Янги Ўзбекистон”: a quoted phrase around a country, no org context
        if nxt_kind == "noorg" or (prev_kind == "noorg" and not strong):
            continue
        if nxt_kind is None and scan.uzbek:
            later = _kind_after_describers(scan, nxt)
            if later == "noorg" and not strong:
                continue  # «Qo‘yliq» dehqon bozori, “Ҳасанбой” жоме масжиди: a market, a mosque
            if later in ("legal", "type", "body"):
                strong = True  # “Остона” халқаро молия маркази
        if nxt is not None and nxt_kind is None and scan.stem_in(nxt, scan.lex.place_words.get(scan.tag, {})):
            continue  # “Обиназир” маҳалласи: a named place, not an organisation
        if not strong:
            if len(words) > 4 or _SENTENCE_PUNCT.search(inner):
                continue
            if scan.tag == "ru" and len(words) == 1 and _russian_function_word(words[0]):
                continue  # «Да», «Нет», «Хватит»: dialogue, not a name
            if not all(is_capitalised(w) or not w[0].isalpha() or fold(w) in CONNECTORS
                       for w in words):
                continue
        forms = scan.lex.org_forms.get(scan.tag, {})
        if forms.get(fold(words[-1])) == "title" or forms.get(fold(words[0])) == "title":
            continue  # “... тўғрисида” қонун, «О ...»: a document title
        tail = fold(words[-1])
        if len(words) >= 2 and "noorg" in (forms.get(tail), scan.lex.org_forms.get("en", {}).get(tail)):
            continue  # “Tashkent International Investment Forum”: an event named in quotes
        name = _clean_name(scan, inner)
        if scan.tag == "ru" and len(words) == 1:
            name = _russian_org_nominative(name, apposition=prev_kind in ("legal", "type"))
        if name:
            out.append(Candidate("ORG", o, end, {"name": name}, RANK + (1 if strong else 0)))
    return out


def _ru_nominative(scan: Scan, k: int) -> str:
    """Token k in the nominative, keeping its gender and number (Всемирной -> всемирная);
    the word itself when pymorphy3 cannot inflect it."""
    p = scan.parses(k)[0]
    if "nomn" in p.tag or p.tag.case is None:
        return scan.tokens[k].text
    form = p.inflect({"nomn"})
    return form.word if form else scan.tokens[k].text


def _latin_tail(scan: Scan, last: int) -> int:
    """Last token of 1-2 capitalised Latin words right after a known name (`Uzbekistan
    Airways Sales`); no place, country, function or product word; `last` if none."""
    tokens = scan.tokens
    k = last
    while k + 1 < len(tokens) and k - last < 2 and scan.adjacent(k, k + 1):
        word = tokens[k + 1].text
        if not (_LATIN_WORD.match(word) and word[:1].isupper() and word[1:2].islower()) \
                or scan.function_word(k + 1) or _is_place(scan, k + 1) \
                or scan.folded[k + 1] in scan.lex.product_words \
                or scan.folded[k + 1] in scan.lex.countries.get("en", {}) \
                or scan.lex.org_forms.get("en", {}).get(scan.folded[k + 1]) == "legal" \
                or (scan.uzbek and len(scan.analyses(k + 1)) > 1):
            break  # (Markaziy bank | Boshqaruvining: an Uzbek word with a suffix)
        k += 1
    return k


def _known(scan: Scan) -> list[Candidate]:
    out = []
    tokens = scan.tokens
    prefixes, short = _key_prefixes(scan.lex.known_orgs)
    starts = [i for i, word in enumerate(scan.folded)
              if word[:3] in prefixes or word[:2] in short or word[:1] in short]
    for i in starts:  # only words that start like some known name
        if not scan.cap(i):
            continue
        entries = None
        for stem in scan.stems(i):
            entries = scan.lex.known_orgs.get(fold(stem))
            if entries:
                break
        if not entries and scan.tag == "ru":
            entries = scan.lex.known_orgs.get(fold(_ru_nominative(scan, i)))  # Сбербанка
        if not entries:
            continue
        for words, name in entries:
            last = i + len(words) - 1
            if last >= len(tokens):
                continue
            if any(scan.folded[i + k] != words[k] and not (
                    scan.tag == "ru" and fold(_ru_nominative(scan, i + k)) == words[k])
                   for k in range(len(words) - 1)):
                continue
            if any(not scan.adjacent(k, k + 1) for k in range(i, last)):
                continue
            lasts = {fold(s) for s in scan.stems(last)}
            if scan.tag == "ru":
                lasts.add(scan.parses(last)[0].normal_form)
                lasts.add(fold(_ru_nominative(scan, last)))
            if words[-1] in lasts:
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
                        and not _title_case_line(scan, last):
                    more = _latin_tail(scan, last)
                    if more > last:  # Uzbekistan Airways Sales, Samsung Electronics
                        end = tokens[more].end
                        name = scan.text[tokens[i].start:end]
                start = tokens[i].start
                if start and scan.text[start - 1] in _OPENERS and scan.text[end:end + 1] in "»”\"" \
                        and end < len(scan.text):
                    start, end = start - 1, end + 1  # (акций) «Газпрома»: the quotes belong to the name
                out.append(Candidate("ORG", start, end, {"name": name}, RANK + 1))
                break
    return out


_POSSESSOR = re.compile(r"(?:нинг|ning)$|^[A-ZА-ЯЁЎҚҒҲ].*(?:даги|dagi)$")
# a lowercase word with a case suffix ends a name to its left (вилоятида, иштирокидаги)
_CASED_CAP = re.compile(r"(?:нинг|ning|дан|dan|даги|dagi|да|da|ни|ni)$")
_CASED_LOWER = re.compile(r"(?:да|дан|га|кка|ққа|ни|нинг|даги|da|dan|ga|kka|qqa|ni|ning|dagi)$")
# an object in the accusative + a verbal noun opens a body's name (Соғлиқни сақлаш вазирлиги)
_GERUND_OBJECT = re.compile(r"(?:ни|ni)$")
_GERUND = re.compile(r"(?:ш|sh)$")
_DATIVE = re.compile(r"(?:га|ка|қа|ga|ka|qa)$")
_INSIDE_NAME = frozenset({"ҳузуридаги", "huzuridagi", "қошидаги", "qoshidagi"})


def _ruler_cue(scan: Scan, first: int, j: int) -> bool:
    """Token j is a government word of a leader (person_cues kind `ruler`: hukumati,
    маъмурияти) and tokens first..j-1 may all be a person's name (no place, title, org word)."""
    if scan.lex.person_cues.get(scan.tag, {}).get(scan.folded[j]) != "ruler" or j - first > 3:
        return False
    from .persons import cue_word

    return all(cue_word(scan, m) for m in range(first, j))


def _person_end(scan: Scan, k: int) -> bool:
    """Token k is the surname of a first name + surname pair (not part of an org name)."""
    from .persons import surname_stem

    names = scan.lex.first_names.get(scan.script, ())
    return k > 0 and scan.folded[k - 1] in names and scan.adjacent(k - 1, k) \
        and surname_stem(scan, k) is not None


_PREFIXES: dict[int, tuple[object, frozenset[str], frozenset[str]]] = {}
_FORM_KEYS: dict[int, tuple[object, dict[str, str | None]]] = {}


def _key_prefixes(keys: dict[str, object] | frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(first three letters of every key, keys shorter than three letters) of a table of
    folded words, built once per table object."""
    got = _PREFIXES.get(id(keys))
    if got is None or got[0] is not keys:
        got = _PREFIXES[id(keys)] = (keys, frozenset(k[:3] for k in keys),
                                     frozenset(k for k in keys if len(k) < 3))
    return got[1], got[2]


_HEADS: dict[int, tuple[object, frozenset[str], frozenset[str]]] = {}


def _head_prefixes(forms: dict[str, str]) -> tuple[frozenset[str], frozenset[str]]:
    """`_key_prefixes` of the one-word body, company and legal-form words only (the words
    that end an Uzbek name), built once per table."""
    got = _HEADS.get(id(forms))
    if got is None or got[0] is not forms:
        keys = [k for k, kind in forms.items() if kind in ("body", "type", "legal") and " " not in k]
        got = _HEADS[id(forms)] = (forms, frozenset(k[:3] for k in keys),
                                   frozenset(k for k in keys if len(k) < 3))
    return got[1], got[2]


def _form_key(scan: Scan, j: int) -> str | None:
    """The one-word org-form key of token j (stem_in over org_forms), memoised per word
    (bounded); a word that cannot start like any key is rejected with one set lookup."""
    word = scan.folded[j]
    forms = scan.lex.org_forms.get(scan.tag, {})
    prefixes, short = _key_prefixes(forms)
    if word[:3] not in prefixes and word[:2] not in short and word[:1] not in short:
        return None
    got = _FORM_KEYS.get(id(forms))
    if got is None or got[0] is not forms or len(got[1]) > 50_000:
        got = _FORM_KEYS[id(forms)] = (forms, {})
    memo = got[1]
    text = scan.tokens[j].text
    if text in memo:
        return memo[text]
    key = memo[text] = scan.stem_in(j, forms)
    return key


_AND = frozenset({"ва", "va", "ҳамда", "hamda"})
_NAMED_AFTER = frozenset({"номидаги", "nomidagi"})
_AGAINST = frozenset({"қарши", "qarshi"})  # жиноятларга қарши курашиш: a dative before "against"
# head nouns that name a part of the known body before them (Олий Мажлис Сенати)
_PART_HEADS = frozenset({"сенати", "senati", "палатаси", "palatasi"})
_ABOUT = frozenset({fold(w) for w in ("бўйича", "bo‘yicha", "boʻyicha", "bo'yicha", "bo`yicha")})
_ACRONYM_WORD = re.compile(r"^[A-ZА-ЯЁЎҚҒҲ]{2,6}$")


def _standalone_org(scan: Scan, k: int) -> bool:
    """Token k is an organisation on its own: a one-word known name (Сенат) or an acronym."""
    if _ACRONYM_WORD.match(scan.tokens[k].text):
        return True
    for stem in scan.stems(k):
        entries = scan.lex.known_orgs.get(fold(stem))
        if entries and any(len(words) == 1 for words, _ in entries):
            return True
    return False


def _object_of_gerund(scan: Scan, k: int, j: int) -> bool:
    """Token k is an accusative object of the verbal noun right before the head j
    (Давлат хизматини ривожлантириш агентлиги)."""
    return k + 2 == j and bool(_GERUND_OBJECT.search(scan.folded[k])) and not scan.cap(k + 1) \
        and bool(_GERUND.search(scan.folded[k + 1]))


def _country_end(scan: Scan, k: int) -> int | None:
    """First token of a country name (1-4 words) ending at token k in any case form."""
    countries = scan.lex.countries.get(scan.tag, {})
    for first in range(max(0, k - 3), k + 1):
        if any(not scan.adjacent(m, m + 1) for m in range(first, k)):
            continue
        head = " ".join(scan.folded[first:k])
        for stem in scan.stems(k):
            if fold(f"{head} {stem}" if head else stem) in countries:
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


def _uz_name_lists(scan: Scan) -> list[Candidate]:
    """Uzbek: capitalised names listed before a plural company/body noun are each a name
    (`Real Madrid va Barselona klublari`, `Artel va Akfa kompaniyalari`); places and
    countries are not (`Rossiya va Xitoy kompaniyalari`)."""
    out: list[Candidate] = []
    tokens = scan.tokens
    if not any(("лар" in w or "lar" in w) for w in scan.folded):
        return out
    for j in range(2, len(tokens)):
        if "лар" not in scan.folded[j] and "lar" not in scan.folded[j] or scan.cap(j) or not _plural_head(scan, j):
            continue
        runs: list[tuple[int, int]] = []
        clubs = scan.folded[j].startswith(("клуб", "klub"))  # clubs are named after their towns
        end = j - 1
        k = end
        while k >= 0:
            while k >= 0 and scan.cap(k) and not scan.sentence_initial(k) and end - k < 3 \
                    and scan.adjacent(k, k + 1) and (clubs or not _is_place(scan, k)) \
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


def _uz_bodies(scan: Scan, known_ends: set[int]) -> list[Candidate]:
    """`Ўзбекистон Статистика агентлиги`, `Rossiya sanoat va savdo vazirligi`, `Artel kompaniyasi`."""
    out = []
    tokens = scan.tokens
    forms = scan.lex.org_forms.get(scan.tag, {})
    en_forms = scan.lex.org_forms.get("en", {})
    prefixes, short = _head_prefixes(forms)
    folded = scan.folded
    places = scan.lex.place_words.get(scan.tag, {})

    def between_ok(m: int) -> bool:
        """A lower-case word allowed between capitalised ones (Jinoyat ishlari bo‘yicha, tumani)."""
        return folded[m] in _INSIDE_NAME or folded[m] in CONNECTORS or folded[m] in _ABOUT \
            or folded[m + 1] in _ABOUT or scan.stem_in(m, places) is not None

    for j in range(1, len(tokens)):
        word = folded[j]
        if word[:3] not in prefixes and word[:2] not in short and word[:1] not in short:
            continue  # the common case: no org-form word starts like this
        key = _form_key(scan, j)
        kind = forms.get(key) if key else None
        if kind not in ("body", "type", "legal"):
            continue
        base = next(s for s in scan.stems(j) if fold(s) == key)
        # walk left over adjacent words: capitalised ones and short lowercase runs between them
        first = None
        lower_run = 0
        lowers = 0
        k = j - 1
        while k >= 0 and j - k <= 8 and (scan.adjacent(k, k + 1) or (
                scan.gap(k, k + 1) == ", " and not scan.cap(k + 1) and kind == "body" and (
                    scan.cap(k) or any(scan.folded[m] in _AND for m in range(k + 1, j))))):
            word = tokens[k].text
            if not word[:1].isalpha() and not word[:1].isdigit():
                break
            if first is not None and scan.folded[k] in _AND and k > 0 and _standalone_org(scan, k - 1):
                break  # Сенат ва | Қонунчилик палатаси: two bodies, not one name
            if first is not None and scan.folded[k] in _NAMED_AFTER:
                m = k - 1
                while m >= 0 and k - m <= 3 and scan.cap(m) and scan.adjacent(m, m + 1) and not (
                        scan.function_word(m) or (_CASED_CAP.search(scan.folded[m]) and any(
                            "case" in a.slots for a in scan.analyses(m)))):
                    first = m  # Алишер Навоий номидаги ... театри: the namesake is in the name
                    m -= 1
                break
            if _form_key(scan, k) and scan.folded[k] not in _INSIDE_NAME and not (
                    k > 0 and scan.adjacent(k - 1, k) and " ".join(scan.folded[k - 1:k + 1])
                    in scan.lex.countries.get(scan.tag, {})) and not _object_of_gerund(scan, k, j):
                break  # another form word: “X” МИЗ компаниялари, ҳокимлиги ахборот хизмати
            if _POSSESSOR.search(word) and scan.folded[k] not in _INSIDE_NAME:
                if first is None and lowers and kind == "body" and scan.cap(k) and _country_end(scan, k) is not None:
                    first = _country_end(scan, k)  # Rossiyaning ... federal xizmati: the country's body
                break  # Janubiy Koreyaning ... banki: the possessor is outside the name
            if scan.cap(k):
                if scan.function_word(k) or _person_end(scan, k):
                    break  # Шавкат Мирзиёев | Олий Евроосиё иқтисодий кенгаши
                if len(scan.analyses(k)) > 1 and any(
                        set(a.slots) == {"case"} and _is_place_word(scan, a.stem) for a in scan.analyses(k)):
                    break  # Марғилонда ... фабрикаси: a place in a case form is outside the name
                if scan.sentence_initial(k) and _DATIVE.search(scan.folded[k]) and k < j - 1 \
                        and scan.cap(k + 1) and any("case" in a.slots for a in scan.analyses(k)):
                    break  # Gʻoliblarga Yoshlar ishlari agentligi: a common noun in a case form
                if _GERUND_OBJECT.search(scan.folded[k]) and k + 2 == j and not scan.cap(k + 1) \
                        and _GERUND.search(scan.folded[k + 1]):
                    first = k  # Соғлиқни сақлаш вазирлиги, Eksportni rag‘batlantirish agentligi
                    lower_run = 0
                    k -= 1
                    break
                if _CASED_CAP.search(scan.folded[k]) and not _is_place_word(scan, tokens[k].text) and (
                        k < j - 1 or not _CASED_CAP.search(scan.folded[k]).group().startswith(("д", "d"))
                        or not key.endswith(("и", "i"))):  # Республикасида суд (ҳокимияти): no name
                    break  # Хабарда вилоят ҳокимлиги: a sentence adverb, not part of the name
                if first is not None and any(
                        not between_ok(m) for m in range(k + 1, first)):
                    break  # Низоми ва шахсий таркиби Вазирлар Маҳкамаси: lowercase between names
                first = k
                lower_run = 0
            else:
                if _CASED_LOWER.search(scan.folded[k]) and scan.folded[k] not in _INSIDE_NAME and not (
                        _GERUND_OBJECT.search(scan.folded[k]) and k + 2 == j and _GERUND.search(scan.folded[k + 1])) \
                        and not (_DATIVE.search(scan.folded[k]) and scan.folded[k + 1] in _AGAINST) \
                        and scan.folded[k] not in places:  # tumani, shahri: a place word, no case
                    break  # (but Qishloq xo‘jaligini rivojlantirish markazi: object + verbal noun + body)
                lower_run += 1
                lowers += 1
                if lower_run > 5:
                    break
            k -= 1
        if first is None:
            continue
        if first < j - 1 and _is_place(scan, first) and scan.cap(j - 1):
            c = _country_end(scan, j - 1)
            if c is not None and c > first and all(_is_place(scan, m) for m in range(first, c)):
                first = c  # AQSH | Kuba hukumatini: another country before the country's body
        if scan.cap(j - 1) and not _is_place(scan, j - 1) and (
                scan.folded[j - 1] in scan.lex.known_persons or _ruler_cue(scan, first, j)):
            continue  # Доналд Трамп ҳукумати, Modi hukumati: a person's government, not a named body
        if first + 1 < j and scan.sentence_initial(first) and scan.cap(first + 1) and \
                _is_place(scan, first + 1) and not _is_place(scan, first) and not any(
                    fold(f"{tokens[first].text} {st}") in scan.lex.countries.get(scan.tag, {})
                    for st in scan.stems(first + 1)):
            first += 1  # Аввалроқ Ўзбекистон ... Маҳкамаси: a sentence-initial adverb
        elif first + 1 < j and scan.sentence_initial(first) and scan.cap(first + 1) and (
                scan.folded[first].endswith(("роқ", "roq")) or any(
                    "plural" in a.slots or "case" in a.slots for a in scan.analyses(first))) \
                and not _known_pair(scan, first):
            first += 1  # Mutaxassislar | Davlat ekologiya qoʻmitasi, Avvalroq | Oliy sud
        if lowers_in(scan, first, j):
            # Сидхарт Саксена Ўзбекистон мусулмонлари идораси: capitalised words before the
            # country/place that opens a descriptive name are someone else's (a person's) name
            m = next((m for m in range(first + 1, j) if scan.cap(m) and _own_country(scan, m)), None)
            if m is not None and all(scan.cap(x) and not _is_place(scan, x) for x in range(first, m)) \
                    and m - first >= 2:
                first = m
        while first + 2 < j and _is_place(scan, first) and scan.folded[first + 1] in CONNECTORS:
            first += 2  # Qirgʻiziston, Tojikiston va | Yevropa kengashi
        if tokens[j - 1].end in known_ends and key not in _PART_HEADS:
            continue  # РИА Новости агентлиги, Sputnik agentligi: the known name, noun outside
        lowers = sum(1 for m in range(first, j) if not scan.cap(m))
        run = list(range(first, j))
        if kind != "body" and lowers and not (
                j - first >= 3 and _is_place(scan, first) and scan.stem_in(first + 1, places)):
            continue  # (but Olmazor tumani elektr ta'minoti korxonasi: a district's enterprise)
        if first == j - 1 and scan.sentence_initial(first) and _GERUND_OBJECT.search(scan.folded[j]) \
                and not _is_place(scan, first):
            continue  # Internet xizmatini …: a common noun and an object at the start of a sentence
        if kind == "body" or lowers:
            extra = {}
            if en_forms.get(scan.folded[j - 1]) in ("body", "type") and not lowers:
                end = tokens[j - 1].end  # Korea Development Bank banki
                name = " ".join(tokens[m].text for m in run)
            else:
                end = tokens[j].end
                name = scan.text[tokens[first].start:tokens[j].start] + base
                extra = {"body": (first, j)}
            if fold(name) in scan.lex.countries.get(scan.tag, {}) or any(
                    fold(scan.text[tokens[m].start:tokens[j].start] + base) in scan.lex.not_orgs
                    for m in range(first, j)):
                continue  # Россия Федерацияси: a country's long name; (Ўзбекистон) Европа Иттифоқи
            out.append(Candidate("ORG", tokens[first].start, end, {"name": name}, RANK, extra))
            continue
        # type/legal noun after an unquoted capitalised run: the run is the name
        # (the noun in the possessive: Artel kompaniyasi, not "Yangiliklar korxonaning")
        if kind == "type" and not key.endswith(("и", "i")):
            continue
        latin_in_cyrillic = scan.script == "Cyrl" and _LATIN_WORD.match(tokens[run[0]].text)
        if len(run) == 1 and scan.sentence_initial(run[0]) and not latin_in_cyrillic \
                and not tokens[run[0]].text.isupper():
            continue  # Ишчи гуруҳи: a capitalised common word at the start of a sentence
        if len(run) > 4 or all(_is_place(scan, m) for m in run):
            continue  # Хитой компанияси: a Chinese company, not a name
        while len(run) > 1 and en_forms.get(folded[run[-1]]) == "legal":
            run.pop()  # Zorvik Inc kompaniyasi: the English legal form stays outside, as MChJ does
        name = " ".join(tokens[m].text for m in run)
        out.append(Candidate("ORG", tokens[first].start, tokens[run[-1]].end, {"name": name}, RANK))
    return out


def lowers_in(scan: Scan, first: int, j: int) -> bool:
    """Some word between tokens first and j (exclusive) is lower case."""
    return any(not scan.cap(m) for m in range(first, j))


def _own_country(scan: Scan, i: int) -> bool:
    """Token i is a country name in the text's own language (Ўзбекистон in Uzbek; not the
    English `Uzbekistan` of a brand such as “Uzbekistan Airports”)."""
    key = scan.stem_in(i, scan.lex.countries.get(scan.tag, {}))
    if not key:
        return False
    return not (scan.uzbek and key in scan.lex.countries.get("en", {}))


def _is_place_word(scan: Scan, stem: str) -> bool:
    """`stem` names a country or a gazetteer place."""
    key = fold(stem)
    lex = scan.lex
    return key in lex.countries.get(scan.tag, {}) or key in lex.locations.get(scan.tag, {})


def _is_place(scan: Scan, i: int) -> bool:
    """Token i is a country/place name or abbreviation in any form (Хитой, хитойлик, АҚШ)."""
    lex = scan.lex
    for table in (lex.countries.get(scan.tag, {}), lex.locations.get(scan.tag, {})):
        if scan.stem_in(i, table, deriv=True):
            return True
    abbreviations = lex.abbreviations.get(scan.tag, {})
    return any(s in abbreviations for s in scan.stems(i, deriv=True))


def _latin_runs(scan: Scan) -> list[Candidate]:
    """Unquoted Latin names in Cyrillic text: `Hengyuan Cement`, `Sino Road and Bridge Corporation`."""
    out = []
    tokens = scan.tokens
    i = 0
    n = len(tokens)
    while i < n:
        if not (scan.cap(i) and _LATIN_WORD.match(tokens[i].text)):
            i += 1
            continue
        j = i
        while j + 1 < n and scan.adjacent(j, j + 1) and _LATIN_WORD.match(tokens[j + 1].text) and (
                scan.cap(j + 1) or tokens[j + 1].text.isdigit()
                or (scan.folded[j + 1] in CONNECTORS and j + 2 < n and scan.cap(j + 2))):
            j += 1
        size = j - i + 1
        if tokens[i].text in _SHIP_PREFIXES or scan.text[tokens[i].start - 1:tokens[i].start] in ("/", "-"):
            i = j + 1
            continue  # SS Heminge: a ship; I/O Port: part of a longer token
        glossed = scan.text[tokens[i].start - 1:tokens[i].start] == "(" and \
            scan.text[tokens[j].end:tokens[j].end + 1] in (")", ",")
        if size == 2 and (glossed or fold(tokens[i].text) in scan.lex.first_names.get("Latn", ())):
            i = j + 1
            continue  # Jeffrey Owens, (Mick Moore): a person written in Latin letters
        nxt_kind = _form_kind(scan, j + 1) if j + 1 < n and scan.adjacent(j, j + 1) else None
        if size >= 2 or nxt_kind in ("legal", "type"):
            name = " ".join(tokens[m].text for m in range(i, j + 1))
            forms = scan.lex.org_forms.get("en", {})
            product = (scan.folded[j] in scan.lex.product_words and nxt_kind not in ("legal", "type")) \
                or forms.get(scan.folded[j]) == "noorg" or (nxt_kind == "noorg" and not (
                    j + 2 < n and _form_kind(scan, j + 2) in ("legal", "type", "body")))
            # … Investment Forum: an event; Aston Martin автомобили: a product (but X номли компания)
            if not (size == 1 and fold(name) in forms) and not product:  # Samsung Galaxy: a product
                out.append(Candidate("ORG", tokens[i].start, tokens[j].end, {"name": name}, RANK))
        i = j + 1
    return out


_SHIP_PREFIXES = frozenset({"SS", "MS", "MV", "HMS", "USS", "RMS", "SY"})
# English company words that do not end a name (Tashkent International Airport)
_NOT_NAME_ENDS = frozenset({"international", "capital", "invest", "agro", "airport"})
_RU_LINKS = frozenset({"и", "по", "при"})


def _latin_brands(scan: Scan) -> list[Candidate]:
    """Uzbek Latin text: capitalised runs with an English company word (`Hi-Tech Bank`,
    `X5 Retail Group`, `Ziraat Bank Uzbekistan`); the run is the name."""
    out = []
    tokens = scan.tokens
    en_forms = scan.lex.org_forms.get("en", {})
    n = len(tokens)
    i = 0
    while i < n:
        if not (scan.cap(i) or tokens[i].text[:1].isdigit()) or not _LATIN_WORD.match(tokens[i].text):
            i += 1
            continue
        j = i
        while j + 1 < n and scan.adjacent(j, j + 1) and _LATIN_WORD.match(tokens[j + 1].text) and (
                scan.cap(j + 1) or tokens[j + 1].text.isdigit()):
            j += 1
        cut = [m for m in range(i, j + 1) if _CASED_CAP.search(scan.folded[m]) and not _is_place(scan, m)
               or _POSSESSOR.search(tokens[m].text)]
        if cut:
            i = cut[-1] + 1  # Janubiy Koreyaning | Korea Development Bank
            if i > j:
                continue
        heads = [m for m in range(i + 1, j + 1) if tokens[m].text in ("Bank", "Group", "Airways", "Airlines",
                                                                       "Motors", "Corporation", "Company",
                                                                       "Holding", "Holdings", "Energy")
                 or (en_forms.get(scan.folded[m]) in ("type", "body", "industry")
                     and scan.folded[m] not in _NOT_NAME_ENDS)]  # Bukhara Cotton Textile
        if heads and en_forms.get(scan.folded[i]) is None and not scan.function_word(i):
            last = j if heads[-1] == j - 1 and (
                _is_place(scan, j) or scan.folded[j] in scan.lex.countries.get("en", {})) else heads[-1]
            stem = next((a.stem for a in scan.analyses(last) if set(a.slots) <= {"case"}), tokens[last].text)
            name = scan.text[tokens[i].start:tokens[last].start] + stem
            out.append(Candidate("ORG", tokens[i].start, tokens[last].end, {"name": name}, RANK))
        i = j + 1
    return out


def _ru_nominative_phrase(scan: Scan, first: int, j: int, gender: str | None) -> str:
    """Adjectives first..j-1 and the head j in the nominative singular, first letter upper."""
    words = []
    for m in range(first, j + 1):
        q = scan.parses(m)[0]
        form = q.inflect({"nomn", "sing"} | ({gender} if gender and m < j else set())) \
            if "nomn" not in q.tag else None
        words.append(form.word if form else scan.tokens[m].text.lower() if m > first else scan.tokens[m].text)
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)


def _ru_new_name(scan: Scan, k: int, forms: dict[str, str]) -> bool:
    """After "и", token k opens another name: an adjective, an organisation noun (банков,
    агентства) or a legal form (АО)."""
    q = scan.parses(k)[0]
    return "ADJF" in q.tag or forms.get(q.normal_form) is not None \
        or forms.get(scan.folded[k]) is not None


def _ru_adjective_head(scan: Scan, m: int, last: int, forms: dict[str, str]) -> bool:
    """The adjectives from token m end in an organisation noun by token `last`."""
    k = m
    while k <= last and "ADJF" in scan.parses(k)[0].tag:
        k += 1
    return k <= last and forms.get(scan.parses(k)[0].normal_form) in ("body", "type")


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
        from .locations import morph_analyzer

        if len(_RU_KNOWN) > 50_000:
            _RU_KNOWN.clear()
        got = _RU_KNOWN[word] = morph_analyzer().word_is_known(word)
    return got


def _russian_bodies(scan: Scan) -> list[Candidate]:
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
        if kind not in ("body", "type") or ("plur" in p.tag and not scan.cap(j)):
            continue  # банков Узбекистана: a plural head is generic
        head_gender = p.tag.gender
        first = j
        while first - 1 >= 0 and scan.adjacent(first - 1, first) and \
                "ADJF" in scan.parses(first - 1)[0].tag:
            first -= 1
        if kind == "type":
            # Новосибирский металлургический завод: a company noun is a name only after a
            # capitalised adjective in mid-sentence (not "Китайская компания" at its start)
            if first == j or not scan.cap(first) or scan.sentence_initial(first) or word[:1].isupper():
                continue
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
                while m < n and m - k <= 3 and scan.cap(m) and scan.adjacent(m - 1, m):
                    m += 1
                if m > k + 1:
                    last = m - 1
                break
            if low in _RU_LINKS:
                if low == "и" and k + 1 < n and _ru_new_name(scan, k + 1, forms):
                    break  # Азиатского банка развития и | Японского агентства …: two names
                free_case = free_case or low != "и"
                k += 1
                continue
            gent = any(x.tag.POS in ("NOUN", "ADJF") and "gent" in x.tag for x in scan.parses(k)[:4])
            if tokens[k].text in abbr or (scan.cap(k) and low in scan.lex.countries.get("ru", {})) or (
                    q.tag.POS in ("NOUN", "ADJF") and (gent or free_case)) or (
                    _ACRONYM_WORD.match(tokens[k].text) and fold(tokens[k].text) not in scan.lex.not_orgs
                    and forms.get(fold(tokens[k].text)) != "legal" and scan.folded[k - 1] not in _RU_LINKS):
                last = k
                k += 1
                continue
            break
        if last == j and first == j:
            continue  # a bare "Министерство" is not a name
        if not scan.cap(first) and not any(scan.cap(m) for m in range(j + 1, last + 1)):
            continue  # "министерство экономики": generic
        if first < j and not scan.cap(first):
            continue  # "государственный университет Австралии": a description
        if not scan.cap(first) and any(scan.cap(m) and "ADJF" in scan.parses(m)[0].tag
                                       and _ru_adjective_head(scan, m, last, forms) for m in range(j + 1, last)):
            continue  # комитета комсомола | Воронежского сельхозинститута: the named body is inside
        words = []
        for m in range(first, last + 1):
            w = tokens[m].text
            if m <= j:
                q = scan.parses(m)[0]
                gender = {head_gender} if head_gender and m < j else set()
                form = q.inflect({"nomn", "sing"} | gender) if "nomn" not in q.tag else None
                if form:
                    w = form.word
            if m == first or tokens[m].text[:1].isupper():
                w = w[:1].upper() + w[1:]  # Большом -> Большой
            words.append(w)
            if m < last and scan.gap(m, m + 1) == ", ":
                words[-1] += ","
        out.append(Candidate("ORG", tokens[first].start, tokens[last].end,
                             {"name": " ".join(words)}, RANK))
    return out


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
    m = k + 1  # … and Trade of Uzbekistan
    if m + 1 < n and scan.folded[m] == "of" and scan.adjacent(k, m) and scan.adjacent(m, m + 1):
        m += 1
        if scan.folded[m] == "the" and m + 1 < n and scan.adjacent(m, m + 1):
            m += 1
        if scan.cap(m) and not scan.function_word(m):
            k = m
            while k + 1 < n and scan.adjacent(k, k + 1) and scan.cap(k + 1) and not scan.function_word(k + 1):
                k += 1
    return k


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
    names = scan.lex.first_names
    for first in (j - 1, j - 2):  # Jurabek Mirzamakhmudov, Bakhodir A. Sidikov
        if first <= i or forms.get(scan.folded[j]) or forms.get(scan.folded[first]):
            continue
        word = scan.folded[first]
        if (word in names.get("en", ()) or word in names.get("Latn", ())) and not _is_place(scan, j) \
                and all(scan.cap(m) for m in range(first, j + 1)):
            return first - 1
    return j


def _after_of(scan: Scan, i: int, j: int, forms: dict[str, str]) -> int:
    """`Representatives of the Chamber of Commerce`, `President of the Asian Development
    Bank`: a first word that is no organisation word before "of (the)" and a body/company
    word (or a legal form: Shares of Zorvik Inc) later is outside the name; returns the
    name's first token."""
    head = scan.folded[i]
    if j < i + 2 or scan.folded[i + 1] != "of" or forms.get(head) or head.endswith("bank"):
        return i
    start = i + 3 if scan.folded[i + 2] == "the" else i + 2
    if start <= j and any(forms.get(scan.folded[m]) in ("body", "type", "legal") or scan.folded[m].endswith("bank")
                          for m in range(start, j + 1)):
        return start
    if start <= j and j + 1 < len(scan.tokens) and forms.get(scan.folded[j + 1]) == "legal":
        return start  # Shares of Zorvik | Inc: the legal form after the run
    return i


def _title_case_line(scan: Scan, i: int) -> bool:
    """The line of token i is a headline in title case: a function word inside it is
    capitalised (`… Signs Deal With Chinese Company To Build …`)."""
    text = scan.text
    start = text.rfind("\n", 0, scan.tokens[i].start) + 1
    end = text.find("\n", scan.tokens[i].start)
    line = text[start:end if end >= 0 else len(text)]
    return bool(_TITLE_WORD.search(line))


_TITLE_WORD = re.compile(r"\S \b(?:To|For|With|And|Of|In|On|At|By|From|As|Into|Over)\b [A-Z]")


def _english(scan: Scan) -> list[Candidate]:
    """Capitalised runs with a company/body word: `Ministry of Energy`, `Hengyuan Cement Company`."""
    out = []
    tokens = scan.tokens
    forms = scan.lex.org_forms.get("en", {})
    titles = scan.lex.titles.get("en", frozenset())
    n = len(tokens)
    i = 0
    while i < n:
        if not scan.cap(i) or scan.function_word(i) or _POSSESSIVE_S.search(scan.folded[i]):
            i += 1  # Uzbekistan’s | Ministry of Energy
            continue
        j = i
        while j + 1 < n and scan.adjacent(j, j + 1) and forms.get(scan.folded[j]) != "legal" \
                and not _POSSESSIVE_S.search(scan.folded[j + 1]):
            if scan.cap(j + 1) and not scan.function_word(j + 1):
                j += 1
                continue
            k = j + 1
            while k < n and scan.folded[k] in CONNECTORS and scan.adjacent(k - 1, k):
                if k > j + 1 and not (scan.folded[k] == "the" and scan.folded[k - 1] in ("of", "under", "for", "at")):
                    break  # only "of the", "under the" chain
                if tokens[k].text[:1].isupper():
                    break  # … Loan For Uzbekistan: a headline in title case
                k += 1
            if k == j + 1 or k >= n or not scan.cap(k) or not scan.adjacent(k - 1, k) \
                    or _POSSESSIVE_S.search(scan.folded[k]):
                break
            if scan.folded[j + 1] == "and" and (forms.get(scan.folded[j]) in ("type", "body")
                                                or scan.folded[j].endswith("bank")
                                                or scan.folded[j] in scan.lex.countries.get("en", {})):
                break  # Hamkorbank and Ipoteka Bank, … Uzbekistan and Uzbekistan Railways: two names
            j = k
        j = _english_list_tail(scan, i, j, forms)
        if j > i and _title_case_line(scan, i):
            # a headline in title case: only a run ending in a state-body word is read as a
            # name (… Ministry Of Energy …), not `Chinese Company`, `Build Cement Plant`
            heads = [m for m in range(i + 1, j + 1) if forms.get(scan.folded[m]) == "body"]
            if not heads:
                i = j + 1
                continue
            j = heads[-1]
        j = _before_person(scan, i, j, forms)
        i = _after_of(scan, i, j, forms)
        while i < j and scan.folded[i].endswith(("-based", "-owned", "-listed", "-registered")):
            i += 1  # the Tashkent-based | Kapitalbank
        run = list(range(i, j + 1))
        while run and forms.get(scan.folded[run[-1]]) == "legal":
            run.pop()
        if run and forms.get(scan.folded[run[-1]]) == "noorg":
            i = j + 1
            continue  # Tashkent International Investment Forum: an event, not an organisation
        kinds = {forms.get(scan.folded[m]) for m in run}
        if not kinds & {"body", "type", "legal"} and any(scan.folded[m] in titles for m in run):
            i = j + 1
            continue  # Minister of Energy, Energy Minister: a position, not an organisation
        if any(scan.folded[m].endswith("bank") and len(scan.folded[m]) > 6 for m in run):
            kinds.add("type")  # Hamkorbank, Kapitalbank
        legal_after = j + 1 < n and forms.get(scan.folded[j + 1]) == "legal"
        if run and ((len(run) >= 2 or scan.folded[run[0]].endswith("bank"))
                    and kinds & {"body", "type", "industry"}
                    or legal_after or len(run) < j - i + 1):
            last = run[-1]
            stem = scan.stems(last)[-1] if scan.tag == "en" else tokens[last].text
            name = scan.text[tokens[run[0]].start:tokens[last].start] + stem
            out.append(Candidate("ORG", tokens[run[0]].start, tokens[last].end, {"name": name}, RANK))
        i = j + 1
    return out


_BANK_WORD = re.compile(r"^[A-ZА-ЯЁЎҚҒҲ][\w'ʻʼ-]{2,}(?:bank|банк)$")


def _bank_words(scan: Scan) -> list[Candidate]:
    """One-word bank names: Hamkorbank, Kapitalbank, Агробанк (case suffixes stripped)."""
    out = []
    folded = scan.folded
    for i, tok in enumerate(scan.tokens):
        if ("bank" not in folded[i] and "банк" not in folded[i]) or not scan.cap(i):
            continue
        for a in scan.analyses(i):
            if set(a.slots) <= {"case"} and _BANK_WORD.match(a.stem):
                out.append(Candidate("ORG", tok.start, tok.end, {"name": a.stem}, RANK))
                break
    return out


_FORMULA = re.compile(r"^(?=.*\d)(?:[A-Z][a-z]?\d{0,2}){1,3}$")  # CO2, NO2, H2O, SO2: chemical formulas
_ROMAN_NUMERAL = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")
_EN_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{2,5}$")


def _english_acronyms(scan: Scan) -> list[Candidate]:
    """English: an upper-case word that is no place, country, legal form or common
    abbreviation (`langdata/en/not_org_acronyms.txt`) is an organisation (TZMOI, CNPC)."""
    lex = scan.lex
    skip = lex.not_org_acronyms | lex.not_orgs
    out = []
    for i, tok in enumerate(scan.tokens):
        word = tok.text
        if not _EN_ACRONYM.match(word) or scan.folded[i] in skip or _ROMAN_NUMERAL.match(word) \
                or _FORMULA.match(word):
            continue  # XIV: a regnal number, not an organisation
        if word in lex.abbreviations.get("en", {}) or scan.folded[i] in lex.countries.get("en", {}):
            continue
        if scan.folded[i] in lex.locations.get("en", {}) or scan.folded[i] in lex.org_forms.get("en", {}):
            continue
        if scan.sentence_initial(i) and i + 1 < len(scan.tokens) and scan.tokens[i + 1].text.isupper():
            continue  # an upper-case headline or dateline
        out.append(Candidate("ORG", tok.start, tok.end, {"name": word}, RANK - 1))
    return out + _short_international(scan, skip)


_DOTTED = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,4})(?![\w])|(?<![\w.])([A-Z]{2})(?![\w.])")


def _short_international(scan: Scan, skip: frozenset[str]) -> list[Candidate]:
    """English: an international body's acronym of two letters or written with dots (UN,
    U.N., I.M.F.), when shared/international_acronyms.txt lists it (not U.S., EU: a country,
    a bloc)."""
    known = scan.lex.international_acronyms
    out = []
    for m in _DOTTED.finditer(scan.text):
        word = m.group(0)
        key = word.replace(".", "").lower()
        if key in known and key not in skip and fold(word) not in skip:
            out.append(Candidate("ORG", m.start(), m.end(), {"name": word}, RANK - 1))
    return out


_GENITIVE = re.compile(r"(?:нинг|ning)$")


def _known_name(scan: Scan, name: str) -> bool:
    """`name` is a whole entry of the known-organisation table."""
    words = tuple(fold(name).split())
    return any(w == words for w, _ in scan.lex.known_orgs.get(words[0], ())) if words else False


def _with_parents(scan: Scan, cands: list[Candidate]) -> list[Candidate]:
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
        if p > 0 and scan.folded[p] in _INSIDE_NAME and scan.adjacent(p, first) and scan.adjacent(p - 1, p):
            parent = ends.get(scan.tokens[p - 1].end)
            if parent is not None and parent is not c:  # Бош прокуратура ҳузуридаги … департаменти
                name = scan.text[parent.start:c.start] + c.value["name"]
                out.append(Candidate("ORG", parent.start, c.end, {"name": name}, RANK + 1))
            continue
        if p < 0 or not scan.adjacent(p, first) or not _GENITIVE.search(scan.folded[p]):
            continue
        if _known_name(scan, c.value["name"]) or any(_is_place(scan, m) for m in range(first, head)):
            continue  # СДПнинг | Қонунчилик палатаси, ...нинг | Тошкент шаҳар Ёшлар маркази: self-standing
        parent = ends.get(scan.tokens[p].end)
        if parent is not None and parent.start < scan.tokens[p].start + 1 and parent is not c:
            start = parent.start
        elif any(_ACRONYM_WORD.match(st) for st in scan.stems(p)):
            start = scan.tokens[p].start
        elif scan.cap(p) and _country_end(scan, p) is not None:
            start = scan.tokens[_country_end(scan, p)].start
        else:
            continue
        name = scan.text[start:c.start] + c.value["name"]
        out.append(Candidate("ORG", start, c.end, {"name": name}, RANK + 1))
    return out


_CAMEL = re.compile(r"^[a-z]{1,3}[A-Z][A-Za-z0-9]+(?:[-'’ʼ`][a-z]{1,6})?$")
_LOWER_CAMEL = re.compile(r"^([a-z]{2,3}[A-Z][a-z]{2,}[A-Za-z]*)(?:[-'’ʼ`][a-z]{1,6})?$")
_CAMEL_ANY = re.compile(r"\b[a-z]{1,3}[A-Z]|\b[A-Z][a-z]+[A-Z]|\b[А-ЯЁЎҚҒҲ][а-яёўқғҳ]{2,}[А-ЯЁЎҚҒҲ]")
# HughesNet, PayPal, BlackRock (with an Uzbek suffix after a hyphen or apostrophe)
_UPPER_CAMEL = re.compile(r"^([A-Z][a-z]{1,}[A-Z][a-z]+[A-Za-z]*|[A-Z][a-z]{2,}[A-Z]{2,5}"
                          r"|[А-ЯЁЎҚҒҲ][а-яёўқғҳ]{2,}[А-ЯЁЎҚҒҲ]{2,5})(?:[-'’ʼ`]?[a-zа-яёўқғҳ]{1,6})?$")
_NAME_PREFIX = re.compile(r"^(?:Ma?c|De|Di|Da|Du|Le|La|Van|Von|Fitz|Al|El)[A-Z]")


def _camel_brands(scan: Scan) -> list[Candidate]:
    """Brands written in camel case: `HughesNet-ning`, `PayPal`, `BlackRock` (not names
    such as McCartney, DeVito); with a lower-case first letter only before a company word
    (`inDriver kompaniyasi`, `компания inDriver`), so that a product (iPhone) is not one."""
    out = []
    tokens = scan.tokens
    if not _CAMEL_ANY.search(scan.text):
        return out
    for i, tok in enumerate(tokens):
        upper = _UPPER_CAMEL.match(tok.text)
        if upper and not _NAME_PREFIX.match(tok.text) and fold(upper.group(1)) not in scan.lex.product_words:
            out.append(Candidate("ORG", tok.start, tok.end, {"name": upper.group(1)}, RANK - 1))
            continue
        if not _CAMEL.match(tok.text) or fold(tok.text) in scan.lex.product_words:
            continue
        brand = _LOWER_CAMEL.match(tok.text)
        if brand and fold(brand.group(1)) not in scan.lex.not_orgs:
            out.append(Candidate("ORG", tok.start, tok.end, {"name": brand.group(1)}, RANK - 1))
            continue  # inDriver, myTaxi (not iPhone, eSIM: one lower-case letter)
        after = _form_kind(scan, i + 1) if i + 1 < len(tokens) and scan.adjacent(i, i + 1) else None
        before = _form_kind(scan, i - 1, two=False) if i > 0 and scan.adjacent(i - 1, i) else None
        if after in ("legal", "type") or (not scan.uzbek and before in ("legal", "type")):
            out.append(Candidate("ORG", tok.start, tok.end, {"name": tok.text}, RANK))
    return out


_MODEL = re.compile(r" (?:[A-Z]{0,3}-?\d{2,4}(?:-?[A-Za-z]{1,4})?|[A-Z]\d?)\b")
_NEXT_WORD = re.compile(r" ([A-Za-z][\w-]*)")
_YEAR = re.compile(r" (?:19|20)\d\d\b")


def _product(scan: Scan, c: Candidate) -> bool:
    """A one-word maker's name before a model designation is a product (Boeing 787,
    Airbus A320), not an organisation."""
    if " " in c.value["name"] or scan.text[c.start:c.end] != c.value["name"]:
        return False  # (SamDUga 10 ta grant: a case suffix, not a maker before its model)
    tail = scan.text[c.end:c.end + 12]
    if _MODEL.match(tail) and not _YEAR.match(tail):
        return True
    nxt = _NEXT_WORD.match(tail)
    return bool(nxt) and fold(nxt.group(1)) in scan.lex.product_words  # Samsung Galaxy


_DOMAIN = re.compile(r"^([A-ZА-ЯЁЎҚҒҲ][\w-]*\.(?:uz|ru|com|kz|kg|tj|az|net|org|info|media|news|tv))"
                     r"(?:[-'’ʼ`]?[a-zа-яёўқғҳ]{1,6})?$")


def _domains(scan: Scan) -> list[Candidate]:
    """Media named by their web address: Kun.uz, Газета.uz, Daryo.uz'dagi (suffix dropped)."""
    out = []
    if "." not in scan.text:
        return out
    for tok in scan.tokens:
        if "." in tok.text:
            m = _DOMAIN.match(tok.text)
            if m:
                name = _russian_org_nominative(m.group(1)) if scan.tag == "ru" else m.group(1)
                out.append(Candidate("ORG", tok.start, tok.end, {"name": name}, RANK))
    return out


def _ru_genitive_chains(scan: Scan, cands: list[Candidate]) -> list[Candidate]:
    """Russian: a body named through another in the genitive right after it is one name
    (`Сенат Олий Мажлиса`, `Совет Безопасности ООН`)."""
    starts = {c.start: c for c in cands}
    out = []
    for c in cands:
        nxt = starts.get(c.end + 1)
        if nxt is None or scan.text[c.end:nxt.start] != " " or scan.text[c.start:c.start + 1] in "«“\"":
            continue
        k = _token_at(scan, nxt.start, after=True)
        last = _token_at(scan, c.end, after=False)
        if k is None or last is None or scan.parses(last)[0].tag.POS != "NOUN":
            continue
        if any("gent" in p.tag for p in scan.parses(k)[:3]) or _ACRONYM_WORD.match(scan.tokens[k].text):
            out.append(Candidate("ORG", c.start, nxt.end,
                                 {"name": f"{c.value['name']} {scan.text[nxt.start:nxt.end]}"}, RANK + 1))
    return out


_RU_GOVERNMENT = frozenset({"администрация", "правительство", "кабинет"})


def _ru_leader_government(scan: Scan, c: Candidate) -> bool:
    """Russian: `администрация Байдена`, `правительство Мишустина`: a leader's government
    (a government word + a person's name in the genitive) is no organisation."""
    head = c.value["name"].split(" ", 1)[0].lower()
    if head not in _RU_GOVERNMENT:
        return False
    k = _token_at(scan, c.start, after=True)
    last = _token_at(scan, c.end, after=False)
    if k is None or last is None or not 1 <= last - k <= 3:
        return False
    names = scan.lex.first_names.get("Cyrl", frozenset())
    for m in range(k + 1, last + 1):
        if not scan.cap(m) or _is_place(scan, m) or scan.tokens[m].text.isupper():
            return False
        if m < last and scan.folded[m] in names:
            continue  # Джо (Байдена): an indeclinable first name
        if not any("gent" in p.tag and ("Surn" in p.tag or "Name" in p.tag) for p in scan.parses(m)[:3]):
            return False
    return True


def _ampersand_names(scan: Scan) -> list[Candidate]:
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
        if not (_LATIN_WORD.match(a) and _LATIN_WORD.match(b) and a[:1].isupper() and b[:1].isupper()):
            continue
        countries = lex.countries.get("en", {})
        if any(w in countries or w in lex.locations.get("en", {}) for w in (scan.folded[i], scan.folded[i + 1])) \
                or fold(f"{a} and {b}") in countries or fold(f"{a} & {b}") in countries:
            continue
        out.append(Candidate("ORG", tokens[i].start, tokens[i + 1].end,
                             {"name": scan.text[tokens[i].start:tokens[i + 1].end]}, RANK))
    return out


# Uzbek plural possessive nouns for a firm's analysts and experts (Zorvik tahlilchilari):
# the capitalised word before them is a company or agency
_ANALYSTS = re.compile(r"^(?:tahlilchilar|таҳлилчилар|analitiklar|аналитиклар|ekspertlar|экспертлар)"
                       r"(?:i|и)(?:ning|нинг|ga|га|dan|дан|ni|ни)?$")


def _analysts_of(scan: Scan) -> list[Candidate]:
    """`Zorvik tahlilchilarining fikricha`: one unknown capitalised word inside a sentence
    before the analysts/experts of it is an organisation (not a place, person or acronym)."""
    from .persons import surname_stem

    out = []
    tokens = scan.tokens
    common = scan.lex.not_person_words.get(scan.tag, frozenset())
    for j in range(1, len(tokens)):
        if scan.folded[j][:4] not in ("tahl", "таҳл", "anal", "анал", "eksp", "эксп") \
                or not _ANALYSTS.match(scan.folded[j]):
            continue
        i = j - 1
        word = tokens[i].text
        if not scan.adjacent(i, j) or not scan.cap(i) or scan.sentence_initial(i) or len(word) < 3 \
                or not word.isalpha() or scan.function_word(i) or _is_place(scan, i) \
                or (i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not scan.sentence_initial(i - 1)) \
                or scan.folded[i] in scan.lex.first_names.get(scan.script, ()) \
                or scan.folded[i] in scan.lex.known_persons or len(scan.analyses(i)) > 1:
            continue  # (Rossiya ekspertlari, Jahon banki: a place; a case-marked word)
        if surname_stem(scan, i) is not None or scan.stem_in(i, common):
            continue  # Karimov ekspertlari: a person's experts; Soha: a common noun
        out.append(Candidate("ORG", tokens[i].start, tokens[i].end, {"name": word}, RANK))
    return out


def find_orgs(scan: Scan) -> list[Candidate]:
    """Organisation candidates (value {"name"}: no quotes, legal forms or case suffixes)."""
    known = _known(scan)
    out = _quoted(scan) + known + _bank_words(scan)
    if scan.uzbek:
        out += _uz_bodies(scan, {c.end for c in known}) + _uz_name_lists(scan) + _analysts_of(scan)
        out += _with_parents(scan, out)
    if scan.tag in ("uz-Cyrl", "ru"):
        out += _latin_runs(scan)
    if scan.tag == "uz-Latn":
        out += _latin_brands(scan)
    if scan.tag == "ru":
        out += _russian_bodies(scan)
        out += _ru_genitive_chains(scan, out)
    if scan.tag == "en":
        out += _english(scan) + _english_acronyms(scan)
    out += _camel_brands(scan) + _domains(scan) + _ampersand_names(scan)
    if scan.tag == "ru":
        out = [c for c in out if not _ru_leader_government(scan, c)]
    out = [c for c in out if (fold(c.value["name"]) not in scan.lex.not_orgs or _company_named(scan, c))
           and not _product(scan, c)
           and scan.text[c.start - 1:c.start] not in ("@", "#")]  # @PossibleBoris: a handle
    return _with_stray_openers(scan, out)


# a company noun next to a platform's name: the company that runs it (Twitter kompaniyasi)
_COMPANY_AFTER = re.compile(r"\s+(?:kompaniya|компани|company\b|corporation\b|korporatsiya|корпораци|inc\b)",
                            re.IGNORECASE)
_COMPANY_BEFORE = re.compile(r"(?:компани[яиюе]й?|company)\s+[«“\"]?$", re.IGNORECASE)


def _company_named(scan: Scan, c: Candidate) -> bool:
    """A platform's name (not_orgs.txt: Telegram, Twitter) is the company when a company noun
    stands next to it: `Twitter kompaniyasi`, `компании Twitter`, `Twitter Inc`."""
    return bool(_COMPANY_AFTER.match(scan.text, c.end, c.end + 14)
                or _COMPANY_BEFORE.search(scan.text, max(0, c.start - 12), c.start))


def _with_stray_openers(scan: Scan, cands: list[Candidate]) -> list[Candidate]:
    """An opening quote no closing quote pairs with stays in the span of the name right
    after it (`“Ҳудудгазтаъминот АЖ` -> `“Ҳудудгазтаъминот`)."""
    text = scan.text
    if not any(c.start and text[c.start - 1] in _OPENERS for c in cands):
        return cands
    paired = {o for o, _ in _quote_pairs(text)}
    out = []
    for c in cands:
        k = c.start - 1
        if k >= 0 and text[k] in _OPENERS and k not in paired and (k == 0 or not text[k - 1].isalnum()):
            c = Candidate(c.label, k, c.end, c.value, c.rank, c.extra)
        out.append(c)
    return out
