"""A wire story's dateline ("KINSHASA, March 3 (Reuters) - "), made a sentence of its own.

Left to itself the parser reads the dateline as part of the first sentence, so the city
becomes the subject of its first verb ("KINSHASA ... clashed with M23 rebels"). This
component runs before the parser and starts a sentence after the dateline's dash; the
parser keeps preset sentence starts. :func:`dateline_place` tells later code which words
name the dateline's place, so the city can say where the story is set.
"""

from __future__ import annotations

import re

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

COMPONENT_NAME = "dragoman_dateline"
SENTENCE_ENDS = frozenset({".", "!", "?"})

# A place in capitals ("KINSHASA", "BEIRUT, Lebanon", "NEW YORK") or in title case followed
# by an agency in brackets ("Kinshasa (AFP)"), an optional date, an optional agency, then a
# dash. At the start of the text or of a line.
_PLACE = r"[A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*){0,3}"
_DATE = r"(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}(?: \d{4})?))"
_AGENCY = r"(?: ?\((?:[A-Z][A-Za-z&.\- ]{0,30})\))"
_DASH = r" ?(?:-{1,2}|—|–) "
DATELINE = re.compile(
    rf"(?m)^(?P<place>{_PLACE}(?:, {_PLACE})?){_DATE}?(?P<agency>{_AGENCY})?{_DASH}"
)
MAX_DATELINE_CHARS = 80
# a dateline opens the story, under a headline at most: further down, "NATO - " at the
# start of a line is more likely a list item
MAX_DATELINE_START = 300
OPENING_TOKENS = 150  # more words than the opening characters above can hold
# a name with a quoted nickname inside ("Joaquin "El Chapo" Guzman"): the parser starts a
# sentence at the opening quote
NICKNAME = re.compile(
    r"\b[A-Z][a-z]+ [\"“](?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,2}[\"”] [A-Z][a-z]"
)


def find_datelines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, place) of each dateline: the place is in capitals or an agency in
    brackets follows it, so a sentence that merely opens with a name and a dash is none."""
    found = []
    for match in DATELINE.finditer(text[: MAX_DATELINE_START + MAX_DATELINE_CHARS]):
        if match.start() > MAX_DATELINE_START:
            break
        place = match.group("place")
        first = place.split(",")[0]
        shouting = first.isupper() and sum(c.isalpha() for c in first) >= 3
        if (
            shouting or match.group("agency")
        ) and match.end() - match.start() <= MAX_DATELINE_CHARS:
            found.append((match.start(), match.end(), place))
    return found


# where this component, which builds the document's text first, leaves it for the coder
TEXT_KEY = "dragoman_text"


@Language.component(COMPONENT_NAME, assigns=["token.is_sent_start"], requires=[], retokenizes=False)
def split_datelines(doc: Doc) -> Doc:
    """Start a sentence after each dateline, and none inside a name with a quoted
    nickname."""
    text = doc.text
    # kept for the coder, which needs it too; no component between changes the words
    doc.user_data[TEXT_KEY] = text
    if '"' in text or "“" in text:
        for match in NICKNAME.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                for token in span[1:]:
                    token.is_sent_start = False
    # (the text is built above in any case; find_datelines reads only its opening)
    for _start, end, _place in find_datelines(text):
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
            # given a start but no end, the parser breaks the story's first sentence after
            # a word or two ("DOHA - Israel | and Hamas agreed"): no sentence starts again
            # before the first full stop
            for token in doc[span.start + 1 : span.start + OPENING_TOKENS]:
                if token.text in SENTENCE_ENDS:
                    break
                token.is_sent_start = False
    return doc


def opening_text(doc: Doc, chars: int) -> str:
    """The first ``chars`` characters of the document's text, built from the words that
    hold them only (their offsets read from the array, not from a Token each)."""
    starts = doc.to_array(IDX).tolist()
    words = next((i for i, start in enumerate(starts) if start >= chars), len(doc))
    return doc[:words].text[:chars]


def dateline_place(doc: Doc) -> tuple[int, int] | None:
    """Token offsets (start, end) of the place named by the document's opening dateline."""
    found = find_datelines(opening_text(doc, MAX_DATELINE_CHARS + 1))
    if not found or found[0][0] != 0:
        return None
    span = doc.char_span(0, len(found[0][2]), alignment_mode="expand")
    return (span.start, span.end) if span is not None else None
