"""The shared shape of an extracted entity mention, used by every extractor."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

LABELS = ("ORG", "COUNTRY", "LOC", "PERSON", "MONEY", "PERCENT", "MULTIPLIER", "DATE")

# Language tags the extractors understand (BCP 47 with a script subtag for Uzbek).
TAGS = ("uz-Cyrl", "uz-Latn", "ru", "en")


@dataclass(frozen=True, slots=True)
class Mention:
    """One entity mention: `text == article_text[start:end]`.

    `value` is the typed value of schema v1:
    COUNTRY {"iso"}; ORG/LOC/PERSON {"name"} (the record adds "name_latn");
    MONEY {"amount", "amount_max", "currency", "approximate", "bound"};
    PERCENT/MULTIPLIER {"value", "approximate", "bound"}; DATE {"iso"}.
    Numbers are decimal strings ("8100000000", "3.3"), never floats.
    """

    label: str
    start: int
    end: int
    text: str
    value: dict[str, Any] = field(default_factory=dict)


class Extractor(Protocol):
    """What a spaCy component wraps: pure matching over a text."""

    labels: tuple[str, ...]
    tables: dict[str, Any]  # JSON-serialisable data it runs on (saved with the pipeline)

    def extract(self, text: str, tag: str) -> list[Mention]: ...
