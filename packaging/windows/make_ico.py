#!/usr/bin/env python3
"""Writes the Windows icon (.ico) of Herstelspiegel from the PNG sizes of data/icons/png.

Each size is stored as PNG inside the .ico, as Windows (Vista and later), Wine and NSIS read them: the icon
of the program in Explorer and the taskbar, of its start-menu entry and of the installer. Run by the build
(packaging/windows/WindowsResources.cmake), so the repository keeps only the PNGs.

    make_ico.py <out.ico> <png>...
"""
import struct
import sys

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        sys.exit(f"{path}:1: not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    if not (1 <= width <= 256 and 1 <= height <= 256):
        sys.exit(f"{path}:1: an icon image is at most 256x256 pixels, this one is {width}x{height}")
    return width, height, data


def main(argv):
    if len(argv) < 3:
        sys.exit("usage: make_ico.py <out.ico> <png>...")
    images = sorted((read_png(p) for p in argv[2:]), key=lambda image: image[0])
    # ICONDIR, then one ICONDIRENTRY per image (a size of 256 is written as 0), then the images themselves.
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for width, height, data in images:
        entries += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    with open(argv[1], "wb") as f:
        f.write(header + entries + blobs)


if __name__ == "__main__":
    main(sys.argv)
