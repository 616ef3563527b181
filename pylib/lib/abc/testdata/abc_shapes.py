from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
class Sq(Base):
    def area(self): return 4
    def name(self): return 'sq'
print(Sq().area())
try: Base()
except TypeError as e: print(e)
class Half(Base):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
class Iface(ABC): pass
Iface.register(int)
print(Iface.__instancecheck__(3), Iface.__instancecheck__("x"), Iface.__subclasscheck__(bool))
