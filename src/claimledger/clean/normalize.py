"""Characters one for one: every Unicode space becomes a space, line separators newlines.

A character is replaced by exactly one character, so an offset into the normalized text
is an offset into the original line; only CRLF (two characters) becomes one newline.
"""

from __future__ import annotations

# Unicode's space separators (category Zs) other than the space itself: no-break (U+00A0),
# ogham, en quad to hair space (U+2000-200A, figure and thin spaces among them), narrow
# no-break (U+202F, before French « : ; ! ? »), medium mathematical, ideographic; and tab.
_SPACES = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000\t"
_NEWLINES = "\u2028\u2029\x85\x0b\x0c"
_TRANSLATION = str.maketrans({**dict.fromkeys(_SPACES, " "), **dict.fromkeys(_NEWLINES, "\n")})


def normalize_text(text: str) -> str:
    """``text`` with plain spaces and newlines, and no trailing space on any line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TRANSLATION)
    return "\n".join(line.rstrip() for line in text.split("\n"))
