"""A practice page with unknowns, editors' notes and source markers, in the browser (issue 14).

The markers must lead to their source entry, and the page must stay within
WCAG 2.1 AA (axe-core, every A and AA rule, experimental ones included).
"""

from __future__ import annotations

import pytest
from test_accessibility import _open, _violations

import samples
from conftest import build_site, serve

CITING = 2  # samples.record(2) cites a second source and leaves some values unknown


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    records = samples.write(tmp_path_factory.mktemp("records"), CITING + 1)
    site = build_site(tmp_path_factory.mktemp("provenance"), records)
    with serve(site) as base:
        yield base + f"practices/{samples.record(CITING)[0]}/"


@pytest.mark.browser
def test_a_source_marker_takes_the_reader_to_its_source(page, url):
    _open(page, url, "")
    markers = page.locator("sup.gp-cite a")
    assert markers.count() == 2
    markers.first.click()
    page.wait_for_function("location.hash === '#source-evaluation'")
    target = page.locator("#source-evaluation")
    assert target.is_visible()
    assert "External evaluation" in target.inner_text()
    assert markers.first.get_attribute("aria-label") == "Source 2"


@pytest.mark.browser
def test_unknowns_and_editors_notes_are_visible_and_accessible(page, url):
    _open(page, url, "")
    assert page.locator("em.gp-unknown").first.is_visible()
    assert page.get_by_text("Editors' note:").first.is_visible()
    assert _violations(page) == []
