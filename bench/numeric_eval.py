"""`presspipe eval` with the numeric extractor rebuilt from `pipeline/langdata` (no `pipeline.build`).

usage: PYTHONPATH=. python bench/numeric_eval.py DIR [DIR ...] [--by-language] [-v]
Same arguments and report as `python -m pipeline.evaluate`; only the numeric component of the
loaded spaCy pipelines is replaced by a fresh `NumericExtractor()`, so changes to the numeric
code and language data are scored before the pipelines are rebuilt. Name labels come from the
built pipelines as they are.
"""
from __future__ import annotations

import sys
from functools import cache

from pipeline.entities.numeric import NumericExtractor


@cache
def _fresh() -> NumericExtractor:
    return NumericExtractor()


def _patch() -> None:
    from pipeline.nlp import components, load_nlp
    from pipeline.nlp import extractors as fast

    # the spaCy-free entity stage (pipeline/nlp/extractors.py) the batch and the evaluator use
    for lang in ("uz", "ru", "en", "xx"):
        stage = fast.load_extractors(lang)
        if stage is not None:
            stage.extractors = [_fresh() if isinstance(x, NumericExtractor) else x
                                for x in stage.extractors]

    for lang in ("uz", "ru", "en", "xx"):
        try:
            nlp = load_nlp(lang)
        except Exception:  # noqa: BLE001 - a missing pipeline is simply not patched
            continue
        for _, proc in nlp.pipeline:
            if isinstance(proc, components.ExtractorComponent) and proc.kind == "numeric":
                proc._extractor = _fresh()


def main() -> int:
    from pipeline.evaluate import main as evaluate_main

    _patch()
    return evaluate_main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
