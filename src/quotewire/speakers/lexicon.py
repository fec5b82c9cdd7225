"""Word lists about people, loaded once: honorifics, roles, pronouns and organisation nouns
from ``data/en/people.toml``; the gender of given names from ``data/en/first_names.json``
(learned by ``scripts/train_cue_lexicon.py``)."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class PeopleLexicon:
    honorifics: frozenset[str]
    male_honorifics: frozenset[str]
    female_honorifics: frozenset[str]
    roles: frozenset[str]
    male_roles: frozenset[str]
    female_roles: frozenset[str]
    pronoun_class: dict[str, str]
    referring_pronouns: frozenset[str]
    organisation_nouns: frozenset[str]
    name_breakers: frozenset[str]
    first_names: dict[str, str]

    def gender_of_word(self, word: str) -> str | None:
        """'male' / 'female' when a word (honorific, role noun, pronoun) tells it."""
        low = word.lower()
        if low in self.male_honorifics or low in self.male_roles:
            return "male"
        if low in self.female_honorifics or low in self.female_roles:
            return "female"
        pronoun = self.pronoun_class.get(low)
        return pronoun if pronoun in ("male", "female") else None

    def gender_of_name(self, given_name: str) -> str | None:
        """'male' / 'female' for a given name learned from annotated pronoun mentions."""
        return self.first_names.get(given_name.lower())


@lru_cache(maxsize=1)
def load_people_lexicon() -> PeopleLexicon:
    data = resources.files("quotewire.data").joinpath("en")
    raw = tomllib.loads(data.joinpath("people.toml").read_text(encoding="utf-8"))
    return PeopleLexicon(
        honorifics=frozenset(raw["honorifics"]),
        male_honorifics=frozenset(raw["male_honorifics"]),
        female_honorifics=frozenset(raw["female_honorifics"]),
        roles=frozenset(raw["roles"]),
        male_roles=frozenset(raw["male_roles"]),
        female_roles=frozenset(raw["female_roles"]),
        pronoun_class={w: cls for cls, words in raw["pronouns"].items() for w in words},
        referring_pronouns=frozenset(raw["referring_pronouns"]),
        organisation_nouns=frozenset(raw["organisations"]["nouns"]),
        name_breakers=frozenset(raw["name_breakers"]),
        first_names=json.loads(data.joinpath("first_names.json").read_text(encoding="utf-8"))[
            "names"
        ],
    )
