"""Rebuild the derived files that ship in the repository.

`python -m pipeline.build` writes the record's JSON Schema into the package and the spaCy
pipelines into `models/nlp/`. (Language-ID profiles: `python -m pipeline.langid.build`.)
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from .paths import MODELS_DIR, PACKAGE_DIR

SCHEMA_FILE = PACKAGE_DIR / "schemas" / "article.schema.json"


def schema_text() -> str:
    from .record import json_schema

    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.build", description=__doc__)
    parser.add_argument("--models", type=Path, default=MODELS_DIR, help="models folder")
    parser.add_argument("--schema-only", action="store_true")
    parser.add_argument("--statistical", action=argparse.BooleanOptionalAction, default=None,
                        help="add the trained NER supplement from models/ner/ (default: "
                             "pipeline.nlp.STATISTICAL_DEFAULT)")
    args = parser.parse_args(argv)
    SCHEMA_FILE.parent.mkdir(parents=True, exist_ok=True)
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")
    if not args.schema_only:
        from .nlp import save_all

        for path in save_all(args.models, args.statistical):
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
