"""Speed, measured: words per second, cold start of `extract`, peak memory.

A benchmark, not a test: it prints figures for the README and asserts nothing.
1. Cold start: run `claimledger extract` on the bundled sample in a fresh process, a few times.
2. Throughput: extract the WiNER-fr articles (read straight from the archive in ../shared)
   in this process, after one warm-up article, and count words per second.
3. Memory: peak resident size of this process and of the cold-start children.
"""

from __future__ import annotations

import contextlib
import platform
import resource
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
SAMPLE = REPO / "samples" / "radio-canada-2024-10-31.txt"
WINER = REPO.parent / "shared" / "data" / "ner" / "winer-fr" / "WiNER-fr-2016-2017-brat.tar.xz"
COLD_RUNS = 3


def iter_corpus(corpus: Path, limit: int) -> Iterator[tuple[str, str]]:
    """(name, text) of up to ``limit`` articles: a folder of .txt files or the WiNER-fr archive."""
    if corpus.is_dir():
        files = sorted(corpus.rglob("*.txt"))[:limit]
        for path in files:
            yield path.name, path.read_text(encoding="utf-8", errors="replace")
        return
    with tarfile.open(corpus) as archive:
        count = 0
        for member in archive:
            if count >= limit:
                break
            if member.isfile() and member.name.endswith(".txt") and "urls" not in member.name:
                handle = archive.extractfile(member)
                if handle is not None:
                    count += 1
                    yield member.name, handle.read().decode("utf-8")


def measure_cold_start(runs: int = COLD_RUNS) -> list[float]:
    """Wall seconds of `claimledger extract SAMPLE` in fresh processes."""
    command = [
        sys.executable,
        "-m",
        "claimledger.interfaces.cli",
        "extract",
        str(SAMPLE),
        "--published",
        "2024-10-31",
        "-o",
        "/dev/null",
    ]
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        timings.append(time.perf_counter() - start)
    return timings


def measure_throughput(corpus: Path, limit: int) -> tuple[int, int, int, float]:
    """(articles, failures, words, seconds) for extracting the corpus in this process."""
    from claimledger.contract import Document
    from claimledger.pipeline import extract_source

    articles = list(iter_corpus(corpus, limit))
    if articles:
        # Warm-up: load the models before the clock starts; the timed loop reports failures.
        with contextlib.suppress(Exception):
            extract_source(articles[0][1], origin=articles[0][0])
    words = failures = 0
    start = time.perf_counter()
    for name, text in articles:
        try:
            document: Document = extract_source(text, origin=name)
        except Exception:  # one bad article must not stop a benchmark
            failures += 1
            continue
        words += len(document.text.split())
    return len(articles), failures, words, time.perf_counter() - start


def _peak_mib(who: int) -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(who).ru_maxrss / 1024


def run_benchmark(corpus: str | None = None, limit: int = 200) -> str:
    """Run every measurement and return the report as Markdown."""
    corpus_path = Path(corpus) if corpus else WINER
    if not corpus_path.exists():
        raise SystemExit(f"{corpus_path}: corpus not found (pass --corpus)")
    cold = measure_cold_start()
    articles, failures, words, seconds = measure_throughput(corpus_path, limit)
    rate = words / seconds if seconds else 0.0
    lines = [
        f"machine: {platform.machine()}, {_cpu_count()} CPU, Python {platform.python_version()}",
        "",
        "| measure | value |",
        "|---|---|",
        f"| cold `extract` of the sample (best of {len(cold)}) | {min(cold):.2f} s |",
        f"| throughput ({articles} articles, {failures} failed, {words} words) | "
        f"{rate:,.0f} words/s ({seconds / max(articles, 1) * 1000:.0f} ms/article) |",
        f"| peak memory, batch process | {_peak_mib(resource.RUSAGE_SELF):.0f} MiB |",
        f"| peak memory, cold `extract` process | {_peak_mib(resource.RUSAGE_CHILDREN):.0f} MiB |",
    ]
    return "\n".join(lines)


def _cpu_count() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
