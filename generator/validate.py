"""Check records against the JSON Schema and the rules a schema cannot say.

Every problem of every record is collected, each with its file, line, column
and field, so that a contributor can fix them all in one pass.
"""

from __future__ import annotations

import concurrent.futures
import datetime
import difflib
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, cast

import babel
import babel.numbers
import jsonschema
import jsonschema_rs
import yaml

from generator.errors import Problem, RecordsInvalid, excerpt
from generator.provenance import NOT_REPORTED, citing_items, source_ids
from generator.records import Path_, Record, Value, id_rule, is_id, leaves, load, scan, shown_under

DATA = Path(__file__).parent / "data"
SCHEMA_PATH = DATA / "practice.schema.json"
TOPICS_PATH = DATA / "topics.yml"

_EMAIL = r"""^[^\s@?#%&=/\\:;,<>()\[\]"']+@[^\s@?#%&=/\\:;,<>()\[\]"'.]+(\.[^\s@?#%&=/\\:;,<>()\[\]"'.]+)+$"""
_URL = r"^https?://[^\s/\\$.?#@][^\s/\\?#@]*([/?#][^\s]*)?$"
# The schema's pattern of text fields: not only spaces. It names the characters Python and the compiled
# validator disagree on (U+001C-U+001F, U+0085, U+FEFF), so that both count them as spaces.
SOME_TEXT = r"[^\s\x1c-\x1f\x85\ufeff]"
# What each pattern of the schema asks for, in a contributor's words.
_PATTERN_WORDS = {
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$": "a date written YYYY-MM-DD, e.g. 2026-11-26",
    r"^[0-9]{4}(-(0[1-9]|1[0-2]))?$": "a year (2015) or a year and month (2015-01)",
    r"^https?://[^\s/$.?#][^\s]*$": "a web address starting with https:// or http://",
    r"^[a-z]{2,3}$": "a two-letter language code in lower case, e.g. en",
    r"^[A-Z]{2}$": "a two-letter ISO 3166-1 country code in capitals, e.g. IT",
    r"^[A-Z]{3}$": "a three-letter ISO 4217 currency code in capitals, e.g. EUR",
    r"^[A-Z]{2}[0-9A-Z]{0,3}$": "a NUTS code such as ITH53",
    r"^[a-z0-9]+(-[a-z0-9]+)*$": "lower-case words joined by hyphens, e.g. sme-competitiveness",
    SOME_TEXT: "some text, not only spaces",
    r"^[A-Za-z0-9.+-]+$": "an SPDX licence id such as CC-BY-4.0",
    _EMAIL: "an e-mail address only, e.g. officer@city.example (no name, no ?subject= or other additions)",
    _URL: "a web address starting with https:// or http://, with no name@ before the host",
}
# Codes in common use that are not ISO 3166-1, and the code to write instead.
_COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}
_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO"}


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of a record, as published with the site."""
    return cast("dict[str, Any]", json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def _whole_pattern(
    validator: object, pattern: str, instance: object, schema_node: object
) -> Iterator[jsonschema.ValidationError]:
    """The schema's `pattern` with JSON Schema's (ECMA-262) meaning of a final `$`: the very end of the text.

    Python's `$` also matches before a final newline, so jsonschema alone would let
    "IT\\n" through where jsonschema-rs, and every other reader of the schema, refuses it.
    """
    if not isinstance(instance, str):
        return
    if re.search(_python_pattern(pattern), instance) is None:
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


@cache
def _python_pattern(pattern: str) -> re.Pattern[str]:
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


_Validator = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"pattern": _whole_pattern})


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return _Validator(schema())


@cache
def _fast_validator() -> jsonschema_rs.Validator:
    return jsonschema_rs.validator_for(schema())


def _schema_errors(data: dict[str, Any]) -> list[jsonschema.ValidationError]:
    """What the schema finds wrong in a record, in jsonschema's detailed form.

    A compiled validator (jsonschema-rs, some 50 times faster) answers first;
    only a record it rejects is walked again by jsonschema to say why, so the
    messages stay the same and a valid record costs microseconds, not
    milliseconds. Where the two differ, jsonschema's verdict stands.
    """
    try:
        if _fast_validator().is_valid(data):
            return []
    except ValueError:  # a value the compiled validator cannot take: let jsonschema judge it
        pass
    return list(_validator().iter_errors(data))


@cache
def topics() -> dict[str, str]:
    """The controlled vocabulary: topic id to its label, only once every key obeys the id rule."""
    problems = vocabulary_problems(TOPICS_PATH)
    if problems:
        raise RecordsInvalid(problems)
    return _listed_topics()


@cache
def _listed_topics() -> dict[Any, Any]:
    # What the file lists, checked or not: records are checked against it while its own problems are reported.
    listed = yaml.load(TOPICS_PATH.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return listed if isinstance(listed, dict) else {}


# Vocabulary files whose keys become parts of URLs, paths and pages.
VOCABULARIES = (TOPICS_PATH,)


def vocabulary_problems(path: Path, root: Path | None = None) -> list[Problem]:
    """What is wrong in a vocabulary file (id: label lines), each at its line and column."""
    shown = shown_under(path, root or Path.cwd())
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return [Problem(shown, 1, 1, "", f"cannot read the vocabulary: {excerpt(error)}")]
    if not isinstance(node, yaml.MappingNode):
        return [Problem(shown, 1, 1, "", "expected lines of the form id: label")]
    problems = []
    for key, value in node.value:
        if not (isinstance(key, yaml.ScalarNode) and is_id(key.value) and key.tag.endswith(":str")):
            text = key.value if isinstance(key, yaml.ScalarNode) else "a list or mapping"
            problems.append(_at(shown, key, id_rule(text, "key")))
        if not (isinstance(value, yaml.ScalarNode) and value.value.strip() and "\n" not in value.value.strip()):
            problems.append(_at(shown, value, "expected a label on one line, e.g. Housing"))
    return problems


def _at(shown: str, node: yaml.Node, message: str) -> Problem:
    return Problem(shown, node.start_mark.line + 1, node.start_mark.column + 1, "", message)


@cache
def countries() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes known to Babel's CLDR data."""
    codes = cast("dict[str, str]", babel.Locale("en").territories)
    return frozenset(c for c in codes if len(c) == 2 and c.isalpha() and c not in _NOT_COUNTRIES)


@cache
def currencies() -> frozenset[str]:
    """ISO 4217 codes known to Babel's CLDR data."""
    return frozenset(babel.numbers.list_currencies())


PLACEHOLDER = "TODO"


@cache
def placeholder_markers() -> tuple[str, ...]:
    """Text the schema marks as a value still to be written (TODO, e.g., Lorem, ...)."""
    return tuple(schema().get("x-placeholders", {}).get("markers", (PLACEHOLDER,)))


def check(record: Record) -> list[Problem]:
    """Every problem of one record: placeholders left, the schema, then the semantic rules."""
    todo = _placeholders(record.data)
    problems = [
        problem
        for error in _schema_errors(record.data)
        if tuple(error.absolute_path) not in todo and not _beyond_what_was_read(record, error)
        for problem in _schema_problem(record, error)
    ]
    todo_fields = {"/".join(map(str, path)) for path in todo}
    problems += [p for p in _semantic_problems(record) if p.field not in todo_fields]
    problems += [
        _problem(record, path, f"still a placeholder ({describe(text)}); write the real value")
        for path, text in todo.items()
    ]
    problems += _marker_problems(record, todo)
    return sorted(set(problems))


def _beyond_what_was_read(record: Record, error: jsonschema.ValidationError) -> bool:
    """A field reported missing that may stand below a syntax error, where the file was not read."""
    return record.unchecked_from is not None and error.validator == "required" and not error.absolute_path


def _placeholders(value: object, path: Path_ = ()) -> dict[Path_, str]:
    """Text left as the scaffold wrote it, beginning with TODO, by its path."""
    if isinstance(value, str):
        return {path: value} if value.lstrip().startswith(PLACEHOLDER) else {}
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    found: dict[Path_, str] = {}
    for key, inner in children:
        found.update(_placeholders(inner, (*path, key)))
    return found


def placeholder_in(text: object) -> str | None:
    """The first placeholder marker the text holds, if any."""
    if not isinstance(text, str):
        return None
    return next((marker for marker in placeholder_markers() if marker in text), None)


def _marker_problems(record: Record, todo: dict[Path_, str]) -> list[Problem]:
    """Placeholder text anywhere inside a value (a scaffold's TODO at the start is named already)."""
    problems = []
    for path, value in leaves(record.data):
        marker = placeholder_in(value)
        if marker and path not in todo:
            message = f"holds placeholder text ('{marker}'); write the real value"
            problems.append(_problem(record, path, message))
    return problems


def check_collection(records: list[Record]) -> list[Problem]:
    """Problems that only show across records: ids, file names that are not ids, adopters' records."""
    problems = []
    by_id: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        by_id[record.id].append(record)
        if not is_id(record.id):
            problems.append(Problem(record.path, 1, 1, "", id_rule(record.id, "file name") + "; rename the file"))
    for record_id, same in by_id.items():
        if len(same) > 1:
            for record in same:
                others = ", ".join(r.path for r in same if r is not record)
                message = f"the id {excerpt(record_id)} is used by another record too ({others}); rename one file"
                problems.append(Problem(record.path, 1, 1, "", message))
    return problems + _adopter_problems(records)


def _problem(record: Record, path: Path_, message: str, key: bool = False) -> Problem:
    line, column = record.place(path, key=key)
    return Problem(record.path, line, column, "/".join(map(str, path)), message)


def _schema_problem(record: Record, error: jsonschema.ValidationError) -> list[Problem]:
    path = tuple(error.absolute_path)
    kind = error.validator
    if kind == "additionalProperties":
        return _unknown_keys(record, path, error)
    if kind == "required":
        missing = [name for name in error.validator_value if name not in error.instance]
        return [_problem(record, path, f"missing required field '{name}'") for name in missing]
    if kind == "dependentRequired":
        return _dependent(record, path, error)
    return [_problem(record, path, _expectation(error) + _suggestion(path, error.instance))]


def _suggestion(path: Path_, value: object) -> str:
    """The replacement the importer's readers make of a failing value, as a hint to paste."""
    from generator import suggest  # the readers import the vocabularies from here

    found = suggest.replacement(path, value)
    return f"; write {found}" if found else ""


def _unknown_keys(record: Record, path: Path_, error: jsonschema.ValidationError) -> list[Problem]:
    known = sorted(error.schema.get("properties", {}))
    problems = []
    for key in error.instance:
        if key in known:
            continue
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'?" if close else f"expected one of: {', '.join(known)}"
        problems.append(_problem(record, (*path, key), f"unknown field {excerpt(key)}; {hint}", key=True))
    return problems


def _dependent(record: Record, path: Path_, error: jsonschema.ValidationError) -> list[Problem]:
    problems = []
    for present, needed in error.validator_value.items():
        if present not in error.instance:
            continue
        for name in needed:
            if name not in error.instance:
                message = f"missing field '{name}': an {present} needs its {name} too"
                problems.append(_problem(record, path, message))
    return problems


def _expectation(error: jsonschema.ValidationError) -> str:
    """Say what the schema expected and what was found, in plain words."""
    kind, want, found = error.validator, error.validator_value, error.instance
    if kind == "type":
        return f"expected {_type_words(want)}, found {describe(found)}"
    if kind == "pattern":
        return f"expected {_PATTERN_WORDS.get(want, f'text matching {want}')}, found {describe(found)}"
    if kind == "enum":
        return f"expected one of: {', '.join(map(str, want))}; found {describe(found)}"
    if kind in ("minimum", "maximum"):
        side = "at least" if kind == "minimum" else "at most"
        return f"expected a number {side} {want}, found {describe(found)}"
    if kind == "maxLength":
        return f"expected at most {want:,} characters, found {len(found):,}"
    if kind == "minLength":
        return "expected some text, found empty text"
    if kind == "minItems":
        return f"expected at least {want} item{'s' if want > 1 else ''}, found {len(found)}"
    if kind == "uniqueItems":
        return "expected each item once, found a repeated item"
    if kind == "anyOf" and _allows_not_reported(want):
        return _or_not_reported(error)
    message: str = error.message
    return message if len(message) <= 160 else message[:157] + "..."


def _allows_not_reported(branches: list[Any]) -> bool:
    return {"$ref": "#/$defs/not_reported"} in branches


def _or_not_reported(error: jsonschema.ValidationError) -> str:
    """What a field that may also say not reported expected, from its other branch."""
    inner = [e for e in error.context if e.validator != "const"]
    if not inner:
        return f"expected {NOT_REPORTED!r}, found {describe(error.instance)}"
    message = _expectation(jsonschema.exceptions.best_match(inner))
    want, _, found = message.partition(", found")
    if not _:
        return f"{message}; or write {NOT_REPORTED!r} if the sources do not say"
    return f"{want}, or {NOT_REPORTED!r} if the sources do not say; found{found}"


def _type_words(want: str | list[str]) -> str:
    words = {
        "string": "text",
        "integer": "a whole number",
        "number": "a number",
        "object": "a mapping of fields",
        "array": "a list of items (lines starting with '- ')",
        "boolean": "true or false",
    }
    kinds = [want] if isinstance(want, str) else want
    return " or ".join(words.get(k, k) for k in kinds)


def describe(value: Value) -> str:
    """A value as a contributor would recognise it in a message."""
    if value is None:
        return "nothing (the value is empty)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true or false)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, dict):
        return "a mapping of fields"
    if isinstance(value, list):
        return "a list"
    text = value if len(value) <= 60 else value[:57] + "..."
    return repr(text)


def _semantic_problems(record: Record) -> list[Problem]:
    data = record.data
    return [
        *_code_problems(record, data),
        *_period_problems(record, data),
        *_evidence_problems(record, data),
        *_date_problems(record, data),
        *_language_problems(record, data),
        *_checklist_problems(record, data),
        *_unknown_problems(record, data),
        *_source_problems(record, data),
        *_adoption_problems(record, data),
    ]


def _dig(data: Any, *path: str | int) -> Any:
    for step in path:
        if isinstance(step, int):
            if not isinstance(data, list) or step >= len(data):
                return None
        elif not isinstance(data, dict):
            return None
        else:
            if step not in data:
                return None
        data = data[step]
    return data


def _items(data: object, *path: str) -> list[tuple[int, dict[str, Any]]]:
    found = _dig(data, *path)
    if not isinstance(found, list):
        return []
    return [(i, item) for i, item in enumerate(found) if isinstance(item, dict)]


def _code_problems(record: Record, data: dict[str, Any]) -> list[Problem]:
    problems = []
    country = _dig(data, "location", "country")
    places: list[tuple[tuple[str | int, ...], object]] = [(("location", "country"), country)]
    places += [
        (("transferability", "adopted_by", i, "country"), a.get("country"))
        for i, a in _items(data, "transferability", "adopted_by")
    ]
    for path, code in places:
        if isinstance(code, str) and len(code) == 2 and code.isupper() and code not in countries():
            hint = f"; write {_COUNTRY_ALIASES[code]}" if code in _COUNTRY_ALIASES else ""
            problems.append(
                _problem(
                    record,
                    path,
                    f"unknown country code '{code}'; expected an ISO 3166-1 alpha-2 code such as IT or ES{hint}",
                )
            )
    nuts = _dig(data, "location", "nuts")
    if isinstance(nuts, str) and _is_code(country) and nuts[:2] not in (country, {"GR": "EL"}.get(country)):
        problems.append(
            _problem(
                record,
                ("location", "nuts"),
                f"the NUTS code {excerpt(nuts)} does not start with the country code '{country}'",
            )
        )
    for i, line in _items(data, "resources"):
        code = line.get("currency")
        if isinstance(code, str) and len(code) == 3 and code.isupper() and code not in currencies():
            problems.append(
                _problem(
                    record,
                    ("resources", i, "currency"),
                    f"unknown currency code '{code}'; expected an ISO 4217 code such as EUR, GBP or PLN",
                )
            )
    listed = _dig(data, "topics")
    for i, topic in enumerate(listed if isinstance(listed, list) else []):
        if is_id(topic) and topic not in _listed_topics():
            close = difflib.get_close_matches(topic, [str(t) for t in _listed_topics()], n=1, cutoff=0.6)
            hint = (
                f"did you mean '{close[0]}'?" if close else "add it to generator/data/topics.yml or pick a listed one"
            )
            problems.append(_problem(record, ("topics", i), f"unknown topic {excerpt(topic)}; {hint}"))
    return problems


def _is_code(value: object) -> bool:
    return isinstance(value, str) and len(value) == 2 and value.isascii() and value.isupper()


def period_key(value: object) -> tuple[int, int] | None:
    """A start or end value (2015, '2015', '2015-01') as (year, month); month 0 if absent."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return (value, 0)
    if isinstance(value, str) and len(value) in (4, 7) and value[:4].isdigit():
        return (int(value[:4]), int(value[5:7]) if len(value) == 7 and value[5:7].isdigit() else 0)
    return None


def _period_problems(record: Record, data: dict[str, Any]) -> list[Problem]:
    problems = []
    for prefix in ((), ("project",)):
        start, end = period_key(_dig(data, *prefix, "start")), period_key(_dig(data, *prefix, "end"))
        if start and end and (end[0] < start[0] or (end[0] == start[0] and end[1] and start[1] and end[1] < start[1])):
            shown_start, shown_end = _dig(data, *prefix, "start"), _dig(data, *prefix, "end")
            problems.append(
                _problem(record, (*prefix, "end"), f"the end ({shown_end}) is before the start ({shown_start})")
            )
    return problems


def _evidence_problems(record: Record, data: dict[str, Any]) -> list[Problem]:
    start = period_key(_dig(data, "start"))
    reviewed = _real_date(_dig(data, "last_reviewed"))
    problems = []
    for i, item in _items(data, "evidence"):
        year = item.get("year")
        if not isinstance(year, int) or isinstance(year, bool):
            continue
        if start and year < start[0]:
            message = (
                f"the year {year} is before the practice started ({_dig(data, 'start')}); "
                "evidence must come from its life or after it"
            )
            problems.append(_problem(record, ("evidence", i, "year"), message))
        elif reviewed and year > reviewed.year:
            message = f"the year {year} is after the record was last reviewed ({reviewed.isoformat()})"
            problems.append(_problem(record, ("evidence", i, "year"), message))
    return problems


def _real_date(value: object) -> datetime.date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _date_problems(record: Record, data: dict[str, Any]) -> list[Problem]:
    problems = []
    for name in ("last_reviewed", "added"):
        value = data.get(name)
        if isinstance(value, str) and len(value) == 10 and value[4] == "-" and not _real_date(value):
            problems.append(_problem(record, (name,), f"'{value}' is not a real date; expected YYYY-MM-DD"))
    added, reviewed = _real_date(data.get("added")), _real_date(data.get("last_reviewed"))
    if added and reviewed and added > reviewed:
        problems.append(
            _problem(record, ("added",), f"the record was added ({added}) after it was last reviewed ({reviewed})")
        )
    return problems


def _language_problems(record: Record, data: dict[str, Any]) -> list[Problem]:
    problems = []
    language = data.get("language")
    codes: list[tuple[tuple[str, ...], object]] = [(("language",), language)]
    translations = data.get("translations")
    if isinstance(translations, dict):
        codes += [(("translations", code), code) for code in translations]
        if language in translations:
            message = f"a translation into '{language}', the record's own language; put that text in the main fields"
            problems.append(_problem(record, ("translations", cast(str, language)), message, key=True))
    for path, code in codes:
        if isinstance(code, str) and code.isalpha() and code.islower() and not _known_language(code):
            problems.append(
                _problem(
                    record,
                    path,
                    f"unknown language code {excerpt(code)}; expected a code such as en, it or es",
                    key=len(path) == 2,
                )
            )
    return problems


@cache
def _known_language(code: str) -> bool:
    return code in babel.Locale("en").languages


def _checklist_problems(record: Record, data: dict[str, Any]) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    for i, item in _items(data, "checklist"):
        item_id = item.get("id")
        if isinstance(item_id, str) and item_id in seen:
            message = (
                f"the checklist id {excerpt(item_id)} is used twice (also item {seen[item_id]}); ids must be unique"
            )
            problems.append(_problem(record, ("checklist", i, "id"), message))
        elif isinstance(item_id, str):
            seen[item_id] = i
    return problems


def collect(
    paths: list[Path],
    root: Path | None = None,
    workers: int = 1,
    allow_empty: bool = False,
    memo: Memo | None = None,
) -> list[Record]:
    """Load and check every record under the paths, and the vocabularies; raise once with all problems.

    Args:
        paths: record files or folders holding them.
        root: the folder that messages show paths relative to (default: as given).
        workers: processes to share the files between, used from PARALLEL_FROM files on; records
            that come back from other processes do not carry the places of their values.
        allow_empty: accept a collection without any record (otherwise a problem: a wrong folder
            or a failed checkout would publish an empty site and call it valid).
        memo: what earlier calls found in each file, kept by the caller (`mkdocs serve`): a file
            whose size, time and inode are unchanged is not read again. The checks across records
            and the vocabularies always run.

    Returns:
        The valid records, sorted by id.
    """
    found, problems = scan(paths)
    problems = [_relative(problem, root) for problem in problems]
    problems += [problem for path in VOCABULARIES for problem in vocabulary_problems(path, root)]
    files = [(path, shown_under(path, root)) for path in found]
    if workers > 1 and len(files) >= PARALLEL_FROM:
        with concurrent.futures.ProcessPoolExecutor(workers) as pool:
            outcomes = list(pool.map(_load_and_check_lean, files, chunksize=100))
    elif memo is not None:
        outcomes = [_remembered(file, memo) for file in files]
    else:
        outcomes = [_load_and_check(file) for file in files]
    records = [record for record, _ in outcomes if record is not None]
    problems += [problem for _, found in outcomes for problem in found] + check_collection(records)
    if not files and not allow_empty:
        where = ", ".join(shown_under(path, root) for path in paths) or "."
        problems.append(Problem(where, 1, 1, "", EMPTY))
    if problems:
        raise RecordsInvalid(problems)
    return sorted(records, key=lambda r: r.id)


EMPTY = "no record found (files ending in .yml); check the folder, or pass --allow-empty if that is meant"


def _relative(problem: Problem, root: Path | None) -> Problem:
    """A problem of a path (a folder, a link) shown like the records' paths."""
    return Problem(shown_under(Path(problem.file), root), problem.line, problem.column, problem.field, problem.message)


# Below this many files, starting processes costs more than it saves.
PARALLEL_FROM = 400


def _load_and_check_lean(file: tuple[Path, str]) -> tuple[Record | None, list[Problem]]:
    # The places of values are needed only for messages, which are made here.
    record, problems = _load_and_check(file)
    if record is not None:
        record.places, record.key_places = {}, {}
    return record, problems


Outcome = tuple[Record | None, list[Problem]]
Memo = dict[tuple[Path, str], tuple[tuple[int, int, int], Outcome]]


def _remembered(file: tuple[Path, str], memo: Memo) -> Outcome:
    """What a file held when last read, if it has not changed since; else read and checked again."""
    try:
        status = file[0].lstat()
    except OSError:
        return _load_and_check(file)
    stamp = (status.st_mtime_ns, status.st_size, status.st_ino)
    kept = memo.get(file)
    if kept is not None and kept[0] == stamp:
        return kept[1]
    outcome = _load_and_check(file)
    memo[file] = (stamp, outcome)
    return outcome


def _load_and_check(file: tuple[Path, str]) -> tuple[Record | None, list[Problem]]:
    path, shown = file
    record, problems = load(path, shown)
    if path.suffix == ".yaml":
        problems.append(Problem(shown, 1, 1, "", "record files end in .yml; rename this file"))
    if record is not None:
        problems += check(record)
    return record, problems


def reread_vocabulary() -> None:
    """Forget the vocabulary read so far (`mkdocs serve` re-reads it on each rebuild)."""
    topics.cache_clear()
    _listed_topics.cache_clear()


@cache
def not_reported_fields() -> frozenset[tuple[str, ...]]:
    """The fields the schema lets say not reported, as key paths with '*' for a list's items."""
    return frozenset(_not_reported_paths(schema(), ()))


def _not_reported_paths(node: object, path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    if not isinstance(node, dict):
        return
    if _allows_not_reported(node.get("anyOf", [])):
        yield path
    for key, inner in node.get("properties", {}).items():
        yield from _not_reported_paths(inner, (*path, key))
    if "items" in node:
        yield from _not_reported_paths(node["items"], (*path, "*"))


def field_pattern(path: Path_) -> tuple[str, ...]:
    return tuple("*" if isinstance(step, int) else step for step in path)


# Other ways of writing that the sources do not say, which pages could not tell from real values.
OTHER_UNKNOWNS = {"unknown", "not known", "n/a", "na", "none", "not available", "not given", "-", "?", "tbd"}
# Fields whose schema takes no text but a date, a year or not reported, and says so itself.
_DATES_AND_YEARS = {("start",), ("end",), ("evidence", "*", "year")}


def _unknown_problems(record: Record, data: dict[str, Any]) -> list[Problem]:
    """Not reported written where no unknown is allowed, or not exactly as the schema wants it."""
    problems = []
    allowed = not_reported_fields()
    for path, value in leaves(data):
        if not isinstance(value, str):
            continue
        pattern = field_pattern(path)
        if value.strip().lower() in OTHER_UNKNOWNS and pattern in allowed and pattern not in _DATES_AND_YEARS:
            # (a date or a year field's own schema message already offers the replacement)
            message = f"write '{NOT_REPORTED}' when the sources do not say, found {describe(value)}"
            problems.append(_problem(record, path, message))
        if value.strip().lower() != NOT_REPORTED:
            continue
        if field_pattern(path) in _DATES_AND_YEARS or path[:1] == ("translations",):
            continue  # the schema already refuses any other text there; translations follow their original
        if field_pattern(path) not in allowed:
            where = ", ".join("/".join(p) for p in sorted(allowed))
            message = f"'{NOT_REPORTED}' is allowed only in: {where}; write what the sources say"
            problems.append(_problem(record, path, message))
        elif value != NOT_REPORTED:
            message = f"write '{NOT_REPORTED}' exactly, in lower case, found {describe(value)}"
            problems.append(_problem(record, path, message))
    return problems


def _source_problems(record: Record, data: dict[str, Any]) -> list[Problem]:
    """Source ids used once each; every reported_in naming one of them."""
    problems = []
    seen: dict[str, int] = {}
    for i, source in _items(data, "sources"):
        source_id = source.get("id")
        if isinstance(source_id, str) and source_id in seen:
            message = f"the source id '{source_id}' is used twice (also source {seen[source_id]}); ids must be unique"
            problems.append(_problem(record, ("sources", i, "id"), message))
        elif isinstance(source_id, str):
            seen[source_id] = i
        consulted = source.get("consulted")
        if isinstance(consulted, str) and len(consulted) == 10 and not _real_date(consulted):
            message = f"'{consulted}' is not a real date; expected YYYY-MM-DD"
            problems.append(_problem(record, ("sources", i, "consulted"), message))
    ids = source_ids(data)
    for path, i, item in citing_items(data):
        named = item.get("reported_in")
        if is_id(named) and named not in ids:  # a name that is no id at all: the schema says so already
            problems.append(_problem(record, (*path, i, "reported_in"), _no_such_source(named, ids)))
    return problems


def _no_such_source(named: str, ids: list[str]) -> str:
    if not ids:
        return f"no source has the id {excerpt(named)}; give that entry of sources an id: {named}"
    close = difflib.get_close_matches(named, ids, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else f"expected one of: {', '.join(ids)}"
    return f"no source has the id {excerpt(named)}; {hint}"


def _adoption_problems(record: Record, data: dict[str, Any]) -> list[Problem]:
    """An adoption dated after the last review, or pointing back at the practice or its city itself."""
    problems = []
    reviewed = _real_date(_dig(data, "last_reviewed"))
    for i, item in _items(data, "transferability", "adopted_by"):
        year = item.get("year")
        if isinstance(year, int) and not isinstance(year, bool) and reviewed and year > reviewed.year:
            message = f"the year {year} is after the record was last reviewed ({reviewed.isoformat()})"
            problems.append(_problem(record, ("transferability", "adopted_by", i, "year"), message))
        name, city = item.get("name"), _dig(data, "location", "city")
        if isinstance(name, str) and isinstance(city, str) and name.strip().casefold() == city.strip().casefold():
            message = f"'{name}' is where the practice comes from; adopted_by names the other places that took it up"
            problems.append(_problem(record, ("transferability", "adopted_by", i, "name"), message))
        if item.get("practice") == record.id:
            message = "names this record itself; practice is the id of the record of the adopter's version"
            problems.append(_problem(record, ("transferability", "adopted_by", i, "practice"), message))
    return problems


def _adopter_problems(records: list[Record]) -> list[Problem]:
    """Every adopted_by practice the id of a record of the collection."""
    ids = sorted(record.id for record in records)
    problems = []
    for record in records:
        for i, item in _items(record.data, "transferability", "adopted_by"):
            named = item.get("practice")
            if not isinstance(named, str) or named in ids or named == record.id:
                continue
            close = difflib.get_close_matches(named, ids, n=1, cutoff=0.6)
            hint = f"did you mean '{close[0]}'?" if close else "add its record to practices/ or delete this line"
            message = f"no record has the id '{named}'; {hint}"
            problems.append(_problem(record, ("transferability", "adopted_by", i, "practice"), message))
    return problems
