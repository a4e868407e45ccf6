#!/usr/bin/env python3
"""Draws the ParSeq window icon (an absorption edge with EXAFS wiggles on a blue tile) and the
pipelines' icons (the same edge for XAS, a peak on a green tile for the demo) as PNGs.

Run from the repository root: python3 tools/icons/make_icons.py. Only the standard library.
"""
import math
import struct
import zlib

SIZES = (16, 32, 48, 64, 128)
OUT = "bundles/org.parseq.app/icons/parseq-{}.png"
SUPERSAMPLE = 4
TILE = (31, 78, 121)
CURVE = (255, 255, 255)


def edge(x):
    """A normalised absorption spectrum: flat pre-edge, a step, damped oscillations."""
    step = 1 / (1 + math.exp(-(x - 0.35) * 40))
    wiggle = 0.18 * math.sin((x - 0.35) * 38) * math.exp(-(x - 0.35) * 3) if x > 0.35 else 0
    return 0.18 + 0.55 * step + wiggle * step


def peak(x):
    """A Gaussian peak on a flat background: the demo pipeline's synthetic data."""
    return 0.2 + 0.6 * math.exp(-0.5 * ((x - 0.5) / 0.09) ** 2)


def pixel(size, px, py, curve=edge, tile=TILE):
    """Colour of one supersampled point, with transparency outside the rounded tile."""
    u, v = px / size, py / size
    r = 0.18
    dx = max(r - u, 0, u - (1 - r))
    dy = max(r - v, 0, v - (1 - r))
    if dx * dx + dy * dy > r * r:
        return (0, 0, 0, 0)
    x = 0.1 + 0.8 * u
    y = 1 - v
    thickness = 0.045 + 0.5 / size
    if abs(curve(x) - y) < thickness:
        return CURVE + (255,)
    return tile + (255,)


def render(size, curve=edge, tile=TILE):
    rows = []
    n = SUPERSAMPLE
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(n):
                for sx in range(n):
                    c = pixel(size * n, x * n + sx + 0.5, y * n + sy + 0.5, curve, tile)
                    for i in range(4):
                        acc[i] += c[i] * (c[3] if i < 3 else 255)
            # acc[0..2] are alpha-weighted colours, acc[3] the summed alpha (times 255).
            alpha = acc[3] / (n * n * 255 * 255)
            if alpha == 0:
                row += bytes(4)
            else:
                row += bytes(min(255, int(acc[i] * 255 / acc[3])) for i in range(3))
                row += bytes([min(255, int(round(alpha * 255)))])
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


for size in SIZES:
    with open(OUT.format(size), "wb") as out:
        out.write(png(size, render(size)))

PIPELINE_ICONS = (
    ("pipelines/org.parseq.xas/icons/xas-{}.png", edge, TILE),
    ("pipelines/org.parseq.demo/icons/demo-{}.png", peak, (46, 125, 50)),
)
for pattern, curve, tile in PIPELINE_ICONS:
    for size in (16, 32):
        with open(pattern.format(size), "wb") as out:
            out.write(png(size, render(size, curve, tile)))
