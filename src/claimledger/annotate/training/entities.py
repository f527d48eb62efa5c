"""Entity corpora → spaCy Docs with ``doc.ents``, in claimledger's labels.

Labels: PERSON, ORG, LOC, EVENT, PRODUCT. Places are LOC whatever their kind: the corpora do not
tell countries and cities (GPE) from other places, and claimledger's entity stage, which knows
the countries and cities, gives GPE where it applies. Dates and hours are left to the time rules.

1. WiNER-fr (BRAT standoff in a tar.xz): nested mentions keep the outermost; one Doc a paragraph
   to train on, one Doc an article to score on.
2. CoNLL-2003 (token, IOB2 tag): one Doc a document; MISC is dropped (nationalities, events and
   works mixed in one label).
3. Sequoia's PARSEME-FR entity layer (CoNLL-U Plus, column PARSEME:NE): one Doc a sentence, the
   mentions placed on the sentence's text by finding its words in order (``à le`` is ``au``).
   Tried as extra French training text, it left the dev scores where they were: the shipped
   recognizer does not use it (MODEL_CARD.md), the reader stays to reproduce that variant.

NewsEye (HIPE-2022) and Europeana newspapers (1800-1950, OCR) were tried with the same labels
and left out: they lowered the held-out WiNER-fr scores (see MODEL_CARD.md).
"""

from __future__ import annotations

import hashlib
import lzma
import tarfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

WINER_LABELS = {
    "Person": "PERSON",
    "Organization": "ORG",
    "Location": "LOC",
    "Event": "EVENT",
    "Product": "PRODUCT",
}
CONLL_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
SEQUOIA_LABELS = {
    "PERS": "PERSON",
    "ORG": "ORG",
    "LOC": "LOC",
    "EVE": "EVENT",
    "PROD": "PRODUCT",
}


@dataclass
class Article:
    """A text with its entity mentions as character offsets."""

    name: str
    text: str
    mentions: list[tuple[int, int, str]]


def read_winer(archive: Path) -> Iterator[Article]:
    """The articles of the WiNER-fr BRAT archive, mentions mapped to claimledger's labels."""
    with tarfile.open(archive, "r:xz") as tar:
        members = {m.name: m for m in tar.getmembers() if m.isfile()}
        for name in sorted(members):
            if not name.endswith(".txt") or name.endswith("-urls.txt"):
                continue
            ann = members.get(name[:-4] + ".ann")
            text = tar.extractfile(members[name]).read().decode("utf-8")
            brat = tar.extractfile(ann).read().decode("utf-8") if ann else ""
            yield Article(Path(name).stem, text, parse_brat(brat, WINER_LABELS))


def parse_brat(brat: str, labels: dict[str, str]) -> list[tuple[int, int, str]]:
    """The text-bound mentions of a BRAT ``.ann`` file whose type ``labels`` maps."""
    mentions = []
    for line in brat.splitlines():
        if not line.startswith("T"):
            continue
        kind_and_offsets = line.split("\t")[1]
        kind, _, offsets = kind_and_offsets.partition(" ")
        if kind not in labels or ";" in offsets:  # discontinuous mentions are rare: skipped
            continue
        start, end = (int(n) for n in offsets.split())
        mentions.append((start, end, labels[kind]))
    return mentions


def article_docs(nlp: Language, article: Article) -> list[Doc]:
    """One Doc a paragraph (line) of ``article``, with its outermost mentions as entities.

    Paragraphs rather than whole articles: every WiNER article opens on a title (``France : la
    tempête...``), and a recognizer trained on whole articles learns that a text's first words
    are never a name. A mention that does not fall on token boundaries (``Trump`` in
    ``anti-Trump``) is neither an entity nor outside one: its tokens teach nothing.
    """
    docs = []
    start = 0
    for line in article.text.split("\n"):
        end = start + len(line)
        if line.strip():
            inside = [
                (s - start, e - start, label)
                for s, e, label in article.mentions
                if start <= s and e <= end
            ]
            docs.append(_mention_doc(nlp, line, inside))
        start = end + 1
    return docs


def _mention_doc(nlp: Language, text: str, mentions: list[tuple[int, int, str]]) -> Doc:
    """The Doc of ``text`` with ``mentions`` (character offsets) as entities."""
    doc = nlp.make_doc(text)
    spans, misfits = [], []
    for start, end, label in mentions:
        span = doc.char_span(start, end, label=label)
        if span is not None:
            spans.append(span)
        elif (loose := doc.char_span(start, end, alignment_mode="expand")) is not None:
            misfits.append(loose)
    kept = outermost(spans)
    taken = {i for span in kept for i in range(span.start, span.end)}
    missing = [s for s in outermost(misfits) if not taken & set(range(s.start, s.end))]
    doc.set_ents(kept, missing=missing, default="outside")
    return doc


def article_doc(nlp: Language, article: Article) -> Doc:
    """The Doc of a whole ``article`` with its outermost mentions (held-out sets are read so)."""
    return _mention_doc(nlp, article.text, article.mentions)


def outermost(spans: Iterable[Span]) -> list[Span]:
    """The spans not inside another one (the longest wins where two overlap)."""
    return filter_spans(spans)


def split_of(
    name: str, devset: frozenset[str] = frozenset(), testset: frozenset[str] = frozenset()
) -> str:
    """``train``, ``dev``, ``test`` or ``devset`` for article ``name``: 1 in 10 each by name hash
    for dev and test; the articles of claimledger's test set always in test, and those of its
    development set (whose gold the shipped knowledge lists were written after) in ``devset``,
    scored apart. Neither ever trains or selects a model."""
    if name in devset:
        return "devset"
    bucket = hashlib.sha1(name.encode("utf-8")).digest()[0] % 10
    if name in testset or bucket == 0:
        return "test"
    return "dev" if bucket == 1 else "train"


def read_sequoia_ner(path: Path) -> Iterator[Article]:
    """The sentences of a Sequoia PARSEME-FR file, one Article each, mentions as offsets."""
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for block in f.read().split("\n\n"):
            lines = block.strip().splitlines()
            comments = dict(line[2:].split(" = ", 1) for line in lines if " = " in line[:20])
            rows = [line.split("\t") for line in lines if line[:1].isdigit()]
            if "text" in comments and rows:
                text = comments["text"]
                yield Article(comments.get("sent_id", ""), text, _sequoia_mentions(text, rows))


def _sequoia_mentions(text: str, rows: list[list[str]]) -> list[tuple[int, int, str]]:
    """Mentions of one sentence: ``1:PERS`` opens mention 1, ``1`` continues it."""
    spans: dict[str, list] = {}
    for (start, end), cols in zip(_word_offsets(text, [c[1] for c in rows]), rows, strict=True):
        for tag in cols[12].split(";") if len(cols) > 12 and start >= 0 else ():
            key, _, kind = tag.partition(":")
            if kind in SEQUOIA_LABELS and key not in spans:
                spans[key] = [start, end, SEQUOIA_LABELS[kind]]
            elif key in spans:
                spans[key][1] = end
    return [tuple(span) for span in spans.values()]


def _word_offsets(text: str, forms: list[str]) -> list[tuple[int, int]]:
    """Where each word lies in ``text``, (-1, -1) where it cannot be found; the two words of a
    contraction (``à le``, written ``au``) both lie on it."""
    offsets: list[tuple[int, int]] = []
    cursor, i = 0, 0
    while i < len(forms):
        pair = " ".join(forms[i : i + 2]).lower()
        surface = CONTRACTIONS.get(pair) if i + 1 < len(forms) else None
        form, count = (surface, 2) if surface else (forms[i], 1)
        found = text.lower().find(form.lower(), cursor)
        if found < 0 or text[cursor:found].strip():
            offsets.append((-1, -1))
            i += 1
            continue
        cursor = found + len(form)
        offsets += [(found, cursor)] * count
        i += count
    return offsets


# French articles fused with a preposition, written as two words in the treebanks
CONTRACTIONS = {"à le": "au", "à les": "aux", "de le": "du", "de les": "des", "en les": "ès"}


def read_conll2003(path: Path) -> Iterator[list[list[tuple[str, str]]]]:
    """The documents of a CoNLL-2003 file: sentences of (token, IOB2 tag)."""
    document: list[list[tuple[str, str]]] = []
    sentence: list[tuple[str, str]] = []
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3:
                if sentence:
                    document.append(sentence)
                sentence = []
            elif cols[1] == "-DOCSTART-":
                if document:
                    yield document
                document = []
            else:
                sentence.append((cols[1], cols[2]))
    if sentence:
        document.append(sentence)
    if document:
        yield document


def iob_doc(nlp: Language, sentences: list[list[tuple[str, str]]], labels: dict) -> Doc:
    """A Doc of tokenized ``sentences`` (one a line), IOB2 entities mapped by ``labels``."""
    words, spaces, tags = [], [], []
    for sentence in sentences:
        for i, (word, tag) in enumerate(sentence):
            words.append(word)
            spaces.append(i < len(sentence) - 1)
            kind = labels.get(tag[2:])
            if kind and tag.startswith("I-") and tags and tags[-1][2:] != kind:
                tag = "B-" + tag[2:]  # a mention cut by a dropped label starts afresh
            tags.append(f"{tag[:2]}{kind}" if kind else "O")
        words.append("\n")
        spaces.append(False)
        tags.append("O")
    return Doc(nlp.vocab, words=words[:-1], spaces=spaces[:-1], ents=tags[:-1])
