import heapq
import random

h = []
for x in [5, 7, 9, 1, 3, 8, 2, 2, 6, 0, 4]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)

rng = random.Random(7)
for size in (0, 1, 2, 5, 10, 31):
    data = [rng.randrange(20) for _ in range(size)]
    heapq.heapify(data)
    print(data)
    if data:
        print(heapq.heapreplace(data, 10), data)
    print(heapq.heappushpop(data, 3), data)
    print(heapq.heappushpop(data, -1), data)

words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum", "lime"]
print(heapq.nsmallest(3, words), heapq.nlargest(3, words))
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(0, words), heapq.nlargest(-2, words), heapq.nsmallest(20, [3, 1, 2]))
print(heapq.nlargest(1, [(1, "a"), (3, "b"), (3, "c")], key=lambda t: t[0]))
print(heapq.nsmallest(2, iter([4, 1, 1, 0])), heapq.nlargest(2, (x % 5 for x in range(12))))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9], [])))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len)))
print(list(heapq.merge()), list(heapq.merge([1, 1], [1, 0.5])))

tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "ship"))
heapq.heappush(tasks, (1, "coffee"))
print([heapq.heappop(tasks) for _ in range(4)])
for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1)):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
