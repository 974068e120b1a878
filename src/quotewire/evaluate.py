"""Accuracy against gold attributions in the PolNeAR layout.

Implements the project's yardstick (the definitions of ``../shared/eval/score.py``'s
docstring) so ``quotewire eval`` prints the same figures: spans are compared as sets of
word tokens (runs of ``\\w``), each gold attribution is paired greedily with at most one
prediction by content-token F1, and an attribution counts when the contents overlap with
F1 >= 0.5 and the sources agree (share a token, or both are absent). A test checks that
this module and the shared scorer agree on the PolNeAR dev set.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from .model import Attribution

_WORD = re.compile(r"\w+")
_QUOTES = "\"“”„‟«»‘’‚‛'`"
_ROLES = ("Source", "Cue", "Content")
_NOTE = re.compile(r"#\d+\tAnnotatorNotes (T\d+)\tspeaker:\s*(.*\S)")


@dataclass
class _Ann:
    roles: dict[str, list[tuple[int, int]]]
    speaker: str | None


def parse_standoff(text: str) -> tuple[list[_Ann], list[tuple[str, list[tuple[int, int]], str]]]:
    """Attributions of an ``.ann`` text, and its raw T lines (id, segments, written text)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    raw: list[tuple[str, list[tuple[int, int]], str]] = []
    notes: dict[str, str] = {}
    events: list[list[str]] = []
    for line in text.splitlines():
        if m := _NOTE.match(line):
            notes[m.group(1)] = m.group(2)
            continue
        if not line or line[0] not in "TE":
            continue
        parts = line.split("\t")
        if len(parts) < 2 or not re.fullmatch(r"[TE]\d+", parts[0]):
            continue
        if line[0] == "E":
            events.append(parts[1].split())
            continue
        kind_offsets = parts[1].split(" ", 1)
        if len(kind_offsets) != 2:
            continue
        try:
            segments = [tuple(int(x) for x in chunk.split()) for chunk in kind_offsets[1].split(";")]
        except ValueError:
            raw.append((parts[0], [], parts[2] if len(parts) > 2 else ""))
            continue
        good = [(s[0], s[1]) for s in segments if len(s) == 2]
        spans[parts[0]] = good
        if len(parts) == 3:
            raw.append((parts[0], good if len(good) == len(segments) else [], parts[2]))
    out = []
    for args in events:
        roles: dict[str, list[tuple[int, int]]] = {r: [] for r in _ROLES}
        speaker = None
        for arg in args:
            role, _, ref = arg.partition(":")
            role = re.sub(r"\d+$", "", role)
            if role in roles and ref in spans:
                roles[role].extend(spans[ref])
            if ref in notes and speaker is None:
                speaker = notes[ref]
        if roles["Content"]:
            out.append(_Ann(roles, speaker))
    return out, raw


class _Tokens:
    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [m.start() for m in _WORD.finditer(text)]

    def of(self, segments: list[tuple[int, int]]) -> frozenset[int]:
        out: set[int] = set()
        for a, b in segments:
            out.update(range(bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, b)))
        return frozenset(out)

    def direct(self, segments: list[tuple[int, int]]) -> bool:
        if not segments:
            return False
        chunk = self.text[min(a for a, _ in segments) : max(b for _, b in segments)].strip()
        return bool(chunk) and (chunk[0] in _QUOTES or chunk[-1] in _QUOTES or chunk.rstrip(".,;:!?")[-1:] in _QUOTES)


def _f1(a: frozenset[int], b: frozenset[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if (a or b) else 1.0


def _last_word(name: str) -> str:
    words = re.findall(r"\w+", name.casefold())
    return words[-1] if words else ""


def _prf(hit_p: float, n_p: float, hit_r: float, n_r: float) -> dict[str, float]:
    p = hit_p / n_p if n_p else 0.0
    r = hit_r / n_r if n_r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def sources_agree(gold: frozenset[int], pred: frozenset[int]) -> bool:
    """Sources agree when they share a word token, or both are absent."""
    return (not gold and not pred) or bool(gold & pred)


def pair_contents(gold: Sequence[frozenset[int]], pred: Sequence[frozenset[int]]) -> list[tuple[float, int, int]]:
    """The scorer's pairing: ``(content token F1, gold index, predicted index)``, each gold and each
    prediction used at most once, taken greedily from the highest F1 (overlapping contents only)."""
    pairs = sorted(
        ((_f1(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if g & p), reverse=True
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for overlap, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((overlap, i, j))
    return out


def judge(text: str, gold_ann: str, attributions: Sequence[Attribution]) -> list[bool]:
    """Whether each of ``attributions`` counts as right against the gold standoff ``gold_ann``
    of ``text``: paired with a gold attribution whose content it matches with token F1 >= 0.5,
    the sources agreeing (the headline figure's criterion)."""
    tokens = _Tokens(text)
    golds = [g for g in parse_standoff(gold_ann)[0]]
    gold_content = [tokens.of(g.roles["Content"]) for g in golds]
    gold_source = [tokens.of(g.roles["Source"]) for g in golds]
    keep = [i for i, c in enumerate(gold_content) if c]
    pred_content = [tokens.of([(s.start_char, s.end_char) for s in a.content]) for a in attributions]
    pred_source = [tokens.of([(a.source.start_char, a.source.end_char)] if a.source else []) for a in attributions]
    right = [False] * len(attributions)
    for overlap, i, j in pair_contents([gold_content[i] for i in keep], pred_content):
        right[j] = overlap >= 0.5 and sources_agree(gold_source[keep[i]], pred_source[j])
    return right


@dataclass
class _Counts:
    c: dict[str, float] = field(default_factory=lambda: dict.fromkeys(
        ("gold", "pred", "attr", "exact", "overlap", "soft_p", "soft_r", "src_agree", "src_exact", "cue_exact",
         "direct_gold", "direct_gold_hit", "direct_pred", "direct_pred_hit", "offset_errors", "missing",
         "articles", "speaker_gold", "speaker_hit"), 0))


def gold_files(gold: Path) -> dict[str, Path]:
    """NAME -> the first annotator's ``.ann`` (sorted order) for each text in ``gold/text``."""
    chosen: dict[str, Path] = {}
    for ann in sorted((gold / "attributions").glob("*.ann")):
        name = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        if (gold / "text" / f"{name}.txt").exists():
            chosen.setdefault(name, ann)
    return chosen


def score(gold: str | Path, pred: str | Path, names: set[str] | None = None) -> dict[str, Any]:
    """The figures for predictions ``pred/NAME.ann`` against a PolNeAR-layout ``gold`` folder."""
    gold, pred = Path(gold), Path(pred)
    c = _Counts().c
    for name, ann in sorted(gold_files(gold).items()):
        if names and name not in names:
            continue
        text = (gold / "text" / f"{name}.txt").read_text(encoding="utf-8")
        tokens = _Tokens(text)
        golds, _ = parse_standoff(ann.read_text(encoding="utf-8", errors="replace"))
        pfile = pred / f"{name}.ann"
        preds: list[_Ann] = []
        if pfile.exists():
            preds, raw = parse_standoff(pfile.read_text(encoding="utf-8", errors="replace"))
            for _, segments, written in raw:
                said = " ".join(text[a:b] for a, b in segments)
                if not segments or " ".join(said.split()) != " ".join(written.split()):
                    c["offset_errors"] += 1
        else:
            c["missing"] += 1
        c["articles"] += 1
        G = [({r: tokens.of(a.roles[r]) for r in _ROLES}, tokens.direct(a.roles["Content"]), a.speaker) for a in golds]
        P = [({r: tokens.of(a.roles[r]) for r in _ROLES}, tokens.direct(a.roles["Content"]), a.speaker) for a in preds]
        G = [g for g in G if g[0]["Content"]]
        P = [p for p in P if p[0]["Content"]]
        c["gold"] += len(G)
        c["pred"] += len(P)
        c["direct_gold"] += sum(g[1] for g in G)
        c["direct_pred"] += sum(p[1] for p in P)
        for overlap, i, j in pair_contents([g[0]["Content"] for g in G], [p[0]["Content"] for p in P]):
            (gr, gd, gs), (pr, pd, ps) = G[i], P[j]
            shared = len(gr["Content"] & pr["Content"])
            c["overlap"] += 1
            c["soft_p"] += shared / len(pr["Content"])
            c["soft_r"] += shared / len(gr["Content"])
            c["exact"] += gr["Content"] == pr["Content"]
            agree = sources_agree(gr["Source"], pr["Source"])
            c["src_agree"] += agree
            c["src_exact"] += gr["Source"] == pr["Source"]
            c["cue_exact"] += gr["Cue"] == pr["Cue"]
            if gs:
                c["speaker_gold"] += 1
                c["speaker_hit"] += bool(ps) and _last_word(gs) == _last_word(ps or "")
            if overlap >= 0.5 and agree:
                c["attr"] += 1
                c["direct_gold_hit"] += gd
                c["direct_pred_hit"] += pd
    n = c["overlap"] or 1
    return {
        "articles": c["articles"], "gold": c["gold"], "predicted": c["pred"],
        "missing_predictions": c["missing"], "offset_errors": c["offset_errors"],
        "attribution": _prf(c["attr"], c["pred"], c["attr"], c["gold"]),
        "content_exact": _prf(c["exact"], c["pred"], c["exact"], c["gold"]),
        "content_overlap": _prf(c["overlap"], c["pred"], c["overlap"], c["gold"]),
        "content_soft": _prf(c["soft_p"], c["pred"], c["soft_r"], c["gold"]),
        "source_agree_given_content": round(c["src_agree"] / n, 4),
        "source_exact_given_content": round(c["src_exact"] / n, 4),
        "cue_exact_given_content": round(c["cue_exact"] / n, 4),
        "direct": _prf(c["direct_pred_hit"], c["direct_pred"], c["direct_gold_hit"], c["direct_gold"]),
        "speaker_given_content": round(c["speaker_hit"] / c["speaker_gold"], 4) if c["speaker_gold"] else None,
    }


def format_report(result: dict[str, Any]) -> str:
    """The figures as the shared scorer prints them."""
    lines = [
        f"articles {result['articles']}  gold {result['gold']}  predicted {result['predicted']}"
        f"  missing {result['missing_predictions']}  offset errors {result['offset_errors']}",
        f"{'':18}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for key in ("attribution", "direct", "content_exact", "content_overlap", "content_soft"):
        m = result[key]
        lines.append(f"{key:18}{m['precision']:8.3f}{m['recall']:8.3f}{m['f1']:8.3f}")
    for key in ("source_agree_given_content", "source_exact_given_content", "cue_exact_given_content",
                "speaker_given_content"):
        if result[key] is not None:
            lines.append(f"{key:34}{result[key]:8.3f}")
    return "\n".join(lines)





def predict_gold(gold: str | Path, out: str | Path, *, options: Any = None) -> int:
    """Extract every ``gold/text/NAME.txt`` and write ``out/NAME.ann``; returns the count."""
    from .extract import Extractor
    from .model import Article
    from .writers.brat import write_ann

    gold, out = Path(gold), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    extractor = Extractor.get(options)
    names = sorted(gold_files(gold))
    for name in names:
        text = (gold / "text" / f"{name}.txt").read_text(encoding="utf-8")
        article = extractor(Article(text=text, id=name))
        (out / f"{name}.ann").write_text(write_ann(article), encoding="utf-8")
    return len(names)
__all__ = ["format_report", "gold_files", "parse_standoff", "predict_gold", "score"]
