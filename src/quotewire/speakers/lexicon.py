"""Word lists about people, loaded once: honorifics, roles, pronouns, organisation nouns and
nouns for messages from ``data/en/people.toml``; the gender of given names from
``data/en/first_names.json`` (learned by ``scripts/train_cue_lexicon.py``) and
``data/en/census_first_names.tsv`` (built by ``scripts/build_census_first_names.py``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from quotewire.data_files import data_text, data_toml, word_lists


@dataclass(frozen=True, slots=True)
class PeopleLexicon:
    honorifics: frozenset[str]
    post_nominals: frozenset[str]
    male_honorifics: frozenset[str]
    female_honorifics: frozenset[str]
    roles: frozenset[str]
    male_roles: frozenset[str]
    female_roles: frozenset[str]
    pronoun_class: dict[str, str]
    referring_pronouns: frozenset[str]
    organisation_nouns: frozenset[str]
    media_nouns: frozenset[str]
    indefinite_determiners: frozenset[str]
    name_breakers: frozenset[str]
    message_nouns: frozenset[str]
    message_parts: frozenset[str]
    sentence_adverbs: frozenset[str]
    permission_verbs: frozenset[str]
    partitives: frozenset[str]
    people_pronouns: frozenset[str]
    universal_pronouns: frozenset[str]
    approximators: frozenset[str]
    rank_prefixes: frozenset[str]
    mood_adjectives: frozenset[str]
    office_taking_participles: frozenset[str]
    platforms: frozenset[str]
    family_names_first: frozenset[str]
    first_names: dict[str, str]

    def is_person_noun(self, word: str) -> bool:
        """Whether a common noun names a person: a role ("spokesman", "senator") or a word
        that tells a gender ("woman")."""
        low = word.lower()
        return low in self.roles or self.gender_of_word(low) is not None

    def is_plural_person_noun(self, word: str) -> bool:
        """Whether a word is the plural of a person noun ("attorneys", "reporters"), read off
        its ending: the pipeline loads no lemmatizer."""
        low = word.lower()
        return low.endswith("s") and self.is_person_noun(low[:-1])

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
        """'male' / 'female' for a given name: learned from annotated pronoun mentions, else
        from the census list."""
        return self.first_names.get(given_name.lower())

    def gender_of_full_name(self, words: list[str]) -> str | None:
        """The gender a name of several words tells by its first word, unless that word is a
        family name written first ("Ma Ngok": "Ma" is a woman's given name in the census
        list, a man's family name here)."""
        if len(words) < 2 or words[0].lower() in self.family_names_first:
            return None
        return self.gender_of_name(words[0])


@lru_cache(maxsize=1)
def load_people_lexicon() -> PeopleLexicon:
    raw = data_toml("en/people.toml")
    return word_lists(
        "en/people.toml",
        PeopleLexicon,
        table=raw,
        keys={
            "media_nouns": "organisations.media",
            "indefinite_determiners": "organisations.indefinite_determiners",
        },
        pronoun_class={w: cls for cls, words in raw["pronouns"].items() for w in words},
        organisation_nouns=frozenset(raw["organisations"]["nouns"] + raw["organisations"]["media"]),
        first_names=json.loads(data_text("en/first_names.json"))["names"]
        | _census_first_names(data_text("en/census_first_names.tsv")),
    )


def _census_first_names(table: str) -> dict[str, str]:
    """Given name -> gender from the census list, for the ordinary people news quotes. It takes
    precedence over the names learned from the annotated corpus, which add the names the census
    lacks ("Megyn", "Khizr") but inherit the errors of the gold's automatic coreference (they
    had "Jane" and "Gloria" as men)."""
    rows = (line.split("\t") for line in table.splitlines() if not line.startswith("#"))
    return {row[0]: row[1] for row in rows if len(row) == 2}
