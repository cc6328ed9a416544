"""Readers: files, directories and standard input to :class:`~dragoman.records.Document`.

One reader per input kind. Each yields documents, or :class:`Skipped` records for input it
could not use, so that one bad line never stops a run. ``read_inputs`` is the entry point.
"""

from __future__ import annotations

from ._readers import READERS, FieldMap, Skipped, estimate_documents, read_inputs

__all__ = ["READERS", "FieldMap", "Skipped", "estimate_documents", "read_inputs"]
