"""The dask executor gives the same dataset as the local one."""

import json

import duckdb
from typer.testing import CliRunner

from conftest import SAMPLES, needs_module
from ingest.cli import app

distributed = needs_module("distributed", "the dask extra (pip install -e .[dask]) is not installed")
runner = CliRunner()


def table(out, name, order):
    rel = duckdb.sql(f"select * exclude (ingested_at) from read_parquet('{out}/{name}/**/*.parquet', "
                     f"hive_partitioning=true) order by {order}") if name == "documents" else \
        duckdb.sql(f"select * from read_parquet('{out}/{name}/**/*.parquet', hive_partitioning=true) "
                   f"order by {order}")
    return rel.fetchall()


def test_dask_local_cluster_output_equals_local_executor(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("khoksanuan-2566-long-table.pdf", "khoksanuan-2566-seq-column.docx",
                 "khoksanuan-2566-arabic-abbrev.pdf"):
        (src / name).write_bytes((SAMPLES / name).read_bytes())
    (src / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage")
    local = runner.invoke(app, ["ingest", str(src), "--out", str(tmp_path / "local"), "--json"])
    assert local.exit_code == 0, local.output
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None, processes=True) as cluster:
        result = runner.invoke(app, ["ingest", str(src), "--out", str(tmp_path / "dask"), "--json",
                                     "--executor", "dask", "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    a, b = json.loads(local.stdout), json.loads(result.stdout)
    assert {k: v for k, v in a.items() if k != "seconds"} == {k: v for k, v in b.items() if k != "seconds"}
    assert (a["ok"], a["failed"], a["rows"]) == (3, 1, 42)
    for name, order in (("documents", "doc_id"), ("measures", "doc_id, row_no"),
                        ("findings", "doc_id, code, row_no, page, \"column\"")):
        assert table(tmp_path / "dask", name, order) == table(tmp_path / "local", name, order), name


def test_unreachable_scheduler_is_a_clear_error(tmp_path, monkeypatch):
    from ingest import dask_executor

    monkeypatch.setattr(dask_executor, "CONNECT_TIMEOUT", 2.0)
    result = runner.invoke(app, ["ingest", str(SAMPLES / "khoksanuan-2566-long-table.docx"), "--out",
                                 str(tmp_path / "o"), "--executor", "dask", "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2
    assert "cannot reach the dask scheduler at tcp://127.0.0.1:1" in result.output
