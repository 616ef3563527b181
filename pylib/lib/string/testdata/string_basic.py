import string
from string import Template

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits',
             'punctuation', 'printable', 'whitespace']:
    print(name, repr(getattr(string, name)))
print(string.capwords('  hello   wORLD  foo '), string.capwords('a-b-c', '-'), repr(string.capwords('')))

s = Template('$who likes $what')
print(s.substitute(who='tim', what='kung pao'))
print(s.substitute({'who': 'tim', 'what': 'ham'}))
print(s.substitute({'who': 'tim', 'what': 'ham'}, what='eggs'))
print(Template("$user owes $$${amount} to ${whom}").substitute(user='ann', amount=3.5, whom='bob'))
print(Template('${a}b $a_b $$a $ab').safe_substitute(a=1))
t(lambda: Template('$who likes $what').substitute(who='x'))
t(lambda: Template('abc $ def').substitute())
t(lambda: Template('line1\nab $1').substitute())
t(lambda: Template('$').substitute())
t(lambda: Template('${a').substitute(a=1))
print(Template('abc $ def $x').safe_substitute())
print(Template('$x and ${y} $$').get_identifiers(), Template('$x $').is_valid(), Template('$x').is_valid())
print(Template('$é $x').safe_substitute(x=1))
print(Template('$ABC').substitute(ABC=2))

class Percent(Template):
    delimiter = '%'

print(Percent('%who owes %%%amount').substitute(who='a', amount=1))

class Braced(Template):
    braceidpattern = r'[a-z.]+'

print(Braced('${a.b} $a').substitute({'a.b': 1, 'a': 2}))
print(s.template, Template.delimiter, Template.pattern.pattern == Template('').pattern.pattern)
