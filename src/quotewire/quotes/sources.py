"""Who an attribution frame names: the token heading the source of a cue, read off the parse.

The source is the cue's subject, inherited along ``conj``/``advcl``/``xcomp`` chains ("He
smiled, adding that ..."; the passive subject for an active conjunct, "Trump was forced into
damage control and said ..."), the person object of the verb an infinitive completes ("led
her to declare ..."; also when that verb is the cue, "led some to speculate ..."), the agent
of a passive, or the noun a relative clause hangs on (but "had nothing bad *to say*" is the
subject's). A noun cue ("his claim that ...", "a call for ...") takes its possessor, or the
subject of the verb it is the object of ("Trump made the claim that ..."); a participle on a
noun takes that noun's owner ("The governor issued a statement saying ...") or the noun itself
("A report saying ..."), but a past participle names no source ("a group called ...",
"contests known as ...": the noun is what is named, and an agent, "a statement issued by X",
is read first).

A past participle opening its own clause ("Asked whether he would run, Smith said ...") names
no source: the main clause's subject was asked, by someone the text does not name. A pronoun
there ("Asked ..., *he* said") stays the frame's source mention, which coreference resolves
to keep its person in view, but
:func:`~quotewire.quotes.uncredited_sources.credits_source` gives the question no speaker.
A relative word as the subject stands for the noun its clause hangs on
(:mod:`~quotewire.quotes.relative_subjects`).

A participle cue ("asking", "saying") has no subject of its own, and the parse gives it the
subject of the verb it hangs on, which is wrong in two common shapes of news prose:

- a person named just before the participle is its source: 'The ad uses footage of Hillary
  Clinton asking, "..."' (Clinton asks, not the ad; the small parser often hangs "asking" on
  "uses");
- a participle after a comma that the parser hung inside a relative clause or a reported
  clause belongs to the clause that clause sits in: 'Trump was defensive about not paying an
  architect who said ..., saying "..."' (Trump says it, not the architect); 'Trump argued
  that a database would keep people out, saying it's "all about management"' (Trump says it,
  not the database); so is one after a quotation closed by a comma ('Trump said things
  "should be wrapped up by Cleveland," referring to the party's convention'), and one hung
  on an "after"/"when" clause that follows a verb of saying ("Walsh said ... after the mayor
  won his primary, remarking that ..."). One after a reporting clause set in between commas,
  which the parser read as a reported clause, is that clause's subject's ('Parker cannot say
  that "...," Mills added, saying ...').

After an inverted cue right after a closing mark, a titled name the parser read as a clause
('"...," said Oversight ranking Democrat Elijah Cummings (D-Md.).') is the source
(:func:`person_after`, used by :mod:`~quotewire.quotes.frame_repair`).

The objects who do what a clause says are read in :mod:`~quotewire.quotes.object_doers`, the
participle shapes in :mod:`~quotewire.quotes.participle_sources`, and the subjects the parser
got wrong in :mod:`~quotewire.quotes.misparsed_subjects`.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.data_files import word_set
from quotewire.quotes.content_ends import FINITE_TAGS
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.existentials import introduced_noun
from quotewire.quotes.feelings import feeling_noun, is_feeling_passive
from quotewire.quotes.fronted_phrases import subject_in_fronted_phrase
from quotewire.quotes.misparsed_subjects import (
    SUBJECTS,
    name_after_role_read_as_verb,
    name_read_as_adverb,
    name_read_as_modal,
    opens_paragraph,
    quantifier_read_as_adverb,
    reported_conjunct_head,
    series_verb_subject,
    subject_of_verb_read_as_noun,
    subjects_nearest_first,
)
from quotewire.quotes.misplaced_agents import misplaced_agent, stranded_agent
from quotewire.quotes.object_doers import (
    controlling_object,
    is_perceived,
    perceived_doer,
    provoked_thinker,
)
from quotewire.quotes.participle_sources import (
    MAX_CLIMB,
    PARTICIPLE,
    adverbs_start,
    continued_participle,
    names_its_noun,
    person_before,
    verb_on_topic,
)
from quotewire.quotes.quoting_verbs import quoted_as_saying
from quotewire.quotes.relative_conjuncts import main_verb_continued
from quotewire.quotes.relative_subjects import is_relative_subject, relative_antecedent
from quotewire.quotes.stranded_subjects import subject_read_as_object_conjunct
from quotewire.quotes.subordinate_cue_clauses import fronting_subordinators
from quotewire.quotes.uncredited_sources import (
    asked_by_pronoun,
    is_fronted_passive,
    perfect_read_as_passive,
)
from quotewire.speakers.lexicon import load_people_lexicon
from quotewire.speakers.name_tokens import ARTICLES
from quotewire.speakers.source_words import source_words

_INHERIT_SUBJECT = ("conj", "advcl", "xcomp", "pcomp")
_NOUNS = ("NOUN", "PROPN")
_NOUN_OBJECTS = ("dobj", "attr")
_EXCEPTING = word_set("en/inherited_sources.toml", "excepting_prepositions")
_INVERTED_PHRASE_WORDS = 8  # a title and a name: "Oversight ranking Democrat Elijah Cummings"


def find_speaker(cue: Token) -> Token | None:
    """The token heading the source of ``cue`` (see the module docstring)."""
    if is_fronted_passive(cue):
        # the one asked, when a pronoun: kept for coreference, not credited (credits_source)
        return _parsed_source(cue) if asked_by_pronoun(cue) else None
    thinker = provoked_thinker(cue) or feeling_noun(cue)
    if thinker is not None:
        return thinker
    if cue.tag_ == PARTICIPLE and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        continued = continued_participle(cue)
        found = find_speaker(continued) if continued is not None else None
        if found is not None:
            return found
        person = person_before(cue)
        if person is not None:
            return person
        if after_comma(adverbs_start(cue)):
            outer = _outside_relative_clause(cue)
            if outer is not None:
                return outer
    main_verb = main_verb_continued(cue)
    found = _parsed_source(main_verb) if main_verb is not None else None
    if found is not None:
        return found
    return _set_in_source(cue) or _parsed_source(cue) or subject_in_fronted_phrase(cue)


def _set_in_source(cue: Token) -> Token | None:
    """The subject of a verb of saying set after a clause, when the cue is conjoined to that
    clause after it: "Several troops face the risk of infection, *the Ministry of Defence*
    confirmed, but *said* the risk was low". The parser hangs "said" on the reported verb
    "face" and "confirmed" on it as a parataxis; the one who said is the one who confirmed,
    not the reported clause's subject."""
    head = cue.head
    if cue.dep_ != "conj" or head.i >= cue.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    for set_in in head.children:
        if set_in.dep_ == "parataxis" and head.i < set_in.i < cue.i:
            return next((c for c in set_in.children if c.dep_ == "nsubj"), None)
    return None


def after_comma(cue: Token) -> bool:
    """Whether a comma stands right before the cue, or before the closing quotation mark right
    before it ('Trump said things "should be wrapped up by Cleveland," *referring* to ...')."""
    i = before_closing_marks(cue)
    return i >= 0 and cue.doc[i].text == ","


def before_closing_marks(token: Token) -> int:
    """The index of the token before ``token`` and the closing quotation marks right before
    it (-1 when they open the Doc)."""
    i = token.i - 1
    while i >= 0 and token.doc[i].tag_ == "''":
        i -= 1
    return i


def agent(verb: Token) -> Token | None:
    """The agent of a passive verb ("was first reported *by Politico*"), also where the parser
    hung the "by" phrase on a word after the verb
    (:func:`~quotewire.quotes.misplaced_agents.misplaced_agent`)."""
    for child in verb.children:
        if child.dep_ == "agent":
            noun = next((t for t in child.children if t.dep_ == "pobj"), None)
            return noun or stranded_agent(child)
    return misplaced_agent(verb)


def _parsed_source(cue: Token) -> Token | None:
    """The source as the dependency parse gives it, climbing at most four heads."""
    current = cue
    active_conjunct = False  # reached from an active conjunct: "was forced ... and *said*"
    for _ in range(4):
        for child in subjects_nearest_first(current):
            if child.dep_ in SUBJECTS and child.dep_ != "csubj":
                if child.dep_ == "nsubjpass" and not active_conjunct:
                    if (
                        perfect_read_as_passive(current)
                        or quoted_as_saying(current)
                        or is_feeling_passive(current)
                    ):
                        return child
                    return agent(current)
                if is_relative_subject(child):
                    antecedent = relative_antecedent(child)  # "Smith, who said ..." -> Smith
                    return issuer(antecedent) or antecedent
                return child
        found = (
            agent(current)
            or name_read_as_modal(current)
            or name_read_as_adverb(current)
            or name_after_role_read_as_verb(current, load_people_lexicon().roles)
            or subject_read_as_object_conjunct(current)
            or (quantifier_read_as_adverb(current) if current == cue else None)
            or series_verb_subject(current)
        )
        if found is not None:
            return found
        holder = _holder_of_words(current)
        if holder is not None:
            current = holder
            continue
        if current.dep_ == "relcl" and current.head.pos_ in ("PROPN", "NOUN", "PRON"):
            return current.head
        if current.pos_ in _NOUNS:
            possessor = next((c for c in current.children if c.dep_ == "poss"), None)
            if possessor is not None:
                return possessor  # "his claim that ...", "Clinton's call for ..."
            if current.dep_ in _NOUN_OBJECTS:
                current = current.head  # "Trump made the claim that ..."
                continue
            return subject_of_verb_read_as_noun(current) if current == cue else None
        introduced = introduced_noun(current) if current == cue else None
        if introduced is not None:
            return introduced
        if current.dep_ == "acl" and current.head.pos_ in _NOUNS:
            # "Trump issued a statement saying ...": the statement's issuer; "a report saying
            # ...": the report
            if names_its_noun(current):
                return None  # "a group called ...", "contests known as ...": what is named
            head = current.head
            if head.dep_ in _NOUN_OBJECTS and after_comma(current) and opens_paragraph(head):
                # "De Blasio, speaking on WOR710, *called* Trump ...": a name opening its
                # paragraph, taken for an object of the paragraph before, with its verb
                # after a comma read as a clause on it
                return head
            if current == cue and is_perceived(head):
                # "to see *a Republican administration* defending the idea that ...": only the
                # participle's own statement; a noun cue it governs ("the idea") repeats it
                return head
            given_to = _given_to(current)
            if given_to is not None:
                return given_to
            occasion_verb = _verb_of_occasion(current)
            if occasion_verb is not None:
                current = occasion_verb
                continue
            topic_verb = verb_on_topic(current)
            if topic_verb is not None:
                current = topic_verb
                continue
            owned = head.dep_ in _NOUN_OBJECTS or any(c.dep_ == "poss" for c in head.children)
            if not owned:
                return head
            current = head
            continue
        controller = controlling_object(current) or perceived_doer(current)
        if controller is not None:
            return controller
        if current.dep_ in _INHERIT_SUBJECT and current.head != current:
            # the passive subject of a verb is the subject of an active verb conjoined to it
            # ("Mr. Trump was forced into damage control *and said* ..."), not its agent
            active_conjunct = (
                current.dep_ == "conj"
                and current.pos_ == "VERB"
                and current.tag_ in FINITE_TAGS
                and not any(c.dep_ == "expl" for c in current.children)  # "there were"
            )
            current = reported_conjunct_head(current)
            continue
        return None
    return None


def _verb_of_occasion(infinitive: Token) -> Token | None:
    """The verb whose subject says an infinitive hung on an occasion noun ("He used this
    occasion *as an opportunity to criticize* ..." is his, not the opportunity's): the verb
    the noun is the object of, directly or through a preposition. None for another noun or
    a participle ("a report saying ..." is the report's)."""
    noun = infinitive.head
    if noun.lower_ not in source_words().occasion_nouns:
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in infinitive.children):
        return None
    if noun.dep_ not in ("dobj", "pobj"):  # "The chance to criticize him came" is no one's
        return None
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return governor if governor.pos_ in ("VERB", "AUX") and governor != noun else None


def _holder_of_words(clause: Token) -> Token | None:
    """The verb whose subject has what an infinitive relative clause on its object says:
    "Deacon *had* nothing bad *to say* about Sanders", "a worker *has* nothing but positive
    things *to say* about his job". The clause has no subject or relative word of its own, and
    the words are the holder's, not the noun's; a person as the noun does it himself ("found a
    lawyer to argue ...", "The campaign had *a lawyer* to explain ..."); the pipeline loads
    no lemmatizer, so the noun's own form is read when its lemma is empty."""
    if clause.dep_ != "relcl" or clause.tag_ != "VB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i < clause.i for c in clause.children):
        return None
    noun = clause.head
    if noun.dep_ == "pobj" and noun.head.lower_ in _EXCEPTING and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # "nothing but positive things to say"
    if noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX") or noun.ent_type_:
        return None
    people, form = load_people_lexicon(), noun.lemma_ or noun.lower_
    if people.is_person_noun(form) or people.is_plural_person_noun(form):
        return None
    return noun.head


def _given_to(infinitive: Token) -> Token | None:
    """The one given the chance an infinitive on a noun object names ("gives *Democrats* an
    opportunity to take aim at ...", "offered *him* a chance to respond"): the receiver of a
    verb's two objects does what the noun's infinitive says, not the giver."""
    noun = infinitive.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return None
    if noun.dep_ != "dobj":
        return None
    return next(
        (c for c in noun.head.children if c.dep_ == "dative" and c.pos_ in (*_NOUNS, "PRON")),
        None,
    )


def issuer(message: Token | None) -> Token | None:
    """The source of the verb that puts out a message a relative clause describes ("Rand Paul
    has *released* a Web video that accuses ...", "He held up the sign - which read ..."): as
    with "issued a statement saying", the message says what its issuer says. Only a message
    noun (people.toml ``message_nouns``, inherited_sources.toml ``issued_messages``) as the
    object of a verb of issuing (``issuing_verbs``): "cited a report that said" passes on the
    report's words, "hired a lawyer who said" the lawyer's."""
    if message is None or message.dep_ != "dobj" or message.pos_ != "NOUN":
        return None
    words = source_words()
    if message.lower_ not in load_people_lexicon().message_nouns | words.issued_messages:
        return None
    verb = message.head
    if verb.pos_ != "VERB" or verb.lower_ not in words.issuing_verbs:
        return None
    return _parsed_source(verb)


def _outside_relative_clause(cue: Token) -> Token | None:
    """The source of the clause that holds the relative clause the participle was hung in, or
    the adverbial clause after its main verb (:func:`_in_trailing_adverbial_clause`)."""
    if _in_trailing_adverbial_clause(cue):
        return _clause_subject(cue.head.head)
    current = cue
    for _ in range(MAX_CLIMB):
        if current.head == current:
            return None
        if current.dep_ in ("relcl", "acl"):
            return _clause_subject(current.head)
        if current.dep_ == "ccomp" and current != cue and current.head.i < current.i:
            if _is_set_in(current):
                return _parsed_source(current)
            return _clause_subject(current.head)
        current = current.head
    return None


def _in_trailing_adverbial_clause(participle: Token) -> bool:
    """Whether the participle, set off by a comma, was hung on the verb of an adverbial clause
    that a subordinator opens after a main verb of saying ("Walsh *said* ... *after the mayor
    won* his primary, *remarking* that ..."): the participle goes on with the report, whose
    subject does the remarking. After a main verb of another kind it may be the inner
    clause's ("The row erupted after the mayor entered the race ..., *saying* ...", the
    mayor's), so the parse is kept there."""
    clause = participle.head
    if participle.dep_ not in ("advcl", "xcomp", "conj") or clause.dep_ != "advcl":
        return False
    main = clause.head
    if (
        main.i > clause.i
        or participle.i < clause.i
        or not load_cue_lexicon().is_speech(main.lower_)
    ):
        return False
    return any(
        c.dep_ == "mark" and c.lower_ in fronting_subordinators() and c.i < clause.i
        for c in clause.children
    )


def _is_set_in(verb: Token) -> bool:
    """Whether the verb is a reporting clause set in after the words it reports, between
    commas ('Parker cannot say that "...," *Mills added*, saying ...'), which the parser read
    as a clause reported by the verb before: its subject, right after the comma or the closing
    mark, is the one the participle after it goes with."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > verb.i or verb.i + 1 >= len(verb.doc):
        return False
    start = subject.left_edge.i
    if start == 0 or verb.nbor(1).text != ",":
        return False
    before = verb.doc[start - 1]
    return (before.text == "," or before.tag_ == "''") and verb.i - subject.i <= 2


def _clause_subject(token: Token) -> Token | None:
    """The subject of the clause ``token`` stands in: the parse's source of its verb, or the
    first subject found up the tree (a passive one too: "Olsen was annoyed when ...")."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    found = _parsed_source(verb)
    for _ in range(MAX_CLIMB):
        if found is not None:
            return found
        found = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if verb.head == verb:
            return found
        verb = verb.head
    return found


def person_after(cue: Token) -> Token | None:
    """The person named last in the words right after an inverted cue, up to the first
    punctuation, when the parser made a clause of them ('"...," said *Oversight ranking
    Democrat Elijah Cummings* (D-Md.).' with "ranking" read as the reported verb): a word the
    recogniser tagged a person, a capitalised word after a known given name, or a noun for a
    person after a determiner ("the woman", "a spokesman")."""
    doc = cue.doc
    end = cue.i + 1
    while end < len(doc) and end - cue.i <= _INVERTED_PHRASE_WORDS and not doc[end].is_punct:
        end += 1
    if end == cue.i + 1 or end == len(doc) or not doc[end].is_punct:
        return None
    last = doc[end - 1]
    if last.ent_type_ == "PERSON":
        return last
    people = load_people_lexicon()
    if (
        doc[cue.i + 1].lower_ in ARTICLES
        and last.pos_ == "NOUN"
        and people.is_person_noun(last.text)
    ):
        return last  # '"...," said the woman, who like many in the town did not want ...'
    given = doc[end - 2] if end - 2 > cue.i else None
    if given is None or not (last.is_title and given.is_title):
        return None
    return last if people.gender_of_name(given.text) is not None else None
