"""Words the parser ties to a cue word that are no attribution, read off the parse.

The small parser reads markup as words ("<tweet author=...>" of an embedded tweet: "tweet" a
verb reporting the attributes) and hangs the clause about an inverted source on the verb of
saying before it ('"...," said Robert Reich, who ... yet *endorsed* Bernie Sanders': the second
verb of the relative clause taken for a second complement of "said"). It reads the idioms
"That said, ..." and "All told, ..." as verbs of saying reporting the sentence they open, "it
is fair to say ..." as a report (:func:`is_impersonal_say`), "deny him a chance" as a denial
(:func:`is_refusal`) and "added a new title" as a report (:func:`is_added_thing`), and runs a
clause ended by a colon or semicolon into the next one, whose cue then seems to report it ("It
is on social issues that they lean left: 42% say they're liberal"). It also hangs more clauses
on a cue whose complement follows it word for word: the sentence before it, across a paragraph
break, or a fronted clause of the writer's, and the rest of the reported clause after a comma
or a subordinator (:func:`with_later_clauses`), and reads a verb of going on ("continue",
"went on") before an infinitive as a verb of saying reporting it (:func:`is_aspectual`). Each test
here is one such misreading; :mod:`quotewire.quotes.frames` skips the cue or the candidate it
names, or drops the clauses hung on the cue that it does not report (:func:`adjacent_clause`,
:func:`with_later_clauses`). The frames of a verb of quoting with "as saying" are
:mod:`~quotewire.quotes.quoting_verbs`.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.nlp.docs import is_line_break
from quotewire.quotes.content_ends import FINITE_TAGS
from quotewire.quotes.cues import CueLexicon
from quotewire.speakers.source_words import source_words

COMPLEMENTISERS = ("that", "whether", "if")  # what opens a reported clause


def is_markup(token: Token) -> bool:
    """Whether ``token`` names a markup tag ("<tweet author=...>" of an embedded tweet), which
    the parser reads as a word of the sentence ("tweet" as a verb reporting the attributes)."""
    return token.i > 0 and token.nbor(-1).text in ("<", "</")


def is_aspectual(token: Token, lexicon: CueLexicon) -> bool:
    """Whether ``token`` is a verb of going on ("continue", "go on") with an infinitive or
    gerund after it ("companies continue *to invest billions*", "she went on *to win Ohio*"):
    it says the subject keeps doing something, not that anyone speaks, so it heads no frame;
    when the complement's verb reports ("went on *to say* ..."), that verb is the cue. The
    parser also hangs the writer's next clause on such a verb ("as his path continues to
    narrow, *Sanders will tone down* ..."), which it would then seem to report."""
    particles = [f"{token.lower_} {c.lower_}" for c in token.children if c.dep_ == "prt"]
    forms = {token.lower_, *particles}
    if forms.isdisjoint(lexicon.aspectual):
        return False
    return any(_goes_on_doing(token, c) for c in token.children)


def _goes_on_doing(cue: Token, child: Token) -> bool:
    """Whether ``child`` is the infinitive or gerund right after a verb of going on (only a
    particle or adverb between): its complement, which the parser may also label an adverbial
    clause ("went on *to win* Ohio")."""
    if child.i < cue.i or child.pos_ != "VERB":
        return False
    between = cue.doc[cue.i + 1 : child.left_edge.i]
    if any(t.dep_ not in ("prt", "advmod") for t in between):
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return child.dep_ == "xcomp" or (child.dep_ == "advcl" and infinitive)


def is_sentence_idiom(token: Token, lexicon: CueLexicon) -> bool:
    """Whether ``token`` is the verb of an idiom of the writer's own, "That said, ..." ("all the
    same") or "All told, ..." ("in all"; ``cues.toml`` ``sentence_idioms``): its one-word
    subject and nothing else, set off by a comma at the start of its sentence. Nobody is
    reported; the parser makes the sentence after it the clause of "said" or "told"."""
    if token.i < 1 or token.i + 1 >= len(token.doc):
        return False
    subject = token.nbor(-1)
    if f"{subject.lower_} {token.lower_}" not in lexicon.sentence_idioms:
        return False
    if subject.head != token or token.nbor(1).text != ",":
        return False
    return subject.is_sent_start or subject.nbor(-1).text in ("(", "[")


def is_refusal(token: Token, lexicon: CueLexicon) -> bool:
    """Whether ``token`` is "deny" with two objects, a recipient and a thing ("working to
    *deny him a first-ballot victory*", "*denied Carter a final-night photograph*";
    ``cues.toml`` ``refusing``): it refuses someone something and reports nothing. The parser
    labels the recipient ``dative``, or makes both words objects. None of six such uses on
    PolNeAR train is annotated."""
    if token.lower_ not in lexicon.refusing:
        return False
    objects = [c for c in token.children if c.dep_ in ("dative", "dobj")]
    return len(objects) >= 2


def is_added_thing(cue: Token, key: str, lexicon: CueLexicon) -> bool:
    """Whether the dependent of ``cue`` under ``key`` is the noun object of "add" (``cues.toml``
    ``adding``): a thing added ("*added* a new title to his resume"), not words said; "add"
    reports its clause or a quotation, or an object that is itself a word of saying ("adding a
    *comment* that ...", "added a *note* of caution": Wikinews annotates it)."""
    if key not in ("dobj", "dobj+prep:to") or cue.lower_ not in lexicon.adding:
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    return not any(lexicon.is_speech(o.lower_) for o in objects)


def is_impersonal_say(token: Token) -> bool:
    """Whether ``token`` is the "to say" of "it is *fair / safe / too soon* (for X) to say ...":
    the writer's hedge on a claim of the writer's own, no report of anyone's words (pooled over
    train, none of six such uses is annotated). The infinitive hangs on the adjective or adverb
    of a copula whose subject is "it", or on that copula itself."""
    if token.lower_ != "say" or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    ):
        return False
    head = token.head
    while head.pos_ in ("ADJ", "ADV") and head.head != head:
        head = head.head
    if head.lower_ not in source_words().copulas:  # a root "to say" is its own head: no copula
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)


def is_clause_across_break(cue: Token, tokens: list[Token], paragraph_start: int = 0) -> bool:
    """Whether a candidate before ``cue`` is cut off from it by a colon or semicolon ("*It is
    on social issues that they lean left*: 42% say they're liberal"; "53% describe themselves
    as liberal; 26% say ..."): the parser ran two clauses together, and the cue reports what
    follows it, not the clause the writer closed before its sentence went on. So is one whose
    head lies in an earlier paragraph than the cue's (which starts at ``paragraph_start``) and
    whose words in the cue's paragraph are a phrase: the parser ran the paragraph before
    (often the headline) into the cue's sentence and hung on that paragraph's last verb the
    phrase of time or occasion that opens this one ("... She Will.' / *Friday on CNN's "New
    Day,"* Sen. Gillibrand told host Chris Cuomo ..."), which is no report. A clause with a
    finite verb or a modal ("*Obama's rise may have been more surprising*, said several
    observers") or a quotation opening the paragraph ('"*Jobs, jobs, jobs*," she said')
    there is still what the cue reports."""
    if not tokens or tokens[-1].i >= cue.i:
        return False
    if any(t.head == cue and t.idx < paragraph_start for t in tokens):
        here = [t for t in tokens if t.idx >= paragraph_start and not t.is_space]
        opens_quoted = bool(here) and min(here, key=lambda t: t.i).is_quote
        return not opens_quoted and not any(t.tag_ in FINITE_TAGS or t.tag_ == "MD" for t in here)
    between = cue.doc[tokens[-1].i + 1 : cue.i]
    return any(t.text in (":", ";") for t in between)


def is_inverted_source(cue: Token, key: str, tokens: list[Token]) -> bool:
    """Whether a clause after a cue that follows a closing quotation is the cue's inverted
    source misread as a second complement ('"...," said *Robert Reich, who served as labor
    secretary ... yet endorsed Bernie Sanders*': the second verb of the relative clause taken
    for a clause of "said", with the name as its subject), or the name taken for the cue's
    object ('"How big is that wall?" asked *the boy*'). The cue reports the quotation before
    it, and what follows an inverted verb of saying is who said it."""
    if key not in ("ccomp", "dobj") or tokens[0].i < cue.i or cue.i < 2:
        return False
    if not any(t.is_quote for t in cue.doc[cue.i - 2 : cue.i]):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i for c in cue.children):
        return False
    return any(c.dep_ == "ccomp" and c.i < cue.i and _opens_quoted(c) for c in cue.children)


def _opens_quoted(clause: Token) -> bool:
    """Whether a clause starts at an opening quotation mark (the quotation is the clause)."""
    first = clause.left_edge
    return first.is_quote or (first.i > 0 and first.nbor(-1).is_quote)


def adjacent_clause(cue: Token) -> Token | None:
    """The ``ccomp`` of ``cue`` whose first word ("that" included) follows the cue, or its
    particle, with nothing between: the complement the writer put there ("X said he could not
    support ..."). The parser may hang other clauses on such a cue too; see
    :func:`with_later_clauses`. Only a cue with its subject before it counts: after a
    quotation, the words after an inverted cue are its source ('"...," said *Oversight ranking
    Democrat Elijah Cummings*', which the parser may read as a clause)."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i for c in cue.children):
        return None
    after = cue.i + 1
    while after < len(cue.doc) and cue.doc[after].head == cue and cue.doc[after].dep_ == "prt":
        after += 1
    return next(
        (
            c
            for c in cue.children
            if c.dep_ == "ccomp" and c.left_edge.i == after and not _subordinate(c)
        ),
        None,
    )


def _subordinate(clause: Token) -> bool:
    """Whether ``clause`` opens with a subordinator that no reported clause takes ("as",
    "while", "after": "he said *as some wearing Cruz shirts booed*")."""
    return any(c.dep_ == "mark" and c.lower_ not in COMPLEMENTISERS for c in clause.children)


def with_later_clauses(
    cue: Token, adjacent: Token, tokens: list[Token], lexicon: CueLexicon
) -> list[Token]:
    """The candidate of a cue's adjacent clause (:func:`adjacent_clause`) run on to the end of
    the further clauses the parser hung on the cue after it: they carry on what is reported ("say
    they'll shift their support to Stein *unless Sanders disavows* ...", "he's so distressed
    -- "an outrage" -- *that he* ..."), and the sentence before the cue, run on across a
    paragraph break, or a fronted clause of the writer's ("*Keyworth was one of the more trusted
    minds*, and he was so fired up he said she should call ...") is no clause of the cue at all:
    the caller drops every ``ccomp`` but the adjacent one. The run stops at a verb conjoined to
    the cue (what follows "... and added:" is the second act's), before a clause opened by an
    adverb ("..., *however* this time around that number has dropped": the writer's) or headed
    by a verb of saying ("..., and three-quarters *said* the same of Sanders": an attribution
    of its own), and at a paragraph break (the parser ran the sentence on)."""
    end = None
    for child in cue.children:
        if child.i <= adjacent.i or child.dep_ not in ("conj", "ccomp"):
            continue
        if child.dep_ == "conj" or _opens_with_adverb(child) or lexicon.is_speech(child.lower_):
            break
        if any(map(is_line_break, cue.doc[adjacent.right_edge.i : child.left_edge.i])):
            break
        end = child.right_edge.i
    if end is None:
        return tokens
    return list(cue.doc[tokens[0].i : end + 1])


def _opens_with_adverb(clause: Token) -> bool:
    """Whether the first word of ``clause`` is an adverb of its own ("however", "meanwhile").
    A "clause" of punctuation alone (a stray mark the parser hung on the cue) opens with none."""
    first = next((t for t in clause.subtree if not t.is_punct), None)
    return first is not None and first.dep_ == "advmod" and first.head == clause


def is_set_in_cue(cue: Token, lexicon: CueLexicon) -> bool:
    """Whether ``cue`` is set into the clause it reports: hung on that clause as ``parataxis``,
    or ``conj`` for a trailing inverted cue ("The plant, she said, is hanging on"), or misread
    as its complement (:func:`_is_set_in_complement`)."""
    return cue.dep_ in ("parataxis", "conj") or _is_set_in_complement(cue, lexicon)


def _is_set_in_complement(cue: Token, lexicon: CueLexicon) -> bool:
    """Whether ``cue`` is a verb of saying with its subject before it, set into the clause after
    it between commas, that the parser made that clause's ``ccomp`` ("If anything, Ash
    *argued* in his email, the incident is ..."; "Instead, Trump *told* CNN, his policy would
    ..."): a parenthetical cue, whose own clause the parser ran from the words before it. Not
    when that clause is headed by a verb of saying itself ("He may *add* staff, he said"): the
    cue is then in the clause the later one reports."""
    head = cue.head
    if cue.dep_ != "ccomp" or head.i < cue.i or lexicon.is_speech(head.lower_):
        return False
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i]
    if not subjects or any(c.dep_ == "aux" and c.i < subjects[0].i for c in cue.children):
        return False  # no source, or a question ("Would you say, ..., his impact could be ...?")
    after = cue.right_edge.i + 1
    return after < head.i and cue.doc[after].text == ","
