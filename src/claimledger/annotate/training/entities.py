"""Entity corpora → spaCy Docs with ``doc.ents``, in claimledger's labels.

Labels: PERSON, ORG, LOC, EVENT, PRODUCT. Places are LOC whatever their kind: the corpora do not
tell countries and cities (GPE) from other places, and claimledger's entity stage, which knows
the countries and cities, gives GPE where it applies. Dates and hours are left to the time rules.

1. WiNER-fr (BRAT standoff in a tar.xz): nested mentions keep the outermost; one Doc a paragraph
   to train on, one Doc an article to score on.
2. CoNLL-2003 (token, IOB2 tag): one Doc a document; MISC is dropped (nationalities, events and
   works mixed in one label).
3. HIPE-2022 NewsEye (TSV, IOB) and Europeana (token and IOB1 tag, no sentence bounds): French
   newspapers of 1800-1950, OCR noise included; a person's title is left out as WiNER does.
"""

from __future__ import annotations

import hashlib
import lzma
import random
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


def split_of(name: str, held_out: frozenset[str] = frozenset()) -> str:
    """``train``, ``dev`` or ``test`` for article ``name``: 1 in 10 each by name hash for dev and
    test, and the names in ``held_out`` (claimledger's development set) always in test."""
    bucket = hashlib.sha1(name.encode("utf-8")).digest()[0] % 10
    if name in held_out or bucket == 0:
        return "test"
    return "dev" if bucket == 1 else "train"


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


HIPE_LABELS = {
    "PER": "PERSON",
    "ORG": "ORG",
    "LOC": "LOC",
    "PROD": "PRODUCT",
    "HumanProd": "PRODUCT",
}
EUROPEANA_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}


def read_hipe(path: Path) -> Iterator[tuple[list[str], list[bool], list[str]]]:
    """The documents of a HIPE-2022 TSV file: words, spaces after, coarse literal IOB tags."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# hipe2022:document_id") and words:
                yield words, spaces, tags
                words, spaces, tags = [], [], []
            if not line or line.startswith(("#", "TOKEN\t")):
                continue
            cols = line.split("\t")
            words.append(cols[0])
            spaces.append("NoSpaceAfter" not in cols[9])
            tags.append(cols[1])
    if words:
        yield words, spaces, tags


def hipe_doc(
    nlp: Language, words: list[str], spaces: list[bool], tags: list[str], titles: frozenset[str]
) -> Doc:
    """A Doc of one HIPE document, its entities mapped by ``HIPE_LABELS``; a person's title
    (``M.`` in ``M. Chéron``, one of ``titles``) is left out of the mention, as WiNER does."""
    doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=_map_iob(tags, HIPE_LABELS))
    spans = []
    for ent in doc.ents:
        start = ent.start
        # HIPE cuts "M." into "M" and "."
        while start < ent.end - 1 and {doc[start].text, doc[start].text + "."} & titles:
            start += 2 if doc[start + 1].text == "." and start < ent.end - 2 else 1
        spans.append(Span(doc, start, ent.end, label=ent.label_))
    doc.set_ents(spans, default="outside")
    return doc


def read_europeana(path: Path, chunk: int = 200) -> Iterator[tuple[list[str], list[str]]]:
    """The Europeana BIO file (no sentence bounds) in chunks of about ``chunk`` tokens."""
    words: list[str] = []
    tags: list[str] = []
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 2:
                continue
            words.append(parts[0])
            tags.append(parts[1])
            if len(words) >= chunk and tags[-1] == "O" and parts[0] in {".", "!", "?"}:
                yield words, tags
                words, tags = [], []
    if words:
        yield words, tags


def europeana_doc(nlp: Language, words: list[str], tags: list[str]) -> Doc:
    """A Doc of one Europeana chunk (IOB1 tags: an I- after O or another type starts a mention)."""
    return Doc(nlp.vocab, words=words, ents=_map_iob(tags, EUROPEANA_LABELS))


def _map_iob(tags: list[str], labels: dict[str, str]) -> list[str]:
    """IOB tags with types mapped by ``labels`` (others dropped), as valid IOB2."""
    result: list[str] = []
    for tag in tags:
        kind = labels.get(tag[2:]) if tag[:2] in ("B-", "I-") else None
        if not kind:
            result.append("O")
        elif tag.startswith("B-") or not result or result[-1][2:] != kind:
            result.append("B-" + kind)
        else:
            result.append("I-" + kind)
    return result


def swap_mentions(docs: list[Doc], seed: int = 0, labels: tuple[str, ...] = ()) -> list[Doc]:
    """Copies of ``docs`` whose mentions are replaced by other mentions of the same label.

    A recognizer that has seen each name in one context learns the name; with the names shuffled
    it must learn the contexts (``X a déclaré`` is a person whatever X). Within a Doc, one name
    always gets the same replacement, so repeated mentions stay repeated.
    """
    rng = random.Random(seed)
    pool: dict[str, list[tuple[str, ...]]] = {}
    for doc in docs:
        for ent in doc.ents:
            if not labels or ent.label_ in labels:
                pool.setdefault(ent.label_, []).append(tuple(t.text for t in ent))
    return [_swap_doc(doc, pool, rng) for doc in docs]


def _swap_doc(doc: Doc, pool: dict[str, list[tuple[str, ...]]], rng: random.Random) -> Doc:
    """One copy of ``doc`` with its mentions (of the labels in ``pool``) replaced."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    chosen: dict[tuple[str, str], tuple[str, ...]] = {}
    starts = {ent.start: ent for ent in doc.ents}
    i = 0
    while i < len(doc):
        ent = starts.get(i)
        if ent is None or ent.label_ not in pool:
            words.append(doc[i].text)
            spaces.append(bool(doc[i].whitespace_))
            tags.append(doc[i].ent_iob_ + ("-" + doc[i].ent_type_ if doc[i].ent_type_ else ""))
            i += 1
            continue
        key = (ent.label_, ent.text)
        name = chosen.setdefault(key, rng.choice(pool[ent.label_]))
        for n, word in enumerate(name):
            words.append(word)
            spaces.append(True if n < len(name) - 1 else bool(ent[-1].whitespace_))
            tags.append(("B-" if n == 0 else "I-") + ent.label_)
        i = ent.end
    return Doc(doc.vocab, words=words, spaces=spaces, ents=[tag or None for tag in tags])
