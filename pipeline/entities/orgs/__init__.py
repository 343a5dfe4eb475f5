"""Organisation mentions (ORG): `find_orgs(scan)` runs the rule modules and filters
their candidates (blocs, platforms, products, handles).

- `quoted`: quoted names with legal forms or type nouns («Узтрансгаз», “Oʻzbekneftgaz” AJ);
- `known`: names in shared/known_orgs.tsv in any case form (Сбербанка, Jahon banki);
- `uzbek`: unquoted Uzbek bodies and companies (Moliya vazirligi, Artel kompaniyasi), sub-bodies
  through their parent, name lists before a plural head;
- `russian`: Russian bodies with a head noun and genitive complements (Министерства финансов),
  unknown Cyrillic acronyms (ВГИК), names in apposition (компания Kalyon);
- `english`: English capitalised runs with a body/company word, acronyms, names in apposition;
- `cues_en`: English names next to a company cue (Zentrix shares, analysts at Morvane), a
  company's later mentions without its legal form or company noun (Brightwell Holdings ... Brightwell);
- `clubs`: Uzbek clubs by town and acronym (Buxoro FK, Navoiy FMM);
- `brands`: Latin names in Cyrillic/Uzbek text, one-word banks, camel-case brands, web domains;
- `repeats`: later bare mentions of a one-word name found by the other rules;
- `common`: the org-form table lookups and place tests the rules share."""
from __future__ import annotations

from ..morph import fold
from ..scan import Candidate, Scan
from .brands import (
    ampersand_names, bank_words, camel_brands, company_named, domains, is_product, latin_brands,
    latin_runs,
)
from .common import ACRONYM_WORD, form_kind as _form_kind, token_at as _token_at  # names.py's filters use them
from .clubs import uz_clubs
from .cues_en import english_company_cues, short_repeats
from .english import english_acronyms, english_appositions, english_names, english_state_bodies
from .known import domain_outlets, known_names
from .quoted import quote_pairs, quoted_names, with_stray_openers
from .repeats import repeated_names
from .russian import (
    ru_genitive_chains, ru_leader_government, russian_acronyms, russian_appositions, russian_bodies,
)
from .uzbek import (
    analysts_of, country_quoted_bodies, expanded_acronyms, genitive_parts, unnamed_place_before, uz_acronyms, uz_bodies, uz_name_lists, uz_named,
    uz_sources, under_parents, with_parents, without_form_acronyms, without_press_services,
)

__all__ = ["find_orgs", "quote_pairs", "_form_kind", "_token_at"]


def find_orgs(scan: Scan) -> list[Candidate]:
    """Organisation candidates (value {"name"}: no quotes, legal forms or case suffixes)."""
    known = known_names(scan)
    out = quoted_names(scan) + known + bank_words(scan)
    if scan.uzbek:
        out += uz_bodies(scan, {c.end for c in known}) + uz_name_lists(scan) + analysts_of(scan)
        out += uz_named(scan) + uz_acronyms(scan) + uz_sources(scan) + domain_outlets(scan) + uz_clubs(scan)
        out += with_parents(scan, out)
        out += under_parents(scan, out)
        out += expanded_acronyms(scan, out)
        out += genitive_parts(scan, out) + country_quoted_bodies(scan, out)
    if scan.tag in ("uz-Cyrl", "ru"):
        out += latin_runs(scan)
    if scan.tag == "uz-Latn":
        out += latin_brands(scan)
    if scan.tag == "ru" and scan.russian:  # not kk/ky/tg text read with the Russian tables:
        # the pymorphy3-based rules only make sense for Russian itself (and cost most there)
        out += russian_bodies(scan) + russian_acronyms(scan) + russian_appositions(scan)
        out += ru_genitive_chains(scan, out)
    if scan.tag == "en":
        out += english_names(scan) + english_acronyms(scan) + english_appositions(scan)
        out += english_state_bodies(scan)
        out += english_company_cues(scan, out)
        out += short_repeats(scan, out)
    out += camel_brands(scan) + domains(scan) + ampersand_names(scan)
    if scan.tag == "ru" and scan.russian:
        out = [c for c in out if not ru_leader_government(scan, c)]
    out += repeated_names(scan, out)
    if scan.uzbek:
        out = without_form_acronyms(scan, without_press_services(scan, out))
    if scan.uzbek:  # viloyat IIB: an acronym body of a region not named
        out = [c for c in out if not (ACRONYM_WORD.match(scan.text[c.start:c.end])
                                      and unnamed_place_before(scan, _token_at(scan, c.start, after=True)))]
    out = [c for c in out if (fold(c.value["name"]) not in scan.lex.not_orgs or company_named(scan, c))
           and not is_product(scan, c)
           and scan.text[c.start - 1:c.start] not in ("@", "#")]  # @PossibleBoris: a handle
    return with_stray_openers(scan, out)

