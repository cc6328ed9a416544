"""Data files the team wrote: lexicons, actor tables, the PLOVER ontology."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from ..errors import ConfigError, Errors


def data_path(*parts: str) -> Path:
    """Path of a packaged data file, e.g. ``data_path("actors", "countries.csv")``."""
    return Path(str(resources.files("dragoman.data").joinpath(*parts)))


# the key csv.DictReader files a row's cells beyond its header under
EXTRA_CELLS = "\0extra"


def read_csv(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV data file with their line numbers; checks the header names."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as err:
        raise ConfigError(Errors.E202.format(path=path, line=0, detail=err)) from err
    with handle:
        reader = csv.DictReader(handle, restkey=EXTRA_CELLS)
        missing = [name for name in required if name not in (reader.fieldnames or [])]
        if missing:
            raise ConfigError(
                Errors.E202.format(path=path, line=1, detail=f"missing columns {missing}")
            )
        width = len(reader.fieldnames or [])
        for row in reader:
            if extra := row.pop(EXTRA_CELLS, None):
                # "Israel activated 300,000 reservists": an unquoted comma in the last
                # cell cuts it short, silently, unless extra cells are an error
                detail = (
                    f"{width + len(extra)} cells where the header names {width}; put a cell "
                    'holding a comma in double quotes ("like, this")'
                )
                raise ConfigError(
                    Errors.E202.format(path=path, line=reader.line_num, detail=detail)
                )
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}


def split_list(cell: str) -> list[str]:
    """A semicolon-separated cell as a list of non-empty items."""
    return [item.strip() for item in cell.split(";") if item.strip()]


def token_forms(words: str) -> list[tuple[str, ...]]:
    """A table's phrase as the lowercase tokens spaCy may give it: "quarter-final" is
    also ("quarter", "-", "final"), as the tokenizer splits a hyphen between letters."""
    plain = tuple(words.lower().split())
    split = tuple(w for part in plain for w in part.replace("-", " - ").split())
    return [plain, split] if split != plain else [plain]
