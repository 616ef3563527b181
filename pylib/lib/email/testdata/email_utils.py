import calendar, email.utils, time, datetime
from email.utils import formatdate
print(calendar.timegm(time.gmtime(1700000000)), calendar.monthrange(2024, 2), calendar.isleap(2000), calendar.month_name[2], calendar.day_abbr[0], list(calendar.month_abbr)[:3])
print(email.utils.formatdate(1700000000, usegmt=True), formatdate(1700000000), formatdate(0, localtime=True))
print(email.utils.format_datetime(datetime.datetime(2020,1,2,3,4,5, tzinfo=datetime.timezone.utc)))
print(email.utils.parsedate_to_datetime("Tue, 14 Nov 2023 22:13:20 GMT"), repr(email.utils.parsedate_to_datetime("Tue, 14 Nov 2023 22:13:20 +0530")))
print(email.utils.parsedate("Tue, 14 Nov 2023 22:13:20 GMT"), email.utils.mktime_tz(email.utils.parsedate_tz("Tue, 14 Nov 2023 22:13:20 -0100")))
print(email.utils.quote('a"b\\c'), email.utils.parseaddr("Joe <joe@x.org>"), email.utils.formataddr(("Joe", "j@x")))
print(calendar.monthcalendar(2023, 11), calendar.weekday(2023, 11, 14))
