"""The clusters coreference builds: one :class:`Entity` per person, organisation or group
in an article, and the :class:`Seen` entries that place its mentions on the article's
timeline, which pronouns and role nouns search backwards."""

from __future__ import annotations

from dataclasses import dataclass, field

from quotewire.types import Mention, SpeakerKind


@dataclass(slots=True)
class Entity:
    """One person, organisation or group in the article."""

    key: int
    name: str
    kind: SpeakerKind
    surname: str | None = None
    role: str | None = None
    gender: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    spoke: bool = False

    def take_role(self, role: str | None) -> None:
        """Keep the first role the article gives, unless it is the name's own surname: the
        tagger read it as a common noun ("Morales described ..." gave the role "Morales").
        A title the name kept in front ("King Mswati III", role "King") stays a role."""
        if self.role or not role:
            return
        after_first = set(self.name.lower().split()[1:])
        if set(role.lower().split()) <= after_first:
            return
        self.role = role

    def add_mention(self, mention: Mention) -> None:
        """Record a mention; one inside a longer recorded mention is the same words."""
        if any(m.start <= mention.start and mention.end <= m.end for m in self.mentions):
            return
        self.mentions = [
            m for m in self.mentions if not (mention.start <= m.start and m.end <= mention.end)
        ]
        self.mentions.append(mention)


@dataclass(slots=True)
class Seen:
    """An entity mention on the timeline."""

    offset: int
    sentence: int
    entity: Entity
    salience: float  # see :func:`~quotewire.speakers.antecedents.salience`
