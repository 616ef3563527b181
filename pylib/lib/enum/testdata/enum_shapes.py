import enum
from enum import Enum, IntEnum, auto, unique
class Category(enum.Enum):
    TOOL = "tool"
    FOOD = "food"
    BOOK = "book"
print([c.name for c in Category], Category("book").name, Category["FOOD"], repr(Category.TOOL), Category.TOOL.value)
print(Category.TOOL is Category("tool"), Category.TOOL == Category.TOOL, Category.TOOL != Category.FOOD, len(Category), Category.FOOD in Category)
class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    def describe(self): return "%s=%s" % (self.name, self.value)
    @property
    def lower(self): return self.name.lower()
print(list(Color), Color.GREEN.describe(), Color.BLUE.lower, Color(3), str(Color.RED), f"{Color.RED}")
try: Color(7)
except ValueError as e: print(e)
class Pri(IntEnum):
    LOW = 1
    HIGH = 10
print(Pri.LOW < Pri.HIGH, Pri.HIGH + 1, Pri.LOW == 1, repr(Pri.HIGH), str(Pri.HIGH), sorted([Pri.HIGH, Pri.LOW]), int(Pri.HIGH))
print({Color.RED: 1}[Color.RED], Color.__members__.keys())
S = Enum("S", "A B C")
print(list(S), S.B.value)
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
    CIRCLE = 3
print(list(Shape), Shape.ALIAS)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
print(Color.RED.__class__.__name__, isinstance(Color.RED, Color), type(Color.RED) is Color)
