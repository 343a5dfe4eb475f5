"""N-grams as langdetect makes them, and the same normalisation for training and detection."""
from __future__ import annotations

from collections import Counter

import pytest
from langdetect.utils.ngram import NGram

from pipeline.langid.ngrams import extract, prepare, words_of


def langdetect_ngrams(text: str) -> Counter[str]:
    """langdetect's own NGram walk (the one LangProfile.update uses), case-folded."""
    gram = NGram()
    out: Counter[str] = Counter()
    for ch in NGram.normalize_vi(text + " "):
        gram.add_char(ch)
        for n in (1, 2, 3):
            g = gram.get(n)
            if g and g != " ":
                out[g.lower()] += 1
    return out


@pytest.mark.parametrize(
    "text",
    [
        "NATO va BMT Toshkentda",
        "Ўзбекистон Республикаси ПРЕЗИДЕНТИ фармони",
        "Hello, World! ABC-d aB Ab AB",
        "x y z",
        "«Газпром» 2024-йилда 15 % ўсди.",
        "Oʻzbekiston maʼlumot",
    ],
)
def test_same_ngrams_as_langdetect(text: str) -> None:
    assert Counter(extract(text)) == langdetect_ngrams(text)


def test_apostrophe_variants_give_the_same_ngrams() -> None:
    variants = ["O'zbekiston bo'yicha", "O‘zbekiston bo‘yicha", "O’zbekiston bo’yicha", "Oʻzbekiston boʻyicha"]
    grams = {tuple(extract(prepare(v))) for v in variants}
    assert len(grams) == 1
    assert "oʻz" in next(iter(grams))


def test_english_apostrophes_are_not_uzbek_letters() -> None:
    assert "ʼ" not in prepare("The company's CEO didn't comment.")


def test_case_does_not_matter() -> None:
    assert Counter(extract("Давлат Раҳбари")) == Counter(extract("давлат раҳбари"))


def test_urls_and_mail_addresses_are_dropped() -> None:
    assert words_of(prepare("Manba: https://kun.uz/news/1 info@gov.uz")) == ["manba"]
