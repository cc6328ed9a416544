"""The coder's quality on the news sets, as regression floors.

``examples/news/articles.jsonl`` is the sample corpus the coder was developed against;
``tests/data/news_heldout.jsonl`` was written and hand-coded from the PLOVER manual by a
session that never ran the coder, and no rule was written for its sentences: it measures
how the coder does on news it has not seen. ``tests/data/news_heldout2.jsonl`` (150
stories, 1995-2025, every region) was written the same way, later, by helpers who never
ran the coder; ``tests/data/news_heldout3.jsonl`` (150 stories: Africa, Latin America,
Asia-Pacific, Europe and the Middle East, domestic politics, armed conflict and peace
talks) likewise, each sixth scored once before its errors were read;
``tests/data/news_heldout4.jsonl`` (150 stories: trade and sanctions, elections and
crackdowns, diplomacy, terrorism and policing, the former Soviet Union, South Asia) the
same way; ``tests/data/news_heldout5.jsonl`` (75 stories: the Middle East and North
Africa, eastern and central Africa, Europe and the Americas) likewise, scored once before
it was read; ``tests/data/news_heldout6.jsonl`` (150 stories: maritime and border disputes,
West and Central Africa, Latin America, international bodies, labour and civil society,
East Asia) likewise, half of it read before the end of the session that added it;
``tests/data/news_heldout7.jsonl`` (75 stories: the Middle East, Europe with Russia and
Ukraine, South and Southeast Asia) likewise, scored once and not read;
``tests/data/news_heldout8.jsonl`` (150 stories: North and East Africa, North America,
Central Asia and the Caucasus, rights bodies and courts, Iraq, Syria, Yemen and the Gulf,
the Balkans and Central Europe) likewise, half of it read before the end of the session
that added it; ``tests/data/news_heldout9.jsonl`` (75 stories: Latin America, Southeast
Asia and the Pacific, West Africa and the Sahel) likewise, scored once and not read;
``tests/data/news_heldout10.jsonl`` (150 stories: East Asia, military affairs, refugees and
migration, the eastern Mediterranean, labour and business, Central Africa) likewise, half
of it read before the end of the session that added it; ``tests/data/news_heldout11.jsonl``
(150 stories: Russia, Ukraine and Belarus, Israel, the Palestinian territories, Lebanon and
Iran, Mexico, Central America and the United States, southern Africa, protests and
crackdowns, the Andes and Brazil) likewise, written to a brief that gives a state named
alone no sector, half of it read before the end of the session that added it;
``tests/data/news_heldout12.jsonl`` (150 stories: South Asia, East Asia, West Africa and the
Sahel, Europe and the Balkans, the Gulf and the Levant, diplomacy and international bodies)
likewise, half of it read; ``tests/data/news_heldout13.jsonl`` (150 stories: Latin America
and the Caribbean, the Caucasus and Central Asia, East Africa and the Horn, Southeast Asia
and the Pacific, North Africa, domestic politics) likewise, half of it read;
``tests/data/news_heldout14.jsonl`` (150 stories: Central Africa, Israel and its neighbours,
Russia and its western neighbours, the United States and Canada, southern Africa, aid and
humanitarian diplomacy) likewise, half of it read; ``tests/data/news_heldout15.jsonl`` (150
stories: South America, East Asia, the Horn of Africa, the EU and Central Europe,
Afghanistan, Pakistan and Iran, sanctions and trade) likewise, half of it read;
``tests/data/news_heldout16.jsonl`` (150 stories: the Gulf of Guinea, the Balkans and the
South Caucasus, Southeast Asia, Iraq, Syria and the Gulf, disasters and migration,
elections and coups) likewise, one block of it read; ``tests/data/news_heldout17.jsonl``
(150 stories: China, Hong Kong and Taiwan, Mexico to Colombia, the Sahel, North Africa,
South Asia, Western Europe) likewise, half of it read; ``tests/data/news_heldout18.jsonl``
(150 stories: Iran, Iraq and the Gulf, the Great Lakes and East Africa, southern South
America, Poland, the Baltic states, Belarus, Moldova, Romania and Hungary, Pakistan,
Afghanistan and Southeast Asia, international institutions) likewise, half of it read. The floors sit a little under the figures of this version (README, "How good
is it"), so a change that makes the coder worse on any set fails here and says by how much.
"""

import pytest

from dragoman.coding import code_documents
from dragoman.evaluate import read_gold, score

from .conftest import EXAMPLES, ROOT

SETS = {
    # set: (L1, L2, L3) F1 floors
    EXAMPLES / "articles.jsonl": (0.90, 0.71, 0.62),
    ROOT / "tests" / "data" / "news_heldout.jsonl": (0.89, 0.78, 0.66),
    ROOT / "tests" / "data" / "news_heldout2.jsonl": (0.76, 0.60, 0.48),
    ROOT / "tests" / "data" / "news_heldout3.jsonl": (0.77, 0.56, 0.36),
    ROOT / "tests" / "data" / "news_heldout4.jsonl": (0.78, 0.60, 0.37),
    ROOT / "tests" / "data" / "news_heldout5.jsonl": (0.76, 0.57, 0.32),
    ROOT / "tests" / "data" / "news_heldout6.jsonl": (0.76, 0.56, 0.34),
    ROOT / "tests" / "data" / "news_heldout7.jsonl": (0.78, 0.58, 0.35),
    ROOT / "tests" / "data" / "news_heldout8.jsonl": (0.75, 0.51, 0.32),
    ROOT / "tests" / "data" / "news_heldout9.jsonl": (0.76, 0.49, 0.29),
    ROOT / "tests" / "data" / "news_heldout10.jsonl": (0.76, 0.51, 0.32),
    ROOT / "tests" / "data" / "news_heldout11.jsonl": (0.77, 0.58, 0.44),
    ROOT / "tests" / "data" / "news_heldout12.jsonl": (0.78, 0.56, 0.39),
    ROOT / "tests" / "data" / "news_heldout13.jsonl": (0.77, 0.57, 0.41),
    ROOT / "tests" / "data" / "news_heldout14.jsonl": (0.76, 0.55, 0.36),
    ROOT / "tests" / "data" / "news_heldout15.jsonl": (0.76, 0.57, 0.37),
    ROOT / "tests" / "data" / "news_heldout16.jsonl": (0.76, 0.52, 0.36),
    ROOT / "tests" / "data" / "news_heldout17.jsonl": (0.78, 0.57, 0.41),
    ROOT / "tests" / "data" / "news_heldout18.jsonl": (0.77, 0.56, 0.41),
}


@pytest.mark.parametrize("path", list(SETS), ids=lambda p: p.name)
def test_event_coding_stays_above_its_floor(nlp, path):
    gold = list(read_gold(path))
    coded = code_documents([g.document for g in gold], nlp)
    scores = score((events, g.events) for (_, events), g in zip(coded, gold, strict=True))
    got = tuple(round(scores.levels[level].f1, 3) for level in ("L1", "L2", "L3"))
    floors = SETS[path]
    print(f"\n{path.name}: L1 {got[0]} L2 {got[1]} L3 {got[2]} (floors {floors})")
    assert all(g >= f for g, f in zip(got, floors, strict=True)), (got, floors)


@pytest.mark.parametrize("path", list(SETS), ids=lambda p: p.name)
def test_negated_and_hypothetical_traps_are_not_asserted(nlp, path):
    """A gold event the text denies or only supposes must not come out as an asserted
    event of its type with the same actor. At most one leak a hundred traps (and one in
    a smaller set) is tolerated: the parser sometimes hangs a negation elsewhere, and
    the check, by type and actor, takes a like event told as fact for a leak. The like
    event must be told in a sentence that names the trap's actor (or by its words): a
    mob's seizure of a farmer is no leak of "officers did not arrest" told elsewhere."""
    gold = list(read_gold(path))
    coded = code_documents([g.document for g in gold], nlp)
    traps = leaks = 0
    for (_, events), g in zip(coded, gold, strict=True):
        for trap in (e for e in g.events if e.factuality != "asserted"):
            traps += 1
            actors = {a.code for a in trap.actor}
            words = [a.text for a in trap.actor if a.text]
            if any(
                e.event == trap.event
                and e.factuality == "asserted"
                and actors & {a.code for a in e.actor}
                and not any(x.event == e.event and x.factuality == "asserted" for x in g.events)
                # (told where the trap's actor is named, or by the same words: not a
                # like act of that state in a sentence of its own)
                and (
                    not words
                    or any(w in (e.sentence or "") for w in words)
                    or any(a.text in words for a in e.actor)
                )
                for e in events
            ):
                leaks += 1
    print(f"\n{path.name}: {leaks} of {traps} traps leaked")
    assert traps >= 15 and leaks <= max(1, traps // 100)
