import calendar, time
print(calendar.timegm(time.gmtime(1700000000)), calendar.monthrange(2024, 2), calendar.isleap(2000), calendar.month_name[2], calendar.day_abbr[0], list(calendar.month_abbr)[:3])
print(calendar.monthcalendar(2023, 11), calendar.weekday(2023, 11, 14))
