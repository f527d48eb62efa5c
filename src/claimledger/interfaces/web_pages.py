"""The pages of the web interface: each checks its parameters, asks the ledger, and gives its data
(the JSON answer) with its HTML. Reading is done by ``Ledger`` methods only: no SQL here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from claimledger.interfaces import web_html as html
from claimledger.interfaces import web_lists as lists
from claimledger.interfaces import web_records as records
from claimledger.ledger import Ledger
from claimledger.ledger.plot import plot_svg

# Rows on a page unless asked otherwise, and the most a page may ask for.
PAGE_SIZE, MAX_PAGE = 50, 1000
# The longest text a parameter may hold.
TEXT_LIMIT = 500
# The home page's lists of quantities and sources (the documents are paged).
TOP = 20


class HTTPError(Exception):
    """An answer other than 200: its status and a message for people."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Request:
    """What a page is asked: its path, the name the path ends with, the parameters."""

    path: str
    name: str | None
    params: dict[str, str]
    as_json: bool


@dataclass(frozen=True)
class Page:
    """A page's answer: its data (the JSON), and how to write its HTML (only when asked)."""

    data: dict[str, Any]
    render: Callable[[], str]


def _check_names(request: Request, allowed: tuple[str, ...]) -> None:
    """400 when a parameter is not one the page takes."""
    for name in request.params:
        if name not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameter"
            raise HTTPError(400, f"unknown parameter {name!r} (this page takes: {takes})")


def _number(request: Request, name: str, default: int, low: int, high: int) -> int:
    """The whole-number parameter ``name``, between ``low`` and ``high``, or 400."""
    value = request.params.get(name, "").strip()
    if not value:
        return default
    if not (value.isascii() and value.isdigit()) or not low <= int(value) <= high:
        raise HTTPError(400, f"{name} must be a whole number from {low} to {high}, not {value!r}")
    return int(value)


def _text(request: Request, name: str) -> str | None:
    """The text parameter ``name`` (None when absent or blank), at most TEXT_LIMIT characters."""
    value = request.params.get(name)
    if value is None or not value.strip():
        return None
    if len(value) > TEXT_LIMIT:
        raise HTTPError(400, f"{name} is too long (at most {TEXT_LIMIT} characters)")
    if "\x00" in value:
        raise HTTPError(400, f"{name} holds a NUL character")
    return value.strip()


def _paging(request: Request, allowed: tuple[str, ...]) -> tuple[int, int]:
    """Checked names, then (limit, offset)."""
    _check_names(request, (*allowed, "limit", "offset"))
    limit = _number(request, "limit", PAGE_SIZE, 1, MAX_PAGE)
    return limit, _number(request, "offset", 0, 0, 10**9)


def _pager(request: Request, limit: int, offset: int, more: bool) -> html.Pager:
    """Where the previous and next pages are, as links keeping the other parameters."""
    # A JSON answer's links lead to the next JSON answer.
    path = request.path + ".json" if request.as_json else request.path
    back = max(offset - limit, 0) or None
    previous = None if offset == 0 else html.link(path, request.params, offset=back)
    following = html.link(path, request.params, offset=offset + limit) if more else None
    return html.Pager(limit, offset, previous, following)


def _here(request: Request) -> str:
    """The address of the same page as JSON."""
    return html.link(request.path + ".json", request.params)


def _paged(rows: list, limit: int) -> tuple[list, bool]:
    """The first ``limit`` of ``rows`` (read with one more), and whether there were more."""
    return rows[:limit], len(rows) > limit


def home(ledger: Ledger, request: Request) -> Page:
    """What the ledger holds: counts, the most estimated quantities, sources, documents."""
    limit, offset = _paging(request, ())
    documents, more = _paged(ledger.documents(limit + 1, offset), limit)
    overview = ledger.overview()
    quantities, sources = ledger.quantities(TOP), ledger.estimate_sources(TOP)
    pager = _pager(request, limit, offset, more)
    data = {
        "overview": overview.to_dict(),
        "quantities": [q.to_dict() for q in quantities],
        "sources": [s.to_dict() for s in sources],
        "documents": [d.to_dict() for d in documents],
        **pager.to_dict(),
    }
    return Page(
        data,
        lambda: lists.home_page(
            ledger.path, overview, quantities, sources, documents, pager, _here(request)
        ),
    )


def compare(ledger: Ledger, request: Request) -> Page:
    """The estimates of a quantity across sources and time, as the CLI's compare, with its plot."""
    _check_names(request, ("counted", "limit", "estimates"))
    counted = _text(request, "counted")
    limit = _number(request, "limit", 10, 1, 100)
    estimates = _number(request, "estimates", 100, 0, 100_000)
    if counted is None:
        suggestions = ledger.quantities(TOP)
        data = {"query": None, "quantities": [], "suggestions": [q.to_dict() for q in suggestions]}
        return Page(data, lambda: lists.compare_page(None, [], None, suggestions, _here(request)))
    quantities = ledger.compare(counted, limit, estimates or None)
    data = {"query": counted, "quantities": [q.to_dict() for q in quantities]}
    plot = (lambda: plot_svg(quantities, f"compare: {counted}")) if quantities else None
    return Page(data, lambda: lists.compare_page(counted, quantities, plot, [], _here(request)))


def quotes(ledger: Ledger, request: Request) -> Page:
    """Quotes and statements holding words and/or said by a speaker, newest first."""
    limit, offset = _paging(request, ("search", "speaker"))
    search, speaker = _text(request, "search"), _text(request, "speaker")
    found, more_quotes = _paged(ledger.quotes(speaker, search, limit + 1, offset), limit)
    said, more_said = _paged(ledger.statements(speaker, search, limit + 1, offset), limit)
    pager = _pager(request, limit, offset, more_quotes or more_said)
    data = {
        "search": search,
        "speaker": speaker,
        "quotes": [q.to_dict() for q in found],
        "statements": [s.to_dict() for s in said],
        **pager.to_dict(),
    }
    return Page(
        data, lambda: lists.quotes_page(search, speaker, found, said, pager, _here(request))
    )


def entities(ledger: Ledger, request: Request) -> Page:
    """Entities across articles, most documented first; those whose name holds ``search``."""
    limit, offset = _paging(request, ("search",))
    search = _text(request, "search")
    found, more = _paged(ledger.entities(search, limit + 1, offset), limit)
    pager = _pager(request, limit, offset, more)
    data = {"search": search, "entities": [e.to_dict() for e in found], **pager.to_dict()}
    return Page(data, lambda: lists.entities_page(search, found, pager, _here(request)))


def entity(ledger: Ledger, request: Request) -> Page:
    """One entity across articles: its articles (paged), quotes, statements, figures."""
    limit, offset = _paging(request, ())
    key = request.name or ""
    page = ledger.entity(key, limit + 1, offset)
    if page is None:
        raise HTTPError(404, f"no entity with key {key!r} in this ledger")
    articles, more = _paged(page.articles, limit)
    pager = _pager(request, limit, offset, more)
    data = page.to_dict()
    data["articles"] = data["articles"][:limit]
    for name in ("quotes", "statements", "amounts"):
        data[name] = data[name][:limit]
    data.update(pager.to_dict())
    return Page(data, lambda: records.entity_page(page, articles, limit, pager, _here(request)))


def document(ledger: Ledger, request: Request) -> Page:
    """One stored article: its text with what was extracted; as JSON, the v1 document itself."""
    _check_names(request, ())
    doc_id = request.name or ""
    stored = ledger.get(doc_id)
    if stored is None:
        raise HTTPError(404, f"no document {doc_id!r} in this ledger")
    return Page(stored.to_dict(), lambda: records.document_page(stored, _here(request)))
