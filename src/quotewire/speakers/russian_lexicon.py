"""The Russian attribution lexicon: the word lists of ``data/ru/lexicon.toml``, read once.

Cue verbs, «по словам»-phrases, pronouns, role and document nouns: what the quote finder
(:mod:`quotewire.quotes.russian`, ``russian_constructions``, ``russian_cues``,
``russian_clauses``, ``russian_documents``, ``russian_boundaries``, ``russian_colons``,
``russian_topics``) and the speaker book (:mod:`quotewire.speakers.russian`,
``russian_antecedents``) look words up in.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from quotewire.data_files import data_toml, word_lists
from quotewire.errors import DataFileError

_GENDERS = {"masculine": "masc", "feminine": "fem", "plural": "plur"}
_CUE_LISTS = (
    "speech", "impersonal", "naming", "comparing", "topical", "requests", "addressing", "opinions",
    "statements", "captions", "characterising", "negation_asserts", "quoting", "citing",
    "calls_for", "word_nouns", "commentary_nouns",
    "commentary_giving", "exclaiming",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class RussianLexicon:
    speech: frozenset[str]
    impersonal: frozenset[str]
    naming: frozenset[str]
    comparing: frozenset[str]
    topical: frozenset[str]
    requests: frozenset[str]
    addressing: frozenset[str]
    opinions: frozenset[str]
    statements: frozenset[str]
    captions: frozenset[str]
    characterising: frozenset[str]
    negation_asserts: frozenset[str]
    quoting: frozenset[str]
    citing: frozenset[str]
    word_nouns: frozenset[str]  # «слово»: the words cited or introduced
    commentary_nouns: frozenset[str]  # «посвятил … комментарий:»: the verb introduces a colon
    commentary_giving: frozenset[str]  # the verbs that give such a comment
    calls_for: frozenset[str]
    exclaiming: frozenset[str]  # «крикнул «…»»: the quotation right after is the object
    according_to: tuple[tuple[str, str], ...]
    relating: tuple[tuple[str, ...], ...]
    idioms: dict[str, str]  # verb lemma -> the infinitive that makes it a cue
    next_cue_joiners: frozenset[str]
    pointing_back: frozenset[str]  # «об этом», «о данном …»
    bare_next_cue_joiners: frozenset[str]
    that_words: frozenset[str]  # «, что …», «, будто …»: a reported clause opens
    consequences: frozenset[str]  # «, поэтому …» after a request: the narrator's
    subordinate_openers: frozenset[str]  # «, как …», «, когда …»: a clause with its own subject
    pronouns: dict[str, str]  # word -> "masc" | "fem" | "plur"
    in_it: frozenset[str]  # «в нём / в ней»
    roles: frozenset[str]
    women_occupations: frozenset[str]  # «журналистка»: a bare one is the one woman named
    men_occupations: frozenset[str]  # «политик»: a bare one is the one man named
    other_markers: frozenset[str]  # «другая журналистка» is not the woman named
    documents: frozenset[str]
    registers: frozenset[str]
    standing_in: frozenset[str]
    generic_documents: frozenset[str]
    document_acts: dict[str, frozenset[str]]  # «поздравление» -> {«поздравить», …}


@lru_cache(maxsize=1)
def russian_lexicon() -> RussianLexicon:
    """The word lists of ``data/ru/lexicon.toml``."""
    data = data_toml("ru/lexicon.toml")
    pronouns = {w: gender for gender in ("masculine", "feminine", "plural")
                for w in data["pronouns"][gender]}  # fmt: skip
    return word_lists(
        "ru/lexicon.toml",
        RussianLexicon,
        table=data,
        keys={
            **{name: f"cues.{name}" for name in _CUE_LISTS},
            "next_cue_joiners": "phrases.next_cue_joiners",
            "pointing_back": "phrases.pointing_back",
            "bare_next_cue_joiners": "phrases.bare_next_cue_joiners",
            "that_words": "phrases.that_words",
            "consequences": "phrases.consequences",
            "subordinate_openers": "phrases.subordinate_openers",
            "in_it": "pronouns.in_it",
        },
        according_to=tuple(tuple(p.split()) for p in data["phrases"]["according_to"]),
        relating=tuple(tuple(p.split()) for p in data["phrases"]["relating"]),
        idioms=dict(_verb_and_infinitive(p) for p in data["cues"]["idioms"]),
        pronouns={w: _GENDERS[g] for w, g in pronouns.items()},
        roles=_yo_as_ye(data["roles"]["nouns"]),
        documents=_yo_as_ye(data["roles"]["documents"]),
        registers=_yo_as_ye(data["roles"]["registers"]),
        standing_in=_yo_as_ye(data["roles"]["standing_in"]),
        generic_documents=_yo_as_ye(data["roles"]["generic_documents"]),
        women_occupations=_yo_as_ye(data["roles"]["women_occupations"]),
        men_occupations=_yo_as_ye(data["roles"]["men_occupations"]),
        other_markers=_yo_as_ye(data["roles"]["other_markers"]),
        document_acts={
            noun: frozenset(verbs)
            for noun, *verbs in (p.split() for p in data["roles"]["document_acts"])
        },
    )


def _verb_and_infinitive(idiom: str) -> tuple[str, str]:
    """«давать понять» → («давать», «понять»); an idiom of another shape is a bad edit to
    ``cues.idioms``, reported by file and key."""
    words = idiom.split()
    if len(words) != 2:
        reason = f"{idiom!r} is not a verb and an infinitive"
        raise DataFileError("ru/lexicon.toml", "cues.idioms", reason)
    return words[0], words[1]


def _yo_as_ye(words: list[str]) -> frozenset[str]:
    """The words with «ё» written «е», as pymorphy writes the lemmas they are compared with
    («режиссёрша» is lemmatised «режиссерша»), so the file can spell them properly."""
    return frozenset(word.replace("ё", "е") for word in words)
