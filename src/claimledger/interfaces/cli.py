"""The ``claimledger`` command line: thin wrappers over the Python API.

Exit status: 0 when every input was processed, 1 when some failed (each failure is
reported on standard error as one line naming the input and the reason), 2 for usage errors.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TextIO

import click

from claimledger import __version__
from claimledger.contract import Document
from claimledger.interfaces import ledger_commands

EXIT_SOME_FAILED = 1


def _extract_options(function):
    """The options `extract` and `ingest` share."""
    options = [
        click.argument("paths", nargs=-1, required=True),
        click.option("--published", help="Publication date (YYYY-MM-DD); wins over the input's."),
        click.option(
            "--lang", "language", type=click.Choice(["fr", "en"]), help="Article language."
        ),
        click.option("--url", help="URL of the article."),
        click.option("--model", help="Another spaCy pipeline to use, by name or path."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _documents(paths, published, language, url, model) -> Iterator[Document]:
    """Documents from ``paths``; each failure goes to standard error and is counted."""
    from claimledger.pipeline import ExtractOptions, extract_paths

    options = ExtractOptions(published=published, language=language, url=url, model=model)
    context = click.get_current_context()
    context.meta["failures"] = 0
    for item in extract_paths(paths, options):
        if isinstance(item, Document):
            yield item
        else:
            context.meta["failures"] += 1
            click.echo(f"error: {item}", err=True)


def _exit_status() -> None:
    if click.get_current_context().meta.get("failures"):
        sys.exit(EXIT_SOME_FAILED)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimledger")
def main() -> None:
    """Turn news articles into source-attributed claims, and keep a ledger of them."""


@main.command()
@_extract_options
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Write here instead of standard output.",
)
def extract(paths, published, language, url, model, output: TextIO) -> None:
    """Print one v1 document per article: a JSON object for one, JSON Lines for several.

    \b
    Example:
      claimledger extract samples/radio-canada-2024-10-31.txt --published 2024-10-31
    """
    pending: Document | None = None
    count = 0
    for document in _documents(paths, published, language, url, model):
        count += 1
        if pending is not None:
            output.write(pending.to_json() + "\n")
        pending = document
    if pending is not None:
        output.write(pending.to_json(indent=2 if count == 1 else None) + "\n")
    _exit_status()


@main.command()
@_extract_options
@click.option("--db", required=True, help="The ledger file (SQLite); created if missing.")
def ingest(paths, published, language, url, model, db: str) -> None:
    """Extract articles and store them in the ledger, one transaction per article.

    \b
    Example:
      claimledger ingest samples/*.txt --published 2024-10-31 --db ledger.db
    """
    from claimledger.ledger import Ledger, LedgerError

    context = click.get_current_context()
    try:
        with Ledger(db, create=True) as ledger:
            for document in _documents(paths, published, language, url, model):
                try:
                    changed = ledger.ingest(document)
                except LedgerError as error:
                    context.meta["failures"] += 1
                    click.echo(f"error: {document.doc_id}: {error}", err=True)
                    continue
                state = "stored" if changed else "unchanged"
                click.echo(f"{state}: {document.doc_id} {document.title or ''}".rstrip(), err=True)
    except LedgerError as error:
        raise click.ClickException(str(error)) from None
    _exit_status()


@main.command()
@click.argument("doc_id")
@click.option("--db", required=True, help="The ledger file (SQLite).")
@click.option("--summary", is_flag=True, help="A readable summary instead of JSON.")
def show(doc_id: str, db: str, summary: bool) -> None:
    """Print a stored document back as v1 JSON.

    \b
    Example:
      claimledger show 3f2a9c0d1e4b5a6c --db ledger.db
    """
    from claimledger.interfaces.summary import summarize
    from claimledger.ledger import Ledger, LedgerError

    try:
        with Ledger(db) as ledger:
            document = ledger.get(doc_id)
    except LedgerError as error:
        raise click.ClickException(str(error)) from None
    if document is None:
        raise click.ClickException(f"{db}: no document {doc_id!r}")
    click.echo(summarize(document) if summary else document.to_json(indent=2))


@main.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--articles",
    type=click.Path(exists=True, file_okay=False),
    help="Folder of the articles (default: beside the gold files).",
)
@click.option("-v", "--verbose", is_flag=True, help="List every miss and false alarm.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table")
@click.option("--model", help="Another spaCy pipeline to use, by name or path.")
def evaluate(
    gold_dir: str, articles: str | None, verbose: bool, fmt: str, model: str | None
) -> None:
    """Score extraction against gold files (``*.gold.json``) and print the table.

    \b
    Example:
      claimledger evaluate devset -v
    """
    from claimledger.evaluate import evaluate_folder, format_report

    report = evaluate_folder(gold_dir, articles_dir=articles, model=model)
    click.echo(format_report(report, fmt=fmt, verbose=verbose))


@main.command()
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
def schema(output: TextIO) -> None:
    """Print the JSON Schema of the v1 document (generated from the contract)."""
    from claimledger.contract import json_schema_text

    output.write(json_schema_text())


@main.command()
@click.option(
    "--corpus",
    type=click.Path(exists=True),
    default=None,
    help="Folder or WiNER-fr archive to time (default: ../shared WiNER-fr).",
)
@click.option("--limit", type=int, default=200, help="Articles to time.")
def benchmark(corpus: str | None, limit: int) -> None:
    """Measure words per second, cold start of `extract`, and peak memory."""
    from claimledger.interfaces.benchmark import run_benchmark

    click.echo(run_benchmark(corpus, limit))


@main.command()
@click.argument("path", required=False, type=click.Path(exists=True))
@click.option("--with-ages", is_flag=True, help="Count ages as times (the corpus does not).")
@click.option("-v", "--verbose", is_flag=True, help="List every miss, false alarm and wrong value.")
def timebank(path: str | None, with_ages: bool, verbose: bool) -> None:
    """Score the times extractor on the French TimeBank: span P/R/F1, value and type accuracy.

    \b
    Example:
      claimledger timebank ../shared/data/time/fr-timebank -v
    """
    from claimledger.evaluate.timebank import AGES, DEFAULT_PATH, evaluate_timebank, format_timebank

    score = evaluate_timebank(path or DEFAULT_PATH, leave_out=frozenset() if with_ages else AGES)
    click.echo(format_timebank(score, verbose=verbose))


# The ledger across articles: compare, sources, quotes, entities, export, delete.
for _command in ledger_commands.COMMANDS:
    main.add_command(_command)


if __name__ == "__main__":
    main()
