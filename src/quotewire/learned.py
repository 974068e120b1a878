"""The learned attribution model: a MiniLM token tagger run with ONNX Runtime.

``training/`` fine-tunes all-MiniLM-L6-v2 to tag every wordpiece with three BIO tags —
Source, Cue, Content — on PolNeAR train, exports it to ONNX and quantises it to int8 into
``quotewire/models/minilm-tagger/``. Here the article is cut into overlapping windows of
wordpieces, the model's probabilities are averaged where windows overlap, each role is
decoded into spans (word-level BIO, snapped to whole words) and spans are tied into
:class:`~quotewire.model.Attribution` records: each content to the nearest cue outside it,
each cue to the nearest source. Offsets come from the tokenizer's character offsets into the
untouched text, so they are exact.

Nothing here imports PyTorch; the run-time needs are ``onnxruntime`` and ``tokenizers``
(dependencies of the package). Used when ``Options.mode == "model"`` (the default) via :func:`combine`.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

import numpy

from .confidence import band_confidence
from .errors import ModelError
from .lexicon import cue_word_pattern, titles
from .model import Attribution, Kind, TextSpan
from .pipeline.attributions import STATEMENT_WORDS, discourse_said
from .quotes import QUOTE_CHARS

#: the shipped model's folder name under ``quotewire/models/``
MODEL_NAME = "minilm-tagger"
ROLES = ("Source", "Cue", "Content")
O, B, I = 0, 1, 2
#: a cue further than this many characters from a content is not its cue
MAX_CUE_GAP = 200
#: a source further than this many characters from its cue is not its source
MAX_SOURCE_GAP = 150
_WORD_CHAR = re.compile(r"\w")
_WORDS = re.compile(r"\w+")
#: holes of at most this many words inside one role's span are filled (see :func:`bridge`)
MAX_GAP_WORDS = 2
#: contents with fewer words are dropped unless quoted
MIN_CONTENT_WORDS = 3
_OPEN_QUOTES = "\"“„«‘'"
_CLOSE_QUOTES = "\"”»’'"
# A source made only of these is a fragment of a name the tagger cut ("The", "of"), not a speaker.
_FUNCTION_WORDS = frozenset("a an the of to in on at for from by with and or but as s".split())
_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """A decoded span of one role: characters ``start``..``end`` and its mean probability."""

    role: str
    start: int
    end: int
    confidence: float


def model_dir(name: str = MODEL_NAME) -> Path:
    """The folder of the shipped model ``name`` (model.int8.onnx, tokenizer.json, config.json)."""
    return Path(str(resources.files("quotewire").joinpath("models", name)))


def decode_bio(tags: Sequence[int]) -> list[tuple[int, int]]:
    """Spans ``[a, b)`` of a BIO sequence (0 = O, 1 = B, 2 = I); a stray I opens a span."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for k, tag in enumerate(tags):
        if tag == B or (tag == I and start is None):
            if start is not None:
                spans.append((start, k))
            start = k
        elif tag == O and start is not None:
            spans.append((start, k))
            start = None
    if start is not None:
        spans.append((start, len(tags)))
    return spans


def word_starts(tokens: Sequence[str]) -> list[bool]:
    """Whether each wordpiece begins a word (continuations are written ``##...``)."""
    return [not t.startswith("##") for t in tokens]


def decode_role(
    probs: numpy.ndarray, offsets: Sequence[tuple[int, int]], starts: Sequence[bool], role: str
) -> list[RoleSpan]:
    """Spans of one role from per-piece O/B/I ``probs`` (n, 3).

    A word takes its first piece's tag; a word is inside a span when P(O) < 0.5, and opens
    one when B is likelier than I.
    """
    n = len(offsets)
    tags: list[int] = []
    current = O
    for k in range(n):
        if starts[k]:
            p = probs[k]
            current = O if p[O] >= 0.5 else (B if p[B] > p[I] else I)
            tags.append(current)
        else:
            tags.append(I if current != O else O)
    out = []
    for a, b in decode_bio(tags):
        conf = float(1.0 - probs[a:b, O].mean())
        out.append(RoleSpan(role, offsets[a][0], offsets[b - 1][1], conf))
    return out


_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+")


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether a word of ``text[start:end]`` ends a sentence: it ends with . ! or ? and is not
    a title ("Rep.") or an initialism ("U.S.")."""
    for match in re.finditer(r"\S+", text[start:end]):
        word = match.group().rstrip("\"”’'),;:")
        if word[-1:] in (".", "!", "?") and word.lower() not in titles() and not _INITIALISM.fullmatch(word):
            return True
    return False


def bridge(
    text: str,
    spans: Sequence[RoleSpan],
    others: Sequence[RoleSpan],
    max_gap_words: int = MAX_GAP_WORDS,
    *,
    across_sentences: bool = True,
) -> list[RoleSpan]:
    """Join spans of one role separated by at most ``max_gap_words`` words and no other role's span
    (nor, unless ``across_sentences``, a sentence end).

    An undertrained tagger leaves holes in long contents; a hole this small is nearly
    always one span's inside, not two spans.
    """
    out: list[RoleSpan] = []
    for span in sorted(spans, key=lambda s: s.start):
        if out:
            prev = out[-1]
            gap_words = len(_WORDS.findall(text, prev.end, span.start))
            blocked = any(prev.end <= o.start and o.end <= span.start for o in others)
            last_word = max(prev.start, text.rfind(" ", prev.start, prev.end) + 1)
            if not across_sentences and _ends_sentence(text, last_word, span.start):
                blocked = True
            if gap_words <= max_gap_words and not blocked and "\n" not in text[prev.end : span.start]:
                size = (prev.end - prev.start) + (span.end - span.start)
                conf = (prev.confidence * (prev.end - prev.start) + span.confidence * (span.end - span.start)) / max(1, size)
                out[-1] = RoleSpan(prev.role, prev.start, span.end, conf)
                continue
        out.append(span)
    return out


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``..``end`` widened to whole words (never cutting a run of ``\\w``)."""
    while start > 0 and _WORD_CHAR.match(text[start - 1]) and _WORD_CHAR.match(text[start]):
        start -= 1
    while end < len(text) and end > 0 and _WORD_CHAR.match(text[end]) and _WORD_CHAR.match(text[end - 1]):
        end += 1
    return start, end


def _gap(a: RoleSpan, b: RoleSpan) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(a.start, b.start) - min(a.end, b.end))


def _inside(inner: RoleSpan, outer: RoleSpan) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def kind_of(text: str) -> Kind:
    """DIRECT when the content opens and closes with quotes, MIXED when it holds some, else INDIRECT.

    An apostrophe inside a word ("state's", "don’t") is not a quote.
    """
    body = text.strip(" \t\n,.;:!?")
    if body and body[0] in _OPEN_QUOTES and body[-1] in _CLOSE_QUOTES:
        return Kind.DIRECT
    if any(ch in QUOTE_CHARS for ch in _APOSTROPHE.sub("", body)):
        return Kind.MIXED
    return Kind.INDIRECT


def _quoted_around(text: str, first: RoleSpan, second: RoleSpan) -> bool:
    """Whether a quote mark closes ``first`` and one opens ``second`` (within two characters
    of their edges: the tagger may leave the marks and a comma out of the spans)."""
    closes = text[max(first.start, first.end - 3) : first.end + 2]
    opens = text[max(0, second.start - 1) : second.start + 2]
    return any(ch in QUOTE_CHARS for ch in closes) and any(ch in QUOTE_CHARS for ch in opens)


def link(text: str, spans: Sequence[RoleSpan], *, method: str = "model") -> list[Attribution]:
    """Tie decoded spans into attributions: content -> nearest cue -> nearest source.

    Two quoted contents on either side of one cue (“A,” she said, “B.”) become one
    attribution with two content spans; otherwise a cue keeps only its nearest content.
    """
    wordy = [s for s in spans if _WORD_CHAR.search(text, s.start, s.end)]  # no punctuation-only spans
    contents = [s for s in wordy if s.role == "Content"]
    cues = [s for s in wordy if s.role == "Cue"]
    sources = [s for s in wordy if s.role == "Source"]
    groups: list[tuple[RoleSpan | None, list[RoleSpan]]] = []
    index: dict[RoleSpan, int] = {}
    for content in contents:
        near = [c for c in cues if not _inside(c, content) and _gap(c, content) <= MAX_CUE_GAP]
        cue = min(near, key=lambda c: (_gap(c, content), c.start), default=None)
        if cue is None:
            groups.append((None, [content]))
        elif cue in index:
            groups[index[cue]][1].append(content)
        else:
            index[cue] = len(groups)
            groups.append((cue, [content]))
    out: list[Attribution] = []
    for cue, group in groups:
        if cue is not None and discourse_said(text, cue.start, cue.end):
            continue  # "That said, …": a connective; what follows it was not said by "That"
        parts: list[list[RoleSpan]]
        if cue is None:
            parts = [[c] for c in group]
        elif len(group) == 2 and group[0].end <= cue.start <= cue.end <= group[1].start and _quoted_around(text, *group):
            parts = [group]  # “A,” she said, “B.”
        else:
            # The other contents nearest this cue are the tagger's stray sentences with no
            # cue of their own (PolNeAR dev and train: dropping them beats giving each the
            # cue, and beats keeping them without one).
            parts = [[min(group, key=lambda c: (_gap(c, cue), c.start))]]
        for part in parts:
            anchor = cue or part[0]
            near = [s for s in sources if not any(_inside(s, c) for c in part) and _gap(s, anchor) <= MAX_SOURCE_GAP]
            source = min(near, key=lambda s: (_gap(s, anchor), s.start), default=None)
            content_spans = tuple(TextSpan.of(text, *snap(text, c.start, c.end)) for c in part)
            confidence = float(numpy.mean([c.confidence for c in part]))
            out.append(
                Attribution(
                    cue=TextSpan.of(text, *snap(text, cue.start, cue.end)) if cue else None,
                    content=content_spans,
                    source=TextSpan.of(text, *snap(text, source.start, source.end)) if source else None,
                    kind=kind_of(" ".join(s.text for s in content_spans)),
                    confidence=confidence,
                    method=method,
                )
            )
    out.sort(key=lambda a: a.start_char)
    return out


def decode_spans(
    text: str, probs: numpy.ndarray, offsets: Sequence[tuple[int, int]], starts: Sequence[bool]
) -> list[RoleSpan]:
    """All roles' spans from per-piece probabilities (n, 3 roles, 3 tags): decoded, bridged, filtered."""
    by_role = {role: decode_role(probs[:, r, :], offsets, starts, role) for r, role in enumerate(ROLES)}
    markers = by_role["Cue"] + by_role["Source"]
    contents = bridge(text, by_role["Content"], markers, MAX_GAP_WORDS)
    contents = [
        c for c in contents
        if len(_WORDS.findall(text, c.start, c.end)) >= MIN_CONTENT_WORDS or text[c.start] in QUOTE_CHARS
    ]
    cues = bridge(text, by_role["Cue"], contents + by_role["Source"], 1)
    # The tagger often opens a new source on each word of a name ("Donald" + "Trump",
    # "Rep." + "Gwen Moore"): touching source spans are one source, unless a sentence ends
    # between them ("said the Minister. He noticed").
    sources = bridge(text, by_role["Source"], contents + cues, 0, across_sentences=False)
    return sources + cues + contents


def windows(n: int, max_len: int, stride: int) -> list[tuple[int, int]]:
    """Overlapping token windows ``[a, b)`` covering ``n`` tokens."""
    if n <= max_len:
        return [(0, n)]
    out, a = [], 0
    while True:
        b = min(a + max_len, n)
        out.append((a, b))
        if b == n:
            return out
        a += stride


class LearnedModel:
    """The int8 ONNX tagger and its tokenizer, loaded once (see :func:`get_model`)."""

    def __init__(self, folder: Path | None = None, *, threads: int = 1) -> None:
        folder = folder or model_dir()
        try:
            import onnxruntime
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelError(
                f"mode 'model' needs onnxruntime and tokenizers ({exc.name} is missing): "
                "reinstall quotewire with its dependencies, or run with mode 'rules' (--mode rules)"
            ) from exc
        onnx_path = folder / "model.int8.onnx"
        if not onnx_path.is_file():
            raise ModelError(f"no learned model at {onnx_path}; build it with training/README.md's commands")
        self.config: dict[str, Any] = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        opts = onnxruntime.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(onnx_path), opts, providers=["CPUExecutionProvider"])
        self.cls_id = self.tokenizer.token_to_id("[CLS]")
        self.sep_id = self.tokenizer.token_to_id("[SEP]")
        self.threshold = float(self.config.get("threshold", 0.5))
        self._lock = threading.Lock()

    def probabilities(self, text: str, batch: int = 16) -> tuple[numpy.ndarray, list[tuple[int, int]], list[str]]:
        """Per-wordpiece probabilities (n, 3 roles, 3 tags), character offsets and pieces of ``text``."""
        enc = self.tokenizer.encode(text, add_special_tokens=False)
        ids = numpy.asarray(enc.ids, dtype=numpy.int64)
        offsets = [(int(a), int(b)) for a, b in enc.offsets]
        n = len(ids)
        total = numpy.zeros((n, 3, 3), dtype=numpy.float32)
        count = numpy.zeros(n, dtype=numpy.float32)
        spans = windows(n, int(self.config["max_len"]), int(self.config["stride"]))
        for k in range(0, len(spans), batch):
            group = spans[k : k + batch]
            width = max(b - a for a, b in group) + 2
            input_ids = numpy.zeros((len(group), width), dtype=numpy.int64)
            mask = numpy.zeros((len(group), width), dtype=numpy.int64)
            for row, (a, b) in enumerate(group):
                input_ids[row, : b - a + 2] = [self.cls_id, *ids[a:b], self.sep_id]
                mask[row, : b - a + 2] = 1
            with self._lock:
                (probs,) = self.session.run(["probs"], {"input_ids": input_ids, "attention_mask": mask})
            for row, (a, b) in enumerate(group):
                total[a:b] += probs[row, 1 : b - a + 1]
                count[a:b] += 1
        if n:
            total /= numpy.maximum(count, 1)[:, None, None]
        return total, offsets, list(enc.tokens)

    def spans(self, text: str, regions: Sequence[tuple[int, int]] | None = None) -> list[RoleSpan]:
        """Decoded Source, Cue and Content spans of ``text``, or of its ``regions`` only."""
        out: list[RoleSpan] = []
        for a, b in regions if regions is not None else [(0, len(text))]:
            probs, offsets, tokens = self.probabilities(text[a:b])
            if offsets:
                shifted = [(x + a, y + a) for x, y in offsets]
                out += decode_spans(text, probs, shifted, word_starts(tokens))
        return out

    def attributions(
        self, text: str, threshold: float | None = None, regions: Sequence[tuple[int, int]] | None = None
    ) -> list[Attribution]:
        """The model's attributions of ``text`` (or of its ``regions``) whose confidence reaches
        ``threshold`` (default: calibrated)."""
        cut = self.threshold if threshold is None else threshold
        return [a for a in link(text, self.spans(text, regions)) if a.confidence >= cut]


@lru_cache(maxsize=2)
def get_model(name: str = MODEL_NAME) -> LearnedModel:
    """The shipped learned model, loaded once per process (:class:`ModelError` when it cannot be)."""
    return LearnedModel(model_dir(name))


def _token_overlap(a: Attribution, b: Attribution) -> float:
    """Share of the smaller content's characters that the two contents have in common."""
    shared = 0
    for x in a.content:
        for y in b.content:
            shared += max(0, min(x.end_char, y.end_char) - max(x.start_char, y.start_char))
    size_a = sum(s.end_char - s.start_char for s in a.content)
    size_b = sum(s.end_char - s.start_char for s in b.content)
    return shared / max(1, min(size_a, size_b))


def merge(
    rules: Sequence[Attribution], learned: Sequence[Attribution], *, keep_rule_kinds: tuple[Kind, ...] = tuple(Kind)
) -> list[Attribution]:
    """The rules' attributions of ``keep_rule_kinds`` (by default all), plus the model's others.

    A learned attribution whose content overlaps a kept rule one by half of the smaller is
    dropped as a duplicate. On PolNeAR dev, keeping every rule attribution and letting the
    model add only what the rules missed beats keeping only the rules' direct quotes
    (training/README.md has the figures).
    """
    kept = [a for a in rules if a.kind in keep_rule_kinds]
    out = list(kept)
    for candidate in learned:
        if all(_token_overlap(candidate, k) < 0.5 for k in kept):
            out.append(candidate)
    out.sort(key=lambda a: a.start_char)
    return out


def open_regions(text: str, rules: Sequence[Attribution], max_covered: float) -> list[tuple[int, int]]:
    """Runs of paragraphs of which the rules' attributions (source, cue, content) cover less than ``max_covered``.

    The model's attributions that overlap a rule one are dropped (:func:`merge`), so a
    paragraph the rules have already read is not worth the model's time; nor is one with no
    reporting word (the words by which the extractor picks the paragraphs to parse,
    :func:`~quotewire.lexicon.cue_word_pattern`): the model's additions
    need a cue, and on PolNeAR dev skipping those paragraphs cost nothing (docs/figures.md,
    session 14). A paragraph of fewer
    words than an attribution's content needs (a line of quote marks, a dateline) only goes on
    a region that a longer paragraph started.
    """
    covered = numpy.zeros(len(text) + 1, dtype=numpy.int32)
    for attribution in rules:
        for span in (*attribution.content, attribution.cue, attribution.source):
            if span is None:
                continue
            covered[span.start_char] += 1
            covered[span.end_char] -= 1
    inside = numpy.cumsum(covered)[: len(text)] > 0
    regions: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        a, b = match.span()
        if inside[a:b].mean() >= max_covered:
            continue
        if not cue_word_pattern(STATEMENT_WORDS).search(text, a, b):
            continue
        if regions and not text[regions[-1][1] : a].strip():
            regions[-1] = (regions[-1][0], b)
        elif len(_WORDS.findall(text, a, b)) >= MIN_CONTENT_WORDS:
            regions.append((a, b))
    return regions


def combine(text: str, rules: Sequence[Attribution]) -> list[Attribution]:
    """The attributions of ``mode = model``: the rules' ones + the learned model's others.

    The model reads only the paragraphs the rules left mostly unread (config ``max_covered``),
    adds direct quotes only above ``quote_threshold`` (the rules are the precise ones there;
    :func:`additions`), and its additions must reach
    the dev-calibrated ``combine_threshold`` of its config; their confidence becomes the dev
    precision of their band of model scores.
    """
    model = get_model()
    cut = float(model.config.get("combine_threshold", model.threshold))
    regions = open_regions(text, rules, float(model.config.get("max_covered", 1.01)))
    added = additions(model.attributions(text, threshold=cut, regions=regions), model.config.get("quote_threshold"))
    bins = model.config.get("confidence_bins")
    if bins:  # raw model score -> the dev precision of its band (quotewire/confidence.py)
        added = [replace(a, confidence=band_confidence(a.confidence, bins)) for a in added]
    return merge(rules, added)


def additions(learned: Sequence[Attribution], quote_threshold: float | None = None) -> list[Attribution]:
    """The learned attributions ``mode = model`` may add to the rules'.

    None without a source (a source of function words only, "The", "of", is none): on PolNeAR
    dev the model's sourceless contents are mostly not attributions at all (dropping them
    raised the combined attribution F1, training/README.md). None that opens or closes with a
    quote (the rules are the precise ones there) unless the model's score reaches
    ``quote_threshold`` (config ``quote_threshold``, picked on dev by ``training/calibrate.py``;
    ``None``: never): a quote the rules missed that the model is that sure of.
    """
    out = []
    for a in learned:
        body = a.content_text.strip(" \t\n,.;:!?")
        if a.source is None or not body:
            continue
        if all(w.lower() in _FUNCTION_WORDS for w in _WORDS.findall(a.source.text)):
            continue  # a source "The" or "of": the tagger lost the speaker
        quoted = a.kind == Kind.DIRECT or body[0] in QUOTE_CHARS or body[-1] in QUOTE_CHARS
        if not quoted or (quote_threshold is not None and a.confidence >= quote_threshold):
            out.append(a)
    return out


__all__ = [
    "LearnedModel",
    "additions",
    "MODEL_NAME",
    "RoleSpan",
    "combine",
    "open_regions",
    "decode_bio",
    "decode_role",
    "get_model",
    "kind_of",
    "link",
    "merge",
    "model_dir",
    "snap",
    "windows",
    "word_starts",
]
