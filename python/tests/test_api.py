"""The Python API's argument checks and errors."""

import datetime
import random
from decimal import Decimal

import pytest

import zhfacts


@pytest.mark.parametrize("f", [zhfacts.extract_many, zhfacts.extract_arrow])
def test_a_single_text_is_not_a_batch(f):
    with pytest.raises(TypeError, match="not a single str"):
        f("一个字符串")
    with pytest.raises(TypeError, match="not a single str"):
        f("一个字符串".encode())


@pytest.mark.parametrize("f", [zhfacts.extract_many, zhfacts.extract_arrow])
def test_none_gets_a_readable_message(f):
    with pytest.raises(TypeError, match="needs a list of texts .*not None"):
        f(None)
    with pytest.raises(TypeError, match=r"^texts\[1\] is NoneType: expected str or bytes \(a missing text\?"):
        f(["总投资3亿元", None])
    with pytest.raises(TypeError, match=r"^texts\[0\] is int"):
        f([42])
    with pytest.raises(TypeError, match=r"^text is NoneType: expected str or bytes"):
        zhfacts.extract(None)


@pytest.mark.parametrize("threads", [0, -1])
@pytest.mark.parametrize("f", [zhfacts.extract_many, zhfacts.extract_arrow])
def test_threads_must_be_positive(f, threads):
    with pytest.raises(ValueError, match=f"threads must be at least 1, not {threads}"):
        f(["总投资3亿元"], threads=threads)


def test_extract_many_takes_bytes_and_iterables():
    texts = ["总投资49.72亿元", "签约项目16个"]
    want = zhfacts.extract_many(texts)
    assert zhfacts.extract_many([t.encode() for t in texts]) == want
    assert zhfacts.extract_many(t for t in texts) == want
    assert zhfacts.extract_many([texts[0], texts[1].encode()]) == want


def test_a_bad_document_raises_one_error_naming_its_index():
    with pytest.raises(ValueError, match=r"^texts\[2\]: input is not valid UTF-8 at byte offset 1$"):
        zhfacts.extract_many(["总投资3亿元", b"ok", b"o\xff"], threads=2)


def test_encodings():
    text = "据介绍，全市共签约项目16个，总投资49.72亿元。"
    want = zhfacts.extract(text)
    assert zhfacts.extract(text.encode("gbk"), encoding="gbk") == want
    assert zhfacts.extract(text.encode("gb18030"), encoding="GB18030") == want
    assert zhfacts.extract_many([text.encode("utf-16-be")], encoding="utf-16be") == [want]
    trad = "據介紹，全市共簽約項目16個，總投資49.72億元。"
    big5 = zhfacts.extract(trad.encode("big5"), encoding="big5")
    assert [f["value"] for f in big5] == [f["value"] for f in want]
    with pytest.raises(ValueError, match=r'looks like gbk \(pass encoding="gbk"\)$'):
        zhfacts.extract(text.encode("gbk"))
    with pytest.raises(ValueError, match=r"^input is not valid big5 at byte offset"):
        zhfacts.extract(b"\xa4\xe9\xff\xff", encoding="big5")
    with pytest.raises(ValueError, match="unknown encoding"):
        zhfacts.extract(b"x", encoding="latin-1")


def test_resolve_date_and_parse_number():
    d = zhfacts.resolve_date("上半年", reference_date="2022-06-15")
    assert d == {"from": datetime.date(2022, 1, 1), "to": datetime.date(2022, 6, 30),
                 "granularity": "half", "relative": True}
    assert zhfacts.resolve_date("2021年3月", reference_date=datetime.date(2022, 6, 15))["to"] == datetime.date(2021, 3, 31)
    assert "from" not in zhfacts.resolve_date("去年")  # relative, no reference date
    assert zhfacts.resolve_date("你好") is None
    assert zhfacts.parse_number("一万五") == Decimal("15000")
    with pytest.raises(ValueError):
        zhfacts.resolve_date("去年", reference_date="2022-13-01")


def test_currency_overrides_a_plain_yuan():
    t = zhfacts.extract_arrow(["总投资3亿元，其中人民币1亿元。"], currency="hkd")
    money = [c for c, k in zip(t.column("currency").to_pylist(), t.column("kind").to_pylist()) if k == "money"]
    assert money == ["HKD", "CNY"]
    facts = zhfacts.extract_many(["总投资3亿元。"], currency="TWD")[0]
    assert [f["currency"] for f in facts if f["kind"] == "money"] == ["TWD"]
    with pytest.raises(ValueError, match="unknown currency"):
        zhfacts.extract_arrow(["总投资3亿元"], currency="XYZ")

def test_no_panic_escapes_on_odd_input():
    rng = random.Random(16)
    alphabet = "0123456789.,%亿万千百十一二三四五六七八九零元美港币亩平方米个家项年月日季度上下半今去明签约开工投产—-至～～“”《》<>&;\n\r\t "
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 300))) for _ in range(300)]
    texts += ["\x00" * 10, "\ud7ff" * 3, "9" * 500 + "亿元", "第" * 5000]
    try:
        zhfacts.extract_many(texts, threads=2)
        zhfacts.extract_arrow(texts, threads=2)
    except ValueError:
        pass  # a clear error is acceptable; a PanicException (a BaseException) is not


def test_project_rows_match_the_cli():
    import csv
    import io
    import os
    import subprocess

    here = os.path.dirname(__file__)
    path = os.path.join(here, "..", "..", "tests", "fixtures", "20_projects_subjects.txt")
    text = open(path, encoding="utf-8").read()
    rows = zhfacts.extract_projects([text])[0]
    assert rows, "the fixture names projects"
    assert all(isinstance(r["name"], str) and r["span"][0] < r["span"][1] for r in rows)
    assert any(isinstance(r["investment"], Decimal) for r in rows)
    exe = os.environ.get("ZHFACTS_EXTRACT_BIN")
    if exe:
        out = subprocess.run([exe, "--format", "projects", path], capture_output=True, check=True)
        cli = list(csv.DictReader(io.StringIO(out.stdout.decode("utf-8"))))
        assert [r["name"] for r in cli] == [r["name"] for r in rows]
        assert [r["investment"] for r in cli] == [str(r["investment"] or "") for r in rows]
