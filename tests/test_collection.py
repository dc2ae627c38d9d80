"""The real collection in practices/: provenance, adopting places and no placeholder left (issue 14).

These run over every record in the folder, whoever added it, so a new record
is held to the same rules the moment it lands.
"""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from generator import validate
from generator.provenance import source_ids
from generator.records import leaves

FILES = sorted((ROOT / "practices").glob("*.yml"))
WEB_ADDRESS = re.compile(r"^https?://[^\s/$.?#][^\s]*$")


@pytest.fixture(scope="module")
def collection() -> dict:
    return {record.id: record for record in validate.collect([ROOT / "practices"], ROOT)}


def _by_file(collection: dict, path):
    return collection[path.stem]


def test_the_collection_is_not_empty(collection):
    assert FILES and len(collection) == len(FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_record_has_a_source_on_the_web(collection, path):
    sources = _by_file(collection, path).data["sources"]
    assert any(WEB_ADDRESS.match(source.get("url", "")) for source in sources)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_adopting_place_is_a_named_place_in_a_real_country(collection, path):
    record = _by_file(collection, path)
    origin = str(record.data["location"].get("city", "")).casefold()
    for item in record.data["transferability"].get("adopted_by", []):
        name = item["name"].strip()
        assert re.search(r"[^\W\d_]", name), f"{name!r} has no letters"
        assert name.casefold() not in ("not reported", origin), f"{name!r} is not another place"
        assert validate.placeholder_in(name) is None, f"{name!r} is a placeholder"
        assert item["country"] in validate.countries(), f"{item['country']!r} is not an ISO 3166-1 country"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_an_adopters_own_record_is_in_the_adopting_country(collection, path):
    for item in _by_file(collection, path).data["transferability"].get("adopted_by", []):
        if "practice" in item:
            adopter = collection[item["practice"]]
            assert adopter.data["location"]["country"] == item["country"], item


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_no_value_holds_placeholder_text(collection, path):
    found = [
        ("/".join(map(str, where)), value)
        for where, value in leaves(_by_file(collection, path).data)
        if validate.placeholder_in(value) or (isinstance(value, str) and value.lstrip().startswith("TODO"))
    ]
    assert not found


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_reported_in_names_a_source_of_the_record(collection, path):
    data = _by_file(collection, path).data
    ids = source_ids(data)
    assert len(ids) == len(set(ids))
    for where, value in leaves(data):
        if where[-1] == "reported_in":
            assert value in ids, f"{'/'.join(map(str, where))}: {value!r} is not one of {ids}"


def test_the_placeholder_markers_are_the_schemas():
    markers = validate.schema()["x-placeholders"]["markers"]
    assert set(markers) >= {"TODO", "e.g.", "Lorem", "…"}
    assert validate.placeholder_markers() == tuple(markers)
    assert [validate.placeholder_in(text) for text in ("Lorem ipsum", "Six months…", "A city, e.g. Ghent")] == [
        "Lorem",
        "…",
        "e.g.",
    ]
    assert validate.placeholder_in("Eg. the Egmont district") is None
