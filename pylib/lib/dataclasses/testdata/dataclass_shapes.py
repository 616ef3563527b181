from dataclasses import dataclass, field, asdict, astuple, fields, replace, FrozenInstanceError
from typing import List, Optional
@dataclass
class Item:
    name: str
    price: int
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = None
    def total(self): return self.price * self.qty
a = Item("x", 3, 2, ["t"])
print(a, a.total(), asdict(a), astuple(a), [f.name for f in fields(a)])
print(a == Item("x", 3, 2, ["t"]), a == Item("y", 3), replace(a, qty=5))
@dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
print(P(1) < P(1, 2), sorted([P(3), P(1, 5), P(1)]), hash(P(1)) == hash(P(1)))
try: P(1).x = 3
except FrozenInstanceError as e: print("frozen", e)
@dataclass
class Q:
    a: int
    b: int = field(init=False)
    def __post_init__(self): self.b = self.a * 2
print(Q(4))
try: Item()
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e: print(e)
@dataclass
class Nest:
    items: List[Item]
print(asdict(Nest([Item("n", 1)])))
