"""How much of a cue's candidate dependent is reported.

The parse gives a cue's dependent as a subtree (``content_candidates.content_candidates``),
but the parser's tree and what annotators mark as the reported content part in predictable
ways: it hangs on the cue parts of the reported clause (a fronted condition, a conjoined
"and that ..." clause, the role of a reported object, a naming predicate), and it takes into
the clause words that are not reported (a verb that continues the cue's own sentence, an aside
closing the clause). :func:`reported_tokens` turns a candidate into the tokens that are
reported; frames and the training of the learned frame model both use it, so the learned
probabilities describe what the pipeline reports.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.nlp.punctuation import is_dash
from quotewire.quotes.closing_attributions import (
    without_closing_attribution,
    without_reporting_contrast,
)
from quotewire.quotes.comparisons import with_finding_figures, without_comparison
from quotewire.quotes.content_ends import (
    finite_tag,
    has_subject,
    opened_by_that,
    without_closing_parenthesis,
    without_closing_punctuation,
    without_framing_clause,
    without_next_line,
    without_summing_apposition,
)
from quotewire.quotes.continuations import with_continuation
from quotewire.quotes.coordination import with_dangling_conjunct
from quotewire.quotes.cues import CueLexicon
from quotewire.quotes.object_occasions import without_occasion
from quotewire.quotes.participle_asides import is_aside
from quotewire.quotes.phrase_cue_frames import closes_reported_clause
from quotewire.quotes.quoting_verbs import quoted_as_saying
from quotewire.quotes.second_acts import without_second_act
from quotewire.quotes.series import with_series_rest
from quotewire.quotes.sources import before_closing_marks
from quotewire.quotes.stranded_subjects import verb_of_stranded_subject
from quotewire.quotes.subordinate_cue_clauses import without_main_clause

_ASIDE_RELATIVES = ("which", "who", "whom", "whose", "where")
# what may open such an aside before its first word besides a dash: "..., which", "(who"
_ASIDE_OPENERS = (",", "(")
# the keys of a reported object and of what a naming cue calls it ("calling *the meeting a
# mistake*")
_OBJECT_KEYS = ("dobj", "oprd")


def reported_tokens(cue: Token, key: str, tokens: list[Token], lexicon: CueLexicon) -> list[Token]:
    """The part of a candidate dependent that is reported: without a fronted wh-word, a
    conjoined verb continuing the cue's sentence, a trailing aside, a closing contrast that
    holds a report of its own, the occasion closing a reported object
    (:mod:`quotewire.quotes.object_occasions`), or a parenthesis of three words or more
    closing it (``content_ends.without_closing_parenthesis``), or the next line after a line
    that closes no sentence (``content_ends.without_next_line``); with what the parser hung on
    the cue right after it (:mod:`quotewire.quotes.continuations`) and the conjunct a closing
    coordinator announces (:mod:`quotewire.quotes.coordination`). Training scores the same
    tokens, so the learned probabilities describe what the pipeline reports."""
    if tokens[0].i < cue.i < tokens[-1].i:
        # a fronted wh-word ("what scientists think is necessary") is not reported
        tokens = [t for t in tokens if t.i > cue.i]
    tokens = without_closing_attribution(cue, without_second_act(cue, tokens, lexicon), lexicon)
    tokens = _without_stranded_subject(tokens, lexicon)
    tokens = without_comparison(cue, tokens)
    tokens = _with_object_role(cue, key, _without_cue_conjunct(cue, key, tokens), lexicon)
    tokens = with_series_rest(cue, with_continuation(cue, key, tokens), lexicon)
    tokens = _with_conjoined_clause(cue, key, _with_fronted_condition(cue, key, tokens), lexicon)
    tokens = _without_trailing_aside(cue, _with_named_object(cue, key, tokens), lexicon)
    tokens = without_occasion(cue, tokens)
    tokens = without_framing_clause(with_dangling_conjunct(cue, tokens, lexicon.is_speech))
    tokens = without_main_clause(
        cue, without_reporting_contrast(cue, without_as_saying(cue, tokens), lexicon)
    )
    tokens = without_closing_parenthesis(
        without_summing_apposition(with_finding_figures(cue, tokens))
    )
    return without_next_line(cue, tokens)


def without_as_saying(cue: Token, tokens: list[Token]) -> list[Token]:
    """The words said after a passive verb of quoting ("Morgan was quoted as saying *that
    "this is a significant day"*", "was cited as saying *that dissenting students ...*"):
    "saying" only introduces them, as "said" does in "Morgan said that ...". Cut only where
    the reported clause or a quotation mark follows it right away, or after a colon or comma
    ('was quoted as saying: "..."', the punctuation cut with it); "saying in reference to
    ..." keeps its phrase."""
    if not tokens or not quoted_as_saying(cue):
        return tokens
    saying = tokens[0]
    if saying.dep_ != "pcomp" or saying.head.lower_ != "as":
        return tokens
    doc = cue.doc
    start = saying.i + 1
    while start < len(doc) and doc[start].text in (":", ","):
        start += 1
    if start >= len(doc):
        return tokens
    after = doc[start]
    clause_next = any(c.dep_ == "ccomp" and c.left_edge == after for c in saying.children)
    if not (clause_next or after.is_quote):
        return tokens
    rest = [t for t in tokens if t.i >= start]
    return rest or tokens


def _with_fronted_condition(cue: Token, key: str, tokens: list[Token]) -> list[Token]:
    """A reported clause with the condition set before it that the parser hung on the cue
    ("says *no matter what action Obama takes, "his word does not trump ..."*", "says, *win or
    lose in Tuesday's primary, he's staying in the race*"): a clausal dependent between the
    cue and a clause not opened by "that" (after "that", what comes before is the cue's:
    "said on Monday, as the votes were counted, that ..."), other than a to-infinitive
    ("promise to swell expenses"), which is the cue's own complement."""
    if key != "ccomp" or not tokens:
        return tokens
    head = next((t for t in tokens if t.head == cue), None)
    if head is None or opened_by_that(head):
        return tokens
    start = tokens[0].i
    fronted = [
        c
        for c in cue.children
        if cue.i < c.i
        and c.right_edge.i < start
        and c.dep_ in ("advcl", "advmod", "xcomp")
        and any(t.pos_ in ("VERB", "AUX") for t in c.subtree)
        and not any(t.dep_ == "aux" and t.lower_ == "to" for t in c.children)
    ]
    if not fronted:
        return tokens
    return list(cue.doc[fronted[0].left_edge.i : start]) + tokens


def _with_conjoined_clause(
    cue: Token, key: str, tokens: list[Token], lexicon: CueLexicon
) -> list[Token]:
    """A reported clause with the clause conjoined after it that the parser hung on the cue
    (or on the verb a participle cue hangs on) when it opens with "that" ("telling him that
    "we tell the truth" *and that he'd seen continued support*"), or is a verb without a
    subject inflected unlike the cue ("saying he was rooting for Manning *but would now root
    for North Carolina*"). A conjoined cue word ("and vowed ...") is an attribution of its own,
    a subject-less verb inflected like the cue continues the cue's sentence, and a clause with
    its own subject after "but" is as often the writer's ("but the turnout was higher"). After
    a reported object or what the cue calls it, only a clause opened by "that" continues the
    report ("calling *the meeting a mistake and that relations ... were damaged*"; Wikinews
    tune9 and tune10). Only the hand-written verbs of saying count as cue words here, so that
    training the learned lexicon does not depend on the lexicon installed when it runs."""
    if key not in ("ccomp", *_OBJECT_KEYS) or not tokens:
        return tokens
    words = [t for t in tokens if not (t.is_punct or t.dep_ == "cc")]
    if not words:
        return tokens
    last = max(t.i for t in words)
    heads = [cue]
    if cue.dep_ == "advcl" and cue.tag_ == "VBG":
        heads.append(cue.head)
    doc = cue.doc
    for head in heads:
        for conj in head.children:
            if conj.dep_ != "conj" or conj.i <= last or lexicon.is_speech(conj.lower_):
                continue
            between = doc[last + 1 : conj.left_edge.i]
            joined = any(t.dep_ == "cc" for t in between)
            if not joined or not all(t.is_punct or t.dep_ == "cc" for t in between):
                continue
            inflected = finite_tag(conj) not in (finite_tag(cue), finite_tag(head))
            continues = conj.pos_ in ("VERB", "AUX") and not has_subject(conj) and inflected
            continues = continues and key == "ccomp"
            if opened_by_that(conj) or continues:
                joined_clause = without_closing_punctuation(
                    list(doc[last + 1 : conj.right_edge.i + 1])
                )
                return [t for t in tokens if t.i <= last] + joined_clause
    return tokens


def _with_named_object(cue: Token, key: str, tokens: list[Token]) -> list[Token]:
    """What a naming cue reports is the object with what it is called ("called *the DNC's
    suspension "arbitrary"*"); the parser splits that into an object and one or more
    predicates (``oprd``), each of which alone is only part of it."""
    if key != "oprd" or not tokens:
        return tokens
    parts = [c for c in cue.children if c.dep_ in ("dobj", "oprd") and c.i > cue.i]
    start = min([t.i for t in tokens] + [c.left_edge.i for c in parts])
    end = max([t.i for t in tokens] + [c.right_edge.i for c in parts])
    return list(cue.doc[start : end + 1])


def _with_object_role(
    cue: Token, key: str, tokens: list[Token], lexicon: CueLexicon
) -> list[Token]:
    """A reported object with the phrase right after it that says what it is reported for or
    as ("praised *Christie for his leadership*", "announced *a series of steps to tighten
    sales*"): the parser often hangs that phrase on the cue rather than on the object, also
    after an adverb it hung there ("blamed *Clinton directly for ...*") or the closing mark of
    a quoted name ("quoting *an unnamed 'Whitehall source' as having commented ...*")."""
    if key != "dobj" or not tokens:
        return tokens
    adverbs = _adverbs_after(cue, tokens[-1].i)
    end = (adverbs[-1] if adverbs else tokens[-1]).i
    closing = [t for t in cue.doc[end + 1 : end + 2] if t.tag_ == "''" and t.head == cue]
    start = end + 1 + len(closing)
    for child in cue.children:
        if child.left_edge.i != start:
            continue
        role = child.dep_ == "prep" and child.lower_ in lexicon.object_roles
        purpose = (
            child.dep_ in ("advcl", "xcomp")
            and child.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        )
        if role or purpose:
            return tokens + adverbs + closing + list(child.subtree)
    return tokens


def _adverbs_after(cue: Token, end: int) -> list[Token]:
    """The adverbs the parser hung on the cue right after a reported object ending at ``end``
    ("blamed *Clinton directly for ...*", "sees *the calendar farther ahead as ...*"): between
    the object and its role they are part of what is reported, so the role is looked for after
    them."""
    adverbs: list[Token] = []
    for child in sorted(cue.children, key=lambda c: c.i):
        if child.i <= end or child.left_edge.i != end + len(adverbs) + 1:
            continue
        subtree = list(child.subtree)
        if child.dep_ != "advmod" or not all(t.tag_.startswith("RB") for t in subtree):
            break
        adverbs += subtree
    return adverbs


def _without_stranded_subject(tokens: list[Token], lexicon: CueLexicon) -> list[Token]:
    """The reported clause without the subject of a later clause of saying that the parser
    made a conjunct of its object ("have said *they will not attend the convention* and others
    have said ...": :func:`~quotewire.quotes.stranded_subjects.verb_of_stranded_subject`): that
    clause is an attribution of its own; cut before the coordinator. Only before a verb of
    saying outside the reported clause: another verb the parser hung there may still be
    reported ("describing how their jobs making furnaces *and heating equipment will be sent*
    to Mexico", "maintain that a majority support her *and the endorsements have helped*")."""
    inside = {t.i for t in tokens}
    for noun in tokens:
        verb = verb_of_stranded_subject(noun)
        if verb is None or verb.i in inside or not lexicon.is_speech(verb.lower_):
            continue
        coordinators = [c.i for c in noun.head.children if c.dep_ == "cc" and c.i < noun.i]
        cut = coordinators[-1] if coordinators else noun.left_edge.i
        kept = [t for t in tokens if t.i < cut]
        while kept and kept[-1].is_punct:
            kept.pop()
        return kept or tokens
    return tokens


def _without_cue_conjunct(cue: Token, key: str, tokens: list[Token]) -> list[Token]:
    """The reported clause without a last conjoined verb that continues the cue's own
    sentence ("said that he was undergoing therapy and vowed to focus on ..."; "says he'd sit
    Putin down and tell him ... and tells the crowd ..."; "insists the GOP must be a party of
    ideas, and has championed ..."): it has no subject, is inflected like the cue (read from
    its first auxiliary: "has championed" like "insists"), and unlike the verb it is
    conjoined to, read the same way (which it would otherwise continue: "said *Lewandowski was
    not handcuffed and did not have a mug shot taken*", "said *he left on good terms but was
    intimidated*" — the passive's "was" and "did" are both past). A conjoined cue word in the
    same tense is cut by :mod:`quotewire.quotes.second_acts`."""
    if key != "ccomp" or not tokens:
        return tokens
    head = next((t for t in tokens if t.head == cue), None)
    if head is None:
        return tokens
    cue_tag = finite_tag(cue)
    bare_present = has_subject(cue)
    verb: Token | None = head
    while verb is not None:
        following = None
        for conj in verb.children:
            if conj.dep_ != "conj" or conj.i < verb.i:
                continue
            following = conj
            conj_tag = finite_tag(conj, bare_present)
            if (
                not has_subject(conj)
                and conj_tag == cue_tag
                and conj_tag != finite_tag(verb)
                and conj.right_edge.i >= tokens[-1].i - 1
            ):
                cut = conj.left_edge.i
                cc = [c for c in verb.children if c.dep_ == "cc" and c.i < conj.i]
                if cc:
                    cut = min(cut, cc[-1].i)
                return [t for t in tokens if t.i < cut]
        verb = following
    return tokens


def _without_trailing_aside(cue: Token, tokens: list[Token], lexicon: CueLexicon) -> list[Token]:
    """The reported clause without an aside that closes it after a comma: a non-restrictive
    relative clause (", which the probe said were covered up"), a participle clause (",
    contrasting her respect for ... with ...") or a second attribution (", according to members
    who spoke", or with no comma :func:`_closes_with_phrase_cue`). They are the writer's or
    another source's words, not the reported content."""
    if len(tokens) < 3:
        return tokens
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return tokens
    last = words[-1].i
    first = tokens[0].i
    for t in tokens:
        if t.i > first + 1 and _closes_with_phrase_cue(cue, t, lexicon):
            return without_closing_punctuation([x for x in tokens if x.i < t.i])
        if t.i <= first + 1 or (t.right_edge.i < last and not _opens_quotation(t, last)):
            continue
        start = t.left_edge
        separator = before_closing_marks(start)  # '"... by Cleveland," referring to ...'
        mark = start.doc[separator]
        if separator <= first or not (mark.text in _ASIDE_OPENERS or is_dash(mark)):
            continue
        relative = t.dep_ == "relcl" and start.lower_ in _ASIDE_RELATIVES
        participle = t.dep_ == "advcl" and t.tag_ == "VBG" and is_aside(start, t, cue, lexicon)
        if relative or participle or start.lower_ in lexicon.phrase_heads:
            end = start.i if separator < start.i - 1 else separator
            return [x for x in tokens if x.i < end]
    return tokens


def _closes_with_phrase_cue(cue: Token, phrase: Token, lexicon: CueLexicon) -> bool:
    """Whether ``phrase`` is "according (to X)" closing, with no comma before it, the clause
    ``cue`` reports ("have claimed *the verdict is 'politically motivated'* according to BBC
    reports, with ..."): it reports the whole sentence
    (:func:`~quotewire.quotes.phrase_cue_frames.closes_reported_clause`), so it and what
    follows are no part of the claim."""
    if phrase.lower_ not in lexicon.phrase_heads or phrase.dep_ != "prep":
        return False
    source = next((t for c in phrase.children for t in c.children if t.dep_ == "pobj"), None)
    clause = phrase.head
    return clause.head == cue and closes_reported_clause(clause, phrase.i, source, lexicon)


def _opens_quotation(participle: Token, last: int) -> bool:
    """Whether a participle introduces the quotation that closes the reported clause after a
    comma or colon: 'says this may cause a delay "until later this year", *telling
    Bloomberg*, "The commission has been very slow ..."'. The parser hangs the quotation on
    the first cue, as a second clause; it is the participle's own direct quote, so the
    participle and its quotation are an aside like a participle at the end."""
    if participle.tag_ != "VBG" or participle.dep_ != "advcl":
        return False
    doc = participle.doc
    after = participle.right_edge.i + 1
    return after + 2 <= last and doc[after].text in (",", ":") and doc[after + 1].tag_ == "``"
