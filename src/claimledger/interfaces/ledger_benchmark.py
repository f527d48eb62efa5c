"""The ledger at scale, measured: streaming ingest of synthetic documents, then query times.

A benchmark, not a test: it prints figures for the README and asserts nothing.
1. Ingest: stream ``--documents`` synthetic documents (interfaces.synthetic) into the ledger,
   one transaction each, printing throughput and resident memory as it goes (memory must stay
   flat). An existing ledger is completed, not rebuilt, so a long run can be resumed.
2. Queries: time compare, sources, quotes --search and quotes --speaker in this process (one
   warm-up, then the median and the slowest of several runs), on a hot quantity, an ordinary one
   and rare and common words.
3. Command line: wall time of `claimledger compare` in a fresh process (start-up included).

    python -m claimledger.interfaces.ledger_benchmark --documents 100000 --db /tmp/bench.db
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimledger.interfaces.synthetic import SyntheticCorpus
from claimledger.ledger import Ledger

RUNS = 7
PROGRESS_EVERY = 10_000


def resident_mib() -> float:
    """Resident memory of this process now, in MiB (peak where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_mib()


def peak_mib() -> float:
    """Peak resident memory of this process, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def ingest(db: Path, documents: int, echo: Callable[[str], None]) -> dict[str, Any]:
    """Stream ``documents`` synthetic documents into ``db``; throughput and memory figures."""
    corpus = SyntheticCorpus()
    memory: list[tuple[int, float]] = []
    stored = 0
    start = time.perf_counter()
    with Ledger(db, create=True) as ledger:
        already = ledger.count()
        # A complete ledger is not generated again; a partial one is completed (the stream is
        # reproducible: the documents it holds come again and are skipped).
        wanted = documents if already < documents else 0
        for number, document in enumerate(corpus.documents(wanted), 1):
            if number > already:
                stored += ledger.ingest(document)
            if number % PROGRESS_EVERY == 0:
                elapsed = time.perf_counter() - start
                memory.append((number, resident_mib()))
                echo(f"  {number:>7} documents, {elapsed:7.1f} s, RSS {memory[-1][1]:.0f} MiB")
    seconds = time.perf_counter() - start
    return {"stored": stored, "seconds": seconds, "memory": memory, "already": already}


def time_call(function: Callable[[], Any]) -> tuple[float, float, int]:
    """(median ms, slowest ms, result size) of ``function`` over RUNS runs after a warm-up."""
    size = len(function())
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        function()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), max(timings), size


def _estimates(quantities) -> int:
    """How many estimates a compare answer holds."""
    return sum(q.count for q in quantities)


def queries(ledger: Ledger) -> list[tuple[str, float, float, str]]:
    """(query, median ms, slowest ms, what came back) of each timed query."""
    cases: list[tuple[str, Callable[[], Any], Callable[[Any], str]]] = [
        ('compare "soldats nord-coréens" (hot)', lambda: ledger.compare("soldats nord-coréens"),
         lambda r: f"{len(r)} quantities, {_estimates(r)} estimates"),
        ('compare "soldats nord-coreens" --estimates 100', lambda: ledger.compare(
            "soldats nord-coreens", estimates=100), lambda r: f"{_estimates(r)} estimates"),
        ('compare "soldats" (broad)', lambda: ledger.compare("soldats"),
         lambda r: f"{len(r)} quantities, {_estimates(r)} estimates"),
        ('compare "drones syriens"', lambda: ledger.compare("drones syriens"),
         lambda r: f"{len(r)} quantities, {_estimates(r)} estimates"),
        ('compare "otage ukrainien Gaza"', lambda: ledger.compare("otage ukrainien Gaza"),
         lambda r: f"{len(r)} quantities, {_estimates(r)} estimates"),
        ('compare "licornes"', lambda: ledger.compare("licornes"), lambda r: "nothing"),
        ('sources "soldats nord-coréens"', lambda: ledger.sources("soldats nord-coréens"),
         lambda r: f"{sum(len(q.sources) for q in r)} sources"),
    ]  # fmt: skip
    words = _search_words(ledger)
    for label, word in words:
        search = f'quotes --search "{word}" ({label})'
        cases.append((search, lambda w=word: ledger.quotes(search=w), lambda r: f"{len(r)} quotes"))
    cases.append(('quotes --speaker "Anna Kallas"', lambda: ledger.quotes(speaker="Anna Kallas"),
                  lambda r: f"{len(r)} quotes"))  # fmt: skip
    cases.append(("entities (50 most documented)", lambda: ledger.entities(),
                  lambda r: f"{len(r)} entities"))  # fmt: skip
    results = []
    for label, function, describe in cases:
        median, slowest, _ = time_call(lambda f=function: [f()])
        results.append((label, median, slowest, describe(function())))
    return results


def _search_words(ledger: Ledger) -> list[tuple[str, str]]:
    """A common, a middling and a rare word of the synthetic vocabulary, and a two-word query."""
    words = SyntheticCorpus().words
    return [
        ("most common word", words[0]),
        ("rank 100", words[99]),
        ("rank 5000", words[4999]),
        ("two words", f"{words[10]} {words[200]}"),
    ]


def cli_wall(db: Path) -> float:
    """Median wall seconds of `claimledger compare` in a fresh process."""
    command = [sys.executable, "-m", "claimledger.interfaces.cli", "compare",
               "soldats nord-coréens", "--db", str(db), "--limit", "100"]  # fmt: skip
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def run_ledger_benchmark(db: Path, documents: int, echo: Callable[[str], None] = print) -> str:
    """Ingest then query; the figures as a Markdown report."""
    echo(f"ingesting {documents} synthetic documents into {db} ...")
    figures = ingest(db, documents, echo)
    with Ledger(db) as ledger:
        count = ledger.count()
        timed = queries(ledger)
    lines = [
        f"Ledger benchmark: {count} documents, {db.stat().st_size / 2**20:.0f} MiB "
        f"(+ WAL), {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPU(s), SQLite {__import__('sqlite3').sqlite_version}",
        "",
    ]
    if figures["stored"]:
        rate = figures["stored"] / figures["seconds"]
        lines.append(f"- ingest: {figures['stored']} documents in {figures['seconds']:.0f} s "
                     f"({rate:.0f} documents/s, one transaction each)")  # fmt: skip
    if figures["memory"]:
        rss = ", ".join(f"{n // 1000}k: {m:.0f} MiB" for n, m in figures["memory"])
        lines.append(f"- resident memory while ingesting: {rss}; peak {peak_mib():.0f} MiB")
    lines += ["", "| query | median ms | slowest ms | answer |", "|---|---:|---:|---|"]
    lines += [f"| `{label}` | {median:.1f} | {slowest:.1f} | {answer} |"
              for label, median, slowest, answer in timed]  # fmt: skip
    lines += ["", f"- `claimledger compare` command, wall time with start-up: {cli_wall(db):.2f} s"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry: ``python -m claimledger.interfaces.ledger_benchmark``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("ledger-benchmark.db"))
    arguments = parser.parse_args(argv)
    print(run_ledger_benchmark(arguments.db, arguments.documents), flush=True)


if __name__ == "__main__":
    main()
