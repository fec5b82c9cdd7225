"""Why indirect attributions are missed: one class per missed gold quote.

For each gold quote that ``quotewire eval --errors`` lists as a miss in the class "not found,
non-speech cue" (indirect or mixed; with ``--speech``, "not found, speech cue" instead), the
annotated cue word is located as training locates it and the miss is put in one class:

- (a) the cue's sentence was not parsed (selective parsing saw no word that may report);
- (b) the cue word is parsed but has no frame in the lexicon;
- (c) a candidate of the cue matches the annotation (Jaccard >= 0.5) but its prior is below the
  frame threshold (by construction and prior);
- (d) no candidate of the cue matches: the annotation's relation to the cue in the parse;
- (e) other (cue not found, cue inside quotation marks, a matching candidate above the
  threshold that linking lost).

Run with the lexicon under test on the path (for held-out numbers, one trained with ``--skip``
on the articles evaluated):

    quotewire eval GOLD.jsonl --errors ERRORS.jsonl
    python scripts/cue_miss_classes.py GOLD.jsonl ERRORS.jsonl [--speech]
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from spacy.tokens import Doc, Token
from train_cue_lexicon import cue_head, same_content, word_indices

from quotewire.evaluate.error_classes import error_spans, miss_class
from quotewire.nlp.model import load_english
from quotewire.nlp.selective import pipe_selectively
from quotewire.quotes.cues import CueLexicon, load_cue_lexicon
from quotewire.quotes.english import statement_regions
from quotewire.quotes.frames import content_candidates
from quotewire.quotes.marks import find_quoted_spans
from quotewire.quotes.reported_extent import reported_tokens
from quotewire.read.layout import parse_layout


def missed_quotes(errors: Path, speech: bool = False) -> dict[str, set[tuple[int, int]]]:
    """Per article, the (start, end) of the indirect or mixed gold quotes missed whose cue is
    not a speech cue (or is one, with ``speech``)."""
    records = [json.loads(line) for line in errors.open(encoding="utf-8") if line.strip()]
    spans = error_spans(records)
    missed: dict[str, set[tuple[int, int]]] = collections.defaultdict(set)
    for r in records:
        if r["type"] != "miss" or r["gold"]["kind"] == "direct":
            continue
        label = miss_class(r, spans[r["article"]])
        if label.startswith("not found") and ("non-speech" in label) != speech:
            missed[r["article"]].add((r["start"], r["end"]))
    return missed


def classify(doc: Doc, quote: dict, text: str, quoted, lexicon: CueLexicon) -> str:
    """The class of one missed gold quote (see the module docstring)."""
    gold = doc.char_span(quote["start"], quote["end"], alignment_mode="expand")
    head = cue_head(doc, quote, text)
    if head is None or gold is None:
        return "e: cue not found"
    cue = doc[head]
    known = cue.lower_ in lexicon.frames or lexicon.is_speech(cue.lower_)
    if not cue.dep_:
        return "a: sentence not parsed, cue " + ("has frames" if known else "has none")
    if any(q.start <= cue.idx < q.end for q in quoted):
        return "e: cue inside quotation marks"
    if not known:
        return f"b: cue unknown ({cue.pos_})"
    best: tuple[float, str] | None = None
    gold_words = word_indices(gold)
    for key, tokens in content_candidates(cue):
        words = word_indices(reported_tokens(cue, key, tokens, lexicon))
        if words and same_content(words, gold_words):
            prior = lexicon.frame_prior(cue.lower_, key)
            if best is None or prior > best[0]:
                best = (prior, key)
    if best is not None:
        if best[0] >= lexicon.frame_threshold:
            return "e: matching candidate above the threshold"
        band = "< 0.15" if best[0] < 0.15 else "< 0.30" if best[0] < 0.3 else "< threshold"
        return f"c: {cue.pos_} {best[1].split(':')[0]} prior {band}"
    return f"d: {cue.pos_} {_relation(cue, gold.root)}"


def _relation(cue: Token, root: Token) -> str:
    if root.head == cue:
        return "content is its " + root.dep_
    if root.head.head == cue:
        return f"content under its {root.head.dep_}"
    if cue.head == root:
        return f"cue is the content's {cue.dep_}"
    if root.sent != cue.sent:
        return "content in another sentence"
    return "content elsewhere in the sentence"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="PolNeAR-format JSONL (the evaluated articles)")
    parser.add_argument("errors", type=Path, help="the --errors file of quotewire eval on them")
    parser.add_argument("--speech", action="store_true", help="the misses with a speech cue")
    parser.add_argument(
        "--show", metavar="TEXT", help="also print the cue and gold text of classes naming TEXT"
    )
    args = parser.parse_args()
    missed = missed_quotes(args.errors, args.speech)
    with args.gold.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    lexicon = load_cue_lexicon()
    items = ((r["text"], r) for r in records)
    counts: collections.Counter[str] = collections.Counter()
    for doc, record in pipe_selectively(load_english(), items, lexicon.may_report):
        wanted = missed.get(record["id"])
        if not wanted:
            continue
        text = record["text"]
        quoted = find_quoted_spans(text, statement_regions(parse_layout(text), text))
        for quote in record["quotes"]:
            if (quote["start"], quote["end"]) in wanted:
                label = classify(doc, quote, text, quoted, lexicon)
                counts[label] += 1
                if args.show and args.show in label:
                    gold = text[quote["start"] : quote["end"]]
                    print(f"{label}\t{quote.get('cue', '')!r}\t{gold!r}")
    letters: collections.Counter[str] = collections.Counter()
    for label, count in counts.items():
        letters[label[0]] += count
    print(f"| class | misses ({sum(counts.values())}) |\n|---|---:|")
    for letter, count in sorted(letters.items()):
        print(f"| **{letter}** | **{count}** |")
        for label, detail in sorted(counts.items(), key=lambda kv: -kv[1]):
            if label[0] == letter:
                print(f"| {label} | {detail} |")


if __name__ == "__main__":
    main()
