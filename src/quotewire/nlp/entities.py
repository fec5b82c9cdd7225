"""The model's entity recogniser, decoded for a whole batch of Docs at a time.

spaCy's greedy decoder steps through every token of every Doc in a loop compiled with Cython
3, asking each of the recogniser's 74 moves whether it is valid, one by one; those checks (with
thread-state bookkeeping on every token access) cost more than the recogniser's network: about
a fifth of all the CPU of extraction. The recogniser's moves (BILUO: Begin, In, Last, Unit,
Out) each consume one token, so all Docs of a batch stand at the same token on every step, and
which moves are valid depends only on whether an entity is open (and its label), whether the
next token is the last or starts a sentence, and whether this token is a space. So one step of
the whole batch is a handful of array operations over the same network outputs, computed by
the functions spaCy's decoder uses (``precompute_hiddens`` and the output layer), with the same
choice (the first highest-scoring valid move): the same entities at half the cost.

Memory: spaCy's own ``model.predict`` runs the recogniser's token-to-vector network over the
whole batch and keeps every layer's activations (its backpropagation closures, ~15 KB a token)
until the batch is decoded, in reference cycles that only the cyclic garbage collector frees.
Here the network runs over slices of at most ``NETWORK_BATCH_TOKENS`` and only its output
(64 floats a token) and the precomputed hiddens (~1.5 KB a token) are kept for the decoding.

Where that reasoning does not hold (another architecture, beam search, classes the model never
saw, Docs with entities set beforehand) the recogniser runs as spaCy runs it; so it does for a
batch where too few Docs run side by side for a step to cost less than spaCy's loop.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import numpy as np
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.ml.parser_model import precompute_hiddens
from spacy.tokens import Doc, Span

_BEGIN, _IN, _LAST, _UNIT, _OUT = range(5)
_MOVES = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT}
# Tokens decoded together: about what ``nlp.pipe`` holds for a batch of 32 news articles.
MAX_BATCH_TOKENS = 16_384
# Below this many Docs running per step on average, spaCy's own decoder is the cheaper (a step
# costs about as much as spaCy spends on one and a half tokens).
STATES_PER_STEP = 1.5
# Tokens the recogniser's token-to-vector network runs over at once (its activations, ~15 KB a
# token, live until it finishes): about what ``nlp.pipe`` gives it in a batch of 32 pieces.
NETWORK_BATCH_TOKENS = 2_048


@lru_cache(maxsize=4)
def batch_entities(nlp: Language) -> BatchEntities:
    """One batch decoder per loaded pipeline."""
    return BatchEntities(nlp)


class BatchEntities:
    """Set the entities of the pipeline's ``ner`` on Docs, decoding a batch at a time."""

    def __init__(self, nlp: Language, name: str = "ner") -> None:
        self.recogniser = nlp.get_pipe(name)
        moves = self.recogniser.moves
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        self.labels = sorted({n[2:] for n in names if n[:2] in ("B-", "I-", "L-", "U-")} - {""})
        self.kinds = np.array([_kind(n) for n in names], dtype=np.int8)
        # 0 for no label ('O', 'U-'), else 1 + the label's index in ``labels``
        self.class_labels = np.array(
            [self.labels.index(n[2:]) + 1 if n[2:] in self.labels else 0 for n in names]
        )
        self.label_hashes = [0] + [nlp.vocab.strings.add(label) for label in self.labels]
        self.penalties = self._penalty_table()
        # every state has a move to make (Out, or Last of its open entity), as spaCy's loop
        # assumes too
        every_state_moves = bool(np.isfinite(self.penalties).any(axis=1).all())
        self.usable = self._usable(names) and every_state_moves
        self.begins = self.kinds == _BEGIN
        self.goes_on = self.kinds == _IN
        self.closes = (self.kinds == _LAST) | (self.kinds == _UNIT)
        self.label_rows = 2 * (self.class_labels - 1)

    def _usable(self, names: list[str]) -> bool:
        """Whether this decoder makes exactly the recogniser's choices (see module doc)."""
        model = self.recogniser.model
        try:
            lower = model.get_ref("lower")
            upper = model.get_ref("upper")
        except (KeyError, ValueError):
            return False
        return (
            self.recogniser.cfg.get("beam_width", 1) == 1
            and not getattr(self.recogniser, "postprocesses", [])
            and model.attrs.get("has_upper") is True
            and not model.attrs.get("unseen_classes")
            and lower.get_dim("nF") == 3
            and lower.get_dim("nP") >= 2
            and upper.get_dim("nO") == len(names)
            and all(kind >= 0 for kind in self.kinds)
            and self.kinds.tolist().count(_OUT) == 1
        )

    def _penalty_table(self) -> np.ndarray:
        """Per situation of a state, 0 for each valid move and -inf for each invalid one.

        Rows 0-3: no entity open, ``2 * may_begin + may_unit``; then for each label (1..n),
        an entity of it open: ``4 + 2 * (label - 1) + may_go_on``. Moves without a label are
        never valid except Out (``U-`` is only for entities set beforehand)."""
        kinds, labels = self.kinds, self.class_labels
        rows = []
        for may_begin in (False, True):
            for may_unit in (False, True):
                rows.append(
                    (kinds == _OUT)
                    | ((kinds == _BEGIN) & may_begin & (labels > 0))
                    | ((kinds == _UNIT) & may_unit & (labels > 0))
                )
        for label in range(1, len(self.labels) + 1):
            same = labels == label
            for may_go_on in (False, True):
                rows.append((kinds == _LAST) & same | (kinds == _IN) & same & may_go_on)
        return np.where(np.array(rows), np.float32(0), np.float32(-np.inf))

    def annotate(self, docs: list[Doc]) -> None:
        """Set the entities of Docs, in place, decoding up to ``MAX_BATCH_TOKENS`` at a time.

        A decoding step costs about the same for one Doc as for many, and there are as many
        steps as the longest Doc has tokens: the more Docs at a time, the cheaper each. The
        network's features for every token of a batch are held at once (~1.5 KB a token), so
        a batch is bounded by tokens, not Docs."""
        for group in _bounded(docs, MAX_BATCH_TOKENS):
            self._annotate(group)

    def _annotate(self, docs: list[Doc]) -> None:
        # (spaCy counts an empty Doc as annotated with everything)
        preset = any(len(doc) and doc.has_annotation("ENT_IOB") for doc in docs)
        tokens = sum(len(doc) for doc in docs)
        longest = max((len(doc) for doc in docs), default=0)
        # With few Docs running at a time (one Doc, a few short ones beside a long one, only
        # empty ones), spaCy's loop is cheaper than the steps (see ``STATES_PER_STEP``).
        if not self.usable or preset or not tokens or tokens < STATES_PER_STEP * longest:
            for part in _bounded(docs, NETWORK_BATCH_TOKENS):  # (its loop costs per token)
                self.recogniser.set_annotations(part, self.recogniser.predict(part))
            return
        for doc, entities in zip(docs, self._decode(docs), strict=True):
            hashes = self.label_hashes
            spans = [Span(doc, start, end, label=hashes[label]) for start, end, label in entities]
            doc.set_ents(spans, default="outside")

    def _decode(self, docs: list[Doc]) -> list[list[tuple[int, int, int]]]:
        """The entities of each Doc as (start, end, label index)."""
        state2vec = self._state2vec(docs)
        output = self.recogniser.model.get_ref("upper")
        weights, bias, ops = output.get_param("W"), output.get_param("b"), output.ops
        lengths = np.array([len(doc) for doc in docs])
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        situations = _situations(docs, lengths)
        # States ordered longest Doc first: those still running are always a prefix.
        order = np.argsort(-lengths, kind="stable")
        length, offset = lengths[order], offsets[order]
        n = len(docs)
        open_ = np.zeros(n, dtype=bool)
        entity_start = np.zeros(n, dtype=np.int64)
        label_row = np.zeros(n, dtype=np.int64)  # 2 * (label - 1) for an open entity
        found: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        running = int(np.count_nonzero(length))
        penalties, begins, goes_on, closes = self.penalties, self.begins, self.goes_on, self.closes
        ids = np.full((n, 3), -1, dtype=np.int32)
        for t in range(int(length[0])):
            while running and length[running - 1] <= t:
                running -= 1
            k = running
            is_open, here = open_[:k], offset[:k] + t
            ids[:k, 0] = here
            ids[:k, 1] = np.where(is_open, offset[:k] + entity_start[:k], -1)
            ids[:k, 2] = np.where(is_open, here - 1, -1)
            # thinc's Linear layer, as spaCy's decoder computes it: gemm, then the bias
            scores = ops.gemm(state2vec.predict(ids[:k]), weights, trans2=True)
            scores += bias
            situation = situations[here, is_open.view(np.int8)] + label_row[:k]
            choice = (scores + penalties[situation]).argmax(axis=1)
            for i in np.flatnonzero(closes[choice]).tolist():
                entity = self.finished(choice[i], is_open[i], int(entity_start[i]), t)
                found[order[i]].append(entity)
            beginning = begins[choice]
            entity_start[:k][beginning] = t
            now_open = (is_open & goes_on[choice]) | beginning
            label_row[:k] = np.where(beginning, self.label_rows[choice], label_row[:k]) * now_open
            open_[:k] = now_open
        return found

    def _state2vec(self, docs: list[Doc]) -> precompute_hiddens:
        """The lower layer's features of every token of ``docs``, precomputed as spaCy's
        ``ParserStepModel`` does, with the token-to-vector network run a slice at a time (the
        network reads each Doc on its own, so its output does not depend on the slicing)."""
        model = self.recogniser.model
        tok2vec, lower = model.layers[0], model.get_ref("lower")
        parts = [tok2vec.predict(part) for part in _bounded(docs, NETWORK_BATCH_TOKENS)]
        tokvecs = parts[0] if len(parts) == 1 else model.ops.xp.concatenate(parts)
        return precompute_hiddens(len(docs), tokvecs, lower, activation="maxout", train=False)

    def finished(self, move: int, was_open: bool, start: int, t: int) -> tuple[int, int, int]:
        """The entity a Last or Unit move at token ``t`` closes."""
        return (start if was_open else t), t + 1, int(self.class_labels[move])


def _bounded(docs: list[Doc], max_tokens: int) -> Iterator[list[Doc]]:
    """Consecutive runs of ``docs`` of at most ``max_tokens`` tokens (a longer Doc alone)."""
    group: list[Doc] = []
    tokens = 0
    for doc in docs:
        if group and tokens + len(doc) > max_tokens:
            yield group
            group, tokens = [], 0
        group.append(doc)
        tokens += len(doc)
    if group:
        yield group


def _situations(docs: list[Doc], lengths: np.ndarray) -> np.ndarray:
    """For each token of the batch, the row of the penalty table for a state standing on it
    with no entity open (column 0) and with one open (column 1, before adding the label's
    ``2 * (label - 1)``): whether it is a space, and whether the entity may go on past it
    (the Doc has another token, which does not start a sentence)."""
    is_space = np.concatenate([doc.to_array(IS_SPACE) for doc in docs]) == 1
    starts = np.concatenate([doc.to_array(SENT_START).view(np.int64) for doc in docs])
    next_starts = np.append(starts[1:], 0) == 1
    last = np.cumsum(lengths)[lengths > 0] - 1
    go_on = ~next_starts
    go_on[last] = False
    closed = 2 * (go_on & ~is_space) + ~is_space
    return np.stack([closed, 4 + go_on.astype(np.int64)], axis=1)


def _kind(name: str) -> int:
    if name == "O":
        return _OUT
    return _MOVES.get(name[:1], -1) if name[1:2] == "-" else -1
