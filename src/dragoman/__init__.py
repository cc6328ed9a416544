"""dragoman: news text to PLOVER political event data, with the evidence for every record.

>>> import dragoman
>>> events = dragoman.code_text("Russian troops shelled Kharkiv on Tuesday.", date="2022-03-03")
>>> nlp = dragoman.load()           # the spaCy pipeline with the "dragoman" component
"""

__version__ = "0.1.0"

from .coding import code_documents, code_text  # noqa: E402
from .errors import ConfigError, DragomanError, InputError, RecordError, StoreError  # noqa: E402
from .ingest import read_inputs  # noqa: E402
from .nlp import load  # noqa: E402
from .records import Document, Entity, Event  # noqa: E402
from .store import Store  # noqa: E402

__all__ = [
    "ConfigError",
    "Document",
    "DragomanError",
    "Entity",
    "Event",
    "InputError",
    "RecordError",
    "Store",
    "StoreError",
    "__version__",
    "code_documents",
    "code_text",
    "load",
    "read_inputs",
]
