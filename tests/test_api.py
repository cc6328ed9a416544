import dragoman


def test_public_names_are_exactly_all():
    public = {name for name in dir(dragoman) if not name.startswith("_")} - {
        # subpackages and modules are importable but not part of the flat API
        "actors",
        "cli",
        "coder",
        "coding",
        "data",
        "errors",
        "evaluate",
        "ingest",
        "nlp",
        "ontology",
        "records",
        "store",
        "when",
        "where",
    }
    assert public | {"__version__"} == set(dragoman.__all__)


def test_exception_tree():
    for name in ("InputError", "RecordError", "ConfigError", "StoreError"):
        assert issubclass(getattr(dragoman, name), dragoman.DragomanError)
    assert issubclass(dragoman.RecordError, ValueError)
