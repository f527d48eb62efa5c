"""Join a language's trained syntax pipeline and entity recognizer into the model claimledger ships.

The recognizer carries its own token-to-vector layer, so it is copied as it is. The shipped
config forgets where the training data lay; the meta says what the model was trained on.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from spacy import util
from spacy.language import Language

from claimledger import __version__
from claimledger.annotate.consistency import FACTORY as CONSISTENCY
from claimledger.annotate.language import load_model_dir
from claimledger.annotate.training.strings import prune_strings

MODELS_DIR = Path(__file__).resolve().parents[2] / "models"

SOURCES = {
    "fr": [
        {
            "name": "UD French Sequoia 2.15",
            "license": "LGPL-LR",
            "url": "https://github.com/UniversalDependencies/UD_French-Sequoia",
        },
        {
            "name": "UD French GSD 2.15 (dev, test)",
            "license": "CC BY-SA 4.0",
            "url": "https://github.com/UniversalDependencies/UD_French-GSD",
        },
        {
            "name": "WiNER-fr 0.2.0 (French Wikinews 2016-2017)",
            "license": "CC BY 4.0 (annotations), CC BY 2.5 (Wikinews texts)",
            "url": "https://github.com/YoannDupont/WiNER-fr",
        },
    ],
    "en": [
        {
            "name": "UD English EWT 2.15 (dev)",
            "license": "CC BY-SA 4.0",
            "url": "https://github.com/UniversalDependencies/UD_English-EWT",
        },
        {
            "name": "CoNLL-2003 English (train)",
            "license": "research use (Reuters RCV1); text not distributed",
            "url": "https://www.clips.uantwerpen.be/conll2003/ner/",
        },
    ],
}


def assemble(syntax_dir: Path, ner_dir: Path) -> Language:
    """The syntax pipeline in ``syntax_dir``, the components of ``ner_dir`` (the recognizer and
    the known-names tagger before it, where it has one) and the entity-consistency rules."""
    nlp = load_model_dir(syntax_dir)
    entities = load_model_dir(ner_dir)
    for name in entities.pipe_names:
        nlp.add_pipe(name, source=entities)
    nlp.add_pipe(CONSISTENCY)
    return nlp


def write_model(nlp: Language, lang: str, scores: dict | None = None) -> Path:
    """Write ``nlp`` as claimledger's model for ``lang``; its folder."""
    nlp.meta.update(
        name="claimledger",
        version=__version__,
        description=f"claimledger's {lang} pipeline, trained from open corpora (see MODEL_CARD.md)",
        author="claimledger",
        license="see MODEL_CARD.md",
        sources=SOURCES.get(lang, []),
        performance=scores or {},
    )
    target = MODELS_DIR / lang
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the shipped model, then swapped in: a process loading the model meanwhile
    # finds the old one or the new one, whole.
    staging = Path(tempfile.mkdtemp(prefix=f".{lang}-", dir=target.parent))
    built = staging / lang
    nlp.to_disk(built)
    config_path = built / "config.cfg"
    config = util.load_config(config_path, interpolate=False)
    config["paths"] = {"train": None, "dev": None}
    config.to_disk(config_path)
    prune_strings(nlp, built)
    if target.exists():
        target.rename(staging / "old")
    built.rename(target)
    shutil.rmtree(staging)
    return target


def folder_size(path: Path) -> int:
    """Bytes in the files under ``path``."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
