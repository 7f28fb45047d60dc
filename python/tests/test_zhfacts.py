"""The Python package gives the same facts as the Rust crate, exactly."""

import datetime
from decimal import Decimal

import pytest

import zhfacts


def plain(value):
    """A Python value in the JSON contract's form."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def test_same_facts_as_rust(fixtures, rust_output):
    for name, text in fixtures:
        got = zhfacts.extract_document(text)
        want = rust_output[name]
        assert got["title"] == want["title"], name
        assert got["published"] == want["published"], name
        assert plain(got["reference_date"]) == want["reference_date"], name
        assert len(got["facts"]) == len(want["facts"]), name
        for g, w in zip(got["facts"], want["facts"]):
            g = {k: plain(v) for k, v in g.items() if k != "char_span"}
            assert g == w, name


def test_decimals_and_dates_are_exact_types():
    facts = zhfacts.extract("今年以来，总投资49.72亿元，占地1000余亩，同比增长10.17%。", reference_date="2022-06-15")
    date, money, area, percent = facts
    assert date["from"] == datetime.date(2022, 1, 1) and date["to"] == datetime.date(2022, 6, 15)
    assert money["value"] == Decimal("4972000000") and isinstance(money["value"], Decimal)
    assert area["value"] == Decimal("666666.67") and area["amount"] == Decimal("1000")
    assert percent["value"] == Decimal("10.17") and percent["direction"] == "up"


def test_spans_are_bytes_and_char_spans_are_characters(fixtures):
    for name, text in fixtures:
        raw = text.encode("utf-8")
        for f in zhfacts.extract(text):
            a, b = f["span"]
            assert raw[a:b].decode("utf-8") == f["text"], name
            c, d = f["char_span"]
            assert text[c:d] == f["text"], name


def test_extract_many_matches_extract_in_order(fixtures):
    texts = [t for _, t in fixtures] * 3
    many = zhfacts.extract_many(texts, threads=2)
    assert len(many) == len(texts)
    for text, facts in zip(texts, many):
        assert facts == zhfacts.extract(text)
    assert zhfacts.extract_many([]) == []


def test_reference_date_forms():
    text = "去年签约项目12个。"
    by_str = zhfacts.extract(text, reference_date="2023-01-05")
    by_date = zhfacts.Extractor(reference_date=datetime.date(2023, 1, 5)).extract(text)
    assert by_str == by_date
    assert by_str[0]["from"] == datetime.date(2022, 1, 1)
    # Without any reference date a relative date has no interval.
    assert "from" not in zhfacts.extract(text)[0]


def test_errors_carry_the_rust_messages():
    with pytest.raises(ValueError, match=r"^input is not valid UTF-8 at byte offset 3$"):
        zhfacts.extract("总".encode() + b"\xff")
    with pytest.raises(ValueError, match=r'^invalid reference date "2022-02-30": expected YYYY-MM-DD$'):
        zhfacts.Extractor(reference_date="2022-02-30")
    with pytest.raises(TypeError):
        zhfacts.extract("x", reference_date=20220101)


def test_bytes_input_and_parse_number():
    assert zhfacts.extract("总投资12亿元".encode()) == zhfacts.extract("总投资12亿元")
    assert zhfacts.parse_number("2亿5千万") == Decimal("250000000")
    assert zhfacts.parse_number("三点五") == Decimal("3.5")
    assert zhfacts.parse_number("9" * 40) is None
