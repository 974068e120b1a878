"""Export the trained tagger to ONNX, quantise it to int8 and install it in the package.

Writes ``src/quotewire/models/minilm-tagger/``: ``model.int8.onnx`` (input_ids,
attention_mask -> probs (batch, tokens, 3 roles, 3 tags: O/B/I)), ``tokenizer.json``
and ``config.json`` (window sizes, role names, the calibrated threshold when
``calibrate.py`` has run).

Usage: python training/export.py [--build training/build]
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import torch
from onnxruntime.quantization import QuantType, quantize_dynamic

from prepare import MAX_LEN, ROLES, STRIDE, encoder_dir
from train import Tagger

NAME = "minilm-tagger"


class WithSoftmax(torch.nn.Module):
    """The tagger with probabilities as its output."""

    def __init__(self, tagger: Tagger) -> None:
        super().__init__()
        self.tagger = tagger

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.tagger(input_ids, attention_mask), dim=-1)


def main() -> None:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, default=here / "build")
    parser.add_argument("--out", type=Path, default=here.parent / "src" / "quotewire" / "models" / NAME)
    args = parser.parse_args()
    torch.set_num_threads(2)
    tagger = Tagger(encoder_dir())
    tagger.load_state_dict(torch.load(args.build / "tagger.pt"))
    tagger.eval()
    model = WithSoftmax(tagger).eval()
    ids = torch.ones((1, 16), dtype=torch.long)
    mask = torch.ones((1, 16), dtype=torch.long)
    fp32 = args.build / "model.fp32.onnx"
    torch.onnx.export(
        model,
        (ids, mask),
        str(fp32),
        input_names=["input_ids", "attention_mask"],
        output_names=["probs"],
        dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"}, "probs": {0: "batch", 1: "tokens"}},
        opset_version=17,
        dynamo=False,
    )
    args.out.mkdir(parents=True, exist_ok=True)
    quantize_dynamic(str(fp32), str(args.out / "model.int8.onnx"), weight_type=QuantType.QInt8)
    shutil.copy(encoder_dir() / "tokenizer.json", args.out / "tokenizer.json")
    config_path = args.out / "config.json"
    config = json.loads(config_path.read_text()) if config_path.is_file() else {}
    config.update({"name": NAME, "roles": list(ROLES), "tags": ["O", "B", "I"], "max_len": MAX_LEN, "stride": STRIDE})
    config.setdefault("threshold", 0.5)
    config_path.write_text(json.dumps(config, indent=1) + "\n")
    print(f"wrote {args.out}: " + ", ".join(f"{p.name} {p.stat().st_size / 1e6:.1f} MB" for p in sorted(args.out.iterdir())))


if __name__ == "__main__":
    main()
