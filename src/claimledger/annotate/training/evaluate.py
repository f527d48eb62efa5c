"""Scores of a pipeline on held-out Docs: tagging, parsing, lemmas, sentences and entities.

Syntax scores are spaCy's (tokens aligned between the gold and the pipeline's own tokenization).
Entity scores count exact mentions (same characters, same label) with GPE and LOC as one label;
``core`` is the micro-average over PERSON, ORG and LOC/GPE, the figure the issue's bar is set on.
They score the recognizer's ``doc.ents``, or any other finder of typed mentions (claimledger's
whole entity stage); found mentions of a type the gold does not annotate (NORP) are not counted.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

CORE_LABELS = ("PERSON", "ORG", "LOC")
SCORED_LABELS = frozenset({*CORE_LABELS, "EVENT", "PRODUCT"})
SAME_LABEL = {"GPE": "LOC"}
Mentions = Iterable[tuple[int, int, str]]
MentionFinder = Callable[[Doc], Mentions]


def evaluate_syntax(nlp: Language, gold: Sequence[Doc]) -> dict[str, float]:
    """POS, morphology, lemma, UAS/LAS and sentence scores of ``nlp`` on ``gold``."""
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in gold]
    scores = nlp.evaluate(examples)
    keys = ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
    result = {key: float(scores[key]) for key in keys if scores.get(key) is not None}
    result["words"] = sum(len(doc) for doc in gold)
    return result


def evaluate_entities(
    nlp: Language, gold: Sequence[Doc], finder: MentionFinder | None = None
) -> dict[str, dict[str, float]]:
    """Precision, recall and F per label, ``core`` and ``all`` (micro), of ``nlp`` on ``gold``:
    of its ``doc.ents``, or of the mentions ``finder`` reads in each parsed Doc."""
    counts: dict[str, Counter] = {}
    for doc, predicted in zip(gold, nlp.pipe(doc.text for doc in gold), strict=True):
        expected = _mentions(span_mentions(doc))
        found = _mentions(finder(predicted) if finder else span_mentions(predicted))
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


def span_mentions(doc: Doc) -> Mentions:
    """The entities of ``doc`` as (start, end, label) character offsets."""
    return [(s.start_char, s.end_char, s.label_) for s in doc.ents]


def _mentions(mentions: Mentions) -> set[tuple[int, int, str]]:
    """The mentions of a scored type, GPE read as LOC."""
    read = {(start, end, SAME_LABEL.get(label, label)) for start, end, label in mentions}
    return {m for m in read if m[2] in SCORED_LABELS}


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
