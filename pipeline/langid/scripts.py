"""Writing system of a text from the Unicode names of its letters (ISO 15924 codes).

The table `data/scripts.tsv` maps a character-name prefix (CYRILLIC, LATIN...) to its
script code.  Letters with no script of their own (ʻ is a MODIFIER LETTER) do not count.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from functools import cache
from importlib.resources import files

import numpy as np

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


class _ScriptCodes(dict):
    """str.translate table: a letter → one character standing for its script (the
    script's position in `_CODES`), anything else → nothing."""

    def __missing__(self, code: int) -> str:
        script = _SCRIPT_OF[chr(code)]
        if script is None:
            out = ""
        else:
            if script not in _CODE_OF:
                _CODE_OF[script] = chr(0xE000 + len(_CODES))
                _CODES.append(script)
            out = _CODE_OF[script]
        self[code] = out
        return out


_CODES: list[str] = []
_CODE_OF: dict[str, str] = {}
_SCRIPT_CODES = _ScriptCodes()


def script_counts(text: str) -> Counter[str]:
    """Number of letters of each script.

    >>> sorted(script_counts("Oʻzbekiston — Ўзбекистон 2024").items())
    [('Cyrl', 10), ('Latn', 10)]
    """
    coded = text.translate(_SCRIPT_CODES)
    counts: Counter[str] = Counter()
    for code in set(coded):
        counts[_CODES[ord(code) - 0xE000]] = coded.count(code)
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


def dominant_with_count(text: str) -> tuple[str, int]:
    """`dominant_script(script_counts(text))` and its number of letters, in one pass.

    >>> dominant_with_count("Oʻzbekiston — Ўзбекистонда 2024"), dominant_with_count("2024")
    (('Cyrl', 12), ('Zyyy', 0))
    """
    coded = text.translate(_SCRIPT_CODES)
    if not coded:
        return NO_SCRIPT, 0
    n = coded.count(coded[0])
    if n == len(coded):  # one script only (the usual case)
        return _CODES[ord(coded[0]) - 0xE000], n
    counts = {_CODES[ord(code) - 0xE000]: coded.count(code) for code in set(coded)}
    best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return best


def letters_by_script(text: str) -> tuple[str, int, int]:
    """(dominant script, its letters, letters of every script) in one pass.

    >>> letters_by_script("Oʻzbekiston — Ўзбекистонда 2024"), letters_by_script("2024")
    (('Cyrl', 12, 22), ('Zyyy', 0, 0))
    """
    coded = text.translate(_SCRIPT_CODES)
    if not coded:
        return NO_SCRIPT, 0, 0
    n = coded.count(coded[0])
    if n == len(coded):
        return _CODES[ord(coded[0]) - 0xE000], n, n
    counts = {_CODES[ord(code) - 0xE000]: coded.count(code) for code in set(coded)}
    best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return best[0], best[1], len(coded)


class _ScriptIds:
    """Code point → small script number (0: no script), as a numpy table filled for the
    characters met so far (UNSEEN before); script names in `names` (names[0] is NO_SCRIPT)."""

    UNSEEN = 255

    def __init__(self) -> None:
        self.ids = np.full(0x110000, self.UNSEEN, dtype=np.uint8)
        self.names = [NO_SCRIPT]

    def of(self, codes: np.ndarray) -> np.ndarray:
        ids = self.ids[codes]
        unseen = ids == self.UNSEEN
        if unseen.any():  # (one look-up in the usual case: every character met before)
            for code in sorted(set(codes[unseen].tolist())):  # (no np.unique: it imports numpy.ma)
                script = _SCRIPT_OF[chr(code)]
                if script is not None and script not in self.names:
                    if len(self.names) == self.UNSEEN:
                        raise ValueError("too many scripts for the table")
                    self.names.append(script)
                self.ids[code] = 0 if script is None else self.names.index(script)
            ids = self.ids[codes]
        return ids


_IDS: _ScriptIds | None = None


def letters_by_line(text: str) -> list[tuple[str, int, int]]:
    """`letters_by_script` of every line of `text`, in one vectorised pass.

    >>> letters_by_line("Ўзбекистон\\n2024\\nToshkent va Ўзбекистон")
    [('Cyrl', 10, 10), ('Zyyy', 0, 0), ('Latn', 10, 20)]
    """
    global _IDS
    if _IDS is None:
        _IDS = _ScriptIds()
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    ids = _IDS.of(codes)
    line = np.cumsum(codes == 10)
    n_lines = int(line[-1]) + 1 if len(line) else 1
    k = len(_IDS.names)
    counts = np.bincount(line * k + ids, minlength=n_lines * k).reshape(n_lines, k)[:, 1:]
    out = []
    names = _IDS.names
    for row in counts.tolist():
        total = sum(row)
        if not total:
            out.append((NO_SCRIPT, 0, 0))
            continue
        best = max(row)
        if best == total:  # one script only (the usual line)
            out.append((names[row.index(best) + 1], best, total))
            continue
        ties = [names[j + 1] for j, c in enumerate(row) if c == best]
        out.append((max(ties), best, total))
    return out
