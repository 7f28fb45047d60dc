"""The Spark example writes the same facts as the Rust example, on the fixtures."""

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT

pytest.importorskip("pyspark")
pq = pytest.importorskip("pyarrow.parquet")


def test_spark_local_matches_rust(tmp_path, rust_output):
    out = tmp_path / "facts.parquet"
    script = ROOT / "python" / "examples" / "spark_extract.py"
    subprocess.run(
        [sys.executable, str(script), str(ROOT / "tests" / "fixtures" / "*.txt"), str(out), "--master", "local[2]"],
        check=True,
        timeout=600,
    )
    rows = pq.read_table(out).to_pylist()
    got = sorted((r["doc_id"], r["id"], r["kind"], r["value"], r["text"], r["span_start"], r["span_end"]) for r in rows)
    want = sorted(
        (name, f["id"], f["kind"], f.get("value"), f["text"], f["span"][0], f["span"][1])
        for name, doc in rust_output.items()
        for f in doc["facts"]
    )
    assert len(want) > 100
    assert got == want
    # Dates come out as dates, intervals intact.
    dates = [r for r in rows if r["kind"] == "date" and r["from"] is not None]
    assert dates and all(r["from"] <= r["to"] for r in dates)
    assert {Path(p).name for p in FIXTURES} == {r["doc_id"] for r in rows}
