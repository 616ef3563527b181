import html
import html.entities
from html import escape, unescape

print(escape("<a href=\"x\">Tom & 'Jerry'</a>"))
print(escape("<a href=\"x\">Tom & 'Jerry'</a>", quote=False))
print(escape("<é>", False), escape(""), escape("plain"))
cases = [
    "&amp; &lt; &gt; &quot; &#39; &#x27; &apos;",
    "&amp &lt &gt &copy &copyx &notit; &notin; &not &ampx; &AMP; &Aacute &aacute;",
    "&#65;&#x41;&#X41;&#0065 &#x; &#; &# &#xZZ &#9999999999999999999; &#xD800; &#x110000;",
    "&#0; &#13; &#128; &#x80; &#x81; &#150; &#159; &#1; &#x7f; &#xfdd0; &#xffff; &#x10ffff; &#x1fffe;",
    "&unknown; &zz &; & &&amp; a&b &#x26;amp;",
    "&NotNestedGreaterGreater; &nGtv; &acE; &fjlig;",
    "&éacute; &amp;é &ampé &lt;&lt",
    "&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;",
    "no references at all",
    "&ltabc &gtx &quot",
]
for c in cases:
    print(repr(unescape(c)))
print(len(html.entities.html5), html.entities.html5["amp;"], html.entities.name2codepoint["eacute"])
print(html.entities.codepoint2name[233], html.entities.entitydefs["lt"])
for bad in [lambda: escape(3), lambda: unescape(3), lambda: escape()]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
