"""Place sections and place lines: location, region, city and country, in the languages pages use.

Pages name the country in many ways: 'Italy (Italia)', 'Udine (IT)', 'Udine / Italy',
'ESPAÑA ESTE' or 'AUSTRIA OSTÖSTERREICH Vienna Wien' (a country followed by its regions), or
only in a sentence ('... in Belgien ...'). A line that is only a place's name ('Tartu') is the
city when the page also calls it a town ('Tartu City Government'). Each is read here, and nothing
else is guessed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TypeVar

from generator import validate
from generator.importer import layouts
from generator.importer.bookkeeping import Bookkeeping
from generator.importer.gazetteer import country_of_place, country_of_town, french_place, town_by_name
from generator.importer.reading import _line, _markdown, _texts
from generator.importer.report import CUT_TEASER, Section, tally
from generator.normalise import country_code, country_names
from generator.text import fold

_T = TypeVar("_T")
_SLASH = re.compile(r"(.+?)\s+/\s+(.+)")
_PARENS = re.compile(r"(.+?)\s*\(([^()]+)\)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A flag picture's caption before the place it marks: 'Flag of Poland  Trójmiejski, Poland'.
_FLAG = re.compile(r"(?i)flag of\s+(.+?)\s{2,}(.+)")
# 'Twente, Netherlands': a place of a few words, then the country after the last comma.
_COMMA = re.compile(r"([^,]{2,40}),\s*([^,]{2,40})")
# A bullet a listing writes before its place line: '• Bologna / Italy'.
_BULLET = re.compile(r"^[•◦▪·]\s*")

# A form's yes/no answers in the site languages; 'No' is also Norway's code, written in capitals when it is one.
_ANSWERS = frozenset({"yes", "no", "oui", "non", "ja", "nein", "sí", "si", "sì", "tak", "nie"})

# A press release's dateline at a paragraph's start, which names where the text was written, not the practice:
# 'Bonn, Germany (27 October 2020) –', 'BRUSSELS, 3 May 2021 –', '(22. November 2024) Würzburg –'.
_DAY = (
    r"(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?\d{4}|[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
)
_PLACE = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}"
_DATELINE = re.compile(
    rf"^\s*(?:{_PLACE}(?:,\s*{_PLACE})?\s*(?:\(\s*{_DAY}\s*\)|,\s*{_DAY})|\(\s*{_DAY}\s*\)\s*{_PLACE}"
    rf"(?:,\s*{_PLACE})?)\s*[–—-]\s+"
)
# A line that gives an example, which names another place than the practice's: 'CASE STUDY HIGHLIGHT – In Seville
# (Spain), …', 'Beispiel: …', 'Par exemple, à Lyon (France) …', 'Przykład: …'.
_EXAMPLE = re.compile(
    r"(?i)^[\W\d]*(?:case stud(?:y|ies)|examples?|for (?:example|instance)|fallbeispiel|beispiel(?:e|sweise)?|zum "
    r"beispiel|par exemple|exemples?|étude de cas|por ejemplo|ejemplos?|caso de estudio|estudio de caso|ad esempio|"
    r"per esempio|esempio|esempi|caso studio|na przykład|przykład|przykłady|studium przypadku)\b"
)


# Whose words a sentence gives, with the speaker's body and its place: 'In the words of Andrea Vignoli of the Lazio
# Region Association …, Italy,', 'according to …', 'selon …', 'laut …', 'según …', 'secondo …', 'według …'. The
# speaker's place is theirs, not the practice's.
_SPEAKER = re.compile(
    r"(?i:in the words of|according to|as (?:explained|said|put) by|selon|d['’]après|pour reprendre les mots de|laut|"
    r"nach (?:den )?worten von|según|en palabras de|secondo|nelle parole di|według|słowami)\s+"
    r"[A-ZÀ-ÖØ-Þ][^,.;:!?]{0,120}(?:,\s*(?i:of|from|de|du|des|del|della|di|von|vom|z|ze)\s[^,.;:!?]{0,100})?"
    r"(?:,\s*[A-ZÀ-ÖØ-Þ][\w-]+(?=\s*,))?"
)


# A postal town's name, after its code: up to four words, the later ones small ('Dvůr Králové nad Labem').
_POST_TOWN = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ -][A-ZÀ-ÖØ-Þa-zà-ÿ][\w'’.-]*){0,3}"
# A postal address's town line: 'F-67075 Strasbourg Cedex', '53113 Bonn', '00-950 Warszawa', '2511 CX Den Haag'. The
# site's or the publisher's address names their town, not always the practice's (the last guess reads it apart).
_ADDRESS_TOWN = re.compile(
    r"(?:[A-Z]{1,2}-)?(?:\d{2}-\d{3}|\d{3} \d{2}|\d{4}-\d{3}|\d{4} ?[A-Z]{2}|\d{4,6})\s+" + _POST_TOWN
)


def own_words(texts: list[str]) -> list[str]:
    """The texts that speak of the practice's own place: datelines cut off, lines giving an example or only a postal
    address's town left out, a quoted speaker's body and place cut out, a place named in passing (a comparison, a study
    visit) cut out."""
    return [
        _PASSING.sub(" ", _SPEAKER.sub("", _DATELINE.sub("", text)))
        for text in texts
        if not _EXAMPLE.match(text) and not _ADDRESS_TOWN.fullmatch(text.strip())
    ]


# A data portal's record header: the platform's name, the record's id, the country's code ('KOHESIO · Q7373599 · PL').
_HEADER_CODE = re.compile(r"[A-Z][A-Z0-9 -]{2,30} · [^·]{1,40} · (?P<code>[A-Z]{2})")
# Where a project is, said with the country's code, in the site languages: 'The project is located in PL.'
_LOCATED_CODE = re.compile(
    r"\b(?:(?:is |are )?(?:located|based|situated) in|(?:est )?situé(?:e|s|es)? (?:en|au|aux)|befinde[nt] sich in"
    r"|liegt in|(?:está |se encuentra |ubicad[oa] )(?:en)|si trova in|(?:è )?(?:situat|ubicat|localizzat)[oa] in"
    r"|znajduje się w|(?:jest )?zlokalizowan[ya] w)\s+(?P<code>[A-Z]{2})\b(?![\w-])"
)


# A field's label before its value: 'Rahasto: Koheesiorahasto (CF)', 'Fund: Cohesion Fund (CF)'.
_LABELLED = re.compile(r"[^\W\d_][^:()]{1,30}:\s")


def read_place(line: str) -> tuple[str | None, str | None]:
    """The place name and the country code a place line gives; (None, None) when it names no country."""
    flag = _FLAG.fullmatch(line.strip())
    if flag and (code := _country_in(flag.group(1))):
        name, place_code = read_place(flag.group(2))
        return (name, code) if place_code in (None, code) else (None, code)
    text = " ".join(_BULLET.sub("", line.strip()).split()).strip(" .,;")
    if text.casefold() in _ANSWERS and not text.isupper():
        return None, None  # a form's yes/no answer ('Cofinanziamento altri soggetti' / 'No') is not Norway
    if not text or len(text) > 80 or _sentence(line, text) or partner_list(text):
        return None, None  # a list of partners' places is not one place: 'Riga (LV), Espoo (FI)'

    slash = _SLASH.fullmatch(text)
    if slash and (code := _country_in(slash.group(2))):
        return slash.group(1), code
    if _LABELLED.match(text) and not _PLACE_LABEL.match(text) and _CODE_AFTER.search(text):
        return None, None  # a field's value with its short name: 'Rahasto: Koheesiorahasto (CF)' is a fund
    parens = _PARENS.fullmatch(text)
    if parens and _spelled(parens.group(1), parens.group(2)):
        return None, None  # 'information technology (IT)', 'Reggio Emilia (RE)': the words' initials, no country
    if parens and (code := _country_in(parens.group(2))):
        name = parens.group(1)
        return (None if _country_in(name) == code else name), code
    if code := _country_in(text):
        return None, code
    comma = _COMMA.fullmatch(text)
    if comma and len(comma.group(1).split()) <= 4 and (code := _country_in(comma.group(2))):
        return comma.group(1), code
    return _leading_country(text)


def _place_like(line: str) -> bool:
    """A short line of names parted by commas, no sentence: a place line ('Mettingen, Esslingen, Baden-Württemberg')."""
    parts = [part.strip() for part in line.split(",")]
    return (
        len(parts) >= 2
        and len(line.split()) <= 8
        and not re.search(r"[.!?:;]$", line)
        and all(part[:1].isupper() and len(part.split()) <= 4 for part in parts)
    )


def _sentence(line: str, text: str) -> bool:
    """A sentence, not a place line: 'Partners in Normandy (France) run the workshops.' (five words, a stop)."""
    return bool(re.search(r"[.!?]$", line.strip())) and len(text.split()) >= 5


def _leading_country(text: str) -> tuple[str | None, str | None]:
    """'ESPAÑA ESTE', 'AUSTRIA OSTÖSTERREICH Vienna Wien': a country name in capitals, then its regions."""
    words = text.split()
    if len(words) < 2 or not words[0].isupper():
        return None, None
    for size in range(len(words) - 1, 0, -1):
        name = " ".join(words[:size])
        if len(name) > 2 and name.isupper() and (code := country_code(name, validate.countries())):
            return " ".join(words[size:]), code
    return None, None


def _country_in(text: str) -> str | None:
    """The country named by the text, or by its words in or out of parentheses: 'Italy (Italia)'."""
    for candidate in (text, re.sub(r"\(.*?\)", "", text), *re.findall(r"\((.*?)\)", text)):
        if len(candidate.strip()) == 2 and not candidate.strip().isupper():
            continue  # a code is written in capitals: 'jari.jokisalo(at)businessoulu.com' hides an '@', not Austria
        code = country_code(candidate, validate.countries()) if candidate.strip() else None
        if code:
            return code
    return None


def country_mentioned(text: str) -> str | None:
    """The one country a sentence names ('... entlang der Schelde in Belgien ...'), if it names exactly one."""
    found = countries_by_name(text)
    return found.pop() if len(found) == 1 else None


def countries_by_name(text: str) -> set[str]:
    """The countries a text names by their names, in the languages Babel knows."""
    # "Canada's policies"; a country named only where people met is not the practice's ('Meeting … in Rethymno, Greece')
    words = _words(_others_cut(text))
    names = country_names(validate.countries())
    found: set[str] = set()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            group = words[i : i + size]
            if group[0][:1].isupper() and len(" ".join(group)) >= 4:
                code = names.get(fold(" ".join(group)))  # the names are kept without accents: 'España', 'Österreich'
                if code and not _accent_lost(" ".join(group)):
                    found.add(code)
    return found


@cache
def _accented_names() -> frozenset[str]:
    """The folded country names that every language writes with an accent ('Čada', Latvian for Chad)."""
    import babel

    from generator.normalise import _LOCALES

    forms: dict[str, set[bool]] = {}
    for locale in _LOCALES:
        for name in babel.Locale(locale).territories.values():
            forms.setdefault(fold(name), set()).add(name.isascii())
    return frozenset(key for key, plain in forms.items() if True not in plain)


def _accent_lost(words: str) -> bool:
    """True when the words are a country's name only with an accent they lack: 'Cada' (Spanish 'each') is not
    'Čada'; a name written with its accents ('España') or one some language writes plain ('Espana') counts."""
    return words.isascii() and fold(words) in _accented_names()


# An article or preposition elided onto the next word in French and Italian: 'L’Italia', 'dell’Austria', "d'Espagne".
_ELIDED = re.compile(r"^(?i:l|d|dell|nell|all|dall|sull|quell|un|qu)['’](?=[^\W\d_])")


def _words(text: str) -> list[str]:
    """The text's words, without a possessive 's ("Canada's") and without an elided article ('L’Italia')."""
    return [_ELIDED.sub("", re.sub(r"['’]s$", "", word)) for word in _WORD.findall(text)]


def _add_once(found: dict[str, list[_T]], code: str, item: _T) -> None:
    """Keep an item (the words that named a country, as the page writes them) under the country's code, once."""
    items = found.setdefault(code, [])
    if item not in items:
        items.append(item)


def countries_named(texts: list[str]) -> dict[str, list[tuple[str, str]]]:
    """The countries the texts point to by a city's name or a country's adjective, with the words that did."""
    words = layouts.country_words()
    found: dict[str, list[tuple[str, str]]] = {}
    for text in texts:
        text = _others_cut(text)
        tokens = _words(text)
        for size in (2, 1):
            for i in range(len(tokens) - size + 1):
                group = tokens[i : i + size]
                hit = words.get(layouts.plain(" ".join(group))) or (
                    _region_adjective(group[0], words) if size == 1 else None
                )
                after_region = i > 0 and tokens[i - 1].casefold() in _REGION_WORDS and hit and hit[1] == "region"
                capital = group[-1][:1].isupper() or after_region  # 'województwo małopolskie' writes it small
                if hit and capital:
                    _add_once(found, hit[0], (" ".join(group), hit[1]))
    return found


def _region_adjective(word: str, words: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """A region's name made a German adjective by '-isch' and its endings: 'Schleswig-Holsteinischen', 'Tirolerisch'
    is not; only the region's full name plus the ending counts."""
    stem = re.sub(r"(?:isch|ische|ischen|ischer|isches|ischem)$", "", word)
    hit = words.get(layouts.plain(stem)) if stem != word else None
    return hit if hit and hit[1] == "region" else None


# The word for a region before its name, which some languages write in small letters: 'województwo małopolskie'.
_REGION_WORDS = {"województwo", "woj", "region", "région", "regione", "región", "bundesland", "land", "comunidad"}
# Where people met, or who else took part: a city named there is not the practice's place ('the working group
# met on 25-26 November in Brussels', 'in collaboration with FEANTSA and the Mairie de Paris').
_ELSEWHERE = re.compile(
    r"(?i)\b(?:met|meets|meeting|held|hosted|took place|takes place|se sont réunis|s['’]est réuni|a eu lieu|"
    r"traf sich|trafen sich|tagte|fand|se reunió|se reunieron|si è riunit[oa]|si sono riunit[ie]|"
    r"in (?:collaboration|cooperation|partnership) with|together with|en collaboration avec|avec le soutien de|"
    r"in Zusammenarbeit mit|en colaboración con|in collaborazione con|we współpracy z|"
    # a gathering's place: 'came together in Lahti', 'kam das Netzwerk im finnischen Lahti zusammen', 'at the UN
    # Climate Change Conference in Durban (South Africa)'
    r"gathered|came together|come together|convened|se sont retrouvés|se retrouveront|se réuniront|"
    r"(?:kam|kamen|kommt|kommen)(?=[^.;:!?]{0,120}\bzusammen\b)|se reunirán|si incontr(?:ano|eranno|arono)|"
    r"spotka(?:li|ły|ją) się|conference|summit|congress|konferenz|gipfel|kongress|conférence|sommet|congrès|"
    r"conferencia|cumbre|congreso|conferenza|vertice|congresso|konferencj[aiię]|szczyt(?:u|cie)?|kongres(?:ie|u)?)"
    r"\b[^.;:!?]{0,120}"
)
# A treaty, charter or convention named after a city says nothing of where a practice is: 'the Leipzig
# Charter', 'the Convention on the archaeological heritage, Malta / Valletta'.
_TREATY_WORD = r"(?:Convention|Charter|Treaty|Agreement|Declaration|Protocol|Accord|Pact)"
_TREATY = re.compile(rf"(?:[A-ZÀ-ÖØ-Þ][\w'’-]+ )+{_TREATY_WORD}\b|\b{_TREATY_WORD}\b[^.;()]*")
# German gender forms, whose colon or star would end a sentence for the patterns above: 'Vertreter:innen'.
_GENDERED = re.compile(r"(?<=[^\W\d_])[:*_](?=innen\b)")


def _others_cut(text: str) -> str:
    """The text without what names other places than the practice's: treaties named after a city, where people met,
    who else took part."""
    text = _GENDERED.sub("", text)
    for pattern in (_TREATY, _ELSEWHERE, _EVENT):
        text = pattern.sub(" ", text)
    return text


# An event named by its place or its country's adjective: 'organised the Finnish technical training event', 'the
# Vienna workshop', 'das Berliner Fachseminar'; the event's place is not the practice's.
_EVENT = re.compile(
    r"\b[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [a-zà-öø-ÿ-]+){0,2} (?i:(?:training )?events?|workshops?|seminars?|webinars?|"
    r"training sessions?|study visits?|fachseminars?|fachtag(?:ung)?|ateliers?|séminaires?|talleres?|seminarios?|"
    r"seminari|warsztaty|seminaria)\b"
)


# A country named in passing, not as the practice's own: a comparison ('as in Denmark', 'wie in Dänemark', 'comme au
# Danemark', 'como en Dinamarca', 'come in Danimarca', 'jak w Danii'), the example it copies ('inspired by', 'nach dem
# Vorbild', 'sur le modèle de'), a study visit ('study visit to', 'Studienreise nach', 'voyage d'étude').
_PASSING = re.compile(
    r"(?i)\b(?:(?:just |much )?(?:like|as|unlike) (?:in|at)|wie (?:in|im)|ähnlich wie|comme (?:en|au|aux|à|dans)|"
    r"como (?:en|ocurre en)|come (?:in|nel|nella|a)|jak (?:w|we)|zoals in|inspired by|modell?ed on|following the "
    r"lead of|took (?:its|their|his|her) cue from|takes (?:its|their) cue from|took inspiration from|"
    r"drew on the example of|based on the (?:example|model) of|nach dem Beispiel|sur l['’]exemple d|"
    r"siguiendo el modelo|tomando como (?:modelo|ejemplo)|prendendo spunto da|"
    r"following the "
    r"example of|vorbild|nach dem muster|sur le modèle|à l['’]image de|inspirad[oa]s? en|siguiendo el ejemplo|"
    r"sul modello|ispirat[oa] a|wzorem|na wzór|study (?:visit|trip|tour)s?|visits? to|studienreisen?|exkursion|"
    r"voyages? d['’]études?|visitas? de estudio|viaggi(?:o)? (?:di )?studio|wizyt[ay] studyjn[ae])\b[^.;:!?]{0,100}"
)


# A place line's own label before its value: 'Country/Region: Poland, Poznan'.
_PLACE_LABEL = re.compile(r"(?i)^(?:(?:country|region|city|town|place|location)\s*[/,&]?\s*){1,3}:\s*")


# A capital letter, with those of Central European names ('Žilina', 'Łódź', 'Świdnica', 'Česká Lipa').
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# A place's name as a line shows it alone: one to three capitalised words ('Tartu', 'Reggio Emilia').
_PLACE_NAME = re.compile(rf"[{_UPPER}][^\W\d_]+(?:[ -][{_UPPER}][^\W\d_]+){{0,2}}")
# Words that make a name a town's: 'City of Heidelberg', 'Tartu City Government', 'Comune di Udine'.
_TOWN = (
    r"(?i:city|town|municipality|commune|comune|città|citta|stadt|ville|ciudad|ayuntamiento|gmina|miasto|"
    r"concello|kommune|gemeente|linn)"
)


def names_a_town(name: str, text: str, title: str) -> bool:
    """True when the page names the place as a town: 'City of X', 'X City Council', or a title '... in X'."""
    quoted = re.escape(name)
    return bool(
        re.search(rf"\b{_TOWN}[ \t]+(?:(?i:of|de|di|du|del|de la|der|von)[ \t]+)?{quoted}\b", text)
        or re.search(rf"\b{quoted}[ \t]+{_TOWN}\b", text)
        or re.search(rf"\b(?i:in|of)\s+{quoted}\b", title)
    )


def known_town(name: str) -> bool:
    """True when the name is a town the gazetteer or the importer's city list knows: 'Tartu', 'Heidelberg'; a label
    such as 'Kundekontakt' or 'Auftraggeber' is none, whatever words stand next to it."""
    known = layouts.country_words().get(layouts.plain(name))
    return bool(country_of_place(name)) or bool(known and known[1] == "city")


# A town named as one, the word for a town or municipality before or after its name, in the languages of the pages:
# 'Gmina Skawina', 'Gemeente Amsterdam', 'Comune di Formigine', 'Ville de Lorient', 'Stadt Landau in der Pfalz',
# 'City of Espoo', 'Ayuntamiento de Getafe', 'Saulkrasti Municipality', 'Tartu City Council'.
# Prose writes the word in small letters ('de gemeente Ede', 'la ville de Lorient', 'die Stadt Leipzig', 'el
# ayuntamiento de Getafe'); German names a district or a capital so ('Landkreis Wunsiedel', 'Landeshauptstadt
# München'). The Nordic languages put the word after the name, often with a genitive s ('Kyrkslätts kommun', 'Oslo
# kommune', 'Espoon kaupunki'), and join two towns before one plural word ('Kyrkslätts och Vichtis kommuners').
_NAME_WORD = rf"[{_UPPER}][^\W\d_][\w'’-]*"
_TOWN_BEFORE = (
    r"[Gg]mina|[Mm]iasto|[Gg]emeente|[Gg]emeinde|Stadt|Stad|Kommune|[Cc]omune di|[Cc]ittà(?: [Mm]etropolitana)? di|"
    r"[Vv]ille de|[Cc]ommune de|[Mm]unicipality of|[Cc]ity of|[Tt]own of|[Aa]yuntamiento de|[Mm]unicipio de|"
    r"[Cc]oncello de|[Aa]juntament de|(?:Land|Stadt)?[Kk]reis|Landeshauptstadt|Hansestadt|Marktgemeinde|County|"
    r"Stadtverwaltung|Gemeindeverwaltung|Bezirksamt|"
    # Slovenian, Croatian, Serbian and Bosnian, Romanian: 'Občina Idrija', 'Mestna občina Ljubljana', 'Grad Rijeka',
    # 'Općina Vrsar', 'Primăria Municipiului Cluj-Napoca', 'Municipiul Sibiu', 'Orașul Cisnădie', 'Comuna Ciugud'
    r"(?:[Mm]estna )?[Oo]bčina|[Gg]rad|[Oo]pćina|[Oo]pština|Primăria(?: (?:[Mm]unicipiului|[Oo]rașului|[Cc]omunei))?|"
    r"[Mm]unicipiul|[Oo]rașul|[Cc]omuna|"
    # Czech, Slovak and Portuguese: 'Statutární město Brno', 'obec Dolní Břežany', 'mesto Trnava', 'Câmara Municipal
    # de Lisboa', 'Município de Braga'; the genitive of a town's budget or office: 'rozpočet města Dvůr Králové nad
    # Labem', 'úrad mesta Trnava'
    r"(?:Statutární )?[Mm]ěsto|[Mm]ěsta|[Oo]bec|[Oo]bce|[Mm]esto|[Mm]esta|Câmara Municipal de|[Mm]unicípio de|"
    # a union of municipalities named after its town: 'communauté de communes du pays de Damville', 'Communauté
    # d'agglomération de Lorient', 'Verbandsgemeinde Kirchberg', 'Mancomunidad de la Ribera', 'Unione dei Comuni di …'
    r"[Cc]ommunauté (?:de communes|d['’]agglomération|urbaine)(?: du [Pp]ays)? de|[Mm]étropole de|Verbandsgemeinde|"
    r"Samtgemeinde|Amtsgemeinde|[Mm]ancomunidad de|[Uu]nione dei [Cc]omuni di|[Uu]nione [Cc]omunale di"
)
_TOWN_AFTER = (
    r"[Mm]unicipality|City Council|Town Council|Municipal Council|County Council|District Council|Borough Council|"
    # English prose writes the word after the name in small letters: 'in Nijkerk municipality', 'Oulu city council'
    r"(?:city|town|municipal) council|"
    # Hungarian: 'Pécs Megyei Jogú Város Önkormányzata', 'Szentendre Város Önkormányzata', 'Zalaszántó Község'
    r"(?:Megyei Jogú )?Város|Község|Önkormányzata?"
)
# the Nordic and Estonian words after a town's name: 'Oslo kommune', 'Holbæk Kommune', 'Espoon kaupunki', 'Tartu
# linn', 'Viimsi vald', 'Tartu linna' (its genitive)
_NORDIC_AFTER = r"(?:[Kk]ommun|[Kk]ommune|stad|kaupunki|kunta|linn|vald)(?:s|en|ens|ar|er|ers|na|nas|a)?"
# French and Italian elide the word's last vowel before a name's: 'Commune d’Antibes', 'Ville d'Évry', 'Comune
# d'Aosta'; the town hall names its town the same way: 'la mairie de Barcelone', 'Hôtel de Ville de Lyon'.
_TOWN_ELIDED = r"[Cc]ommune d['’]|[Vv]ille d['’]|[Cc]omune d['’]|[Cc]ittà d['’]|[Mm]airie d['’]"
_TOWN_HALL = r"[Mm]airie de|[Hh]ôtel de [Vv]ille de"
# The small words inside a town's name: 'Landau in der Pfalz', 'Dvůr Králové nad Labem', 'Nové Město na Moravě'.
_NAME_JOIN = r" in der | am | an der | sur | sous | del | de | di | la | nad | pod | na "
# Polish (and Croatian) words after which a town's name stands in the genitive: 'Urząd Miasta Krakowa', 'Rada Gminy
# Skawina', 'z inicjatywy burmistrza Dzierżoniowa', 'prezydenta miasta Poznania', 'wójta gminy Kłaj'.
_GENITIVE_BEFORE = (
    r"[Mm]iasta|[Gg]miny|[Bb]urmistrza|[Pp]rezydenta(?: [Mm]iasta)?|[Ww]ójta(?: [Gg]miny)?|"
    # Croatian and Serbian: 'Poglavarstvo Grada Rijeke', 'gradonačelnik Grada Zagreba', 'načelnik Općine Vrsar'
    r"[Gg]rada|[Oo]pćine|[Oo]pštine"
)
_TOWN_NAMED = re.compile(
    rf"(?:\b(?:{_TOWN_BEFORE}|{_TOWN_HALL})\s+|\b(?:{_TOWN_ELIDED}))"
    rf"(?P<after>{_NAME_WORD}(?:(?: |{_NAME_JOIN})?{_NAME_WORD}){{0,2}})"
    rf"|(?P<before>{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}?) (?P<word>{_TOWN_AFTER})\b"  # 'Pécs' Megyei Jogú Város
    rf"|(?P<nordic>{_NAME_WORD}(?: (?:och|og|ja) {_NAME_WORD})?) {_NORDIC_AFTER}\b"
    rf"|\b(?:{_GENITIVE_BEFORE})\s+(?P<genitive>{_NAME_WORD}(?: {_NAME_WORD})?)"
)


# A line written all in capitals, as headings and interview titles are: its words are read as names are written.
_CAPITALS = re.compile(r"^(?=.*[A-ZÀ-ÖØ-Þ]{2})[^a-zà-öø-ÿ\n]{2,}$", re.M)


# A French town or département with the département's number in brackets: 'Eure (27)', 'Luzy (58)', 'Bastia (2B)'.
_DEPARTEMENT_NUMBER = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[ -](?:{_NAME_WORD}|et|de|du|la|le|sur|sous)){{0,4}})"
    r" \((?P<number>\d{2,3}|2[AB])\)"
)


def towns_named(texts: list[str]) -> dict[str, list[str]]:
    """The European countries of the towns the texts name as towns, with the names, from the gazetteer."""
    found: dict[str, list[str]] = {}
    for text in texts:
        for match in _DEPARTEMENT_NUMBER.finditer(text):
            words = match.group("name").split(" ")
            tails = (" ".join(words[i:]) for i in range(len(words)))
            name = next((tail for tail in tails if french_place(tail, match.group("number"))), None)
            if name:
                _add_once(found, "FR", name)
        text = _CAPITALS.sub(lambda line: line.group(0).title(), text)  # 'FROM SAULKRASTI MUNICIPALITY'
        for match in _TOWN_NAMED.finditer(_others_cut(text)):  # a partner's town is not the practice's
            if match.group("nordic"):
                _nordic_towns(match.group("nordic"), found)
            elif match.group("genitive"):
                _genitive_town(match.group("genitive"), found)
            elif match["word"] in _BRITISH_COUNCILS:
                _add_once(found, "GB", f"{match['before']} {match['word']}")  # not the Belgian town 'Forest'
            elif (town := _longest_town((match["after"] or match["before"]).split(" "), bool(match["after"]))) and (
                town[1] in _governed(match.group(0))  # 'obec Rankovce' is no town of North Macedonia's
            ):
                _add_once(found, town[1], town[0])
    return found


# Words for a local government that only some countries have, by the countries that have it: a 'gmina' is Polish, an
# 'obec' Czech or Slovak, a 'comune' Italian, Swiss or San Marinese; 'Stadt', 'ville', 'city' name any country's town.
_ONLY_IN = {
    "PL": r"[Gg]min[ay]|[Ww]ójta",
    "CZ SK": r"[Oo]b(?:ec|ce)",
    "CZ SK SI": r"[Mm]est[oa]|[Mm]ěst[oa]",
    "SI": r"[Oo]bčina",
    "IT CH SM": r"[Cc]omune|[Cc]ittà [Mm]etropolitana",
    "ES": r"[Aa]yuntamiento|[Cc]oncello|[Aa]juntament",
    "PT": r"Câmara Municipal|[Mm]unicípio",
    "NL BE": r"[Gg]emeente",
    "RO MD": r"Primăria|[Mm]unicipiul|[Oo]rașul|[Cc]omuna",
    "HR BA RS ME": r"[Oo]pćin[ae]|[Oo]pštin[ae]",
}
_ONLY_IN_WORD = [(set(codes.split()), re.compile(rf"^(?:{words})\b")) for codes, words in _ONLY_IN.items()]


def _governed(named: str) -> set[str]:
    """The countries whose towns the words naming a town can name: those that have its local government's word
    ('Gmina Skawina' names a Polish town, 'obec Rankovce' a Czech or Slovak one, never North Macedonia's village of
    that name), else every country."""
    return next((codes for codes, word in _ONLY_IN_WORD if word.match(named)), set(validate.countries()))


# The councils only British local government has, named after their district or borough, which GeoNames' towns
# often lack: 'New Forest District Council', 'Sefton Metropolitan Borough Council', 'Tendring District Council'.
_BRITISH_COUNCILS = {"District Council", "Borough Council"}


def _longest_town(words: list[str], after: bool) -> tuple[str, str] | None:
    """The longest run of a name's words that is a town, and its country, keeping the words next to the word for a
    town (the first ones when it comes before them): 'Landau in der Pfalz', 'Skawina oraz' is 'Skawina', 'Lulis From
    Saulkrasti Municipality' is 'Saulkrasti'."""
    for size in range(len(words), 0, -1):
        start = 0 if after else len(words) - size
        name = " ".join(words[start : start + size])
        code = country_of_place(name) if name[:1].isupper() else None
        if code:
            return name, code
    return None


def _genitive_town(words: str, found: dict[str, list[str]]) -> None:
    """The country of a town a Polish text names in the genitive ('Krakowa', 'Poznania', 'Warszawy', 'Dzierżoniowa'):
    the name as written, else without its ending; the gazetteer's names are compared without accents, so 'Krakow' is
    'Kraków'. The first word alone is tried after both words ('Dzierżoniowa Dariusza' is the town, then the mayor)."""
    names = words.split(" ")
    for name in [" ".join(names), names[0]] if len(names) > 1 else names:
        for form in (name, name[:-1], name[:-2], name[:-1] + "a"):
            code = country_of_place(form) if len(form) >= 3 else None
            if code:
                _add_once(found, code, name)  # as the page writes it
                return


def _nordic_towns(names: str, found: dict[str, list[str]]) -> None:
    """The countries of one or two towns a Nordic text names before its word for a town ('Kyrkslätts och Vichtis
    kommuners'): each name as written, else without its genitive s ('Kyrkslätts' is 'Kyrkslätt')."""
    for name in re.split(r" (?:och|og|ja) ", names):
        for form in (name, name.removesuffix("s"), name.removesuffix("n")):
            code = country_of_town(form)
            if code:
                _add_once(found, code, form)
                break


# The word for municipalities next to a country's or a region's adjective: 'polskich gmin', 'Tiroler Gemeinden',
# 'communes françaises', 'comuni italiani', 'municipios españoles', 'Dutch municipalities', 'Nederlandse gemeenten'.
_MUNICIPAL = (
    r"(?:gmin[aeyio]?|gminach|gminami|miast[ao]?|miastach|samorząd(?:y|ów|ach|ami)?|communes?|villes?|comuni|"
    r"municipios?|municipalities|councils|gemeenten|[Gg]emeinden?|[Kk]ommunen?|[Ss]tädten?|[Ss]tadt|kommuner|"
    r"municípios|obce|obcí|obcích|města|měst|"
    # Swedish and Danish in capitals (a body's name), Latvian, Lithuanian, Finnish, Estonian, Hungarian: 'Sveriges
    # Kommuner', 'Latvijas pašvaldībām', 'Lietuvos savivaldybių', 'Suomen kuntien', 'Eesti omavalitsused'
    r"Kommuner|pašvaldīb\w*|savivaldyb\w*|kunt(?:ien|ia|iin|a)|kunnat|omavalitsus\w*|önkormányzat\w*)"
)
_MUNICIPAL_WORD = re.compile(rf"(?<![^\W\d_]){_MUNICIPAL}(?![^\W\d_])")
_WORD_BEFORE = re.compile(r"([^\W\d_]{3,}) $")
_WORD_AFTER = re.compile(r" ([^\W\d_]{3,})")


def municipal_demonyms(texts: list[str]) -> dict[str, list[str]]:
    """The countries of the adjectives the texts write beside their word for municipalities, small letters allowed
    ('polskich gmin' is PL), of a German place's '-er' form ('Tiroler Gemeinden', 'Salzburger Gemeinde' is AT), and
    of a country's name in the genitive ('Latvijas pašvaldībām' is LV)."""
    words = layouts.country_words()
    found: dict[str, list[str]] = {}
    for text in texts:
        for match in _MUNICIPAL_WORD.finditer(text):
            before = _WORD_BEFORE.search(text[max(0, match.start() - 80) : match.start()])  # not the whole line again
            after = _WORD_AFTER.match(text[match.end() :])
            for word in [near.group(1) for near in (before, after) if near]:
                hit = _adjective(word, words) or _place_er(word, words) or _country_genitive(word)
                if hit:
                    _add_once(found, hit[0], word)
    return found


def _country_genitive(word: str) -> tuple[str, str] | None:
    """A country's own name in its language's genitive beside the word for municipalities: 'Sveriges Kommuner',
    'Latvijas pašvaldībām', 'obcí Slovenska', 'Suomen kuntien', 'Lietuvos savivaldybių' (the name without its
    ending, or with its nominative's: 'Slovensko', 'Suomi', 'Lietuva')."""
    if len(word) < 5 or not word[:1].isupper():
        return None
    names = country_names(validate.countries())
    for form in (word, word[:-1], word[:-1] + "o", word[:-1] + "a", word[:-2] + "i", word[:-2] + "a"):
        code = names.get(fold(form)) if len(form) >= 4 else None
        if code:
            return code, "genitive"
    return None


def _place_er(word: str, words: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """A region's or city's German '-er' form, capitalised: 'Tiroler' from 'Tirol', 'Salzburger' from 'Salzburg'."""
    if not (word[:1].isupper() and word.endswith("er")):
        return None
    hit = words.get(layouts.plain(word[:-2]))
    return hit if hit and hit[1] in ("region", "city") else None


# A country adjective's plural and case endings over the forms the labels list: 'françaises' is 'française',
# 'polskim' 'polski', 'polskiej' 'polska'.
_ENDINGS = (("s", ""), ("ich", "ie"), ("ych", "e"), ("im", "i"), ("ym", "y"), ("iej", "a"), ("ej", "a"), ("ą", "a"))


def _adjective(word: str, words: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The country of a country's adjective in one of its forms, or None."""
    for end, base in (("", ""), *_ENDINGS):
        if word.endswith(end):
            hit = words.get(layouts.plain(word[: len(word) - len(end)] + base))
            if hit and hit[1] == "adjective":
                return hit
    return None


# The countries whose towns write in a language the page is written in ('de' for a 'Bad Belzig' or 'Kössen').
_SPOKEN = {
    "en": {"GB", "IE", "MT"},
    "de": {"DE", "AT", "CH", "LU", "LI"},
    "fr": {"FR", "BE", "CH", "LU", "MC"},
    "es": {"ES"},
    "it": {"IT", "CH", "SM"},
    "pt": {"PT"},
    "nl": {"NL", "BE"},
    "et": {"EE"},
    "pl": {"PL"},
    "sv": {"SE", "FI"},
    "no": {"NO"},
    "da": {"DK"},
    "no-da": {"NO", "DK"},
    "fi": {"FI"},
    "cs": {"CZ"},
    "sk": {"SK"},
}
# Common words of languages the site's own guess does not know, only those their neighbours do not share (Swedish
# 'och', 'är' against Norwegian and Danish 'og', 'er'; Czech 'se', 'pro' against Slovak 'sa', 'pre'), so that a
# Norwegian page is not taken for a Polish one by its 'i'. Norwegian and Danish share most words: they are told
# apart afterwards, by the few they do not share ('av', 'ble', 'gjennom' against 'af', 'blev', 'gennem').
_MORE_STOPWORDS = {
    "sv": "och är för till inte också från mellan hur vad sina detta andra",
    "no-da": "og i er ikke til ble blev gjennom gennem mellom mellem hva hvad noe noget blitt blevet",
    "fi": "että ei oli ovat mutta kuin myös tai joka jotka sekä ole",
    "cs": "se pro který které jsou také bylo",
    "sk": "sa pre ktorý ktoré sú tiež bolo aj",
}
_FIRST_SENTENCE = re.compile(r"^.*?[.!?](?=\s|$)|^.+$", re.S)


def page_language(text: str) -> str | None:
    """The language whose common words the text uses most, if it clearly does, among the site's guesses and the
    Nordic, Finnish, Czech and Slovak words above."""
    from generator.normalise import _STOPWORDS

    words = re.findall(r"[^\W\d_]+", text.casefold())
    common = {code: set(stopwords.split()) for code, stopwords in {**_STOPWORDS, **_MORE_STOPWORDS}.items()}
    ranked = sorted(((sum(w in common[code] for w in words), code) for code in common), reverse=True)
    (most, best), (second, _) = ranked[0], ranked[1]
    if most < 5 or most < 2 * second:
        return None
    return _norwegian_or_danish(words) if best == "no-da" else best


_NORWEGIAN_DANISH = {
    "no": {"av", "ble", "gjennom", "mellom", "hva", "noe", "blitt", "etter"},
    "da": {"af", "blev", "gennem", "mellem", "hvad", "noget", "blevet", "efter"},
}


def _norwegian_or_danish(words: list[str]) -> str:
    """'no' or 'da' by the words the two do not share, when one clearly has more; else both ('no-da')."""
    norwegian, danish = (sum(w in _NORWEGIAN_DANISH[code] for w in words) for code in ("no", "da"))
    if norwegian > 2 * danish:
        return "no"
    return "da" if danish > 2 * norwegian else "no-da"


def towns_by_name(title: str, opening: str, text: str) -> dict[str, list[str]]:
    """The European countries of the towns (or UK and Irish counties) the title or the opening sentence names by
    their name alone, or the text after a word for 'in' or 'of', from the gazetteer, kept only where the page's
    language is spoken and the page names the town again. The opening sentence's first word (often a capitalised
    common word), a word inside a longer name, a month's name and a noun after its article never count."""
    spoken = _SPOKEN.get(page_language(text) or "", set())
    first = _FIRST_SENTENCE.match(opening.strip())
    named = [(m, place) for place in (f" {title}", first.group(0) if first else "") for m in _ALONE.finditer(place)]
    own = _others_cut(text)  # where people met, or who took part, is not the practice's place
    named += [(m, own) for m in _AT_PLACE.finditer(own)]
    found: dict[str, list[str]] = {}
    for match, place in named:
        name = match.group("name")
        if _IN_LONGER_NAME.match(place[match.end() :]) or _IN_LONGER_NAME_BEFORE.search(place[: match.start()]):
            continue  # 'Verso la Piazza del Sapere', 'Prix Territoriaux': a part of a longer name
        if fold(name) in _CALENDAR or _after_article(place, match.start(), name):
            continue  # 'March', 'die Lage': a month, a noun after its article
        code = country_of_place(name)
        again = len(re.findall(rf"\b{re.escape(name)}\b", text)) >= 2
        if code in spoken and again and not _common_word(name, text):
            _add_once(found, str(code), name)
    return found


# Where a sentence or a heading starts, so that any word is written with a capital: a line's start, a stop, a colon.
_STARTS_HERE = re.compile(r"(?:^|[.!?:…]\s*|[\n\r]\s*)$")


def _common_word(name: str, text: str) -> bool:
    """True when the text writes the name in small letters too and with its capital only where any word has one: 'Wie'
    after a colon and at a heading's start ('Über Grenzen hinweg: Wie …', 'Wie funktionieren …?'), 'wie' elsewhere,
    is German 'how', not the town. A town named only at sentences' starts ('Jihlava se rozhodla …') still counts."""
    if not re.search(rf"\b{re.escape(name.lower())}\b", text):
        return False
    return all(
        _STARTS_HERE.search(text[max(0, match.start() - 12) : match.start()])
        for match in re.finditer(rf"\b{re.escape(name)}\b", text)
    )


# A name alone after a space, a bracket or a quote; a name after a small word for 'in', 'at', 'of' or 'from' in the
# site languages and nl, pt ('habite à Colombes', 'in Dorset', 'die Altstadt von Bad Belzig', 'vive en Getafe').
_ALONE = re.compile(rf"(?<=[\s(„\"'«])(?P<name>{_PLACE_NAME.pattern})")
_AT_PLACE = re.compile(
    rf"(?<![^\W\d_])(?:in|at|à|en|von|aus|bei|nach|di|da|a|nel|w|we|z|ze|te|uit|em|no|na)\s+(?P<name>{_PLACE_NAME.pattern})"
)


# The small words inside a longer name, between its capitalised words ('Piazza del Sapere', 'Verso la Piazza').
_LINK = r"(?:de|del|della|di|da|la|le|les|du|des|der|die|das|von|vom|of|the|van|dos|do)"
_IN_LONGER_NAME = re.compile(rf"\s+{_LINK}\s+[A-ZÀ-ÖØ-Þ]")
_IN_LONGER_NAME_BEFORE = re.compile(rf"[A-ZÀ-ÖØ-Þ][^\W\d_]*\s+{_LINK}\s+$")


# A national government the page names as the practice's: 'the UK Government', 'the French government'.
_GOVERNMENT = re.compile(
    r"\b[Tt]he ([A-ZÀ-ÖØ-Þ][\w.’'-]*(?: [A-ZÀ-ÖØ-Þ][\w’'-]*){0,2}?)(?:['’]s)? "
    r"(?i:(?:national |federal |central )?(?:government|ministry|parliament))\b"
)
# A place with its country in brackets, as a sentence writes it: 'Les 7 Vents in Normandy (France)'.
_PLACE_IN_BRACKETS = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w’'-]+(?: [A-ZÀ-ÖØ-Þ][\w’'-]+){0,3} \(([^()]{2,30})\)")


# A news headline's country in brackets at its end, after a small word: '… a reduction of over one million car trips
# (UK)', '… des pistes cyclables (France)'.
_COUNTRY_LAST = re.compile(r"^(.*?(?<!\S)[a-zà-öø-ÿ][\w'’-]*) \(([^()]{2,30})\)\s*$", re.M)


# A place's two-letter country code after it: 'Riga (LV)'.
_CODE_AFTER = re.compile(r"\([A-Z]{2}\)$")
_ANY_CODE = re.compile(r"\([A-Z]{2}\)")


def partner_list(line: str) -> list[str]:
    """The items of a line listing places with their country codes ('Riga (LV), Siracusa (IT), …'); else []."""
    if len(line) > 3000 or not _ANY_CODE.search(line):  # the split below looks ahead to the next bracket at each comma
        return []
    parts = [part.strip() for part in re.split(r",\s*(?![^()]*\))", line.strip(" .;"))]
    if len(parts) < 2 or not all(_CODE_AFTER.search(part) and read_place(part)[1] for part in parts):
        return []
    return parts


# Where a flattened table runs its cells together: a small letter before a capital, a letter before a figure.
_CELL_JOIN = re.compile(r"(?<=[a-zà-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")


def glued_countries(text: str) -> set[str]:
    """The countries a flattened table's cell names run into its neighbours: 'Città Metropolitana di VeneziaItaly40'.

    Only a country's full name (in a language Babel knows, four letters or more) counts, never a
    two-letter code: 'CO2' and 'EU2020' name no country. Names are compared folded, as the table keeps them, so an
    accented one counts ('Ayuntamiento de MadridEspaña40').
    """
    names = country_names(validate.countries())
    found = set()
    for word in text.split():
        pieces = [p for p in _CELL_JOIN.split(word.strip(".,;:()")) if p]
        if len(pieces) < 2:
            continue
        for piece in pieces:
            code = names.get(fold(piece)) if len(piece) >= 4 and piece[:1].isupper() else None
            if code:
                found.add(code)
    return found


def _spelled(name: str, brackets: str) -> bool:
    """True when two letters in brackets are the initials of the two words before them, in any case."""
    words = name.split()[-2:]
    return len(brackets) == 2 == len(words) and "".join(word[0] for word in words).casefold() == brackets.casefold()


def _abbreviation(name: str, brackets: str) -> bool:
    """True when the letters in brackets spell the name before them short, not its country: 'ICT (IT)' is an
    acronym, 'Tuindorp Oostzaan (TO)' and 'Ground for Wellbeing (GfW)' give their initials."""
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    return len(brackets) == 2 and (name.isupper() or initials.casefold().endswith(brackets.casefold()))


def national_countries(text: str) -> set[str]:
    """The countries a text names by their government ('the UK Government'), after a place in brackets, or
    run into a flattened table's next cell."""
    found = glued_countries(text)
    for match in _GOVERNMENT.finditer(text):
        name = match.group(1)
        known = layouts.country_words().get(layouts.plain(name))
        code = country_code(name, validate.countries()) or (known[0] if known and known[1] == "adjective" else None)
        if code:
            found.add(code)
    for match in _COUNTRY_LAST.finditer(text):
        if _spelled(match.group(1), match.group(2)):
            continue  # 'information technology (IT)' is no country
        if code := country_code(match.group(2), validate.countries()):
            found.add(code)
    for match in _PLACE_IN_BRACKETS.finditer(text):
        if _abbreviation(match.group(0).partition(" (")[0], match.group(1)):
            continue
        if code := country_code(match.group(1), validate.countries()):
            found.add(code)
    return found


# A table row's place label run together with its value by a space, as a flattened table gives it: 'Location/
# Nationality of lead organisation United States of America', 'Country Italy', 'Land Österreich', 'Pays France'.
_LABEL_ROW = re.compile(
    r"(?i)^\s*(?:location|country|nationality|land|pays|país|paese|nazione|kraj|lokalizacja|standort|ubicación|"
    r"localisation|localizzazione)\b(?P<rest>[^.;:!?]{2,80})$"
)


def labelled_country(line: str) -> str | None:
    """The country a place row names at its end after its label ('Country Italy'), or None."""
    row = _LABEL_ROW.match(line)
    if not row or len(line.split()) > 12:
        return None
    words = row.group("rest").split()
    for size in range(min(4, len(words)), 0, -1):
        tail = " ".join(words[-size:])
        found = countries_by_name(tail)
        if len(found) == 1:
            return found.pop()
    return None


# A postal address block's lines, by the country whose post writes them so. Each country needs its town line (the
# postal code's form) and, where that form is shared, a street or box line of its language within three lines.
_POSTAL = {
    "FR": (
        rf"\d{{5}} {_POST_TOWN}(?: (?i:cedex)(?: \d+)?)?",
        r"(?i:(?:b\.?p\.?|cs|tsa)\s?\d+|\d+(?: ?(?:bis|ter))?,? "
        r"(?:rue|place|avenue|av\.|boulevard|bd|allée|chemin|impasse|quai|cours|route) .+)",
    ),
    "DE": (
        rf"(?:D-)?\d{{5}} {_POST_TOWN}",
        r"(?i:postfach \d+|.{2,40}(?:straße|strasse|str\.|weg|platz|allee|gasse|ring) \d+\w?)",
    ),
    "ES": (rf"\d{{5}} {_POST_TOWN}", r"(?i:(?:c/|calle|avda\.|avenida|plaza|pza\.|paseo|ctra\.) .+)"),
    "IT": (rf"(?:I-)?\d{{5}} {_POST_TOWN}(?: \(?[A-Z]{{2}}\)?)?", r"(?i:(?:via|viale|piazza|p\.zza|corso|largo) .+)"),
    "PL": (rf"\d{{2}}-\d{{3}} {_POST_TOWN}", r"(?i:(?:ul\.|al\.|pl\.|ulica|aleja|plac) .+)"),
    "NL": (rf"\d{{4}} ?[A-Z]{{2}} {_POST_TOWN}", r".+"),
}


def address_country(lines: list[str]) -> tuple[str, str] | None:
    """The country a postal address block's lines are written for, and its town line: '12035 Rodez' under
    'Bp 53531' is French, '00-950 Warszawa' under 'ul. …' Polish; None when no block, or blocks of two countries."""
    found: dict[str, str] = {}
    for i, line in enumerate(lines):
        near = [text.strip() for text in lines[max(0, i - 3) : i]]
        for code, (town, street) in _POSTAL.items():
            if re.fullmatch(town, line.strip()) and any(re.fullmatch(street, text) for text in near):
                found.setdefault(code, line.strip())
    if not found:
        found = _postal_towns(lines)
    if len(found) != 1:
        return None
    return next(iter(found.items()))


# A postal code and its town on one line, with the code's form, which the gazetteer's country for the town must use:
# '1010 Wien' (four figures: Austria), '00100 Helsinki' (five), '111 22 Stockholm', '1100-148 Lisboa', 'L-1855
# Luxembourg', '400001 Cluj-Napoca' (six: Romania). Without a street line near it, the town must be one country's alone.
_POSTAL_LINE = re.compile(
    rf"(?:[A-Z]{{1,2}}-)?(?P<code>\d{{3}} \d{{2}}|\d{{4}}-\d{{3}}|\d{{4,6}})\s+(?P<town>{_POST_TOWN})"
)
# A street or box line of an address in any language, above its town line: a name and a house number ('Hinterstadt
# 11', 'Praça da República, 47', 'Box 800', 'PL 100'), or the number first ('1, place Adrien Rozier', '120 Park Ave').
_STREET_LINE = re.compile(r"[^\W\d_][^\d]{1,50}?,?\s\d{1,5}[a-zA-Z]?|\d{1,4}[a-zA-Z]?,?\s[^\W\d_][^\d]{2,50}")
_POSTAL_FORM = {
    **dict.fromkeys(("AT", "BE", "CH", "DK", "NO", "HU", "SI", "LU", "BG", "CY"), r"\d{4}"),
    **dict.fromkeys(("DE", "FR", "ES", "IT", "FI", "EE", "HR", "LT"), r"\d{5}"),
    **dict.fromkeys(("SE", "CZ", "SK", "GR"), r"\d{3} \d{2}|\d{5}"),
    "PT": r"\d{4}-\d{3}",
    "RO": r"\d{6}",
}


def _postal_towns(lines: list[str]) -> dict[str, str]:
    """The countries of the postal town lines whose town the gazetteer knows in one country, in that country's form
    of postal code: '1010 Wien' is Austrian; '2019 Paris' (France's codes have five figures) and a code that reads as
    a year are none."""
    found: dict[str, str] = {}
    for i, line in enumerate(lines):
        match = _POSTAL_LINE.fullmatch(line.strip())
        if not match or re.fullmatch(r"19\d\d|20\d\d", match.group("code")):
            continue  # '2019 Brussels' is a year and a place, not Belgium's code 2019
        if not any(_STREET_LINE.fullmatch(text.strip()) for text in lines[max(0, i - 3) : i]):
            continue  # a town line alone ('Results' over '12035 Rodez') is no address
        code = country_of_town(match.group("town"))
        if code and re.fullmatch(_POSTAL_FORM.get(code, r"$^"), match.group("code")):
            found.setdefault(code, line.strip())
    return found


# A line that is only a town's body, as a site's name, logo text or footer gives it: 'Holbæk kommune', 'Gemeente
# Ede', '© 2019 Ayuntamiento de Cuenca', 'Stadt Leipzig – Amt für Umweltschutz', 'Helsingin kaupunki, 0201256-6'.
_SIGNED = re.compile(rf"(?:©\s*(?:\d{{4}}\s*)?)?(?:{_TOWN_NAMED.pattern})(?:\s*[-–|,]\s*[^.!?]{{0,60}})?")


def _many_of(match: re.Match[str]) -> bool:
    """True when one name stands before a plural word for municipalities: 'Landets kommuner' (Danish, 'the country's
    municipalities'), 'Skånes kommuner' name a country's or a region's many, not a municipality; two names joined by a
    word for 'and' ('Kyrkslätts och Vichtis kommuner') are two municipalities."""
    plural = re.search(r"(?:kommuner|kommunar)$", match.group(0))
    return bool(plural) and not re.search(r" (?:och|og|ja) ", match["nordic"])


class PlaceFields(Bookkeeping):
    """Placers of the draft builder for place sections; bookkeeping comes from Bookkeeping."""

    def country_from_address(self, lines: list[str]) -> None:
        """When nothing else gave the country, the one a postal address block on the page is written for."""
        if "country" in self.record.get("location", {}):
            return
        found = address_country([line for line in lines if line.strip()])
        if found:
            code, town = found
            self.set(("location", "country"), code)
            self.report.guessed.append(f"location/country: {code}, from the postal address line {town!r}; check it")
            return
        self.country_from_site_town(lines)
        self.country_from_prominence(lines)

    def country_from_site_town(self, lines: list[str]) -> None:
        """When nothing else gave the country, the one of the town the page's furniture names as a town, in the
        lines the importer took as furniture or a line that is only a town's body at the page's top or foot: a city's
        or a municipality's own site signs its pages so ('© 2019 Ayuntamiento de Cuenca', 'Gemeente Ede', 'Holbæk
        kommune'), and a practice on its site is its own. A body named in the middle of the page may be a network's
        lead partner. Towns of two countries give none."""
        texts = [line.strip() for line in lines if line.strip()]
        edges = [line for line in texts[:3] + texts[-5:] if _SIGNED.fullmatch(line)]  # the site's name, its footer
        found = towns_named([*self.report.boilerplate, *edges])
        if len(found) == 1:
            ((code, names),) = found.items()
            self.set(("location", "country"), code)
            self.report.guessed.append(
                f"location/country: {code}, from the town {names[0]!r} the page's furniture names (the site's own "
                "town), found in the GeoNames gazetteer; check it"
            )

    def country_from_prominence(self, lines: list[str]) -> None:
        """When nothing else gave the country, the country of the town the page names most prominently (its title,
        its headings, its first paragraph, an address, how often), as a guess from the town; when no town clearly
        leads, none, and the report names the candidates."""
        if "country" in self.record.get("location", {}):
            return
        title = str(self.record.get("title", ""))
        title = "" if title.startswith("TODO") else " ".join(title.split())
        texts = [" ".join(line.split()) for line in lines if line.strip()]
        furniture = set(self.report.boilerplate)
        opening = next((t for t in texts if len(t.split()) >= 12 and t not in furniture and t != title), "")
        ranked = prominent_towns(texts, title, opening)
        town = practice_town(ranked, partner_column(texts))
        if town:
            weight, name, code, places = town
            where = ", ".join(dict.fromkeys(places))
            self.set(("location", "country"), code)
            self.report.guessed.append(
                f"location/country: {code}, a guess from the town {name!r}, which the page names most prominently "
                f"({where}; {tally(len(places), 'mention')}), found in the GeoNames "
                "gazetteer; check it"
            )
        elif len({code for _, _, code, _ in ranked}) >= 2:
            named = ", ".join(f"{name!r} ({code})" for _, name, code, _ in ranked[:4])
            self.report.notes.append(
                f"location/country: no town the page names clearly leads ({named}); none was taken"
            )

    def location(self, section: Section) -> None:
        lines = [_PLACE_LABEL.sub("", line) for line in _texts(section.lines)]
        parts = [p.strip() for line in lines for p in line.split(",") if p.strip()]
        rest = []
        for part in parts:
            name, code = read_place(part)
            if code:
                self.place_country(code, section.heading, part)
                if name:
                    rest.append(name)
            else:
                rest.append(part)
        known = layouts.country_words().get(layouts.plain(rest[0])) if rest else None
        one = ("city",) if known and known[1] == "city" else ("region",)  # 'Poznan' is a city, 'Emilia' a region
        names = one if len(rest) == 1 else ("city", "region")
        for name, part in zip(names, rest, strict=False):
            if self.put(("location", name), part, section.heading, part):
                self.report.guessed.append(f"location/{name}: took {part!r} as the {name}")
        self.unplaced(section.heading, rest[len(names) :], "more place names than city and region")

    def place_country(self, code: str, where: str, text: str) -> bool:
        """Set the country from a place line, once; a second country line is kept aside."""
        if self.record.get("location", {}).get("country") == code:
            self.found("location/country", text, f"{code} (again)")
            return True
        if self.put(("location", "country"), code, where, text):
            self.found("location/country", text, code)
            return True
        return False

    def place_line(self, line: str, where: str) -> bool:
        """Place a line that names a country ('Naples / Italy', 'Eesti'); False when it names none."""
        name, code = read_place(line)
        if not code:
            return False
        if not self.place_country(code, where, line):
            return True
        if name and _SLASH.fullmatch(" ".join(line.split())) and "city" not in self.record.get("location", {}):
            self.set(("location", "city"), name)
            self.found("location/city", line, name)
        return True

    def place(self, section: Section, name: str) -> None:
        """A region or city field. A form whose next labels the reader did not know runs on under a short
        value ('Bundesland' 'Hessen' 'Einreichende Dienststelle' …): the first line is the place, the rest
        stays text under the field's label."""
        texts = [line for line in section.lines if line]
        if len(texts) > 1 and len(texts[0].split()) <= 4 and not re.search(r"[.!?]$", texts[0]):
            self.put(("location", name), texts[0], section.heading, texts[0])
            self.extra.append((section.heading, _markdown(texts[1:])))
            return
        text = _line(section.lines)
        if text:
            self.put(("location", name), text, section.heading, text)

    def region(self, section: Section) -> None:
        self.place(section, "region")

    def city(self, section: Section) -> None:
        self.place(section, "city")

    def country(self, section: Section) -> None:
        text = _line(section.lines)
        _, code = read_place(text)
        if not (code and self.place_country(code, section.heading, text)):
            self.unplaced(section.heading, section.lines, f"{text!r} is not a country name the importer knows")

    def head_city(self, rest: list[str], page: str) -> list[str]:
        """The head's lines without a line that is only a place's name the page names as a town, taken as the city.

        Pages put the city on a line of its own by the title ('Tartu', 'Heidelberg'); the line is the
        city only if the gazetteer knows the name and the page also calls it one on one line ('Tartu City
        Government', 'City of Heidelberg', '... in Tartu' in the title): a label under a line ending in a town
        word ('Holbæk kommune' over 'Kundekontakt') is none. Other one-word lines stay where they are.
        """
        if "city" in self.record.get("location", {}):
            return rest
        title = self.record.get("title", "")
        tried: set[str] = set()  # each name is looked for over the whole page once, however often the head repeats it
        for i, line in enumerate(rest):
            if line in tried or not _PLACE_NAME.fullmatch(line):
                continue
            tried.add(line)
            if not read_place(line)[1] and known_town(line) and names_a_town(line, page, title):
                self.set(("location", "city"), line)
                self.report.guessed.append(f"location/city: took the line {line!r}, which the page names as a town")
                return rest[:i] + rest[i + 1 :]
        return rest

    def country_from_codes(self, description: list[str]) -> None:
        """When nothing else gave the country, the code a record's header or a location sentence gives, as a guess.

        A data portal's record header ends with the country's code ('KOHESIO · Q7373599 · PL'), and its
        text says where the project is in the same code ('The project is located in PL.', 'Le projet est
        situé en FR', 'Das Projekt befindet sich in AT'). Only codes in capitals count; two codes give none.
        """
        if "country" in self.record.get("location", {}):
            return
        found: dict[str, str] = {}
        for line in [*self.report.boilerplate, *description]:
            for match in (_HEADER_CODE.fullmatch(line.strip()), *_LOCATED_CODE.finditer(line)):
                if match and match.group("code") in validate.countries():
                    found.setdefault(match.group("code"), match.group(0).strip())
        if len(found) == 1:
            ((code, said),) = found.items()
            self.set(("location", "country"), code)
            self.report.guessed.append(f"location/country: {code}, from {said!r}; check it")

    def country_from_label_lines(self) -> None:
        """When no place line named the country, the one a flattened table's place row names after its label, run
        together by a space ('Location/Nationality of lead organisation United States of America', 'Country Italy')."""
        if "country" in self.record.get("location", {}):
            return
        texts = [self.record.get("summary", ""), *self.intro, *self.described]
        texts += [line for _, text in [*self.extra, *self.comments] for line in text.splitlines()]
        found = {code: line.strip() for line in texts for code in [labelled_country(line)] if code}
        if len(found) == 1:
            ((code, line),) = found.items()
            self.set(("location", "country"), code)
            self.found("location/country", line, code)

    def country_from_prose(self) -> None:
        """When no place line named the country, the one country the summary names, as a guess."""
        self.country_from_label_lines()
        location = self.record.get("location", {})
        summary = self.record.get("summary", "").removeprefix(CUT_TEASER)
        if "country" in location or not summary:
            return
        code = country_mentioned("\n".join(own_words([summary])))
        if code:
            self.set(("location", "country"), code)
            self.report.guessed.append(f"location/country: {code}, the only country the summary names")

    def country_from_signals(self, description: list[str]) -> None:
        """When no place line named the country, the one a national government, a bracket or a table cell names.

        'the UK Government's largest programme' gives GB, 'Les 7 Vents in Normandy (France)' FR. They
        are read in the title, the summary and the practice's text; two countries named so give none.
        """
        if "country" in self.record.get("location", {}):
            return
        texts = [str(self.record.get(k, "")).removeprefix(CUT_TEASER) for k in ("title", "summary")]
        found = national_countries("\n".join(own_words([t for t in texts if not t.startswith("TODO")] + description)))
        if len(found) == 1:
            code = found.pop()
            self.set(("location", "country"), code)
            self.report.guessed.append(
                f"location/country: {code}, the only country the text names by its government, in brackets or in "
                "a table cell"
            )

    def country_from_partners(self, description: list[str]) -> None:
        """When nothing else gave the country, the first place of a partner list written 'City (CC), City (CC), …'.

        Partnership lists (URBACT, Interreg) put the lead partner first: 'Riga (LV), Siracusa (IT),
        Espoo (FI)' gives LV, as a guess. Every item must end with a two-letter country code.
        """
        if "country" in self.record.get("location", {}):
            return
        for line in description:
            parts = partner_list(line)
            if parts:
                code = str(read_place(parts[0])[1])
                self.set(("location", "country"), code)
                self.report.guessed.append(
                    f"location/country: {code}, from {parts[0]!r}, the first of the partners the page lists; check it"
                )
                return

    def country_from_names(self, description: list[str]) -> None:
        """When the page names no country at all, the one country its cities or adjectives point to, as a guess.

        'Vienna’s sustainable procurement programme' gives AT, 'a Chilean commune' CL. Only the
        practice's own text is read: the city, the title, the leading body's name, the summary and the
        description (the page's labelled description when it has one, else the head's lines). Two
        countries named there give none; a text naming places in three countries or more is a network's,
        and its leading body's city does not decide.
        """
        location = self.record.get("location", {})
        if "country" in location:
            return
        texts = [str(self.record.get(k, "")).removeprefix(CUT_TEASER) for k in ("title", "summary")]
        texts = own_words([text for text in texts if not text.startswith("TODO")])
        description = own_words(description)
        # the city the page names as the practice's, then its title, then the body that led it ('Lead Partner:
        # Municipality of Breda') speak for the practice before its text
        institution = str(self.record.get("institution", {}).get("name", ""))
        institution = "" if institution.startswith("TODO") else institution
        if len(countries_named([*texts, *self.intro, *self.described])) >= 3:
            institution = ""  # a network's partners in many countries: its lead partner's city is not its place
        named = countries_by_name("\n".join([*texts, *description]))
        if len(named) >= 2:  # 'pilots in south-east Spain … In Italy, …': no city decides between them
            self.report.notes.append(
                f"location/country: the text names {len(named)} countries ({', '.join(sorted(named))}); none was taken"
            )
            return
        # the region a field or the head names ('Bundesland' 'Hessen'; 'Mettingen, Esslingen am Neckar,
        # Baden-Württemberg'), like the city, speaks for the practice
        region = [str(location.get("region", ""))] + [line for line in self.intro if _place_like(line)]
        for first in ([str(location.get("city", ""))], region, texts[:1], [institution]):
            found = countries_named(first)
            if len(found) == 1:
                break
        else:
            found = countries_named(texts + description)
        if not found:
            self.country_from_towns([*texts, institution, *description])
            self.country_named_alone(named)
            return
        if len(found) > 1 and len(named) == 1 and named <= found.keys():
            # 'Bydgoszcz, the eighth largest city in Poland … Ljubljana's network … caught its interest': the one
            # country the text names by name, with a city of its own, decides over the cities of others it learns from
            found = {code: words for code, words in found.items() if code in named}
        if len(found) != 1:
            return
        ((code, words),) = found.items()
        self.set(("location", "country"), code)
        said = ", ".join(f"{kind} {word!r}" for word, kind in words)
        why = "the text also names the country by name" if code in named else "the page names no country"
        self.report.guessed.append(f"location/country: {code}, from the {said} ({why}); check it")

    def country_named_alone(self, named: set[str]) -> None:
        """When no city, adjective or town gave the country, the one country the practice's text names by its name
        ('Portal for young people in Slovenia', 'dans le sud-ouest de l’Allemagne'), as a guess."""
        if len(named) != 1 or "country" in self.record.get("location", {}):
            return
        code = next(iter(named))
        self.set(("location", "country"), code)
        self.report.guessed.append(f"location/country: {code}, the only country the practice's text names")

    def country_from_towns(self, texts: list[str]) -> None:
        """The one European country of the towns the practice's text names as towns ('Gmina Skawina', 'Saulkrasti
        Municipality', 'Comune di Formigine'), from the GeoNames gazetteer, as a guess; towns of two countries give
        none."""
        found = towns_named(texts)
        if len(found) == 1:
            ((code, names),) = found.items()
            towns = ", ".join(repr(name) for name in names)
            british = all(name.endswith(tuple(_BRITISH_COUNCILS)) for name in names)
            how = "a council only British local government has" if british else "found in the GeoNames gazetteer"
            self.set(("location", "country"), code)
            self.report.guessed.append(
                f"location/country: {code}, from the town {towns} the text names, {how}; check it"
            )
            return
        if not found:
            self.country_from_municipalities(texts)

    def country_from_municipalities(self, texts: list[str]) -> None:
        """The one country of the adjectives beside the text's word for municipalities ('polskich gmin', 'Tiroler
        Gemeinden'), else of the towns its title or opening sentence names alone in the page's language, as a
        guess."""
        found = municipal_demonyms(texts)
        if len(found) == 1:
            ((code, words),) = found.items()
            self.set(("location", "country"), code)
            said = ", ".join(repr(word) for word in words)
            self.report.guessed.append(
                f"location/country: {code}, from {said} beside a word for municipalities; check it"
            )
            return
        if found:
            return
        title = str(self.record.get("title", ""))
        title = "" if title.startswith("TODO") else title
        opening = next((text for text in texts if text.strip() and text != title), "")
        text = "\n".join([title, *texts])
        found = towns_by_name(title, opening, text)
        if len(found) == 1:
            ((code, names),) = found.items()
            self.set(("location", "country"), code)
            towns = ", ".join(repr(name) for name in names)
            self.report.guessed.append(
                f"location/country: {code}, from the town {towns} the title or the opening sentence names, found in "
                "the GeoNames gazetteer in a country of the page's language; check it"
            )
            return
        if not found:
            self.country_from_municipality_word(texts, text)

    def country_from_municipality_word(self, texts: list[str], text: str) -> None:
        """The country of a municipality the gazetteer does not hold, named before a Nordic word for one ('Færder
        kommune', 'Sysmän kunta'), on a page in a language spoken in that one country, as a guess."""
        language = page_language(text)
        code = {"no": "NO", "da": "DK", "fi": "FI"}.get(language or "")
        names = [m["nordic"] for t in texts for m in _TOWN_NAMED.finditer(t) if m["nordic"] and not _many_of(m)]
        if code and names:
            self.set(("location", "country"), code)
            self.report.guessed.append(
                f"location/country: {code}, from the municipality {names[0]!r} the text names, not in the "
                f"gazetteer, on a page in {language}; check it"
            )


# --- The practice's place by prominence: every town the page names, weighed by where it stands ---

# A word of a name: letters, with inner apostrophes and hyphens ('Saint-Étienne', 'L'Aquila').
_NAME_WORD_ANY = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Words beside a town's name that make it the town's administration, not another body's name ('City of Treviso',
# 'Treviso Municipality', 'Община Троян', 'Comune di Treviso').
_ADMINISTRATION_WORDS = (
    "City Town Municipality Municipal Council County Borough District Commune Metropolitan Greater Region Hall "
    "Government Mayor Gemeinde Stadt Landeshauptstadt Marktgemeinde Gmina Miasto Comune Città Ayuntamiento "
    "Ajuntament Concello Municipio Município Mairie Ville Gemeente Stad Kommune Kommun Община Град Obec Mesto "
    "Město Primăria Municipiul Općina Grad Kaupunki Kunta Linn Vald Savivaldybė Pašvaldība Dimos Δήμος"
)
_ADMINISTRATION = frozenset(fold(word) for word in _ADMINISTRATION_WORDS.split())
# Months and weekdays written with a capital in English and German prose: names of towns too ('March', 'Mai').
_CALENDAR_WORDS = (
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday Januar Februar März Mai Juni Juli Oktober Dezember Montag "
    "Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"
)
_CALENDAR = frozenset(fold(word) for word in _CALENDAR_WORDS.split())
# The least population of a town whose name is also a word of the page ('Most', 'Split', 'Bath', 'Nice').
_WORD_TOWN_LEAST = 100_000
# The least population of a town named on a page in another country's language; on an English page, 50,000.
_TOWN_ABROAD_LEAST = 100_000
_FOREIGN_TOWN_LEAST = 50_000
# Where a mention stands, and what it weighs there.
_WEIGHT = {"title": 4, "heading": 2, "first paragraph": 2, "address": 2, "text": 1}


def _common_words() -> frozenset[str]:
    """The short common words of every language the importer knows ('In', 'The', 'La', 'Na'), which a sentence's
    start writes with a capital before a town's name."""
    from generator.normalise import _STOPWORDS

    return frozenset(w for words in [*_STOPWORDS.values(), *_MORE_STOPWORDS.values()] for w in words.split())


def _runs(line: str) -> list[list[re.Match[str]]]:
    """The line's runs of capitalised words joined by single spaces ('Comune di' ends one, a comma another)."""
    runs: list[list[re.Match[str]]] = []
    for match in _NAME_WORD_ANY.finditer(line):
        if not match.group(0)[:1].isupper():
            continue
        if runs and line[runs[-1][-1].end() : match.start()] == " ":
            runs[-1].append(match)
        else:
            runs.append([match])
    return runs


def _town_in_run(run: list[re.Match[str]]) -> tuple[int, int] | None:
    """Where in a run of capitalised words a town's name stands (its first and last word's index), when the run's
    other words are only words for its administration or small words a sentence starts with ('In Treviso', 'City of'
    is two runs); None when the name is a part of a longer one ('Maria Nice', 'Mobile Phone', 'Barcelona Activa')."""
    words = [fold(match.group(0)) for match in run]
    for size in (3, 2, 1):
        for first in range(len(run) - size + 1):
            name = " ".join(match.group(0) for match in run[first : first + size])
            if name.isupper() or any(word[1:2].isupper() for word in name.split()) or not town_by_name(name):
                continue
            others = words[:first] + words[first + size :]
            small = _common_words()
            if all(w in _ADMINISTRATION or (w in small and i < first) for i, w in enumerate(others)):
                return first, first + size - 1
            return None
    return None


def _at_sentence_start(line: str, start: int) -> bool:
    """True when a word at this place of the line stands where any word has a capital: the line's start, after a
    stop, a colon or a bullet."""
    before = line[max(0, start - 40) : start]  # a stop just before; the line's start only when it is near
    return bool(
        re.fullmatch(r".*[.!?:…]\s*[\W\d]*", before, re.S) or (start <= 40 and re.fullmatch(r"[\s\W\d]*", before))
    )


def _where(line: str, title: str, opening: str) -> str:
    """The part of the page a line is: the title, a heading, the first paragraph, an address line or the text."""
    squeezed_line = " ".join(line.split())
    if title and squeezed_line == title:
        return "title"
    if squeezed_line == opening:
        return "first paragraph"
    if len(squeezed_line) <= 120 and _POSTAL_LINE.search(squeezed_line):
        return "address"
    if len(squeezed_line.split()) <= 10 and not re.search(r"[.!?;,]$|,", squeezed_line):
        return "heading"  # a caption names a person first: 'Peter Marland, président du conseil municipal de …
    return "text"


def town_mentions(
    lines: list[str], title: str, opening: str, language: str | None = None
) -> list[tuple[str, str, bool]]:
    """Every mention of a town the gazetteer knows, as (its name, where it stands, at a sentence's start?), in the
    page's own words: where people met, who else took part and the example followed are left out (`_others_cut`)."""
    found = []
    for line in [title] * bool(title and title not in [" ".join(text.split()) for text in lines]) + lines:
        where = _where(line, title, opening)
        own = _PASSING.sub(" ", _others_cut(line))
        named = []
        for run in _runs(own):
            span = _town_in_run(run)
            if not span or _in_longer_name(own, run):
                continue
            name = own[run[span[0]].start() : run[span[1]].end()]
            noun = (
                language == "de"
                and len(run) == 1
                and _GERMAN_NOUN.search(own[max(0, run[0].start() - 40) : run[0].start()])
            )
            if not noun and not _after_article(own, run[span[0]].start(), name) and not read_place(name)[1]:
                administered = fold(run[span[0]].group(0)) in _ADMINISTRATION or len(run) > span[1] - span[0] + 1
                start = _at_sentence_start(own, run[0].start()) and not administered
                named.append((name, where, start, run[0].start(), run[-1].end()))
        listed = _listed(own, [(first, last) for *_, first, last in named])
        found += [(name, where, start) for (name, where, start, *_), alone in zip(named, listed, strict=True) if alone]
    return found


# What stands between two towns of a list: a comma, a semicolon or a word for 'and', after a country in brackets or
# after a dash ('Danzig (Polen), Málaga (Spanien)', 'Bistrita, Roumanie ; Dobrich', 'Turin, Utrecht and Vienna').
_ITEM_TAIL = r"(?:\s*\([^()]{0,40}\)|\s*[-–,]\s*[^\W\d_]+(?: [^\W\d_]+)?)?"
_LIST_JOIN = r"\s*(?:[,;]|\b(?:and|und|et|y|e|i|och|og|en|ja|a)\b)\s*"
# ... and up to two items the gazetteer does not know ('Figueras, Espagne ; ')
_UNKNOWN_ITEM = rf"[{_UPPER}][\w'’-]*(?: [{_UPPER}][\w'’-]*){{0,2}}{_ITEM_TAIL}{_LIST_JOIN}"
_BETWEEN = re.compile(rf"{_ITEM_TAIL}{_LIST_JOIN}(?:{_UNKNOWN_ITEM}){{0,2}}")


def _listed(line: str, spans: list[tuple[int, int]]) -> list[bool]:
    """For each town's place in a line, False when it stands in a list of three towns or more (finalists, partners):
    a list names them all alike, and none of them is the page's own place for that; else True."""
    alone = [True] * len(spans)
    chain = [0]
    for i in range(1, len(spans) + 1):
        gap = line[spans[i - 1][1] : spans[i][0]] if i < len(spans) else ""
        if 0 < len(gap) <= 80 and _BETWEEN.fullmatch(gap):
            chain.append(i)
            continue
        if len(chain) >= 3:
            for j in chain:
                alone[j] = False
        chain = [i]
    return alone


# An article before a word: a capitalised noun (German 'die Lage', 'der Mai') or a name of something else ('the
# Union', 'la Piazza'), not a town's name alone.
_ARTICLE = re.compile(
    r"(?i:\b(?:the|a|an|der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|le|la|les|un|une|el|los|las|il|lo|"
    r"gli|het|een|o|os|as)) $"
)


def _in_longer_name(line: str, run: list[re.Match[str]]) -> bool:
    """True when a run of capitalised words is joined to another by a small word ('Types of Change', 'Piazza del
    Sapere'), unless the other is a word for a town's administration ('City of Treviso', 'Comune di Vignola')."""
    before = _IN_LONGER_NAME_BEFORE.search(line[max(0, run[0].start() - 60) : run[0].start()])
    if before and fold(before.group(0).split()[0]) not in _ADMINISTRATION:
        return True
    return bool(_IN_LONGER_NAME.match(line, run[-1].end()))


# A German noun after its article or a possessive: 'zum Gießen', 'ihre eigene Lage', 'der lebendigen Mitte'. German
# writes every noun with a capital, and some are towns' names. A town takes no article, except a neuter one before
# an adjective ('ein lebenswertes Neukölln', 'das neue Berlin'), which stays a town.
_GERMAN_NOUN = re.compile(
    r"(?i:\b(?:der|die|das|dem|den|des|ein|eine|einer|einem|einen|eines|kein\w*|ihr\w*|sein\w*|unser\w*|zur|zum|im|"
    r"am|vom|beim|ins|ans)) $"
    r"|(?i:\b(?:der|die|den|eine|einer|einen|keine[nr]?|ihre[nr]?|seine[nr]?|unsere[nr]?|zur)) [a-zäöüß]+(?:e|en|er) $"
)


def _after_article(line: str, start: int, name: str) -> bool:
    """True when an article stands just before the name and the town is not a large one ('the Barcelona model')."""
    town = town_by_name(name)
    return bool(_ARTICLE.search(line[max(0, start - 8) : start])) and not (town and town[1] >= _WORD_TOWN_LEAST)


def _counted(name: str, mentions: list[tuple[str, str, bool]], words: frozenset[str]) -> list[str]:
    """The places of the mentions of a name that count: none for a month's name; only those inside sentences, and
    only for a large town, when the page also writes the name as a word in small letters ('most', 'split'); a
    mention at a sentence's start only when the page also names it inside a sentence, or three times ('Name of
    initiative', 'Name of lead organisation' are labels)."""
    places = [(where, start) for named, where, start in mentions if named == name]
    if fold(name) in _CALENDAR:
        return []
    if name.lower() in words:
        within = [where for where, start in places if not start]
        town = town_by_name(name)
        return within if len(within) >= 2 and town and town[1] >= _WORD_TOWN_LEAST else []
    inside = any(not start for _, start in places) or len(places) >= 3
    return [where for where, start in places if not start or inside]


def prominent_towns(lines: list[str], title: str, opening: str) -> list[tuple[int, str, str, list[str]]]:
    """The towns the page names, as (weight, name, country, the places its mentions stand), weightiest first. A
    mention weighs 4 in the title, 2 in a heading, the first paragraph or an address line, 1 elsewhere."""
    text = "\n".join([title, *lines])
    language = page_language(text)
    mentions = town_mentions(lines, title, opening, language)
    spoken = _SPOKEN.get(language or "")
    words = frozenset(re.findall(r"[^\W\d_]+", text))  # the page's words as written, to find a name in small letters
    ranked = []
    by_name: dict[str, list[tuple[str, str, bool]]] = {}
    for mention in mentions:
        by_name.setdefault(mention[0], []).append(mention)
    for name, named in by_name.items():
        places = _counted(name, named, words)
        town = town_by_name(name)
        if town and town[1] < _TOWN_ABROAD_LEAST and not _town_s_language(name, town[0], town[1], spoken):
            continue  # a small town abroad: 'Panorama' (Greece) in a French page is a magazine's name
        if places and town:
            ranked.append((sum(_WEIGHT[where] for where in places), name, town[0], places))
    return sorted(ranked, key=lambda item: -item[0])


def _town_s_language(name: str, code: str, population: int, spoken: set[str] | None) -> bool:
    """True when a town under 100,000 inhabitants may be the page's place by its name: the page is in a language of
    the town's country, or in English and the town has 50,000 inhabitants or more, or in a language the importer
    does not tell and names the town in another script than Latin ('Троян'). A Swedish page's 'Erfarenheter från
    Tønsberg' are a Norwegian town's, not the practice's place."""
    if spoken is not None:  # an English page names towns abroad, as the common language of Europe's networks
        return code in spoken or (spoken == _SPOKEN["en"] and population >= _FOREIGN_TOWN_LEAST)
    return not all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in name if c.isalpha())


def practice_town(
    ranked: list[tuple[int, str, str, list[str]]], partners: bool
) -> tuple[int, str, str, list[str]] | None:
    """The town that is the practice's place: the weightiest, when it weighs 3 or more, at least twice any town of
    another country and more than all of them together, and the page names it in its title, a heading, its first
    paragraph or an address, or three times; else None. On a page that lists partner towns one a line (`partners`),
    a network's, the lead partner's headings and address do not make it the place: only the title or the first
    paragraph do."""
    if not ranked:
        return None
    best = ranked[0]
    rivals = [item[0] for item in ranked if item[2] != best[2]]
    prominent = any(where != "text" for where in best[3]) or len(best[3]) >= 3
    if partners:
        prominent = bool({"title", "first paragraph"} & set(best[3]))
    clear = best[0] >= 2 * max(rivals, default=0) and best[0] > sum(rivals)
    return best if best[0] >= 3 and clear and prominent else None


def partner_column(lines: list[str]) -> bool:
    """True when three short lines or more in a row each name one town, of three countries or more: a network's
    partners listed one a line ('• Antwerp - Belgium', '• Bristol', '• Burgas - Bulgaria')."""
    countries: list[str | None] = []
    for line in [*lines, ""]:
        towns = [town_in_line for run in _runs(line) for town_in_line in [_town_in_run(run)] if town_in_line]
        if len(line.split()) <= 6 and len(towns) == 1:
            run = next(run for run in _runs(line) if _town_in_run(run))
            span = _town_in_run(run)
            assert span
            town = town_by_name(line[run[span[0]].start() : run[span[1]].end()])
            countries.append(town[0] if town else None)
            continue
        if len(countries) >= 3 and len(set(countries) - {None}) >= 3:
            return True
        countries = []
    return False
