"""Extract zhfacts facts from a corpus with Spark, into a typed Parquet table.

    python spark_extract.py INPUT OUTPUT.parquet [--master local[2]] [--glob '*.txt']
        [--text-column text] [--id-column doc_id] [--reference-date YYYY-MM-DD]

INPUT is a directory of articles, one file each: only the files whose name
matches --glob (default `*.txt`, Spark's `pathGlobFilter`) are read, so a
README or a `_SUCCESS` beside them is not taken for an article. INPUT may
also be a Parquet (`.parquet`) or JSON-lines (`.jsonl`, `.json`) dataset
with a text column and an id column.

Each Arrow batch of documents goes through `zhfacts.extract_arrow` (Rust,
GIL released) inside `mapInArrow`: the facts come back as Arrow arrays and
go to Spark as they are, with no Python object per fact. On a cluster,
submit the same script with `spark-submit --master yarn` (or k8s) and give
the executors an environment with `pip install './python[spark]'`.

The output has one row per fact and every column of `extract_arrow` with
its type: `doc_id`, `id`, `kind`, `text`, spans, `value`/`upper`/`amount`
as decimal(38,6), `from`/`to` as date, `facts` as array<int>, and so on.
Spark logs at WARN: a normal run prints one line, the number of facts.
"""

from __future__ import annotations

import argparse
import os
import sys


def spark_type(t) -> str:
    """The Spark SQL type of an Arrow column type (dictionaries as strings)."""
    import pyarrow as pa

    if pa.types.is_dictionary(t):
        t = t.value_type
    if pa.types.is_decimal(t):
        return f"decimal({t.precision},{t.scale})"
    if pa.types.is_list(t):
        return f"array<{spark_type(t.value_type)}>"
    names = {pa.int32(): "int", pa.int64(): "long", pa.string(): "string", pa.bool_(): "boolean",
             pa.date32(): "date"}
    return names[t]


def output_schema():
    """(Arrow schema, Spark DDL) of the output: doc_id, then extract_arrow's columns."""
    import pyarrow as pa

    import zhfacts

    fields = [pa.field("doc_id", pa.string())]
    for f in zhfacts.extract_arrow([]).schema:
        if f.name == "doc":
            continue
        t = f.type.value_type if pa.types.is_dictionary(f.type) else f.type
        fields.append(pa.field(f.name, t))
    schema = pa.schema(fields)
    return schema, ", ".join(f"`{f.name}` {spark_type(f.type)}" for f in schema)


def extract_batches(batches, text_column: str, id_column: str, reference_date):
    """mapInArrow function: Arrow batches of documents → batches of facts."""
    import pyarrow as pa

    import zhfacts

    schema, _ = output_schema()
    extractor = zhfacts.Extractor(reference_date=reference_date)
    for batch in batches:
        texts = batch.column(text_column).fill_null("")
        facts = extractor.extract_arrow(texts.to_pylist())
        ids = batch.column(id_column).cast(pa.string()).take(facts.column("doc"))
        columns = [ids] + [facts.column(f.name) for f in schema if f.name != "doc_id"]
        # Spark takes plain strings, not dictionaries: the cast decodes them.
        table = pa.Table.from_arrays(columns, names=schema.names).cast(schema)
        yield from table.to_batches()


def read_documents(spark, path: str, text_column: str, id_column: str, glob: str):
    """A DataFrame (id_column, text_column) from a directory or a dataset."""
    from pyspark.sql import functions as F

    if path.endswith(".parquet"):
        return spark.read.parquet(path).select(id_column, text_column)
    if path.endswith(".jsonl") or path.endswith(".json"):
        return spark.read.json(path).select(id_column, text_column)
    df = spark.read.option("pathGlobFilter", glob).text(path, wholetext=True)
    df = df.withColumnRenamed("value", text_column)
    name = F.element_at(F.split(F.col("_metadata.file_path"), "/"), -1)
    return df.withColumn(id_column, name).select(id_column, text_column)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("input")
    p.add_argument("output")
    p.add_argument("--master", default="local[2]")
    p.add_argument("--glob", default="*.txt", help="file names to read in a directory (default *.txt)")
    p.add_argument("--text-column", default="text")
    p.add_argument("--id-column", default="doc_id")
    p.add_argument("--reference-date", default=None)
    args = p.parse_args(argv)

    import warnings

    from pyspark.sql import SparkSession

    # mapInArrow uses no pandas, but PySpark checks its version on import.
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas")
    # Executors run the same Python (with zhfacts and pyarrow) as the driver.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if args.master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # no loopback-hostname warning
    _, ddl = output_schema()
    spark = (
        SparkSession.builder.master(args.master)
        .appName("zhfacts")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.debug.maxToStringFields", "100")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("WARN")
    try:
        docs = read_documents(spark, args.input, args.text_column, args.id_column, args.glob)
        text, ident, ref = args.text_column, args.id_column, args.reference_date
        facts = docs.mapInArrow(lambda it: extract_batches(it, text, ident, ref), ddl)
        facts.write.mode("overwrite").parquet(args.output)
        n = spark.read.parquet(args.output).count()
        print(f"spark_extract: {n} facts written to {args.output}", file=sys.stderr)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
