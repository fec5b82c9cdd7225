"""One name per news organisation, whichever way an input names it.

The samples say ``"outlet": "Wikinews"``, corpus records give only a URL on en.wikinews.org,
an aggregator writes "The Associated Press", a credit line "(AP) -": counted by the name the
input gives, one site was two outlets. ``data/outlets.toml`` lists each organisation's
canonical name, its hosts and other names (with the wire services' credit-line names of
``data/syndication.toml``), and every place that credits or counts an outlet (extraction's
outlet of an article, the statement index's outlet key, syndication credits, the ``--outlet``
filter) goes through ``canonical_outlet``. It also finds the outlet an article credits for a
quote in its own words ("..., Reuters reported", "According to AP, ... said"):
``reported_around``. Only the quote's sentence counts: an article that takes one fact
"according to The Guardian" has not taken its quotes from The Guardian.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quotewire.data_files import data_toml
from quotewire.read.ids import url_host


@dataclass(frozen=True, slots=True)
class Outlets:
    """The known news organisations: folded names and hosts to the canonical name."""

    by_name: dict[str, str]
    by_host: dict[str, str]
    names: dict[str, tuple[str, ...]]  # canonical name -> every name and host, folded
    reported: tuple[re.Pattern[str], ...]
    written: dict[str, str]  # a name as written (case kept) -> the canonical name


@lru_cache(maxsize=1)
def outlets() -> Outlets:
    """Load ``data/outlets.toml`` and the agencies of ``data/syndication.toml``."""
    table = data_toml("outlets.toml")
    agencies: dict[str, list[str]] = data_toml("syndication.toml")["agencies"]
    written: dict[str, str] = {}
    by_host: dict[str, str] = {}
    for name in sorted(set(table["outlets"]) | set(agencies)):
        entry = table["outlets"].get(name, {})
        for alias in (name, *agencies.get(name, ()), *entry.get("aliases", ())):
            written.setdefault(alias, name)
        for host in entry.get("hosts", ()):
            by_host[host.casefold()] = name
    by_name = {alias.casefold(): name for alias, name in written.items()}
    names: dict[str, set[str]] = {}
    for key, name in [*by_name.items(), *by_host.items()]:
        names.setdefault(name, set()).add(key)
    alternation = "|".join(re.escape(a) for a in sorted(written, key=len, reverse=True))
    outlet = f"(?P<outlet>{alternation})"
    reported = tuple(
        re.compile(pattern.replace("{outlet}", outlet)) for pattern in table["credits"]["patterns"]
    )
    return Outlets(
        by_name, by_host, {k: tuple(sorted(v)) for k, v in names.items()}, reported, written
    )


def known_outlet(name: str | None) -> str | None:
    """The canonical name of a known news organisation named ``name`` (a name, an alias or a
    host), else ``None``."""
    if not name or not name.strip():
        return None
    known = outlets()
    folded = " ".join(name.split()).casefold()
    if folded in known.by_name:
        return known.by_name[folded]
    host = folded.removeprefix("www.")
    while "." in host:
        if host in known.by_host:
            return known.by_host[host]
        host = host.partition(".")[2]  # uk.reuters.com -> reuters.com
    return None


def canonical_outlet(outlet: str | None, url: str | None = None) -> str | None:
    """Who printed an article, by one name: the outlet the input names (a known
    organisation's canonical name, else as given), else the organisation its URL's host
    belongs to, else the host."""
    if outlet and outlet.strip():
        return known_outlet(outlet) or outlet
    host = url_host(url)
    return known_outlet(host) or host


def outlet_spellings(outlet: str) -> tuple[str, ...]:
    """Every folded name and host a filter on ``outlet`` should match: all of a known
    organisation's, else the outlet itself."""
    name = known_outlet(outlet)
    if name is None:
        return (" ".join(outlet.split()).casefold(),)
    return outlets().names[name]


_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s|$)|\n")


def reported_around(text: str, start: int, end: int) -> str | None:
    """The known outlet the sentence around ``text[start:end]`` (a quote) credits, outside the
    quote's own words: "'We will not yield,' he said, Reuters reported." -> "Reuters"."""
    left = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
    # From the quote's last character: a quote that ends its sentence ('... in Europe."')
    # ends the search there, as does a full stop right after it.
    after = _SENTENCE_END.search(text, max(start, end - 1))
    right = after.end() if after else len(text)
    found = reported_by(f"{text[left:start]} \u2026 {text[end:right]}")
    return found[0] if found else None


def reported_by(text: str) -> tuple[str, ...]:
    """The known outlets the text credits in its own words ("Reuters reported", "according to
    the Associated Press"), canonical names in order of first mention."""
    known = outlets()
    found: dict[int, str] = {}
    for pattern in known.reported:
        for match in pattern.finditer(text):
            found.setdefault(match.start("outlet"), known.written[match.group("outlet")])
    return tuple(dict.fromkeys(found[start] for start in sorted(found)))
