"""The attribution rules (``quotewire_attributions``) on the real pipeline: who said what.

Table-driven: each case is a short text and the attributions it must yield, written as
(kind, source, cue, content spans). A case checks that each expected attribution is found
exactly (source, cue and every content span), not that nothing else is.
"""

from __future__ import annotations

import pytest

from quotewire.lexicon import cue_lexicon, inflect
from quotewire.model import Article, Attribution, check_offsets

Expected = tuple[str, str | None, str, tuple[str, ...]]


def _as_tuple(a: Attribution) -> Expected:
    return (
        str(a.kind),
        a.source.text if a.source else None,
        a.cue.text if a.cue else "",
        tuple(c.text for c in a.content),
    )


def _run(extractor, text: str) -> list[Expected]:  # type: ignore[no-untyped-def]
    article = extractor(Article(text=text))
    assert check_offsets(article) == []
    return [_as_tuple(a) for a in article.attributions]


def _check(extractor, text: str, expected: list[Expected], forbidden: list[tuple[str, str]] = ()) -> None:  # type: ignore[no-untyped-def,assignment]
    """Every expected attribution is found, and no forbidden (cue, content) pair is (a content span
    of that exact text: "not X" may still allow a longer content that contains X)."""
    found = _run(extractor, text)
    for item in expected:
        assert item in found, f"{item} not in {found}"
    for cue, content in forbidden:
        assert not any(f[2] == cue and content in f[3] for f in found), f"{cue!r} reported {content!r}: {found}"


TYPOGRAPHY = [
    ("“We will win,” he said.", [("direct", "he", "said", ("“We will win,”",))]),
    ('"We will win," Lavrov said.', [("direct", "Lavrov", "said", ('"We will win,"',))]),
    ("«We will win», said Lavrov.", [("direct", "Lavrov", "said", ("«We will win»",))]),
    ("„We will win“, the minister said.", [("direct", "the minister", "said", ("„We will win“",))]),
    ("''We will win,'' Mr. Smith said.", [("direct", "Mr. Smith", "said", ("''We will win,''",))]),
    (
        "“He told me ‘never again’ and left,” she said.",
        [("direct", "she", "said", ("“He told me ‘never again’ and left,”",))],
    ),
    (
        "“He told me 'never again' and left,” she said.",
        [("direct", "she", "said", ("“He told me 'never again' and left,”",))],
    ),
    (  # a possessive apostrophe in the lead-in is no quote mark
        "Clinton responded to Vargas’ question on Facebook writing, “Yes, I will. That was a poor choice of words.”",
        [("direct", "Clinton", "responded", ("“Yes, I will. That was a poor choice of words.”",))],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), TYPOGRAPHY)
def test_attributions_direct_typographies(extractor, text: str, expected: list[Expected]) -> None:  # type: ignore[no-untyped-def]
    _check(extractor, text, expected)


POSITIONS = [
    # after the quote, subject-verb and inverted
    ("“We are ready to work with them,” said the Minister.", [("direct", "the Minister", "said", ("“We are ready to work with them,”",))]),
    # before the quote: colon forms
    ("Lavrov said: “We are ready to work with them.”", [("direct", "Lavrov", "said", ("“We are ready to work with them.”",))]),
    ("The senator told reporters: “We will not vote for this bill.”", [("direct", "The senator", "told", ("“We will not vote for this bill.”",))]),
    ("The president told reporters, “We will not vote for this bill.”", [("direct", "The president", "told", ("“We will not vote for this bill.”",))]),
    # headline style
    ("Clinton: “Our goal is to defeat and destroy ISIS.”", [("direct", "Clinton", ":", ("“Our goal is to defeat and destroy ISIS.”",))]),
    (  # the quote opens a statement that goes on after it
        "Ryan: ‘Anti-Semitic Images’ Have ‘No Place In A Presidential Campaign.’\n\nThe speaker spoke on Tuesday.",
        [("mixed", "Ryan", ":", ("‘Anti-Semitic Images’ Have ‘No Place In A Presidential Campaign.’",))],
    ),
    # inside the quote: the English comma form, one attribution with two content spans
    ("“We will win,” he said. “They will lose.”", [("direct", "he", "said", ("“We will win,”", "“They will lose.”"))]),
    # inside the quote: the dash form of translated wire copy
    (
        "“We made a resolution at the end of September – reminded Lavrov. – The next day we organized a meeting.”",
        [("direct", "Lavrov", "reminded", ("“We made a resolution at the end of September", "The next day we organized a meeting.”"))],
    ),
    # a quote over two paragraphs, re-opened in the second
    (
        "“We will fight on the beaches.\n\n“We will never surrender,” he said.",
        [("direct", "he", "said", ("“We will fight on the beaches.\n\n“We will never surrender,”",))],
    ),
    # a continuation paragraph with no cue of its own
    ("“We will win,” he said.\n\n“We will govern for everyone.”", [("direct", "he", "said", ("“We will win,”", "“We will govern for everyone.”"))]),
    # a short quote in the “Absolutely not,” he said shape is a statement
    ("“Absolutely not,” he said.", [("direct", "he", "said", ("“Absolutely not,”",))]),
    # a verb of speaking in a manner (barked, growled, thundered, marveled)
    ("“Go back to Univision,” Trump barked and a guard escorted Ramos out.", [("direct", "Trump", "barked", ("“Go back to Univision,”",))]),
    # a participle that leads into the next quote reports it: two statements, not one sentence
    (
        "On CBS‘ Face the Nation, she stated, “When I look at this, it is bad,” adding, “I think so.”",
        [("direct", "she", "stated", ("“When I look at this, it is bad,”",)), ("direct", "she", "adding", ("“I think so.”",))],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), POSITIONS)
def test_attributions_direct_positions(extractor, text: str, expected: list[Expected]) -> None:  # type: ignore[no-untyped-def]
    _check(extractor, text, expected)


INDIRECT = [
    ("The senator said that the bill would fail.", [("indirect", "The senator", "said", ("that the bill would fail",))]),
    ("The senator said the bill would fail.", [("indirect", "The senator", "said", ("the bill would fail",))]),
    ("The bill will fail in the Senate, the senator said.", [("indirect", "the senator", "said", ("The bill will fail in the Senate",))]),
    ("The senator warned the bill would fail.", [("indirect", "The senator", "warned", ("the bill would fail",))]),
    ("According to the head of the ministry, the talks will resume in May.", [("indirect", "the head of the ministry", "According to", ("the talks will resume in May",))]),
    ("The talks will resume in May, according to the ministry.", [("indirect", "the ministry", "according to", ("The talks will resume in May",))]),
    # mixed: reported speech with a quoted part; PolNeAR's content starts at "that"
    ("Lavrov stressed that “the everyday communication has never stopped”.", [("direct", "Lavrov", "stressed", ("that “the everyday communication has never stopped”",))]),
    ("The senator said the plan was “a disaster for families”.", [("mixed", "The senator", "said", ("the plan was “a disaster for families”",))]),
    # the parser hangs the adverbial before the subject on the cue too: the clause after it is what was said
    ("In a statement released shortly after the Florida senator suspended his presidential campaign, Cruz said he’s certain "
     "Rubio will continue to be “a champion for limitless opportunity in America.”",
     [("mixed", "Cruz", "said", ("he’s certain Rubio will continue to be “a champion for limitless opportunity in America",))]),
    # a wire dateline set off by a dash is not the speaker
    ("MACAU (Reuters) – Top Republican Party donor Sheldon Adelson said on Friday he met presidential candidate Donald Trump earlier this week.",
     [("indirect", "Top Republican Party donor Sheldon Adelson", "said", ("on Friday he met presidential candidate Donald Trump earlier this week",))]),
    # a participle report hung inside the reported clause starts a statement of its own, by the same speaker
    ("Corey Lewandowski, Trump's campaign manager, said that the candidate was not contradicting his stance on rich donors "
     "by accepting their help, noting that most of the money raised went to others.",
     [("indirect", "Corey Lewandowski", "said", ("that the candidate was not contradicting his stance on rich donors by accepting their help",)),
      ("indirect", "Corey Lewandowski", "noting", ("that most of the money raised went to others",))]),
    ("She said her father has been an advocate for women in his company and would do the same as president, "
     "saying that he supports equal pay for equal work.",
     [("indirect", "She", "said", ("her father has been an advocate for women in his company and would do the same as president",)),
      ("indirect", "She", "saying", ("that he supports equal pay for equal work",))]),
    # a clause of time set off by commas is no interjected cue; the "according to" report stays
    ("Trump nearly quintupled the monthly rent his presidential campaign pays for its headquarters at Trump Tower to $169,758 in July, "
     "when he was raising funds from donors, compared with March, when he was self-funding his campaign, according to a Huffington "
     "Post review of Federal Election Commission filings.",
     [("indirect", "a Huffington Post review of Federal Election Commission filings", "according to",
       ("Trump nearly quintupled the monthly rent his presidential campaign pays for its headquarters at Trump Tower to $169,758 in July, "
        "when he was raising funds from donors, compared with March, when he was self-funding his campaign",))]),
    ("It also does not answer whether Scott had a gun, as police have said.",
     [("indirect", "police", "have said", ("It also does not answer whether Scott had a gun",))]),
    # a relative clause between the cue and its "that"-clause is not what was said
    ("Corey Lewandowski, a Manafort rival whom Trump fired as campaign manager a few weeks ago, said on CNN, where he is now a paid "
     "contributor, that Manafort should be held to account if he vetted Melania Trump's speech.",
     [("indirect", "Corey Lewandowski", "said", ("that Manafort should be held to account if he vetted Melania Trump's speech",))]),
    # a relative clause on the cue's object is not a "that"-clause the parser hung there
    ("Many of them complained of the economic imbalance he sees in this country.",
     [("indirect", "Many of them", "complained of", ("the economic imbalance he sees in this country",))]),
    # the subject of a passive cue is a part of what is reported, as in PolNeAR; not an expletive "it"
    ("Trump is expected to deliver a victory speech later tonight.",
     [("indirect", None, "is expected", ("Trump", "to deliver a victory speech later tonight"))]),
    ("It is expected that the House will vote on Friday.",
     [("indirect", None, "is expected", ("that the House will vote on Friday",))]),
    # how things seem to the writer: a statement with no source, its subject and complement
    ("Sanders seemed to be of two minds Tuesday night.", [("indirect", None, "seemed", ("Sanders", "to be of two minds Tuesday night"))]),
    ("Trump's supporters appeared equally unperturbed.", [("indirect", None, "appeared", ("Trump's supporters", "equally unperturbed"))]),
    # … short of a description set off by commas and a focusing adverb; a pronoun subject of an
    # infinitive is part of it, an expletive before a that-clause or an adjective is not
    ("The new Canadian government, headed by Justin Trudeau, seems ready to come on board.",
     [("indirect", None, "seems", ("The new Canadian government", "ready to come on board"))]),
    ("Even the comedian John Oliver, who hosts a weekly show, appeared to lose his temper.",
     [("indirect", None, "appeared", ("the comedian John Oliver", "to lose his temper"))]),
    ("The announcement was significant because it appeared to undercut her argument.",
     [("indirect", None, "appeared", ("it", "to undercut her argument"))]),
    ("It seems increasingly likely that Trump will be the nominee.",
     [("indirect", None, "seems", ("increasingly likely that Trump will be the nominee",))]),
    # … and where the parser found no complement, what follows the verb: a likeness, an "as if"
    # clause, a noun, a comparative ("it" is the subject of a likeness, not of a clause)
    ("This seems like a fine and fair idea.", [("indirect", None, "seems", ("This", "like a fine and fair idea"))]),
    ("For Trump, the returns seemed a reminder that huge rallies are not enough.",
     [("indirect", None, "seemed", ("the returns", "a reminder that huge rallies are not enough"))]),
    ("A few days ago, the debate appeared as if it might be an anticlimax.",
     [("indirect", None, "appeared", ("the debate", "as if it might be an anticlimax"))]),
    ("The speaker appeared closer to offering a full-throated endorsement.",
     [("indirect", None, "appeared", ("The speaker", "closer to offering a full-throated endorsement"))]),
    ("At first it seemed like an impossible task.", [("indirect", None, "seemed", ("it", "like an impossible task"))]),
    ("It seemed like the drafting committee's members have decided to find areas of agreement.",
     [("indirect", None, "seemed", ("like the drafting committee's members have decided to find areas of agreement",))]),
    # a question put to someone: "Asked if …" reports the question, with nobody named as asking it
    ("Asked if he was ever bullied, Sanders said no.", [("indirect", None, "Asked", ("if he was ever bullied",))]),
    ("Asked what a firm commitment looks like, the senator shrugged.", [("indirect", None, "Asked", ("what a firm commitment looks like",))]),
    # relative pronouns are sources, as in PolNeAR
    ("Barkley, who said he typically votes Democratic, was there.", [("indirect", "who", "said", ("he typically votes Democratic",))]),
    # a participle takes the subject of the verb it hangs off
    ("The town released a statement Wednesday saying the comments were based on opinion.", [("indirect", "The town", "saying", ("the comments were based on opinion",))]),
    # cue phrases from data/cue_phrases.txt extend the cue
    ("The DNC said in a statement that the emails were regrettable.", [("indirect", "The DNC", "said in a statement", ("that the emails were regrettable",))]),
    # … also where the parser reads the "that" as a relative adverb of the phrase's noun
    ("Trump told the audience at his fundraiser for veterans that he and Fox News had multiple conversations Thursday.",
     [("indirect", "Trump", "told", ("that he and Fox News had multiple conversations Thursday",))]),
    ("The Times reported at the time that the editor conveyed to Ms. Martin that her statement was wrong.",
     [("indirect", "The Times", "reported", ("that the editor conveyed to Ms. Martin that her statement was wrong",))]),
    # verbs whose object is the content
    ("The senator called the plan a disaster.", [("indirect", "The senator", "called", ("the plan a disaster",))]),
    ("The governor urged voters to reject the plan.", [("indirect", "The governor", "urged", ("voters to reject the plan",))]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), INDIRECT)
def test_attributions_indirect(extractor, text: str, expected: list[Expected]) -> None:  # type: ignore[no-untyped-def]
    _check(extractor, text, expected)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The senator claims the bill is dead.", "claims"),
        ("The senators are claiming the bill is dead.", "are claiming"),
        ("The senator claimed the bill was dead.", "claimed"),
        ("The senator has claimed the bill is dead.", "has claimed"),
        ("The senator also noted the bill was dead.", "also noted"),
        ("The senator opined that the bill was dead.", "opined"),
        ("The senators deny that the bill is dead.", "deny"),
        ("The senator denied the bill was dead.", "denied"),
        ("The senator denies the bill is dead.", "denies"),
    ],
)
def test_attributions_cue_inflections(extractor, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for _, _, c, _ in _run(extractor, text)] == [cue]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The group, known as the “Islamic state”, seized the town.",
        "The terrorist group “Islamic state” seized the town.",
        "He appeared on “Fox News Sunday” last week.",
    ],
)
def test_attributions_scare_quotes_are_not_statements(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    for kind, _, _, content in _run(extractor, text):
        assert not (kind == "direct" and len(content) == 1 and content[0].strip("“”\"") in ("Islamic state", "Fox News Sunday")), content


@pytest.mark.model
def test_attributions_quote_inside_quote_stays_inside(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "“They call it the ‘Islamic state’ and we call it terror,” Lavrov said."
    found = _run(extractor, text)
    assert ("direct", "Lavrov", "said", ("“They call it the ‘Islamic state’ and we call it terror,”",)) in found
    assert all(content != ("‘Islamic state’",) for _, _, _, content in found)


def test_attributions_lexicon_inflections() -> None:
    lexicon = cue_lexicon()
    assert len(lexicon.verbs) >= 150
    assert len(lexicon.phrases) >= 30
    for form, lemma in [("said", "say"), ("says", "say"), ("saying", "say"), ("told", "tell"), ("stressed", "stress"),
                        ("denies", "deny"), ("denied", "deny"), ("noting", "note"), ("argues", "argue"), ("wrote", "write"),
                        ("written", "write"), ("urged", "urge"), ("pledging", "pledge"), ("referring", "refer"),
                        ("slammed", "slam"), ("regretted", "regret"), ("planning", "plan"), ("agreeing", "agree"),
                        ("seeing", "see")]:
        assert lexicon.lemma_of(form) == lemma, form
    assert "call" in lexicon.object_verbs and "raise" not in lexicon.object_verbs
    assert {"led", "leading"} <= inflect("lead") and {"compelled", "compelling"} <= inflect("compel")
    assert lexicon.lemma_of("shot") == "shoot" and "shoot" in lexicon.back_verbs and "say" not in lexicon.back_verbs
    assert "continue" in lexicon.aspect_verbs and "say" not in lexicon.aspect_verbs
    assert {"see", "consider"} <= lexicon.question_free and not {"ask", "show", "say"} & lexicon.question_free


# -- the typical input: the TASS sample ------------------------------------------------------


@pytest.fixture(scope="module")
def sample_attributions(extractor, sample_text: str) -> list[Attribution]:  # type: ignore[no-untyped-def]
    article = extractor(Article(text=sample_text))
    assert check_offsets(article) == []
    return list(article.attributions)


def _starting(attributions: list[Attribution], prefix: str) -> Attribution:
    matches = [a for a in attributions if a.content[0].text.lstrip("“").startswith(prefix)]
    assert len(matches) == 1, [a.content_text[:60] for a in attributions]
    return matches[0]


@pytest.mark.model
def test_attributions_sample_western_partners(sample_attributions: list[Attribution]) -> None:
    a = _starting(sample_attributions, "Western partners said")
    assert str(a.kind) == "direct"
    assert a.cue is not None and a.cue.text == "noted"
    assert a.source is not None and a.source.text == "the Minister"
    assert len(a.content) == 1 and a.content[0].text.endswith("It happened, unfortunately”")


@pytest.mark.model
@pytest.mark.parametrize(
    ("prefix", "cue", "source", "second"),
    [
        ("A resolution calling to unite", "reminded", "Lavrov", "About our initiative"),
        ("Council Russia-the NATO is frozen", "said", "the Minister", "But this process"),
        ("No isolation no", "said", "he", "The Russian delegation on any forum"),
        ("The period when our Western colleagues", "said", "Lavrov", "At some point"),
        ("Nevertheless, we are convinced", "noted", "the Minister", "Yes, in Iraq"),
        ("Despite the fact that in Syria", "reminded", "Lavrov", "American side took"),
    ],
)
def test_attributions_sample_dash_split(sample_attributions: list[Attribution], prefix: str, cue: str, source: str, second: str) -> None:
    a = _starting(sample_attributions, prefix)
    assert str(a.kind) == "direct"
    assert len(a.content) == 2
    assert a.content[1].text.startswith(second)
    assert a.cue is not None and a.cue.text == cue
    assert a.source is not None and a.source.text == source


@pytest.mark.model
def test_attributions_sample_other_statements(sample_attributions: list[Attribution]) -> None:
    said_he = _starting(sample_attributions, "I am convinced that with a pragmatic approach")
    assert said_he.source is not None and said_he.source.text == "he"
    according = _starting(sample_attributions, "in such situations")
    assert according.cue is not None and according.cue.text == "According to"
    assert according.source is not None and according.source.text == "the head of the Russian foreign Ministry"
    stressed = _starting(sample_attributions, "that “the everyday communication")
    assert stressed.source is not None and stressed.source.text == "Lavrov"
    # the paragraph that opens with a scare quote still ends as one statement of the Minister
    islamic = _starting(sample_attributions, "Islamic state” and “dzhebhat")
    assert islamic.source is not None and islamic.source.text == "the Minister"
    # "Y, said the head of …" where quote marks in Y ("“Islamic state” established “guys”") had
    # led the parser to read Y as a second subject of "said"
    prohibited = _starting(sample_attributions, "Prohibited in the Russian Federation")
    assert prohibited.source is not None and prohibited.source.text == "the head of the Russian foreign Ministry"
    assert prohibited.content[0].text.endswith("held in prisons in Iraq and Afghanistan, and then released")


@pytest.mark.model
def test_attributions_sample_no_scare_quote_statements(sample_attributions: list[Attribution]) -> None:
    for a in sample_attributions:
        for span in a.content:
            assert span.text.strip("“”\" ") not in ("Islamic state", "dzhebhat EN-Nusra", "Radio Russia", "guys")
    # a subheading quote is not glued to the statement before it
    assert all("Sensible politicians now leave aside" not in s.text for a in sample_attributions for s in a.content)


# Direct-quote phenomena from the PolNeAR train error analysis (issue 2). Each row: a text,
# attributions that must be found as (kind, source, cue, contents), and (cue, content)
# pairs that must not be reported together.
DIRECT_PHENOMENA = [
    pytest.param(
        "Joe Wilson gained national attention in 2009 when he yelled “You lie!” at the president.",
        [("direct", "he", "yelled", ("“You lie!”",))],
        [],
        id="a-short-quote-right-after-a-verb-of-voice-is-what-was-shouted",
    ),
    pytest.param(
        'Sanders supporters are crying "fraud" over delegate selection.',
        [("direct", "Sanders supporters", "are crying", ('"fraud"',))],
        [("are crying", '"fraud" over delegate selection')],
        id="a-lower-case-quote-after-a-verb-of-voice-is-what-was-voiced-not-the-rest-of-the-sentence",
    ),
    pytest.param(
        'As they made their way down Broad Street, they chanted "stop killing black people" and "no justice, no peace."',
        [("mixed", "they", "chanted", ('"stop killing black people" and "no justice, no peace."',))],
        [],
        id="what-was-voiced-goes-on-to-a-second-quote",
    ),
    pytest.param(
        "Pataki praised Kasich as “a man who brings people together.” He adds, “Trump would drive the party off a cliff.”",
        [("direct", "He", "adds", ("“Trump would drive the party off a cliff.”",))],
        [("adds", "“a man who brings people together.”")],
        id="sentence-final-quote-keeps-no-cue-of-next-sentence",
    ),
    pytest.param(
        "Carter said the approach remained “one of commitment, strength and inclusion”, but he also warned China.",
        [],
        [("also warned", "“one of commitment, strength and inclusion”")],
        id="cue-after-but-heads-another-clause",
    ),
    pytest.param(
        "Pollsters agree - Jane Miller: “Keep contacting voters as late as you possibly can.”",
        [("direct", "Jane Miller", ":", ("“Keep contacting voters as late as you possibly can.”",))],
        [("agree", "“Keep contacting voters as late as you possibly can.”")],
        id="name-colon-after-dash",
    ),
    pytest.param(
        "Red states outnumber blue ones - More from Jones: “The state population is a starting point for the vote.”",
        [("direct", "Jones", ":", ("“The state population is a starting point for the vote.”",))],
        [],
        id="more-from-name-colon",
    ),
    pytest.param(
        "Giuliani attacked Comey on MSNBC’s “Morning Joe,” calling the case a no-brainer.",
        [],
        [("calling", "“Morning Joe,”")],
        id="title-fragment-after-possessive",
    ),
    pytest.param(
        "Trump told reporters that Romney “had a crazy policy,” adding, “He lost all of the Latino vote.”",
        [("direct", "Trump", "adding", ("“He lost all of the Latino vote.”",))],
        [("adding", "“had a crazy policy,”")],
        id="cue-leading-into-next-quote",
    ),
    pytest.param(
        "As Senator John Cornyn put it, “This person will not be confirmed by the Senate.”",
        [("direct", "Senator John Cornyn", "put it", ("“This person will not be confirmed by the Senate.”",))],
        [],
        id="as-x-put-it",
    ),
    pytest.param(
        "“I respect the senator,” Ms. Ortiz said, “and I will vote for his bill.”",
        [("direct", "Ms. Ortiz", "said", ("“I respect the senator,”", "“and I will vote for his bill.”"))],
        [],
        id="interrupted-comma-form-one-statement",
    ),
    pytest.param(
        "“The budget is fair,” said the Minister, “and the numbers add up.”",
        [("direct", "the Minister", "said", ("“The budget is fair,”", "“and the numbers add up.”"))],
        [],
        id="interrupted-inverted-comma-form",
    ),
    pytest.param(
        "“I will not stop,” Mayor Ruiz said, but despite the angry tone, “we are still friends,” said Kunin.",
        [("direct", "Mayor Ruiz", "said", ("“I will not stop,”",)),
         ("direct", "Kunin", "said", ("“we are still friends,”",))],
        [("said", "“I will not stop,” Mayor Ruiz said, but despite the angry tone, “we are still friends"),
         ("said", "but despite the angry tone, “we are still friends,”")],
        id="but-after-the-cue-ends-the-statement",
    ),
    pytest.param(
        "“The bridge will open in May,” said Ana Keller, explaining why the road stays closed. “Nobody wants another delay.”",
        [("direct", "Ana Keller", "said", ("“The bridge will open in May,”",))],
        [("said", "“Nobody wants another delay.”")],
        id="second-report-takes-the-next-quote",
    ),
    pytest.param(
        "“The party has lost its way.” ― Maria Lopez\n“We need a new start for the city.” -- Tom Brandt.",
        [("direct", "Maria Lopez", "―", ("“The party has lost its way.”",)),
         ("direct", "Tom Brandt", "--", ("“We need a new start for the city.”",))],
        [],
        id="quote-signed-with-a-dash",
    ),
    pytest.param(
        "Here are the claims we checked.\n\n"
        "\"Almost all new income and wealth is going to the top 1 percent.\"\n\n- Bernie Sanders.\n\n"
        "The senator is relying on an outdated statistic.\n\n- Amber Phillips.",
        [("direct", "Bernie Sanders", "-", ('"Almost all new income and wealth is going to the top 1 percent."',))],
        [("-", "The senator is relying on an outdated statistic.")],
        id="quoted-paragraph-signed-on-the-next-line",
    ),
    pytest.param(
        'The hearing went on for hours.\n\nRep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you cite that figure."',
        [("direct", "Rep. Trey Gowdy (R-S.C.)", ":", ('"I have not heard anyone other than you cite that figure."',))],
        [],
        id="titled-name-and-party-before-a-colon",
    ),
    pytest.param(
        '"Jeb wants to be a tough guy tonight," Trump shot back.\n\nPolice shot the suspect who said he was unarmed.',
        [("direct", "Trump", "shot back", ('"Jeb wants to be a tough guy tonight,"',))],
        [("shot", "the suspect")],
        id="shot-back-is-a-cue-shot-is-not",
    ),
    pytest.param(
        '"Be quiet now," he demanded, as Bush continued to interject.\n\n“We will keep going,” she continued.',
        [("direct", "he", "demanded", ('"Be quiet now,"',)),
         ("direct", "she", "continued", ("“We will keep going,”",))],
        [("continued", '"Be quiet now,"')],
        id="continued-to-is-no-cue-continued-is",
    ),
    pytest.param(
        "Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes back, “You look cute.”",
        [("direct", "Clinton", "responds", ("“Why now? That was on my way to Libya?”",)),
         ("direct", "Mills", "then writes back", ("“You look cute.”",))],
        [("responds to", "Mills with"), ("then writes", "“Why now? That was on my way to Libya?”")],
        id="cue-with-particle-leads-into-the-next-quote",
    ),
    pytest.param(
        "The club's heavy investment in its pools, Ms. Tanzer said, ''is a perfect example of adapting'' to the new economics of golf.\n\n"
        "In other words, he said, “the era of easy money is over.”",
        [("mixed", "Ms. Tanzer", "said", ("The club's heavy investment in its pools", "''is a perfect example of adapting'' to the new economics of golf")),
         ("mixed", "he", "said", ("In other words", "“the era of easy money is over.”"))],
        [],
        id="cue-interrupts-a-sentence-with-a-quoted-predicate",
    ),
    pytest.param(
        "He called the group ''core Al Qaeda,'' on Tuesday night he said the threat was over.",
        [("indirect", "he", "said", ("the threat was over",))],
        [("said", "''core Al Qaeda,''")],
        id="quote-then-preposition-is-no-cue-after",
    ),
    pytest.param(
        "Although Weiner admitted to the newspaper that he and the woman had “been friends for some time,” he claimed they had never met.",
        [],
        [("claimed", "“been friends for some time,”")],
        id="lowercase-quote-continuing-a-clause-is-no-statement-of-the-cue-after",
    ),
    pytest.param(
        "“You winning?” she said, but Kevin was drifting off again, and as Trump went on about “how the system is rigged,” and "
        "“wounded American families” and “our own struggling citizens,” Melanie said yes, yes, yes, over and over again, "
        "until Trump reached the final line.",
        [("direct", "she", "said", ("“You winning?”",))],
        [("said", "she said, but Kevin was drifting off again")],
        id="no-clause-before-a-cue-across-other-quotes",
    ),
    pytest.param(
        "“I know this game better than anybody,” Trump said. “I’ve been playing this game for a long time, folks. "
        "So now, they go to, let’s say, Jeb — they say Mr. President, this is very bad thing. I agree it is bad.”",
        [("direct", "Trump", "said", ("“I know this game better than anybody,”",
                                      "“I’ve been playing this game for a long time, folks. So now, they go to, let’s say, Jeb — "
                                      "they say Mr. President, this is very bad thing. I agree it is bad.”"))],
        [("say", "“I’ve been playing this game for a long time, folks. So now, they go to, let’s say, Jeb")],
        id="dash-then-title-in-a-quote-is-no-interruption",
    ),
    pytest.param(
        "“I hope you’re able to find the 30,000 emails that are missing.” Trump said. The remark drew criticism.\n\n"
        "“It is over.” Reporters said nothing new.",
        [("direct", "Trump", "said", ("“I hope you’re able to find the 30,000 emails that are missing.”",))],
        [("said", "“It is over.”")],
        id="quote-closed-by-a-full-stop-then-a-bare-x-said",
    ),
    pytest.param(
        "Weaver didn’t seem particularly impressed with Sanders’ comments Tuesday, telling reporters, "
        "“A lot of people said the governor should step down.”",
        [("direct", "Weaver", "telling", ("“A lot of people said the governor should step down.”",))],
        [],
        id="participle-before-a-quote-takes-the-sentence-subject-not-one-inside-the-quote",
    ),
    pytest.param(
        "“Having access to the RNC file and two people who understand it is valuable,” said Skelly, explaining he worked "
        "more closely with Chrabaszcz, who was responsible for cleaning up data: “Vito is outstanding with data. He’s a real good guy.”",
        [("direct", "Skelly", "said", ("“Having access to the RNC file and two people who understand it is valuable,”",)),
         ("direct", "Skelly", "explaining", ("“Vito is outstanding with data. He’s a real good guy.”",))],
        [],
        id="inverted-name-tagged-as-adverb-and-its-participle",
    ),
    pytest.param(
        "“We are tracking them,” an intelligence source, who was not authorized to speak on the record, told Fox News.",
        [("direct", "an intelligence source, who was not authorized to speak on the record", "told", ("“We are tracking them,”",))],
        [],
        id="speaker-with-a-relative-clause-before-told-not-the-addressee",
    ),
    pytest.param(
        "The mayor insisted that the plan was “still the best option for the city.” -- Jan Novak",
        [],
        [("--", "“still the best option for the city.”")],
        id="byline-after-an-embedded-quote-is-no-signature",
    ),
    pytest.param(
        "“We are ready for the vote,” the bespectacled, 71-year-old diplomat said.",
        [("direct", "the bespectacled, 71-year-old diplomat", "said", ("“We are ready for the vote,”",))],
        [],
        id="participle-adjective-in-source",
    ),
    pytest.param(
        "“It was not a mistake,” said retired surgeon Ben Olsen, asked about his claims.",
        [("direct", "retired surgeon Ben Olsen", "said", ("“It was not a mistake,”",))],
        [],
        id="inverted-source-with-participle",
    ),
    pytest.param(
        "“She still has the friends she had in school,” Bill Morris has said while campaigning.",
        [("direct", "Bill Morris", "has said", ("“She still has the friends she had in school,”",))],
        [],
        id="auxiliary-between-source-and-cue",
    ),
    pytest.param(
        "Asked whether he would resign, Mr. Priebus said, “Probably.”",
        [("direct", "Mr. Priebus", "said", ("“Probably.”",))],
        [],
        id="one-word-sentence-after-said-comma",
    ),
    pytest.param(
        'Htay Oo, its acting chairman, told the Reuters news agency simply, "We lost." Aides called her by a nickname, "Gert."',
        [("direct", "Htay Oo", "told", ('"We lost."',))],
        [("called", '"Gert."')],
        id="short-sentence-after-the-one-told-and-a-comma",
    ),
    pytest.param(
        "“One I would describe as a casual country club-like hate,” Sexton said. “Trump events are outlets for "
        "people to engage in hatred.\n“There’s another side that’s kind of nihilistic,” Sexton said. “I don’t know "
        "if it was cathartic.”",
        [("direct", "Sexton", "said", ("“One I would describe as a casual country club-like hate,”",
                                        "“Trump events are outlets for people to engage in hatred.")),
         ("direct", "Sexton", "said", ("“There’s another side that’s kind of nihilistic,”", "“I don’t know if it was cathartic.”"))],
        [],
        id="a-quote-run-on-across-a-paragraph-break-goes-on-with-the-statement-before-up-to-the-break",
    ),
    pytest.param(
        '"I think it is a disgrace that he is doing this, " Mr. Diaz said.',
        [("direct", "Mr. Diaz", "said", ('"I think it is a disgrace that he is doing this, "',))],
        [],
        id="space-before-closing-mark",
    ),
    pytest.param(
        "''Their strategy is very clear: to create the appearance of being a legitimate source of news,'' Michael McFaul, "
        "a senior fellow at the Hoover Institution and a former United States ambassador to Russia, said of the network.",
        [("direct", "Michael McFaul", "said",
          ("''Their strategy is very clear: to create the appearance of being a legitimate source of news,''",))],
        [],
        id="cue-after-a-long-apposition",
    ),
    pytest.param(
        "“Of course we’re going to release our medical records,” Sanders said during an interview on CNN’s “State of the Union” Sunday. "
        "“Thank God, I am very healthy. It is not a problem.”",
        [("direct", "Sanders", "said", ("“Of course we’re going to release our medical records,”", "“Thank God, I am very healthy. It is not a problem.”"))],
        [],
        id="title-in-the-cue-clause-does-not-break-the-statement",
    ),
    pytest.param(
        "“There's something about all those stories, right?” said Murphy, who thinks often about the son’s final words to the father.\n\n"
        "“I mean, I don't think that all those things are coincidences.”",
        [("direct", "Murphy", "said", ("“There's something about all those stories, right?”", "“I mean, I don't think that all those things are coincidences.”"))],
        [],
        id="quoted-paragraph-after-the-cue-sentence-continues-the-statement",
    ),
    pytest.param(
        "Clinton declines debate.\n\nKATE BOULDUAN: Why not debate?\n\nCLARIFICATION: An earlier version misstated the date.\n\nClinton: 547.",
        [("direct", "KATE BOULDUAN", ":", ("Why not debate?",))],
        [(":", "An earlier version misstated the date."), (":", "547.")],
        id="transcript-speaker-label",
    ),
    pytest.param(
        '"The risk," said Edward Leamer, an economist who is the director of the UCLA Anderson Forecast, '
        '"is that we\'re going to be attracting workers and repelling jobs."',
        [("direct", "Edward Leamer", "said", ('"The risk,"', '"is that we\'re going to be attracting workers and repelling jobs."'))],
        [],
        id="quote-interrupted-by-a-long-apposition",
    ),
    pytest.param(
        "She admitted “one or two instances” where the nonprofit’s donations may have “slipped through the cracks.”",
        [("mixed", "She", "admitted", ("“one or two instances” where the nonprofit’s donations may have “slipped through the cracks.”",))],
        [],
        id="sentence-quoting-again-after-the-quote",
    ),
]



@pytest.mark.model
@pytest.mark.parametrize(("text", "expected", "forbidden"), DIRECT_PHENOMENA)
def test_attributions_direct_phenomena(extractor, text: str, expected: list[Expected], forbidden: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    _check(extractor, text, expected, forbidden)


@pytest.mark.model
def test_attributions_colon_clause_without_cue_word(extractor) -> None:  # type: ignore[no-untyped-def]
    # "went on" is no lexicon cue; the colon makes the quote the statement of the clause's subject.
    found = _run(extractor, "She went on: “It makes no sense to call anybody except the plumber.”")
    assert any(f[0] == "direct" and f[1] == "She" and f[3] == ("“It makes no sense to call anybody except the plumber.”",) for f in found), found


@pytest.mark.model
def test_attributions_no_report_inside_quoted_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    # The quote has no cue of its own; the "said" inside it is the quoted speaker's, not the article's.
    found = _run(extractor, "Nobody answered.\n\n“As I have said throughout this campaign, the people at the heart of this are children.”")
    assert not any(f[1] == "I" for f in found), found


# Reported speech around an interjected cue, and a quote that goes on a report (issue 2, round 4).
AROUND_THE_CUE = [
    pytest.param(
        "Acts of protest, Ms. Hale said, are acts of patriotism in a free country.",
        [("indirect", "Ms. Hale", "said", ("Acts of protest", "are acts of patriotism in a free country"))],
        [],
        id="parenthetical-cue-inside-the-sentence",
    ),
    pytest.param(
        "Yet, as Mr. Brown observed, the tariffs would hurt the farmers first.",
        [("indirect", "Mr. Brown", "observed", ("the tariffs would hurt the farmers first",))],
        [],
        id="as-x-observed-clause",
    ),
    pytest.param(
        "Senator Cole has said that he would “fight the tax increase. We will not let it pass.”",
        [("mixed", "Senator Cole", "has said", ("that he would “fight the tax increase. We will not let it pass.”",))],
        [],
        id="mixed-quote-running-past-the-sentence",
    ),
    pytest.param(
        "Carter said that critics had long predicted a withdrawal from the region.\n\n“That is because this region remains the most consequential for our security.”",
        [("indirect", "Carter", "said", ("that critics had long predicted a withdrawal from the region",
                                         "“That is because this region remains the most consequential for our security.”"))],
        [],
        id="quote-after-a-report-continues-it",
    ),
    pytest.param(
        "“We have bigger problems in life than focusing on that,” says Gloria Garcia, a nurse from Texas. "
        "She says people should be able to use the bathroom they prefer. “It is their life; they are not hurting anybody.”",
        [("direct", "Gloria Garcia", "says", ("“We have bigger problems in life than focusing on that,”",)),
         ("indirect", "She", "says", ("people should be able to use the bathroom they prefer",
                                      "“It is their life; they are not hurting anybody.”"))],
        [],
        id="quote-after-a-report-continues-it-not-the-quote-before",
    ),
    pytest.param(
        "''I have admiration for the mechanics'' of the Clinton proposals, Mr. Holtz-Eakin said. "
        "''They're more detailed and structured than Trump's. But I have serious concerns about the quality.''",
        [("mixed", "Mr. Holtz-Eakin", "said", ("''I have admiration for the mechanics'' of the Clinton proposals",
                                                  "''They're more detailed and structured than Trump's. But I have serious concerns about the quality.''"))],
        [],
        id="quote-after-a-report-with-its-cue-after-continues-it",
    ),
    pytest.param(
        "Ghazala Khan says she received a nervous call from her niece, who had grown up in the United States. "
        "\"She called me, 'Auntie, I'm so disturbed by what I have heard.'\"",
        [("indirect", "Ghazala Khan", "says", ("she received a nervous call from her niece",
                                               "\"She called me, 'Auntie, I'm so disturbed by what I have heard.'\""))],
        [],
        id="quote-after-the-rest-of-a-report-sentence-continues-it",
    ),
    pytest.param(
        "The governor blasted the plan on Monday, calling it “a disaster for the state.”",
        [("mixed", "The governor", "calling", ("it “a disaster for the state",))],
        [],
        id="object-and-quoted-complement",
    ),
    pytest.param(
        'Reince Priebus called Clinton\'s remarks on 9/11 a "new low" and a "bizarre attempt to deflect attention."',
        [("mixed", "Reince Priebus", "called", ('Clinton\'s remarks on 9/11 a "new low" and a "bizarre attempt to deflect attention',))],
        [],
        id="object-adjunct-then-quoted-complement",
    ),
    pytest.param(
        "That drew his anger - he called her “weak” and left the room.",
        [("mixed", "he", "called", ("her “weak”",))],
        [("called", "That drew his anger")],
        id="object-verb-after-a-dash-takes-its-objects",
    ),
    pytest.param(
        "The Trump campaign issued a statement saying that Trump meant people who support the Second Amendment are unified.",
        [("indirect", "The Trump campaign", "saying", ("that Trump meant people who support the Second Amendment are unified",))],
        [("issued", "a statement saying that Trump meant people who support the Second Amendment are unified")],
        id="statement-saying-reports-through-the-participle",
    ),
    pytest.param(
        "The director of the European Centre, Ina Kirsch, told the AP her group never worked with Manafort or Gates"
        " and said the group hired the Washington lobbyists on its own.",
        [
            ("indirect", "The director of the European Centre, Ina Kirsch", "told", ("her group never worked with Manafort or Gates",)),
            ("indirect", "The director of the European Centre, Ina Kirsch", "said", ("the group hired the Washington lobbyists on its own",)),
        ],
        [("said", "her group")],
        id="and-said-in-the-cue-tense-is-the-speaker-going-on",
    ),
    pytest.param(
        "About four out of 10 voters said life for the next generation would be worse than life today.",
        [("indirect", "About four out of 10 voters", "said", ("life for the next generation would be worse than life today",))],
        [],
        id="clause-subject-parsed-as-the-cue-object",
    ),
    pytest.param(
        "At times last year, people close to the vice president said, the mere mention of Mrs. Clinton's name could make him fume.",
        [("indirect", "people close to the vice president", "said",
          ("At times last year", "the mere mention of Mrs. Clinton's name could make him fume"))],
        [],
        id="parenthetical-cue-after-a-fronted-adjunct",
    ),
    pytest.param(
        "But they remain hopeful that the two-year lapse will give them another chance.",
        [("indirect", "they", "remain hopeful", ("that the two-year lapse will give them another chance",))],
        [],
        id="belief-adjective-with-a-that-clause",
    ),
    pytest.param(
        "Rubio offered the crowd an emotional evaluation on the state of politics. Trump called him a liar.",
        [
            ("indirect", "Rubio", "offered", ("an emotional evaluation on the state of politics",)),
            ("indirect", "Trump", "called", ("him a liar",)),
        ],
        [],
        id="double-object-content-is-what-was-offered-not-to-whom",
    ),
    pytest.param(
        "At the same time, the tax has not made the U.K. less attractive to banks: London was the financial capital"
        " of the world in 2015, according to one global index.",
        [("indirect", "one global index", "according to", ("London was the financial capital of the world in 2015",))],
        [],
        id="according-to-after-a-colon-reports-what-follows-it",
    ),
    pytest.param(
        "Weaver says that “for all practical purposes, there’s no path forward” for the former Florida governor.",
        [("mixed", "Weaver", "says", ("that “for all practical purposes, there’s no path forward” for the former Florida governor",))],
        [],
        id="sentence-going-on-after-the-quote-is-content",
    ),
    pytest.param(
        "Silverman joked, “Bernie or Bust people, you’re being ridiculous,” drawing loud jeers.",
        [("direct", "Silverman", "joked", ("“Bernie or Bust people, you’re being ridiculous,”",))],
        [],
        id="quote-closing-on-a-comma-ends-the-content",
    ),
    pytest.param(
        "He made it clear that he felt they should drop out.",
        [("indirect", "He", "made it clear", ("that he felt they should drop out",))],
        [],
        id="made-it-clear-that",
    ),
    pytest.param(
        "Twitter has now made clear that it was stepping up its fight. He has also made clear he will seek to influence the platform.",
        [("indirect", "Twitter", "has now made clear", ("that it was stepping up its fight",)),
         ("indirect", "He", "has also made clear", ("he will seek to influence the platform",))],
        [],
        id="made-clear-without-it-with-or-without-that",
    ),
    pytest.param(
        "He soon learned that his parents had never filled out the paperwork. She learned to play the piano from him.",
        [("indirect", "He", "learned", ("that his parents had never filled out the paperwork",))],
        [("learned", "to play the piano")],
        id="learned-that-is-a-belief-learned-to-is-not",
    ),
    pytest.param(
        "He also spoke about the proposed border wall. Libby Schaaf, the mayor of Oakland, also spoke out against Trump. "
        "Kenneth Starr spoke highly of the former president's personal attributes. He spoke to reporters on Tuesday. "
        "Trump spoke with so much gusto it sounded as though he were screaming.",
        [("indirect", "He", "also spoke about", ("the proposed border wall",)),
         ("indirect", "Libby Schaaf", "also spoke out against", ("Trump",)),
         ("indirect", "Kenneth Starr", "spoke highly of", ("the former president's personal attributes",))],
        [("spoke to", "reporters"), ("spoke", "it sounded as though he were screaming")],
        id="spoke-about-reports-what-it-is-about-only",
    ),
    pytest.param(
        '"These guys know how to use words," said Sherman, speaking of politicians, "and leave themselves a little wiggle room."',
        [("direct", "Sherman", "said", ('"These guys know how to use words,"', '"and leave themselves a little wiggle room."'))],
        [],
        id="speaking-of-inside-an-interrupted-quote-is-no-second-cue",
    ),
    pytest.param(
        "She's tacked to the left on environmental issues, criticizing the now-denied Keystone XL pipeline and calling for "
        "prohibitions on oil drilling in Arctic waters.",
        [("indirect", "She", "criticizing", ("the now-denied Keystone XL pipeline",)),
         ("indirect", "She", "calling for", ("prohibitions on oil drilling in Arctic waters",))],
        [],
        id="a-participle-off-a-verb-the-parser-took-for-a-passive-has-its-subject",
    ),
    pytest.param(
        "People close to the Clintons felt her projection of anger in the last debate was over the top.",
        [("indirect", "People close to the Clintons", "felt", ("her projection of anger in the last debate was over the top",))],
        [],
        id="a-clause-whose-subject-the-parser-took-for-the-object",
    ),
    pytest.param(
        "A Clinton campaign official later walked back the comments. She brushed off the criticism on Tuesday. "
        "Trump shrugged off the attack ad. He walked to the podium and shrugged.",
        [("indirect", "A Clinton campaign official", "later walked back", ("the comments",)),
         ("indirect", "She", "brushed off", ("the criticism",)),
         ("indirect", "Trump", "shrugged off", ("the attack ad",))],
        [("walked", "to the podium")],
        id="verbs-that-report-only-with-their-particle",
    ),
    pytest.param(
        "Clinton pushed for a higher minimum wage. He laid out his plan to cut taxes. Cruz weighed in on the deal. "
        "Sanders alluded to her paid speeches. Protesters pushed through the heat. The crowd went home and weighed the options.",
        [("indirect", "Clinton", "pushed for", ("a higher minimum wage",)),
         ("indirect", "He", "laid out", ("his plan to cut taxes",)),
         ("indirect", "Cruz", "weighed in on", ("the deal",)),
         ("indirect", "Sanders", "alluded to", ("her paid speeches",))],
        [("pushed", "through the heat"), ("went", "home"), ("weighed", "the options")],
        id="phrasal-verbs-that-report-only-with-their-preposition-or-adverb",
    ),
    pytest.param(
        "Trump took issue with the prediction of looming morale problems. Cruz has taken frequent shots at Rubio, who he dubbed “the little senator.” "
        "She made no secret of her frustration. Ryan distanced himself from the remarks. The paper took the issue to court. "
        "Cruz said Trump took aim at the rich.",
        [("indirect", "Trump", "took issue with", ("the prediction of looming morale problems",)),
         ("indirect", "Cruz", "has taken frequent shots at", ("Rubio",)),
         ("indirect", "She", "made no secret of", ("her frustration",)),
         ("indirect", "Ryan", "distanced himself from", ("the remarks",)),
         ("indirect", "Cruz", "said", ("Trump took aim at the rich",))],
        [("took", "the issue to court"), ("took aim at", "the rich")],
        id="an-idiom-of-a-light-verb-reports-what-its-preposition-governs",
    ),
    pytest.param(
        "Clinton cast Trump as a danger to the country. He cast a vote for Sanders. Republicans painted her as a liar. "
        "They painted the house. Trump identified the judge as Mexican. The police identified the driver.",
        [("indirect", "Clinton", "cast", ("Trump as a danger to the country",)),
         ("indirect", "Republicans", "painted", ("her as a liar",)),
         ("indirect", "Trump", "identified", ("the judge as Mexican",))],
        [("cast", "a vote for Sanders"), ("painted", "the house"), ("identified", "the driver")],
        id="casting-or-painting-someone-as-something-reports-it-casting-a-vote-does-not",
    ),
    pytest.param(
        "Sanders bemoaned the influence of money in politics. Trump likened Clinton to a criminal. Many voters view "
        "Trump as a risk. He singled out Rubio for criticism. The view from the stage was nice. He was single.",
        [("indirect", "Sanders", "bemoaned", ("the influence of money in politics",)),
         ("indirect", "Trump", "likened", ("Clinton to a criminal",)),
         ("indirect", "Many voters", "view", ("Trump as a risk",)),
         ("indirect", "He", "singled out", ("Rubio for criticism",))],
        [("view", "from the stage")],
        id="verbs-of-speech-and-view-added-from-polnear-train",
    ),
    pytest.param(
        "Trump downplayed the threat. Clinton disavowed the ad. Sanders is mulling a run for the Senate. "
        "The bill passed. He dwelled on the past. Trump ignored the question.",
        [("indirect", "Trump", "ignored", ("the question",)),
         ("indirect", "Trump", "downplayed", ("the threat",)),
         ("indirect", "Clinton", "disavowed", ("the ad",)),
         ("indirect", "Sanders", "is mulling", ("a run for the Senate",)),
         ("indirect", "He", "dwelled on", ("the past",))],
        [("bill", "passed")],
        id="more-verbs-of-speech-and-view-added-from-polnear-train",
    ),
    pytest.param(
        "Sanders repudiated the remarks. Obama lauded the agreement as historic. Critics excoriated the senator. "
        "Many Democrats fear a repeat of 2000.",
        [("indirect", "Sanders", "repudiated", ("the remarks",)),
         ("indirect", "Critics", "excoriated", ("the senator",)),
         ("indirect", "Many Democrats", "fear", ("a repeat of 2000",))],
        [],
        id="verbs-of-judging-and-voicing",
    ),
    pytest.param(
        "The White House was eager to assuage public outrage over the debt. Some of his supporters remain reluctant "
        "to get behind Mrs. Clinton. Trump was reluctant to endorse Ryan.",
        [("indirect", "The White House", "was eager", ("to assuage public outrage over the debt",)),
         ("indirect", "Some of his supporters", "remain reluctant", ("to get behind Mrs. Clinton",)),
         ("indirect", "Trump", "endorse", ("Ryan",))],
        [("was reluctant", "to endorse Ryan")],
        id="an-adjective-of-will-reports-its-infinitive-unless-that-is-a-report",
    ),
    pytest.param(
        "Sanders campaigned hard in hopes of upsetting his rival. Dozens of them came to the meeting in the hopes that "
        "the platform will endorse a higher wage. He lived in hope. Cruz said Trump spoke in hopes of winning.",
        [("indirect", "Sanders", "in hopes of", ("upsetting his rival",)),
         ("indirect", "Dozens of them", "in the hopes", ("that the platform will endorse a higher wage",)),
         ("indirect", "Cruz", "said", ("Trump spoke in hopes of winning",))],
        [("in hopes of", "winning")],
        id="in-hopes-of-or-that-is-what-the-subject-hopes-for",
    ),
    pytest.param(
        "Bloomberg was adamant that he has no plans to run. Many voters remain unaware that the law changed.",
        [("indirect", "Bloomberg", "was adamant", ("that he has no plans to run",)),
         ("indirect", "Many voters", "remain unaware", ("that the law changed",))],
        [],
        id="more-adjectives-of-belief-before-that",
    ),
    pytest.param(
        "“It’s okay to know it’s Mussolini,” Trump said in reply. “Mussolini was Mussolini. It’s a very interesting quote, "
        "and I saw — I know who said it. What difference does it make?”",
        [("direct", "Trump", "said", ("“It’s okay to know it’s Mussolini,”",
                                       "“Mussolini was Mussolini. It’s a very interesting quote, and I saw — I know who said it. "
                                       "What difference does it make?”"))],
        [("know", "“Mussolini was Mussolini.")],
        id="the-speakers-own-aside-after-a-dash-is-no-interruption",
    ),
    pytest.param(
        "But Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders's following, said, \"Let me tell you, he's got a heck of an email list.\"",
        [("direct", "Sen. Richard J. Durbin", "said", ('"Let me tell you, he\'s got a heck of an email list."',))],
        [],
        id="a-participle-between-the-speaker-and-the-cue",
    ),
    pytest.param(
        "Humphrey said he is hopeful that the effort results in a new nominee. It is clear that the race is over.",
        [("indirect", "Humphrey", "said", ("he is hopeful that the effort results in a new nominee",))],
        [("is hopeful", "that the effort results in a new nominee"), ("is clear", "that the race is over")],
        id="belief-adjective-inside-a-report-or-without-a-subject",
    ),
    pytest.param(
        "Voters remain skeptical of her plan to raise taxes. He was upbeat about his chances in Iowa.",
        [("indirect", "Voters", "remain skeptical of", ("her plan to raise taxes",)),
         ("indirect", "He", "was upbeat about", ("his chances in Iowa",))],
        [],
        id="stance-adjective-and-the-object-of-its-preposition",
    ),
    pytest.param(
        "Cruz said Trump is critical of the deal. The senator is critical to the coalition.",
        [("indirect", "Cruz", "said", ("Trump is critical of the deal",))],
        [("is critical of", "the deal"), ("is critical to", "the coalition")],
        id="stance-adjective-inside-a-report-or-with-another-preposition",
    ),
    pytest.param(
        "Clinton expressed confidence that the server would not be an issue. He voiced support for a single-payer health system.",
        [("indirect", "Clinton", "expressed confidence", ("that the server would not be an issue",)),
         ("indirect", "He", "voiced support for", ("a single-payer health system",))],
        [("expressed", "confidence that the server would not be an issue"), ("voiced", "support for a single-payer health system")],
        id="stance-noun-after-a-light-verb",
    ),
    pytest.param(
        "The spokesman expressed his general support for his boss.",
        [("indirect", "The spokesman", "expressed", ("his general support for his boss",))],
        [("expressed his general support for", "his boss")],
        id="stance-noun-with-a-determiner-stays-in-the-content",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected", "forbidden"), AROUND_THE_CUE)
def test_attributions_around_the_cue(extractor, text: str, expected: list[Expected], forbidden: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    _check(extractor, text, expected, forbidden)


# Mixed quotes and noun cues from the PolNeAR train error analysis (issue 2, round 3).
# Each row: a text, attributions that must be found as (kind, source, cue, contents), and
# (cue, content) pairs that must not be reported together.
MIXED_AND_NOUN_CUES = [
    pytest.param(
        'Cardin stressed that "the way to proceed is to get Democrats and Republicans working together," suggesting that the only way is hard.',
        [("mixed", "Cardin", "stressed", ('that "the way to proceed is to get Democrats and Republicans working together,"',))],
        [("suggesting", '"the way to proceed is to get Democrats and Republicans working together,"')],
        id="quote-ends-reported-clause-before-participle",
    ),
    pytest.param(
        'Rajoy said Monday that he will "try to form a stable government" and insisted that his party was "still the No. 1 force in Spain."',
        [("mixed", "Rajoy", "said", ('that he will "try to form a stable government"',))],
        [("insisted", '"try to form a stable government"')],
        id="quote-ends-reported-clause-before-and-cue",
    ),
    pytest.param(
        "Albright fanned controversy over her remark that “there’s a special place in hell for women who don’t help each other.”",
        [("mixed", "her", "remark", ("that “there’s a special place in hell for women who don’t help each other",))],
        [],
        id="noun-cue-remark-that",
    ),
    pytest.param(
        "The polls were hurt by FBI Director James Comey's conclusion that her actions were \"extremely careless.\"",
        [("mixed", "FBI Director James Comey", "conclusion", ('that her actions were "extremely careless',))],
        [],
        id="noun-cue-in-paragraph-without-cue-verb",
    ),
    pytest.param(
        'His standing improved after the shootings and his call for "a total and complete ban" on all Muslims entering the country.',
        [("mixed", "his", "call for", ('"a total and complete ban" on all Muslims entering the country',))],
        [],
        id="noun-cue-call-for-quote",
    ),
    pytest.param(
        'Bernanke also said the economic turmoil was not mainly the fault of banks, "not by a long shot."',
        [("mixed", "Bernanke", "also said", ('the economic turmoil was not mainly the fault of banks, "not by a long shot."',))],
        [],
        id="reported-clause-runs-into-quote",
    ),
    pytest.param(
        'Netanyahu was promising that in any negotiation, "we will send a clear signal that there is no daylight between us."',
        [("mixed", "Netanyahu", "was promising", ('that in any negotiation, "we will send a clear signal that there is no daylight between us."',))],
        [],
        id="that-clause-runs-into-quote",
    ),
    pytest.param(
        "“Would it be negotiable about the 11 million?” Hannity pressed.",
        [("direct", "Hannity", "pressed", ("“Would it be negotiable about the 11 million?”",))],
        [],
        id="lexicon-verb-press",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected", "forbidden"), MIXED_AND_NOUN_CUES)
def test_attributions_mixed_and_noun_cues(extractor, text: str, expected: list[Expected], forbidden: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    _check(extractor, text, expected, forbidden)


@pytest.mark.model
def test_attributions_noun_cue_needs_an_owner(extractor) -> None:  # type: ignore[no-untyped-def]
    # A cue noun without a possessive or "of"/"by" owner reports nobody's words.
    found = _run(extractor, "The statement drew a response that nobody expected from the committee.")
    assert not any(f[2] in ("statement", "response") for f in found), found


def test_attributions_lexicon_cue_nouns() -> None:
    nouns = cue_lexicon().nouns
    assert {"remark", "remarks", "conclusion", "call", "calls", "statement"} <= nouns
    assert "said" not in nouns


HEADLINES = [
    pytest.param(
        "John McCain: Republican Populist Anger Appeals to ‘Bad Angels Of Our Nature.’\n\nSenator John McCain says the movement is bad.",
        [("direct", "John McCain", ":", ("Republican Populist Anger Appeals to ‘Bad Angels Of Our Nature.’",))],
        id="name-colon-statement-ending-in-quote",
    ),
    pytest.param(
        "WSJ editorial: 'Deport Nikki Haley.'\nNikki Haley should be deported.",
        [("direct", "WSJ editorial", ":", ("'Deport Nikki Haley.'",))],
        id="name-colon-quote-in-unparsed-paragraph",
    ),
    pytest.param(
        "Clinton camp: Trump’s Islamaphobia threatens national security.\n\nHillary Clinton’s campaign said on Monday "
        "that it was worried.",
        [("indirect", "Clinton camp", ":", ("Trump’s Islamaphobia threatens national security",))],
        id="a-name-s-camp-colon-statement",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_attributions_headline_name_colon(extractor, text: str, expected: list[Expected]) -> None:  # type: ignore[no-untyped-def]
    # The second row also guards the colon-clause rule against paragraphs left unparsed
    # (it used to raise "Sentence boundaries unset").
    _check(extractor, text, expected)


@pytest.mark.model
def test_attributions_headline_without_quote_is_no_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    # A rubric is no speaker, and below the title a "Name: …" line without a quote is not
    # read as a statement (a list of "Rubio: Finish second." goals, an interview's "Q: …").
    found = _run(extractor, "Update: Polls close at eight in most states tonight\n\nVoters lined up early.\n\nRubio: Finish second in the primary.")
    assert not any(f[2] == ":" for f in found), found
    found = _run(extractor, "The Latest: Trump delivers defense of ‘New York values.’\n\nTrump spoke on Thursday.")
    assert not any(f[2] == ":" for f in found), found
    # nor is a viral headline's kicker, or a byline
    for title in ("BUSTED: Emails Reveal Hillary Aide And CNN Reporter Conspiring", "Revealed: What The Videos Actually Contain",
                  "BYLINE: Amber Phillips"):
        found = _run(extractor, f"{title}\n\nThe story went viral on Friday.")
        assert not any(f[2] == ":" for f in found), found


@pytest.mark.model
def test_attributions_title_name_colon_without_quote(extractor) -> None:  # type: ignore[no-untyped-def]
    # PolNeAR reads a title "Name: statement" as the name's statement, quoted or not; a report
    # of the "I" inside it gives way to it, a report by a name of its own does not.
    _check(extractor, "Marco Rubio: I Am Not Interested In Being Vice President.\n\nRubio spoke in Miami.",
           [("indirect", "Marco Rubio", ":", ("I Am Not Interested In Being Vice President",))])
    _check(extractor, "Rubio: I Still Believe Trump Can’t Be Trusted with the Codes.\n\nRubio spoke in Miami.",
           [("indirect", "Rubio", ":", ("I Still Believe Trump Can’t Be Trusted with the Codes",))],
           [("Believe", "Trump Can’t Be Trusted with the Codes")])


# Sources and content edges from the PolNeAR error analysis of issue 6 (session 4): the
# speaker is never a dateline, a dash or a day, and a cue's object content stops before the
# when and where of the saying. Each row: a text, attributions that must be found, and
# (cue, content) pairs that must not be reported together.
SOURCES_AND_EDGES = [
    pytest.param(
        "A petition calling on him to be banned from Britain got 500,000 signatures.",
        [("indirect", "A petition", "calling on", ("him to be banned from Britain",))],
        [],
        id="the-subject-a-participle-describes-is-its-speaker",
    ),
    pytest.param(
        "The AFT endorsement “was early enough that most people didn’t know who Bernie Sanders was. People were still "
        "talking about Elizabeth Warren,” said Heiserman of the CORE Teachers.",
        [("direct", "Heiserman of the CORE Teachers", "said",
          ("The AFT endorsement “was early enough that most people didn’t know who Bernie Sanders was. People were still talking about Elizabeth Warren,”",))],
        [("said", "People were still talking about Elizabeth Warren")],
        id="a-quote-the-parser-breaks-into-sentences-keeps-the-words-before-it",
    ),
    pytest.param(
        'Hemsley, the co-author of "Going Viral," about the rapid spread of information, said the days when the nation had '
        '"a somewhat unifying story" from newspapers and the leading TV news networks are gone.',
        [("mixed", "Hemsley", "said", ('the days when the nation had "a somewhat unifying story" from newspapers and the leading TV news networks are gone',))],
        [("said", "are gone")],
        id="a-subject-read-as-an-adverbial-noun-starts-the-report",
    ),
    pytest.param(
        "Carter said that for decades some critics had been predicting a withdrawal from the region, but this would not happen. "
        "He said he was tired, and he left.",
        [
            ("indirect", "Carter", "said", ("that for decades some critics had been predicting a withdrawal from the region, but this would not happen",)),
            ("indirect", "He", "said", ("he was tired",)),
        ],
        [],
        id="a-backshifted-conjunct-goes-on-with-the-report",
    ),
    pytest.param(
        "Fundraising, according to the filings, has surged in the same period. The plan failed, according to CNN, and the mayor resigned.",
        [
            ("indirect", "the filings", "according to", ("Fundraising", "has surged in the same period")),
            ("indirect", "CNN", "according to", ("The plan failed",)),
        ],
        [("according to", "and the mayor resigned")],
        id="according-to-interrupting-a-sentence-reports-both-halves",
    ),
    pytest.param(
        "Bernie Sanders, the senator who is challenging Clinton for the nomination, enjoys TV. "
        "His events are in areas that share media markets with prime terrain. Sanders is challenging the result.",
        [("indirect", "Sanders", "is challenging", ("the result",))],
        [("is challenging", "Clinton for the nomination"), ("share", "media markets with prime terrain")],
        id="a-describing-relative-clause-reports-nothing",
    ),
    pytest.param(
        "Mr. Manafort had been hired to steer Mr. Trump through what appeared to be a protracted fight for delegates. "
        "The climate appears to be destabilizing quickly.",
        [("indirect", None, "appears", ("The climate", "to be destabilizing quickly"))],
        [("appeared", "to be a protracted fight for delegates")],
        id="what-appeared-to-be-is-a-description",
    ),
    pytest.param(
        "New York (AFP) – Vice President Joe Biden on Monday hit the campaign trail with Hillary Clinton, "
        "trashing Donald Trump as unqualified and accusing him of endangering the lives of US troops.",
        [("indirect", "Vice President Joe Biden", "accusing", ("him of endangering the lives of US troops",))],
        [],
        id="a-dateline-with-the-agency-is-not-the-speaker",
    ),
    pytest.param(
        "Serafinowicz, who has starred in “Parks and Recreation” and “Guardians of the Galaxy,” posted the clip to YouTube.",
        [("indirect", "Serafinowicz", "posted", ("the clip to YouTube",))],
        [("posted", "“Guardians of the Galaxy,”")],
        id="a-title-inside-the-sentence-is-no-quote-of-the-cue-after-it",
    ),
    pytest.param(
        '"I am a superdelegate and I do not believe in superdelegates," Warren, who has not endorsed a candidate, told reporters.',
        [("direct", "Warren, who has not endorsed a candidate", "told", ('"I am a superdelegate and I do not believe in superdelegates,"',))],
        [("has not endorsed", '"I am a superdelegate and I do not believe in superdelegates,"')],
        id="a-relative-clause-after-a-quote-is-not-its-cue",
    ),
    pytest.param(
        "He said he and Trump differ on Israel, the Iranian nuclear deal and the possibility of compromising over a court nominee.",
        [("indirect", "He", "said", ("he and Trump differ on Israel, the Iranian nuclear deal and the possibility of compromising over a court nominee",))],
        [("said", "he and Trump differ on Israel")],
        id="a-list-read-as-an-apposition-stays-in-the-content",
    ),
    pytest.param(
        "When your car gets frozen into a block of ice.\n\nAs Vulture put it, “Hello, it’s the Biebs.” Justin Bieber has fans.",
        [("direct", "Vulture", "put it", ("“Hello, it’s the Biebs.”",))],
        [],
        id="a-paragraph-with-only-put-it-is-parsed",
    ),
    pytest.param(
        "Obama on Friday held an impromptu press briefing to brag that the unemployment rate has fallen. "
        "He went out of his way to say that Russia's economy had hit bottom.",
        [
            ("indirect", "Obama", "brag", ("that the unemployment rate has fallen",)),
            ("indirect", "He", "say", ("that Russia's economy had hit bottom",)),
        ],
        [],
        id="an-infinitive-after-a-noun-is-the-subjects",
    ),
    pytest.param(
        "Trump called the system “rigged” in a tweet Tuesday, and a few Republican lawmakers have called for a special prosecutor.",
        [("indirect", "a few Republican lawmakers", "have called for", ("a special prosecutor",))],
        [("called", "a few Republican lawmakers have called for a special prosecutor"),
         ("called", "the system “rigged” in a tweet Tuesday, and a few Republican lawmakers have called for a special prosecutor")],
        id="a-clause-after-comma-and-is-not-the-cues",
    ),
    pytest.param(
        "On the same day, Mr. Trump said of the episode, ''I don't like it,'' adding that ''they have anger that's unbelievable.''",
        [
            ("direct", "Mr. Trump", "said", ("''I don't like it,''",)),
            ("direct", "Mr. Trump", "adding", ("that ''they have anger that's unbelievable.''",)),
        ],
        [("said", "''I don't like it,'' adding that ''they have anger that's unbelievable.''")],
        id="adding-that-a-quote-is-a-second-statement",
    ),
    pytest.param(
        "In Puerto Rico, 60 pledged delegates and seven superdelegates were at stake. Sanders pledged to stay in the race.",
        [("indirect", "Sanders", "pledged", ("to stay in the race",))],
        [("pledged", "delegates and seven superdelegates were at stake")],
        id="pledged-delegates-are-no-pledge",
    ),
    pytest.param(
        "In a Politico article, Braynard is quoted as saying “Our method succeeds where others fail.” "
        "“We will win,” the aide was quoted as saying. Jones was cited as telling donors that the race was close.",
        [
            ("direct", "Braynard", "is quoted as saying", ("“Our method succeeds where others fail.”",)),
            ("direct", "the aide", "was quoted as saying", ("“We will win,”",)),
            ("indirect", "Jones", "was cited as telling", ("that the race was close",)),
        ],
        [("is quoted", "Braynard"), ("was cited", "Jones")],
        id="the-one-quoted-as-saying-says-it",
    ),
    pytest.param(
        "But the debate was so subdued that Mr. Trump was prompted to say, ''So far, I cannot believe how civil it's been up here.''",
        [("direct", "Mr. Trump", "say", ("''So far, I cannot believe how civil it's been up here.''",))],
        [],
        id="the-one-prompted-to-say-says-it",
    ),
    pytest.param(
        'Suu Kyi said it was too early to congratulate winners but added, "I think you all have an idea of the results."',
        [("direct", "Suu Kyi", "added", ('"I think you all have an idea of the results."',))],
        [],
        id="but-added-after-an-it-clause-is-the-first-speakers",
    ),
    pytest.param(
        "“I will make this promise to you: we will find the people who did this,” Tulsa police Chief Chuck Jordan said Monday. "
        "“I want to assure our community of that.”",
        [("direct", "Tulsa police Chief Chuck Jordan", "said",
          ("“I will make this promise to you: we will find the people who did this,”", "“I want to assure our community of that.”"))],
        [],
        id="name-the-tagger-reads-as-verb-and-day-after-cue",
    ),
    pytest.param(
        "BOSTON -- Governor Charlie Baker, speaking at the State House on Friday, said the budget would be balanced by June.",
        [("indirect", "Governor Charlie Baker", "said", ("the budget would be balanced by June",))],
        [],
        id="dateline-is-not-the-speaker",
    ),
    pytest.param(
        "When the senator said the fee was never paid ― as was true for the years the records were made public ― Lopez boasted, “That makes me careful.”",
        [("direct", "Lopez", "boasted", ("“That makes me careful.”",))],
        [],
        id="dash-is-not-the-speaker",
    ),
    pytest.param(
        "The film ― which follows three families over a decade ― explains the history of the housing crisis.",
        [("indirect", "The film", "explains", ("the history of the housing crisis",))],
        [],
        id="dash-ends-the-source-phrase-and-stays-out-of-the-cue",
    ),
    pytest.param(
        "“We are ready for the vote,” said RNC spokesman Sean Lopez in a Friday statement.",
        [("direct", "RNC spokesman Sean Lopez", "said", ("“We are ready for the vote,”",))],
        [],
        id="inverted-source-stops-at-the-name",
    ),
    pytest.param(
        "Warren stressed those worries on Sunday at a forum in Boston.",
        [("indirect", "Warren", "stressed", ("those worries",))],
        [],
        id="object-content-without-time-and-place",
    ),
    pytest.param(
        "The senator blamed the shutdown on the House leadership.",
        [("indirect", "The senator", "blamed", ("the shutdown on the House leadership",))],
        [],
        id="object-content-keeps-a-complement-on",
    ),
    pytest.param(
        "The mayor has called for the city council to release the report.",
        [],
        [("has called for", "for the city council")],
        id="cue-preposition-not-in-content",
    ),
    pytest.param(
        "Smith was quick to add that the deal does not include the northern plant.",
        [("indirect", "Smith", "add", ("that the deal does not include the northern plant",))],
        [],
        id="source-of-quick-to-add",
    ),
    pytest.param(
        "Cruz added that he was the only candidate to spend his entire life “fighting to defend the Constitution. I will tell you this, we will win.”",
        [("mixed", "Cruz", "added",
          ("that he was the only candidate to spend his entire life “fighting to defend the Constitution. I will tell you this, we will win.”",))],
        [],
        id="reported-clause-runs-on-into-a-quote",
    ),
    pytest.param(
        "It is worth noting that the tax bill was never paid. It was widely reported that the company paid $100 million. "
        "It's hard to imagine Republican incumbents surviving in Wisconsin.",
        [("indirect", None, "was widely reported", ("that the company paid $100 million",))],
        [("noting", "that the tax bill was never paid"), ("imagine", "Republican incumbents surviving in Wisconsin")],
        id="no-speaker-only-for-a-passive-report",
    ),
    pytest.param(
        "In a new Marist poll released Sunday, three of four voters disapproved of the plan. Clinton led Sanders 2-1 in an NBC News poll.",
        [("indirect", "a new Marist poll", "In", ("three of four voters disapproved of the plan",)),
         ("indirect", "an NBC News poll", "in", ("Clinton led Sanders 2-1",))],
        [],
        id="a-survey-reports-its-findings",
    ),
    pytest.param(
        "Her lead in the polls has shrunk since the convention.",
        [],
        [("in", "has shrunk since the convention")],
        id="in-the-polls-inside-a-noun-phrase-reports-nothing",
    ),
    pytest.param(
        "The lawyer, who advises the super PAC on its fundraising, left the meeting early. Cruz has run against what he calls the “Washington cartel.”",
        # PolNeAR's content begins with the relative "what" (train: +0.0003 direct F1)
        [("mixed", "he", "calls", ("what", "the “Washington cartel"))],
        [("advises", "the super PAC on its fundraising")],
        id="a-verb-describing-a-noun-reports-only-a-quote",
    ),
    pytest.param(
        "Asked about his previous criticisms of the plan, Christie said that was a natural part of the campaign.",
        [("indirect", None, "Asked about", ("his previous criticisms of the plan",)),
         ("indirect", "Christie", "said", ("that was a natural part of the campaign",))],
        [],
        id="the-one-asked-is-not-the-asker",
    ),
    pytest.param(
        "What the report does mean - Not all web panels are created equal. From the report: “In general, samples with more elaborate sampling produced more accurate results.”",
        [("direct", "the report", ":", ("“In general, samples with more elaborate sampling produced more accurate results.”",))],
        [],
        id="name-colon-after-a-dash-and-a-sentence",
    ),
    pytest.param(
        "Signs of momentum were there all along -More from Newport and Harter: “We found that the strengths most correlated with the vote were inspiring.”",
        [("direct", "Newport and Harter", ":", ("“We found that the strengths most correlated with the vote were inspiring.”",))],
        [],
        id="two-names-colon-after-a-tight-dash",
    ),
    pytest.param(
        "Beck was commenting on her speech at the rally. Smith agreed with the governor.",
        [("indirect", "Beck", "was commenting on", ("her speech at the rally",)),
         ("indirect", "Smith", "agreed with", ("the governor",))],
        [],
        id="preposition-opening-the-content-joins-the-cue",
    ),
    pytest.param(
        "Canova has ripped the chairwoman on social media because it is paying off: He said he’s raised about $100,000 in the 72 hours since the scandal erupted.",
        [("indirect", "He", "said", ("he’s raised about $100,000 in the 72 hours since the scandal erupted",))],
        [("said", "Canova has ripped the chairwoman on social media because it is paying off")],
        id="report-after-a-colon-is-not-the-sentence-before-it",
    ),
    pytest.param(
        "“We will ask the State Department to approve the plan,” the message reads. Donald Trump read the words he had come to deliver.",
        [("direct", "the message", "reads", ("“We will ask the State Department to approve the plan,”",))],
        [("read", "the words he had come to deliver")],
        id="a-document-reads-a-quote-a-person-reads-no-statement",
    ),
    pytest.param(
        "Earlier this month, Clinton was asked about securing the border.",
        [("indirect", None, "was asked about", ("securing the border",))],
        [],
        id="passive-report-without-a-source",
    ),
    pytest.param(
        "It\u00a0also works with the Border Patrol in some select locales, leaving many to wonder whether the agency has been infiltrated.",
        [("indirect", "It", "wonder", ("whether the agency has been infiltrated",))],
        [],
        id="source-without-a-trailing-no-break-space",
    ),
    pytest.param(
        'Sanders sent out a text message to supporters saying: "With your help, we were just declared the winner in New Hampshire!"',
        [("direct", "Sanders", "saying", ('"With your help, we were just declared the winner in New Hampshire!"',))],
        [],
        id="a-message-sent-to-people-saying-is-the-senders",
    ),
    pytest.param(
        "Clinton testified voluntarily in 1998.",
        [],
        [("testified", "in 1998")],
        id="only-when-it-was-said-is-no-content",
    ),
    pytest.param(
        'Rajoy said Monday that he will "try to form a stable government" and insisted that his party was "still the No. 1 force in Spain."',
        [("mixed", "Rajoy", "said", ('that he will "try to form a stable government"',)),
         ("mixed", "Rajoy", "insisted", ('that his party was "still the No. 1 force in Spain',))],
        [],
        id="a-second-report-joined-to-the-first-ones-clause-is-the-same-speakers",
    ),
    pytest.param(
        "Clinton maintains a large lead over Sanders among women, and he is appealing to younger voters.",
        [],
        [("maintains", "a large lead over Sanders among women"), ("is appealing to", "younger voters")],
        id="verbs-whose-object-is-not-what-was-said",
    ),
    pytest.param(
        "Trump said if Hillary Clinton is elected president, she will bring in many more terrorists "
        "and Trump says some of those individuals will be worse than Mateen.",
        [("indirect", "Trump", "said", ("if Hillary Clinton is elected president, she will bring in many more terrorists",)),
         ("indirect", "Trump", "says", ("some of those individuals will be worse than Mateen",))],
        [],
        id="a-clause-ends-where-a-new-report-joins-it",
    ),
    pytest.param(
        "Clinton, though she praised Garland and said Republicans should give him a hearing, notably stopped short of committing to renominate him.",
        [("indirect", "she", "said", ("Republicans should give him a hearing",))],
        [],
        id="a-clause-ends-before-a-verb-of-the-cues-tense",
    ),
    pytest.param(
        "Trump said the judge had “an inherent conflict of interest,” which drew wide condemnation from legal experts.",
        [("mixed", "Trump", "said", ("the judge had “an inherent conflict of interest,”",))],
        [],
        id="the-writers-which-clause-after-a-closing-quote-is-not-the-content",
    ),
    pytest.param(
        'She went on: "It is like if your house is leaking and you call anybody except the plumber."',
        [("direct", "She", "went on", ('"It is like if your house is leaking and you call anybody except the plumber."',))],
        [],
        id="a-colon-lead-whose-verb-the-parser-hangs-off-the-quote",
    ),
    pytest.param(
        "The nominee said she wanted to speak “directly to white people” and let them know that “this is not who we are.”",
        [],
        [("know", "that “this is not who we are")],
        id="those-let-know-are-not-speakers",
    ),
    pytest.param(
        "This week, the president declined to threaten Moscow or even directly declare it responsible.",
        [("indirect", "the president", "declined", ("to threaten Moscow",))],
        [],
        id="no-trailing-conjunction-in-a-content",
    ),
    pytest.param(
        'Charlotte Mayor Jennifer Roberts said Friday that she thinks the video should be released but said "the question is the timing."',
        [("indirect", "Charlotte Mayor Jennifer Roberts", "said", ("that she thinks the video should be released",)),
         ("direct", "Charlotte Mayor Jennifer Roberts", "said", ('"the question is the timing."',))],
        [],
        id="a-second-report-the-parser-takes-for-the-firsts-clause",
    ),
    pytest.param(
        "ORLANDO, Fla. (Reuters) - President Barack Obama met survivors of the massacre on Thursday and said "
        "the United States must act to control gun violence.",
        [("indirect", "President Barack Obama", "said", ("the United States must act to control gun violence",))],
        [],
        id="a-dateline-with-state-and-agency-is-not-the-speaker",
    ),
    pytest.param(
        "11:00 am – Police receive 911 calls saying shots have been fired inside the Inland Regional Center.",
        [("indirect", "Police", "saying", ("shots have been fired inside the Inland Regional Center",))],
        [],
        id="a-live-blogs-time-is-not-the-speaker",
    ),
    pytest.param(
        "A wall would not only address the flow of criminals coming across the border, she said, but also the flow of illegal drugs. "
        "He was unable to find a single taker, he said, on condition of anonymity.",
        [("indirect", "she", "said", ("A wall would not only address the flow of criminals coming across the border",
                                      "but also the flow of illegal drugs")),
         ("indirect", "he", "said", ("He was unable to find a single taker",))],
        [],
        id="a-cue-clause-set-in-after-the-reported-clauses-verb",
    ),
    pytest.param(
        "Mr. Trump was forced into a rare moment of damage control and said that his words had been taken out of context.",
        [("indirect", "Mr. Trump", "said", ("that his words had been taken out of context",))],
        [],
        id="a-report-joined-to-a-passive-is-its-subjects",
    ),
    pytest.param(
        "In the wake of the remarks, Trump called for the president to resign.",
        [("indirect", "Trump", "called for", ("the president to resign",))],
        [],
        id="called-for-someone-to-do-something",
    ),
    pytest.param(
        "Most Republican senators support the nominee, but Sanders opposes the trade deal.",
        [("indirect", "Most Republican senators", "support", ("the nominee",)),
         ("indirect", "Sanders", "opposes", ("the trade deal",))],
        [],
        id="support-and-oppose-report-their-object",
    ),
    pytest.param(
        "Clinton wants to raise the minimum wage. Cruz has pointed to his organizational strength.",
        [("indirect", "Clinton", "wants", ("to raise the minimum wage",)),
         ("indirect", "Cruz", "has pointed to", ("his organizational strength",))],
        [],
        id="want-and-point-to-report-their-object",
    ),
    pytest.param(
        "Cruz has railed against the Washington cartel. Clinton talked about the drug crisis.",
        [("indirect", "Cruz", "has railed against", ("the Washington cartel",)),
         ("indirect", "Clinton", "talked about", ("the drug crisis",))],
        [],
        id="cues-measured-on-train-rail-against-and-talk-about",
    ),
    pytest.param(
        "Sanders called upon the U.S. to press China. Obama remarked upon the fact that there is still more work to do.",
        [("indirect", "Sanders", "called upon", ("the U.S. to press China",)),
         ("indirect", "Obama", "remarked upon", ("the fact that there is still more work to do",))],
        [],
        id="upon-joins-the-cue-as-on-does",
    ),
    pytest.param(
        "Watching the speech, Christie was thinking: “My God, what have I done to my career?” Pence wants “smarter and tougher” leadership.",
        [],
        [("wants", "“smarter and tougher”"), ("was thinking", "“My God, what have I done to my career?”")],
        id="a-thought-or-a-wish-is-no-quotation",
    ),
    pytest.param(
        "At the party convention Sen. Elizabeth Warren (D-MA) said the nominee was a “proven failure” in business.",
        [("mixed", "Sen. Elizabeth Warren (D-MA)", "said", ("the nominee was a “proven failure” in business",))],
        [],
        id="a-speakers-party-and-state-keep-their-parenthesis",
    ),
    pytest.param(
        "Voters see her as better equipped to deal with racial tensions than Mr. Trump - 60 percent of voters said "
        "Mrs. Clinton would be better at handling the issue, double the number who said so of Mr. Trump.",
        [("indirect", "60 percent of voters", "said",
          ("Mrs. Clinton would be better at handling the issue, double the number who said so of Mr. Trump",))],
        [],
        id="a-spaced-hyphen-is-a-dash-that-ends-the-speakers-phrase",
    ),
    pytest.param(
        "She said that she had seen several emails from people planning acts of civil disobedience, and that talk "
        "of dissent in the Republican ranks over Mr. Trump masked the searing divisions among Democrats.",
        [("indirect", "She", "said", ("that she had seen several emails from people planning acts of civil disobedience, "
                                      "and that talk of dissent in the Republican ranks over Mr. Trump masked the searing "
                                      "divisions among Democrats",))],
        [],
        id="a-title-abbreviation-does-not-end-the-second-that-clause",
    ),
    pytest.param(
        "Do you agree with the senator? Join the conversation:\n\n“A disgrace to the nation and to all of its "
        "people.” That was the verdict of many readers.",
        [],
        [("Do you agree", "“A disgrace to the nation and to all of its people.”")],
        id="a-colon-lead-is-a-cue-in-the-sentence-the-colon-ends",
    ),
    pytest.param(
        "Clinton leads the field. That said, Cruz cannot realistically get enough delegates to win. This said, "
        "the race is far from over for Cruz and his supporters.",
        [],
        [("said", "Cruz cannot realistically get enough delegates to win"), ("said", "the race is far from over")],
        id="that-said-is-a-connective-not-a-report",
    ),
    pytest.param(
        "Sixty-four percent call him competent, after 55 percent said so in December. Clinton hopes so. "
        "Trump said it on Tuesday. Obama has said so many times that the bill is dead.",
        [("indirect", "55 percent", "said", ("so",)), ("indirect", "Clinton", "hopes", ("so",)),
         ("indirect", "Trump", "said", ("it",)), ("indirect", "Obama", "has said", ("that the bill is dead",))],
        [("has said", "so")],
        id="a-pro-form-so-or-it-is-what-was-said",
    ),
    pytest.param(
        "Asked if her email practices were illegal, 46 percent of voters said yes, compared with 23 percent. "
        "Asked if he was ever bullied, the candidate said no. He said no one came.",
        [("indirect", "46 percent of voters", "said", ("yes",)), ("indirect", "the candidate", "said", ("no",)),
         ("indirect", "He", "said", ("no one came",))],
        [],
        id="an-answer-yes-or-no-is-what-was-said",
    ),
    pytest.param(
        "She gave the department 30,000 emails, which she said represented all her work. The rally drew a crowd "
        "that he said defied expectations. The rate falls to 10 percent, which Senator Ted Cruz proposed under a "
        "flat tax. She hired a lawyer who advises the PAC.",
        [("indirect", "she", "said", ("which", "represented all her work")),
         ("indirect", "he", "said", ("that", "defied expectations")),
         ("indirect", "Senator Ted Cruz", "proposed", ("which",))],
        [("advises", "the PAC")],
        id="a-relative-word-stands-for-what-was-said",
    ),
    pytest.param(
        "The FBI is reportedly making arrangements to interview Hillary Clinton. For the president, who "
        "reportedly has been itching to get off the sidelines, the moment has come. Trump reportedly said he "
        "would win.",
        [("indirect", None, "reportedly", ("The FBI is", "making arrangements to interview Hillary Clinton")),
         ("indirect", "Trump", "said", ("he would win",))],
        [("reportedly", "has been itching to get off the sidelines")],
        id="reportedly-reports-without-a-source",
    ),
    pytest.param(
        "Clinton, who is expected to deliver a forceful indictment of Trump, spoke on Monday. The speech, which "
        "was seen as an attempt to look presidential, was long.",
        [("indirect", None, "is expected", ("who", "to deliver a forceful indictment of Trump"))],
        [("was seen", "as an attempt to look presidential")],
        id="a-relative-clause-forecast-is-a-statement",
    ),
    pytest.param(
        "Bernie Sanders, who on Tuesday endorsed Clinton, will campaign for her in Ohio. Delegates "
        "pledged to Trump met in Cleveland.",
        [("indirect", "who", "endorsed", ("Clinton",))],
        [("pledged", "to Trump")],
        id="the-relative-word-subject-takes-the-stance",
    ),
    pytest.param(
        "Mr. Trump did not respond in kind. Johnson noted in a column for The Intercept. "
        "She also argued in favor of the new trade deal.",
        [("indirect", "She", "also argued", ("in favor of the new trade deal",))],
        [("did not respond", "in kind"), ("noted", "in a column for The Intercept")],
        id="where-a-verb-was-said-is-not-what-was-said",
    ),
    pytest.param(
        "Although there is no overlap with the governor's team, a campaign aide who spoke anonymously to discuss "
        'internal strategy said Wednesday, "There are talks between the two campaigns."',
        [("direct", "a campaign aide who spoke anonymously to discuss internal strategy", "said",
          ('"There are talks between the two campaigns."',))],
        [],
        id="the-speaker-is-the-noun-a-relative-clause-describes",
    ),
    pytest.param(
        "Trump tweeted in the early morning hours that Machado was “disgusting” and “a con” and that she had a “terrible” past. "
        "He will be charged with murder and other charges related to the incident Sunday evening that left one person dead.",
        [("mixed", "Trump", "tweeted", ("that Machado was “disgusting” and “a con” and that she had a “terrible” past",))],
        [("will be charged", "that left one person dead")],
        id="a-that-clause-after-an-adjunct-is-what-was-said",
    ),
    pytest.param(
        "The retired neurosurgeon has provided no details, saying in his statement only that he was "
        "“refining some operational practices and streamlining some staff assignments.”",
        [("mixed", "The retired neurosurgeon", "saying",
          ("that he was “refining some operational practices and streamlining some staff assignments",))],
        [],
        id="a-that-clause-after-an-adjunct-and-an-adverb-is-what-was-said",
    ),
    pytest.param(
        "Trump further summed up Clinton as “terrible,” denouncing her record. "
        "PolitiFact rated 22% of Democratic claims as “entirely true.”",
        [("mixed", "Trump", "further summed up", ("Clinton as “terrible",)),
         ("mixed", "PolitiFact", "rated", ("22% of Democratic claims as “entirely true",))],
        [],
        id="any-verb-casting-its-object-as-a-quoted-label",
    ),
    pytest.param(
        "Her view is shared by Sen. Elizabeth Warren. The meeting was first reported by Politico. "
        "Herman Cain was asked by a caller why young men are fleeing.",
        [("indirect", "Sen. Elizabeth Warren", "is shared", ("Her view",)),
         ("indirect", "Politico", "was first reported", ("The meeting",))],
        [("was asked", "Herman Cain")],
        id="a-passive-with-its-agent-reports-its-subject",
    ),
    pytest.param(
        "Sanders often questions her ties to super PACs and has called for the former secretary of state "
        "to release the transcripts of her paid speeches.",
        [("indirect", "Sanders", "has called for",
          ("the former secretary of state to release the transcripts of her paid speeches",))],
        [],
        id="called-for-someone-to-do-something-keeps-the-infinitive",
    ),
    pytest.param(
        "Another method would require individual delegates to challenge existing party rules. "
        "The Russians have used the presence of Nusra fighters to justify airstrikes around Aleppo.",
        [("indirect", "individual delegates", "challenge", ("existing party rules",)),
         ("indirect", "The Russians", "justify", ("airstrikes around Aleppo",))],
        [],
        id="the-one-required-to-do-it-is-its-speaker-not-a-tool-used-for-it",
    ),
    pytest.param(
        "But expecting Trump to change significantly as he enters his eighth decade is like marrying a man "
        "and expecting to reform all the qualities you don't like.",
        [],
        [("expecting", "to reform all the qualities you don't like")],
        id="a-gerund-clause-as-subject-is-nobody",
    ),
    pytest.param(
        "In the final round next month, Clinton holds a 10-point lead in California, according to the RealClearPolitics "
        "average of polls, where 475 delegates will be at stake.\n\nKentucky Republicans chose Donald Trump as their nominee in a March caucus.",
        [("indirect", "the RealClearPolitics average of polls, where 475 delegates will be at stake", "according to",
          ("In the final round next month, Clinton holds a 10-point lead in California",))],
        [],
        id="according-to-reports-within-its-paragraph",
    ),
    pytest.param(
        "In his autobiography, ''A Time for Truth,'' published in 2015, Mr. Cruz wrote little about his father. "
        "Tuesday on the radio show “Midday with Charlie Sykes,” while discussing a tweet, Ryan said the images had no place in a campaign.",
        [("indirect", "Ryan", "said", ("the images had no place in a campaign",))],
        [("published", "''A Time for Truth,''"), ("discussing", "“Midday with Charlie Sykes,”")],
        id="the-title-of-a-work-is-no-statement",
    ),
    pytest.param(
        "Sanders took the stage in Iowa to say that the race was a virtual tie. Trump went to Twitter to say the poll was rigged. "
        "But former Maryland governor Martin O'Malley, who is polling in the single digits, interjected to say: "
        "\"They've both been inconsistent when it comes to this issue.\"",
        [("indirect", "Sanders", "say", ("that the race was a virtual tie",)),
         ("indirect", "Trump", "say", ("the poll was rigged",)),
         ("direct", "former Maryland governor Martin O'Malley", "say", ("\"They've both been inconsistent when it comes to this issue.\"",))],
        [],
        id="who-goes-somewhere-to-say-something-says-it",
    ),
    pytest.param(
        "Clinton seemed to be ready to riff on the incident in Iowa, telling the crowd, “Some people get a little carried away, have you noticed that?”\n\n"
        "Band member Flea shared the news on social media last week, writing “Feels great to support someone I believe in.”",
        [("direct", "Clinton", "telling", ("“Some people get a little carried away, have you noticed that?”",)),
         ("direct", "Band member Flea", "writing", ("“Feels great to support someone I believe in.”",))],
        [],
        id="a-participle-after-a-comma-goes-with-the-sentences-subject",
    ),
    pytest.param(
        "Sam Lau, the communications director for the Iowa Democratic Party said in a statement. "
        "“There are no paper ballots to recount. Monday’s caucuses were a unique event.”\n\n"
        "“We will win,” she said. “Nobody can stop us now.”",
        [("direct", "Sam Lau", "said in a statement", ("“There are no paper ballots to recount. Monday’s caucuses were a unique event.”",)),
         ("direct", "she", "said", ("“We will win,”", "“Nobody can stop us now.”"))],
        [],
        id="a-speech-verb-that-reports-nothing-reports-the-quote-after-its-sentence",
    ),
    pytest.param(
        "Sanders has long said the same thing. He's said, \"It's not about me, it's about us.\" "
        "Among voters, she's seen as 'part of the people in power.'",
        [("direct", "He", "'s said", ('"It\'s not about me, it\'s about us."',)),
         ("indirect", None, "'s seen", ("she", "as 'part of the people in power"))],
        [],
        id="hes-said-is-has-said",
    ),
    pytest.param(
        "Trump is also congratulating his rivals, especially Ted Cruz and Marco Rubio as they battle for second place. "
        "He touted his victories in various states, particularly in Florida, which he describes as his second home.",
        [("indirect", "Trump", "is also congratulating", ("his rivals, especially Ted Cruz and Marco Rubio as they battle for second place",)),
         ("indirect", "He", "touted", ("his victories in various states, particularly in Florida",))],
        [],
        id="especially-and-particularly-narrow-what-was-said",
    ),
    pytest.param(
        "Democrats don’t talk much about the deficit. Trump bragged prematurely about his win.",
        [("indirect", "Democrats", "don’t talk much about", ("the deficit",)),
         ("indirect", "Trump", "bragged prematurely about", ("his win",))],
        [],
        id="a-cue-preposition-after-an-adverb-joins-the-cue",
    ),
    pytest.param(
        "Republicans expressed concern about the deal on Monday. Trump has shown no interest in the details of the plan.",
        [("indirect", "Republicans", "expressed concern about", ("the deal",)),
         ("indirect", "Trump", "has shown no interest in", ("the details of the plan",))],
        [],
        id="a-topic-noun-and-its-preposition-join-the-cue",
    ),
    pytest.param(
        "Trump told the Washington Post in a written statement, “I really don’t want Jeb’s endorsement at all.”",
        [("direct", "Trump", "told", ("“I really don’t want Jeb’s endorsement at all.”",))],
        [("written", "“I really don’t want Jeb’s endorsement at all.”")],
        id="a-participle-used-as-an-adjective-is-no-cue",
    ),
    pytest.param(
        "“How big is that wall?” asked the boy, who was wearing a hat.\n\n"
        "''Is that the Republican National Committee?'' asked Mr. Manafort, referring to the attacks.",
        [("direct", "the boy", "asked", ("“How big is that wall?”",)),
         ("direct", "Mr. Manafort", "asked", ("''Is that the Republican National Committee?''",))],
        [],
        id="who-asks-right-after-the-quote-is-its-speaker",
    ),
    pytest.param(
        "“He is a terrible kind of human being,” screenwriter Cole Haddon wrote on Twitter.\n\n"
        "''Every hour is like a year,'' Mr. Daniloff, now 81 and retired in Cambridge, Mass., said.\n\n"
        "“She is spending more time than doing her job,” tweeted another.\n\n"
        "“Very good reporter, very good reporter this guy,” Trump, the 2016 GOP presidential frontrunner nationally and current polling leader in "
        "South Carolina by a wide margin after winning the New Hampshire primaries, said when Boyle asked him a question.",
        [("direct", "screenwriter Cole Haddon", "wrote on Twitter", ("“He is a terrible kind of human being,”",)),
         ("direct", "Mr. Daniloff", "said", ("''Every hour is like a year,''",)),
         ("direct", "another", "tweeted", ("“She is spending more time than doing her job,”",)),
         ("direct", "Trump", "said", ("“Very good reporter, very good reporter this guy,”",))],
        [],
        id="the-speaker-between-a-quote-and-its-cue",
    ),
    pytest.param(
        "Tuesday on the radio show “Midday with Charlie Sykes,” while discussing a controversial tweet from presumptive Republican presidential nominee Donald Trump featuring an image of "
        "Hillary Clinton, money and a six-pointed star likened to the Star of David, Speaker of the House Rep. Paul Ryan (R-WI) said "
        "“anti-Semitic images, they’ve got no place in a presidential campaign.”",
        [("direct", "Speaker of the House Rep. Paul Ryan (R-WI)", "said", ("“anti-Semitic images, they’ve got no place in a presidential campaign.”",))],
        [],
        id="a-name-with-its-party-in-parentheses-before-the-cue",
    ),
    pytest.param(
        "Boreing said the members will still meet for drinks and speakers, but said, “It’s time we change how we do it,” "
        "promising the Friends of Abe will return to its roots.",
        [("direct", "Boreing", "said", ("“It’s time we change how we do it,”",))],
        [("promising", "“It’s time we change how we do it,”")],
        id="a-participle-after-the-quote-goes-on-from-the-cue-before-it",
    ),
    pytest.param(
        "While discussing a controversial tweet from presumptive Republican presidential nominee Donald Trump featuring an image of "
        "Hillary Clinton, money and a six-pointed star likened to the Star of David, Speaker of the House Rep. Paul Ryan (R-WI) said "
        "“anti-Semitic images, they’ve got no place in a presidential campaign.”",
        [("direct", "Speaker of the House Rep. Paul Ryan (R-WI)", "said", ("“anti-Semitic images, they’ve got no place in a presidential campaign.”",))],
        [],
        id="a-sentence-the-parser-took-for-the-subject-is-not-the-speaker",
    ),
    pytest.param(
        "Even a top GOP strategist said Clinton will have to choose whose side she’s on, saying, "
        "“At some point, she’s going to have to come out.”",
        [("indirect", "Even a top GOP strategist", "said", ("Clinton will have to choose whose side she’s on",)),
         ("direct", "Even a top GOP strategist", "saying", ("“At some point, she’s going to have to come out.”",))],
        [],
        id="a-participle-hung-in-the-reported-clause-is-the-reporter-going-on",
    ),
    pytest.param(
        "Rubio pushed back on those claims Thursday, saying that the bill had the correct security components but was waylaid "
        "by voter mistrust - and arguing that he and Cruz shared \"almost all the same views on immigration.\"",
        [("indirect", "Rubio", "saying", ("that the bill had the correct security components but was waylaid by voter mistrust",)),
         ("mixed", "Rubio", "arguing", ("that he and Cruz shared \"almost all the same views on immigration",))],
        [],
        id="a-second-participle-of-speech-is-a-second-statement",
    ),
    pytest.param(
        "The Sanders campaign projects that imposing a tax of a fraction of a percent on financial trades would raise money. "
        "Solar projects that the city approved were delayed.",
        [("indirect", "The Sanders campaign", "projects",
          ("that imposing a tax of a fraction of a percent on financial trades would raise money",))],
        [("projects", "the city approved were delayed")],
        id="a-reporting-verb-the-tagger-took-for-a-plural-noun",
    ),
    pytest.param(
        "Voters, Clinton said, are worried about the banks.",
        [("indirect", "Clinton", "said", ("Voters", "are worried about the banks"))],
        [],
        id="the-reported-subject-the-parser-gave-a-parenthetical-cue",
    ),
    pytest.param(
        "The solution, the partner told them, was simple.",
        [("indirect", "the partner", "told", ("The solution", "was simple"))],
        [],
        id="a-parenthetical-cue-with-the-one-told",
    ),
    pytest.param(
        "The US will send 200 troops to assist Kurdish Peshmerga, Defense Secretary Ash Carter told a Senate panel Wednesday. "
        "Money has flowed into campaigns all over the country, both Republicans and Democrats, and much of it raises red flags.",
        [("indirect", "Defense Secretary Ash Carter", "told", ("The US will send 200 troops to assist Kurdish Peshmerga",))],
        [("raises", "Money has flowed")],
        id="a-closing-cue-clause-the-parser-joined-to-the-clause-it-reports",
    ),
    pytest.param(
        "Soon after the murder of Father Jacques Hamel in Normandy, Trump asserted that France had lost its identity: "
        "“France is no longer France,” he claimed.",
        [("indirect", "Trump", "asserted", ("that France had lost its identity",)),
         ("direct", "he", "claimed", ("“France is no longer France,”",))],
        [],
        id="a-quote-after-a-colon-stands-alone-before-its-cue",
    ),
    pytest.param(
        "Yet it remains to be seen whether a new chain of command can ultimately fix the problem: the candidate's lack of discipline. "
        "Voters see that the plan will fail. A study shows how companies shelter their profits.",
        [("indirect", "Voters", "see", ("that the plan will fail",)),
         ("indirect", "A study", "shows", ("how companies shelter their profits",))],
        [("be seen", "whether a new chain of command can ultimately fix the problem: the candidate's lack of discipline")],
        id="a-question-left-open-is-no-report",
    ),
    pytest.param(
        "“Statue of Liberty bows head in anguish.” This sort of opining, CNN claimed, violates its code of journalistic practices, "
        "and so Labott was suspended.",
        [("indirect", "CNN", "claimed", ("This sort of opining", "violates its code of journalistic practices"))],
        [],
        id="a-parenthetical-cue-the-parser-took-for-the-main-verb",
    ),
    pytest.param(
        "The contrast with Trump, said Doyle and others, would be clear. He won, said Trump, and left.",
        [("indirect", "Doyle and others", "said", ("The contrast with Trump", "would be clear"))],
        [("said", "Doyle and others, would be clear"), ("said", "He won")],
        id="an-inverted-cue-clause-between-a-subject-and-its-predicate",
    ),
    pytest.param(
        "Prager believes there are no good options, but that sometimes the lesser of two evils will have to do.",
        [("indirect", "Prager", "believes",
          ("there are no good options, but that sometimes the lesser of two evils will have to do",))],
        [("believes", "there are no good options")],
        id="a-second-that-clause-joined-to-the-cue-goes-on-with-the-first",
    ),
    pytest.param(
        "Bill Clinton — often the easiest person to provoke — has been “very worked up about it,” said a source.",
        [("direct", "a source", "said", ("Bill Clinton — often the easiest person to provoke — has been “very worked up about it,”",))],
        [("said", "often the easiest person to provoke — has been “very worked up about it,”")],
        id="the-subject-of-a-quoted-predicate-hung-on-the-cue-after-it",
    ),
    pytest.param(
        "A recent CNN survey found 90 percent support for background checks. Mr. Smith found his keys on the table.",
        [("indirect", "A recent CNN survey", "found", ("90 percent support for background checks",))],
        [("found", "his keys on the table")],
        id="what-a-survey-found-is-its-object-not-a-clause",
    ),
    pytest.param(
        "A super PAC supporting Marco Rubio spent $2 million on ads in Iowa. The senator gave a speech outlining her vision for the economy.",
        [("indirect", "A super PAC", "supporting", ("Marco Rubio",)),
         ("indirect", "The senator", "outlining", ("her vision for the economy",))],
        [],
        id="the-noun-a-participle-describes-takes-the-stance-unless-it-is-a-text",
    ),
    pytest.param(
        'The rejection of the treaty signals "the beginning of the end" for the EU, said Geert Wilders, founder of the '
        "Dutch Party for Freedom.\n\nTrump, appearing after Clinton at the forum, cited problems in the Middle East, "
        "China and elsewhere that he blamed on the policies of President Obama and Clinton.",
        [("mixed", "Geert Wilders", "said", ('The rejection of the treaty signals "the beginning of the end" for the EU',))],
        [("cited", "Trump, appearing after Clinton at the forum")],
        id="an-inverted-cue-after-a-clause-with-a-quoted-phrase-the-parser-read-as-a-subject",
    ),
    pytest.param(
        "The promise to “take our country back” and “make America great again” appeals to lesser-educated whites who "
        "wish for a return to an era when a college degree was not necessary, said Alan Abramowitz, a demographer at "
        "Emory University.",
        [("mixed", "Alan Abramowitz", "said",
          ("The promise to “take our country back” and “make America great again” appeals to lesser-educated whites who "
           "wish for a return to an era when a college degree was not necessary",))],
        [],
        id="a-clause-before-an-inverted-cue-is-not-cut-at-a-quote-before-a-cue-word",
    ),
    pytest.param(
        "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he and other rabbis were alarmed "
        "about Trump's behavior and rhetoric on the campaign trail.",
        [("indirect", "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott", "said",
          ("he and other rabbis were alarmed about Trump's behavior and rhetoric on the campaign trail",))],
        [("said", "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott")],
        id="a-speaker-description-the-parser-read-as-a-clause-is-the-source-not-the-content",
    ),
    pytest.param(
        "As reported by Western Journalism, investigators found over 2,200 emails from Clinton’s server containing "
        "classified information. They were especially hard on him over Israel, challenging him over his comments that "
        "he would be a ''neutral guy'' in negotiating the conflict.",
        [("indirect", "Western Journalism", "As reported by",
          ("investigators found over 2,200 emails from Clinton’s server containing classified information",)),
         ("mixed", "They", "challenging", ("his comments that he would be a ''neutral guy'' in negotiating the conflict",))],
        [("reported", "investigators found over 2,200 emails from Clinton’s server containing classified information"),
         ("comments", "that he would be a ''neutral guy'' in negotiating the conflict")],
        id="words-two-rules-read-as-a-report-are-one-statement",
    ),
    pytest.param(
        "As GOP front-runner Donald Trump prepared to speak to supporters in Wisconsin on Tuesday, a 15-year-old girl "
        "outside the venue was pepper-sprayed by another bystander, police said. The Internet has also made it possible "
        "for people with like-minded, if bogus, ideas and theories to organize into communities, she said.",
        [("indirect", "police", "said",
          ("As GOP front-runner Donald Trump prepared to speak to supporters in Wisconsin on Tuesday, a 15-year-old girl "
           "outside the venue was pepper-sprayed by another bystander",)),
         ("indirect", "she", "said",
          ("The Internet has also made it possible for people with like-minded, if bogus, ideas and theories to "
           "organize into communities",))],
        [],
        id="a-sentence-closed-by-its-cue-is-said-however-the-parser-hung-its-clauses",
    ),
    pytest.param(
        "She later listed an array of more than 60 names of conservatives to be shunned. He tweeted about ... and then "
        "left. He called his standing in the crowded candidate field “unheard of.”",
        [("mixed", "He", "called", ("his standing in the crowded candidate field “unheard of",))],
        [("listed", "an array of"), ("tweeted", "about")],
        id="an-object-the-parser-lost-after-its-preposition-is-not-a-statement",
    ),
    pytest.param(
        "Trump said Fox executives were calling every 15 minutes. Fox told a slightly different tale. Hillary Clinton "
        "needs to sell herself and tell more jokes. He told reporters nothing.",
        [("indirect", "Fox", "told", ("a slightly different tale",))],
        [("tell", "more jokes"), ("told", "reporters nothing"), ("told", "nothing")],
        id="a-story-told-is-what-was-said-but-not-one-that-needs-telling",
    ),
    pytest.param(
        "He wrote about the event, which was organized by evangelist Paula White. He wrote a book.",
        [("indirect", "He", "wrote about", ("the event",))],
        [("wrote", "a book")],
        id="what-was-written-about-is-what-was-said-not-what-was-written",
    ),
    pytest.param(
        "\"We really can win on Tuesday,\" said Sanders as he closed out. Roosevelt was hailed by historians as a "
        "liberal champion.",
        [("direct", "Sanders", "said", ("\"We really can win on Tuesday,\"",)),
         ("indirect", "historians", "was hailed", ("Roosevelt",))],
        [],
        id="a-speaker-ends-before-a-clause-or-a-role-after-the-name",
    ),
    pytest.param(
        "\"We will win,\" she said, as the crowd applauded. The tax will go, as police have said.",
        [("direct", "she", "said", ("\"We will win,\"",)),
         ("indirect", "police", "have said", ("The tax will go",))],
        [("applauded", "\"We will win,\" she said")],
        id="an-as-clause-of-a-reaction-is-no-report-of-the-sentence",
    ),
    pytest.param(
        "He spoke for an hour.\n\nContinued Stone: “So I think it’s a very real problem.”\n\nStated Stone:\n\n“The "
        "stakes are so high that they would do anything.”",
        [("direct", "Stone", "Continued", ("“So I think it’s a very real problem.”",)),
         ("direct", "Stone", "Stated", ("“The stakes are so high that they would do anything.”",))],
        [],
        id="a-verb-before-the-name-and-colon-is-the-cue",
    ),
    pytest.param(
        "“It’s going to be well over a million dollars,” Tenney said. “This is what I’m up against.” She went on to "
        "say:\n\n\"Incredibly, none of them will come out and support Trump. They won't.\"",
        [("direct", "Tenney", "said", ("“It’s going to be well over a million dollars,”", "“This is what I’m up against.”")),
         ("direct", "She", "say", ("\"Incredibly, none of them will come out and support Trump. They won't.\"",))],
        [],
        id="a-quote-after-a-lead-in-of-its-own-does-not-continue-the-last-one",
    ),
    pytest.param(
        "He spoke at length.\n\nHewitt writes:\n\nThe movie mentions neither the president nor the secretary of state "
        "by name.\nIn fact, it will be that they did nothing at all.\n\nOne activist tweeted:\n\n<tweet tweet-author="
        "\"@DMV\">PREACH! She should be spending time convincing Rahm to resign<tweet/>.\n\nWatch the ad below:\n\n"
        "The ad shows the senator at a rally in Ohio.",
        [("direct", "Hewitt", "writes", ("The movie mentions neither the president nor the secretary of state by name.\n"
                                         "In fact, it will be that they did nothing at all.",)),
         ("direct", "One activist", "tweeted", ("PREACH! She should be spending time convincing Rahm to resign",))],
        [("mentions", "neither the president nor the secretary of state by name")],
        id="a-block-after-a-speaker-and-colon-is-what-was-said",
    ),
    pytest.param(
        "When Wallace died in 1998, President Clinton released the following statement:\n\n“Hillary and I offer our "
        "condolences to the family and friends of George Wallace.”",
        [("direct", "President Clinton", "released", ("“Hillary and I offer our condolences to the family and friends of George Wallace.”",))],
        [],
        id="the-following-statement-leads-into-the-quote-below",
    ),
    pytest.param(
        "He spoke.\n\nRubio press secretary Brooke Sammon gave it a try, tweeting the following:\n\nCrowd in Hialeah "
        "going wild for Marco as he arrives!\n\nThe company said in a statement on Friday:\n\nWe are reviewing the "
        "decision and will respond in due course.\n\nSanders noted he didn't even fill the place to the 20-yard "
        "line:\n\nThe photos show empty seats in every row of the stadium.",
        [("direct", "Rubio press secretary Brooke Sammon", "tweeting", ("Crowd in Hialeah going wild for Marco as he arrives!",)),
         ("direct", "The company", "said in a statement", ("We are reviewing the decision and will respond in due course.",)),
         ("indirect", "Sanders", "noted", ("he didn't even fill the place to the 20-yard line",))],
        [("tweeting", "the following"), ("noted", "The photos show empty seats in every row of the stadium.")],
        id="a-block-follows-the-following-or-a-cue-with-its-occasion-not-a-clause-of-its-own",
    ),
    pytest.param(
        "Rubio suggested that someone who doesn't answer questions can't be president, while Cruz said that the "
        "stakes are too high. The video shows an officer aiming a gun at Scott while police shout at him to drop it.",
        [("indirect", "Rubio", "suggested", ("that someone who doesn't answer questions can't be president",)),
         ("indirect", "Cruz", "said", ("that the stakes are too high",))],
        [("suggested", "while Cruz said that the stakes are too high")],
        id="a-second-report-set-against-the-first-by-while-is-its-own",
    ),
    pytest.param(
        "“Our politics does not express all the goodness of the people,” he said, without referring specifically to "
        "any of the candidates. Clinton, without naming him, also accused Sanders of being a latecomer.",
        [("direct", "he", "said", ("“Our politics does not express all the goodness of the people,”",)),
         ("indirect", "Clinton", "also accused", ("Sanders of being a latecomer",))],
        [("referring specifically to", "any of the candidates"), ("naming", "him")],
        id="what-was-done-without-saying-it-is-not-a-report",
    ),
    pytest.param(
        "''Not in the West Wing,'' Mrs. Clinton said on ''The Late Show With Stephen Colbert'' last month when asked what "
        "Mr. Clinton would do in the White House.",
        [("direct", "Mrs. Clinton", "said", ("''Not in the West Wing,''",)),
         ("indirect", None, "asked", ("what Mr. Clinton would do in the White House",))],
        [],
        id="when-asked-has-an-unnamed-asker-not-the-time-before-it",
    ),
    pytest.param(
        "He says he respects Clinton and calls her “an extremely intelligent woman with a wonderful resume.”",
        [("indirect", "He", "says", ("he respects Clinton",)),
         ("mixed", "He", "calls", ("her “an extremely intelligent woman with a wonderful resume",))],
        [("says", "calls her")],
        id="and-calls-her-a-name-is-the-writer-going-on-not-what-was-said",
    ),
    pytest.param(
        "He took swipes at Marco Rubio, who he dubbed “the little senator.” The bill would target accreditation "
        "bodies, which he called “a cartel for higher education.”",
        [("mixed", "he", "dubbed", ("who", "“the little senator.”")),
         ("mixed", "he", "called", ("which", "“a cartel for higher education.”"))],
        [],
        id="the-relative-word-a-quoted-name-is-pinned-on-is-content",
    ),
    pytest.param(
        "But 46 percent of Republican voters remain undecided, according to the poll. Still, almost two in three "
        "voters now view Trump favorably, according to Gallup. Even so, in February he raised $5.7 million, "
        "according to his campaign finance documents.",
        [("indirect", "the poll", "according to", ("46 percent of Republican voters remain undecided",)),
         ("indirect", "Gallup", "according to", ("almost two in three voters now view Trump favorably",)),
         ("indirect", "his campaign finance documents", "according to", ("in February he raised $5.7 million",))],
        [("according to", "But 46 percent of Republican voters remain undecided"),
         ("according to", "Still, almost two in three voters now view Trump favorably"), ("according to", "Even so, in February he raised $5.7 million")],
        id="a-sentence-opening-connective-is-not-what-the-source-says",
    ),
    pytest.param(
        "Poll: Trump a big turnoff for Florida Latino voters.\n\nTALLAHASSEE — Donald Trump's views on immigration "
        "have taken their toll on Latino support for the Republican Party, according to a poll of 400 Latino voters.",
        [("indirect", "a poll of 400 Latino voters", "according to",
          ("Donald Trump's views on immigration have taken their toll on Latino support for the Republican Party",))],
        [("according to", "TALLAHASSEE — Donald Trump's views")],
        id="the-dateline-is-not-part-of-what-the-source-says",
    ),
    pytest.param(
        "According to Rep. Trey Gowdy, Congressional probing of the Benghazi scandal was at least partly responsible "
        "for the exposure of the email scandal.",
        [("indirect", "Rep. Trey Gowdy", "According to",
          ("Congressional probing of the Benghazi scandal was at least partly responsible for the exposure of the email scandal",))],
        [],
        id="according-to-x-comma-the-subject-after-the-comma-is-content",
    ),
    pytest.param(
        "Clinton's spokesman, Brian Fallon, said the campaign would respond. But the other candidate on the stage, "
        "former Secretary of State Hillary Clinton, drew a contrast, saying that concerns about job loss were overblown.",
        [("indirect", "Clinton's spokesman, Brian Fallon", "said", ("the campaign would respond",)),
         ("indirect", "the other candidate on the stage, former Secretary of State Hillary Clinton", "saying",
          ("that concerns about job loss were overblown",))],
        [],
        id="a-name-set-after-a-description-of-the-speaker-is-part-of-the-source",
    ),
    pytest.param(
        "Texas Sen. Ted Cruz says his campaign is the only one that “has beaten and can beat” billionaire Donald Trump. "
        "He stressed that “the threat is real.”",
        [("mixed", "Texas Sen. Ted Cruz", "says", ("his campaign is the only one that “has beaten and can beat” billionaire Donald Trump",)),
         ("direct", "He", "stressed", ("that “the threat is real.”",))],
        [],
        id="a-relative-that-before-a-quote-does-not-start-the-content",
    ),
    pytest.param(
        "Trump, in turn, cites his Twitter followers as the source for some of his own non-facts, such as his recent "
        "claim that African Americans killed 81 percent of white homicide victims (the actual number is closer to 15 "
        "percent, according to Factcheck.org). Clinton leads Sanders by 271 pledged delegates "
        "according to a count by The Associated Press, but the senator has vowed to soldier on.",
        [("indirect", "Factcheck.org", "according to", ("the actual number is closer to 15 percent",)),
         ("indirect", "a count by The Associated Press", "according to", ("Clinton leads Sanders by 271 pledged delegates",))],
        [("according to", "Trump, in turn, cites"), ("according to", "but the senator has vowed")],
        id="according-to-reports-within-its-parentheses-and-before-a-but",
    ),
    pytest.param(
        'He was asked about the race. "I feel good about chances in November," Tester said. "Very good." '
        'The pundits called it a "toss-up." Then the senator left.',
        [("direct", "Tester", "said", ('"I feel good about chances in November,"', '"Very good."'))],
        [("said", '"toss-up."')],
        id="a-quoted-sentence-of-two-words-after-the-cue-continues-the-quote",
    ),
    pytest.param(
        "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\nHillary Clinton spoke to the group on Friday.",
        [("indirect", "Clinton", ":", ("Trump will reverse Roe v. Wade",))],
        [],
        id="a-headline-name-with-its-audience-before-the-colon",
    ),
    pytest.param(
        "A Curious Plan to Fight Climate Change: Buy Mines, Sell Coal.\n\nThe company bought three mines last year.",
        [],
        [(":", "Buy Mines, Sell Coal")],
        id="a-headline-phrase-with-an-infinitive-before-the-colon-is-no-name",
    ),
    pytest.param(
        "Clinton blasts Trump over 'deportation force' idea.\n\nHillary Clinton spoke in Ohio on Monday.",
        [("indirect", "Clinton", "blasts", ("Trump",))],
        [],
        id="a-headline-subject-verb-object-reports-the-object",
    ),
    pytest.param(
        "Trump calls for bringing back surveillance of Muslim communities.\n\nThe candidate spoke in Ohio on Monday.",
        [("indirect", "Trump", "calls for", ("bringing back surveillance of Muslim communities",))],
        [],
        id="a-headline-verb-takes-its-particle",
    ),
    pytest.param(
        "Trump pushes for wall funding.\n\nThe candidate spoke in Ohio on Monday.",
        [("indirect", "Trump", "pushes for", ("wall funding",))],
        [],
        id="a-headline-verb-that-reports-only-with-its-preposition-takes-it",
    ),
    pytest.param(
        "Protesters push through intense heat and storms.\n\nHundreds marched down the main street on Monday.",
        [],
        [("push", "through intense heat and storms")],
        id="a-headline-verb-without-the-preposition-it-reports-with-reports-nothing",
    ),
    pytest.param(
        "Criminal charges against Clinton could have set new legal standard.\n\nTuesday’s Morning Email: Obama’s last speech.",
        [],
        [("charges", "against Clinton could have set new legal standard"), ("Email", "Obama’s last speech")],
        id="a-headline-noun-that-looks-like-a-verb-reports-nothing",
    ),
    pytest.param(
        "He campaigned for Obama in 2008 and was known as one of the best squash players on the faculty. "
        "It was what would come to be derisively known by some Republicans as a hug.",
        [("indirect", None, "was known", ("one of the best squash players on the faculty",)),
         ("indirect", "some Republicans", "be derisively known", ("a hug",))],
        [],
        id="a-passive-naming-verb-names-with-its-as-phrase-and-no-speaker-but-its-agent",
    ),
    pytest.param(
        "Donald Trump ratcheted up his attacks on Rubio on Sunday. Sen. Graham’s endorsement of Cruz surprised "
        "nobody. I liked his criticism of the plan. The attacks on Paris killed 130 people.",
        [("indirect", "Donald Trump", "attacks on", ("Rubio",)),
         ("indirect", "Sen. Graham", "endorsement of", ("Cruz",)),
         ("indirect", "his", "criticism of", ("the plan",))],
        [("attacks on", "Paris")],
        id="a-noun-of-attack-or-endorsement-reports-its-object-and-its-owner-or-the-owner-s-subject-speaks",
    ),
    pytest.param(
        "Trump drew boos when he told Jeb Bush to quiet down. If you ran for office then, you were told to stay "
        "clear of guns. We are going to tell the bigots to shut up.",
        [("indirect", "he", "told", ("Jeb Bush to quiet down",))],
        [("told", "to stay clear of guns"), ("tell", "the bigots to shut up")],
        id="telling-someone-to-do-something-reports-it-but-not-being-told-or-going-to-tell",
    ),
    pytest.param(
        "Sen. Claire McCaskill, who has endorsed Clinton, said Sanders has problems. Mr. Reid, who has called "
        "Mr. Trump's comments ''racially toxic,'' said nothing more. The union, which endorsed Mr. Sanders, is large.",
        [("indirect", "Sen. Claire McCaskill", "said", ("Sanders has problems",)),
         ("mixed", "who", "has called", ("Mr. Trump's comments ''racially toxic",)),
         ("indirect", "which", "endorsed", ("Mr. Sanders",))],
        [("has endorsed", "Clinton")],
        id="a-relative-clause-introducing-a-speaker-reports-nothing-unless-it-quotes",
    ),
    pytest.param(
        "In 2012, 30 million people tuned in to see Mitt Romney accept the GOP nomination on the final night of "
        "the Tampa convention. Democratic voters see Clinton as the stronger candidate.",
        [("indirect", "Democratic voters", "see", ("Clinton as the stronger candidate",))],
        [("see", "Mitt Romney accept the GOP nomination on the final night of the Tampa convention")],
        id="going-to-see-someone-is-no-view-held",
    ),
    pytest.param(
        "Bush repeatedly reminded the crowd of the stakes. He reminded his staff about Mr. Bush's early television work.",
        [("indirect", "Bush", "repeatedly reminded", ("of the stakes",)),
         ("indirect", "He", "reminded", ("about Mr. Bush's early television work",))],
        [("repeatedly reminded", "the crowd of the stakes"), ("reminded", "his staff about Mr. Bush's early television work")],
        id="what-someone-was-reminded-of-is-the-content-not-whom",
    ),
    pytest.param(
        "He responded on Sunday to accusations that he exaggerated details of his life. "
        "Clinton was asked about concerns that Sanders supporters would not support her. "
        "He said in a statement that the plan was dead.",
        [("indirect", "He", "responded", ("accusations that he exaggerated details of his life",)),
         ("indirect", None, "was asked about", ("concerns that Sanders supporters would not support her",)),
         ("indirect", "He", "said in a statement", ("that the plan was dead",))],
        [("responded", "that he exaggerated details of his life")],
        id="a-noun-naming-a-proposition-is-reported-with-its-that-clause-an-occasion-is-not",
    ),
    pytest.param(
        "If the demands are not met, Mr. Taylor warned, die-hard Sanders supporters will stay home. "
        "If he wins, he said, “We will all be fine.” If he loses, he said that taxes will rise.",
        [("indirect", "Mr. Taylor", "warned", ("If the demands are not met", "die-hard Sanders supporters will stay home")),
         ("mixed", "he", "said", ("If he wins", "“We will all be fine.”")),
         ("indirect", "he", "said", ("that taxes will rise",))],
        [],
        id="the-condition-opening-a-sentence-a-cue-clause-interrupts-is-said-too",
    ),
    pytest.param(
        "Mr. Biden suggested Mr. Trump had demonstrated a fondness for brutal leaders like Saddam Hussein - "
        "''He would have loved Stalin,'' Mr. Biden said twice - and repeatedly reminded the crowd of the stakes.",
        [("indirect", "Mr. Biden", "suggested", ("Mr. Trump had demonstrated a fondness for brutal leaders like Saddam Hussein",)),
         ("direct", "Mr. Biden", "said", ("''He would have loved Stalin,''",))],
        [],
        id="a-quote-set-off-by-dashes-is-its-own-statement-not-the-end-of-the-sentence-before-the-dash",
    ),
    pytest.param(
        "“Tell her I promised you a picture,” Ebeling said, and her husband cut in. “Don’t forget Betsy’s husband "
        "Tom -- I’ve been friends with her since high school.”",
        [("direct", "Ebeling", "said", ("“Tell her I promised you a picture,”",))],
        [],
        id="a-quote-after-someone-else-cuts-in-does-not-continue-the-statement-before",
    ),
]


@pytest.mark.model
def test_attributions_as_phrase_without_quoted_label_reports_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    """Only a label that is itself quoted makes "V X as …" a report; a quote further in does not."""
    article = extractor(Article(text="In 2013 he championed a bill with Sen. Chuck Schumer as part of the “Gang of Eight.” "
                                     "She is using the president as a shield against “attacks.”"))
    assert [a.method for a in article.attributions if a.method == "rules:indirect-as-quoted"] == []


@pytest.mark.parametrize(("text", "expected", "forbidden"), SOURCES_AND_EDGES)
def test_attributions_sources_and_edges(extractor, text: str, expected: list[Expected], forbidden: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    _check(extractor, text, expected, forbidden)


#: Ends the hand-written rules give a content before the learned ranker of
#: ``pipeline/content_ends.py`` may move them (its own tests: tests/test_content_ends.py).
RULE_ENDS = [
    pytest.param(
        "He said that the state was wrong to ban hydraulic fracturing, an extraction method known as fracking. "
        "Sanders said that he asked people to chip in $27, which he claimed as his campaign’s average donation. "
        "She said the senator, a Republican, would vote against the bill.",
        [("indirect", "He", "said", ("that the state was wrong to ban hydraulic fracturing",)),
         ("indirect", "Sanders", "said", ("that he asked people to chip in $27",)),
         ("indirect", "She", "said", ("the senator, a Republican, would vote against the bill",))],
        [],
        id="the-writers-appended-comment-is-not-the-content",
    ),
    pytest.param(
        "Voters are hungry for change, and they see Trump as most likely to deliver it. The Security Council condemned "
        "North Korea's latest ballistic missile launch as Pyongyang fired three missiles into the sea Monday while the leaders met in China.",
        [("indirect", "they", "see", ("Trump as most likely to deliver it",)),
         ("indirect", "The Security Council", "condemned", ("North Korea's latest ballistic missile launch",))],
        [],
        id="see-x-as-y-keeps-the-as-but-not-an-as-clause-of-its-own",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected", "forbidden"), RULE_ENDS)
def test_attributions_rule_ends_before_ranking(unranked_extractor, text: str, expected: list[Expected], forbidden: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    _check(unranked_extractor, text, expected, forbidden)


@pytest.mark.parametrize(("text", "expected", "forbidden"), SOURCES_AND_EDGES)
def test_attributions_sources_and_edges_by_the_rules_alone(rules_extractor, text: str, expected: list[Expected], forbidden: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    """The same table without the learned model: what the rules find is theirs, not the model's."""
    _check(rules_extractor, text, expected, forbidden)


@pytest.mark.model
def test_attributions_quote_marks_without_spaces() -> None:
    """Scraped text loses the spaces around quote marks; the rules still see the cue and the quote."""
    from quotewire import Extractor
    from quotewire.nlp import load_pipeline
    from quotewire.settings import DEFAULT_OPTIONS

    assert [t.text for t in load_pipeline().tokenizer("said,“Look, no.”The")] == ["said", ",", "“", "Look", ",", "no", ".", "”", "The"]
    rules = Extractor.get(DEFAULT_OPTIONS.with_(mode="rules"))
    found = _run(rules, "Ryan said,“Look, they’ve got no place in a presidential campaign.”The tweet was deleted.")
    assert ("direct", "Ryan", "said", ("“Look, they’ve got no place in a presidential campaign.”",)) in found
    assert [t.text for t in load_pipeline().tokenizer('audiences,"Katie')] == ["audiences", ",", '"', "Katie"]
    found = _run(rules, '"Trump says different things to different audiences,"Katie Packer said in a statement.')
    assert ("direct", "Katie Packer", "said in a statement", ('"Trump says different things to different audiences,"',)) in found


def test_lexicon_agent_nouns_name_speakers_not_texts() -> None:
    from quotewire.lexicon import agent_nouns

    nouns = agent_nouns()
    assert {"aides", "voters", "pac", "pacs", "groups", "committee"} <= nouns
    assert not {"report", "speech", "statement", "papers", "letter"} & nouns


def test_lexicon_frames_of_describing_verbs() -> None:
    from quotewire.lexicon import cue_lexicon

    lexicon = cue_lexicon()
    assert {"challenge", "show", "share", "know", "seek"} <= lexicon.descriptive_verbs
    assert not {"say", "support", "endorse", "request"} & lexicon.descriptive_verbs


def test_lexicon_titles_and_pronouns_are_read_once_for_every_reader() -> None:
    from quotewire.lexicon import pronouns, titles

    table = titles()
    assert table["sen."].role == table["senator"].role == "senator"
    assert "hon" in table["mr."].flags and table["mr."].role == ""
    assert pronouns()["he"] == ("m", "sg", "3")
    assert all(word == word.lower() for word in (*table, *pronouns()))
    assert titles() is table  # cached: one read per process

