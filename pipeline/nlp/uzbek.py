"""spaCy has no Uzbek: a registered `uz` Language whose tokenizer knows Uzbek apostrophes.

oʻ gʻ and the tutuq ʼ (and their ASCII/typographic stand-ins between letters) stay inside
words; a suffix glued after a closing quote (`“Oʻzbekneftgaz”ga`) becomes its own token.
"""
from __future__ import annotations

import spacy
from spacy.lang.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from spacy.language import BaseDefaults, Language
from spacy.util import compile_infix_regex

from .uzbek_data import APOSTROPHES, CLOSING_QUOTES, STOP_WORDS

_LETTER = r"[^\W\d_]"

# "…”ga" / "…»ning": a closing quote between a word and a glued suffix is its own token
_SUFFIX_AFTER_QUOTE = rf"(?<=\w)[{CLOSING_QUOTES}](?={_LETTER})"
# never split an apostrophe between two letters (oʻzbek, ma'lumot, sanʼat)
_KEEP_APOSTROPHE = set(APOSTROPHES)


def _infixes() -> list[str]:
    kept = [p for p in TOKENIZER_INFIXES if not any(a in p for a in _KEEP_APOSTROPHE)]
    return [*kept, _SUFFIX_AFTER_QUOTE]


class UzbekDefaults(BaseDefaults):
    stop_words = STOP_WORDS
    prefixes = TOKENIZER_PREFIXES
    suffixes = TOKENIZER_SUFFIXES
    infixes = _infixes()
    writing_system = {"direction": "ltr", "has_case": True, "has_letters": True}


@spacy.registry.languages("uz")
class Uzbek(Language):
    lang = "uz"
    Defaults = UzbekDefaults


__all__ = ["Uzbek", "compile_infix_regex"]
