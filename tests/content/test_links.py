"""A milestone's web address, as a content editor meets it: what the QR code may point to."""

from __future__ import annotations

import pytest

from kiosk.content import links, load_content
from tests.conftest import ASSETS, DATA
from tests.content.test_loader import edit, problems_for


@pytest.mark.parametrize("url, says", [
    ("ftp://example.org/a", "must start with https://"),
    ("javascript:alert(1)", "must start with https://"),
    ("https://", "has no web address"),
    ("https://example.org/a b", "contains a space"),
    ("https://user:pw@example.org/", "user name or password"),
    ("https://example.org/?utm_source=kiosk&id=3", "tracking parameters (utm_source)"),
    ("https://example.org/?fbclid=x", "tracking parameters (fbclid)"),
    ("https://example.org/" + "a" * 300, "characters long; 300 at most"),
])
def test_an_address_a_card_cannot_show_is_refused_in_plain_words(url, says):
    assert says in links.problem(url)


def test_a_plain_public_address_is_accepted_and_shortened_for_reading():
    url = "https://www.sony.com/en/SonyInfo/csr/ForTheNextGeneration/sumatraforest/"
    assert links.problem(url) is None
    assert links.short(url) == "sony.com/…/sumatraforest"
    assert links.short("https://www.sony.net/SonyInfo/") == "sony.net/SonyInfo"


def test_validation_names_the_file_the_entry_and_the_field(content_copy):
    edit(content_copy, "09-conservation-international.toml",
         'url = "https://www.sony.com/en/SonyInfo/csr/community/history_csr.html"',
         'url = "https://www.conservation.org/?utm_campaign=museum"')
    [message] = problems_for(content_copy)
    assert "09-conservation-international.toml" in message and "field url" in message
    assert "tracking parameters (utm_campaign)" in message


def test_the_bundled_milestones_link_to_their_programmes_pages():
    content = load_content(DATA, ASSETS).content
    with_url = [m for m in content.milestones if m.url]
    assert len(with_url) == 28, "every milestone the research gives a public page for"
    assert all(links.problem(m.url) is None for m in with_url)
