"""The Spark example (Arrow path, local[2]) writes the Rust example's facts, typed."""

import datetime
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT

pytest.importorskip("pyspark")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def test_spark_local_matches_rust(tmp_path, rust_output):
    out = tmp_path / "facts.parquet"
    script = ROOT / "python" / "examples" / "spark_extract.py"
    fixtures = ROOT / "tests" / "fixtures"
    assert (fixtures / "README.md").exists(), "a non-article file the glob must skip"
    run = subprocess.run(
        [sys.executable, str(script), str(fixtures), str(out), "--master", "local[2]"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    # WARN level: no stack traces, no INFO chatter.
    assert "Traceback" not in run.stderr and "\tat " not in run.stderr, run.stderr
    assert " INFO " not in run.stderr, run.stderr
    table = pq.read_table(out)
    types = {f.name: f.type for f in table.schema}
    assert types["value"] == pa.decimal128(38, 6) and types["upper"] == pa.decimal128(38, 6)
    assert types["from"] == pa.date32() and types["to"] == pa.date32()
    assert types["facts"] == pa.list_(pa.int32()) or str(types["facts"]).startswith("list<")
    assert types["kind"] == pa.string()
    rows = table.to_pylist()
    got = sorted(
        (r["doc_id"], r["id"], r["kind"], r["value"], r["text"], r["span_start"], r["span_end"]) for r in rows
    )
    want = sorted(
        (name, f["id"], f["kind"], Decimal(f["value"]) if "value" in f else None, f["text"], *f["span"])
        for name, doc in rust_output.items()
        for f in doc["facts"]
    )
    assert len(want) > 100
    assert got == want
    dates = [r for r in rows if r["kind"] == "date" and r["from"] is not None]
    assert dates and all(isinstance(r["from"], datetime.date) and r["from"] <= r["to"] for r in dates)
    assert {Path(p).name for p in FIXTURES} == {r["doc_id"] for r in rows}
