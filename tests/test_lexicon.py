"""The trigger lexicon: every type covered, and every entry's own example codes."""

import re

import pytest

from dragoman.coder.lexicon import load_lexicon
from dragoman.coding import code_text
from dragoman.ontology import EVENT_TYPES

PATTERNS = load_lexicon().patterns


def test_all_sixteen_types_have_patterns():
    assert {p.event for p in PATTERNS} == set(EVENT_TYPES)


@pytest.mark.keeps_actorless  # (a pattern's example need not name who acts: "gunfire erupted")
@pytest.mark.parametrize("pattern", PATTERNS, ids=[f"{p.line}:{p.text}" for p in PATTERNS])
def test_example_sentence_codes_its_type(nlp, pattern):
    # no publication day: an example may tell of any year ("Russia invaded Ukraine in
    # 2022"), which in a story published years later would be history, not news
    events = code_text(pattern.example, nlp=nlp)
    asserted = [e for e in events if e.event == pattern.event and e.factuality == "asserted"]
    assert asserted, (
        f"{pattern.source} {pattern.text!r}: {[(e.event, e.factuality) for e in events]}"
    )


def test_an_unknown_noun_class_is_a_clear_error(tmp_path):
    from dragoman.coder.lexicon import read_lexicon
    from dragoman.data import data_path
    from dragoman.errors import ConfigError

    for name in ("light_verbs.csv", "noun_classes.csv", "two_sided.csv"):
        (tmp_path / name).write_text(data_path("lexicon", name).read_text())
    triggers = tmp_path / "triggers.csv"
    triggers.write_text("event,mode,pattern,example\nASSAULT,,attack +$nowhere,X attacked Y.\n")
    # every class the file defines is named as a valid option, in order
    lines = data_path("lexicon", "noun_classes.csv").read_text().splitlines()[1:]
    classes = sorted({line.split(",")[0] for line in lines if line})
    assert {"act", "force", "weapon"} <= set(classes)
    with pytest.raises(
        ConfigError, match=r"noun class '\$nowhere'.*valid: " + ", ".join(classes) + r"\."
    ):
        read_lexicon(triggers, tmp_path / "light_verbs.csv")


def test_an_unquoted_comma_in_an_example_is_a_clear_error_naming_the_line(tmp_path):
    from dragoman.data import read_csv
    from dragoman.errors import ConfigError

    triggers = tmp_path / "triggers.csv"
    triggers.write_text(
        "event,mode,pattern,example\n"
        "MOBILIZE,troops,call up,Israel called up reservists.\n"
        "MOBILIZE,troops,activate,Israel activated 300,000 reservists.\n"
    )
    with pytest.raises(ConfigError, match=r"line 3.*5 cells where the header names 4.*quotes"):
        list(read_csv(triggers, ("event", "mode", "pattern", "example")))
    # a quoted comma is one cell
    triggers.write_text(
        'event,mode,pattern,example\nMOBILIZE,troops,activate,"Israel activated 300,000."\n'
    )
    ((_, row),) = read_csv(triggers, ("event", "mode", "pattern", "example"))
    assert row["example"] == "Israel activated 300,000."


def test_a_noun_pattern_may_name_its_preposition():
    from pathlib import Path

    from dragoman.coder.lexicon import parse_pattern

    def parsed(text):
        return parse_pattern(text, event="ASSAULT", mode=None, example="", line=1, path=Path("x"))

    with_prep = parsed("@operation against")
    assert (with_prep.form, with_prep.noun, with_prep.modifier) == ("noun", "operation", None)
    assert with_prep.preposition == "against" and with_prep.specificity == 3
    # two words that are not a noun and a preposition stay a modifier and a noun
    air = parsed("@air strike")
    assert (air.modifier, air.noun, air.preposition) == ("air", "strike", None)


def test_a_noun_with_a_preposition_needs_parties_after_it(nlp):
    events = code_text(
        "Police launched an operation against armed gangs in Port-au-Prince.", nlp=nlp
    )
    assert [(e.event, [r.sector for r in e.recipient]) for e in events] == [("ASSAULT", ["CRM"])]
    assert code_text("Police launched an operation against drug trafficking.", nlp=nlp) == []
    assert code_text("The coast guard launched an operation to find the boat.", nlp=nlp) == []


# words wire services spell two ways; the lemmatizer keeps each spelling as it is
SPELLED_TWO_WAYS = {
    "licence": "license",
    "defence": "defense",
    "offence": "offense",
    "programme": "program",
    "centre": "center",
    "honour": "honor",
    "labour": "labor",
    "favour": "favor",
    "harbour": "harbor",
    "neighbour": "neighbor",
    "rumour": "rumor",
    "judgement": "judgment",
    "manoeuvre": "maneuver",
    **{
        f"{stem}is{end}": f"{stem}iz{end}"
        for stem in (
            "apolog author critic recogn mobil organ legal national normal final militar"
            " demilitar vandal pressur jeopard penal privat scrutin stabil destabil terror"
            " neutral hospital weapon politic polar radical denuclear legitim"
        ).split()
        for end in ("e", "ation")
    },
}


def _respelled(text: str, one: str, other: str) -> str:
    """``text`` with the word ``one`` (after any pattern mark) spelled ``other``."""
    words = [re.match(r"([+@=$]*)(.*)", w).groups() for w in text.split()]
    return " ".join(mark + (other if word == one else word) for mark, word in words)


def test_a_pattern_in_one_spelling_has_the_other():
    texts = {p.text for p in PATTERNS}
    missing = [
        twin
        for text in texts
        for british, american in SPELLED_TWO_WAYS.items()
        for twin in (_respelled(text, british, american), _respelled(text, american, british))
        if twin != text and twin not in texts
    ]
    assert not missing, sorted(missing)


def test_every_threat_mode_names_a_mode_of_both_types():
    from dragoman.data import data_path, read_csv
    from dragoman.ontology import modes_of, threat_mode

    columns = ("threatened_event", "threatened_mode", "threat_mode")
    for _, row in read_csv(data_path("ontology", "threat_modes.csv"), columns):
        assert row["threat_mode"] in modes_of("THREATEN"), row
        assert not row["threatened_mode"] or row["threatened_mode"] in modes_of(
            row["threatened_event"]
        ), row
    # a mode of the act the table does not name falls back to the type's row
    assert threat_mode("ASSAULT", "aerial") == "violence"
    assert threat_mode("COERCE", "arrest") == "arrest"
    assert threat_mode("AID") is None


def test_an_unknown_light_verb_role_is_a_clear_error_naming_the_valid_ones(tmp_path):
    from dragoman.coder.lexicon import read_lexicon
    from dragoman.data import data_path
    from dragoman.errors import ConfigError

    for name in ("noun_classes.csv", "two_sided.csv"):
        (tmp_path / name).write_text(data_path("lexicon", name).read_text())
    (tmp_path / "light_verbs.csv").write_text("lemma,role\nhold,light\nsanction,blessing\n")
    triggers = tmp_path / "triggers.csv"
    triggers.write_text("event,mode,pattern,example\nASSAULT,,attack,X attacked Y.\n")
    with pytest.raises(
        ConfigError, match=r"line 3: role 'blessing'; valid: light, occurrence, approval\."
    ):
        read_lexicon(triggers, tmp_path / "light_verbs.csv")
