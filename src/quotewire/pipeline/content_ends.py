"""Where a reported content ends: a learned ranker over the places a clause may stop.

The rules end an indirect content where the parse of its clause ends, less what they know
the writer appends (an apposition, a non-restrictive relative clause, the next report). Past
that, where PolNeAR's annotators end a content is a matter of degree: ", a Democrat" after a
reported name is kept more often than not, ", conceding the race" after a reported clause is
dropped more often than not, and "and" joins a second reported predicate or the writer's own.
Rules for each such case were tried one by one in earlier sessions and most were a wash.

Here every place where the content could end is scored at once: the last word before a comma,
dash, colon, conjunction, preposition, subordinator or participle, the rule's own end, and
the sentence's last word. Each candidate is described by string features (the words and
parse labels around it, where the piece after it attaches, whether a quotation is open, how
far it is from the rule's end, the rule and its cue), and a log-linear model (a softmax over
the candidates of one content) gives each a probability. The rule's end is replaced only when
another candidate is more probable than it by :data:`MARGIN` — the rules stay the default,
the model overrides them where PolNeAR train says it should.

The weights (``quotewire/models/content-ends/weights.json``) are trained on PolNeAR train by
``training/train_content_ends.py`` from the rules' own output, with the ranker switched off,
so the features at training time are the features at run time.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..errors import ModelError
from ..lexicon import CueLexicon

if TYPE_CHECKING:
    from .attributions import RawAttribution

#: the rules whose single-span content the ranker may end elsewhere
RANKED_RULES = frozenset({"according-to", "noun-object", "noun-that", "in-survey"})
RANKED_PREFIX = "indirect"
#: token texts before which a content may end
BOUNDARY_PUNCT = frozenset({",", ";", ":", "-", "--", "—", "–", "(", ".", "!", "?", "...", "…"})
#: words before which a content may end (and that are features by their own text)
BOUNDARY_WORDS = frozenset({
    "which", "who", "whom", "whose", "where", "when", "while", "because", "as", "after", "before",
    "since", "though", "although", "despite", "if", "unless", "until", "so",
})
BOUNDARY_POS = frozenset({"CCONJ", "SCONJ", "ADP"})
#: parts of speech whose words are features by their own text (others by their tag only)
FUNCTION_POS = frozenset({"PUNCT", "CCONJ", "SCONJ", "ADP", "DET", "PRON", "AUX", "PART"})
QUOTE_TOKENS = frozenset("\"“”'‘’")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
WORD = re.compile(r"\w")
WEIGHTS = "content-ends/weights.json"


def is_ranked(attribution: "RawAttribution") -> bool:
    """Whether the ranker may move the end of this attribution's content."""
    rule = attribution.rule
    return len(attribution.content) == 1 and (rule.startswith(RANKED_PREFIX) or rule in RANKED_RULES)


def _is_word(token: Token) -> bool:
    return WORD.search(token.text) is not None


def _open_quote(text: str) -> bool:
    """Whether ``text`` leaves a quotation open."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _bucket(delta: int) -> str:
    """A change in length in words, coarsely: -10, -5, -2, -1, 0, 1, 2, 5, 10."""
    for edge in (-10, -5, -2, -1, 0, 1):
        if delta <= edge:
            return str(edge)
    return "2" if delta < 5 else ("5" if delta < 10 else "10")


def _after(doc: Doc, i: int) -> int:
    """The index of the first token after word ``i`` that is not a quotation mark."""
    j = i + 1
    while j < len(doc) and doc[j].text in QUOTE_TOKENS:
        j += 1
    return j


@dataclass(frozen=True)
class Candidates:
    """The places where one content may end: word token indices, in order."""

    start: int  # the content's first token
    rule_end: int  # the content's last word, as the rules end it
    words: tuple[int, ...]  # every word from the start to the end of the sentence (or the rule's end)
    ends: tuple[int, ...]  # the candidate last words


def candidates(doc: Doc, start: int, rule_end: int, limit: int | None = None) -> Candidates:
    """The candidate ends of a content that starts at token ``start`` and that the rules end
    at word ``rule_end``: the rule's end, the sentence's last word, and every word followed
    (past any quotation mark) by a boundary punctuation mark, a conjunction, a preposition, a
    subordinator or a participle. None at or past token ``limit`` (where another attribution
    begins), unless the rules end there."""
    last = max(doc[start].sent.end - 1, rule_end)
    if limit is not None and limit > rule_end:
        last = min(last, limit - 1)
    words = tuple(i for i in range(start, last + 1) if _is_word(doc[i]))
    ends = []
    for k, i in enumerate(words):
        j = _after(doc, i)
        n = doc[j] if j < len(doc) else None
        if (i == rule_end or k == len(words) - 1 or (n is not None and (
                n.text in BOUNDARY_PUNCT or n.pos_ in BOUNDARY_POS or n.lower_ in BOUNDARY_WORDS or n.tag_ == "VBG"))):
            ends.append(i)
    return Candidates(start, rule_end, words, tuple(ends))


def _described(token: Token | None) -> tuple[str, str, str, str]:
    """A token as (its word if a function word, else "_"; its POS; its dependency; its tag)."""
    if token is None:
        return ("X", "X", "X", "X")
    word = token.lower_ if (token.pos_ in FUNCTION_POS or token.lower_ in BOUNDARY_WORDS) else "_"
    return (word, token.pos_, token.dep_, token.tag_)


def features(doc: Doc, text: str, c: Candidates, end: int, *, rule: str, cue: Token | None, lemma: str | None) -> list[str]:
    """The features of ending the content of ``c`` at word ``end``."""
    rel = "at" if end == c.rule_end else ("before" if end < c.rule_end else "after")
    j = _after(doc, end)
    n = doc[j] if j < len(doc) else None
    n2 = doc[j + 1] if j + 1 < len(doc) else None
    closed = j > end + 1  # a quotation mark closes right after the word
    said = sum(1 for w in c.words if w <= end)
    rest = len(c.words) - said
    ruled = sum(1 for w in c.words if w <= c.rule_end)
    grow = _bucket(said - ruled)
    ratio = "x" if ruled == 0 else str(min(4, round(2 * said / ruled)))
    a, b = _described(n), _described(n2)
    # the phrase after the boundary: the highest token that starts where the phrase starts
    head: Token | None = None
    if n is not None:
        first = j + 1 if n.text in BOUNDARY_PUNCT else j
        if first < len(doc):
            head = doc[first]
            for _ in range(20):
                up = head.head
                if up.i == head.i or up.left_edge.i < first:
                    break
                head = up
    dep = "none" if head is None else head.dep_
    if head is None or head.head.i == head.i:
        attached = "none"
    elif c.start <= head.head.i <= end:
        attached = "incontent"
    elif cue is not None and head.head.i == cue.i:
        attached = "cue"
    else:
        attached = "out"
    position = c.ends.index(end)
    rule_position = c.ends.index(c.rule_end) if c.rule_end in c.ends else None
    dist = "na" if rule_position is None else str(max(-2, min(2, position - rule_position)))
    said_text = text[doc[c.start].idx : doc[end].idx + len(doc[end])]
    open_quote = _open_quote(said_text)
    verb = "none" if head is None else head.tag_ + ("+subj" if any(t.dep_ in SUBJECT_DEPS for t in head.children) else "")
    base = [
        f"n={a[0]}", f"npos={a[1]}", f"n2={b[0]}", f"n2pos={b[1]}", f"n2tag={b[3]}", f"hd={dep}", f"hh={attached}",
        f"closed={closed}", f"sentend={rest == 0}", f"m={rule}", f"lem={lemma}",
        f"nw={min(said, 30) // 5}", f"rest={min(rest, 30) // 5}", f"ntag={a[3]}", f"ndep={a[2]}",
        f"dist={dist}", f"openq={open_quote}", f"pv={verb}", f"hd={dep}&pv={verb}",
        f"grow={grow}", f"ratio={ratio}", f"grow={grow}&m={rule}", f"grow={grow}&n={a[0]}",
    ]
    out = [f"rel={rel}"] + base + [f"rel={rel}&{x}" for x in base]
    out += [
        f"rel={rel}&n={a[0]}&n2={b[0]}", f"rel={rel}&n={a[0]}&hd={dep}", f"rel={rel}&n={a[0]}&hd={dep}&hh={attached}",
        f"rel={rel}&sentend={rest == 0}&closed={closed}", f"rel={rel}&n={a[0]}&n2pos={b[1]}", f"rel={rel}&m={rule}&n={a[0]}",
    ]
    return out


@dataclass(frozen=True)
class Weights:
    """A trained ranker: feature weights and the margin a candidate needs over the rule's end."""

    weights: dict[str, float]
    margin: float

    def probabilities(self, rows: list[list[str]]) -> list[float]:
        """The softmax over candidates, each given by its features."""
        scores = [sum(self.weights.get(f, 0.0) for f in row) for row in rows]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return [e / total for e in exp]

    def choose(self, rows: list[list[str]], ends: list[int] | tuple[int, ...], rule_end: int) -> int:
        """The end to keep: the most probable candidate if it beats the rules' end by the margin."""
        p = self.probabilities(rows)
        best = max(range(len(p)), key=p.__getitem__)
        return ends[best] if p[best] - p[ends.index(rule_end)] > self.margin else rule_end


def load_weights(path: Traversable) -> Weights:
    """The weights in one JSON file written by ``training/train_content_ends.py``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Weights({str(k): float(v) for k, v in data["weights"].items()}, float(data["margin"]))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ModelError(f"{path}: not a content-end ranker's weights ({exc!r}); rebuild it with training/train_content_ends.py") from exc


@lru_cache(maxsize=1)
def shipped_weights() -> Weights | None:
    """The weights that ship with the package (None if the file is absent: the rules' ends)."""
    path = resources.files("quotewire").joinpath("models", WEIGHTS)
    return load_weights(path) if path.is_file() else None


class ContentEnds:
    """Moves the end of ranked contents where the trained ranker is confident the rules end them wrongly."""

    def __init__(self, weights: Weights, lexicon: CueLexicon) -> None:
        self.weights = weights
        self.lexicon = lexicon

    def context(self, doc: Doc, attribution: "RawAttribution", found: list["RawAttribution"]) -> tuple[Candidates, Token | None, str | None] | None:
        """The candidates of one attribution's content, its cue's last token and the cue lemma.
        The content may not grow over the cue, source or content of another of ``found``."""
        start, end = attribution.content[0]
        others = [s[0] for a in found if a is not attribution
                  for s in [*a.content, *(x for x in (a.cue, a.source) if x is not None)] if s[0] >= end]
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        words = [t for t in span if _is_word(t)]
        if not words:
            return None
        cue = None
        if attribution.cue is not None:
            cue_span = doc.char_span(attribution.cue[0], attribution.cue[1], alignment_mode="expand")
            cue = cue_span[-1] if cue_span is not None and len(cue_span) else None
        lemma = self.lexicon.lemma_of(cue.lower_) if cue is not None else None
        limit = None
        if others:
            after = doc.char_span(min(others), min(others) + 1, alignment_mode="expand")
            limit = after[0].i if after is not None and len(after) else None
        return candidates(doc, span[0].i, words[-1].i, limit), cue, lemma

    def refine(self, doc: Doc, text: str, found: list["RawAttribution"]) -> list["RawAttribution"]:
        """``found`` with the contents the ranker ends elsewhere (``text`` is ``doc.text``)."""
        return [self._refined(doc, text, a, found) if is_ranked(a) else a for a in found]

    def _refined(self, doc: Doc, text: str, attribution: "RawAttribution", found: list["RawAttribution"]) -> "RawAttribution":
        context = self.context(doc, attribution, found)
        if context is None:
            return attribution
        c, cue, lemma = context
        if len(c.ends) < 2 or c.rule_end not in c.ends:
            return attribution
        rows = [features(doc, text, c, e, rule=attribution.rule, cue=cue, lemma=lemma) for e in c.ends]
        chosen = self.weights.choose(rows, c.ends, c.rule_end)
        if chosen == c.rule_end:
            return attribution
        last = doc[chosen]
        start = attribution.content[0][0]
        end = last.idx + len(last)
        # a quotation opened inside the content closes with it where its mark follows the word
        # (not past a full stop: on PolNeAR train and dev that made more wrong statements
        # "direct" than right ones, direct F1 -0.0004 and -0.0014)
        j = last.i + 1
        while j < len(doc) and doc[j].text in QUOTE_TOKENS and _open_quote(text[start:end]):
            end = doc[j].idx + len(doc[j])
            j += 1
        return replace(attribution, content=[(start, end)])
