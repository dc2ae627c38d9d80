"""`mkdocs serve --dirty` re-renders exactly the pages an edit changes, told by their inputs' keys."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest

import samples
from generator import site, validate
from generator.records import Record

OPTIONS = site.Options()


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> list[Record]:
    folder = samples.write(tmp_path_factory.mktemp("records"), 24)
    return validate.collect([folder], folder.parent)


def _edited(records: list[Record], index: int, change) -> list[Record]:
    out = [copy.copy(r) for r in records]
    out[index] = dataclasses.replace(records[index], data=copy.deepcopy(records[index].data))
    change(out[index].data)
    return out


EDITS = {
    "title": lambda data: data.update(title="A title edited in the web editor"),
    "summary": lambda data: data.update(summary="A summary edited in the web editor."),
    "topics": lambda data: data.update(topics=["health", "housing"]),
    "place": lambda data: data["location"].update(city="Porto", country="PT", lat=41.15, lon=-8.61),
    "evidence": lambda data: data["evidence"][0].update(value=12345),
}


@pytest.mark.parametrize("edit", EDITS)
def test_a_page_whose_key_did_not_change_did_not_change(records, edit):
    before = site.plan(records, OPTIONS)
    after = site.plan(_edited(records, 3, EDITS[edit]), OPTIONS)
    kept = changed = 0
    for path, made in after.items():
        old = before[path]
        if isinstance(made, site.Later) and isinstance(old, site.Later):
            if made.key == old.key:
                assert made() == old(), path
                kept += 1
            else:
                changed += 1
    assert changed and kept, (changed, kept)  # the edited record's pages changed, most others did not
    edited = records[3].id
    assert after[f"practices/{edited}.md"].key != before[f"practices/{edited}.md"].key  # type: ignore[union-attr]


def test_a_page_showing_an_edited_practice_gets_a_new_key(records):
    from generator import render

    links = render.PracticeLinks.of(records, OPTIONS)
    showing = next(r for r in records if links.shown(r))
    shown = next(r for r in records if r.id in links.shown(showing))
    index = records.index(shown)
    before = site.plan(records, OPTIONS)
    after = site.plan(_edited(records, index, EDITS["title"]), OPTIONS)
    path = f"practices/{showing.id}.md"
    assert after[path].key != before[path].key  # type: ignore[union-attr]
    assert "A title edited in the web editor" in after[path]()  # type: ignore[operator]


def test_a_record_file_is_read_again_only_when_it_changed(tmp_path):
    folder = samples.write(tmp_path / "practices", 3)
    memo: validate.Memo = {}
    first = validate.collect([folder], tmp_path, memo=memo)
    again = validate.collect([folder], tmp_path, memo=memo)
    assert [a is b for a, b in zip(first, again, strict=True)] == [True, True, True]  # the same objects, not re-read
    edited = folder / f"{first[1].id}.yml"
    edited.write_text(edited.read_text(encoding="utf-8").replace(first[1].data["title"], "A new title"), "utf-8")
    third = validate.collect([folder], tmp_path, memo=memo)
    assert [a is b for a, b in zip(first, third, strict=True)] == [True, False, True]
    assert third[1].data["title"] == "A new title"
    edited.write_text("title: [unclosed\n", encoding="utf-8")
    with pytest.raises(validate.RecordsInvalid):  # a problem is found again from the memo too
        validate.collect([folder], tmp_path, memo=memo)
    with pytest.raises(validate.RecordsInvalid):
        validate.collect([folder], tmp_path, memo=memo)


def test_serve_watches_the_records_and_everything_a_page_is_made_from(tmp_path):
    from mkdocs.config import load_config

    from generator import messages, plugin, render

    config_file = tmp_path / "mkdocs.yml"
    records = samples.write(tmp_path / "practices", 1)
    config_file.write_text(f"site_name: t\nplugins:\n  - practices:\n      records: {records}\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    config = load_config(str(config_file))
    config.plugins.on_config(config)

    class Server:
        watched: list[str] = []

        def watch(self, path: str) -> None:
            self.watched.append(path)

    server = config.plugins.on_serve(Server(), config=config, builder=lambda: None)
    assert set(map(Path, server.watched)) >= {records, render.TEMPLATES, validate.DATA, messages.LOCALES_PATH}
    assert set(plugin.SOURCES) <= set(map(Path, server.watched))


def test_an_edited_template_changes_the_key_of_every_page():
    import os

    from generator import plugin, render

    before = plugin._sources_key()
    template = render.TEMPLATES / "practice.md.j2"
    status = template.stat()
    try:
        os.utime(template, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))
        assert plugin._sources_key() != before
    finally:
        os.utime(template, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert plugin._sources_key() == before


def test_a_rebuild_reads_the_words_and_vocabulary_again_only_after_an_edit(tmp_path, monkeypatch):
    from mkdocs.config import load_config

    from generator import messages, plugin

    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "messages.po").write_text("# as first read\n", encoding="utf-8")
    monkeypatch.setattr(plugin, "SOURCES", (sources,))
    config_file = tmp_path / "mkdocs.yml"
    records = samples.write(tmp_path / "practices", 1)
    config_file.write_text(f"site_name: t\nplugins:\n  - practices:\n      records: {records}\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    config = load_config(str(config_file))

    def words_kept_after_a_rebuild() -> bool:
        messages.catalogue()
        config.plugins.on_config(config)
        return messages.catalogue.cache_info().currsize == 1

    assert not words_kept_after_a_rebuild()  # the first build of a process reads them
    assert words_kept_after_a_rebuild()  # nothing changed: what was read serves again
    (sources / "messages.po").write_text("# edited by a translator\n", encoding="utf-8")
    assert not words_kept_after_a_rebuild()
    assert words_kept_after_a_rebuild()


def test_what_is_made_of_a_record_is_kept_with_it_and_made_again_after_an_edit(records):
    from generator import exports, render

    row = render.listing_row(records[0], OPTIONS)
    assert render.listing_row(records[0], OPTIONS) is row  # kept: the listings, catalogue and serve share it
    french = render.listing_row(records[0], site.Options(language="fr"))
    assert french is not row and french["country_name"] != row["country_name"]  # a row per language
    edited = _edited(records, 0, EDITS["title"])
    assert render.listing_row(edited[0], OPTIONS)["title"] == "A title edited in the web editor"
    assert render.listing_row(records[0], OPTIONS) is row  # the record as it was keeps its own
    listings = site.files(edited, OPTIONS)
    shown = "".join(content for path, content in listings.items() if path.startswith(("topics/", "countries/")))
    assert "A title edited in the web editor" in shown and records[0].data["title"] not in shown
    assert "A title edited in the web editor" in listings["practices/index.md"]
    assert "A title edited in the web editor" in listings[exports.record_path(records[0].id)]
    assert "A title edited in the web editor" in listings["data/practices.json"]
