"""The learned model's decoding and linking (plain arrays), and the shipped ONNX model."""

from __future__ import annotations

import importlib.util

from dataclasses import replace

import numpy
import pytest

from conftest import need
from quotewire.learned import (
    RoleSpan,
    decode_bio,
    decode_role,
    decode_spans,
    kind_of,
    link,
    merge,
    model_dir,
    snap,
    windows,
    word_starts,
)
from quotewire.model import Attribution, Kind, TextSpan, check_offsets, Article


def test_learned_decode_bio_spans() -> None:
    assert decode_bio([0, 1, 2, 2, 0, 1, 1, 2]) == [(1, 4), (5, 6), (6, 8)]
    assert decode_bio([2, 2, 0, 2]) == [(0, 2), (3, 4)]  # a stray I opens a span
    assert decode_bio([]) == []


def test_learned_decode_role_word_level() -> None:
    # "He ann ##ounced it": the continuation follows its word's first piece
    offsets = [(0, 2), (3, 6), (6, 12), (13, 15)]
    starts = word_starts(["he", "ann", "##ounced", "it"])
    assert starts == [True, True, False, True]
    probs = numpy.array([[0.9, 0.05, 0.05], [0.1, 0.8, 0.1], [0.9, 0.05, 0.05], [0.8, 0.1, 0.1]])
    spans = decode_role(probs, offsets, starts, "Cue")
    assert [(s.start, s.end) for s in spans] == [(3, 12)]
    assert spans[0].confidence == pytest.approx(1 - (0.1 + 0.9) / 2)


def test_learned_decode_spans_joins_a_name_split_into_sources() -> None:
    # The tagger opens a source on "Rep." and again on "Gwen": one name, one source;
    # "Trump and Clinton" are two sources, a word apart.  Tags: role (S, C = cue, T = content)
    # and B/I; "-" is outside every span.
    # A source ending a sentence and one opening the next are two ("... said the Minister. He
    # noticed ..."), but a title's or an initialism's period ends no sentence ("U.S. Rep.").
    tagged = (
        "U.S./SB Rep./SB Gwen/SB Moore/SI said/CB the/TB bill/TI would/TI fail./TI "
        "Trump/SB and/- Clinton/SB said/CB nothing/TB would/TI change,/TI said/CB the/SB Minister./SI He/SB"
    ).split()
    roles = {"S": 0, "C": 1, "T": 2}
    words, offsets, at = [], [], 0
    for item in tagged:
        word = item.rsplit("/", 1)[0]
        offsets.append((at, at + len(word)))
        words.append(word)
        at += len(word) + 1
    text = " ".join(words)
    probs = numpy.zeros((len(words), 3, 3))
    probs[:, :, 0] = 1.0  # O everywhere ...
    for k, item in enumerate(tagged):
        tag = item.rsplit("/", 1)[1]
        if tag != "-":  # ... but the tagged role
            probs[k, roles[tag[0]]] = [0.0, 1.0, 0.0] if tag[1] == "B" else [0.0, 0.0, 1.0]
    spans = decode_spans(text, probs, offsets, [True] * len(words))
    assert [text[s.start : s.end] for s in spans if s.role == "Source"] == [
        "U.S. Rep. Gwen Moore",
        "Trump",
        "Clinton",
        "the Minister.",
        "He",
    ]
    assert [text[s.start : s.end] for s in spans if s.role == "Content"] == [
        "the bill would fail.",
        "nothing would change,",
    ]


def test_learned_snap_whole_words() -> None:
    text = "Officials announced it."
    assert snap(text, 12, 17) == (10, 19)
    assert snap(text, 0, 9) == (0, 9)


def test_learned_windows_cover_all_tokens() -> None:
    assert windows(5, 10, 8) == [(0, 5)]
    spans = windows(25, 10, 8)
    assert spans == [(0, 10), (8, 18), (16, 25)]


def test_learned_kind_of() -> None:
    assert kind_of("“We will not.”") == Kind.DIRECT
    assert kind_of("they would “not bend”") == Kind.MIXED
    assert kind_of("they would not bend") == Kind.INDIRECT
    assert kind_of("to triple the state's budget and they don’t mind") == Kind.INDIRECT


def test_learned_link_interrupted_quote_and_offsets() -> None:
    text = "“We will win,” Lavrov said. “They will lose.” Putin thinks it is over."
    spans = [
        RoleSpan("Content", 0, 14, 0.9),
        RoleSpan("Source", 15, 21, 0.8),
        RoleSpan("Cue", 22, 26, 0.8),
        RoleSpan("Content", 28, 45, 0.7),
        RoleSpan("Source", 46, 51, 0.9),
        RoleSpan("Cue", 52, 58, 0.9),
        RoleSpan("Content", 59, 69, 0.6),
    ]
    out = link(text, spans)
    assert len(out) == 2
    first, second = out
    assert [c.text for c in first.content] == ["“We will win,”", "“They will lose.”"]
    assert first.source is not None and first.source.text == "Lavrov"
    assert first.cue is not None and first.cue.text == "said"
    assert first.kind == Kind.DIRECT
    assert first.confidence == pytest.approx(0.8)
    assert second.source is not None and second.source.text == "Putin"
    assert second.content[0].text == "it is over"
    assert second.kind == Kind.INDIRECT
    assert check_offsets(Article(text=text, attributions=tuple(out))) == []


def test_learned_link_unquoted_contents_around_a_cue_are_not_one_statement() -> None:
    # The tagger marked the sentence before the cue as content too: the cue keeps its
    # nearest content, the stray sentence (no cue of its own) is not a statement.
    text = "Taxes rose again this year. Officials said that the budget is balanced."
    spans = [
        RoleSpan("Content", 0, 27, 0.8),
        RoleSpan("Source", 28, 37, 0.9),
        RoleSpan("Cue", 38, 42, 0.9),
        RoleSpan("Content", 43, 71, 0.9),
    ]
    out = link(text, spans)
    assert [[c.text for c in a.content] for a in out] == [["that the budget is balanced."]]
    assert out[0].source is not None and out[0].source.text == "Officials"


def test_learned_link_that_said_is_not_a_cue() -> None:
    # "That said," is a connective: the tagger's content after it is nobody's statement.
    text = "Taxes rose. That said, the budget is balanced. Officials said it is."
    spans = [
        RoleSpan("Source", 12, 16, 0.8),
        RoleSpan("Cue", 17, 21, 0.8),
        RoleSpan("Content", 23, 46, 0.8),
        RoleSpan("Source", 47, 56, 0.9),
        RoleSpan("Cue", 57, 61, 0.9),
        RoleSpan("Content", 62, 67, 0.9),
    ]
    out = link(text, spans)
    assert [(a.cue.text if a.cue else None, a.content[0].text) for a in out] == [("said", "it is")]


def test_learned_merge_rules_first_model_adds() -> None:
    text = "“We will win,” Lavrov said. Putin thinks it is over. Aides say so."
    rule = Attribution(cue=TextSpan.of(text, 22, 26), content=(TextSpan.of(text, 0, 14),), kind=Kind.DIRECT)
    rule_indirect = Attribution(cue=TextSpan.of(text, 34, 40), content=(TextSpan.of(text, 41, 51),))
    dup = Attribution(cue=None, content=(TextSpan.of(text, 1, 12),), kind=Kind.DIRECT, method="model")
    dup_indirect = Attribution(cue=None, content=(TextSpan.of(text, 44, 51),), method="model")
    new = Attribution(cue=None, content=(TextSpan.of(text, 62, 64),), method="model")
    assert merge([rule, rule_indirect], [dup, dup_indirect, new]) == [rule, rule_indirect, new]
    # keeping only the rules' direct quotes lets the model replace their indirect ones
    assert merge([rule, rule_indirect], [dup, dup_indirect], keep_rule_kinds=(Kind.DIRECT,)) == [rule, dup_indirect]


def _need_learned_model() -> None:
    need(importlib.util.find_spec("onnxruntime") is not None, "onnxruntime is not installed (extra 'model')")
    need(importlib.util.find_spec("tokenizers") is not None, "tokenizers is not installed (extra 'model')")
    need((model_dir() / "model.int8.onnx").is_file(), "the learned model is not built")


@pytest.mark.model
def test_learned_shipped_model_exact_offsets() -> None:
    _need_learned_model()
    from quotewire.learned import get_model

    text = (
        "MOSCOW, November 19. Foreign Minister Sergey Lavrov said on Thursday that Russia "
        "would not change its position on Syria. “We will not accept any ultimatums,” he told reporters."
    )
    found = get_model().attributions(text, threshold=0.0)
    assert found, "the model found no attribution in an obvious text"
    article = Article(text=text, attributions=tuple(found))
    assert check_offsets(article) == []
    assert any("Russia would not change" in a.content_text for a in found)


def test_learned_missing_model_is_a_model_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from quotewire.errors import ModelError
    from quotewire.learned import LearnedModel

    with pytest.raises(ModelError):
        LearnedModel(tmp_path)


def test_learned_open_regions_skip_paragraphs_the_rules_read() -> None:
    from quotewire.learned import open_regions

    text = "Lavrov said the talks failed.\nThe aides warned of a storm.\nThey were right.\n\n“We won,” Putin said."
    def span(words: str) -> TextSpan:
        return TextSpan.of(text, text.index(words), text.index(words) + len(words))

    read = Attribution(cue=span("said"), content=(span("the talks failed"),))
    quote = Attribution(cue=span("Putin said"), content=(span("“We won,”"),), kind=Kind.DIRECT)
    regions = open_regions(text, [read, quote], 0.5)
    # the read paragraphs are skipped, and so is one with no word of the cue lexicon
    assert [text[a:b] for a, b in regions] == ["The aides warned of a storm."]
    assert [text[a:b] for a, b in open_regions(text, [], 0.5)] == [
        "Lavrov said the talks failed.\nThe aides warned of a storm.",
        "“We won,” Putin said.",
    ]
    # short lines (quote marks, a credit) start no region of their own, however many there are
    junk = "Lavrov said the talks failed.\n\n" + "“ ” « »\n“unclosed\n" * 50
    assert open_regions(junk, [read], 0.5) == []


def test_learned_additions_only_sourced_unquoted_statements() -> None:
    from quotewire.learned import additions

    text = "Warren railed against the fees. “We will win,” Lavrov said. The fees were high."
    def span(words: str) -> TextSpan:
        return TextSpan.of(text, text.index(words), text.index(words) + len(words))

    sourced = Attribution(cue=span("railed against"), content=(span("the fees"),), source=span("Warren"), method="model")
    quoted = Attribution(cue=span("said"), content=(span("“We will win,”"),), source=span("Lavrov"), kind=Kind.DIRECT, method="model")
    sourceless = Attribution(cue=None, content=(span("The fees were high"),), method="model")
    fragment = Attribution(cue=span("were high"), content=(span("fees were high"),), source=span("The"), method="model")
    assert additions([sourced, quoted, sourceless, fragment]) == [sourced]
    # a quote the rules missed comes in only when the model's score reaches quote_threshold
    unsure, sure = replace(quoted, confidence=0.9), replace(quoted, confidence=0.96)
    assert additions([sourced, unsure, sure], quote_threshold=0.95) == [sourced, sure]


@pytest.mark.model
def test_learned_mode_model_adds_what_the_rules_miss() -> None:
    _need_learned_model()
    from quotewire.extract import Extractor
    from quotewire.settings import DEFAULT_OPTIONS

    text = (
        "“We will not accept any ultimatums,” Foreign Minister Sergey Lavrov told reporters on Thursday.\n\n"
        "The governor is betting that the state can triple the size of its volunteer program and build two new bridges.\n\n"
        "The weather in Moscow was cold and grey."
    )
    rules_only = Extractor.get(DEFAULT_OPTIONS.with_(mode="rules"))(Article(text=text)).attributions
    combined = Extractor.get(DEFAULT_OPTIONS.with_(mode="model"))(Article(text=text)).attributions
    assert check_offsets(Article(text=text, attributions=combined)) == []
    # every rule attribution is kept; the model adds the "is betting that" belief the cue lexicon lacks
    assert set(rules_only) <= set(combined)
    assert not any("triple" in a.content_text for a in rules_only)
    added = [a for a in combined if a.method == "model"]
    assert [(a.source.text if a.source else None, a.kind) for a in added if "triple the size" in a.content_text] == [
        ("The governor", Kind.INDIRECT)
    ]
    assert not any("weather" in a.content_text or "Moscow was" in a.content_text for a in combined)
