"""Build ``data/en/census_first_names.tsv``: the gender of common given names, from the US
Census Bureau's 1990 given-name frequency lists (public domain), as shipped by the PyPI package
``names`` (files ``dist.male.first`` and ``dist.female.first``).

    pip install --target /tmp/names names
    python scripts/build_census_first_names.py /tmp/names/names

A name on both lists is kept only when one gender accounts for at least 90 % of its bearers
(frequencies are percent of each sex's population, which are about equal). The names learned
from annotated pronouns (``first_names.json``) take precedence over these at run time.
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "src/quotewire/data/en/census_first_names.tsv"
CLEAR_MAJORITY = 0.9


def read_list(path: Path) -> dict[str, float]:
    """Name (lower case) -> percent of the population of that sex bearing it."""
    frequencies: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) >= 2:
            frequencies[fields[0].lower()] = float(fields[1])
    return frequencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder holding dist.male.first etc.")
    args = parser.parse_args()
    male = read_list(args.folder / "dist.male.first")
    female = read_list(args.folder / "dist.female.first")
    lines = ["# given name\tgender (US Census 1990 given-name lists; public domain)"]
    for name in sorted(male.keys() | female.keys()):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= CLEAR_MAJORITY * (m + f):
            lines.append(f"{name}\tmale")
        elif f >= CLEAR_MAJORITY * (m + f):
            lines.append(f"{name}\tfemale")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {len(lines) - 1} names")


if __name__ == "__main__":
    main()
