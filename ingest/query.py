"""DuckDB over a dataset folder: views ``documents``, ``measures``, ``findings``.

Partition columns get their declared types (``province_code`` stays text),
filters on ``fiscal_year`` / ``province_code`` prune partition folders, and
rows of a batch whose documents file was never written (a killed run, not yet
recovered) are left out, so every query sees only committed documents.

>>> con = connect("no-such-dataset")
>>> con.sql("select count(*) from measures").fetchall()
[(0,)]
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from ingest.schema import TABLES

HIVE_TYPES = "{'fiscal_year': INTEGER, 'province_code': VARCHAR}"


def connect(data_dir: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the dataset's three views."""
    con = duckdb.connect()
    data_dir = Path(data_dir)
    for name, schema in TABLES.items():
        source = f"{name}_files"
        if any((data_dir / name).glob("**/*.parquet")):
            glob = str(data_dir / name / "**" / "*.parquet").replace("'", "''")
            con.execute(f"create view {source} as select * from read_parquet('{glob}', "
                        f"hive_partitioning = true, hive_types = {HIVE_TYPES})")
        else:  # an empty dataset still has its columns
            con.register(source, pa.Table.from_pylist([], schema=schema))
    con.execute("create view documents as select * from documents_files")
    for name in ("measures", "findings"):
        con.execute(f"create view {name} as select * from {name}_files "
                    f"where doc_id in (select doc_id from documents_files)")
    return con
