"""The JSON-serialisable tables the name extractor runs on (langdata + built gazetteers).

`load_tables()` reads `pipeline/langdata/*` and `models/gazetteer/*.json` once; the result
is what `NameExtractor.tables` holds and what a saved spaCy pipeline stores.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import DataTableError
from ..langdata.loader import table, word_list
from ..paths import MODELS_DIR
from .morph import fold

TABLES_VERSION = 1
TAGS = ("uz-Cyrl", "uz-Latn", "ru", "en")
UZ_TAGS = ("uz-Cyrl", "uz-Latn")


def _read_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataTableError(
            f"{path}: missing; run `python -m pipeline.entities.build_gazetteer`"
        ) from None


def _folded(tag: str, name: str) -> list[str]:
    return sorted({fold(w) for w in word_list(tag, name)})


def _namesake_towns(tag: str) -> dict[str, str]:
    """{folded: name} of `<tag>/namesake_towns.txt` (Uzbek tags only): towns named like a first
    name, kept out of `world_towns.json` (GeoNames spellings without first names)."""
    return {fold(w): w for w in word_list(tag, "namesake_towns")} if tag in UZ_TAGS else {}


def _unique(tag: str, name: str, key: str, value: str) -> dict[str, str]:
    """{folded key: value} of a table; a key listed twice is an error (file:key)."""
    out: dict[str, str] = {}
    for row in table(tag, name):
        k = fold(row[key])
        if k in out:
            raise DataTableError(f"{tag}/{name}.tsv: {row[key]!r} listed twice")
        out[k] = row[value]
    return out


def load_tables(gazetteer_dir: Path | None = None) -> dict[str, Any]:
    """Every table NameExtractor needs, as plain JSON data."""
    gdir = gazetteer_dir or MODELS_DIR / "gazetteer"
    places = _read_json(gdir / "places.json")
    names = _read_json(gdir / "first_names.json")
    towns = _read_json(gdir / "towns.json")
    companies = _read_json(gdir / "companies.json")
    world_towns_file = gdir / "world_towns.json"  # optional (python -m pipeline.entities.build_gazetteer --places)
    world_towns = _read_json(world_towns_file) if world_towns_file.exists() else {}
    endings: dict[str, list[str]] = {"Cyrl": [], "Latn": []}
    for row in table("shared", "surname_endings"):
        endings[row["script"]].append(fold(row["ending"]))
    return {
        "version": TABLES_VERSION,
        "suffixes": {t: [[fold(r["suffix"]), r["slot"], r["after"]] for r in table(t, "suffixes")]
                     for t in UZ_TAGS},
        "countries": places["countries"],
        "country_abbreviations": places["country_abbreviations"],
        "locations": places["locations"],
        "english_spellings": places.get("english_spellings", []),
        "towns": {"en": towns["en"], "en_named": towns["en_named"]},
        "us_states": towns["us_states"],
        # towns also named like a first name (Madina: Medina), matched as the world towns are
        "world_towns": {t: {**world_towns.get(t, {}), **_namesake_towns(t)} for t in (*UZ_TAGS, "en")},
        "us_state_ap": sorted(r["ap"] for r in table("en", "us_state_ap")),
        "first_names": {"Cyrl": names["Cyrl"], "Latn": names["Latn"], "en": names.get("en", []),
                        "en_surnames": names.get("en_surnames", []),
                        "en_not_names": names.get("en_not_names", [])},
        "surname_endings": endings,
        "patronymics": {t: _folded(t, "patronymics") for t in UZ_TAGS},
        "currency_stems": _folded("shared", "currency_stems"),
        "currency_not_stems": _folded("shared", "currency_not_stems"),
        "org_forms": {t: _unique(t, "org_forms", "form", "kind") for t in TAGS},
        "known_orgs": [[r["surface"], r["name"]] for r in table("shared", "known_orgs")],
        # names known in one language only (<tag>/org_known.tsv: Click in Uzbek text)
        "known_orgs_tag": {t: [[r["surface"], r["name"]] for r in table(t, "org_known")] for t in UZ_TAGS},
        "titles": {t: _folded(t, "titles") for t in TAGS},
        "place_words": {t: {fold(r["word"]): r["kind"] for r in table(t, "place_words")} for t in TAGS},
        "function_words": {t: _folded(t, "function_words") for t in TAGS},
        "macro_regions": _folded("ru", "macro_regions"),
        "region_modifiers": _folded("shared", "region_modifiers"),
        "not_orgs": _folded("shared", "not_orgs"),
        "not_org_acronyms": _folded("en", "not_org_acronyms"),
        "known_persons": {fold(r["surface"]): r["name"] for r in table("shared", "known_persons")},
        "republic_words": {t: _folded(t, "republic_words") for t in UZ_TAGS},
        "place_homographs": {t: _folded(t, "place_homographs") for t in UZ_TAGS},
        "place_word_names": {t: {fold(r["word"]): [r["name"], r["kind"]] for r in table(t, "place_word_names")}
                             for t in UZ_TAGS},
        "place_names": places.get("place_names", []),
        "name_particles": _folded("shared", "name_particles"),
        "not_single_names": _folded("shared", "not_single_names"),
        "feature_words": _folded("shared", "feature_words"),
        "facility_words": _folded("shared", "facility_words"),
        "product_words": _folded("shared", "product_words"),
        "lowercase_countries": _folded("shared", "lowercase_countries"),
        "person_cues": {t: {fold(r["cue"]): r["kind"] for r in table(t, "person_cues")} for t in UZ_TAGS},
        "not_person_words": {t: _folded(t, "not_person_words") for t in UZ_TAGS},
        "international_acronyms": _folded("shared", "international_acronyms"),
        "companies": {"en": sorted(companies["en"]), "en_words": companies["en_words"]},
    }


# ---------------------------------------------------------------- compiled view


def spaced_variants(places: dict[str, str]) -> dict[str, str]:
    """The hyphenated keys of a place table with some hyphens written as spaces, the value
    spelled alike; a part must start with a letter.

    >>> spaced_variants({"mozori-sharif": "Mozori-Sharif", "sharm-al-shayx": "Sharm-al-Shayx"})
    ... # doctest: +NORMALIZE_WHITESPACE
    {'mozori sharif': 'Mozori Sharif', 'sharm al-shayx': 'Sharm al-Shayx',
     'sharm-al shayx': 'Sharm-al Shayx', 'sharm al shayx': 'Sharm al Shayx'}
    """
    out: dict[str, str] = {}
    for key, value in places.items():
        parts, shown = key.split("-"), value.split("-")
        if not 1 < len(parts) <= 4 or len(shown) != len(parts) or not all(p[:1].isalpha() for p in parts):
            continue
        for mask in range(1, 1 << (len(parts) - 1)):
            joins = [" " if mask >> n & 1 else "-" for n in range(len(parts) - 1)]
            variant = parts[0] + "".join(j + p for j, p in zip(joins, parts[1:]))
            out.setdefault(variant, shown[0] + "".join(j + p for j, p in zip(joins, shown[1:])))
    return out


class Lexicon:
    """Tables compiled for fast lookup (sets, dicts); built once per extractor."""

    def __init__(self, tables: dict[str, Any]) -> None:
        self.tables = tables
        self.suffix_rows = {t: tuple(sorted((tuple(r) for r in rows), key=lambda r: -len(r[0])))
                            for t, rows in tables["suffixes"].items()}
        self.countries = {t: dict(v) for t, v in tables["countries"].items()}
        # Uzbek Cyrillic texts also spell countries the Russian way (Кыргызстан, Беларусь)
        merged = dict(self.countries.get("ru", {}))
        merged.update(self.countries.get("uz-Cyrl", {}))
        self.countries["uz-Cyrl"] = merged
        self.abbreviations: dict[str, dict[str, str]] = {}
        for t in TAGS:
            own = dict(tables["country_abbreviations"].get(t, {}))
            self.abbreviations[t] = own
        self.abbreviations["uz-Cyrl"] = {**tables["country_abbreviations"].get("ru", {}),
                                         **self.abbreviations["uz-Cyrl"]}
        self.abbreviations["uz-Latn"] = {**tables["country_abbreviations"].get("en", {}),
                                         **self.abbreviations["uz-Latn"]}
        self.locations = {t: dict(v) for t, v in tables["locations"].items()}
        self.towns: dict[str, str] = dict(tables.get("towns", {}).get("en", {}))  # English only
        self.named_towns: dict[str, str] = dict(tables.get("towns", {}).get("en_named", {}))
        self.us_states = frozenset(tables.get("us_states", ()))
        self.world_towns: dict[str, dict[str, str]] = {t: dict(v) for t, v in tables.get("world_towns", {}).items()}
        self.us_state_ap = frozenset(tables.get("us_state_ap", ()))
        # Uzbek texts also spell places the Russian (Cyrillic) or English (Latin) way
        for tag, other in (("uz-Cyrl", "ru"), ("uz-Latn", "en")):
            self.locations[tag] = {**self.locations.get(other, {}), **self.locations.get(tag, {})}
        # Uzbek Latin written without the okina (Ozbekiston, Qozogiston)
        for table_ in (self.countries, self.locations):
            bare = {k.replace("'", ""): v for k, v in table_.get("uz-Latn", {}).items() if "'" in k}
            table_["uz-Latn"] = {**bare, **table_.get("uz-Latn", {})}
        # Uzbek texts write a hyphenated place with spaces too (Mozori Sharif, Sharm al-Shayx)
        for tag in UZ_TAGS:
            own = self.locations.get(tag, {})
            self.locations[tag] = {**spaced_variants(own), **own}
        english = {k: v for k, v in self.countries.get("en", {}).items()
                   if k not in ("jordan", "georgia")}  # in Uzbek Latin: people and brands
        self.countries["uz-Latn"] = {**english, **self.countries.get("uz-Latn", {})}
        self.first_names = {s: frozenset(v) for s, v in tables["first_names"].items()}
        self.surname_endings = {s: tuple(sorted(v, key=len, reverse=True))
                                for s, v in tables["surname_endings"].items()}
        self.patronymics = {t: frozenset(v) for t, v in tables["patronymics"].items()}
        self.currency_stems = tuple(tables["currency_stems"])
        self.currency_not_stems = tuple(tables["currency_not_stems"])
        self.org_forms = {t: dict(v) for t, v in tables["org_forms"].items()}
        self.titles = {t: frozenset(v) for t, v in tables["titles"].items()}
        self.place_words = {t: dict(v) for t, v in tables["place_words"].items()}
        self.function_words = {t: frozenset(v) for t, v in tables["function_words"].items()}
        self.macro_regions = frozenset(tables["macro_regions"])
        self.region_modifiers = frozenset(tables.get("region_modifiers", ()))
        self.not_orgs = frozenset(tables.get("not_orgs", ()))
        self.international_acronyms = frozenset(tables.get("international_acronyms", ()))
        self.known_persons: dict[str, str] = dict(tables.get("known_persons", {}))
        self.not_org_acronyms = frozenset(tables.get("not_org_acronyms", ()))
        self.republic_words = {t: frozenset(v) for t, v in tables.get("republic_words", {}).items()}
        self.place_homographs = {t: frozenset(v) for t, v in tables.get("place_homographs", {}).items()}
        # folded English spellings of places whose Uzbek Latin name differs (tashkent, kokand)
        self.english_spellings = frozenset(tables.get("english_spellings", ()))
        self.place_word_names: dict[str, dict[str, tuple[str, str]]] = {
            t: {k: (v[0], v[1]) for k, v in rows.items()} for t, rows in tables.get("place_word_names", {}).items()}
        self.place_names = frozenset(tables.get("place_names", ()))
        self.name_particles = frozenset(tables.get("name_particles", ()))
        self.not_single_names = frozenset(tables.get("not_single_names", ()))
        self.feature_words = frozenset(tables.get("feature_words", ()))
        self.facility_words = frozenset(tables.get("facility_words", ()))
        self.product_words = frozenset(tables.get("product_words", ()))
        self.lowercase_countries = frozenset(tables.get("lowercase_countries", ()))
        self.person_cues: dict[str, dict[str, str]] = dict(tables.get("person_cues", {}))
        self.not_person_words = {t: frozenset(v) for t, v in tables.get("not_person_words", {}).items()}
        self.known_orgs: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        from .morph import tokenize

        # listed companies (English text): first word -> word tuples, longest first (the build
        # keeps only names whose words are one token each: split, no tokenizer at start-up)
        self.companies: dict[str, list[tuple[str, ...]]] = {}
        for key in tables.get("companies", {}).get("en", ()):
            words = tuple(key.split(" "))
            self.companies.setdefault(words[0], []).append(words)
        for entries in self.companies.values():
            entries.sort(key=lambda e: -len(e))
        self.company_words = frozenset(tables.get("companies", {}).get("en_words", ()))

        # full names of known people (the table's names and multi-word surfaces)
        self.known_full: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        fulls = {name: name for name in self.known_persons.values()}
        fulls.update({s: n for s, n in self.known_persons.items() if " " in s})
        for surface, name in fulls.items():
            words = tuple(fold(t.text) for t in tokenize(surface))
            if len(words) >= 2:
                self.known_full.setdefault(words[0], []).append((words, name))
        for entries in self.known_full.values():
            entries.sort(key=lambda e: -len(e[0]))

        def known_table(rows: list[list[str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
            """First folded word -> (folded words, name) rows, longest first."""
            got: dict[str, list[tuple[tuple[str, ...], str]]] = {}
            for surface, name in rows:
                words = tuple(fold(t.text) for t in tokenize(surface))
                if words:
                    got.setdefault(words[0], []).append((words, name))
            for entries in got.values():
                entries.sort(key=lambda e: -len(e[0]))
            return got

        self.known_orgs = known_table(tables["known_orgs"])
        # names known in one language's text only (tables of older pipelines have none)
        self.known_orgs_tag = {t: known_table(rows) for t, rows in tables.get("known_orgs_tag", {}).items()}
        # every word of a known organisation name (Real Madrid, Oliy Majlis): no person name
        self.known_org_words = frozenset(w for table_ in (self.known_orgs, *self.known_orgs_tag.values())
                                         for entries in table_.values() for words, _ in entries for w in words)
        self.max_country_words = 1 + max(
            (k.count(" ") for v in self.countries.values() for k in v), default=0)
        self.max_location_words = 1 + max(
            (k.count(" ") for v in self.locations.values() for k in v), default=0)

    def cache(self, name: str) -> dict[str, Any]:
        """A per-extractor memo (word -> analyses/parses), emptied when it grows large."""
        caches = self.__dict__.setdefault("_caches", {})
        got = caches.get(name)
        if got is None or len(got) > 200_000:
            got = caches[name] = {}
        return got

    @staticmethod
    def script(tag: str) -> str:
        return "Latn" if tag in ("uz-Latn", "en") else "Cyrl"

    def forms(self, tag: str, kind: str) -> dict[str, str]:
        return {k: v for k, v in self.org_forms.get(tag, {}).items() if v == kind}
