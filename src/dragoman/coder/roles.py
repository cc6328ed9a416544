"""Argument roles from the dependency parse: who is the actor, who the recipient.

Actor: the subject of the clause head, or the passive agent ("by X"); a clause without a
subject of its own borrows it from the clause it hangs on ("X met Y and signed a deal",
"X agreed to withdraw"), and a relative clause from the noun it modifies. Recipient: the
direct object, the passive subject, the dative, and the objects of the prepositions in
:data:`RECIPIENT_PREPS` on the verb or on the event noun ("talks with X", "sanctions on
X"). Coordinated nouns ("Russia and China") are one compound argument.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field

from spacy.tokens import Token

from .._memo import per_document
from ..actors.kb import not_actor_words
from ..actors.resolver import (
    AFFILIATED,
    DOERS_TO_OTHERS,
    SERVING,
    counted,
    hyphen_prefix,
    part_of_them,
)
from .factuality import WARNING_LEMMAS, charged_on, misattached_speech
from .repair import (
    APPEAL_PREPS,
    CLAIM_NOUNS,
    NAMING_VERBS,
    PART_OF_A_BODY,
    REACTION_VERBS,
    SUMMING_NOUNS,
    TRANSFER_NOUNS,
    passive_agent,
    stopped_short_of,
    to_infinitive,
    under_a_modal,
    verb_above,
)
from .triggers import (
    CASUALTY_VERBS,
    CONSEQUENCE_VERBS,
    CONTAINER_NOUNS,
    ISSUING_VERBS,
    RELATIVE_WORDS,
    REMOTE_PREPS,
    SPEECH_NOUNS,
    UNIT_NOUNS,
    Trigger,
    a_state_itself,
    antecedent,
    coordinated_names_head,
    died_of,
    into_the_air,
    shares_a_subject_as_passive,
    subject_word,
    visitor_named_by,
)

# the strikes a "killed in" may name, whose state word is the striker's, no place, and
# whose target the parser may hang a "that killed" clause on
STRIKE_NOUNS = frozenset(
    {"strike", "airstrike", "attack", "raid", "bombing", "shelling", "bombardment", "clash"}
    | {"offensive", "assault", "crossfire", "ambush", "barrage"}
)
# verbs of beating back an attack, whose object's maker is the other side
REPELLING_LEMMAS = frozenset({"repel", "repulse", "thwart", "foil"})
# verbs of taking ground, whose "from" names the side that loses it
GROUND_TAKING_LEMMAS = frozenset({"seize", "capture", "take", "overrun", "retake", "recapture"})
# verbs of backing a party against another, whose "against" names the other side
DEFENDING_VERBS = frozenset({"defend", "shield", "protect"})
RECIPIENT_PREPS = frozenset(
    {"with", "against", "on", "upon", "to", "toward", "towards", "into", "from", "at", "of", "for"}
)
# which prepositions may carry a recipient when they hang on the verb itself rather than
# on an event noun; "of"/"for" on a verb usually give the charge or the purpose
VERB_RECIPIENT_PREPS = frozenset(
    {"with", "against", "on", "upon", "to", "toward", "towards", "into", "at", "from"}
)
# prepositions on a non-entity direct object that name the party it comes from or is for
OBJECT_NOUN_PREPS = frozenset({"by", "from", "against", "with", "to", "on", "between"})
COMPLEMENT_NOUN_PREPS = frozenset({"to", "for", "with", "against", "on", "by", "from"})
# prepositions naming the party a measure (a sanction, a ban) is laid on
LAID_ON_PREPS = frozenset({"on", "against"})
# for talks, deals and cooperation "on" names the subject matter, not a party:
# "negotiations on an Israeli troop pullback", "a deal on grain exports"
TOPIC_PREPS = frozenset({"on", "upon"})
# taking part in a body, whose "in" names the body ("participation in the CSTO")
MEMBERSHIP_NOUNS = frozenset({"participation", "membership", "involvement", "seat"})
# trust placed or withdrawn, whose "in" names the one trusted ("lost confidence in the
# prime minister")
TRUST_NOUNS = frozenset({"confidence", "trust", "faith"})
# inquiries, whose "into" is what they look into
INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "probe", "enquiry"})
# nouns of joint work, and of what is shared or exchanged, whose "on" is its subject
# matter ("cooperation on North Korea", "share data on North Korean missile launches")
TOPIC_NOUNS = frozenset(
    {"cooperation", "talk", "dialogue", "negotiation", "coordination", "consultation"}
    | {"agreement", "deal", "accord", "work", "partnership", "collaboration"}
    | {"datum", "data", "information", "intelligence", "detail", "evidence", "view"}
)
TOPIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
CONDITION_MARKS = frozenset({"if", "unless"})
SUBJECT_DEPS = ("nsubj", "csubj")
NOUN_MODIFIER_ROLE = "modifier of the event noun"
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
# children kept in a mention (the noun phrase) of a head noun; the rest (relative
# clauses, other prepositional phrases, conjuncts) are other things
MENTION_DEPS = frozenset(
    {
        "compound",
        "amod",
        "poss",
        "nmod",
        "nummod",
        "det",
        "flat",
        "appos",
        "case",
        "quantmod",
        "predet",
    }
)


@dataclass
class Roles:
    actor_heads: list[Token]
    actor_role: str
    recipient_heads: list[Token]
    recipient_role: str
    # where the clause itself names no recipient, the one of the act it is about:
    # "demanded that the US cancel" -> the US; "agreed to provide aid to Romania" -> Romania
    complement_heads: list[Token] = field(default_factory=list)
    complement_role: str = ""


@per_document  # asked of the same heads by the subject index, the groups and each event
def conjuncts(head: Token) -> list[Token]:
    """The head and the nouns coordinated with it: "Russia and China" -> both. (Read only
    after the repairs: the answers are kept for the document.)"""
    out = [head]
    for child in head.children:
        if child.dep_ == "conj" and child.pos_ in NOMINAL_POS:
            out.extend(conjuncts(child))
    return out


# what one is acted on "on": the grounds, not a party ("on a warrant from the ICC")
GROUNDS = frozenset(
    {"warrant", "charge", "suspicion", "accusation", "allegation", "order", "basis", "ground"}
)
# verbs of meeting, whose object is the one met even where a talk noun tells it
MEETING_LEMMAS = frozenset({"meet", "host", "receive", "visit", "call", "phone"})


@per_document  # asked about the same heads for each event, the index and the resolver
def mention_tokens(head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by ``head``, without clauses and conjuncts.

    Modifiers, possessors, appositions and "of" phrases are kept, at every depth ("the head
    of Iran's Revolutionary Guards"); other prepositional phrases ("a group in Seoul"),
    relative clauses and conjuncts are other things.
    """
    return _mention_tokens(head)


def _mention_tokens(head: Token) -> list[Token]:
    tokens = [head]
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ == "appos" and (
                _beyond_verb(token, child)
                or child.lemma_.lower() in CLAIM_NOUNS | SUMMING_NOUNS | JOURNEY_NOUNS
                or child.pos_ == "NUM"
            ):
                # "supporters rallied, some waving Russian flags": no apposition; "shot down
                # five Indian jets, a claim India denied" ("struck Gaza, a move condemned"):
                # a word on the report or the act, not a party;
                # "Ghannouchi, 85,": an age
                continue
            if child.dep_ in MENTION_DEPS or (
                child.dep_ == "prep"
                and child.lower_ == "of"
                and not _outside_name(token, child)
                and token.lemma_.lower() not in DOERS_TO_OTHERS
            ):
                tokens.append(child)
                stack.append(child)
            elif child.dep_ == "pobj" and token.dep_ == "prep":
                tokens.append(child)
                stack.append(child)
            elif child.dep_ == "prep" and _affiliation(token, child):
                tokens.append(child)
                stack.append(child)
            elif child.dep_ == "acl" and child.lemma_.lower() in AFFILIATED | SERVING:
                # "hackers linked to China's military", "working for Russian intelligence"
                tokens.append(child)
                stack.append(child)
            elif (
                child.dep_ == "npadvmod"
                and token.dep_ == "amod"
                and token.lower_ in OWNED_WORDS
                # ("the Collective Security Treaty Organisation, a Moscow-led bloc": a
                # body named is its own party, whoever leads it)
                and not (token.head.dep_ == "appos" and token.head.head.pos_ == "PROPN")
            ):
                # "Vietnamese-led forces", "the US-led coalition": the leader's; not
                # "Saudi-backed militias", whose backer is another party
                tokens.append(child)
            elif (
                child.dep_ == "npadvmod"
                and token.dep_ == "amod"
                and token.lower_ == "based"
                and token.i == child.i + 2
                and not _of_a_named_body(token.head)
                and child.lower_ not in not_actor_words("hub")
            ):
                # "Pakistan-based militants", "a Toronto-based mining company": whose
                # they are, where nothing else says; not "forces based in Iraq" (no
                # hyphen: where they are kept), "the Hague-based International Criminal
                # Court" (a body named is its own party) nor "the Hague-based court" (a
                # city where international bodies sit)
                tokens.append(child)
            elif child.dep_ == "conj" and token is not head and token.i != head.i:
                # coordinated modifiers: "Indian and Chinese troops"
                tokens.append(child)
                stack.append(child)
    return sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)


def party_modifiers(noun: Token) -> list[Token]:
    """The names of parties that modify a noun, as its owner or its maker: "Russia's",
    "Russian", "the EU" in "Russia's strikes", "Russian interference", "an EU plan"."""
    return [
        c
        for c in noun.children
        if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE", "ORG")
    ]


def _right_after_a_text(prep: Token) -> bool:
    """Whether a preposition comes right after a noun for a text (a statement, a
    resolution) that is its verb's object: what the text is about, not a party."""
    before = prep.doc[prep.i - 1] if prep.i else prep
    return before.dep_ == "dobj" and before.lemma_.lower() in SPEECH_NOUNS


def _beyond_verb(token: Token, child: Token) -> bool:
    """Whether ``child`` lies past the verb that governs ``token``: the parser may hang a
    phrase after the verb on the subject before it, which no apposition does."""
    verb = verb_above(token.head)
    return verb.pos_ in ("VERB", "AUX") and token.i < verb.i < child.i


MISSIONS = frozenset({"embassy", "consulate", "legation"})
# where a protest is held: "outside the French embassy", "in front of the consulate"
SITE_PREPS = frozenset({"outside", "at", "near", "before", "in", "past"})
OF = frozenset({"of"})
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# words for a journey, which sum up a visit told ("visited New Delhi, the first such trip")
JOURNEY_NOUNS = frozenset({"trip", "visit", "journey", "tour"})
# participles whose modifier names the owner: "the US-led coalition", "a British-owned ship"
OWNED_WORDS = frozenset({"led", "owned", "flagged", "operated", "run", "controlled", "held"})
# participles whose hyphened modifier says whose a thing is: "US-led", "Pakistan-based"
PARTICIPLES_OF_WHOSE = OWNED_WORDS | {"based"}


def _of_a_named_body(noun: Token) -> bool:
    """Whether a noun is a body's name or describes one ("Mission Lifeline, the
    Dresden-based group"; "Qatar-based broadcaster Al Jazeera")."""
    return any(
        t.pos_ == "PROPN"
        for t in (noun, noun.head)
        if t is noun or noun.dep_ in ("appos", "compound")
    )


def _relative_head(clause: Token) -> Token:
    """The noun a relative clause is about. A "who" clause the parser hung on a place is
    about the people the place's phrase belongs to: "riot police in Athens, who responded"."""
    noun = clause.head
    if (
        clause.lemma_.lower() in CASUALTY_VERBS
        and noun.dep_ == "pobj"
        and (noun.ent_type_ in ("GPE", "LOC", "FAC") or noun.lemma_.lower() in PLACE_NOUNS)
    ):
        # "Russian strikes on a village that killed five", "carried out an air strike on
        # a village that killed 24": the strikes killed, not the village the parser hung
        # the clause on
        governor = noun.head.head
        if governor.pos_ == "VERB":
            governor = next((c for c in governor.children if c.dep_ == "dobj"), governor)
        if governor.pos_ == "NOUN":
            return governor
    if clause.lemma_.lower() in CASUALTY_VERBS and (struck := _struck_by(noun)) is not None:
        # "an air strike on the Iranian embassy compound that killed two generals", "a
        # wave of attacks on foreigners that has killed 42": the attack killed, not its
        # target the parser hung the clause on
        return struck
    personal = any(c.lower_ in ("who", "whom") for c in clause.children)
    if (
        personal
        and noun.ent_type_ in ("GPE", "LOC", "FAC")
        and noun.dep_ == "pobj"
        and noun.head.head.pos_ in ("NOUN", "PROPN")
    ):
        return noun.head.head
    pronoun = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return coordinated_names_head(noun, pronoun) if pronoun is not None else noun


def shares_a_passive(verb: Token) -> bool:
    """Whether ``verb`` is a participle joined to a passive, with no auxiliary or subject
    of its own, so sharing its "was": "taken" in "was shot and taken into custody"."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.head.children)
        and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children)
    )


def _struck_by(target: Token) -> Token | None:
    """The attack noun whose "on", "against" or "of" names this target, through any place
    phrases on it: "a strike on the embassy compound in Damascus" gives "strike", "the
    bombings of two nightclubs on the island of Bali" gives "bombings"."""
    while target.dep_ == "pobj" and target.head.dep_ == "prep":
        prep, holder = target.head, target.head.head
        if prep.lower_ in ("on", "against", "upon", "of") and holder.lemma_.lower() in STRIKE_NOUNS:
            return holder
        if prep.lower_ not in ("in", "at", "near", "of", "on", "against", "upon"):
            return None
        target = holder
    return None


def _affiliation(token: Token, prep: Token) -> bool:
    """Whether a "from", "for" or "to" phrase says whose the people are: "gunmen from
    Somalia's al Shabaab", "a spokesman for the Islamist group Ansar Dine", "forces loyal
    to Gaddafi"; not "withdrew from Kherson" (on a verb)."""
    if prep.lower_ == "to" and token.lemma_.lower() in AFFILIATED:
        return True  # "forces loyal to Gaddafi", "militias allied to the government"
    if prep.lower_ == "for" and token.lemma_.lower() in SERVING and token.dep_ == "acl":
        return True  # "hackers working for Russian military intelligence"
    if token.pos_ != "NOUN":
        return False
    if prep.lower_ in ("in", "within"):
        # "uncontrolled elements in the army", "hardliners in the Indian cabinet"
        return token.lemma_.lower() in PART_OF_A_BODY
    if prep.lower_ == "for":
        return token.lemma_.lower() in SPOKESPEOPLE
    if prep.lower_ != "from":
        return False
    return any(
        obj.dep_ == "pobj"
        and (obj.pos_ == "PROPN" or any(c.dep_ in ("poss", "compound") for c in obj.children))
        for obj in prep.children
    )


# verbs whose object's "of" phrase is the charge: "accused the attackers of murder"
# verbs whose object is an instrument, not a party: "threatened to use force", "used
# drones for attacking" (the drones do not attack of themselves)
INSTRUMENT_VERBS = frozenset({"use", "employ", "resort"})
CHARGE_VERBS = frozenset({"accuse", "charge", "convict", "suspect", "acquit", "clear"})


def _outside_name(token: Token, of: Token) -> bool:
    """Whether an "of" phrase runs outside the mention: the charge in "accused Egypt of
    torture" or "accused the attackers of murder", unlike "the Republic of Korea" or
    "the head of the army"."""
    if (
        token.dep_ == "dobj"
        and token.head.lemma_.lower() in CHARGE_VERBS
        # ("cleared thousands of protesters": a count of people, not a charge)
        and counted(token) is token
    ):
        # the charge is a gerund or a bare common noun ("of shelling", "of war crimes");
        # "the head of Russia's army" names a party
        for obj in of.children:
            if obj.dep_ == "pcomp":
                return True
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                return not any(c.dep_ in ("det", "poss") or c.pos_ == "PROPN" for c in obj.children)
    if token.dep_ == "dobj" and token.head.lemma_.lower() in DEPRIVING_VERBS:
        # "stripped the attorney general of immunity", "of his post": what is taken
        return any(obj.dep_ == "pobj" and obj.lemma_.lower() in HOLDINGS for obj in of.children)
    return token.ent_type_ == "GPE" and not (
        of.i + 1 < len(of.doc) and of.doc[of.i + 1].ent_iob_ == "I"
    )


# verbs whose object's "of" phrase is what it is deprived of
DEPRIVING_VERBS = frozenset({"strip", "deprive", "relieve", "rob", "dispossess"})
# what one is stripped of ("of immunity", "of his post"), not a party ("the head of the army")
HOLDINGS = frozenset(
    {"immunity", "citizenship", "nationality", "post", "title", "rank", "power", "seat"}
    | {"licence", "license", "mandate", "right", "office", "duty", "accreditation", "passport"}
    | {"command", "position", "membership", "privilege", "property", "asset", "medal"}
)


# verbs whose subject, not their object, does what the infinitive says: "promised Kyiv
# to deliver", "used drones to strike" (the user strikes)
SUBJECT_CONTROL = frozenset(
    {"promise", "pledge", "vow", "offer", "threaten", "use", "employ"}
    # "began raids, targeting Hezbollah positions": those who raid target
    | {"begin", "start", "continue", "resume", "launch", "conduct", "mount", "stage"}
    # "telephoned Correa to express support": the caller says it
    | {"telephone", "phone", "ring", "visit"}
    # "the nuncio spent days urging Noriega to give himself up": the one whose time it was
    | {"spend"}
)


FIGHT_ROLE = "the sides of the fighting"
# places an attack is aimed at, which kill no one themselves
PLACE_NOUNS = frozenset(
    {"village", "town", "city", "camp", "school", "hospital", "market", "house", "home"}
    | {"building", "area", "district", "neighbourhood", "neighborhood", "base", "port"}
)
# what a missile does where it comes down
LANDING_VERBS = frozenset({"strike", "hit", "land", "slam", "crash", "explode", "impact"})
# gatherings whose holders an act on the gathering acts on: "fired on a march by students"
HELD_GATHERINGS = frozenset(
    {"march", "rally", "protest", "demonstration", "procession", "sit-in", "vigil", "gathering"}
)


def holders_of(noun: Token) -> Token | None:
    """Those who hold a gathering named with "by" ("a march by opposition supporters"),
    or None."""
    if noun.lemma_.lower() not in HELD_GATHERINGS:
        return None
    # (the parser may hang the "by" on the verb: the one right after the noun's phrase)
    after = noun.right_edge.i + 1
    nxt = [noun.doc[after]] if after < len(noun.doc) and noun.doc[after].dep_ == "prep" else []
    return next(
        (
            g
            for p in [*noun.children, *nxt]
            if p.dep_ == "prep" and p.lower_ == "by"
            for g in p.children
            if g.dep_ == "pobj"
        ),
        None,
    )


LANDING_PREPS = frozenset({"near", "in", "on", "at", "into", "outside"})
# acts that answer another's act: their cause's author is their recipient
REPLY_TYPES = frozenset(
    {"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN", "SANCTION", "PROTEST"}
)
# what money or arms are given for, which names no party: "for air defence"
PURPOSE_NOUNS = frozenset(
    {"defence", "defense", "reconstruction", "recovery", "security", "development", "relief"}
)
# event types that act on a target: a state's own people or officials stay its target
# ("arrested an officer"), and the noun's "of" names the one acted on ("the arrest of")
TARGETING_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION"})

FIGHT_NOUNS = frozenset({"clash", "fighting", "battle", "skirmish", "gunfight", "firefight"})


def _fight_between(verb: Token) -> Token | None:
    """The first side of the fighting a death or injury happened "in": "killed in clashes
    between police and protesters" -> police (with its conjuncts)."""
    for obj, _ in _prep_objects(verb, frozenset({"in", "during"})):
        if obj.lemma_.lower() in FIGHT_NOUNS and (side := _first_side(obj)) is not None:
            return side
    return None


def _first_side(noun: Token) -> Token | None:
    """The first party a fight is "between" (its conjuncts are the others), or the one it
    is "with" ("killed in a clash with Chinese troops": the other side is the dead's)."""
    return next((g for g, _ in _prep_objects(noun, frozenset({"between", "with"}))), None)


def _expelled_from(verb: Token, trigger: Trigger) -> Token | None:
    """The named state or body a passive expulsion with no agent is from ("was expelled
    from Russia"), or None: not the trigger's own words ("driven from their homes",
    "removed from office"), nor under a modal, whose speaker may be the one who would
    act ("Fiji would be suspended from the Commonwealth, Wellington said")."""
    if under_a_modal(verb):
        return None
    return next(
        (
            g
            for g, _ in _prep_objects(verb, frozenset({"from"}))
            if g not in trigger.words
            and (g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "ORG", "NORP"))
        ),
        None,
    )


def _blamed_on(verb: Token) -> Token | None:
    """The party a participle "blamed on" in the clause names: who did what the clause
    tells of ("were killed in a strike blamed on the army", "a strike it blamed on
    Israel")."""
    for token in verb.subtree:
        if token.lemma_.lower() != "blame" or token.dep_ not in ("acl", "relcl"):
            continue
        if token.dep_ == "acl" and token.tag_ != "VBN":
            continue
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "on":
                obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return None


def _called_on(verb: Token) -> Token | None:
    """The one "called on" or "appealed to" to do what the infinitive says."""
    prep_word = APPEAL_PREPS.get(verb.lemma_.lower())
    if prep_word is None:
        return None
    for prep in verb.children:
        if prep.dep_ in ("prep", "prt") and prep.lower_ == prep_word:
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in NOMINAL_POS:
                return obj
    return None


# nouns of asking: their infinitive is what another party is asked to do
ASKING_NOUNS = frozenset({"request", "call", "demand", "appeal", "invitation", "order", "plea"})


# intentions one holds, whose "of" names what one means to do: "had no intention of"
HELD_INTENTIONS = frozenset({"intention", "plan", "desire", "wish", "thought"})


def _owner_of_intent(verb: Token) -> Token | None:
    """The party a noun's infinitive belongs to: "Japan" in "Japan's decision to lift",
    "EU" in "an EU plan to send"."""
    noun = verb.head
    if (
        verb.dep_ != "acl"
        or noun.pos_ != "NOUN"
        # "at Britain's request to discuss": what is asked is done by others
        or noun.lemma_.lower() in ASKING_NOUNS
        or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    ):
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by" and noun.i < child.i < verb.i:
            # "a proposal by US lawmakers to send troops": the proposers
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            if agent is not None and agent.pos_ in ("NOUN", "PROPN"):
                return agent
        if child.i > noun.i:
            continue
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
            return child
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "amod" and child.ent_type_ in ("NORP", "GPE"):
            return child  # "a Russian plan to seize the port"
    return None


# verbs by which a body makes a text its own, whoever drafted it
ADOPTING_VERBS = frozenset({"adopt", "pass", "approve"})


def _issuer_of_text(noun: Token) -> tuple[Token | None, str] | None:
    """Who speaks by a text that is a verb's object ("issued a declaration demanding",
    "passed a resolution that criticises Iran"): the name on it, or the subject of the
    verb that issued it; (None, "") where another's text is acted on ("the US vetoed a
    resolution demanding"); None where the text itself stands for its makers."""
    if noun.head.lemma_.lower() in ADOPTING_VERBS:
        # "approved a U.S.-drafted resolution that bans": the body that adopted it speaks
        adopter, _ = _subject(noun.head)
        if adopter is not None:
            return adopter, f"adopter of the '{noun.text}'"
    named = authors(noun, f"issuer of the '{noun.text}'")
    if named:
        return named[0]  # "vetoed Brazil's resolution demanding"
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
        return None  # "a UN resolution": the noun names its maker
    if noun.head.lemma_.lower() not in ISSUING_VERBS:
        return None, ""  # "the US vetoed a resolution demanding": not its own
    # "the PKK issued a declaration demanding that ...": its issuer; "the Council failed
    # to adopt a resolution calling for": the Council
    speaker, _ = _subject(noun.head)
    return (speaker, f"issuer of the '{noun.text}'") if speaker is not None else None


def subject_of(verb: Token) -> Token | None:
    """The subject of a clause head, borrowed from the clause it hangs on where it has
    none of its own ("responded by ... giving diplomats 72 hours to leave": the one who
    responded)."""
    return _subject(verb)[0]


# what a crowd does, whose "they" in a clause on an act on a crowd is the crowd: "police
# arrested hundreds of lawyers as they protested"
CROWD_LEMMAS = frozenset({"protest", "march", "demonstrate", "rally", "gather", "picket", "chant"})
# the subordinators of a clause that tells what was going on as a crowd was acted on
WHILE_MARKS = frozenset({"as", "when", "while"})


def _crowd_acted_on(pronoun: Token, clause: Token, verb: Token) -> Token | None:
    """The people a clause's verb acts on, where "they" in a clause on it protests or
    marches: "Pakistani police arrested hundreds of lawyers as they protested", "arrested
    49 people as they tried to march on Jubilee House". The police do not protest."""
    if pronoun.lower_ != "they" or verb.lemma_.lower() not in CROWD_LEMMAS:
        return None
    acted_on = next(iter(_acted_on_above(clause, WHILE_MARKS)), None)
    if acted_on is None or counted(acted_on).tag_ != "NNS":
        return None
    return acted_on


def _acted_on_above(
    clause: Token, marks: frozenset[str], preps: frozenset[str] = frozenset()
) -> list[Token]:
    """What the verb a subordinate ``clause`` (opened by one of ``marks``) hangs on acts
    on: its direct objects, then the objects of its ``preps``; none for another clause."""
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in marks for c in clause.children
    ):
        return []
    main = clause.head
    return [c for c in main.children if c.dep_ == "dobj"] + [
        g
        for p in main.children
        if p.dep_ == "prep" and p.lower_ in preps
        for g in p.children
        if g.dep_ == "pobj"
    ]


# the subordinators of a clause telling what those acted on had done or were doing
PROVOKING_MARKS = WHILE_MARKS | {"after", "because"}


def _part_of_those_acted_on(subject: Token, clause: Token) -> Token | None:
    """The people a clause's verb acts on, where a part of "them" is the subject of a
    clause on it: "police fired tear gas at hundreds of migrants after some of them
    threw stones", "detained protesters when many of them refused to leave". The police
    did not throw stones."""
    if part_of_them(subject) is None:
        return None
    acted_on = _acted_on_above(clause, PROVOKING_MARKS, frozenset({"at", "on"}))
    return next((o for o in acted_on if counted(o).tag_ == "NNS"), None)


def _part_told_aside(subject: Token, clause: Token) -> bool:
    """Whether ``subject`` is a part of "them" that the parser made a second subject of
    ``clause``, in an aside on those named before: "more than 60 people have been killed,
    most of them when soldiers opened fire". The clause's other subject acts."""
    return part_of_them(subject) is not None and any(
        c.dep_ == subject.dep_ and c.i > subject.i for c in clause.children
    )


def _subject(verb: Token, endeavours: frozenset[str] = frozenset()) -> tuple[Token | None, str]:
    """The subject of a clause head, borrowed along xcomp/conj/advcl/relcl where missing.
    ``endeavours`` are nouns of attempts and plans, which are not the actor of the act
    they name."""
    current, path, came_by = verb, [], ""
    for _ in range(6):
        if came_by == "xcomp" and current.lemma_.lower() not in SUBJECT_CONTROL:
            # "urged Morales to step down", "forced Ukraine to withdraw": the one urged acts
            urged = next(
                (
                    c
                    for c in current.children
                    if c.dep_ == "dobj"
                    and c.pos_ in NOMINAL_POS
                    # "triggered the process to reimpose sanctions": a procedure acts for
                    # whoever set it going
                    and c.lemma_.lower() not in endeavours
                ),
                None,
            ) or _called_on(current)
            if urged is not None:
                return antecedent(urged), f"object of '{current.text}'"
        for child in current.children:
            found = None
            # "Netanyahu is expected to meet Trump", "the leaders are set to discuss": the
            # subject of a passive that raises it to the infinitive
            if child.dep_ in SUBJECT_DEPS or (child.dep_ == "nsubjpass" and came_by == "xcomp"):
                if current.dep_ == "relcl" and child.lower_ in RELATIVE_WORDS:
                    break  # "the officers who seized power": the officers
                if _part_told_aside(child, current):
                    continue  # "60 were killed, most of them when soldiers opened fire"
                found = subject_word(child)
                if (crowd := _crowd_acted_on(child, current, verb)) is not None:
                    return crowd, f"object of '{current.head.text}'"
                if (crowd := _part_of_those_acted_on(child, current)) is not None:
                    return crowd, f"those of the object of '{current.head.text}'"
                referent = antecedent(child)
                if child.lower_ in RELATIVE_WORDS or referent is not child:
                    # "the group, which it said had targeted hospitals": the group; "the
                    # protesters, some of whom hurled stones": the protesters
                    found = referent
            elif child.dep_ == "mark":
                # "a day after Azerbaijan launched an offensive": the parser may hang the
                # subject on the subordinator as its object
                stray = next((g for g in child.children if g.dep_ == "pobj"), None)
                if stray is not None and stray.i < current.i:
                    found = stray
            if found is not None:
                return found, "subject" if not path else "subject of " + path[-1]
        if came_by == "conj":
            # "has been indicted by the court and will resign": the one indicted resigns
            shared = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
            if shared is not None:
                return shared, f"subject of '{current.text}'"
        agent = passive_agent(current)
        if agent is not None and current.i != verb.i:
            return agent, f"passive agent of '{current.text}'"  # "attacked by X, killing 20"
        if (owner := _owner_of_intent(current)) is not None:
            # "would block any EU decision to send weapons", "welcomed Japan's decision to
            # lift the ban": the one whose decision or plan it is acts
            return owner, f"owner of '{current.head.text}'"
        if (
            current.dep_ == "pcomp"
            and current.head.lower_ == "of"
            and current.head.head.lemma_.lower() in HELD_INTENTIONS
            and current.head.head.dep_ == "dobj"
        ):
            # "the president had no intention of resigning": whoever holds the intention
            current = current.head.head.head
            path.append(f"'{current.text}'")
            came_by = "pcomp"
            continue
        if current.dep_ == "pcomp" and (stop := stopped_short_of(current.head)) is not None:
            # "Clinton stopped short of lifting sanctions": the one who stopped short
            current = stop
            path.append(f"'{current.text}'")
            came_by = "pcomp"
            continue
        if (
            current.dep_ == "acl"
            and current.head.dep_ == "pobj"
            and current.head.head.lower_ in GRIEVANCE_PREPS
            and to_infinitive(current)
        ):
            return None, ""  # "over a plot to sabotage shipments": whose, it does not say
        if current.dep_ in ("relcl", "acl") and _purpose_of_thing(current):
            # "converged for a rally to protest", "drew up a plan to attack": those who
            # hold the rally or made the plan, the subject of the clause naming it
            governor = _governing_verb(current.head)
            if governor is not None:
                path.append(f"'{governor.text}'")
                current = governor
                continue
        if current.dep_ == "relcl":
            if current.head.ent_type_ in ("DATE", "TIME"):
                # "a war from 1998 to 2000 that killed": the parser's date acts in nothing
                return None, ""
            noun = _relative_head(current)
            if noun.lemma_.lower() in FIGHT_NOUNS and (side := _first_side(noun)) is not None:
                # "clashes between Bedouin tribes and Druze fighters that killed 30": the sides
                return side, FIGHT_ROLE
            if (by_whom := _done_in(noun)) is not None:
                # "troops stormed the plant in an assault that killed dozens": the stormers
                path.append(f"'{by_whom.text}'")
                current = by_whom
                continue
            if noun.lemma_.lower() in SPEECH_NOUNS and noun.dep_ == "dobj":
                # "passed a resolution that criticises Iran": its issuer
                issuer = _issuer_of_text(noun)
                if issuer is not None:
                    return issuer
            return noun, "noun the relative clause modifies"
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
            noun = current.head
            if noun.lemma_.lower() in endeavours and noun.dep_ in ("nsubj", "nsubjpass"):
                # "an attempt to assassinate the governor was thwarted": whose attempt
                owner = next((c for c in noun.children if c.dep_ == "poss"), None)
                if owner is not None:
                    return owner, f"possessive of '{noun.text}'"
                agent = passive_agent(noun.head) if noun.dep_ == "nsubjpass" else None
                if agent is not None:
                    return agent, f"passive agent of '{noun.head.text}'"
                return None, ""
            if (
                noun.lemma_.lower() in OPERATION_NOUNS
                and noun.dep_ == "dobj"
                and current.tag_ == "VBG"
                and noun.head.pos_ == "VERB"
            ):
                # "troops began ground raids into Lebanon, targeting Hezbollah positions":
                # who carries out the raids, not the raids
                owner, role = _subject(noun.head)
                if owner is not None:
                    return owner, f"{role} of '{noun.head.text}', whose '{noun.text}'"
            if noun.lemma_.lower() in SPEECH_NOUNS and noun.dep_ == "dobj":
                issuer = _issuer_of_text(noun)
                if issuer is not None:
                    return issuer
            return noun, "noun the participle modifies"
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            # "accused Russia of shelling": the accused is the actor of the act alleged
            prep, governor = current.head, current.head.head
            if (
                prep.lower_ == "of"
                # "charging its neighbour with supporting dissidents": the one charged
                or (prep.lower_ == "with" and governor.lemma_.lower() in CHARGE_VERBS)
                # "warned Xi against invading Taiwan": the one warned
                or (prep.lower_ == "against" and governor.lemma_.lower() in WARNING_LEMMAS)
                # "sanctioned Iran for supplying drones", "fined Apple for refusing to":
                # what one is punished, blamed or thanked for is one's own act
                or (
                    prep.lower_ == "for"
                    and current.tag_ == "VBG"
                    and governor.lemma_.lower() not in INSTRUMENT_VERBS
                )
            ):
                if governor.dep_ == "dobj" and governor.head.lemma_.lower() in CHARGE_VERBS:
                    # "accused the commander of shelling": "of" hung on the accused
                    return governor, f"object of '{governor.head.text}'"
                if (on := charged_on(prep)) is not None:
                    # "arrested a leader on charges of calling for": the one held
                    holder = on.head
                    if holder.dep_ == "dobj" and holder.pos_ in ("NOUN", "PROPN"):
                        return holder, f"object of '{holder.head.text}'"
                    if (held := _one_acted_on(holder, passive=True)) is not None:
                        return held
                # ("Hamas was blamed for attacking the convoy", "was accused of firing
                # rockets", "was charged with spying": the one blamed, accused, charged)
                passive = prep.lower_ in ("for", "of", "with")
                if (held := _one_acted_on(governor, passive)) is not None:
                    return held
            if prep.lower_ in SEQUENCE_PREPS and (
                patient := next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
            ):
                # "Erdogan was received by the president before holding talks": the one
                # the passive tells of does what comes before or after, not its agent
                return subject_word(patient), f"subject of '{governor.text}'"
            path.append(f"'{governor.text}'")
            current = governor
            continue
        if misattached_speech(current):
            # "said five fighters were killed and vowed to retaliate": the one who said
            path.append(f"'{current.head.head.text}'")
            current = current.head.head
            continue
        if (
            current.dep_ == "advcl"
            and current.tag_ == "VBG"
            and current.i > 0
            and current.doc[current.i - 1].lower_ == ","
            and current.head.dep_ == "xcomp"
            and to_infinitive(current.head)
        ):
            # "ordered aid agencies to leave the country, accusing them of spying": a
            # participle set off by a comma after an infinitive tells of the one who
            # ordered, not of those ordered, though the parser hangs it on the infinitive
            path.append(f"'{current.head.head.text}'")
            came_by, current = "advcl", current.head.head
            continue
        if current.dep_ in ("xcomp", "conj", "advcl", "acomp") and current.head.i != current.i:
            path.append(f"'{current.head.text}'")
            # "called on Algeria on Tuesday to free": the parser makes an infinitive set
            # apart from its verb an adverbial clause; it is the complement all the same
            infinitive = current.dep_ == "advcl" and to_infinitive(current)
            came_by, current = current.dep_, current.head
            if infinitive and (called := _called_on(current)) is not None:
                return antecedent(called), f"object of '{current.text}'"
            continue
        break
    return None, ""


def _purpose_of_thing(clause: Token) -> bool:
    """An infinitive ("to protest") hanging on a common noun that is no party ("a rally",
    "a plan", "efforts"): the noun names the act's occasion, not its actor."""
    noun = clause.head
    return (
        noun.pos_ == "NOUN"
        and noun.tag_ != "NNPS"
        and to_infinitive(clause)
        and not any(c.dep_ in SUBJECT_DEPS for c in clause.children)
        and noun.dep_ in ("dobj", "pobj", "attr")
        # "expelled diplomats over a plot to sabotage", "protested against plans to raise
        # taxes": a plan one reacts to is another's
        and not (noun.dep_ == "pobj" and noun.head.lower_ in GRIEVANCE_PREPS)
    )


# prepositions of what one reacts to
GRIEVANCE_PREPS = frozenset({"over", "amid", "against", "about", "despite"})


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose clause holds ``noun`` (through a preposition: "for a rally")."""
    token = noun
    for _ in range(4):
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            break
    return None


# "with Albania's help", "with the approval of": the means, not a party acted with
WITH_MEANS = frozenset(
    {"help", "support", "assistance", "backing", "approval", "consent", "blessing"}
)
# "with Cuba and Norway as guarantors": those who stand by talks, not a side in them
STANDING_BY_ROLES = frozenset(
    {"guarantor", "mediator", "observer", "witness", "facilitator", "host", "broker", "sponsor"}
)
# what one speaks "on": a channel, no party ("criticised the president on television")
ON_THE_AIR = frozenset({"television", "tv", "radio", "air", "camera", "podcast", "livestream"})


# the cooperative types (PLOVER's verbal and material cooperation)
COOPERATIVE_TYPES = frozenset({"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "CONCEDE"})


def _names_a_state(noun: Token) -> bool:
    """Whether an object noun begins a state's name: "a State of Palestine", "the
    Republic of Kosovo"."""
    return noun.pos_ == "PROPN" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in c.children)
        for c in noun.children
    )


def is_reciprocal(token: Token) -> bool:
    """Whether ``token`` is the "other" of "each other" or the "another" of "one
    another", which the tagger may read as an adjective."""
    return token.lower_ in ("other", "another") and any(
        c.lower_ in ("each", "one") for c in token.children
    )


def _contained(noun: Token) -> Token:
    """The container an event noun is told in ("the return of sanctions"), or the noun."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        container = noun.head.head
        if container.lemma_.lower() in CONTAINER_NOUNS:
            return container
    return noun


def _a_party(token: Token) -> bool:
    """Whether a subject names a party (a state, an organisation, a person), not an act:
    by its name, or by its owner's or its nation's ("Germany's new government", "Chinese
    ships")."""
    return token.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or (
        token.pos_ == "NOUN"
        and any(
            (c.dep_ == "poss" and c.ent_type_ in ("GPE", "ORG", "NORP"))
            or (c.dep_ == "amod" and c.ent_type_ == "NORP")
            for c in token.children
        )
    )


# what a crowd does with its words and signs while it protests
CHANTING_LEMMAS = frozenset({"chant", "shout", "sing", "carry", "wave", "hold", "brandish"})


def _chanted_against(verb: Token) -> list[tuple[Token, str]]:
    """Whom a protest's slogans are against, said by a participle of chanting joined to
    it: "marched, chanting slogans against the United States", "chanting against the
    government"."""
    found: list[tuple[Token, str]] = []
    for chant in verb.children:
        if not (
            chant.dep_ in ("advcl", "conj")
            and chant.tag_ == "VBG"
            and chant.lemma_.lower() in CHANTING_LEMMAS
        ):
            continue
        found.extend(_prep_objects(chant, frozenset({"against"})))
        for said in (o for o in chant.children if o.dep_ == "dobj"):
            for slogan in conjuncts(said):
                found.extend(_prep_objects(slogan, frozenset({"against"})))
                found.extend(_named_against(slogan))
    return found


def _invited_to(invitation: Token) -> list[Token]:
    """The place or party an invitation is to: "an invitation to visit Washington", "an
    invitation to Moscow" (a proper name, not "an invitation to the talks")."""
    hosts = [
        obj
        for clause in invitation.children
        if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() == "visit"
        for obj in clause.children
        if obj.dep_ == "dobj"
    ]
    hosts += [obj for obj, _ in _prep_objects(invitation, frozenset({"to"})) if obj.pos_ == "PROPN"]
    return hosts


def _named_against(carrier: Token) -> list[tuple[Token, str]]:
    """The party an "anti-" modifier of a protest's noun names: "an anti-American rally",
    "anti-Israel slogans" are aimed at the United States and at Israel. The hyphen is
    split from "anti" by the tokenizer, so the name is the modifier two words on."""
    found: list[tuple[Token, str]] = []
    for child in carrier.children:
        if child.i >= carrier.i or child.dep_ not in ("amod", "compound", "nmod"):
            continue
        if hyphen_prefix(carrier.doc, child.i) == "anti":
            found.append((child, f"'anti-{child.text}' names whom the protest is against"))
    return found


def _prep_objects(token: Token, preps: frozenset[str]) -> list[tuple[Token, str]]:
    out = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in") and "with" in preps:
            # "repeated his offer of talks with India": the party the talks would be with
            # ("suspended its participation in the negotiations with Israel")
            for talks in child.children:
                if talks.dep_ == "pobj" and talks.lemma_.lower() in TALKS_NOUNS:
                    out.extend(
                        (party, f"the party of '{talks.text}'")
                        for party, _ in _prep_objects(talks, frozenset({"with"}))
                    )
        if child.dep_ == "prt" and child.lower_ in preps:
            # "fired on and seized three navy vessels": the object the next verb takes
            out.extend((g, f"object of '{child.text}'") for g in _object_shared_after(child))
        if child.dep_ in ("prep", "dative") and child.lower_ in preps and not into_the_air(child):
            objects = (
                [g for g in child.children if g.dep_ == "pobj"]
                or _stranded_object(child)
                or _object_shared_after(child)
            )
            for grandchild in objects:
                if child.lower_ == "with" and (
                    grandchild.lemma_.lower() in WITH_MEANS or _standing_by(child)
                ):
                    continue
                if child.lower_ == "on" and grandchild.lemma_.lower() in ON_THE_AIR:
                    continue
                if child.lower_ == "on" and grandchild.lemma_.lower() in TRANSFER_NOUNS:
                    # "imposed a surcharge on power exports to Michigan": on the ones the
                    # goods go to
                    out.extend(
                        (party, f"the party '{grandchild.text}' go to")
                        for party, _ in _prep_objects(grandchild, frozenset({"to"}))
                    )
                if (child.lower_ == "for" and grandchild.lemma_.lower() in TIES_NOUNS) or (
                    child.lower_ == "to" and grandchild.lemma_.lower() in TIES_NOUNS | PACT_NOUNS
                ):
                    # "warned of serious consequences for relations with Tallinn",
                    # "committed to good relations with its neighbour", "to its peace
                    # treaty with Israel": the party the ties or the pact are with
                    out.extend(
                        (party, f"the party of '{grandchild.text}'")
                        for party, _ in _prep_objects(grandchild, frozenset({"with"}))
                    )
                    continue
                out.append((grandchild, f"object of '{child.text}'"))
    return out


# the ties between parties, whose "with" names the other party
TIES_NOUNS = frozenset({"relation", "relations", "tie", "ties", "relationship"})
# pacts, whose "with" names the other party: "committed to its peace treaty with Israel"
PACT_NOUNS = frozenset({"treaty", "accord", "agreement", "pact", "deal"})
# what a deed is called that names its doers in an "of" phrase: "the work of thugs"
WORK_NOUNS = frozenset({"work", "handiwork", "doing"})
# meetings offered, called for or refused, whose "with" names the party to meet
TALKS_NOUNS = frozenset({"talk", "talks", "negotiation", "dialogue", "meeting", "summit"})


def _talks_partners(verb: Token, noun: Token | None) -> list[tuple[Token, str]]:
    """The "with" party of talks that are what a verb acts on, directly ("walked out of
    talks with Pashinyan") or as what is called for ("rejected calls for talks with the
    protesters")."""
    acted_on = [noun] if noun is not None else []
    for child in verb.children:
        if child.dep_ == "dobj":
            acted_on.append(child)
        elif child.dep_ in ("prep", "prt") and child.lower_ in ("of", "from", "out"):
            # ("out of talks": the parser hangs "of" on "out")
            preps = [child, *(g for g in child.children if g.dep_ == "prep")]
            acted_on += [g for p in preps for g in p.children if g.dep_ == "pobj"]
    out: list[tuple[Token, str]] = []
    for thing in acted_on:
        for talks in (thing, *(g for g, _ in _prep_objects(thing, frozenset({"for"})))):
            if talks.lemma_.lower() in TALKS_NOUNS:
                out += [
                    (party, f"the party of '{talks.text}'")
                    for party, _ in _prep_objects(talks, frozenset({"with"}))
                    if all(party.i != known.i for known, _ in out)
                ]
    return out


def _standing_by(with_: Token) -> bool:
    """Whether a "with" phrase names those who stand by, by an "as" phrase on it or
    right after it (wherever the parser hangs that): "held talks in Havana, with Cuba and
    Norway as guarantors"."""
    after = with_.right_edge.i + 1
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "as"
        and (prep.i == after or with_.is_ancestor(prep))
        and any(o.dep_ == "pobj" and o.lemma_.lower() in STANDING_BY_ROLES for o in prep.children)
        for prep in with_.doc[with_.i : min(after + 1, len(with_.doc))]
    )


def _one_acted_on(verb: Token, passive: bool) -> tuple[Token, str] | None:
    """The one ``verb`` acts on, whose act a phrase on it names ("accused Russia of
    shelling"): its object, or (with ``passive``) its passive subject."""
    for child in verb.children:
        if child.dep_ == "dobj":
            return child, f"object of '{verb.text}'"
    if passive:
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                return subject_word(child), f"passive subject of '{verb.text}'"
    return None


def _up_to(verb: Token) -> list[Token]:
    """The object the parser hides in "kidnapped up to 16 advisers", where it reads "up" as
    the verb's particle and "to 16 advisers" as a phrase on it."""
    return [
        obj
        for prt in verb.children
        if prt.dep_ == "prt" and prt.lower_ == "up"
        for prep in prt.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for obj in prep.children
        if obj.dep_ == "pobj" and any(c.dep_ == "nummod" for c in obj.children)
    ]


def _shifted_object(verb: Token) -> list[Token]:
    """The object moved after its "as" phrase, which the parser hangs on that phrase: as
    an apposition ("denounced as an ugly crime Serbia's crackdown") or as the phrase's own
    object ("rejected as baseless the American charges")."""
    shifted = []
    for prep in verb.children:
        if prep.dep_ == "advcl" and any(c.lower_ == "as" for c in prep.lefts):
            # "as baseless the charges" read as a clause whose adjective takes the object
            shifted.extend(c for c in prep.children if c.dep_ == "dobj")
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            shifted.extend(c for c in obj.children if c.dep_ == "appos" and c.i > obj.i)
            article = next((c for c in obj.children if c.dep_ == "det"), None)
            if (
                article is not None
                and prep.doc[prep.i + 1].pos_ == "ADJ"
                and prep.i + 1 < article.i
            ):
                shifted.append(obj)  # "as baseless the charges": the article opens the object
    return shifted


# where one is held, whose keeper is named by its modifiers ("in Israeli police custody")
CUSTODY_NOUNS = frozenset({"custody", "prison", "jail", "detention", "captivity", "cell"})


def _keeper(verb: Token) -> Token | None:
    """The custody or prison a clause puts its subject in, if a modifier names its keeper:
    "died while in Israeli police custody", "died in Syrian prisons"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "under"):
            continue
        for place in prep.children:
            if (
                place.dep_ == "pobj"
                and place.lemma_.lower() in CUSTODY_NOUNS
                and any(c.dep_ in ("amod", "compound", "poss") for c in place.children)
            ):
                return place
    return None


def _relativised_object(verb: Token) -> list[Token]:
    """The noun a relative clause with no relative word describes, where the clause has a
    subject and no object: its object ("a citizen it accused of plotting" accused the
    citizen; but "the day it attacked" and "the town where it struck" tell when, where)."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return []
    if verb.head.ent_type_ in ("DATE", "TIME"):
        return []
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    if any(
        c.dep_ in ("dobj", "dative", "nsubjpass", "ccomp", "xcomp")
        # "the group it met with": the noun is the stranded preposition's
        or (c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children))
        or c.lower_ in RELATIVE_WORDS
        or c.lower_ in ("where", "when", "why", "how")
        for c in verb.children
    ):
        return []
    return [verb.head]


# prepositions whose object may be left to the verb joined after them: "fired on and
# seized the vessels", "shot at and wounded two officers"
SHAREABLE_PREPS = frozenset({"on", "at", "upon"})


def _object_shared_after(prep: Token) -> list[Token]:
    """The object of a preposition left without one before "and" and a verb of the same
    subject that has one: "fired on and seized three Ukrainian navy vessels"."""
    doc = prep.doc
    if prep.lower_ not in SHAREABLE_PREPS or prep.i + 2 >= len(doc) or prep.n_rights:
        return []
    cc, verb = doc[prep.i + 1], doc[prep.i + 2]
    if cc.lower_ != "and" or verb.dep_ != "conj" or verb.head.i != prep.head.i:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def _stranded_object(prep: Token) -> list[Token]:
    """The object of a preposition that the parser gave to a reduced relative clause (or a
    gerund) as its subject: in "granted asylum to five officers holed up in a residence"
    it makes "officers" the subject of "holed" and leaves "to" without an object."""
    # "fired water cannon at thousands of students marching in Santiago", read as "at"
    # over a gerund clause whose subject is the students (but "with Omani mediators
    # passing messages" tells a circumstance, no one met)
    clauses = [
        c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and prep.lower_ != "with"
    ]
    for clause in clauses + list(prep.head.children):
        if clause.dep_ in ("advcl", "ccomp", "relcl", "acl", "conj", "pcomp") and clause.i > prep.i:
            for child in clause.children:
                if child.dep_ == "nsubj" and child.left_edge.i == prep.i + 1:
                    return [child]
    return []


def _where_host(verb: Token) -> Token | None:
    """The state a "where" clause is about: "Spain" in "arrived in Spain on Sunday, where
    he was granted asylum" (the parser may hang the clause on the date)."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children
    ):
        return None
    place = verb.head
    if place.ent_type_ in ("DATE", "TIME"):
        place = next(
            (
                t
                for t in reversed(verb.doc[max(verb.sent.start, place.i - 6) : place.i])
                if t.ent_type_ == "GPE"
            ),
            place,
        )
    return place if place.ent_type_ == "GPE" else None


def means_of_the_act(trigger: Trigger) -> bool:
    """Whether the pattern's own noun, after its preposition, is where or how the act is
    done while the verb's direct object is what it is done to: "took the government to
    court", "challenged the law in the Constitutional Court" (not "fired on protesters",
    where the noun is the target, nor a class's member: "withdrew from the ICC")."""
    noun = trigger.noun
    return (
        noun is not None
        and bool(trigger.pattern.particle)
        and noun.dep_ == "pobj"
        and noun.head.lower_ == trigger.pattern.particle
        and noun.head.head.i == trigger.head.i
        and not (trigger.pattern.noun or "$").startswith("$")
        and any(c.dep_ == "dobj" for c in trigger.head.children)
    )


def find_roles(trigger: Trigger, classes: Mapping[str, frozenset[str]] | None = None) -> Roles:
    """The actor, recipient and complement heads of ``trigger``. ``classes`` are the
    lexicon's noun classes; three matter here. ``issued``: things a party issues or does
    ("call", "offer", "ban"), whose issuer is the party a reply is directed at ("rejected
    calls by Belarus's rulers"). ``stative``: verbs whose participle after "be" states the
    subject's stance ("is opposed to"). ``weapon``: what is fired, never a recipient
    ("fired shells at Jericho")."""
    classes = classes or {}
    issued = classes.get("issued", frozenset())
    stative = classes.get("stative", frozenset())
    weapons = classes.get("weapon", frozenset())
    verb = trigger.head
    noun = trigger.noun
    # "the arrest sparked protests", "drew criticism from France": the act that caused
    # what the verb tells, which acts on no one through the verb's own words
    caused = noun is not None and noun.dep_ == "nsubj" and verb.lemma_.lower() in CONSEQUENCE_VERBS
    passive = (
        any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        # "a ceasefire brokered by Qatar": a reduced passive relative with its agent, or
        # an adverbial one ("initialled an agreement at the White House, hosted by Trump")
        or (
            verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN" and passive_agent(verb) is not None
        )
        # "was shot and taken into custody": a participle joined to a passive shares it
        or shares_a_passive(verb)
    )
    if passive and verb.lemma_.lower() in stative and passive_agent(verb) is None:
        # "Israel is opposed to French mediation", "Vietnam is committed to opening up":
        # a state of mind, said of its subject; not a passive
        passive = False
    felt_about = None
    if passive and verb.lemma_.lower() == "bind":
        # "Israel was not bound by the deal": the one bound takes the stance
        passive = False
    if passive and verb.lemma_.lower() in classes.get("feeling", frozenset()):
        # "Canberra was appalled by the verdict": the subject feels it, about the agent
        felt_about, passive = passive_agent(verb), False
    actor, actor_role = None, ""
    recipients: list[tuple[Token, str]] = []
    if passive:
        actor = passive_agent(verb)
        actor_role = "passive agent" if actor is not None else ""
        if actor is None and shares_a_passive(verb) and (first := passive_agent(verb.head)):
            # "was seized by the separatists and later shot dead": the first one's agent
            actor, actor_role = first, f"passive agent of '{verb.head.text}'"
        if actor is not None and actor.lemma_.lower() in classes.get("blast", frozenset()):
            # "was hit by gunfire", "by Israeli shelling": the attack's modifiers may name
            # the attacker, the attack itself is no party; and so may its "from": "was
            # killed by ground fire from the rebels"
            # (the parser may hang that "from" on the verb, just after the agent)
            source = next(
                (
                    g
                    for holder in (actor, verb)
                    for g, _ in _prep_objects(holder, frozenset({"from"}))
                    if holder is actor or g.head.i == actor.i + 1
                ),
                None,
            )
            if source is not None:
                actor, actor_role = source, f"object of '{actor.text} from'"
            else:
                actor_role = NOUN_MODIFIER_ROLE
        if actor is None:
            # "was killed in a car bomb explosion": the blast's modifiers may name the
            # attacker ("car bomb": unidentified armed forces), never the blast itself
            blast = next(
                (
                    obj
                    for obj, _ in _prep_objects(verb, frozenset({"in"}))
                    if obj.lemma_.lower() in classes.get("blast", frozenset())
                ),
                None,
            )
            if blast is not None:
                actor, actor_role = blast, NOUN_MODIFIER_ROLE
        if actor is None and (fighters := _fight_between(verb)) is not None:
            # "five people were killed in clashes between rival militias": the two sides
            actor, actor_role = fighters, FIGHT_ROLE
        if actor is None and (blamed := _blamed_on(verb)) is not None:
            # "killed in an air strike on a market blamed on the Sudanese army"
            actor, actor_role = blamed, "the one it is blamed on"
        if actor is None and trigger.pattern.event == "AID" and (host := _where_host(verb)):
            # "fled to Spain, where he was granted asylum": the state there gave it
            actor, actor_role = host, "the state of the 'where' clause"
        if (
            actor is None
            and (trigger.pattern.event, trigger.pattern.mode) == ("SANCTION", "expel")
            and (source := _expelled_from(verb, trigger))
        ):
            # "a British diplomat was expelled from Russia", "Niger was suspended from the
            # African Union": the state or body one is sent away from sends one away
            actor, actor_role = source, "the one it was expelled from"
        if (
            actor is None
            and noun is not None
            and noun.dep_ == "nsubjpass"
            and trigger.pattern.event == "MOBILIZE"
            and counted(noun).lemma_.lower() in classes.get("force", frozenset())
        ):
            # "troops were deployed around parliament": the forces are their state's
            actor, actor_role = noun, "forces deployed (passive subject)"
        # ("was shot and taken into custody": the subject of the first participle)
        # ("flew a patrol and were intercepted by jets": the subject of the verb before)
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"] or [
            c
            for c in verb.head.children
            if verb.dep_ == "conj"
            and (c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and shares_a_subject_as_passive(verb)))
        ]
        if not patients and verb.dep_ in ("advcl", "pcomp") and verb.tag_ == "VBN":
            # "Duterte was flown to The Hague after being arrested in Manila": the subject
            # of the clause the participle tells of
            governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
            patients = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not patients and verb.dep_ == "acl" and verb.tag_ == "VBN":
            # "prisoners freed by Israel": the noun the participle describes
            patients = [verb.head]
        for child in patients:
            if noun is None or child.i != noun.i:
                if (
                    actor is None
                    and trigger.pattern.event == "MOBILIZE"
                    and counted(child).lemma_.lower() in classes.get("force", frozenset())
                ):
                    # "thousands of soldiers were deployed": the forces are their state's
                    actor, actor_role = child, "forces deployed (passive subject)"
                    continue
                if (
                    noun is not None
                    and trigger.pattern.event == "CONSULT"
                    and noun.dep_ == "pobj"
                    and noun.head.lower_ in ("during", "on")
                    and noun.head.head.i == verb.i
                ):
                    # "was stabbed during a visit to Busan": the one the clause befell made
                    # the visit it tells of (not those it was done by: "heckled by
                    # protesters during a visit")
                    actor, actor_role = antecedent(child), "passive subject of the clause"
                    continue
                recipients.append((antecedent(child), "passive subject"))
    else:
        actor, actor_role = _subject(verb, classes.get("endeavour", frozenset()))
        if actor is None:
            actor = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            actor_role = "subject" if actor is not None else ""
        if (
            actor is not None
            and actor.lemma_.lower() in classes.get("blast", frozenset())
            and (blamed := _blamed_on(actor)) is not None
        ):
            # "a drone attack blamed on Ukraine set fire to a depot": who it is blamed on
            actor, actor_role = blamed, "the one the attack is blamed on"
        if (
            noun is not None
            and _contained(noun).dep_ == "dobj"
            and verb.lemma_.lower() in CONSEQUENCE_VERBS
        ):
            # "the decision sparked protests": the subject caused them; it did not protest
            # ("prompted sanctions from the EU": the EU imposed them)
            # ("drew condemnation from Germany": the parser hangs the "from" on the verb)
            makers = _prep_objects(noun, frozenset({"by", "from"})) or _prep_objects(
                verb, frozenset({"from"})
            )
            if makers:
                actor, actor_role = makers[0][0], "author of the event noun"
            elif not (actor is not None and _a_party(actor)):
                # ("Britain, France and Germany triggered the return of UN sanctions": a
                # party that sets an act going does it)
                actor, actor_role = None, ""
        if noun is not None and trigger.noun.dep_ == "nsubj":
            # occurrence: "Palestinian riots continued", "US drone strikes killed": the
            # event noun's own modifiers may name the actor, or the one it is blamed on
            # ("an air strike it blamed on Israel destroyed its consulate")
            actor, actor_role = noun, NOUN_MODIFIER_ROLE
            if (blamed := _blamed_on(noun)) is not None:
                actor, actor_role = blamed, "the one it is blamed on"
            elif (
                agent := passive_agent(noun)
                or next((g for g, _ in _prep_objects(noun, frozenset({"by"}))), None)
            ) is not None:
                # "the killing of a teenager by police triggered riots": the police
                actor, actor_role = agent, "agent of the event noun"
            elif trigger.pattern.event in TARGETING_TYPES and _prep_objects(
                noun, frozenset({"of"})
            ):
                # "the arrest of Istanbul's mayor sparked protests": the one arrested is
                # acted on, and only the noun's own modifiers ("Turkey's arrest of") act
                actor = next(
                    (c for c in noun.children if c.dep_ in ("poss", "amod", "compound")), None
                )
                actor_role = NOUN_MODIFIER_ROLE if actor is not None else ""
        if noun is not None and (dying := died_of(noun)) is not None and dying.i == verb.i:
            # "five people died in clashes between police and protesters": the sides
            # fought; the dead are no actor, but those a one-sided act killed are its
            # targets ("three detainees died under torture")
            side = _first_side(noun)
            actor, actor_role = (
                (side, FIGHT_ROLE) if side is not None else (noun, NOUN_MODIFIER_ROLE)
            )
            if side is None:
                recipients += [
                    (antecedent(c), "the dead") for c in verb.children if c.dep_ == "nsubj"
                ]
            if (
                side is None
                and not any(c.dep_ in ("poss", "amod", "compound", "prep") for c in noun.children)
                and (keeper := _keeper(verb)) is not None
            ):
                # "died under torture in Israeli police custody": those holding the dead
                actor, actor_role = keeper, "the custody the dead were in"
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + _up_to(verb)
        objects = objects or _shifted_object(verb) or _relativised_object(verb)
        if caused:
            objects = []  # "the arrest sparked protests": what followed, no one acted on
        if (
            actor is not None
            and verb.lemma_.lower() in classes.get("feeling", frozenset())
            and (felt := next((c for c in verb.children if c.dep_ == "dobj"), None))
        ):
            # "Israel's decision outraged Ankara": the one outraged takes the stance,
            # about what outraged it
            felt_about, actor, actor_role = actor, felt, "the one who feels it (direct object)"
            objects = []
        if (
            noun is not None
            and trigger.pattern.event == "CONSULT"
            and noun.dep_ == "pobj"
            and noun.head.head.i == verb.i
            and verb.lemma_.lower() not in MEETING_LEMMAS
        ):
            # "released Edan Alexander after direct talks with U.S. envoys": the clause's
            # own object is no party to the talks told in it; but one told something in
            # a call is on the other end of it ("told his Syrian counterpart in a phone
            # call", "assured Putin in a call")
            remote = classes.get("remote", frozenset()) | {"call", "conversation"}
            # ("briefed Tusk by telephone": the means of the call itself)
            called = noun.lemma_.lower() in remote and (
                noun.head.lower_ in ("in", "during") or noun.head.lower_ in REMOTE_PREPS
            )
            addressees = classes.get("title", frozenset()) | {"counterpart"}
            objects = [
                o
                for o in objects
                if called
                and o.dep_ in ("dobj", "dative")
                and (o.pos_ in ("PROPN", "PRON") or counted(o).lemma_.lower() in addressees)
            ]
        if (
            noun is not None
            and noun.dep_ == "dobj"
            and verb.lemma_.lower() in CONSEQUENCE_VERBS
            and trigger.pattern.event in REPLY_TYPES
        ):
            # "Israeli strikes drew criticism from France": France criticised Israel, whose
            # act it was (a bare "the decision" is an act told before)
            for cause in (c for c in verb.children if c.dep_ == "nsubj"):
                if any(
                    m.dep_ in ("poss", "amod", "compound")
                    and m.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
                    for m in cause.children
                ):
                    recipients.append((cause, NOUN_MODIFIER_ROLE))
            if verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
                # "Macron said ..., drawing a rebuke from Chad": the one whose words drew it
                # ("ordered the army to prepare a plan ..., drawing condemnation": the one
                # who ordered, above the infinitive the parser hangs it on; "raided the
                # tribunal and seized ballot boxes, prompting condemnation": who raided)
                drew = verb.head
                while drew.dep_ in ("xcomp", "conj") and not any(
                    c.dep_ == "nsubj" for c in drew.children
                ):
                    drew = drew.head
                recipients += [
                    (c, f"subject of '{drew.text}'")
                    for c in drew.children
                    if c.dep_ == "nsubj" and _a_party(c)
                ]
        if verb.lemma_.lower() in classes.get("topical", frozenset()):
            # "discussed Ukraine with Lavrov": what is discussed is no party to the talk
            objects = [c for c in objects if c.dep_ == "dative"]
        for child in objects:
            if (
                # "exploded a series of bombs": the container of the event noun is no party
                (
                    noun is None
                    or (child.i != noun.i and not child.is_ancestor(noun))
                    # "stripped 94 critics of their citizenship": the "of" hangs on them
                    or (child.i != noun.i and noun.head.lower_ == trigger.pattern.particle)
                )
                # "drones that Russia launched": the relative pronoun is the event noun
                and not (
                    noun is not None
                    and child.tag_ in ("WDT", "WP")
                    and child.i > noun.i
                    and antecedent(child).i == noun.i
                )
                # ("detained several of them": a part, whatever the tagger calls it)
                and (
                    child.pos_ in NOMINAL_POS or is_reciprocal(child) or counted(child).i != child.i
                )
                and counted(child).lemma_.lower() not in weapons  # "dozens of shells"
                # "withdrew the United States from the WHO": the state taken out is no
                # recipient; the body it leaves is
                and not (
                    trigger.pattern.particle in ("from", "out", "of")
                    and (trigger.pattern.noun or "").startswith("$")
                    and a_state_itself(child)
                )
            ):
                given = trigger.pattern.event in GIVING_TYPES | {"AID"} and (
                    counted(child).lemma_.lower() in classes.get("aid", frozenset())
                )
                if not given:  # "promised more air defence systems": what is given is no party
                    recipients.append(
                        (antecedent(child), "dative" if child.dep_ == "dative" else "direct object")
                    )
                # "rejected an offer from Kabul", "demanded support from the Assembly"
                preps = OBJECT_NOUN_PREPS
                if trigger.pattern.event in GIVING_TYPES:
                    preps = preps | {"for"}  # "pledged $85 million for Turkey"
                harms = classes.get("blast", frozenset()) | classes.get("violence", frozenset())
                if trigger.pattern.event == "ACCUSE" and any(
                    counted(part).lemma_.lower() in harms for part in _measured(child)
                ):
                    # "condemned the violence against protesters", "the attack on the
                    # consulate" (or "the campaign of violence against the opposition"):
                    # whom the act struck is its victim, not the one blamed (while "blamed
                    # the violence on the government" blames it)
                    preps = preps - (
                        {"against"} if verb.lemma_.lower() == "blame" else {"against", "on"}
                    )
                for part in _measured(child):
                    # "$85 million in humanitarian aid for Turkey": what the measure holds
                    recipients.extend(
                        (obj, f"object of '{part.text} ...'")
                        for obj, _ in _prep_objects(part, preps)
                    )
    if (
        noun is not None
        and trigger.pattern.form == "object"
        and trigger.pattern.event in GIVING_TYPES | {"AID"}
    ):
        # "sent 500 million euros in military aid to Ukraine": whom the measured aid is for
        for part in _measured(noun)[1:]:
            recipients.extend(
                (obj, f"object of '{part.text} ...'")
                for obj, _ in _prep_objects(part, frozenset({"to", "for"}))
            )
    noun_preps, verb_preps = RECIPIENT_PREPS, VERB_RECIPIENT_PREPS
    if (
        trigger.pattern.event == "REQUEST"
        and noun is not None
        and noun.lemma_.lower() in INQUIRY_NOUNS
    ):
        # "demanded an investigation into the politician's treatment": what is to be
        # looked into, not who is asked
        noun_preps = noun_preps - {"into"}
    if trigger.pattern.event in TOPIC_TYPES and not (
        noun is not None and noun.lemma_.lower() == "call" and trigger.pattern.mode == "visit"
    ):
        # (but "paid a courtesy call on the prime minister": the one called on)
        noun_preps, verb_preps = noun_preps - TOPIC_PREPS, verb_preps - TOPIC_PREPS
    if noun is not None and noun.lemma_.lower() in MEMBERSHIP_NOUNS | TRUST_NOUNS:
        # "froze its participation in the CSTO": the body one takes part in
        noun_preps = noun_preps | {"in"}
    if noun is not None and noun.lemma_.lower() in TRUST_NOUNS:
        # "had lost all trust in the government", the "in" hung on the verb
        verb_preps = verb_preps | {"in"}
    if (
        noun is not None
        and noun.lemma_.lower() in UNIT_NOUNS | SENT_BODY_NOUNS
        and trigger.pattern.event in GIVING_TYPES
    ):
        # "sent a brigade of doctors", "would send a peacekeeping mission of several
        # thousand troops": the unit given is its members, no party given to ("deported
        # a group of migrants" acts on them)
        noun_preps = noun_preps - {"of"}
    if noun is not None and trigger.pattern.event == "PROTEST" and trigger.pattern.mode == "demo":
        # "led a march of about 25,000 people": those who march, whom it is not against
        # (while "a boycott of Japanese beer" is of what it shuns)
        noun_preps = noun_preps - {"of"}
    if trigger.pattern.event == "PROTEST" and trigger.pattern.mode == "demo":
        # "supporters who had marched with him through the city": those one marches with
        # march too, no one the march is against
        verb_preps = verb_preps - {"with"}
    if noun is not None and verb.lemma_.lower() in REPELLING_LEMMAS:
        # "repelled a Russian attack on Bakhmut": the attackers are the other side (the
        # noun's own words or its "by"); the place attacked is the repeller's own
        noun_preps = noun_preps - {"on", "against", "at"}
        recipients.extend(authors(noun, "the attackers repelled"))
        if not passive:  # (the parser may hang the attack's "by" on the verb)
            recipients.extend(_prep_objects(verb, frozenset({"by"})))
        if not recipients and party_modifiers(noun):
            recipients.append((noun, "the attack repelled, by its maker's name"))
    if trigger.pattern.event == "ASSAULT" and not (
        {verb.lemma_.lower(), noun.lemma_.lower() if noun is not None else ""}
        & GROUND_TAKING_LEMMAS
    ):
        # "attacked their posts from Belarus", "launched an offensive from Libya": where
        # an attack comes from, not whom it strikes ("captured Huambo from UNITA": the
        # one the ground is taken from)
        noun_preps, verb_preps = noun_preps - {"from"}, verb_preps - {"from"}
    if verb.lemma_.lower() in DEFENDING_VERBS:
        # "defended Serbia against criticism from Brussels": the one defended is the
        # party backed; whom it is defended against is the other side
        noun_preps, verb_preps = noun_preps - {"against"}, verb_preps - {"against"}
    if trigger.pattern.event in COOPERATIVE_TYPES:
        # "met at a military base in Alaska", "would recognise Palestine at the UN General
        # Assembly": where it is done; one fires at a target, but agrees at a venue
        noun_preps, verb_preps = noun_preps - {"at"}, verb_preps - {"at"}
    if (trigger.pattern.event, trigger.pattern.mode) == ("COERCE", "arrest"):
        # "detained Bazoum at the presidential palace": where one is held, not whom
        noun_preps, verb_preps = noun_preps - {"at"}, verb_preps - {"at"}
    if trigger.pattern.mode == "release" and any(
        c.dep_ in ("dobj", "nsubjpass") for c in verb.children
    ):
        # "freed 24 hostages from the Gaza Strip", "released them from prison": where
        # they are freed from is no party they are freed to
        verb_preps = verb_preps - {"from"}
    if trigger.pattern.mode == "deport" and any(
        c.dep_ in ("dobj", "nsubjpass") for c in verb.children
    ):
        # "deported 238 Venezuelans to El Salvador", "migrants were deported to Tunisia":
        # where they are sent from or to is no target
        verb_preps = verb_preps - {"to", "from"}
    if noun is not None and _names_a_state(noun):
        # "recognise a State of Palestine": the noun begins the name of the party
        recipients.append((noun, "the name the object begins"))
    carriers = _carriers(noun) if noun is not None else []
    if noun is not None and verb.lemma_.lower() in FIRING_VERBS:
        # "fired tear gas and water cannon at the crowd": the parser may hang the target
        # on any of the things fired, or read one of them as a verb ("and birdshot at")
        carriers.extend(_things_fired_with(noun, verb))
    if noun is not None and not any(
        c.dep_ == "prep" and c.lower_ in noun_preps for c in noun.children
    ):
        # "imposed asset freezes and travel bans on Russian officials": a phrase aimed
        # at a party after the last of the things done is said of them all (not its own
        # "of": "an inquiry and the punishment of those responsible"); and one on the
        # first, "a sweeping trade and financial embargo on Iraq" read as "trade" and
        # "embargo" with "on Iraq" hung on "trade", is said of both
        for joined in _things_done_with(noun):
            recipients.extend(_prep_objects(joined, noun_preps & SHARED_AIM_PREPS))
    if noun is not None and noun.dep_ == "pobj" and noun.head.head in trigger.words:
        # "announced the suspension of aid to Niger": the act's noun holds its phrases
        carriers.append(noun.head.head)
    if (
        noun is not None
        and noun.lemma_.lower() in classes.get("measure", frozenset())
        and not any(c.dep_ == "prep" and c.lower_ in LAID_ON_PREPS for c in noun.children)
    ):
        # "lifted the sanctions it had imposed on Niger": a measure weighs on the party
        # the clause telling of its laying names
        for clause in noun.children:
            if clause.dep_ in ("acl", "relcl") and clause.pos_ == "VERB":
                recipients.extend(_prep_objects(clause, LAID_ON_PREPS))
    for carrier in carriers:
        # "a series of bombs": the container's "of" holds the event noun itself
        recipients.extend(o for o in _prep_objects(carrier, noun_preps) if o[0].i != noun.i)
        recipients.extend(_in_protest_of(carrier))
    if noun is not None:
        for child in noun.children:
            if (
                child.dep_ == "poss"
                and actor is None
                # "Nepal's parliament was dissolved": the owner of what is acted on
                and not (
                    trigger.pattern.form == "object"
                    and noun.dep_ == "nsubjpass"
                    and noun.lemma_.lower() not in issued
                )
            ):  # "Russia's attack on ..."
                actor, actor_role = child, "possessive of the event noun"
            elif (
                child.dep_ == "poss"
                and trigger.pattern.event == "REQUEST"
                and trigger.pattern.form == "object"
                and actor is not None
                and not _may_be_own(child, actor)
            ):
                # "protesters demanded his resignation": the one to resign is asked
                recipients.append((child, "possessive of what is demanded"))
    recipients.extend(
        (obj, role)
        for obj, role in ([] if caused else _prep_objects(verb, verb_preps))
        # "arrested on a warrant from the ICC", "jailed on charges of treason": grounds
        if not (obj.head.lower_ == "on" and obj.lemma_.lower() in GROUNDS)
        # "arrested an activist at the request of Phnom Penh": who asked, not who is acted on
        and not (obj.head.lower_ == "at" and obj.lemma_.lower() in ("request", "behest"))
        # "vetoed an EU statement on China", the "on" hung on the verb: the text's topic
        and not (obj.head.lower_ == "on" and _right_after_a_text(obj.head))
        # ("the arrest drew criticism from France": France is of what followed)
    )
    if (
        noun is not None
        and trigger.pattern.form == "noun"
        and noun.head.i == verb.i
        and "for" in noun_preps
        and not any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)
    ):
        # "issued arrest warrants for two Taliban leaders": the parser hangs the event
        # noun's "for" on the light verb; only a party it names counts, in its words or
        # in their "of" ("for the leader of Myanmar's military government")
        recipients.extend(
            (obj, role)
            for obj, role in _prep_objects(verb, frozenset({"for"}))
            if obj.pos_ == "PROPN"
            or any(c.ent_type_ in ("NORP", "GPE", "ORG") for c in obj.children)
            or any(
                g.pos_ == "PROPN"
                or any(
                    d.dep_ == "poss" and d.ent_type_ in ("GPE", "NORP", "ORG") for d in g.children
                )
                for g, _ in _prep_objects(obj, OF)
            )
        )
    if trigger.pattern.event in TOPIC_TYPES:
        # "mediated between Iran and the United States", "talks between the two Koreas"
        recipients.extend(_prep_objects(verb, frozenset({"between"})))
    if trigger.pattern.event == "PROTEST":
        # "rallied outside the French embassy": a protest at a mission is aimed at its state
        # ("staged a protest near the Chinese embassy": or on the event noun)
        carriers = [verb] if noun is None else [verb, noun]
        sites = [obj for c in carriers for obj, _ in _prep_objects(c, SITE_PREPS)]
        sites += [o for site in sites if site.lower_ == "front" for o, _ in _prep_objects(site, OF)]
        recipients.extend(
            (obj, f"mission the protest is held at ('{obj.text}')")
            for obj in sites
            if obj.lemma_.lower() in MISSIONS
            # "protested outside Rabin's office", "the prosecutor's office": its holder's
            or (obj.lemma_.lower() == "office" and any(c.dep_ == "poss" for c in obj.children))
        )
        recipients.extend(_chanted_against(verb))
        # "joined an anti-American rally", "shouted anti-Israel slogans"
        said = [o for o in verb.children if o.dep_ == "dobj"]
        for carrier in dict.fromkeys([*carriers, *said]):
            recipients.extend(_named_against(carrier))
    if (
        noun is not None
        and noun.lemma_.lower() in MISSIONS
        # (not "attacked the Israeli embassy in Stockholm": a mission its state names; but
        # "closed Venezuela's embassy in Bogota", one's own mission, is closed on its host)
        and (
            trigger.pattern.event in ("SANCTION", "RETREAT", "CONCEDE")
            or not any(c.ent_type_ in ("NORP", "GPE") for c in noun.children if c.i < noun.i)
        )
    ):
        # "reopened its embassy in Washington": the host state
        for carrier in (noun, verb):
            recipients.extend(
                (obj, "host of the mission")
                for obj, _ in _prep_objects(carrier, frozenset({"in"}))
                if obj.pos_ == "PROPN"
            )
    if noun is not None and noun.lemma_.lower() in INVITATION_NOUNS:
        # "withdrew an invitation for Lavrov to visit London": the one invited
        recipients.extend(
            (subject, "the one invited")
            for clause in noun.children
            if clause.dep_ in ("advcl", "acl", "relcl")
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
            for subject in clause.children
            if subject.dep_ == "nsubj"
        )
        if trigger.pattern.event in ("AGREE", "REJECT") and not any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by"))
            for c in noun.children
        ):
            # "accepted an invitation to visit Washington", "declined an invitation to
            # Moscow": with no inviter named, the host invites
            recipients.extend((host, "the host one is invited to") for host in _invited_to(noun))
    if (
        noun is not None
        and trigger.pattern.event == "REJECT"
        and (visitor := visitor_named_by(noun)) is not None
    ):
        # "cancelled a visit by Chinese Premier Li Qiang": the visitor turned away
        recipients.append((visitor, "the visitor"))
    if noun is not None and noun.lemma_.lower() in FOR_NOUNS:
        # "issued arrest warrants on Thursday for Netanyahu": the parser hangs the "for"
        # of the warrant on the verb when a date comes between
        recipients.extend(
            (obj, role)
            for obj, role in _prep_objects(verb, frozenset({"for"}))
            if obj.pos_ == "PROPN" or obj.ent_type_ == "PERSON"
        )
    if trigger.pattern.event in GIVING_TYPES:
        # "pledged $85 million in aid for Turkey": "for" a named party is who gets it
        recipients.extend(
            (obj, role)
            for obj, role in _prep_objects(verb, frozenset({"for"}))
            if obj.pos_ == "PROPN"
        )
    if trigger.pattern.particle:  # "called on X to": the particle's object
        for child in verb.children:
            if (
                child.lower_ == trigger.pattern.particle
                and child.dep_ == "prep"
                and not into_the_air(child)
            ):
                recipients.extend(
                    (g, f"object of '{child.text}'") for g in child.children if g.dep_ == "pobj"
                )
        for mark in trigger.words:
            if mark.dep_ == "mark" and mark.lower_ == trigger.pattern.particle:
                # "called for the bloc to seize assets": the one called on to act
                recipients.extend(
                    (g, f"subject after '{mark.text}'")
                    for g in mark.head.children
                    if g.dep_ == "nsubj"
                )
    if trigger.pattern.event == "REQUEST" and trigger.pattern.particle != "for":
        # "appealed on television for citizens to come to the defence of the state",
        # "pressed for Russia to withdraw": the one asked to act, as after "called for"
        recipients.extend(
            (g, "subject after 'for'")
            for clause in verb.children
            if clause.dep_ in ("advcl", "ccomp", "xcomp")
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)
            for g in clause.children
            if g.dep_ == "nsubj"
        )
    if noun is not None and actor is not None and actor_role != NOUN_MODIFIER_ROLE:
        # "mediation between Syria and the PLO": the parties are the recipients
        for carrier in carriers:
            recipients.extend(_prep_objects(carrier, frozenset({"between"})))
    if noun is not None and (actor is None or actor_role == NOUN_MODIFIER_ROLE):
        # "clashes between Indian and Chinese troops erupted", "fighting broke out in
        # Khartoum between the army and the RSF" (the parser hangs it on the verb)
        holders = [*carriers, verb] if noun.dep_ == "nsubj" else carriers
        for prep in (p for carrier in holders for p in carrier.children):
            if prep.dep_ == "prep" and prep.lower_ == "between":
                obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    actor, actor_role = obj, "object of 'between'"
                    if noun.dep_ == "nsubj":
                        # "clashes between Konkomba and Nanumba villagers killed hundreds
                        # of people": the sides fought; the dead are no target of either
                        recipients = [
                            r
                            for r in recipients
                            if not (r[0].dep_ == "dobj" and r[0].head.i == verb.i)
                        ]
    if (
        noun is not None
        and actor is not None
        and trigger.pattern.form == "object"
        and noun.lemma_.lower() in issued
        and noun.dep_ in ("dobj", "pobj", "nsubjpass")
    ):
        # "rejected a fresh offer from Kabul", "rejected Washington's proposal"
        recipients = authors(noun, f"issuer of the '{noun.text}'") + recipients
    recipients = _with_authors(recipients, issued)
    if trigger.pattern.text == "walk out" and (partners := _talks_partners(verb, noun)):
        # "walked out of talks with Pashinyan at a Yerevan hotel": one leaves the party
        # the talks were with, not the place they were held
        recipients = partners
    elif trigger.pattern.event == "REJECT" and all(
        t.lemma_.lower() in issued | TALKS_NOUNS for t, _ in recipients
    ):
        # "rejected calls for talks with the protesters": where no one issued what is
        # refused, one refuses the party the talks would be with
        recipients += _talks_partners(verb, noun)
    if verb.lemma_.lower() in ("blame", "pin"):
        # "an attack on tourists that New Delhi blamed on Islamabad": the one blamed is
        # the recipient, not the deed or those it befell
        # (not "blamed Hamas on Monday": a day is when, not whom)
        if blamed := [
            (t, r)
            for t, r in _prep_objects(verb, frozenset({"on"}))
            if t.ent_type_ not in ("DATE", "TIME")
        ]:
            recipients = blamed
    if trigger.pattern.event in GRIEVANCE_TYPES:
        # "complained to the UN over Israeli air raids": the complaint is about the raids'
        # party; the one complained to only hears it
        grievances = []
        carriers_of = [verb, *(carriers if noun is not None else [])]
        for prep in (p for carrier in carriers_of for p in carrier.children):
            if prep.dep_ != "prep" or prep.lower_ not in ("over", "about"):
                continue
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                if any(
                    c.dep_ in ("amod", "compound", "poss") and c.pos_ in ("ADJ", "PROPN")
                    for c in obj.children
                ):
                    grievances.append((obj, f"object of '{prep.text}'"))
                else:
                    # "a strike over a bill signed by the labour minister": its author
                    grievances.extend(authors(obj, f"author of the '{obj.text}'"))
        if grievances:
            addressed = {obj.i for obj, _ in _prep_objects(verb, frozenset({"to", "with"}))}
            recipients = grievances + [(t, r) for t, r in recipients if t.i not in addressed]
    if trigger.pattern.event == "ACCUSE":
        # "denounced the law as an attempt by Washington to starve Cubans": the one the
        # act is named the deed of (not "as a violation of Yemen's sovereignty": Yemen
        # is wronged)
        called_as = [
            called
            for holder in (verb, *(g for g in verb.children if g.dep_ == "dobj"))
            for called, _ in _prep_objects(holder, frozenset({"as"}))
        ]
        named_as = [
            (author, f"the one it is called '{called.text}' by")
            for called in called_as
            for deed in (called, *(g for g, _ in _prep_objects(called, OF)))
            for author, _ in _prep_objects(deed, frozenset({"by"}))
        ] + [
            # "condemned the violence as the work of thugs"
            (author, f"the one it is called '{called.text}' of")
            for called in called_as
            if called.lemma_.lower() in WORK_NOUNS
            for author, _ in _prep_objects(called, OF)
        ]
        recipients = named_as + [r for r in recipients if r not in named_as]
    if trigger.pattern.event == "MOBILIZE":
        # "massed troops near Ukraine's borders", "moved units closer to the border
        # with Kosovo", "exercises near Taiwan": the state they are aimed at
        recipients.extend(_frontier(verb))
        if noun is not None:
            recipients.extend(_frontier(noun))
        # "mobilized reservists for a possible war against Iraq": whom it is readied for
        for purpose, _ in _prep_objects(verb, frozenset({"for"})):
            recipients.extend(_prep_objects(purpose, frozenset({"against"})))
    judged = trigger.pattern.event in ("ACCUSE", "SUPPORT") and any(
        c.dep_ == "dobj" for c in verb.children
    )
    complements = _complement_recipients(verb, classes.get("endeavour", frozenset()), judged)
    if trigger.pattern.event == "CONSULT":
        # "met in Brussels to discuss support for Ukraine": what a meeting is to discuss
        # is its topic, not a party to it
        topical = classes.get("topical", frozenset())
        complements = [
            (c, role)
            for c, role in complements
            if not any(
                t.pos_ == "VERB" and t.lemma_.lower() in topical
                for t in (c, *c.ancestors)
                if t.i != verb.i and verb.i in {a.i for a in t.ancestors}
            )
        ]
    if noun is not None:
        # "its demand that Israel ease restrictions": whom the noun's clause is put to
        complements += [
            (c, f"subject of '{clause.text}'")
            for clause in noun.children
            if clause.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in clause.lefts)
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN")
        ]
    complements = _with_authors(complements, issued)
    if actor_role == FIGHT_ROLE and not (actor is not None and actor.head.lower_ == "with"):
        # two-sided violence: all sides are actors (PLOVER manual, ASSAULT); the dead of
        # "clashes between police and protesters" are neither side, while those "killed in
        # a clash with Chinese troops" are of the other side, which joins the actors
        recipients = []
    if trigger.pattern.particle == "under" and verb.lemma_.lower() == "come" and noun is not None:
        # "a UN convoy came under fire from M23 rebels": the subject is the one attacked;
        # the attacker is the fire's "from" or its modifier ("Russian shelling")
        under = [(actor, "subject, the one attacked")] if actor is not None else []
        hurt = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if (
            actor is not None
            and verb.dep_ == "advcl"
            and hurt is not None
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in actor.children)
        ):
            # "five peacekeepers were killed when their vehicle came under fire": those
            # the clause above says were hurt, whose the vehicle was
            under = [(hurt, "the ones hurt, whose it was")]
        recipients = under + recipients
        source = next((g for g, _ in _prep_objects(noun, frozenset({"from"}))), None)
        source = source or next((g for g, _ in _prep_objects(verb, frozenset({"from"}))), None)
        actor, actor_role = (source, "object of 'from'") if source else (noun, NOUN_MODIFIER_ROLE)
        recipients = [r for r in recipients if source is None or r[0].i != source.i]
    if (
        noun is not None
        and trigger.pattern.event == "RETREAT"
        and noun.lemma_.lower() in classes.get("self_act", frozenset())
    ):
        # "accepted the resignation of the prime minister", "announced the minister's
        # resignation": the one who resigns does it, not whoever receives or tells of it
        owner = _self_act_owner(noun, verb)
        if owner is not None:
            actor, actor_role = owner, f"the one whose '{noun.text}' it is"
            recipients = [r for r in recipients if r[0].i != owner.i]
    if trigger.pattern.event == "PROTEST":
        # "took to the streets of Tbilisi": where a protest is, not whom it is put to
        recipients = [
            r
            for r in recipients
            if r[0].lemma_.lower() not in STREETS
            and not (r[0].head.lower_ == "of" and r[0].head.head.lemma_.lower() in STREETS)
        ]
    if trigger.pattern.event in ("ASSAULT", "COERCE"):
        # "struck Kyiv with missiles and drones": what one strikes with is no party
        means = weapons | {"drone", "warplane", "jet", "aircraft"}
        recipients = [
            r
            for r in recipients
            if not (r[0].head.lower_ == "with" and counted(r[0]).lemma_.lower() in means)
        ]
    if trigger.pattern.event == "MOBILIZE":
        # "mobilised militias", "deployed 25,000 troops": one's own forces, no party
        forces = classes.get("force", frozenset())
        recipients = [r for r in recipients if counted(r[0]).lemma_.lower() not in forces]
    if trigger.pattern.event in GIVING_TYPES | {"AID", "REQUEST"}:
        # "provided Israel with bunker-busting bombs": what is given (or asked for: "asked
        # its allies for more air defence systems") is no party, nor what it is given for
        # ("500 million euros for air defence")
        aid = classes.get("aid", frozenset())
        recipients = [
            r
            for r in recipients
            if counted(r[0]).lemma_.lower() not in aid
            and not (r[0].head.lower_ == "for" and counted(r[0]).lemma_.lower() in PURPOSE_NOUNS)
        ]
    if (
        not recipients
        and verb.dep_ == "advcl"
        and verb.head.lemma_.lower() in CASUALTY_VERBS
        and not any(c.dep_ == "agent" for c in verb.head.children)
    ):
        # "three soldiers were killed after militants attacked a checkpoint": the act
        # told with its author is the one that killed them
        recipients = [
            (c, "the dead of the clause above") for c in verb.head.children if c.dep_ == "nsubjpass"
        ]
    if not recipients and noun is not None and trigger.pattern.event == "ASSAULT":
        # "fired a missile that struck near Israel's main airport": where it came down
        for landing in noun.children:
            if landing.dep_ in ("relcl", "acl") and landing.lemma_.lower() in LANDING_VERBS:
                recipients += [
                    (c, f"what the {noun.text} {landing.text}")
                    for c in landing.children
                    if c.dep_ == "dobj"
                ] + _prep_objects(landing, LANDING_PREPS)
    if felt_about is not None:
        recipients.append((antecedent(felt_about), "what it is felt about"))
    # what is fired is never a party, however it is hung ("the test of a new missile")
    recipients = [r for r in recipients if counted(r[0]).lemma_.lower() not in weapons]
    if trigger.pattern.event in ("ASSAULT", "COERCE"):
        # "opened fire on a march by opposition supporters": those marching
        recipients = [
            (held, f"those holding the '{tok.text}'") if held is not None else (tok, role)
            for tok, role in recipients
            for held in [holders_of(tok)]
        ]
    if trigger.pattern.form == "verdict" and (made := trigger.words[-1]).n_lefts == 0:
        # ("policemen whom the gunmen had taken hostage": what they are made is no party,
        # while "were holding 1,000 hostages" holds them)
        recipients = [r for r in recipients if r[0].i != made.i]
    if (
        trigger.pattern.form == "verdict"
        and recipients
        and all(r[0].tag_ == "WP" for r in recipients)
        # (an aside "in what Kyiv called a war crime" is on the act just told)
        and not (verb.dep_ == "pcomp" and verb.head.lower_ == "in")
    ):
        # "despite what Sandu called massive Russian interference": the verdict on no act
        # told names whose it is
        verdict = trigger.words[-1]
        if named := party_modifiers(verdict):
            recipients = [(c, f"named in the verdict '{verdict.text}'") for c in named]
    if trigger.pattern.form == "verdict" and not recipients:
        # "declared him an enemy", read as a clause "him an enemy": the one it calls so
        verdict = trigger.words[-1]
        recipients = [
            (c, f"the one '{verb.text}' calls '{verdict.text}'")
            for c in verdict.children
            if verdict.dep_ in ("ccomp", "xcomp")
            and c.dep_ == "nsubj"
            and c.pos_ in ("PRON", "PROPN", "NOUN")
            and c.i < verdict.i
        ]
    actor_heads = conjuncts(actor) if actor is not None else []
    if actor_heads and trigger.pattern.event in FORCE_SIDES_TYPES:
        # "North Korean troops fought alongside Russian forces": both sides' troops fight;
        # "Somali troops backed by African Union forces launched an offensive": the forces
        # that back them fight with them
        # ("blew themselves up alongside the destroyer": beside it, not with it)
        reflexive = any(c.dep_ == "dobj" and c.lower_.endswith("selves") for c in verb.children)
        partners = [] if reflexive else [g for g, _ in _prep_objects(verb, ALONGSIDE)]
        partners += [
            agent
            for head in actor_heads
            for acl in head.children
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in BACKING_FORCES
            if (agent := passive_agent(acl)) is not None
            and counted(agent).lemma_.lower() in classes.get("force", frozenset())
            # ("troops backed by hundreds of tanks": their own arms, no party of its own)
            and _named_owner(counted(agent))
        ]
        actor_heads += [g for g in partners if g not in actor_heads]
    if not recipients and trigger.pattern.event == "AGREE" and (helped := _helped(verb)):
        # "offered to help Philippine authorities track down the hostages", "promised to
        # help rebuild the North's railways": the help is for them
        recipients = [(h, "the one helped") for h in helped]
    if not recipients and trigger.pattern.event == "THREATEN" and noun is not None:
        # "reserved the right to strike Hezbollah", "issued a warning to retaliate against
        # the United States": the threatened act, told by the noun's infinitive, falls on them
        recipients = [
            (target, "the one the act threatened falls on")
            for clause in noun.children
            if clause.dep_ in ("acl", "relcl") and to_infinitive(clause)
            # ("the right to punish the killers": a common noun the act is done to, where
            # nothing it carries names a party)
            for target in clause_targets(clause) or _done_to(clause)
        ]
    if (
        not recipients
        and noun is None
        and trigger.pattern.event in SHARED_OBJECT_TYPES
        and not any(c.dep_ in ("dobj", "prep", "dative") for c in verb.children)
    ):
        # "Iraqi troops invaded and occupied Kuwait": a verb with nothing after it shares
        # the object of the verb joined right after it, which has no subject of its own
        recipients = [
            (obj, f"object shared with '{joined.text}'")
            for joined in verb.children
            if joined.dep_ == "conj"
            and joined.pos_ == "VERB"
            and joined.i == verb.i + 2
            and verb.doc[verb.i + 1].dep_ == "cc"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children)
            for obj in joined.children
            if obj.dep_ == "dobj" and obj.pos_ in ("NOUN", "PROPN")
        ]
    if trigger.pattern.mode == "crowd-control" and all(
        t.head.lower_ == "with" or t.ent_type_ in TIME_ENTS for t, _ in recipients
    ):
        # "fired tear gas and charged protesters with batons", "fired rubber bullets and
        # charged with batons at crowds": one act of force on the crowd the charge names
        # (not the batons it is made with)
        recipients = [
            (crowd, "the crowd charged") for crowd in _crowd_charged_beside(verb)
        ] or recipients
    if noun is not None and means_of_the_act(trigger):
        place = {noun.i} | {
            g.i
            for p in noun.children
            if noun.pos_ == "PROPN" and p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.pos_ == "PROPN"
        }
        recipients = [(t, r) for t, r in recipients if t.i not in place]
    # "fired missiles at the start of its exercises": a phase is when, not whom
    phases = classes.get("phase", frozenset())
    recipients = [
        (t, r)
        for t, r in recipients
        if not (t.lemma_.lower() in phases and t.head.lower_ == "at" and _has_of(t))
    ]
    if (
        trigger.pattern.event in JOINED_OBJECT_TYPES
        and not complements
        and all(t.ent_type_ in TIME_ENTS for t, _ in recipients)
    ):
        # "thanked Washington for the strikes and asked for heavier weapons", "rejected
        # the charge and accused Washington of ...": a word act with no party of its own
        # is made to the one its joined verb names
        recipients = _joined_verbs_party(verb, trigger.pattern.event)
    if trigger.pattern.event == "REQUEST":
        recipients = _forces_asked_to_leave(recipients)
    if trigger.pattern.event in ("ASSAULT", "COERCE"):
        recipients = _riders_of_the_craft(recipients, noun, classes.get("carrier", frozenset()))
    if trigger.pattern.event == "ASSAULT":
        recipients = _owners_of_the_property(recipients, classes.get("property", frozenset()))
    if trigger.pattern.event == "ACCUSE" and any(t.head.lower_ == "against" for t, _ in recipients):
        # "lodged a complaint with the WTO against U.S. tariffs", "filed a case against
        # Russia with the ICJ": the body a case is put before is the forum, not the accused
        recipients = [(t, r) for t, r in recipients if t.head.lower_ not in FORUM_PREPS]
    recipient_heads, recipient_role = _gather(recipients, actor_heads)
    complement_heads, complement_role = _gather(complements, actor_heads)
    return Roles(
        actor_heads, actor_role, recipient_heads, recipient_role, complement_heads, complement_role
    )


# verbs by which a craft carries people: "a bus carrying pilgrims"
RIDING_VERBS = frozenset({"carry", "transport", "ferry"})


def _riders_of_the_craft(
    recipients: list[tuple[Token, str]], noun: Token | None, carriers: frozenset[str]
) -> list[tuple[Token, str]]:
    """An attack on a craft that carries people is on those it carries: "opened fire on
    two vehicles carrying American security contractors", "a bomb hit a convoy carrying
    British soldiers" (what it carries as cargo, "a truck carrying aid", stays the craft's
    and is no party; the coder drops things)."""

    def riders(craft: Token) -> list[Token]:
        if craft.lemma_.lower() not in carriers or _named(craft, craft.lefts):
            return []  # ("a Turkish ship carrying activists": the ship's state is named)
        return [
            r
            for c in craft.children
            if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in RIDING_VERBS
            for g in c.children
            if g.dep_ == "dobj"
            for r in conjuncts(g)
            # (whose own words name whose they are: "American contractors", "the
            # governor of Kandahar"; not "supplies", "activists")
            if _named(r, r.subtree)
        ]

    found = []
    # ("attacked a bus carrying pilgrims": the pattern's own object is the craft)
    for craft in [noun] if noun is not None and not recipients else []:
        found += [(r, f"those the '{craft.text}' carried") for r in riders(craft)]
    for token, role in recipients:
        carried = riders(token)
        found += [(r, f"those the '{token.text}' carried") for r in carried] or [(token, role)]
    return found


def _owners_of_the_property(
    recipients: list[tuple[Token, str]], property_nouns: frozenset[str]
) -> list[tuple[Token, str]]:
    """An attack on what a party owns, told by a pronoun, is on the owner: "gunmen set fire
    to his house", "a bomb blew up her car" (a named owner, "Ouattara's house", is found
    by the name itself). Not beside a party named as the one struck ("shot the president
    at his residence"), whom the pronoun would only name again."""
    if any(token.lemma_.lower() not in property_nouns for token, _ in recipients):
        return recipients
    found = []
    for token, role in recipients:
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        found.append((owner, f"the owner of '{token.text}'") if owner else (token, role))
    return found


def _named(head: Token, words: Iterable[Token]) -> bool:
    """Whether ``words`` (a noun's modifiers or its phrase) name a state, a people, a
    body or a person."""
    return (
        any(
            t.i != head.i and t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
            for w in words
            for t in w.subtree
        )
        or head.pos_ == "PROPN"
    )


# nouns of forces leaving a place: whose forces leave is whom the call is put to
LEAVING_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "departure", "exit"})


def _forces_asked_to_leave(recipients: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """A call "for the withdrawal of Ethiopian forces from Somalia" is put to the forces'
    side, not to the place they are to leave: the "of" of a leaving noun stands for it,
    and the "from" place within is no party asked."""
    out: list[tuple[Token, str]] = []
    for token, role in recipients:
        if token.lemma_.lower() in LEAVING_NOUNS:
            forces = [c for o, _ in _prep_objects(token, OF) for c in conjuncts(o)]
            if forces:
                out.extend((f, f"the forces asked to leave ('{token.text} of')") for f in forces)
                continue
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "from"
            and any(a.lemma_.lower() in LEAVING_NOUNS for a in token.ancestors)
        ):
            continue  # ("the withdrawal of Israeli troops from Lebanon": left, not asked)
        out.append((token, role))
    return out


# the prepositions of the body a case or a complaint is put before
FORUM_PREPS = frozenset({"with", "before", "at"})


# verbs of helping: what one offers to help is for whom it helps
HELPING_LEMMAS = frozenset({"help", "assist", "aid"})


def _helped(verb: Token) -> list[Token]:
    """Those an offered or promised help is for: the object of "help" under the offer
    ("offered to help Philippine authorities"), or the owner of what it helps with
    ("offered to help rebuild the North's railways")."""
    help_ = next(
        (
            c
            for c in verb.children
            if c.lemma_.lower() in HELPING_LEMMAS
            and (
                c.dep_ == "xcomp"
                # "pledged that Washington would help the Palestinians"
                or (
                    c.dep_ == "ccomp"
                    and any(a.dep_ == "aux" and a.lower_ in ("would", "will") for a in c.children)
                )
            )
        ),
        None,
    )
    if help_ is None:
        return []
    objects = [c for c in help_.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    helped_to = [x for x in help_.children if x.dep_ in ("xcomp", "ccomp")]
    # ("help Philippine authorities track down": the parser makes them the subject)
    objects += [
        o
        for x in helped_to
        for o in x.children
        if o.dep_ == "nsubj" and o.pos_ in ("NOUN", "PROPN")
    ]
    if objects:
        return objects
    return [
        p
        for x in helped_to
        for o in x.children
        if o.dep_ == "dobj"
        for p in o.children
        if p.dep_ == "poss" and p.pos_ in ("NOUN", "PROPN")
    ]


# nouns of an operation an act is done "in": "stormed the plant in an assault that killed"
DONE_IN_NOUNS = frozenset(
    {"assault", "attack", "raid", "operation", "offensive", "strike", "ambush", "crackdown"}
)


# verbs whose object is an operation they carry out: "carried out suicide attacks"
CARRYING_OUT_VERBS = frozenset({"carry", "launch", "stage", "mount", "conduct", "perpetrate"})


def _done_in(noun: Token) -> Token | None:
    """The active verb whose act ``noun`` is the operation of ("stormed the plant in an
    assault", "arrested 40 people in a raid", "carried out attacks"), where the verb has a
    subject of its own."""
    if noun.lemma_.lower() not in DONE_IN_NOUNS | STRIKE_NOUNS:
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in CARRYING_OUT_VERBS:
        # "a family of six carried out suicide attacks on three churches that killed 13"
        verb = noun.head
        return verb if any(c.dep_ == "nsubj" for c in verb.children) else None
    if noun.lemma_.lower() not in DONE_IN_NOUNS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    verb = prep.head
    if prep.lower_ not in ("in", "during") or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "were killed in an attack that wounded 20": no one named
    return verb


def _named_owner(noun: Token) -> bool:
    """Whether a noun's phrase names whose it is: "African Union forces", "Rwandan
    troops", "the army's tanks"."""
    return any(
        c.dep_ in ("compound", "amod", "poss", "nmod")
        and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG"))
        for c in noun.children
    )


# acts of force one side may do beside another, whose partner is a second actor
FORCE_SIDES_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})
ALONGSIDE = frozenset({"alongside"})
# participles of forces that back another's in the field: "troops backed by AU forces"
BACKING_FORCES = frozenset({"back", "support", "assist"})


# hostile acts, which, told as an answer to another's act, are aimed at its maker
RETALIATING_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "THREATEN", "REJECT"})
ANSWER_NOUNS = frozenset({"retaliation", "response", "reprisal", "revenge"})


def answered_party(
    verb: Token, grievances: frozenset[str] = frozenset()
) -> list[tuple[Token, str]]:
    """The maker of the act an act answers, named by a modifier of that act's noun: "in
    retaliation for US tariffs", "in response to Russia's strikes"; or of the wrong
    (one of ``grievances``, the lexicon's words of disapproval) it is taken "over":
    "expelled two diplomats over (what it called) Russian interference"."""
    # (the parser may hang the "over" on the object: "expelled two diplomats over ...")
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for over in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "over"):
        for held in over.children:
            wrong = held
            if held.dep_ == "pcomp" and held.lemma_.lower() in NAMING_VERBS:
                wrong = next((c for c in held.children if c.dep_ == "oprd"), held)
            elif held.dep_ != "pobj":
                continue
            if wrong.lemma_.lower() not in grievances:
                continue
            if makers := party_modifiers(wrong):
                return [(m, f"maker of the {wrong.text} it answers") for m in makers]
    # (the parser may hang the phrase on the object: "controls on rare earths in ...")
    for answer in verb.subtree:
        if answer.lemma_.lower() not in ANSWER_NOUNS or answer.head.lower_ not in ("in", "as"):
            continue
        clause = verb_above(answer.head)
        if clause.i != verb.i or clause.pos_ not in ("VERB", "AUX"):
            continue  # an answer told in another clause
        for to in (c for c in answer.children if c.lower_ in ("for", "to", "against")):
            for act in (c for c in to.children if c.dep_ == "pobj"):
                return [
                    (m, f"maker of the act '{answer.text}' answers") for m in party_modifiers(act)
                ]
    return []


# complaints, whose "over"/"about" names what the complaint is directed at
GRIEVANCE_TYPES = frozenset({"ACCUSE", "PROTEST"})
# acts of giving, whose object's "for" names the party given to
GIVING_TYPES = frozenset({"AID", "AGREE", "SUPPORT", "COOPERATE"})
# bodies of people one sends, beside the units: whose "of" says what they are made of
SENT_BODY_NOUNS = frozenset({"mission", "force"})


def _measured(noun: Token) -> list[Token]:
    """A noun and, where it is a measure ("$85 million", "700 kg"), what it measures ("in
    humanitarian aid", "of medicine")."""
    out = [noun]
    counted_amount = any(c.dep_ == "nummod" for c in noun.children)  # "500 million euros"
    if noun.lemma_.lower() in CONTAINER_NOUNS or noun.pos_ == "NUM" or counted_amount:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
                out.extend(g for g in prep.children if g.dep_ == "pobj")
    return out


FRONTIER_PREPS = frozenset({"near", "along", "on", "to", "at", "around", "toward", "towards"})
FRONTIER_NOUNS = frozenset({"border", "frontier", "boundary"})


def _frontier(token: Token) -> list[tuple[Token, str]]:
    """The states whose border (or land) forces are moved to: the possessor or "with"/"of"
    object of a border noun, or a named place after "near"/"along"/"around"."""
    out: list[tuple[Token, str]] = []
    stack = [token]
    for current in stack:
        for prep in current.children:
            if prep.dep_ == "advmod" and prep.lower_ in ("closer", "close"):
                stack.append(prep)  # "move closer to the border"
                continue
            if prep.dep_ != "prep" or prep.lower_ not in FRONTIER_PREPS:
                continue
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                if obj.lemma_.lower() in FRONTIER_NOUNS:
                    for child in obj.children:
                        if child.dep_ == "poss":
                            out.append((child, f"state of the '{obj.text}'"))
                        elif child.dep_ == "prep" and child.lower_ in ("with", "of"):
                            out.extend(
                                (g, f"state of the '{obj.text}'")
                                for g in child.children
                                if g.dep_ == "pobj"
                            )
                elif obj.pos_ == "PROPN" and prep.lower_ in ("near", "along", "around"):
                    out.append((obj, f"place forces are moved {prep.text}"))
    return out


# prepositions of what one did before, after or besides the clause it hangs on
SEQUENCE_PREPS = frozenset({"before", "after", "upon", "without", "since"})


def _done_to(clause: Token) -> list[Token]:
    """The common nouns ``clause`` acts on directly: "punish the killers" -> killers."""
    return [c for c in clause.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]


def clause_targets(clause: Token) -> list[Token]:
    """Who the act of ``clause`` falls on: its objects' parties and its "on/against/to"
    objects ("impose sanctions on Ethiopian officials" -> officials)."""
    preps = frozenset({"on", "against", "to", "upon"})
    out: list[Token] = []
    for child in clause.children:
        if child.dep_ in ("dobj", "dative") and child.pos_ in NOMINAL_POS:
            if child.pos_ == "PROPN":
                out.append(child)
            out.extend(obj for obj, _ in _prep_objects(child, preps))
    out.extend(obj for obj, _ in _prep_objects(clause, preps))
    return out


MEDIATORS = frozenset({"broker", "mediate"})
# the open places a protest fills
STREETS = frozenset({"street", "square"})
# nouns whose "for" names the one they are aimed at or meant for
FOR_NOUNS = frozenset({"warrant", "aid", "assistance", "support", "funding", "loan"})
INVITATION_NOUNS = frozenset({"invitation", "invite"})
# armed operations whose participle ("raids targeting ...") tells what their doers do
OPERATION_NOUNS = frozenset(
    {"raid", "strike", "attack", "offensive", "operation", "incursion", "assault", "campaign"}
)


def _self_act_owner(noun: Token, verb: Token) -> Token | None:
    """Who does an act of one's own named by ``noun``: its "of" object or its possessor. A
    pronoun possessor is the subject's own ("announced his resignation"), except where
    the subject only accepts the act ("accepted his resignation")."""
    owner = next((g for g, _ in _prep_objects(noun, OF)), None)
    if owner is not None:
        return owner
    for child in noun.children:
        if child.dep_ == "poss" and (child.pos_ != "PRON" or verb.lemma_.lower() == "accept"):
            return child
    return None


def authors(noun: Token, role: str) -> list[tuple[Token, str]]:
    """Who issued or did ``noun``: its possessor ("Serbia's suppression"), its "by"/"from"
    object ("calls by Belarus", "an offer from Kabul") or the agent of a participle on it
    ("crimes committed by Croat forces")."""
    out: list[tuple[Token, str]] = []
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her", "our"):
            out.append((child, role))
        elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
            out.extend((g, role) for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            # "a ceasefire brokered by Qatar": the mediator is no author of the deal
            # ("a decision condemned by the EU": the EU reacts, it did not decide)
            if (agent := passive_agent(child)) is not None and child.lemma_.lower() not in (
                MEDIATORS | REACTION_VERBS
            ):
                out.append((agent, role))
        elif child.dep_ == "relcl" and (maker := _relative_maker(child)) is not None:
            out.append((maker, role))  # "a ceasefire that the insurgents declared"
        elif (
            child.dep_ == "amod"
            and child.tag_ == "VBN"
            and child.i < noun.i
            and child.lemma_.lower() in BACKING_VERBS
        ):
            # "a U.S.-backed plan", "a Saudi-sponsored resolution": the named backer
            out.extend(
                (g, role)
                for g in child.children
                if g.dep_ in ("npadvmod", "compound", "nmod", "amod")
                and (g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "NORP", "ORG"))
            )
    return out


# verbs by which a relative clause names the maker of what it is about ("a truce that the
# rebels declared", "crimes the militia committed")
MAKING_VERBS = (ISSUING_VERBS - {"fail", "address", "read", "send"}) | frozenset(
    {"declare", "announce", "offer", "impose", "commit", "launch", "level", "file", "order"}
)


def _relative_maker(clause: Token) -> Token | None:
    """The subject of a relative clause that makes its noun ("the ceasefire that Belgrade
    declared"): none where the noun is the clause's subject ("a truce that took effect")
    or the clause has an object of its own ("the demand that Iran halt enrichment")."""
    if clause.lemma_.lower() not in MAKING_VERBS or clause.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return None
    subject = None
    for child in clause.children:
        if child.dep_ in ("dobj", "ccomp", "xcomp") and child.lower_ not in RELATIVE_WORDS:
            return None
        if child.dep_ == "nsubj":
            subject = child
    if subject is None or subject.lower_ in RELATIVE_WORDS:
        return None
    return subject


# verbs whose participle on a text names its author with a compound ("U.S.-backed")
BACKING_VERBS = frozenset({"back", "sponsor", "propose", "draft", "author", "lead"})


def _with_authors(
    candidates: list[tuple[Token, str]], issued: frozenset[str]
) -> list[tuple[Token, str]]:
    """``candidates`` with the issuer of each issued thing among them put after it: "conceded
    to demands from UNITA" -> demands, UNITA (the demands themselves name no party)."""
    out: list[tuple[Token, str]] = []
    for token, role in candidates:
        out.append((token, role))
        if token.pos_ == "NOUN" and token.lemma_.lower() in issued:
            out.extend(a for a in authors(token, f"issuer of the '{token.text}'") if a not in out)
    return out


TIME_ENTS = frozenset({"DATE", "TIME"})


def _has_of(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


# word acts that may share the party a joined verb names
JOINED_OBJECT_TYPES = frozenset({"REQUEST", "REJECT", "ACCUSE", "SUPPORT", "AGREE"})
# acts done to a party that may share the object of the verb joined after them ("invaded
# and occupied Kuwait", "condemned and rejected the decision")
SHARED_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE", "REJECT", "SUPPORT", "SANCTION"})


def _crowd_charged_beside(verb: Token) -> list[Token]:
    """The crowd a charge joined to ``verb`` with no subject of its own is made at: its
    object ("charged protesters"), or what its "at" names ("charged with batons at
    crowds", where the parser may hang the "at" on the batons)."""
    joined = [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() == "charge"]
    out: list[Token] = []
    for charge in joined:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in charge.children):
            continue
        out += [c for c in charge.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        # (on the charge or on what it is made with, not in a clause of its purpose)
        holders = [charge] + [
            o for w in charge.children if w.dep_ == "prep" for o in w.children if o.dep_ == "pobj"
        ]
        out += [
            g
            for holder in holders
            for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ == "at"
            for g in prep.children
            if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
        ]
    return out


def _joined_verbs_party(verb: Token, event: str) -> list[tuple[Token, str]]:
    """The named party that a verb joined to ``verb`` with the same subject takes as its
    direct object: Washington in "thanked Washington and asked for more weapons". One
    asked to act is no party of another act than a request ("called the shelling a
    massacre and asked the Security Council to meet")."""
    partners = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        partners.insert(0, verb.head)
    for partner in partners:
        joined = partner if partner.i != verb.head.i else verb
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
            continue  # its own subject: another's act
        if event != "REQUEST" and partner.lemma_.lower() in DEMAND_LEMMAS | {"appeal"}:
            continue
        for child in partner.children:
            if child.dep_ == "dobj" and child.pos_ == "PROPN":
                return [(child, f"object of the joined '{partner.text}'")]
    return []


def _gather(candidates: list[tuple[Token, str]], actors: list[Token]) -> tuple[list[Token], str]:
    """The candidate heads with their conjuncts, once each and none of the actors; and the
    role of the first, for evidence. A day is no party ("issued a warrant on Tuesday for
    ...")."""
    candidates = [(head, role) for head, role in candidates if head.ent_type_ not in TIME_ENTS]
    heads: list[Token] = []
    for head, _ in candidates:
        for token in conjuncts(head):
            if token not in heads and token not in actors:
                heads.append(token)
    return heads, candidates[0][1] if candidates else ""


def _may_be_own(possessive: Token, actor: Token) -> bool:
    """Whether a possessive may be the actor's own: "its", or "his" or "her" said of a
    person ("Biden demanded his release" may be his own)."""
    word = possessive.lower_
    if word in ("its", "our", "my", "their") and (
        word != "their" or actor.tag_ not in ("NNS", "NNPS")
    ):
        return True
    if word == "their":
        return True  # "protesters demanded their release": their own
    if word in ("his", "her"):
        return actor.ent_type_ == "PERSON" or actor.lower_ in ("he", "she")
    return possessive.i == actor.i


# verbs of sending a missile or a charge at a target
FIRING_VERBS = frozenset({"fire", "launch", "throw", "hurl", "lob", "shoot", "drop", "spray"})
# the prepositions of what is fired at
AIMED_PREPS = frozenset({"at", "on", "upon", "into", "toward", "towards"})
# the prepositions of a phrase aimed at a party that coordinated things done share:
# those a volley is aimed by, but "into" (a place), and "against" and "to"
SHARED_AIM_PREPS = (AIMED_PREPS - {"into"}) | {"against", "to"}


def _things_fired_with(noun: Token, verb: Token) -> list[Token]:
    """The other things fired beside ``noun``, where the target's "at" may hang: the nouns
    joined to it, the noun it modifies ("tear gas and stun grenades" read as one), and a
    word after "and" the tagger took for a verb ("fired tear gas and birdshot at youths",
    "and shotgun pellets at")."""
    out = [c for c in noun.subtree if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    if noun.dep_ in ("nmod", "compound", "amod") and noun.head.pos_ == "NOUN":
        out.append(noun.head)
        out.extend(c for c in noun.head.children if c.dep_ == "conj" and c.pos_ == "NOUN")
    for word in verb.children:
        if (
            word.dep_ == "conj"
            and word.i > noun.i
            and word.doc[word.i - 1].dep_ == "cc"
            and not any(c.dep_ in ("nsubj", "aux", "auxpass") for c in word.children)
            and any(c.dep_ == "prep" and c.lower_ in AIMED_PREPS for c in word.children)
            and (
                # (a base form after a past one is no verb joined to it: "and stun
                # grenades"; one with no object fires at the same target if it is one:
                # "fired tear gas and shot at them")
                word.pos_ == "VERB"
                and (
                    (word.tag_ == "VB") != (verb.tag_ == "VB")
                    or not any(c.dep_ == "dobj" for c in word.children)
                )
                # ("and warning shots at": a noun, or a gerund after a past, given an
                # object is no verb at all)
                or (
                    (word.pos_ == "NOUN" or (word.tag_ == "VBG" and verb.tag_ != "VBG"))
                    and any(c.dep_ == "dobj" for c in word.children)
                )
            )
        ):
            out.append(word)
            out.extend(c for c in word.children if c.dep_ == "dobj" and c.i == word.i + 1)
    return out


def _things_done_with(noun: Token) -> list[Token]:
    """The other things a verb's object is coordinated with: the later conjuncts of a
    direct object, or the direct object a conjunct is joined to."""
    if noun.dep_ == "dobj":
        return [j for j in noun.children if j.dep_ == "conj" and j.pos_ == "NOUN"]
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.dep_ == "dobj":
        return [noun.head]
    return []


def _carriers(noun: Token) -> list[Token]:
    """The event noun and the container noun carrying it ("a mediation effort between
    X and Y", "a series of raids on Z"): both may hold the event's prepositions."""
    out = [noun]
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in CONTAINER_NOUNS:
        out.append(noun.head)
    elif (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in CONTAINER_NOUNS
    ):
        out.append(noun.head.head)
    return out


# verbs of driving a crowd away, whose object a force used for the purpose falls on
DISPERSING_LEMMAS = frozenset({"disperse", "break", "clear", "scatter"})
# verbs of a purpose that names whom an act serves, not whom it is aimed at
PROTECTING_VERBS = frozenset({"protect", "defend", "safeguard", "shield", "guard", "save"})


# verbs of giving, whose direct object is the thing given
GIVING_VERBS = frozenset(
    {"send", "provide", "supply", "deliver", "give", "ship", "donate", "airlift", "dispatch"}
)
# verbs whose object one leads, one's own: "offered to lead the force" (while where it
# goes may be a party: "to lead a delegation to Moscow")
LEADING_VERBS = frozenset({"lead", "command", "head"})


def purpose_served(clause: Token, endeavours: Container[str]) -> Token | None:
    """The verb a purpose clause serves: "fired tear gas to disperse them", and "fired tear
    gas in an attempt to clear the square" (an ``endeavours`` noun, "in" which the verb's
    act is done)."""
    if clause.dep_ in ("advcl", "xcomp"):
        return clause.head
    attempt = clause.head
    if (
        clause.dep_ == "acl"
        and attempt.lemma_.lower() in endeavours
        and attempt.dep_ == "pobj"
        and attempt.head.dep_ == "prep"
        and attempt.head.lower_ == "in"
    ):
        return attempt.head.head
    return None


def _complement_recipients(
    verb: Token, endeavours: Container[str], judged: bool = False
) -> list[tuple[Token, str]]:
    """Recipient candidates from the clause the verb embeds (see :class:`Roles`), or the
    crowd an ``endeavours`` noun it is done in is to disperse ("fired tear gas in an
    attempt to clear the protesters"; not "in a bid to shore up Hadi", whom it serves).
    Where the verb ``judged`` an object of its own, a demand made beside it is put to
    others ("denouncing the attack and urging Iraqis to resist")."""
    out: list[tuple[Token, str]] = []
    attempted = [
        clause
        for prep in verb.children
        for attempt in prep.children
        for clause in attempt.children
        if clause.lemma_.lower() in DISPERSING_LEMMAS
        and to_infinitive(clause)
        and purpose_served(clause, endeavours) == verb
    ]
    for clause in [*verb.children, *attempted]:
        # (the purpose an attempt is made for is one of the verb's own)
        purpose = clause in attempted or (clause.dep_ == "advcl" and to_infinitive(clause))
        if clause.dep_ == "ccomp":
            for child in clause.children:
                if child.dep_ in ("nsubj", "nsubjpass") and (
                    child.pos_ in ("PROPN", "NOUN")
                    # ("demanded that they leave": those told of before)
                    or (
                        child.lower_ in ("they", "he", "she")
                        and verb.lemma_.lower() in DEMAND_LEMMAS
                    )
                ):
                    out.append((child, f"subject of '{clause.text}'"))
        elif clause.dep_ == "xcomp" or purpose:
            # "agreed to aid X", and purpose clauses: "rallied to protest against X"
            if purpose and clause.lemma_.lower() in PROTECTING_VERBS:
                continue  # "redeployed its units to protect civilians": whom it serves
            if clause.lemma_.lower() in INSTRUMENT_VERBS:
                # "threatened to use force", "agreed to use profits from Russian assets to
                # back a loan for Ukraine": what is used is no party; what it serves may be
                purpose = next(
                    (
                        c
                        for c in clause.children
                        if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)
                    ),
                    None,
                )
                if purpose is None:
                    # "threatened to use force against Israel": whom it is used against
                    out.extend(
                        (obj, f"object of '{clause.text}'")
                        for obj, _ in _prep_objects(clause, frozenset({"against", "on"}))
                    )
                    continue
                clause = purpose
            if clause.lemma_.lower() == "make":
                # "threatened to make Spain pay": the one made to do it
                out.extend(
                    (child, f"the one made to '{made.text}'")
                    for made in clause.children
                    if made.dep_ == "ccomp"
                    for child in made.children
                    if child.dep_ == "nsubj" and child.pos_ in ("PROPN", "NOUN")
                )
            # "offered to send helicopters", "pledged to supply wheat": what is given is no
            # party (those it goes to are: "to send aid to Haiti"; "to provide Kyiv with
            # arms" makes the object the one given to)
            given = clause.lemma_.lower() in GIVING_VERBS and not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in clause.children
            )
            led = clause.lemma_.lower() in LEADING_VERBS
            for child in clause.children:
                if child.dep_ == "dobj" and given:
                    continue
                if child.dep_ in ("dobj", "dative") and child.pos_ in NOMINAL_POS:
                    if not (led and child.dep_ == "dobj"):
                        out.append((child, f"object of '{clause.text}'"))
                    preps = COMPLEMENT_NOUN_PREPS
                    if child.lemma_.lower() in TOPIC_NOUNS:
                        # "strengthen cooperation on North Korea": what it is about
                        preps = preps - TOPIC_PREPS
                    out.extend(
                        (obj, f"object of '{clause.text} {child.text}'")
                        for obj, _ in _prep_objects(child, preps)
                    )
            # "agreed to hold talks on Ukraine": the parser may hang the topic on the verb
            topical = any(
                c.dep_ == "dobj" and c.lemma_.lower() in TOPIC_NOUNS for c in clause.children
            )
            aimed = frozenset({"to", "for", "with", "against", "on"})
            if topical:
                aimed -= TOPIC_PREPS
            if clause.lemma_.lower() in SEARCHING_VERBS:
                aimed -= {"for"}  # "sent troops to hunt for the hostages": who is sought
            out.extend(
                (obj, f"object of '{clause.text}'")
                for obj, _ in _prep_objects(clause, aimed | {"from"})
            )
    for clause in verb.children:
        if (
            clause.dep_ in ("advcl", "acl", "conj")
            and clause.tag_ == "VBG"
            and clause.lemma_.lower() in DEMAND_LEMMAS
            and not judged
        ):
            # "rallied, calling for the removal of Mubarak", "blocked roads, demanding that
            # Micheletti step down": whom the demand is made of
            for child in clause.children:
                if child.dep_ == "dobj" and child.pos_ in NOMINAL_POS:
                    out.append((child, f"object of '{clause.text}'"))
                elif child.dep_ == "ccomp":
                    out.extend(
                        (c, f"subject of '{child.text}'")
                        for c in child.children
                        if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")
                    )
            out.extend(
                (obj, f"object of '{clause.text}'")
                for obj, _ in _prep_objects(clause, frozenset({"for"}))
            )
    out.extend(_in_protest_of(verb))
    # "threatened to strike unless Baghdad accepted": the party the condition is put to
    for clause in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        for advcl in clause.children:
            if advcl.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in advcl.children
            ):
                out.extend(
                    (c, f"subject of the '{advcl.text}' condition")
                    for c in advcl.children
                    if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")
                )
    return out


# verbs of a search, whose "for" is what is sought, not whom the search serves or hits
SEARCHING_VERBS = frozenset({"hunt", "search", "look", "comb", "scour"})
# participles that carry a protest's demand ("calling for", "demanding that")
DEMAND_LEMMAS = frozenset({"demand", "call", "urge", "press", "ask", "seek"})


def _in_protest_of(token: Token) -> list[tuple[Token, str]]:
    """Objects of "in protest against X", "in response to X", "in defiance of X" hanging
    on ``token``."""
    out = []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "over"):
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in (
                "protest",
                "response",
                "retaliation",
                "solidarity",
                "defiance",  # "blocked streets in defiance of Chinese authorities"
            ):
                out.extend(
                    (obj, f"object of '{prep.text} {noun.text}'")
                    for obj, _ in _prep_objects(
                        noun, frozenset({"against", "of", "to", "at", "with"})
                    )
                )
    return out
