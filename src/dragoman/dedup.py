"""From mentions to events: reports of the same real event grouped into one cluster.

Fifty outlets reporting one meeting are fifty mentions and one event. Every mention stays
a record of its own; mentions of one event share ``events.cluster``, and the ``clusters``
table holds the event: its type, date, codes, score, ``num_mentions``, ``num_sources``
(distinct outlets), first and last report day and a representative sentence.

Two asserted mentions may report the same event only when nothing tells them apart
(``compatible``): the same PLOVER type, event dates within a window that grows with the
date's precision, actor codes and recipient codes that intersect where both are known,
the same country and a nearby place where both are known, not two events of one
sentence. Among compatible mentions a score (``similarity``) weighs agreement of codes,
dates, places, mode and wording (shared word stems of the sentences); a mention joins the
best cluster it is compatible with every member of (complete linkage) if its score with
one member reaches ``MERGE_AT``, else it starts a new event. In doubt, events stay apart.

Negated and hypothetical mentions are not events and get no cluster.

``update`` is incremental: it clusters the mentions of the documents just written
against the clusters already stored and refreshes only the clusters it touched, including
those that lost members because a document was coded again.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING, Any

from spacy.lang.en.stop_words import STOP_WORDS

if TYPE_CHECKING:
    from .store import Store

__all__ = ["MERGE_AT", "DedupReport", "Mention", "compatible", "rebuild", "similarity", "update"]

# days two event dates may differ by, by the coarser precision of the two: a date taken
# from the text names the day; one that fell back to the publication day may trail it
WINDOW_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}
PUBLICATION_WINDOW = 2
MAX_WINDOW = max(WINDOW_DAYS.values())
NEAR_KM = 100  # two resolved places farther apart than this are two events
MERGE_AT = 0.62
# how much each kind of agreement weighs in the similarity (they sum to 1)
WEIGHTS = {"actor": 0.2, "recipient": 0.15, "date": 0.1, "place": 0.2, "words": 0.35}
NO_CODE = "---"
_WORD = re.compile(r"[a-z0-9]+")
STEM = 5  # words compared by their first letters: 'shelled', 'shelling' -> 'shell'
_SUFFIX = re.compile(r"(ing|ed|es|s)$")


@lru_cache(maxsize=65536)  # stored mentions come back as candidates batch after batch
def stems(text: str | None) -> frozenset[str]:
    """The content words of a sentence, without an inflection, cut to their first letters."""
    words = _WORD.findall((text or "").lower())
    return frozenset(_SUFFIX.sub("", w)[:STEM] for w in words if len(w) > 2 and w not in STOP_WORDS)


@dataclass
class Mention:
    """What deduplication knows of one asserted event mention."""

    id: str
    doc_id: str
    event: str
    date: dt.date | None
    precision: str | None = "day"
    date_source: str | None = "text"
    actors: frozenset[str] = frozenset()  # known codes: not empty, not '---'
    recipients: frozenset[str] = frozenset()
    has_recipient: bool = False
    mode: str | None = None
    place: dict[str, Any] | None = None
    start: int | None = None
    words: frozenset[str] = frozenset()
    sentence: str = ""
    cluster: str | None = None

    @property
    def window(self) -> int:
        days = WINDOW_DAYS.get(self.precision or "day", 1)
        if self.date_source != "text":
            days = max(days, PUBLICATION_WINDOW)
        return days


def _codes(values: Iterable[str] | None) -> frozenset[str]:
    return frozenset(c for c in values or () if c and c != NO_CODE)


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    try:
        lat1, lon1, lat2, lon2 = (
            math.radians(float(x)) for x in (a["lat"], a["lon"], b["lat"], b["lon"])
        )
    except (KeyError, TypeError, ValueError):
        return None
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


def compatible(a: Mention, b: Mention) -> bool:
    """False where anything known tells the two mentions apart."""
    if a.event != b.event:
        return False
    if a.doc_id == b.doc_id and a.start == b.start:
        return False  # two events of one sentence are two events
    if a.date is None or b.date is None:
        return False
    if abs((a.date - b.date).days) > max(a.window, b.window):
        return False
    if a.actors and b.actors and not a.actors & b.actors:
        return False
    if a.recipients and b.recipients and not a.recipients & b.recipients:
        return False
    if a.place and b.place:
        ca, cb = a.place.get("country_code"), b.place.get("country_code")
        if ca and cb and ca != cb:
            return False
        km = _km(a.place, b.place)
        if km is not None and km > NEAR_KM:
            return False
    return True


def _side(ours: frozenset[str], theirs: frozenset[str], both_empty: float) -> float:
    if ours and theirs:
        return 1.0 if ours == theirs else 0.75
    if not ours and not theirs:
        return both_empty
    return 0.25  # one report names who, the other does not: weak evidence


def similarity(a: Mention, b: Mention) -> float:
    """How alike two compatible mentions are, from 0 to 1 (see ``WEIGHTS``)."""
    parts = {
        "actor": _side(a.actors, b.actors, 0.4),
        # no recipient in either report agrees more than two unnamed ones
        "recipient": _side(
            a.recipients, b.recipients, 0.6 if not (a.has_recipient or b.has_recipient) else 0.4
        ),
    }
    window = max(a.window, b.window)
    parts["date"] = 1.0 - abs((a.date - b.date).days) / (2 * window) if a.date and b.date else 0.0
    parts["place"] = _place(a, b)
    union = a.words | b.words
    parts["words"] = 2 * len(a.words & b.words) / (len(a.words) + len(b.words)) if union else 0.0
    total = sum(WEIGHTS[k] * v for k, v in parts.items())
    if a.mode and b.mode and a.mode != b.mode:
        total -= 0.1
    return total


def _entity_place(entities: list[dict[str, Any]]) -> dict[str, Any] | None:
    """A city named as actor or recipient ('shelled Kharkiv') is where the event was,
    when the clause named no place of its own."""
    from .where import gazetteer

    for entity in entities:
        name = entity.get("name")
        place = gazetteer().lookup(name, prefer=[entity.get("code")]) if name else None
        if (
            place is not None
            and place.feature_class == "P"
            and place.country_code == entity.get("code")
        ):
            return place.location(entity.get("text") or name)
    return None


def _place(a: Mention, b: Mention) -> float:
    if a.place and b.place:
        same = a.place.get("geonameid") and a.place.get("geonameid") == b.place.get("geonameid")
        return 1.0 if same else 0.7
    if a.place or b.place:
        # one report resolved a place: does the other name it at all?
        known, other = (a, b) if a.place else (b, a)
        if known.place.get("feature_class") != "P":
            return 0.5  # a state: says little more than the codes
        name = known.place.get("resolved_place") or known.place.get("extracted_place") or ""
        return 1.0 if name and name.lower() in other.sentence.lower() else 0.25
    return 0.5


@dataclass
class _Cluster:
    id: str
    members: list[Mention] = field(default_factory=list)

    def score(self, mention: Mention) -> float | None:
        if not all(compatible(mention, m) for m in self.members):
            return None
        return max(similarity(mention, m) for m in self.members)


@dataclass
class DedupReport:
    mentions: int = 0  # asserted mentions clustered
    joined: int = 0  # of them, joined an existing event
    created: int = 0  # new events
    refreshed: int = 0  # cluster rows rewritten
    assigned: dict[str, str] = field(default_factory=dict)  # mention id -> cluster id


_MENTION_SQL = """
    SELECT e.id, e.doc_id, e.event, e.date, e.date_precision, e.date_source, e.actor_codes,
           e.recipient_codes, e.mode, e.event_loc, e.start_char, e.sentence, e.event_text,
           e.cluster, e.actor, e.recipient
    FROM events e JOIN documents d ON d.id = e.doc_id
    WHERE e.factuality = 'asserted'
"""
_ORDER = " ORDER BY e.date, d.date, e.doc_id, e.seq"


def _mention(row: tuple) -> Mention:
    (
        id_,
        doc_id,
        event,
        date,
        precision,
        source,
        actors,
        recipients,
        mode,
        loc,
        start,
        sentence,
        trigger,
        cluster,
        actor_json,
        recipient_json,
    ) = row
    place = json.loads(loc) if isinstance(loc, str) else loc
    if not place:
        place = _entity_place(json.loads(recipient_json or "[]") + json.loads(actor_json or "[]"))
    return Mention(
        id=id_,
        doc_id=doc_id,
        event=event,
        date=date,
        precision=precision,
        date_source=source,
        actors=_codes(actors),
        recipients=_codes(recipients),
        has_recipient=bool(recipients),
        mode=mode,
        place=place or None,
        start=start,
        words=stems(sentence) | stems(trigger),
        sentence=sentence or "",
        cluster=cluster,
    )


def update(store: Store, doc_ids: Sequence[str]) -> DedupReport:
    """Cluster the asserted mentions of these (just written) documents into events."""
    report = DedupReport()
    if not doc_ids:
        return report
    con = store.con
    ids = list(dict.fromkeys(doc_ids))
    marks = ", ".join("?" for _ in ids)
    con.execute("BEGIN TRANSACTION")
    try:
        # clusters that held mentions of these documents before they were rewritten
        stale = [
            r[0]
            for r in con.execute(
                "SELECT id FROM clusters WHERE list_has_any(doc_ids, CAST(? AS VARCHAR[]))", [ids]
            ).fetchall()
        ]
        con.execute(f"UPDATE events SET cluster = NULL WHERE doc_id IN ({marks})", ids)
        # mentions left unclustered earlier (a run stopped between the two commits, or a
        # store from before deduplication) are taken along
        new = [
            _mention(r)
            for r in con.execute(
                f"{_MENTION_SQL} AND (e.doc_id IN ({marks}) OR e.cluster IS NULL){_ORDER}", ids
            ).fetchall()
        ]
        clusters = _candidates(store, new)
        assigned = _assign(new, clusters, _next_number(store), report)
        if assigned:
            con.execute("CREATE OR REPLACE TEMP TABLE dedup_assign (id VARCHAR, cluster VARCHAR)")
            # one statement with the columns as lists: executemany runs one a row
            con.execute(
                "INSERT INTO dedup_assign SELECT unnest(CAST(? AS VARCHAR[])), "
                "unnest(CAST(? AS VARCHAR[]))",
                [[a for a, _ in assigned], [c for _, c in assigned]],
            )
            con.execute(
                "UPDATE events SET cluster = a.cluster FROM dedup_assign a WHERE events.id = a.id"
            )
            con.execute("DROP TABLE dedup_assign")
        report.assigned = dict(assigned)
        touched = sorted(set(stale) | {c for _, c in assigned})
        report.refreshed = _refresh(store, touched)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return report


def rebuild(store: Store) -> DedupReport:
    """Forget every cluster and group all stored mentions again."""
    store.con.execute("UPDATE events SET cluster = NULL WHERE cluster IS NOT NULL")
    store.con.execute("DELETE FROM clusters")
    doc_ids = [
        r[0] for r in store.con.execute("SELECT id FROM documents ORDER BY date, id").fetchall()
    ]
    return update(store, doc_ids)


def _candidates(store: Store, new: list[Mention]) -> dict[str, list[_Cluster]]:
    """Stored clusters a new mention could join, by event type: those with a member of
    its type dated within the wider of the two mentions' windows. The window is looked up
    per mention, so a batch costs what its own dates need, not a year of the store."""
    dated = [m for m in new if m.date]
    if not dated:
        return {}
    con = store.con
    con.execute("CREATE OR REPLACE TEMP TABLE dedup_new (event VARCHAR, date DATE, days INTEGER)")
    rows = sorted({(m.event, m.date, m.window) for m in dated})
    con.execute(
        "INSERT INTO dedup_new SELECT unnest(CAST(? AS VARCHAR[])), unnest(CAST(? AS DATE[])), "
        "unnest(CAST(? AS INTEGER[]))",
        [[r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]],
    )
    windows = " ".join(f"WHEN '{k}' THEN {v}" for k, v in WINDOW_DAYS.items())
    near = con.execute(
        f"""
        SELECT DISTINCT e.cluster FROM events e JOIN dedup_new n ON e.event = n.event
        WHERE e.factuality = 'asserted' AND e.cluster IS NOT NULL
          AND abs(datediff('day', n.date, e.date)) <= greatest(
              n.days,
              CASE WHEN e.date_source != 'text' THEN {PUBLICATION_WINDOW} ELSE 0 END,
              CASE coalesce(e.date_precision, 'day') {windows} ELSE 1 END)
        """
    ).fetchall()
    con.execute("DROP TABLE dedup_new")
    if not near:
        return {}
    rows = con.execute(
        f"{_MENTION_SQL} AND e.cluster IN (SELECT unnest(CAST(? AS VARCHAR[]))){_ORDER}",
        [[r[0] for r in near]],
    ).fetchall()
    by_id: dict[str, _Cluster] = {}
    for row in rows:
        mention = _mention(row)
        by_id.setdefault(mention.cluster, _Cluster(mention.cluster)).members.append(mention)
    out: dict[str, list[_Cluster]] = {}
    for cluster in by_id.values():
        out.setdefault(cluster.members[0].event, []).append(cluster)
    return out


def _assign(
    new: list[Mention], clusters: dict[str, list[_Cluster]], number: int, report: DedupReport
) -> list[tuple[str, str]]:
    assigned = []
    for mention in new:
        report.mentions += 1
        best, best_score = None, MERGE_AT
        for cluster in clusters.get(mention.event, []):
            score = cluster.score(mention)
            if score is not None and score >= best_score:
                best, best_score = cluster, score
        if best is None:
            best = _Cluster(f"c-{number:06d}")
            number += 1
            clusters.setdefault(mention.event, []).append(best)
            report.created += 1
        else:
            report.joined += 1
        best.members.append(mention)
        mention.cluster = best.id
        assigned.append((mention.id, best.id))
    return assigned


def _next_number(store: Store) -> int:
    row = store.con.execute(
        "SELECT max(CAST(substr(id, 3) AS INTEGER)) FROM clusters WHERE id LIKE 'c-%'"
    ).fetchone()
    return (row[0] or 0) + 1


# the event's fields from its mentions: the most precise date (text before publication),
# the known codes of all its reports, the representative report's mode and score
_REFRESH_SQL = """
INSERT INTO clusters
SELECT e.cluster,
       any_value(e.event),
       first(e.mode ORDER BY e.confidence DESC NULLS LAST, d.date, e.id),
       first(e.date ORDER BY CASE e.date_precision WHEN 'day' THEN 0 WHEN 'week' THEN 1
                                  WHEN 'month' THEN 2 ELSE 3 END,
                             e.date_source = 'text' DESC, e.date, e.id),
       first(e.date_precision ORDER BY CASE e.date_precision WHEN 'day' THEN 0 WHEN 'week' THEN 1
                                  WHEN 'month' THEN 2 ELSE 3 END,
                             e.date_source = 'text' DESC, e.date, e.id),
       {actor_codes},
       {recipient_codes},
       any_value(e.quad_code),
       first(e.goldstein ORDER BY e.confidence DESC NULLS LAST, d.date, e.id),
       count(*),
       count(DISTINCT coalesce(d.source, d.id)),
       count(DISTINCT d.id),
       min(d.date),
       max(d.date),
       first(e.id ORDER BY e.confidence DESC NULLS LAST, d.date, e.id),
       first(e.sentence ORDER BY e.confidence DESC NULLS LAST, d.date, e.id),
       list_sort(list(DISTINCT e.doc_id))
FROM events e JOIN documents d ON d.id = e.doc_id
WHERE e.cluster IN (SELECT unnest(CAST(? AS VARCHAR[]))) AND e.factuality = 'asserted'
GROUP BY e.cluster
"""


def _codes_sql(column: str) -> str:
    known = (
        f"list_sort(list_distinct(flatten(list(list_filter(e.{column}, lambda c: c != '---')))))"
    )
    best = f"first(e.{column} ORDER BY e.confidence DESC NULLS LAST, d.date, e.id)"
    return f"CASE WHEN len({known}) > 0 THEN {known} ELSE {best} END"


_REFRESH_SQL = _REFRESH_SQL.format(
    actor_codes=_codes_sql("actor_codes"), recipient_codes=_codes_sql("recipient_codes")
)


def _refresh(store: Store, cluster_ids: list[str]) -> int:
    """Rewrite these clusters' rows from their current members; drop emptied ones."""
    if not cluster_ids:
        return 0
    store.con.execute(
        "DELETE FROM clusters WHERE id IN (SELECT unnest(CAST(? AS VARCHAR[])))", [cluster_ids]
    )
    store.con.execute(_REFRESH_SQL, [cluster_ids])
    return len(cluster_ids)


def pairwise(predicted: Sequence[str | None], gold: Sequence[str]) -> tuple[int, int, int]:
    """Merge decisions over all pairs of mentions: (true merges, false merges, missed merges)."""
    tp = fp = fn = 0
    for (p1, g1), (p2, g2) in combinations(zip(predicted, gold, strict=True), 2):
        same_p = p1 is not None and p1 == p2
        same_g = g1 == g2
        tp += same_p and same_g
        fp += same_p and not same_g
        fn += same_g and not same_p
    return tp, fp, fn


@dataclass
class DedupScores:
    """Pairwise merge decisions of deduplication against a gold grouping."""

    documents: int = 0
    gold_mentions: int = 0
    matched: int = 0  # gold mentions the coder found (only these are scored)
    gold_events: int = 0  # distinct gold clusters among the matched mentions
    predicted_events: int = 0  # distinct predicted clusters among them
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def as_dict(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in self.__dataclass_fields__}
        return out | {"precision": round(self.precision, 4), "recall": round(self.recall, 4)}


def _same_words(predicted: Any, gold: Any) -> bool:
    """Every gold actor and recipient text is inside a coded one of the same role."""
    for role in ("actor", "recipient"):
        ours = " | ".join(e.text.lower() for e in getattr(predicted, role))
        if not all(e.text.lower() in ours for e in getattr(gold, role) if e.text):
            return False
    return True


def evaluate(path: str, nlp: Any = None) -> DedupScores:
    """Code a gold file whose events carry a ``cluster`` label (the real event they
    report), deduplicate, and score the merge decisions over every pair of mentions.

    Coded mentions are matched to gold events per document (type and codes, else type
    alone, one to one); mentions the coder missed or invented are left out, so the
    figure measures deduplication, not coding (``dragoman eval`` measures that).
    """
    from .coding import code_into_store
    from .errors import Errors, InputError
    from .evaluate import compatible as gold_compatible
    from .evaluate import max_matching, read_gold
    from .store import EventFilter, Store

    gold_docs = list(read_gold(path))
    for number, gold in enumerate(gold_docs, start=1):
        if any(e.factuality == "asserted" and not e.cluster for e in gold.events):
            detail = (
                f"line {number} (document {gold.document.id}) has a gold event without 'cluster'"
            )
            raise InputError(Errors.E403.format(path=path, detail=detail), path=path, line=number)
    scores = DedupScores(documents=len(gold_docs))
    predicted_ids: list[str | None] = []
    gold_ids: list[str] = []
    with Store(":memory:") as store:
        code_into_store((g.document for g in gold_docs), store, nlp=nlp)
        for gold in gold_docs:
            wanted = [e for e in gold.events if e.factuality == "asserted"]
            scores.gold_mentions += len(wanted)
            found = list(store.events(EventFilter(doc_id=gold.document.id)))
            # the surest pairs first: the gold words found in the coded roles, then codes,
            # then the type alone
            pairs: list[tuple[int, int]] = []
            for test in (
                lambda p, g: gold_compatible(p, g, "L2") and _same_words(p, g),
                lambda p, g: gold_compatible(p, g, "L2"),
                lambda p, g: p.event == g.event,
            ):
                left = [i for i in range(len(found)) if i not in {p for p, _ in pairs}]
                rest = [j for j in range(len(wanted)) if j not in {g for _, g in pairs}]
                more = max_matching([found[i] for i in left], [wanted[j] for j in rest], test)
                pairs += [(left[i], rest[j]) for i, j in more]
            for i, j in pairs:
                predicted_ids.append(found[i].cluster)
                gold_ids.append(wanted[j].cluster)
    scores.matched = len(gold_ids)
    scores.gold_events = len(set(gold_ids))
    scores.predicted_events = len(set(predicted_ids))
    scores.tp, scores.fp, scores.fn = pairwise(predicted_ids, gold_ids)
    return scores
