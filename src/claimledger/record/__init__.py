"""Findings → v1 document: the last place a spaCy object is seen.

Records come sorted by position; the document is validated by the contract (offsets,
unique ids, references) before it leaves this stage.
"""

from __future__ import annotations

from claimledger.clean import CleanArticle
from claimledger.contract import Document
from claimledger.extractors import Findings


def build_document(article: CleanArticle, findings: Findings, generator: str) -> Document:
    """The v1 document of ``article`` with everything ``findings`` holds."""

    def by_position(records: list) -> list:
        return sorted(records, key=lambda r: (r.start, r.end))

    return Document(
        doc_id=article.doc_id,
        url=article.url,
        site=article.site,
        language=article.language,
        published=article.published,
        title=article.title,
        text=article.text,
        generator=generator,
        entities=sorted(
            findings.entities, key=lambda e: min((m.start for m in e.mentions), default=0)
        ),
        quotes=by_position(findings.quotes),
        statements=by_position(findings.statements),
        amounts=by_position(findings.amounts),
        times=by_position(findings.times),
    )
