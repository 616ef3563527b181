from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Callable, Iterator, Sized, Hashable, Set
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], Sequence), isinstance((), Sequence))
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance(len, Callable), isinstance(iter([]), Iterator))
print(isinstance("s", Sized), isinstance([], Hashable), isinstance(frozenset(), Set))


class Bag:
    def __iter__(self):
        return iter([])

    def __len__(self):
        return 0


print(isinstance(Bag(), Iterable), isinstance(Bag(), Sized), isinstance(Bag(), Mapping))
