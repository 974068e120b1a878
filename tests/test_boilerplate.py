"""Boilerplate, headline and dateline detection (no model needed)."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from quotewire.boilerplate import cue_kind, cues, headline_like, mark_boilerplate
from quotewire.model import Article, ExcludedRegion, TextSpan, check_offsets

SCRAPED = """Council approves new budget

Council approves new budget

LONDON, March 3 (Reuters) - The city council approved the budget on Tuesday, officials said.

Related stories

The mayor said the city would rebuild the bridge

Critics say the plan is too expensive

The treasurer told reporters that the money was already there.

Read more: The mayor says taxes will not rise

Share this article
Facebook Twitter Email

Photo: The mayor leaves the town hall (Reuters/Jane Doe)

Shares of local builders rose after the vote, a broker said.

Advertisement

“We will keep every promise,” the mayor said.

© Jane Doe/Example Agency

Mayor promises new schools by the autumn

Copyright 2016 Example News. All rights reserved.
"""


def regions(article: Article) -> dict[str, str]:
    return {e.span.text: e.reason for e in article.excluded}


def test_boilerplate_general_cues_and_layout() -> None:
    marked = mark_boilerplate(Article(SCRAPED, date="2016-03-04"))
    assert regions(marked) == {
        "Council approves new budget": "repeated headline",
        "Related stories": "see-also block",
        "The mayor said the city would rebuild the bridge": "related headline",
        "Critics say the plan is too expensive": "related headline",
        "Read more: The mayor says taxes will not rise": "read-more line",
        "Share this article": "share line",
        "Facebook Twitter Email": "share line",
        "Photo: The mayor leaves the town hall (Reuters/Jane Doe)": "photo credit",
        "Advertisement": "promo box",
        "© Jane Doe/Example Agency": "photo credit",
        "Mayor promises new schools by the autumn": "caption",
        "Copyright 2016 Example News. All rights reserved.": "copyright line",
    }
    # the repeated copy is excluded, the first line is the headline
    assert marked.headline == TextSpan(0, 27, "Council approves new budget")
    assert marked.excluded[0].span.start_char == 29
    assert marked.title == "Council approves new budget"


def test_boilerplate_never_touches_body_or_text() -> None:
    article = Article(SCRAPED)
    marked = mark_boilerplate(article)
    assert marked.text is article.text
    assert check_offsets(marked) == []
    body = [
        "The treasurer told reporters that the money was already there.",
        "Shares of local builders rose after the vote, a broker said.",
        "“We will keep every promise,” the mayor said.",
    ]
    for sentence in body:
        start = SCRAPED.index(sentence)
        end = start + len(sentence)
        assert not any(e.span.start_char < end and start < e.span.end_char for e in marked.excluded), sentence


def test_boilerplate_sample_related_headlines_excluded(sample_text: str) -> None:
    marked = mark_boilerplate(Article(sample_text, date="2015-11-19"))
    # Independently of the detector: the first line after each "See also" that is not a
    # "©" credit is a related headline.
    lines = [line.strip() for line in sample_text.splitlines() if line.strip()]
    related = []
    for k, line in enumerate(lines):
        if line.casefold() == "see also":
            rest = [x for x in lines[k + 1 :] if not x.startswith("©")]
            related.append(rest[0])
    assert len(related) == 6
    assert any(h.startswith("Putin: Russia will find terrorists") for h in related)
    found = regions(marked)
    for headline in related:
        assert found.get(headline) == "related headline", headline
    reasons = [e.reason for e in marked.excluded]
    assert reasons.count("photo credit") == 4
    assert reasons.count("promo box") == 3
    assert reasons.count("see-also block") == 6
    assert reasons.count("related headline") == 6
    assert reasons.count("repeated headline") == 1
    # no paragraph of the story is excluded
    for e in marked.excluded:
        assert len(e.span.text) < 200 and "\n" not in e.span.text


def test_boilerplate_sample_dateline_and_headline(sample_text: str) -> None:
    marked = mark_boilerplate(Article(sample_text, date="2015-11-19T14:05:00+03:00"))
    assert marked.dateline is not None
    assert marked.dateline.span.text == "MOSCOW, November 19."
    assert marked.dateline.place == "Moscow"
    assert marked.dateline.date == "2015-11-19"
    assert marked.headline is not None and marked.headline.start_char == 0
    assert marked.headline.text == sample_text.splitlines()[0]
    undated = mark_boilerplate(Article(sample_text))
    assert undated.dateline is not None and undated.dateline.date == "--11-19"


@pytest.mark.parametrize(
    ("first_line", "article_date", "span", "place", "date"),
    [
        ("MOSCOW, November 19. The minister said so.", "2015-11-20", "MOSCOW, November 19.", "Moscow", "2015-11-19"),
        ("WASHINGTON (AP) — The president said so.", None, "WASHINGTON (AP) —", "Washington", None),
        ("NEW YORK — The mayor said so.", None, "NEW YORK —", "New York", None),
        ("LONDON, Nov 19 (Reuters) - Shares fell.", "2016-11-19", "LONDON, Nov 19 (Reuters) -", "London", "2016-11-19"),
        ("BEIRUT, Lebanon (AP) — Officials said so.", None, "BEIRUT, Lebanon (AP) —", "Beirut, Lebanon", None),
        ("Moscow, December 31. Officials said so.", "2016-01-01", "Moscow, December 31.", "Moscow", "2015-12-31"),
        ("MOSCOW, February 30. Nonsense date.", "2015-02-01", "MOSCOW, February 30.", "Moscow", None),
        ("KIEV, June 5, 2014 /TASS/. The talks went on.", None, "KIEV, June 5, 2014 /TASS/.", "Kiev", "2014-06-05"),
        ("ST. LOUIS — The mayor said so.", None, "ST. LOUIS —", "St. Louis", None),
        ("MANCHESTER, N.H. (AP) — He said so.", None, "MANCHESTER, N.H. (AP) —", "Manchester, N.H.", None),
        ("HEMPSTEAD, N.Y., Sept. 26 (UPI) — Both said so.", "2016-09-27", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —",
         "Hempstead, N.Y.", "2016-09-26"),
    ],
)
def test_boilerplate_dateline_styles(
    first_line: str, article_date: str | None, span: str, place: str, date: str | None
) -> None:
    text = f"A headline for the story\n\n{first_line}\n\nMore text follows here.\n"
    marked = mark_boilerplate(Article(text, date=article_date))
    assert marked.dateline is not None
    assert (marked.dateline.span.text, marked.dateline.place, marked.dateline.date) == (span, place, date)
    assert text[marked.dateline.span.start_char : marked.dateline.span.end_char] == span


@pytest.mark.parametrize(
    "first_line",
    [
        "The minister said so on Tuesday.",
        "Officials in Washington said so.",
        "NATO said on Friday it would act.",
        # regressions seen on PolNeAR texts
        "U.S. officials said the talks would go on.",
        "UPDATE: The senator said she would run.",
        "In an email dated Feb. 12, 2012 — the aide said so.",
    ],
)
def test_boilerplate_no_dateline(first_line: str) -> None:
    marked = mark_boilerplate(Article(f"A headline\n\n{first_line}\n"))
    assert marked.dateline is None


def test_boilerplate_headline_rules() -> None:
    # PolNeAR style: title with a final full stop, given as metadata
    text = "O’Malley campaign to shift staff, resources to Iowa.\n\nDALLAS (AP) — He said so.\n"
    marked = mark_boilerplate(Article(text, title="O’Malley campaign to shift staff, resources to Iowa"))
    assert marked.headline is not None and marked.headline.text.endswith("Iowa.")
    # without metadata, a dateline after it shows the first line is a title
    assert mark_boilerplate(Article(text)).headline is not None
    # one line is a story, not a headline; nor is a first paragraph of sentences
    assert mark_boilerplate(Article("“We will not give up,” the minister said.")).headline is None
    story = "The minister said on Tuesday that talks would go on. Critics disagreed.\n\nMore text.\n"
    assert mark_boilerplate(Article(story)).headline is None


EDITORS_NOTE = """Senator backs the bill

The senator said on Tuesday that she would vote for the bill.

Editor’s note: The candidate regularly
incites violence and has repeatedly pledged
to ban all visitors from entering the country.

Aides said the vote would come next week.

Editor's Note: An article on Monday about the senator's vote misstated what she had said
about the bill. She said that she would vote for it after the committee had amended it, not that
she would vote for it as written, and that the committee would meet on Thursday, not Friday, as
the article said. The article also said that her aides had called the bill a ``mistake''; they
said it was a ``first step.''
"""


def test_boilerplate_editors_note_paragraph() -> None:
    marked = mark_boilerplate(Article(EDITORS_NOTE))
    notes = [e for e in marked.excluded if e.reason == "editor's note"]
    # the wrapped standing note is excluded line by line, up to the blank line
    assert [e.span.text for e in notes] == [
        "Editor’s note: The candidate regularly",
        "incites violence and has repeatedly pledged",
        "to ban all visitors from entering the country.",
    ]
    # the story around it and a long correction (it restates what was said) are kept
    for kept in ("The senator said", "Aides said", "Editor's Note: An article", "She said that"):
        start = EDITORS_NOTE.index(kept)
        assert not any(e.span.start_char <= start < e.span.end_char for e in marked.excluded), kept


def test_boilerplate_keeps_existing_regions() -> None:
    text = "Headline here\n\nBody said this.\n"
    old = ExcludedRegion(TextSpan.of(text, 15, 19), "custom")
    marked = mark_boilerplate(Article(text, excluded=(old,)))
    assert old in marked.excluded


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("See also", "see-also"),
        ("READ ALSO:", "see-also"),
        ("Related:  The mayor quits", "see-also"),
        ("SPECIAL project", "promo"),
        ("Read the rest here", "read-more"),
        ("Subscribe to our newsletter", "share"),
        ("Do you support Donald Trump? Like the page:", "share"),  # a Facebook prompt, not a lead-in
        ("© Some Photographer/TASS", "credit"),
        ("Ivan Petrov/TASS", "credit"),
        ("Image caption The minister in Paris", "caption"),
        ("Editor’s note: The candidate has repeatedly pledged to ban all visitors.", "note"),
        ("Editor's Note: This story has been updated.", "note"),
        ("The editor's note said the story was wrong.", None),
        ("This story has been updated to include comments from the campaign.", "note"),
        ("Jane Doe contributed reporting. This article was updated to reflect that she won.", "note"),
        ("Correction: An earlier version of this story said that he had resigned.", "note"),
        ("CORRECTION APPENDED.", "note"),
        ("The correction, she said, came too late.", None),
        ("Related to the budget, the minister said cuts were coming.", None),
        ("Shares of Apple rose 3 percent on Tuesday.", None),
        ("Seeing also the risks, he said no.", None),
        ("Read more " + "words " * 80, None),
    ],
)
def test_boilerplate_cue_kind(line: str, kind: str | None) -> None:
    assert cue_kind(line) == kind


def test_boilerplate_headline_like() -> None:
    assert headline_like("Putin instructed the command of the cruiser “Moscow” to engage")
    assert headline_like("Who benefits from the war?")
    assert not headline_like("“We will rebuild,” she said.”")
    assert not headline_like("The mayor said so.")
    assert not headline_like(" ".join(["word"] * 40))


def test_boilerplate_cue_file_has_provenance() -> None:
    text = resources.files("quotewire").joinpath("data/boilerplate.txt").read_text(encoding="utf-8")
    assert re.search(r"^# Provenance:", text, re.MULTILINE)
    loaded = cues()
    assert loaded.line["see also"] == "see-also" and "facebook" in loaded.share_words
