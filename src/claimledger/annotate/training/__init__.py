"""Retrain claimledger's French and English pipelines from ../shared/data, with one command.

``python -m claimledger.annotate.training`` (or ``make train``):

1. converts the corpora (``corpora.py``) into spaCy DocBins under ``training/corpus/<lang>/``;
2. trains, for each language, a syntax pipeline (``configs/syntax.cfg``) and an entity
   recognizer (``configs/ner.cfg``), one process a model held to one thread, seed 0;
3. joins each language's two into one pipeline and writes it to ``src/claimledger/models/<lang>/``
   (``package.py``);
4. scores each shipped pipeline on the held-out data (``evaluate.py``) and writes
   ``src/claimledger/models/MODEL_CARD.md`` (``card.py``).

Nothing is downloaded. CoNLL-2003's text trains the English recognizer but stays in
``training/corpus/`` (git-ignored): only the trained weights ship.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from claimledger.annotate.language import blank_pipeline

ROOT = Path(__file__).resolve().parents[4]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
CORPUS_DIR = ROOT / "training" / "corpus"
OUTPUT_DIR = ROOT / "training" / "output"
CONFIG_DIR = Path(__file__).parent / "configs"
ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


@dataclass(frozen=True)
class Part:
    """One model to train: its config and what the training command sets in it."""

    name: str
    overrides: dict[str, object] = field(default_factory=dict)
    config: str = ""  # configs/<config>.cfg, configs/<name>.cfg by default
    train: str = "train"  # the corpus it learns from: training/corpus/<lang>/<name>-<train>.spacy
    ship: str = "model-best"  # the model kept: the best on the dev corpus, or the last one

    def shipped(self, lang: str) -> Path:
        """Where the trained model that ships lies."""
        return OUTPUT_DIR / lang / self.name / self.ship

    def command(self, lang: str, output: Path) -> list[str]:
        """The command line that trains this part for ``lang`` into ``output``."""
        corpus = CORPUS_DIR / lang
        settings = {
            "paths.train": str(corpus / f"{self.name}-{self.train}.spacy"),
            "paths.dev": str(corpus / f"{self.name}-dev.spacy"),
            "nlp.lang": lang,
            **self.overrides,
        }
        pairs = [f"{key}={json.dumps(value)}" for key, value in settings.items()]
        config = str(CONFIG_DIR / f"{self.config or self.name}.cfg")
        return [
            sys.executable,
            "-m",
            "claimledger.annotate.training.fit",
            config,
            str(output),
            *pairs,
        ]


# More hash rows for the recognizers' word embeddings: names are many and each is rare.
NER_ROWS = {"components.ner.model.tok2vec.embed.rows": [20000, 2000, 5000, 5000]}
# The French recognizer reads the known names (configs/ner-known.cfg). Trained on WiNER-fr's
# train split alone, it scores best on the dev split from 2 250-2 750 steps on (then flat): the
# shipped one learns from train + dev, 12 % more text, for 3 000 steps, and the last is kept.
FRENCH_NER = Part(
    "ner", {"training.max_steps": 3000}, config="ner-known", train="train-dev", ship="model-last"
)
PARTS: dict[str, tuple[Part, ...]] = {
    "fr": (
        Part("syntax", {"training.max_steps": 4000}),
        FRENCH_NER,
    ),
    "en": (
        Part("syntax", {"training.max_steps": 2000}),
        Part("ner", {"training.max_steps": 5000, **NER_ROWS}),
    ),
}


def build_corpora(lang: str, data: Path) -> dict[str, int]:
    """Write the DocBins of ``lang``; the number of Docs of each."""
    from claimledger.annotate.training.corpora import CORPORA

    nlp = blank_pipeline(lang)
    corpora = CORPORA[lang](nlp, data, ROOT)
    folder = CORPUS_DIR / lang
    folder.mkdir(parents=True, exist_ok=True)
    for name, docs in corpora.items():
        DocBin(docs=docs, store_user_data=False).to_disk(folder / f"{name}.spacy")
    return {name: len(docs) for name, docs in corpora.items()}


def train_parts(jobs: list[tuple[str, Part]], parallel: int = 1) -> None:
    """Train each (language, part), ``parallel`` processes at a time, each on one thread."""
    env = {**os.environ, **ONE_THREAD}
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    running: list[subprocess.Popen] = []
    for lang, part in jobs:
        output = OUTPUT_DIR / lang / part.name
        log = (OUTPUT_DIR / f"{lang}-{part.name}.log").open("w", encoding="utf-8")
        print(f"training {lang} {part.name} → {output}", flush=True)
        running.append(
            subprocess.Popen(part.command(lang, output), env=env, stdout=log, stderr=log)
        )
        while len(running) >= parallel:
            running = _reap(running)
    while running:
        running = _reap(running)


def _reap(running: list[subprocess.Popen]) -> list[subprocess.Popen]:
    """Wait a moment; the processes still running (a failed one stops the whole command)."""
    time.sleep(1)
    still = []
    for process in running:
        code = process.poll()
        if code is None:
            still.append(process)
        elif code:
            raise RuntimeError(f"training failed ({code}): {' '.join(process.args)}")
    return still


def score_language(lang: str, model_dir: Path) -> dict:
    """Held-out scores, training times, size, load time and speed of the model in ``model_dir``."""
    from claimledger.annotate.language import load_model_dir
    from claimledger.annotate.training.evaluate import evaluate_syntax, measure_speed
    from claimledger.annotate.training.package import folder_size

    nlp = load_model_dir(model_dir)
    corpus = CORPUS_DIR / lang
    syntax = {}
    for path in sorted(corpus.glob("syntax-test-*.spacy")):
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        syntax[path.stem.removeprefix("syntax-test-")] = evaluate_syntax(nlp, docs)
    ner_docs = list(DocBin().from_disk(corpus / "ner-test.spacy").get_docs(nlp.vocab))
    seconds = {
        part.name: json.loads((OUTPUT_DIR / lang / part.name / "time.json").read_text())["seconds"]
        for part in PARTS[lang]
    }
    return {
        "syntax": syntax,
        "ner": entity_scores(nlp, lang, ner_docs),
        "seconds": seconds,
        "bytes": folder_size(model_dir),
        "load_seconds": measure_cold_load(lang),
        "words_per_second": measure_speed(nlp, [doc.text for doc in ner_docs]),
    }


def entity_scores(nlp: Language, lang: str, held_out: list[Doc]) -> dict[str, dict]:
    """Entity scores on the held-out set: of claimledger's whole entity stage (recognizer,
    consistency rules and the knowledge the project ships), of the pipeline's ``doc.ents`` and
    of the recognizer alone; and of the entity stage on claimledger's devset articles, where
    there are (the knowledge lists were written after reading their gold: scored apart)."""
    from claimledger.annotate.consistency import FACTORY as CONSISTENCY
    from claimledger.annotate.training.evaluate import evaluate_entities

    # The training command scores what claimledger outputs, so it reads the extract stage's
    # entities (a later stage: imported here only, never by the pipeline itself).
    from claimledger.extractors.entities import typed_mentions

    def stage(doc: Doc) -> list[tuple[int, int, str]]:
        return typed_mentions(doc.text, lang, doc)

    name = NER_TEST_NAMES[lang]
    scores = {f"{name}, entity stage": evaluate_entities(nlp, held_out, stage)}
    scores[name] = evaluate_entities(nlp, held_out)
    with nlp.select_pipes(disable=[CONSISTENCY]):
        scores[f"{name}, recognizer alone"] = evaluate_entities(nlp, held_out)
    devset = CORPUS_DIR / lang / "ner-devset.spacy"
    if devset.exists():
        docs = list(DocBin().from_disk(devset).get_docs(nlp.vocab))
        scores["claimledger devset articles, entity stage"] = evaluate_entities(nlp, docs, stage)
    return scores


NER_TEST_NAMES = {"fr": "WiNER-fr held out", "en": "CoNLL-2003 test"}


def measure_cold_load(lang: str, runs: int = 3) -> dict[str, float]:
    """Seconds a fresh ``python -c "import claimledger.annotate as a; a.load_pipeline(lang)"``
    takes, whole and for ``load_pipeline`` alone: the fastest of ``runs`` (NaN if it fails)."""
    code = (
        "import time; t = time.perf_counter(); import claimledger.annotate as a; "
        f"t = time.perf_counter(); a.load_pipeline({lang!r}); print(time.perf_counter() - t)"
    )
    env = {**os.environ, **ONE_THREAD}
    whole, alone = [], []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        if done.returncode:  # another stage failing to import must not sink the training run
            print(done.stderr, file=sys.stderr)
            return {"process": float("nan"), "load_pipeline": float("nan")}
        whole.append(time.perf_counter() - start)
        alone.append(float(done.stdout))
    return {"process": min(whole), "load_pipeline": min(alone)}
