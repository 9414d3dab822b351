"""Small status icons as PNG (standard library only: zlib + struct).

Every opaque pixel has exactly the legend colour; the edge is anti-aliased through alpha only,
so the colour an engine samples is the colour recorded in the expected JSON.
"""
import struct
import zlib


def _chunk(kind, data):
	body = kind + data
	return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def circle_png(colour, size, square=False):
	r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
	rows = []
	centre = (size - 1) / 2.0
	radius = size / 2.0 - 0.5
	for y in range(size):
		row = bytearray([0])
		for x in range(size):
			if square:
				alpha = 255 if size * 0.1 <= x < size * 0.9 and size * 0.1 <= y < size * 0.9 else 0
			else:
				d = ((x - centre) ** 2 + (y - centre) ** 2) ** 0.5
				alpha = int(max(0.0, min(1.0, radius - d + 0.5)) * 255)
			row += bytes((r, g, b, alpha))
		rows.append(bytes(row))
	raw = b"".join(rows)
	header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
	return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b"")
