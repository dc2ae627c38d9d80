"""Synthetic practice records: varied, valid, and the same for the same seed.

Used by the tests that need many practices and by the benchmark. Records are
written into a folder given by the caller, never into practices/.
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

PLACES = [
    ("Tartu", "Tartu County", "EE", "EE008", 58.38, 26.72),
    ("Valencia", "Comunitat Valenciana", "ES", "ES523", 39.47, -0.38),
    ("Bilbao", "País Vasco", "ES", "ES213", 43.26, -2.93),
    ("Graz", "Steiermark", "AT", "AT221", 47.07, 15.44),
    ("Lyon", "Auvergne-Rhône-Alpes", "FR", "FRK26", 45.76, 4.84),
    ("Gdańsk", "Pomorskie", "PL", "PL633", 54.35, 18.65),
    ("Umeå", "Västerbotten", "SE", "SE331", 63.83, 20.26),
    ("Porto", "Norte", "PT", "PT11A", 41.15, -8.61),
    ("Ghent", "East Flanders", "BE", "BE234", 51.05, 3.72),
    ("Bologna", "Emilia-Romagna", "IT", "ITH55", 44.49, 11.34),
    ("Leeds", "West Yorkshire", "GB", None, 53.80, -1.55),
    ("Brno", "Jihomoravský kraj", "CZ", "CZ064", 49.19, 16.61),
]
TOPICS = [
    "energy",
    "mobility",
    "agri-food",
    "social-inclusion",
    "digitalisation",
    "housing",
    "tourism",
    "circular-economy",
    "climate-adaptation",
    "sme-competitiveness",
    "education-skills",
    "health",
]
CURRENCIES = {
    "EE": "EUR",
    "ES": "EUR",
    "AT": "EUR",
    "FR": "EUR",
    "PL": "PLN",
    "SE": "SEK",
    "PT": "EUR",
    "BE": "EUR",
    "IT": "EUR",
    "GB": "GBP",
    "CZ": "CZK",
}
NOUNS = [
    "cooperative",
    "district heating network",
    "one-stop shop",
    "training scheme",
    "bike lane plan",
    "food hub",
    "repair café network",
    "energy community",
    "youth council",
    "digital service desk",
]
VERBS = ["set up", "ran", "scaled up", "tested", "funded", "co-designed", "evaluated", "opened"]
WORDS = [
    "residents",
    "officers",
    "enterprises",
    "schools",
    "partners",
    "neighbourhoods",
    "budget",
    "results",
    "survey",
    "pilot",
    "council",
    "agency",
    "region",
    "network",
    "volunteers",
    "data",
    "service",
    "households",
    "grant",
    "evaluation",
]


def _sentence(rng: random.Random, city: str) -> str:
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16)))
    return f"In {city} the team {rng.choice(VERBS)} a {rng.choice(NOUNS)} with {words}."


def _paragraphs(rng: random.Random, city: str, count: int) -> str:
    return "\n\n".join(" ".join(_sentence(rng, city) for _ in range(4)) for _ in range(count)) + "\n"


def record(i: int, seed: int = 0) -> tuple[str, dict]:
    """The i-th synthetic record: its id and its data."""
    rng = random.Random(seed * 100_003 + i)
    city, region, country, nuts, lat, lon = PLACES[i % len(PLACES)]
    noun = NOUNS[i % len(NOUNS)]
    start = 2005 + (i * 7) % 18
    currency = CURRENCIES[country]
    data: dict = {
        "title": f"{city}: {noun} number {i}",
        "summary": f"{city} {rng.choice(VERBS)} a {noun} that reached {rng.randint(50, 5000)} people.",
        "description": _paragraphs(rng, city, 5),
        "institution": {"name": f"City of {city}", "role": "Led the practice."},
        "partners": [
            {"name": f"{city} {rng.choice(['Agency', 'Foundation', 'University'])} {k}", "role": _sentence(rng, city)}
            for k in range(rng.randint(1, 3))
        ],
        "location": {"city": city, "region": region, "country": country, "coordinates": {"lat": lat, "lon": lon}},
        "start": f"{start}-{rng.randint(1, 12):02d}" if i % 2 else start,
        "topics": sorted({TOPICS[i % len(TOPICS)], rng.choice(TOPICS)}),
        "resources": [
            {
                "what": "Staff and running costs",
                "amount": rng.randint(1, 90) * 1000,
                "currency": currency,
                "period": "per-year",
                "source": "Municipal budget",
            },
            {
                "what": "Set-up",
                "amount": rng.randint(10, 900) * 1000,
                "currency": "EUR" if i % 3 else currency,
                "period": rng.choice(["one-off", "total"]),
                "source": "Regional fund",
            },
        ],
        "evidence": [
            {
                "indicator": f"People reached by the {noun}",
                "value": rng.randint(10, 9000),
                "unit": "people",
                "year": start + k,
                "note": _sentence(rng, city),
            }
            for k in range(rng.randint(1, 4))
        ],
        "difficulties": [
            {"difficulty": _sentence(rng, city), "handling": _sentence(rng, city)} for _ in range(rng.randint(0, 2))
        ],
        "transferability": {
            "potential": _paragraphs(rng, city, 1),
            "preconditions": [_sentence(rng, city) for _ in range(rng.randint(1, 3))],
            "success_factors": [_sentence(rng, city)],
            "limiting_factors": [_sentence(rng, city)],
            "suits": f"Towns and cities like {city}.",
        },
        "contacts": [{"name": f"Contact person {i}", "organisation": f"City of {city}"}],
        "sources": [{"title": f"Report on the {noun}", "url": f"https://example.org/practices/{i}"}],
        "added": f"2026-{1 + i % 10:02d}-{1 + i % 27:02d}",
        "last_reviewed": "2026-11-01",
        "language": "en",
        "licence": "CC-BY-4.0",
    }
    if nuts:
        data["location"]["nuts"] = nuts
    if i % 3 == 0:
        data["end"] = min(start + 1 + i % 5, 2026)
    if i % 5 == 2:
        _provenance(data, i)
    return f"{city.lower().replace('å', 'a').replace('ń', 'n')}-{noun.replace(' ', '-').replace('é', 'e')}-{i}", data


def write(folder: Path, count: int, seed: int = 0) -> Path:
    """Write `count` synthetic records into folder; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    header = "# yaml-language-server: $schema=../generator/data/practice.schema.json\n"
    for i in range(count):
        record_id, data = record(i, seed)
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
        (folder / f"{record_id}.yml").write_text(header + text, encoding="utf-8")
    return folder


def _provenance(data: dict, i: int) -> None:
    """What a real record often has: a second source named by some figures, unknowns and editors' notes."""
    data["editors_note"] = "The evaluation and the report count people in different ways."
    data["sources"][0].update(id="report", consulted="2026-10-01")
    data["sources"].append(
        {"id": "evaluation", "title": "External evaluation", "url": f"https://example.org/evaluations/{i}"}
    )
    data["evidence"][0].update(reported_in="evaluation", editors_note="Counted once per household.")
    data["resources"][1]["reported_in"] = "evaluation"
    for item in data["difficulties"]:
        item.update(handling="not reported", editors_note="The report names the difficulty but not its remedy.")
    data["contacts"][0]["organisation"] = "not reported"
    data["transferability"]["legal_basis"] = "not reported"


def unknowns_record(i: int, seed: int = 0) -> tuple[str, dict]:
    """The i-th synthetic record with every value the sources may leave out written as not reported."""
    record_id, data = record(i, seed)
    if "editors_note" not in data:
        _provenance(data, i)
    other_city, _, other_country, *_ = PLACES[(i + 1) % len(PLACES)]
    data["end"] = "not reported"
    data["location"]["city"] = "not reported"
    data["evidence"][-1]["year"] = "not reported"
    data["difficulties"] = [{"difficulty": "Few volunteers came in winter.", "handling": "not reported"}]
    data["contacts"][0]["role"] = "not reported"
    data["transferability"]["implementation_time"] = "not reported"
    data["transferability"]["adopted_by"] = [
        {"name": other_city, "country": other_country, "year": 2024, "reported_in": "evaluation"},
    ]
    return f"{record_id}-unknowns", data


def collection(folder: Path, count: int, unknowns: int = 3) -> Path:
    """`count` synthetic records and `unknowns` records that leave facts unreported, written into folder."""
    write(folder, count)
    for i in range(unknowns):
        name, data = unknowns_record(100 + i)
        (folder / f"{name}.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder
