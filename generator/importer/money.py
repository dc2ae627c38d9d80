"""Money: every amount of Resources, budget and ERDF lines becomes a resource line.

An amount in a resources section, or in a line that speaks of a budget, a cost, a fund or
the ERDF anywhere on the page, becomes one resource item each; the line stays its `what`.
Other amounts are listed in the report as seen but not placed, so none goes unnoticed.
Two amounts that are the ends of one range ('between €250,000 and €400,000') are one
resource line without an amount: the page gives no single figure, and the line keeps the range.
"""

from __future__ import annotations

import dataclasses
import re

from generator.importer.bookkeeping import Bookkeeping
from generator.importer.reading import _markdown, _texts
from generator.importer.report import Section
from generator.normalise import (
    MULTIPLIER,
    MULTIPLIERS,
    NUMBER,
    Found,
    Money,
    find_money,
    plain_number,
    read_number,
    split_amounts,
)

# Words that make a line about the practice's money, in the languages of the corpus.
_BUDGET = re.compile(
    r"(?i)\b(budget|budż\w*|erdf|efrr|feder|fesr|efre|fund(s|ed|ing)?|cost(s|ed)?|contribution|invest\w*|grant|"
    r"financ\w*|co-financ\w*|paid|pays?|spent|kosten|investition\w*|haushalt|wkład|coût\w*|presupuesto|"
    r"costo|costi|finanziament\w*|"
    # money a prize or award gives the practice, in the site languages: 'The city receives €5 million for its plan'
    r"receiv(?:e|es|ed|ing)|award(?:s|ed)?|prize money|prize|erhält|erhielt|erhalten|preisgeld|reçoit|reçu|"
    r"dotation|recibe|recibió|dotado|riceve|ricevuto|premio|otrzymuje|otrzymał\w*|nagrod\w*|"
    # support a funder gives, in the site languages: 'up to € 7,000 of support', 'Zuschuss', 'dofinansowanie'
    r"(?:financial |of |in )support|subsid\w*|förder\w*|zuschuss\w*|subvention\w*|subvenci\w*|sovvenzion\w*"
    r"|contribut[oi]|dotacj\w*|dofinansowani\w*"
    # the same words inside a German compound or participle ('bezuschusst', 'gefördert', 'Fördersumme'), and what a
    # project may spend ('zuwendungsfähige Gesamtausgaben', 'expenditure', 'dépenses', 'gastos', 'spese', 'wydatki')
    r"|\w+förder\w*|\w+zuschuss\w*|\w*ausgaben|expenditures?|spending|dépenses?|gastos?|spese|wydatk\w*"
    # money set aside for the work, in the site languages: 'London has committed $510 million', 'has put 1.2 Million
    # NZD $ into', 'Zuschüssen', '16,5 Millionen Euro verbaut', 'Kwota przeznaczona', 'une enveloppe de', 'stanziati'
    r"|commit(?:s|ted)?|allocat\w*|earmark\w*|set aside|ha(?:s|ve|d) put|\w*zuschüss\w*|verbaut|\w*kosten|netto|brutto"
    r"|zur verfügung|\w*mittel|bereitgestellt|enveloppe|allou\w*|consacr\w*|inversi\w*|asignad\w*|dotaci\w*"
    r"|stanziat\w*|stanziament\w*|kwot\w*|przeznacz\w*|środk\w*"
    # and in the other languages of the pages: 'Kokonaisbudjetti', 'rahoitusosuus', 'begroting', 'budsjett', 'bidrag',
    # 'tilskud', 'kostnad', 'rozpočet', 'dotace', 'náklady', 'orçamento'
    r"|\w*budget\w*|\w*budjet\w*|\w*rahoitu\w*|\w*kustann\w*|begroting\w*|subsidie\w*|budsjett\w*|bidrag\w*"
    r"|tilsk[uo]\w*|kostnad\w*|rozpo[čc]\w*|dotac\w*|náklad\w*|orçament\w*|financiament\w*)\b"
)
# A sum someone gets, or an aid of a sum, the amount right after the words: 'Hver kommune får 300 000 kroner', 'Varje
# kommun fick 2 miljoner kronor', 'krijgt € 5.000', 'ontvangt', 'recebe 10 mil euros', 'une aide de 200 euros', 'una
# ayuda de 200 euros', 'un aiuto di 200 euro'. The words alone ('får vara delaktiga') say nothing of money.
_GETS = re.compile(
    r"(?i)\b(?:får|fick|fikk|fik|modtager|mottar|krijgt|kreeg|ontvangt|ontving|recebe|recebeu|"
    r"aides?(?: financières?)? de|ayudas? de|aiut[oi] di)\s+(?:[^\W\d_]+\s+){0,2}?(?:€\s?|EUR\s)?\d"
)


class MoneyFields(Bookkeeping):
    """Placers of the draft builder for money; bookkeeping comes from Bookkeeping."""

    def resources(self, section: Section, every_line: bool = True) -> None:
        kept = []
        for line in _texts(section.lines):
            if not find_amounts(line) and not every_line:
                kept.append(line)
                continue
            before = len(self.record.get("resources", []))
            for piece in split_amounts(line):
                self.resource_items(piece, section.heading, keep_bare=every_line)
            if len(self.record.get("resources", [])) == before:
                kept.append(line)  # its only amount was set aside ('$500 million pesos'): the line stays as text
        if kept:
            self.extra.append((section.heading, _markdown(kept)))

    def costs(self, section: Section) -> None:
        self.resources(section, every_line=False)

    def resource_items(
        self, text: str, where: str, keep_bare: bool = True, placed: frozenset[tuple[object, object]] = frozenset()
    ) -> None:
        """One resource item per amount of the text; the text alone when it has none.

        An amount in `placed` (amount and currency already a resource line) is the same money said again, as
        a page's summary, fact box and FAQ repeat it: it is reported, not placed twice.
        """
        items = self.record.setdefault("resources", [])
        amounts = self.pesos(text, where, _plausible(find_amounts(text)))
        for found in [f for f in amounts if (f.money.amount, f.money.currency) in placed]:
            amounts.remove(found)
            said = f"{found.text}: the same amount as a resource line above, said again"
            self.report.seen_money.append((where, said))
        for found in find_amounts(text):
            if found not in amounts and not _PESOS.match(text, found.end) and found.money.currency != _KRONER_CODE:
                self.report.seen_money.append((where, f"{found.text}: no multiplier, unlike the amount before it"))
        for found in _equivalents(text, amounts):
            amounts.remove(found)
            self.report.seen_money.append((where, f"{found.text}: the same money in another currency, in brackets"))
        if not amounts and keep_bare:
            items.append({"what": text})
        for group in _ranges(text, amounts):
            if len(group) > 1:
                self.report.guessed.append(
                    f"resources/{len(items)}: the page gives a range, {group[0].text!r} to {group[-1].text!r}, "
                    "not one amount; it is kept in 'what': add amount, currency and period if you settle on one figure"
                )
                items.append({"what": text})
            else:
                items.append(self.resource(text, group[0], len(items)))

    def pesos(self, text: str, where: str, amounts: list[Found]) -> list[Found]:
        """'$500 million pesos': not dollars. Chilean pesos on a page about Chile, else only seen, not placed."""
        kept = []
        for found in amounts:
            if found.money.currency != _KRONER_CODE and not (
                found.text.startswith("$") and _PESOS.match(text, found.end)
            ):
                kept.append(found)
            elif found.money.currency == _KRONER_CODE:
                kept += self.kroner(found, where)
            elif self.record.get("location", {}).get("country") == "CL":
                money = dataclasses.replace(
                    found.money, currency="CLP", guess="'$ ... pesos' on a page about Chile: CLP"
                )
                kept.append(dataclasses.replace(found, money=money))
            else:
                self.report.seen_money.append(
                    (where, f"{found.text} pesos: the page does not say which country's pesos")
                )
        return kept

    def kroner(self, found: Found, where: str) -> list[Found]:
        """'300 000 kroner', '500 kr': Danish, Norwegian, Swedish or Icelandic crowns by the page's country, else only
        seen, not placed."""
        code = {"DK": "DKK", "NO": "NOK", "SE": "SEK", "IS": "ISK"}.get(
            str(self.record.get("location", {}).get("country"))
        )
        if code is None:
            self.report.seen_money.append((where, f"{found.text}: the page does not say which country's crowns"))
            return []
        money = dataclasses.replace(found.money, currency=code, guess=f"crowns on a page about {code[:2]}: {code}")
        return [dataclasses.replace(found, money=money)]

    def resource(self, text: str, found: Found, index: int) -> dict[str, object]:
        money = found.money
        item: dict[str, object] = {"what": text, "amount": money.amount, "currency": money.currency}
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

    def placed_amounts(self) -> frozenset[tuple[object, object]]:
        """The (amount, currency) pairs the draft's resource lines already hold."""
        items = self.record.get("resources", [])
        return frozenset((item["amount"], item.get("currency")) for item in items if "amount" in item)

    def money_in_prose(self) -> None:
        """Amounts outside the money sections: placed when the line is about money, else reported."""
        lines = [("page head", self.record["summary"])] if isinstance(self.record.get("summary"), str) else []
        lines += [("description", line) for line in self.intro] + self.prose
        for where, line in lines:
            if not find_amounts(line):
                continue
            if _BUDGET.search(line) or _GETS.search(line) or _alone(line) or _field(line) or _breakdown(line):
                for piece in split_amounts(line):
                    self.resource_items(piece, where, keep_bare=False, placed=self.placed_amounts())
                self.report.guessed.append(f"resources: read the amounts of {line[:50]!r}... from the {where}")
            else:
                self.report.seen_money += [(where, found.text) for found in find_amounts(line)]


# Crowns as Danish and Norwegian pages write them, the country unsaid: '300 000 kroner', '2,5 mio. kr.', '45.000 kr'.
_KRONER = re.compile(
    rf"(?<![\w.,])(?P<num>{NUMBER})(?:\s?(?P<mul>{MULTIPLIER}))?\s?(?:kroner|kr\.?)(?!\w)", re.IGNORECASE
)
_KRONER_CODE = "kroner"  # a stand-in until the page's country says which crowns; never written to a record


def find_amounts(text: str) -> list[Found]:
    """Every amount of the text: the ones normalise reads, and crowns whose country the page must say."""
    found = find_money(text)
    for match in _KRONER.finditer(text):
        if any(f.start < match.end() and match.start() < f.end for f in found):
            continue
        multiplier = (match.group("mul") or "").casefold().rstrip(".")
        value, guess = read_number(match.group("num"), scaled=bool(multiplier))
        if value is not None:
            money = Money(plain_number(value * MULTIPLIERS.get(multiplier, 1)), _KRONER_CODE, None, guess)
            found.append(Found(money, match.start(), match.end(), match.group(0)))
    return sorted(found, key=lambda f: f.start)


def _alone(line: str) -> bool:
    """True for a line that is one amount and nothing else ('2490000 US$'): a data field's budget figure."""
    found = find_amounts(line)
    return len(found) == 1 and found[0].text == line.strip()


# A data field's label and its one amount, perhaps with its share in brackets: 'Kokonaisbudjetti: 24 691 386,40 €',
# 'EU:n rahoitusosuus: 20 987 678,44 € (85%)', 'Wartość projektu: 1,2 mln zł'.
_LABEL = re.compile(r"[^\W\d][^:.!?]{0,58}:\s*")
_SHARE = re.compile(r"\s*(?:\(\s*\d{1,3}(?:[.,]\d+)?\s?%\s*\))?\s*\.?\s*")


def _field(line: str) -> bool:
    """True for a line that is a short label and one amount ('Total budget: EUR 1.2 m'): a data field's figure."""
    label = _LABEL.match(line.strip())
    found = find_amounts(line.strip())
    if label is None or len(found) != 1 or found[0].start != label.end():
        return False
    return bool(_SHARE.fullmatch(line.strip(), found[0].end))


def _breakdown(line: str) -> bool:
    """True for a line listing three amounts or more ('4 districts at 350.000 zł each, the city-wide project 800.000 zł,
    ...'): a budget split, whatever its words."""
    return len(find_amounts(line)) >= 3


# What joins the two ends of a range of money: 'between €250,000 and €400,000', '€2m – €3m', 'von 5 bis 8 Mio. €'.
_BETWEEN = re.compile(r"(?i)\s*(?:and|to|bis|à|a|y|e|et|und|i|-|–|—)\s*")
_OPENS_RANGE = re.compile(r"(?i)\b(?:between|from|entre|zwischen|von|de|tra|da|od|mellan)\s*$")


def _ranges(text: str, amounts: list[Found]) -> list[list[Found]]:
    """The amounts in order, two that are the ends of one range ('between €250,000 and €400,000') grouped together."""
    groups: list[list[Found]] = []
    for found in amounts:
        last = groups[-1][-1] if groups else None
        if last is not None and len(groups[-1]) == 1 and _is_range(text, last, found):
            groups[-1].append(found)
        else:
            groups.append([found])
    return groups


def _is_range(text: str, low: Found, high: Found) -> bool:
    """True when two amounts of the same currency are joined as a range's ends, the lower first."""
    joint = text[low.end : high.start]
    if low.money.currency != high.money.currency or low.money.amount >= high.money.amount:
        return False
    if not _BETWEEN.fullmatch(joint):
        return False
    return joint.strip() in "-–—" or bool(_OPENS_RANGE.search(text[: low.start]))


_PESOS = re.compile(r"(?i)\s*pesos\b")
# What opens an amount's equivalent in another currency: '500,000,000 Chilean pesos (about 541,000 euros)'.
_EQUIVALENT = re.compile(r"(?i)\s*\(\s*(?:about|approx\.?|approximately|around|roughly|some|ca\.?|c\.|~|≈|i\.e\.)?\s*")


def _equivalents(text: str, amounts: list[Found]) -> list[Found]:
    """Amounts in brackets right after an amount in another currency: the same money converted, not more of it."""
    return [
        found
        for before, found in zip(amounts, amounts[1:], strict=False)
        if found.money.currency != before.money.currency and _EQUIVALENT.fullmatch(text[before.end : found.start])
    ]


def _plausible(amounts: list[Found]) -> list[Found]:
    """The amounts, less a small bare figure after one with a multiplier ('EUR 3.9 million (... EUR 1.56')."""
    scaled = any(re.search(r"(?i)[a-z]\.?$", a.text) and a.money.amount >= 1000 for a in amounts)
    return [a for a in amounts if not (scaled and a.money.amount < 100 and isinstance(a.money.amount, float))]
