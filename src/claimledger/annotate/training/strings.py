"""Keep in a shipped model's string table only the strings its components need.

spaCy writes every string it met in training into ``vocab/strings.json``: some 45 000 words
for English, CoNLL-2003's included, whose text may train a model but not ship. The
components do not need them: the token-to-vector layers hash the text they read, the labels
are in the components' own files, and the lemmatizer's edit trees name their substrings
by hash. Only those substrings (and the labels, for safety) must stay; strings met at run
time are added back as text is read.
"""

from __future__ import annotations

import json
from pathlib import Path

import srsly
from spacy.language import Language


def needed_strings(nlp: Language) -> list[str]:
    """The strings ``nlp``'s components refer to by hash: edit-tree substrings and labels."""
    strings = nlp.vocab.strings
    keep: set[str] = set()
    for _, pipe in nlp.pipeline:
        trees = getattr(pipe, "trees", None)
        if trees is not None:
            for node in srsly.msgpack_loads(trees.to_bytes())["trees"]:
                keep.update(strings[node[key]] for key in ("orig", "subst") if key in node)
        keep.update(label for label in getattr(pipe, "labels", ()) if isinstance(label, str))
    return sorted(keep)


def prune_strings(nlp: Language, model_dir: Path) -> int:
    """Rewrite ``model_dir``'s string table with only what ``nlp`` needs; strings kept."""
    kept = needed_strings(nlp)
    path = model_dir / "vocab" / "strings.json"
    path.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
    return len(kept)
