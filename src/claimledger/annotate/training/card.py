"""MODEL_CARD.md: what the shipped models are, what they were trained on, and how well they do.

The text lies in ``card.md`` beside this module; the tables are filled from the scores that the
training command stores in each model's ``meta.json``.
"""

from __future__ import annotations

from pathlib import Path

from claimledger.annotate.training.package import SOURCES

TEMPLATE = Path(__file__).with_name("card.md")
USED_FOR = {"fr": "French model", "en": "English model"}
SYNTAX_KEYS = ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")


def source_rows() -> str:
    """One table row for each corpus, across languages."""
    return "\n".join(
        f"| [{source['name']}]({source['url']}) | {USED_FOR[lang]} | {source['license']} |"
        for lang, sources in SOURCES.items()
        for source in sources
    )


def syntax_table(results: dict[str, dict]) -> str:
    """The tagging, lemma and parsing scores of each language on each held-out treebank."""
    lines = [
        "| model | held-out treebank | words | UPOS | morph | lemma | UAS | LAS | sentences F |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for lang, result in results.items():
        for name, scores in result["syntax"].items():
            cells = " | ".join(f"{100 * scores.get(key, 0):.1f}" for key in SYNTAX_KEYS)
            lines.append(f"| {lang} | {name} | {scores['words']} | {cells} |")
    return "\n".join(lines)


def entity_table(results: dict[str, dict]) -> str:
    """Entity precision, recall and F by label of each language on its held-out set."""
    lines = [
        "| model | held-out set | label | mentions | P | R | F |",
        "|---|---|---|---:|---:|---:|---:|",
    ]
    for lang, result in results.items():
        for name, by_label in result["ner"].items():
            # the recognizer without the consistency rules, the devset: summary lines suffice
            brief = name.endswith("alone") or name.startswith("claimledger devset")
            labels = ("core", "all") if brief else tuple(by_label)
            for label in labels:
                s = by_label[label]
                cells = f"{100 * s['p']:.1f} | {100 * s['r']:.1f} | {100 * s['f']:.1f}"
                lines.append(f"| {lang} | {name} | {label} | {s['n']} | {cells} |")
    return "\n".join(lines)


def cost_table(results: dict[str, dict]) -> str:
    """Training time, size, load time and speed of each model."""
    lines = [
        "| model | syntax training | entity training | size on disk | cold load: process "
        "| cold load: `load_pipeline` | words/s |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for lang, r in results.items():
        load = r["load_seconds"]
        minutes = " | ".join(f"{r['seconds'][part] / 60:.1f} min" for part in ("syntax", "ner"))
        lines.append(
            f"| {lang} | {minutes} | {r['bytes'] / 1e6:.1f} MB | {load['process']:.2f} s "
            f"| {load['load_pipeline']:.2f} s | {r['words_per_second']:.0f} |"
        )
    return "\n".join(lines)


BAR = 0.85


def bar_sentence(results: dict[str, dict]) -> str:
    """Whether the French figures meet claimledger's bar, in one sentence from the scores."""
    ner = results.get("fr", {}).get("ner", {})
    stage = ner.get("WiNER-fr held out, entity stage", {}).get("core")
    alone = ner.get("WiNER-fr held out, recognizer alone", {}).get("core")
    if stage is None or alone is None:
        return "The French model was not scored."
    met = "met" if stage["f"] >= BAR else "**not met**"
    alone_met = "meets it" if alone["f"] >= BAR else "does not"
    return (
        f"On the {stage['n']} held-out WiNER-fr mentions, claimledger's entity stage scores core F "
        f"{stage['f']:.3f}: the bar ({BAR}) is {met}. The recognizer alone scores {alone['f']:.3f} "
        f"and {alone_met}."
    )


def write_card(
    path: Path, results: dict[str, dict], notes: str = "", consistency: str = ""
) -> None:
    """Write the model card for ``results`` (one entry a language) to ``path``."""
    text = TEMPLATE.read_text(encoding="utf-8").format(
        syntax_table=syntax_table(results),
        entity_table=entity_table(results),
        cost_table=cost_table(results),
        source_rows=source_rows(),
        bar_sentence=bar_sentence(results),
    )
    path.write_text(text, encoding="utf-8")
