import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=2))
print(bisect.bisect_right(a, 2, lo=4, hi=None))
b = []
for x in [5, 1, 4, 1, 3, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
print(b, [type(v).__name__ for v in b])
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1])
bisect.insort_left(recs, ("e", 3), key=lambda r: r[1])
print(recs)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 99, 77, 70, 89, 90, 100)])
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
words = ["apple", "banana", "cherry"]
print(bisect.bisect_left(words, "b"), bisect.bisect_right(words, "banana"))
