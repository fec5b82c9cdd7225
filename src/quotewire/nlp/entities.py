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

Where that reasoning does not hold (another architecture, beam search, classes the model never
saw, Docs with entities set beforehand, a state left with no valid move) the recogniser runs as
spaCy runs it.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

_BEGIN, _IN, _LAST, _UNIT, _OUT = range(5)
_MOVES = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT}
# Tokens decoded together: about what ``nlp.pipe`` holds for a batch of 32 news articles.
MAX_BATCH_TOKENS = 16_384


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
        self.usable = self._usable(names)
        self.penalties = self._penalty_table() if self.usable else None

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
        group: list[Doc] = []
        tokens = 0
        for doc in docs:
            if group and tokens + len(doc) > MAX_BATCH_TOKENS:
                self._annotate(group)
                group, tokens = [], 0
            group.append(doc)
            tokens += len(doc)
        if group:
            self._annotate(group)

    def _annotate(self, docs: list[Doc]) -> None:
        preset = any(doc.has_annotation("ENT_IOB") for doc in docs)
        if not self.usable or preset or not any(len(doc) for doc in docs):
            self.recogniser.set_annotations(docs, self.recogniser.predict(docs))
            return
        found = self._decode(docs)
        if found is None:  # a state with no valid move: spaCy's decoder ends it its own way
            self.recogniser.set_annotations(docs, self.recogniser.predict(docs))
            return
        for doc, entities in zip(docs, found, strict=True):
            hashes = self.label_hashes
            spans = [Span(doc, start, end, label=hashes[label]) for start, end, label in entities]
            doc.set_ents(spans, default="outside")

    def _decode(self, docs: list[Doc]) -> list[list[tuple[int, int, int]]] | None:
        """The entities of each Doc as (start, end, label index), or None if some state had
        no valid move."""
        step_model = self.recogniser.model.predict(docs)
        state2vec, vec2scores = step_model.state2vec, step_model.vec2scores
        lengths = np.array([len(doc) for doc in docs])
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        # one more each, for the token after the last (never read where it matters)
        is_space = np.concatenate([doc.to_array(IS_SPACE) for doc in docs] + [[0]]) == 1
        sentence_starts = (
            np.concatenate([doc.to_array(SENT_START).view(np.int64) for doc in docs] + [[0]]) == 1
        )
        # States ordered longest Doc first: those still running are always a prefix.
        order = np.argsort(-lengths, kind="stable")
        length, offset = lengths[order], offsets[order]
        n = len(docs)
        open_ = np.zeros(n, dtype=bool)
        entity_start = np.zeros(n, dtype=np.int64)
        label = np.zeros(n, dtype=np.int64)
        found: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        running = int(np.count_nonzero(length))
        kinds, class_labels, penalties = self.kinds, self.class_labels, self.penalties
        ids = np.empty((n, 3), dtype=np.int32)
        for t in range(int(length[0]) if n else 0):
            while running and length[running - 1] <= t:
                running -= 1
            k = running
            is_open, here = open_[:k], offset[:k] + t
            ids[:k, 0] = here
            ids[:k, 1] = np.where(is_open, offset[:k] + entity_start[:k], -1)
            ids[:k, 2] = np.where(is_open, here - 1, -1)
            scores = vec2scores.predict(state2vec.predict(ids[:k]))
            two_left = length[:k] - t >= 2
            go_on = two_left & ~sentence_starts[np.where(two_left, here + 1, here)]
            space = is_space[here]
            situation = np.where(
                is_open, 4 + 2 * (label[:k] - 1) + go_on, 2 * (go_on & ~space) + ~space
            )
            allowed = scores + penalties[situation]
            choice = allowed.argmax(axis=1)
            if np.isneginf(allowed[np.arange(k), choice]).any():
                return None
            chosen = kinds[choice]
            closing = np.flatnonzero((chosen == _LAST) | (chosen == _UNIT))
            for i in closing.tolist():
                unit = chosen[i] == _UNIT
                entity = (t, t + 1, int(class_labels[choice[i]])) if unit else (
                    int(entity_start[i]), t + 1, int(label[i])
                )  # fmt: skip
                found[order[i]].append(entity)
            beginning = chosen == _BEGIN
            entity_start[:k][beginning] = t
            label[:k][beginning] = class_labels[choice[beginning]]
            open_[:k] = (is_open & (chosen == _IN)) | beginning
        return found


def _kind(name: str) -> int:
    if name == "O":
        return _OUT
    return _MOVES.get(name[:1], -1) if name[1:2] == "-" else -1
