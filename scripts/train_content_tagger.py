"""A token tagger trained on the annotation, measured against the rules: not shipped.

The rules find content as a subtree of a cue they know (:mod:`quotewire.quotes.frames`); what
they miss is mostly beliefs, plans and findings whose cue the lexicon does not trust. This
script fits a tagger of those misses and measures it (docs/detection.md, "A content tagger
trained on the annotation (sixteenth round)"): it did not add end-to-end F1 on held-out train,
so the pipeline does not use it; the script is kept so the next attempt starts from numbers.

Every article is run through the pipeline; each token of a parsed sentence outside the rules'
statements and outside quotation marks is an example, labelled 1 when an indirect or mixed gold
span the rules missed covers it (the rest of a span they found is left out). A logistic
regression (scikit-learn, the ``dev`` extra) over :func:`token_features` (the token's word,
tag and relation, its neighbours, the words on its path up the parse with the relation by
which the path enters each; no lexicon prior, so it also sees cue words the lexicon does not
know) is fitted for each fold on the other folds. :func:`tagged_subtrees` turns the held-out
fold's token probabilities into content spans (the largest parse subtrees whose mean
probability reaches the threshold), which are scored against the gold spans the rules missed
(word-token Jaccard >= 0.5, the evaluation's overlap rule): a span pays for detection only when
it finds one more often than about one time in three, end to end only when its speaker is
also right that often. :func:`tagged_statements` is what the pipeline would add (a span, the
word it hangs on as the cue, :func:`~quotewire.quotes.sources.find_speaker` as the source).

Run (one command; the folds are the lead's six train slices, articles 1-150, ..., 751-840;
parsing takes about two minutes on one core, each fold's fit about one):

    .venv/bin/python scripts/train_content_tagger.py /work/shared/eval/polnear-train.jsonl \\
        --fold-weights /tmp/tagger

prints, per held-out fold and threshold, the spans found and how many match a missed gold
span, and writes ``/tmp/tagger/fold-{a..f}.json`` (weights fitted without that fold).
"""

from __future__ import annotations

import argparse
import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from quotewire.attribution import attribute_doc
from quotewire.evaluate.gold import GoldRecord, read_gold
from quotewire.nlp.model import load_english
from quotewire.nlp.selective import pipe_selectively
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.english import statement_regions
from quotewire.quotes.frame_scores import FrameModel, logistic
from quotewire.quotes.frames import Frame
from quotewire.quotes.linking import Statement
from quotewire.quotes.marks import QuotedSpan, find_quoted_spans
from quotewire.quotes.sources import find_speaker
from quotewire.read.layout import parse_layout

FOLDS = (0, 150, 300, 450, 600, 750, 840)
TAGGER: FrameModel | None = None  # set to measure the pipeline with the tagger (docs)
_WORD = re.compile(r"\w+")
_GOLD_KINDS = ("indirect", "mixed")
_MAX_PATH = 6
_PUNCT = frozenset({"PUNCT", "SPACE"})


def token_features(token: Token) -> list[str]:
    """The named binary features of ``token`` in its parsed sentence."""
    head = token.head
    features = [
        "w=" + token.lower_,
        "t=" + token.tag_,
        "d=" + token.dep_,
        "hw=" + head.lower_,
        "hd=" + token.dep_ + "<" + head.pos_,
        "dw=" + token.dep_ + "<" + head.lower_,
        "prev=" + (token.nbor(-1).lower_ if token.i > token.sent.start else "<s>"),
        "next=" + (token.nbor(1).lower_ if token.i + 1 < token.sent.end else "</s>"),
    ]
    child, depth = token, 0
    while child.head.i != child.i and depth < _MAX_PATH:
        parent = child.head
        side = "L" if child.i < parent.i else "R"
        features.append("a=" + parent.lower_ + "|" + child.dep_)
        features.append("ap=" + parent.pos_ + "|" + child.dep_ + side)
        if depth == 0 or parent.pos_ in ("VERB", "NOUN", "AUX"):
            features.append("av=" + parent.lower_ + "|" + child.dep_ + side)
        child, depth = parent, depth + 1
    features.append(f"depth={min(depth, _MAX_PATH)}")
    features.append(
        "root_side=" + ("L" if token.i < child.i else "R" if token.i > child.i else "0")
    )
    return features


def is_parsed(sentence: Span) -> bool:
    """Whether the selective pipeline parsed ``sentence`` (unparsed ones have no relations)."""
    return any(token.dep_ for token in sentence)


def open_tokens(
    doc: Doc, regions: list[tuple[int, int]], taken: Iterable[tuple[int, int]]
) -> list[list[Token]]:
    """Per parsed sentence inside ``regions``, its tokens outside every range of ``taken``
    (statements already found, quoted words): what the tagger may still mark."""
    spans = sorted(taken)
    starts = [s for s, _ in spans]
    region_starts = [s for s, _ in regions]

    def free(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i < 0 or offset >= spans[i][1]

    def in_region(offset: int) -> bool:
        i = bisect_right(region_starts, offset) - 1
        return i >= 0 and offset < regions[i][1]

    sentences = []
    for sentence in doc.sents:
        if not in_region(sentence.start_char) or not is_parsed(sentence):
            continue
        tokens = [t for t in sentence if free(t.idx) and free(t.idx + len(t.text) - 1)]
        if tokens:
            sentences.append(tokens)
    return sentences


def probabilities(model: FrameModel, tokens: list[Token]) -> list[float]:
    weights = model.weights
    return [
        logistic(model.bias + sum(weights.get(f, 0.0) for f in token_features(t))) for t in tokens
    ]


def tagged_subtrees(
    tokens: list[Token], scores: list[float], threshold: float, min_words: int
) -> list[list[Token]]:
    """The largest subtrees of open ``tokens`` whose mean score reaches ``threshold`` (a
    subtree is a constituent, so its ends are where the parse puts them), not overlapping,
    each holding at least ``min_words`` words and hanging on a word outside it."""
    score_of = {t.i: s for t, s in zip(tokens, scores, strict=True)}
    candidates = []
    for token in tokens:
        if token.head.i == token.i or token.pos_ in _PUNCT:
            continue
        first, last = token.left_edge.i, token.right_edge.i
        if any(i not in score_of for i in range(first, last + 1)):
            continue
        span = [token.doc[i] for i in range(first, last + 1)]
        while span and span[-1].pos_ in _PUNCT:
            span.pop()
        if sum(1 for t in span if t.is_alpha or t.like_num) < min_words:
            continue
        mean = sum(score_of[t.i] for t in span) / len(span)
        if mean >= threshold:
            candidates.append((len(span), mean, span))
    chosen: list[list[Token]] = []
    used: set[int] = set()
    for _, _, span in sorted(candidates, key=lambda c: (-c[0], -c[1])):
        if not any(t.i in used for t in span):
            chosen.append(span)
            used.update(t.i for t in span)
    return sorted(chosen, key=lambda span: span[0].i)


def subtree_cue(subtree: list[Token]) -> Token | None:
    """The word outside ``subtree`` that its top token hangs on (through a preposition: "criticism
    *of* …" gives "criticism"), or ``None`` when it holds the sentence's root."""
    inside = {t.i for t in subtree}
    tops = [t for t in subtree if t.head.i not in inside]
    if not tops:
        return None
    top = min(tops, key=lambda t: len(list(t.ancestors)))
    cue = top.head
    if cue.i == top.i:
        return None
    if cue.pos_ == "ADP" and cue.head.i != cue.i and cue.head.i not in inside:
        cue = cue.head
    return cue


def tagged_statements(
    doc: Doc,
    statements: list[Statement],
    regions: list[tuple[int, int]],
    quoted: list[QuotedSpan],
    model: FrameModel,
    min_words: int = 4,
) -> list[Statement]:
    """Indirect statements the tagger finds where ``statements`` have none."""
    taken = [(s.start, s.end) for s in statements] + [(q.open, q.close + 1) for q in quoted]
    group = max((s.group for s in statements), default=-1) + 1
    found = []
    for tokens in open_tokens(doc, regions, taken):
        scores = probabilities(model, tokens)
        for subtree in tagged_subtrees(tokens, scores, model.threshold, min_words):
            cue = subtree_cue(subtree)
            if cue is None:
                continue
            speaker = find_speaker(cue)
            if speaker is None or subtree[0].i <= speaker.i <= subtree[-1].i:
                continue  # no source, no statement: a speaker-less one is never right end to end
            start, last = subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
            inside = [score for t, score in zip(tokens, scores, strict=True) if t in subtree]
            frame = Frame(cue, [cue], speaker, (start, last), sum(inside) / len(inside))
            found.append(Statement(start, last, "indirect", frame, group, "clause"))
            group += 1
    return found


@dataclass
class Article:
    """One article's open tokens (features, labels) and the gold spans the rules missed."""

    doc: Doc
    sentences: list[list[Token]]
    labels: list[list[int]]
    missed: list[frozenset[int]]
    words: list[tuple[int, int]]


def rule_predictions(records: list[GoldRecord]) -> tuple[list[Doc], list[list[tuple[int, int]]]]:
    """Each article's Doc and the rules' statement spans (``TAGGER`` is off). The Docs are
    kept in memory, not in a DocBin: a DocBin keeps the parse but not the sentence starts of
    the selectively parsed Doc, and the tagger's features read the sentence."""
    items = ((r.text, r) for r in records)
    docs, spans = [], []
    for doc, record in pipe_selectively(load_english(), items, load_cue_lexicon().may_report):
        quotes, _ = attribute_doc(doc, parse_layout(record.text, published=record.published))
        docs.append(doc)
        spans.append([(q.start, q.end) for q in quotes])
    return docs, spans


def word_set(words: list[tuple[int, int]], start: int, end: int) -> frozenset[int]:
    return frozenset(i for i, (a, b) in enumerate(words) if a < end and b > start)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def build(record: GoldRecord, doc: Doc, predicted: list[tuple[int, int]]) -> Article:
    """The article's open tokens, their labels and the gold spans the rules missed."""
    text = record.text
    layout = parse_layout(text, published=record.published)
    regions = statement_regions(layout, text)
    quoted = find_quoted_spans(text, regions)
    taken = predicted + [(q.open, q.close + 1) for q in quoted]
    sentences = open_tokens(doc, regions, taken)
    gold = [(q.start, q.end) for q in record.quotes if q.kind in _GOLD_KINDS]
    words = [m.span() for m in _WORD.finditer(text)]
    predicted_words = [word_set(words, a, b) for a, b in predicted]
    missed, missed_chars, found_chars = [], [], []
    for a, b in gold:
        g = word_set(words, a, b)
        if any(jaccard(g, p) >= 0.5 for p in predicted_words):
            found_chars.append((a, b))
        else:
            missed.append(g)
            missed_chars.append((a, b))
    # 1: inside a span the rules missed; -1 (left out): the rest of a span they found
    labels = [
        [
            1
            if any(a <= t.idx < b for a, b in missed_chars)
            else -1
            if any(a <= t.idx < b for a, b in found_chars)
            else 0
            for t in sentence
        ]
        for sentence in sentences
    ]
    return Article(doc, sentences, labels, missed, words)


def examples(articles: list[Article]) -> Iterator[tuple[dict[str, int], int]]:
    for article in articles:
        for sentence, labels in zip(article.sentences, article.labels, strict=True):
            for token, label in zip(sentence, labels, strict=True):
                if label < 0:
                    continue
                yield dict.fromkeys(token_features(token), 1), label


def fit(articles: list[Article], c: float, min_count: int) -> FrameModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, labels = zip(*examples(articles), strict=True)
    counts: dict[str, int] = {}
    for row in rows:
        for name in row:
            counts[name] = counts.get(name, 0) + 1
    kept = [{k: 1 for k in row if counts[k] >= min_count} for row in rows]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(kept).tocsr()
    matrix.indices = matrix.indices.astype("int32")  # liblinear takes 32-bit indices only
    matrix.indptr = matrix.indptr.astype("int32")
    print(f"  {matrix.shape[0]} tokens ({sum(labels)} content), {matrix.shape[1]} features")
    model = LogisticRegression(C=c, solver="liblinear", max_iter=200)
    model.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    weights = {
        str(n): round(float(w), 4)
        for n, w in zip(names, model.coef_[0], strict=True)
        if abs(w) >= 0.01
    }
    return FrameModel(weights, round(float(model.intercept_[0]), 4), 0.5)


def score_spans(
    model: FrameModel, articles: list[Article], thresholds: list[float], min_words: int
) -> dict[float, tuple[int, int, int]]:
    """Per threshold: spans found, spans matching a gold span the rules missed, and spans
    only touching one."""
    results = {}
    scored = [
        (article, sentence, probabilities(model, sentence))
        for article in articles
        for sentence in article.sentences
    ]
    for threshold in thresholds:
        found = matched = touching = 0
        for article, sentence, scores in scored:
            for subtree in tagged_subtrees(sentence, scores, threshold, min_words):
                found += 1
                span = word_set(
                    article.words, subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
                )
                if any(jaccard(span, g) >= 0.5 for g in article.missed):
                    matched += 1
                elif any(span & g for g in article.missed):
                    touching += 1
        results[threshold] = (found, matched, touching)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--fold-weights", type=Path, help="write fold-{a..f}.json here")
    parser.add_argument("--folds", default="abcdef", help="which held-out folds to measure")
    parser.add_argument("--c", type=float, default=0.05, help="inverse regularisation")
    parser.add_argument("--min-count", type=int, default=5, help="a feature's fewest uses")
    parser.add_argument("--min-words", type=int, default=4, help="a span's fewest words")
    parser.add_argument("--threshold", type=float, default=0.6, help="written with the weights")
    args = parser.parse_args()
    records = read_gold(args.gold)
    docs, spans = rule_predictions(records)
    articles = [build(r, d, s) for r, d, s in zip(records, docs, spans, strict=True)]
    thresholds = [0.4, 0.5, 0.6, 0.7, 0.8]
    for k, name in enumerate("abcdef"):
        if name not in args.folds:
            continue
        held = articles[FOLDS[k] : FOLDS[k + 1]]
        rest = articles[: FOLDS[k]] + articles[FOLDS[k + 1] :]
        model = fit(rest, args.c, args.min_count)
        missed = sum(len(a.missed) for a in held)
        for threshold, (found, matched, touching) in score_spans(
            model, held, thresholds, args.min_words
        ).items():
            print(
                f"fold {name} threshold {threshold}: {found} spans, {matched} match "
                f"({matched / max(found, 1):.2f}), {touching} touch one of {missed} missed "
                "gold spans",
                flush=True,
            )
        if args.fold_weights:
            _write(args.fold_weights / f"fold-{name}.json", model, args.threshold)


def _write(path: Path, model: FrameModel, threshold: float) -> None:
    payload = {"threshold": threshold, "bias": model.bias, "weights": model.weights}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, sort_keys=True, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
