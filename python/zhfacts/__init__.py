"""zhfacts: typed, exact facts from Chinese economic prose.

Money, counts of projects and enterprises, areas, percentages, dates
resolved to intervals and dated events, with byte spans (``span``) and
character spans (``char_span``) into the original text. Decimals are
``decimal.Decimal`` (exact), dates ``datetime.date``; the field names are
those of the zhfacts JSON contract.

>>> import zhfacts
>>> facts = zhfacts.extract("4月初，共签约项目16个，总投资49.72亿元。", reference_date="2022-06-15")
>>> [f["kind"] for f in facts]
['date', 'count', 'money', 'event']
>>> facts[2]["value"]
Decimal('4972000000')

For data frames, :func:`extract_arrow` returns a ``pyarrow.Table`` with one
row per fact and typed columns (``decimal128(38, 6)`` values, ``date32``
dates, dictionary-encoded labels), built in Rust:

>>> t = zhfacts.extract_arrow(["共签约项目16个，总投资49.72亿元。"])  # doctest: +SKIP
>>> t.column("value").type  # doctest: +SKIP
Decimal128Type(decimal128(38, 6))
"""

from __future__ import annotations

import datetime as _dt
import json as _json
from decimal import Decimal as _Decimal
from typing import Any, Dict, Iterable, List, Optional, Union

from ._zhfacts import RawExtractor as _RawExtractor
from ._zhfacts import decimal_scale as _decimal_scale
from ._zhfacts import parse_number as _parse_number
from ._zhfacts import resolve_date as _resolve_date

__all__ = [
    "DECIMAL_SCALE",
    "Extractor",
    "extract",
    "extract_arrow",
    "extract_document",
    "extract_many",
    "extract_projects",
    "parse_number",
    "resolve_date",
]

#: The scale of the ``value``, ``upper`` and ``amount`` columns of
#: :func:`extract_arrow` (``decimal128(38, 6)``): a value with more decimal
#: places raises ``ValueError``, it is never rounded.
DECIMAL_SCALE = _decimal_scale()

Fact = Dict[str, Any]
DateLike = Union[_dt.date, str, None]
Text = Union[str, bytes]

_DECIMALS = ("value", "amount", "upper")
_DATES = ("from", "to")


def _date_arg(d: DateLike) -> Optional[str]:
    if d is None:
        return None
    if isinstance(d, _dt.datetime):
        d = d.date()
    if isinstance(d, _dt.date):
        return d.isoformat()
    if isinstance(d, str):
        return d
    raise TypeError(f"reference_date must be a datetime.date or 'YYYY-MM-DD', not {type(d).__name__}")


def _convert_fact(f: Fact) -> Fact:
    for k in _DECIMALS:
        v = f.get(k)
        if isinstance(v, str):
            f[k] = _Decimal(v)
    for k in _DATES:
        v = f.get(k)
        if isinstance(v, str):
            f[k] = _dt.date.fromisoformat(v)
    if "span" in f:
        f["span"] = tuple(f["span"])
    if "char_span" in f:
        f["char_span"] = tuple(f["char_span"])
    return f


def _texts_arg(texts: Any, what: str) -> Any:
    if texts is None:
        raise TypeError(f"{what} needs a list of texts (str or bytes), not None")
    return texts


def _convert_document(raw: str) -> Dict[str, Any]:
    doc = _json.loads(raw)
    doc["facts"] = [_convert_fact(f) for f in doc["facts"]]
    if doc.get("reference_date"):
        doc["reference_date"] = _dt.date.fromisoformat(doc["reference_date"])
    return doc


class Extractor:
    """Extracts facts; create one and reuse it.

    ``reference_date`` (a ``datetime.date`` or ``'YYYY-MM-DD'``) resolves
    relative dates (今年, 上半年 …); without it each document's own
    publication date is used, else relative dates have no interval.
    Raises ``ValueError`` for an invalid date.
    """

    def __init__(self, reference_date: DateLike = None) -> None:
        self._raw = _RawExtractor(_date_arg(reference_date))

    def extract_document(
        self, text: Text, reference_date: DateLike = None, encoding: Optional[str] = None
    ) -> Dict[str, Any]:
        """One document: ``title``, ``published``, ``reference_date`` and ``facts``.

        ``text`` is a ``str`` or ``bytes`` in ``encoding`` (``utf-8`` by
        default; ``gbk``, ``gb18030``, ``big5``, ``utf-16le``, ``utf-16be``).
        Bytes that are not valid in it raise ``ValueError`` naming the byte
        offset (and, for UTF-8, the encoding they look like); spans then
        index the decoded UTF-8 text.
        """
        raw = self._raw.extract_json(text, _date_arg(reference_date), encoding)
        return _convert_document(raw)

    def extract(self, text: Text, reference_date: DateLike = None, encoding: Optional[str] = None) -> List[Fact]:
        """The facts of one text, in document order (``id`` is the index)."""
        return self.extract_document(text, reference_date, encoding)["facts"]

    def extract_many(
        self,
        texts: Iterable[Text],
        threads: Optional[int] = None,
        reference_date: DateLike = None,
        encoding: Optional[str] = None,
        currency: Optional[str] = None,
    ) -> List[List[Fact]]:
        """The facts of many texts (``str`` or ``bytes``), in order, using
        ``threads`` threads (default: all cores; at least 1) with the GIL
        released. A single ``str`` raises ``TypeError``; a text that fails
        (bad bytes) raises one ``ValueError`` naming its index
        (``texts[3]: …``) and no result is returned."""
        texts = _texts_arg(texts, "extract_many")
        raws = self._raw.extract_many_json(texts, threads, _date_arg(reference_date), encoding, currency)
        return [_convert_document(r)["facts"] for r in raws]

    def extract_projects(
        self,
        texts: Iterable[Text],
        threads: Optional[int] = None,
        reference_date: DateLike = None,
        encoding: Optional[str] = None,
        currency: Optional[str] = None,
    ) -> List[List[Dict[str, Any]]]:
        """The project table of each text: one dict per named project with
        ``id``, ``name``, ``enterprise``, ``investment`` (Decimal, base
        units) and ``currency``, ``investment_text``, ``area_m2`` (Decimal),
        ``stage``, ``from``/``to`` (``datetime.date``), ``date_text``,
        ``sentence`` and ``span``: the rows of the library's ``ProjectRecord``
        (and of ``extract --format projects``). Arguments and errors as in
        :meth:`extract_many`."""
        texts = _texts_arg(texts, "extract_projects")
        raws = self._raw.projects_many_json(texts, threads, _date_arg(reference_date), encoding, currency)
        out = []
        for raw in raws:
            rows = _json.loads(raw)
            for r in rows:
                for k in ("investment", "area_m2"):
                    if isinstance(r.get(k), str):
                        r[k] = _Decimal(r[k])
                _convert_fact(r)
            out.append(rows)
        return out

    def extract_arrow(
        self,
        texts: Iterable[Text],
        threads: Optional[int] = None,
        reference_date: DateLike = None,
        currency: Optional[str] = None,
        encoding: Optional[str] = None,
    ) -> "pyarrow.Table":  # noqa: F821
        """The facts of many texts as one ``pyarrow.Table``, one row per fact.

        Built in Rust as Arrow arrays and handed over through the Arrow C
        Data Interface (no Python object per fact). ``doc`` is the index of
        the text; ``value``/``upper``/``amount`` are ``decimal128(38, 6)``;
        ``from``/``to`` are ``date32``; ``kind``, ``currency``, ``role``,
        ``unit`` and the other labels are dictionary-encoded strings;
        ``facts`` is ``list<int32>``. A field a fact lacks is null. The
        arguments and errors are those of :meth:`extract_many`; ``currency``
        (``'HKD'``, ``'TWD'`` …) is the currency of a plain 元 when given,
        instead of the one the document shows (default CNY); an unknown code
        raises ``ValueError``.
        """
        try:
            import pyarrow as pa
        except ImportError as e:  # pragma: no cover - depends on the environment
            raise ImportError("zhfacts.extract_arrow needs pyarrow: pip install pyarrow") from e
        texts = _texts_arg(texts, "extract_arrow")
        batch = self._raw.extract_arrow(texts, threads, _date_arg(reference_date), encoding, currency)
        return pa.Table.from_batches([batch])


_DEFAULT = Extractor()


def extract(text: Text, reference_date: DateLike = None, encoding: Optional[str] = None) -> List[Fact]:
    """The facts of one text with a shared default :class:`Extractor`."""
    return _DEFAULT.extract(text, reference_date, encoding)


def extract_document(text: Text, reference_date: DateLike = None, encoding: Optional[str] = None) -> Dict[str, Any]:
    """One document (title, published, reference_date, facts)."""
    return _DEFAULT.extract_document(text, reference_date, encoding)


def extract_many(
    texts: Iterable[Text],
    threads: Optional[int] = None,
    reference_date: DateLike = None,
    encoding: Optional[str] = None,
    currency: Optional[str] = None,
) -> List[List[Fact]]:
    """The facts of many texts, in order, on all cores (see :meth:`Extractor.extract_many`)."""
    return _DEFAULT.extract_many(texts, threads, reference_date, encoding, currency)


def extract_arrow(
    texts: Iterable[Text],
    threads: Optional[int] = None,
    reference_date: DateLike = None,
    currency: Optional[str] = None,
    encoding: Optional[str] = None,
) -> "pyarrow.Table":  # noqa: F821
    """The facts of many texts as a ``pyarrow.Table`` (see :meth:`Extractor.extract_arrow`)."""
    return _DEFAULT.extract_arrow(texts, threads, reference_date, currency, encoding)


def extract_projects(
    texts: Iterable[Text],
    threads: Optional[int] = None,
    reference_date: DateLike = None,
    encoding: Optional[str] = None,
    currency: Optional[str] = None,
) -> List[List[Dict[str, Any]]]:
    """The project table of each text (see :meth:`Extractor.extract_projects`)."""
    return _DEFAULT.extract_projects(texts, threads, reference_date, encoding, currency)


def resolve_date(text: str, reference_date: DateLike = None) -> Optional[Fact]:
    """A standalone date expression (``'4月初'``, ``'上半年'``) as a dict with
    ``from``/``to`` (``datetime.date``, inclusive), ``granularity`` and
    ``relative``, or None when it is no date. Relative expressions need
    ``reference_date`` for an interval."""
    raw = _resolve_date(text, _date_arg(reference_date))
    return None if raw is None else _convert_fact(_json.loads(raw))


def parse_number(text: str) -> Optional[_Decimal]:
    """A standalone numeral (``'2亿5千万'``, ``'三点五'``) as a Decimal, or None."""
    v = _parse_number(text)
    return None if v is None else _Decimal(v)
