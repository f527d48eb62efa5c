"""Commands that question the ledger across articles: compare, sources, quotes, entities,
export, delete, and serve (the web interface). Each is a thin wrapper over a ``Ledger`` method
(serve over ``interfaces.web``); cli.py registers them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from claimledger.ledger import Ledger

DB_OPTION = click.option("--db", required=True, help="The ledger file (SQLite).")
FORMAT_OPTION = click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
    help="Output: a readable table (default), JSON or CSV.",
)  # fmt: skip


@contextmanager
def _opened(db: str) -> Iterator[Ledger]:
    """The ledger at ``db``; a ledger error becomes a one-line error."""
    from claimledger.ledger import Ledger, LedgerError

    try:
        with Ledger(db) as ledger:
            yield ledger
    except LedgerError as error:
        raise click.ClickException(str(error)) from None


def _echo(fmt: str, table: Callable[[], str], json: Callable[[], str], csv: Callable[[], str]):
    """Print the answer in the chosen format."""
    chosen = {"table": table, "json": json, "csv": csv}[fmt]()
    click.echo(chosen, nl=not chosen.endswith("\n"))


@click.command()
@click.argument("query")
@DB_OPTION
@FORMAT_OPTION
@click.option("--plot", type=click.Path(dir_okay=False), help="Also draw the estimates (SVG).")
@click.option("--limit", type=int, default=10, show_default=True, help="Quantities shown.")
@click.option(
    "--estimates", type=int, default=100, show_default=True,
    help="Latest estimates listed per quantity (0: all); spread and sources cover all.",
)  # fmt: skip
def compare(query: str, db: str, fmt: str, plot: str | None, limit: int, estimates: int) -> None:
    """Compare the estimates of a quantity across articles: who said how many, and when.

    QUERY is words of what is counted (and where), in any case, with or without accents.

    \b
    Example:
      claimledger compare "soldats nord-coréens" --db ledger.db --plot soldats.svg
    """
    from claimledger.interfaces import ledger_views as views
    from claimledger.ledger.plot import plot_svg

    with _opened(db) as ledger:
        quantities = ledger.compare(query, limit, estimates or None)
    if plot:
        try:
            Path(plot).write_text(plot_svg(quantities, f"compare: {query}"), encoding="utf-8")
        except OSError as error:
            message = f"{plot}: cannot write the plot ({error.strerror})"
            raise click.ClickException(message) from None
    _echo(fmt, lambda: views.compare_text(query, quantities),
          lambda: views.to_json(query, "quantities", quantities),
          lambda: views.compare_csv(quantities))  # fmt: skip


@click.command()
@click.argument("quantity")
@DB_OPTION
@FORMAT_OPTION
@click.option("--limit", type=int, default=10, show_default=True, help="Quantities shown.")
def sources(quantity: str, db: str, fmt: str, limit: int) -> None:
    """List the sources that gave figures for a quantity, with their latest figure.

    \b
    Example:
      claimledger sources "soldats nord-coréens" --db ledger.db
    """
    from claimledger.interfaces import ledger_views as views

    with _opened(db) as ledger:
        quantities = ledger.sources(quantity, limit)
    _echo(fmt, lambda: views.sources_text(quantity, quantities),
          lambda: views.to_json(quantity, "quantities", quantities),
          lambda: views.sources_csv(quantities))  # fmt: skip


@click.command()
@DB_OPTION
@click.option("--speaker", help="Words of the speaker's name: Blinken, antony blinken.")
@click.option("--search", help="Words the quote holds (any case, any accents).")
@FORMAT_OPTION
@click.option("--limit", type=int, default=50, show_default=True, help="Quotes shown (0: all).")
def quotes(db: str, speaker: str | None, search: str | None, fmt: str, limit: int) -> None:
    """Find who said what across the ledger: quotes by speaker and/or words, newest first.

    \b
    Example:
      claimledger quotes --db ledger.db --speaker Blinken --search troupes
    """
    from claimledger.interfaces import ledger_views as views

    if speaker is None and search is None:
        raise click.UsageError("give --speaker NAME, --search WORDS, or both")
    with _opened(db) as ledger:
        hits = ledger.quotes(speaker, search, limit or None)
    _echo(fmt, lambda: views.quotes_text(hits), lambda: views.to_json(None, "quotes", hits),
          lambda: views.records_csv(hits))  # fmt: skip


@click.command()
@DB_OPTION
@click.option("--search", help="Words of the entity's name or key.")
@click.option(
    "--merge", nargs=2, metavar="KEEP MERGED",
    help="Record that key MERGED names the same referent as KEEP (kept across re-ingests).",
)  # fmt: skip
@FORMAT_OPTION
@click.option("--limit", type=int, default=50, show_default=True, help="Entities shown (0: all).")
def entities(
    db: str, search: str | None, merge: tuple[str, str] | None, fmt: str, limit: int
) -> None:
    """List entities across articles (one per key) with their counts; merge two keys.

    \b
    Examples:
      claimledger entities --db ledger.db --search seoul
      claimledger entities --db ledger.db --merge "GPE:etats unis" GPE:washington
    """
    from claimledger.interfaces import ledger_views as views

    with _opened(db) as ledger:
        if merge:
            kept = ledger.merge_entities(*merge)
            click.echo(f"merged: {merge[1]} → {kept}", err=True)
            search = search or kept
        found = ledger.entities(search, limit or None)
    _echo(fmt, lambda: views.entities_text(found), lambda: views.to_json(None, "entities", found),
          lambda: views.records_csv(found))  # fmt: skip


@click.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), required=True)
@click.option(
    "-o", "--output", required=True,
    help="jsonl: a FILE.jsonl of v1 documents (- for standard output) or a folder; "
    "csv: a folder (one file per table).",
)  # fmt: skip
def export(db: str, fmt: str, output: str) -> None:
    """Export the whole ledger: v1 documents as JSON Lines, or one CSV (or JSONL) file per table.

    \b
    Examples:
      claimledger export --db ledger.db --format jsonl -o ledger.jsonl
      claimledger export --db ledger.db --format csv -o ledger-csv/
    """
    from claimledger.ledger.export import export_documents, export_tables

    with _opened(db) as ledger:
        try:
            if fmt == "jsonl" and (output == "-" or output.endswith(".jsonl")):
                with click.open_file(output, "w", encoding="utf-8") as stream:
                    count = export_documents(ledger, stream)
                click.echo(f"exported {count} documents to {output}", err=True)
                return
            counts = export_tables(ledger, Path(output), fmt)
        except OSError as error:
            raise click.ClickException(f"{output}: cannot write ({error.strerror})") from None
    total = ", ".join(f"{table} {count}" for table, count in counts.items())
    click.echo(f"exported to {output}: {total}", err=True)


@click.command()
@click.argument("doc_id")
@DB_OPTION
def delete(doc_id: str, db: str) -> None:
    """Delete an article and every row extracted from it (merges of entities are kept).

    \b
    Example:
      claimledger delete radio-canada-2024-10-31 --db ledger.db
    """
    with _opened(db) as ledger:
        removed = ledger.delete(doc_id)
    if not removed:
        raise click.ClickException(f"{db}: no document {doc_id!r}")
    click.echo(f"deleted: {doc_id}", err=True)


@click.command()
@click.argument("db", metavar="LEDGER.db")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8001, show_default=True, help="Port to listen on.")
def serve(db: str, host: str, port: int) -> None:
    """Browse the ledger in a web browser (read-only): compare, quotes, entities, documents.

    Every page is also JSON: add .json to its path (/compare.json?counted=soldats).

    \b
    Example:
      claimledger serve ledger.db --port 8001
    """
    from claimledger.interfaces.web import serve as serve_ledger
    from claimledger.ledger import LedgerError

    try:
        serve_ledger(db, host, port)
    except LedgerError as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"cannot listen on {host}:{port} ({error.strerror})") from None


COMMANDS = (compare, sources, quotes, entities, export, delete, serve)
