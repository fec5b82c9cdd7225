"""quotewire: who said what, when, on what occasion, and who reported it first."""

from __future__ import annotations

__version__ = "0.1.0"
