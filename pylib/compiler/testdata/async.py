# async def and await, driven by hand (no event loop).
async def one():
    return 1


async def add(a, b=2):
    x = await one()
    y = await one() + await one()
    return a + b + x + y


async def nested(): return await add(10)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine yielded")


class Sleep:
    def __await__(self):
        yield "tick"
        return "slept"


async def sleeper():
    r = await Sleep()
    return r


print("ok")
print(run(one()), run(add(1)), run(nested()))
c = sleeper()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
