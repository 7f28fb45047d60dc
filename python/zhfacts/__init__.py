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
"""

from __future__ import annotations

import datetime as _dt
import json as _json
from decimal import Decimal as _Decimal
from typing import Any, Dict, Iterable, List, Optional, Union

from ._zhfacts import RawExtractor as _RawExtractor
from ._zhfacts import parse_number as _parse_number

__all__ = ["Extractor", "extract", "extract_many", "extract_document", "parse_number"]

Fact = Dict[str, Any]
DateLike = Union[_dt.date, str, None]

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
    f["span"] = tuple(f["span"])
    f["char_span"] = tuple(f["char_span"])
    return f


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

    def extract_document(self, text: Union[str, bytes], reference_date: DateLike = None) -> Dict[str, Any]:
        """One document: ``title``, ``published``, ``reference_date`` and ``facts``.

        ``text`` is a ``str`` or UTF-8 ``bytes``; invalid UTF-8 raises
        ``ValueError`` naming the byte offset.
        """
        return _convert_document(self._raw.extract_json(text, _date_arg(reference_date)))

    def extract(self, text: Union[str, bytes], reference_date: DateLike = None) -> List[Fact]:
        """The facts of one text, in document order (``id`` is the index)."""
        return self.extract_document(text, reference_date)["facts"]

    def extract_many(
        self, texts: Iterable[str], threads: Optional[int] = None, reference_date: DateLike = None
    ) -> List[List[Fact]]:
        """The facts of many texts, in order, using ``threads`` threads
        (default: all cores) with the GIL released."""
        raws = self._raw.extract_many_json(list(texts), threads, _date_arg(reference_date))
        return [_convert_document(r)["facts"] for r in raws]


_DEFAULT = Extractor()


def extract(text: Union[str, bytes], reference_date: DateLike = None) -> List[Fact]:
    """The facts of one text with a shared default :class:`Extractor`."""
    return _DEFAULT.extract(text, reference_date)


def extract_document(text: Union[str, bytes], reference_date: DateLike = None) -> Dict[str, Any]:
    """One document (title, published, reference_date, facts)."""
    return _DEFAULT.extract_document(text, reference_date)


def extract_many(texts: Iterable[str], threads: Optional[int] = None, reference_date: DateLike = None) -> List[List[Fact]]:
    """The facts of many texts, in order, on all cores."""
    return _DEFAULT.extract_many(texts, threads, reference_date)


def parse_number(text: str) -> Optional[_Decimal]:
    """A standalone numeral (``'2亿5千万'``, ``'三点五'``) as a Decimal, or None."""
    v = _parse_number(text)
    return None if v is None else _Decimal(v)
