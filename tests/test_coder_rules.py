"""Trigger, role and factuality rules on parses built by hand (no model loaded)."""

import pytest

from dragoman.coder.component import _prospect_offered
from dragoman.coder.factuality import assess
from dragoman.coder.lexicon import read_lexicon
from dragoman.coder.roles import _joined_verbs_party, find_roles, mention_tokens
from dragoman.coder.triggers import find_triggers
from dragoman.data import data_path
from dragoman.errors import ConfigError

from .conftest import make_doc

LEXICON_CSV = """event,mode,pattern,example
AGREE,,agree,x
CONSULT,,@talk,x
CONSULT,phone,@phone call,x
RETREAT,withdraw,withdraw,x
COERCE,arrest,arrest,x
REQUEST,,push for,x
SANCTION,,impose +sanction,x
ASSAULT,heavy-weapons,shell,x
SANCTION,,impose,x
AGREE,,offer,x
"""


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory):
    path = tmp_path_factory.mktemp("lex") / "triggers.csv"
    path.write_text(LEXICON_CSV, encoding="utf-8")
    return read_lexicon(path, data_path("lexicon", "light_verbs.csv"))


def only(triggers, event):
    found = [t for t in triggers if t.pattern.event == event]
    assert len(found) == 1, [t.pattern.text for t in triggers]
    return found[0]


def test_negated_verb(vocab, lexicon):
    doc = make_doc(
        vocab,
        [
            ("Russia", "Russia", 3, "nsubj", "PROPN"),
            ("did", "do", 3, "aux", "AUX"),
            ("not", "not", 3, "neg", "PART"),
            ("withdraw", "withdraw", 3, "ROOT", "VERB"),
            ("troops", "troop", 3, "dobj", "NOUN"),
            (".", ".", 3, "punct", "PUNCT"),
        ],
    )
    trigger = only(find_triggers(doc[:], lexicon), "RETREAT")
    assert trigger.pattern.mode == "withdraw"
    assert assess(trigger).label == "negated"
    assert [t.text for t in find_roles(trigger).actor_heads] == ["Russia"]


def test_light_verb_noun_under_agree_is_hypothetical_and_borrows_the_subject(vocab, lexicon):
    doc = make_doc(
        vocab,
        [
            ("Iran", "Iran", 1, "nsubj", "PROPN"),
            ("agreed", "agree", 1, "ROOT", "VERB"),
            ("to", "to", 3, "aux", "PART"),
            ("hold", "hold", 1, "xcomp", "VERB"),
            ("talks", "talk", 3, "dobj", "NOUN"),
            ("with", "with", 4, "prep", "ADP"),
            ("Oman", "Oman", 5, "pobj", "PROPN"),
        ],
    )
    triggers = find_triggers(doc[:], lexicon)
    agree, consult = only(triggers, "AGREE"), only(triggers, "CONSULT")
    assert assess(agree).label == "asserted"
    fact = assess(consult)
    assert fact.label == "hypothetical" and "agreed to hold" in fact.cue
    roles = find_roles(consult)
    assert [t.text for t in roles.actor_heads] == ["Iran"]
    assert [t.text for t in roles.recipient_heads] == ["Oman"]
    assert consult.event_text == "hold talks"


def test_modifier_pattern_beats_the_bare_noun(vocab, lexicon):
    doc = make_doc(
        vocab,
        [
            ("Biden", "Biden", 1, "nsubj", "PROPN"),
            ("held", "hold", 1, "ROOT", "VERB"),
            ("a", "a", 4, "det", "DET"),
            ("phone", "phone", 4, "compound", "NOUN"),
            ("call", "call", 1, "dobj", "NOUN"),
        ],
    )
    trigger = only(find_triggers(doc[:], lexicon), "CONSULT")
    assert trigger.pattern.text == "@phone call" and trigger.pattern.mode == "phone"


def test_object_pattern_beats_the_bare_verb_and_passive_agent_is_actor(vocab, lexicon):
    doc = make_doc(
        vocab,
        [
            ("Sanctions", "sanction", 2, "nsubjpass", "NOUN"),
            ("were", "be", 2, "auxpass", "AUX"),
            ("imposed", "impose", 2, "ROOT", "VERB"),
            ("on", "on", 2, "prep", "ADP"),
            ("Iran", "Iran", 3, "pobj", "PROPN"),
            ("by", "by", 2, "agent", "ADP"),
            ("Canada", "Canada", 5, "pobj", "PROPN"),
        ],
    )
    trigger = only(find_triggers(doc[:], lexicon), "SANCTION")
    assert trigger.pattern.text == "impose +sanction"
    roles = find_roles(trigger)
    assert [t.text for t in roles.actor_heads] == ["Canada"] and roles.actor_role == "passive agent"
    assert [t.text for t in roles.recipient_heads] == ["Iran"]


def test_passive_subject_is_recipient(vocab, lexicon):
    doc = make_doc(
        vocab,
        [
            ("Protesters", "protester", 2, "nsubjpass", "NOUN"),
            ("were", "be", 2, "auxpass", "AUX"),
            ("arrested", "arrest", 2, "ROOT", "VERB"),
            ("by", "by", 2, "agent", "ADP"),
            ("police", "police", 3, "pobj", "NOUN"),
        ],
    )
    roles = find_roles(only(find_triggers(doc[:], lexicon), "COERCE"))
    assert [t.text for t in roles.actor_heads] == ["police"]
    assert [t.text for t in roles.recipient_heads] == ["Protesters"]


def test_no_indication_that_negates_the_clause(vocab, lexicon):
    doc = make_doc(
        vocab,
        [
            ("There", "there", 1, "expl", "PRON"),
            ("is", "be", 1, "ROOT", "AUX"),
            ("no", "no", 3, "det", "DET"),
            ("indication", "indication", 1, "attr", "NOUN"),
            ("that", "that", 6, "mark", "SCONJ"),
            ("Blinken", "Blinken", 6, "nsubj", "PROPN"),
            ("pushed", "push", 3, "acl", "VERB"),
            ("for", "for", 6, "prep", "ADP"),
            ("ceasefire", "ceasefire", 7, "pobj", "NOUN"),
        ],
    )
    fact = assess(only(find_triggers(doc[:], lexicon), "REQUEST"))
    assert fact.label == "negated" and "no indication" in fact.cue


def test_reported_act_stays_asserted_with_its_reporter(vocab, lexicon):
    doc = make_doc(
        vocab,
        [
            ("Kyiv", "Kyiv", 1, "nsubj", "PROPN"),
            ("said", "say", 1, "ROOT", "VERB"),
            ("Russian", "russian", 3, "amod", "ADJ"),
            ("forces", "force", 4, "nsubj", "NOUN"),
            ("shelled", "shell", 1, "ccomp", "VERB"),
            ("Kharkiv", "Kharkiv", 4, "dobj", "PROPN"),
        ],
    )
    trigger = only(find_triggers(doc[:], lexicon), "ASSAULT")
    fact = assess(trigger)
    assert fact.label == "asserted" and fact.reporter.text == "Kyiv"
    assert [t.text for t in mention_tokens(find_roles(trigger).actor_heads[0])] == [
        "Russian",
        "forces",
    ]


@pytest.mark.parametrize(("modal", "conditional"), [("could", False), ("would", True)])
def test_modals_and_conditions_are_hypothetical(vocab, lexicon, modal, conditional):
    rows = [
        ("Canada", "Canada", 2, "nsubj", "PROPN"),
        (modal, modal, 2, "aux", "AUX"),
        ("impose", "impose", 2, "ROOT", "VERB"),
        ("sanctions", "sanction", 2, "dobj", "NOUN"),
    ]
    if conditional:  # "Canada would impose sanctions if Iran refuses" (mark on the advcl)
        rows += [
            ("if", "if", 6, "mark", "SCONJ"),
            ("Iran", "Iran", 6, "nsubj", "PROPN"),
            ("refuses", "refuse", 2, "advcl", "VERB"),
        ]
    doc = make_doc(vocab, rows)
    fact = assess(only(find_triggers(doc[:], lexicon), "SANCTION"))
    assert fact.label == "hypothetical" and modal in fact.cue


def test_modifier_verbs_are_not_triggers(vocab, lexicon):
    doc = make_doc(
        vocab,
        [
            ("the", "the", 2, "det", "DET"),
            ("shelled", "shell", 2, "amod", "VERB"),
            ("city", "city", 2, "ROOT", "NOUN"),
        ],
    )
    assert find_triggers(doc[:], lexicon) == []


def test_malformed_lexicon_line_names_file_line_and_forms(tmp_path):
    path = tmp_path / "triggers.csv"
    path.write_text(
        "event,mode,pattern,example\nAGREE,,agree,x\nCONSULT,,hold ++talk,x\n", encoding="utf-8"
    )
    with pytest.raises(
        ConfigError, match=r"triggers.csv, line 3: pattern 'hold \+\+talk' is not one of"
    ):
        read_lexicon(path, data_path("lexicon", "light_verbs.csv"))
    path.write_text("event,mode,pattern,example\nCONSULT,email,meet,x\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="'email' is not a mode of CONSULT; valid: visit"):
        read_lexicon(path, data_path("lexicon", "light_verbs.csv"))


def test_a_phrase_past_the_verb_is_no_apposition_of_the_subject(vocab):
    # "Supporters rallied , some waving Russian flags .": the parser hung "flags" on the
    # subject as an apposition; a true one ("Lavrov , the minister , said") comes first
    rows = [
        ("Supporters", "supporter", 1, "nsubj", "NOUN"),
        ("rallied", "rally", 1, "ROOT", "VERB"),
        (",", ",", 1, "punct", "PUNCT"),
        ("some", "some", 6, "det", "DET"),
        ("waving", "wave", 6, "amod", "VERB"),
        ("Russian", "russian", 6, "amod", "ADJ"),
        ("flags", "flag", 0, "appos", "NOUN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    doc = make_doc(vocab, rows)
    assert [t.text for t in mention_tokens(doc[0])] == ["Supporters"]
    rows = [
        ("Lavrov", "Lavrov", 4, "nsubj", "PROPN"),
        (",", ",", 0, "punct", "PUNCT"),
        ("the", "the", 3, "det", "DET"),
        ("minister", "minister", 0, "appos", "NOUN"),
        ("said", "say", 4, "ROOT", "VERB"),
    ]
    doc = make_doc(vocab, rows)
    assert [t.text for t in mention_tokens(doc[0])] == ["Lavrov", "the", "minister"]


def test_a_nominalised_act_under_a_light_verb_fires_its_verbs_pattern(vocab, lexicon):
    rows = [
        ("Russia", "Russia", 1, "nsubj", "PROPN"),
        ("announced", "announce", 1, "ROOT", "VERB"),
        ("the", "the", 3, "det", "DET"),
        ("imposition", "imposition", 1, "dobj", "NOUN"),
        ("of", "of", 3, "prep", "ADP"),
        ("sanctions", "sanction", 4, "pobj", "NOUN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    trigger = only(find_triggers(make_doc(vocab, rows)[:], lexicon), "SANCTION")
    assert trigger.pattern.text == "impose +sanction"
    assert (trigger.head.text, trigger.noun.text) == ("announced", "sanctions")
    # no light verb: "the imposition of sanctions" alone is no act told
    rows[1] = ("welcomed", "welcome", 1, "ROOT", "VERB")
    assert find_triggers(make_doc(vocab, rows)[:], lexicon) == []


def test_a_relative_clause_after_coordinated_names_is_about_all_of_them(vocab):
    from dragoman.coder.triggers import antecedent

    doc = make_doc(
        vocab,
        [
            ("Qatar", "Qatar", 6, "nsubj", "PROPN"),
            ("and", "and", 0, "cc", "CCONJ"),
            ("Egypt", "Egypt", 0, "conj", "PROPN"),
            (",", ",", 2, "punct", "PUNCT"),
            ("which", "which", 5, "nsubj", "PRON"),
            ("mediated", "mediate", 2, "relcl", "VERB"),
            ("said", "say", 6, "ROOT", "VERB"),
        ],
    )
    assert antecedent(doc[4]).text == "Qatar"  # whose conjuncts are both
    # an object pronoun ("Hamas, which Qatar hosted") keeps the parser's head
    doc = make_doc(
        vocab,
        [
            ("Israel", "Israel", 6, "nsubj", "PROPN"),
            ("and", "and", 0, "cc", "CCONJ"),
            ("Hamas", "Hamas", 0, "conj", "PROPN"),
            (",", ",", 2, "punct", "PUNCT"),
            ("which", "which", 5, "dobj", "PRON"),
            ("hosted", "host", 2, "relcl", "VERB"),
            ("met", "meet", 6, "ROOT", "VERB"),
        ],
    )
    assert antecedent(doc[4]).text == "Hamas"


def test_no_module_constant_is_defined_twice():
    """A second ``NAME = ...`` further down a module silently replaces the first for every
    function, the ones above it too (two such pairs once cost the coder its ground-taking
    verbs and its operation nouns)."""
    import ast
    from collections import Counter
    from pathlib import Path

    import dragoman

    twice = {}
    for path in Path(dragoman.__file__).parent.rglob("*.py"):
        names = Counter(
            target.id
            for node in ast.parse(path.read_text(encoding="utf-8")).body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
            and target.id.isupper()
            # (one made from itself, "_SQL = _SQL.format(...)", is meant)
            and target.id not in {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        )
        if doubled := sorted(n for n, count in names.items() if count > 1):
            twice[path.name] = doubled
    assert twice == {}


def test_a_word_act_joined_second_takes_the_first_verbs_named_object(vocab):
    # "Sall thanked Wade and promised support": the promise has no subject of its own,
    # so it shares the first verb's, and is made to the one that verb names
    doc = make_doc(
        vocab,
        [
            ("Sall", "Sall", 1, "nsubj", "PROPN"),
            ("thanked", "thank", 1, "ROOT", "VERB"),
            ("Wade", "Wade", 1, "dobj", "PROPN"),
            ("and", "and", 1, "cc", "CCONJ"),
            ("promised", "promise", 1, "conj", "VERB"),
            ("support", "support", 4, "dobj", "NOUN"),
        ],
    )
    found = _joined_verbs_party(doc[4], "AGREE")
    assert [token.text for token, _ in found] == ["Wade"]
    # with a subject of its own it is another's act, and takes nothing from the first
    doc = make_doc(
        vocab,
        [
            ("Sall", "Sall", 1, "nsubj", "PROPN"),
            ("thanked", "thank", 1, "ROOT", "VERB"),
            ("Wade", "Wade", 1, "dobj", "PROPN"),
            ("and", "and", 1, "cc", "CCONJ"),
            ("he", "he", 5, "nsubj", "PRON"),
            ("promised", "promise", 1, "conj", "VERB"),
            ("support", "support", 5, "dobj", "NOUN"),
        ],
    )
    assert _joined_verbs_party(doc[5], "AGREE") == []


def test_an_act_a_party_is_bent_on_is_not_done(vocab, lexicon):
    # "he blamed the deaths on militias bent on shelling the town", with "bent" hung on
    # the verb as the parser does
    doc = make_doc(
        vocab,
        [
            ("He", "he", 1, "nsubj", "PRON"),
            ("blamed", "blame", 1, "ROOT", "VERB"),
            ("the", "the", 3, "det", "DET"),
            ("deaths", "death", 1, "dobj", "NOUN"),
            ("on", "on", 1, "prep", "ADP"),
            ("militias", "militia", 4, "pobj", "NOUN"),
            ("bent", "bent", 1, "advcl", "ADJ"),
            ("on", "on", 6, "prep", "ADP"),
            ("shelling", "shell", 7, "pcomp", "VERB"),
            ("the", "the", 10, "det", "DET"),
            ("town", "town", 8, "dobj", "NOUN"),
        ],
    )
    fact = assess(only(find_triggers(doc[:], lexicon), "ASSAULT"))
    assert fact.label == "hypothetical" and "bent on shelling" in fact.cue


def test_a_prospect_offered_is_no_pledge(vocab, lexicon):
    # "it offered new hope to the region", said of a move: no party pledges anything
    doc = make_doc(
        vocab,
        [
            ("it", "it", 1, "nsubj", "PRON"),
            ("offered", "offer", 1, "ROOT", "VERB"),
            ("new", "new", 3, "amod", "ADJ"),
            ("hope", "hope", 1, "dobj", "NOUN"),
        ],
    )
    assert _prospect_offered(only(find_triggers(doc[:], lexicon), "AGREE"))
    # while an offer of something a party gives is one
    doc = make_doc(
        vocab,
        [
            ("Qatar", "Qatar", 1, "nsubj", "PROPN"),
            ("offered", "offer", 1, "ROOT", "VERB"),
            ("its", "its", 3, "poss", "PRON"),
            ("mediation", "mediation", 1, "dobj", "NOUN"),
        ],
    )
    assert not _prospect_offered(only(find_triggers(doc[:], lexicon), "AGREE"))


def test_a_second_of_phrase_of_an_accusation_is_alleged_too(vocab, lexicon):
    # "accused the army of smuggling arms into the country and of shelling villages", with
    # the second "of" joined to "into", as the parser may hang it
    doc = make_doc(
        vocab,
        [
            ("Kigali", "Kigali", 1, "nsubj", "PROPN"),
            ("accused", "accuse", 1, "ROOT", "VERB"),
            ("the", "the", 3, "det", "DET"),
            ("army", "army", 1, "dobj", "NOUN"),
            ("of", "of", 3, "prep", "ADP"),
            ("smuggling", "smuggle", 6, "amod", "VERB"),
            ("arms", "arm", 4, "pobj", "NOUN"),
            ("into", "into", 1, "prep", "ADP"),
            ("Rwanda", "Rwanda", 7, "pobj", "PROPN"),
            ("and", "and", 7, "cc", "CCONJ"),
            ("of", "of", 7, "conj", "ADP"),
            ("shelling", "shell", 10, "pcomp", "VERB"),
            ("villages", "village", 11, "dobj", "NOUN"),
        ],
    )
    fact = assess(only(find_triggers(doc[:], lexicon), "ASSAULT"))
    assert fact.label == "hypothetical" and "accused" in fact.cue


def test_the_leader_of_a_named_bodys_description_is_not_in_its_mention(vocab):
    # "officials from the CSTO, a Moscow-led bloc": the body, not Moscow
    rows = [
        ("officials", "official", 0, "ROOT", "NOUN"),
        ("from", "from", 0, "prep", "ADP"),
        ("CSTO", "CSTO", 1, "pobj", "PROPN"),
        (",", ",", 2, "punct", "PUNCT"),
        ("a", "a", 8, "det", "DET"),
        ("Moscow", "Moscow", 7, "npadvmod", "PROPN"),
        ("-", "-", 7, "punct", "PUNCT"),
        ("led", "lead", 8, "amod", "VERB"),
        ("bloc", "bloc", 2, "appos", "NOUN"),
    ]
    doc = make_doc(vocab, rows)
    assert "Moscow" not in [t.text for t in mention_tokens(doc[0])]
    # (a leader named on a common noun is its party: "troops of the US-led coalition")
    rows = [
        ("troops", "troop", 0, "ROOT", "NOUN"),
        ("of", "of", 0, "prep", "ADP"),
        ("the", "the", 5, "det", "DET"),
        ("US", "US", 4, "npadvmod", "PROPN"),
        ("led", "lead", 5, "amod", "VERB"),
        ("coalition", "coalition", 1, "pobj", "NOUN"),
    ]
    doc = make_doc(vocab, rows)
    assert "US" in [t.text for t in mention_tokens(doc[0])]
