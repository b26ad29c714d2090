"""Plain text of a document in reading order, for ``ita text``."""

from __future__ import annotations

from normalize import thai_text
from parsers.model import Document, Paragraph


def document_text(doc: Document, raw: bool = False) -> str:
    """Paragraphs as lines; each table row's cells one after another, a blank
    line between rows."""
    clean = (lambda s: s) if raw else thai_text
    out: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            out.append(clean(block.text))
            continue
        out.append("")
        for row in block.rows:
            out.extend(clean(c.text) for c in row.cells if c.text.strip())
            out.append("")
    return "\n".join(out).strip("\n") + "\n"
