import datetime
from decimal import Decimal
from typing import Any, Dict, Iterable, List, Optional, Union

import pyarrow

Fact = Dict[str, Any]
DateLike = Union[datetime.date, str, None]
Text = Union[str, bytes]

DECIMAL_SCALE: int

class Extractor:
    def __init__(self, reference_date: DateLike = ...) -> None: ...
    def extract_document(
        self, text: Text, reference_date: DateLike = ..., encoding: Optional[str] = ...
    ) -> Dict[str, Any]: ...
    def extract(self, text: Text, reference_date: DateLike = ..., encoding: Optional[str] = ...) -> List[Fact]: ...
    def extract_many(
        self,
        texts: Iterable[Text],
        threads: Optional[int] = ...,
        reference_date: DateLike = ...,
        encoding: Optional[str] = ...,
        currency: Optional[str] = ...,
    ) -> List[List[Fact]]: ...
    def extract_projects(
        self,
        texts: Iterable[Text],
        threads: Optional[int] = ...,
        reference_date: DateLike = ...,
        encoding: Optional[str] = ...,
        currency: Optional[str] = ...,
    ) -> List[List[Dict[str, Any]]]: ...
    def extract_arrow(
        self,
        texts: Iterable[Text],
        threads: Optional[int] = ...,
        reference_date: DateLike = ...,
        currency: Optional[str] = ...,
        encoding: Optional[str] = ...,
    ) -> pyarrow.Table: ...

def extract(text: Text, reference_date: DateLike = ..., encoding: Optional[str] = ...) -> List[Fact]: ...
def extract_document(text: Text, reference_date: DateLike = ..., encoding: Optional[str] = ...) -> Dict[str, Any]: ...
def extract_many(
    texts: Iterable[Text],
    threads: Optional[int] = ...,
    reference_date: DateLike = ...,
    encoding: Optional[str] = ...,
    currency: Optional[str] = ...,
) -> List[List[Fact]]: ...
def extract_projects(
    texts: Iterable[Text],
    threads: Optional[int] = ...,
    reference_date: DateLike = ...,
    encoding: Optional[str] = ...,
    currency: Optional[str] = ...,
) -> List[List[Dict[str, Any]]]: ...
def extract_arrow(
    texts: Iterable[Text],
    threads: Optional[int] = ...,
    reference_date: DateLike = ...,
    currency: Optional[str] = ...,
    encoding: Optional[str] = ...,
) -> pyarrow.Table: ...
def resolve_date(text: str, reference_date: DateLike = ...) -> Optional[Fact]: ...
def parse_number(text: str) -> Optional[Decimal]: ...
