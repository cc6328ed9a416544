import inspect

import dragoman


def test_public_names_are_exactly_all():
    # submodules are importable but are not part of the flat API
    public = {
        name
        for name in dir(dragoman)
        if not name.startswith("_") and not inspect.ismodule(getattr(dragoman, name))
    }
    assert public | {"__version__"} == set(dragoman.__all__)


def test_exception_tree():
    for name in ("InputError", "RecordError", "ConfigError", "StoreError"):
        assert issubclass(getattr(dragoman, name), dragoman.DragomanError)
    assert issubclass(dragoman.RecordError, ValueError)
