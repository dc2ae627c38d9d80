"""Loading records: safe YAML, values typed by YAML 1.2 core rules, and the place of every value."""

from __future__ import annotations

from generator import records
from generator.records import parse


def _load(text: str):
    return parse(text.encode("utf-8"), "practices/x.yml", "x")


def _messages(text: str) -> list[str]:
    record, problems = _load(text)
    assert record is None
    return [str(p) for p in problems]


def test_values_keep_their_line_and_column():
    record, problems = _load("title: A\nevidence:\n  - indicator: B\n    year: 2016\n")
    assert problems == []
    assert record.place(("evidence", 0, "year")) == (4, 11)
    assert record.place(("evidence",), key=True) == (2, 1)
    assert record.place(("evidence", 0, "missing")) == (3, 5)


def test_plain_scalars_follow_yaml_1_2_core_rules():
    record, _ = _load("a: yes\nb: off\nc: 2026-11-26\nd: 3\ne: 1.5\nf: true\ng: ~\nh: '3'\ni: 0x10\n")
    assert record.data == {
        "a": "yes",
        "b": "off",
        "c": "2026-11-26",
        "d": 3,
        "e": 1.5,
        "f": True,
        "g": None,
        "h": "3",
        "i": "0x10",
    }


def test_anchors_and_aliases_are_refused_at_the_anchor():
    laughs = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"
    assert _messages(laughs) == [
        "practices/x.yml:1:4: a: anchors (&a) are not allowed in a record; write the value out"
    ]


def test_duplicate_keys_are_refused_with_both_lines_and_the_rest_is_still_read():
    record, problems = _load("title: A\nsummary: B\ntitle: C\nlanguage: en\n")
    assert [str(p) for p in problems] == [
        "practices/x.yml:3:1: title: the key 'title' appears twice (first on line 1); keep one"
    ]
    assert record.data == {"title": "A", "summary": "B", "language": "en"}


def test_custom_tags_are_refused():
    assert _messages("title: !!python/object:os.system x\n") == [
        "practices/x.yml:1:8: title: the tag tag:yaml.org,2002:python/object:os.system is not allowed in a record"
    ]


def test_yaml_syntax_error_has_its_position_and_the_fields_above_it_are_kept():
    record, problems = _load("title: A\nsummary: [B\n")
    assert [str(p) for p in problems] == [
        "practices/x.yml:2:10: the [ opened on line 2, column 10 is not closed; add ] at the end, or put the whole "
        "text in double quotes if it is not meant as a list. Lines 2 to the end were not checked; fix this first."
    ]
    assert problems[0].detail == "while parsing a flow sequence did not find expected ',' or ']'"
    assert record.data == {"title": "A"} and record.unchecked_from == 2


def test_a_syntax_error_no_rule_knows_keeps_the_parser_words_with_both_places():
    record, problems = _load("title: A\nsummary: !\n  - [\n")
    assert [str(p) for p in problems] == [
        "practices/x.yml:4:1: YAML syntax error: while parsing a flow node "
        "did not find expected node content. Lines 2 to the end were not checked; fix this first."
    ]


def test_empty_file_and_list_at_the_top():
    assert _messages("") == [
        "practices/x.yml:1:1: the file is empty; expected a practice record (title:, summary:, ...)"
    ]
    assert _messages("- a\n") == [
        "practices/x.yml:1:1: expected a mapping of fields (title:, summary:, ...), found a list"
    ]


def test_encoding_problems_are_named():
    record, problems = parse(b"\xef\xbb\xbftitle: A\n", "x.yml", "x")
    assert str(problems[0]) == "x.yml:1:1: the file starts with a byte-order mark; save it as UTF-8 without BOM"
    record, problems = parse(b"title: A\nsummary: caf\xe9\n", "x.yml", "x")
    assert str(problems[0]) == "x.yml:2:13: byte 0xe9 is not UTF-8; save the file as UTF-8"


def test_windows_line_endings_keep_line_numbers():
    record, problems = parse(b"title: A\r\nsummary: B\r\nstart: 2015\r\n", "x.yml", "x")
    assert record.data == {"title": "A", "summary": "B", "start": 2015}
    assert record.place(("start",)) == (3, 8)


def test_two_documents_are_refused():
    assert _messages("title: A\n---\ntitle: B\n") == [
        "practices/x.yml:2:1: a record holds one document; remove the second '---'"
    ]


def test_a_record_without_added_counts_from_its_last_review():
    assert records.added({"added": "2026-01-02", "last_reviewed": "2026-11-01"}) == "2026-01-02"
    assert records.added({"last_reviewed": "2026-11-01"}) == "2026-11-01"
