"""Writing system of a text from the Unicode names of its letters (ISO 15924 codes).

The table `data/scripts.tsv` maps a character-name prefix (CYRILLIC, LATIN...) to its
script code.  Letters with no script of their own (ʻ is a MODIFIER LETTER) do not count.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from importlib.resources import files

NO_SCRIPT = "Zyyy"


@cache
def script_table() -> dict[str, tuple[str, str]]:
    """prefix → (script code, the one language written in it or '')."""
    text = (files("pipeline.langid") / "data" / "scripts.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    header = rows[0]
    out = {}
    for row in rows[1:]:
        rec = dict(zip(header, row + [""] * (len(header) - len(row))))
        out[rec["prefix"]] = (rec["script"], rec["lang"])
    return out


class _ScriptOf(dict):
    def __missing__(self, ch: str) -> str | None:
        script = None
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            prefix = name.split(" ", 1)[0]
            entry = script_table().get(prefix)
            if entry:
                script = entry[0]
        self[ch] = script
        return script


_SCRIPT_OF = _ScriptOf()


def script_of(ch: str) -> str | None:
    """ISO 15924 code of one letter, None for anything else.

    >>> script_of("ў"), script_of("g"), script_of("ب"), script_of("ʻ"), script_of("7")
    ('Cyrl', 'Latn', 'Arab', None, None)
    """
    return _SCRIPT_OF[ch]


_ASCII_LETTER = re.compile("[A-Za-z]")
_OTHER = re.compile("[^\\W\\d_A-Za-z\u00c0-\u024f\u0400-\u052f\u1e00-\u1eff\u02b0-\u02ff]")
_CYRL = re.compile("[\u0400-\u04ff\u0500-\u052f]")
_LATN = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")


def script_counts(text: str) -> Counter[str]:
    """Number of letters of each script.

    >>> sorted(script_counts("Oʻzbekiston — Ўзбекистон 2024").items())
    [('Cyrl', 10), ('Latn', 10)]
    """
    # fast paths for the common cases: ASCII; Latin and Cyrillic letters only (and ʻ ʼ)
    if text.isascii():
        n = len(_ASCII_LETTER.findall(text))
        return Counter({"Latn": n}) if n else Counter()
    if not _OTHER.search(text):
        counts: Counter[str] = Counter()
        cyr = len(_CYRL.findall(text))
        lat = len(_LATN.findall(text))
        if cyr:
            counts["Cyrl"] = cyr
        if lat:
            counts["Latn"] = lat
        return counts
    get = _SCRIPT_OF.__getitem__
    counts = Counter()
    for ch in text:
        s = get(ch)
        if s is not None:
            counts[s] += 1
    return counts


def dominant_script(counts: Counter[str]) -> str:
    """The script with most letters (NO_SCRIPT when there are none)."""
    if not counts:
        return NO_SCRIPT
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]


def sole_language(script: str) -> str:
    """The language a script alone identifies ('' when it is shared).

    >>> sole_language("Geor"), sole_language("Cyrl")
    ('ka', '')
    """
    for code, lang in script_table().values():
        if code == script:
            return lang
    return ""
