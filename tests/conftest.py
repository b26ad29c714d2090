"""Shared test helpers: paths to the project's samples and expected rows, and
to ../shared (real documents), which is skipped with a reason when absent."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import sys
from datetime import date
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


def missing(reason: str) -> None:
    """Skip a test whose tool or data is absent here; under CI (.ci/run sets
    ITA_REQUIRE_ALL) that is a failure, so nothing passes by being skipped."""
    if os.environ.get("ITA_REQUIRE_ALL"):
        pytest.fail(reason)
    pytest.skip(reason)


def realdoc(prefix: str) -> Path:
    if not REALDOCS.is_dir():
        missing(f"{REALDOCS} is absent: real-document tests need ../shared beside the checkout")
    found = sorted(REALDOCS.glob(f"{prefix}_*"))
    if not found:
        missing(f"no real document {prefix}_* in {REALDOCS}")
    return found[0]


def needs(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        missing(f"{program} is not installed (bash .ci/setup installs it)")
    return path


def needs_module(name: str, why: str = ""):
    try:
        return importlib.import_module(name)
    except ImportError:
        missing(why or f"{name} is not installed (pip install -e .[dev])")


def fold(text: str) -> str:
    return " ".join(text.split())


MEASURE_CELLS = ("issue", "responsible", "measure", "monitoring", "progress")


def assert_fields(x, want: dict) -> None:
    """Every field of the document record as ``want`` (an expected file's
    "document": dates as ISO strings)."""
    for key, value in want.items():
        got = getattr(x.document, key)
        assert (got.isoformat() if isinstance(got, date) else got) == value, key


def assert_measures(x, want: list[dict], lost_spaces: dict | None = None) -> None:
    """Every row of a pipeline result as ``want`` (expected rows: cells, tool,
    indicator and item), cell by cell after whitespace folding, but for
    ``lost_spaces``: (row, column) -> the words (one string, or several) as
    the source spaces them, where a PDF lost that space at a Thai line wrap."""
    assert len(x.measures) == len(want)
    for m, e in zip(x.measures, want):
        assert (m.tool, m.indicator_no, m.item_code) == (e["tool"], e["indicator_no"], e["item_code"]), m.row_no
        for col in MEASURE_CELLS:
            got = fold(getattr(m, col))
            spaced = (lost_spaces or {}).get((m.row_no, col), ())
            for words in [spaced] if isinstance(spaced, str) else spaced:
                joined = words.replace(" ", "")
                assert joined in got and words not in got, (m.row_no, col, words)
                got = got.replace(joined, words, 1)
            assert got == fold(e[col]), (m.row_no, col)


def squeezed_cells(result) -> list[list[str]]:
    """Every measure cell of a pipeline result, whitespace removed: how a
    PDF is compared with its DOCX (a space at a Thai line wrap is not in the PDF)."""
    return [["".join(getattr(m, c).split()) for c in MEASURE_CELLS] for m in result.measures]


@pytest.fixture
def wide_console(monkeypatch):
    """The CLI's tables 200 columns wide. Its console takes its width when
    ingest.cli is imported (COLUMNS is 80 in a pytest-xdist worker), so a
    COLUMNS given to one invocation would not count."""
    from ingest import cli

    monkeypatch.setattr(cli.out, "width", 200)
