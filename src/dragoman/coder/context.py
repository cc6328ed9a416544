"""PLOVER contexts of an event, from words in its sentence and themes of its document.

``data/lexicon/contexts.csv`` (``context,term``) lists words (lowercase lemmas, one or
more) that signal a PLOVER context ("troop" -> military, "tariff" -> economic). An event
gets the contexts whose words occur in its sentence, plus the document's themes: the
contexts whose words occur at least :data:`THEME_HITS` times in the whole document. Proper
nouns are not matched ("Bill" is no bill). The manual notes that contexts are usually a
paragraph- or document-level matter; this is a transparent first cut, not a classifier.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import PROPN
from spacy.strings import hash_string
from spacy.tokens import Doc

from ..data import data_path, read_csv, token_forms
from ..ontology import contexts

THEME_HITS = 3


class ContextTagger:
    def __init__(self, table: dict[tuple[str, ...], set[str]]):
        self.table = table
        self.longest = max((len(k) for k in table), default=1)
        self.firsts = {k[0] for k in table}
        # the hashes of every word of every term: a word with neither its lemma nor its
        # lower form among them is in no term, and its strings need not be looked up
        self.words = frozenset(w for k in table for w in k)
        self.word_hashes = frozenset(hash_string(w) for w in self.words)
        self._lowered: dict[int, str] = {}  # lemma hash -> lowercase lemma

    def hits(self, tokens: Iterable) -> Counter[str]:
        """How often each context's words occur among ``tokens``."""
        words = [t.lemma_.lower() if t.pos_ != "PROPN" else None for t in tokens]
        lowers = [t.lower_ if t.pos_ != "PROPN" else None for t in tokens]
        return self._count(words, lowers)

    def _count(self, words: list[str | None], lowers: list[str | None]) -> Counter[str]:
        firsts = self.firsts
        found: Counter[str] = Counter()
        i = 0
        while i < len(words):
            step = 1
            # most words start no term: skip them before building any candidate sequence
            if words[i] in firsts or lowers[i] in firsts:
                for n in range(min(self.longest, len(words) - i), 0, -1):
                    for seq in (tuple(words[i : i + n]), tuple(lowers[i : i + n])):
                        if None not in seq and seq in self.table:
                            found.update(self.table[seq])
                            step = n
                            break
                    else:
                        continue
                    break
            i += step
        return found

    def by_sentence(self, doc: Doc) -> dict[int, Counter[str]]:
        """The hits of each sentence (by its start), read once a document from the
        document's arrays (building a Token for each word costs more than the matching)."""
        strings = doc.vocab.strings
        lowered = self._lowered
        words: list[str | None] = []
        lowers: list[str | None] = []
        term_words, known = self.words, self.word_hashes
        for lemma, lower, pos in doc.to_array([LEMMA, LOWER, POS]).tolist():
            if pos == PROPN:
                words.append(None)
                lowers.append(None)
                continue
            word = lowered.get(lemma)
            if word is None:
                word = lowered[lemma] = strings[lemma].lower()
            if word not in term_words and lower not in known:
                words.append(None)  # in no term: its lower form need not be looked up
                lowers.append(None)
                continue
            words.append(word)
            lowers.append(strings[lower])
        return {
            sent.start: self._count(words[sent.start : sent.end], lowers[sent.start : sent.end])
            for sent in doc.sents
        }

    def themes(self, hits: dict[int, Counter[str]]) -> set[str]:
        """The document's themes: contexts whose words occur often in it."""
        total: Counter[str] = Counter()
        for counts in hits.values():
            total.update(counts)
        return {c for c, n in total.items() if n >= THEME_HITS}

    def of_sentence(self, hits: Counter[str], themes: set[str]) -> list[str]:
        found = set(hits) | themes
        return [c for c in contexts() if c in found]  # the manual's order


@lru_cache(maxsize=1)
def context_tagger() -> ContextTagger:
    table: dict[tuple[str, ...], set[str]] = defaultdict(set)
    valid = set(contexts())
    for _, row in read_csv(data_path("lexicon", "contexts.csv"), ("context", "term")):
        if row["context"] in valid and row["term"]:
            for words in token_forms(row["term"]):  # ("pro-democracy" as it is parsed)
                table[words].add(row["context"])
    return ContextTagger(dict(table))
