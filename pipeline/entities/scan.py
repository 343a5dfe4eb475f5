"""One text prepared for name matching: tokens, their stems, candidates and helpers."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from typing import Any

from .gazetteer import Lexicon
from .morph import Analysis, Token, analyse, fold, is_capitalised, tokenize

UZ_TAGS = ("uz-Cyrl", "uz-Latn")
SENTENCE_END = ".!?:;\n"
_END_MARKS = frozenset(SENTENCE_END)
_FIRST_FOUR = itemgetter(slice(4))
_TEXT, _FIRST, _SECOND = itemgetter(3), itemgetter(0), itemgetter(1)


@dataclass
class Candidate:
    """A proposed mention before overlap resolution (`rank`: higher wins a tie)."""

    label: str
    start: int
    end: int
    value: dict[str, Any]
    rank: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


class Scan:
    """Tokens of one text with cached suffix analyses, for the matchers."""

    def __init__(self, text: str, tag: str, lex: Lexicon, source: str | None = None) -> None:
        self.text = text
        self.tag = tag
        # the text's own language tag (kk, ky, tg are matched with the Russian rules, but
        # pymorphy3-based Russian rules only make sense for Russian itself)
        self.source = source or tag
        self.russian = tag == "ru" and self.source.lower().startswith("ru")
        self.lex = lex
        self.tokens: list[Token] = tokenize(text)
        self.script = lex.script(tag)
        self.uzbek = tag in UZ_TAGS
        self._analyses: dict[int, list[Analysis]] = {}
        self._parses: dict[int, Any] = {}
        self.memo: dict[Any, Any] = {}  # per-text answers of the matchers, e.g. ("blocked", i)
        self._indexes: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
        self._shared_analyses = lex.cache(tag)  # per-extractor word memos (bounded)
        self._shared_parses = lex.cache("parses")
        self._shared_keys = lex.cache(f"{tag} stem keys")
        self._shared_stems = lex.cache(f"{tag} stems")
        # (folded, capitalised) of every token: every extractor reads them
        self.folded, self._caps = self._word_facts()
        # `cap(i)` is the list's own item lookup: no Python-level call (asked ~200 times a text)
        self.cap = self._caps.__getitem__  # type: ignore[method-assign]

    def parses(self, i: int) -> Any:
        """pymorphy3 parses of token i (Russian), cached per text."""
        got = self._parses.get(i)
        if got is None:
            from .locations import morph_analyzer

            word = self.tokens[i].text
            shared = self._shared_parses
            got = shared.get(word)
            if got is None:
                got = shared[word] = morph_analyzer().parse(word)
            self._parses[i] = got
        return got

    def analyses(self, i: int) -> list[Analysis]:
        """Stem readings of token i (Uzbek suffixes; English possessive 's)."""
        got = self._analyses.get(i)
        if got is None:
            word = self.tokens[i].text
            shared = self._shared_analyses
            if word in shared:
                got = shared[word]
            elif self.uzbek:
                got = shared[word] = analyse(word, self.tag, rows=self.lex.suffix_rows[self.tag])
            else:
                got = [Analysis(word, (), ())]
                low = fold(word)
                if self.tag == "en" and low.endswith("'s") and len(word) > 3:
                    got.append(Analysis(word[:-2], (word[-2:],), ("case",)))
                elif self.tag == "en" and low.endswith("s'") and len(word) > 3:
                    got.append(Analysis(word[:-1], (word[-1:],), ("case",)))
            self._analyses[i] = got
        return got

    def stems(self, i: int, *, deriv: bool = False, poss: bool = True) -> list[str]:
        """Stems of token i, the word first; -лик readings only with `deriv`, plurals never
        (Берунийлар are people named after the town)."""
        if not deriv and poss:  # the common call: a memo per word across texts
            word = self.tokens[i][3]
            got = self._shared_stems.get(word)
            if got is None:
                got = self._shared_stems[word] = tuple(
                    a.stem for a in self.analyses(i)
                    if "deriv" not in a.slots and "plural" not in a.slots)
            return list(got)
        out = []
        for a in self.analyses(i):
            if not deriv and "deriv" in a.slots or "plural" in a.slots:
                continue
            if not poss and ("poss" in a.slots or "plural" in a.slots):
                continue
            out.append(a.stem)
        return out

    def gap(self, i: int, j: int) -> str:
        """Text between token i and token j (i < j)."""
        return self.text[self.tokens[i].end:self.tokens[j].start]

    def _phrase_index(self, keys: dict[str, Any]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """(heads, starts, short) of a name table, built once per table: every proper word
        prefix of a multi-word key, the first four letters of every key, the keys shorter
        than four letters."""
        memo = self.lex.cache("phrase_index")
        got = memo.get(id(keys))
        if got is None or got[0] is not keys:
            heads: set[str] = set()
            for k in keys:
                if " " in k:  # (most keys are one word: no split)
                    words = k.split(" ")
                    for n in range(1, len(words)):
                        heads.add(" ".join(words[:n]))
            got = memo[id(keys)] = (keys, frozenset(heads), frozenset(map(_FIRST_FOUR, keys)),
                                    frozenset(k for k in keys if len(k) < 4))
        return got[1], got[2], got[3]

    def longest_phrase(self, i: int, keys: dict[str, Any], max_words: int, *,
                       hyphens: bool = False) -> tuple[int, Any] | None:
        """(last token, value) of the longest phrase from token i whose folded words, the
        last one stripped of suffixes, is a key of `keys`; words must be adjacent
        (or joined by a hyphen when `hyphens`)."""
        index = self._indexes.get(id(keys))
        if index is None:
            index = self._indexes[id(keys)] = self._phrase_index(keys)
        heads, starts, short = index
        folded = self.folded
        first = folded[i]
        if len(first) >= 4 and first[:4] not in starts and first[:3] not in short \
                and first[:2] not in short:
            return None  # no key starts like this word (the common case: a set lookup)
        # the longest run of adjacent words that is the head of some key
        top = i
        head = first
        limit = min(len(self.tokens), i + max_words) - 1
        while top < limit and head in heads and (
                self.adjacent(top, top + 1) or (hyphens and self.gap(top, top + 1) == "-")):
            top += 1
            head = f"{head} {folded[top]}"
        for last in range(top, i - 1, -1):
            head = " ".join(folded[i:last])
            for stem in self.stems(last):
                key = fold(f"{head} {stem}" if head else stem)
                if key in keys:
                    return last, keys[key]
        return None

    def adjacent(self, i: int, j: int) -> bool:
        """Only white space (no line break) between tokens i and j."""
        tokens = self.tokens
        g = self.text[tokens[i][2]:tokens[j][1]]  # self.gap(i, j), inlined (a hot call)
        return g == " " or (g.strip() == "" and "\n" not in g and len(g) <= 2)

    def _word_facts(self) -> tuple[list[str], list[bool]]:
        """(folded, capitalised) of every token, from a per-word memo."""
        memo = self.lex.cache("word facts")
        words = list(map(_TEXT, self.tokens))
        facts = list(map(memo.get, words))  # one C-level pass; new words filled below
        if None in facts:
            for k, got in enumerate(facts):
                if got is None:
                    word = words[k]
                    got = memo.get(word)
                    if got is None:
                        got = memo[word] = (fold(word), is_capitalised(word))
                    facts[k] = got
        return list(map(_FIRST, facts)), list(map(_SECOND, facts))

    def cap(self, i: int) -> bool:
        """Token i is capitalised (replaced per instance by `self._caps.__getitem__`)."""
        return self._caps[i]

    def sentence_initial(self, i: int) -> bool:
        """Token i starts a sentence (or follows an opening quote at one)."""
        if i == 0:
            return True
        before = self.text[self.tokens[i - 1].end:self.tokens[i].start]
        if before == " ":
            return False  # the common case
        # (an end mark inside the stripped gap is also one in the whole gap: one test suffices)
        return not _END_MARKS.isdisjoint(before)

    @cached_property
    def starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def ends(self) -> list[int]:
        return [t.end for t in self.tokens]

    @cached_property
    def start_index(self) -> dict[int, int]:
        """Token index by its start offset (to map a regex match onto the tokens)."""
        return dict(zip(self.starts, range(len(self.tokens))))

    def function_word(self, i: int) -> bool:
        return self.folded[i] in self.lex.function_words.get(self.tag, ())

    def stem_keys(self, i: int) -> tuple[str, ...]:
        """The folded `stems(i)` (memo per word)."""
        word = self.tokens[i][3]
        got = self._shared_keys.get(word)
        if got is None:
            got = self._shared_keys[word] = tuple(fold(stem) for stem in self.stems(i))
        return got

    def stem_in(self, i: int, table: dict[str, Any] | frozenset[str], **kw: bool) -> str | None:
        """The first stem of token i whose folded form is in `table` (folded stem)."""
        if not kw:
            keys = self._shared_keys.get(self.tokens[i][3])  # stem_keys(i), its memo inlined
            for key in keys if keys is not None else self.stem_keys(i):
                if key in table:
                    return key
            return None
        for stem in self.stems(i, **kw):
            key = fold(stem)
            if key in table:
                return key
        return None

    def currency_word(self, i: int) -> bool:
        """Token i starts like a currency name (dollari, евро), not like Europe's (Yevropa,
        Евросоюз: `currency_not_stems`)."""
        if not 0 <= i < len(self.tokens):
            return False
        word = self.folded[i]
        # tuples: one C-level test each
        return word.startswith(self.lex.currency_stems) and not word.startswith(self.lex.currency_not_stems)
