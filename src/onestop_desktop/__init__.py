"""OneStop Desktop: encrypted case files for a crime-victim one-stop support center."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("onestop-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "OneStop"
