"""The rows the pipeline produces: one dataclass per output table. Their
fields are the columns of the Parquet schemas in ``ingest.schema`` (a test
keeps the two in step)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class DocumentRecord:
    doc_id: str
    source_path: str
    file_type: str
    pages: int | None = None
    status: str = "ok"  # ok | partial | failed
    title: str | None = None
    report_kind: str | None = None  # plan | progress | annual
    org_name: str | None = None
    org_type: str | None = None
    subdistrict: str | None = None
    district: str | None = None
    province: str | None = None
    province_code: str | None = None
    district_code: str | None = None
    subdistrict_code: str | None = None
    place_confidence: float | None = None
    fiscal_year: int | None = None
    period_start: date | None = None
    period_end: date | None = None
    n_measures: int = 0
    n_errors: int = 0
    n_warnings: int = 0
    file_size: int | None = None
    parser_version: str = ""
    ingested_at: datetime | None = None


@dataclass
class MeasureRecord:
    doc_id: str
    source_path: str
    row_no: int
    page: int | None
    tool: str | None
    indicator_no: int | None
    item_code: str | None
    issue: str
    responsible: str
    measure: str
    monitoring: str
    progress: str
    cells_raw: list[str]
    merged_from_above: list[str]
    responsible_units: list[str]
    steps: list[str]
    deadlines: list[date]
    completed_on: date | None
    reporting_frequency: str | None
    ocr_confidence: float | None = None
    fiscal_year: int | None = None
    province_code: str | None = None


@dataclass
class FindingRecord:
    doc_id: str
    source_path: str
    row_no: int | None
    page: int | None
    severity: str
    code: str
    message: str
    message_en: str
    column: str | None = None
    text: str | None = None
    fiscal_year: int | None = None
    province_code: str | None = None


@dataclass
class Extraction:
    """Everything one file yields."""

    document: DocumentRecord
    measures: list[MeasureRecord] = field(default_factory=list)
    findings: list[FindingRecord] = field(default_factory=list)
