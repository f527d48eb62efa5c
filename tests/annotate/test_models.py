"""The shipped models: they load from the package and read the seed as the extractors need."""

from __future__ import annotations

import pytest
import spacy

from claimledger.annotate import (
    ModelNotFound,
    annotate_text,
    load_pipeline,
    pipeline_name,
    shipped_model_path,
)

SEED_SENTENCE = (
    "Les États-Unis ont estimé qu'il y avait environ 10 000 soldats nord-coréens en Russie."
)
SEED_AUSTIN = (
    "Ce nouveau chiffre représente une augmentation spectaculaire par rapport à la veille, lorsque "
    "le secrétaire à la Défense Lloyd Austin avait seulement déclaré que «certaines» des troupes "
    "s'étaient déplacées vers la frontière ukrainienne dans la région de Koursk."
)
COMPONENTS = ["tok2vec", "morphologizer", "parser", "trainable_lemmatizer", "ner"]
# The French recognizer reads the known names that the tagger before it writes
FRENCH = [*COMPONENTS[:-1], "claimledger_known_names", "ner"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_models_are_shipped_in_the_package(lang):
    path = shipped_model_path(lang)
    assert path is not None, f"no model for {lang} in src/claimledger/models (make train)"
    size = sum(f.stat().st_size for f in path.parent.rglob("*") if f.is_file())
    assert size < 60_000_000  # the repository stays lean: all models together under 60 MB


@pytest.fixture(scope="module")
def french():
    return load_pipeline("fr")


@pytest.fixture(scope="module")
def english():
    return load_pipeline("en")


@pytest.mark.parametrize(("lang", "components"), [("fr", FRENCH), ("en", COMPONENTS)])
def test_shipped_model_loads_from_the_package(lang, components):
    nlp = load_pipeline(lang)
    assert nlp.pipe_names[: len(components)] == components
    assert pipeline_name(nlp).startswith(f"{lang}_claimledger-")


def test_french_model_reads_known_names_and_is_scored_as_the_entity_stage(french):
    doc = french(SEED_SENTENCE)
    assert {token.text: token.tag_ for token in doc}["Russie"] == "GPE"
    scores = french.meta["performance"]["ner"]
    assert {"WiNER-fr held out, entity stage", "WiNER-fr held out, recognizer alone"} <= set(scores)


def test_seed_sentence_parse(french):
    doc = french(SEED_SENTENCE)
    by_text = {token.text: token for token in doc}
    assert by_text["États-Unis"].dep_ == "nsubj"
    assert by_text["États-Unis"].head.text == "estimé"
    assert by_text["soldats"].pos_ == "NOUN"
    assert by_text["10 000"].pos_ == "NUM"
    assert by_text["10 000"].head.text == "soldats"
    assert by_text["estimé"].lemma_ == "estimer"
    assert by_text["nord-coréens"].head.text == "soldats"


def test_seed_person(french):
    doc = french(SEED_AUSTIN)
    assert ("Lloyd Austin", "PERSON") in {(ent.text, ent.label_) for ent in doc.ents}


def test_seed_article_sentences_follow_paragraphs(french, seed_text):
    doc = french(seed_text)
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            assert doc[token.i + 1].is_sent_start


def test_english_reads_a_news_sentence(english):
    doc = english("Secretary of State Antony Blinken said North Korea had sent 10,000 troops.")
    by_text = {token.text: token for token in doc}
    assert ("Antony Blinken", "PERSON") in {(ent.text, ent.label_) for ent in doc.ents}
    assert by_text["said"].pos_ == "VERB"
    # UD heads a titled name by its title or first name: Blinken lies inside the subject phrase.
    (subject,) = [t for t in by_text["said"].children if t.dep_ == "nsubj"]
    assert by_text["Blinken"].i in {t.i for t in subject.subtree}
    assert by_text["troops"].pos_ == "NOUN"


def test_spacy_load_reads_the_same_model(french):
    # any spaCy user can load the folder once claimledger.annotate has registered its parts
    other = spacy.load(shipped_model_path("fr"))
    assert [t.text for t in other(SEED_SENTENCE)] == [t.text for t in french(SEED_SENTENCE)]


def test_another_pipeline_can_be_named():
    nlp = load_pipeline("fr", str(shipped_model_path("fr")))
    assert annotate_text("M. Blinken a parlé.", "fr", str(shipped_model_path("fr"))).has_annotation(
        "DEP"
    )
    assert "ner" in nlp.pipe_names
    with pytest.raises(ModelNotFound):
        load_pipeline("fr", "xx_not_installed_pipeline")
