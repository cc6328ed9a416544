"""Pictures of the event data: a dyad's cooperation against conflict over time, and who
interacts with whom. matplotlib with the Agg backend: no screen is needed, the figures
are saved to files (``fig.savefig("usa_rus.png")``).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import matplotlib

matplotlib.use("Agg")  # before pyplot: draw into files, never onto a screen

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.colors import Normalize  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import FancyArrowPatch  # noqa: E402

from .errors import Errors, RecordError  # noqa: E402
from .ontology import QUAD_CLASSES  # noqa: E402
from .panel import NO_CODE, NO_RECIPIENT, QUAD_COLUMNS, pairs_sql, series  # noqa: E402

if TYPE_CHECKING:
    from .store import Store

__all__ = ["plot_dyad", "plot_network"]

# cooperation in blues above the axis, conflict in reds below it; verbal paler than material
QUAD_COLOURS = {1: "#9ecae1", 2: "#2171b5", 3: "#fc9272", 4: "#cb181d"}
BAR_DAYS = {"day": 0.8, "week": 5.5, "month": 24, "year": 300}
SCORE_RANGE = 10.0  # PLOVER scores run from -10 to +10


def plot_dyad(
    store: Store,
    *,
    dyad: tuple[str, str] | None = None,
    actor: str | None = None,
    by: str = "week",
    unit: str = "events",
    since: str | None = None,
    until: str | None = None,
) -> Figure:
    """Cooperation (up) against conflict (down) per period, by quad class, with the mean
    PLOVER score below. ``dyad=("USA", "RUS")`` plots what the USA did to Russia;
    ``actor="RUS"`` what Russia did to anyone; neither plots every event."""
    source, target = dyad if dyad else (actor, None)
    data = series(store, by=by, actor=source, recipient=target, unit=unit, since=since, until=until)
    if dyad:
        what = f"{dyad[0].upper()} \u2192 {dyad[1].upper()}"
    elif actor:
        what = f"{actor.upper()} \u2192 anyone"
    else:
        what = "all actors"
    if data.empty:
        where = (
            f" between {since or 'the start'} and {until or 'the end'}" if since or until else ""
        )
        raise RecordError(Errors.E404.format(what=what, where=where))
    fig, (top, bottom) = plt.subplots(
        2, 1, figsize=(10, 6.5), sharex=True, gridspec_kw={"height_ratios": [3, 1.3]}
    )
    width = BAR_DAYS[by]
    periods = data["period"]
    up = down = 0
    for quad, column in QUAD_COLUMNS.items():
        counts = data[column]
        conflict = quad >= 3
        base = -down if conflict else up
        heights = -counts if conflict else counts
        top.bar(
            periods,
            heights,
            width=width,
            bottom=base,
            color=QUAD_COLOURS[quad],
            label=f"{QUAD_CLASSES[quad]} ({int(counts.sum())})",
            align="edge",
        )
        if conflict:
            down = down + counts
        else:
            up = up + counts
    top.axhline(0, color="black", linewidth=0.8)
    limit = max(1, int(max(up.max(), down.max())))
    top.set_ylim(-limit - 0.5, limit + 0.5)
    top.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{abs(v):g}"))
    top.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    top.set_ylabel(f"{unit} per {by}\n\u2191 cooperation   conflict \u2193")
    top.legend(loc="upper left", fontsize=9, framealpha=0.9)
    top.grid(axis="y", alpha=0.3)
    total, mentions = int(data["events"].sum()), int(data["mentions"].sum())
    counted = f"{total} events from {mentions} reports" if unit == "events" else f"{total} reports"
    top.set_title(f"{what}: cooperation and conflict by {by} ({counted})", fontsize=12)

    scored = data.dropna(subset=["goldstein_mean"])
    bottom.axhline(0, color="grey", linewidth=0.8)
    bottom.plot(
        scored["period"] + _half(by),
        scored["goldstein_mean"],
        marker="o",
        color="black",
        linewidth=1,
        label="mean PLOVER score",
    )
    bottom.set_ylim(-SCORE_RANGE - 0.5, SCORE_RANGE + 0.5)
    bottom.set_ylabel("mean score\n(-10 to +10)")
    bottom.set_xlabel(f"{by} (event date)")
    bottom.grid(alpha=0.3)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


def _half(by: str):
    import pandas

    return pandas.Timedelta(days=BAR_DAYS[by] / 2)


def plot_network(
    store: Store,
    *,
    min_events: int = 1,
    unit: str = "events",
    by: str = "year",
    since: str | None = None,
    until: str | None = None,
) -> Figure:
    """Who acts on whom: an arrow from actor to recipient, as wide as their events and
    coloured by the mean PLOVER score (red conflict, blue cooperation). Events within one
    state (actor and recipient the same code) are the ring around its node. Codes with
    no country (``---``) and events without a recipient are left out."""
    pairs, params = pairs_sql(store, by=by, unit=unit, since=since, until=until)
    edges = store.con.execute(
        f"""
        SELECT actor, recipient, count(*) AS n, avg(goldstein) AS score
        FROM ({pairs})
        WHERE actor != '{NO_CODE}' AND recipient NOT IN ('{NO_CODE}', '{NO_RECIPIENT}')
        GROUP BY actor, recipient HAVING count(*) >= ?
        ORDER BY n DESC, actor, recipient
        """,
        params + [min_events],
    ).fetchall()
    if not edges:
        raise RecordError(
            Errors.E404.format(
                what="the network", where=f" with at least {min_events} events a dyad"
            )
        )
    weight: dict[str, int] = {}
    for a, r, n, _ in edges:
        weight[a] = weight.get(a, 0) + n
        if r != a:
            weight[r] = weight.get(r, 0) + n
    # nodes on a circle, the busiest first, so the picture does not depend on luck
    nodes = sorted(weight, key=lambda c: (-weight[c], c))
    place = {
        code: (
            math.cos(math.pi / 2 - 2 * math.pi * i / len(nodes)),
            math.sin(math.pi / 2 - 2 * math.pi * i / len(nodes)),
        )
        for i, code in enumerate(nodes)
    }
    fig, ax = plt.subplots(figsize=(9, 9))
    cmap, norm = plt.get_cmap("RdBu"), Normalize(-SCORE_RANGE, SCORE_RANGE)
    most = max(n for _, _, n, _ in edges)
    domestic = {a: (n, s) for a, r, n, s in edges if a == r}
    for a, r, n, score in edges:
        if a == r:
            continue
        ax.add_patch(
            FancyArrowPatch(
                place[a],
                place[r],
                arrowstyle="-|>",
                mutation_scale=12 + 6 * n / most,
                linewidth=1 + 6 * n / most,
                color=cmap(norm(score)),
                connectionstyle="arc3,rad=0.15",  # A->B and B->A stay apart
                shrinkA=18,
                shrinkB=18,
                alpha=0.9,
                zorder=2,
            )
        )
    for code, (x, y) in place.items():
        size = 300 + 900 * weight[code] / max(weight.values())
        if code in domestic:
            n, score = domestic[code]
            ax.scatter([x], [y], s=size * 1.9, color=cmap(norm(score)), zorder=3, linewidths=0)
        ax.scatter([x], [y], s=size, color="white", edgecolors="black", zorder=4)
        ax.annotate(code, (x, y), ha="center", va="center", fontsize=9, weight="bold", zorder=5)
    ax.set_xlim(-1.3, 1.3)
    ax.set_ylim(-1.3, 1.3)
    ax.set_aspect("equal")
    ax.axis("off")
    colourbar = fig.colorbar(
        plt.cm.ScalarMappable(norm=norm, cmap=cmap), ax=ax, shrink=0.6, pad=0.02
    )
    colourbar.set_label("mean PLOVER score (conflict < 0 < cooperation)")
    widths = sorted({1, max(1, most // 2), most})
    handles = [
        Line2D([], [], color="grey", linewidth=1 + 6 * w / most, label=f"{w} {unit}")
        for w in widths
    ]
    handles.append(
        Line2D(
            [],
            [],
            marker="o",
            color="grey",
            linestyle="",
            markersize=12,
            label="ring: events within the state",
        )
    )
    ax.legend(handles=handles, loc="lower left", fontsize=9, title="arrow width")
    total = sum(n for _, _, n, _ in edges)
    ax.set_title(
        f"Who acts on whom: {len(nodes)} actors, {len(edges)} dyads, {total} {unit}"
        + (f" (dyads with at least {min_events})" if min_events > 1 else ""),
        fontsize=12,
    )
    fig.tight_layout()
    return fig
