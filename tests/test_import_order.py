"""Every module imports on its own, first: an import cycle shows only when one of its modules
is the first to be imported (``speakers.identity`` before ``statements`` was one), so each
module is imported into a fresh set of quotewire modules."""

from __future__ import annotations

import subprocess
import sys

_SCRIPT = """
import importlib, pkgutil, sys
import quotewire
walk = pkgutil.walk_packages(quotewire.__path__, "quotewire.")
names = sorted(m.name for m in walk if not m.name.endswith(".__main__"))  # __main__ runs the CLI
failed = []
for name in names:
    for loaded in [m for m in sys.modules if m == "quotewire" or m.startswith("quotewire.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as error:  # noqa: BLE001 - reported below
        failed.append(f"{name}: {type(error).__name__}: {error}")
print(len(names))
print("\\n".join(failed))
sys.exit(1 if failed else 0)
"""


def test_each_module_imports_first() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert int(result.stdout.split()[0]) > 100  # the walk found the package's modules
