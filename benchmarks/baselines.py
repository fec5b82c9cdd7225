"""quotewire beside open quote extractors, scored by the same scorer on the same gold set.

    .venv/bin/python benchmarks/baselines.py [--gold PATH] [--split dev] [--limit N]
                                             [--system NAME] [--write-docs] [--out FILE]

Systems: quotewire (``extract_batch``); textacy's ``direct_quotations`` (rules over a spaCy parse);
SaysWho's ``quote_finder`` (textacy's rules reworked for news; its coreference step needs a
transformer model that cannot be installed here, so only the quote finder runs). Both baselines
use the same spaCy model as quotewire, loaded with its lemmatizer because their cue-verb test
reads lemmas. SaysWho is optional: it pins old pytest/regex versions, so it is installed by hand
without its dependencies (``pip install --no-deps sayswho==0.1.4``) and skipped when absent.

Prints a Markdown table (``--write-docs`` also puts it into docs/evaluation.md between the
baselines markers) and writes every score as JSON to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from spacy.tokens import Doc, Token

from quotewire.errors import ExtractionError
from quotewire.evaluate import GoldRecord, Report, evaluate, quotewire_predictor, read_gold
from quotewire.evaluate.runner import Prediction
from quotewire.nlp.model import english_model_name, load_english
from quotewire.types import Mention, Quote, Span

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"
DOCS = ROOT / "docs" / "evaluation.md"
START_MARK, END_MARK = "<!-- baselines:start -->", "<!-- baselines:end -->"
SYSTEMS = ("quotewire", "textacy", "sayswho")
QUOTE_CHARS = "\"'“”‘’«»„‚‹›`"

Triples = Callable[[Doc], Iterable[object]]


def spacy_predictor(
    find_triples: Triples, *, prepare: Callable[[str], tuple[str, list[int]]] | None = None
) -> Callable[[Sequence[GoldRecord]], Iterator[Prediction]]:
    """Run a (speaker, cue, content) triple finder over each article parsed by the shared model.

    ``prepare`` rewrites the text into the form the finder expects and gives the original
    offset of each character, so that quotes are mapped back onto the article.
    """

    def predict(records: Sequence[GoldRecord]) -> Iterator[Prediction]:
        nlp = load_english(exclude=())
        inputs = [prepare(r.text) if prepare else (r.text, None) for r in records]
        docs = nlp.pipe((text for text, _ in inputs), batch_size=16)
        for record, (_, origin), doc in zip(records, inputs, docs, strict=True):
            try:
                quotes = [to_quote(doc, triple) for triple in find_triples(doc)]
            except (ValueError, TypeError) as error:
                # textacy gives up on an odd number of quotation marks; SaysWho trips on some
                # multi-character quote tokens. Scored as finding nothing, counted as given up.
                yield ExtractionError(record.id, f"{type(error).__name__}: {error}")
                continue
            yield [_remap(q, origin, record.text) for q in quotes] if origin else quotes

    return predict


def sayswho_text(text: str) -> tuple[str, list[int]]:
    """The input SaysWho's own preparation makes: paragraphs on single newlines, ``''`` as ``"``.

    Its quote finder reads single-character quote and newline tokens and fails on a blank line's
    token or on ``''``. Returns the text and the original offset of each of its characters.
    """
    text = text.replace("''", '" ')
    chars, origin = [], []
    for i, char in enumerate(text):
        if char in "\n \t\xa0" and chars and chars[-1] == "\n":
            continue
        chars.append(char)
        origin.append(i)
    origin.append(len(text))
    return "".join(chars), origin


def _remap(quote: Quote, origin: list[int], text: str) -> Quote:
    def span(s: Span) -> Span:
        return Span.of(text, origin[s.start], origin[s.end - 1] + 1)

    start, end = origin[quote.start], origin[quote.end - 1] + 1
    mention = span(quote.speaker_mention) if quote.speaker_mention else None
    return Quote(
        start=start, end=end, text=text[start:end], kind=quote.kind, cue=quote.cue,
        cue_span=span(quote.cue_span) if quote.cue_span else None, speaker=quote.speaker,
        speaker_mention=Mention(mention.start, mention.end, mention.text) if mention else None,
    )  # fmt: skip


def to_quote(doc: Doc, triple: object) -> Quote:
    """A direct quote from a triple: the content inside the marks, the speaker's tokens' span."""
    content = triple.content  # type: ignore[attr-defined]
    start, end = content.start_char, content.end_char
    text = doc.text
    while start < end and text[start] in QUOTE_CHARS:
        start += 1
    while end > start and text[end - 1] in QUOTE_CHARS:
        end -= 1
    speaker = _token_span(doc, triple.speaker)  # type: ignore[attr-defined]
    cue = _token_span(doc, triple.cue)  # type: ignore[attr-defined]
    return Quote(
        start=start, end=end, text=text[start:end], kind="direct", cue=cue.text,
        cue_span=cue, speaker=speaker.text,
        speaker_mention=Mention(speaker.start, speaker.end, speaker.text),
    )  # fmt: skip


def _token_span(doc: Doc, tokens: Sequence[Token]) -> Span:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return Span.of(doc.text, start, end)


def systems(
    wanted: Sequence[str],
) -> dict[str, Callable[[Sequence[GoldRecord]], Iterable[Prediction]]]:
    """The systems to compare, by table label; ``wanted`` picks among quotewire/textacy/sayswho."""
    found: dict[str, Callable[[Sequence[GoldRecord]], Iterable[Prediction]]] = {}
    if "quotewire" in wanted:
        found["quotewire"] = quotewire_predictor()
    if "textacy" in wanted:
        from textacy.extract.triples import direct_quotations

        found["textacy direct_quotations"] = spacy_predictor(direct_quotations)
    if "sayswho" in wanted:
        try:
            from sayswho.quote_finder import quote_finder
        except ImportError:
            print("sayswho not installed (pip install --no-deps sayswho==0.1.4): skipped")
        else:
            found["SaysWho quote_finder"] = spacy_predictor(quote_finder, prepare=sayswho_text)
    return found


def row(name: str, report: Report) -> dict[str, object]:
    def cell(rule: str, scope: str, kind: str, metric: str) -> float:
        return round(getattr(report.score(rule, scope, kind), metric), 3)  # type: ignore[arg-type]

    return {
        "system": name,
        "seconds": round(report.seconds, 1),
        "given_up": len(report.failures),
        "f1_direct": cell("overlap", "all", "direct", "f1"),
        "f1_all": cell("overlap", "all", "all", "f1"),
        "f1_all_ggt": cell("ggt-0.3", "all", "all", "f1"),
        "f1_speech": cell("overlap", "speech", "all", "f1"),
        "speaker_accuracy": cell("overlap", "all", "all", "speaker_accuracy"),
        "e2e_f1_direct": cell("overlap", "all", "direct", "e2e_f1"),
        "e2e_f1_all": cell("overlap", "all", "all", "e2e_f1"),
        "e2e_f1_speech": cell("overlap", "speech", "all", "e2e_f1"),
    }


COLUMNS = [
    ("system", "system"),
    ("f1_direct", "detection F1, direct"),
    ("f1_all", "detection F1, all"),
    ("f1_all_ggt", "detection F1, all (GGT 0.3)"),
    ("f1_speech", "detection F1, speech cues"),
    ("speaker_accuracy", "speaker accuracy"),
    ("e2e_f1_direct", "end-to-end F1, direct"),
    ("e2e_f1_all", "end-to-end F1, all"),
    ("e2e_f1_speech", "end-to-end F1, speech cues"),
    ("given_up", "articles given up"),
    ("seconds", "seconds"),
    ("cpu_seconds", "CPU seconds"),
]


def markdown(rows: list[dict[str, object]], caption: str) -> str:
    lines = [caption, "", "| " + " | ".join(h for _, h in COLUMNS) + " |"]
    lines.append("|---" + "|---:" * (len(COLUMNS) - 1) + "|")
    for r in rows:
        cells = (
            [str(r["system"])]
            + [
                f"{r[k]:.0f}"
                if k in ("seconds", "cpu_seconds", "given_up")
                else f"{100 * r[k]:.1f}"  # type: ignore[operator]
                for k, _ in COLUMNS[1:]
            ]
        )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_docs(table: str) -> None:
    text = DOCS.read_text(encoding="utf-8")
    before, rest = text.split(START_MARK, 1)
    _, after = rest.split(END_MARK, 1)
    DOCS.write_text(f"{before}{START_MARK}\n{table}\n{END_MARK}{after}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, help="score only the first N articles")
    parser.add_argument(
        "--system", action="append", choices=SYSTEMS, help="run only these (default: all)"
    )
    parser.add_argument("--write-docs", action="store_true", help="update docs/evaluation.md")
    parser.add_argument("--out", type=Path, help="write all scores as JSON here")
    args = parser.parse_args()

    records = read_gold(args.gold, split=args.split)[: args.limit]
    load_english(exclude=())  # load the model before any clock starts
    load_english()
    rows, reports, cpu_seconds = [], {}, {}
    for name, predict in systems(args.system or SYSTEMS).items():
        cpu_started = time.process_time()
        report = evaluate(records, predict, error_rule=None)
        cpu_seconds[name] = time.process_time() - cpu_started
        rows.append({**row(name, report), "cpu_seconds": round(cpu_seconds[name], 1)})
        reports[name] = report.to_dict()
        print(f"{name}: {report.seconds:.1f} s ({cpu_seconds[name]:.1f} s CPU)", flush=True)
    gold_quotes = sum(len(r.quotes) for r in records)
    caption = (
        f"{args.gold.name} ({args.split}): {len(records)} articles, {gold_quotes} gold quotes; "
        f"overlap rule unless marked; percent; model {english_model_name()}; "
        f"{platform.processor() or platform.machine()}, one process."
    )
    table = markdown(rows, caption)
    print(table)
    if args.write_docs:
        write_docs(table)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(reports, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
