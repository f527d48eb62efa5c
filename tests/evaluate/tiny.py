"""A tiny hand-made article and its gold file, for the scoring tests."""

from __future__ import annotations

import copy

from claimledger.evaluate import Gold, parse_gold

#: A short article: title, a skip link, and a body with quotes, figures and dates.
ARTICLE = (
    "Jusqu'à 12 000 civils ont fui Kharkiv\n"
    "Aller au contenu\n"
    "Le ministre M. Dmytro Kouleba a déclaré jeudi que «la ville tiendra» et que «nous ne "
    "céderons pas». Selon l’ONU, jusqu'à 12 000 civils ont fui la région de Kharkiv.\n"
    "Environ 300 soldats sont arrivés jeudi à Kharkiv, selon l'armée."
)

BODY = ARTICLE.split("\n", 2)[2]

GOLD = {
    "id": "kharkiv",
    "article": "kharkiv.txt",
    "language": "fr",
    "published": "2024-05-16",
    "title": "Jusqu'à 12 000 civils ont fui Kharkiv",
    "boilerplate": ["Aller au contenu"],
    "url": "https://example.org/kharkiv",
    "entities": [
        {"name": "Dmytro Kouleba", "type": "PERSON", "aliases": ["Dmytro Kouleba", "Kouleba"]},
        {"name": "Kharkiv", "type": "GPE", "aliases": ["Kharkiv", "région de Kharkiv"]},
        {
            "name": "Organisation des Nations unies",
            "type": "ORG",
            "aliases": ["ONU", "Nations unies"],
        },
        {"name": "armée", "type": "ORG", "aliases": ["armée"], "optional": True},
    ],
    "quotes": [
        {"text": "la ville tiendra", "kind": "partial", "speaker": "Dmytro Kouleba"},
        {"text": "nous ne céderons pas", "kind": "partial", "speaker": "Dmytro Kouleba"},
    ],
    "statements": [
        {
            "text": "jusqu'à 12 000 civils ont fui la région de Kharkiv",
            "speaker": "Organisation des Nations unies",
            "cue": "Selon",
        },
        {
            "text": "Environ 300 soldats sont arrivés jeudi à Kharkiv",
            "speaker": None,
            "speaker_text": "l'armée",
            "cue": "selon",
            "optional": True,
        },
    ],
    "amounts": [
        {
            "text": "jusqu'à 12 000",
            "value": 12000,
            "qualifier": "up_to",
            "counted": "civils",
            "counted_note": "people who fled",
            "source": "Organisation des Nations unies",
            "source_aliases": ["ONU"],
        },
        {
            "text": "Environ 300",
            "value": 300,
            "qualifier": "approximately",
            "counted": "soldats",
            "source": None,
            "source_optional": True,
        },
    ],
    "times": [
        {"text": "jeudi", "value": "2024-05-16", "occurrence": 1},
        {"text": "Jeudi", "value": "2024-05-16", "occurrence": 2},
    ],
}


def make_gold(**changes) -> Gold:
    """The tiny gold file, with some top-level fields replaced."""
    data = copy.deepcopy(GOLD)
    data.update(changes)
    return parse_gold(data, origin="kharkiv.gold.json")
