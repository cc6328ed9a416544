"""Text repair for scraped news.

Scraped articles carry hard line breaks inside sentences ("A source told\\nReuters that"),
runs of spaces, non-breaking spaces, typographic quotes and soft hyphens. ``repair_text``
returns the cleaned text; dragoman stores that text, so every offset it writes refers to it.

Paragraph breaks (a blank line, or a line break after sentence-final punctuation followed
by a capital) are kept as a single ``\\n\\n`` / ``\\n``; other line breaks become spaces, and a
word split by a hyphen at a line end ("govern-\\nment") is joined.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["repair_text"]

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u3000": " ",
        "\t": " ",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\ufeff": None,  # byte-order mark inside text
        "\u2028": "\n",
        "\u2029": "\n\n",
    }
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
_PARAGRAPH = re.compile(r"\n[ ]*\n\s*")
# A line break after a sentence end, before a capital, a quote or a bullet, ends a line
# of its own (a headline, a dateline, a list item); any other line break is a wrap.
_KEPT_BREAK = re.compile(r"(?<=[.!?:\"')\]])\n(?=[\"'(\[A-Z0-9\u2022*-])")


def repair_text(raw: str) -> str:
    """Join wrapped lines, normalise whitespace and quotes; keep paragraph breaks."""
    text = unicodedata.normalize("NFC", raw).translate(_QUOTES)
    text = _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _HYPHEN_BREAK.sub("", text)
    paragraphs = _PARAGRAPH.split(text.strip())
    repaired = []
    for paragraph in paragraphs:
        lines = _KEPT_BREAK.sub("\x00", paragraph)  # mark the breaks we keep
        lines = lines.replace("\n", " ").replace("\x00", "\n")
        repaired.append(re.sub(r" {2,}", " ", lines).strip())
    return "\n\n".join(p for p in repaired if p)
