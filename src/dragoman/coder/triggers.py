"""Finding event triggers in a parsed sentence, from the lexicon's seven pattern forms.

A trigger is anchored on a clause head (the verb whose subject is the actor); for noun
patterns that is the light or occurrence verb ("held" in "held talks"). Where several
patterns fire on one clause head, the most specific wins ("impose +sanction" over
"impose"), so one clause gives at most one event of each type.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import NOUN as NOUN_ID
from spacy.parts_of_speech import PROPN as PROPN_ID
from spacy.parts_of_speech import VERB as VERB_ID
from spacy.strings import hash_string
from spacy.tokens import Span, Token

from ..actors.resolver import counted
from .lexicon import Lexicon, Pattern
from .repair import (
    CARRYING_LEMMAS,
    CONSEQUENCE_VERBS,
    DATING_SPANS,
    FELT_ABOUT_PREPS,
    FINITE_TAGS,
    HELD_FOR_LEMMAS,
    NAMING_VERBS,
    REACTION_VERBS,
    SAYING_VERBS,
    passive_agent,
    verb_above,
)

CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl", "pcomp", "parataxis", "csubj", "acl"}
)


# the acts a decision sets going, whose noun an approval verb carries: "approved the
# deployment of troops", "authorised an asset freeze", "approved aid to Ukraine"
APPROVED_TYPES = frozenset({"MOBILIZE", "AID", "SANCTION"})

# event types whose nouns can "take place", "erupt", "kill": material acts and meetings,
# not sayings ("electricity demand hit a high" is no REQUEST)
OCCURRENCE_TYPES = frozenset(
    {
        "CONSULT",
        "COOPERATE",
        "AID",
        "RETREAT",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
)
PARTICLE_DEPS = frozenset({"prt", "prep", "advmod", "dative", "agent"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
# nouns that carry an event noun rather than being one: "a mediation effort", "a round of
# talks", "a series of raids", "a state of emergency"
CONTAINER_NOUNS = frozenset(
    {
        # "triggered the return of UN sanctions"
        "return",
        "reimposition",
        "imposition",
        "snapback",
        "effort",
        "mission",
        "bid",
        "campaign",
        "round",
        "series",
        "wave",
        "spate",
        "process",
        "operation",
        "drive",
        "state",
        "string",
        "flurry",
        # quantities: "25,000 tons of food aid", "$50,000 worth of medicine"
        "ton",
        "tonne",
        "amount",
        "worth",
        "shipment",
        "consignment",
        "batch",
        "package",
        "dollar",
        "million",
        "billion",
        "kg",
        "kilogram",
        "litre",
        "liter",
        "barrel",
        "truckload",
        # carriers: "sent 50 trucks of aid", "a convoy of troops"
        "truck",
        "lorry",
        "convoy",
        "boatload",
        "shipload",
        # parts: "captured part of a stronghold", "suspended part of an aid programme"
        "part",
        "portion",
        "planeload",
        "crate",
        "dose",
        # counts and volleys: "fired dozens of rockets", "a barrage of missiles"
        "dozen",
        "hundred",
        "thousand",
        "score",
        "number",
        "handful",
        "couple",
        "pair",
        "barrage",
        "salvo",
        "volley",
        # groups sent: "a team of 21 rescuers", "a contingent of 800 peacekeepers"
        "team",
        "contingent",
        "unit",
        "group",
    }
)


def _heads_clause(verb: Token) -> bool:
    """A verb that heads a clause. A passive reduced relative ("5,000 people jailed for
    protesting") describes a participant, mostly in the background, not the event."""
    if verb.dep_ not in CLAUSE_DEPS:
        return False
    # nor does any clause inside one ("jailed for protesting"); a present participle
    # ("protesters demanding the closure") is an act of the noun's own and counts, as
    # does a finite adverbial clause with a subject of its own ("a deal brokered by the
    # Vatican after Washington removed it from a list")
    if (
        verb.dep_ == "advcl"
        and verb.tag_ in FINITE_TAGS
        and any(c.dep_ == "nsubj" for c in verb.children)
        and any(c.dep_ == "mark" for c in verb.children)
    ):
        return True
    for token in (verb, *verb.ancestors):
        if token.dep_ == "appos" and token.i < verb.i:
            # "blamed militants based in Afghanistan, a charge the Taliban rejected": an
            # appositive after a comma sums up the clause, whatever it hangs on
            break
        if token.dep_ == "acl" and token.pos_ == "VERB" and token.tag_ == "VBN":
            if token is verb and verb.lemma_.lower() in MEDIATING_VERBS:
                continue  # "a ceasefire brokered by Qatar": the mediation is told
            if (
                token is verb
                and verb.lemma_.lower() in REACTION_VERBS
                and any(c.dep_ == "agent" for c in verb.children)
            ):
                continue  # "a move welcomed by Damascus": the welcome is told
            if token is verb and _done_by_a_named_party(verb):
                continue  # "prisoners freed by Israel": the release, and who made it
            if token.lemma_.lower() in ("call", "name", "dub") and token.i == token.head.i + 1:
                return False  # "a man called Ahmed", "a group named Hayat": a name given
            if (
                token is not verb
                and token.head.lemma_.lower() in SPEECH_NOUNS
                and any(
                    c.dep_ == "ccomp" and (c.i == verb.i or c.is_ancestor(verb))
                    for c in token.children
                )
            ):
                continue  # "announced in a letter faxed from Tokyo that he was stepping
                # down": what the letter says, whatever the parser hangs it on
            if not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in token.children):
                return False
            # with an object it is no passive but a main verb the parser took for one:
            # "Israeli air strikes killed 30 people, the ministry said"
    return True


def _done_by_a_named_party(participle: Token) -> bool:
    """A passive participle whose agent is a named party: "prisoners freed by Israel"."""
    return any(
        obj.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
        for agent in participle.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ == "pobj"
    )


# texts a party issues, whose words are the issuer's
SPEECH_NOUNS = frozenset(
    {
        "statement",
        "declaration",
        "speech",  # "read out a speech that accused the state": the reader accuses
        "editorial",
        "letter",
        "resolution",
        "report",
        "communique",
        "message",
        "note",
        "appeal",
        "motion",
        "draft",
        "bill",
        "decree",  # "signed a decree banning rallies": the signer bans them
        "order",
        "law",  # "parliament passed a law banning the opposition": parliament bans it
        "legislation",
    }
)
# verbs whose subject issued the text they take: "the Council adopted a resolution calling
# for"; a subject that vetoes, welcomes or receives a text did not write it
ISSUING_VERBS = frozenset(
    {
        "issue", "adopt", "pass", "release", "publish", "sign", "send", "table", "submit",
        "present", "approve", "draft", "circulate", "unveil", "write", "deliver", "make",
        "put", "introduce", "propose", "fail", "sponsor", "address", "post", "read",
    }
)  # fmt: skip
RELATIVE_WORDS = frozenset({"who", "whom", "which", "that"})


# words for a part of a group, as in "some of whom", "many of which"
PARTITIVE_WORDS = frozenset({"some", "many", "most", "several", "all", "few", "one", "two"})


def antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("the captain, whom prosecutors released"
    -> captain), else the token itself."""
    clause = token.head
    if token.lower_ in RELATIVE_WORDS and clause.dep_ == "relcl" and clause.head.i != clause.i:
        named = clause.head
        if named.dep_ == "appos" and named.pos_ == "NOUN" and named.head.pos_ == "PROPN":
            # "Osama bin Laden, the millionaire whom Washington accuses": the name the
            # description is put beside
            return named.head
        return coordinated_names_head(named, token)
    if (
        token.lower_ in PARTITIVE_WORDS
        and clause.dep_ == "relcl"
        and clause.head.i != clause.i
        and any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(g.dep_ == "pobj" and g.lower_ in RELATIVE_WORDS for g in c.children)
            for c in token.children
        )
    ):
        # "the protesters, some of whom hurled stones": a part of those the clause is on
        return clause.head
    if (
        token.lower_ in RELATIVE_WORDS
        and clause.dep_ == "ccomp"
        and clause.head.dep_ == "relcl"
        and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i for c in clause.children)
    ):
        # "rebels, which Kinshasa says are backed by Rwanda": the relative pronoun is the
        # subject of the clause the relative clause reports
        return clause.head.head
    return token


def coordinated_names_head(named: Token, pronoun: Token) -> Token:
    """The first of the coordinated names a relative clause is about, where the clause's
    subject pronoun follows the last of them after a comma ("Qatar and Egypt, which
    mediated the deal": the parser hangs the clause on Egypt, but it is about both);
    else ``named``."""
    if (
        named.dep_ == "conj"
        and named.pos_ == "PROPN"
        and named.head.pos_ == "PROPN"
        and pronoun.lower_ in RELATIVE_WORDS
        and pronoun.dep_ == "nsubj"
        and pronoun.i == named.i + 2
        and pronoun.doc[named.i + 1].text == ","
    ):
        while named.dep_ == "conj" and named.head.pos_ == "PROPN":
            named = named.head
    return named


def subject_word(token: Token) -> Token:
    """The party a subject names: in "the Red Cross operating in Iraq said" the parser
    makes the participle the subject and the name its subject; the name it is."""
    if token.tag_ == "VBG":
        inner = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if inner is not None and inner.pos_ in ("PROPN", "NOUN"):
            return inner
    if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        # "according to the Israeli military, which said ...": the military
        return token.head.head
    return token


def _stance(verb: Token, stative: frozenset[str]) -> bool:
    """A participle after "be" that states a stance ("Hungary is opposed to"), which the
    parser may attach as an adjective complement."""
    return verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.lemma_.lower() in stative


# verbs of mediation, whose participle on a deal names the mediator as its agent
MEDIATING_VERBS = frozenset({"broker", "mediate"})


def _relativised_object(verb: Token, children: list[Token]) -> list[Token]:
    """The noun a relative clause with no object of its own modifies, when the clause has
    a subject of its own: "an accusation Asmara dismissed", "the sanctions the EU imposed"
    (the noun is the clause's object)."""
    if (
        verb.dep_ == "acl"
        and verb.lemma_.lower() in MEDIATING_VERBS
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ == "agent" for c in children)
    ):
        # "a ceasefire brokered by Russian peacekeepers": the broker mediated it; other
        # deeds told this way ("sanctions imposed by the EU") are mostly background
        return [verb.head]
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return []
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in RELATIVE_WORDS or subject.i < verb.head.i:
        return []
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children):
        return []
    return [verb.head]


def _referent(token: Token) -> Token:
    """What an object "it" or "them" stands for when the verb is coordinated with one
    that names it: "would not sign the bill and would withdraw it", "imposed sanctions and
    later lifted them"; else the token itself."""
    if token.lower_ not in ("it", "them") or token.pos_ != "PRON":
        return token
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "of" and counted(verb.head).i == token.i:
        verb = verb.head.head  # "detained dozens of protesters and beat some of them"
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return token
    named = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if named is None or named.pos_ != "NOUN":
        return token
    return named


def _contents(noun: Token) -> list[Token]:
    """The noun, and the event nouns a container noun carries, or the whole a part
    stands for ("signed the first phase of a deal"), or the things a number counts
    ("attacked one of the army's bases")."""
    out = [noun]
    # "fired tear gas and stun grenades", read as "gas" modifying "grenades": the first
    # of the coordinated things is an object of its own
    out.extend(
        c for c in noun.children if c.dep_ == "nmod" and any(g.dep_ == "cc" for g in c.children)
    )
    if (whole := counted(noun)) is not noun:
        # "beat some of them": of the migrants, whether named by a relative pronoun or
        # on the verb the clause is joined to
        out.append(counted(_referent(antecedent(whole))))
    if noun.lemma_.lower() in CONTAINER_NOUNS | PART_NOUNS | SPANS_OF_TALKS:
        for child in noun.children:
            if child.dep_ == "compound" and child.pos_ == "NOUN":
                out.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


@dataclass(frozen=True)
class Trigger:
    pattern: Pattern
    head: Token  # the clause head: the verb whose arguments are the event's
    noun: Token | None  # the event noun for object and noun patterns
    words: tuple[Token, ...]  # the words that fired, for event_text

    @property
    def event_text(self) -> str:
        return " ".join(t.text for t in sorted(self.words, key=lambda t: t.i))

    @property
    def passive_noun(self) -> bool:
        """The event noun is the passive subject: "sanctions were imposed on X"."""
        return self.noun is not None and self.noun.dep_ == "nsubjpass"


def modifier_ok(noun: Token, modifier: str | None) -> Token | None | bool:
    if modifier is None:
        return True
    for child in noun.children:
        if child.dep_ in MODIFIER_DEPS and child.lemma_.lower() in (modifier, modifier.rstrip("s")):
            return child
        if child.dep_ in MODIFIER_DEPS and child.lower_ == modifier:
            return child
    return None


def _dated(prep: Token) -> bool:
    """ "fired ... on Thursday": a preposition whose object is a date is no particle."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _leading_marks(verb: Token, children: list[Token]) -> list[Token]:
    """The word right after ``verb`` where the parser made it the mark of the clause
    that follows: in "called for the bloc to seize assets" the "for" of "call for" heads
    the infinitive's subject, not the verb."""
    return [
        m
        for c in children
        if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > verb.i
        for m in c.children
        if m.dep_ == "mark" and m.i == verb.i + 1
    ]


def _clause_subjects(clause: Token, verb: Token) -> list[Token]:
    """The subject of a clause hung on ``verb`` right after it, which the parser may have
    taken from the verb's object."""
    if clause.dep_ not in ("advcl", "ccomp") or clause.i < verb.i:
        return []
    return [s for s in clause.children if s.dep_ == "nsubj" and s.left_edge.i == verb.i + 1]


# what a charge in law is with or over ("charged him with treason"); a charge at a crowd
# has none
CHARGE_PREPS = frozenset({"with", "over", "for"})
# what a crowd is charged with when it is charged at: "charged demonstrators with batons"
CHARGING_ARMS = frozenset(
    {"baton", "truncheon", "club", "stick", "bayonet", "whip", "shield", "horse", "horseback"}
)
# the crowds charged at, with no offence named ("charged thousands of supporters")
CHARGED_CROWDS = frozenset(
    {"protester", "demonstrator", "crowd", "supporter", "marcher", "rioter", "student", "mob"}
)


def _driven_out_by_an_event(verb: Token, children: list[Token], lexicon: Lexicon) -> bool:
    """Whether what drives people from their homes is an event the lexicon names
    ("fighting between the army and the rebels has driven thousands from their homes"),
    not a party: the event is coded on its own noun."""
    return any(
        c.dep_ == "nsubj"
        and c.pos_ == "NOUN"
        and any(p.event == "ASSAULT" for p in lexicon.by_noun.get(c.lemma_.lower(), ()))
        for c in children
    )


def into_the_air(prep: Token) -> bool:
    """Whether a phrase sends what is fired "into the air" (or "in the air"): warning
    shots, at no one."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("into", "in")
        and any(g.dep_ == "pobj" and g.lower_ == "air" for g in prep.children)
    )


def _charge_beside_crowd_control(trigger: Trigger, found: list[Trigger]) -> bool:
    """Whether a police charge at a crowd is told beside the crowd control it is part of
    ("fired rubber bullets and charged crowds with batons"): one act of force."""
    head = trigger.head
    if trigger.pattern.event != "ASSAULT" or head.lemma_.lower() != "charge":
        return False
    joined = {head.head.i} if head.dep_ == "conj" else set()
    joined |= {c.i for c in head.children if c.dep_ == "conj"}
    return any(
        t.pattern.event == "ASSAULT" and t.pattern.mode == "crowd-control" and t.head.i in joined
        for t in found
    )


def _charged_with_an_offence(children: list[Token]) -> bool:
    """Whether a "charge" has the preposition of an offence ("charged them with murder",
    "over the killing"), not of the arms a crowd is charged with ("with batons")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in CHARGE_PREPS
        and not (
            c.lower_ == "with"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in CHARGING_ARMS for g in c.children)
        )
        for c in children
    )


# prepositions of a physical impact: "shells slammed into the compound"
IMPACT_PREPS = frozenset({"into", "onto"})
# the verbs of words that are also verbs of a blow ("accused Turkey of forcing Syrians
# back into their country" is words, whatever the parser hangs "into" on)
IMPACT_VERBS = frozenset({"slam", "charge", "lash", "blast", "hammer", "rebuff"})
# particles the parser may read as prepositions ("drove the rebels out of Abidjan")
ADVERB_PARTICLES = frozenset({"out", "off", "away", "back", "down", "up"})
# particles of going on with something ("pressed on", "pushed ahead")
ONWARD_PARTICLES = frozenset({"on", "ahead"})


# verbs of feeling whose active sense is mostly another ("the case concerns the border",
# "troubled regions"): a feeling only as "was concerned", "was troubled"
FELT_IN_THE_PASSIVE_ONLY = frozenset({"concern", "trouble", "disturb"})
# ... and those a stance only as what one feels: "felt betrayed by Tsipras" (while "the
# general betrayed the president" or "voters were betrayed" is a narrator's word)
FELT_ONLY = frozenset({"betray"})
FEELING_FORMS = frozenset({"feel", "feels", "felt", "feeling"})

# verbs whose bare pattern is the act only with no object: "the minister quit" resigns,
# "quit smoking" or "quit the country" does not ("quit +post" names its own objects)
BARE_WITHOUT_OBJECT = frozenset({"quit"})

# occurrence verbs whose passive subject happened ("clashes were reported")
REPORTED_OCCURRENCE = frozenset({"report"})

# verbs of contact whose object may be forces' men without their being based there
MEETING_WITH_FORCES = frozenset({"meet", "negotiate"})


def _fire_set_on(verb: Token, children: list[Token]) -> list[Token]:
    """The "fire" of "set cars on fire", the object "set +fire" names, though the things
    burnt take the object's place (the parser may hang "on fire" on them)."""
    if verb.lemma_.lower() != "set":
        return []
    holders = children + [g for c in children if c.dep_ == "dobj" for g in c.children]
    return [
        g
        for c in holders
        if c.dep_ == "prep" and c.lower_ == "on"
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() == "fire"
    ]


def _verb_matches(verb: Token, lexicon: Lexicon) -> Iterable[Trigger]:
    patterns = lexicon.by_verb.get(verb.lemma_.lower(), ())
    if not patterns:
        return
    # the verb's children and objects once, not once a pattern (a verb has dozens)
    children = list(verb.children)
    objects: list[Token] | None = None
    known: dict[int, tuple] = {}  # the words of each object, once for all patterns
    if _manner_of_death(verb):
        return  # "sentenced him to death by hanging": the sentence's manner, no act
    if (withdrawal := _forces_withdrawing(verb, children, lexicon)) is not None:
        yield withdrawal
    if (attack := _forces_attacking(verb, children, lexicon)) is not None:
        yield attack
    for pattern in patterns:
        if (
            pattern.event == "ASSAULT"
            and verb.lemma_.lower() == "charge"
            and _charged_with_an_offence(children)
        ):
            continue  # "charged 20 protesters with rioting": an offence, no charge at them
        if (
            pattern.event == "ASSAULT"
            and pattern.mode != "crowd-control"
            and verb.lemma_.lower() == "fire"
            and any(into_the_air(c) for c in children)
        ):
            continue  # "fired shots into the air": warning shots, crowd control
        if pattern.mode == "expel" and _driven_out_by_an_event(verb, children, lexicon):
            continue  # "fighting has driven thousands from their homes": the fighting's
        if pattern.form == "verb":
            if pattern.event == "REQUEST" and any(
                # (the parser may make "ahead" an adverb: "vowed to press ahead with")
                c.dep_ in ("prt", "advmod") and c.lower_ in ONWARD_PARTICLES
                for c in children
            ):
                continue  # "forces pressed on with the operation": kept on, asked no one
            if (
                pattern.event == "CONSULT"
                # (one meets officers and commanders: "met North Korean army officers at
                # Panmunjom", "flew to Bagua to meet his military commanders")
                and verb.lemma_.lower() not in MEETING_WITH_FORCES
                and any(
                    counted(o).lemma_.lower() in lexicon.classes.get("force", ())
                    for c in children
                    # (or the subject the parser gives a clause after it: "hosting French troops
                    # preparing to attack")
                    for o in ([c] if c.dep_ == "dobj" else _clause_subjects(c, verb))
                )
            ):
                continue  # "accused Benin of hosting French troops": forces based, no meeting
            if (
                pattern.event in ("ACCUSE", "REJECT")
                and verb.lemma_.lower() in IMPACT_VERBS
                and any(c.dep_ in ("prep", "prt") and c.lower_ in IMPACT_PREPS for c in children)
            ):
                continue  # "shells slammed into a compound": a blow, no words
            if (
                verb.lemma_.lower() == "charge"
                and not _charged_with_an_offence(children)
                and any(
                    c.dep_ == "dobj" and counted(c).lemma_.lower() in CHARGED_CROWDS
                    for c in children
                )
            ):
                # "troops wielding truncheons charged thousands of supporters", "charged
                # demonstrators with batons": a charge at them, no offence charged
                continue
            if (
                verb.lemma_.lower() == "hang"
                and verb.lower_.startswith("hung")
                and any(
                    c.dep_ == "dobj"
                    and not lexicon.object_fits("$captive", c.lemma_.lower(), c.ent_type_)
                    and c.lemma_.lower() not in lexicon.classes.get("title", ())
                    for c in children
                )
            ):
                continue  # "stormed the ministry and hung a banner": no one was hanged
            if to_blame(verb):
                continue  # "said Iran was to blame": the speaker blames (a reported blame)
            if verb.lemma_.lower() in BARE_WITHOUT_OBJECT and any(
                c.dep_ in ("dobj", "xcomp", "ccomp", "prt") for c in children
            ):
                continue  # "quit smoking", "quit the country": no resignation
            if verb.lemma_.lower() in FELT_ONLY and not (
                (verb.dep_ == "acomp" and verb.head.lemma_.lower() == "feel")
                # (the parser may make "felt" the participle's auxiliary)
                or any(c.dep_ == "auxpass" and c.lower_ in FEELING_FORMS for c in children)
            ):
                continue  # "the general betrayed the president": the narrator's word
            if verb.lemma_.lower() in FELT_IN_THE_PASSIVE_ONLY and not (
                any(c.dep_ == "auxpass" for c in children)
                and (
                    any(c.dep_ == "agent" or c.lower_ in FELT_ABOUT_PREPS for c in children)
                    or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAYING_VERBS)
                )
            ):
                # "the dispute concerns fishing rights", "residents were concerned": no
                # stance taken ("said it was concerned", "was troubled by the verdict")
                continue
            yield Trigger(pattern, verb, None, (verb,))
        elif pattern.form == "verdict":
            for word in _verdicts(verb, children):
                noun: str = pattern.noun  # type: ignore[assignment]
                if word.lemma_.lower() in STRUCK_AGAINST and any(
                    c.dep_ == "prep" and c.lower_ == "against" for c in word.children
                ):
                    continue  # "called the capture a blow against terrorism": praise
                if any(
                    c.lemma_.lower() in lexicon.classes.get("hazard", ())
                    for c in (*children, *word.children)
                    if c.dep_ in ("dobj", "nsubj")
                ):
                    break  # "declared the epidemic a threat": no one's act judged
                # (or the word as written: "disgusting" is lemmatised "disgust")
                if _object_fits(lexicon, noun, word, known) or lexicon.object_fits(
                    noun, word.lower_, ""
                ):
                    yield Trigger(pattern, verb, None, (verb, word))
                    break
            else:
                if pattern.noun == "$disapproval" and (
                    label := _party_dismissed(lexicon, verb, children)
                ):
                    yield Trigger(pattern, verb, None, (verb, label))
        elif pattern.form == "particle":
            # ("stripped Russian citizens of the right to vote": the parser may hang the
            # "of" that goes with the verb on its object)
            held = [
                g
                for c in children
                if c.dep_ == "dobj" and pattern.particle == "of"
                for g in c.children
                if g.dep_ == "prep" and g.lower_ == "of"
            ]
            for child in (*children, *_leading_marks(verb, children), *held):
                if (
                    child.dep_ in PARTICLE_DEPS | {"mark"}
                    and child.lower_ == pattern.particle
                    and not _dated(child)
                    and not _named_before(verb, child, children)
                    and not _object_before(verb, child, children)
                    # ("a letter in which Collor gave up the presidency": the relative's
                    # preposition, before the verb, is none of its particles)
                    and not (
                        child.i < verb.i and any(g.lower_ in RELATIVE_WORDS for g in child.children)
                    )
                ):
                    yield Trigger(pattern, verb, None, (verb, child))
                    break
        else:  # object
            if pattern.verb in NAMING_VERBS and any(c.dep_ == "oprd" for c in children):
                continue  # "called the strike an execution": the strike is named, not called
            if pattern.verb == "hold" and any(
                c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")
                or (c.dep_ == "prep" and c.lower_ == "to")
                for c in children
            ):
                continue  # "held Putin responsible", "held him to his word": no one detained
            if (
                pattern.verb == "hold"
                and pattern.noun == "$person"
                and any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
                and not any(c.dep_ == "agent" for c in children)
            ):
                # a person "held by the army" (or whom "gunmen were holding") is
                # detained; one held in the passive with no holder named is mostly a
                # detention told before, told again ("was being held on an island")
                continue
            if objects is None:
                # "used pepper spray and rubber bullets": each object of a coordination
                objects = (
                    [
                        n
                        for c in children
                        if c.dep_ in OBJECT_DEPS
                        for o in (c, *(g for g in c.children if g.dep_ == "conj"))
                        for n in _contents(_referent(antecedent(o)))
                    ]
                    or _relativised_object(verb, children)
                    or _shared_object(verb, children)
                    or _shared_passive_subject(verb)
                ) + _fire_set_on(verb, children)
            particle, candidates = None, objects
            if pattern.particle:  # "call off +strike": the particle must be there too
                particle = next(
                    (
                        c
                        for c in children
                        # ("abided by the ruling": the parser may read a "by" as an agent's)
                        if c.dep_ in ("prt", "advmod", "prep", "agent")
                        and c.lower_ == pattern.particle
                    ),
                    None,
                )
                if particle is None and not pattern.noun.startswith("$"):
                    # "stripped 94 critics of their citizenship": the parser may hang the
                    # preposition on the direct object
                    particle = next(
                        (
                            g
                            for c in children
                            if c.dep_ == "dobj"
                            # "dozens of dissidents of their ...": the counted noun's
                            for o in _contents(c)[1:] or [c]
                            for g in o.children
                            if g.dep_ == "prep" and g.lower_ == pattern.particle and g.i > o.i
                        ),
                        None,
                    )
                if particle is None:
                    continue
                if particle.dep_ in ("prep", "agent") and (
                    particle.lower_ not in ADVERB_PARTICLES
                    or any(g.dep_ == "pobj" for g in particle.children)
                ):
                    if pattern.noun.startswith("$") and any(
                        c.dep_ == "dobj" and not a_state_itself(c) for c in children
                    ):
                        # "withdrew inspectors from Iraq": the object's own pattern; a named
                        # noun still counts ("removed him from office"), as does a state
                        # taken out by its leader ("withdrew the United States from the WHO")
                        continue
                    # "broke into the networks", "withdrew from the town": its object
                    candidates = [
                        n
                        for g in particle.children
                        if g.dep_ == "pobj"
                        for o in (g, *(c for c in g.children if c.dep_ == "conj"))
                        for n in _contents(o)
                    ]
                # (an adverb's "preposition" with no object of its own, as in "drove the
                # rebels out of Abidjan", is the verb's particle: the direct object is the
                # verb's)
                elif not objects or all(a_state_itself(o) for o in objects):
                    # "pulled out of the court", "walked out of the conference": with no
                    # direct object, what the particle's "of" names (so for a state its
                    # leader takes out: "pulled the United States out of the deal")
                    candidates = [
                        n
                        for g in particle.children
                        if g.dep_ == "prep" and g.lower_ in ("of", "from")
                        for o in g.children
                        if o.dep_ == "pobj"
                        for n in _contents(o)
                    ]
            if (
                candidates
                and pattern.noun == "$person"
                and verb.lemma_.lower() in NAMING_VERBS
                and any(w.pos_ != "VERB" for w in _verdicts(verb, children))
            ):
                continue  # "called Putin a war criminal" names him; it is no phone call
            if (fit := _fitting_object(lexicon, pattern, candidates, known)) is not None:
                child, modifier = fit
                if _end_of_another(child):
                    continue  # "declared the end of Assad's rule": no end put to its own acts
                words = (verb, child) if modifier is True else (verb, modifier, child)
                if particle is not None:
                    words = (*words, particle)
                yield Trigger(pattern, verb, child, words)  # type: ignore[arg-type]


def _end_of_another(noun: Token) -> bool:
    """Whether ``noun`` is "the end of" something rather than "an end to" it: a party puts
    an end to its own fighting ("declared an end to its armed struggle"), while "declared
    the end of Assad's rule" proclaims another's fall."""
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    return noun.lemma_.lower() == "end" and "of" in preps and "to" not in preps


def _manner_of_death(verb: Token) -> bool:
    """Whether ``verb`` is the gerund of "to death by hanging", "death by stoning": how a
    sentence is to be carried out, not an act done."""
    by = verb.head
    return (
        verb.dep_ == "pcomp"
        and by.lower_ == "by"
        and by.i > 0
        and verb.doc[by.i - 1].lower_ == "death"
    )


def to_blame(verb: Token) -> bool:
    """Whether ``verb`` is the "blame" of "Iran was to blame", which says who is at fault
    and blames no one itself."""
    return (
        verb.lemma_.lower() == "blame"
        and verb.dep_ == "xcomp"
        and verb.head.lemma_ == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def a_state_itself(token: Token) -> bool:
    """A state's name or a reflexive pronoun as an object: what a leader takes out of an
    organisation is the state itself."""
    return token.lower_ in ("itself", "themselves") or (
        token.pos_ == "PROPN" and token.ent_type_ == "GPE"
    )


# words of harm that, dealt "against" a foe, praise the one dealing it
STRUCK_AGAINST = frozenset({"blow", "setback"})


def _verdicts(verb: Token, children: list[Token]) -> list[Token]:
    """What a verb of naming calls its object: "called the decision illegal" (an object
    predicate), "branded the sanctions an act of war" (a second object, and what it is an
    act of), "described the attack as a war crime" (an "as" phrase on the verb or object)."""
    objects = [c for c in children if c.dep_ == "dobj"]
    # ("the protesters, whom he described as bandits": a verdict on the people the
    # relative clause is about, no aside)
    on_people = any(c.lower_ in ("whom", "who") for c in objects)
    aside = any(c.tag_ in ("WP", "WDT") for c in objects) or verb.dep_ == "relcl"
    if aside and not on_people and not _anothers_aside(verb):
        return []  # "over what it called interference": the actor's own reason, an aside
    words = [c for c in children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")]
    words += objects[1:]  # "branded the sanctions an act of war"
    if verb.dep_ == "relcl" and not any(c.tag_ in ("WP", "WDT") for c in objects):
        words += objects[:1]  # "a move Guyana called a threat": the gap is the object
    # "called the vote rigged", "called the charges politically motivated": a bare
    # participle the parser hung on the object (with its adverb, which may be the verdict)
    for o in objects[:1]:
        for c in o.children:
            if (
                c.dep_ == "acl"
                and c.tag_ in ("VBN", "JJ")
                and c.i > o.i
                and all(g.dep_ == "advmod" and o.i < g.i < c.i for g in c.children)
                and c.i - o.i == 1 + len(list(c.children))
            ):
                words += [c, *c.children]
    # "called the decision unacceptable": an adjective after its noun is a predicate
    words += [c for o in objects[:1] for c in o.children if c.dep_ == "amod" and c.i > o.i]
    for holder in (verb, *objects[:1]):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                words += [g for g in prep.children if g.dep_ in ("pobj", "amod", "acomp", "pcomp")]
    # "dismissed the move as legally void": an adjective the parser made a clause, its
    # "as" an adverb of it
    words += [
        c
        for c in children
        if c.dep_ == "advcl" and c.pos_ == "ADJ" and any(g.lower_ == "as" for g in c.lefts)
    ]
    out = []
    for word in words:
        out.append(word)
        for child in word.children:
            if child.dep_ == "conj" and child.pos_ in ("ADJ", "NOUN", "VERB"):
                out.append(child)  # "regrettable and unjustified"
            elif child.dep_ == "amod" and (word.pos_ == "NOUN" or child.i < word.i):
                # "a historic step" ("a despicable act", with "act" tagged a verb), and
                # the adjectives joined to it ("a blatant and unacceptable act")
                out += [child, *(g for g in child.children if g.dep_ == "conj")]
            elif child.dep_ == "advmod" and word.pos_ in ("ADJ", "VERB") and child.i < word.i:
                out.append(child)  # "politically motivated": the adverb is the verdict
            elif child.dep_ == "prep" and child.lower_ == "of":
                # "an act of aggression", "a violation of international law"
                out += [g for g in child.children if g.dep_ == "pobj"]
    # "war" is a verdict only as what an act is one of: "an act of war", not "a war"
    return [w for w in out if w.lemma_.lower() != "war" or w.head.head.lemma_.lower() == "act"]


def _party_dismissed(lexicon: Lexicon, verb: Token, children: list[Token]) -> Token | None:
    """What a party is dismissed as, when a verb of dismissal has a party as its object:
    "dismissed the protesters as sheep controlled from abroad" disparages them whatever
    the word, while "dismissed him as its leader" (a post, or one possessed) removes him
    from office. The word is returned, else None."""
    if verb.lemma_.lower() not in DISMISSING_VERBS:
        return None
    objects = [c for c in children if c.dep_ == "dobj"]
    # (the object's own word: "the opposition motion" is a text, not a party)
    if not objects or not lexicon.object_fits(
        "$disparaged", objects[0].lemma_.lower(), objects[0].ent_type_
    ):
        return None
    posts = lexicon.classes.get("title", frozenset())
    for holder in (verb, objects[0]):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            for word in prep.children:
                if word.dep_ != "pobj" or word.lemma_.lower() in posts:
                    continue
                if any(c.dep_ == "poss" for c in word.children):
                    continue  # "as its leader", "as their chairman"
                return word
    return None


# verbs whose party object, dismissed "as" anything, is disparaged
DISMISSING_VERBS = frozenset({"dismiss"})


def _anothers_aside(verb: Token) -> bool:
    """Whether a verb of naming in an aside ("in what Arce called an attempted coup", "a
    move Guyana called a threat") is said by a named party other than the subject of the
    clause it comments on: a verdict on that act, not its doer's reason."""
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (a name, or a noun such as "his opponents"; not a pronoun, which may be the doer)
    if speaker is None or speaker.pos_ not in ("PROPN", "NOUN"):
        return False
    main = verb_above(verb.head)
    doer = None
    for _ in range(3):
        doer = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if doer is not None or main.head.i == main.i:
            break
        # "thanked the US for approving an arms package, which Beijing called": the
        # gerund's doer is the clause's above it
        main = verb_above(main.head)
    return doer is not None and doer.i != speaker.i and doer.lemma_ != speaker.lemma_


FORCES_WITHDRAW = dataclasses.replace(
    Pattern.rule("RETREAT", "forces that withdraw, with nothing withdrawn or left named"),
    mode="withdraw",
)


def _forces_withdrawing(verb: Token, children: list[Token], lexicon: Lexicon) -> Trigger | None:
    """RETREAT withdraw for forces that "withdraw" or "have withdrawn" with no object and
    no place or body named ("its fighters had withdrawn to avoid civilian casualties"):
    the lexicon's patterns need one, since "withdrew the bill" or "withdrew from the
    talks" is no retreat."""
    if verb.lemma_.lower() != "withdraw" or any(
        c.dep_ in ("dobj", "prt") or (c.dep_ == "prep" and c.lower_ in ("from", "of", "out"))
        for c in children
    ):
        # (a manner or a time is no place left: "withdrew without resistance")
        return None
    if not _armed_subject(children, lexicon):
        return None
    return Trigger(FORCES_WITHDRAW, verb, None, (verb,))


FORCES_ATTACK = Pattern.rule("ASSAULT", "forces that attack, with no target named")


def _forces_attacking(verb: Token, children: list[Token], lexicon: Lexicon) -> Trigger | None:
    """ASSAULT for forces or armed groups that "attacked" with no object ("Thai forces had
    attacked first"): the lexicon leaves a bare "attack" out, since "critics attacked the
    plan" is words, but forces attacking is force."""
    if verb.lemma_.lower() != "attack" or any(c.dep_ in ("dobj", "nsubjpass") for c in children):
        return None
    if not _armed_subject(children, lexicon):
        return None
    return Trigger(FORCES_ATTACK, verb, None, (verb,))


def _armed_subject(children: list[Token], lexicon: Lexicon) -> bool:
    """Whether the clause's subject is a state's forces or an armed group's fighters."""
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    forces = lexicon.classes.get("force", frozenset()) | ARMED_GROUP_WORDS
    return subject is not None and counted(subject).lemma_.lower() in forces


# armed groups that are no state's forces, whose withdrawal is a retreat all the same
ARMED_GROUP_WORDS = frozenset(
    {"militant", "fighter", "rebel", "insurgent", "jihadist", "militiaman", "guerrilla"}
)


def _object_before(verb: Token, particle: Token, children: list[Token]) -> bool:
    """Whether a preposition read as the verb's particle comes after its direct object,
    whose phrase it belongs to: "students protesting cuts to education spending" protest
    cuts, they protest to no one."""
    # (only verbs that say "to" someone with no object of their own: "asked Paris for
    # help", "hacked villagers to death" take an object before their particle)
    return (
        particle.dep_ == "prep"
        and particle.lower_ == "to"
        and verb.lemma_.lower() in ADDRESSING_VERBS
        and any(c.dep_ == "dobj" and verb.i < c.i < particle.i for c in children)
    )


# verbs that are said "to" a party with no direct object: "protested to China"
ADDRESSING_VERBS = frozenset({"protest", "complain", "appeal", "talk", "speak", "apologise"})


def _named_before(verb: Token, particle: Token, children: list[Token]) -> bool:
    """Whether a verb of naming names something before its particle: "drills that
    Pyongyang calls rehearsals for invasion" calls the drills something; it calls for
    nothing."""
    return verb.lemma_.lower() in NAMING_VERBS and any(
        c.dep_ in ("dobj", "oprd") and c.i < particle.i for c in children
    )


# nouns of a body of people, whose kind is their members' ("a brigade of doctors")
UNIT_NOUNS = frozenset(
    {"brigade", "team", "contingent", "unit", "squad", "detachment", "battalion", "group"}
)


def _members(unit: Token) -> Token | None:
    """The plural noun after "of" that says whom a unit is made of, if any."""
    for prep in unit.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            members = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if members is not None and members.pos_ == "NOUN" and members.tag_ == "NNS":
                return members
    return None


# the object pronouns that can only stand for a person ("them" may be things)
PERSONAL_PRONOUNS = frozenset({"him", "her"})


def _object_words(obj: Token, known: dict[int, tuple] | None) -> tuple:
    """(lemma, entity type, a place the recogniser missed, compounded noun lemmas, the
    lemmas of its appositions) of an object: asked once a verb, though a verb has dozens
    of patterns."""
    if known is not None and (found := known.get(obj.i)) is not None:
        return found
    missed_place = False
    if obj.pos_ == "PROPN" and (
        # ("struck Aleppo", read as a people; "suspended Niger", read as a work of art)
        obj.ent_type_ in ("", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT")
        or (obj.ent_type_ == "PERSON" and not any(c.dep_ == "compound" for c in obj.children))
    ):
        # "struck Rafah on Monday", "suspended Niger", "will strike Haifa", where the
        # recogniser missed the place or took it for an organisation or a one-word
        # person's name: the gazetteer's (with the name's first words: "Burkina Faso")
        from ..where import gazetteer

        start = obj.i
        while start > 0 and (
            (prev := obj.doc[start - 1]).dep_ == "compound"
            and prev.pos_ == "PROPN"
            and prev.head.i == obj.i
        ):
            start -= 1
        by_name = gazetteer().by_name
        missed_place = obj.text in by_name or obj.doc[start : obj.i + 1].text in by_name
        if obj.i + 1 < len(obj.doc) and obj.doc[obj.i + 1].ent_iob_ == "I":
            # "left the Commonwealth of Independent States": the first word of a longer
            # name the recogniser found, no place however the word alone is used
            missed_place = False
    children = list(obj.children)
    # (and a person's capitalised title: "fired Defence Minister Yoav Gallant")
    compounds = tuple(
        c.lemma_.lower()
        for c in children
        if c.dep_ == "compound"
        and (c.pos_ == "NOUN" or (obj.ent_type_ == "PERSON" and c.pos_ == "PROPN"))
    )
    described = tuple(c.lemma_.lower() for c in children if c.dep_ == "appos")
    if any(c.dep_ == "acl" and c.lemma_.lower() in HELD_FOR_LEMMAS for c in children):
        # "handed over the two men accused of the Lockerbie bombing": suspects
        described = (*described, "suspect")
    if obj.lemma_.lower() in UNIT_NOUNS and (members := _members(obj)) is not None:
        # "sent a brigade of doctors": a unit is also of its members' kind, and a pattern
        # naming them outranks one of a class the unit word is in ("send +doctor", aid,
        # over "send +$force")
        described = (*described, members.lemma_.lower())
    ent_type = obj.ent_type_
    if obj.tag_ == "PRP" and obj.lower_ in PERSONAL_PRONOUNS:
        ent_type = "PERSON"  # "released him", "vowed to capture him": a person
    if obj.pos_ == "PROPN" and ent_type in ("", "ORG", "GPE") and not missed_place:
        # "Macron called Trump": a person the actor tables know, whom the recogniser took
        # for an organisation
        from ..actors import load_kb

        if obj.text in load_kb().people:
            ent_type = "PERSON"
    words = (obj.lemma_.lower(), ent_type, missed_place, compounds, described)
    if known is not None:
        known[obj.i] = words
    return words


def _object_fits(
    lexicon: Lexicon, noun: str, obj: Token, known: dict[int, tuple] | None = None
) -> bool:
    """The object, or a noun compounded with it: "suspended aid deliveries" fits
    'suspend +aid' as "suspended aid" does."""
    lemma, ent_type, missed_place, compounds, described = _object_words(obj, known)
    if noun == "$body" and any(lexicon.object_fits("$target", d, "") for d in described):
        return False  # "withdrew from Walikale, a mining town": a place, not a body
    if lexicon.object_fits(noun, lemma, ent_type) or any(
        lexicon.object_fits(noun, d, "") for d in described
    ):
        return True
    if missed_place and lexicon.object_fits(noun, "", "GPE"):
        return True
    if lemma in lexicon.classes.get("carrier", ()) and any(
        lexicon.object_fits(noun, c, "") for c in relief_carried(lexicon, obj)
    ):
        # "sent planes carrying medical supplies": the supplies sent (asked only of a
        # craft: this runs for every object of every pattern)
        return True
    if lemma in lexicon.classes.get("title", ()) or lemma in lexicon.classes.get("captive", ()):
        # "sent his intelligence chief", "released two aid workers": a person, not the
        # thing compounded
        return False
    return any(lexicon.object_fits(noun, c, "") for c in compounds)


def relief_carried(lexicon: Lexicon, obj: Token) -> list[str]:
    """The relief goods a craft or vehicle is told to carry ("planes carrying medical
    teams and supplies", "a ship loaded with food"), by lemma; none for other cargo
    ("warships carrying missiles" are forces sent)."""
    if obj.lemma_.lower() not in lexicon.classes.get("carrier", ()):
        return []
    carried = []
    for clause in obj.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in CARRYING_LEMMAS:
            continue
        for c in clause.children:
            goods = [c] if c.dep_ == "dobj" else []
            if c.dep_ == "prep" and c.lower_ == "with":
                goods = [g for g in c.children if g.dep_ == "pobj"]
            carried += [t for g in goods for t in (g, *g.conjuncts)]
    lemmas = [t.lemma_.lower() for t in carried]
    return [x for x in lemmas if lexicon.object_fits("$relief", x, "")]


def _fitting_object(
    lexicon: Lexicon,
    pattern: Pattern,
    candidates: Iterable[Token],
    known: dict[int, tuple] | None = None,
) -> tuple[Token, Token | bool] | None:
    """The first of ``candidates`` that fits an object pattern's noun and modifier, with
    the modifier word (True where the pattern needs none), else None."""
    for child in candidates:
        if not _object_fits(lexicon, pattern.noun, child, known):  # type: ignore[arg-type]
            continue
        if modifier := modifier_ok(child, pattern.modifier):
            return child, modifier
    return None


# verbs whose object is an event that came before the subject: "the deal followed talks"
FOLLOWING_VERBS = frozenset({"follow"})

# parts of a text or a process, which stand for it as an object: "the first phase of a deal"
PART_NOUNS = frozenset({"phase", "stage", "part", "text", "terms", "draft", "round"})


def _nominal_matches(noun: Token, lexicon: Lexicon) -> Iterable[Trigger]:
    """A verb's act named by its noun under a light verb, its object in an "of" phrase:
    "announced the suspension of flights to Somalia" fires 'suspend +flight' as "suspended
    flights" would, on the light verb's clause."""
    verbs = lexicon.nominalized.get(noun.lemma_.lower())
    head = noun.head
    if not verbs or noun.dep_ not in ("dobj", "nsubjpass"):
        return
    if head.pos_ != "VERB":
        return
    approved = head.lemma_.lower() in lexicon.approval_verbs
    if head.lemma_.lower() not in lexicon.light_verbs and not approved:
        return
    objects = [
        n
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for g in prep.children
        if g.dep_ == "pobj"
        for n in _contents(g)
    ]
    for verb in verbs:
        for pattern in lexicon.by_verb.get(verb, ()):
            if pattern.form != "object" or pattern.particle:
                continue
            if approved and pattern.event not in APPROVED_TYPES:
                continue
            if (fit := _fitting_object(lexicon, pattern, objects)) is not None:
                obj, modifier = fit
                words = (head, noun, obj) if modifier is True else (head, noun, modifier, obj)
                yield Trigger(pattern, head, obj, words)  # type: ignore[arg-type]


def _noun_matches(noun: Token, lexicon: Lexicon) -> Iterable[Trigger]:
    if lexicon.nominalized:
        yield from _nominal_matches(noun, lexicon)
    patterns = lexicon.by_noun.get(noun.lemma_.lower()) or lexicon.by_noun.get(noun.lower_)
    if not patterns:
        return
    event_noun = noun
    # "talks" in "held talks and a meeting" shares the verb of its first conjunct
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    noun = container_of(noun)
    if noun.i == event_noun.i and all(p.event == "CONSULT" for p in patterns):
        noun = span_of_talks(noun)  # "after four days of talks with Kyiv"
    head = noun.head
    lemma = head.lemma_.lower()
    ready: Token | None = None  # the adjective of "open to talks"
    # a meeting in a phrase of another verb ("released them after a visit by an envoy"):
    # the verb is no word of the meeting's
    beside = False
    if noun.dep_ in ("dobj", "nsubjpass") and lemma in lexicon.light_verbs:
        if lemma == "carry" and not any(c.lower_ == "out" for c in head.children):
            return  # "carried out strikes", but "a convoy carrying aid" carries a load
        if lemma in WEIGHING_VERBS and any(
            c.dep_ in ("oprd", "xcomp", "ccomp") for c in head.children
        ):
            return  # "considered the talks a success": a verdict, no act weighed
        if lemma == "order" and any(
            c.dep_ == "xcomp" and c.i > noun.i and any(a.tag_ == "TO" for a in c.children)
            for c in head.children
        ):
            return  # "ordered the peacekeeping mission to leave": whom, not what, ordered
    elif noun.dep_ in ("dobj", "nsubjpass") and lemma in lexicon.approval_verbs:
        # "the cabinet approved the call-up of reservists": a decision whose act follows;
        # "authorised air strikes" is not yet the strike, nor "approved the deal" its terms
        patterns = [p for p in patterns if p.event in APPROVED_TYPES]
    elif noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in STATE_VERBS:
        # "workers went on strike", "detainees remain on hunger strike": a state entered
        patterns = [p for p in patterns if p.event in OCCURRENCE_TYPES]
        head = head.head
    elif noun.dep_ == "pobj" and head.lower_ == "with" and _pressing_on(head.head):
        # "vowed to press on with its attacks", "pushed ahead with the offensive": the
        # act kept up, as "continued its attacks" tells it
        head = head.head
    elif noun.dep_ == "pobj" and head.lower_ == "in" and (verb := _taking_part(head.head)):
        # "took part in joint drills", "participated in the talks": the event joined
        head = verb
    elif (
        noun.dep_ == "pobj"
        and head.lower_ == "in"
        and head.head.lemma_.lower() in STATE_VERBS
        and head.head.lower_ != "went"
    ):
        # "Moscow and Kyiv are in talks over a swap": talks under way, a meeting
        patterns = [p for p in patterns if p.event == "CONSULT"]
        head = head.head
    elif (dying := died_of(noun)) is not None:
        # "five people died in clashes between police and protesters": the fighting;
        # "three detainees died under torture": the torture
        patterns = [p for p in patterns if p.event == "ASSAULT"]
        head = dying
    elif (fought := _fighting_in_clause(noun, lexicon)) is not None:
        # "seized the town after heavy fighting with the army", "after days of clashes
        # with the militants": the fighting the clause's subject did, a two-sided attack
        patterns = [p for p in patterns if p.event == "ASSAULT"]
        head, beside = fought, True
    elif (
        noun.dep_ == "pobj"
        and head.lower_ in AFTER_PREPS
        and (between_parties(noun) or between_parties(event_noun))
        and (clause := _clause_verb(head)) is not None
    ):
        # "released 20 prisoners (days) after a meeting between Maduro and a U.S. envoy":
        # a meeting held before, whose parties its own words name
        patterns = [p for p in patterns if p.event == "CONSULT"]
        head, beside = clause, True
    elif (
        noun.dep_ == "pobj"
        # (not "in": "suspended its participation in the talks with Israel")
        and head.lower_ in ("during", "at")
        and head.head.dep_ == "dobj"
        and head.head.head.pos_ == "VERB"
        and _with_someone(noun)
    ):
        # "made the commitment during talks with Griffiths": the parser hangs the meeting
        # on the object, but it is the clause's, as with the verb
        patterns = [p for p in patterns if p.event == "CONSULT"]
        head = head.head.head
        beside = head.lemma_.lower() not in lexicon.light_verbs
    elif (
        noun.dep_ == "pobj"
        and head.lower_ == "for"
        and head.head.lemma_ == "be"
        and any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            # ("was in New Delhi for talks": there to meet its hosts)
            and (_with_someone(noun) or any(g.ent_type_ == "GPE" for g in c.children))
            for c in head.head.children
        )
    ):
        # "Abe, who was in Seoul for talks with Roh": there to meet him
        patterns = [p for p in patterns if p.event == "CONSULT"]
        head = head.head
        beside = False
    elif (
        noun.dep_ == "pobj"
        and head.head.pos_ in ("VERB", "AUX")
        and (
            # "Berlusconi, on a visit to Benghazi, signed a treaty": during it
            # (a clause that is itself a meeting tells the visit: "on a visit to Accra,
            # held talks with Mills")
            (
                head.lower_ == "on"
                and _visit_to_a_place(noun)
                and not _a_meeting_clause(head.head, lexicon)
            )
            or (
                head.lower_ in MEETING_PREPS
                and (
                    _with_someone(noun)
                    or _remote_to_someone(noun, head.head, lexicon)
                    or _joint_subject(head.head)
                    or _visit_to_a_place(noun)
                )
            )
            # "briefed Tusk by telephone", "asked Scholz by phone for weapons": the means
            # of a talk with the one addressed
            or (head.lower_ in REMOTE_PREPS and _remote_to_someone(noun, head.head, lexicon))
            # "dropped its objection after talks with Brussels", "Pakistan and Afghanistan
            # agreed ... after talks in Kabul": talks already held
            or (
                head.lower_ in AFTER_PREPS
                and (
                    _with_someone(noun)
                    # ("after four days of talks with Kyiv": the span's talks)
                    or _with_someone(event_noun)
                    or _joint_subject(head.head)
                    or visitor_named_by(noun) is not None
                )
                # "the decision will be taken after talks": whose talks is not told (but
                # "was announced by Kim after talks with North Korean officials" is Kim's)
                and (
                    not any(c.dep_ == "nsubjpass" for c in head.head.children)
                    or any(c.dep_ == "agent" for c in head.head.children)
                )
                # "hosted Zelensky ..., days after a call with Putin": a meeting a span of
                # days before is not the one the verb tells, nor part of it
                and not any(
                    c.dep_ == "npadvmod" and c.lemma_.lower() in DATING_SPANS for c in head.children
                )
            )
        )
    ):
        # "promised more air defence during a call with Zelensky", "is in talks with the
        # IAEA": the meeting the clause's subject held, as sure as the clause itself
        patterns = [p for p in patterns if p.event == "CONSULT"]
        if noun.lemma_.lower() == "call":
            patterns.append(CALL_WITH)  # "a call with" is a conversation, not an appeal
        head = head.head
        beside = head.lemma_.lower() not in lexicon.light_verbs
    elif (
        noun.dep_ == "dobj"
        and lemma in ENDING_VERBS
        and head.dep_ == "advcl"
        and head.tag_ == "VBG"
        and (_with_someone(event_noun) or _joint_subject(head.head))
    ):
        # "the government and the rebels signed an agreement, ending nine days of talks":
        # talks held by those whose act ends them
        patterns = [p for p in patterns if p.event == "CONSULT"]
        head, beside = head.head, True
    elif followed_event(noun) and (
        _with_someone(noun) or visitor_named_by(noun) is not None or between_parties(event_noun)
    ):
        # "the releases followed a visit to Caracas by a U.S. envoy", "the deal follows
        # talks with Riyadh": a meeting held before what the subject tells
        patterns = [p for p in patterns if p.event == "CONSULT"]
        beside = True
    elif (
        noun.dep_ == "pobj"
        and head.lower_ in ("to", "for")
        and head.head.pos_ == "ADJ"
        and head.head.lemma_.lower() in READY_WORDS
        and any(p.event == "CONSULT" for p in patterns)
    ):
        # "was open to talks with Washington", "is ready for negotiations": an intent to
        # negotiate, which PLOVER codes AGREE; the talks themselves are not held
        patterns = [READY_TO_TALK]
        ready = head.head
        head = ready.head if ready.dep_ == "acomp" else ready
    elif (
        noun.dep_ in ("nsubj", "nsubjpass")
        and head.pos_ in ("VERB", "AUX")
        and between_parties(event_noun)
        and any(p.event == "CONSULT" for p in patterns)
    ):
        # "talks between the government and the unions have failed to break the
        # deadlock": talks held between the parties it names, whatever came of them
        patterns = [p for p in patterns if p.event == "CONSULT"]
        beside = True
        if lemma in EXPECTING_LEMMAS:
            # ("are expected to resume next week": the infinitive tells whether they are
            # held; "failed to break the deadlock" tells what came of them)
            head = next((c for c in head.children if c.dep_ == "xcomp"), head)
    elif noun.dep_ == "nsubj" and lemma == "leave" and left_casualties(head):
        # "clashes with police left two officers dead": only an attack leaves the dead
        patterns = [p for p in patterns if p.event == "ASSAULT"]
        if noun.lemma_.lower() == "strike":
            patterns.append(STRIKE_ATTACK)
    elif noun.dep_ == "nsubj" and _displaced_people(head):
        # "fighting between the army and the rebels has driven thousands from their
        # homes": only violence uproots people (a labour strike that "forced workers to stay
        # home" is none)
        patterns = [p for p in patterns if p.event == "ASSAULT"]
    elif (noun.dep_ == "nsubj" or (noun.dep_ == "nsubjpass" and lemma in REPORTED_OCCURRENCE)) and (
        lemma in lexicon.occurrence_verbs or _goes_on(head)
    ):
        # ("clashes between troops and rebels were reported": told as happening)
        patterns = [p for p in patterns if p.event in OCCURRENCE_TYPES]
        if lemma in VIOLENT_OCCURRENCE and noun.lemma_.lower() == "strike":
            # "Russian strikes hit Kharkiv", "strikes killed 20": what hits or kills is an
            # attack, never a labour strike
            # (the rule has specificity 1; "@air strike" and the like win where they fit)
            patterns = [p for p in patterns if p.event == "ASSAULT"] + [STRIKE_ATTACK]
        elif lemma in CASUALTY_VERBS:
            # "shelling killed 20": only an attack kills; with no attack pattern for the
            # noun the verb's own trigger codes it
            patterns = [p for p in patterns if p.event == "ASSAULT"]
    else:
        return
    noun = event_noun
    for pattern in patterns:
        if pattern.preposition and not any(
            c.dep_ == "prep"
            and c.lower_ == pattern.preposition
            and any(_names_parties(g) for g in c.children if g.dep_ == "pobj")
            for c in noun.children
        ):
            # "@operation against": not a rescue operation, nor one against drug trafficking
            continue
        modifier = modifier_ok(noun, pattern.modifier)
        if modifier:
            words = (head, noun) if modifier is True else (head, modifier, noun)
            if beside:
                words = words[1:]
            if ready is not None:
                words = (*words, ready)  # "open to talks"
            yield Trigger(pattern, head, noun, words)  # type: ignore[arg-type]


PARTY_ENTITIES = frozenset({"ORG", "NORP", "GPE", "PERSON"})


def _names_parties(noun: Token) -> bool:
    """Whether a noun may name parties: a name or a plural ("gangs", "the Taliban"),
    not an abstract thing ("drug trafficking", "corruption")."""
    return noun.pos_ == "PROPN" or noun.tag_ == "NNS" or noun.ent_type_ in PARTY_ENTITIES


def meeting_in_clause(trigger: Trigger) -> bool:
    """Whether the trigger is a meeting noun in a "during"/"in"/"at"/"after" phrase of its
    verb."""
    noun = trigger.noun
    if noun is not None and followed_event(noun):
        return True  # "the releases followed a visit by an envoy"
    if noun is not None and trigger.pattern.event == "CONSULT":
        noun = span_of_talks(container_of(noun))  # "after four days of talks with Kyiv"
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ENDING_VERBS:
            return noun.head.head.i == trigger.head.i  # "signed it, ending days of talks"
    if noun is None or noun.dep_ != "pobj":
        return False
    prep = _fighting_prep(noun) if trigger.pattern.event == "ASSAULT" else noun.head
    remote = REMOTE_PREPS if trigger.pattern.mode == "phone" else frozenset()
    if prep.lower_ == "on" and _visit_to_a_place(noun):
        return prep.head.i == trigger.head.i  # "on a visit to Benghazi, signed"
    if prep.lower_ not in MEETING_PREPS | AFTER_PREPS | FIGHTING_PREPS | remote:
        return False
    if prep.head.i == trigger.head.i:
        return True
    if prep.head.dep_ == "dobj" and prep.head.head.i == trigger.head.i:
        return True  # "made the commitment during talks with Griffiths": on the object
    # "released them days after a meeting between ...": through the time phrase's noun
    return prep.lower_ in AFTER_PREPS and getattr(_clause_verb(prep), "i", -1) == trigger.head.i


def followed_event(noun: Token) -> bool:
    """Whether ``noun`` is the object of a verb that tells what came after it: "the
    releases followed a visit by an envoy"."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in FOLLOWING_VERBS


def _joint_subject(verb: Token) -> bool:
    """Whether ``verb`` has coordinated parties as its subject ("Pakistan and Afghanistan
    agreed", or "agreed to reopen" under it), who hold a meeting it names among
    themselves."""
    if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return any(
        c.dep_ == "nsubj"
        and (
            any(g.dep_ == "conj" and g.pos_ in ("PROPN", "NOUN") for g in c.children)
            # "the two sides", "the warring parties": the sides of one table
            or (c.tag_ == "NNS" and c.lemma_.lower() in SIDE_WORDS)
        )
        for c in verb.children
    )


# words for the sides of a negotiation, which name them all together
SIDE_WORDS = frozenset({"side", "party", "delegation", "negotiator"})


def _consequence(trigger: Trigger) -> bool:
    """Whether the trigger is an event noun that a verb of consequence (``CONSEQUENCE_VERBS``,
    "the arrest of the mayor sparked protests") joins to another: it tells of both."""
    return trigger.noun is not None and trigger.head.lemma_.lower() in CONSEQUENCE_VERBS


# spans of time a phrase counts fighting in: "after days of fighting"
TIME_SPANS = frozenset({"hour", "day", "week", "month"})


def _fighting_prep(noun: Token) -> Token:
    """The preposition a fighting noun hangs on, past a span of time: "after" in "after
    days of fighting"."""
    head = noun.head
    if head.lower_ == "of" and head.head.lemma_.lower() in TIME_SPANS and head.head.dep_ == "pobj":
        return head.head.head
    return head


def _fighting_in_clause(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb of the clause a two-sided fighting noun with a named other side is told
    beside, in an "after", "during" or "amid" phrase: "captured Hama after days of
    fighting with government forces" -> "captured"."""
    if noun.dep_ != "pobj" or f"@{noun.lemma_.lower()}" not in lexicon.two_sided:
        return None
    prep = _fighting_prep(noun)
    verb = prep.head
    if prep.lower_ not in FIGHTING_PREPS or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    # the other side named with "with" (not "clashes between tribes and fighters", whose
    # sides are both named and neither is the clause's subject)
    if not any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
        for c in noun.children
    ):
        return None
    return verb


def _with_someone(noun: Token) -> bool:
    """Whether a meeting noun names whom it was with: "a call with Zelensky", "a meeting
    between Jaishankar and Wang Yi"."""
    return between_parties(noun) or any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
        for c in noun.children
    )


# the spans a meeting's parties may be told over: "18 months of talks between ..."
SPANS_OF_TALKS = frozenset({"hour", "day", "week", "month", "year"})


def container_of(noun: Token) -> Token:
    """The noun that stands in its clause for an event noun it carries: a container ("a
    series of raids", "a mediation effort"), or the span of talks that name their parties
    ("followed 18 months of secret talks between US and Cuban officials"); else the noun
    itself."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        holder = noun.head.head
        lemma = holder.lemma_.lower()
        if lemma in CONTAINER_NOUNS or (lemma in SPANS_OF_TALKS and between_parties(noun)):
            return holder
    elif noun.dep_ == "compound" and noun.head.lemma_.lower() in CONTAINER_NOUNS:
        return noun.head
    return noun


def span_of_talks(noun: Token) -> Token:
    """The span a meeting noun is told over, where the noun names whom it was with ("after
    four days of talks with Kyiv": the days) or the span follows talks ("signed the accord
    after nine days of talks", whose parties the clause names); else the noun itself."""
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in SPANS_OF_TALKS
        and (
            _with_someone(noun)
            or noun.head.head.head.lower_ in AFTER_PREPS
            # ("signed the accord, ending nine days of talks")
            or (
                noun.head.head.dep_ == "dobj" and noun.head.head.head.lemma_.lower() in ENDING_VERBS
            )
        )
    ):
        return noun.head.head
    return noun


# verbs of bringing talks to an end, whose participle tells that the talks were held
ENDING_VERBS = frozenset({"end", "conclude", "cap", "crown"})


# verbs that tell something is yet to come, of what their infinitive tells
EXPECTING_LEMMAS = frozenset({"expect", "schedule", "set", "plan", "slate", "due"})


def between_parties(noun: Token) -> bool:
    """Whether a meeting noun names all its parties, however the parser joins them: "a
    meeting between Jaishankar and Wang Yi", "talks between US and Cuban officials"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "between"
        and any(t.dep_ == "conj" for g in c.children if g.dep_ == "pobj" for t in g.subtree)
        for c in noun.children
    )


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause a phrase hangs in ("released them, days after ..."): the
    nearest verb above it, through the nouns of a time phrase."""
    for _ in range(4):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.pos_ not in ("NOUN", "ADP", "ADV"):
            return None
    return None


def meeting_verb(verb: Token, lexicon: Lexicon) -> bool:
    """Whether ``verb`` tells a meeting by itself: "met", "was received", "hosted"."""
    return any(p.event == "CONSULT" for p in lexicon.by_verb.get(verb.lemma_.lower(), ()))


def _a_meeting_clause(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a clause tells a meeting by its verb ("met", "was received") or by its
    object ("held talks")."""
    if meeting_verb(verb, lexicon):
        return True
    return any(
        c.dep_ == "dobj"
        and any(p.event == "CONSULT" for p in lexicon.by_noun.get(c.lemma_.lower(), ()))
        for c in verb.children
    )


def _visit_to_a_place(noun: Token) -> bool:
    """Whether a visit noun names where it went with "to" ("during a visit to Berlin"):
    a place, or a name the recogniser may take for a person ("Kyiv")."""
    return noun.lemma_.lower() == "visit" and any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(
            g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "FAC") or g.pos_ == "PROPN")
            for g in c.children
        )
        for c in noun.children
    )


def visitor_named_by(noun: Token) -> Token | None:
    """The visitor a visit noun names with "by" ("after a visit by a U.S. envoy"), if any."""
    if noun.lemma_.lower() not in ("visit", "trip"):
        return None
    return next(
        (
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )


def _remote_to_someone(noun: Token, verb: Token, lexicon: Lexicon) -> bool:
    """Whether a call ("in a phone call") carries a verb said to someone: "assured Putin in
    a phone call", "apologised to Putin in a call": the one addressed is the other side."""
    remote = lexicon.classes.get("remote", frozenset())
    words = {
        noun.lemma_.lower(),
        *(c.lemma_.lower() for c in noun.children if c.dep_ == "compound"),
    }
    if not words & (remote | {"call", "conversation"}):
        return False
    addressees = lexicon.classes.get("title", frozenset()) | {"counterpart"}
    return any(
        # a named addressee ("assured Putin", "told his Syrian counterpart"), not what was
        # said ("condemned the attack")
        (
            c.dep_ in ("dobj", "dative")
            and (c.pos_ in ("PROPN", "PRON") or c.lemma_.lower() in addressees)
        )
        or (c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children))
        for c in verb.children
    )


# verbs of dying, whose "in" names the violence that killed (no verb of the lexicon)
DYING_VERBS = frozenset({"die", "perish"})
# light verbs of weighing an act ("would consider military strikes"): the act is only
# possible (see factuality)
WEIGHING_VERBS = frozenset({"consider", "weigh", "contemplate", "mull"})
# what one dies in, under or from: "died in clashes", "died under torture"
DYING_PREPS = frozenset({"in", "during", "under", "from"})


def died_of(noun: Token) -> Token | None:
    """The verb of dying whose cause ``noun`` is: "died in clashes", "died under
    torture", "died from their wounds", "died as a result of beatings"."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ in DYING_PREPS:
        verb = prep.head
    elif (
        prep.lower_ == "of"
        and prep.head.lemma_.lower() in ("result", "consequence")
        and prep.head.head.lower_ == "as"
    ):
        verb = prep.head.head.head  # "as a result of"
    else:
        return None
    return verb if verb.lemma_.lower() in DYING_VERBS else None


# prepositions that set a clause inside a meeting ("during a call with", "in talks with")
MEETING_PREPS = frozenset({"during", "in", "at"})
# prepositions of the means of a talk held at a distance: "by telephone", "over videolink"
REMOTE_PREPS = frozenset({"by", "over", "via"})
# prepositions after which a meeting has already taken place ("before talks" has not)
AFTER_PREPS = frozenset({"after", "following"})
# the phrases fighting beside another act is told in: "after", "during", "amid" fighting
FIGHTING_PREPS = AFTER_PREPS | {"during", "amid"}


def _taking_part(token: Token) -> Token | None:
    """The verb of "take part in", "participate in" or "engage in" that ``token`` (the word before
    "in") belongs to, if it is one."""
    if token.lemma_.lower() in ("participate", "engage") and token.pos_ == "VERB":
        return token  # "participated in the talks", "engaged in ethnic cleansing"
    if token.lower_ == "part" and token.dep_ == "dobj" and token.head.lemma_.lower() == "take":
        return token.head
    if token.lemma_.lower() == "take" and any(  # "in" hung on "took" itself
        c.dep_ == "dobj" and c.lower_ == "part" for c in token.children
    ):
        return token
    return None


# verbs that put their subject in the state an "on" noun names ("went on strike")
STATE_VERBS = frozenset({"go", "be", "remain", "stay"})
_CANDIDATES: list = [None, None, None]  # the current document, lexicon and answer


def _candidates(doc, lexicon: Lexicon) -> list[bool]:
    """Per token, whether it may fire a pattern: a verb or noun whose lemma or lower form
    the lexicon lists, or any proper noun. Read from the arrays once a document, so most
    tokens never have a Token object built."""
    if _CANDIDATES[0] is not doc or _CANDIDATES[1] is not lexicon:
        verbs, nouns = lexicon.trigger_hashes
        rows = doc.to_array([POS, LEMMA, LOWER]).tolist()
        found = [
            pos == PROPN_ID
            # (and the verbs only a rule of this module fires on)
            or (pos == VERB_ID and (lemma in verbs or lower in verbs or lemma in _RULE_VERBS))
            or (pos == NOUN_ID and (lemma in nouns or lower in nouns))
            for pos, lemma, lower in rows
        ]
        _CANDIDATES[:] = [doc, lexicon, found]
    return _CANDIDATES[2]


def find_triggers(sent: Span, lexicon: Lexicon) -> list[Trigger]:
    """The triggers of one sentence, the most specific per clause head and type."""
    found: list[Trigger] = []
    doc = sent.doc
    candidate = _candidates(doc, lexicon)
    # (a feeling is a stance too: "said it was deeply disappointed by Argentina's decision")
    stances = lexicon.classes.get("stative", frozenset()) | lexicon.classes.get(
        "feeling", frozenset()
    )
    for i in range(sent.start, sent.end):
        if not candidate[i]:
            continue  # most tokens: no Token object built for them
        token = doc[i]
        if token.pos_ == "VERB" and (_heads_clause(token) or _stance(token, stances)):
            found.extend(_verb_matches(token, lexicon))
            if token.lemma_ == "strike" and (labour := _labour_strike(token, lexicon)):
                found.append(labour)
            if (refused := _acceptance_ruled_out(token, found)) is not None:
                found.append(refused)
            if (unbound := _bound_disowned(token, found)) is not None:
                found.append(unbound)
            if (detected := _forces_detected(token, lexicon)) is not None:
                found.append(detected)
            if (halted := _attacks_halted(token, lexicon, found)) is not None:
                found.append(halted)
            if (assailed := _attack_by_assailants(token, lexicon, found)) is not None:
                found.append(assailed)
            if (struck := _struck_by_forces(token, lexicon, found)) is not None:
                found.append(struck)
            if (asked := _forgiveness_asked(token)) is not None:
                # "asked the Indonesian people to forgive his mistakes": an apology, not a
                # request (as "asked forgiveness" is)
                found = [t for t in found if t.head.i != token.i or t.pattern.event != "REQUEST"]
                found.append(asked)
            if (cyber := _cyberattack(token, lexicon)) is not None:
                # "hackers attacked the railway": no blow struck, whatever is attacked
                found = [t for t in found if t.head.i != token.i or t.pattern.event != "ASSAULT"]
                found.append(cyber)
        elif token.pos_ in ("NOUN", "PROPN"):
            found.extend(_noun_matches(token, lexicon))
    found = [_read_again(t, lexicon) for t in found]
    # (and the charge's other readings with it: "fired rubber bullets and charged with
    # batons at crowds" charged no one with an offence)
    merged = {t.head.i for t in found if _charge_beside_crowd_control(t, found)}
    found = [t for t in found if t.head.i not in merged]
    best: dict[int, Trigger] = {}
    besides: list[Trigger] = []  # acts on a conjoined object, beside the verb's first
    for trigger in found:
        # a meeting the clause happens in is an event beside the clause's own ("promised
        # aid during a call with Kyiv"), so it does not compete with the verb's trigger
        key = (
            trigger.noun.i
            if meeting_in_clause(trigger) or _consequence(trigger)
            else trigger.head.i
        )
        current = best.get(key)
        if current is None:
            best[key] = trigger
            continue
        if _another_act_on_a_conjunct(trigger, current):
            # "imposed a state of emergency and a nightly curfew": two acts, of two kinds
            besides.append(trigger)
            continue
        rank, current_rank = _rank(trigger), _rank(current)
        # (of equal rank, the first of the things done: "imposed asset freezes and travel
        # bans" imposes the freezes)
        if rank > current_rank or (rank == current_rank and _earlier_conjunct(trigger, current)):
            best[key] = trigger
    for key, trigger in list(best.items()):
        clause = best.get(trigger.head.i)
        if key != trigger.head.i and clause is not None and clause.pattern.event == "CONSULT":
            # "discussed aid in a phone call with Lukashenko": one meeting, the noun's,
            # which tells the mode and the other side
            best[trigger.head.i] = trigger
            del best[key]
    kept = [t for t in best.values() if not _told_twice(t, best)]
    kept = [t for t in kept if not _resignation_told(t, kept)]
    for trigger in besides:
        # (beside the verb's kept act, once for each mode)
        same_verb = [k for k in kept if k.head.i == trigger.head.i]
        if same_verb and all(_another_act_on_a_conjunct(trigger, k) for k in same_verb):
            kept.append(trigger)
    return sorted(kept, key=lambda t: t.head.i)


def _another_act_on_a_conjunct(trigger: Trigger, other: Trigger) -> bool:
    """Whether ``trigger`` and ``other`` are coercions of two modes by one verb on two
    conjoined objects ("imposed a state of emergency and a nightly curfew"), both
    specific patterns: two acts, where "imposed asset freezes and travel bans" is one,
    as are "fired tear gas and rubber bullets" (one attack) and "sent troops and
    weapons" (one aid)."""
    if trigger.head.i != other.head.i or trigger.noun is None or other.noun is None:
        return False
    if (
        trigger.pattern.event != "COERCE"
        or other.pattern.event != "COERCE"
        or trigger.pattern.mode == other.pattern.mode
    ):
        # ("fired tear gas and rubber bullets", "sent troops and weapons": one act by two
        # means; a curfew and a state of emergency are two coercions)
        return False
    if trigger.pattern.noun is None or other.pattern.noun is None:
        return False  # (a pattern of the verb alone tells no act on one object)
    first, second = sorted((_object_of(trigger.noun), _object_of(other.noun)), key=lambda t: t.i)
    return _conjunct_before(first, second)


def _object_of(noun: Token) -> Token:
    """The object a matched noun stands in: "state" for "emergency" in "a state of
    emergency"."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun


def _resignation_told(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Whether ``trigger`` hands power on ("handed power to his deputy") beside a
    resignation its clause already tells ("resigned and handed power to the army",
    "resigned, handing power to his deputy"): one act, the resignation."""
    if trigger.pattern.event != "RETREAT" or trigger.pattern.noun != "power":
        return False
    verb = trigger.head
    near = {verb.head.i, *(c.i for c in verb.children)}
    return any(
        t.pattern.event == "RETREAT"
        and t.pattern.mode == "resign"
        and t.pattern.noun != "power"
        and t.head.i in near
        for t in triggers
    )


# verbs of stopping what one does; with attacks as object, a ceasefire
HALTING_LEMMAS = frozenset({"halt", "stop", "suspend", "cease", "pause", "end"})
ATTACKS_HALTED = dataclasses.replace(
    Pattern.rule("RETREAT", "halting attacks of a kind is a ceasefire"), mode="ceasefire"
)


def _attacks_halted(verb: Token, lexicon: Lexicon, found: list[Trigger]) -> Trigger | None:
    """A ceasefire where the object of "halt", "stop" or "suspend" is a kind of attack
    the lexicon names ("halted kidnappings", "stopped rocket fire"), and no pattern of
    the verb's already says what is stopped."""
    if verb.lemma_.lower() not in HALTING_LEMMAS:
        return None
    if any(t.head.i == verb.i and t.pattern.event == "RETREAT" for t in found):
        return None
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
        patterns = lexicon.by_noun.get(obj.lemma_.lower(), ())
        # attacks of a kind, one's own: not "stopped the attack", another's one attack
        if obj.tag_ != "NNS" and any(c.dep_ == "det" for c in obj.children):
            continue
        if any(
            (c.dep_ in ("amod", "compound", "nmod") and c.pos_ != "NOUN")
            or (c.dep_ == "poss" and c.pos_ != "PRON")
            for c in obj.children
        ):
            continue  # "stop jihadist violence", "halt Russian attacks": others' attacks
        if patterns and all(p.event == "ASSAULT" and p.preposition is None for p in patterns):
            return Trigger(ATTACKS_HALTED, verb, obj, (verb, obj))
    return None


def _rank(trigger: Trigger) -> tuple[bool, int, bool, bool]:
    """Which of two patterns on one clause head wins: a verdict found ("called the strikes
    a violation of its sovereignty" is no strike called), then the one that must see more
    words, then a named object noun over a class of them ("receive +observer" over
    "receive +$visitor"), then a pattern naming the verb over an event noun with any light
    verb ("the agreement was signed": "sign +agreement", as in the active voice)."""
    noun = trigger.pattern.noun
    return (
        trigger.pattern.form == "verdict",
        trigger.pattern.specificity,
        noun is not None and not noun.startswith("$"),
        trigger.pattern.form != "noun",
    )


def _earlier_conjunct(trigger: Trigger, other: Trigger) -> bool:
    """Whether ``trigger``'s noun is an earlier conjunct of ``other``'s: "asset freezes"
    before "travel bans" in "imposed asset freezes and travel bans"."""
    first, second = trigger.noun, other.noun
    return first is not None and second is not None and _conjunct_before(first, second)


def _conjunct_before(first: Token, second: Token) -> bool:
    """Whether ``second`` is a conjunct joined after ``first`` ("travel bans" after "asset
    freezes")."""
    return (
        first.i < second.i
        and second.dep_ == "conj"
        and any(t.i == first.i for t in second.ancestors)
    )


# verbs with a particle that keep an act going ("press on with", "push ahead with")
PRESSING_ON: dict[str, tuple[str, ...]] = {
    "press": ("on", "ahead"),
    "push": ("on", "ahead"),
    "carry": ("on",),
    "forge": ("ahead",),
    "go": ("ahead",),
}


def _pressing_on(verb: Token) -> bool:
    """Whether ``verb`` is "press on", "push ahead", "carry on" or the like, whose "with"
    names the act kept going."""
    particles = PRESSING_ON.get(verb.lemma_.lower(), ())
    return verb.pos_ == "VERB" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in verb.children
    )


def _goes_on(verb: Token) -> bool:
    """Whether a verb is "go on" ("the air campaign would go on until ..."): an act under
    way that continues, as "continue" tells it."""
    return verb.lemma_.lower() == "go" and any(
        c.dep_ == "prt" and c.lower_ == "on" for c in verb.children
    )


# verbs whose subject, a "strike", can only be an attack
VIOLENT_OCCURRENCE = frozenset({"kill", "wound", "injure", "hit", "pound", "destroy", "damage"})
STRIKE_ATTACK = Pattern.rule("ASSAULT", "'strikes' that hit or kill are attacks")
STRIKE_ON = Pattern.rule(
    "ASSAULT", "'strikes on' a state or a target, or by a state or a force, are attacks"
)
WORK_STRIKE = dataclasses.replace(
    Pattern.rule("PROTEST", "a strike by workers is a labour strike"), mode="strike"
)


NOT_BOUND = Pattern.rule(
    "AGREE", "a party that says it is not bound by an accord or a ruling rejects it"
)


def _bound_disowned(verb: Token, found: list[Trigger]) -> Trigger | None:
    """ "Netanyahu said Israel was not bound by the deal", "Hamas said it was not bound by
    the truce": a party says it is not held to an accord (the negation makes it a REJECT,
    as for "did not recognise the result")."""
    if (
        verb.lemma_.lower() != "bind"
        or verb.tag_ != "VBN"
        or any(t.head.i == verb.i for t in found)
    ):
        return None
    children = list(verb.children)
    if not any(c.dep_ == "nsubjpass" for c in children):
        return None
    if not _said_not(children):
        return None
    if not any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in children):
        return None
    return Trigger(NOT_BOUND, verb, None, (verb,))


NOT_TO_BE_ACCEPTED = Pattern.rule(
    "AGREE",
    "what a party says it will not accept, tolerate or recognise, whatever it is, it rejects",
)
ACCEPTING = frozenset({"accept", "tolerate", "recognise", "recognize"})


def _acceptance_ruled_out(verb: Token, found: list[Trigger]) -> Trigger | None:
    """ "Israel would never accept a Palestinian state", "will not tolerate foreign troops",
    "would not recognise any agreement reached without it": an acceptance said not to be
    coming, of a thing the lexicon has no pattern for (the intents make it a REJECT, as they
    do "would not accept the proposal")."""
    if verb.lemma_.lower() not in ACCEPTING or any(t.head.i == verb.i for t in found):
        return None
    from .factuality import cues  # (factuality reads this module)

    children = list(verb.children)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    future = cues()["future"]  # "will", "would", "shall", "'ll"
    if obj is None or not any(c.dep_ == "aux" and c.lower_ in future for c in children):
        return None
    if not _said_not(children):
        return None
    return Trigger(NOT_TO_BE_ACCEPTED, verb, obj, (verb, obj))


def _said_not(children: list[Token]) -> bool:
    """Whether a verb's own words deny it ("not", "never")."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in children)


FORCES_DETECTED = Pattern.rule(
    "MOBILIZE", "another state's forces a state detects near it are moved against it"
)
# verbs by which a state tells of foreign forces near it ("Taiwan detected 30 Chinese
# aircraft around the island")
DETECTING_LEMMAS = frozenset({"detect", "spot", "track", "monitor", "observe", "record"})
# forces that a detection counts, beyond the lexicon's class of forces
DETECTED_CRAFT = frozenset({"drone", "balloon", "warplane", "helicopter", "plane"})


_RULE_VERBS = frozenset(hash_string(w) for w in DETECTING_LEMMAS | {"bind"})  # ("not bound by")


def _forces_detected(verb: Token, lexicon: Lexicon) -> Trigger | None:
    """MOBILIZE by the state whose forces a subject detects near it: "Taiwan detected 30
    Chinese military aircraft around the island", "Japan spotted Russian warships". The
    forces must be named by their state ("Chinese"), and the detector must be named."""
    if verb.lemma_.lower() not in DETECTING_LEMMAS:
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    forces = lexicon.classes.get("force", frozenset()) | DETECTED_CRAFT
    # ("detected North Korean drones crossing the border": the parser may make the
    # drones the subject of a clause the verb takes)
    seen = [c for c in verb.children if c.dep_ == "dobj"] + [
        g
        for c in verb.children
        if c.dep_ == "ccomp" and c.tag_ == "VBG"
        for g in c.children
        if g.dep_ == "nsubj"
    ]
    for obj in seen:
        craft = counted(obj)
        if craft.lemma_.lower() not in forces:
            continue
        if named_by_state(craft):
            return Trigger(FORCES_DETECTED, verb, craft, (verb, craft))
    return None


def named_by_state(noun: Token) -> bool:
    """Whether a noun has a state's name as a modifier: "Chinese aircraft"."""
    return any(
        c.ent_type_ in ("NORP", "GPE") and c.dep_ in ("amod", "compound", "nmod")
        for c in noun.children
    )


CYBERATTACK = dataclasses.replace(
    Pattern.rule("COERCE", "an attack made by hackers is a cyberattack"), mode="cyber"
)
# verbs of attacking that, said of hackers, tell a cyberattack
HACKERS_ATTACK = frozenset({"attack", "target", "hit", "strike", "paralyse", "paralyze"})


ASSAILANTS_ATTACK = Pattern.rule("ASSAULT", "an attack by armed men or a mob is a blow struck")
ATTACK_WITH_THROWN = dataclasses.replace(
    Pattern.rule("ASSAULT", "an attack with stones or bottles is a blow struck"), mode="primitive"
)
ATTACK_WITH_ARMS = Pattern.rule("ASSAULT", "an attack with arms is a blow struck")


# what one "strikes" without a blow: "struck a balance", "struck a chord"
STRUCK_IDIOMS = frozenset({"blow", "balance", "chord", "note", "tone", "pose", "bargain"})
FORCES_STRIKE = Pattern.rule("ASSAULT", "what forces or armed men strike is attacked")
STATE_STRIKES = Pattern.rule("ASSAULT", "a party a state strikes is attacked")
# entity types of objects a state's "strike" is a blow at (places are `strike +$target`)
STRUCK_PARTIES = frozenset({"ORG", "NORP"})


def _struck_by_forces(verb: Token, lexicon: Lexicon, found: list[Trigger]) -> Trigger | None:
    """ "Indian special forces struck launch pads", "jets struck a convoy": a "strike" with
    an object whose makers are forces, their aircraft or armed men is an attack, whatever
    the object is, where no pattern of the verb already says what it is ("struck a deal");
    so is a state's strike at an organisation or a people, or at what it names ("Israel
    would strike Hezbollah", "Iran struck what it called terrorist groups")."""
    if verb.lemma_.lower() != "strike" or any(t.head.i == verb.i for t in found):
        return None
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if not objects or any(o.lemma_.lower() in STRUCK_IDIOMS for o in objects):
        return None
    armed = (
        lexicon.classes.get("assailant", frozenset())
        | lexicon.classes.get("force", frozenset())
        | lexicon.classes.get("warplane", frozenset())
    )
    makers = [c for c in children if c.dep_ == "nsubj"]
    if not makers and verb.dep_ == "conj":  # "crossed the border and struck ..."
        makers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if any(counted(m).lemma_.lower() in armed for m in makers):
        return Trigger(FORCES_STRIKE, verb, None, (verb,))
    if (
        any(m.ent_type_ == "GPE" for m in makers)
        and not any(c.dep_ == "prt" for c in children)
        and all(o.ent_type_ in STRUCK_PARTIES or _what_it_called(o) for o in objects)
    ):
        # "Israel would strike Hezbollah", "Iran struck what it called terrorist groups":
        # a state strikes an armed group, a people or what it names
        return Trigger(STATE_STRIKES, verb, None, (verb,))
    return None


def _what_it_called(noun: Token) -> bool:
    """Whether ``noun`` is named by its striker's own word: "what it called terrorist
    infrastructure" (the parser may hang "what" on the verb or on "called")."""
    return noun.tag_ == "WP" or any(
        c.dep_ == "relcl" and any(g.tag_ == "WP" for g in c.children) for c in noun.children
    )


def _attack_by_assailants(verb: Token, lexicon: Lexicon, found: list[Trigger]) -> Trigger | None:
    """A bare "attack" whose makers are armed men or a mob ("militants attacked
    Christians", "mobs attacked ethnic Uzbeks"), or one made with stones or arms
    ("protesters attacked them with rocks"): an attack on its object, whatever it is,
    where no pattern of the verb's object already says so. The bare verb is no trigger of
    its own, since in most news it is words ("attacked the bill", "attacked his critics")."""
    if verb.lemma_.lower() != "attack" or any(t.head.i == verb.i for t in found):
        return None
    children = list(verb.children)
    if not any(c.dep_ == "dobj" for c in children):
        return None
    # "protesters attacked them with rocks": what they attacked with makes it a blow
    means = {
        w.lemma_.lower()
        for c in children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
        for w in (g, *(x for x in g.children if x.dep_ == "conj"))
    }
    if means & lexicon.classes.get("thrown", frozenset()):
        return Trigger(ATTACK_WITH_THROWN, verb, None, (verb,))
    if means & lexicon.classes.get("weapon", frozenset()):
        return Trigger(ATTACK_WITH_ARMS, verb, None, (verb,))
    assailants = lexicon.classes.get("assailant", frozenset())
    makers = [c for c in children if c.dep_ == "nsubj"]
    if not any(counted(m).lemma_.lower() in assailants for m in makers):
        return None
    return Trigger(ASSAILANTS_ATTACK, verb, None, (verb,))


FORGIVENESS_ASKED = Pattern.rule("CONCEDE", "asking to be forgiven is an apology")
# verbs of asking whose "to forgive" asks forgiveness
BEGGING_LEMMAS = frozenset({"ask", "beg", "implore", "plead"})
# what one asks to be forgiven for that is one's own: "his mistakes", "our errors"
FAULT_NOUNS = frozenset({"mistake", "error", "sin", "wrong", "failure", "fault", "shortcoming"})


def _forgiveness_asked(verb: Token) -> Trigger | None:
    """An apology told as a request: "asked the people to forgive any mistakes he had
    made", "begged the families to forgive him"; not "asked the king to forgive the
    debt", someone else's."""
    if verb.lemma_.lower() not in BEGGING_LEMMAS:
        return None
    for clause in verb.children:
        if clause.dep_ != "xcomp" or clause.lemma_.lower() != "forgive":
            continue
        for obj in clause.children:
            if obj.dep_ != "dobj":
                continue
            if obj.lemma_.lower() in FAULT_NOUNS or (
                obj.tag_ == "PRP" and obj.lower_ in ("him", "her", "them", "us", "me")
            ):
                return Trigger(FORGIVENESS_ASKED, verb, None, (verb, clause))
    return None


def _cyberattack(verb: Token, lexicon: Lexicon) -> Trigger | None:
    """An attack whose makers are hackers ("Russian hackers attacked Poland's railway",
    "the railway was hit by hackers"): a cyberattack on its object."""
    if verb.lemma_.lower() not in HACKERS_ATTACK:
        return None
    children = list(verb.children)
    makers = [c for c in children if c.dep_ == "nsubj"] + [
        g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    hackers = lexicon.classes.get("hacker", frozenset())
    if not any(counted(m).lemma_.lower() in hackers for m in makers):
        return None
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in children):
        return None
    return Trigger(CYBERATTACK, verb, None, (verb,))


def _labour_strike(verb: Token, lexicon: Lexicon) -> Trigger | None:
    """A labour strike told by the verb ("doctors struck for a second day", "unions said
    they would strike again"): "strike" with no object or particle, whose subject (or,
    for "they", the subject of the clause that reports it) is of those who strike for pay
    or a cause; not "militants struck", which the lexicon's objects would make an attack."""
    children = list(verb.children)
    if any(c.dep_ in ("dobj", "prt", "nsubjpass") for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("xcomp", "conj"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("they", "we") and verb.dep_ == "ccomp":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), subject)
    strikers = lexicon.classes.get("striker", frozenset())
    if subject is None or counted(subject).lemma_.lower() not in strikers:
        return None
    return Trigger(WORK_STRIKE, verb, None, (verb,))


def _read_again(trigger: Trigger, lexicon: Lexicon) -> Trigger:
    """``trigger`` as what its words make of it beyond its pattern, each reading in turn:
    a strike on a target, arms sent into the streets, a state of war at home, a summons
    to a meeting, a welcome given to a thing."""
    trigger = _strike_on_a_target(trigger, lexicon)
    trigger = _arms_sent_into_the_streets(trigger, lexicon)
    trigger = _state_of_war_at_home(trigger)
    trigger = _summoned_to_a_meeting(trigger, lexicon)
    return _welcome_of_a_thing(trigger, lexicon)


# "summoned his ministers to an emergency meeting": called to confer, no protest lodged
SUMMONED_TO_A_MEETING = Pattern.rule("CONSULT", "those summoned to a meeting are met")


def _summoned_to_a_meeting(trigger: Trigger, lexicon: Lexicon) -> Trigger:
    """A summons to a meeting ("summoned his energy and foreign ministers to an emergency
    meeting") calls the summoned to confer (CONSULT), where a bare summons of an envoy
    is the diplomatic protest the lexicon's "summon" codes."""
    verb = trigger.head
    if trigger.pattern.text != "summon":
        return trigger
    meetings = lexicon.classes.get("meeting", frozenset())
    if any(
        g.dep_ == "pobj" and g.lemma_.lower() in meetings
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "for")
        for g in c.children
    ):
        return dataclasses.replace(trigger, pattern=SUMMONED_TO_A_MEETING)
    return trigger


# "declared a state of war": an emergency at home, no war declared on anyone
STATE_OF_WAR = dataclasses.replace(
    Pattern.rule("COERCE", "a state of war declared is an emergency at home"),
    mode="martial-law",
)


def _state_of_war_at_home(trigger: Trigger) -> Trigger:
    """A war declared as "a state of war" ("Belgrade declared a state of war") is a
    state of emergency at home, while "a state of emergency" is the emergency itself."""
    noun = trigger.noun
    if (
        trigger.pattern.event == "THREATEN"
        and noun is not None
        and noun.lemma_.lower() == "war"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() == "state"
    ):
        return dataclasses.replace(trigger, pattern=STATE_OF_WAR)
    return trigger


# "gave the deal a cautious welcome": approval of a thing, no visitor received
WELCOME_OF_A_THING = Pattern.rule("SUPPORT", "a welcome given to a thing done is approval")
# the noun classes of things done or proposed, which are welcomed, not received
WELCOMED_THINGS = ("act", "pact", "policy", "issued", "measure", "concession", "law")


def _welcome_of_a_thing(trigger: Trigger, lexicon: Lexicon) -> Trigger:
    """A welcome given to a thing done or proposed ("gave the deal a cautious welcome",
    "gave a warm welcome to the truce") approves of it (SUPPORT), where one given to a
    visitor receives them (CONSULT, the lexicon's "give +welcome")."""
    noun = trigger.noun
    if trigger.pattern.event != "CONSULT" or noun is None or noun.lemma_.lower() != "welcome":
        return trigger
    verb = trigger.head
    welcomed = [c for c in verb.children if c.dep_ == "dative" and c.pos_ == "NOUN"] + [
        g
        for w in (verb, noun)
        for c in w.children
        if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    things = frozenset().union(*(lexicon.classes.get(k, frozenset()) for k in WELCOMED_THINGS))
    if any(counted(w).lemma_.lower() in things for w in welcomed):
        return dataclasses.replace(trigger, pattern=WELCOME_OF_A_THING)
    return trigger


# forces or arms sent into the streets: a show of force at home, no aid to anyone
ARMS_ON_THE_STREETS = dataclasses.replace(
    Pattern.rule("MOBILIZE", "forces or arms sent into the streets are deployed, not given"),
    mode="weapons",
)


def _arms_sent_into_the_streets(trigger: Trigger, lexicon: Lexicon) -> Trigger:
    """A giving reading of arms sent "into the streets" ("the army sent tanks into the
    streets of the capital") is a deployment: no one is given them."""
    noun = trigger.noun
    if (
        trigger.pattern.event != "AID"
        or noun is None
        or noun.lemma_.lower() not in lexicon.classes.get("force", frozenset())
    ):
        return trigger
    for prep in trigger.head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("into", "onto", "on", "to"):
            if any(g.dep_ == "pobj" and g.lemma_.lower() == "street" for g in prep.children):
                return dataclasses.replace(trigger, pattern=ARMS_ON_THE_STREETS)
    return trigger


def _strike_on_a_target(trigger: Trigger, lexicon: Lexicon) -> Trigger:
    """A labour-strike reading of "strikes" aimed "on" or "against" a state, a group or a
    target ("whether to join Israel's strikes on Iran"), or made by a state or a force,
    is an attack; an attack reading of a strike by workers ("doctors launched a strike")
    is a labour strike."""
    noun = trigger.noun
    if noun is None or noun.lemma_.lower() != "strike":
        return trigger
    subject = next(
        (c for c in trigger.head.children if c.dep_ == "nsubj" and trigger.head.i != noun.i),
        None,
    )
    if trigger.pattern.event == "ASSAULT":
        strikers = lexicon.classes.get("striker", frozenset())
        if subject is not None and counted(subject).lemma_.lower() in strikers:
            return dataclasses.replace(trigger, pattern=WORK_STRIKE)
        return trigger
    if trigger.pattern.event != "PROTEST":
        return trigger
    targets = lexicon.classes.get("target", frozenset())
    forces = lexicon.classes.get("force", frozenset())
    if subject is not None and (subject.ent_type_ == "GPE" or subject.lemma_.lower() in forces):
        # "Israel resumed strikes across Gaza", "jets carried out strikes": no state or
        # army strikes for pay
        return dataclasses.replace(trigger, pattern=STRIKE_ON)
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and (
                    obj.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "FAC")
                    or obj.lemma_.lower() in targets
                ):
                    return dataclasses.replace(trigger, pattern=STRIKE_ON)
    return trigger


READY_TO_TALK = Pattern.rule("AGREE", "ready or open to talks: an intent to negotiate")
# adjectives of readiness that make "to talks" an offer to talk
READY_WORDS = frozenset({"open", "ready", "willing", "prepared", "amenable"})
CALL_WITH = dataclasses.replace(Pattern.rule("CONSULT", "a 'call with' someone"), mode="phone")
# verbs that count the toll of one attack: "killed one soldier and wounded two others"
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "maim"})
# what those an attack leaves are left: "left two officers dead", "left dozens injured"
CASUALTY_STATES = frozenset({"dead", "injured", "wounded", "killed", "hurt"})


# verbs by which fighting tells those it uproots: "fighting has driven thousands from their
# homes", "clashes forced 5,000 villagers to flee"
DISPLACING_VERBS = frozenset({"drive", "force", "displace", "uproot"})


def _displaced_people(verb: Token) -> bool:
    """Whether a displacing verb's object is people in numbers ("thousands of villagers",
    "5,000 residents"), not a thing ("forced the closure of the border")."""
    if verb.lemma_.lower() not in DISPLACING_VERBS:
        return False
    return any(
        c.dep_ in ("dobj", "nsubjpass") and (c.tag_ == "NNS" or counted(c) is not c)
        for c in verb.children
    )


def left_casualties(verb: Token) -> bool:
    """Whether "left" tells a toll: its object predicate is a state of the dead or hurt."""
    return any(
        c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in CASUALTY_STATES
        for c in verb.children
    ) or any(
        g.lower_ in CASUALTY_STATES and g.dep_ in ("amod", "acl", "oprd")
        for c in verb.children
        if c.dep_ == "dobj"
        for g in c.children
    )


# verbs of answering another's act, whose "by" tells what the answer was
ANSWERING_VERBS = frozenset({"retaliate", "respond", "react", "reciprocate"})


def _unauthored(verb: Token) -> bool:
    """Whether a clause is a passive that names no agent: "19 people were killed"."""
    children = list(verb.children)
    return any(c.dep_ == "nsubjpass" for c in children) and not any(
        c.dep_ == "agent" for c in children
    )


def _named_from(trigger: Trigger) -> bool:
    """Whether the noun of "came under fire" has a "from" naming who fired."""
    noun = trigger.noun
    return noun is not None and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" for g in c.children)
        for c in noun.children
    )


def _authored_retelling(clause: Trigger, main: Trigger) -> bool:
    """Whether ``clause``, an adverbial clause under ``main``, tells the same act with its
    author: "(were killed) when police opened fire on protesters"."""
    # ("when" is the parser's adverb as often as its subordinator)
    mark = next((c for c in clause.head.children if c.dep_ in ("mark", "advmod")), None)
    return (
        clause.pattern.event == main.pattern.event
        # "when their vehicle came under fire": its subject is the one attacked, and the
        # author only a "from" may name ("came under fire from Azerbaijani troops")
        and (clause.pattern.particle != "under" or _named_from(clause))
        and mark is not None
        and mark.lower_ in ("when", "as", "after")
        and any(c.dep_ == "nsubj" for c in clause.head.children)
    )


SEQUENCE_MARKS = frozenset({"after", "before", "because", "until", "once"})
# marks of a clause set against the one it hangs on: another party's act of its own
CONTRAST_MARKS = frozenset({"while", "whereas"})


def _sequenced_by_another(clause: Token) -> bool:
    """Whether an adverbial clause with a subject of its own is put before or after the
    clause it hangs on ("after rebels kidnapped two soldiers"), as a separate act; not
    where a span of days or more sets the same party's act back as what the news follows
    ("rebels fought troops, a week after the rebels launched an offensive")."""
    children = list(clause.children)
    # (a passive's doer is its agent: "before they were shot dead by security forces")
    subject = next((c for c in children if c.dep_ == "nsubj"), None) or passive_agent(clause)
    above = clause.head
    main = next((c for c in above.children if c.dep_ == "nsubj"), None)
    while main is None and above.dep_ == "conj" and above.head.i != above.i:
        # ("Protesters ransacked shops and set fire to vehicles, while police fired tear
        # gas": the joined verb's subject is the first verb's)
        above = above.head
        main = next((c for c in above.children if c.dep_ == "nsubj"), None)
    # a subject named, not the main clause's own ("days after Washington eased sanctions")
    another = (
        subject is not None
        and main is not None
        and subject.pos_ != "PRON"
        and subject.lemma_.lower() != main.lemma_.lower()
    )
    if another and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in children):
        return True  # "Baku blamed Armenian forces, while Yerevan accused Azerbaijan"
    mark = next((c for c in children if c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS), None)
    if mark is None or subject is None:
        return False
    # ("hours after Greece confiscated Iranian oil": the same day's news, an act of its own)
    if not any(
        c.dep_ == "npadvmod" and c.i < mark.i and c.lemma_.lower() not in ("hour", "minute")
        for c in children
    ):
        return True
    # ("released prisoners days after Washington eased sanctions": another party's act)
    return another


def _shared_object(verb: Token, children: list[Token]) -> list[Token]:
    """The object a verb with none of its own shares with the next verb it is joined to,
    which has no subject of its own: "beat" in "police beat and arrested dozens of
    protesters"."""
    if any(c.dep_ in ("nsubjpass", "prep", "dative", "ccomp", "xcomp") for c in children):
        return []
    for conj in _joined_after_sharing_its_subject(verb):
        if conj.pos_ == "VERB":
            return [counted(c) for c in conj.children if c.dep_ == "dobj"]
    return []


def shares_a_subject_as_passive(verb: Token) -> bool:
    """Whether ``verb`` is a passive joined to a verb before it, with no subject of its own:
    "were intercepted" in "bombers flew a patrol and were intercepted by jets"."""
    children = list(verb.children)
    return (
        verb.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    )


def _shared_passive_subject(verb: Token) -> list[Token]:
    """What a passive verb with no subject of its own tells of: the subject of the verb it
    is joined to, "bombers" in "bombers flew a patrol and were intercepted by jets"."""
    if not shares_a_subject_as_passive(verb):
        return []
    return [
        n
        for c in verb.head.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for o in (c, *(g for g in c.children if g.dep_ == "conj"))
        for n in _contents(o)
    ]


def _joined_after_sharing_its_subject(verb: Token) -> Iterable[Token]:
    """The words joined to ``verb`` after it that have no subject of their own."""
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.i > verb.i:
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
                yield conj


def _verb_sharing_the_next_ones_object(trigger: Trigger, best: dict[int, Trigger]) -> bool:
    """Whether a verb with no object of its own is joined to a next verb of the same type
    that has one: in "donated and delivered supplies to hospitals" (or "shelled and
    bombed Kharkiv") both verbs tell the one act, which the second tells in full."""
    head = trigger.head
    own_noun = trigger.noun is not None and trigger.noun.head.i == head.i
    if own_noun or any(c.dep_ in ("dobj", "nsubjpass", "prep", "dative") for c in head.children):
        return False
    for conj in _joined_after_sharing_its_subject(head):
        other = best.get(conj.i)
        if (
            other is not None
            and other.pattern.event == trigger.pattern.event
            and not _acts_of_two_modes(trigger, other)
            and any(c.dep_ == "dobj" for c in conj.children)
        ):
            return True
    return False


def _acts_of_two_modes(first: Trigger, second: Trigger) -> bool:
    """Whether two verbs of one type tell acts of two modes, so two acts: "resigned and
    left the country" is a resignation and a withdrawal (where "shelled and bombed
    Kharkiv", of two means, is one attack)."""
    modes = (first.pattern.mode, second.pattern.mode)
    return first.pattern.event != "ASSAULT" and None not in modes and modes[0] != modes[1]


def _protest_told_by_its_crowd(trigger: Trigger, best: dict[int, Trigger]) -> bool:
    """Whether a protest participle describes the subject of another protest: in
    "demonstrators protesting the results marched in Monrovia" the march is the protest."""
    head = trigger.head
    if trigger.pattern.event != "PROTEST" or head.dep_ != "acl" or head.tag_ != "VBG":
        return False
    crowd = head.head
    if crowd.dep_ != "nsubj":
        return False
    main = best.get(crowd.head.i)
    return main is not None and main.pattern.event == "PROTEST"


# modes of damage a riot does, which are the riot's, not attacks of their own
RIOT_DAMAGE_MODES = frozenset({None, "primitive", "destroy"})


def _damage_of_a_riot(trigger: Trigger, best: dict[int, Trigger]) -> bool:
    """Whether an act of damage told in a participle of a riot ("rioted, setting fire to
    mattresses and smashing furniture") is the riot's own doing: destruction incidental
    to a riot is no attack (PLOVER manual, ASSAULT)."""
    head = trigger.head
    if trigger.pattern.event != "ASSAULT" or trigger.pattern.mode not in RIOT_DAMAGE_MODES:
        return False
    clause = head
    if clause.dep_ == "conj" and clause.head.tag_ == "VBG":
        clause = clause.head  # "setting fire ... and smashing furniture"
    if clause.dep_ != "advcl" or clause.tag_ != "VBG":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    main = best.get(clause.head.i)
    return main is not None and main.pattern.event == "PROTEST" and main.pattern.mode == "riot"


def _retold_in_relative(trigger: Trigger, best: dict[int, Trigger]) -> bool:
    """Whether the trigger's subject is a "which" or "that" standing for an event noun of
    another trigger of its type: the relative clause tells that act again."""
    subject = next((c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in ("which", "that"):
        return False
    clause = trigger.head
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return False
    noun = clause.head
    return any(
        t is not trigger
        and t.noun is not None
        and t.noun.i == noun.i
        and t.pattern.event == trigger.pattern.event
        for t in best.values()
    )


# what an attack's participles tell of its toll ("killing 10 and damaging a building"),
# not acts of their own (as "taking dozens hostage" is)
TOLL_LEMMAS = frozenset({"kill", "wound", "injure", "damage", "destroy", "set", "burn"})
# those held in a jail, whom an attack that frees them breaks out
JAILED = frozenset({"inmate", "prisoner", "detainee", "convict"})
# verbs of setting free, which under an attack tell a breakout
BREAKOUT_LEMMAS = frozenset({"free", "release", "liberate"})
# verbs of saying, whose participle may tell the act of its clause again
SAYING_LEMMAS = frozenset({"say", "claim", "add", "state", "insist", "announce", "report"})


# types whose modes are different deeds (a seizure, an arrest, a deportation), not the
# means of one deed (an attack's drones and missiles, a deployment's troops and tanks)
DEEDS_BY_MODE = frozenset({"COERCE", "SANCTION", "RETREAT"})


def distinct_acts(one: Trigger, other: Trigger) -> bool:
    """Whether two triggers of one type name two different deeds by their modes: "raided
    the camp, arresting 12" is a seizure and arrests, where "launched a drone attack,
    firing 355 drones and nine missiles" is one attack told twice."""
    event = one.pattern.event
    if event == other.pattern.event == "ASSAULT":
        # "attacked the town, kidnapping the mayor's wife": people carried off are a
        # second deed, whatever the attack's own mode
        return (one.pattern.mode == "abduct") != (other.pattern.mode == "abduct")
    return (
        event == other.pattern.event
        and event in DEEDS_BY_MODE
        and bool(one.pattern.mode and other.pattern.mode)
        and one.pattern.mode != other.pattern.mode
    )


def _told_twice(trigger: Trigger, best: dict[int, Trigger]) -> bool:
    """Whether ``trigger`` retells part of another trigger's event in the sentence."""
    head = trigger.head
    if head.lemma_.lower() in ANSWERING_VERBS and any(
        t.head.dep_ == "pcomp" and t.head.head.lower_ == "by" and t.head.head.head.i == head.i
        for t in best.values()
    ):
        return True  # "retaliated by restricting imports": the means is the act
    if _unauthored(head) and any(
        t.head.dep_ == "advcl" and t.head.head.i == head.i and _authored_retelling(t, trigger)
        for t in best.values()
    ):
        return True  # "19 people were killed when police opened fire": the police's act
    if (
        head.dep_ == "ccomp"
        and head.head.tag_ == "VBG"
        and head.head.dep_ == "advcl"
        and head.head.lemma_.lower() in SAYING_LEMMAS
    ):
        # "India struck nine sites, saying it had hit infrastructure": the act told again
        # by its doer, in the participle of its saying
        told = best.get(head.head.head.i)
        if told is not None and told.pattern.event == trigger.pattern.event:
            return True
    if (
        head.dep_ == "conj"
        and head.tag_ == "VBG"
        and head.lemma_.lower() in TOLL_LEMMAS
        and head.head.dep_ == "advcl"
        and head.head.tag_ == "VBG"
    ):
        # "shelled the centre of Kharkiv, killing 10 civilians and damaging a building":
        # the second participle tells the same act's toll, as the first does
        told = best.get(head.head.head.i)
        if told is not None and told.pattern.event == trigger.pattern.event:
            return True
    if (
        (head.tag_ == "VBG" or head.dep_ == "conj")
        and head.dep_ in ("advcl", "conj")
        and head.lemma_.lower() in BREAKOUT_LEMMAS
        and trigger.pattern.event == "RETREAT"
        and not any(c.dep_ == "nsubj" for c in head.children)
        # (those freed from a jail; "stormed the train and freed 300 passengers" rescues)
        and any(c.dep_ == "dobj" and counted(c).lemma_.lower() in JAILED for c in head.children)
    ):
        # "gangs attacked the town, freeing 500 inmates from its prison": a jailbreak the
        # attack made, not a release by those who held them
        attack = best.get(head.head.i) or best.get(head.head.head.i)
        if attack is not None and attack.pattern.event == "ASSAULT":
            return True
    if (
        head.dep_ == "advcl"
        and head.tag_ == "VBG"
        and head.lemma_.lower() in TOLL_LEMMAS
        and any(
            (told := best.get(g.i)) is not None and told.pattern.event == trigger.pattern.event
            for prep in head.head.children
            if prep.dep_ == "prep"
            for g in prep.children
            if g.dep_ == "pcomp"
        )
    ):
        # "apologised for shooting down a Russian helicopter, killing two crew members":
        # the toll of the attack in the gerund, which the parser hangs on the verb above
        return True
    if (
        trigger.pattern.event == "ACCUSE"
        and trigger.pattern.form == "verdict"
        and head.dep_ == "advcl"
        and head.tag_ == "VBG"
        and (apology := best.get(head.head.i)) is not None
        and apology.pattern.event == "CONCEDE"
    ):
        # "apologised for the bloodshed, calling it a fatal error", "apologised to China,
        # describing the strike as a tragic mistake": the apology's own words
        return True
    if _retold_in_relative(trigger, best):
        return True  # "the strike, which Israel said targeted a commander, killed four"
    if _verb_sharing_the_next_ones_object(trigger, best):
        return True  # "donated and delivered supplies to hospitals": one act, two verbs
    if _protest_told_by_its_crowd(trigger, best):
        return True  # "demonstrators protesting the results marched": one protest
    if _damage_of_a_riot(trigger, best):
        return True  # "inmates rioted, setting fire to mattresses": the riot's damage
    above = best.get(head.head.i) if head.head.i != head.i else None
    if above is None:
        # "a rally ... calling for": the event noun of the trigger above carries the clause
        above = next(
            (t for t in best.values() if t.noun is not None and t.noun.i == head.head.i), None
        )
    if above is None:
        return False
    same = above.pattern.event == trigger.pattern.event and not distinct_acts(above, trigger)
    # "opened fire on crowds, killing 19": an adverbial clause of the same type
    if (
        same
        and head.dep_ == "advcl"
        and not (_unauthored(above.head) and _authored_retelling(trigger, above))
        # "ordered the offensive after rebels kidnapped two soldiers": another act, by
        # another party, that the clause puts before or after it
        and not _sequenced_by_another(head)
    ):
        return True
    # "met in Beijing and discussed trade": one meeting, told in two verbs (while "and
    # later spoke with Lavrov", "and met Zelensky" name a partner of their own)
    if (
        same
        and trigger.pattern.event == "CONSULT"
        and head.dep_ == "conj"
        and not any(
            c.dep_ in ("nsubj", "nsubjpass")
            or (c.dep_ == "prep" and c.lower_ == "with")
            or (c.dep_ == "dobj" and c.pos_ == "PROPN")
            for c in head.children
        )
    ):
        return True
    # "killed one soldier and wounded two others": one attack's toll, told in two verbs
    if (
        same
        and head.dep_ == "conj"
        and head.lemma_.lower() in CASUALTY_VERBS
        and above.head.lemma_.lower() in CASUALTY_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    ):
        return True
    # "thousands marched in Kirkuk, calling for independence": the demand is what the
    # protest says, not a request of its own
    return (
        trigger.pattern.event == "REQUEST"
        and above.pattern.event == "PROTEST"
        and head.dep_ in ("advcl", "acl", "xcomp", "relcl")
    )
