"""Prose sections: title, summary, description, difficulties, transferability, topics, evidence.

Evidence comes from an evidence section, or, when the page has none that gives a result, from
sentences elsewhere that report one with a verb, a figure and one past year ('received 180,705
suggestions' in a sentence about 2017).
"""

from __future__ import annotations

import re
from typing import Any

from generator import validate
from generator.importer.bookkeeping import Bookkeeping
from generator.importer.dates import PROGRAMME
from generator.importer.reading import _line, _markdown, _texts, sentences
from generator.importer.report import Section, _short, tally
from generator.normalise import evidence_items, find_money, month_names, plain_number, read_number, topic_ids

# Words that make a figure a span of time or a date, not a result.
_TIME_WORDS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hours", "since", "the", "and"}
_TIME_WORDS |= {name for name in month_names() if len(name) > 2}


# A count as the result patterns read it, one group: a whole number, maybe with thousands separators, that is not
# the start of a share or a decimal ('1,200', '4.500', '7 312', '74'; not '12.5' or '85%').
_COUNT = r"(\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+)(?![\d%.,]\d)"
# A result a sentence reports with its verb: 'it received 180,705 suggestions', 'trained 1,200 volunteers'.
_RESULT = re.compile(
    r"(?i)\b(received|reached|attracted|collected|gathered|served|trained|welcomed|registered|recorded|planted|"
    r"installed|renovated|insulated|created|housed|employed|redeemed|recycled|hosted|sold|repaired|saved|avoided|"
    r"organised|organized|organising|organizing|funded|financed|supported|involved|engaged|reached out to|"
    r"carried out|implemented|completed|delivered|built|added|"
    # the same verbs where the site languages put them before the figure (fr, es, it, de, pl)
    r"formé|accueilli|réuni|organisé|financé|attiré|formó|atendió|reunió|organizó|financió|recibió|"
    r"formato|accolto|riunito|organizzato|finanziato|ricevuto|erreichte|schulte|organisierte|finanzierte|"
    r"sammelte|przeszkolono|zorganizowano|sfinansowano|zebrano|zgromadzono|"
    # and in Portuguese: 'apoiou 394 projetos, que envolveram mais de 600 organizações'
    r"apoiou|apoiaram|envolveu|envolveram|formou|recebeu|acolheu|organizou|financiou|reuniu|atraiu|plantou|instalou|"
    r"criou|renovou)\s+"
    r"(?:(?:over|more than|almost|nearly|about|around|some|up to|plus de|près de|environ|más de|casi|unos|"
    r"oltre|più di|circa|quasi|mehr als|über|fast|rund|etwa|ponad|prawie|około|mais de|cerca de)\s+)?"
    + _COUNT
    + r"\s+([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})"
)
# A verb that sums a practice's results up as a list of figures: 'So far this work has brought more than 600 newly
# planted trees, 11,000 repaired defects, 20,000m2 of sown meadows and 30ha of cleaned public space', 'a permis de
# planter 600 arbres, …', 'brachte 600 Bäume, …', 'ha portato 600 alberi, …', 'przyniosła 600 drzew, …'.
_BROUGHT = re.compile(
    r"(?i)\b(?:has |have |had )?(?:brought|resulted in|led to|produced|yielded|delivered|achieved|"
    r"a (?:apporté|permis|produit|donné)|ont (?:apporté|permis|produit)|(?:er)?brachte[n]?|hat (?:\w+ )?(?:gebracht|"
    r"erbracht)|ha (?:portato|prodotto)|hanno (?:portato|prodotto)|(?:ha )?(?:producido|aportado|dado)|produjo|"
    r"aportó|przyniósł|przyniosła|przyniosło|przyniosły)\b"
)
# One item of such a list: a figure, maybe glued to its unit, and what it counts, a few small words before it at most
# ('from which 15 containers of rubbish were collected').
_LISTED = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:(?:over|more than|almost|nearly|about|around|some|up to|plus de|près de|environ|"
    r"más de|casi|oltre|più di|circa|mehr als|über|rund|etwa|ponad|prawie|około)\s+)?"
    + _COUNT
    + r"\s*([^\W\d_][\w'’²³-]*(?:\s+[^\W\d_][\w'’-]*){0,4})"
)
# The units a listed figure may carry before what it measures: '20,000m2 of sown meadows', '30ha of public space'.
_UNITS = {"m2", "m²", "ha", "km", "km2", "km²", "t", "kg", "tonnes", "tons", "kwh", "mwh", "gwh", "m3", "m³"}
# A count with its year in brackets after what it counts: 'the number of registered initiatives (449 in 2020)',
# 'le nombre de projets (120 en 2019)', 'die Zahl der Anmeldungen (449 im Jahr 2020)', 'het aantal initiatieven (449
# in 2020)', 'liczba wniosków (449 w 2020 r.)'.
_BRACKETED = re.compile(
    r"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,5})\s+\((\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+)\s+"
    r"(?:in|en|im|nel|w|em|op|a)\s+"
    r"(?i:(?:the |het |l['’]|el |dem )?(?:year|jaar|année|an|jahr|jahre|año|anno|roku)\s+)?"
    r"(?:19|20)\d\d(?:\s*r\.)?\)"
)
# The small words before what such a count counts: 'the number of', 'het aantal', 'die Zahl der'.
_COUNT_LEAD = {"number", "aantal", "nombre", "anzahl", "zahl", "número", "numero", "liczba", "het", "de"}
_COUNT_LEAD |= {"van", "le", "la", "les", "des", "du", "die", "der", "das", "el", "los", "las", "il", "dei", "degli"}
_COUNT_LEAD |= {"di", "del", "della", "delle", "z"}
# People counted before the verb that says they took part: '7,312 residents took part in the vote'.
_TOOK_PART = re.compile(
    r"(?i)(?<![\d,.])" + _COUNT + r"\s+"
    r"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}?)\s+"
    # the other site languages, with their auxiliary or the verb at the end: '1 200 habitants ont participé', '4.000
    # Neuköllnerinnen und Neuköllner mitgemacht', '300 vecinos participaron', '500 cittadini hanno partecipato',
    # '700 osób wzięło udział', '80 bewoners hebben meegedaan'
    r"(?:(?:have|ont|hanno|han|haben|hebben)\s+)?"
    r"(took part|participated|voted|attended|signed up|registered|participé|participaron|participado|partecipato|"
    r"parteciparono|mitgemacht|teilgenommen|wzięło udział|wzięli udział|deelgenomen|meegedaan|deltog|deltok|"
    # who benefited: '4,500 children benefited from …', '300 familles ont bénéficié', '120 Haushalte profitierten'
    r"benefited|benefitted|bénéficié|beneficiaron|beneficiado|beneficiato|skorzystało|skorzystali|profitierten|"
    r"profitiert|geprofiteerd)(?!\w)"
)
# Participles of a selection, which counts what a call chose, not what a practice did: '22 projects were selected'.
_CHOSEN = {"selected", "approved", "shortlisted", "chosen", "sélectionnés", "retenus", "seleccionados", "selezionati"}
_CHOSEN |= {"wybrane", "wybrano", "nominated", "awarded", "submitted", "received"}
# A result said in the passive, the figure and what it counts first: '74 trees were planted', '26 new water points
# have been installed', '120 logements ont été rénovés', '40 huertos fueron adjudicados', '300 alberi sono stati
# piantati', '50 drzew zostało posadzonych' (German and Dutch, with the participle last, are _PARTICIPLE_LAST's).
_PASSIVE = re.compile(
    r"(?<![\d,.])" + _COUNT + r"\s*(?:m2|m²|ha|km|t)?\s+(?:of\s+)?"
    r"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}?)\s+"
    r"(?i:were|have been|has been|had been|was|ont été|a été|ont déjà été|fueron|han sido|sono stati|sono state|"
    r"furono|zostały|zostało|zostali)\s+"
    r"([a-zà-öø-ÿąćęłńóśźż]+(?:ed|é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas|ato|ata|ati|ate|ito|ita|iti|ite"
    r"|ych|ane|one|ny|ne|no)|built|made|sold|given|grown|won|set up|taken|held|run|paid|brought|sown|bought)\b"
)
# A result German and Dutch give with the participle last: 'Alle 32 Zusammenschlüsse haben für 2024 ein Regionalbudget
# beantragt', '120 Bäume wurden im Herbst 2021 gepflanzt', '45 initiatieven hebben in 2020 subsidie ontvangen'.
_PARTICIPLE_LAST = re.compile(
    r"(?<![\d,.])(\d{1,3}(?:[.\u00a0 ]\d{3})+|\d+)(?![\d%.,]\d)\s+([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}?)\s+"
    r"(?:haben|hat|wurden|wurde|sind|ist|hebben|heeft|werden|zijn|is)\s+(?:[^\s.,;:!?()]+\s+){0,5}?"
    r"(beantragt|eingereicht|eingegangen|bewilligt|gefördert|umgesetzt|realisiert|gepflanzt|saniert|geschult|"
    r"installiert|gebaut|errichtet|ausgebildet|erreicht|ingediend|gerealiseerd|uitgevoerd|geplant|aangelegd|"
    r"gebouwd|opgeleid|ontvangen|aangevraagd|toegekend|geïnstalleerd|gerenoveerd)\b"
)
# A result the Romance and Slavic languages say with the verb first, what it counts last, a few words between: 'Alla
# fine hanno preso parte al percorso 46.200 persone', 'Llegaron en total 93 solicitudes', 'participaram 300 pessoas',
# 'W konkursie wpłynęło 93 wniosków', 'Akce se zúčastnilo 120 dětí', 'Sodelovalo je 40 občanov', 'sudjelovalo je 50
# građana'; German, Dutch and Swedish put their auxiliary there and the participle last: 'sind … etwa 270 Anträge
# eingegangen', 'zijn er 38 initiatieven ingediend', 'har 10 kommuner rekryterats'.
_VERB_FIRST = re.compile(
    r"(?i)\b((?:hanno|ha|avevano) (?:preso parte|partecipato|aderito|beneficiato)|(?:sono|erano) (?:arrivat[ei]|"
    r"pervenut[ei]|stat[ei] (?:presentat|coinvolt|piantat|installat|format|realizzat|raccolt)[ei])|participaron|"
    r"asistieron|llegaron|se (?:presentaron|recibieron|inscribieron|beneficiaron|plantaron|instalaron|formaron)|"
    r"han participado|participaram|aderiram|beneficiaram|foram (?:apoiad|plantad|instalad|criad|formad)[oa]s|"
    r"wpłynęł[oay]|wzięł[oay] udział|wzięli udział|uczestniczył[oay]|zgłosił[oay] się|skorzystał[oay]|"
    r"posadzono|zainstalowano|powstał[oay]|(?:se )?zúčastnil[oay](?: se| sa)?|(?:se )?zapojil[oay](?: se| sa)?|"
    r"(?:se )?přihlásil[oay](?: se)?|(?:je )?sodeloval[oi](?: je)?|(?:se je )?udeležil[oi](?: se je)?|"
    r"(?:je )?sudjelovalo(?: je)?|(?:se )?prijavilo(?: se)?)\s+"
    r"(?:[^\W\d_][\w'’-]*,?\s+){0,4}?"
    r"(?:(?:più di|oltre|circa|quasi|más de|casi|unos|cerca de|mais de|quase|ponad|prawie|około|przeszło|přes|"
    r"téměř|skoraj|več kot|preko|gotovo)\s+)?" + _COUNT + r"\s+([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})"
)
_AUX_FIRST = re.compile(
    r"\b(?:sind|wurden|haben|hatten|waren|zijn|werden|hebben|har|hade|blev|har blivit)\s+(?:[^\s.,;:!?()]+\s+){0,6}?"
    r"(?:(?:mehr als|über|rund|etwa|ca\.|fast|knapp|ruim|meer dan|bijna|circa|drygt|över|cirka|nästan)\s+)?"
    + _COUNT
    + r"\s+([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}?)\s+(?:[^\s.,;:!?()\d]+\s+){0,3}?"
    + r"(eingegangen|eingereicht|bewilligt|gefördert|umgesetzt|realisiert|gepflanzt|saniert|geschult|installiert|"
    r"gebaut|errichtet|ausgebildet|ingediend|gerealiseerd|uitgevoerd|aangelegd|gebouwd|opgeleid|aangevraagd|"
    r"toegekend|geïnstalleerd|gerenoveerd|"
    # and Swedish: 'Därefter har 10 kommuner rekryterats', 'har 40 personer utbildats'
    r"rekryterats|genomförts|utbildats|planterats|installerats|byggts|beviljats|inkommit|deltagit|renoverats)\b"
)
# Words that make such a sentence a plan or a possibility: 'sollen 120 Bäume gepflanzt werden'.
_NOT_YET = re.compile(r"(?i)\b(?:soll|sollen|wird|werden \w+ werden|zal|zullen|kann|können|kan|kunnen|moet|moeten)\b")
# Words that make a count one to date, its year not said: 'Bisher haben 4.000 … mitgemacht', 'So far 300 …'.
_SO_FAR = re.compile(
    r"(?i)\b(?:so far|to date|until now|bisher|bislang|jusqu'à présent|jusqu’à présent|à ce jour|hasta ahora|hasta la "
    r"fecha|finora|fino ad oggi|dotychczas|do tej pory|tot nu toe|hittills|hittil)\b"
)
# Words that end what a figure counts: 'volunteers in first aid' counts volunteers.
_STOP = {"in", "of", "from", "to", "and", "or", "by", "for", "at", "on", "with", "during", "over", "across"}
_STOP |= {"since", "into", "e", "que"}
_STOP |= {"per", "a", "an", "the", "who", "which", "that", "than", "within", "after", "before", "each", "every"}
# Counts that are the practice's make-up, not its result: partners, cities, countries, the money's scale.
_NOT_RESULTS = {"partner", "partners", "city", "cities", "country", "countries", "municipality", "municipalities"}
_NOT_RESULTS |= {"region", "regions", "organisation", "organisations", "organization", "organizations", "member"}
_NOT_RESULTS |= {"members", "stakeholders", "million", "millions", "billion", "thousand", "mio", "euro", "euros"}
_NOT_COUNTED = _NOT_RESULTS | _TIME_WORDS
# The year a result is compared with, not the year of the result: 'than in 2011', 'compared with 2010'.
_BASELINE = re.compile(
    r"(?i)\b(?:than|compared (?:to|with)|against|versus|vs\.?)(?: in| the year| that of)?\s+(19\d\d|20\d\d)\b"
)
# A change in percent: '31% lower', '12 % more' (what changed is the sentence's subject).
_PERCENT_CHANGE = re.compile(
    r"(?i)(?<![\d,.])(\d{1,3}(?:[.,]\d+)?)\s?(?:%|per ?cent)\s+(lower|higher|less|more|fewer|down|up|smaller|larger)\b"
)
# A share reached, and what it is of or what it did: 'more than 66% of these URBACT cities have had …', '50% found …'.
_SHARE = re.compile(
    r"(?<![\d,.])(\d{1,3}(?:[.,]\d+)?)\s?(?:%|(?i:per ?cent|pour cent|por ciento|per cento|prozent|procent))\s+"
    r"([^\W\d_][^,;.:()]{2,80})"
)
# A share of money or of a budget, in the site languages: 'co-financing 85%', '80% of the cost', 'EU funding of 60%'.
_MONEY_SHARE = re.compile(
    r"(?i)\b(?:co-?financ|co-?fund|fund|budget|cost|erdf|feder|efre|fesr|grant|subsid|financ|förder|kosten|"
    r"coût|coste|costo|koszt|dofinans|interest|tax|vat|discount|rate|"
    # a share of the money itself: '90 Prozent des Geldes', '80% of the money', '80 % de l'argent', 'del dinero'
    r"des geldes|of the money|de l['’]argent|del dinero|del denaro|dei soldi|pieniędzy|van het geld|av pengarna|"
    r"af pengene)"
)
# A change in a count: '41,000 fewer vehicles', '300 more households'.
_COUNT_CHANGE = re.compile(
    r"(?i)(?<![\d,.])" + _COUNT + r"\s+(fewer|more|less|additional|extra)\s+"
    r"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})"
)
# A data field counting who took part: 'Total Number of Participants'.
_PARTICIPANTS = re.compile(r"(?i)\bparticipants\b")
# A figure and its unit, as a data field gives them: '24450', '21000 t CO2 eq./a', '1,200 households'.
_FIGURE = re.compile(r"(\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?)\s*([^\d\s].{0,40})?")
_YEAR = re.compile(r"(?<![\w.,/-])(19\d\d|20\d\d)(?![\w/-]|[.,]\d)")
# A figure that looks like a year but is a count, by the word before it: 'trained more than 2000 people', 'mehr als
# 2000 Bäume', 'plus de 2000 personnes', 'ponad 2000 osób', 'ruim 1800 bewoners'. Words that also put a date
# roughly ('around 2015', 'über 2015 hinaus', 'up to 2020') are left out.
_COUNT_NOT_YEAR = re.compile(
    r"(?i)\b(?:more than|almost|nearly|at least|plus de|près de|más de|casi|oltre|più di|mehr als|ponad|prawie|"
    r"przeszło|ruim|meer dan|mer än|yli)\s+"
    r"(19\d\d|20\d\d)(?=\s+[^\W\d_])"
)


# A span of years a result is said over, its months or days maybe given: 'Between 2016 and 2019', 'From 2016 to
# 2022', 'zwischen Dezember 2022 und April 2023', 'de 2015 à 2019', 'entre 2016 y 2019', 'dal 2012 al 2016', 'tra il
# 2018 e il 2020', 'od 2017 do 2020', 'van 2015 tot 2019', 'mellan 2015 och 2019', 'fra 2015 til 2019', '2016-2022'.
_ON_DAY = r"(?:\d{1,2}(?:\.|°|º|er|st|nd|rd|th)?\s+(?:de\s+)?)?"
_IN_MONTH = _ON_DAY + r"(?:[^\W\d_]{3,10}\.?\s+(?:de\s+|del\s+|of\s+)?)?"
_SPAN_SAID = re.compile(
    r"(?i)\b(?:between|from|zwischen|von|vom|entre|de|du|desde|del|dal|da|tra|fra|från|od|van|mellan|mezi|"
    r"w latach|in den jahren|in the years)\s+(?:il\s+|l['’]|the\s+)?"
    + _IN_MONTH
    + r"(?P<first>19\d\d|20\d\d)\s*,?\s*(?:and|to|until|till|und|bis|et|à|au|y|a|al|hasta|e|do|tot|en|och|til|till|"
    r"a|-|–|—)\s+(?:il\s+|l['’]|the\s+)?" + _IN_MONTH + r"(?P<last>19\d\d|20\d\d)\b"
    r"|(?<![\d./-])(?P<first2>19\d\d|20\d\d)\s?[–—-]\s?(?P<last2>19\d\d|20\d\d)(?![\d/-]|\.\d)"
)


def _spans(sentence: str) -> list[str]:
    """The years of the spans a sentence gives as two years joined by a dash, which _years leaves out: '2018-2019'."""
    return [
        y for m in _SPAN_SAID.finditer(sentence) if m.group("first2") for y in (m.group("first2"), m.group("last2"))
    ]


def span_end(sentence: str, years: set[int]) -> set[int]:
    """The last year of the one span a sentence's years all fall in, else the years as they were; a funding
    programme's span ('Interreg Europe 2014-2020') dates no result."""
    spans = set()
    for match in _SPAN_SAID.finditer(sentence):
        first, last = (
            int(match.group("first") or match.group("first2")),
            int(match.group("last") or match.group("last2")),
        )
        if not PROGRAMME.search(sentence[: match.start()][-40:]) and 0 < last - first <= 12:
            spans.add((first, last))
    if len(spans) != 1:
        return years
    ((first, last),) = spans
    return {last} if all(first <= year <= last for year in years) else years


def _years(sentence: str) -> list[str]:
    """The years a sentence names, less the figures that only look like years ('more than 2000 people')."""
    counts = {m.start(1) for m in _COUNT_NOT_YEAR.finditer(sentence)}
    return [m.group(1) for m in _YEAR.finditer(sentence) if m.start(1) not in counts]


# A figure line a page shows alone, at least that many: '300+ participants per session', '30+ speakers'.
_PLUS_FIGURE = re.compile(r"(\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+)\+\s+([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,5})")


_SHARE_LEAD = {"of", "the", "these", "those", "them", "their", "its", "all", "des", "de", "der", "die", "del", "dei"}
_SHARE_AFTER = {"over", "in", "during", "since", "by", "between", "from", "across", "within", "than", "compared"}

# A figure written in words, as headlines and leads give big results: 'over one million car trips', 'zwei Millionen',
# 'un million de trajets', 'dos millones', 'un milione', 'milion' with its count word.
_COUNT_WORDS: dict[str, int | float] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "un": 1,
    "une": 1,
    "deux": 2,
}
_COUNT_WORDS |= {"trois": 3, "ein": 1, "eine": 1, "einer": 1, "zwei": 2, "drei": 3, "uno": 1, "una": 1, "dos": 2}
_COUNT_WORDS |= {"tres": 3, "due": 2, "tre": 3, "jeden": 1, "dwa": 2, "trzy": 3, "half a": 0.5}
_SCALE_WORDS = {"thousand": 1_000, "million": 1_000_000, "millions": 1_000_000, "millionen": 1_000_000}
_SCALE_WORDS |= {"millón": 1_000_000, "millones": 1_000_000, "milione": 1_000_000}
_SCALE_WORDS |= {"milioni": 1_000_000, "milion": 1_000_000, "miliony": 1_000_000, "milionów": 1_000_000}
_SCALE_WORDS |= {"mille": 1_000, "tausend": 1_000, "billion": 1_000_000_000}
_AMOUNT = (
    r"(?P<figure>\d{1,3}(?:[,.\u00a0 ]\d{3})+(?![\d%.,]\d)|\d+(?:[.,]\d+)?|(?i:"
    + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
    + r"))(?:\s+(?P<scale>(?i:"
    + "|".join(sorted(_SCALE_WORDS, key=len, reverse=True))
    + r"))(?!\w))?"
)
_ABOUT = (
    r"(?:(?:over|more than|almost|nearly|about|around|some|plus d['’]|plus de|près de|environ|más de|casi|oltre|"
    r"più di|circa|über|mehr als|rund|etwa|ponad|prawie|około)\s*)?"
)
# A result given as a change and its size: 'a reduction of over one million car trips', 'une baisse de 12 % des
# déchets', 'eine Reduktion von 20 % der Fahrten', 'una reducción del 15 % del consumo', 'una riduzione del 30% dei
# rifiuti', 'spadek o 15% zużycia', or a verb with 'by': 'the average price of a hybrid bus has fallen by 10%'.
_CHANGE_NOUN = re.compile(
    r"(?i)\b(reduction|decrease|drop|fall|cut|increase|rise|savings?|réduction|baisse|diminution|hausse|augmentation|"
    r"économie|reduktion|reduzierung|rückgang|senkung|einsparung|anstieg|zunahme|reducción|disminución|descenso|"
    r"aumento|ahorro|riduzione|diminuzione|calo|risparmio|redukcja|spadek|wzrost|oszczędność)\s+"
    r"(?P<join1>(?:of|in|del|de|von|um|di|o)(?!\w)|d['’])\s*" + _ABOUT + _AMOUNT + r"\s*(?P<unit>%|per ?cent)?"
    r"(?:\s+(?P<join2>(?:of|in|des|du|del|dei|degli|der|de)(?!\w)|d['’]))?\s*(?P<what>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,5})?"
)
_CHANGE_VERB = re.compile(
    r"(?i)\b(fallen|fell|dropped|decreased|declined|risen|rose|increased|grown|grew|reduced|cut|lowered|baissé|"
    r"diminué|augmenté|reducido|disminuido|aumentado|bajado|ridotto|diminuito|aumentato|calato)\s+"
    r"(?:by|de|del|en|un|di)\s+" + _ABOUT + _AMOUNT + r"\s*(?P<unit>%|per ?cent)?"
)
# A change that reached a share, maybe from another: 'the share of inhabitants eating less meat has climbed to 85%',
# 'ging van 12% naar 18%', 'est passée de 12 % à 18 %', 'stieg von 12 % auf 18 %', 'pasó del 12 % al 18 %', 'è salita
# dal 12% al 18%', 'wzrósł z 12% do 18%', 'ökade från 12 % till 18 %'. The share reached is the result.
_PERCENT_WORD = r"(?:%|(?i:per ?cent|pour ?cent|por ?ciento|per ?cento|prozent|procent|prosent))"
_CHANGE_VERBS = (
    r"risen|rose|grown|grew|increased|climbed|fallen|fell|dropped|decreased|declined|gone up|gone down|"
    r"went up|went down|went|gone|ging|gingen|steeg|gestegen|daalde|gedaald|stieg|gestiegen|sank|gesunken|fiel|"
    r"gefallen|passée?s?|augmenté|baissé|diminué|grimpé|pasó|pasado|aumentó|creció|bajó|subió|disminuyó|"
    r"passat[oa]|salit[oa]|sces[oa]|aumentat[oa]|cresciut[oa]|diminuit[oa]|wzrósł|wzrosła|wzrosło|spadł|spadła|"
    r"spadło|ökade|minskade|steg|sjönk|økte|falt|faldt|aumentou|subiu|caiu|desceu"
)
_FROM_WORD = r"(?:from|van|von|de|d['’]|du|del|dal|dallo|z|ze|fra|från|da)"
_TO_WORD = r"(?:to|naar|tot|auf|à|a|al|all['’]\s?|do|til|till|até|para)"
_CHANGE_TO = re.compile(
    r"(?i)\b(" + _CHANGE_VERBS + r")(?:\s+[^\W\d_]+){0,2}?"
    r"(?P<base>\s+" + _FROM_WORD + r"\s+(?:\d{1,3}(?:[.,]\d+)?)\s?" + _PERCENT_WORD + r")?"
    r"\s+" + _TO_WORD + r"\s*(?<![\d,.])(?P<figure>\d{1,3}(?:[.,]\d+)?)\s?" + _PERCENT_WORD + r"(?![\w])"
)
# A count that changed from one figure to another: 'the number of trips rose from 1,200 to 4,500 a day', 'stieg von
# 1.200 auf 4.500', 'est passé de 1 200 à 4 500'. The figure reached is the result, the one it came from its baseline.
_COUNT_TO = re.compile(
    r"(?i)\b(" + _CHANGE_VERBS + r")(?:\s+[^\W\d_]+){0,2}?"
    r"(?P<base>\s+" + _FROM_WORD + r"\s+(?:about |around |some |environ |etwa |rund |circa )?" + _COUNT + r")"
    r"\s+" + _TO_WORD + r"\s*(?:about |around |over |more than |plus de |über |mehr als |oltre |más de )?"
    r"(?P<figure>\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+)(?![\d%.,]\d|\s?%|\s?(?i:per ?cent|prozent|procent))"
)
# What makes a change a plan, not a result: 'aims at a reduction of 40%', 'will cut', 'objectif', 'Ziel', 'meta'.
_PLANNED = re.compile(
    r"(?i)\b(aims?|target\w*|goal|will|would|should|plans?|planned|expected|objecti\w*|vise|ziel\w*|soll\w*|"
    r"meta|obiettivo|prevede|cel\w*|ma na celu|intends?|forecast\w*|projected|by 20[3-9]\d)\b"
)
# Words that make a change a target, not a result, in the site languages and a few others: 'aim to meet the 20% CO2
# reduction objective by 2020', 'visent l'objectif de 20 %', 'Ziel sind 20 % weniger', 'obiettivo del 20%', 'celem
# jest 20%', 'doel is 20% minder', 'målet är 20 % lägre'. A plan as a thing ('their Action Plan approved') is not one.
_TARGET = re.compile(
    r"(?i)\b(?:aims?|aiming|aimed at|targets?|targeted|objectives?|goals?|will|would|expected|forecast\w*|projected|"
    r"objectifs?|visent|vise|ziel\w*|soll\w*|objetivos?|metas?|obiettiv\w*|celem|cel|doel\w*|streven|mål\w*)\b"
)
# A population, whose change is the place's, not the practice's: 'a rise of 20,000 inhabitants'.
_POPULATION = re.compile(
    r"(?i)\b(?:inhabitants|population|einwohner\w*|bevölkerung|habitants|habitantes|población|abitanti|"
    r"popolazione|mieszkańc\w*|ludności|inwoners|bevolking|invånare|innbyggere|indbyggere|asukka\w*)\b"
)
# A year that is where a change is counted from, not when it was measured: 'since March 2015', 'seit 2015'.
_SINCE_YEAR = re.compile(r"(?i)\b(?:since|seit|depuis|desde|dal|od|sedan|siden|sinds)\b[^.;,]{0,40}?(19\d\d|20\d\d)")


def _word_figure(match: re.Match[str]) -> int | float | None:
    """The figure of a change, written in digits or words, times its scale word ('one million', '1.2 million')."""
    figure = match.group("figure")
    scale = _SCALE_WORDS.get((match.group("scale") or "").casefold(), 1)
    if figure.casefold() in _COUNT_WORDS:
        return _COUNT_WORDS[figure.casefold()] * scale if scale > 1 else None  # 'a' or 'one' alone is no figure
    value, _ = read_number(figure, scaled=scale > 1)
    return None if value is None else plain_number(value * scale)


# A year as a sentence dates itself by, with its preposition: 'In 2021', 'Im Jahr 2022', 'Nel 2020', 'W 2020 r.'.
_YEAR_PHRASE = re.compile(
    r"(?i)\b(?:in|en|im(?: jahr)?|nel|w|em|i|op|del|dal|under|during)?\s*(?:19|20)\d\d(?:\s*r\.|\s+roku)?"
)
# Articles and joining words a subject does not open with.
_ARTICLES = {"the", "le", "la", "les", "l", "el", "il", "lo", "and", "et", "y", "e", "der", "die", "das", "de", "het"}


def _clause_subject(before: str) -> str:
    """What a verb's change is of: the clause before the verb, less its article and auxiliary ('the average price of
    a hybrid bus has' gives 'average price of a hybrid bus')."""
    clause = _YEAR_PHRASE.sub(" ", re.split(r"[,;:()]", _SPAN_SAID.sub(" ", before))[-1])
    words = re.findall(r"[^\W\d_][\w'’-]*", clause)
    while words and words[-1].casefold() in {"has", "have", "had", "is", "was", "are", "were", "a", "ha", "è", "est"}:
        words.pop()
    while words and words[0].casefold() in _ARTICLES:
        words.pop(0)
    return " ".join(words[-8:])


def _share_of(before: str, after: str) -> str:
    """What a share measures: the words after it ('of these cities have had their plan approved' gives 'cities have
    had their plan'), or, when a time or a comparison follows ('rose by 33 percent over the project'), the clause
    before it ('bicycle use rose')."""
    words = re.findall(r"[^\W\d_][\w'’-]*", after)
    if words and words[0].casefold() in _SHARE_AFTER:
        words = re.findall(r"[^\W\d_][\w'’-]*", re.split(r"[,:;(]", before)[-1])[-6:]
        while words and words[-1].casefold() in {"by", "of", "to", "about", "around", "nearly", "almost", "than"}:
            words = words[:-1]
        return " ".join(words)
    while words and words[0].casefold() in _SHARE_LEAD:
        words = words[1:]
    return " ".join(words[:6])


def _subject(before: str) -> str:
    """What a change is of: the words a sentence opens with, up to its first small linking word ('Motor traffic')."""
    words = re.findall(r"[^\W\d_][\w'’-]*|\d+", before)
    cut = next(
        (i for i, w in enumerate(words) if w.casefold() in _STOP | {"was", "were", "is", "are"} or w.isdigit()),
        len(words),
    )
    return " ".join(words[: min(cut, 4)])


# The area or the population of a place, whose share is the place's make-up: '26% of the county's area', '26%
# powierzchni powiatu', '36% ludności powiatu'.
_AREA = re.compile(
    r"(?i)\b(?:area|surface|territory|land|superficie|territoire|territorio|fläche|gebiet\w*|gemeindegebiet\w*|"
    r"powierzchni\w*|terytori\w*|oppervlakte|grondgebied|areal\w*|yta|ytan|pinta-ala\w*|rozloh\w*"
    # the population as a whole, not residents who do something ('70 procent mieszkańców segregowało odpady')
    r"|population|bevölkerung|población|popolazione|ludności|bevolking|befolkning\w*|väestö\w*|obyvatel\w*)\b"
)


def _of_place(indicator: str) -> bool:
    """A share of a place's population or of its area ('36% ludności powiatu', '26% powierzchni powiatu krakowskiego',
    '40% of the region's territory'): what the place is made of, not what the practice did. A share of residents
    doing something ('70% of residents sorted their waste') is a result."""
    first = [word.strip("'’") for word in indicator.split()[:3]]
    return any(_AREA.fullmatch(word) for word in first)


def _of_population(indicator: str) -> bool:
    """A share of the population itself ('the share of inhabitants rose to 52%'), not of the residents who do
    something ('the share of inhabitants eating less meat'): the place's make-up, not a result."""
    words = indicator.split()
    found = next((i for i, word in enumerate(words) if _POPULATION.fullmatch(word)), None)
    return found is not None and len(words) - found <= 3


def _heading_like(text: str) -> bool:
    """A line that reads as a heading over the paragraphs after it ('Results 2019', 'Bilan 2021'): one line of a few
    words, no sentence's end, not a list item, and with a year; its year dates the undated results below it."""
    line = text.strip()
    words = line.split()
    return (
        "\n" not in line
        and 1 < len(words) <= 8
        and not re.search(r"[.!?;:,]$", line)
        and bool(_years(line))
        and not line.startswith(("-", "*", "•"))
    )


def summary_length() -> int:
    """The longest summary the schema allows."""
    return int(validate.schema()["properties"]["summary"].get("maxLength", 600))


class TextFields(Bookkeeping):
    """Placers of the draft builder for these sections; bookkeeping comes from Bookkeeping."""

    def title(self, section: Section) -> None:
        if "title" in self.record:
            self.unplaced(section.heading, section.lines, "a title was given with --title; the page's is kept aside")
        elif _texts(section.lines):
            self.set(("title",), unquoted(_line(section.lines)))
            self.found("title", _line(section.lines), self.record["title"])

    def summary(self, section: Section) -> None:
        """The summary section's text; longer than a summary may be, it is the description's, not cut."""
        text = _line(section.lines) if _texts(section.lines) else ""
        if len(text) > summary_length():
            self.description(section)
            self.report.guessed.append(
                f"summary: the section '{section.heading}' holds {len(text)} characters, more than a summary may "
                f"({summary_length()}); its text went to the description"
            )
        elif text:
            self.set(("summary",), text)

    def description(self, section: Section) -> None:
        self.intro += _texts(section.lines)
        self.described += _texts(section.lines)

    def labelled(self, section: Section) -> None:
        label = section.key.partition(":")[2] or section.heading
        if _texts(section.lines):
            self.extra.append((label, _markdown(section.lines)))
            self.prose += [(section.heading, line) for line in _texts(section.lines)]
        else:
            self.report.notes.append(f"the section '{section.heading}' is empty on the page")

    def aside(self, section: Section) -> None:
        """A label the draft has no field for (an index number, a priority): kept as a comment."""
        self.unplaced(section.heading, section.lines)

    def evidence(self, section: Section) -> None:
        items = self.record.setdefault("evidence", [])
        rest = []
        for line in _texts(section.lines):
            kept = []
            for sentence in sentences(line):
                found = [item for item in evidence_items(sentence) if self.plausible_evidence(item)]
                items += found
                if not found:
                    kept.append(sentence)
            if kept:
                rest.append(" ".join(kept))
        if items:
            self.report.guessed.append(
                f"evidence: {tally(len(items), 'item')} read from sentences with a year and a "
                "figure; check each indicator and add its unit"
            )
        if rest:
            self.extra.append((section.heading, _markdown(rest)))

    def figure(self, section: Section) -> None:
        """A count a data sidebar gives under its label ('Total Number of Participants' '24450'): a result once it has
        a year. The figure is the value's first word; what follows it is its unit ('21000 t CO2 eq./a'). The sidebar
        names no year, so the figure waits for the page's end (`confirm_headcounts`), where the practice's finished
        running time may date it."""
        texts = _texts(section.lines)
        value = _FIGURE.fullmatch(texts[0]) if texts else None
        number = read_number(value.group(1))[0] if value else None
        if value is None or number is None:
            self.unplaced(section.heading, texts, "the field's value is not a figure")
            return
        item: dict[str, object] = {"indicator": section.heading.rstrip(" :"), "value": plain_number(number)}
        if value.group(2):
            item["unit"] = value.group(2)
        self.unplaced(section.heading, texts[1:])
        self.headcounts.append((section.heading, texts[0], item))

    def figure_found(self, heading: str, text: str, item: dict[str, object]) -> None:
        """A sidebar's figure placed as evidence, dated by the practice's finished running time; without one it has
        no year, so it is seen, not placed: kept as a comment for the contributor to date."""
        year = self.finished_year()
        if year is None:
            self.unplaced(heading, [text])
            self.seen_result(f"{text} ({heading.rstrip(' :')})")
            return
        self.record.setdefault("evidence", []).append(item | {"year": year})
        self.found("evidence", text, f"{item['value']} ({heading.rstrip(' :')})")
        self.report.guessed.append(
            f"evidence: {text!r} under '{heading}' is a result the page gives without a year; the year is {year}, "
            "the end of the practice's running time; check it"
        )

    def seen_result(self, said: str) -> None:
        """A result the page gives no year for, not even by its paragraph, a dated heading above it or the practice's
        finished running time: no evidence (a result needs a year), but said to the contributor to date."""
        self.report.guessed.append(
            f"evidence: seen, not placed: {_short(said)!r} reports a result without a year; "
            "if a source dates it, add it to evidence with that year"
        )

    def finished_year(self) -> int | None:
        """The year the practice's running time ended, when the page gives an end in a year before today's; a running
        time still going dates nothing (what was counted may be from its first year)."""
        ended = str(self.record.get("end", ""))
        if re.match(r"(?:19|20)\d\d\b", ended) and int(ended[:4]) < self.today.year:
            return int(ended[:4])
        return None

    def confirm_headcounts(self, texts: list[str]) -> None:
        """A sidebar's count of participants is a result only when the page's text reports it as one.

        A citizens' assembly of 47 members says who took part, not what came of it; '24450 residents
        took part' in the text makes the sidebar's 24450 a turnout, a result. An unconfirmed count is
        kept aside. The sidebar's other figures are results as they are.
        """
        told = {
            read_number(m.group(1))[0]
            for text in texts
            for sentence in sentences(text)
            for m in _TOOK_PART.finditer(sentence)
        }
        for heading, text, item in self.headcounts:
            if item["value"] in told or not _PARTICIPANTS.search(heading):
                self.figure_found(heading, text, item)
            else:
                self.unplaced(heading, [text], "a count of who took part that the text does not report as a result")
        self.headcounts = []

    def evidence_from_prose(self, texts: list[str]) -> None:
        """When no evidence section gave a result, the results sentences report with a verb, a figure and a year.

        'In the 49 days after it opened in May 2017 it received 180,705 suggestions' gives
        180,705 suggestions received in 2017. A sentence must name exactly one year that has
        come, or take one from its context: its paragraph, a dated heading above it ('Results 2019'),
        the practice's finished running time. Figures that are years, amounts of money or counts of
        partners, cities and the like are never taken. Each item is reported as guessed; the sentence
        stays in the text. A result with no year from any of these is seen, not placed.
        """
        if self.record.get("evidence"):
            return
        period = self.finished_year()
        items: list[dict[str, object]] = []
        heading: int | None = None
        for text in texts:
            if _heading_like(text):
                heading = self.result_year(text)
                continue
            items += self.paragraph_results(text, heading or period)
        if items:
            self.record["evidence"] = items
            self.report.guessed.append(
                f"evidence: {tally(len(items), 'item')} read from sentences outside an evidence section "
                "(a result verb, a figure and a year); check each one"
            )

    def paragraph_results(self, text: str, period: int | None = None) -> list[dict[str, object]]:
        """The results of a paragraph's sentences; a change said after a dated result ('that means 41,000
        fewer vehicles') is dated by the result before it. A paragraph with no year of its own is dated by its
        context (period): a dated heading above it, else the end of the running time the page gives, when it gives
        one that has passed. A result with no year from any of these is no evidence: seen, not placed."""
        items: list[dict[str, object]] = []
        year = None
        context: int | str = self.result_year(text) or period or "not reported"
        plus = _PLUS_FIGURE.fullmatch(text.strip())
        if plus:
            return self.dated(self.plus_figure(plus, context))
        for sentence in sentences(text):
            found = self.results(sentence, context)
            found += [item for item in self.sized_changes(sentence, context) if item["value"] not in _values(found)]
            found += [item for item in self.shares_reached(sentence, context) if item["value"] not in _values(found)]
            found += [item for item in self.changes(sentence, year) if item["value"] not in _values(found)]
            found = self.dated(found)
            year = next((item["year"] for item in found), None)
            items += found
        return items

    def dated(self, found: list[dict[str, object]]) -> list[dict[str, object]]:
        """The results that have a year; the others are seen, not placed (said once per sentence)."""
        for note in dict.fromkeys(str(item.get("note", "")) for item in found if not isinstance(item["year"], int)):
            self.seen_result(note)
        return [item for item in found if isinstance(item["year"], int)]

    def result_year(self, sentence: str) -> int | None:
        """The one plausible year a sentence dates its result by, less the year it compares with ('than in 2011'); a
        result said over a span of years is dated by its last ('Between 2016 and 2019 it received 500 suggestions')."""
        years = {int(y) for y in _years(sentence)} | {int(y) for y in _spans(sentence)}
        if len(years) > 1:
            years -= {int(y) for y in _BASELINE.findall(sentence)}
        if len(years) > 1:
            years = span_end(sentence, years)
        if len(years) != 1 or not 1950 <= min(years) <= self.today.year:
            return None
        return min(years)

    def changes(self, sentence: str, carried: object = None) -> list[dict[str, object]]:
        """Results a sentence gives as a change: 'traffic in 2012 was 31% lower than in 2011', '41,000 fewer vehicles'.

        The year is the sentence's own, or the year of the result the sentence before gave.
        """
        year = self.result_year(sentence) or carried
        if year is None or _TARGET.search(sentence):
            return []  # no year, or a target ('aim to meet the EU's 20% CO2 reduction objective by 2020')
        items: list[dict[str, object]] = []
        for match in _PERCENT_CHANGE.finditer(sentence):
            value, _ = read_number(match.group(1))
            subject = _subject(sentence[: match.start()])
            if value is not None and subject:
                indicator = f"{subject} {match.group(2).casefold()}"
                items.append({"indicator": indicator, "value": plain_number(value), "unit": "%", "year": year})
                items[-1]["note"] = sentence
        taken = {m.start(1) for m in _PERCENT_CHANGE.finditer(sentence)}
        for match in _CHANGE_TO.finditer(sentence):
            taken |= {m.start(1) for m in _SHARE.finditer(sentence, match.start(), match.end())}
        items += self.shares(sentence, year, taken)
        for match in _COUNT_CHANGE.finditer(sentence):
            value, _ = read_number(match.group(1))
            counted = _counted(match.group(3))
            if value is None or not counted or _YEAR.fullmatch(match.group(1)) or _first(counted) in _NOT_COUNTED:
                continue
            indicator = f"{match.group(2).casefold()} {counted}"
            items.append({"indicator": indicator, "value": plain_number(value), "year": year, "note": sentence})
        return items

    def change_year(self, sentence: str, context: int | str) -> int | str | None:
        """The year a change a sentence reports is dated by: the sentence's one year, else the paragraph's; a year the
        change is counted from ('since 2015') dates nothing, so 'not reported'. A planned change is no result: None."""
        if _PLANNED.search(sentence):
            return None
        year = self.result_year(sentence) or context
        return "not reported" if str(year) in _SINCE_YEAR.findall(sentence) else year

    def sized_changes(self, sentence: str, context: int | str) -> list[dict[str, object]]:
        """A change a sentence reports with its size: 'a reduction of over one million car trips', 'the price has
        fallen by 10%'. Dated by the sentence's one year, else the paragraph's, else not reported; a year the change
        is counted from ('since 2015') dates nothing. A planned change, or one of money, is no result."""
        year = self.change_year(sentence, context)
        if year is None:
            return []
        money = [(m.start, m.end) for m in find_money(sentence)]
        items: list[dict[str, object]] = []
        for match in [*_CHANGE_NOUN.finditer(sentence), *_CHANGE_VERB.finditer(sentence)]:
            value = _word_figure(match)
            if value is None or any(a < match.end() and match.start() < b for a, b in money):
                continue
            what = _counted(match.groupdict().get("what") or "")
            if what and _first(what) in _NOT_COUNTED:
                continue
            change, unit = match.group(1).casefold(), None
            if match.re is _CHANGE_VERB:
                indicator = f"{_clause_subject(sentence[: match.start()])} {change}".strip()
            else:
                what, unit = _after_unit(match.group("what") or "", what)
                # 'by' joins a change to its size ('spadek o 15%', 'Rückgang um 20 %'), not to what changed
                by = unit or match.group("join1") in {"o", "um"}
                join = match.group("join2") or ("" if by else match.group("join1"))
                subject = _clause_subject(sentence[: match.start()])
                indicator = (
                    " ".join(f"{change} {join} {what}".split()).replace("’ ", "’").replace("' ", "'")
                    if what
                    else f"{subject} {change}"
                )
            if len(indicator.split()) < 2 or (_YEAR.fullmatch(match.group("figure")) and not match.group("unit")):
                continue
            near = f"{indicator} {sentence[match.start() : match.end() + 40]}"
            if _MONEY_SHARE.search(near) or _POPULATION.search(near):
                continue  # a budget's or a population's change is no result of the practice
            item: dict[str, object] = {"indicator": indicator.strip(), "value": value, "year": year}
            if match.group("unit") or unit:
                item["unit"] = "%" if match.group("unit") else unit
            item["note"] = sentence
            items.append(item)
            if not isinstance(year, int) or not self.result_year(sentence):
                self.undated(sentence, year)
        return items

    def shares_reached(self, sentence: str, context: int | str) -> list[dict[str, object]]:
        """A share or a count a change reached: 'the share of inhabitants eating less meat has climbed to 85%', 'Het
        aandeel duurzame initiatieven ging van 12% naar 18%', 'the number of trips rose from 1,200 to 4,500'. One
        result, the figure reached; the figure it came from is its baseline, said in the indicator ('… rose from
        31%'). What it is of is the clause before the verb, asides in brackets left out. Dated as a change with its
        size is; a planned change, or one of money or of the population, is no result."""
        year = self.change_year(sentence, context)
        if year is None:
            return []
        money = [(m.start, m.end) for m in find_money(sentence)]
        items: list[dict[str, object]] = []
        for match in [*_CHANGE_TO.finditer(sentence), *_COUNT_TO.finditer(sentence)]:
            value, _ = read_number(match.group("figure"))
            before = re.sub(r"\([^()]*\)", " ", sentence[: match.start()])
            said = sentence[match.start(1) : match.end("base")] if match.group("base") else match.group(1)
            indicator = f"{_clause_subject(before)} {' '.join(said.split())}".strip()
            near = f"{indicator} {match.group(0)}"
            share = match.re is _CHANGE_TO
            if value is None or (share and value > 100) or len(_clause_subject(before).split()) < 1:
                continue
            if _MONEY_SHARE.search(near) or _of_population(indicator) or (not share and _POPULATION.search(near)):
                continue
            if any(a < match.end() and match.start() < b for a, b in money) or self.years_only(match):
                continue
            if not share and {word.casefold() for word in before.split()} & _NOT_RESULTS:
                continue  # the practice's make-up: 'the number of partner cities grew from 5 to 12'
            item: dict[str, object] = {"indicator": indicator, "value": plain_number(value)}
            item |= ({"unit": "%"} if share else {}) | {"year": year, "note": sentence}
            items.append(item)
            if not isinstance(year, int) or not self.result_year(sentence):
                self.undated(sentence, year)
        return items

    @staticmethod
    def years_only(match: re.Match[str]) -> bool:
        """A change 'from 2015 to 2019' is a span of years, not a count."""
        figures = re.findall(r"\d[\d,.\u00a0 ]*\d|\d", match.group(0))
        return match.re is _COUNT_TO and all(_YEAR.fullmatch(figure.strip()) for figure in figures)

    def plus_figure(self, found: re.Match[str], context: int | str) -> list[dict[str, object]]:
        """A figure line a page shows alone, '300+ participants per session': a result, at least that many."""
        value, _ = read_number(found.group(1))
        indicator = _counted(found.group(2))
        if value is None or not indicator or _first(indicator) in _NOT_COUNTED:
            return []
        self.undated(found.group(0), context)
        return [{"indicator": indicator, "value": plain_number(value), "year": context, "note": found.group(0)}]

    def undated(self, said: str, context: int | str) -> None:
        """A result the page gives without a year of its own is reported as guessed, with the year it got from its
        context; one that got none is no result (`dated` says it is seen, not placed)."""
        if not isinstance(context, int):
            return
        self.report.guessed.append(
            f"evidence: {_short(said)!r} gives no year of its own; the year is {context}, "
            "from the paragraph around it when it names one, else a dated heading above it, else the end of the page's "
            "running time; check it"
        )

    def shares(self, sentence: str, year: object, taken: set[int]) -> list[dict[str, object]]:
        """Shares a dated sentence reports as reached: 'By 2019 more than 66% of these cities have had their plan
        approved, nearly 50% found money for it'. A share of money ('80% of the cost', 'ERDF 85%') is no result."""
        if _MONEY_SHARE.search(sentence) or not isinstance(year, int) or _BASELINE.search(sentence):
            return []
        items: list[dict[str, object]] = []
        for match in _SHARE.finditer(sentence):
            value, _ = read_number(match.group(1))
            indicator = _share_of(sentence[: match.start()], match.group(2))
            if value is None or match.start(1) in taken or not indicator or value > 100 or _of_place(indicator):
                continue
            items.append({"indicator": indicator, "value": plain_number(value), "unit": "%", "year": year})
            items[-1]["note"] = sentence
        return items

    def results(self, sentence: str, context: int | str = "not reported") -> list[dict[str, object]]:
        """The results one sentence reports with a verb and a figure, dated by its one plausible year, or by the
        paragraph's (the context) when the sentence names none; with no year in either, no result."""
        year = self.result_year(sentence)
        took_part = [(m.group(3), m.group(1), m.span(1), m.group(2)) for m in _TOOK_PART.finditer(sentence)]
        if year is None and not _years(sentence) and _SO_FAR.search(sentence) and not isinstance(context, int):
            # a count of who took part to date ('so far 4,000 residents took part'): a result, its year unsaid
            return self.counted(took_part, sentence, None, "not reported")
        if year is None and (_years(sentence) or not isinstance(context, int)):
            # years the sentence names that date no result ('began in 2016 and 2017'), or no year near it at all
            return []
        found = self.said_results(sentence) + took_part
        found += listed_results(sentence, {span for _, _, span, _ in found})
        found += [("", m.group(2), m.span(2), _counted_in(m.group(1))) for m in _BRACKETED.finditer(sentence)]
        return self.counted(sorted(found, key=lambda item: item[2]), sentence, year, context)  # in the page's order

    @staticmethod
    def said_results(sentence: str) -> list[tuple[str, str, tuple[int, int], str]]:
        """The results a sentence says with a verb of result: 'trained 1,200 volunteers', '120 Bäume wurden …
        gepflanzt', '74 trees were planted'; a plan or a possibility ('sollen … gepflanzt werden') says none."""
        found = [(m.group(1), m.group(2), m.span(2), m.group(3)) for m in _RESULT.finditer(sentence)]
        if not _NOT_YET.search(sentence):
            found += [(m.group(3), m.group(1), m.span(1), m.group(2)) for m in _PARTICIPLE_LAST.finditer(sentence)]
            found += [(m.group(1), m.group(2), m.span(2), m.group(3)) for m in _VERB_FIRST.finditer(sentence)]
            found += [(m.group(3), m.group(1), m.span(1), m.group(2)) for m in _AUX_FIRST.finditer(sentence)]
            passive = [m for m in _PASSIVE.finditer(sentence) if m.group(3).casefold() not in _CHOSEN]
            found += [(m.group(3), m.group(1), m.span(1), m.group(2)) for m in passive]
        return found

    def counted(
        self, found: list[tuple[str, str, tuple[int, int], str]], sentence: str, year: int | None, context: int | str
    ) -> list[dict[str, object]]:
        """The result items of a sentence's verbs and figures, less money, years, time spans and make-up."""
        money = [(m.start, m.end) for m in find_money(sentence)]
        items: list[dict[str, object]] = []
        for verb, figure, (start, end), what in found:
            what, unit = _with_unit(what) if not verb else (what, None)  # a listed figure: its unit first
            counted = _counted(what)
            value, _ = read_number(figure)
            a_year = _YEAR.fullmatch(figure) and start not in {m.start(1) for m in _COUNT_NOT_YEAR.finditer(sentence)}
            if not counted or value is None or a_year or _first(counted) in _NOT_RESULTS:
                continue
            if any(a < end and start < b for a, b in money) or _first(counted) in _TIME_WORDS:
                continue
            indicator = f"{counted} {verb.casefold()}".strip()  # a listed figure's verb sums the list up: none
            items.append({"indicator": indicator, "value": plain_number(value), "year": year or context})
            if unit:
                items[-1]["unit"] = unit
            items[-1]["note"] = sentence
            if year is None:
                self.undated(sentence, context)
        return items

    def plausible_evidence(self, item: dict[str, Any]) -> bool:
        """A result needs an indicator in words, a figure and a year that has already come."""
        words = [w for w in re.findall(r"[^\W\d_]{3,}", item["indicator"].casefold()) if w not in _TIME_WORDS]
        return bool(words) and 1950 <= item["year"] <= self.today.year

    def difficulties(self, section: Section) -> None:
        if _texts(section.lines):
            self.record["difficulties"] = [{"difficulty": _markdown(section.lines)}]
            self.report.guessed.append(
                "difficulties/0: the whole section became one difficulty; split it and say how each was handled"
            )

    def transfer(self, section: Section) -> None:
        if _texts(section.lines):
            self.set(("transferability", "potential"), _markdown(section.lines))

    def legal(self, section: Section) -> None:
        if _texts(section.lines):
            self.set(("transferability", "legal_basis"), _line(section.lines))

    def implementation_time(self, section: Section) -> None:
        if _texts(section.lines):
            self.set(("transferability", "implementation_time"), _line(section.lines))

    def topic(self, section: Section) -> None:
        found: list[str] = []
        for part in (p.strip() for line in _texts(section.lines) for p in re.split(r"[;|,]", line)):
            ids = topic_ids(part, validate.topics())
            if not ids:
                self.unplaced(section.heading, [part], f"{part!r} matches no topic in generator/data/topics.yml")
                continue
            found += [i for i in ids if i not in found]
            self.found("topics", part, ", ".join(ids))
            if part.casefold() not in (ids[0], validate.topics()[ids[0]].casefold()):
                self.report.guessed.append(f"topics: read {part!r} as {', '.join(ids)}")
        if found:
            self.record["topics"] = found


def _values(items: list[dict[str, object]]) -> set[object]:
    """The values of result items, to leave out a figure another rule already read."""
    return {item["value"] for item in items}


def _counted(what: str) -> str:
    """What a figure counts: its words up to the first small linking word ('car trips in town' gives 'car trips')."""
    words = what.split()
    cut = next((i for i, w in enumerate(words) if w.casefold() in _STOP), len(words))
    return " ".join(words[:cut])


def _first(counted: str) -> str:
    """The first word of what a figure counts, casefolded for the word lists: 'Trees planted' gives 'trees'."""
    return counted.split()[0].casefold()


def listed_results(sentence: str, taken: set[tuple[int, int]]) -> list[tuple[str, str, tuple[int, int], str]]:
    """The figures a summing-up verb lists ('has brought more than 600 trees, 11,000 repairs and 30ha of meadows'),
    each with what it counts, as ('', figure, its span, the words after it): the verb names no item's indicator. An
    item with no figure ends the list."""
    verb = _BROUGHT.search(sentence)
    if not verb:
        return []
    found: list[tuple[str, str, tuple[int, int], str]] = []
    at = verb.end()
    for part in re.split(r",(?!\d)|;|\s(?:and|et|und|y|e|i|oraz|as well as)\s", sentence[verb.end() :]):
        at = sentence.find(part, at)
        item = _LISTED.match(part)
        if not item:
            break
        span = (at + item.start(1), at + item.end(1))
        if span not in taken:
            found.append(("", item.group(1), span, item.group(2)))
        at += len(part)
    return found


def _after_unit(said: str, counted: str) -> tuple[str, str | None]:
    """What a change's size counts when a unit leads it ('1.2 million tonnes in waste sent to landfill' counts waste
    sent to landfill, in tonnes); else what it counts as read (`counted`), without a unit."""
    words = said.split()
    if len(words) >= 3 and words[0].casefold() in _UNITS and words[1].casefold() in {"of", "in", "de", "von", "di"}:
        rest = words[1:]
        while rest and rest[-1].casefold() in _STOP:
            rest.pop()
        return " ".join(rest), words[0]
    return counted, None


def _counted_in(phrase: str) -> str:
    """What a bracketed count counts: the words after the last small word ('the number of registered initiatives' is
    'registered initiatives')."""
    words = phrase.split()
    small = [i for i, word in enumerate(words) if word.casefold() in _STOP or word.casefold() in _COUNT_LEAD]
    return " ".join(words[small[-1] + 1 :] if small else words)


def _with_unit(what: str) -> tuple[str, str | None]:
    """What a figure counts, less the unit glued before it: 'm2 of sown meadows' is 'sown meadows' in m2."""
    words = what.split()
    if len(words) >= 3 and words[0].casefold() in _UNITS and words[1].casefold() in {"of", "de", "von", "di", "z"}:
        return " ".join(words[2:]), words[0]
    return what, None


# Quote marks wrapping a whole name, as the languages write them: "…", “…”, „…“, «…», »…«, ‚…‘.
_WRAPPED = re.compile(r'"([^"]+)"|“([^“”]+)”|„([^„“”]+)[“”]|«\s?([^«»]+?)\s?»|»([^«»]+)«|‚([^‚‘’]+)[‘’]')


def unquoted(name: str) -> str:
    """A title field's value without the quote marks around all of it: '"Schön wie wir"' is 'Schön wie wir'.

    Quotes around a part stay ('"Green" roofs for schools').
    """
    found = _WRAPPED.fullmatch(name.strip())
    return next(group for group in found.groups() if group) if found else name
