"""Event places, with the real pipeline and the GeoNames gazetteer."""

import pytest

from dragoman.coding import code_text
from dragoman.where import gazetteer


def located(nlp, text):
    events = [e for e in code_text(text, date="2024-05-10", nlp=nlp) if e.factuality == "asserted"]
    assert events, text
    return events[0].event_loc


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "Thousands of protesters marched in the northern city of Kirkuk on Sunday.",
            "Kirkuk",
            "IRQ",
        ),
        ("Russian troops shelled villages near the city of Kharkiv.", "Kharkiv", "UKR"),
        ("M23 rebels fought Congolese troops near Goma on Monday.", "Goma", "COD"),
        ("Police arrested two protesters in Paris, Texas, on Friday.", "Paris", "USA"),
        ("Police arrested two protesters in Paris on Friday.", "Paris", "FRA"),
    ],
)
def test_the_place_phrase_of_the_clause_is_resolved(nlp, text, place, country):
    loc = located(nlp, text)
    assert (loc["resolved_place"], loc["country_code"]) == (place, country)
    assert loc["feature_class"] == "P" and loc["geonameid"] and loc["lat"] is not None


def test_a_us_state_named_in_the_story_picks_the_us_town(nlp):
    loc = located(nlp, "Police in Texas arrested two protesters in Paris on Friday.")
    assert (loc["country_code"], loc["admin1"]) == ("USA", "TX")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Russian troops shelled positions in Georgia on Friday.", "GEO"),
        ("Police arrested two protesters in Georgia and Alabama on Friday.", "USA"),
    ],
)
def test_georgia_is_the_state_unless_the_story_names_another_us_state(nlp, text, country):
    # a name that is both a country and a US state does not make a US story by itself
    assert located(nlp, text)["country_code"] == country


@pytest.mark.parametrize(
    "text",
    ["Moscow accused Kyiv of shelling the region.", "Kyiv urged Moscow to withdraw its troops."],
)
def test_a_place_that_is_an_actor_or_recipient_is_no_location(nlp, text):
    assert located(nlp, text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian forces shelled Kharkiv on Tuesday.", "Kharkiv"),
        ("Israeli troops raided Jenin overnight.", "Jenin"),
        ("Artillery pounded the outskirts of Donetsk.", "Donetsk"),
    ],
)
def test_an_attack_or_raid_on_a_place_happens_there(nlp, text, place):
    loc = located(nlp, text)
    assert loc is not None and loc["extracted_place"] == place


def test_a_relative_clause_keeps_its_own_place_and_date(nlp):
    text = "The two leaders, who last met in Geneva in 2021, spoke by phone on Thursday."
    event = [
        e for e in code_text(text, date="2022-07-29", nlp=nlp) if e.event_text.startswith("spoke")
    ][0]
    assert event.event_loc is None
    assert (event.date, event.date_precision) == ("2022-07-28", "day")


def test_gazetteer_prefers_the_named_state_then_the_largest():
    places = gazetteer()
    assert places.lookup("Tripoli").country_code == "LBY"
    assert places.lookup("Tripoli", {"LBN"}).country_code == "LBN"
    assert places.lookup("Xanadu Nowhere") is None


def test_a_small_town_of_a_named_state_does_not_hide_a_world_city(nlp):
    places = gazetteer()
    # the US has small towns called Geneva, Vienna and Paris; a story naming the US means
    # the cities, unless the name is qualified
    assert places.lookup("Geneva", {"USA"}).country_code == "CHE"
    assert places.lookup("Vienna", {"USA", "IRN"}).country_code == "AUT"
    assert places.lookup("Paris", {"USA"}, qualifier="Texas").country_code == "USA"
    (meeting,) = code_text("Chinese officials met U.S. envoys in Geneva.", nlp=nlp)
    assert meeting.event_loc["country_code"] == "CHE"
    # a visit is to the host's state: Switzerland hosts here, so neither side is a visitor
    assert meeting.mode is None
    assert {e.code for e in meeting.actor} == {"CHN", "USA"}


def test_a_town_known_by_the_name_only_as_another_name_yields_to_the_city_of_it():
    places = gazetteer()
    # Anantnag (India) and Chattogram (Bangladesh) are also called Islamabad; a story
    # naming India or Bangladesh still means Pakistan's capital by "Islamabad"
    assert places.lookup("Islamabad", {"IND"}).name == "Islamabad"
    assert places.lookup("Islamabad", {"BGD"}).country_code == "PAK"
    # an other name is still read in its state where no city of that very name is larger
    assert places.lookup("Bombay", {"IND"}).name == "Mumbai"
    assert places.lookup("Calcutta", {"IND"}).name == "Kolkata"


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # the county is no town of the gazetteer, and the Cornwall that is (Ontario) is
        # not in England: the state the text names is kept, if coarser
        ("Police arrested 12 protesters in Cornwall, southwest England.", "England", "GBR"),
        # the parser reads the state as a second place of a list
        ("Police arrested 12 protesters in Moscow, Idaho, on Saturday.", "Moscow", "USA"),
    ],
)
def test_a_qualifier_names_the_state_of_the_place(nlp, text, place, country):
    loc = located(nlp, text)
    assert place in loc["resolved_place"] and loc["country_code"] == country


def test_a_list_of_places_is_no_place_with_its_state(nlp):
    loc = located(nlp, "Police arrested 12 protesters in Paris, Berlin and Rome on Saturday.")
    assert (loc["resolved_place"], loc["country_code"]) == ("Paris", "FRA")


def test_a_qualified_town_gives_its_state_to_the_people_in_it(nlp):
    text = "Police arrested 12 protesters in Moscow, Idaho, on Saturday."
    (arrest,) = [e for e in code_text(text, nlp=nlp) if e.event == "COERCE"]
    assert [e.code for e in arrest.actor] == ["USA"]
    assert [e.code for e in arrest.recipient] == ["USA"]


@pytest.mark.parametrize(
    ("text", "resolved", "country", "level"),
    [
        ("Russian troops shelled villages in the Kharkiv region.", "Kharkiv Oblast", "UKR", "A"),
        ("Thousands marched in Kharkiv on Sunday.", "Kharkiv", "UKR", "P"),
        ("Government troops clashed with rebels in Tigray.", "Tigray Region", "ETH", "A"),
        ("Syrian jets bombed a market in Idlib province.", "Idlib Governorate", "SYR", "A"),
        ("Police arrested 20 people in Borno State on Monday.", "Borno State", "NGA", "A"),
        ("Israeli jets struck targets in the Gaza Strip.", "Gaza Strip", "PSE", "A"),
    ],
)
def test_first_level_divisions_by_name_and_kind_word(nlp, text, resolved, country, level):
    loc = located(nlp, text)
    assert (loc["resolved_place"], loc["country_code"], loc["feature_class"]) == (
        resolved,
        country,
        level,
    )
    assert loc["lat"] is not None and loc["admin1"]  # placed at the division's seat


def test_regions_table_is_consistent():
    from dragoman.data import data_path, read_csv

    places = gazetteer()
    rows = list(read_csv(data_path("places", "regions.csv"), ("name", "country", "kind", "seat")))
    assert len(rows) > 500
    seen = set()
    for line, row in rows:
        key = (row["name"], row["country"])
        assert key not in seen, f"regions.csv:{line} repeats {key}"
        seen.add(key)
        assert row["kind"] in {
            "province",
            "state",
            "region",
            "oblast",
            "governorate",
            "territory",
            "district",
            "county",
            "area",
        }, line
        if row["seat"]:  # the seat is a GeoNames town of the same state
            assert any(
                p.country_code == row["country"] and p.level == "city"
                for p in places.by_name.get(row["seat"], [])
            ), f"regions.csv:{line}: seat {row['seat']!r} not in {row['country']}"


def test_a_province_outranks_small_towns_of_its_name_abroad(nlp):
    loc = located(nlp, "Biden met Xi Jinping at a summit in Bali on Monday.")
    assert loc["country_code"] == "IDN"


def test_waters_named_with_of_are_no_town_and_no_state(nlp):
    from dragoman.coding import code_text

    drills = code_text(
        "India and the United States held joint naval exercises in the Bay of Bengal.",
        date="2024-05-10",
        nlp=nlp,
    )
    assert drills[0].event_loc is None  # not the Philippine town of Bay
    piracy = code_text("Pirates attacked a tanker in the Gulf of Guinea.", nlp=nlp)
    assert [a.code for a in piracy[0].actor] == ["---"]  # not Guinea's


def test_a_building_named_with_the_and_of_is_no_town_of_its_first_word(nlp):
    text = "Gunmen killed 58 tourists at the Temple of Hatshepsut on Monday."
    events = [e for e in code_text(text, date="1997-11-18", nlp=nlp) if e.event == "ASSAULT"]
    assert events and events[0].event_loc is None  # not Temple, Texas
    assert all(a.code != "USA" for e in events for a in e.actor)


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a surname the story gives a person is no town (İmamoğlu, Turkey)
        ("Mayor Ekrem Imamoglu criticised the court. Police detained Imamoglu.", "detained", None),
        # an organisation of the actor tables is no town (Hamm, Germany, is also "Hamas")
        ("Israeli troops resumed their offensive against Hamas on Friday.", "resumed", None),
        # a bare bearing is no town's name (North Salt Lake, Utah, is also "North")
        (
            "North Korea tested a bomb. The Security Council banned the sale of arms to the North.",
            "banned",
            None,
        ),
        # a demonym before a place noun names no place (Alor Setar is also "Thai")
        ("Cambodian forces fired rockets into Thai villages.", "fired", None),
        ("Leaders met in the Kazakh capital Alma-Ata on Saturday.", "met", ("Almaty", "KAZ")),
        # a possessive is part of the name, or the town a part belongs to
        (
            "The UN rushed aid to refugees near Cox's Bazar on Monday.",
            "rushed",
            ("Cox’s Bāzār", "BGD"),
        ),
        ("Crowds looted shops in Honiara's Chinatown district.", "looted", ("Honiara", "SLB")),
        # a state's name outranks the small towns named after it in a state the story names
        (
            "The U.S. condemned the raid. Israeli jets bombed villages in southern Lebanon.",
            "bombed",
            ("Lebanon", "LBN"),
        ),
    ],
)
def test_names_that_are_no_town(nlp, text, trigger, place):
    event = next(e for e in code_text(text, nlp=nlp) if e.event_text.startswith(trigger))
    found = event.event_loc and (event.event_loc["resolved_place"], event.event_loc["country_code"])
    assert found == place


def test_a_small_town_abroad_in_a_story_of_another_state_is_a_local_namesake(nlp):
    # GeoNames' only Degan is a town of 84,000 in China, a state the story never names
    text = (
        "Pakistan's army launched an offensive on Sunday. Jet fighters pounded hideouts "
        "in the Degan area near the Afghan border."
    )
    events = [e for e in code_text(text, date="2014-06-16", nlp=nlp) if "pound" in e.event_text]
    (strike,) = events
    assert strike.event_loc is None
    assert [e.code for e in strike.actor] == ["PAK"]
    # a town abroad of the size news names without its state is still found
    text = "A roadside bomb near the town of Samarra killed a U.S. soldier on Sunday."
    assert located(nlp, text)["country_code"] == "IRQ"
