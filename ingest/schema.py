"""Explicit Arrow schemas of the three datasets (documented in docs/schema.md).

Datasets are hive-partitioned by ``fiscal_year`` and ``province_code``; those
two columns live in the directory names, not in the files.
"""

from __future__ import annotations

import pyarrow as pa

PARTITION_COLUMNS = ("fiscal_year", "province_code")
PARTITION_SCHEMA = pa.schema([("fiscal_year", pa.int32()), ("province_code", pa.string())])

DOCUMENTS = pa.schema([
    ("doc_id", pa.string()),
    ("source_path", pa.string()),
    ("file_type", pa.string()),
    ("pages", pa.int32()),
    ("status", pa.string()),
    ("title", pa.string()),
    ("report_kind", pa.string()),
    ("org_name", pa.string()),
    ("org_type", pa.string()),
    ("subdistrict", pa.string()),
    ("district", pa.string()),
    ("province", pa.string()),
    ("province_code", pa.string()),
    ("district_code", pa.string()),
    ("subdistrict_code", pa.string()),
    ("place_confidence", pa.float32()),
    ("fiscal_year", pa.int32()),
    ("period_start", pa.date32()),
    ("period_end", pa.date32()),
    ("n_measures", pa.int32()),
    ("n_errors", pa.int32()),
    ("n_warnings", pa.int32()),
    ("file_size", pa.int64()),
    ("parser_version", pa.string()),
    ("ingested_at", pa.timestamp("us", tz="UTC")),
])

MEASURES = pa.schema([
    ("doc_id", pa.string()),
    ("source_path", pa.string()),
    ("row_no", pa.int32()),
    ("page", pa.int32()),
    ("tool", pa.string()),
    ("indicator_no", pa.int32()),
    ("item_code", pa.string()),
    ("issue", pa.string()),
    ("responsible", pa.string()),
    ("measure", pa.string()),
    ("monitoring", pa.string()),
    ("progress", pa.string()),
    ("cells_raw", pa.list_(pa.string())),
    ("merged_from_above", pa.list_(pa.string())),
    ("responsible_units", pa.list_(pa.string())),
    ("steps", pa.list_(pa.string())),
    ("deadlines", pa.list_(pa.date32())),
    ("completed_on", pa.date32()),
    ("reporting_frequency", pa.string()),
    ("ocr_confidence", pa.float32()),
    ("fiscal_year", pa.int32()),
    ("province_code", pa.string()),
])

FINDINGS = pa.schema([
    ("doc_id", pa.string()),
    ("source_path", pa.string()),
    ("row_no", pa.int32()),
    ("page", pa.int32()),
    ("severity", pa.string()),
    ("code", pa.string()),
    ("message", pa.string()),
    ("message_en", pa.string()),
    ("column", pa.string()),
    ("text", pa.string()),
    ("fiscal_year", pa.int32()),
    ("province_code", pa.string()),
])

TABLES = {"documents": DOCUMENTS, "measures": MEASURES, "findings": FINDINGS}
