"""The shared extraction step: document model -> records and findings.

Every format reaches this step as the same ``parsers.model.Document``; nothing
here knows which parser produced it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from ingest import checks, metadata
from ingest.columns import (REQUIRED, ROLES, beyond_titles, continues_header, cut_titles, header_atop, header_roles,
                            header_under_title, labels_under, named_below, run_in_header, spanned, stack_below,
                            ticked, titles, usual_titles, width)
from ingest.context import Context, for_row, from_heading, misread_item
from ingest.records import DocumentRecord, Extraction, FindingRecord, MeasureRecord
from ingest.rules import Finding, rule
from normalize import (find_dates, fiscal_year_in, fiscal_year_range, reporting_frequency,
                       responsible_units, split_steps, thai_text)
from parsers.model import Document, Paragraph, Row, Table

PARSER_VERSION = "0.1.0"
TITLE_LINES = 40  # lines of tables before the first measure table read for the title block


@dataclass
class RawRow:
    cells: dict[str, str]  # role -> raw text
    merged: set[str]  # roles whose cell continues the cell above
    page: int | None
    context: Context
    confidence: float | None = None  # OCR'd rows: mean confidence of their cells
    # role -> text of the merged cell above, for a blank cell that continues it:
    # the row is read with it (a unit responsible for several rows is each one's).
    shared: dict[str, str] = field(default_factory=dict)

    def text(self, role: str) -> str:
        return self.shared.get(role) or self.cells.get(role, "")


def _shared(merged: set[str], cells: dict[str, str], above: RawRow | None) -> dict[str, str]:
    """Text for each blank cell of ``merged`` from the row above in the same table."""
    if above is None:
        return {}
    return {role: above.text(role) for role in sorted(merged) if not cells.get(role, "").strip()}


def _row_cells(row: Row, roles: list[str | None], names: list[str]) -> tuple[dict[str, str], set[str]]:
    cells: dict[str, str] = {}
    merged: set[str] = set()
    last = next((r for r in reversed(roles) if r in ROLES), None)
    for col, cell in row.grid_cells():
        # Past the header's last column (a row wider than the grid): the last column's.
        role = roles[col] if col < len(roles) else last
        if role in ROLES:
            # A tick says its column's title (ดำเนินการแล้ว, สำนักปลัด).
            text = names[col] if col < len(names) and ticked(cell.text) else cell.text
            # A role over two columns (monitoring, then its deadline) reads as one cell.
            cells[role] = f"{cells[role]}\n{text}" if cells.get(role, "").strip() else text
            if cell.merged_above:
                merged.add(role)
    return cells, merged


def _filled(row: Row) -> int:
    """How many of ``row``'s cells hold text. A row of measures fills three
    or more; a title or heading, one."""
    return sum(bool(c.text.strip()) for c in row.cells)


def _is_heading_row(row: Row, roles: list[str | None]) -> bool:
    """A row with one cell across the table (a section heading inside it)."""
    filled = [c for c in row.cells if c.text.strip()]
    return len(filled) == 1 and filled[0].span >= max(2, len(roles) - 1)


def _header(row: Row) -> tuple[list[str | None], Row, str] | None:
    """(roles, header row, title read into its cells) if ``row`` is a
    measure-table header."""
    found = header_roles(row)
    if found:
        return found, row, ""
    return header_under_title(row)


def _title_over_header(row: Row, following: list[Row]) -> bool:
    """A row of one cell right over a header row: the table's title
    (แผนปฏิบัติการตามมาตรการ ประจำปี ๒๕๖๖), not a measure, though without
    lines around it the cell spans no more than the column it sits in."""
    return _filled(row) == 1 and bool(following) and _header(following[0]) is not None


def _near_measures(table: Table, table_width: int) -> Row | None:
    """The first row of ``table`` (no row of it as wide as the measure
    table's, ``table_width`` columns) that may hold a measure all the same:
    one column more or fewer, text in three cells or more. A table read
    apart from its row's rest can give one; a table of signatures has
    fewer columns."""
    return next((r for r in table.rows if abs(width(r) - table_width) == 1 and _filled(r) >= 3), None)


def read_structure(doc: Document) -> tuple[list[str], list[RawRow], list[Finding], bool]:
    """Title-block lines, measure rows with their context, structural findings,
    and whether any measure table was found."""
    title: list[str] = []
    rows: list[RawRow] = []
    findings: list[Finding] = []
    ctx = Context()
    roles: list[str | None] | None = None
    names: list[str] = []  # per grid column: its title (the lowest header row's text over it)
    header_titles: list[str] = []  # per grid column: the header row's text over it
    stacked: list[str] = []  # per grid column: the header rows' texts over it
    under_spans: list[bool] = []  # per grid column: under a title across several
    table_width = 0
    header_page: int | None = None  # the page the header stands on
    seen_headers: set[tuple] = set()
    unheaded: list[Table] = []  # tables before the first header, read for the title block
    first_width = 0  # the first measure table's width
    first_titles: list[str] | None = None  # the first header's titles (see _split_run_in)
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            text = thai_text(block.text)
            if roles is None:
                title.append(text)
            ctx = from_heading(ctx, text)
            continue
        assert isinstance(block, Table)
        under_header = False
        above: RawRow | None = None  # the table's previous measure row
        # A measure table (its header is in it, or it goes on from one with rows
        # as wide) reads a row of another width by grid position: Word lets a
        # row hold fewer cells (or more) than the grid.
        measure_table: bool | None = None
        block_rows = block.rows
        if roles is None and any(_filled(r) >= 3 for r in block.rows):
            if first_titles is None:  # looked up once, where a table before the header may need it
                first_titles = _first_titles(doc)
            block_rows = _split_run_in(block.rows, first_titles) or block.rows
        for k, row in enumerate(block_rows):
            header = _header(row)
            found = None
            if header:
                found, row, over = header
                if over:
                    if roles is None:
                        title.append(over)
                    ctx = from_heading(ctx, over)
            if not found and roles is None and header_atop(row):
                findings.append(Finding("unruled_rows", page=row.page))
                break  # its rows run together: nothing in this table can be read right
            if found:
                if found == roles:  # the header again: anything more in it would be lost unsaid
                    findings += [Finding("header_with_text", page=row.page, column=found[col], text=thai_text(text))
                                 for col, text in beyond_titles(row, header_titles, stacked)]
                roles, table_width, under_header, above, header_page = found, width(row), True, None, row.page
                first_width = first_width or table_width
                if unheaded and unheaded[-1] is block:  # its rows over the header: a title
                    unheaded.pop()
                names, under_spans = titles(row), spanned(row)
                header_titles = stacked = names
                measure_table = True
                key = tuple(found)
                if key not in seen_headers:
                    seen_headers.add(key)
                    for role in REQUIRED:
                        if role not in found:
                            findings.append(Finding("missing_header_column", page=row.page, column=role))
                continue
            if roles is None:
                if not unheaded or unheaded[-1] is not block:
                    unheaded.append(block)
                # A title block laid out in a table (beside the logo) is still the
                # title block; the tables of a long file with no measure table are not.
                if len(title) < TITLE_LINES:
                    title.extend(line for c in row.cells for line in thai_text(c.text).split("\n") if line.strip())
                continue
            if width(row) != table_width:
                if measure_table is None:  # asked once a block
                    measure_table = any(width(r) == table_width for r in block.rows)
                    if not measure_table and (odd := _near_measures(block, table_width)):
                        findings.append(Finding("table_not_read", page=odd.page, detail=(
                            f"{width(odd)} คอลัมน์ แทน {table_width} / {width(odd)} columns, not {table_width}")))
                if not measure_table:
                    continue  # not part of a measure table
            if not any(c.text.strip() for c in row.cells):
                continue
            if under_header and row.page != header_page and (whole := cut_titles(names, roles, row)):
                # The ends of titles the page cut inside a word (การดำเนิน | การ): the header whole.
                roles, names = whole
                header_titles = stacked = names
                # A column the header's first page did not name (ผู้รับผิด | ชอบ) is not missing.
                findings = [f for f in findings if not (f.code == "missing_header_column" and f.page == header_page
                                                        and f.column in roles)]
                continue
            if under_header and (continues_header(row) or labels_under(row, under_spans)):
                names = named_below(names, row)  # for the ticks under them
                stacked = stack_below(stacked, row)
                continue
            under_header = False
            if _is_heading_row(row, roles) or _title_over_header(row, block_rows[k + 1:k + 2]):
                ctx = from_heading(ctx, thai_text(next(c.text for c in row.cells if c.text.strip())))
                continue
            cells, merged = _row_cells(row, roles, names)
            ctx, row_ctx = for_row(ctx, thai_text(cells.get("issue", "")))
            confs = [c.confidence for c in row.cells if c.confidence is not None]
            above = RawRow(cells, merged, row.page, row_ctx, sum(confs) / len(confs) if confs else None,
                           _shared(merged, cells, above))
            rows.append(above)
    findings += _tables_before_header(unheaded, first_width)
    _misread_items(rows)
    return title, rows, findings, roles is not None


def _first_titles(doc: Document) -> list[str]:
    """The titles over each grid column of the first measure-table header in
    ``doc`` ([] if it has none)."""
    return next((titles(found[1]) for t in doc.tables() for r in t.rows if (found := _header(r))), [])


def _split_run_in(rows: list[Row], header: list[str]) -> list[Row] | None:
    """``rows`` with the first before any header that is a header run into a
    measure row (see :func:`ingest.columns.run_in_header`) read as the two;
    None if none is. Its titles are those of ``header``, the first header
    found further on, or else the usual ones its cells start with. A header
    seen again with text read into it is not looked at: ``header_with_text``
    reports it; nor a header on each cell's first line, which may be over
    any number of rows run together: ``unruled_rows`` reports it."""
    for k, row in enumerate(rows):
        if _header(row) or header_atop(row):
            return None
        if split := run_in_header(row, header) or run_in_header(row, usual_titles(row) or []):
            return rows[:k] + list(split) + rows[k + 1:]
    return None


def _tables_before_header(tables: list[Table], table_width: int) -> list[Finding]:
    """A finding for each table before the first measure table's header
    with a row as wide as that table (``table_width``) and text in three
    cells or more: it may hold measures under a header that could not be
    read (one run into a row in a PDF), and was read for the title block
    only. A title block laid out in a table beside the logo is narrower."""
    if not table_width:  # no measure table at all: no_measure_table says so
        return []
    out = []
    for table in tables:
        odd = next((r for r in table.rows if width(r) == table_width and _filled(r) >= 3), None)
        if odd is not None:
            out.append(Finding("table_before_header", page=odd.page))
    return out


def _misread_items(rows: list[RawRow]) -> None:
    """OCR'd rows whose item code's letter was misread (``6 6`` for e๖) take
    the code their neighbours' codes imply, written back into the cell; both
    ways, so a run of misread codes next to a read one is found."""
    for order in (range(len(rows)), range(len(rows) - 1, -1, -1)):
        for i in order:
            row = rows[i]
            if row.confidence is None or row.context.item_code:
                continue
            before = rows[i - 1].context if i else None
            after = rows[i + 1].context if i + 1 < len(rows) else None
            found = misread_item(row.cells.get("issue", ""), row.context, before, after)
            if found:
                code, end = found
                row.context = replace(row.context, item_code=code)
                row.cells["issue"] = code + row.cells["issue"][end:]


def _dedupe(dates):
    out = []
    for d in dates:
        if d not in out:
            out.append(d)
    return out


def completed_on(progress: str, fiscal_year: int | None):
    """Latest date in the progress cell; a fiscal year alone means its 30 September."""
    dates = find_dates(progress, fiscal_year)
    if dates:
        return max(dates)
    fy = fiscal_year_in(progress)
    return fiscal_year_range(fy)[1] if fy else None


def measure_record(doc_id: str, source: str, row_no: int, raw: RawRow,
                   fiscal_year: int | None, province_code: str | None) -> MeasureRecord:
    text = {role: thai_text(raw.text(role)) for role in ROLES}
    return MeasureRecord(
        doc_id=doc_id, source_path=source, row_no=row_no, page=raw.page,
        tool=raw.context.tool, indicator_no=raw.context.indicator_no, item_code=raw.context.item_code,
        **text,
        cells_raw=[raw.cells.get(role, "") for role in ROLES],
        merged_from_above=[role for role in ROLES if role in raw.shared],
        responsible_units=responsible_units(text["responsible"]),
        steps=split_steps(text["measure"]),
        deadlines=_dedupe(find_dates(text["monitoring"], fiscal_year)),
        completed_on=completed_on(text["progress"], fiscal_year),
        reporting_frequency=reporting_frequency(text["monitoring"]),
        ocr_confidence=None if raw.confidence is None else round(raw.confidence, 3),
        fiscal_year=fiscal_year, province_code=province_code,
    )


def render(f: Finding, doc: DocumentRecord) -> FindingRecord:
    r = rule(f.code)
    th, en = r.th, r.en
    if f.detail:  # "ไทย / English" details go to their own message
        d_th, _, d_en = f.detail.partition(" / ")
        th, en = f"{th}: {d_th}", f"{en}: {d_en or d_th}"
    return FindingRecord(doc.doc_id, doc.source_path, f.row_no, f.page, r.severity, f.code, th, en,
                         f.column, f.text, doc.fiscal_year, doc.province_code)


def extract(doc: Document, doc_id: str, file_size: int | None = None) -> Extraction:
    """Turn a parsed document into its documents row, measure rows and findings."""
    record = DocumentRecord(doc_id=doc_id, source_path=doc.source_path, file_type=doc.file_type,
                            pages=doc.pages, file_size=file_size, parser_version=PARSER_VERSION,
                            ingested_at=datetime.now(timezone.utc))
    findings = [Finding(i.code, page=i.page, detail=i.detail or None) for i in doc.issues]
    if doc.failed:
        record.status = "failed"
        return _finish(record, [], findings)
    title, raw_rows, structural, has_table = read_structure(doc)
    findings += structural
    rest = (thai_text(b.text) for b in doc.blocks if isinstance(b, Paragraph))  # read only if needed
    meta = metadata.read(title, [thai_text(t) for t in doc.running], rest)
    place = meta.place
    record.title, record.report_kind = meta.title, meta.report_kind
    record.org_name, record.org_type = meta.org_name, meta.org_type
    record.subdistrict, record.subdistrict_code = place.subdistrict, place.subdistrict_code
    record.district, record.district_code = place.district, place.district_code
    record.province, record.province_code = place.province, place.province_code
    record.place_confidence = place.confidence if place.province_code else None
    record.fiscal_year, record.period_start, record.period_end = meta.fiscal_year, meta.period_start, meta.period_end
    measures = [measure_record(doc_id, doc.source_path, i, raw, meta.fiscal_year, place.province_code)
                for i, raw in enumerate(raw_rows, start=1)]
    if not has_table or not measures:
        findings.append(Finding("no_measure_table"))
    findings += checks.document_findings(meta)
    findings += checks.row_findings(measures, raw_rows, meta)
    return _finish(record, measures, findings)


def _finish(record: DocumentRecord, measures, findings: list[Finding]) -> Extraction:
    rendered = [render(f, record) for f in findings]
    record.n_measures = len(measures)
    record.n_errors = sum(f.severity == "error" for f in rendered)
    record.n_warnings = sum(f.severity == "warning" for f in rendered)
    if record.status != "failed":
        if not measures:
            record.status = "failed"
        elif record.n_errors:
            record.status = "partial"
    return Extraction(record, measures, rendered)
