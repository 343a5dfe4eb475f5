"""The registered Uzbek language: apostrophe words stay whole, suffixes after quotes split."""
from __future__ import annotations

import pytest
import spacy

import pipeline.nlp  # noqa: F401  (registers "uz")

CASES = [
    ("“Oʻzbekneftgaz”ga AJ", "“ Oʻzbekneftgaz ” ga AJ"),
    ("maʼlumot va gʻalla", "maʼlumot va gʻalla"),
    ("ma’lumot sanʼat", "ma’lumot sanʼat"),
    ("«Узтрансгаз»нинг улуши", "« Узтрансгаз » нинг улуши"),
    ("“Технополис Москва” МИЗнинг", "“ Технополис Москва ” МИЗнинг"),
    ("8,1 миллиард рублдан ошди.", "8,1 миллиард рублдан ошди ."),
]


@pytest.mark.parametrize("text,tokens", CASES)
def test_uzbek_tokenizer(text, tokens):
    nlp = spacy.blank("uz")
    assert " ".join(t.text for t in nlp(text)) == tokens
