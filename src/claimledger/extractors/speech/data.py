"""The speech knowledge of one language, read from its data files and made ready to match.

Everything a speech rule compares with comes from ``lang/<code>/speech.toml``,
``reporting_verbs.txt`` and ``speaker_nouns.txt``; this module only reshapes it: written forms
are made from lemmas, phrases are cut into words, lists become sets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.lang import LanguageData, load_language

_WORD = re.compile(r"\w[\w.-]*'?|[^\w\s]")
_CATEGORIES = ("finite", "participle", "gerund")


def norm_word(text: str) -> str:
    """A word as data lists write it: lower case, ``’`` read as ``'``, no joining hyphen."""
    word = text.replace("’", "'").replace("`", "'").lower()
    return word.lstrip("-") if len(word) > 1 else word


def split_phrase(phrase: str) -> tuple[str, ...]:
    """The words of a data phrase: ``d'après`` → ``("d'", "après")``."""
    return tuple(norm_word(w) for w in _WORD.findall(phrase.replace("’", "'")))


@dataclass(frozen=True)
class VerbForm:
    """One written form of a reporting verb."""

    lemma: str
    category: str  # finite, participle or gerund
    needs_clause: bool


@dataclass(frozen=True)
class SpeechData:
    """What the speech rules of one language compare with."""

    code: str
    pairs: tuple[tuple[str, str], ...]
    apostrophes: frozenset[str]
    not_quotes: frozenset[str]
    naming_words: frozenset[str]
    max_name_words: int
    min_utterance_words: int
    verbs: dict[tuple[str, ...], tuple[VerbForm, ...]]
    markers: tuple[tuple[str, ...], ...]
    opinion_markers: tuple[tuple[str, ...], ...]
    not_cues: tuple[tuple[str, ...], ...]
    anaphoric: tuple[tuple[str, ...], ...]
    connectors: tuple[tuple[str, ...], ...]
    words: dict[str, frozenset[str]]
    roles: frozenset[tuple[str, ...]]
    role_equivalents: dict[tuple[str, ...], frozenset[tuple[str, ...]]]
    titles: frozenset[str]
    plural_endings: tuple[str, ...]
    labels: dict[str, frozenset[str]]

    def has(self, name: str, word: str) -> bool:
        """Whether ``word`` (already normalized) is in the list ``name``."""
        return word in self.words[name]


_WORD_LISTS = {
    "cues": (
        "that",
        "comparatives",
        "inverted_pronouns",
        "euphonic",
        "auxiliaries",
        "passive",
        "clitics",
        "reflexive",
        "agent",
        "negation_before",
        "negation_after",
        "modals",
        "conditionals",
        "subordinators",
        "relatives",
        "gerund_marker",
        "not_before_that",
        "conditions",
    ),
    "phrases": (
        "determiners",
        "plural_determiners",
        "feminine_determiners",
        "demonstratives",
        "indefinite_determiners",
        "prepositions",
        "complements",
        "coordinators",
        "name_particles",
        "adverbs",
        "possessive",
        "speech_nouns",
        "role_modifiers",
        "intensifiers",
    ),
    "pronouns": ("singular", "plural", "masculine", "feminine", "impersonal"),
}


@cache
def load_speech_data(code: str) -> SpeechData:
    """The speech data of language ``code``, read once."""
    lang = load_language(code)
    table = lang.table("speech")
    words: dict[str, frozenset[str]] = {}
    for section, names in _WORD_LISTS.items():
        for name in names:
            # Multi-word items (se sont, parce que) are kept whole; single words dominate.
            words[name] = frozenset(_list_item(w) for w in table[section][name])
    return SpeechData(
        code=code,
        pairs=tuple((a, b) for a, b in table["marks"]["pairs"]),
        apostrophes=frozenset(table["marks"]["apostrophes"]),
        not_quotes=frozenset(" ".join(split_phrase(w)) for w in table["quotes"]["not_quotes"]),
        naming_words=frozenset(norm_word(w) for w in table["quotes"]["naming_words"]),
        max_name_words=int(table["quotes"]["max_name_words"]),
        min_utterance_words=int(table["quotes"]["min_utterance_words"]),
        verbs=_verb_forms(lang, table),
        markers=tuple(split_phrase(m) for m in table["cues"]["markers"]),
        opinion_markers=tuple(split_phrase(m) for m in table["cues"]["opinion_markers"]),
        not_cues=tuple(split_phrase(m) for m in table["cues"]["not_cues"]),
        anaphoric=tuple(split_phrase(m) for m in table["cues"]["anaphoric"]),
        connectors=tuple(split_phrase(m) for m in table["cues"]["connectors"]),
        words=words,
        roles=frozenset(split_phrase(r) for r in lang.words("speaker_nouns")),
        role_equivalents={
            split_phrase(role): frozenset(split_phrase(r) for r in roles)
            for role, roles in table["role_equivalents"].items()
        },
        titles=frozenset(norm_word(t).rstrip(".") for t in lang.words("titles")),
        plural_endings=tuple(lang.table("noun_phrases")["plural_endings"]),
        labels={k: frozenset(v) for k, v in table["parse"].items()},
    )


def _list_item(item: str) -> str:
    """A list item as tokens read it: one word normalized (`'s`), words joined by spaces."""
    return norm_word(item) if " " not in item.strip() else " ".join(split_phrase(item))


def _verb_forms(lang: LanguageData, table: dict) -> dict[tuple[str, ...], tuple[VerbForm, ...]]:
    """Every written form of every reporting verb, as words, with what it is."""
    forms: dict[tuple[str, ...], list[VerbForm]] = {}
    for line in lang.words("reporting_verbs"):
        lemma, _, flag = line.partition(" +")
        needs_clause = flag.strip() == "clause"
        for category, written in _inflect(lemma.strip(), table).items():
            for form in written:
                key = split_phrase(form)
                forms.setdefault(key, []).append(VerbForm(lemma.strip(), category, needs_clause))
    return {key: tuple(value) for key, value in forms.items()}


def _inflect(lemma: str, table: dict) -> dict[str, list[str]]:
    """The forms of ``lemma`` by category: listed when irregular, else made by its ending."""
    bare = _strip_reflexive(lemma, table)
    irregular = table.get("irregular", {})
    if bare in irregular:
        return {c: list(irregular[bare].get(c, [])) for c in _CATEGORIES}
    rules = [r for r in table["inflection"] if bare.endswith(r["ending"])]
    if not rules:
        return {c: [] for c in _CATEGORIES}
    rule = max(rules, key=lambda r: len(r["ending"]))
    stem = bare[: len(bare) - len(rule["ending"])]
    return {c: [stem + ending for ending in rule[c]] for c in _CATEGORIES}


def _strip_reflexive(lemma: str, table: dict) -> str:
    """``s'excuser`` → ``excuser``: the reflexive pronoun is matched as a clitic."""
    for pronoun in sorted(table["cues"]["reflexive"], key=len, reverse=True):
        joined = pronoun if pronoun.endswith("'") else pronoun + " "
        if lemma.startswith(joined) and len(lemma) > len(joined):
            return lemma[len(joined) :].lstrip()
    return lemma
