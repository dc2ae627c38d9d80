"""Money: every amount of Resources, budget and ERDF lines becomes a resource line.

An amount in a resources section, or in a line that speaks of a budget, a cost, a fund or
the ERDF anywhere on the page, becomes one resource item each; the line stays its `what`.
Other amounts are listed in the report as seen but not placed, so none goes unnoticed.
"""

from __future__ import annotations

import re

from generator.importer.reading import _markdown, _texts
from generator.importer.report import Section
from generator.normalise import Found, find_money, split_amounts

# Words that make a line about the practice's money, in the languages of the corpus.
_BUDGET = re.compile(
    r"(?i)\b(budget|budż\w*|erdf|efrr|feder|fesr|efre|fund(s|ed|ing)?|cost(s|ed)?|contribution|invest\w*|grant|"
    r"financ\w*|co-financ\w*|paid|pays?|spent|kosten|investition\w*|haushalt|wkład|coût\w*|presupuesto|"
    r"costo|costi|finanziament\w*)\b"
)


class MoneyFields:
    """Placers of the draft builder for money; bookkeeping comes from the builder."""

    def resources(self, section: Section, every_line: bool = True) -> None:
        kept = []
        for line in _texts(section.lines):
            if not find_money(line) and not every_line:
                kept.append(line)
                continue
            for piece in split_amounts(line):
                self.resource_items(piece, section.heading, keep_bare=every_line)
        if kept:
            self.extra.append((section.heading, _markdown(kept)))

    def costs(self, section: Section) -> None:
        self.resources(section, every_line=False)

    def resource_items(self, text: str, where: str, keep_bare: bool = True) -> None:
        """One resource item per amount of the text; the text alone when it has none."""
        items = self.record.setdefault("resources", [])
        amounts = _plausible(find_money(text))
        for found in find_money(text):
            if found not in amounts:
                self.report.seen_money.append((where, f"{found.text}: no multiplier, unlike the amount before it"))
        if not amounts and keep_bare:
            items.append({"what": text})
        for found in amounts:
            items.append(self.resource(text, found, len(items)))

    def resource(self, text: str, found: Found, index: int) -> dict:
        money = found.money
        item: dict = {"what": text, "amount": money.amount, "currency": money.currency}
        self.found(f"resources/{index}/amount", found.text, f"{money.amount} {money.currency}")
        if money.guess:
            self.report.guessed.append(f"resources/{index}/amount: {money.guess}")
        if money.period:
            item["period"] = money.period
        else:
            self.report.guessed.append(
                f"resources/{index}: the page does not say whether {found.text!r} is "
                "one-off, per-year or total; period left as TODO"
            )
        return item

    def money_in_prose(self) -> None:
        """Amounts outside the money sections: placed when the line is about money, else reported."""
        lines = [("page head", self.record["summary"])] if isinstance(self.record.get("summary"), str) else []
        lines += [("description", line) for line in self.intro] + self.prose
        for where, line in lines:
            if not find_money(line):
                continue
            if _BUDGET.search(line):
                for piece in split_amounts(line):
                    self.resource_items(piece, where, keep_bare=False)
                self.report.guessed.append(f"resources: read the amounts of {line[:50]!r}... from the {where}")
            else:
                self.report.seen_money += [(where, found.text) for found in find_money(line)]


def _plausible(amounts: list[Found]) -> list[Found]:
    """The amounts, less a small bare figure after one with a multiplier ('EUR 3.9 million (... EUR 1.56')."""
    scaled = any(re.search(r"(?i)[a-z]\.?$", a.text) and a.money.amount >= 1000 for a in amounts)
    return [a for a in amounts if not (scaled and a.money.amount < 100 and isinstance(a.money.amount, float))]
