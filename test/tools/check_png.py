#!/usr/bin/env python3
"""check_png.py FILE - prints what a screenshot shows: its size, and whether its
pixels are more than one colour (a blank page is one). No imaging library needed."""
import struct, sys, zlib

data = open(sys.argv[1], 'rb').read()
if data[:8] != b'\x89PNG\r\n\x1a\n':
    sys.exit('not a PNG')
pos, idat, width, height = 8, b'', 0, 0
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b'IHDR':
        width, height = struct.unpack('>II', body[:8])
    elif kind == b'IDAT':
        idat += body
    pos += 12 + length
pixels = zlib.decompress(idat)
row = len(pixels) // height if height else 0
colours = {pixels[r * row + 1:(r + 1) * row] for r in range(0, height, max(1, height // 50))}
print(f'png {width}x{height}, {"varied" if len(colours) > 1 else "blank"}')
