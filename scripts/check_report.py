#!/usr/bin/env python3
"""Checks a rendered HTML report: the page must not be blank and the browser must log no
console message. Reads Chromium's stderr log and the PNG screenshot it wrote; also checks the
HTML itself has no script and loads nothing from the network. Python standard library only.

Usage: check_report.py REPORT.html SCREENSHOT.png CHROMIUM_LOG
Exit status 0 when every check passes, 1 otherwise; prints one line per finding.
"""
import re
import struct
import sys
import zlib
from collections import Counter

# A page is blank when fewer than this share of pixels differ from the dominant colour.
MIN_INK_FRACTION = 0.005
# Channel difference (0-255) above which a pixel counts as different from the background.
INK_THRESHOLD = 24


def read_png(path):
    """Returns (width, height, channels, rows) of an 8-bit non-interlaced PNG; rows are bytes."""
    with open(path, "rb") as handle:
        data = handle.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    position, idat, header = 8, [], None
    while position < len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        kind = data[position + 4:position + 8]
        chunk = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat.append(chunk)
        elif kind == b"IEND":
            break
    if header is None:
        raise ValueError("PNG without IHDR")
    width, height, depth, colour_type, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour_type)
    if depth != 8 or channels is None or interlace != 0:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour_type}, "
                         f"interlace {interlace})")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, previous = [], bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], raw[start + 1:start + 1 + stride]
        if kind == 0:
            row = bytes(line)
        elif kind == 2:  # Up
            row = bytes((a + b) & 0xFF for a, b in zip(line, previous))
        else:
            row = bytearray(line)
            for i in range(stride):
                left = row[i - channels] if i >= channels else 0
                up = previous[i]
                if kind == 1:  # Sub
                    predictor = left
                elif kind == 3:  # Average
                    predictor = (left + up) // 2
                elif kind == 4:  # Paeth
                    upper_left = previous[i - channels] if i >= channels else 0
                    estimate = left + up - upper_left
                    pa, pb = abs(estimate - left), abs(estimate - up)
                    pc = abs(estimate - upper_left)
                    predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else upper_left)
                else:
                    raise ValueError(f"bad PNG filter {kind} on row {y}")
                row[i] = (row[i] + predictor) & 0xFF
            row = bytes(row)
        rows.append(row)
        previous = row
    return width, height, channels, rows


def ink_fraction(width, height, channels, rows):
    """Share of pixels whose colour differs from the most common colour by > INK_THRESHOLD."""
    colour_channels = 3 if channels >= 3 else 1
    counts = Counter()
    for row in rows:
        for x in range(0, width * channels, channels):
            counts[row[x:x + colour_channels]] += 1
    background, _ = counts.most_common(1)[0]
    ink = 0
    for colour, count in counts.items():
        if max(abs(a - b) for a, b in zip(colour, background)) > INK_THRESHOLD:
            ink += count
    return ink / float(width * height), len(counts), background


def static_findings(html):
    """Things a self-contained report must not contain."""
    findings = []
    if not html.strip():
        findings.append("the HTML file is empty")
    if re.search(r"<script\b", html, re.IGNORECASE):
        findings.append("the HTML contains a <script> element")
    for pattern, what in [
        (r"<(?:img|link|iframe|object|embed|audio|video|source)\b[^>]*\b(?:src|href)\s*=\s*"
         r"[\"']?(?:https?:)?//", "an element that loads from the network"),
        (r"@import", "a CSS @import"),
        (r"url\(\s*[\"']?(?:https?:)?//", "a CSS url() from the network"),
        (r"@font-face", "a web font (@font-face)"),
    ]:
        if re.search(pattern, html, re.IGNORECASE):
            findings.append(f"the HTML contains {what}")
    return findings


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    html_path, png_path, log_path = argv[1:]
    failures = []
    with open(html_path, encoding="utf-8", errors="replace") as handle:
        html = handle.read()
    charts = len(re.findall(r"<svg\b", html))
    tables = len(re.findall(r"<table\b", html))
    size = len(html.encode("utf-8"))
    print(f"report: {html_path} ({size} bytes, {charts} svg charts, {tables} tables)")
    failures += static_findings(html)

    with open(log_path, encoding="utf-8", errors="replace") as handle:
        log = handle.read()
    console = [line for line in log.splitlines() if ":CONSOLE" in line]
    print(f"console messages: {len(console)}")
    for line in console:
        failures.append("console: " + line.split("] ", 1)[-1])

    try:
        width, height, channels, rows = read_png(png_path)
        fraction, colours, background = ink_fraction(width, height, channels, rows)
        print(f"screenshot: {png_path} {width}x{height}, {colours} colours, "
              f"{fraction * 100:.2f}% of pixels differ from the background "
              f"#{background.hex().upper()}")
        if fraction < MIN_INK_FRACTION:
            failures.append(f"blank page: only {fraction * 100:.3f}% of pixels differ from the "
                            f"background (need {MIN_INK_FRACTION * 100:.1f}%)")
    except (OSError, ValueError, zlib.error) as error:
        failures.append(f"cannot read the screenshot {png_path}: {error}")

    for failure in failures:
        print("FAIL: " + failure)
    print("check-report: " + ("FAILED" if failures else "ok"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
