"""The trigger lexicon: ``data/lexicon/triggers.csv``, one pattern a line.

Columns ``event,mode,pattern,example``. A pattern is lowercase lemmas in one of seven forms
(see ``data/lexicon/README.md``)::

    accuse              verb            the verb as a clause head
    call on             particle        the verb with that particle or preposition
    impose +sanction    object          the verb with that object (or passive subject);
    hold +phone call                    the object may carry one modifier
    attack +$target                     the verb with an object of a class of nouns
                                        (``noun_classes.csv``: lemmas, or entity types)
    call off +strike    object          the verb with that particle and that object
    call =$disapproval  verdict         the verb with that word (or a word of that class)
                                        as what its object is called: "called the
                                        decision illegal", "described it as a crime"
    @talk, @air strike  noun            the noun as object of a light verb ("held talks")
                                        or subject of an occurrence verb ("clashes erupted")
    @operation against  noun            the same, with that preposition on the noun

``light_verbs.csv`` lists the light and occurrence verbs (``lemma,role``);
``two_sided.csv`` the patterns whose participants are all actors (two-sided violence).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from spacy.strings import hash_string

from ..data import data_path, read_csv
from ..errors import ConfigError, Errors
from ..ontology import EVENT_TYPES, modes_of

# prepositions an event noun may take in a pattern ("@operation against"): a closed list,
# so that "@air strike" stays a modifier and a noun
NOUN_PREPOSITIONS = ("against", "on", "into", "over", "toward", "towards")

_PATTERN = re.compile(
    rf"^(?:@(?P<pnoun>[a-z][a-z'-]*) (?P<nprep>{'|'.join(NOUN_PREPOSITIONS)})"
    r"|(?P<noun_form>@)(?:(?P<nmod>[a-z][a-z'-]*) )?(?P<noun>[a-z][a-z'-]*)"
    r"|(?P<vverb>[a-z][a-z'-]*) =(?P<verdict>\$?[a-z][a-z'-]*)"
    r"|(?P<verb>[a-z][a-z'-]*)(?: (?P<particle>[a-z]+))?"
    r"(?: \+(?:(?P<omod>[a-z][a-z'-]*) )?(?P<object>\$?[a-z][a-z'-]*))?)$"
)


@dataclass(frozen=True)
class Pattern:
    event: str
    mode: str | None
    text: str  # the pattern as written
    form: str  # verb | particle | object | noun
    verb: str | None
    particle: str | None
    noun: str | None
    modifier: str | None
    example: str
    line: int
    preposition: str | None = None  # of a noun pattern: "@operation against"

    @property
    def specificity(self) -> int:
        """Words the pattern must see: longer patterns beat their parts."""
        return (
            1
            + (self.particle is not None)
            + (self.noun is not None)
            + (self.modifier is not None)
            + (self.preposition is not None)
        )

    @property
    def source(self) -> str:
        return f"triggers.csv:{self.line}" if self.line else "rule"

    @classmethod
    def rule(cls, event: str, text: str) -> Pattern:
        """A pattern made by a coding rule rather than read from the lexicon."""
        return cls(event, None, text, "rule", None, None, None, None, "", 0)


@dataclass
class Lexicon:
    patterns: list[Pattern] = field(default_factory=list)
    by_verb: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    by_noun: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    light_verbs: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    # verbs that decide an act others carry out: "approved the call-up of reservists"
    approval_verbs: frozenset[str] = frozenset()
    # patterns whose participants are all actors: two-sided violence ("clashed with")
    two_sided: frozenset[str] = frozenset()
    # noun classes for '+$class' objects: lemmas and "ent:TYPE" entity types
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    # nouns that name a verb's act, whose "of" phrase is that verb's object: "announced the
    # suspension of flights" is told as "suspended flights" ("suspension" -> ("suspend",))
    nominalized: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @cached_property
    def trigger_hashes(self) -> tuple[frozenset[int], frozenset[int]]:
        """The string hashes of the verb and noun lemmas that start patterns, for finding
        candidate words in a document's arrays (asked once the lexicon is read)."""
        return (
            frozenset(hash_string(w) for w in self.by_verb),
            frozenset(hash_string(w) for w in (*self.by_noun, *self.nominalized)),
        )

    def object_fits(self, noun: str, token_lemma: str, ent_type: str) -> bool:
        """Whether an object (its lemma and entity type) fits a pattern's object noun."""
        if noun.startswith("$"):
            members = self.classes.get(noun[1:], frozenset())
            return token_lemma in members or (bool(ent_type) and f"ent:{ent_type}" in members)
        return token_lemma == noun


def parse_pattern(
    text: str, *, event: str, mode: str | None, example: str, line: int, path: Path
) -> Pattern:
    match = _PATTERN.match(text.strip())
    if not match:
        detail = (
            f"pattern {text!r} is not one of the forms 'verb', 'verb particle', "
            "'verb +noun', 'verb +modifier noun', 'verb particle +noun', '@noun', "
            "'@modifier noun', '@noun preposition' (a preposition of: "
            f"{', '.join(NOUN_PREPOSITIONS)}), 'verb =word'"
        )
        raise ConfigError(Errors.E202.format(path=path, line=line, detail=detail))
    g = match.groupdict()
    if g["pnoun"]:
        form, noun, modifier = "noun", g["pnoun"], None
    elif g["verdict"]:
        form, noun, modifier = "verdict", g["verdict"], None
        g["verb"] = g["vverb"]
    elif g["noun_form"]:
        form, noun, modifier = "noun", g["noun"], g["nmod"]
    elif g["object"]:
        form, noun, modifier = "object", g["object"], g["omod"]
    elif g["particle"]:
        form, noun, modifier = "particle", None, None
    else:
        form, noun, modifier = "verb", None, None
    return Pattern(
        event=event,
        mode=mode,
        text=text.strip(),
        form=form,
        verb=g["verb"],
        particle=g["particle"],
        noun=noun,
        modifier=modifier,
        example=example,
        line=line,
        preposition=g["nprep"],
    )


def read_lexicon(path: Path, light_verbs_path: Path) -> Lexicon:
    lexicon = Lexicon()
    seen: dict[str, int] = {}
    for line, row in read_csv(path, ("event", "mode", "pattern", "example")):
        event, mode = row["event"].upper(), row["mode"] or None
        if event not in EVENT_TYPES:
            detail = f"unknown event type {event!r}; valid: {', '.join(EVENT_TYPES)}"
            raise ConfigError(Errors.E202.format(path=path, line=line, detail=detail))
        if mode is not None and mode not in modes_of(event):
            detail = f"{mode!r} is not a mode of {event}; valid: {', '.join(modes_of(event))}"
            raise ConfigError(Errors.E202.format(path=path, line=line, detail=detail))
        pattern = parse_pattern(
            row["pattern"], event=event, mode=mode, example=row["example"], line=line, path=path
        )
        if pattern.text in seen:
            detail = f"pattern {pattern.text!r} is already on line {seen[pattern.text]}"
            raise ConfigError(Errors.E202.format(path=path, line=line, detail=detail))
        seen[pattern.text] = line
        lexicon.patterns.append(pattern)
        if pattern.form == "noun":
            lexicon.by_noun[pattern.noun].append(pattern)  # type: ignore[index]
        else:
            lexicon.by_verb[pattern.verb].append(pattern)  # type: ignore[index]
    roles: dict[str, set[str]] = {"light": set(), "occurrence": set(), "approval": set()}
    for line, row in read_csv(light_verbs_path, ("lemma", "role")):
        if row["role"] not in roles:
            detail = f"role {row['role']!r}; valid: {', '.join(roles)}"
            raise ConfigError(Errors.E202.format(path=light_verbs_path, line=line, detail=detail))
        roles[row["role"]].add(row["lemma"].lower())
    lexicon.light_verbs = frozenset(roles["light"])
    lexicon.occurrence_verbs = frozenset(roles["occurrence"])
    lexicon.approval_verbs = frozenset(roles["approval"])
    classes_path = light_verbs_path.with_name("noun_classes.csv")
    classes: dict[str, set[str]] = defaultdict(set)
    for _, row in read_csv(classes_path, ("class", "member")):
        classes[row["class"]].add(row["member"])
    lexicon.classes = {name: frozenset(members) for name, members in classes.items()}
    for pattern in lexicon.patterns:
        if pattern.noun and pattern.noun.startswith("$") and pattern.noun[1:] not in classes:
            detail = f"noun class {pattern.noun!r} is not in {classes_path.name}; valid: {', '.join(sorted(classes))}"
            raise ConfigError(Errors.E202.format(path=path, line=pattern.line, detail=detail))
    nominalizations = light_verbs_path.with_name("nominalizations.csv")
    if nominalizations.exists():
        verbs: dict[str, list[str]] = defaultdict(list)
        for _, row in read_csv(nominalizations, ("noun", "verb")):
            verbs[row["noun"].lower()].append(row["verb"].lower())
        lexicon.nominalized = {noun: tuple(found) for noun, found in verbs.items()}
    two_sided = light_verbs_path.with_name("two_sided.csv")
    if two_sided.exists():
        lexicon.two_sided = frozenset(
            row["pattern"] for _, row in read_csv(two_sided, ("pattern",))
        )
    return lexicon


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The packaged lexicon, or another triggers file with the same columns."""
    triggers = Path(path) if path else data_path("lexicon", "triggers.csv")
    return read_lexicon(triggers, data_path("lexicon", "light_verbs.csv"))
