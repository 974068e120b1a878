"""Confidences: each statement's confidence is the dev precision of statements made the same way."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from quotewire.confidence import band_confidence, calibrate, monotone, rule_confidence, rule_table
from quotewire.learned import model_dir
from quotewire.model import Article, Attribution, Kind, TextSpan

TEXT = "“We will win,” Lavrov said. Officials urged calm."


def _span(words: str) -> TextSpan:
    return TextSpan.of(TEXT, TEXT.index(words), TEXT.index(words) + len(words))


def test_confidence_table_is_shipped_and_holds_precisions() -> None:
    table = rule_table()
    assert table, "data/confidence.json is missing: run training/calibrate_confidence.py"
    values = [v for row in table["rules"].values() for v in row.values()] + list(table["default"].values())
    assert values and all(0.0 < v < 1.0 for v in values)
    # measured, not assumed: direct quotes with a cue after them beat reporting verbs with an object
    assert table["rules"]["rules:direct-after"]["sourced"] > table["rules"]["rules:indirect-object"]["sourced"]
    # and a statement without a source is right far less often than one with a source
    assert table["default"]["unsourced"] < table["default"]["sourced"]


def test_confidence_calibrate_sets_rule_precision_and_leaves_others() -> None:
    direct = Attribution(cue=_span("said"), content=(_span("“We will win,”"),), source=_span("Lavrov"),
                         kind=Kind.DIRECT, confidence=0.2, method="rules:direct-after")
    unknown_rule = Attribution(cue=_span("urged"), content=(_span("calm"),), confidence=0.2, method="rules:something-new")
    learned = Attribution(cue=_span("urged"), content=(_span("calm"),), source=_span("Officials"), confidence=0.42, method="model")
    out = calibrate([direct, unknown_rule, learned])
    table = rule_table()
    assert out[0].confidence == table["rules"]["rules:direct-after"]["sourced"]
    assert out[1].confidence == table["default"]["unsourced"]  # an unmeasured rule gets the rules' average
    assert out[2] == learned and rule_confidence(learned) is None


def test_confidence_band_of_model_scores() -> None:
    bins = [[0.7, 0.4], [0.8, 0.5], [0.9, 0.78]]
    assert band_confidence(0.72, bins) == 0.4
    assert band_confidence(0.8, bins) == 0.5
    assert band_confidence(0.97, bins) == 0.78
    assert band_confidence(0.5, bins) == 0.5  # below every band: the raw score


@pytest.mark.model
def test_confidence_min_confidence_drops_the_less_reliable_kinds() -> None:
    from quotewire.extract import Extractor
    from quotewire.settings import DEFAULT_OPTIONS

    text = (
        "“We will not accept any ultimatums,” Foreign Minister Sergey Lavrov told reporters on Thursday.\n\n"
        "The senator urged voters to reject the measure."
    )
    everything = Extractor.get(DEFAULT_OPTIONS)(Article(text=text)).attributions
    methods = {a.method for a in everything}
    assert {"rules:direct-after", "rules:indirect-object"} <= methods
    cut = rule_table()["rules"]["rules:indirect-object"]["sourced"] + 0.01
    kept = Extractor.get(DEFAULT_OPTIONS.with_(min_confidence=cut))(Article(text=text)).attributions
    assert [a.method for a in kept] == ["rules:direct-after"]
    assert all(a.confidence >= cut for a in kept)
    # the senator spoke only in the dropped statement: no longer listed as a speaker
    article = Extractor.get(DEFAULT_OPTIONS.with_(min_confidence=cut))(Article(text=text))
    assert [s.name for s in article.speakers] == ["Sergey Lavrov"]
    assert len(Extractor.get(DEFAULT_OPTIONS)(Article(text=text)).speakers) == 2


def test_confidence_table_support_counts_are_recorded() -> None:
    raw = json.loads(resources.files("quotewire").joinpath("data", "confidence.json").read_text(encoding="utf-8"))
    assert set(raw["support"]) == set(raw["rules"])
    assert sum(n for row in raw["support"].values() for n in row.values()) > 1000


def test_confidence_monotone_pools_violating_bands() -> None:
    # a band measured below the one before it is pooled with it, weighted by the counts
    assert monotone([0.38, 0.48, 0.58, 0.55, 0.75, 0.67], [56, 40, 43, 27, 12, 8]) == pytest.approx(
        [0.38, 0.48, (0.58 * 43 + 0.55 * 27) / 70, (0.58 * 43 + 0.55 * 27) / 70, (0.75 * 12 + 0.67 * 8) / 20, (0.75 * 12 + 0.67 * 8) / 20]
    )
    # pooling cascades back to the first band
    assert monotone([0.5, 0.9, 0.3, 0.2], [1, 1, 1, 1]) == pytest.approx([0.475] * 4)
    assert monotone([0.1, 0.2], [1, 1]) == [0.1, 0.2]
    assert monotone([], []) == []


def test_confidence_shipped_model_bands_never_fall() -> None:
    bins = json.loads((model_dir() / "config.json").read_text(encoding="utf-8"))["confidence_bins"]
    precisions = [p for _, p in bins]
    assert precisions == sorted(precisions)

