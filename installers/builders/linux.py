"""Linux: a .deb (dpkg-deb) and an AppImage folder, both from the PyInstaller bundle; the .deb's real-life test."""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from installers.builders.common import APP_ID, BUILD, DIST, INSTALLERS, fresh, log, run, tool, version

PACKAGE = "pixdesk"
PREFIX = Path("opt") / PACKAGE
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Libraries the bundle leaves to the system (pixdesk.spec, HOST_LIBRARIES) and what Qt loads from it (GL, EGL,
# xcb): present on any desktop, declared so that a minimal system gets them too. Names valid on Debian 12 and
# Ubuntu 22.04 to 24.04 (the "t64" names came with 24.04).
DEPENDS = ("libgl1", "libegl1", "libfontconfig1", "libfreetype6", "libx11-6", "libx11-xcb1", "libxcb1",
           "libdbus-1-3", "libglib2.0-0t64 | libglib2.0-0", "libpng16-16t64 | libpng16-16", "libexpat1",
           "zlib1g", "libstdc++6", "libssl3t64 | libssl3")
DESCRIPTION = """\
Pix certification sessions for exam centres
 PixDesk prepares Pix certification sessions (sites, rooms, invigilators,
 candidates imported from the platform's spreadsheet), prints the attendance
 sheet, the incident report form and the invigilator kit, follows the exam
 room offline and finalises sessions.
 .
 The program is installed in /opt/pixdesk; `pixdesk --self-test` checks it.
 Each user's data stays in ~/.local/share/PixDesk when the package is removed."""


def architecture() -> str:
    return run("dpkg", "--print-architecture").stdout.strip()


def minimum_glibc(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any shipped binary needs: the oldest system it runs on."""
    versions = set()
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and (".so" in path.name or os.access(path, os.X_OK)):
            listing = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
            versions.update(re.findall(r"GLIBC_(\d+\.\d+(?:\.\d+)?)", listing))
    return max(versions, key=lambda v: tuple(int(n) for n in v.split(".")))


def install_desktop_files(root: Path) -> None:
    """The desktop entry, AppStream metainfo and icons where the desktop and software centres look."""
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(INSTALLERS / "linux" / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(INSTALLERS / "linux" / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(INSTALLERS / "icons" / f"pixdesk-{size}.png", folder / f"{APP_ID}.png")


def build_deb(bundle: Path) -> Path:
    root = fresh(BUILD / "deb" / PACKAGE)
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(Path("/") / PREFIX / PACKAGE)
    install_desktop_files(root)
    doc = root / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text("PixDesk\nLicense: AGPL-3.0-or-later\n"
                                   "Bundled fonts: DejaVu (see /opt/pixdesk/_internal/pixdesk/resources/fonts).\n")
    installed_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    depends = ", ".join((f"libc6 (>= {minimum_glibc(bundle)})", *DEPENDS))
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {PACKAGE}\nVersion: {version()}\nSection: education\nPriority: optional\n"
        f"Architecture: {architecture()}\nMaintainer: PixDesk <pixdesk@example.org>\n"
        f"Installed-Size: {installed_kib}\nDepends: {depends}\nDescription: {DESCRIPTION}\n")
    for path in [root, *root.rglob("*")]:  # a umask of 077 on the build machine must not leak into the package
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    target = fresh(DIST / f"{PACKAGE}_{version()}_{architecture()}.deb")
    log(f"packing {target.name} (Depends: {depends})")
    run("dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", root, target)
    return target


def _pixdesk(*args: str, env: dict, display: str | None = None) -> subprocess.CompletedProcess:
    command = ["/usr/bin/pixdesk", *args]
    if display:  # a real X server: the xcb platform plugin and the libraries it loads
        command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *command]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


def _check(result: subprocess.CompletedProcess, what: str) -> str:
    if result.returncode != 0:
        raise SystemExit(f"build_installers: {what} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    log(f"{what}: ok")
    return result.stdout


# dpkg runs ldconfig and start-stop-daemon from the sbin folders, which a minimal PATH (env -i) leaves out.
ROOT_PATH = {**os.environ, "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
             "DEBIAN_FRONTEND": "noninteractive"}
# apt waits for a dpkg lock another install holds (another .ci/run installing its packages) instead of failing.
APT = ("apt-get", "-y", "-q", "-o", "DPkg::Lock::Timeout=900")
# One .deb test at a time on a machine: several checkouts running .ci/run at once would install over each other.
LOCK = Path("/run/lock/pixdesk-deb-test.lock")


@contextmanager
def machine_lock() -> Iterator[None]:
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with LOCK.open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log(f"another .deb test is running on this machine; waiting for {LOCK}")
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def test_deb(package: Path) -> None:
    """As a centre's IT would: install, self-test, open the window (offscreen, then on an X server without the
    system's libxcb-cursor0), remove; nothing of the package may stay behind. Needs root (dpkg)."""
    if os.geteuid() != 0:
        raise SystemExit("build_installers: --test installs the .deb and needs root")
    with machine_lock():
        _install_test_remove(package)


def _install_test_remove(package: Path) -> None:
    if subprocess.run(["dpkg", "-s", PACKAGE], capture_output=True, env=ROOT_PATH).returncode == 0:
        raise SystemExit(f"build_installers: {PACKAGE} is already installed here; remove it before testing")
    files = run("dpkg-deb", "--contents", package).stdout
    run(*APT, "install", "--no-install-recommends", package.resolve(), env=ROOT_PATH)  # as README tells centres
    try:
        with tempfile.TemporaryDirectory(prefix="pixdesk-deb-test-") as home:
            env = {"PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8"}
            out = _check(_pixdesk("--self-test", env=env), "installed pixdesk --self-test")
            log(out.strip().splitlines()[-1])
            shown = _check(_pixdesk("--smoke-test", "--json", env={**env, "QT_QPA_PLATFORM": "offscreen"}),
                           "window offscreen")
            assert json.loads(shown.splitlines()[-1])["platform"] == "offscreen"
            if tool("xvfb-run"):
                _check(_pixdesk("--smoke-test", "--json", env=env, display="xvfb"), "window on Xvfb (xcb)")
                _test_without_system_xcb_cursor(env)
            else:
                log("xvfb-run not installed: the xcb window was not tried")
    finally:
        run(*APT, "purge", PACKAGE, env=ROOT_PATH)
    remaining = []
    for line in files.splitlines():  # "-rw-r--r-- root/root 1234 date time ./opt/pixdesk/…" (links add "-> …")
        kind, path = line[0], line.split(" -> ")[0].split()[-1].lstrip(".")
        if (kind != "d" or path.startswith(f"/{PREFIX}")) and os.path.lexists(path):
            remaining.append(path)
    if remaining:
        raise SystemExit(f"build_installers: left behind after removal: {remaining[:10]}")
    log("removed cleanly: no file of the package is left")


def _test_without_system_xcb_cursor(env: dict) -> None:
    """The issue's case: a system without libxcb-cursor0. In a private mount namespace, the system's copy and the
    loader cache are hidden (bind-mounted over), so only the bundle's own copy can serve."""
    system_copies = [p for p in Path("/usr/lib").rglob("libxcb-cursor.so.0*") if not p.is_symlink()]
    if not system_copies or not tool("unshare"):
        log("libxcb-cursor0 not installed system-wide (or no unshare): the window test above already covered it")
        return
    hide = " && ".join(f"mount --bind /dev/null {p}" for p in [*system_copies, Path("/etc/ld.so.cache")])
    script = (f"{hide} && xvfb-run -a -s '-screen 0 1280x800x24' /usr/bin/pixdesk --smoke-test --json")
    result = subprocess.run(["unshare", "--mount", "sh", "-c", script], capture_output=True, text=True, env=env,
                            timeout=300)
    _check(result, "window on Xvfb without the system's libxcb-cursor0")


def build_appimage(bundle: Path, test: bool = False) -> Path:
    """The AppDir (AppRun, desktop entry, icon, metainfo, the bundle in usr/lib/pixdesk); the .AppImage file too
    when appimagetool is installed (it is in no package registry this build reaches)."""
    appdir = fresh(BUILD / "appimage" / "PixDesk.AppDir")
    shutil.copytree(bundle, appdir / "usr" / "lib" / PACKAGE, symlinks=True)
    shutil.copy2(INSTALLERS / "linux" / "AppRun", appdir / "AppRun")
    install_desktop_files(appdir)
    shutil.copy2(INSTALLERS / "linux" / f"{APP_ID}.desktop", appdir)
    shutil.copy2(INSTALLERS / "icons" / "pixdesk-256.png", appdir / f"{APP_ID}.png")
    (appdir / ".DirIcon").symlink_to(f"{APP_ID}.png")
    if test:
        with tempfile.TemporaryDirectory(prefix="pixdesk-appdir-test-") as home:
            env = {"PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
            result = subprocess.run([appdir / "AppRun", "--self-test"], capture_output=True, text=True, env=env)
            _check(result, "AppDir --self-test")
    appimagetool = tool("appimagetool")
    if not appimagetool:
        log("appimagetool not installed: AppDir only (build/appimage/PixDesk.AppDir); the release workflow makes "
            "the .AppImage")
        return appdir
    target = fresh(DIST / f"PixDesk-{version()}-{os.uname().machine}.AppImage")
    run(appimagetool, "--no-appstream", appdir, target, env={**os.environ, "ARCH": os.uname().machine})
    return target
