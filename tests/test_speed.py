"""The generator's shortcuts give exactly what the slow, thorough path gives.

Two shortcuts keep the generator stage under 2 ms per record (see
benchmarks/): plain paragraphs skip Python-Markdown, and jsonschema-rs accepts
valid records before jsonschema is asked to explain anything.
"""

from __future__ import annotations

import copy

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.structure.files import Files

import samples
from generator import render, validate
from generator.records import Record
from helpers import nodes

# Letters, the characters Markdown cares about, and whitespace of several kinds.
MARKDOWN_ALPHABET = "ab 1.\n\t-*_#>[]()!<&\\`=+|\u00a0\u2003\r\x85\u2028"
# Mostly what the shortcut takes, with the odd character that must send text the long way.
PLAIN_ALPHABET = "ab 1.,;:\n\n\u00a0é-)\t"


def python_markdown(text: str) -> str:
    return markdown.Markdown(extensions=[], output_format="html").convert(text)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.text(alphabet=MARKDOWN_ALPHABET, max_size=40), st.text(alphabet=PLAIN_ALPHABET, max_size=40)))
def test_plain_paragraphs_convert_as_python_markdown_does(text):
    fast = render._plain_html(text)
    assert fast is None or fast == python_markdown(text)


def test_the_shortcut_takes_plain_paragraphs_and_leaves_syntax_alone():
    assert render._plain_html("First paragraph,\nsame paragraph.\n\n\nSecond one.\n") == (
        "<p>First paragraph,\nsame paragraph.</p>\n<p>Second one.</p>"
    )
    for text in ("A *word*.", "- a list", "1. first", "Line  \nbreak", "# Heading", "Para\n\n    code", "a & b"):
        assert render._plain_html(text) is None, text


def test_every_field_of_the_sample_records_renders_as_before():
    texts = [data["description"] for data in (samples.record(i)[1] for i in range(30))]
    texts += ["A *word* and a [link](https://example.org).", "- one\n- two\n", "plain text"]
    for text in texts:
        render.field_html.cache_clear()
        assert render.field_html(text) == _field_html_without_shortcut(text), text


def _field_html_without_shortcut(text: str) -> str:
    raw = python_markdown(text)
    clean = render.nh3.clean(
        raw,
        tags=render._FIELD_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        attribute_filter=render._keep_attribute,
        link_rel="nofollow noopener",
        strip_comments=True,
    )
    return clean.replace("\r", " ").replace("\n", " ")


def _replace(data: dict, path: tuple, value) -> dict:
    changed = copy.deepcopy(data)
    if not path:
        return changed
    holder = changed
    for step in path[:-1]:
        holder = holder[step]
    if value is _DROP and isinstance(holder, dict):
        del holder[path[-1]]
    elif value is not _DROP:
        holder[path[-1]] = value
    return changed


_DROP = object()
VALUES = st.one_of(
    st.just(_DROP),
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.sampled_from(["x", "title", "amount"]), st.integers(), max_size=2),
)


@settings(max_examples=400, deadline=None)
@given(st.integers(0, 40), st.data())
def test_the_fast_validator_never_lets_through_what_jsonschema_rejects(i, data):
    record = samples.record(i)[1]
    path = data.draw(st.sampled_from([path for path, _ in nodes(record)]))
    changed = _replace(record, path, data.draw(VALUES))
    thorough = [error.message for error in validate._validator().iter_errors(changed)]
    assert [error.message for error in validate._schema_errors(changed)] == thorough


def test_a_valid_record_has_no_schema_problem_and_an_invalid_one_keeps_its_message():
    record_id, data = samples.record(3)
    assert validate.check(Record(record_id, "x.yml", data)) == []
    data = {**data, "start": "soon"}
    assert [p.field for p in validate.check(Record(record_id, "x.yml", data))] == ["start"]


def test_dirty_serve_rebuilds_only_the_files_an_edit_changed(tmp_path):
    from mkdocs.config import load_config

    records = samples.write(tmp_path / "practices", 3)
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(
        f"site_name: t\ndocs_dir: {tmp_path / 'docs'}\nplugins:\n  - practices:\n      records: {records}\n",
        encoding="utf-8",
    )
    (tmp_path / "docs").mkdir()
    config = load_config(str(config_file))
    config.plugins.on_startup(command="serve", dirty=True)

    def changed() -> set[str]:
        config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        files = config.plugins.on_files(Files([]), config=config)
        return {file.src_uri for file in files if file.is_modified()}

    first = changed()
    assert "practices/index.md" in first and len(first) > 10
    assert changed() == set()
    record_id, data = samples.record(1)
    path = records / f"{record_id}.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(data["summary"], "A new summary."), encoding="utf-8")
    again = changed()
    assert f"practices/{record_id}.md" in again
    assert f"practices/{samples.record(0)[0]}.md" not in again
    assert len(again) < len(first) / 2


def test_the_schemas_some_text_pattern_means_the_same_to_both_validators_for_every_character():
    """Python and the compiled validator disagree on what `\\s` holds (U+001C-U+001F, U+0085, U+FEFF)."""
    import json
    import re

    import jsonschema_rs

    pattern = json.loads(validate.SCHEMA_PATH.read_text(encoding="utf-8"))["$defs"]["line"]["pattern"]
    assert pattern == validate.SOME_TEXT  # the words for it in problem reports are keyed by it
    fast, python = jsonschema_rs.validator_for({"type": "string", "pattern": pattern}), re.compile(pattern)
    characters = (chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert [hex(ord(c)) for c in characters if fast.is_valid(c) != bool(python.search(c))] == []
