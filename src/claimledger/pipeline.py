"""The whole chain, one article at a time: sources → clean → annotate → extract → record."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from claimledger import __version__
from claimledger.annotate import load_pipeline, pipeline_name
from claimledger.clean import clean_article
from claimledger.contract import Document
from claimledger.extractors import run_extractors
from claimledger.record import build_document
from claimledger.sources import InputError, RawArticle, read_document, read_path


@dataclass(frozen=True)
class ExtractOptions:
    """What the caller says about the articles; each value wins over what the input says."""

    published: str | None = None
    language: str | None = None
    url: str | None = None
    model: str | None = None


def extract_raw(raw: RawArticle, options: ExtractOptions = ExtractOptions()) -> Document:
    """The v1 document of one raw article."""
    article = clean_article(
        raw, published=options.published, language=options.language, url=options.url
    )
    nlp = load_pipeline(article.language, options.model)
    findings = run_extractors(article, nlp(article.text))
    generator = f"claimledger {__version__} ({pipeline_name(nlp)})"
    return build_document(article, findings, generator)


def extract_source(
    source: str | bytes, options: ExtractOptions = ExtractOptions(), origin: str = "<input>"
) -> Document:
    """The v1 document of one article given as text, HTML or bytes."""
    return extract_raw(read_document(source, origin=origin), options)


def extract_paths(
    paths: Iterable[str], options: ExtractOptions = ExtractOptions()
) -> Iterator[Document | InputError]:
    """One document per article found in ``paths``, or an error for each that failed."""
    for path in paths:
        for item in read_path(path):
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield extract_raw(item, options)
            except InputError as error:
                yield error
