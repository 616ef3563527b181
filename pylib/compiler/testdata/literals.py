# Digit separators and \N{...} escapes.
print(1_000_000, 0x_ff, 0xFF_FF, 0o_17, 0b_1010_1010, 1_0.5e1_0, 1_000.000_1, 1e1_0, (3_3j).imag == 33)
print(100_000 + 1, -1_0)
print("\N{BULLET} \N{EM DASH} \N{LATIN SMALL LETTER E WITH ACUTE}", len("\N{bullet}"))
print("\N{GRINNING FACE}" == "\U0001F600", "\N{CJK UNIFIED IDEOGRAPH-4E00}" == "\u4e00")
print(r"\N{BULLET}", "\\N{BULLET}", b"\N{BULLET}" == b"\\N{BULLET}")
print('''\N{QUOTATION MARK}\N{REVERSE SOLIDUS}''', "\N{APOSTROPHE}")
