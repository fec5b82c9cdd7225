"""False alarms by shape (fa1 round): a frame that quotes inside what a verb of saying reports,
which PolNeAR leaves to the outer statement; loads the model.

Counted both ways on PolNeAR train articles 1-840; the sentences here are made up in the style
of the cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "outer_cue"),
    [
        (
            "Cox says the NRA wants gun owners to become “scapegoats” for the failed policies"
            " of the city.",
            "says",
        ),
        ("The spokesman said the media considered him a “fringe candidate” in March.", "said"),
    ],
)
def test_a_quoting_frame_with_a_source_of_its_own_inside_a_report_is_left_to_it(
    attribute: Attribute, text: str, outer_cue: str
) -> None:
    quotes, _ = attribute(text)
    assert [q.cue for q in quotes] == [outer_cue]


@pytest.mark.parametrize(
    ("text", "inner_cue"),
    [
        # a verb of naming: the English Wikinews gold annotates it
        (
            "The spokesman said the department called Iran “the most active sponsor of"
            " terrorism” in its report.",
            "called",
        ),
        # one quotation alone: a direct statement PolNeAR credits to the inner source
        ("Lopez said the crowd chanted “Build the wall!” as he spoke.", "chanted"),
        # a quotation set off by a dash: words the inner frame introduces as said
        (
            "The senator said the mayor praised her brother’s “deep faith” - “faith that shows"
            " in good works, not loud words,” in a speech on Monday.",
            "praised",
        ),
    ],
)
def test_a_naming_frame_or_a_lone_quotation_inside_a_report_stays(
    attribute: Attribute, text: str, inner_cue: str
) -> None:
    quotes, _ = attribute(text)
    assert inner_cue in [q.cue for q in quotes]
