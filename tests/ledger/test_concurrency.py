"""One ledger, several processes: writers at once lose nothing, a killed one leaves no trace."""

from __future__ import annotations

import multiprocessing
import os
import threading
from pathlib import Path

import pytest

from claimledger.ledger import Ledger, tables
from tests.conftest import assert_valid_document
from tests.ledger.conftest import expected_counts, row_counts
from tests.ledger.documents import rich_document, synthetic_document

# spawn: the way every platform can start a process, and no state inherited from pytest.
CONTEXT = multiprocessing.get_context("spawn")
JOIN_TIMEOUT_S = 300


def _ingest_numbers(path: str, numbers: list[int], start: threading.Barrier) -> None:
    """Worker: wait for the other one, then ingest the synthetic documents ``numbers``."""
    start.wait()
    with Ledger(path, create=True) as ledger:
        for number in numbers:
            ledger.ingest(synthetic_document(number))


def _run_workers(path: Path, shares: list[list[int]]) -> list[int | None]:
    """Run one _ingest_numbers process per share, all at once; their exit codes."""
    start = CONTEXT.Barrier(len(shares))
    workers = [
        CONTEXT.Process(target=_ingest_numbers, args=(str(path), share, start)) for share in shares
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(JOIN_TIMEOUT_S)
    return [worker.exitcode for worker in workers]


@pytest.mark.parametrize("created_first", [True, False], ids=["existing", "new-file"])
def test_two_processes_ingesting_at_once_lose_nothing(ledger_path, created_first):
    if created_first:
        Ledger(ledger_path, create=True).close()
    total = 200
    assert _run_workers(ledger_path, [list(range(0, total, 2)), list(range(1, total, 2))]) == [0, 0]
    documents = [synthetic_document(n) for n in range(total)]
    with Ledger(ledger_path) as ledger:
        assert ledger.count() == total
        for document in documents:
            assert_valid_document(document)
            assert ledger.get(document.doc_id) == document
    assert row_counts(ledger_path) == expected_counts(*documents)


def test_four_processes_creating_one_new_ledger_at_once(ledger_path):
    # Regression: the losers of the switch to WAL were told "database is locked" at once, and a
    # process could read the schema version from before a migration and the tables from after.
    shares = [list(range(k, 80, 4)) for k in range(4)]
    assert _run_workers(ledger_path, shares) == [0, 0, 0, 0]
    assert row_counts(ledger_path) == expected_counts(*[synthetic_document(n) for n in range(80)])


def test_two_processes_ingesting_the_same_documents_store_each_once(ledger_path):
    numbers = list(range(60))
    assert _run_workers(ledger_path, [numbers, numbers[::-1]]) == [0, 0]
    documents = [synthetic_document(n) for n in numbers]
    assert row_counts(ledger_path) == expected_counts(*documents)


def _die_while_ingesting(path: str) -> None:
    """Worker: start storing a new version of the rich document, and die in the middle."""

    def insert_table(connection, name, rows):
        if name == "quotes":
            os._exit(3)  # no exception, no rollback, no cleanup: as if killed
        original(connection, name, rows)

    original = tables.insert_table
    tables.insert_table = insert_table
    with Ledger(path) as ledger:
        ledger.ingest(rich_document(generator="newer", title="Un autre titre"))


def test_a_writer_killed_midway_leaves_the_ledger_as_it_was(ledger_path, rich):
    other = synthetic_document(5)
    with Ledger(ledger_path, create=True) as ledger:
        ledger.ingest(rich)
        ledger.ingest(other)
    before = row_counts(ledger_path)
    worker = CONTEXT.Process(target=_die_while_ingesting, args=(str(ledger_path),))
    worker.start()
    worker.join(JOIN_TIMEOUT_S)
    assert worker.exitcode == 3
    assert row_counts(ledger_path) == before
    with Ledger(ledger_path) as ledger:
        assert ledger.get(rich.doc_id) == rich
        assert ledger.get(other.doc_id) == other
        assert ledger.ingest(rich_document(generator="newer")) is True


def test_a_reader_sees_one_version_or_the_other_never_a_mix(ledger_path, rich):
    newer = rich_document(generator="newer", quotes=[], amounts=rich.amounts[:2])
    with Ledger(ledger_path, create=True) as ledger:
        ledger.ingest(rich)
    done = threading.Event()

    def replace_repeatedly() -> None:
        with Ledger(ledger_path) as writer:
            for round_ in range(100):
                writer.ingest(newer if round_ % 2 == 0 else rich)
        done.set()

    thread = threading.Thread(target=replace_repeatedly)
    thread.start()
    with Ledger(ledger_path) as reader:
        reads = 0
        while not done.is_set() or reads == 0:
            assert reader.get(rich.doc_id) in (rich, newer)
            reads += 1
    thread.join()
