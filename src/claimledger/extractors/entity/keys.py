"""Canonical names and the stable keys that group one referent's entities across articles."""

from __future__ import annotations

import re

from claimledger.extractors.entity.grouping import Group
from claimledger.extractors.entity.lexicon import Lexicon
from claimledger.lang.words import fold

_SEPARATORS = re.compile(r"[\s\-‑–—_]+")
_POSSESSIVE = re.compile(r"['’]s$")


def canonical_name(text: str, group: Group) -> str:
    """The usual name of a country or nationality; else the fullest form the article gives."""
    if group.referent is not None and (group.referent.kb is not None or group.type == "NORP"):
        return group.referent.name
    names = [_clean(text[m.start : m.end]) for m in group.members if not m.nested]
    names = names or [_clean(text[m.start : m.end]) for m in group.members]
    spelled = [n for n in names if not n.replace(".", "").isupper()] or names
    return max(spelled, key=lambda n: (len(n.split()), len(n), -names.index(n)))


def _clean(name: str) -> str:
    return _POSSESSIVE.sub("", " ".join(name.split()))


def entity_key(kind: str, name: str, lex: Lexicon) -> str:
    """``GPE:coree du nord``: the type, then the name folded, without a leading article.

    For a known referent, pass its usual name, so that every article gives the same key."""
    words = _SEPARATORS.sub(" ", fold(name)).strip().split(" ")
    while len(words) > 1 and words[0].rstrip("'") in lex.articles:
        words = words[1:]
    if words and "'" in words[0] and words[0].split("'", 1)[0] in lex.articles:
        words[0] = words[0].split("'", 1)[1]
    return f"{kind}:{' '.join(w for w in words if w)}"
