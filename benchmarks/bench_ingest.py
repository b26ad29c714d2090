"""Speed and memory of `ita ingest` against bare pdfplumber + python-docx.

    .venv/bin/python benchmarks/bench_ingest.py [--copies 6] [--rows 1000000]
    .venv/bin/python benchmarks/bench_ingest.py --against REV [--rounds 3]

Builds a corpus from the sample reports (each copy made distinct so it gets
its own doc_id), then runs, each in a fresh process, on the same files:
(a) bare pdfplumber extract_tables + python-docx table reading (baseline),
(b) ita ingest --workers 1, (c) --workers 2, (d) a re-run on the unchanged
corpus, (e) a DuckDB group-by over a measures dataset replicated to --rows.
Prints a Markdown table for benchmarks/RESULTS.md.

With ``--against REV``: the code at git revision REV (checked out in a
temporary worktree) and the working tree's, ``ita ingest --workers 1`` each,
and the baseline, one after the other in rounds, so that the machine's
drift weighs on all three alike.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"

BASELINE = r"""
import sys, pdfplumber, docx, resource, json, time
pages = 0
t = time.perf_counter()
for f in sys.argv[1:]:
    if f.endswith(".pdf"):
        with pdfplumber.open(f) as pdf:
            for p in pdf.pages:
                p.extract_tables(); pages += 1; p.close()
    else:
        d = docx.Document(f)
        for table in d.tables:
            [[c.text for c in r.cells] for r in table.rows]
        pages += 1 + sum(1 for br in d.element.body.iter('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}br') if br.get('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type') == 'page')
print(json.dumps({"pages": pages, "seconds": time.perf_counter() - t}))
"""

MEASURE = r"""
import sys, json, resource, subprocess, time
t = time.perf_counter()
out = subprocess.run(sys.argv[1:], capture_output=True, text=True, check=True).stdout
s = json.loads(out)
s["wall"] = time.perf_counter() - t
s["rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps(s))
"""


def corpus(dest: Path, copies: int) -> list[Path]:
    files = []
    for i in range(copies):
        for src in sorted(SAMPLES.glob("*")):
            if src.suffix not in (".pdf", ".docx"):
                continue
            f = dest / f"{src.stem}-{i:03d}{src.suffix}"
            shutil.copyfile(src, f)
            with open(f, "ab") as fh:  # trailing bytes: a new doc_id, same content
                fh.write(b"\n%" + str(i).encode() if src.suffix == ".pdf" else b"")
            if src.suffix == ".docx" and i:
                # A DOCX with trailing bytes is still a valid zip; make the bytes differ.
                with open(f, "ab") as fh:
                    fh.write(b"\0" * i)
            files.append(f)
    return files


def run(cmd: list[str]) -> dict:
    out = subprocess.run([sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=6)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--against", metavar="REV", help="compare with the code at this git revision")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if args.against:
        return against(args.against, args.copies, args.rounds)
    ita = [str(Path(sys.executable).with_name("ita"))]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "corpus"
        src.mkdir()
        files = corpus(src, args.copies)
        # Wall time of a whole process for every run, start-up included.
        results = {"a": run([sys.executable, "-c", BASELINE, *map(str, files)])}
        for key, workers in (("b", 1), ("c", 2)):
            out = tmp / f"out{workers}"
            results[key] = run([*ita, "ingest", str(src), "--out", str(out), "--workers", str(workers), "--json"])
        results["d"] = run([*ita, "ingest", str(src), "--out", str(tmp / "out2"), "--workers", "2", "--json"])
        results["e"] = duckdb_query(tmp / "out2", tmp / "big", args.rows)
    pages = results["b"]["pages"]
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"corpus: {len(files)} files ({pages} pages: LibreOffice PDFs and DOCX of the samples)\n")
    print("| run | seconds | pages/s | files/s | peak RSS per process (MB) | vs (a) |")
    print("|---|---|---|---|---|---|")
    a_rate = results["a"]["pages"] / results["a"]["wall"]
    for key, label in (("a", "(a) bare pdfplumber extract_tables + python-docx"),
                       ("b", "(b) ita ingest --workers 1"), ("c", "(c) ita ingest --workers 2"),
                       ("d", "(d) re-run, unchanged corpus")):
        r = results[key]
        rate = (results["b"]["pages"] if key == "d" else r["pages"]) / r["wall"]
        print(f"| {label} | {r['wall']:.2f} | {rate:.1f} | {len(files) / r['wall']:.1f} | "
              f"{r['rss_mb']:.0f} | {rate / a_rate:.2f}x |")
    e = results["e"]
    print(f"| (e) DuckDB group-by over {e['rows']:,} measure rows | {e['seconds']:.3f} | | | | |")
    b, c, d = results["b"]["wall"], results["c"]["wall"], results["d"]["wall"]
    print(f"\n(c)/(b) speed-up: {b / c:.2f}x; (d) re-run: {100 * d / b:.1f}% of (b)'s time")


def against(rev: str, copies: int, rounds: int) -> None:
    """Rounds of (REV's ingest, this tree's ingest, the baseline) on one corpus."""
    ingest = "import sys; from ingest.cli import app; sys.argv[0] = 'ita'; app()"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        old = tmp / "old"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(old), rev], check=True)
        try:
            src = tmp / "corpus"
            src.mkdir()
            files = [str(f) for f in corpus(src, copies)]
            times: dict[str, list[float]] = {rev: [], "this tree": [], "baseline": []}
            for i in range(rounds):
                for j, (label, code) in enumerate(((rev, old), ("this tree", ROOT))):
                    # PYTHONPATH puts that tree's packages before the editable install's.
                    env = {**os.environ, "PYTHONPATH": str(code)}
                    cmd = [sys.executable, "-c", ingest, "ingest", str(src), "--out", str(tmp / f"out{i}-{j}"),
                           "--workers", "1", "--json"]
                    start = time.perf_counter()
                    subprocess.run(cmd, cwd=code, env=env, check=True, capture_output=True)
                    times[label].append(time.perf_counter() - start)
                start = time.perf_counter()
                subprocess.run([sys.executable, "-c", BASELINE, *files], check=True, capture_output=True)
                times["baseline"].append(time.perf_counter() - start)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=True)
    print(f"corpus: {len(files)} files; `ita ingest --workers 1`, seconds per round\n")
    print("| code | " + " | ".join(f"round {i + 1}" for i in range(rounds)) + " | median | vs this tree |")
    print("|---|" + "---|" * (rounds + 2))
    mid = statistics.median(times["this tree"])
    for label, ts in times.items():
        print(f"| {label} | " + " | ".join(f"{t:.2f}" for t in ts) +
              f" | {statistics.median(ts):.2f} | {statistics.median(ts) / mid:.2f}x |")


def duckdb_query(dataset: Path, big: Path, rows: int) -> dict:
    import duckdb
    import pyarrow as pa
    import pyarrow.parquet as pq

    import pyarrow.dataset as ds

    from ingest.writer import file_schema

    con = duckdb.connect()
    t = ds.dataset(dataset / "measures", format="parquet", schema=file_schema("measures")).to_table()
    reps = max(1, rows // t.num_rows)
    for p in range(10):  # ten partitions' worth of files
        part = big / f"fiscal_year=2566/province_code={30 + p}"
        part.mkdir(parents=True)
        chunk = pa.concat_tables([t] * (reps // 10 + 1))
        pq.write_table(chunk, part / "part-0.parquet")
    n = con.execute(f"select count(*) from read_parquet('{big}/**/*.parquet')").fetchall()[0][0]
    start = time.perf_counter()
    con.execute(f"""select province_code, tool, indicator_no, count(*) n,
                   count(*) filter (where completed_on > list_max(deadlines)) late
                   from read_parquet('{big}/**/*.parquet', hive_partitioning=true,
                        hive_types={{'fiscal_year': INTEGER, 'province_code': VARCHAR}})
                   group by all order by all""").fetchall()
    return {"rows": n, "seconds": time.perf_counter() - start}


if __name__ == "__main__":
    main()
