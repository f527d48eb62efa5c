"""Find the times of an annotated article: the rules of ``timex``, told the tense by the parser.

1. Read the publication date of the article (null: relative expressions stay unresolved).
2. When the Doc carries morphology (a trained pipeline), take the tense of the verb nearest each
   expression from it (``Tense=Fut``, ``Mood=Cnd`` → future; ``Tense=Past|Imp`` → past); else,
   and where no verb in the sentence says, the language's verb-form cues decide.
3. Run ``find_times`` on the clean body: offsets are into ``findings.article.text``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from claimledger.contract import Time
from claimledger.extractors.timex import find_times, load_grammar
from claimledger.extractors.timex.match import normalize_text
from claimledger.extractors.timex.tense import Cue, TenseOf, cue_tense, nearest_cue, sentence_bounds

if TYPE_CHECKING:
    from claimledger.extractors import Findings


def extract_times(findings: Findings) -> list[Time]:
    """The times of the article, ids ``t1``, ``t2``, ... in text order."""
    article = findings.article
    words = cue_tense(normalize_text(article.text), load_grammar(findings.lang))
    tense_of = morphology_tense(findings.doc, fallback=words) or words
    return find_times(article.text, article.published, findings.lang, tense_of)


def verb_cues(doc: Doc) -> list[Cue]:
    """The tense each verb form of ``doc`` shows in its morphology."""
    cues = []
    for token in doc:
        tense, mood = token.morph.get("Tense"), token.morph.get("Mood")
        if "Fut" in tense or "Cnd" in mood:
            cues.append((token.idx, token.idx + len(token), "future"))
        elif "Past" in tense or "Imp" in tense:
            cues.append((token.idx, token.idx + len(token), "past"))
    return cues


def morphology_tense(doc: Doc, fallback: TenseOf) -> TenseOf | None:
    """A tense function reading the Doc's morphology; None when the Doc has none."""
    if not doc.has_annotation("MORPH"):
        return None
    cues = verb_cues(doc)
    if doc.has_annotation("SENT_START"):
        bounds = [(s.start_char, s.end_char) for s in doc.sents]
    else:
        bounds = sentence_bounds(doc.text)

    length = len(doc.text)  # Doc.text joins the tokens anew on each call

    def tense_of(start: int, end: int) -> str | None:
        low, high = next(((a, b) for a, b in bounds if a <= start < b), (0, length))
        return nearest_cue(cues, start, end, low, high) or fallback(start, end)

    return tense_of
