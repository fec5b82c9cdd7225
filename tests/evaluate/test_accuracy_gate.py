"""The accuracy gate: pinned floors that fail the build when extraction quality drops.

Floors sit a little below what quotewire reaches (docs/evaluation.md has the numbers); raise
them when quality improves, never lower them to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotewire.evaluate import Report, evaluate, read_gold

ROOT = Path(__file__).resolve().parents[2]
LAVROV = ROOT / "tests" / "data" / "gold" / "lavrov-csto.jsonl"
POLNEAR_DEV = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"
WIKINEWS_EN = ROOT / "tests" / "data" / "en" / "wikinews-en-gold.jsonl"

# (rule, scope, kind, metric): floor
LAVROV_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.95,
    ("exact", "all", "direct", "f1"): 0.9,
    ("overlap", "all", "all", "speaker_accuracy"): 0.95,
    ("overlap", "all", "all", "e2e_f1"): 0.9,
}
# quotewire on 2026-11-30 (thirteenth session): overlap F1 all 0.729, direct 0.950, speech cues
# 0.883; GGT-0.3 all 0.775; exact direct 0.928; speaker accuracy 0.829 (direct 0.831); end-to-end
# F1 0.605 (direct 0.789), speech cues 0.746. Floors sit one to two points below, so a real drop
# fails the build and noise does not.
POLNEAR_DEV_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.715,
    ("overlap", "all", "direct", "f1"): 0.935,
    ("overlap", "speech", "all", "f1"): 0.865,
    ("ggt-0.3", "all", "all", "f1"): 0.76,
    ("exact", "all", "direct", "f1"): 0.915,
    ("overlap", "all", "all", "speaker_accuracy"): 0.815,
    ("overlap", "all", "direct", "speaker_accuracy"): 0.815,
    ("overlap", "all", "all", "e2e_f1"): 0.59,
    ("overlap", "all", "direct", "e2e_f1"): 0.775,
    ("overlap", "speech", "all", "e2e_f1"): 0.73,
}

# English Wikinews, report split (25 articles, 119 quotes; tests/data/en/, docs/evaluation.md):
# quotewire at the end of the twelfth and of the thirteenth session: overlap F1 all 0.779, direct
# 0.977, speech cues 0.911; speaker accuracy 0.875; end-to-end F1 0.682, speech cues 0.859
# (eleventh: 0.784, 0.988, 0.917; 0.857; 0.672, 0.844). One quote moves a number by about one
# point, so the floors sit two points below.
WIKINEWS_EN_REPORT_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.76,
    ("overlap", "all", "direct", "f1"): 0.96,
    ("overlap", "speech", "all", "f1"): 0.89,
    ("overlap", "all", "all", "speaker_accuracy"): 0.855,
    ("overlap", "all", "all", "e2e_f1"): 0.66,
    ("overlap", "speech", "all", "e2e_f1"): 0.835,
}

# English Wikinews, tune2 split (35 articles, 184 quotes; its errors were read and fixed, so
# it guards those fixes rather than measures): quotewire on 2026-11-30 (after the tune2 fixes):
# overlap F1 all 0.772, direct 0.961, speech cues 0.893; speaker accuracy 0.923; end-to-end
# F1 0.713, speech cues 0.832. Floors sit about two points below.
WIKINEWS_EN_TUNE2_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.75,
    ("overlap", "all", "direct", "f1"): 0.94,
    ("overlap", "speech", "all", "f1"): 0.87,
    ("overlap", "all", "all", "speaker_accuracy"): 0.90,
    ("overlap", "all", "all", "e2e_f1"): 0.69,
    ("overlap", "speech", "all", "e2e_f1"): 0.81,
}

# English Wikinews, tune3 split (25 articles, 123 quotes; annotated before quotewire was run on
# it, then its errors were read): quotewire on 2026-11-30 (main 5ca9777 and the tune3 fix):
# overlap F1 all 0.789, direct 1.000, speech cues 0.940; speaker accuracy 0.902; end-to-end F1
# 0.711, speech cues 0.857 (first run: 0.784, 1.000, 0.935; 0.901; 0.707, 0.852). Floors sit
# about two points below.
WIKINEWS_EN_TUNE3_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.76,
    ("overlap", "all", "direct", "f1"): 0.98,
    ("overlap", "speech", "all", "f1"): 0.91,
    ("overlap", "all", "all", "speaker_accuracy"): 0.88,
    ("overlap", "all", "all", "e2e_f1"): 0.68,
    ("overlap", "speech", "all", "e2e_f1"): 0.83,
}

# English Wikinews, tune4 split (25 articles, 119 quotes; annotated before quotewire was run on
# it, then its errors were read): quotewire on 2026-11-30 (main 5375787 and the tune4 fixes):
# overlap F1 all 0.767, direct 0.955, speech cues 0.891; speaker accuracy 0.981; end-to-end F1
# 0.753, speech cues 0.881 (first run: 0.767, 0.955, 0.891; 0.963; 0.738, 0.863, before one
# mention slip was corrected). Floors sit about two points below.
WIKINEWS_EN_TUNE4_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.745,
    ("overlap", "all", "direct", "f1"): 0.93,
    ("overlap", "speech", "all", "f1"): 0.87,
    ("overlap", "all", "all", "speaker_accuracy"): 0.96,
    ("overlap", "all", "all", "e2e_f1"): 0.73,
    ("overlap", "speech", "all", "e2e_f1"): 0.86,
}

# English Wikinews, tune5 split (25 articles, 117 quotes; annotated before quotewire was run on
# it, then its errors were read): quotewire on 2026-11-30 (main c4e1b2f and the tune5 fixes):
# overlap F1 all 0.779, direct 0.975, speech cues 0.888; speaker accuracy 0.894; end-to-end F1
# 0.697, speech cues 0.791 (first run: 0.779, 0.975, 0.888; 0.865; 0.674, 0.759). Floors sit
# about two points below.
WIKINEWS_EN_TUNE5_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.755,
    ("overlap", "all", "direct", "f1"): 0.95,
    ("overlap", "speech", "all", "f1"): 0.865,
    ("overlap", "all", "all", "speaker_accuracy"): 0.87,
    ("overlap", "all", "all", "e2e_f1"): 0.675,
    ("overlap", "speech", "all", "e2e_f1"): 0.77,
}

# English Wikinews, tune6 split (25 articles, 126 quotes; annotated before quotewire was run on
# it, then its errors were read): quotewire on 2026-11-30 (main 9d319d8 and the tune6 fixes):
# overlap F1 all 0.699, direct 0.921, speech cues 0.858; speaker accuracy 0.843; end-to-end F1
# 0.589, speech cues 0.740 (first run: 0.697, 0.921, 0.858; 0.841; 0.586, 0.740). Floors sit
# about two points below.
WIKINEWS_EN_TUNE6_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.68,
    ("overlap", "all", "direct", "f1"): 0.90,
    ("overlap", "speech", "all", "f1"): 0.835,
    ("overlap", "all", "all", "speaker_accuracy"): 0.82,
    ("overlap", "all", "all", "e2e_f1"): 0.57,
    ("overlap", "speech", "all", "e2e_f1"): 0.72,
}

# English Wikinews, tune7 split (25 articles, 117 quotes; annotated before quotewire was run on
# it, then its errors were read): quotewire on 2026-11-30 (main a5ec4e9 and the tune7 fixes):
# overlap F1 all 0.777, direct 0.940, speech cues 0.894; speaker accuracy 0.906; end-to-end F1
# 0.703, speech cues 0.827 (first run: 0.769, 0.940, 0.885; 0.838; 0.645, 0.760). Floors sit
# about two points below.
WIKINEWS_EN_TUNE7_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.755,
    ("overlap", "all", "direct", "f1"): 0.92,
    ("overlap", "speech", "all", "f1"): 0.87,
    ("overlap", "all", "all", "speaker_accuracy"): 0.885,
    ("overlap", "all", "all", "e2e_f1"): 0.68,
    ("overlap", "speech", "all", "e2e_f1"): 0.805,
}

# English Wikinews, tune8 split (25 articles, 118 quotes; annotated before quotewire was run on
# it, then its errors were read): quotewire on 2026-11-30 (main bdc75b2 and the tune8 fixes):
# overlap F1 all 0.716, direct 0.977, speech cues 0.843; speaker accuracy 0.907; end-to-end F1
# 0.649, speech cues 0.761 (first run: 0.713, 0.977, 0.843; 0.887; 0.632, 0.741). Floors sit
# about two points below.
WIKINEWS_EN_TUNE8_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.695,
    ("overlap", "all", "direct", "f1"): 0.955,
    ("overlap", "speech", "all", "f1"): 0.82,
    ("overlap", "all", "all", "speaker_accuracy"): 0.885,
    ("overlap", "all", "all", "e2e_f1"): 0.625,
    ("overlap", "speech", "all", "e2e_f1"): 0.74,
}

# English Wikinews, tune9 split (25 articles, 127 quotes; annotated before quotewire was run on
# it, then its errors were read): quotewire on 2026-11-30 (main ef015e7 and the tune9 fixes):
# overlap F1 all 0.753, direct 0.935, speech cues 0.901; speaker accuracy 0.946; end-to-end F1
# 0.712, speech cues 0.865 (first run: 0.740, 0.935, 0.883; 0.935; 0.692, 0.838). Floors sit
# about two points below.
WIKINEWS_EN_TUNE9_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.73,
    ("overlap", "all", "direct", "f1"): 0.915,
    ("overlap", "speech", "all", "f1"): 0.88,
    ("overlap", "all", "all", "speaker_accuracy"): 0.925,
    ("overlap", "all", "all", "e2e_f1"): 0.69,
    ("overlap", "speech", "all", "e2e_f1"): 0.845,
}

# English Wikinews, tune10 split (25 articles, 122 quotes; annotated before quotewire was run on
# it, then its errors were read): quotewire on 2026-11-30 (main 5b5cbfc and the tune10 fixes):
# overlap F1 all 0.787, direct 0.989, speech cues 0.898; speaker accuracy 0.908; end-to-end F1
# 0.715, speech cues 0.833 (first run: 0.783, 0.989, 0.898; 0.898; 0.703, 0.824). Floors sit
# about two points below.
WIKINEWS_EN_TUNE10_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.765,
    ("overlap", "all", "direct", "f1"): 0.97,
    ("overlap", "speech", "all", "f1"): 0.875,
    ("overlap", "all", "all", "speaker_accuracy"): 0.885,
    ("overlap", "all", "all", "e2e_f1"): 0.695,
    ("overlap", "speech", "all", "e2e_f1"): 0.81,
}

# English Wikinews, tune11 split (25 articles, 105 quotes; annotated before quotewire was run on
# it, then its errors were read): quotewire on 2026-11-30 (main b79ee99 and the tune11 fixes):
# overlap F1 all 0.798, direct 1.000, speech cues 0.910; speaker accuracy 0.949; end-to-end F1
# 0.757, speech cues 0.878 (first run: 0.787, 0.987, 0.899; 0.906; 0.713, 0.836). Floors sit
# about two points below.
WIKINEWS_EN_TUNE11_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.775,
    ("overlap", "all", "direct", "f1"): 0.98,
    ("overlap", "speech", "all", "f1"): 0.89,
    ("overlap", "all", "all", "speaker_accuracy"): 0.925,
    ("overlap", "all", "all", "e2e_f1"): 0.735,
    ("overlap", "speech", "all", "e2e_f1"): 0.855,
}

# English Wikinews, tune12 split (25 articles, 121 quotes; annotated before quotewire was run on
# it, then its errors were read): quotewire on 2026-12-01 (main 25a6e10 and the tune12 fixes):
# overlap F1 all 0.800, direct 0.968, speech cues 0.894; speaker accuracy 0.911; end-to-end F1
# 0.729, speech cues 0.864 (first run: 0.783, 0.968, 0.880; 0.900; 0.705, 0.850). Floors sit
# about two points below.
WIKINEWS_EN_TUNE12_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.775,
    ("overlap", "all", "direct", "f1"): 0.945,
    ("overlap", "speech", "all", "f1"): 0.87,
    ("overlap", "all", "all", "speaker_accuracy"): 0.89,
    ("overlap", "all", "all", "e2e_f1"): 0.705,
    ("overlap", "speech", "all", "e2e_f1"): 0.84,
}


# English Wikinews, tune13 split (25 articles, 114 quotes; annotated before quotewire was run on
# it, then its errors were read): quotewire on 2026-12-01 (main a338c57 and the tune13 fixes):
# overlap F1 all 0.765, direct 0.989, speech cues 0.926; speaker accuracy 0.906; end-to-end F1
# 0.693, speech cues 0.853 (first run: 0.763, 0.989, 0.921; 0.877; 0.669, 0.817). Floors sit
# about two points below (speaker accuracy and end-to-end about three).
WIKINEWS_EN_TUNE13_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.745,
    ("overlap", "all", "direct", "f1"): 0.97,
    ("overlap", "speech", "all", "f1"): 0.905,
    ("overlap", "all", "all", "speaker_accuracy"): 0.875,
    ("overlap", "all", "all", "e2e_f1"): 0.665,
    ("overlap", "speech", "all", "e2e_f1"): 0.82,
}


# English Wikinews, tune14 split (15 articles, 96 quotes; annotated before quotewire was run on
# it, then its errors were read): quotewire on 2026-12-01 (main 4d3a79c and the tune14 fixes):
# overlap F1 all 0.748, direct 0.930, speech cues 0.831; speaker accuracy 0.904; end-to-end F1
# 0.676, speech cues 0.759 (first run: 0.733, 0.930, 0.819; 0.901; 0.661, 0.747). A small
# split (96 quotes), so the floors sit about two and a half points below (speaker accuracy
# and end-to-end about three and a half).
WIKINEWS_EN_TUNE14_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.72,
    ("overlap", "all", "direct", "f1"): 0.90,
    ("overlap", "speech", "all", "f1"): 0.80,
    ("overlap", "all", "all", "speaker_accuracy"): 0.87,
    ("overlap", "all", "all", "e2e_f1"): 0.64,
    ("overlap", "speech", "all", "e2e_f1"): 0.725,
}


# English Wikinews, tune15 split (15 articles, 82 quotes; annotated before quotewire was run on
# it, then its errors were read): quotewire on 2026-12-01 (main 7afed95 and the tune15 fixes):
# overlap F1 all 0.802, direct 0.971, speech cues 0.905; speaker accuracy 0.930; end-to-end F1
# 0.746, speech cues 0.847 (first run: 0.768, 0.971, 0.870; 0.897; 0.689, 0.783). A small
# split (82 quotes, one quote about 1.2 points), so the floors sit about two and a half points
# below (speaker accuracy and end-to-end about three and a half).
WIKINEWS_EN_TUNE15_FLOORS = {
    ("overlap", "all", "all", "f1"): 0.775,
    ("overlap", "all", "direct", "f1"): 0.945,
    ("overlap", "speech", "all", "f1"): 0.88,
    ("overlap", "all", "all", "speaker_accuracy"): 0.895,
    ("overlap", "all", "all", "e2e_f1"): 0.71,
    ("overlap", "speech", "all", "e2e_f1"): 0.81,
}


def _below_floor(report: Report, floors: dict[tuple[str, str, str, str], float]) -> list[str]:
    failures = []
    for (rule, scope, kind, metric), floor in floors.items():
        value = getattr(report.score(rule, scope, kind), metric)  # type: ignore[arg-type]
        if value < floor:
            failures.append(f"{rule}/{scope}/{kind} {metric} = {value:.3f} < floor {floor}")
    return failures


@pytest.mark.slow
def test_reference_article_gate() -> None:
    report = evaluate(read_gold(LAVROV))
    assert not report.failures
    assert not _below_floor(report, LAVROV_FLOORS), report.errors


@pytest.mark.slow
@pytest.mark.skipif(not POLNEAR_DEV.is_file(), reason="PolNeAR dev set not present")
def test_polnear_dev_gate() -> None:
    report = evaluate(read_gold(POLNEAR_DEV, split="dev"), error_rule=None)
    assert not report.failures
    assert report.score().counts.gold == 2487
    assert not _below_floor(report, POLNEAR_DEV_FLOORS)


def test_wikinews_en_splits() -> None:
    assert len(read_gold(WIKINEWS_EN, split="tune")) == 15
    assert len(read_gold(WIKINEWS_EN, split="report")) == 25
    assert len(read_gold(WIKINEWS_EN, split="tune2")) == 35
    assert len(read_gold(WIKINEWS_EN, split="tune3")) == 25
    assert len(read_gold(WIKINEWS_EN, split="tune4")) == 25
    assert len(read_gold(WIKINEWS_EN, split="tune5")) == 25
    assert len(read_gold(WIKINEWS_EN, split="tune6")) == 25
    assert len(read_gold(WIKINEWS_EN, split="tune7")) == 25
    assert len(read_gold(WIKINEWS_EN, split="tune8")) == 25
    assert len(read_gold(WIKINEWS_EN, split="tune9")) == 25
    assert len(read_gold(WIKINEWS_EN, split="tune10")) == 25
    assert len(read_gold(WIKINEWS_EN, split="tune11")) == 25
    assert len(read_gold(WIKINEWS_EN, split="tune12")) == 25
    assert len(read_gold(WIKINEWS_EN, split="tune13")) == 25
    assert len(read_gold(WIKINEWS_EN, split="tune14")) == 15
    assert len(read_gold(WIKINEWS_EN, split="tune15")) == 15


@pytest.mark.slow
@pytest.mark.parametrize(
    ("split", "gold_quotes", "floors"),
    [
        ("report", 119, WIKINEWS_EN_REPORT_FLOORS),
        ("tune2", 184, WIKINEWS_EN_TUNE2_FLOORS),
        ("tune3", 123, WIKINEWS_EN_TUNE3_FLOORS),
        ("tune4", 119, WIKINEWS_EN_TUNE4_FLOORS),
        ("tune5", 117, WIKINEWS_EN_TUNE5_FLOORS),
        ("tune6", 126, WIKINEWS_EN_TUNE6_FLOORS),
        ("tune7", 117, WIKINEWS_EN_TUNE7_FLOORS),
        ("tune8", 118, WIKINEWS_EN_TUNE8_FLOORS),
        ("tune9", 127, WIKINEWS_EN_TUNE9_FLOORS),
        ("tune10", 122, WIKINEWS_EN_TUNE10_FLOORS),
        ("tune11", 105, WIKINEWS_EN_TUNE11_FLOORS),
        ("tune12", 121, WIKINEWS_EN_TUNE12_FLOORS),
        ("tune13", 114, WIKINEWS_EN_TUNE13_FLOORS),
        ("tune14", 96, WIKINEWS_EN_TUNE14_FLOORS),
        ("tune15", 82, WIKINEWS_EN_TUNE15_FLOORS),
    ],
)
def test_wikinews_en_gate(
    split: str, gold_quotes: int, floors: dict[tuple[str, str, str, str], float]
) -> None:
    report = evaluate(read_gold(WIKINEWS_EN, split=split), error_rule=None)
    assert not report.failures
    assert report.score().counts.gold == gold_quotes
    assert not _below_floor(report, floors)
