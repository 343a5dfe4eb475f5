"""Canonical one-line form of numeric mentions, shared by the case tests and their README."""
from __future__ import annotations

from pipeline.entities.base import Mention


def canon(m: Mention) -> str:
    """`LABEL[span]=value`: MONEY "amount[-max] CUR", others "value[-max]"; "~" approximate, then a non-eq bound.

    >>> canon(Mention("MONEY", 0, 5, "x", {"amount": "8100000000", "amount_max": None,
    ...     "currency": "RUB", "approximate": False, "bound": "gt"}))
    'MONEY[x]=8100000000 RUB gt'
    """
    v = m.value
    if m.label == "MONEY":
        s = v["amount"] + (f"-{v['amount_max']}" if v.get("amount_max") else "") + " " + v["currency"]
    elif m.label == "DATE":
        return f"DATE[{m.text}]={v['iso']}"
    else:
        s = v["value"] + (f"-{v['value_max']}" if v.get("value_max") else "")
    if v.get("approximate"):
        s += " ~"
    if v.get("bound", "eq") != "eq":
        s += " " + v["bound"]
    return f"{m.label}[{m.text}]={s}"


def canon_all(mentions: list[Mention]) -> str:
    """All mentions in text order joined by " | ", or "-" when there are none."""
    return " | ".join(canon(m) for m in mentions) or "-"
