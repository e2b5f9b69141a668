"""The app's icons: small line drawings in resources/icons, drawn in the palette's colours.

The SVGs say `currentColor`; Qt's SVG renderer would draw that black, which a dark
theme cannot show. Each icon is rendered here with the palette's text colour (and
its disabled text colour for a disabled button), so it follows the platform's
light or dark style.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from dordtwest_desktop.paths import resource

APP_ICON = "nl.dordrecht.DordtWestAlliantie"
SIZES = (16, 20, 24, 32, 48)


def app_icon() -> QIcon:
    """The app's own icon (coloured, as the desktop file names it)."""
    return QIcon(str(resource("icons", f"{APP_ICON}.svg")))


def icon(name: str, sizes: tuple[int, ...] = SIZES) -> QIcon:
    """resources/icons/NAME.svg in the palette's text colour, drawn at `sizes`.

    Qt picks the nearest drawing for the size it shows; a widget that shows its
    icons at one fixed size needs that one only (the window's navigation: seven
    icons at every size took 12 ms of the start).
    """
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return _icon(name, normal.name(), disabled.name(), sizes)


@cache
def _icon(name: str, normal: str, disabled: str, sizes: tuple[int, ...]) -> QIcon:
    text = resource("icons", f"{name}.svg").read_text(encoding="utf-8")
    result = QIcon()
    for colour, mode in ((normal, QIcon.Mode.Normal), (disabled, QIcon.Mode.Disabled)):
        renderer = QSvgRenderer(QByteArray(text.replace("currentColor", colour).encode()))
        for size in sizes:
            result.addPixmap(_render(renderer, size), mode)
    return result


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    # Sharp on a high-density screen: drawn at the screen's scale, shown at `size`.
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    image = QImage(round(size * ratio), round(size * ratio), QImage.Format.Format_ARGB32)
    image.fill(QColor(Qt.GlobalColor.transparent))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
