"""Pure number grammar shared by money, percent and multiplier: digits and number words.

Values are `Decimal`s; `decimal_str` writes them as schema v1 wants ("3.3", "17", "1000000000").
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_GROUP_SPACES = re.compile(r"[ \u00a0\u202f\u2009]")


def decimal_str(value: Decimal) -> str:
    """Normalised decimal string: no exponent, no trailing zeros.

    >>> decimal_str(Decimal("8.1") * 10**9), decimal_str(Decimal("17.0")), decimal_str(Decimal("3.30"))
    ('8100000000', '17', '3.3')
    """
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def parse_digits(text: str, tag: str = "uz-Cyrl", scale_follows: bool = False) -> Decimal | None:
    """A digit string with group and decimal separators -> Decimal.

    Uzbek and Russian write a decimal comma, English a decimal dot; a lone "." or ","
    followed by exactly three digits is a thousands group unless a scale word follows
    (uz/ru "1.500 тонна" = 1500, en "1,496.2" = 1496.2, but "1.250 млрд" = 1.25 billion).

    >>> [str(parse_digits(s, "uz-Cyrl")) for s in ("3,3", "3 076,8", "1.500", "1.500.000", "17,0")]
    ['3.3', '3076.8', '1500', '1500000', '17.0']
    >>> [str(parse_digits(s, "en")) for s in ("1,496.2", "3.3", "3,3", "1,500", "2,000,000")]
    ['1496.2', '3.3', '3.3', '1500', '2000000']
    >>> str(parse_digits("1.250", "ru", scale_follows=True)), parse_digits("1.2.3.", "ru")
    ('1.250', None)
    """
    s = _GROUP_SPACES.sub("", text)
    commas, dots = s.count(","), s.count(".")
    if commas and dots:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        grp = "." if dec == "," else ","
        if s.count(dec) > 1:
            return None
        s = s.replace(grp, "").replace(dec, ".")
    elif commas or dots:
        sep = "," if commas else "."
        head, _, tail = s.rpartition(sep)
        if s.count(sep) > 1:
            groups = s.split(sep)
            if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
                s = s.replace(sep, "")
            else:
                return None
        else:
            is_group = len(tail) == 3 and not scale_follows and 1 <= len(head) <= 3
            if tag == "en":
                is_group = len(tail) == 3 and sep == "," and 1 <= len(head) <= 3
            elif sep == ",":
                is_group = False  # uz/ru: a comma is decimal
            s = s.replace(sep, "") if is_group else s.replace(sep, ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


class NumberAccumulator:
    """Adds up number words and digit groups left to right.

    kinds: "num" (digits or unit words: added to the pending group), "hundred" (multiplies
    the pending group), "fraction" (ярим: adds ½ to the group, or is ½ alone),
    "scale" (multiplies the group and closes it; scales must decrease).

    >>> acc = NumberAccumulator()
    >>> for v, k in [(3, "num"), (10**9, "scale"), (504, "num"), (10**6, "scale")]:
    ...     _ = acc.add(Decimal(v), k)
    >>> acc.value()
    Decimal('3504000000')
    >>> acc = NumberAccumulator()
    >>> for v, k in [(2, "num"), (100, "hundred"), (9, "num"), (10**9, "scale"), (9, "num"), (100, "hundred"), (67, "num"), (10**6, "scale")]:
    ...     _ = acc.add(Decimal(v), k)
    >>> acc.value()
    Decimal('209967000000')
    >>> acc = NumberAccumulator(); acc.add(Decimal(1), "num"), acc.add(Decimal("0.5"), "fraction"), acc.add(Decimal(10**9), "scale")
    (True, True, True)
    >>> acc.value()
    Decimal('1500000000.0')
    """

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.group: Decimal | None = None
        self.last_scale: Decimal | None = None
        self.scales = 0
        self.words = 0

    def add(self, value: Decimal, kind: str) -> bool:
        """Take one item; False (and unchanged) when it cannot continue the number."""
        if kind == "num":
            if self.group is not None:
                # икки юз + тўққиз, йигирма + беш: a smaller number fills the zeros
                if self.group != int(self.group) or value >= _order(self.group):
                    return False
                self.group += value
            else:
                self.group = value
        elif kind == "hundred":
            if self.group is not None and self.group >= 100:
                return False
            self.group = (self.group or Decimal(1)) * value
        elif kind == "fraction":
            self.group = (self.group or Decimal(0)) + value
        elif kind == "scale":
            if self.last_scale is not None and value >= self.last_scale:
                return False
            self.total += (self.group if self.group is not None else Decimal(1)) * value
            self.group = None
            self.last_scale = value
            self.scales += 1
        else:
            raise ValueError(kind)
        return True

    def value(self) -> Decimal:
        """The number read so far."""
        return self.total + (self.group or Decimal(0))

    @property
    def pending(self) -> bool:
        """True when digits/words were read after the last scale word."""
        return self.group is not None


def _order(value: Decimal) -> int:
    """Power of ten of the lowest non-zero digit of an integer group (200 -> 100, 20 -> 10).

    >>> _order(Decimal(200)), _order(Decimal(20)), _order(Decimal(250))
    (100, 10, 10)
    """
    n = int(value)
    order = 1
    while n and n % 10 == 0:
        n //= 10
        order *= 10
    return order
