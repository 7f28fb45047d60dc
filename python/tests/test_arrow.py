"""`extract_arrow`: a typed pyarrow.Table with the facts of `extract_many`."""

import datetime
from decimal import Decimal

import pytest

import zhfacts

pa = pytest.importorskip("pyarrow")

# Columns filled by extract_arrow itself, not fields of a fact.
DERIVED = {"doc", "span_start", "span_end", "char_start", "char_end", "unknown_fields"}


def test_schema_types():
    t = zhfacts.extract_arrow(["4月初，共签约项目16个，总投资49.72亿元。"], reference_date="2022-06-15")
    s = t.schema
    dec = pa.decimal128(38, zhfacts.DECIMAL_SCALE)
    assert zhfacts.DECIMAL_SCALE == 6
    for name in ("value", "upper", "amount"):
        assert s.field(name).type == dec, name
    for name in ("from", "to"):
        assert s.field(name).type == pa.date32(), name
    for name in ("kind", "currency", "role", "unit", "qualifier", "section", "stage"):
        assert s.field(name).type == pa.dictionary(pa.int32(), pa.string()), name
    assert s.field("facts").type == pa.list_(pa.int32())
    for name in ("doc", "id", "sentence", "date", "of", "investment"):
        assert s.field(name).type == pa.int32(), name
    assert s.field("text").type == pa.string() and s.field("relative").type == pa.bool_()
    assert t.num_rows == 4
    assert t.column("kind").to_pylist() == ["date", "count", "money", "event"]
    assert t.column("value").to_pylist()[2] == Decimal("4972000000")
    assert t.column("from").to_pylist()[0] == datetime.date(2022, 4, 1)
    assert t.column("facts").to_pylist()[3] == [1, 2]


def test_values_match_extract_many_on_every_fixture(fixtures):
    texts = [t for _, t in fixtures]
    many = zhfacts.extract_many(texts, threads=2)
    table = zhfacts.extract_arrow(texts, threads=2)
    rows = table.to_pylist()
    want = [(i, f) for i, facts in enumerate(many) for f in facts]
    assert len(rows) == len(want) > 100
    columns = set(table.column_names)
    for row, (i, f) in zip(rows, want):
        assert row["doc"] == i
        assert (row["span_start"], row["span_end"]) == f["span"]
        assert (row["char_start"], row["char_end"]) == f["char_span"]
        assert row["unknown_fields"] is None, row
        for key, value in f.items():
            if key in ("span", "char_span"):
                continue
            assert key in columns, f"no column for the field {key}"
            assert row[key] == value, (key, f)
        for key in columns - DERIVED - set(f):
            assert row[key] is None, (key, f)


def test_threads_do_not_change_the_table(fixtures):
    texts = [t for _, t in fixtures] * 2
    assert zhfacts.extract_arrow(texts, threads=1).equals(zhfacts.extract_arrow(texts, threads=3))


def test_empty_input_is_an_empty_table_with_the_schema():
    t = zhfacts.extract_arrow([])
    assert t.num_rows == 0 and t.schema.field("value").type == pa.decimal128(38, 6)
    assert zhfacts.extract_arrow(["", "没有数字"]).num_rows == 0


def test_values_past_the_scale_are_an_error_not_rounded():
    with pytest.raises(ValueError, match=r"^texts\[1\]: field value: 10\.1234567 has more than 6 decimal places"):
        zhfacts.extract_arrow(["总投资3亿元", "同比增长10.1234567%"])


def test_pandas_and_polars_get_numeric_columns():
    pd = pytest.importorskip("pandas")
    texts = ["总投资49.72亿元，到位资金3亿元。", "总投资1.5亿美元，同比增长12.5%。"]
    t = zhfacts.extract_arrow(texts)
    df = t.to_pandas(types_mapper=pd.ArrowDtype)
    assert pd.api.types.is_numeric_dtype(df["value"])
    sums = df[df.kind == "money"].groupby(["currency", "role"], observed=True)["value"].sum()
    assert sums[("CNY", "investment")] == Decimal("4972000000")
    assert sums[("USD", "investment")] == Decimal("150000000")
    assert pd.api.types.is_integer_dtype(t.to_pandas()["span_start"])
    pl = pytest.importorskip("polars")
    p = pl.from_arrow(t)
    assert p.schema["value"].is_numeric() and p.schema["from"] == pl.Date
    money = p.filter(pl.col("kind") == "money").group_by(["currency", "role"]).agg(pl.col("value").sum())
    assert Decimal("150000000") in money["value"].to_list()


def test_bytes_and_encodings():
    text = "总投资49.72亿元，签约项目16个。"
    want = zhfacts.extract_arrow([text])
    assert zhfacts.extract_arrow([text.encode("gbk")], encoding="gbk").equals(want)
    assert zhfacts.extract_arrow([text.encode("utf-16-le")], encoding="utf-16le").equals(want)
    with pytest.raises(ValueError, match=r'^texts\[0\]: .*looks like gbk \(pass encoding="gbk"\)'):
        zhfacts.extract_arrow([text.encode("gbk")])
