from typing import Any, Optional, Union, List, Dict, Tuple, Callable, Iterable, TypeVar, Generic, NamedTuple, TypedDict, cast, TYPE_CHECKING, overload, Set
T = TypeVar("T")
def f(a: List[int], b: Optional[str] = None) -> Dict[str, Any]:
    return {}
print(List[int], Optional[str], Union[int, str], Dict[str, List[int]], Callable[[int], str], T, Tuple[int, ...])
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box(3).v, cast(int, "x"), TYPE_CHECKING)
class Pt(NamedTuple):
    x: int
    y: int = 0
p = Pt(1)
print(p, p.x, p.y, p._asdict())
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1)
print(m, type(m).__name__)
print(Union[int, None], Optional[Union[int, str]])
