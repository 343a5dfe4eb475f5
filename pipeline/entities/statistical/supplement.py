"""Which statistical spans join the rule mentions, and their values.

Rules win: a predicted span is kept only where no rule mention overlaps it, and only
when it looks like a name (an upper-case letter at the start of each word a person
has; not only function words; not a legal-form word alone).  Its `name` is made the
way the rules make it: quotes dropped, legal-form words dropped (organisations), the
Uzbek case suffix stripped from the last word (`morph.analyse`), an English possessive
dropped, a Russian person put in the nominative (`persons.russian`).
"""
from __future__ import annotations

import re
from typing import Any

from ..base import Mention
from ..morph import analyse, fold, is_capitalised

LABELS = ("PERSON", "ORG", "LOC")
TAGS = ("uz-Cyrl", "uz-Latn", "ru", "en")
QUOTES = "\"'“”„«»‘’‚‹›`´"
EDGE = QUOTES + " .,;:!?()[]{}-–—"
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def _sentence_start(text: str, start: int) -> bool:
    """True when only quotes/brackets stand between `start` and a line or sentence start.

    >>> _sentence_start("Bu yil. Negaki u", 8), _sentence_start("Bu Nur", 3)
    (True, False)
    """
    i = start
    while i > 0 and text[i - 1] in QUOTES + "([ —–-":
        if text[i - 1] == " " and i > 1 and text[i - 2] in ".!?:;":
            return True
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def tables() -> dict[str, Any]:
    """The language data the filters use, read from `pipeline/langdata` (build time)."""
    from ...langdata.loader import table, word_list

    legal = {tag: sorted({fold(r["form"]) for r in table(tag, "org_forms") if r["kind"] == "legal"})
             for tag in TAGS}
    function = {tag: sorted({fold(w) for w in word_list(tag, "function_words")}) for tag in TAGS}
    titles = {tag: sorted({fold(w) for w in word_list(tag, "titles")}) for tag in TAGS}
    return {"legal": legal, "function": function, "titles": titles}


def strip_case(word: str, tag: str) -> str:
    """An Uzbek word without its case suffix (possessive and plural kept).

    >>> strip_case("Раҳимовнинг", "uz-Cyrl"), strip_case("viloyatining", "uz-Latn")
    ('Раҳимов', 'viloyati')
    >>> strip_case("Тошкент", "uz-Cyrl")
    'Тошкент'
    """
    cased = [a.stem for a in analyse(word, tag) if a.slots == ("case",)]
    return max(cased, key=len) if cased else word


def _unquote(text: str) -> str:
    """The name inside quotes when there are any (`“Nur”ga` -> `Nur`)."""
    opened = [i for i, ch in enumerate(text) if ch in "“«„\""]
    closed = [i for i, ch in enumerate(text) if ch in "”»\""]
    if opened and closed and closed[-1] > opened[0]:
        return text[opened[0] + 1: closed[-1]]
    return text


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without edge punctuation and without a quote that has no partner in it.

    >>> text = "Дон Жуан” и «Нур»"
    >>> [text[slice(*_trim(text, *se))] for se in ((0, 9), (12, 17))]
    ['Дон Жуан', '«Нур»']
    """
    while True:
        while end > start and text[end - 1] in " .,;:!?()\n":
            end -= 1
        while start < end and text[start] in " (\n":
            start += 1
        part = text[start:end]
        if part[-1:] in "”»\"" and not any(ch in "“«\"" for ch in part[:-1]):
            end -= 1
        elif part[:1] in "“«„\"" and not any(ch in "”»\"" for ch in part[1:]):
            start += 1
        else:
            return start, end


class Supplement:
    """Filters and names predicted spans against one article's rule mentions."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.labels = frozenset(data.get("labels") or LABELS)
        self.legal = {t: frozenset(v) for t, v in data["legal"].items()}
        self.function = {t: frozenset(v) for t, v in data["function"].items()}
        self.titles = {t: frozenset(v) for t, v in data.get("titles", {}).items()}

    def name(self, text: str, label: str, tag: str) -> str:
        """The base form of a predicted mention (see the module docstring)."""
        inner = _unquote(text)
        quoted = inner != text
        words = inner.strip(EDGE).split()
        if label == "ORG":
            legal = self.legal.get(tag, frozenset())
            while len(words) > 1 and fold(words[-1].strip(EDGE)) in legal:
                words.pop()
            while len(words) > 1 and fold(words[0].strip(EDGE)) in legal:
                words.pop(0)
        if not words:
            return inner.strip(EDGE)
        last = words[-1]
        if tag.startswith("uz") and not quoted:
            words[-1] = strip_case(last, tag)
        elif tag == "en":
            if last.endswith(("'s", "’s")):
                words[-1] = last[:-2]
            if len(words) > 1 and words[0].lower() == "the":
                words.pop(0)
        elif tag == "ru" and label == "PERSON":
            words = _ru_nominative(words)
        return " ".join(words).strip(EDGE)

    def plausible(self, text: str, label: str, tag: str) -> bool:
        """A name-like span: capitalised where names are, not only function words."""
        words = [w.strip(EDGE) for w in text.split()]
        words = [w for w in words if w]
        if not words or not any(ch.isupper() for ch in text):
            return False
        if not any(ch.isalpha() for ch in text) or len(text.strip(EDGE)) < 2:
            return False
        function = self.function.get(tag, frozenset())
        if all(fold(w) in function for w in words):
            return False
        titles = self.titles.get(tag, frozenset())
        if any(fold(w) in titles for w in words):
            return False  # a position (`Senior Advocate`), not a name
        if tag in ("en", "ru") and not all(is_capitalised(w) or fold(w) in function for w in words[1:]):
            return False  # English and Russian names capitalise their words
        if label == "PERSON":
            return all(is_capitalised(w) or fold(w) in function for w in words) and is_capitalised(words[0])
        if label == "ORG" and len(words) == 1 and fold(words[0]) in self.legal.get(tag, frozenset()):
            return False
        return is_capitalised(words[0]) or text.lstrip()[:1] in QUOTES

    def common_word(self, text: str, start: int, end: int, tag: str) -> bool:
        """A one-word span that reads as an ordinary word: written in lower case elsewhere
        in the article, or capitalised only by starting a sentence (and nowhere else), or
        (Russian) a word the analyser knows but not as a name or place."""
        word = text[start:end]
        low = word.lower()
        if low != word and re.search(rf"(?<!\w){re.escape(low)}(?!\w)", text):
            return True
        if _sentence_start(text, start) and not any(
                not _sentence_start(text, m.start()) for m in
                re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)):
            return True
        if tag == "ru":
            from ..locations import morph_analyzer

            parses = morph_analyzer().parse(word)
            known = [p for p in parses if p.is_known]
            if known and not any(NAME_GRAMMEMES & set(p.tag.grammemes) for p in known):
                return True
        return False

    def mentions(self, text: str, tag: str, spans: list[tuple[int, int, str]],
                 rules: list[Mention]) -> list[Mention]:
        """The predicted spans (char offsets) that join `rules`, as mentions."""
        taken = sorted((m.start, m.end) for m in rules)
        out = []
        for start, end, label in spans:
            if label not in self.labels:
                continue
            start, end = _trim(text, start, end)
            surface = text[start:end]
            if "\n" in surface or any(s < end and start < e for s, e in taken):
                continue
            if not self.plausible(surface, label, tag):
                continue
            if len(surface.split()) == 1 and self.common_word(text, start, end, tag):
                continue
            name = self.name(surface, label, tag)
            if name:
                out.append(Mention(label, start, end, surface, {"name": name}))
        return out


def _ru_nominative(words: list[str]) -> list[str]:
    """A Russian person's words in the nominative where the analyser knows them."""
    from ..persons.russian import unknown_surname_nominative
    from ..locations import morph_analyzer

    morph = morph_analyzer()
    out = []
    for word in words:
        parses = [p for p in morph.parse(word)
                  if p.is_known and {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
        if parses:
            form = parses[0].inflect({"nomn"})
            out.append(form.word.capitalize() if form else word)
        else:
            out.append(unknown_surname_nominative(word))
    return out
