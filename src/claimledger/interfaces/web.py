"""The web interface: a read-only browser of a ledger, as a WSGI application (standard library).

Every page is HTML, and JSON when ``.json`` is added to its path (``/compare.json?counted=...``),
as Datasette does. A request is answered in four steps:
1. the path picks a page and a format (unknown path: 404; not GET or HEAD: 405);
2. the query string is checked against the parameters the page takes (anything else: 400);
3. the page reads its data from the ledger, opened read-only for this request (SQLite
   ``mode=ro``: the server never writes the file);
4. the data is written as HTML (every value escaped) or as JSON.

``claimledger serve LEDGER.db`` serves it with ``wsgiref``; ``make_app(path)`` gives the
application to any other WSGI server.
"""

from __future__ import annotations

import json
import socket
import sys
import traceback
from collections.abc import Callable, Iterable
from socketserver import ThreadingMixIn
from typing import Any
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIServer, make_server

from claimledger.interfaces import web_pages as pages
from claimledger.interfaces.web_html import error_page
from claimledger.interfaces.web_pages import HTTPError, Page, Request
from claimledger.ledger import Ledger, LedgerError

# Pages at a fixed path, and pages whose path ends with a name (an entity key, a document id).
ROUTES: dict[str, Callable[[Ledger, Request], Page]] = {
    "/": pages.home,
    "/compare": pages.compare,
    "/quotes": pages.quotes,
    "/entities": pages.entities,
}
NAMED_ROUTES: dict[str, Callable[[Ledger, Request], Page]] = {
    "/entities/": pages.entity,
    "/documents/": pages.document,
}
# A query string longer than this is refused at once (400).
MAX_QUERY = 4000
REASONS = {
    200: "OK",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    500: "Internal Server Error",
    503: "Service Unavailable",
}
HEADERS = [
    ("X-Content-Type-Options", "nosniff"),
    # No script, no outside resource: the pages need only their inline stylesheet.
    ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:"),
    ("Referrer-Policy", "no-referrer"),
]

StartResponse = Callable[..., Any]


class LedgerApp:
    """The WSGI application serving the ledger at ``path``, read-only."""

    def __init__(self, path: str) -> None:
        self.path = path
        # Opened once now, so that a missing or broken ledger is told at start-up.
        with Ledger(path, read_only=True):
            pass

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        """Answer one request."""
        method = environ.get("REQUEST_METHOD", "GET")
        path = _decoded(environ.get("PATH_INFO", "") or "/")
        as_json = path.endswith(".json")
        if as_json:
            path = path[: -len(".json")] or "/"
        try:
            if method not in ("GET", "HEAD"):
                raise HTTPError(405, f"{method} is not allowed: this server only reads")
            page = self._answer(path, environ.get("QUERY_STRING", ""), as_json)
            status, body, content_type = 200, _render(page, as_json), _type(as_json)
        except HTTPError as error:
            status, body, content_type = error.status, _error(error, as_json), _type(as_json)
        except LedgerError as error:
            problem = HTTPError(503, f"the ledger cannot be read: {error}")
            status, body, content_type = 503, _error(problem, as_json), _type(as_json)
        except Exception:  # noqa: BLE001 — one broken page must not stop the server
            traceback.print_exc(file=sys.stderr)
            problem = HTTPError(500, "internal error (the server's log has the details)")
            status, body, content_type = 500, _error(problem, as_json), _type(as_json)
        data = body.encode("utf-8")
        headers = [("Content-Type", content_type), ("Content-Length", str(len(data))), *HEADERS]
        if status == 405:
            headers.append(("Allow", "GET, HEAD"))
        start_response(f"{status} {REASONS[status]}", headers)
        return [b"" if method == "HEAD" else data]

    def _answer(self, path: str, query_string: str, as_json: bool) -> Page:
        """The page at ``path`` for ``query_string``."""
        handler, name = _route(path)
        request = Request(path, name, _parameters(query_string), as_json)
        with Ledger(self.path, read_only=True) as ledger:
            return handler(ledger, request)


def make_app(path: str) -> LedgerApp:
    """The WSGI application of the ledger at ``path`` (LedgerError if it cannot be read)."""
    return LedgerApp(path)


def _route(path: str) -> tuple[Callable[[Ledger, Request], Page], str | None]:
    """The handler of ``path`` and the name it ends with (entity key, document id), or 404."""
    if path in ROUTES:
        return ROUTES[path], None
    for prefix, handler in NAMED_ROUTES.items():
        if path.startswith(prefix) and len(path) > len(prefix):
            return handler, path[len(prefix) :]
    raise HTTPError(404, f"no page at {path}")


def _decoded(text: str) -> str:
    """A WSGI string (bytes as Latin-1, PEP 3333) as the UTF-8 text the client sent."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        raise HTTPError(400, "the address is not valid UTF-8") from None


def _parameters(query_string: str) -> dict[str, str]:
    """The query string's parameters; each may be given once."""
    if len(query_string) > MAX_QUERY:
        raise HTTPError(400, f"the query string is too long (at most {MAX_QUERY} characters)")
    try:
        parsed = parse_qs(
            _decoded(query_string),
            keep_blank_values=True,
            strict_parsing=False,
            encoding="utf-8",
            errors="strict",
        )
    except UnicodeError:
        raise HTTPError(400, "the query string is not valid UTF-8") from None
    repeated = sorted(name for name, values in parsed.items() if len(values) > 1)
    if repeated:
        raise HTTPError(400, f"parameter {repeated[0]!r} is given more than once")
    return {name: values[0] for name, values in parsed.items()}


def _render(page: Page, as_json: bool) -> str:
    """The page's body: its data as JSON, or its HTML."""
    if as_json:
        return json.dumps(page.data, ensure_ascii=False, indent=2) + "\n"
    return page.render()


def _error(error: HTTPError, as_json: bool) -> str:
    """The body of an error answer."""
    if as_json:
        return json.dumps({"error": error.message, "status": error.status}, ensure_ascii=False)
    return error_page(error.status, REASONS[error.status], error.message)


def _type(as_json: bool) -> str:
    """The Content-Type of an answer."""
    return "application/json; charset=utf-8" if as_json else "text/html; charset=utf-8"


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    """wsgiref's server, one thread a request (each opens the ledger for itself)."""

    daemon_threads = True


class _ThreadingServer6(_ThreadingServer):
    """The same on an IPv6 address (``--host ::1``)."""

    address_family = socket.AF_INET6


def serve(path: str, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve the ledger at ``path`` until interrupted (LedgerError, OSError when it cannot)."""
    app = make_app(path)
    server_class = _ThreadingServer6 if ":" in host else _ThreadingServer
    with make_server(host, port, app, server_class=server_class) as server:
        shown = f"[{host}]" if ":" in host else host
        print(
            f"Serving {path} read-only at http://{shown}:{server.server_port}/ (Ctrl-C to stop)",
            file=sys.stderr,
            flush=True,
        )
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            print("stopped", file=sys.stderr)
