"""Boilerplate lines, as found in the seed, Wikinews (WiNER-fr) and news pages."""

from __future__ import annotations

import pytest

from claimledger.clean.boilerplate import load_rules, remove_boilerplate


def _remove(text: str) -> tuple[list[str], list[str]]:
    return remove_boilerplate(text.split("\n"), load_rules())


@pytest.mark.parametrize(
    "line",
    [
        "Début du contenu principal.",
        "Aller au contenu principal",
        "Skip to main content",
        "Partager cet article :",
        "Facebook ,",
        "Yahoo!",
        "Lire aussi : Solidarité. Don de plus de 3500 masques au Samu de Bayonne",
        "LIRE AUSSI SUR REGARDS.FR",
        ">> Affaire Benalla : le scandale d’Etat qui fait chanceler la Macronie",
        "Read more: Storm Ciarán is breaking records",
        "Vous pouvez également consulter les articles suivants sur les autres projets Wikimedia :",
        "Article sur Wikipédia .",
        "Ressources multimédia sur Commons .",
        "Évènements du 29 juin 2016",
        "État  Vérifié",
        "Source : winterbiketoworkday.org [1] Dernière mise à jour : 7 février 2016 à 19:15 (UTC)",
        "Source: Met Office",
        "Page actualisée : 23 mars 2016 — « Attentats de Bruxelles : le second kamikaze »",
        "Article mis à jour le 7 janvier 2020.",
        "(Avec AFP)",
        "Loading...",
        "Suivez le direct :",
        "Cet article mentionne la Fondation Wikimedia ou un de ses projets. Notez que Wikinews "
        "est un projet de la Fondation Wikimedia.",
        "Cet article est archivé et il ne doit être modifié que pour de la maintenance "
        "(interwiki, orthographe, grammaire etc.). Toutes autres modifications seront annulées.",
        "Abonnez-vous à notre lettre d'information.",
        "Publiée par la mairie de Bayonne sur Jeudi 26 mars 2020",
        "Follow our live coverage of the storm.",
        "Sign up for our daily newsletter.",
        "MORE : Storm tracker shows where the rain will fall",
        "Jane Doe contributed reporting to this story.",
        "Updated 11.02.23, 11:52 EST: This article has been updated to correct a date.",
    ],
)
def test_boilerplate_line_is_removed(line):
    kept, removed = _remove(line)
    assert kept == [""]
    assert removed == [line.strip()]


@pytest.mark.parametrize(
    "line",
    [
        "Quelque 8000 soldats nord-coréens sont actuellement en Russie.",
        "— Charles Michel , premier ministre belge",
        "Le représentant russe à la réunion n’a pas répondu au commentaire.",
        "Il a lu aussi le rapport de la Cour des comptes, publié mardi.",
        "Sources au ministère : le texte sera présenté en Conseil des ministres.",
        "Facebook a annoncé mardi une nouvelle formule d’abonnement sans publicité.",
        "Share prices fell sharply on Monday after the announcement.",
        "More than 45,000 workers were on strike before the deal.",
        "Subscribers will pay 9.99 euros a month for the service.",
        "Suivez-le : il sait où il va, a dit le ministre.",
    ],
)
def test_article_line_is_kept(line):
    kept, removed = _remove(line)
    assert kept == [line]
    assert removed == []


def test_a_share_block_goes_whole(winer):
    text = winer["2016_06_29-001"]
    kept, removed = _remove(text)
    assert removed[-9:] == [
        "Partager cet article :",
        "Courriel ,",
        "Facebook ,",
        "Twitter ,",
        "Google ,",
        "Identi.ca ,",
        "Reddit ,",
        "Digg ,",
        "Yahoo!",
    ]
    assert "Évènements du 29 juin 2016" in removed
    assert len(kept) == len(text.split("\n"))  # removed lines leave blanks: nothing shifts


def test_a_related_articles_block_goes_whole(winer):
    kept, removed = _remove(winer["2016_07_03-005"])
    assert removed[0] == "Sur le même sujet Tour de France 2016"
    assert len(removed) == 6
    assert all(line.startswith("Tour de France 2016 :") for line in removed[1:])
    assert kept[0] == "Tour de France 2016 : les résultats de la première étape"


def test_a_block_heading_never_swallows_a_paragraph():
    text = (
        "Sources\n\nLe gouvernement a annoncé jeudi une hausse de 3 % du budget de la Défense, "
        "a déclaré le ministre, qui a précisé que les crédits seraient votés à l’automne prochain "
        "par le Parlement réuni en session extraordinaire."
    )
    kept, removed = _remove(text)
    assert removed == ["Sources"]
    assert kept[-1].startswith("Le gouvernement a annoncé jeudi")
