"""kg/ingest/boilerplate.py: page chrome goes, article text stays byte for byte."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.boilerplate import chrome_rule, strip_boilerplate

DATA = Path(__file__).parent / "data"

BODY = (
    "The city council voted 7-2 on Monday to approve dedicated bus lanes on three corridors.\n\n"
    "Opponents, including shop owners on Market Street, said the loss of parking would hurt trade. "
    "\u201cWe were not consulted,\u201d one said.\n\n"
    "Construction is expected to begin in the autumn."
)


def test_seed_footer_is_removed_and_the_rest_kept_byte_for_byte():
    raw = (DATA / "politico-2023-09-19.txt").read_text(encoding="utf-8")
    cleaned = strip_boilerplate(raw)
    assert cleaned.endswith("while also pressing the country to reopen the Lachin Corridor.\n\nThis story is being updated.")
    assert "Source link" not in cleaned and "Leave a Reply" not in cleaned and "Required fields" not in cleaned
    assert raw.startswith(cleaned)  # offsets into the text are unchanged
    assert cleaned.startswith("Azerbaijan on Tuesday announced a new offensive")


FOOTERS = {
    "wordpress-comment-form": (
        "\n\nShare this:\nClick to share on Twitter (Opens in new window)\nClick to share on Facebook (Opens in new window)\n\n"
        "Like this:\nLike Loading...\n\n3 Comments\n\nLeave a Reply Cancel reply\n\n"
        "Your email address will not be published. Required fields are marked *\n\nComment *\n\nName *\n\n"
        "Email *\n\nWebsite\n\nSave my name, email, and website in this browser for the next time I comment.\n\n"
        "Post Comment\n\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.\n"
    ),
    "newsletter-and-share": (
        "\n\nShare\nFacebook | Twitter | LinkedIn | WhatsApp | Email\n\n"
        "Sign up for our Morning Briefing newsletter\n"
        "Get the day's top stories delivered to your inbox every morning.\n"
        "Enter your email address\nSubscribe\n"
        "By signing up, you agree to our Privacy Policy and Terms of Use.\n\n"
        "Follow us on Twitter and Facebook\n"
    ),
    "related-articles-list": (
        "\n\nREAD MORE\n\nRelated Articles\n\n"
        "Mayor defends budget cuts as unions threaten strike\n"
        "Why the new ring road is already over budget\n"
        "Council tax to rise by 5% in April\n\n"
        "Tags: Transport, City Council, Buses\n\n"
        "\u00a9 2024 The Daily Courier. All rights reserved.\n"
        "Terms of Use | Privacy Policy | Contact Us\n"
    ),
    "repost-attribution": (
        "\n\nThis article was originally published on The Conversation. Read the original article.\n\n"
        "Continue reading\n\nSource: The Conversation\n"
    ),
    "you-may-also-like": (
        "\n\nAdvertisement\n\nYou may also like\n\nStorm Ciaran: trains cancelled across the south\n"
        "Inflation falls to 4.6% in October\n\nMost Read\n\n1. Police name victim of Leeds crash\n"
        "2. Schools closed as snow arrives\n\nFiled under: Local news\n"
    ),
}


@pytest.mark.parametrize("name", sorted(FOOTERS))
def test_footer_blocks_are_removed(name):
    assert strip_boilerplate(BODY + FOOTERS[name]) == BODY


HEADERS = {
    "navigation-and-dateline": "Skip to main content\nMenu\nSearch\nHome \u203a News \u203a Local\n\nPublished 5 March 2024\n5 min read\n\n",
    "cookie-notice": (
        "We use cookies to give you the best experience on our website. By continuing to browse, you agree to "
        "our use of cookies. Learn more in our Cookie Policy.\nAccept all cookies\nManage preferences\n\n"
    ),
    "ad-and-share": "ADVERTISEMENT\n\nShare on Facebook\nShare on Twitter\n\nPhoto: Reuters/Jane Doe\n\n",
}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_blocks_are_removed(name):
    assert strip_boilerplate(HEADERS[name] + BODY) == BODY


def test_unmistakable_chrome_between_paragraphs_is_removed_with_its_blank_line():
    text = (
        "First paragraph of the story.\n\nAdvertisement\n\nSecond paragraph.\n\n"
        "Story continues below advertisement\n\nThird paragraph.\nADVERTISEMENT\nFourth line.\n\n"
        "READ MORE: Council approves new bus lanes\n\nFifth paragraph."
    )
    assert strip_boilerplate(text) == (
        "First paragraph of the story.\n\nSecond paragraph.\n\nThird paragraph.\nFourth line.\n\nFifth paragraph."
    )


def test_other_chrome_lines_between_paragraphs_stay():
    text = "The minister spoke first.\n\nShare this:\n\nThen the opposition leader replied.\n\nMore on that later."
    assert strip_boilerplate(text) == text


def test_a_short_real_last_sentence_after_an_ad_is_kept():
    text = BODY + "\n\nAdvertisement\n\nThe trial continues on Monday."
    assert strip_boilerplate(text) == BODY + "\n\nThe trial continues on Monday."


def test_a_related_heading_takes_its_list_but_stops_at_real_paragraphs():
    long_paragraph = (
        "Officials said the figures, published on Friday, showed the first fall in unemployment since the "
        "pandemic, although economists cautioned that one month of data was not a trend."
    )
    text = BODY + "\n\n" + long_paragraph + "\n\nRelated\nHeadline one\nHeadline two"
    assert strip_boilerplate(text) == BODY + "\n\n" + long_paragraph


@pytest.mark.parametrize(
    "text",
    [
        "This story is being updated.",
        "More from the minister's statement is expected on Monday.",
        "The regulator said the website uses cookies to track users without their consent.",
        "Copyright lawsuits against AI companies have multiplied this year.",
        "Advertisement spending rose 5% in the third quarter, the company said.",
        "Sign up rates for the scheme were lower than expected, officials said.",
        "Updated figures from 2023 show a sharp rise in applications.",
        "Reporting by Jane Doe; Editing by John Smith",
        "Source: interviews with 40 officials and documents seen by the newspaper, the report said in its conclusion.",
        "Comments from the central bank pushed the dollar higher.",
        "The latest figures show email fraud rising sharply.",
        "Pictures by local residents showed flooding in the town centre.",
        "Get ready for more rain: the Met Office has issued a yellow warning for Wednesday.",
        "Related: the council's decision followed a year of protests and a legal challenge by residents who said they had not been consulted about the plan at all.",
    ],
)
def test_real_sentences_are_kept_at_the_end_and_the_start(text):
    assert strip_boilerplate(BODY + "\n\n" + text) == BODY + "\n\n" + text
    assert strip_boilerplate(text + "\n\n" + BODY) == text + "\n\n" + BODY


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Leave a Reply", "comments"),
        ("Your email address will not be published. Required fields are marked *", "comment-form"),
        ("Source link", "source-link"),
        ("Continue reading \u2192", "source-link"),
        ("The post Storms hit coast appeared first on Example News.", "source-link"),
        ("Share this:", "share"),
        ("Twitter Facebook WhatsApp", "share"),
        ("Subscribe to our newsletter", "newsletter"),
        ("Related Posts", "related"),
        ("\u00a9 2023 Example Media Ltd", "copyright"),
        ("Tags: Azerbaijan, Armenia", "tags"),
        ("Home / World / Europe", "breadcrumb"),
        ("Story continues below advertisement", "advertisement"),
        ("Updated: 19 September 2023 at 10:32 BST", "dateline"),
        ("Photo by Jane Doe on Unsplash", "photo-credit"),
        ("\u2022 Click here to subscribe", "source-link"),
    ],
)
def test_chrome_rule_families(line, rule):
    found = chrome_rule(line)
    assert found is not None and found.name == rule


def test_only_whole_lines_go_and_trailing_whitespace_is_dropped():
    text = "\n\n  Indented first line.\r\nstays as is\n\nSource link  \n\n\n"
    assert strip_boilerplate(text) == "  Indented first line.\r\nstays as is"


def test_text_that_is_all_chrome_becomes_empty():
    assert strip_boilerplate("Share this:\nTwitter\n\nLeave a Reply\n") == ""
