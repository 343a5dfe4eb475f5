"""The statistical NER supplement: rule mentions win, names are base forms, and a trained
model round-trips through the pipeline's to_disk/from_disk and finds unseen names.

The model here is trained in the test on a few invented sentences (seeded, CPU, seconds):
the shipped model is optional (`python -m pipeline.build --statistical`), the mechanics
are not.
"""
from __future__ import annotations

import pytest

from pipeline.entities.base import Mention
from pipeline.entities.statistical.data import GoldDoc, align
from pipeline.entities.statistical.supplement import Supplement, tables

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def supplement() -> Supplement:
    return Supplement(tables())


def test_rule_mentions_win_over_overlapping_spans(supplement: Supplement) -> None:
    text = "“Бахор Нурлари” МЧЖ раҳбари Зафар Тоиров билан учрашди."
    rules = [Mention("ORG", 0, 19, text[0:19], {"name": "Бахор Нурлари"})]
    spans = [(1, 14, "PERSON"), (6, 19, "ORG"), (28, 40, "PERSON")]
    got = supplement.mentions(text, "uz-Cyrl", spans, rules)
    assert [(m.label, m.text) for m in got] == [("PERSON", "Зафар Тоиров")]
    assert all(m.end <= r.start or m.start >= r.end for m in got for r in rules)


@pytest.mark.parametrize("text,label,tag,name", [
    ("Зафар Тоировнинг", "PERSON", "uz-Cyrl", "Зафар Тоиров"),
    ("“Nurli Yo‘l” MCHJga", "ORG", "uz-Latn", "Nurli Yo‘l"),
    ("Brightwater Labs’s", "ORG", "en", "Brightwater Labs"),
    ("Игорем Сосновским", "PERSON", "ru", "Игорь Сосновский"),
])
def test_names_are_base_forms(supplement: Supplement, text: str, label: str, tag: str,
                              name: str) -> None:
    assert supplement.name(text, label, tag) == name


def test_sentence_initial_common_words_are_not_names(supplement: Supplement) -> None:
    text = "Negaki bu loyiha muhim. Bu yil negaki narx oshdi."
    assert supplement.mentions(text, "uz-Latn", [(0, 6, "PERSON")], []) == []


def test_gold_alignment_counts_duplicates() -> None:
    gold = {"persons": [{"text": "Ali Valiyev"}], "countries": [{"text": "Turkiya"}] * 2}
    spans, missing, unfound = align("Ali Valiyev Turkiya va Turkiya, Ali Valiyev.", gold)
    assert spans == [(0, 11, "PERSON"), (12, 19, "COUNTRY"), (23, 30, "COUNTRY")]
    assert missing == [(32, 43)] and unfound == 0


# -- a tiny model, trained here ---------------------------------------------------------

SENTENCES = [
    ("Kompaniya rahbari {p} “{o}” MCHJ bilan shartnoma imzoladi.", "uz-Latn"),
    ("Uchrashuvda {p} “{o}” kompaniyasi vakillari bilan gaplashdi.", "uz-Latn"),
    ("Vazir {p} “{o}” zavodiga tashrif buyurdi.", "uz-Latn"),
]
PEOPLE = ["Jasur Rahimov", "Dilnoza Karimova", "Botir Qodirov", "Malika Usmonova",
          "Sardor Aliyev", "Nodira Saidova"]
ORGS = ["Oltin Vodiy", "Yashil Bog‘", "Toshkent Metall", "Sharq Yulduzi", "Nur Invest", "Baraka"]


def _golds() -> list[GoldDoc]:
    out = []
    for i, person in enumerate(PEOPLE):
        for j, (pattern, tag) in enumerate(SENTENCES):
            org = ORGS[(i + j) % len(ORGS)]
            text = pattern.format(p=person, o=org)
            p0 = text.index(person)
            o0 = text.index("“" + org)
            spans = sorted([(p0, p0 + len(person), "PERSON"), (o0, o0 + len(org) + 2, "ORG")])
            out.append(GoldDoc(f"invented-{i}-{j}", text, tag, spans))
    return out


@pytest.fixture(scope="module")
def trained_dir(tmp_path_factory: pytest.TempPathFactory):
    from pipeline.entities.statistical.train import train

    nlp = train(_golds(), epochs=12, seed=0, width=32, depth=2, rows=(2000, 500, 1000, 200),
                dropout=0.1, batch_size=2, log=False)
    path = tmp_path_factory.mktemp("ner")
    nlp.to_disk(path)
    return path


def test_component_round_trips_and_supplements(trained_dir, tmp_path) -> None:
    from pipeline.nlp import _spacy
    from pipeline.nlp.components import MENTIONS_KEY

    spacy_ = _spacy()
    nlp = spacy_.blank("uz")
    nlp.add_pipe("presspipe_extractor", name="names", config={"kind": "names"})
    nlp.add_pipe("presspipe_resolver", name="resolver")
    stat = nlp.add_pipe("presspipe_statistical", name="statistical", config={"beam_width": 1})
    nlp.get_pipe("names").initialize()
    stat.initialize(model_dir=str(trained_dir))
    nlp.to_disk(tmp_path / "uz")
    loaded = spacy_.load(tmp_path / "uz")  # offline: every table and weight is in the folder
    text = "Vazir Temur Ergashev “Qizil Olma” zavodiga tashrif buyurdi."
    doc = loaded.make_doc(text)
    doc._.presspipe_tag = "uz-Latn"
    doc = loaded(doc)
    predicted = {(text[s:e], label) for s, e, label, _ in loaded.get_pipe("statistical").spans(doc)}
    assert ("Temur Ergashev", "PERSON") in predicted  # unseen in training
    stat = loaded.get_pipe("statistical")
    stat.beam_width = 8  # the default: each span with the beam's probability for it
    scored = {(text[s:e], label): p for s, e, label, p in stat.spans(doc)}
    assert all(0.0 <= p <= 1.0 + 1e-6 for p in scored.values())
    assert scored.get(("Temur Ergashev", "PERSON"), 0.0) >= 0.5
    found = {(m.label, m.text, m.value["name"]) for m in doc.user_data[MENTIONS_KEY]}
    assert ("PERSON", "Temur Ergashev", "Temur Ergashev") in found
    texts = [m.text for m in doc.user_data[MENTIONS_KEY]]
    assert len(texts) == len(set(texts))  # no overlapping readings
