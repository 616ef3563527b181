import time
for s in [1700000000, 0, 951782400, -86400*400, 4102444800]:
    print(time.gmtime(s), list(time.gmtime(s)[:6]))
    print(time.strftime("%Y/%m/%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %c %x %X %G %V %u %%", time.gmtime(s)))
print(time.strptime("14/11/2023 09:05", "%d/%m/%Y %H:%M"))
print(time.mktime(time.localtime(1700000000)), time.asctime(time.gmtime(0)))
print(type(time.time()), time.monotonic() >= 0, time.timezone, time.tzname)
