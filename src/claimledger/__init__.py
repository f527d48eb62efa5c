"""claimledger: who said what, with which figure, about what, when.

The Python API::

    import claimledger
    doc = claimledger.extract(text_or_html, published="2024-10-31")
    with claimledger.Ledger("ledger.db", create=True) as ledger:
        ledger.ingest(doc)
"""

from __future__ import annotations

__version__ = "0.1.0"

from claimledger.contract import Document


def extract(
    source: str | bytes,
    *,
    published: str | None = None,
    language: str | None = None,
    url: str | None = None,
    model: str | None = None,
) -> Document:
    """The v1 document of one article, given as plain text, HTML or bytes."""
    from claimledger.pipeline import ExtractOptions, extract_source

    options = ExtractOptions(published=published, language=language, url=url, model=model)
    return extract_source(source, options)


def __getattr__(name: str):
    # The ledger is imported on first use, so `import claimledger` stays fast.
    if name == "Ledger":
        from claimledger.ledger import Ledger

        return Ledger
    raise AttributeError(name)


__all__ = ["Document", "Ledger", "extract", "__version__"]
