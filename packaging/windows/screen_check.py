#!/usr/bin/env python3
"""What the screen really shows of the desktop application, for test_gui.sh (no Python packages beyond the
standard library, no X tools: libX11 through ctypes).

  screen_check.py capture OUT.png
      saves the whole X screen ($DISPLAY) as seen by the X server: what a person would see, whatever the program
      believes it drew (its own --screenshot goes through the Windows screen DC, which Wine fills differently).
  screen_check.py check PICTURE.png LABELS.txt [screen|window]
      LABELS.txt is the program's --describe output (src/gui/window_labels.h): every enabled control with a label
      and the list's rows must have dark (text) pixels where the program says they are, in PICTURE.png, a capture
      of the screen (screen, the default) or the program's own picture of its window (window: the picture starts
      at the window's outer corner). A transparent picture is seen as a viewer shows it: on white.
      Exits 1 naming the controls whose text is not on the picture.
"""
import ctypes
import struct
import sys
import zlib

DARK = 96  # a pixel of text: each of red, green and blue below this (the theme's frames and focus blue are lighter)
LIGHT = 160  # a pixel of the light background text stands on: each of red, green and blue above this


def capture(out):
    x = ctypes.CDLL("libX11.so.6")
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XDefaultRootWindow.restype = ctypes.c_ulong
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x.XDisplayWidth.argtypes = x.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]

    class XImage(ctypes.Structure):  # the leading fields of Xlib's XImage, up to bits_per_pixel
        _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                    ("format", ctypes.c_int), ("data", ctypes.POINTER(ctypes.c_ubyte)),
                    ("byte_order", ctypes.c_int), ("bitmap_unit", ctypes.c_int),
                    ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int),
                    ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int)]

    x.XGetImage.restype = ctypes.POINTER(XImage)
    x.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                            ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
    display = x.XOpenDisplay(None)
    if not display:
        sys.exit("screen_check.py: cannot open the X display")
    width, height = x.XDisplayWidth(display, 0), x.XDisplayHeight(display, 0)
    ZPIXMAP = 2
    image = x.XGetImage(display, x.XDefaultRootWindow(display), 0, 0, width, height, 0xFFFFFFFF, ZPIXMAP)
    if not image or image.contents.bits_per_pixel != 32:
        sys.exit("screen_check.py: the screen is not 24/32 bits deep (Xvfb -screen 0 WxHx24)")
    stride = image.contents.bytes_per_line
    raw = ctypes.string_at(image.contents.data, stride * height)
    rows = bytearray()
    for y in range(height):
        line = raw[y * stride:y * stride + width * 4]
        rgb = bytearray(width * 3)
        rgb[0::3], rgb[1::3], rgb[2::3] = line[2::4], line[1::4], line[0::4]  # little-endian BGRX
        rows += b"\0" + rgb
    write_png(out, width, height, bytes(rows))


def write_png(path, width, height, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b""))


def read_png(path):
    """(width, height, rgb rows): 8-bit RGB or RGBA, not interlaced; RGBA is laid on white as a viewer does."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", data[16:29])
    if depth != 8 or colour not in (2, 6) or interlace:
        sys.exit(f"{path}: not an 8-bit RGB(A) PNG without interlacing")
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    bpp = 4 if colour == 6 else 3
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif kind == 3:
            for i in range(stride):
                line[i] = (line[i] + ((line[i - bpp] if i >= bpp else 0) + prev[i]) // 2) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        if bpp == 4:
            alpha = line[3::4]
            rgb = bytearray(width * 3)
            for k in range(3):
                rgb[k::3] = bytes(255 - (255 - v) * a // 255 for v, a in zip(line[k::4], alpha))
            line = rgb
        rows.append(bytes(line))
    return width, height, rows


def dark_and_light_pixels(picture, rect):
    width, height, rows = picture
    x, y, w, h = rect
    dark = light = 0
    for row in rows[max(0, y):min(height, y + h)]:
        part = row[max(0, x) * 3:min(width, x + w) * 3]
        for i in range(0, len(part), 3):
            if max(part[i], part[i + 1], part[i + 2]) < DARK:
                dark += 1
            elif min(part[i], part[i + 1], part[i + 2]) > LIGHT:
                light += 1
    return dark, light


def check(picture_path, labels_path, origin="screen"):
    picture = read_png(picture_path)
    lines = [line.split("\t") for line in open(labels_path, encoding="utf-8").read().splitlines()]
    if not lines or lines[-1] != ["end"] or lines[0][0] != "frame":
        sys.exit(f"{labels_path}: not a complete --describe output")
    dx = dy = 0
    if origin == "window":  # the picture's corner is the window's outer corner
        dx, dy = (int(v) for v in lines[0][2].split()[:2])
    rows = [line[1:] for line in lines if line[0] == "row"]
    missing, checked = [], 0
    for line in lines:
        if line[0] not in ("button", "text", "choice", "check", "list") or line[2] != "enabled":
            continue
        x, y, w, h = (int(v) for v in line[1].split())
        label = line[3] if line[0] != "list" else " ".join(" ".join(r) for r in rows)
        letters = sum(1 for c in label if not c.isspace() and c not in ".,:;'")
        if letters == 0:
            continue
        found, light = dark_and_light_pixels(picture, (x - dx, y - dy, w, h))
        checked += 1
        # A letter of the 8-9 point interface font has some 8 to 20 dark pixels; fewer than 2 a letter is no text.
        # Dark text stands on a light background: a region mostly dark (a black screen, the window not yet
        # drawn) is no text either.
        print(f"{line[0]:7} {found:6} dark pixels for {letters:4} letters, {100 * light // max(1, w * h):3}% light: {label[:50]}")
        if found < 2 * letters or 3 * light < w * h:
            missing.append(f"{line[0]} \"{label[:60]}\" ({found} dark pixels for {letters} letters, "
                           f"{light} light of {w * h})")
    if checked == 0:
        sys.exit(f"{labels_path}: no control with a label to check")
    if missing:
        print(f"{picture_path}: text missing where the program shows it:\n  " + "\n  ".join(missing), file=sys.stderr)
        sys.exit(1)
    print(f"{picture_path}: the texts of all {checked} labelled controls are on the picture")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "capture":
        capture(sys.argv[2])
    elif len(sys.argv) in (4, 5) and sys.argv[1] == "check":
        check(*sys.argv[2:])
    else:
        sys.exit(__doc__)
