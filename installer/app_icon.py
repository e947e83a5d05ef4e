"""The program icon, drawn in code so that no image editor or binary file is needed to rebuild it.

A teal rounded square with a white medical cross and a code bar, written as PNG (Linux), ICO (Windows) and
ICNS (macOS). ICO and ICNS both hold the PNG itself, which every supported Windows and macOS reads.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

SIZE = 256
TEAL = (0, 121, 107)
WHITE = (255, 255, 255)
AMBER = (255, 193, 7)


def _inside_rounded(x: float, y: float, left: float, top: float, right: float, bottom: float, radius: float) -> bool:
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius**2 and left <= x <= right and top <= y <= bottom


def _colour_at(x: float, y: float) -> tuple[int, int, int, int]:
    s = SIZE
    if not _inside_rounded(x, y, 8, 8, s - 8, s - 8, 48):
        return (0, 0, 0, 0)
    bar = 0.16 * s
    centre = 0.42 * s
    in_cross = (abs(x - s / 2) <= bar / 2 and abs(y - centre) <= 0.26 * s) or (
        abs(y - centre) <= bar / 2 and abs(x - s / 2) <= 0.26 * s
    )
    if in_cross:
        return (*WHITE, 255)
    if _inside_rounded(x, y, 0.22 * s, 0.76 * s, 0.78 * s, 0.84 * s, 0.04 * s):
        return (*AMBER, 255)
    return (*TEAL, 255)


def icon_png() -> bytes:
    """The icon as a SIZE×SIZE RGBA PNG, edges smoothed by 2×2 supersampling."""
    offsets = (0.25, 0.75)
    rows = []
    for y in range(SIZE):
        row = bytearray(b"\x00")  # PNG filter type "none"
        for x in range(SIZE):
            samples = [_colour_at(x + dx, y + dy) for dx in offsets for dy in offsets]
            alpha = sum(s[3] for s in samples)
            if alpha == 0:
                row += b"\x00\x00\x00\x00"
                continue
            # Colour weighted by coverage, so that a half-covered edge pixel is not darkened.
            row += bytes(round(sum(s[i] * s[3] for s in samples) / alpha) for i in range(3))
            row.append(round(alpha / len(samples)))
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


def icon_ico(png: bytes) -> bytes:
    """A Windows .ico with one 256×256 PNG image (width and height 0 mean 256)."""
    return struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", 0, 0, 0, 0, 1, 32, len(png), 6 + 16) + png


def icon_icns(png: bytes) -> bytes:
    """A macOS .icns with one 256×256 PNG image (type ic08)."""
    entry = b"ic08" + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(entry)) + entry


def write_icons(folder: Path) -> dict[str, Path]:
    """Write coder-assist.png, .ico and .icns into ``folder``; return their paths by extension."""
    folder.mkdir(parents=True, exist_ok=True)
    png = icon_png()
    paths = {}
    for ext, data in (("png", png), ("ico", icon_ico(png)), ("icns", icon_icns(png))):
        paths[ext] = folder / f"coder-assist.{ext}"
        paths[ext].write_bytes(data)
    return paths
