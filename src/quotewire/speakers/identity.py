"""One person entity per real person, across articles.

Input: the speakers of many articles (``SpeakerRecord``: the name an article resolved, its role,
the article's date). Output: ``SpeakerEntity`` objects with every name variant, roles with the
dates they were reported, the article speakers that belong, and the evidence of each merge.

Persons are grouped by the folded surname; inside a group

1. full names are joined when their given names match (same, a transliteration or nickname
   variant, an initial, or rapidfuzz similarity) and their middle names do not contradict;
   different given names or middle initials are a cannot-link, and links are taken strongest
   first (``constrained_union``), so "George Bush" cannot chain George W. and George H. W.;
2. a bare surname ("Lavrov", "FM Lavrov") joins a person only when that is settled: the only
   person of that surname, or the only one whose reported role matches. Otherwise it stays a
   separate, ambiguous entity ("Clinton" when both Bill and Hillary Clinton are known);
3. a description of an unnamed person ("a spokesman", "NATO spokesman") is one entity only
   within its article; so is a body named by a common noun ("the government", "police",
   "officials": some article writes it in lower case), while a named one ("the Kremlin",
   "Amnesty International") is one entity across articles.

User corrections (``Rule``) are applied after the automatic merging, every time, so they
survive re-ingest. Each group's result depends only on its records, not on their order.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from rapidfuzz import fuzz

from quotewire.speakers.name_tokens import ARTICLES
from quotewire.speakers.names import (
    PersonName,
    given_names_match,
    knowledge,
    middles_conflict,
    parse_name,
)
from quotewire.statements.constrained import constrained_union
from quotewire.statements.normalise import stable_hash_hex

ROLE_SIMILARITY = 90.0
_DETERMINERS = frozenset({*ARTICLES, "another", "one", "some", "his", "her", "its", "their"})
RuleKind = Literal["merge", "split"]
# Distinct written names remembered parsed (a bound, so memory stays flat on any corpus).
PARSED_NAMES = 16_384


@dataclass(frozen=True, slots=True)
class SpeakerRecord:
    """One speaker of one article."""

    article_id: str
    speaker_id: str
    name: str
    kind: str = "person"
    role: str | None = None
    published: str | None = None

    @property
    def ref(self) -> tuple[str, str]:
        return (self.article_id, self.speaker_id)


@dataclass(frozen=True, slots=True)
class Rule:
    """A user's correction: ``merge`` two names' entities, or ``split`` a name off an entity."""

    kind: RuleKind
    left: str
    right: str


@dataclass(slots=True)
class RoleSpan:
    role: str
    first: str | None
    last: str | None

    def to_dict(self) -> dict[str, str | None]:
        return {"role": self.role, "first": self.first, "last": self.last}


@dataclass(slots=True)
class SpeakerEntity:
    """One real person (or organisation) with the evidence that its records are one."""

    id: str
    name: str
    kind: str
    variants: dict[str, int]
    roles: list[RoleSpan]
    members: list[tuple[str, str]]
    evidence: list[str] = field(default_factory=list)
    ambiguous: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "variants": dict(self.variants),
            "roles": [r.to_dict() for r in self.roles],
            "articles": len({a for a, _ in self.members}),
            "evidence": list(self.evidence),
            "ambiguous": self.ambiguous,
        }


@lru_cache(maxsize=PARSED_NAMES)
def _parsed(written: str) -> PersonName:
    """``parse_name``, once per distinct written name. Resolving a surname group parses each
    record's name several times (grouping, variants, entity id, shown names, roles), and every
    resolution re-reads the group's records, so the same few names come back again and again:
    ~9 parses per distinct name in an ingest of 1,200 articles. ``PersonName`` is frozen."""
    return parse_name(written)


def group_key(name: str, kind: str = "person") -> str:
    """Records can only be one entity when they share this key (the folded surname)."""
    if kind != "person":
        return "org:" + " ".join(name.casefold().removeprefix("the ").split())
    return "person:" + _parsed(name).surname_key


def resolve_identities(
    records: Iterable[SpeakerRecord], rules: Sequence[Rule] = ()
) -> list[SpeakerEntity]:
    """Merge speaker records into entities, then apply the user's rules in order."""
    groups: dict[str, list[SpeakerRecord]] = {}
    for record in records:
        groups.setdefault(group_key(record.name, record.kind), []).append(record)
    clusters: list[tuple[list[SpeakerRecord], list[str], bool]] = []
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda r: (r.article_id, r.speaker_id))
        if key.startswith("org:"):
            if any(not _is_name_word(r.name.split()[-1]) for r in members):
                clusters.extend(_descriptions_apart(members))
            else:
                clusters.append((members, [], False))
            continue
        named = [r for r in members if not is_description(r.name)]
        clusters.extend(_resolve_group(named) if named else [])
        clusters.extend(_descriptions_apart(r for r in members if is_description(r.name)))
    clusters = _apply_rules(clusters, rules)
    entities = sorted((_entity(*c) for c in clusters), key=lambda e: (e.id, e.members))
    for previous, entity in itertools.pairwise(entities):
        if entity.id == previous.id.split("~")[0]:
            # A user's split can leave two entities with one spelling key: tell them apart by
            # their first record, which no order of arrival changes.
            entity.id += "~" + stable_hash_hex("/".join(entity.members[0]))[:6]
    return sorted(entities, key=lambda e: (e.name.casefold(), e.id))


def is_description(name: str) -> bool:
    """An unnamed person ("a spokesman", "the White House spokesman", "NATO spokesman"): the
    name has a determiner or ends in a lower-case word, so it names a role, not a person."""
    words = name.split()
    return bool(words) and (words[0].casefold() in _DETERMINERS or not _is_name_word(words[-1]))


def _is_name_word(word: str) -> bool:
    """A capitalised word, or a surname joined to a lower-case particle ("al-Zawahiri",
    "el-Sisi"; the particles of ``data/en/name_variants.toml``): it ends a person's name, not
    a description, so "Ayman al-Zawahiri" of two articles is one person."""
    if word[:1].isupper():
        return True
    particle, _, rest = word.replace("\u2019", "'").replace("'", "-").partition("-")
    return particle.casefold() in knowledge().particles and rest[:1].isupper()


def _descriptions_apart(
    records: Iterable[SpeakerRecord],
) -> list[tuple[list[SpeakerRecord], list[str], bool]]:
    """Descriptions are one entity only within one article: two articles' "a spokesman" are not
    known to be the same person, and "A police spokesman" is not "A military spokesman"."""
    by_mention: dict[tuple[str, str], list[SpeakerRecord]] = {}
    for record in records:
        key = (record.article_id, " ".join(record.name.casefold().split()))
        by_mention.setdefault(key, []).append(record)
    return [(members, [], False) for _, members in sorted(by_mention.items())]


def _resolve_group(
    records: list[SpeakerRecord],
) -> list[tuple[list[SpeakerRecord], list[str], bool]]:
    parsed = {r.ref: _parsed(r.name) for r in records}
    example = {parsed[r.ref].key(): parsed[r.ref] for r in reversed(records)}
    variants = sorted({parsed[r.ref].key() for r in records if not parsed[r.ref].is_bare})
    links, cannot, reasons = _variant_links(variants, example)
    vague = _underspecified(links, cannot)
    definite = [v for v in variants if v not in vague]
    kept_links = [(a, b) for _, a, b in links if a not in vague and b not in vague]
    kept_cannot = [(a, b) for a, b in cannot if a not in vague and b not in vague]
    part_of = constrained_union(definite, kept_links, kept_cannot)
    parts: dict[str, list[SpeakerRecord]] = {}
    evidence: dict[str, list[str]] = {}
    unsettled: list[SpeakerRecord] = []
    pending: list[SpeakerRecord] = []
    for record in records:
        key = parsed[record.ref].key()
        if key in part_of:
            parts.setdefault(part_of[key], []).append(record)
        else:
            pending.append(record)
    for a, b in kept_links:
        if part_of[a] == part_of[b]:
            evidence.setdefault(part_of[a], []).append(reasons[(a, b)])
    for key, part in parts.items():
        spellings = sorted({parsed[r.ref].full for r in part if not parsed[r.ref].is_bare})
        if len(spellings) > 1:
            evidence.setdefault(key, []).append("written as " + " / ".join(spellings))
    for record in pending:
        name = parsed[record.ref]
        fits = {part_of[b] for _, a, b in links if a == name.key() and b in part_of}
        fits |= {part_of[a] for _, a, b in links if b == name.key() and a in part_of}
        candidates = parts if name.is_bare else {k: parts[k] for k in fits}
        target, why = _settle(record, name, candidates, parsed)
        if target is None:
            unsettled.append(record)
        else:
            parts[target].append(record)
            evidence.setdefault(target, []).append(f"{record.name} ({record.article_id}): {why}")
    result = [(members, evidence.get(key, []), False) for key, members in sorted(parts.items())]
    result += _unsettled_groups(unsettled, parsed, ambiguous=bool(parts))
    return result


def _underspecified(
    links: list[tuple[tuple[int, str, str], str, str]], cannot: list[tuple[str, str]]
) -> set[str]:
    """Full names that fit two people who cannot be one ("George Bush": W. or H. W.?)."""
    linked: dict[str, set[str]] = {}
    for _, a, b in links:
        linked.setdefault(a, set()).add(b)
        linked.setdefault(b, set()).add(a)
    apart = set(cannot) | {(b, a) for a, b in cannot}
    vague = set()
    for variant, others in linked.items():
        if any((x, y) in apart for x in others for y in others):
            vague.add(variant)
    return vague


def _unsettled_groups(
    records: list[SpeakerRecord],
    parsed: dict[tuple[str, str], PersonName],
    *,
    ambiguous: bool,
) -> list[tuple[list[SpeakerRecord], list[str], bool]]:
    """Names that could not be settled: one entity per written (folded) name."""
    by_key: dict[str, list[SpeakerRecord]] = {}
    for record in records:
        by_key.setdefault(parsed[record.ref].key(), []).append(record)
    return [(members, [], ambiguous) for _, members in sorted(by_key.items())]


def _variant_links(
    variants: list[str], example: dict[str, PersonName]
) -> tuple[list[tuple[tuple[int, str, str], str, str]], list[tuple[str, str]], dict]:
    """Links between full-name variants (strongest first) and the pairs that cannot be one."""
    links = []
    cannot = []
    reasons: dict[tuple[str, str], str] = {}
    for i, a in enumerate(variants):
        for b in variants[i + 1 :]:
            left, right = example[a], example[b]
            same, why = given_names_match(str(left.given), str(right.given))
            if not same or middles_conflict(left, right):
                cannot.append((a, b))
                continue
            initial = left.given_is_initial or right.given_is_initial
            strength = 0 if initial else (2 if left.middles == right.middles else 1)
            order = (-strength, a, b)
            links.append((order, a, b))
            reasons[(a, b)] = f"{left.full} ~ {right.full}: {why}"
    links.sort()
    return links, cannot, reasons


def _settle(
    record: SpeakerRecord,
    name: PersonName,
    parts: dict[str, list[SpeakerRecord]],
    parsed: dict[tuple[str, str], PersonName],
) -> tuple[str | None, str]:
    """Which person a bare or vague name is, when that is settled; else ``(None, reason)``."""
    if not parts:
        return None, "no full name known"
    if len(parts) == 1:
        return next(iter(parts)), f"the only {name.surname} it can be"
    role = name.role or record.role
    if not role:
        return None, "several people fit the name"
    matching = [
        key
        for key, members in parts.items()
        if any(_roles_match(role, r.role or parsed[r.ref].role) for r in members)
    ]
    if len(matching) == 1:
        return matching[0], f"role {role} matches"
    return None, "several people fit the name and the role"


def _roles_match(left: str | None, right: str | None) -> bool:
    if not left or not right:
        return False
    return fuzz.token_set_ratio(left.casefold(), right.casefold()) >= ROLE_SIMILARITY


def _apply_rules(
    clusters: list[tuple[list[SpeakerRecord], list[str], bool]], rules: Sequence[Rule]
) -> list[tuple[list[SpeakerRecord], list[str], bool]]:
    for rule in rules:
        clusters = _split(clusters, rule) if rule.kind == "split" else _merge(clusters, rule)
    return clusters


def _names_of(records: Iterable[SpeakerRecord]) -> set[str]:
    names = set()
    for record in records:
        names.add(record.name.casefold())
        names.add(_parsed(record.name).full.casefold())
    return names


def _targets(clusters: list, reference: str) -> list[int]:
    """Which clusters a rule's name means: the entity of that name or id, else any entity that
    has it as a variant."""
    ref = reference.casefold()
    exact = [
        i
        for i, (members, _, _) in enumerate(clusters)
        if ref in (_display_name(members).casefold(), _entity_id(members).casefold())
    ]
    if exact:
        return exact
    return [i for i, (members, _, _) in enumerate(clusters) if ref in _names_of(members)]


def _split(clusters: list, rule: Rule) -> list:
    targets = set(_targets(clusters, rule.left))
    result = []
    for index, (members, evidence, ambiguous) in enumerate(clusters):
        if index not in targets:
            result.append((members, evidence, ambiguous))
            continue
        target = rule.right.casefold()
        off = [r for r in members if target in _names_of([r])]
        kept = [r for r in members if target not in _names_of([r])]
        note = f"user split {rule.right} off {rule.left}"
        if kept:
            result.append((kept, [*evidence, note], ambiguous))
        if off:
            result.append((off, [note], False))
    return result


def _merge(clusters: list, rule: Rule) -> list:
    left, right = set(_targets(clusters, rule.left)), set(_targets(clusters, rule.right))
    right -= left
    if not left or not right:
        return clusters
    chosen = [clusters[i] for i in sorted(left | right)]
    rest = [c for i, c in enumerate(clusters) if i not in left | right]
    members = [r for c in chosen for r in c[0]]
    evidence = [e for c in chosen for e in c[1]] + [f"user merged {rule.left} and {rule.right}"]
    return [*rest, (members, evidence, False)]


def _entity_id(members: list[SpeakerRecord]) -> str:
    """Named by the smallest full-name key, so the id stays when more records join."""
    if members[0].kind != "person":
        return "sp-" + stable_hash_hex("org:" + members[0].name.casefold())[:12]
    names = [_parsed(r.name) for r in members]
    full = sorted(n.key() for n in names if not n.is_bare)
    key = full[0] if full else "bare:" + min(n.key() for n in names)
    return "sp-" + stable_hash_hex(key)[:12]


def _shown_names(members: list[SpeakerRecord]) -> Counter[str]:
    kind = members[0].kind
    return Counter(_parsed(r.name).full if kind == "person" else r.name for r in members)


def _display_name(members: list[SpeakerRecord]) -> str:
    """The most used full name (ties: the longer, then alphabetical)."""
    shown = _shown_names(members)
    full_names = [n for n in shown if " " in n] or list(shown)
    return sorted(full_names, key=lambda n: (-shown[n], -len(n), n))[0]


def _entity(members: list[SpeakerRecord], evidence: list[str], ambiguous: bool) -> SpeakerEntity:
    kind = members[0].kind
    shown = _shown_names(members)
    name = _display_name(members)
    variants = Counter(r.name for r in members)
    for variant, count in shown.items():
        variants.setdefault(variant, count)
    return SpeakerEntity(
        id=_entity_id(members),
        name=name,
        kind=kind,
        variants=dict(sorted(variants.items())),
        roles=_roles(members),
        members=sorted(r.ref for r in members),
        evidence=sorted(set(evidence)),
        ambiguous=ambiguous,
    )


def _roles(members: list[SpeakerRecord]) -> list[RoleSpan]:
    spans: dict[str, RoleSpan] = {}
    for record in members:
        role = record.role
        if role is None and record.kind == "person":
            role = _parsed(record.name).role
        if not role:
            continue
        span = spans.setdefault(role, RoleSpan(role, record.published, record.published))
        if record.published:
            span.first = min(filter(None, (span.first, record.published)))
            span.last = max(filter(None, (span.last, record.published)))
    return sorted(spans.values(), key=lambda s: (s.first or "", s.role))
