"""The web interface and JSON API over a quotewire store (``quotewire serve``)."""

from quotewire.web.app import create_app

__all__ = ["create_app"]
