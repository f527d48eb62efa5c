"""Captions: the lines under pictures, maps and videos, and their credits, told by their form.

A line is a caption when
1. it is a credit (``Image : Nick Moreau .``) or opens like a caption (``File photo of …``,
   ``(Photo : AFP)``);
2. a credit line follows it: the credit's caption, when short, or not too long and with no
   auxiliary, past or pronoun, or right after the dateline;
3. it is a short paragraph that ends with a full stop and holds no finite verb, nor any word
   only a clause holds (``The current flag of New Zealand.``), outside a list; a credit at its
   end (``Lieu de l'attaque. Source : Frankie Fouganthin .``) is no part of the test;
4. it repeats, word for word, the line just before it;
5. it is a pull quote: it (or the quotation it holds) repeats words that another line holds,
   and the short verbless line after it (its speaker) goes with it;
6. it is a short phrase without a full stop among the captions that end the text (a gallery).
The first line (the headline: ``title`` decides) and datelines are never captions, nor is a
line that opens with a quotation mark, a dash or a list number (quotes and their speakers).
The cues are language data (``captions.toml``, ``verbs.txt``, ``finite_verbs.txt``,
``not_verbs.txt``); those of the article's language apply, every language's when it cannot
be told, which only makes more lines look like sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.clean.dateline import find_dateline
from claimledger.clean.language import identify_language
from claimledger.lang import SUPPORTED_LANGUAGES, LanguageData, load_language

#: A caption told by its form alone (no verb) is at most this long; lists of short lines
#: longer than MAX_RUN are lists (results, schedules), not captions.
MAX_CAPTION_WORDS = 20
MAX_RUN = 3
#: A line above a credit is its caption up to MAX_SHORT_CREDITED_WORDS, or up to
#: MAX_CREDITED_WORDS when it has no auxiliary, past or pronoun; a credit line, an opener too.
MAX_SHORT_CREDITED_WORDS = 15
MAX_CREDITED_WORDS = 40

#: A pull quote (a line, or its quotation, that another line holds) is at least this long;
#: the short line after it, its speaker, at most MAX_SPEAKER_WORDS.
MIN_REPEATED_WORDS = 10
MAX_SPEAKER_WORDS = 8

_WORD = re.compile(r"[^\W\d_]+['’]?")
# Quotes and their speakers (`— Charles Michel , premier ministre`), list items (`1-prendre`).
_SPEECH_OR_ITEM = re.compile(r"^(?:[«»\"“”‘’'—–\-•*·]|\d+\s*[-.)/])")
_QUOTATION = re.compile(r"[«»\"“”]")
_QUOTED = re.compile(r"[«\"“]([^«»\"“”]+)[»\"”]")
# Shares and prices are article facts, whatever the form of their line.
_MONEY_OR_SHARE = re.compile(r"[%‰€$£¥]")
# Trailing dots of a sentence, not of an ellipsis.
_FULL_STOP = re.compile(r"(?<![.…])\.$")


@dataclass(frozen=True)
class PresentCue:
    """Present-tense verbs the lists miss, told by the word before them (``[present]``)."""

    endings: tuple[str, ...]
    not_endings: tuple[str, ...]
    subject_endings: tuple[str, ...]
    plural_endings: tuple[str, ...]
    plurals: tuple[str, ...]

    def is_verb(self, word: str, before: str, is_name: bool, lemmas: frozenset[str]) -> bool:
        """Whether ``word``, after ``before`` (a name when ``is_name``), is a present verb."""
        ending = word.endswith(self.endings) and not word.endswith(self.not_endings)
        if ending and (is_name or before.endswith(self.subject_endings)):
            return True
        plural = before in self.plurals or (
            bool(self.plural_endings) and before.endswith(self.plural_endings)
        )
        return word in lemmas and (is_name or plural)


@dataclass(frozen=True)
class CaptionCues:
    """The patterns and word sets of one language, or of several merged."""

    credits: re.Pattern[str]
    openers: re.Pattern[str]
    trailing_credits: re.Pattern[str]
    clause_words: frozenset[str]
    finite_verbs: frozenset[str]
    listed_verbs: frozenset[str]
    finite_endings: tuple[str, ...]
    not_verbs: frozenset[str]
    function_words: frozenset[str]
    present: tuple[tuple[PresentCue, frozenset[str]], ...]

    def has_clause(self, text: str) -> bool:
        """Whether ``text`` holds a finite verb or a word only a clause holds."""
        text = text.replace("’", "'")
        words = [word.casefold() for word in _WORD.findall(text)]
        return any(map(self._is_finite, words)) or self._has_present(text)

    def has_past_clause(self, text: str) -> bool:
        """Whether ``text`` holds a clause word, a listed verb (auxiliaries, irregular pasts) or
        a past's ending: what an article's sentence has and a present-tense caption lacks."""
        words = {word.casefold() for word in _WORD.findall(text.replace("’", "'"))}
        if words & (self.clause_words | self.listed_verbs):
            return True
        return any(self._has_finite_ending(word) for word in words)

    def _is_finite(self, word: str) -> bool:
        if word in self.clause_words or word in self.finite_verbs:
            return True
        return self._has_finite_ending(word)

    def _has_finite_ending(self, word: str) -> bool:
        return len(word) > 3 and word.endswith(self.finite_endings) and word not in self.not_verbs

    def _has_present(self, text: str) -> bool:
        """Whether a word of ``text`` is a present verb by the word just before it."""
        matches = list(_WORD.finditer(text))
        for first, (before, match) in enumerate(zip(matches, matches[1:], strict=False)):
            word, previous = match.group().casefold(), before.group().casefold()
            if text[before.end() : match.start()].strip() or not match.group().islower():
                continue  # punctuation between, or a name: no subject and verb
            if len(word) < 3 or {word, previous} & self.function_words:
                continue
            is_name = first > 0 and before.group()[:1].isupper()
            if any(cue.is_verb(word, previous, is_name, lemmas) for cue, lemmas in self.present):
                return True
        return False


@cache
def load_cues(languages: tuple[str, ...] = SUPPORTED_LANGUAGES) -> CaptionCues:
    """The caption cues of ``languages`` merged, compiled once."""
    data = [load_language(code) for code in languages]
    tables = [d.table("captions") for d in data]
    not_verbs = frozenset(w for d in data for w in d.words("not_verbs"))
    verbs = {w for d, t in zip(data, tables, strict=True) for w in _finite_forms(d, t)}
    present = tuple(
        (_present_cue(t["present"]), frozenset(d.words("verbs")))
        for d, t in zip(data, tables, strict=True)
    )
    return CaptionCues(
        credits=_alternation(p for t in tables for p in t["credits"]),
        openers=_alternation(p for t in tables for p in t["openers"]),
        trailing_credits=_alternation(p for t in tables for p in t["trailing_credits"]),
        clause_words=frozenset(w for t in tables for w in t["clause_words"]),
        finite_verbs=frozenset(verbs - not_verbs),
        listed_verbs=frozenset(w.casefold() for d in data for w in d.words("finite_verbs")),
        finite_endings=tuple(e for t in tables for e in t["finite_endings"]),
        not_verbs=not_verbs,
        function_words=frozenset(w.casefold() for d in data for w in d.words("function_words")),
        present=present,
    )


def _present_cue(table: dict) -> PresentCue:
    fields = ("endings", "not_endings", "subject_endings", "plural_endings", "plurals")
    return PresentCue(*(tuple(table[name]) for name in fields))


def cues_for(lines: list[str]) -> CaptionCues:
    """The cues of the language ``lines`` are written in, or of every language."""
    code = identify_language("\n".join(lines))
    return load_cues((code,) if code in SUPPORTED_LANGUAGES else SUPPORTED_LANGUAGES)


def find_captions(lines: list[str], cues: CaptionCues) -> set[int]:
    """The indexes of the caption lines of ``lines`` (blank lines separate paragraphs)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    texts = [lines[i].strip() for i in filled]
    joined = [f" {' '.join(_words(text))} " for text in texts]
    found: set[int] = set()
    pulled = False
    # The first line is the headline's place; a dateline is the dateline step's.
    for position in range(1, len(texts)):
        line = texts[position]
        if find_dateline(line):
            pulled = False
            continue
        # A pull quote's speaker (`Charles Bolden, NASA Administrator`) goes with it.
        credited = pulled and len(line.split()) <= MAX_SPEAKER_WORDS and not cues.has_clause(line)
        pulled = _is_pull_quote(texts, joined, position, cues)
        if pulled or credited or _is_caption(texts, position, cues):
            found.add(filled[position])
    return found | _trailing_gallery(texts, filled, found, cues)


def _trailing_gallery(
    texts: list[str], filled: list[int], found: set[int], cues: CaptionCues
) -> set[int]:
    """Short verbless lines without a full stop (``Pont en construction, juillet 2016``) among
    the captions that end the text: a gallery's, since no paragraph follows them."""
    gallery: set[int] = set()
    position = len(texts) - 1
    if position < 1 or filled[position] not in found:
        return gallery
    while position > 1 and (filled[position] in found or _is_phrase(texts[position], cues)):
        gallery.add(filled[position])
        position -= 1
    return gallery - found


def _is_phrase(line: str, cues: CaptionCues) -> bool:
    """Whether ``line`` is a short phrase: no clause, quotation, colon, list mark or price."""
    # Quotes are the article's; a colon makes a list item (`Groupe B : Angleterre - Russie`).
    if len(line.split()) > MAX_CAPTION_WORDS or _SPEECH_OR_ITEM.match(line):
        return False
    if _QUOTATION.search(line) or ":" in line or _MONEY_OR_SHARE.search(line):
        return False
    return bool(_WORD.search(line)) and not cues.has_clause(line)


def _is_pull_quote(texts: list[str], joined: list[str], position: int, cues: CaptionCues) -> bool:
    """Whether ``texts[position]`` repeats words another line holds: the whole line, or the
    quotation it opens with when the rest is no clause (``"…" - Matthew Ingram``)."""
    line = texts[position]
    part = line
    if _QUOTATION.match(line):
        quotations = _QUOTED.findall(line)
        outside = _QUOTED.sub(" ", line)
        if not quotations or cues.has_clause(outside):
            return False
        part = quotations[0]
    words = _words(part)
    if len(words) < MIN_REPEATED_WORDS:
        return False
    needle = f" {' '.join(words)} "
    # A copy of an earlier line, or a piece of a longer line: the article keeps the words.
    return any(
        needle in other and (len(other) > len(needle) or index < position)
        for index, other in enumerate(joined)
        if index != position
    )


def _is_caption(texts: list[str], position: int, cues: CaptionCues) -> bool:
    """Whether ``texts[position]`` is a caption, a credit or a copy of the line before."""
    line = texts[position]
    if _words(line) and _words(line) == _words(texts[position - 1]):
        return True
    framed = cues.credits.fullmatch(line) or cues.openers.fullmatch(line)
    if framed and len(line.split()) <= MAX_CREDITED_WORDS:
        return True
    if _SPEECH_OR_ITEM.match(line) or line.endswith(":") or _MONEY_OR_SHARE.search(line):
        return False
    following = texts[position + 1] if position + 1 < len(texts) else ""
    if cues.credits.fullmatch(following) and _may_be_credited(line, cues, texts[position - 1]):
        return True
    return _is_verbless(line, cues) and not _in_list(texts, position, cues)


def _may_be_credited(line: str, cues: CaptionCues, before: str) -> bool:
    """Whether ``line``, above a credit, may be its caption: short, or not too long and with
    no auxiliary, past or pronoun (as an article's paragraph has), or right after the dateline
    (where a page puts its first picture)."""
    size = len(line.split())
    if size <= MAX_SHORT_CREDITED_WORDS:
        return True
    return size <= MAX_CREDITED_WORDS and (
        find_dateline(before) is not None or not cues.has_past_clause(line)
    )


def _is_verbless(line: str, cues: CaptionCues) -> bool:
    """Whether ``line`` is a short phrase ending with a full stop, with no clause in it."""
    credit = cues.trailing_credits.search(line)
    if credit is not None and credit.end() == len(line):
        line = line[: credit.start()].rstrip() + "."
    return bool(_FULL_STOP.search(line)) and _is_phrase(line, cues)


def _in_list(texts: list[str], position: int, cues: CaptionCues) -> bool:
    """Whether ``texts[position]`` is an item of a list: short verbless lines that a colon
    opens, or more than MAX_RUN of them that do not all end with a full stop (a gallery's
    captions do)."""
    start = end = position
    while start > 1 and _is_list_like(texts[start - 1], cues):
        start -= 1
    while end + 1 < len(texts) and _is_list_like(texts[end + 1], cues):
        end += 1
    if texts[start - 1].endswith(":"):
        return True
    run = texts[start : end + 1]
    return len(run) > MAX_RUN and not all(_FULL_STOP.search(line) for line in run)


def _is_list_like(line: str, cues: CaptionCues) -> bool:
    return len(line.split()) <= MAX_CAPTION_WORDS and not cues.has_clause(line)


def _finite_forms(data: LanguageData, table: dict) -> set[str]:
    """The finite forms of the language's verbs: listed ones, and those its rules make."""
    forms = {w.casefold() for w in data.words("finite_verbs")}
    rules = sorted(table["inflection"], key=lambda rule: len(rule["ending"]), reverse=True)
    for lemma in data.words("verbs"):
        rule = next((r for r in rules if lemma.endswith(r["ending"])), None)
        if rule is not None:
            stem = lemma[: len(lemma) - len(rule["ending"])]
            forms.update(stem + ending for ending in rule["finite"])
    return forms


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _alternation(patterns) -> re.Pattern[str]:
    # An empty alternation would match every blank string: a pattern that never matches.
    body = "|".join(f"(?:{p})" for p in patterns) or r"(?!)"
    return re.compile(body, re.IGNORECASE)
