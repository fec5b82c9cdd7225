"""A reported part that ends in a coordinator: the parser opened a coordination inside it but
hung the conjunct somewhere else.

"Pate claimed that he's not backing any particular candidate, *and* in addition to a private
meeting ..., he also hosted Bush" — the parser makes "and" a dependent of "backing" (the
reported verb) but hangs "hosted" on the cue "claimed"; "to talk about the Southern border
*and* how many Syrians can easily slip through" hangs "slip" on the main verb. The subtree of
the reported dependent then stops at the bare "and". The coordinator says the conjunct that
follows it belongs to the reported part, so it is reported with it — unless that conjunct is
an attribution of its own ("... said Clinton is honest and trustworthy, *and* three-quarters
said the same of Sanders") or continues the cue's own sentence (a verb without a subject
inflected like the cue: "said that X and vowed to ..."), in which case only the stray
coordinator goes.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from quotewire.quotes.content_ends import finite_tag, has_subject, without_closing_punctuation


def with_dangling_conjunct(
    cue: Token, tokens: list[Token], is_speech: Callable[[str], bool]
) -> list[Token]:
    """``tokens`` (a reported dependent, in order) with the conjunct its closing coordinator
    announces, or without that coordinator when the conjunct is not reported with it (see the
    module docstring). ``is_speech`` tells the verbs of saying, which report on their own."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 2:
        return tokens
    coordinator = words[-1]
    inside = {t.i for t in tokens}
    if coordinator.dep_ != "cc" or coordinator.head.i not in inside:
        return tokens
    kept = [t for t in tokens if t.i < coordinator.i]
    conjunct = _conjunct_after(coordinator)
    if conjunct is None or conjunct.i in inside or _reports_on_its_own(cue, conjunct, is_speech):
        return kept
    added = list(coordinator.doc[coordinator.i : conjunct.right_edge.i + 1])
    return kept + without_closing_punctuation(added)


def _conjunct_after(coordinator: Token) -> Token | None:
    """The head of the phrase that starts right after ``coordinator`` in its sentence: the
    highest token whose subtree begins there."""
    doc = coordinator.doc
    if coordinator.i + 1 >= len(doc) or doc[coordinator.i + 1].sent != coordinator.sent:
        return None
    start = coordinator.i + 1
    word = doc[start]
    while word.head != word and word.head.left_edge.i == start:
        word = word.head
    return None if word.is_punct else word


def _reports_on_its_own(cue: Token, conjunct: Token, is_speech: Callable[[str], bool]) -> bool:
    """Whether the conjunct is an attribution of its own (a verb of saying) or a verb that
    continues the cue's sentence (no subject, inflected like the cue)."""
    if is_speech(conjunct.lower_):
        return True
    verb = conjunct.pos_ in ("VERB", "AUX")
    return verb and not has_subject(conjunct) and finite_tag(conjunct) == finite_tag(cue)
