"""Statements: each pattern of reported speech on real sentences, with and without a parse.

Most cases run on a pipeline with tokens and sentences only (the path every install has);
the parsed path is checked on hand-built parses and, where claimledger ships a model, on
that model. The seed and the development set check the whole chain against gold files.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from spacy.tokens import Doc

from claimledger.annotate import shipped_model_path
from claimledger.annotate.language import blank_pipeline
from claimledger.clean import CleanArticle
from claimledger.contract import Entity, Mention, Time
from claimledger.extractors import Findings
from claimledger.extractors.quotes import extract_quotes
from claimledger.extractors.statements import extract_statements
from claimledger.lang import load_language
from claimledger.record import build_document
from tests.conftest import DEVSET, assert_valid_document


@cache
def _blank(language: str):
    """Tokens and sentences only: the path without a parse."""
    nlp = blank_pipeline(language)
    nlp.add_pipe("sentencizer")
    return nlp


def entity(text: str, name: str, kind: str = "PERSON", *forms: str, eid: str = "e1") -> Entity:
    """An entity named ``name``, mentioned wherever ``name`` or one of ``forms`` is written."""
    mentions = []
    for form in sorted({name, *forms}, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if not any(m.start < match.end() and match.start() < m.end for m in mentions):
                mentions.append(Mention(start=match.start(), end=match.end(), text=match.group()))
    return Entity(id=eid, name=name, type=kind, mentions=sorted(mentions, key=lambda m: m.start))


def extract(
    text: str, language: str = "fr", entities=(), times=(), doc: Doc | None = None
) -> Findings:
    """Statements and quotes of ``text``, the document they make checked against the schema."""
    article = CleanArticle(origin="test", doc_id="test", text=text, language=language)
    findings = Findings(
        article=article, doc=doc or _blank(language)(text), lang=load_language(language)
    )
    findings.entities = list(entities)
    findings.times = list(times)
    findings.statements = extract_statements(findings)
    findings.quotes = extract_quotes(findings)
    assert_valid_document(build_document(article, findings, "test"))
    return findings


def said(findings: Findings) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker_text, cue) of every statement."""
    return [(s.text, s.speaker_text, s.cue) for s in findings.statements]


# ------------------------------------------------------------------- French patterns
FRENCH = [
    # X a déclaré que ...
    (
        "M. Austin a déclaré que les troupes nord-coréennes portaient des uniformes russes.",
        [("les troupes nord-coréennes portaient des uniformes russes", "M. Austin", "a déclaré")],
    ),
    # X a indiqué ... / X estime que ... / an apposition keeps the name
    (
        "Abbas Akhoundi, le ministre iranien des Transports, a annoncé, dimanche 24 janvier, "
        "que l'Iran s'apprêtait à signer un contrat.",
        [("l'Iran s'apprêtait à signer un contrat", "Abbas Akhoundi", "a annoncé")],
    ),
    (
        "Séoul et ses alliés estiment que ce nombre est passé à 11 000, tandis que l'Ukraine "
        "a avancé un chiffre plus élevé.",
        [
            ("ce nombre est passé à 11 000", "Séoul et ses alliés", "estiment"),
            ("un chiffre plus élevé", "l'Ukraine", "a avancé"),
        ],
    ),
    # X a annoncé + object
    (
        "La Walt Disney Company a annoncé l'acquisition des actifs de la 21st Century Fox.",
        [
            (
                "l'acquisition des actifs de la 21st Century Fox",
                "La Walt Disney Company",
                "a annoncé",
            )
        ],
    ),
    # a role before a name: the name speaks
    (
        "Le secrétaire à la Défense Lloyd Austin avait seulement déclaré que certaines troupes "
        "s'étaient déplacées.",
        [("certaines troupes s'étaient déplacées", "Lloyd Austin", "avait seulement déclaré")],
    ),
    # selon X, ...
    (
        "Selon la police de Chicago, la vie de l'homme n'est pas en jeu.",
        [("la vie de l'homme n'est pas en jeu", "la police de Chicago", "Selon")],
    ),
    # ..., selon X
    (
        "Les otages sont surtout des femmes et des enfants, selon Issa Tchiroma Bakary, "
        "ministre camerounais des Communications.",
        [
            (
                "Les otages sont surtout des femmes et des enfants",
                "Issa Tchiroma Bakary",
                "selon",
            )
        ],
    ),
    # X selon Y, without a comma: only the phrase before
    (
        "Les manifestants, 13 500 personnes selon la police, 100 000 selon les organisateurs, "
        "ont défilé.",
        [
            ("13 500 personnes", "la police", "selon"),
            ("100 000", "les organisateurs", "selon"),
        ],
    ),
    # d'après X, with the source named after the saying
    (
        "D'après l'agence Bloomberg, l'Iran devrait commander des appareils neufs.",
        [("l'Iran devrait commander des appareils neufs", "Bloomberg", "D'après")],
    ),
    # what was said rather than who said it: `selon l'annonce du gouvernement`
    (
        "5 000 otages ont été libérés, selon l'annonce du gouvernement camerounais ce mercredi.",
        [("5 000 otages ont été libérés", "gouvernement camerounais", "selon")],
    ),
    # inverted incise with a noun subject, time in between
    (
        "Quelque 8000 soldats nord-coréens sont actuellement en Russie, a déclaré jeudi "
        "l'administration Biden.",
        [
            (
                "Quelque 8000 soldats nord-coréens sont actuellement en Russie",
                "l'administration Biden",
                "a déclaré",
            )
        ],
    ),
    # inverted incise without a comma
    (
        "Les vents étaient relativement puissants à l'aéroport précise la compagnie.",
        [("Les vents étaient relativement puissants à l'aéroport", "la compagnie", "précise")],
    ),
    # comme le rappelle X: the clause just before
    (
        "Le président devrait s'appuyer sur la baisse annuelle, comme le rappelle la ministre "
        "du travail Myriam El Khomri.",
        [
            (
                "Le président devrait s'appuyer sur la baisse annuelle",
                "Myriam El Khomri",
                "comme le rappelle",
            )
        ],
    ),
    # Pour X, ...: an opinion, only with a speaker
    (
        "Pour Erdogan, au contraire, il s'agit d'un moment historique.",
        [("au contraire, il s'agit d'un moment historique", "Erdogan", "Pour")],
    ),
    ("Pour ses 90 ans, en 2005, il avait donné 5 millions de dollars.", []),
    # a coordinated verb shares its subject
    (
        "La procureure Éliane Houlette avait parlé du procès de la trahison et rappelé que "
        "son tribunal prononçait des peines de prison ferme.",
        [
            ("du procès de la trahison", "Éliane Houlette", "avait parlé"),
            ("son tribunal prononçait des peines de prison ferme", "Éliane Houlette", "rappelé"),
        ],
    ),
    # en + gerund: the subject of its clause
    (
        "Oscar Munoz s'est excusé dans un communiqué en expliquant que les employés "
        "fonctionnaient dans l'urgence.",
        [("les employés fonctionnaient dans l'urgence", "Oscar Munoz", "en expliquant")],
    ),
    # a passive with its agent
    (
        "Un autre contrat a été annoncé par Abbas Akhoundi.",
        [("Un autre contrat", "Abbas Akhoundi", "a été annoncé")],
    ),
    # conditionals of reported information, with no source
    (
        "L'avion aurait effectué une première tentative d'atterrissage.",
        [
            (
                "L'avion aurait effectué une première tentative d'atterrissage",
                None,
                "aurait effectué",
            )
        ],
    ),
    # ... and with their source
    (
        "D'après les secours, il n'y aurait aucun survivant.",
        [("il n'y aurait aucun survivant", "les secours", "D'après")],
    ),
    # groups keep the whole group as speaker_text
    (
        "Les États-Unis, la Corée du Sud et le Japon ont déclaré que le lancement était une "
        "violation flagrante.",
        [
            (
                "le lancement était une violation flagrante",
                "Les États-Unis, la Corée du Sud et le Japon",
                "ont déclaré",
            )
        ],
    ),
    # unnamed speakers
    (
        "Certains experts ont spéculé que la Russie pourrait avoir fourni une assistance.",
        [
            (
                "la Russie pourrait avoir fourni une assistance",
                "Certains experts",
                "ont spéculé",
            )
        ],
    ),
    # a verb needing a clause only reports with one
    (
        "Le tribunal a établi à ce sujet que les détournements se sont poursuivis.",
        [
            ("les détournements se sont poursuivis", "Le tribunal", "a établi"),
        ],
    ),
    ("L'Insee établit ces chiffres par sondages téléphoniques.", []),
    # nested: the inner saying stays inside the outer one
    (
        "Audra D. Bridges raconte que l'homme a fait savoir qu'il était médecin.",
        [
            ("l'homme a fait savoir qu'il était médecin", "Audra D. Bridges", "raconte"),
            ("il était médecin", "l'homme", "a fait savoir"),
        ],
    ),
    # an incise outside quotation marks: its subject speaks, the clause around it is said
    (
        "Ces mesures, a affirmé Jean Castex, seront appliquées dès lundi.",
        [
            (
                "Ces mesures, a affirmé Jean Castex, seront appliquées dès lundi",
                "Jean Castex",
                "a affirmé",
            )
        ],
    ),
]

UNSEEN = [
    # `C'est ce qu'a annoncé X`: the sentence before is what was said
    (
        "L'administration a décidé de ne pas autoriser les trottinettes en 2020.\n"
        "C'est ce qu'a annoncé Éric Alan Caldwell, responsable de la mobilité, mercredi matin.",
        [
            (
                "L'administration a décidé de ne pas autoriser les trottinettes en 2020.",
                "Éric Alan Caldwell",
                "a annoncé",
            )
        ],
    ),
    # an opinion before a quotation, with a profession not in the role list
    (
        "Pour la toxicologue, « interdire un produit sur la base du danger est absurde ».",
        [
            (
                "interdire un produit sur la base du danger est absurde",
                "la toxicologue",
                "Pour",
            )
        ],
    ),
    # a plural role, and a sentence that reports nothing under a condition
    (
        "Pour les auteurs, le ministre n'est pas le seul fautif.",
        [("le ministre n'est pas le seul fautif", "les auteurs", "Pour")],
    ),
    ("Son tweet n'aurait pas eu un tel impact si l'information avait été vérifiée.", []),
    # a present participle used as an adjective
    ("Le plus inquiétant étant qu'aucune source fiable n'a nuancé cette information.", []),
    # reporting verbs of a defence, and names with a capitalized particle (Le Roux)
    (
        "« Pour faire un boulot d’été, oui. On parle d’un boulot d’été auprès d’un "
        "parlementaire. » , s'est défendu Bruno Le Roux concernant le jeune âge de ses filles.",
        [
            (
                "Pour faire un boulot d’été, oui. On parle d’un boulot d’été auprès d’un "
                "parlementaire.",
                "Bruno Le Roux",
                "s'est défendu",
            )
        ],
    ),
    (
        "« Ces missions ont pu être effectuées en horaires renforcés avant et après le stage » , "
        "se défend le cabinet de M. Le Roux concernant l'aînée.",
        [
            (
                "Ces missions ont pu être effectuées en horaires renforcés avant et après le stage",
                "le cabinet de M. Le Roux",
                "se défend",
            )
        ],
    ),
    # the subject of a second clause joined by `et`, and adjuncts between the verb and `que`
    (
        "Le Premier ministre Bernard Cazeneuve a écourté une visite dans la Somme et François "
        "Hollande a confié en milieu d'après-midi, depuis la Corrèze où il se trouvait en "
        "déplacement, que « tout cela me conduit à justifier l'état d'urgence » .",
        [
            (
                "tout cela me conduit à justifier l'état d'urgence",
                "François Hollande",
                "a confié",
            )
        ],
    ),
    # a name in quotation marks, quoted once after a naming word, is a name everywhere
    (
        "Bruno Le Roux aurait employé ses filles comme collaboratrices parlementaires, a révélé "
        "lundi l'émission de TMC « Quotidien ».\n"
        "« Quotidien » a affirmé que les deux filles du ministre de l’Intérieur ont effectué "
        "vingt-quatre CDD entre 2009 et 2016.\n"
        "Selon « Quotidien », « à plusieurs reprises, les filles de Bruno Le Roux n’ont donc été "
        "présentes ni à l’Assemblée nationale ni en circonscription lors de leurs contrats » .",
        [
            (
                "Bruno Le Roux aurait employé ses filles comme collaboratrices parlementaires",
                "l'émission de TMC",
                "a révélé",
            ),
            (
                "les deux filles du ministre de l’Intérieur ont effectué vingt-quatre CDD entre "
                "2009 et 2016",
                "Quotidien",
                "a affirmé",
            ),
            (
                "à plusieurs reprises, les filles de Bruno Le Roux n’ont donc été présentes ni à "
                "l’Assemblée nationale ni en circonscription lors de leurs contrats",
                "Quotidien",
                "Selon",
            ),
        ],
    ),
    # a denial, and the subject shared by two verbs joined by `mais`
    (
        "La direction de la régie a confirmé « l'existence de poussées communautaristes "
        "circonscrites à certaines unités de l'entreprise » mais nie en revanche tout « élément "
        "structuré ou organisé » .",
        [
            (
                "l'existence de poussées communautaristes circonscrites à certaines unités de "
                "l'entreprise",
                "La direction de la régie",
                "a confirmé",
            ),
            (
                "en revanche tout « élément structuré ou organisé »",
                "La direction de la régie",
                "nie",
            ),
        ],
    ),
    # an incise inside the quotation, with the speaker's descriptions
    (
        "« Absurde. Ce processus est la norme, explique Antony Fastier, toxicologue, ancien de "
        "l'Anses. Les études doivent être fournies par les entreprises. »",
        [
            (
                "Absurde. Ce processus est la norme, explique Antony Fastier, toxicologue, ancien "
                "de l'Anses. Les études doivent être fournies par les entreprises.",
                "Antony Fastier",
                "explique",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNSEEN)
def test_statements_from_unseen_articles(text, expected):
    assert said(extract(text)) == expected


NOT_STATEMENTS = [
    # negated saying
    "Le représentant russe à la réunion n'a pas répondu au commentaire.",
    "Le ministre ne dit pas que la guerre est finie.",
    # hypothetical saying
    "Le président pourrait dire que la crise est terminée.",
    "Hollande doit annoncer d'ici mi-décembre son éventuelle candidature.",
    # set phrases and nouns
    "Cela dit, la somme reste importante.",
    "L'annonce du gouvernement est attendue.",
    # a verb of saying with nothing said
    "Une enquête a été ouverte et confiée à la brigade de recherche.",
    "Les troupes avançaient vers l'Ukraine.",
    "Une équipe a découvert l'étoile ainsi que trois planètes.",
    # `se défendre`, `justifier`, `compléter` report speech only with a clause
    "Le ministre a défendu son projet de loi devant les députés.",
    "Cette menace justifie l'état d'urgence.",
    "Ce rapport complète celui de l'an dernier.",
]


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french_statements(text, expected):
    assert said(extract(text)) == expected


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_not_statements(text):
    assert said(extract(text)) == []


# ------------------------------------------------------------------- English patterns
ENGLISH = [
    (
        "Paul Dewar, an Ottawa New Democrat MP, said the combined security lapses raise "
        "serious questions.",
        [("the combined security lapses raise serious questions", "Paul Dewar", "said")],
    ),
    (
        "Microsoft announced on Friday that it is time for IE6 users to move away.",
        [("it is time for IE6 users to move away", "Microsoft", "announced")],
    ),
    (
        "A storm caused a crane to fall, according to Saudi Arabia's Civil Defense Authority.",
        [("A storm caused a crane to fall", "Civil Defense Authority", "according to")],
    ),
    (
        '"We take document security seriously," she said, but refused to give any details.',
        [("We take document security seriously,", "she", "said")],
    ),
    (
        '"Commanders were hastily dispatched to the front-line troops", added KCNA.',
        [("Commanders were hastily dispatched to the front-line troops", "KCNA", "added")],
    ),
    (
        "Environment Canada spokeswoman Sujata Raisinghani told CBC News the department will "
        "look into the incident.",
        [
            (
                "CBC News the department will look into the incident",
                "Sujata Raisinghani",
                "told",
            )
        ],
    ),
    (
        "Malaysia and Indonesia have maintained a policy which, according to AFP, the United "
        "Nations has criticised.",
        [("the United Nations has criticised", "AFP", "according to")],
    ),
    # a marker whose clause has its own reporting verb gives way to it
    (
        "According to ABC News, Basya also believes the asylum seekers left the boat on purpose.",
        [("the asylum seekers left the boat on purpose", "Basya", "believes")],
    ),
    # a bare title before a name, whether or not it is a known role
    (
        "The Weatherspoon Art Museum saw attendance levels reach 11,000 visitors when it "
        "exhibited its Warhol collection in 2010, according to curator Elaine Gustafon.",
        [
            (
                "The Weatherspoon Art Museum saw attendance levels reach 11,000 visitors when it "
                "exhibited its Warhol collection in 2010",
                "curator Elaine Gustafon",
                "according to",
            )
        ],
    ),
    # a place after a comma qualifies the name before it; the person named first speaks
    (
        "Jerry Hines, a professor at the University of Arkansas, Fayetteville, said the "
        "exhibit drew record crowds.",
        [("the exhibit drew record crowds", "Jerry Hines", "said")],
    ),
    (
        "Cynthia Thompson, curator and director of exhibits at the University of Arkansas, "
        "Fayetteville, said the images serve as documentation of people in his every day life.",
        [
            (
                "the images serve as documentation of people in his every day life",
                "Cynthia Thompson",
                "said",
            )
        ],
    ),
    (
        "The mayor of Springfield, Carla Diaz, said the bridge would reopen in May.",
        [("the bridge would reopen in May", "Carla Diaz", "said")],
    ),
    # an incise outside quotation marks: its subject speaks, the clause around it is said
    (
        "Institutional recipients, said Mauer, are required to exhibit their donated Warhol "
        "photographs every ten years as one stipulation.",
        [
            (
                "Institutional recipients, said Mauer, are required to exhibit their donated "
                "Warhol photographs every ten years as one stipulation",
                "Mauer",
                "said",
            )
        ],
    ),
    (
        "The new rules, said the minister, will take effect in March.",
        [("The new rules, said the minister, will take effect in March", "the minister", "said")],
    ),
    # a clause before the comma is what is said; the gerund after the subject is no verb of it
    (
        "The plan is dead, said Smith, adding that talks would go on.",
        [("The plan is dead", "Smith", "said")],
    ),
    ("The minister did not say when the talks would resume.", []),
    ("He could say that the crisis is over.", []),
    ("Police found the car near the border.", []),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_statements(text, expected):
    assert said(extract(text, "en")) == expected


# ------------------------------------------------------------------- speakers
def test_pronoun_takes_the_last_speaker_and_becomes_a_mention():
    text = (
        "Sur les 8000 soldats, « nous n'avons pas encore vu ces troupes au combat », "
        "a déclaré M. Blinken lors d'une conférence de presse avec Lloyd Austin.\n"
        "Il a indiqué que la Russie formait des soldats nord-coréens."
    )
    blinken = entity(text, "Antony Blinken", "PERSON", "M. Blinken", eid="e1")
    austin = entity(text, "Lloyd Austin", "PERSON", eid="e2")
    findings = extract(text, entities=[blinken, austin])
    second = findings.statements[1]
    assert (second.speaker_text, second.speaker) == ("Il", "e1")
    assert "Il" in [m.text for m in blinken.mentions]


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        (
            "Le ministre Cho Tae-yul a condamné le déploiement. La péninsule est en danger, "
            "a-t-il déclaré.",
            "il",
        ),
        (
            "Les États-Unis, la Corée du Sud et le Japon ont publié une déclaration. « Nous "
            "exhortons la Corée du Nord à cesser ses provocations », ont-ils écrit.",
            "ils",
        ),
    ],
)
def test_inverted_pronouns_resolve(text, pronoun):
    names = ["Cho Tae-yul", "États-Unis"]
    ents = [entity(text, n, "PERSON", eid=f"e{i}") for i, n in enumerate(names) if n in text]
    statement = extract(text, entities=ents).statements[-1]
    assert statement.speaker_text == pronoun
    assert statement.speaker == ents[0].id


def test_title_stands_for_the_minister_named_before():
    text = (
        "Les otages sont libres, selon Issa Tchiroma Bakary, ministre camerounais des "
        "Communications. « Ils ont été conduits au camp de Banki », précise encore le ministre."
    )
    issa = entity(text, "Issa Tchiroma Bakary", eid="e1")
    statement = extract(text, entities=[issa]).statements[-1]
    assert (statement.speaker_text, statement.speaker, statement.cue) == (
        "le ministre",
        "e1",
        "précise",
    )


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Haïder al-Abadi , le Premier ministre irakien, a fait part d'un « énorme choc ».\n"
            "« Nous avons ordonné aux forces irakiennes de traquer les gangs de Daech », a déclaré "
            "le chef du gouvernement sur le réseau social Twitter.",
            "fr",
            "Haïder al-Abadi",
        ),
        (
            "Prime Minister Haider al-Abadi condemned the attacks.\n"
            '"We have ordered the Iraqi forces to hunt down these gangs," the head of government '
            "wrote on Twitter.",
            "en",
            "Haider al-Abadi",
        ),
    ],
)
def test_a_periphrasis_stands_for_the_title_named_before(text, language, name):
    abadi = entity(text, name, eid="e1")
    statement = extract(text, language, entities=[abadi]).statements[-1]
    assert statement.speaker == "e1"


def test_a_company_named_by_its_description():
    text = (
        "Un avion de la compagnie aérienne low-cost Flydubai s'est écrasé samedi. Les vents "
        "étaient puissants à l'aéroport précise la compagnie."
    )
    flydubai = entity(text, "Flydubai", "ORG", eid="e1")
    statement = extract(text, entities=[flydubai]).statements[-1]
    assert (statement.speaker_text, statement.speaker) == ("la compagnie", "e1")


def test_group_links_its_first_member():
    text = "Séoul et ses alliés estiment que ce nombre est passé à 11 000."
    seoul = entity(text, "Séoul", "GPE", eid="e1")
    statement = extract(text, entities=[seoul]).statements[0]
    assert (statement.speaker_text, statement.speaker) == ("Séoul et ses alliés", "e1")


def test_unnamed_speaker_has_no_entity():
    text = "Les deux avocats de Jérôme Cahuzac ont annoncé sa volonté de faire appel."
    cahuzac = entity(text, "Jérôme Cahuzac", eid="e1")
    statement = extract(text, entities=[cahuzac]).statements[0]
    assert statement.speaker_text == "Les deux avocats de Jérôme Cahuzac"
    assert statement.speaker is None


def test_name_after_a_description_speaks_and_is_one_for_the_pronoun():
    # `de la droite et du centre` joins complements, not members: one speaker, `il`
    text = (
        "L'ancien candidat à la primaire de la droite et du centre Alain Juppé a annoncé lundi "
        "matin qu'il ne serait pas un « plan B » pour la candidature de la droite.\n"
        "« Je ne suis donc pas en mesure aujourd’hui de réaliser le nécessaire rassemblement. "
        "Il est trop tard. » , a-t-il ainsi affirmé."
    )
    juppe = entity(text, "Alain Juppé", "PERSON", "Juppé", eid="e1")
    statements = extract(text, entities=[juppe]).statements
    assert [(s.speaker_text, s.speaker) for s in statements] == [
        ("Alain Juppé", "e1"),
        ("il", "e1"),
    ]


def test_pronoun_takes_the_subject_of_its_paragraph_before_an_earlier_speaker():
    text = (
        "François Hollande a confié, depuis la Corrèze, que « tout cela me conduit à justifier "
        "l'état d'urgence » .\n"
        "Vallaud-Belkacem a donné des précisions concernant l'attaque et le suspect. Elle a "
        "ainsi affirmé que « le proviseur s'est précipité » vers l'adolescent."
    )
    hollande = entity(text, "François Hollande", eid="e1")
    minister = entity(text, "Najat Vallaud-Belkacem", "PERSON", "Vallaud-Belkacem", eid="e2")
    statements = extract(text, entities=[hollande, minister]).statements
    assert [(s.speaker_text, s.speaker) for s in statements] == [
        ("François Hollande", "e1"),
        ("Elle", "e2"),
    ]


def test_surname_links_the_full_name():
    text = "Lloyd Austin est arrivé à Séoul. M. Austin a déclaré que les troupes avançaient."
    austin = entity(text, "Lloyd Austin", eid="e1")
    austin.mentions = [m for m in austin.mentions if m.text == "Lloyd Austin"]
    statement = extract(text, entities=[austin]).statements[0]
    assert (statement.speaker_text, statement.speaker) == ("M. Austin", "e1")


def test_time_of_saying_is_the_time_in_the_reporting_clause():
    text = (
        "Quelque 8000 soldats sont en Russie, a déclaré jeudi l'administration Biden. "
        "Ils y resteront jusqu'en 2025."
    )
    jeudi = text.index("jeudi")
    times = [Time(id="t1", start=jeudi, end=jeudi + 5, text="jeudi", value="2024-10-31")]
    statement = extract(text, times=times).statements[0]
    assert (statement.speaker_text, statement.time) == ("l'administration Biden", "t1")


def test_sentences_are_cut_by_rule_whatever_the_pipeline_says():
    # A parser's sentence boundaries cut `said | John Kerry`: the rules cut sentences themselves.
    text = "The US State Department said John Kerry, the Secretary of State, called. He left."
    tokens = _blank("en").make_doc(text)
    words, spaces = [t.text for t in tokens], [bool(t.whitespace_) for t in tokens]
    starts = [t.text in {"The", "John", "He"} for t in tokens]
    doc = Doc(tokens.vocab, words=words, spaces=spaces, sent_starts=starts)
    statement = extract(text, "en", doc=doc).statements[0]
    assert (statement.text, statement.speaker_text) == (
        "John Kerry, the Secretary of State, called",
        "The US State Department",
    )


# ------------------------------------------------------------------- the parsed path
def _parsed(tokens: str, spaces, heads, deps, language: str = "fr") -> Doc:
    """A hand-built parse of ``tokens`` (cut at spaces), ``heads`` as absolute indices."""
    words = tokens.split(" ")
    return Doc(_blank(language).vocab, words=words, spaces=spaces, heads=heads, deps=deps)


def test_parse_gives_the_subject():
    # The subject holds a relative clause with a reporting verb: words alone find no subject.
    tokens = (
        "Jean Ping , qui se disait vainqueur , a déclaré que l' armée avait bombardé son "
        "quartier général ."
    )
    spaces = [True, False, True, True, True, True, False, True, True, True, True, False]
    spaces += [True, True, True, True, True, False, False]
    heads = [9, 0, 5, 5, 5, 0, 5, 5, 9, 9, 14, 12, 14, 14, 9, 16, 14, 16, 9]
    deps = [
        "nsubj",
        "flat:name",
        "punct",
        "nsubj",
        "expl:comp",
        "acl:relcl",
        "xcomp",
        "punct",
        "aux:tense",
        "ROOT",
        "mark",
        "det",
        "nsubj",
        "aux:tense",
        "ccomp",
        "det",
        "obj",
        "amod",
        "punct",
    ]
    doc = _parsed(tokens, spaces, heads, deps)
    assert said(extract(doc.text, doc=doc))[-1] == (
        "l'armée avait bombardé son quartier général",
        "Jean Ping",
        "a déclaré",
    )
    # The same words without the parse: only the verb of the relative clause is read.
    assert [cue for _, _, cue in said(extract(doc.text))] == ["se disait"]


def test_a_subject_the_parse_cuts_in_two_reaches_the_name():
    # The parser reads two subjects, `Facebook co-founder` and `Mark Zuckerberg`: one phrase.
    tokens = (
        "Facebook co - founder Mark Zuckerberg tweeted to Mohamed and said the boy was welcome ."
    )
    spaces = [True, False, False, True, True, True, True, True, True, True, True, True, True]
    spaces += [True, False, False]
    heads = [6, 0, 3, 0, 5, 6, 6, 8, 6, 10, 6, 12, 14, 14, 10, 6]
    deps = ["nsubj", "advmod", "punct", "xcomp", "compound", "nsubj", "ROOT", "mark", "obl"]
    deps += ["cc", "conj", "det", "nsubj", "cop", "ccomp", "punct"]
    doc = _parsed(tokens, spaces, heads, deps, "en")
    zuckerberg = entity(doc.text, "Mark Zuckerberg", eid="e1")
    facebook = entity(doc.text, "Facebook", "ORG", eid="e2")
    findings = extract(doc.text, "en", entities=[zuckerberg, facebook], doc=doc)
    assert [(s.text, s.speaker, s.speaker_text) for s in findings.statements] == [
        ("the boy was welcome", "e1", "Mark Zuckerberg")
    ]


def test_parse_gives_the_object_of_selon():
    # « Selon son porte-parole, Fraser Seitel, il est mort lundi. »
    tokens = "Selon son porte-parole , Fraser Seitel , il est mort lundi ."
    heads = [2, 2, 9, 4, 2, 4, 2, 9, 9, 9, 9, 9]
    deps = [
        "case",
        "det",
        "obl:mod",
        "punct",
        "appos",
        "flat:name",
        "punct",
        "nsubj",
        "aux",
        "ROOT",
        "obl:mod",
        "punct",
    ]
    doc = _parsed(
        tokens,
        [True, True, False, True, True, False, True, True, True, True, False, False],
        heads,
        deps,
    )
    statement = extract(doc.text, doc=doc).statements[0]
    assert statement.speaker_text == "Fraser Seitel"
    assert statement.text == "il est mort lundi"


@pytest.mark.skipif(shipped_model_path("en") is None, reason="no English model shipped")
def test_parsed_subject_of_any_verb_takes_the_lone_quotation_after_it():
    # `issued` reports nothing by itself: the parse names who the sentence is about
    text = (
        "U.S. Senator John Cornyn, Republican from Texas, issued a statement regarding the "
        "rejection of Johnson Space Center (JSC) in Houston, Texas as a location.\n"
        "\"Like many Texans, I am disappointed with NASA's decision to slight the Johnson Space "
        'Center as a permanent home for one of the Space Shuttle Orbiters."'
    )
    from claimledger.annotate import load_pipeline

    cornyn = entity(text, "John Cornyn", "PERSON", eid="e1")
    parsed = extract(text, "en", entities=[cornyn], doc=load_pipeline("en")(text))
    assert [(q.speaker, q.speaker_text) for q in parsed.quotes] == [
        ("e1", "U.S. Senator John Cornyn")
    ]
    # words alone read subjects of auxiliaries and reporting verbs only
    assert [q.speaker for q in extract(text, "en", entities=[cornyn]).quotes] == [None]


@pytest.mark.skipif(shipped_model_path("fr") is None, reason="no French model shipped")
def test_a_counted_crowd_is_no_antecedent_for_il():
    text = (
        "Emmanuel Macron se démarque de la vision politique du président depuis son annonce de "
        "création de son propre mouvement. Près de 3 000 de ses partisans s'étaient réuni à "
        "Paris lors d'un meeting le 12 juillet dernier.\n"
        "Récemment il a affirmé ne pas être socialiste et souhaiter mener une politique plutôt "
        "libérale."
    )
    from claimledger.annotate import load_pipeline

    macron = entity(text, "Emmanuel Macron", eid="e1")
    statement = extract(text, entities=[macron], doc=load_pipeline("fr")(text)).statements[-1]
    assert (statement.speaker_text, statement.speaker) == ("il", "e1")


@pytest.mark.skipif(shipped_model_path("fr") is None, reason="no French model shipped")
def test_shipped_model_finds_the_seed_speakers():
    from claimledger.annotate import load_pipeline

    text = (
        "Il a indiqué que la Russie formait des soldats. M. Austin a déclaré que les troupes "
        "nord-coréennes portaient des uniformes russes."
    )
    findings = extract(text, doc=load_pipeline("fr")(text))
    assert [s.speaker_text for s in findings.statements] == ["Il", "M. Austin"]


# ------------------------------------------------------------------- gold files
def _scores(language: str | None = None, name: str | None = None):
    from claimledger.evaluate import evaluate_folder, find_gold_files, load_gold
    from claimledger.evaluate.report import Report

    report = evaluate_folder(DEVSET) if name is None else Report(gold_dir=str(DEVSET))
    if name is not None:
        from claimledger.evaluate import evaluate_article

        path = next(p for p in find_gold_files(DEVSET) if p.name == name)
        gold = load_gold(path)
        report.scores.append(evaluate_article(gold, path.parent / gold.article))
    return report.totals(language or "all")


def test_seed_statements_and_quotes_with_their_speakers():
    totals = _scores(name="seed.gold.json")
    quotes, statements = totals.counts["quotes"], totals.counts["statements"]
    assert (quotes.f1, totals.accuracies["quotes.speaker"].value) == (1.0, 1.0)
    assert statements.recall == 1.0
    assert totals.accuracies["statements.speaker"].value == 1.0


def test_french_development_set_meets_the_bar():
    totals = _scores("fr")
    assert totals.counts["quotes"].f1 >= 0.90
    assert totals.accuracies["quotes.speaker"].value >= 0.90
    assert totals.counts["statements"].f1 >= 0.80
    assert totals.accuracies["statements.speaker"].value >= 0.85
