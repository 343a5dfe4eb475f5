"""The identify() contract: result type, determinism, the private factory, scripts."""
from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from pipeline.langid import UNDETERMINED, Identification, identify
from pipeline.langid.model import build_model, get_model
from pipeline.langid.scripts import dominant_script, script_counts

UZ_CYRL = "Президент Шавкат Мирзиёев Тошкент вилоятига ташриф буюрди ва янги корхоналар билан танишди."
UZ_LATN = "Prezident Shavkat Mirziyoyev Toshkent viloyatiga tashrif buyurdi va yangi korxonalar bilan tanishdi."


def test_identification_is_frozen_and_tags() -> None:
    ident = identify(UZ_LATN)
    with pytest.raises(dataclasses.FrozenInstanceError):
        ident.lang = "en"  # type: ignore[misc]
    assert ident.tag == "uz-Latn"
    assert identify(UZ_CYRL).tag == "uz-Cyrl"
    assert Identification("kk", "Cyrl", 0.9).tag == "kk"
    assert UNDETERMINED.tag == "und" and UNDETERMINED.script == "Zyyy"


def test_alternatives_are_ranked_probabilities() -> None:
    ident = identify("Манба: https://kun.")  # short and ambiguous: Uzbek or Tajik
    assert ident.alternatives, ident
    probs = [ident.confidence] + [p for _, _, p in ident.alternatives]
    assert probs == sorted(probs, reverse=True)
    assert sum(probs) <= 1.0001
    assert all(script == "Cyrl" for _, script, _ in ident.alternatives)


def test_script_comes_from_letters_not_model() -> None:
    # an English sentence typed in Cyrillic look-alikes is still Cyrillic script
    assert identify("Тhе Сорроrаtе Вооk").script == "Cyrl"
    assert dominant_script(script_counts("ABC абвгд")) == "Cyrl"
    assert identify("日本の首都は東京です。").script in ("Jpan", "Hani")


def test_deterministic_and_a_second_load_agrees() -> None:
    # a second factory loaded in the same process: same tables, same answers
    texts = [UZ_CYRL, UZ_LATN, "Он лежит на траве.", "Давлат дастури", "Bu adil."]
    first = [identify(t) for t in texts]
    assert first == [identify(t) for t in texts]
    fresh = build_model()
    assert first == [identify(t, fresh) for t in texts]
    model = get_model()
    assert fresh.profiles == model.profiles
    assert (fresh.tables["Cyrl"].logp == model.tables["Cyrl"].logp).all()


def test_private_factory_leaves_global_langdetect_alone() -> None:
    model = get_model()
    import langdetect.detector_factory as df

    assert model.factory is not df._factory
    # stock langdetect keeps working with its own profiles (no uz there)
    assert "uz-Cyrl" in model.factory.get_lang_list()
    assert df._factory is None or "uz-Cyrl" not in df._factory.get_lang_list()


def test_every_stock_language_is_still_there() -> None:
    langs = set(get_model().langs)
    for lang in ("uz", "ru", "kk", "ky", "tg", "en", "bg", "uk", "mn", "tr", "az", "tt", "de", "fr", "ar", "zh"):
        assert lang in langs, lang


def test_import_is_cheap() -> None:
    code = "import sys, pipeline.langid; print('numpy' in sys.modules, 'langdetect' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_long_text_uses_a_bounded_sample() -> None:
    # a long Uzbek text followed by a Russian appendix: only the start is sampled
    text = (UZ_CYRL + " ") * 60 + ("Он лежит на траве. " * 200)
    assert identify(text).tag == "uz-Cyrl"


def test_py3langid_vote_only_touches_uncertain_answers() -> None:
    from pipeline.langid.vote import VOTE_BELOW, identify_with_vote

    sure = identify(UZ_CYRL)
    assert sure.confidence >= VOTE_BELOW and identify_with_vote(UZ_CYRL) == sure
    unsure = identify("Манба: https://kun.")
    voted = identify_with_vote("Манба: https://kun.")
    assert voted.lang in {unsure.lang} | {a[0] for a in unsure.alternatives}
    assert identify_with_vote("") == UNDETERMINED
