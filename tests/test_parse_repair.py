"""The coder's repairs of regular parser mistakes: on hand-built trees, and end to end."""

import pytest
from spacy.tokens import Span

from dragoman.coder.repair import participles_read_as_conjuncts, repair
from dragoman.coding import code_text

from .conftest import make_doc


def _tagged(doc, tags):
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    return doc


def test_a_finite_verb_joined_to_an_infinitive_moves_to_the_verb_of_its_tense(vocab):
    # "Niger ordered troops to leave and suspended cooperation", as the small model parses it
    rows = [
        ("Niger", "Niger", 1, "nsubj", "PROPN"),
        ("ordered", "order", 1, "ROOT", "VERB"),
        ("troops", "troop", 1, "dobj", "NOUN"),
        ("to", "to", 4, "aux", "PART"),
        ("leave", "leave", 1, "xcomp", "VERB"),
        ("and", "and", 4, "cc", "CCONJ"),
        ("suspended", "suspend", 4, "conj", "VERB"),
        ("cooperation", "cooperation", 6, "dobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "NNS", "TO", "VB", "CC", "VBD", "NN"])
    repair(doc)
    assert doc[6].head.text == "ordered" and doc[6].dep_ == "conj"
    assert doc[5].head.text == "ordered"
    assert len(list(doc.sents)) == 1


def test_a_past_verb_joined_to_a_verb_with_a_modal_moves_to_the_verb_of_its_tense(vocab):
    # "Han pledged that the vote would be held and called on citizens to accept it", as
    # the small model parses it: "called" joined to "held", which "would" governs
    rows = [
        ("Han", "Han", 1, "nsubj", "PROPN"),
        ("pledged", "pledge", 1, "ROOT", "VERB"),
        ("that", "that", 7, "mark", "SCONJ"),
        ("the", "the", 4, "det", "DET"),
        ("vote", "vote", 7, "nsubjpass", "NOUN"),
        ("would", "would", 7, "aux", "AUX"),
        ("be", "be", 7, "auxpass", "AUX"),
        ("held", "hold", 1, "ccomp", "VERB"),
        ("and", "and", 7, "cc", "CCONJ"),
        ("called", "call", 7, "conj", "VERB"),
        ("on", "on", 9, "prep", "ADP"),
        ("citizens", "citizen", 10, "pobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "IN", "DT", "NN", "MD", "VB", "VBN", "CC", "VBD", "IN", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[9].head.text == "pledged" and doc[8].head.text == "pledged"
    # "would ... and was open to talks": a "was" can be the clause's own, with its subject
    rows[9:] = [
        ("was", "be", 7, "conj", "AUX"),
        ("open", "open", 9, "acomp", "ADJ"),
        ("to", "to", 10, "prep", "ADP"),
        ("talks", "talk", 11, "pobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), tags[:9] + ["VBD", "JJ", "IN", "NNS"])
    repair(doc)
    assert doc[9].head.text == "held"


def test_a_call_after_a_clause_with_would_is_the_speakers_asserted_call():
    text = (
        "Acting President Han Duck-soo pledged to ensure that the election would be held "
        "smoothly and called on citizens to accept the court's decision."
    )
    calls = [e for e in code_text(text, "2025-04-04") if e.event == "REQUEST"]
    assert [(e.factuality, e.actor[0].code, e.actor[0].sector) for e in calls] == [
        ("asserted", "KOR", "GOV")
    ]
    assert [r.sector for r in calls[0].recipient] == ["CVL"]


def test_a_finite_verb_joined_to_a_demanded_subjunctive_moves_to_the_demand(vocab):
    # "The party demanded that the law be repealed and called on Obama to resign", as
    # the small model parses it: "called" joined to "repealed"
    rows = [
        ("The", "the", 1, "det", "DET"),
        ("party", "party", 2, "nsubj", "NOUN"),
        ("demanded", "demand", 2, "ROOT", "VERB"),
        ("that", "that", 7, "mark", "SCONJ"),
        ("the", "the", 5, "det", "DET"),
        ("law", "law", 7, "nsubjpass", "NOUN"),
        ("be", "be", 7, "auxpass", "AUX"),
        ("repealed", "repeal", 2, "ccomp", "VERB"),
        ("and", "and", 7, "cc", "CCONJ"),
        ("called", "call", 7, "conj", "VERB"),
        ("on", "on", 9, "prep", "ADP"),
        ("Obama", "Obama", 10, "pobj", "PROPN"),
    ]
    tags = ["DT", "NN", "VBD", "IN", "DT", "NN", "VB", "VBN", "CC", "VBD", "IN", "NNP"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[9].head.text == "demanded" and doc[8].head.text == "demanded"
    # a clause in the indicative keeps its conjunct ("said the law was repealed and
    # replaced"): only a subjunctive cannot take a finite verb
    rows[6] = ("was", "be", 7, "auxpass", "AUX")
    doc = _tagged(make_doc(vocab, rows), tags[:6] + ["VBD"] + tags[7:])
    repair(doc)
    assert doc[9].head.text == "repealed"


def test_an_infinitive_coordination_is_left_alone(vocab):
    # "asked the army to secure and hold the border": both are what was asked
    rows = [
        ("Kyiv", "Kyiv", 1, "nsubj", "PROPN"),
        ("asked", "ask", 1, "ROOT", "VERB"),
        ("the", "the", 3, "det", "DET"),
        ("army", "army", 1, "dobj", "NOUN"),
        ("to", "to", 5, "aux", "PART"),
        ("secure", "secure", 1, "xcomp", "VERB"),
        ("and", "and", 5, "cc", "CCONJ"),
        ("hold", "hold", 5, "conj", "VERB"),
        ("it", "it", 7, "dobj", "PRON"),
    ]
    tags = ["NNP", "VBD", "DT", "NN", "TO", "VB", "CC", "VB", "PRP"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[7].head.text == "secure"


def _foiled_rows(second, second_lemma, object_word, object_dep):
    # "it had foiled a plot by officers backed by Mali and <second> <object>", as the small
    # model parses it: the second verb joined to the passive participle "backed"
    return [
        ("it", "it", 2, "nsubj", "PRON"),
        ("had", "have", 2, "aux", "AUX"),
        ("foiled", "foil", 2, "ROOT", "VERB"),
        ("a", "a", 4, "det", "DET"),
        ("plot", "plot", 2, "dobj", "NOUN"),
        ("by", "by", 4, "prep", "ADP"),
        ("officers", "officer", 5, "pobj", "NOUN"),
        ("backed", "back", 6, "acl", "VERB"),
        ("by", "by", 7, "agent", "ADP"),
        ("Mali", "Mali", 8, "pobj", "PROPN"),
        ("and", "and", 7, "cc", "CCONJ"),
        (second, second_lemma, 7, "conj", "VERB"),
        (object_word, object_word, 11, object_dep, "NOUN"),
    ]


def test_an_active_verb_joined_to_a_passive_participle_goes_with_the_clause(vocab):
    rows = _foiled_rows("arrested", "arrest", "suspects", "dobj")
    tags = ["PRP", "VBD", "VBN", "DT", "NN", "IN", "NNS", "VBN", "IN", "NNP", "CC", "VBD", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[11].head.text == "foiled" and doc[11].dep_ == "conj"
    assert doc[10].head.text == "foiled"


def test_a_second_passive_participle_stays_on_the_phrase(vocab):
    # "officers backed by Mali and armed by ...": both describe the officers
    rows = _foiled_rows("armed", "arm", "Iran", "agent")
    tags = ["PRP", "VBD", "VBN", "DT", "NN", "IN", "NNS", "VBN", "IN", "NNP", "CC", "VBN", "IN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[11].head.text == "backed"


def test_a_past_verb_read_as_an_adjective_with_a_subject_becomes_the_clause_head(vocab):
    rows = [
        ("The", "the", 1, "det", "DET"),
        ("two", "two", 2, "nsubj", "NUM"),
        ("discussed", "discuss", 3, "amod", "VERB"),
        ("trade", "trade", 3, "ROOT", "NOUN"),
        (".", ".", 3, "punct", "PUNCT"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["DT", "CD", "VBD", "NN", "."])
    repair(doc)
    assert doc[2].dep_ == "ROOT" and doc[2].head.i == 2
    assert (doc[3].dep_, doc[3].head.text) == ("dobj", "discussed")
    assert doc[4].head.text == "discussed"
    assert len(list(doc.sents)) == 1


def test_what_the_second_verb_of_a_coordination_does_is_the_subjects_own(nlp):
    events = code_text(
        "Niger's junta ordered French troops to leave the country by the end of the year "
        "and suspended all military cooperation with Paris.",
        date="2023-08-04",
        nlp=nlp,
    )
    suspension = next(e for e in events if e.event == "SANCTION")
    assert suspension.factuality == "asserted"
    assert {(a.code, a.sector) for a in suspension.actor} == {("NER", "MIL")}
    assert {r.code for r in suspension.recipient} == {"FRA"}


def test_a_past_joined_to_an_adjectives_infinitive_goes_with_the_adjectives_verb(vocab):
    # "said the forces were ready to fight and accused Abiy", "accused" hung on "fight"
    rows = [
        ("chairman", "chairman", 1, "nsubj", "NOUN"),
        ("said", "say", 1, "ROOT", "VERB"),
        ("forces", "force", 3, "nsubj", "NOUN"),
        ("were", "be", 1, "ccomp", "AUX"),
        ("ready", "ready", 3, "acomp", "ADJ"),
        ("to", "to", 6, "aux", "PART"),
        ("fight", "fight", 4, "xcomp", "VERB"),
        ("and", "and", 6, "cc", "CCONJ"),
        ("accused", "accuse", 6, "conj", "VERB"),
        ("Abiy", "Abiy", 8, "dobj", "PROPN"),
    ]
    tags = ["NN", "VBD", "NNS", "VBD", "JJ", "TO", "VB", "CC", "VBD", "NNP"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    # on to "were", and from the copula to the speaker, whose act it is
    assert doc[8].head.text == "said"
    assert doc[7].head.text == "said"


def test_a_past_joined_to_an_infinitive_under_a_perfect_goes_with_the_perfect(vocab):
    # "denied that it had ordered troops to shoot and blamed troublemakers"
    rows = [
        ("government", "government", 1, "nsubj", "NOUN"),
        ("denied", "deny", 1, "ROOT", "VERB"),
        ("it", "it", 4, "nsubj", "PRON"),
        ("had", "have", 4, "aux", "AUX"),
        ("ordered", "order", 1, "ccomp", "VERB"),
        ("troops", "troop", 4, "dobj", "NOUN"),
        ("to", "to", 7, "aux", "PART"),
        ("shoot", "shoot", 4, "xcomp", "VERB"),
        ("and", "and", 7, "cc", "CCONJ"),
        ("blamed", "blame", 7, "conj", "VERB"),
        ("troublemakers", "troublemaker", 9, "dobj", "NOUN"),
    ]
    tags = ["NN", "VBD", "PRP", "VBD", "VBN", "NNS", "TO", "VB", "CC", "VBD", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    # on to "ordered", and from a denied perfect to the one who denied
    assert doc[9].head.text == "denied"


def test_a_past_joined_to_a_reported_progressive_is_the_speakers_act(vocab):
    # "said the conflict was moving to a military stage and accused Russian soldiers"
    rows = [
        ("Yatseniuk", "Yatseniuk", 1, "nsubj", "PROPN"),
        ("said", "say", 1, "ROOT", "VERB"),
        ("conflict", "conflict", 4, "nsubj", "NOUN"),
        ("was", "be", 4, "aux", "AUX"),
        ("moving", "move", 1, "ccomp", "VERB"),
        ("and", "and", 4, "cc", "CCONJ"),
        ("accused", "accuse", 4, "conj", "VERB"),
        ("soldiers", "soldier", 6, "dobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "NN", "VBD", "VBG", "CC", "VBD", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[6].head.text == "said"
    # a participle may share the "was" ("was moving and expanding")
    rows[6] = ("expanding", "expand", 4, "conj", "VERB")
    doc = _tagged(make_doc(vocab, rows), tags[:6] + ["VBG", "NNS"])
    repair(doc)
    assert doc[6].head.text == "moving"


def test_the_two_after_a_meeting_are_its_parties(nlp):
    events = code_text(
        "Putin met Xi in Beijing on Friday. The two discussed trade and the war in Ukraine.",
        date="2024-05-17",
        nlp=nlp,
    )
    talks = [e for e in events if e.event == "CONSULT" and e.event_text == "discussed"]
    assert len(talks) == 1
    assert {a.code for a in talks[0].actor} == {"RUS", "CHN"}
    assert talks[0].recipient == []


def test_a_verdict_on_a_report_is_the_reporters(nlp):
    events = code_text(
        "The Kremlin denied that Russia had provided weapons to the Houthis, calling the "
        "U.S. report a fabrication.",
        date="2024-05-17",
        nlp=nlp,
    )
    supply = next(e for e in events if e.event == "AID")
    assert supply.factuality == "negated"
    verdict = next(e for e in events if e.event == "REJECT")
    assert verdict.factuality == "asserted"
    assert {(a.code, a.sector) for a in verdict.actor} == {("RUS", "GOV")}


def test_a_verbless_sentence_with_a_past_form_between_two_nouns_is_a_clause(vocab):
    # "Taiwan's defence ministry scrambled jets.", as the small model parses it
    rows = [
        ("Taiwan", "Taiwan", 5, "poss", "PROPN"),
        ("'s", "'s", 0, "case", "PART"),
        ("defence", "defence", 3, "compound", "NOUN"),
        ("ministry", "ministry", 5, "compound", "NOUN"),
        ("scrambled", "scramble", 5, "amod", "VERB"),
        ("jets", "jet", 5, "ROOT", "NOUN"),
        (".", ".", 5, "punct", "PUNCT"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "POS", "NN", "NN", "VBN", "NNS", "."])
    repair(doc)
    assert doc[4].dep_ == "ROOT"
    assert (doc[3].dep_, doc[3].head.text) == ("nsubj", "scrambled")
    assert (doc[5].dep_, doc[5].head.text) == ("dobj", "scrambled")
    assert doc[0].head.text == "ministry" and doc[2].head.text == "ministry"
    assert len(list(doc.sents)) == 1


def test_a_verbless_sentence_whose_root_noun_precedes_a_past_form_is_its_subject(vocab):
    # "A court in Tehran jailed activist Reza Karimi for a year.", as the small model parses
    # such a sentence: the root is "court", "jailed" an adjective on the name
    rows = [
        ("A", "a", 1, "det", "DET"),
        ("court", "court", 1, "ROOT", "NOUN"),
        ("in", "in", 1, "prep", "ADP"),
        ("Tehran", "Tehran", 2, "pobj", "PROPN"),
        ("jailed", "jail", 5, "amod", "VERB"),
        ("activist", "activist", 7, "compound", "NOUN"),
        ("Reza", "Reza", 7, "compound", "PROPN"),
        ("Karimi", "Karimi", 2, "pobj", "PROPN"),
        ("for", "for", 1, "prep", "ADP"),
        ("a", "a", 10, "det", "DET"),
        ("year", "year", 8, "pobj", "NOUN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    tags = ["DT", "NN", "IN", "NNP", "VBN", "NN", "NNP", "NNP", "IN", "DT", "NN", "."]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[4].dep_ == "ROOT"
    assert (doc[1].dep_, doc[1].head.text) == ("nsubj", "jailed")
    assert (doc[7].dep_, doc[7].head.text) == ("dobj", "jailed")
    assert doc[2].head.text == "court"  # "in Tehran" stays on the court
    assert doc[8].head.text == "jailed" and doc[11].head.text == "jailed"
    assert len(list(doc.sents)) == 1


def test_a_sentence_with_a_verb_of_its_own_is_not_rebuilt(vocab):
    rows = [
        ("Officials", "official", 1, "nsubj", "NOUN"),
        ("said", "say", 1, "ROOT", "VERB"),
        ("armed", "armed", 3, "amod", "VERB"),
        ("men", "man", 1, "dobj", "NOUN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "VBN", "NNS", "."])
    repair(doc)
    assert doc[1].dep_ == "ROOT" and doc[2].dep_ == "amod"


def test_a_reported_verb_with_no_subject_after_a_comma_continues_the_clause_before(vocab):
    # "Rebels said they had seized the town , freed prisoners .": "freed" hung on "said"
    rows = [
        ("Rebels", "rebel", 1, "nsubj", "NOUN"),
        ("said", "say", 1, "ROOT", "VERB"),
        ("they", "they", 4, "nsubj", "PRON"),
        ("had", "have", 4, "aux", "AUX"),
        ("seized", "seize", 1, "ccomp", "VERB"),
        ("the", "the", 6, "det", "DET"),
        ("town", "town", 4, "dobj", "NOUN"),
        (",", ",", 4, "punct", "PUNCT"),
        ("freed", "free", 1, "ccomp", "VERB"),
        ("prisoners", "prisoner", 8, "dobj", "NOUN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    tags = ["NNS", "VBD", "PRP", "VBD", "VBN", "DT", "NN", ",", "VBD", "NNS", "."]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[8].dep_, doc[8].head.text) == ("conj", "seized")
    # a second reported clause with a subject of its own stays one
    rows[8:10] = [
        ("police", "police", 9, "nsubj", "NOUN"),
        ("freed", "free", 1, "ccomp", "VERB"),
        ("prisoners", "prisoner", 9, "dobj", "NOUN"),
    ]
    rows[-1] = (".", ".", 1, "punct", "PUNCT")
    tags[8:10] = ["NNS", "VBD", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[9].dep_, doc[9].head.text) == ("ccomp", "said")


def test_a_list_of_names_read_as_an_apposition_is_a_coordination(vocab):
    # "Chad , Sudan and Libya agreed .": "Sudan" an apposition of "Chad", "Libya" its
    # conjunct, as the small model parses such lists
    rows = [
        ("Chad", "Chad", 5, "nsubj", "PROPN"),
        (",", ",", 0, "punct", "PUNCT"),
        ("Sudan", "Sudan", 0, "appos", "PROPN"),
        ("and", "and", 2, "cc", "CCONJ"),
        ("Libya", "Libya", 2, "conj", "PROPN"),
        ("agreed", "agree", 5, "ROOT", "VERB"),
        (".", ".", 5, "punct", "PUNCT"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", ",", "NNP", "CC", "NNP", "VBD", "."])
    repair(doc)
    assert doc[2].dep_ == "conj" and doc[2].head.text == "Chad"
    # a true apposition stays one: "Lavrov , the minister and envoy ,"
    rows = [
        ("Lavrov", "Lavrov", 6, "nsubj", "PROPN"),
        (",", ",", 0, "punct", "PUNCT"),
        ("the", "the", 3, "det", "DET"),
        ("minister", "minister", 0, "appos", "NOUN"),
        ("and", "and", 3, "cc", "CCONJ"),
        ("envoy", "envoy", 3, "conj", "NOUN"),
        ("said", "say", 6, "ROOT", "VERB"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", ",", "DT", "NN", "CC", "NN", "VBD"])
    repair(doc)
    assert doc[3].dep_ == "appos"


def test_the_three_after_a_list_of_three_states_are_those_states(nlp):
    text = (
        "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS on Sunday. "
        "The three juntas have expelled French troops."
    )
    events = code_text(text, date="2024-01-29", nlp=nlp)
    withdrawal = next(e for e in events if "withdrawal" in e.event_text)
    assert {a.code for a in withdrawal.actor} == {"MLI", "BFA", "NER"}
    expel = next(e for e in events if e.event == "SANCTION" and e.mode == "expel")
    assert {(a.code, a.sector) for a in expel.actor} == {
        ("MLI", "MIL"),
        ("BFA", "MIL"),
        ("NER", "MIL"),
    }


def test_what_a_free_relative_calls_a_thing_is_the_object_of_the_verb_before(vocab):
    # "Turkey began what it called counter-terror operations ."
    rows = [
        ("Turkey", "Turkey", 1, "nsubj", "PROPN"),
        ("began", "begin", 1, "ROOT", "VERB"),
        ("what", "what", 4, "dobj", "PRON"),
        ("it", "it", 4, "nsubj", "PRON"),
        ("called", "call", 1, "ccomp", "VERB"),
        ("counter-terror", "counter-terror", 6, "amod", "ADJ"),
        ("operations", "operation", 4, "oprd", "NOUN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    tags = ["NNP", "VBD", "WP", "PRP", "VBD", "JJ", "NNS", "."]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[6].dep_, doc[6].head.text) == ("dobj", "began")
    assert (doc[4].dep_, doc[4].head.text) == ("relcl", "operations")


def test_the_maker_named_after_a_free_relative_of_naming_is_the_named_nouns(vocab):
    # "Spain condemned what it called harsh treatment by Ruritania .", as the small model
    # parses it: "by Ruritania" on "called", so the treatment has no maker
    rows = [
        ("Spain", "Spain", 1, "nsubj", "PROPN"),
        ("condemned", "condemn", 1, "ROOT", "VERB"),
        ("what", "what", 4, "dobj", "PRON"),
        ("it", "it", 4, "nsubj", "PRON"),
        ("called", "call", 6, "relcl", "VERB"),
        ("harsh", "harsh", 6, "amod", "ADJ"),
        ("treatment", "treatment", 1, "dobj", "NOUN"),
        ("by", "by", 4, "prep", "ADP"),
        ("Ruritania", "Ruritania", 7, "pobj", "PROPN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    tags = ["NNP", "VBD", "WP", "PRP", "VBD", "JJ", "NN", "IN", "NNP", "."]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[7].head.text == "treatment"


def test_a_phrase_on_a_naming_verb_without_a_free_relative_stays(vocab):
    # "the treatment that Spain called harsh by any standard": no "what", nothing moves
    rows = [
        ("the", "the", 1, "det", "DET"),
        ("treatment", "treatment", 1, "ROOT", "NOUN"),
        ("that", "that", 4, "dobj", "PRON"),
        ("Spain", "Spain", 4, "nsubj", "PROPN"),
        ("called", "call", 1, "relcl", "VERB"),
        ("harsh", "harsh", 4, "oprd", "ADJ"),
        ("by", "by", 4, "prep", "ADP"),
        ("any", "any", 8, "det", "DET"),
        ("standard", "standard", 6, "pobj", "NOUN"),
    ]
    tags = ["DT", "NN", "WDT", "NNP", "VBD", "JJ", "IN", "DT", "NN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[6].head.text == "called"


def test_a_participle_read_as_an_adjective_with_its_own_subject_is_the_verb(nlp):
    events = code_text(
        "China held drills near Taiwan. The island's defence ministry scrambled jets in response.",
        date="2024-05-10",
        nlp=nlp,
    )
    scrambled = next(e for e in events if e.event_text == "scrambled jets")
    assert scrambled.event == "MOBILIZE"
    assert {(a.code, a.sector) for a in scrambled.actor} == {("TWN", "GOV")}


def test_a_belief_read_as_the_verb_is_a_reduced_relative_on_its_noun(nlp):
    text = "Gunmen believed to be from the militia killed five villagers in Ituri, officials said."
    events = code_text(text, date="2024-06-01", nlp=nlp)
    killed = next(e for e in events if e.event == "ASSAULT")
    assert killed.factuality == "asserted"
    assert {(a.code, a.sector) for a in killed.actor} == {("COD", "UAF")}
    # a belief with a subject and a clause of its own stays one
    events = code_text("Police believed the gunmen killed five villagers.", nlp=nlp)
    assert all(e.factuality == "hypothetical" for e in events if e.event == "ASSAULT")


def test_an_object_read_into_its_verdict_is_split_from_it(vocab):
    # "Petro called the Israeli government genocidal .", as the small model parses it
    rows = [
        ("Petro", "Petro", 1, "nsubj", "PROPN"),
        ("called", "call", 1, "ROOT", "VERB"),
        ("the", "the", 5, "det", "DET"),
        ("Israeli", "israeli", 5, "amod", "ADJ"),
        ("government", "government", 5, "compound", "NOUN"),
        ("genocidal", "genocidal", 1, "oprd", "NOUN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "DT", "JJ", "NN", "NN", "."])
    repair(doc)
    assert (doc[4].dep_, doc[4].head.text) == ("dobj", "called")
    assert doc[2].head.text == "government" and doc[3].head.text == "government"
    assert (doc[5].dep_, doc[5].head.text) == ("oprd", "called")


def test_a_participle_of_speech_after_a_comma_is_the_subjects(vocab):
    # "Rebels shelled the town , accusing troops ." with "accusing" hung on "town"
    rows = [
        ("Rebels", "rebel", 1, "nsubj", "NOUN"),
        ("shelled", "shell", 1, "ROOT", "VERB"),
        ("the", "the", 3, "det", "DET"),
        ("town", "town", 1, "dobj", "NOUN"),
        (",", ",", 3, "punct", "PUNCT"),
        ("accusing", "accuse", 3, "acl", "VERB"),
        ("troops", "troop", 5, "dobj", "NOUN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "DT", "NN", ",", "VBG", "NNS", "."])
    repair(doc)
    assert (doc[5].dep_, doc[5].head.text) == ("advcl", "shelled")


def test_a_verdict_hung_on_the_object_as_a_participle_is_a_verdict(nlp):
    text = "The main opposition party boycotted parliament, calling the vote rigged."
    events = code_text(text, date="2024-11-17", nlp=nlp)
    accuse = next(e for e in events if e.event == "ACCUSE")
    assert {(a.sector) for a in accuse.actor} == {"OPP"}


def test_a_gerund_tagged_as_a_noun_with_an_object_is_a_verb(vocab):
    # "officials accused forces of opening fire .", with "opening" tagged NN
    rows = [
        ("officials", "official", 1, "nsubj", "NOUN"),
        ("accused", "accuse", 1, "ROOT", "VERB"),
        ("forces", "force", 1, "dobj", "NOUN"),
        ("of", "of", 2, "prep", "ADP"),
        ("opening", "opening", 3, "pcomp", "NOUN"),
        ("fire", "fire", 4, "dobj", "NOUN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "NNS", "IN", "NN", "NN", "."])
    repair(doc, lambda token: [token.lower_[: -len("ing")]])
    assert (doc[4].pos_, doc[4].tag_, doc[4].lemma_) == ("VERB", "VBG", "open")
    # without a lemmatizer the tree is left as it is
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "NNS", "IN", "NN", "NN", "."])
    repair(doc)
    assert doc[4].pos_ == "NOUN"


def test_an_act_an_accused_party_is_said_to_have_opened_is_its_alleged_act(nlp):
    events = code_text("Gaza health officials accused Israeli forces of opening fire.", nlp=nlp)
    fire = next(e for e in events if e.event == "ASSAULT")
    assert {(a.code, a.sector) for a in fire.actor} == {("ISR", "MIL")}


def test_a_plural_noun_read_as_a_verb_object_is_a_noun(nlp):
    text = (
        "China announced live-fire military drills around the island and suspended imports "
        "of Taiwanese fruit."
    )
    events = code_text(text, date="2022-08-03", nlp=nlp)
    suspended = next(e for e in events if e.event == "SANCTION")
    assert {a.code for a in suspended.actor} == {"CHN"}
    drills = next(t for t in nlp(text) if t.lower_ == "drills")
    assert (drills.pos_, drills.lemma_) == ("NOUN", "drill")


def test_a_gerund_read_as_an_auxiliary_is_the_subject_noun(vocab):
    # "Ukrainian shelling hit a depot .", with "shelling" an auxiliary of "hit"
    rows = [
        ("Ukrainian", "ukrainian", 2, "nsubj", "ADJ"),
        ("shelling", "shelling", 2, "aux", "AUX"),
        ("hit", "hit", 2, "ROOT", "VERB"),
        ("a", "a", 4, "det", "DET"),
        ("depot", "depot", 2, "dobj", "NOUN"),
        (".", ".", 2, "punct", "PUNCT"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["JJ", "VBG", "VBD", "DT", "NN", "."])
    repair(doc, lambda token: [token.lower_])
    assert (doc[1].pos_, doc[1].dep_, doc[1].head.text) == ("NOUN", "nsubj", "hit")
    assert (doc[0].dep_, doc[0].head.text) == ("amod", "shelling")
    # a real auxiliary ("being") is left alone
    rows[1] = ("being", "be", 2, "aux", "AUX")
    doc = _tagged(make_doc(vocab, rows), ["JJ", "VBG", "VBD", "DT", "NN", "."])
    repair(doc, lambda token: [token.lower_])
    assert doc[1].dep_ == "aux" and doc[0].dep_ == "nsubj"


def test_a_gerund_subject_an_adjective_modifies_is_a_noun(vocab):
    # "Ukrainian shelling has hit a depot .", with "shelling" a verb (lemma "shell")
    rows = [
        ("Ukrainian", "ukrainian", 1, "amod", "ADJ"),
        ("shelling", "shell", 3, "nsubj", "VERB"),
        ("has", "have", 3, "aux", "AUX"),
        ("hit", "hit", 3, "ROOT", "VERB"),
        ("a", "a", 5, "det", "DET"),
        ("depot", "depot", 3, "dobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["JJ", "VBG", "VBZ", "VBN", "DT", "NN"])
    repair(doc, lambda token: [token.lower_])
    assert (doc[1].pos_, doc[1].lemma_) == ("NOUN", "shelling")


def test_an_attack_named_by_a_gerund_before_its_verb_is_coded(nlp):
    for text in (
        "Ukrainian shelling hit a fuel depot in Belgorod overnight.",
        "Ukrainian shelling has hit a fuel depot in Belgorod.",
    ):
        events = code_text(text, date="2025-03-14", nlp=nlp)
        attack = next(e for e in events if e.event == "ASSAULT")
        assert {a.code for a in attack.actor} == {"UKR"}, text


def test_a_bare_participle_after_an_objectless_verb_modifies_the_noun_after_it(vocab):
    # "police detained impeached President Yoon on Monday", "impeached" an advcl
    rows = [
        ("police", "police", 1, "nsubj", "NOUN"),
        ("detained", "detain", 1, "ROOT", "VERB"),
        ("impeached", "impeach", 1, "advcl", "VERB"),
        ("President", "President", 4, "compound", "PROPN"),
        ("Yoon", "Yoon", 2, "dobj", "PROPN"),
        ("on", "on", 2, "prep", "ADP"),
        ("Monday", "Monday", 5, "pobj", "PROPN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "VBN", "NNP", "NNP", "IN", "NNP"])
    repair(doc)
    assert (doc[4].dep_, doc[4].head.text) == ("dobj", "detained")
    assert (doc[2].dep_, doc[2].head.text) == ("amod", "Yoon")
    assert doc[5].head.text == "detained"
    # a participle with an auxiliary of its own is a clause and stays one
    rows[2] = ("impeached", "impeach", 1, "advcl", "VERB")
    rows.insert(2, ("having", "have", 3, "aux", "AUX"))
    rows = [(w, lem, h if h < 2 else h + 1, d, p) for w, lem, h, d, p in rows]
    rows[2] = ("having", "have", 3, "aux", "AUX")
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "VBG", "VBN", "NNP", "NNP", "IN", "NNP"])
    repair(doc)
    assert doc[5].head.text == "impeached"


def test_an_indefinite_apposition_on_a_named_object_of_naming_is_the_verdict(vocab):
    # "Trump called Zelensky a dictator", "a dictator" an apposition on "Zelensky"
    rows = [
        ("Trump", "Trump", 1, "nsubj", "PROPN"),
        ("called", "call", 1, "ROOT", "VERB"),
        ("Zelensky", "Zelensky", 1, "dobj", "PROPN"),
        ("a", "a", 4, "det", "DET"),
        ("dictator", "dictator", 2, "appos", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "NNP", "DT", "NN"])
    repair(doc)
    assert (doc[4].dep_, doc[4].head.text) == ("oprd", "called")
    # with a comma it is an apposition: "called Lavrov, a longtime friend"
    rows = [*rows[:3], (",", ",", 2, "punct", "PUNCT"), ("a", "a", 5, "det", "DET")]
    rows.append(("friend", "friend", 2, "appos", "NOUN"))
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "NNP", ",", "DT", "NN"])
    repair(doc)
    assert doc[5].dep_ == "appos"


def test_a_name_read_as_an_object_predicate_is_the_object(vocab):
    rows = [
        ("Biden", "Biden", 1, "nsubj", "PROPN"),
        ("called", "call", 1, "ROOT", "VERB"),
        ("Putin", "Putin", 1, "oprd", "PROPN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "NNP"])
    repair(doc)
    assert doc[2].dep_ == "dobj"


def test_a_verbless_sentence_with_a_relative_after_its_root_has_that_verb(vocab):
    # "Macron called Trump on Tuesday", read as "Macron (who is) called Trump"
    rows = [
        ("Macron", "Macron", 0, "ROOT", "PROPN"),
        ("called", "call", 0, "acl", "VERB"),
        ("Trump", "Trump", 1, "dobj", "PROPN"),
        ("on", "on", 1, "prep", "ADP"),
        ("Tuesday", "Tuesday", 3, "pobj", "PROPN"),
        (".", ".", 0, "punct", "PUNCT"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBN", "NNP", "IN", "NNP", "."])
    repair(doc)
    assert (doc[1].dep_, doc[0].dep_, doc[0].head.text) == ("ROOT", "nsubj", "called")
    assert doc[5].head.text == "called"


def test_a_verbless_sentence_with_a_past_form_after_an_apposition_has_that_verb(vocab):
    # "China, the North's main ally, called on Pyongyang to exercise restraint", with
    # "called" read as a reduced relative on the apposition "ally"
    rows = [
        ("China", "China", 0, "ROOT", "PROPN"),
        (",", ",", 0, "punct", "PUNCT"),
        ("the", "the", 5, "det", "DET"),
        ("North", "North", 5, "poss", "PROPN"),
        ("'s", "'s", 3, "case", "PART"),
        ("ally", "ally", 0, "appos", "NOUN"),
        (",", ",", 5, "punct", "PUNCT"),
        ("called", "call", 5, "acl", "VERB"),
        ("on", "on", 7, "prep", "ADP"),
        ("Pyongyang", "Pyongyang", 8, "pobj", "PROPN"),
        ("to", "to", 11, "aux", "PART"),
        ("exercise", "exercise", 7, "xcomp", "VERB"),
        ("restraint", "restraint", 11, "dobj", "NOUN"),
        (".", ".", 0, "punct", "PUNCT"),
    ]
    tags = ["NNP", ",", "DT", "NNP", "POS", "NN", ",", "VBD", "IN", "NNP", "TO", "VB", "NN"]
    doc = _tagged(make_doc(vocab, rows), [*tags, "."])
    repair(doc)
    assert (doc[7].dep_, doc[0].dep_, doc[0].head.text) == ("ROOT", "nsubj", "called")
    assert (doc[5].dep_, doc[5].head.text) == ("appos", "China")


def test_a_past_form_on_an_apposition_inside_the_subject_is_left_alone(vocab):
    # "China, the ally named in the report, ...": no comma before "named"
    rows = [
        ("China", "China", 0, "ROOT", "PROPN"),
        (",", ",", 0, "punct", "PUNCT"),
        ("the", "the", 3, "det", "DET"),
        ("ally", "ally", 0, "appos", "NOUN"),
        ("named", "name", 3, "acl", "VERB"),
        ("Japan", "Japan", 4, "dobj", "PROPN"),
        (".", ".", 0, "punct", "PUNCT"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", ",", "DT", "NN", "VBN", "NNP", "."])
    repair(doc)
    assert (doc[0].dep_, doc[4].head.text) == ("ROOT", "ally")


@pytest.mark.keeps_actorless
def test_calls_and_names_end_to_end(nlp):
    events = code_text("Trump called Zelensky a dictator on Wednesday.", date="2025-02-20", nlp=nlp)
    assert [(e.event, e.mode) for e in events] == [("ACCUSE", "disapprove")]
    events = code_text("Macron called Trump on Tuesday.", date="2025-02-20", nlp=nlp)
    assert [(e.event, e.mode) for e in events] == [("CONSULT", "phone")]
    events = code_text("A man called Ahmed was arrested.", date="2025-02-20", nlp=nlp)
    assert [e.event for e in events] == ["COERCE"]


def test_a_list_whose_and_hangs_on_its_last_name_is_a_list(nlp):
    text = "Mali, the Central African Republic, Chad and Niger expelled French diplomats."
    events = code_text(text, date="2024-03-01", nlp=nlp)
    expel = next(e for e in events if e.event == "SANCTION")
    assert {a.code for a in expel.actor} == {"MLI", "CAF", "TCD", "NER"}


def test_a_verb_read_as_a_modifier_of_a_titled_name_takes_the_whole_name(vocab):
    # "court sentenced opposition leader Melia to prison", "sentenced" an adjective on
    # "leader", which is a compound of the root "Melia"
    rows = [
        ("court", "court", 1, "nsubj", "NOUN"),
        ("sentenced", "sentence", 3, "amod", "VERB"),
        ("leader", "leader", 4, "compound", "NOUN"),
        ("Nika", "Nika", 4, "compound", "PROPN"),
        ("Melia", "Melia", 4, "ROOT", "PROPN"),
        ("to", "to", 4, "prep", "ADP"),
        ("prison", "prison", 5, "pobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NN", "VBD", "NN", "NNP", "NNP", "IN", "NN"])
    repair(doc)
    assert (doc[1].dep_, doc[4].dep_, doc[4].head.text) == ("ROOT", "dobj", "sentenced")
    assert (doc[2].dep_, doc[2].head.text) == ("compound", "Melia")
    assert doc[5].head.text == "sentenced"


def test_a_clause_before_a_semicolon_is_a_statement_of_its_own(vocab):
    # "Hamas said it accepted the proposal; Israel has not responded", as the model parses
    # it: "said" a reported clause of "responded"
    rows = [
        ("Hamas", "Hamas", 1, "nsubj", "PROPN"),
        ("said", "say", 8, "ccomp", "VERB"),
        ("it", "it", 3, "nsubj", "PRON"),
        ("accepted", "accept", 1, "ccomp", "VERB"),
        ("it", "it", 3, "dobj", "PRON"),
        (";", ";", 8, "punct", "PUNCT"),
        ("Israel", "Israel", 8, "nsubj", "PROPN"),
        ("not", "not", 8, "neg", "PART"),
        ("responded", "respond", 8, "ROOT", "VERB"),
    ]
    tags = ["NNP", "VBD", "PRP", "VBD", "PRP", ":", "NNP", "RB", "VBD"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[1].dep_ == "parataxis"
    assert doc[3].dep_ == "ccomp"  # what is said stays said


def test_an_acceptance_is_not_denied_by_the_others_silence_after_a_semicolon(nlp):
    text = "Hamas said it had accepted the proposal; Israel has not responded."
    events = code_text(text, date="2025-08-20", nlp=nlp)
    accept = next(e for e in events if e.event == "AGREE")
    assert accept.factuality == "asserted"
    assert [a.code for a in accept.actor] == ["PSE"]
    # a clause that the semicolon follows keeps its own negation
    text = "Hamas said it had not accepted the proposal; Israel has responded."
    events = code_text(text, date="2025-08-20", nlp=nlp)
    assert next(e for e in events if e.event == "AGREE").factuality == "negated"


def test_the_with_of_a_phone_line_is_the_talks_other_side(vocab):
    # "he had spoken by phone with Trump", "with" hung on "phone"
    rows = [
        ("he", "he", 1, "nsubj", "PRON"),
        ("spoke", "speak", 1, "ROOT", "VERB"),
        ("by", "by", 1, "prep", "ADP"),
        ("phone", "phone", 2, "pobj", "NOUN"),
        ("with", "with", 3, "prep", "ADP"),
        ("Trump", "Trump", 4, "pobj", "PROPN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["PRP", "VBD", "IN", "NN", "IN", "NNP"])
    repair(doc, remote=frozenset({"phone"}))
    assert doc[4].head.text == "spoke"
    # and where the parser reads the "by" as a passive's agent
    agent_rows = [row if row[0] != "by" else ("by", "by", 1, "agent", "ADP") for row in rows]
    doc = _tagged(make_doc(vocab, agent_rows), ["PRP", "VBD", "IN", "NN", "IN", "NNP"])
    repair(doc, remote=frozenset({"phone"}))
    assert doc[4].head.text == "spoke"
    # "a call with": without the means named as remote, nothing moves
    doc = _tagged(make_doc(vocab, rows), ["PRP", "VBD", "IN", "NN", "IN", "NNP"])
    repair(doc)
    assert doc[4].head.text == "phone"


def test_a_reported_phone_call_has_both_leaders_and_its_mode(nlp):
    text = (
        "Venezuelan President Nicolas Maduro said on Monday that he had spoken by phone "
        "with U.S. President Donald Trump."
    )
    events = code_text(text, date="2025-12-01", nlp=nlp)
    call = next(e for e in events if e.event == "CONSULT")
    assert call.mode == "phone"
    assert {a.code for a in call.actor} == {"VEN", "USA"}
    events = code_text("Xi held talks by video link with Biden.", date="2023-11-01", nlp=nlp)
    call = next(e for e in events if e.event == "CONSULT")
    assert (call.mode, {a.code for a in call.actor}) == ("phone", {"CHN", "USA"})


def test_a_bare_participle_beside_an_infinitive_is_an_adjective_on_the_name(nlp):
    text = (
        "South Korea's Constitutional Court will rule on Friday on whether to remove "
        "impeached President Yoon Suk Yeol from office."
    )
    events = code_text(text, date="2025-04-02", nlp=nlp)
    # no one is said to impeach him: the court only rules on his removal
    assert [e.event for e in events] == ["SANCTION"]
    removal = events[0]
    assert removal.factuality == "hypothetical"
    assert [(r.code, r.sector) for r in removal.recipient] == [("KOR", "GOV")]


def test_a_name_read_as_an_adverb_before_its_relative_clause_is_the_subject(nlp):
    text = "Yoon, who was arrested in January and later released, has rejected the charges."
    events = code_text(text, date="2025-04-02", nlp=nlp)
    rejection = next(e for e in events if e.event == "REJECT")
    assert [(a.code, a.sector) for a in rejection.actor] == [("KOR", "GOV")]


def test_bases_are_military_bases_not_the_plural_of_basis(nlp):
    events = code_text("Iran struck U.S. bases in the region.", date="2025-06-22", nlp=nlp)
    assert [(e.event, e.recipient[0].code) for e in events] == [("ASSAULT", "USA")]


def test_a_verb_read_as_a_relative_on_its_subject_before_and_is_the_first_verb(nlp):
    text = "Trump called Zelensky a dictator and said Ukraine should never have started the war."
    events = code_text(text, date="2025-02-19", nlp=nlp)
    verdict = next(e for e in events if e.event == "ACCUSE")
    assert ([a.code for a in verdict.actor], [r.code for r in verdict.recipient]) == (
        ["USA"],
        ["UKR"],
    )


def test_a_that_clause_hung_on_an_adverb_after_no_and_its_noun_is_the_nouns_content(vocab):
    # "There was no evidence so far that shots were fired", as the small model parses it
    rows = [
        ("There", "there", 1, "expl", "PRON"),
        ("was", "be", 1, "ROOT", "VERB"),
        ("no", "no", 3, "det", "DET"),
        ("evidence", "evidence", 1, "attr", "NOUN"),
        ("so", "so", 5, "advmod", "ADV"),
        ("far", "far", 1, "advmod", "ADV"),
        ("that", "that", 9, "mark", "SCONJ"),
        ("shots", "shot", 9, "nsubjpass", "NOUN"),
        ("were", "be", 9, "auxpass", "AUX"),
        ("fired", "fire", 5, "ccomp", "VERB"),
    ]
    tags = ["EX", "VBD", "DT", "NN", "RB", "RB", "IN", "NNS", "VBD", "VBN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[9].head.text == "evidence"


def test_a_that_clause_after_a_verb_with_something_else_before_it_stays(vocab):
    # "He gave no details but said that ...": the clause is the saying's, not the details'
    rows = [
        ("He", "he", 1, "nsubj", "PRON"),
        ("gave", "give", 1, "ROOT", "VERB"),
        ("no", "no", 3, "det", "DET"),
        ("details", "detail", 1, "dobj", "NOUN"),
        ("but", "but", 1, "cc", "CCONJ"),
        ("said", "say", 1, "conj", "VERB"),
        ("that", "that", 8, "mark", "SCONJ"),
        ("troops", "troop", 8, "nsubj", "NOUN"),
        ("attacked", "attack", 5, "ccomp", "VERB"),
    ]
    tags = ["PRP", "VBD", "DT", "NNS", "CC", "VBD", "IN", "NNS", "VBD"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[8].head.text == "said"


def test_no_evidence_so_far_that_shots_were_fired_is_no_shooting(nlp):
    for text in (
        "There was no evidence so far that shots had been fired.",
        "Officials have found no proof yet that Russian drones attacked the plant.",
    ):
        events = code_text(text, date="2026-01-20", nlp=nlp)
        assert [e.factuality for e in events] == ["negated"], text


def test_a_participle_of_affiliation_read_as_the_verb_is_a_relative_on_its_subject(vocab):
    # "Hackers linked to Russia broke into systems", as the small model parses it
    rows = [
        ("Hackers", "hacker", 1, "nsubj", "NOUN"),
        ("linked", "link", 1, "ROOT", "VERB"),
        ("to", "to", 1, "prep", "ADP"),
        ("Russia", "Russia", 2, "pobj", "PROPN"),
        ("broke", "break", 1, "advcl", "VERB"),
        ("into", "into", 4, "prep", "ADP"),
        ("systems", "system", 5, "pobj", "NOUN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "IN", "NNP", "VBD", "IN", "NNS", "."])
    repair(doc)
    assert doc[4].dep_ == "ROOT" and doc[0].head.text == "broke"
    assert doc[1].dep_ == "acl" and doc[1].head.text == "Hackers"
    assert doc[7].head.text == "broke"


def test_hackers_linked_to_a_states_agency_are_that_states_and_a_longer_name_is_not_its_tail(
    nlp,
):
    text = (
        "Hackers linked to Russia's GRU military intelligence agency broke into the email "
        "systems of Germany's Social Democratic Party, the interior ministry said."
    )
    hack = code_text(text, date="2026-03-04", nlp=nlp)[0]
    assert [(a.code, a.sector) for a in hack.actor] == [("RUS", "SPY")]
    # the Social Democratic Party is no US Democratic Party
    assert [(r.code, r.sector) for r in hack.recipient] == [("DEU", "PTY")]


def test_a_speaker_read_as_an_apposition_before_a_subjectless_said_is_its_subject(nlp):
    text = "Indian troops returned fire with rifles, the army's northern command said."
    (fire,) = code_text(text, date="2026-03-03", nlp=nlp)
    assert fire.event == "ASSAULT" and fire.attributed_to is not None
    assert "command" in fire.attributed_to.text


def test_an_infinitive_hung_on_a_participle_in_a_phrase_moves_to_the_verb_of_intent(vocab):
    # "Kony threatened in a video released Monday to sell the captives", as parsed
    rows = [
        ("Kony", "Kony", 1, "nsubj", "PROPN"),
        ("threatened", "threaten", 1, "ROOT", "VERB"),
        ("in", "in", 1, "prep", "ADP"),
        ("a", "a", 4, "det", "DET"),
        ("video", "video", 2, "pobj", "NOUN"),
        ("released", "release", 4, "acl", "VERB"),
        ("Monday", "Monday", 5, "npadvmod", "PROPN"),
        ("to", "to", 8, "aux", "PART"),
        ("sell", "sell", 5, "advcl", "VERB"),
        ("the", "the", 10, "det", "DET"),
        ("captives", "captive", 8, "dobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "IN", "DT", "NN", "VBN", "NNP", "TO", "VB", "DT", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[8].head.text == "threatened" and doc[8].dep_ == "xcomp"
    # a verb that intends nothing keeps the parse: "appeared in a video released to mark"
    rows[1] = ("appeared", "appear", 1, "ROOT", "VERB")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[8].head.text == "released"


def test_a_threat_told_in_a_released_video_falls_on_the_object_of_its_infinitive():
    text = "The rebel leader threatened in a video released on Monday to kill the hostages."
    events = code_text(text)
    assert [e.event for e in events if e.factuality == "asserted"] == ["THREATEN"]
    assert [e.event for e in events if e.factuality == "hypothetical"] == ["ASSAULT"]


def test_a_reduced_relative_read_as_a_reported_clause_gives_its_subject_back():
    text = (
        "Belarus said on Friday that some of its battalions deployed near Poland's border "
        "were returning to their bases."
    )
    events = [e for e in code_text(text) if e.factuality == "asserted"]
    # the units return; "deployed near the border" only says which units
    assert [e.event for e in events] == ["RETREAT"]
    assert [(a.code, a.sector) for a in events[0].actor] == [("BLR", "MIL")]


def test_a_reduced_relative_before_a_modal_passive_is_the_one_done_to():
    text = "The interior minister said migrants convicted of rioting would be deported to Tunisia."
    events = code_text(text)
    # the migrants are convicted by no one named here, and are the ones to be deported
    assert not [e for e in events if e.event == "SANCTION" and e.factuality == "asserted"]
    (deport,) = [e for e in events if e.event == "COERCE"]
    assert deport.factuality == "hypothetical"
    assert [r.text for r in deport.recipient] == ["migrants"]


def test_what_a_party_called_an_act_is_the_object_of_the_preposition():
    text = (
        "Nepal's foreign ministry expressed concern about what it called an unprovoked "
        "incursion by Indian troops."
    )
    (concern,) = [e for e in code_text(text) if e.event == "ACCUSE"]
    assert [(r.code, r.sector) for r in concern.recipient] == [("IND", "MIL")]


def test_to_clear_is_a_purpose_and_from_outside_a_place():
    text = (
        "Thousands rallied in Tbilisi on Saturday. Georgian riot police used water cannon "
        "to clear demonstrators from outside parliament."
    )
    (force,) = [e for e in code_text(text) if e.event == "ASSAULT"]
    assert [(r.code, r.sector, r.text) for r in force.recipient] == [
        ("GEO", "CVL", "demonstrators")
    ]


def test_a_relative_pronoun_in_a_reported_passive_stands_for_the_noun_described():
    text = "Houthi fighters, which Washington says are armed by Iran, seized a cargo ship."
    (backing,) = [e for e in code_text(text) if e.event in ("AID", "SUPPORT")]
    assert [(a.code, a.sector) for a in backing.recipient] == [("YEM", "REB")]


def test_an_act_joined_to_a_reported_passive_is_the_speakers():
    text = (
        "Uganda's interior minister said the suspects were linked to the ADF and praised "
        "the police for foiling the plot."
    )
    (praise,) = [e for e in code_text(text) if e.event == "SUPPORT"]
    assert [(a.code, a.sector) for a in praise.actor] == [("UGA", "GOV")]
    text = "Officials said the blast was caused by stored chemicals and ruled out sabotage."
    (denial,) = [e for e in code_text(text) if e.event == "REJECT"]
    assert [a.sector for a in denial.actor] == ["GOV"]


def test_an_object_read_as_the_compound_of_an_adjective_verdict_is_the_object():
    text = (
        "Mali's junta expelled the French ambassador on Monday. "
        "France called the decision unacceptable."
    )
    (verdict,) = [e for e in code_text(text) if e.event == "ACCUSE"]
    assert [(r.code, r.sector) for r in verdict.recipient] == [("MLI", "MIL")]


def test_remarks_called_a_threat_are_the_object_of_the_verdict():
    text = (
        "Azerbaijani President Ilham Aliyev warned Paris against meddling in the region. "
        "Armenia's foreign ministry called Aliyev's remarks a threat to regional peace."
    )
    verdicts = [e for e in code_text(text) if e.event == "ACCUSE"]
    assert verdicts and {r.code for r in verdicts[0].recipient} == {"AZE"}


def test_an_after_clause_read_as_the_root_gives_the_sentence_its_verb(vocab):
    # "Strikes killed 30 people, officials said, a day after Hamas accused Israel", as the
    # model parses it: the "after" clause the root, the strikes a second subject of it
    rows = [
        ("Strikes", "strike", 12, "nsubj", "NOUN"),
        ("killed", "kill", 0, "acl", "VERB"),
        ("30", "30", 3, "nummod", "NUM"),
        ("people", "people", 1, "dobj", "NOUN"),
        (",", ",", 6, "punct", "PUNCT"),
        ("officials", "official", 6, "nsubj", "NOUN"),
        ("said", "say", 0, "appos", "VERB"),
        (",", ",", 6, "punct", "PUNCT"),
        ("a", "a", 9, "det", "DET"),
        ("day", "day", 12, "npadvmod", "NOUN"),
        ("after", "after", 12, "mark", "SCONJ"),
        ("Hamas", "Hamas", 12, "nsubj", "PROPN"),
        ("accused", "accuse", 12, "ROOT", "VERB"),
        ("Israel", "Israel", 12, "dobj", "PROPN"),
        (".", ".", 12, "punct", "PUNCT"),
    ]
    tags = ["NNS", "VBN", "CD", "NNS", ",", "NNS", "VBD", ",", "DT", "NN", "IN", "NNP", "VBD"]
    tags += ["NNP", "."]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[1].dep_ == "ROOT" and doc[0].head.i == 1 and doc[0].dep_ == "nsubj"
    assert doc[12].head.i == 1 and doc[12].dep_ == "advcl"
    assert doc[6].head.i == 1  # the reporting clause is the main verb's


def test_a_crowds_act_after_the_object_describes_the_crowd(vocab):
    # "Police fired rubber bullets at students rallying outside the ministry", as the small
    # model parses it: "rallying" on "fired", so the police rally
    rows = [
        ("Police", "police", 1, "nsubj", "NOUN"),
        ("fired", "fire", 1, "ROOT", "VERB"),
        ("rubber", "rubber", 3, "compound", "NOUN"),
        ("bullets", "bullet", 1, "dobj", "NOUN"),
        ("at", "at", 1, "prep", "ADP"),
        ("students", "student", 4, "pobj", "NOUN"),
        ("rallying", "rally", 1, "advcl", "VERB"),
        ("outside", "outside", 6, "prep", "ADP"),
        ("the", "the", 9, "det", "DET"),
        ("ministry", "ministry", 7, "pobj", "NOUN"),
    ]
    tags = ["NNS", "VBD", "NN", "NNS", "IN", "NNS", "VBG", "IN", "DT", "NN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[6].head.text, doc[6].dep_) == ("students", "acl")


def test_a_participle_after_a_comma_or_of_another_act_stays_on_the_verb(vocab):
    # "Police fired at students, rallying support": after a comma, the police's own act;
    # "fired at students, killing two" is the common case of that
    rows = [
        ("Police", "police", 1, "nsubj", "NOUN"),
        ("fired", "fire", 1, "ROOT", "VERB"),
        ("at", "at", 1, "prep", "ADP"),
        ("students", "student", 2, "pobj", "NOUN"),
        (",", ",", 1, "punct", "PUNCT"),
        ("rallying", "rally", 1, "advcl", "VERB"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "IN", "NNS", ",", "VBG"])
    repair(doc)
    assert (doc[5].head.text, doc[5].dep_) == ("fired", "advcl")
    rows[4] = ("firing", "fire", 1, "advcl", "VERB")  # not a crowd's act
    doc = _tagged(make_doc(vocab, rows[:5]), ["NNS", "VBD", "IN", "NNS", "VBG"])
    repair(doc)
    assert (doc[4].head.text, doc[4].dep_) == ("fired", "advcl")


@pytest.mark.keeps_actorless
def test_marchers_fired_on_are_the_protesters_end_to_end(nlp):
    text = "Riot police fired tear gas at hundreds of pensioners marching in Lima on Friday."
    events = code_text(text, date="2026-06-08", nlp=nlp)
    protest = next(e for e in events if e.event == "PROTEST")
    assert [a.text.split()[-1] for a in protest.actor] == ["pensioners"]
    assert protest.date == "2026-06-05"


def test_a_second_clause_read_as_the_object_of_the_first_is_split(vocab):
    # "Kyiv returned ten children and Moscow freed two pilots", as the small model parses
    # it: "ten children and Moscow" the subject of "freed", the object of "returned"
    rows = [
        ("Kyiv", "Kyiv", 1, "nsubj", "PROPN"),
        ("returned", "return", 1, "ROOT", "VERB"),
        ("ten", "ten", 3, "nummod", "NUM"),
        ("children", "child", 6, "nsubj", "NOUN"),
        ("and", "and", 3, "cc", "CCONJ"),
        ("Moscow", "Moscow", 3, "conj", "PROPN"),
        ("freed", "free", 1, "ccomp", "VERB"),
        ("two", "two", 8, "nummod", "NUM"),
        ("pilots", "pilot", 6, "dobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "CD", "NNS", "CC", "NNP", "VBD", "CD", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[3].head.text, doc[3].dep_) == ("returned", "dobj")
    assert (doc[5].head.text, doc[5].dep_) == ("freed", "nsubj")
    assert (doc[6].head.text, doc[6].dep_) == ("returned", "conj")


def test_a_clause_after_a_verb_that_takes_one_is_left_alone(vocab):
    # "Kyiv believes soldiers and Moscow fought": a belief about a clause
    rows = [
        ("Kyiv", "Kyiv", 1, "nsubj", "PROPN"),
        ("believes", "believe", 1, "ROOT", "VERB"),
        ("soldiers", "soldier", 5, "nsubj", "NOUN"),
        ("and", "and", 2, "cc", "CCONJ"),
        ("Moscow", "Moscow", 2, "conj", "PROPN"),
        ("fought", "fight", 1, "ccomp", "VERB"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBZ", "NNS", "CC", "NNP", "VBD"])
    repair(doc)
    assert (doc[2].head.text, doc[2].dep_) == ("fought", "nsubj")


def test_a_demand_after_the_place_a_crowd_moved_to_is_the_crowds(vocab):
    # "Farmers marched on the ministry demanding subsidies", as the small model parses it
    rows = [
        ("Farmers", "farmer", 1, "nsubj", "NOUN"),
        ("marched", "march", 1, "ROOT", "VERB"),
        ("on", "on", 1, "prep", "ADP"),
        ("the", "the", 4, "det", "DET"),
        ("ministry", "ministry", 2, "pobj", "NOUN"),
        ("demanding", "demand", 4, "acl", "VERB"),
        ("subsidies", "subsidy", 5, "dobj", "NOUN"),
    ]
    tags = ["NNS", "VBD", "IN", "DT", "NN", "VBG", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[5].head.text, doc[5].dep_) == ("marched", "advcl")
    # after a place someone was sent to, the participle may describe the place
    rows[1] = ("sent", "send", 1, "ROOT", "VERB")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[5].head.text, doc[5].dep_) == ("ministry", "acl")
    # a text protested against is no place: "protested against a law banning rallies"
    rows[1] = ("protested", "protest", 1, "ROOT", "VERB")
    rows[2] = ("against", "against", 1, "prep", "ADP")
    rows[3] = ("a", "a", 4, "det", "DET")
    rows[4] = ("law", "law", 2, "pobj", "NOUN")
    rows[5] = ("banning", "ban", 4, "acl", "VERB")
    rows[6] = ("rallies", "rally", 5, "dobj", "NOUN")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[5].head.text, doc[5].dep_) == ("law", "acl")


def test_a_verb_of_occurrence_read_as_a_relative_is_the_verb(vocab):
    # "Riots erupted in Dhaka", as the small model may parse it: "riots (which were) erupted"
    rows = [
        ("Riots", "riot", 0, "ROOT", "NOUN"),
        ("erupted", "erupt", 0, "acl", "VERB"),
        ("in", "in", 1, "prep", "ADP"),
        ("Dhaka", "Dhaka", 2, "pobj", "PROPN"),
    ]
    tags = ["NNS", "VBN", "IN", "NNP"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc, occurrence=frozenset({"erupt"}))
    assert (doc[1].dep_, doc[0].head.text, doc[0].dep_) == ("ROOT", "erupted", "nsubj")
    # a past form that may be passive stays a reduced relative ("protesters arrested in Dhaka")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc, occurrence=frozenset({"break"}))
    assert (doc[1].dep_, doc[1].head.text) == ("acl", "Riots")


def test_fighting_that_rages_between_two_sides_is_their_fight(nlp):
    text = "Fighting raged between Somali troops and al Shabaab militants near Baidoa on Friday."
    (fight,) = code_text(text, date="2026-07-06", nlp=nlp)
    assert fight.event == "ASSAULT"
    assert {(e.code, e.sector) for e in fight.actor} == {("SOM", "MIL"), ("SOM", "REB")}


def test_a_noun_read_as_a_bare_verb_after_a_is_the_object(vocab):
    # "Chile and Peru signed a fisheries pact", as the small model parses it: "pact" a
    # bare verb whose subject is "a fisheries"
    rows = [
        ("Chile", "Chile", 1, "nsubj", "PROPN"),
        ("signed", "sign", 1, "ROOT", "VERB"),
        ("a", "a", 3, "det", "DET"),
        ("fisheries", "fishery", 4, "nsubj", "NOUN"),
        ("pact", "pact", 1, "ccomp", "VERB"),
    ]
    tags = ["NNP", "VBD", "DT", "NNS", "VB"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc, lambda token: [token.lower_])
    assert (doc[4].pos_, doc[4].dep_, doc[4].head.text) == ("NOUN", "dobj", "signed")
    assert (doc[3].dep_, doc[3].head.text) == ("compound", "pact")
    # "demanded the army withdraw": a subjunctive, whose subject has no "a"
    rows[2] = ("the", "the", 3, "det", "DET")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc, lambda token: [token.lower_])
    assert (doc[4].pos_, doc[4].dep_) == ("VERB", "ccomp")


def test_a_deal_signed_is_support_between_its_signatories(nlp):
    text = "Kenya and Ethiopia signed a water deal in Nairobi on Thursday."
    (deal,) = code_text(text, date="2026-07-06", nlp=nlp)
    assert deal.event == "SUPPORT" and {e.code for e in deal.actor} == {"KEN", "ETH"}


def test_a_trailing_speaker_read_as_an_apposition_is_the_speaker(vocab):
    # "Egypt freed a reporter, the state news agency said", as the small model parses it:
    # the agency an apposition on the reporter, "said" a reduced relative on the agency
    rows = [
        ("Egypt", "Egypt", 1, "nsubj", "PROPN"),
        ("freed", "free", 1, "ROOT", "VERB"),
        ("a", "a", 3, "det", "DET"),
        ("reporter", "reporter", 1, "dobj", "NOUN"),
        (",", ",", 3, "punct", "PUNCT"),
        ("the", "the", 7, "det", "DET"),
        ("news", "news", 7, "compound", "NOUN"),
        ("agency", "agency", 3, "appos", "NOUN"),
        ("said", "say", 7, "acl", "VERB"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    tags = ["NNP", "VBD", "DT", "NN", ",", "DT", "NN", "NN", "VBN", "."]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc, reporting=frozenset({"say"}))
    assert (doc[8].head.text, doc[8].dep_) == ("freed", "parataxis")
    assert (doc[7].head.text, doc[7].dep_) == ("said", "nsubj")
    # a verb that is no verb of saying stays a description ("a man, the driver hired")
    rows[8] = ("hired", "hire", 7, "acl", "VERB")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc, reporting=frozenset({"say"}))
    assert (doc[8].head.text, doc[8].dep_) == ("agency", "acl")


def test_a_name_between_a_verb_and_the_amount_it_objects_is_its_second_object(vocab):
    # "Brussels fined Meta 800 million euros", as the small model parses it
    rows = [
        ("Brussels", "Brussels", 1, "nsubj", "PROPN"),
        ("fined", "fine", 1, "ROOT", "VERB"),
        ("Meta", "Meta", 5, "nmod", "PROPN"),
        ("800", "800", 4, "compound", "NUM"),
        ("million", "million", 5, "nummod", "NUM"),
        ("euros", "euro", 1, "dobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "NNP", "CD", "CD", "NNS"])
    repair(doc)
    assert doc[2].head.text == "fined" and doc[2].dep_ == "dative"
    # a name that modifies an object with no amount stays on it
    rows = [
        ("Russia", "Russia", 1, "nsubj", "PROPN"),
        ("shelled", "shell", 1, "ROOT", "VERB"),
        ("Kharkiv", "Kharkiv", 3, "compound", "PROPN"),
        ("suburbs", "suburb", 1, "dobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "NNP", "NNS"])
    repair(doc)
    assert doc[2].head.text == "suburbs"


def test_fined_is_a_form_of_fine_so_the_fine_is_that_act(nlp):
    text = "Brussels fined Google 2.4 billion euros. Washington condemned the fine."
    events = code_text(text, date="2025-04-23", nlp=nlp)
    (fine,) = [e for e in events if e.event == "SANCTION"]
    assert [e.code for e in fine.recipient] == ["MNC"]
    (criticism,) = [e for e in events if e.event == "ACCUSE"]
    assert criticism.recipient and [e.code for e in criticism.recipient] == [
        e.code for e in fine.actor
    ]


@pytest.mark.parametrize(
    "text, kind, speaker",
    [
        # what a weapon did, which no one goes on from to act
        (
            "Manila said three of the rockets landed near its patrol boats and lodged a "
            "protest with Beijing.",
            "ACCUSE",
            "PHL",
        ),
        # what an act did: an act does not go on to speak
        (
            "Tokyo said Beijing's actions undermined stability in the region and reaffirmed "
            "its support for Manila.",
            "SUPPORT",
            "JPN",
        ),
    ],
)
def test_an_act_joined_to_what_a_weapon_or_an_act_did_in_a_report_is_the_speakers(
    nlp, text, kind, speaker
):
    events = code_text(text, date="2025-03-01", nlp=nlp)
    (act,) = [e for e in events if e.event == kind]
    assert [e.code for e in act.actor] == [speaker]


def test_an_act_joined_to_what_did_not_happen_in_a_report_is_the_speakers(nlp):
    text = (
        "The governor said in a radio address that no protester had entered the building, "
        "and praised the police for their restraint."
    )
    events = code_text(text, date="2019-01-02", nlp=nlp)
    (praise,) = [e for e in events if e.event == "SUPPORT"]
    assert praise.factuality == "asserted" and [e.sector for e in praise.actor] == ["GOV"]


def test_a_past_act_joined_to_a_did_clause_in_a_report_is_the_speakers(nlp):
    text = (
        "Lopez Obrador said his absence did not mean a break in relations with the United "
        "States and praised Biden as a friend."
    )
    events = code_text(text, date="2022-06-06", nlp=nlp)
    (praise,) = [e for e in events if e.event == "SUPPORT"]
    assert praise.factuality == "asserted" and [e.code for e in praise.actor] == ["MEX"]


def test_bore_read_as_a_noun_before_responsibility_is_the_verb_bear(nlp):
    for text in (
        "Erdogan said Syria bore responsibility for the downing of the jet.",
        "The minister said the opposition leadership bore responsibility for the riots.",
        # read as "Sudan bore" doing "responsibility", a verb
        "Colin Powell said that Sudan bore responsibility.",
    ):
        doc = nlp(text)
        bore = next(t for t in doc if t.lower_ == "bore")
        assert (bore.pos_, bore.lemma_) == ("VERB", "bear"), text
        assert {c.dep_ for c in bore.children} >= {"nsubj", "dobj"}, text
    events = code_text("Erdogan said Syria bore responsibility for the downing of the jet.")
    (blame,) = [e for e in events if e.event == "ACCUSE"]
    assert [e.code for e in blame.recipient] == ["SYR"]
    text = "Colin Powell said that Sudan bore responsibility."
    (blame,) = [e for e in code_text(text, date="2004-09-10", nlp=nlp) if e.event == "ACCUSE"]
    assert [(e.code, e.sector) for e in blame.actor] == [("USA", "GOV")]
    assert [e.code for e in blame.recipient] == ["SDN"]


def test_a_word_after_a_repeat_or_test_prefix_is_one_verb_with_its_stems_lemma(nlp):
    # split at the hyphen, "re" was read as the verb and "imposed" as an adjective
    doc = nlp("Police re-arrested him and co-hosted talks; Pyongyang test-fired a missile.")
    words = {t.text: t for t in doc}
    assert words["re-arrested"].tag_ == "VBD" and words["re-arrested"].lemma_ == "arrest"
    assert words["co-hosted"].lemma_ == "host"
    assert words["test-fired"].lemma_ == "test-fire"
    # the word without its hyphen where English has it; other hyphens split as before
    doc = nlp(
        "The two countries co-operated on a Kremlin-backed, U.S.-led plan and re-imposed tariffs."
    )
    assert [t.lemma_ for t in doc if "-" in t.text[1:]] == ["cooperate", "reimpose"]
    assert {"Kremlin", "backed", "U.S.", "led"} <= {t.text for t in doc}


def test_sanctions_re_imposed_and_a_missile_test_fired_are_coded(nlp):
    (sanction,) = code_text("Washington re-imposed sanctions on Venezuela.", nlp=nlp)
    assert sanction.event == "SANCTION" and [e.code for e in sanction.recipient] == ["VEN"]
    text = "North Korea test-fired two ballistic missiles into the sea on Saturday."
    (test,) = code_text(text, nlp=nlp)
    assert (test.event, test.mode) == ("MOBILIZE", "weapons")
    assert [e.code for e in test.actor] == ["PRK"]


def test_a_subjectless_reported_verb_after_but_continues_the_speakers_report(nlp):
    text = (
        "Azerbaijan's foreign minister said Baku was ready to sign but demanded that "
        "Yerevan amend its constitution."
    )
    (demand,) = [e for e in code_text(text, nlp=nlp) if e.event == "REQUEST"]
    assert {(a.code, a.sector) for a in demand.actor} == {("AZE", "GOV")}
    assert {r.code for r in demand.recipient} == {"ARM"}


def test_a_demand_by_those_fired_at_stays_theirs(vocab):
    # "Police fired at students demanding reforms": "at" after a verb of aiming names a
    # target, not a place, so the participle is the students' act
    rows = [
        ("Police", "police", 1, "nsubj", "NOUN"),
        ("fired", "fire", 1, "ROOT", "VERB"),
        ("at", "at", 1, "prep", "ADP"),
        ("students", "student", 2, "pobj", "NOUN"),
        ("demanding", "demand", 3, "acl", "VERB"),
        ("reforms", "reform", 4, "dobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "IN", "NNS", "VBG", "NNS"])
    repair(doc)
    assert doc[4].head.text == "students" and doc[4].dep_ == "acl"
    # where a crowd gathered "at" a place, the demand is still the crowd's
    rows[1] = ("rallied", "rally", 1, "ROOT", "VERB")
    rows[3] = ("square", "square", 2, "pobj", "NOUN")
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "IN", "NN", "VBG", "NNS"])
    repair(doc)
    assert doc[4].head.text == "rallied" and doc[4].dep_ == "advcl"


def test_a_name_read_as_a_modifier_of_a_span_of_days_is_the_object(vocab):
    # "Israel struck Gaza days after Hamas fired rockets", as the small model parses it
    rows = [
        ("Israel", "Israel", 1, "nsubj", "PROPN"),
        ("struck", "strike", 1, "ROOT", "VERB"),
        ("Gaza", "Gaza", 3, "compound", "PROPN"),
        ("days", "day", 1, "npadvmod", "NOUN"),
        ("after", "after", 6, "mark", "SCONJ"),
        ("Hamas", "Hamas", 6, "nsubj", "PROPN"),
        ("fired", "fire", 1, "advcl", "VERB"),
        ("rockets", "rocket", 6, "dobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "NNP", "NNS", "IN", "NNP", "VBD", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[2].head.text == "struck" and doc[2].dep_ == "dobj"
    assert doc[3].dep_ == "npadvmod"
    # a verb with an object of its own keeps it ("struck bases Gaza days after", as parsed)
    rows = [
        ("Israel", "Israel", 1, "nsubj", "PROPN"),
        ("struck", "strike", 1, "ROOT", "VERB"),
        ("bases", "base", 1, "dobj", "NOUN"),
        ("Gaza", "Gaza", 4, "compound", "PROPN"),
        ("days", "day", 1, "npadvmod", "NOUN"),
        ("ago", "ago", 1, "advmod", "ADV"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "NNS", "NNP", "NNS", "RB"])
    repair(doc)
    assert doc[3].dep_ == "compound"


def test_a_crowds_act_read_as_a_relative_of_a_verbless_sentence_is_its_verb(vocab):
    # "Thousands protested in Belgrade": the parser reads "thousands (who were) protested"
    rows = [
        ("Thousands", "thousand", 0, "ROOT", "NOUN"),
        ("protested", "protest", 0, "acl", "VERB"),
        ("in", "in", 1, "prep", "ADP"),
        ("Belgrade", "Belgrade", 2, "pobj", "PROPN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBN", "IN", "NNP"])
    repair(doc)
    assert doc[1].dep_ == "ROOT" and doc[0].head.text == "protested"
    assert doc[0].dep_ == "nsubj" and doc[1].tag_ == "VBD"
    # a verb that has a passive stays a description: "prisoners released in Belgrade"
    rows[:2] = [
        ("Prisoners", "prisoner", 0, "ROOT", "NOUN"),
        ("released", "release", 0, "acl", "VERB"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBN", "IN", "NNP"])
    repair(doc)
    assert doc[1].dep_ == "acl"


def test_a_crowds_act_after_a_counted_crowd_is_its_verb(vocab):
    # "Hundreds of farmers marched in Lille": the crowd's phrase runs up to the verb
    rows = [
        ("Hundreds", "hundred", 0, "ROOT", "NOUN"),
        ("of", "of", 0, "prep", "ADP"),
        ("farmers", "farmer", 1, "pobj", "NOUN"),
        ("marched", "march", 0, "acl", "VERB"),
        ("in", "in", 3, "prep", "ADP"),
        ("Lille", "Lille", 4, "pobj", "PROPN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "IN", "NNS", "VBN", "IN", "NNP"])
    repair(doc)
    assert doc[3].dep_ == "ROOT" and doc[0].head.text == "marched"


def test_a_crowds_act_read_as_the_complement_before_its_crowd_describes_it(vocab):
    # "Police beat protesting farmers near Delhi", as the small model parses it
    rows = [
        ("Police", "police", 1, "nsubj", "NOUN"),
        ("beat", "beat", 1, "ROOT", "VERB"),
        ("protesting", "protest", 1, "xcomp", "VERB"),
        ("farmers", "farmer", 2, "dobj", "NOUN"),
        ("near", "near", 2, "prep", "ADP"),
        ("Delhi", "Delhi", 4, "pobj", "PROPN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "VBG", "NNS", "IN", "NNP"])
    repair(doc)
    assert doc[3].head.text == "beat" and doc[3].dep_ == "dobj"
    assert doc[2].head.text == "farmers" and doc[2].dep_ == "amod"
    assert doc[4].head.text == "beat"
    # "kept protesting the laws": the subject's own act, left alone
    rows[1] = ("kept", "keep", 1, "ROOT", "VERB")
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "VBG", "NNS", "IN", "NNP"])
    repair(doc)
    assert doc[2].dep_ == "xcomp" and doc[3].head.text == "protesting"


def test_a_subject_joined_to_the_clause_before_begins_a_second_clause(vocab):
    # "Russian drones struck Kyiv on Monday and Ukrainian forces shelled Belgorod", as the
    # small model parses it: "forces" joined to "Monday", "shelled" with no subject
    rows = [
        ("Russian", "russian", 1, "amod", "ADJ"),
        ("drones", "drone", 2, "nsubj", "NOUN"),
        ("struck", "strike", 2, "ROOT", "VERB"),
        ("Kyiv", "Kyiv", 2, "dobj", "PROPN"),
        ("on", "on", 2, "prep", "ADP"),
        ("Monday", "Monday", 4, "pobj", "PROPN"),
        ("and", "and", 5, "cc", "CCONJ"),
        ("Ukrainian", "ukrainian", 8, "amod", "ADJ"),
        ("forces", "force", 5, "conj", "NOUN"),
        ("shelled", "shell", 2, "advcl", "VERB"),
        ("Belgorod", "Belgorod", 9, "dobj", "PROPN"),
    ]
    tags = ["JJ", "NNS", "VBD", "NNP", "IN", "NNP", "CC", "JJ", "NNS", "VBD", "NNP"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[8].head.text == "shelled" and doc[8].dep_ == "nsubj"
    assert doc[9].head.text == "struck" and doc[9].dep_ == "conj"
    assert doc[6].head.text == "struck"
    # "or" joins no clauses here, and a verb with a subject of its own is left alone
    for changed in (
        (6, ("or", "or", 5, "cc", "CCONJ")),
        (10, ("they", "they", 9, "nsubj", "PRON")),
    ):
        altered = list(rows)
        altered[changed[0]] = changed[1]
        doc = _tagged(make_doc(vocab, altered), tags)
        repair(doc)
        assert doc[8].head.text == "Monday" and doc[9].dep_ == "advcl"


def test_a_clause_read_as_an_adjective_under_after_is_subordinated_by_it(vocab):
    # "Canberra protested after a Chinese court sentenced the writer", as the small model
    # parses it: "sentenced" an adjective on "writer", the object of "after"
    rows = [
        ("Canberra", "Canberra", 1, "nsubj", "PROPN"),
        ("protested", "protest", 1, "ROOT", "VERB"),
        ("after", "after", 1, "prep", "ADP"),
        ("a", "a", 5, "det", "DET"),
        ("Chinese", "chinese", 5, "amod", "ADJ"),
        ("court", "court", 6, "nsubj", "NOUN"),
        ("sentenced", "sentence", 8, "amod", "VERB"),
        ("the", "the", 8, "det", "DET"),
        ("writer", "writer", 2, "pobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "IN", "DT", "JJ", "NN", "VBD", "DT", "NN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[6].head.text == "protested" and doc[6].dep_ == "advcl"
    assert doc[2].head.text == "sentenced" and doc[2].dep_ == "mark"
    assert doc[8].head.text == "sentenced" and doc[8].dep_ == "dobj"
    # a true preposition keeps its object: "rallied against the newly elected leader"
    rows[2] = ("against", "against", 1, "prep", "ADP")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[6].dep_ == "pobj" and doc[2].dep_ == "prep"


def test_a_clause_before_a_charge_its_target_denies_is_the_sentence_itself(vocab):
    # "Kinshasa accused Kigali of it, a charge Kigali denies", as the model parses it:
    # the accusation a reported clause of "denies"
    head = [
        ("Kinshasa", "Kinshasa", 1, "nsubj", "PROPN"),
        ("accused", "accuse", 9, "ccomp", "VERB"),
        ("Kigali", "Kigali", 1, "dobj", "PROPN"),
        ("of", "of", 1, "prep", "ADP"),
        ("it", "it", 3, "pobj", "PRON"),
        (",", ",", 9, "punct", "PUNCT"),
    ]
    rows = head + [
        ("a", "a", 8, "det", "DET"),
        ("charge", "charge", 8, "compound", "NOUN"),
        ("Kigali", "Kigali", 9, "nsubj", "PROPN"),
        ("denies", "deny", 9, "ROOT", "VERB"),
    ]
    tags = ["NNP", "VBD", "NNP", "IN", "PRP", ",", "DT", "NN", "NNP", "VBZ"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[1].dep_ == "ROOT"
    assert (doc[7].head.text, doc[7].dep_) == ("accused", "npadvmod")
    assert (doc[9].head.text, doc[9].dep_) == ("charge", "relcl")
    assert doc[6].head.text == "charge" and doc[8].head.text == "denies"
    # a clause before ", an official said" is what was said, and stays so
    rows = [(w, lemma, 8 if h == 9 else h, d, p) for w, lemma, h, d, p in head] + [
        ("an", "an", 7, "det", "DET"),
        ("official", "official", 8, "nsubj", "NOUN"),
        ("said", "say", 8, "ROOT", "VERB"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "NNP", "IN", "PRP", ",", "DT", "NN", "VBD"])
    repair(doc)
    assert doc[1].dep_ == "ccomp"


def test_an_accusation_is_not_denied_by_the_accuseds_denial_of_it(nlp):
    text = "The Congolese government accused Rwanda of backing the rebels, a charge Kigali denies."
    events = code_text(text, date="2026-04-19", nlp=nlp)
    accuse = next(e for e in events if e.event == "ACCUSE")
    assert accuse.factuality == "asserted"
    assert [r.code for r in accuse.recipient] == ["RWA"]


def test_who_after_a_phrase_of_place_is_the_people_before_it(vocab):
    # "dispersed protesters outside parliament who opposed it", "who" hung on "parliament"
    rows = [
        ("police", "police", 1, "nsubj", "NOUN"),
        ("dispersed", "disperse", 1, "ROOT", "VERB"),
        ("protesters", "protester", 1, "dobj", "NOUN"),
        ("outside", "outside", 1, "prep", "ADP"),
        ("parliament", "parliament", 3, "pobj", "NOUN"),
        ("who", "who", 6, "nsubj", "PRON"),
        ("opposed", "oppose", 4, "relcl", "VERB"),
        ("it", "it", 6, "dobj", "PRON"),
    ]
    tags = ["NNS", "VBD", "NNS", "IN", "NN", "WP", "VBD", "PRP"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[6].head.text == "protesters"
    # "which" may tell of the place: it stays
    rows[5] = ("which", "which", 6, "nsubj", "PRON")
    doc = _tagged(make_doc(vocab, rows), tags[:5] + ["WDT"] + tags[6:])
    repair(doc)
    assert doc[6].head.text == "parliament"
    # "threw stones at police, who responded": "at" aims, and the police are who
    rows[3] = ("at", "at", 1, "prep", "ADP")
    rows[5] = ("who", "who", 6, "nsubj", "PRON")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[6].head.text == "parliament"


def test_a_verb_after_a_span_after_a_noun_is_the_after_clause_of_that_noun(vocab):
    # "jets struck bases, a day after an attack killed soldiers", as the model parses it:
    # "killed" joined to "struck" with no subject, "a day after an attack" its modifier
    rows = [
        ("jets", "jet", 1, "nsubj", "NOUN"),
        ("struck", "strike", 1, "ROOT", "VERB"),
        ("bases", "base", 1, "dobj", "NOUN"),
        (",", ",", 9, "punct", "PUNCT"),
        ("a", "a", 5, "det", "DET"),
        ("day", "day", 9, "npadvmod", "NOUN"),
        ("after", "after", 5, "prep", "ADP"),
        ("an", "an", 8, "det", "DET"),
        ("attack", "attack", 6, "pobj", "NOUN"),
        ("killed", "kill", 1, "conj", "VERB"),
        ("soldiers", "soldier", 9, "dobj", "NOUN"),
        (".", ".", 9, "punct", "PUNCT"),
    ]
    tags = ["NNS", "VBD", "NNS", ",", "DT", "NN", "IN", "DT", "NN", "VBD", "NNS", "."]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[9].dep_, doc[9].head.text) == ("advcl", "struck")
    assert (doc[8].dep_, doc[8].head.text) == ("nsubj", "killed")
    assert (doc[6].dep_, doc[6].head.text) == ("mark", "killed")
    assert doc[3].head.text == "struck" and doc[11].head.text == "struck"
    # "struck bases a day after the attack and killed soldiers": a conjunct of its own
    rows[9:9] = [("and", "and", 1, "cc", "CCONJ")]
    rows = [(w, lemma, h + 1 if h >= 9 else h, d, p) for w, lemma, h, d, p in rows]
    doc = _tagged(make_doc(vocab, rows), tags[:9] + ["CC"] + tags[9:])
    repair(doc)
    assert doc[10].dep_ == "conj"


@pytest.mark.keeps_actorless
def test_soldiers_killed_a_day_after_are_not_the_strikers_victims(nlp):
    text = (
        "Turkish warplanes struck Kurdish militant positions in northern Iraq on Saturday, "
        "the defence ministry said, a day after an attack on a Turkish base killed three soldiers."
    )
    events = code_text(text, date="2026-04-04", nlp=nlp)
    killing = next(e for e in events if e.event_text.endswith("killed"))
    assert killing.actor == []  # not the warplanes
    assert killing.date == "2026-04-03"


def test_a_participle_after_an_owners_noun_is_the_verb_of_that_noun(vocab):
    # "Qatar's emir hosted Hamas leaders and pledged", as the model parses it: "emir" a
    # measure of "hosted", the participle a modifier of the leaders, who pledged
    rows = [
        ("Qatar", "Qatar", 5, "poss", "PROPN"),
        ("'s", "'s", 0, "case", "PART"),
        ("emir", "emir", 3, "npadvmod", "NOUN"),
        ("hosted", "host", 5, "amod", "VERB"),
        ("Hamas", "Hamas", 5, "compound", "PROPN"),
        ("leaders", "leader", 7, "nsubj", "NOUN"),
        ("and", "and", 5, "cc", "CCONJ"),
        ("pledged", "pledge", 7, "ROOT", "VERB"),
    ]
    tags = ["NNP", "POS", "NN", "VBN", "NNP", "NNS", "CC", "VBD"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[3].dep_, doc[2].dep_, doc[2].head.text) == ("ROOT", "nsubj", "hosted")
    assert doc[0].head.text == "emir"
    assert (doc[5].dep_, doc[5].head.text) == ("dobj", "hosted")
    assert (doc[7].dep_, doc[7].head.text) == ("conj", "hosted")
    # a span of time is a measure of the participle ("a year-hosted"): it stays
    rows[2] = ("year", "year", 3, "npadvmod", "NOUN")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[3].dep_ == "amod"


def test_harm_after_an_accusation_is_the_alleged_deeds(vocab):
    # "the army accused the RSF of shelling a camp, killing 23", "killing" hung on "accused"
    rows = [
        ("army", "army", 1, "nsubj", "NOUN"),
        ("accused", "accuse", 1, "ROOT", "VERB"),
        ("RSF", "RSF", 1, "dobj", "PROPN"),
        ("of", "of", 1, "prep", "ADP"),
        ("shelling", "shell", 3, "pcomp", "VERB"),
        ("camp", "camp", 4, "dobj", "NOUN"),
        (",", ",", 1, "punct", "PUNCT"),
        ("killing", "kill", 1, "advcl", "VERB"),
        ("23", "23", 9, "nummod", "NUM"),
        ("people", "people", 7, "dobj", "NOUN"),
    ]
    tags = ["NN", "VBD", "NNP", "IN", "VBG", "NN", ",", "VBG", "CD", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[7].head.text == "shelling"
    # a participle that is no harm stays on the accusation ("..., citing reports")
    rows[7] = ("citing", "cite", 1, "advcl", "VERB")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[7].head.text == "accused"
    # the parser may hang the "of" phrase on the one accused ("accused the RSF of
    # shelling a camp, killing 23"): the harm is still the deed's
    rows[3] = ("of", "of", 2, "prep", "ADP")
    rows[7] = ("killing", "kill", 1, "advcl", "VERB")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[7].head.text == "shelling"


def test_talks_during_which_a_party_urged_are_the_urgings(vocab):
    # "urged Washington to press Israel during talks", "during" hung on "press"
    rows = [
        ("king", "king", 1, "nsubj", "NOUN"),
        ("urged", "urge", 1, "ROOT", "VERB"),
        ("Washington", "Washington", 1, "dobj", "PROPN"),
        ("to", "to", 4, "aux", "PART"),
        ("press", "press", 1, "xcomp", "VERB"),
        ("Israel", "Israel", 4, "dobj", "PROPN"),
        ("during", "during", 4, "prep", "ADP"),
        ("talks", "talk", 6, "pobj", "NOUN"),
    ]
    tags = ["NN", "VBD", "NNP", "TO", "VB", "NNP", "IN", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[6].head.text == "urged"
    # a span of time that is no meeting stays on the infinitive
    rows[7] = ("transition", "transition", 6, "pobj", "NOUN")
    doc = _tagged(make_doc(vocab, rows), tags[:7] + ["NN"])
    repair(doc)
    assert doc[6].head.text == "press"


def test_talks_after_which_a_party_agreed_are_before_the_agreement(vocab):
    # "Iran agreed to suspend enrichment after talks", "after" hung on "suspend"
    rows = [
        ("Iran", "Iran", 1, "nsubj", "PROPN"),
        ("agreed", "agree", 1, "ROOT", "VERB"),
        ("to", "to", 3, "aux", "PART"),
        ("suspend", "suspend", 1, "xcomp", "VERB"),
        ("enrichment", "enrichment", 3, "dobj", "NOUN"),
        ("after", "after", 3, "prep", "ADP"),
        ("talks", "talk", 5, "pobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "TO", "VB", "NN", "IN", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[5].head.text == "agreed"
    # a time that is no meeting stays on the infinitive ("to withdraw after the vote")
    rows[6] = ("vote", "vote", 5, "pobj", "NOUN")
    doc = _tagged(make_doc(vocab, rows), tags[:6] + ["NN"])
    repair(doc)
    assert doc[5].head.text == "suspend"


def test_talks_set_off_after_a_clause_with_would_are_the_reporters(vocab):
    # "announced that it would join the union, after talks": the announcing followed them
    rows = [
        ("Sargsyan", "Sargsyan", 1, "nsubj", "PROPN"),
        ("announced", "announce", 1, "ROOT", "VERB"),
        ("it", "it", 4, "nsubj", "PRON"),
        ("would", "would", 4, "aux", "AUX"),
        ("join", "join", 1, "ccomp", "VERB"),
        ("union", "union", 4, "dobj", "NOUN"),
        (",", ",", 4, "punct", "PUNCT"),
        ("after", "after", 4, "prep", "ADP"),
        ("talks", "talk", 7, "pobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "PRP", "MD", "VB", "NN", ",", "IN", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[7].head.text == "announced"
    # with no comma the phrase may be the joining's ("would join after talks next week")
    rows[6] = ("soon", "soon", 4, "advmod", "ADV")
    doc = _tagged(make_doc(vocab, rows), tags[:6] + ["RB"] + tags[7:])
    repair(doc)
    assert doc[7].head.text == "join"


def test_a_place_put_first_is_no_second_subject(vocab):
    # "Outside parliament, youths threw stones", "Outside" an adjective on a subject
    rows = [
        ("Outside", "outside", 1, "amod", "ADJ"),
        ("parliament", "parliament", 4, "nsubj", "NOUN"),
        (",", ",", 4, "punct", "PUNCT"),
        ("youths", "youth", 4, "nsubj", "NOUN"),
        ("threw", "throw", 4, "ROOT", "VERB"),
        ("stones", "stone", 4, "dobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["JJ", "NN", ",", "NNS", "VBD", "NNS"])
    repair(doc)
    assert (doc[0].dep_, doc[0].head.text) == ("prep", "threw")
    assert (doc[1].dep_, doc[1].head.text) == ("pobj", "Outside")
    assert doc[3].dep_ == "nsubj"


def test_visiting_before_a_guest_modifies_the_guest(vocab):
    # "Xi told visiting Prime Minister Sanchez that ...": "visiting" an xcomp with the
    # guest as its object, so Xi would visit him
    rows = [
        ("Xi", "Xi", 1, "nsubj", "PROPN"),
        ("told", "tell", 1, "ROOT", "VERB"),
        ("visiting", "visit", 1, "xcomp", "VERB"),
        ("Prime", "Prime", 4, "compound", "PROPN"),
        ("Minister", "Minister", 5, "compound", "PROPN"),
        ("Sanchez", "Sanchez", 2, "dobj", "PROPN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "VBG", "NNP", "NNP", "NNP"])
    repair(doc)
    assert (doc[5].dep_, doc[5].head.text) == ("dobj", "told")
    assert (doc[2].dep_, doc[2].head.text) == ("amod", "Sanchez")
    # another present participle is a clause of its own ("kept urging Kyiv")
    rows[2] = ("urging", "urge", 1, "xcomp", "VERB")
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "VBG", "NNP", "NNP", "NNP"])
    repair(doc)
    assert doc[5].head.text == "urging"


def test_a_past_verb_after_and_read_as_a_modifier_is_the_second_verb(vocab):
    # "the ministry criticised the decision and threatened countermeasures", as parsed
    rows = [
        ("ministry", "ministry", 1, "nsubj", "NOUN"),
        ("criticised", "criticise", 1, "ROOT", "VERB"),
        ("the", "the", 3, "det", "DET"),
        ("decision", "decision", 1, "dobj", "NOUN"),
        ("and", "and", 1, "cc", "CCONJ"),
        ("threatened", "threaten", 6, "amod", "VERB"),
        ("countermeasures", "countermeasure", 1, "conj", "NOUN"),
    ]
    tags = ["NN", "VBD", "DT", "NN", "CC", "VBD", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[5].dep_, doc[5].head.text) == ("conj", "criticised")
    assert (doc[6].dep_, doc[6].head.text) == ("dobj", "threatened")
    # a modifier of a noun joined to a noun stays one: "seized arms and armed vehicles"
    rows[1] = ("seized", "seize", 1, "ROOT", "VERB")
    rows[3] = ("arms", "arm", 1, "dobj", "NOUN")
    rows[5] = ("armed", "arm", 6, "amod", "VERB")
    rows[6] = ("vehicles", "vehicle", 3, "conj", "NOUN")
    doc = _tagged(make_doc(vocab, rows), ["NN", "VBD", "DT", "NNS", "CC", "VBN", "NNS"])
    repair(doc)
    assert (doc[5].dep_, doc[5].head.text) == ("amod", "vehicles")


def test_a_past_form_tagged_an_adjective_after_and_is_the_second_verb(vocab):
    # "the bloc suspended transactions and closed borders with the country", as parsed:
    # "closed" an adjective (lemma "closed") on "borders", which is joined to the verb
    rows = [
        ("bloc", "bloc", 1, "nsubj", "NOUN"),
        ("suspended", "suspend", 1, "ROOT", "VERB"),
        ("transactions", "transaction", 1, "dobj", "NOUN"),
        ("and", "and", 1, "cc", "CCONJ"),
        ("closed", "closed", 5, "amod", "ADJ"),
        ("borders", "border", 1, "conj", "NOUN"),
    ]
    tags = ["NN", "VBD", "NNS", "CC", "JJ", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc, lemmatize=lambda t: [t.lower_.removesuffix("d")])
    assert (doc[4].dep_, doc[4].head.text, doc[4].tag_) == ("conj", "suspended", "VBD")
    assert (doc[4].pos_, doc[4].lemma_) == ("VERB", "close")
    assert (doc[5].dep_, doc[5].head.text) == ("dobj", "closed")
    # an adjective of another form stays one ("imposed curfews and strict controls"),
    # as does any without the lemmatizer to read it as a verb
    rows[4] = ("strict", "strict", 5, "amod", "ADJ")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc, lemmatize=lambda t: [t.lower_])
    assert (doc[4].dep_, doc[4].head.text) == ("amod", "borders")
    rows[4] = ("closed", "closed", 5, "amod", "ADJ")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[4].dep_, doc[4].head.text) == ("amod", "borders")


def test_a_plural_read_as_a_name_at_the_start_is_the_plural_noun(vocab):
    # "Mobs set fire to buses", as tagged: the first word a name, lemma "Mobs"
    rows = [
        ("Mobs", "Mobs", 1, "nsubj", "PROPN"),
        ("set", "set", 1, "ROOT", "VERB"),
        ("fire", "fire", 1, "dobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "NN"])

    def lemmatize(token):
        return [token.lower_.removesuffix("s")] if token.tag_ == "NNS" else [token.text]

    repair(doc, lemmatize=lemmatize, known_words=frozenset({"mob"}))
    assert (doc[0].tag_, doc[0].pos_, doc[0].lemma_) == ("NNS", "NOUN", "mob")
    # a word that is no plural of a known word stays the name it was read as
    rows[0] = ("Hmongs", "Hmongs", 1, "nsubj", "PROPN")
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "NN"])
    repair(doc, lemmatize=lemmatize, known_words=frozenset({"mob"}))
    assert (doc[0].tag_, doc[0].lemma_) == ("NNP", "Hmongs")


def test_a_stance_tagged_an_adjective_is_the_participle(vocab):
    # "Rabat remained committed to the ceasefire", as tagged: "committed" an adjective
    rows = [
        ("Rabat", "Rabat", 1, "nsubj", "PROPN"),
        ("remained", "remain", 1, "ROOT", "VERB"),
        ("committed", "committed", 1, "acomp", "ADJ"),
        ("to", "to", 2, "prep", "ADP"),
        ("peace", "peace", 3, "pobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "JJ", "IN", "NN"]

    def lemmatize(token):
        return ["commit"] if token.tag_ == "VBN" else [token.lower_]

    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc, lemmatize=lemmatize)
    assert (doc[2].tag_, doc[2].pos_, doc[2].lemma_) == ("VBN", "VERB", "commit")
    # an adjective that goes on with no "to" ("remained committed") stays one
    doc = _tagged(make_doc(vocab, rows[:3]), tags[:3])
    repair(doc, lemmatize=lemmatize)
    assert (doc[2].tag_, doc[2].lemma_) == ("JJ", "committed")


def test_an_absolute_after_a_purpose_is_the_main_verbs(vocab):
    # "reached an agreement to defuse the standoff, with Pyongyang expressing regret", as
    # parsed: the "with" phrase hung on the infinitive of purpose
    rows = [
        ("reached", "reach", 0, "ROOT", "VERB"),
        ("agreement", "agreement", 0, "dobj", "NOUN"),
        ("to", "to", 3, "aux", "PART"),
        ("defuse", "defuse", 1, "acl", "VERB"),
        ("standoff", "standoff", 3, "dobj", "NOUN"),
        (",", ",", 3, "punct", "PUNCT"),
        ("with", "with", 3, "prep", "ADP"),
        ("Pyongyang", "Pyongyang", 8, "nsubj", "PROPN"),
        ("expressing", "express", 6, "pcomp", "VERB"),
        ("regret", "regret", 8, "dobj", "NOUN"),
    ]
    tags = ["VBD", "NN", "TO", "VB", "NN", ",", "IN", "NNP", "VBG", "NN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[6].head.text == "reached"
    # a "with" phrase of means, with no subject of its own, stays the infinitive's
    rows[7] = ("the", "the", 8, "det", "DET")
    rows[8] = ("help", "help", 6, "pobj", "NOUN")
    rows[9] = ("of", "of", 8, "prep", "ADP")
    tags = ["VBD", "NN", "TO", "VB", "NN", ",", "IN", "DT", "NN", "IN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[6].head.text == "defuse"


def test_a_past_tense_after_a_participles_object_is_the_verb(vocab):
    # "Kenyan police leading a multinational force fought back", as the small model parses
    # it: "leading" the verb, "fought" a reduced relative on "force"
    rows = [
        ("Kenyan", "kenyan", 1, "amod", "ADJ"),
        ("police", "police", 2, "nsubj", "NOUN"),
        ("leading", "lead", 2, "ROOT", "VERB"),
        ("a", "a", 5, "det", "DET"),
        ("multinational", "multinational", 5, "amod", "ADJ"),
        ("force", "force", 2, "dobj", "NOUN"),
        ("fought", "fight", 5, "acl", "VERB"),
        ("back", "back", 6, "advmod", "ADV"),
        (".", ".", 2, "punct", "PUNCT"),
    ]
    tags = ["JJ", "NNS", "VBG", "DT", "JJ", "NN", "VBD", "RB", "."]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[6].dep_, doc[6].head.i) == ("ROOT", 6)
    assert (doc[1].dep_, doc[1].head.text) == ("nsubj", "fought")
    assert (doc[2].dep_, doc[2].head.text) == ("acl", "police")
    assert doc[8].head.text == "fought"
    # a progressive is a verb: "police are leading a force deployed ..." is left alone
    rows[2:2] = [("are", "be", 3, "aux", "AUX")]
    rows = [
        (w, lemma, h + (h >= 2), d, p) if i != 2 else (w, lemma, h, d, p)
        for i, (w, lemma, h, d, p) in enumerate(rows)
    ]
    doc = _tagged(make_doc(vocab, rows), tags[:2] + ["VBP"] + tags[2:])
    repair(doc)
    assert doc[7].dep_ == "acl"


def test_a_participles_subject_codes_the_deed_after_its_object(nlp):
    text = (
        "Haitian gangs attacked a police station on Sunday, killing three officers. Kenyan "
        "police leading a multinational force fought back and killed several gang members, "
        "a spokesman said."
    )
    events = code_text(text, nlp=nlp)
    (killed,) = [e for e in events if e.event_text == "killed"]
    assert [a.text for a in killed.actor] == ["Kenyan police"]


def test_a_meeting_hung_on_an_infinitive_belongs_to_a_perfect_above_it(nlp):
    text = (
        "Marco Rubio had pressed Netanyahu to consider a Palestinian state during a visit "
        "to Jerusalem."
    )
    events = code_text(text, nlp=nlp)
    (visit,) = [e for e in events if e.event == "CONSULT"]
    assert visit.factuality == "asserted"
    assert [a.text for a in visit.actor] == ["Marco Rubio"]


def test_a_phrase_hung_on_in_absentia_belongs_to_the_word_before(nlp):
    text = "A Russian court ordered the arrest in absentia of the chief prosecutor of the ICC."
    (arrest,) = [e for e in code_text(text, nlp=nlp) if e.event == "COERCE"]
    assert [(r.code, r.sector) for r in arrest.recipient] == [("IGO", "JUD")]


def test_a_phrase_hung_on_without_warning_belongs_to_the_verb(nlp):
    # "fire without warning on militants": the parser hangs "on militants" on "warning"
    text = "The president said troops would fire without warning on armed bandits in the city."
    threats = [e for e in code_text(text, nlp=nlp) if e.event == "THREATEN"]
    assert [(r.code, r.sector) for t in threats for r in t.recipient] == [("---", "CRM")]


def test_a_call_on_a_party_read_as_a_relative_is_the_verb(nlp):
    # "Press freedom groups (which were) called on ...": a verbless sentence, with "Press"
    # read as a verb of the name
    text = "Press freedom groups called on Mexican authorities to find the killers."
    (call,) = [e for e in code_text(text, nlp=nlp) if e.event == "REQUEST"]
    assert [(r.code, r.sector) for r in call.recipient] == [("MEX", "GOV")]


def test_a_by_phrase_after_an_acts_object_names_who_did_the_act(nlp):
    text = (
        "Police in Dhaka used rubber bullets to break up a rally by garment workers "
        "demanding higher wages."
    )
    events = code_text(text, nlp=nlp)
    (force,) = [e for e in events if e.event == "ASSAULT"]
    assert [(r.code, r.sector) for r in force.recipient] == [("BGD", "LAB")]
    (demand,) = [e for e in events if e.event == "REQUEST"]
    assert [a.text for a in demand.actor] == ["garment workers"]


def _drones_launched(vocab, *extra):
    # "Kyiv shot down the drones Russia launched", as the small model parses it: "Russia"
    # an apposition on "drones", "launched" a side clause of "shot"
    rows = [
        ("Kyiv", "Kyiv", 1, "nsubj", "PROPN"),
        ("shot", "shoot", 1, "ROOT", "VERB"),
        ("down", "down", 1, "prt", "ADP"),
        ("the", "the", 4, "det", "DET"),
        ("drones", "drone", 1, "dobj", "NOUN"),
        ("Russia", "Russia", 4, "appos", "PROPN"),
        ("launched", "launch", 1, "advcl", "VERB"),
        *(row for row, _ in extra),
    ]
    tags = ["NNP", "VBD", "RP", "DT", "NNS", "NNP", "VBD", *(tag for _, tag in extra)]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    return doc


def test_a_name_before_a_bare_past_tense_is_a_relative_clauses_subject(vocab):
    doc = _drones_launched(vocab)
    assert doc[5].head.text == "launched" and doc[5].dep_ == "nsubj"
    assert doc[6].head.text == "drones" and doc[6].dep_ == "relcl"


def test_a_name_before_a_past_tense_with_an_object_stays_an_apposition(vocab):
    # "... the drones Russia launched missiles": "launched" has an object of its own
    doc = _drones_launched(vocab, (("missiles", "missile", 6, "dobj", "NOUN"), "NNS"))
    assert doc[5].dep_ == "appos" and doc[6].dep_ == "advcl"


def test_the_drones_a_state_launched_are_its_own_arms_not_a_party(nlp):
    text = "Ukraine's military said it had shot down 40 of the 60 drones Russia launched overnight."
    launch = next(
        e for e in code_text(text, date="2026-04-11", nlp=nlp) if e.event_text == "drones launched"
    )
    assert {e.code for e in launch.actor} == {"RUS"} and not launch.recipient


def _supporters_who(vocab, aux):
    # "Police arrested supporters of Morales who <aux> blocking roads", as the small model
    # parses it: the relative clause hung on the person
    rows = [
        ("Police", "police", 1, "nsubj", "NOUN"),
        ("arrested", "arrest", 1, "ROOT", "VERB"),
        ("supporters", "supporter", 1, "dobj", "NOUN"),
        ("of", "of", 2, "prep", "ADP"),
        ("Morales", "Morales", 3, "pobj", "PROPN"),
        ("who", "who", 7, "nsubj", "PRON"),
        (aux, "be", 7, "aux", "AUX"),
        ("blocking", "block", 4, "relcl", "VERB"),
        ("roads", "road", 7, "dobj", "NOUN"),
    ]
    tags = ["NNS", "VBD", "NNS", "IN", "NNP", "WP", "VBD", "VBG", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    doc.ents = [Span(doc, 4, 5, label="PERSON")]
    repair(doc)
    return doc


def test_a_relative_after_the_people_of_a_person_is_about_the_people(vocab):
    assert _supporters_who(vocab, "were")[7].head.text == "supporters"


def test_a_relative_whose_verb_says_one_stays_on_the_person(vocab):
    assert _supporters_who(vocab, "was")[7].head.text == "Morales"


def test_an_infinitive_after_a_plot_is_what_the_plot_is_for(vocab):
    # "Sweden foiled a plot by agents to attack the embassy", as the small model parses it
    rows = [
        ("Sweden", "Sweden", 1, "nsubj", "PROPN"),
        ("foiled", "foil", 1, "ROOT", "VERB"),
        ("a", "a", 3, "det", "DET"),
        ("plot", "plot", 1, "dobj", "NOUN"),
        ("by", "by", 3, "prep", "ADP"),
        ("agents", "agent", 4, "pobj", "NOUN"),
        ("to", "to", 7, "aux", "PART"),
        ("attack", "attack", 1, "xcomp", "VERB"),
        ("the", "the", 9, "det", "DET"),
        ("embassy", "embassy", 7, "dobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "NNS", "TO", "VB", "DT", "NN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc, endeavours=frozenset({"plot"}))
    assert doc[7].head.text == "plot" and doc[7].dep_ == "acl"


def test_a_plot_by_agents_to_attack_an_embassy_is_theirs_against_its_state(nlp):
    text = (
        "Sweden's security service said it had foiled a plot by Iranian agents to attack "
        "the Israeli embassy in Stockholm."
    )
    attack = next(e for e in code_text(text, date="2026-06-16", nlp=nlp) if e.event == "ASSAULT")
    assert attack.factuality == "hypothetical" and {e.code for e in attack.actor} == {"IRN"}
    assert {e.code for e in attack.recipient} == {"ISR"} and attack.attributed_to.code == "SWE"


def test_an_adjective_of_loyalty_read_as_a_clause_modifies_the_subject(vocab):
    from dragoman.coder.repair import loyalties_read_as_clauses

    # "Rebel officials said militiamen loyal to Damascus had fired on a convoy", as parsed
    doc = make_doc(
        vocab,
        [
            ("Rebel", "rebel", 1, "compound", "NOUN"),
            ("officials", "official", 2, "nsubj", "NOUN"),
            ("said", "say", 2, "ROOT", "VERB"),
            ("militiamen", "militiaman", 4, "nsubj", "NOUN"),
            ("loyal", "loyal", 2, "ccomp", "ADJ"),
            ("to", "to", 4, "prep", "ADP"),
            ("Damascus", "Damascus", 5, "pobj", "PROPN"),
            ("had", "have", 8, "aux", "AUX"),
            ("fired", "fire", 2, "ccomp", "VERB"),
            ("on", "on", 8, "prep", "ADP"),
            ("a", "a", 11, "det", "DET"),
            ("convoy", "convoy", 9, "pobj", "NOUN"),
        ],
    )
    loyalties_read_as_clauses(doc, [4])
    assert (doc[3].head.text, doc[3].dep_) == ("fired", "nsubj")
    assert (doc[4].head.text, doc[4].dep_) == ("militiamen", "amod")


def test_a_by_phrase_hung_on_the_state_one_is_put_in_is_the_passive_agent(vocab):
    # "Deuba was placed under arrest by the army", as the small model parses it
    rows = [
        ("Deuba", "Deuba", 2, "nsubjpass", "PROPN"),
        ("was", "be", 2, "auxpass", "AUX"),
        ("placed", "place", 2, "ROOT", "VERB"),
        ("under", "under", 2, "prep", "ADP"),
        ("arrest", "arrest", 3, "pobj", "NOUN"),
        ("by", "by", 4, "prep", "ADP"),
        ("the", "the", 7, "det", "DET"),
        ("army", "army", 5, "pobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "VBN", "IN", "NN", "IN", "DT", "NN"])
    repair(doc)
    assert doc[5].head.text == "placed" and doc[5].dep_ == "agent"
    # an active verb keeps it: "the army placed Deuba under the guard by the gate"
    rows = [
        ("Soldiers", "soldier", 1, "nsubj", "NOUN"),
        ("placed", "place", 1, "ROOT", "VERB"),
        ("Deuba", "Deuba", 1, "dobj", "PROPN"),
        ("under", "under", 1, "prep", "ADP"),
        ("guard", "guard", 3, "pobj", "NOUN"),
        ("by", "by", 4, "prep", "ADP"),
        ("night", "night", 5, "pobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "NNP", "IN", "NN", "IN", "NN"])
    repair(doc)
    assert doc[5].head.text == "guard" and doc[5].dep_ == "prep"


def test_a_detainee_put_under_arrest_by_the_army_is_the_armys(nlp):
    text = "Deuba was placed under house arrest by the army, party officials said."
    arrest = [e for e in code_text(text, date="2005-02-02", nlp=nlp) if e.event == "COERCE"]
    assert [{(a.code, a.sector) for a in e.actor} for e in arrest] == [{("NPL", "MIL")}]


def test_a_past_tense_after_a_participles_agent_is_the_verb(vocab):
    # "Troops backed by tanks invaded Kuwait", as the small model parses it
    rows = [
        ("Troops", "troop", 0, "ROOT", "NOUN"),
        ("backed", "back", 0, "acl", "VERB"),
        ("by", "by", 1, "agent", "ADP"),
        ("tanks", "tank", 2, "pobj", "NOUN"),
        ("invaded", "invade", 3, "acl", "VERB"),
        ("Kuwait", "Kuwait", 4, "dobj", "PROPN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBN", "IN", "NNS", "VBD", "NNP"])
    repair(doc)
    assert doc[4].dep_ == "ROOT" and doc[0].head.text == "invaded" and doc[0].dep_ == "nsubj"
    assert doc[1].head.text == "Troops"
    # a participle is a reduced relative still: "troops backed by tanks stationed in Kuwait"
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBN", "IN", "NNS", "VBN", "NNP"])
    repair(doc)
    assert doc[0].dep_ == "ROOT" and doc[4].dep_ == "acl"


def test_troops_backed_by_their_tanks_invade_alone(nlp):
    text = "Iraqi troops backed by hundreds of tanks invaded Kuwait before dawn on Thursday."
    [invasion] = code_text(text, date="1990-08-02", nlp=nlp)
    assert invasion.event == "ASSAULT"
    assert {(a.code, a.sector) for a in invasion.actor} == {("IRQ", "MIL")}
    assert [r.code for r in invasion.recipient] == ["KWT"]
    # forces another party owns back them in the field
    text = "Somali troops backed by African Union forces launched an offensive on Thursday."
    [offensive] = code_text(text, date="2011-08-02", nlp=nlp)
    assert {a.code for a in offensive.actor} == {"SOM", "IGO"}


def test_a_british_spelt_verb_read_as_a_noun_after_that_is_the_clauses_verb(vocab):
    # "Beijing demanded that Washington apologise", as the small model parses it
    rows = [
        ("Beijing", "Beijing", 1, "nsubj", "PROPN"),
        ("demanded", "demand", 1, "ROOT", "VERB"),
        ("that", "that", 4, "mark", "SCONJ"),
        ("Washington", "Washington", 4, "compound", "PROPN"),
        ("apologise", "apologise", 1, "ccomp", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "IN", "NNP", "NN"])
    repair(doc)
    assert doc[4].pos_ == "VERB" and doc[3].dep_ == "nsubj"
    # a noun with a determiner is a noun
    rows = [
        ("Beijing", "Beijing", 1, "nsubj", "PROPN"),
        ("demanded", "demand", 1, "ROOT", "VERB"),
        ("that", "that", 5, "mark", "SCONJ"),
        ("the", "the", 5, "det", "DET"),
        ("Washington", "Washington", 5, "compound", "PROPN"),
        ("office", "office", 1, "ccomp", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "IN", "DT", "NNP", "NN"])
    repair(doc)
    assert doc[5].pos_ == "NOUN" and doc[4].dep_ == "compound"


def test_a_demand_that_a_state_apologise_is_made_of_that_state(nlp):
    text = "Beijing demanded on Monday that Washington apologise."
    [demand] = [e for e in code_text(text, date="2001-04-03", nlp=nlp) if e.event == "REQUEST"]
    assert [r.code for r in demand.recipient] == ["USA"]


def test_a_subject_with_a_participle_read_as_a_second_speaker_gets_its_verb_back(nlp):
    text = (
        "Iraqi troops backed by hundreds of tanks invaded Kuwait before dawn on Thursday and "
        "seized the emirate's capital, residents and diplomats said. The U.N. Security "
        "Council condemned the invasion."
    )
    events = code_text(text, date="1990-08-03", nlp=nlp)
    invasion = [e for e in events if e.event_text == "invaded"]
    assert [({a.code for a in e.actor}, [r.code for r in e.recipient]) for e in invasion] == [
        ({"IRQ"}, ["KWT"])
    ]
    assert invasion[0].attributed_to is not None
    seizure = [e for e in events if e.event_text == "seized"]
    assert [{a.code for a in e.actor} for e in seizure] == [{"IRQ"}]
    condemnation = [e for e in events if e.event == "ACCUSE"]
    assert [{r.code for r in e.recipient} for e in condemnation] == [{"IRQ"}]


def test_a_phrase_hung_on_the_day_of_the_verb_belongs_to_the_verb(vocab):
    # "Britain warned Iran on Saturday of serious consequences", as the small model parses
    # it: "of consequences" on "Saturday"
    rows = [
        ("Britain", "Britain", 1, "nsubj", "PROPN"),
        ("warned", "warn", 1, "ROOT", "VERB"),
        ("Iran", "Iran", 1, "dobj", "PROPN"),
        ("on", "on", 1, "prep", "ADP"),
        ("Saturday", "Saturday", 3, "pobj", "PROPN"),
        ("of", "of", 4, "prep", "ADP"),
        ("consequences", "consequence", 5, "pobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "NNP", "IN", "NNP", "IN", "NNS"])
    doc.ents = [Span(doc, 4, 5, label="DATE")]
    repair(doc)
    assert doc[5].head.text == "warned"
    # a date's own phrase stays: "on the night of March 3"
    rows = [
        ("Troops", "troop", 1, "nsubj", "NOUN"),
        ("entered", "enter", 1, "ROOT", "VERB"),
        ("on", "on", 1, "prep", "ADP"),
        ("the", "the", 4, "det", "DET"),
        ("night", "night", 2, "pobj", "NOUN"),
        ("of", "of", 4, "prep", "ADP"),
        ("March", "March", 5, "pobj", "PROPN"),
        ("3", "3", 6, "nummod", "NUM"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "IN", "DT", "NN", "IN", "NNP", "CD"])
    doc.ents = [Span(doc, 3, 8, label="DATE")]
    repair(doc)
    assert doc[5].head.text == "night"


def _stranded_rows(participle_head):
    # "police, who had fired on crowds marching to the palace, stayed", as the small model
    # parses it: "on" left with no object, "crowds" the subject of "marching"
    return [
        ("Police", "police", 9, "nsubj", "NOUN"),
        ("who", "who", 3, "nsubj", "PRON"),
        ("had", "have", 3, "aux", "AUX"),
        ("fired", "fire", 0, "relcl", "VERB"),
        ("on", "on", 3, "prep", "ADP"),
        ("crowds", "crowd", 6, "nsubj", "NOUN"),
        ("marching", "march", participle_head, "acl", "VERB"),
        ("to", "to", 6, "prep", "ADP"),
        ("palace", "palace", 7, "pobj", "NOUN"),
        ("stayed", "stay", 9, "ROOT", "VERB"),
    ]


STRANDED_TAGS = ["NNS", "WP", "VBD", "VBN", "IN", "NNS", "VBG", "IN", "NN", "VBD"]


@pytest.mark.parametrize("participle_head", [0, 3])
def test_a_noun_after_an_objectless_preposition_is_its_object_not_a_subject(vocab, participle_head):
    # the participle hung on the relative's noun, or on the preposition's own verb
    doc = _tagged(make_doc(vocab, _stranded_rows(participle_head)), STRANDED_TAGS)
    repair(doc)
    assert (doc[5].head.text, doc[5].dep_) == ("on", "pobj")
    assert (doc[6].head.text, doc[6].dep_) == ("crowds", "acl")


def test_a_participles_own_subject_after_a_preposition_with_an_object_stays(vocab):
    rows = _stranded_rows(3)
    rows[4:5] = [("on", "on", 3, "prep", "ADP")]
    rows.insert(5, ("Friday", "Friday", 4, "pobj", "PROPN"))
    # indexes after "on" move by one
    rows = [(w, lemma, h + 1 if h > 4 else h, d, p) for w, lemma, h, d, p in rows]
    rows[0] = ("Police", "police", 10, "nsubj", "NOUN")
    doc = _tagged(make_doc(vocab, rows), STRANDED_TAGS[:5] + ["NNP"] + STRANDED_TAGS[5:])
    repair(doc)
    assert (doc[6].head.text, doc[6].dep_) == ("marching", "nsubj")


def test_police_who_fired_on_a_marching_crowd_attacked_the_crowd():
    events = code_text(
        "Thousands of people poured into the streets of the capital on Monday to celebrate, "
        "witnesses said. Police, who had fired on crowds marching towards the palace on "
        "Friday, stayed in their barracks.",
        date="1990-04-09",
    )
    [fired] = [e for e in events if e.event == "ASSAULT"]
    assert [a.text for a in fired.recipient] == ["crowds"]
    assert fired.date == "1990-04-06"


def test_a_state_s_military_read_as_an_adjective_is_the_subject_of_both_its_verbs():
    # the small model reads "Myanmar's military seized power" as one noun phrase, with
    # "detained" joined to "power"
    text = (
        "Myanmar's military seized power on Monday and detained State Counsellor Aung San "
        "Suu Kyi, President Win Myint and other senior leaders."
    )
    events = code_text(text, date="2021-02-02")
    [seized] = [e for e in events if e.mode == "seize"]
    [detained] = [e for e in events if e.mode == "arrest"]
    for event in (seized, detained):
        assert [(a.code, a.sector) for a in event.actor] == [("MMR", "MIL")]
    # (a title the recogniser put inside a person's name is no other given name)
    assert {"Aung San Suu Kyi", "Win Myint"} <= {r.name for r in detained.recipient}


def test_a_particle_with_an_object_is_a_preposition(vocab):
    # "Israel sealed off Gaza", as the small model may parse it: "off" a particle of
    # "sealed", with "Gaza" as its object
    rows = [
        ("Israel", "Israel", 1, "nsubj", "PROPN"),
        ("sealed", "seal", 1, "ROOT", "VERB"),
        ("off", "off", 1, "prt", "ADP"),
        ("Gaza", "Gaza", 2, "pobj", "PROPN"),
        ("and", "and", 1, "cc", "CCONJ"),
        ("backed", "back", 1, "conj", "VERB"),
        ("down", "down", 5, "prt", "ADP"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "IN", "NNP", "CC", "VBD", "RP"])
    repair(doc)
    assert doc[2].dep_ == "prep"
    assert doc[6].dep_ == "prt"  # (a particle with no object stays one)


def test_a_call_on_a_people_after_an_accusation_is_made_to_that_people():
    text = (
        "Opposition leader Raila Odinga accused Kenya's electoral commission of fraud and "
        "called on Kenyans to stay at home in protest."
    )
    [call] = [e for e in code_text(text, date="2024-01-02") if e.event == "REQUEST"]
    assert [(r.code, r.sector) for r in call.recipient] == [("KEN", "CVL")]


def _summoned_home_rows(object_dep):
    # "Qatar summoned its ambassador home", as the small model parses it: the envoy a
    # compound of the adverb
    return [
        ("Qatar", "Qatar", 1, "nsubj", "PROPN"),
        ("summoned", "summon", 1, "ROOT", "VERB"),
        ("its", "its", 3, "poss", "PRON"),
        ("ambassador", "ambassador", 4, "compound", "NOUN"),
        ("home", "home", 1, "advmod", "ADV"),
        ("envoys", "envoy", 1, object_dep, "NOUN"),
    ]


def test_a_noun_read_as_a_modifier_of_home_is_the_verbs_object(vocab):
    rows = _summoned_home_rows("npadvmod")
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "PRP$", "NN", "RB", "NNS"])
    repair(doc)
    assert doc[3].dep_ == "dobj" and doc[3].head.text == "summoned"


def test_a_verb_with_an_object_keeps_the_modifier_of_home(vocab):
    rows = _summoned_home_rows("dobj")
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "PRP$", "NN", "RB", "NNS"])
    repair(doc)
    assert doc[3].dep_ == "compound" and doc[3].head.text == "home"


def test_a_noun_with_its_own_determiner_before_home_read_as_the_object_is_the_object(vocab):
    # "Peru summoned its envoy home", "home" read as the object and the envoy its compound
    rows = [
        ("Peru", "Peru", 1, "nsubj", "PROPN"),
        ("summoned", "summon", 1, "ROOT", "VERB"),
        ("its", "its", 3, "poss", "PRON"),
        ("envoy", "envoy", 4, "compound", "NOUN"),
        ("home", "home", 1, "dobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "PRP$", "NN", "NN"])
    repair(doc)
    assert doc[3].dep_ == "dobj" and doc[3].head.text == "summoned"
    assert doc[4].dep_ == "advmod"
    # "their family home": the family is no object of its own
    rows[2], rows[3] = (
        ("their", "their", 4, "poss", "PRON"),
        ("family", "family", 4, "compound", "NOUN"),
    )
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "PRP$", "NN", "NN"])
    repair(doc)
    assert doc[3].dep_ == "compound" and doc[4].dep_ == "dobj"


def test_the_first_of_two_verdicts_of_a_verb_of_naming_is_its_object(vocab):
    # "the ministry on Wednesday called China's move provocative", as the small model
    # parses it: both the move and "provocative" what it is called
    rows = [
        ("ministry", "ministry", 4, "nsubj", "NOUN"),
        ("on", "on", 4, "prep", "ADP"),
        ("Wednesday", "Wednesday", 1, "pobj", "PROPN"),
        ("China", "China", 5, "poss", "PROPN"),
        ("called", "call", 4, "ROOT", "VERB"),
        ("move", "move", 4, "oprd", "NOUN"),
        ("provocative", "provocative", 4, "oprd", "ADJ"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NN", "IN", "NNP", "NNP", "VBD", "NN", "JJ"])
    repair(doc)
    assert doc[5].dep_ == "dobj" and doc[6].dep_ == "oprd"


def test_the_noun_after_a_particle_of_a_verb_of_naming_is_its_object(vocab):
    # "Rais called off a mass rally", as the small model parses it: "rally" what he
    # called something; "called off" names nothing
    rows = [
        ("Rais", "Rais", 1, "nsubj", "PROPN"),
        ("called", "call", 1, "ROOT", "VERB"),
        ("off", "off", 1, "prt", "ADP"),
        ("a", "a", 5, "det", "DET"),
        ("mass", "mass", 5, "compound", "ADJ"),
        ("rally", "rally", 1, "oprd", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "RP", "DT", "JJ", "NN"])
    repair(doc)
    assert doc[5].dep_ == "dobj"


def test_a_verb_after_a_naming_small_clause_is_the_subjects_next_act(vocab):
    # "Djotodia declared himself president, suspended the constitution", as the small
    # model parses it: "himself president" and "suspended" both clauses of "declared";
    # the noun's clause is a naming, so "suspended" is Djotodia's own act, not a
    # continuation of it
    rows = [
        ("Djotodia", "Djotodia", 1, "nsubj", "PROPN"),
        ("declared", "declare", 1, "ROOT", "VERB"),
        ("himself", "himself", 3, "nsubj", "PRON"),
        ("president", "president", 1, "ccomp", "NOUN"),
        (",", ",", 1, "punct", "PUNCT"),
        ("suspended", "suspend", 1, "ccomp", "VERB"),
        ("the", "the", 7, "det", "DET"),
        ("constitution", "constitution", 5, "dobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "PRP", "NN", ",", "VBD", "DT", "NN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[5].dep_ == "conj" and doc[5].head.i == 1


def test_a_lowercase_name_with_its_own_to_is_an_infinitive(vocab):
    # "voted on Tuesday to impeach President Collor", as the small model parses it:
    # "impeach" a name the parser could not place
    rows = [
        ("Deputies", "Deputies", 1, "nsubj", "PROPN"),
        ("voted", "vote", 1, "ROOT", "VERB"),
        ("to", "to", 3, "aux", "PART"),
        ("impeach", "impeach", 1, "dep", "PROPN"),
        ("President", "President", 5, "compound", "PROPN"),
        ("Collor", "Collor", 3, "dobj", "PROPN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNPS", "VBD", "IN", "NNP", "NNP", "NNP"])
    repair(doc, lemmatize=lambda t: [t.lower_])
    assert (doc[3].pos_, doc[3].tag_, doc[3].dep_) == ("VERB", "VB", "xcomp")
    # a capitalised name with a "to" is left a name
    rows[3] = ("Impeach", "Impeach", 1, "dep", "PROPN")
    doc = _tagged(make_doc(vocab, rows), ["NNPS", "VBD", "IN", "NNP", "NNP", "NNP"])
    repair(doc, lemmatize=lambda t: [t.lower_])
    assert doc[3].pos_ == "PROPN"


def test_a_single_verdict_is_no_object(vocab):
    # "called provocative the move": one verdict, the object after it, is left as parsed
    rows = [
        ("ministry", "ministry", 1, "nsubj", "NOUN"),
        ("called", "call", 1, "ROOT", "VERB"),
        ("move", "move", 1, "oprd", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NN", "VBD", "NN"])
    repair(doc)
    assert doc[2].dep_ == "oprd"


def test_a_verb_joined_to_an_adverb_is_joined_to_the_adverbs_verb(vocab):
    # "troops occupied offices overnight and detained journalists", as the model parses it:
    # "detained" a conjunct of the adverb "overnight", so it has no clause or subject
    rows = [
        ("troops", "troop", 1, "nsubj", "NOUN"),
        ("occupied", "occupy", 1, "ROOT", "VERB"),
        ("offices", "office", 1, "dobj", "NOUN"),
        ("overnight", "overnight", 1, "advmod", "ADV"),
        ("and", "and", 3, "cc", "CCONJ"),
        ("detained", "detain", 3, "conj", "VERB"),
        ("journalists", "journalist", 5, "dobj", "NOUN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    tags = ["NNS", "VBD", "NNS", "RB", "CC", "VBD", "NNS", "."]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[5].dep_, doc[5].head.text, doc[4].head.text) == ("conj", "occupied", "occupied")
    # a verb with a subject of its own is left where it is
    rows = [(w, lemma, h + 1 if h >= 5 else h, d, p) for w, lemma, h, d, p in rows]
    rows[5:5] = [("police", "police", 6, "nsubj", "NOUN")]
    doc = _tagged(make_doc(vocab, rows), tags[:5] + ["NNS"] + tags[5:])
    repair(doc)
    assert doc[6].head.text == "overnight"


def test_a_detention_after_an_occupation_overnight_is_the_troops(nlp):
    text = (
        "Troops also occupied the offices of several newspapers and radio stations overnight "
        "and briefly detained some journalists, press groups said."
    )
    events = code_text(text, date="1992-04-07", nlp=nlp)
    (arrest,) = [e for e in events if e.event == "COERCE" and e.mode == "arrest"]
    assert [a.text for a in arrest.actor] == ["Troops"]


def test_a_state_helped_to_do_something_is_the_object_of_help(vocab):
    # "the EU will help Moldova rebuild its grid", as the model parses it: "Moldova" the
    # subject of a clause "rebuild", so "help" helps no one
    rows = [
        ("EU", "EU", 2, "nsubj", "PROPN"),
        ("will", "will", 2, "aux", "AUX"),
        ("help", "help", 2, "ROOT", "VERB"),
        ("Moldova", "Moldova", 4, "nsubj", "PROPN"),
        ("rebuild", "rebuild", 2, "ccomp", "VERB"),
        ("grid", "grid", 4, "dobj", "NOUN"),
        (".", ".", 2, "punct", "PUNCT"),
    ]
    tags = ["NNP", "MD", "VB", "NNP", "VB", "NN", "."]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[3].dep_, doc[3].head.text) == ("dobj", "help")
    assert (doc[4].dep_, doc[4].head.text) == ("xcomp", "help")
    # "to help police quell the unrest": a purpose, whose doers are left as parsed
    rows[3] = ("police", "police", 4, "nsubj", "NOUN")
    doc = _tagged(make_doc(vocab, rows), tags[:3] + ["NN"] + tags[4:])
    repair(doc)
    assert (doc[3].dep_, doc[3].head.text) == ("nsubj", "rebuild")


def test_a_state_said_to_help_another_do_something_promises_it_aid(nlp):
    text = "The White House said Washington would help Ghana develop its offshore oil reserves."
    events = code_text(text, date="2011-07-12", nlp=nlp)
    (promise,) = [e for e in events if e.event == "AGREE"]
    assert {e.code for e in promise.recipient} == {"GHA"}


def test_a_second_past_verb_after_and_and_an_adverb_is_a_verb_not_a_modifier(vocab):
    # "soldiers beat demonstrators and sexually assaulted women", as the model parses it:
    # "assaulted" an adjective on "women", which is joined to "beat" (tagged a present)
    rows = [
        ("soldiers", "soldier", 1, "nsubj", "NOUN"),
        ("beat", "beat", 1, "ROOT", "VERB"),
        ("demonstrators", "demonstrator", 1, "dobj", "NOUN"),
        ("and", "and", 1, "cc", "CCONJ"),
        ("sexually", "sexually", 5, "advmod", "ADV"),
        ("assaulted", "assault", 6, "amod", "VERB"),
        ("women", "woman", 1, "conj", "NOUN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    tags = ["NNS", "VBP", "NNS", "CC", "RB", "VBN", "NNS", "."]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[5].dep_, doc[5].head.text) == ("conj", "beat")
    assert (doc[6].dep_, doc[6].head.text) == ("dobj", "assaulted")
    # a present verb that is no past form keeps its modifier: "soldiers guard demonstrators
    # and sexually assaulted women" is no second verb of a past first
    rows[1] = ("guard", "guard", 1, "ROOT", "VERB")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[5].dep_ == "amod"


def test_an_infinitive_read_as_a_relative_of_the_one_called_on_is_what_is_asked(vocab):
    # "Cuba called on revolutionaries to take to the streets", as the small model parses
    # it: "to take" a relative of "revolutionaries"
    rows = [
        ("Cuba", "Cuba", 1, "nsubj", "PROPN"),
        ("called", "call", 1, "ROOT", "VERB"),
        ("on", "on", 1, "prep", "ADP"),
        ("revolutionaries", "revolutionary", 2, "pobj", "NOUN"),
        ("to", "to", 5, "aux", "PART"),
        ("take", "take", 3, "relcl", "VERB"),
        ("to", "to", 5, "prep", "ADP"),
        ("the", "the", 8, "det", "DET"),
        ("streets", "street", 6, "pobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "IN", "NNS", "TO", "VB", "IN", "DT", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[5].head.text == "called" and doc[5].dep_ == "xcomp"
    # a relative on a noun no one is called on stays as parsed: "sent envoys to talk"
    rows[1] = ("sent", "send", 1, "ROOT", "VERB")
    tags[1] = "VBD"
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[5].head.text == "revolutionaries"


def test_a_subject_read_as_the_object_of_after_is_its_clauses_subject(vocab):
    # "Clinton arrived three days after one of the strongest quakes struck the country",
    # as the small model parses it: "one" the object of "after", "struck" with no subject
    rows = [
        ("Clinton", "Clinton", 1, "nsubj", "PROPN"),
        ("arrived", "arrive", 1, "ROOT", "VERB"),
        ("three", "three", 3, "nummod", "NUM"),
        ("days", "day", 4, "npadvmod", "NOUN"),
        ("after", "after", 1, "prep", "ADP"),
        ("one", "one", 4, "pobj", "NUM"),
        ("of", "of", 5, "prep", "ADP"),
        ("the", "the", 9, "det", "DET"),
        ("strongest", "strong", 9, "amod", "ADJ"),
        ("quakes", "quake", 6, "pobj", "NOUN"),
        ("struck", "strike", 1, "advcl", "VERB"),
        ("the", "the", 12, "det", "DET"),
        ("country", "country", 10, "dobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "CD", "NNS", "IN", "CD", "IN", "DT", "JJS", "NNS", "VBD", "DT", "NN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[5].head.text == "struck" and doc[5].dep_ == "nsubj"
    assert doc[4].head.text == "struck" and doc[4].dep_ == "mark"
    # a clause with a subject of its own keeps its parse: "after the talks, Iran struck"
    rows[10:] = [
        ("Iran", "Iran", 11, "nsubj", "PROPN"),
        ("struck", "strike", 1, "advcl", "VERB"),
    ]
    doc = _tagged(make_doc(vocab, rows), tags[:10] + ["NNP", "VBD"])
    repair(doc)
    assert doc[5].head.text == "after"


def test_a_gerund_read_as_a_verb_after_the_adjective_object_is_the_noun(vocab):
    # "Spain condemned the Ruritanian shelling .", as the small model parses it: "the
    # Ruritanian" the object, "shelling" a verb of its own
    rows = [
        ("Spain", "Spain", 1, "nsubj", "PROPN"),
        ("condemned", "condemn", 1, "ROOT", "VERB"),
        ("the", "the", 3, "det", "DET"),
        ("Ruritanian", "ruritanian", 1, "dobj", "ADJ"),
        ("shelling", "shell", 1, "xcomp", "VERB"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "DT", "JJ", "VBG", "."])
    repair(doc, lemmatize=lambda token: [token.lower_])
    assert (doc[4].dep_, doc[4].head.text, doc[4].pos_) == ("dobj", "condemned", "NOUN")
    assert (doc[3].dep_, doc[3].head.text) == ("amod", "shelling")
    assert doc[2].head.text == "shelling"


@pytest.mark.parametrize(
    "text",
    [
        "Lebanon's president spoke on Monday. Ban Ki-moon condemned the Israeli shelling on Thursday.",
        "The French foreign minister condemned the Turkish shelling on Sunday.",
    ],
)
def test_a_condemned_shelling_is_aimed_at_the_state_its_adjective_names(nlp, text):
    events = code_text(text, date="2019-10-14", nlp=nlp)
    condemned = next(e for e in events if e.event == "ACCUSE")
    assert len(condemned.recipient) == 1
    assert condemned.recipient[0].text.endswith("shelling")
    assert not any(e.event == "ASSAULT" for e in events)


def test_an_in_phrase_after_members_of_a_body_is_theirs_not_the_verbs(vocab):
    # "Ruritania blamed rogue elements in the army .", as the small model parses it
    rows = [
        ("Ruritania", "Ruritania", 1, "nsubj", "PROPN"),
        ("blamed", "blame", 1, "ROOT", "VERB"),
        ("rogue", "rogue", 3, "amod", "ADJ"),
        ("elements", "element", 1, "dobj", "NOUN"),
        ("in", "in", 1, "prep", "ADP"),
        ("the", "the", 6, "det", "DET"),
        ("army", "army", 4, "pobj", "NOUN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "JJ", "NNS", "IN", "DT", "NN", "."])
    repair(doc)
    assert doc[4].head.text == "elements"
    # a place the verb's act happened in stays the verb's
    rows[3] = ("rebels", "rebel", 1, "dobj", "NOUN")
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "JJ", "NNS", "IN", "DT", "NN", "."])
    repair(doc)
    assert doc[4].head.text == "blamed"


def test_a_gerund_of_war_after_a_verb_of_stopping_is_the_thing_stopped(vocab):
    # "The rebels stopped fighting on Monday .", as the small model parses it
    rows = [
        ("The", "the", 1, "det", "DET"),
        ("rebels", "rebel", 2, "nsubj", "NOUN"),
        ("stopped", "stop", 2, "ROOT", "VERB"),
        ("fighting", "fight", 2, "xcomp", "VERB"),
        ("on", "on", 3, "prep", "ADP"),
        ("Monday", "Monday", 4, "pobj", "PROPN"),
        (".", ".", 2, "punct", "PUNCT"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["DT", "NNS", "VBD", "VBG", "IN", "NNP", "."])
    repair(doc, lemmatize=lambda token: [token.lower_])
    assert (doc[3].dep_, doc[3].pos_, doc[3].lemma_) == ("dobj", "NOUN", "fighting")


@pytest.mark.parametrize(
    ("text", "factuality"),
    [
        ("The Houthi rebels stopped fighting in Hodeidah on Monday.", "asserted"),
        ("The Houthi rebels said they were ready to stop fighting at once.", "hypothetical"),
    ],
)
def test_fighting_stopped_is_a_ceasefire_not_an_attack(nlp, text, factuality):
    events = code_text(text, date="2018-12-18", nlp=nlp)
    assert [(e.event, e.mode, e.factuality) for e in events if e.event == "RETREAT"] == [
        ("RETREAT", "ceasefire", factuality)
    ]
    assert not any(e.event == "ASSAULT" for e in events)


def _feeling_rows(word, prep):
    # "Tokyo was deeply <word> <prep> the drills", as the small model parses it: the
    # participle of feeling an adjective complement of "was"
    return [
        ("Tokyo", "Tokyo", 1, "nsubj", "PROPN"),
        ("was", "be", 1, "ROOT", "AUX"),
        ("deeply", "deeply", 3, "advmod", "ADV"),
        (word, word, 1, "acomp", "ADJ"),
        (prep, prep, 3, "prep", "ADP"),
        ("the", "the", 6, "det", "DET"),
        ("drills", "drill", 4, "pobj", "NOUN"),
    ]


def test_a_feeling_read_as_an_adjective_with_what_it_is_about_is_its_verb(vocab):
    tags = ["NNP", "VBD", "RB", "JJ", "IN", "DT", "NNS"]
    doc = _tagged(make_doc(vocab, _feeling_rows("concerned", "by")), tags)
    repair(doc)
    assert (doc[3].pos_, doc[3].tag_, doc[3].lemma_) == ("VERB", "VBN", "concern")
    assert doc[4].dep_ == "agent"
    # it heads the clause as a passive: "was" its auxiliary, "Tokyo" its subject
    assert doc[3].dep_ == "ROOT" and (doc[1].dep_, doc[1].head.i) == ("auxpass", 3)
    assert (doc[0].dep_, doc[0].head.i) == ("nsubjpass", 3)
    doc = _tagged(make_doc(vocab, _feeling_rows("troubled", "about")), tags)
    repair(doc)
    assert (doc[3].pos_, doc[3].lemma_) == ("VERB", "trouble") and doc[4].dep_ == "prep"
    # an adjective that is no feeling, or a feeling about nothing named, stays one
    doc = _tagged(make_doc(vocab, _feeling_rows("ready", "for")), tags)
    repair(doc)
    assert doc[3].pos_ == "ADJ"
    rows = _feeling_rows("concerned", "by")[:4]
    doc = _tagged(make_doc(vocab, rows), tags[:4])
    repair(doc)
    assert doc[3].pos_ == "ADJ"


@pytest.mark.parametrize(
    "text",
    [
        "Canberra said it was deeply concerned by Jakarta's decision to execute the men.",
        "The Foreign Office said it was troubled by Jakarta's decision to execute the men.",
    ],
)
def test_concern_at_a_partys_act_is_disapproval_of_it(nlp, text):
    (event,) = [e for e in code_text(text, date="2015-04-28", nlp=nlp) if e.event == "ACCUSE"]
    assert event.mode == "disapprove" and event.factuality == "asserted"
    assert {e.code for e in event.recipient} == {"IDN"}


def test_a_feeling_a_speaker_reports_of_itself_is_its_verb(vocab):
    # "Canberra said it was deeply disappointed", as the small model parses it: the
    # participle an adjective complement of the reported "was", with nothing it is about
    rows = [
        ("Canberra", "Canberra", 1, "nsubj", "PROPN"),
        ("said", "say", 1, "ROOT", "VERB"),
        ("it", "it", 3, "nsubj", "PRON"),
        ("was", "be", 1, "ccomp", "AUX"),
        ("deeply", "deeply", 5, "advmod", "ADV"),
        ("disappointed", "disappointed", 3, "acomp", "ADJ"),
    ]
    tags = ["NNP", "VBD", "PRP", "VBD", "RB", "JJ"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[5].pos_, doc[5].lemma_, doc[5].dep_) == ("VERB", "disappoint", "ccomp")
    assert (doc[2].dep_, doc[3].dep_) == ("nsubjpass", "auxpass")
    # the same feeling said of no one by a speaker stays a state
    rows = [("Residents", "resident", 1, "nsubj", "NOUN"), ("were", "be", 1, "ROOT", "AUX")]
    rows += [("disappointed", "disappointed", 1, "acomp", "ADJ")]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "JJ"])
    repair(doc)
    assert doc[2].pos_ == "ADJ"


@pytest.mark.parametrize(
    "text",
    [
        "Spain's government said it was deeply concerned.",
        "Prime Minister Scott Morrison told reporters his government was deeply disappointed.",
        "The State Department said it was troubled.",
    ],
)
def test_a_party_saying_it_is_concerned_or_disappointed_disapproves(nlp, text):
    events = code_text(text, date="2022-04-20", nlp=nlp)
    assert [(e.event, e.mode, e.factuality) for e in events] == [
        ("ACCUSE", "disapprove", "asserted")
    ], text


@pytest.mark.parametrize(
    "text",
    [
        "Residents were concerned.",
        "The case concerns the border with Russia.",
        "The talks concerned Iran's nuclear programme.",
        "The verdict disturbed Canberra's plans.",
    ],
)
def test_a_concern_no_party_voices_is_no_event(nlp, text):
    assert not code_text(text, date="2015-04-28", nlp=nlp), text


def test_a_party_an_act_outrages_disapproves_of_its_doer(nlp):
    # the one outraged is the object of the active verb; the subject, what outraged it
    for text, feeler, doer in (
        ("Israel's decision outraged Ankara.", "TUR", "ISR"),
        ("Moscow's move alarmed the European Union.", "EUR", "RUS"),
    ):
        (event,) = code_text(text, date="2015-04-28", nlp=nlp)
        assert (event.event, event.mode) == ("ACCUSE", "disapprove"), text
        assert [e.code for e in event.actor] == [feeler], text
        assert [e.code for e in event.recipient] == [doer], text


def test_a_feeling_about_nothing_named_is_about_the_deed_just_told(nlp):
    text = (
        "Bolivian President Evo Morales nationalised the country's natural gas industry on "
        "Monday, sending troops to occupy the fields. Spain's government said it was deeply "
        "concerned."
    )
    (event,) = [e for e in code_text(text, date="2006-05-02", nlp=nlp) if e.event == "ACCUSE"]
    assert [e.code for e in event.actor] == ["ESP"]
    assert [e.code for e in event.recipient] == ["BOL"]


def _imposed_rows(subject_det):
    # "The EU imposed [the] asset freezes and travel bans on officials", as the small model
    # parses it: "freezes" a present-tense clause under "imposed", "asset" its subject
    rows = [
        ("The", "the", 1, "det", "DET"),
        ("EU", "EU", 2, "nsubj", "PROPN"),
        ("imposed", "impose", 2, "ROOT", "VERB"),
    ]
    if subject_det:
        rows.append(("the", "the", 4, "det", "DET"))
    n = len(rows)
    rows += [
        ("asset", "asset", n + 1, "nsubj", "NOUN"),
        ("freezes", "freeze", 2, "ccomp", "VERB"),
        ("and", "and", n + 1, "cc", "CCONJ"),
        ("bans", "ban", n + 1, "conj", "NOUN"),
    ]
    tags = ["DT", "NNP", "VBD"] + (["DT"] if subject_det else []) + ["NN", "VBZ", "CC", "NNS"]
    return rows, tags


def test_a_plural_noun_read_as_a_clause_under_a_verb_is_its_object(vocab):
    rows, tags = _imposed_rows(subject_det=False)
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc, lemmatize=lambda t: [t.lower_.removesuffix("s")], reporting=frozenset({"say"}))
    freezes = doc[4]
    assert (freezes.pos_, freezes.tag_, freezes.dep_, freezes.head.i) == ("NOUN", "NNS", "dobj", 2)
    assert doc[3].dep_ == "compound" and freezes.lemma_ == "freeze"
    # a subject with its own article is a clause's subject ("imposed that the rule applies")
    rows, tags = _imposed_rows(subject_det=True)
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc, lemmatize=lambda t: [t.lower_], reporting=frozenset({"say"}))
    assert doc[5].dep_ == "ccomp"


def test_things_imposed_together_share_the_party_they_are_imposed_on(nlp):
    text = "The EU imposed asset freezes and travel bans on Russian officials."
    (sanction,) = [e for e in code_text(text, date="2014-03-17", nlp=nlp) if e.event == "SANCTION"]
    assert sanction.factuality == "asserted"
    assert {(e.code, e.sector) for e in sanction.recipient} == {("RUS", "GOV")}


def _reserves_rows(pos, dep):
    # "Beijing reserves the right", as the small model parses it: the name a compound of
    # "reserves", read as a verb with no subject or as a plural noun
    return [
        ("Beijing", "Beijing", 1, "compound", "PROPN"),
        ("reserves", "reserve" if pos == "VERB" else "reserves", 1, dep, pos),
        ("the", "the", 3, "det", "DET"),
        ("right", "right", 1, "dobj", "NOUN"),
    ]


def test_a_name_read_as_a_compound_of_a_verb_is_its_subject(vocab):
    doc = _tagged(make_doc(vocab, _reserves_rows("VERB", "ROOT")), ["NNP", "VBZ", "DT", "NN"])
    repair(doc)
    assert doc[0].dep_ == "nsubj" and doc[0].head.i == 1
    # the plural "noun" the tagger made of the verb is the verb first
    doc = _tagged(make_doc(vocab, _reserves_rows("NOUN", "ROOT")), ["NNP", "NNS", "DT", "NN"])
    repair(doc, lemmatize=lambda t: ["reserve"])
    assert (doc[1].pos_, doc[1].tag_, doc[1].lemma_) == ("VERB", "VBZ", "reserve")
    assert doc[0].dep_ == "nsubj"
    # a verb with a subject of its own keeps the name a compound
    rows = _reserves_rows("VERB", "ROOT") + [("it", "it", 1, "nsubj", "PRON")]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBZ", "DT", "NN", "PRP"])
    repair(doc)
    assert doc[0].dep_ == "compound"


def test_a_right_reserved_by_a_capital_is_a_threat(nlp):
    text = (
        "China's Foreign Ministry expressed strong dissatisfaction on Sunday. Beijing "
        "reserves the right to respond further, the ministry said in a statement."
    )
    events = code_text(text, date="2023-02-05", nlp=nlp)
    assert [(e.event, {a.code for a in e.actor}) for e in events if e.event == "THREATEN"] == [
        ("THREATEN", {"CHN"})
    ]


@pytest.mark.parametrize(
    ("promised", "pos", "complement"),
    [("Washington", "PROPN", True), ("reforms", "NOUN", False)],
)
def test_an_infinitive_on_a_promise_to_a_party_is_what_is_promised(
    vocab, promised, pos, complement
):
    # "Sudan promised Washington to disarm the militias": the parser makes the infinitive
    # a purpose because the promise has an object; a party promised is no such object,
    # while in "promised reforms to calm the protesters" the reforms are what is promised
    rows = [
        ("Sudan", "Sudan", 1, "nsubj", "PROPN"),
        ("promised", "promise", 1, "ROOT", "VERB"),
        (promised, promised.lower().rstrip("s"), 1, "dobj", pos),
        ("to", "to", 4, "aux", "PART"),
        ("disarm", "disarm", 1, "advcl", "VERB"),
        ("the", "the", 6, "det", "DET"),
        ("militias", "militia", 4, "dobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "NNP" if pos == "PROPN" else "NNS", "TO", "VB", "DT", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[4].dep_ == "xcomp") is complement
    assert doc[4].head.text == "promised"


def test_a_participle_joined_to_a_passive_shares_its_be(vocab):
    # "Nine people were killed and dozens injured", as the small model parses it:
    # "dozens" the subject of an active "injured"
    rows = [
        ("Nine", "nine", 1, "nummod", "NUM"),
        ("people", "people", 3, "nsubjpass", "NOUN"),
        ("were", "be", 3, "auxpass", "AUX"),
        ("killed", "kill", 3, "ROOT", "VERB"),
        ("and", "and", 3, "cc", "CCONJ"),
        ("dozens", "dozen", 6, "nsubj", "NOUN"),
        ("injured", "injure", 3, "conj", "VERB"),
    ]
    tags = ["CD", "NNS", "VBD", "VBN", "CC", "NNS", "VBN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[5].dep_ == "nsubjpass"
    # an active verb with an object of its own keeps its subject ("... and rebels
    # seized the town")
    rows[5] = ("rebels", "rebel", 6, "nsubj", "NOUN")
    rows[6] = ("seized", "seize", 3, "conj", "VERB")
    rows.append(("town", "town", 6, "dobj", "NOUN"))
    doc = _tagged(make_doc(vocab, rows), [*tags[:6], "VBD", "NN"])
    repair(doc)
    assert doc[5].dep_ == "nsubj"


def test_a_share_of_them_after_a_toll_is_of_those_the_toll_counts(nlp):
    text = (
        "More than 200 people have been killed since the protests began in June, most of "
        "them shot by soldiers, according to rights groups."
    )
    shooting = next(e for e in code_text(text, "2019-01-21", nlp=nlp) if e.event_text == "shot")
    assert [e.sector for e in shooting.recipient] == ["CVL"]
    assert "'most' are of 'people'" in shooting.evidence


def test_the_subject_of_a_participle_that_names_its_doer_is_done_to(vocab):
    # "most of them shot by police", read as "most" shooting
    rows = [
        ("most", "most", 3, "nsubj", "ADJ"),
        ("of", "of", 0, "prep", "ADP"),
        ("them", "they", 1, "pobj", "PRON"),
        ("shot", "shoot", 3, "ROOT", "VERB"),
        ("by", "by", 3, "agent", "ADP"),
        ("police", "police", 4, "pobj", "NOUN"),
    ]
    tags = ["JJS", "IN", "PRP", "VBN", "IN", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[0].dep_ == "nsubjpass"
    # with an auxiliary of its own it is read as parsed ("most have shot ...")
    rows = [
        ("most", "most", 4, "nsubj", "ADJ"),
        ("of", "of", 0, "prep", "ADP"),
        ("them", "they", 1, "pobj", "PRON"),
        ("have", "have", 4, "aux", "AUX"),
        ("shot", "shoot", 4, "ROOT", "VERB"),
        ("by", "by", 4, "agent", "ADP"),
        ("police", "police", 5, "pobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["JJS", "IN", "PRP", "VBP", "VBN", "IN", "NNS"])
    repair(doc)
    assert doc[0].dep_ == "nsubj"


def test_a_past_form_right_after_a_noun_is_a_relative_on_it(nlp):
    # "the truce agreed in March": the parser joins "agreed" to "urged" (as an
    # adverbial clause), which made the ministry agree, in March
    text = "Germany's foreign ministry urged the rebels to respect the truce agreed in March."
    events = [e for e in code_text(text, "2020-06-01", nlp=nlp) if e.factuality == "asserted"]
    assert [e.event for e in events] == ["REQUEST"]
    assert events[0].date == "2020-06-01"
    # a second verb after "and" keeps its reading
    text = (
        "Germany's foreign ministry urged the rebels to respect the truce and agreed to send aid."
    )
    assert "AGREE" in {e.event for e in code_text(text, "2020-06-01", nlp=nlp)}


def test_a_past_form_is_no_relative_on_a_noun_inside_its_own_clause(vocab):
    # "warned ..., a day after a tribunal in The Hague ruled that ...", with "after" hung
    # on "ruled": "Hague" is inside the clause of "ruled", so hanging "ruled" on it would
    # make a loop, and the coder fail on the whole document
    rows = [
        ("Liu", "Liu", 1, "nsubj", "PROPN"),
        ("warned", "warn", 1, "ROOT", "VERB"),
        ("after", "after", 6, "prep", "ADP"),
        ("tribunal", "tribunal", 2, "pobj", "NOUN"),
        ("in", "in", 3, "prep", "ADP"),
        ("Hague", "Hague", 4, "pobj", "PROPN"),
        ("ruled", "rule", 1, "advcl", "VERB"),
        ("Beijing", "Beijing", 8, "nsubj", "PROPN"),
        ("erred", "err", 6, "ccomp", "VERB"),
    ]
    doc = _tagged(
        make_doc(vocab, rows), ["NNP", "VBD", "IN", "NN", "IN", "NNP", "VBD", "NNP", "VBD"]
    )
    participles_read_as_conjuncts(doc, [6], frozenset())
    assert (doc[6].dep_, doc[6].head.text) == ("advcl", "warned")
    assert all(not token.is_ancestor(token.head) for token in doc if token.head.i != token.i)


def test_a_quoted_verdict_read_as_a_possession_is_the_verdict(vocab):
    # "Trump called the protesters 'thugs'", as the small model parses it: the opening
    # quote taken for the plural's possessive
    rows = [
        ("Trump", "Trump", 1, "nsubj", "PROPN"),
        ("called", "call", 1, "ROOT", "VERB"),
        ("the", "the", 3, "det", "DET"),
        ("protesters", "protester", 5, "poss", "NOUN"),
        ("'", "'", 3, "case", "PART"),
        ("thugs", "thug", 1, "dobj", "NOUN"),
        ("'", "'", 1, "punct", "PUNCT"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "DT", "NNS", "POS", "NNS", "''"])
    repair(doc)
    assert doc[3].head.text == "called" and doc[3].dep_ == "dobj"
    assert doc[5].dep_ == "oprd"
    # a true possessive, with no closing quote, stays one
    rows[6] = ("leaders", "leader", 5, "appos", "NOUN")
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "DT", "NNS", "POS", "NNS", "NNS"])
    repair(doc)
    assert doc[3].dep_ == "poss"


def test_a_feeling_tagged_an_adjective_in_a_passive_is_the_verb(vocab):
    # "he was deeply outraged by the action", as the small model parses it under "said":
    # the passive's auxiliary and agent, but an adjective's tag and lemma
    rows = [
        ("he", "he", 3, "nsubjpass", "PRON"),
        ("was", "be", 3, "auxpass", "AUX"),
        ("deeply", "deeply", 3, "advmod", "ADV"),
        ("outraged", "outraged", 3, "ROOT", "ADJ"),
        ("by", "by", 3, "agent", "ADP"),
        ("the", "the", 6, "det", "DET"),
        ("action", "action", 4, "pobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["PRP", "VBD", "RB", "JJ", "IN", "DT", "NN"])
    repair(doc)
    assert (doc[3].pos_, doc[3].tag_, doc[3].lemma_) == ("VERB", "VBN", "outrage")
    # with no agent it is a state, and stays an adjective
    rows[4] = ("then", "then", 3, "advmod", "ADV")
    doc = _tagged(make_doc(vocab, rows), ["PRP", "VBD", "RB", "JJ", "RB", "DT", "NN"])
    repair(doc)
    assert doc[3].pos_ == "ADJ"


def test_a_name_read_as_an_adverb_right_after_an_objectless_verb_is_its_object(vocab):
    # "Kolelas accused Luanda of invading", with "Luanda" read as an adverb
    rows = [
        ("Kolelas", "Kolelas", 1, "nsubj", "PROPN"),
        ("accused", "accuse", 1, "ROOT", "VERB"),
        ("Luanda", "luanda", 1, "advmod", "ADV"),
        ("of", "of", 1, "prep", "ADP"),
        ("invading", "invade", 3, "pcomp", "VERB"),
    ]
    tags = ["NNP", "VBD", "RB", "IN", "VBG"]
    doc = _tagged(make_doc(vocab, rows), tags)
    doc.ents = [Span(doc, 2, 3, label="GPE")]
    repair(doc)
    assert (doc[2].dep_, doc[2].pos_, doc[2].head.text) == ("dobj", "PROPN", "accused")
    # a word the recogniser does not take for a name stays an adverb
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[2].dep_ == "advmod"


def test_a_noun_after_an_objectless_verb_read_as_a_participles_subject_is_its_object(vocab):
    # "to disperse thousands trying to board", "thousands" read as the subject of "trying"
    rows = [
        ("to", "to", 1, "aux", "PART"),
        ("disperse", "disperse", 1, "ROOT", "VERB"),
        ("thousands", "thousand", 3, "nsubj", "NOUN"),
        ("trying", "try", 1, "advcl", "VERB"),
        ("to", "to", 5, "aux", "PART"),
        ("board", "board", 3, "xcomp", "VERB"),
        ("flights", "flight", 5, "dobj", "NOUN"),
    ]
    tags = ["TO", "VB", "NNS", "VBG", "TO", "VB", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[2].dep_, doc[2].head.text) == ("dobj", "disperse")
    assert (doc[3].dep_, doc[3].head.text) == ("acl", "thousands")
    # a verb of thought takes the clause: "believed thousands trying to flee"
    rows[1] = ("believed", "believe", 1, "ROOT", "VERB")
    doc = _tagged(make_doc(vocab, rows), ["TO", "VBD", "NNS", "VBG", "TO", "VB", "NNS"])
    repair(doc)
    assert doc[2].dep_ == "nsubj"


def test_a_past_form_after_and_read_as_a_modifier_of_a_compound_object_is_a_verb(vocab):
    # "officers forced their way in and seized ballot boxes", "seized" read as an
    # adjective on "boxes", which the parser joined to "forced"
    rows = [
        ("officers", "officer", 1, "nsubj", "NOUN"),
        ("forced", "force", 1, "ROOT", "VERB"),
        ("entry", "entry", 1, "dobj", "NOUN"),
        ("and", "and", 1, "cc", "CCONJ"),
        ("seized", "seize", 6, "amod", "VERB"),
        ("ballot", "ballot", 6, "compound", "NOUN"),
        ("boxes", "box", 1, "conj", "NOUN"),
    ]
    tags = ["NNS", "VBD", "NN", "CC", "VBN", "NN", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[4].dep_, doc[4].head.text, doc[4].tag_) == ("conj", "forced", "VBD")
    assert (doc[6].dep_, doc[6].head.text) == ("dobj", "seized")
    # a word between that is no modifier of the noun leaves the reading as it is
    rows[5] = ("ballot", "ballot", 1, "npadvmod", "NOUN")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[4].dep_ == "amod"


def test_a_plural_noun_read_as_a_clause_after_two_joined_things_is_the_second(vocab):
    # "imposed travel bans and asset freezes", "freezes" read as a verb with "bans" its
    # subject and "asset" joined to "bans"
    rows = [
        ("EU", "EU", 1, "nsubj", "PROPN"),
        ("imposed", "impose", 1, "ROOT", "VERB"),
        ("travel", "travel", 3, "compound", "NOUN"),
        ("bans", "ban", 6, "nsubj", "NOUN"),
        ("and", "and", 3, "cc", "CCONJ"),
        ("asset", "asset", 3, "conj", "NOUN"),
        ("freezes", "freeze", 1, "ccomp", "VERB"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "NN", "NNS", "CC", "NN", "VBZ"])
    repair(doc, lemmatize=lambda t: [t.lower_.removesuffix("es")])
    assert (doc[3].dep_, doc[3].head.text) == ("dobj", "imposed")
    assert (doc[6].dep_, doc[6].head.text, doc[6].tag_) == ("conj", "bans", "NNS")
    assert (doc[5].dep_, doc[5].head.text) == ("compound", "freezes")


def test_an_object_read_as_a_clause_of_a_naming_verb_is_its_object(vocab):
    # "Ottawa called Washington's move an intrusion", as the small model may parse it:
    # "move" a clause of "called", "intrusion" its object
    rows = [
        ("Ottawa", "Ottawa", 1, "nsubj", "PROPN"),
        ("called", "call", 1, "ROOT", "VERB"),
        ("Washington", "Washington", 4, "poss", "PROPN"),
        ("'s", "'s", 2, "case", "PART"),
        ("move", "move", 1, "ccomp", "NOUN"),
        ("an", "an", 6, "det", "DET"),
        ("intrusion", "intrusion", 4, "dobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "NNP", "POS", "NN", "DT", "NN"])
    repair(doc)
    assert (doc[4].dep_, doc[4].head.text) == ("dobj", "called")
    assert (doc[6].dep_, doc[6].head.text) == ("oprd", "called")
    # a clause of its own ("said the move had been a mistake") is left as it is
    rows[1] = ("said", "say", 1, "ROOT", "VERB")
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "NNP", "POS", "NN", "DT", "NN"])
    repair(doc)
    assert doc[4].dep_ == "ccomp" and doc[6].head.text == "move"


def test_a_finite_verb_joined_to_an_infinitive_on_an_object_goes_with_that_objects_verb(nlp):
    text = (
        "Mexico's economy minister said on Thursday that his government was examining ways "
        "to fight the measure and called Washington's decision an intrusion on Mexican "
        "sovereignty."
    )
    events = code_text(text, date="1996-03-13", nlp=nlp)
    (reproach,) = [e for e in events if e.event == "ACCUSE"]
    assert reproach.factuality == "asserted"
    assert [e.code for e in reproach.actor] == ["MEX"]
    assert [e.code for e in reproach.recipient] == ["USA"]


def test_a_past_verb_in_a_series_read_as_a_relative_joins_the_series(vocab):
    # "The alliance welcomed the proclamation, called off its strike and named a leader",
    # as the small model parses it: "called" a reduced relative on "proclamation"
    rows = [
        ("The", "the", 1, "det", "DET"),
        ("alliance", "alliance", 2, "nsubj", "NOUN"),
        ("welcomed", "welcome", 2, "ROOT", "VERB"),
        ("the", "the", 4, "det", "DET"),
        ("proclamation", "proclamation", 2, "dobj", "NOUN"),
        (",", ",", 4, "punct", "PUNCT"),
        ("called", "call", 4, "acl", "VERB"),
        ("off", "off", 6, "prt", "ADP"),
        ("its", "its", 9, "poss", "PRON"),
        ("strike", "strike", 6, "oprd", "NOUN"),
        ("and", "and", 6, "cc", "CCONJ"),
        ("named", "name", 6, "conj", "VERB"),
        ("a", "a", 13, "det", "DET"),
        ("leader", "leader", 11, "dobj", "NOUN"),
    ]
    tags = ["DT", "NN", "VBD", "DT", "NN", ",", "VBD", "RP", "PRP$", "NN", "CC", "VBN", "DT", "NN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[6].dep_, doc[6].head.text) == ("conj", "welcomed")
    assert doc[9].dep_ == "dobj"
    # a participle is a reduced relative indeed ("the plan, drafted by France and
    # approved by the council")
    tags[6] = "VBN"
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[6].dep_ == "acl"


def test_off_before_a_coast_after_a_verb_done_to_ships_is_a_preposition(vocab):
    # "... that the marines seized off Gibraltar", as the small model parses it: "off" a
    # particle and Gibraltar what was seized
    rows = [
        ("marines", "marine", 1, "nsubj", "NOUN"),
        ("seized", "seize", 1, "ROOT", "VERB"),
        ("off", "off", 1, "prt", "ADP"),
        ("Gibraltar", "Gibraltar", 1, "dobj", "PROPN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "RP", "NNP"])
    doc.ents = [Span(doc, 3, 4, label="LOC")]
    repair(doc)
    assert (doc[2].dep_, doc[3].dep_, doc[3].head.text) == ("prep", "pobj", "off")
    # "sealed off Gaza": a particle indeed, and Gaza what was sealed
    rows[1] = ("sealed", "seal", 1, "ROOT", "VERB")
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBD", "RP", "NNP"])
    doc.ents = [Span(doc, 3, 4, label="GPE")]
    repair(doc)
    assert (doc[2].dep_, doc[3].dep_) == ("prt", "dobj")


def test_live_before_rounds_is_their_adjective_not_a_verb(vocab):
    # "police fired gas and live ammunition to break up marches", as the small model
    # parses it: "live" a verb joined to "fired", the purpose hung on "ammunition"
    rows = [
        ("police", "police", 1, "nsubj", "NOUN"),
        ("fired", "fire", 1, "ROOT", "VERB"),
        ("gas", "gas", 1, "dobj", "NOUN"),
        ("and", "and", 1, "cc", "CCONJ"),
        ("live", "live", 1, "conj", "VERB"),
        ("ammunition", "ammunition", 4, "dobj", "NOUN"),
        ("to", "to", 7, "aux", "PART"),
        ("break", "break", 5, "acl", "VERB"),
        ("up", "up", 7, "prt", "ADP"),
        ("marches", "march", 7, "dobj", "NOUN"),
    ]
    tags = ["NN", "VBD", "NN", "CC", "VBP", "NN", "TO", "VB", "RP", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[4].dep_, doc[4].head.text, doc[4].pos_) == ("amod", "ammunition", "ADJ")
    assert (doc[5].dep_, doc[5].head.text) == ("conj", "gas")
    assert (doc[7].dep_, doc[7].head.text) == ("advcl", "fired")
    # "protesters live in tents" is a verb indeed
    rows = [
        ("protesters", "protester", 1, "nsubj", "NOUN"),
        ("live", "live", 1, "ROOT", "VERB"),
        ("rough", "rough", 1, "advmod", "ADV"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNS", "VBP", "RB"])
    repair(doc)
    assert doc[1].pos_ == "VERB"


def test_or_face_before_a_penalty_is_a_verb_joined_to_the_demand(vocab):
    # "warned airlines to leave immediately or face attacks", as the small model parses it
    # in one story: "face" a noun joined to the adverb, "attacks" a second object of "leave"
    rows = [
        ("Taliban", "Taliban", 1, "nsubj", "PROPN"),
        ("warned", "warn", 1, "ROOT", "VERB"),
        ("airlines", "airline", 1, "dobj", "NOUN"),
        ("to", "to", 4, "aux", "PART"),
        ("leave", "leave", 1, "xcomp", "VERB"),
        ("immediately", "immediately", 4, "advmod", "ADV"),
        ("or", "or", 5, "cc", "CCONJ"),
        ("face", "face", 5, "conj", "NOUN"),
        ("attacks", "attack", 4, "dobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "NNS", "TO", "VB", "RB", "CC", "NN", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[7].dep_, doc[7].head.text, doc[7].pos_) == ("conj", "leave", "VERB")
    assert (doc[8].dep_, doc[8].head.text) == ("dobj", "face")
    assert doc[6].head.text == "leave"
    # "face masks" after no "or" is a noun indeed
    rows[6] = ("and", "and", 5, "cc", "CCONJ")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[7].pos_ == "NOUN"


def test_two_titled_names_joined_by_and_are_two_conjoined_parties(vocab):
    # "Russian Security Council secretary Alexander Lebed and Chechen rebel chief of staff
    # Aslan Maskhadov signed an agreement", as the small model parses it: the second name
    # the subject, the first hung inside the second's title
    rows = [
        ("Russian", "Russian", 2, "compound", "PROPN"),
        ("Security", "Security", 2, "compound", "PROPN"),
        ("Council", "Council", 3, "compound", "PROPN"),
        ("secretary", "secretary", 13, "compound", "NOUN"),
        ("Alexander", "Alexander", 5, "compound", "PROPN"),
        ("Lebed", "Lebed", 9, "nmod", "PROPN"),
        ("and", "and", 5, "cc", "CCONJ"),
        ("Chechen", "Chechen", 5, "conj", "PROPN"),
        ("rebel", "rebel", 9, "amod", "ADJ"),
        ("chief", "chief", 3, "appos", "NOUN"),
        ("of", "of", 9, "prep", "ADP"),
        ("staff", "staff", 10, "pobj", "NOUN"),
        ("Aslan", "Aslan", 13, "compound", "PROPN"),
        ("Maskhadov", "Maskhadov", 14, "nsubj", "PROPN"),
        ("signed", "sign", 14, "ROOT", "VERB"),
        ("an", "an", 16, "det", "DET"),
        ("agreement", "agreement", 14, "dobj", "NOUN"),
    ]
    tags = ["NNP", "NNP", "NNP", "NN", "NNP", "NNP", "CC", "NNP", "JJ", "NN", "IN", "NN"]
    tags += ["NNP", "NNP", "VBD", "DT", "NN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    doc.ents = [
        Span(doc, 0, 3, label="ORG"),
        Span(doc, 4, 6, label="PERSON"),
        Span(doc, 7, 8, label="NORP"),
        Span(doc, 12, 14, label="PERSON"),
    ]
    repair(doc)
    assert (doc[5].dep_, doc[5].head.text) == ("nsubj", "signed")
    assert (doc[13].dep_, doc[13].head.text) == ("conj", "Lebed")
    assert doc[6].head.text == "Lebed"
    assert [t.text for t in doc[5].subtree][:6] == [
        "Russian", "Security", "Council", "secretary", "Alexander", "Lebed"
    ]  # fmt: skip
    assert doc[13].left_edge.text == "Chechen" and doc[9].head.text == "Maskhadov"
    # two bare names the parser joins rightly are left as they are
    rows = [
        ("Lebed", "Lebed", 3, "nsubj", "PROPN"),
        ("and", "and", 0, "cc", "CCONJ"),
        ("Maskhadov", "Maskhadov", 0, "conj", "PROPN"),
        ("signed", "sign", 3, "ROOT", "VERB"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "CC", "NNP", "VBD"])
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 2, 3, label="PERSON")]
    repair(doc)
    assert [(t.dep_, t.head.i) for t in doc] == [
        ("nsubj", 3), ("cc", 0), ("conj", 0), ("ROOT", 3)
    ]  # fmt: skip


def test_titled_names_joined_by_and_act_as_two_parties_end_to_end(nlp):
    events = code_text(
        "Sudan's army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo "
        "agreed to a truce on Sunday.",
        "2023-04-16",
        nlp=nlp,
    )
    agreed = [e for e in events if e.event == "AGREE"]
    assert len(agreed) == 1
    assert [(a.code, a.sector) for a in agreed[0].actor] == [("SDN", "GOV"), ("SDN", "REB")]


def test_a_charge_hung_on_the_accused_is_the_accusing_verbs(vocab):
    # "accused foreign governments of meddling in Nigeria", as the small model parses it
    rows = [
        ("minister", "minister", 1, "nsubj", "NOUN"),
        ("accused", "accuse", 1, "ROOT", "VERB"),
        ("foreign", "foreign", 3, "amod", "ADJ"),
        ("governments", "government", 1, "dobj", "NOUN"),
        ("of", "of", 3, "prep", "ADP"),
        ("meddling", "meddle", 4, "pobj", "VERB"),
        ("in", "in", 5, "prep", "ADP"),
        ("Nigeria", "Nigeria", 6, "pobj", "PROPN"),
    ]
    tags = ["NN", "VBD", "JJ", "NNS", "IN", "VBG", "IN", "NNP"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[4].head.text, doc[5].dep_) == ("accused", "pcomp")
    assert [t.text for t in doc[3].subtree] == ["foreign", "governments"]
    # "supporters of fighting on" after a verb of praise keep their phrase
    rows[1] = ("praised", "praise", 1, "ROOT", "VERB")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[4].head.text == "governments"


def test_an_accusation_joined_to_a_reported_passive_is_the_speakers(nlp):
    events = code_text(
        "Information Minister Walter Ofonagoro said on state television that justice had "
        "been done and accused foreign governments of meddling in Nigeria's internal affairs.",
        date="1995-11-11",
        nlp=nlp,
    )
    (accusation,) = [e for e in events if e.event == "ACCUSE" and e.factuality == "asserted"]
    assert [(a.code, a.sector) for a in accusation.actor] == [("NGA", "GOV")]
    assert [(r.code, r.sector) for r in accusation.recipient] == [("---", "GOV")]


def test_hostage_read_as_the_last_of_those_taken_is_what_they_were_made(vocab):
    # "took a priest and several churchgoers hostage", as the small model parses it
    rows = [
        ("gunmen", "gunman", 1, "nsubj", "NOUN"),
        ("took", "take", 1, "ROOT", "VERB"),
        ("a", "a", 3, "det", "DET"),
        ("priest", "priest", 1, "dobj", "NOUN"),
        ("and", "and", 3, "cc", "CCONJ"),
        ("several", "several", 6, "amod", "ADJ"),
        ("churchgoers", "churchgoer", 7, "compound", "NOUN"),
        ("hostage", "hostage", 3, "conj", "NOUN"),
    ]
    tags = ["NNS", "VBD", "DT", "NN", "CC", "JJ", "NNS", "NN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[6].dep_, doc[6].head.text) == ("conj", "priest")
    assert (doc[7].dep_, doc[7].head.text) == ("oprd", "took")
    # a hostage joined to what another verb did is left alone ("freed a priest and a hostage")
    rows[1] = ("freed", "free", 1, "ROOT", "VERB")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[7].dep_, doc[7].head.text) == ("conj", "priest")


def test_hostage_read_with_those_taken_as_its_compound_is_what_they_were_made(vocab):
    # "took several soldiers hostage", as the small model parses it: "soldiers" a
    # compound of the object "hostage"
    rows = [
        ("gunmen", "gunman", 1, "nsubj", "NOUN"),
        ("took", "take", 1, "ROOT", "VERB"),
        ("several", "several", 4, "amod", "ADJ"),
        ("soldiers", "soldier", 4, "compound", "NOUN"),
        ("hostage", "hostage", 1, "dobj", "NOUN"),
    ]
    tags = ["NNS", "VBD", "JJ", "NNS", "NN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[3].dep_, doc[3].head.text) == ("dobj", "took")
    assert (doc[4].dep_, doc[4].head.text) == ("oprd", "took")
    # "freed several soldiers hostage" is no taking: left alone
    rows[1] = ("freed", "free", 1, "ROOT", "VERB")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[3].dep_, doc[4].dep_) == ("compound", "dobj")


def test_a_word_act_participle_on_a_reported_passive_is_the_speakers(vocab):
    # "Sanchez said the sentences would be served, ruling out pardons", as the small model
    # parses it: "ruling" hung on the reported passive "served"
    rows = [
        ("Sanchez", "Sanchez", 1, "nsubj", "PROPN"),
        ("said", "say", 1, "ROOT", "VERB"),
        ("the", "the", 3, "det", "DET"),
        ("sentences", "sentence", 6, "nsubjpass", "NOUN"),
        ("would", "would", 6, "aux", "AUX"),
        ("be", "be", 6, "auxpass", "AUX"),
        ("served", "serve", 1, "ccomp", "VERB"),
        (",", ",", 6, "punct", "PUNCT"),
        ("ruling", "rule", 6, "advcl", "VERB"),
        ("out", "out", 8, "prt", "ADP"),
        ("pardons", "pardon", 8, "dobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "DT", "NNS", "MD", "VB", "VBN", ",", "VBG", "RP", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[8].head.i, doc[8].dep_) == (1, "advcl")
    # a participle of no word act stays on its clause ("..., leaving them in jail")
    rows[8] = ("keeping", "keep", 6, "advcl", "VERB")
    rows[9] = ("in", "in", 8, "prt", "ADP")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[8].head.i == 6


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Sanchez said the sentences would be served in full, ruling out any pardons.",
        "Opposition leader Andre Mba Obame said the vote had been rigged and refused to "
        "accept the result.",
    ],
)
def test_a_refusal_joined_to_a_reported_passive_is_the_speakers(nlp, text):
    events = code_text(text, date="2019-10-15", nlp=nlp)
    (refusal,) = [e for e in events if e.event == "REJECT" and e.factuality == "asserted"]
    assert [a.text.split()[-1] for a in refusal.actor] in (["Sanchez"], ["Obame"]), text


def test_a_meeting_of_people_read_as_a_noun_is_their_participle(vocab):
    # "EU ministers meeting in Brussels targeted officials", as the small model parses it:
    # "meeting" a noun, the subject of "targeted", "ministers" its compound
    rows = [
        ("EU", "EU", 1, "compound", "PROPN"),
        ("ministers", "minister", 2, "compound", "NOUN"),
        ("meeting", "meeting", 5, "nsubj", "NOUN"),
        ("in", "in", 2, "prep", "ADP"),
        ("Brussels", "Brussels", 3, "pobj", "PROPN"),
        ("targeted", "target", 5, "ROOT", "VERB"),
        ("officials", "official", 5, "dobj", "NOUN"),
    ]
    tags = ["NNP", "NNS", "NN", "IN", "NNP", "VBD", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 5)
    assert (doc[2].pos_, doc[2].lemma_, doc[2].dep_, doc[2].head.i) == ("VERB", "meet", "acl", 1)
    # "the meeting in Brussels ended": a meeting, no one's participle
    rows = [
        ("The", "the", 1, "det", "DET"),
        ("meeting", "meeting", 4, "nsubj", "NOUN"),
        ("in", "in", 1, "prep", "ADP"),
        ("Brussels", "Brussels", 2, "pobj", "PROPN"),
        ("ended", "end", 4, "ROOT", "VERB"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["DT", "NN", "IN", "NNP", "VBD"])
    repair(doc)
    assert doc[1].pos_ == "NOUN"


@pytest.mark.parametrize(
    "text",
    [
        "EU foreign ministers meeting in Brussels on Monday targeted 21 officials.",
        "Meeting in Istanbul, NATO leaders agreed to help train Iraq's security forces.",
    ],
)
def test_leaders_meeting_somewhere_consult(nlp, text):
    events = code_text(text, date="2014-03-17", nlp=nlp)
    assert [e.factuality for e in events if e.event == "CONSULT"] == ["asserted"], text


def test_a_subject_hung_on_an_auxiliary_is_its_verbs(vocab):
    # "Croatian forces had overrun the posts", as the small model parses it: "forces" the
    # subject of "had", the auxiliary of "overrun"
    rows = [
        ("Croatian", "croatian", 1, "amod", "ADJ"),
        ("forces", "force", 2, "nsubj", "NOUN"),
        ("had", "have", 3, "aux", "AUX"),
        ("overrun", "overrun", 3, "ROOT", "VERB"),
        ("the", "the", 5, "det", "DET"),
        ("posts", "post", 3, "dobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["JJ", "NNS", "VBD", "VBN", "DT", "NNS"])
    repair(doc)
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 3)


def test_forces_that_had_overrun_posts_attacked_them(nlp):
    text = "Officials said Croatian forces had overrun several U.N. observation posts."
    (attack,) = [e for e in code_text(text, date="1995-08-04", nlp=nlp) if e.event == "ASSAULT"]
    assert [(a.code, a.sector) for a in attack.actor] == [("HRV", "MIL")]


def test_the_on_of_a_rate_is_the_rated_nouns(vocab):
    # "Petro ordered tariffs of 25 percent on goods", as the small model parses it
    rows = [
        ("Petro", "Petro", 1, "nsubj", "PROPN"),
        ("ordered", "order", 1, "ROOT", "VERB"),
        ("tariffs", "tariff", 1, "dobj", "NOUN"),
        ("of", "of", 2, "prep", "ADP"),
        ("25", "25", 5, "nummod", "NUM"),
        ("percent", "percent", 3, "pobj", "NOUN"),
        ("on", "on", 5, "prep", "ADP"),
        ("goods", "good", 6, "pobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "NNS", "IN", "CD", "NN", "IN", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[6].head.text == "tariffs"
    # an "on" on a word that is no rate stays where it is ("a share of the land on the coast")
    rows[5] = ("land", "land", 3, "pobj", "NOUN")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[6].head.text == "land"


def test_tariffs_at_a_rate_and_on_goods_sent_to_a_state_are_put_on_that_state(nlp):
    for text, code in (
        ("Petro ordered retaliatory tariffs of 25 percent on goods from the United States.", "USA"),
        ("Ontario imposed a surcharge on power exports to Michigan and New York.", "USA"),
    ):
        (tariff,) = [
            e for e in code_text(text, date="2025-03-10", nlp=nlp) if e.event == "SANCTION"
        ]
        assert {e.code for e in tariff.recipient} == {code}, text


def test_a_plural_read_as_the_compound_of_what_it_is_called_is_the_object(vocab):
    # "called the protesters bandits", read as one noun "the protesters bandits"
    rows = [
        ("Minsk", "Minsk", 1, "nsubj", "PROPN"),
        ("called", "call", 1, "ROOT", "VERB"),
        ("the", "the", 4, "det", "DET"),
        ("protesters", "protester", 4, "compound", "NOUN"),
        ("bandits", "bandit", 1, "dobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "DT", "NNS", "NNS"])
    repair(doc)
    assert (doc[3].dep_, doc[3].head.i) == ("dobj", 1)
    assert (doc[4].dep_, doc[4].head.i) == ("oprd", 1)
    assert doc[2].head.i == 3
    # a plural that modifies a noun stays its compound: "called the arms dealers"
    rows[3] = ("arms", "arm", 4, "compound", "NOUN")
    rows[4] = ("dealers", "dealer", 1, "dobj", "NOUN")
    doc = _tagged(make_doc(vocab, rows), ["NNP", "VBD", "DT", "NNS", "NNS"])
    repair(doc)
    assert (doc[3].dep_, doc[4].dep_) == ("compound", "dobj")


def test_a_subject_joined_to_a_fronted_phrase_is_the_verbs_subject(vocab):
    # "Hours before the signing, rebels and troops clashed", as the small model parses
    # it: "Hours" the subject, "rebels" joined to "signing"
    rows = [
        ("Hours", "hour", 8, "nsubj", "NOUN"),
        ("before", "before", 0, "prep", "ADP"),
        ("the", "the", 3, "det", "DET"),
        ("signing", "signing", 1, "pobj", "NOUN"),
        (",", ",", 3, "punct", "PUNCT"),
        ("rebels", "rebel", 3, "conj", "NOUN"),
        ("and", "and", 5, "cc", "CCONJ"),
        ("troops", "troop", 5, "conj", "NOUN"),
        ("clashed", "clash", 8, "ROOT", "VERB"),
    ]
    tags = ["NNS", "IN", "DT", "NN", ",", "NNS", "CC", "NNS", "VBD"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[5].head.text, doc[5].dep_) == ("clashed", "nsubj")
    assert doc[0].dep_ == "npadvmod" and doc[7].head.text == "rebels"
    # a list that goes on with "and" is of the phrase's objects ("after talks with
    # envoys, ministers and diplomats, Iran agreed"), and a subject that is no span of
    # time keeps its verb
    rows = [
        ("Iran", "Iran", 8, "nsubj", "PROPN"),
        ("after", "after", 8, "prep", "ADP"),
        ("talks", "talk", 1, "pobj", "NOUN"),
        (",", ",", 2, "punct", "PUNCT"),
        ("envoys", "envoy", 2, "conj", "NOUN"),
        (",", ",", 4, "punct", "PUNCT"),
        ("and", "and", 2, "cc", "CCONJ"),
        ("ministers", "minister", 4, "conj", "NOUN"),
        ("agreed", "agree", 8, "ROOT", "VERB"),
    ]
    tags = ["NNP", "IN", "NNS", ",", "NNS", ",", "CC", "NNS", "VBD"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[4].head.text == "talks" and doc[0].dep_ == "nsubj"


def test_a_participle_on_a_count_joined_to_a_passive_is_the_passives_conjunct(vocab):
    # "40 people were killed and 800 injured when rioters attacked", as the small model
    # parses it: "800" joined to "killed", "injured" a relative on it
    rows = [
        ("40", "40", 1, "nummod", "NUM"),
        ("people", "people", 3, "nsubjpass", "NOUN"),
        ("were", "be", 3, "auxpass", "AUX"),
        ("killed", "kill", 3, "ROOT", "VERB"),
        ("and", "and", 3, "cc", "CCONJ"),
        ("800", "800", 3, "conj", "NUM"),
        ("injured", "injure", 5, "acl", "VERB"),
        ("when", "when", 9, "advmod", "ADV"),
        ("rioters", "rioter", 9, "nsubj", "NOUN"),
        ("attacked", "attack", 6, "advcl", "VERB"),
    ]
    tags = ["CD", "NNS", "VBD", "VBN", "CC", "CD", "VBN", "WRB", "NNS", "VBD"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[6].head.text, doc[6].dep_) == ("killed", "conj")
    assert (doc[5].head.text, doc[5].dep_) == ("injured", "nsubjpass")
    # a participle with an object of its own is an act of the noun's ("and 800
    # soldiers, armed with rifles ...") and stays where it is
    rows[6:] = [
        ("using", "use", 5, "acl", "VERB"),
        ("rifles", "rifle", 6, "dobj", "NOUN"),
    ]
    tags = ["CD", "NNS", "VBD", "VBN", "CC", "CD", "VBN", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[6].dep_ == "acl" and doc[5].dep_ == "conj"


def test_what_a_subject_is_armed_with_is_no_verb_of_the_sentence(vocab):
    # "Mobs armed with guns have burned homes", as the small model parses it: "armed"
    # the root, "burned" joined to it
    rows = [
        ("Mobs", "mob", 1, "nsubj", "NOUN"),
        ("armed", "arm", 1, "ROOT", "VERB"),
        ("with", "with", 1, "prep", "ADP"),
        ("guns", "gun", 2, "pobj", "NOUN"),
        ("have", "have", 5, "aux", "AUX"),
        ("burned", "burn", 1, "conj", "VERB"),
        ("homes", "home", 5, "dobj", "NOUN"),
    ]
    tags = ["NNS", "VBN", "IN", "NNS", "VBP", "VBN", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[5].dep_ == "ROOT" and (doc[0].head.text, doc[0].dep_) == ("burned", "nsubj")
    assert (doc[1].head.text, doc[1].dep_) == ("Mobs", "acl")


def test_a_that_clause_hung_on_a_phrase_between_is_the_vow_or_the_saying(vocab):
    # "Kenyatta vowed in an address that the killers would be punished", as the small
    # model parses it: the clause a relative on "address", so nothing is vowed
    rows = [
        ("Kenyatta", "Kenyatta", 1, "nsubj", "PROPN"),
        ("vowed", "vow", 1, "ROOT", "VERB"),
        ("in", "in", 1, "prep", "ADP"),
        ("an", "an", 4, "det", "DET"),
        ("address", "address", 2, "pobj", "NOUN"),
        ("that", "that", 10, "mark", "SCONJ"),
        ("the", "the", 7, "det", "DET"),
        ("killers", "killer", 10, "nsubjpass", "NOUN"),
        ("would", "would", 10, "aux", "AUX"),
        ("be", "be", 10, "auxpass", "AUX"),
        ("punished", "punish", 4, "acl", "VERB"),
    ]
    tags = ["NNP", "VBD", "IN", "DT", "NN", "IN", "DT", "NNS", "MD", "VB", "VBN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[10].head.text == "vowed" and doc[10].dep_ == "ccomp"
    # a claim noun keeps its clause: "denied reports in the press that troops had fired"
    rows[1] = ("denied", "deny", 1, "ROOT", "VERB")
    rows[2] = ("reports", "report", 1, "dobj", "NOUN")
    rows[3] = ("in", "in", 2, "prep", "ADP")
    rows[4] = ("press", "press", 3, "pobj", "NOUN")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[10].head.text == "press"


def test_a_vow_that_a_party_will_face_a_fate_or_be_punished_threatens(nlp):
    text = "Khamenei vowed that Israel would face a bitter and painful fate."
    (threat,) = [e for e in code_text(text, "2025-06-13", nlp=nlp) if e.factuality == "asserted"]
    assert threat.event == "THREATEN" and {e.code for e in threat.recipient} == {"ISR"}
    text = "Ruto vowed in a televised address that the attackers would be hunted down and punished."
    events = [e for e in code_text(text, "2024-06-26", nlp=nlp) if e.factuality == "asserted"]
    assert [e.event for e in events] == ["THREATEN"]


def test_an_absolute_after_a_count_describes_the_people_counted(vocab):
    # "jets struck Cambodian targets and 12 people were killed, most of them Thai
    # civilians", as the small model parses it: "civilians" a second object of "struck"
    rows = [
        ("Jets", "jet", 1, "nsubj", "NOUN"),
        ("struck", "strike", 1, "ROOT", "VERB"),
        ("Cambodian", "cambodian", 3, "amod", "ADJ"),
        ("targets", "target", 1, "dobj", "NOUN"),
        ("and", "and", 1, "cc", "CCONJ"),
        ("12", "12", 6, "nummod", "NUM"),
        ("people", "people", 8, "nsubjpass", "NOUN"),
        ("were", "be", 8, "auxpass", "AUX"),
        ("killed", "kill", 1, "conj", "VERB"),
        (",", ",", 8, "punct", "PUNCT"),
        ("most", "most", 14, "nsubj", "ADJ"),
        ("of", "of", 10, "prep", "ADP"),
        ("them", "they", 11, "pobj", "PRON"),
        ("Thai", "Thai", 14, "amod", "PROPN"),
        ("civilians", "civilian", 1, "dobj", "NOUN"),
    ]
    tags = ["NNS", "VBD", "JJ", "NNS", "CC", "CD", "NNS", "VBD", "VBN", ",", "JJS", "IN"]
    doc = _tagged(make_doc(vocab, rows), tags + ["PRP", "NNP", "NNS"])
    repair(doc)
    assert doc[14].head.text == "people" and doc[14].dep_ == "appos"
    # a group named whole is no count: "The Red Shirts, most of them supporters of
    # Thaksin" says what the group is, and stays as parsed
    rows[5] = ("many", "many", 6, "amod", "ADJ")
    doc = _tagged(make_doc(vocab, rows), tags + ["PRP", "NNP", "NNS"])
    repair(doc)
    assert doc[14].head.text == "struck" and doc[14].dep_ == "dobj"
    # and "many of them" tells of a part only
    rows[5] = ("12", "12", 6, "nummod", "NUM")
    rows[10] = ("many", "many", 14, "nsubj", "ADJ")
    doc = _tagged(make_doc(vocab, rows), tags + ["PRP", "NNP", "NNS"])
    repair(doc)
    assert doc[14].head.text == "struck"


def test_the_people_an_absolute_describes_are_not_the_targets_struck(nlp):
    events = code_text(
        "Thai F-16 fighter jets struck Cambodian military targets on Thursday as fighting "
        "erupted along the disputed border, and at least 12 people were killed, most of "
        "them Thai civilians, officials said.",
        "2025-07-25",
        nlp=nlp,
    )
    strikes = [e for e in events if e.event == "ASSAULT" and e.event_text == "struck targets"]
    assert strikes and [r.code for r in strikes[0].recipient] == ["KHM"]


def test_where_a_craft_carrying_cargo_is_sent_hangs_on_the_sending(vocab):
    # "Turkey sent a ship carrying aid to Gaza", as the small model parses it
    rows = [
        ("Turkey", "Turkey", 1, "nsubj", "PROPN"),
        ("sent", "send", 1, "ROOT", "VERB"),
        ("a", "a", 3, "det", "DET"),
        ("ship", "ship", 1, "dobj", "NOUN"),
        ("carrying", "carry", 3, "acl", "VERB"),
        ("aid", "aid", 4, "dobj", "NOUN"),
        ("to", "to", 4, "prep", "ADP"),
        ("Gaza", "Gaza", 6, "pobj", "PROPN"),
    ]
    tags = ["NNP", "VBD", "DT", "NN", "VBG", "NN", "IN", "NNP"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[6].head.text == "sent"
    # a craft not sent keeps its cargo's "to": "a ship carrying aid to Gaza sank"
    rows[1] = ("saw", "see", 1, "ROOT", "VERB")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[6].head.text == "carrying"


def test_a_surname_read_as_an_adjective_is_the_name_told_before(nlp):
    # "Roman on Friday accused ...": the tagger reads the surname as the adjective
    text = (
        "Romanian Prime Minister Petre Roman resigned on Thursday. Roman on Friday accused "
        "the president of having abandoned the government to the mob."
    )
    accusations = [e for e in code_text(text, "1991-09-28", nlp=nlp) if e.event == "ACCUSE"]
    assert [(a.actor[0].code, a.actor[0].sector) for a in accusations] == [("ROU", "GOV")]
    # an adjective the story never used in a name stays one
    text = "Roman soldiers accused the president of abandoning the city."
    doc = nlp(text)
    assert doc[0].pos_ == "ADJ"


def test_a_note_after_a_comma_holds_its_relative_clause_without_that(nlp):
    for text, verb in (
        (
            "Bangkok said the Cambodians had opened fire first, a charge Phnom Penh rejected.",
            "opened",
        ),
        ("Police said files showed links to the rebels, an allegation Quito rejected.", "showed"),
    ):
        doc = nlp(text)
        words = {t.text: t for t in doc}
        note = next(t for t in doc if t.lower_ in ("charge", "allegation"))
        # the verb after the noun is a clause on it, and the noun notes the clause before
        assert (words["rejected"].dep_, words["rejected"].head.i) == ("relcl", note.i), text
        assert note.head.text == verb, text
    text = "Bangkok said the Cambodians had opened fire first, a charge Phnom Penh rejected."
    (rejection,) = [e for e in code_text(text, date="2008-10-16", nlp=nlp) if e.event == "REJECT"]
    assert [e.code for e in rejection.recipient] == ["THA"]


def test_a_noun_read_as_a_second_subject_is_the_object_of_a_bare_preposition(vocab):
    from dragoman.coder.repair import objects_read_as_second_subjects

    # "Troops loyal to Cambodia's Second Prime Minister Hun Sen seized Phnom Penh", as parsed
    rows = [
        ("Troops", "troop", 9, "nsubj", "NOUN"),
        ("loyal", "loyal", 0, "amod", "ADJ"),
        ("to", "to", 1, "prep", "ADP"),
        ("Cambodia", "Cambodia", 7, "poss", "PROPN"),
        ("'s", "'s", 3, "case", "PART"),
        ("Second", "second", 7, "amod", "ADJ"),
        ("Prime", "Prime", 7, "compound", "PROPN"),
        ("Minister", "Minister", 8, "compound", "PROPN"),
        ("Hun Sen", "Hun Sen", 9, "nsubj", "PROPN"),
        ("seized", "seize", 9, "ROOT", "VERB"),
        ("Phnom Penh", "Phnom Penh", 9, "dobj", "PROPN"),
    ]
    doc = make_doc(vocab, rows)
    objects_read_as_second_subjects(doc, [2])
    assert (doc[8].head.text, doc[8].dep_) == ("to", "pobj")
    assert [c.text for c in doc[9].children if c.dep_ == "nsubj"] == ["Troops"]
    # a preposition with its object keeps it, and a verb's only subject stays its subject
    rows[8] = ("Hun Sen", "Hun Sen", 2, "pobj", "PROPN")
    doc = make_doc(vocab, rows)
    objects_read_as_second_subjects(doc, [2])
    assert (doc[8].head.text, doc[8].dep_) == ("to", "pobj")
    # (a subject before the preposition, not holding it, is no reason)
    rows = [
        ("Police", "police", 4, "nsubj", "NOUN"),
        ("in", "in", 4, "prep", "ADP"),
        ("the", "the", 3, "det", "DET"),
        ("rebels", "rebel", 4, "nsubj", "NOUN"),
        ("clashed", "clash", 4, "ROOT", "VERB"),
    ]
    doc = make_doc(vocab, rows)
    objects_read_as_second_subjects(doc, [1])
    assert doc[3].dep_ == "nsubj"


def test_troops_loyal_to_a_named_leader_are_his_states(nlp):
    text = (
        "Troops loyal to Cambodia's Second Prime Minister Hun Sen seized the airport on "
        "Sunday, Thai officials said. Thailand closed its border and put Thai troops on alert."
    )
    events = code_text(text, nlp=nlp, date="1997-07-07")
    (seizure,) = [e for e in events if e.event == "ASSAULT"]
    assert [(a.code, a.sector) for a in seizure.actor] == [("KHM", "MIL")]


def test_a_finite_verb_joined_to_a_bare_infinitive_moves_to_the_verb_of_its_tense(vocab):
    # "The junta condemned Thailand for letting the gunmen go and closed its border", as
    # the small model parses it: "closed" joined to "go", so the gunmen close the border
    rows = [
        ("The", "the", 1, "det", "DET"),
        ("junta", "junta", 2, "nsubj", "NOUN"),
        ("condemned", "condemn", 2, "ROOT", "VERB"),
        ("Thailand", "Thailand", 2, "dobj", "PROPN"),
        ("for", "for", 2, "prep", "ADP"),
        ("letting", "let", 4, "pcomp", "VERB"),
        ("the", "the", 7, "det", "DET"),
        ("gunmen", "gunman", 8, "nsubj", "NOUN"),
        ("go", "go", 5, "ccomp", "VERB"),
        ("and", "and", 8, "cc", "CCONJ"),
        ("closed", "close", 8, "conj", "VERB"),
        ("its", "its", 12, "poss", "PRON"),
        ("border", "border", 10, "dobj", "NOUN"),
    ]
    tags = ["DT", "NN", "VBD", "NNP", "IN", "VBG", "DT", "NNS", "VB", "CC", "VBD", "PRP$", "NN"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[10].head.text == "condemned" and doc[9].head.text == "condemned"
    # (a base form joined to it stays: "letting the gunmen go and return home")
    rows[10] = ("return", "return", 8, "conj", "VERB")
    doc = _tagged(make_doc(vocab, rows), tags[:10] + ["VB"] + tags[11:])
    repair(doc)
    assert doc[10].head.text == "go"


def test_a_subject_whose_phrase_the_parser_hung_on_the_noun_before_begins_a_second_clause(
    vocab,
):
    # "Peru withdrew its envoy from Caracas and Organization of American States chief
    # Almagro accused Maduro", as the small model parses it: "Organization" joined to
    # "Caracas", its "of" phrase hung on "Caracas" too, "accused" with no subject
    rows = [
        ("Peru", "Peru", 1, "nsubj", "PROPN"),
        ("withdrew", "withdraw", 1, "ROOT", "VERB"),
        ("its", "its", 3, "poss", "PRON"),
        ("envoy", "envoy", 1, "dobj", "NOUN"),
        ("from", "from", 3, "prep", "ADP"),
        ("Caracas", "Caracas", 4, "pobj", "PROPN"),
        ("and", "and", 5, "cc", "CCONJ"),
        ("Organization", "Organization", 5, "conj", "PROPN"),
        ("of", "of", 5, "prep", "ADP"),
        ("American", "American", 10, "compound", "PROPN"),
        ("States", "States", 12, "compound", "PROPN"),
        ("chief", "chief", 12, "compound", "NOUN"),
        ("Almagro", "Almagro", 8, "pobj", "PROPN"),
        ("accused", "accuse", 1, "conj", "VERB"),
        ("Maduro", "Maduro", 13, "dobj", "PROPN"),
    ]
    tags = ["NNP", "VBD", "PRP$", "NN", "IN", "NNP", "CC", "NNP", "IN", "NNP", "NNP", "NN"]
    tags += ["NNP", "VBD", "NNP"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[7].head.text, doc[7].dep_) == ("accused", "nsubj")
    assert doc[8].head.text == "Organization"
    assert doc[13].head.text == "withdrew" and doc[6].head.text == "withdrew"
    # (the phrase is left where it was when the verb has a subject of its own)
    rows.insert(13, ("he", "he", 14, "nsubj", "PRON"))
    rows = [
        (w, lemma, h + 1 if h >= 13 and k != 13 else h, dep, pos)
        for k, (w, lemma, h, dep, pos) in enumerate(rows)
    ]
    doc = _tagged(make_doc(vocab, rows), tags[:13] + ["PRP"] + tags[13:])
    repair(doc)
    assert doc[8].head.text == "Caracas" and doc[7].dep_ == "conj"


def _report_set_in_rows(second, second_lemma):
    # "Aircraft pounded Gaza, officials said, and launched strikes.", with the second verb
    # joined to "said"
    return [
        ("Aircraft", "aircraft", 1, "nsubj", "NOUN"),
        ("pounded", "pound", 5, "ccomp", "VERB"),
        ("Gaza", "Gaza", 1, "dobj", "PROPN"),
        (",", ",", 5, "punct", "PUNCT"),
        ("officials", "official", 5, "nsubj", "NOUN"),
        ("said", "say", 5, "ROOT", "VERB"),
        (",", ",", 5, "punct", "PUNCT"),
        ("and", "and", 5, "cc", "CCONJ"),
        (second, second_lemma, 5, "conj", "VERB"),
        ("strikes", "strike", 8, "dobj", "NOUN"),
        (".", ".", 5, "punct", "PUNCT"),
    ]


def test_a_verb_after_a_report_set_in_the_clause_goes_on_with_the_clause(vocab):
    tags = ["NN", "VBD", "NNP", ",", "NNS", "VBD", ",", "CC", "VBD", "NNS", "."]
    doc = _tagged(make_doc(vocab, _report_set_in_rows("launched", "launch")), tags)
    repair(doc, reporting=frozenset({"say"}))
    assert doc[8].head.text == "pounded"
    # (a word act stays the speaker's: "..., the army said, and vowed to retake it")
    doc = _tagged(make_doc(vocab, _report_set_in_rows("condemned", "condemn")), tags)
    repair(doc, reporting=frozenset({"say"}))
    assert doc[8].head.text == "said"


def _relative_rows(relative_child):
    # "Police removed demonstrators who had blocked roads and detained activists", with
    # "detained" joined to the relative clause's "blocked"
    rows = [
        ("Police", "police", 1, "nsubj", "NOUN"),
        ("removed", "remove", 1, "ROOT", "VERB"),
        ("demonstrators", "demonstrator", 1, "dobj", "NOUN"),
        ("who", "who", 5, "nsubj", "PRON"),
        ("had", "have", 5, "aux", "AUX"),
        ("blocked", "block", 2, "relcl", "VERB"),
        ("roads", "road", 5, "dobj", "NOUN"),
        ("and", "and", 5, "cc", "CCONJ"),
        ("detained", "detain", 5, "conj", "VERB"),
        ("activists", "activist", 8, "dobj", "NOUN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    if relative_child is not None:
        rows[4] = relative_child
    return rows


def test_a_simple_past_joined_to_a_perfect_relative_goes_on_with_the_clause(vocab):
    tags = ["NNS", "VBD", "NNS", "WP", "VBD", "VBN", "NNS", "CC", "VBD", "NNS", "."]
    doc = _tagged(make_doc(vocab, _relative_rows(None)), tags)
    repair(doc)
    assert (doc[8].head.text, doc[7].head.text) == ("removed", "removed")
    # (a relative with no past perfect is left as parsed)
    simple = ("did", "do", 5, "aux", "AUX")
    doc = _tagged(make_doc(vocab, _relative_rows(simple)), tags)
    repair(doc)
    assert doc[8].head.text == "blocked"


def test_a_second_charge_joined_to_the_verb_of_reproach_is_a_charge(nlp):
    # "training" tagged a noun, "arming" joined to "accused": Delhi arming the militants
    text = "New Delhi accused Pakistan of training and arming the militants."
    (arming,) = [e for e in code_text(text, nlp=nlp) if e.event == "AID"]
    assert arming.factuality == "hypothetical"
    assert [(a.code, a.sector) for a in arming.actor] == [("PAK", None)]


def test_a_noun_read_as_a_second_subject_before_a_name_describes_the_name(vocab):
    rows = [
        ("The", "the", 1, "det", "DET"),
        ("breakaway", "breakaway", 4, "nsubj", "NOUN"),
        ("Liberation", "Liberation", 3, "compound", "PROPN"),
        ("Front", "Front", 4, "nsubj", "PROPN"),
        ("rejected", "reject", 4, "ROOT", "VERB"),
        ("the", "the", 6, "det", "DET"),
        ("deal", "deal", 4, "dobj", "NOUN"),
    ]
    doc = _tagged(make_doc(vocab, rows), ["DT", "NN", "NNP", "NNP", "VBD", "DT", "NN"])
    repair(doc)
    assert [c.text for c in doc[4].children if c.dep_ == "nsubj"] == ["Front"]
    assert (doc[1].dep_, doc[1].head.text) == ("compound", "Front")
    assert doc[0].head.text == "Front"


def test_a_group_described_by_a_noun_before_its_name_acts(nlp):
    text = "The breakaway Ogaden National Liberation Front rejected the peace deal."
    [rejected] = code_text(text, date="2024-05-08", nlp=nlp)
    assert rejected.event == "REJECT"
    assert [(a.code, a.sector) for a in rejected.actor] == [("ETH", "REB")]


def test_a_crowds_act_read_as_a_relative_is_the_verb_with_verbs_of_its_own(nlp):
    # the parser makes "protested" a reduced relative on "group" and leaves the sentence
    # with no verb; the participle and the "as" clause under it are its own
    text = (
        "A small group of students protested at the embassy in Lima, chanting slogans as "
        "the delegation left."
    )
    [protest] = [e for e in code_text(text, date="2024-05-08", nlp=nlp) if e.event == "PROTEST"]
    assert [(a.code, a.sector) for a in protest.actor] == [("PER", "EDU")]


def test_back_hung_on_a_participle_in_the_object_is_the_verbs_particle(nlp):
    # the parser hangs "back" on "rescued", inside the object; the migrants were sent back
    text = "Malta on Friday sent a boatload of migrants rescued at sea back to Libya."
    [sent] = [e for e in code_text(text, date="2009-05-09", nlp=nlp) if e.event == "COERCE"]
    assert (sent.mode, sent.event_text) == ("deport", "sent migrants back")


def test_where_those_held_for_a_charge_are_handed_over_hangs_on_the_handing(vocab):
    # "Libya handed over the men accused of the bombing to U.N. officials", as the small
    # model parses it: "to U.N. officials" on "accused"
    rows = [
        ("Libya", "Libya", 1, "nsubj", "PROPN"),
        ("handed", "hand", 1, "ROOT", "VERB"),
        ("over", "over", 1, "prt", "ADP"),
        ("the", "the", 4, "det", "DET"),
        ("men", "man", 1, "dobj", "NOUN"),
        ("accused", "accuse", 4, "acl", "VERB"),
        ("of", "of", 5, "prep", "ADP"),
        ("the", "the", 8, "det", "DET"),
        ("bombing", "bombing", 6, "pobj", "NOUN"),
        ("to", "to", 5, "prep", "ADP"),
        ("officials", "official", 9, "pobj", "NOUN"),
    ]
    tags = ["NNP", "VBD", "RP", "DT", "NNS", "VBN", "IN", "DT", "NN", "IN", "NNS"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[9].head.text == "handed"
    # men not handed over keep the participle's "to": "saw the men accused ... to ..."
    rows[1] = ("saw", "see", 1, "ROOT", "VERB")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert doc[9].head.text == "accused"


def test_a_list_after_a_time_word_is_the_subject_of_the_clause_its_last_name_starts(vocab):
    # "closed with a declaration, after Venezuela, Brazil and Paraguay refused", as the
    # small model parses it: the first states the object of "after", "Paraguay refused" a
    # clause joined to the main verb
    rows = [
        ("Talks", "talk", 1, "nsubj", "NOUN"),
        ("closed", "close", 1, "ROOT", "VERB"),
        ("with", "with", 1, "prep", "ADP"),
        ("a", "a", 4, "det", "DET"),
        ("declaration", "declaration", 2, "pobj", "NOUN"),
        (",", ",", 4, "punct", "PUNCT"),
        ("after", "after", 4, "prep", "ADP"),
        ("Venezuela", "Venezuela", 6, "pobj", "PROPN"),
        (",", ",", 7, "punct", "PUNCT"),
        ("Brazil", "Brazil", 7, "conj", "PROPN"),
        ("and", "and", 1, "cc", "CCONJ"),
        ("Paraguay", "Paraguay", 12, "nsubj", "PROPN"),
        ("refused", "refuse", 1, "conj", "VERB"),
    ]
    tags = ["NNS", "VBD", "IN", "DT", "NN", ",", "IN", "NNP", ",", "NNP", "CC", "NNP", "VBD"]
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[7].dep_, doc[7].head.text) == ("nsubj", "refused")
    assert (doc[11].dep_, doc[11].head.text) == ("conj", "Brazil")
    assert (doc[6].dep_, doc[6].head.text) == ("mark", "refused")
    assert (doc[12].dep_, doc[12].head.text) == ("advcl", "closed")
    # a clause joined to the main verb after a list that no time word governs is its own
    rows[6] = ("with", "with", 4, "prep", "ADP")
    doc = _tagged(make_doc(vocab, rows), tags)
    repair(doc)
    assert (doc[11].dep_, doc[12].dep_) == ("nsubj", "conj")


def test_a_past_joined_to_a_demanded_subjunctive_goes_with_a_past_perfect_demand(nlp):
    # "had demanded that Russia pull its troops out ... and threatened to blow up the
    # building": the threat is the gunmen's, not Russia's
    text = (
        "The gunmen had demanded that Russia pull its troops out of Chechnya and threatened "
        "to blow up the building with everyone inside."
    )
    events = code_text(text, "2002-10-25", nlp=nlp)
    [threat] = [e for e in events if e.event == "THREATEN" and e.factuality == "asserted"]
    assert {a.sector for a in threat.actor} == {"UAF"}
