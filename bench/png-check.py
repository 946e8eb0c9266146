#!/usr/bin/env python3
"""Decodes PNG files without Java (Python's zlib and a filter reversal of its own), checking every chunk's
CRC-32 and the zlib Adler-32, and compares the pixels of NAME.png with NAME-imageio.png in DIR (as
PngSizes writes them): ChartServe's encoder and the JDK's must give the same pixels.
usage: bench/png-check.py DIR"""
import pathlib
import struct
import sys
import zlib


def decode(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "signature"
    at, idat, header = 8, b"", None
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length:at + 12 + length])
        assert zlib.crc32(kind + body) & 0xFFFFFFFF == crc, f"{kind} CRC"
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 4 if colour == 6 else 3
    stride = width * bpp
    raw = zlib.decompress(idat)  # checks the Adler-32
    assert len(raw) == height * (stride + 1), "scanline bytes"
    prior, pixels = bytearray(stride), bytearray()
    for y in range(height):
        kind = raw[y * (stride + 1)]
        row = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = row[i - bpp] if i >= bpp else 0
            b = prior[i]
            c = prior[i - bpp] if i >= bpp else 0
            if kind == 0:
                p = 0
            elif kind == 1:
                p = a
            elif kind == 2:
                p = b
            elif kind == 3:
                p = (a + b) // 2
            elif kind == 4:
                q = a + b - c
                pa, pb, pc = abs(q - a), abs(q - b), abs(q - c)
                p = a if pa <= pb and pa <= pc else b if pb <= pc else c
            else:
                raise AssertionError(f"filter type {kind}")
            row[i] = (row[i] + p) & 255
        for x in range(width):
            pixels += row[x * bpp:x * bpp + 3] + (bytes([row[x * bpp + 3]]) if bpp == 4 else b"\xff")
        prior = row
    return width, height, colour, bytes(pixels)


def main():
    failed = 0
    for ours in sorted(pathlib.Path(sys.argv[1]).glob("*.png")):
        if ours.stem.endswith("-imageio"):
            continue
        theirs = ours.with_name(ours.stem + "-imageio.png")
        a, b = decode(ours.read_bytes()), decode(theirs.read_bytes())
        same = a[:2] == b[:2] and a[3] == b[3]
        failed += not same
        print(f"{ours.stem}: {a[0]}x{a[1]}, colour type {a[2]} (ImageIO's: {b[2]}), "
              f"{ours.stat().st_size} vs {theirs.stat().st_size} B: {'same pixels' if same else 'PIXELS DIFFER'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
