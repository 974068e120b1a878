"""Extraction: an article in, the same article with its attributions out.

The expensive analysis runs only where a statement can be. The text is cut into
paragraphs; a paragraph is parsed (tagger, parser, lemmatizer — never NER, which would
double the cost) only when it holds a reporting-cue word form, "according to", a colon
lead-in or a quote next to such a paragraph. The other paragraphs are only tokenised. The
pieces are joined back into one ``Doc`` over the untouched text, and the quotewire
components run on it, so every offset indexes ``Article.text``.
"""

from __future__ import annotations

import re
import threading

import numpy
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import pipeline as _pipeline  # noqa: F401  (registers the spaCy factories)
from .boilerplate import mark_boilerplate
from .casing import restore_text, sentence_case
from .confidence import calibrate
from .convert import doc_to_attributions
from .errors import InputTooLargeError
from .lexicon import cue_word_pattern
from .model import Article, Attribution, TextSpan
from .nlp import load_pipeline
from .pipeline.attributions import AS_QUOTED, STATEMENT_WORDS
from .pipeline.text import TEXT_KEY
from .quotes import QUOTE_CHARS
from .settings import DEFAULT_OPTIONS, Options
from .speakers import resolve_speakers

#: spaCy components extraction never runs: NER alone costs more than tagging and parsing
#: together; the attribute ruler and lemmatizer are replaced by table lookups
#: (``quotewire_pos`` and the cue lexicon's inflected forms).
EXCLUDED_COMPONENTS = ("ner", "attribute_ruler", "lemmatizer")

#: parser input is cut into pieces of at most this many characters (memory stays bounded)
MAX_PIECE_CHARS = 20_000

ErrorHandler = Callable[[Article, Exception], None]




#: white space between words that is not " " (no-break, thin, ideographic spaces, tabs):
#: spaCy's tokenizer splits words only at " ", so "Trump, Sexton said,\u00a0has created …"
#: gets a white-space token inside the clause and a broken parse. The parser reads a copy
#: with " " in their place; a copy has the same length, so every offset holds.
_ODD_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


# “…” ― Name: a quote signed with a dash (the attribution rules read the signature).
_SIGNED_QUOTE = re.compile(r"[”\"’»'][ \t\u00a0]*(?:―|—|–|--)[ \t\u00a0]*[A-Z]")


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch ``text[start:end]`` and whether it needs the parser."""

    start: int
    end: int
    parse: bool


def plan_pieces(text: str) -> list[Piece]:
    """Cut ``text`` into paragraph pieces and mark those where a statement can be."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"\n+", text):
        bounds.append((start, match.end()))
        start = match.end()
    if start < len(text):
        bounds.append((start, len(text)))
    # Long paragraphs are cut after a sentence end so no parse sees a giant input.
    cut: list[tuple[int, int]] = []
    for a, b in bounds:
        while b - a > MAX_PIECE_CHARS:
            k = text.rfind(". ", a, a + MAX_PIECE_CHARS)
            k = a + MAX_PIECE_CHARS if k <= a else k + 2
            cut.append((a, k))
            a = k
        cut.append((a, b))
    pattern = cue_word_pattern(STATEMENT_WORDS)
    flags = []
    for a, b in cut:
        chunk = text[a:b]
        flags.append(bool(pattern.search(chunk)) or chunk.rstrip().endswith(":") or bool(_SIGNED_QUOTE.search(chunk))
                     or bool(AS_QUOTED.search(chunk)))  # "… as a “con artist”": the rules read any verb
    # A quote next to a cue paragraph may be attributed from there ("X continued:" / “…”).
    out: list[Piece] = []
    for k, (a, b) in enumerate(cut):
        parse = flags[k]
        if not parse and any(ch in text[a:b] for ch in QUOTE_CHARS):
            parse = (k > 0 and flags[k - 1]) or (k + 1 < len(cut) and flags[k + 1])
        last = out[-1] if out else None
        if not parse and last is not None and not last.parse and b - last.start <= MAX_PIECE_CHARS:
            # Runs of unparsed paragraphs are tokenised as one piece: fewer Docs to join.
            out[-1] = Piece(last.start, b, False)
        else:
            out.append(Piece(a, b, parse))
    return out


def _parser_copy(text: str, piece: Piece) -> str | None:
    """What the parser reads for ``piece`` where that is not the text itself (same length)."""
    original = text[piece.start : piece.end]
    copy = _ODD_SPACES.sub(" ", sentence_case(text, piece.start, piece.end) or original)
    return copy if copy != original else None


class Extractor:
    """Holds the loaded spaCy pipeline and extracts attributions from articles.

    ``Extractor.get(options)`` returns one instance per process and options, so corpus runs,
    the HTTP server and Spark executors load the model once.
    """

    _instances: dict[Options, "Extractor"] = {}
    _lock = threading.Lock()

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or DEFAULT_OPTIONS
        base = load_pipeline(self.options.spacy_models, EXCLUDED_COMPONENTS)
        if "quotewire_pos" not in base.pipe_names:
            base.add_pipe("quotewire_pos")
        self.nlp: Language = base
        self.nlp.max_length = max(self.options.max_chars + 1, base.max_length)
        self.quote_finder = base.create_pipe("quotewire_quotes")
        # learned_ends = false: the rules' own ends of contents, not pipeline/content_ends.py's
        self.attribution_finder = base.create_pipe("quotewire_attributions", config={"learned_ends": self.options.learned_ends})
        if self.options.mode == "model":
            # load the learned model now: a missing extra or model is a ModelError at start-up
            # (before a corpus run begins), not an error on every article
            from .learned import get_model

            get_model()

    @classmethod
    def get(cls, options: Options | None = None) -> "Extractor":
        """The process-wide extractor for these options (created on first use)."""
        options = options or DEFAULT_OPTIONS
        with cls._lock:
            if options not in cls._instances:
                cls._instances[options] = cls(options)
            return cls._instances[options]

    # -- one article ---------------------------------------------------------------------

    def check(self, article: Article) -> None:
        """Raise a clear error for an article that cannot be extracted."""
        if len(article.text) > self.options.max_chars:
            raise InputTooLargeError(
                f"{len(article.text):,} characters is over the limit of {self.options.max_chars:,} (option max_chars)",
                source=article.id,
            )

    def parse(self, text: str) -> Doc:
        """One Doc over ``text``, parsed only where a statement can be."""
        if not text.strip():
            return self.nlp.make_doc(text)
        pieces = plan_pieces(text)
        # the parser reads a copy: a Title Case headline in sentence case (quotewire/casing.py),
        # odd white space as " "; the Doc gets back the words of the text itself
        copies = {k: _parser_copy(text, p) for k, p in enumerate(pieces) if p.parse}
        to_parse = [copies[k] or text[p.start : p.end] for k, p in enumerate(pieces) if p.parse]
        parsed = iter(self.nlp.pipe(to_parse, batch_size=self.options.batch_size))
        docs = []
        for k, p in enumerate(pieces):
            if not p.parse:
                docs.append(self.nlp.make_doc(text[p.start : p.end]))
                continue
            piece = next(parsed)
            docs.append(restore_text(piece, text[p.start : p.end]) if copies[k] else piece)
        if len(docs) == 1:
            doc = docs[0]
        else:
            for d in docs:  # tensors are not needed downstream and differ in width
                d.tensor = numpy.zeros((len(d), 0), dtype="float32")
            doc = Doc.from_docs(docs, ensure_whitespace=False)
        # a restored Doc has " " where the text had odd white space: the components read the text
        doc.user_data[TEXT_KEY] = text
        return doc

    def __call__(self, article: Article) -> Article:
        """The article with its attributions (and speakers, excluded regions, headline)."""
        self.check(article)
        article = self.prepare(article)
        doc = self.parse(article.text)
        self.quote_finder(doc)
        self.attribution_finder(doc)
        return self.finish(article, doc)

    def prepare(self, article: Article) -> Article:
        """Steps before parsing: boilerplate, headline and dateline."""
        if self.options.exclude_boilerplate:
            article = mark_boilerplate(article, self.options)
        return article

    def finish(self, article: Article, doc: Doc) -> Article:
        """Steps after the components ran: records, filters, speakers."""
        attributions = doc_to_attributions(doc, article.text)
        if self.options.mode == "model":  # the learned model (the default mode): see quotewire/learned.py
            from .learned import combine

            attributions = combine(article.text, attributions)
        # confidence = the dev precision of attributions made the same way (quotewire/confidence.py)
        attributions = calibrate(attributions)
        if not self.options.keep_nested:
            attributions = drop_nested(attributions)
        if article.excluded:
            attributions = [a for a in attributions if not _overlaps_excluded(a, article)]
        if article.dateline is not None:
            attributions = [_after_dateline(a, article.text, article.dateline.span) for a in attributions]
        if article.headline is not None:
            h = article.headline
            attributions = [
                replace(a, headline=True) if h.start_char <= a.start_char < h.end_char else a
                for a in attributions
            ]
        article = article.with_(attributions=tuple(attributions))
        if self.options.resolve_speakers:
            article = resolve_speakers(article, doc)
        if self.options.min_confidence > 0:  # last: a speaker guessed without a source lowers it
            kept = tuple(a for a in article.attributions if a.confidence >= self.options.min_confidence)
            # a speaker all of whose statements were dropped goes too: the list is of who spoke
            heard = {a.speaker for a in kept}
            article = article.with_(attributions=kept, speakers=tuple(s for s in article.speakers if s.id in heard))
        return article

    # -- many articles -------------------------------------------------------------------

    def pipe(self, articles: Iterable[Article], *, on_error: ErrorHandler | None = None) -> Iterator[Article]:
        """Extract many articles; a failing one goes to ``on_error`` (or raises if None)."""
        for article in articles:
            try:
                yield self(article)
            except Exception as exc:  # a QuotewireError, or a bug: one bad article never stops a run
                if on_error is None:
                    raise
                on_error(article, exc)


def _after_dateline(attribution: Attribution, text: str, dateline: TextSpan) -> Attribution:
    """The attribution with its content starting after the article's dateline: in "TALLAHASSEE —
    Trump's views have taken their toll …, according to a poll" the place is the wire's, not
    the poll's (PolNeAR train: 4 contents of 4 leave it out)."""
    first = attribution.content[0]
    if not (dateline.start_char <= first.start_char < dateline.end_char < first.end_char):
        return attribution
    start = dateline.end_char
    while start < first.end_char and text[start].isspace():
        start += 1
    trimmed = TextSpan.of(text, start, first.end_char)
    return replace(attribution, content=(trimmed, *attribution.content[1:]))


def _content_start(attribution: Attribution) -> int:
    return min(c.start_char for c in attribution.content)


def drop_nested(attributions: list[Attribution]) -> list[Attribution]:
    """Without the attributions reported inside another one's content.

    In “Americans have stated that X,” said Lavrov, the statement is Lavrov's: the reader
    asked who said what, and the article's own source for X is Lavrov. Keeping the inner
    report as a statement of its own ("Americans stated") costs precision on PolNeAR dev
    more than it gains recall (measured: attribution F1 0.603 -> 0.623 without them).
    A verb inside the content that takes the owner's own speaker ("Pence praised Cruz for
    showing “the courage …”", "Cruz pledged to oppose …") is part of that one statement, not
    a second one (PolNeAR train: attribution F1 0.693 -> 0.698, precision 0.802 -> 0.815).
    """
    def inside(inner: Attribution, owner: Attribution) -> bool:
        anchor = inner.cue or inner.source
        if anchor is None or owner is inner:
            return False
        for c in owner.content:
            if not (c.start_char <= anchor.start_char and anchor.end_char <= c.end_char):
                continue
            if inner.source is None or c.start_char <= inner.source.start_char < c.end_char:
                return True
            if owner.source is not None and (inner.source.start_char, inner.source.end_char) == (owner.source.start_char, owner.source.end_char):
                return True  # a verb of the content that inherits the owner's subject: one statement
        return False

    def nested(inner: Attribution) -> bool:
        # Two reports each inside the other's content ("Clinton leads in national polls …, according
        # to the average of polls"): the one whose content starts first, with the main clause, stays.
        return any(inside(inner, owner) and not (inside(owner, inner) and _content_start(inner) < _content_start(owner))
                   for owner in attributions)

    return [a for a in attributions if not nested(a)]


def _overlaps_excluded(attribution: Attribution, article: Article) -> bool:
    for region in article.excluded:
        r = region.span
        for span in attribution.content:
            if span.start_char < r.end_char and r.start_char < span.end_char:
                return True
    return False


def extract(text: str, *, options: Options | None = None, **meta: object) -> Article:
    """Extract the attributions of one text; ``meta`` fills Article fields (id, title, ...)."""
    article = Article(text=text, **meta)  # type: ignore[arg-type]
    return Extractor.get(options)(article)


def extract_article(article: Article, *, options: Options | None = None) -> Article:
    """Extract the attributions of an :class:`Article`."""
    return Extractor.get(options)(article)


def extract_articles(
    articles: Iterable[Article], *, options: Options | None = None, on_error: ErrorHandler | None = None
) -> Iterator[Article]:
    """Extract many articles lazily; failures go to ``on_error`` and the run goes on."""
    return Extractor.get(options).pipe(articles, on_error=on_error)


__all__ = ["Extractor", "Piece", "extract", "extract_article", "extract_articles", "plan_pieces"]
