"""A second page of the same site (`--site-page`): what both pages say is the site's furniture, and goes.

The pairs are corpus pages of one platform, as contributors copy them: the Council of Europe's Intercultural
Cities pages (French interface), two old Interreg Europe good-practice pages, two ICLEI newsletters.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from generator import importer
from generator.cli import main
from tests.test_importer import _PAGE, _accounted, _strings, _words

FIXTURES = Path(__file__).parent / "fixtures" / "import"
TODAY = datetime.date(2026, 11, 26)


def _page(name: str) -> str:
    return (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")


def _kept(draft: importer.Draft) -> str:
    return "\n".join(_strings(draft.record))


AMADORA, GENEVE = "coe-icc-amadora-dont-feed-the-rumour", "coe-icc-fr-geneve-mots-qui-blessent"


@pytest.mark.parametrize(
    ("name", "sibling"),
    [
        (AMADORA, GENEVE),
        # the values under Participedia's labels: two budgets share 'City/Town', 'Ongoing', 'Yes', 'Local Government'
        ("participedia-tartu-budget", "participedia-barcelona-decidim-budgeting"),
        # two practices of one region share the line that names it, and with it their country
        ("osservatorio-cesena-rete-spaziocomune", "osservatorio-cattolica-nei-parchi"),
    ],
)
def test_what_two_practices_of_one_platform_share_as_facts_stays(name, sibling):
    alone = importer.draft(_page(name), today=TODAY)
    paired = importer.draft(_page(name), today=TODAY, site_page=_page(sibling))
    for field in ("title", "location", "resources", "evidence", "start", "end", "contacts"):
        assert paired.record.get(field) == alone.record.get(field), field


def test_a_platform_s_labels_stay_though_every_page_repeats_them():
    reggio, valencia = "interreg-europe-old-reggio", "interreg-europe-old-valencia"
    alone = importer.draft(_page(reggio), today=TODAY)
    paired = importer.draft(_page(reggio), today=TODAY, site_page=_page(valencia))
    for field in ("title", "summary", "resources", "evidence", "start", "end", "location", "institution"):
        assert paired.record.get(field) == alone.record.get(field), field
    assert paired.report.layout == alone.report.layout


def test_a_newsletter_s_numbered_contents_stay_so_its_first_item_is_still_found():
    october, december = "iclei-newsletter-2016-10-rosny-sous-bois", "iclei-newsletter-2016-12-copenhagen-award"
    paired = importer.draft(_page(october), today=TODAY, site_page=_page(december))
    assert paired.record["title"] == "Rosny-sous-Bois joins ICLEI Europe"
    assert "ICLEI in Europe News" in paired.report.boilerplate


# Two pages of one town's site: the same header and footer, different practices that happen to share a country line
# and a year line.
_TOWN_SITE = """Gemeente Zeewolde
Home › Wonen › Duurzaam
{title}
Nederland
{body}
2019
Contact
Gemeente Zeewolde
Raadhuisplein 1
3891 ET Zeewolde
Telefoon 14 036
Volg ons op
"""
_FIRST = _TOWN_SITE.format(
    title="Zonnedaken voor scholen",
    body="Sinds 2019 legt de gemeente zonnepanelen op de daken van zes basisscholen; leerlingen volgen de opbrengst.",
)
_SECOND = _TOWN_SITE.format(
    title="Deelauto's in de wijk",
    body="In drie wijken staan elektrische deelauto's die bewoners met een app reserveren; de gemeente betaalt palen.",
)


def test_a_shared_footer_goes_whole_but_a_lone_shared_year_or_country_stays():
    draft = importer.draft(_FIRST, today=TODAY, site_page=_SECOND)
    gone = set(draft.report.boilerplate)
    assert {"Raadhuisplein 1", "3891 ET Zeewolde", "Telefoon 14 036", "Volg ons op"} <= gone
    assert "Nederland" not in gone and "2019" not in gone
    assert "Contact" not in gone  # a label: the page's structure
    assert "Zonnedaken voor scholen" in _kept(draft)
    assert "Sinds 2019 legt de gemeente zonnepanelen" in _kept(draft)


def test_a_page_given_as_its_own_site_page_keeps_its_labels_and_places():
    # the worst case: every line is shared; only structure and places may stay, and all of it is accounted for
    draft = importer.draft(_FIRST, today=TODAY, site_page=_FIRST)
    assert "Nederland" not in draft.report.boilerplate and "Contact" not in draft.report.boilerplate
    assert draft.record["location"]["country"] == "NL"
    assert _words(_FIRST).strip() and all(w in _accounted(draft) for w in _words(_FIRST).split())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PAGE, _PAGE)
def test_with_a_site_page_every_fragment_of_the_page_is_still_kept_or_reported(page, other):
    draft = importer.draft(page, today=TODAY, site_page=other)
    kept = _accounted(draft)
    for fragment in re.split(r"[.,;:!?|()\[\]\n]", page):
        words = _words(fragment)
        assert words.strip() == "" or words in kept, (fragment, other, draft.yaml, draft.report_text())


@pytest.mark.parametrize("other", ["", "\n\n", "   \n\t"])
def test_a_site_page_with_no_text_changes_nothing(other):
    page = _page(AMADORA)
    assert importer.draft(page, today=TODAY, site_page=other).yaml == importer.draft(page, today=TODAY).yaml


def test_cli_takes_the_site_page_and_says_what_went(tmp_path, capsys):
    target, page, sibling = tmp_path / "draft.yml", tmp_path / "page.txt", tmp_path / "sibling.txt"
    page.write_text(_FIRST, encoding="utf-8")
    sibling.write_text(_SECOND, encoding="utf-8")
    assert main(["import", str(page), "--site-page", str(sibling), "--output", str(target)]) == 0
    assert "Raadhuisplein 1" not in target.read_text(encoding="utf-8")
    assert "that the other page of the site (--site-page) also has" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "is a folder; give a file"), ("", "the page is empty"), ("x" * 1_000_001, "over 1 MB")],
)
def test_cli_refuses_a_site_page_it_could_not_read_and_writes_nothing(tmp_path, capsys, content, message):
    target, other = tmp_path / "draft.yml", tmp_path / "other"
    if content is None:
        other.mkdir()
    else:
        other.write_text(content, encoding="utf-8")
    assert main(["import", str(FIXTURES / f"{AMADORA}.txt"), "--site-page", str(other), "--output", str(target)]) == 2
    assert message in capsys.readouterr().err
    assert not target.exists()


def test_a_page_of_an_unknown_site_is_told_to_give_a_site_page():
    alone = importer.draft(_FIRST, today=TODAY)
    assert alone.report.layout == "unknown"
    assert any("give it with --site-page" in note for note in alone.report.notes)
    paired = importer.draft(_FIRST, today=TODAY, site_page=_SECOND)
    assert not any("give it with --site-page" in note for note in paired.report.notes)
    known = importer.draft(_page("interreg-europe-old-reggio"), today=TODAY)
    assert known.report.layout != "unknown"
    assert not any("give it with --site-page" in note for note in known.report.notes)


def test_cli_refuses_the_page_and_the_site_page_both_from_standard_input(tmp_path, capsys):
    # standard input can be read once: the second would read as an empty page
    target = tmp_path / "draft.yml"
    assert main(["import", "-", "--site-page", "-", "--output", str(target)]) == 2
    assert "cannot both be standard input" in capsys.readouterr().err
    assert not target.exists()
