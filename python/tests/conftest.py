"""Shared fixtures: the crate's fixture articles and the Rust example's output."""

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("*.txt"))


def rust_extract_bin() -> Path:
    """The Rust `extract` example (built by `cargo build --release --example extract`)."""
    path = Path(os.environ.get("ZHFACTS_EXTRACT_BIN", ROOT / "target" / "release" / "examples" / "extract"))
    if not path.exists():
        subprocess.run(["cargo", "build", "--release", "--example", "extract"], cwd=ROOT, check=True)
    return path


@pytest.fixture(scope="session")
def rust_output():
    """{fixture name: the Rust example's JSON document} for every fixture."""
    out = subprocess.run(
        [str(rust_extract_bin()), "--format", "jsonl", *map(str, FIXTURES)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    docs = [json.loads(line) for line in out.splitlines() if line.strip()]
    return {Path(d["source"]).name: d for d in docs}


@pytest.fixture(scope="session")
def fixtures():
    """[(name, text)] of the crate's fixture articles."""
    assert len(FIXTURES) >= 8
    return [(p.name, p.read_text(encoding="utf-8")) for p in FIXTURES]
