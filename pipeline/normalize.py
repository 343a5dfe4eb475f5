"""Text normalisation: Unicode, white space, HTML entities, Uzbek apostrophes, look-alike letters.

Every repair is counted so the record can report it in `warnings`.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from functools import cache

from .langdata.loader import table, word_list

OKINA = "\u02bb"  # ʻ in oʻ gʻ
TUTUQ = "\u02bc"  # ʼ tutuq belgisi

_SPACE_CLASS = r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
# runs of white space that are not already one plain space (most are: left alone, unmatched)
_SPACES = re.compile(rf"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{_SPACE_CLASS}*| {_SPACE_CLASS}+")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# a character either substitution above may change (without one, only "  " can need folding)
_ODD_CHAR = re.compile("[\t\u00a0\u1680\u2000-\u200d\u202f\u205f\u3000\u00ad\u2060\ufeff]")
_WORD = re.compile(r"\w+(?:[^\W\d_]|[\u02bb\u02bc])*", re.UNICODE)


@cache
def _apostrophe_class() -> str:
    return "".join(re.escape(ch) for ch in word_list("shared", "apostrophes"))


@cache
def _apostrophe_re() -> re.Pattern[str]:
    a = _apostrophe_class()
    # an apostrophe between two Latin letters (the only place it is a letter)
    return re.compile(rf"(?<=[A-Za-z])[{a}](?=[A-Za-z])")


@cache
def _misplaced_apostrophe_re() -> re.Pattern[str]:
    # a match of `_apostrophe_re` that `normalize_apostrophes` would change: not ʻ after
    # o/g, not ʼ after another Latin letter (the class first: the engine skips ahead fast)
    a = _apostrophe_class()
    not_okina, not_tutuq = a.replace(OKINA, ""), a.replace(TUTUQ, "")
    return re.compile(rf"[{a}](?:(?<=[oOgG][{not_okina}])|(?<=[A-FH-NP-Za-fh-np-z][{not_tutuq}]))(?=[A-Za-z])")


def misplaced_apostrophe(text: str) -> bool:
    """Whether `normalize_apostrophes` would change `text` (when False it returns `text`
    as it is, so the costlier `looks_uzbek_latin` need not be asked).

    >>> misplaced_apostrophe("Oʻzbekiston maʼlumot"), misplaced_apostrophe("O'zbekiston")
    (False, True)
    >>> misplaced_apostrophe("gʼalla"), misplaced_apostrophe("maʻno"), misplaced_apostrophe("Тошкент")
    (True, True, False)
    """
    return _misplaced_apostrophe_re().search(text) is not None


@cache
def _uzbek_letter_re() -> re.Pattern[str]:
    # o'/g' + a letter (`\b\w*` before [og] in the old pattern matched wherever [og] did)
    return re.compile(rf"(?i)[og][{_apostrophe_class()}][a-z]")


@cache
def _markers() -> frozenset[str]:
    return frozenset(word_list("uz-Latn", "markers"))


@cache
def _homoglyphs() -> tuple[dict[str, str], dict[str, str]]:
    rows = table("shared", "homoglyphs")
    to_cyr = {r["latin"]: r["cyrillic"] for r in rows}
    to_lat = {r["cyrillic"]: r["latin"] for r in rows}
    return to_cyr, to_lat


# a Latin and a Cyrillic letter inside one run of letters: the only text worth repairing
_LAT, _CYR = "A-Za-z\u00c0-\u024f", "\u0400-\u04ff"
_MIXED = re.compile(rf"[{_LAT}][^\W\d_]*[{_CYR}]|[{_CYR}][^\W\d_]*[{_LAT}]")
# the same test without backtracking through every Cyrillic word: a Latin letter and the
# nearest Cyrillic one after it have only letters of neither script between them
_OTHER_LETTER = rf"[^\W\d_{_LAT}{_CYR}]"
_MIXED_FAST = re.compile(rf"[{_LAT}]{_OTHER_LETTER}*[{_CYR}]|[{_CYR}]{_OTHER_LETTER}*[{_LAT}]")
# cheap pre-checks: a text can only be mixed if it has a letter of each script (most
# paragraphs have one script only; `_MIXED` alone backtracks through every word)
_ANY_LAT, _ANY_CYR = re.compile(f"[{_LAT}]"), re.compile(f"[{_CYR}]")
_LATIN_WORDS = re.compile("[a-z]+")


def has_mixed_word(text: str) -> bool:
    """True when some run of letters mixes Latin and Cyrillic letters.

    >>> has_mixed_word("АQSh"), has_mixed_word("AQSh va Россия"), has_mixed_word("USA")
    (True, False, False)
    """
    return bool(
        not text.isascii() and _ANY_CYR.search(text) and _ANY_LAT.search(text) and _MIXED_FAST.search(text)
    )


@cache
def script_of(ch: str) -> str | None:
    """'Latn', 'Cyrl' or None for a character (from its Unicode name).

    >>> script_of("T"), script_of("Т"), script_of("5")
    ('Latn', 'Cyrl', None)
    """
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    if name.startswith("LATIN") or name.startswith("MODIFIER LETTER"):
        return "Latn" if name.startswith("LATIN") else None
    if name.startswith("CYRILLIC"):
        return "Cyrl"
    return None


def looks_uzbek_latin(paragraph: str) -> bool:
    """True when a paragraph's Latin words look Uzbek (o'/g' letters or common words)."""
    if _uzbek_letter_re().search(paragraph):
        return True
    words = _LATIN_WORDS.findall(paragraph.lower())
    if not words:
        return False
    markers = _markers()
    hits = sum(1 for w in words if w in markers)
    return hits >= 2 and hits / len(words) >= 0.05


def normalize_apostrophes(word_text: str) -> tuple[str, int]:
    """Uzbek Latin apostrophes to ʻ after o/g and ʼ elsewhere (inside words only).

    >>> normalize_apostrophes("O'zbekiston ma`lumot g‘alla")
    ('Oʻzbekiston maʼlumot gʻalla', 3)
    """
    count = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal count
        prev = m.string[m.start() - 1]
        new = OKINA if prev in "oOgG" else TUTUQ
        if new != m.group():
            count += 1
        return new

    return _apostrophe_re().sub(fix, word_text), count


def repair_mixed_script(text: str) -> tuple[str, int]:
    """Replace look-alike letters in a mixed Latin/Cyrillic word by its dominant script.

    >>> repair_mixed_script("“TЗМОИ” and АQSh")
    ('“ТЗМОИ” and AQSh', 2)
    """
    if not has_mixed_word(text):
        return text, 0
    to_cyr, to_lat = _homoglyphs()
    count = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal count
        word = m.group()
        if not _MIXED.search(word):
            return word
        scripts = Counter(s for s in map(script_of, word) if s)
        if len(scripts) < 2:
            return word
        dominant = "Cyrl" if scripts["Cyrl"] > scripts["Latn"] else "Latn"
        if scripts["Cyrl"] == scripts["Latn"]:
            return word
        mapping = to_cyr if dominant == "Cyrl" else to_lat
        out = []
        for ch in word:
            s = script_of(ch)
            if s and s != dominant and ch in mapping:
                out.append(mapping[ch])
                count += 1
            else:
                out.append(ch)
        return "".join(out)

    return _WORD.sub(fix, text), count


def normalize_line(line: str) -> str:
    """NFC, invisible characters removed, white space runs folded to one space.

    >>> normalize_line(" a\u00a0 b  c\td \u200b")
    'a b c d'
    """
    if line.isascii():  # only a tab or two spaces can need folding
        if "\t" in line or "  " in line:
            line = _SPACES.sub(" ", line)
        return line.strip()
    line = unicodedata.normalize("NFC", line)
    if _ODD_CHAR.search(line):  # one scan instead of the two substitutions' scans
        line = _SPACES.sub(" ", _INVISIBLE.sub("", line))
    elif "  " in line:
        line = _SPACES.sub(" ", line)
    return line.strip()


# a character reference left in scraped text: &#39; &#x27; &amp; &quot; &nbsp; ...
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# a TeX-style quoted phrase ``...'' (after entities are decoded), quote marks at word edges
_TEX_QUOTES = re.compile(r"(?<![^\s(\[«“„])``(?=\S)(.+?)(?<=\S)''(?![^\W\d_])")


def repair_markup(line: str) -> tuple[str, int, int]:
    """Decode HTML character references left in text and turn TeX-style ``…'' quotes into
    “…”; returns the line and the number of each repair.

    >>> repair_markup("``РусГидро&#39;&#39; и AT&amp;T")
    ('“РусГидро” и AT&T', 3, 1)
    >>> repair_markup("R&D va o''zbek & co")
    ("R&D va o''zbek & co", 0, 0)
    """
    entities = quotes = 0
    if "&" in line and ";" in line:
        line, entities = _ENTITY.subn(lambda m: html.unescape(m.group()), line)
    if "``" in line:
        line, quotes = _TEX_QUOTES.subn("“\\1”", line)
    return line, entities, quotes


def normalize_paragraph(paragraph: str) -> tuple[str, Counter[str]]:
    """Normalise one paragraph; returns the text and a count per kind of repair."""
    repairs: Counter[str] = Counter()
    if not unicodedata.is_normalized("NFC", paragraph):
        repairs["unicode_nfc"] = 1
    text, entities, quotes = repair_markup(paragraph)
    if entities:
        repairs["html_entities"] = entities
    if quotes:
        repairs["tex_quotes"] = quotes
    text = normalize_line(text)
    text, n = repair_mixed_script(text)
    if n:
        repairs["mixed_script_letters"] = n
    if misplaced_apostrophe(text) and looks_uzbek_latin(text):
        text, n = normalize_apostrophes(text)
        if n:
            repairs["uzbek_apostrophes"] = n
    return text, repairs


def normalize_text(text: str) -> tuple[str, Counter[str]]:
    """Normalise a multi-line text line by line (empty lines are dropped)."""
    total: Counter[str] = Counter()
    lines = []
    for line in text.splitlines():
        norm, repairs = normalize_paragraph(line)
        total.update(repairs)
        if norm:
            lines.append(norm)
    return "\n".join(lines), +total
