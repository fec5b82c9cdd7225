"""Which source mentions a frame keeps but credits with no statement: passives whose asker
or agent the text does not name, and questions put to the subject.

A past participle opening its own clause ("Asked whether he would run, Smith said ...") names
no source: the main clause's subject was asked, by someone the text does not name. A pronoun
there ("Asked ..., *he* said") stays the frame's source mention
(:func:`~quotewire.quotes.sources.find_speaker`), which coreference resolves to keep its person
in view, but :func:`credits_source` gives the question no speaker. The same holds for a fronted
passive the parse read otherwise, a participle trailing a clause of saying ('"...," McCain
said, *asked* about ...'), an agentless passive cue ("he *is widely expected* to ..."), a
passive relative clause without "which is" ("Scalia, *regarded* as the dominant figure"), a
participle of judging whose noun is what is judged, on a copula ("is well *known* for"), in an
aside read as a clause, or after "with" ("with Rubio *expected* to win"), questions put to the
subject (:mod:`~quotewire.quotes.question_nouns`), and a noun cue on a verb that follows or
answers other people's words ("The vow *follows reports* that ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.nlp.docs import is_line_break
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.existentials import is_ownerless_introduced
from quotewire.quotes.feelings import is_feeling_participle, is_feeling_passive
from quotewire.quotes.misplaced_agents import misplaced_agent
from quotewire.quotes.passive_words import passive_words
from quotewire.quotes.question_nouns import is_question_put_to_subject
from quotewire.quotes.quoting_verbs import quoted_as_saying
from quotewire.speakers.source_words import source_words
from quotewire.types import QuoteKind

_NOUNS = ("NOUN", "PROPN")
_PAST_PARTICIPLE = "VBN"
_PAST_TENSE = "VBD"
_PASSIVE_TAGS = (_PAST_PARTICIPLE, _PAST_TENSE)  # the tagger reads a fronted "Asked" either way
_PASSIVE_CLAUSE_DEPS = ("advcl", "relcl")
_WH_ADVERB = "WRB"
_TRAILING_OWN_DEPS = ("dobj", "dative", "iobj", "nsubjpass", "aux", "auxpass", "agent", "mark")
_OWN_CLAUSE_DEPS = ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "mark")
_CONTRACTED_HAS = ("'s", "’s")
_ADVERB_TAGS = ("RB", "RBR", "RBS")
_ASIDE_OWN_DEPS = ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "dobj", "ccomp")


def is_fronted_passive(cue: Token) -> bool:
    """A past participle opening a clause of its own: "*Asked* whether he would run, Smith
    said ...", or after the main clause with only a conjunction ("Sarandon told MSNBC when
    *asked* about ..."). Who asked is not said; the subject of the main clause is the one
    asked, and the question (the cue's content) has no named source."""
    if cue.tag_ != _PAST_PARTICIPLE or cue.dep_ != "advcl" or is_feeling_participle(cue):
        return False  # "*Worried* the nation might miss ..., the government": its own worry
    if any(c.dep_ in _OWN_CLAUSE_DEPS and c.dep_ != "mark" for c in cue.children):
        return False
    if cue.i > cue.head.i and not _opened_by_conjunction(cue):
        return False
    return cue.i > cue.head.i or not any(c.dep_ == "mark" for c in cue.children)


def credits_source(cue: Token, kind: QuoteKind) -> bool:
    """Whether the source mention of ``cue`` is credited with a statement of ``kind`` on it. A
    fronted passive's is not credited with the question it reports ("Asked whether he would
    run, *he* said ...": he was asked; who asked is not said), but a pronoun there is still the
    frame's source mention (:func:`~quotewire.quotes.sources.find_speaker`), which coreference
    resolves: it is often the only mention that keeps its person in view for the quotations
    after it ("Asked ..., he said Ryan. "I would say Paul ...," he said."). A quotation on that
    cue is the answer of the one asked ("Lynch, who told Congress when asked about it: "..."")
    and is theirs. Questions put to the subject ("Clinton *faced* questions about ...",
    :mod:`~quotewire.quotes.question_nouns`) are not credited either: who asks is not said, nor
    a noun cue a "there is" sentence introduces (:mod:`~quotewire.quotes.existentials`)."""
    return kind == "direct" or not (
        is_fronted_passive(cue)
        or _is_misread_passive(cue)
        or _is_trailing_passive(cue)
        or _is_agentless_passive(cue)
        or _is_judged_state(cue)
        or _is_reduced_passive(cue)
        or _is_absolute_passive(cue)
        or is_question_put_to_subject(cue)
        or _holds_others_words(cue)
        or is_ownerless_introduced(cue)
    )


def _holds_others_words(cue: Token) -> bool:
    """A noun cue that is the object of a verb that follows, looks into, stirs up or puts down
    what others said ("The vow *follows reports* that ...", "began *investigating complaints*
    that ...", "*stoking fears* about ..."; ``others_words_verbs`` in
    ``data/en/inherited_sources.toml``): the verb's subject is an event or the one who answers
    the words, not their owner, whom the sentence does not name. A possessor names the owner
    ("could fuel *Trump's* nagging concern that ...") and keeps the credit."""
    return (
        cue.pos_ == "NOUN"
        and cue.dep_ == "dobj"
        and cue.head.lower_ in source_words().others_words_verbs
        and not any(child.dep_ == "poss" for child in cue.children)
    )


def _is_misread_passive(cue: Token) -> bool:
    """A fronted passive the parse read otherwise: the tagger's past tense ("*Asked* what
    that might look like, she said"; "said on Monday when *asked* what ..."), or a clause
    on the subject opened by "when" ("Cruz, when *asked* what ..., responded"). The frame
    keeps the source the parse gives it, as the frame model learned it; only the credit
    goes."""
    if cue.tag_ not in _PASSIVE_TAGS or cue.dep_ not in _PASSIVE_CLAUSE_DEPS:
        return False
    if any(c.dep_ in _OWN_CLAUSE_DEPS and c.dep_ != "mark" for c in cue.children):
        return False
    if cue.dep_ == "relcl" or cue.i > cue.head.i:
        # "when", not "as" ("as many said it was better *as said* it was worse")
        return _opened_by_conjunction(cue) and cue.nbor(-1).tag_ == _WH_ADVERB
    return cue.tag_ == _PAST_TENSE and _opens_sentence(cue)


def _is_trailing_passive(cue: Token) -> bool:
    """A past participle after a comma that closes a clause of saying: '"...," McCain said,
    *asked* about the vagueness'; '"...," said Ben Carson, *asked* about his claims' (where the
    parser makes the name the participle's subject). English runs no second past verb on after
    "said" without "and", so the participle is a reduced passive: the speaker was asked, by
    someone the text does not name. An active conjunct after another verb ("He paused, *asked*
    whether ...") or one with its own object ('Ms. Kostrzewa recalled, *asked her* what ...')
    names the asker and is not this."""
    if cue.tag_ not in _PASSIVE_TAGS or cue.i < 2 or cue.nbor(-1).text != ",":
        return False
    before = cue.nbor(-2)
    if any(
        c.dep_ in _TRAILING_OWN_DEPS or (c.dep_ == "nsubj" and c != before) for c in cue.children
    ):
        return False
    if _is_saying(before):
        return True
    if before.pos_ not in _NOUNS or before.left_edge.i == 0:
        return False
    opener = cue.doc[before.left_edge.i - 1]  # "said retired neurosurgeon Ben Carson,"
    return _is_saying(opener)


def _is_agentless_passive(cue: Token) -> bool:
    """A passive cue with no agent ("He *was known* as the father of the movement", "he *is
    widely expected* to hold a top job"): its subject is what is known or expected; who knows
    or expects is not said. A passive of feeling, marked by a particle or an adverb of degree
    ("he was *so* fired *up* about the deal"), is its subject's own state and keeps the
    credit."""
    deps = {c.dep_ for c in cue.children}
    if cue.tag_ != _PAST_PARTICIPLE or "auxpass" not in deps or "agent" in deps or "prt" in deps:
        return False
    if perfect_read_as_passive(cue) or quoted_as_saying(cue) or is_feeling_passive(cue):
        return False  # "He's predicted that ...": "has predicted"; "Many are worried that"
    if misplaced_agent(cue) is not None:
        return False  # "was declared the winner ... *by news organizations*"
    degrees = passive_words().degrees
    return not any(c.dep_ == "advmod" and c.lower_ in degrees for c in cue.children)


def _is_reduced_passive(cue: Token) -> bool:
    """A past participle of judging hung on a noun with no agent, a passive relative clause
    without "which is" ("Justice Scalia, *regarded* as the dominant figure of the court", "a
    presidential year *expected* to produce record turnout", "His jet, often *referred* to as
    Trump Force One"): the noun is what is judged; who regards or expects it is not said.
    Only verbs that judge (passives.toml ``judging``) are read so, since the parser also
    takes a past tense after a comma for such a participle ("Murphy, the head of the group,
    *tweeted* ...")."""
    if cue.lower_ not in passive_words().judging:
        return False
    if cue.tag_ == _PAST_PARTICIPLE and cue.dep_ == "acl" and cue.head.pos_ in _NOUNS:
        return not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in cue.children)
    return _aside_read_as_clause(cue)


def _aside_read_as_clause(cue: Token) -> bool:
    """A reduced passive between commas after a noun that the parser read as a clause of its
    own ("His Boeing 757 jet, often *referred* to as Trump Force One, has received ...":
    tagged as a past tense, with the noun before the comma as its subject): a judging verb
    right after a noun's comma (and its adverbs) still describes that noun, when it has no
    auxiliary, object or reported clause of its own and no other subject. English sets no
    comma between a subject and its own verb; "Trump, the nominee, predicted" has the
    apposition, not the subject, before the comma."""
    if cue.tag_ not in _PASSIVE_TAGS or cue.dep_ not in ("parataxis", "acl", "relcl"):
        return False
    i = cue.i - 1
    while i > 0 and cue.doc[i].tag_ in _ADVERB_TAGS:
        i -= 1
    if i == 0 or cue.doc[i].text != "," or cue.doc[i - 1].pos_ not in _NOUNS:
        return False
    noun = cue.doc[i - 1]
    return not any(c.dep_ in _ASIDE_OWN_DEPS and c != noun for c in cue.children)


def _is_judged_state(cue: Token) -> bool:
    """A past participle of judging the parser hung on a copula as its complement ("Pfizer is
    well *known* for making ...", "he is better *known* as a fan"): a passive in all but the
    label, whose subject is what is known; who knows it is not said. Only verbs that judge
    (passives.toml ``judging``): a participle of feeling there ("Not everyone is *convinced*
    ...") is its subject's own state."""
    if cue.tag_ != _PAST_PARTICIPLE or cue.dep_ != "acomp":
        return False
    if cue.lower_ not in passive_words().judging or cue.head.lower_ not in source_words().copulas:
        return False
    return misplaced_agent(cue) is None and not any(c.dep_ == "agent" for c in cue.children)


def _is_absolute_passive(cue: Token) -> bool:
    """A participle of judging in a clause opened by "with" and holding no auxiliary ("with
    Rubio and Murphy *expected* to win", "With the number of people ... *projected* to swell
    ..."): an absolute construction, a passive without "being"; the noun is what is expected
    and who expects it is not said. The tagger reads the participle as a past tense, so both
    tags count; "with" is its ``mark`` or its head (``pcomp``)."""
    if cue.tag_ not in _PASSIVE_TAGS or cue.lower_ not in passive_words().judging:
        return False
    if any(c.dep_ in ("aux", "auxpass", "agent") for c in cue.children):
        return False
    opened_by_with = any(c.dep_ == "mark" and c.lower_ == "with" for c in cue.children)
    return opened_by_with or (cue.dep_ == "pcomp" and cue.head.lower_ == "with")


def _is_saying(verb: Token) -> bool:
    """A verb of saying (cues.toml ``speech``): "said", "told"."""
    return verb.pos_ == "VERB" and load_cue_lexicon().is_speech(verb.lower_)


def _opens_sentence(verb: Token) -> bool:
    """Whether ``verb``, after only its own adverbs ("*When later* pressed about ..."), opens
    its sentence or paragraph (where the parser ran the sentence on from the paragraph
    before). A past tense inside a sentence is a verb whose subject the parse lost ("... and
    Mr. Trump has disparaged immigrants, and *vowed* to ...")."""
    i = verb.i
    while i > 0 and verb.doc[i - 1].head == verb and verb.doc[i - 1].dep_ == "advmod":
        i -= 1
    return i == verb.sent.start or is_line_break(verb.doc[i - 1])


def asked_by_pronoun(cue: Token) -> bool:
    """Whether the clause a fronted passive hangs on has a pronoun subject ("Asked ..., *he*
    said"; "Lynch, *who* told Congress when asked ...")."""
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in cue.head.children)


def _opened_by_conjunction(participle: Token) -> bool:
    """Whether "when", "if", "after" ... stands right before the participle ("when asked")."""
    before = participle.nbor(-1)
    return before.head == participle and before.tag_ in ("WRB", "IN") and before.is_lower


def perfect_read_as_passive(verb: Token) -> bool:
    """Whether a "he's said" the parser read as a passive is a perfect ("has said"): the
    verb has an object or a reported clause, which a passive of saying does not ("he's said
    he'll fight all the way", but "he's said to be furious")."""
    auxiliaries = [c for c in verb.children if c.dep_ == "auxpass"]
    contracted = len(auxiliaries) == 1 and auxiliaries[0].lower_ in _CONTRACTED_HAS
    return contracted and any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
