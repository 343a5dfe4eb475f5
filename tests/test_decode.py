"""Decoding bytes: BOM, UTF-8, single-byte Cyrillic, binary and undecodable input."""
from __future__ import annotations

import pytest

from pipeline.decode import decode_bytes
from pipeline.errors import InputError
from pipeline.ingest.text import parse_layout, read_text

RU = "Экспорт в Казахстан превысил 1 млрд рублей, сообщила компания «Медплант»."


@pytest.mark.parametrize(
    "data,encoding",
    [
        (RU.encode("utf-8"), "utf-8"),
        (RU.encode("utf-8-sig"), "utf-8"),
        (RU.encode("utf-16"), "utf-16"),
        (RU.encode("cp1251"), "cp1251"),
        (RU.replace("«", '"').replace("»", '"').encode("koi8_r"), "koi8-r"),
    ],
)
def test_decodes_russian_in_common_encodings(data, encoding):
    text, found = decode_bytes(data)
    assert found == encoding
    assert "Казахстан" in text


@pytest.mark.parametrize(
    "data,code",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_binary_is_an_input_error(data, code):
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert info.value.code == code


def test_empty_and_whitespace_files_are_errors():
    for data in (b"", b"  \n\t\n"):
        with pytest.raises(InputError) as info:
            read_text(data, "x.txt")
        assert info.value.code == "empty"


def test_reference_layout(corpus_dir):
    article = read_text((corpus_dir / "000.txt").read_bytes(), "000.txt")
    assert article.published == "2025-11-12"
    assert article.title.startswith("“Технополис Москва” МИЗ компаниялари")
    assert article.lead.startswith("2025 йилнинг январидан июнигача")
    assert len(article.paragraphs) == 6
    assert article.source.encoding == "utf-8"
    assert len(article.source.sha256) == 64


def test_unstructured_text_first_line_is_title():
    assert parse_layout("Title only\nBody") == (None, "Title only", "Body", [])
