"""One file through the whole pipeline: bytes -> parser -> extraction -> records."""

from __future__ import annotations

from pathlib import Path

from ingest.extract import extract
from ingest.inputs import file_id
from ingest.records import Extraction
from parsers import parse
from parsers.model import Document, Issue
from parsers.settings import ParserSettings


def failed_extraction(source: str, code: str, detail: str, doc_id: str = "",
                      size: int | None = None, file_type: str | None = None) -> Extraction:
    """The records of a file that yielded nothing: a failed documents row and
    one finding saying why."""
    kind = file_type or Path(source.split("!")[-1]).suffix.lstrip(".").lower() or "unknown"
    doc = Document(source, kind, issues=[Issue(code, detail=detail)], failed=True)
    return extract(doc, doc_id, size)


def process_file(path: str | Path, settings: ParserSettings | dict | None = None,
                 doc_id: str | None = None, source_path: str | None = None) -> Extraction:
    """Parse and extract one file. Never raises for bad input."""
    path = Path(path)
    source = source_path or str(path)
    try:
        size = path.stat().st_size
        doc_id = doc_id or file_id(path)
    except OSError as e:
        return failed_extraction(source, "unreadable_file", str(e), doc_id or "", file_type="unknown")
    if size == 0:
        return failed_extraction(source, "unreadable_file", "empty file", doc_id, 0, file_type="unknown")
    doc = parse(path, settings)
    doc.source_path = source
    return extract(doc, doc_id, size)
