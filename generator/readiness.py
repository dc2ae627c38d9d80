"""The self-assessment "Is our city ready?": a city profile, and the practices ranked by how well they fit it.

The page asks a short profile (country, size, yearly budget, topics, and the
readiness questions of generator/data/readiness.yml); its script,
content/javascripts/ready.js, ranks the practices of data/catalogue.json with
the weights of that file and shows each score's reasons and the gaps to close.
What the catalogue lacks per practice (which readiness questions it needs, and
the checklist item each answer fills in) is in data/ready.json, made here.
Without the script the page lists the questions and says how to use them with
the catalogue.
"""

from __future__ import annotations

import json
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import yaml

from generator import checklist, messages, render, summary
from generator.records import Record, kept

if TYPE_CHECKING:
    from generator.site import Options

WEIGHTS_PATH = Path(__file__).resolve().parent / "data" / "readiness.yml"
DATA_PATH = "data/ready.json"
ANSWERS = ("yes", "partly", "no", "dont-know")
ANSWER_WORDS = {"yes": "yes", "partly": "partly", "no": "no", "dont-know": "don't know"}
POPULATION_BANDS = {
    "under-10k": "fewer than 10,000 inhabitants",
    "10k-50k": "10,000 to 50,000 inhabitants",
    "50k-250k": "50,000 to 250,000 inhabitants",
    "250k-1m": "250,000 to 1 million inhabitants",
    "over-1m": "more than 1 million inhabitants",
}
# Countries offered besides those of the collection: the European Union, the EEA, and neighbours.
COUNTRIES = [
    "AT",
    "BE",
    "BG",
    "CY",
    "CZ",
    "DE",
    "DK",
    "EE",
    "ES",
    "FI",
    "FR",
    "GR",
    "HR",
    "HU",
    "IE",
    "IT",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SE",
    "SI",
    "SK",
    "AL",
    "BA",
    "CH",
    "GB",
    "IS",
    "LI",
    "ME",
    "MK",
    "NO",
    "RS",
    "TR",
    "UA",
]
CURRENCIES = ("EUR", "BGN", "CHF", "CZK", "DKK", "GBP", "HUF", "ISK", "NOK", "PLN", "RON", "SEK")


@cache
def weights() -> dict[str, Any]:
    """The scoring's weights and readiness questions, as generator/data/readiness.yml gives them."""
    with WEIGHTS_PATH.open(encoding="utf-8") as stream:
        return cast("dict[str, Any]", yaml.safe_load(stream))


def _texts(data: dict[str, Any]) -> list[tuple[str, str]]:
    """The texts that say what a practice needs, each with the checklist item it belongs to."""
    tr = data["transferability"]
    lines = [(line, checklist.item_id("precondition", line)) for line in tr["preconditions"]]
    lines += [(line, checklist.item_id("limit", line)) for line in tr.get("limiting_factors", [])]
    if checklist.known(tr.get("suits")):
        lines.append((tr["suits"], ""))
    return lines


def needs(data: dict[str, Any]) -> dict[str, str]:
    """Which readiness questions a practice needs, each with the checklist item an answer fills in.

    A question's fixed item when it has one; else the first precondition or limit
    whose words name the need; "" when the need is only named in "suits".
    """
    found = {}
    texts = _texts(data)
    for question in weights()["questions"]:
        matched = next(
            (
                item
                for text, item in texts
                if any(word.casefold() in text.casefold() for word in question.get("words", ()))
            ),
            None,
        )
        if question.get("always") or matched is not None:
            found[question["id"]] = question.get("item") or matched or ""
    return found


def ready_data(records: list[Record]) -> str:
    """data/ready.json: per practice id, the questions it needs and the checklist item of each."""
    practices = {
        r.id: kept(r, ("needs", messages.reading), partial(needs, r.data)) for r in sorted(records, key=lambda r: r.id)
    }
    return json.dumps({"practices": practices}, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def _script_words(options: Options) -> dict[str, Any]:
    """Words, weights, questions and vocabularies the page's script needs, in the site's language."""
    lang = options.language
    words = (
        "same country: the legal basis may carry over",
        "topic you chose: {topic}",
        "budget within yours: {amount} a year",
        "budget above yours: {amount} a year",
        "no yearly amount in your currency: compare its budget yourself ({budget})",
        "needs {need}: you answered {answer}",
        "needs {need}: not answered yet",
        "Why:",
        "Gaps to close first:",
        "Nothing to close first.",
        "Open its checklist, filled in with our answers",
        "score {score}",
        "Answer the questions above to rank the practices.",
        "yes",
        "partly",
        "no",
        "don't know",
        "Your answers are kept in this browser and in the page's address: bookmark or share it.",
    )
    found = checklist.script_words(lang, words, (("{count} practice ranked.", "{count} practices ranked."),))
    w = weights()
    found["weights"] = w["weights"]
    found["questions"] = [
        {
            "id": q["id"],
            "need": messages.text(q["need"], lang),
            "item": q.get("item", ""),
            "always": bool(q.get("always")),
            "weight": q.get("weight", 1),
        }
        for q in w["questions"]
    ]
    found["topics"] = options.topics
    return found


def page(records: list[Record], options: Options) -> str:
    """The self-assessment page: the profile form, the questions, and room for the ranked results."""
    lang = options.language
    codes = sorted(
        set(COUNTRIES) | {r.data["location"]["country"] for r in records}, key=lambda c: summary.country_name(c, lang)
    )
    currencies = sorted(set(CURRENCIES) | {m["currency"] for r in records for m in summary.budget(r.data)})
    title = messages.text("Is our city ready?", lang)
    return render.render(
        "ready.md.j2",
        front=render.front_matter(
            title,
            messages.text(
                "A short profile of our city, and the practices that fit it "
                "best, with the reasons and the gaps to close.",
                lang,
            ),
        ),
        lang=lang,
        countries=[(c, summary.country_name(c, lang)) for c in codes],
        currencies=currencies,
        bands=POPULATION_BANDS,
        topics=options.topics,
        questions=weights()["questions"],
        answers=ANSWER_WORDS,
        words_json=checklist.script_json(_script_words(options)),
        count=len(records),
    )


def files(records: list[Record], options: Options) -> dict[str, str]:
    """The self-assessment page and its data."""
    return {"ready.md": page(records, options), DATA_PATH: ready_data(records)}
