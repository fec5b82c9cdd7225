"""Learn the English cue lexicon from an attribution-annotated training set (PolNeAR train).

These are learned, the tables keyed by lower-case word form (the pipeline runs without spaCy's
lemmatizer):

- ``forms``: how often the form occurs and how often it heads an annotated cue. This prior says
  whether a verb of saying sits beside a quotation.
- ``first_names.json``: given names whose bearers the annotation calls "he" or "she" (from
  names next to pronoun mentions of one gender), so that coreference knows more genders than
  honorifics tell.
- ``frames``: for a form and one of its dependents ("said" + ``ccomp``, "cited" + ``dobj``,
  "called" + ``prep:for``, "reported" + ``nsubjpass``), how often that dependent's subtree is an
  annotated content span (word-token Jaccard >= 0.5) out of all times the form had such a
  dependent outside quotation marks, trimmed as the pipeline trims it.
  :mod:`quotewire.quotes.frames` turns a (form, dependent) whose probability clears the
  ``frame`` threshold of ``cues.toml`` into an attribution frame. Candidates of a word that
  is not a verb of saying, inside the clause a verb of saying reports, are not counted: the
  pipeline decides those by the ``nested`` threshold (:mod:`quotewire.quotes.nesting`).
- ``frame_model.json``: the weights of a logistic regression that scores the same candidates
  with their context (:mod:`quotewire.quotes.frame_scores`), used instead of the ``frames``
  threshold when ``[frame_model]`` of ``cues.toml`` turns it on. Each article's candidates get
  their prior features from a lexicon learned on the other folds. Fitting needs scikit-learn
  (the ``dev`` extra); the pipeline reads the weights without it.

Run (one command; parsing the 840 training articles takes a few minutes on 2 cores):

    .venv/bin/python scripts/train_cue_lexicon.py /work/shared/eval/polnear-train.jsonl

``--skip N`` leaves the first N articles out, to evaluate on them. ``--docbin`` reuses a DocBin
of the same articles parsed earlier with ``load_english()``. The training data itself is never
copied into the repository; only counts are written.
"""

from __future__ import annotations

import argparse
import collections
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, DocBin, Token

from quotewire.nlp.model import load_english
from quotewire.quotes.cues import CueLexicon, load_cue_lexicon, with_learned_tables
from quotewire.quotes.english import statement_regions
from quotewire.quotes.frame_scores import candidate_features, cue_features
from quotewire.quotes.frames import content_candidates
from quotewire.quotes.marks import find_quoted_spans
from quotewire.quotes.reported_extent import reported_tokens
from quotewire.quotes.sources import find_speaker
from quotewire.read.layout import parse_layout
from quotewire.speakers.lexicon import load_people_lexicon

DATA = Path(__file__).resolve().parents[1] / "src/quotewire/data/en"
OUTPUT = DATA / "cues.json"
MODEL_OUTPUT = DATA / "frame_model.json"
NAMES_OUTPUT = DATA / "first_names.json"
_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
_NAME_AGREEMENT = 0.9
_WINDOW = 250
_MATCH = 0.5
_SMOOTHING = 2  # pseudo-count of misses: rare pairs seen twice out of two are not certain
_FOLDS = 5
_REGULARISATION = 0.3  # inverse L2 strength of the frame model


def cue_head(doc: Doc, quote: dict, text: str) -> int | None:
    """The token index heading the annotated cue, located nearest to the source mention."""
    cue = (quote.get("cue") or "").strip()
    if not cue or not any(ch.isalpha() for ch in cue):
        return None
    anchor = quote.get("speaker_start")
    if anchor is None:
        anchor = quote["start"]
    low = max(0, min(anchor, quote["start"]) - _WINDOW)
    high = min(len(text), max(anchor, quote["end"]) + _WINDOW)
    best: int | None = None
    position = text.find(cue, low, high)
    while position != -1:
        if best is None or abs(position - anchor) < abs(best - anchor):
            best = position
        position = text.find(cue, position + 1, high)
    if best is None:
        return None
    span = doc.char_span(best, best + len(cue), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root.i


def _reportable_tokens(doc: Doc, text: str) -> Iterator[Token]:
    """Tokens the pipeline considers as cues: in the headline or body, outside quotation marks
    (a cue inside quoted text is the quoted person's own words, which the pipeline skips)."""
    regions = statement_regions(parse_layout(text), text)
    allowed = bytearray(len(text) + 1)
    for start, end in regions:
        allowed[start:end] = b"\x01" * (end - start)
    for quoted in find_quoted_spans(text, regions):
        allowed[quoted.start : quoted.end] = b"\x00" * (quoted.end - quoted.start)
    for token in doc:
        if token.is_alpha and allowed[token.idx]:
            yield token


def candidates(
    doc: Doc, text: str, lexicon: CueLexicon
) -> Iterator[tuple[Token, str, list[Token], frozenset[int]]]:
    """Each (cue, dependent key, dependent tokens, words reported) as the pipeline would
    score and report it."""
    for token in _reportable_tokens(doc, text):
        for key, tokens in content_candidates(token):
            reported = reported_tokens(token, key, tokens, lexicon)
            words = word_indices(reported)
            if words and any(t.is_alpha for t in reported):
                yield token, key, tokens, words


def speech_content(
    found: list[tuple[Token, str, frozenset[int]]], lexicon: CueLexicon
) -> frozenset[int]:
    """Token indices inside the clause a verb of saying reports ("said *he wants to ...*").
    Only the hand-written verbs of saying and their clauses decide it, so that training does
    not depend on the priors of an earlier run."""
    return frozenset(
        i
        for token, key, words in found
        if key == "ccomp" and lexicon.is_speech(token.lower_)
        for i in words
    )


def _gold_index(doc: Doc, quotes: list[dict]) -> tuple[list[frozenset[int]], dict]:
    gold = []
    for quote in quotes:
        span = doc.char_span(quote["start"], quote["end"], alignment_mode="expand")
        gold.append(word_indices(span or []))
    by_token: dict[int, list[int]] = collections.defaultdict(list)
    for index, words in enumerate(gold):
        for i in words:
            by_token[i].append(index)
    return gold, by_token


def _matches(words: frozenset[int], gold: list[frozenset[int]], by_token: dict) -> bool:
    overlapping = {g for i in words for g in by_token.get(i, ())}
    return any(same_content(words, gold[g]) for g in overlapping)


def word_indices(tokens: Iterable[Token]) -> frozenset[int]:
    """The indices of the words among ``tokens`` (no punctuation or white space)."""
    return frozenset(t.i for t in tokens if not (t.is_punct or t.is_space))


def same_content(words: frozenset[int], gold: frozenset[int]) -> bool:
    """Whether a candidate's words match an annotation's (word-token Jaccard >= 0.5)."""
    return len(words & gold) / len(words | gold) >= _MATCH


@dataclass
class ArticleCounts:
    """What one training article contributes: word and cue counts, and each frame candidate
    with whether it matched an annotated content."""

    seen: collections.Counter[str] = field(default_factory=collections.Counter)
    cue: collections.Counter[str] = field(default_factory=collections.Counter)
    candidates: list[tuple[Token, str, list[Token], bool]] = field(default_factory=list)


def count_article(record: dict, doc: Doc, lexicon: CueLexicon) -> ArticleCounts:
    counts = ArticleCounts()
    counts.seen.update(t.lower_ for t in doc if t.is_alpha)
    heads = {cue_head(doc, q, record["text"]) for q in record["quotes"]}
    counts.cue.update(doc[i].lower_ for i in heads if i is not None and doc[i].is_alpha)
    gold, by_token = _gold_index(doc, record["quotes"])
    found = list(candidates(doc, record["text"], lexicon))
    nested = speech_content([(t, k, w) for t, k, _, w in found], lexicon)
    for token, key, tokens, words in found:
        if token.i in nested and not lexicon.is_speech(token.lower_):
            continue  # decided by the nested threshold instead (quotes.nesting)
        counts.candidates.append((token, key, tokens, _matches(words, gold, by_token)))
    return counts


def learn(articles: list[ArticleCounts], min_count: int) -> dict:
    """The ``forms`` and ``frames`` tables of ``cues.json`` from the articles' counts."""
    seen: collections.Counter[str] = collections.Counter()
    cue: collections.Counter[str] = collections.Counter()
    frame_seen: collections.Counter[tuple[str, str]] = collections.Counter()
    frame_hit: collections.Counter[tuple[str, str]] = collections.Counter()
    for article in articles:
        seen.update(article.seen)
        cue.update(article.cue)
        for token, key, _, hit in article.candidates:
            frame_seen[token.lower_, key] += 1
            frame_hit[token.lower_, key] += hit
    forms = {
        form: {"cue": count, "seen": seen[form], "p": round(count / seen[form], 3)}
        for form, count in sorted(cue.items())
        if count >= min_count
    }
    frames: dict[str, dict[str, list[float]]] = collections.defaultdict(dict)
    for (form, key), hits in sorted(frame_hit.items()):
        if hits >= min_count:
            total = frame_seen[form, key]
            frames[form][key] = [hits, total, round(hits / (total + _SMOOTHING), 3)]
    return {"forms": forms, "frames": dict(frames)}


def fit_frame_model(articles: list[ArticleCounts], min_count: int, lexicon: CueLexicon) -> dict:
    """Weights of the frame model (:mod:`quotewire.quotes.frame_scores`): a logistic
    regression over the candidates the pipeline would score. Each article's candidates get
    their lexicon features from a lexicon learned on the other folds, so that the model learns
    how far a prior holds on articles it was not counted on, as at run time."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows: list[dict[str, float]] = []
    labels: list[bool] = []
    for fold in range(_FOLDS):
        held = articles[fold::_FOLDS]
        rest = [a for i, a in enumerate(articles) if i % _FOLDS != fold]
        fold_lexicon = with_learned_tables(lexicon, learn(rest, min_count))
        for article in held:
            for token, key, tokens, hit in article.candidates:
                if not fold_lexicon.may_report(token.lower_):
                    continue
                context = cue_features(token, fold_lexicon, find_speaker(token))
                rows.append(context | candidate_features(token, key, tokens, fold_lexicon))
                labels.append(hit)
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=_REGULARISATION, max_iter=2000)
    model.fit(vectorizer.fit_transform(rows), labels)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    return {"bias": round(float(model.intercept_[0]), 4), "weights": weights}


def learn_first_names(records: list[dict], min_count: int) -> dict[str, str]:
    """Given names whose bearers the annotation refers to with one gender of pronoun: the
    first word of a two- or three-word capitalised speaker name next to "he"/"she" mentions."""
    votes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for record in records:
        for quote in record["quotes"]:
            mentions = quote.get("speaker_mentions") or []
            genders = {_PRONOUN_GENDER[m.lower()] for m in mentions if m.lower() in _PRONOUN_GENDER}
            if len(genders) != 1:
                continue
            for mention in mentions:
                words = mention.split()
                if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words):
                    votes[words[0].lower()][next(iter(genders))] += 1
                    break
    people = load_people_lexicon()
    titles = people.roles | people.honorifics
    names = {}
    for name, counter in sorted(votes.items()):
        if name in titles:
            continue
        gender, count = counter.most_common(1)[0]
        if count >= min_count and count / sum(counter.values()) >= _NAME_AGREEMENT:
            names[name] = gender
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path, help="PolNeAR-format JSONL training file")
    parser.add_argument("--docbin", type=Path, help="the same articles already parsed")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument(
        "--skip", type=int, default=0, help="leave the first N articles out (to evaluate on them)"
    )
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--model-output", type=Path, default=MODEL_OUTPUT)
    args = parser.parse_args()
    with args.train.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    nlp = load_english()
    if args.docbin:
        docs = list(DocBin().from_disk(args.docbin).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((r["text"] for r in records), batch_size=16))
    records, docs = records[args.skip :], docs[args.skip :]
    lexicon = load_cue_lexicon(with_model=False)
    articles = [count_article(r, d, lexicon) for r, d in zip(records, docs, strict=True)]
    payload = {
        "about": "cue priors and (form, dependent) frame priors, by scripts/train_cue_lexicon.py",
        **learn(articles, args.min_count),
    }
    _write(args.output, payload)
    print(
        f"{len(payload['forms'])} cue forms, {len(payload['frames'])} frame forms -> {args.output}"
    )
    model = {
        "about": "frame model weights (quotes/frame_scores.py), by scripts/train_cue_lexicon.py",
        **fit_frame_model(articles, args.min_count, lexicon),
    }
    _write(args.model_output, model)
    print(f"{len(model['weights'])} frame model weights -> {args.model_output}")
    if args.skip:
        return  # an evaluation run: the given-names table is only learned from the whole set
    names = {"about": "gender of given names, by scripts/train_cue_lexicon.py"}
    names["names"] = learn_first_names(records, args.min_count)
    NAMES_OUTPUT.write_text(json.dumps(names, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(names['names'])} given names -> {NAMES_OUTPUT}")


def _write(path: Path, payload: dict) -> None:
    path.write_text(
        json.dumps(payload, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
