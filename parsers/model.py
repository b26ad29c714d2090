"""The format-neutral document model every parser returns.

A document is a list of blocks in reading order: paragraphs and tables.
Text here is *raw* (as the file gave it); normalization happens later, in the
extraction step, so ``ita text --raw`` and ``cells_raw`` can show the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points


@dataclass
class Cell:
    text: str  # paragraphs joined by "\n"
    page: int | None = None
    bbox: BBox | None = None
    span: int = 1  # grid columns this cell covers
    merged_above: bool = False  # vertical-merge continuation: its text is in the cell above
    confidence: float | None = None  # OCR: mean word confidence 0-1; None for a text layer


@dataclass
class Row:
    cells: list[Cell]
    page: int | None = None

    def grid_cells(self) -> list[tuple[int, Cell]]:
        """(grid column, cell) for each cell, honouring column spans."""
        out, col = [], 0
        for cell in self.cells:
            out.append((col, cell))
            col += cell.span
        return out


@dataclass
class Table:
    rows: list[Row]
    page: int | None = None
    ruled: bool = True  # False: columns inferred from text alignment


@dataclass
class Paragraph:
    text: str
    page: int | None = None
    bbox: BBox | None = None
    confidence: float | None = None  # OCR: mean word confidence 0-1


Block = Paragraph | Table


@dataclass
class Issue:
    """Something a parser noticed; the extraction step turns it into a finding."""

    code: str
    page: int | None = None
    detail: str = ""


@dataclass
class Document:
    source_path: str
    file_type: str
    pages: int | None = None
    blocks: list[Block] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    failed: bool = False  # nothing usable could be read
    # Page heads and feet, each once, in order: not content, but they may
    # name the organisation the title block leaves out.
    running: list[str] = field(default_factory=list)

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]
