"""Extract zhfacts facts from a corpus with Spark, into a flat Parquet table.

    python spark_extract.py INPUT OUTPUT.parquet [--master local[2]]
        [--text-column text] [--id-column doc_id] [--reference-date YYYY-MM-DD]

INPUT is a directory of articles (one file each), or a Parquet or JSON-lines
dataset with a text column. Every executor runs `zhfacts.extract_many` (Rust,
GIL released, all its cores) over each Arrow batch via `mapInArrow`, so the
job scales with the cluster: on a real cluster, submit the same script with
`spark-submit --master yarn` (or k8s) and ship the wheel to the executors
(`--py-files` or an environment with `pip install zhfacts`).

The output has one row per fact: doc_id, id, kind, value (exact, as a
decimal string), unit, role, from, to, text, span_start, span_end,
char_start, char_end, and for events type, date (id) and facts (ids).
"""

from __future__ import annotations

import argparse
import sys
from typing import Iterator

FIELDS = [
    ("doc_id", "string"),
    ("id", "long"),
    ("kind", "string"),
    ("value", "string"),
    ("upper", "string"),
    ("unit", "string"),
    ("currency", "string"),
    ("qualifier", "string"),
    ("role", "string"),
    ("direction", "string"),
    ("noun", "string"),
    ("from", "date"),
    ("to", "date"),
    ("granularity", "string"),
    ("type", "string"),
    ("trigger", "string"),
    ("date", "long"),
    ("facts", "array<long>"),
    ("text", "string"),
    ("span_start", "long"),
    ("span_end", "long"),
    ("char_start", "long"),
    ("char_end", "long"),
]
SCHEMA = ", ".join(f"`{n}` {t}" for n, t in FIELDS)


def fact_rows(doc_id: str, facts: list) -> Iterator[dict]:
    """Flat rows, one per fact."""
    for f in facts:
        row = {name: None for name, _ in FIELDS}
        row.update(doc_id=doc_id, id=f["id"], kind=f["kind"], text=f["text"])
        row["span_start"], row["span_end"] = f["span"]
        row["char_start"], row["char_end"] = f["char_span"]
        for k in ("value", "upper"):
            if f.get(k) is not None:
                row[k] = str(f[k])
        unit = f.get("unit")
        if f["kind"] == "count":
            unit = f.get("classifier")
        row["unit"] = unit
        for k in ("currency", "qualifier", "role", "direction", "noun", "from", "to", "granularity",
                  "type", "trigger", "date", "facts"):
            if k in f:
                row[k] = f[k]
        yield row


def extract_batches(batches, text_column: str, id_column: str, reference_date):
    """mapInArrow function: Arrow batches of documents → batches of facts."""
    import pyarrow as pa

    import zhfacts

    extractor = zhfacts.Extractor(reference_date=reference_date)
    schema = None
    for batch in batches:
        texts = batch.column(text_column).to_pylist()
        ids = batch.column(id_column).to_pylist()
        rows = []
        for doc_id, facts in zip(ids, extractor.extract_many([t or "" for t in texts])):
            rows.extend(fact_rows(doc_id, facts))
        if schema is None:
            schema = arrow_schema(pa)
        yield pa.RecordBatch.from_pylist(rows, schema=schema)


def arrow_schema(pa):
    types = {"string": pa.string(), "long": pa.int64(), "date": pa.date32(), "array<long>": pa.list_(pa.int64())}
    return pa.schema([(n, types[t]) for n, t in FIELDS])


def read_documents(spark, path: str, text_column: str, id_column: str):
    """A DataFrame (id_column, text_column) from a directory or a dataset."""
    from pyspark.sql import functions as F

    if path.endswith(".parquet"):
        return spark.read.parquet(path).select(id_column, text_column)
    if path.endswith(".jsonl") or path.endswith(".json"):
        return spark.read.json(path).select(id_column, text_column)
    df = spark.read.text(path, wholetext=True).withColumnRenamed("value", text_column)
    return df.withColumn(id_column, F.element_at(F.split(F.input_file_name(), "/"), -1)).select(
        id_column, text_column
    )


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("input")
    p.add_argument("output")
    p.add_argument("--master", default="local[2]")
    p.add_argument("--text-column", default="text")
    p.add_argument("--id-column", default="doc_id")
    p.add_argument("--reference-date", default=None)
    args = p.parse_args(argv)

    import os

    from pyspark.sql import SparkSession

    # Executors run the same Python (with zhfacts and pyarrow) as the driver.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    spark = (
        SparkSession.builder.master(args.master)
        .appName("zhfacts")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        docs = read_documents(spark, args.input, args.text_column, args.id_column)
        facts = docs.mapInArrow(
            lambda it: extract_batches(it, args.text_column, args.id_column, args.reference_date), SCHEMA
        )
        facts.write.mode("overwrite").parquet(args.output)
        n = spark.read.parquet(args.output).count()
        print(f"spark_extract: {n} facts written to {args.output}", file=sys.stderr)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
