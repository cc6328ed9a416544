"""Probe sets the team wrote (tests/probes/*.csv): resolution accuracy on many wordings.

Each set is scored as a whole and must reach its floor; the misses are printed, so a
drop shows which probes broke. The floors are what the issues ask (95%) where reached,
otherwise the measured level, raised as the resolver improves (see the issue notes).
"""

import csv
import datetime as dt
from pathlib import Path

import pytest

from dragoman.coder.reference import build_context
from dragoman.coder.roles import mention_tokens
from dragoman.when import event_date
from dragoman.where import locate

PROBES = Path(__file__).parent / "probes"


def rows(name):
    with open(PROBES / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def parse(nlp, text):
    with nlp.select_pipes(disable=["dragoman"]):
        return nlp(text)


def score(misses, total, floor, label):
    accuracy = 1 - len(misses) / total
    print(f"{label}: {accuracy:.3f} of {total}")
    for miss in misses[:40]:
        print("  miss:", miss)
    assert accuracy >= floor, f"{label} accuracy {accuracy:.3f} < {floor}"


# issue 4 asks 0.95; measured on 2026-11-28: 0.984 of 743 (team's set), 0.985 of 388
# (held-out set; 0.719 before the resolver work). Floors a little under, for noise.
# actors_heldout.csv was written before the resolver was tuned and is never tuned to row by
# row: it measures how the resolver does on mentions nobody fitted it to
ACTOR_FLOORS = {"actors.csv": 0.97, "actors_heldout.csv": 0.96}


def actor_misses(nlp, probes):
    """The probes whose mention resolves to another (code, sector) than expected."""
    coder = nlp.get_pipe("dragoman")
    misses = []
    for probe in probes:
        doc = parse(nlp, probe["sentence"])
        start = probe["sentence"].index(probe["mention"])
        span = doc.char_span(start, start + len(probe["mention"]), alignment_mode="expand")
        found = coder.resolve_span(span, dt.date.fromisoformat(probe["date"]))
        got = (found[0].entity.code, found[0].entity.sector) if found else (None, None)
        expected = (probe["code"] or None, probe["sector"] or None)
        ok = got[0] == expected[0] and (expected[0] is None or got[1] == expected[1])
        if not ok:
            misses.append((probe["mention"], probe["date"], expected, got))
    return misses


@pytest.mark.parametrize("name", sorted(ACTOR_FLOORS))
def test_actor_probes(nlp, name):
    probes = rows(name)
    assert len(probes) >= 250
    score(actor_misses(nlp, probes), len(probes), ACTOR_FLOORS[name], name)


DATE_FLOOR = 0.95


def test_date_probes(nlp):
    probes = rows("dates.csv")
    assert len(probes) >= 150
    misses = []
    for probe in probes:
        doc = parse(nlp, probe["sentence"])
        sent = next(doc.sents)
        head = sent.root
        if head.lemma_ == "say":  # "..., officials said": the event is the reported clause
            head = next((c for c in head.children if c.dep_ == "ccomp"), head)
        published = dt.date.fromisoformat(probe["published"])
        future = any(c.lower_ in ("will", "'ll", "shall") for c in head.children if c.dep_ == "aux")
        found = event_date(head, sent, published, future=future)
        got = (found.date, found.precision) if found else (published.isoformat(), "day")
        if got != (probe["date"], probe["precision"]):
            misses.append(
                (probe["sentence"], probe["published"], (probe["date"], probe["precision"]), got)
            )
    score(misses, len(probes), DATE_FLOOR, "dates")


PLACE_FLOOR = 0.95


@pytest.mark.parametrize("name", ["places.csv"])
def test_place_probes(nlp, name):
    coder = nlp.get_pipe("dragoman")
    probes = rows(name)
    assert len(probes) >= 150
    misses = []
    for probe in probes:
        doc = parse(nlp, probe["sentence"])
        head = next(doc.sents).root
        arguments = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        excluded = {t.i for a in arguments for t in mention_tokens(a)}
        context = build_context(doc, coder.resolver, coder.resolver.find_names(doc))
        loc = locate(head, excluded, context.states, coder.places)
        # the place as written (the gazetteer's own name may carry accents: "Bogotá")
        got = (loc["extracted_place"].split(",")[0], loc["country_code"]) if loc else ("", "")
        if got != (probe["place"], probe["country"]):
            misses.append((probe["sentence"], (probe["place"], probe["country"]), got))
    score(misses, len(probes), PLACE_FLOOR, "places")
