"""Shared test helpers: paths to the project's samples and expected rows, and
to ../shared (real documents), which is skipped with a reason when absent."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
EXPECTED = ROOT / "data" / "expected"
SHARED = ROOT.parent / "shared"
REALDOCS = SHARED / "realdocs"

sys.path.insert(0, str(ROOT / "data"))  # data/generate.py builds reports with defects


def expected(stem: str) -> dict:
    return json.loads((EXPECTED / f"{stem}.json").read_text(encoding="utf-8"))


def realdoc(prefix: str) -> Path:
    if not REALDOCS.is_dir():
        pytest.skip(f"{REALDOCS} is absent: real-document tests need ../shared beside the checkout")
    found = sorted(REALDOCS.glob(f"{prefix}_*"))
    if not found:
        pytest.skip(f"no real document {prefix}_* in {REALDOCS}")
    return found[0]


def needs(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        pytest.skip(f"{program} is not installed (bash .ci/setup installs it)")
    return path


def fold(text: str) -> str:
    return " ".join(text.split())
