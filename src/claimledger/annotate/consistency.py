"""One name, one label in an article: a rule component after the entity recognizer.

The recognizer labels each mention from a few words around it, so an article can have
``Colin Powell`` as PERSON and, three paragraphs on, ``Powell`` alone as LOC, or miss that bare
surname entirely. News names a person in full first and by surname after; this component

1. relabels a mention that repeats the surname of a multi-word PERSON as PERSON,
2. gives every mention of the same text the label most of its mentions have,
3. adds the bare surname of a multi-word PERSON where the recognizer left it out.

Before that, it takes white space off the edges of every mention (the recognizer sometimes
ends a name on the paragraph break after it). Otherwise it never touches a mention that is not
a repeat of another one in the same Doc.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

FACTORY = "claimledger_entity_consistency"


@Language.factory(
    FACTORY,
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={"person_label": "PERSON"},
)
def make_entity_consistency(nlp: Language, name: str, person_label: str) -> EntityConsistency:
    """Registered factory of the consistency component."""
    return EntityConsistency(person_label)


class EntityConsistency:
    """Make the entity labels of one Doc agree with each other (see the module docstring)."""

    def __init__(self, person_label: str = "PERSON") -> None:
        self.person_label = person_label

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = [span for ent in doc.ents if (span := trimmed(ent)) is not None]
        if not doc.ents:
            return doc
        surnames = self.person_surnames(doc.ents)
        votes: dict[str, Counter] = defaultdict(Counter)
        for ent in doc.ents:
            votes[ent.text][ent.label_] += len(ent)  # fuller mentions weigh more
        spans = []
        for ent in doc.ents:
            label = (
                self.person_label if ent.text in surnames else votes[ent.text].most_common(1)[0][0]
            )
            spans.append(ent if label == ent.label_ else Span(doc, ent.start, ent.end, label=label))
        spans.extend(self.missed_surnames(doc, surnames, spans))
        doc.ents = filter_spans(spans)
        return doc

    def person_surnames(self, ents: tuple[Span, ...]) -> set[str]:
        """The last words of the multi-word PERSON mentions (``Powell`` of ``Colin Powell``)."""
        return {
            ent[-1].text
            for ent in ents
            if ent.label_ == self.person_label and len(ent) > 1 and ent[-1].is_title
        }

    def missed_surnames(self, doc: Doc, surnames: set[str], spans: list[Span]) -> list[Span]:
        """Bare surnames the recognizer left outside every mention."""
        taken = {i for span in spans for i in range(span.start, span.end)}
        return [
            Span(doc, token.i, token.i + 1, label=self.person_label)
            for token in doc
            if token.text in surnames and token.i not in taken
        ]


def trimmed(ent: Span) -> Span | None:
    """``ent`` without the white-space tokens at its edges; None if nothing else is left."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if start == end:
        return None
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label)
