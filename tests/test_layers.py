"""The stages import only from earlier ones (README, Architecture)."""

from __future__ import annotations

import ast
from pathlib import Path

import claimledger

#: The stages in pipeline order: a module may import from its own stage and earlier ones.
STAGES = [
    "contract",
    "lang",
    "sources",
    "clean",
    "annotate",
    "extractors",
    "record",
    "pipeline",
    "ledger",
    "evaluate",
    "interfaces",
]
#: Training scores the whole entity stage for the model card: a tool, not a run-time path.
ALLOWED = {("annotate/training/__init__.py", "claimledger.extractors.entities")}
PACKAGE = Path(claimledger.__file__).parent


def imported_modules(path: Path) -> list[str]:
    """The claimledger modules ``path`` imports, wherever in the file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
    return [name for name in found if name.startswith("claimledger.")]


def test_no_stage_imports_from_a_later_one() -> None:
    backwards = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        stage = relative.split("/")[0].removesuffix(".py")
        if stage not in STAGES:
            continue
        for module in imported_modules(path):
            target = module.split(".")[1]
            later = target in STAGES and STAGES.index(target) > STAGES.index(stage)
            if later and (relative, module) not in ALLOWED:
                backwards.append(f"{relative} imports {module}")
    assert backwards == []
