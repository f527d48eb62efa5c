"""Quotation marks: pair them into quotations, and tell a quotation from a quoted name.

Marks are paired in the text, paragraph by paragraph, with a stack, so a quotation may hold
nested ones (only the outermost is kept). A quotation that runs over several paragraphs
reopens each one with its opening mark and closes only at the end, as French and English
typography both do. Directional marks (« », “ ”) pair by direction; a mark that is the
same on both sides (") opens after a space and closes before one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from claimledger.extractors.speech.data import SpeechData, norm_word, split_phrase

_OPENING_CONTEXT = set(" \t\n([{/—–-«“‘")


@dataclass(frozen=True)
class Quotation:
    """A quotation: the text between its marks, trimmed of spaces."""

    start: int
    end: int
    open_at: int
    close_at: int  # offset after the closing mark
    # Stretches inside that are not quoted words: a paragraph break and its reopening
    # mark, the writer's incise (`, a-t-il dit,`).
    gaps: tuple[tuple[int, int], ...] = ()

    def parts(self, text: str) -> list[tuple[int, int]]:
        """The quoted stretches between the gaps, trimmed of spaces and joining commas."""
        bounds, start = [], self.start
        for gap_start, gap_end in sorted(self.gaps):
            bounds.append((start, gap_start))
            start = gap_end
        bounds.append((start, self.end))
        parts = []
        for a, b in bounds:
            while a < b and (text[a].isspace() or text[a] in ",;"):
                a += 1
            while b > a and (text[b - 1].isspace() or text[b - 1] in ",;"):
                b -= 1
            if b > a:
                parts.append((a, b))
        return parts


def find_quotations(text: str, data: SpeechData) -> list[Quotation]:
    """The outermost quotations of ``text``, in text order."""
    closers = {close: open_ for open_, close in data.pairs}
    openers = {open_: close for open_, close in data.pairs}
    found: list[Quotation] = []
    stack: list[tuple[str, int]] = []
    gaps: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\n":
            i = _end_paragraph(text, i, stack, found, gaps)
            continue
        action = _mark_action(text, i, stack, openers, closers, data)
        if action == "close":
            open_char, open_at = stack.pop()
            if not stack:
                found.append(replace(_trimmed(text, open_at, i + 1), gaps=tuple(gaps)))
                gaps.clear()
        elif action == "open":
            stack.append((char, i))
        i += 1
    if stack:
        _close_at_paragraph_end(text, len(text), stack, found, gaps)
    return [q for q in found if q.end > q.start]


def _mark_action(
    text: str, i: int, stack: list, openers: dict, closers: dict, data: SpeechData
) -> str | None:
    """Whether the character at ``i`` opens a quotation, closes one, or neither."""
    char = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opened = any(open_ == closers.get(char) for open_, _ in stack)
    if char in data.apostrophes and before.isalpha() and (after.isalpha() or not opened):
        return None  # an apostrophe: l’artillerie, don’t, Arabia's, members' homes
    if char in closers and any(open_ == closers[char] for open_, _ in stack):
        if openers.get(char) == char and before in _OPENING_CONTEXT:
            return "open" if after not in " \n" else None
        while stack and stack[-1][0] != closers[char]:
            stack.pop()  # an unclosed inner mark: drop it
        return "close"
    if char in openers and (openers[char] != char or before in _OPENING_CONTEXT or not i):
        return "open"
    return None


def _end_paragraph(text: str, i: int, stack: list, found: list, gaps: list) -> int:
    """At a line break: go on when the next paragraph reopens the quotation, else close it."""
    if not stack:
        return i + 1
    j = i
    while j < len(text) and text[j] in " \t\n":
        j += 1
    if j < len(text) and text[j] == stack[0][0]:
        gaps.append((i, j + 1))
        return j + 1  # the quotation goes on: skip its reopening mark
    _close_at_paragraph_end(text, i, stack, found, gaps)
    return i + 1


def _close_at_paragraph_end(text: str, end: int, stack: list, found: list, gaps: list) -> None:
    """An unclosed quotation ends with its paragraph, when it holds a few words at least."""
    open_at = stack[0][1]
    stack.clear()
    quotation = _trimmed(text, open_at, end + 1)
    if len(text[quotation.start : quotation.end].split()) >= 3:
        end = min(quotation.end, end)
        found.append(Quotation(quotation.start, end, open_at, end, tuple(gaps)))
    gaps.clear()


def _trimmed(text: str, open_at: int, close_at: int) -> Quotation:
    """The quotation between the marks at ``open_at`` and ``close_at - 1``, without spaces."""
    start, end = open_at + 1, close_at - 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quotation(start, end, open_at, close_at)


def is_quoted_name(text: str, quotation: Quotation, data: SpeechData) -> bool:
    """Whether ``quotation`` quotes a name, a title or a label rather than words said."""
    inner = text[quotation.start : quotation.end].strip(" .,;:!?")
    if _followed_by_cue(text, quotation, data):
        return False  # `« Non », a-t-il répondu`: words someone said
    if " ".join(split_phrase(inner)) in data.not_quotes:
        return True
    words_before = split_phrase(text[max(0, quotation.open_at - 40) : quotation.open_at])
    if words_before and words_before[-1] in data.naming_words:
        return True
    words = inner.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and len(words) <= data.max_name_words
        and inner[-1:] not in ".!?…"
        and not _opens_sentence(text, quotation.open_at)
    )


def said_quotations(text: str, data: SpeechData) -> list[Quotation]:
    """The quotations of ``text`` that quote words said: not names, and not the words of a
    name quoted elsewhere in the article (`l'émission « Quotidien » ... « Quotidien » a
    affirmé`)."""
    quotations = find_quotations(text, data)
    names = {q.open_at for q in quotations if is_quoted_name(text, q, data)}
    named = {_inner(text, q) for q in quotations if q.open_at in names}
    return [
        q
        for q in quotations
        if q.open_at not in names
        and not (_inner(text, q) in named and not _followed_by_cue(text, q, data))
    ]


def _inner(text: str, quotation: Quotation) -> str:
    return " ".join(text[quotation.start : quotation.end].strip(" .,;:!?").split()).lower()


def _followed_by_cue(text: str, quotation: Quotation, data: SpeechData) -> bool:
    """Whether a comma and a reporting verb (`, a-t-il répondu`, `, it added`) follow it."""
    words = split_phrase(text[quotation.close_at : quotation.close_at + 40])
    if len(words) < 2 or words[0] != ",":
        return False
    return any((word.rstrip("."),) in data.verbs for word in words[1:4])  # a-t-il répondu


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the character at ``at`` starts a sentence or follows a colon."""
    before = text[:at].rstrip(" \t")
    while before and before[-1] in '"»”’)]':
        before = before[:-1].rstrip(" \t")  # `... fast." "Foolhardy`: after a closed quotation
    return not before or before[-1] in ".!?:\n…"


def looks_like_utterance(text: str, quotation: Quotation, data: SpeechData) -> bool:
    """Whether the quotation reads as a whole utterance, whatever stands around it."""
    inner = text[quotation.start : quotation.end]
    words = inner.split()
    if _opens_sentence(text, quotation.open_at) or inner.rstrip()[-1:] in ".!?…":
        return True
    return bool(words) and words[0][:1].isupper() and len(words) >= data.min_utterance_words


def first_word(text: str) -> str:
    """The first word of ``text``, normalized (for tests and callers that peek)."""
    words = split_phrase(text)
    return norm_word(words[0]) if words else ""
