"""Pictures made in the test, of any size, without storing them: PNG and SVG."""

from __future__ import annotations

import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int, rows: bool = True) -> bytes:
    """A grey PNG. Its pixels compress to almost nothing, so a huge one is a small file: a
    pixel bomb. With `rows=False` the image data is left out (enough for a header check)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    if rows:
        compressor = zlib.compressobj(9)
        row = b"\0" + b"\x80" * width
        data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    else:
        data = zlib.compress(b"")
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", data)
            + _chunk(b"IEND", b""))


def svg(body: str, extra: str = "") -> bytes:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'viewBox="0 0 100 100" {extra}>{body}</svg>').encode()


def use_bomb(levels: int = 9) -> bytes:
    """Each level draws the one below ten times: 10**levels shapes from a 2 KB file."""
    body = '<g id="l0"><circle r="1"/></g>'
    for i in range(1, levels + 1):
        body += f'<g id="l{i}">' + "".join(f'<use xlink:href="#l{i - 1}"/>' for _ in range(10)) + "</g>"
    return svg(f'<defs>{body}</defs><use xlink:href="#l{levels}"/>')
