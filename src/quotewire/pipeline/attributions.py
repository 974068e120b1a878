"""The ``quotewire_attributions`` component: who said what, over a parsed Doc.

Three families of rules, each encoding how English news copy (and wire copy translated
into English) reports speech:

1. Direct quotes (from ``quotewire_quotes``) get their cue and source from the clause next
   to them: after the quote (“…,” said Lavrov / “…,” he said / “…”, – noted the Minister),
   before it (Lavrov said: “…” / He told reporters, “…”), or inside it, where Russian wire
   copy interrupts a quote with a dash: “A – said Lavrov. – B”. A quote with no cue of its
   own that follows an attributed quote in the same paragraph continues it
   (“A,” he said. “B.” is one attribution with two content spans).
2. Indirect speech: a reporting verb from the cue lexicon with a clausal complement
   (X said that Y / X warned Y would …), or with the reported clause in front of it
   (Y, X said).
3. Prepositional cues: "according to X, Y".

Results are character offsets into ``doc.text``: ``doc._.qw_attributions`` holds
:class:`RawAttribution` records and the span groups ``qw_source``, ``qw_cue`` and
``qw_content`` hold the same spans for display. ``quotewire.convert`` turns them into
:class:`quotewire.model.Attribution` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lexicon import CueLexicon, cue_lexicon
from ..quotes import QUOTE_CHARS, Quote, find_quotes, outer_quotes

EXTENSION = "qw_attributions"
DASHES = "–—"
# A quote of this many words or fewer with no cue is a scare quote or a title, not a statement.
MIN_DIRECT_WORDS = 3
# How many tokens away from a quote its cue may stand.
WINDOW_AFTER = 10
WINDOW_BEFORE = 14
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
COMPLEMENT_DEPS = {"ccomp"}
# Pronouns and determiners that start a source noun phrase but never are one alone.
NOT_SOURCES = {"it", "this", "that", "which", "what", "there", "who"}


@dataclass
class RawAttribution:
    """An attribution as character offsets into ``doc.text`` (before conversion)."""

    cue: tuple[int, int] | None
    content: list[tuple[int, int]]
    source: tuple[int, int] | None = None
    kind: str = "indirect"
    confidence: float = 0.5
    rule: str = ""
    extra: dict[str, object] = field(default_factory=dict)


def _strip(text: str, start: int, end: int, chars: str = " \t\n\r\u00a0,;:–—-") -> tuple[int, int]:
    """Narrow ``start..end`` so it does not begin or end with ``chars``."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _strip_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim white space and the clause's closing punctuation from indirect content."""
    start, end = _strip(text, start, end, " \t\n\r\u00a0,;:–—-")
    while end > start and text[end - 1] in ".,;:!?":
        end -= 1
    return _strip(text, start, end)


class AttributionFinder:
    """Finds attributions in a parsed Doc; see the module docstring for the rules."""

    def __init__(self, nlp: Language, name: str = "quotewire_attributions", *, min_direct_words: int = MIN_DIRECT_WORDS) -> None:
        self.name = name
        self.min_direct_words = min_direct_words
        self.lexicon: CueLexicon = cue_lexicon()
        if not Doc.has_extension(EXTENSION):
            Doc.set_extension(EXTENSION, default=None)

    # -- cue words ---------------------------------------------------------------------------

    def cue_lemma(self, token: Token) -> str | None:
        """The cue lemma of a token if it is a reporting verb (or noun-less verb form)."""
        if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
            return None
        lemma = token.lemma_.lower()
        if lemma in self.lexicon.verbs:
            return lemma
        return self.lexicon.lemma_of(token.lower_)

    def cue_span(self, token: Token) -> tuple[int, int]:
        """The cue's characters: the verb with its particles and auxiliaries that modify it.

        PolNeAR cues include "has said", "also said", "pointed out"."""
        tokens = [token]
        for child in token.children:
            if child.dep_ in ("prt",) and child.i == token.i + 1:
                tokens.append(child)
            if child.dep_ in ("aux", "auxpass", "neg", "advmod") and child.i < token.i and token.i - child.i <= 2:
                if child.dep_ == "advmod" and child.lower_ not in ("also", "later", "previously", "then", "again", "repeatedly", "recently", "earlier"):
                    continue
                tokens.append(child)
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t) for t in tokens)
        return start, end

    def source_of(self, verb: Token, forbid: tuple[int, int] | None = None) -> tuple[int, int] | None:
        """The character span of the verb's subject (the speaker), clipped out of ``forbid``."""
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.lower_ not in NOT_SOURCES:
                return self._phrase(child, forbid)
        # Passive or relative clause: "…, said by officials" / "Lavrov, who said".
        if verb.dep_ == "relcl" and verb.head.pos_ in ("PROPN", "NOUN", "PRON"):
            return self._phrase(verb.head, forbid, stop_at=verb)
        # Coordinated verbs share the subject: "He paused and said …".
        if verb.dep_ == "conj" and verb.head.i < verb.i:
            return self.source_of(verb.head, forbid)
        return None

    def _phrase(self, head: Token, forbid: tuple[int, int] | None = None, stop_at: Token | None = None) -> tuple[int, int]:
        """The characters of a noun phrase headed by ``head`` (its subtree, minus clauses)."""
        left = head.left_edge.i
        right = head.right_edge.i
        doc = head.doc
        # Keep appositions and prepositional modifiers ("Lavrov, Russia's foreign minister");
        # stop before relative clauses and anything that is a quote.
        for child in head.rights:
            if child.dep_ in ("relcl", "acl", "advcl", "punct", "cc", "conj") or (stop_at is not None and child.i >= stop_at.i):
                right = min(right, child.i - 1)
                break
        if stop_at is not None:
            right = min(right, stop_at.i - 1)
        right = max(right, head.i)
        left = min(left, head.i)
        start = doc[left].idx
        end = doc[right].idx + len(doc[right])
        if forbid is not None and start < forbid[1] and forbid[0] < end:
            start, end = head.idx, head.idx + len(head)
        return _strip(doc.text, start, end, " \t\n,;:–—-\"“”«»„‘’'")

    # -- direct quotes -----------------------------------------------------------------------

    def _tokens_between(self, doc: Doc, start_char: int, end_char: int) -> Span | None:
        return doc.char_span(start_char, end_char, alignment_mode="contract")

    def _cue_after(self, doc: Doc, quote: Quote, limit: int) -> Token | None:
        """A reporting verb in the clause right after the quote (“…,” said X. / “…” he said)."""
        span = self._tokens_between(doc, quote.end_char, limit)
        if span is None:
            return None
        seen = 0
        for token in span:
            if token.text in QUOTE_CHARS:
                return None
            if token.is_punct:
                if token.text in ".!?" and seen > 0:
                    return None
                continue
            seen += 1
            if seen > WINDOW_AFTER:
                return None
            if self.cue_lemma(token):
                return token
        return None

    def _cue_before(self, doc: Doc, quote: Quote, floor: int) -> Token | None:
        """A reporting verb in the clause right before the quote (X said: “…” / X told Y, “…”)."""
        span = self._tokens_between(doc, floor, quote.start_char)
        if span is None or not len(span):
            return None
        # The lead-in must end in ':' or ',' or 'that' or the cue itself, close to the quote.
        tokens = [t for t in span if not t.is_space]
        if not tokens:
            return None
        last = tokens[-1]
        if last.text not in (":", ",", "that") and not self.cue_lemma(last) and last.text not in DASHES:
            # "X said the threat was “very real”" is a mixed quote; handled by indirect rules.
            return None
        count = 0
        for token in reversed(tokens):
            if token.text in ".!?" and count > 0:
                return None
            if token.text in QUOTE_CHARS:
                return None
            if not token.is_punct:
                count += 1
            if count > WINDOW_BEFORE:
                return None
            if self.cue_lemma(token):
                return token
        return None

    _DASH_ATTRIBUTION_MAX = 90

    def _dash_split(self, doc: Doc, quote: Quote) -> tuple[Token, int, int] | None:
        """Russian wire copy interrupts a quote with a dash: “A – said Lavrov. – B”.

        Returns the cue token and the character range of the interruption."""
        text = doc.text
        inner_start, inner_end = quote.inner_start, quote.inner_end
        pos = inner_start
        while True:
            dash = -1
            for d in DASHES:
                k = text.find(d, pos, inner_end)
                if k != -1 and (dash == -1 or k < dash):
                    dash = k
            if dash == -1:
                return None
            # the interruption ends with ". –" or ", –" within a short distance
            close = -1
            for d in DASHES:
                k = text.find(d, dash + 1, min(inner_end, dash + self._DASH_ATTRIBUTION_MAX))
                if k != -1 and (close == -1 or k < close):
                    close = k
            if close != -1 and text[dash + 1 : close].rstrip().endswith((".", ",")):
                span = self._tokens_between(doc, dash + 1, close)
                if span is not None and len(span) <= 12:
                    for token in span:
                        if self.cue_lemma(token) and not any(t.text in QUOTE_CHARS for t in span):
                            return token, dash, close + 1
            pos = dash + 1

    def direct(self, doc: Doc, quotes: list[Quote]) -> list[RawAttribution]:
        """Attributions of the outer quotes of the doc."""
        text = doc.text
        found: list[RawAttribution] = []
        outer = outer_quotes(quotes)
        previous: RawAttribution | None = None
        previous_end = 0
        for n, quote in enumerate(outer):
            para_start = text.rfind("\n", 0, quote.start_char) + 1
            para_end = text.find("\n", quote.end_char)
            para_end = len(text) if para_end == -1 else para_end
            next_start = outer[n + 1].start_char if n + 1 < len(outer) else len(text)
            limit = min(para_end, next_start)
            floor = max(para_start, previous_end)
            words = len(text[quote.inner_start : quote.inner_end].split())
            content = (quote.start_char, quote.end_char)
            split = self._dash_split(doc, quote)
            if split is not None:
                token, a, b = split
                cue = self.cue_span(token)
                source = self.source_of(token) or self._inverted_source(token, b)
                first = _strip(text, quote.start_char, a)
                second = _strip(text, b, quote.end_char)
                attribution = RawAttribution(cue, [first, second], source, "direct", 0.9, "direct-dash")
                found.append(attribution)
                previous, previous_end = attribution, quote.end_char
                continue
            token = self._cue_after(doc, quote, limit)
            rule = "direct-after"
            if token is None:
                token = self._cue_before(doc, quote, floor)
                rule = "direct-before"
            if token is None and words >= self.min_direct_words and previous is not None and previous.kind == "direct":
                # “A,” he said. “B.” — the second quote continues the first statement when it
                # stands in the same paragraph or opens the next one with no cue of its own.
                gap = text[previous_end:quote.start_char]
                if gap.count("\n") <= 2 and len(gap) < 200 and not any(self.lexicon.lemma_of(w.strip(".,")) for w in gap.split()[:0]):
                    previous.content.append(content)
                    previous_end = quote.end_char
                    continue
            if token is None:
                if words >= self.min_direct_words and self._colon_lead(doc, para_start) is not None:
                    token = self._colon_lead(doc, para_start)
                    rule = "direct-colon-paragraph"
                else:
                    previous_end = quote.end_char
                    previous = None
                    continue
            if words < self.min_direct_words and rule != "direct-before":
                previous_end = quote.end_char
                continue
            assert token is not None
            cue = self.cue_span(token)
            source = self.source_of(token, forbid=content)
            if source is None and rule == "direct-after":
                source = self._inverted_source(token, limit)
            confidence = 0.9 if source else 0.6
            attribution = RawAttribution(cue, [content], source, "direct", confidence, rule)
            found.append(attribution)
            previous, previous_end = attribution, max(quote.end_char, cue[1])
        return found

    def _inverted_source(self, verb: Token, limit: int) -> tuple[int, int] | None:
        """"said the Minister" / "– noted Lavrov": the noun phrase right after the verb."""
        doc = verb.doc
        i = verb.i + 1
        while i < len(doc) and doc[i].idx < limit and doc[i].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "PRON", "ADP", "PUNCT") and doc[i].text not in ".,;:!?" + DASHES + QUOTE_CHARS:
            i += 1
        if i == verb.i + 1:
            return None
        start = doc[verb.i + 1].idx
        end = doc[i - 1].idx + len(doc[i - 1])
        return _strip(doc.text, start, end)

    def _colon_lead(self, doc: Doc, para_start: int) -> Token | None:
        """A cue ending the previous paragraph with a colon ("Caddell continued:")."""
        text = doc.text
        prev_end = para_start - 1
        while prev_end > 0 and text[prev_end - 1] in "\n\r \t":
            prev_end -= 1
        if prev_end <= 0 or text[prev_end - 1] != ":":
            return None
        prev_start = text.rfind("\n", 0, prev_end) + 1
        span = self._tokens_between(doc, prev_start, prev_end)
        if span is None:
            return None
        for token in reversed(list(span)):
            if self.cue_lemma(token):
                return token
        return None

    # -- indirect speech ---------------------------------------------------------------------

    def indirect(self, doc: Doc, inside: list[tuple[int, int]], used_cues: set[int]) -> list[RawAttribution]:
        """Reporting verbs with a clausal complement, and "according to X"."""
        text = doc.text
        found: list[RawAttribution] = []

        def in_quote(char: int) -> bool:
            return any(a <= char < b for a, b in inside)

        for token in doc:
            if token.idx in used_cues or in_quote(token.idx):
                continue
            if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                raw = self._according_to(token)
                if raw is not None:
                    found.append(raw)
                continue
            lemma = self.cue_lemma(token)
            if lemma is None:
                continue
            complement = [c for c in token.children if c.dep_ in COMPLEMENT_DEPS]
            source = self.source_of(token)
            sent = token.sent
            if complement:
                comp = complement[0]
                start = comp.left_edge.idx
                end = comp.right_edge.idx + len(comp.right_edge)
                if comp.i < token.i:
                    # "Y, X said": the reported clause comes first. Keep it within the sentence.
                    start = max(start, sent.start_char)
                content = _strip_content(text, start, end)
                if content[1] - content[0] < 8 or len(text[content[0]:content[1]].split()) < 2:
                    continue
                if source is None and self.lexicon.verbs.get(lemma) != "speech":
                    continue
                kind = "mixed" if any(ch in text[content[0]:content[1]] for ch in "“”\"«»") else "indirect"
                confidence = 0.7 if source else 0.4
                found.append(RawAttribution(self.cue_span(token), [content], source, kind, confidence, "indirect-ccomp"))
            elif token.dep_ in ("parataxis", "advcl") and token.head.i < token.i and source is not None:
                # "Y, X said" parsed with the cue hanging off the reported clause.
                head = token.head
                start = sent.start_char
                end = min(self._edge_before(token), source[0])
                content = _strip_content(text, start, end)
                if content[1] - content[0] < 8 or head.idx >= end:
                    continue
                kind = "mixed" if any(ch in text[content[0]:content[1]] for ch in "“”\"«»") else "indirect"
                found.append(RawAttribution(self.cue_span(token), [content], source, kind, 0.6, "indirect-parataxis"))
        return found

    def _edge_before(self, token: Token) -> int:
        return token.left_edge.idx

    def _according_to(self, token: Token) -> RawAttribution | None:
        """"According to X, Y" and "Y, according to X"."""
        doc = token.doc
        to = doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if not objects:
            return None
        obj = objects[0]
        source = self._phrase(obj)
        cue = (token.idx, to.idx + len(to))
        sent = token.sent
        phrase_end = max(obj.right_edge.idx + len(obj.right_edge), source[1])
        text = doc.text
        before = _strip_content(text, sent.start_char, token.idx)
        after = _strip_content(text, phrase_end, sent.end_char)
        content = after if (after[1] - after[0]) >= (before[1] - before[0]) else before
        if content[1] - content[0] < 8:
            return None
        kind = "mixed" if any(ch in text[content[0]:content[1]] for ch in "“”\"«»") else "indirect"
        return RawAttribution(cue, [content], source, kind, 0.7, "according-to")

    # -- component protocol ------------------------------------------------------------------

    def find(self, doc: Doc) -> list[RawAttribution]:
        quotes = doc.user_data.get("qw_quotes")
        if quotes is None:
            quotes = find_quotes(doc.text)
        direct = self.direct(doc, quotes)
        inside = [c for a in direct for c in a.content]
        used = {a.cue[0] for a in direct if a.cue}
        indirect = self.indirect(doc, inside, used)
        # A direct quote's cue also heads a clause that contains the quote: keep the direct one.
        return sorted(direct + indirect, key=lambda a: min(c[0] for c in a.content))

    def set_annotations(self, doc: Doc, attributions: list[RawAttribution]) -> None:
        doc._.set(EXTENSION, attributions)
        for key, role in (("qw_source", "source"), ("qw_cue", "cue")):
            spans = []
            for a in attributions:
                offsets = getattr(a, role)
                if offsets is not None:
                    span = doc.char_span(offsets[0], offsets[1], label=role, alignment_mode="expand")
                    if span is not None:
                        spans.append(span)
            doc.spans[key] = spans
        contents = []
        for a in attributions:
            for start, end in a.content:
                span = doc.char_span(start, end, label=a.kind, alignment_mode="expand")
                if span is not None:
                    contents.append(span)
        doc.spans["qw_content"] = contents

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc


@Language.factory(
    "quotewire_attributions",
    assigns=[f"doc._.{EXTENSION}", "doc.spans"],
    requires=["token.dep", "token.lemma", "token.pos"],
    default_config={"min_direct_words": MIN_DIRECT_WORDS},
)
def make_attribution_finder(nlp: Language, name: str, *, min_direct_words: int) -> AttributionFinder:
    """Factory of the ``quotewire_attributions`` component."""
    return AttributionFinder(nlp, name, min_direct_words=min_direct_words)
