"""The actor knowledge base and resolver, on noun phrases parsed by the real pipeline."""

import datetime as dt

import pytest

from dragoman.actors import ActorResolver, load_kb
from dragoman.coder.roles import mention_tokens


@pytest.fixture(scope="module")
def resolver(nlp):
    return ActorResolver(nlp.vocab, load_kb(), nlp.make_doc)


def resolve(nlp, resolver, phrase, day=None):
    doc = nlp.make_doc(phrase)
    for _, proc in nlp.pipeline:
        if proc.__class__.__name__ != "EventCoder":
            doc = proc(doc)
    head = next(t for t in doc if t.dep_ == "ROOT")
    found = resolver.resolve(mention_tokens(head), resolver.find_names(doc), head, day)
    return {(r.entity.code, r.entity.sector) for r in found}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Russian troops", {("RUS", "MIL")}),
        ("Ukraine's army", {("UKR", "MIL")}),
        ("the Kremlin", {("RUS", "GOV")}),
        ("Downing Street", {("GBR", "GOV")}),
        ("Kiev", {("UKR", None)}),
        ("Kyiv", {("UKR", None)}),
        ("the US State Department", {("USA", "GOV")}),
        ("NATO", {("IGO", None)}),
        ("the UN Security Council", {("UNO", None)}),
        ("Hamas fighters", {("PSE", "REB")}),
        ("riot police", {("---", "COP")}),
        ("Chinese and Russian diplomats", {("CHN", "GOV"), ("RUS", "GOV")}),
        ("the head of Iran's Revolutionary Guards", {("IRN", "MIL")}),
        ("Kharkiv", {("UKR", None)}),
        ("Burma", {("MMR", None)}),
    ],
)
def test_names_titles_and_agents(nlp, resolver, phrase, expected):
    assert resolve(nlp, resolver, phrase) == expected


def test_case_matters_us_is_not_the_united_states(nlp, resolver):
    assert resolve(nlp, resolver, "the US") == {("USA", None)}
    assert resolve(nlp, resolver, "all of us") == set()


def test_office_holders_are_coded_by_the_office_held_on_the_day(nlp, resolver):
    assert resolve(nlp, resolver, "Sergei Lavrov", dt.date(2022, 7, 29)) == {("RUS", "GOV")}
    assert resolve(nlp, resolver, "Boris Johnson", dt.date(2021, 1, 10)) == {("GBR", "GOV")}
    # after the term: a former official, ELI, as the PLOVER manual says
    assert resolve(nlp, resolver, "Boris Johnson", dt.date(2024, 1, 10)) == {("GBR", "ELI")}


def test_words_that_are_also_cities_are_not_places(nlp, resolver):
    assert resolve(nlp, resolver, "Mobile phones") == set()


def test_user_actor_file_adds_entries(nlp, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "name,names,code,sector,wikidata\nNorthern Defence Brigade,NDB,LBY,PRM,\n", encoding="utf-8"
    )
    mine = ActorResolver(nlp.vocab, load_kb((str(path),)), nlp.make_doc)
    assert resolve(nlp, mine, "the NDB") == {("LBY", "PRM")}
