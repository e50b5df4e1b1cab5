"""Render the application icon from resources/icons/pixdesk.svg into what each platform wants:
installers/icons/pixdesk-<size>.png (Linux hicolor theme, AppImage), pixdesk.ico (Windows) and pixdesk.icns (macOS).

    python scripts/make_icons.py

Qt draws the SVG (offscreen, no display needed), Pillow (a reportlab dependency) writes the .ico container, this script
the .icns one. The outputs are committed, so that building an installer needs no rendering step; run this again after
changing the SVG (a test checks the committed files are the ones this script makes from it)."""

from __future__ import annotations

import io
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "pixdesk.svg"
OUT = ROOT / "installers" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int):
    """The SVG drawn at `size` pixels, as a Pillow image."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(SVG.read_bytes())).render(painter, QRectF(0, 0, size, size))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


# Apple's icon types holding PNG data: (type, pixel size), 1x and 2x for 16 to 512 points.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))


def png_bytes(image) -> bytes:
    data = io.BytesIO()
    image.save(data, format="PNG", optimize=True)
    return data.getvalue()


def icns(pngs: dict[int, bytes]) -> bytes:
    """The .icns container: a header, then one (type, length, PNG) chunk per size (Pillow's writer skips 16 and 32
    at 1x, which Finder's list view shows)."""
    chunks = b"".join(kind.encode() + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                      for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def make_icons(out: Path = OUT) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs it to paint
    out.mkdir(parents=True, exist_ok=True)
    images = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    written = []
    for size in PNG_SIZES:
        path = out / f"pixdesk-{size}.png"
        images[size].save(path, optimize=True)
        written.append(path)
    # Each size drawn from the vector, not scaled down from the largest: small sizes stay crisp.
    largest = images[max(ICO_SIZES)]
    largest.save(out / "pixdesk.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    (out / "pixdesk.icns").write_bytes(icns({size: png_bytes(images[size]) for size in ICNS_SIZES}))
    written += [out / "pixdesk.ico", out / "pixdesk.icns"]
    return written


if __name__ == "__main__":
    for path in make_icons():
        print(path.relative_to(ROOT))
