"""Typed errors with stable codes; the batch turns each into an error record."""
from __future__ import annotations


class PresspipeError(Exception):
    """Base error: `code` is stable and machine-readable."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code

    @property
    def message(self) -> str:
        return str(self)


class InputError(PresspipeError):
    """The input cannot become an article (empty, binary, undecodable, too large...)."""

    code = "input"


class DataTableError(PresspipeError):
    """A language-data table is malformed (reported as file:line)."""

    code = "data_table"
