"""Money sections: every amount of Resources, budget and ERDF lines becomes a resource line."""

from __future__ import annotations

from generator.importer.reading import _markdown, _texts
from generator.importer.report import Section
from generator.normalise import find_money, split_amounts


class MoneyFields:
    """Placers of the draft builder for these sections; bookkeeping comes from the builder."""

    def resources(self, section: Section, every_line: bool = True) -> None:
        items = self.record.setdefault("resources", [])
        kept = []
        for line in _texts(section.lines):
            amounts = find_money(line)
            if not amounts and not every_line:
                kept.append(line)
                continue
            items += [self.resource(piece, len(items) + i) for i, piece in enumerate(split_amounts(line))]
        if kept:
            self.extra.append((section.heading, _markdown(kept)))

    def costs(self, section: Section) -> None:
        self.resources(section, every_line=False)

    def resource(self, text: str, index: int) -> dict:
        item: dict = {"what": text}
        amounts = find_money(text)
        if not amounts:
            return item
        money = amounts[0].money
        item |= {"amount": money.amount, "currency": money.currency}
        self.found(f"resources/{index}/amount", amounts[0].text, f"{money.amount} {money.currency}")
        if money.guess:
            self.report.guessed.append(f"resources/{index}/amount: {money.guess}")
        if money.period:
            item["period"] = money.period
        else:
            self.report.guessed.append(
                f"resources/{index}: the page does not say whether {amounts[0].text!r} is "
                "one-off, per-year or total; period left as TODO"
            )
        if len(amounts) > 1:
            others = ", ".join(repr(a.text) for a in amounts[1:])
            self.report.guessed.append(f"resources/{index}: took the first amount; {others} stay in the text")
        return item
