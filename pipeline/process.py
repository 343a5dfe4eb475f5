"""Run the stages on an article and assemble its record (trafilatura's core.py role)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from .entities.base import Mention
from .errors import InputError
from .ingest import read_input
from .ingest.article import Article, Failure
from .normalize import normalize_paragraph
from .record import ArticleRecord, to_json_dict
from .version import __version__

_REPAIR_MESSAGES = {
    "unicode_nfc": "text was not in Unicode NFC; {n} line(s) recomposed",
    "mixed_script_letters": "{n} look-alike letter(s) in mixed Latin/Cyrillic words repaired",
    "html_entities": "{n} HTML character reference(s) such as &#39; decoded",
    "tex_quotes": "{n} TeX-style ``…'' quotation(s) turned into “…”",
    "uzbek_apostrophes": "{n} Uzbek apostrophe(s) written as ʻ (oʻ gʻ) or ʼ (tutuq)",
    "undecodable_bytes": "{n} byte sequence(s) were not valid {encoding} and became U+FFFD",
}

NAME_LABELS = ("ORG", "LOC", "PERSON")


@lru_cache(maxsize=1 << 16)
def _name_latin(name: str) -> str:
    """`translit.to_latin` of an entity's name, memoised: the same names come back in an
    article and across articles, and each call would split and join the name again."""
    from .translit import to_latin

    return to_latin(name)


def assemble_text(article: Article) -> tuple[str, str, str, Counter[str]]:
    """Normalised (title, lead, text) and the repairs made; text joins the non-empty parts."""
    repairs: Counter[str] = Counter()
    parts = []
    for raw in (article.title, article.lead, *article.paragraphs):
        norm, found = normalize_paragraph(raw)
        if found:
            repairs.update(found)
        parts.append(norm)
    title, lead = parts[0], parts[1]
    text = "\n".join(p for p in parts if p)
    return title, lead, text, repairs


class Pipeline:
    """Loads language resources once and processes articles repeatedly."""

    def __init__(self) -> None:
        from . import langid, translit  # noqa: F401  (translit registers the pack)

        self._langid = langid
        self._translit = translit

    # -- stages -------------------------------------------------------------------------
    def _entities(self, text: str, tag: str, lang: str) -> list[Mention]:
        from .nlp.extractors import load_extractors

        extractors = load_extractors(lang)
        if extractors is not None:  # the built pipeline's extractors, without spaCy
            return extractors(text, tag)
        from .nlp import load_nlp
        from .nlp.components import extractor_mentions

        nlp = load_nlp(lang)
        mentions = extractor_mentions(nlp, text, tag)
        if mentions is not None:  # same mentions without tokenising a Doc
            return mentions
        doc = nlp.make_doc(text)
        doc._.presspipe_tag = tag
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        from .nlp.components import doc_to_mentions

        return doc_to_mentions(doc)

    def _entity_dict(self, m: Mention, cyrillic: bool) -> dict[str, Any]:
        value = dict(m.value)
        if m.label in NAME_LABELS:
            value["name_latn"] = _name_latin(value["name"]) if cyrillic else None
        return {"label": m.label, "start": m.start, "end": m.end, "text": m.text, "value": value}

    # -- records ------------------------------------------------------------------------
    def process_article(self, article: Article) -> dict[str, Any]:
        """The JSON record of one article (validated against schema v1)."""
        title, lead, text, repairs = assemble_text(article)
        if not text:
            raise InputError("article has no text after normalisation", code="empty")
        bad = text.count("\ufffd")
        if bad:
            repairs["undecodable_bytes"] = bad
        encoding = article.source.encoding or "the declared encoding"
        warnings = [
            {"code": code, "message": _REPAIR_MESSAGES.get(code, code).format(n=n, encoding=encoding)}
            for code, n in sorted(repairs.items())
        ]
        ident, segments = self._langid.identify_article(text)
        language = {
            "code": ident.lang,
            "script": ident.script,
            "confidence": round(ident.confidence, 4),
            "segments": [{**seg, "code": seg["code"].split("-")[0]} for seg in segments],
        }
        transliteration = None
        if ident.lang == "uz" and ident.script in ("Cyrl", "Latn"):
            convert = self._translit.to_latin if ident.script == "Cyrl" else self._translit.to_cyrillic
            transliteration = {
                "script": "Latn" if ident.script == "Cyrl" else "Cyrl",
                "title": convert(title),
                "lead": convert(lead),
                "text": convert(text),
            }
        mentions = self._entities(text, ident.tag, ident.lang)
        cyrillic = ident.script == "Cyrl"
        src = article.source
        # one validation of plain data (nested models built by the schema, not one call each)
        record = ArticleRecord.model_validate({
            "id": src.sha256[:16],
            "source": {"path": src.path, "url": src.url, "format": src.format,
                       "encoding": src.encoding, "sha256": src.sha256},
            "published": article.published,
            "title": title,
            "lead": lead,
            "text": text,
            "language": language,
            "transliteration": transliteration,
            "entities": [self._entity_dict(m, cyrillic) for m in mentions],
            "warnings": warnings,
            "pipeline": {"version": __version__},
        })
        return to_json_dict(record)

    def process_input(
        self, path: Path, data: bytes | None = None, *, jsonl_fields: dict[str, str] | None = None
    ) -> Iterator[tuple[int | None, dict[str, Any]] | Failure]:
        """(item number, record) or a Failure for every article in one input file.

        The item number is None for single-article inputs (a text file, a web page).
        `data` None reads the file (a web archive is then streamed from disk).
        """
        for item in read_input(Path(path), data, jsonl_fields=jsonl_fields):
            if isinstance(item, Failure):
                yield item
                continue
            raw_index = item.extra.get("index")
            index = int(raw_index) if raw_index is not None else None
            try:
                yield index, self.process_article(item)
            except InputError as exc:
                yield Failure(item.source.path, exc.code, exc.message, index)

    def process_file(self, path: str | Path) -> dict[str, Any]:
        """The record of a file's first article; raises InputError when it cannot be read."""
        for item in self.process_input(Path(path)):
            if isinstance(item, Failure):
                raise InputError(item.message, code=item.code)
            return item[1]
        raise InputError(f"{path}: no article found", code="empty")

    def process_text(self, text: str, *, source: str | None = None) -> dict[str, Any]:
        """The record of a text in the reference layout (as if read from a UTF-8 file)."""
        from .ingest.text import read_text

        data = text.encode("utf-8")
        article = read_text(data, source)
        return self.process_article(article)


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """One shared Pipeline per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def process_text(text: str, *, source: str | None = None) -> dict[str, Any]:
    """Process a release given as text; returns its JSON record."""
    return default_pipeline().process_text(text, source=source)


def process_file(path: str | Path) -> dict[str, Any]:
    """Process a single-article file; returns its JSON record."""
    return default_pipeline().process_file(path)

