"""identify_article: per-paragraph segments with exact offsets, the majority language."""
from __future__ import annotations

import csv
from pathlib import Path

from pipeline.langid import identify, identify_article

FIXTURES = Path(__file__).parent / "fixtures" / "langid"


def _lines(expected: str, kind: str = "sentence") -> list[str]:
    with open(FIXTURES / "heldout_cases.tsv", encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        return [r["text"] for r in rows if r["expected"] == expected and f"-{kind}-" in r["label"] and r["status"] == "pass"]


def test_uzbek_release_with_a_russian_quotation() -> None:
    uz = _lines("uz-Cyrl")
    ru = _lines("ru")
    paragraphs = [uz[0], uz[1], "«" + ru[0] + "»", uz[2], "2024-01-15", uz[3]]
    text = "\n".join(paragraphs)
    article, segments = identify_article(text)
    assert article.tag == "uz-Cyrl" and article.script == "Cyrl"
    assert 0.0 < article.confidence <= 1.0
    assert [s["code"] for s in segments] == ["uz-Cyrl", "ru", "uz-Cyrl"]
    # offsets index the text exactly and cover every paragraph
    assert text[segments[1]["start"] : segments[1]["end"]] == paragraphs[2]
    assert segments[0]["start"] == 0 and segments[-1]["end"] == len(text)
    assert text[segments[0]["start"] : segments[0]["end"]] == "\n".join(paragraphs[:2])
    for seg in segments:
        assert set(seg) == {"start", "end", "code", "script", "confidence"}
        assert 0.0 <= seg["confidence"] <= 1.0


def test_majority_is_by_letters_not_by_paragraphs() -> None:
    en = _lines("en", "short")
    uz = _lines("uz-Latn")
    # three short English lines, one long Uzbek paragraph made of several sentences
    text = "\n".join(en[:3] + [" ".join(uz)])
    article, segments = identify_article(text)
    assert article.tag == "uz-Latn"
    assert segments[0]["code"] == "en" and segments[-1]["code"] == "uz-Latn"
    assert article.alternatives and article.alternatives[0][0] == "en"


def test_offsets_survive_blank_lines_and_indentation() -> None:
    kk = _lines("kk")
    text = "  " + kk[0] + "\n\n" + kk[1] + "  "
    _, segments = identify_article(text)
    assert len(segments) == 1
    seg = segments[0]
    assert text[seg["start"] : seg["end"]] == kk[0] + "\n\n" + kk[1]


def test_empty_and_letterless_articles_are_und() -> None:
    assert identify_article("") == (identify_article("   \n ")[0], [])
    article, segments = identify_article("2024\n15 %")
    assert article.lang == "und"
    assert [s["code"] for s in segments] == ["und"]


def test_short_uncertain_paragraph_joins_the_article_language() -> None:
    uz = _lines("uz-Cyrl")
    # a held-out Uzbek line that alone looks Tajik (uz a distant second): inside an
    # Uzbek article it is no Tajik segment
    short = "Қурбонбоев Неъматулла3."
    alone = identify(short)
    assert alone.tag == "tg" and any(lang == "uz" for lang, _, _ in alone.alternatives)
    text = "\n".join([uz[0], short, uz[1]])
    article, segments = identify_article(text)
    assert article.tag == "uz-Cyrl"
    assert [s["code"] for s in segments] == ["uz-Cyrl"]
    # a short paragraph that is clearly another language keeps its own segment
    text = "\n".join([uz[0], _lines("ru", "short")[0], uz[1]])
    assert [s["code"] for s in identify_article(text)[1]] == ["uz-Cyrl", "ru", "uz-Cyrl"]


def test_article_path_answers_as_identify_does() -> None:
    """The batched article path (one vectorised scoring pass, decided paragraphs' posterior
    at once) gives each paragraph the answer `identify` gives it alone."""
    from pipeline.langid.article import _identify_paragraphs
    from pipeline.langid.model import get_model

    paragraphs = [t for lang in ("uz-Cyrl", "uz-Latn", "ru", "en", "kk", "ky", "tg", "tr") for t in _lines(lang)[:4]]
    paragraphs += ["NATO va BMT Toshkentda «O‘zbekiston» 2024", "ЎзА ва ТАСС хабар берди", "2024"]
    got = _identify_paragraphs(paragraphs, get_model())
    for text, (ident, _) in zip(paragraphs, got):
        alone = identify(text)
        assert (ident.lang, ident.script) == (alone.lang, alone.script), text
        assert abs(ident.confidence - alone.confidence) < 1e-3, text
