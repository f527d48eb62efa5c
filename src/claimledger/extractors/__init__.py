"""spaCy Doc → findings: entities, quotes, statements, amounts and times.

The extractors run in a fixed order, each reading what the earlier ones found:
1. times (dates resolved against the publication date),
2. entities (mentions grouped into referents with canonical names),
3. statements and quotes (reported speech and its speakers, pointing at entities and times),
4. amounts (figures, with their source taken from the statements around them).

Each extractor is a function ``Findings -> list[record]`` returning contract records with
ids unique in the document. What an extractor cannot find it leaves out: it never invents.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from claimledger.clean import CleanArticle
from claimledger.contract import Amount, Entity, Quote, Statement, Time
from claimledger.lang import LanguageData, load_language


@dataclass
class Findings:
    """What has been found in one article so far, with what it was found in."""

    article: CleanArticle
    doc: Doc
    lang: LanguageData
    times: list[Time] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)


def run_extractors(article: CleanArticle, doc: Doc) -> Findings:
    """Run every extractor on ``doc``, in dependency order."""
    from claimledger.extractors import amounts, entities, quotes, statements, times

    findings = Findings(article=article, doc=doc, lang=load_language(article.language))
    findings.times = times.extract_times(findings)
    findings.entities = entities.extract_entities(findings)
    findings.statements = statements.extract_statements(findings)
    findings.quotes = quotes.extract_quotes(findings)
    findings.amounts = amounts.extract_amounts(findings)
    return findings
