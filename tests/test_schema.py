"""The published JSON Schema: in sync with the record type, and records validate against it."""
from __future__ import annotations

import jsonschema
import pytest

from pipeline.build import SCHEMA_FILE, schema_text


def test_committed_schema_is_generated_from_the_record_type():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "pipeline/schemas/article.schema.json is stale: run python -m pipeline.build --schema-only"
    )


def test_reference_record_validates(pipe, corpus_dir, validator):
    record = pipe.process_file(corpus_dir / "000.txt")
    validator.validate(record)
    assert record["schema_version"] == "1.1"
    assert record["id"] == record["source"]["sha256"][:16]
    for entity in record["entities"]:
        assert record["text"][entity["start"]:entity["end"]] == entity["text"]


@pytest.mark.parametrize(
    "patch",
    [
        {"id": "not-a-hash"},
        {"published": "12.11.2025"},
        {"entities": [{"label": "MONEY", "start": 0, "end": 1, "text": "x",
                       "value": {"amount": 8.1, "currency": "RUB"}}]},
        {"entities": [{"label": "COUNTRY", "start": 0, "end": 1, "text": "x",
                       "value": {"iso": "Uzbekistan"}}]},
        {"unknown_field": 1},
    ],
)
def test_schema_rejects_malformed_records(pipe, corpus_dir, validator, patch):
    record = {**pipe.process_file(corpus_dir / "000.txt"), **patch}
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(record)
