"""Train the statistical NER: `python -m pipeline.entities.statistical.train [--dev]`.

One model for all languages: a spaCy `ner` whose tok2vec hashes NORM, PREFIX, SUFFIX and
SHAPE (no pretrained vectors), trained on CPU with a fixed seed on the gold of the tuning
sets, each article tokenised by its own language's pipeline tokenizer (`models/nlp/<lang>`
uses the language's default tokenizer, which `spacy.blank` builds).  `--dev` trains on
corpus + heldout..heldout12 only and scores heldout14..16 (the development split of
bench/STATISTICAL_NER.md); the default trains on every tuning set.
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path
from typing import Any

from ...paths import MODELS_DIR, PACKAGE_DIR
from .data import GoldDoc, load_gold_docs, to_doc

REPO = PACKAGE_DIR.parent
BENCH = REPO / "bench"
DEV_TRAIN = ["corpus", *(f"bench/heldout{n}" for n in ("", *range(2, 13)))]
DEV_EVAL = [f"bench/heldout{n}" for n in (14, 15, 16)]
ALL_TRAIN = [*DEV_TRAIN, *(f"bench/heldout{n}" for n in range(13, 17))]
MODEL_DIR = MODELS_DIR / "ner"
LABELS = ("PERSON", "ORG", "LOC", "COUNTRY")


def model_config(width: int, rows: tuple[int, int, int, int], depth: int) -> dict[str, Any]:
    """The `ner` component's model: hash embeddings + CNN, then the transition parser."""
    return {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 64,
        "maxout_pieces": 2,
        "use_upper": True,
        "nO": None,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "spacy.MultiHashEmbed.v2",
                "width": width,
                "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
                "rows": list(rows),
                "include_static_vectors": False,
            },
            "encode": {
                "@architectures": "spacy.MaxoutWindowEncoder.v2",
                "width": width,
                "depth": depth,
                "window_size": 1,
                "maxout_pieces": 3,
            },
        },
    }


def tokenizers() -> dict[str, Any]:
    """One blank pipeline per language: the tokenizers (and NORMs) the project runs."""
    from ...nlp import _spacy

    spacy = _spacy()
    nlps = {lang: spacy.blank(lang) for lang in ("uz", "ru", "en")}
    for nlp in nlps.values():  # the model's labels, as a pipeline component adds them
        for label in LABELS:
            nlp.vocab.strings.add(label)
    return nlps


def examples(golds: list[GoldDoc], nlps: dict[str, Any]) -> list[Any]:
    """Training examples, one per paragraph (no gold span crosses a line)."""
    from spacy.training import Example

    out = []
    for gold in golds:
        nlp = nlps.get(gold.lang, nlps["en"])
        doc = to_doc(nlp, gold)
        start = 0
        for line in gold.text.split("\n"):
            end = start + len(line)
            part = doc.char_span(start, end, alignment_mode="expand") if line.strip() else None
            if part is not None and len(part):
                para = part.as_doc()
                out.append(Example(nlp.make_doc(para.text), para))
            start = end + 1
    return out


def train(golds: list[GoldDoc], *, epochs: int, seed: int, width: int, depth: int,
          rows: tuple[int, int, int, int], dropout: float, batch_size: int = 16,
          log: bool = True) -> Any:
    """A blank "xx" pipeline with one `ner`, trained on `golds` (seeded, CPU)."""
    import spacy
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlps = tokenizers()
    data = examples(golds, nlps)
    nlp = spacy.blank("xx")
    ner = nlp.add_pipe("ner", config={"model": model_config(width, rows, depth)})
    for label in LABELS:
        ner.add_label(label)
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for epoch in range(epochs):
        t0 = time.process_time()
        rng.shuffle(data)
        losses: dict[str, float] = {}
        for batch in minibatch(data, size=batch_size):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        if log:
            print(f"epoch {epoch + 1:2d} loss {losses.get('ner', 0):9.1f} "
                  f"cpu {time.process_time() - t0:5.1f}s", flush=True)
    return nlp


def score(nlp: Any, golds: list[GoldDoc]) -> dict[str, Any]:
    """Span P/R/F of the model alone (exact token spans, per label)."""
    nlps = tokenizers()
    from spacy.training import Example

    exs = []
    for gold in golds:
        ref = to_doc(nlps.get(gold.lang, nlps["en"]), gold)
        exs.append(Example(nlp(nlps.get(gold.lang, nlps["en"]).make_doc(gold.text)), ref))
    got = nlp.get_pipe("ner").score(exs)
    return {"f": got["ents_f"], "p": got["ents_p"], "r": got["ents_r"],
            "per_type": {k: round(v["f"], 3) for k, v in got["ents_per_type"].items()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.entities.statistical.train",
                                     description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", action="store_true", help="train on the dev split, score heldout14..16")
    parser.add_argument("--out", type=Path, default=None, help=f"output folder (default {MODEL_DIR})")
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--width", type=int, default=64)
    parser.add_argument("--depth", type=int, default=4)
    parser.add_argument("--rows", type=int, nargs=4, default=(5000, 1000, 2500, 1000),
                        metavar=("NORM", "PREFIX", "SUFFIX", "SHAPE"))
    parser.add_argument("--dropout", type=float, default=0.35)
    parser.add_argument("--langs", nargs="+", default=None, metavar="LANG",
                        help="train on these languages only (uz ru en; default all: one shared model)")
    args = parser.parse_args(argv)
    train_dirs = DEV_TRAIN if args.dev else ALL_TRAIN
    golds = load_gold_docs(REPO / d for d in train_dirs)
    if args.langs:
        golds = [g for g in golds if g.lang in args.langs]
    print(f"training on {len(golds)} articles, {sum(len(g.spans) for g in golds)} spans")
    t0 = time.process_time()
    nlp = train(golds, epochs=args.epochs, seed=args.seed, width=args.width, depth=args.depth,
                rows=tuple(args.rows), dropout=args.dropout)
    print(f"training cpu {time.process_time() - t0:.0f}s")
    out = args.out or (MODEL_DIR.parent / "ner_dev" if args.dev else MODEL_DIR)
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    print(f"wrote {out}")
    if args.dev:
        dev = load_gold_docs(REPO / d for d in DEV_EVAL)
        print("dev (model alone):", score(nlp, [g for g in dev if not args.langs or g.lang in args.langs]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
