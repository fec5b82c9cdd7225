"""The source of a cue whose own clause has no subject, read from the clause around it.

The parse gives many cues no subject of their own although the sentence names the source:

- a gerund after a preposition: "Bolton distanced himself *by saying* ...", "*After savaging*
  the donors, Trump is finding ...", "In addition to *stating* that ..., Clinton has vowed";
- a predicative adjective: "Viguerie is *upbeat about* ...", "Republicans have been *critical
  of* ...", "voters are more likely *to say* ...", "he continued ... and made *clear* that";
- a subject the small parser hung elsewhere (as an apposition of the noun before it: "In a
  statement to the Observer, her adviser, Jake Sullivan, *said*: ...");
- a cue on a noun with a possessor ("*his* policy of *not attacking* ...", "*a reporter's*
  request for *comment*"), or a noun cue after "with" ("Clinton supporters responded *with
  chants* of ...");
- a subject before a participle or prepositional aside ('Bill Eastland, wearing "Ted Cruz"
  pins, *said*', "Margaret Sullivan, in an attempt to ..., *wrote*"), before a relative
  clause the parser took for what the cue reports ("Mr. Slinker, whose start-up uses big data
  ..., *said*"), or before a "who" clause and a time ("Beck, who supported Cruz ..., last
  week *said*");
- a participle opening the sentence, hung on a verb inside the quotation after it
  ("*Emphasizing* the urgency of the matter, Trump said, "If we ...""): the subject after its
  comma;
- a passive verb of perceiving with a bare participle ("the cleric is shown *lecturing*:");
- a participle conjunct the parser hung on the wrong verb ("She is noting the problems Sanders
  had breaking up banks *and saying* ..."), or a participle hung with the cue before it on the
  verb inside the quotation ('"People forget," she said, *adding* that ...');
- a subject the parser did not label as one: a quantity ("About 4 in 10 *say*", "Less than
  a third *agreed*", labelled ``nummod``/``npadvmod``), a subject whose participle phrase was
  taken for a clausal subject ("Majorities of Democrats going to the polls *say*"), and a
  verb read as a plural noun after a name ("Trump *predicts* that ...": "Trump" a compound).

:func:`inherited_source` climbs from the cue through such links to the first clause with a
subject, and otherwise takes a name or pronoun written right before the cue. Prepositions whose
gerund is usually done by the object before them ("criticized Trump *for saying*") are not
climbed. The word lists are in ``data/en/inherited_sources.toml``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from quotewire.nlp.dates import TIME_ENTITIES
from quotewire.nlp.docs import is_line_break
from quotewire.quotes.relative_subjects import is_relative_subject, relative_antecedent
from quotewire.quotes.sources import find_speaker
from quotewire.quotes.uncredited_sources import is_fronted_passive
from quotewire.speakers.adjective_sources import described_noun, described_subject
from quotewire.speakers.adverbial_participles import (
    adverbial_participle_source,
    subordinate_subject,
)
from quotewire.speakers.lexicon import load_people_lexicon
from quotewire.speakers.source_words import SourceWords, source_words
from quotewire.speakers.time_spent import VERB_OBJECT_DEPS, is_person_object
from quotewire.speakers.written_before import (
    MAX_ASIDE_TOKENS,
    SOURCE_POS,
    SOURCE_PRONOUNS,
    stops_clause,
    written_before,
)

_MAX_CLIMB = 6
_CLAUSE_LINKS = ("xcomp", "conj", "advcl")
_RELATIVE_PRONOUNS = ("who", "which", "that")
_CLOSING_MARKS = ('"', "”", "''", "’")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubjpass", "auxpass")
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "VBN")
_UNLABELLED_SUBJECT_DEPS = ("nummod", "npadvmod", "csubj", "nmod", "dep")
_QUANTITY_OR_NAME = ("NOUN", "PROPN", "NUM")
# what heads a clause with a subject; the tagger reads some verbs as adjectives ("Ryan, who a
# week ago *surprised* Trump by declaring ...")
_CLAUSE_HEADS = ("VERB", "AUX", "ADJ")
_SMALL_CLAUSE_DEPS = ("ccomp", "oprd")  # how the parser hangs "clear" in "made clear that"
_PARTICIPLE_COMPLEMENTS = ("dobj", "xcomp", "ccomp", "advcl", "oprd")


def is_expletive(token: Token) -> bool:
    """An "it" that stands for a clause after it, not for a speaker: "It appears that ...",
    "it's hard to know ...", "It would be difficult to overstate ..." (the subject of a copula
    or a raising verb)."""
    if token.dep_ == "expl":
        return True
    return token.lower_ == "it" and token.head.lower_ in source_words().copulas


def raising_source(cue: Token) -> Token | None:
    """The source of a raising-verb cue ("The statistics *appear* to be fabricated"): its
    subject shows something rather than says it, so only an experiencer after "to" ("it
    *seemed* to him that ...") holds the view; otherwise the writer does, and no one is named."""
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def is_raising(cue: Token) -> bool:
    """Whether the cue is a raising verb ("seem", "appear") used as a verb."""
    return cue.pos_ in ("VERB", "AUX") and cue.lower_ in source_words().raising_verbs


def experiencer_source(verb: Token) -> Token | None:
    """The person a psychological verb's subject acts on ("The timing doesn't *surprise*
    pollster Daron Shaw:"): before a quotation the one surprised speaks, not the timing."""
    if verb.pos_ != "VERB" or verb.lower_ not in source_words().experiencer_verbs:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    return obj if is_person_object(obj) else None


def inherited_source(cue: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """The token heading the source of a cue the parse left without one, or None.

    ``is_quoted`` tells whether a character offset lies inside quotation marks: a word there is
    the quoted person's, never the source of a cue outside them.
    """
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children) or is_fronted_passive(cue):
        # a passive without an agent names no source ("it was revealed that"), unless a bare
        # participle introduces what its subject was shown or heard saying ("the cleric is
        # shown *lecturing*: "..."", "he was heard *saying*, "..."")
        return _passive_doer(cue, is_quoted)
    # an adjective right after a noun for people is that noun's state ("gave cover to
    # *lawmakers* nervous about ..."), not the state of the subject of the noun's verb
    found = described_noun(cue, is_quoted) or _climbed_subject(cue, is_quoted)
    if found is not None and is_expletive(found):
        # "it wasn't an accident — Brendan Buck, a spokesman, *told* ...": the clause the cue
        # was hung on has only an "it" standing for a clause, which names no one
        found = subordinate_subject(cue, is_quoted)
    if found is None:
        found = described_subject(cue, is_quoted)
    across = None
    if found is not None and _across_paragraphs(found, cue):
        across, found = found, None  # kept only when nothing in the cue's paragraph names one
    if found is None:
        found = _unlabelled_subject(cue, is_quoted)
    if found is None:
        found = _parallel_participle_source(cue, is_quoted)
    if found is None:
        found = _subject_of_cue_after_marks(cue, is_quoted)
    if found is None:
        found = _subject_of_clause_before(cue, is_quoted)
    if found is None:
        found = _subject_cut_off(cue, is_quoted)
    if found is None:
        found = _subject_after_fronted_participle(cue, is_quoted)
    if found is None:
        found = adverbial_participle_source(cue, is_quoted)
    if found is not None:
        return found
    return written_before(cue, is_quoted) or across or _governing_verb_source(cue, is_quoted)


def _governing_verb_source(cue: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """The source inherited by the verb before the cue that a conjunct cue continues, or
    whose object a participle cue describes, when that verb has no subject of its own either
    ('Trump summed up Clinton as "terrible," denounced her record ... *and said* ...', with
    "summed" parsed as what "denounced" reports; "Black Lives Matter issued a statement
    *saying* ...", with the name read as an adverb): the cue shares the verb's source. Only a
    message says what its participle says; another object does what its participle does."""
    verb = cue.head
    if cue.dep_ == "acl" and verb.dep_ == "dobj" and cue.tag_ == "VBG":
        if verb.lower_ not in load_people_lexicon().message_nouns:
            return None  # "to see a Republican administration *defending* ...": its own doing
        verb = verb.head  # the participle on a message: "issued a statement *saying*"
    elif cue.dep_ != "conj":
        return None
    if verb.i > cue.i or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    return inherited_source(verb, is_quoted)


def _across_paragraphs(source: Token, cue: Token) -> bool:
    """Whether a paragraph break stands between a source and its cue: the parser ran the
    cue's sentence on from the paragraph before and hung the cue on a verb there ("Trump
    attacked the mayor ...\n\nDe Blasio, speaking on WOR710, *called* Trump a "blowhard""),
    whose subject is the cue's only when nothing in its own paragraph names one."""
    start, end = sorted((source.i, cue.i))
    return any(is_line_break(t) for t in cue.doc[start:end])


def _passive_doer(verb: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """The passive subject of a verb of perceiving or quoting whose bare participle introduces a
    quotation ("the cleric is shown *lecturing*: "..."", '"...," Braynard is quoted *as
    saying*'): what follows is what the subject was seen or quoted saying. A participle with
    words of its own ("is shown discussing his plan") reports them itself, and PolNeAR
    annotates no source for it."""
    participles = [c for c in verb.rights if c.dep_ in _PARTICIPLE_COMPLEMENTS]
    participles += [  # "Braynard is quoted *as saying*."
        p for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
    ]
    introducing = (
        c.tag_ == "VBG"
        and c.dep_ in (*_PARTICIPLE_COMPLEMENTS, "pcomp")
        and all(w.is_punct for w in c.children)  # "shown discussing his plan" reports itself
        for c in participles
    )
    if not any(introducing):
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    if subject is None or is_quoted(subject.idx) or subject.lower_ in _RELATIVE_PRONOUNS:
        return None
    return subject


def _climbed_subject(cue: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    words = source_words()
    current = cue
    from_preposition = False  # the climb came to ``current`` from a preposition on it
    # past a preposition of time on a gerund cue ("was booed *after telling* ..."), the
    # clause's passive subject did what the gerund says, through conjuncts too ("was booed and
    # shouted down by X after telling"): the one booed told, not the agent who booed
    past_gerund_preposition = False
    for _ in range(_MAX_CLIMB):
        head = current.head
        if head == current:
            return None
        dep = current.dep_
        if dep == "pcomp" or dep == "pobj":
            owner = _noun_owner(head, is_quoted) or _light_verb_subject(current, is_quoted)
            if owner is not None:
                return owner
            governor = _verb_without_object(head, words) if dep == "pcomp" else None
            if governor is not None:
                # "stopped short *of endorsing*", "has refrained *from endorsing*"
                current = governor
                subject = _subject_of(current, is_quoted, passive=True)
                if subject is not None:
                    return subject
                continue
            if head.dep_ != "prep" or head.lower_ not in words.gerund_prepositions:
                return None
            current = head
            continue
        if dep == "prep":
            if current.lower_ not in words.gerund_prepositions:
                return None
        elif dep == "acomp" or (dep == "attr" and current.pos_ == "ADJ" and from_preposition):
            # a superlative is parsed ``attr``: "Trump has been *the most aggressive* in
            # denouncing ..."
            if head.lower_ not in words.copulas:
                return None
        elif dep in _SMALL_CLAUSE_DEPS and current.pos_ == "ADJ":
            if head.lower_ not in words.predicate_makers:
                return None  # "he *made clear* that ...": the maker's
        elif dep not in _CLAUSE_LINKS:
            return None
        from_preposition = dep == "prep"
        # a bare participle on a passive clause takes its passive subject: "President Uribe
        # was sworn in ..., *pledging* to improve the economy" (Wikinews tune10)
        participle_on_clause = dep == "advcl" and current == cue and cue.tag_ == "VBG"
        past_gerund_preposition = (
            from_preposition
            and cue.tag_ == "VBG"
            and current.lower_ in words.passive_subject_prepositions
        ) or (past_gerund_preposition and dep == "conj")
        current = head
        if current.pos_ in _CLAUSE_HEADS:
            # the passive subject of a verb is its complement's source: "Mr. Trump was
            # prompted to say", "she was forced to admit"
            passive = dep == "xcomp" or past_gerund_preposition or participle_on_clause
            subject = _subject_of(current, is_quoted, passive)
            if subject is not None:
                return subject
    return None


def _verb_without_object(preposition: Token, words: SourceWords) -> Token | None:
    """The verb an object-free preposition ("of", "from": inherited_sources.toml
    ``object_free_prepositions``) hangs on, through an adverb ("stopped *short* of"), when
    the verb has no object: then its subject does what the gerund after the preposition says
    ("She has refrained from *endorsing* ...", "Guardian stopped short of *endorsing* ...",
    "was accused of *lying*"), as after "by" or "after". After an object the gerund is the
    object's ("kept *her* from saying", "accused *him* of lying"), and no verb is returned."""
    if preposition.dep_ != "prep" or preposition.lower_ not in words.object_free_prepositions:
        return None
    verb = preposition.head
    if verb.dep_ == "advmod" and verb.pos_ == "ADV":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in VERB_OBJECT_DEPS for c in verb.children):
        return None
    return verb


def _noun_owner(preposition: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """The possessor of the noun a preposition hangs on: "*his* policy of *not attacking*
    Trump", "*a reporter's* request for *comment*". Whatever the preposition, a possessed
    noun's cue is its owner's, as the possessed noun cue itself is ("her claim that ...")."""
    noun = preposition.head
    if preposition.dep_ != "prep" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    if possessor is None or is_quoted(possessor.idx):
        return None
    return possessor


def _light_verb_subject(gerund: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """The subject of a verb whose object noun carries the gerund after "of": "Clinton's
    campaign *took the unusual step of criticizing* ...", "Lynch took the last step of
    *announcing* ...". The step, point or habit is the subject's own doing, unlike a person or
    pronoun object ("accused *him* of lying"), whose "of" the parser hangs on the verb."""
    preposition = gerund.head
    noun = preposition.head
    if gerund.dep_ != "pcomp" or preposition.lower_ != "of" or preposition.dep_ != "prep":
        return None
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.pos_ not in _CLAUSE_HEADS:
        return None
    return _subject_of(noun.head, is_quoted, False)


def _parallel_participle_source(cue: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """The source of the participle a participle conjunct continues. The parser hangs "and
    saying" on the nearest verb, often one inside the first participle's object ("She is
    noting the problems Sanders had breaking up banks *and saying* ...") or inside its
    quotation ("emailed supporters saying: "The struggle continues" *and vowing* ..."); the
    first participle up the tree outside a prepositional phrase with a source is the one it
    continues. A participle whose source the parse took from inside quotation marks
    ('noting the "kind of problems" Sanders had answering' with "kind" the subject of
    "answering") is one the parser made up, and the climb goes on past it."""
    if cue.tag_ != "VBG" or cue.dep_ != "conj":
        return None
    for ancestor in list(cue.ancestors)[1:_MAX_CLIMB]:
        if ancestor.tag_ != "VBG" or ancestor.dep_ == "pcomp":
            continue
        found = find_speaker(ancestor)
        if found is not None and not is_quoted(found.idx):
            return found
    return None


def _subject_of_cue_after_marks(cue: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """The subject of the cue after a quotation that a participle continues, when the parser
    hung both on the quoted verb ('"People forget," *she* said, *adding* that ...', with
    "said" and "adding" both dependents of "forget"): the participle goes on from that cue."""
    verb = cue.head
    if cue.tag_ != "VBG" or cue.dep_ not in _CLAUSE_LINKS or not is_quoted(verb.idx):
        return None
    before = [c for c in verb.children if c.i < cue.i and not is_quoted(c.idx)]
    said = next((c for c in reversed(before) if c.pos_ == "VERB"), None)
    return _subject_of(said, is_quoted, passive=False) if said is not None else None


def _unlabelled_subject(cue: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """The subject the parse gave another label (see the module docstring): the nearest such
    dependent left of the cue, in the cue's own clause."""
    if any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
        return None
    if cue.pos_ == "NOUN" and cue.tag_ == "NNS":
        if cue.dep_ != "ROOT" or not any(c.dep_ == "ccomp" for c in cue.children):
            return None  # a real plural noun, not a misread verb
        deps = ("compound",)
    elif cue.pos_ == "VERB" and cue.tag_ in _FINITE_TAGS:
        deps = _UNLABELLED_SUBJECT_DEPS
    else:
        return None
    if cue.dep_ == "dep" and cue.pos_ == "VERB":
        subject = _participle_phrase_subject(cue, is_quoted)
        if subject is not None:
            return subject
    for child in reversed(list(cue.lefts)):
        if child.dep_ not in deps or is_quoted(child.idx):
            continue
        if child.dep_ == "csubj":
            return next((c for c in child.lefts if c.dep_ == "nsubj"), None)
        if child.ent_type_ in TIME_ENTITIES or child.pos_ not in _QUANTITY_OR_NAME:
            continue
        if child.dep_ == "compound" and not child.text[:1].isupper():
            continue
        return child
    return None


def _participle_phrase_subject(cue: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """The subject of a participle phrase the parser took for the main clause ("Majorities of
    Democrats *going* to the polls Tuesday *say* ...", "say" hung on "going" as ``dep``): a
    participle before the cue, its subject before it, is the subject's modifier, and the
    subject is the cue's."""
    participle = cue.head
    if participle.tag_ not in ("VBG", "VBN") or participle.i > cue.i:
        return None
    if any(c.dep_ == "aux" for c in participle.children):
        return None  # "they are going ... say": a verb of its own, not a modifier
    for child in participle.lefts:
        if child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN") and not is_quoted(child.idx):
            return child
    return None


def _subject_of_clause_before(cue: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """The subject opening a clause the parser hung before a subject-less cue as what it
    reports, when a comma closes that clause right before the cue: the words were the cue's
    subject and a relative clause or conjunct on it ("Mr. Slinker, whose latest start-up ...
    uses big data ..., *said*"; "He pledged ... and cast doubt on ..., *suggested*"). A clause
    reported before its cue ("The plan will fail, experts *said*") leaves the cue a subject
    of its own, so it never comes here. The comma may stand inside a closing mark ('Trump
    summed up Clinton as "terrible," *denounced* her record'), and a "then" may stand between
    the comma and the cue ("Kasich offered the man a job ..., then *says* he'll welcome ...")."""
    if cue.pos_ != "VERB" or cue.i < 2:
        return None
    before = cue.nbor(-1)
    closing_mark = before.tag_ == "''" and before.text in _CLOSING_MARKS
    if closing_mark or (before.lower_ == "then" and before.head == cue):
        before = cue.nbor(-2)
    if before.text != ",":
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
        return None
    clause = next((c for c in cue.lefts if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge != clause.left_edge or is_quoted(subject.idx):
        return None
    if subject.pos_ not in SOURCE_POS or subject.lower_ in _RELATIVE_PRONOUNS:
        return None
    return subject


def _subject_cut_off(cue: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """A subject the parser cut off from its verb by what stands between them: a relative
    clause ending right before the cue, whose noun it hung on the phrase before ("Although
    there is no such overlap with Sanders's team, *a White House official* who spoke
    anonymously to discuss internal strategy *said* ..."), or a participle aside it made the
    main verb, with the cue beside it ("But Sen. Richard J. *Durbin* (D-Ill.), *noting* the
    size of Sanders's following, *said*, "...""). The relative clause's noun, or the
    participle's subject, is the cue's."""
    if cue.pos_ != "VERB" or cue.i == 0 or any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
        return None
    head = cue.head
    if cue.dep_ == "parataxis" and head.tag_ == "VBG" and head.i < cue.i:
        subject = _subject_of(head, is_quoted, passive=False)
        return subject if subject is not None and subject.i < head.i else None
    clause = next((a for a in cue.nbor(-1).ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.right_edge.i != cue.i - 1 or cue.nbor(-1).text == ",":
        return None
    noun = clause.head
    if noun.pos_ not in SOURCE_POS or noun.dep_ in _SUBJECT_DEPS or is_quoted(noun.idx):
        return None
    return noun if noun.sent == cue.sent and not noun.is_ancestor(cue) else None


def _subject_after_fronted_participle(cue: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """The subject of the clause a participle phrase opens ("*Emphasizing* the urgency of the
    matter, *Trump* said, "If we do not get tough ..."): it is the participle's subject too.
    The parser hung the phrase on a verb inside the quotation after it, whose quoted subject
    ("we") is no source; the subject right after the phrase's comma, of a verb outside the
    quotation, is."""
    if cue.tag_ != "VBG" or not _opens_sentence(cue):
        return None
    doc = cue.doc
    end = min(len(doc) - 1, cue.i + MAX_ASIDE_TOKENS)
    comma = next((t for t in doc[cue.i + 1 : end] if t.text == "," or stops_clause(t)), None)
    if comma is None or comma.text != "," or any(is_quoted(t.idx) for t in doc[cue.i : comma.i]):
        return None
    subject = doc[comma.i + 1]
    while subject.dep_ == "compound" and subject.head.i > subject.i:
        subject = subject.head  # "Donald Trump": the name's last word
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i < subject.i:
        return None
    if is_quoted(subject.idx) or is_quoted(verb.idx) or subject.pos_ not in SOURCE_POS:
        return None
    if subject.pos_ == "PRON" and subject.lower_ not in SOURCE_PRONOUNS:
        return None
    return subject


def _opens_sentence(token: Token) -> bool:
    """Whether the token opens its sentence or its paragraph."""
    return token.i == token.sent.start or is_line_break(token.nbor(-1))


def _subject_of(verb: Token, is_quoted: Callable[[int], bool], passive: bool) -> Token | None:
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    for child in verb.children:
        if child.dep_ not in deps or is_quoted(child.idx):
            continue
        if child.lower_ in _RELATIVE_PRONOUNS:
            return relative_antecedent(child) if is_relative_subject(child) else None
        return child
    return None
