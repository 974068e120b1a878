"""What the measured PolNeAR tagging baselines share, so their figures compare.

Used by ``crf_baseline.py`` and ``spacy_tagger.py`` (neither is shipped):

* the data: every article of a split with the first annotator's ``.ann`` (read by
  ``polnear.py``), cut into paragraphs (runs of non-newline characters), each
  paragraph parsed by spaCy with character offsets into the article, and BIO labels
  per role (a token is *inside* a role when its characters overlap a gold segment of
  that role; B on the first token of each segment) — ``load_split``;
* the token-level P/R/F1 of the inside decision (label B or I) per role, tp/fp/fn
  summed over spaCy tokens, and their mean — ``print_token_f1``;
* the naive linker (in each sentence, each maximal run of Content-inside tokens is one
  attribution, with the nearest predicted Cue run and the nearest predicted Source run
  of the same sentence) written as brat for ``../shared/eval/score.py`` —
  ``write_predictions`` and ``run_scorer``.

Predictions are ``{role: [labels of paragraph 0, labels of paragraph 1, ...]}`` over the
paragraphs of a split in order (``all_paragraphs``), labels being "B", "I" or "O".
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polnear import ROLES, first_ann, read_spans
from spacy.language import Language
from spacy.tokens import Doc

Span = tuple[int, int]
Predictions = dict[str, list[list[str]]]


@dataclass
class Paragraph:
    """One parsed paragraph: its text, its tokens' character offsets into the article,
    their sentence numbers, gold BIO labels per role and any model-specific features."""

    start: int
    text: str
    offsets: list[Span]
    sents: list[int]
    labels: dict[str, list[str]]
    features: Any = None


@dataclass
class Article:
    """One PolNeAR article: name, text, gold segments per role and paragraphs."""

    name: str
    text: str
    spans: dict[str, list[Span]]
    paragraphs: list[Paragraph] = field(default_factory=list)


# --------------------------------------------------------------------------- data
def bio(offsets: list[Span], segs: list[Span]) -> list[str]:
    """BIO labels of tokens with character ``offsets`` for the gold segments of one role."""
    lab = ["O"] * len(offsets)
    for a, b in segs:
        idx = [i for i, (s, e) in enumerate(offsets) if s < b and e > a]
        for k, i in enumerate(idx):
            if k == 0:
                lab[i] = "B"
            elif lab[i] == "O":
                lab[i] = "I"
    return lab


def paragraph_spans(text: str) -> Iterator[tuple[int, str]]:
    """(start, text) of each paragraph of an article: a run of non-newline characters
    that is not only white space."""
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            yield m.start(), m.group()


def sentence_ids(doc: Doc) -> list[int]:
    """Sentence number of each token; all 0 when the pipeline set no sentence boundaries
    (a tokenizer-only pipeline, for data the linker never reads)."""
    if not doc.has_annotation("SENT_START"):
        return [0] * len(doc)
    ids = [0] * len(doc)
    for s_i, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            ids[i] = s_i
    return ids


def paragraph_labels(offsets: list[Span], spans: dict[str, list[Span]]) -> dict[str, list[str]]:
    """BIO labels per role of one paragraph's tokens (segments that reach into it only)."""
    lo, hi = offsets[0][0], offsets[-1][1]
    return {r: bio(offsets, [s for s in spans[r] if s[0] < hi and s[1] > lo]) for r in ROLES}


def read_articles(split_dir: Path, limit: int | None = None) -> list[Article]:
    """The articles of a split that have an annotation file (sorted by name; first ``limit``)."""
    arts = []
    for txt in sorted((split_dir / "text").glob("*.txt"))[:limit]:
        ann = first_ann(split_dir, txt.stem)
        if ann is not None:
            arts.append(Article(txt.stem, txt.read_text(encoding="utf-8"), read_spans(ann)))
    return arts


def load_split(
    nlp: Language,
    split_dir: Path,
    limit: int | None = None,
    featurize: Callable[[Doc], Any] | None = None,
) -> list[Article]:
    """Read and parse every article of a split (``nlp.pipe``, one process): each paragraph
    with offsets, sentence numbers, gold labels and ``featurize(doc)`` as its features."""
    arts = read_articles(split_dir, limit)
    jobs = [(art, start, text) for art in arts for start, text in paragraph_spans(art.text)]
    docs = nlp.pipe((j[2] for j in jobs), batch_size=32, n_process=1)
    for (art, start, text), doc in zip(jobs, docs, strict=True):
        if len(doc) == 0:
            continue
        offsets = [(start + t.idx, start + t.idx + len(t.text)) for t in doc]
        art.paragraphs.append(
            Paragraph(
                start=start,
                text=text,
                offsets=offsets,
                sents=sentence_ids(doc),
                labels=paragraph_labels(offsets, art.spans),
                features=featurize(doc) if featurize else None,
            )
        )
    return arts


def all_paragraphs(arts: list[Article]) -> list[Paragraph]:
    """The paragraphs of all articles, in order (the order of ``Predictions``)."""
    return [p for a in arts for p in a.paragraphs]


def describe(split: str, arts: list[Article]) -> str:
    """'split: N articles, P paragraphs, T tokens'."""
    pars = all_paragraphs(arts)
    return (f"{split + ':':6} {len(arts)} articles, {len(pars)} paragraphs, "
            f"{sum(len(p.offsets) for p in pars)} tokens")


# ------------------------------------------------------------------ token figures
def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return pr, rc, 2 * pr * rc / (pr + rc) if pr + rc else 0.0


def inside_counts(gold: list[list[str]], pred: list[list[str]]) -> tuple[int, int, int]:
    """tp, fp, fn of the inside decision (label not "O") over all tokens."""
    tp = fp = fn = 0
    for gs, ps in zip(gold, pred, strict=True):
        for g, q in zip(gs, ps, strict=True):
            gi, qi = g != "O", q != "O"
            tp += gi and qi
            fp += qi and not gi
            fn += gi and not qi
    return tp, fp, fn


def print_token_f1(paragraphs: list[Paragraph], preds: Predictions) -> float:
    """Print the dev table of the inside decision per role; returns the mean F1."""
    print("\nDev token-level inside decision (spaCy tokens, not wordpieces):")
    print(f"{'role':10}{'tp':>8}{'fp':>8}{'fn':>8}{'P':>8}{'R':>8}{'F1':>8}")
    f1s = []
    for role in ROLES:
        tp, fp, fn = inside_counts([p.labels[role] for p in paragraphs], preds[role])
        pr, rc, f1 = prf(tp, fp, fn)
        f1s.append(f1)
        print(f"{role:10}{tp:8d}{fp:8d}{fn:8d}{pr:8.3f}{rc:8.3f}{f1:8.3f}")
    mean = sum(f1s) / len(f1s)
    print(f"{'mean F1':10}{'':48}{mean:8.3f}")
    return mean


# -------------------------------------------------------------------------- linker
def runs(inside: list[bool], sents: list[int]) -> list[Span]:
    """Maximal runs [a, b) of inside tokens, not crossing sentences."""
    out: list[Span] = []
    start: int | None = None
    for i, v in enumerate([*inside, False]):
        if start is not None and (not v or sents[i] != sents[start]):
            out.append((start, i))
            start = None
        if v and start is None and i < len(inside):
            start = i
    return out


def run_gap(a: Span, b: Span) -> int:
    """Token distance between two runs (0 when they touch or overlap)."""
    return max(0, b[0] - a[1], a[0] - b[1])


def nearest(cands: list[Span], run: Span) -> Span:
    """The candidate run nearest to ``run`` (ties: the earlier one)."""
    return min(cands, key=lambda x: (run_gap(x, run), x[0]))


def link_paragraph(para: Paragraph, labels: dict[str, list[str]]) -> list[dict[str, Span]]:
    """The paragraph's attributions as token runs per role: each Content run with the
    nearest Source and Cue runs of its sentence."""
    sents = para.sents
    r = {role: runs([x != "O" for x in labels[role]], sents) for role in ROLES}
    out = []
    for content in r["Content"]:
        s = sents[content[0]]
        args = {}
        for role in ("Source", "Cue"):
            cands = [x for x in r[role] if sents[x[0]] == s]
            if cands:
                args[role] = nearest(cands, content)
        args["Content"] = content
        out.append(args)
    return out


def write_brat(art: Article, pred: list[dict[str, list[str]]], path: Path) -> int:
    """Link predicted runs into attributions and write them as brat; returns their number."""
    lines: list[str] = []
    n_spans = n_events = 0
    for para, labels in zip(art.paragraphs, pred, strict=True):
        for attribution in link_paragraph(para, labels):
            ids = {}
            for role, (a, b) in attribution.items():  # Source, Cue, Content
                start, end = para.offsets[a][0], para.offsets[b - 1][1]
                n_spans += 1
                ids[role] = f"T{n_spans}"
                lines.append(f"T{n_spans}\t{role} {start} {end}\t{' '.join(art.text[start:end].split())}")
            n_events += 1
            trigger = ids.get("Cue", ids["Content"])
            lines.append(f"E{n_events}\tAttribution:{trigger} "
                         + " ".join(f"{role}:{ids[role]}" for role in ROLES if role in ids))
    path.write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
    return n_events


def write_predictions(arts: list[Article], preds: Predictions, pred_dir: Path) -> int:
    """Empty ``pred_dir`` of .ann files and write one per article; returns the number of
    attributions written."""
    pred_dir.mkdir(parents=True, exist_ok=True)
    for f in pred_dir.glob("*.ann"):
        f.unlink()
    k = n_attr = 0
    for art in arts:
        m = len(art.paragraphs)
        labels = [{role: preds[role][k + i] for role in ROLES} for i in range(m)]
        k += m
        n_attr += write_brat(art, labels, pred_dir / f"{art.name}.ann")
    return n_attr


def run_scorer(shared: Path, gold_dir: Path, pred_dir: Path) -> None:
    """Run ``shared/eval/score.py`` on the predictions (its report goes to stdout)."""
    cmd = [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold_dir),
           "--pred", str(pred_dir)]
    print("$ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=False)


def report_dev(dev: list[Article], paragraphs: list[Paragraph], preds: Predictions, timing: dict[str, float],
               shared: Path, work: Path, *, score: bool) -> None:
    """The end of a baseline run: dev token F1, timings, linked brat files in ``work/pred``
    and, when ``score``, ``shared/eval/score.py`` on them."""
    print_token_f1(paragraphs, preds)
    print("timings (s): " + ", ".join(f"{k} {v:.1f}" for k, v in timing.items()))
    pred_dir = work / "pred"
    n_attr = write_predictions(dev, preds, pred_dir)
    print(f"\nwrote {n_attr} linked attributions for {len(dev)} dev articles to {pred_dir}")
    if score:
        run_scorer(shared, shared / "data" / "polnear" / "dev", pred_dir)
