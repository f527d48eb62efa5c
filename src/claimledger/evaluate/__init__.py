"""Documents against gold files: the scoring of ``../shared/spec/gold-format.md``.

1. Find every ``*.gold.json`` under the folder, recursively, in sorted order (``gold``).
2. Extract the article each one names, with the gold publication date as the caller's date.
3. Score the document against the gold file, category by category (``score``); an article
   that fails to extract counts as all misses, and the report names the failure.
4. Sum the scores per language and print them (``report``).
"""

from __future__ import annotations

from pathlib import Path

from claimledger.contract import Document
from claimledger.evaluate.check import check_gold
from claimledger.evaluate.gold import Gold, GoldError, find_gold_files, load_gold, parse_gold
from claimledger.evaluate.perfect import document_from_gold
from claimledger.evaluate.report import Report, format_report
from claimledger.evaluate.results import ArticleScore
from claimledger.evaluate.score import score_document, score_failure

__all__ = [
    "ArticleScore",
    "Gold",
    "GoldError",
    "Report",
    "check_gold",
    "document_from_gold",
    "evaluate_article",
    "evaluate_folder",
    "find_gold_files",
    "format_report",
    "load_gold",
    "parse_gold",
    "score_document",
]


def evaluate_folder(
    gold_dir: str | Path, articles_dir: str | Path | None = None, model: str | None = None
) -> Report:
    """Extract and score every article of ``gold_dir`` (articles beside, or in ``articles_dir``)."""
    report = Report(gold_dir=str(gold_dir))
    for path in find_gold_files(gold_dir):
        try:
            gold = load_gold(path)
        except GoldError as error:
            report.gold_errors.append(str(error))
            continue
        article = article_path(path, gold, gold_dir, articles_dir)
        report.scores.append(evaluate_article(gold, article, model))
    return report


def article_path(
    gold_path: Path, gold: Gold, gold_dir: str | Path, articles_dir: str | Path | None
) -> Path:
    """Where the article of ``gold`` lies: beside it, or in ``articles_dir``.

    In ``articles_dir`` the gold file's sub-folder is tried first (``fr/NAME.txt``), then the
    folder itself.
    """
    if articles_dir is None:
        return gold_path.parent / gold.article
    relative = gold_path.parent.relative_to(gold_dir) / gold.article
    nested = Path(articles_dir) / relative
    return nested if nested.exists() else Path(articles_dir) / gold.article


def evaluate_article(gold: Gold, article: Path, model: str | None = None) -> ArticleScore:
    """The scores of the extraction of ``article`` against ``gold``."""
    from claimledger.pipeline import ExtractOptions, extract_paths

    options = ExtractOptions(published=gold.published, model=model)
    try:
        first = next(iter(extract_paths([str(article)], options)), None)
    except Exception as error:  # noqa: BLE001 — one crashing article must not stop the others
        return score_failure(gold, f"{article}: {type(error).__name__}: {error}")
    if not isinstance(first, Document):
        return score_failure(gold, str(first) if first else f"{article}: no article in the file")
    return score_document(gold, first)
