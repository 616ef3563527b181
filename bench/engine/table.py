ROWS = [(i, 'item%d' % i, i * 1.5, i % 3 == 0) for i in range(100)]


def bench():
    out = ['<table>']
    for i, name, price, flag in ROWS:
        out.append('<tr><td>%d</td><td>%s</td><td>%.2f</td><td>%s</td></tr>' % (i, name, price, 'yes' if flag else 'no'))
    out.append('</table>')
    return '\n'.join(out)
