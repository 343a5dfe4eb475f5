"""Quoted organisation names: quote pairing that survives nesting and stray quotes, the legal
form or type noun before/after the quotes, case suffixes glued after the closing quote."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from os.path import commonprefix

from ..morph import JOINERS, analyse, fold, is_capitalised
from ..scan import Candidate, Scan
from .common import (
    ALWAYS_CLOSE, ALWAYS_OPEN, AMBIGUOUS, CASED_LOWER, CONNECTORS, GENITIVE, OPENERS, RANK, form_kind,
    is_place_word, known_name, own_country, token_at,
)
from .russian import russian_not_org


_QUOTE = re.compile("[" + re.escape(ALWAYS_OPEN + ALWAYS_CLOSE + AMBIGUOUS) + "]")
_ALWAYS_OPEN = re.compile("[" + re.escape(ALWAYS_OPEN) + "]")
_GLUED = re.compile(r"[’'ʼ`-]?[^\W\d_]+")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_SENTENCE_PUNCT = re.compile(r"[.!?;:]\s|[.!?…]$|,")


def quote_pairs(text: str) -> list[tuple[int, int]]:
    """Offsets of matching quote pairs (open, close); survives nesting and stray quotes.

    >>> t = '“2025 йил “Технополис Москва” МИЗ ошди”, АО «Узтрансгаз»'
    >>> [t[a + 1:b] for a, b in quote_pairs(t)]
    ['2025 йил “Технополис Москва” МИЗ ошди', 'Технополис Москва', 'Узтрансгаз']
    """
    return list(cached_quote_pairs(text))


@lru_cache(maxsize=8)
def cached_quote_pairs(text: str) -> tuple[tuple[int, int], ...]:
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
    paired = {o for o, _ in cached_quote_pairs(text)}
    return [m.start() for m in _ALWAYS_OPEN.finditer(text) if m.start() not in paired]


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


_MODEL_NUMBER = re.compile(r"^[A-ZА-Я]{0,2}-?\d{2,4}$")
_LIST_LINK = re.compile(r"\s*(?:,|ва|va|ҳамда|hamda|и|and)\s*", re.IGNORECASE)


def _russian_function_word(word: str) -> bool:
    """pymorphy3 knows `word` and not as a noun (Да, Нет, Хватит; not Газпром, Магнит)."""
    from ..locations import morph_analyzer

    morph = morph_analyzer()
    return morph.word_is_known(word) and morph.parse(word)[0].tag.POS not in ("NOUN", None)


def _russian_known(word: str) -> bool:
    """pymorphy3 knows `word` (Рус, Групп: a dictionary word is left as written)."""
    from ..locations import morph_analyzer

    return morph_analyzer().word_is_known(word)


_OBLIQUE = frozenset({"gent", "datv", "ablt", "loct"})
_NOT_RUSSIAN = re.compile("[ұқөүңғһәіўҳҷҚҰӨҮҢҒҺӘІЎҲҶ]")


def russian_org_nominative(word: str, *, apposition: bool = False) -> str:
    """«Газпрома» -> Газпром when pymorphy3 knows the organisation name (tag Orgn), or
    reads a one-word name as a noun in an oblique case (матч «Пахтакора», совет директоров
    «Сбербанка»); after a company word the name stays as written (ОЭЗ «Алабуга»), and so does
    an unknown word pymorphy3 only guesses as a plural genitive («Гуммет», not «Гумметы»)."""
    from ..locations import morph_analyzer

    head, dot, domain = word.partition(".")
    if dot and head and domain:  # «Газеты.uz» -> Газета.uz
        return russian_org_nominative(head, apposition=apposition) + dot + domain
    if _NOT_RUSSIAN.search(word):
        return word  # «Самұрық-Қазына»: a Kazakh (or Uzbek) name is not declined by Russian rules
    morph = morph_analyzer()
    p = morph.parse(word)[0]
    if "plur" in p.tag and "gent" in p.tag and not morph.word_is_known(word):
        return word  # «Гуммет», «Ролан Гаррос»: a guessed zero-ending plural genitive is the name itself
    oblique = not apposition and p.tag.POS == "NOUN" and p.tag.case in _OBLIQUE \
        and p.normal_form[:3] == word[:3].lower()
    if ("Orgn" in p.tag and "nomn" not in p.tag) or oblique:
        form = p.inflect({"nomn"})
        if form:
            same = len(commonprefix([word.lower(), form.word]))
            return word[:same] + form.word[same:]  # the name's own capitals kept
    return word


_RU_ALTERNATIVE = re.compile(r"\s*(?:\(\s*\)\s*)?(?:,|и|или|либо)\s+")  # «Рим Вест» () или «Ной-Рим Вест»


def _ru_named_body(scan: Scan, inside: list[int], inner: str) -> bool:
    """Russian: a quoted phrase headed by its own body or company noun in the nominative
    («Молодёжный центр», «Фонд развития региона»), not a sentence ending in one in the
    genitive («Я человек, не скованный нормами общества»)."""
    if _SENTENCE_PUNCT.search(inner):
        return False
    return any(form_kind(scan, k, two=False) in ("body", "type") and "nomn" in scan.parses(k)[0].tag
               for k in inside)


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


_CODE = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")


_ACCUSATIVE = re.compile(r"(?:ни|ni)$")
_VERBAL_NOUN = re.compile(r"(?:ш|sh)$")


_MOVEMENT = frozenset({"ҳаракати", "harakati"})


def _campaign(scan: Scan, k: int) -> bool:
    """Token k is 'movement' (ҳаракати) in some case form: after a quoted name, a campaign."""
    return scan.stem_in(k, _MOVEMENT) is not None


_PLURAL_POSSESSIVE = re.compile(r"^(.{3,}?)(?:лари|lari)(?:нинг|ning|га|ga|да|da|дан|dan|ни|ni|даги|dagi)?$")


def _plural_noorg(scan: Scan, h: int) -> str | None:
    """'noorg' for the plural of a not-an-organisation word in the possessive (oʻyinlarining
    of oʻyini, majmualari of majmuasi), else None."""
    m = _PLURAL_POSSESSIVE.match(scan.folded[h])
    if not m:
        return None
    forms = scan.lex.org_forms.get(scan.tag, {})
    base = m.group(1)
    return "noorg" if "noorg" in (forms.get(base + "и"), forms.get(base + "i"), forms.get(base + "си"),
                                  forms.get(base + "si")) else None


def _hyphen_noorg(scan: Scan, h: int) -> str | None:
    """'noorg' for a hyphenated word whose last part is a not-an-organisation word, bare or
    with a case suffix (koʻrik-tanlovi, kurs-tanlovida of tanlovi), else None."""
    word = scan.folded[h]
    if "-" not in word:
        return None
    tail = word.rsplit("-", 1)[1]
    forms = scan.lex.org_forms.get(scan.tag, {})
    base = CASED_LOWER.sub("", tail)
    if base in _MARKETPLACE:
        return None  # “Avito” internet-maydoni: an online marketplace is its company
    return "noorg" if "noorg" in (forms.get(tail), forms.get(base)) else None


_MARKETPLACE = frozenset({"майдони", "maydoni"})


_WORD_OR_WAY = frozenset(fold(w) for w in ("сўз", "soʻz", "йўл", "yoʻl"))  # stems after a quote
_SPACED_DASH = re.compile(r"\s[–—-]\s")


def _place_chain(scan: Scan, words: list[str]) -> bool:
    """Two or more places joined by hyphens (`Душанбе-Бишкек-Термиз`, `Navoiy (Zangiota)-Qoplonbek`).

    Place tests use the gazetteer, so no doctest here."""
    parts = [p.strip("()") for p in "-".join(words).split("-") if p.strip("()")]
    return len(parts) >= 2 and sum(1 for p in parts if is_place_word(scan, p)) >= 2


def _common_word(scan: Scan, word: str) -> bool:
    """`word` (capitalised) stands in lower case, as a whole word, elsewhere in the text."""
    low = word[:1].lower() + word[1:]
    return low != word and re.search(r"(?<!\w)" + re.escape(low) + r"(?!\w)", scan.text) is not None


_BUILDING = frozenset(fold(w) for w in ("бино", "bino", "биноси", "binosi", "бинолари", "binolari"))


def _kind_after_describers(scan: Scan, i: int | None, *, phrase: bool = False) -> str | None:
    """Uzbek: the org-form kind of the first form word after 1-2 lower-case describing
    words from token i (`dehqon bozori` -> noorg, `халқаро молия маркази` -> body), or a
    not-an-organisation word after three (`bolalar ortopediya poyafzali brendi`); a movement
    after a quoted phrase is a campaign (`“Саховат ва кўмак” умумхалқ ҳаракати` -> noorg)."""
    if i is None:
        return None
    for h in range(i + 1, min(i + 6, len(scan.tokens))):
        m = h - 1
        if scan.cap(m) or not scan.adjacent(m, h) or not scan.tokens[m].text[:1].isalpha() \
                or scan.function_word(m) or (CASED_LOWER.search(scan.folded[m]) and not (
                    _ACCUSATIVE.search(scan.folded[m]) and _VERBAL_NOUN.search(scan.folded[h]))):
            return None  # (but jamoatchilik fikrini oʻrganish markazi: an object of the verbal noun)
        kind = form_kind(scan, h, two=False) or _plural_noorg(scan, h)
        if kind:
            if h >= i + 3 and kind not in ("noorg", "body") or h > i + 3 and kind == "noorg":
                return None  # (a third describer only tells what the name is not: … poyafzali brendi;
                # a body noun ends a longer description: “X” ўрта махсус ислом билим юрти)
            if kind == "noorg" and any(key in _BUILDING for key in scan.stem_keys(h)):
                return None  # “Оберхаузен” театр биноси: the building of the theatre the quote names
            if phrase and kind == "body" and _campaign(scan, h):
                return "noorg"
            return None if scan.cap(h) else kind
    return None


_AGENT = frozenset({"tomonidan", "томонидан"})  # “X” tomonidan: by X


def quoted_names(scan: Scan) -> list[Candidate]:
    """Quoted names next to a legal form, type noun or body noun (or known, or capitalised
    and short): «Узтрансгаз», “Oʻzbekneftgaz”ga, "Pet agro oil" MCHJ."""
    out: list[Candidate] = []
    text = scan.text
    if not _QUOTE.search(text):
        return out  # no quotes at all: the common case in English and much Russian text
    spans = _quoted_spans(scan)
    closing = {o: c for o, c in spans}
    rejected: list[int] = []  # ends of Russian quoted names found to name something else
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
        nxt = token_at(scan, list_end, after=True)
        if nxt is not None and scan.text[list_end:scan.tokens[nxt].start].strip(" "):
            nxt_kind = None  # punctuation in between
        else:
            nxt_kind = form_kind(scan, nxt)
            if nxt_kind is None and nxt is not None and scan.uzbek:
                nxt_kind = _plural_noorg(scan, nxt) or _hyphen_noorg(scan, nxt)
                # “X” konlari, «Y» majmualarini: the plural of a noorg word; “X” koʻrik-tanlovi
        phrase = any(w[:1].islower() for w in words[1:])  # “Саховат ва кўмак”: a phrase, not a name
        if scan.uzbek and phrase and nxt_kind == "body" and _campaign(scan, nxt):
            nxt_kind = "noorg"  # “Саховат ва кўмак” ҳаракатига: a movement named by a phrase is a campaign
        prev = token_at(scan, o, after=False)
        prev_kind = None
        if prev is not None and not scan.text[scan.tokens[prev].end:o].strip():
            prev_kind = form_kind(scan, prev, two=False)
        if scan.uzbek and prev_kind == "noorg":
            prev_kind = None  # Uzbek puts the head noun after the name: "Loyihani “X” MChJ"
        elif scan.uzbek and prev_kind in ("type", "body") and GENITIVE.search(scan.folded[prev]):
            prev_kind = None  # «Sevimli» telekanalining | «Zamon» dasturi: the owner of what the quote names
        strong = bool({nxt_kind, prev_kind} & {"legal", "type", "body"})
        inside = [k for k in range(bisect_left(scan.starts, o), bisect_left(scan.starts, c))]
        if not strong and len(words) >= 2 and inside and (
                _ru_named_body(scan, inside, inner) if scan.tag == "ru"
                else form_kind(scan, inside[-1], two=False) == "body"):
            strong = True  # “Ёшлар маркази”да: the name ends in its own body noun
        if not strong and scan.uzbek and nxt is not None and nxt_kind is None and scan.folded[nxt] in _AGENT \
                and len(words) <= 4:
            strong = True  # “Sharqshunos tahlilchilar” tomonidan: the quoted name does something (an agent)
        if not strong and known_name(scan, _clean_name(scan, inner)):
            strong = True  # «O‘zbekiston havo yo‘llari»ni: a known name in quotes
        if not strong and len(_clean_name(scan, inner).split()) < len(words):
            strong = True  # “Artel Electronics LLC”: a legal form inside the quotes
        if not strong and nxt_kind is None and prev_kind is None and any(
                own_country(scan, k) for k in inside):
            continue  # “Янги Ўзбекистон”: a quoted phrase around a country, no org context
        if nxt_kind == "noorg" or (prev_kind == "noorg" and not strong):
            rejected.append(c + 1)  # песни «A», «B» и «C»: the rest of a list names the same kind
            continue
        if scan.uzbek and nxt is not None and nxt_kind is None and scan.stem_in(nxt, _WORD_OR_WAY):
            continue  # “Адолат” сўзини, “Самосуд” йўли билан: a word quoted, a way (“Ipak yoʻli” inside a name stays)
        if nxt_kind is None and scan.uzbek:
            later = _kind_after_describers(scan, nxt, phrase=phrase)
            if later == "noorg" and not strong:
                continue  # «Qo‘yliq» dehqon bozori, “Ҳасанбой” жоме масжиди: a market, a mosque
            if later in ("legal", "type", "body"):
                strong = True  # “Остона” халқаро молия маркази
        if nxt is not None and nxt_kind is None and scan.stem_in(nxt, scan.lex.place_words.get(scan.tag, {})):
            continue  # “Обиназир” маҳалласи: a named place, not an organisation
        if not strong:
            if len(words) > 4 or _SENTENCE_PUNCT.search(inner):
                continue
            if len(words) == 1 and _CODE.search(inner):
                continue  # “FCoV2” koronavirusi, “X5M”: a code or model, no organisation context
            if scan.uzbek and len(words) == 1 and _common_word(scan, inner):
                continue  # “Yangi”, qayta tashkil etilgan …: a word the article also uses in lower case
            if scan.uzbek and (_SPACED_DASH.search(inner) or _place_chain(scan, words) or not any(
                    ch.isalpha() for ch in inner)):
                continue  # «Yangiyer — Shahriston» yoʻnalishi, “Душанбе-Бишкек-Термиз” йўли, “1”: a route, a pair, a cell
            if scan.tag == "en":
                continue  # English quotes a nickname, coin or title ("Big Maple Leaf"): no org context
            if len(words) == 2 and _MODEL_NUMBER.match(words[1]) and known_name(scan, words[0]):
                continue  # «Боинг 737»: a maker's model, a product
            if scan.tag == "ru" and len(words) == 1 and _russian_function_word(words[0]):
                continue  # «Да», «Нет», «Хватит»: dialogue, not a name
            if scan.tag == "ru" and (russian_not_org(scan, prev, o, c, words) or any(
                    _RU_ALTERNATIVE.fullmatch(text, r, o) for r in rejected)):
                rejected.append(c + 1)
                continue  # противоракета «Найк-Зевс», «Павла», «Истина» — кинофильм; «A» или «B»
            if not all(is_capitalised(w) or not w[0].isalpha() or fold(w) in CONNECTORS
                       for w in words):
                rejected.append(c + 1)  # «Hotel on a Hill»: a phrase, a title (and the list's rest)
                continue
        forms = scan.lex.org_forms.get(scan.tag, {})
        if forms.get(fold(words[-1])) == "title" or forms.get(fold(words[0])) == "title":
            continue  # “... тўғрисида” қонун, «О ...»: a document title
        tail = fold(words[-1])
        if len(words) >= 2 and "noorg" in (forms.get(tail), scan.lex.org_forms.get("en", {}).get(tail)):
            continue  # “Tashkent International Investment Forum”: an event named in quotes
        name = _clean_name(scan, inner)
        if scan.tag == "ru" and len(words) == 1:
            name = russian_org_nominative(name, apposition=prev_kind in ("legal", "type"))
        elif scan.tag == "ru" and len(words) == 2 and words[1].isdigit() and name == inner:
            name = russian_org_nominative(words[0], apposition=prev_kind in ("legal", "type")) + " " + words[1]
            # «Филадельфии 76» -> Филадельфия 76: a club's name with its number
        elif scan.tag == "ru" and len(words) in (2, 3) and name == inner and prev_kind not in ("legal", "type") \
                and all(is_capitalised(w) for w in words) and not _russian_known(words[-1]):
            name = " ".join(words[:-1] + [russian_org_nominative(words[-1])])
            # «Терд Ланарку» -> Терд Ланарк: a foreign name declines its last word
        if name:
            out.append(Candidate("ORG", o, end, {"name": name}, RANK + (1 if strong else 0)))
    scan.memo["orgs rejected quotes"] = frozenset(rejected)  # for brands.latin_runs
    return out


def with_stray_openers(scan: Scan, cands: list[Candidate]) -> list[Candidate]:
    """An opening quote no closing quote pairs with stays in the span of the name right
    after it (`“Ҳудудгазтаъминот АЖ` -> `“Ҳудудгазтаъминот`); not in English, where such a
    quote opens a quotation (`"Nissan has ...`)."""
    text = scan.text
    if scan.tag == "en" or not any(c.start and text[c.start - 1] in OPENERS for c in cands):
        return cands
    paired = {o for o, _ in cached_quote_pairs(text)}
    out = []
    for c in cands:
        k = c.start - 1
        if k >= 0 and text[k] in OPENERS and k not in paired and (k == 0 or not text[k - 1].isalnum()):
            c = Candidate(c.label, k, c.end, c.value, c.rank, c.extra)
        out.append(c)
    return out
