"""read_input/sniff_format: the reader is picked by extension and content."""
from __future__ import annotations

import ast
import gzip
from pathlib import Path

import pytest

from pipeline.ingest import read_input, sniff_format
from pipeline.ingest.article import Article, Failure

FIX = Path(__file__).parent / "fixtures"


def _cases() -> list:
    rows = []
    for line in (Path(__file__).parent / "cases" / "ingest_sniff.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, path, head, expected, status = line.split("\t")
        data = ast.literal_eval("b" + repr(head).replace("\\\\", "\\")) if "\\" in head else head.encode()
        marks = [pytest.mark.xfail(strict=True)] if status == "xfail" else []
        rows.append(pytest.param(path, data, expected, id=label, marks=marks))
    return rows


@pytest.mark.parametrize("path, head, expected", _cases())
def test_sniff_format(path: str, head: bytes, expected: str) -> None:
    if head == b"\x1f\x8b":
        head = gzip.compress(b"<html></html>")[:8]
    assert sniff_format(path, head) == expected


def test_txt_file_that_is_really_html_is_read_as_a_page(tmp_path: Path) -> None:
    src = (FIX / "ingest" / "uz-latn-release.html").read_bytes()
    path = tmp_path / "release.txt"
    path.write_bytes(src)
    (art,) = read_input(path)
    assert isinstance(art, Article) and art.source.format == "html"
    assert art.title == "Oʻzbekiston eksporti 20 foizga oshdi"


def test_plain_text_goes_to_the_text_reader(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_bytes(" date 2025-11-12 Sarlavha\nLid.\nMatn.\n".encode())
    (art,) = read_input(path)
    assert isinstance(art, Article) and art.source.format == "text"
    assert (art.title, art.published) == ("Sarlavha", "2025-11-12")


def test_gzipped_jsonl_and_feed(tmp_path: Path) -> None:
    for name in ("releases.jsonl", "press.rss"):
        path = tmp_path / (name + ".gz")
        path.write_bytes(gzip.compress((FIX / "ingest" / name).read_bytes()))
        plain = list(read_input(FIX / "ingest" / name))
        zipped = list(read_input(path))
        assert [type(x) for x in zipped] == [type(x) for x in plain]


def test_missing_file_and_broken_gzip_are_failures(tmp_path: Path) -> None:
    (missing,) = read_input(tmp_path / "nope.html")
    assert isinstance(missing, Failure) and missing.code == "io"
    (broken,) = read_input(Path("x.html.gz"), b"\x1f\x8b\x08\x00garbage")
    assert isinstance(broken, Failure) and broken.code == "decode"


def test_empty_and_binary_text_inputs_fail_with_the_text_reader_codes() -> None:
    (empty,) = read_input(Path("a.txt"), b"  \n")
    assert isinstance(empty, Failure) and empty.code == "empty"
    (binary,) = read_input(Path("a.txt"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert isinstance(binary, Failure) and binary.code == "binary"


from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_JUNK = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"<html><p>", b"WARC/1.0\r\n\r\n", b"<rss><item>", b'{"text": 1}\n{', b"\x1f\x8b\x08"])
    .flatmap(lambda head: st.binary(max_size=100).map(lambda tail: head + tail)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_JUNK, name=st.sampled_from(["a.txt", "a.html", "a.rss", "a.warc", "a.jsonl", "a.bin"]))
def test_any_bytes_give_articles_or_failures_never_an_exception(data: bytes, name: str) -> None:
    for item in read_input(Path(name), data):
        assert isinstance(item, (Article, Failure))
        if isinstance(item, Failure):
            assert item.code and item.message


def test_every_sniffed_marker_starts_with_a_tag_bracket() -> None:
    # sniff_content searches for the markers only when the head holds a "<"
    from pipeline.ingest import _FEED_MARKERS, _HTML_MARKERS

    assert all(m.startswith(b"<") for m in _HTML_MARKERS + _FEED_MARKERS)
