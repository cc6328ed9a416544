"""Factuality: is the event asserted, negated or hypothetical, and who reports it.

The cue words live in ``data/lexicon/cues.csv``. From the trigger's clause head the code
walks up the clause links of the parse (xcomp, ccomp, advcl, acl ...) and stops at the
first cue that settles it:

- negation on the clause ("did not meet", "never met", "no talks were held") -> negated;
- a denial or a negative implicative above it ("denied shelling", "failed to reach")
  -> negated; a noun with "no" above it ("no indication that he pushed for") -> negated;
- a modal ("could", "would", "will"), a condition ("if", "unless"), an infinitive under a
  verb that does not imply the act happened ("agreed to withdraw", "threatened to strike"),
  a belief, forecast or demand above it, a purpose clause, a question -> hypothetical;
- a reporting verb above it ("X said Y attacked") keeps it asserted and attributes it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..data import data_path, read_csv
from ..when import REFUSING_VERBS
from .repair import (
    ALLEGING_LEMMAS,
    CLAIM_NOUNS,
    NAMING_VERBS,
    own_tensed,
    passive_agent,
    stopped_short_of,
    to_infinitive,
)
from .triggers import READY_WORDS, SPEECH_NOUNS, WEIGHING_VERBS, Trigger, subject_word


@dataclass(frozen=True)
class Factuality:
    label: str  # asserted | negated | hypothetical
    cue: str | None  # the words that decided it, for evidence
    reporter: Token | None = None  # subject of the reporting verb, or object of "according to"
    # why it is not asserted: negation, denial, refusal, future, possible, obligation,
    # condition, intent, embedded, alleged, speculative, purpose, question; None where
    # asserted
    reason: str | None = None


# verbs of contact whose purpose, said in words, is said in the contact
# (not a summons: the summons is itself the protest, PLOVER manual, CONSULT)
CONTACT_LEMMAS = frozenset({"telephone", "phone", "call", "ring", "visit", "meet"})
# acts done in words during a call or a visit: thanks and congratulations, protests,
# demands, apologies
SAID_IN_CONTACT = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "CONCEDE", "PROTEST"})
# promises are said in the contact too ("telephoned Musharraf to offer help"), while an
# accord one meets to reach ("met to agree on a truce") may not come
PROMISING_LEMMAS = frozenset({"offer", "promise", "pledge", "assure", "vow"})
# verbs of owning up to a deed, whose gerund tells it as done: "admitted killing them"
ADMITTING_LEMMAS = frozenset({"admit", "acknowledge", "confess"})
# verbs of wanting, whose negation disowns an intent as "not willing to" does
DESIRING = frozenset({"want", "wish"})


def said_in_the_contact(trigger: Trigger, parent: Token, current: Token) -> bool:
    """Whether ``current`` is the infinitive of purpose of a call or a visit
    (``parent``) and the trigger's act is one said in words there."""
    act = trigger.head
    return (
        # (or an infinitive joined to it: "telephoned to express condolences and offer
        # assistance")
        (current.i == act.i or (act.dep_ == "conj" and act.head.i == current.i))
        and to_infinitive(current)
        and parent.lemma_.lower() in CONTACT_LEMMAS
        and (
            trigger.pattern.event in SAID_IN_CONTACT
            or (trigger.pattern.event == "AGREE" and act.lemma_.lower() in PROMISING_LEMMAS)
        )
        # ("called on Kenya to", "called for talks to": a demand, not a call; "called
        # Sall on Sunday" is one)
        and not any(
            c.dep_ in ("prt", "prep")
            and c.lower_ in ("on", "for")
            and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
            for c in parent.children
        )
    )


def contact_purposed(trigger: Trigger) -> Token | None:
    """The call or visit the trigger's act was the purpose of, said in it ("telephoned
    Fujimori to thank him", "telephoned Musharraf to express condolences and offer
    assistance"), if any."""
    purpose = trigger.head.head if trigger.head.dep_ == "conj" else trigger.head
    if purpose.dep_ in ("xcomp", "advcl") and said_in_the_contact(trigger, purpose.head, purpose):
        return purpose.head
    return None


# verbs of a journey made, whose purpose to meet someone is the meeting held on arrival
TRAVEL_LEMMAS = frozenset({"fly", "travel", "step", "cross", "drive", "journey", "head"})


def travelled_to_meet(trigger: Trigger, parent: Token, current: Token) -> bool:
    """Whether ``current`` is a meeting a journey told as made (``parent``, in the past)
    was for: "Kim Jong Un stepped across the demarcation line to meet Moon Jae-in",
    "Fujimori flew to Bagua on Monday to meet his military commanders"."""
    return (
        current.i == trigger.head.i
        and trigger.pattern.event == "CONSULT"
        and to_infinitive(current)
        and parent.lemma_.lower() in TRAVEL_LEMMAS
        and parent.tag_ == "VBD"
    )


# acts done in words, which one may take the floor to do
SAID_ON_A_PLATFORM = SAID_IN_CONTACT | frozenset({"THREATEN", "REJECT", "AGREE"})


def said_on_a_platform(trigger: Trigger, parent: Token, current: Token) -> bool:
    """Whether ``current`` is the infinitive of purpose of taking the floor (``parent``:
    "went on television", "took to Twitter", "called a news conference", "used a
    speech") and the trigger's act is one done in words there: what one takes the floor
    to say is said, as sure as the broadcast."""
    if not (
        current.i == trigger.head.i
        and to_infinitive(current)
        and parent.lemma_.lower() in cues()["platform-verb"]
        and trigger.pattern.event in SAID_ON_A_PLATFORM
    ):
        return False
    platforms = cues()["platform"]
    for child in parent.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in platforms:
            return True
        if child.dep_ == "prep" and child.lower_ in ("on", "to"):
            if any(o.dep_ == "pobj" and o.lemma_.lower() in platforms for o in child.children):
                return True
    return False


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = defaultdict(set)
    for _, row in read_csv(data_path("lexicon", "cues.csv"), ("cue", "kind")):
        kinds[row["kind"]].add(row["cue"].lower())
    return {kind: frozenset(words) for kind, words in kinds.items()}


# subjects that deny the act of everyone they stand for: "neither side accused",
# "no country has recognised", "none of the parties signed"
NEGATIVE_SUBJECTS = frozenset({"neither", "none", "nobody", "nothing"})
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})


# adverbs that deny the clause they modify: "never", and "rarely accepts foreign help",
# which tells of no acceptance
# what a report that is denied is said to be: "reports that ... were false"
FALSE_WORDS = frozenset(
    {"false", "untrue", "baseless", "unfounded", "fake", "incorrect", "inaccurate", "wrong"}
    | {"fabrication", "lie", "fiction"}
)
# what makes a source's report a rumour
UNCONFIRMED = frozenset({"unconfirmed", "unverified", "uncorroborated", "unsubstantiated"})
NEGATIVE_ADVERBS = frozenset({"never", "rarely", "seldom", "hardly", "scarcely"})


# verbs that pledge an act told as a gerund after "to": "committed to pulling back"
COMMITTING_LEMMAS = frozenset({"commit"})


def fires(verb: Token) -> bool:
    """Whether ``verb`` is a shooting: "fired on", or a verb whose object is "fire" ("opened
    fire on")."""
    return verb.lemma_.lower() == "fire" or any(
        c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children
    )


def negation(token: Token) -> str | None:
    """The word that negates ``token``'s clause ("not", "never", "no one"), if any; or the
    "before" of a clause on "any" one ("collapsed before any agreement was signed")."""
    mark = next((c for c in token.children if c.dep_ == "mark"), None)
    if (
        mark is not None
        and mark.lower_ in ("before", "until")
        and any(
            g.dep_ == "det" and g.lower_ == "any"
            for c in token.children
            if c.dep_ in ("nsubj", "nsubjpass", "dobj")
            for g in c.children
        )
    ):
        return f"{mark.text} any"
    if token.pos_ in ("VERB", "AUX"):
        # "Beijing neither recognised nor accepted the ruling": both verbs denied
        if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in token.children):
            return "neither"
        # "the vote was neither free nor fair": the predicate of a "be" denied
        if token.lemma_ == "be" and any(
            c.dep_ in ("acomp", "attr")
            and any(g.dep_ == "preconj" and g.lower_ == "neither" for g in c.children)
            for c in token.children
        ):
            return "neither"
        if token.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ == "nor" for c in token.head.children
        ):
            return "nor"
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in NEGATIVE_ADVERBS):
            return child.text
        if child.dep_ == "det" and child.lower_ == "no":
            return child.text
        if child.dep_ == "advmod" and child.lower_ == "longer":
            if any(g.lower_ == "no" for g in child.children):
                return "no longer"  # "will no longer tolerate rallies"
        if child.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("VERB", "AUX"):
            if child.lower_ in NEGATIVE_SUBJECTS:
                return child.text
            if det := next(
                (
                    d
                    for d in child.children
                    if d.dep_ in ("det", "preconj") and d.lower_ in NEGATIVE_DETERMINERS
                ),
                None,
            ):
                return f"{det.text} {child.text}"
            # "not a single lawmaker voted for it", "not one country recognised it"
            single = [d for d in child.children if d.lower_ in ("single", "one")]
            if single and any(d.dep_ == "neg" for w in (child, *single) for d in w.children):
                return f"not {single[0].text} {child.text}"
    return None


def open_question(head: Token) -> Token | None:
    """The "whether" or "if" that makes the clause of ``head`` (or a clause it is part of)
    an open question: "refused to say whether Britain would send tanks"."""
    current = head
    for _ in range(8):
        mark = next(
            (c for c in current.children if c.dep_ == "mark" and c.lower_ in ("whether", "if")),
            None,
        )
        if mark is not None:
            return mark
        if current.dep_ not in ("xcomp", "ccomp", "conj", "advcl") or current.head.i == current.i:
            return None
        current = current.head
    return None


MODAL_KINDS = ("future", "possible", "obligation")
_CLITICS = {"wo": "will", "ca": "can"}  # "won't", "can't"


# intent words that are also common verbs of their own: "set fire", "went home"
INTENT_ONLY_WITH_AN_INFINITIVE = frozenset({"set", "go"})


def _as_an_intent(word: Token) -> bool:
    """Whether an intent word says an intention ("is set to visit", "vowed to fight"),
    not its other sense ("setting fire to a door before police dispersed them")."""
    return word.lemma_.lower() not in INTENT_ONLY_WITH_AN_INFINITIVE or any(
        c.dep_ == "xcomp" for c in word.children
    )


def modal_of(token: Token) -> tuple[str, str] | None:
    """(the modal word, its kind) among the auxiliaries of a verb."""
    kinds = cues()
    for child in token.children:
        if child.dep_ not in ("aux", "auxpass"):
            continue
        word = _CLITICS.get(child.lower_, child.lower_)
        for kind in MODAL_KINDS:
            if word in kinds[kind] or child.lemma_.lower() in kinds[kind]:
                if word in COUNTERFACTUAL_MODALS and _perfect(token):
                    # "would have stormed the building had talks failed": what did not
                    # happen, neither done nor intended
                    return child.text, "condition"
                return child.text, kind
    return None


RANK_WORDS = frozenset({"first", "last", "only", "second", "third", "latest"})


def _ranked(noun: Token) -> bool:
    """Whether a noun is ranked ("the first delegation", "the only leader", "the first
    head of state"): an infinitive on it tells what was done ("the first to visit")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "the first head of state to visit": the head is ranked
    return any(
        c.dep_ in ("amod", "det", "advmod") and (c.lower_ in RANK_WORDS or c.tag_ == "JJS")
        for c in noun.children
    )


# modals that with "have" and a participle say what did not happen
COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might", "should"})


def _perfect(verb: Token) -> bool:
    """Whether the verb has the perfect auxiliary "have" ("would have stormed")."""
    return any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VB" for c in verb.children
    )


def _condition(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "mark" and child.lower_ in cues()["condition"]:
            return child.text
    return inverted_condition(token)


# the auxiliaries that open a condition put before its subject: "Should Iran resume",
# "Were Russia to attack", "Had the talks failed"
INVERTED_CONDITION_AUX = frozenset({"should", "were", "had"})


def inverted_condition(clause: Token) -> str | None:
    """The auxiliary of an adverbial clause that is a condition by inversion ("Should
    Tehran resume enrichment, ..."), else None."""
    if clause.dep_ != "advcl":
        return None
    aux = next((c for c in clause.children if c.dep_ in ("aux", "auxpass")), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if aux is None or subject is None or aux.lower_ not in INVERTED_CONDITION_AUX:
        return None
    return aux.text if aux.i < subject.i and aux.i == clause.left_edge.i else None


def _subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, or the one it shares with the verb it is joined to
    ("denied the charge and accused the UN of ...": the one who denied)."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return subject_word(child)
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
    return None


def _according_to(token: Token) -> Token | None:
    """The object of an "according to" on ``token``, or on a participle that trails its
    clause: "bombed a village, killing 20 people, according to witnesses" is all theirs."""
    for child in token.children:
        # (the parser may read "according" as a verb joined to a participle's clause)
        if child.dep_ in ("prep", "conj", "advcl") and child.lower_ == "according":
            for grandchild in child.children:
                if grandchild.dep_ == "prep" and grandchild.lower_ == "to":
                    for obj in grandchild.children:
                        if obj.dep_ == "pobj":
                            return obj
    for child in token.children:
        if (
            child.dep_ == "advcl"
            and child.tag_ == "VBG"
            and child.i > token.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in child.children)
            and (found := _according_to(child)) is not None
        ):
            return found
    return None


CLAUSE_LINKS = frozenset(
    {"ccomp", "xcomp", "acomp", "advcl", "conj", "parataxis", "pcomp", "prep", "pobj"}
)


# what a party may be asked for help in doing
HELP_NOUNS = frozenset({"help", "support", "assistance", "aid", "cooperation"})
REQUESTING = frozenset({"seek", "request", "call", "appeal", "want", "need"})


def _help_sought(prep: Token, kinds: dict[str, frozenset[str]]) -> Token | None:
    """The verb that asks for help "in" or "with" doing something ("demanded support in
    regaining control", "asked the army for help with retaking"), if ``prep`` is that "in"."""
    if prep.lower_ not in ("in", "with"):
        return None
    noun = prep.head
    if noun.pos_ == "VERB":
        # ("demanded help from the government in regaining": the parser may hang the
        # "in" on the verb, beside the help asked for)
        noun = next((c for c in noun.children if c.dep_ == "dobj"), noun)
    if noun.lemma_.lower() not in HELP_NOUNS:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head  # "asked the army for help"
    lemma = verb.lemma_.lower()
    if verb.pos_ == "VERB" and (lemma in kinds["directive"] or lemma in REQUESTING):
        return verb
    return None


# verbs of holding or punishing someone "for" a deed, which the verb's subject alleges
CHARGING_LEMMAS = frozenset(
    {"arrest", "detain", "jail", "imprison", "sentence", "convict", "charge", "fine"}
    | {"prosecute", "indict", "execute", "punish", "sanction", "expel", "deport", "hang"}
)


# what one is held "on": "arrested a leader on charges of calling for ...", "on suspicion
# of spying"
SUSPICION_NOUNS = frozenset({"charge", "suspicion", "accusation", "allegation"})


def charged_on(prep: Token) -> Token | None:
    """The "on" (or "over") of a suspicion an "of" phrase names the act of: "arrested a
    leader on charges of calling for ..."."""
    noun = prep.head
    if prep.lower_ != "of" or noun.lemma_.lower() not in SUSPICION_NOUNS or noun.dep_ != "pobj":
        return None
    return noun.head if noun.head.lower_ in ("on", "over") else None


def _charging_verb(prep: Token) -> Token | None:
    """The verb of holding or punishing a "for" phrase gives the charge of: "jailed a man
    for donating", with the "for" on the verb or on the one jailed."""
    holder = prep.head
    if holder.dep_ == "dobj" and holder.pos_ in ("NOUN", "PROPN"):
        holder = holder.head
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in holder.children):
        return None  # "was jailed for donating": no one named alleges it
    return holder if holder.lemma_.lower() in CHARGING_LEMMAS else None


def _claimant(claim: Token) -> Token | None:
    """Who makes a claim: its owner ("Kyiv's claim"), its "by" or "from" ("an allegation
    by the rebels"), or the subject of the verb that makes it ("the rebels made an
    allegation")."""
    for child in claim.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent
    if claim.dep_ == "dobj":
        return _subject_of(claim.head)
    return None


def find_reporter(head: Token) -> Token | None:
    """Who reports the clause of ``head``: the subject of a reporting verb above it
    ("Kyiv said Russian forces shelled ...") or the object of "according to"."""
    kinds = cues()
    current = head
    for _ in range(8):
        if found := _according_to(current):
            return found
        if found := _trailing_speaker(current, head, kinds["reporting"]):
            return found  # "police fired at protesters, killing 11, a rights group said"
        parent = current.head
        if (
            current.dep_ == "acl"
            and parent.dep_ == "nsubj"
            and (speaker := _second_subject(parent))
        ):
            return speaker  # "Israeli strikes killed 30 people, the ministry said", misparsed
        if (
            current.dep_ == "prep"
            and current.lower_ in ("of", "for")
            and parent.dep_ in ("dobj", "nsubjpass")
            and parent.head.lemma_.lower() in kinds["reporting"]
        ):
            # "accused foreign agencies of organising the protests", with "of" hung on the
            # accused: the accuser reports it
            return _subject_of(parent.head)
        if (
            current.dep_ == "pcomp"
            and (charge := parent if parent.lower_ == "for" else charged_on(parent)) is not None
            and (charging := _charging_verb(charge)) is not None
            and (charger := _subject_of(charging)) is not None
        ):
            # "arrested a missionary for collaborating with Israel": the charge, which
            # the one who arrests alleges
            return charger
        if (
            current.dep_ in ("acl", "ccomp")
            and parent.pos_ == "NOUN"
            and parent.lemma_.lower() in CLAIM_NOUNS
            and (owner := _claimant(parent)) is not None
        ):
            return owner  # "an allegation by the rebels that the army had seized the town"
        if (
            current.dep_ == "acl"
            and parent.pos_ == "NOUN"
            and parent.dep_ in ("attr", "dobj", "nsubj", "nsubjpass")
            and any(
                (c.dep_ == "mark" and c.lower_ == "that") or (c.dep_ == "aux" and c.tag_ == "TO")
                for c in current.children
            )
        ):
            # "there was no sign that troops were withdrawing, the agency's head said",
            # "said it had foiled a plot to attack the embassy": a clause on its noun is
            # told by the speaker of the noun's own clause
            current = parent.head
            continue
        if parent.i == current.i or current.dep_ not in CLAUSE_LINKS:
            return None
        if current.dep_ == "parataxis" and current.i < parent.i:
            return None  # "X signed a deal last week; troops have yet to leave, experts
            # said": a statement before the semicolon is the writer's own
        if parent.lemma_.lower() in kinds["reporting"] and current.dep_ in (
            "ccomp",
            "prep",
            "pcomp",
            "parataxis",
        ):
            if any(c.dep_ == "auxpass" for c in parent.children):
                # "has been accused by rights groups of killing civilians": the accuser
                # is the agent; the one accused reports nothing
                return passive_agent(parent)
            speaker = _subject_of(parent)
            if speaker is None and parent.dep_ == "advcl" and parent.tag_ == "VBG":
                # "Beijing rejected the protest, saying the jets had harassed its pilots":
                # the one saying is the subject of the clause the participle hangs on
                speaker = _subject_of(parent.head)
            return speaker
        current = parent
    return None


def _trailing_speaker(clause: Token, head: Token, reporting: frozenset[str]) -> Token | None:
    """The subject of a reporting verb the parser hung after the clause it reports, as a
    side clause with no report of its own: "..., a rights group said, as ...". Not for a
    ``head`` inside that side clause itself."""
    for child in clause.children:
        if (
            child.dep_ == "parataxis"
            and child.i > clause.i
            and child.i != head.i
            and not child.is_ancestor(head)
            and child.lemma_.lower() in reporting
            and not any(c.dep_ in ("ccomp", "xcomp") for c in child.children)
        ):
            return _subject_of(child)
    return None


# verbs whose "from" names what one does not do, or is kept from doing ("prevented the
# warship from arresting the fishermen", "barred them from entering")
REFRAINING_LEMMAS = frozenset(
    {"refrain", "abstain", "desist", "hold", "shy", "stop", "keep"}
    | {"prevent", "block", "bar", "deter", "dissuade", "prohibit", "forbid", "restrain"}
)
# prepositions that name what a noun is about ("talks on ending the war")
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# verbs that warn a party off an act: "warned X against invading", "cautioned against"
WARNING_LEMMAS = frozenset({"warn", "caution", "advise", "urge", "counsel"})

# subordinators of a clause that tells its own act beside the main one
BESIDE_MARKS = frozenset({"after", "before", "when", "as", "since", "because", "while"})


def _subordinate_with_subject(clause: Token) -> bool:
    """Whether an adverbial clause has a subordinator of time or cause and a subject of its
    own: "after opposition leaders accused it"."""
    children = list(clause.children)
    return any(c.dep_ == "mark" and c.lower_ in BESIDE_MARKS for c in children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in children
    )


def disputed_note(clause: Token) -> Token | None:
    """The claim noun of a note after a comma that calls ``clause`` a claim another
    denies ("the Cambodians had opened fire first, a charge Phnom Penh rejected"), if
    the clause is reported ("Bangkok said"), else None."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in cues()["reporting"]:
        return None
    for note in clause.children:
        if (
            note.dep_ in ("npadvmod", "appos")
            and note.i > clause.i
            and note.lemma_.lower() in CLAIM_NOUNS
            and note.i >= 2
            and note.doc[note.left_edge.i - 1].text == ","
            and note_denial(note) is not None
        ):
            return note
    return None


def note_denial(note: Token) -> Token | None:
    """The verb of denial of a claim noun's relative clause ("a charge Phnom Penh
    rejected", "an allegation Kigali denies"), if any."""
    denials = cues()["denial"] | {"reject", "dismiss"}
    return next(
        (c for c in note.children if c.dep_ == "relcl" and c.lemma_.lower() in denials), None
    )


def _retort(denial: Token, clause: Token) -> bool:
    """Whether a denial verb after a clause has a claim noun of its own as argument ("X
    accused Rwanda of sending troops, a charge Kigali denied"): the parser hung the clause
    on the denial, which only answers it."""
    return clause.i < denial.i and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj")
        and c.i > clause.i
        and c.lemma_.lower() in CLAIM_NOUNS
        for c in denial.children
    )


def _second_subject(subject: Token) -> Token | None:
    """The speaker of a reporting verb the parser gave two subjects, the reported clause's
    ("strikes killed 30 people") and, after it, its own ("the ministry said")."""
    verb = subject.head
    if verb.lemma_.lower() not in cues()["reporting"]:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.i), None)


# the types of a verdict on a thing, which a relative clause on its noun may pass
VERDICT_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# verbs of weighing an act, whose refusal under a modal refuses the act
CONSIDERING = frozenset({"consider", "contemplate", "entertain"})
# verbs of speaking and stance that the parser may hang on the reported clause instead of
# on the reporting verb: "said five fighters were killed and vowed to retaliate"
SPEECH_VERBS = frozenset(
    {"accuse", "blame", "condemn", "denounce", "criticise", "criticize", "warn", "threaten"}
    | {"vow", "pledge", "promise", "reject", "urge", "demand", "deny", "call", "add", "insist"}
)


# texts between states, whose participles tell their terms
TREATY_TERMS = frozenset({"convention", "treaty", "pact", "accord", "protocol"})


def _inside_a_text(noun: Token) -> Token | None:
    """The law, bill or decree whose terms ``noun`` is named in ("a law that punishes
    citizens ..."), if any: a present-tense clause or participle on such a noun holds it."""
    for ancestor in noun.ancestors:
        if (
            ancestor.dep_ in ("relcl", "acl")
            and ancestor.head.lemma_.lower() in SPEECH_NOUNS
            and ancestor.tag_ in ("VBZ", "VBP", "VBG")
        ):
            return ancestor.head
    return None


# verbs whose object is an act only planned ("planning an attack", "plotted a coup")
PLANNING_LEMMAS = frozenset({"plan", "intend", "prepare", "plot"})


# verbs of a talk, in which one may go on to urge, warn or promise
CONVERSING_LEMMAS = frozenset({"speak", "talk", "meet", "phone", "telephone", "confer", "chat"})


def misattached_speech(verb: Token) -> bool:
    """A speech verb with no subject of its own coordinated with the verb of a reported
    clause: it belongs with the reporting verb above ("Putin said Russia had never
    carried out cyberattacks and accused Washington of hacking")."""
    if verb.dep_ != "conj" or verb.head.dep_ != "ccomp":
        return False
    kinds = cues()
    lemma = verb.lemma_.lower()
    if lemma not in SPEECH_VERBS and lemma not in kinds["reporting"] | kinds["intent"]:
        return False
    if lemma in kinds["intent"] and lemma not in SPEECH_VERBS | kinds["reporting"]:
        # an intention only as "vowed to ...": "set up roadblocks" is an act, not a saying
        if not any(c.dep_ == "xcomp" for c in verb.children):
            return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb.head.lemma_.lower() in CONVERSING_LEMMAS:
        # "said Guterres had spoken with the leaders and urged both to show restraint": what
        # is said in a talk told is said by the one who talked
        return False
    said = verb.head.head
    # "X spoke with Y and urged him to ..., state media said": a report told after the
    # clause holds all of it; only a report before it ("Putin said ... and accused") is
    # joined by the speech verb
    return said.lemma_.lower() in kinds["reporting"] and said.i < verb.head.i


# an attempt at force is itself an act of force (an assassination attempt, a failed raid);
# an attempt to talk or to agree is not a talk or an agreement
ATTEMPT_IS_ACT = frozenset({"ASSAULT", "COERCE"})
# verbs of using a means, whose infinitive says what the means did
INSTRUMENT_LEMMAS = frozenset({"use", "employ"})


# verbs whose "not to" infinitive is something asked, warned against or sworn off: the act
# is left undone by choice to come, not denied
BIDDING_NOT_TO = frozenset({"warn", "vow", "swear", "pledge", "promise"})


def _bidden_not_to(verb: Token, kinds: dict[str, frozenset[str]]) -> bool:
    """Whether ``verb`` is a negated infinitive under a demand, warning or pledge: "urged
    Israel not to launch", "vowed never to negotiate"."""
    if verb.dep_ not in ("xcomp", "ccomp") or not any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children
    ):
        return False
    lemma = verb.head.lemma_.lower()
    return lemma in kinds["directive"] or lemma in BIDDING_NOT_TO


# words of a mind set on an act ("bent on", "intent on"): the act is aimed at, not done
BENT_ON_WORDS = frozenset({"bent", "intent", "set", "keen", "determined", "insistent"})
# nouns of being about to do a thing: "on the verge of signing"
BRINK_NOUNS = frozenset({"verge", "brink", "cusp", "point"})


# verbs of deciding, and the acts a decision to take is the act taken
DECIDING_LEMMAS = frozenset({"agree", "decide", "resolve"})
DECIDED_ACTS = frozenset({"SANCTION"})


# verbs of a part taken in another's act, whose "in" phrase is that act ("would
# cooperate in hunting down the perpetrators")
HELPING_IN_LEMMAS = frozenset(
    {"cooperate", "help", "assist", "join", "participate", "collaborate", "aid"}
)


def decided_act(lemma: str, event: str) -> bool:
    """Whether a verb of ``lemma`` decides on an act of type ``event`` that the decision
    takes: "EU leaders agreed to impose sanctions on Minsk" is the sanction imposed (while
    "pledged to impose" or "offered to impose" is not yet done)."""
    return lemma in DECIDING_LEMMAS and event in DECIDED_ACTS


def _accusation_of(preposition: Token) -> Token | None:
    """The verb of accusing whose "of" (or "for") phrase ``preposition`` is, hung on the
    verb or on the one accused ("accused Washington of hacking"), if it is one."""
    if preposition.lower_ not in ("of", "for"):
        return None
    holder = preposition.head
    while preposition.dep_ == "conj" and holder.pos_ == "ADP":
        # "accused the prince of smuggling weapons into the country and of negotiating":
        # a second "of" joined to a preposition before it hangs where that one does
        preposition, holder = holder, holder.head
    if holder.dep_ == "relcl" and holder.head.dep_ == "dobj":
        holder = holder.head  # "accused the senators who voted against her of ...": the
        # parser hangs the phrase on the relative clause about the one accused
    if holder.dep_ == "dobj" and holder.head.lemma_.lower() in ALLEGING_LEMMAS:
        return holder.head
    return holder if holder.lemma_.lower() in ALLEGING_LEMMAS else None


# words of a time to come: "next week", "tomorrow", "the coming days"
LATER_WORDS = frozenset({"next", "tomorrow", "coming", "upcoming"})
# how an event noun is set for a time: "a strike starting next week", "from next Monday"
# (not "for the next five years": how long, not when)
SETTING_WORDS = frozenset({"start", "begin", "from", "on"})


def _set_for_later(noun: Token) -> str | None:
    """The words that set an event noun for a time to come ("a blockade starting next
    week", "a strike from next Monday", "talks tomorrow"), or None."""
    for child in noun.children:
        if child.dep_ not in ("acl", "prep", "npadvmod") or (
            child.dep_ != "npadvmod" and child.lemma_.lower() not in SETTING_WORDS
        ):
            continue
        times = [child] if child.dep_ == "npadvmod" else list(child.subtree)[1:]
        if any(t.lower_ in LATER_WORDS and t.ent_type_ in ("DATE", "TIME") for t in times):
            return " ".join(t.text for t in child.subtree)
    return None


def assess(trigger: Trigger) -> Factuality:
    """The factuality of a trigger's event and, where reported, its reporter."""
    kinds = cues()
    reporter: Token | None = find_reporter(trigger.head)
    sent = trigger.head.sent
    if reporter is not None and (
        doubt := next(
            (c for c in reporter.children if c.dep_ == "amod" and c.lower_ in UNCONFIRMED), None
        )
    ):
        # "unconfirmed reports said Russian drones had struck": no one vouches for it
        cue = f"'{doubt.text} {reporter.text}'"
        return Factuality("hypothetical", cue, reporter, "speculative")
    if trigger.noun is not None and (cue := negation(trigger.noun)):
        return Factuality("negated", f"'{cue} {trigger.noun.text}'")
    if (note := disputed_note(trigger.head)) is not None:
        # "Bangkok said the Cambodians had opened fire first, a charge Phnom Penh
        # rejected": a deed one side says and the other denies is not told as done
        cue = f"'{trigger.head.text}', a {note.text} '{note_denial(note).text}'"
        return Factuality("hypothetical", cue, reporter, "disputed")
    if trigger.noun is not None and (later := _set_for_later(trigger.noun)) is not None:
        # "announced a nationwide blockade starting next week", "a general strike from
        # next Monday": an act set for a day to come has not happened
        return Factuality("hypothetical", f"'{later}'", reporter, "future")
    if (
        trigger.noun is not None
        and trigger.noun.head.i == trigger.head.i
        and trigger.head.lemma_.lower() in WEIGHING_VERBS
    ):
        # "would consider military strikes", "is weighing sanctions": an act weighed is
        # only possible, and more so under a modal (which the intents may make a threat)
        if modal := modal_of(trigger.head):
            return Factuality(
                "hypothetical", f"'{modal[0]} {trigger.head.text}'", reporter, modal[1]
            )
        cue = f"'{trigger.head.text}'"
        return Factuality("hypothetical", cue, reporter, "speculative")
    if (
        trigger.noun is not None
        and trigger.noun.dep_ == "nsubj"
        and trigger.noun.head.i == trigger.head.i
        and trigger.head.lemma_ == "be"
        and (planned := next((c for c in trigger.head.children if c.dep_ == "xcomp"), None))
        and to_infinitive(planned)
    ):
        # "talks between the government and the rebels are to begin within 90 days": what
        # is to happen has not
        cue = f"'{trigger.head.text} to {planned.text}'"
        return Factuality("hypothetical", cue, reporter, "future")
    for obj in trigger.head.children:
        if obj.dep_ == "dobj" and any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
            # "offered no security guarantees", "made no concessions": none given
            return Factuality("negated", f"'no {obj.text}'", reporter, "negation")
    current = trigger.head
    # across a preposition ("a day after protesters stormed", "accused X of shelling")
    # the clause above no longer lends its negation or modality; only denial reaches
    inherit = True
    # a conjunct clause with a subject of its own does not share the first clause's own
    # negation or modality ("said the removal was not legal and that Washington still
    # recognised Zelaya"), though both share what governs them ("denied that ... and that")
    own = True
    for _ in range(8):
        if inherit and own and (cue := negation(current)) and not _condition(current):
            # ("if the hostages are not freed": what is not done in a condition is only
            # supposed, and the condition below says so)
            if _bidden_not_to(current, kinds):
                # "urged Israel not to launch an offensive": not done, and not denied
                cue = f"'{current.head.text} ... {cue} to {current.text}'"
                return Factuality("hypothetical", cue, reporter, "embedded")
            return Factuality("negated", f"'{cue}' on '{current.text}'", reporter, "negation")
        if inherit and own and (modal := modal_of(current)):
            return Factuality("hypothetical", f"'{modal[0]} {current.text}'", reporter, modal[1])
        if inherit and own and (cue := _condition(current)):
            return Factuality("hypothetical", f"'{cue}' clause", reporter, "condition")
        own = True
        link, parent = current.dep_, current.head
        if (
            link == "dobj"
            and current.pos_ == "NOUN"
            and parent.pos_ == "VERB"
            and parent.lemma_.lower() in PLANNING_LEMMAS
        ):
            # "accused France of planning a military intervention", "is preparing an
            # offensive": an act planned or prepared is not yet done
            cue = f"'{parent.text} {current.text}'"
            return Factuality("hypothetical", cue, reporter, "intent")
        if (
            link == "pcomp"
            and parent.lower_ == "of"
            and parent.head.lemma_.lower() in kinds["reporting"]
            and any(c.dep_ == "auxpass" for c in parent.head.children)
            and passive_agent(parent.head) is None
        ):
            # "the army has been accused of killing civilians": alleged by no one named,
            # as "is alleged to have killed" is, and so not told as done
            cue = f"'{parent.head.text} {parent.text}' with no accuser named"
            return Factuality("hypothetical", cue, reporter, "alleged")
        if link == "pcomp" and (accuser := _accusation_of(parent)) is not None:
            # "Kiev accused Moscow of sending tanks", "blamed the rebels for attacking the
            # convoy": the text tells the accusation (ACCUSE), not the deed as done
            cue = f"'{accuser.text} ... {parent.text} {current.text}'"
            return Factuality("hypothetical", cue, reporter, "alleged")
        if (
            link == "pcomp"
            and parent.lower_ == "before"
            and parent.head.lemma_.lower() in kinds["directive"]
        ):
            # "demanded a truce before allowing aid convoys in": what waits on the
            # demand being met is not done
            cue = f"'{parent.head.text} ... {parent.text} {current.text}'"
            return Factuality("hypothetical", cue, reporter, "condition")
        if link == "pcomp" and (asker := _help_sought(parent, kinds)) is not None:
            # "asked the army for help in retaking the village": what help is sought for
            # is not done
            cue = f"'{asker.text} ... {parent.head.text} {parent.text} {current.text}'"
            return Factuality("hypothetical", cue, reporter, "embedded")
        if (
            link == "pcomp"
            and parent.lower_ in ("of", "than")
            and any(c.lower_ in ("instead", "rather") for c in parent.children)
        ):
            # "instead of imposing tariffs", "rather than imposing tariffs": not done
            cue = (
                f"'{' '.join(c.text for c in parent.children if c.dep_ == 'advmod')} {parent.text}'"
            )
            return Factuality("negated", cue, reporter, "negation")
        if link == "pcomp" and (
            (
                parent.lower_ == "to"
                and parent.head.pos_ in ("ADJ", "ADV")
                and parent.head.lower_ == "close"
            )
            or (parent.lower_ == "of" and parent.head.lemma_.lower() in BRINK_NOUNS)
        ):
            # "are close to signing a security agreement", "on the verge of collapsing":
            # near, and so not yet done
            cue = f"'{parent.head.text} {parent.text} {current.text}'"
            return Factuality("hypothetical", cue, reporter, "speculative")
        if link == "pcomp" and parent.lower_ == "on" and parent.head.lower_ in BENT_ON_WORDS:
            # "extremists bent on seizing power", "intent on attacking the capital": an aim,
            # not yet done (and often one another ascribes, so no stated intention)
            cue = f"'{parent.head.text} {parent.text} {current.text}'"
            return Factuality("hypothetical", cue, reporter, "speculative")
        if link in ("ccomp", "advcl", "pcomp", "acl") and (mark := _subjunctive(current)):
            # "demanded that Israel ease restrictions", "pushed for the US to support":
            # what is called for, in the mood that says so, has not been done
            return Factuality("hypothetical", f"'{mark} ... {current.text}'", reporter, "embedded")
        if misattached_speech(current):
            parent = parent.head  # the reporting verb, not the reported clause
        if link in ("relcl", "acl") and _nothing(parent):
            # "Tokyo had nothing to apologise for", "no one to negotiate with"
            return Factuality("negated", f"'{parent.text} to {current.text}'", reporter, "negation")
        if (
            parent.i == current.i
            or link in ("ROOT", "relcl", "acl")
            and parent.pos_ not in ("NOUN", "PROPN")
        ):
            break
        lemma = parent.lemma_.lower()
        if (
            link == "pcomp"
            and parent.lower_ == "to"
            and parent.head.lemma_.lower() == "look"
            and any(c.lower_ == "forward" for c in parent.head.children)
        ):
            # "looked forward to working with Lula": a wish, an intention, not yet done
            cue = f"'{parent.head.text} forward to'"
            return Factuality("hypothetical", cue, reporter, "intent")
        if (
            link == "pcomp"
            and parent.lower_ == "to"
            and parent.head.lemma_.lower() in COMMITTING_LEMMAS
        ):
            # "committed to pulling its troops back": a pledge, not yet done
            cue = f"'{parent.head.text} {parent.text} {current.text}'"
            return Factuality("hypothetical", cue, reporter, "intent")
        if lemma == "be" and link == "xcomp":
            # "were due to meet", read as an infinitive on "were": the adjective tells it
            lemma = next((c.lower_ for c in parent.children if c.dep_ == "acomp"), lemma)
        if (
            link == "acl"
            and current.tag_ == "VBG"
            and parent.lemma_.lower() in TREATY_TERMS
            and current.i == trigger.head.i
        ):
            # "the Ottawa convention banning anti-personnel mines": what a treaty says, not
            # an act of anyone's
            return Factuality(
                "hypothetical", f"the terms of the '{parent.text}'", reporter, "embedded"
            )
        if parent.pos_ in ("NOUN", "PROPN") and link in ("acl", "ccomp", "appos", "relcl"):
            if (
                link in ("acl", "relcl")
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in current.children)
                # "an attempt to assassinate the governor": an attempt at force is force
                and not (lemma in kinds["attempt"] and trigger.pattern.event in ATTEMPT_IS_ACT)
                # "converged for a rally to protest": the protest is the rally
                and trigger.pattern.event != "PROTEST"
                # "the first delegation to visit Bucharest": it did
                and not _ranked(parent)
            ):
                # "a deal to release the hostages appeared close", "the decision to
                # withdraw": what the noun is for, not yet done
                if lemma in kinds["intent"] and (no := negation(parent)) == "no":
                    # "has no plans to withdraw its troops": an intent disowned
                    return Factuality("negated", f"'{no} {parent.text}'", reporter, "negation")
                cue = f"'{parent.text} to {current.text}'"
                return Factuality("hypothetical", cue, reporter, "embedded")
            if link == "relcl" or (
                # "a decision the opposition called a coup": a relative clause with no
                # pronoun, which the parser calls a modifier; told, not speculated
                link == "acl"
                and current.tag_ in ("VBD", "VBZ", "VBP")
                and any(c.dep_ == "nsubj" for c in current.children)
                # (the noun is what the verb takes: not "demands he resign", "reports
                # Beijing planned to cut aid", which say what the noun holds)
                and current.i == trigger.head.i
                and trigger.pattern.event in VERDICT_TYPES
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in current.children)
            ):
                if (text := _inside_a_text(parent)) is not None:
                    # "a law that punishes citizens who support sanctions": whom the law is
                    # about, not an act anyone did
                    cue = f"'{current.text}' in the terms of a {text.text}"
                    return Factuality("hypothetical", cue, reporter, "embedded")
                break
            if (cue := negation(parent)) and not _no_doubt(parent, current):
                return Factuality("negated", f"'{cue} {parent.text}'", reporter, "negation")
            if lemma in kinds["speculative-noun"] and not (
                # "a deal brokered by Qatar": a participle with its agent tells how the deal
                # came about, not what it is to do
                link == "acl"
                and current.tag_ == "VBN"
                and any(c.dep_ == "agent" for c in current.children)
            ):
                cue = f"'{parent.text}' over the clause"
                return Factuality("hypothetical", cue, reporter, "speculative")

            governor = parent.head
            if parent.dep_ == "dobj" and governor.lemma_.lower() in kinds["denial"]:
                # "denied reports that its troops shelled the town", "dismissed reports
                # that it had pressured Israel"
                cue = f"'{governor.text} {parent.text}'"
                return Factuality("negated", cue, reporter, "denial")
            if (
                link == "acl"
                and parent.dep_ == "pobj"
                and lemma in SPEECH_NOUNS
                and governor.lower_ == "against"
            ):
                # "voted against a U.N. resolution condemning Russia": it condemns no one
                # for the voter, and whether it passed is not told here
                cue = f"'{governor.head.text} against {parent.text}'"
                return Factuality("hypothetical", cue, reporter, "embedded")
            if (
                link == "acl"
                and parent.dep_ == "pobj"
                and lemma in SPEECH_NOUNS
                and governor.dep_ == "prep"
                and governor.head.pos_ == "VERB"
            ):
                # "failed to agree on a resolution condemning the coup": as surely as the
                # text is agreed on
                current = governor.head
                continue
            if link == "acl" and parent.dep_ == "dobj" and lemma in SPEECH_NOUNS:
                if governor.lemma_.lower() in kinds["blocking"]:
                    # "vetoed a resolution demanding a ceasefire": it demands nothing
                    cue = f"'{governor.text} {parent.text}'"
                    return Factuality("hypothetical", cue, reporter, "embedded")
                # "failed to adopt a resolution calling for a ceasefire": what the text
                # says is said only as surely as the text is issued
                current = governor
                continue
            if parent.dep_ in ("nsubj", "nsubjpass") and (
                verdict := next(
                    (
                        c
                        for c in governor.children
                        if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in FALSE_WORDS
                    ),
                    None,
                )
            ):
                # "reports that Russian troops had entered Kupiansk were false"
                cue = f"'{parent.text} ... {verdict.text}'"
                return Factuality("negated", cue, reporter, "denial")
            if parent.dep_ in ("nsubj", "nsubjpass", "dobj") and governor.i != parent.i:
                # "reports that Iran supplied missiles could not be verified"
                doubt = negation(governor) or (modal_of(governor) or ("",))[0]
                if doubt:
                    cue = f"'{doubt} {governor.text}' over '{parent.text}'"
                    return Factuality("hypothetical", cue, reporter, "speculative")
            break
        if (
            lemma in kinds["denial"]
            and link in ("xcomp", "ccomp", "dobj", "pcomp", "advcl")
            # "denied the report, calling it a fabrication": the verdict is the denial's;
            # "rejected the protest, saying the jets had harassed its pilots": what it
            # says is its own claim, not what it denies
            and not (
                link == "advcl"
                and (
                    current.lemma_.lower() in NAMING_VERBS
                    or (current.tag_ == "VBG" and current.lemma_.lower() in kinds["reporting"])
                    # "denied it planned to leave, after opposition leaders accused it": a
                    # clause of its own, with its own subject, put beside the denial
                    or _subordinate_with_subject(current)
                )
            )
        ):
            if _retort(parent, current):
                if trigger.head.i != current.i and current.lemma_.lower() in ALLEGING_LEMMAS:
                    # "accused Rwanda of arming the rebels, a charge Kigali denied": the
                    # deed alleged is disputed, so not told as done
                    cue = f"'{current.text}', a charge '{parent.text}'"
                    return Factuality("hypothetical", cue, reporter, "disputed")
                break  # "..., a charge Kigali denied": the denial is another's, of the charge
            return Factuality("negated", f"'{parent.text}'", reporter, "denial")
        if link in ("xcomp", "advcl") and (
            said_in_the_contact(trigger, parent, current)
            or said_on_a_platform(trigger, parent, current)
            or travelled_to_meet(trigger, parent, current)
        ):
            # "telephoned Clinton to protest", "called Sall to congratulate him": what the
            # call was for was said in it, as sure as the call ("went on television to
            # urge calm" urges it; "flew to Bagua on Monday to meet his commanders" met
            # them)
            current = parent
            continue
        if link == "xcomp":
            if (
                lemma in kinds["reporting"]
                and any(c.dep_ == "aux" and c.lemma_ == "have" for c in current.children)
                and not any(c.dep_ == "auxpass" for c in parent.children)
            ) or (lemma in ADMITTING_LEMMAS and current.tag_ == "VBG" and not negation(parent)):
                # "Russia claimed to have captured the village": reported as done, by the
                # one who claims it (while "is said to have" stays hearsay); and "Police
                # have acknowledged killing more than 6,000 suspects", a deed owned up to
                reporter = reporter or next((c for c in parent.children if c.dep_ == "nsubj"), None)
                current = parent
                continue
            if lemma in kinds["negative"]:
                reason = "refusal" if lemma in REFUSING_VERBS else "denial"
                return Factuality("negated", f"'{parent.text} to'", reporter, reason)
            if lemma in CONSIDERING and modal_of(parent) is not None and (no := negation(parent)):
                # "Washington would not consider lifting the sanctions": a refusal to
                # weigh it, said now (while "did not consider" only tells of the past)
                return Factuality("negated", f"'{no} {parent.text}'", reporter, "refusal")
            if (lemma in kinds["intent"] or lemma in DESIRING) and (
                no := negation(parent) or (parent.dep_ == "acomp" and negation(parent.head))
            ):
                # "was not ready to resume talks", "is not willing to withdraw": an intent
                # disowned, a refusal (and so is "did not want to negotiate with the
                # hijackers", while wanting to is only a wish)
                cue = f"'{no} {parent.text} to'"
                return Factuality("negated", cue, reporter, "refusal")
            attempted = (
                lemma in kinds.get("attempt", ()) and trigger.pattern.event in ATTEMPT_IS_ACT
            ) or (
                # "used drones to strike an oil depot": the attack is what the use was
                lemma in INSTRUMENT_LEMMAS and trigger.pattern.event == "ASSAULT"
            )
            # "became the first head of state to visit", as the parser hangs it: done
            ranked = any(c.dep_ == "attr" and _ranked(c) for c in parent.children)
            # "EU leaders agreed to impose sanctions on Minsk": a body's decision on a
            # measure of its own is the measure taken
            decided = decided_act(lemma, trigger.pattern.event)
            if lemma not in kinds["implicative"] and not attempted and not ranked and not decided:
                reason = "intent" if lemma in kinds["intent"] else "embedded"
                cue = f"'{parent.text} to {current.text}'"
                return Factuality("hypothetical", cue, reporter, reason)
        elif link == "ccomp":
            if lemma in kinds["speculative"] or lemma in kinds["directive"]:
                cue = f"'{parent.text}' over the clause"
                return Factuality("hypothetical", cue, reporter, "speculative")
            if lemma not in kinds["implicative"] and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in current.children
            ):
                # "a pact allowing troops to be deployed": an infinitive clause with a
                # subject of its own, as an xcomp, is allowed or wanted, not done
                cue = f"'{parent.text}' over the infinitive '{current.text}'"
                return Factuality("hypothetical", cue, reporter, "embedded")
        elif link == "advcl":
            if to_infinitive(current):
                if trigger.pattern.event == "PROTEST" and current.i == trigger.head.i:
                    # "drove tractors into Brussels to protest": gathering or marching to
                    # protest is protesting, as sure as the march itself
                    current = parent
                    continue
                if parent.lemma_.lower() == "vote":
                    # "voted on Sunday to impeach Rousseff": the parser hangs the
                    # infinitive as a purpose when a day comes between; the vote enacts it
                    current = parent
                    continue
                cue = f"purpose clause 'to {current.text}'"
                return Factuality("hypothetical", cue, reporter, "purpose")
            mark = next((c for c in current.children if c.dep_ == "mark"), None)
            if _so_that(mark):
                # "to amend the constitution so that same-sex marriages are banned"
                return Factuality("hypothetical", "purpose clause 'so that'", reporter, "purpose")
            if (
                mark is not None
                and mark.lower_ in ("once", "when", "after")
                # ("would withdraw it, a day after protesters stormed parliament": a day
                # counted from the act tells it happened)
                and not (
                    mark.lower_ == "after" and any(c.dep_ == "npadvmod" for c in current.children)
                )
                # ("would not be intimidated after Russia warned": what a refusal answers
                # has happened)
                and not (mark.lower_ == "after" and current.tag_ == "VBD" and negation(parent))
                and (modal := modal_of(parent)) is not None
                # ("talks could only begin once Cambodia stopped its attacks")
                and modal[1] in ("future", "possible")
                and current.tag_ in ("VBD", "VBP", "VBZ", "VBN")
                and not any(c.dep_ == "aux" and c.lower_ == "had" for c in current.children)
            ):
                # "would take effect once (or only after) sanctions were lifted": a time
                # still to come
                cue = f"'{mark.text}' under '{modal[0]} {parent.text}'"
                return Factuality("hypothetical", cue, reporter, "condition")
            if (
                mark is not None
                and mark.lower_ in ("until", "before")
                and (
                    modal_of(parent)
                    or negation(parent)
                    # "have sworn to fight until they gain control": the governing act is
                    # itself only intended, so what it waits for has not happened
                    or (parent.tag_ == "VB" and parent.dep_ == "xcomp")
                    or (parent.lemma_.lower() in kinds["intent"] and _as_an_intent(parent))
                    # "opposed the deployment until their demands are met"
                    or parent.lemma_.lower() in kinds["negative"] | OPPOSING_LEMMAS
                    # "ruled out talks until Thai troops pulled back"
                    or (
                        parent.lemma_.lower() == "rule"
                        and any(c.dep_ == "prt" and c.lower_ == "out" for c in parent.children)
                    )
                )
            ):
                # "will not negotiate until Burhan surrendered": not yet happened
                cue = f"'{mark.text}' under '{parent.text}'"
                return Factuality("hypothetical", cue, reporter, "condition")
            if (
                mark is None
                and current.tag_ == "VBG"
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children)
                and parent.dep_ == "ccomp"
                and parent.head.lemma_.lower() in kinds["speculative"]
            ):
                # "believed al Qaeda was behind the bombings, working with local
                # militants": a bare participle tells more of the clause believed
                cue = f"'{parent.head.text}' over the clause"
                return Factuality("hypothetical", cue, reporter, "speculative")
            break  # an adverbial clause ("when", "after", "as") has its own factuality
        elif link in ("pcomp", "pobj", "prep"):
            if (
                link == "prep"
                and parent.pos_ == "VERB"
                and lemma in kinds["reporting"]
                and (cue := negation(parent))
            ):
                # "neither side accused the other of violating the truce": no one says it
                return Factuality("hypothetical", f"'{cue} {parent.text}'", reporter, "embedded")
            if link == "prep" and stopped_short_of(current) is not None:
                # "stopped short of accusing Iran of supplying drones": neither is said;
                # "stopped short of lifting sanctions": a step declined, a refusal
                cue = f"'{parent.head.text} short of'"
                return Factuality("negated", cue, reporter, "refusal")
            if (
                link == "prep"
                and parent.pos_ == "NOUN"
                and trigger.head.dep_ == "pcomp"
                and current.lower_ in ("in", "of", "for")
            ):
                # "no interest in occupying Russian territory", "plans for attacking":
                # what a noun of will or intent is about is not done
                if cue := negation(parent):
                    return Factuality("negated", f"'{cue} {parent.text}'", reporter, "negation")
                if lemma in kinds["speculative-noun"]:
                    cue = f"'{parent.text} {current.text}'"
                    return Factuality("hypothetical", cue, reporter, "embedded")
            if (
                link == "prep"
                and current.lower_ == "on"
                and parent.pos_ == "VERB"
                and trigger.head.dep_ == "pcomp"
                and current.i == trigger.head.head.i
                # ("opened fire on demonstrators marching to the palace": those shot at,
                # doing what they did)
                and not fires(parent)
            ):
                # "no decision had been made on resuming aid", "insisted on holding
                # elections": what a verb is "on" is what it is about, not yet done
                cue = f"'{parent.text} on'"
                return Factuality("hypothetical", cue, reporter, "embedded")
            if link == "prep" and current.lower_ == "without" and trigger.head.dep_ == "pcomp":
                # "left without signing the deal": not done
                return Factuality("negated", "'without'", reporter, "negation")
            if (
                link == "prep"
                and current.lower_ == "from"
                and parent.lemma_.lower() in REFRAINING_LEMMAS
            ):
                # "refrained from retaliating", "held back from striking": not done
                cue = f"'{parent.text} from'"
                return Factuality("negated", cue, reporter, "negation")
            if (
                link == "prep"
                and current.lower_ == "against"
                and parent.lemma_.lower() in WARNING_LEMMAS
            ):
                # "warned Xi against invading Taiwan": what one is warned against is not done
                return Factuality("hypothetical", f"'{parent.text} against'", reporter, "embedded")
            if (
                link == "prep"
                and current.lower_ in ("to", "for")
                and parent.pos_ == "ADJ"
                and parent.lemma_.lower() in READY_WORDS
                and trigger.head.dep_ == "pcomp"
            ):
                # "was open to negotiating with Washington": a readiness, not a talk held
                cue = f"'{parent.text} {current.text}'"
                return Factuality("hypothetical", cue, reporter, "intent")
            if (
                link == "prep"
                and current.lower_ in TOPIC_PREPS
                and parent.pos_ == "NOUN"
                and trigger.head.dep_ == "pcomp"
            ):
                # "a referendum on annexing Essequibo", "talks on ending the war": what a
                # vote or a talk is about is not done
                cue = f"'{parent.text} {current.text}'"
                return Factuality("hypothetical", cue, reporter, "embedded")
            # (the first of joined means too: "could retaliate by restricting tourism or
            # curbing imports")
            means_verb = trigger.head
            while means_verb.dep_ == "conj" and means_verb.head.i != means_verb.i:
                means_verb = means_verb.head
            means = means_verb.dep_ == "pcomp" and (
                means_verb.head.lower_ == "by"
                # ("would cooperate in hunting down the perpetrators": the hunt is as sure
                # as the help in it)
                or (
                    means_verb.head.lower_ == "in"
                    and means_verb.head.head.lemma_.lower() in HELPING_IN_LEMMAS
                )
            )
            if not (
                means
                and (current.i in (trigger.head.i, means_verb.i) or current.lower_ in ("by", "in"))
            ):
                # (but "might retaliate by restricting imports": the means is as sure as
                # the act it is the means of)
                inherit = False
        elif link == "csubj" and current.tag_ == "VBG":
            # "that sending troops would work": a gerund subject is as sure as its clause
            pass
        elif link not in ("conj", "parataxis") or (link == "parataxis" and current.i < parent.i):
            # a side clause before its head ("X accepted it; Y has not responded") is a
            # statement of its own
            break
        elif link == "conj" and any(
            c.dep_ == "cc" and c.lower_ in ("but", "yet") and parent.i < c.i < current.i
            for c in (*parent.children, *current.children)
        ):
            # "would not give in to pressure but was open to dialogue": what "but" sets
            # against a negated clause is not negated with it
            break
        elif (
            link == "conj"
            and parent.dep_ == "ROOT"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children)
        ):
            # "the Kremlin did not comment, but the ministry said it had hit ...": a main
            # clause with a subject of its own does not share the first one's negation
            break
        elif link == "conj" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > parent.i for c in current.children
        ):
            own = False
        elif link == "conj" and _own_tense(current, parent):
            # "did not condemn the coup and called on the military to talk": a past joined
            # to a base form has a tense of its own, and no share in the "did not"
            own = False
        current = parent
    if _ends_with_question_mark(sent):
        return Factuality("hypothetical", "a question", reporter, "question")
    return Factuality("asserted", None, reporter)


def _own_tense(verb: Token, head: Token) -> bool:
    """Whether a conjunct ``verb`` is finite where the verb it is joined to is a base form
    under an auxiliary ("did not condemn ... and called"): it cannot share that auxiliary.
    A past spelt as its base ("cut", "put") may be a base form misread, and shares it."""
    return (
        own_tensed(verb)
        and head.tag_ == "VB"
        and any(c.dep_ in ("aux", "neg") for c in head.children)
    )


# quantifiers that deny the act an infinitive on them names: "nothing to apologise for"
NOTHING_WORDS = frozenset({"nothing", "nobody", "none"})
# stances held against something until a condition is met
OPPOSING_LEMMAS = frozenset({"oppose", "reject", "resist", "boycott", "block"})


def _no_doubt(noun: Token, clause: Token) -> bool:
    """ "There is no doubt that Russian troops shelled the plant", "no question that":
    a negated doubt asserts what it is about."""
    return noun.lemma_.lower() in ("doubt", "question") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    )


def _nothing(token: Token) -> bool:
    """Whether ``token`` is "nothing", "nobody", "none" or the "one" of "no one"."""
    if token.lower_ == "one":
        return token.i > 0 and token.doc[token.i - 1].lower_ == "no"
    return token.lower_ in NOTHING_WORDS


def _subjunctive(verb: Token) -> str | None:
    """The "that" or "for" of a clause in the mandative mood: a bare verb with a subject
    of its own and no auxiliary ("that Israel ease", "for the US support"), which a
    finite statement would inflect ("Israel eases", "Israel eased")."""
    if verb.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    return mark.text if mark is not None and mark.lower_ in ("that", "for") else None


def _so_that(mark: Token | None) -> bool:
    """Whether a clause's subordinator is "so that": a purpose."""
    return (
        mark is not None
        and mark.lower_ == "so"
        and mark.i + 1 < len(mark.doc)
        and mark.doc[mark.i + 1].lower_ == "that"
    )


def _ends_with_question_mark(sent) -> bool:
    """Whether the sentence's text ends with "?"; read from its last word, since
    building a sentence's text costs more than the check."""
    for token in reversed(sent):
        if not token.is_space:
            return token.text.endswith("?")
    return False
