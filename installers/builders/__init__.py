"""The steps of scripts/build_installers.py, one module per platform (plus the PyInstaller bundle they share)."""
