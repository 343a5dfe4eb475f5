"""The registered Uzbek language: apostrophe words stay whole, suffixes after quotes split."""
from __future__ import annotations

import pytest
import spacy

import pipeline.nlp.uzbek  # noqa: F401  (registers "uz")

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


@pytest.mark.parametrize("lang", ["uz", "ru", "en", "xx"])
def test_loaded_pipeline_has_the_saved_tokenizer(lang):
    """`load_nlp` does not read the saved tokenizer back: the one it builds from the
    language defaults must be the one saved (and the one `build_nlp` makes)."""
    from pipeline.nlp import build_nlp, load_nlp, nlp_dir

    # the rules only: the shared vocab grows with every text an earlier test processed
    rules = {"exclude": ["vocab"]}
    loaded = load_nlp(lang).tokenizer.to_bytes(**rules)
    assert loaded == spacy.load(nlp_dir(lang)).tokenizer.to_bytes(**rules)
    assert loaded == build_nlp(lang).tokenizer.to_bytes(**rules)


@pytest.mark.parametrize("lang,text", [
    ("uz", "“Oʻzbekneftgaz”ga 1,2 mlrd soʻm ajratildi, dedi vazir."),
    ("ru", "В т.ч. АО «Узбекнефтегаз» получит 5-го числа $1,2 млрд."),
    ("en", "The U.S. isn't investing $1.2bn in Tashkent's plant."),
    ("xx", "Қазақстан Республикасының Президенті (ҚР) 15-ші қаңтарда."),
])
def test_loaded_pipeline_tokenizes_as_the_saved_one(lang, text):
    """A loaded pipeline builds its tokenizer on first use only; its Docs are the saved
    pipeline's."""
    from pipeline.nlp import _load_pipeline, nlp_dir
    from pipeline.paths import MODELS_DIR

    nlp = _load_pipeline.__wrapped__(lang, MODELS_DIR)  # a fresh load, not the cached one
    assert not nlp.tokenizer.built
    first = [t.text for t in nlp.make_doc(text)]
    assert nlp.tokenizer.built
    saved = spacy.load(nlp_dir(lang))
    assert first == [t.text for t in saved.make_doc(text)]
