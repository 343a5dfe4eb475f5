"""Shared fixtures: the corpus, the published schema, one loaded pipeline per session."""
from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
from hypothesis import settings

# Property tests draw the same examples on every machine, so CI is reproducible;
# `HYPOTHESIS_PROFILE=explore make test` draws fresh random ones to hunt for new failures.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SCHEMA_FILE = ROOT / "pipeline" / "schemas" / "article.schema.json"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def validator(schema: dict) -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="session")
def pipe():
    from pipeline import Pipeline

    return Pipeline()


def iter_records(out: Path):
    """Every record file a batch wrote under `out` (JSON and JSONL), as parsed data."""
    for path in sorted(out.rglob("*.json")):
        if ".presspipe" in path.parts or not path.is_file():
            continue
        yield path, json.loads(path.read_text(encoding="utf-8"))
    for path in sorted(out.rglob("*.jsonl")):
        if path.name == "errors.jsonl" or not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            yield path, json.loads(line)


@pytest.fixture
def records_dir(tmp_path: Path, validator: jsonschema.Draft202012Validator):
    """An output folder; every record written into it is validated against the schema."""
    out = tmp_path / "out"
    yield out
    for path, record in iter_records(out):
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, f"{path}: {errors[0].message}"
        for entity in record.get("entities", []):
            assert record["text"][entity["start"]:entity["end"]] == entity["text"], (path, entity)
