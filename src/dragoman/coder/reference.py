"""Within-document reference: what a mention means given the rest of the article.

News names a person once with a title ("Kenyan President William Ruto") and then by name
alone ("Ruto"); it names generic agents ("police", "protesters") with the country only
in a place phrase ("marched through Yangon") or not at all. :class:`DocContext` is built
once per document and completes such mentions, always saying how in the evidence:

1. a person named elsewhere in the document with a title takes that title's code and
   sector;
2. "he", "she", "it" and "they" as subjects refer to the nearest earlier resolved subject
   of the same kind (a person; a state or organisation; a group) within the two sentences
   before;
3. a generic agent with no country ("police", "the army", "authorities") takes the
   country of a place named in the same sentence ("in Tehran", "through Yangon"), else
   the document's dominant country (named at least twice, and more than half of all the
   states named; or the only state it names once). Measured on both gold sets, this helps for governments and armies too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.attrs import DEP, LOWER, ORTH, POS
from spacy.parts_of_speech import NOUN, PROPN
from spacy.parts_of_speech import PRON as PRON_POS
from spacy.tokens import Doc, Span, Token

from ..actors import ActorResolver
from ..actors.kb import INTERNATIONAL_CODES, KBEntry, not_actor_words
from ..actors.resolver import (
    NO_COUNTRY,
    PERSON,
    PLACE_KINDS,
    TOWN_PLACED_BY_THE_TEXT,
    NameMatch,
    Resolution,
    counted,
    gazetteer_match,
    given_name_before,
    in_exile,
    modifies,
    part_of_them,
)
from ..dateline import dateline_place
from ..records import Entity
from ..where import (
    CITY_NOUNS,
    PLACE_PREPS,
    REGION_NOUNS,
    gazetteer,
    in_waters_name,
    is_place_prep,
    names_a_feature,
)
from .factuality import cues
from .repair import verb_above
from .roles import (
    MISSIONS,
    PARTICIPLES_OF_WHOSE,
    STRIKE_NOUNS,
    conjuncts,
    is_reciprocal,
    mention_tokens,
)
from .triggers import RELATIVE_WORDS, antecedent, coordinated_names_head

# generic agents that are nearly always of the country they act in ("rebels", "police",
# "protesters"); a government, an army or a spy agency often acts abroad, and unknown
# attackers often strike foreigners
DOMESTIC_SECTORS = frozenset(
    {
        "COP",
        "JUD",
        "REB",
        "OPP",
        "CVL",
        "EDU",
        "LAB",
        "AGR",
        "REL",
        "MED",
        "JRN",
        "REF",
        "CRM",
        "PTY",
        "BUS",
        "LEG",
    }
)
# the people and bodies a story's setting tells the country of: its police, protesters,
# rebels, parliament and courts; ships, companies, journalists and refugees come from
# anywhere, and a government named in a story may be any state's
SETTING_SECTORS = frozenset({"COP", "CVL", "OPP", "REB", "LAB", "EDU", "AGR", "LEG", "JUD", "UAF"})
# the sectors of a state's own officials and forces, who are the lede's state's where the
# story names none
HOME_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
PRONOUN_KINDS = {
    "he": "person",
    "she": "person",
    "it": "thing",
    "they": "plural",
    # as objects: "granted him asylum", "charged her with fraud"
    "him": "person",
    "her": "person",
    "his": "person",  # "demanded his resignation"
    # a part of the last group: "supporters rallied ... and some set fire to a door"
    "some": "plural",
    "many": "plural",
    "others": "plural",
    "several": "plural",
    "each": "plural",  # "each blaming the other": both of the last pair
}
OBJECT_PRONOUNS = frozenset({"him", "her"})
# verbs whose bare-infinitive clause has its subject where another verb has its object:
# "agreed to let it in", "made them leave"
CAUSATIVE_VERBS = frozenset({"let", "make", "have", "help", "see", "watch", "hear"})
# words an organisation is named by again: "the group", "the movement"
GROUP_NOUNS = frozenset(
    {"group", "movement", "organisation", "organization", "militia", "faction", "alliance"}
    | {"bloc"}
)
# the codes of the organisations of states that "the bloc" may be (the EU, ASEAN, ECOWAS)
BLOC_CODES = frozenset({"IGO", "EUR"})
# the codes of the bodies a region's states act through ("West African leaders")
REGIONAL_BODIES = BLOC_CODES
# words of the region kind that name no region a body is named after ("International
# Criminal Court" is no body of "international leaders")
NOT_REGIONS = frozenset({"international", "foreign", "overseas", "world", "regional", "global"})
# verbs by which one stands at the head of a body ("who heads the new ruling council")
HEADING_LEMMAS = frozenset({"head", "lead", "chair"})
# the sectors of those whose heading makes a council of them: soldiers and rulers
COUP_SECTORS = frozenset({"MIL", "GOV"})
# words by which news refers back to a state it has named: "the kingdom said", "the
# island's defence ministry"
STATE_NOUNS = frozenset({"country", "kingdom", "island", "nation", "republic", "emirate", "state"})
# the kinds of name those words refer back to
NAMED_STATE_KINDS = frozenset({"country", "capital", "seat"})
ORGANISATION_KIND = frozenset({"organisation"})
# words for those who lead or speak for a group, of the group's sector
LEADING_WORDS = frozenset(
    {"leader", "spokesman", "spokeswoman", "spokesperson", "chief", "head", "chairman"}
)
# the people who lead, speak for or sit in a body, who are of the body a word refers back
# to ("leaders of the alliance" after "the seven-party opposition alliance")
VOICES_OF_A_BODY = LEADING_WORDS | {
    "member", "official", "representative", "delegate", "negotiator", "envoy"
}  # fmt: skip
PARTY_KINDS = frozenset({"organisation", "country"})
# words by which news refers back to a body it has named ("the International Criminal
# Court ... the court"), and how many sentences back the name may be
INSTITUTION_WORDS = frozenset(
    {"court", "tribunal", "council", "commission", "agency", "bank", "fund", "union"}
    | {"league", "assembly", "alliance", "bloc", "organisation", "organization"}
    | {"watchdog", "body"}
    | {"committee", "ministry", "coalition", "association", "federation", "mission", "parliament"}
)
INSTITUTION_BACK = 5
# the codes of the United Nations and the European Union, which news never calls "the
# group" (while "the 15-nation group" may be ECOWAS, an IGO)
STATE_BODY_CODES = frozenset({"UNO", "EUR"})
# words for those an act was done to, and the verbs of the act ("the deportees")
PATIENT_NOUNS = {
    "deportee": frozenset({"deport", "expel", "banish", "exile"}),
    "expellee": frozenset({"deport", "expel"}),
    "detainee": frozenset({"detain", "arrest", "hold", "seize", "capture", "round", "jail"}),
    "abductee": frozenset({"abduct", "kidnap", "seize", "snatch"}),
    "hostage": frozenset({"abduct", "kidnap", "seize", "snatch", "take", "hold", "capture"}),
    "captive": frozenset({"abduct", "kidnap", "seize", "capture", "take", "hold"}),
}
# heads that make "foreign" part of a title or an office
OFFICE_WORDS = frozenset({"minister", "ministry", "secretary", "office", "affairs"})
# words whose "at"/"on"/"into" names what is aimed at, not where the one aiming is
TARGET_PREPS = frozenset({"at", "on", "into", "toward", "towards"})
AIMING_WORDS = frozenset(
    {"fire", "shoot", "launch", "throw", "hurl", "lob", "aim", "strike", "attack", "raid"}
    | {"rocket", "missile", "shell", "drone", "bomb", "bombardment", "shelling", "assault"}
)
# "the two leaders", "both sides", "the three countries": 0 is any number of parties
# nouns for parties, which "all" makes a reference back ("all sides", "all parties")
PARTY_NOUNS = frozenset(
    {"side", "party", "country", "state", "nation", "government", "leader", "member", "faction"}
)
GROUP_NUMBERS = {"two": 2, "three": 3, "four": 4, "both": 2, "all": 0, "each": 0}
# words for the sides of a dispute, which give the sides they stand for no sector ("the
# parties" at a peace conference are its states, not political parties)
SIDE_WORDS = frozenset({"party", "side", "member", "faction"})
# words for states as such: "the two neighbours" are the states, whatever sectors acted
STATE_WORDS = frozenset({"country", "nation", "state", "neighbour", "neighbor"})
WARRING = frozenset({"warring", "opposing"})  # "the warring parties": all sides
# strikes and weapons that come from afar, whose place says nothing of whose they are
# (not the jets that fly them, which are a force's: "army jets carried out air strikes")
FROM_AFAR = frozenset(
    {"strike", "airstrike", "missile", "drone", "rocket", "shell", "shelling", "bombardment"}
)
# people whose name says they are not of the place they are in ("tourists",
# "expatriates"), as is anyone called "foreign": the story lends them no state
ABROAD_PEOPLE = frozenset({"foreigner", "expatriate", "expat", "tourist"})
# sectors of a state's own offices, where "foreign" is part of a title ("the foreign
# minister", "foreign ministry officials")
TITLED_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "PRM"})
# how the evidence words a state the document lent (rules read ``code_from``, not these)
DOCUMENT_COUNTRY = "country of the document"
STORY_SETTING = "the story is set in"
# PLOVER's code for a transnational militarized group (al Qaeda, Islamic State)
TRANSNATIONAL_MILITANTS = "IMG"
# Resolution.code_from values for codes lent by the document, which a rule that knows
# better may overrule (the police's own state, the state a retold strike hit)
FROM_DOCUMENT = "document"  # the state the document names most
FROM_ONLY_NAME = "document's one name"  # the one state name the document has
FROM_SETTING = "setting"  # the state of the place the story opens in
BORROWED_CODES = frozenset({FROM_DOCUMENT, FROM_ONLY_NAME, FROM_SETTING})
DEFINITE_COUNTS = frozenset({"the", "these", "those"})
STATE_KINDS = frozenset({"country", "capital", "city", "seat"})


def _states_of(
    entities: list[Entity], own: set[str | None], states_only: bool, by_sector: bool = False
) -> dict[str, Entity]:
    """The named parties among ``entities`` without those in ``own``: one a state, or
    ``by_sector`` one a state and sector ("the two generals" after Burhan and Dagalo, both
    Sudanese, are two)."""
    states: dict[str, Entity] = {}
    for entity in entities:
        if states_only and entity.sector not in STATE_SECTORS:
            continue
        if entity.code in own:
            # "Egypt and Qatar, which mediated between Israel and Hamas, urged both
            # sides": the sides are the mediated, not the mediators
            continue
        key = f"{entity.code}/{entity.sector}" if by_sector else str(entity.code)
        if entity.code and entity.code != NO_COUNTRY and key not in states:
            states[key] = entity
    return states


@dataclass
class DocContext:
    names: dict[int, NameMatch]
    people: dict[str, Resolution] = field(default_factory=dict)
    # the keys of ``people`` that are first names ("Khaleda"), which name the person alone
    given_names: set[str] = field(default_factory=set)
    places: dict[int, list[NameMatch]] = field(default_factory=dict)  # sentence start -> places
    country: tuple[str, str] | None = None  # (code, why)
    country_names: int = 0  # how many state names the document has in all
    # the state of the first place the lede names ("marched in Caracas"): where the story
    # is set, for police, protesters and the like the later sentences name without one
    setting: tuple[str, str] | None = None
    # the state the lede's subject names ("The Philippines accused China ..."), where it
    # is named about as often as any: whose the story's unnamed officials are
    home: tuple[str, str] | None = None
    # the state of the dateline's place ("CARACAS, April 13 -"): the home of the story's
    # unnamed officials and forces where the lede's subject names no state
    dateline: tuple[str, str] | None = None
    # every state the document names, with the words that name it
    states: dict[str, set[str]] = field(default_factory=dict)
    # the codes of every name in the lede (its first sentence)
    lede_codes: frozenset[str] = frozenset()
    # the days asserted events were dated by their text, in document order: (sentence
    # start, day, the words), for "the same day" and "the next day" in a later sentence,
    # and the lede's day (see lede_day)
    told_days: list[tuple[int, str, str]] = field(default_factory=list)
    sentence_contexts: list[str] = field(default_factory=list)  # of the sentence being coded
    text: str = ""  # the document's text, built once (a span's text is built token by token)
    # the coder's resolutions of mentions, by (heads, sentence, day, as actor)
    resolved: dict = field(default_factory=dict)
    # asserted events coded so far, in document order: (trigger index, type, actors,
    # recipients), so "condemned the strikes" can find who struck, and "vowed to
    # retaliate" whom
    acts: list[tuple[int, str, list[Entity], list[Entity]]] = field(default_factory=list)
    # asserted events whose doer no words name (trigger index, type): "was stabbed during
    # a visit", which a later "the attack" refers to, not to an arrest told since
    unattributed: list[tuple[int, str]] = field(default_factory=list)
    # asserted acts a party reports (trigger index, the reporter): "Vietnamese officials
    # said Chinese ships rammed ...", which a later "rejected the accusations" answers
    alleged: list[tuple[int, Entity]] = field(default_factory=list)
    # the events that tell the deed an accusation lays on someone (held, and asked for by
    # identity: an id of a dropped event may be reused)
    accused_acts: list[dict[str, Any]] = field(default_factory=list)
    # resolved subjects in document order: (token index, resolution, kind), the kind being
    # person, plural (a group: "protesters", "Russia and China") or thing (a state, a body)
    subjects: list[tuple[int, Resolution, str]] = field(default_factory=list)
    # coordinated parties named as a subject ("Biden and Putin met"), for "the two leaders"
    groups: list[tuple[int, list[Resolution]]] = field(default_factory=list)
    # the subjects that name a body by its kind and sector, of no state the tables give
    # ("A transitional military council ... will govern"), for a later "the council"
    bodies: list[tuple[int, Resolution]] = field(default_factory=list)
    # the states named together as places ("killed 961 people in Guinea, Liberia, Sierra
    # Leone and Nigeria"), which only "the four countries" refers to
    place_groups: list[tuple[int, list[Resolution]]] = field(default_factory=list)
    # named people who are no subject ("arrested Kizza Besigye"), for a "he" with no person
    # subject before it: (token index, resolution)
    objects: list[tuple[int, Resolution]] = field(default_factory=list)
    # fills subjects and groups on first use: most documents never need them
    _index: Callable[[], None] | None = None
    _objects_index: Callable[[], None] | None = None  # fills objects, after _index

    def lede_day(self, pub: dt.date | None) -> tuple[str, str] | None:
        """The day the lede's first act is dated by its text (not after ``pub``), and the
        words that date it: the day of the story, for the later sentences' simple-past
        acts that name none."""
        return next(
            (
                (day, words)
                for start, day, words in self.told_days
                if start == 0 and (pub is None or day <= pub.isoformat())
            ),
            None,
        )

    def _indexed(self) -> None:
        if self._index is not None:
            index, self._index = self._index, None
            index()

    def group(self, mention: Token) -> list[Resolution] | None:
        """The parties "the two leaders" or "both sides" refer to: the last coordinated
        subject of as many parties, within the three sentences before."""
        # "the two leaders", "both sides", "all parties"; "two soldiers were killed" counts
        # people, it does not refer back
        definite = any(c.lower_ in DEFINITE_COUNTS for c in mention.children)
        # "all sides", "all parties" refer back; "all hostages" are no parties named
        # before, nor are "all political parties", "all Arab states": every one of a kind
        parties = mention.lemma_.lower() in PARTY_NOUNS and not any(
            c.dep_ in ("amod", "compound") and c.lower_ not in WARRING for c in mention.children
        )
        count = next(
            (
                GROUP_NUMBERS[c.lower_]
                for c in mention.children
                if c.lower_ in GROUP_NUMBERS
                # ("each side blamed the other": every side, as "all sides" is)
                and (definite or c.lower_ == "both" or (c.lower_ in ("all", "each") and parties))
            ),
            GROUP_NUMBERS.get(mention.lower_) if _bare_number(mention) else None,
        )
        together = False  # parties that acted together, not every side of an event
        if count is None and parties and any(c.lower_ in WARRING for c in mention.children):
            count = 0  # "the warring parties": all sides of the fighting told
        if (
            count is None
            and mention.tag_ == "NNS"
            and mention.lemma_.lower() in PARTY_NOUNS | {"junta"}
            and any(c.dep_ == "det" and c.lower_ == "the" for c in mention.children)
            and not any(c.dep_ in ("amod", "compound", "prep", "poss") for c in mention.children)
        ):
            count = 0  # "the juntas", "the countries": the parties named together before
            together = True
        if count is None:
            return None
        if mention.lemma_.lower() not in PARTY_NOUNS and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in mention.children
        ):
            return None  # "both houses of Congress": parts of a whole it names, no group
        self._indexed()
        earliest = sentence_start(mention, back=3)
        # "France and the US urged both sides": the subject of the mention's own verb is
        # not what the mention refers to
        verb = verb_above(mention.head)
        doc = mention.doc
        own: set[str | None] = set()
        for index, parties in self.groups:
            if doc[index].head.i == verb.i and doc[index].dep_ in ("nsubj", "nsubjpass"):
                own.update(p.entity.code for p in parties)
        if mention.lemma_.lower() == "side":
            # "Burhan met the U.N. envoy ... urged both sides to return to talks": the UN
            # mediates between the sides, it is none of them
            own.add("UNO")
        for index, parties in reversed(self.groups):
            if own and {p.entity.code for p in parties} <= own:
                continue  # (nor is the same group named again: "Egypt and Qatar, which")
            if earliest <= index < mention.i and (count == 0 or len(parties) == count):
                if mention.lemma_.lower() in STATE_WORDS:
                    # "Thai and Cambodian troops ... the two neighbours": the states
                    return [replace(p, entity=replace(p.entity, sector=None)) for p in parties]
                if mention.lemma_.lower() == "government":
                    # "U.S. and British warplanes ... the two governments": the states'
                    # governments, not the forces named
                    return [replace(p, entity=replace(p.entity, sector="GOV")) for p in parties]
                return parties
        if count is not None and count > 1 and mention.lemma_.lower() in STATE_WORDS:
            for index, parties in reversed(self.place_groups):
                if earliest <= index < mention.i and len(parties) == count:
                    # "the outbreak has killed 961 people in Guinea, Liberia, Sierra Leone
                    # and Nigeria ... urged the four countries": the states named together
                    return [replace(p, entity=replace(p.entity, sector=None)) for p in parties]
        if count == 1:
            return None
        # "the two governments" are states (or their governments), not rebels
        states_only = mention.lemma_.lower() in STATE_NOUNS | {"government"}
        # no coordinated subject: the two parties of the last event between exactly two
        # ("Cuba reopened its embassy in Washington ... the two countries had agreed");
        # failing that, of one state but two sectors ("the two generals" after Burhan and
        # Dagalo, both Sudanese)
        passes = (False,) if states_only or count == 0 else (False, True)
        for by_sector in passes:
            for index, event, actors, recipients in reversed(self.acts):
                if not earliest <= index < mention.i or index == verb.i:
                    continue  # (the mention's own act is not what it refers to)
                if count == 0:
                    # "all parties", "the warring parties": every side of the last event
                    # between two or more ("the army clashed with the RSF": both Sudanese)
                    # (those who acted together: a meeting's guests and hosts alike)
                    joint = together and event != "CONSULT"
                    sides = {
                        (e.code, e.sector): e
                        for e in (actors if joint else actors + recipients)
                        if e.code not in own and e.code not in (None, NO_COUNTRY)
                    }
                    if len(sides) < 2 and not (
                        # "Libyan militias clashed ... called on all parties": the sides
                        # are all among the one plural party that fought
                        event == "ASSAULT" and len(actors) == 1 and not recipients and sides
                    ):
                        continue
                    return [
                        Resolution(e, f"'{e.text}' took part in the {event} before")
                        for e in sides.values()
                    ]
                states = _states_of(actors + recipients, own, states_only, by_sector)
                if len(states) != count and states_only:
                    # "the launch was condemned by Japan, South Korea and the United States
                    # ... the three countries said": the states that acted together
                    states = _states_of(actors, own, states_only)
                if len(states) != count:
                    # "expelled the ambassadors of Argentina and Chile after both countries
                    # refused": the parties acted on together, where they are as many
                    states = _states_of(recipients, own, states_only, by_sector)
                if len(states) == count:
                    # "the two countries" are the states; "the two leaders" keep their sectors
                    bare = mention.lemma_.lower() in STATE_WORDS
                    return [
                        Resolution(
                            replace(e, sector=None if bare else e.sector),
                            f"'{e.text}' took part in the {event} before",
                        )
                        for e in states.values()
                    ]
        return None

    def acts_before(
        self, token: Token, back: int
    ) -> Iterator[tuple[int, str, list[Entity], list[Entity]]]:
        """The acts coded before ``token``, in its sentence or the ``back`` sentences before
        it, the latest first: (clause head index, event type, actors, recipients)."""
        earliest = sentence_start(token, back=back)
        return (act for act in reversed(self.acts) if earliest <= act[0] < token.i)

    def patients_of(self, head: Token, verbs: frozenset[str]) -> list[Entity]:
        """The parties of a state that the latest act told by one of ``verbs`` in
        ``head``'s sentence or the three before was done to."""
        for index, _, _, targets in self.acts_before(head, back=3):
            if head.doc[index].lemma_.lower() not in verbs:
                continue
            done_to = [t for t in targets if t.code not in (None, NO_COUNTRY)]
            if done_to:
                # (people, before the place they were sent to: "expelled 415 Palestinians
                # into southern Lebanon")
                return [t for t in done_to if t.sector] or done_to
        return []

    def subject_codes(self, subject: Token | None) -> frozenset[str | None]:
        """The codes ``subject`` (a clause's subject) was resolved to, if any."""
        self._indexed()
        if subject is None:
            return frozenset()
        return frozenset(r.entity.code for i, r, _ in self.subjects if i == subject.i)

    def subjects_before(self, token: Token, back: int) -> list[Resolution]:
        """The resolved subjects before ``token``, in its sentence or the ``back``
        sentences before it, the latest first."""
        self._indexed()
        earliest = sentence_start(token, back=back)
        return [r for index, r, _ in reversed(self.subjects) if earliest <= index < token.i]

    def body_told_before(self, institution: Token) -> Resolution | None:
        """The sector of a body a definite "the council" refers back to, where the tables
        name it not: the earlier subject of its own word ("A transitional military council
        ... will govern. The council dissolved"), or the body the one who heads or leads
        it stands for ("General Sonthi, who heads the new ruling council, declared martial
        law ... The council banned gatherings"). Its state is left to the document."""
        self._indexed()
        doc = institution.doc
        earliest = sentence_start(institution, back=3)
        lemma = institution.lemma_.lower()
        for earlier in reversed(doc[earliest : institution.i]):
            if earlier.lemma_.lower() != lemma or earlier.pos_ not in ("NOUN", "PROPN"):
                continue
            for i, r in self.bodies:
                if i == earlier.i:
                    return Resolution(
                        replace(r.entity, code=NO_COUNTRY),
                        f"'{institution.text}' refers to '{r.entity.text}' before: {r.why}",
                    )
            verb = earlier.head
            if earlier.dep_ != "dobj" or verb.lemma_.lower() not in HEADING_LEMMAS:
                continue
            leader = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if leader is not None and leader.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl":
                leader = verb.head  # "General Sonthi, who heads the council"
            if leader is None:
                continue
            while leader.dep_ == "appos" and leader.head.i != leader.i:
                leader = leader.head  # "Colonel Mainassara, the army chief who heads it"
            for i, r, _ in self.subjects:
                if i == leader.i and r.entity.sector in COUP_SECTORS:
                    why = f"'{institution.text}' is the body '{leader.text}' heads: {r.why}"
                    return Resolution(Entity(institution.text, NO_COUNTRY, r.entity.sector), why)
        return None

    def last_parties(self, pronoun: Token) -> list[Resolution] | None:
        """For a "they" with no plural subject before it: the sides of the last event
        between two or more named parties, in its sentence or the one before: its actors
        where they are two or more ("Kenya and Somalia pledged to work together against
        al-Shabaab. They did not sign": not al-Shabaab), else all its parties."""
        for _, event, actors, recipients in self.acts_before(pronoun, back=1):
            sides: dict[tuple, Entity] = {}
            for entity in actors:
                if entity.code and entity.code != NO_COUNTRY:
                    sides.setdefault((entity.code, entity.sector), entity)
            if len(sides) < 2:
                for entity in recipients:
                    if entity.code and entity.code != NO_COUNTRY:
                        sides.setdefault((entity.code, entity.sector), entity)
            if len(sides) >= 2:
                return [
                    Resolution(e, f"'{e.text}' took part in the {event} before")
                    for e in sides.values()
                ]
            return None
        return None

    def antecedent(self, pronoun: Token) -> Resolution | None:
        """The subject a "he", "she", "it" or "they" refers to: the nearest earlier resolved
        subject of the right kind within the two sentences before (news reuses the last
        subject)."""
        return self.antecedent_of(pronoun, pronoun.lower_)

    def their_parties(self, head: Token) -> list[Resolution] | None:
        """The states a "their" on ``head`` refers to: the last group of two states or more
        named before it in its sentence, other than its own clause's subject."""
        self._indexed()
        verb = verb_above(head)
        start = head.sent.start
        for index, parties in reversed(self.groups):
            if not start <= index < head.i:
                continue
            token = head.doc[index]
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.i == verb.i:
                continue
            states = {r.entity.code for r in parties} - INTERNATIONAL_CODES - {NO_COUNTRY}
            if len(states) >= 2 and len(states) == len(parties):
                return parties
        return None

    def joined_clause_subject(self, pronoun: Token) -> Resolution | None:
        """The party an object "them" stands for in a clause joined to one whose subject
        names a group: "the rebels said they would not attack, but the army accused them",
        "the nine men were executed ... after a tribunal convicted them". Its own clause's
        subject is another party."""
        if pronoun.lower_ != "them" or pronoun.dep_ not in ("dobj", "dative", "pobj"):
            return None
        verb = verb_above(pronoun.head if pronoun.dep_ == "pobj" else pronoun)
        own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if own is None or own.pos_ == "PRON" or verb.dep_ not in ("conj", "advcl"):
            return None
        upper = verb.head
        if upper.i == verb.i:
            return None
        subject = next((c for c in upper.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        self._indexed()
        return next(
            (r for i, r, kind in self.subjects if i == subject.i and kind == "plural"), None
        )

    def reciprocal(self, head: Token) -> list[Resolution] | None:
        """The parties "each other" or "one another" stand for: the coordinated subject of
        the verb they depend on."""
        if not is_reciprocal(head):
            return None
        # "Thailand and Cambodia accused each other", or "both countries accused each
        # other" after the two were named
        return self._subject_parties(verb_above(head.head))

    def distributed(self, head: Token) -> list[Resolution] | None:
        """The parties "each" ("each side") or, with it, "the other" stand for in a
        clause joined to one whose subject names them together: "Thai and Cambodian
        troops exchanged fire, each accusing the other"."""
        verb = verb_above(head.head if head.dep_ != "nsubj" else head)
        each = next((c for c in verb.children if c.dep_ == "nsubj" and _each(c)), None)
        if each is None or not (head.i == each.i or _the_other(head)):
            return None
        if verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
            return None
        return self._subject_parties(verb.head)

    def _subject_parties(self, verb: Token) -> list[Resolution] | None:
        """The parties the subject of ``verb`` names together, or refers back to."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        self._indexed()
        return dict(self.groups).get(subject.i) or self.group(subject)

    def plural_antecedent(self, pronoun: Token) -> list[Resolution] | None:
        """The parties a "they" or "them" refers to when its antecedent is a coordinated
        subject ("Meloni, Trudeau and De Croo arrived in Kyiv. They signed ..."): all of
        them, not the first."""
        self._indexed()
        earliest = sentence_start(pronoun, back=2)
        own = clause_subject(pronoun) if pronoun.lower_ == "them" else None
        groups = dict(self.groups)
        for index, _resolution, kind in reversed(self.subjects):
            if index >= pronoun.i or (own is not None and index == own.i):
                continue
            if index < earliest:
                break
            if kind == "plural":
                group = groups.get(index)
                return group if group and len(group) > 1 else None
        return None

    def described(self, head: Token, sector: str | None = None) -> Resolution | None:
        """The earlier subject a definite description refers to: "the minister" after
        "Japanese Foreign Minister Yoko Kamikawa" (its words hold the head noun), within
        the three sentences before. A state's armed forces go by many words: "the
        military" after "Gabon's army" (``sector`` MIL) is that army."""
        self._indexed()
        earliest = sentence_start(head, back=6)
        words = {head.lower_, head.lemma_.lower()}
        # "the military government" is not "Japan's government" named before: a word that
        # tells one body of a kind from another must be in the earlier words too
        kind_words = _distinguishing(head)
        candidates = [
            (resolution, {w.lower() for w in resolution.entity.text.split()})
            for index, resolution, _ in reversed(self.subjects)
            if earliest <= index < head.i and resolution.entity.code != NO_COUNTRY
        ]
        for resolution, named in candidates:
            if words & named and kind_words <= named:
                return resolution
        if _rule_by_soldiers(head):
            # "the junta" after "Burkina Faso's military government", and back
            for resolution, named in candidates:
                if named & {"junta", "military"} and resolution.entity.sector in ("GOV", "MIL"):
                    return resolution
        # "threw rocks at NATO peacekeepers ... The peacekeepers responded": a party of an
        # earlier act, named there in full
        for index, _, actors, targets in reversed(self.acts):
            if not earliest <= index < head.i:
                continue
            for known in (*actors, *targets):
                told = {w.lower() for w in known.text.split()}
                if known.code not in (None, NO_COUNTRY) and words & told and kind_words <= told:
                    return Resolution(known, f"'{known.text}' in an act told before")
        if sector == "MIL" and head.lemma_.lower() in ARMY_WORDS:
            for resolution, _ in candidates:
                known = resolution.entity
                if known.sector == sector and known.code not in INTERNATIONAL_CODES:
                    return resolution
        return None

    def titled_before(self, head: Token) -> Token | None:
        """The name a definite "the prince" or "the cleric" refers to: the head of the one
        named with that word as his title ("Prince Norodom Ranariddh") in the five
        sentences before, whom no actor table may know by the word."""
        title = head.text.capitalize()
        for token in reversed(head.doc[sentence_start(head, back=5) : head.i]):
            if (
                token.text == title
                and token.dep_ == "compound"
                and token.head.pos_ == "PROPN"
                and token.head.ent_type_ == "PERSON"
                and token.head.i > token.i
            ):
                return token.head
        return None

    def named_before(
        self,
        head: Token,
        kinds: frozenset[str],
        word: str | None = None,
        back: int = 2,
        codes: frozenset[str] | None = None,
        other_than: frozenset[str] = frozenset(),
        sectors_not: frozenset[str] = frozenset(),
    ) -> NameMatch | None:
        """The name of one of ``kinds`` last before ``head`` (within ``back`` sentences
        before): the organisation "the group" refers to ("Hamas spokesman Osama Hamdan said
        the group had accepted"), the state "the kingdom" does ("Saudi Arabia executed 81
        men. The kingdom said ..."). With ``word``, only a name holding that word: "the
        court" is the International Criminal Court named before, not Hamas. With
        ``codes``, only a name of one of those codes: "the bloc" is the EU, not the
        militia named since; with ``other_than``, a name of none of those codes; with
        ``sectors_not``, of none of those sectors ("the group" is no broadcaster)."""
        earliest = sentence_start(head, back=back)
        for i in range(head.i - 1, earliest - 1, -1):
            match = self.names.get(i)
            if match is None or match.entry.kind not in kinds:
                continue
            if codes is not None and match.entry.code not in codes:
                continue
            if match.entry.code in other_than or match.entry.sector in sectors_not:
                continue
            if word is not None:
                named = head.doc[match.start : match.end].text.lower().split()
                # ("the agency" after the World Food Programme or the IAEA: an
                # international body news calls an agency whatever its name)
                # (and "the watchdog", "the body")
                agency = word in ("agency", "watchdog", "body") and match.entry.code in (
                    "UNO",
                    "IGO",
                )
                if word not in named and word not in match.entry.name.lower().split():
                    if not agency:
                        continue
            return match
        return None

    def regional_body(self, head: Token) -> NameMatch | None:
        """The organisation of states a regional mention stands for, where the story
        names it: "West African leaders" in a story naming the Economic Community of West
        African States, "Arab foreign ministers" in one naming the Arab League. The body's
        name holds the region's words; none is guessed where the story names none."""
        words = sorted(
            (
                t
                for c in head.children
                if c.dep_ in ("amod", "compound") and c.is_title
                for t in c.subtree
                if t.is_title and t.i < head.i
            ),
            key=lambda t: t.i,
        )
        regional = not_actor_words("region") - NOT_REGIONS
        if not words or words[-1].lower_ not in regional:
            return None
        phrase = [t.lower_ for t in words]
        bodies = [
            m
            for i, m in sorted(self.names.items())
            if m.start == i and m.entry.kind == "organisation" and m.entry.code in REGIONAL_BODIES
        ]
        # the whole phrase first ("West African"), then its region word alone ("African")
        for wanted in (phrase, phrase[-1:]):
            for match in bodies:
                name = match.entry.name.lower().replace("-", " ").split()
                if any(name[k : k + len(wanted)] == wanted for k in range(len(name))):
                    return match
        return None

    def _index_named_objects(self) -> None:
        if self._objects_index is not None:
            index_objects, self._objects_index = self._objects_index, None
            index_objects()

    def anothers_antecedent(
        self, pronoun: Token, form: str, others_than: list[Entity], within: bool = False
    ) -> Resolution | None:
        """The nearest subject before ``pronoun`` (in its sentence or the two before) that
        may stand for it and is none of the parties ``others_than``: whose "its record" a
        party criticises, which is not its own. "Its" is another state's; "his" another
        person's, who may be of the same state ("a judge ordered his arrest"). With
        ``within``, any other body may be of the same state too ("the president rejected
        their demands", the mutineers')."""
        wanted = PRONOUN_KINDS[form]
        # ("government artillery was shelling their positions": the rebels', of the same
        # state; "they" are people, who may be any other body)
        by_sector = wanted in ("person", "plural") or within
        if by_sector:
            excluded = {(e.code, e.sector) for e in others_than}
            # (a state named bare is all its bodies)
            excluded |= {(e.code, None) for e in others_than}
        else:
            excluded = {e.code for e in others_than}
        bare_states = {e.code for e in others_than if e.sector is None} if within else set()
        self._indexed()
        earliest = sentence_start(pronoun, back=2)
        for index, resolution, kind in reversed(self.subjects):
            if index >= pronoun.i:
                continue
            if index < earliest:
                break
            code = resolution.entity.code
            party = (code, resolution.entity.sector) if by_sector else code
            if (
                wanted == "person"
                and party in excluded
                and resolution.entity.name
                # (one named person against others named: not a body, whose members
                # the excluded sector stands for)
                and all(e.name for e in others_than)
                and not any(resolution.entity.name == e.name for e in others_than)
            ):
                # "Pavlopoulos offered to resign, but Karamanlis refused to accept his
                # resignation": another person named, though of the same state and sector
                party = None
            if (
                kind == wanted
                and party not in excluded
                and code not in bare_states
                and code not in (None, NO_COUNTRY)
            ):
                return resolution
            if (
                kind == wanted
                and code in (None, NO_COUNTRY)
                and index >= sentence_start(pronoun, back=0)
                and not any(
                    e.code == code and e.sector == resolution.entity.sector for e in others_than
                )
            ):
                # "residents told Powell that militiamen had burned their villages": the
                # residents', of no state the words name, not the aid agencies' before
                return None
        return None

    def antecedent_of(self, pronoun: Token, form: str) -> Resolution | None:
        """:meth:`antecedent` for a pronoun read as the subject form ``form`` ("their" as
        "they")."""
        wanted = PRONOUN_KINDS[form]
        self._indexed()
        earliest = sentence_start(pronoun, back=2)
        # "Putin met Xi and praised him": an object pronoun is not its own clause's subject
        objective = (
            form in OBJECT_PRONOUNS
            or (form == "it" and pronoun.dep_ in ("dobj", "dative", "pobj"))  # "Russia vetoed it"
            or _caused_subject(pronoun)  # "Malta agreed to let it in"
        )
        own = clause_subject(pronoun) if objective else None
        # (the subject with its apposition: "the army commander, General Vasquez, refused
        # to back him" is not about Vasquez)
        own_at = (
            {own.i} | {c.i for c in own.children if c.dep_ == "appos"} if own is not None else set()
        )
        if objective and wanted == "person" and _borrows_subject(pronoun):
            # "Trump had spoken with Putin and agreed to meet him": in a clause joined to
            # the one that named him, the person named last in the sentence, not its
            # subject (while "met Kellogg, a day after Trump called him a dictator" is
            # another clause, with a subject of its own)
            self._index_named_objects()
            for index, resolution in reversed(self.objects):
                if pronoun.sent.start <= index < pronoun.i and index not in own_at:
                    return resolution
        # "he would only welcome him": not whom the clause's own "he" stands for either
        bound = (
            self.antecedent_of(own, own.lower_)
            if own is not None and own.lower_ in PRONOUN_KINDS and own.lower_ != form
            else None
        )
        # ("Lula spoke with Maduro ... Lula urged him": nor the clause's subject named
        # earlier by another of its names)
        own_name = next(
            (r.entity.name for i, r, _ in self.subjects if i in own_at),
            None,
        )
        for index, resolution, kind in reversed(self.subjects):
            if index >= pronoun.i or index in own_at:
                continue
            if index < earliest:
                break
            if own_name is not None and resolution.entity.name == own_name:
                continue
            if kind == wanted and resolution is not bound:
                return resolution
        if wanted == "plural":
            # "the Houthis said they had targeted": a group named in a plural form the
            # tagger read as one name
            doc = pronoun.doc
            for index, resolution, kind in reversed(self.subjects):
                if index >= pronoun.i or index < earliest or resolution is bound:
                    continue
                if kind != "plural" and _plural_name(doc[index]):  # (the recogniser
                    # may take "the Houthis" for a person)
                    return resolution
        if wanted == "thing" and form == "it" and pronoun.dep_ == "nsubj" and _dated_by(pronoun):
            # "suspended talks with the ELN after it attacked a base": no thing was a
            # subject; the organisation named last in the sentence did it
            if (match := self.named_before(pronoun, ORGANISATION_KIND, back=0)) is not None:
                return _it_as_named(pronoun, match)
        if wanted == "thing" and own is not None and _asked_to_act(pronoun):
            # "Sudan cut relations with Chad, accusing it of backing rebels": an "it" told
            # to have done or to do something is a party, and not its clause's subject:
            # the state or organisation named last before it in the sentence
            own_codes = frozenset(r.entity.code for i, r, _ in self.subjects if i == own.i)
            match = self.named_before(pronoun, PARTY_KINDS, back=0, other_than=own_codes)
            if match is not None:
                return _it_as_named(pronoun, match)
        if wanted != "person":
            return None
        # no person was a subject: "a court sentenced reporter Evan Gershkovich ... charges
        # which he denies", "police arrested Kizza Besigye. He was charged": the person named
        # last, in the sentence or the one before
        nearest = sentence_start(pronoun, back=1)
        self._index_named_objects()
        for index, resolution in reversed(self.objects):
            if nearest <= index < pronoun.i and index not in own_at:
                return resolution
        return None


def _it_as_named(pronoun: Token, match: NameMatch) -> Resolution:
    """An "it" coded as the name ``match`` found before it in its sentence."""
    entry = match.entry
    words = pronoun.doc[match.start : match.end].text
    entity = Entity(pronoun.text, entry.code, entry.sector, entry.name, entry.wikidata)
    return Resolution(entity, f"'it' refers to '{words}' named before in the sentence")


def _asked_to_act(pronoun: Token) -> bool:
    """Whether an object "it" is said to have done or to do something: "accusing it of
    backing", "urged it to stop"."""
    if pronoun.dep_ != "dobj":
        return False
    return any(
        (
            c.dep_ == "prep"
            and c.lower_ in ("of", "for")
            and any(g.dep_ == "pcomp" for g in c.children)
        )
        or (c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
        for c in pronoun.head.children
        if c.i > pronoun.i
    )


def _dated_by(subject: Token) -> bool:
    """Whether ``subject`` is the subject of a clause that dates or explains another:
    "after it attacked", "because it refused"."""
    verb = subject.head
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "because", "since", "when", "as")
        for c in verb.children
    )


def _each(token: Token) -> bool:
    """Whether a subject is "each" or "each side" (country, party ...)."""
    if token.lower_ == "each":
        return True
    return token.lemma_.lower() in PARTY_NOUNS | STATE_WORDS and any(
        c.dep_ == "det" and c.lower_ == "each" for c in token.children
    )


def _the_other(token: Token) -> bool:
    """Whether an object is "the other" (of a pair)."""
    return token.lower_ == "other" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    )


def _plural_name(token: Token) -> bool:
    """Whether ``token`` is a name in a plural form after "the": "the Houthis", "the
    Kurds" (tagged as one name, not a plural)."""
    return (
        token.tag_ == "NNP"
        and token.text.endswith("s")
        and not token.text.endswith("ss")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


def _plural_agent_first(token: Token, resolver: ActorResolver) -> bool:
    """Whether ``token`` is the plural of an agent word first in its sentence, which the
    tagger reads as a name for its capital: "Rebels of the Free Aceh Movement said"."""
    if not (token.is_sent_start and token.tag_ == "NNP" and token.text.istitle()):
        return False
    word = token.lower_
    if not word.endswith("s") or word.endswith("ss"):
        return False
    singulars = (
        word[:-1],
        word[:-2] if word.endswith("es") else "",
        word[:-3] + "y" if word.endswith("ies") else "",
    )
    return any((form,) in resolver.kb.agents for form in singulars if form)


def _named(token: Token) -> bool:
    """Whether ``token`` may be a name told before: a proper noun, or a capitalised word
    the tagger took for a common noun at a sentence's start ("Morales, who faces ...")."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper())


# the words of an armed movement's name that movements of many states share: "National
# Liberation Army" (Colombia's ELN, and Macedonia's Albanian rebels in 2001)
LIBERATION_WORDS = frozenset({"liberation", "army", "front", "revolutionary", "armed", "forces"})


def name_many_states_share(name: str | None, sector: str | None = None) -> bool:
    """Whether ``name`` is a party's name that parties of many states share: "Democratic
    Party", "People's Action Party", every word of it a word of creed; or a rebel
    movement's that movements of many states share, "National Liberation Army" (not a
    state's own army: "People's Liberation Army")."""
    words = (name or "").lower().replace("-", " ").split()
    creed = not_actor_words("creed")
    if "party" in words and all(w in creed for w in words):
        return True
    return (
        sector == "REB"
        and "liberation" in words
        and all(w in creed | LIBERATION_WORDS for w in words)
    )


def _parties_of_the_story(
    found: list[Resolution], tokens: list[Token], story: tuple[str, str], ctx: DocContext
) -> list[Resolution]:
    """``found``, where a party of a name many states' parties share, of a state the
    document never names, is that story's state's party of the name ("the main opposition
    Democratic Party demanded that Yoon resign" in a story of South Korea), or is dropped
    where the mention names its state ("Albania's opposition Democratic Party")."""
    out = []
    for r in found:
        entity = r.entity
        if (
            entity.code in (story[0], NO_COUNTRY)
            # (a state named only after the mention is no reader's guess for it: "The
            # Democratic Party said it would begin impeachment proceedings ... Washington
            # said it had not been informed")
            or _state_named_before(entity.code, tokens[0].i, ctx)
            or r.named_kind != "organisation"
            or not name_many_states_share(entity.name, entity.sector)
        ):
            out.append(r)
            continue
        if any(o is not r and o.named_kind in STATE_KINDS for o in found):
            continue
        words = {t.lower_ for t in tokens}
        # (the table's sector is the other state's party's standing: the words tell this
        # one's; an armed movement's is its own)
        sector = "OPP" if "opposition" in words else "GOV" if words & RULING_WORDS else "PTY"
        if "party" not in (entity.name or "").lower().split():
            sector = entity.sector
        why = f"{r.why}; a name many states' parties share: of the story's state ({story[1]})"
        entity = Entity(entity.text, story[0], sector)
        # (borrowed from the document's count of state names, or from its setting)
        source = FROM_DOCUMENT if story == ctx.country else FROM_SETTING
        out.append(Resolution(entity, why, r.kind, r.named_kind, code_from=source))
    return out


def _state_named_before(code: str | None, position: int, ctx: DocContext) -> bool:
    """Whether the document names the state ``code`` (as a state, its people, capital or
    seat) before ``position``."""
    return any(
        i < position and m.entry.code == code and m.entry.kind in STATE_KINDS
        for i, m in ctx.names.items()
    )


# words that make a party the one in power ("the ruling Democratic Party")
RULING_WORDS = frozenset({"ruling", "governing"})


def unknown_person(tokens: list[Token], head: Token) -> bool:
    """Whether ``tokens`` are a person's bare name only ("Zephirin Diabre", "Diabre"): the
    recogniser's person, every word a proper noun of it, and none a medium ("Twitter")
    or a town the gazetteer knows ("Gamboru Ngala"), which the recogniser may take for
    people."""
    words = [t for t in tokens if t.dep_ != "case"]
    return (
        head.ent_type_ == "PERSON"
        and all(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in words)
        and not any(t.lower_ in cues()["platform"] for t in words)
        and not any(gazetteer_match(t) for t in words)
    )


def _rule_by_soldiers(head: Token) -> bool:
    """Whether ``head`` names a government of soldiers: "the junta", "the military
    government", "the military rulers"."""
    return head.lemma_.lower() == "junta" or (
        head.lemma_.lower() in ("government", "ruler", "regime", "authority")
        and any(c.dep_ == "amod" and c.lower_ == "military" for c in head.children)
    )


# the words for a state's armed forces as a whole, which any earlier name of them may
# stand for ("the military" after "Gabon's army")
ARMY_WORDS = frozenset({"military", "army"})


def _borrows_subject(pronoun: Token) -> bool:
    """Whether an object pronoun's clause has no subject of its own but shares one along
    "and" or into an infinitive ("spoke with Putin and agreed to meet him")."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    return verb.dep_ in ("conj", "xcomp") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    )


def _subject_above(token: Token) -> Token | None:
    """The subject of the nearest clause above ``token`` that has one."""
    verb = verb_above(token)
    for _ in range(4):
        if (subject := next((c for c in verb.children if c.dep_ == "nsubj"), None)) is not None:
            return subject
        if verb.head.i == verb.i:
            return None
        verb = verb_above(verb.head)
    return None


def _caused_subject(pronoun: Token) -> bool:
    """Whether ``pronoun`` is the subject of a clause a causative verb takes ("agreed to
    let it in", "made it withdraw"): the causer's object in all but the parse."""
    clause = pronoun.head
    return (
        pronoun.dep_ == "nsubj"
        and clause.dep_ in ("ccomp", "xcomp")
        and clause.head.lemma_.lower() in CAUSATIVE_VERBS
    )


def clause_subject(pronoun: Token) -> Token | None:
    """The subject of the clause an object pronoun (or an object "their" owns) is in,
    shared along "and", to an infinitive and to a participle."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    if pronoun.dep_ == "pobj" and verb.dep_ in ("dobj", "pobj"):
        # "Japan imposed sanctions on it": the "on" hangs on the object, in Japan's clause
        verb = verb_above(verb)
    if pronoun.dep_ == "nsubj" and (
        pronoun.lower_ in ("him", "her", "them") or _caused_subject(pronoun)
    ):
        # "Sharon declared him an enemy", read as a clause "him an enemy": the clause
        # is the verb's that the small clause hangs on
        verb = verb.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        # (and along an infinitive, "agreed to meet him", or a participle, "expelled the
        # mission, accusing it")
        participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
        if (verb.dep_ not in ("conj", "xcomp") and not participle) or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def sentence_start(token: Token, back: int) -> int:
    """Index of the first token ``back`` sentences before ``token``'s own."""
    start = token.sent.start
    for _ in range(back):
        if start == 0:
            break
        start = token.doc[start - 1].sent.start
    return start


# verbs of holding power over a state: "the junta, which has ruled Niger since July"
GOVERNING_VERBS = frozenset({"rule", "govern", "run"})


def _state_it_rules(head: Token, ctx: DocContext) -> NameMatch | None:
    """The state a relative clause on a party of no state says it rules: "the junta,
    which has ruled Niger since late July", "the council that governs Mali"."""
    for clause in counted(head).children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in GOVERNING_VERBS:
            continue
        for ruled in clause.children:
            match = ctx.names.get(ruled.i) if ruled.dep_ == "dobj" else None
            if match is not None and match.entry.kind in NAMED_STATE_KINDS:
                return match
    return None


def names_of(names: dict[int, NameMatch], doc: Doc) -> set[str]:
    """The surfaces the actor tables matched in the document."""
    return {doc[m.start : m.end].text for m in {id(m): m for m in names.values()}.values()}


# the states whose people news names, alone, by the first word of their name: the family
# name, written first ("Wang Yi ... Wang said"), or in Thailand the given name ("Somchai
# Wongsawat ... Somchai said")
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK", "HKG", "MAC", "THA"})


def _family_name(ent: Span, names: dict[int, NameMatch], person: Resolution) -> str | None:
    """The family name of a name written family name first: with a hyphenated given name
    ("Lee Jae-myung", "Han Duck-soo"), which the recogniser may cut short ("Han Duck"),
    read from the table's match where there is one; or a name of two or three words of a
    person of a state that writes names so ("Wang Yi", "Kim Jong Un")."""
    doc = ent.doc
    match = names.get(ent.start)
    span = doc[match.start : match.end] if match is not None else ent
    if len(span) > 2 and any(t.text == "-" for t in span[1:]):
        return span[0].text
    if person.entity.code in FAMILY_NAME_FIRST and 2 <= len(ent) <= 3 and ent[0].pos_ == "PROPN":
        return ent[0].text
    # the recogniser's span may stop at the hyphen: "Han Duck" before "-soo"
    if ent.end < len(doc) and doc[ent.end].text == "-" and len(ent) == 2:
        return ent[0].text
    return None


def _titled_name(ent: Span, titles: frozenset[str], names: dict[int, NameMatch]) -> bool:
    """Whether a name the recogniser did not take for a person is one all the same: proper
    nouns the tables do not know, just after a title that names one person ("the cleric
    Fethullah Gulen", tagged ORG), so the surname alone later is that person."""
    if ent.start == 0 or any(names.get(t.i) is not None for t in ent):
        return False
    title = ent.doc[ent.start - 1]
    return (
        title.pos_ == "NOUN"
        and title.lemma_.lower() in titles
        and title.head.i == ent.root.i
        and all(t.pos_ == "PROPN" for t in ent)
    )


# an acronym: capitals and digits, hyphens between ("UFR", "SPLM-IO", "M23")
ACRONYM = re.compile(r"[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*$")
# the prepositions inside a body's name ("Union of Resistance Forces", "Front for Change
# and Concord in Chad")
NAME_PREPS = frozenset({"of", "for", "in"})


def _acronym_defined(
    acronym: Token, names: dict[int, NameMatch], resolver: ActorResolver
) -> Resolution | None:
    """What an acronym the tables lack stands for where the text defines it in brackets
    after a name ("the rebels of the Union of Resistance Forces (UFR)", "The Niger Movement
    for Justice (MNJ)"): the name's resolution, for the acronym alone later. None where
    ``acronym`` is no such definition or its name resolves to no one party."""
    doc = acronym.doc
    i = acronym.i
    if (
        i < 2
        or i + 1 >= len(doc)
        or doc[i - 1].text != "("
        or doc[i + 1].text != ")"
        or i in names
        or not ACRONYM.match(acronym.text)
    ):
        return None
    named = doc[i - 2]
    while named.head.i != named.i and named.pos_ == "PROPN":
        up = named.head
        if named.dep_ == "pobj" and up.lower_ in NAME_PREPS:
            up = up.head
        elif named.dep_ not in ("compound", "flat", "conj"):
            break
        if up.pos_ == "NOUN" and resolver.agent_sector([up], up.i) is None:
            break  # "members of his Cameroon Renaissance Movement (MRC)": the name's own
        if up.pos_ not in ("PROPN", "NOUN"):
            break
        named = up
    resolved = [
        r
        for r in resolver.resolve(mention_tokens(named), names, named, None)
        if r.entity.code != NO_COUNTRY or r.entity.sector is not None
    ]
    if len(resolved) != 1:
        return None
    words = doc[named.left_edge.i : i - 1].text.strip()
    return Resolution(
        replace(resolved[0].entity, text=acronym.text),
        f"'{acronym.text}' stands for '{words}': {resolved[0].why}",
        resolved[0].kind,
    )


def _title_after(name: Token) -> Token | None:
    """The common noun an apposition after ``name`` heads ("Meng Wanzhou, the chief
    financial officer of Huawei"), else None."""
    return next(
        (
            c
            for c in name.children
            if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > name.i and c.nbor(-1).i > name.i
        ),
        None,
    )


def _person_resolved(
    ent: Span, resolver: ActorResolver, names: dict[int, NameMatch], day: dt.date | None
) -> tuple[Token, list[Resolution]]:
    """A person's name resolved with the words of its phrase ("opposition leader Nika
    Melia"), and that phrase's head. Where the parser runs two people into one phrase
    ("President Juan Manuel Santos and FARC rebel leader Rodrigo Londono"), the name
    alone: the other person's words tell nothing of this one."""
    head = _phrase_head(ent.root)
    if ent.start <= head.i < ent.end or head.ent_type_ != "PERSON":
        return head, resolver.resolve(mention_tokens(head), names, head, day)
    return ent.root, resolver.resolve(list(ent), names, ent.root, day)


def _phrase_head(token: Token) -> Token:
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token


def _index_subjects(
    ctx: DocContext,
    doc: Doc,
    resolver: ActorResolver,
    names: dict[int, NameMatch],
    titles: frozenset[str] = frozenset(),
    day: dt.date | None = None,
) -> None:
    """The resolved subjects and coordinated parties of the document, for "he", "they",
    "the two leaders": built the first time a pronoun or a group asks. ``day`` dates the
    office holders named as objects."""
    # the subjects' positions from the arrays: building a Token for every word costs more
    # than the rest of this index
    strings = doc.vocab.strings
    wanted_deps = {strings.add("nsubj"), strings.add("nsubjpass")}
    prep_dep = strings.add("prep")
    wanted_pos = {PROPN, NOUN}
    deps_pos = doc.to_array([DEP, POS]).tolist()
    for i, (dep, pos) in enumerate(deps_pos):
        if dep in wanted_deps and pos == PRON_POS and doc[i].lower_ in ("which", "who"):
            # "Poland and Austria, which said they ...": a relative subject stands for the
            # names it follows, a group a later "they" may refer to
            named_head = coordinated_names_head(antecedent(doc[i]), doc[i])
            if (named := _named_parties(named_head, resolver, names)) is not None:
                ctx.groups.append((i, named))
                ctx.subjects.append((i, named[0], "plural"))
            continue
        if dep not in wanted_deps or pos not in wanted_pos:
            continue
        token = doc[i]
        head = token
        found = resolver.resolve(mention_tokens(head), names, head, day)
        found = [_sector_told_before(r, [head], ctx) for r in found]
        told_before = not found and _named(head) and head.text in ctx.people
        if told_before:
            # "Guzman was flown to New York ... charged him": a person told in full before
            found = [ctx.people[head.text]]
        # (a surname the tagger reads as a plural, "Guterres", "Sanchez", is one person)
        person_named = head.i in names and names[head.i].entry is PERSON
        plural = (
            (head.tag_ in ("NNS", "NNPS") and not person_named)
            or any(c.dep_ == "conj" for c in head.children)
            or _plural_agent_first(head, resolver)
        )
        if named := _named_parties(head, resolver, names):
            ctx.groups.append((token.i, named))
        elif plural and len({r.entity.code for r in found} - {None, NO_COUNTRY}) >= 2:
            # "Thai and Cambodian troops": the parties named in the modifiers
            ctx.groups.append((token.i, [r for r in found if r.entity.code != NO_COUNTRY]))
        if plural and len(found) == 1:
            ctx.subjects.append((token.i, found[0], "plural"))
            continue
        real = [r for r in found if r.entity.code != NO_COUNTRY]
        if len(real) == 1:
            # a named person, or one named by a title ("the Turkish foreign minister")
            # (the name must be the head: "the Trump administration" is no person)
            is_person = (
                told_before
                or head.lemma_.lower() in titles
                or (
                    head.ent_type_ == "PERSON"
                    or (head.i in names and names[head.i].entry is PERSON)
                )
            )
            ctx.subjects.append((token.i, real[0], "person" if is_person else "thing"))
        elif _stood_for_by_it(head, found):
            ctx.subjects.append((token.i, found[0], "thing"))
        elif (
            len(found) == 1
            and found[0].entity.sector is not None
            and head.lemma_.lower() in INSTITUTION_WORDS
        ):
            ctx.bodies.append((token.i, found[0]))
    # "a ceasefire between Israel and Iran ... accused both countries": the two sides of a
    # "between" are a group as a coordinated subject is
    # "spoke with the leaders of India and Pakistan and urged both": those spoken with;
    # "urged Israel and Hamas to return to talks. Both sides ...": those urged
    between, with_, dobj = strings.add("between"), strings.add("with"), strings.add("dobj")
    # ("aid to Guatemala, Honduras and El Salvador, accusing their governments": those a
    # party acts toward)
    toward = {strings.add(w) for w in ("to", "from", "on", "against")}
    in_ = strings.add("in")
    for i, lower in enumerate(doc.to_array([LOWER]).tolist()):
        if lower == in_ and deps_pos[i][0] == prep_dep:
            for obj in (c for c in doc[i].children if c.dep_ == "pobj"):
                named = _named_parties(obj, resolver, names)
                if named and len({r.entity.code for r in named}) == len(named) > 2:
                    ctx.place_groups.append((obj.i, named))
            continue
        if lower == between:
            for obj in (c for c in doc[i].children if c.dep_ == "pobj"):
                if named := _named_parties(obj, resolver, names, lend=True):
                    ctx.groups.append((obj.i, named))
            continue
        if lower == with_ or (lower in toward and deps_pos[i][0] == prep_dep):
            objects = [c for c in doc[i].children if c.dep_ == "pobj"]
        elif deps_pos[i][0] == dobj and deps_pos[i][1] in wanted_pos:
            objects = [doc[i]]
        else:
            continue
        for obj in objects:
            # (of two states or more: "met President Tebboune and his counterpart Attaf"
            # are two Algerians, whom no later "both countries" means)
            named = _named_parties(obj, resolver, names)
            if named and len({r.entity.code for r in named}) > 1:
                ctx.groups.append((obj.i, named))
    ctx.groups.sort(key=lambda group: group[0])
    ctx._objects_index = lambda: _index_objects(ctx, doc, resolver, names, day, titles)


# bodies named by their title alone that an "it" of their own clause may stand for
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})


def _stood_for_by_it(head: Token, found: list[Resolution]) -> bool:
    """Whether a body named with no state is what an "it" of its clause stands for: the
    "it" of its own reported clause, for a state body ("The government warned that it would
    not allow rallies"); or of a relative clause in its clause's object, for a party too
    ("Imamoglu's party called for a boycott of companies it accused")."""
    if len(found) != 1 or found[0].entity.code != NO_COUNTRY or head.tag_ != "NN":
        return False
    sector, verb = found[0].entity.sector, head.head
    if sector in STATE_BODY_SECTORS and any(
        g.dep_ == "nsubj" and g.lower_ == "it"
        for c in verb.children
        if c.dep_ == "ccomp"
        for g in c.children
    ):
        return True
    return sector in STATE_BODY_SECTORS | {"PTY", "OPP"} and any(
        t.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "it" for g in t.children)
        for t in verb.subtree
        if t.i > verb.i
    )


def _named_parties(
    head: Token, resolver: ActorResolver, names: dict[int, NameMatch], lend: bool = False
) -> list[Resolution] | None:
    """The parties of a coordination ("Russia and China"), if each is named. With
    ``lend``, a party named by its kind alone takes the one state of the others ("fighting
    between the army and the RSF": Sudan's army)."""
    parties = conjuncts(head)
    if len(parties) < 2:
        return _people_of_parties(head, resolver, names)
    found = [r for part in parties for r in resolver.resolve(mention_tokens(part), names, part)[:1]]
    named = [r for r in found if r.entity.code != NO_COUNTRY]
    states = {r.entity.code for r in named} - INTERNATIONAL_CODES
    if lend and named and len(states) == 1 and len(found) == len(parties):
        code = next(iter(states))
        lent = [
            Resolution(replace(r.entity, code=code), f"{r.why}; of {code}, as the other side is")
            if r.entity.code == NO_COUNTRY and r.entity.sector
            else r
            for r in found
        ]
        named = [r for r in lent if r.entity.code != NO_COUNTRY]
    return named if len(named) == len(parties) else None


def _people_of_parties(
    head: Token, resolver: ActorResolver, names: dict[int, NameMatch]
) -> list[Resolution] | None:
    """The parties "the leaders of India and Pakistan" names, one a state, each with the
    head's sector."""
    if head.tag_ != "NNS":
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or len(conjuncts(obj)) < 2:
        return None
    found = resolver.resolve(mention_tokens(head), names, head)
    named = [r for r in found if r.entity.code != NO_COUNTRY]
    return named if len(named) == len(conjuncts(obj)) == len(found) else None


def _index_objects(
    ctx: DocContext,
    doc: Doc,
    resolver: ActorResolver,
    names: dict[int, NameMatch],
    day: dt.date | None,
    titles: frozenset[str] = frozenset(),
) -> None:
    """The named people of the document who are no subject, and those named by a title
    ("voted to impeach the deputy president"), for a "he" that no person subject before
    it explains: built the first time such a "he" asks."""
    # the people the recogniser found, and those of the table it missed ("Sultan Qaboos")
    heads = {_phrase_head(ent.root) for ent in doc.ents if ent.label_ == "PERSON"}
    heads |= {_phrase_head(doc[m.end - 1]) for m in names.values() if m.entry is PERSON}
    # (one person: "the deputy president", not "officials"; a title before a name is
    # the name's, counted above)
    titled = {
        t.i
        for t in doc
        if t.tag_ == "NN"
        and t.lemma_.lower() in titles
        and t.dep_ in ("dobj", "pobj", "dative")
        and any(c.dep_ in ("det", "poss") for c in t.children)
    }
    heads |= {doc[i] for i in titled}
    for head in sorted(heads, key=lambda t: t.i):
        if head.dep_ in ("nsubj", "nsubjpass"):
            continue
        # "opposition leader Kizza Besigye" may have only a sector: the document's country
        # completes it where the pronoun is coded
        found = [
            r
            for r in resolver.resolve(mention_tokens(head), names, head, day)
            if r.entity.code != NO_COUNTRY or r.entity.sector
        ]
        # ("Mali's military government", which the recogniser took for a person's name:
        # a state's name is no person's)
        if len(found) == 1 and found[0].kind not in PLACE_KINDS:
            if head.i in titled and found[0].entity.code == NO_COUNTRY:
                # "the deputy president", of the state the story is about; of no known
                # state, no one a pronoun may stand for
                if ctx.country is None:
                    continue
                code, why = ctx.country
                entity = replace(found[0].entity, code=code)
                found[0] = Resolution(entity, f"{found[0].why}; country of the document ({why})")
            ctx.objects.append((head.i, found[0]))


def _names_with_a_title_after(
    doc: Doc, names: dict[int, NameMatch], titles: frozenset[str], resolver: ActorResolver
) -> list[Span]:
    """People's names the recogniser missed or took for a place or a body, which a title
    set after them tells are people's: "Agnes Callamard, the U.N. special rapporteur",
    "Chaudhry, Fiji's first prime minister". Names of the tables are left to them, and so
    is a surname alone the table knows ("Hwang, a party secretary" may be another Hwang
    than the table's)."""
    found = []
    # (the proper nouns from the array: building a Token for every word costs more)
    for i in (doc.to_array(POS) == PROPN).nonzero()[0].tolist():
        token = doc[i]
        if token.ent_type_ == "PERSON" or token.i in names:
            continue
        if token.dep_ in ("compound", "flat") or not token.is_title:
            continue
        if not any(
            c.dep_ == "appos" and c.i > token.i and c.pos_ == "NOUN" and c.lemma_.lower() in titles
            for c in token.children
        ):
            continue
        start = token.i
        while (
            start > 0
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].head.i == token.i
            and doc[start - 1].dep_ in ("compound", "flat")
            and doc[start - 1].is_title
            and start - 1 not in names
        ):
            start -= 1
        if start == token.i and token.text in resolver.kb.surnames():
            continue
        found.append(Span(doc, start, token.i + 1, label="PERSON"))
    return found


def _gone_by(name: str, resolver: ActorResolver, day: dt.date | None) -> bool:
    """Whether ``name`` names a state that had ceased to exist before ``day``."""
    until = resolver.kb.former_names.get(name)
    return until is not None and day is not None and day > until


def build_context(
    doc: Doc,
    resolver: ActorResolver,
    names: dict[int, NameMatch],
    day: dt.date | None = None,
    titles: frozenset[str] = frozenset(),
) -> DocContext:
    """What the document says about its mentions; ``day`` (publication) dates the office
    holders of the table that are later named by surname alone; ``titles`` are the nouns
    that name one person ("the foreign minister"), whom "he" or "she" may refer to."""
    ctx = DocContext(names)
    surfaces: set[str] | None = None
    holders: Counter[str] = Counter()  # the states of the office holders named, by mention
    # the first names of the table's people named in full, who may come back by it alone
    given_names: defaultdict[str, list[Resolution]] = defaultdict(list)
    for ent in [*doc.ents, *_names_with_a_title_after(doc, names, titles, resolver)]:
        if (
            ent.label_ != "PERSON"
            and not _titled_name(ent, titles, names)
            # ("MDC leader Morgan Tsvangirai" read as an organisation: a person the table
            # names in full)
            and not all(names.get(t.i) is not None and names[t.i].entry is PERSON for t in ent)
        ):
            continue
        in_table = any(names.get(t.i) is not None and names[t.i].entry is PERSON for t in ent)
        if in_table and surfaces is None:
            surfaces = names_of(names, doc)
        if in_table and (len(ent) < 2 or ent[-1].text in (surfaces or ())):
            # a surname the table knows itself is resolved by the event's date; its state
            # counts toward the document's
            head, held = _person_resolved(ent, resolver, names, day)
            holders.update({r.entity.code for r in held if r.entity.code.isalpha()})
            # (the recogniser may take only the surname of a name the table matched in
            # full: "his deputy, Moses Blah" as "Blah")
            match = names.get(ent[-1].i)
            full = len(ent) >= 2 or (match is not None and match.end - match.start >= 2)
            if len(held) == 1 and len(ent) >= 2 and ent[0].pos_ == "PROPN":
                given_names[ent[0].text].append(held[0])
            if len(held) == 1 and (family := _family_name(ent, names, held[0])) is not None:
                ctx.people.setdefault(family, held[0])  # "Han Duck-soo ... Han said"
            elif len(held) == 1 and full and ent[-1].text not in surfaces:
                # "former President Evo Morales ... Morales urged": the surname alone,
                # which the table does not list as a name of its own, is the person told
                ctx.people.setdefault(ent[-1].text, held[0])
            elif (
                len(held) == 1
                and len(ent) >= 2
                and held[0].entity.sector is not None
                and resolver.kb.person(ent[-1].text, day) is None
            ):
                # "MDC leader Morgan Tsvangirai" before any office the table knows of his:
                # the sector his title gives, for "Tsvangirai" alone, which the table
                # dates to no office yet
                ctx.people.setdefault(ent[-1].text, held[0])
            continue
        head, resolved = _person_resolved(ent, resolver, names, day if in_table else None)
        if not resolved and head.dep_ == "appos" and head.head.pos_ == "NOUN":
            # "opposition leader Rached Ghannouchi", the name an apposition on its title:
            # what the title says of him, for "Ghannouchi" alone later
            title = head.head
            resolved = resolver.resolve(mention_tokens(title), names, title, None)
        found = [r for r in resolved if r.entity.code != NO_COUNTRY]
        if len(found) > 1 and _title_after(head) is not None:
            # "Meng Wanzhou, the chief financial officer of Chinese telecommunications
            # giant Huawei": the person is of the first party her title names
            found = found[:1]
        if not found and len(resolved) == 1 and resolved[0].entity.sector:
            # "opposition leader Nika Melia": a sector, whose country the document may tell
            # where the name comes back alone
            found = resolved
        if len(found) != 1 or found[0].entity.code is None:
            continue
        resolution = found[0]
        if in_table and resolution.entity.code.isalpha():
            holders[resolution.entity.code] += 1
        if in_table and len(ent) >= 2 and ent[0].pos_ == "PROPN":
            given_names[ent[0].text].append(resolution)
        # (the phrase's head too: "Maria Corina" may be all the recogniser took of
        # "Maria Corina Machado")
        keys = {ent.text, ent[-1].text, head.text}
        if (family := _family_name(ent, names, resolution)) is not None:
            keys.add(family)  # "Lee Jae-myung ... Lee said": the family name first
        for key in keys:
            if head.pos_ == "PROPN" or key != head.text:
                ctx.people.setdefault(key, resolution)
    for given, held_by in given_names.items():
        # "Prime Minister Khaleda Zia ... Khaleda thanked the United States", "Thaksin
        # Shinawatra ... Thaksin said": the one person of the table that name begins, where
        # it names no other ("Ali" may begin two names)
        if len({(r.entity.code, r.entity.name) for r in held_by}) == 1 and given not in (
            surfaces or ()
        ):
            if given not in ctx.people:
                ctx.people[given] = held_by[0]
                ctx.given_names.add(given)
    # (an acronym defined is a word between brackets: found in the array, not by building
    # a Token for every word)
    orths = doc.to_array(ORTH).tolist()
    opening, closing = doc.vocab.strings.add("("), doc.vocab.strings.add(")")
    for i in range(2, len(doc) - 1):
        if orths[i - 1] != opening or orths[i + 1] != closing:
            continue
        acronym = doc[i]
        if (defined := _acronym_defined(acronym, names, resolver)) is not None:
            ctx.people.setdefault(acronym.text, defined)
    ctx._index = lambda: _index_subjects(ctx, doc, resolver, names, titles, day)
    counts: Counter[str] = Counter()
    # the states the document names, for the towns of a name several states have
    named_states = frozenset(m.entry.code for m in names.values() if m.entry.kind == "country")
    # the place prepositions' positions from the arrays: most words are no preposition
    strings = doc.vocab.strings
    place_preps = {strings.add(p) for p in PLACE_PREPS | {"of"}}  # "north of Baghdad"
    prep_dep = strings.add("prep")
    rows = doc.to_array([DEP, LOWER]).tolist()
    prep_at = [
        i
        for i, (dep, lower) in enumerate(rows)
        if dep == prep_dep
        and lower in place_preps
        and (
            is_place_prep(doc[i])
            # "captured the town of Tabqa": a town or region acted on is where it happens
            # (and so are the streets or the outskirts of one: "roamed the streets of
            # Bucharest")
            or doc[i].lower_ == "of"
            and doc[i].head.lemma_.lower() in TOWN_OR_REGION | STREETS
        )
    ]
    dateline = _dateline_state(doc)
    # the states the text names as states (not by a town alone)
    stated = {m.entry.code for m in names.values() if m.entry.kind in STATE_KINDS}
    for sent in doc.sents:
        places = []
        for token in (doc[i] for i in prep_at if sent.start <= i < sent.end):
            if token.lower_ in TARGET_PREPS and token.head.lemma_.lower() in AIMING_WORDS:
                continue  # "fired rockets at Sderot": the target, not where the shooters are
            if refuge_in(token):
                continue  # "sought asylum in Mexico": where one flees, not whose one is
            if (
                token.lower_ == "from"
                and token.head.pos_ == "NOUN"
                and (sent_by := resolver.agent_sector([token.head], token.head.i)) is not None
                and sent_by[0] in ENVOY_SECTORS
            ):
                continue  # "expelled diplomats from Argentina": the state they are sent by
                # ("civilians from eastern Aleppo" are where they come from)
            for obj in token.children:
                if obj.dep_ != "pobj" or obj.lemma_.lower() in MISSIONS:
                    continue  # "at the US consulate in Lahore": the mission's state is no place
                if names_a_feature(obj):
                    continue  # "in the Gulf of Guinea": waters, not Guinea
                if obj.lemma_.lower() in FRONTIER_NOUNS:
                    continue  # "near the Afghan border": either side of it
                before = len(places)
                for inner in mention_tokens(obj):  # "in the northern city of Kirkuk"
                    if _an_envoys(inner, obj):
                        continue  # "at the Japanese ambassador's residence in Lima": Lima
                    if inner.i > 0 and doc[inner.i - 1].lower_ == "ethnic":
                        continue  # "from ethnic Albanian rebels in Macedonia": a people
                    if inner.dep_ == "npadvmod" and inner.head.lower_ in PARTICIPLES_OF_WHOSE:
                        continue  # "from the Pakistan-based group": whose it is, not where
                    if inner.dep_ == "amod" and counted(obj).lemma_.lower() in STRIKE_NOUNS:
                        continue  # "killed in Israeli air strikes": by whom, not where
                        # (while "in the Paris attacks" tells where)
                    match = names.get(inner.i)
                    if match and match.entry.kind in PLACE_KINDS and match not in places:
                        places.append(resolver.as_place(match, doc, names))
                if len(places) == before and (match := gazetteer_match(obj, named_states)):
                    places.append(match)
        # "at Qana in southern Lebanon": a town the text puts in a state is in that state,
        # whatever namesake elsewhere the gazetteer knows
        places = [m for m in places if not _put_elsewhere(m, doc, names)]
        for i in range(sent.start, sent.end):
            # "the Freetown home of rebel leader Foday Sankoh", "a Kabul hospital": a
            # town's name on a site is where that site is
            match = names.get(i)
            if match is None or match.end - 1 != i:
                continue  # (most words end no name)
            site = doc[i].head
            if (
                match.entry.kind in ("capital", "city")
                and doc[i].dep_ == "compound"
                and site.pos_ == "NOUN"
                and site.lemma_.lower() in PREMISES
                and match not in places
            ):
                places.append(resolver.as_place(match, doc, names))
        ctx.places[sent.start] = places
        # (not where something was said: "told the council in Geneva that ...")
        settings = [
            m
            for m in places
            if not _where_said(doc[m.start])
            # (nor where leaders meet: "Commonwealth leaders meeting in New Zealand")
            and not _venue_of_a_meeting(doc[m.end - 1])
            # ("a plan to export gas through Chile": a route across a state, not where the
            # story is, while "marched through central Beirut" is)
            and not (m.entry.kind == "country" and doc[m.start].head.lower_ == "through")
            # ("Tabe, who lives in Nigeria": one person's home; "Tikhanovskaya is safe in
            # Lithuania": where one person is)
            and _residence(doc[m.start]) is None
            and not _where_one_is(doc[m.start])
            # ("BISHKEK - ... in the southern city of Jalalabad": a town of a state the
            # story never names, under a dateline elsewhere, is a namesake's)
            and not (
                dateline is not None and m.entry.code != dateline[0] and m.entry.code not in stated
            )
        ]
        if ctx.setting is None and dateline is not None and sent.start > 0:
            # "HONG KONG - police arrested ... the Chinese embassy in London": a dateline
            # sets the story before a place told after the lede
            ctx.setting = dateline
        if ctx.setting is None and settings:
            where = doc[settings[0].start : settings[0].end].text
            ctx.setting = (settings[0].entry.code, f"{STORY_SETTING} '{where}' (its first place)")
    ctx.dateline = dateline
    if ctx.setting is None and dateline is not None:
        ctx.setting = dateline
    # the document's country: the state named most often (as a state, demonym, capital,
    # seat or city, or by the dateline), if it is more than half of all such names
    # (each match once: a name of several words is under each of its words' positions)
    matches = list({id(m): m for m in names.values()}.values())
    seen = {
        id(m): m
        for m in matches
        if m.entry.kind in STATE_KINDS
        # a town inside a person's name ("President dos Santos") names no state
        and not (m.entry.kind == "city" and doc[m.start].ent_type_ == "PERSON")
        # "the Russian language" names a trait, no state
        and not (m.end < len(doc) and doc[m.end].lemma_.lower() in resolver.kb.traits)
        # "a Soviet war memorial" in 2007: a state gone before the story is its history
        and not _gone_by(doc[m.start : m.end].text, resolver, day)
        # "ethnic Russians" in Estonia are a people of the state they live in
        and not (m.start > 0 and doc[m.start - 1].lower_ == "ethnic")
        # "the Gulf of Guinea" names waters, no state
        and not (m.start >= 2 and names_a_feature(doc[m.start - 2]))
        and not in_waters_name(doc[m.end - 1])  # "the South China Sea"
        # "sought asylum in Mexico": the land fled to is not the story's
        and not (doc[m.end - 1].dep_ == "pobj" and refuge_in(doc[m.end - 1].head))
        # "stormed the Japanese ambassador's residence in Lima": a state's envoy or mission
        # is where the story is not
        and not _an_envoys_state(doc[m.end - 1])
    }
    counts.update(m.entry.code for m in seen.values())
    # "Somali forces recaptured the town from al Shabaab ... Al Shabaab said": a state's
    # own armed groups, parties and bodies say where the story is, as its names do (but
    # alone they make no story's state: "the Houthis fired at merchant vessels")
    if counts or dateline is not None:
        counts.update(
            m.entry.code
            for m in matches
            if m.entry.kind == "organisation"
            and m.entry.code
            and m.entry.code.isalpha()
            and len(m.entry.code) == 3
            and m.entry.code not in INTERNATIONAL_CODES
            # ("the main opposition Democratic Party" in a story of Seoul: no sign of the
            # American party's state)
            and not name_many_states_share(m.entry.name, m.entry.sector)
        )
    # "Putin won a fifth term ... opposition supporters protested" is about Russia though
    # it never names it: an office holder's state counts as named once, or twice where
    # its holders are named more than once ("Hugo Chavez returned ... Chavez had been
    # held ... Chavez supporters"), unless its names count more already
    for code, n in holders.items():
        if code not in INTERNATIONAL_CODES:
            counts[code] = max(counts[code], min(n, 2))
    if dateline is not None:
        counts[dateline[0]] += 1
    # (how many state names the text has: "US drone strikes killed 20 militants" names
    # one, which the lead's weight below does not make two)
    named = sum(counts.values())
    # the lead says what the story is about: each state its first sentence names counts
    # once more ("Venezuelan opposition leader Leopoldo Lopez ..." before four mentions
    # of Washington's part in it)
    first = next(iter(doc.sents), None)
    if first is not None:
        ctx.lede_codes = frozenset(m.entry.code for m in names.values() if m.start < first.end)
    if first is not None and named > 1:
        counts.update({m.entry.code for m in seen.values() if m.start < first.end})
    for m in seen.values():
        ctx.states.setdefault(m.entry.code, set()).add(doc[m.start : m.end].text)
    total = sum(counts.values())
    if first is not None and counts:
        subjects = [c for c in first.root.children if c.dep_ == "nsubj"]
        lead = next(
            (
                names[t.i]
                for s in subjects
                for t in mention_tokens(s)
                if t.i in names
                and names[t.i].entry.kind in STATE_KINDS
                # ("the vessel's Greek-based manager said": where a firm is based is no
                # home of the story's officials)
                and not (t.dep_ == "npadvmod" and t.head.lower_ == "based")
            ),
            None,
        )
        # (named at least half as often as the state named most: "India withdrew
        # Pakistan's trade status" is India's story, though Pakistan is named more)
        if lead is not None and counts[lead.entry.code] * 2 >= counts.most_common(1)[0][1]:
            words = doc[lead.start : lead.end].text
            ctx.home = (lead.entry.code, f"the state of the lede's subject, '{words}'")
    if counts:
        code, n = counts.most_common(1)[0]
        if (n >= 2 and n * 2 > total) or total == 1:  # the one state it names
            why = f"{n} of {total} state names in the document"
            if dateline is not None and dateline[0] == code:
                why += ", one of them its dateline"
            territory = next(
                (
                    m.entry
                    for m in seen.values()
                    if first is not None
                    and m.start < first.end
                    and TERRITORIES.get(m.entry.code) == code
                ),
                None,
            )
            if territory is not None:
                # "Hong Kong police fired tear gas ... protesters demand that Beijing
                # allow ...": a story its lede sets in a territory of its own code is the
                # territory's, however often it names the sovereign's capital
                code, why = territory.code, f"{why}; the lede names {territory.name}, its own"
            ctx.country = (code, why)
            ctx.country_names = total
    return ctx


# the territories with a code of their own (ISO 3166), and the state they are part of
TERRITORIES = {"HKG": "CHN", "MAC": "CHN"}


# sectors of the unknown: "the two gunmen" are none of the parties named before, unless
# those too were gunmen
NAMELESS_SECTORS = frozenset({"UAF", "CRM"})


def _may_stand_for(found: list[Resolution], parties: list[Resolution]) -> bool:
    """Whether "the two X" may be the parties named together before: not where X is a
    word for the nameless that the parties were not ("the two gunmen" after "Indian
    commandos stormed a Jewish centre in Mumbai")."""
    own = next((r.entity.sector for r in found if r.entity.sector), None)
    return own not in NAMELESS_SECTORS or any(r.entity.sector == own for r in parties)


def _dateline_state(doc: Doc) -> tuple[str, str] | None:
    """The state of the place the story's dateline names ("KINSHASA, March 3 (Reuters) -"
    is in Congo), with the reason, if the gazetteer knows the place."""
    found = dateline_place(doc)
    if found is None:
        return None
    words = doc[found[0] : found[1]].text
    name, _, qualifier = (part.strip() for part in words.partition(","))
    place = gazetteer().lookup(name.title(), qualifier=qualifier.title() or None)
    if place is None:
        return None
    return place.country_code, f"the story's dateline '{words}'"


# sectors of a conjunct that shares its partner's nationality word ("Russian missiles and
# drones", "Ukrainian soldiers and civilians"); rebels and the opposition are often the
# other side ("Syrian troops and rebels clashed")
SHARED_NATIONALITY_SECTORS = frozenset({None, "MIL", "CVL", "GOV", "COP"})


def shared_nationality(head: Token, ctx: DocContext) -> list[NameMatch]:
    """The state words on the first conjunct that a bare second one shares: "Russian
    missiles and drones" are both Russian, "U.S. and British warplanes and warships" both
    states'."""
    first = head.head
    if head.dep_ != "conj" or first.pos_ not in ("NOUN", "PROPN") or first.i > head.i:
        return []
    if any(c.dep_ in ("det", "poss", "amod", "compound") for c in head.children):
        return []  # "Russian missiles and Ukrainian drones", "the drones": its own words
    shared = []
    for child in first.children:
        if child.dep_ not in ("amod", "compound", "nmod") or child.i > first.i:
            continue
        for word in (child, *(c for c in child.children if c.dep_ == "conj" and c.i < first.i)):
            match = ctx.names.get(word.i)
            if match is not None and match.entry.kind == "country" and match not in shared:
                shared.append(match)
    return shared


# the sectors of a state's own politics, whose parties are of the state of the one they
# are named beside ("Kenyan President Kibaki and opposition leader Odinga")
PAIRED_SECTORS = frozenset({"OPP", "REB", "PTY"})
# the head nouns of a state's own government, of whose state its conjuncts are
GOVERNING_HEADS = frozenset({"government", "president", "regime", "premier", "king", "junta"})


def conjunct_state(head: Token, ctx: DocContext) -> NameMatch | None:
    """The one state named on a state's leader or government among the other conjuncts
    of ``head`` ("Tajik" in "Tajik President Rakhmonov and opposition leader Nuri",
    "Ivory Coast" in "Ivory Coast's government, rebels and opposition parties"), where
    ``head`` names none of its own. Not a state that is itself a party ("the United
    States and the insurgents"), nor a state said of someone's kin ("his Russian
    girlfriend")."""
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    states = []
    for other in conjuncts(first):
        if other.i == head.i:
            continue
        if other.ent_type_ != "PERSON" and other.lemma_.lower() not in GOVERNING_HEADS:
            continue
        words = [w for w in other.subtree if w.i < other.i]
        if any(w.tag_ == "PRP$" for w in words):
            continue
        for word in words:
            match = ctx.names.get(word.i)
            if (
                match is not None
                and match.entry.kind == "country"
                and match.end <= other.i
                and word.head.ent_type_ != "PERSON"
            ):
                states.append(match)
    if len({m.entry.code for m in states}) != 1:
        return None
    return states[0]


# words for the men of a state's armed forces, and of its police (not their bases or
# weapons): what a state's spokesman means as its own ("said the army would ..."), and
# what bare forces are ("troops raided monasteries")
MILITARY_MEN = frozenset(
    {"army", "military", "navy", "troop", "force", "armed force", "soldier", "marine"}
    | {"commando", "paratrooper", "serviceman", "sailor"}
)
FORCE_NOUNS = MILITARY_MEN | {"police", "policeman", "officer", "gendarme"}
# words for rebels, which a definite mention refers back with ("the insurgents")
REBEL_NOUNS = frozenset(
    {"rebel", "insurgent", "militant", "guerrilla", "guerilla", "fighter", "jihadist"}
)
# the verbs of saying, under which a told clause hangs
SAYING_LEMMAS = frozenset(
    {"say", "tell", "announce", "state", "report", "declare", "claim", "confirm"}
)

# verbs of speaking besides those of saying, whose "from" is where the speaker is ("spoke
# from exile in Paris")
SPEAKING_LEMMAS = frozenset({"speak", "talk", "write", "comment"})
# verbs that command an act of another ("ordered the military to strike")
ORDERING_LEMMAS = frozenset({"order", "instruct", "direct", "command", "authorise", "authorize"})
# a state's own arms, which a clause joined to one of its state's acts names bare
STATE_ARMS = frozenset({"GOV", "MIL"})


# the sectors of a state's bodies of government
GOVERNING_SECTORS = frozenset({"GOV", "LEG"})


# words for a party by its relation to another: "its neighbour" is not the owner itself
RELATIONAL_NOUNS = frozenset(
    {"neighbour", "neighbor", "ally", "rival", "enemy", "foe", "adversary", "counterpart"}
    | {"partner", "opponent", "critic", "host"}
)


# words that tell one body of a kind from another: "the military government", "the
# interim government" are not the government named before without them
DISTINGUISHING_WORDS = frozenset(
    {"military", "interim", "transitional", "provisional", "caretaker", "new", "former"}
    | {"rebel", "opposition", "exiled", "breakaway", "puppet"}
)


def _distinguishing(head: Token) -> set[str]:
    """The words on ``head`` that tell one body of its kind from another ("military" in
    "the military government")."""
    return {
        c.lower_
        for c in head.children
        if c.dep_ in ("amod", "compound") and c.lower_ in DISTINGUISHING_WORDS
    }


def _last_government(head: Token, ctx: DocContext) -> Entity | None:
    """The government or legislature that acted last, in ``head``'s sentence or the one
    before, with a state of its own: whose "ministers" or "the government" an unowned
    mention most likely names. A state named bare counts in the mention's own sentence
    ("Finland will close its border, the government said": Finland's government)."""
    own_sentence = sentence_start(head, back=0)
    addressers = _addressers_states(head, ctx)
    if addressers & INTERNATIONAL_CODES and ctx.country is not None:
        # ("Bush announced sanctions on the junta. The U.N. chief urged the authorities to
        # exercise restraint": a world body appeals to the government of the state the
        # story is about, not to the one that acted last)
        return None
    # ("the military government" is not the government that acted without the word)
    kind_words = _distinguishing(counted(head))
    story = ctx.country[0] if ctx.country is not None else None
    lede = ctx.lede_codes
    for index, _, actors, targets in ctx.acts_before(head, back=1):
        # ("Bolivia's president resigned ... Mexico said it had offered Morales asylum.
        # Several ministers resigned": a government the lede does not name, that acted
        # toward the story's state, is not whose they are)
        toward_the_story = story in lede and any(t.code == story for t in targets)
        for actor in actors:
            if actor.code in (None, NO_COUNTRY) or actor.code in addressers:
                continue
            if toward_the_story and actor.code not in lede:
                continue
            if not kind_words <= {w.lower() for w in actor.text.split()}:
                continue
            if actor.sector in GOVERNING_SECTORS:
                return actor
            if (
                actor.sector is None
                and index >= own_sentence
                and actor.code.isalpha()
                and actor.code not in INTERNATIONAL_CODES
            ):
                return actor
    return None


# the prepositions by which a clause addresses a party ("called on", "appealed to",
# "demanded from")
ADDRESSED_PREPS = frozenset({"on", "upon", "to", "from"})
# verbs by which one addresses a demand or a reproach to a party, most often another's
ASKING_LEMMAS = frozenset(
    {"urge", "call", "appeal", "ask", "press", "demand", "implore", "exhort", "plead", "seek"}
)
APPEALING_LEMMAS = ASKING_LEMMAS | {"accuse", "criticise", "criticize", "condemn", "blame", "warn"}


def _addressers_states(
    head: Token,
    ctx: DocContext,
    verbs: frozenset[str] = APPEALING_LEMMAS,
    states_only: bool = False,
) -> frozenset[str | None]:
    """The states of whoever addresses ``head`` as the object of its clause, by one of
    ``verbs`` ("Biden urged the government", "called on the authorities"): one appeals to
    another state's government, while one orders, joins or quits one's own ("quit the
    government")."""
    addressed = head
    if head.dep_ == "pobj" and head.head.lower_ in ADDRESSED_PREPS:
        verb = head.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            # "demanded a full explanation from the military government"
            addressed, verb = verb, verb.head
    elif head.dep_ in ("dobj", "dative"):
        verb = head.head
    else:
        return frozenset()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return frozenset()
    subject = clause_subject(addressed)
    if subject is None:
        return frozenset()
    if subject.lower_ in PRONOUN_KINDS:
        # "She urged the government": whom the pronoun stands for
        found = ctx.antecedent_of(subject, subject.lower_)
        addressers = [found] if found is not None else []
    else:
        ctx._indexed()
        addressers = [r for i, r, _ in ctx.subjects if i == subject.i]
    return frozenset(
        r.entity.code
        for r in addressers
        # (with ``states_only``, a state or its government: not its opposition or its
        # legislature)
        if not states_only or r.entity.sector in ("GOV", None)
    )


def _asked_by_its_own(code: str, entity: Entity, head: Token | None, ctx: DocContext) -> bool:
    """Whether a government or officials with no state named (``entity``, its words'
    ``head``) are asked to act by a party of the state ``code``: then they are another
    state's ("Japan's foreign minister demanded an explanation from the military
    government"), while an opposition asks its own ("the opposition urged the government
    to resign")."""
    return (
        head is not None
        and entity.sector in GOVERNING_SECTORS
        and code in _addressers_states(head, ctx, ASKING_LEMMAS, states_only=True)
    )


def _state_of_joined_clause(head: Token, ctx: DocContext) -> tuple[Resolution, str] | None:
    """The state of "the military" in "Israel's defence minister approved plans ..., and
    the military called up reservists": the bare arm of a state that is the subject of a
    clause joined to one whose subject is a state or its government names that state's,
    as do the forces a state's leader orders ("Lee ordered the military to strike").
    Only for the joined clause: a new sentence may turn to the other side. Returns the
    state's resolution and how the clause is tied to it."""
    verb = head.head
    tie = "subject of the clause joined before"
    if head.dep_ == "dobj" and verb.lemma_.lower() in ORDERING_LEMMAS:
        # "Lee ordered the military to strike": the commander's own forces
        first, tie = verb, "who gives the order"
    elif (
        head.dep_ in ("nsubj", "nsubjpass")
        and head.lemma_.lower() in MILITARY_MEN
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in SAYING_LEMMAS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    ):
        # "China's Defence Ministry said the army would launch operations": a state's
        # body speaks of its own forces (the other side's it names: "Ukraine's army")
        first, tie = verb.head, "who speaks of them"
    elif (
        head.dep_ not in ("nsubj", "nsubjpass")
        or verb.dep_ != "conj"
        # ("the military"; or an official by title and name: "China reacted angrily, and
        # Vice Foreign Minister Liu Huaqiu summoned ...")
        or not (
            any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            or (head.pos_ == "PROPN" and any(c.dep_ == "compound" for c in head.children))
        )
    ):
        return None
    else:
        first = verb.head
    found = _state_subject(first, ctx, frozenset({None, *STATE_ARMS}), ("nsubj", "nsubjpass"))
    return None if found is None else (found, tie)


def _state_subject(
    verb: Token, ctx: DocContext, sectors: frozenset[str | None], deps: tuple[str, ...]
) -> Resolution | None:
    """The resolved subject of ``verb`` (of one of ``deps``) where it is one state's
    party of one of ``sectors``: a state, its government or its forces."""
    subject = next((c for c in verb.children if c.dep_ in deps), None)
    if subject is None:
        return None
    ctx._indexed()
    found = next((r for i, r, _ in ctx.subjects if i == subject.i), None)
    if (
        found is None
        or found.entity.sector not in sectors
        or not (found.entity.code or "").isalpha()
        or found.entity.code in INTERNATIONAL_CODES
    ):
        return None
    return found


TOWN_OR_REGION = CITY_NOUNS | REGION_NOUNS
# the kinds of name of a town, which a person's surname may share
TOWN_KINDS = frozenset({"city"})
# the parts of a town one may act in
STREETS = frozenset({"street", "outskirts", "outskirt", "suburb", "suburbs", "centre", "center"})
# what one seeks or is given in another's land
REFUGE_NOUNS = frozenset({"asylum", "refuge", "sanctuary", "shelter", "exile"})


def refuge_in(token: Token) -> bool:
    """Whether a preposition ("in", "at") says where refuge is sought or given: "sought
    asylum in Mexico", "took refuge at the embassy"."""
    head = token.head
    if head.lemma_.lower() in REFUGE_NOUNS:
        return True
    return head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in REFUGE_NOUNS for c in head.children
    )


# the sectors of those a state sends abroad: "diplomats from Argentina", "troops from Chad"
ENVOY_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# sites a town's name before them locates ("the Freetown home", "a Kabul hospital")
PREMISES = frozenset(
    {"home", "house", "residence", "hospital", "airport", "market", "marketplace", "hotel"}
    | {"prison", "jail", "suburb", "district", "neighbourhood", "neighborhood", "street"}
    | {"square", "mosque", "church", "school", "university", "stadium", "seafront"}
    # "a Caracas court": a court sits in its town
    | {"court", "courthouse"}
)
# armed men of no state: rebels, guerrillas, militias
NON_STATE_ARMED = frozenset({"REB", "PRM"})


def _held_by_another(code: str, tokens: list[Token], sent: Span, ctx: DocContext) -> bool:
    """Whether a mention with no country of its own is named beside another party of the
    state ``code``: then that state is the other party's, not necessarily the mention's.
    A person the tables do not know, beside any name of it ("President Dupont welcomed
    Kenyan President Ruto", "Guelleh met Chinese President Xi in Beijing"); an unnamed
    agent ("the army"), beside the state's own name as a party."""
    places = ctx.places.get(sent.start, [])  # where things happen, not who acts
    # (nor a province's name: "conceded to Texas Governor George W. Bush" names a party
    # inside the state, no other state's)
    others = [
        m
        for m in _names_beside(code, tokens, sent, ctx)
        if m not in places and m.entry.kind != "division"
    ]
    inside = {t.i for t in tokens}
    # a person is the mention's head ("President Dupont"); a word the recogniser took for a
    # name inside an agent term ("Riot police") makes no person
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if any(t.ent_type_ == "PERSON" for t in heads):
        # (a state's rebels, parties or bodies named beside make no one foreign: "Zaw
        # Htay rejected a ceasefire declared by the Arakan Rohingya Salvation Army")
        return any(m.entry.kind != "organisation" for m in others)
    return _state_as_party(others, sent, tokens)


def _own_clause(tokens: list[Token]) -> set[int] | None:
    """The token indices of the clause a mention is in, with the subject it shares if it
    has none of its own ("Bangladesh rejected a proposal, urging the counterpart to
    sign": Bangladesh is in the counterpart's clause), without the verbs joined to that
    clause; None for no mention."""
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)
    if head is None:
        return None
    verb = verb_above(head)
    while (
        verb.dep_ in ("advcl", "xcomp", "conj")
        and verb.head.i != verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        verb = verb.head
    clause = {t.i for t in verb.subtree}
    if head.dep_ in ("nsubj", "nsubjpass"):
        return clause  # a subject is in every clause it does ("welcomed ... and appealed")
    for joined in verb.children:
        # ("urged the government to give access and said he would visit Sri Lanka": a
        # verb joined after is a clause of its own for the object)
        if joined.dep_ == "conj" and joined.pos_ in ("VERB", "AUX"):
            branch = {t.i for t in joined.subtree}
            if head.i not in branch:
                clause -= branch
    for relative in [t for t in verb.subtree if t.dep_ == "relcl" and t.i in clause]:
        # ("Ban, who is due to visit Sri Lanka, urged the government": a relative clause on
        # another noun tells of that noun, not of the object's own clause)
        branch = {t.i for t in relative.subtree}
        if head.i not in branch:
            clause -= branch
    return clause


def _state_as_party(names: list[NameMatch], sent: Span, tokens: list[Token] = ()) -> bool:
    """Whether one of ``names`` names its state itself as a party: "the army accused
    Rwanda of sending troops" in a story mostly about Rwanda is not Rwanda's army (while
    "police fired at Kenyan protesters" may well be Kenya's police). With the mention's
    ``tokens``, only in the mention's own clause: in "told parliament that Sri Lanka had
    been freed, a day after the army said it had killed", the army's clause names none."""
    doc = sent.doc
    clause = _own_clause(tokens)
    return any(
        m.entry.kind in ("country", "capital", "seat")
        and _as_party(doc[m.end - 1])
        and doc[m.end - 1].pos_ == "PROPN"
        and (clause is None or m.end - 1 in clause)
        for m in names
    )


def _names_beside(code: str, tokens: list[Token], sent: Span, ctx: DocContext) -> list[NameMatch]:
    """The names of the state ``code`` in the sentence, outside the mention ``tokens``
    (one entry a word of the name)."""
    inside = {t.i for t in tokens}
    return [
        m
        for i, m in ctx.names.items()
        if sent.start <= i < sent.end and i not in inside and m.entry.code == code
    ]


def _home_named_as_party(code: str, tokens: list[Token], sent: Span, ctx: DocContext) -> bool:
    """Whether the sentence names the state ``code`` itself as a party, outside the mention."""
    return _state_as_party(_names_beside(code, tokens, sent, ctx), sent, tokens)


def _sector_told_before(found: Resolution, tokens: list[Token], ctx: DocContext) -> Resolution:
    """ "Tsvangirai" alone after "opposition leader Morgan Tsvangirai", in a year before
    any office the table knows of his: the sector his title gave him then."""
    if found.entity.sector is not None:
        return found
    for token in tokens:
        earlier = ctx.people.get(token.text) if _named(token) else None
        if (
            earlier is not None
            and earlier.entity.code == found.entity.code
            and earlier.entity.sector is not None
        ):
            entity = replace(found.entity, sector=earlier.entity.sector)
            why = f"{found.why}; sector {earlier.entity.sector} as named earlier: {earlier.why}"
            return replace(found, entity=entity, why=why)
    return found


# verbs by which a leader addresses the people ("urged voters to stay calm")
ADDRESSING_LEMMAS = frozenset(
    {"urge", "ask", "tell", "call", "appeal", "advise", "encourage", "implore", "exhort"}
)
# a leader's words about people of no state told are about his own: "Lukashenko dismissed
# the protesters as sheep", "the president warned the demonstrators"
JUDGING_LEMMAS = frozenset(
    {"accuse", "blame", "dismiss", "denounce", "condemn", "criticise", "criticize", "warn"}
    | {"brand", "label"}
)


def _own_people_addressed(head: Token, ctx: DocContext) -> Resolution | None:
    """The state official whose appeal ``head`` (people of no state told) is the object
    of: "Lee urged voters", "the president called on citizens", or whose words judge
    them ("Lukashenko dismissed the protesters as sheep"). Not a force's acts on
    people, which may be another's ("troops shot villagers")."""
    verb = head.head
    if verb.dep_ == "prep" and head.dep_ == "pobj":
        verb = verb.head  # "called on citizens", "appealed to residents"
    if head.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in (
        ADDRESSING_LEMMAS | JUDGING_LEMMAS
    ):
        return None
    return _state_subject(verb, ctx, GOVERNING_SECTORS, ("nsubj",))


def _force_known_elsewhere(
    head: Token | None, entity: Entity, place: NameMatch, ctx: DocContext
) -> bool:
    """Whether bare forces ("Soldiers took over the television station, cutting off a
    statement by Thaksin from New York") are better told by the one state whose forces
    acted just before than by a place named in another clause of their sentence."""
    return (
        head is not None
        and entity.sector in ("MIL", "COP")
        and counted(head).lemma_.lower() in FORCE_NOUNS
        and verb_above(head.doc[place.start]).i != verb_above(head).i
        and (force := _same_force_before(head, entity.sector, ctx)) is not None
        and force.code != place.entry.code
    )


def _same_force_before(head: Token, sector: str, ctx: DocContext) -> Entity | None:
    """The party of ``sector`` (armed forces, police, rebels) of one state that acted
    last, in the three sentences before, if all such parties there are of that one state.
    Rebels acted on count too ("troops attacked the rebels ... the rebels")."""

    def of_a_state(e: Entity) -> bool:
        return e.sector == sector and (e.code or "").isalpha() and e.code not in INTERNATIONAL_CODES

    found = [
        e
        for _, _, actors, targets in ctx.acts_before(head, back=3)
        for e in (actors + targets if sector == "REB" else actors)
        if of_a_state(e)
    ]
    if not found:
        # "Tanzanian soldiers turned back the refugees ... The troops fired shots": the
        # forces a sentence before made its subject, where no act of theirs was coded
        found = [r.entity for r in ctx.subjects_before(head, back=3) if of_a_state(r.entity)]
    if not found or len({e.code for e in found}) != 1:
        return None
    return found[0]


def _put_elsewhere(town: NameMatch, doc: Doc, names: dict[int, NameMatch]) -> bool:
    """Whether the text puts a town in another state than the gazetteer's: "Qana in
    southern Lebanon" (the gazetteer's Qana being Egypt's)."""
    if town.entry.kind not in ("city", "capital") or town.end + 1 >= len(doc):
        return False
    if doc[town.end].lower_ != "in":
        return False
    for i in range(town.end + 1, min(town.end + 3, len(doc))):
        state = names.get(i)
        if state is not None and state.entry.kind == "country":
            return state.entry.code != town.entry.code
    return False


def _another_given_name(surname: Token, known: Entity) -> bool:
    """Whether ``surname`` follows, in one name, a given name the person named before
    does not have: "Euna Lee" is not Lee Myung-bak."""
    given = given_name_before(surname)
    words = set((known.name or "").split()) | set(known.text.split())
    return given is not None and given.text not in words


def _where_said(place: Token) -> bool:
    """Whether ``place`` is in a phrase on a verb of saying that reports a clause ("told
    the council in Geneva that", not "rebels in Misrata said"), or on a passive one whose
    subject is what was said ("the decision was announced in Auckland")."""
    said = _saying_verb_of(place)
    if said is not None and any(c.dep_ in ("ccomp", "nsubjpass") for c in said.children):
        return True
    # "spoke by telephone from the Central African Republic", "Speaking in Paris on
    # Monday, Ranariddh denounced ...": where the speaker is
    prep = next((t for t in place.ancestors if t.dep_ == "prep"), None)
    if prep is None or prep.head.pos_ != "VERB":
        return False
    if prep.head.lemma_.lower() not in SAYING_LEMMAS | SPEAKING_LEMMAS:
        return False
    return prep.lower_ == "from" or (
        prep.lower_ in ("in", "at") and prep.head.tag_ == "VBG" and prep.head.dep_ == "advcl"
    )


def _saying_verb_of(place: Token) -> Token | None:
    """The verb of saying whose own phrase (or its object's) holds ``place``, if any."""
    token = place
    while (
        token.dep_ in ("pobj", "prep", "compound", "dobj", "dative", "appos")
        and token.head.i != token.i
    ):
        token = token.head
        if token.pos_ == "VERB":
            return token if token.lemma_.lower() in SAYING_LEMMAS else None
    return None


# what parties gather for, whose place is only a venue
MEETING_LEMMAS = frozenset(
    {"meet", "convene", "summit", "conference", "forum", "meeting", "talk", "negotiation"}
)


def _venue_of_a_meeting(place: Token) -> bool:
    """Whether ``place`` is where a meeting is held: "leaders meeting in Auckland, New
    Zealand", "a summit in Nairobi"."""
    while place.dep_ in ("appos", "compound", "conj") and place.head.i != place.i:
        place = place.head
    if place.dep_ != "pobj" or place.head.lower_ not in ("in", "at"):
        return False
    return place.head.head.lemma_.lower() in MEETING_LEMMAS


# verbs of where someone lives, which place that one only: "Tabe, who lives in Nigeria"
RESIDENCE_LEMMAS = frozenset({"live", "reside", "base", "exile", "settle", "shelter"})


def _residence(place: Token) -> Token | None:
    """The relative clause that says someone lives at ``place`` ("Tabe, who lives in
    Nigeria"), if it is one: a place of one person's, not the story's."""
    clause = verb_above(place)
    # (a relative clause, not a participle: "helicopters based in Honduras flew rescue
    # missions" are where the story is)
    if clause.lemma_.lower() not in RESIDENCE_LEMMAS or clause.dep_ != "relcl":
        return None
    return clause


# verbs that say only where one is
BEING_LEMMAS = frozenset({"be", "remain", "stay"})


def _where_one_is(place: Token) -> bool:
    """Whether ``place`` is where a named person is, told by a verb of being: "Svetlana
    Tikhanovskaya is safe in Lithuania", "Putin remained in Moscow"."""
    token = place
    while token.dep_ in ("conj", "appos", "compound") and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
        return False
    verb = prep.head
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp":
        verb = verb.head  # "is safe in"
    if verb.lemma_.lower() not in BEING_LEMMAS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.ent_type_ == "PERSON"


def _home_of_another(place: Token, head: Token) -> bool:
    """Whether ``place`` is where some other than ``head`` lives, told in a relative
    clause on that one: "Tabe, who lives in Nigeria, urged supporters" (not Nigerians)."""
    clause = _residence(place)
    return clause is not None and clause.head.i != head.i and not clause.is_ancestor(head)


def _said_in(place: Token, verb: Token) -> bool:
    """Whether ``place`` is where a clause above ``verb`` was said: the place hangs on a
    verb of saying whose reported clause holds ``verb``, or that reports a clause and has
    ``verb`` joined to it ("told the council in Geneva that ..., and he urged the
    government": the government is not Swiss either)."""
    said = _saying_verb_of(place)
    if said is None or said.i == verb.i or not said.is_ancestor(verb):
        return False
    reported = [c for c in said.children if c.dep_ == "ccomp"]
    return any(c.i == verb.i or c.is_ancestor(verb) for c in reported) or (
        bool(reported) and verb.dep_ == "conj" and verb.head.i == said.i
    )


def _official_abroad(head: Token | None, entity: Entity, place: NameMatch, ctx: DocContext) -> bool:
    """Whether a named official of no state told ("Foreign Minister Yevgeny Primakov"),
    in a sentence whose only state is a place, is more likely of the state the document
    is about: officials travel to talks, so "in Paris" does not make one French."""
    return (
        head is not None
        and head.ent_type_ == "PERSON"
        and entity.sector in OFFICE_SECTORS
        and (ctx.country is None or ctx.country[0] != place.entry.code)
        and not _opening_place(place, head.doc)
        and not _announced_at_home(head, place)
    )


# verbs of making known, which an official does at home
ANNOUNCING_LEMMAS = frozenset({"announce", "declare", "proclaim", "unveil"})


def _announced_at_home(head: Token, place: NameMatch) -> bool:
    """Whether an official named with no state makes something known in a capital
    ("Foreign Minister Ricardo Patino announced the decision in Quito"): at home, as
    officials announce in their own capitals and travel to meet."""
    verb = verb_above(head.head) if head.dep_ != "nsubj" else head.head
    return place.entry.kind == "capital" and verb.lemma_.lower() in ANNOUNCING_LEMMAS


def _opening_place(place: NameMatch, doc: Doc) -> bool:
    """Whether a place opens its sentence as "In Havana, ...": the wire's way to turn to
    that capital's side of the story ("In Havana, Foreign Minister Roberto Robaina
    denounced the measure"), not where a travelling official happens to be."""
    start = place.start - 1
    return (
        start >= 0
        and doc[start].lower_ == "in"
        and doc[start].is_sent_start
        and place.end < len(doc)
        and doc[place.end].text == ","
    )


# the sectors of offices whose holders travel on state business
OFFICE_SECTORS = frozenset({"GOV", "LEG", "MIL"})


def _as_party(token: Token) -> bool:
    """Whether a name stands as a party: subject or object, or the object of a verb's
    preposition that names the other side ("promised air defence to Kyiv", "clashed
    with Serbia"); not of a noun's ("the rapporteur on Myanmar")."""
    if token.dep_ in PARTY_DEPS:
        return True
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in VERB_PARTY_PREPS and prep.head.pos_ == "VERB"


# prepositions on a verb whose object is the other side of the act
VERB_PARTY_PREPS = frozenset({"to", "against", "with"})


def _state_referred_to(
    tokens: list[Token],
    head: Token | None,
    sent: Span,
    ctx: DocContext,
    found: list[Resolution],
) -> Resolution | None:
    """ "The kingdom" (or "the island's defence ministry") after a state was named: that
    state, with the sector the mention's own words give."""
    owner = head is not None and any(
        t.dep_ == "poss" and t.head.i == head.i and t.lemma_.lower() in STATE_NOUNS for t in tokens
    )
    # the object of an act done to the state ("the African Union suspended the country"),
    # not of a move: "ordered diplomats to leave the country" is a place
    acted_on = head is not None and (
        (head.dep_ == "dobj" and head.head.lemma_.lower() not in PLACE_VERBS)
        # or the other side of it ("suspended all transactions with the country", "imposed
        # sanctions against the country"), on the verb or its object
        or (
            head.dep_ == "pobj"
            and head.head.lower_ in ("with", "against", *RECEIVING_PREPS)
            and (
                head.head.head.pos_ == "VERB"
                or (head.head.head.dep_ == "dobj" and head.head.head.head.pos_ == "VERB")
            )
        )
    )
    # "froze loans to the country", "imposed sanctions on the country", "ties with the
    # island": the state named last other than the one acting (not one's own "nation" a
    # leader apologises to), where the verb is no move ("returned to the country": a place)
    received = (
        acted_on
        and head.dep_ == "pobj"
        and head.lemma_.lower() in RECEIVING_STATE_NOUNS
        and verb_above(head).lemma_.lower() not in PLACE_VERBS | MOVING_VERBS
    )
    if acted_on and head.head.lower_ in RECEIVING_PREPS and not received:
        return None
    if (
        head is None
        or len(tokens) > 5
        or (head.dep_ not in ("nsubj", "nsubjpass") and not owner and not acted_on)
    ):
        # as a subject, or the owner of a party or an act ("suspended the country's
        # membership")
        return None
    ref = next(
        (
            t
            for t in tokens
            if t.lemma_.lower() in STATE_NOUNS
            and t.tag_ == "NN"  # one state: not "the four countries"
            and (t.i == head.i or (t.dep_ == "poss" and t.head.i == head.i))
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        ),
        None,
    )
    if ref is None:
        return None
    text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
    sector = next((r.entity.sector for r in found if r.entity.sector), None)
    if received:
        # (not the subject of a clause above: "the administration would notify Congress
        # of a plan to sell bombs to the kingdom"; nor a town one met in: "ministers
        # meeting in Brussels approved sending troops to the country")
        acting = ctx.subject_codes(_subject_above(ref))
        while (match := ctx.named_before(ref, NAMED_STATE_KINDS, other_than=acting)) and (
            match.entry.kind != "country" and sent.doc[match.end - 1].head.lower_ in ("in", "at")
        ):
            acting |= {match.entry.code}
        if match is None:
            return None
        entry, words = match.entry, sent.doc[match.start : match.end].text
        entity = Entity(text, entry.code, sector, entry.name, entry.wikidata)
        return Resolution(entity, f"'{ref.text}' refers to '{words}' named before")
    if ref.lemma_.lower() != "island" and (subject := ctx.antecedent_of(ref, "it")) is not None:
        # "Venezuela's government expelled ... The country also suspended": the state the
        # news was about, its last subject (not the last state named, Argentina)
        known = subject.entity
        # (a country is no international body: "the African Union suspended the country's
        # membership")
        if known.code not in (None, NO_COUNTRY) and known.code not in INTERNATIONAL_CODES:
            entity = replace(known, text=text, sector=sector)
            why = f"'{ref.text}' refers to '{known.text}': {subject.why}"
            return Resolution(entity, why, code_from=subject.code_from)
    # "China held drills near Taiwan. The island's ...": the state last named
    if (match := ctx.named_before(ref, NAMED_STATE_KINDS)) is None:
        return None
    entry, words = match.entry, sent.doc[match.start : match.end].text
    named = sent.doc[match.end - 1]
    story = ctx.country or ctx.home
    if (
        story is not None
        and story[0] != entry.code
        and named.dep_ == "pobj"
        and named.head.lower_ in ("from", "to", "into", "via")
    ):
        # "Musharraf, flying back from Sri Lanka ... sealed off the country's airports":
        # a state named only as where one travelled is not the one the story is about
        entity = Entity(text, story[0], sector)
        return Resolution(entity, f"'{ref.text}' is the story's state ({story[1]})")
    if entry.kind in ("capital", "seat") and sector is None:
        sector = "GOV"
    entity = Entity(text, entry.code, sector, entry.name, entry.wikidata)
    return Resolution(entity, f"'{ref.text}' refers to '{words}' named before")


def _an_envoys(word: Token, site: Token) -> bool:
    """Whether ``word`` names whose envoy owns ``site`` ("the Japanese ambassador's
    residence"): a mission's state, which places no one there."""
    current = word
    while current.i != site.i and current.head.i != current.i:
        if current.lemma_.lower() in ENVOY_WORDS | MISSIONS:
            return True
        current = current.head
    return False


# the prepositions of the state an act is put on or a thing sent to: "sanctions on the
# country", "loans to the country"
RECEIVING_PREPS = frozenset({"on", "to"})
RECEIVING_STATE_NOUNS = frozenset({"country", "island", "kingdom"})
# verbs of going somewhere, whose "to" is a place: "went to the country"
MOVING_VERBS = frozenset({"go", "come", "fly", "move", "head", "migrate", "arrive"})
# verbs whose object is a place one moves to, from or through ("left the country"), or a
# state one holds as one's own
PLACE_VERBS = frozenset(
    {"leave", "enter", "flee", "exit", "quit", "cross", "reach", "return", "travel", "tour"}
    | {"roam", "crisscross", "traverse", "rule", "govern", "run", "lead", "visit"}
    # (and one's own: "arm civilians to defend the country")
    | {"defend", "protect", "serve", "unite", "rebuild"}
)


NEIGHBOUR_WORDS = frozenset({"neighbour", "neighbor"})
# words for those who made an attack, which "the" points back to
ATTACKER_WORDS = frozenset(
    {"attacker", "assailant", "perpetrator", "raider", "killer", "murderer", "assassin"}
)


# the words that name the doers of a deed by their part in it: "those responsible",
# "anyone behind the attack", "the criminals responsible"
DOER_PRONOUNS = frozenset({"those", "anyone", "anybody", "everyone", "whoever"})
DOER_NOUNS = frozenset({"criminal", "killer", "culprit", "people", "man"}) | ATTACKER_WORDS
# how far back the deed "those responsible" did may have been told
DEED_BACK = 4


# the deeds of blood whose doers "those responsible for" names ("for the unrest", "for
# the collapse" name no attack)
DEADLY_DEEDS = frozenset(
    {"attack", "bombing", "killing", "massacre", "shooting", "assault", "ambush", "blast"}
    | {"explosion", "murder", "death", "strike", "raid", "shelling", "abduction"}
    | {"kidnapping", "assassination", "kill", "shoot", "bomb"}
)
# the verbs of harm that make "anyone who ..." would-be attackers, no civilians
HARMING_LEMMAS = frozenset({"harm", "hurt", "target", "hit", "strike", "attack"})


def _doers_named(head: Token) -> bool:
    """Whether a mention names people by their part in a deed of blood: "those
    responsible", "anyone responsible for killing civilians", "everyone behind the
    attack"."""
    if head.lower_ not in DOER_PRONOUNS and head.lemma_.lower() not in DOER_NOUNS:
        return False
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "behind":
            return True
        if c.dep_ == "amod" and c.lower_ == "responsible":
            deeds = [
                o
                for p in c.children
                if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children
                if o.dep_ in ("pobj", "pcomp")
            ]
            return all(o.lemma_.lower() in DEADLY_DEEDS for o in deeds)
    return False


def anyone_who(tokens: list[Token]) -> Resolution | None:
    """ "Warned that anyone who took part would be arrested", "anyone entering
    illegally": people told only by what they do are civilians, of no state yet (the
    mention's completion finds it), unless they did a deed of blood told before. Asked
    of those acted on only: as the doers of their own clause ("anyone who joined
    protests") they are supposed, not met."""
    head = _mention_head(tokens)
    if head is None or head.lower_ not in DOER_PRONOUNS or _doers_named(head):
        return None
    told = next((c for c in head.children if c.dep_ in ("relcl", "acl")), None)
    # ("anyone who attacked French nationals": would-be attackers, no civilians)
    if told is None or told.lemma_.lower() in DEADLY_DEEDS | HARMING_LEMMAS:
        return None
    text = head.doc[tokens[0].i : tokens[-1].i + 1].text
    why = f"'{text} {told.text}':"
    return Resolution(Entity(text, NO_COUNTRY, "CVL"), f"{why} people told by what they do")


# the words for the people who work a ship or an aircraft
CREW_WORDS = frozenset({"crew", "crewman", "crewmember"})
# ships and aircraft, whose crew is of the state the craft is
CRAFT_NOUNS = frozenset(
    {"plane", "aircraft", "airplane", "jet", "airliner", "helicopter", "ship", "vessel"}
    | {"boat", "tanker", "trawler", "freighter", "ferry", "tug", "tugboat", "yacht"}
    | {"warship", "destroyer", "frigate", "submarine", "gunboat", "corvette", "cutter"}
)
# words that make a craft and its crew a state's armed forces
WAR_CRAFT_WORDS = frozenset(
    {"navy", "naval", "military", "war", "warship", "destroyer", "frigate", "submarine"}
    | {"gunboat", "corvette", "spy", "surveillance", "reconnaissance", "force", "fighter"}
)


def _a_crew(word: Token) -> bool:
    """Whether ``word`` heads a mention of a crew ("the crew", "24 crew members")."""
    lemma = word.lemma_.lower()
    return lemma in CREW_WORDS or (
        lemma == "member"
        and any(c.dep_ == "compound" and c.lower_ == "crew" for c in word.children)
    )


def _craft_words(crew: Token) -> set[str]:
    """The nouns of the craft a crew's own words name ("the plane's crew", "the crew of
    the EP-3"): what tells that craft among those the story named."""
    return {
        w.lemma_.lower()
        for c in crew.children
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
        for g in ([c] if c.dep_ == "poss" else [x for x in c.children if x.dep_ == "pobj"])
        for w in g.subtree
        if w.pos_ in ("NOUN", "PROPN") and w.i <= g.i  # (not its relative clause's)
    }


def _crew_of_a_craft(tokens: list[Token], head: Token | None, ctx: DocContext) -> Resolution | None:
    """ "A U.S. Navy surveillance plane made an emergency landing ... Chinese authorities
    are holding the crew": a crew with no state of its own is of the state of the craft
    it works, of that state's forces where the craft is a warship or a military plane.
    The craft is the one its own words name ("the plane's crew", "the crew of the EP-3"),
    as the story first named it with a state, or else the first craft the story named
    with one (the story's craft, not the fighter it collided with)."""
    if head is None:
        return None
    word = counted(head)
    if not _a_crew(word):
        return None
    doc = head.doc
    own_words = _craft_words(word)
    if not own_words:
        # "the 24 crew members of a Navy surveillance plane ... are holding the crew": the
        # craft of the crew told before
        own_words = next(
            (found for w in doc[: word.i] if _a_crew(w) and (found := _craft_words(w))), set()
        )
    crafts: list[tuple[Token, list[Token], KBEntry]] = []
    for craft in doc[: word.i]:
        if craft.lemma_.lower() not in CRAFT_NOUNS or craft.pos_ != "NOUN":
            continue
        words = [w for w in craft.subtree if w.i <= craft.i]
        # (a state, or a state's body: "a U.S. Navy plane")
        states = [
            match.entry
            for w in words
            if (match := ctx.names.get(w.i)) is not None
            and match.entry.code not in (None, NO_COUNTRY, *INTERNATIONAL_CODES)
        ]
        if states:
            crafts.append((craft, words, states[0]))
    if own_words:
        crafts = [c for c in crafts if own_words & {w.lemma_.lower() for w in c[1]}]
    if not crafts:
        return None
    craft, words, state = crafts[0]
    war = state.sector == "MIL" or any(w.lemma_.lower() in WAR_CRAFT_WORDS for w in words)
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    said = doc[craft.left_edge.i : craft.i + 1].text
    why = f"the crew of '{said}'" + (", a craft of war" if war else "")
    return Resolution(
        Entity(text, state.code, "MIL" if war else "CVL"), why, code_from="nationality"
    )


def _attackers_told(
    tokens: list[Token], head: Token | None, ctx: DocContext
) -> list[Resolution] | None:
    """ "Settlers attacked a village ... the army dispersed the attackers": the actors of
    the last attack told in the sentence or the two before, by others than a state's own
    bodies. "Vowed to hunt down those responsible": the actors of the last attack told
    in the sentence or the four before, whoever they are (soldiers who fired on a crowd
    too); and so for "the attacking planes" in the sentence or the two before."""
    if head is None:
        return None
    doers = _doers_named(head)
    # "fired at the attacking planes": those of the attack told, whoever made it
    attacking = any(
        c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_.lower() == "attack" for c in head.children
    )
    if not doers and not attacking and head.lemma_.lower() not in ATTACKER_WORDS:
        return None
    if not doers and not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    attacks = [
        (actors, recipients)
        for _, event, actors, recipients in ctx.acts_before(head, back=DEED_BACK if doers else 2)
        if event == "ASSAULT" and actors
    ]
    if attacking:
        # (the parties, not weapons of no state beside them: "warplanes and missiles")
        made = (
            ([a for a in attacks[0][0] if a.code != NO_COUNTRY] or attacks[0][0])
            if attacks
            else None
        )
    elif doers:
        # the attack on the speaker's people first ("Kenyatta vowed to hunt down everyone
        # behind the attack": not his own forces' strikes told after it), else the last,
        # whoever made it
        own = {r.entity.code for r in ctx.subjects_before(head, back=0)}
        made = next((a for a, struck in attacks if own & {r.code for r in struck}), None)
        if made is None and attacks:
            made = attacks[0][0]
    else:
        # (not an answer by a state's own forces: "youths threw stones at police, who
        # responded with tear gas ... accused the attackers")
        made = next(
            (a for a, _ in attacks if not all(x.sector in STATE_BODY_SECTORS for x in a)), None
        )
    if made is None:
        return None
    text = head.doc[tokens[0].i : tokens[-1].i + 1].text
    named = ", ".join(f"'{a.text}'" for a in made)
    return [
        Resolution(replace(a, text=text), f"'{text}' made the attack told, by {named}")
        for a in made
    ]


def _neighbour_named_before(
    tokens: list[Token], head: Token | None, ctx: DocContext
) -> Resolution | None:
    """ "Niger closed its border with Benin, accusing its neighbour": the state named last
    before the mention (in its sentence or the one before) that is not the one "its"
    stands for."""
    if head is None or head.lemma_.lower() not in NEIGHBOUR_WORDS or head.tag_ != "NN":
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is None:
        return None
    own = ctx.antecedent_of(owner, "it" if owner.lower_ == "its" else "they")
    if own is None or own.entity.code in (None, NO_COUNTRY):
        return None
    match = ctx.named_before(
        head, NAMED_STATE_KINDS, back=1, other_than=INTERNATIONAL_CODES | {own.entity.code}
    )
    if match is None:
        return None
    doc, entry = head.doc, match.entry
    words = doc[match.start : match.end].text
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    entity = Entity(text, entry.code, None, entry.name, entry.wikidata)
    return Resolution(entity, f"'{text}' is '{words}', the state named before")


def _institution(head: Token) -> Token | None:
    """The word for a body that refers back by its kind: "the court" (the mention's head)
    or "the court's" (its owner); or by a capitalised word of its name, "the Brotherhood"
    after the Muslim Brotherhood (the caller asks that an earlier name hold the word); or
    the body of its members or voice ("leaders of the alliance", "a spokesman for the
    council")."""
    spoken_for = (
        [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in ("of", "for")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if head.lemma_.lower() in VOICES_OF_A_BODY
        else []
    )
    for token in (head, *(c for c in head.children if c.dep_ == "poss"), *spoken_for):
        # (the tagger may take the capitalised word for a common noun: "The Front")
        own_name = (
            token.is_title
            and (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and not token.is_sent_start))
            and token.ent_type_ != "PERSON"
        )
        if (token.lower_ in INSTITUTION_WORDS or own_name) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children
        ):
            return token
    return None


# verbs of moving across a frontier, whose "into" names where one goes and "from" where
# one came from (not "rolled into", "pushed into": forces do so in their own state too)
CROSSING_LEMMAS = frozenset({"cross", "infiltrate", "flee", "escape"})
CROSSED_INTO = frozenset({"into", "onto"})


def _end_of_a_crossing(place: Token) -> bool:
    """Whether ``place`` is where a crossing goes ("crossed into Kyrgyzstan") or, beside
    that, where it came from ("crossed into Kyrgyzstan from Tajikistan")."""
    prep = place.head
    if place.dep_ != "pobj" or prep.head.lemma_.lower() not in CROSSING_LEMMAS:
        return False
    if prep.lower_ in CROSSED_INTO:
        return True
    return prep.lower_ == "from" and any(
        c.dep_ == "prep" and c.lower_ in CROSSED_INTO for c in prep.head.children
    )


def _origin_of_a_thing(place: Token) -> bool:
    """Whether ``place`` is where a journey began or people came from (not "reports from
    Lagos", where the news is, nor "removed a memorial from Tallinn", where it was)."""
    prep = place.head
    return (
        place.dep_ == "pobj"
        and prep.lower_ == "from"
        and prep.head.lemma_.lower() in CAME_FROM_NOUNS
    )


# sites a state keeps abroad, whose state's name says nothing of those around them ("a
# French military base near Niamey", "the U.S. embassy in Baghdad")
FOREIGN_SITES = frozenset({"base", "embassy", "consulate", "compound", "installation", "outpost"})


def _definite_bare(head: Token) -> bool:
    """Whether ``head`` is "the X" or "those X" with no owner or name of its own."""
    return any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children
    ) and not any(
        c.dep_ in ("poss", "compound", "nmod") or c.ent_type_ in ("NORP", "GPE")
        for c in head.children
    )


def _standing_for(text: str, parties: list[Resolution], why: str) -> list[Resolution]:
    """``text`` ("they", "each other") standing for each of ``parties``; ``why`` says
    how, before each party's own reason."""
    return [
        Resolution(
            Entity(text, r.entity.code, r.entity.sector, r.entity.name),
            f"{why}: {r.why}",
            code_from=r.code_from,
        )
        for r in parties
    ]


def _bare_number(token: Token) -> bool:
    """A number that is itself the mention: "the two discussed", "both said"."""
    if token.lower_ not in GROUP_NUMBERS or token.pos_ not in ("NUM", "PRON", "DET"):
        return False
    return token.lower_ == "both" or any(c.lower_ == "the" for c in token.children)


# the roles in which a state's bare name is a party, not a place or a modifier
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent"})


# sectors of a state's own institutions: "the two governments" may be these, not rebels
STATE_SECTORS = frozenset({None, "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PRM"})
CAPTIVE_WORDS = frozenset({"hostage", "captive"})
# a frontier named by one state lies between two: no place of either
FRONTIER_NOUNS = frozenset({"border", "frontier", "boundary"})
# people on the move: where they are, or what state the story is about, is not whose they
# are ("rejected asylum seekers at its borders")
MIGRANT_WORDS = frozenset({"migrant", "refugee", "seeker", "asylum-seeker", "evacuee"})
HELD_WORDS = frozenset({"prisoner", "detainee", "inmate", "pow"})
# nouns of a journey and of people abroad, whose "from" is where it began or they came
# from ("his flight from Berlin", "migrants from Zimbabwe")
CAME_FROM_NOUNS = (
    frozenset({"flight", "trip", "journey", "voyage", "crossing", "return", "departure"})
    | frozenset({"tourist", "worker", "national", "pilgrim", "volunteer", "visitor"})
    | MIGRANT_WORDS
)
# those sent abroad to speak for a state: where they meet is their hosts' ("envoys had met
# in Cairo"), not whose they are
ENVOY_WORDS = frozenset(
    {
        "envoy",
        "emissary",
        "diplomat",
        "ambassador",
        "consul",
        "negotiator",
        "mediator",
        "delegation",
    }
)


def _an_envoys_state(token: Token) -> bool:
    """Whether a state's name is that of the envoy or mission it is on ("the Japanese
    ambassador", "Japan's ambassador", "the U.S. embassy"): a state abroad."""
    return (
        token.dep_ in ("amod", "poss", "compound")
        and token.head.lemma_.lower() in ENVOY_WORDS | MISSIONS
    )


# "the North", "the South": short for the one state of the document named with the word
COMPASS_WORDS = frozenset({"North", "South"})


def _compass_state(
    head: Token,
    tokens: list[Token],
    sent: Span,
    ctx: DocContext,
    found: list[Resolution] | None = None,
) -> Resolution | None:
    """ "The North" after "North Korea" (or "North Korean") was named: that state; and
    "the North's merchant ships" are its, with the sector their own words give."""
    sector, mention = None, head
    if head.text not in COMPASS_WORDS or len(tokens) > 2:
        owner = next(
            (
                t
                for t in tokens
                if t.dep_ == "poss" and t.head.i == head.i and t.text in COMPASS_WORDS
            ),
            None,
        )
        if owner is None:
            return None
        head = owner
        sector = next((r.entity.sector for r in found or () if r.entity.sector), None)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    codes = {
        code
        for code, names in ctx.states.items()
        if any(name.startswith(head.text + " ") for name in names)
    }
    if len(codes) != 1:
        return None
    code = codes.pop()
    named = sorted(n for n in ctx.states[code] if n.startswith(head.text + " "))[0]
    text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
    said = text if head is mention else f"the {head.text}"
    why = f"'{said}' is short for '{named}' named before"
    return Resolution(Entity(text, code, sector), why)


# offices and bodies a province has: "regional" before them is of a province, not of a
# region of many states ("regional leaders", "regional powers")
PROVINCIAL_WORDS = frozenset(
    {"governor", "administration", "authority", "government", "council", "police"}
    | {"prosecutor", "court", "official", "governorate", "head", "chief", "assembly"}
)


def _regional(head: Token) -> bool:
    """Whether a mention is of a region or of many states, none of them its own: "European
    leaders", "Western diplomats", "leaders from more than 90 countries"."""
    return any(
        c.dep_ in ("amod", "compound")
        and c.lower_ in not_actor_words("region")
        # "the foreign minister": a title, not a party from abroad
        and not (c.lower_ == "foreign" and head.lemma_.lower() in OFFICE_WORDS)
        # "the regional governor", "regional authorities": a province's, in one state
        and not (c.lower_ == "regional" and head.lemma_.lower() in PROVINCIAL_WORDS)
        for c in head.children
    ) or any(
        c.dep_ == "prep"
        and c.lower_ in ("from", "of")
        and any(
            g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in STATE_NOUNS
            for g in c.children
        )
        for c in head.children
    )


def _mention_head(tokens: list[Token]) -> Token | None:
    """The word of a mention whose head lies outside it (or is itself): its head."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)


def _group_met_in_a_place(
    found: list[Resolution], tokens: list[Token], sent: Span, ctx: DocContext
) -> list[Resolution] | None:
    """ "Hosted talks between the two leaders in Putrajaya": a counted group with a place
    phrase on it is the parties named together before (of its sector), not people of the
    place."""
    if len(tokens) > 6 or not any(t.lower_ in GROUP_NUMBERS for t in tokens):
        return None  # (most mentions: no count, answered before the head is sought)
    head = _mention_head(tokens)
    if (
        head is None
        or head.tag_ != "NNS"
        or not any(c.dep_ == "nummod" and c.lower_ in GROUP_NUMBERS for c in head.children)
    ):
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in head.children):
        return None
    parties = ctx.group(head)
    if not parties:
        return None
    sector = next((r.entity.sector for r in found if r.entity.sector), None)
    text = sent.doc[tokens[0].i : head.i + 1].text
    named = ", ".join(f"'{r.entity.text}'" for r in parties)
    return _standing_for(
        text,
        [Resolution(replace(r.entity, sector=r.entity.sector or sector), r.why) for r in parties],
        f"'{text}' refers to {named} named together before",
    )


def _fighting_in(found: Resolution, place: NameMatch, sent: Span) -> Resolution:
    """``found`` of the state of ``place`` where it is a transnational militant group that
    holds territory (``not_actors.csv``, kind ``territorial``)."""
    if found.entity.code != TRANSNATIONAL_MILITANTS:
        return found
    words = f" {' '.join(re.findall(r'[a-z]+', found.entity.text.lower()))} "
    if not any(f" {name} " in words for name in not_actor_words("territorial")):
        return found  # "bin Laden, the al Qaeda leader, killed in Abbottabad": al Qaeda's
    words = sent.doc[place.start : place.end].text
    moved = replace(found.entity, code=place.entry.code)
    return Resolution(moved, f"{found.why}; fighting in '{words}'", code_from="sentence")


def named_from_abroad(entity: Entity) -> bool:
    """Whether the words of a mention say its people are from elsewhere ("58 foreign
    tourists", "expatriates", not "the foreign minister", whose "foreign" is his title's),
    so no state near them, nor the story's, is lent them."""
    if entity.sector in TITLED_SECTORS:
        return False
    words = set(entity.text.lower().split())
    return bool(words & {"foreign", *ABROAD_PEOPLE, *(f"{w}s" for w in ABROAD_PEOPLE)})


def _state_of_a_where_clause(head: Token, ctx: DocContext) -> NameMatch | None:
    """The state named on the place whose "where" clause ``head`` is the subject of:
    "U.S. cities where federal prosecutors have charged them" gives the United States."""
    clause = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "relcl":
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return None
    for modifier in clause.head.children:
        match = ctx.names.get(modifier.i)
        if (
            modifier.dep_ in ("amod", "compound", "nmod")
            and match is not None
            and match.entry.kind == "country"
        ):
            return match
    return None


def _acting_through(body: NameMatch, text: str, sector: str | None = None) -> Entity:
    """The entity of ``text`` for the regional body ``body`` that a region's leaders act
    through, of the body's own sector unless ``sector`` names theirs (its force)."""
    entry = body.entry
    return Entity(text, entry.code, sector or entry.sector, entry.name, entry.wikidata)


def complete(
    found: list[Resolution], tokens: list[Token], sent: Span, ctx: DocContext
) -> list[Resolution]:
    """``found`` completed from the document where it lacks a country."""
    coded = bool(found) and all(r.entity.code != NO_COUNTRY for r in found)
    if (
        coded
        and len(tokens) == 1
        and (known := ctx.people.get(tokens[0].text)) is not None
        # (not a town the recogniser took for a person before)
        and known.named_kind not in TOWN_KINDS
        and all(r.kind in TOWN_KINDS for r in found)
    ):
        # "Mesa promised" after "Vice President Carlos Mesa": the person named before,
        # not the town of that name the gazetteer knows
        entity = replace(known.entity, text=tokens[0].text)
        return [Resolution(entity, f"'{tokens[0].text}' named earlier: {known.why}")]
    if coded and (story := ctx.country or ctx.home or ctx.dateline) is not None:
        found = _parties_of_the_story(found, tokens, story, ctx)
    if coded and (regrouped := _group_met_in_a_place(found, tokens, sent, ctx)) is not None:
        return regrouped
    if coded and any(r.entity.code is None for r in found):
        # "Machado urged" after "opposition leader Maria Corina Machado": a name the
        # tables lack is the one the document named before with its title
        coded = not any(_named(t) and t.text in ctx.people for t in tokens)
    if coded and any(r.entity.sector is None for r in found):
        found = [_sector_told_before(r, tokens, ctx) for r in found]
    if (
        coded
        and not any(t.lower_ == "ethnic" for t in tokens)
        and not any(r.entity.code == TRANSNATIONAL_MILITANTS for r in found)
    ):
        return found  # the common case, answered before the costlier look-ups below
    inside = {t.i for t in tokens}
    head = _mention_head(tokens)
    places = [m for m in ctx.places.get(sent.start, []) if m.start not in inside]
    if places and head is not None:
        # "told the Human Rights Council in Geneva that security forces had burned
        # villages": where a thing is said is not where what is told happened
        own = verb_above(head)
        places = [m for m in places if not _said_in(sent.doc[m.start], own)]
        # "detained him at the airport after his flight from Berlin", "mobs hunted down
        # migrants from Zimbabwe": where a thing or people came from is not where the
        # clause happens
        places = [m for m in places if not _origin_of_a_thing(sent.doc[m.start : m.end].root)]
        # "militants who crossed into Kyrgyzstan from Tajikistan", "Rohingya have fled
        # into Bangladesh": those who cross into a state are not of it (nor of where they
        # came from)
        places = [m for m in places if not _end_of_a_crossing(sent.doc[m.start : m.end].root)]
        # "leaders meeting in Auckland", "at a summit in Nairobi": a meeting's venue is
        # not whose its people are
        places = [m for m in places if not _venue_of_a_meeting(sent.doc[m.end - 1])]
        places = [m for m in places if not _home_of_another(sent.doc[m.start], head)]
    if len(places) > 1 and head is not None:
        # "struck targets in Iraq after a bomb attack in Ankara killed two police
        # officers": the place of the mention's own clause first
        verb = verb_above(head)
        # (and in it a town before a state's adjective on some other thing: "rallied
        # outside a French military base near Niamey" is a rally in Niger)
        places.sort(
            key=lambda m: (
                verb_above(sent.doc[m.start]).i != verb.i,
                sent.doc[m.end - 1].dep_ in ("amod", "compound")
                and sent.doc[m.end - 1].head.lemma_.lower() in FOREIGN_SITES,
            )
        )
    place = places[0] if places else None
    if head is not None and (where := _state_of_a_where_clause(head, ctx)) is not None:
        # "flown to U.S. cities where federal prosecutors have charged them": the state of
        # the place whose "where" clause the mention is the subject of
        place = where
    # "the Jenin refugee camp", "Goma residents": a town the mention itself is of, which
    # no actor table names, tells its state before any place near it
    own_place = None
    # (not a person named with a title, "Police Commissioner Mohammed Hussein Ali", nor a
    # word of a body's name, "the Central Election Commission": the gazetteer has towns
    # called Police and Central)
    if head is not None and not coded and head.ent_type_ != "PERSON":
        own_place = next(
            (
                match
                for c in tokens
                if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i
                and c.ent_type_ != "PERSON"  # "the Paris Hilton fans": a person's name
                and c.nbor(1).pos_ != "PROPN"
                and (match := gazetteer_match(c)) is not None
            ),
            None,
        )  # fmt: skip
        place = own_place or place
    # "ethnic Albanians": the word must modify the mention's own head, not a phrase in an
    # apposition the parser hung on it ("Serbia ..., the scene of ethnic violence")
    # (or the people a number counts: "hundreds of ethnic Russian youths")
    ethnic = head is not None and any(
        t.lower_ == "ethnic" and (modifies(t, head.i) or modifies(t, counted(head).i))
        for t in tokens
    )
    if coded and place is not None and own_place is None:
        # "killed two Islamic State militants in a drone strike in eastern Afghanistan":
        # the fighters of a group that holds territory are coded by the state they fight
        # in, where the sentence names one
        found = [_fighting_in(r, place, sent) for r in found]
    # ("TALLINN - ... hundreds of ethnic Russian youths ... in the capital", no state
    # named: the dateline's state, where that is not their kin state; the lede's place is
    # too often a mediator's, "Russian mediators said", to stand in for it)
    kin_abroad = (
        ethnic and place is None and ctx.dateline is not None
        and all(r.entity.code not in (NO_COUNTRY, ctx.dateline[0]) for r in found)
    )  # fmt: skip
    if coded and found and not (ethnic and place) and not kin_abroad:
        return found
    if any(named_from_abroad(r.entity) for r in found):
        return found  # "58 foreign tourists": of no state the story names
    if head is not None and (compass := _compass_state(head, tokens, sent, ctx, found)) is not None:
        return [compass]
    # ("each side": every side, one at a time)
    plural = head is not None and (
        head.tag_ in ("NNS", "NNPS")
        or _bare_number(head)
        or (head.lemma_.lower() in PARTY_NOUNS and any(c.lower_ == "each" for c in head.children))
    )
    # "the four countries' measures": the measures of the parties the owner refers to
    # (also where the head word gives only a sector: "the two countries' foreign ministers")
    owner = (
        next((c for c in head.children if c.dep_ == "poss" and c.tag_ == "NNS"), None)
        # "delegations from both countries", "officials of the two sides": so are theirs
        or next(
            (
                g
                for p in head.children
                if p.dep_ == "prep" and p.lower_ in ("from", "of")
                for g in p.children
                if g.dep_ == "pobj" and g.tag_ == "NNS"
            ),
            None,
        )
        if head is not None and all(r.entity.code == NO_COUNTRY for r in found)
        else None
    )
    if owner is not None and (parties := ctx.group(owner)):
        named = ", ".join(f"'{r.entity.text}'" for r in parties)
        sector = next((r.entity.sector for r in found if r.entity.sector), None)
        if sector is not None:
            # "the two countries' foreign ministers": the parties' own, of the head's sector
            parties = [
                Resolution(
                    replace(r.entity, sector=sector),
                    r.why,
                )
                for r in parties
            ]
        words = sent.doc[tokens[0].i : tokens[-1].i + 1].text
        return _standing_for(words, parties, f"'{owner.text}' refers to {named}")
    if plural and (parties := ctx.group(head)) and _may_stand_for(found, parties):
        text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
        named = ", ".join(f"'{r.entity.text}'" for r in parties)
        # "the three juntas" after "Mali, Burkina Faso and Niger": the states' juntas
        own = next((r.entity.sector for r in found if r.entity.sector), None)
        if head.lemma_.lower() in SIDE_WORDS:
            own = None  # "urged the parties to": the sides named, not political parties
        return [
            Resolution(
                replace(r.entity, text=text, sector=r.entity.sector or own),
                f"'{text}' refers to {named} named together before: {r.why}",
            )
            for r in parties
        ]
    if (
        plural
        and head.dep_ in ("dobj", "pobj")
        and head.lemma_.lower() in SIDE_WORDS
        and any(c.lower_ in ("all", "both") for c in head.children)
        # ("dissolved all political parties": every one of a kind, which the words name)
        and not any(c.dep_ in ("amod", "compound") for c in head.children)
        and not ctx.distributed(head)
    ):
        return []  # "called on all parties to exercise restraint": every side, none named
    if head is not None and (parties := ctx.distributed(head)):
        # "exchanged fire, each (side) accusing the other": every party of the clause's
        # subject, on both ends, as "accused each other" is
        text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
        return _standing_for(text, parties, f"'{text}' is one of the subject's parties")
    if head is not None and (parties := ctx.reciprocal(head)):
        # "Thailand and Cambodia accused each other": the subject's parties
        text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
        return _standing_for(text, parties, f"'{text}' are the parties of the subject")
    if (
        head is not None
        and not any(r.entity.code not in (None, NO_COUNTRY) for r in found)
        and (part_of := part_of_them(head)) is not None
        # (one acted on, "most of them shot by police", is of the toll above: the coder's)
        and head.dep_ != "nsubjpass"
    ):
        # "some of them attacked demonstrators", "police detained dozens of them": a part
        # of whom "them" refers to, of their state and kind
        text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
        if head.dep_ == "nsubj":
            # (as the subject, "them" is whom "they" would be)
            whole = ctx.antecedent_of(part_of, "they")
            of_them = [whole] if whole is not None else []
        else:
            of_them = complete([], [part_of], sent, ctx)
        return [
            Resolution(replace(r.entity, text=text), f"'{text}' are of them: {r.why}")
            for r in of_them
        ]
    if (
        len(tokens) == 1
        and tokens[0].lower_ in ("they", "them")
        and (group := ctx.plural_antecedent(tokens[0]))
    ):
        named = ", ".join(f"'{r.entity.text}'" for r in group)
        why = f"'{tokens[0].text}' refers to {named} named together before"
        return _standing_for(tokens[0].text, group, why)
    if len(tokens) == 1 and (joined := ctx.joined_clause_subject(tokens[0])) is not None:
        known = joined.entity
        why = f"'{tokens[0].text}' refers to '{known.text}', subject of the clause it is joined to"
        return [Resolution(replace(known, text=tokens[0].text), f"{why}: {joined.why}")]
    if len(tokens) == 1 and tokens[0].lower_ in PRONOUN_KINDS:
        antecedent = ctx.antecedent(tokens[0])
        if antecedent is not None:
            known = antecedent.entity
            entity = replace(known, text=tokens[0].text)
            if antecedent.kind == "capital" and known.sector is None:
                # "Kyiv warned that it would respond": the capital named as a party is
                # its government, and so is what stands for it
                entity = replace(entity, sector="GOV")
            referred = Resolution(
                entity, f"'{tokens[0].text}' refers to '{known.text}': {antecedent.why}"
            )
            if known.code != NO_COUNTRY:
                return [referred]
            said_of = next((i for i, r, _ in ctx.subjects if r is antecedent), None)
            if said_of is not None and _regional(sent.doc[said_of]):
                if (body := ctx.regional_body(sent.doc[said_of])) is not None:
                    # "West African leaders ... warned that they could use force" in a
                    # story of ECOWAS: the body they act through, as they did there
                    named = sent.doc[body.start : body.end].text
                    entity = _acting_through(body, tokens[0].text)
                    why = f"'{tokens[0].text}' refers to '{known.text}', who act through '{named}'"
                    return [Resolution(entity, why)]
                return [referred]  # "West African leaders ... said they could": of no state
            found = [referred]  # "supporters ... some set fire": completed below, as they were
        elif tokens[0].lower_ in ("they", "them") and (parties := ctx.last_parties(tokens[0])):
            # "Pashinyan met Aliyev in Prague, where they agreed": the meeting's two sides
            named = ", ".join(f"'{r.entity.text}'" for r in parties)
            return _standing_for(tokens[0].text, parties, f"'{tokens[0].text}' refers to {named}")
    if (
        head is not None
        and head.lemma_.lower() in PATIENT_NOUNS
        and all(r.entity.code == NO_COUNTRY for r in found)
        and _definite_bare(head)
        and (done_to := ctx.patients_of(head, PATIENT_NOUNS[head.lemma_.lower()]))
    ):
        # "Israel expelled 415 Palestinians ... Lebanon refused to admit the deportees":
        # those the act the word is made from was done to
        text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
        named = ", ".join(f"'{e.text}'" for e in done_to)
        why = f"'{text}' are those the act told before was done to, {named}"
        return [Resolution(replace(e, text=text), why) for e in done_to]
    counted_noun = counted(head) if head is not None else None
    if (
        head is not None
        and counted_noun is not None
        and found
        and all(r.entity.code == NO_COUNTRY for r in found)
        and (
            (any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and len(tokens) <= 3)
            # "shot down 31 of 40 drones" after "Russian drones struck": a part of them
            or (counted_noun is not head and len(tokens) <= 5)
            # "Guerrillas fired rockets" after "Hezbollah guerrillas killed": a bare plural
            # of armed men is the group named so before, not the people where they strike
            or (
                len(tokens) == 1
                # (one capitalised first in the sentence is tagged a name: "Guerrillas")
                and (head.tag_ == "NNS" or (head.is_sent_start and head.lower_.endswith("s")))
                and any(r.entity.sector in NON_STATE_ARMED for r in found)
            )
        )
        and (
            earlier := ctx.described(
                counted_noun, next((r.entity.sector for r in found if r.entity.sector), None)
            )
        )
        is not None
    ):
        # "the minister" after "Japanese Foreign Minister Yoko Kamikawa": that person
        known = earlier.entity
        text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
        entity = replace(known, text=text)
        why = f"'{text}' refers to '{known.text}' before: {earlier.why}"
        own = next((r.entity.sector for r in found if r.entity.sector), None)
        if known.sector is not None and own not in (None, known.sector):
            # "the junta" after "junta leader General Tiani", "the ruling party" after "the
            # main opposition party in Georgia": of that one's state, but its own words
            # tell what it is (a soldiers' council, not its head; not the opposition)
            entity = Entity(text, known.code, own)
            why = f"'{text}' is of the state of '{known.text}' before: {earlier.why}"
        resolved = [
            Resolution(entity, why, named_kind=earlier.named_kind, code_from=earlier.code_from)
        ]
        if (story := ctx.country or ctx.home or ctx.dateline) is not None:
            # "rebels attacked a checkpoint" after "the rebel National Liberation Army" in
            # a story of Macedonia: the movement of that name there, as it was read then
            resolved = _parties_of_the_story(resolved, tokens, story, ctx)
        return resolved
    if (
        head is not None
        # ("the 15-nation West African bloc": a body's word, no agent's, names it too)
        and (found or head.lemma_.lower() in GROUP_NOUNS)
        and all(r.entity.code == NO_COUNTRY for r in found)
        and (body := ctx.regional_body(head)) is not None
    ):
        # "West African leaders" in a story of ECOWAS: the body they act through (its
        # leaders are none of a state's government; its force keeps its sector)
        text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
        own = next((r.entity.sector for r in found if r.entity.sector not in (None, "GOV")), None)
        entity = _acting_through(body, text, own)
        named = sent.doc[body.start : body.end].text
        why = f"'{text}' act through '{named}', named in the story"
        return [Resolution(entity, why)]
    if (
        head is not None
        and all(r.entity.code == NO_COUNTRY for r in found)
        and head.lemma_.lower() in GROUP_NOUNS
        # "the groups" are not the one organisation named (a lower-case "bloc" the
        # tagger reads as a proper noun is still one)
        and (head.tag_ == "NN" or (head.tag_ == "NNP" and head.is_lower))
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        # ("the group"; "the regional bloc", "the Western alliance" with a word of kind)
        and (len(tokens) <= 2 or len(tokens) == 3 and tokens[1].dep_ == "amod")
        and (
            match := ctx.named_before(
                head,
                ORGANISATION_KIND,
                codes=BLOC_CODES if head.lower_ == "bloc" else None,
                # ("the bloc" may be one named some sentences before, and so may a group
                # its words say the kind of: "the Islamist group")
                back=INSTITUTION_BACK if head.lower_ == "bloc" or len(tokens) == 3 else 2,
                # ("the group" is no body of states: not "the U.N. coordinator" told since
                # "al Shabaab militants")
                other_than=STATE_BODY_CODES if head.lower_ == "group" else frozenset(),
                # ("in a video aired by Al Jazeera, the group threatened": not the channel)
                sectors_not=frozenset({"JRN"}),
            )
        )
        is not None
    ):
        # "the group", "the movement": the organisation just named
        entry, words = match.entry, sent.doc[match.start : match.end].text
        text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
        entity = Entity(text, entry.code, entry.sector, entry.name, entry.wikidata)
        why = (
            f"'{text}' refers to '{words}' named before: organisation {entry.name} ({entry.source})"
        )
        return [Resolution(entity, why)]
    institution = _institution(head) if head is not None and len(tokens) <= 4 else None
    # ("the Transitional Military Council" is not the Security Council named before: a
    # name's own capitalised words must be the earlier one's)
    # (the words of the body's own phrase: "Leaders of the alliance" has no capital of
    # the alliance's)
    titled = (
        {
            t.lower_
            for t in institution.subtree
            if t.i != institution.i and t.is_title and t.dep_ != "det" and t.i in inside
        }
        if institution is not None
        else set()
    )
    if (
        institution is not None
        and all(r.entity.code == NO_COUNTRY for r in found)
        and (
            match := ctx.named_before(
                institution, ORGANISATION_KIND, institution.lower_, INSTITUTION_BACK
            )
        )
        is not None
        and titled <= set(sent.doc[match.start : match.end].text.lower().split())
    ):
        # "the court", "the council's decision": the court or council named before
        entry, words = match.entry, sent.doc[match.start : match.end].text
        text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
        sector = entry.sector or next((r.entity.sector for r in found if r.entity.sector), None)
        entity = Entity(text, entry.code, sector, entry.name, entry.wikidata)
        why = (
            f"'{institution.text}' refers to '{words}' named before: {entry.name} ({entry.source})"
        )
        return [Resolution(entity, why)]
    if (
        institution is not None
        and all(r.entity.code == NO_COUNTRY for r in found)
        and (earlier := ctx.described(institution)) is not None
        # (its own words, not "armed supporters of the parliament")
        and {institution.lower_, institution.lemma_}
        & set(earlier.entity.text.lower().partition(" of ")[0].split())
        and titled <= {w.lower() for w in earlier.entity.text.split()}
    ):
        # "Sudan's ruling military council said ... rejected the council's plan": the body
        # named before by words no table holds as a name
        known = earlier.entity
        text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
        sector = known.sector or next((r.entity.sector for r in found if r.entity.sector), None)
        why = f"'{institution.text}' refers to '{known.text}' before: {earlier.why}"
        return [
            Resolution(replace(known, text=text, sector=sector), why, code_from=earlier.code_from)
        ]
    if (
        institution is not None
        and not found
        and institution.lower_ == "council"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in institution.children)
        and (body := ctx.body_told_before(institution)) is not None
    ):
        # (no country: the document's, below, as for "the junta")
        text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
        found = [replace(body, entity=replace(body.entity, text=text))]
    if all(r.entity.code == NO_COUNTRY for r in found) and (
        referred := _state_referred_to(tokens, head, sent, ctx, found)
        or _neighbour_named_before(tokens, head, ctx)
    ):
        return [referred]
    if (attackers := _attackers_told(tokens, head, ctx)) is not None:
        return attackers
    if all(r.entity.code == NO_COUNTRY for r in found) and (
        crew := _crew_of_a_craft(tokens, head, ctx)
    ):
        return [crew]
    for token in tokens:
        if (
            _named(token)
            and token.text in ctx.people
            and not _another_given_name(token, ctx.people[token.text].entity)
            # ("Alexander Kozulin" after "Alexander Lukashenko": a first name is its
            # person's alone)
            and not (
                token.text in ctx.given_names
                and any(t.i == token.i + 1 and t.pos_ == "PROPN" for t in tokens)
            )
        ):
            known = ctx.people[token.text].entity
            text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
            sector = known.sector
            if head is not None and token.i != head.i and found and found[0].entity.sector:
                sector = found[0].entity.sector  # "supporters of Castillo": his country
            entity = replace(known, text=text, sector=sector)
            earlier = Resolution(
                entity, f"'{token.text}' named earlier: {ctx.people[token.text].why}"
            )
            if known.code != NO_COUNTRY:
                return [earlier]
            found = [earlier]  # a sector named before: the country is completed below
            break
    # "European leaders", "Western diplomats": a regional construct, of no one state
    regional = head is not None and _regional(head)
    # "three hostages": a captive's people are not told by where it is held, nor by the
    # state the story is about
    # (nor is an embassy its host's: "reopened embassies" after a meeting in Beijing, nor
    # an envoy)
    captive = head is not None and counted(head).lemma_.lower() in (
        CAPTIVE_WORDS | MIGRANT_WORDS | MISSIONS | ENVOY_WORDS
    )
    # "1,000 prisoners" exchanged in Istanbul: where prisoners are is not whose they are
    held = head is not None and counted(head).lemma_.lower() in HELD_WORDS
    completed = []
    for resolution in found:
        entity = resolution.entity
        if (regional or captive) and entity.code == NO_COUNTRY:
            completed.append(resolution)
            continue
        # "Netanyahu ordered the army to strike targets in Gaza": the forces a leader orders
        # are his state's, not of the place they are sent to (asked only of a mention with
        # no state of its own, the only kind the branches below complete)
        orders = (
            entity.code == NO_COUNTRY
            and head is not None
            and head.dep_ == "dobj"
            and head.head.lemma_.lower() in ORDERING_LEMMAS
            and entity.sector in (*STATE_ARMS, "COP")
        )
        ordered_by = _state_of_joined_clause(head, ctx) if orders else None
        if ethnic and place is not None:
            # "ethnic Albanians demonstrated in Serbia": a people is coded by the state it
            # lives in, as the PLOVER manual codes actors
            code, why = (
                place.entry.code,
                f"an ethnic group in '{sent.doc[place.start : place.end].text}'",
            )
            sector, source = entity.sector or "CVL", "sentence"
        elif kin_abroad and ctx.dateline is not None:
            code, why = (
                ctx.dateline[0],
                f"an ethnic group in the dateline's state ({ctx.dateline[1]})",
            )
            sector, source = entity.sector or "CVL", FROM_SETTING
        elif entity.code != NO_COUNTRY:
            completed.append(resolution)
            continue
        elif head is not None and (ruled := _state_it_rules(head, ctx)) is not None:
            # "the junta, which has ruled Niger since late July": the state it rules
            code, sector, source = ruled.entry.code, entity.sector, "sentence"
            why = f"the state it rules, '{sent.doc[ruled.start : ruled.end].text}'"
        elif (
            head is not None
            and entity.sector in SHARED_NATIONALITY_SECTORS
            and (shared := shared_nationality(head, ctx))
        ):
            for match in shared[:-1]:
                # "U.S. and British warplanes and warships": the warships of each
                said = f"'{sent.doc[match.start : match.end].text}' is said of both conjuncts"
                both = replace(entity, code=match.entry.code)
                completed.append(
                    Resolution(both, f"{resolution.why}; {said}", code_from="nationality")
                )
            code, sector, source = shared[-1].entry.code, entity.sector, "nationality"
            why = f"'{sent.doc[shared[-1].start : shared[-1].end].text}' is said of both conjuncts"
        elif (
            head is not None
            and entity.sector in PAIRED_SECTORS
            and (partner := conjunct_state(head, ctx)) is not None
        ):
            # "Tajik President Rakhmonov and opposition leader Nuri signed": the leader of
            # an opposition named beside a state's leader is of that state
            code, sector, source = partner.entry.code, entity.sector, "nationality"
            why = f"of the state of its conjunct, '{sent.doc[partner.start : partner.end].text}'"
        elif (
            place is not None
            and not held
            and ordered_by is None
            and (own_place is not None or not _held_by_another(place.entry.code, tokens, sent, ctx))
            # "a drone strike killed two men in Lebanon": what comes from afar is not of
            # the place it hits
            and not (head is not None and counted(head).lemma_.lower() in FROM_AFAR)
            # ("talks with the exiled opposition in Arusha": exiles are not of where they
            # live)
            and not (head is not None and in_exile(counted(head)))
            and not _official_abroad(head, entity, place, ctx)
            and not _force_known_elsewhere(head, entity, place, ctx)
        ):
            code, sector, source = place.entry.code, entity.sector, "sentence"
            words = sent.doc[place.start : place.end].text
            why = (
                f"country of '{words}', the town it is of"
                if own_place is not None
                else f"country from '{words}' in the sentence"
            )
            if place.entry.source.endswith(TOWN_PLACED_BY_THE_TEXT):
                why += f" ({place.entry.source.rsplit('; ', 1)[-1]})"
        elif (
            head is not None
            and entity.sector in (*STATE_ARMS, "COP")
            and (joined := ordered_by if orders else _state_of_joined_clause(head, ctx)) is not None
        ):
            state, tie = joined
            code, sector, source = state.entity.code, entity.sector, "joined clause"
            why = f"the state of '{state.entity.text}', {tie}"
        elif (
            head is not None
            and entity.sector in GOVERNING_SECTORS
            # (a common noun no one owns: not "Congress", nor "the junta's envoy")
            and counted(head).pos_ == "NOUN"
            and not any(c.dep_ == "poss" for c in counted(head).children)
            # ("urging the counterpart to sign": the other side's)
            and counted(head).lemma_.lower() not in RELATIONAL_NOUNS
            and (last := _last_government(head, ctx)) is not None
        ):
            # "Israel's cabinet approved the deal. Far-right ministers voted against it":
            # unowned officials are of the government that acted last, not of the state
            # the story names most
            code, sector, source = last.code, entity.sector, "sentence"
            why = f"the state of '{last.text}', whose government acted just before"
        elif (
            head is not None
            and entity.sector in ("CVL", "LEG")
            and (speaker := _own_people_addressed(head, ctx)) is not None
        ):
            # "Taiwan's President Lee urged voters to stay calm", "Obama called on
            # Congress": a leader's appeal to the people, or to the legislature, is to his
            # own
            code, sector, source = speaker.entity.code, entity.sector, "sentence"
            why = f"the people of '{speaker.entity.text}', who addresses them"
        elif (
            head is not None
            and (
                (entity.sector in ("MIL", "COP") and counted(head).lemma_.lower() in FORCE_NOUNS)
                # "the Taliban signed an agreement in Doha ... Pompeo urged the insurgents":
                # the rebels told just before, not those of the place the story is set in
                or (
                    entity.sector == "REB"
                    and counted(head).lemma_.lower() in REBEL_NOUNS
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in counted(head).children)
                )
            )
            and (force := _same_force_before(head, entity.sector, ctx)) is not None
        ):
            # "Soldiers fired into crowds in Yangon ... troops raided monasteries": the
            # forces of the one state whose forces acted last, before the story's state
            code, sector, source = force.code, entity.sector, "sentence"
            why = f"the state of '{force.text}', the {entity.sector} that acted last"
        elif (
            ctx.country is not None
            # (attackers no one has named are of no state the story's count of names
            # tells: "bombers killed at least 180 people, many of them Australians")
            and entity.sector != "UAF"
            and not _held_by_another(ctx.country[0], tokens, sent, ctx)
            and not (head is not None and counted(head).lemma_.lower() in FROM_AFAR)
            # ("Japan's foreign minister demanded an explanation from the military
            # government": one appeals to another state's government, whichever state the
            # story names most)
            and not _asked_by_its_own(ctx.country[0], entity, head, ctx)
        ):
            code, sector = ctx.country[0], entity.sector
            source = FROM_ONLY_NAME if ctx.country_names == 1 else FROM_DOCUMENT
            why = f"{DOCUMENT_COUNTRY} ({ctx.country[1]})"
            if (
                ctx.dateline is not None
                and ctx.dateline[0] != code
                and ctx.dateline[0] in ctx.states
                and entity.sector == "GOV"
                and head is not None
                and head.lemma_.lower() == "government"
                and [c.lower_ for c in head.children] == ["the"]
            ):
                # "TALLINN - Estonian riot police ... The government moved the statue":
                # a bare "the government" is the one where the story is filed, if the
                # text names that state too, though it names another more
                code, source, why = ctx.dateline[0], FROM_SETTING, ctx.dateline[1]
        elif ctx.setting is not None and entity.sector in SETTING_SECTORS and not held:
            code, sector, source = ctx.setting[0], entity.sector, FROM_SETTING
            why = ctx.setting[1]
        elif (
            (home := ctx.home or ctx.dateline or ctx.setting) is not None
            and entity.sector in HOME_SECTORS
            # ("The army accused Rwanda": not of the state it acts on)
            and not _home_named_as_party(home[0], tokens, sent, ctx)
            # (a place the story is set in, where the lede and the dateline name none, is
            # weaker: not the state of another party beside, "President Wardhere met
            # Chinese President Xi in Beijing")
            and not (
                ctx.home is None
                and ctx.dateline is None
                and _held_by_another(home[0], tokens, sent, ctx)
            )
            and head is not None
            and not regional
            and counted(head).lemma_.lower() not in FROM_AFAR
        ):
            # "The Philippines accused China ... Foreign Secretary Roberto Romulo summoned
            # the Chinese charge d'affaires": an official of no state named is the lede's
            # (or, where the lede names none, the dateline's: "CARACAS - Soldiers ...", or
            # else that of the place the story is set: "attacked government forces in
            # Abidjan ... Defence Minister Kouassi accused")
            code, sector, source = home[0], entity.sector, FROM_SETTING
            why = home[1]
        else:
            completed.append(resolution)
            continue
        entity = replace(entity, code=code, sector=sector)
        completed.append(Resolution(entity, f"{resolution.why}; {why}", code_from=source))
    return completed
