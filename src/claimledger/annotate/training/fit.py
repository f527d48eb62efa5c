"""Train one spaCy pipeline from a config, with claimledger's Language classes and tokenizer.

Run as ``python -m claimledger.annotate.training.fit CONFIG OUTPUT KEY=VALUE...`` by the training
command, one process a model, so that each can be held to one thread (OMP_NUM_THREADS=1 and
friends must be set before numpy loads) and two can run side by side.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from spacy import util
from spacy.cli.train import train

from claimledger.annotate.language import LANGUAGE_CLASSES


def parse_overrides(pairs: list[str]) -> dict[str, object]:
    """``key=value`` pairs as config overrides, values read as JSON where they parse."""
    overrides: dict[str, object] = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
    return overrides


def fit(config: Path, output: Path, overrides: dict[str, object]) -> float:
    """Train ``config`` into ``output``; the seconds it took."""
    for code, cls in LANGUAGE_CLASSES.items():
        # spaCy's trainer looks languages up by code: point it at claimledger's classes
        util.set_lang_class(code, cls)
    start = time.perf_counter()
    train(config, output, overrides=overrides)
    seconds = time.perf_counter() - start
    (output / "time.json").write_text(json.dumps({"seconds": round(seconds, 1)}), encoding="utf-8")
    return seconds


def main(argv: list[str]) -> None:
    """Command-line entry: CONFIG OUTPUT KEY=VALUE..."""
    fit(Path(argv[0]), Path(argv[1]), parse_overrides(argv[2:]))


if __name__ == "__main__":
    main(sys.argv[1:])
