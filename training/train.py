"""Fine-tune all-MiniLM-L6-v2 as a token tagger: three BIO heads (Source, Cue, Content).

Reads the windows ``prepare.py`` wrote, trains with a fixed seed on 2 CPU threads, picks
the checkpoint with the best dev token F1 (dev is used for model selection only) and
saves it as ``build/tagger.pt`` (+ ``build/train_log.json``).

Usage: python training/train.py [--steps 1400] [--batch 8] [--lr 1e-4] [--seed 13] [--freeze 3] [--dev-limit 120]

1,400 steps of 8 windows are 2.55 epochs of PolNeAR train (548 steps each): 51 minutes on 2 CPU cores.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn
from transformers import AutoModel

from prepare import encoder_dir

N_ROLES, N_TAGS = 3, 3


class Tagger(nn.Module):
    """MiniLM encoder + one linear layer giving (B, T, 3 roles, 3 tags) logits."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.encoder = AutoModel.from_pretrained(str(folder))
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(self.encoder.config.hidden_size, N_ROLES * N_TAGS)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        logits = self.head(self.dropout(hidden))
        return logits.view(*logits.shape[:2], N_ROLES, N_TAGS)


def batches(data: list[dict], size: int, rng: random.Random | None) -> list[list[dict]]:
    """Batches of windows of similar length (shuffled when ``rng`` is given)."""
    order = sorted(range(len(data)), key=lambda i: len(data[i]["ids"]))
    groups = [[data[i] for i in order[k : k + size]] for k in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(groups)
    return groups


def collate(group: list[dict]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Padded ids, mask and tags (padding tagged -100)."""
    n = max(len(d["ids"]) for d in group)
    ids = torch.zeros((len(group), n), dtype=torch.long)
    mask = torch.zeros((len(group), n), dtype=torch.long)
    tags = torch.full((len(group), n, N_ROLES), -100, dtype=torch.long)
    for k, d in enumerate(group):
        m = len(d["ids"])
        ids[k, :m] = torch.from_numpy(d["ids"])
        mask[k, :m] = 1
        tags[k, :m] = torch.from_numpy(d["tags"])
    return ids, mask, tags


@torch.no_grad()
def dev_f1(model: Tagger, dev: list[dict], batch: int) -> dict[str, float]:
    """Token-level F1 of the inside-a-span decision per role, and their mean."""
    model.eval()
    tp = np.zeros(N_ROLES)
    fp = np.zeros(N_ROLES)
    fn = np.zeros(N_ROLES)
    for group in batches(dev, batch, None):
        ids, mask, tags = collate(group)
        pred = model(ids, mask).argmax(-1)
        valid = tags != -100
        gold_in = (tags > 0) & valid
        pred_in = (pred > 0) & valid
        tp += (gold_in & pred_in).sum((0, 1)).numpy()
        fp += (~gold_in & pred_in & valid).sum((0, 1)).numpy()
        fn += (gold_in & ~pred_in).sum((0, 1)).numpy()
    model.train()
    f1 = 2 * tp / np.maximum(2 * tp + fp + fn, 1)
    out = {role: float(v) for role, v in zip(("source", "cue", "content"), f1)}
    out["mean"] = float(f1.mean())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = Path(__file__).resolve().parent
    parser.add_argument("--build", type=Path, default=here / "build")
    parser.add_argument("--steps", type=int, default=1400)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--eval-every", type=int, default=350)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--freeze", type=int, default=3, help="freeze the embeddings and this many lower layers")
    parser.add_argument("--dev-limit", type=int, default=120, help="score only this many dev windows (0 = all)")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)

    train = pickle.loads((args.build / "train.pkl").read_bytes())
    dev = pickle.loads((args.build / "dev.pkl").read_bytes())
    if args.dev_limit:
        dev = dev[: args.dev_limit]
    model = Tagger(encoder_dir())
    model.train()
    if args.freeze:
        for p in model.encoder.embeddings.parameters():
            p.requires_grad_(False)
        for layer in model.encoder.encoder.layer[: args.freeze]:
            for p in layer.parameters():
                p.requires_grad_(False)
    # Content tokens outnumber the rest; B tags are rare: weight them up a little.
    weight = torch.tensor([1.0, 3.0, 1.0])
    loss_fn = nn.CrossEntropyLoss(weight=weight, ignore_index=-100)
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr, weight_decay=0.01)
    warm = max(1, args.steps // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (args.steps - s) / (args.steps - warm)))
    )
    log: list[dict] = []
    best, best_state = -1.0, None
    step, t0 = 0, time.perf_counter()
    while step < args.steps:
        for group in batches(train, args.batch, rng):
            ids, mask, tags = collate(group)
            logits = model(ids, mask)
            loss = loss_fn(logits.reshape(-1, N_TAGS), tags.reshape(-1))
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 20 == 0 or step <= 3:
                print(f"step {step} loss {loss.item():.4f} {time.perf_counter() - t0:.0f}s", flush=True)
            if step % args.eval_every == 0 or step == args.steps:
                f1 = dev_f1(model, dev, 32)
                entry = {"step": step, "seconds": round(time.perf_counter() - t0), **f1}
                log.append(entry)
                print("dev", json.dumps(entry), flush=True)
                if f1["mean"] > best:
                    best = f1["mean"]
                    best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
                    torch.save(best_state, args.build / "tagger.pt")
            if step >= args.steps:
                break
    (args.build / "train_log.json").write_text(
        json.dumps({"args": {k: str(v) for k, v in vars(args).items()}, "log": log, "best_mean_token_f1": best}, indent=1)
    )
    print(f"done in {time.perf_counter() - t0:.0f}s, best dev mean token F1 {best:.4f}")


if __name__ == "__main__":
    main()
