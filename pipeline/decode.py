"""Bytes to text: BOM, then strict UTF-8, then charset detection (cp1251, koi8-r, UTF-16)."""
from __future__ import annotations

import codecs

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that never occur in text; many of them mean binary data.
_TEXT_CONTROLS = {9, 10, 12, 13, 27}
# every byte but the suspicious control bytes: deleting them leaves only those (counted in C)
_NOT_SUSPICIOUS = bytes(b for b in range(256) if b >= 32 or b in _TEXT_CONTROLS)


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or many control bytes (images, archives, executables).

    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00"), looks_binary("Тошкент".encode())
    (True, False)
    """
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_SUSPICIOUS))
    return controls / len(sample) > 0.05


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode `data`; returns (text, encoding name). Raises InputError on binary/undecodable data.

    >>> decode_bytes("Ўзбекистон".encode("cp1251", "replace")[:0] + "Россия экспорт".encode("cp1251"))[1]
    'cp1251'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise InputError(f"bad {name} after BOM: {exc}", code="decode") from None
    if looks_binary(data):
        raise InputError("binary data, not text", code="binary")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8, "utf-8"
    return _detect(data)


def _mostly_utf8(data: bytes) -> str | None:
    r"""UTF-8 text with a few broken bytes (replaced by U+FFFD), else None.

    >>> _mostly_utf8("Тошкент шаҳри".encode() + b"\xff")
    'Тошкент шаҳри\ufffd'
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if multibyte >= 4 * bad and bad <= max(3, len(text) // 200):
        return text
    return None


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=None).best()
    if best is None:
        raise InputError("undecodable bytes: not UTF-8 and no known encoding fits", code="decode")
    encoding = _CANONICAL.get(best.encoding, best.encoding)
    if encoding in _WESTERN_COUSINS and _same_reading(data, encoding, "cp1252"):
        encoding = "cp1252"  # nothing tells them apart: name the common Western code page
    # charset-normalizer often names a Cyrillic single-byte cousin; prefer the common ones.
    text = str(best)
    for candidate in ("cp1251", "koi8_r"):
        share = _cyrillic_ratio(data, candidate)
        # override only with a reading that is mostly lower-case Cyrillic (real Russian text),
        # never a German/French page whose accented letters also map to Cyrillic
        if encoding != candidate and share > 0.6 and share > _cyrillic_ratio(data, encoding):
            encoding = candidate
            text = data.decode(candidate, errors="strict")
    return text, encoding.replace("_", "-")


_WESTERN_COUSINS = ("cp1250", "iso8859_1", "iso8859_15", "latin_1", "iso8859_2")


def _same_reading(data: bytes, a: str, b: str) -> bool:
    try:
        return data.decode(a) == data.decode(b)
    except (UnicodeDecodeError, LookupError):
        return False


_CANONICAL = {"windows_1251": "cp1251", "koi8_r": "koi8_r", "mac_cyrillic": "mac_cyrillic"}


def _cyrillic_ratio(data: bytes, encoding: str) -> float:
    """Share of letters that are common Russian/Uzbek lower-case Cyrillic letters."""
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return -1.0
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    common = sum(1 for ch in letters if "а" <= ch <= "я")
    return common / len(letters)
