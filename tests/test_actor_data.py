"""Checks of the packaged actor tables: schema, codes, dates in order, no clashing terms."""

import csv
import datetime as dt
from collections import defaultdict

import pytest

from dragoman.actors.kb import INTERNATIONAL_CODES
from dragoman.data import data_path

SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "CVL", "PTY", "ELI", "SPY", "PRM", "UAF",
    "REL", "MED", "EDU", "LAB", "AGR", "BUS", "JRN", "REF", "CRM", "SOC", "NGO", "UNK",
    "PRE",  # the tables' breakaway statelets ("Donetsk People's Republic")
}  # fmt: skip
NON_STATE = {"IGO", "UNO", "EUR", "NGO", "IMG", "ISM", "MNC"}
# offices one person holds at a time in a state; overlaps are only real acting/disputed terms
SINGLE_OFFICES = ("foreign minister", "defence minister", "interior minister")


def table(name):
    with open(data_path("actors", name), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def codes():
    return {row["code"] for row in table("countries.csv")} | NON_STATE


def day(text):
    return dt.date.fromisoformat(text) if text else None


def test_people_rows_are_valid(codes):
    rows = table("people.csv")
    assert len(rows) >= 1200
    for n, row in enumerate(rows, start=2):
        assert row["name"] and row["office"], n
        assert row["code"] in codes, (n, row["code"])
        # empty only for an international body's office (no state's government)
        assert row["sector"] in SECTORS or (
            not row["sector"] and row["code"] in INTERNATIONAL_CODES
        ), (n, row["sector"])
        start, end = day(row["start"]), day(row["end"])
        if end is not None:
            assert start is not None and start <= end, (n, row["name"])
        assert not row["wikidata"] or row["wikidata"].startswith("Q"), n


def test_people_cover_sixty_states_with_their_main_offices():
    offices = defaultdict(set)
    for row in table("people.csv"):
        offices[row["code"]].add(row["office"])
    heads = {c for c, o in offices.items() if o & {"head of state", "head of government"}}
    assert len(heads - NON_STATE) >= 60
    # every G20 state and permanent Security Council member has its foreign minister
    for code in ("USA", "RUS", "CHN", "GBR", "FRA", "DEU", "JPN", "IND", "BRA", "TUR", "SAU"):
        assert "foreign minister" in offices[code], code


def test_no_two_people_hold_a_ministry_at_once():
    terms = defaultdict(list)
    for row in table("people.csv"):
        if row["office"] in SINGLE_OFFICES and row["start"]:
            terms[(row["code"], row["office"])].append(row)
    clashes = []
    for rows in terms.values():
        rows.sort(key=lambda r: r["start"])
        for a, b in zip(rows, rows[1:], strict=False):
            if a["name"] != b["name"] and b["start"] < (a["end"] or "9999"):
                clashes.append((a["name"], b["name"]))
    assert clashes == []


def test_organisation_and_division_rows_are_valid(codes):
    for n, row in enumerate(table("organisations.csv"), start=2):
        assert row["code"] in codes, (n, row["code"])
        assert not row["sector"] or row["sector"] in SECTORS, (n, row["sector"])
        start, end = day(row.get("start") or ""), day(row.get("end") or "")
        assert start is None or end is None or start <= end, n
    for n, row in enumerate(table("divisions.csv"), start=2):
        assert row["code"] in codes and row["name"], n
    kinds = {row["kind"] for row in table("not_actors.csv")}
    assert kinds == {
        "feature",
        "idiom",
        "sport",
        "sport-weak",
        "tally",
        "trait",
        "polity",
        "document",
        "region",
        "continent",
        "settlement",
        "creed",
        "surname-word",
        "held-site",
        "territorial",
        "everyone",
        "hub",
    }


def test_agent_terms_are_each_listed_once_with_a_known_sector():
    seen: dict[str, int] = {}
    for n, row in enumerate(table("agents.csv"), start=2):
        assert row["sector"] in SECTORS, (n, row["sector"])
        assert row["term"] not in seen, f"'{row['term']}' on lines {seen.get(row['term'])} and {n}"
        seen[row["term"]] = n
