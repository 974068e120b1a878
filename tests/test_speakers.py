"""Speaker resolution: each statement resolves to one canonical entity of its article.

The cases are small hand-written texts with a source span and the canonical speaker
expected; they run the real spaCy pipeline (the extractor's own parse of the text).
"""

from __future__ import annotations

import pytest

from quotewire import Article, Attribution, SpeakerType, TextSpan
from quotewire.model import check_offsets
from quotewire.speakers import resolve_speakers

pytestmark = pytest.mark.model


def _attribution(text: str, source: str | None, content: str, nth: int = 1) -> Attribution:
    """An attribution whose source is the ``nth`` occurrence of ``source`` in ``text``."""
    c = text.index(content)
    span = None
    if source is not None:
        start = -1
        for _ in range(nth):
            start = text.index(source, start + 1)
        span = TextSpan.of(text, start, start + len(source))
    return Attribution(cue=None, content=(TextSpan.of(text, c, c + len(content)),), source=span)


def _resolve(extractor, text: str, attrs: list[tuple[str | None, str, int]]) -> Article:  # type: ignore[no-untyped-def]
    article = Article(text=text, attributions=tuple(_attribution(text, s, c, n) for s, c, n in attrs))
    out = resolve_speakers(article, extractor.parse(text))
    assert check_offsets(out) == []
    return out


def _name(article: Article, k: int) -> str | None:
    speaker = article.speaker(article.attributions[k].speaker)
    return speaker.name if speaker else None


# (text, [(source, content, occurrence)], index of the attribution checked, expected name)
CASES = [
    pytest.param(
        "Sergey Lavrov met reporters in Moscow. He said the talks would go on.",
        [("He", "the talks would go on", 1)], 0, "Sergey Lavrov", id="pronoun"),
    pytest.param(
        "Angela Merkel arrived in Paris on Monday. “We stand together,” said she.",
        [("she", "“We stand together,”", 1)], 0, "Angela Merkel", id="said-she"),
    pytest.param(
        "Donald Trump spoke in Ohio. Later, Trump said the polls were rigged.",
        [("Trump", "the polls were rigged", 2)], 0, "Donald Trump", id="surname-only"),
    pytest.param(
        "Hillary Clinton visited Florida. Hillary told supporters that the race was close.",
        [("Hillary", "that the race was close", 2)], 0, "Hillary Clinton", id="first-name-only"),
    pytest.param(
        "Russia's foreign minister Sergey Lavrov arrived in Vienna. The minister said that talks on Syria would resume.",
        [("The minister", "that talks on Syria would resume", 1)], 0, "Sergey Lavrov", id="title"),
    pytest.param(
        "Lavrov hopes for unity\n\nMOSCOW, November 19. The head of the Russian foreign Ministry expects that no one will"
        " have to wait for new troubles. “We did not insist,” said Lavrov.",
        [("The head of the Russian foreign Ministry", "that no one will have to wait for new troubles", 1)], 0, "Lavrov",
        id="head-of-x-dateline-lead"),
    pytest.param(
        "Lavrov arrived in Vienna. The talks matter, stressed the Minister of foreign Affairs of the Russian Federation.",
        [("the Minister of foreign Affairs of the Russian Federation", "The talks matter", 1)], 0, "Lavrov",
        id="title-with-capitalised-of-phrase"),
    pytest.param(
        "Lavrov, Russia's foreign minister, said the resolution was ready.",
        [("Lavrov, Russia's foreign minister,", "the resolution was ready", 1)], 0, "Lavrov", id="appositive"),
    pytest.param(
        "Russia's foreign minister Sergey Lavrov said the resolution was ready.",
        [("Russia's foreign minister Sergey Lavrov", "the resolution was ready", 1)], 0, "Sergey Lavrov", id="possessive"),
    pytest.param(
        "Sen. Ted Cruz spoke in Iowa on Friday. The senator said that he would not endorse anyone.",
        [("The senator", "that he would not endorse anyone", 1)], 0, "Ted Cruz", id="the-senator"),
    pytest.param(
        "The Kremlin said the talks had failed.",
        [("The Kremlin", "the talks had failed", 1)], 0, "Kremlin", id="organisation-name"),
    pytest.param(
        "Donald Trump spoke in Ohio. His campaign said the rally was a success.",
        [("His campaign", "the rally was a success", 1)], 0, "Donald Trump campaign", id="his-campaign"),
]


@pytest.mark.parametrize("text, attrs, k, expected", CASES)
def test_speakers_resolve_to_canonical_name(extractor, text, attrs, k, expected) -> None:  # type: ignore[no-untyped-def]
    article = _resolve(extractor, text, attrs)
    assert _name(article, k) == expected


@pytest.mark.parametrize("text, source, content, expected_type", [
    pytest.param("Sergey Lavrov arrived. A source said the talks had failed.", "A source", "the talks had failed",
                 SpeakerType.ANONYMOUS, id="a-source"),
    pytest.param("Sergey Lavrov arrived. Officials said the talks had failed.", "Officials", "the talks had failed",
                 SpeakerType.ANONYMOUS, id="officials"),
    pytest.param("Sergey Lavrov arrived. Western partners said that they did not like the draft.", "Western partners",
                 "that they did not like the draft", SpeakerType.GROUP, id="western-partners"),
    pytest.param("Hillary Clinton spoke in Ohio. Voters said the economy mattered most.", "Voters",
                 "the economy mattered most", SpeakerType.GROUP, id="voters"),
    pytest.param("Hillary Clinton spoke in Ohio. A new poll shows that the race is tied.", "A new poll",
                 "that the race is tied", SpeakerType.DOCUMENT, id="poll"),
])
def test_speakers_anonymous_and_groups_stay_what_they_are(extractor, text, source, content, expected_type) -> None:  # type: ignore[no-untyped-def]
    article = _resolve(extractor, text, [(source, content, 1)])
    speaker = article.speaker(article.attributions[0].speaker)
    assert speaker is not None
    assert speaker.type is expected_type
    assert "Lavrov" not in speaker.name and "Clinton" not in speaker.name


def test_speakers_two_people_with_one_role_are_not_merged(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Indiana Gov. Mike Pence spoke on Friday. New Mexico Gov. Susana Martinez spoke on Saturday. "
            "The Indiana governor said that taxes would fall.")
    article = _resolve(extractor, text, [("The Indiana governor", "that taxes would fall", 1)])
    assert _name(article, 0) == "Mike Pence"


def test_speakers_party_keeps_nominees_apart(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Democratic presidential candidate Hillary Clinton spoke in Ohio. Donald Trump spoke in Iowa. "
            "The Republican presidential nominee said that he would win.")
    article = _resolve(extractor, text, [("The Republican presidential nominee", "that he would win", 1)])
    assert _name(article, 0) == "Donald Trump"


def test_speakers_gender_picks_the_right_person(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Sen. Elizabeth Warren questioned John Stumpf on Tuesday. “You should resign,” she said. "
            "Stumpf said he was sorry.")
    article = _resolve(extractor, text, [("she", "“You should resign,”", 1)])
    assert _name(article, 0) == "Elizabeth Warren"


def test_speakers_sourceless_quote_continues_the_run(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "“We will not give up,” Lavrov said. “The door stays open.”"
    article = _resolve(extractor, text, [("Lavrov", "“We will not give up,”", 1), (None, "“The door stays open.”", 1)])
    assert _name(article, 1) == "Lavrov"
    assert article.attributions[1].confidence < 1.0


def test_speakers_mentions_and_roles_are_collected(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Lavrov hopes for unity\n\nMOSCOW, November 19. The head of the Russian foreign Ministry expects that no one"
            " will wait. He said this in an interview. “We did not insist,” noted the Minister.")
    article = _resolve(extractor, text, [
        ("The head of the Russian foreign Ministry", "that no one will wait", 1),
        ("He", "this", 1),
        ("the Minister", "“We did not insist,”", 1),
    ])
    assert len({a.speaker for a in article.attributions}) == 1
    speaker = article.speaker(article.attributions[0].speaker)
    assert speaker is not None and speaker.name == "Lavrov" and speaker.type is SpeakerType.PERSON
    assert {"Lavrov", "He", "the Minister"} <= {m.text for m in speaker.mentions}
    assert any("head of the Russian foreign Ministry" in r for r in speaker.roles)


def test_speakers_no_attributions_no_speakers(extractor) -> None:  # type: ignore[no-untyped-def]
    article = resolve_speakers(Article(text="Nothing was said."), extractor.parse("Nothing was said."))
    assert article.speakers == ()


def test_speakers_example_article_dateline_and_appositive(extractor) -> None:  # type: ignore[no-untyped-def]
    """examples/sample-article.txt: the dateline place "HARBORVILLE" is never a speaker, the
    appositive name after "the union's chairman," is, and the minister is Elena Marsh throughout."""
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "examples" / "sample-article.txt").read_text(encoding="utf-8")
    article = extractor(Article(text=text))
    by_source = {a.source.text: article.speaker(a.speaker) for a in article.attributions if a.source is not None}
    chairman = by_source["the union's chairman, Tomas Reyes"]  # the apposition is part of the source phrase
    assert chairman is not None and chairman.name == "Tomas Reyes"
    assert by_source["Reyes"] is chairman
    assert all(s.name.lower() != "harborville" for s in article.speakers), [s.name for s in article.speakers]
    assert by_source["she"] is not None and by_source["she"].name == "Elena Marsh"


def test_speakers_sample_article_is_lavrov(extractor, sample_text) -> None:  # type: ignore[no-untyped-def]
    """Every statement of the TASS sample that the extractor attributes to a person is Lavrov's."""
    article = extractor(Article(text=sample_text))
    assert article.attributions
    names = [article.speaker(a.speaker).name if a.speaker else None for a in article.attributions]  # type: ignore[union-attr]
    # Every statement of the article is his (issue 3); reports nested inside his quotes
    # ("Americans have stated that ...") are not separate statements by default.
    assert len(names) >= 25 and all(n and n.endswith("Lavrov") for n in names), names
    persons = {s.name for s in article.speakers if s.type is SpeakerType.PERSON}
    assert persons == {"Lavrov"}, persons


# Regression cases for issue 3 (speaker resolution to >= 0.92): one row per phenomenon.
# (text, [(source, content, occurrence)], index of the attribution checked, expected name)
PHENOMENA = [
    pytest.param(
        "Keith Lamont Scott was shot on Tuesday. Police said Scott had a gun. Rakeyia Scott filmed the encounter."
        " “Don't shoot him,” she says.",
        [("she", "“Don't shoot him,”", 1)], 0, "Rakeyia Scott", id="same-surname-other-given-name"),
    pytest.param(
        "President Obama vetoed the bill. “The rationales are wrong,” said 9/11 widow Terry Strada."
        " She said the families would fight on.",
        [("She", "the families would fight on", 1)], 0, "Terry Strada", id="unisex-given-name-gendered-title"),
    pytest.param(
        "Donald Trump spoke in Ohio. “These are not whistles,” said Rep. Jim Clyburn.\n\nTrump has record low"
        " support from black voters."
        " He said that they should vote for him.",
        [("Rep. Jim Clyburn", "“These are not whistles,”", 1), ("He", "that they should vote for him", 1)], 1,
        "Donald Trump", id="pronoun-follows-last-subject"),
    pytest.param(
        "Ban Ki-moon took office in 2007. It was under Mr. Ban's watch that the General Assembly established"
        " U.N. Women, which promotes equality. He said the work was not done.",
        [("He", "the work was not done", 1)], 0, "Ban Ki-moon", id="acronym-organisation-is-no-person"),
    pytest.param(
        "Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony, said it moved her."
        " She said the museum was overdue.",
        [("who", "it moved her", 1), ("She", "the museum was overdue", 1)], 1, "Donna Sampson Rawlings",
        id="relative-who-skips-the-place"),
    pytest.param(
        "A report released by the Department of Veterans Affairs found gaps. Calls to VA's hotline went"
        " unanswered. The agency said it would hire more staff.",
        [("The agency", "it would hire more staff", 1)], 0, "Department of Veterans Affairs",
        id="acronym-and-the-agency"),
    # round 4
    pytest.param(
        "HARBORVILLE, March 3. Transport Minister Elena Marsh said talks had stalled. The people of Harborville"
        " are tired. According to the union's chairman, Tomas Reyes, the offer does nothing for the night shifts.",
        [("the union's chairman", "the offer does nothing for the night shifts", 1)], 0, "Tomas Reyes",
        id="dateline-place-is-no-person:appositive-name-wins"),
    pytest.param(
        "The Senate Judiciary Committee heard Melba Acosta on Monday. Puerto Rico faces a default, and Puerto Rico"
        " has no access to bankruptcy courts. She said the island needed help.",
        [("She", "the island needed help", 1)], 0, "Melba Acosta", id="place-is-never-she"),
    # round 5
    pytest.param(
        "President Bill Clinton signed the law in 1996. Years later Mrs. Clinton defended it in Ohio."
        " She said the law had worked.",
        [("She", "the law had worked", 1)], 0, "Clinton", id="honorific-gender-keeps-same-surname-apart"),
    pytest.param(
        "Paul Hale spoke at the rally. The Ledger editor, Ana Ruiz, praised the speech on Monday."
        " The editor said the paper would endorse him.",
        [("The editor", "the paper would endorse him", 1)], 0, "Ana Ruiz", id="role-subject-with-appositive-name"),
    pytest.param(
        "Hillary Clinton, the former secretary of State, spoke in Ohio on Monday. The former first lady said"
        " that she would win the state.",
        [("The former first lady", "that she would win the state", 1)], 0, "Hillary Clinton",
        id="former-role-and-secretary-of-state"),
    pytest.param(
        "Dana Whitfield met Trump in Ohio. She said she was tired, and she said she would leave early."
        " For that, He thanked the crowd.",
        [("He", "the crowd", 1)], 0, "Trump", id="pronouns-settle-gender"),
    pytest.param(
        "Tyra McAllister runs the shelter. “We are full every night,” McAlister said.",
        [("McAlister", "“We are full every night,”", 1)], 0, "Tyra McAllister", id="misspelt-surname"),
    pytest.param(
        "Frank Dale and Eric Brooks toured the plant on Friday. Dale let Brooks speak first, and then he"
        " said that taxes were too high.",
        [("he", "that taxes were too high", 3)], 0, "Frank Dale", id="main-clause-subject-keeps-focus"),
    pytest.param(
        "Ann Cole, the editor, told Ms. Ruth Bell that her column was late. The paper said it would send"
        " Ms. Bell to Texas. She declined the trip.",
        [("She", "declined the trip", 1)], 0, "Ruth Bell", id="old-subject-loses-focus"),
    pytest.param(
        "Former Secretary of State Hillary Clinton said the campaign would respond.",
        [("Former Secretary of State Hillary Clinton", "the campaign would respond", 1)], 0, "Hillary Clinton",
        id="secretary-of-a-department-then-the-name"),
]


@pytest.mark.parametrize("text, attrs, k, expected", PHENOMENA)
def test_speakers_phenomena(extractor, text, attrs, k, expected) -> None:  # type: ignore[no-untyped-def]
    article = _resolve(extractor, text, attrs)
    assert _name(article, k) == expected


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The American Federation of Teachers said that the plan would hurt schools.", "The American Federation of Teachers",
     "that the plan would hurt schools"),
    ("Reform is overdue, the Florida Democratic Black Caucus said on Monday.", "the Florida Democratic Black Caucus",
     "Reform is overdue"),
    ("The United Nations said that the camps were full.", "The United Nations", "that the camps were full"),
])
def test_speakers_organisation_head_nouns(extractor, text: str, source: str, content: str) -> None:  # type: ignore[no-untyped-def]
    """Names ending in an organisation's head noun (federation, caucus, nations) are no persons."""
    out = _resolve(extractor, text, [(source, content, 1)])
    speaker = out.speaker(out.attributions[0].speaker)
    assert speaker is not None and speaker.type is SpeakerType.ORGANISATION, speaker


def test_speakers_unparsed_paragraph_source_head(extractor) -> None:  # type: ignore[no-untyped-def]
    """A source in a paragraph the extractor did not parse still has its noun as head."""
    text = "Sen. Jane Hollis spoke in Concord on Monday. The senator is betting that voters will back her."
    doc = extractor.nlp.make_doc(text)  # tokens only, as for a paragraph the extractor skips
    article = Article(text=text, attributions=(_attribution(text, "The senator", "that voters will back her"),))
    assert _name(resolve_speakers(article, doc), 0) == "Jane Hollis"


# Real articles of the gold set (data/speakers-gold, PolNeAR text from ../shared), one per
# phenomenon fixed in rounds 3 and 4; each row: (gold file stem prefix, misses allowed). The allowance
# is what the resolver gets wrong today (before round 3: 7, 7, 1 and 4 misses), a ratchet;
# "Mr. Ban" guards the one-word-name rule ("Trump" is not "Trump Train", but "Mr. Ban" is "Ban Ki-moon").
GOLD_ARTICLES = [
    pytest.param("breitbart_2016-05-04_ann-coulter", 0, id="exact-name-beats-partial:Trump-Train"),
    pytest.param("politico_2016-05-05_paul-ryan-says", 2, id="party-description:the-Wisconsin-Republican"),
    pytest.param("huff-post_2015-12-20_why-the-democratic", 0, id="hyphen-adjective:Sanders-linked"),
    pytest.param("usa-today_2015-12-29_syrians-find", 1, id="place-after-locative:Clarkston"),
    pytest.param("nyt_2016-09-20_examining-the-u-n", 0, id="honorific-family-name:Mr-Ban"),
    # round 4 (misses before it: 4, 1)
    pytest.param("usa-today_2016-07-25_sanders-endorsement", 0, id="mentions-count-once-per-sentence:Sanders"),
    pytest.param("nyt_2015-12-01_puerto-rican-bank", 0, id="place-is-never-she:Puerto-Rico"),
]


def _gold_pairs(text: str, ann_text: str) -> tuple[list[Attribution], dict[tuple[int, int], str]]:
    """The gold attributions of a speakers-gold file and its speaker notes by source offsets."""
    spans: dict[str, tuple[int, int]] = {}
    notes: dict[str, str] = {}
    attrs = []
    lines = ann_text.splitlines()
    for line in lines:
        parts = line.split("\t")
        if line.startswith("T"):
            segs = [tuple(map(int, s.split())) for s in parts[1].split(" ", 1)[1].split(";")]
            spans[parts[0]] = (min(a for a, _ in segs), max(b for _, b in segs))
        elif line.startswith("#"):
            notes[parts[1].split()[1]] = parts[2].split(":", 1)[1].strip()
    wanted = {spans[t]: name for t, name in notes.items()}
    for line in lines:
        if line.startswith("E"):
            args = dict(a.split(":", 1) for a in line.split("\t")[1].split())
            c, s = spans[args["Content"]], spans.get(args.get("Source", ""))
            attrs.append(Attribution(cue=None, content=(TextSpan.of(text, *c),),
                                     source=TextSpan.of(text, *s) if s else None))
    return attrs, wanted


@pytest.mark.parametrize(("prefix", "allowed"), GOLD_ARTICLES)
def test_speakers_gold_articles(extractor, shared_dir, prefix: str, allowed: int) -> None:  # type: ignore[no-untyped-def]
    """Every labelled source of the article resolves to the gold speaker (scorer's last word)."""
    from pathlib import Path

    gold = Path(__file__).resolve().parents[1] / "data" / "speakers-gold"
    ann = next(gold.glob(f"{prefix}*.ann"))
    name = ann.stem.rsplit("_", 1)[0]
    text_path = next((shared_dir / "data" / "polnear").glob(f"*/text/{name}.txt"))
    text = text_path.read_text(encoding="utf-8")
    attrs, wanted = _gold_pairs(text, ann.read_text(encoding="utf-8"))
    out = resolve_speakers(Article(text=text, attributions=tuple(attrs)), extractor.parse(text))

    def last(n: str | None) -> str:
        return (n or "").replace("-", " ").split()[-1].casefold() if n else ""

    got = {}
    for a in out.attributions:
        if a.source is not None and (a.source.start_char, a.source.end_char) in wanted:
            sp = out.speaker(a.speaker)
            got[(a.source.start_char, a.source.end_char)] = sp.name if sp else None
    wrong = {k: (wanted[k], got.get(k)) for k in wanted if last(got.get(k)) != last(wanted[k])}
    assert len(wanted) >= 3 and len(wrong) <= allowed, wrong


@pytest.mark.slow
def test_speakers_gold_set_accuracy(extractor, shared_dir) -> None:  # type: ignore[no-untyped-def]
    """Issue 3's target on the whole gold set (data/speakers-gold, 638 labelled mentions):
    at least 92 % of the labelled sources resolve to the gold speaker, measured exactly as
    ``benchmarks/bench_speakers.py`` does (its resolver-only figure)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_speakers.py"
    spec = importlib.util.spec_from_file_location("bench_speakers", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    counts, _ = bench.resolver_only(extractor, show_errors=False)
    right = sum(r for r, _ in counts.values())
    total = sum(t for _, t in counts.values())
    assert total >= 600, counts
    assert right / total >= 0.92, f"{right}/{total} = {right / total:.4f}"
