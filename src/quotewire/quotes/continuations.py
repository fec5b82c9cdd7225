"""Dependents the parser hangs on the cue that continue what it reports.

The reported dependent of a cue is one subtree, but the parser often attaches the words right
after it to the cue instead:

- a reason, condition or participle clause that follows the reported clause with no comma
  between ("The AP said *it did not include those meetings in its tally because ... they were
  part of the daily duties*"; "threatened *to impose a tariff on imports of Fords unless the
  company cancels ...*"; "Christie appeared *to end his bid owing roughly $200,000 more than he
  had*"), but not a concession ("even if ...");
  after a comma such a clause is an aside or an attribution of its own, and a clause of time
  is the scene of the saying (both stay out: ``content_candidates.is_circumstantial``);
- the second object of a verb with two ("offering *Kasich the second spot on the ticket*"),
  which the parser labels as a second ``dobj``;
- the role an object is described in, when it is a clause ("has described *the dinner as
  Washington celebrating itself*", "described *the country as beset by illegal immigrants*"), a
  clause without a finite verb ("as it was sailing through the Senate" is a clause of time)
  and, for a past participle, with words of its own ("as expected" is the writer's); a role
  phrase ("as a liar") is ``reported_extent._with_object_role``;
- a second object or phrase conjoined to a reported object or topic ("questioned *Trump's "New
  York values" and his readiness to be commander in chief*", "see *immigrants as an economic
  burden and as people who refuse to assimilate*"): the parser hangs the coordinator and the
  conjunct on the cue, though a verb does not coordinate with a noun or a preposition. Read
  on train articles 1-840: about a dozen contents cut short at the coordinator, 6 made right
  by this rule and none wrong; a noun that is the subject of the writer's next clause ("...,
  but that report concerned ...", its verb hung on the noun) and a participle aside after the
  conjunct stay out, and so does a conjunct after a clause the object holds (it goes with
  that clause). A reported clause that ends on its verb's object is continued so too
  ("announced *that they are suing YouTube, and its owner Google, for more than 1 billion
  dollars*"; Wikinews tune9, and one PolNeAR train content on 301-450, none lost);
- an indirect question conjoined to a reported topic or object ("was asked about *the rash of
  campus protests and whether she would encourage more of them*", "talking about *trade and
  how he would improve it*"): the parser makes the question's verb a conjunct of the cue, or,
  after a topic ("about ..."), of the verb the cue's phrase hangs on ("pivoted to talking
  about ...", "will come on the show to talk about ..."), as if the source had done two
  things. Read on train articles 1-750: the gold takes the two together each time the "and"
  follows the topic with no comma (3 times, none apart); the conjunct of the verb above the
  cue, on train articles 1-840, twice more.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.quotes.content_ends import FINITE_TAGS, without_closing_punctuation

# subordinators of a clause that gives the reason or condition of what is reported (a
# concession, "even if ...", is the writer's framing: see ``content_ends``)
_REASONS = frozenset({"because", "if", "unless"})
# words that open an indirect question
_QUESTION_OPENERS = frozenset({"whether", "how", "why", "what", "where", "when", "who", "which"})
_COORDINATORS = frozenset({"and", "or"})
# coordinators of a second object ("not just a few stars, *but the moon*")
_OBJECT_COORDINATORS = frozenset({"and", "or", "but"})
# parts of speech of a conjunct that cannot be a second act of the cue's source
_NOT_VERBS = frozenset({"NOUN", "PROPN", "NUM", "ADP"})
# labels of a clause inside a reported object
_CLAUSES = frozenset({"relcl", "advcl", "ccomp"})
# dependents that do not make a past participle a role of its own
_NOT_OWN = frozenset({"cc", "conj", "punct"})


def with_continuation(cue: Token, key: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` (the reported dependent of ``cue`` under ``key``, in order) with the cue's
    dependent that continues them right after their last word (see the module docstring)."""
    if not tokens:
        return tokens
    end = max(t.i for t in tokens)
    for child in cue.children:
        if child.i <= end or child.left_edge.i != end + 1:
            continue
        if _continues(key, child):
            return tokens + without_closing_punctuation(list(child.subtree))
    if key == "ccomp" and _ends_on_object(cue.doc[end]):
        return tokens + _conjoined_object(cue, key, end)
    if key != "dobj" and not key.startswith("prep:"):
        return tokens  # a conjunct continues only a reported object or topic
    return tokens + (_conjoined_question(cue, key, end) or _conjoined_object(cue, key, end))


def _ends_on_object(word: Token) -> bool:
    """Whether a reported clause ends on a noun object, of its verb or of a preposition
    ("announced that they are suing *YouTube*, and its owner Google, for ..."): a noun
    conjoined to the cue right after it is a second object there, which the parser hung on the
    cue."""
    return word.pos_ in ("NOUN", "PROPN") and word.dep_ in ("dobj", "pobj")


def _conjoined_question(cue: Token, key: str, end: int) -> list[Token]:
    """The coordinator and indirect question the parser hung on the cue right after a reported
    object or topic ending at ``end`` ("about *the protests and whether she would ...*"), or
    nothing."""
    doc = cue.doc
    if end + 2 >= len(doc):
        return []
    coordinator = doc[end + 1]
    if coordinator.dep_ != "cc" or coordinator.lower_ not in _COORDINATORS:
        return []
    # the parser hangs the question on the cue, or on the verb the cue's phrase hangs on
    # ("pivoted to talking about *trade and how ...*", "come on the show to talk about ...")
    head = coordinator.head
    if head != cue:
        above = head in cue.ancestors and key.startswith("prep:")
        if not above or doc[end].is_punct or _ends_inside_clause(cue, end):
            return []  # ", and who has come out ..." continues a relative clause
    for conj in head.children:
        opener = conj.left_edge
        if conj.dep_ == "conj" and opener.i == end + 2 and opener.lower_ in _QUESTION_OPENERS:
            return [coordinator, *without_closing_punctuation(list(conj.subtree))]
    return []


def _conjoined_object(cue: Token, key: str, end: int) -> list[Token]:
    """The coordinator and the second object or phrase the parser hung on the cue right after
    a reported object or topic ending at ``end`` ("questioned *Trump's "New York values" and
    his readiness to be commander in chief*", "see *immigrants as an economic burden and as
    people who refuse to assimilate*"), or nothing: a verb does not coordinate with a noun or
    a preposition, so the conjunct continues what the cue reports (a closing quotation mark
    or comma may stand between)."""
    doc = cue.doc
    start = end + 1
    while start < len(doc) and doc[start].is_punct and doc[start].i < cue.right_edge.i:
        start += 1
    if start + 1 >= len(doc) or start - end > 2:
        return []
    coordinator = doc[start]
    if coordinator.head != cue or coordinator.dep_ != "cc" or _ends_inside_clause(cue, end):
        return []
    if coordinator.lower_ not in _OBJECT_COORDINATORS:
        return []
    for conj in cue.children:
        if conj.dep_ == "conj" and conj.left_edge.i == start + 1 and conj.pos_ in _NOT_VERBS:
            if _misread_clause(conj):
                return []
            return without_closing_punctuation(list(doc[end + 1 : _conjunct_end(conj)]))
    return []


def _ends_inside_clause(cue: Token, end: int) -> bool:
    """Whether the reported part ends inside a clause it holds ("announced *their support --
    who cited her years as secretary of State* and as a U.S. senator ..."): a conjunct after it
    goes with that clause, which the parser hung wrongly, not with what the cue reports. A
    participle modifier ("donations attributed to people ...") is no clause here."""
    word = cue.doc[end]
    for token in [word, *word.ancestors]:
        if token == cue or token.head == cue:
            return False  # the reported dependent itself, a reported clause too, is no aside
        finite_modifier = token.dep_ == "acl" and token.tag_ in FINITE_TAGS
        if token.dep_ in _CLAUSES or finite_modifier:
            return True
    return False


def _conjunct_end(conjunct: Token) -> int:
    """Where a second object ends: before a participle set off by a comma after it ("called
    for *a voice vote, and then a visual vote*, declaring after both that ..."), the writer's
    aside or an attribution of its own, as after a reported clause (``participle_asides``)."""
    doc = conjunct.doc
    end = conjunct.right_edge.i + 1
    for child in conjunct.children:
        start = child.left_edge.i
        participle = child.dep_ in ("acl", "advcl") and child.tag_ in ("VBG", "VBN")
        if child.i > conjunct.i and participle and doc[start - 1].text == ",":
            end = min(end, start - 1)
    return end


def _misread_clause(conjunct: Token) -> bool:
    """Whether a noun the parser conjoined to the cue is the subject of a clause it misread,
    its finite verb hung on the noun as a modifier ("cited a report ..., *but that report
    concerned* the e-mails of lower-level officials"): the writer's own sentence goes on."""
    return any(c.dep_ == "acl" and c.tag_ in FINITE_TAGS for c in conjunct.children)


def _continues(key: str, child: Token) -> bool:
    """Whether ``child``, a dependent of the cue right after the reported tokens, continues
    them under ``key``."""
    if child.dep_ == "advcl":
        marks = [c.lower_ for c in child.children if c.dep_ == "mark" and c.i < child.i]
        if key in ("ccomp", "xcomp"):
            concession = child.left_edge.lower_ == "even"
            reason = bool(marks) and marks[0] in _REASONS and not concession
            participle = not marks and child.tag_ == "VBG" and child.left_edge == child
            return reason or participle
        if key == "dobj":
            finite = any(c.dep_ in ("aux", "auxpass") for c in child.children)
            # a past participle needs words of its own ("as beset by ..."): "as expected" is
            # the writer's, and "as classified and redacted ..." the parser's conjunct
            participle = child.tag_ == "VBG" or (
                child.tag_ == "VBN"
                and any(c.i > child.i and c.dep_ not in _NOT_OWN for c in child.children)
            )
            return marks == ["as"] and participle and not finite
        return False
    return key == "dobj" and child.dep_ == "dobj"
