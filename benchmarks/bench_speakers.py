"""Speaker resolution on the project's gold set (``data/speakers-gold``) and the TASS sample.

Prints four things:

1. the shared scorer's table (``../shared/eval/score.py``) for full extraction over the
   gold-set articles: the figure is ``speaker_given_content`` (it depends on the extractor
   finding the gold contents);
2. a resolver-only figure: the gold Source/Cue/Content spans of each article are fed as
   attributions straight into :func:`quotewire.speakers.resolve_speakers` and the speaker
   names compared with the gold notes (same last word, case folded, as the scorer does);
3. the sample article: how many attributions resolve to Lavrov;
4. the resolution step's share of total extraction time.

Run from the repository root::

    python benchmarks/bench_speakers.py            # everything
    python benchmarks/bench_speakers.py --errors   # also list the resolver-only misses
    python benchmarks/bench_speakers.py --propose OUT.tsv --split dev
        # proposals for new gold labels (to be checked by reading each context)

PolNeAR texts are read from ``../shared`` at run time and never copied into the tree.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
POLNEAR = SHARED / "data" / "polnear"
GOLD = REPO / "data" / "speakers-gold"
SAMPLE = SHARED / "samples" / "tass-lavrov-2015-11-19.txt"

sys.path.insert(0, str(REPO / "src"))

from quotewire import Article, Attribution, Extractor, TextSpan  # noqa: E402
from quotewire.speakers import resolve_speakers  # noqa: E402
from quotewire.writers.brat import write_ann  # noqa: E402

_NOTE = re.compile(r"#\d+\tAnnotatorNotes (T\d+)\tspeaker:\s*(.*\S)")


def last_word(name: str | None) -> str:
    """The scorer's person key: the last word of a name, case folded."""
    words = re.findall(r"\w+", (name or "").casefold())
    return words[-1] if words else ""


def read_ann(path: Path) -> tuple[dict[str, tuple[str, list[tuple[int, int]], str]], list[dict[str, str]], dict[str, str]]:
    """T spans, E argument maps and speaker notes of one brat file."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    notes: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _NOTE.match(line)
        if m:
            notes[m.group(1)] = m.group(2)
            continue
        parts = line.split("\t")
        if line.startswith("T") and len(parts) == 3:
            kind, segs = parts[1].split(" ", 1)
            spans[parts[0]] = (kind, [(int(a), int(b)) for a, b in (s.split() for s in segs.split(";"))], parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            args = dict(a.split(":", 1) for a in parts[1].split())
            args["id"] = parts[0]
            events.append({re.sub(r"\d+$", "", k): v for k, v in args.items()})
    return spans, events, notes


def polnear_file(name: str) -> tuple[Path, Path]:
    """The text and the first (sorted) gold .ann of a PolNeAR article, train or dev."""
    for split in ("train", "dev"):
        text = POLNEAR / split / "text" / f"{name}.txt"
        if text.exists():
            anns = sorted((POLNEAR / split / "attributions").glob(f"{name}_*.ann"))
            return text, anns[0]
    raise FileNotFoundError(name)


def gold_attributions(text: str, ann: Path) -> list[tuple[tuple[int, int] | None, Attribution]]:
    """Every attribution of a PolNeAR .ann as an :class:`Attribution` (key: source offsets)."""
    spans, events, _ = read_ann(ann)
    out = []
    for ev in events:
        content = [TextSpan.of(text, a, b) for ref in [ev.get("Content")] if ref in spans for a, b in spans[ref][1]]
        if not content:
            continue
        src = cue = None
        key = None
        if ev.get("Source") in spans:
            segs = spans[ev["Source"]][1]
            src = TextSpan.of(text, segs[0][0], segs[-1][1])
            key = (segs[0][0], segs[-1][1])
        if ev.get("Cue") in spans:
            segs = spans[ev["Cue"]][1]
            cue = TextSpan.of(text, segs[0][0], segs[-1][1])
        out.append((key, Attribution(cue=cue, content=tuple(content), source=src)))
    return out


def split_of(name: str) -> str:
    """The PolNeAR split ("train" or "dev") an article comes from."""
    return polnear_file(name)[0].parent.parent.name


def resolver_only(extractor: Extractor, show_errors: bool) -> tuple[dict[str, tuple[int, int]], float]:
    """Feed gold spans to the resolver; per split, (right, total) gold speaker notes."""
    counts: dict[str, list[int]] = {}
    seconds = 0.0
    for ann in sorted(GOLD.glob("*.ann")):
        name = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        text_path, polnear_ann = polnear_file(name)
        text = text_path.read_text(encoding="utf-8")
        part = counts.setdefault(split_of(name), [0, 0])
        spans, events, notes = read_ann(ann)
        wanted = {}
        for ev in events:
            src = ev.get("Source")
            if src in notes:
                segs = spans[src][1]
                wanted[(segs[0][0], segs[-1][1])] = notes[src]
        pairs = gold_attributions(text, polnear_ann)
        article = Article(text=text, attributions=tuple(a for _, a in pairs))
        doc = extractor.parse(text)
        t0 = time.perf_counter()
        resolved = resolve_speakers(article, doc)
        seconds += time.perf_counter() - t0
        done = set()
        for (key, _), attr in zip(pairs, resolved.attributions):
            if key not in wanted or key in done:
                continue
            done.add(key)
            part[1] += 1
            speaker = resolved.speaker(attr.speaker)
            got = speaker.name if speaker else None
            ok = last_word(got) == last_word(wanted[key])
            part[0] += ok
            if show_errors and not ok:
                a, b = key
                ctx = text[max(0, a - 160) : a].replace("\n", " ")
                print(f"  MISS {name} {a}: …{ctx}[[{text[a:b]}]] gold={wanted[key]!r} got={got!r}")
    return {k: (v[0], v[1]) for k, v in sorted(counts.items())}, seconds


def full_pipeline(extractor: Extractor) -> str:
    """Extract the gold-set articles, write predictions, run the shared scorer; its output."""
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold"
        pred = Path(tmp) / "pred"
        (gold / "text").mkdir(parents=True)
        (gold / "attributions").mkdir()
        pred.mkdir()
        for ann in sorted(GOLD.glob("*.ann")):
            name = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
            text_path, _ = polnear_file(name)
            (gold / "text" / f"{name}.txt").symlink_to(text_path)
            (gold / "attributions" / ann.name).symlink_to(ann)
            article = extractor(Article(text=text_path.read_text(encoding="utf-8"), id=name))
            (pred / f"{name}.ann").write_text(write_ann(article), encoding="utf-8")
        result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(gold), "--pred", str(pred)],
                                capture_output=True, text=True, check=True)
        return result.stdout


def sample_line(extractor: Extractor) -> str:
    """How many of the sample article's attributions resolve to Lavrov."""
    article = extractor(Article(text=SAMPLE.read_text(encoding="utf-8")))
    names = [(article.speaker(a.speaker).name if a.speaker else None) for a in article.attributions]
    lavrov = sum(1 for n in names if n and last_word(n) == "lavrov")
    others = sorted({str(n) for n in names if not (n and last_word(n) == "lavrov")})
    return f"sample article: {lavrov}/{len(names)} attributions resolved to Lavrov; others: {others}"


def time_share(extractor: Extractor, repeats: int = 1) -> str:
    """Time of ``resolve_speakers`` as a share of the whole extraction, over the gold-set articles."""
    texts = [polnear_file(re.sub(r"_[0-9a-f]{4}$", "", a.stem))[0].read_text(encoding="utf-8") for a in sorted(GOLD.glob("*.ann"))]
    texts.append(SAMPLE.read_text(encoding="utf-8"))
    extract_module = sys.modules["quotewire.extract"]  # (the package exports a function of that name)

    spent = 0.0
    real = extract_module.resolve_speakers

    def timed(article: Article, doc):  # type: ignore[no-untyped-def]
        nonlocal spent
        t0 = time.perf_counter()
        out = real(article, doc)
        spent += time.perf_counter() - t0
        return out

    extract_module.resolve_speakers = timed  # the name the extractor calls
    try:
        t0 = time.perf_counter()
        for _ in range(repeats):
            for text in texts:
                extractor(Article(text=text))
        total = time.perf_counter() - t0
    finally:
        extract_module.resolve_speakers = real
    return (f"time share: resolve_speakers {spent:.2f} s of {total:.2f} s extraction over {len(texts) * repeats} articles"
            f" = {100 * spent / total:.1f} %")


def propose(out: Path, splits: list[str], extractor: Extractor, every: int = 1, first: int = 0) -> None:
    """Proposed labels for pronoun/title/description sources, with context, for review.

    ``every`` keeps every n-th article of a split from the ``first`` (in name order, so spread
    over the outlets).
    """
    from collections import OrderedDict

    titles = {line.split("\t")[0] for line in (REPO / "src/quotewire/data/titles.txt").read_text().splitlines() if line and line[0] != "#"}
    orgs = {"campaign", "administration", "ministry", "department", "company", "agency", "committee", "office", "firm"}
    rows = []
    for split in splits:
        chosen: OrderedDict[str, Path] = OrderedDict()
        for ann in sorted((POLNEAR / split / "attributions").glob("*.ann")):
            chosen.setdefault(re.sub(r"_[0-9a-f]{4}$", "", ann.stem), ann)
        for name, ann in list(chosen.items())[first::every]:
            text = (POLNEAR / split / "text" / f"{name}.txt").read_text(encoding="utf-8")
            pairs = gold_attributions(text, ann)
            picked = []
            for key, attr in pairs:
                if key is None or attr.source is None:
                    continue
                s = attr.source.text.strip()
                low = s.lower()
                words = low.split()
                head = low.split(" of ")[0].split()[-1] if words else ""
                kind = None
                if low in ("he", "she", "him", "his", "her"):
                    kind = "pronoun"
                elif len(words) <= 7 and words[0] in ("the", "his", "her") and head in titles and head not in ("man", "woman"):
                    kind = "title"
                elif len(words) <= 5 and words[0] in ("the", "his", "her") and head in orgs and not any(
                        w[:1].isupper() for w in s.split()[1:-1] if w.lower() not in ("campaign",)) or re.fullmatch(r"(the|his|her) campaign", low):
                    kind = "organisation"
                if kind:
                    picked.append((key, kind))
            if not picked:
                continue
            article = Article(text=text, attributions=tuple(a for _, a in pairs))
            resolved = resolve_speakers(article, extractor.parse(text))
            got = {}
            for (key, _), a in zip(pairs, resolved.attributions):
                sp = resolved.speaker(a.speaker)
                got.setdefault(key, sp.name if sp else "")
            seen = set()
            for key, kind in picked:
                if key in seen:
                    continue
                seen.add(key)
                a, b = key
                ctx = text[max(0, a - 300) : a].replace("\n", " ¶ ").replace("\t", " ")
                rows.append("\t".join([split, name, f"{a}", f"{b}", kind, text[a:b], got.get(key, ""), ctx]))
    out.write_text("split\tname\tstart\tend\tkind\tsource\tproposal\tcontext\n" + "\n".join(rows) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", action="store_true", help="list the resolver-only misses")
    ap.add_argument("--propose", type=Path, help="write proposals for new gold labels to this TSV and stop")
    ap.add_argument("--split", action="append", default=None, help="PolNeAR split(s) for --propose")
    ap.add_argument("--every", type=int, default=1, help="with --propose: every n-th article of the split")
    ap.add_argument("--first", type=int, default=0, help="with --propose --every: index of the first article kept")
    ap.add_argument("--skip-full", action="store_true", help="skip the full-extraction scorer run")
    args = ap.parse_args()
    extractor = Extractor.get()
    if args.propose:
        propose(args.propose, args.split or ["dev"], extractor, args.every, args.first)
        return 0
    parts, seconds = resolver_only(extractor, args.errors)
    hits, total = sum(h for h, _ in parts.values()), sum(t for _, t in parts.values())
    for split, (h, t) in parts.items():
        print(f"resolver-only (gold source spans), {split} part: speaker {h}/{t} = {h / max(t, 1):.4f}")
    print(f"resolver-only (gold source spans), all: speaker {hits}/{total} = {hits / max(total, 1):.4f}"
          f"  ({seconds:.2f} s in resolve_speakers)")
    if not args.skip_full:
        print("full extraction, shared scorer:")
        print(full_pipeline(extractor), end="")
    print(sample_line(extractor))
    print(time_share(extractor))
    return 0


if __name__ == "__main__":
    sys.exit(main())
