"""Sources of indirect and mixed quotes the small parser gets wrong, repaired by rules over the
parse (issue #3, fifth round: docs/speaker-resolution.md). Each text is the pattern as news
prose writes it."""

from __future__ import annotations

import pytest
from quote_samples import find

from quotewire.pipeline import extract


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # the parser gives "suggest" the "Game" of the paragraph before as a second subject
            "“So the best way we do it, we get to 1,237. Game over,” Collins told MSNBC.\n\n"
            "“So the best way we do it, we get to 1,237. Game over.”\n\n"
            "Several political experts suggest however that Republican elders do not plan to "
            "elevate Cruz.",
            "Republican elders do not plan",
            "Several political experts",
        ),
        (  # a headline name run into the first sentence as another subject of "says"
            "Dr. Ben Carson: Hillary Clinton ‘Not Fit To Serve As President.’\n\n"
            "GOP presidential candidate Dr. Ben Carson says Democrat Hillary Clinton is not fit "
            "to serve as President of the United States.",
            "is not fit to serve",
            "Ben Carson",
        ),
    ],
)
def test_the_subject_next_to_the_verb_is_the_source(text: str, fragment: str, speaker: str) -> None:
    article = extract(text, lang="en")
    assert find(article.quotes, fragment).speaker == speaker


@pytest.mark.slow
def test_the_subject_of_a_raising_verb_is_no_source() -> None:
    article = extract(
        "The statistics, attributed to the Crime Statistics Bureau in San Francisco, appear to "
        "be fabricated. The music seemed to match the sense of relief in the arena.",
        lang="en",
    )
    assert find(article.quotes, "to be fabricated").speaker is None
    assert find(article.quotes, "the sense of relief").speaker is None


@pytest.mark.slow
def test_a_participle_after_a_closed_quotation_belongs_to_the_reporting_clause() -> None:
    article = extract(
        "Trump said things “should be wrapped up by Cleveland,” referring to the party’s July "
        "convention, where Republicans will select a nominee.",
        lang="en",
    )
    referring = [q for q in article.quotes if q.cue == "referring"]
    assert [q.speaker for q in referring] == ["Trump"]


@pytest.mark.slow
def test_a_conjunct_inflected_unlike_a_relative_clause_continues_the_outer_clause() -> None:
    article = extract(
        "Donald Trump spoke on Monday. He has also called on the United States to attack the "
        "oil that funds the Islamic State and proposed a safe zone inside Syria for the "
        "refugees.",
        lang="en",
    )
    proposed = [q for q in article.quotes if q.cue == "proposed"]
    assert [q.speaker for q in proposed] == ["Donald Trump"]
