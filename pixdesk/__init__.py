"""PixDesk: the desktop companion of Pix certification centres."""

__version__ = "0.1.0"
APP_NAME = "PixDesk"
APP_AUTHOR = "PixDesk"
