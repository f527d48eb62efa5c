"""Tests of the trained pipelines run only where they are shipped (`make train` builds them)."""

from __future__ import annotations

from claimledger.annotate import shipped_model_path

# The trained models are not committed yet (see .gitignore): without them, their tests have
# nothing to load, so they are not collected rather than failing.
collect_ignore = [] if shipped_model_path("fr") and shipped_model_path("en") else ["test_models.py"]
