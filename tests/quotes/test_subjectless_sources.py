"""Sources the parse does not give a cue: inherited from the clause around it, read from a
clause ending in a colon, or from the sentence just before a quotation with no cue."""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find, speakers_of


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # a gerund after a preposition: the subject of the verb it modifies
            "John Bolton spoke on the radio on Thursday. Bolton distanced himself from the "
            "movement by saying he would be willing to bring his expertise to the administration.",
            "he would be willing",
            "John Bolton",
        ),
        (  # a subject the parser hung on the noun before it as an apposition
            "Hillary Clinton backs Europe. In a statement to the Observer, her senior policy "
            "adviser, Jake Sullivan, said: “Hillary Clinton believes that transatlantic "
            "cooperation is essential.”",
            "transatlantic cooperation",
            "Jake Sullivan",
        ),
        (  # a subject inside the quotation after the cue is the quoted words, not the source
            "Hillary Clinton spoke in Iowa. Clinton laughed about the incident, "
            "telling the crowd, “Some people get a little carried away, have you noticed that?”",
            "Some people get",
            "Hillary Clinton",
        ),
        (  # the passive subject of the verb a complement hangs on
            "Donald Trump and Ted Cruz debated on Thursday. The debate was so subdued that "
            "Mr. Trump was prompted to say, “So far, I cannot believe how civil it has been.”",
            "I cannot believe",
            "Donald Trump",
        ),
    ],
)
def test_a_cue_without_a_subject_inherits_its_source(
    attribute: Attribute, text: str, fragment: str, speaker: str
) -> None:
    quotes, _ = attribute(text)
    assert find(quotes, fragment).speaker == speaker


@pytest.mark.slow
def test_a_passive_without_an_agent_names_no_source(attribute: Attribute) -> None:
    text = (
        "Hillary Clinton came under heavy criticism when it was revealed in March that she "
        "had used a personal email account as secretary of state."
    )
    quotes, _ = attribute(text)
    revealed = [q for q in quotes if q.cue and "revealed" in q.cue]
    assert all(q.speaker is None for q in revealed)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Former Republican presidential candidate Jeb Bush broke down exactly what was wrong "
            "with the image to the Dutch newspaper NRC Handelsblad: “What Trump did was so "
            "insensitive. First, not all Hispanics are Mexican.”",
            {"What Trump did": "Jeb Bush"},
            id="a_clause_ending_in_a_colon_introduces_its_subjects_words",
        ),
        pytest.param(
            "The fact-checkers have a problem. Wait, it gets better: “By law, the president every "
            "fiscal year sets the maximum number of refugees the country can accept.”",
            {"By law": None},
            id="a_colon_after_a_clause_without_a_speaking_subject_attributes_nothing",
        ),
        pytest.param(
            "“He is a good man,” Sam Jones said.\n\n"
            "Buddy Valastro praised the governor’s leadership in the aftermath of the storm. “We "
            "need someone who is going to cut through the nonsense and bring people together.”",
            {"We need someone": "Buddy Valastro"},
            id="a_quotation_after_a_sentence_that_attributes_nothing_is_its_subjects",
        ),
        pytest.param(
            "“We expect a good harvest this autumn,” farmer Paul Green said. The weather helped. "
            "“The rain came just at the right time for the wheat and the barley.”",
            {"The rain came": "Paul Green"},
            id="a_quotation_after_an_attribution_still_continues_it",
        ),
        pytest.param(
            "Donald Trump said France was no longer France. François Hollande answered him. "
            "“France will always be France,” an angry Hollande retaliated.",
            {"always be France": "François Hollande"},
            id="a_description_after_the_closing_mark_is_the_source",
        ),
    ],
)
def test_a_quotation_takes_its_source_from_the_sentence_around_it(
    attribute: Attribute, text: str, speakers: dict[str, str | None]
) -> None:
    quotes, _ = attribute(text)
    assert speakers_of(quotes, speakers) == speakers
