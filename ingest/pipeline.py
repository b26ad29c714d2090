"""One file through the whole pipeline: bytes -> parser -> extraction -> records."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ingest.extract import extract
from ingest.records import Extraction
from parsers import parse
from parsers.model import Document, Issue
from parsers.settings import ParserSettings


def file_id(path: str | Path) -> str:
    """sha256 hex of the file bytes: the document's identity across runs."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def process_file(path: str | Path, settings: ParserSettings | dict | None = None,
                 doc_id: str | None = None, source_path: str | None = None) -> Extraction:
    """Parse and extract one file. Never raises for bad input."""
    path = Path(path)
    source = source_path or str(path)
    try:
        size = path.stat().st_size
        doc_id = doc_id or file_id(path)
    except OSError as e:
        failed = Document(source, "unknown", issues=[Issue("unreadable_file", detail=str(e))], failed=True)
        return extract(failed, doc_id or "", None)
    if size == 0:
        doc = Document(source, "unknown", issues=[Issue("unreadable_file", detail="empty file")], failed=True)
    else:
        doc = parse(path, settings)
        doc.source_path = source
    return extract(doc, doc_id, size)
