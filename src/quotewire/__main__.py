"""``python -m quotewire`` runs the command line."""

from quotewire.cli import main

main()
