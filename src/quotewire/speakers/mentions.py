"""What a source mention says about its speaker: name, role, kind, gender.

Given the head token of a source ("Lavrov" in "Russian Foreign Minister Sergey Lavrov said"),
read the noun phrase around it: the name is the PERSON entity without honorifics or a
possessive; the role is what stands before the name ("Russian Foreign Minister") or an
apposition ("Jane Doe, a spokeswoman for the ministry,"). Pronouns, role nouns ("the
minister"), organisations ("the ministry", "Reuters") and groups ("officials", "a source") are
told apart so that coreference knows what to look for.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from quotewire.nlp.docs import doc_text, is_line_break, opens_sentence
from quotewire.nlp.punctuation import CLAUSE_BREAKS, is_dash
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.speakers.apposed_roles import (
    affiliation,
    apposed_role,
    office_before_name,
    office_of_apposed_name,
    only_a_mood,
)
from quotewire.speakers.lexicon import PeopleLexicon, load_people_lexicon
from quotewire.speakers.organisation_names import named_share, with_untagged_words
from quotewire.speakers.source_heads import entity_tokens, source_head
from quotewire.speakers.source_words import source_words
from quotewire.types import MentionKind

_LEFT_DEPS = (
    "compound", "amod", "det", "predet", "poss", "nmod", "flat", "nummod", "case", "punct",
)  # fmt: skip
_QUANTITY_ENTS = ("CARDINAL", "PERCENT", "QUANTITY")
_TIME_ENTS = ("DATE", "TIME")
_QUANTITY_DEPS = ("quantmod", "advmod")
_NAME_ENTS = ("PERSON",)
_ORG_ENTS = ("ORG", "GPE", "NORP")
_DETERMINERS = ("the", "a", "an")
_PERFECT_AUXILIARIES = ("has", "have", "had")
POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")
# Participles that give a described person's name: "a woman later identified as Jane Doe".
_NAMING_PARTICIPLES = ("identified", "named")
_SUBJECTS = ("nsubj", "nsubjpass")
_PRONOUN_TAGS = ("PRP", "PRP$")
# phrases hung on a noun that name someone else than the noun does
_OTHERS_PHRASES = ("prep", "relcl", "acl", "poss", "appos")
# what may follow a party or nation's members in their description, and what is left out of it
_MEMBER_MODIFIERS = ("prep", "acl", "amod")
_MEMBER_ASIDES = ("relcl", "appos")
NAME_PARTICLES = ("de", "da", "del", "van", "von", "der", "la", "le", "al", "bin", "ben", "di")


@dataclass(slots=True)
class SourceMention:
    """A source mention read from the parse; ``start``/``end`` are character offsets."""

    start: int
    end: int
    text: str
    kind: MentionKind
    head: Token
    name: str | None = None  # a proper name when the mention holds one
    role: str | None = None
    gender: str | None = None

    @property
    def is_pronoun(self) -> bool:
        return self.kind == "pronoun"


def clean_name(
    tokens: list[Token], people: PeopleLexicon, *, strip_roles: bool = True
) -> list[Token]:
    """Name tokens without honorifics, leading role words, articles, a possessive ending,
    post-nominal letters ("Margaret Beckett *MP*"), a bracket the span leaves open or a dash
    before a word in lower case (the recogniser ran "the Tax Policy Center *- half* a
    percentage point" into one organisation: a name does not go on in lower case after a dash;
    a dateline's dash before the name, "CLEVELAND - Donald Trump", is left to the callers).

    An organisation's name keeps its role words (``strip_roles=False``): they are its own
    ("The *White* House", "the *Justice* Department", "*Press* TV" were "House", "Department"
    and "TV"); only a person's name has a title in front."""
    tokens = [t for t in tokens if t.text not in POSSESSIVE_ENDINGS]
    opening = next((i for i, t in enumerate(tokens) if t.text == "("), None)
    if opening and not any(t.text == ")" for t in tokens[opening:]):
        tokens = tokens[:opening]  # "National Hurricane Center (NHC": the span left it open
    dash = next(
        (
            i
            for i, t in enumerate(tokens[:-1])
            if i and is_dash(t) and tokens[i + 1].is_lower and tokens[i + 1].is_alpha
        ),
        None,
    )
    if dash:
        tokens = tokens[:dash]
    while tokens and (
        tokens[0].lower_ in people.honorifics
        or tokens[0].lower_ in _DETERMINERS
        or tokens[0].is_space
        or (strip_roles and tokens[0].lower_ in people.roles and len(tokens) > 1)
    ):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_punct
        or tokens[-1].is_space
        or tokens[-1].lower_ in ("jr", "jr.", "sr", "sr.")
        or (tokens[-1].lower_ in people.post_nominals and tokens[-1].is_upper and len(tokens) > 2)
    ):
        tokens = tokens[:-1]
    # the tagger knows a verb the recogniser took for a name ("Conceding that ..., he warned")
    while tokens and tokens[0].pos_ == "VERB":
        tokens = tokens[1:]
    if len(tokens) > 1 and _inverted_verb(tokens[0], people):
        tokens = tokens[1:]  # "Stated Stone: ..." read as one name
    while tokens and tokens[-1].pos_ == "VERB":
        tokens = tokens[:-1]
    return tokens


def untitled(name: str, people: PeopleLexicon) -> str:
    """A written name without the honorifics and role words that open it ("Rear Admiral
    Harris" -> "Harris"), as :func:`clean_name` cleans tokens; the last word always stays."""
    words = name.split()
    while len(words) > 1 and (
        words[0].lower() in people.honorifics or words[0].lower() in people.roles
    ):
        words = words[1:]
    return " ".join(words)


def _inverted_verb(token: Token, people: PeopleLexicon) -> bool:
    """A past-tense verb of saying opening its sentence before a name, as in an inverted
    attribution ("Stated Stone:", "Added Smith,"), that the recogniser ran into the name: no
    given name ends so except the ones the name lists know ("Ted", "Jared"). Other words in
    "-ed" open names of bodies ("United Airlines", "Planned Parenthood")."""
    return (
        opens_sentence(token)
        and token.lower_.endswith("ed")
        and people.gender_of_name(token.text) is None
        and load_cue_lexicon().is_speech(token.lower_)
    )


def phrase_text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def noun_phrase(head: Token) -> list[Token]:
    """The head with its pre-modifiers (titles, names, determiners), without appositions."""
    left = head.i
    quantity = head.pos_ == "NUM" or head.ent_type_ in _QUANTITY_ENTS
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS or (quantity and child.dep_ in _QUANTITY_DEPS):
            left = min(left, child.left_edge.i)  # "Nearly half", "Six in 10"
    right = head.i
    for child in head.rights:
        if child.dep_ in ("compound", "flat") and child.i == right + 1:
            right = child.i
    tokens = list(head.doc[left : right + 1])
    breaks = [t.i for t in tokens if _breaks_phrase(t) and t.i < head.i]
    if breaks:  # the parser ran a dateline or a previous paragraph into the phrase
        tokens = [t for t in tokens if t.i > breaks[-1]]
    while tokens and tokens[0] != head and _opens_no_phrase(tokens[0]):
        tokens = tokens[1:]
    while tokens and tokens[0] != head and _time_before_name(tokens[0], head):
        tokens = tokens[1:]  # "On Friday Ford Motor Company announced": the day names no one
    if tokens and tokens[0] != head and _perfect_participle(tokens[0], head):
        tokens = tokens[1:]
    verbs = [t.i for t in tokens if t.i < head.i and _verb_read_as_modifier(t)]
    if verbs:
        tokens = [t for t in tokens if t.i > verbs[-1]]
    return tokens or [head]


def _verb_read_as_modifier(token: Token) -> bool:
    """Whether a word before the head is the verb whose object the phrase is, which the parser
    took for an adjective of it ("This *angered* Sudanese authorities who said ...": the group
    is "Sudanese authorities"): a modifier has no subject and is no past tense."""
    if token.dep_ != "amod":
        return False
    return token.tag_ == "VBD" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _time_before_name(token: Token, head: Token) -> bool:
    return token.ent_type_ in _TIME_ENTS and head.ent_type_ in ("PERSON", "ORG")


def _perfect_participle(token: Token, head: Token) -> bool:
    """Whether the phrase's first word is the participle of a perfect the tagger read as an
    adjective of the object ("The announcement has *outraged* environment activists who
    warn ...": the group is "environment activists"): an -ed word right after "has", "have"
    or "had", which the parser made the verb whose object the phrase is."""
    if token.i == 0 or token.tag_ not in ("JJ", "VBN") or not token.lower_.endswith("ed"):
        return False
    have = token.doc[token.i - 1]
    return have.lower_ in _PERFECT_AUXILIARIES and head.head == have and head.dep_ == "dobj"


def _opens_no_phrase(token: Token) -> bool:
    """Punctuation, or an adverb that qualifies the sentence rather than names the group
    ("*Ultimately* 54.6 percent of the electorate", "*how* many political experts"), unlike
    "Nearly half" or "Only about 4 in 10"."""
    if token.is_punct or token.is_space or token.tag_ == "WRB":
        return True
    return token.tag_ == "RB" and token.lower_ in load_people_lexicon().sentence_adverbs


def _breaks_phrase(token: Token) -> bool:
    return is_line_break(token) or token.text in CLAUSE_BREAKS or is_dash(token)


def person_name(entity: list[Token], head: Token, people: PeopleLexicon) -> list[Token]:
    """The name tokens of a PERSON entity, cleaned (see :func:`clean_name`), with a given name
    the recogniser left out in front ("Billie" of "Billie Jean King"). A title that is also a
    given name is the title there ("*Major* Murad Khan", "Crown *Prince* Mohammed"): it is
    the role, as "General" is."""
    tokens = clean_name(_name_segment(entity, head, people), people)
    while tokens and tokens[0].i > 0:
        before = tokens[0].doc[tokens[0].i - 1]
        if before.tag_ != "NNP" or people.gender_of_name(before.text) is None:
            break
        if before.lower_ in people.roles or before.lower_ in people.honorifics:
            break
        tokens = [before, *tokens]
    return tokens


def _name_segment(entity: list[Token], head: Token, people: PeopleLexicon) -> list[Token]:
    """The part of a (title-case) entity that can be a name: NER reads "Obama To Asians
    Worried" in a headline as one PERSON; names do not run across stop words."""
    segments: list[list[Token]] = [[]]
    for token in entity:
        if (
            token.is_stop and token.lower_ not in NAME_PARTICLES
        ) or token.lower_ in people.name_breakers:
            segments.append([])
        else:
            segments[-1].append(token)
    for segment in segments:
        if head in segment:
            return segment
    return max(segments, key=len)


def _partitive(first: Token) -> bool:
    """Whether an aside opens with a share of the group ("*many of* them conservative
    Catholics", "*some of* whom ..."): it describes the members, it does not name the group."""
    following = first.nbor(1) if first.i + 1 < len(first.doc) else None
    partitives = load_people_lexicon().partitives
    return first.lower_ in partitives and following is not None and following.lower_ == "of"


def full_phrase(head: Token, cue: Token | None = None) -> list[Token]:
    """The whole noun phrase with its post-modifiers ("six million people who lost their
    insurance"): how a group of sources is named. Left out: a modifying clause that holds a
    reported clause of its own ("some commentators who have suggested that ..." is named
    "some commentators") or stands between commas ("The complaint, which was filed in May,"),
    an apposition after a comma, mostly the parser running on into the next phrase ("early
    results of exit polls, majorities of voters"; a name only after a share of the group,
    "critics, many of them conservative Catholics"), and an adjective phrase between commas
    ("insiders, long dismissive of attempts to block Trump,")."""
    after_comma = [
        child
        for child in head.subtree
        if child.i > head.i and child.doc[max(0, child.left_edge.i - 1)].text == ","
    ]  # at any depth: ", which ..." may hang on a name inside the phrase ("a report from the
    # SITE Intelligence Group, which tracks ...")
    reporting = [
        child
        for child in head.subtree
        if child.i > head.i
        and child.dep_ == "relcl"
        and child.head != head
        and any(c.dep_ == "ccomp" for c in child.children)
    ]  # a relative clause that reports, on a name inside the phrase with no comma before it
    # ("local farmer, Hashim Assafi *who also said that ...*")
    cut = {
        t.i
        for child in [*head.rights, *after_comma, *reporting]
        if (
            child.dep_ in ("relcl", "acl")
            and (
                _holds_reported_clause(child)
                or child.doc[max(0, child.left_edge.i - 1)].text == ","
            )
        )
        or (  # "The film *― which weaves together …* ― explores": said of it, not its name
            child.dep_ == "relcl"
            and child.left_edge.tag_ in ("WDT", "WP")
            and is_dash(child.doc[max(0, child.left_edge.i - 1)])
        )
        or (
            child.dep_ == "appos"
            and (child.pos_ != "PROPN" or _partitive(child.left_edge))
            and child.doc[max(0, child.left_edge.i - 1)].text == ","
        )
        or (child.dep_ == "amod" and child.doc[max(0, child.left_edge.i - 1)].text == ",")
        or _time_phrase(child)
        for t in child.subtree
    }
    if cue is not None and cue.i > head.i and head.is_ancestor(cue):
        # the phrase's own cue says, it does not name; nor does the clause that holds it
        # ("A president who authorized the raid ... and *who hoped* ...")
        clause = cue
        while clause.head != head:
            clause = clause.head
        cut |= {t.i for t in (clause if clause.i > head.i else cue).subtree}
    tokens = [t for t in head.subtree if t.i not in cut]
    start = noun_phrase(head)[0].i
    tokens = [t for t in tokens if t.i >= start]
    if tokens and cue is not None and _misread_participle(head, cue):
        # "Majorities of Democrats *going to the polls Tuesday* say": the participle phrase
        # the parser took for the verb modifies the group and is part of its name
        last = tokens[-1].i
        tokens += [t for t in head.head.subtree if last < t.i < cue.i]
    tokens = _before_unclosed_bracket(tokens, head)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _holds_reported_clause(clause: Token) -> bool:
    """Whether a modifying clause on a source holds a clause of its own ("some commentators who
    have *suggested that* ...", "critics who *claim to* know"): what they said, not who they
    are. An infinitive after a verb of leave only says whether the source may speak ("an
    official who was not *authorized to speak* publicly"), which PolNeAR keeps in the name."""
    permission = clause.lower_ in load_people_lexicon().permission_verbs
    return any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and not permission) for c in clause.children)


def _before_unclosed_bracket(tokens: list[Token], head: Token) -> list[Token]:
    """The phrase without an aside opened by a bracket after the head that the phrase does not
    close ("A 2010 YouTube video *(above*", "exit polls *(a sizable margin ...*"): the parser
    hung the bracket's first words on the noun and not the rest; a name cut inside a bracket
    matches no one's. A bracket the phrase closes stays ("Rep. Raul Grijalva (D-Ariz.)"), and
    so does an aside between dashes, which PolNeAR's annotators keep in the source's phrase."""
    for token in tokens:
        if token.i <= head.i or token.text != "(":
            continue
        if not any(t.text == ")" and t.i > token.i for t in tokens):
            return [t for t in tokens if t.i < token.i]
    return tokens


def _time_phrase(child: Token) -> bool:
    """Whether a phrase hung on a source's noun says when it spoke, not who: "According to
    officials *on Saturday*", "the report *on Wednesday*", the parser hanging the day of the
    statement on the group's name. Other phrases of time tell which source ("an executive at
    the foundation *in 2009*", "another study *from 2011*") and stay."""
    if child.dep_ != "prep" or child.lower_ != "on":
        return False
    return any(c.dep_ == "pobj" and c.ent_type_ in _TIME_ENTS for c in child.children)


def _misread_participle(head: Token, cue: Token) -> bool:
    """Whether the parser made the participle after the source its verb and hung the cue on
    it (the shape :mod:`~quotewire.speakers.inherited` reads the source of)."""
    participle = head.head
    return (
        head.dep_ == "nsubj"
        and cue.dep_ == "dep"
        and cue.head == participle
        and participle.tag_ in ("VBG", "VBN")
        and head.i < participle.i < cue.i
        and not any(c.dep_ == "aux" for c in participle.children)
    )


def describe(head: Token, people: PeopleLexicon, cue: Token | None = None) -> SourceMention:
    """Read the source mention headed by ``head`` (see :func:`source_head`); a ``cue`` that
    modifies the phrase ("the older population *backing* the former secretary") is left out
    of the group's name."""
    head = source_head(head)
    head = _message_owner(head, people) or _predicated_owner(head, people, cue) or head
    head = named_share(head, people) or head
    low = head.lower_
    if low in people.pronoun_class or (head.pos_ == "PRON" and low in people.referring_pronouns):
        return SourceMention(
            head.idx,
            head.idx + len(head.text),
            head.text,
            "pronoun",
            head,
            gender=people.gender_of_word(low),
        )
    phrase = noun_phrase(head)
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    text = doc_text(head.doc)[start:end]
    entity = entity_tokens(head)
    appos = next((c for c in head.children if c.dep_ == "appos"), None)
    quantified = head.tag_ == "NNPS" and any(
        c.dep_ == "det" and c.lower_ not in _DETERMINERS for c in head.children
    )  # "some Republicans" names no one
    unnamed_proper = (
        head.pos_ == "PROPN"
        and not head.ent_type_
        and not quantified
        and not head.is_lower
        and not _titles_name(head, appos, people)
        and not _titled_office(head, people)
    )
    if head.ent_type_ in _NAME_ENTS or unnamed_proper:
        return _named(head, phrase, entity or _proper_run(head), appos, people, text, start, end)
    # "the Republican hopefuls": a common noun the recogniser ran into a party's name
    members = _described_members(head, cue)
    if members:
        start, end = members[0].idx, members[-1].idx + len(members[-1].text)
        return SourceMention(start, end, doc_text(head.doc)[start:end], "role", head)
    if head.ent_type_ in _ORG_ENTS and not (head.is_lower and head.pos_ == "NOUN"):
        entity = with_untagged_words(entity, head, people)
        name = phrase_text(clean_name(entity, people, strip_roles=False)) or text
        return SourceMention(start, end, text, "organisation", head, name=name)
    name = appos if appos is not None and appos.ent_type_ in _NAME_ENTS else _named_as(head)
    if name is not None:
        named = _named(name, [name], entity_tokens(name), None, people, text, start, end)
        named.role = role_text(office_before_name(head, name, phrase[0].i)) or None
        return named
    gender = _told_gender(phrase, people)
    if (
        low in people.organisation_nouns
        and not _introduced(head, people)
        and not any(c.dep_ == "conj" for c in head.children)
    ):  # "her campaign and Democrats across the country" are named together, as a group
        return SourceMention(start, end, text, "organisation", head)
    role = role_text([t for t in phrase if t.lower_ not in _DETERMINERS and t.dep_ != "poss"])
    group = full_phrase(head, cue) or phrase
    start, end = group[0].idx, group[-1].idx + len(group[-1].text)
    return SourceMention(
        start, end, doc_text(head.doc)[start:end], "role", head, role=role or None, gender=gender
    )


def _titled_office(head: Token, people: PeopleLexicon) -> bool:
    """Whether a capitalised role word heads the title of an office ("The Israeli *Chief* of
    Staff", "the *Secretary* of State", "the *Minister* of Defence"): no name, but a role whose
    "of" phrase belongs to it, read as a role's phrase is (the name reading stopped at "of")."""
    if head.lower_ not in people.roles:
        return False
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if following is None or following.lower_ != "of" or following.head != head:
        return False
    return any(c.dep_ == "pobj" and c.is_title for c in following.children)


def _titles_name(head: Token, appos: Token | None, people: PeopleLexicon) -> bool:
    """Whether a capitalised role word is the title of the name the parser hung on it as an
    apposition ("Canada's International Trade *Minister* Jim Peterson" with "Peterson" as
    the apposition, or set off by a comma: "The current White House Press *Secretary*, Dana
    Perino, said"): the person is the name, the rest their role."""
    if appos is None or appos.ent_type_ not in _NAME_ENTS or head.lower_ not in people.roles:
        return False
    between = head.doc[head.i + 1 : appos.left_edge.i]
    return all(t.text == "," for t in between) and len(between) <= 1


def _described_members(head: Token, cue: Token | None) -> list[Token]:
    """Members of a party or nation described by what follows their name ("Several senior
    *Democrats* with longtime ties to both Clintons", "*Democrats* involved in the
    negotiations", "*a Democrat* familiar with his remarks"): a group named by its phrase, not
    the party. A relative clause or a phrase after a comma is left out, as the annotators do
    ("Republicans who have praised his candidacy", "many Republicans, like Mr. Ryan"); an
    apposition naming the members ("the two leading Republicans, Donald J. Trump and ...")
    leaves the party as it is."""
    if head.ent_type_ != "NORP":
        return []
    doc = head.doc
    asides = [
        c
        for c in head.rights
        if c.dep_ in _MEMBER_ASIDES or doc[max(0, c.left_edge.i - 1)].text == ","
    ]
    if not any(c.dep_ in _MEMBER_MODIFIERS and c not in asides for c in head.rights):
        return []
    left_out = {t.i for c in asides for t in c.subtree}
    tokens = [t for t in full_phrase(head, cue) if t.i not in left_out]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _introduced(head: Token, people: PeopleLexicon) -> bool:
    """An organisation noun with an indefinite determiner ("*a* group of liberal rabbis", "*a*
    paper from the Brookings Institution") introduces a new source, named by its whole phrase;
    only "the group", "his campaign" or a bare "police" refer to one named before."""
    return any(
        c.dep_ in ("det", "nummod") and c.lower_ in people.indefinite_determiners
        for c in head.lefts
    )


def _message_owner(head: Token, people: PeopleLexicon) -> Token | None:
    """The possessor of a message noun heading the source ("*His* remarks indicated ...",
    "*The campaign's* statement declares ..."), also through a part of it ("Part of *the
    judge's* statement reads ..."): the message says what its owner says."""
    if head.pos_ != "NOUN":
        return None
    if head.lower_ not in people.message_nouns:
        if head.lower_ not in people.message_parts:
            return None
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        message = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if message is None or message.lower_ not in people.message_nouns:
            return None
        head = message
    return next((c for c in head.children if c.dep_ == "poss"), None)


def _predicated_owner(head: Token, people: PeopleLexicon, cue: Token | None) -> Token | None:
    """The possessor of a noun whose content a copula states ("*Sanders's* argument on Sunday
    was that ...", "*Mr. Comey's* most surprising suggestion was that ..."): the noun names
    what its owner said or thought, so its owner is the source, as the gold annotates it
    (the noun is the cue there)."""
    if cue is None or cue.lower_ not in source_words().copulas or head.pos_ != "NOUN":
        return None
    if head.head != cue or head.dep_ != "nsubj":
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or people.pronoun_class.get(owner.lower_) == "neuter":
        return None  # "Its mandate was to ...": a thing's purpose, no one's words
    return owner


def _named_as(head: Token) -> Token | None:
    """The person's name in "a woman later identified as Jane Doe": the description's own
    participle names it (the parser also makes the description the participle's subject)."""
    verbs = [c for c in head.children if c.dep_ == "acl"]
    if head.dep_ in _SUBJECTS and not any(c.dep_ == "dobj" for c in head.head.children):
        verbs.append(head.head)
    for verb in verbs:
        if verb.lower_ not in _NAMING_PARTICIPLES or verb.tag_ != "VBN":
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                name = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if name is not None and name.ent_type_ in _NAME_ENTS:
                    return name
    return None


def _proper_run(head: Token) -> list[Token]:
    """An untagged proper noun with the proper nouns compounded before it ("Gallup Poll")."""
    run = [head]
    for child in reversed(list(head.lefts)):
        if child.dep_ != "compound" or child.pos_ != "PROPN" or child.i != run[0].i - 1:
            break
        run.insert(0, child)
    return run


def _named(
    head: Token,
    phrase: list[Token],
    entity: list[Token],
    appos: Token | None,
    people: PeopleLexicon,
    text: str,
    start: int,
    end: int,
) -> SourceMention:
    in_phrase = {t.i for t in phrase} | {head.i}
    name_tokens = person_name([t for t in entity if t.i in in_phrase], head, people) or [head]
    if all(t.lower_ in people.roles or t.lower_ in people.honorifics for t in name_tokens):
        role = role_text([t for t in phrase if t.lower_ not in _DETERMINERS])
        return SourceMention(start, end, text, "role", head, role=role or None)
    first_name = name_tokens[0].i
    before = [t for t in phrase if t.i < first_name and t.lower_ not in _DETERMINERS]
    before = [t for t in before if t.lower_ not in people.honorifics]
    role = role_text(_with_office_of(before)) if not only_a_mood(before) else ""
    if not role and appos is not None and appos.ent_type_ not in _NAME_ENTS:
        role = role_text(apposed_role(appos))
    if not role:
        role = role_text(office_of_apposed_name(head, people.roles))
    if not role:
        role = role_text(affiliation(head, name_tokens[-1]))
    # a name word is no gender word: "Billie Jean King" is no king
    named = {t.i for t in name_tokens}
    gender = _told_gender([t for t in phrase if t.i not in named], people)
    if gender is None and appos is not None:
        gender = _told_gender(_own_words(appos), people)
    kind: MentionKind = "name" if len(name_tokens) > 1 else "surname"
    return SourceMention(
        start,
        end,
        text,
        kind,
        head,
        name=phrase_text(name_tokens),
        role=role or None,
        gender=gender,
    )


def _with_office_of(role: list[Token]) -> list[Token]:
    """Role words with the office they complete ("Secretary of *State* Condoleezza Rice",
    "Minister of *Defence* Ivan Petrov"): the parser often ends the name's phrase at "of", and
    the role was "State". The office is the capitalised words before the "of"."""
    if not role or role[0].i < 2 or role[0].nbor(-1).lower_ != "of":
        return role
    doc = role[0].doc
    start = role[0].i - 1
    while start > 0 and doc[start - 1].is_title and not doc[start].is_sent_start:
        start -= 1
    if start == role[0].i - 1:
        return role
    return [*doc[start : role[0].i], *role]


def _told_gender(tokens: list[Token], people: PeopleLexicon) -> str | None:
    """The gender a word of a phrase tells of the person it names (an honorific,
    "spokeswoman"). A possessive tells its owner's ("Kellyanne Conway, a pollster for Mr. Trump
    and *his* running mate"; "*his* wife"), so pronouns do not count."""
    return next(
        (
            g
            for t in tokens
            if t.pos_ != "PRON" and t.tag_ not in _PRONOUN_TAGS
            if (g := people.gender_of_word(t.text))
        ),
        None,
    )


def _own_words(head: Token) -> list[Token]:
    """The words of ``head``'s phrase that describe it, without the phrases hung on it that
    name someone else ("a spokeswoman *for the king*", "an aide *who met her*")."""
    words = [head]
    stack = [head]
    while stack:
        for child in stack.pop().children:
            if child.dep_ not in _OTHERS_PHRASES:
                words.append(child)
                stack.append(child)
    return sorted(words, key=lambda t: t.i)


def role_text(tokens: list[Token]) -> str:
    """Role words as written, trimmed of punctuation at the edges."""
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return phrase_text(tokens)
