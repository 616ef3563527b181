"""Heap queue algorithm on plain lists, a[k] <= a[2k+1] and a[k] <= a[2k+2] (gowsgi's heapq)."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check(heap, name):
    if not isinstance(heap, list):
        raise TypeError('%s() argument 1 must be list, not %s' % (name, type(heap).__name__))


def _toward_root(heap, start, pos):
    # Move heap[pos] up while it is smaller than its parent, stopping at index start.
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _to_leaf(heap, pos):
    # Bottom-up sift: walk the smaller child up to a leaf, then put heap[pos] there and let it
    # rise (fewer comparisons than stopping early; the layout matches CPython's heaps).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _toward_root(heap, start, pos)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check(heap, 'heappush')
    heap.append(item)
    _toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, keeping the heap invariant."""
    _check(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _to_leaf(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (the heap must not be empty)."""
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _to_leaf(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item, faster than the two calls."""
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _to_leaf(heap, 0)
    return item


def heapify(x):
    """Turn list x into a heap, in place, in linear time."""
    _check(x, 'heapify')
    for i in reversed(range(len(x) // 2)):
        _to_leaf(x, i)


class _Keyed:
    # An entry of merge/nsmallest/nlargest: ordered by (key, tiebreak) only, never by value.
    __slots__ = ('k', 'order', 'value', 'rest')

    def __init__(self, k, order, value, rest=None):
        self.k = k
        self.order = order
        self.value = value
        self.rest = rest

    def __lt__(self, other):
        if self.k < other.k:
            return True
        if other.k < self.k:
            return False
        return self.order < other.order


class _Reversed(_Keyed):
    __slots__ = ()

    def __lt__(self, other):
        if other.k < self.k:
            return True
        if self.k < other.k:
            return False
        return self.order < other.order


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted iterator (stable: equal items keep input order)."""
    entry = _Reversed if reverse else _Keyed
    heap = []
    for order, it in enumerate(iterables):
        it = iter(it)
        for value in it:
            heap.append(entry(value if key is None else key(value), order, value, it))
            break
    heapify(heap)
    while heap:
        top = heap[0]
        yield top.value
        for value in top.rest:
            top.value = value
            top.k = value if key is None else key(value)
            _to_leaf(heap, 0)
            break
        else:
            heappop(heap)


def _select(n, iterable, key, entry):
    # Keep the best n entries in a heap whose root is the worst of them.
    if n <= 0:
        return []
    heap = []
    for order, value in enumerate(iterable):
        item = entry(value if key is None else key(value), order, value)
        if len(heap) < n:
            heappush(heap, item)
        elif heap[0] < item:
            heapreplace(heap, item)
    heap.sort(reverse=True)
    return [e.value for e in heap]


class _Worse(_Keyed):
    # Heap order for nsmallest: the largest key (then the latest input) is at the root.
    __slots__ = ()

    def __lt__(self, other):
        if other.k < self.k:
            return True
        if self.k < other.k:
            return False
        return other.order < self.order


class _Smaller(_Keyed):
    # Heap order for nlargest: the smallest key (then the latest input) is at the root.
    __slots__ = ()

    def __lt__(self, other):
        if self.k < other.k:
            return True
        if other.k < self.k:
            return False
        return other.order < self.order


def nsmallest(n, iterable, key=None):
    """The n smallest elements of iterable, smallest first (ties in input order)."""
    return _select(n, iterable, key, _Worse)


def nlargest(n, iterable, key=None):
    """The n largest elements of iterable, largest first (ties in input order)."""
    return _select(n, iterable, key, _Smaller)
