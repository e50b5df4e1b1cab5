"""Run-time hook, in place of PyInstaller's own for PySide6 (pixdesk.spec swaps them).

PyInstaller's hook imports QtCore before the program starts, to register an embedded qt.conf: about 50 ms on
every `pixdesk` command, though the command line never uses Qt and PySide6's PyPI build registers that qt.conf
itself when QtCore loads. This sets the same paths and leaves Qt to load when the window opens (the macOS
OpenSSL path the original adds is for QtNetwork, which the bundle leaves out)."""

import os
import sys


def _point_qt_at_the_bundle() -> None:
    windows = sys.platform.startswith("win")
    qt = os.path.join(sys._MEIPASS, "PySide6") if windows else os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")
    if windows:
        os.environ["PATH"] = os.pathsep.join(filter(None, (sys._MEIPASS, os.environ.get("PATH"))))


_point_qt_at_the_bundle()
del _point_qt_at_the_bundle
