"""Rebuild the langdetect profiles in `models/langdetect/` from the LID corpus.

    python -m pipeline.langid.build [--corpus ../shared/data/lid] [--out models/langdetect]

Every 10th line of each corpus file is held out (see `profiles.split_lines`) and never
counted, so `bench/langid_bench.py` can evaluate on it honestly.  The output is
deterministic: rebuilding from the same corpus gives byte-identical files.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from .profiles import (
    PROFILE_DIR,
    WORDS_DIR_NAME,
    build_profile,
    built_specs,
    count_words,
    profile_json,
    read_corpus,
    words_tsv,
)

DEFAULT_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "lid"
"""`../shared/data/lid` beside the repository (where the project's shared folder lies)."""


def build(corpus_dir: Path, out_dir: Path) -> dict[str, dict]:
    """Write one `<profile>.json` per row of `data/profiles.tsv` and the cached scoring
    tables (`tables.npz`); returns the manifest."""
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict] = {}
    for spec in built_specs():
        source = corpus_dir / f"{spec.corpus}.txt"
        train, held = read_corpus(corpus_dir, spec.corpus)
        profile = build_profile(spec.profile, train, spec.stock)
        (out_dir / f"{spec.profile}.json").write_text(profile_json(profile), encoding="utf-8")
        (out_dir / WORDS_DIR_NAME).mkdir(exist_ok=True)
        words = count_words(train)
        (out_dir / WORDS_DIR_NAME / f"{spec.profile}.tsv").write_text(words_tsv(words), encoding="utf-8")
        manifest[spec.profile] = {
            "corpus": source.name,
            "stock_mixed_in": spec.stock or None,
            "corpus_sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
            "train_lines": len(train),
            "held_out_lines": len(held),
            "ngrams": len(profile.freq),
            "word_tokens": sum(words.values()),
            "n_words": profile.n_words,
        }
        print(f"{spec.profile:8} {len(train):6} lines -> {len(profile.freq):6} n-grams", file=sys.stderr)
    # not a profile: loading never lists the folder, it reads the names in profiles.tsv
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    from .tables import write_tables

    write_tables(out_dir)  # the scoring tables, so that a process need not rebuild them
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of <lang>-<script>.txt files")
    parser.add_argument("--out", type=Path, default=PROFILE_DIR, help="where the profiles go")
    args = parser.parse_args(argv)
    build(args.corpus, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
