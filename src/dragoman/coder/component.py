"""The ``dragoman`` spaCy component: parse repairs -> triggers -> roles -> actors ->
factuality -> dates.

``nlp.add_pipe("dragoman")`` adds it to any English pipeline with a tagger, lemmatizer,
parser and NER. It reads the publication day from ``doc._.pub_date`` (ISO string, may be
None) and writes ``doc._.events``: a list of FORMATS.md section 2 objects without ``id``
and ``doc_id`` (plain dicts, so that docs cross process boundaries with ``n_process``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import logging
import re
from collections import Counter
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping, Sequence
from typing import Any

from spacy.attrs import DEP, LEMMA
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import ontology
from ..actors import ActorResolver, load_kb
from ..actors.kb import INTERNATIONAL_CODES, not_actor_words
from ..actors.resolver import (
    NO_COUNTRY,
    PEOPLES_AT_LARGE,
    PERSON,
    PLACE_KINDS,
    SUPPORTER_WORDS,
    Resolution,
    counted,
    document_text,
    gazetteer_match,
)
from ..dateline import TEXT_KEY
from ..records import Entity
from ..when import (
    GATHERING_LEMMAS,
    EventDate,
    day_said_before_the_clause,
    elapsed,
    event_date,
    only_day,
    past_perfect,
    story_past,
)
from ..where import gazetteer, locate
from .context import context_tagger
from .factuality import (
    CONSIDERING,
    CONTACT_LEMMAS,
    DESIRING,
    SAID_IN_CONTACT,
    SPEECH_VERBS,
    TRAVEL_LEMMAS,
    WARNING_LEMMAS,
    Factuality,
    assess,
    contact_purposed,
    cues,
    decided_act,
    disputed_note,
    fires,
    inverted_condition,
    modal_of,
    negation,
    open_question,
    said_on_a_platform,
)
from .lexicon import Lexicon, Pattern, load_lexicon
from .reference import (
    ADDRESSING_LEMMAS,
    BORROWED_CODES,
    DOCUMENT_COUNTRY,
    DOER_PRONOUNS,
    DOMESTIC_SECTORS,
    ENVOY_WORDS,
    FROM_DOCUMENT,
    FROM_ONLY_NAME,
    FROM_SETTING,
    LEADING_WORDS,
    ORDERING_LEMMAS,
    PARTY_KINDS,
    PRONOUN_KINDS,
    RELATIONAL_NOUNS,
    STATE_KINDS,
    STATE_WORDS,
    TOWN_KINDS,
    DocContext,
    anyone_who,
    build_context,
    clause_subject,
    complete,
    named_from_abroad,
    refuge_in,
    sentence_start,
    shared_nationality,
    unknown_person,
)
from .repair import (
    ALLEGING_LEMMAS,
    CLAIM_NOUNS,
    CROWD_MEANS,
    NAMING_VERBS,
    REACTION_VERBS,
    calls_itself,
    passive_agent,
    remote_means,
    repair,
    subjects_read_as_modifiers,
    to_infinitive,
    under_a_modal,
    verb_above,
)
from .roles import (
    CHARGE_VERBS,
    CUSTODY_NOUNS,
    DEMAND_LEMMAS,
    DISPERSING_LEMMAS,
    FIGHT_ROLE,
    FRONTIER_NOUNS,
    GIVING_TYPES,
    GROUND_TAKING_LEMMAS,
    HELD_GATHERINGS,
    HELD_INTENTIONS,
    LANDING_VERBS,
    MISSIONS,
    NOUN_MODIFIER_ROLE,
    REPELLING_LEMMAS,
    RETALIATING_TYPES,
    SPOKESPEOPLE,
    STREETS,
    TALKS_NOUNS,
    TARGETING_TYPES,
    Roles,
    answered_party,
    authors,
    clause_targets,
    conjuncts,
    find_roles,
    holders_of,
    means_of_the_act,
    mention_tokens,
    party_modifiers,
    purpose_served,
    shares_a_passive,
    subject_of,
)
from .triggers import (
    AFTER_PREPS,
    CASUALTY_VERBS,
    CONSEQUENCE_VERBS,
    FORCES_DETECTED,
    MEETING_WITH_FORCES,
    PARTY_ENTITIES,
    READY_WORDS,
    RELATIVE_WORDS,
    SPEECH_NOUNS,
    Trigger,
    between_parties,
    container_of,
    died_of,
    distinct_acts,
    find_triggers,
    followed_event,
    left_casualties,
    meeting_in_clause,
    meeting_verb,
    modifier_ok,
    named_by_state,
    relief_carried,
    subject_word,
    to_blame,
    visitor_named_by,
)

logger = logging.getLogger("dragoman")

SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
# acts done to a place happen there: "shelled Kharkiv", "raided Jenin"
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE"})
# acts that, naming no other party, are directed at the state they happen in ("lifted the
# curfew in Montenegro" concedes to Montenegro's people as imposing it coerced them)
PLACE_DIRECTED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "CONCEDE"})
# and those directed at the state where they happen only when it is another's: forces
# massed in Lebanon or near Taiwan, or pulled out of Kherson, but not troops at home
FOREIGN_PLACE_DIRECTED_TYPES = frozenset({"MOBILIZE", "RETREAT", "PROTEST"})
# meetings of many, whose place is a venue, not a host visited (talks held abroad are a
# visit to the host only where held by one party alone)
VENUE_NOUNS = frozenset({"meeting", "summit", "conference", "forum", "session"})
# a bare capital ("Berlin rejected", "accused Moscow of") stands for its government, except
# as a place where people act or are acted on: "protests in Paris", "shelled Kyiv"
CAPITAL_NOT_GOVERNMENT_ACTOR = frozenset({"PROTEST"})
CAPITAL_NOT_GOVERNMENT_RECIPIENT = frozenset(
    {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT"}
)
# reactions to another party's act, whose recipient is the party that acted
REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "PROTEST"})
# the prepositions that put what a reaction is about: "regret over", "voted against"
VIEWED_PREPS = frozenset({"over", "at", "about", "against"})
# nouns of a stance that are also words for parties ("the opposition", "the resistance")
STANCE_NOUNS = frozenset({"opposition", "resistance", "support"})


def _a_stance(noun: Token) -> bool:
    """Whether ``noun`` is a singular word of a stance ("voiced opposition",
    "dissatisfaction and firm opposition"), read as the stance, not as the parties the
    word also names."""
    return noun.lower_ in STANCE_NOUNS and noun.tag_ == "NN"


# what is asked for a captive: "called for the release of ..."
RELEASE_NOUNS = frozenset({"release", "freedom", "freeing"})


def _release_asked(head: Token, trigger: Trigger) -> Token | None:
    """The release noun a request's recipient candidate is, or names the captive of."""
    if head.lemma_.lower() in RELEASE_NOUNS:
        return head
    noun = trigger.noun
    if (
        noun is not None
        and noun.lemma_.lower() in RELEASE_NOUNS
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.i == noun.i
    ):
        return noun
    return None


# what is done to a person, whose "of" names the one harmed, not the doer
HARM_NOUNS = frozenset(
    {"death", "killing", "murder", "assassination", "kidnapping", "abduction"}
    | {"disappearance", "poisoning", "torture", "execution", "beating", "shooting"}
)
# acts that are words: a bare "accusations", "threats" or "demands" answers the last one
SPOKEN_TYPES = frozenset({"ACCUSE", "THREATEN", "REQUEST"})
# verbs that give a reproach's reason, whose reported subject is the one reproached
REASON_VERBS = frozenset({"say", "add", "argue", "insist", "claim"})
DEFINITE_WORDS = frozenset({"the", "this", "these", "that", "those", "its", "their"})
# curfews and states of emergency: put on one's own towns and regions, they confine no
# party named (the read sets code a place of the actor's own state as no recipient)
CONFINING_MODES = frozenset({"curfew", "martial-law"})
# acts done to a town that fall on its people: attacks, curfews, threats of either
TOWN_PEOPLE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
# acts that parties do together, where a party among the actors is not also a recipient
SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
RECIPROCAL_WORDS = frozenset({"each other", "one another"})


def _reciprocal(text: str) -> bool:
    """Whether a mention's words are "each other" or "one another", or their possessive."""
    words = text.lower().replace("\u2019", "'")
    return words in RECIPROCAL_WORDS or words.removesuffix("'s") in RECIPROCAL_WORDS


# verbs whose joint subject gives and takes alike: "traded accusations", "exchanged fire"
RECIPROCAL_VERBS = frozenset({"trade", "exchange", "swap"})
STATE_FORCES = frozenset({"GOV", "MIL", "COP", "PRM", "SPY", "LEG", "JUD"})
# armed parties against their own state: rebels, insurgents, breakaway republics
INSURGENT_SECTORS = frozenset({"REB", "PRE", "IMG", "UAF"})
# those of a state who hold force over its people
FORCE_WIELDERS = frozenset({"GOV", "MIL", "COP"})
# a state's armed forces: those it deploys ("police were deployed across the capital"),
# and those another state's forces fight
DEPLOYED_FORCES = frozenset({"MIL", "COP", "PRM"})


def _a_state_code(code: str | None) -> bool:
    """Whether ``code`` is a state's (an ISO code), not none, no country ("---") or an
    international body's (IGO, UNO, NGO ...)."""
    return code is not None and code.isalpha() and code not in INTERNATIONAL_CODES


# a state's forces named bare in a state body's report are its own
OWN_FORCES = frozenset(
    {"troop", "soldier", "force", "police", "policeman", "officer", "defence", "defense"}
)
# a government's own, named bare by one of its office holders ("Harper announced that the
# government had reached a settlement")
OWN_GOVERNMENT = frozenset({"government", "cabinet", "administration"})
# an armed group's own, named bare in its report ("Hamas said fighters had ambushed")
GROUP_FIGHTERS = frozenset({"fighter", "militant"})
COMPONENT_VERSION = "dragoman_v1"  # spaCy factory names allow no dots

if not Doc.has_extension("pub_date"):
    Doc.set_extension("pub_date", default=None)
if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)
# what went wrong in the sentences the coder failed on (empty where none)
if not Doc.has_extension("coder_failures"):
    Doc.set_extension("coder_failures", default=None)


def _known_words(lemmatizer) -> frozenset[str]:
    """The base forms of the rule lemmatizer's index, of every part of speech."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return frozenset()
    index = lemmatizer.lookups.get_table("lemma_index")
    return frozenset(
        word for pos in ("verb", "noun", "adj", "adv") if pos in index for word in index[pos]
    )


class EventCoder:
    """Codes each sentence of a Doc into event mentions; see the module docstring."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        lexicon: str | None,
        actors: list[str],
        strict: bool = False,
    ):
        self.name = name
        # strict: a fault on a sentence is raised (tests), not logged and skipped (runs)
        self.strict = strict
        # an act told as done with no one known to do it ("three people were killed", "the
        # resolution bars them": no doer, or one the tables cannot place at all) is no
        # dyadic event: it is left out, as CAMEO and PLOVER coders leave it, unless this
        # is set (a negated or supposed one stays, to show what was not coded)
        self.keep_actorless = False
        self.lexicon = load_lexicon(lexicon)
        self.resolver = ActorResolver(nlp.vocab, load_kb(tuple(actors)), nlp.make_doc)
        self.places = gazetteer()  # loaded here, once, not on the first event
        self.contexts = context_tagger()
        # the pipeline's rule lemmatizer, for words whose part of speech a repair mends
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        self.lemmatize = (
            lemmatizer.rule_lemmatize
            if lemmatizer is not None and getattr(lemmatizer, "mode", "") == "rule"
            else None
        )
        # the English words it knows, for a hyphenated word that is one ("co-operate")
        self.known_words = _known_words(lemmatizer) if self.lemmatize is not None else frozenset()

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._code_document(doc)
        except Exception as error:
            if self.strict:
                raise
            # (a fault before the sentences are coded: the mended tree, the names, the
            # document's context) the document gets no events, and the run goes on
            logger.debug("the coder failed on a document", exc_info=True)
            doc._.events = []
            doc._.coder_failures = [f"{type(error).__name__}: {error} (the whole document)"]
            return doc

    def _code_document(self, doc: Doc) -> Doc:
        remote = self.lexicon.classes.get("remote", frozenset())
        # first: every reader below sees the same, mended tree
        repair(
            doc,
            self.lemmatize,
            remote,
            cues()["reporting"],
            self.lexicon.occurrence_verbs,
            self.known_words,
            self.lexicon.classes.get("endeavour", frozenset()),
        )
        names = self.resolver.find_names(doc)
        # (and the one repair that needs the names the tables know)
        subjects_read_as_modifiers(doc, [m.start for m in names.values() if m.entry is PERSON])
        pub = _parse_day(doc._.pub_date)
        ctx = build_context(
            doc, self.resolver, names, pub, self.lexicon.classes.get("title", frozenset())
        )
        ctx.text = document_text(doc)
        doc.user_data.pop(TEXT_KEY, None)  # not carried on with the document
        hits = self.contexts.by_sentence(doc)
        themes = self.contexts.themes(hits)
        events: list[dict[str, Any]] = []
        # the reported clauses, found in the dependency array once rather than by walking
        # every word of every sentence twice
        ccomp, xcomp = doc.vocab.strings.add("ccomp"), doc.vocab.strings.add("xcomp")
        deps = doc.to_array(DEP)
        ccomps = (deps == ccomp).nonzero()[0].tolist()
        # "vowed to respond": a pledge's infinitive; "warned Manila to stop": a warning's
        vows = [
            i
            for i in (deps == xcomp).nonzero()[0].tolist()
            if _vowed_response(doc[i]) or _warned_off(doc[i])
        ]
        failures: list[str] = []
        for sent in doc.sents:
            told_events, told_acts = len(events), len(ctx.acts)
            try:
                self._code_sentence(sent, ctx, pub, hits, themes, events, ccomps, vows)
            except Exception as error:
                if self.strict:
                    raise
                # a fault of the coder's on one sentence loses that sentence's events,
                # not the document's, nor the run's; the fault is logged to be reported
                del events[told_events:]
                del ctx.acts[told_acts:]
                failures.append(f"{type(error).__name__}: {error} (in {sent.text[:60]!r})")
                # (the document's id is named where it is known: code_documents)
                logger.debug("the coder failed on a sentence: %s", failures[-1], exc_info=True)
        _credit_blame(doc, events)
        _envoys_recalled_alike(events)
        events = _protests_told_by_their_dispersal(events)
        if not self.keep_actorless:
            # (after the whole document: an act with no doer named may still be what a
            # later reaction refers to, "condemned the killings")
            events = [
                e
                for e in events
                if any(a["code"] for a in e["actor"]) or e["factuality"] != "asserted"
            ]
        _disputed_by_the_accused(events, ctx.accused_acts)
        # a visit or a mediation needs another party: one with none known ("Putin, who
        # flew to Beslan", "the talks, hosted by Mubarak", "a deal brokered by Qatar") is
        # no CONSULT between parties (a body's own meeting stays: "the Council met")
        events = [e for e in events if not _one_sided_contact(e)]
        doc._.events = events
        doc._.coder_failures = failures
        return doc

    def _code_sentence(
        self,
        sent: Span,
        ctx: DocContext,
        pub: dt.date | None,
        hits: Any,
        themes: Any,
        events: list[dict[str, Any]],
        ccomps: list[int],
        vows: list[int],
    ) -> None:
        """Code one sentence: its events are added to ``events``, its acts to ``ctx``."""
        doc = sent.doc
        ctx.sentence_contexts = self.contexts.of_sentence(hits[sent.start], themes)
        coded: list[tuple[Trigger, str]] = []
        triggers = find_triggers(sent, self.lexicon)
        silenced = (
            self._media_made_to_stop(sent, ctx, pub)
            + self._acts_ordered_done(sent)
            + _gatherings_broken_up(sent)
            + _ultimatums(sent)
            + _ordered_out(sent, self.lexicon.classes.get("force", frozenset()))
            + _penalties_threatened(sent)
            + _refuge_taken(sent)
            + _guests_received(sent, self.lexicon)
            + _envoys_declared_unwelcome(sent)
        )
        stopped = {t.words[-1].i for t, _ in silenced}
        # the demonstrations told so far in the sentence, by their verb
        protests: dict[int, dict[str, Any]] = {}
        # "the junta ordered the broadcaster to suspend its programmes": the order
        # silences the outlet, whose own act it is not (and "a judge ordered him held"
        # holds him); each is coded in its place among the others, as "ordered aid
        # agencies to leave, accusing them": a later "them" is whom the order was on
        pending = sorted(silenced, key=lambda found: found[0].head.i)
        for trigger in triggers:
            while pending and pending[0][0].head.i < trigger.head.i:
                order, order_roles = pending.pop(0)
                events.append(self._code(order, sent, ctx, pub, order_roles, assess(order)))
            if trigger.head.i in stopped:
                continue  # "ordered Reuters to close its bureau": the order's, below
            roles, fact = find_roles(trigger, self.lexicon.classes), assess(trigger)
            if (called := _party_contacted(trigger)) is not None:
                # "telephoned Fujimori to thank him": thanked in the call, the one called
                roles = dataclasses.replace(
                    roles,
                    recipient_heads=[called],
                    recipient_role=f"object of '{called.head.text}'",
                )
            if _forces_ordered_to_act(trigger):
                continue  # "ordered troops to withdraw": the act ordered, not a deployment
            if _told_no_act(trigger):
                continue  # "told reporters that ...": a statement, not a demand
            if fact.label == "asserted" and _standing_description(trigger):
                continue  # "the United States, which provides $140 million in aid to Mali"
                # (what it "rarely" does stays told, as not done)
            if trigger.pattern is FORCES_DETECTED:
                # "Taiwan detected 30 Chinese aircraft": the forces' state moved them,
                # against the one that saw them
                roles = Roles(
                    [f for f in conjuncts(trigger.noun) if named_by_state(f)],
                    "the forces detected",
                    [c for c in trigger.head.children if c.dep_ == "nsubj"],
                    "the one that detected them",
                )
            if (parties := _met_before(trigger)) is not None:
                # "released prisoners days after a meeting between Maduro and a U.S.
                # envoy": the meeting's parties are those it names, not the clause's
                roles = Roles(parties, "object of 'between'", [], "")
            if (visitor := _visitor_by(trigger)) is not None:
                # "pardoned 52 prisoners after a visit by a U.S. envoy": the envoy
                # visited; the clause's subject hosted
                host = [c for c in trigger.head.children if c.dep_ == "nsubj"]
                hosting = "subject of the clause"
                followed = followed_event(trigger.noun)
                if followed:
                    # "the releases followed a visit to Caracas by an envoy": the
                    # place visited hosts
                    host = _objects_of(trigger.noun, "to")
                    hosting = "object of 'to'"
                roles = Roles(conjuncts(visitor), "object of 'by'", host, hosting)
                if followed or trigger.noun.head.lower_ in ("after", "following"):
                    # (a visit the clause follows, or comes "after", was made, whatever
                    # the clause)
                    fact = Factuality("asserted", None, fact.reporter)
            if (
                fact.label == "negated"
                and trigger.pattern.event == "CONSULT"
                and meeting_in_clause(trigger)
                and trigger.noun.head.lower_ in ("at", "during")
            ):
                # "no agreement was reached at the talks": the talks were held; what
                # the clause denies is what came of them
                fact = Factuality("asserted", None, fact.reporter)
            warned = None
            if _met_with_response(trigger) and (warner := _warner(trigger, fact)):
                # "any attack on Iran would be met with a crushing response, Tehran
                # said": a warning by the one who says it, no meeting
                warned = MET_WITH_RESPONSE
                # "warned Kyiv that any attack would be met with force": Kyiv is warned
                told = _parties_warned(trigger.head)
                role = "object of 'warn'"
                if not told:
                    # "warned that any U.S. attack would be met with strikes on Israel":
                    # those whose act is warned against, and those the answer would hit
                    told, role = _warned_by_the_response(trigger.head), "the party warned off"
                roles = Roles(conjuncts(warner), "the one who warns", told, role)
                fact = Factuality("asserted", None, fact.reporter)
            if self._natural_hazard(roles, trigger):
                continue  # "an earthquake struck the region": no political actor acted
            if self._restated(trigger, roles):
                continue  # "the sanctions freeze any assets": what an earlier act does
            if _occurrence_told_before(trigger, events) and not (
                # "the bombing would continue until the Serbs pull back": the act told,
                # now held over a party
                fact.label == "hypothetical"
                and _conditioned(trigger.head, "until", with_subject=True)
            ):
                continue  # "met Trump at the White House. The meeting ended in a
                # shouting match": the meeting told, not a second one
            if _kept_from_no_act(trigger):
                continue  # "blocked imports from China": goods kept out, no party kept
                # from acting; "tried to stop China from setting up a rig": an attempt
            if _forces_ordered_to_act(trigger):
                continue  # "the commandos had been ordered to pull back": the act
                # ordered is coded on its own verb, no deployment
            if _view_agreed(trigger):
                continue  # "the two leaders agreed that the test was intolerable": a view
                # shared, no deed agreed on
            if _own_government_dismissed(trigger):
                continue  # "Mubarak dismissed his government": a ruler's own cabinet
                # let go, no coercion of another
            if self._announced_again(trigger, events):
                continue  # "reached a deal on Sunday ... The deal was announced by the
                # AU's envoy": the agreement told, not a second one
            if _retold(trigger, triggers):
                continue  # "began a hunger strike to protest", "lodged a protest,
                # charging its neighbour with ...": one act, told twice
            if self._endangers_a_value(trigger):
                continue  # "the pact threatens regional peace": a judgement, no threat
            if _background(trigger, roles):
                continue  # "since the invasion began": a time reference, no new event
            if _stance_described(trigger):
                continue  # "youths who opposed its relocation", "whose party opposes
                # independence": a stance that describes someone, not one taken now
            if trigger.pattern.event == "PROTEST" and _shut_in(trigger.head):
                continue  # "the gunmen barricaded themselves inside a monastery": holed
                # up, no road blocked
            if _role_described(trigger):
                continue  # "is the WHO's largest donor, contributing $400 million last
                # year": what the subject is, told by what it does
            if _since_then(trigger):
                continue  # "the first clash since the two sides agreed to a truce"
            if _toll_of_background(trigger, roles):
                continue  # "Montenegro, where 28 people have been killed", "in violence
                # that killed 265 people": a toll that describes, no event of its own
            if _as_said(trigger.head):
                continue  # "hold elections as promised": a manner, no new promise
            if _gathering_of_others(trigger, roles):
                continue  # "leaders gathered in Brussels": only protesters' gathering
                # is a demonstration
            if _festive(trigger):
                continue  # "supporters rallied in Bucharest to celebrate": no protest
            if _curfew_defied_by_crowds(trigger, roles) and any(
                t.pattern.event == "PROTEST" for t in triggers if t is not trigger
            ):
                continue  # "thousands of protesters defied a ban to march": their march
                # is the event, not a rejection
            if trigger.head.dep_ == "acl" and trigger.head.lower_ in HOSTING_PARTICIPLES:
                continue  # "a base hosting U.S. troops": what a place holds, no act
            if (
                trigger.pattern.event == "CONSULT"
                and self._armed_units(roles)
                # (but officers meet others: "U.N. Command officers met North Korean army
                # officers at Panmunjom")
                and not _met_with_someone(trigger)
            ):
                if trigger.head.lemma_.lower() not in ARRIVING:
                    continue  # armed units confer with no one
                # "Bangladeshi peacekeepers arrived in South Sudan": help sent; "U.S.
                # troops landed in Haiti": a deployment, not a visit
                if _unarmed_staff(roles):
                    continue  # "a team of Chinese rescuers landed in Tokyo": no forces
                arrived = PEACEKEEPERS_ARRIVED if _peacekeepers(roles) else FORCES_ARRIVED
                trigger = dataclasses.replace(trigger, pattern=arrived)
            if _flight_into_exile(trigger):
                continue  # "resigned and flew to Miami": a flight from power, no visit
            if self._move_of_no_forces(trigger, roles):
                continue  # "migrants crossed into Poland", "the envoy left the country":
                # only forces' moves mobilise or give ground
            if (
                trigger.pattern.event == "MOBILIZE"
                and fact.label == "asserted"
                and _unarmed_staff_sent(trigger)
            ):
                continue  # "the church deployed 40,000 election observers": no forces
                # (while "would send investigators to help" is still a pledge)
            if self._hit_by_no_force(trigger, roles):
                continue  # "sanctions hit Russia", "the crisis hit Argentina"
            if trigger.pattern.text == "take +power" and not self._armed_units(
                _pronouns_as_speaker(roles, fact)
            ):
                continue  # "the opposition took power after the election": no coup
                # ("the military announced it had taken power": the military's)
            if _economic_retaliation(trigger, self.lexicon):
                continue  # "retaliating against US tariffs": a trade measure, no attack
            if _fired_in_an_exercise(trigger):
                continue  # "staged a bombing drill, dropping eight bombs": practice
            if _sabotaged_process(trigger, self.lexicon):
                continue  # "sabotaging the peace process": no thing destroyed
            if _met_as_fulfilled(trigger, roles, self.lexicon.classes.get("goal", frozenset())):
                continue  # "once conditions were met", "met the NATO target": fulfilled,
                # no meeting
            if (
                trigger.pattern.event == "PROTEST"
                and trigger.head.lemma_.lower() == "lead"
                and trigger.head.dep_ in ("relcl", "acl")
            ):
                continue  # "the association, which has led the protests, rejected": who
                # the party is, not a protest told
            if trigger.pattern.event == "CONSULT" and _channel_of_a_statement(trigger):
                continue  # "Speaking by telephone from Bangui, Aristide accused ...": how
                # the speaker was heard, no talks held
            if trigger.pattern.event == "AGREE" and _prospect_offered(trigger):
                continue  # "saying it offered new hope to the region": what a move holds
                # out, no party's pledge
            if trigger.pattern.event == "REJECT" and _no_comment(trigger.head):
                continue  # "refused to say whether": declining to comment rejects nothing
            if trigger.pattern.event == "AGREE" and _decided_measure(trigger, triggers):
                continue  # "EU leaders agreed to impose sanctions on Minsk": the sanction,
                # which the decision is, is coded; no AGREE among those who decide it
            if trigger.pattern.event == "THREATEN" and trigger.pattern.mode is None:
                # "threatened to arrest them": the threat's mode is what it threatens
                if content := _threatened_content(trigger, triggers):
                    pattern = dataclasses.replace(trigger.pattern, mode=content)
                    trigger = dataclasses.replace(trigger, pattern=pattern)
            rule = (
                _joint(trigger)
                or _riot(trigger, roles)
                or (DEFIED_BAN if _curfew_defied_by_crowds(trigger, roles) else None)
                or _own_arms_destroyed(trigger)
                or _test_firing(trigger, roles)
                or _left_talks(trigger, self.lexicon)
                or _burnt(trigger, roles, self.lexicon)
                or _promised_concession(
                    trigger, triggers, self.lexicon.classes.get("concession", frozenset())
                )
                or _weapons_moving(trigger, roles)
                or _dispersed_by_force(trigger)
                or _rescued_by_force(trigger, triggers)
            )
            rule = rule or warned
            if rule is DEFIED_BAN:
                # (what the ban is on, "gatherings of more than five", is no party)
                roles = dataclasses.replace(roles, recipient_heads=[], complement_heads=[])
            if trigger.pattern.event == "THREATEN" and trigger.pattern.verb in HESITATING:
                if fact.label != "negated" or fact.reason != "negation":
                    continue  # "Berlin hesitated to send tanks": a doubt, no threat
                # "would not hesitate to strike": a veiled threat, said now
                fact = Factuality("asserted", None, fact.reporter)
                warned_parties = [w for h in _parties_warned(trigger.head) for w in conjuncts(h)]
                if not roles.recipient_heads and warned_parties:
                    # "warned Hamas that Israel would not hesitate to act": over Hamas
                    roles = dataclasses.replace(
                        roles, recipient_heads=warned_parties, recipient_role="the party warned"
                    )
            if _force_not_ruled_out(trigger, fact, triggers):
                # "refused to rule out using force", "did not rule out military
                # action against Iran": a veiled threat, said now
                rule = FORCE_NOT_RULED_OUT
                fact = Factuality("asserted", None, fact.reporter)
            # the acts told so far: a re-coded event is told once, as what it is
            told = len(ctx.acts)
            event = self._code(trigger, sent, ctx, pub, roles, fact, rule)
            if rule is None and _deployment_authorised(trigger):
                # "ECOWAS authorised the deployment of a regional force to Mali": forces a
                # body of states sends by its leave are help promised (AGREE), as forces
                # promised to a state are; a state's own leave moves its own forces
                if event["actor"] and all(a["code"] in INTERNATIONAL_CODES for a in event["actor"]):
                    del ctx.acts[told:]
                    rule = DEPLOYMENT_AUTHORISED
                    granted = trigger
                    if (leave := _sending_authorised(trigger.head)) is not None:
                        # (the sending is still to come; the leave is what was done, and
                        # when: "on Monday approved sending troops")
                        granted = dataclasses.replace(trigger, head=leave)
                        fact = assess(Trigger(trigger.pattern, leave, None, (leave,)))
                    event = self._code(granted, sent, ctx, pub, roles, fact, rule)
            if (
                not event["recipient"]
                and rule is not None
                and rule.event == "CONCEDE"
                and (allowed := _granted_leave(trigger.head))
            ):
                # "the junta agreed to let the U.N. envoy visit": a leave granted to him
                roles = dataclasses.replace(
                    roles, recipient_heads=allowed, recipient_role="the one let act"
                )
                del ctx.acts[told:]
                event = self._code(trigger, sent, ctx, pub, roles, fact, rule)
            if (
                event["event"] == "CONCEDE"
                and not event["recipient"]
                and (harmed := _harmed_by_the_act_regretted(trigger))
            ):
                # "expressed regret over a landmine blast that maimed two South Korean
                # soldiers": an apology to those the act harmed
                roles = dataclasses.replace(
                    roles, recipient_heads=harmed, recipient_role="those the act regretted harmed"
                )
                del ctx.acts[told:]
                event = self._code(trigger, sent, ctx, pub, roles, fact, rule)
            if (
                not event["recipient"]
                and rule is TEST_FIRING
                and (coast := _coast_fired_off(trigger))
            ):
                # "fired three missiles into waters off Taiwan's two main ports": a show of
                # force to the state whose coast it is
                roles = dataclasses.replace(
                    roles, recipient_heads=coast, recipient_role="the state off whose coast"
                )
                del ctx.acts[told:]
                event = self._code(trigger, sent, ctx, pub, roles, fact, rule)
            if not event["recipient"] and (partners := _partners_of_the_talk(trigger)):
                # "spoke with Kagame and called for a ceasefire": said to the one spoken
                # with, where the words name no one else
                roles = dataclasses.replace(
                    roles,
                    recipient_heads=partners,
                    recipient_role=f"the one '{trigger.head.head.text}' talked with",
                )
                del ctx.acts[told:]
                event = self._code(trigger, sent, ctx, pub, roles, fact, rule)
            for recode in RECODINGS:
                # what the parties make of the act: "announced their withdrawal from
                # ECOWAS" leaves an organisation, "police blocked the roads" restricts
                if (recoded := recode(trigger, event, self.lexicon.classes)) is not None:
                    rule = recoded
                    del ctx.acts[told:]
                    event = self._code(trigger, sent, ctx, pub, roles, fact, rule)
            if (
                # "left the White House": a building, no organisation
                _left_a_building(trigger, event, self.lexicon.classes.get("body", ()))
                # "fought corruption", "fought for independence": no battle
                or _fight_of_no_armed_sides(trigger, event)
                # "Mandela walked out of prison": set free, no strike
                or _walked_out_of_custody(trigger, event)
                # "the ambassador walked out of the chamber": an official leaving a room
                or _walkout_by_officials(trigger, event)
                # "the cabinet met in emergency session", "G7 ministers, meeting in
                # Dinard, urged": a body sitting, no party met
                or _body_in_session(trigger, event)
                # "Putin talked to reporters": a word to the press, no meeting
                or _talk_to_the_press(trigger, self.lexicon.classes.get("press", frozenset()))
                # "exports declined", "the number of attacks declined": no refusal
                or _decline_of_nothing(trigger)
                # "soldiers fired their guns into the air in jubilation": no crowd held back
                or _shots_at_no_one(trigger, event)
                # "the army handed power to its commander-in-chief", "Taylor resigned,
                # handing power to his deputy": power kept within one side, no retreat
                or _power_kept_within(trigger, event)
                # "Compaore resigned on Friday ... Compaore stepped down after protesters
                # stormed parliament": one resignation, told again
                or _resignation_told_again(event, events)
                # "the company pulled out of Russia": no forces gave up ground
                or _pullout_of_no_armed_party(trigger, event)
                # "security forces ended the siege": they broke another's siege
                or _siege_of_another(trigger)
                # "Ukrainian troops defended Bakhmut": they held it, backed no party
                or _armed_defence(trigger, event)
                # "Guzman was flown to New York", "Bolsonaro flew to Florida", "a plane
                # landed in Guatemala City": a transfer, an exile or a flight, no visit
                or _flight_not_visit(trigger, event)
                # "Modi travelled to Mumbai", "arrived home": no one visited
                or _trip_at_home(trigger, event)
                # "the team visited two field hospitals": a site, no party met
                or _visit_to_a_site(trigger, event)
                # "Megawati visited the devastated Kuta district": no one abroad met
                or _visit_of_no_one(trigger, event)
                # "doctors warned against raw fish", "warned Americans against travel
                # to Haiti": advice, no threat to another party
                or _advice_to_own(trigger, event)
                # "Asked about the sanctions, Lavrov said", "called to ask about his
                # health": a question, nothing requested
                or _a_question(trigger, event)
                # "Mobs armed with machetes hunted down migrants": equipped, no arming
                or _armed_with(trigger, event)
                # "Putin offered condolences to Turkey": words of sympathy, which PLOVER
                # codes as no event (CAMEO's empathetic comments have no PLOVER type)
                or _words_of_sympathy(trigger)
                # "parliament approved a record budget": no party backed
                or _approval_of_nothing(
                    trigger, event, rule, self.lexicon.classes.get("pact", frozenset())
                )
                # "blamed the pay cuts on a computer glitch": no party blamed
                or _blame_of_no_one(trigger, event)
                # "lawmakers voted for the bill", "Kurds voted for independence": a
                # ballot cast for a measure no party is named to own backs no one
                or (
                    event["event"] == "SUPPORT"
                    and trigger.pattern.text == "vote for"
                    and not event["recipient"]
                )
                # "the crowd dispersed peacefully": it left, no one broke it up
                or _dispersed_of_itself(trigger)
                # "Gaddafi, speaking by telephone on state television, vowed": to the
                # press, no one on the other end
                or _interview_by_telephone(trigger, event)
                # "Umerov, who led Kyiv's delegation": a role in talks told elsewhere
                or _delegation_led_to_no_one(trigger, event)
                # "said Trudeau had stabbed us in the back": a betrayal, no knife
                or _stabbed_in_the_back(trigger, event)
                # "defying international appeals", "called the reports baseless": no
                # party defied or answered
                or _defiance_of_no_one(trigger, event)
                # "the border, which was closed in 2019", "Zuma, who was jailed in
                # 2021": what a description recalls from long before is background
                or (_long_past(event, pub) and trigger.head.dep_ in ("relcl", "acl", "advcl"))
                # "Russia, which had long mediated between the two", "Gbagbo, who
                # once ruled the country": what a description says was so before
                or _described_as_before(trigger)
                # "beating anyone they suspected of opposing the government": whom the
                # act was done to, described by a suspicion
                or _suspicion_describing(trigger)
                # "the two leaders last met in Kazan": the last time, not news
                or _last_time(trigger)
                # "hosted previous rounds of talks": rounds before the news
                or _previous_ones(trigger)
                # "has carried out more than 100 executions this year": a tally
                or _tally(trigger, event, self.lexicon.by_noun)
                # "its forces only target military sites": a habit claimed, no event
                or _habitual(trigger)
                # "the FARC has fought the state for more than four decades": a long
                # record, no one act
                or _over_years(trigger)
                # "About 28,500 U.S. troops are stationed in South Korea": a posture kept
                or _standing_posture(trigger)
                # "the African Union, which suspended Guinea after the 2021 coup"
                or _after_a_dated_past(trigger, pub)
                # "In 2008, Russia fought a brief war with Georgia": history the story
                # recalls, not news; GDELT-style coders report it as a new event
                or (_long_past(event, pub, HISTORY_AFTER) and not _held_since(trigger))
                # "NKVD forces murdered Polish officers during World War Two", "seized
                # under Soviet rule": an era long past, however the date reads
                or _in_a_bygone_era(trigger)
                # "Bosnia's 1992-95 war killed about 100,000 people", "the 1992 bombing
                # of the embassy, which killed 29": a toll of an act long dated
                or _told_of_a_dated_past(trigger, pub, self.lexicon)
                # "Colombia's four-decade conflict has killed some 40,000 people": the
                # toll of a whole war, no one act
                or _toll_of_a_whole_war(trigger, self.lexicon)
                # "rebels who entered the country two years ago", with no publication
                # date to put the act on a day: as long back, as much background
                or (pub is None and _told_long_ago(trigger))
                # "Police fired tear gas at students. Dozens were injured": the toll
                # of the attack just told, with no one else to have done it
                or _toll_of_the_last_attack(trigger, event, ctx)
                # "signed a peace accord on Tuesday. The agreement was signed at the
                # prime minister's office by ...": the signing told again (its signers
                # stay told, for "the two sides" after it)
                or self._pact_signed_again(trigger, event, events)
                # "marched through Gaza City, chanting slogans against Israel": one
                # demonstration, aimed where the participle aims it
                or _part_of_a_protest(trigger, event, protests)
            ):
                # (its act stays told: "Modi travelled to Srinagar ... Pakistan
                # condemned the visit" condemns Modi, though the trip is no event; but
                # a kind of act, "similar attacks", is no act a word can retell)
                if _similar_ones(trigger):
                    del ctx.acts[told:]
                continue
            if (
                event["event"] == "REQUEST"
                and not event["recipient"]
                and _return_to_civilian_rule(trigger)
                and (rulers := _army_in_power(ctx, told))
            ):
                # "ECOWAS called for a swift return to constitutional order": of the army
                # whose acts the story told, which holds the power to give back
                event["recipient"] = [r.to_dict() for r in rulers]
                names = ", ".join(f"'{r.text}'" for r in rulers)
                event["evidence"] += (
                    f"; recipient: a return to civilian rule is asked of the army in power, {names}"
                )
                ctx.acts[told:] = [
                    (index, kind, actors, rulers if index == trigger.head.i else targets)
                    for index, kind, actors, targets in ctx.acts[told:]
                ]
            events.append(event)
            coded.append((trigger, (rule or trigger.pattern).event))
            if event["event"] == "PROTEST" and event["factuality"] == "asserted":
                protests[trigger.head.i] = event
            if (
                (askers := _asked_for_by(trigger.head))
                and roles.actor_heads
                and event["actor"]
                # (asked for a deed done or to come: "will meet later on Tuesday at the
                # request of Washington"; not one a draft "would allow")
                and (fact.label == "asserted" or fact.reason == "future")
            ):
                # "Uganda deployed special forces to Juba at the request of President
                # Kiir": the one at whose request it was done asked the doers to do it
                named = askers[0].doc[askers[0].left_edge.i : askers[0].i + 1].text
                # (the request noun: "the request of X", "X's request")
                request = askers[0].head if askers[0].dep_ == "poss" else askers[0].head.head
                asking = Trigger(
                    Pattern.rule("REQUEST", f"done at the request of '{named}'"),
                    trigger.head,
                    None,
                    (request,),
                )
                asked = Roles(
                    askers,
                    "the one at whose request it was done",
                    roles.actor_heads,
                    roles.actor_role,
                )
                said = Factuality("asserted", None, fact.reporter)
                acts_told = len(ctx.acts)
                request = self._code(asking, sent, ctx, pub, asked, said)
                if fact.label != "asserted" and request["date_source"] == "text":
                    # ("will meet on Wednesday at the request of Britain": the request was
                    # made before the story, not on the day of the meeting to come)
                    request["evidence"] = re.sub(r"; date from '[^']*'", "", request["evidence"])
                    request.update(
                        date=pub.isoformat() if pub else None,
                        date_source="publication" if pub else None,
                        date_precision="day" if pub else None,
                    )
                events.append(request)
                coded.append((asking, "REQUEST"))
                # (the deed stays the act told: "protested the arrest" is at the police)
                del ctx.acts[acts_told:]
            if (
                event["event"] == "ASSAULT"
                and event["factuality"] == "asserted"
                and (sides := _crowd_against_the_forces(trigger)) is not None
            ):
                # "protesters clashed with police in Dakar": the clash, and the crowd's
                # protest turned violent against the forces (PROTEST riot)
                crowd, forces = sides
                rioting = Trigger(
                    dataclasses.replace(
                        Pattern.rule("PROTEST", f"a crowd's clash with the forces: '{crowd.text}'"),
                        mode="riot",
                    ),
                    trigger.head,
                    trigger.noun,
                    trigger.words,
                )
                sides_roles = Roles(
                    conjuncts(crowd), "the crowd that clashed", forces, "the forces it clashed with"
                )
                acts_told = len(ctx.acts)
                riot = self._code(rioting, sent, ctx, pub, sides_roles, fact)
                # (at the forces only: "clashed with police and Islamist vigilantes")
                riot["recipient"] = [r for r in riot["recipient"] if r["sector"] in ("COP", "MIL")]
                if riot["actor"] and riot["recipient"]:
                    events.append(riot)
                    coded.append((rioting, "PROTEST"))
                # (the clash stays the act told)
                del ctx.acts[acts_told:]
            if event["event"] == "SANCTION" and (term := _prison_term(trigger)) is not None:
                # the manual: a court's sentence that includes imprisonment is a COERCE
                # arrest too ("sentenced Kara-Murza to 25 years in prison")
                jailing = Trigger(
                    dataclasses.replace(
                        Pattern.rule("COERCE", f"a prison term: '{term.text}'"), mode="arrest"
                    ),
                    trigger.head,
                    trigger.noun,
                    trigger.words,
                )
                events.append(self._code(jailing, sent, ctx, pub, roles, fact))
                coded.append((jailing, "COERCE"))
            if _under_an_accusation(trigger.head):
                ctx.accused_acts.append(event)
            if event["event"] == "ACCUSE":
                # "blamed Russia for a cyberattack on the police": the act alleged
                # (whoever accuses, with "accusing" as a participle too)
                accuser = roles.actor_heads[0] if roles.actor_heads else fact.reporter
                for alleged, alleged_roles in self._alleged_acts(trigger, accuser):
                    said = Factuality(fact.label, fact.cue, accuser)
                    events.append(self._code(alleged, sent, ctx, pub, alleged_roles, said))
                    ctx.accused_acts.append(events[-1])
            derived = _intent_type(trigger, fact, coded)
            if derived == "THREATEN" and _measure_decided(trigger, fact):
                # "said Britain would expel 23 Russian diplomats", "will ban grain exports
                # from August 15": a measure announced with its size or its start is
                # decided, not held over anyone; it is coded as done on the day it is told
                event["factuality"] = "asserted"
                event["evidence"] += "; a measure announced with its size or start: decided"
                if pub is not None and (event["date"] or "") > pub.isoformat():
                    event.update(
                        date=pub.isoformat(), date_source="publication", date_precision="day"
                    )
                derived = None
            if derived is None and self._warned_of_its_own(trigger, fact, event, sent, ctx):
                derived = "THREATEN"  # "Borrell warned that the bloc could impose sanctions"
            # (helping another retreat is no retreat of one's own: "was ready to help
            # demobilise the fighters" pledges help, AGREE)
            helping = _help_to_act(trigger) if derived in ("THREATEN", "CONCEDE") else None
            if helping is not None and any(
                t.head.i == helping.head.i and kind == "AGREE" for t, kind in coded
            ):
                # "offered to help Mexico wage war": the offer, coded already
                derived, helping = None, None
            if helping is not None or (
                derived == "THREATEN"
                and (_sent_to_a_host(trigger, roles.recipient_heads, ctx) or _sent_to_help(trigger))
            ):
                if helping is not None and (helper := subject_of(helping)) is not None:
                    # "was ready to help Iraqi forces retake the city": the helper's
                    # pledge, to the one it would help (where named)
                    helped = _helped_by(helping)
                    roles = dataclasses.replace(
                        roles,
                        actor_heads=conjuncts(helper),
                        actor_role="the one who would help",
                        recipient_heads=conjuncts(helped) if helped is not None else [],
                        recipient_role="the one it would help",
                    )
                # "Germany will send 500 soldiers to Lithuania", "would send police officers
                # to help Tunisian investigators": forces promised to a state, not massed at
                # its border, or to help, are help to come (AGREE)
                derived = "AGREE"
            if derived == "CONCEDE" and (terms := _only_on_terms(trigger.head)) is not None:
                # "the soldiers would be freed only in exchange for prisoners held by
                # Israel": a release held to terms is a demand of the one who must meet
                # them (REQUEST), not a concession
                derived = "REQUEST"
                roles = dataclasses.replace(
                    roles,
                    recipient_heads=terms,
                    recipient_role="the party the terms are put to",
                )
            if (
                derived == "AGREE"
                and trigger.pattern.event == "COOPERATE"
                and fact.cue.endswith("forward to'")
            ):
                # "looked forward to working with Lula": a welcome of the partner, which
                # endorses it (SUPPORT), not a pledge of terms ("looked forward to hosting
                # him" still pledges a meeting)
                derived = "SUPPORT"
            if derived:
                # PLOVER codes a stated intention by its own type: intent to
                # cooperate is AGREE, to harm THREATEN, to retreat or yield CONCEDE
                rule = Pattern.rule(
                    derived, f"intent: '{fact.cue}' ({trigger.pattern.event} not yet done)"
                )
                if derived == trigger.pattern.event == "MOBILIZE":
                    rule = dataclasses.replace(
                        rule,
                        text=f"order: '{fact.cue}' (forces ordered to move are mobilized)",
                        mode=trigger.pattern.mode,
                    )
                if derived == "ACCUSE":
                    rule = dataclasses.replace(
                        rule,
                        text=f"verdict: '{fact.cue}' (a deed told, not to be borne)",
                        mode="disapprove",
                    )
                if derived == "THREATEN":
                    # PLOVER's THREATEN mode is what is threatened: "vowed to attack"
                    # threatens violence
                    content = ontology.threat_mode(trigger.pattern.event, trigger.pattern.mode)
                    if trigger.head.lemma_.lower() in PROSECUTING:
                        content = "arrest"  # "would be prosecuted": the law's arm
                    rule = dataclasses.replace(rule, mode=content)
                said = Factuality("asserted", None, fact.reporter)
                speaker = _speaker(trigger.head, fact)
                if (
                    derived == "THREATEN"
                    and speaker is not None
                    and trigger.noun is not None
                    and [h.i for h in roles.actor_heads] == [trigger.noun.i]
                    # (its own act goes on; "any attack on its nationals would draw a
                    # response" is another's act)
                    and trigger.head.lemma_.lower() in cues()["continuing"]
                ):
                    # "the bombing would continue until the Serbs pulled back, Holbrooke
                    # said": the act itself is no party; its speaker's side holds it over
                    roles = dataclasses.replace(
                        roles,
                        actor_heads=conjuncts(subject_word(speaker)),
                        actor_role="the speaker, whose side's act it is",
                    )
                elif not roles.actor_heads and _agentless_passive(trigger.head, speaker):
                    # "charges against him would be dropped, the Kremlin said": the
                    # speaker, who names no one else to act, states its own intent
                    roles = dataclasses.replace(
                        roles,
                        actor_heads=conjuncts(subject_word(speaker)),
                        actor_role="the speaker, who names no one else to act",
                    )
                if derived == "THREATEN" and not any(
                    r.entity.code not in (None, NO_COUNTRY)
                    for r in self._resolve(roles.recipient_heads, sent, ctx)
                ):
                    # (none, or none that names a party: "resume street protests")
                    # "Should Tehran resume enrichment, Washington would consider
                    # strikes": the threat is held over the condition's party; "warned
                    # the rioters that he would crush any further unrest": over those
                    # warned
                    # (or on the verb it goes with: "would keep fighting until Hamas is
                    # destroyed")
                    held = [
                        h for c in _with_purposes(trigger.head) for h in _put_on_condition(c)
                    ] or (
                        _put_on_condition(trigger.head.head) if trigger.head.dep_ == "xcomp" else []
                    )
                    # ("unless all documents were published": a thing is no party)
                    held = [h for h in held if not self._is_a_thing(h)]
                    threatened = [(h, "the party the condition is put to") for h in held] or [
                        (w, "the party warned")
                        for h in _parties_warned(trigger.head)
                        for w in conjuncts(h)
                    ]
                    if threatened:
                        roles = dataclasses.replace(
                            roles,
                            recipient_heads=[h for h, _ in threatened],
                            recipient_role=threatened[0][1],
                        )
                intent = self._code(trigger, sent, ctx, pub, roles, said, rule)
                # "police would deploy 14,000 officers around the court", "would be
                # prepared to deploy troops if a deal were reached": a plan that
                # warns no one is no threat
                # ("would withdraw from the Ottawa convention": a decision that warns
                # no party either)
                # (and so is a pledge of forces to no one named: "NATO would deploy
                # 700 more troops to the region")
                plan = (
                    derived in ("THREATEN", "AGREE") and trigger.pattern.event == "MOBILIZE"
                ) or (
                    derived == "THREATEN"
                    and (
                        trigger.pattern.event == "SANCTION"
                        and trigger.pattern.mode == "withdraw"
                        and trigger.pattern.particle == "from"
                    )
                )
                ordered_of_another = self._ordered_of_another(trigger, intent, sent, ctx)
                if ordered_of_another and not any(
                    t.head.i == trigger.head.head.i for t, _ in coded
                ):
                    # "Chad ordered French troops to leave": no intent of the troops, but
                    # the orderer's demand on them
                    order, order_roles = _order_on_another(trigger, roles)
                    events.append(self._code(order, sent, ctx, pub, order_roles, assess(order)))
                    coded.append((order, order.pattern.event))
                if (
                    _stated_by_a_party(intent, roles)
                    and not (plan and not intent["recipient"] and not _offered_ready(trigger))
                    and not ordered_of_another
                    # ("agreed to resume talks ... The talks will be held in Havana": the
                    # plan of the agreement told, no second intent)
                    and not (
                        not roles.actor_heads
                        and _retold_act(trigger, trigger.pattern, ctx, self._people) is not None
                    )
                ):
                    events.append(intent)
                    coded.append((trigger, derived))
                    if derived == event["event"] and event["factuality"] != "asserted":
                        # "would offer support": one AGREE, the intent stated, not a
                        # second, hypothetical one of the same words
                        events.remove(event)
        clauses = [doc[i] for i in ccomps if sent.start <= i < sent.end]
        for head, subject, reporter in _reported_obligations(clauses):
            if any(t.pattern.event == "REQUEST" and t.head.i == reporter.head.i for t, _ in coded):
                continue
            if self._act_noun(subject):
                continue  # "said Israel's strikes should not be exaggerated": a view
                # of an act, no demand made of a party
            rule = Pattern.rule("REQUEST", f"reported obligation: '{head.text}' with 'must/should'")
            trigger = Trigger(rule, reporter.head, None, (head,))
            roles = Roles(
                conjuncts(subject_word(reporter)),
                "subject of the reporting verb",
                conjuncts(subject),
                f"subject of '{head.text}'",
            )
            events.append(self._code(trigger, sent, ctx, pub, roles, assess(trigger)))
        for head, subject, reporter in _reported_admissions(clauses):
            if any(t.head.i == head.head.i for t, _ in coded):
                continue  # "admitted a mistake": the lexicon's own pattern
            rule = Pattern.rule("CONCEDE", f"admission: '{head.head.text} that ... {head.text}'")
            trigger = Trigger(rule, head.head, None, (head.head,))
            # "admitted that its agents had abducted Japanese citizens": owned up to those
            # wronged, where the clause names a party it was done to
            wronged = [
                o
                for c in head.children
                if c.dep_ == "dobj" and (c.ent_type_ in PARTY_ENTITIES or self._people(c))
                for o in conjuncts(c)
            ]
            roles = Roles(
                conjuncts(subject_word(reporter)),
                "subject of the admitting verb",
                wronged,
                f"object of '{head.text}'",
            )
            told = len(ctx.acts)
            event = self._code(trigger, sent, ctx, pub, roles, assess(trigger))
            if self._own_side_told(subject, event, sent, ctx):
                events.append(event)
            else:
                # "acknowledged that Moscow had refused": another's deed, no concession
                del ctx.acts[told:]
        for order, order_roles in pending:
            events.append(self._code(order, sent, ctx, pub, order_roles, assess(order)))
        verdicts = self.lexicon.classes.get("disapproval", frozenset())
        dismissals = self.lexicon.classes.get("dismissal", frozenset())
        pledged = [doc[i] for i in vows if sent.start <= i < sent.end]
        crimes = self.lexicon.classes.get("crime", frozenset())
        misdeeds = self.lexicon.classes.get("misdeed", frozenset())
        for kind, head, reporter, targets, cue in _reported_warnings_and_blame(
            clauses + pledged, verdicts, dismissals, crimes, misdeeds
        ):
            # (for a stance reported, the saying verb: "rejected the declaration and said a
            # ban would stay in place" refuses twice)
            stance = cue.startswith(("measure kept", "talks ruled out"))
            said = head.head if stance else reporter.head
            if any(t.pattern.event == kind and t.head.i == said.i for t, _ in coded):
                continue
            # the warned act itself read as a threat already, or as a rejection stated now
            # ("warned it would oppose the corridor")
            already = {kind, "REJECT"} if kind == "THREATEN" else {kind}
            if any(coded_kind in already and t.head.i == head.i for t, coded_kind in coded):
                continue
            rule = Pattern.rule(kind, cue)
            # a verdict's act ("the warrant") is looked up among the acts told before
            if mode := next((m for c, m in CUE_MODES.items() if cue.startswith(c)), None):
                rule = dataclasses.replace(rule, mode=mode)
            elif kind == "THREATEN" and head.lemma_.lower() == "bring" and _vanquishing(head):
                rule = dataclasses.replace(rule, mode="arrest")  # "to bring to justice"
            judged = targets[0] if cue.startswith("reported verdict") else None
            if cue.startswith("answer promised") and targets and self._act_judged_noun(targets[0]):
                judged = targets[0]  # "the strikes would not go unanswered": whoever struck
            if judged is not None and judged.lemma_.lower() in POLL_NOUNS:
                # "said the vote was neither free nor fair": a poll is no party's act,
                # and no act told before is the one judged
                judged, targets = None, []
                rule = dataclasses.replace(rule, mode="disapprove")
            elif judged is not None and head.lemma_.lower() == "make":
                # "said the bloc had made a mistake": disapproval of the party itself
                judged, rule = None, dataclasses.replace(rule, mode="disapprove")
            elif judged is not None and not self._act_judged_noun(judged):
                if (
                    kind == "ACCUSE"
                    and head.lemma_.lower() in LINKING_LEMMAS
                    and self.lexicon.object_fits(
                        "$disparaged", judged.lemma_.lower(), judged.ent_type_
                    )
                ):
                    # "told reporters that the protesters were bandits": the party
                    # itself disparaged, as "called the protesters bandits" does
                    judged, rule = None, dataclasses.replace(rule, mode="disapprove")
                elif head.lemma_.lower() not in BREACHING_LEMMAS:
                    continue  # "said the situation was unacceptable": no act judged
                else:
                    # "said the rebels had violated the truce": blame on a party, no
                    # verdict on an act
                    judged, rule = None, dataclasses.replace(rule, mode="allege")
            elif judged is not None:
                if kind == "ACCUSE":
                    rule = dataclasses.replace(rule, mode="disapprove")
            trigger = Trigger(rule, reporter.head, judged, (head,))
            # (those one vows to crush are foes, whatever state the words give them:
            # "Gbagbo vowed to crush the mutineers")
            foes = cue.startswith("pledged response") and _vanquishing(head)
            if kind == "THREATEN" and not foes and self._same_side(targets, reporter, sent, ctx):
                if cue.startswith("warning to desist"):
                    continue  # "Washington warned Americans not to travel": advice
                if not self._forces_warn_the_governed(targets, reporter, sent, ctx):
                    # "Washington could impose sanctions on Ethiopian officials, the State
                    # Department warned": the speaker's side acts; its target is warned
                    targets = clause_targets(head) or _put_on_condition(head)
                # ("a police commander warned rioters that officers could use plastic
                # bullets": the state's forces menace its people, who are warned)
            roles = Roles(
                conjuncts(subject_word(reporter)),
                "subject of the reporting verb",
                [t for target in targets for t in conjuncts(target)],
                "the party warned or blamed",
            )
            told = len(ctx.acts)
            event = self._code(trigger, sent, ctx, pub, roles, assess(trigger))
            if (
                kind == "THREATEN"
                and not event["recipient"]
                and (
                    head.lemma_.lower() in ("cause", "inflict")
                    or (_vanquishing(head) and head.lemma_.lower() != "bring")
                )
            ):
                continue  # "warned the storm would cause damage", "vowed to eliminate
                # poverty": harm to no party named ("to bring those responsible to
                # justice" menaces whoever they are)
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if (
                kind == "THREATEN"
                and not event["recipient"]
                and self._is_a_thing(subject)
                # "warned that any attack on its soil would ...": a menace, if no one's
                and not _hostile_act_supposed(subject)
                # "warned that any country that tried to interfere would face
                # consequences": a state, whichever, told by what it would do
                and not (
                    subject.lemma_.lower() in STATE_WORDS
                    and any(c.dep_ == "relcl" for c in subject.children)
                )
            ):
                put_to = [t for t in _put_on_condition(head) if not self._is_a_thing(t)]
                if not put_to:
                    continue  # "warned that supplies could run out if the crossings stay
                    # closed": a forecast of what befalls a thing, no one's menace
                # "warned that the region would pay a heavy price if Israel attacked": a
                # threat to the party the condition is put to
                roles = dataclasses.replace(
                    roles,
                    recipient_heads=put_to,
                    recipient_role="the party the condition is put to",
                )
                del ctx.acts[told:]
                event = self._code(trigger, sent, ctx, pub, roles, assess(trigger))
            if kind == "THREATEN" and _watchdogs(event["actor"]):
                continue  # "rights groups warned the suspects could face torture": an
                # alert of a harm others would do, no threat
            events.append(event)
        # a claim credits the attack before it now, so that "condemned the bombing" in
        # a later sentence is directed at the claimant
        self._credit_claims(doc, events, ctx, pub, sent)
        # ("its soldiers had carried out the attack": the attack told before, owned)
        _drop_attacks_told_again(events, sent)
        # ("troops fired tear gas at crowds and beat protesters": one assault, its target)
        _drop_acts_told_without_their_target(events, sent)

    def _own_side_told(
        self, subject: Token, event: dict[str, Any], sent: Span, ctx: DocContext
    ) -> bool:
        """Whether ``subject`` is the event's actor's own side: its possessive's ("his
        troops", "the government's response", "its forces"), or a party of the actor's
        state ("Erdogan acknowledged that police had used tear gas")."""
        codes = {a["code"] for a in event["actor"]} - {None, NO_COUNTRY}
        if not codes:
            return False
        noun = counted(subject)
        if (own := _own(noun)) is not None and own.lower_ in POSSESSIVE_SUBJECTS:
            return True
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        found = self._resolve([owner if owner is not None else noun], sent, ctx)
        return any(r.entity.code in codes for r in found)

    def _is_a_thing(self, subject: Token | None) -> bool:
        """Whether a subject is a thing, no party: a common noun that no actor table names
        ("supplies", "the region"), not "troops" or "Washington"."""
        return (
            subject is not None
            and subject.pos_ == "NOUN"
            and not subject.ent_type_
            and not self._people(subject)
        )

    def _people(self, noun: Token) -> bool:
        """Whether a common noun names people an actor table knows ("militants", "the
        detainees"), not a thing or an act."""
        return self.resolver.agent_sector([noun], noun.i) is not None

    def _credit_claims(
        self,
        doc: Doc,
        events: list[dict[str, Any]],
        ctx: DocContext,
        pub: dt.date | None,
        sent: Span,
    ) -> None:
        """ "A car bomb killed eight people. Al Shabaab claimed responsibility.": the
        claimant of a claim in ``sent`` is the actor of the latest attack before the claim,
        in its sentence or the two before, whose actor the text left unknown."""
        for token in _words_in(sent, _CLAIMS, CLAIM_OBJECTS):
            if token.dep_ != "dobj":
                continue
            verb = token.head
            if verb.lemma_.lower() not in CLAIM_LEMMAS or negation(verb):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or any(c.lower_ in ("no", "none") for c in subject.subtree):
                continue  # "no group has claimed responsibility"
            claimants = [r.entity for r in self._resolve([subject], verb.sent, ctx, pub, True)]
            if not claimants or all(c.code in (None, NO_COUNTRY) for c in claimants):
                continue
            earliest = doc[sentence_start(verb, back=2)].idx
            # an unidentified armed force ("gunmen") is no known attacker for a claim
            event = _latest_unknown_attack(events, earliest, verb.sent.start_char, {"UAF"})
            if event is None and not _coded_between(
                events, "ASSAULT", earliest, verb.sent.start_char
            ):
                # "the Houthis claimed responsibility for an attack on a ship", with no
                # attack told before: the claim is the story's only telling of the act,
                # coded as the claimant's, on the claimant's word
                said = Factuality("asserted", None, subject)
                for claimed, roles in self._claimed_acts(token, subject):
                    events.append(self._code(claimed, verb.sent, ctx, pub, roles, said))
                continue
            if event is not None:
                event["actor"] = [c.to_dict() for c in claimants]
                names = ", ".join(f"'{c.text}'" for c in claimants)
                event["evidence"] += f"; actor: {names} claimed responsibility ('{verb.text}')"
                for k, (index, kind, _, targets) in enumerate(ctx.acts):
                    if kind == "ASSAULT" and event["start"] <= doc[index].idx < event["end"]:
                        ctx.acts[k] = (index, kind, claimants, targets)

    def _act_pattern(self, noun: Token) -> tuple[Pattern, Token | bool] | None:
        """The most specific pattern of an act of force (ALLEGED_TYPES) that ``noun``
        names, with the modifier that fits it (True where it needs none), else None."""
        fitting = [
            (p, modifier)
            for p in self.lexicon.by_noun.get(noun.lemma_.lower(), ())
            if p.event in ALLEGED_TYPES and (modifier := modifier_ok(noun, p.modifier))
        ]
        return max(fitting, key=lambda fit: fit[0].specificity) if fitting else None

    def _acts_ordered_done(self, sent: Span) -> list[tuple[Trigger, Roles]]:
        """Acts ordered done to a party, by the one who orders, as the order is what does
        them: people ordered held ("a judge ordered him held for seven days", "ordered
        Castillo to be jailed") are arrested (COERCE arrest); otherwise ("ordered all Iraqi
        assets frozen", "ordered the border closed") the act is the one the lexicon gives
        the participle on that object."""
        found = []
        for verb, act, held in _ordered_participles(sent):
            lemma = act.lemma_.lower()
            if lemma in CUSTODY_LEMMAS:
                event, mode, kind = "COERCE", "arrest", "custody ordered"
            else:
                patient = counted(held[0])
                fitting = [
                    p
                    for p in self.lexicon.by_verb.get(lemma, ())
                    if p.particle is None
                    and p.preposition is None
                    and (
                        p.noun is None
                        or self.lexicon.object_fits(
                            p.noun, patient.lemma_.lower(), patient.ent_type_
                        )
                    )
                ]
                if not fitting:
                    continue
                pattern = max(fitting, key=lambda p: p.specificity)
                event, mode, kind = pattern.event, pattern.mode, "ordered done"
            rule = dataclasses.replace(
                Pattern.rule(event, f"{kind}: '{verb.text} ... {act.text}'"), mode=mode
            )
            roles = _orderer_roles(verb, held, f"the one ordered '{act.text}'")
            found.append((Trigger(rule, verb, None, (verb, act)), roles))
        return found

    def _media_made_to_stop(
        self, sent: Span, ctx: DocContext, day: dt.date | None
    ) -> list[tuple[Trigger, Roles]]:
        """Outlets ordered or forced to stop ("ordered Reuters to close its bureau",
        "forced the newspaper Zaman to close"): COERCE censor by the one who orders."""
        found = []
        for verb in _words_in(sent, _MAKING, MAKING_LEMMAS):
            if verb.pos_ != "VERB":
                continue
            made = next((c for c in verb.children if c.dep_ == "dobj"), None)
            stop = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if made is None or stop is None or stop.lemma_.lower() not in STOPPING_LEMMAS:
                continue
            outlets = self._resolve([made], sent, ctx, day)
            if not outlets or any(r.entity.sector not in MEDIA_SECTORS for r in outlets):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            rule = dataclasses.replace(
                Pattern.rule("COERCE", f"an outlet made to stop: '{verb.text} ... {stop.text}'"),
                mode="censor",
            )
            roles = Roles(
                conjuncts(subject) if subject is not None else [],
                f"the one who '{verb.text}'",
                conjuncts(made),
                f"the outlet made to '{stop.text}'",
            )
            found.append((Trigger(rule, verb, None, (verb, stop)), roles))
        return found

    def _claimed_acts(self, claim: Token, claimant: Token) -> list[tuple[Trigger, Roles]]:
        """The acts that a claim of responsibility names by an event noun of its own
        ("claimed responsibility for an attack on a commercial ship", "for the bombing of a
        church"): done by the claimant, to the party the noun's "on", "against" or "of"
        names."""
        verb = claim.head
        found = []
        for prep in (p for h in (claim, verb) for p in h.children):
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            for noun in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"):
                if (fit := self._act_pattern(noun)) is None:
                    continue
                pattern, modifier = fit
                targets = [
                    g
                    for p in noun.children
                    if p.dep_ == "prep" and p.lower_ in ("on", "against", "of")
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
                roles = Roles(
                    conjuncts(claimant),
                    f"the one who '{verb.text}' responsibility",
                    [t for g in targets for t in conjuncts(g)],
                    f"object of '{targets[0].head.text}'" if targets else "",
                )
                words = (noun,) if modifier is True else (modifier, noun)
                found.append((Trigger(pattern, verb, noun, words), roles))  # type: ignore[arg-type]
        return found

    def _consult_sides(
        self,
        trigger: Trigger,
        actors: list[Entity],
        recipients: list[Entity],
        mode: str | None,
        why: list[str],
    ) -> tuple[list[Entity], list[Entity], str | None]:
        """PLOVER's CONSULT sides: a visitor is the actor and the host the recipient;
        where no one hosts (a meeting, a call) all participants are actors."""
        classes = self.lexicon.classes
        if mode is None and _names_a(trigger, classes.get("remote", frozenset())):
            mode = "phone"
            why.append("mode phone: the talk was remote")
        if mode is None and (gathering := _at_a_gathering(trigger.head)) is not None:
            # "leaders met in Switzerland for a summit", "met on the sidelines of the G20"
            mode = "multilateral"
            why.append(f"mode multilateral: at a '{gathering.text}'")
        if (
            mode is None
            and trigger.head.dep_ in ("xcomp", "advcl")
            and trigger.head.head.lemma_.lower() in TRAVEL_LEMMAS
        ):
            # "Kim stepped across the demarcation line to meet Moon": the one who made the
            # journey visits the one met
            mode = "visit"
            why.append(f"mode visit: met at the end of a journey, '{trigger.head.head.text}'")
        # (the host's verb, not a visit noun beside it: "Erdogan, on his first visit to
        # Greece, was received by Sakellaropoulou" is Erdogan's visit)
        hosting = (
            trigger.head.lemma_.lower() in classes.get("hosting", ())
            and trigger.pattern.form != "noun"
        )
        if mode is None and hosting and recipients and trigger.pattern.noun == "$visitor":
            mode = "visit"  # "Xi hosted Putin and Kim in Beijing": guests of a host (while
            # "hosted a meeting between" two others is a third party's)
        if mode == "visit" and hosting:
            hosts = {a.code for a in actors}
            guests = [r for r in recipients if r.code not in hosts]
            if guests:  # "Macron hosted Scholz at the Elysee": Scholz visits France
                why.append("visit: the guest is the actor, the host the recipient")
                return guests, actors, mode
        elif (
            mode == "phone"
            and actors
            and recipients
            and not {trigger.head.lemma_.lower(), (trigger.noun or trigger.head).lemma_.lower()}
            & TALKING
        ):
            # "Blinken held a call with Lavrov", "Clinton telephoned Yeltsin": the caller
            # is the actor and the one called the recipient, as the shared formats' own
            # example codes it (while those who "spoke by phone" talked together: joint
            # actors, without a recipient)
            why.append("call: the caller is the actor, the one called the recipient")
        elif mode not in ("visit", "third-party") and recipients:
            why.append("no host: all participants are actors (PLOVER manual, CONSULT)")
            return actors + recipients, [], mode
        return actors, recipients, mode

    def _speakers_own(
        self, head: Token, fact: Factuality, sent: Span, ctx: DocContext, day: dt.date | None
    ) -> list[Resolution]:
        """ "The group said its fighters had repelled an advance": in a reported clause,
        "its" or "their" on the subject is the speaker's; the head word gives the sector."""
        owner = _own(head)
        reporter = fact.reporter
        if reporter is None or reporter.lower_ in SUBJECT_PRONOUNS:
            return []
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return []
        lemma = head.lemma_.lower()
        # "the Israeli military said troops fired only at ...": its own troops, as "its"
        # would say; bare forces only, so "militants fired" stays the militants'
        bare_forces = (
            owner is None
            and lemma in OWN_FORCES | GROUP_FIGHTERS | OWN_GOVERNMENT
            # ("Thai and Cambodian troops": the parser may make "Thai" an nmod)
            and not any(
                c.dep_ in ("amod", "poss", "nmod")
                or (c.dep_ == "compound" and c.pos_ == "PROPN")  # ("air defences" are bare)
                or c.ent_type_ in ("NORP", "GPE")
                for c in head.children
            )
        )
        if not bare_forces and (owner is None or owner.lower_ not in ("its", "their")):
            return []
        whose = "the speaker's"
        if owner is not None and (blamed := _party_blamed_before(head, owner)) is not None:
            # "blamed Hezbollah, saying its guerrillas had fired": Hezbollah's, not the
            # speaker's
            reporter, whose = blamed, "those of the party blamed"
        speakers = self._resolve([reporter], sent, ctx, day, actor=True)
        if len(speakers) != 1 or speakers[0].entity.code in (None, NO_COUNTRY):
            return []
        speaker = speakers[0].entity
        # (a state or its capital speaks for its forces too, "Moscow said air defences",
        # and an armed group for its fighters, "Hamas said fighters had ambushed")
        # (a state named, not a body whose kind the tables lack: "the Qatar-based
        # channel said police raided its office")
        state_itself = (
            speaker.sector is None
            and speaker.code not in INTERNATIONAL_CODES
            and reporter.pos_ == "PROPN"
        )
        if lemma in OWN_GOVERNMENT:
            # "Harper announced that the government had reached a settlement": the own
            # government of an office holder the tables know (not one placed: "the
            # government in Khartoum"; nor any a foreign mediator reports on: "Norwegian
            # mediators said")
            if bare_forces and not (
                speaker.sector == "GOV"
                and speaker.name in self.resolver.kb.people
                and not any(c.dep_ == "prep" for c in head.children)
            ):
                return []
        elif bare_forces and not (
            (speaker.sector in STATE_FORCES or state_itself)
            if lemma in OWN_FORCES
            else speaker.sector == "REB"
        ):
            return []
        sector = next(
            (
                r.entity.sector
                # ("air defences": the phrase's words, not the head's alone)
                for r in self.resolver.resolve(mention_tokens(head), ctx.names, head, day)
            ),
            None,
        )
        words = sent.doc[head.left_edge.i : head.i + 1].text
        entity = Entity(words, speaker.code, sector or speaker.sector, speaker.name)
        word = owner.text if owner is not None else head.text
        be = "is" if owner is None and lemma in OWN_GOVERNMENT else "are"
        why = f"'{word}' {be} {whose}, '{reporter.text}': {speakers[0].why}"
        return [Resolution(entity, why)]

    def _warned_of_its_own(
        self,
        trigger: Trigger,
        fact: Factuality,
        event: dict[str, Any],
        sent: Span,
        ctx: DocContext,
    ) -> bool:
        """Whether a harm that may be done ("could impose sanctions") is what a party
        warns its own side may do: "Borrell warned that the bloc could impose sanctions"
        (the EU's chief, of the EU's act) threatens, while "warned that Russia could
        attack" is no threat of the warner's."""
        head = trigger.head
        if not (
            fact.label == "hypothetical"
            and fact.reason == "possible"
            and ontology.event_types()[trigger.pattern.event].quad_class == 4
            and head.dep_ == "ccomp"
            and head.head.lemma_.lower() == "warn"
            and event["actor"]
            and not any(c.dep_ in ("dobj", "dative") for c in head.head.children)
        ):
            return False
        warners = [c for c in head.head.children if c.dep_ == "nsubj"]
        day = _parse_day(event["date"])
        own = {r.entity.code for r in self._resolve(warners, sent, ctx, day, actor=True)}
        acting = {a["code"] for a in event["actor"]}
        return bool(own - {None, NO_COUNTRY}) and own >= acting

    def _act_noun(self, token: Token) -> bool:
        """Whether ``token`` is a noun the lexicon reads as an event ("strikes", "talks")
        rather than a thing acted on ("a school", "a convoy")."""
        lemma = token.lemma_.lower()
        return lemma in self.lexicon.by_noun and lemma not in self.lexicon.classes.get(
            "target", frozenset()
        )

    def _doers_of_the_act(self, act: Token) -> list[Token]:
        """Who did an act named by a noun, as its words say: its possessor or "by" phrase
        (see :func:`authors`), the "of" phrase of a few, or a force's word before it
        ("supported the police action", "condemned the army crackdown")."""
        return (
            [a for a, _ in authors(act, "")]
            or [
                g
                for prep in act.children
                # ("the actions of the police", "the conduct of the troops")
                if prep.dep_ == "prep"
                and prep.lower_ == "of"
                and act.lemma_.lower() in DOER_OF_NOUNS
                for g in prep.children
                if g.dep_ == "pobj"
            ]
            or [
                c
                for c in act.children
                if c.dep_ == "compound"
                and c.pos_ == "NOUN"
                and (sector := self.resolver.agent_sector([c])) is not None
                # (a force's: not "a court hearing", "the association agreement")
                and sector[0] in ARMED_SECTORS
            ]
        )

    def _act_judged_noun(self, token: Token) -> bool:
        """Whether a noun judged in a reported verdict names an act: an event noun, an act
        noun ("the move"), or the noun of an event verb ("the veto was a disgrace")."""
        lemma = token.lemma_.lower()
        if lemma in self.lexicon.classes.get("act", ()):
            return True
        if lemma in self.lexicon.classes.get("policy", ()):
            return True  # "said Italy's plan was illegal": a party's plan, judged
        if lemma in SAID_NOUNS and any(c.dep_ == "poss" for c in token.children):
            return True  # "said Duterte's remarks amounted to incitement": his words
        if lemma in self.lexicon.classes.get("measure", ()) or lemma in self.lexicon.classes.get(
            "usurpation", ()
        ):
            return True  # "said Ankara's tariffs were a step in the wrong direction"
        return (lemma in self.lexicon.by_noun or lemma in self.lexicon.by_verb) and (
            lemma not in self.lexicon.classes.get("target", ())
        )

    def _same_side(
        self, targets: list[Token], reporter: Token, sent: Span, ctx: DocContext
    ) -> bool:
        """Whether the parties warned are of the speaker's own state. A state's warning
        that "the military would resume operations" names its own forces, though the
        sentence gives them no country."""
        speakers = [r.entity for r in self._resolve([reporter], sent, ctx, actor=True)]
        own = {e.code for e in speakers}
        found = [
            r.entity
            for r in self._resolve(targets, sent, ctx)
            if not (r.entity.code == NO_COUNTRY and r.entity.sector in STATE_FORCES)
        ]
        warned = {e.code for e in found}
        if not warned:
            return bool(own - {NO_COUNTRY}) and bool(targets)
        # ("the separatist leader warned Kiev": rebels of a state and its government are
        # two sides)
        insurgent = {e.code for e in speakers + found if e.sector in INSURGENT_SECTORS}
        if any(e.code in insurgent and e.sector not in INSURGENT_SECTORS for e in speakers + found):
            return False
        return warned <= own

    def _forces_warn_the_governed(
        self, targets: list[Token], reporter: Token, sent: Span, ctx: DocContext
    ) -> bool:
        """Whether a state's forces or government warn its civilians, opposition or
        workers by name ("warned rioters that ...", "warned that looters would be
        punished"): two sides, though of one state."""
        if not targets or any(t.dep_ not in ("dobj", "dative", "nsubjpass") for t in targets):
            return False  # (warned by name, not the clause's own subject)
        speakers = [r.entity for r in self._resolve([reporter], sent, ctx, actor=True)]
        warned = [r.entity for r in self._resolve(targets, sent, ctx)]
        return (
            bool(speakers and warned)
            and all(e.sector in FORCE_WIELDERS for e in speakers)
            and all(e.sector in CIVIL_SECTORS | {"CRM"} for e in warned)
        )

    def _maker_named_on(
        self,
        trigger: Trigger,
        sent: Span,
        ctx: DocContext,
        day: dt.date | None,
        actors: list[Entity],
        why: list[str],
    ) -> list[Entity]:
        """The maker a reaction's object names on itself: "regretted the U.S. decision",
        "condemned Israel's move", "criticised the Chinese tariffs" are at the state that
        made it (not at the actor's own state: "Russia's offer" in Moscow's mouth)."""
        head = trigger.head
        nouns = [c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if trigger.noun is not None and trigger.noun.pos_ == "NOUN":
            nouns.insert(0, trigger.noun)
        acts = self.lexicon.classes.get("act", frozenset())
        for noun in nouns:
            lemma = noun.lemma_.lower()
            if lemma not in acts and lemma not in self.lexicon.by_noun:
                continue  # a thing, not a deed: "the Chinese embassy" is no maker
            makers = party_modifiers(noun)
            if not makers:
                continue
            found = [
                r
                for r in self._resolve(makers, sent, ctx, day)
                if r.entity.code not in (None, NO_COUNTRY)
                and r.entity.code not in {a.code for a in actors}
                # ("last week's London bombings": a town before a deed is where it was)
                and r.kind not in ("city", "capital", "division")
            ]
            if found:
                why.extend(f"recipient (maker of '{noun.text}'): {r.why}" for r in found)
                return [r.entity for r in found]
        return []

    def _pact_signed_again(
        self, trigger: Trigger, event: dict[str, Any], events: list[dict[str, Any]]
    ) -> bool:
        """Whether "the agreement was signed by ..." or "after signing the accord" retells
        the signing of a pact coded in its sentence or the two before: a definite pact, in
        a clause with no subject to sign it anew (a passive, or a gerund); or whether "the
        two leaders signed the accord" has parties who signed a pact earlier in the story
        (another party signing it, "Bahrain signed the accord on Friday", is a new act)."""
        noun, verb = trigger.noun, trigger.head
        if noun is None or verb.lemma_.lower() != "sign" or trigger.pattern.form != "object":
            return False
        if noun.lemma_.lower() not in self.lexicon.classes.get("pact", frozenset()):
            return False
        if not _definite(noun):
            return False
        passive = noun.dep_ == "nsubjpass"
        gerund = verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children)
        if not (passive or gerund):
            # "The two leaders signed the accord in the presence of ...": the pact the
            # story has told signed, once more, with nothing of its own to tell it apart
            if any(c.dep_ != "det" for c in noun.children) or verb.dep_ == "xcomp":
                return False
            if any(c.dep_ == "neg" for c in verb.children):
                return False  # "would not sign the treaty": a refusal, coded as one
            signers = {a["code"] for a in event["actor"]}
            return bool(signers) and any(
                signers <= {a["code"] for a in earlier["actor"] + earlier["recipient"]}
                for earlier in events
                if earlier["event"] == trigger.pattern.event
                and earlier["factuality"] == "asserted"
                and earlier["start"] < noun.sent.start_char
            )
        earliest = noun.doc[sentence_start(noun, back=2)].idx
        return _coded_between(events, trigger.pattern.event, earliest)

    def _announced_again(self, trigger: Trigger, events: list[dict[str, Any]]) -> bool:
        """Whether "the deal was announced by ...", "announced the agreement" tells an
        agreement the story has already coded: a definite pact announced, with no words
        of its own ("the deal with Iran"), after an asserted AGREE earlier in the
        document. The announcer is often a mediator, no party to it."""
        noun = trigger.noun
        if noun is None or trigger.pattern.form != "noun" or trigger.pattern.event != "AGREE":
            return False
        if trigger.head.lemma_.lower() not in ANNOUNCING_LEMMAS or not _definite(noun):
            return False
        if any(
            c.dep_ in ("amod", "compound", "poss", "prep", "acl", "relcl") for c in noun.children
        ):
            return False
        return _coded_between(events, "AGREE", 0, noun.sent.start_char - 1)

    def _use_of_force(self, noun: Token) -> bool:
        """Whether ``noun`` is a use of force or of arms ("the use of force", "the use of
        tear gas")."""
        if noun.lemma_.lower() != "use":
            return False
        weapons = self.lexicon.classes.get("weapon", frozenset())
        return any(
            used.lemma_.lower() in USED_FORCE_WORDS or used.lemma_.lower() in weapons
            for used in _objects_of(noun, "of")
        )

    def _earlier_act(
        self, trigger: Trigger, ctx: DocContext, actors: list[Entity], why: list[str]
    ) -> list[Entity]:
        """The actors of the earlier event a reaction's object refers back to: "condemned
        the strikes" (the last ASSAULT), "welcomed the decision" (the last act of
        another party). Only a definite object ("the", "this", "its") refers back."""
        head = trigger.head
        if (commented := _act_commented_on(trigger, ctx)) is not None:
            # "stormed the palace in what Arce called an attempted coup": the act the
            # aside is on, by whoever did it
            event, earlier = commented
            named = ", ".join(f"'{a.text}'" for a in earlier)
            if trigger.pattern.form == "verdict":
                why.append(f"recipient: 'what' is the {event} by {named} it comments on")
            else:
                why.append(f"recipient: the {event} by {named}, which '{head.text}' it")
            # (even its own state's: a president may call his army's act a coup)
            return [a for a in earlier if not any(_same(a, b) for b in actors)]
        if (summed := self._act_summed_up(head, ctx, actors)) is not None:
            index, event, earlier = summed
            named = ", ".join(f"'{a.text}'" for a in earlier)
            why.append(f"recipient: '{head.head.text}' sums up the {event} by {named}")
            return list(earlier)
        if (doer := _doer_summed_up(head, self.lexicon.classes.get("act", ()))) is not None:
            # "Separatist leaders proclaimed an independent state, a move the government
            # dismissed as illegal": a deed no event tells, by the subject of its clause
            doers = [
                r
                for r in self._resolve(conjuncts(doer), head.sent, ctx)
                if r.entity.code not in (None, NO_COUNTRY)
                and not any(_kin(r.entity, a) and r.entity.sector == a.sector for a in actors)
            ]
            found = [r.entity for r in doers]
            if found:
                how = "; ".join(r.why for r in doers)
                why.append(
                    f"recipient: '{head.head.text}' sums up the deed of '{doer.text}': {how}"
                )
                return found
        objects = _reaction_nouns(trigger)
        if head.lemma_.lower() in self.lexicon.classes.get("feeling", frozenset()):
            # "Canberra was appalled by the verdict": what the feeling is about
            objects = [
                g
                for c in head.children
                if c.dep_ == "agent"
                for g in c.children
                if g.dep_ == "pobj" and g.pos_ == "NOUN"
            ]
            if trigger.noun is not None and trigger.pattern.form in ("object", "rule"):
                objects.insert(0, trigger.noun)
        if trigger.pattern.form == "verdict":
            objects += [c for c in head.children if c.dep_ == "dobj" and _act_pronoun(c)]
        else:
            # "hours after the invasion began, the Council condemned it": an "it" whose
            # own sentence names the act before it (one with no such act may be a party)
            objects += [
                c
                for c in head.children
                if c.dep_ == "dobj" and _act_pronoun(c) and self._act_named_before(c) is not None
            ]
        for holder in (head, trigger.noun):
            # "expressed regret over the decision", "protested against the move" ("voted
            # against it" after the resolution)
            objects += [
                g
                for c in (holder.children if holder is not None else ())
                if c.dep_ == "prep" and c.lower_ in VIEWED_PREPS
                for g in c.children
                if g.dep_ == "pobj"
                and (g.pos_ == "NOUN" or (_act_pronoun(g) and self._act_named_before(g)))
            ]
        if (
            trigger.noun is not None
            and trigger.noun.dep_ == "dobj"
            and head.lemma_.lower() in CONSEQUENCE_VERBS
        ):
            # "the decision drew condemnation from Germany": the act that drew it
            objects = [c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        for noun in objects:
            # (a view the verb itself takes of it, not an act against it, "violated the
            # agreement", nor one its complement names)
            viewed = (
                noun.dep_ == "dobj"
                and noun.head.i == head.i
                and trigger.pattern.event in ("ACCUSE", "SUPPORT")
            )
            if _act_pronoun(noun) and (named := self._act_named_before(noun)) is not None:
                noun = named  # "concerned by the verdict, while Amnesty called it a travesty"
            pronoun = _act_pronoun(noun)
            bare, earliest = False, 0
            relative = noun.i == getattr(_relative_act(head), "i", -1)
            if (
                not pronoun
                and not relative
                and not any(
                    c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_WORDS for c in noun.children
                )
            ):
                if noun.tag_ != "NNS" or any(
                    c.dep_ == "poss"
                    or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
                    or c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
                    for c in noun.children
                ):
                    continue
                # "Biden said Putin was responsible ... The Kremlin rejected accusations of
                # involvement": bare plural words of an act, whose makers are not named,
                # answer the same act just told
                bare, earliest = True, sentence_start(head, back=2)
            lemma = noun.lemma_.lower()
            lemma_id = noun.lemma
            pact = lemma in self.lexicon.classes.get("pact", frozenset())
            usurping = self.lexicon.classes.get("usurpation", frozenset())
            generic = pronoun or lemma in self.lexicon.classes.get("act", frozenset())
            if generic and _of_a_deed_told_with_it(noun):
                continue  # "criticised the idea of legalising workers": new, told here
            # a generic act noun ("the launch", "the move") may retell an event of any type
            types = set() if generic else {p.event for p in self.lexicon.by_noun.get(lemma, ())}
            force_used = generic and self._use_of_force(noun)
            if force_used:
                # "criticised the use of force": an attack or coercion told before, not
                # the support for it told last
                generic, types = False, set(FORCEFUL_TYPES)
            if lemma in ("violence", "attack"):
                # "rioters burned cars ... Macron condemned the violence": a riot's too
                # ("protesters stormed the embassy ... condemned the attack on it")
                types = types | {"PROTEST"}
            if lemma in CRITICISM_NOUNS:
                # "called on Israel to open more crossings ... Israel rejected the
                # criticism": a demand made of a party criticises it
                types = types | {"REQUEST"}
            if lemma in OFFER_NOUNS:
                # "King Gyanendra offered to return executive power ... the alliance
                # rejected the offer": a promised concession offers it
                types = types | {"CONCEDE"}
            if lemma in CHARGE_NOUNS:
                # "accused Israel of genocide ... Israel rejected the charge": the
                # accusation told, whatever else the noun may name ("a baton charge")
                types = types | {"ACCUSE"}
            # the acts told by the verb the noun is ("banned women from working ... called
            # the ban unacceptable"): that act, whatever type the noun's own patterns give
            by_its_verb = {
                index
                for index, *_ in ctx.acts
                if index < head.i
                and noun.doc[index].pos_ == "VERB"
                # ("proposed a truce ... rejected the proposal": the verb's own noun)
                and self._made_from(lemma, noun.doc[index].lemma_.lower())
            }
            if not types and not generic:
                # "Orban vetoed the sanctions ... Kallas criticised the veto": a noun the
                # lexicon gives no type retells the act of its own verb, or of the verb
                # that took it as object ("imposed tariffs on India ... India called the
                # tariffs unfair")
                # (or by another word for the same thing: "announced the duties ...
                # criticised the tariffs")
                same = self._same_things(lemma)
                types = {
                    event
                    for index, event, *_ in ctx.acts
                    if index in by_its_verb
                    or (
                        index < head.i
                        and noun.doc[index].pos_ == "VERB"
                        # (one who condemned the law did not make it)
                        and event not in ("ACCUSE", "PROTEST")
                        and any(
                            c.lemma_.lower() in same and c.dep_ == "dobj"
                            for c in noun.doc[index].children
                        )
                    )
                }
                if not types:
                    continue
            if bare and (generic or not types <= SPOKEN_TYPES):
                continue  # "setting fires": a bare deed is a new one, not the last told
            if generic and trigger.pattern.event == "SUPPORT":
                # "Spain recognised a Palestinian state ... The Palestinian Authority
                # welcomed the move": what one welcomes is first a move made toward it
                window = sentence_start(head, back=3)
                for index, event, earlier, targets in reversed(ctx.acts):
                    if index >= head.i or index < window:
                        continue
                    if ontology.event_types()[event].quad_class in CONFLICT_QUADS:
                        continue  # no one welcomes an attack on itself
                    if any(_kin(t, a) for t in targets for a in actors) and not any(
                        _kin(e, a) for e in earlier for a in actors
                    ):
                        named = ", ".join(f"'{e.text}'" for e in earlier)
                        why.append(
                            f"recipient: '{noun.text}' refers to the earlier {event} toward it, "
                            f"by {named}"
                        )
                        return list(earlier)
            acts = list(reversed(ctx.acts))
            if not generic:
                # "Hamas launched an attack on Israel ... Israel struck Gaza ... Iran praised
                # the attack": the act told with the same noun comes first
                told = [
                    act
                    for act in acts
                    if act[0] < head.i
                    and (
                        noun.doc[act[0]].lemma == lemma_id
                        or any(c.lemma == lemma_id for c in noun.doc[act[0]].children)
                        # "demolished the homes ... denounced the demolitions"
                        or _named_for(lemma, noun.doc[act[0]].lemma_.lower())
                    )
                ]
                # then acts of the type the noun mostly names: "the attack" after settlers
                # torched homes and the army detained suspects is the torching
                named = Counter(p.event for p in self.lexicon.by_noun.get(lemma, ()))
                primary = named.most_common(1)[0][0] if named else None
                if lemma in CHARGE_NOUNS:
                    # "rejected the charge as absurd": an accusation, not a baton charge
                    primary = "ACCUSE"
                rest = [act for act in acts if act not in told]
                # ("Turkish authorities detained 2,839 soldiers after a faction tried to
                # seize power ... Gulen condemned the attempted coup": of the coercions told,
                # a coup retells the seizure of power, not the arrests)
                seizing = lemma in usurping
                acts = (
                    told
                    + sorted(
                        (a for a in rest if a[1] == primary),
                        key=lambda a: (
                            seizing and not _power_seized(noun.doc[a[0]], usurping),
                            a[0],
                        ),
                    )
                    + [a for a in rest if a[1] != primary]
                )
            elif named_types := {p.event for p in self.lexicon.by_noun.get(lemma, ())}:
                # "welcomed the agreement" after a deal and its broker: the agreement
                # itself before any other act told since
                acts = [a for a in acts if a[1] in named_types] + [
                    a for a in acts if a[1] not in named_types
                ]
            # "passed a resolution censuring Iran ... Russia voted against the resolution":
            # the act told on the same noun, whatever its type
            on_the_noun = {
                act[0]
                for act in acts
                if act[0] < head.i
                and noun.doc[act[0]].dep_ in ("acl", "relcl")
                and noun.doc[act[0]].head.lemma == lemma_id
                and noun.doc[act[0]].head.i != noun.i
            }
            if generic:
                # "released 40 prisoners, days after Washington eased sanctions ... welcomed
                # the move": the news, not the act the clause dates it by
                acts.sort(key=lambda a: _dating_clause(noun.doc[a[0]]))  # (stable)
            if generic and on_the_noun:
                acts = [a for a in acts if a[0] in on_the_noun] + [
                    a for a in acts if a[0] not in on_the_noun
                ]
            # the acts whose content this one is: "accused spies of backing the
            # protests", "urged Kyiv to accept the plan"
            above = set()
            holder = head
            while holder.dep_ in ("pcomp", "prep", "xcomp") and holder.head.i != holder.i:
                holder = holder.head
                above.add(holder.i)
            if holder.dep_ in ("dobj", "nsubjpass") and holder.i in above:
                above.add(holder.head.i)  # "accused foreign agencies of organising ..."
            for index, event, earlier, targets in acts:
                if index < earliest:
                    continue
                if index >= head.i or (types and event not in types and index not in by_its_verb):
                    continue
                if index in above:
                    continue  # the act holding this one is not what its object retells
                if force_used and not any(e.sector in STATE_FORCES for e in earlier):
                    continue  # "concern over the use of force": the state's forces', not
                    # the stones protesters threw
                if (
                    event == "REQUEST"
                    and lemma in CRITICISM_NOUNS
                    and not any(_kin(t, a) for t in targets for a in actors)
                ):
                    continue  # a demand made of another is no criticism of the actor
                if (
                    generic
                    and lemma not in SAID_NOUNS
                    and index not in on_the_noun
                    and (
                        (
                            event in WORDS_NOT_MOVES
                            and not _issued_a_writ(noun.doc[index])
                            and self._words_of(event, noun.doc[index])
                        )
                        # "Netanyahu welcomed the decision. Iran condemned the move": the
                        # welcome is a word, not the move
                        or noun.doc[index].lemma_.lower() in REACTION_VERBS
                    )
                ):
                    continue  # "Minsk threatened to retaliate; Vilnius welcomed the move":
                    # the EU's sanctions, not the threat made in reply (but "rejected the
                    # announcement" may answer words)
                if lemma in DECISION_NOUNS and event in ("PROTEST", "ASSAULT"):
                    continue  # "called the decision a coup": no crowd or attack decides
                if lemma == "decision" and event == "REQUEST" and index not in on_the_noun:
                    continue  # "the EU demanded his release ... Washington condemned the
                    # decision to arrest him": a demand decides nothing
                if lemma in COURT_WORDS and not any(a.sector == "JUD" for a in earlier):
                    continue  # "police arrested students who protested the ruling": a
                    # ruling is a court's, not the arrest told before
                if (
                    generic
                    and trigger.pattern.event == "SUPPORT"
                    and ontology.event_types()[event].quad_class in CONFLICT_QUADS
                    # "the EU approved sanctions on Russia ... Zelensky welcomed the
                    # decision": a measure against another party may be welcome
                    and not (
                        event == "SANCTION"
                        and targets
                        and not any(_kin(t, a) for t in targets for a in actors)
                    )
                ):
                    continue  # "welcomed the decision": a decision, not the air strike
                    # or the rejection told between
                if (
                    trigger.noun is not None
                    and noun.i == trigger.noun.i
                    and event == trigger.pattern.event
                ):
                    # "accused spies of organising the protests" after students marched:
                    # the same protests, aimed where they were aimed
                    if targets:
                        named = ", ".join(f"'{t.text}'" for t in targets)
                        why.append(
                            f"recipient: '{noun.text}' is the {event} told before, at {named}"
                        )
                    return list(targets)
                answered = (  # "the attorney general denied the accusation": the accused
                    # answers an accuser of its own state
                    event == "ACCUSE"
                    and lemma in CHARGE_NOUNS
                    and any(_kin(t, b) for t in targets for b in actors)
                )
                partners = [a for a in earlier if not any(_kin(a, b) for b in actors)]
                party_to_it = event in JOINT_ACTS and partners and len(partners) < len(earlier)
                if pact and not (party_to_it and trigger.pattern.event != "SUPPORT" and not viewed):
                    # "welcomed the agreement", "denounced the truce": a view of a pact,
                    # directed at none of the parties that made it (but a party that
                    # breaks it acts against the others)
                    return []
                if party_to_it:
                    # "Pakistan and India agreed to a ceasefire ... India accused Pakistan
                    # of violating the agreement": a joint act's other parties
                    named = ", ".join(f"'{a.text}'" for a in partners)
                    why.append(
                        f"recipient: '{noun.text}' is the earlier {event} the actor made "
                        f"with {named}"
                    )
                    return partners
                civil = bool(actors) and all(
                    b.sector in CIVIL_SECTORS | WATCHDOG_SECTORS for b in actors
                )
                # (a seizure of power is no act of one's own side: "army officers seized
                # power ... the prime minister rejected the takeover")
                usurped = lemma in usurping or _power_seized(noun.doc[index], usurping)
                if any(_kin(a, b) for a in earlier for b in actors) and not (
                    answered or civil or usurped
                ):
                    continue  # one does not condemn one's own strikes (but the opposition,
                    # or a rights group, may condemn its government's)
                if (
                    not generic
                    and event != primary
                    and any(
                        sentence_start(head, back=3) <= i < head.i and kind == primary
                        for i, kind in ctx.unattributed
                    )
                ):
                    return []  # "was stabbed ... Police arrested a man ... condemned the
                    # attack": the stabbing, by someone unnamed, not the arrest
                named = ", ".join(f"'{a.text}'" for a in earlier)
                if event == "ASSAULT" and all(a.sector == "UAF" for a in earlier):
                    # "gunmen shot dead the president ... Biden condemned the killing": a
                    # view of an attack by men no one can name, directed at no party
                    return []
                why.append(f"recipient: '{noun.text}' refers to the earlier {event} by {named}")
                return list(earlier)
            if (
                lemma in CHARGE_NOUNS
                and noun.i > head.i
                and trigger.pattern.event != "ACCUSE"  # ("traded accusations": its own)
            ):
                # "Vietnamese officials said Chinese ships rammed ... Beijing rejected the
                # accusations": no accusation coded; the report of another's act is one
                reporter = next(
                    (
                        e
                        for i, e in reversed(ctx.alleged)
                        if earliest <= i < head.i and not any(_kin(e, a) for a in actors)
                    ),
                    None,
                )
                if reporter is not None:
                    why.append(f"recipient: '{noun.text}' answers the report of '{reporter.text}'")
                    return [reporter]
            return []
        return []

    def _words_of(self, event: str, verb: Token) -> bool:
        """Whether an act of ``event`` told by ``verb`` was done in words: a verb the
        lexicon gives that type ("threatened", "warned of"), where "would freeze its
        participation" is a THREATEN only as a decision announced, which is a move."""
        return any(p.event == event for p in self.lexicon.by_verb.get(verb.lemma_.lower(), ()))

    def _act_summed_up(
        self, head: Token, ctx: DocContext, actors: list[Entity]
    ) -> tuple[int, str, list[Entity]] | None:
        """The act that "a move welcomed by Damascus" sums up after a comma: the act of
        its own sentence told just before the noun, by another party."""
        noun = head.head
        lemma = noun.lemma_.lower()
        # "..., a charge the Taliban denied": a word for an accusation sums up the last
        # accusation told
        claim = lemma in CHARGE_NOUNS
        # ("..., a call backed by the EU": a word for a demand sums up the last demand)
        demand = lemma in DEMAND_NOUNS
        if head.dep_ not in ("acl", "relcl") or not (
            claim or demand or lemma in self.lexicon.classes.get("act", ())
        ):
            return None  # ("..., a move Moscow called a mistake": a relative clause alike)
        if not _after_a_comma(noun):
            return None  # ("the move welcomed by Damascus" is a mention like any other)
        summable = [
            (index, event, earlier)
            for index, event, earlier, _ in reversed(ctx.acts)
            if noun.sent.start <= index < noun.i
            and not (claim and event != "ACCUSE")
            and not (demand and event != "REQUEST")
            and not any(_kin(a, b) for a in earlier for b in actors)
        ]
        # the act of the clause the note hangs in, the outermost ("released 500 prisoners
        # under a deal brokered by the Vatican, a move welcomed by the US": the release),
        # else the last one told
        above = {t.i for t in noun.ancestors}
        return next((act for act in reversed(summable) if act[0] in above), None) or next(
            iter(summable), None
        )

    def _doer_of_the_deed(
        self,
        trigger: Trigger,
        sent: Span,
        ctx: DocContext,
        day: dt.date | None,
        actors: list[Entity],
        why: list[str],
    ) -> list[Entity]:
        """The doer of a deed a reaction's definite object names ("called the removal
        disgraceful", "called the tests a terrible mistake"), where no coded event retold
        it: the subject of the nearest verb before it that the noun is made from
        ("Estonian authorities removed a statue"), or the owner of an earlier mention of
        the noun ("in response to its nuclear tests")."""
        head = trigger.head
        nouns = _reaction_nouns(trigger)
        doc = head.doc
        start = sentence_start(head, back=5)
        pacts = self.lexicon.classes.get("pact", frozenset())
        for noun in nouns:
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
                continue
            lemma = noun.lemma_.lower()
            for token in reversed(doc[start : noun.i]):
                if negation(token):
                    continue
                if token.pos_ == "VERB" and (
                    self._made_from(lemma, token.lemma_.lower())
                    # "the electoral court declared Calderon the winner ... rejected the
                    # ruling": a ruling is what a court said, by whatever verb
                    or (lemma in COURT_WORDS and self._said_by_a_court(token, ctx, day))
                    # "the General Assembly voted to upgrade the Palestinians' status ...
                    # Netanyahu dismissed the resolution": what a body voted is its resolution
                    or (lemma in VOTED_NOUNS and token.lemma_.lower() in VOTING_LEMMAS)
                ):
                    doer = next((c for c in token.children if c.dep_ == "nsubj"), None)
                    source = f"the subject of '{token.text}'"
                elif (
                    token.pos_ == "NOUN"
                    # ("passed two laws ... troubled by the legislation": another word)
                    and token.lemma_.lower() in self._same_things(lemma)
                    and token.i < sent.start
                ):
                    # (a pact is all its signatories', not one maker's to answer)
                    doer, source = _maker_of_the_thing(
                        token,
                        by_verb=lemma not in pacts,
                        answering=self._answers,
                        acts=self.lexicon.classes.get("act", frozenset()),
                    )
                else:
                    continue
                if doer is None or doer.lemma_.lower() in (lemma, "vote"):
                    # ("the resolution passed with 138 votes", "passed by 23 votes": no
                    # maker told)
                    continue
                resolved = self._resolve([doer], token.sent, ctx, day)
                if not resolved and doer.lower_ in POSSESSIVE_SUBJECTS:
                    # "two days after its first three tests stunned the world": whose
                    told = ctx.antecedent_of(doer, POSSESSIVE_SUBJECTS[doer.lower_])
                    resolved = [told] if told is not None else []
                found = [
                    r.entity
                    for r in resolved
                    if r.entity.code not in (None, NO_COUNTRY)
                    and (
                        not any(_kin(r.entity, a) for a in actors)
                        # (a state's own court may be answered: "rejected the ruling")
                        or (r.entity.sector == "JUD" and all(a.sector != "JUD" for a in actors))
                    )
                ]
                if found:
                    why.append(f"recipient: '{noun.text}' is the deed of {source}, '{doer.text}'")
                    return found
                break  # the nearest telling of the deed decides
        return []

    def _answers(self, verb: Token) -> bool:
        """Whether ``verb`` answers what it names: the lexicon makes it a reaction
        ("dismissed", "welcomed", "condemned" the thing), which another party made."""
        return verb.lemma_.lower() in REACTION_VERBS | NAMING_VERBS or any(
            p.event in REACTION_TYPES and p.form == "verb"  # (not "adopt +declaration")
            for p in self.lexicon.by_verb.get(verb.lemma_.lower(), ())
        )

    def _said_by_a_court(self, verb: Token, ctx: DocContext, day: dt.date | None) -> bool:
        """Whether ``verb``'s subject is a court (a JUD party)."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and any(
            r.entity.sector == "JUD" for r in self._resolve([subject], verb.sent, ctx, day)
        )

    def _same_things(self, lemma: str) -> frozenset[str]:
        """The words a retold thing may go by: itself and its kin in a class of words
        for one thing ("the duties ... the tariffs", "the laws ... the legislation")."""
        for name in RETOLD_SYNONYM_CLASSES:
            alike = self.lexicon.classes.get(name, frozenset())
            if lemma in alike:
                return alike
        return frozenset({lemma})

    def _made_from(self, noun: str, verb: str) -> bool:
        """Whether the noun names the verb's deed: the same word ("test", "arrest"), the
        lexicon's nominalizations ("detention" of "detain"), or the verb's stem with a
        suffix of deeds ("removal", "extradition", "seizure")."""
        if noun == verb or verb in self.lexicon.nominalized.get(noun, ()):
            return True
        stem = verb[:-1] if verb.endswith("e") else verb
        return len(stem) >= 4 and noun.startswith(stem) and noun[len(stem) :] in DEED_SUFFIXES

    def _aimed_at_the_government(
        self,
        trigger: Trigger,
        sent: Span,
        ctx: DocContext,
        day: dt.date | None,
        actors: list[Entity],
    ) -> bool:
        """Whether a protest's aim names its state's rulers: a word of rule ("against the
        junta", "demanding the president's resignation", "for democracy") or a party of
        the state's government or forces ("to demand that the army chief step down"). A
        protest against a thing ("against the accord", "over fuel prices") names no one
        it is put to."""
        aim = _protest_aim(trigger)
        ruling = self.lexicon.classes.get("rule", frozenset())
        if any(t.lemma_.lower() in ruling for t in aim):
            return True
        # (the protesters' own state's, or of no state named: "demanded that the military
        # hand power to civilians")
        own = {a.code for a in actors} | {None, NO_COUNTRY}
        heads = [t for t in aim if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"]
        return any(
            r.entity.code in own and r.entity.sector in STATE_FORCES
            for head in heads
            for r in self._resolve([head], sent, ctx, day)
        )

    def _reproached_in_the_participle(self, trigger: Trigger) -> list[Token]:
        """The party a participle of the same reproach names after a reaction that names
        none: "criticised the agreement, accusing the government of ...", "condemned the
        attack, blaming the rebels" (the two verbs tell one act, coded once)."""
        out = []
        for clause in trigger.head.children:
            if clause.dep_ != "advcl" or clause.tag_ != "VBG":
                continue
            if clause.lemma_.lower() not in ALLEGING_LEMMAS:
                continue
            if not any(
                p.event == trigger.pattern.event
                for p in self.lexicon.by_verb.get(clause.lemma_.lower(), ())
            ):
                continue
            out.extend(c for c in clause.children if c.dep_ == "dobj")
        return out

    def _blamed_in_the_reason(
        self,
        trigger: Trigger,
        sent: Span,
        ctx: DocContext,
        day: dt.date | None,
        actors: list[Entity],
    ) -> list[Resolution]:
        """The party the reason a disapproval gives names as its reported subject:
        "criticised the measure, saying the United States had no right to impose its laws"
        (a party named, not "it", the thing; nor the reproacher's own state, "saying
        Canberra would cut aid")."""
        if trigger.pattern.event != "ACCUSE":
            return []
        subjects = [
            subject
            for clause in trigger.head.children
            if clause.dep_ == "advcl"
            and clause.tag_ == "VBG"
            and clause.lemma_.lower() in REASON_VERBS
            for said in clause.children
            if said.dep_ == "ccomp"
            for subject in said.children
            if subject.dep_ == "nsubj"
            and (subject.pos_ == "PROPN" or self.resolver.agent_sector([subject]) is not None)
        ]
        return [
            found
            for found in self._resolve(subjects, sent, ctx, day)
            if found.entity.code not in (None, NO_COUNTRY)
            and not any(found.entity.code == a.code for a in actors)
        ]

    def _noted_doer(self, trigger: Trigger) -> Token | None:
        """The subject of the clause that ", a decision the opposition called a coup" or
        ", a step welcomed by Netanyahu" is a note on, after a comma; for a charge noted
        (", a charge Quito rejected"), the one who made it: the subject of the verb of
        saying above that clause."""
        head = trigger.head
        noun = head.head
        if head.dep_ not in ("acl", "relcl"):
            return None
        lemma = noun.lemma_.lower()
        charge = lemma in CHARGE_NOUNS
        if not (charge or lemma in NOTED_RESULTS or lemma in self.lexicon.classes.get("act", ())):
            return None
        clause = noun.head
        if noun.dep_ == "appos" and clause.dep_ in ("dobj", "oprd"):
            # "postponed the election, a decision ...": on the object; "declared Ouattara
            # the winner, a result Gbagbo refused to accept": on what the object was made
            clause = clause.head
        if noun.dep_ not in ("npadvmod", "appos", "dobj") or clause.pos_ != "VERB":
            return None
        if not _after_a_comma(noun):
            return None
        if charge:
            # "police said files showed links to the rebels, an allegation Quito
            # rejected": the charge is the speaker's, not the files'
            while clause.dep_ == "ccomp" and clause.head.pos_ == "VERB":
                clause = clause.head
        while clause.dep_ in ("xcomp", "ccomp", "conj") and not any(
            c.dep_ == "nsubj" for c in clause.children
        ):
            clause = clause.head
        return next((c for c in clause.children if c.dep_ == "nsubj"), None)

    def _act_named_before(self, pronoun: Token) -> Token | None:
        """The act an "it" stands for where its own sentence names one before it with
        "the" ("the EU was concerned by the verdict, while Amnesty called it a
        travesty"): the nearest such noun, not the last act the story told."""
        acts = self.lexicon.classes.get("act", frozenset())
        for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
            if (
                token.pos_ == "NOUN"
                # (a generic word for an act, or a noun of an event: "the invasion")
                and (token.lemma_.lower() in acts or token.lemma_.lower() in self.lexicon.by_noun)
                and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children)
            ):
                return token
        return None

    def _alleged_acts(self, trigger: Trigger, accuser: Token | None) -> list[tuple[Trigger, Roles]]:
        """The acts an accusation names by an event noun of its own ("accused Moscow of a
        missile attack on a hospital", "blamed Russia for a cyberattack on the police"):
        done by the accused, to whom the noun's "on" or "against" names. A definite noun
        ("the attack") retells an act told already, and is left to it."""
        verb = trigger.head
        if verb.lemma_.lower() not in ALLEGING_LEMMAS:
            return []
        accused = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if accused is None:
            return []
        found = []
        holders = (verb, accused)  # "of" may hang on the accused
        for prep in (p for h in holders for p in h.children):
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
                continue
            nouns = [g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
            # "accusing Tehran of directing two arson attacks": the deed it had done
            nouns += [
                o
                for g in prep.children
                if g.dep_ == "pcomp" and g.lemma_.lower() in INSTIGATING_LEMMAS
                for o in g.children
                if o.dep_ == "dobj" and o.pos_ == "NOUN"
            ]
            for noun in nouns:
                # "a missile attack", "two attacks": one act, or acts counted; "the
                # attack", "its attack" were told before, and "of war crimes" names a kind
                # of deed, no one act
                if not any(
                    (c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ == "nummod"
                    for c in noun.children
                ):
                    continue
                if any(c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" for c in noun.children):
                    continue  # "an attack that killed 26 tourists": its clause tells it
                if (fit := self._act_pattern(noun)) is None:
                    continue
                pattern, modifier = fit
                targets = [
                    g
                    for p in noun.children
                    if p.dep_ == "prep" and p.lower_ in ("on", "against")
                    for g in p.children
                    if g.dep_ == "pobj" and g.pos_ == "PROPN"
                ]
                role = "object of 'on'"
                if not targets and accuser is not None:
                    # "Kyiv accused Moscow of a missile attack on a hospital": a target
                    # named by no name is the accuser's own
                    targets, role = [accuser], f"the one who '{verb.text}', whose target"
                roles = Roles(
                    conjuncts(accused),
                    f"the one '{verb.text}'",
                    [t for g in targets for t in conjuncts(g)],
                    role,
                )
                words = (noun,) if modifier is True else (modifier, noun)
                found.append((Trigger(pattern, verb, noun, words), roles))  # type: ignore[arg-type]
        return found

    def _armed_units(self, roles: Roles, also: frozenset[str] = frozenset()) -> bool:
        """Whether all actors are forces or mission staff ("troops", "the first deployment
        of peacekeepers", "inspectors"), or words of ``also``: their arrival is a
        deployment, not a visit."""
        forces = self.lexicon.classes.get("force", frozenset()) | MISSION_STAFF | also
        return bool(roles.actor_heads) and all(
            _carried(counted(head)).lemma_.lower() in forces for head in roles.actor_heads
        )

    def _move_of_no_forces(self, trigger: Trigger, roles: Roles) -> bool:
        """Whether a move into or out of a place ("crossed into Eritrea", "entered the
        town", "left the country") is made by others than forces: a crossing is a
        mobilisation, and leaving a withdrawal, only for troops and their weapons, or where
        forces are what is moved ("moved troops into Belarus")."""
        head = trigger.head
        lemma = head.lemma_.lower()
        if not (
            (trigger.pattern.event == "MOBILIZE" and lemma in MOVEMENT_LEMMAS)
            or (trigger.pattern.event == "RETREAT" and lemma == "leave")
        ):
            return False
        forces = self.lexicon.classes.get("force", frozenset())
        moved = [c for c in head.children if c.dep_ == "dobj"]
        if trigger.noun is not None:
            moved.append(trigger.noun)
        if any(counted(m).lemma_.lower() in forces for m in moved):
            return False
        if lemma in ("fly", "move") and any(
            m.lower_ in ("him", "her", "them") or m.ent_type_ == "PERSON" for m in moved
        ):
            return True  # "soldiers flew him into exile": a person moved, no force
        # ("M23 rebels advanced toward Goma": armed groups' fighters move as forces do)
        return not self._armed_units(roles, FIGHTER_WORDS)

    def _hit_by_no_force(self, trigger: Trigger, roles: Roles) -> bool:
        """Whether a "hit" or "damage" is done by something other than a party, its forces
        or its weapons ("sanctions hit Russian banks", "the flood damaged homes"): a figure
        of speech or a mishap, no attack."""
        if trigger.pattern.text not in ("hit +$target", "damage +$target") or not roles.actor_heads:
            return False
        classes = self.lexicon.classes
        hitters = (
            classes.get("force", frozenset())
            | classes.get("weapon", frozenset())
            | LAUNCHED_THINGS
            | WEAPON_PLATFORMS
            | HIT_NOUNS
        )
        for head in roles.actor_heads:
            word = counted(head)
            if word.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or word.pos_ in ("PROPN", "PRON"):
                continue
            if word.lemma_.lower() not in hitters and not self._act_noun(word):
                return True
        return False

    def _restated(self, trigger: Trigger, roles: Roles) -> bool:
        """Whether the subject is an earlier act, named with "the" and no party ("the
        sanctions freeze any assets", "the ceasefire, agreed in November"): it tells what
        that act does or how it came about, no new act of a party."""
        if roles.actor_role != "subject" or not roles.actor_heads:
            return False
        for head in roles.actor_heads:
            if not self.lexicon.by_noun.get(head.lemma_.lower()):
                return False
            if any(c.dep_ in ("amod", "compound", "poss") for c in head.children):
                return False  # "Israeli strikes", "Russia's sanctions": a party named
            if not any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children
            ):
                return False
        return True

    def _endangers_a_value(self, trigger: Trigger) -> bool:
        """Whether a bare "threaten" has a common good as its object and no act threatened
        ("threatened regional peace", "threatens the livelihoods of farmers"): it says
        what something endangers, which is no threat made to a party."""
        if trigger.pattern.event != "THREATEN" or trigger.pattern.form != "verb":
            return False
        verb = trigger.head
        if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            return False  # "threatened to close the border", "threatened that ..."
        values = self.lexicon.classes.get("value", frozenset())
        return any(c.dep_ == "dobj" and counted(c).lemma_.lower() in values for c in verb.children)

    def _natural_hazard(self, roles: Roles, trigger: Trigger | None = None) -> bool:
        hazards = self.lexicon.classes.get("hazard", frozenset())
        if (
            trigger is not None
            and trigger.head.dep_ == "advcl"
            and trigger.head.head.lemma_.lower() in ACCIDENT_VERBS
        ):
            return True  # "a jet collided with a helicopter, killing all 67": an accident
        if trigger is not None and any(
            c.dep_ == "nsubj" and counted(c).lemma_.lower() in hazards
            for c in trigger.head.children
        ):
            # "one of the most powerful earthquakes ever recorded struck the country": the
            # clause's own subject, which no party's words name, is the hazard
            return True
        if trigger is not None and _emergency_of_a_hazard(trigger, hazards):
            return True  # "declared the Ebola epidemic a public health emergency"
        if trigger is not None and not roles.actor_heads:
            # "was killed in a helicopter crash", "died in the earthquake": what befell
            for prep in trigger.head.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
                    if any(g.dep_ == "pobj" and g.lemma_.lower() in hazards for g in prep.children):
                        return True
        return any(
            head.lemma_.lower() in hazards
            # "the collapse of a station canopy that killed 15": what collapsed
            or (head.head.lower_ == "of" and head.head.head.lemma_.lower() in hazards)
            # "Hurricane Melissa struck Jamaica": a hazard's name
            or any(c.dep_ == "compound" and c.lemma_.lower() in hazards for c in head.children)
            for head in roles.actor_heads
        )

    def _locate(
        self,
        trigger: Trigger,
        roles: Roles,
        ctx: DocContext,
        event: str,
        unresolved: frozenset[int] = frozenset(),
    ) -> dict[str, Any] | None:
        """The place named in the event's clause, outside its actor and recipient; for an
        act done to a place (an attack, a raid), the place it was done to. Recipient
        candidates that named no party (``unresolved``, by index) may still name the place:
        "withdrew its troops from Kherson"."""
        excluded = {
            t.i
            for head in (*roles.actor_heads, *roles.recipient_heads)
            if head.i not in unresolved
            for t in mention_tokens(head)
        }
        targets: list[Token] = []
        if event in PLACE_TARGET_TYPES:
            targets = list(roles.recipient_heads)
            if trigger.pattern.form == "object" and trigger.noun is not None:
                targets.append(trigger.noun)  # "attacked a school in X", "targeted Moscow"
        found = locate(trigger.head, excluded, ctx.states, self.places, targets)
        verb = trigger.head
        if (
            found is None
            and verb.dep_ == "conj"
            and verb.head.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            # "struck Kyiv and killed five people": a verb sharing its subject with the
            # one before it, with no place of its own, happened where that one did
            first = verb.head
            targets = [c for c in first.children if c.dep_ == "dobj"] if targets else []
            found = locate(first, excluded, ctx.states, self.places, targets)
        return found

    def resolve_span(self, span: Span, day: dt.date | None = None) -> list[Resolution]:
        """How the coder resolves the noun phrase ``span`` in its document (probes, tools)."""
        doc = span.doc
        names = self.resolver.find_names(doc)
        titles = self.lexicon.classes.get("title", frozenset())
        ctx = build_context(doc, self.resolver, names, titles=titles)
        return self._resolve([span.root], span.sent, ctx, day)

    def _holders(
        self,
        release: Token,
        sent: Span,
        ctx: DocContext,
        day: dt.date | None,
        why: list[str],
        askers: Sequence[Entity] = (),
    ) -> list[Resolution]:
        """Whom a call for a captive's release is made of: those the words say hold the
        captive ("the hostages held by Hamas"), else the government of the captive's
        state, which no words name (so its text is empty): "called for the release of
        President Bazoum" asks Niger, not Bazoum; but a state never asks itself ("Clinton
        demanded the release of a captured US pilot" asks his captors, while an
        opposition may ask its own state's government)."""
        captives = [
            o
            for prep in release.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for o in prep.children
            if o.dep_ == "pobj"
        ]
        # ("held by", "abducted by", "detained by": any participle's agent)
        holders = [agent for captive in captives for agent in _said_holders(captive, None)]
        if holders:
            return self._resolve(holders, sent, ctx, day)
        if takers := _last_takers(release, ctx, back=STORY_SENTENCES):
            # "called for the release of the captured soldiers": those who took them
            named = ", ".join(f"'{t.text}'" for t in takers)
            why.append(f"recipient: the release is asked of those who took them, {named}")
            return [Resolution(t, f"'{t.text}' took them") for t in takers]
        out = []
        for found in self._resolve(captives, sent, ctx, day):
            code = found.entity.code
            if not _a_state_code(code) or any(
                a.code == code and a.sector in (None, "GOV") for a in askers
            ):
                continue
            held = f"the government of {code}, which holds '{found.entity.text}'"
            why.append(f"recipient: the release is asked of {held}")
            out.append(Resolution(Entity(text="", code=code, sector="GOV"), held))
        return out

    def _ordered_of_another(
        self, trigger: Trigger, intent: dict[str, Any], sent: Span, ctx: DocContext
    ) -> bool:
        """Whether the act is one a party orders another to do ("Chad ordered French
        troops to leave", "ordered France to withdraw"): a demand on the other, no intent
        the other states; an order to one's own forces is one's own intent."""
        verb = trigger.head
        if not _ordered(verb):
            return False
        orderer = _own_or_shared_subject(verb.head)
        if orderer is None:
            return False
        ordering = {r.entity.code for r in self._resolve([orderer], sent, ctx, actor=True)}
        ordered = {a["code"] for a in intent["actor"]}
        ordering.discard(None)
        ordered.discard(None)
        if not (ordering and ordered):
            return False
        if not ordering & ordered:
            return True
        # of its own state: what its armed forces are ordered to do is its own intent
        # ("Putin ordered troops to withdraw", "ordered the army to deploy"); "ordered
        # police to end the blockade", "the judge ordered Lula to surrender" are demands
        # on those ordered (the manual's REQUEST takes orders)
        return verb.lemma_.lower() in SURRENDER_LEMMAS or not any(
            a["sector"] in FORCE_SECTORS for a in intent["actor"]
        )

    def _own_report(
        self,
        trigger: Trigger,
        fact: Factuality,
        sent: Span,
        ctx: DocContext,
        day: dt.date | None,
        sectors: frozenset[str],
    ) -> list[Resolution]:
        """The reporter of an act told in the passive, where the reporter is of
        ``sectors`` (the body that would do such an act) and the act is what it reports,
        not a clause below another's words."""
        clause = trigger.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # ("announced that parliament was dissolved and a curfew
            # imposed": the second passive of the report)
        if fact.reporter is None or clause.dep_ not in ("ROOT", "ccomp"):
            return []
        found = self._resolve([fact.reporter], sent, ctx, day)
        return [r for r in found if r.entity.sector in sectors]

    def _resolve(
        self,
        heads: list[Token],
        sent: Span,
        ctx: DocContext,
        day: dt.date | None = None,
        actor: bool = False,
    ) -> list[Resolution]:
        # the same heads are resolved for several events of a sentence (an act, the intent
        # it states, its reporter); what the document tells of them does not change
        key = (tuple(h.i for h in heads), sent.start, day, actor)
        memo = ctx.resolved
        if key in memo:
            return list(memo[key])
        out = self._resolve_heads(heads, sent, ctx, day, actor)
        memo[key] = out
        return list(out)

    def _resolve_heads(
        self,
        heads: list[Token],
        sent: Span,
        ctx: DocContext,
        day: dt.date | None,
        actor: bool,
    ) -> list[Resolution]:
        out: list[Resolution] = []
        for head in heads:
            craft = next(
                (c for c in head.children if c.dep_ == "appos" and c.lemma_.lower() in CRAFT_WORDS),
                None,
            )
            if craft is not None:
                # "the Galaxy Leader, a ship": a named vessel, no party by its name; its
                # description may tell its state ("a British-flagged tanker")
                out.extend(
                    r
                    for r in self._resolve([craft], sent, ctx, day, actor)
                    if r.entity.code not in (None, NO_COUNTRY)
                )
                continue
            if (named := _name_it_goes_by(head)) is not None and (
                by_name := [
                    r
                    for r in self._resolve([named], sent, ctx, day, actor)
                    if r.entity.code not in (None, NO_COUNTRY)
                ]
            ):
                # "a breakaway faction calling itself the Renamo Military Junta": the group
                # is the one its name names
                out.extend(by_name)
                continue
            tokens = mention_tokens(head)
            found = self.resolver.resolve(tokens, ctx.names, head, day)
            owner = _own(head)
            whose = next((c for c in head.children if c.lower_ == "whose"), None)
            if whose is not None:
                # "Parmelin, whose government hosted the summit": the government of the
                # one the relative clause is about
                about = _relative_antecedent(whose)
                if about is not None and about.i != head.i:
                    words = sent.doc[tokens[0].i : tokens[-1].i + 1].text
                    for r in self._resolve([about], sent, ctx, day, actor):
                        sector = next((f.entity.sector for f in found if f.entity.sector), None)
                        known = r.entity
                        if known.sector and head.lemma_.lower() in LEADING_WORDS:
                            # "separatists, whose leader": the rebels', as "their leader"
                            sector = known.sector
                        entity = Entity(words, known.code, sector or known.sector, known.name)
                        out.append(
                            Resolution(
                                entity,
                                f"'whose' is '{about.text}''s: {r.why}",
                                code_from=r.code_from,
                            )
                        )
                    continue
            if owner is not None and not any(t.i in ctx.names for t in tokens if t is not owner):
                if not actor and (
                    held := self._anothers_people(head, owner, tokens, sent, ctx, day)
                ):
                    out.extend(held)  # "forces abducted two of his aides", he being another
                    continue
                if not actor and (theirs := _of_the_states_named(head, owner, found, ctx)):
                    out.extend(theirs)  # "cut aid to A, B and C, accusing their governments"
                    continue
                if not actor and (rulers := self._rulers_accused(head, owner, found, sent, ctx)):
                    out.append(rulers)  # "acted against Poland, accusing its government"
                    continue
                if not actor and (
                    turned := self._own_man_turned_on(head, owner, tokens, found, sent, ctx, day)
                ):
                    out.append(turned)  # "Putin sacked his defence minister"
                    continue
                if not actor:
                    continue  # "withdrew its troops": the actor's own, not another party
                if owned := _owned(owner, found, tokens, ctx):
                    out.append(owned)  # "their forces" after "Bosnian Serbs said"
                    continue
            if (
                actor
                and all(r.entity.code in (None, NO_COUNTRY) for r in found)
                and (state_owner := _owner_of_its_state(head)) is not None
                and (owned := _owned(state_owner, found, tokens, ctx))
            ):
                out.append(owned)  # "agents of his country", "his country's forces"
                continue
            if (spoken_for := self._spoken_for(head, sent, ctx, day, actor)) is not None:
                out.append(spoken_for)  # "a spokesman for the group": the group's
                continue
            if not actor and not found and (anyone := anyone_who(tokens)) is not None:
                found = [anyone]
            if (
                not found
                and len(tokens) == 2
                and head.tag_ == "NN"
                and tokens[0].lower_ == "the"
                and (titled := ctx.titled_before(head)) is not None
            ):
                # "Hun Sen accused the prince" after "co-Premier Prince Norodom
                # Ranariddh": the one named with the title, as he was resolved there
                text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
                if earlier := self._resolve([titled], titled.sent, ctx, day, actor):
                    out.extend(
                        Resolution(
                            dataclasses.replace(r.entity, text=text),
                            f"'{text}' is '{titled.text}', named with the title before: {r.why}",
                        )
                        for r in earlier
                    )
                    continue
            completed = complete(found, tokens, sent, ctx)
            if not completed and unknown_person(tokens, head):
                # "accused Tchiroma of inciting": a person no table knows, named with no
                # title, is of the one state the story is about, as a reader takes him
                text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
                why = f"'{text}', {UNKNOWN_PERSON}"
                nameless = Resolution(Entity(text, NO_COUNTRY, None), why)
                # (of the story's state only: not of a town the sentence names, "told the
                # council in Geneva", where a stranger may well stand)
                completed = [
                    r
                    for r in complete([nameless], tokens, sent, ctx)
                    if r.entity.code != NO_COUNTRY
                    and r.code_from in (FROM_DOCUMENT, FROM_ONLY_NAME)
                ]
            if (
                day is not None
                and len(tokens) == 1
                and (tokens[0].lower_ in PRONOUN_KINDS or tokens[0].text in ctx.people)
            ):
                # "he resigned" a day before the story: a person told before is coded by
                # the office held on this event's day, not on the day first named
                completed = [self._redated(r, day) for r in completed]
            out.extend(completed)
        return out

    def _nationals_told_aside(
        self, head: Token, resolved: list[Resolution], ctx: DocContext, day: dt.date | None
    ) -> list[Resolution]:
        """The people ``head`` names as of the states an aside after it names: "killed 38
        people, most of them British", "detained 40 people, many of them Sri Lankan
        nationals", "most of them Zambian and Kenyan troops"; each state a party, of the
        aside's sector (troops are MIL) or else the mention's. Of an "including" phrase
        ("killing nine people, including a Japanese journalist"), those states beside the
        ``resolved`` ones. Empty where there is no such aside or it names no state ("most
        of them Alawites")."""
        aside = _aside_on_them(head)
        if not aside or any(r.entity.code in INTERNATIONAL_CODES for r in resolved):
            return []
        groups: list[list[Token]] = [[]]
        for token in aside:
            if token.pos_ == "CCONJ":
                groups.append([])
            else:
                groups[-1].append(token)
        found = [
            self.resolver.resolve(group, ctx.names, group[-1], day) for group in groups if group
        ]
        if not found or not all(
            rs and all(r.entity.code not in (None, NO_COUNTRY) for r in rs) for rs in found
        ):
            return []
        sector = next(
            (r.entity.sector for r in found[-1] if r.entity.sector),
            next((r.entity.sector for r in resolved if r.entity.sector), None),
        )
        words = head.doc[aside[0].i : aside[-1].i + 1].text
        text = head.doc[mention_tokens(head)[0].i : head.i + 1].text
        # ("including a Japanese journalist": some of them, beside the people's own state;
        # "most of them British": the state of them all)
        some = aside[-1].head.lower_ == "including"
        told = "include" if some else "are told to be mostly"
        nationals = [
            Resolution(
                Entity(text, r.entity.code, r.entity.sector or sector, r.entity.name),
                f"'{text}' {told} '{words}': {r.why}",
            )
            for rs in found
            for r in rs
        ]
        return [*resolved, *nationals] if some else nationals

    def _settlers(
        self, head: Token, resolved: list[Resolution], sent: Span, ctx: DocContext
    ) -> list[Resolution]:
        """The people of the settlements ``head`` names, acted on where they live:
        civilians of the state ``resolved`` gives the place, or of the story's."""
        tokens = mention_tokens(head)
        text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
        why = f"'{text}' are places people live in: their people (CVL) are acted on"
        if resolved:
            return [
                Resolution(
                    dataclasses.replace(r.entity, text=text, sector="CVL"),
                    f"{why}; {r.why}",
                    code_from=r.code_from,
                )
                for r in resolved
            ]
        return complete([Resolution(Entity(text, NO_COUNTRY, "CVL"), why)], tokens, sent, ctx)

    def _acted_on_directly(self, head: Token, trigger: Trigger) -> bool:
        """Whether ``head`` is what the trigger's act is done to: its object ("stormed the
        sit-in") or what it is aimed "on" or "at" where no party is its object ("fired tear
        gas at a rally"), not a place it is done at ("detained 400 people at a rally")."""
        verb = trigger.head
        if (
            head.dep_ == "dobj"
            and head.head.lemma_.lower() in DISPERSING_LEMMAS
            and to_infinitive(head.head)
            and (served := purpose_served(head.head, self.lexicon.classes.get("endeavour", ())))
            is not None
            and served.i == verb.i
        ):
            return True  # "used water cannon to break up the march": the march dispersed
        if head.dep_ == "dobj":
            # (not a second object the parser gives the verb: "beat monks leading protests")
            return head.head.i == verb.i and (
                trigger.noun is None or trigger.noun.i == head.i or trigger.noun.dep_ != "dobj"
            )
        if head.dep_ != "pobj" or head.head.lower_ not in ("on", "at", "into", "upon"):
            return False
        holder = head.head.head
        if holder.i != verb.i and (trigger.noun is None or holder.i != trigger.noun.i):
            return False
        return not any(
            c.dep_ == "dobj"
            and (
                c.ent_type_ in ("PERSON", "NORP", "GPE", "ORG")
                or c.pos_ == "PRON"
                or self.resolver.agent_sector([counted(c)]) is not None
            )
            for c in verb.children
        )

    def _demonstrators(
        self, head: Token, sent: Span, ctx: DocContext, day: dt.date | None
    ) -> list[Resolution] | None:
        """Those taking part in the demonstration ``head`` names, where a demonstration is
        acted on ("opened fire on a huge opposition march", "stormed the sit-in"): those
        it is "by" or "of", else the party its own modifiers name, else civilians; never
        the places around it ("the sit-in outside army headquarters"). None where
        ``head`` is no demonstration."""
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or not (
            lemma in HELD_GATHERINGS
            or (
                lemma in DEMONSTRATION_SITES
                and any(c.lemma_.lower() in HELD_GATHERINGS for c in head.children)
            )
        ):
            return None
        # ("a procession of monks and students", "a protest led by Mondlane")
        marchers = [
            m
            for o in [
                *(
                    o
                    for prep in head.children
                    if prep.dep_ == "prep" and prep.lower_ == "of"
                    for o in prep.children
                    if o.dep_ == "pobj"
                ),
                *(a for a, _ in authors(head, "")),
            ]
            if o.lemma_.lower() not in HELD_GATHERINGS
            for m in (o, *(c for c in o.conjuncts if c.i > o.i))
        ]
        if marchers and (found := self._resolve(marchers, sent, ctx, day)):
            return found
        tokens = sorted(
            [
                head,
                *(
                    t
                    for c in head.children
                    if c.dep_ in ("amod", "compound", "poss", "nmod", "det")
                    for t in c.subtree
                ),
            ],
            key=lambda t: t.i,
        )
        text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
        found = [
            r
            for r in self.resolver.resolve(tokens, ctx.names, head, day)
            if r.entity.sector is not None
        ]
        if not found:
            # "stormed the sit-in": those who sit in are civilians, of the story's state
            why = f"'{text}' is a demonstration: its people are civilians"
            found = [Resolution(Entity(text, NO_COUNTRY, "CVL"), why)]
        return [
            dataclasses.replace(r, why=f"the people of the demonstration: {r.why}")
            for r in complete(found, tokens, sent, ctx)
        ]

    def _other_parties(
        self,
        heads: list[Token],
        actors: list[Entity],
        sent: Span,
        ctx: DocContext,
        day: dt.date | None,
    ) -> list[Resolution]:
        """The parties of a known state that ``heads`` name, besides the actors' side."""
        return [
            r
            for h in heads
            for r in self._resolve([h], sent, ctx, day)
            if r.entity.code not in (None, NO_COUNTRY)
            and not any(_kin(r.entity, a) for a in actors)
        ]

    def _parties_besides(
        self,
        heads: list[Token],
        role: str,
        sent: Span,
        ctx: DocContext,
        day: dt.date | None,
        actors: list[Entity],
        why: list[str],
        *,
        other_states: bool = False,
    ) -> list[Entity]:
        """The parties of a known state that ``heads`` name, none of them an actor itself
        (one of its state may be: a president reproaches his own army), each told in
        ``why`` as the recipient in ``role``. With ``other_states``, none of an actor's
        state either ("in retaliation for US tariffs", said by the US's trading partner)."""
        found = [
            r
            for r in self._resolve(heads, sent, ctx, day)
            if r.entity.code not in (None, NO_COUNTRY)
            and not (
                _ours(r.entity, actors) if other_states else any(_same(r.entity, a) for a in actors)
            )
        ]
        why.extend(f"recipient ({role}): {r.why}" for r in found)
        return [r.entity for r in found]

    def _redated(self, resolution: Resolution, day: dt.date) -> Resolution:
        """``resolution`` of a former office holder of the table, with the sector of the
        office still held on ``day`` ("he resigned" the day before). Never the other way: a
        leader ousted a day before is still named and coded by the office."""
        entity = resolution.entity
        if entity.name is None or entity.sector != "ELI":
            return resolution
        found = self.resolver.kb.person(entity.name, day)
        if found is None:
            return resolution
        term, status = found
        sector = term.sector
        if status == "former" or sector == entity.sector or term.code != entity.code:
            return resolution
        why = f"{resolution.why}; on {day}: {status} {term.office}, {sector}"
        return dataclasses.replace(
            resolution, entity=dataclasses.replace(entity, sector=sector), why=why
        )

    def _rulers_accused(
        self, head: Token, owner: Token, found: list[Resolution], sent: Span, ctx: DocContext
    ) -> Resolution | None:
        """ "The Commission acted against Poland, accusing its government of putting the
        courts under political control": no one accuses its own rulers of a deed, so
        "its" is the state or organisation named last before in the sentence that is
        not the accuser."""
        verb = head.head
        if (
            owner.lower_ != "its"
            or head.dep_ != "dobj"
            or head.lemma_.lower() not in RULER_WORDS
            or verb.lemma_.lower() not in BLAMING_LEMMAS
            or not any(
                c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > head.i
                for c in (*verb.children, *head.children)
            )
        ):
            return None
        accuser = clause_subject(head)
        accusers = frozenset(
            r.entity.code
            for r in (self._resolve([accuser], sent, ctx, actor=True) if accuser else [])
        )
        match = ctx.named_before(head, PARTY_KINDS, back=0, other_than=accusers)
        if match is None:
            return None
        entry, words = match.entry, sent.doc[match.start : match.end].text
        text = sent.doc[mention_tokens(head)[0].i : head.i + 1].text
        sector = next((r.entity.sector for r in found if r.entity.sector), None) or "GOV"
        return Resolution(
            Entity(text, entry.code, sector, entry.name, entry.wikidata),
            f"'its' is '{words}', named before: no one accuses its own rulers",
        )

    def _anothers_people(
        self,
        head: Token,
        owner: Token,
        tokens: list[Token],
        sent: Span,
        ctx: DocContext,
        day: dt.date | None,
    ) -> list[Resolution]:
        """The people of the person "his" or "her" stands for, where that cannot be the
        clause's subject: "security forces had abducted two of his aides" (Bobi Wine's),
        unlike "withdrew its troops", which are the actor's own."""
        if (
            owner.lower_ not in ("his", "her")
            or self.resolver.agent_sector([counted(head)]) is None
        ):
            return []  # (people only: "his home", "his decision" are no party)
        verb = verb_above(head)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            subject is None
            and verb.dep_ in ("advcl", "xcomp")
            and (to_infinitive(verb) or verb.tag_ == "VBG")
        ):
            # "officers fired tear gas to disperse his supporters": the purpose's doer;
            # "soldiers ousted Toure, accusing his government": the participle's
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None or (subject.tag_ not in ("NNS", "NNPS") and subject.lower_ != "they"):
            return []  # a single person may be the owner himself
        found = self._resolve([owner], sent, ctx, day, actor=True)
        if not found and (
            told := ctx.antecedent_of(owner, "he" if owner.lower_ == "his" else "she")
        ):
            found = [told]  # "arrested Besigye ... dispersed dozens of his supporters"
        if len(found) != 1 or found[0].entity.code in (None, NO_COUNTRY):
            return []
        known = found[0].entity
        words = sent.doc[tokens[0].i : tokens[-1].i + 1].text
        # "his followers": a leader's followers are civilians of his state (as "Hamas
        # supporters" are), while "his aides" share his sector
        sector = "CVL" if counted(head).lemma_.lower() in SUPPORTER_WORDS else known.sector
        entity = dataclasses.replace(known, text=words, sector=sector)
        why = f"'{owner.text}' is another's: {found[0].why}"
        return [Resolution(entity, why, code_from=found[0].code_from)]

    def _own_man_turned_on(
        self,
        head: Token,
        owner: Token,
        tokens: list[Token],
        found: list[Resolution],
        sent: Span,
        ctx: DocContext,
        day: dt.date | None,
    ) -> Resolution | None:
        """The official or deputy "his" or "her" gives the subject, where the subject
        sacks, accuses or arrests him: "Putin sacked his defence minister", "Mahathir
        accused his former deputy of corruption". One's own troops or government are one's
        instruments ("withdrew its troops"), but the person one turns on is another party,
        of one's own state and of his office's sector."""
        verb = head.head
        if (
            owner.lower_ not in ("his", "her")
            or head.dep_ != "dobj"
            or verb.lemma_.lower() not in TURNED_ON_LEMMAS
            or head.tag_ != "NN"
        ):
            return None
        lemma = head.lemma_.lower()
        titles = self.lexicon.classes.get("title", frozenset())
        if lemma not in titles and lemma not in UNDERLINGS:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or (
            # (or one named by his office: "Kenya's president fired his interior minister")
            subject.ent_type_ != "PERSON" and subject.lemma_.lower() not in titles
        ):
            return None  # "the party sacked his aide": whose is unclear
        bosses = self._resolve([subject], sent, ctx, day, actor=True)
        if len(bosses) != 1 or bosses[0].entity.code in (None, NO_COUNTRY):
            return None
        boss = bosses[0]
        sector = next((r.entity.sector for r in found if r.entity.sector), None)
        words = head.doc[tokens[0].i : tokens[-1].i + 1].text
        entity = Entity(words, boss.entity.code, sector, None)
        why = f"'{owner.text}' is the subject's, who turns on his own man: {boss.why}"
        return Resolution(entity, why, code_from=boss.code_from)

    def _held(
        self, held: Token, sent: Span, ctx: DocContext, day: dt.date | None
    ) -> list[Resolution]:
        """Who a release names: "his" or "her" stands for the person told before."""
        if held.lower_ in ("his", "her"):
            found = ctx.antecedent_of(held, "he" if held.lower_ == "his" else "she")
            if found is not None:
                return [found]
            # ("sentenced a French researcher ... demanded his release": the one the last
            # capture took, though words were said of the court since; else the one the
            # last act fell on)
            last = _last_captives(held, ctx)
            if len(last) != 1:
                last = _last_recipients(held, ctx)
            return last if len(last) == 1 else []
        if held.lower_ == "their":
            # "police arrested three Serbs ... Belgrade condemned the arrests and demanded
            # their release": those the last capture told took
            return _last_captives(held, ctx)
        return self._resolve([held], sent, ctx, day)

    def _spoken_for(
        self, head: Token, sent: Span, ctx: DocContext, day: dt.date | None, actor: bool
    ) -> Resolution | None:
        """A spokesman for a party the story named before ("a spokesman for the group"
        after "the former FARC rebel group"): that party, as the tables cannot tell from
        the words alone."""
        if head.lemma_.lower() not in SPOKESPEOPLE:
            return None
        party = next(
            (
                g
                for p in head.children
                if p.dep_ == "prep" and p.lower_ == "for"
                for g in p.children
                if g.dep_ == "pobj"
                and g.pos_ == "NOUN"
                and any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in g.children)
            ),
            None,
        )
        if party is None:
            return None
        found = self._resolve([party], sent, ctx, day, actor)
        if len(found) != 1 or found[0].entity.code in (None, NO_COUNTRY):
            return None
        known = found[0].entity
        tokens = mention_tokens(head)
        words = sent.doc[tokens[0].i : tokens[-1].i + 1].text
        entity = dataclasses.replace(known, text=words)
        why = f"speaks for '{party.text}': {found[0].why}"
        return Resolution(entity, why, code_from=found[0].code_from)

    def _own_people(
        self,
        heads: list[Token],
        pattern: Pattern,
        sent: Span,
        ctx: DocContext,
        day: dt.date | None,
    ) -> list[Resolution]:
        """The people a state acts on that are its own ("China released its best-known
        dissident", "barred its citizens from travelling"), which resolve to no party
        beside the actor; not its own forces or officials ("withdrew its troops")."""
        if pattern.event not in OWN_PEOPLE_ACTED_ON:
            return []
        return [
            r
            for h in heads
            if _owners_people(h, singular=True)
            # (people the word itself names: not "laid down their arms", "reversed its
            # decision")
            and (own := self.resolver.agent_sector([counted(h)])) is not None
            and own[0] in PEOPLE_ACTED_ON
            for r in self._resolve([h], sent, ctx, day, actor=True)
            if r.entity.sector in PEOPLE_ACTED_ON
        ]

    def _code(
        self,
        trigger: Trigger,
        sent: Span,
        ctx: DocContext,
        pub: dt.date | None,
        roles: Roles,
        fact: Factuality,
        pattern: Pattern | None = None,
    ) -> dict[str, Any]:
        pattern = pattern or trigger.pattern
        if not roles.actor_heads and (orderers := _on_the_orders_of(trigger.head)):
            # "Khaleda Zia was freed on the orders of the president": done by his order
            roles = dataclasses.replace(
                roles, actor_heads=orderers, actor_role="the one on whose orders it was done"
            )
        actors = []
        why: list[str] = [f"{pattern.source} '{pattern.text}' matched '{trigger.event_text}'"]
        if pattern is not trigger.pattern:
            why[0] = (
                f"{pattern.text}, from {trigger.pattern.source} '{trigger.pattern.text}' on '{trigger.event_text}'"
            )
        # (a deed one is accused of is told as past: "accused Azerbaijan of shelling
        # villages on Monday" is the Monday before)
        future = fact.label == "hypothetical" and fact.reason != "alleged"
        dated: Token | None = trigger.head
        if pattern.source == "rule" and pattern.text.startswith("intent:"):
            # an intention is stated when it is said, not on the day of the act intended
            # ("will hold talks on Saturday, both sides confirmed" is stated today; "vowed
            # on Monday to retaliate" on Monday)
            if fact.reporter is not None:
                dated = fact.reporter.head
            elif trigger.head.dep_ in ("xcomp", "ccomp"):
                dated = trigger.head.head
            else:
                dated = None
        elif (contact := contact_purposed(trigger)) is not None:
            dated = contact  # "telephoned Fujimori on Wednesday to thank him"
        elif trigger.head.dep_ in ("xcomp", "advcl") and said_on_a_platform(
            trigger, trigger.head.head, trigger.head
        ):
            dated = trigger.head.head  # "went on television on Monday to urge calm"
        spoken = pattern.event in SPOKEN_ACTS and trigger.head.lemma_.lower() not in SIGNING_VERBS
        story_day = next(
            ((day, words) for start, day, words in reversed(ctx.told_days) if start < sent.start),
            None,
        )
        # "the Council meets on Thursday": a deed told in the simple present with a day
        # is one scheduled, the coming Thursday, not the last (only "meets": "beat",
        # "set" and "cut" are read as the present where they are the past)
        scheduled = (
            fact.label == "asserted"
            and dated is not None
            and dated.tag_ == "VBZ"
            and not any(c.dep_ in ("aux", "auxpass") for c in dated.children)
        )
        when = (
            event_date(
                dated, sent, pub, future=future or scheduled, spoken=spoken, story_day=story_day
            )
            if dated is not None
            else None
        )
        if (
            when is not None
            and fact.label == "asserted"
            and pub is not None
            # (a week, a month or a year that begins after the story's day is after it
            # all; "later this week" is after it too)
            and (when.date > pub.isoformat() or when.text.lower().startswith("later this"))
            and dated is not None
            and dated.tag_ not in ("VBD", "VBN")
        ):
            # "leaders, who meet in St Petersburg this weekend", "Putin visits China next
            # month": a day after the story's is still to come, whatever the tense
            fact = Factuality(
                "hypothetical", f"'{when.text}', after the story", fact.reporter, "future"
            )
        if (
            when is None
            and dated is not None
            and fact.reporter is not None
            and pattern.source == "rule"
            and pattern.text.startswith("intent:")
        ):
            # "Obrador said on Monday he would not attend": the day of the saying, which
            # the parser hangs on the verb said
            when = day_said_before_the_clause(trigger.head, dated, pub)
        if when is None and dated is not None and fact.label == "asserted":
            # "Stoltenberg, speaking on Monday, called on Russia", "Speaking at a news
            # conference on Sunday, Zelaya urged": words said as one spoke that day
            when = next(
                (
                    day
                    for speaking in _speaking_beside(dated)
                    if (day := _day_spoken(speaking, sent, pub, story_day)) is not None
                ),
                None,
            )
        if (
            when is None
            and spoken
            and dated is not None
            and fact.label == "asserted"
            and fact.reporter is not None
            and not past_perfect(dated)
        ):
            # "Puigdemont said on Sunday night that the region had won ... and accused
            # Madrid", "Biden told Netanyahu on Saturday that Washington stood with
            # Israel": a word act told in what one says is made as it is said
            when = _day_spoken(fact.reporter.head, sent, pub, story_day)
        if when is not None:
            date, source, precision = when.date, "text", when.precision
            why.append(f"date from '{when.text}'")
            if precision == "day" and fact.label == "asserted":
                ctx.told_days.append((sent.start, date, when.text))
        elif (
            fact.label == "asserted"
            and dated is not None
            # (words said in a participle beside the deed were said as it was done:
            # "declared a state of emergency, blaming the violence on terrorist bands")
            and (not spoken or (dated.dep_ == "advcl" and dated.tag_ == "VBG"))
            and (main := _main_clause_day(dated, sent, pub)) is not None
        ):
            # "Saudi Arabia severed relations with Iran on Sunday and gave its diplomats
            # 48 hours to leave", "pardoned two journalists on Tuesday after meeting
            # Clinton": a deed with no day of its own, told with one the sentence dates,
            # was done that day
            date, source, precision = main.date, "text", "day"
            why.append(f"date from '{main.text}' in the main clause")
        elif (
            sent.start > 0
            and not spoken
            and dated in trigger.words  # the deed's own verb: not "followed a visit"
            and (story_past(dated) or past_perfect(dated) or _participle_of_a_past(dated))
            and not any(t.ent_type_ == "DATE" or _clock_time(t) for t in sent)
            and (lede := (in_lede := ctx.lede_day(pub)) or _day_told_before(story_day, pub))
            is not None
        ):
            # "Police arrested dozens on Tuesday as thousands marched ... Officers fired tear
            # gas": a later sentence that tells in the simple past a deed of the day the lede
            # tells, and gives no day of its own, is the lede's day; so is one in the
            # pluperfect ("police said they had arrested 412 people") or a participle beside
            # such a deed, and one whose only time is a part of the day ("hours after"), as
            # the read gold dates them (not "had earlier ambushed", "last met"; nor a sentence
            # with a time of its own, "drills that began on Monday"); what is said in reply
            # ("accused", "urged") is said when reported
            date, source, precision = lede[0], "text", "day"
            # (or, where the lede tells no day, the last day the story told before it)
            where = "in the lede" if in_lede is not None else "told before"
            why.append(f"date from '{lede[1]}' {where}")
            last = sent.doc[sent.start - 1].sent
            told_before = last.start > 0 and next(
                (
                    (day, words)
                    for start, day, words in ctx.told_days
                    if last.start <= start < sent.start and (pub is None or day <= pub.isoformat())
                ),
                None,
            )
            if told_before:
                # "The lede ... on Saturday. On Friday, police fired tear gas ... Officers
                # arrested dozens": the sentence just before (not the lede) told the day
                # this one goes on with
                date = told_before[0]
                why[-1] = f"date from '{told_before[1]}' in the sentence before"
        elif (deal_day := _day_told_before(story_day, pub)) is not None and (
            terms := _under_the_terms(trigger.head, self.lexicon.classes.get("pact", ()))
        ):
            # "Nepal's government and Maoist rebels signed a peace agreement on Tuesday ...
            # Under the deal, the rebels will lock up their weapons": what a deal binds a
            # party to was pledged when it was made, the day the story told last
            date, source, precision = deal_day[0], "text", "day"
            why.append(f"date from '{deal_day[1]}', when the {terms.text} was made")
        elif (
            fact.label == "asserted"
            and fact.reporter is not None
            and (said := _day_spoken(fact.reporter.head, sent, pub, story_day)) is not None
        ):
            # "Baghdad radio said on Monday that Iraq had freed ten servicemen": a deed with
            # no day of its own, in words said on a day, is dated by the saying, as the read
            # gold dates it
            date, source, precision = said.date, "text", "day"
            why.append(f"date from '{said.text}', when it was told")
        elif (
            fact.label == "asserted"
            and (_the_lede_or_next(sent) or not spoken)
            and not (dated is not None and _told_as_now(dated))
            and (lede := _day_of_the_lede(sent, pub, ctx)) is not None
        ):
            # "Protesters stormed parliament on Tuesday ... Security forces regained control
            # after three hours, using tear gas, and arrested 400 people": a deed the story
            # gives no day, and words said in the lede or the sentence after it, are of the
            # one day their sentence tells, else of the day the lede tells, not of the day
            # the story was published (as the read gold dates them); not what is told as of
            # now ("has given refuge", "was sending troops"), nor words said further on,
            # which are said when reported
            date, source, precision = lede[0], "text", "day"
            why.append(f"date from '{lede[1]}' {lede[2]}")
        elif pub is not None:
            date, source, precision = pub.isoformat(), "publication", "day"
        else:
            date, source, precision = None, None, None
        day = _parse_day(date)
        if (
            fact.reporter is not None
            and roles.actor_heads
            and all(
                t.lower_ in SUBJECT_PRONOUNS
                and _agrees(t, fact.reporter)
                # (not "accusing it of backing rebels": the accused, not the speaker)
                and t.dep_ not in ("dobj", "dative")
                for t in roles.actor_heads
            )
        ):
            # "Switzerland said it had expelled ...": the pronoun is the speaker (the one who
            # said it, not a source it is told "according to")
            told_by = (
                fact.reporter.head.lower_ == "to" and fact.reporter.head.head.lower_ == "according"
            )
            speaker = (_nearest_speaker(trigger.head) if told_by else None) or fact.reporter
            roles.actor_heads = conjuncts(speaker)
            roles.actor_role = f"'{speaker.text}', the speaker '{roles.actor_role}' refers to"
        lent: list[Entity] = []  # actors coded by the story's one state name alone
        for head in roles.actor_heads:
            found = self._speakers_own(head, fact, sent, ctx, day) or self._resolve(
                [head], sent, ctx, day, actor=True
            )
            if not found and head.lower_ in ("them", "him", "her") and head.dep_ == "dobj":
                # "issued warrants for two Taliban leaders, accusing them of persecuting
                # women": an object pronoun that does the act is whom the last act was on
                found = _acted_on_just_before(head, ctx)
            if (
                not found
                and head.lower_ == "those"
                and any(
                    c.dep_ == "acl" and c.lemma_.lower() in TAKING_LEMMAS for c in head.children
                )
            ):
                # "police arrested more than 100 people ... those detained had vandalised
                # property": the ones the last capture took
                found = _last_captives(head, ctx)
            if pattern.event not in CAPITAL_NOT_GOVERNMENT_ACTOR:
                found = _capital_as_government(found)
            if found:
                actors.extend(r.entity for r in found)
                why.extend(f"actor ({roles.actor_role}): {r.why}" for r in found)
                lent.extend(r.entity for r in found if r.code_from == FROM_ONLY_NAME)
            elif roles.actor_role != NOUN_MODIFIER_ROLE:
                # the subject is clear even where we cannot code it: keep it, unknown
                tokens = mention_tokens(head)
                text = sent.doc[tokens[0].i : tokens[-1].i + 1].text
                if shared := shared_nationality(head, ctx):
                    # "Chinese military aircraft and ships": the ships are Chinese too,
                    # though the tables know no sector for them
                    for match in shared:
                        actors.append(Entity(text=text, code=match.entry.code, sector=None))
                        words = sent.doc[match.start : match.end].text
                        why.append(f"actor ({roles.actor_role}): '{words}' is said of '{text}' too")
                    continue
                if head.ent_type_ == "PERSON" and head.pos_ == "PROPN" and ctx.country is not None:
                    # "Bernard Thibault, head of the CGT, accused the government": a person
                    # the tables do not know, named with more than a bare name (which
                    # _resolve_heads codes in any role), as the one who acts, is of the
                    # state the story is about (no sector: the tables tell no office)
                    actors.append(Entity(text=text, code=ctx.country[0], sector=None))
                    why.append(
                        f"actor ({roles.actor_role}): '{text}', {UNKNOWN_PERSON}, is of the "
                        f"{DOCUMENT_COUNTRY} ({ctx.country[1]})"
                    )
                    continue
                actors.append(Entity(text=text, code=None, sector=None))
                why.append(f"actor ({roles.actor_role}): '{text}' not in the actor tables")
        if all(a.code in (None, NO_COUNTRY) for a in actors) and (
            blamed := [b for h in roles.actor_heads for b in _blamed_on(h)]
        ):
            # "killed in an air strike on a market blamed on the Sudanese army": the party
            # the attack is laid to, as the text says
            found = self._resolve(blamed, sent, ctx, day, actor=True)
            if found:
                actors = [r.entity for r in found]
                why.extend(f"actor (the attack is blamed on): {r.why}" for r in found)
        retold_targets: list[Entity] = []
        if not actors and (retold := _retold_act(trigger, pattern, ctx, self._people)) is not None:
            # "India struck nine sites ... Pakistan said the strikes killed 26": the
            # strikes told before, by whoever made them
            earlier, retold_targets = retold
            actors = list(earlier)
            named = ", ".join(f"'{a.text}'" for a in earlier)
            why.append(f"actor: '{trigger.noun.text}' retells the {pattern.event} by {named}")
        passive_untold = (
            not actors
            and not roles.actor_heads
            and any(c.dep_ == "nsubjpass" for c in trigger.head.children)
        )  # an act told in the passive, with no one named to make it
        if passive_untold and (
            (pattern.event, pattern.mode) == ("ACCUSE", "investigate")
            or (pattern.event == "ACCUSE" and trigger.head.lemma_.lower() in PROSECUTING)
        ):
            # "a police spokesman said Anwar was being investigated for corruption", "police
            # said 29 people had been charged": an inquiry or a charge the police,
            # prosecutors or government report is their own
            for found in self._own_report(trigger, fact, sent, ctx, day, INVESTIGATING_SECTORS):
                actors.append(found.entity)
                why.append(f"actor: the reporter of the inquiry or charge, {found.why}")
        if (
            passive_untold
            and pattern.event in MEASURE_TYPES
            and (
                (
                    trigger.noun is not None
                    and trigger.noun.lemma_.lower()
                    in self.lexicon.classes.get("measure", frozenset())
                )
                or (
                    fact.reporter is not None
                    and fact.reporter.head.lemma_.lower() in PROCLAIMING_VERBS
                )
            )
        ):
            # "Trump said tariffs he had threatened were suspended": a state's own measure,
            # told in the passive by its government, is its government's; and so is any
            # act of authority it proclaims done ("announced that parliament had been
            # dissolved")
            for found in self._own_report(trigger, fact, sent, ctx, day, MEASURE_TAKERS):
                actors.append(found.entity)
                why.append(f"actor: the measure's reporter, {found.why}")
        if passive_untold and (pattern.event, pattern.mode) == ("COERCE", "arrest"):
            # "40 people were arrested, a police spokesman said": arrests the police report
            # are the police's own
            for found in self._own_report(trigger, fact, sent, ctx, day, ARRESTING_SECTORS):
                actors.append(found.entity)
                why.append(f"actor: the arrests' reporter, {found.why}")
            if not actors and (seizers := _last_seizers(ctx, trigger.head)):
                # "The army took control of the country ... President Embalo was
                # detained": those who just seized power hold him
                actors.extend(seizers)
                named = ", ".join(f"'{a.text}'" for a in seizers)
                why.append(f"actor: those who seized power just before, {named}")
            if not actors and (police := _last_police(ctx, trigger.head)):
                # "Police fired tear gas at protesters ... At least 12 people were
                # arrested": the police of the act just told made them
                actors.extend(police)
                named = ", ".join(f"'{a.text}'" for a in police)
                why.append(f"actor: the police of the act just before, {named}")
            if not actors:
                # "Police hemmed in protesters for hours, and 32 people were arrested":
                # the police the sentence names acting before it made them
                for subject in sent:
                    if subject.i >= trigger.head.i:
                        break
                    if subject.dep_ != "nsubj" or subject.lemma_.lower() not in POLICE_LEMMAS:
                        continue
                    for found in self._resolve([subject], sent, ctx, day):
                        if found.entity.sector == "COP" and found.entity.code not in (
                            None,
                            NO_COUNTRY,
                        ):
                            actors.append(found.entity)
                            why.append(
                                f"actor: the police named before in the sentence, {found.why}"
                            )
                    if actors:
                        break
        if (joint := _joint_by(trigger, pattern, actors)) is not None:
            pattern = joint
            why[0] = f"{joint.text}, from {trigger.pattern.source} '{trigger.pattern.text}'"
        if (
            (pattern.event, pattern.mode) == ("SANCTION", "expel")
            and trigger.head.lemma_.lower() in OUSTING_LEMMAS
            and actors
            and all(a.sector in ARMED_SECTORS for a in actors)
        ):
            # "Sudan's military removed President Omar al-Bashir from power": a leader
            # ousted by force of arms is coerced (a coup), where one a parliament votes
            # out is sanctioned
            pattern = dataclasses.replace(pattern, event="COERCE", mode=None)
            why.append("a removal from power by armed forces is a coup (COERCE)")
        if (
            (pattern.event, pattern.verb) == ("COERCE", "annul")
            and actors
            and all(a.sector == "JUD" for a in actors)
        ):
            # "Malawi's Constitutional Court annulled Mutharika's victory": a vote voided by
            # a court is a ruling against (SANCTION convict), where one voided by rulers
            # is a restriction
            pattern = dataclasses.replace(pattern, event="SANCTION", mode="convict")
            why.append("a court's annulment is a ruling against (SANCTION convict)")
        if (
            pattern.event in ("MOBILIZE", "AID")  # (AID: as recoded, _forces_sent_to_help)
            and not roles.recipient_heads
            and (helped := _helped_by_forces(trigger))
            # ("deployed troops to help police restore order": forces at home helping
            # its own)
            and not any(h.lemma_.lower() in self.lexicon.classes.get("force", ()) for h in helped)
        ):
            # "Chad has sent troops to help Bozize's government defend the capital": to
            # the one the forces go to help (aid, see _forces_sent_to_help)
            roles = dataclasses.replace(
                roles, recipient_heads=helped, recipient_role="the one forces are sent to help"
            )
        recipients = []
        unresolved: set[int] = set()  # recipient candidates that named no party
        towns: set[int] = set()  # recipients that are towns: their people are acted on
        for heads, role in (
            (roles.recipient_heads, roles.recipient_role),
            # (a meeting's parties are who met, not what it was held about: "met in Aqaba
            # to coordinate their response to the Israeli plan")
            # (nor, where the pattern names the party it acts on, whom that party is to
            # act against: "would help Baghdad confront the militants", "ordered Myanmar
            # to prevent genocide against the Rohingya")
            (
                roles.complement_heads
                if pattern.event != "CONSULT" and not _party_named_by_pattern(trigger)
                else [],
                roles.complement_role,
            ),
        ):
            found = []
            acts_with_doers: set[int] = set()  # act nouns that named who did them
            for h in heads:
                if h.dep_ == "pobj" and h.head.head.i in acts_with_doers:
                    continue  # "condemned the Israeli raid on the camp": not the camp
                if (
                    pattern.event == "PROTEST"
                    and h.dep_ == "pobj"
                    and h.head.lower_ in ROUTE_PREPS
                    and (
                        h.ent_type_ in ("GPE", "LOC")
                        or (h.pos_ == "PROPN" and gazetteer_match(h) is not None)
                    )
                ):
                    continue  # "marched from Belgrade to Novi Sad": the route's towns
                if pattern.event in ("ASSAULT", "THREATEN") and (hosted := _hosted(h)):
                    # "fired rockets at a base hosting U.S. troops": the forces it holds
                    h = hosted
                if (
                    pattern.event in REACTION_TYPES
                    and _act_pronoun(h)
                    and (h.dep_ == "dobj" or (h.dep_ == "pobj" and h.head.lower_ in VIEWED_PREPS))
                    and self._act_named_before(h) is not None
                ):
                    continue  # "backed the resolution, while Rwanda voted against it": the
                    # act named before, whose maker is looked up below, not a party
                resolved = self._resolve([h], sent, ctx, day)
                if not resolved and pattern.event == "REQUEST" and _owners_people(h):
                    # "called on his supporters to refrain from reprisals": a demand may be
                    # made of one's own people, who are then its recipients
                    resolved = self._resolve([h], sent, ctx, day, actor=True)
                elif not resolved:
                    resolved = self._own_people([h], pattern, sent, ctx, day)
                if (
                    pattern.event == "MOBILIZE"
                    and not actors
                    and h.dep_ == "nsubjpass"
                    and resolved
                    and all(r.entity.sector in DEPLOYED_FORCES for r in resolved)
                ):
                    # "armoured vehicles were deployed on the streets": what is deployed
                    # is the forces, whose state moved them, not a party acted on
                    actors.extend(r.entity for r in resolved)
                    why.extend(f"actor (forces deployed): {r.why}" for r in resolved)
                    continue
                judicial = trigger.head.lemma_.lower() in SENTENCING_LEMMAS
                if pattern.event in ("COERCE", "ASSAULT") and (
                    home := _home_force(actors, judicial)
                ):
                    resolved = [
                        r
                        if pattern.event == "ASSAULT" and r.entity.sector == "MIL"
                        # ("the ministry said it had shot down 40 drones": forces a
                        # state fights are not its own, as those its police hold may be)
                        else _at_home(r, home)
                        for r in resolved
                    ]
                resolved = _officials_removed(resolved, actors, pattern)
                if home := _domestic_party(actors):
                    # "the opposition leader accused the government", "parliament called on
                    # the government": a state's own parties address their own government
                    resolved = [_own_government_addressed(r, h, home) for r in resolved]
                if retold_targets:
                    # "the strikes killed civilians": the people of the place struck
                    resolved = [_of_the_place_struck(r, retold_targets) for r in resolved]
                if roles.actor_role == NOUN_MODIFIER_ROLE and pattern.event == "ASSAULT":
                    # "US drone strikes killed 20 militants": strikes named by their maker
                    # say nothing of whose the dead are, though that maker is the one state
                    # the story names
                    resolved = _unknown_beyond_the_striker(resolved, actors)
                if pattern.event == "ASSAULT":
                    resolved = _not_the_strikers_own_forces(resolved, actors, sent, ctx)
                if (
                    not resolved
                    and counted(h).lower_ == "them"
                    and (whole := _whole_of_the_clause_above(h)) is not None
                ):
                    # "300 people have been killed, most of them shot by police"
                    resolved = [
                        Resolution(
                            dataclasses.replace(r.entity, text=h.text),
                            f"'{h.text}' are of '{whole.text}' of the clause above: {r.why}",
                            code_from=r.code_from,
                        )
                        for r in self._resolve([whole], sent, ctx, day)
                    ]
                if not resolved and counted(h).lower_ in ("them", "him", "her"):
                    # "fired tear gas at the rioters and detained 400 of them", "arrested
                    # a journalist and charged him"
                    resolved = _acted_on_just_before(h, ctx, {(a.code, a.sector) for a in actors})
                if resolved and (nationals := self._nationals_told_aside(h, resolved, ctx, day)):
                    # "killing 38 people, most of them British": of the state the aside
                    # names, not of the place where it happened; "killing nine people,
                    # including a Japanese journalist": of that state too, beside their own
                    resolved = nationals
                if pattern.event in REACTION_TYPES and h.lemma_.lower() in HARM_NOUNS:
                    # "condemned the killing of a journalist", "investigating the death of
                    # Nikolai Glushkov": the one harmed is no party to the reaction; the
                    # one who did it is, where the words say ("Russia's killing of")
                    doers = [a for a, _ in authors(h, "")]
                    resolved = self._resolve(doers, sent, ctx, day) if doers else []
                elif pattern.event == "REQUEST" and (release := _release_asked(h, trigger)):
                    # ("called for the release of", "demanded the release of")
                    resolved = self._holders(release, sent, ctx, day, why, actors)
                elif (
                    pattern.event in ("ASSAULT", "COERCE")
                    and self._acted_on_directly(h, trigger)
                    and (marchers := self._demonstrators(h, sent, ctx, day))
                ):
                    # "opened fire on a huge opposition march": on its marchers
                    resolved = marchers
                elif h.pos_ != "PROPN" and self._act_noun(h):
                    # an act named by a noun is a party only where it names one ("French
                    # mediation"), not by a word for a weapon ("four days of drone strikes");
                    # where it says who did it, that party: "condemned Russia's annexation
                    # of Crimea" is directed at Russia, not Crimea
                    doers = self._doers_of_the_act(h)
                    if doers:
                        resolved = self._resolve(doers, sent, ctx, day)
                        # ("In Washington, Burns condemned the police action": police whose
                        # state the words do not give are not the speaker's by his town,
                        # where the story is of another state)
                        resolved = [
                            r
                            for r in resolved
                            if not (
                                r.code_from == "sentence"
                                and any(_kin(r.entity, a) for a in actors)
                                and ctx.country is not None
                                and ctx.country[0] != r.entity.code
                            )
                        ]
                    elif not any(
                        t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or t.dep_ == "poss"
                        for t in mention_tokens(h)
                        if t.i != h.i
                    ):
                        # "condemned the bombing": a word for the act names no party (the
                        # one who did it is told before), whatever country the story's
                        # words lend it
                        resolved = []
                    resolved = [r for r in resolved if r.entity.code != NO_COUNTRY]
                    if resolved:
                        acts_with_doers.add(h.i)
                elif (
                    h.lemma_.lower() in self.lexicon.classes.get("act", ())
                    and (not authors(h, "") or not resolved)
                    and (doers := self._doers_of_the_act(h))
                ):
                    # "an investigation into the actions of the police": a generic word
                    # for an act is a party by the doer its words name (where it has an
                    # owner or a "by" phrase, the mention holds that already, unless it
                    # resolved to none: "the expropriation by the Argentine government")
                    resolved = [
                        r
                        for r in self._resolve(doers, sent, ctx, day)
                        if r.entity.code != NO_COUNTRY
                    ]
                elif counted(h).lemma_.lower() in LAUNCHED_THINGS and (
                    launchers := [a for a, _ in authors(counted(h), "")]
                ):
                    # "shot down 40 of 52 drones launched by Russia": the drones' sender
                    resolved = self._resolve(launchers, sent, ctx, day) or resolved
                elif (
                    counted(h).lemma_.lower() in LAUNCHED_THINGS
                    and resolved
                    and all(r.entity.code == NO_COUNTRY for r in resolved)
                    and (earlier := ctx.described(counted(h))) is not None
                ):
                    # "Ukrainian drones hit a refinery ... the ministry said it had shot
                    # down 40 drones": the drones a story told of before are those
                    text = resolved[0].entity.text
                    known = dataclasses.replace(earlier.entity, text=text)
                    why_known = f"'{text}' are the '{earlier.entity.text}' before: {earlier.why}"
                    resolved = [Resolution(known, why_known, code_from=earlier.code_from)]
                if pattern.event == "ASSAULT" and _settlements_struck(
                    trigger, counted(h), resolved
                ):
                    # "shelled villages in Sagaing", "fired rockets at Israeli towns":
                    # their people, of the state named or the story's
                    resolved = self._settlers(counted(h), resolved, sent, ctx)
                if not resolved:
                    unresolved.add(h.i)
                found.extend(resolved)
            if pattern.event not in CAPITAL_NOT_GOVERNMENT_RECIPIENT:
                found = _capital_as_government(found)
            for resolution in found:
                if (
                    heads is roles.complement_heads
                    and resolution.entity.code == NO_COUNTRY
                    and resolution.entity.sector != "REF"
                ):
                    continue  # "agreed to expand cooperation": only a named party (or
                    # people sheltered: "agreed to take in the migrants")
                if heads is roles.complement_heads and any(
                    _acts_itself(resolution.entity, a) for a in actors
                ):
                    continue  # "he promised that Germany would support Ukraine": his own
                    # state acts, and is no party he acts toward
                if (
                    pattern.event == "MOBILIZE"
                    and resolution.named_kind in PLACE_KINDS
                    and resolution.entity.sector is None
                    and _ours(resolution.entity, actors)
                ):
                    continue  # "troops were deployed on the streets of Niamey": at home
                if (
                    pattern.mode in CONFINING_MODES
                    and resolution.named_kind in PLACE_KINDS
                    and resolution.entity.sector is None
                    and _ours(resolution.entity, actors)
                ):
                    continue  # "imposed a curfew on Baghdad": one's own town confined
                if (own := _own_legislature(resolution, actors)) is not None:
                    # "Obama called on Congress", "Maliki asked parliament to declare a
                    # state of emergency": an official addresses his own state's house
                    resolution = own
                if not any(_same(resolution.entity, a) for a in actors):
                    recipients.append(resolution.entity)
                    why.append(f"recipient ({role}): {resolution.why}")
                    if resolution.kind in ("city", "capital"):
                        towns.add(id(resolution.entity))
            if recipients or _addressee_unknown(trigger, heads, unresolved, self._act_noun):
                break
        if recipients and trigger.noun is not None and trigger.pattern.form == "object":
            # "took in 500,000 refugees from Ukraine": the people acted on tell the sector
            # of the state the phrase names (not the party they are handed to: "handed
            # over the suspects to United Nations officials" are no criminals' officials,
            # while "released the prisoners to Gaza" are Gaza's people)
            given_to = (
                [
                    p.doc[p.i : p.right_edge.i + 1].text
                    for p in trigger.head.children
                    if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "into")
                ]
                if pattern.event == "COOPERATE"
                else []
            )
            for found in self._resolve([trigger.noun], sent, ctx, day):
                people = found.entity
                if people.sector is None or people.sector in STATE_FORCES:
                    continue
                for i, r in enumerate(recipients):
                    # (people of no state told: "refugees from Ukraine" are its people)
                    if (
                        people.code in (r.code, NO_COUNTRY)
                        and r.sector is None
                        and not any(r.text in phrase for phrase in given_to)
                    ):
                        recipients[i] = dataclasses.replace(r, sector=people.sector)
                        why.append(f"'{trigger.noun.text}' gives '{r.text}' sector {people.sector}")
        recipients = _without_repeats(recipients)
        if pattern.event == "REQUEST" and (release := _release_sought(trigger)) is not None:
            # "India sought the release of the fishermen" after "Sri Lanka's navy arrested
            # 14 Indian fishermen": a release is asked of those who hold them (also where
            # they are the asker's own: "France demanded his release")
            captives = recipients or [
                r.entity for held in _released(release) for r in self._held(held, sent, ctx, day)
            ]
            holders = _holders_of(captives, ctx, trigger.head.i) if captives else []
            if not holders:
                # "the Guards seized a tanker ... Britain demanded the release of the
                # vessel": a thing or people named with "the", taken just before
                holders = _last_takers(release, ctx)
            if holders:
                named = ", ".join(f"'{h.text}'" for h in holders)
                why.append(f"recipient: those who hold them, {named}")
                recipients = holders
        if any(r.code not in (None, NO_COUNTRY) and not _ours(r, actors) for r in recipients):
            # "reaffirmed Egypt's support for Sudan's sovereignty": the actor's own state,
            # named as the owner of its act, is no recipient beside the one it acts toward
            recipients = [r for r in recipients if not (r.sector is None and _ours(r, actors))]
        if pattern.event in GIVING_TYPES | {"AID"}:
            # "pledged continued American support": the state that names the help given is
            # its giver, the actor's own, no recipient
            given = self.lexicon.classes.get("aid", frozenset()) | self.lexicon.classes.get(
                "help", frozenset()
            )
            recipients = [
                r
                for r in recipients
                if not (
                    r.sector is None
                    and _ours(r, actors)
                    and r.text.split()[-1].lower().removesuffix("s") in given
                )
            ]
        if pattern.event == "ACCUSE" and (accused := _accused_in_the_filing(trigger)):
            # "filed a case at the International Court of Justice accusing Israel of
            # genocide": the party accused, not the court where it was filed
            found = [r for h in accused for r in self._resolve([h], sent, ctx, day)]
            if found:
                recipients = [r.entity for r in found]
                why.extend(f"recipient (the one the filing accuses): {r.why}" for r in found)
        if pattern is FORCE_NOT_RULED_OUT:
            # "refused to rule out the use of military force": the force is no party
            recipients = [
                r
                for r in recipients
                if r.code not in (None, NO_COUNTRY)
                and not FORCE_WORDS & set(r.text.lower().split())
            ]
        # "the two leaders agreed to return their ambassadors to Washington and Moscow":
        # a party already among the actors is not also the recipient
        if (
            (
                (pattern.event == "SUPPORT" and trigger.head.lemma_.lower() in SIGNING_VERBS)
                # "reached an agreement with Mexico": a deal two make together
                or (pattern.event == "AGREE" and trigger.head.lemma_.lower() in REACHING_VERBS)
            )
            and recipients
            and trigger.noun is not None
            and trigger.noun.lemma_.lower() in self.lexicon.classes.get("pact", frozenset())
        ):
            # "signed a fuel-swap deal with Iran", "signed the accord with the rebels": the
            # parties who sign together are all actors, as at a meeting (PLOVER manual)
            actors = actors + [r for r in recipients if not any(_same_party(r, a) for a in actors)]
            recipients = []
            why.append("made together: all its parties are actors")
        if pattern.event in SYMMETRIC_TYPES:
            recipients = [r for r in recipients if not any(_same_party(r, a) for a in actors)]
        elif recipients and all(_reciprocal(r.text) for r in recipients):
            # "both sides blamed each other": a reciprocal event, all its parties actors
            # and no recipient (PLOVER manual, compound and reciprocal actors); "shelled
            # each other's positions" too
            recipients = []
            why.append("reciprocal: all parties are actors")
        elif trigger.head.lemma_.lower() in RECIPROCAL_VERBS and len(actors) > 1:
            # "Egypt and Ethiopia traded accusations over the Ethiopian dam": each side is
            # an actor of what they traded, the other's too
            traders = {a.code for a in actors}
            recipients = [r for r in recipients if r.code not in traders]
        elif pattern.event == "REJECT":
            # "Putin dismissed reports that Moscow was preparing ...", "officials in Kyiv
            # denied reports that Ukrainian forces had withdrawn": one rejects a claim about
            # oneself or one's own forces, not oneself
            about = trigger.noun is not None and trigger.noun.lemma_.lower() in CLAIM_NOUNS
            # (but one whose claim or order it is, is another party: "the armed forces
            # rejected Guaido's claim", "the commission would ignore the president's order")
            issued_by = roles.recipient_role.startswith("issuer of")
            recipients = [
                r
                for r in recipients
                if (issued_by and r.sector is not None)
                or not any(
                    # (a state is not its rebels or its opposition: "Chad said it would
                    # not negotiate with the rebels" rejects them)
                    (_itself(r, a) and (r.sector in STATE_FORCES or r.sector is None))
                    or (about and _kin(r, a))
                    for a in actors
                )
            ]
        if trigger.pattern.form == "verdict" and _names_a_pronoun(trigger.head):
            # "calling it a war crime": "it" is the act just told, not a party named
            recipients = []
        if not recipients and pattern.event == "REJECT" and (held := _refused_until(trigger.head)):
            # "ruled out peace talks until the rebels lay down their weapons": refused
            # to the party whose act would lift the refusal
            found = [
                r
                for h in held
                for r in self._resolve([h], sent, ctx, day)
                if not any(_same(r.entity, a) for a in actors)
            ]
            recipients = [r.entity for r in found]
            why.extend(f"recipient (held to the condition): {r.why}" for r in found)
        if not recipients and (envoy_of := _anothers_envoy(trigger, actors, sent, ctx)):
            # "Britain suspended talks with Israel and summoned its ambassador": Israel's
            recipients.append(envoy_of)
            why.append(f"recipient: the envoy summoned is '{envoy_of.text}''s, not the actor's")
        if (
            not recipients
            and pattern.event in PLEDGED_TYPES
            and (hosts := _hosts_of_the_visit_joined(trigger, ctx, actors))
        ):
            # "visited Kyiv and pledged 3.5 billion euros in military aid": to the one
            # visited
            recipients = hosts
            named = ", ".join(f"'{r.text}'" for r in hosts)
            why.append(f"recipient: {named}, visited or met in the clause joined before")
        if (
            not recipients
            and pattern.event in SAYINGS_PUT_TO_A_PARTY
            # (not where its own words name whom, though no party: "called on
            # revolutionaries to", "appealed to friendly countries")
            and all(
                (
                    self._is_a_thing(h)
                    # ("urged Quebecers", "called on revolutionaries": people, whoever they are)
                    and not (
                        pattern.event == "REQUEST"
                        and _addressed_by(h, trigger.head)
                        and h.tag_ in ("NNS", "NNPS")
                    )
                )
                or (h.pos_ == "NOUN" and self._act_noun(h))
                for h in roles.recipient_heads
            )
            and (addressed := _addressees_of_the_clause_joined(trigger, ctx, actors, pattern.event))
        ):
            # "condemned the strikes and called for an immediate halt", "summoned the
            # ambassador and demanded an apology": to the one the first clause was on
            recipients = addressed
            # (a party the first clause gave no words: "the government of HKG")
            named = ", ".join(
                f"'{r.text}'" if r.text else f"the {r.sector or 'state'} of {r.code}"
                for r in addressed
            )
            why.append(f"recipient: {named}, whom the clause joined before was on")
        if not recipients and pattern.event in REACTION_TYPES:
            recipients = self._maker_named_on(trigger, sent, ctx, day, actors, why)
        if not recipients and pattern.event in REACTION_TYPES:
            # "criticised the agreement, accusing the government of conceding too much":
            # one reproach, whose participle names the party reproached
            recipients = self._parties_besides(
                self._reproached_in_the_participle(trigger),
                "the one its participle reproaches",
                sent,
                ctx,
                day,
                actors,
                why,
            )
        if not recipients and pattern.event in REACTION_TYPES:
            for found in self._blamed_in_the_reason(trigger, sent, ctx, day, actors):
                recipients.append(found.entity)
                why.append(f"recipient (the one the reason it gives blames): {found.why}")
        if not recipients and (
            pattern.event in REACTION_TYPES
            # ("vowed that the strikes would not go unanswered": an answer to the strikers)
            or trigger.pattern.text.startswith("answer promised")
        ):
            # "condemned the strikes": the party that struck, named in an earlier sentence
            recipients = self._earlier_act(trigger, ctx, actors, why)
        if not recipients and pattern.event in REACTION_TYPES:
            # "Estonian authorities removed a statue ... Lavrov called the removal
            # disgraceful": the deed no event retold, by whoever the verb it names had
            recipients = self._doer_of_the_deed(trigger, sent, ctx, day, actors, why)
        if not recipients and pattern.event == "ACCUSE":
            # "condemned the crackdown and urged the junta to free the detainees": the
            # one asked to undo it is the one reproached
            recipients = self._parties_besides(
                _urged_to_undo(trigger.head),
                "the one the joined demand asks to undo it",
                sent,
                ctx,
                day,
                actors,
                why,
            )
        if (
            not recipients
            and pattern.event in ANSWERING_TYPES
            and (asked := _makers_of_what_it_answers(trigger, ctx, actors))
        ):
            # "Ukraine demanded a ceasefire, which the Russian side refused": a refusal
            # on what another demanded or offered answers that one
            recipients = asked
            why.extend(f"recipient (who asked for what it answers): '{r.text}'" for r in asked)
        if (
            not recipients
            and pattern.event in REACTION_TYPES
            and (doer := self._noted_doer(trigger))
        ):
            # "postponed the election, a decision the opposition called a coup": a note on a
            # clause that told no coded act is on that clause's doer
            noted = [
                r
                for r in self._resolve([doer], sent, ctx, day)
                if not any(_same(r.entity, a) for a in actors)
            ]
            recipients = [r.entity for r in noted]
            why.extend(f"recipient (doer of the clause noted): {r.why}" for r in noted)
        if (
            not recipients
            and pattern.event == "ACCUSE"
            and fact.label == "asserted"
            and trigger.pattern.form == "verb"
            and not any(c.dep_ in BARE_REACTION_DEPS for c in trigger.head.children)
            and (acted := _act_on_the_actor(trigger.head, ctx, actors)) is not None
        ):
            # "the Pentagon shot down a Chinese balloon ... China protested": a bare
            # protest answers the last act done to the protester
            event, recipients = acted
            named = ", ".join(f"'{r.text}'" for r in recipients)
            why.append(f"recipient: the {event} just told by {named} was done to the actor")
        if (
            not recipients
            and pattern.event == "ACCUSE"
            and fact.label == "asserted"
            and trigger.head.lemma_.lower() in self.lexicon.classes.get("feeling", frozenset())
            and not any(c.dep_ in FELT_ABOUT_DEPS for c in trigger.head.children)
            and (deed := _deed_felt_about(trigger.head, ctx, actors)) is not None
        ):
            # "Bolivia nationalised its gas fields ... Spain said it was deeply concerned":
            # a feeling about nothing named is about the last deed the story told
            event, recipients = deed
            named = ", ".join(f"'{r.text}'" for r in recipients)
            why.append(f"recipient: the doer of the {event} just told, {named}")
        if (
            not recipients
            and (
                {pattern.event, trigger.pattern.event} & {"ACCUSE", "ASSAULT", "COERCE"}
                # (a refusal the lexicon tells, not a concession refused: "would not pull
                # its troops back" keeps its own)
                or trigger.pattern.event == "REJECT"
            )
            and (owner := _owner_of_the_object(trigger))
        ):
            # "Nicaragua cut ties after the Dutch government criticised its human rights
            # record": one criticises another's record, not its own; so one strikes or
            # seizes another's ("should Iran resume enrichment, the US would strike its
            # nuclear sites"); and one rejects another's demand ("rejected their demand")
            form = POSSESSIVE_SUBJECTS[owner.lower_]
            within = trigger.pattern.event == "REJECT"
            found = ctx.anothers_antecedent(owner, form, actors, within=within)
            if found is not None:
                # (of the sector the owned words name: "two of its soldiers" are its army)
                named = self.resolver.agent_sector([owner.head])
                sector = named[0] if named else found.entity.sector
                recipients = [dataclasses.replace(found.entity, text=owner.text, sector=sector)]
                why.append(
                    f"recipient: '{owner.text}' refers to '{found.entity.text}': {found.why}"
                )
        if not recipients and (
            any(  # "vowed to retaliate", "said it would respond"
                w.lemma_.lower() in RETALIATION_LEMMAS | REPELLING_LEMMAS and not _answers_any(w)
                for w in (trigger.head, *trigger.words)
            )
            # "troops returned fire", "fired back with howitzers"
            or trigger.pattern.text in ("return +fire", "fire back")
        ):
            # "Moscow vowed to retaliate": against whoever last struck it
            recipients = _attacker_of(actors, trigger, ctx, why)
        if (
            trigger.pattern.mode == "expel"
            and trigger.noun is not None
            and trigger.noun.lemma_.lower() in ENVOY_WORDS
            and party_modifiers(trigger.noun)
        ):
            # "expelled Colombia's ambassador from Quito", "ordered the U.S. ambassador in
            # Caracas to leave in solidarity with Bolivia": whom the envoy's own state
            # names, not where the envoy served nor for whose sake
            envoys = [
                r
                for r in self._resolve([trigger.noun], sent, ctx, day)
                if r.entity.code not in (None, NO_COUNTRY) and not _ours(r.entity, actors)
            ]
            if envoys:
                recipients = [r.entity for r in envoys]
                why.extend(f"recipient (the envoy expelled): {r.why}" for r in envoys)
        if (
            not recipients
            and pattern.mode == "expel"
            and (envoys_told := _their_envoys(trigger)) is not None
        ):
            # "broke relations with Colombia and gave its diplomats 24 hours to leave": the
            # envoys of the state the sentence named last before them, not the actor's own
            named = [
                r
                for t in sent
                if t.i < envoys_told.i
                and (match := ctx.names.get(t.i)) is not None
                and match.start == t.i
                and match.entry.kind in STATE_KINDS
                for r in self._resolve([t], sent, ctx, day)
                if _a_state_code(r.entity.code) and not _ours(r.entity, actors)
            ]
            if named:
                recipients = [dataclasses.replace(named[-1].entity, sector="GOV")]
                why.append(f"recipient (the envoys of '{named[-1].entity.text}', named before)")
        if (
            not recipients
            and pattern.event == "SANCTION"
            and trigger.pattern.mode == "withdraw"
            and trigger.noun is not None
            and trigger.noun.lemma_.lower() in ENVOY_WORDS
        ):
            # "recalled its ambassador in Seoul", "summoned its ambassadors home from
            # Caracas, La Paz and Quito": from the states they are posted to
            posts = [
                place
                for holder in (
                    trigger.noun,
                    trigger.head,
                    *(c for c in trigger.head.children if c.lower_ in ("home", "back")),
                )
                for prep in holder.children
                if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "to")
                for obj in prep.children
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN"
                for place in (obj, *obj.conjuncts)
            ]
            recipients = [
                r.entity
                for r in self._resolve(posts, sent, ctx, day)
                if _a_state_code(r.entity.code) and not _ours(r.entity, actors)
            ]
            why.extend(f"recipient (where the envoy served): '{r.text}'" for r in recipients)
        # "clashed with", or a death "in clashes between" two sides
        two_sided = (
            trigger.pattern.text in self.lexicon.two_sided or roles.actor_role == FIGHT_ROLE
        ) and pattern.event != "THREATEN"  # "vowed to keep fighting the Taliban": one side's
        if (
            two_sided
            and trigger.pattern.form == "object"
            and trigger.noun is not None
            # "exchanged heavy artillery fire": the fire the pattern names is the act
            and (
                trigger.noun.lemma_.lower() != trigger.pattern.noun
                or (trigger.pattern.noun,) in self.resolver.kb.agents
            )
        ):
            # "fought Congolese troops": the object noun is the other side
            for resolution in self._resolve([trigger.noun], sent, ctx, day):
                recipients.append(resolution.entity)
                why.append(f"other side (object): {resolution.why}")
        if (
            # ("expelled the Philippine vessel from Chinese waters": the actor's own waters
            # are where, and the vessel's state is whom)
            not [r for r in recipients if not (r.sector is None and _ours(r, actors))]
            and trigger.noun is not None
            # an event noun ("launched missile strikes") is the act, not a party to it
            and trigger.pattern.form != "noun"
            # "took to the streets of Tbilisi": where a protest is, not whom it is put to
            and not (pattern.event == "PROTEST" and trigger.noun.lemma_.lower() in STREETS)
            # ("took the dispute to an international court": where, not whom)
            and not means_of_the_act(trigger)
            # (the subject of the verb, not of another whose subject a passive shares:
            # "bombers flew a patrol and were intercepted")
            and not (trigger.noun.dep_ == "nsubj" and trigger.noun.head.i == trigger.head.i)
            and trigger.noun not in roles.actor_heads  # "came under Israeli bombardment"
            # "hurled petrol bombs": a weapon is no party, nor is aid ("send air defence
            # systems" gives no recipient of the army's sector)
            and trigger.noun.lemma_.lower() not in self.lexicon.classes.get("weapon", ())
            # "accepted the resignation of the prime minister": the one who resigns acts
            and trigger.noun.lemma_.lower() not in self.lexicon.classes.get("self_act", ())
            # "used excessive force": force in the singular is a means, not the forces
            and not (trigger.noun.lower_ == "force" and trigger.noun.tag_ == "NN")
            # "voiced opposition to the deal": a stance, not the opposition parties
            and not _a_stance(trigger.noun)
            # "led a march of 25,000 people": the marchers, whom it is not against
            and not (
                (pattern.event, pattern.mode) == ("PROTEST", "demo")
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.noun.children)
            )
            # (the act's own type, where its intent is coded: "could send more troops"
            # threatens, with the troops still its own)
            and not (
                "AID" in (pattern.event, trigger.pattern.event)
                and trigger.noun.lemma_.lower() in self.lexicon.classes.get("aid", ())
            )
            and not (
                "MOBILIZE" in (pattern.event, trigger.pattern.event)
                and trigger.noun.lemma_.lower() in self.lexicon.classes.get("force", ())
                # ("intercepted two Russian bombers": forces another state's name marks
                # are met, not moved)
                and not (trigger.pattern.noun == "$warplane" and named_by_state(trigger.noun))
            )  # "massed troops in Belarus": its own troops, not a party
        ):
            # the event noun may name the other party: "expelled two Russian diplomats",
            # "rejected a Senegalese peace plan"
            # the state's own, where the actor is the state: rebels of a country attacking
            # its army's base attack another party ("militants attacked a military base")
            own = {a.code for a in actors if a.sector is None or a.sector in STATE_FORCES}
            if pattern.event in TARGETING_TYPES:
                own = set()  # "dissolved parliament", "arrested an officer": still a target
            named = [
                r
                for n in conjuncts(trigger.noun)
                # ("expressed strong dissatisfaction and firm opposition": a stance joined
                # to the event noun, no opposition party)
                if n.i == trigger.noun.i or not _a_stance(n)
                for r in self._resolve([n], sent, ctx, day)
            ]
            if relief_carried(self.lexicon, trigger.noun):
                named = []  # "sent planes carrying supplies": the planes are no party
            if not named:
                named = self._own_people([trigger.noun], pattern, sent, ctx, day)
            if (
                pattern.event == "ASSAULT"
                and _settlements_struck(trigger, trigger.noun, named)
                and not _said_holders(trigger.noun)
            ):
                # "burned Rohingya villages": their people
                named = self._settlers(trigger.noun, named, sent, ctx)
            if pattern.event not in CAPITAL_NOT_GOVERNMENT_RECIPIENT:
                named = _capital_as_government(named)  # "would help Baghdad"
            named = _officials_removed(named, actors, pattern)
            if (
                pattern.event in ("ASSAULT", "COERCE")
                and not any(r.entity.code not in (None, NO_COUNTRY) for r in named)
                and (holders := _said_holders(trigger.noun))
            ):
                # "struck a fuel depot held by the RSF": the target's holder is hit
                for resolution in self._resolve(holders, sent, ctx, day):
                    recipients.append(resolution.entity)
                    why.append(f"recipient (holder of '{trigger.noun.text}'): {resolution.why}")
                named = []
            if pattern.event == "PROTEST":
                # "protesters blockaded government buildings", "burned a police station":
                # their own state's buildings are where they protest, not a party it is
                # put to (another's embassy or flag is: "attacked the Saudi embassy")
                named = [r for r in named if not _ours(r.entity, actors)]
            # "hosted Putin and Kim": each party of a coordinated object
            for resolution in named:
                if pattern.event == "ASSAULT":
                    (resolution,) = _not_the_strikers_own_forces([resolution], actors, sent, ctx)
                found = resolution.entity
                # a state's own forces or officials as the object are its instruments
                # ("deployed troops"); its people are the ones acted on ("beat protesters")
                target = found.sector is not None and found.sector not in STATE_FORCES
                # (a person or a body a pattern names as its object is the other party:
                # "the army recognized Maduro", "the guard ousted Bazoum")
                target = target or trigger.pattern.noun in PARTY_CLASSES
                # (nor are its forces its instruments where it judges them: "Thaksin defended
                # the security forces")
                # (nor where it withholds a judgement: "no longer recognised the interim
                # government" rejects it)
                judged = pattern.event in JUDGING_TYPES or (
                    pattern.event == "REJECT" and trigger.pattern.event == "SUPPORT"
                )
                target = target or (judged and found.sector is not None)
                if any(
                    r.code == found.code
                    and r.text
                    and found.text
                    and (r.text in found.text or found.text in r.text)
                    for r in recipients
                ):
                    continue  # "captured the city of Bukavu": Bukavu, found in its "of"
                # ("gangs attacked a police station", "beat protesters": a target known
                # by its kind alone)
                known = (
                    found.code != NO_COUNTRY
                    # ("took in the migrants": those sheltered, of whatever state)
                    or (pattern.event == "AID" and found.sector == "REF")
                ) or (
                    pattern.event in TARGETING_TYPES
                    and found.sector is not None
                    # (a force, only where the pattern names a class of targets: not
                    # "launched 40 drones", the launcher's own)
                    and (target or (trigger.pattern.noun or "").startswith("$"))
                    # (not the bare noun of an idiom, "was taken hostage", nor what is
                    # fired, "exchanged artillery fire")
                    and not (trigger.noun.tag_ == "NN" and trigger.noun.n_lefts == 0)
                    and not two_sided
                    and trigger.noun.lemma_.lower() not in self.lexicon.classes.get("weapon", ())
                )
                if (
                    pattern.event == "ASSAULT"
                    and found.sector == "MIL"
                    and found.code in {a.code for a in actors if a.sector in (None, "GOV", "MIL")}
                    and not (trigger.pattern.noun or "").startswith("$")
                ):
                    continue  # "the drones Russia launched": the state's own arms
                if known and (found.code not in own or target):
                    recipients.append(resolution.entity)
                    why.append(f"recipient (event noun): {resolution.why}")
            if any(r.code not in (None, NO_COUNTRY) and not _ours(r, actors) for r in recipients):
                recipients = [r for r in recipients if not (r.sector is None and _ours(r, actors))]
        if two_sided and recipients and not _victims_of(trigger):
            # two-sided violence: all participants are actors (PLOVER manual, ASSAULT)
            actors.extend(recipients)
            recipients = []
            why.append("two-sided: all participants are actors")
        if (
            not recipients
            and fact.reporter is not None
            and fact.reporter.lower_ not in SUBJECT_PRONOUNS | FIRST_PERSON
            # ("kidnapped 19 of its crew, the vessel's manager said": the thing the
            # speaker is of is what "its" refers to)
            and not any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in fact.reporter.children)
            and any(
                (owner := _own(h)) is not None and owner.lower_ == "its"
                for h in (*roles.recipient_heads, *_state_grounds(trigger))
            )
            and roles.actor_heads
            and (
                all(counted(h).tag_ in ("NNS", "NNPS") for h in roles.actor_heads)
                or bool(_state_grounds(trigger))
            )
        ):
            # "Azerbaijan said Armenian forces had opened fire on its positions": in a
            # reported act of plural others, "its" is the speaker's (while "prisoners set
            # fire to their mattresses" burn their own); and a state's grounds are a
            # state's ("Estonia said a Russian ship had entered its territorial waters")
            speakers = self._resolve([fact.reporter], sent, ctx, day, actor=True)
            codes = {a.code for a in actors}
            known = [r for r in speakers if r.entity.code not in (None, NO_COUNTRY)]
            if known and not codes & {r.entity.code for r in known}:
                for resolution in known:
                    recipients.append(resolution.entity)
                    why.append(f"recipient: 'its' is the speaker's: {resolution.why}")
        if (
            all(r.code == NO_COUNTRY for r in recipients)
            and (recipients or (aimed := _aimed_at_something(trigger)) is not None)
            and ontology.event_types()[pattern.event].quad_class in CONFLICT_QUADS
            and (accuser := _accuser_of_its(trigger, owned_only=False)) is not None
        ):
            # "the Philippines accused Chinese vessels of firing water cannon at a
            # government ship": a target the accuser names without a state is its own
            home = [
                r.entity
                for r in self._resolve([accuser], sent, ctx, day, actor=True)
                if _a_state_code(r.entity.code)
            ]
            if len(home) == 1 and not any(a.code == home[0].code for a in actors):
                code = home[0].code
                recipients = [dataclasses.replace(r, code=code) for r in recipients] or [
                    Entity(_phrase(aimed), code, None)
                ]
                why.append(
                    f"recipient: a target the accuser names with no state is its own, {code}"
                )
        if not recipients and (accuser := _accuser_of_its(trigger)) is not None:
            # "China accused the Philippines of ramming its vessel": the accuser's vessel
            for resolution in self._resolve([accuser], sent, ctx, day, actor=True):
                recipients.append(resolution.entity)
                why.append(
                    f"recipient: 'its' in the act alleged is the accuser's: {resolution.why}"
                )
        if (
            not recipients
            and pattern.event in PROMPTED_TYPES
            # "appealed to Western allies for air defence after Russia launched ...": to
            # whom it was put, though the tables do not know them
            and not (
                pattern.event == "REQUEST"
                and any(
                    h.i in unresolved and counted(h).tag_ in ("NNS", "NNPS", "NNP")
                    for h in roles.recipient_heads
                )
            )
        ):
            # "Japan lodged a protest after a Chinese aircraft violated its airspace": at
            # the party whose act prompted it
            doers = [d for h in _prompting_doers(trigger.head, self.lexicon) for d in conjuncts(h)]
            for found in self._other_parties(doers, actors, sent, ctx, day):
                recipients.append(found.entity)
                why.append(f"recipient (whose act prompted it): {found.why}")
        if not recipients and pattern.event in PLACE_TARGET_TYPES | {"SANCTION"}:
            # "nationalised a gold mine owned by a Canadian company", "seized a tanker
            # operated by a Greek firm": the thing's owner is whom the act is aimed at
            # (one of the actors' own state and kind may own it: "mobs burned homes
            # belonging to ethnic Uzbeks", so only the actors themselves are left out)
            for owner in _owners_of_the_object(trigger.head):
                for found in self._resolve([owner], sent, ctx, day):
                    if found.entity.code in (None, NO_COUNTRY) or any(
                        _same(found.entity, a) for a in actors
                    ):
                        continue
                    recipients.append(found.entity)
                    why.append(f"recipient (the owner of what was acted on): {found.why}")
        if not recipients and pattern.event in PLACE_TARGET_TYPES:
            # "opened fire on demonstrators, killing one and arresting 12": a bare number
            # counts some of those the same actors just acted on in the sentence
            counted_number = next(
                (
                    c
                    for c in trigger.head.children
                    if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NUM" and not list(c.children)
                ),
                None,
            )
            # "beat demonstrators with batons and fired tear gas": a joined means of crowd
            # control that names no target is used on the crowd the first act was
            joined = (
                trigger.head.head.i
                if trigger.head.dep_ == "conj" and pattern.mode == "crowd-control"
                else None
            )
            if counted_number is not None:
                joined = None  # (any act of the sentence's: "killing one and arresting 12")
            earlier = (
                _acted_on_before(ctx, sent, trigger.head.i, actors, joined, pattern.event)
                if counted_number is not None or joined is not None
                else None
            )
            if earlier is not None:
                event, done_to = earlier
                named = ", ".join(repr(r.text) for r in done_to)
                if counted_number is not None:
                    recipients = [dataclasses.replace(r, text=counted_number.text) for r in done_to]
                    why.append(
                        f"recipient: '{counted_number.text}' counts those of the {event} "
                        f"just told: {named}"
                    )
                else:
                    recipients = list(done_to)
                    why.append(f"recipient: those of the {event} it is joined to: {named}")
        # strikes named by their maker ("US drone strikes") hit others than its own
        struck = roles.actor_role == NOUN_MODIFIER_ROLE and pattern.event == "ASSAULT"
        if lent:
            # "The government ordered the French ambassador to leave": the story's one
            # state name is the recipient's own, which tells nothing of whose government
            # acted
            actors = [_unlent(a, recipients, lent, ctx, why) for a in actors]
        event_loc = self._locate(trigger, roles, ctx, pattern.event, frozenset(unresolved))
        if event_loc and pattern.event in TOWN_PEOPLE_TYPES:
            _people_of_the_place(recipients, event_loc, why)
        if event_loc and not actors and _done_by_the_authorities(trigger, pattern):
            # "a US national was put under investigation in Italy", "was arrested in
            # Moscow": an arrest or an inquiry with no one named to make it is the
            # state's where it is made
            code = event_loc["country_code"]
            if _a_state_code(code):
                actors = [Entity(text="", code=code, sector=None)]
                why.append(
                    f"actor: the authorities of {code}, where '{event_loc['extracted_place']}' "
                    "is, make an arrest or an inquiry that names no one making it"
                )
        if _deported_not_sanctioned(trigger, pattern, recipients):
            # "Israel expelled 415 Palestinians": people sent out of a state are deported
            # (COERCE), where its envoys or a member of a body are sanctioned
            pattern = dataclasses.replace(pattern, event="COERCE", mode="deport")
            why.append("the expulsion of people, not of envoys nor from a body, is a deportation")
        if not struck:
            _counterpart_country(actors, recipients, why, pattern.event, pattern.mode)
        mode = pattern.mode
        if pattern.event == "ASSAULT" and any(
            c.lower_ == "sexually" for c in trigger.head.children
        ):
            mode = "sexual"  # "sexually abused migrants": however the act is worded
        elif mode == "firearms" and _fire_of(trigger.noun, self.lexicon.classes):
            mode = "heavy-weapons"  # "exchanged artillery fire", "came under mortar fire"
        if pattern.event == "CONSULT":
            actors, recipients, mode = self._consult_sides(trigger, actors, recipients, mode, why)
            actors, recipients, mode = _visit_by_place(
                trigger, ctx, actors, recipients, mode, why, event_loc
            )
        if fact.cue:
            why.append(f"{fact.label}: {fact.cue}")
        attributed = None
        if fact.reporter is not None:
            found = self._resolve([fact.reporter], sent, ctx, day)
            if found:
                attributed = found[0].entity
                if (
                    found[0].code_from == "sentence"
                    and counted(fact.reporter).lemma_.lower() in OUTSIDE_SPEAKERS
                ):
                    # "..., in Gaza, diplomats said", "talks in Caracas, negotiators said":
                    # those who speak of a place from outside are not its people, as its
                    # police or witnesses are
                    attributed = dataclasses.replace(attributed, code=NO_COUNTRY)
                own = next((a for a in actors if a.code not in (None, NO_COUNTRY)), None)
                if (
                    (found[0].code_from or attributed.code == NO_COUNTRY)
                    and own is not None
                    and own.sector in (None, *OFFICIAL_SECTORS, *STATE_FORCES)
                    and _state_medium(fact.reporter)
                ):
                    # "the junta expelled the French envoy, state television reported"
                    attributed = dataclasses.replace(attributed, code=own.code)
                    why.append(f"'{fact.reporter.text}' is the state's own, {own.code}")
                elif (
                    found[0].code_from
                    and own is not None
                    and counted(fact.reporter).lemma_.lower() in SPOKESPEOPLE
                    and not any(c.dep_ in ("poss", "prep") for c in fact.reporter.children)
                ):
                    # "border guards detained 14 migrants who crossed from Belarus, a
                    # spokeswoman said": a spokesperson of no one named speaks for the doer
                    attributed = dataclasses.replace(attributed, code=own.code, name=own.name)
                    why.append(f"'{fact.reporter.text}' speaks for the actor, {own.code}")
                elif (
                    (found[0].code_from or attributed.code == NO_COUNTRY)
                    and own is not None
                    and pattern.event in FORCE_TYPES
                    and own.sector in (None, *STATE_FORCES)
                    and _forces_own_voice(fact.reporter)
                ):
                    # "Turkey struck militants in northern Iraq, the defence ministry
                    # said": a state's forces report their own operations
                    attributed = dataclasses.replace(attributed, code=own.code, name=own.name)
                    why.append(f"'{fact.reporter.text}' speaks for its own forces, {own.code}")
                elif (
                    (found[0].code_from or attributed.code == NO_COUNTRY)
                    and own is not None
                    and pattern.event not in FORCE_TYPES | {"PROTEST"}
                    and own.sector in (None, "GOV")
                    and counted(fact.reporter).lemma_.lower() in STATE_VOICES
                ):
                    # "Chad ended its defence pact with France, the foreign ministry said":
                    # a state's ministry announces its own state's acts of policy
                    attributed = dataclasses.replace(attributed, code=own.code, name=own.name)
                    why.append(f"'{fact.reporter.text}' announces its own state's act, {own.code}")
            else:
                attributed = Entity(text=_phrase(fact.reporter), code=None, sector=None)
                own = next((a for a in actors if a.code not in (None, NO_COUNTRY)), None)
                if (
                    own is not None
                    and own.sector in STATE_FORCES
                    and fact.reporter.lemma_.lower() in BODY_WORDS
                    and [c.lower_ for c in fact.reporter.children] == ["the"]
                ):
                    # "Taiwan's coast guard expelled a vessel, the agency said": the
                    # state body that acted speaks of its own act
                    attributed = dataclasses.replace(attributed, code=own.code, sector=own.sector)
                    why.append(f"'{fact.reporter.text}' is the body that acted, {own.code}")
        held_in = None  # the state where a protest no one is named to hold is held
        if event_loc:
            why.append(f"place '{event_loc['extracted_place']}' in the clause")
            if pattern.event == "PROTEST" and not {a.code for a in actors} - {None, NO_COUNTRY}:
                # "protests erupted in Minsk": its people's, put to no one the text names
                held_in = event_loc["country_code"]
            foreign = event_loc["country_code"] not in {a.code for a in actors}
            own_codes = {a.code for a in actors} - {None, NO_COUNTRY}
            if (
                foreign
                and pattern.event in ("CONCEDE", "RETREAT")
                and recipients
                and all(r.code in own_codes and r.sector is None for r in recipients)
            ):
                # "Medvedev ordered a halt to Russia's military operations in Georgia":
                # one's own state, the owner of what one gives up, is no party it is
                # given up to; the other state where it was done is
                recipients = []
                why.append("the recipient is the actor's own state: not the one yielded to")
            # "imposed a curfew in Dhaka": confining one's own towns is put on no party
            confined_at_home = mode in CONFINING_MODES and not foreign
            if confined_at_home and not recipients:
                why.append("confining one's own ground is put on no party")
            if (
                not recipients
                and not two_sided
                and held_in is None
                # "Addis Ababa and the Tigrayan forces signed a cessation of hostilities in
                # Pretoria": a truce between its parties, where they met
                and not (mode == "ceasefire" and len(actors) > 1)
                and not confined_at_home
                # a stated intention ("will evacuate settlements in Gaza") is directed
                # where the act it intends would be
                and (
                    trigger.pattern.event in PLACE_DIRECTED_TYPES
                    or (trigger.pattern.event in FOREIGN_PLACE_DIRECTED_TYPES and foreign)
                    # "the Pakistani foreign minister, who was in New Delhi for talks": a
                    # visit to the state that hosts it
                    or (
                        pattern.event == "CONSULT"
                        and mode is None
                        and foreign
                        # (one official abroad, not two sides at a venue: "the government
                        # and the rebels began talks in Bangkok")
                        and len(actors) == 1
                        and actors[0].sector == "GOV"
                        and len(own_codes) == 1
                        and not own_codes & INTERNATIONAL_CODES
                        # ("attended a meeting in Phnom Penh", "chaired the meeting in
                        # Cairo": a gathering's venue, no host met)
                        and not (
                            trigger.noun is not None and trigger.noun.lemma_.lower() in VENUE_NOUNS
                        )
                        and _alone_abroad(trigger)
                        and fact.label == "asserted"
                    )
                    # "demonstrated in Serbia": a protest told as in a state, not in a town
                    # of it, is put to that state
                    or (pattern.event == "PROTEST" and event_loc.get("feature_class") != "P")
                )
                # ("Palestinian leaders called a general strike in the West Bank": a
                # government's protest is not put to itself)
                and not (
                    pattern.event == "PROTEST"
                    and any(
                        a.code == event_loc["country_code"] and a.sector == "GOV" for a in actors
                    )
                )
            ):
                # "bombers struck in Tel Aviv", "protesters marched in Algiers": with no
                # other party named, the act is directed at the state where it happens
                # a protest is put to the government there ("marched in Algiers")
                sector = "GOV" if pattern.event == "PROTEST" else None
                recipients = [
                    Entity(
                        text=event_loc["extracted_place"],
                        code=event_loc["country_code"],
                        sector=sector,
                        name=event_loc["resolved_place"],
                    )
                ]
                why.append(
                    f"recipient: the state of '{event_loc['extracted_place']}', where it happened"
                    + (", its government" if sector else "")
                )
                if event_loc.get("feature_class") == "P":
                    towns.add(id(recipients[0]))
                if pattern.event == "CONSULT":
                    mode = "visit"
                    why.append("mode visit: talks held in another state")
        if pattern.event == "ASSAULT" and not recipients and not two_sided:
            # "stormed a shopping mall, killing at least 39 people": where the act names no
            # party and no place, those its toll counts are the ones attacked
            # (police, rebels or rioters strike at home: "police opened fire, killing
            # five" counts the story's state's people, not a stranger's)
            at_home = bool(actors) and all(a.sector in DOMESTIC_SECTORS for a in actors)
            for victim in _toll_victims(trigger.head):
                resolved = self._resolve([victim], sent, ctx, day)
                if not at_home:
                    # ("U.S. forces struck a boat, killing three people", in a story that
                    # names the US most: the dead are not told to be American)
                    resolved = _unknown_beyond_the_striker(
                        resolved, actors, (FROM_ONLY_NAME, FROM_DOCUMENT)
                    )
                for found in resolved:
                    if not any(_same(found.entity, a) for a in actors):
                        recipients.append(found.entity)
                        why.append(f"recipient (those its toll counts): {found.why}")
        elif pattern.event == "ASSAULT" and recipients and not two_sided:
            # "fired into crowds, killing nine people, including a Japanese journalist":
            # the dead the words give a state of their own are struck too
            for victim in _toll_victims(trigger.head):
                resolved = self._resolve([victim], sent, ctx, day)
                for found in self._nationals_told_aside(victim, resolved, ctx, day):
                    entity = found.entity
                    if not any(_same_party(entity, p) for p in (*recipients, *actors)):
                        recipients.append(entity)
                        why.append(f"recipient (those its toll counts): {found.why}")
        if pattern.event in RETALIATING_TYPES and not recipients and not two_sided:
            # "imposed export controls in retaliation for US tariffs": at whoever made
            # the act it answers
            wrongs = self.lexicon.classes.get("disapproval", frozenset())
            for head, role in answered_party(trigger.head, wrongs):
                recipients += self._parties_besides(
                    [head], role, sent, ctx, day, actors, why, other_states=True
                )
        if pattern.event == "PROTEST" and not recipients and not two_sided:
            # "marched to demand his resignation", "a strike against the reform": put to
            # the government of the protesters' state; a protest told with no aim ("crowds
            # set fire to buildings", "blocked roads") is put to no one, as the PLOVER
            # manual gives a recipient only where the text names one
            if self._aimed_at_the_government(trigger, sent, ctx, day, actors):
                recipients = _own_government(actors, why)
        elif pattern.event == "REQUEST" and not recipients and (refuge := _refuge_sought(trigger)):
            # "sought asylum in Mexico": asked of the state one flees to
            for found in self._resolve(refuge, sent, ctx, day):
                if found.entity.code not in (None, NO_COUNTRY) and found.entity.code.isalpha():
                    recipients.append(found.entity)
                    why.append(f"recipient (where refuge is sought): {found.why}")
        if pattern.event == "PROTEST" and not actors and trigger.noun is not None:
            # "Protests erupted in Minsk", "demonstrations against Lukashenko spread": a
            # protest no one is named to hold is held by the people of the state it is
            # put to (no words name them, so the text is empty)
            states = {r.code for r in recipients if r.sector == "GOV"} - {None, NO_COUNTRY}
            if not recipients and held_in not in (None, NO_COUNTRY):
                states = {held_in}
            if len(states) == 1 and not states & INTERNATIONAL_CODES:
                code = next(iter(states))
                actors = [Entity(text="", code=code, sector="CVL")]
                why.append(f"actor: a protest no one is named to hold is held by people of {code}")
        # (aid goes where the story is set, where no state dominates its names: a
        # disaster abroad draws donors that the story names as often as the stricken)
        story = ctx.country or (ctx.setting if pattern.event == "AID" else None)
        if (
            (
                pattern.event in AIMED_TYPES
                # "stopped short of lifting sanctions", "eased the embargo": a measure
                # lifted or kept is aimed as it was imposed
                or (
                    pattern.event in ANSWERING_TYPES
                    and trigger.noun is not None
                    and trigger.noun.lemma_.lower() in KEPT_MEASURES
                )
            )
            and not two_sided
            and story is not None
            and actors
            and all(a.code not in (None, NO_COUNTRY, story[0]) for a in actors)
        ):
            code = story[0]
            if not recipients and not roles.recipient_heads:
                # "The African Union warned of sanctions", in a story about Togo: a
                # threat, sanction or condemnation by another party, aimed at no one the
                # sentence names, is aimed at the state the story is about (a party
                # named that the tables cannot resolve is not overruled: "the group")
                recipients = [Entity(text="", code=code, sector=None)]
                why.append(f"recipient: the state the story is about, {code} ({story[1]})")
            elif pattern.event == "AID" and all(r.code in (None, NO_COUNTRY) for r in recipients):
                # "dropped food to the refugees", "ferried food to villages cut off by
                # floods": those aid is given to, of no state named, are of the story's
                recipients = [dataclasses.replace(r, code=code) for r in recipients] or [
                    Entity(text="", code=code, sector=None)
                ]
                why.append(f"recipient: of the state the story is about, {code} ({story[1]})")
        if (
            pattern.event == "ASSAULT"
            and not recipients
            and not roles.recipient_heads
            and (crowd := _crowd_driven_back(trigger.head))
        ):
            # "used pepper spray to push back her supporters", "fired rubber bullets and
            # charged crowds": at those the force was used to move
            recipients = [
                r.entity
                for r in self._resolve(crowd, sent, ctx, day)
                if not any(_kin(r.entity, a) and r.entity.sector == a.sector for a in actors)
            ]
            why.extend(f"recipient (those driven back): '{r.text}'" for r in recipients)
        if mode == "crowd-control" and not recipients and not roles.recipient_heads:
            # "Thousands protested outside parliament. Riot police used water cannon to
            # clear the avenue": the crowd is the protest's, told just before
            recipients = _last_crowd(trigger.head, ctx, why)
            # (the police who clear a crowd of one state are that state's)
            _counterpart_country(actors, recipients, why, pattern.event, mode)
        if (
            pattern.event == "REJECT"
            and not recipients
            and not roles.recipient_heads
            and (refused := _refused_leave(trigger.head)) is not None
        ):
            # "border guards refused to let Louise Arbour enter Kosovo": at the one
            # refused leave
            recipients = [
                r.entity
                for r in self._resolve(conjuncts(refused), sent, ctx, day)
                if not any(_kin(r.entity, a) for a in actors)
            ]
            why.extend(f"recipient (refused leave): '{r.text}'" for r in recipients)
        if (
            pattern.event == "REJECT"
            and not recipients
            # (the thing refused may be taken for the party: "a proposal rejected by")
            and all(h.lemma_.lower() in ASKED_THING_NOUNS for h in roles.recipient_heads)
            and (askers := _demand_refused(trigger, ctx, actors)) is not None
        ):
            # "the opposition demanded Pashinyan's resignation, but he refused to step
            # down": the refusal answers those who made the demand
            recipients = askers
            named = ", ".join(f"'{a.text}'" for a in askers)
            why.append(f"recipient: {named}, whose demand of the actor it refuses")
        if pattern.event == "REQUEST" and not recipients and not roles.recipient_heads:
            # "lodged a protest with Beijing and demanded an apology": the demand is of
            # the party the joined reproach was aimed at
            recipients = _reproach_joined(trigger.head, ctx, actors, why)
        if pattern.event == "ACCUSE" and not recipients:
            # "was shocked by the way Hungary had treated the refugees": at the one whose
            # manner of acting is judged
            doers = _doers_of_a_manner(roles.recipient_heads)
            recipients = self._parties_besides(
                doers,
                "whose way of acting is judged",
                sent,
                ctx,
                day,
                actors,
                why,
                other_states=True,
            )
        if (
            pattern.event == "REJECT"
            and not recipients
            and trigger.head.pos_ == "VERB"
            and all(h.pos_ == "NOUN" for h in roles.recipient_heads)
        ):
            # "the mutineers rejected the amnesty and demanded that Patasse step down":
            # what one refuses is offered by the one a joined demand is made of (not the
            # actor's own side: "refused orders and called on other soldiers to join")
            addressed = _addressed_by_a_joined_demand(trigger.head)
            recipients = [
                r.entity
                for r in self._resolve(addressed, sent, ctx, day)
                if r.entity.code not in (None, NO_COUNTRY)
                and not any(_same_party(r.entity, a) for a in actors)
            ]
            why.extend(f"recipient (of the demand joined to it): '{r.text}'" for r in recipients)
        if pattern.event in ("ACCUSE", "REQUEST") and not recipients:
            # "lodged a protest through North Korea's embassy in Beijing": with the state
            # whose embassy carried it
            senders = _conveyed_through(trigger.head)
            role = "whose embassy carried it, GOV"
            recipients = [
                dataclasses.replace(e, sector="GOV")  # (its embassy speaks for its government)
                for e in self._parties_besides(
                    senders, role, sent, ctx, day, actors, why, other_states=True
                )
            ]
        if pattern.event == "PROTEST" and mode == "riot":
            # "rioters set fire to banks and shops in Athens": the crowd's own country's
            # shops, burnt or looted, are no party the riot is against (as the read sets
            # code them), while a government building, an embassy or foreign-owned shops are
            kept = [r for r in recipients if not _home_business(r, actors)]
            if len(kept) < len(recipients):
                why.append("shops and businesses at home, burnt or looted, are no party faced")
                recipients = kept
        if (
            pattern.event == "RETREAT"
            and mode == "resign"
            and recipients
            and trigger.pattern.noun != "power"
        ):
            # "resigned in protest at Castillo's move", "offered his resignation to the
            # king": one leaves an office, no party faced (the read sets give none of 154
            # resignations a recipient); power handed over is handed to someone
            why.append("a resignation is put on no party")
            recipients = []
        if pattern.event in TOWN_PEOPLE_TYPES and towns:
            for i, r in enumerate(recipients):
                if id(r) in towns and r.sector is None:
                    # "shelled Kharkiv", "a curfew in Algiers": the town's people
                    recipients[i] = dataclasses.replace(r, sector="CVL")
                    why.append(f"'{r.text}' is a town: its people (CVL) are acted on")
        if pattern.event == "REQUEST" and (
            code := _own_nation_addressed(trigger, actors, recipients)
        ):
            # "The president called on Somalis to donate blood", "the junta's spokesman
            # urged Malians to stay calm": a leader of no state named addresses his own
            actors = [dataclasses.replace(a, code=code) for a in actors]
            why.append(f"the actor addresses the people of {code}, his own")
        kind = ontology.event_types()[pattern.event]
        if fact.label == "asserted" and any(a.code for a in actors):
            ctx.acts.append((trigger.head.i, pattern.event, actors, recipients))
            if attributed is not None and attributed.code not in (None, NO_COUNTRY):
                ctx.alleged.append((trigger.head.i, attributed))
        elif fact.label == "asserted" and not actors:
            ctx.unattributed.append((trigger.head.i, pattern.event))
        return {
            "event": pattern.event,
            "mode": mode,
            "context": list(ctx.sentence_contexts),
            "actor": [a.to_dict() for a in actors],
            "recipient": [r.to_dict() for r in recipients],
            "date": date,
            "date_source": source,
            "factuality": fact.label,
            "quad_code": kind.quad_class,
            "goldstein": ontology.score(pattern.event, pattern.mode),
            "event_text": trigger.event_text,
            "sentence": ctx.text[sent.start_char : sent.end_char],
            "start": sent.start_char,
            "end": sent.end_char,
            "attributed_to": attributed.to_dict() if attributed else None,
            "event_loc": event_loc,
            "date_precision": precision,
            "cluster": None,
            "confidence": _confidence(trigger, actors, recipients, kind.requires_recipient),
            "evidence": "; ".join(why),
        }


INTENT_REASONS = frozenset({"future", "intent"})
# verbs of taking a party to court, whose promise threatens it
PROSECUTING = frozenset({"prosecute", "charge", "indict", "try"})
# verbs of taking a party to a court or tribunal ("sue", "file a lawsuit", "bring charges",
# "take legal action", "take it to court"), whose promise threatens the party sued as a
# prosecution's does
SUING = frozenset({"sue", "file", "bring", "lodge", "take"})


def _legal_action(trigger: Trigger) -> bool:
    """Whether ``trigger`` takes a party to court or to account: a prosecution, a suit,
    or holding it to answer ("would hold any faction accountable", "will hold Washington
    responsible for any attack"), which promised threatens the party."""
    lemma = trigger.head.lemma_.lower()
    return trigger.pattern.event == "ACCUSE" and (
        lemma in PROSECUTING
        or (trigger.pattern.mode == "allege" and lemma in SUING)
        or trigger.pattern.text in ("hold =responsible", "hold =accountable")
    )


# acts done in words, whose infinitive tells what they are about ("agreed to meet next
# week", "threatened to strike on Friday"), not when they were done
SPOKEN_ACTS = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT"})
# ... but for a document put to paper ("signed agreements", "ratified the treaty"): a deed
# done on a day, as the signing ceremony the lede tells
SIGNING_VERBS = frozenset({"sign", "ratify", "initial", "conclude"})
# the verbs by which parties reach a deal together ("reached an agreement with Mexico")
REACHING_VERBS = frozenset({"reach", "strike", "seal", "clinch", "conclude"})
# acts whose promise is a concession rather than an AGREE (PLOVER manual, AGREE, CONCEDE)
CONCEDED_INTENTS = frozenset({"RETREAT", "CONCEDE"})
# the retreats that each party to a deal makes on its own: pulling back, disarming,
# standing down, holding fire (an exchange of prisoners is one act of both)
YIELDED_GROUND = frozenset({"withdraw", "disarm", "resign", "ceasefire"})
# the verbs that grant another leave to act: "agreed to let the envoy visit"
PERMITTING_LEMMAS = frozenset({"let", "allow", "permit"})
# the verbs of promising, whose object may be a concession ("promised elections")
PROMISING_LEMMAS = frozenset({"promise", "pledge", "vow", "guarantee"})
# nouns whose "that" clause is what others suppose, not what its subject says it will do
UNSTATED_CONTENT = frozenset(
    {
        "speculation",
        "report",
        "rumour",
        "rumor",
        "claim",
        "fear",
        "concern",
        "suggestion",
        "allegation",
        "suspicion",
        "worry",
        "possibility",
        "prospect",
        "idea",
        "expectation",
    }
)
# types whose promise is an event of the same type, asserted
STATED_INTENTS = frozenset({"CONCEDE", "REJECT", "AGREE"})


# what vehicles do by accident: the deaths that follow are no one's attack
ACCIDENT_VERBS = frozenset({"collide", "crash", "capsize", "derail", "overturn", "sink"})
# verbs done to another state's envoys
ENVOY_VERBS = frozenset({"summon", "expel"})


def _anothers_envoy(
    trigger: Trigger, actors: list[Entity], sent: Span, ctx: DocContext
) -> Entity | None:
    """The state whose envoy "its ambassador" is when one summons or expels it: not the
    actor's own, so the other state named last before it in the sentence."""
    if trigger.head.lemma_.lower() not in ENVOY_VERBS:
        return None
    owner = next(
        (
            g
            for c in trigger.head.children
            if c.dep_ == "dobj"
            for g in c.children
            if g.dep_ == "poss" and g.lower_ in ("its", "their")
        ),
        None,
    )
    if owner is None:
        return None
    own = {a.code for a in actors}
    for i in range(owner.i - 1, sent.start - 1, -1):
        match = ctx.names.get(i)
        if (
            match is not None
            and match.start == i
            and match.entry.kind in ("country", "capital", "seat")
            and match.entry.code not in own
        ):
            words = sent.doc[match.start : match.end].text
            return Entity(words, match.entry.code, None, match.entry.name, match.entry.wikidata)
    return None


def _nearest_speaker(head: Token) -> Token | None:
    """The subject of the nearest reporting verb over ``head``: in "Putin told Trump he
    was open to meeting Zelensky, according to the White House", Putin."""
    reporting = cues()["reporting"]
    current = head
    for _ in range(6):
        parent = current.head
        if parent.i == current.i:
            return None
        if current.dep_ == "ccomp" and parent.lemma_.lower() in reporting:
            subject = next((c for c in parent.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.tag_ in ("WDT", "WP") and parent.dep_ == "relcl":
                return parent.head  # "the Israeli military, which said it had ...": the body
            return subject
        if current.dep_ not in ("ccomp", "xcomp", "conj", "acomp", "prep", "pcomp"):
            return None
        current = parent
    return None


# singular nouns for a group that may speak of itself as "they" (a lawyer, for the client
# too: "the journalist's lawyer said they would appeal")
COLLECTIVE_SPEAKERS = frozenset(
    {"police", "family", "couple", "crew", "team", "lawyer", "attorney"}
)


def _agrees(pronoun: Token, speaker: Token) -> bool:
    """Whether a pronoun may stand for the speaker in number: "the protesters said they
    would continue until he resigned" does not make them resign."""
    joined = any(c.dep_ == "conj" for c in speaker.children)
    if pronoun.lower_ in ("he", "she"):
        return not (joined or speaker.tag_ in ("NNS", "NNPS"))
    if pronoun.lower_ == "they" and speaker.tag_ in ("NNP", "NN") and not joined:
        # "Kyiv stepped up strikes on refineries, saying they fund the war"; "They
        # agreed ..., the state news agency said" (a family, a couple or the police may
        # still be "they")
        return speaker.lemma_.lower() in COLLECTIVE_SPEAKERS
    # ("South Korea's Joint Chiefs of Staff said it": a body may be named in the plural)
    return not (pronoun.lower_ == "it" and (joined or speaker.tag_ == "NNS"))


def _names_a(trigger: Trigger, words: frozenset[str]) -> bool:
    """Whether the trigger says how it was done with one of ``words``: "spoke by phone",
    "held a video call", "talked over videolink", "discussed the exchange in a phone call"
    (where the parser may hang the phrase on the verb's object)."""
    objects = [c for c in trigger.head.children if c.dep_ == "dobj"]
    for token in (trigger.head, trigger.noun, *objects):
        if token is None:
            continue
        for child in token.children:
            if token is trigger.head or token is trigger.noun:
                if child.dep_ in ("compound", "amod") and child.lemma_.lower() in words:
                    return True
            # ("spoke by phone": the parser may label that "by" a passive's agent)
            if child.dep_ in ("prep", "agent") and child.lower_ in MEANS_PREPS:
                if any(g.dep_ == "pobj" and remote_means(g, words) for g in child.children):
                    return True
    return False


# the prepositions that tell the means of a talk: "by phone", "in a video call"
MEANS_PREPS = frozenset({"by", "over", "via", "on", "in", "during"})


def _no_comment(head: Token) -> bool:
    """Whether a refusal only withholds words: "refused to say whether", "declined to rule
    out force" (which leaves it open, rejecting nothing)."""
    speech = cues().get("no-comment", frozenset())
    return any(
        c.dep_ == "xcomp"
        and (
            c.lemma_.lower() in speech
            or (c.lemma_.lower() == "rule" and any(g.lower_ == "out" for g in c.children))
        )
        for c in head.children
    )


# the forces whose spokesman, reporting arrests no one is said to make, speaks for those
# who made them
ARRESTING_SECTORS = frozenset({"COP", "MIL", "SPY"})
# the sectors whose report of an inquiry into someone tells of their own inquiry
INVESTIGATING_SECTORS = frozenset({"COP", "JUD", "SPY", "GOV"})
# the types of a state's measures (imposed, eased, lifted)
MEASURE_TYPES = frozenset({"SANCTION", "CONCEDE", "RETREAT", "COERCE"})
# the sectors whose report of a measure in the passive tells of their own measure (a
# junta's: "the army chief announced that ... a curfew imposed")
MEASURE_TAKERS = frozenset({"GOV", "MIL"})
# verbs by which a government makes its own act known as done: not "said" or "reported",
# which tell others' acts too
PROCLAIMING_VERBS = frozenset({"announce", "declare", "decree", "proclaim"})


def _warned_of_itself(head: Token, selves: Container[str] = ("it", "they", "we", "i")) -> bool:
    """Whether ``head`` is what a party warns it may do itself ("warned it could join the
    fighting"), not what it warns another may do ("warned Russia could attack"): its
    subject is one of the pronouns ``selves``."""
    if head.dep_ != "ccomp" or head.head.lemma_.lower() != "warn":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in selves for c in head.children)


# verbs of stopping another's measure by one's own power over it
VETOING = frozenset({"veto", "block"})


def _veto_warned(head: Token) -> bool:
    """Whether ``head`` is a veto a party warns it will itself use ("warned that he would
    veto any legislation"): a menace over whoever would pass the measure."""
    # ("warned that he would veto": a leader's veto is his own)
    return head.lemma_.lower() in VETOING and _warned_of_itself(
        head, ("it", "they", "we", "i", "he", "she")
    )


# the nouns of paying back a wrong ("take revenge", "seek vengeance"), and the verbs of
# paying it back or taking a party to court for it
REVENGE_NOUNS = frozenset({"revenge", "vengeance", "reprisal", "retribution"})
PUNISHING_WRONGS = PROSECUTING | {"avenge"}


def _revenge_or_prosecution(trigger: Trigger) -> bool:
    """Whether an act is paying a wrong back or taking a party to court: what a party
    that forgoes it spares those it could punish."""
    return trigger.head.lemma_.lower() in PUNISHING_WRONGS or (
        trigger.noun is not None and trigger.noun.lemma_.lower() in REVENGE_NOUNS
    )


# adverbs that make an intention another's report of it, not the holder's statement
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "reputedly", "purportedly"})
# verbs of recognising (and of being bound by), whose negation is a rejection stated now
RECOGNISING = frozenset({"recognise", "recognize", "acknowledge", "bind"})
# verbs that put an act at another's disposal: what they govern is offered, no threat
OFFERING_LEMMAS = frozenset({"offer", "volunteer", "propose"})


def _offered(head: Token) -> bool:
    """Whether ``head`` is what a party offers to do ("offered to send troops")."""
    return head.dep_ == "xcomp" and head.head.lemma_.lower() in OFFERING_LEMMAS


# verbs whose refusal, said of the future, is a warning: "will not tolerate"
WARNING_REFUSALS = frozenset({"tolerate"})


def _sent_to_a_host(trigger: Trigger, recipients: list[Token], ctx: DocContext) -> bool:
    """Whether a deployment's recipients are all states the forces are sent to ("send
    troops to Mali"), not ones they are massed against ("to the border with Lithuania",
    "into Ukraine"), nor a region at war ("to the Donbas"), nor on a condition."""
    if trigger.pattern.event != "MOBILIZE" or not recipients:
        return False
    verb = trigger.head
    if _conditioned(verb, "if"):
        return False  # "prepared to send troops to Greenland if ordered": force held ready
    holders = {verb.i} | {c.i for c in verb.children if c.dep_ == "dobj"}
    state_words = {w for names in ctx.states.values() for name in names for w in name.split()}
    return all(
        r.dep_ == "pobj"
        and r.head.lower_ == "to"
        and r.head.head.i in holders
        and r.text in state_words
        for r in recipients
    )


def _sent_to_help(trigger: Trigger) -> bool:
    """Whether a deployment is for helping ("send officers to help the investigators",
    "deploy instructors to train the army"): its purpose infinitive is a verb of help
    (not "to protect civilians", which one state may say of another's land)."""
    return trigger.pattern.event == "MOBILIZE" and any(
        c.dep_ in ("xcomp", "advcl") and to_infinitive(c) and c.lemma_.lower() in cues()["helping"]
        for c in trigger.head.children
    )


def _help_to_act(trigger: Trigger) -> Token | None:
    """The verb of help an act is the one the actor would help another do ("France was
    ready to help retake the town by force", "offered to help Mexico wage war on the
    cartels", "pledged to help disarm and repatriate the fighters"), or None: help
    promised to that other (AGREE), no threat or retreat of the helper's own."""
    verb = trigger.head
    while verb.dep_ == "conj":
        verb = verb.head
    if (
        verb.dep_ in ("xcomp", "ccomp")
        and verb.head.lemma_.lower() in cues()["helping"]
        and verb.head.pos_ == "VERB"
    ):
        return verb.head
    return None


def _helped_by(help_verb: Token) -> Token | None:
    """The one a verb of help names as helped: its object ("help Mexico wage war"), or
    the subject the parser gives the clause after it ("help Bozize's government defend
    the capital")."""
    helped = next((c for c in help_verb.children if c.dep_ == "dobj"), None)
    if helped is not None:
        return helped
    for clause in (c for c in help_verb.children if c.dep_ in ("ccomp", "xcomp")):
        subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def _helped_by_forces(trigger: Trigger) -> list[Token]:
    """The party forces are sent to help, named by the purpose infinitive ("sent troops
    to help Bozize's government defend the capital": the government)."""
    if not _sent_to_help(trigger):
        return []
    for child in trigger.head.children:
        if child.dep_ not in ("xcomp", "advcl") or child.lemma_.lower() not in cues()["helping"]:
            continue
        helped = _helped_by(child)
        if helped is not None and helped.pos_ in ("NOUN", "PROPN"):
            return conjuncts(helped)
    return []


def _their_envoys(trigger: Trigger) -> Token | None:
    """The envoys "its" or "their" the act is done to, as its noun or the verb's object
    ("gave its diplomats 24 hours to leave"), or None."""
    for envoy in (trigger.noun, *trigger.head.children):
        if (
            envoy is not None
            and envoy.lemma_.lower() in ENVOY_WORDS
            and envoy.dep_ in ("dobj", "dative", "nsubjpass")
        ):
            owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in envoy.children)
            return envoy if owned else None
    return None


def _on_the_orders_of(verb: Token) -> list[Token]:
    """Who ordered an act told in the passive with no agent ("was freed on Tuesday on the
    orders of President Shahabuddin", "was blocked on the orders of the regulator")."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    return _owner_of_phrase([verb], "on", ORDER_NOUNS)


def _doers_of_a_manner(heads: list[Token]) -> list[Token]:
    """The subject of the clause on "the way" or "the manner" among ``heads`` ("the way
    Hungary had treated the refugees": Hungary)."""
    for head in heads:
        if head.lemma_.lower() not in ("way", "manner"):
            continue
        for clause in (c for c in head.children if c.dep_ == "relcl"):
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].pos_ in ("PROPN", "NOUN"):
                return conjuncts(subjects[0])
    return []


# the offices through which one state's words reach another
ENVOY_OFFICES = MISSIONS | {"mission"}


def _conveyed_through(verb: Token) -> list[Token]:
    """The state whose embassy a protest or a demand went through ("lodged a protest
    through North Korea's embassy in Beijing"): the embassy's possessor."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("through", "via")):
        for office in (g for g in prep.children if g.dep_ == "pobj"):
            if office.lemma_.lower() in ENVOY_OFFICES:
                return [c for c in office.children if c.dep_ == "poss"]
    return []


def _told_by_observers(fact: Factuality) -> bool:
    """Whether what may happen is told by those who comment on others' acts ("analysts
    said", "diplomats said"): their guess, not a party's threat."""
    if fact.reporter is None:
        return False
    subject = subject_word(fact.reporter)
    return subject is not None and subject.lemma_.lower() in cues()["observer"]


def _intent_disowned(verb: Token) -> bool:
    """Whether ``verb`` is what a "no intention" or "no plans" phrase disowns: "had no
    intention of resigning", "has no plans to withdraw"."""
    noun = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "of" else verb.head
    if verb.dep_ not in ("pcomp", "acl") or noun.lemma_.lower() not in HELD_INTENTIONS:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


# verbs of looking forward to what one will do: "hoped to meet", "expects to sign"
LOOKING_TO_LEMMAS = frozenset({"hope", "expect"})


def _wished_of_another(verb: Token) -> bool:
    """Whether ``verb`` is what one hopes, expects or believes another will do ("hoped the
    rebels would sign"): a view of the other's act, which the other did not state."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in cues()["speculative"]:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ != "PRON"


def _meeting_looked_for(trigger: Trigger) -> bool:
    """Whether ``trigger`` is a meeting its own subject hopes or expects to hold ("said he
    hoped to meet Hu Jintao"), not one others expect of it ("is expected to visit")."""
    verb = trigger.head
    looking = verb.head
    return (
        trigger.pattern.event == "CONSULT"
        and verb.dep_ == "xcomp"
        and looking.lemma_.lower() in LOOKING_TO_LEMMAS
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in looking.children)
    )


def _promised_means(helping: Token) -> Token | None:
    """The verb a purpose "to help" serves, where the speaker says it will be done: "will
    provide" in "will provide $26 million to help Guatemala", "announced that Washington
    would set up a task force to help Guatemala"; else None."""
    if helping.dep_ not in ("advcl", "xcomp") or not to_infinitive(helping):
        return None
    means = helping.head
    modal = modal_of(means)
    if modal is None or modal[1] not in INTENT_REASONS:
        return None
    if modal[0].lower() in ("would", "'d") and not (
        # ("would" is also a condition's: "aid that would help refugees"; a "will" only
        # where it reports one)
        means.dep_ == "ccomp" and means.head.lemma_.lower() in PROMISE_REPORTING
    ):
        return None
    return means


# verbs of taking part in another's act, whose "in" tells the act
JOINING_LEMMAS = frozenset({"cooperate", "collaborate", "participate", "assist", "help", "join"})


def _what_is_joined_in(verb: Token) -> bool:
    """Whether ``verb`` tells what a party takes part in ("would cooperate in hunting
    down the perpetrators"), as the gerund after "in" on a verb of taking part."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp" and prep.lower_ == "in" and prep.head.lemma_.lower() in JOINING_LEMMAS
    )


def _intent_type(
    trigger: Trigger, fact: Factuality, coded: list[tuple[Trigger, str]]
) -> str | None:
    """AGREE or THREATEN for an act the actor says it will do (CONCEDE for a promised
    retreat or concession), REJECT for a cooperative act it says it will not do or
    declines to do, else None."""
    quad = ontology.event_types()[trigger.pattern.event].quad_class
    if trigger.pattern.event == "MOBILIZE" and _to_keep_peace(trigger.head):
        quad = 2  # "Italy would send troops to a UN peacekeeping force": a pledge of aid
    if open_question(trigger.head) is not None:
        return None  # "would not say whether Britain will send tanks": no one said it will
    if _what_is_joined_in(trigger.head):
        return None  # "would cooperate in hunting down the perpetrators": the pledge is the
        # cooperation, no threat of its own
    if _wished_of_another(trigger.head):
        return None  # "Annan said he hoped the rebels would sign": a wish, not their word
    if _under_a_negated_noun(trigger.head) and not _intent_disowned(trigger.head):
        return None  # "there is no sign that Washington will ease restrictions": unstated
    if (
        trigger.head.dep_ == "xcomp"
        and trigger.head.head.lemma_.lower() in COMPELLING_LEMMAS
        and not _forced_on_itself(trigger.head.head)
    ):
        return None  # "a move that will force French troops to leave": made to, not promised
    if meeting_in_clause(trigger) and trigger.noun.head.lower_ in ("after", "following"):
        return None  # "would free prisoners after talks with the Vatican": no talks promised
    if fact.label == "hypothetical" and (
        (fact.reason in INTENT_REASONS | {"condition"} and _conditioned(trigger.head, "unless"))
        # "the bombing would continue until the Serbs pulled back": force held over a
        # party until it yields
        or (
            fact.reason in INTENT_REASONS
            and quad == 4
            and _conditioned(trigger.head, "until", with_subject=True)
        )
        # "the EU may halt its mediation if the parties fail": harm held over a condition
        # (but "analysts said Egypt could expel diplomats if ..." is others' guess)
        or (
            (fact.reason == "possible" or _ordered(trigger.head))
            and quad == 4
            and _conditioned(trigger.head, "if", with_subject=True)
            and not _told_by_observers(fact)
        )
        # "said it would impeach him if he did not resign", "could take the case to the
        # WTO if Tokyo does not back down": a charge held over a party on a condition
        or (
            fact.reason in INTENT_REASONS | {"possible"}
            and trigger.pattern.event == "ACCUSE"
            and _conditioned(trigger.head, "if", with_subject=True)
            and not _told_by_observers(fact)
        )
    ):
        # "will withdraw its force unless Goukouni arranges a ceasefire": an intention
        # held over another party on a condition is a threat, whatever the act
        derived = "THREATEN"
    elif (
        fact.label == "hypothetical"
        and fact.reason == "possible"
        and (quad == 4 or _legal_action(trigger))
        and _warned_of_itself(trigger.head)
    ):
        # "Hezbollah warned it could join the fighting", "warned it could sue the
        # company"
        derived = "THREATEN"
    elif (
        fact.label == "hypothetical"
        and trigger.pattern.event == "MOBILIZE"
        and _ordered(trigger.head)
        and not _conditioned(trigger.head, "if")
    ):
        # "Haftar ordered his troops to advance on the capital": forces ordered to move
        # are set moving; the order is the mobilization
        derived = "MOBILIZE"
    elif (
        fact.label == "hypothetical"
        and fact.reason == "purpose"
        and trigger.pattern.event == "AID"
        and (promised := _promised_means(trigger.head)) is not None
        and not any(t.head.i == promised.i for t, _ in coded)
    ):
        # "will provide $26 million to help Guatemala respond", "would set up a task force
        # to help Guatemala": help promised, by what is to be done for it
        derived = "AGREE"
    elif fact.label == "hypothetical" and (
        fact.reason in INTENT_REASONS
        # "Putin ordered troops to withdraw": a retreat decided, not yet made
        or (_ordered(trigger.head) and trigger.pattern.event in CONCEDED_INTENTS)
        # "Koizumi said he hoped to meet Hu at the summit": a meeting one looks to hold
        or (fact.reason in ("speculative", "embedded") and _meeting_looked_for(trigger))
    ):
        if trigger.pattern.event == "REJECT" and fact.reason == "future":
            # "Budapest would block any EU decision", "Iran warned it would oppose the
            # corridor": a veto or opposition announced is a rejection stated now (while
            # "threatened to veto" is the threat, and so is a veto one warns one will use:
            # "Obama warned Congress that he would veto any bill blocking the deal")
            derived = "THREATEN" if _veto_warned(trigger.head) else "REJECT"
        elif trigger.pattern.event in CONCEDED_INTENTS:
            # "will step down", "offered to withdraw": a promised retreat is a verbal
            # concession (PLOVER manual, CONCEDE), not an AGREE
            derived = "CONCEDE"
        elif trigger.pattern.event == "PROTEST":
            # "unions said they would strike again next week": dissent held over the
            # other side (CAMEO 133, THREATEN relations)
            derived = "THREATEN"
        elif _legal_action(trigger):
            # "warned that organisers of violent protests would be prosecuted", "would
            # file a lawsuit against the government": legal action promised against a party
            # threatens it
            derived = "THREATEN"
        elif (
            trigger.pattern.event == "MOBILIZE"
            # ("if necessary", "if asked": no condition put to a party)
            and not _conditioned(trigger.head, "if", with_subject=True)
            and not (trigger.head.dep_ == "ccomp" and trigger.head.head.lemma_.lower() == "warn")
            # ("was preparing to deploy troops to Moldova's border": a show of force)
            and not any(t.lemma_.lower() in FRONTIER_NOUNS for t in trigger.head.subtree)
        ):
            # "the United States said it would send a Navy ship to Turkey", "the allies
            # would deploy a missile defence system": forces pledged, not force held over
            # anyone (in the read sets 0 of 15 such threats were coded so, and the
            # pledges were AGREE); "would send troops if the attacks go on" and "warned
            # it would send troops" threaten
            derived = "AGREE"
        else:
            derived = {1: "AGREE", 2: "AGREE", 4: "THREATEN"}.get(quad)
    elif (
        fact.label == "negated"
        and quad in (1, 2)
        and (
            fact.reason == "refusal"
            or (fact.reason == "negation" and modal_of(trigger.head) is not None)
            # "said it did not recognise the result": a stance taken, which rejects it
            # (but "has not yet recognised" leaves it open)
            or (
                fact.reason == "negation"
                and trigger.head.lemma_.lower() in RECOGNISING
                and not any(c.lower_ == "yet" for c in trigger.head.children)
            )
            # "the president had no intention of resigning": an intention disowned
            or (fact.reason == "negation" and _intent_disowned(trigger.head))
        )
    ):
        derived = "REJECT"  # "will not accept refugees", "declined to resign"
        if trigger.head.lemma_.lower() in WARNING_REFUSALS and fact.reason == "negation":
            # "would not tolerate attacks on its territory": refusing to bear what
            # another may do warns it
            derived = "THREATEN"
            if _deed_told_not_borne(trigger.head):
                # "said the test could not be tolerated": a deed done, condemned
                derived = "ACCUSE"
    elif (
        fact.label == "negated"
        and fact.reason == "negation"
        and modal_of(trigger.head) is not None
        and _revenge_or_prosecution(trigger)
    ):
        # "the group would not take revenge on former officials", "would not prosecute
        # relief groups": harm forgone toward those at one's mercy, an amnesty in all but
        # name (while "would not use force" or "would not attack" only says what will
        # not happen)
        derived = "CONCEDE"
    else:
        return None
    if any(
        c.dep_ == "advmod" and c.lower_ in HEARSAY_ADVERBS
        for t in (trigger.head, *trigger.head.ancestors)
        for c in t.children
    ):
        return None  # "Russia reportedly plans to deploy troops": no one stated the plan
    if derived == "THREATEN" and _offered(trigger.head):
        return None  # "offered to send troops to Greenland if Denmark asked": an offer
    if _under_an_accusation(trigger.head):
        return None  # "accused them of planning to sabotage the grid": a plan alleged by
        # another, which its holders did not state
    if derived is None or (
        derived == trigger.pattern.event
        and derived not in STATED_INTENTS
        and not (derived == "MOBILIZE" and _ordered(trigger.head))
    ):
        # (a concession promised is itself a verbal concession: "would withdraw the bill",
        # and a veto promised a rejection: "would block the decision")
        return None
    # (the verbs it hangs under, up to a clause with a subject of its own joined by
    # "and": "refused to bow, and the minister said Madrid would not negotiate" is a
    # second refusal, while "pledged to reinstate it and to hand over power" is one)
    governing, current = set(), trigger.head
    while current.head.i != current.i and not (
        current.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children)
    ):
        current = current.head
        governing.add(current.i)
    if any(kind == derived and t.head.i in governing for t, kind in coded):
        return None  # "offered to hand over": the governing verb is that event already
    if _terms_of_a_text(trigger.head):
        return None  # "the deal, which would see Russia release two Americans": terms
    if (
        trigger.head.dep_ in ("acl", "ccomp")
        and trigger.head.head.lemma_.lower() in UNSTATED_CONTENT
    ):
        return None  # "dismissed speculation that the US would send troops": others' guess
    holder = trigger.head.head
    if trigger.head.dep_ == "xcomp" and holder.i != trigger.head.i:
        # "dismissed reports that Moscow was preparing to deploy": an intention that is
        # itself denied is held by no one
        held = assess(Trigger(Pattern.rule(derived, "intent"), holder, None, (holder,)))
        # (but "would not consider lifting sanctions" and "did not want to negotiate" are
        # the refusal itself)
        if held.label == "negated" and not (
            fact.reason == "refusal" and holder.lemma_.lower() in CONSIDERING | DESIRING
        ):
            return None
    return derived


def _deed_told_not_borne(verb: Token) -> bool:
    """Whether a passive "could not be tolerated" is said of a deed already told: "the
    test", "this attack", "the regime's crackdown" (not "such attacks", "any
    incursion", which are deeds to come, nor a deed one warns will not be borne)."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in WARNING_LEMMAS:
        return False  # "warned neighbours that the use of their territory would not be"
    return any(
        c.dep_ == "nsubjpass"
        and c.pos_ == "NOUN"
        and any(
            (d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these")) or d.dep_ == "poss"
            for d in c.children
        )
        for c in verb.children
    )


def _offered_ready(trigger: Trigger) -> bool:
    """Whether forces are offered by one's readiness to send them ("said it was ready
    to send ground troops"): an offer, AGREE, though no destination is named (not "would
    be prepared to deploy troops if a deal were reached", held to a condition)."""
    verb = trigger.head
    ready = verb.head
    return (
        trigger.pattern.event == "MOBILIZE"
        and verb.dep_ == "xcomp"
        and ready.lemma_.lower() in READY_WORDS
        and not _conditioned(verb, "if")
        and not _conditioned(ready.head, "if")
    )


def _alone_abroad(trigger: Trigger) -> bool:
    """Whether a meeting names no one met ("held talks with fund officials" does, if
    unknown to the tables) and no crowd of visitors ("leaders from 20 countries met in
    Jakarta"): one party's talks, hosted where they are held."""
    words = [trigger.head] + ([trigger.noun] if trigger.noun is not None else [])
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for w in words for c in w.children):
        return False
    return not any(
        c.dep_ == "nsubj" and c.tag_ == "NNS" and c.pos_ == "NOUN" for c in trigger.head.children
    )


def _under_a_negated_noun(verb: Token) -> bool:
    """Whether ``verb``'s clause is the content of a noun that is negated ("no sign that
    ...", "no indication that ...", "no evidence that ..."): what it says will be done is
    said by no one."""
    current = verb
    for _ in range(4):
        if current.dep_ not in ("ccomp", "acl", "conj") or current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ in ("NOUN", "PROPN"):
            return negation(current) is not None
    return False


# words of a text's terms whose plural names parties: "the authorities", "world powers"
PARTY_PLURALS = frozenset({"authority", "power"})


def _told_to_come(verb: Token) -> bool:
    """Whether ``verb`` has an auxiliary of the future or of what may be ("would strike",
    "could face", "will pay"): a deed told as one to come."""
    kinds = cues()
    modals = kinds["future"] | kinds["possible"]
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def _terms_of_a_text(verb: Token) -> bool:
    """Whether the modal over ``verb`` is a deal's or a plan's ("a deal which would see
    Russia release two Americans", "the plan would have Israel withdraw"): terms told of
    a text, not an intention a party states."""
    kinds = cues()
    current = verb
    for _ in range(3):
        if _told_to_come(current):
            subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
                subject = current.head
            if current.dep_ == "relcl" and _under_which(current):
                return True  # "a deal under which Hamas will free all hostages": terms
            return (
                subject is not None
                and subject.lemma_.lower() in kinds["speculative-noun"]
                # ("the authorities would not negotiate", "world powers would": parties)
                and not (subject.tag_ == "NNS" and subject.lemma_.lower() in PARTY_PLURALS)
            )
        if current.dep_ not in ("xcomp", "ccomp") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _under_which(clause: Token) -> bool:
    """Whether a relative clause is introduced by "under which" or "by which"."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("under", "by")
        and any(w.tag_ == "WDT" for w in prep.children)
        for prep in clause.children
    )


# verbs that make another act against its will: what it is made to do is no intent of its
COMPELLING_LEMMAS = frozenset({"force", "compel", "oblige", "require"})


def _forced_on_itself(verb: Token) -> bool:
    """Whether a verb of compelling is a party's saying it will be made to act ("China
    would be forced to take countermeasures"): a passive under a modal, the reluctant form
    of a warning, not another's act on it ("the move forced troops to leave")."""
    return any(c.dep_ == "auxpass" for c in verb.children) and under_a_modal(verb)


def _order_on_another(trigger: Trigger, roles: Roles) -> tuple[Trigger, Roles]:
    """The order one party gives another to do ``trigger``'s act: to leave (its state)
    expels those ordered (PLOVER manual, SANCTION expel, as of peacekeepers); to retreat
    or yield otherwise is a demand that they yield; to do anything else, a demand."""
    order = trigger.head.head
    act = trigger.head
    cue = f"an order to another: '{order.text} ... to {act.text}'"
    if act.lemma_.lower() in LEAVING_LEMMAS:
        rule = dataclasses.replace(Pattern.rule("SANCTION", cue), mode="expel")
    elif trigger.pattern.event in CONCEDED_INTENTS:
        rule = dataclasses.replace(Pattern.rule("REQUEST", cue), mode="yield")
    else:
        rule = Pattern.rule("REQUEST", cue)
    orderer = _own_or_shared_subject(order)
    order_roles = Roles(
        conjuncts(orderer) if orderer is not None else [],
        f"subject of '{order.text}'",
        roles.actor_heads,
        f"the ones '{order.text}' to {act.text}",
    )
    return Trigger(rule, order, None, (order, act)), order_roles


# the sectors of a state's armed forces, whose acts on its order are its own intent
FORCE_SECTORS = frozenset({"MIL"})
# the verbs of giving in to an enemy, which no state orders of its own forces
SURRENDER_LEMMAS = frozenset({"surrender", "capitulate"})
# verbs of leaving a place, which one party may order another's people to do
LEAVING_LEMMAS = frozenset({"leave", "quit", "exit", "depart"})


def _prison_term(trigger: Trigger) -> Token | None:
    """The word of a prison term a sentence passes ("sentenced him to 25 years in
    prison", "to life imprisonment"), if the trigger is such a sentence; a death
    sentence, a fine or a suspended term puts no one in prison."""
    verb = trigger.head
    if trigger.pattern.mode != "convict" or verb.lemma_.lower() != "sentence":
        return None
    terms = [
        t
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "for")
        for t in c.subtree
    ]
    if any(t.lemma_.lower() in NO_PRISON_WORDS for t in terms):
        return None
    return next((t for t in terms if t.lemma_.lower() in PRISON_WORDS), None)


# the words of a term served in prison, and of a sentence that is none
PRISON_WORDS = frozenset(
    {"prison", "jail", "imprisonment", "year", "month", "life", "labour", "labor"}
)
NO_PRISON_WORDS = frozenset({"death", "suspend", "suspended", "probation", "fine", "service"})


def _ordered(verb: Token) -> bool:
    """Whether the act is one ordered: "ordered the military to strike ... if" (not one
    an order only asked for would set: "urged Kiram to order his men to surrender")."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in ORDERING_LEMMAS:
        return False
    order = verb.head
    return not (
        order.dep_ in ("xcomp", "ccomp") and order.head.lemma_.lower() in cues()["directive"]
    )


# acts of force, which a state's army or defence ministry reports as its own
FORCE_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})


# the state bodies that tell of their own forces' and courts' acts
OWN_VOICES = frozenset({"army", "military", "police", "judiciary", "prosecutor"})


# the media a state runs, and the words that mark them as the state's
MEDIA_WORDS = frozenset({"television", "tv", "radio", "media", "broadcaster", "agency"})
STATE_RUN = frozenset({"state", "official", "government"})  # ("state-run": "state")


def _state_medium(speaker: Token) -> bool:
    """Whether ``speaker`` is a state's own medium named by no state ("state television",
    "official media"): it tells of its own state's acts."""
    before = speaker.doc[speaker.left_edge.i : speaker.i]
    medium = speaker.lemma_.lower() in MEDIA_WORDS or speaker.lower_ in MEDIA_WORDS
    return medium and any(t.lower_ in STATE_RUN for t in before)


def _forces_own_voice(speaker: Token) -> bool:
    """Whether a speaker named with no state is a state's forces or the ministry over them
    ("the army", "the defence ministry", "the Ministry of Defence", "the interior
    ministry"), the judiciary (of its executions and sentences), or a voice of theirs ("the
    army's spokesman", "the judiciary's news agency")."""
    owner = next((c for c in speaker.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lemma_.lower() in OWN_VOICES:
        return True
    lemma = speaker.lemma_.lower()
    if lemma in OWN_VOICES:
        return True
    if lemma != "ministry":
        return False
    words = {c.lower_ for c in speaker.children} | {
        g.lower_ for c in speaker.children if c.dep_ == "prep" for g in c.children
    }
    return bool(words & {"defence", "defense", "interior"})


def _pronouns_as_speaker(roles: Roles, fact: Factuality) -> Roles:
    """``roles`` with an "it" or "they" acting in a reported clause read as its speaker
    ("the army said it had taken power"), for a test of who the actors are."""
    if fact.reporter is None:
        return roles
    heads = [fact.reporter if h.lower_ in ("it", "they", "we") else h for h in roles.actor_heads]
    return dataclasses.replace(roles, actor_heads=heads)


def _measure_decided(trigger: Trigger, fact: Factuality) -> bool:
    """Whether a sanction said to be coming is told with its size or its start ("would
    expel 23 Russian diplomats", "will raise tariffs to 30 percent on October 1"), with
    no condition: a decision announced, while "would impose severe sanctions" threatens."""
    head = trigger.head
    if trigger.pattern.event != "SANCTION" or fact.label != "hypothetical":
        return False
    if fact.reason != "future" or _conditioned(head, "if") or _conditioned(head, "unless"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in head.children):
        return False
    told = [
        t
        for c in head.children
        if c.dep_ in ("dobj", "prep", "npadvmod", "nsubjpass")
        for t in c.subtree
    ]
    return any(t.tag_ == "CD" or t.ent_type_ in ("DATE", "PERCENT", "MONEY") for t in told)


def _with_purposes(head: Token) -> list[Token]:
    """``head`` and its purpose clauses, on which the parser may hang a condition of the
    act's own: "would deploy the military to restore order if governors failed to stop
    the protests" puts the condition on the deployment."""
    return [
        head,
        *(
            c
            for c in head.children
            if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
        ),
    ]


# the subjects of a condition that is a turn of events, put to no party: "if the
# violence spread", "if the situation worsened", "if the threat spread"
STATES_OF_AFFAIRS = frozenset(
    {
        "violence", "situation", "threat", "disturbance", "unrest", "crisis", "tension",
        "chaos", "instability", "insecurity", "outbreak", "epidemic",
    }
)  # fmt: skip


def _conditioned(head: Token, mark: str, with_subject: bool = False) -> bool:
    """Whether the clause of ``head`` (or the one governing it) holds an adverbial clause
    marked ``mark`` ("unless", "if"); ``with_subject``: one with a subject of its own, a
    condition put to a party (not a turn of events: "if the violence spread")."""
    for token in (*_with_purposes(head), head.head):
        for child in token.children:
            if (
                child.dep_ == "advcl"
                # (the condition itself is not held over one: "refused to reopen the
                # crossing unless Hamas freed the hostages" is no threat by Hamas)
                and child.i != head.i
                and (
                    any(m.dep_ == "mark" and m.lower_ == mark for m in child.children)
                    # "Should Tehran resume enrichment, ...": an "if" by inversion
                    or (mark == "if" and inverted_condition(child) is not None)
                )
                and (
                    not with_subject
                    # (or a passive one: "if democracy is not restored")
                    or any(
                        c.dep_ in ("nsubj", "nsubjpass")
                        and c.lemma_.lower() not in STATES_OF_AFFAIRS
                        for c in child.children
                    )
                    # "if talks over its programme collapse", read as a noun: the talks
                    or child.pos_ == "NOUN"
                )
            ):
                return True
    return False


# the harms a warned clause's subject would do, not meet: "would respond", "would strike"
MENACING_LEMMAS = frozenset({"respond", "retaliate", "punish", "strike", "inflict"})
# what makes a warning a threat: the harm the warned party would meet ("would face
# sanctions", "would respond", "will pay a price")
HARM_LEMMAS = frozenset(
    {"face", "respond", "retaliate", "pay", "suffer", "punish", "strike", "cause", "inflict"}
)
# what one responds to with an answer rather than force
REPLIES = frozenset(
    {
        "question", "request", "letter", "proposal", "query", "inquiry", "invitation",
        "offer", "call", "message", "criticism", "concern", "report", "appeal", "need",
        # "would respond in kind to any Russian ceasefire": a truce answered by a truce
        "ceasefire", "truce", "gesture", "concession",
    }
)  # fmt: skip
# a party said to be to blame: "Putin is responsible for", "Tehran was behind the attack"
BLAME_WORDS = frozenset({"responsible", "culpable", "guilty", "behind", "involved", "complicit"})
# verbs of removing a leader or government from power
OUSTING_LEMMAS = frozenset({"oust", "remove", "depose", "overthrow", "topple"})
# verbs of a belief, which a speaker may say he holds ("said he believed")
BELIEF_LEMMAS = frozenset({"believe", "think", "suspect"})
# what a party said to be to blame is called ("said China was the likely culprit")
BLAMED_NOUNS = frozenset({"culprit", "perpetrator", "mastermind", "instigator"})
# what one is "behind" that is no act: "remain behind bars", "talks behind the scenes"
NOT_BEHIND_ACTS = frozenset({"bar", "bars", "scene", "scenes", "schedule", "line", "lines"})


def _behind_an_act(prep: Token) -> bool:
    """Whether "behind" says its clause's subject did something ("Tehran was behind the
    attack"): after "be", and not behind bars, the scenes or schedule."""
    return prep.head.lemma_.lower() == "be" and not any(
        c.dep_ == "pobj" and c.lower_ in NOT_BEHIND_ACTS for c in prep.children
    )


# what a party said to be "in" is in the wrong: "in breach of", "in violation of"
BREACH_NOUNS = frozenset({"breach", "violation", "contravention", "defiance"})


def _breach_in(prep: Token) -> bool:
    """Whether an "in" phrase says its subject breaks a rule: "in breach of its
    obligations", "in violation of the deal"."""
    return any(
        obj.dep_ == "pobj"
        and obj.lemma_.lower() in BREACH_NOUNS
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
        for obj in prep.children
    )


SPEAKER_PRONOUNS = SUBJECT_PRONOUNS | {"i"}
# a side's forces and deeds, which its warning may say it will use ("warned that his
# troops would show no mercy", "that its attacks would widen", "that his supporters
# would put up roadblocks")
OWN_SIDE_DEEDS = frozenset(
    {"troop", "force", "soldier", "army", "military", "militia", "unit", "fighter", "man"}
    | {"attack", "strike", "operation", "target", "supporter", "follower"}
)
FIRST_PERSON = frozenset({"i", "we", "you"})  # a quoted speaker: no party to code


# sectors of those who watch and warn but wield no force or sanction: their warnings of
# harm are alerts, not threats
WATCHDOG_SECTORS = frozenset({"SOC", "MED", "JRN", "REL"})


def _watchdogs(actors: list[dict[str, Any]]) -> bool:
    """Whether every actor (as coded) is a rights group, charity, newsroom or the like."""
    return bool(actors) and all(
        a["sector"] in WATCHDOG_SECTORS or (a["code"] == "NGO" and a["sector"] is None)
        for a in actors
    )


def _reported_warnings_and_blame(
    clauses: list[Token],
    verdicts: frozenset[str] = frozenset(),
    dismissals: frozenset[str] = frozenset(),
    crimes: frozenset[str] = frozenset(),
    misdeeds: frozenset[str] = frozenset(),
) -> list[tuple[str, Token, Token, list[Token], str]]:
    """Reported threats and blame that no verb of the lexicon carries: "warned (Putin)
    that Washington would respond if ...", "warned that Moscow would face sanctions" are
    THREATEN, toward the party warned; "said Putin is responsible for" and "said the
    diplomats had been meddling" (one of ``misdeeds``) are ACCUSE. Returns (type, clause
    head, reporter, parties, rule) for each."""
    kinds = cues()
    found: list[tuple[str, Token, Token, list[Token], str]] = []
    for clause in clauses:  # the sentence's ccomp clauses, and pledges to hit back
        if clause.dep_ == "xcomp" and _warned_off(clause) and not negation(clause.head):
            # "China warned the Philippines to stop provoking trouble": a warning to desist,
            # with its menace unsaid, is a threat to the party warned
            warn = clause.head
            # ("said the drills were an internal affair and warned Washington not to
            # interfere": the subject the warning shares with the saying)
            reporter = _own_or_shared_subject(warn)
            if reporter is not None and reporter.lower_ not in FIRST_PERSON:
                warned = [c for c in warn.children if c.dep_ == "dobj"]
                cue = f"warning to desist: '{warn.text} ... to {clause.text}'"
                found.append(("THREATEN", warn, reporter, warned, cue))
            continue
        if clause.dep_ == "xcomp" and _vowed_response(clause) and not negation(clause.head):
            # "Pakistan vowed to respond": a threat to whoever it answers
            vow = clause.head
            reporter = next((c for c in vow.children if c.dep_ == "nsubj"), None)
            if reporter is None and vow.dep_ == "conj":
                # "said the strikes killed 26 and vowed to respond": the parser joins the
                # vow to the reported clause, but it is the speaker's, like "said"
                shared = vow.head.head if vow.head.dep_ == "ccomp" else vow.head
                reporter = next((c for c in shared.children if c.dep_ == "nsubj"), None)
            elif reporter is None and vow.dep_ == "advcl" and vow.tag_ == "VBG":
                # "flew back to Abidjan, vowing to crush the mutineers": the one who flew
                reporter = _own_or_shared_subject(vow.head)
            if reporter is not None and reporter.lower_ not in FIRST_PERSON:
                targets = clause_targets(clause) or _put_on_condition(clause)
                if clause.lemma_.lower() == "bring":
                    targets = []  # "to bring the killers to justice": justice is no party
                if not targets and (
                    clause.lemma_.lower() in PUNISHING_LEMMAS or _vanquishing(clause)
                ):
                    targets = [c for c in clause.children if c.dep_ == "dobj"]
                if not any(t.lemma_.lower() in REPLIES for t in targets):
                    cue = f"pledged response: '{clause.head.text} to {clause.text}'"
                    found.append(("THREATEN", clause, reporter, targets, cue))
            continue
        ruled_out = (
            next(
                (
                    (noun, *stance)
                    for find, *stance in RULED_OUT
                    if (noun := find(clause)) is not None
                ),
                None,
            )
            if clause.dep_ == "ccomp"
            else None
        )
        if ruled_out is not None:
            # "said there would be no negotiations with the RSF", "promised there would be
            # no reprisals against his opponents" (see RULED_OUT)
            noun, kind, preps, label, speaking = ruled_out
            if (speaker := _stance_speaker(clause, kinds["reporting"] | speaking)) is not None:
                parties = [t for p in preps for t in _objects_of(noun, p)]
                cue = f"{label}: 'there ... be no {noun.text}'"
                found.append((kind, clause, speaker, parties, cue))
            continue
        if clause.dep_ == "ccomp" and (ties := _ties_at_stake(clause)) is not None:
            # "warned Kiev that the verdict could jeopardise the association agreement",
            # "warned that Moscow's actions could affect its relations with Russia": ties
            # put at stake threaten the party warned
            if (speaker := _stance_speaker(clause, kinds["reporting"] | {"warn"})) is not None:
                targets = _parties_warned(clause) or ties
                if targets:  # (with no party at stake, a forecast: "could hurt ties")
                    cue = f"ties at stake: '{clause.text}' ties with '{targets[0].text}'"
                    found.append(("THREATEN", clause, speaker, targets, cue))
            continue
        if clause.dep_ == "ccomp" and _answer_promised(clause):
            # "warned that the sanctions would not go unanswered", "that such actions would
            # not be left without consequences": an answer promised to whoever did them
            speaking = kinds["reporting"] | PLEDGING_LEMMAS
            if (speaker := _stance_speaker(clause, speaking)) is not None:
                done = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
                cue = f"answer promised: '{clause.head.text} ... not {clause.text}'"
                found.append(("THREATEN", clause, speaker, done, cue))
            continue
        if clause.dep_ == "ccomp" and (kept := _measure_kept(clause)) is not None:
            # "said its sanctions on Tripoli would stay in place": a measure kept refuses
            # to ease it for the party it weighs on
            if (speaker := _stance_speaker(clause, kinds["reporting"])) is not None:
                targets = [t for p in ("on", "against") for t in _objects_of(kept, p)]
                # ("would remain in place until Washington lifted its duties": the party
                # whose move would end them)
                targets = targets or [
                    s
                    for c in clause.children
                    if c.dep_ == "advcl" and any(m.lower_ == "until" for m in c.children)
                    for s in c.children
                    if s.dep_ == "nsubj"
                ]
                cue = f"measure kept: '{kept.text} ... {clause.text} in place'"
                found.append(("REJECT", clause, speaker, targets, cue))
            continue
        if clause.dep_ == "ccomp" and (ruling := _ruling_against(clause)) is not None:
            # "the tribunal ruled that China has no legal basis ...", "the court found
            # that the commission had acted unlawfully": a court's ruling against a party
            court, losing = ruling
            cue = f"court ruling: '{clause.head.text} that {losing.text} ... {clause.text}'"
            found.append(("SANCTION", clause, court, [losing], cue))
            continue
        denied = negation(clause) is not None
        if clause.dep_ != "ccomp" or (denied and not _unfitting_verdict(clause)):
            continue
        verb = clause.head
        # "Lavrov denied the claims and said Moscow would respond": the shared subject
        reporter = _own_or_shared_subject(verb)
        if reporter is None and verb.tag_ == "VBG" and verb.dep_ == "advcl":
            # "..., the minister said, warning that Islamabad would respond": the one who
            # said it, whichever verb the parser hung the participle on
            speech = [
                c
                for c in verb.head.children
                if c.dep_ in ("advcl", "parataxis", "ccomp")
                and c.i < verb.i
                and c.lemma_.lower() in kinds["reporting"]
            ]
            holder = speech[-1] if speech else verb.head
            subjects = [c for c in holder.children if c.dep_ == "nsubj" and c.i < holder.i]
            reporter = subjects[-1] if subjects else None  # the nearest before the verb
        if (
            reporter is not None
            and verb.lemma_.lower() in BELIEF_LEMMAS
            and reporter.lower_ in SPEAKER_PRONOUNS
            and verb.dep_ == "ccomp"
            and verb.head.lemma_.lower() in kinds["reporting"]
            and (speaker := _own_or_shared_subject(verb.head)) is not None
        ):
            # "said he believed al Qaeda was behind the bombings": a belief its holder
            # makes known is what he says
            verb, reporter = verb.head, speaker
        if reporter is None or reporter.lower_ in FIRST_PERSON or negation(verb):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        lemma = verb.lemma_.lower()
        if denied:
            # "said the takeover was not the appropriate response": a verdict on the act,
            # the one thing a denied clause can pass
            if (
                lemma in kinds["reporting"]
                and subject is not None
                and (verdict := _act_judged(clause, counted(subject), verdicts)) is not None
            ):
                cue = f"reported verdict: '{verb.text} ... {subject.text} {clause.text} not {verdict.text}'"
                found.append(("ACCUSE", clause, reporter, [counted(subject)], cue))
            continue
        modal = _told_to_come(clause) or (
            # "warned Khartoum that it faced sanctions": what the warned face is to come,
            # in any tense
            lemma == "warn" and clause.lemma_.lower() == "face"
        )
        # ("warned Warsaw that Moscow would be forced to respond": a response, as
        # "would respond" is)
        measures = (
            _measures_taken(clause)
            or _forced_to_hit_back(clause) is not None
            or _firm_action(clause)
        )
        if modal and (
            lemma == "warn"
            # "said any military intervention in Niger would be considered a declaration
            # of war": a hostile act supposed and answered with force, whoever says it
            or (
                lemma in kinds["reporting"]
                and _hostile_act_supposed(subject)
                and _answered_by_force(clause)
            )
            # "said Washington would take further action against those responsible": a
            # party's own measures against another, said by it
            # (or "said Russia would take serious steps in response")
            or (lemma in kinds["reporting"] and measures and _in_response(clause))
            or (
                lemma in kinds["reporting"]
                and measures
                and bool(clause_targets(clause))
                and subject is not None
                and (subject.lower_ in SPEAKER_PRONOUNS or subject.pos_ == "PROPN")
            )
        ):
            conditional = any(
                c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in kinds["condition"] for m in c.children)
                for c in clause.children
            )
            # "warned Seoul that any punishment would mean war": a hostile act put as
            # a condition, like "if Seoul punished it"
            hostile_condition = _hostile_act_supposed(subject)
            # "warned that it would regard any sanctions as a declaration of war": what
            # the one who warns says it will itself do is what it threatens
            # (or its own side's: "warned the rebels that his troops would show no mercy",
            # "warned Riyadh that its attacks would widen")
            own_side = (
                subject is not None
                and counted(subject).lemma_.lower() in OWN_SIDE_DEEDS
                and (owner := _own(subject)) is not None
                and owner.lower_ in POSSESSIVE_SUBJECTS
            )
            own_deed = (
                lemma == "warn"
                and subject is not None
                and (subject.lower_ in SPEAKER_PRONOUNS or own_side)
            ) or (lemma in kinds["reporting"] and measures)
            if not (conditional or hostile_condition or own_deed) and not (
                clause.lemma_.lower() in HARM_LEMMAS
                or measures
                or (lemma == "warn" and _consequences_had(clause))
            ):
                continue
            warned = _parties_warned(clause)
            if hostile_condition and conditional and not warned:
                # "warned that further strikes would follow if Baghdad continued to defy":
                # blows put on a condition threaten the one the condition is put to
                warned = _put_on_condition(clause)
            if (
                hostile_condition
                and not warned
                and not _answered_by_force(clause)
                # ("warned that any U.S. intervention would cause irreparable damage")
                and clause.lemma_.lower() not in HARM_LEMMAS
            ):
                continue  # "warned that any sanctions would hurt Iranians": a forecast
            # "warned that Islamabad would take all necessary steps", "would retaliate":
            # the clause's subject is the one who menaces, not the one menaced
            menacing = clause.lemma_.lower() in MENACING_LEMMAS or measures
            if menacing and not warned:
                warned = clause_targets(clause) or _put_on_condition(clause)
            if (
                menacing
                and not warned
                and subject is not None
                and subject.dep_ == "nsubjpass"
                and subject.lower_ not in SPEAKER_PRONOUNS
            ):
                # "warned that troublemakers would be severely punished": the passive's
                # subject is the one who would be struck, not the one striking
                warned = [subject]
            if (
                not warned
                and not (hostile_condition and _answered_by_force(clause))
                and not menacing
                and subject is not None
                and subject.lower_ not in SPEAKER_PRONOUNS
            ):
                # "warned that Moscow would face sanctions", "that any U.S. intervention
                # would cause irreparable damage" (its maker is menaced)
                warned = [subject]
            cue = f"reported threat: '{verb.text} ... {clause.text}'"
            found.append(("THREATEN", clause, reporter, warned, cue))
        elif lemma in kinds["reporting"] and (hit := _hitting_back_in(clause)) is not None:
            back, targets = hit
            cue = f"reported threat: '{verb.text} ... {back.text}'"
            found.append(("THREATEN", back, reporter, targets, cue))
        elif (
            (lemma in kinds["reporting"] or lemma in PLEDGING_LEMMAS)
            and subject is not None
            # a party named: "consumers would pay more" is none; but a vow makes any
            # subject pay ("vowed that the militants who did it would pay")
            and (
                subject.pos_ == "PROPN"
                # ("Saudi Arabia's rulers", "the Iranian regime": a party named by its state)
                or (
                    subject.pos_ == "NOUN"
                    and any(
                        c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("GPE", "NORP")
                        for c in subject.subtree
                        if c.i < subject.i
                    )
                )
                or (lemma in PLEDGING_LEMMAS and subject.pos_ == "NOUN")
                # ("vowed that those responsible would be punished")
                or (lemma in PLEDGING_LEMMAS and _those_who_did_it(subject))
            )
            and (paying := _made_to_pay(clause)) is not None
        ):
            # "Netanyahu said Iran had made a big mistake and would pay for it"
            cue = f"reported threat: '{verb.text} ... {subject.text} {paying.text}'"
            found.append(("THREATEN", paying, reporter, [subject], cue))
        elif (
            lemma in kinds["reporting"]
            and subject is not None
            and (note := disputed_note(clause)) is not None
        ):
            # "Bangkok said the Cambodians had opened fire first, a charge Phnom Penh
            # rejected": what the note calls a charge is one, laid on the clause's doer
            cue = f"reported charge: '{verb.text} ... {clause.text}', a {note.text}"
            found.append(("ACCUSE", clause, reporter, [counted(subject)], cue))
        elif (
            # ("the two leaders agreed that the test was intolerable": a verdict shared)
            (lemma in kinds["reporting"] or lemma == "agree")
            and subject is not None
            # ("said some of the deal's provisions were unacceptable": the provisions)
            and (subject := counted(subject)) is not None
            and (verdict := _act_judged(clause, subject, verdicts | dismissals)) is not None
        ):
            # "the United States said the warrant was politically motivated": a verdict on
            # an act told before, aimed at whoever did it ("said the accusations were
            # baseless": a dismissal of them, REJECT)
            cue = f"reported verdict: '{verb.text} ... {subject.text} {clause.text} {verdict.text}'"
            dismissed = verdict.lower_ in dismissals or verdict.lemma_.lower() in dismissals
            kind = "REJECT" if dismissed and verdict.lower_ not in verdicts else "ACCUSE"
            found.append((kind, clause, reporter, [subject], cue))
        elif lemma in kinds["reporting"] and subject is not None and subject.pos_ != "PRON":
            blamed = (
                clause.lower_ in BLAME_WORDS
                # "said the diplomats had been meddling in domestic politics"
                or clause.lemma_.lower() in misdeeds
                # "said the ships had illegally entered Russian waters" (not "said the crew
                # had been detained illegally": those done to are not the culprits)
                or (
                    any(c.dep_ == "advmod" and c.lower_ in UNLAWFULLY for c in clause.children)
                    and (subject.dep_ != "nsubjpass" or passive_agent(clause) is not None)
                )
                # "said the United States bore full responsibility for the collision"
                or (
                    clause.lemma_.lower() == "bear"
                    and any(
                        c.dep_ == "dobj" and c.lemma_.lower() == "responsibility"
                        for c in clause.children
                    )
                )
            ) or any(  # "may have been involved in"
                (
                    c.lower_ in BLAME_WORDS
                    and c.dep_ in ("acomp", "prep", "attr")
                    and (c.lower_ != "behind" or _behind_an_act(c))
                )
                # "said China was the most likely culprit"
                or (c.dep_ == "attr" and c.lemma_.lower() in BLAMED_NOUNS)
                # "declared that Iran was in breach of its obligations"
                or (c.dep_ == "prep" and c.lower_ == "in" and _breach_in(c))
                # "said Iran was to blame for the attack"
                or to_blame(c)
                # "said the Philippines had violated China's sovereignty"
                or (
                    c.dep_ == "dobj"
                    and c.lemma_.lower() in BREACHED_NOUNS
                    and clause.lemma_.lower() in BREACHING_LEMMAS
                )
                # "said North Korea's leaders had committed crimes against humanity"
                or (
                    c.dep_ == "dobj"
                    and clause.lemma_.lower() == "commit"
                    and (
                        c.lemma_.lower() in crimes
                        or any(g.lemma_.lower() in crimes for g in _objects_of(c, "of"))
                    )
                )
                for c in clause.children
            )
            if blamed:
                cue = f"reported blame: '{verb.text} ... {subject.text} {clause.text} ...'"
                # ("said the violence was being manipulated by politicians": the doers)
                agent = passive_agent(clause) if subject.dep_ == "nsubjpass" else None
                found.append(("ACCUSE", clause, reporter, [agent or subject], cue))
    return found


# what a "use of" is a use of force by, and the acts such a use retells
USED_FORCE_WORDS = frozenset({"force", "violence", "arm", "weapon", "firearm"})
FORCEFUL_TYPES = frozenset({"ASSAULT", "COERCE"})

# the manner that makes any act told a misdeed
UNLAWFULLY = frozenset({"illegally", "unlawfully", "illicitly"})

# the modes of the acts reported clauses tell, by their rule's cue: blame is an allegation,
# talks ruled out refuse a meeting, a measure kept refuses to yield, ties at stake threaten
# relations
CUE_MODES = {
    "court ruling": "convict",
    "reported blame": "allege",
    "reported charge": "allege",
    "talks ruled out": "meet",
    "measure kept": "yield",
    "ties at stake": "relations",
}


# what an act will not go, or not be left, without: "would not go unpunished"
UNANSWERED = frozenset({"unpunished", "unanswered", "unavenged"})
ANSWERS = frozenset({"consequence", "response", "answer", "reply", "punishment", "retaliation"})


def _answer_promised(clause: Token) -> bool:
    """Whether a modal clause denies that its subject, an act, will go unanswered: "would
    not go unpunished", "will not remain unanswered", "would not be left without
    consequences"."""
    if negation(clause) is None or modal_of(clause) is None:
        return False
    return any(
        (c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in UNANSWERED)
        or (
            c.dep_ == "prep"
            and c.lower_ == "without"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in ANSWERS for g in c.children)
        )
        for c in clause.children
    )


def _stance_speaker(clause: Token, reporting: Container[str]) -> Token | None:
    """Who states the stance a reported clause tells ("said there would be no talks",
    "said its sanctions would stay in place"): the subject of the saying verb, where it
    says so itself (no quoted "we", no "did not say")."""
    speaker = _own_or_shared_subject(clause.head)
    if (
        speaker is None
        or speaker.lower_ in FIRST_PERSON
        or clause.head.lemma_.lower() not in reporting
        or negation(clause.head)
    ):
        return None
    return speaker


# verbs of putting ties at risk, and the ties: "could jeopardise the agreement"
ENDANGERING_LEMMAS = frozenset(
    {"jeopardise", "jeopardize", "endanger", "damage", "harm", "hurt", "undermine", "affect"}
    | {"sour", "strain", "imperil", "threaten"}
)
# what ties at stake would do: "relations would suffer"
SUFFERING_LEMMAS = frozenset({"suffer", "deteriorate", "worsen"})
TIES_NOUNS = frozenset(
    {"relation", "tie", "relationship", "agreement", "cooperation", "partnership", "talk"}
    | {"deal", "accord", "aid", "membership", "bid"}
)


def _ties_at_stake(clause: Token) -> list[Token] | None:
    """The parties of the ties a modal clause puts at risk ("the verdict could jeopardise
    the association agreement", "its actions could affect its relations with Russia"),
    or None where the clause puts none at risk: the "with" party of the ties, else the
    owner of what endangers them ("Moscow's actions"), else none named (the warned)."""
    lemma = clause.lemma_.lower()
    if lemma not in ENDANGERING_LEMMAS | SUFFERING_LEMMAS or negation(clause):
        return None
    if not under_a_modal(clause):
        return None
    # (or the ties are what would suffer: "relations between China and Norway would
    # suffer", "ties with Kyiv would be damaged")
    ties_deps = ("nsubj", "nsubjpass") if lemma in SUFFERING_LEMMAS else ("dobj", "nsubjpass")
    ties = next(
        (c for c in clause.children if c.dep_ in ties_deps and c.lemma_.lower() in TIES_NOUNS),
        None,
    )
    if ties is None:
        return None
    if ties.dep_ != "dobj":
        # "between China and Norway": both (the speaker's own side is no party warned)
        return [p for o in _objects_of(ties, "with", "between") for p in (o, *o.conjuncts)]
    parties = _objects_of(ties, "with")
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    owner = _own(subject) if subject is not None else None
    if not parties and owner is not None and owner.lower_ not in POSSESSIVE_SUBJECTS:
        parties = [owner]
    return parties


# measures weighing on a party, which may be kept in place or eased
KEPT_MEASURES = frozenset(
    {"sanction", "ban", "embargo", "restriction", "curfew", "blockade", "tariff", "boycott"}
)


# verbs of keeping a measure one has: "would keep its sanctions in place"
MEASURE_KEEPING = frozenset({"keep", "leave", "maintain"})


def _measure_kept(clause: Token) -> Token | None:
    """The measure "... would stay in place" (or "remain in force") keeps, as the subject
    of ``clause`` ("its sanctions on Tripoli would stay in place") or the object of a
    verb of keeping ("would keep its own sanctions in place"), or None."""
    lemma = clause.lemma_.lower()
    if lemma not in ("stay", "remain", *MEASURE_KEEPING) or negation(clause):
        return None
    # ("would keep its sanctions against Tehran in place": the measure is the object, and
    # the parser may hang "in place" on it)
    measure = next(
        (c for c in clause.children if c.dep_ == ("dobj" if lemma in MEASURE_KEEPING else "nsubj")),
        None,
    )
    kept = any(
        o.lemma_.lower() in ("place", "force", "effect")
        for holder in (clause, measure)
        if holder is not None
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children
        if o.dep_ == "pobj"
    )
    if not kept or measure is None or measure.lemma_.lower() not in KEPT_MEASURES:
        return None
    return measure


def _no_talks(clause: Token) -> Token | None:
    """The noun of "there would be no negotiations (with ...)" under ``clause``, or None.
    Only a modal's clause rules talks out: "there had been no meeting" tells what was
    not, and refuses no one."""
    return _ruled_out(clause, lambda noun: noun.lemma_.lower() in TALKS_NOUNS)


def _no_reprisals(clause: Token) -> Token | None:
    """The noun of "there would be no reprisals (against ...)" or "no witch hunt" under
    ``clause``, or None."""
    return _ruled_out(
        clause,
        lambda noun: (
            noun.lemma_.lower() in REVENGE_NOUNS
            or (
                noun.lemma_.lower() == "hunt"
                and any(c.dep_ == "compound" and c.lower_ == "witch" for c in noun.children)
            )
        ),
    )


# the nouns of sparing the guilty, which "there would be no ..." refuses them
PARDON_NOUNS = frozenset({"pardon", "amnesty", "clemency", "leniency", "impunity"})


def _no_pardon(clause: Token) -> Token | None:
    """The noun of "there would be no pardon (for ...)" under ``clause``, or None."""
    return _ruled_out(clause, lambda noun: noun.lemma_.lower() in PARDON_NOUNS)


def _ruled_out(clause: Token, kind: Callable[[Token], bool]) -> Token | None:
    """The noun of ``kind`` that "there would be no ..." under ``clause`` rules out."""
    if clause.lemma_ != "be" or not any(c.dep_ == "expl" for c in clause.children):
        return None
    if not under_a_modal(clause):
        return None
    return next(
        (
            c
            for c in clause.children
            if c.dep_ == "attr"
            and kind(c)
            and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        ),
        None,
    )


# what "there would be no ..." rules out, and what saying so is: talks refused to those
# they would be held with ("no negotiations with the RSF"), mercy refused to those it would
# spare ("no pardon for those responsible"), and reprisals forgone toward those at one's
# mercy, said or promised ("no reprisals against his opponents", as "would not take
# revenge on them"): (finder, type, prepositions of the parties, cue, verbs beside report)
RULED_OUT: tuple[
    tuple[Callable[[Token], Token | None], str, tuple[str, ...], str, frozenset[str]], ...
] = (
    (_no_talks, "REJECT", ("with",), "talks ruled out", frozenset()),
    (_no_pardon, "REJECT", ("for",), "mercy ruled out", frozenset()),
    (_no_reprisals, "CONCEDE", ("against", "on"), "reprisals ruled out", PROMISING_LEMMAS),
)


# what a warning says the warner will take, unnamed: "all necessary measures", "action"
MEASURE_NOUNS = frozenset({"measure", "countermeasure", "action", "step"})


# the types of a hostile act a warning may suppose: "any attack", "any blockade"
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})


def _hostile_act_noun(noun: Token) -> bool:
    """Whether a noun names a hostile act: one the packaged lexicon codes as an assault,
    coercion, threat or sanction ("attack", "blockade"), or a reprisal ("punishment",
    "response")."""
    lemma = noun.lemma_.lower()
    if lemma in PUNISHMENT_NOUNS or lemma in RESPONSE_NOUNS:
        return True
    return any(p.event in HOSTILE_TYPES for p in load_lexicon().by_noun.get(lemma, ()))


def _answered_by_force(clause: Token) -> bool:
    """Whether a clause says what it supposes will be answered with force or a reprisal
    ("would trigger a crushing response", "would mean war", "would be met with force")."""
    said = [c for c in clause.children if c.dep_ in ("dobj", "attr", "oprd")]
    # ("would be a cause for war", "would be considered a declaration of war")
    said += [g for w in list(said) for p in ("of", "for") for g in _objects_of(w, p)]
    said += _objects_of(clause, "with")
    return any(w.lemma_.lower() in RESPONSE_NOUNS | PUNISHMENT_NOUNS | {"war"} for w in said)


def _hostile_act_supposed(subject: Token | None) -> bool:
    """Whether a reported clause's subject supposes a hostile act: "any attack on
    Crimea", "any retaliation", "a similar raid", "another incursion"."""
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and any(
            (c.dep_ == "det" and c.lower_ in ("any", "another"))
            or (c.dep_ == "amod" and c.lower_ in ("similar", "further", "new"))
            for c in subject.children
        )
        and _hostile_act_noun(subject)
    )


def _consequences_had(clause: Token) -> bool:
    """Whether a warned clause says its subject's deed will have consequences ("warned
    that France's intervention would have consequences"): a menace to its maker."""
    return clause.lemma_.lower() == "have" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("consequence", "repercussion")
        for c in clause.children
    )


def _in_response(clause: Token) -> bool:
    """Whether a clause says it answers something ("would take serious steps in
    response", "in retaliation")."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in RETALIATION_LEMMAS for o in prep.children)
        for prep in clause.children
    )


# verbs of acting on someone, and the manner that makes the act a menace: "would act
# firmly against", "will deal decisively with", "would react harshly"
ACTING_LEMMAS = frozenset({"act", "deal", "react"})
FIRMLY = frozenset(
    {"firmly", "decisively", "strongly", "harshly", "severely", "sternly", "resolutely"}
    | {"forcefully", "ruthlessly", "mercilessly", "swiftly", "robustly", "toughly"}
)


def _firm_action(clause: Token) -> bool:
    """Whether a warned clause says its subject will act firmly on someone ("warned that
    troops would act firmly against anyone disturbing public order"): a menace."""
    return clause.lemma_.lower() in ACTING_LEMMAS and any(
        c.dep_ == "advmod" and c.lower_ in FIRMLY for c in clause.children
    )


def _measures_taken(clause: Token) -> bool:
    """Whether a warned clause says its subject will take measures or action ("warned it
    would take all necessary measures to defend its sovereignty"): a menace left unsaid."""
    if clause.lemma_.lower() != "take":
        return False
    # ("would take whatever steps were needed": the parser makes the measures a clause's)
    taken = [c for c in clause.children if c.dep_ == "dobj"] + [
        g for c in clause.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubjpass"
    ]
    return any(t.lemma_.lower() in MEASURE_NOUNS for t in taken)


# what a party is told it will suffer: "would pay for it", "will pay a heavy price"
PAYING_LEMMAS = frozenset({"pay", "suffer"})
# verbs of having a deed done, whose object an accusation names: "of directing attacks"
# (not "planning a strike", which may never have been made)
INSTIGATING_LEMMAS = frozenset(
    {"direct", "order", "orchestrate", "mastermind", "organise", "organize", "sponsor"}
)
# the deeds an accusation may name by a noun
ALLEGED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})
# verbs of breaking a rule, and the rules a reported act is said to break
BREACHING_LEMMAS = frozenset({"violate", "breach", "contravene"})
# verbs that join an act to what it is judged to be: "the move was illegal", "the deal did
# not look credible", "the tariffs proved counterproductive"
LINKING_LEMMAS = frozenset({"be", "seem", "appear", "look", "prove", "remain"})
# verbs that say what an act counts as: "amounted to a war crime", "constituted genocide"
AMOUNTING_LEMMAS = frozenset({"amount", "constitute"})
# a vote judged is no party's act: "said the election was neither free nor fair"
POLL_NOUNS = frozenset({"vote", "election", "poll", "runoff", "ballot", "referendum", "plebiscite"})
# what an act is said not to be when it is disapproved of: "was not the appropriate
# response", "was not acceptable", "did not look credible"
FITTING_WORDS = frozenset(
    {
        "acceptable",
        "appropriate",
        "right",
        "helpful",
        "justified",
        "justifiable",
        "legitimate",
        "legal",
        "lawful",
        "proportionate",
        "constructive",
        "credible",
        "wise",
        "fair",
        "necessary",
    }
)
BREACHED_NOUNS = frozenset(
    {"law", "charter", "sovereignty", "ceasefire", "truce", "agreement", "resolution", "norm"}
)
# what a party is told it will face: "would face a severe punishment"
PUNISHMENT_NOUNS = frozenset(
    {"punishment", "consequence", "retaliation", "retribution", "reprisal", "response", "price"}
    | {"revenge", "vengeance", "wrath"}
)
# verbs that pledge what follows: "vowed that Israel would pay"
PLEDGING_LEMMAS = frozenset({"vow", "swear", "promise", "pledge", "warn"})


def _those_who_did_it(subject: Token) -> bool:
    """Whether a subject is "those responsible" or "those behind the attack": the
    doers of a deed, whom a vow may make pay."""
    return subject.lower_ in DOER_PRONOUNS and any(
        c.dep_ in ("amod", "acl", "relcl", "prep") for c in subject.children
    )


def _made_to_pay(clause: Token) -> Token | None:
    """The verb of a reported clause (or of a verb joined to it) that says its subject
    will pay or suffer for what it did: a threat made to that subject."""
    for verb in (clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        if negation(verb):
            continue
        lemma = verb.lemma_.lower()
        # "would face a severe punishment", not "would face a hard winter"
        punished = (
            lemma == "face"
            and any(
                # ("vowed that Israel would face a bitter and painful fate")
                c.dep_ == "dobj" and c.lemma_.lower() in PUNISHMENT_NOUNS | {"fate"}
                for c in verb.children
            )
        ) or (
            # "vowed that those responsible would be punished" (or "hunted down and
            # punished", the second verb of the passive)
            lemma in PUNISHING_LEMMAS
            and any(
                c.dep_ == "auxpass" for c in (verb.head if verb.dep_ == "conj" else verb).children
            )
        )
        if lemma not in PAYING_LEMMAS and not punished:
            continue
        if any(
            c.dep_ in ("dobj", "dative") and (c.ent_type_ == "MONEY" or c.pos_ == "PROPN")
            for c in verb.children
        ):
            continue  # "will pay Ukraine about $100 million a year": a payment, no menace
        if lemma == "pay" and any(
            c.dep_ in ("xcomp", "advcl") and to_infinitive(c) for c in verb.children
        ):
            continue  # "would pay to expand the monitoring force": what is paid for
        if verb is not clause and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue  # a subject of its own is another clause
        if _told_to_come(verb):
            return verb
    return None


# what one is said to have made that blames one ("said Iran had made a grave mistake")
MISTAKE_NOUNS = frozenset({"mistake", "error", "blunder"})


# verbs by which a court gives its ruling: "ruled that", "found that"
RULING_LEMMAS = frozenset({"rule", "find"})
# the bodies whose ruling binds: "the tribunal ruled that China had no legal basis"
COURT_NOUNS = frozenset({"court", "tribunal", "judge", "arbitration"})
# manners of acting a court finds against: "had acted unlawfully"
UNLAWFUL_MANNERS = frozenset(
    {"unlawfully", "illegally", "unconstitutionally", "illegitimately", "wrongly"}
)


def _ruling_against(clause: Token) -> tuple[Token, Token] | None:
    """(court, party) where ``clause`` is what a court rules or finds against a party:
    that it has no right or basis ("ruled that China has no legal basis"), that it
    violated something, or that it acted unlawfully or illegally."""
    verb = clause.head
    if verb.lemma_.lower() not in RULING_LEMMAS:
        return None
    court = _own_or_shared_subject(verb)
    if court is None or not (
        court.lemma_.lower() in COURT_NOUNS
        or any(c.dep_ == "compound" and c.lemma_.lower() in COURT_NOUNS for c in court.children)
    ):
        return None
    losing = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if losing is None or losing.pos_ not in ("PROPN", "NOUN") or losing.lower_ in RELATIVE_WORDS:
        return None
    lemma = clause.lemma_.lower()
    lacking = lemma == "have" and any(
        d.dep_ == "det" and d.lower_ == "no"
        for c in clause.children
        if c.dep_ == "dobj"
        for d in c.children
    )
    breached = lemma in BREACHING_LEMMAS and not negation(clause)
    # (not "ruled that the ban was unconstitutional": a measure struck down, no party
    # ruled against)
    unlawful = any(c.dep_ == "advmod" and c.lower_ in UNLAWFUL_MANNERS for c in clause.children)
    return (court, losing) if lacking or breached or unlawful else None


# what makes a declared emergency one of relief, not of rule by force
RELIEF_EMERGENCY_WORDS = frozenset({"humanitarian", "health", "medical", "climate", "mourning"})


def _emergency_of_a_hazard(trigger: Trigger, hazards: frozenset[str]) -> bool:
    """Whether a state of emergency declared meets a disaster, not unrest: "declared the
    Ebola epidemic a public health emergency", "a humanitarian emergency", "declared a
    national emergency and three days of mourning" after a cyclone."""
    noun = trigger.noun
    if trigger.pattern.mode != "martial-law" or noun is None:
        return False
    if noun.lemma_.lower() != "emergency":
        return False
    said = [c for c in noun.children if c.dep_ in ("amod", "compound", "conj")]
    said += [g for c in said if c.dep_ == "conj" for g in _objects_of(c, "of")]
    if any(w.lemma_.lower() in RELIEF_EMERGENCY_WORDS for w in said):
        return True
    verb = trigger.head
    return any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass") and counted(c).lemma_.lower() in hazards
        for c in verb.children
    )


def _unfitting_verdict(clause: Token) -> bool:
    """Whether a denied clause says an act was not fitting: "was not acceptable", "was not
    the appropriate response", "did not look credible"."""
    return clause.lemma_.lower() in LINKING_LEMMAS and any(
        w.lower_ in FITTING_WORDS for w in _predicate_words(clause)
    )


def _act_judged(clause: Token, subject: Token, verdicts: frozenset[str]) -> Token | None:
    """The word of disapproval a reported clause passes on a definite act ("the strike was
    a war crime", "the warrant was politically motivated"), or None."""
    if not verdicts:
        return None
    if clause.lemma_.lower() == "make" and (subject.pos_ == "PROPN" or _definite(subject)):
        # "said the bloc had made a mistake": a verdict on the party that made it
        return next(
            (
                c
                for c in clause.children
                if c.dep_ == "dobj" and c.lemma_.lower() in MISTAKE_NOUNS & verdicts
            ),
            None,
        )
    lemma = clause.lemma_.lower()
    if lemma not in LINKING_LEMMAS | BREACHING_LEMMAS | AMOUNTING_LEMMAS or subject.pos_ != "NOUN":
        return None
    if not any(
        (c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_WORDS)
        # "Italy's plan": a party's own, as definite as "its plan"
        or (c.dep_ == "poss" and c.pos_ == "PROPN")
        # ("the military's removal of Zelaya")
        or (
            c.dep_ == "poss"
            and c.pos_ == "NOUN"
            and any(d.dep_ == "det" and d.lower_ in DEFINITE_WORDS for d in c.children)
        )
        for c in subject.children
    ):
        return None
    if clause.lemma_.lower() in BREACHING_LEMMAS:
        # "said the attack violated international law": a breach is a verdict on the act
        return next(
            (c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in BREACHED_NOUNS),
            None,
        )
    # ("was not fair", "was neither free nor fair")
    negated = any(c.dep_ == "neg" for c in clause.children) or negation(clause) == "neither"
    if lemma in AMOUNTING_LEMMAS:
        # "said China's detention of Uyghurs may amount to crimes against humanity", "said
        # the blockade constituted collective punishment": what the act counts as
        said = (
            _objects_of(clause, "to")
            if lemma == "amount"
            else [c for c in clause.children if c.dep_ == "dobj"]
        )
        # ("an act of aggression": the kind of act it is)
        said += [g for o in said for g in _objects_of(o, "of")]
        words = [w for o in said for w in (o, *(a for a in o.children if a.dep_ == "amod"))]
        return None if negated else next((w for w in words if w.lemma_.lower() in verdicts), None)
    for word in _predicate_words(clause):
        if negated:
            if word.lower_ in FITTING_WORDS:
                return word  # "was not the appropriate response": disapproval
        elif word.lemma_.lower() in verdicts or word.lower_ in verdicts:
            return word
    return None


def _predicate_words(clause: Token) -> list[Token]:
    """The words of what a linking clause says its subject is: the predicate, the ones
    joined to it ("were unnecessary and an intrusion"), their modifiers, and the
    direction of "a step in the wrong direction"."""
    words = []
    for child in clause.children:
        if child.dep_ not in ("acomp", "attr", "oprd"):
            continue
        for said in (child, *(g for g in child.children if g.dep_ == "conj")):
            words += [said, *(g for g in said.children if g.dep_ in ("amod", "advmod"))]
            words += [
                a
                for d in _objects_of(said, "in")
                if d.lemma_.lower() == "direction"
                for a in d.children
                if a.dep_ == "amod"
            ]
    return words


def _own_or_shared_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or, for a verb joined to another with none of its own,
    the subject they share."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


# what a party is warned to do when it is warned off: "to stop", "to halt", "to refrain"
DESISTING_LEMMAS = frozenset({"stop", "cease", "halt", "end", "refrain", "desist", "quit"})


def _warned_off(clause: Token) -> bool:
    """Whether ``clause`` is what a party is warned to stop or not to do: "warned the
    Philippines to stop provoking trouble", "warned Israel not to enter Rafah"."""
    warn = clause.head
    if clause.dep_ != "xcomp" or warn.lemma_.lower() != "warn":
        return False
    if not any(c.dep_ == "dobj" for c in warn.children):
        return False  # "warned to stay away": nobody named as warned
    return clause.lemma_.lower() in DESISTING_LEMMAS or any(
        c.dep_ == "neg" for c in clause.children
    )


def _vowed_response(clause: Token) -> bool:
    """Whether ``clause`` is an infinitive of hitting back under a pledge: "vowed to
    respond", "swore to defend itself"."""
    if clause.dep_ != "xcomp" or clause.head.lemma_.lower() not in PLEDGING_LEMMAS:
        return False
    lemma = clause.lemma_.lower()
    if lemma == "defend" and not _defends_ground(clause):
        return False  # "promised to defend their interests in Brussels": advocacy
    if _vanquishing(clause):
        return True  # "vowed to crush the rebellion", "to drive the Taliban out of Kabul"
    # "vowed to take revenge on Israel": the noun is the response
    return lemma in RESPONSE_LEMMAS | PUNISHING_LEMMAS or (
        lemma in ("take", "exact", "seek")
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in RETALIATION_LEMMAS for c in clause.children
        )
    )


# verbs of doing away with an enemy, which pledged are a menace of force ("vowed to crush
# the rebels"), though told as done they may be a figure ("crushed the opposition's hopes")
VANQUISHING_LEMMAS = frozenset(
    {"crush", "destroy", "annihilate", "eliminate", "eradicate", "wipe", "smash", "rout"}
)
# particles that make a verb one of driving out: "drive the Taliban out of Kabul"
OUSTING_PARTICLES = frozenset({"out", "away", "back"})


def _vanquishing(clause: Token) -> bool:
    """Whether a verb says its subject does away with another: "crush", "wipe out",
    "drive out", "bring to justice"."""
    lemma = clause.lemma_.lower()
    if lemma in VANQUISHING_LEMMAS:
        return True
    if lemma in ("drive", "push", "chase", "hunt"):
        return any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ in OUSTING_PARTICLES | {"down"}
            for c in clause.children
        )
    # ("bring those responsible to justice": the parser may hang "to" on the object)
    return lemma == "bring" and any(
        t.lower_ == "justice" and t.head.lower_ == "to" for t in clause.subtree
    )


# what a state defends by force: itself, its land and its sovereignty
DEFENDED_GROUND = frozenset(
    {"itself", "themselves", "ourselves", "himself", "sovereignty", "territory", "homeland"}
    | {"country", "border", "land", "nation", "soil", "independence", "airspace", "waters"}
)


def _defends_ground(clause: Token) -> bool:
    """Whether a pledge "to defend" is of the pledger's self or land ("swore to defend
    itself", "vowed to defend its sovereignty"), which holds force over an attacker."""
    return any(
        c.dep_ == "dobj" and DEFENDED_GROUND & {c.lower_, c.lemma_.lower()} for c in clause.children
    )


# harm pledged to a party named as the object: "vowed to punish Israel", "to punish the
# attackers" (a threat toward the object, whatever noun names it)
PUNISHING_LEMMAS = frozenset({"punish"})


# manners of a response that hold no harm over anyone
CALM_MANNERS = frozenset(
    {"calmly", "diplomatically", "peacefully", "cautiously", "constructively", "positively"}
    | {"soberly", "rationally", "responsibly", "carefully"}
)


def _hitting_back_in(clause: Token) -> tuple[Token, list[Token]] | None:
    """:func:`_hitting_back` of a reported clause, or of a verb joined to it that shares
    its subject ("said India wanted peace but would give a befitting reply"): that verb
    and the parties it is aimed at."""
    for verb in (clause, *(c for c in clause.children if c.dep_ == "conj")):
        if verb is not clause and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        if (targets := _hitting_back(verb)) is not None:
            return verb, targets
        if (forced := _forced_to_hit_back(verb)) is not None:
            return forced, clause_targets(forced) or _put_on_condition(forced)
    return None


# verbs of being made to act: "would be forced to respond"
FORCING_LEMMAS = frozenset({"force", "compel", "oblige"})


def _forced_to_hit_back(verb: Token) -> Token | None:
    """The response in "Moscow would be forced to respond with more than diplomatic
    means": a hitting back the speaker's side says it will be made to do, else None."""
    if verb.lemma_.lower() not in FORCING_LEMMAS or not any(
        c.dep_ == "aux" and c.lower_ in cues()["future"] for c in verb.children
    ):
        return None
    return next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in RESPONSE_LEMMAS),
        None,
    )


def _hitting_back(clause: Token) -> list[Token] | None:
    """The parties a reported readiness to hit back is aimed at ("said Moscow would
    respond to London's measures", "said Syria would defend itself against any attack":
    a threat), or None where the clause is none ("would respond to questions": an
    answer)."""
    if (clause.lemma_.lower() not in RESPONSE_LEMMAS and not _hard_reply_given(clause)) or not any(
        c.dep_ == "aux" and c.lower_ in cues()["future"] for c in clause.children
    ):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in CALM_MANNERS for c in clause.children):
        return None  # "her government would respond calmly": no harm held over anyone
    children = list(clause.children)
    if clause.lemma_.lower() == "defend" and (
        not _defends_ground(clause)
        or any(c.dep_ == "prep" and c.lower_ == "before" for c in children)
    ):
        # "the armed forces would defend the constitution": a stance; "would defend
        # himself before the Senate": a plea; neither holds force over anyone
        return None
    if any(c.dep_ == "prep" and c.lower_ == "within" for c in children) and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "against") for c in children
    ):
        # "the group would respond within days" (to the proposal told before): an answer
        # with a deadline, where "would respond soon to London's measures" hits back
        return None
    targets = clause_targets(clause) or _put_on_condition(clause)
    return None if any(t.lemma_.lower() in REPLIES for t in targets) else targets


# the manners of a reply that make it a blow: "would give a befitting reply"
HARD_REPLIES = frozenset(
    {"befitting", "fitting", "strong", "crushing", "harsh", "decisive", "resolute", "firm"}
    | {"tough", "forceful", "military", "severe", "robust", "appropriate", "swift"}
)


def _hard_reply_given(clause: Token) -> bool:
    """Whether ``clause`` gives or delivers a hard reply ("would give a befitting reply
    if provoked"): hitting back, told with a noun."""
    return clause.lemma_.lower() in ("give", "deliver") and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in ("reply", "response", "answer")
        and any(m.dep_ == "amod" and m.lower_ in HARD_REPLIES for m in c.children)
        for c in clause.children
    )


# marks of a clause whose act would lift a refusal: "until", "unless", "if"
LIFTING_MARKS = frozenset({"until", "unless", "if"})


def _condition_subjects(
    clause: Token, marks: frozenset[str], inverted: bool = False
) -> list[Token]:
    """The named subjects of the adverbial clauses on ``clause`` marked by one of
    ``marks`` (or, with ``inverted``, put as a condition by inversion: "Should Tehran
    resume enrichment")."""
    return [
        subject
        for child in clause.children
        if child.dep_ == "advcl"
        and (
            any(m.dep_ == "mark" and m.lower_ in marks for m in child.children)
            or (inverted and inverted_condition(child) is not None)
        )
        for subject in child.children
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.pos_ in ("PROPN", "NOUN")
    ]


def _refused_until(verb: Token) -> list[Token]:
    """The subjects of a clause on a refusal that says what would end it ("ruled out
    talks until the rebels lay down their weapons": the rebels)."""
    return _condition_subjects(verb, LIFTING_MARKS)


def _only_on_terms(head: Token) -> list[Token] | None:
    """The parties named in the terms an act is held to by "only" ("would be freed only
    in exchange for prisoners held by Israel", "only if the United Nations guaranteed
    ..."), which may be none; None where the act is held to no such terms."""
    for clause in head.children:
        if clause.dep_ not in ("prep", "advcl"):
            continue
        if not any(c.dep_ == "advmod" and c.lower_ == "only" for c in clause.children):
            continue
        return [
            t
            for t in clause.subtree
            if t.ent_type_ in ("GPE", "ORG")
            and t.pos_ == "PROPN"
            and (t.dep_ != "compound" or t.head.ent_type_ != t.ent_type_)
        ]
    return None


def _put_on_condition(clause: Token) -> list[Token]:
    """The parties a conditional threat is put to: the subjects of its "if", "unless" or
    "until" clause ("if Israel retaliates, Iran will respond": Israel)."""
    subjects = _condition_subjects(clause, cues()["condition"] | {"until"}, inverted=True)
    # "if attacks from Afghan soil continued": those the acts come from
    return [
        next(
            (
                g
                for p in s.children
                if p.dep_ == "prep" and p.lower_ in ("from", "by")
                for g in p.children
                if g.dep_ == "pobj"
            ),
            s,
        )
        for s in subjects
    ]


# verbs besides the reporting ones that report an obligation as a demand
OBLIGATION_REPORTERS = frozenset({"declare", "insist", "reiterate", "conclude", "stress"})


def _reported_obligations(clauses: list[Token]) -> list[tuple[Token, Token, Token]]:
    """Clauses "Y must/should do" reported by X: (clause verb, Y, X), for REQUEST."""
    kinds = cues()
    reporting = kinds["reporting"] | OBLIGATION_REPORTERS
    found = []
    for token in clauses:  # the sentence's ccomp clauses
        if (
            token.dep_ != "ccomp"
            or token.pos_ not in ("VERB", "AUX")  # "said the US must be ready to mediate"
            or token.head.lemma_.lower() not in reporting
        ):
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # "welcomed the call but said the group must disarm": the shared subject
        reporter = _own_or_shared_subject(token.head)
        # ("said Gaddafi had lost the legitimacy to rule and should leave now": or a verb
        # joined to the clause, with no subject of its own)
        joined = [
            c
            for c in token.children
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ]
        for verb in (token, *joined):
            if not any(c.dep_ == "aux" and c.lower_ in kinds["obligation"] for c in verb.children):
                continue
            if any(c.dep_ == "neg" for c in verb.children):
                continue
            if verb.pos_ == "AUX" and not any(c.dep_ == "acomp" for c in verb.children):
                continue  # "must be ready to mediate" asks; "should be behind bars" does not
            if subject is not None and reporter is not None and subject.pos_ != "PRON":
                found.append((verb, subject, reporter))
    return found


# verbs of owning up to what is told in their clause: "acknowledged that police had used
# tear gas excessively"
ADMITTING_LEMMAS = frozenset({"acknowledge", "admit", "concede", "confess"})


def _reported_admissions(clauses: list[Token]) -> list[tuple[Token, Token, Token]]:
    """Clauses a party owns up to ("X acknowledged that Y had failed"): (clause verb, the
    clause's subject Y, X), for CONCEDE where Y is X's own side. Not a clause of what may
    be ("acknowledged that parliament could still refuse"), nor an admission denied."""
    found = []
    for clause in clauses:  # the sentence's ccomp clauses
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in ADMITTING_LEMMAS:
            continue
        if negation(verb) is not None or negation(clause) is not None:
            continue
        if _told_to_come(clause):
            continue
        if any(c.dep_ == "attr" for c in clause.children):
            continue  # "acknowledged that the attackers were members of his party": who
            # they are, no failing owned
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        reporter = _own_or_shared_subject(verb)
        if subject is None or reporter is None or reporter.lower_ in FIRST_PERSON:
            continue
        if subject.pos_ == "PRON":
            continue  # "admitted it had a uranium programme": what it has, said of itself
        found.append((clause, subject, reporter))
    return found


def _summit_of_its_own(trigger: Trigger) -> bool:
    """Whether the trigger is a summit named by nothing but its own words ("a one-day
    summit", "the first summit"): no bloc or region's ("an Asia-Pacific summit", "a
    regional summit", "the G20 summit")."""
    noun = trigger.noun
    if noun is None or noun.lemma_.lower() != "summit":
        return False
    return not any(
        # (a time is no bloc: "a one-day summit")
        c.ent_type_ not in ("DATE", "TIME", "ORDINAL", "CARDINAL")
        and (
            c.dep_ in ("compound", "nmod", "poss")
            or c.ent_type_
            or (c.dep_ == "amod" and c.lower_ in not_actor_words("region") | {"regional"})
        )
        for c in noun.children
    )


def _visit_by_place(
    trigger: Trigger,
    ctx: DocContext,
    actors: list[Entity],
    recipients: list[Entity],
    mode: str | None,
    why: list[str],
    event_loc: dict[str, Any] | None = None,
) -> tuple[list[Entity], list[Entity], str | None]:
    """A meeting held in the state of one side only ("held talks with Putin in the
    Kremlin", "met Wong in Canberra", "met Burhan in Port Sudan") is a visit: the PLOVER
    manual codes the visitor as the actor and the host as the recipient."""
    states = {e.code for e in actors + recipients if _a_state_code(e.code)}
    if (
        mode == "multilateral"
        and len(states) == 2
        and len(actors + recipients) == 2
        and _summit_of_its_own(trigger)
    ):
        # "Koizumi and Kim Jong Il held a summit in Pyongyang": a summit of two is a
        # meeting of two, a visit where it is held in one side's state (not one of two
        # at a bloc's summit, "met Hu at an Asia-Pacific summit", a multilateral setting)
        mode = None
    if mode in ("phone", "third-party", "multilateral") or not (actors or recipients):
        return actors, recipients, mode
    host, where = None, ""
    holders = [trigger.head, *([trigger.noun] if trigger.noun is not None else [])]
    # ("held talks with Gantz in Israel", "met Bush at the White House": the parser may
    # hang the place on the one met, named as the object or in a "with" phrase)
    met = [c for h in holders for c in h.children if c.dep_ == "dobj"]
    met += [o for h in holders for p in h.children if p.lower_ == "with" for o in p.children]
    holders += [m for m in met if m.pos_ == "PROPN" and m.dep_ in ("dobj", "pobj")]
    for token in holders:
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for obj in prep.children:
                # ("met Gaddafi in a tent outside Tripoli": the town the site is by)
                for place in (
                    obj,
                    *(
                        g
                        for p in obj.children
                        if p.dep_ == "prep" and p.lower_ in ("outside", "near", "in")
                        for g in p.children
                        if g.dep_ == "pobj"
                    ),
                ):
                    if (seat := _town_named(place, ctx, states=True)) is not None:
                        host, where = seat
                        break

    if host is None:
        # "flew to Kabul and met Ghani", "Ikeda, who flew into Lima, held talks with
        # Fujimori": the town a journey joined to the meeting took the visitor to
        for journey in _journeys_joined(trigger.head):
            for prep in journey.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("to", "into", "in"):
                    continue
                for place in (g for g in prep.children if g.dep_ == "pobj"):
                    if (seat := _town_named(place, ctx)) is not None:
                        host, where = seat
    if host is None and event_loc is not None and event_loc.get("feature_class") == "P":
        # "met army chief Burhan in Port Sudan": a town the gazetteer places, in an "in"
        # or "at" phrase the parser may hang on the one met
        place = str(event_loc.get("extracted_place", ""))
        if any(
            t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.text in place.split()
            for t in trigger.head.subtree
        ):
            host, where = event_loc["country_code"], place
    sides = actors + recipients
    hosts = [e for e in sides if e.code == host]
    guests = [e for e in sides if e.code not in (host, None, NO_COUNTRY)]
    if host is None or not hosts or not guests:
        return actors, recipients, mode
    why.append(f"visit: held in '{where}', the host's state; the visitor is the actor")
    return guests, hosts, "visit"


def _town_named(place: Token, ctx: DocContext, states: bool = False) -> tuple[str, str] | None:
    """(the state, the words) of a seat of government, a capital or a city the word
    names, where it names one; with ``states``, of a state named as a place too ("held
    talks with Gantz in Israel")."""
    match = ctx.names.get(place.i) or gazetteer_match(place)
    kinds = ("seat", "capital", "city", "country") if states else ("seat", "capital", "city")
    if match is None or match.entry.kind not in kinds:
        return None
    return match.entry.code, place.doc[match.start : match.end].text


def _journeys_joined(verb: Token) -> list[Token]:
    """The verbs of a journey told with a meeting's verb: joined to it by "and" either
    way ("flew to Kabul and met Ghani"), or a relative clause on its subject ("Ikeda, who
    flew into Lima, held talks")."""
    near = [verb.head] if verb.dep_ == "conj" else []
    near += [c for c in verb.children if c.dep_ == "conj"]
    near += [g for c in verb.children if c.dep_ == "nsubj" for g in c.children if g.dep_ == "relcl"]
    # (leaving a town is no journey to it: "left Lima and met Fujimori")
    return [t for t in near if t.lemma_.lower() in JOURNEY_LEMMAS - {"leave"}]


def _since_then(trigger: Trigger) -> bool:
    """Whether the trigger's clause is a past act that only dates another: "the first
    such clash since the two sides agreed to a truce". (A present "since" gives a reason:
    "since Russia refuses to talk".)"""
    head = trigger.head
    if (
        head.dep_ == "acl"
        and head.tag_ == "VBN"
        and head.head.dep_ == "pobj"
        and head.head.head.lower_ == "since"
    ):
        return True  # "the first clash since a ceasefire brokered by Malaysia in July"
    return (
        # (an event noun's occurrence is left to _background: "since Russia's invasion
        # began" names a party and stays an event)
        (trigger.noun is None or trigger.noun.dep_ != "nsubj")
        and head.dep_ in ("advcl", "acl", "relcl", "pcomp")
        and head.tag_ in ("VBD", "VBN")
        and any(c.dep_ == "mark" and c.lower_ == "since" for c in head.children)
    )


def _fired_in_an_exercise(trigger: Trigger) -> bool:
    """Whether an attack is told by a participle of a clause that holds a drill ("staged
    a bombing drill near the border, dropping eight bombs on a firing range"): shots of
    an exercise, fired at no one."""
    head = trigger.head
    if trigger.pattern.event != "ASSAULT" or head.tag_ != "VBG" or head.dep_ != "advcl":
        return False
    if any(c.dep_ in ("nsubj", "mark") for c in head.children):
        return False
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in EXERCISE_NOUNS - {"patrol"}
        for c in head.head.children
    )


def _economic_retaliation(trigger: Trigger, lexicon: Lexicon) -> bool:
    """Whether a bare "retaliate" answers a trade or diplomatic measure ("retaliating
    against tariffs announced by Trump"), which it answers in kind, not by force."""
    if trigger.pattern.event != "ASSAULT" or trigger.noun is not None:
        return False
    lemma = trigger.head.lemma_.lower()
    # ("struck back against new U.S. tariffs": the verb with its particle)
    phrasal = {f"{lemma} {c.lower_}" for c in trigger.head.children if c.dep_ in ("prt", "advmod")}
    if lemma not in RETALIATION_LEMMAS and not phrasal & RETALIATION_LEMMAS:
        return False
    for prep in trigger.head.children:
        # ("retaliate with counter-tariffs on American goods": in kind)
        if prep.dep_ != "prep" or prep.lower_ not in ("against", "for", "to", "with"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lemma_.lower() in _measure_nouns(lexicon):
                return True
    return False


_MEASURES: list = [None, frozenset()]  # the lexicon, and its measure nouns


def _measure_nouns(lexicon: Lexicon) -> frozenset[str]:
    """Nouns a SANCTION pattern imposes ("impose +tariff", "@sanction") that no ASSAULT
    pattern names: measures answered in kind."""
    if _MEASURES[0] is not lexicon:
        imposed = {p.noun for p in lexicon.patterns if p.event == "SANCTION" and p.noun}
        imposed |= {
            n for n, ps in lexicon.by_noun.items() if any(p.event == "SANCTION" for p in ps)
        }
        violent = {p.noun for p in lexicon.patterns if p.event == "ASSAULT" and p.noun}
        violent |= {n for n, ps in lexicon.by_noun.items() if any(p.event == "ASSAULT" for p in ps)}
        _MEASURES[:] = [lexicon, frozenset(n for n in imposed - violent if not n.startswith("$"))]
    return _MEASURES[1]


def _sabotaged_process(trigger: Trigger, lexicon: Lexicon) -> bool:
    """Whether "sabotage" is done to a process, talks or a deal ("accused Kigali of
    sabotaging the peace process"): a figure of speech, no attack on a thing."""
    if trigger.pattern.event != "ASSAULT" or trigger.head.lemma_.lower() != "sabotage":
        return False
    acts = lexicon.classes.get("act", frozenset()) | PROCESS_NOUNS
    return any(
        c.dep_ == "dobj"
        and (
            c.lemma_.lower() in acts
            or any(p.event != "ASSAULT" for p in lexicon.by_noun.get(c.lemma_.lower(), ()))
        )
        for c in trigger.head.children
    )


# what is sabotaged in a figure of speech
PROCESS_NOUNS = frozenset({"process", "effort", "election", "economy", "relation", "plan"})


def _met_as_fulfilled(trigger: Trigger, roles: Roles, goals: frozenset[str]) -> bool:
    """ "Conditions were met", "targets are met": "meet" in the passive with no agent
    names no meeting; nor does meeting a goal ("Germany met the NATO target", "would not
    meet the deadline"), one of the lexicon's ``goal`` nouns."""
    head = trigger.head
    if trigger.pattern.event != "CONSULT" or trigger.noun is not None:
        return False
    if head.lemma_.lower() != "meet":
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in goals for c in head.children):
        return True
    return any(c.dep_ == "auxpass" for c in head.children) and not roles.actor_heads


# verbs and nouns of going somewhere, which make a visit only when the place is another's
TRAVEL_WORDS = frozenset({"visit", "travel", "arrive", "fly", "head", "return", "trip", "tour"})


# who reports, publishes or broadcasts: what a state blocks of theirs is censored
MEDIA_SECTORS = frozenset({"JRN"})


def _leaving_a_body(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """SANCTION withdraw for a withdrawal whose only recipients are organisations."""
    if event["event"] not in ("RETREAT", "CONCEDE") or not event["recipient"]:
        return None
    words = {trigger.head.lemma_.lower()}
    if trigger.noun is not None:
        words.add(trigger.noun.lemma_.lower())
    if not words & {"withdraw", "withdrawal"}:
        return None
    if not all(r["code"] in INTERNATIONAL_CODES for r in event["recipient"]):
        return None
    return dataclasses.replace(
        Pattern.rule("SANCTION", "a withdrawal from an organisation"), mode="withdraw"
    )


def _part_of_a_protest(
    trigger: Trigger, event: dict[str, Any], protests: dict[int, dict[str, Any]]
) -> bool:
    """Whether a demonstration is told by a participle on one just told, or by a verb
    joined to it, by the same crowd ("marched through Gaza City, burning flags and
    chanting slogans against Israel", "looted shops and torched cars", "burned tyres and
    blocked roads"): one demonstration, not two (in the read sets the second was a false
    alarm 4 times in 5). What the participle aims it at becomes the demonstration's,
    where it had none; a verb aimed at another party is an act of its own."""
    if event["event"] != "PROTEST" or event["factuality"] != "asserted":
        return False
    verb = trigger.head
    while verb.dep_ == "conj" and verb.tag_ == "VBG":
        verb = verb.head  # "burning flags and chanting slogans"
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
    if not ((participle or verb.dep_ == "conj") and verb.head.i in protests):
        return False
    main = protests[verb.head.i]
    if {a["code"] for a in main["actor"]} != {a["code"] for a in event["actor"]}:
        return False
    targets = {r["code"] for r in event["recipient"]}
    if not participle and targets and targets != {r["code"] for r in main["recipient"]}:
        return False  # ("looted shops and stormed the parliament": two targets, two acts)
    if event["recipient"] and not main["recipient"]:
        main["recipient"] = event["recipient"]
        main["evidence"] += (
            f"; recipient from {event['event_text']!r}, told of the same demonstration"
        )
    return True


def _protests_told_by_their_dispersal(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events with a demonstration added where the story tells one only by what was
    done to it ("police fired tear gas at thousands of protesters"): protesters attacked
    or arrested were protesting, though no verb says so. Only where no protest was told
    before, nor in the same sentence, lest one demonstration be coded twice."""
    out: list[dict[str, Any]] = []
    protested = False
    told = {e["start"] for e in events if e["event"] == "PROTEST"}
    for event in events:
        out.append(event)
        if event["event"] == "PROTEST" and event["factuality"] == "asserted":
            protested = True
        if (
            protested
            or event["event"] not in ("ASSAULT", "COERCE")
            or event["factuality"] != "asserted"
            or event["start"] in told
        ):
            continue
        crowd = [
            r
            for r in event["recipient"]
            if any(w in (r.get("text") or "").lower() for w in DEMONSTRATOR_WORDS)
        ]
        if not crowd or not any(a["code"] for a in event["actor"]):
            continue
        protest = {
            **event,
            "event": "PROTEST",
            "mode": "demo",
            "context": list(event["context"]),  # (its own list, not the act's)
            "actor": crowd,
            "recipient": [],
            "quad_code": ontology.event_types()["PROTEST"].quad_class,
            "goldstein": ontology.score("PROTEST", "demo"),
            # (read off another act, not told: less sure than the act itself)
            "confidence": round(event["confidence"] * 0.7, 3),
            "evidence": f"a demonstration told by what was done to it: {event['event_text']!r}"
            f" on {', '.join(repr(r['text']) for r in crowd)}",
        }
        out.append(protest)
        protested = True
    return out


# the words for people in a demonstration
DEMONSTRATOR_WORDS = ("protester", "protestor", "demonstrator", "marcher")

# the words of the envoys a state recalls ("recalled its high commissioner")
RECALLED_ENVOYS = ENVOY_WORDS | {"commissioner", "charge"}


def _envoys_recalled_alike(events: list[dict[str, Any]]) -> None:
    """Envoys recalled with no state named are recalled from the state another envoy was
    recalled from, in the sentence or the one before ("Britain recalled its high
    commissioner from Lagos, and the United States said it was recalling its ambassador
    for consultations"): in place, on ``events``."""
    last: dict[str, Any] | None = None
    starts: list[int] = []  # the sentences that told an event, in order
    for event in events:
        if not starts or starts[-1] != event["start"]:
            starts.append(event["start"])
        if (
            event["event"] != "SANCTION"
            or event["mode"] != "withdraw"
            or event["factuality"] != "asserted"
            or not any(w in RECALLED_ENVOYS for w in (event["event_text"] or "").lower().split())
        ):
            continue
        if not event["recipient"] and last is not None and last["start"] in starts[-2:]:
            event["recipient"] = [dict(r) for r in last["recipient"]]
            named = ", ".join(repr(r["text"]) for r in last["recipient"])
            event["evidence"] += f"; recipient: of the envoy recalled just before, {named}"
        if event["recipient"]:
            last = event


def _credit_blame(doc: Doc, events: list[dict[str, Any]]) -> None:
    """ "Haniyeh was killed in Tehran, the group said, blaming Israel": an attack whose
    attacker the text leaves unknown is the blamed party's, as the blamer alleges, when
    the blame follows it in the same sentence or the next."""
    for blame in events:
        if blame["event"] != "ACCUSE" or blame["factuality"] != "asserted":
            continue
        if not blame["recipient"] or "blam" not in (blame["event_text"] or "").lower():
            continue
        span = doc.char_span(blame["start"], blame["start"] + 1, alignment_mode="expand")
        if span is None:
            continue
        earliest = doc[sentence_start(span[0], back=1)].idx
        event = _latest_unknown_attack(events, earliest, blame["start"], {"UAF"})
        if event is None:
            continue
        event["actor"] = [dict(r) for r in blame["recipient"]]
        names = ", ".join(f"'{r['text']}'" for r in blame["recipient"])
        event["evidence"] += f"; actor: {names}, as the blame that follows alleges"
        if event.get("attributed_to") is None and blame["actor"]:
            first = blame["actor"][0]
            event["attributed_to"] = {k: first.get(k) for k in ("text", "code", "sector")}


def _blamed_on(noun: Token) -> list[Token]:
    """Whom an attack noun is "blamed on" or "attributed to" in a participle on it (or on
    the last noun of its phrase, where the parser hangs it: "an air strike on a market
    blamed on the army")."""
    return [
        g
        for acl in noun.subtree
        if acl.dep_ == "acl" and acl.lemma_.lower() in ("blame", "attribute")
        for g in _objects_of(acl, "on", "to")
    ]


def _objects_of(token: Token, *preps: str) -> list[Token]:
    """The objects of ``token``'s prepositions ``preps``: "with" -> the tear gas of
    "dispersed the crowd with tear gas"."""
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _ours(entity: Entity, actors: list[Entity]) -> bool:
    """Whether ``entity`` is the state of one of the actors."""
    return entity.code is not None and any(entity.code == a.code for a in actors)


def _home_business(entity: Entity, actors: list[Entity]) -> bool:
    """Whether ``entity`` is businesses of no name ("shops", "banks") of the actors' state."""
    # (a name of its own is capitalised: "the offices of KazMunaiGas" is a party)
    return entity.sector == "BUS" and entity.text.islower() and _ours(entity, actors)


# forces that act at home: those they arrest or disperse, with no country named, are
# of the same state
HOME_FORCES = frozenset({"COP", "JUD", "GOV"})
# acts only a state's courts and prisons do, to those it holds
SENTENCING_LEMMAS = frozenset({"execute", "hang", "sentence", "jail", "imprison", "convict"})


def _of_the_place_struck(found: Resolution, targets: list[Entity]) -> Resolution:
    """``found`` of the state the retold act struck, where only the story's setting or
    commonest state gave it one ("Pakistan carried out air strikes in Kabul ... the
    strikes killed civilians": Afghan civilians, whatever place the story opened in)."""
    states = {t.code for t in targets if t.code not in (None, NO_COUNTRY)}
    if len(states) != 1 or found.entity.code in states:
        return found
    if found.code_from not in BORROWED_CODES:
        return found
    code = states.pop()
    return _rehomed(found, code, f"of the state the act retold struck: {code}")


def _unlent(
    actor: Entity, recipients: list[Entity], lent: list[Entity], ctx: DocContext, why: list[str]
) -> Entity:
    """``actor`` with no country where the story's one state name lent it its state, and
    that name is in a recipient's own words."""
    if not any(actor is a for a in lent):
        return actor
    names = ctx.states.get(actor.code or "", set())
    if not any(r.code == actor.code and any(n in r.text for n in names) for r in recipients):
        return actor
    why.append("actor: the story's one state name is the recipient's own, so no country")
    return dataclasses.replace(actor, code=NO_COUNTRY)


def _rehomed(found: Resolution, code: str, reason: str) -> Resolution:
    """``found`` with the state ``code`` (``NO_COUNTRY``: none) in place of the one the
    document lent it, ``reason`` added to its own."""
    entity = found.entity
    moved = dataclasses.replace(entity, code=code)
    return Resolution(moved, f"{found.why}; {reason}", code_from=found.code_from)


def _home_force(actors: list[Entity], judicial: bool = False) -> str | None:
    """The state whose police or courts are all the actors, if one; where the act is
    ``judicial`` (an execution, a sentence), the state itself acts as its courts ("Iran
    executed a man convicted of spying for Israel")."""
    codes = {a.code for a in actors}
    sectors = HOME_FORCES | {None} if judicial else HOME_FORCES
    if not actors or any(a.sector not in sectors for a in actors) or len(codes) != 1:
        return None
    code = codes.pop()
    return code if code not in (None, NO_COUNTRY) else None


def _officials_removed(
    resolved: list[Resolution], actors: list[Entity], pattern: Pattern
) -> list[Resolution]:
    """``resolved`` as officials of the one state whose government, courts or legislature
    dismiss or suspend them (SANCTION expel on a title or a name): one removes only one's
    own from office, so "the Maldives government suspended the three deputy ministers", in
    a story that names India most, suspends Maldivian ministers. (An army's or a foreign
    power's ousting of a president is not so bound.)"""
    if pattern.event != "SANCTION" or pattern.mode != "expel":
        return resolved
    if pattern.noun not in ("$title", "$person") or pattern.verb not in DISMISSING_LEMMAS:
        return resolved
    codes = {a.code for a in actors}
    if not actors or len(codes) != 1 or any(a.sector not in ("GOV", "JUD", "LEG") for a in actors):
        return resolved
    home = codes.pop()
    if home in (None, NO_COUNTRY) or not home.isalpha():
        return resolved
    out: list[Resolution] = []
    for r in resolved:
        if r.entity.code != home:
            r = _rehomed(r, home, f"an official {home} removes is {home}'s own")
        if not any(_same(r.entity, o.entity) for o in out):
            out.append(r)
    return out


# the parties of a state that stand apart from its government, and address it as their own
# when they address "the government" (not its forces, nor people who may have fled abroad)
SELF_GOVERNED_SECTORS = frozenset(
    {"OPP", "LEG", "CVL", "JUD", "REB", "LAB", "EDU", "REL", "MED", "JRN", "PTY", "BUS", "AGR"}
)
# the words for a government that name no state of their own
GOVERNMENT_NOUNS = frozenset({"government", "authorities", "regime", "administration", "cabinet"})


def _domestic_party(actors: list[Entity]) -> str | None:
    """The one state all the actors are parties of, where none is its government or its
    forces: an opposition, a parliament, a union, rebels."""
    codes = {a.code for a in actors}
    if not actors or len(codes) != 1 or any(a.sector not in SELF_GOVERNED_SECTORS for a in actors):
        return None
    code = codes.pop()
    if not _a_state_code(code):
        return None
    return code


def _own_government_addressed(found: Resolution, head: Token, home: str) -> Resolution:
    """``found`` of the state ``home`` where it is a bare "the government" whose state no
    words of its own told, the actors being ``home``'s own parties: "opposition leader
    Stephen Harper accused the government" in a story of the war the US began."""
    entity = found.entity
    if entity.code == home or entity.sector != "GOV":
        return found
    if not found.code_from and entity.code != NO_COUNTRY:
        return found  # (a state its own words name)
    noun = counted(head)
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in GOVERNMENT_NOUNS:
        return found
    if any(c.dep_ in ("poss", "compound", "amod") for c in noun.children):
        return found  # ("the Afghan government", "Kabul's authorities": their own words)
    return _rehomed(found, home, f"the government its own {home} parties address: {home}")


# those in or once in a state's service, whom its own police hold when no state is named
HELD_OFFICIALS = frozenset({"MIL", "GOV", "ELI", "LEG", "PTY", "JUD", "COP", "BUS"})


def _at_home(found: Resolution, home: str) -> Resolution:
    """``found`` of the state ``home`` where only the document's commonest state gave it
    one: "Moldovan police detained a former lawmaker suspected of spying for Russia" holds
    a Moldovan, however often the story names Russia."""
    if found.entity.code == home or named_from_abroad(found.entity):
        return found  # (not "two foreign journalists")
    if found.entity.code == NO_COUNTRY and found.entity.sector in CIVIL_SECTORS | HELD_OFFICIALS:
        # "police arrested a lawyer", "authorities detained 3,000 soldiers", "arrested
        # former Vice President Jorge Glas": no state named, the police's own
        return _rehomed(found, home, f"held by {home}'s own police or courts: {home}")
    if found.code_from not in BORROWED_CODES:
        # (a state the document or the place it opens in lent: "Saudi authorities
        # executed Sheikh Nimr al-Nimr" in a story that opens in Tehran)
        return found
    return _rehomed(found, home, f"held by {home}'s own police or courts: {home}")


def _lemma_positions(cache: list, doc: Doc, lemmas: frozenset[str]) -> list[int]:
    """The positions of the words of ``doc`` with one of ``lemmas``, read from the lemma
    array once a document (building a Token for every word costs more); ``cache`` holds
    the last document asked about and its answer."""
    if cache[0] is not doc:
        index = _lemma_index(doc)
        wanted = {doc.vocab.strings.add(w) for w in lemmas}
        found = sorted(i for lemma in wanted for i in index.get(lemma, ()))
        cache[:] = [doc, found]
    return cache[1]


_LEMMA_INDEX: list = [None, {}]


def _lemma_index(doc: Doc) -> dict[int, list[int]]:
    """The positions of each lemma of ``doc`` (by its hash), read once a document for all
    the word lists asked about."""
    if _LEMMA_INDEX[0] is not doc:
        index: dict[int, list[int]] = {}
        for i, lemma in enumerate(doc.to_array(LEMMA).tolist()):
            index.setdefault(lemma, []).append(i)
        _LEMMA_INDEX[:] = [doc, index]
    return _LEMMA_INDEX[1]


def _words_in(sent: Span, cache: list, lemmas: frozenset[str]) -> list[Token]:
    """The words of ``sent`` with one of ``lemmas`` (:func:`_lemma_positions`)."""
    doc = sent.doc
    return [doc[i] for i in _lemma_positions(cache, doc, lemmas) if sent.start <= i < sent.end]


# the word a claim of responsibility takes, and where a document has it
CLAIM_OBJECTS = frozenset({"responsibility"})
_CLAIMS: list = [None, []]


def _latest_unknown_attack(
    events: list[dict[str, Any]], earliest: int, latest: int, unnamed: set[str] | None = None
) -> dict[str, Any] | None:
    """The latest asserted attack told between character offsets ``earliest`` and
    ``latest`` if the text leaves its attacker unknown (no country, or only a sector in
    ``unnamed``), else None: a claim or blame is for the attack told just before it."""
    unnamed = unnamed or set()
    for event in reversed(events):
        if not earliest <= event["start"] <= latest:
            continue
        if event["event"] != "ASSAULT" or event["factuality"] != "asserted":
            continue
        if any(
            a["code"] not in (None, NO_COUNTRY) and a["sector"] not in unnamed
            for a in event["actor"]
        ):
            return None  # the latest attack has a known attacker: the claim is not for it
        return event
    return None


# verbs by which one owns an attack as its doer ("carried out the attack", "took part in
# the attacks"), and the nouns of the attack so owned
OWNING_LEMMAS = frozenset({"carry", "conduct", "perpetrate", "take"})
OWNED_ATTACKS = frozenset({"attack", "strike", "bombing", "raid", "assault", "airstrike"})


def _attack_told_again(noun: Token) -> bool:
    """Whether ``noun`` is "the attack" its doer owns ("had carried out the attack", "had
    taken part in the attacks", "the strikes were carried out"): a bare definite noun of
    an attack, with no words of its own that would make it another."""
    if noun.lemma_.lower() not in OWNED_ATTACKS:
        return False
    children = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return False
    if any(c.dep_ not in ("det", "punct") for c in children):
        return False  # "the attack on the embassy", "the first strike": words of its own
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head  # "took part in the attacks"
        if not any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
            return False
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return verb.lemma_.lower() in OWNING_LEMMAS and (
        verb.lemma_.lower() != "carry" or any(c.lower_ == "out" for c in verb.children)
    )


def _drop_attacks_told_again(events: list[dict[str, Any]], sent: Span) -> None:
    """Drop from ``events`` the attacks ``sent`` codes where it tells an attack coded
    before as owned by its doer ("The Islamic State group said one of its soldiers had
    carried out the attack", "the army confirmed it had carried out the strike"): that
    attack again, not another one. The story's only telling of an attack stays."""
    for noun in sent:
        if not _attack_told_again(noun):
            continue
        if not _coded_between(events, "ASSAULT", 0, sent.start_char - 1):
            continue
        events[:] = [
            e
            for e in events
            if not (
                e["event"] == "ASSAULT"
                and e["start"] <= noun.idx < e["end"]
                and e["start"] >= sent.start_char
            )
        ]


# acts that a sentence telling verb by verb ("called the incursion a provocation and
# accused Kyiv") tells once, with the one acted on; not a junta's acts on the state
# ("seized power and suspended the constitution") nor a crowd's, which name no one
TOLD_ONCE_TYPES = frozenset(
    {"ASSAULT", "ACCUSE", "SANCTION", "SUPPORT", "REJECT", "REQUEST", "MOBILIZE"}
    | {"THREATEN", "AGREE", "CONSULT"}
)


def _drop_acts_told_without_their_target(events: list[dict[str, Any]], sent: Span) -> None:
    """Drop from ``events`` an act ``sent`` codes with no one acted on where the sentence
    codes one of its type by the same single party with one ("security forces had burned
    Rohingya villages and fired on fleeing civilians", "fired cruise missiles and dropped
    bombs on Baghdad"): the ways of one act, told verb by verb. The read sets code the one
    with its target (68 of 74 targetless twins were false alarms). Fighting between two
    sides names no target and stays."""

    def sides(event: dict[str, Any]) -> set[tuple[str | None, str | None]]:
        return {(a["code"], a["sector"]) for a in event["actor"]}

    told = [
        e
        for e in events
        if e["event"] in TOLD_ONCE_TYPES
        and e["factuality"] == "asserted"
        and e["start"] >= sent.start_char
    ]
    targeted = [(e["event"], sides(e)) for e in told if e["recipient"] and len(e["actor"]) == 1]
    told_here = {id(e) for e in told}
    events[:] = [
        e
        for e in events
        if not (
            id(e) in told_here
            and not e["recipient"]
            and len(e["actor"]) == 1
            and (e["event"], sides(e)) in targeted
        )
    ]


# verbs that make known what was settled: an agreement told again, not made again
ANNOUNCING_LEMMAS = frozenset({"announce", "unveil", "publish", "release"})


def _coded_between(
    events: list[dict[str, Any]], kind: str, earliest: int, latest: int | None = None
) -> bool:
    """Whether an asserted event of type ``kind`` was coded in a sentence starting between
    character offsets ``earliest`` and ``latest`` (no bound: up to now): "claimed
    responsibility" is then for that attack, "the meeting ended" tells that meeting."""
    return any(
        earliest <= event["start"]
        and (latest is None or event["start"] <= latest)
        and event["event"] == kind
        and event["factuality"] == "asserted"
        for event in events
    )


# verbs by which one party makes another act, and the acts of stopping that silence an
# outlet made to do them
MAKING_LEMMAS = ORDERING_LEMMAS | {"force", "compel", "tell"}
_MAKING: list = [None, []]  # where a document has those verbs
STOPPING_LEMMAS = frozenset({"close", "suspend", "stop", "halt", "cease", "shut", "end"})


# what a court or a ruler orders done to a person: "ordered him held", "ordered them
# jailed", "ordered Imamoglu to be detained"
CUSTODY_LEMMAS = frozenset({"hold", "jail", "detain", "imprison", "remand", "arrest"})
# verbs that have an act done to one: "ordered him held", "had him arrested"
ORDER_LEMMAS = frozenset({"order", "have"})
GIVE_LEMMAS = frozenset({"give"})
# where a document has the verbs and nouns the rules below start from (read once a document)
_ORDERS: list = [None, []]
_GIVES: list = [None, []]
_GATHERINGS: list = [None, []]
# "... or face dismissal": the penalty an act is demanded under
FACE_LEMMAS = frozenset({"face"})
_FACES: list = [None, []]


def _ordered_participles(sent: Span) -> Iterator[tuple[Token, Token, list[Token]]]:
    """(order verb, participle, those it is done to) for each "ordered X <participle>"
    ("ordered all Iraqi assets frozen", "ordered the embassy closed", "ordered him held",
    and "had him arrested"):
    a participle with no subject or auxiliary of its own, the order's object its patient.
    ("ordered police to detain protesters" is a demand on the police, not this.)"""
    for verb in _words_in(sent, _ORDERS, ORDER_LEMMAS):
        if verb.pos_ != "VERB":
            continue
        for act in verb.children:
            if act.dep_ not in ("ccomp", "xcomp", "oprd"):
                continue
            # (a participle, which the parser may tag as a past: "ordered Castillo held")
            # (or a passive infinitive: "ordered him to be jailed")
            passive = any(c.dep_ == "auxpass" for c in act.children)
            if act.tag_ not in ("VBN", "VBD") or (
                any(c.dep_ == "aux" for c in act.children) and not passive
            ):
                continue
            held = [c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")] or [
                c for c in verb.children if c.dep_ == "dobj"
            ]
            if held:
                yield verb, act, held


def _orderer_roles(verb: Token, held: list[Token], held_role: str) -> Roles:
    """The one who orders (or demands) as the actor of an act ordered done, and the one it
    is done to (or demanded of) as its recipient."""
    subject = _own_or_shared_subject(verb)
    return Roles(
        conjuncts(subject) if subject is not None else [],
        f"the one who '{verb.text}'",
        conjuncts(held[0]),
        held_role,
    )


# the spans of time an ultimatum gives: "gave the junta one week to reinstate Bazoum"
TIME_SPANS = frozenset({"hour", "day", "week", "month", "year"})


# verbs of a journey that a visit is read off
JOURNEY_LEMMAS = frozenset({"fly", "arrive", "travel", "go", "head", "leave"})
# words of a fall from power or a flight from it, which make a journey no visit
EXILE_LEMMAS = frozenset({"resign", "flee", "exile", "asylum", "oust", "topple", "refuge"})


def _flight_into_exile(trigger: Trigger) -> bool:
    """Whether a visit read off a journey ("flew to Miami", "arrived in Moscow") is a
    flight from power: its sentence tells of a resignation, an ouster, exile or asylum
    ("resigned on Friday and flew to Miami", "arrived in Moscow, where they were granted
    asylum")."""
    if trigger.pattern.event != "CONSULT" or trigger.noun is not None:
        return False
    if trigger.head.lemma_.lower() not in JOURNEY_LEMMAS:
        return False
    return any(t.lemma_.lower() in EXILE_LEMMAS for t in trigger.head.sent)


# prepositions of where forces are sent
DESTINATION_PREPS = frozenset({"into", "to", "toward", "towards", "onto"})


def _says_what_to_do(verb: Token) -> bool:
    """Whether ``verb`` has an infinitive of what is to be done: "told residents to stay
    at home", "ordered troops to withdraw"."""
    return any(c.dep_ in ("xcomp", "ccomp") and to_infinitive(c) for c in verb.children)


def _told_no_act(trigger: Trigger) -> bool:
    """Whether a "told" read as a demand tells no one to do anything: only "told
    residents to stay at home" (an infinitive of what is to be done) is a demand;
    "told reporters that ..." is said."""
    if trigger.pattern.event != "REQUEST" or trigger.head.lemma_.lower() != "tell":
        return False
    return not _says_what_to_do(trigger.head)


def _forces_ordered_to_act(trigger: Trigger) -> bool:
    """Whether a deployment read off "ordered troops" is an order to the troops to do
    something ("ordered troops to withdraw", "to launch an offensive"): what they are to do
    is the event, not their being sent ("ordered troops into Los Angeles")."""
    head = trigger.head
    return (
        trigger.pattern.event == "MOBILIZE"
        and head.lemma_ == "order"
        # (the forces themselves ordered: not "ordered the deployment of troops to help")
        and trigger.noun is not None
        and trigger.noun.dep_ in ("dobj", "nsubjpass")
        and trigger.noun.head.i == head.i
        and _says_what_to_do(head)
        # (sent somewhere, what follows is what for: "ordered troops into the city to help
        # restore order")
        and not any(c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS for c in head.children)
    )


# verbs whose "that" clause is an act demanded: "demanded that Sudan disarm ... or face"
DEMANDING_LEMMAS = frozenset({"demand", "insist", "order", "warn", "tell"})


def _penalties_threatened(sent: Span) -> list[tuple[Trigger, Roles]]:
    """An act demanded of a party "or face" a penalty ("told the strikers to return to
    work or face dismissal", "gave the coup leaders a week to hand back power or face the
    use of force"): a threat, by the one who demands, to the party told."""
    found = []
    for face in _words_in(sent, _FACES, FACE_LEMMAS):
        if face.dep_ != "conj" or face.pos_ != "VERB":
            continue
        act = face.head
        if not any(c.dep_ == "cc" and c.lower_ == "or" for c in act.children):
            continue
        if (told := _told_to_act(act)) is None:
            continue
        verb, party, act = told
        if _own_or_shared_subject(verb) is None or negation(verb):
            continue
        cue = f"an act demanded or a penalty faced: '{act.text} ... or {face.text}'"
        roles = _orderer_roles(verb, [party], f"the one told to '{act.text}'")
        found.append((Trigger(Pattern.rule("THREATEN", cue), verb, None, (verb, face)), roles))
    return found


def _told_to_act(act: Token) -> tuple[Token, Token, Token] | None:
    """(the verb that demands ``act``, the party told, the act) for an act demanded "or
    face" a penalty: an infinitive whose party is the verb's object ("told the strikers to
    return to work"), or a "that" clause whose party is its subject, of the first of the
    acts it demands ("demanded that Sudan disarm the militias and bring their leaders to
    justice within 30 days, or face unspecified measures"); else None."""
    if not to_infinitive(act):
        while act.dep_ == "conj" and act.head.pos_ == "VERB":
            act = act.head
        verb = act.head
        subject = next((c for c in act.children if c.dep_ == "nsubj"), None)
        if act.dep_ != "ccomp" or subject is None or verb.lemma_.lower() not in DEMANDING_LEMMAS:
            return None
        return verb, subject, act
    verb = act.head
    if act.dep_ == "relcl" and verb.dep_ in ("npadvmod", "dobj"):
        verb = verb.head  # "gave them a week to hand back power": the week's
    if verb.pos_ != "VERB" or act.dep_ not in ("xcomp", "advcl", "relcl", "ccomp"):
        return None
    party = next((c for c in verb.children if c.dep_ == "dative"), None) or next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() not in TIME_SPANS),
        None,
    )
    return (verb, party, act) if party is not None else None


# the people a state gives time to leave it, which is their expulsion: its envoys, and
# another state's citizens ("gave Qatari citizens 14 days to leave")
EXPELLED_WORDS = ENVOY_WORDS | {"citizen", "national", "expatriate"}
# those whose expulsion is a state's sanction (SANCTION expel) rather than a deportation
# (COERCE deport): envoys and the staff of missions ("the WHO's country representative")
MISSION_ENVOYS = ENVOY_WORDS | {"representative", "monitor", "observer", "inspector", "peacekeeper"}
MISSION_NOUNS = frozenset({"mission", "embassy", "consulate"})
CONSULAR_WORDS = MISSION_NOUNS | {"consular", "diplomatic"}
# verbs of sending a party away with an infinitive of leaving: "ordered them to leave"
SENDING_AWAY_LEMMAS = frozenset({"order", "tell", "instruct", "direct"})
_SENDINGS_AWAY: list = [None, []]
# what one is told to leave that makes it an expulsion from a state's soil
LEFT_LANDS = frozenset({"country", "territory", "kingdom", "state", "republic", "emirate"})


# the sectors of people whose expulsion is their deportation: no state's envoys, no
# member of a body
DEPORTED_SECTORS = frozenset({"CVL", "REF", "JRN", "NGO", "BUS", "MED", "EDU", "REL", "LAB", "CRM"})


def _deported_not_sanctioned(trigger: Trigger, pattern: Pattern, recipients: list[Entity]) -> bool:
    """Whether the lexicon's bare expulsion ("expelled", "the expulsion of") is of people
    of the sectors that are deported, and not from a body named by its "from" ("expelled
    from the party")."""
    if (pattern.event, pattern.mode) != ("SANCTION", "expel") or not recipients:
        return False
    if trigger.pattern.text not in ("expel", "@expulsion"):
        return False
    if not all(r.sector in DEPORTED_SECTORS for r in recipients):
        return False
    holders = [trigger.head] + ([trigger.noun] if trigger.noun is not None else [])
    return not any(
        obj.ent_type_ in ("ORG", "NORP")
        for holder in holders
        for obj in _objects_of(holder, "from")
    )


def _expulsion(party: Token, cue: str) -> Pattern:
    """The rule for ``party`` told to leave a state: SANCTION expel for an envoy or a
    mission's staff, COERCE deport for anyone else (the manual's split between the two
    expulsions)."""
    head = counted(party)
    words = [head] + [c for c in party.children if c.dep_ == "appos"]
    # ("William Walker, the head of the monitoring mission": the mission's)
    words += [g for w in words[1:] for p in w.children if p.dep_ == "prep" for g in p.children]
    envoy = any(
        c.lemma_.lower() in CONSULAR_WORDS  # "three U.S. consular officials"
        for c in head.children
    ) or any(w.lemma_.lower() in MISSION_ENVOYS | MISSION_NOUNS for w in words)
    if envoy:
        return dataclasses.replace(Pattern.rule("SANCTION", cue), mode="expel")
    return dataclasses.replace(Pattern.rule("COERCE", cue), mode="deport")


def _ordered_out(sent: Span, forces: Container[str]) -> list[tuple[Trigger, Roles]]:
    """Parties ordered to leave a state ("ordered ten aid agencies to leave the country",
    "told foreign journalists to leave within 24 hours"): an expulsion by the one who
    orders, of an envoy a sanction (SANCTION expel), of others a deportation (COERCE
    deport). Leaving a building or a town is no expulsion; "ordered its troops to leave"
    a withdrawal; "ordered the ambassador to leave" the lexicon's own entry."""
    found = []
    for verb in _words_in(sent, _SENDINGS_AWAY, SENDING_AWAY_LEMMAS):
        if verb.pos_ != "VERB" or negation(verb):
            continue
        party = next((c for c in verb.children if c.dep_ == "dobj"), None)
        act = next(
            (c for c in verb.children if c.dep_ in ("xcomp", "advcl") and to_infinitive(c)),
            None,
        )
        if party is None or act is None or act.lemma_.lower() not in LEAVING_LEMMAS:
            continue
        left = next((c for c in act.children if c.dep_ == "dobj"), None)
        deadline = any(c.dep_ == "prep" and c.lower_ in ("within", "by") for c in act.children)
        if not (
            (left is not None and (left.lemma_.lower() in LEFT_LANDS or left.ent_type_ == "GPE"))
            or (left is None and deadline)
        ):
            continue
        word = counted(party).lemma_.lower()
        if word in ("diplomat", "ambassador", "envoy") or word in forces:
            continue  # the lexicon's "order +diplomat"; one's own troops withdrawn
        rule = _expulsion(party, f"ordered to leave: '{verb.text} ... to {act.text}'")
        roles = _orderer_roles(verb, [party], f"the one ordered to '{act.text}'")
        found.append((Trigger(rule, verb, None, (verb, act)), roles))
    return found


_WELCOMES: list = [None, []]


def _envoys_declared_unwelcome(sent: Span) -> list[tuple[Trigger, Roles]]:
    """An envoy a state says is no longer welcome ("announced that Ambassador Sylvain Itte
    was no longer welcome", "said the French envoy was not welcome"): an expulsion
    (SANCTION expel), by the one who says so, as "persona non grata" is."""
    found = []
    for welcome in _words_in(sent, _WELCOMES, frozenset({"welcome"})):
        be = welcome.head
        if welcome.dep_ != "acomp" or be.lemma_.lower() != "be" or be.dep_ != "ccomp":
            continue
        if not any(
            c.dep_ == "neg"
            # ("no longer": the parser hangs the "no" on "longer")
            or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))
            for w in (be, welcome)
            for c in w.children
        ):
            continue
        envoy = next((c for c in be.children if c.dep_ == "nsubj"), None)
        if envoy is None or not any(
            w.lemma_.lower() in ENVOY_WORDS
            for w in (counted(envoy), *(c for c in envoy.children if c.dep_ == "compound"))
        ):
            continue
        said = be.head
        if negation(said):
            continue
        cue = f"an envoy declared unwelcome: '{be.text} ... {welcome.text}'"
        rule = dataclasses.replace(Pattern.rule("SANCTION", cue), mode="expel")
        roles = _orderer_roles(said, [envoy], "the envoy declared unwelcome")
        found.append((Trigger(rule, said, None, (said, welcome)), roles))
    return found


def _ultimatums(sent: Span) -> list[tuple[Trigger, Roles]]:
    """Time given a party to act ("gave Abacha's government two years to restore
    democracy", "gave Canada's ambassador 24 hours to leave", "gave Jammeh until noon to
    hand over power"): a demand on it (REQUEST), or, to an envoy told to leave, an
    expulsion (SANCTION expel), and to citizens a deportation (COERCE deport)."""
    found = []
    for verb in _words_in(sent, _GIVES, GIVE_LEMMAS):
        if verb.pos_ != "VERB":
            continue
        span = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in TIME_SPANS
            ),
            None,
        ) or next(
            # "gave Jammeh until noon on Friday to hand over power": a deadline
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("until", "till")),
            None,
        )
        act = next(
            (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)),
            None,
        )
        if span is not None and act is None:
            act = next(
                (c for c in span.children if c.dep_ in ("acl", "relcl") and to_infinitive(c)), None
            )
        if span is None:
            span, act = _time_given_in_a_relative(verb)
        party = next((c for c in verb.children if c.dep_ == "dative"), None) or next(
            (c for c in verb.children if c.dep_ == "dobj" and c is not span), None
        )
        if span is None or act is None or party is None or negation(verb):
            continue
        cue = f"time given to act: '{verb.text} ... {span.text} to {act.text}'"
        if act.lemma_.lower() in LEAVING_LEMMAS and party.lemma_.lower() in EXPELLED_WORDS:
            rule = _expulsion(party, cue)  # (an envoy's a sanction, citizens' a deportation)
        else:
            rule = Pattern.rule("REQUEST", cue)
        subject = _own_or_shared_subject(verb)
        if subject is None and verb.tag_ != "VBN":
            # "responded by ... giving American diplomats 72 hours to leave": the one who
            # responded (not where the time is given to the one named: "were given")
            subject = subject_of(verb)
        roles = Roles(
            conjuncts(subject) if subject is not None else [],
            f"the one who '{verb.text}' the time",
            conjuncts(party),
            f"the one given time to '{act.text}'",
        )
        found.append((Trigger(rule, verb, None, (verb, span, act)), roles))
    return found


def _time_given_in_a_relative(verb: Token) -> tuple[Token | None, Token | None]:
    """The time span and the act of an ultimatum the parser hangs on a relative clause of
    the party given the time ("gave the military officers who seized power in Niger one
    week to reinstate Bazoum": "one week to reinstate" read as the seizure's): a span
    right before an infinitive, both on the relative's verb."""
    for party in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
        for relative in (c for c in party.children if c.dep_ == "relcl"):
            for span in relative.children:
                if span.dep_ != "npadvmod" or span.lemma_.lower() not in TIME_SPANS:
                    continue
                act = next(
                    (
                        c
                        for c in relative.children
                        if c.dep_ in ("advcl", "xcomp")
                        and to_infinitive(c)
                        and c.left_edge.i == span.i + 1
                    ),
                    None,
                )
                if act is not None:
                    return span, act
    return None, None


# verbs of taking refuge, and what is taken: "took refuge in the Dutch embassy"
REFUGE_LEMMAS = frozenset({"take", "seek", "find"})
REFUGE_NOUNS = frozenset({"refuge", "shelter", "sanctuary", "asylum"})
_REFUGES: list = [None, []]


def _refuge_taken(sent: Span) -> list[tuple[Trigger, Roles]]:
    """Refuge taken in a state's embassy ("Tsvangirai took refuge in the Dutch embassy",
    "the prime minister sought refuge at the French embassy"): that state's shelter given
    (AID) to the one who took it, by the embassy."""
    found = []
    for verb in _words_in(sent, _REFUGES, REFUGE_LEMMAS):
        if verb.pos_ != "VERB" or negation(verb):
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in REFUGE_NOUNS for c in verb.children):
            continue
        embassy = next(
            (
                o
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ in ("in", "at", "inside")
                for o in p.children
                if o.dep_ == "pobj" and o.lemma_.lower() in MISSION_NOUNS
            ),
            None,
        )
        subject = _own_or_shared_subject(verb)
        if embassy is None or subject is None:
            continue
        rule = Pattern.rule("AID", f"refuge taken in an embassy: '{verb.text} ... {embassy.text}'")
        roles = Roles([embassy], "the embassy", conjuncts(subject), "the one who took refuge")
        found.append((Trigger(rule, verb, None, (verb, embassy)), roles))
    return found


def _name_it_goes_by(head: Token) -> Token | None:
    """The name a group is said to call itself ("a group calling itself Saraya
    al-Mujahideen"), if any."""
    for clause in head.children:
        if calls_itself(clause):
            return next((c for c in clause.children if c.dep_ == "oprd"), None)
    return None


_VISITING: list = [None, []]


def _guests_received(sent: Span, lexicon: Lexicon) -> list[tuple[Trigger, Roles]]:
    """A visitor named by "visiting" in another act ("Kim apologised to visiting Prime
    Minister Koizumi", "Hu told visiting Secretary of State Rice"): a visit (CONSULT) by
    that one to the clause's subject, dated and weighed by the clause. None where the
    clause is a meeting itself ("Putin met visiting President Xi"), coded on its verb."""
    found = []
    for visiting in _words_in(sent, _VISITING, frozenset({"visit"})):
        if visiting.tag_ != "VBG" or visiting.lower_ != "visiting":
            continue
        if visiting.dep_ == "amod" and visiting.i < visiting.head.i:
            guest, verb = visiting.head, verb_above(visiting.head)
        elif visiting.dep_ == "pcomp" and visiting.head.lower_ in ("to", "with"):
            # ("apologised to visiting Prime Minister Koizumi", read as "to visiting him")
            guest = next(
                (c for c in visiting.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"),
                None,
            )
            verb = verb_above(visiting.head)
        else:
            continue
        if guest is None or guest.ent_type_ != "PERSON":
            continue  # ("visiting hours", "visiting Japan")
        if verb.i == visiting.i or meeting_verb(verb, lexicon):
            continue
        host = _own_or_shared_subject(verb)
        if host is None or host.i == guest.i:
            continue
        rule = dataclasses.replace(
            Pattern.rule("CONSULT", f"a visitor received: 'visiting {guest.text}'"), mode="visit"
        )
        roles = Roles(conjuncts(guest), "the visitor", conjuncts(host), "the one visited")
        found.append((Trigger(rule, verb, None, (visiting,)), roles))
    return found


# force used on a gathering: what breaks up or fires on "a march by students" shows the
# march was held
BREAKING_UP_LEMMAS = frozenset({"disperse", "scatter", "break", "fire", "open", "attack", "charge"})


def _gatherings_broken_up(sent: Span) -> list[tuple[Trigger, Roles]]:
    """A march, rally or protest that force was used on, named with those who held it
    ("used water cannon to break up a march by opposition supporters", "opened fire on a
    rally by students"): PROTEST by its holders, which the force shows was held."""
    found = []
    for noun in _words_in(sent, _GATHERINGS, HELD_GATHERINGS):
        if noun.pos_ != "NOUN" or (holders := holders_of(noun)) is None:
            continue
        verb = verb_above(noun)
        if verb.lemma_.lower() not in BREAKING_UP_LEMMAS:
            continue
        rule = dataclasses.replace(
            Pattern.rule("PROTEST", f"a gathering force was used on: '{noun.text} by'"),
            mode="demo",
        )
        roles = Roles(conjuncts(holders), f"those holding the '{noun.text}'", [], "")
        # ("used water cannon to break up a march": the march was held whatever the aim,
        # so it is dated and weighed by the clause that tells the force)
        told = verb.head if verb.dep_ in ("xcomp", "advcl") and to_infinitive(verb) else verb
        found.append((Trigger(rule, told, noun, (noun,)), roles))
    return found


# people who occupy a building in protest rather than seize it by force
CIVIL_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR", "OPP", "REL", "MED", "JRN"})


# what civilians do to a building or a way in protest, not by force of arms or law
OCCUPYING_LEMMAS = frozenset({"occupy", "storm", "blockade", "surround"})


def _occupation_by_protesters(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """PROTEST obstruct for an occupation or a blockade by civilians, students, workers
    or the opposition: PLOVER's COERCE seize and restrict are done by armed or state
    parties."""
    if event["event"] != "COERCE" or trigger.head.lemma_.lower() not in OCCUPYING_LEMMAS:
        return None
    if not event["actor"] or not all(a["sector"] in CIVIL_SECTORS for a in event["actor"]):
        return None
    return dataclasses.replace(
        Pattern.rule("PROTEST", "civilians occupying a place protest"), mode="obstruct"
    )


# pronouns that can only stand for people
PERSONS_PRONOUNS = frozenset({"him", "her", "he", "she"})
# parties that take people by force, not by law: their seizures are abductions
ABDUCTING_SECTORS = frozenset({"REB", "UAF", "CRM", "IMG"})
ABDUCTION = dataclasses.replace(
    Pattern.rule("ASSAULT", "people seized by an armed group are abducted"), mode="abduct"
)


def _abduction_by_an_armed_group(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """ASSAULT abduct where rebels, gunmen or gangs seize or round up people ("militants
    seized four Japanese geologists"): taking people by force, which PLOVER calls an
    abduction, while police and courts arrest and a seizure of a town or a building is
    COERCE seize."""
    if event["event"] != "COERCE" or event["mode"] not in ("seize", "arrest"):
        return None
    if not event["actor"] or not all(a["sector"] in ABDUCTING_SECTORS for a in event["actor"]):
        return None
    captives = classes.get("captive", frozenset())
    taken = [c for c in trigger.head.children if c.dep_ in ("dobj", "nsubjpass")]
    # (people named by a common noun: a name may be a town's, "captured Goma"; or a
    # person's pronoun: "a gang seized him from his farm"; or a name the tagger knows for
    # a person's: "took away Senator Jorge Gechem")
    if not taken or not all(
        (counted(c).pos_ == "NOUN" and counted(c).lemma_.lower() in captives)
        or c.lower_ in PERSONS_PRONOUNS
        or (c.pos_ == "PROPN" and c.ent_type_ == "PERSON")
        for c in taken
    ):
        return None
    return ABDUCTION


# the parties that take people by law, so that a capture they make is an arrest
LAWFUL_CAPTORS = frozenset({"COP", "JUD"})
ARREST_BY_POLICE = dataclasses.replace(
    Pattern.rule("COERCE", "people captured by the police are arrested"), mode="arrest"
)


def _capture_by_the_police(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """COERCE arrest where police capture armed men ("police later captured a third
    gunman"): an abduction is the taking of people by force outside the law (PLOVER
    ASSAULT abduct), while the police's is an arrest, as for soldiers it stays a capture
    in war. (Police who abduct or kidnap are told to act outside the law.)"""
    if event["event"] != "ASSAULT" or event["mode"] != "abduct":
        return None
    if trigger.head.lemma_.lower() not in ("capture", "seize"):
        return None
    if not event["actor"] or not all(a["sector"] in LAWFUL_CAPTORS for a in event["actor"]):
        return None
    return ARREST_BY_POLICE


# words of aircraft, whose raids are from the air
AIRCRAFT_WORDS = frozenset(
    {"air", "aircraft", "warplane", "jet", "fighter", "bomber", "plane", "helicopter", "drone"}
)
AIR_RAID = dataclasses.replace(
    Pattern.rule("ASSAULT", "a raid by aircraft is an air strike"), mode="aerial"
)
ARMED_RAID = Pattern.rule("ASSAULT", "a raid by armed forces is an attack")


def _raid_by_armed_forces(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """ASSAULT where armed forces raid ("Canadian fighters took part in the raids",
    "rebels raided the village"): an attack, from the air where aircraft make it, while a
    raid by police on an office is COERCE."""
    if event["event"] != "COERCE" or trigger.noun is None or trigger.noun.lemma_.lower() != "raid":
        return None
    if not event["actor"] or not all(a["sector"] in FIGHTING_SECTORS for a in event["actor"]):
        return None
    words = {c.lemma_.lower() for c in trigger.noun.children} | {
        w.lower().rstrip("s") for a in event["actor"] for w in a["text"].split()
    }
    return AIR_RAID if words & AIRCRAFT_WORDS else ARMED_RAID


DISMISSED_MEASURE = Pattern.rule("REJECT", "a decision or a truce dismissed is rejected")
# what is decided or offered about a party, whose dismissal refuses it (while sanctions
# dismissed as illegal, or a deal among others dismissed as colonial, are condemned)
DISMISSED_ANSWERS = frozenset(
    {"decision", "ruling", "verdict", "resolution", "vote", "truce", "ceasefire"}
)


def _dismissal_of_a_measure(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """REJECT where a decision or a truce is dismissed with a verdict ("dismissed the
    decision as unfair", "dismissed the truce as a joke"): it is refused, while a party
    dismissed ("dismissed the protesters as sheep") is disparaged."""
    if event["event"] != "ACCUSE" or trigger.pattern.form != "verdict":
        return None
    if trigger.head.lemma_.lower() != "dismiss":
        return None
    dismissed = [counted(c) for c in trigger.head.children if c.dep_ == "dobj"]
    if not dismissed or not all(d.lemma_.lower() in DISMISSED_ANSWERS for d in dismissed):
        return None
    return DISMISSED_MEASURE


def _protest_by_a_state(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """ACCUSE disapprove where a state or its government "protested", or a protest is
    "from" it ("prompting a protest from Tokyo"): a diplomatic protest, not a
    demonstration (PLOVER's PROTEST is done by non-state parties)."""
    if event["event"] != "PROTEST":
        return None
    protest = trigger.head if trigger.noun is None else trigger.noun
    if trigger.noun is not None and not any(
        c.dep_ == "prep" and c.lower_ == "from" for c in (*protest.children, *trigger.head.children)
    ):
        return None  # ("protests in Beijing": a crowd's; "a protest from Tokyo": a state's)
    if protest.lemma_.lower() != "protest" or not event["actor"]:
        return None
    if not all(
        a["sector"] in (None, "GOV") and a["code"] not in (None, NO_COUNTRY) for a in event["actor"]
    ):
        return None
    return dataclasses.replace(
        Pattern.rule("ACCUSE", "a state that protests disapproves"), mode="disapprove"
    )


def _the_state_itself(entity: dict[str, Any]) -> bool:
    """A state named as such ("Turkey blocked access"): a country's code, no sector, and
    words that are its name (not "Canadian truckers", whose trade the tables lack)."""
    code, name = entity["code"], entity.get("name") or ""
    words = entity["text"].lower().removeprefix("the ")
    return entity["sector"] is None and _a_state_code(code) and words == name.lower()


def _obstruction_by_the_state(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """COERCE for a blockade whose actors are all the state's own (government, forces,
    police, courts): PLOVER's PROTEST is done by non-state parties ("police blocked the
    roads", "the regulator blocked access to the BBC's website")."""
    if event["event"] != "PROTEST" or event["mode"] != "obstruct" or not event["actor"]:
        return None
    if not all(a["sector"] in STATE_FORCES or _the_state_itself(a) for a in event["actor"]):
        return None
    if any(r["sector"] in MEDIA_SECTORS for r in event["recipient"]):
        return dataclasses.replace(
            Pattern.rule("COERCE", "the state blocking the media censors"), mode="censor"
        )
    return dataclasses.replace(
        Pattern.rule("COERCE", "the state blocking a way restricts"), mode="restrict"
    )


# words that make a team sent abroad a relief mission: "rescue teams", "aid workers"
RELIEF_WORDS = frozenset(
    {"rescue", "relief", "aid", "humanitarian", "medical", "rescuer", "firefighter"}
    | {"search", "disaster", "emergency"}
)


def _opposition_to_a_deed(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """ACCUSE disapprove where a party "opposed" a deed already done ("China firmly
    opposed the test", "opposed the move"): opposing what was done disapproves of it,
    while opposing a plan, a bid or "any attempt" rejects what is proposed (REJECT)."""
    if event["event"] != "REJECT" or trigger.head.lemma_.lower() != "oppose":
        return None
    deeds = classes.get("deed", frozenset())
    opposed = [c for c in trigger.head.children if c.dep_ == "dobj"]
    if not opposed or not all(
        counted(o).lemma_.lower() in deeds
        and any(
            (c.dep_ == "det" and c.lower_ in DEFINITE_WORDS) or c.dep_ == "poss"
            for c in counted(o).children
        )
        for o in opposed
    ):
        return None
    return dataclasses.replace(
        Pattern.rule("ACCUSE", "opposing a deed done disapproves of it"), mode="disapprove"
    )


# what one is kept from that is coming in: a bar on it refuses entry (REJECT)
ENTRY_LEMMAS = frozenset({"enter", "come", "land", "visit", "travel", "return", "cross"})


def _barred_from_acting(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """COERCE restrict where a party is "barred from" doing something other than coming
    in ("barred Tymoshenko from holding office", "barred demonstrators from bringing in
    tents"), COERCE censor where those barred are the press: a restriction, while a bar on
    entering refuses entry (REJECT, PLOVER manual). A state keeping its own people from
    going somewhere restricts them too ("troops barred the parliament speaker from
    entering the assembly", "Egypt barred its citizens from travelling to Libya"): the
    manual's refusal is a state keeping another's party out."""
    if event["event"] != "REJECT" or trigger.pattern.text != "bar":
        return None
    kept_from = [
        g
        for c in trigger.head.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
        if g.dep_ == "pcomp" and g.tag_ == "VBG"
    ]
    barred = [c for c in trigger.head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not kept_from:
        return None
    if any(g.lemma_.lower() in ENTRY_LEMMAS for g in kept_from):
        actors = {a["code"] for a in event["actor"]} - {None, NO_COUNTRY}
        own_people = any(
            (owner := _own(b)) is not None and owner.lower_ in ("its", "their") for b in barred
        )
        domestic = (
            bool(actors)
            and bool(event["recipient"])
            and all(r["code"] in actors for r in event["recipient"])
        )
        if not (own_people or domestic):
            return None
    press = any(counted(b).lemma_.lower() in classes.get("press", ()) for b in barred)
    return dataclasses.replace(
        Pattern.rule("COERCE", "barring a party from acting restricts it"),
        mode="censor" if press else "restrict",
    )


# the ways across a frontier whose closing "with" another state cuts it off
CROSSING_NOUNS = frozenset({"border", "frontier", "crossing", "link"})
# what crosses a frontier as trade, not people: a border closed to it cuts trade off
TRAFFIC_WORDS = frozenset({"truck", "lorry", "traffic", "vehicle", "cargo", "goods", "trade"})


def _frontier_closed_with_a_state(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """SANCTION discontinue where a state or a bloc closes its border "with" another
    state ("Tanzania closed its border with Burundi", "closed land and air borders with
    the country"): trade and travel with that state are cut off. A border closed to
    people ("closed its border to refugees"), or with no state named beyond it, stays a
    restriction on movement (COERCE restrict)."""
    if event["event"] != "COERCE" or event["mode"] != "restrict" or trigger.noun is None:
        return None
    if trigger.noun.lemma_.lower() not in CROSSING_NOUNS:
        return None
    holders = [trigger.head, trigger.noun]
    # ("shut the main crossings on the border with Colombia": the border the crossings
    # are on, where the parser gives the state beyond it as the act's recipient)
    holders += [
        g
        for c in trigger.noun.children
        if c.dep_ == "prep" and c.lower_ in ("on", "along")
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() in CROSSING_NOUNS
    ]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    if not any(p.lower_ == "with" for p in preps) or any(
        # (closed "to cargo trucks" is closed to trade, not to people)
        p.lower_ == "to"
        and not any(g.lemma_.lower() in TRAFFIC_WORDS for g in p.children if g.dep_ == "pobj")
        for p in preps
    ):
        return None
    actors = {a["code"] for a in event["actor"]}
    if not event["actor"] or not all(
        a["sector"] in (None, "GOV") and a["code"] not in (None, NO_COUNTRY) for a in event["actor"]
    ):
        return None
    if not event["recipient"] or not all(
        _a_state_code(r["code"]) and r["code"] not in actors and r["sector"] in (None, "GOV")
        for r in event["recipient"]
    ):
        return None
    return dataclasses.replace(
        Pattern.rule("SANCTION", "closing the border with a state cuts it off"),
        mode="discontinue",
    )


def _regret_at_another(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """ACCUSE disapprove for regret "over" or "at" another's act ("Beijing expressed
    regret over the decision"): regret "for" one's own act, or over a loss ("expressed
    regret over the deaths"), is an apology (CONCEDE, PLOVER manual)."""
    if event["event"] != "CONCEDE":
        return None
    regretted = _acts_regretted(trigger, ("over", "at", "about"))
    losses = classes.get("loss", frozenset())
    if not regretted or any(g.lemma_.lower() in losses for g in regretted):
        return None
    if any(_injuring_clauses(g) for g in regretted):
        return None  # "regret over a landmine blast that maimed two soldiers": the harm
    if any(t.dep_ == "poss" and t.lower_ in OWN_POSSESSIVES for g in regretted for t in g.subtree):
        return None  # "regret over the intrusion of one of its submarines": its own act
    return dataclasses.replace(
        Pattern.rule("ACCUSE", "regret over another's act is disapproval"), mode="disapprove"
    )


# what an act regretted did to people, which makes the regret an apology for it
INJURING_LEMMAS = frozenset({"kill", "maim", "injure", "wound", "hurt"})


def _acts_regretted(trigger: Trigger, preps: tuple[str, ...]) -> list[Token]:
    """What a regret (its verb or its noun) is "over", "at" or the like: the objects of
    those of ``preps`` it has; none where the trigger is no regret."""
    noun = trigger.noun
    if "regret" not in (trigger.head.lemma_.lower(), noun.lemma_.lower() if noun else ""):
        return []
    holders = [trigger.head] + ([noun] if noun is not None else [])
    return [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _injuring_clauses(act: Token) -> list[Token]:
    """The relative clauses that tell what an act did to people ("a blast that maimed two
    soldiers")."""
    return [
        c
        for c in act.children
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in INJURING_LEMMAS
    ]


def _harmed_by_the_act_regretted(trigger: Trigger) -> list[Token]:
    """Those an act regretted "over" or "for" harmed, by the verb of a relative clause on
    it: "regret over a landmine blast that maimed two South Korean soldiers"."""
    return [
        harmed
        for act in _acts_regretted(trigger, ("over", "for", "about", "at"))
        for clause in _injuring_clauses(act)
        for harmed in clause.children
        if harmed.dep_ in ("dobj", "nsubjpass")
    ]


# possessives by which the one who regrets owns the act regretted
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})


def _relief_mission(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """AID for the arrival of rescue or relief teams ("rescue teams from China arrived in
    Myanmar to help search for survivors"): they come to give help, not to confer."""
    if event["event"] != "CONSULT" or event["mode"] != "visit":
        return None
    subject = next((c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    words = {subject.lemma_.lower()} | {
        c.lemma_.lower() for c in subject.children if c.dep_ in ("compound", "amod")
    }
    if not words & RELIEF_WORDS:
        return None
    return Pattern.rule("AID", "rescue or relief teams arriving bring help")


# words that make troops sent peacekeepers: "sent troops to a UN peacekeeping force"
PEACEKEEPING_WORDS = frozenset({"peacekeeping", "peacekeeper", "peace-keeping"})


def _to_keep_peace(verb: Token) -> bool:
    """Whether forces ``verb`` sends go to keep the peace: to a peacekeeping force or
    mission, or as one ("send troops as part of a peacekeeping force")."""
    return any(
        t.lemma_.lower() in PEACEKEEPING_WORDS
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "for", "as")
        for t in c.subtree
    )


def _forces_sent_to_keep_peace(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """AID for troops sent to a peacekeeping force or mission ("Italy sent troops to the
    UN peacekeeping force in Mozambique"): peacekeeping is aid (PLOVER AID; CAMEO 074),
    no show of force."""
    if event["event"] != "MOBILIZE" or not _to_keep_peace(trigger.head):
        return None
    return Pattern.rule("AID", "troops sent to keep the peace are aid")


def _forces_sent_to_help(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """AID for forces sent to help another state ("Zaire sent soldiers to help the Rwandan
    army", "sent troops to Congo to help Kabila"): military assistance in personnel, which
    the PLOVER manual counts as aid, not a show of force."""
    if event["event"] != "MOBILIZE" or not _sent_to_help(trigger):
        return None
    if not _sent_to_another_state(event):
        # "deployed soldiers to help police contain the riots": its own state's, a
        # deployment at home
        return None
    return Pattern.rule("AID", "forces sent to help another state are military aid")


def _sent_to_another_state(event: dict[str, Any]) -> bool:
    """Whether the recipients of ``event`` are all of states other than the actors'."""
    ours = {a["code"] for a in event["actor"]}
    theirs = {r["code"] for r in event["recipient"]}
    return bool(theirs) and not theirs & (ours | {None, NO_COUNTRY})


def _forces_sent_on_request(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """AID for forces sent into another state at the request of someone ("Uganda
    deployed special forces to Juba at the request of President Kiir"): forces a state
    asks for come to help it, military aid in personnel, not a show of force at it."""
    if event["event"] != "MOBILIZE" or not _asked_for_by(trigger.head):
        return None
    if not _sent_to_another_state(event):
        # "deployed troops to the province at the request of the governor": at home
        return None
    return Pattern.rule("AID", "forces sent to another state at its request are military aid")


# what forces are sent to do when they come to keep order, not to help: "to stop looting"
POLICING_AIMS = frozenset(
    {"stop", "prevent", "quell", "curb", "restore", "guard", "enforce", "maintain", "contain"}
)
# verbs that send forces somewhere, which in a disaster send help
SENDING_LEMMAS = frozenset({"send", "deploy", "dispatch", "fly", "airlift", "rush"})


def _forces_sent_to_a_disaster(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """AID for forces sent or deployed in a story of a natural disaster ("the Pentagon has
    sent thousands of troops to Haiti" after the earthquake, "deployed 10,000 soldiers to
    distribute food"): they come with relief, not as a show of force."""
    if event["event"] != "MOBILIZE" or trigger.head.lemma_.lower() not in SENDING_LEMMAS:
        return None
    disasters = classes.get("disaster", frozenset())
    if not any(t.lemma_.lower() in disasters for t in trigger.head.doc):
        return None
    if any(
        c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in POLICING_AIMS
        for c in trigger.head.children
    ):
        return None  # "deployed extra police officers to Tacloban to stop looting"
    return Pattern.rule("AID", "forces sent in a natural disaster bring relief")


# the armed parties whose taking of ground is fighting, and whose raids are attacks, not
# a police search
FIGHTING_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF", "IMG"})
# the verbs of taking ground (not "seized power", a coup's)
# the places ground is taken in, besides the lexicon's class of ground
TAKEN_PLACES = frozenset(
    {
        "town", "city", "village", "capital", "territory", "district", "province", "region",
        "area", "base", "airport", "airfield", "port", "stronghold", "outpost", "position",
        "settlement", "control",
        # (places armed men storm and hold with the people in them: "militants seized
        # the school", "gunmen seized the theatre", "rebel soldiers who seized two army
        # camps"; not the stations and offices a coup takes over, which it controls)
        "school", "hospital", "theatre", "theater", "embassy", "consulate", "facility",
        "camp", "barracks", "prison", "jail", "compound", "plant", "oilfield",
    }
)  # fmt: skip
# words for a part of what is taken ("a string of northern towns", "much of northern
# Haiti"): the part is of the whole's kind
PART_OF_GROUND = frozenset(
    {"string", "series", "number", "much", "part", "swathe", "swath", "chunk", "most", "half"}
)
GROUND_TAKEN = Pattern.rule("ASSAULT", "armed forces taking ground by force fight")
# what "control of" names when it is power, not ground, that is taken
WHOLE_STATE_WORDS = frozenset({"country", "nation", "state", "government", "power"})


def _ground_taken(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """ASSAULT where armed forces or rebels seize, capture or overrun a town, a base or a
    territory ("rebel forces had seized Bor", "Iraqi troops seized the emirate's
    capital"): taking ground by force is fighting, as the bench and every held-out set code
    it, not the confiscation PLOVER's COERCE seize names."""
    if event["event"] != "COERCE" or event["mode"] != "seize":
        return None
    if trigger.head.lemma_.lower() not in GROUND_TAKING_LEMMAS or trigger.pattern.noun == "power":
        return None
    if not event["actor"] or not all(a["sector"] in FIGHTING_SECTORS for a in event["actor"]):
        return None
    ground = classes.get("ground", frozenset()) | TAKEN_PLACES
    taken = [
        next(iter(_objects_of(c, "of")), c) if c.lemma_.lower() in PART_OF_GROUND else c
        for c in trigger.head.children
        if c.dep_ in ("dobj", "nsubjpass")
    ]
    if any(
        g.lemma_.lower() in WHOLE_STATE_WORDS
        for c in taken
        if c.lemma_.lower() == "control"
        for g in _objects_of(c, "of")
    ):
        return None  # "the army took control of the country": a coup, power seized
    # ("took control of 56 installations": what the control is of is what is taken)
    taken = [
        counted(g)
        for c in taken
        for g in ((_objects_of(c, "of") or [c]) if c.lemma_.lower() == "control" else [c])
    ]
    if not taken or not all(
        c.ent_type_ in ("GPE", "LOC", "FAC")
        or counted(c).lemma_.lower() in ground
        # ("had seized Bor": a town the recogniser did not take for a place)
        or (c.pos_ == "PROPN" and gazetteer_match(c) is not None)
        for c in taken
    ):
        return None
    return GROUND_TAKEN


SYMBOL_BURNT = dataclasses.replace(
    Pattern.rule("PROTEST", "a flag or an effigy set on fire is a protest"), mode="vandalize"
)


def _symbol_burnt(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """PROTEST vandalize where what is set on fire stands for a party ("lawmakers set fire
    to a paper U.S. flag", "set an effigy of the president on fire"), as "burned Israeli
    flags" is: no one is attacked."""
    if event["event"] != "ASSAULT" or trigger.head.lemma_.lower() != "set":
        return None
    symbols = classes.get("symbol", frozenset())
    burnt = _set_on_fire(trigger.head)
    # (the parser may read "a paper U.S. flag" as "paper", with "flag" beside it)
    named = [n for t in burnt for n in (t, *(c for c in t.children if c.dep_ == "appos"))]
    return SYMBOL_BURNT if any(n.lemma_.lower() in symbols for n in named) else None


MISSILE_OVERFLIGHT = dataclasses.replace(
    Pattern.rule("MOBILIZE", "a missile fired over a state, at no target, is a launch"),
    mode="weapons",
)
# what a missile is fired at when it strikes: "fired missiles at Israel", "on Kyiv"
STRUCK_PREPS = frozenset({"at", "on", "into", "against", "toward", "towards"})


def _missile_over_a_state(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """MOBILIZE weapons where a missile is fired or launched over a state and at no target
    ("North Korea fired a ballistic missile over northern Japan", "a missile that flew
    over Honshu"): a launch that shows force, not an attack on the state it passes."""
    if event["event"] != "ASSAULT" or event["recipient"] or trigger.noun is None:
        return None
    if not _missile_fired(trigger):
        return None
    verb = trigger.head
    if any(
        c.dep_ == "prep"
        and c.lower_ in STRUCK_PREPS
        # (not a time: "early on Tuesday")
        and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in verb.children
    ):
        return None
    over = any(
        t.dep_ == "prep" and t.lower_ == "over" for t in (*verb.children, *trigger.noun.subtree)
    )
    return MISSILE_OVERFLIGHT if over else None


PLUNDER = dataclasses.replace(
    Pattern.rule("COERCE", "armed men looting take goods by force, no protest"), mode="seize"
)


def _plunder_by_armed_men(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """COERCE seize where soldiers, militiamen or gunmen loot ("soldiers looted shops across the
    capital"): a riot is a crowd's dissent (PLOVER PROTEST), while armed men taking goods
    seize them, as the lexicon codes their ransacking."""
    if event["event"] != "PROTEST" or event["mode"] != "riot":
        return None
    if not event["actor"] or not all(a["sector"] in FIGHTING_SECTORS for a in event["actor"]):
        return None
    return PLUNDER


POLICE_MOBILIZED = dataclasses.replace(
    Pattern.rule("MOBILIZE", "forces moved up by the police are police"), mode="police"
)


def _police_mobilized(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """MOBILIZE police where only the police move up ("police surrounded the compound",
    "officers patrolled the streets"): a deployment's mode names the force sent, and a
    pattern that says troops, or no force, has not seen who went."""
    if event["event"] != "MOBILIZE" or event["mode"] not in (None, "troops"):
        return None
    if not event["actor"] or not all(a["sector"] == "COP" for a in event["actor"]):
        return None
    return POLICE_MOBILIZED


# the sectors whose walkout leaves a sitting (a boycott), not a workplace (a strike)
SITTING_SECTORS = frozenset({"LEG", "OPP", "PTY"})
WALKOUT_BOYCOTT = dataclasses.replace(
    Pattern.rule("PROTEST", "lawmakers walking out boycott the sitting"), mode="boycott"
)


def _walkout_by_lawmakers(
    trigger: Trigger, event: dict[str, Any], classes: Mapping[str, frozenset[str]]
) -> Pattern | None:
    """PROTEST boycott where lawmakers or the opposition walk out ("opposition members
    walked out of the debate"): they leave a sitting, no workplace (PLOVER manual,
    PROTEST modes)."""
    if event["event"] != "PROTEST" or event["mode"] != "strike":
        return None
    if trigger.head.lemma_.lower() != "walk" or not event["actor"]:
        return None
    if not any(a["sector"] in SITTING_SECTORS for a in event["actor"]):
        return None
    return WALKOUT_BOYCOTT


def _walkout_by_officials(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether a walkout is an official's leaving a room ("the ambassador walked out of
    the chamber", "the prime minister walked out of the meeting"): no strike, and no
    protest unless said to be one."""
    if event["event"] != "PROTEST" or trigger.head.lemma_.lower() != "walk":
        return False
    # (lawmakers walking out of their own sitting boycott it: _walkout_by_lawmakers)
    officials = OFFICIAL_SECTORS - SITTING_SECTORS
    if not event["actor"] or not all(a["sector"] in officials for a in event["actor"]):
        return False
    return not _in_protest_of_something(trigger.head)


def _in_protest_of_something(verb: Token) -> bool:
    """Whether ``verb``'s clause says it is done "in protest" (the parser may hang the
    phrase on the verb or on a word below it: "walked out of the chamber in protest")."""
    return any(
        t.lower_ == "protest" and t.dep_ == "pobj" and t.head.lower_ == "in" for t in verb.subtree
    )


# rules that code an event anew by who did it to what, in the order they apply: leaving
# an organisation is SANCTION withdraw (PLOVER manual), civilians occupying a building
# protest, a state protesting disapproves, the state obstructing a way coerces, relief teams
# arriving and forces sent to help give aid, regret over another's act disapproves
RECODINGS: tuple[
    Callable[[Trigger, dict[str, Any], Mapping[str, frozenset[str]]], Pattern | None], ...
] = (
    _leaving_a_body,
    _occupation_by_protesters,
    _abduction_by_an_armed_group,
    _capture_by_the_police,
    _raid_by_armed_forces,
    _ground_taken,
    _plunder_by_armed_men,
    _symbol_burnt,
    _missile_over_a_state,
    _protest_by_a_state,
    _dismissal_of_a_measure,
    _obstruction_by_the_state,
    _relief_mission,
    _forces_sent_to_help,
    _forces_sent_on_request,
    _forces_sent_to_keep_peace,
    _forces_sent_to_a_disaster,
    _regret_at_another,
    _opposition_to_a_deed,
    _barred_from_acting,
    _frontier_closed_with_a_state,
    _police_mobilized,
    _walkout_by_lawmakers,
)


# the participles of speaking that tell when and where words were said
SPEECH_PARTICIPLES = frozenset({"speak", "talk", "address", "appear", "write"})


def _speaking_beside(verb: Token) -> list[Token]:
    """The participles of speaking told beside ``verb`` or its subject: "Speaking at a
    news conference on Sunday, Zelaya urged", "Stoltenberg, speaking on Monday, called"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBD":
        subjects.append(verb.head)  # (the parser may hang the verb on its subject)
    return [
        c
        for holder in (verb, *subjects)
        for c in holder.children
        if c.dep_ in ("advcl", "acl")
        and c.tag_ == "VBG"
        and c.lemma_.lower() in SPEECH_PARTICIPLES
        and not any(g.dep_ in ("nsubj", "aux") for g in c.children)
    ]


def _day_told_before(
    story_day: tuple[str, str] | None, pub: dt.date | None
) -> tuple[str, str] | None:
    """The last day the story told before, if not after its publication."""
    if story_day is None or (pub is not None and story_day[0] > pub.isoformat()):
        return None
    return story_day


def _under_the_terms(verb: Token, pacts: Container[str]) -> Token | None:
    """The deal a clause says it is "under" ("Under the accord, Israeli troops will pull
    out of Gaza"), on its verb or a verb it hangs on; else None."""
    for holder in (verb, *verb.ancestors):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "under":
                for deal in prep.children:
                    if deal.dep_ == "pobj" and deal.lemma_.lower() in pacts:
                        return deal
        if holder.dep_ in ("ccomp", "relcl", "advcl"):
            return None  # (a clause of its own: "said that under ...")
    return None


def _participle_of_a_past(verb: Token) -> bool:
    """Whether ``verb`` is a present participle with no auxiliary told beside a deed in the
    simple past ("Meeting in Abuja, the leaders suspended all transactions", "the Council,
    meeting in emergency session, deplored the events"): done while that deed was."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children):
        return False
    governor = verb.head
    if verb.dep_ == "acl":
        governor = governor.head  # "ministers meeting in Brussels targeted": the noun's verb
    return governor.pos_ in ("VERB", "AUX") and story_past(governor)


# words of a time of day that only place a deed within the day the story tells ("hours
# after", "late into the night", "at midday"), unlike a clock time or a day of its own
DAY_PART_WORDS = frozenset(
    {"hour", "minute", "night", "midday", "noon", "morning", "afternoon", "evening", "dawn"}
    | {"overnight", "midnight", "late", "early", "later", "the", "a", "few", "several", "into"}
    | {"after", "before", "two", "three", "four", "many", "dusk", "nightfall", "daybreak"}
)


def _clock_time(token: Token) -> bool:
    """Whether ``token`` is in a TIME entity that is more than a part of the story's day:
    "at 3 p.m.", "Sunday night", but not "hours after" or "late into the night"."""
    if token.ent_type_ != "TIME":
        return False
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    words = [t for t in (ent if ent is not None else [token]) if not t.is_punct]
    return not all(t.lemma_.lower() in DAY_PART_WORDS or t.lower_ in DAY_PART_WORDS for t in words)


def _main_clause_day(verb: Token, sent: Span, pub: dt.date | None) -> EventDate | None:
    """The day the sentence's main clause gives, where ``verb`` is in that clause's deed
    and not in what a speaker reports ("said on Monday that troops had shelled": a
    reported deed may lie before the report); else None. The deed told before a trailing
    attribution is the main clause ("Police beat protesters on Saturday and detained 35
    people, witnesses said")."""
    root = main = sent.root
    if root.lemma_.lower() in REPORTING_LEMMAS | SPEECH_VERBS:
        main = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), root)
        if main.i == root.i:
            return None
    if main.i == verb.i or all(a.i != main.i for a in verb.ancestors):
        return None
    if not any(t.ent_type_ in ("DATE", "TIME") for t in sent):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP") or any(
        # (not "have since pulled back", "will pull out": a present perfect or a modal
        # tells another time)
        a.tag_ == "MD" or (a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP"))
        for a in auxes
    ):
        return None
    below = [verb, *itertools.takewhile(lambda a: a.i != main.i, verb.ancestors)]
    if any(a.dep_ in ("ccomp", "relcl", "acl") for a in below):
        return None  # (what a clause on a noun or a reported clause tells has its own time)
    day = event_date(main, sent, pub)
    if day is None or day.precision != "day" or day.text == "publication":
        return None
    return day


def _day_spoken(
    verb: Token, sent: Span, pub: dt.date | None, story_day: tuple[str, str] | None
) -> EventDate | None:
    """The day a verb of speaking gives, where it gives one no later than the story:
    the day of the words said as one spoke."""
    day = event_date(verb, sent, pub, story_day=story_day)
    if day is None or day.precision != "day" or (pub is not None and day.date > pub.isoformat()):
        return None
    return day


# the nouns of "at the request of X": what X asked for was done
REQUEST_NOUNS = frozenset({"request", "behest", "urging"})


def _asked_for_by(verb: Token) -> list[Token]:
    """Those at whose request ``verb``'s act was done ("deployed forces at the request of
    President Kiir", "arrested Meng at the request of the United States"), else []. The
    parser may hang the phrase on the act's purpose: "will meet on Wednesday to discuss
    the crisis at the request of Britain"; or on the purpose of the verb ``verb`` goes
    with: "had begun deploying soldiers to help fight insurgents, at the request of the
    Mozambican government"."""
    holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    purposes = [
        c for h in holders for c in h.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)
    ]
    return _owner_of_phrase([verb, *purposes], "at", REQUEST_NOUNS)


# the nouns of "on the orders of X": X ordered it done
ORDER_NOUNS = frozenset({"order"})


def _owner_of_phrase(holders: list[Token], preposition: str, nouns: frozenset[str]) -> list[Token]:
    """The "of" object or the possessor of a phrase ``preposition`` + one of ``nouns`` on
    one of ``holders`` ("at the request of X", "on the orders of X", "at X's request"): X
    and those joined to it."""
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ != preposition:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in nouns:
                continue
            for of in noun.children:
                if of.dep_ == "prep" and of.lower_ == "of":
                    owner = next((g for g in of.children if g.dep_ == "pobj"), None)
                    if owner is not None:
                        return conjuncts(owner)
            # "at Tokyo's request", "on Putin's orders"
            owner = next((g for g in noun.children if g.dep_ == "poss"), None)
            if owner is not None:
                return conjuncts(owner)
    return []


def _under_an_accusation(verb: Token) -> bool:
    """Whether ``verb`` tells the deed an accusation lays on someone ("accused Armenia of
    sending army units", "blamed the rebels for starting the clashes")."""
    return any(
        t.dep_ == "prep"
        and t.lower_ in ("of", "for")
        and ALLEGING_LEMMAS & {t.head.lemma_.lower(), t.head.head.lemma_.lower()}
        for t in verb.ancestors
    )


# deeds one may deny in other words: arming a party is supporting it
DENIED_ALIKE = frozenset({"AID", "SUPPORT", "COOPERATE"})


def _accusation_rejected(
    events: list[dict[str, Any]], deed: dict[str, Any], doers: set[str]
) -> dict[str, Any] | None:
    """The accused's rejection of an accusation made against them ("Khartoum called the
    accusation baseless"): a REJECT by the accused aimed at one who accused them (not the
    deed alleged itself: "accused Pakistan of violating the agreement")."""
    accusers = {
        a["code"]
        for e in events
        if e["event"] == "ACCUSE"
        and e["factuality"] == "asserted"
        and doers & {r["code"] for r in e["recipient"]}
        for a in e["actor"]
    } - {None, NO_COUNTRY}
    return next(
        (
            e
            for e in events
            if e["event"] == "REJECT"
            and e is not deed
            and e["factuality"] == "asserted"
            and doers & {a["code"] for a in e["actor"]}
            and accusers & {r["code"] for r in e["recipient"]}
        ),
        None,
    )


def _disputed_by_the_accused(events: list[dict[str, Any]], accused: list[dict[str, Any]]) -> None:
    """The deed an accusation lays on someone, where it was still coded as told on the
    accuser's word (the trigger is the accusation's own noun: "accused Eritrea of an
    unprovoked invasion"; a deed in the accusation's "of" clause is hypothetical from the
    start), that the accused denies in the same story is disputed: no longer told as
    done, but kept as hypothetical with both words in its evidence. (An act a party
    merely reports stays told, denied or not, as the hand-coded sets code it.)"""
    denied = [e for e in events if e["factuality"] == "negated"]
    for event in events:
        if event["factuality"] != "asserted" or not any(event is a for a in accused):
            continue
        doers = {a["code"] for a in event["actor"]} - {None, NO_COUNTRY}
        if not doers:
            continue
        kinds = DENIED_ALIKE if event["event"] in DENIED_ALIKE else {event["event"]}
        denial = next(
            (
                d
                for d in denied
                # ("accused Khartoum of arming the rebels ... denied supporting them")
                if d["event"] in kinds and doers & {a["code"] for a in d["actor"]}
            ),
            None,
        ) or _accusation_rejected(events, event, doers)
        if denial is None:
            continue
        event["factuality"] = "hypothetical"
        event["evidence"] += (
            f"; hypothetical: alleged, and denied by '{denial['actor'][0]['text']}' "
            f"('{denial.get('event_text')}')"
        )


# verbs of talking together, whose parties are joint actors even on the phone
TALKING = frozenset(
    {"speak", "talk", "converse", "confer", "discuss", "discussion", "conversation"}
    | {"dialogue", "negotiation", "negotiate"}
)
# CONSULT modes that need another party: the one visited, those mediated between (a
# call or videoconference may be a body's own meeting)
CONTACT_MODES = frozenset({"visit", "third-party"})


# the words of a state's legislature named with no state: "Congress", "parliament"
LEGISLATURE_WORDS = frozenset({"parliament", "congress", "legislature", "senate"})


def _own_legislature(resolution: Resolution, actors: list[Entity]) -> Resolution | None:
    """A legislature named with no state ("parliament", "Congress") that an official of
    one state acts toward is that state's, not the state the story's other words lend
    it; the state of the story's dateline stands."""
    entity = resolution.entity
    # (a dateline's state stands: "WASHINGTON - ... Zelensky thanked Congress")
    if entity.sector != "LEG" or resolution.code_from in ("", "nationality", FROM_SETTING):
        return None
    if not entity.text or entity.text.lower().split()[-1] not in LEGISLATURE_WORDS:
        return None
    if any(w[0].isupper() for w in entity.text.split()[:-1] if w.lower() != "the"):
        return None  # ("the Indian parliament": a state of its own words)
    states = {a.code for a in actors}
    if len(states) != 1 or not all(a.sector in OFFICIAL_SECTORS for a in actors):
        return None
    (code,) = states
    if not _a_state_code(code) or code == entity.code:
        return None
    own = dataclasses.replace(entity, code=code, name=None)
    return Resolution(own, f"'{entity.text}' is the house of its official's own state, {code}")


def _met_with_someone(trigger: Trigger) -> bool:
    """Whether the trigger is a meeting or a negotiation with someone named as its object
    or with "with" ("met North Korean army officers", "negotiated with the rebels")."""
    verb = trigger.head
    if trigger.noun is not None or verb.lemma_.lower() not in MEETING_WITH_FORCES:
        return False
    children = list(verb.children)
    withs = [c for c in children if c.dep_ == "prep" and c.lower_ == "with"]
    met = [c for c in children if c.dep_ == "dobj"]
    if met:
        # a party named or owned ("met North Korean army officers", "met his commanders"),
        # not a thing ("met little resistance"), nor those met with force ("met them with
        # rubber bullets")
        return not withs and all(
            m.pos_ == "PROPN"
            or any(
                c.dep_ == "poss"
                or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))
                for c in m.children
            )
            for m in met
        )
    return bool(withs)


def _one_sided_contact(event: dict[str, Any]) -> bool:
    """Whether an asserted visit or mediation names one party alone and no one it was
    with."""
    return (
        event["event"] == "CONSULT"
        and event["mode"] in CONTACT_MODES
        and event["factuality"] == "asserted"
        and not event["recipient"]
        and len(event["actor"]) <= 1
    )


def _phrase(noun: Token) -> str:
    """The words of ``noun``'s mention."""
    tokens = mention_tokens(noun)
    return noun.doc[tokens[0].i : tokens[-1].i + 1].text if tokens else noun.text


def _aimed_at_something(trigger: Trigger) -> Token | None:
    """The act's common-noun target, if any: an object, or an "at" or "on" object
    ("firing water cannon at a fishing boat")."""
    head = trigger.head
    act = trigger.noun.i if trigger.noun is not None else -1
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i != act]
    objects += [
        g
        for c in (*head.children, *(trigger.noun.children if trigger.noun is not None else ()))
        if c.dep_ == "prep" and c.lower_ in ("at", "on", "against")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return next((o for o in objects if o.pos_ == "NOUN"), None)


def _accuser_of_its(trigger: Trigger, owned_only: bool = True) -> Token | None:
    """The accuser, where an alleged act's object is "its" or "their" something: in
    "China accused the Philippines of ramming its vessel" the vessel is China's, since the
    accused is the one who acts. With ``owned_only`` off, the accuser of any act alleged
    with "accused ... of"."""
    head = trigger.head
    if head.dep_ != "pcomp" or head.head.lower_ not in ("of", "with"):
        return None
    governor = head.head.head
    if governor.dep_ == "dobj":
        governor = governor.head  # "of" hung on the accused
    if governor.lemma_.lower() not in CHARGE_VERBS:
        return None
    owned = any(
        g.dep_ == "poss" and g.lower_ in ("its", "their")
        for c in head.children
        if c.dep_ in ("dobj", "pobj")
        for g in c.children
    )
    if owned_only and not owned:
        return None
    return next((c for c in governor.children if c.dep_ == "nsubj"), None)


def _left_a_building(trigger: Trigger, event: dict[str, Any], bodies: Iterable[str]) -> bool:
    """Whether "left" or "quit" a named body is leaving a state's building ("left the
    White House"), not an organisation, treaty or talks one withdraws from."""
    if event["event"] != "SANCTION" or trigger.head.lemma_.lower() not in ("leave", "quit", "exit"):
        return False
    if trigger.noun is None or trigger.noun.pos_ != "PROPN" or not event["recipient"]:
        return False
    if trigger.noun.lemma_.lower() in bodies:
        return False  # "exited the Open Skies Treaty": a treaty, whoever it is with
    return all(_a_state_code(r["code"]) for r in event["recipient"])


def _resignation_told_again(event: dict[str, Any], events: list[dict[str, Any]]) -> bool:
    """Whether a resignation told as done was already coded as done, by the same one
    (the same person in the tables, or the same side named by a pronoun or a part of the
    earlier name: "He stepped down after talks with the opposition"): one leaves an
    office once."""
    if event["event"] != "RETREAT" or event["mode"] != "resign":
        return False
    if event["factuality"] != "asserted" or len(event["actor"]) != 1:
        return False
    [who] = event["actor"]
    for earlier in events:
        if (
            earlier["event"] != "RETREAT"
            or earlier["mode"] != "resign"
            or earlier["factuality"] != "asserted"
            or earlier["start"] >= event["start"]
        ):
            continue
        for before in earlier["actor"]:
            if who.get("name") and who.get("name") == before.get("name"):
                return True
            text = (who.get("text") or "").lower()
            if (
                (who["code"], who["sector"]) == (before["code"], before["sector"])
                and who["code"] not in (None, NO_COUNTRY)
                and (
                    text in SUBJECT_PRONOUNS
                    or (text and (before.get("text") or "").lower().endswith(text))
                )
            ):
                return True
    return False


def _power_kept_within(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether power handed over stays with the same side: handed to a party of the
    giver's own state and sector ("the army handed power to its commander-in-chief", a
    president to his deputy). A junta handing power to a civilian government gives it up
    (RETREAT); a leader who steps down is coded by that act."""
    noun = trigger.noun
    if event["event"] != "RETREAT" or noun is None or noun.lemma_.lower() != "power":
        return False
    givers = {(a["code"], a["sector"]) for a in event["actor"]}
    takers = {(r["code"], r["sector"]) for r in event["recipient"]}
    return bool(takers) and takers <= givers


# bodies whose meeting is a sitting of their own, with no party met: "the cabinet met"
SITTING_BODIES = frozenset(
    {"cabinet", "council", "parliament", "committee", "assembly", "junta", "politburo"}
)


def _body_in_session(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether a bare "met" with no one met is a body sitting: a cabinet, a council or a
    committee that "met in emergency session", or those "meeting in Brussels" as they
    act ("ministers, meeting in Washington, agreed"). Meeting someone ("met Kostunica",
    "met with Abiy") or two sides meeting ("the two leaders met") stays a CONSULT, and so
    does a sitting of an international body ("the U.N. Security Council met in emergency
    session", "EU leaders meeting in Brussels"), where states meet (multilateral)."""
    verb = trigger.head
    if trigger.pattern.text != "meet" or trigger.pattern.form != "verb":
        return False
    if any(a["code"] in BODY_CODES for a in event["actor"]):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in verb.children
    ):
        return False
    if verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl"):
        # ("Commonwealth leaders meeting in New Zealand suspended Nigeria": where they were
        # when they acted)
        return not any(c.dep_ == "nsubj" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.lemma_.lower() in SITTING_BODIES and not any(c.dep_ == "conj" for c in s.children)
        for s in subjects
    )


def _talk_to_the_press(trigger: Trigger, press: frozenset[str]) -> bool:
    """Whether a talk is with the press ("talked to reporters", "spoke with
    journalists"): what is said there may be news, but no one met a party."""
    pattern = trigger.pattern
    if (
        pattern.event != "CONSULT"
        or pattern.form != "particle"
        or pattern.verb not in ("talk", "speak")
    ):
        return False
    partners = [
        g
        for c in trigger.head.children
        if c.dep_ == "prep" and c.lower_ == pattern.particle
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return bool(partners) and all(counted(g).lemma_.lower() in press for g in partners)


def _decline_of_nothing(trigger: Trigger) -> bool:
    """Whether a bare "declined" refuses nothing: only "declined to" with an act
    ("Putin declined to come", "declined to cancel the deal") is a refusal; "exports
    declined" fell. (What one declines by name has patterns of its own: "declined an
    invitation".)"""
    if trigger.pattern.text != "decline" or trigger.pattern.form != "verb":
        return False
    return not any(c.dep_ == "xcomp" for c in trigger.head.children)


# verbs whose "from" phrase tells what a party was kept from doing: "blocked the speaker
# from entering", "prevented the warship from arresting the fishermen"
KEEPING_LEMMAS = frozenset({"block", "prevent", "stop"})
ATTEMPT_LEMMAS = frozenset({"try", "attempt", "seek"})


def _kept_from_no_act(trigger: Trigger) -> bool:
    """Whether a "from" pattern of keeping someone from acting has no act in its "from"
    phrase: "blocked imports from China" or "stopped aid from Iran" keep goods out, while
    "blocked the speaker from entering" restricts him (COERCE restrict). Nor does one who
    only tried to keep another from acting ("tried to stop them from entering"): the
    other went ahead, as the hand-coded sets read it."""
    pattern = trigger.pattern
    if pattern.particle != "from" or pattern.verb not in KEEPING_LEMMAS:
        return False
    verb = trigger.head
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ATTEMPT_LEMMAS:
        return True
    return not any(
        g.dep_ == "pcomp" and g.tag_ == "VBG"
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
    )


# the modals by which a clause agreed on tells a deed to come
DEED_MODALS = frozenset({"will", "would", "shall", "should", "must", "'ll"})


def _view_agreed(trigger: Trigger) -> bool:
    """Whether "agree" takes only a "that" clause telling how things are ("agreed that the
    test was intolerable", "agreed that the test could not be tolerated"): a view shared,
    while "agreed that the troops would leave by December" agrees on a deed to come."""
    verb = trigger.head
    if trigger.pattern.text != "agree" or verb.lemma_.lower() != "agree":
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses or any(
        c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ == "to")
        for c in verb.children
    ):
        return False
    return all(
        any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and not any(c.dep_ == "aux" and c.lower_ in DEED_MODALS for c in clause.children)
        for clause in clauses
    )


# verbs by which a ruler ends a government or puts an official out of office
DISMISSING_LEMMAS = frozenset({"dismiss", "dissolve", "sack", "suspend"})


# verbs by which one turns on one's own man: "sacked his defence minister", "accused his
# former deputy of corruption"
TURNED_ON_LEMMAS = frozenset({"sack", "dismiss", "fire", "accuse", "arrest", "charge", "blame"})
# the people under one who are no title of their own
UNDERLINGS = frozenset({"deputy", "aide", "lieutenant", "protege", "protégé"})


def _own_government_dismissed(trigger: Trigger) -> bool:
    """Whether a government dismissed is the dismisser's own ("Mubarak dismissed his
    government", "announced he was dissolving his cabinet"): a reshuffle or a concession,
    while a king's dismissing "the government of Prime Minister Deuba" or a junta's
    dissolving "the transitional government" coerces another (COERCE restrict)."""
    pattern, noun = trigger.pattern, trigger.noun
    if pattern.verb not in DISMISSING_LEMMAS or noun is None or pattern.noun != "government":
        return False
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


# the places one walks out of by leaving them, not in protest: a refuge or a building
# (one of them: "nurses walked out of hospitals" is a strike)
SHELTER_NOUNS = frozenset({"building", "mission", "embassy", "residence", "house", "home"})
SHELTER_NOUNS |= frozenset({"compound", "church", "nunciature"})


def _walked_out_of_custody(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether a walkout is a prisoner's walking free ("Mandela walked out of Victor
    Verster prison") or one's leaving a refuge ("Noriega walked out of the Vatican
    mission and was arrested"), not a strike. (Lawmakers walking out of a chamber boycott
    it: _walkout_by_lawmakers.)"""
    if event["event"] != "PROTEST" or trigger.head.lemma_.lower() != "walk":
        return False
    # ("walked out of prison": the parser may hang the "of" on "out")
    holders = [trigger.head, *(c for c in trigger.head.children if c.lower_ == "out")]
    return any(
        obj.lemma_.lower() in CUSTODY_NOUNS
        or (obj.lemma_.lower() in SHELTER_NOUNS and obj.tag_ in ("NN", "NNP"))
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF", "IMG", "COP", "CRM"})


# sectors of those who clash in words, not arms
OFFICIAL_SECTORS = frozenset({"GOV", "LEG", "ELI", "JUD"})


# acts done in words, which a standing position or a text keeps doing in the present
STANDING_WORDS = frozenset({"ACCUSE", "THREATEN", "REQUEST", "REJECT"})


def _party_contacted(trigger: Trigger) -> Token | None:
    """The one called or visited, where the trigger is what the call or visit was for,
    said in it, and names no other party ("telephoned Correa to express support",
    "called Sall to congratulate him")."""
    head = trigger.head
    contact = contact_purposed(trigger)
    if contact is None:
        return None
    if any(c.dep_ in ("dobj", "dative") and c.ent_type_ for c in head.children):
        return None  # "called Putin to congratulate Erdogan": another party named
    return next((c for c in contact.children if c.dep_ == "dobj"), None)


# the auxiliaries of an act pledged
PLEDGING_AUX = frozenset({"will", "would", "'ll"})


def _partners_of_the_talk(trigger: Trigger) -> list[Token]:
    """The one talked with, where the trigger is a demand or a word joined to the talk
    and names no party of its own ("spoke by telephone with Kagame and called for a
    ceasefire", "met Ruto on Monday and urged restraint"): said to the partner."""
    head = trigger.head
    said = head.dep_ == "ccomp" and head.head.lemma_.lower() == "say"
    # (a pledge said in the talk too, not a deed reported: "met Jiang and said a carrier
    # had moved")
    pledged = said and any(c.dep_ == "aux" and c.lower_ in PLEDGING_AUX for c in head.children)
    if said and head.head.dep_ == "conj":
        # "telephoned Bush ... and said Moscow would cooperate": what is said in the talk
        head = head.head
    talk = head.head
    if (
        head.dep_ != "conj"
        or (trigger.pattern.event not in SAID_IN_CONTACT and not pledged)
        or talk.lemma_.lower() not in cues()["talking"] | CONTACT_LEMMAS
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    ):
        return []
    partners = [c for c in talk.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")]
    partners += [
        g
        for c in talk.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    # ("with Armenia's Nalbandian and Azerbaijan's Mammadyarov": all of them)
    return conjuncts(partners[0]) if len(partners) == 1 else []


# endings that make a noun of a verb's deed ("removal", "extradition", "seizure")
DEED_SUFFIXES = frozenset({"al", "ion", "ation", "ition", "ure", "ment", "ing"})


def _of_a_deed_told_with_it(noun: Token) -> bool:
    """Whether a generic noun's "of" phrase tells its deed by a gerund ("the idea of
    legalising undocumented workers"): a deed named here, not one told before."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pcomp" for g in c.children)
        for c in noun.children
    )


def _reaction_nouns(trigger: Trigger) -> list[Token]:
    """The nouns a reaction is to: its object ("condemned the strikes"), the subject of
    its passive ("the move was condemned by ECOWAS"), and the trigger's own noun first
    where the pattern names one ("rejected the accusations")."""
    head = trigger.head
    nouns = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
    if trigger.noun is not None and trigger.pattern.form in ("object", "rule"):
        nouns.insert(0, trigger.noun)
    if particle := trigger.pattern.particle:
        # "was deeply troubled by the legislation", "objected to the decision"
        nouns += [
            g
            for p in head.children
            if p.dep_ in ("prep", "agent") and p.lower_ == particle
            for g in p.children
            if g.dep_ == "pobj" and g.pos_ == "NOUN"
        ]
    if _relative_act(head) is not None:
        nouns.append(head.head)  # "ended a visit that Beijing had condemned": the visit
    return nouns


def _relative_act(head: Token) -> Token | None:
    """The noun of a relative clause whose object is the relative pronoun ("a visit to
    Taipei that Beijing had condemned"), if it is a common noun: the act reacted to, told
    just before, however indefinite."""
    if head.dep_ != "relcl" or head.head.pos_ != "NOUN":
        return None
    if not any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in RELATIVE_WORDS for c in head.children
    ):
        return None
    return head.head


def _standing_description(trigger: Trigger) -> bool:
    """Whether the trigger is a relative clause in the simple present that describes a
    party by what it does as a rule ("the United States, which provides $140 million in
    aid to Mali", "Ghana, which hosts the talks every year"): a trait, no event of the
    story's. (Words a party or a text keeps saying, "the Commission, which accuses Warsaw
    of undermining the rule of law", "a draft resolution that threatens Sudan with
    sanctions", are still said.)"""
    head = trigger.head
    return (
        head.tag_ == "VBZ"
        and head.dep_ == "relcl"
        and head.lemma_ != "be"  # ("who is on a visit to Brazil": under way now)
        # ("the European Union, which opposes capital punishment": a stance held, no
        # words said)
        and (trigger.pattern.event not in STANDING_WORDS or head.lemma_.lower() == "oppose")
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in head.children)
    )


def _threatened_content(trigger: Trigger, triggers: list[Trigger]) -> str | None:
    """The THREATEN mode of a threat by verb whose act is told in its clause
    ("threatened to strike the capital", "warned that troops would attack"): the mode
    the threatened act's type and mode give, if any."""
    if trigger.pattern.form not in ("verb", "particle"):
        return None
    for act in triggers:
        if act.pattern.event == "THREATEN" or act.head.i == trigger.head.i:
            continue
        if act.head.head.i == trigger.head.i and act.head.dep_ in ("xcomp", "ccomp"):
            return ontology.threat_mode(act.pattern.event, act.pattern.mode)
    return None


def _fight_of_no_armed_sides(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether a bare "fought" is no battle: it has an object that is no party ("fought
    corruption", not "fought the Taliban") or not all its sides are armed (a state named
    alone is; in a vow to fight, one armed side is enough). "The army and the RSF fought"
    is one. Nor is a clash between officials ("Zelensky clashed with Trump in the Oval
    Office"): words."""
    if trigger.pattern.text in ("clash", "clash with") and trigger.pattern.form != "noun":
        sides = event["actor"] + event["recipient"]
        return bool(sides) and all(a["sector"] in OFFICIAL_SECTORS for a in sides)
    if trigger.pattern.text != "fight" or trigger.pattern.form != "verb":
        return False
    if trigger.head.dep_ == "acl":
        return True  # "rebels fighting his government": who they are, not a new battle
    for child in trigger.head.children:
        if child.dep_ == "dobj" and not any(
            side["code"] and child.text in side["text"].split()
            for side in event["actor"] + event["recipient"]
        ):
            return True  # "fought corruption": a cause (but "fought the Taliban" a party)
        if child.dep_ == "prep" and child.lower_ in ("for", "over") and not _vowed(trigger.head):
            # "fought for independence" is a cause; "fought for a third day" a duration
            # ("fought for control of Lalibela", "fought for Bakhmut": a battle for ground);
            # but rebels who vow to keep fighting for it menace; "fought over the budget"
            # is a quarrel, "fought over Nagorno-Karabakh" a war for ground
            if any(
                g.dep_ == "pobj"
                and g.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC")
                and g.lemma_.lower() not in CONTESTED_HOLDINGS
                and (child.lower_ == "for" or g.pos_ != "PROPN")
                for g in child.children
            ):
                return True
    sides = event["actor"]
    # (a leader who vows with his commander to fight back vows his forces' fight: "the
    # ousted president and his military commander vowed to fight back")
    every = any if _vowed(trigger.head) else all
    return not sides or not every(
        a["sector"] in ARMED_SECTORS
        # a state at war fights with its forces: "Israel would keep fighting Hamas"
        or (a["sector"] is None and _a_state_code(a["code"]))
        for a in sides
    )


def _vowed(verb: Token) -> bool:
    """Whether ``verb`` is what a party vows or swears to do, through "keep" or "continue"
    ("vowed to keep fighting")."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        if verb.lemma_.lower() in PLEDGING_LEMMAS - {"warn"}:
            return True
    return False


# what armed sides fight for in a battle, not a cause: "fought for control of the town"
CONTESTED_HOLDINGS = frozenset({"control", "possession", "town", "city", "village", "capital"})


def _siege_of_another(trigger: Trigger) -> bool:
    """Whether "ended the siege" may be another's siege broken: only a siege that is the
    subject's own ("ended its siege of Gaza") is given up; "security forces ended the
    siege of the hotel" broke the attackers' ("lifted the siege" is always one's own)."""
    noun = trigger.noun
    if trigger.pattern.event != "RETREAT" or trigger.head.lemma_.lower() != "end":
        return False
    if noun is None or noun.lemma_.lower() != "siege":
        return False
    return not any(c.dep_ == "poss" for c in noun.children)


def _pullout_of_no_armed_party(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether a bare withdrawal ("withdrew from the border", "pulled out of Russia") is
    made by others than forces, armed groups or a state itself: a company that pulls out
    of a market or a candidate who withdraws from a race gives no ground. (A capital
    standing for its government is the state: "Kigali would not pull out".)"""
    pattern = trigger.pattern
    if pattern.event != "RETREAT" or pattern.mode != "withdraw" or pattern.noun is not None:
        return False
    sides = event["actor"]
    return bool(sides) and not any(
        a["sector"] in ARMED_SECTORS
        or _the_state_itself(a)
        or _capital_as_state(a, trigger.head.sent)
        for a in sides
    )


def _capital_as_state(entity: dict[str, Any], sent: Span) -> bool:
    """A state named by its capital ("Kigali", "Washington"): a place's name in the
    sentence that the resolver codes as the state's government."""
    return (
        entity["sector"] == "GOV"
        and _a_state_code(entity["code"])
        and any(t.text == entity["text"] and t.ent_type_ == "GPE" for t in sent)
    )


def _armed_defence(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether "defended" is fighting, not backing: forces that defend a town or a country
    hold it ("Ukrainian troops defended Bakhmut"); a state defends a party in words."""
    if trigger.pattern.event != "SUPPORT" or trigger.head.lemma_.lower() != "defend":
        return False
    sides = event["actor"]
    return bool(sides) and all(a["sector"] in ARMED_SECTORS for a in sides)


def _flight_not_visit(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether a flight is no visit: someone flown somewhere, or a flight by one who holds
    no office (a former leader into exile), or a landing of a plane or of another's
    aircraft. Officials fly to visit, and land where they visit."""
    if event["event"] != "CONSULT" or trigger.head.lemma_.lower() not in ("fly", "land"):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass", "dobj") for c in trigger.head.children):
        return True  # ("flew 300 refugees to Rome": others flown)
    # (an international body's officials fly to visit as a state's do: "Ban Ki-moon flew
    # to Tegucigalpa")
    return not any(
        a["sector"] in ("GOV", "LEG") or (a["code"] in BODY_CODES and a["sector"] != "ELI")
        for a in event["actor"]
    )


# the codes of international bodies, whose officials hold an office of the body
BODY_CODES = frozenset({"IGO", "UNO", "EUR"})


# gatherings of many parties: a meeting at one is multilateral (PLOVER manual, CONSULT)
GATHERING_NOUNS = frozenset({"summit", "conference", "forum", "sideline", "sidelines"})


def _at_a_gathering(verb: Token) -> Token | None:
    """The summit or conference a meeting is held at or for, if the clause names one."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "for", "on", "during", "in"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in GATHERING_NOUNS:
                return obj
    return None


def _trip_at_home(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether a visit is a trip home or within the traveller's own state: "arrived home
    in Manila", "Modi travelled to Mumbai". A visit is made to another party."""
    if event["event"] != "CONSULT" or event["mode"] != "visit":
        return False
    words = {trigger.head.lemma_.lower()}
    if trigger.noun is not None:
        words.add(trigger.noun.lemma_.lower())
    if not words & TRAVEL_WORDS:
        return False
    if any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod") for c in trigger.head.children):
        return True
    homes = {a["code"] for a in event["actor"]}
    if len(homes) != 1 or None in homes or NO_COUNTRY in homes:
        return False
    places = [r for r in event["recipient"] if r["sector"] is None]
    if len(places) != len(event["recipient"]):
        return False  # someone named is visited
    where = {r["code"] for r in places}
    if not where and event.get("event_loc"):
        where = {event["event_loc"].get("country_code")}
    return bool(where) and where == homes


# places one visits that are no party: a visit to one alone meets no one
SITES = frozenset(
    {"hospital", "site", "camp", "plant", "factory", "school", "mine", "farm", "field"}
    | {"museum", "memorial", "cemetery", "shelter", "warehouse", "port", "clinic"}
    | {"shrine", "temple", "monument", "church", "mosque", "cathedral", "exhibition"}
)


# words for a state as a place visited
VISITED_STATE_WORDS = frozenset({"country", "nation", "state", "kingdom", "republic", "island"})


def _visit_of_no_one(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether a visit names no one visited and no place abroad: "the president visited
    the devastated district", where no party is met."""
    if event["event"] != "CONSULT" or event["mode"] != "visit" or event["recipient"]:
        return False
    objects = [c for c in trigger.head.children if c.dep_ == "dobj"]
    if trigger.head.lemma_.lower() != "visit" or not objects:
        return False
    if any(o.lemma_.lower() in VISITED_STATE_WORDS for o in objects):
        return False  # "let the envoy visit the country": a state, if not told which
    homes = {a["code"] for a in event["actor"]} - {None, NO_COUNTRY}
    where = (event.get("event_loc") or {}).get("country_code")
    return where is None or where in homes


def _visit_to_a_site(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether a visit is to sites only, with no other state's party or place visited
    ("the team visited two field hospitals", "the prime minister visited the Yasukuni
    shrine"): no one met. (A leader's visit to a camp abroad is a visit to its state.)"""
    if event["event"] != "CONSULT" or event["mode"] != "visit":
        return False
    objects = [c for c in trigger.head.children if c.dep_ == "dobj"]
    if trigger.noun is not None and trigger.noun.dep_ == "dobj":
        objects.append(trigger.noun)
    if not objects or not all(
        counted(o).lemma_.lower() in SITES and o.pos_ != "PROPN" for o in objects
    ):
        return False
    homes = {a["code"] for a in event["actor"]} - {None, NO_COUNTRY}
    if not homes:
        return True  # by no known party: no one met
    return all(r["code"] in homes | {None, NO_COUNTRY} for r in event["recipient"])


# verbs of asking, and the prepositions that make them a question ("asked about"),
# not a request ("asked for help", "asked them to leave")
ASKING_LEMMAS = frozenset({"ask", "inquire", "enquire"})
QUESTION_PREPS = frozenset({"about", "after"})


def _a_question(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether a REQUEST read from a verb of asking is a question: asked about something,
    with nothing asked for and no act asked of anyone."""
    head = trigger.head
    if event["event"] != "REQUEST" or trigger.noun is not None:
        return False
    if head.lemma_.lower() not in ASKING_LEMMAS:
        return False
    preps = {c.lower_ for c in head.children if c.dep_ == "prep"}
    if not preps & QUESTION_PREPS or "for" in preps:
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") for c in head.children)


def _armed_with(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether an AID read from "armed" is a description: "armed with" a thing, as a
    participle with no auxiliary and no agent ("were armed by Rwanda" is an act)."""
    head = trigger.head
    if event["event"] != "AID" or head.lemma_.lower() != "arm" or head.tag_ != "VBN":
        return False
    children = list(head.children)
    if any(c.dep_ in ("aux", "auxpass", "agent", "dobj") for c in children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in children)


def _advice_to_own(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether a warning against something is advice rather than a threat: it warns no
    party, or only the speaker's own people. A threat is made to another party."""
    if event["event"] != "THREATEN" or trigger.head.lemma_.lower() not in WARNING_LEMMAS:
        return False
    if trigger.noun is not None and trigger.noun.lemma_.lower() in WARNED_OF:
        return False  # "warned of a harsh response", "of serious consequences": a threat,
        # whoever it is aimed at
    own = {a["code"] for a in event["actor"]}
    warned = {r["code"] for r in event["recipient"]} - {None, NO_COUNTRY}
    return not warned or warned <= own


# subordinators of a clause that dates the main one by an earlier or later event, or by
# one at its time ("when", "as")
BACKGROUND_MARKS = frozenset({"since", "after", "before", "until", "when", "as"})
DATING_MARKS = BACKGROUND_MARKS - {"when", "as"}


def _dating_clause(verb: Token) -> bool:
    """Whether a verb heads a clause that dates another by an earlier or later act:
    "(days) after Washington eased sanctions", "since the war began"."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in DATING_MARKS for c in verb.children
    )


# words for an act whose "of" phrase names its doer ("the actions of the police"), where
# for most ("the killing of a journalist") it names the one it is done to
DOER_OF_NOUNS = frozenset({"action", "conduct", "behaviour", "behavior", "response", "role"})
# what an authority decides, never a protest or an attack
DECISION_NOUNS = frozenset({"decision", "ruling", "verdict", "resolution", "vote", "measure"})
# what a body votes, and the verbs by which it does ("the Council voted to", "adopted")
VOTED_NOUNS = frozenset({"resolution", "motion"})
VOTING_LEMMAS = frozenset({"vote", "adopt", "pass", "approve"})
# what only a court decides
COURT_WORDS = frozenset(
    {"ruling", "verdict", "judgment", "judgement", "trial", "sentence", "conviction"}
)
# the words of a reply, which a generic "the move", "the decision" does not retell
WORDS_NOT_MOVES = frozenset({"ACCUSE", "THREATEN"})
# what a court or a prosecutor issues or files: an accusation or threat that is a move
WRITS = frozenset({"warrant", "indictment", "lawsuit", "charge", "case", "complaint", "subpoena"})


def _issued_a_writ(verb: Token) -> bool:
    """Whether an accusation or threat was made by issuing or filing a writ ("issued an
    arrest warrant", "filed a lawsuit"): a move one may reject, not words."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in WRITS for c in verb.children)


# generic act nouns for words said, which may retell them
SAID_NOUNS = frozenset(
    {
        "announcement",
        "statement",
        "remark",
        "comment",
        "declaration",
        "idea",
        "assessment",
        "finding",
    }
)


# how long before publication an event the text dates is history the story recalls: in
# a description (a relative clause), or in a clause of its own
RECALLED_AFTER = dt.timedelta(days=120)
HISTORY_AFTER = dt.timedelta(days=730)


def _held_since(trigger: Trigger) -> bool:
    """Whether the act is a state the present perfect tells as held from a day on
    ("have kept Liu Xia under house arrest since 2010"): still held on the story's day,
    news however long ago it began (the "since" still dates it)."""
    head = trigger.head
    return any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in head.children) and any(
        c.dep_ == "prep" and c.lower_ == "since" for c in head.children
    )


def _long_past(
    event: dict[str, Any], pub: dt.date | None, before: dt.timedelta | None = None
) -> bool:
    """Whether the text dates the event well before the story was published: even the
    last day its date may mean ("in 2019": 31 December) is more than ``before`` (four
    months) back."""
    if pub is None or event.get("date_source") != "text" or not event.get("date"):
        return False
    day = _parse_day(event["date"])
    if day is None:
        return False
    precision = event.get("date_precision")
    if precision == "year":
        day = dt.date(day.year, 12, 31)
    elif precision == "month":
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    elif precision == "week":
        day += dt.timedelta(days=6)
    return pub - day > (before or RECALLED_AFTER)


# words that make an act another one than the one told before
OTHER_WORDS = frozenset({"separate", "another", "second", "new", "other", "earlier", "later"})


def _release_sought(trigger: Trigger) -> Token | None:
    """The noun of the release a demand is for ("sought the release of", "called for
    the release of"), if it is one."""
    if trigger.noun is not None and trigger.noun.lemma_.lower() in ("release", "freedom"):
        return trigger.noun
    return next(
        (
            g
            for c in trigger.head.children
            if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in ("release", "freedom")
        ),
        None,
    )


def _released(release: Token) -> list[Token]:
    """Whom a release noun names: its possessor ("his release") or its "of" object."""
    return [c for c in release.children if c.dep_ == "poss"] + [
        g
        for c in release.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


# participles by which a place is described by those it holds ("a base hosting U.S. troops")
HOSTING_PARTICIPLES = frozenset({"hosting", "housing", "sheltering"})


# passive participles that describe a place by who holds it: "positions held by rebels"
HELD_PARTICIPLES = frozenset({"held", "controlled", "occupied", "manned", "defended"})


def _hosted(place: Token) -> Token | None:
    """The object of a participle that describes ``place`` by whom it holds: "troops" in
    "a base hosting U.S. troops", "the rebels" in "positions held by the rebels"."""
    return next(
        (
            obj
            for acl in place.children
            if acl.dep_ == "acl" and acl.lower_ in HOSTING_PARTICIPLES
            for obj in acl.children
            if obj.dep_ == "dobj"
        ),
        None,
    ) or next(
        (
            obj
            for acl in place.children
            if acl.dep_ == "acl" and acl.lower_ in HELD_PARTICIPLES
            for agent in acl.children
            if agent.dep_ == "agent"
            for obj in agent.children
            if obj.dep_ == "pobj"
        ),
        None,
    )


def _holders_of(captives: list[Entity], ctx: DocContext, before: int) -> list[Entity]:
    """The actors of the latest earlier arrest or abduction whose targets are
    ``captives`` (same state and sector): those who hold them."""
    for index, kind, actors, targets in reversed(ctx.acts):
        # (held by an arrest, an abduction or a prison sentence)
        if index >= before or kind not in CAPTURE_TYPES or not actors:
            continue
        if all(any(c.code == t.code and c.sector == t.sector for t in targets) for c in captives):
            return list(actors)
    return []


# words for the police as a subject, whose act before a passive arrest says who made it
POLICE_LEMMAS = frozenset({"police", "policeman", "officer", "gendarme"})


def _last_police(ctx: DocContext, head: Token) -> list[Entity]:
    """The actors of the latest act told in this sentence or the one before whose actors
    are all a state's police: who made the arrests a passive tells of no one making."""
    for _, _, actors, _ in ctx.acts_before(head, back=1):
        if actors and all(a.sector == "COP" and a.code not in (None, NO_COUNTRY) for a in actors):
            return list(actors)
    return []


def _last_seizers(ctx: DocContext, head: Token) -> list[Entity]:
    """The armed actors of a seizure of power or control told in this sentence or the one
    before ("the army said it had taken control of the country"), if any."""
    doc = head.doc
    for index, kind, actors, _ in ctx.acts_before(head, back=1):
        if (
            kind == "COERCE"
            and actors
            and all(a.sector in ("MIL", "REB", "PRM") for a in actors)
            and doc[index].lemma_.lower() in ("seize", "take", "capture", "grab")
        ):
            return list(actors)
    return []


def _toll_of_the_last_attack(trigger: Trigger, event: dict[str, Any], ctx: DocContext) -> bool:
    """Whether an agentless passive toll ("dozens were injured", "two were killed") with
    no actor found follows an attack told in the sentence before or earlier in its own:
    the toll of that attack, not an attack of its own."""
    head = trigger.head
    if (
        event["event"] != "ASSAULT"
        or event["actor"]
        or trigger.noun is not None
        or head.lemma_.lower() not in CASUALTY_VERBS
        or not any(c.dep_ == "nsubjpass" for c in head.children)
        or any(c.dep_ in ("agent", "advcl") for c in head.children)
        # "two soldiers were killed in a separate attack": another act
        or any(
            c.dep_ == "prep"
            and any(m.lower_ in OTHER_WORDS for g in c.children for m in g.children)
            for c in head.children
        )
    ):
        return False
    earliest = sentence_start(head, back=1)
    return any(
        kind == "ASSAULT" and earliest <= index < head.i and actors
        for index, kind, actors, _ in ctx.acts
    )


def _told_long_ago(trigger: Trigger) -> bool:
    """Whether the clause says its act was long ago ("two years ago", "six months
    earlier"): more than four months in a description, two years in a clause of its own,
    as :func:`_long_past` counts from a publication date."""
    head = trigger.head
    limit = RECALLED_AFTER if head.dep_ in ("relcl", "acl", "advcl") else HISTORY_AFTER
    for child in head.children:
        if child.dep_ == "advmod" and child.lower_ in ("ago", "earlier", "before"):
            span = elapsed(head.doc[child.left_edge.i : child.i + 1].text)
            if span is not None and span > limit:
                return True
    return False


def _last_time(trigger: Trigger) -> bool:
    """Whether a past act is told as the last of its kind ("the two leaders last met on
    the sidelines of a summit in Kazan"): background to the news."""
    head = trigger.head
    return head.tag_ in ("VBD", "VBN") and any(
        c.dep_ == "advmod" and c.lower_ == "last" for c in head.children
    )


# words that count acts by the dozen
MANY_WORDS = frozenset({"dozens", "hundreds", "thousands", "scores", "many", "several"})


def _tally(trigger: Trigger, event: dict[str, Any], acts: Container[str]) -> bool:
    """Whether the trigger counts many acts over a period in the perfect ("the kingdom
    has carried out more than 100 executions this year"): a tally, not one event. (Many
    people counted are no tally of acts: "has taken in 100,000 refugees this year".)"""
    head = trigger.head
    if not any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in head.children
    ):
        return False
    if event.get("date_precision") not in ("year", "month") or event.get("date_source") != "text":
        return False
    counted_nouns = [c for c in head.children if c.dep_ == "dobj"]
    if trigger.noun is not None:
        counted_nouns.append(trigger.noun)
    for noun in (n for n in counted_nouns if n.lemma_.lower() in acts):
        for c in noun.subtree:
            if c.lower_ in MANY_WORDS or (
                c.like_num
                and c.text.replace(",", "").isdigit()
                and int(c.text.replace(",", "")) > 2
            ):
                return True
    return False


# what makes an act's noun one of the acts before the news: "previous rounds of talks"
EARLIER_WORDS = frozenset({"previous", "past", "earlier", "prior"})


def _previous_ones(trigger: Trigger) -> bool:
    """Whether the trigger's noun (or the count or series it is of) is told as earlier
    ones: "hosted previous rounds of talks", "past attacks"."""
    noun = trigger.noun
    if noun is None:
        return False
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        holders.append(noun.head.head)  # "previous rounds of talks"
    if any(c.dep_ == "amod" and c.lower_ in EARLIER_WORDS for h in holders for c in h.children):
        return True
    return _similar_ones(trigger)


def _similar_ones(trigger: Trigger) -> bool:
    """Whether the trigger's noun is a kind of act ("the Pakistani Taliban have carried
    out similar attacks in the region"): what a party is known for, not one act."""
    noun = trigger.noun
    return (
        noun is not None
        and noun.tag_ == "NNS"
        and any(c.dep_ == "amod" and c.lower_ == "similar" for c in noun.children)
    )


# adverbs that make a present verb a habit, not an event
HABITUAL_ADVERBS = frozenset({"only", "always", "routinely", "usually", "regularly", "often"})


def _habitual(trigger: Trigger) -> bool:
    """Whether the trigger's verb is a simple present of habit ("our forces only target
    military sites", "police routinely detain critics"): what a party does, no event."""
    head = trigger.head
    children = list(head.children)
    if head.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in children
    ):
        # "Russia has repeatedly fined foreign technology companies": a record, no event
        return any(c.dep_ == "advmod" and c.lower_ in REPEATED_ADVERBS for c in children)
    return (
        head.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in children)
        and any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in children)
    )


# the spans that make an act told over them a record: "for decades", "for 20 years"
LONG_SPANS = frozenset({"year", "decade", "century"})


def _over_years(trigger: Trigger) -> bool:
    """Whether the trigger's verb is told over years ("has fought the state for more than
    four decades", "have attacked convoys for years"): what a party has long done, no
    event of the day. Only in the perfect, or over years uncounted: "banned imports for
    one year" sets how long a measure lasts."""
    head = trigger.head
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
    return any(
        g.dep_ == "pobj"
        and g.lemma_.lower() in LONG_SPANS
        and g.tag_ == "NNS"
        and (perfect or not any(c.dep_ == "nummod" for c in g.children))
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for g in prep.children
    )


# verbs of where forces are kept
KEPT_POSTS = frozenset({"station", "base", "deploy", "garrison", "post"})


def _standing_posture(trigger: Trigger) -> bool:
    """Whether a deployment is told in the present passive ("U.S. troops are stationed
    in South Korea", "are currently based in Iraq"): forces where they are kept, which the
    story tells as background, not a move made."""
    head = trigger.head
    return (
        trigger.pattern.event == "MOBILIZE"
        # (forces "massed along the border" are a move under way, news)
        and head.lemma_.lower() in KEPT_POSTS
        and head.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in head.children)
        and not any(c.dep_ == "aux" for c in head.children)
    )


# adverbs that make a present perfect a record of many acts
REPEATED_ADVERBS = frozenset({"repeatedly", "frequently", "regularly", "routinely", "often"})


def _after_a_dated_past(trigger: Trigger, pub: dt.date | None) -> bool:
    """Whether a relative clause puts its act after something its year dates long before
    the story ("which suspended Guinea after the 2021 coup"): background to the party it
    describes, however its own date falls."""
    head = trigger.head
    if pub is None or head.dep_ not in ("relcl", "acl"):
        return False
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("after", "following", "since"):
            continue
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            for year in obj.children:
                if year.ent_type_ == "DATE" and year.text.isdigit() and len(year.text) == 4:
                    if pub - dt.date(int(year.text), 12, 31) > RECALLED_AFTER:
                        return True
    return False


# adverbs that put what a relative clause says before the news: "had long mediated",
# "once ruled", "previously hosted"
BEFORE_ADVERBS = frozenset({"long", "once", "formerly", "previously", "historically"})


def _suspicion_describing(trigger: Trigger) -> bool:
    """Whether a suspicion is told in a relative clause that describes a party by it
    ("killing men they suspected of supporting the militias"), not as news."""
    return trigger.head.lemma_.lower() == "suspect" and trigger.head.dep_ in ("relcl", "acl")


def _described_as_before(trigger: Trigger) -> bool:
    """Whether the trigger's clause describes a party by what it did before the news: a
    relative clause or participle on a noun with "long" (in the perfect), "once",
    "formerly" or "previously"."""
    head = trigger.head
    if head.dep_ not in ("relcl", "acl"):
        return False
    for child in head.children:
        if child.dep_ != "advmod" or child.lower_ not in BEFORE_ADVERBS:
            continue
        if child.lower_ != "long" or any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in head.children
        ):
            return True  # ("long" alone may be how long: "talks that lasted long")
    return False


def _retold(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Whether a subordinate clause tells again, in other words, the act of the verb it
    hangs on: a "to protest" purpose clause on a protest ("began a hunger strike to
    protest the ruling"), or a participle on an act of its own type ("Serbia lodged a
    protest with Albania, charging it with ...") or on a sanction, whose targets it names
    ("approved sanctions, targeting 120 tankers")."""
    verb = trigger.head
    # (or the infinitive the parser hangs on the summons as its complement: "summoned the
    # envoy to protest against the attacks")
    purpose_of_protest = trigger.pattern.event == "PROTEST" and (
        verb.dep_ == "advcl" or verb.dep_ == "xcomp" and to_infinitive(verb)
    )
    participle = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp")
    if (
        trigger.pattern.event == "PROTEST"
        and verb.dep_ in ("acl", "relcl")
        and to_infinitive(verb)
        and any(t.noun is not None and t.noun.i == verb.head.i for t in triggers)
    ):
        return True  # "observed a shutdown to protest": the shutdown is the protest
    if not (purpose_of_protest or participle):
        return False
    if trigger.pattern.event == "ASSAULT" and any(
        t.head.i == verb.head.i and t.pattern.event == "SANCTION" for t in triggers
    ):
        return True  # "approved sanctions, targeting 120 tankers": what the measure hits
    # "summoned China's ambassador to protest against ...": the diplomatic protest is the
    # summons itself (ACCUSE), not a demonstration
    retelling = {"PROTEST", "ACCUSE"} if purpose_of_protest else {trigger.pattern.event}
    return any(
        t.head.i == verb.head.i
        and t.pattern.event in retelling
        # "raided the camp, arresting 12": a seizure and arrests, two acts of force (while
        # a "to protest" clause names what any form of protest is for)
        and (
            purpose_of_protest
            or not distinct_acts(t, trigger)
            # "declared a state of siege, suspending civil liberties": the emergency's
            # own measures
            or (t.pattern.mode == "martial-law" and trigger.pattern.mode == "restrict")
        )
        for t in triggers
    )


def _addressee_unknown(
    trigger: Trigger, heads: list[Token], unresolved: set[int], act_noun: Callable
) -> bool:
    """Whether a request's addressee is named but unknown to the tables ("urged its
    Western allies to speed up deliveries", "called for the bloc to seize"): then it
    stays unknown, and the request is
    not turned on what is asked for."""
    marks = {w.head.i for w in trigger.words if w.dep_ == "mark"}  # "called for the bloc to"
    return trigger.pattern.event in ADDRESSED_TYPES and any(
        h.i in unresolved
        and (
            (h.dep_ in ("dobj", "dative") and h.head.i == trigger.head.i)
            or (h.dep_ == "nsubj" and h.head.i in marks)
        )
        and not act_noun(h)
        for h in heads
    )


# events put to a party whose own act the complement names
ADDRESSED_TYPES = frozenset({"REQUEST"})


# objects that make an occurrence of "take": "took hold", "took effect", "took place"
IDIOM_OBJECTS = frozenset({"hold", "effect", "place", "root", "shape"})


# verbs of a stance held or voted, which in a relative clause describe the one who holds
# it ("the senators who voted against her")
STANCE_LEMMAS = frozenset({"oppose", "support", "back", "favour", "favor", "vote"})


def _stance_described(trigger: Trigger) -> bool:
    """A stance verb in a relative clause ("youths who opposed its relocation", "whose
    party opposes independence", "Russia, which supported the resolution after months of
    hesitation"), or an opposition after a preposition ("suspected of opposing the
    government"): a description of its holder, no stance taken in the story. (Backing
    after a preposition may be the act told, "followed Washington in backing Guaido", or
    one alleged, "accused Kigali of backing the rebels", which is kept as alleged.)"""
    head = trigger.head
    lemma = head.lemma_.lower()
    return (
        trigger.pattern.noun is None
        and lemma in STANCE_LEMMAS
        and (head.dep_ in ("relcl", "acl") or (head.dep_ == "pcomp" and lemma == "oppose"))
        # ("issued a statement backing the package": the text's words, its issuer's act)
        and not (head.dep_ == "acl" and head.head.lemma_.lower() in SPEECH_NOUNS)
        # ("demanded a recount, a call backed by the EU and France": a noun after the
        # clause that sums up its act, and who took a stance on it)
        and not (
            head.dep_ == "acl"
            and any(c.dep_ == "agent" for c in head.children)
            and head.head.dep_ in ("appos", "npadvmod")
        )
    )


REFLEXIVES = frozenset({"themselves", "himself", "herself", "itself", "ourselves"})


def _shut_in(verb: Token) -> bool:
    """Whether ``verb`` shuts its own subject in ("barricaded themselves inside"):
    one holed up blocks no one's way."""
    return any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children)


def _role_described(trigger: Trigger) -> bool:
    """A participle set after a clause that says what its subject is ("The United States
    is the WHO's largest donor, contributing more than $400 million last year"): how the
    role is filled, a description of the subject, no act of its own in the story."""
    head = trigger.head
    clause = head.head
    return (
        head.dep_ == "advcl"
        and head.tag_ == "VBG"
        and clause.lemma_.lower() == "be"
        and any(c.dep_ == "attr" for c in clause.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    )


def _background(trigger: Trigger, roles: Roles) -> bool:
    """An event noun with no party that only dates the main clause: "since the invasion
    began", "after the truce took effect"."""
    noun, head = trigger.noun, trigger.head
    if (
        noun is None
        or noun.dep_ != "nsubj"
        or roles.actor_heads
        and roles.actor_role != NOUN_MODIFIER_ROLE
    ):
        return False
    if any(c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" for c in noun.children):
        return False  # "since Russia's invasion began" names its party
    # "since a ceasefire took hold": the object of the idiom is no party
    parties = [h for h in roles.recipient_heads if h.lemma_.lower() not in IDIOM_OBJECTS]
    if parties or any(c.dep_ == "prep" for c in noun.children):
        return False
    return head.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in head.children
    )


ARRIVING = frozenset({"arrive", "land", "reach"})
PEACEKEEPERS_ARRIVED = Pattern.rule(
    "AID", "peacekeepers arriving are help their state sends (as 'deploy +peacekeeper')"
)
FORCES_ARRIVED = dataclasses.replace(
    Pattern.rule("MOBILIZE", "forces arriving somewhere are deployed there (as 'deploy +troop')"),
    mode="troops",
)


def _peacekeepers(roles: Roles) -> bool:
    """Whether the actors are peacekeepers: "peacekeepers", "peacekeeping troops", or a
    contingent of them."""
    return bool(roles.actor_heads) and all(
        (unit := _carried(counted(head))).lemma_.lower() == "peacekeeper"
        or any(c.lower_ == "peacekeeping" for c in unit.children)
        for head in roles.actor_heads
    )


# people sent on a mission, whose arrival is no visit
MISSION_STAFF = frozenset(
    {"inspector", "observer", "monitor", "peacekeeper", "investigator", "expert", "rescuer"}
)


def _unarmed(noun: Token) -> bool:
    """Whether a noun names mission staff who bear no arms: inspectors, observers,
    rescuers, "a team of experts" (peacekeepers are armed)."""
    lemma = _carried(counted(noun)).lemma_.lower()
    return lemma in MISSION_STAFF and lemma != "peacekeeper"


def _unarmed_staff(roles: Roles) -> bool:
    """Whether the actors are all unarmed mission staff."""
    return bool(roles.actor_heads) and all(_unarmed(head) for head in roles.actor_heads)


# those one speaks to in an interview, who are no party to talks
AUDIENCE_NOUNS = frozenset(
    {"station", "television", "radio", "newspaper", "reporter", "journalist", "agency"}
    | {"channel", "network", "broadcaster", "programme", "program", "audience"}
)


def _channel_of_a_statement(trigger: Trigger) -> bool:
    """Whether a call is only the way a statement reached the press: a subjectless
    "speaking by telephone" before the main clause ("Speaking by telephone to an Arab
    television station, Arafat said ...", "from the Central African Republic"), which
    names no one spoken with."""
    head = trigger.head
    if trigger.pattern.mode != "phone":
        return False  # ("speaking during a visit to Chile": the visit is told)
    if head.lemma_.lower() not in ("speak", "talk") or head.tag_ != "VBG":
        return False
    if head.dep_ != "advcl" or head.i > head.head.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    if _objects_of(head, "with"):
        return False  # "speaking by phone with Putin": talks
    return all(o.lemma_.lower() in AUDIENCE_NOUNS for o in _objects_of(head, "to"))


# what a move or a deal is said to offer, which no party pledges
PROSPECT_NOUNS = frozenset({"chance", "opportunity", "hope", "way", "window", "glimmer"})


def _prospect_offered(trigger: Trigger) -> bool:
    """Whether an offer is of a prospect ("offered a chance to restore democracy",
    "offering a possible way out of the standoff"): said of a move, not pledged."""
    return trigger.head.lemma_.lower() == "offer" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in PROSPECT_NOUNS for c in trigger.head.children
    )


def _unarmed_staff_sent(trigger: Trigger) -> bool:
    """Whether those a party deploys or sends are all unarmed mission staff ("deployed
    40,000 observers", "sent a team of inspectors")."""
    sent = [c for c in trigger.head.children if c.dep_ == "dobj"]
    return bool(sent) and all(_unarmed(c) for c in sent)


def _carried(noun: Token) -> Token:
    """What a group noun carries: "the first deployment of peacekeepers" -> peacekeepers."""
    if noun.lemma_.lower() in ("deployment", "contingent", "batch", "group", "team", "patch"):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((g for g in prep.children if g.dep_ == "pobj"), noun)
    return noun


def _as_said(head: Token) -> bool:
    """A subjectless participle clause of manner: "as promised", "as agreed", "as
    planned" refers to an act told elsewhere, if at all."""
    return (
        head.dep_ == "advcl"
        and head.tag_ == "VBN"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    )


def _toll_of_background(trigger: Trigger, roles: Roles) -> bool:
    """A death toll told about a place or an event in a relative clause, with no one said
    to have done it: "Serbia, where 24 people were killed in riots last March", "air raids
    in which 20 people were killed". It describes the place or the raid, and is no event
    of its own. So is a toll a generic word for violence does ("in violence that killed
    265 people", "a border conflict that killed 80,000"): the word sums up acts told
    elsewhere, or long past; not "strikes that killed dozens", whose toll may be all
    the attack is told by."""
    head = trigger.head
    if trigger.noun is not None or head.lemma_.lower() not in CASUALTY_VERBS:
        return False
    if (
        head.dep_ == "relcl"
        and head.head.lemma_.lower() in VIOLENCE_NOUNS
        and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in head.children)
    ):
        return True
    if roles.actor_heads or not any(c.dep_ == "auxpass" for c in head.children):
        return False
    clauses = [head]
    if head.dep_ in ("ccomp", "parataxis") and head.head.lemma_.lower() in REPORTING_LEMMAS:
        clauses.append(head.head)  # "raids in which it said 20 people were killed"
    for clause in clauses:
        if clause.dep_ == "relcl":
            return True
        wh = [c for c in clause.children if c.lower_ in ("where", "when") and c.dep_ == "advmod"]
        if clause.dep_ == "advcl" and wh:
            return True
        # "the city of Susangerd where, it said, 100 people were killed", parsed as a
        # complement: a "where" right after a place is a relative all the same
        if any(w.i > 0 and w.doc[w.i - 1].pos_ in ("PROPN", "NOUN") for w in wh):
            return True
    return False


# verbs a relative clause may report a toll with ("in which it said 20 were killed")
REPORTING_LEMMAS = frozenset({"say", "report", "claim", "tell"})
# verbs that tell what a party said it will do
PROMISE_REPORTING = REPORTING_LEMMAS | SPEECH_VERBS | {"announce", "state"}


# nouns for violence whose relative clause may count its dead
VIOLENCE_NOUNS = frozenset({"violence", "conflict", "war", "fighting", "unrest", "crackdown"})
RETALIATION_LEMMAS = frozenset(
    {"retaliate", "avenge", "respond", "hit back", "strike back"}
    # the nouns: "warned of a harsh response", "vowed retaliation"
    | {"response", "retaliation", "reprisal", "revenge", "countermeasure"}
)
# what a warning of which is a threat to whomever it concerns
# (and "warned of further stoppages": dissent held over the other side)
WARNED_OF = RETALIATION_LEMMAS | {
    "consequence",
    "sanction",
    "punishment",
    "embargo",
    "stoppage",
    "walkout",
    "boycott",
}
# fighting off an attack: "its troops were repelling the attack" is aimed at the attacker
# what a party says it will do when attacked: hit back
RESPONSE_LEMMAS = RETALIATION_LEMMAS | {"defend", "reciprocate", "repel", "repulse"}
CONFLICT_QUADS = frozenset({3, 4})


def _retold_act(
    trigger: Trigger, pattern: Pattern, ctx: DocContext, people: Callable[[Token], bool]
) -> tuple[list[Entity], list[Entity]] | None:
    """The actors (and targets) of the act a definite event noun as subject retells ("the
    strikes killed 26" after "India struck nine sites"): the latest earlier act of its
    type within the two sentences before, if it had a coded actor. Talks retell the
    agreement they are told beside too ("agreed to a truce ... The talks were held in
    Doha": those who agreed talked). ``people`` tells a noun of people, which is no act:
    people a passive acts on retell only an act done to them ("Hamas freed 24 hostages
    ... The hostages were handed to the Red Cross"), so "a bomb killed 20 people ... the
    militants would be defeated" retells no attack."""
    noun = trigger.noun
    acted_on = noun is not None and (
        noun.dep_ == "nsubjpass" and pattern.form == "object" and people(noun)
    )
    if (
        noun is None
        or noun.dep_ not in ("nsubj", "nsubjpass")
        or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)
        or any(c.dep_ in ("amod", "compound", "poss", "prep") for c in noun.children)
    ):
        return None
    kinds = {pattern.event, "AGREE"} if pattern.event == "CONSULT" else {pattern.event}
    earliest = sentence_start(trigger.head, back=2)
    for index, event, actors, targets in reversed(ctx.acts):
        if index >= noun.i or index < earliest:
            continue
        if event in kinds:
            if acted_on and not any(
                {noun.lower_, noun.lemma_.lower()} & set(t.text.lower().split()) for t in targets
            ):
                continue  # (an act done to others: the one done to these may be before)
            coded = [a for a in actors if a.code not in (None, NO_COUNTRY)]
            return (coded, targets) if coded else None
    return None


def _answers_any(verb: Token) -> bool:
    """Whether a response is to any act that may come ("would respond to any attack"),
    not to one made already."""
    return any(
        prep.dep_ == "prep"
        and any(
            obj.dep_ == "pobj" and any(d.lower_ == "any" for d in obj.children)
            for obj in prep.children
        )
        for prep in verb.children
    )


def _not_the_strikers_own_forces(
    resolved: list[Resolution], actors: list[Entity], sent: Span, ctx: DocContext
) -> list[Resolution]:
    """``resolved`` with no country where a state or its forces strike forces or officials
    that only the story's commonest state (or its setting) made their own: "Chinese vessels
    fired water cannon at a government ship", in a story that names China most, is no
    Chinese ship. Where the sentence names one other state, they are that state's:
    "Ukraine's border guard service said Russian troops had attacked border guard units"."""
    if not actors or any(a.sector is not None and a.sector not in STATE_FORCES for a in actors):
        return resolved  # (militants attacking soldiers may well be of one state)
    strikers = {a.code for a in actors}

    def own(r: Resolution) -> bool:
        return (
            r.entity.code in strikers
            and (
                r.code_from == FROM_DOCUMENT
                # (an army striking officials of the story's setting may be staging a coup)
                or (r.code_from in BORROWED_CODES and r.entity.sector in DEPLOYED_FORCES)
            )
            and r.entity.sector in STATE_FORCES
        )

    if not any(own(r) for r in resolved):
        return resolved  # the common case, before reading the sentence's names
    others = {
        m.entry.code
        for i, m in ctx.names.items()
        if sent.start <= i < sent.end
        and m.entry.kind in STATE_KINDS
        and m.entry.code not in strikers
        and _a_state_code(m.entry.code)
    }
    home = next(iter(others)) if len(others) == 1 else NO_COUNTRY
    why = (
        f"but a state does not strike its own forces: of {home}, the other state named"
        if home != NO_COUNTRY
        else "but a state does not strike its own forces, so no country"
    )
    return [_rehomed(r, home, why) if own(r) else r for r in resolved]


def _unknown_beyond_the_striker(
    resolved: list[Resolution],
    actors: list[Entity],
    sources: tuple[str, ...] = (FROM_ONLY_NAME,),
) -> list[Resolution]:
    """``resolved`` with no country where its only source was the story's one state name
    (or, with ``sources``, its commonest), and that name is the striker's own."""
    strikers = {a.code for a in actors}
    return [
        _rehomed(r, NO_COUNTRY, "but that is the striker's, so no country")
        if r.entity.code in strikers and r.code_from in sources
        else r
        for r in resolved
    ]


def _attacker_of(
    actors: list[Entity], trigger: Trigger, ctx: DocContext, why: list[str]
) -> list[Entity]:
    """The party of the latest earlier hostile act against one of ``actors``."""
    own = [a for a in actors if a.code]

    def hit(group: list[Entity]) -> bool:
        # a state answers for what is done to anyone in it ("drones attacked a refinery in
        # Ryazan; Moscow vowed to retaliate")
        return any(a.code == g.code for a in own for g in group)

    def among(group: list[Entity]) -> bool:
        # but parties of one state are told apart by sector: youths stoning police are not
        # the police's side
        return any(_kin(a, g) for a in own for g in group)

    recent = sentence_start(trigger.head, back=1)
    for index, event, earlier, targets in reversed(ctx.acts):
        if (
            index >= trigger.head.i
            or ontology.event_types()[event].quad_class not in CONFLICT_QUADS
        ):
            continue
        if event == "ACCUSE" and index >= recent and among(earlier) and targets:
            # "Hezbollah blamed Israel for the blasts and vowed to retaliate": against
            # the party it has just blamed
            named = ", ".join(f"'{t.text}'" for t in targets)
            why.append(f"recipient: the party it blamed just before, {named}")
            return list(targets)
        if hit(targets) and not among(earlier):
            named = ", ".join(f"'{a.text}'" for a in earlier)
            why.append(f"recipient: the party of the earlier {event} against it, {named}")
            return list(earlier)
    return []


EXERCISE_NOUNS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "game", "patrol"})


# who riots, and what a riot storms or burns
PROTESTER_WORDS = frozenset({"protester", "demonstrator", "rioter", "crowd", "mob", "supporter"})


# bans a crowd defies by being in the street
STREET_BANS = frozenset(
    {"curfew", "ban", "lockdown", "order", "measure", "restriction", "emergency"}
)
CROWD_WORDS = PROTESTER_WORDS | {"people", "thousand", "hundred", "student", "resident"}


# crowds out in the street against a curfew or a ban demonstrate, whether or not the
# sentence tells their march ("thousands of students defied the ban and regrouped")
DEFIED_BAN = dataclasses.replace(
    Pattern.rule("PROTEST", "crowds defying a curfew or a ban demonstrate"), mode="demo"
)


def _curfew_defied_by_crowds(trigger: Trigger, roles: Roles) -> bool:
    """Whether crowds defy a curfew or a ban on gatherings ("tens of thousands of
    protesters defied a curfew in Kathmandu"): what they do is a protest, no rejection
    of a party's demand (lawmakers defying a decree still reject it)."""
    if trigger.pattern.text != "defy" or not roles.actor_heads:
        return False
    objects = [c for c in trigger.head.children if c.dep_ == "dobj"]
    if trigger.head.dep_ == "relcl" and all(o.lower_ in ("which", "that") for o in objects):
        defied = trigger.head.head
        while defied.dep_ == "pobj" and defied.lemma_.lower() not in STREET_BANS:
            defied = defied.head.head  # (the clause hung on the curfew's place)
        objects = [defied]  # "a curfew in the capital, which protesters defied"
    if not objects or not all(o.lemma_.lower() in STREET_BANS or o.lower_ == "it" for o in objects):
        return False
    return all(counted(h).lemma_.lower() in CROWD_WORDS for h in roles.actor_heads)


def _gathering_of_others(trigger: Trigger, roles: Roles) -> bool:
    """Whether a bare "gathered" or "assembled" is done by others than protesters
    ("leaders gathered in Brussels", "crowds gathered to watch"): no demonstration."""
    if trigger.pattern.form != "verb" or trigger.head.lemma_.lower() not in GATHERING_LEMMAS:
        return False
    if any(
        t.tag_ == "VBG" and t.lemma_.lower() in DEMANDING
        for t in _clause_but_subject(trigger.head, ("nsubj",))
    ):
        # "parents gathered outside the school demanding action" (a participle the
        # parser may hang anywhere in the clause): a protest
        return False
    if any(
        c.dep_ in ("advcl", "xcomp") and to_infinitive(c) and c.lemma_.lower() in DEMANDING
        for c in trigger.head.children
    ):
        return False  # "thousands of people gathered in Kiev to protest against the crackdown"
    if _in_protest_of_something(trigger.head):
        return False  # "thousands gathered outside city hall in protest"
    marchers = PROTESTER_WORDS - {"crowd"}
    return not roles.actor_heads or not all(
        counted(h).lemma_.lower() in marchers for h in roles.actor_heads
    )


# acts parties do together, whose other parties are whom one of them later answers
JOINT_ACTS = frozenset({"AGREE", "SUPPORT", "CONSULT", "COOPERATE"})


def _told_of_a_dated_past(trigger: Trigger, pub: dt.date | None, lexicon: Lexicon) -> bool:
    """Whether the act's subject, its own noun, or the noun a relative clause tells of is
    a noun (no force) dated to a year before last ("Bosnia's 1992-95 war killed about
    100,000 people", "the 1994 genocide", "the 1992 bombing of the embassy, which killed
    29"): background, however its verb reads."""
    if pub is None:
        return False
    head = trigger.head
    dated = [c for c in head.children if c.dep_ == "nsubj"]
    if trigger.noun is not None and trigger.pattern.form == "noun":
        dated.append(trigger.noun)  # "the 1994 genocide" as the event's own noun
    if head.dep_ == "relcl" and head.head.pos_ == "NOUN":
        # "the 1992 bombing of the Israeli embassy, which killed 29 people": the noun the
        # clause tells of, or the act its "of" phrase belongs to
        described = head.head
        dated.append(described)
        if described.dep_ == "pobj" and described.head.lower_ == "of":
            dated.append(described.head.head)
    for subject in dated:
        if subject.pos_ != "NOUN" or subject.lemma_.lower() in lexicon.classes.get("force", ()):
            continue  # (a war, a genocide; not "the 1993 class" of soldiers)
        years = [
            int(t.text)
            for t in subject.children
            if t.dep_ in ("nummod", "compound", "amod")
            and t.ent_type_ == "DATE"
            and len(t.text) == 4
            and t.text.isdigit()
        ]
        if years and max(years) < pub.year - 1:
            return True
    return False


# words that tell a war's length, on the war ("the four-decade conflict") or its toll
SPAN_WORDS = frozenset({"decade", "decades", "year", "years", "long", "month", "months"})


def _toll_of_a_whole_war(trigger: Trigger, lexicon: Lexicon) -> bool:
    """Whether the act's subject is a war told whole: "Colombia's four-decade conflict
    has killed some 40,000 people", "the civil war, which ended in 2018, killed an
    estimated 400,000", "the war has killed two million since 1983". A tally of many
    acts, no one event: told with the perfect, a span, an estimate, or a clause that
    ends or begins the war."""
    head = trigger.head
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    wars = lexicon.classes.get("war", frozenset())  # (not "fighting": the acts themselves)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in wars:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
    spanned = any(
        c.dep_ in ("amod", "compound", "nummod") and set(c.lower_.split("-")) & SPAN_WORDS
        for c in subject.subtree
        if c.i < subject.i
    )
    since = any(c.dep_ == "prep" and c.lower_ in ("since", "over") for c in head.children)
    estimated = any(
        t.lower_ == "estimated" for c in head.children if c.dep_ == "dobj" for t in c.subtree
    )
    told_whole = any(
        c.dep_ == "relcl" and c.lemma_.lower() in ("end", "begin", "start", "erupt", "break")
        for c in subject.children
    )
    return perfect or spanned or since or estimated or told_whole


def _in_a_bygone_era(trigger: Trigger) -> bool:
    """Whether the act's clause puts it in an era long past ("during World War Two",
    "under Soviet rule": cues of kind era)."""
    eras = cues().get("era", frozenset())
    for prep in trigger.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("during", "in", "under"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                words = " ".join(t.lower_ for t in obj.subtree)
                if any(era in words for era in eras):
                    return True
    return False


# verbs of setting off what is then told: "accused it of starting the war"
STARTING_VERBS = frozenset({"start", "begin", "provoke", "spark", "trigger", "instigate"})


def _definite(noun: Token) -> bool:
    """Whether ``noun`` has "the", "this" or "that": an act or pact the story has told."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _occurrence_told_before(trigger: Trigger, events: list[dict[str, Any]]) -> bool:
    """Whether an event noun with "the" and no party of its own is the subject of its
    clause ("the meeting ended", "the talks lasted three hours"), or what a gerund says
    was set off ("blamed each other for starting the clash"), where an asserted event of
    its type was coded in that sentence or the two before: it tells how that act went, or
    who began it."""
    noun = trigger.noun
    if noun is None or trigger.pattern.form != "noun":
        return False
    # ("blamed each other for starting the clash": who began the fighting told before)
    begun = (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in STARTING_VERBS
        and noun.head.tag_ == "VBG"
        and noun.head.dep_ == "pcomp"
    )
    if noun.dep_ != "nsubj" and not begun:
        return False
    if not _definite(noun):
        return False
    if any(c.dep_ in ("amod", "compound", "poss", "prep") for c in noun.children):
        return False  # "the Israeli strikes", "the talks with Hamas": told with a party
    earliest = noun.doc[sentence_start(noun, back=2)].idx
    return _coded_between(events, trigger.pattern.event, earliest)


def _festive(trigger: Trigger) -> bool:
    """Whether a rally or march is held to celebrate ("supporters rallied to celebrate
    the result", "crowds marched to welcome the team home"): a gathering with no
    grievance, no demonstration."""
    if trigger.pattern.event != "PROTEST" or trigger.pattern.form == "noun":
        return False
    return any(
        c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in FESTIVE_LEMMAS and to_infinitive(c)
        for c in trigger.head.children
    )


# (not "mourn" or "commemorate": a march for the dead is often a protest at their deaths)
FESTIVE_LEMMAS = frozenset({"celebrate", "cheer", "welcome"})


# what those gathered do that makes the gathering a protest
DEMANDING = frozenset({"demand", "chant", "protest", "denounce", "condemn", "shout", "call"})

BUILDINGS = frozenset(
    {
        "building", "home", "house", "residence", "parliament", "congress", "embassy",
        "consulate", "office", "headquarters", "palace", "compound", "ministry", "court",
        "secretariat", "legislature", "assembly", "station", "hotel", "school", "television",
        # (and the property a crowd loots or burns in the street)
        "shop", "store", "bank", "hall", "mall", "supermarket", "warehouse", "factory",
        "car", "vehicle", "bus", "truck", "facility", "premises", "precinct", "courthouse",
        "prefecture",
    }
)  # fmt: skip
# parts of a building, burnt or stormed as the building is
BUILDING_PARTS = frozenset(
    {"entrance", "gate", "door", "facade", "front", "lobby", "wall", "part", "section"}
)
# the modes of an attack with arms, no riot whatever its target
ARMED_MODES = frozenset({"explosives", "firearms", "heavy-weapons", "aerial"})
# ... and the verbs of throwing at a place, an attack on the forces in it
THROWING_LEMMAS = frozenset({"throw", "hurl", "lob", "pelt"})
SECURITY_FORCE_WORDS = frozenset({"police", "army", "military"})
# who riots: protesters, and the young men and students of a street's unrest ("youths
# looted shops")
RIOTER_WORDS = PROTESTER_WORDS | {"youth", "student"}
# the crowds that loot, who riot by it whoever they are
LOOTER_WORDS = frozenset({"looter", "people", "resident", "villager", "thousand", "hundred"})
# a crowd's taking of a building by force, a riot
CROWD_SEIZING_LEMMAS = frozenset({"seize", "ransack", "loot", "raid"})
RIOT = dataclasses.replace(
    Pattern.rule("PROTEST", "protesters storming or burning a building riot"), mode="riot"
)


def _riot(trigger: Trigger, roles: Roles) -> Pattern | None:
    """Protesters storming, seizing or setting fire to a building riot (PROTEST riot, as
    the PLOVER manual's modes read), while their violence against people is an
    ASSAULT."""
    # ("occupied the parliament building" is a sit-in: an obstruction, no riot)
    seized = (
        trigger.pattern.event == "COERCE"
        and trigger.pattern.mode == "seize"
        and trigger.head.lemma_.lower() in CROWD_SEIZING_LEMMAS
    )
    if (trigger.pattern.event != "ASSAULT" and not seized) or not roles.actor_heads:
        return None
    if trigger.pattern.mode in ARMED_MODES:
        return None  # "gunmen stormed the parliament": an armed attack
    # (a crowd of anyone loots or storms: "hungry residents ransacked supermarkets",
    # "looters", "thousands of people stormed her residence")
    stormed = trigger.head.lemma_.lower() == "storm"
    rioters = RIOTER_WORDS | LOOTER_WORDS if seized or stormed else RIOTER_WORDS
    if not all(_crowd_of(h).lemma_.lower() in rioters for h in roles.actor_heads):
        return None
    if any(c.lower_ == "armed" for h in roles.actor_heads for c in counted(h).children):
        return None  # "armed supporters of the parliament stormed the mayor's office"
    # "stormed the residence", "set fire to the home of ...": the building acted on (or
    # a part of it: "the entrance of the prosecutor's office")
    # (the building itself where the recipient is its owner: "stormed her residence")
    targets = [counted(h.head if h.dep_ == "poss" else h) for h in roles.recipient_heads[:1]]
    if trigger.noun is not None:
        targets.append(trigger.noun)
    if trigger.pattern.noun == "fire":
        targets += _set_on_fire(trigger.head)  # "set cars on fire"
    # (and the buildings named with it: "stormed the federal parliament and state
    # television", which the parser may read as a modifier of the last)
    targets += [c for t in list(targets) for c in t.children if c.dep_ in ("conj", "nmod")]
    # ("a police precinct" with the building word read as an adjective of "police")
    targets += [c for t in list(targets) for c in t.children if c.dep_ == "amod"]
    targets += [
        g for t in list(targets) if t.lemma_.lower() in BUILDING_PARTS for g in _objects_of(t, "of")
    ]
    if trigger.head.dep_ == "conj" and any(t.lower_ == "it" for t in targets):
        # "ransacked the embassy and set parts of it on fire": what the act before took
        targets += [c for c in trigger.head.head.children if c.dep_ == "dobj"]
    if trigger.head.lemma_.lower() in THROWING_LEMMAS and any(
        c.lemma_.lower() in SECURITY_FORCE_WORDS for t in targets for c in t.children
    ):
        return None  # "youths hurled petrol bombs at the police station": at its police
    # (the word as written too: "headquarters" may be lemmatised "headquarter")
    if any(t.lemma_.lower() in BUILDINGS or t.lower_ in BUILDINGS for t in targets):
        return RIOT
    if trigger.pattern.noun == "fire" and not roles.recipient_heads:
        return RIOT  # "protesters set fires near the parliament": fires in the street
    if trigger.pattern.noun == "fire" and any(
        t.lemma_.lower() in BURNT_PROPERTY for t in [*targets, *_set_on_fire(trigger.head)]
    ):
        return RIOT  # "protesters set cars on fire", "set fire to portable toilets"
    return None


# what a crowd burns in the street, which is no attack on anyone (tyres burnt to block a
# road are the lexicon's, an obstruction: 'burn +tyre')
BURNT_PROPERTY = frozenset(
    {"car", "vehicle", "bus", "truck", "lorry", "van", "toilet", "barricade", "bin"}
    | {"motorbike", "motorcycle", "tractor", "farm", "factory", "kiosk", "stall"}
)


def _set_on_fire(verb: Token) -> list[Token]:
    """What "set ... on fire" or "set fire to" burns: the object of "set" (not "fire"),
    and the object of its "to"."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() != "fire"]
    return objects + [g for holder in (verb, *verb.children) for g in _objects_of(holder, "to")]


# the words for a band of people, whose "of" says who they are: "a group of protesters"
BAND_WORDS = frozenset({"group", "band", "crowd", "mob"})


def _crowd_against_the_forces(trigger: Trigger) -> tuple[Token, list[Token]] | None:
    """The crowd that clashed and the forces it clashed with, for "protesters clashed with
    police" (a verb, with the crowd its subject and the forces its "with"), or None."""
    verb = trigger.head
    if verb.lemma_.lower() != "clash" or verb.pos_ != "VERB":
        return None
    crowd = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if crowd is None or not all(
        _crowd_of(h).lemma_.lower() in RIOTER_WORDS for h in conjuncts(crowd)
    ):
        return None
    if any(c.lower_ == "armed" for c in crowd.subtree):
        return None  # "students armed with guns clashed with police": an armed fight
    forces = [o for g in _objects_of(verb, "with") for o in conjuncts(g)]
    return (crowd, forces) if forces else None


def _crowd_of(head: Token) -> Token:
    """The word that says who a crowd is: "protesters" in "a group of protesters", "a few
    hundred protesters"; else the counted head."""
    head = counted(head)
    if head.lemma_.lower() in BAND_WORDS and (members := _objects_of(head, "of")):
        return counted(members[0])
    return head


def _met_before(trigger: Trigger) -> list[Token] | None:
    """The parties a meeting noun names with "between", where the meeting is told beside
    the clause rather than by it: after "after" ("after a meeting between Maduro and a
    U.S. envoy"), as a subject ("talks between the government and the unions have
    failed") or as what something followed ("followed talks between US and Cuban
    officials"), itself or in a span or rounds of it."""
    noun = trigger.noun
    if trigger.pattern.event != "CONSULT" or noun is None or not between_parties(noun):
        return None
    told = container_of(noun)  # "18 months of talks between ...", "rounds of talks"
    if not (
        (told.dep_ == "pobj" and told.head.lower_ in AFTER_PREPS)
        # "talks between the government and the unions have failed", "the breakthrough
        # followed talks between US and Cuban officials": the talks told, held by those
        # they name, not by the clause's subject
        or told.dep_ in ("nsubj", "nsubjpass")
        or followed_event(told)
    ):
        return None
    return [party for g in _objects_of(noun, "between") for party in conjuncts(g)]


def _visitor_by(trigger: Trigger) -> Token | None:
    """The visitor a visit noun in a phrase of the clause names with "by" ("after a visit
    by a U.S. envoy"), if any."""
    noun = trigger.noun
    if trigger.pattern.event != "CONSULT" or noun is None:
        return None
    if noun.dep_ != "pobj" and not followed_event(noun):
        return None
    return visitor_named_by(noun)


# the noun classes a pattern names its other party by
PARTY_CLASSES = frozenset({"$person", "$body"})
# the types whose object noun is judged, not used: "defended the police", "blamed the army"
JUDGING_TYPES = frozenset({"SUPPORT", "ACCUSE"})


def _party_named_by_pattern(trigger: Trigger) -> bool:
    """Whether the trigger's pattern names the party it acts on as its object noun ("help
    +$member", "oust +$person"), so that party, not one a clause under it names, is whom
    the act is toward."""
    return trigger.noun is not None and trigger.pattern.noun in PARTY_CLASSES | {"$member"}


MET_WITH_RESPONSE = Pattern.rule("THREATEN", "an act 'met with' a response: a warning")
# what an act warned against "would be met with"
RESPONSE_NOUNS = frozenset(
    {"response", "retaliation", "force", "reprisal", "reaction", "strike", "counterattack"}
    | {"war", "retribution", "vengeance", "punishment"}
)


def _met_with_response(trigger: Trigger) -> bool:
    """Whether the trigger is "would be met with a response" (a warning), not a meeting."""
    head = trigger.head
    return (
        head.lemma_.lower() == "meet"
        and any(c.dep_ == "auxpass" for c in head.children)
        and any(g.lemma_.lower() in RESPONSE_NOUNS for g in _objects_of(head, "with"))
    )


def _warned_by_the_response(met: Token) -> list[Token]:
    """The parties a warning that an act "would be met with" a response names: the doer
    of the act ("any punitive measures by the South", "any U.S. attack") and the target
    of the response ("would be met with strikes on Israel")."""
    parties = []
    for act in (c for c in met.children if c.dep_ == "nsubjpass"):
        parties += _objects_of(act, "by")
        parties += [
            c
            for c in act.children
            if c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in ("NORP", "GPE")
        ]
    for response in _objects_of(met, "with"):
        if response.lemma_.lower() in RESPONSE_NOUNS:
            parties += _objects_of(response, "on", "against")
    return parties


def _parties_warned(clause: Token) -> list[Token]:
    """The parties a verb of warning names as warned, for the clause it reports ("warned
    Kyiv that any attack would ..."): its objects."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() != "warn":
        return []
    return [c for c in clause.head.children if c.dep_ in ("dobj", "dative")]


def _warner(trigger: Trigger, fact: Factuality) -> Token | None:
    """Who says a warning: the reporter, or the subject of the verb of warning the
    clause hangs on ("Israel warned that any attack would be met with force")."""
    if fact.reporter is not None:
        return fact.reporter
    head = trigger.head
    if head.dep_ == "ccomp":
        return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return None


# verbs by which a body grants a deployment it does not make itself
AUTHORISING_LEMMAS = frozenset({"authorise", "authorize", "approve", "endorse"})
DEPLOYMENT_AUTHORISED = Pattern.rule(
    "AGREE", "a deployment an international body authorises: forces promised to the state"
)


def _deployment_authorised(trigger: Trigger) -> bool:
    """Whether forces are moved by a body's leave: "ECOWAS authorised the deployment of a
    regional force to Mali", "the Security Council approved the deployment of a force",
    "EU ministers approved sending 1,000 troops"."""
    return (
        trigger.pattern.event == "MOBILIZE"
        and trigger.noun is not None
        and (
            trigger.head.lemma_.lower() in AUTHORISING_LEMMAS
            or _sending_authorised(trigger.head) is not None
        )
    )


def _sending_authorised(verb: Token) -> Token | None:
    """The verb of leave whose object is the gerund ``verb`` ("approved sending troops"),
    else None."""
    leave = verb.head
    if verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "dobj") and leave.i != verb.i:
        return leave if leave.lemma_.lower() in AUTHORISING_LEMMAS else None
    return None


# verbs whose denial is a veiled threat: "would not hesitate to strike"
HESITATING = frozenset({"hesitate"})
FORCE_NOT_RULED_OUT = Pattern.rule(
    "THREATEN", "force, or any option, not ruled out: a veiled threat"
)
# what, not ruled out, holds force or a penalty over another: "military action", "all
# options", "sanctions"
FORCE_WORDS = frozenset(
    {"force", "action", "option", "strike", "intervention", "attack", "sanction", "retaliation"}
)


def _force_not_ruled_out(trigger: Trigger, fact: Factuality, triggers: list[Trigger]) -> bool:
    """Whether a refusal to rule out (or "did not rule out") is of force or of any
    option: an act of material conflict told under it, or a word for force as its
    object."""
    head = trigger.head
    if trigger.pattern.text != "rule out" or fact.label != "negated":
        return False
    if fact.reason not in ("negation", "refusal"):
        return False
    below = {t.i for t in head.subtree} - {head.i}
    if any(
        t.head.i in below
        and ontology.event_types()[t.pattern.event].quad_class == 4
        and t.head.dep_ not in ("nsubj", "nsubjpass")
        for t in triggers
    ):
        return True  # "refused to rule out using force", "expelling diplomats"
    # "military action", "the use of military force"
    return any(
        c.dep_ == "dobj" and any(t.lemma_.lower() in FORCE_WORDS for t in mention_tokens(c))
        for c in head.children
    )


# what besides forces and weapons hits a place in an attack
HIT_NOUNS = frozenset({"strike", "airstrike", "attack", "raid", "bombardment", "shelling"})
# what is launched at a party, whose launcher is the one acted against
LAUNCHED_THINGS = frozenset({"drone", "missile", "rocket", "shell", "projectile", "bomb"})
CROWD_FORCE = dataclasses.replace(
    Pattern.rule("ASSAULT", "a crowd dispersed with tear gas, water cannon or bullets"),
    mode="crowd-control",
)


def _dispersed_by_force(trigger: Trigger) -> Pattern | None:
    """ASSAULT crowd-control where a crowd is dispersed "with tear gas" or "using water
    cannon" (the manual's mode), not a bare dispersal (COERCE)."""
    head = trigger.head
    if trigger.pattern.event != "COERCE" or head.lemma_.lower() != "disperse":
        return None
    # ("dispersed them using water cannon" is told by its own trigger, on "using")
    if any(m.lemma_.lower() in CROWD_MEANS for m in _objects_of(head, "with")):
        return CROWD_FORCE
    return None


# verbs of moving into a place, a mobilisation where forces move
MOVEMENT_LEMMAS = frozenset(
    {"cross", "enter", "move", "advance", "push", "roll", "pour", "fly", "sail", "fan"}
    | {"land", "reach"}
)
# forces that are weapons: their move is MOBILIZE weapons (the manual's modes); "fighters"
# alone are mostly people ("RSF fighters advanced"), jets are "fighter jets"
WEAPON_PLATFORMS = frozenset(
    {"tank", "warship", "ship", "vessel", "jet", "aircraft", "bomber", "submarine"}
    | {"destroyer", "frigate", "carrier", "artillery", "drone"}
)
WEAPONS_MOVING = dataclasses.replace(
    Pattern.rule("MOBILIZE", "tanks, warships or jets that move in are weapons mobilised"),
    mode="weapons",
)


def _weapons_moving(trigger: Trigger, roles: Roles) -> Pattern | None:
    """MOBILIZE weapons where what moves into a place is weapons ("tanks rolled into the
    town"), not troops."""
    if (
        trigger.pattern.event != "MOBILIZE"
        or trigger.head.lemma_.lower() not in MOVEMENT_LEMMAS
        or not roles.actor_heads
    ):
        return None
    if all(counted(h).lemma_.lower() in WEAPON_PLATFORMS for h in roles.actor_heads):
        return WEAPONS_MOVING
    return None


RESCUE = Pattern.rule("AID", "captives freed in an assault on their captors are rescued")


def _rescued_by_force(trigger: Trigger, triggers: list[Trigger]) -> Pattern | None:
    """Captives freed by those who stormed the place they were held ("Security forces
    stormed the museum, killing two gunmen and freeing the remaining hostages"): a rescue
    (AID), not a release by the captors (RETREAT)."""
    verb = trigger.head
    if trigger.pattern.event != "RETREAT" or verb.lemma_.lower() not in ("free", "release"):
        return None
    # the clauses the freeing hangs on, and those joined with it (not the one a condition
    # hangs on: "would retaliate if the captain was not freed")
    chain = {verb.i}
    token = verb
    while (
        token.dep_ in ("conj", "advcl", "xcomp")
        and token.head.i != token.i
        and not any(c.dep_ == "mark" for c in token.children)
    ):
        token = token.head
        chain.add(token.i)
    chain |= {c.i for i in list(chain) for c in verb.doc[i].children if c.dep_ == "conj"}
    if any(t.pattern.event == "ASSAULT" and t.head.i in chain for t in triggers):
        return RESCUE
    return None


# verbs of doing away with weapons, one's own or another's
DISARMING_LEMMAS = frozenset({"destroy", "dismantle", "scrap"})
OWN_ARMS_DESTROYED = dataclasses.replace(
    Pattern.rule("RETREAT", "a party destroying its own arms disarms"), mode="disarm"
)


def _own_arms_destroyed(trigger: Trigger) -> Pattern | None:
    """Weapons a party destroys that are its own ("Iraq had begun destroying its Al Samoud
    missiles"): disarmament, not an attack on another's arms."""
    if trigger.pattern.event != "ASSAULT" or trigger.noun is None:
        return None
    if trigger.head.lemma_.lower() not in DISARMING_LEMMAS:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in trigger.noun.children):
        return None
    return OWN_ARMS_DESTROYED


TEST_FIRING = dataclasses.replace(
    Pattern.rule("MOBILIZE", "a missile fired at no one, or into the sea, shows capability"),
    mode="weapons",
)
OPEN_WATER = frozenset({"sea", "ocean", "water", "gulf"})
# what is done to a missile that is not firing it
UNFIRED_LEMMAS = DISARMING_LEMMAS | {"intercept", "seize", "capture"}


def _missile_fired(trigger: Trigger) -> bool:
    """Whether the trigger's noun is a missile or rocket its verb fires ("fired a
    ballistic missile"), not one struck ("destroyed Russian missiles over Kyiv")."""
    return (
        trigger.noun is not None
        and trigger.noun.lemma_.lower() in ("missile", "rocket")
        and trigger.head.lemma_.lower() not in UNFIRED_LEMMAS
    )


def _water(noun: Token) -> bool:
    """Whether ``noun`` is open water: "the sea", or "sea lanes" named by a compound."""
    return noun.lemma_.lower() in OPEN_WATER or any(
        c.dep_ == "compound" and c.lemma_.lower() in OPEN_WATER for c in noun.children
    )


def _test_firing(trigger: Trigger, roles: Roles) -> Pattern | None:
    """A missile or rocket fired at no one and nowhere, or into the sea ("North Korea
    fired a ballistic missile into the sea"): a show of capability (PLOVER manual,
    MOBILIZE weapons), not an attack."""
    if trigger.pattern.event != "ASSAULT" or trigger.noun is None:
        return None
    verb = trigger.head
    # "into the sea", wherever the parser hung it ("a missile carrying a warhead into"), or
    # "into target zones off Taiwan's ports": an area fired into, no one struck (and the
    # places that say where the area is are no targets)
    areas = [
        t
        for t in verb.subtree
        if t.dep_ == "pobj"
        and t.head.lower_ in ("into", "in")
        and (_water(t) or t.lemma_.lower() == "zone")
    ]
    into_sea = bool(areas)
    # (all the preposition holds: "into the sea north of Taiwan" is read as two objects)
    inside = {x.i for a in areas for x in a.head.subtree}
    if any(
        not _water(h) and h.ent_type_ not in ("DATE", "TIME") and h.i not in inside
        for h in roles.recipient_heads
    ):
        return None  # fired at someone or somewhere
    if not _missile_fired(trigger):
        return None
    # a launch that names no place it hit ("North Korea launched a ballistic missile on
    # Sunday") is the same show as one into the sea, and reports of one launch agree
    placed = any(t.dep_ == "pobj" and t.ent_type_ in ("GPE", "LOC", "FAC") for t in verb.subtree)
    # "Cambodian forces fired rockets first": fighters firing in a fight attack; a test is a
    # state's
    fighters = any(counted(h).lemma_.lower() in FIGHTER_WORDS for h in roles.actor_heads)
    # "fired a ballistic missile that struck near Israel's main airport": it hit something
    landed = any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in LANDING_VERBS
        for c in trigger.noun.children
    )
    # "fired missiles at what they said were militant bases": aimed at something
    aimed = any(
        c.dep_ == "prep"
        and c.lower_ in ("at", "on", "toward", "towards", "against")
        and any(
            g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME") for g in c.children
        )
        for c in (*verb.children, *trigger.noun.children)
    )
    return TEST_FIRING if into_sea or not (placed or fighters or landed or aimed) else None


def _coast_fired_off(trigger: Trigger) -> list[Token]:
    """The states named off or near the waters a test firing went into ("into waters off
    Taiwan's ports", "into the sea near Japan"); not the name of the sea itself ("the Sea
    of Japan")."""
    found = []
    for area in trigger.head.subtree:
        if area.dep_ != "pobj" or area.head.lower_ not in ("into", "in") or not _water(area):
            continue
        for prep in area.subtree:
            if prep.dep_ != "prep" or prep.lower_ not in ("off", "near"):
                continue
            found += [
                w
                for w in prep.subtree
                if w.ent_type_ == "GPE" and w.pos_ == "PROPN" and w.dep_ != "compound"
            ]
    return found


FIGHTER_WORDS = frozenset(
    {
        "force",
        "troop",
        "soldier",
        "fighter",
        "militant",
        "rebel",
        "insurgent",
        "militia",
        "gunman",
        "guerrilla",
        "guerilla",
    }
)


LEFT_TALKS = Pattern.rule("REJECT", "walking out of talks rejects them")


def _left_talks(trigger: Trigger, lexicon: Lexicon) -> Pattern | None:
    """Walking out of talks or a meeting ends a consultation (REJECT), where walking out
    of a workplace is a strike: "Pyongyang walked out of the negotiations in Hanoi"."""
    if trigger.pattern.text != "walk out":
        return None
    # "of" on the verb, or on "out" read as a preposition
    holders = [trigger.head, *(c for c in trigger.head.children if c.lower_ == "out")]
    for prep in (c for holder in holders for c in holder.children):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                patterns = lexicon.by_noun.get(obj.lemma_.lower(), ())
                if any(p.event == "CONSULT" for p in patterns):
                    return LEFT_TALKS
    return None


def _burnt(trigger: Trigger, roles: Roles, lexicon: Lexicon) -> Pattern | None:
    """Setting fire to a thing is burning it, coded as the lexicon codes burning that
    thing: "set fire to tyres" is the protest "burned tyres", not an assault."""
    if trigger.pattern.verb != "set" or trigger.pattern.noun != "fire":
        return None
    for head in roles.recipient_heads[:1]:
        thing = counted(head).lemma_.lower()
        for pattern in lexicon.by_verb.get("burn", ()):
            if pattern.form == "object" and pattern.noun == thing and not pattern.particle:
                return pattern
    return None


def _joint_by(trigger: Trigger, pattern: Pattern, actors: list[Entity]) -> Pattern | None:
    """Drills held by the forces of two or more states together are cooperation: "China
    and Russia held naval drills" (PLOVER manual: joint military operations are
    COOPERATE, one state's exercises MOBILIZE). :func:`_joint` reads the same from a
    partner named with "with", before the parties are resolved."""
    noun = trigger.noun
    if pattern.event != "MOBILIZE" or noun is None or noun.lemma_.lower() not in EXERCISE_NOUNS:
        return None
    states = {a.code for a in actors if a.code and a.code.isalpha()} - INTERNATIONAL_CODES
    if len(states) < 2:
        return None
    return Pattern.rule("COOPERATE", f"'{noun.text}' held by {len(states)} states together")


def _speaker(verb: Token, fact: Factuality) -> Token | None:
    """Who says ``verb`` will be done: its reporter, or the subject of a warning or a vow
    over it ("police warned that protesters would be arrested", "Jonathan vowed that the
    militants would be defeated")."""
    if fact.reporter is not None:
        return fact.reporter
    # ("warned that they would be identified and prosecuted": the clause the verb is
    # joined to, where it shares that clause's subject)
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    warning = verb.head
    if verb.dep_ == "ccomp" and warning.lemma_.lower() in WARNING_LEMMAS | PLEDGING_LEMMAS:
        # ("blamed Boko Haram and vowed that ...": the subject the two verbs share)
        return _own_or_shared_subject(warning)
    return None


def _agentless_passive(verb: Token, reporter: Token | None) -> bool:
    """Whether ``verb`` is a passive with no agent, said by a named speaker."""
    if reporter is None or reporter.lower_ in FIRST_PERSON | SUBJECT_PRONOUNS:
        return False
    verbs = [verb]
    if shares_a_passive(verb):
        verbs.append(verb.head)  # "would be identified and prosecuted": the first's passive
    # (a "by" that names a means or a deadline is no agent: "would be seized by force")
    return any(c.dep_ in ("nsubjpass", "auxpass") for v in verbs for c in v.children) and all(
        passive_agent(v) is None for v in verbs
    )


def _stated_by_a_party(event: dict[str, Any], roles: Roles) -> bool:
    """Whether an intention has a party to hold it: "the rate cut would support growth"
    states no one's intent (its subject is a thing the tables do not know)."""
    if not roles.actor_heads:
        # "under the deal, 50 hostages will be freed": terms told with no one to hold them
        return any(a["code"] not in (None, NO_COUNTRY) for a in event["actor"])
    things = all(h.pos_ == "NOUN" and not h.ent_type_ for h in roles.actor_heads)
    return not (things and all(a["code"] is None for a in event["actor"]))


def _promised_concession(
    trigger: Trigger, triggers: list[Trigger], concessions: Container[str]
) -> Pattern | None:
    """Agreeing, offering or promising to retreat or yield is a verbal concession, not an
    AGREE (PLOVER manual, CONCEDE): "Hamas agreed to release ten hostages", "offered to
    withdraw its troops". The act itself stays a hypothetical record of its own. So is
    promising a thing that yields to others (of the noun class ``concessions``): "Mubarak
    promised political reforms", "the junta promised elections"."""
    if trigger.pattern.event != "AGREE" or trigger.noun is not None:
        return None
    if _mutual(trigger.head) and not any(
        other.pattern.mode in YIELDED_GROUND
        and other.head.dep_ == "xcomp"
        and other.head.head.i == trigger.head.i
        for other in triggers
    ):
        return None  # "Pakistan and Afghanistan agreed to reopen the crossing": a deal
        # (but "India and China agreed to pull back their troops": each side yields)
    if trigger.head.lemma_.lower() in PROMISING_LEMMAS and (
        promised := next(
            (
                c
                for c in trigger.head.children
                if c.dep_ == "dobj" and c.lemma_.lower() in concessions
            ),
            None,
        )
    ):
        return Pattern.rule(
            "CONCEDE", f"'{trigger.head.text} {promised.text}': a promised concession"
        )
    for other in triggers:
        if other.pattern.event in CONCEDED_INTENTS and (
            (other.head.dep_ == "xcomp" and other.head.head.i == trigger.head.i)
            # ("committed to pulling its troops back")
            or (
                other.head.dep_ == "pcomp"
                and other.head.head.lower_ == "to"
                and other.head.head.head.i == trigger.head.i
            )
        ):
            return Pattern.rule(
                "CONCEDE", f"'{trigger.head.text} to {other.head.text}': a promised concession"
            )
    if allowed := _granted_leave(trigger.head):
        # "the junta agreed to let the U.N. envoy visit": a leave granted
        permit = allowed[0].head.head
        return Pattern.rule(
            "CONCEDE", f"'{trigger.head.text} to {permit.text}': a promised concession"
        )
    return None


def _granted_leave(verb: Token) -> list[Token]:
    """Those a verb of agreeing grants leave to act: "agreed to let the U.N. envoy visit",
    "agreed to allow two inspectors to remain" give the envoy and the inspectors."""
    return [
        subject
        for permit in verb.children
        if permit.dep_ == "xcomp"
        and permit.lemma_.lower() in PERMITTING_LEMMAS
        # ("pledged not to let al Qaeda use Afghan soil": a leave refused)
        and not negation(permit)
        for clause in permit.children
        if clause.dep_ == "ccomp"
        for subject in clause.children
        if subject.dep_ == "nsubj"
    ]


def _decided_measure(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Whether an "agreed to" has as its act a measure the decision takes (the same test
    factuality makes of it, :func:`~.factuality.decided_act`), so that the measure is
    coded as taken and the decision is no AGREE of its own."""
    return trigger.pattern.form == "verb" and any(
        decided_act(trigger.head.lemma_.lower(), other.pattern.event)
        and other.head.dep_ == "xcomp"
        and other.head.head.i == trigger.head.i
        for other in triggers
    )


def _mutual(verb: Token) -> bool:
    """Whether parties agree with each other: a coordinated subject ("Pakistan and
    Afghanistan agreed"), "both sides" or "the two sides", or an agreement "with" another
    party. What they agree to do is their agreement, no one's concession."""
    holder = verb
    if not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in (
        "advcl",
        "xcomp",
        "conj",
    ):
        # "delegations held talks, agreeing to exchange prisoners": the shared subject
        holder = verb.head
    for child in (*verb.children, *(holder.children if holder is not verb else ())):
        if child.dep_ == "nsubj":
            if any(c.dep_ == "conj" for c in child.children):
                return True
            if any(  # "Russian and Ukrainian delegations"
                c.dep_ == "amod" and any(g.dep_ == "conj" for g in c.children)
                for c in child.children
            ):
                return True
            if child.tag_ == "NNS" and any(c.lower_ in ("both", "two") for c in child.children):
                return True
            if child.lower_ == "they" and verb.dep_ == "conj" and _met_another(verb.head):
                return True  # "Abiy met Isaias and they agreed to reopen the border"
        if child.dep_ == "prep" and child.lower_ == "with":
            # "agreed with Kyiv to ...", not "with strings attached"
            if any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in child.children):
                return True
    return False


def _met_another(verb: Token) -> bool:
    """Whether a clause has one party meet or talk with another by name: a subject, and
    a named object or "with" partner ("Abiy met Isaias", "Ruto spoke with Museveni")."""
    children = list(verb.children)
    if not any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in children):
        return False
    partners = [c for c in children if c.dep_ == "dobj"] + [
        g for c in children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
    ]
    return any(p.pos_ == "PROPN" for p in partners)


def _joint(trigger: Trigger) -> Pattern | None:
    """Military drills held with a named partner are cooperation, not a show of force:
    "held naval drills with the United States and Japan" (COOPERATE, as CAMEO's joint
    exercises)."""
    noun = trigger.noun
    if trigger.pattern.event != "MOBILIZE" or noun is None:
        return None
    if noun.lemma_.lower() not in EXERCISE_NOUNS:
        return None
    for token in (trigger.head, noun):
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                if any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in prep.children):
                    return Pattern.rule(
                        "COOPERATE", f"'{noun.text}' held with a partner: joint exercises"
                    )
    return None


# the kinds of act that take captives: an arrest, an abduction, a prison sentence
CAPTURE_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION"})


# verbs by whose participle a clause's act is said to have drawn a reaction: "travelled
# to Minsk, drawing criticism from Lithuania"
DRAWING_LEMMAS = frozenset({"draw", "spark", "prompt", "provoke", "attract", "trigger"})


# acts of help or promise made at a meeting, to its other side
PLEDGED_TYPES = frozenset({"AGREE", "AID", "SUPPORT", "COOPERATE"})


def _hosts_of_the_visit_joined(
    trigger: Trigger, ctx: DocContext, actors: list[Entity]
) -> list[Entity]:
    """The parties visited or met in the clause a verb is joined to ("visited Kyiv on
    Thursday and pledged aid"): the other sides of that clause's CONSULT ("met Zelensky
    in Paris and promised": Zelensky, though the host is the one who promised)."""
    verb = trigger.head
    if verb.dep_ != "conj":
        return []
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if (meeting := _act_at(ctx, [verb.head.i], "CONSULT")) is None:
        return []
    _, met_actors, met = meeting
    if own_subject:
        # ("Putin spoke by telephone with Otunbayeva, and Moscow offered aid": a subject
        # of its own that is one of the meeting's sides; the others are whom it pledges to)
        ours = {a.code for a in actors} - {None, NO_COUNTRY}
        if not ours & {e.code for e in (*met_actors, *met)}:
            return []
        return [e for e in (*met_actors, *met) if e.code not in (None, NO_COUNTRY, *ours)]
    return [
        e
        for e in (*met_actors, *met)
        if e.code not in (None, NO_COUNTRY) and not any(_same(e, a) for a in actors)
    ]


# types of a saying put to a party, which a clause joined to one on that party puts to it
SAYINGS_PUT_TO_A_PARTY = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})


def _addressed_by(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is the verb's own object or its preposition's ("urged Quebecers",
    "called on revolutionaries"), not a word deeper in its phrase."""
    return noun.head.i == verb.i or (noun.head.dep_ == "prep" and noun.head.head.i == verb.i)


def _of_the_states_named(
    head: Token, owner: Token, found: list[Resolution], ctx: DocContext
) -> list[Resolution]:
    """The parties of a "their" object that cannot be its clause's single subject's own:
    the states named together before it in the sentence, with the head's sector ("Trump
    threatened to cut aid to Guatemala, Honduras and El Salvador, accusing their
    governments": the three governments)."""
    if owner.lower_ != "their" or not found or any(r.entity.code != NO_COUNTRY for r in found):
        return []
    sector = next((r.entity.sector for r in found if r.entity.sector), None)
    if sector is None:
        return []  # (people only: "their territory" is no party)
    # (a participle's or an infinitive's: that of the clause it hangs on)
    subject = clause_subject(head)
    if subject is None or subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we"):
        return []  # a group may be the owner itself ("protesters demanded their release")
    if any(c.dep_ == "conj" for c in subject.children):
        return []
    parties = ctx.their_parties(head)
    if parties is None:
        return []
    text = head.doc[mention_tokens(head)[0].i : head.i + 1].text
    named = ", ".join(f"'{r.entity.text}'" for r in parties)
    return [
        Resolution(
            Entity(text, r.entity.code, sector, r.entity.name),
            f"'their' refers to {named}, named together before: {r.why}",
        )
        for r in parties
    ]


def _addressees_of_the_clause_joined(
    trigger: Trigger, ctx: DocContext, actors: list[Entity], event: str
) -> list[Entity]:
    """The recipients of the act coded on the clause a verb with no subject of its own is
    joined to ("condemned the attacks and called for a halt": the attackers), other than
    the actor's own."""
    verb = trigger.head
    if event == "THREATEN" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REASON_VERBS:
        # "condemned the attack by Russian forces and said Washington would impose
        # sanctions": a threat said so is aimed at the one condemned (a refusal said so
        # mostly answers someone else: "accused Armenia ... and said Baku would never
        # accept the status quo")
        verb = verb.head
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    if (act := _act_at(ctx, [verb.head.i])) is None:
        return []
    _, _, recipients = act
    return [
        e
        for e in recipients
        if e.code not in (None, NO_COUNTRY) and not any(_same(e, a) for a in actors)
    ]


def _act_at(
    ctx: DocContext, heads: Iterable[int], kind: str | None = None
) -> tuple[str, list[Entity], list[Entity]] | None:
    """The act coded at the first of the clause heads ``heads`` that has one (of type
    ``kind``, if given), as (its type, its actors, its recipients); the first coded there."""
    found: dict[int, tuple[str, list[Entity], list[Entity]]] = {}
    for index, event, actors, recipients in ctx.acts:
        if (kind is None or event == kind) and index not in found:
            found[index] = (event, actors, recipients)
    return next((found[i] for i in heads if i in found), None)


def _act_commented_on(trigger: Trigger, ctx: DocContext) -> tuple[str, list[Entity]] | None:
    """The act a verdict in a free relative comments on ("stormed the palace in what Arce
    called a coup": the storming), or that a participle says drew the reaction
    ("travelled to Minsk, drawing criticism from Lithuania": the visit), as (its type, its
    actors)."""
    head = trigger.head
    if (
        trigger.pattern.form == "noun"
        and head.dep_ == "advcl"
        and head.tag_ == "VBG"
        and head.lemma_.lower() in DRAWING_LEMMAS
        # (a protest a detention sparks is put to the state, not to the police who acted)
        and trigger.pattern.event in ("ACCUSE", "SUPPORT", "REJECT")
    ):
        # (the clause it hangs on, or the one that clause is the purpose of: "travelled to
        # Minsk to meet Lukashenko, drawing criticism")
        hosts = [t.i for t in head.ancestors]
    elif (
        trigger.pattern.form == "verdict"
        and head.dep_ == "pcomp"
        and any(c.dep_ == "dobj" and c.lower_ == "what" for c in head.children)
    ):
        hosts = [head.head.head.i]  # the verb the "in" or "over" phrase hangs on
    else:
        return None
    if (act := _act_at(ctx, hosts)) is None:
        return None
    event, earlier, _ = act
    return event, earlier


def _day_of_the_lede(
    sent: Span, pub: dt.date | None, ctx: DocContext
) -> tuple[str, str, str] | None:
    """For an act of ``sent`` with no day of its own, the day it is most likely of, its
    words and where they are: the one day its own sentence tells, else (past the lede)
    the day of the lede's first dated act, or the one day the lede tells."""
    own = only_day(sent, pub)
    if own is not None:
        return own.date, own.text, "in its sentence"
    if sent.start == 0:
        return None
    if (told := ctx.lede_day(pub)) is not None:
        return told[0], told[1], "in the lede"
    day = only_day(sent.doc[0].sent, pub)
    return (day.date, day.text, "in the lede") if day is not None else None


def _told_as_now(verb: Token) -> bool:
    """Whether ``verb`` tells an act in the present, the present perfect or in progress
    ("says", "has given", "was sending")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(
        c.dep_ in ("aux", "auxpass")
        and (c.tag_ in ("VBZ", "VBP") or (c.lemma_ == "be" and verb.tag_ == "VBG"))
        for c in verb.children
    )


def _the_lede_or_next(sent: Span) -> bool:
    """Whether ``sent`` is a story's first sentence or the one after it."""
    return sent.start == 0 or sent.doc[sent.start - 1].sent.start == 0


def _named_for(noun: str, verb: str) -> bool:
    """Whether the noun ``noun`` looks made from the verb ``verb`` ("demolition" from
    "demolish", "invasion" from "invade", "seizure" from "seize"): they share a stem of
    four letters or more, with at most three letters of the verb beyond it."""
    if noun == verb:
        return False  # (the same word is told apart by the caller)
    stem = 0
    for a, b in zip(noun, verb, strict=False):
        if a != b:
            break
        stem += 1
    return stem >= 4 and len(verb) - stem <= 3 and len(noun) > len(verb) - 1


# verbs of taking people or things, whose taker holds them until released
TAKING_LEMMAS = frozenset(
    {"seize", "capture", "detain", "arrest", "abduct", "kidnap", "hijack", "impound"}
)


# how far back a story's capture is what "the captured soldiers" refers to
STORY_SENTENCES = 6


def _last_takers(release: Token, ctx: DocContext, back: int = 2) -> list[Entity]:
    """The actors of the latest seizure or capture told in this sentence or the ``back``
    before, where the release names what was taken with "the" ("the release of the
    vessel and its crew")."""
    if not any(
        held.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ == "the" for d in held.children)
        for held in _released(release)
    ):
        return []
    doc = release.doc
    for index, kind, actors, _ in ctx.acts_before(release, back=back):
        if kind not in CAPTURE_TYPES or not actors:
            continue
        if doc[index].lemma_.lower() in TAKING_LEMMAS:
            return list(actors)
    return []


def _last_captives(head: Token, ctx: DocContext) -> list[Resolution]:
    """The people the latest capture told in this sentence or the one before took: whom
    "their release" names."""
    doc = head.doc
    for index, kind, _, targets in ctx.acts_before(head, back=1):
        if kind not in CAPTURE_TYPES:
            continue
        lemma = doc[index].lemma_.lower()
        # not a town seized (but an international body's staff, with no sector, are people)
        people = [t for t in targets if t.sector is not None or t.code in INTERNATIONAL_CODES]
        if people and (kind != "ASSAULT" or lemma in ("abduct", "kidnap", "seize", "take")):
            return _referring_back(head, people, ", taken just before")
    return []


def _last_recipients(
    head: Token, ctx: DocContext, own: Collection[tuple[str | None, str | None]] = ()
) -> list[Resolution]:
    """The recipients of the latest event coded in this sentence or the one before: what
    an object "them" refers back to. Those dispersed are the crowd that acted last ("youths
    threw stones at the embassies, and police fired tear gas to disperse them"). Where
    those are the ``own`` parties (code, sector) of the pronoun's clause, its other side
    ("Obama met the presidents of Guatemala and Honduras at the White House", a visit to
    him, "and pressed them")."""
    if head.head.lemma_.lower() in DISPERSING_LEMMAS:
        for _, _, actors, _ in ctx.acts_before(head, back=1):
            crowd = [a for a in actors if a.sector == "CVL"]
            if crowd:
                return _referring_back(head, crowd, ", the crowd that acted just before")
    if verb_above(head).lemma_.lower() in TAKING_LEMMAS:
        # "exiles staged a protest at the embassy, and police detained 40 of them": those
        # taken are the protesters, not whom they protested to
        for _, kind, actors, _ in ctx.acts_before(head, back=1):
            crowd = [a for a in actors if a.sector in CIVIL_SECTORS | {None, "REF"}]
            if kind == "PROTEST" and crowd:
                return _referring_back(head, crowd, ", who protested just before")
            break
    # "fired tear gas at youths who had thrown stones at them": a pronoun in a relative
    # clause is not the noun the clause is on (that would be "themselves")
    verb = verb_above(head)
    bound = verb.head if verb.dep_ == "relcl" else None
    for _, _, actors, targets in ctx.acts_before(head, back=1):
        # ("entered Chinese waters ... expelled them": the waters are where, not whom; a
        # government no words name, that a protest is put to, is no one "them" names)
        targets = [t for t in targets if t.text and t.text.split()[-1].lower() not in EXPANSES]
        # ("was detained in Vancouver ... accuse her": a town that stood for those acted
        # on where no one was named is no person a pronoun refers to)
        targets = [t for t in targets if t.text not in _town_names(head.doc, ctx)]
        if (
            bound is not None
            and targets
            and all(bound.lower_ in t.text.lower().split() for t in targets)
        ):
            if actors:
                return _referring_back(head, actors, ", who acted on them just before")
            continue
        if targets and own and all((t.code, t.sector) in own for t in targets):
            # (an object pronoun is not its clause's own subject: that is "himself")
            others = [a for a in actors if (a.code, a.sector) not in own]
            if others:
                return _referring_back(head, others, ", the other side of the act just before")
            continue
        if targets:
            return _referring_back(head, targets, " just before")
    return []


def _after_a_comma(noun: Token) -> bool:
    """Whether a comma comes right before the phrase ``noun`` heads: ", a move welcomed by
    Damascus" is a note on what was told before it."""
    return noun.i > 0 and any(t.text == "," for t in noun.doc[noun.left_edge.i - 1 : noun.i])


def _town_names(doc: Doc, ctx: DocContext) -> set[str]:
    """The words of the towns the document names."""
    return {doc[m.start : m.end].text for m in ctx.names.values() if m.entry.kind in TOWN_KINDS}


# the words that open an aside on the make-up of those just counted: "most of them"
MAKEUP_QUANTIFIERS = frozenset({"most", "many", "all"})
# the words an aside on who they are may hold
ASIDE_POS = frozenset({"ADJ", "PROPN", "NOUN", "CCONJ"})


def _aside_on_them(head: Token) -> list[Token]:
    """The words of an aside that tells who the people ``head`` counts are, set off by a
    comma after its phrase: "Zambian and Kenyan troops" in "the hostages, most of them
    Zambian and Kenyan troops"; empty where there is none."""
    doc = head.doc
    end = head.i
    # (the head's own "of" phrase: "hundreds of civilians, most of them ...")
    while (
        end + 1 < len(doc)
        and doc[end + 1].head.i in (head.i, end)
        and not doc[end + 1].is_punct
        and end + 1 - head.i < 4
    ):
        end += 1
    at = end + 1
    if at + 3 >= len(doc) or doc[at].text != ",":
        return _included(head)
    if doc[at + 1].lower_ not in MAKEUP_QUANTIFIERS or doc[at + 2].lower_ != "of":
        return _included(head)
    if doc[at + 3].lower_ != "them":
        return []
    words: list[Token] = []
    for token in doc[at + 4 : at + 10]:
        if token.pos_ not in ASIDE_POS or token.sent.start != head.sent.start:
            break
        words.append(token)
    while words and words[-1].pos_ == "CCONJ":
        words.pop()
    return words


def _included(head: Token) -> list[Token]:
    """The words of an "including" phrase on the people ``head`` counts, or on the verb
    they are the object of, that say who some of them are: "Israeli women" in "freed 24
    hostages from the Gaza Strip on Friday, including 13 Israeli women and children";
    empty where there is none. Its first noun only: the rest may be of no state."""
    holders = [head]
    if head.dep_ in ("dobj", "nsubjpass"):
        holders.append(head.head)
    including = next(
        (
            c
            for holder in holders
            for c in holder.children
            if c.lower_ == "including" and c.dep_ == "prep" and c.i > head.i
        ),
        None,
    )
    people = next((c for c in including.children if c.dep_ == "pobj"), None) if including else None
    if people is None or people.pos_ != "NOUN":
        return []
    return [c for c in people.lefts if c.pos_ in ASIDE_POS and c.dep_ != "det"] + [people]


def _whole_of_the_clause_above(part: Token) -> Token | None:
    """The plural subject of the clause a partitive subject's clause is joined to: the
    people "most of them" counts in "300 people have been killed, most of them shot by
    police"."""
    if part.dep_ not in ("nsubj", "nsubjpass") or part.lower_ in ("them", "they"):
        return None
    clause = part.head
    if clause.dep_ not in ("conj", "advcl") or clause.head.i > part.i:
        return None
    return next(
        (
            c
            for c in clause.head.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NNS", "NNPS") and c.i < part.i
        ),
        None,
    )


def _acted_on_just_before(
    pronoun: Token, ctx: DocContext, own: Collection[tuple[str | None, str | None]] = ()
) -> list[Resolution]:
    """Whom an object "them", "him" or "her" stands for: the recipients of the latest
    event coded just before, where "him" or "her" finds exactly one; not the ``own``
    parties of the pronoun's clause."""
    found = _last_recipients(pronoun, ctx, own)
    if pronoun.lower_ != "them" and len(found) != 1:
        return []  # "him" is one party
    return found


def _referring_back(head: Token, parties: list[Entity], how: str) -> list[Resolution]:
    """``head`` ("them", "their") standing for each of ``parties``; ``how`` ends the
    reason (" just before")."""
    text = head.text
    if (part_of := counted(head)).i != head.i:
        text = head.doc[head.left_edge.i : part_of.i + 1].text  # "some of them"
    return [
        Resolution(dataclasses.replace(p, text=text), f"'{text}' refers to '{p.text}'{how}")
        for p in parties
    ]


def _without_repeats(entities: list[Entity]) -> list[Entity]:
    """``entities`` without one that repeats another's words and codes ("the United
    States'" beside "the United States' military policies"), or is told twice; nor one
    with no sector whose words hold another of its state that has one ("the eastern city
    of Bukavu" beside "Bukavu", its people)."""
    kept: list[Entity] = []
    for e in entities:
        if any(
            o is not e
            and o.code == e.code
            and o.sector == e.sector
            and e.text in o.text
            and o.text != e.text
            for o in entities
        ):
            continue
        if e.sector is None and any(
            o is not e
            and o.code == e.code
            and o.sector
            and o.text
            and o.text in e.text
            and o.text != e.text
            for o in entities
        ):
            continue
        if not any((k.text, k.code, k.sector) == (e.text, e.code, e.sector) for k in kept):
            kept.append(e)
    return kept


# capitals that, named as a party, stand for the bloc that sits there
BLOC_CAPITALS = {"Brussels": "EUR"}


def _capital_as_government(found: list[Resolution]) -> list[Resolution]:
    """A capital named alone as a party is its government ("Moscow said", "Berlin
    rejected"): PLOVER codes the state's executive, GOV."""
    out = []
    for r in found:
        if r.kind == "capital" and r.entity.text in BLOC_CAPITALS:
            # "Turkey urged Brussels to speed up visa-free travel": the city the bloc sits
            # in stands for the bloc, not for its host state's government
            code = BLOC_CAPITALS[r.entity.text]
            why = f"{r.why}; '{r.entity.text}' named as a party stands for the bloc that sits there, {code}"
            r = dataclasses.replace(r, entity=dataclasses.replace(r.entity, code=code), why=why)
        elif r.kind == "capital" and r.entity.sector is None:
            e = r.entity
            entity = dataclasses.replace(e, sector="GOV")
            why = f"{r.why}; a capital named as a party stands for its government"
            r = dataclasses.replace(r, entity=entity, why=why)
        out.append(r)
    return out


CLAIM_LEMMAS = frozenset({"claim", "accept", "admit"})
# words for an accusation, which a reply sums up ("a charge Kabul denied")
CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation", "claim"})
# what a count or a vote gives, which a note after a comma may name as its maker's
NOTED_RESULTS = frozenset({"result", "outcome"})
# words for reproach, which a demand made of the party reproached may be
CRITICISM_NOUNS = frozenset({"criticism", "rebuke", "reproach"})
# noun classes whose members are words for one thing, so one retells another ("the
# duties ... the tariffs", "the laws ... the legislation")
RETOLD_SYNONYM_CLASSES = ("duty", "law")
# words for an offer, which a concession offered may be ("offered to return power to the
# people ... the alliance rejected the offer")
OFFER_NOUNS = frozenset({"offer", "proposal", "overture"})
# verbs of approval that, with no party approved, pass a measure rather than back anyone
MEASURE_VERBS = frozenset({"approve", "adopt", "pass", "ratify"})


# verbs of blame, which blame no one where no party is named as blamed
BLAMING_LEMMAS = frozenset({"blame", "charge", "accuse"})
# the words for those who rule a state or a body ("accusing its government")
RULER_WORDS = frozenset({"government", "leadership", "leader", "ruler", "regime"})


def _blame_of_no_one(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether an allegation by a verb of blame names no party blamed: "blamed the pay
    cuts on a computer glitch", "the alliance blamed an outdated map for the error",
    "police charged with batons at the crowd". (In the read sets 20 of 20 such were
    false alarms.) Parties that blame each other are the event's actors."""
    return (
        event["event"] == "ACCUSE"
        and trigger.pattern.source != "rule"
        and trigger.head.lemma_.lower() in BLAMING_LEMMAS
        and not event["recipient"]
        # ("Armenia and Azerbaijan accused each other": blame between the actors)
        and len(event["actor"]) < 2
        # (a party named or referred to, if unknown to the tables, is blamed: "accusing
        # it of failing to stop jihadist violence")
        and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("PRON", "PROPN")
            for c in trigger.head.children
        )
    )


# verbs of defying what others ask, which name no refusal where no one is named as asking
DEFYING_LEMMAS = frozenset({"defy", "flout", "ignore"})


def _defiance_of_no_one(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether a defiance ("defied appeals from world leaders", "brushing aside Western
    warnings") or a dismissal ("called the reports baseless") names no party defied or
    answered. (In the read sets 16 of 17 such were false alarms.)"""
    pattern = trigger.pattern
    defiance = (
        pattern.source != "rule"
        and pattern.form != "verdict"
        and trigger.head.lemma_.lower() in DEFYING_LEMMAS
    ) or (pattern.verb == "brush" and pattern.particle == "aside")
    # (a text declared void is refused, whoever made it: "declared the agreement null")
    dismissal = pattern.noun == "$dismissal" and pattern.verb != "declare"
    return event["event"] == "REJECT" and not event["recipient"] and (defiance or dismissal)


# what a return to civilian rule is to: "a return to constitutional order", "the
# restoration of civilian government", "a swift return to democracy"
CIVILIAN_RULE_WORDS = frozenset({"civilian", "constitutional", "democratic", "democracy"})


def _return_to_civilian_rule(trigger: Trigger) -> bool:
    """Whether a demand is for a return to civilian or constitutional rule: "called for a
    swift return to constitutional order", "demanded the restoration of civilian rule"."""
    for asked in trigger.head.subtree:
        if asked.lemma_.lower() not in ("return", "restoration") or asked.pos_ != "NOUN":
            continue
        for rule in _objects_of(asked, "to", "of"):
            words = {rule.lemma_.lower()} | {c.lemma_.lower() for c in rule.children}
            if words & CIVILIAN_RULE_WORDS:
                return True
    return False


def _army_in_power(ctx: DocContext, before: int) -> list[Entity]:
    """The army of a state whose acts the story told last (before the ``before``-th act
    coded): the junta a return to civilian rule is asked of."""
    for _, kind, actors, _ in reversed(ctx.acts[:before]):
        army = [a for a in actors if a.sector == "MIL" and _a_state_code(a.code)]
        if army and kind in ("COERCE", "SANCTION", "ASSAULT", "MOBILIZE"):
            return army[:1]
    return []


def _interview_by_telephone(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether one party "spoke by telephone" with no one named on the other end:
    "Aristide spoke by telephone from the Central African Republic", "speaking by
    telephone on state television": words to the press, no call between parties."""
    pattern = trigger.pattern
    if event["event"] != "CONSULT" or pattern.verb != "speak" or pattern.particle != "by":
        return False
    # (where one speaks from is no party: "from the Central African Republic")
    places = {
        " ".join(w.text for w in g.subtree)
        for g in _objects_of(trigger.head, "from")
        if g.ent_type_ in ("GPE", "LOC", "FAC")
    }
    if event["recipient"] or len([a for a in event["actor"] if a["text"] not in places]) > 1:
        return False
    # ("the two leaders spoke by phone": a plural subject talks among itself)
    subject = _own_or_shared_subject(trigger.head)
    if subject is not None and (
        subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    ):
        return False
    # (a "with" or "to" anywhere on the call names its other end, if one the tables lack)
    # (the parser may read "with" as a clause's mark: "spoke by telephone with Zarif to
    # resolve the dispute")
    return not any(
        t.lower_ == "with" or (t.dep_ == "prep" and t.lower_ == "to") for t in trigger.head.subtree
    )


# the sectors of those who betray with words, not a knife
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "ELI", "OPP", "PTY"})


def _stabbed_in_the_back(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether "stab" is the idiom of betrayal: "said Trudeau had stabbed us in the back",
    "a leader who tried to stab Trump in the back". (A man who stabbed an officer in the
    back attacked him.)"""
    verb = trigger.head
    betrayers = bool(event["actor"]) and all(
        a["sector"] in POLITICAL_SECTORS for a in event["actor"]
    )
    return (
        betrayers
        and verb.lemma_.lower() == "stab"
        and any(g.lower_ == "back" for g in _objects_of(verb, "in"))
    )


def _delegation_led_to_no_one(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether one "led a delegation" with no party it met named: "Umerov, who led Kyiv's
    delegation", "led a U.S. observer delegation". The talks, where told, are coded
    where they are told; the lead alone is no meeting. (In the read sets 6 of 6 such
    were false alarms.)"""
    pattern = trigger.pattern
    return (
        event["event"] == "CONSULT"
        and pattern.verb == "lead"
        and pattern.noun == "delegation"
        # ("will lead Mexico's delegation": an intent to attend, AGREE)
        and event["factuality"] == "asserted"
        and not event["recipient"]
        and len(event["actor"]) < 2
    )


def _dispersed_of_itself(trigger: Trigger) -> bool:
    """Whether "disperse" is told of a crowd that went its way ("the crowd dispersed
    peacefully"): no object, no passive, so no one dispersed it."""
    head = trigger.head
    return (
        trigger.noun is None
        and head.lemma_.lower() == "disperse"
        and head.pos_ == "VERB"
        and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in head.children)
        and any(c.dep_ == "nsubj" for c in head.children)
    )


# what one offers or expresses in sympathy: no event of PLOVER's
SYMPATHY_NOUNS = frozenset({"condolence", "sympathy", "sorrow", "grief"})


def _words_of_sympathy(trigger: Trigger) -> bool:
    """Whether ``trigger`` is a bare verb ("offered", "expressed") whose object is words
    of sympathy: "offered his condolences" (not "offered condolences and help", whose
    help is pledged)."""
    if trigger.noun is not None and trigger.noun.lemma_.lower() not in SYMPATHY_NOUNS:
        return False
    objects = [c for c in trigger.head.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.lemma_.lower() in SYMPATHY_NOUNS
        and not any(c.dep_ == "conj" and c.lemma_.lower() not in SYMPATHY_NOUNS for c in o.children)
        for o in objects
    )


def _approval_of_nothing(
    trigger: Trigger, event: dict[str, Any], rule: Pattern | None, pacts: Container[str] = ()
) -> bool:
    """Whether a bare "approved" backs no party: "parliament approved a record defence
    budget" is a domestic vote, not a SUPPORT (while "approved Ukraine's bid" is)."""
    if (
        rule is not None
        or event["event"] != "SUPPORT"
        or trigger.pattern.form != "verb"
        or trigger.head.lemma_.lower() not in MEASURE_VERBS
    ):
        return False
    if not event["recipient"]:
        return True
    # "the cabinet approved the call-up of 6,500 reservists", "approved the sale of 40
    # jets to Greece", "approved a U.S.-drafted resolution": a measure passed, which
    # backs no party it names (in the read sets 13 of 14 such were false alarms); what
    # a party asks for is another matter ("approved a request by Putin"), and so is a
    # pact made with another ("ratified an agreement with Macedonia")
    head = trigger.head
    approved = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "xcomp")]
    if head.dep_ == "acl" and head.tag_ == "VBN":
        approved.append(head.head)  # "a force approved by the Security Council"
    return bool(approved) and all(
        noun.pos_ in ("NOUN", "VERB")
        and noun.lemma_.lower() not in APPROVED_ASKS
        and noun.lemma_.lower() not in pacts
        # ("approved the government's migration policy": a party's own)
        and not any(c.dep_ == "poss" for c in noun.children)
        for noun in approved
    )


# what a party asks another to approve, whose approval backs the party that asked
APPROVED_ASKS = frozenset(
    {"request", "bid", "application", "proposal", "plan", "nomination", "candidacy"}
    | {"membership", "accession", "appointment", "choice", "candidate", "nominee"}
)


def _relative_antecedent(word: Token) -> Token | None:
    """The noun the relative clause holding ``word`` ("whose") is about."""
    current = word
    for _ in range(6):
        if current.dep_ == "relcl":
            return current.head
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _party_blamed_before(head: Token, owner: Token) -> Token | None:
    """The named party that the verb a saying hangs on has as its object, before the
    possessive ``owner`` of ``head``, the subject of the clause said: "blamed Hezbollah,
    saying its guerrillas had fired", where "its" is Hezbollah's, not the speaker's."""
    clause = head.head
    saying = clause.head if clause.dep_ == "ccomp" else None
    if saying is None or saying.dep_ not in ("advcl", "conj") or saying.tag_ != "VBG":
        return None
    return next(
        (
            c
            for c in saying.head.children
            if c.dep_ == "dobj" and c.i < owner.i and c.ent_type_ in PARTY_ENTITIES
        ),
        None,
    )


def _own(head: Token) -> Token | None:
    """The possessive pronoun of a mention ("its troops", "their forces"), if any; not
    of a word for another party ("its neighbour", "their allies"), which is not theirs."""
    head = counted(head)  # "some of its units"
    if head.lemma_.lower() in RELATIONAL_NOUNS:
        return None
    return next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)


POSSESSIVE_SUBJECTS = {"its": "it", "their": "they", "his": "he", "her": "she"}
# the evidence's words for a person no actor table knows
UNKNOWN_PERSON = "a person not in the actor tables"
# the words for one's state that a possessive makes someone's ("his country")
OWN_STATE_NOUNS = frozenset({"country", "nation", "government"})


def _owner_of_its_state(head: Token) -> Token | None:
    """The possessive pronoun of the state a mention is of ("agents of his country",
    "troops from their country", "his country's forces"), if any."""
    head = counted(head)
    for child in head.children:
        states = [child] if child.dep_ == "poss" else []
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            states = [g for g in child.children if g.dep_ == "pobj"]
        for state in states:
            if state.lemma_.lower() in OWN_STATE_NOUNS and (owner := _own(state)) is not None:
                return owner
    return None


# verbs of taking or granting what another asks or holds: a refusal to do so is aimed at
# that one ("refused to accept his resignation")
ACCEPTING_LEMMAS = frozenset(
    {"accept", "approve", "recognise", "recognize", "renew", "grant", "endorse", "honour"}
    | {"honor", "hear", "consider", "extend"}
)


def _owner_of_the_object(trigger: Trigger) -> Token | None:
    """The "its", "their", "his" or "her" that owns the verb's object, what a criticism
    or an attack is aimed at ("criticised its human rights record", "condemned their
    handling of the crisis", "would strike its nuclear sites", "rammed one of its
    boats"), if any."""
    # ("rammed one of its patrol boats": the boats counted)
    # (and the passive's subject: "two of its soldiers were wounded by Hezbollah fire")
    objects = [
        c
        for c in trigger.head.children
        if c.dep_ in ("dobj", "nsubjpass")
        and counted(c).pos_ == "NOUN"
        and c.lemma_.lower() != "way"
    ]  # (not "fought their way into the compound": their own)
    if trigger.pattern.event == "REJECT":
        # "refused to accept his resignation", "refused to renew its licence": what one
        # refuses to take from another is that one's (not "refused to pull back its troops")
        objects += [
            c
            for clause in trigger.head.children
            if clause.dep_ == "xcomp" and clause.lemma_.lower() in ACCEPTING_LEMMAS
            for c in clause.children
            if c.dep_ == "dobj" and counted(c).pos_ == "NOUN"
        ]
    for obj in objects:
        owner = _own(obj)
        if owner is not None and owner.lower_ in POSSESSIVE_SUBJECTS:
            return owner
    return None


# acts a state does to its own people, who are then their recipients
OWN_PEOPLE_ACTED_ON = frozenset({"COERCE", "RETREAT", "CONCEDE"})
# the people of a party it may act on as on others (not its fighters, "pulled its
# fighters out", nor its seats or officials, "resigned their seats")
PEOPLE_ACTED_ON = frozenset({"CVL", "OPP", "JRN", "REF", "EDU", "LAB", "MED", "REL", "ELI"})


def _owners_people(head: Token, singular: bool = False) -> bool:
    """Whether ``head`` is a plural noun of people owned by a pronoun ("his supporters",
    "their members"), which alone names no party, and is the one addressed: the object
    ("urged its citizens") or the one called "on" or appealed "to" (not "asked for weapons
    for his fighters"); with ``singular``, one person too ("its best-known dissident")."""
    addressed = head.dep_ == "dobj" or (
        head.dep_ == "pobj" and head.head.lower_ in ("on", "upon", "to")
    )
    # ("urged his community to vote against the plan": a whole people, in the singular)
    people = head.tag_ == "NNS" or head.lemma_.lower() in PEOPLES_AT_LARGE | {"people", "nation"}
    return (
        addressed
        and (people or (singular and head.tag_ == "NN"))
        and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_SUBJECTS for c in head.children)
    )


def _owned(
    owner: Token, found: list[Resolution], tokens: list[Token], ctx: DocContext
) -> Resolution | None:
    """ "their forces" as an actor: the party "their" refers to, with the sector the head
    words give ("forces": MIL)."""
    subject = POSSESSIVE_SUBJECTS.get(owner.lower_)
    if subject is None:
        return None
    antecedent = ctx.antecedent_of(owner, subject)
    if antecedent is None:
        return None
    known = antecedent.entity
    why = f"'{owner.text}' refers to '{known.text}': {antecedent.why}"
    if known.code in (None, NO_COUNTRY) and (
        coded := next(
            (
                e
                for _, _, actors, targets in reversed(ctx.acts)
                for e in (*actors, *targets)
                if e.text == known.text and e.code not in (None, NO_COUNTRY)
            ),
            None,
        )
    ):
        # "LIMA - Tupac Amaru rebels seized ... Their leader": the state the party was
        # given where its act was coded
        known = dataclasses.replace(known, code=coded.code)
        why += f"; {coded.code}, as its act before was coded"
    sector = next((r.entity.sector for r in found if r.entity.sector), None)
    if sector is None and owner.lower_ not in ("his", "her"):
        # "their positions" are the party's own; "his lawyers" are not of his office
        sector = known.sector
    elif (
        known.sector
        and owner.lower_ in ("their", "its")
        and owner.head.lemma_.lower() in LEADING_WORDS
    ):
        sector = known.sector  # "their leader", "its spokesman": the rebels', not a state's
    text = owner.doc[tokens[0].i : tokens[-1].i + 1].text
    entity = dataclasses.replace(known, text=text, sector=sector)
    return Resolution(entity, why, code_from=antecedent.code_from)


def _own_nation_addressed(
    trigger: Trigger, actors: list[Entity], recipients: list[Entity]
) -> str | None:
    """The state of the one people a leader or force of no state named calls on ("called
    on Somalis to donate blood"), or None."""
    if trigger.head.lemma_.lower() not in ADDRESSING_LEMMAS or not actors or not recipients:
        return None
    if not all(a.code == NO_COUNTRY and a.sector in ("GOV", "MIL") for a in actors):
        return None
    codes = {r.code for r in recipients}
    if len(codes) != 1 or not all(r.sector == "CVL" for r in recipients):
        return None
    code = codes.pop()
    return code if code not in (None, NO_COUNTRY) else None


# the voices of a government, which announce its own acts of policy
STATE_VOICES = frozenset({"ministry", "presidency", "government", "office", "spokesperson"})
# words by which a report calls the state body it has just named
BODY_WORDS = frozenset({"agency", "service", "department", "force"})
# speakers whose trade is to deal with a place from outside it
OUTSIDE_SPEAKERS = frozenset(
    {"diplomat", "negotiator", "mediator", "envoy", "analyst", "expert", "observer"}
)
HOSTAGE_WORDS = ("hostage", "captive")
# people who strike from beyond a state's reach, and so are not of the state they strike
# at: "pirates attacked a Turkish ship", "hackers knocked out Taiwan's websites"
RAIDERS_FROM_OUTSIDE = ("pirate", "hacker")


def _people_of_the_place(
    recipients: list[Entity], event_loc: dict[str, Any], why: list[str]
) -> None:
    """Civilians of no named state that an attack, a coercion or a threat falls on are of
    the state where it happens ("struck Kyiv and killed five people"), not the striker's."""
    code = event_loc["country_code"]
    for i, entity in enumerate(recipients):
        if named_from_abroad(entity):
            continue  # "killed 58 foreign tourists in Luxor": not Egyptians
        if entity.code == NO_COUNTRY and entity.sector == "CVL" and code:
            recipients[i] = dataclasses.replace(entity, code=code)
            why.append(
                f"'{entity.text}' (CVL) given {code}, the country of "
                f"'{event_loc['extracted_place']}' where it happened"
            )


def _fire_of(noun: Token | None, classes: dict[str, frozenset[str]]) -> bool:
    """The fire of a heavy weapon: "artillery fire", "tank fire", "mortar and rocket fire"."""
    heavy = classes.get("heavy_weapon", frozenset())
    if noun is None:
        return False
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    modifiers += [c for m in modifiers for c in m.conjuncts]
    return any(m.lemma_.lower() in heavy for m in modifiers)


def _counterpart_country(
    actors: list[Entity],
    recipients: list[Entity],
    why: list[str],
    event: str,
    mode: str | None = None,
) -> None:
    """A domestic generic agent with no country takes the one country of the other side:
    "the Sudanese government accused Darfur rebels" -> the rebels are SDN. So does an
    official a state's own forces coerce: "Honduran soldiers arrested President Zelaya"."""
    for side, other in ((actors, recipients), (recipients, actors)):
        # (refugees and migrants are of another state than the one they are in, and lend
        # its agents nothing: "guards abused Eritrean migrants")
        codes = {
            e.code
            for e in other
            if e.code and e.code != NO_COUNTRY and e.code.isalpha() and e.sector != "REF"
        }
        codes -= INTERNATIONAL_CODES
        if len(codes) != 1:
            continue
        code = next(iter(codes))
        coerced = (
            event == "COERCE"
            and side is recipients
            and all(e.sector in STATE_FORCES for e in other)
        )
        # a state's courts and parliament deal with its own government: "a Kenyan court
        # blocked the government's plan"
        judged = bool(other) and all(e.sector in ("JUD", "LEG") for e in other)
        for i, entity in enumerate(side):
            domestic = entity.sector in DOMESTIC_SECTORS or (
                (coerced or judged) and entity.sector == "GOV"
            )
            if event == "ASSAULT" and entity.sector == "BUS":
                domestic = False  # "fired missiles at merchant vessels": shipping and
                # firms under attack are as often foreign as not
            if entity.sector == "REF" or (mode == "deport" and side is recipients):
                domestic = False  # "Greece rescued 500 migrants", "Israel deported 50 of
                # the people detained": refugees, migrants and the deported are from
                # elsewhere, not of the state that takes them in or sends them away
            if event in ("SUPPORT", "AID", "COOPERATE") and entity.sector == "REB":
                domestic = False  # "rebels backed by Rwanda": a state's backing is news
                # because the rebels fight elsewhere
            if any(word in entity.text.lower() for word in HOSTAGE_WORDS):
                domestic = False  # "Hamas will free all hostages": a captor's hostages
                # are another side's people
            if named_from_abroad(entity):
                domestic = False  # "gunmen killed foreign tourists"
            if any(word in entity.text.lower() for word in RAIDERS_FROM_OUTSIDE):
                domestic = False
            if entity.code == NO_COUNTRY and domestic:
                side[i] = dataclasses.replace(entity, code=code)
                why.append(
                    f"'{entity.text}' ({entity.sector}) given {code}, the country of the other party"
                )


def _doer_summed_up(head: Token, act_nouns: Container[str]) -> Token | None:
    """The subject of the clause that a word for a deed after a comma sums up ("..., a
    move the government dismissed as illegal"), where ``head`` is the clause on that
    word: the subject of the verb the word hangs in."""
    noun = head.head
    if head.dep_ not in ("acl", "relcl") or noun.lemma_.lower() not in act_nouns:
        return None
    if noun.dep_ not in ("appos", "npadvmod", "dobj", "attr") or not _after_a_comma(noun):
        return None
    verb = verb_above(noun.head)
    if verb.pos_ != "VERB" or verb.i > noun.i:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


# verbs that make a measure or a text, whose agent is its maker: "a law imposed by Beijing"
MAKING_PARTICIPLES = frozenset(
    {
        "impose",
        "pass",
        "adopt",
        "issue",
        "announce",
        "propose",
        "draft",
        "introduce",
        "enact",
        "approve",
        "decree",
        "unveil",
        "table",
        "sponsor",
        "order",
    }
)


def _maker_of_the_thing(
    noun: Token,
    by_verb: bool = True,
    answering: Callable[[Token], bool] = lambda verb: False,
    acts: Container[str] = (),
) -> tuple[Token | None, str]:
    """Who made a thing an earlier sentence names, so a later "rejected the report"
    answers them: its owner ("its report"), its author ("a report by Amnesty"), the
    subject of the verb that made it ("the council adopted a resolution", "the office
    said in a report"), or the agent of that verb's passive; by a verb only where
    ``by_verb``, and not by a verb ``answering`` it ("Canada dismissed the gesture":
    Canada answered the gesture, it did not make it)."""
    if (owner := next((c for c in noun.children if c.dep_ == "poss"), None)) is not None:
        return owner, f"the owner of '{noun.text}'"
    # "a direct challenge to the Chinese move": the state its adjective names, for a word
    # of an act (not "the German captain", a person)
    state = next(
        (c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"),
        None,
    )
    if state is not None and noun.lemma_.lower() in acts:
        return state, f"the state of '{noun.text}'"
    for by in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
        if (author := next((g for g in by.children if g.dep_ == "pobj"), None)) is not None:
            return author, f"the author of '{noun.text}'"
    # "a sweeping national security law imposed by Beijing": the agent of the participle
    # that tells who made it
    # (not one who only brokered it: "a deal brokered by Trump" is the parties')
    for made in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        if made.lemma_.lower() not in MAKING_PARTICIPLES:
            continue
        if (maker := passive_agent(made)) is not None and not answering(made):
            return maker, f"the maker of '{noun.text}', by '{made.text}'"
    # "offers of help from Norway and Britain": where it came from
    of = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    for source in (noun, *of):
        for prep in (c for c in source.children if c.dep_ == "prep" and c.lower_ == "from"):
            if (giver := next((g for g in prep.children if g.dep_ == "pobj"), None)) is not None:
                return giver, f"the one '{noun.text}' came from"
    verb = noun.head
    if not by_verb:
        return None, ""
    if noun.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head  # "said in a report"
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None, ""
    if verb.pos_ != "VERB" or verb.i == noun.i or answering(verb):
        return None, ""
    if noun.dep_ == "nsubjpass":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        maker = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    else:
        maker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return maker, f"the maker of '{noun.text}', by '{verb.text}'"


def _act_pronoun(token: Token) -> bool:
    return token.lower_ in ("it", "this", "that") and token.pos_ == "PRON"


def _names_a_pronoun(verb: Token) -> bool:
    """Whether a verb of naming names "it" or "this": what was just told."""
    return any(c.dep_ == "dobj" and _act_pronoun(c) for c in verb.children)


def _same_party(a: Entity, b: Entity) -> bool:
    return a.code is not None and a.code == b.code and a.sector == b.sector


def _toll_victims(verb: Token) -> list[Token]:
    """Those the toll participles of ``verb`` count: "stormed a mall, killing at least 39
    people and wounding dozens" gives "people" and "dozens"; and those its shooting is
    aimed at: "stormed the mall, opening fire on shoppers" gives "shoppers"."""
    victims = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VBG":
            continue
        for told in (clause, *(c for c in clause.children if c.dep_ == "conj")):
            if told.tag_ != "VBG" or any(c.dep_ == "nsubj" for c in told.children):
                continue
            lemma = told.lemma_.lower()
            if lemma in CASUALTY_VERBS:
                victims.extend(c for c in told.children if c.dep_ == "dobj")
            elif lemma in ("fire", "open") and fires(told):
                victims.extend(_objects_of(told, "on", "at"))
    return victims


def _victims_of(trigger: Trigger) -> bool:
    """Whether the recipients are those a fight killed ("heavy fighting killed dozens"),
    who are its victims, not a side in it."""
    noun = trigger.noun
    if (
        noun is not None
        and (dying := died_of(noun)) is not None
        and dying.i == trigger.head.i
        and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children)
    ):
        return True  # "15 civilians died in the fighting": the dead, not a side (while
        # "two soldiers died in fighting with rebels" fought)
    return (
        noun is not None
        and noun.dep_ == "nsubj"
        and (
            trigger.head.lemma_.lower() in CASUALTY_VERBS
            # "clashes with police left two officers dead"
            or (trigger.head.lemma_.lower() == "leave" and left_casualties(trigger.head))
        )
    )


def _acted_on_before(
    ctx: DocContext,
    sent: Span,
    verb: int,
    actors: list[Entity],
    joined: int | None,
    event: str,
) -> tuple[str, list[Entity]] | None:
    """The type and recipients of the latest act of ``sent`` (other than the one at
    ``verb``) done by the actors' side to someone; with ``joined``, only the act of that
    clause head, and of type ``event``."""
    for index, kind, doers, done_to in reversed(ctx.acts):
        if not sent.start <= index < sent.end or index == verb:
            continue
        if joined is not None and (index != joined or kind != event):
            continue
        if done_to and any(_kin(a, b) for a in doers for b in actors):
            return kind, done_to
    return None


def _accused_in_the_filing(trigger: Trigger) -> list[Token]:
    """Whom a filed case or complaint accuses, in a participle on its noun or its verb:
    "filed a case (at the court) accusing Israel of genocide" -> Israel."""
    noun = trigger.noun
    if noun is None:
        return []
    participles = [c for c in noun.children if c.dep_ == "acl"] + [
        c
        for c in trigger.head.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and not any(g.dep_ == "nsubj" for g in c.children)
    ]
    return [
        obj
        for clause in participles
        if clause.lemma_.lower() in ALLEGING_LEMMAS
        for c in clause.children
        if c.dep_ == "dobj"
        for obj in conjuncts(c)
    ]


# words for craft, which an apposition says a name is: "the Galaxy Leader, a ship"
CRAFT_WORDS = frozenset(
    {"ship", "vessel", "tanker", "freighter", "boat", "yacht", "aircraft", "plane", "airliner"}
)
# verbs that name a thing's owner by their agent: "a mine owned by a Canadian company"
OWNING_VERBS = frozenset({"own", "operate", "run", "charter", "manage"})


def _owners_of_the_object(verb: Token) -> list[Token]:
    """The agents of "owned by", "operated by" on the verb's object: "a gold mine owned by
    a Canadian company" -> "company"; and the ones things belong to ("burned hundreds of
    homes belonging to ethnic Uzbeks" -> "Uzbeks")."""
    owners = []
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
        # (the object, or what it counts: "hundreds of homes")
        for noun in {obj.i: obj, counted(obj).i: counted(obj)}.values():
            for acl in noun.children:
                if acl.dep_ != "acl":
                    continue
                if acl.tag_ == "VBN" and acl.lemma_.lower() in OWNING_VERBS:
                    owners.extend(
                        g
                        for by in acl.children
                        if by.dep_ == "agent"
                        for g in by.children
                        if g.dep_ == "pobj"
                    )
                elif acl.lemma_.lower() == "belong":
                    owners.extend(_objects_of(acl, "to"))
    return owners


# the prepositions of a march's route, whose towns are where it went, not whom it faces
ROUTE_PREPS = frozenset({"from", "to", "through", "across", "toward", "towards", "into"})
# what only a state has, so that "its" on them in a state's report is the state's
STATE_GROUNDS = frozenset({"water", "airspace", "territory", "soil", "border"})
# the words for a stretch of ground, water or sky that an act enters or crosses: no party
# a pronoun can stand for
EXPANSES = STATE_GROUNDS | {"waters", "sea", "strait", "zone"}


def _state_grounds(trigger: Trigger) -> list[Token]:
    """The trigger's object noun where it is a state's ground ("entered its territorial
    waters", "violated its airspace")."""
    noun = trigger.noun
    return [noun] if noun is not None and noun.lemma_.lower() in STATE_GROUNDS else []


def _acts_itself(asked: Entity, actor: Entity) -> bool:
    """Whether the party a clause says will act is the actor itself ("he promised that
    Germany would support Ukraine"): one party by :func:`_itself`, unless the actor is a
    person of no known sector and the one asked a body ("Blondel demanded that the
    government withdraw its plan": another party)."""
    unknown_person = actor.sector is None and actor.name is None
    return _itself(asked, actor) and not (unknown_person and asked.sector is not None)


def _itself(a: Entity, b: Entity) -> bool:
    """Whether two entities may be one party: one state, and one sector or one unknown."""
    if a.code in (None, NO_COUNTRY) or a.code != b.code:
        return False
    return a.sector == b.sector or a.sector is None or b.sector is None


# verbs of holding a place or a thing: "a depot held by the RSF", "a base run by Iran"
HOLDING_VERBS = frozenset({"hold", "control", "run", "operate", "own", "use", "occupy"})


def _said_holders(thing: Token, verbs: frozenset[str] | None = HOLDING_VERBS) -> list[Token]:
    """The agents a thing is said to be held, run or used by ("a depot held by the RSF"):
    the "by" objects of the participles on it of ``verbs`` (of any verb: None)."""
    return [
        agent
        for acl in thing.children
        if acl.dep_ == "acl"
        and (verbs is None or acl.lemma_.lower() in verbs)
        and (agent := passive_agent(acl)) is not None
    ]


# reproaches whose target a demand joined to them by "and" is made of
REPROACH_TYPES = frozenset({"ACCUSE", "REJECT", "SANCTION", "THREATEN"})


# verbs of a demand joined to a reproach ("condemned ... and urged")
URGING_LEMMAS = frozenset({"urge", "call", "appeal", "ask", "press", "demand", "implore"})
# what a party is asked to do that undoes or stops its own deed: "to free", "to reverse it"
UNDOING_LEMMAS = frozenset(
    {"free", "release", "reverse", "stop", "end", "halt", "cease", "lift", "withdraw"}
    | {"respect", "allow", "restore", "hand", "return", "rescind", "repeal", "revoke"}
    | {"refrain", "exercise", "resign", "quit", "drop", "pull", "abandon", "scrap"}
)


def _urged_to_undo(head: Token) -> list[Token]:
    """The party a demand joined to a reproach asks to undo or stop a deed: "condemned the
    crackdown and urged the junta to free the detainees" (not "urged Argentina to find
    those responsible": one asked to act against the doers is not reproached)."""
    for verb in head.children:
        if verb.dep_ != "conj" or verb.lemma_.lower() not in URGING_LEMMAS:
            continue
        asked = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        asked += _objects_of(verb, "on", "upon", "to")
        wanted = [
            c
            for holder in (verb, *asked)
            for c in holder.children
            if c.dep_ in ("xcomp", "ccomp", "advcl") and c.lemma_.lower() in UNDOING_LEMMAS
        ]
        if asked and wanted:
            return conjuncts(asked[0])
        # "condemned it and demanded that Iraq withdraw all its forces": the subject of
        # the clause demanded
        for clause in verb.children:
            if clause.dep_ == "ccomp" and clause.lemma_.lower() in UNDOING_LEMMAS:
                subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                    return conjuncts(subject)
    return []


# the nouns of a demand made, whose refusal ("rejected the demand") answers its makers
DEMAND_NOUNS = frozenset({"demand", "call", "request", "ultimatum", "appeal", "plea"})
# the nouns of a thing put forward, whose refusal answers its makers
PROPOSAL_NOUNS = frozenset({"proposal", "plan", "offer", "initiative", "package", "overture"})
ASKED_THING_NOUNS = DEMAND_NOUNS | PROPOSAL_NOUNS


def _demand_refused(trigger: Trigger, ctx: DocContext, actors: list[Entity]) -> list[Entity] | None:
    """The makers of the latest demand on the actor, in the refusal's sentence or the one
    before, which a refusal with no party named answers. A refusal that names the demand
    ("Chan rejected the demand") may answer one told further back, with an accusation
    between, and an ultimatum ("threatened to kill them unless Tokyo pulls out") is one."""
    head = trigger.head
    refused = [trigger.noun, *(c for c in head.children if c.dep_ == "dobj")]
    if head.dep_ == "acl" and head.tag_ == "VBN":
        refused.append(head.head)  # "a proposal rejected by Germany and France"
    refused = [n for n in refused if n is not None]
    named = any(n.lemma_.lower() in DEMAND_NOUNS and _definite(n) for n in refused)
    # "Trump called for Russia to be readmitted, a proposal rejected by Germany": an
    # offer or a plan named answers its makers, if the story has just told it
    proposed = not named and any(n.lemma_.lower() in PROPOSAL_NOUNS for n in refused)
    kinds = ("REQUEST", "AGREE") if proposed else ("REQUEST", "THREATEN") if named else ("REQUEST",)
    own = {(a.code, a.sector) for a in actors}
    for _, kind, askers, asked in ctx.acts_before(head, back=3 if named else 1):
        if kind not in kinds:
            continue
        # ("the boycott would continue until the commission compiled a new register.
        # The commission rejected the demand": a demand named may have been told with
        # no one it was put to)
        if own & {(a.code, a.sector) for a in asked} or ((named or proposed) and not asked):
            return [a for a in askers if (a.code, a.sector) not in own] or None
    return None


# what force is used to do to a crowd: "to push back", "to disperse", "charged", and
# what is done to it hand to hand beside the firing ("fired rubber bullets and beat voters")
DRIVING_BACK_LEMMAS = frozenset(
    {"disperse", "push", "turn", "break", "clear", "drive", "scatter", "repel", "charge"}
    | {"beat", "club", "chase", "assault", "herd"}
)


def _shots_at_no_one(trigger: Trigger, event: dict[str, Any]) -> bool:
    """Whether shots fired into the air drive back no one: celebratory gunfire, not crowd
    control ("some soldiers fired their guns into the air in jubilation")."""
    return (
        trigger.pattern.event == "ASSAULT"
        and trigger.noun is not None
        and trigger.noun.lower_ == "air"
        and not event["recipient"]
    )


def _crowd_driven_back(verb: Token) -> list[Token]:
    """Those a use of force was to drive back, where its own clause names no one: the
    object of its infinitive of purpose ("fired tear gas to disperse the protesters") or
    of a verb joined to it ("fired rubber bullets and charged crowds")."""
    for child in verb.children:
        if child.lemma_.lower() not in DRIVING_BACK_LEMMAS:
            continue
        if (child.dep_ in ("advcl", "xcomp") and to_infinitive(child)) or child.dep_ == "conj":
            objects = [
                g for g in child.children if g.dep_ == "dobj" and g.pos_ in ("NOUN", "PROPN")
            ]
            if objects:
                return conjuncts(objects[0])
    return []


# verbs of giving leave, whose refusal is aimed at the one refused it
LEAVE_VERBS = frozenset({"let", "allow", "permit"})


def _refused_leave(verb: Token) -> Token | None:
    """The party a refusal denies leave to act ("refused to let Louise Arbour enter",
    "refused to allow the inspectors to return"): the subject of the act let, or the
    object of the verb of leave."""
    leave = next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in LEAVE_VERBS),
        None,
    )
    if leave is None:
        return None
    for child in leave.children:
        if child.dep_ == "dobj" and child.pos_ in ("PROPN", "NOUN"):
            return child
        if child.dep_ in ("ccomp", "xcomp"):
            subject = next((g for g in child.children if g.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return None


def _reproach_joined(
    head: Token, ctx: DocContext, actors: list[Entity], why: list[str]
) -> list[Entity]:
    """The targets of the reproach that a demand's verb is joined to ("accused the
    government of weakness and demanded a statement"), by the same actors."""
    if head.dep_ != "conj" or head.head.i > head.i:
        return []
    own = {a.code for a in actors}
    for index, kind, earlier, targets in reversed(ctx.acts):
        if index == head.head.i and kind in REPROACH_TYPES and targets:
            if not own & {a.code for a in earlier}:
                return []
            named = ", ".join(f"'{t.text}'" for t in targets)
            why.append(f"recipient: the target of the {kind} joined to it, {named}")
            return list(targets)
    return []


def _addressed_by_a_joined_demand(verb: Token) -> list[Token]:
    """Those a demand joined after ``verb`` is made of: "urged Rome to readmit them",
    "called on the military to hand power", "demanded that Tokyo withdraw it"."""
    for demand in verb.children:
        if demand.dep_ != "conj" or demand.lemma_.lower() not in DEMAND_LEMMAS:
            continue
        if any(c.dep_ == "nsubj" for c in demand.children):
            continue  # another's demand: "rejected the plan, and the UN urged calm"
        named = [c for c in demand.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")]
        named += [
            o
            for prep in demand.children
            if prep.dep_ == "prep" and prep.lower_ == "on"
            for o in prep.children
            if o.dep_ == "pobj"
        ]
        named += [
            s
            for clause in demand.children
            if clause.dep_ == "ccomp"
            for s in clause.children
            if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")
        ]
        return named
    return []


def _last_crowd(head: Token, ctx: DocContext, why: list[str]) -> list[Entity]:
    """The protesters of the last protest told in ``head``'s sentence or the one before."""
    for _, kind, actors, _ in ctx.acts_before(head, back=1):
        if kind == "PROTEST":
            named = ", ".join(f"'{a.text}'" for a in actors)
            why.append(f"recipient: the protesters told just before, {named}")
            return list(actors)
    return []


# the acts only a state's authorities make: arrests, deportations, inquiries, charges
AUTHORITY_MODES = frozenset({("COERCE", "arrest"), ("COERCE", "deport"), ("ACCUSE", "investigate")})


def _done_by_the_authorities(trigger: Trigger, pattern: Pattern) -> bool:
    """Whether the act is a passive arrest, deportation or inquiry naming no agent:
    "was detained in Tehran", "was put under investigation in Italy"."""
    if (pattern.event, pattern.mode) not in AUTHORITY_MODES:
        return False
    head = trigger.head
    return any(c.dep_ == "auxpass" for c in head.children) and passive_agent(head) is None


# acts aimed at a party, which a story about one state aims at it where no one is named
# (aid too: "U.S. helicopters ferried food to villages cut off by floods", in a story
# about Honduras, is given to Honduras)
AIMED_TYPES = frozenset({"THREATEN", "SANCTION", "ACCUSE", "AID"})
# acts that answer a demand made of the party: a refusal, a concession
ANSWERING_TYPES = frozenset({"REJECT", "CONCEDE"})


# acts whose object another may refuse or grant: a demand, an offer
ASKING_TYPES = frozenset({"REQUEST", "AGREE"})


def _makers_of_what_it_answers(
    trigger: Trigger, ctx: DocContext, actors: list[Entity]
) -> list[Entity]:
    """The makers of the demand or offer whose object a refusal or a yielding is a
    relative clause on ("demanded a ceasefire, which the Russian side refused")."""
    head = trigger.head
    if head.dep_ != "relcl":
        return []
    noun = head.head
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    for index, event, makers, _ in ctx.acts_before(head, back=0):
        if index == noun.head.i and event in ASKING_TYPES:
            return [m for m in makers if not any(_kin(m, a) for a in actors)]
    return []


def _refuge_sought(trigger: Trigger) -> list[Token]:
    """The place where refuge or asylum is sought: "sought asylum in Mexico"."""
    holders = [trigger.head] + ([trigger.noun] if trigger.noun is not None else [])
    return [
        obj
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at") and refuge_in(prep)
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _settlements_struck(trigger: Trigger, noun: Token, resolved: list[Resolution]) -> bool:
    """Whether ``noun`` names settlements an attack falls on the people of, ``resolved``
    giving them no sector: villages, towns, residential areas, said of a kind ("Rohingya
    villages", "the oil town of Ras Lanuf") or in the plural ("shelled villages"); not
    ground taken ("captured several towns"), nor "the town" or "the area" the story told
    of (whose people it does not say were struck), nor a town by a name no table knows,
    which where it happened tells better."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SETTLEMENT_NOUNS:
        return False
    if trigger.head.lemma_.lower() in GROUND_TAKING_LEMMAS:
        return False
    if any(r.entity.sector is not None for r in resolved):
        return False
    named = any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
        for c in noun.children
    )
    if named and not resolved:
        return False
    return (
        noun.tag_ == "NNS"
        or named
        or any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in noun.children)
    )


# sites named for a demonstration ("a protest camp"), whose people are acted on there as
# at the demonstration itself
DEMONSTRATION_SITES = frozenset({"camp", "site", "encampment"})
# places people live in: an attack on one no party holds falls on its people ("shelled
# villages in Sagaing", "fired rockets at Israeli towns")
SETTLEMENT_NOUNS = frozenset(
    {"village", "town", "city", "neighbourhood", "neighborhood", "district", "suburb"}
    | {"township", "area"}
)


# what a protest is for or against, said with it: its aim
AIM_PREPS = frozenset({"against", "over", "for"})
AIMING_LEMMAS = DEMANDING | frozenset({"urge", "oppose", "press", "seek"})


def _protest_aim(trigger: Trigger) -> list[Token]:
    """The words that say what a protest is for or against: a purpose or reason clause
    ("marched to demand", "struck because"), an "against", "over" or "for" phrase on the
    verb or the protest noun, or a verb of demanding anywhere in the clause but its
    subject ("chanted slogans calling for Tung to step down"); none where it says none."""
    head = trigger.head
    owners = [head] if trigger.noun is None else [head, trigger.noun]
    aims = [
        c
        for owner in owners
        for c in owner.children
        if c.dep_ in ("xcomp", "advcl") or (c.dep_ == "prep" and c.lower_ in AIM_PREPS)
    ]
    aims += [
        t
        for t in _clause_but_subject(head, ("nsubj", "nsubjpass"))
        if t.pos_ == "VERB" and t.lemma_.lower() in AIMING_LEMMAS
    ]
    # (one word once, though a demanding verb may sit inside a purpose clause's subtree)
    return list({t.i: t for aim in aims for t in aim.subtree}.values())


def _clause_but_subject(head: Token, deps: tuple[str, ...]) -> Iterator[Token]:
    """The words of ``head``'s clause (the head itself aside) outside its subjects of
    ``deps``: where a participle the parser hangs anywhere in it may be ("marched ...,
    chanting slogans calling for", "gathered outside the school demanding action")."""
    subjects = {t.i for c in head.children if c.dep_ in deps for t in c.subtree}
    return (t for t in head.subtree if t.i != head.i and t.i not in subjects)


def _own_government(
    actors: list[Entity], why: list[str], what: str = "a protest naming no target"
) -> list[Entity]:
    """The government a protest naming no target and no place is put to: that of the
    protesters' state ("Egyptian demonstrators rioted"), where they are of one state and
    not its government themselves. No words name it, so its text is empty."""
    if len({a.code for a in actors}) != 1:
        return []
    code = actors[0].code
    if not _a_state_code(code):
        return []
    if any(a.sector in STATE_FORCES for a in actors):
        return []
    why.append(f"recipient: {what} is put to the government of {code}")
    return [Entity(text="", code=code, sector="GOV")]


# reactions aimed at whoever did what prompted them: "protested after X did Y"
PROMPTED_TYPES = frozenset(
    {"ACCUSE", "REJECT", "SANCTION", "THREATEN", "REQUEST", "MOBILIZE", "CONCEDE"}
)
# the conjunctions of a clause that tells what prompted another's act
PROMPTING_MARKS = frozenset({"after", "when", "because"})


# what gives a reaction its own object, which a bare one lacks
BARE_REACTION_DEPS = frozenset({"dobj", "prep", "ccomp", "xcomp", "nsubjpass", "dative"})


def _act_on_the_actor(
    verb: Token, ctx: DocContext, actors: list[Entity]
) -> tuple[str, list[Entity]] | None:
    """The last act of conflict told before ``verb`` (in its sentence or the one before)
    that another party did to one of ``actors``: its event type and its doers."""
    for _, event, doers, targets in ctx.acts_before(verb, back=1):
        if ontology.event_types()[event].quad_class not in CONFLICT_QUADS:
            continue
        if any(_kin(d, a) for d in doers for a in actors):
            continue
        if any(
            t.code == a.code and t.code not in (None, NO_COUNTRY) for t in targets for a in actors
        ):
            return event, list(doers)
    return None


# what a feeling may be about when its clause names it ("was alarmed by", "concerned that")
FELT_ABOUT_DEPS = frozenset({"agent", "prep", "dobj", "ccomp", "xcomp"})
# acts that are words about other acts, so no deed to be felt about
WORDS_ABOUT_DEEDS = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "CONSULT", "THREATEN"})


def _deed_felt_about(
    verb: Token, ctx: DocContext, actors: list[Entity]
) -> tuple[str, list[Entity]] | None:
    """The last deed told before ``verb`` (in its sentence or the two before) by a party
    other than ``actors``: its event type and its doers. Words about deeds (a
    condemnation, a demand) are not what a feeling is about."""
    for _, event, doers, _ in ctx.acts_before(verb, back=2):
        if event in WORDS_ABOUT_DEEDS:
            continue
        if any(_kin(d, a) for d in doers for a in actors):
            continue
        return event, list(doers)
    return None


def _prompting_doers(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The subject of an "after", "when" or "because" clause on ``verb`` that tells an act
    of conflict in the active voice ("lodged a protest after Chinese jets violated its
    airspace"); not a passive one ("after its citizens were detained"), whose subject was
    acted on, nor another kind of act ("demanded elections after a court cleared him")."""
    if verb.dep_ in ("acl", "relcl"):
        return []  # "a resolution demanding a ceasefire after Russia vetoed": the parser's
        # attachment, not what prompted the resolution's words
    return [
        subject
        for clause in verb.children
        if clause.dep_ == "advcl"
        and clause.pos_ == "VERB"
        and any(m.dep_ == "mark" and m.lower_ in PROMPTING_MARKS for m in clause.children)
        and any(
            ontology.event_types()[p.event].quad_class in CONFLICT_QUADS
            # a bare verb of conflict, or one whose object the clause has ("cleared an
            # encampment", not "cleared him of all charges")
            and (
                p.form == "verb"
                or any(o.dep_ == "dobj" and o.lemma_.lower() == p.noun for o in clause.children)
            )
            for p in lexicon.by_verb.get(clause.lemma_.lower(), ())
        )
        for subject in clause.children
        if subject.dep_ == "nsubj" and subject.pos_ in ("NOUN", "PROPN")
    ]


def _power_seized(verb: Token, usurping: frozenset[str]) -> bool:
    """Whether ``verb`` tells a seizure of power: "seized power", "took power", "staged a
    coup" (``usurping``: the lexicon's nouns of one)."""
    return any(
        c.dep_ == "dobj" and (c.lemma_.lower() == "power" or c.lemma_.lower() in usurping)
        for c in verb.children
    )


def _kin(a: Entity, b: Entity) -> bool:
    """Whether two entities are on one side: one state, and sectors that agree, are
    unknown, or are both the state's own (government, army, police)."""
    if a.code is None or a.code != b.code:
        return False
    if a.sector is None or b.sector is None or a.sector == b.sector:
        return True
    return a.sector in STATE_FORCES and b.sector in STATE_FORCES


def _same(a: Entity, b: Entity) -> bool:
    return a.code == b.code and a.sector == b.sector and a.text == b.text


def _confidence(
    trigger: Trigger, actors: list[Entity], recipients: list[Entity], needs_recipient: bool
) -> float:
    """A score that orders records by how likely they are right (v1 heuristic).

    Longer patterns are more specific; a coded actor and recipient make the record more
    useful and the parse more likely right; a type that needs a recipient and has none
    is suspect.
    """
    score = 0.45 + 0.08 * (trigger.pattern.specificity - 1)
    if any(a.code and a.code != "---" for a in actors):
        score += 0.25
    elif any(a.sector for a in actors):
        score += 0.12
    if recipients:
        score += 0.12
    elif needs_recipient:
        score -= 0.2
    return round(min(max(score, 0.05), 0.99), 2)


def _parse_day(value: Any) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _make_coder(
    nlp: Language, name: str, lexicon: str | None, actors: list[str], strict: bool
) -> EventCoder:
    return EventCoder(nlp, name, lexicon, list(actors), strict)


_FACTORY_META = dict(
    default_config={"lexicon": None, "actors": [], "strict": False},
    requires=["token.dep", "token.lemma", "token.pos", "doc.ents", "doc.sents"],
    assigns=["doc._.events", "doc._.coder_failures"],
)
# the versioned name stays when a later coder changes behaviour; "dragoman" is the current one
Language.factory(COMPONENT_VERSION, func=_make_coder, **_FACTORY_META)
Language.factory("dragoman", func=_make_coder, **_FACTORY_META)
