"""Records for the hardening tests: one full of attacks, one using every field of the schema.

Both are valid records, so the whole pipeline runs on them: the hostile one
checks that contributors' text is shown and never executed, the rich one that
nothing a record says is lost or altered on its pages and in the open data.
"""

from __future__ import annotations

import itertools
from html.parser import HTMLParser
from pathlib import Path

import yaml

import samples
from helpers import set_at, text_leaves

# Each payload, if it ran, would open a dialog or set window.__pwned.
PAYLOADS = [
    "<script>window.__pwned = 1; alert(1)</script>",
    '<img src=x onerror="window.__pwned = 2; alert(2)">',
    "[click me](javascript:window.__pwned=3)",
    '<a href="javascript:window.__pwned=4">link</a>',
    '<iframe src="javascript:window.top.__pwned=5"></iframe>',
    '<svg onload="window.__pwned = 6"><circle r="1"/></svg>',
    '"><script>window.__pwned = 7</script>',
    "</title><script>window.__pwned = 8</script>",
    "![x](data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==)",
    '<a href="data:text/html,<script>alert(10)</script>">data link</a>',
    '<object data="javascript:window.__pwned=11"></object><style>body{display:none}</style>',
    "'><svg/onload=window.__pwned=12>",
    "{{ 7*7 }} {% include 'base.html' %} {{ config }}",
    "\n\n# Injected heading\n\n| a | b |\n|---|---|\n| x | y |\n\n---\ntitle: injected\n---\n",
    '<a href="vbscript:msgbox(13)">vb</a> <a href="&#106;avascript:window.__pwned=14">entity</a>',
    '<details open ontoggle="window.__pwned=15">x</details> <body onload="window.__pwned=16">',
    '{: onclick="window.__pwned=17" } [x](https://example.org){: onmouseover="window.__pwned=18" }',
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=19></style></mglyph></table></mtext></math>",
]
URL_PAYLOADS = [
    'https://example.org/"><script>window.__pwned=20</script>',
    "https://example.org/'><svg/onload=window.__pwned=21>",
    "http://x/</title><script>window.__pwned=22</script>",
]
# Markup in an e-mail address is refused by the schema (issue 12); what an address may still hold is template syntax.
EMAIL_PAYLOAD = "{{7*7}}!$*+^`~|{pwned}@example.org"
LIMITS = {"title": 200, "summary": 600}
NOT_TEXT = {
    "country",
    "nuts",
    "language",
    "licence",
    "currency",
    "period",
    "start",
    "end",
    "added",
    "last_reviewed",
    "topics",
    "id",
    "section",
    "reported_in",
    "practice",
    "consulted",
}


def hostile_record() -> tuple[str, dict]:
    """A valid record whose every free-text field, URL and e-mail carries an attack."""
    data = _filled(itertools.cycle(PAYLOADS), itertools.cycle(URL_PAYLOADS), EMAIL_PAYLOAD)
    data["title"] = "XSS <script>window.__pwned=24;alert(24)</script> </title><script>alert(25)</script>"
    return "hostile-record", data


def inert_record() -> tuple[str, dict]:
    """The hostile record's twin with harmless words in the same places: the shape its pages must keep."""
    words = (f"plain words {i}" for i in itertools.count())  # distinct, as the payloads are: no item merges
    data = _filled(words, itertools.repeat("https://example.org/page"), "a@example.org")
    data["title"] = "A plain title"
    return "hostile-record", data


def _filled(texts, urls, email: str) -> dict:
    _, data = rich_record()
    for path, _ in list(text_leaves(data)):
        if any(isinstance(step, str) and step in NOT_TEXT for step in path):
            continue
        if path[-1] == "url":
            set_at(data, path, next(urls))
        elif path[-1] == "email":
            set_at(data, path, email)
        else:
            text = f"Said {len(path)} {next(texts)} end"
            set_at(data, path, text[: LIMITS.get(path[-1], 2000)])
    return data


def rich_record() -> tuple[str, dict]:
    """A valid record that fills every field of the schema, translations and checklist included."""
    _, data = samples.record(4)
    data.update(
        {
            "title": "Ghent & partners: the “repair café” network — 2.0",
            "summary": "Ghent opened repair cafés in every district; 4,200 items were fixed in 2021.",
            "editors_note": "The report counts items, not visitors.",
            "description": (
                "Volunteers repair *toasters*, **bikes** and clothes.\n\n"
                "- Open on Saturdays\n- Free for residents\n\n"
                "Read [the evaluation](https://example.org/ghent/evaluation) for the figures.\n"
            ),
            "institution": {
                "name": "City of Ghent",
                "role": "Pays the rent of the rooms.",
                "url": "https://example.org/ghent",
            },
            "partners": [
                {"name": "Repair Together", "role": "Trains the volunteers.", "url": "https://example.org/rt"}
            ],
            "location": {
                "city": "Ghent",
                "region": "East Flanders",
                "nuts": "BE234",
                "country": "BE",
                "coordinates": {"lat": 51.0543, "lon": 3.7174},
            },
            "start": "2015-03",
            "end": "2023-10",
            "project": {
                "name": "CIRCE",
                "programme": "Interreg Europe",
                "start": "2016-04",
                "end": "2020-09",
                "url": "https://example.org/circe",
            },
            "topics": ["circular-economy", "social-inclusion"],
            "resources": [
                {
                    "what": "Room rent",
                    "amount": 12500.5,
                    "currency": "EUR",
                    "period": "per-year",
                    "source": "City budget",
                },
                {
                    "what": "Tools",
                    "amount": 3000,
                    "currency": "GBP",
                    "period": "one-off",
                    "source": "A British donor",
                    "reported_in": "donor-letter",
                    "editors_note": "Converted by the donor, not by the city.",
                },
                {"what": "Volunteer hours", "amount": 0, "currency": "EUR", "period": "total", "source": "Residents"},
            ],
            "evidence": [
                {
                    "indicator": "Items repaired",
                    "value": 4200,
                    "unit": "items",
                    "year": 2021,
                    "note": "Counted at the door.",
                },
                {
                    "indicator": "Share repaired",
                    "value": 72.5,
                    "unit": "%",
                    "year": 2022,
                    "note": "Of items brought in.",
                    "reported_in": "ghent-report",
                    "editors_note": "Rounded by the city.",
                },
            ],
            "difficulties": [
                {
                    "difficulty": "Too few volunteers for electronics.",
                    "handling": "A training day each month with *Repair Together*.",
                    "reported_in": "ghent-report",
                    "editors_note": "Only the report says so.",
                },
                {"difficulty": "Rooms were cold in winter.", "handling": "not reported"},
            ],
            "transferability": {
                "potential": "Any city with community rooms and a few skilled volunteers.\n",
                "preconditions": ["Rooms open on Saturdays.", "A volunteer coordinator."],
                "success_factors": ["Local press coverage."],
                "limiting_factors": ["Insurance for electrical repairs."],
                "suits": "Cities of 50,000 people or more.",
                "legal_basis": "Municipal competence for waste prevention.",
                "implementation_time": "Six months.",
                "adopted_by": [
                    {
                        "name": "Leuven",
                        "country": "BE",
                        "url": "https://example.org/leuven",
                        "year": 2019,
                        "practice": "reggio-emilia-south-africa",
                        "reported_in": "donor-letter",
                    }
                ],
            },
            "checklist": [
                {
                    "id": "insurance-cover",
                    "section": "risks",
                    "text": "Check the insurance of volunteers.",
                    "essential": True,
                }
            ],
            "contacts": [
                {
                    "name": "An De Smet",
                    "role": "Coordinator",
                    "organisation": "City of Ghent",
                    "email": "an.desmet@example.org",
                    "url": "https://example.org/an",
                },
                {"name": "Jan Peeters", "role": "not reported", "organisation": "not reported"},
            ],
            "sources": [
                {
                    "id": "ghent-report",
                    "title": "Ghent repair café report",
                    "url": "https://example.org/ghent/report",
                    "consulted": "2026-10-30",
                },
                {"id": "donor-letter", "url": "https://example.org/donor/letter"},
            ],
            "added": "2026-01-15",
            "last_reviewed": "2026-11-01",
            "language": "en",
            "licence": "CC-BY-4.0",
            "translations": {
                "it": {
                    "title": "Gand e partner: la rete dei “repair café”",
                    "summary": "Gand ha aperto repair café in ogni quartiere.",
                    "description": "I volontari riparano tostapane, biciclette e vestiti.\n",
                    "potential": "Ogni città con sale di quartiere e qualche volontario esperto.\n",
                }
            },
        }
    )
    return "ghent-repair-cafes", data


def write(folder: Path, record_id: str, data: dict) -> Path:
    """Write one record as a contributor would: a YAML file named by its id."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{record_id}.yml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    return path


class Elements(HTMLParser):
    """Every start tag of an HTML text with its attributes, entities decoded as a browser does."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str]]] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, {name: value or "" for name, value in attrs}))

    handle_startendtag = handle_starttag


DANGEROUS_TAGS = {
    "script",
    "iframe",
    "object",
    "embed",
    "style",
    "svg",
    "math",
    "img",
    "form",
    "base",
    "meta",
    "link",
    "frame",
    "frameset",
    "details",
    "body",
    "input",
    "button",
    "video",
    "audio",
    "template",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "srcset", "poster"}


# The one <svg> the generator writes itself, the map of practices (generator/map.py), exactly as it writes it;
# anything a record could smuggle inside it (script, handlers, script URLs) is still reported below.
MAP_ATTRIBUTES = {"class": "gp-map-svg", "role": "group", "xmlns": "http://www.w3.org/2000/svg"}


def _the_map(tag: str, attrs: dict[str, str]) -> bool:
    return (
        tag == "svg"
        and set(attrs) == {*MAP_ATTRIBUTES, "viewbox", "aria-label"}
        and all(attrs[k] == v for k, v in MAP_ATTRIBUTES.items())
    )


def dangers(html_text: str) -> list[str]:
    """What in an HTML fragment could run script: tags, event handlers, script URLs. Empty when safe."""
    found = []
    for tag, attrs in Elements(html_text).found:
        if tag in DANGEROUS_TAGS and not _the_map(tag, attrs):
            found.append(f"<{tag}>")
        for name, value in attrs.items():
            scheme = "".join(value.split()).lower()
            if name.startswith("on") or name == "style":
                found.append(f"<{tag} {name}>")
            elif name in URL_ATTRIBUTES and scheme.startswith(("javascript:", "data:", "vbscript:")):
                found.append(f"<{tag} {name}={value[:30]}>")
    return found
