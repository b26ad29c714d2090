"""Write the three Parquet datasets, crash-safe.

Layout: ``DIR/<table>/fiscal_year=<y>/province_code=<c>/part-<batch>.parquet``
(hive partitioning; unknown values are ``__HIVE_DEFAULT_PARTITION__``, which
DuckDB, Spark and pyarrow read as NULL).

Each batch of documents is written file by file, each file first to a
temporary name and then renamed, measures and findings before documents. A
batch's documents file is its commit mark: measures/findings files without
their documents file (a run killed mid-batch) are removed by
:meth:`DatasetWriter.recover`, and readers (``ita query``) only show rows whose
document is committed.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import asdict
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ingest.records import Extraction
from ingest.schema import PARTITION_COLUMNS, TABLES

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
DATA_TABLES = ("measures", "findings")  # written before "documents", the commit mark


def _partition_dir(fiscal_year, province_code) -> str:
    fy = NULL_PARTITION if fiscal_year is None else str(fiscal_year)
    pc = NULL_PARTITION if not province_code else str(province_code)
    return f"fiscal_year={fy}/province_code={pc}"


def file_schema(table: str) -> pa.Schema:
    schema = TABLES[table]
    return pa.schema([f for f in schema if f.name not in PARTITION_COLUMNS])


def _write_atomic(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp, compression="zstd")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)


class DatasetWriter:
    def __init__(self, out_dir: str | Path):
        self.root = Path(out_dir)

    def files(self, table: str) -> list[Path]:
        return sorted((self.root / table).glob("**/*.parquet"))

    def read_column(self, table: str, columns: list[str]) -> pa.Table:
        # ParquetFile, not read_table: it does not load pyarrow.dataset (and pandas), so a
        # re-run that skips every file starts fast.
        parts = [pq.ParquetFile(f).read(columns=columns) for f in self.files(table)]
        if not parts:
            return pa.table({c: pa.array([], type=file_schema(table).field(c).type) for c in columns})
        return pa.concat_tables(parts)

    def committed(self) -> dict[str, str]:
        """doc_id -> source_path of every committed document."""
        t = self.read_column("documents", ["doc_id", "source_path"])
        return dict(zip(t.column("doc_id").to_pylist(), t.column("source_path").to_pylist()))

    def write_batch(self, extractions: list[Extraction]) -> None:
        """Commit a batch of documents with their rows."""
        if not extractions:
            return
        batch = uuid.uuid4().hex
        groups: dict[str, dict[str, list[dict]]] = {}
        for x in extractions:
            part = _partition_dir(x.document.fiscal_year, x.document.province_code)
            g = groups.setdefault(part, {"documents": [], "measures": [], "findings": []})
            g["documents"].append(asdict(x.document))
            g["measures"].extend(asdict(m) for m in x.measures)
            g["findings"].extend(asdict(f) for f in x.findings)
        for table in (*DATA_TABLES, "documents"):
            schema = file_schema(table)
            for part, g in groups.items():
                rows = [{k: r[k] for k in schema.names} for r in g[table]]
                if rows or table == "documents":
                    _write_atomic(pa.Table.from_pylist(rows, schema=schema),
                                  self.root / table / part / f"part-{batch}.parquet")

    def remove(self, doc_ids: set[str]) -> None:
        """Drop documents and their rows (documents first, so a kill leaves no
        half-visible document)."""
        if not doc_ids:
            return
        for table in ("documents", *DATA_TABLES):
            for f in self.files(table):
                t = pq.read_table(f)
                keep = pc.invert(pc.is_in(t.column("doc_id"), pa.array(sorted(doc_ids))))
                if pc.all(keep).as_py():
                    continue
                kept = t.filter(keep)
                if kept.num_rows == 0 and table != "documents":
                    f.unlink()
                elif kept.num_rows == 0:
                    # An emptied documents file would orphan its batch's rows: remove them too.
                    for data in DATA_TABLES:
                        twin = self.root / data / f.relative_to(self.root / "documents")
                        twin.unlink(missing_ok=True)
                    f.unlink()
                else:
                    _write_atomic(kept, f)

    def recover(self) -> int:
        """Remove what a killed run left: temporary files, rows of uncommitted
        batches and rows whose document is gone. Returns files touched."""
        touched = 0
        for tmp in self.root.glob("**/*.parquet.tmp"):
            tmp.unlink()
            touched += 1
        docs = self.root / "documents"
        for table in DATA_TABLES:
            for f in self.files(table):
                if not (docs / f.relative_to(self.root / table)).exists():
                    f.unlink()
                    touched += 1
        known = set(self.committed())
        for table in DATA_TABLES:
            for f in self.files(table):
                ids = pq.ParquetFile(f).read(columns=["doc_id"]).column("doc_id")
                # Checked in Python: pa.array() on a list imports pandas, a
                # quarter of an unchanged re-run's time.
                if not known.issuperset(ids.to_pylist()):
                    keep = pc.is_in(ids, pa.array(sorted(known), type=pa.string()))
                    kept = pq.read_table(f).filter(keep)
                    _write_atomic(kept, f) if kept.num_rows else f.unlink()
                    touched += 1
        return touched
