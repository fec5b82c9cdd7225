"""What a colon before a Russian quotation says about it, beyond a verb of saying.

A direct quote after a colon is usually announced by a cue («Лавров заявил: «…»»; that is
:meth:`ClauseReader.speaker_of`). These are the other shapes the clause before the colon
takes: a document with its author, a cue that reports a clause of its own before the
quotation (round seven), and a named person's sentence with no verb of saying at all (round
eight, docs/russian.md). A verb with «словами» on it is a cue there too
(:meth:`CueWords.words_spoken_with`).
"""

from __future__ import annotations

import re

from quotewire.nlp.russian import Token
from quotewire.quotes.russian_clauses import ClauseReader
from quotewire.quotes.russian_marks import MIN_WORDS_ALONE, Marks, ends_its_sentence
from quotewire.speakers.russian import Resolved
from quotewire.speakers.russian_lexicon import russian_lexicon
from quotewire.speakers.russian_phrases import phrase_head

# What follows a cue when it reports a clause of its own: «, что …» or «, будто …» (after at
# most a few words: «заявил журналистам, что»; TOML ``phrases.that_words``) or a topical «о/об …».
_THAT = "|".join(sorted(russian_lexicon().that_words))
_OWN_CLAUSE = re.compile(rf"(?:[^,:«]{{0,40}},\s*(?:{_THAT})[\s,]|\s+об?\s)")

# Dependency relations of a verb that heads a subordinate or relative clause.
_SUBORDINATE = ("advcl", "acl", "acl:relcl")


def document_before_colon(reader: ClauseReader, clause_start: int, colon: int) -> Resolved | None:
    """«Комментарий шведского телевидения: «…»»: a clause before the colon that is only a
    noun of statement or document with its genitive author gives the author; the quotation
    is that document's text."""
    tokens = reader.t.tokens
    indices = reader.t.token_range(clause_start, colon)
    if not indices or any(tokens[i].pos in ("VERB", "AUX") for i in indices):
        return None
    noun = tokens[indices[0]]
    lex = reader.lex
    if noun.pos != "NOUN" or not (noun.lemma in lex.documents or noun.lemma in lex.statements):
        return None
    author = reader.genitive_author(noun, colon)
    if author is None or tokens[author].lemma in lex.documents:
        return None  # «Текст закона: «…»»: the law is what the text holds, not its author
    return reader.book.from_head(author)


def reports_before_colon(reader: ClauseReader, cue: Token, quote_start: int) -> bool:
    """«заявил, что в тюрьме его могут убить: «…»» / «сообщили о двух госпитализированных:
    «…»»: the cue reports a clause of its own before the colon that opens the quotation, so
    that clause is a quote too (as «По словам X, A: «B»» reports A)."""
    between = reader.s[cue.end : quote_start]
    if not between.rstrip(' «“"„').endswith(":"):
        return False
    return bool(_OWN_CLAUSE.match(between)) or _source_after_clause(reader, cue)


def _source_after_clause(reader: ClauseReader, cue: Token) -> bool:
    """«Поэт до последних минут был в сознании, сообщает его друг: «…»»: the cue follows a
    comma after a clause with a verb of its own, which it reports before the quotation. Not a
    converb phrase («В понедельник, выступая в Думе, заявил министр:») nor a subordinate
    clause («Когда всё закончилось, заявил министр:»): they tell when or how, not what."""
    tokens = reader.t.tokens
    first = reader.t.sentences[cue.sentence].first
    return (
        cue.index - 1 > first
        and tokens[cue.index - 1].text == ","
        and any(_main_clause_verb(reader, i) for i in range(first, cue.index - 1))
    )


def _main_clause_verb(reader: ClauseReader, index: int) -> bool:
    """Whether token ``index`` is a verb that makes a clause of its own: not a converb, and
    with no subordinating word («когда», «если») hung on it."""
    tokens = reader.t.tokens
    token = tokens[index]
    return (
        token.pos in ("VERB", "AUX")
        and token.feats.get("VerbForm") != "Conv"
        and not any(tokens[c].rel == "mark" for c in reader.t.children(index))
    )


def person_before_colon(
    reader: ClauseReader, clause_start: int, colon: int, mark: Marks
) -> Resolved | None:
    """«Юханссон передумал, несмотря на свой преклонный возраст: «На данный момент …»»: a
    sentence whose subject is a named person or organisation («Агентство Рейтер опубликовало
    фотографию …:») and which ends in a colon before a quotation that is a whole sentence of
    its own, and the rest of the sentence, gives the quotation to that subject, with no verb
    of saying. The subject of the sentence's own verb, not of a
    subordinate or relative clause («пока Сергей Иванов читал письмо матери:»); not a pronoun
    or a common noun as the subject, and not a list of titles («Наиболее известен по фильмам:
    «…», «…»»)."""
    if not _whole_sentence_to_its_end(reader.s, mark):
        return None
    tokens = reader.t.tokens
    indices = reader.t.token_range(clause_start, colon)
    for index in indices:
        token = tokens[index]
        if not token.rel.startswith("nsubj") or token.head not in indices:
            continue
        verb = tokens[token.head]
        finite = verb.pos == "VERB" and verb.feats.get("VerbForm") == "Fin"
        named = reader.t.inside_entity(index, "PER") or reader.t.inside_entity(index, "ORG")
        if finite and _sentence_verb(reader, verb) and named:
            return reader.book.from_head(phrase_head(reader.t, index))
    return None


def _sentence_verb(reader: ClauseReader, verb: Token) -> bool:
    """Whether ``verb`` is the sentence's own: not in a subordinate clause («пока Сергей Иванов
    читал письмо матери:», «когда …») nor in a relative one («небо, где Сергей Иванов
    запустил змея:»), whose subject tells what happened, not who speaks the quotation."""
    return verb.rel not in _SUBORDINATE and _main_clause_verb(reader, verb.index)


def _whole_sentence_to_its_end(text: str, mark: Marks) -> bool:
    """The quotation opens with a capital, has a sentence's words, and ends its sentence."""
    first, _ = mark.content[0]
    words = sum(len(text[a:b].split()) for a, b in mark.content)
    ends = ends_its_sentence(text, mark)
    return text[first : first + 1].isupper() and words >= MIN_WORDS_ALONE and ends
