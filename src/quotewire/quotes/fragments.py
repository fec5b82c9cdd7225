"""Fragments of one attribution that its cue cuts apart.

PolNeAR annotates a reported clause interrupted by its cue as one attribution in several
fragments (one record each), and quotewire reports them the same way: each fragment is a frame
on the same cue, so they share the attribution. These constructions are read here:

- a verb of saying set into the clause it reports, after words of that clause: "*There is a
  risk*, some Democrats said, *that Mr. Sanders would push the party too far*"; "*Mr. Trump is
  so reckless*, the vice president said, *that ...*". The parser hangs the first clause on the
  cue as a complement of its own and the cue reports only the rest, so the first fragment was
  lost. Only a clause with a subject counts: a fronted phrase ("In a statement Thursday, X
  said, "..."") is a scene far more often than a fragment. (A cue the parser hangs on the clause it
  interrupts, "The plant, she said, is closing", is read by
  :func:`quotewire.quotes.set_in_cues.parenthetical_frames`.)
- a verb of saying in a relative clause whose reported clause starts with the relative word:
  "30 applicants, *which* he said *were about evenly split*". The relative word stands for the
  noun it continues; :func:`quotewire.quotes.reported_extent.reported_tokens` drops it from the
  rest.
- a verb of saying in a relative clause whose reported clause has the relative word for its
  subject: "a strike *that* company executives said *could affect earnings*". Its clause is
  reported (:func:`is_relative_report`), whatever the frame model makes of the short remnant.
- a verb of saying set between commas whose clause the parser starts after it ("*a provision*,
  Corker said, that is meant to ..."; "*He sincerely believes*, he said, that ..."): the words
  before the opening comma, back to the sentence's start or a dash, are the first fragment
  (:func:`words_before_set_in_cue`); the words before a set-in cue that only give the
  occasion of the words or the question they answer ("*In a statement for this story*, a State
  Department official said, "..."; "*Asked what he believed*, he said, "..."") are no fragment
  (:func:`is_scene_before_set_in_cue`).
- a phrase cue set into its clause: "*Only one person was killed by a gun last year*,
  according to the police, *and there were only eight incidents*" (the words after it, read
  by :func:`continues_clause`; the frame is built in :mod:`quotewire.quotes.frames`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotewire.nlp.docs import sentence_of
from quotewire.nlp.punctuation import CLAUSE_BREAKS, is_dash
from quotewire.quotes.circumstances import occasion_words
from quotewire.quotes.content_ends import has_subject
from quotewire.quotes.cues import CueLexicon

if TYPE_CHECKING:
    from quotewire.quotes.frames import Frame

# wh-words only: a relative "that" (tagged WDT too: "a deadline *that* insiders said went
# unnoticed") was marked as a fragment less often than not (3 matches, 4 false alarms on train
# 1-150 and 301-450)
_PARTICIPLE_TAGS = ("VBN", "VBD")  # the tagger reads a fronted "Asked" either way
_RELATIVE_TAGS = ("WDT", "WP", "WRB")
_OPENING_MARKS = "\"'“‘`"
_RELATIVE_SUBJECT_TAGS = ("WDT", "WP")
# marks that close the writer's words before a fragment ("... from waiving any sanctions - *a
# provision*, Corker said, that ...")
_CLAUSE_BREAKS = CLAUSE_BREAKS | {"("}
# first words of a scene rather than a fragment ("In a statement Thursday, X said, ...";
# "Instead, Trump told CNN, his policy ..."; "Asked about it, he said, ...")
_SCENE_OPENERS = ("ADP", "ADV", "SCONJ")
_SCENE_OPENING_TAGS = ("VBN", "VBG", "WRB")
# the head of a clause without a tense of its own ("After *reciting* the passage, ...")
_UNTENSED_TAGS = ("VBG", "VB", "TO")
_FULL_STOPS = (".", "!", "?")


def leading_fragment(frame: Frame, lexicon: CueLexicon) -> list[Token]:
    """The words before a verb of saying set into its clause ("*A*, X said, B"): the cue's
    subject is opened by a comma, the cue's phrase is closed by one, and the cue reports B
    after it. Empty when the cue is not set in so, or the words before are part of another
    sentence's quotation (the caller leaves quoted words to direct attribution)."""
    cue = frame.cue
    if frame.content is None or frame.content[0] < cue.idx or not lexicon.is_speech(cue.lower_):
        return []
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None:
        return []
    doc = cue.doc
    comma = subject.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return []
    cue_end = cue.idx + len(cue.text)
    if "," not in doc.text[cue_end : frame.content[0]]:
        return []  # "A, X said B": no comma closes the cue, so A sets the scene
    words = _sentence_words_before(cue, comma)
    if any(_is_main_clause(t, cue) for t in words):
        return words
    # empty for a scene, not a fragment: "In a statement Thursday, X said, "...""
    return _subordinate_clause(words, cue)


def _sentence_words_before(cue: Token, comma: int) -> list[Token]:
    """The words of the cue's sentence before token ``comma``, without spaces and without the
    punctuation or opening quotation marks that start the sentence."""
    words = [t for t in cue.doc[sentence_of(cue).start : comma] if not t.is_space]
    while words and (words[0].is_punct or words[0].text in _OPENING_MARKS):
        words = words[1:]
    return words


def _is_main_clause(token: Token, cue: Token) -> bool:
    """Whether ``token`` heads a clause of its own hung on the cue, with a subject and no
    subordinator ("*There is* a risk, some Democrats said, that ..."): the words before the
    cue are a statement. A phrase or subordinate clause before the cue ("At a rally on Monday",
    "When asked about it", "Holding open a book") sets the scene as often as it is reported."""
    if token.head != cue or token.dep_ != "ccomp":
        return False
    children = list(token.children)
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children)
    return subject and not any(c.dep_ == "mark" for c in children)


def _subordinate_clause(words: list[Token], cue: Token) -> list[Token]:
    """The words of a subordinate clause the parser hung on the cue before its subject, when
    they are all the words before it but a leading coordinator ("*If the negligence law has
    never had its day in court*, Giuliani said, there's a simple explanation"; "*When the
    regulation goes into effect*, Dr. Clark added, "..."). PolNeAR marks such a clause, with a
    subject and a finite verb of its own, as the first fragment of what the set-in cue reports
    (18 of 19 on train 1-840 that hold no act of their own), while a fronted phrase or a
    subjectless participle ("In a statement Thursday", "When asked about it") is a scene.
    Empty when the words are no such clause."""
    clause = next((t for t in words if t.head == cue and t.dep_ == "advcl"), None)
    if clause is None or not has_subject(clause) or clause.tag_ in _UNTENSED_TAGS:
        return []
    if not _is_subordinate(clause):
        return []
    if any(c.dep_ == "ccomp" for c in clause.children):
        return []  # it reports a clause of its own: "*While Trump affirmed that he likes Cruz*"
    if words[0].dep_ == "cc" and words[0].head == cue:
        words = words[1:]  # "But if the bill fails, she said, ..."
    own = {t.i for t in clause.subtree}
    if any(t.i not in own and not t.is_punct for t in words):
        return []
    return words


def _is_subordinate(clause: Token) -> bool:
    """Whether a clause is opened by a subordinator ("if", "after", "when", ...)."""
    return any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children if c.i < clause.i)


def without_reporting_scenes(frames: list[Frame]) -> list[Frame]:
    """``frames`` with no subordinate clause before a cue (:func:`_subordinate_clause`) that
    holds another frame's cue and content: the clause is then the scene of an act of its own
    ("*After Hillary Clinton accused him of sexism*, he warned, "..."", "*When he first
    described the wall*, he said, "...""), whose frame PolNeAR annotates instead (no two
    annotated contents overlap). The cue keeps its frame, without that content, when it has no
    other, so that the linker still finds it beside its quotation."""
    acts = [f.cue.idx for f in frames if f.content is not None]
    kept: list[Frame] = []
    for frame in frames:
        if not _is_scene_of_another_act(frame, acts):
            kept.append(frame)
        elif not any(f.cue == frame.cue and f is not frame for f in frames):
            frame.content = None
            kept.append(frame)
    return kept


def _is_scene_of_another_act(frame: Frame, acts: list[int]) -> bool:
    content = frame.content
    if content is None or content[1] > frame.cue.idx:
        return False
    span = frame.cue.doc.char_span(*content, alignment_mode="expand")
    if span is None or span.root.dep_ != "advcl" or not _is_subordinate(span.root):
        return False
    return any(content[0] <= cue < content[1] for cue in acts)


def words_before_set_in_cue(cue: Token, speaker: Token) -> list[Token]:
    """The words before a verb of saying set between commas that the parser gave nothing of
    the clause before it ("*all of whom*, she explained, needed a boost"; "*a provision*,
    Corker said, that is meant ..."): from the sentence's start or the last dash, colon or
    semicolon up to the comma before the cue's subject. Empty when the cue is not set between
    commas, or those words hold a comma or open like a scene (a preposition, an adverb, a
    subordinator or a participle: "In a statement Thursday, X said, ..."), unless they are a
    subordinate clause the parser hung on the cue ("*If the demands are not met*, Mr. Taylor
    warned, ...": :func:`_subordinate_clause`)."""
    doc = cue.doc
    comma = speaker.left_edge.i - 1
    last = cue.right_edge  # the closing comma, when the parser hung it on the cue
    closed = last.text == "," or (last.i + 1 < len(doc) and doc[last.i + 1].text == ",")
    if comma < 1 or doc[comma].text != "," or not closed:
        return []
    sentence = sentence_of(cue)
    start = comma
    while start > sentence.start and not _breaks_clause(doc[start - 1]):
        start -= 1
    words = [t for t in doc[start:comma] if not t.is_space]
    while words and (words[0].dep_ == "cc" or words[0].text in _OPENING_MARKS):
        words = words[1:]  # "- *and* the permit, his campaign said, ..."
    if not words or any(t.text == "," for t in words):
        return []
    first = words[0]
    if first.pos_ in _SCENE_OPENERS or first.tag_ in _SCENE_OPENING_TAGS:
        return _subordinate_clause(words, cue)
    return words


def is_scene_before_set_in_cue(before: list[Token], head: Token, lexicon: CueLexicon) -> bool:
    """Whether the words ``before`` a verb of saying set into the clause of ``head`` only set
    the scene: each is in a phrase of occasion ("*In an interview with TMZ Sports*, Walker
    said, "..."": a preposition of ``occasions.toml`` with an occasion noun for its object) or
    in a subjectless participle clause of saying ("*Asked what he believed*, he said, "...";
    "*When asked about it*, ..."), whose own frame reports the question. PolNeAR annotates
    neither as a fragment of what the cue reports; other fronted phrases ("*At one point*,
    she said, she was ...") it does."""
    scene: set[int] = set()
    for child in head.children:
        if child.i < head.i and _sets_scene(child, lexicon):
            scene.update(t.i for t in child.subtree)
    words = [t for t in before if t.is_alpha and t.dep_ != "cc"]
    return bool(words) and all(t.i in scene for t in words)


def _sets_scene(child: Token, lexicon: CueLexicon) -> bool:
    if child.dep_ == "prep":
        words = occasion_words()
        objects = [c for c in child.children if c.dep_ == "pobj"]
        return child.lower_ in words.prepositions and any(o.lower_ in words.nouns for o in objects)
    if child.dep_ == "advcl" and child.tag_ in _PARTICIPLE_TAGS:
        return lexicon.is_speech(child.lower_) and not has_subject(child)
    return False


def _breaks_clause(token: Token) -> bool:
    """Whether ``token`` closes the words before it: a dash, colon, semicolon or parenthesis,
    not a hyphen inside a word ("voter-identification")."""
    return token.text in _CLAUSE_BREAKS or is_dash(token)


def conjunct_after_set_in_cue(frame: Frame, lexicon: CueLexicon) -> list[Token]:
    """The clause a verb of saying set after the clause it reports runs on with ("He had no
    known ties, the airline added, *and had passed all security checks*"; "..., a spokeswoman
    said on Saturday, *and it has used it five times*"): the parser hangs it on the cue as a
    conjunct after ", and" or ", but", so the cue seemed to report nothing of it. PolNeAR marks
    it as a further fragment (8 of 8 such sentences on train 1-840). Empty when the cue is not
    set after its clause by a comma (after a quotation the conjunct is the next event:
    '"...," Ebeling said, *and her husband cut in*'), or the conjunct is a second act of
    saying or has the cue's source for its subject ("..., he said, and he added that ...")."""
    cue, speaker = frame.cue, frame.speaker
    if speaker is None or not lexicon.is_speech(cue.lower_) or cue.head.i >= cue.i:
        return []
    if cue.dep_ != "parataxis" and not is_unjoined_after_comma(cue, speaker):
        return []
    if _comma_before_source(cue, speaker) is None:
        return []  # after a quotation ('"...," Ebeling said, and her husband cut in') or aside
    for conjunct in cue.children:
        if conjunct.dep_ != "conj" or conjunct.i < cue.i or conjunct.pos_ not in ("VERB", "AUX"):
            continue
        coordinator = next(
            (c for c in cue.children if c.dep_ == "cc" and cue.i < c.i < conjunct.i), None
        )
        if coordinator is None or coordinator.i == 0 or coordinator.nbor(-1).text != ",":
            return []
        if lexicon.is_speech(conjunct.lower_):
            return []
        subjects = [c for c in conjunct.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lower_ == speaker.lower_ for s in subjects):
            return []
        return list(cue.doc[coordinator.i : conjunct.right_edge.i + 1])
    return []


def is_second_act_after_set_in_cue(cue: Token, after: list[Token], lexicon: CueLexicon) -> bool:
    """Whether the words after a verb of saying set after its clause are the source saying
    something more ("X, the ministry confirmed, *but said* the risk was low"): a coordinator
    and a verb of saying without a subject, which the parser conjoined to the reported clause.
    That verb is a cue of its own (its source is the set-in cue's), no further fragment."""
    words = [t for t in after if not t.is_punct]
    if len(words) < 2 or words[0].lower_ not in ("and", "but") or words[0].dep_ != "cc":
        return False
    verb = words[1]
    return (
        verb.dep_ == "conj"
        and verb.head == cue.head
        and lexicon.is_speech(verb.lower_)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def reason_after_closing_cue(frame: Frame, lexicon: CueLexicon) -> list[Token]:
    """The "because" clause a verb of saying set after the clause it reports hangs after
    itself ("He is leaning toward Kasich, he said, *because he prizes electability*"): the
    source's reason for what it said, which PolNeAR marks as a further fragment (5 of 5 such
    sentences on train 1-840). Empty unless the reported clause ends at a comma before the
    source, and a comma sets the "because" clause off after the cue's own words."""
    cue, speaker, content = frame.cue, frame.speaker, frame.content
    if speaker is None or content is None or not lexicon.is_speech(cue.lower_):
        return []
    comma = _comma_before_source(cue, speaker)
    if comma is None or content[1] > comma.idx:
        return []  # not set after its clause, or after a quotation ('"...," he said, because')
    for clause in cue.children:
        if clause.dep_ != "advcl" or clause.i < cue.i or clause.left_edge.lower_ != "because":
            continue
        start = clause.left_edge.i
        if start > 0 and cue.doc[start - 1].text == ",":
            return list(cue.doc[start : clause.right_edge.i + 1])
    return []


def is_unjoined_after_comma(cue: Token, speaker: Token) -> bool:
    """Whether a verb of saying the parser conjoined to the clause before it has no
    coordinator between them and its subject opens after a comma ("This includes a special
    force, *Defense Secretary Ash Carter told* a Senate panel"): it is set after the clause it
    reports ("A, X said"), not a second act."""
    head = cue.head
    if not head.i < speaker.i < cue.i or speaker.head != cue:
        return False
    if any(c.dep_ in ("cc", "preconj") and head.i < c.i < cue.i for c in head.children):
        return False
    first = speaker.left_edge.i
    return first > 0 and cue.doc[first - 1].text == ","


def clause_before_closing_cue(cue: Token, speaker: Token) -> list[Token]:
    """The words before a verb of saying that closes its sentence after a comma ("A, she
    said."), for a cue that found nothing to report: the parser hung A, or a part of it, on
    the cue as an adverbial clause ("The web has also made it possible for people with
    like-minded, if bogus, ideas to organize, *she said*."; "*Since Clinton has more votes*,
    superdelegates who back him would be going against the voters, *Mook said*."), so the
    clause it heads alone was too short to report, or none was left. Empty unless the cue's
    subject opens after a comma, only a full stop (or "!", "?") follows the cue, nothing ties
    the cue to the clause ("..., as she said."), and A is more than a subordinate clause
    ("But even after the growth cooled, the borrowing *continued*": the cue's subject is no
    source). A phrase alone is reported ("*Or maybe Jeb Bush*, Musser says.")."""
    if cue.head.i > cue.i or speaker.head != cue or speaker.i > cue.i:
        return []
    doc = cue.doc
    comma = speaker.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return []
    if any(c.dep_ in ("mark", "advmod") and comma < c.i < cue.i for c in cue.children):
        return []
    sentence = sentence_of(cue)
    if any(t.text not in _FULL_STOPS and not t.is_space for t in doc[cue.i + 1 : sentence.end]):
        return []
    words = _sentence_words_before(cue, comma)
    if not words or _only_a_subordinate_clause(words):
        return []
    return words


def _only_a_subordinate_clause(words: list[Token]) -> bool:
    """Whether ``words`` (but a leading coordinator) are all one subordinate clause ("But even
    after the growth cooled"): the words after them are then the main clause, not a source."""
    inside = {t.i for w in words if w.dep_ == "advcl" and _is_subordinate(w) for t in w.subtree}
    # a main clause the parser hung inside it ("As Trump prepared to speak, *a girl was
    # pepper-sprayed*, police said.")
    main = {t.i for w in words if _is_hung_main_clause(w) for t in w.subtree}
    alpha = [t for t in words if t.is_alpha and t.dep_ != "cc"]
    return bool(alpha) and all(t.i in inside and t.i not in main for t in alpha)


def _is_hung_main_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and has_subject(verb) and not _is_subordinate(verb)


def is_clause_head(head: Token) -> bool:
    """Whether the word a set-in cue hangs on heads the clause it is set into: a verb, or a
    noun the parser made the root of its sentence before the cue when it read the verb after
    the cue as an adjective ("The new hashtag, Mr. Abboud said, *accompanied* descriptions
    ...": "hashtag" the root, "accompanied" its modifier)."""
    if head.pos_ in ("VERB", "AUX"):
        return True
    return head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")


def relative_fragment(frame: Frame, lexicon: CueLexicon) -> tuple[int, int] | None:
    """The character range of the relative word (with its preposition: "in which") that belongs
    to the clause a verb of saying reports, when the verb heads a relative clause and the
    reported clause (its ``ccomp``) holds that word before the verb; else ``None``. Beliefs
    ("a man *who* many *believe* betrayed ...") are left alone: PolNeAR marks the relative
    word of a belief less often than not."""
    cue, content = frame.cue, frame.content
    if content is None or cue.dep_ != "relcl" or not lexicon.is_speech(cue.lower_):
        return None
    clause = next(
        (c for c in cue.children if c.dep_ == "ccomp" and content[0] <= c.idx < content[1]),
        None,
    )
    if clause is None:
        return None
    words = [
        t for t in clause.subtree if t.i < cue.i and t.tag_ in _RELATIVE_TAGS and t.lower_ != "that"
    ]
    if len(words) != 1:
        return None
    word = words[0]
    first = word
    if word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.i == word.i - 1:
        first = word.head  # "in which organizers claimed ... participated"
    return first.idx, word.idx + len(word.text)


def is_relative_report(cue: Token, key: str, tokens: list[Token], lexicon: CueLexicon) -> bool:
    """Whether ``tokens`` is the clause a verb of saying heading a relative clause reports,
    with the relative word as that clause's subject ("laws *that* some say *target Muslims*",
    "a weekend, *which* it previously had said *was unacceptable*"). PolNeAR marks what
    follows the verb of saying in this construction more often than not (28 of 49 on train
    1-750, 20 of 31 after "said"), while the frame model, seeing a short clause without a
    subject of its own, scores it below the threshold."""
    if key != "ccomp" or cue.dep_ != "relcl" or not lexicon.is_speech(cue.lower_):
        return False
    return any(
        t.i < cue.i and t.tag_ in _RELATIVE_SUBJECT_TAGS and t.dep_ in ("nsubj", "nsubjpass")
        for t in tokens
    )


def continues_clause(clause: Token, after: list[Token], phrase_end: int) -> bool:
    """Whether the words after a phrase cue, past a comma, carry on the clause it is set in:
    its verb, or a subject, complement or conjunct of it ("X, according to Y, *is Z*"; "...,
    according to the police, *and there were only eight incidents*"), not words the parser
    left outside the source's phrase."""
    if not after or after[0].i != phrase_end + 1 or after[0].text != ",":
        return False
    if len(after) > 1 and after[1].lower_ in ("but", "yet"):
        return False  # "..., according to a count, but his pathway is narrowing": the writer's
    carried = ("nsubj", "nsubjpass", "conj", "ccomp", "dobj", "attr", "acomp", "xcomp")
    return any(t == clause or (t.head == clause and t.dep_ in carried) for t in after)


def _comma_before_source(cue: Token, speaker: Token) -> Token | None:
    """The comma right before a cue and its source set after the clause they report ("..., a
    spokeswoman said"), else ``None``."""
    opening = min(speaker.left_edge.i, cue.i) - 1
    if opening < 0 or cue.doc[opening].text != ",":
        return None
    return cue.doc[opening]
