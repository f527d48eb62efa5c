"""``python -m claimledger.annotate.training``: retrain, ship and score claimledger's models."""

from __future__ import annotations

import json
import time
from pathlib import Path

import click

from claimledger.annotate.training import (
    DEFAULT_DATA,
    PARTS,
    build_corpora,
    score_language,
    train_parts,
)
from claimledger.annotate.training.card import write_card
from claimledger.annotate.training.package import MODELS_DIR, assemble, write_model


@click.command()
@click.option(
    "--data",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=DEFAULT_DATA,
    show_default=True,
    help="The shared data folder (ud/, ner/).",
)
@click.option("--lang", "languages", multiple=True, default=("fr", "en"), show_default=True)
@click.option(
    "--jobs", default=2, show_default=True, help="Models trained at once (one thread each)."
)
@click.option("--skip-training", is_flag=True, help="Only re-join, re-ship and re-score.")
def main(data: Path, languages: tuple[str, ...], jobs: int, skip_training: bool) -> None:
    """Retrain the models from the shared corpora and write them, scored, into the package.

    Example: python -m claimledger.annotate.training --lang fr --jobs 1
    """
    start = time.perf_counter()
    if not skip_training:
        for lang in languages:
            counts = build_corpora(lang, data)
            click.echo(f"{lang} corpora: {counts}")
        # the recognizers take longest: start them first, so that two jobs end close together
        jobs_list = [(lang, part) for lang in languages for part in PARTS[lang]]
        train_parts(sorted(jobs_list, key=lambda job: job[1].name != "ner"), jobs)
    for lang in languages:
        syntax, ner = PARTS[lang]
        model = write_model(assemble(syntax.shipped(lang), ner.shipped(lang)), lang)
        scores = score_language(lang, model)
        meta_path = model / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["performance"] = scores
        meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
        click.echo(f"{lang}: {json.dumps(scores, indent=1)}")
    results = {}
    for lang in ("fr", "en"):
        meta_path = MODELS_DIR / lang / "meta.json"
        if meta_path.exists():
            results[lang] = json.loads(meta_path.read_text(encoding="utf-8"))["performance"]
    write_card(MODELS_DIR / "MODEL_CARD.md", results)
    click.echo(f"done in {(time.perf_counter() - start) / 60:.1f} min")


if __name__ == "__main__":
    main()
