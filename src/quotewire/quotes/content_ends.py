"""Where a reported clause ends: the writer's words the parser hangs on its last verb.

The parser attaches a closing clause of concession ("..., though voters are more likely to
...", "... even though he picked Peyton Manning", "... even as some of the same candidates
have said ...") to the verb of the reported clause it follows, so the dependency subtree that
:mod:`quotewire.quotes.frames` reports runs on into it. On PolNeAR train articles such a
clause is the writer's framing (or another source's attribution, annotated on its own), not
part of what the source said. Clauses opened by "while", "although", "as" alone or "despite"
are kept: the annotators keep them about as often as not, and "as" is mostly a comparison
("as concerned about X as ..."), unless a contrast holds a report of its own
(:mod:`quotewire.quotes.closing_attributions`); so are conditions and reasons ("if elected",
"because ..."), which belong to the claim.

An infinitive reports an act or an intention, not a proposition, so a clause of time in the
past hung on it ("refused *to speak to reporters* as she left the breakfast", "voted *to ban
therapeutic cloning* as Congress grappled with ...", "agreed *to meet* when they spoke
on the phone") tells when the act happened: the writer's narrative. Only clauses of the same
time as the act ("as", "when", "while") with a subject of their own are cut; in the present
("hoping *to X* when she takes on the senator") or opened by "until"/"before" ("urged *to
keep it open* until there was a way ...") such a clause belongs to the plan and stays, and
after a that-clause ("says ... after prosecutors determined ...") the gold keeps and drops a
clause of time about equally.

A parenthesis of three words or more that closes a reported content ("oppose concessions to
Democrats (Senator Ted Cruz of Texas) and ...") is the writer's aside, hung on the content's
last word; a party label or an acronym in parentheses stays (:func:`without_closing_parenthesis`).

A line that ends without a mark closing its sentence and a next line that opens with a capital
(a headline or a title over the first paragraph) are two sentences the parser read as one: a
reported content stops at that line break (:func:`without_next_line`).

The tests of a clause that frames, noun cues and coordinations share (a subject of its own,
opened by "that", the tag that carries its tense) live here too.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from quotewire.data_files import word_set
from quotewire.nlp.punctuation import DASHES_OR_HYPHEN

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_OBJECTS = ("dobj", "pobj")
# subordinators of a concession after "even" ("even as", "even though"); "though" also alone
_CONCESSIVE_MARKS = frozenset({"as", "though"})
_ALONE = frozenset({"though"})
# subordinators of a clause of the same time as an act ("as she left", "when they spoke")
_SIMULTANEOUS = frozenset({"as", "when", "while"})
_CONTRASTS = frozenset({"while", "whereas"})
_PERFECT = word_set("en/auxiliaries.toml", "perfect")
# tags of a verb (or its first auxiliary) that carry a tense; "MD" passes a base form on
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
APPOSITION_MARKS = DASHES_OR_HYPHEN | {","}
# a verb joined to a perfect's verb shares its auxiliary; "'d" there is "had" as often as not
_PERFECT_AUXILIARIES = _PERFECT | word_set("en/auxiliaries.toml", "contracted_had")
# words an open parenthesis holds before it reads as an aside, not a broken abbreviation
_PARENTHESIS_WORDS = 3
# what ends a line whose sentence is closed, so that a content may run on to the next line
_LINE_CLOSERS = frozenset(".!?:;…\"'”’»)]")
# parts of speech that report nothing alone
_FUNCTION_TAGS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PUNCT", "SPACE"})


def has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own (an expletive "there"/"it" counts)."""
    return any(c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in verb.children)


def finite_tag(verb: Token, bare_present: bool = False) -> str:
    """The tag of the word that carries a verb's tense: its first auxiliary, or itself.

    With ``bare_present``, a bare base form conjoined to a finite verb reads as present
    ("strategists fear that Clinton has missed a chance *and warn* that ..."): the parser tags
    it ``VB`` as if it shared an auxiliary, which a finite verb does not pass on. Callers ask
    for it only beside a cue with a subject of its own; a present cue without one is itself a
    base form the parser mis-tagged in a series ("went on to promote X, *note* that ...,
    and boast about ..."), whose base forms continue each other."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if auxiliaries:
        return auxiliaries[0].tag_
    conjunct = bare_present and verb.tag_ == "VB" and verb.dep_ == "conj"
    if conjunct and finite_tag(verb.head) in FINITE_TAGS:
        return "VBP"
    return verb.tag_


def shares_perfect(verb: Token, conjunct: Token) -> bool:
    """Whether ``conjunct``, a verb without an auxiliary of its own, is a participle sharing
    the perfect auxiliary of ``verb`` ("have said that the battle was underway *and predicted*
    that ..."): a regular verb's participle is spelt as its past tense, so the tagger reads it
    as a past (VBD) beside the "have" (VBP) that carries ``verb``'s tense, and comparing
    :func:`finite_tag` would take the two for differently inflected verbs."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    perfect = bool(auxiliaries) and auxiliaries[-1].lower_ in _PERFECT_AUXILIARIES
    own_auxiliary = any(c.dep_ in ("aux", "auxpass") for c in conjunct.children)
    return perfect and verb.tag_ == "VBN" and conjunct.tag_ in ("VBD", "VBN") and not own_auxiliary


def without_closing_punctuation(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the punctuation that closes them, a closing quotation mark kept (it
    belongs to the quotation the content holds) but not an opening one (see
    :func:`opens_quotation`)."""
    end = len(tokens)
    while end and tokens[end - 1].is_punct:
        if tokens[end - 1].is_quote and not opens_quotation(tokens[end - 1]):
            break
        end -= 1
    return tokens[:end]


def opens_quotation(mark: Token) -> bool:
    """Whether a quotation mark token opens a quotation: written after a space and glued to
    the word after it. Where both ends are written alike (two apostrophes, ''...'', in some
    newspapers' text) the sentence splitter leaves the opening mark at the end of the sentence
    before ("Time, Mr. Pence added, was on their side. ''|It's preseason ...''"), so the
    reported part of that sentence would otherwise run on into the next one's quotation."""
    doc = mark.doc
    after_space = mark.i == 0 or bool(doc[mark.i - 1].whitespace_)
    return mark.is_quote and after_space and not mark.whitespace_ and mark.i + 1 < len(doc)


def opened_by_that(clause: Token) -> bool:
    """Whether the complementiser "that" opens ``clause``."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def that_taken_for_object(clause: Token) -> bool:
    """Whether ``clause`` opens with a "that" the parser made an object inside it although the
    word it hangs on has an object of the same kind besides it: "says in a new book *that* the
    president misled *him* about the leak" parsed as a relative clause of "book", with "that"
    a second object of "misled" (or of "about"). A verb or preposition takes one object, so
    "that" is the complementiser and the clause is what the cue reports."""
    first = clause.left_edge
    if first.lower_ != "that" or first.dep_ not in _OBJECTS or first.i >= clause.i:
        return False
    return any(c.dep_ == first.dep_ and c.i != first.i for c in first.head.children)


def is_complement_clause(clause: Token) -> bool:
    """Whether ``clause`` is a finite clause opened by the complementiser "that": with a
    subject of its own, "that" is no relative pronoun, whatever label the parser gave."""
    return opened_by_that(clause) and has_subject(clause)


def without_framing_clause(tokens: list[Token]) -> list[Token]:
    """``tokens`` (a reported dependent, in order) without a clause of concession or a past
    scene of an infinitive's act that closes it (see the module docstring): an adverbial
    clause with a subject of its own, hung on a word of the reported part before it and
    running to its end, unless a quotation opens right after its subordinator (the source's
    words go on: one mixed statement)."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 3:
        return tokens
    inside = {t.i for t in tokens}
    first, last = words[0].i, words[-1].i
    for token in tokens:
        if token.i <= first + 1 or token.head.i not in inside or token.head.i > token.i:
            continue
        if token.right_edge.i < last or not (_framing(token) or _scene_of_act(token)):
            continue
        if _quoted_after_mark(token):
            return tokens
        return [t for t in tokens if t.i < token.left_edge.i]
    return tokens


def without_summing_apposition(tokens: list[Token]) -> list[Token]:
    """``tokens`` (a reported dependent, in order) without an apposition closing them that
    sums up what was reported ('it would cut 30,000 jobs, *a move that rivals ...*', 'not to
    protest — *a message that has not been heeded*'): after a comma or dash, "a"/"an", up to
    two words and a noun naming an act or a statement (``en/summing_appositions.toml``), the
    writer comments on the report. Appositions naming a noun of the report ("backing Bush,
    the former governor") are a coin flip in the gold and stay."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 4:
        return tokens
    first, last = words[0].i, words[-1].i
    for token in words:
        if token.lower_ not in _summing_nouns() or token.right_edge.i < last:
            continue
        article = token.left_edge
        if article.lower_ not in ("a", "an") or not 0 < token.i - article.i <= 3:
            continue
        mark = token.doc[article.i - 1]
        if article.i - 1 <= first + 2 or mark.text not in APPOSITION_MARKS:
            continue
        return [t for t in tokens if t.i < mark.i]
    return tokens


def without_closing_parenthesis(tokens: list[Token]) -> list[Token]:
    """``tokens`` (a reported dependent, in order) without a parenthesis of three words or
    more that closes them ('oppose *concessions to Democrats* (Senator Ted Cruz of Texas) and
    pursue ...', 'mentioned *raising the minimum wage* (with far less intensity than ...)'):
    the parser hangs the aside on the reported clause's last word, and the subtree stops
    inside it or at its closing mark; the aside is the writer's comment. In the gold of train
    1–840 such a parenthesis right after a reported content is left out 47 times and kept 16;
    one or two words (a party label "(R-Texas)", an acronym "(TPP)") are kept 25 times and left
    out twice, and stay. A parenthesis closed inside the content, with words after it, stays."""
    opener = _closing_parenthesis(tokens)
    if opener is None:
        return tokens
    inside = [t for t in tokens if t.i > opener.i and not t.is_punct]
    if len(inside) < _PARENTHESIS_WORDS or not any(
        t.i < opener.i and not t.is_punct for t in tokens
    ):
        return tokens
    return [t for t in tokens if t.i < opener.i]


def without_next_line(cue: Token, tokens: list[Token]) -> list[Token]:
    """``tokens`` (a reported dependent, in order) without the next line when they run over a
    line break that closes no sentence: the line before it ends in a word, not in a full stop,
    colon or closing mark, and the line after it opens with a capital ('Rubio Thinks *Joe Biden
    Was A Really Effective Senator*¶Marco Rubio was asked ...'). That is a headline or a title
    the parser joined to the first sentence of the text under it. In the gold of train 1–840
    no content runs over such a break; the two over a break after a bare word go on in small
    letters (a wrapped line, "a hate¶crime"), and stay. The side of the break the cue is on
    is kept; when that side holds only a preposition or other function words ('Why Voters
    Believe *In*¶John Kasich said ...'), nothing is reported."""
    for token in tokens:
        if not _breaks_line(token):
            continue
        before = [t for t in tokens if t.i <= token.i and not t.is_space]
        after = [t for t in tokens if t.i > token.i and not t.is_space]
        if not before or not after or before[-1].text[-1] in _LINE_CLOSERS:
            continue
        if not after[0].text[0].isupper():
            continue
        kept = before if cue.i <= token.i else after
        return kept if any(t.pos_ not in _FUNCTION_TAGS for t in kept) else []
    return tokens


def _breaks_line(token: Token) -> bool:
    """Whether a line ends at ``token``: it is whitespace holding a line break, or a line
    break follows it."""
    return (token.is_space and "\n" in token.text) or "\n" in token.whitespace_


def _closing_parenthesis(tokens: list[Token]) -> Token | None:
    """The opening mark of the parenthesis that closes ``tokens``: one whose closing mark is
    their last token but for punctuation, or the last opening mark no closing one follows."""
    core = list(tokens)
    while core and core[-1].is_punct and core[-1].text != ")":
        core.pop()
    closed_at_end = bool(core) and core[-1].text == ")"
    depth = 0
    for token in reversed(core):
        if token.text == ")":
            depth += 1
        elif token.text == "(":
            if depth == 0 or (closed_at_end and depth == 1):
                return token
            depth -= 1
    return None


@lru_cache(maxsize=1)
def _summing_nouns() -> frozenset[str]:
    return word_set("en/summing_appositions.toml", "nouns")


def _framing(token: Token) -> bool:
    """Whether ``token`` heads a clause of concession (see :func:`without_framing_clause`):
    opened by "though", "even though" or "even as" and with a subject of its own."""
    if token.dep_ != "advcl" or not has_subject(token):
        return False
    marks = [c for c in token.children if c.dep_ == "mark" and c.i < token.i]
    if not marks or marks[0].lower_ not in _CONCESSIVE_MARKS:
        return False
    opening = token.left_edge
    if opening == marks[0]:
        return marks[0].lower_ in _ALONE
    return opening.i == marks[0].i - 1 and opening.lower_ == "even"


def _scene_of_act(token: Token) -> bool:
    """Whether ``token`` heads a clause of time in the past hung on a to-infinitive, opened by
    "as", "when" or "while" and with a subject of its own ("to speak to reporters *as she
    left*", "to meet *when they spoke on the phone*", "to ban Muslims *while Clinton has
    condemned* ...")."""
    if token.dep_ != "advcl" or not has_subject(token):
        return False
    opening = token.left_edge
    if opening.lower_ not in _SIMULTANEOUS or opening.head != token:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.head.children):
        return False
    return _in_the_past(token)


def _in_the_past(verb: Token) -> bool:
    """Whether a finite verb speaks of the past: a past tense ("left") or a perfect ("has
    condemned", "had met")."""
    if verb.tag_ == "VBD":
        return True
    perfect = any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children)
    return verb.tag_ == "VBN" and perfect


def is_contrast_clause(clause: Token) -> bool:
    """Whether ``clause`` is an adverbial clause of contrast opened by "while" or "whereas"
    after the clause it is hung on ("A has raised $2.7 million, *while B has raised $6
    million*, according to ..."): the two make one statement, which a phrase cue after both
    reports whole (four of four such sentences on train articles 1-450)."""
    if clause.dep_ != "advcl" or clause.head.i > clause.i:
        return False
    return clause.left_edge.lower_ in _CONTRASTS and clause.left_edge.head == clause


def _quoted_after_mark(clause: Token) -> bool:
    """Whether a quotation opens right after the clause's subordinator ('even though
    "you ... possess email records ..."')."""
    marks = [c.i for c in clause.children if c.dep_ == "mark"]
    after = (marks[-1] if marks else clause.left_edge.i) + 1  # "when" is an adverb, no mark
    return after < len(clause.doc) and clause.doc[after].is_quote
