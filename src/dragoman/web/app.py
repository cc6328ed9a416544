"""The web app: browse events, read each in its article, review it, chart the dyads.

Pages are rendered on the server (Jinja2, autoescaped: an article's ``<script>`` shows as
text); the only JavaScript links an event card to its highlights. The store is opened
read-only unless reviews are enabled. One DuckDB connection serves the app; each request
works on a cursor of it, one request at a time under a lock (FastAPI runs plain route
functions in a thread pool, and neither a connection nor matplotlib's pyplot is safe to
share between threads).

Writes (reviews) need three things: reviews enabled at start, the page's CSRF field (a
secret of this server process, so a form posted from another site fails), and, where a
write token was set at start (always when bound to a non-loopback address), that token,
given once at ``/login?token=...`` (kept in a same-site cookie) or as the
``X-Dragoman-Token`` header.
"""

from __future__ import annotations

import base64
import copy
import io
import secrets
import tempfile
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import duckdb
import jinja2
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..errors import DragomanError, Errors
from ..ontology import EVENT_TYPES, FACTUALITIES, QUAD_CLASSES, event_types
from ..panel import PERIODS, UNITS
from ..plot import plot_dyad, plot_network
from ..records import Event, parse_day
from ..reviews import (
    REVIEW_ACTIONS,
    add_review,
    added_events,
    all_reviews,
    ensure_schema,
    entities_from_form,
    export_gold,
    latest_reviews,
)
from ..store import SORT_KEYS, EventFilter, Store
from .spans import segments

HERE = Path(__file__).resolve().parent
PAGE_SIZES = (10, 25, 50, 100, 200)
TOKEN_COOKIE = "dragoman_token"


class WebError(Exception):
    """An error a page shows to the user, with its HTTP status."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,  # every page: article text is untrusted input
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(
        version=__version__,
        quad_classes=QUAD_CLASSES,
        event_types=EVENT_TYPES,
        factualities=FACTUALITIES,
        review_labels={
            "confirm": "confirmed",
            "reject": "rejected",
            "edit": "edited",
            "add": "added",
        },
    )
    env.filters["entities"] = _entities_text
    env.filters["anchor"] = _anchor
    return env


def _entities_text(entities: list[Any]) -> str:
    parts = []
    for e in entities:
        code = (e.code if hasattr(e, "code") else e.get("code")) or "?"
        sector = (e.sector if hasattr(e, "sector") else e.get("sector")) or ""
        parts.append(f"{code} {sector}".strip())
    return "; ".join(parts)


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _filter_from_query(query: dict[str, str | list[str]]) -> tuple[EventFilter, dict[str, Any]]:
    """The events filter of a query string, and the values to show back in the form."""

    def one(name: str) -> str | None:
        value = query.get(name)
        if isinstance(value, list):
            value = value[0] if value else None
        return _clean(value)

    types = [t.upper() for t in (query.get("type") or []) if t]  # type: ignore[union-attr]
    for kind in types:
        if kind not in EVENT_TYPES:
            raise WebError(400, Errors.E003.format(value=kind, valid=", ".join(EVENT_TYPES)))
    quad = one("quad")
    if quad is not None and quad not in {str(q) for q in QUAD_CLASSES}:
        raise WebError(400, f"Quad class {quad!r} is not one of 1, 2, 3, 4.")
    factuality = one("factuality") or "asserted"
    if factuality not in (*FACTUALITIES, "any"):
        raise WebError(400, Errors.E006.format(value=factuality))
    min_confidence = one("min_confidence")
    try:
        confidence = float(min_confidence) if min_confidence is not None else None
    except ValueError:
        raise WebError(400, f"Confidence {min_confidence!r} is not a number (0 to 1).") from None
    try:
        since, until = parse_day(one("since"), "since"), parse_day(one("until"), "until")
    except DragomanError as err:
        raise WebError(400, str(err)) from err
    selection = EventFilter(
        actor=one("actor"),
        recipient=one("recipient"),
        types=tuple(types),
        since=since,
        until=until,
        factuality=factuality,
        min_confidence=confidence,
        country=one("country"),
        quad=int(quad) if quad else None,
        text=one("q"),
    )
    shown = {
        "actor": one("actor") or "",
        "recipient": one("recipient") or "",
        "type": types,
        "quad": quad or "",
        "since": since or "",
        "until": until or "",
        "country": one("country") or "",
        "q": one("q") or "",
        "min_confidence": min_confidence or "",
        "factuality": factuality,
    }
    return selection, shown


def _query_dict(request: Request) -> dict[str, str | list[str]]:
    out: dict[str, str | list[str]] = {}
    for key, value in request.query_params.multi_items():
        if key == "type":
            out.setdefault("type", [])
            out["type"].append(value)  # type: ignore[union-attr]
        else:
            out[key] = value
    return out


def create_app(db_path: str | Path, *, reviews: bool = False, token: str | None = None) -> FastAPI:
    """The dragoman web app over one store.

    ``reviews`` opens the store writable and shows the review forms; ``token``, when
    given, is needed for every write (``dragoman serve`` sets one when bound beyond
    loopback).
    """
    store = Store(db_path, read_only=not reviews)
    if reviews:
        ensure_schema(store.con)
    lock = threading.Lock()
    csrf = secrets.token_urlsafe(24)
    templates = Jinja2Templates(env=_environment())

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="dragoman", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan
    )
    app.state.store = store
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @contextmanager
    def db() -> Iterator[Store]:
        # a cursor of its own for each request, as DuckDB's docs ask of threads; it also
        # starts with no half-read result (DuckDB 2 refuses a query while one is pending)
        with lock:
            view = copy.copy(store)
            view.con = store.con.cursor()
            try:
                yield view
            finally:
                view.con.close()

    def authorised(request: Request) -> bool:
        if not reviews:
            return False
        if token is None:
            return True
        given = request.cookies.get(TOKEN_COOKIE) or request.headers.get("x-dragoman-token")
        return given is not None and secrets.compare_digest(given, token)

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.update(
            reviews_enabled=reviews,
            can_write=authorised(request),
            csrf=csrf,
            db_name=Path(store.path).name,
            charts_enabled=True,
            active=name.removesuffix(".html"),
        )
        return templates.TemplateResponse(request, name, context, status_code=status)

    @app.exception_handler(WebError)
    def _web_error(request: Request, err: WebError) -> HTMLResponse:
        return page(request, "error.html", status=err.status, message=err.message)

    @app.exception_handler(DragomanError)
    def _dragoman_error(request: Request, err: DragomanError) -> HTMLResponse:
        return page(request, "error.html", status=400, message=str(err))

    # pages ----------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    def events_page(request: Request) -> HTMLResponse:
        query = _query_dict(request)
        selection, shown = _filter_from_query(query)
        sort = str(query.get("sort") or "date")
        if sort not in SORT_KEYS:
            raise WebError(400, Errors.E304.format(value=sort, valid=", ".join(SORT_KEYS)))
        descending = query.get("desc") == "1"
        try:
            size = int(query.get("size") or 50)  # type: ignore[arg-type]
            number = max(1, int(query.get("page") or 1))  # type: ignore[arg-type]
        except ValueError:
            raise WebError(400, "page and size must be whole numbers.") from None
        size = size if size in PAGE_SIZES else 50
        with db() as s:
            total = s.count_events(selection)
            rows = list(
                s.events(
                    selection,
                    limit=size,
                    offset=(number - 1) * size,
                    sort=sort,
                    descending=descending,
                )
            )
            where, params = selection.where()
            by_type = s.con.execute(
                f"SELECT event, count(*) AS n FROM events{where} GROUP BY 1 ORDER BY n DESC, 1",
                params,
            ).fetchall()
            documents = s.count("documents")
            reviewed = latest_reviews(s.con)
        base = [(k, v) for k, v in request.query_params.multi_items() if k not in ("page",)]
        pages = max(1, -(-total // size))

        def link(**changes: Any) -> str:
            items = [(k, v) for k, v in base if k not in changes]
            items += [(k, str(v)) for k, v in changes.items() if v is not None]
            return "?" + urlencode(items)

        def sort_link(key: str) -> str:
            flip = "0" if (key == sort and descending) else "1" if key == sort else "0"
            return link(sort=key, desc=flip)

        csv_query = urlencode([(k, v) for k, v in base if k not in ("sort", "desc", "size")])
        return page(
            request,
            "events.html",
            events=rows,
            total=total,
            documents=documents,
            by_type=by_type,
            shown=shown,
            sort=sort,
            descending=descending,
            number=number,
            pages=pages,
            size=size,
            page_sizes=PAGE_SIZES,
            first=(number - 1) * size + 1 if total else 0,
            last=min(number * size, total),
            link=link,
            sort_link=sort_link,
            csv_link="/events.csv" + ("?" + csv_query if csv_query else ""),
            reviewed=reviewed,
        )

    @app.get("/events.csv")
    def events_csv(request: Request) -> Response:
        selection, _ = _filter_from_query(_query_dict(request))
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "events.csv"
            with db() as s:
                s.export(path, "csv", selection)  # the same columns as `dragoman export x.csv`
            body = path.read_bytes()
        return Response(
            body,
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="events.csv"'},
        )

    def document_page(request: Request, doc_id: str, error: str | None = None) -> HTMLResponse:
        with db() as s:
            document = s.document(doc_id)
            if document is None:
                raise WebError(404, f"No document with id {doc_id!r} in {s.path}.")
            events = list(s.events(EventFilter(doc_id=doc_id, factuality="any")))
            latest = latest_reviews(s.con, doc_id)
            history = all_reviews(s.con, doc_id)
            added = [
                (event_id, latest[event_id], review)
                for event_id, review in added_events(s.con, doc_id)
            ]
        events.sort(key=lambda e: (e.start or 0, e.id or ""))
        added_records = []
        for event_id, current, first in added:
            fields = current.fields if current.action in ("edit", "add") else first.fields
            record = Event.from_dict({**(fields or {}), "id": event_id, "doc_id": doc_id})
            added_records.append((record, current))
        return page(
            request,
            "document.html",
            status=400 if error else 200,
            document=document,
            segments=segments(document.text, events),
            events=events,
            latest=latest,
            history=history,
            added=added_records,
            error=error,
            modes={name: list(t.modes) for name, t in event_types().items()},
        )

    @app.get("/documents/{doc_id:path}", response_class=HTMLResponse)
    def document_view(request: Request, doc_id: str) -> HTMLResponse:
        return document_page(request, doc_id)

    @app.post("/documents/{doc_id:path}/review")
    async def review(request: Request, doc_id: str) -> Response:
        form = await request.form()
        data = {k: str(v) for k, v in form.items()}
        check_write(request, data)
        action = data.get("action", "")
        if action not in REVIEW_ACTIONS:
            raise WebError(400, Errors.E313.format(value=action, valid=", ".join(REVIEW_ACTIONS)))
        fields = None
        if action in ("edit", "add"):
            try:
                fields = _fields_from_form(data)
            except DragomanError as err:
                return document_page(request, doc_id, error=str(err))
        try:
            with db() as s:
                done = add_review(
                    s.con,
                    doc_id=doc_id,
                    action=action,
                    event_id=_clean(data.get("event_id")),
                    fields=fields,
                    note=data.get("note"),
                )
        except DragomanError as err:
            return document_page(request, doc_id, error=str(err))
        anchor = "#" + _anchor(done.event_id)
        return RedirectResponse(f"/documents/{doc_id}{anchor}", status_code=303)

    @app.post("/documents/{doc_id:path}/confirm-rest")
    async def confirm_rest(request: Request, doc_id: str) -> Response:
        form = await request.form()
        check_write(request, {k: str(v) for k, v in form.items()})
        with db() as s:
            reviewed = latest_reviews(s.con, doc_id)
            for event in s.events(EventFilter(doc_id=doc_id)):  # asserted ones
                if event.id not in reviewed:
                    add_review(s.con, doc_id=doc_id, action="confirm", event_id=event.id)
        return RedirectResponse(f"/documents/{doc_id}", status_code=303)

    def check_write(request: Request, data: dict[str, str]) -> None:
        if not reviews:
            raise WebError(403, Errors.E501.format(path=store.path))
        if not secrets.compare_digest(data.get("csrf", ""), csrf):
            raise WebError(403, Errors.E503)
        if not authorised(request):
            raise WebError(403, Errors.E502)

    @app.get("/reviews", response_class=HTMLResponse)
    def reviews_page(request: Request) -> HTMLResponse:
        with db() as s:
            history = all_reviews(s.con)
        counts = {action: sum(r.action == action for r in history) for action in REVIEW_ACTIONS}
        documents = len({r.doc_id for r in history})
        return page(request, "reviews.html", history=history, counts=counts, documents=documents)

    @app.get("/reviews/gold.jsonl")
    def gold(request: Request) -> Response:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "gold.jsonl"
            with db() as s:
                export_gold(s, path)  # the same file as `dragoman export --reviewed`
            body = path.read_bytes()
        return Response(
            body,
            media_type="application/x-ndjson",
            headers={"Content-Disposition": 'attachment; filename="reviewed-gold.jsonl"'},
        )

    @app.get("/charts", response_class=HTMLResponse)
    def charts_page(request: Request) -> HTMLResponse:
        query = request.query_params
        actor, recipient = _clean(query.get("actor")), _clean(query.get("recipient"))
        by = query.get("by") or "week"
        unit = query.get("unit") or "events"
        try:
            min_events = max(1, int(query.get("min_events") or 1))
        except ValueError:
            raise WebError(400, "min_events must be a whole number.") from None
        if recipient and not actor:
            raise WebError(400, "Give the actor of the dyad too (the recipient alone is not one).")
        since, until = _clean(query.get("since")), _clean(query.get("until"))
        dyad = (actor, recipient) if actor and recipient else None
        # the same functions as the command line and the Python API (issue 6); each on a
        # fresh cursor, as a half-read result of another query would stop them
        with db() as s:
            dyad_chart = _figure(
                lambda: plot_dyad(
                    s,
                    dyad=dyad,
                    actor=None if dyad else actor,
                    by=by,
                    unit=unit,
                    since=since,
                    until=until,
                )
            )
        with db() as s:
            network_chart = _figure(
                lambda: plot_network(s, min_events=min_events, unit=unit, since=since, until=until)
            )
        with db() as s:
            top = s.summary(top=12)["top_dyads"]
        return page(
            request,
            "charts.html",
            shown={
                "actor": actor or "",
                "recipient": recipient or "",
                "by": by,
                "unit": unit,
                "since": since or "",
                "until": until or "",
                "min_events": min_events,
            },
            periods=PERIODS,
            units=UNITS,
            top_dyads=[(a, r, n) for a, r, n in top if "+" not in a + r and r != "(none)"],
            dyad_chart=dyad_chart,
            network_chart=network_chart,
        )

    @app.get("/login")
    def login(request: Request) -> Response:
        given = request.query_params.get("token", "")
        if token is None or not secrets.compare_digest(given, token):
            raise WebError(403, Errors.E502)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(TOKEN_COOKIE, given, httponly=True, samesite="strict")
        return response

    return app


def _figure(draw: Callable[[], Any]) -> dict[str, str | None]:
    """A matplotlib figure as an SVG data URI, or the message of why there is none."""
    import matplotlib.pyplot as plt

    try:
        figure = draw()
    except DragomanError as err:
        return {"src": None, "error": str(err)}
    except duckdb.CatalogException as err:
        # a store written before the panels existed, opened read-only: nothing adds the table
        return {"src": None, "error": Errors.E504.format(detail=err)}
    buffer = io.BytesIO()
    try:
        figure.savefig(buffer, format="svg")
    finally:
        plt.close(figure)  # pyplot keeps every open figure otherwise
    return {
        "src": "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode(),
        "error": None,
    }


def _anchor(event_id: str) -> str:
    return "ev-" + "".join(c if c.isalnum() else "-" for c in event_id)


def _fields_from_form(data: dict[str, str]) -> dict[str, Any]:
    """The event object (FORMATS.md 1) an edit or add form describes."""

    def texts(name: str) -> list[str]:
        return [t.strip() for t in data.get(name, "").split(";")]

    actor = entities_from_form(
        data.get("actor_codes", ""), data.get("actor_sectors", ""), texts("actor_texts")
    )
    recipient = entities_from_form(
        data.get("recipient_codes", ""),
        data.get("recipient_sectors", ""),
        texts("recipient_texts"),
    )
    return {
        "event": data.get("event", "").strip().upper(),
        "mode": _clean(data.get("mode")),
        "context": [c.strip() for c in data.get("context", "").split(";") if c.strip()],
        "actor": [e.to_dict() for e in actor],
        "recipient": [e.to_dict() for e in recipient],
        "date": _clean(data.get("date")),
        "factuality": _clean(data.get("factuality")) or "asserted",
    }
