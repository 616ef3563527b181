class AppError(Exception):
    pass
def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise AppError("cannot load " + key) from e
print("start")
load("config")
