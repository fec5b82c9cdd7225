"""Where a Russian attribution clause starts and where the clause it reports ends: the sentence
or line (after a closed quotation) that holds a cue, the end of a reported clause before the
next cue, a colon, the narrator going on after «, но», or the next attribution of a list.

Part of :class:`~quotewire.quotes.russian_clauses.ClauseReader`.
"""

from __future__ import annotations

from quotewire.quotes.russian_cues import CueWords
from quotewire.quotes.russian_marks import OPEN as _OPEN
from quotewire.quotes.russian_marks import Marks, is_name


class ClauseBoundaries(CueWords):
    """The boundaries of the clauses of one article."""

    def clause_start(self, offset: int, past_quotations: bool = False) -> int:
        """Start of the sentence (or line) holding ``offset``, after the last quotation closed
        before it; with ``past_quotations``, quoted words included (a block quote's cue may
        stand before words quoted inside its own clause)."""
        sentence = self.t.sentence_of(offset)
        start = sentence.start if sentence else 0
        line = self.s.rfind("\n", 0, offset) + 1
        if past_quotations:
            return max(start, line)
        return max(start, line, self._after_last_quotation(start, offset))

    def _after_last_quotation(self, start: int, offset: int) -> int:
        """Just after the last «…» closed in ``[start, offset)`` that is not a name in marks
        («подтвердил «Известиям»:» names the paper the source spoke to)."""
        close = self.s.rfind("»", start, offset)
        while close >= 0:
            opening = self.s.rfind("«", start, close)
            if opening < 0 or not is_name(self.s, Marks(opening, close, [(opening + 1, close)])):
                return close + 1
            close = self.s.rfind("»", start, opening)
        return 0

    def clause_end(self, offset: int) -> int:
        sentence = self.t.sentence_of(offset)
        end = sentence.end if sentence else len(self.s)
        for stop in ("«", " — ", "\u00a0— ", "\n"):
            found = self.s.find(stop, offset, end)
            if found >= 0:
                end = found
        return end

    def content_end(self, start_index: int, stop: int, stop_at_colon: bool = False) -> int | None:
        """End of a reported clause: the sentence's end, before its final punctuation, or
        before the speaker's next cue («… и добавил», «…, однако уточнила», «…, подчеркнув»),
        at «, но» when the narrator goes on (:meth:`_narrator_after_but`), or at a colon
        before a quotation (any colon with ``stop_at_colon``)."""
        tokens = self.t.tokens
        if start_index >= stop:
            return None
        end_index = stop - 1
        for index in range(start_index + 1, stop - 1):
            joined = tokens[index].lemma in self.lex.bare_next_cue_joiners and self.is_cue(
                tokens[index + 1]
            )
            converb = (  # «призвал к единству, подчеркнув её «…»»: the speaker's next cue,
                tokens[index].text == ","  # not one inside what was said (its verb is there)
                and tokens[index + 1].feats.get("VerbForm") == "Conv"
                and self.is_cue(tokens[index + 1])
                and (tokens[index + 1].head or 0) < start_index
            )
            after_joiner = (
                tokens[index].text == ","
                and index + 2 < stop
                and tokens[index + 1].lemma in self.lex.next_cue_joiners
                and self._cue_after_joiner(index + 1, stop)
            )
            if joined or converb or after_joiner:
                end_index = index - 1 if joined else index
                break
        narrator = self._narrator_after_but(start_index, end_index + 1)
        if narrator is not None:
            end_index = narrator
        # «утверждая, что A, и заявлял, что B: «…»»: the next cue's own «что»-clause and the
        # colon after it are no part of A
        last = end_index + 1 if self._next_cue_has_clause(end_index, stop) else stop - 1
        colon = next(
            (i for i in range(start_index, last)
             if tokens[i].text == ":" and (stop_at_colon or tokens[i + 1].text in _OPEN)),
            None,
        )  # fmt: skip
        if colon is not None:
            end_index = colon
        while (
            end_index > start_index
            and tokens[end_index].pos == "PUNCT"
            and tokens[end_index].text not in "»“”)"
        ):
            end_index -= 1
        if end_index < start_index:
            return None
        return (
            tokens[end_index].end
            if tokens[end_index].pos != "PUNCT" or tokens[end_index].text in "»“”)"
            else None
        )

    def _cue_after_joiner(self, joiner: int, stop: int) -> bool:
        """After «, и / а / но / однако»: the speaker's next verb of saying, also after an adverb
        («…, а также поделилась секретом …»). Another source's cue after the joiner («…, а
        инженер сказал коллеге, что …») stays inside the clause: the first source reports it."""
        tokens = self.t.tokens
        after = joiner + 1
        while after < stop - 1 and tokens[after].pos == "ADV":
            after += 1
        return self.is_cue(tokens[after])

    def _next_cue_has_clause(self, end_index: int, stop: int) -> bool:
        """After a clause cut before «, и заявлял»: does that next cue open a «, что»-clause of
        its own right after it?"""
        tokens = self.t.tokens
        cue = next(
            (i for i in range(end_index + 1, min(end_index + 4, stop)) if self.is_cue(tokens[i])),
            None,
        )
        return (
            cue is not None
            and cue + 2 < stop
            and tokens[cue + 1].text == ","
            and tokens[cue + 2].lemma in self.lex.that_words
        )

    def next_attribution(self, comma: int, stop: int) -> bool:
        """«пообещал поставить вопрос …, глава ЛДПР Владимир Жириновский потребовал …»: after
        the comma a new clause opens with a subject of its own and a finite verb of saying, the
        next attribution of a list, not part of what was said."""
        tokens = self.t.tokens
        for index in range(comma + 1, min(comma + 9, stop)):
            token = tokens[index]
            if token.text in (",", ":", "«", "—"):
                return False
            if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
                return self.is_cue(token) and any(
                    comma < c < index and tokens[c].rel.startswith("nsubj")
                    for c in self.t.children(index)
                )
        return False

    def _narrator_after_but(self, start_index: int, stop: int) -> int | None:
        """«заявлял, что любит и знает джаз, но в таком амплуа он предстал впервые»: a reported
        clause in the present (the speaker's own now) followed by «, но» and a past-tense verb
        with a subject of its own is the narrator going on, not the speaker. The comma's index."""
        tokens = self.t.tokens

        def tenses(first: int, last: int) -> set[str]:
            return {
                tokens[i].feats.get("Tense", "")
                for i in range(first, last)
                if tokens[i].pos in ("VERB", "AUX") and tokens[i].feats.get("VerbForm") == "Fin"
            }

        for index in range(start_index + 1, stop - 2):
            if tokens[index].text != "," or tokens[index + 1].lemma != "но":
                continue
            if tenses(start_index, index) != {"Pres"}:
                return None
            after = [
                i
                for i in range(index + 2, stop)
                if tokens[i].pos == "VERB"
                and tokens[i].feats.get("Tense") == "Past"
                and tokens[i].feats.get("VerbForm") == "Fin"
                and any(tokens[c].rel == "nsubj" for c in self.t.children(i))
            ]
            return index if after else None
        return None

    def holds_reported_clause(self, first: int, stop: int) -> bool:
        tokens = self.t.tokens
        return any(
            self.is_cue(tokens[i])
            and tokens[i + 1].text == ","
            and tokens[i + 2].lemma in self.lex.that_words
            for i in range(first, stop - 2)
        )

    def ends_sentence_soon(self, index: int, stop: int) -> bool:
        """«…, сообщили X.» / «…, сообщает «Ъ» со ссылкой на источник.»: the source follows
        the cue and nothing after it opens a clause of its own. A colon that ends the sentence
        («…, считает эксперт Вадим Дробиз:» before a lost quote box) opens nothing in it, and
        one before a quotation («…, сообщает его друг: «…».») ends the source's words there."""
        tokens = self.t.tokens
        stop = next(
            (i for i in range(index + 1, stop - 1)
             if tokens[i].text == ":" and tokens[i + 1].text in _OPEN),
            stop,
        )  # fmt: skip
        if any(
            tokens[i].text == "что" or (tokens[i].text == ":" and i < stop - 1)
            for i in range(index + 1, stop)
        ):
            return False
        subject_after = any(
            tokens[c].rel.startswith("nsubj") and c > index for c in self.t.children(index)
        )
        no_comma = all(tokens[i].text != "," for i in range(index + 1, stop))
        return subject_after or (no_comma and tokens[index].lemma in self.lex.impersonal)
