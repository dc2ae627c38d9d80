"""Links between practices and the map, without a browser: the related-practices rule, the transfer
trail both ways, the contact route, dates in the site's locale, the map's escaping and its data."""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET

import pytest

from conftest import ROOT
from generator import home, related, render, site, validate
from generator import map as geo
from generator.records import Record
from generator.text import page_markdown
from tests import samples

OPTIONS = site.Options(date_locale="en_GB")
REGGIO = validate.collect([ROOT / "practices" / "reggio-emilia-south-africa.yml"], ROOT)[0]
SVG = "{http://www.w3.org/2000/svg}"


def _record(i: int, **changes) -> Record:
    record_id, data = samples.record(i)
    data = copy.deepcopy(data)
    for key, value in changes.items():
        data[key] = value
    return Record(record_id, f"practices/{record_id}.yml", data)


def _at(i: int, lat: float, lon: float, topics: list[str], country: str = "IT") -> Record:
    record = _record(i, topics=topics)
    record.data["location"] = {"city": f"Town {i}", "country": country, "coordinates": {"lat": lat, "lon": lon}}
    return record


def test_related_needs_a_shared_topic_and_nearness_or_the_same_problem():
    me = _at(0, 44.5, 11.3, ["energy", "housing"])
    near_one_topic = _at(1, 45.0, 11.0, ["energy"])  # about 60 km, one topic: nearby
    far_one_topic = _at(2, 59.3, 18.0, ["energy"])  # Stockholm, one topic: neither nearby nor same problem
    far_two_topics = _at(3, 38.7, -9.1, ["housing", "energy", "health"])  # Lisbon, both topics: same problem
    near_no_topic = _at(4, 44.6, 11.4, ["tourism"])  # next door, nothing in common
    found = related.related([me, near_one_topic, far_one_topic, far_two_topics, near_no_topic])
    assert [r.id for r in found[me.id]] == [far_two_topics.id, near_one_topic.id]
    # the relation follows the same rule from the other side: one shared topic, 60 km
    assert me.id in [r.id for r in found[near_one_topic.id]]
    assert found[near_no_topic.id] == []


def test_related_keeps_at_most_five_nearest_first_and_is_stable():
    me = _at(0, 50.0, 10.0, ["mobility"])
    others = [_at(i, 50.0 + i / 10, 10.0, ["mobility"]) for i in range(1, 9)]
    found = related.related([me, *reversed(others)])[me.id]
    assert [r.id for r in found] == [o.id for o in others[:5]]
    assert related.distance_km((10.0, 50.0), (10.0, 51.0)) == pytest.approx(111.2, abs=0.5)


def test_adopted_by_and_adapted_from_link_both_ways_and_list_every_transfer():
    origin, adopter, other = _record(9), _record(22), _record(5)
    origin.data["transferability"]["adopted_by"] = [
        {"name": "Leeds", "country": "GB", "year": 2019, "practice": adopter.id},
        {"name": "Udine", "country": "IT", "year": 2021, "url": "https://www.comune.udine.it/"},
    ]
    links = render.PracticeLinks.of([origin, adopter, other], OPTIONS)
    origin_page = render.practice_page(origin, OPTIONS, links)
    adopter_page = render.practice_page(adopter, OPTIONS, links)
    assert f'<a href="../{adopter.id}/">Leeds</a> (United Kingdom), 2019' in origin_page
    assert '<a href="https://www.comune.udine.it/">Udine</a> (Italy), 2021' in origin_page
    assert f"- **Adapted from:** [{page_markdown(origin.data['title'])}]({origin.id}.md)" in adopter_page
    assert "Adapted from" not in render.practice_page(other, OPTIONS, links)
    listing = render.transfers_page([origin, adopter, other], OPTIONS)["transfers.md"]
    assert listing.count("<li>") == 2 and "Leeds" in listing and "Udine" in listing


def test_contact_route_is_the_e_mail_when_given_else_the_source_page():
    page = render.practice_page(REGGIO, OPTIONS)
    source = REGGIO.data["sources"][0]["url"]
    assert re.search(
        r'class="gp-contact-route">[^<]*contact through the source page: <a href="' + re.escape(source), page
    )
    with_mail = _record(3)
    with_mail.data["contacts"] = [{"name": "Anna Berg", "email": "anna.berg@graz.at"}]
    assert '<a href="mailto:anna.berg@graz.at">Anna Berg</a>' in render.practice_page(with_mail, OPTIONS)


def test_dates_follow_the_configured_locale():
    assert "26 November 2026" in render.practice_page(REGGIO, OPTIONS)
    assert "November 26, 2026" in render.practice_page(REGGIO, site.Options(date_locale="en_US"))


def test_edit_link_comes_last_on_the_practice_page():
    page = render.practice_page(REGGIO, site.Options(edit_base="https://github.com/o/r/edit/main/"))
    assert page.index("Edit this practice") > page.index("About this record")
    assert "edit_at_foot: true" in page.split("---")[1]  # the theme puts its pencil at the foot too


def test_map_pins_are_links_named_with_the_escaped_title():
    hostile = _record(4, title='Lyon: <b onclick="x()">bold</b> & "quotes" </svg><script>alert(1)</script>')
    pins = geo.pins([hostile, _record(5)], geo.practice_href("practices/"), "en")
    drawing = geo.svg(pins, geo.region([(p.lon, p.lat) for p in pins]), 'Map "of" <practices>')
    tree = ET.fromstring(str(drawing))  # well-formed XML: nothing a title says opened an element
    links = tree.findall(f"{SVG}a")
    assert [a.find(f"{SVG}title").text for a in links] == [p.title for p in pins]
    assert not tree.findall(f".//{SVG}script") and not tree.findall(f".//{SVG}b")
    assert tree.get("aria-label") == 'Map "of" <practices>'


def test_a_practice_without_coordinates_is_pinned_at_its_country():
    record = _record(5)
    del record.data["location"]["coordinates"]
    lon, lat = geo.position(record.data)
    assert 14 < lon < 24 and 49 < lat < 55  # Poland
    record.data["location"]["country"] = "XK"  # no outline of its own in Natural Earth's 1:50m countries
    assert geo.position(record.data) is None


def test_the_map_data_is_natural_earth_with_its_origin_noted():
    data = geo.OUTLINES_PATH.read_text(encoding="utf-8")
    assert "Natural Earth" in data and "public domain" in data
    lon, lat = geo.outlines()["IT"]["centroid"]
    assert 10 < lon < 14 and 41 < lat < 46


def test_the_practice_map_shows_its_region_only():
    records = [_record(i) for i in range(24)]
    links = render.PracticeLinks.of(records, OPTIONS)
    context = links.context(records[9], OPTIONS)  # Bologna
    titles = {p.title for p in context["map_pins"]}
    assert records[9].data["title"] in titles
    assert not any(t.startswith(("Umeå", "Tartu", "Porto")) for t in titles)
    assert len(context["map_pins"]) <= render.MAP_PINS


def test_home_section_counts_practices_countries_and_topics():
    records = [_record(i) for i in (0, 1, 3)]  # Estonia, Spain, Austria
    text = home.section(records, OPTIONS)
    assert "3 practices from 3 countries." in text
    one = home.section(records[:1], OPTIONS)
    assert "1 practice from 1 country." in one
    assert text.count('class="gp-pin"') == 3
    assert "1 November 2026" in text  # last reviewed, day month year
