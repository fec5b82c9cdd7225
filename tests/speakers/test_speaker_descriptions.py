"""Speaker resolution beyond names: gendered descriptions as antecedents, name extents the
recogniser got wrong, group names, outlets, and the census list of given names."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotewire.read.layout import split_paragraphs
from quotewire.speakers.coref import Coreference
from quotewire.speakers.lexicon import load_people_lexicon
from quotewire.speakers.mentions import describe
from quotewire.speakers.name_tokens import clean_name


@pytest.fixture(scope="module")
def nlp():
    from quotewire.nlp.model import load_english

    return load_english()


def resolve_all(
    nlp, text: str, words: list[str], title: tuple[int, int] | None = None
) -> list[str | None]:
    """Resolve the source mentions ``words`` (each the whole mention), in text order."""
    doc = nlp(text)
    people = load_people_lexicon()
    regions = [(p.start, p.end) for p in split_paragraphs(text)]
    coref = Coreference(doc, regions, people, [], title)
    names = []
    offset = 0
    for word in words:
        offset = text.index(word, offset)
        head = doc.char_span(offset, offset + len(word)).root
        entity, _ = coref.resolve(describe(head, people))
        names.append(entity.name if entity else None)
        offset += len(word)
    return names


def mention_text(nlp, text: str, word: str) -> str:
    doc = nlp(text)
    start = text.index(word)
    return describe(doc.char_span(start, start + len(word)).root, load_people_lexicon()).text


@pytest.mark.slow
def test_she_goes_to_the_woman_described_just_before(nlp) -> None:
    text = (
        "Mrs. Jane Miller spoke first.\n\n"
        "The woman's enthusiasm was obvious at the rally, where Obama spoke. "
        "She said she loved the country."
    )
    assert resolve_all(nlp, text, ["She"]) == ["The woman"]


@pytest.mark.slow
def test_a_description_source_is_someone_a_later_pronoun_can_mean(nlp) -> None:
    text = "A spokeswoman for the company said sales fell. She said prices would rise."
    assert resolve_all(nlp, text, ["spokeswoman", "She"]) == ["A spokeswoman for the company"] * 2


@pytest.mark.slow
def test_a_name_word_tells_no_gender(nlp) -> None:
    text = "Tennis great Billie Jean King remembered Ali as fun. She witnessed his fights."
    king, she = resolve_all(nlp, text, ["King", "She"])
    assert king is not None and king.endswith("Jean King") and she == king


@pytest.mark.slow
def test_a_surname_the_recogniser_missed_still_counts_for_he(nlp) -> None:
    text = (
        "John Kasich got advice from a veteran.\n\n"
        "After a question, the man ended up next to Kasich.\n\n"
        "Kasich jokingly offered the man a job, then says he will welcome advice.\n\n"
        "He says that is how you get smart."
    )
    assert resolve_all(nlp, text, ["He"]) == ["John Kasich"]


@pytest.mark.slow
def test_the_newspaper_is_the_outlet_quoted_just_before(nlp) -> None:
    text = (
        "The Daily News said the law had failed.\n\nThe newspaper said the city needed new rules."
    )
    assert resolve_all(nlp, text, ["Daily News", "newspaper"]) == ["Daily News"] * 2


@pytest.mark.slow
def test_a_headline_name_stops_before_a_common_word(nlp) -> None:
    text = "Obama Speech Draws Praise\n\nThe speech was short. Obama said it was time."
    title = (0, len("Obama Speech Draws Praise"))
    assert resolve_all(nlp, text, ["Obama"], title) == ["Obama"]


@pytest.mark.slow
def test_a_title_cut_off_by_the_sentence_splitter_gives_way_to_the_name(nlp) -> None:
    doc = nlp('"We are one people," said the Rev. Peter Wherry.')
    title = next(t for t in doc if t.text == "Rev.")
    mention = describe(title, load_people_lexicon())
    assert mention.name == "Peter Wherry"


@pytest.mark.slow
def test_group_names_keep_their_quantity_and_drop_an_aside(nlp) -> None:
    assert mention_text(nlp, "Nearly half said they prefer him.", "half") == "Nearly half"
    assert mention_text(nlp, "Six in 10 say he is decisive.", "10") == "Six in 10"
    text = "One ad, which is currently airing, argues that he lies."
    assert mention_text(nlp, text, "ad") == "One ad"


def test_a_verb_is_no_part_of_a_name() -> None:
    doc = Doc(Vocab(), words=["Conceding", "Smith"], pos=["VERB", "PROPN"])
    assert [t.text for t in clean_name(list(doc), load_people_lexicon())] == ["Smith"]
    assert clean_name([doc[0]], load_people_lexicon()) == []


def test_census_names_fill_in_genders_the_corpus_did_not_teach() -> None:
    people = load_people_lexicon()
    assert people.gender_of_name("Margaret") == "female"
    assert people.gender_of_name("Gerald") == "male"
    assert people.gender_of_name("Zzyzx") is None


@pytest.mark.slow
def test_a_role_with_a_party_goes_to_the_person_of_that_party(nlp) -> None:
    text = (
        "Democratic presidential candidate Hillary Clinton spoke in Ohio. "
        "Republican presidential candidate Donald Trump was in Iowa.\n\n"
        "Clinton said she would win. The Republican presidential candidate said he would win."
    )
    assert resolve_all(nlp, text, ["Clinton", "The Republican presidential candidate"]) == [
        "Hillary Clinton", "Donald Trump",
    ]  # fmt: skip


@pytest.mark.slow
def test_a_subjects_own_possessive_tells_its_gender(nlp) -> None:
    text = (
        "Casey Quill presented her plan on Monday. Jordan Field criticized Quill and her plan. "
        "Marsh said his rivals were wrong.\n\n"
        "Field spoke later. She said the plan was costly."
    )
    assert resolve_all(nlp, text, ["She"]) == ["Casey Quill"]


@pytest.mark.slow
def test_common_nouns_are_no_names_and_proper_compounds_are_kept(nlp) -> None:
    doc = nlp("The Republican hopefuls sparred over taxes. A national Gallup Poll said it.")
    people = load_people_lexicon()
    hopefuls = describe(next(t for t in doc if t.text == "hopefuls"), people)
    assert (hopefuls.kind, hopefuls.text) == ("role", "The Republican hopefuls")
    poll = describe(next(t for t in doc if t.text == "Poll"), people)
    assert poll.name == "Gallup Poll"


@pytest.mark.slow
def test_a_group_name_drops_an_aside_hung_on_a_name_inside_it(nlp) -> None:
    text = (
        "According to a report from the SITE Intelligence Group, which tracks terrorist "
        "communications, the group claimed the attack."
    )
    assert mention_text(nlp, text, "report") == "a report from the SITE Intelligence Group"
