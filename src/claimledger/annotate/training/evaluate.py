"""Scores of a pipeline on held-out Docs: tagging, parsing, lemmas, sentences and entities.

Syntax scores are spaCy's (tokens aligned between the gold and the pipeline's own tokenization).
Entity scores count exact mentions (same characters, same label) with GPE and LOC as one label;
``core`` is the micro-average over PERSON, ORG and LOC/GPE, the figure the issue's bar is set on.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

CORE_LABELS = ("PERSON", "ORG", "LOC")
SAME_LABEL = {"GPE": "LOC"}


def evaluate_syntax(nlp: Language, gold: Sequence[Doc]) -> dict[str, float]:
    """POS, morphology, lemma, UAS/LAS and sentence scores of ``nlp`` on ``gold``."""
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in gold]
    scores = nlp.evaluate(examples)
    keys = ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
    result = {key: float(scores[key]) for key in keys if scores.get(key) is not None}
    result["words"] = sum(len(doc) for doc in gold)
    return result


def evaluate_entities(nlp: Language, gold: Sequence[Doc]) -> dict[str, dict[str, float]]:
    """Precision, recall and F per label, ``core`` and ``all`` (micro), of ``nlp`` on ``gold``."""
    counts: dict[str, Counter] = {}
    for doc, predicted in zip(gold, nlp.pipe(doc.text for doc in gold), strict=True):
        expected = _mentions(doc.ents)
        found = _mentions(predicted.ents)
        for mention in expected | found:
            label = mention[2]
            kind = (
                "tp"
                if mention in expected and mention in found
                else ("fn" if mention in expected else "fp")
            )
            for key in (label, "all", *(("core",) if label in CORE_LABELS else ())):
                counts.setdefault(key, Counter())[kind] += 1
    return {key: _prf(count) for key, count in sorted(counts.items())}


def _mentions(spans: Iterable) -> set[tuple[int, int, str]]:
    """Character offsets and label of each span, GPE read as LOC."""
    return {(s.start_char, s.end_char, SAME_LABEL.get(s.label_, s.label_)) for s in spans}


def _prf(count: Counter) -> dict[str, float]:
    """Precision, recall, F1 and support of a tp/fp/fn count."""
    tp, fp, fn = count["tp"], count["fp"], count["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": precision, "r": recall, "f": f, "n": tp + fn}


def measure_speed(nlp: Language, texts: Sequence[str]) -> float:
    """Words a second that ``nlp`` parses, one text after another."""
    start = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
    return words / (time.perf_counter() - start)
