from typing import Any, Iterable, List, Optional, Union

class RawExtractor:
    def __init__(self, reference_date: Optional[str] = ...) -> None: ...
    def extract_json(
        self,
        text: Union[str, bytes],
        reference_date: Optional[str] = ...,
        encoding: Optional[str] = ...,
        currency: Optional[str] = ...,
    ) -> str: ...
    def extract_many_json(
        self,
        texts: Iterable[Union[str, bytes]],
        threads: Optional[int] = ...,
        reference_date: Optional[str] = ...,
        encoding: Optional[str] = ...,
        currency: Optional[str] = ...,
    ) -> List[str]: ...
    def projects_many_json(
        self,
        texts: Iterable[Union[str, bytes]],
        threads: Optional[int] = ...,
        reference_date: Optional[str] = ...,
        encoding: Optional[str] = ...,
        currency: Optional[str] = ...,
    ) -> List[str]: ...
    def extract_arrow(
        self,
        texts: Iterable[Union[str, bytes]],
        threads: Optional[int] = ...,
        reference_date: Optional[str] = ...,
        encoding: Optional[str] = ...,
        currency: Optional[str] = ...,
    ) -> Any: ...

def parse_number(text: str) -> Optional[str]: ...
def resolve_date(text: str, reference_date: Optional[str] = ...) -> Optional[str]: ...
def decimal_scale() -> int: ...
