"""Where the parser gets a cue's subject wrong, and what the subject is instead, for
:func:`~quotewire.quotes.sources.find_speaker`.

A sentence run on across a paragraph break gives a verb a second subject from the paragraph
before (:func:`subjects_nearest_first`) or makes a name opening its paragraph an object there
(:func:`opens_paragraph`); a subject-less conjunct hung on the reported clause continues the
reporting verb (:func:`reported_conjunct_head`); a capitalised "Will" read as a modal is a name
(:func:`name_read_as_modal`), and so is a surname read as an adverb ("Skelly", "Rather":
:func:`name_read_as_adverb`); a role word read as a verb leaves the name after it its object
(:func:`name_after_role_read_as_verb`); a verb the tagger read as a noun leaves its subject a
modifier of that noun (:func:`subject_of_verb_read_as_noun`); a quantifier read as an adverb
leaves the verb after it none (:func:`quantifier_read_as_adverb`); a finite verb in a series
read as a second adverbial clause has the subject of the clause before it
(:func:`series_verb_subject`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.nlp.docs import is_line_break, opens_sentence
from quotewire.quotes.content_ends import FINITE_TAGS, has_subject, shares_perfect
from quotewire.speakers.lexicon import load_people_lexicon
from quotewire.speakers.name_tokens import surname_read_as_adverb

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_NOT_BARE_TAGS = ("VBD", "VBN", "VBZ")  # forms no modal takes: "Will wrote" is no "will write"
_NAME_MODIFIERS = ("compound", "det", "amod", "poss", "case")  # words a name's phrase opens with
_VERB_COMPLEMENTS = ("dobj", "ccomp")  # what a verb takes and a noun never does
_SUBJECT_READ_AS_MODIFIER = ("nmod", "compound")


def subjects_nearest_first(verb: Token) -> list[Token]:
    """The verb's children with its subjects ordered by distance from it, nearest first. A
    verb has one subject, but when the parser runs a sentence on across a paragraph break
    ("… Game over.\n\nSeveral political experts suggest …") it may give the verb a second
    one from the paragraph before; the one next to the verb is the real one."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in SUBJECTS]
    if len(subjects) < 2:
        return children
    subjects.sort(key=lambda c: abs(c.i - verb.i))
    first = min(subjects, key=lambda c: c.i)
    if _coordinated(first, subjects[0]):
        subjects.remove(first)
        subjects.insert(0, first)
    return subjects + [c for c in children if c.dep_ not in SUBJECTS]


def _coordinated(first: Token, second: Token) -> bool:
    """Whether two subjects of one verb are conjuncts the parser split ("Former Gov. Martin
    O'Malley (D) and former Gov. Mike Huckabee (R) announced"): an "and" hangs on the first,
    and no verb or paragraph break stands between them. A coordinated source is credited to
    its first conjunct, as PolNeAR does."""
    if first.i >= second.i:
        return False
    between = first.doc[first.i : second.i]
    joined = any(c.dep_ == "cc" and first.i < c.i < second.i for c in first.children)
    # a verb between makes two clauses ("The general stumped for Clinton, and the campaign
    # has touted ...")
    return joined and not any(t.pos_ in ("VERB", "AUX") or is_line_break(t) for t in between)


def reported_conjunct_head(token: Token) -> Token:
    """The verb a subject-less conjunct continues. The parser often hangs the second verb of
    "He says the response was to break up the banks and says he introduced ..." on the
    reported clause; a conjunct inflected like the verb that reports that clause continues the
    reporting verb, also where the clause is in the same tense ("Khan said Trump was ignorant
    of Islam and *criticized* him": on train, the gold credits the reporting verb's subject with
    such a conjunct's words 30 times, the reported clause's once, under "It was ... that").
    The reporting verb must then be a verb, not a copula."""
    head = token.head
    outer = head.head
    if token.dep_ == "conj" and head.dep_ == "ccomp" and outer.i < head.i:
        # "Spicer said the party was not in a crisis, and *urged* that ...": inflected like
        # the reporting verb, the conjunct continues it even where the reported clause has
        # the same tense (a copula's "It was ... that" reports nothing)
        if (
            token.tag_ == outer.tag_
            and token.tag_ in FINITE_TAGS
            and (token.tag_ != head.tag_ or outer.pos_ == "VERB")
        ):
            return outer
        if shares_perfect(outer, token):
            # "The army have said that the battle was underway and *predicted* that ...": a
            # participle sharing the reporting verb's "have" continues it, as
            # quotewire.quotes.second_acts cuts it from the reported clause
            return outer
        if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
            # "Suu Kyi said it was too early ... but *added*, "..."", "Trump tweeting that it
            # was a "disaster" and *asking*, "..."": "it" in the reported clause adds nothing
            # and asks nothing; the reporting verb's subject does
            return outer
    if (
        token.dep_ == "conj"
        and head.dep_ == "relcl"
        and token.tag_ in FINITE_TAGS
        and head.tag_ in FINITE_TAGS
        and token.tag_ != head.tag_
    ):
        # "He called on the US to attack the oil that funds the Islamic State and proposed a
        # safe zone": a conjunct inflected unlike the relative clause continues the clause
        # the relative clause's noun stands in
        return head.head
    return head


def name_read_as_modal(verb: Token) -> Token | None:
    """A capitalised "Will" or "May" right before a past or third-person form inside a
    sentence ('"...," *Will* wrote', "Instead, *Will* called for ..."): a modal takes a bare
    verb, so the tagger read a name (the columnist George Will) as the modal, and the verb was
    left without a subject."""
    if verb.tag_ not in _NOT_BARE_TAGS or verb.i == 0:
        return None
    before = verb.nbor(-1)
    if before.dep_ != "aux" or before.tag_ != "MD" or before.head != verb:
        return None
    return before if before.text.istitle() and not opens_sentence(before) else None


def name_read_as_adverb(verb: Token) -> Token | None:
    """A capitalised word right before or after a finite verb without a subject, which the
    tagger read as an adverb for its "-ly" ending or because it is one too ('"...," said
    *Skelly*, explaining ...', "And *Skelly* called ...", "Informed of ..., *Early* described
    it as ...", "According to reports, *Rather* states ..."), when the article names a person
    by that word (Bill Skelly, Rex Early, Dan Rather). A capitalised adverb opening
    its sentence ("Separately, ...") is an adverb, and is not read here. With no subject
    before it, the tagger may read the past tense as a participle ("called"); one heading its
    clause, with no auxiliary, is taken for the past tense it is."""
    if verb.tag_ not in FINITE_TAGS and not _past_read_as_participle(verb):
        return None
    if has_subject(verb):
        return None
    doc = verb.doc
    nearby = [doc[i] for i in (verb.i - 1, verb.i + 1) if 0 <= i < len(doc)]
    for word in nearby:
        if word.head == verb and word.dep_ == "advmod" and surname_read_as_adverb(word):
            return word
    return None


def _past_read_as_participle(verb: Token) -> bool:
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("ROOT", "conj")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def opens_paragraph(noun: Token) -> bool:
    """Whether the noun, with the words compounded or determining it, opens its paragraph
    ("*Washington Post columnist Margaret Sullivan*, in an attempt ..."): where the parser
    ran the sentence on from the paragraph before, its label there (an object of a verb in
    that paragraph) says nothing about what it is in its own."""
    i = noun.i
    while i > 0 and noun.doc[i - 1].dep_ in _NAME_MODIFIERS:
        i -= 1
    return i == 0 or is_line_break(noun.doc[i - 1])


def name_after_role_read_as_verb(verb: Token, roles: frozenset[str]) -> Token | None:
    """The name after a role word the tagger read as a verb, right before the cue ('"...",
    Caloundra *coach* Geoff Ingram said'): the parser makes the role a verb with the team its
    subject and the name its object, hangs it on the cue or on the comma before it, and
    leaves the cue without a subject. Only a person's name between the role and the cue
    counts."""
    if verb.i < 2:
        return None
    name = verb.nbor(-1)
    role = name.head
    if name.ent_type_ != "PERSON" or name.dep_ != "dobj" or role.pos_ != "VERB":
        return None
    if role.lower_ not in roles or role.i >= name.i:
        return None
    between = verb.doc[role.i + 1 : name.i + 1]
    return name if all(t.ent_type_ == "PERSON" for t in between) else None


def subject_of_verb_read_as_noun(cue: Token) -> Token | None:
    """The subject of a verb the tagger read as a noun heading the sentence ("*Some* view
    Trump's nomination as ...", "The *book* and film blame Bob for ...", "Much of that money
    came from ..., *campaign* and corporate records show."): a noun takes no direct object
    and no reported clause (before it or after), so a
    sentence-heading noun with one is a verb, and the modifier the parser hung before it (a
    common noun, or a partitive such as "some", "many", "most") is its subject. "The" or a
    possessor is none ("Clinton's claim that ..." keeps its possessor), nor a name before a
    role noun ("*White House* hopeful Hillary Clinton has waded into ...")."""
    if cue.pos_ != "NOUN" or cue.dep_ != "ROOT":
        return None
    if not any(c.dep_ in _VERB_COMPLEMENTS for c in cue.children):
        return None
    partitives = load_people_lexicon().partitives
    for child in reversed([c for c in cue.children if c.i < cue.i]):
        if child.dep_ in _SUBJECT_READ_AS_MODIFIER and child.pos_ == "NOUN":
            return child
        if child.dep_ == "det" and child.lower_ in partitives:
            return child
    return None


def quantifier_read_as_adverb(verb: Token) -> Token | None:
    """A partitive quantifier ("half", "most", "many") that opens the words before a finite verb
    without a subject, hung as an adverb ("after *half* said so in the earlier poll": "half"
    an adverb of "said") or on a preposition that starts the subject's phrase ("*most* in
    Miami want": "most" an adverb of "in", which the parser hung on "want"). A finite verb
    needs a subject, and a quantifier right before it is one; a quantifier with a noun after
    it is that noun's, and is not read here."""
    if verb.tag_ not in FINITE_TAGS or verb.i == 0:
        return None
    if has_subject(verb):
        return None
    partitives = load_people_lexicon().partitives
    before = verb.nbor(-1)
    if before.lower_ in partitives:
        if before.dep_ in ("advmod", "npadvmod") and before.head == verb:
            return before  # "half said"
        # "after half said": a subordinator read as a preposition with the quantifier its object
        preposition = before.head
        if before.dep_ == "pobj" and preposition.i == before.i - 1 and preposition.head == verb:
            return before
        return None
    phrase = next(
        (c for c in verb.lefts if c.dep_ == "prep" and c.right_edge.i == verb.i - 1), None
    )
    if phrase is None or phrase.i == 0:
        return None
    quantifier = phrase.nbor(-1)
    if quantifier.lower_ in partitives and quantifier.head == phrase:
        return quantifier if quantifier.dep_ in ("advmod", "npadvmod") else None
    return None


def series_verb_subject(verb: Token) -> Token | None:
    """The subject of the verb before a subject-less finite verb in a series that the parser
    hung as a second adverbial clause on the main verb ("... was when *Ann Ruiz* complained
    about ..., *referred* to ... and claimed ..."): a finite verb after a comma, in the
    tense of the clause right before it, continues that clause, whose subject does it too."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ") or verb.i < 2:
        return None
    if verb.nbor(-1).text != ",":
        return None
    before = verb.doc[verb.i - 2]
    sibling = next(
        (
            s
            for s in verb.head.children
            if s.dep_ == "advcl" and s.i < verb.i and s.tag_ == verb.tag_ and before in s.subtree
        ),
        None,
    )
    if sibling is None:
        return None
    return next((c for c in sibling.children if c.dep_ in ("nsubj", "nsubjpass")), None)
