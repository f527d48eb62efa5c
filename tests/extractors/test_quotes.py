"""Quotes: quotation marks paired, quoted names left out, kinds, speakers and statements."""

from __future__ import annotations

from functools import cache

import pytest

from claimledger.annotate.language import blank_pipeline
from claimledger.clean import CleanArticle
from claimledger.contract import Entity, Mention
from claimledger.extractors import Findings
from claimledger.extractors.quotes import extract_quotes
from claimledger.extractors.speech import speech_data
from claimledger.extractors.speech.marks import find_quotations, is_quoted_name
from claimledger.extractors.statements import extract_statements
from claimledger.lang import load_language
from claimledger.record import build_document
from tests.conftest import assert_valid_document


@cache
def _blank(language: str):
    """Tokens and sentences only: the path without a parse."""
    nlp = blank_pipeline(language)
    nlp.add_pipe("sentencizer")
    return nlp


def extract(text: str, language: str = "fr", entities=()) -> Findings:
    """Statements and quotes of ``text``, the document they make checked against the schema."""
    article = CleanArticle(origin="test", doc_id="test", text=text, language=language)
    findings = Findings(article=article, doc=_blank(language)(text), lang=load_language(language))
    findings.entities = list(entities)
    findings.statements = extract_statements(findings)
    findings.quotes = extract_quotes(findings)
    assert_valid_document(build_document(article, findings, "test"))
    return findings


def quoted(text: str, language: str = "fr") -> list[tuple[str, str, str | None]]:
    """(text, kind, speaker_text) of every quote."""
    return [(q.text, q.kind, q.speaker_text) for q in extract(text, language).quotes]


# ------------------------------------------------------------------- marks and kinds
DIRECT = [
    # « », “ ”, " " and a speaker after the quotation
    (
        "« Nous aurons des informations sur la boîte noire », a déclaré Ghaith al Ghaith.",
        [("Nous aurons des informations sur la boîte noire", "direct", "Ghaith al Ghaith")],
    ),
    (
        "“Nous aurons des informations sur la boîte noire”, a déclaré Ghaith al Ghaith.",
        [("Nous aurons des informations sur la boîte noire", "direct", "Ghaith al Ghaith")],
    ),
    (
        '"Nous aurons des informations sur la boîte noire", a déclaré Ghaith al Ghaith.',
        [("Nous aurons des informations sur la boîte noire", "direct", "Ghaith al Ghaith")],
    ),
    # marks stuck to the words, speaker before a colon
    (
        "Son avocat Jean Veil a déclaré à ce propos : «On manque de places en prison.»",
        [("On manque de places en prison.", "direct", "Jean Veil")],
    ),
    # an utterance after a reporting verb, without a colon
    (
        "Le ministre de l'Intérieur, Pacôme Moubelet-Boubeya, a déclaré « sur Libreville, il y "
        "a entre 600 et 800 interpellations. »",
        [
            (
                "sur Libreville, il y a entre 600 et 800 interpellations.",
                "direct",
                "Pacôme Moubelet-Boubeya",
            )
        ],
    ),
    # after `selon X,`
    (
        "Selon Jean Ping, « ils ont bombardé par hélicoptères, puis ont attaqué au sol ».",
        [("ils ont bombardé par hélicoptères, puis ont attaqué au sol", "direct", "Jean Ping")],
    ),
    # a quotation over several sentences, then its incise
    (
        "« Le spectateur a été héliporté. Malgré tous les efforts, il est décédé. » , a pour sa "
        "part commenté l'Automobile club de Monaco.",
        [
            (
                "Le spectateur a été héliporté. Malgré tous les efforts, il est décédé.",
                "direct",
                "l'Automobile club de Monaco",
            )
        ],
    ),
    # an inverted pronoun
    (
        "«Nous exhortons fortement la Corée du Nord à cesser ses provocations», ont-ils écrit.",
        [
            (
                "Nous exhortons fortement la Corée du Nord à cesser ses provocations",
                "direct",
                "ils",
            )
        ],
    ),
    # English
    (
        '"We take document security seriously," she said, but refused to give any details.',
        [("We take document security seriously", "direct", "she")],
    ),
    (
        'Jeff Rathke, the State Department Spokesperson, said, "We urge the governments of the '
        'region to work together quickly".',
        [
            (
                "We urge the governments of the region to work together quickly",
                "direct",
                "Jeff Rathke",
            )
        ],
    ),
    # a place after the description qualifies the university, not the speaker
    (
        "Cynthia Thompson, curator and director of exhibits at the University of Arkansas, "
        'Fayetteville, said, "These images serve as documentation of people in his every day '
        'life."',
        [
            (
                "These images serve as documentation of people in his every day life.",
                "direct",
                "Cynthia Thompson",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_direct_quotes(text, expected):
    language = "en" if " said" in text else "fr"
    assert quoted(text, language) == expected


PARTIAL = [
    (
        "Le ministre Cho Tae-yul a condamné le déploiement «dans les termes les plus forts "
        "possibles» et a appelé à un retrait.",
        [("dans les termes les plus forts possibles", "partial", "Cho Tae-yul")],
    ),
    (
        "Lloyd Austin avait seulement déclaré que «certaines» des troupes s'étaient déplacées.",
        [("certaines", "partial", "Lloyd Austin")],
    ),
    (
        "Elle décrit les autres voyageurs comme « tremblants » et « dégoûtés ».",
        [("tremblants", "partial", "Elle"), ("dégoûtés", "partial", "Elle")],
    ),
    # a partial quote outside any statement: the subject of its clause
    (
        "Cette nouvelle est une difficulté pour François Hollande, qui a conditionné sa "
        "candidature à « l'inversion de la courbe du chômage ».",
        [("l'inversion de la courbe du chômage", "partial", "François Hollande")],
    ),
    (
        "New Zealand's Prime Minister John Key said he believes redesigning the flag now has a "
        '"strong rationale".',
        [("strong rationale", "partial", "John Key")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTIAL)
def test_partial_quotes(text, expected):
    language = "en" if " said" in text else "fr"
    assert quoted(text, language) == expected


# ------------------------------------------------------------------- split, spanning, nested
def test_quote_split_by_an_incise_makes_two_quotes_of_one_statement():
    findings = extract("«Nous allons tout reconstruire, a-t-il dit. La ville restera debout.»")
    assert [(q.text, q.speaker_text, q.cue) for q in findings.quotes] == [
        ("Nous allons tout reconstruire", "il", "a-t-il dit"),
        ("La ville restera debout.", "il", "a-t-il dit"),
    ]
    assert {q.statement for q in findings.quotes} == {findings.statements[0].id}


def test_incise_with_descriptions_is_left_out_of_the_quotes():
    text = (
        "« Absurde. Ce processus est la norme, explique Antony Fastier, toxicologue, ancien de "
        "l'Anses. Les études doivent être fournies par les entreprises. »"
    )
    assert quoted(text) == [
        ("Absurde. Ce processus est la norme", "direct", "Antony Fastier"),
        ("Les études doivent être fournies par les entreprises.", "direct", "Antony Fastier"),
    ]


def test_quote_resumed_after_an_incise_belongs_to_the_same_statement():
    findings = extract('"We will rebuild," he said, "and we will do it fast."', "en")
    assert [q.text for q in findings.quotes] == ["We will rebuild", "and we will do it fast."]
    assert len(findings.statements) == 1
    assert {q.statement for q in findings.quotes} == {"s1"}


def test_quote_over_paragraphs_keeps_one_statement_and_drops_the_reopening_mark():
    text = (
        "Le ministre a précisé : « Les otages ont été libérés hier soir.\n"
        "« Ils ont été conduits au camp de Banki, via le Cameroun. »"
    )
    findings = extract(text)
    assert [q.text for q in findings.quotes] == [
        "Les otages ont été libérés hier soir.",
        "Ils ont été conduits au camp de Banki, via le Cameroun.",
    ]
    assert len(findings.statements) == 1
    assert all(q.speaker_text == "Le ministre" for q in findings.quotes)


def test_nested_quotation_stays_inside_its_quote():
    text = "« Il m'a dit “partez tout de suite” et je suis parti », a raconté le témoin."
    assert quoted(text) == [
        ("Il m'a dit “partez tout de suite” et je suis parti", "direct", "le témoin")
    ]


def test_lone_quote_paragraph_goes_to_the_speaker_named_before():
    text = (
        "Romain Degeer, un pilote belge présent sur les lieux, avait tenté de le prévenir. "
        "« Ce n'était pas un bon endroit pour se placer. On lui a dit de partir de là. »"
    )
    degeer = Entity(
        id="e1",
        name="Romain Degeer",
        type="PERSON",
        mentions=[Mention(start=0, end=13, text="Romain Degeer")],
    )
    findings = extract(text, entities=[degeer])
    quote = findings.quotes[0]
    assert (quote.kind, quote.speaker, quote.cue) == ("direct", "e1", None)
    assert findings.statements[0].text == quote.text


SHARED_CLAUSE = [
    # quotations in a row, blanks between: the clause after the last one is theirs
    (
        "« Bien entendu, j’ai mes filles qui ont travaillé avec moi sur des étés, mais jamais en "
        "permanence. » « Moi, je me souviens avoir pris aussi des gens qui m’étaient recommandés "
        "sur l’été. » , a répondu le ministre en marge d’un déplacement.",
        ["le ministre", "le ministre"],
    ),
    # a full stop between them: the first one stands alone
    (
        "« J'ai vu des élèves sauter au-dessus des grilles qui entourent le lycée. » . "
        "« C'était la panique totale » , ont confié des témoins.",
        [None, "des témoins"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SHARED_CLAUSE)
def test_quotations_in_a_row_share_the_clause_after_the_last(text, speakers):
    assert [speaker for _, _, speaker in quoted(text)] == speakers


def test_lone_quote_goes_to_the_subject_of_its_paragraph_before_an_earlier_speaker():
    # `Name, a description,` is an apposition even when its noun is no known role
    text = (
        '"He wanted to be rich and famous and he made lots of choices to go that way", Wilkins '
        "said.\n"
        "Kiara Perkins, a second year USI art major, admitted she was willing to skip class "
        "Thursday night to attend the opening exhibit. Why did she so badly want to attend? "
        '"It\'s Warhol. He is a legend."'
    )
    wilkins = Entity(id="e1", name="Kristen Wilkins", type="PERSON", mentions=[])
    start = text.index("Kiara Perkins")
    perkins = Entity(
        id="e2",
        name="Kiara Perkins",
        type="PERSON",
        mentions=[Mention(start=start, end=start + 13, text="Kiara Perkins")],
    )
    quotes = extract(text, "en", entities=[wilkins, perkins]).quotes
    assert [q.speaker for q in quotes] == ["e1", "e2"]


def test_dubbed_with_a_quotation_gives_the_word_to_its_subject():
    text = (
        "Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the ongoing "
        'conflict involving the Church of Scientology: "Scientology vs. the Internet, part XVII".'
        '\nHe characterized the conflict as "another small skirmish in a war that Scientology '
        'has been waging for almost 15 years."'
    )
    start = text.index("Matthew Ingram")
    ingram = Entity(
        id="e1",
        name="Matthew Ingram",
        type="PERSON",
        mentions=[Mention(start=start, end=start + 14, text="Matthew Ingram")],
    )
    quotes = extract(text, "en", entities=[ingram]).quotes
    assert [q.speaker for q in quotes] == ["e1", "e1"]


# ------------------------------------------------------------------- not quotes
NOT_QUOTES = [
    "Les « gilets jaunes » ont manifesté samedi à Paris.",
    "Le Parlement hongrois a adopté la loi « Stop Soros » mercredi.",
    "La majorité portait un T-shirt où était inscrit « Sécurité pour tous » .",
    "Le « oui » obtient 51,41 % et devance le « non ».",
    'On a new website, "The Internet Explorer 6 Countdown", Microsoft has launched a campaign.',
    'It added the words "and Emergency" to the name.',
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_quoted_names_are_not_quotes(text):
    language = "en" if "website" in text or "words" in text else "fr"
    assert quoted(text, language) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Parlement a adopté la loi « Stop Soros ».", True),
        ("Il a dénoncé une présumée « discrimination » à l'égard des Asiatiques.", False),
        ("Le ministre a été interrogé. « Non », a-t-il répondu.", False),
    ],
)
def test_is_quoted_name(text, name):
    data = speech_data("fr")
    (quotation,) = find_quotations(text, data)
    assert is_quoted_name(text, quotation, data) is name


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("« l’artillerie », dit-il.", ["l’artillerie"]),
        ("Il n’a pas dit « oui ».", ["oui"]),
        ('She said "it\'s over" and left.', ["it's over"]),
        ("Saudi Arabia's agency said 'nothing'.", ["nothing"]),
        ("Un « mot » puis un autre « mot ».", ["mot", "mot"]),
    ],
)
def test_marks_pair_around_apostrophes(text, inside):
    language = "en" if "said" in text else "fr"
    found = find_quotations(text, speech_data(language))
    assert [text[q.start : q.end] for q in found] == inside
