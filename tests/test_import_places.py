"""The importer's place guesses on pages that name only a town or a region, in the shapes city and regional sites
write them (issue 13): small municipalities, a region's adjective beside a word for municipalities, a town named alone
in the title or the opening sentence in the page's language; each a guess the report names, never a partner's place.
"""

from __future__ import annotations

import datetime
import re

import pytest

from generator import importer
from generator.importer.gazetteer import town_by_name
from generator.importer.places import town_mentions

TODAY = datetime.date(2026, 11, 26)


def _draft(page: str) -> importer.Draft:
    return importer.draft(page, today=TODAY)


def _country(page: str) -> str:
    return str(_draft(page).record["location"]["country"])


def _assert_guessed(page: str, code: str, *words: str) -> None:
    """The page's country is `code`, and it is a guess the report gives with every one of the words: the place as
    the page writes it and the rule that took it."""
    draft = _draft(page)
    assert draft.record["location"]["country"] == code
    guessed = draft.report.guessed
    assert any(line.startswith(f"location/country: {code},") and all(w in line for w in words) for line in guessed)


@pytest.mark.parametrize(
    ("page", "code", "town"),
    [
        # towns under 5000 inhabitants, named with a town word
        (
            "European Energy Award 2021\n\n• Gemeinde Amtzell\n\nDie Gemeinde Amtzell bezieht ihren Strom zu 100 "
            "Prozent aus erneuerbaren Quellen und saniert ihre Schulen.\n",
            "DE",
            "Amtzell",
        ),
        (
            "Nouveau parcours\n\nLa commune de Damville a ouvert un parcours dans ses bois, avec les écoles et les "
            "habitants du village.\n",
            "FR",
            "Damville",
        ),
    ],
)
def test_a_small_town_named_as_a_town_gives_its_country(page, code, town):
    _assert_guessed(page, code, "GeoNames", repr(town))


@pytest.mark.parametrize(
    ("sentence", "code", "word"),
    [
        (
            "Seit Jahren wollten die beiden Tiroler Gemeinden Kössen und Schwendt ein Sozialzentrum bauen.",
            "AT",
            "Tiroler",
        ),
        ("Die Salzburger Gemeinde hat 2021 ein neues Sozialzentrum eröffnet.", "AT", "Salzburger"),
        ("Program wspiera rozwój polskich gmin i ich mieszkańców od 2019 roku.", "PL", "polskich"),
        ("Le programme aide les communes françaises à rénover leurs écoles depuis 2019.", "FR", "françaises"),
        ("Il programma aiuta i comuni italiani a rinnovare le scuole dal 2019.", "IT", "italiani"),
        ("El programa ayuda a los municipios españoles a renovar sus escuelas desde 2019.", "ES", "españoles"),
    ],
)
def test_a_region_s_or_country_s_adjective_beside_a_word_for_municipalities_gives_the_country(sentence, code, word):
    _assert_guessed(f"Neues Zentrum\n\n{sentence}\n", code, repr(word), "municipalities")


def test_adjectives_of_two_countries_beside_municipalities_give_none():
    # guard: a network of Polish and Italian municipalities is no one country's
    page = "Sieć miast\n\nSieć łączy sto polskich gmin oraz comuni italiani w jednym projekcie.\n"
    assert _country(page).startswith("TODO")


@pytest.mark.parametrize(
    ("page", "code", "town"),
    [
        (
            "Huertos urbanos de Torrelodones\n\nEl 13 de abril terminó el plazo para pedir uno de los huertos de "
            "Torrelodones. Los vecinos que viven en el municipio pueden pedir una parcela y la reciben por sorteo en "
            "el salón de plenos.\n",
            "ES",
            "Torrelodones",
        ),
        (
            "Klimaschutzprogramm\n\nDie Stadtwerke in Salzkotten fördern seit 2020 neue Solaranlagen auf den "
            "Dächern. In Salzkotten haben schon 270 Haushalte mitgemacht, und die Stadt will das Programm mit den "
            "Bürgern und der Verwaltung in diesem Jahr fortsetzen.\n",
            "DE",
            "Salzkotten",
        ),
        (
            "Living sustainably\n\nThe project worked in two towns, Bridport and Dorchester, with local firms. "
            "Bridport and Dorchester kept the work going.\n",
            "GB",
            "Bridport",
        ),
        (
            "Budget participatif\n\nChaque habitant qui vit à Colombes peut proposer un projet pour son quartier. "
            "Colombes financera les projets retenus par les habitants, et les services de la mairie les "
            "mettront en œuvre dans les deux ans.\n",
            "FR",
            "Colombes",
        ),
    ],
)
def test_a_town_the_title_or_the_opening_sentence_names_alone_gives_its_country_in_the_page_s_language(
    page, code, town
):
    _assert_guessed(page, code, "opening sentence", repr(town))


@pytest.mark.parametrize(
    "page",
    [
        # guards: a town of another language's country (a French page on a Spanish town: the language does not
        # agree, another rule may decide); a town named once only; a common word that is a town in a longer name
        "Jardins partagés\n\nÀ Torrelodones, la mairie a ouvert quarante parcelles en 2022. Torrelodones les tire.\n",
        "Urban gardens\n\nThe plots opened in Torrelodones in 2022, drawn by lot among residents.\n",
        "Verso la Piazza del Sapere\n\nIl percorso verso la Piazza del Sapere coinvolge le scuole. La Piazza del "
        "Sapere apre nel 2024.\n",
    ],
)
def test_no_country_from_a_town_of_another_language_named_once_or_inside_a_longer_name(page):
    assert _country(page).startswith("TODO")


@pytest.mark.parametrize(
    ("sentence", "code", "town"),
    [
        # the town word elided before the name, and the town hall's name
        (
            "Contre le harcèlement, la commune d’Antibes Juan-les-Pins a lancé des bancs de l'amitié.",
            "FR",
            "Antibes Juan-les-Pins",
        ),
        ("La Ville d'Aubervilliers a ouvert un atelier de réparation en 2019.", "FR", "Aubervilliers"),
        ("Decidim est une plateforme conçue par la mairie de Barcelone dès 2016.", "ES", "Barcelone"),
        # a British or Irish county named by its council or as a county
        (
            "Through its Construction Skills projects, Hampshire County Council has trained more people.",
            "GB",
            "Hampshire",
        ),
        ("The programme is run by Wicklow County Council with local schools.", "IE", "Wicklow"),
        ("The fund is open to firms in County Kerry since 2019.", "IE", "Kerry"),
    ],
)
def test_a_town_or_county_named_with_an_elided_word_a_town_hall_or_a_council_gives_its_country(sentence, code, town):
    _assert_guessed(f"Friendship benches\n\n{sentence}\n", code, "GeoNames", repr(town))


@pytest.mark.parametrize(
    ("page", "code", "town"),
    [
        (
            "Low Carbon Dorset\n\nThe programme helps firms and community groups cut their carbon footprint. It is the "
            "first programme of this kind in Dorset, and the council will keep it going with the businesses of "
            "Dorset for five years.\n",
            "GB",
            "Dorset",
        ),
        (
            "Verwaltung für Morgen\n\nDie Maßnahme will neue Technik nutzen, um die Abläufe in der Verwaltung zu "
            "ersetzen. Dazu gehört die Versorgung der historischen Altstadt von Bad Belzig mit schnellem Netz, und die "
            "Bad Belzig App wird mit den Bürgern weiterentwickelt.\n",
            "DE",
            "Bad Belzig",
        ),
    ],
)
def test_a_town_or_county_after_a_word_for_in_or_of_gives_its_country_when_named_again(page, code, town):
    _assert_guessed(page, code, repr(town), "page's language")


@pytest.mark.parametrize(
    "page",
    [
        # guards: a partner's town hall is not the practice's place; a county in a page of another language
        "Fighting homelessness\n\nThe network works in collaboration with FEANTSA and the Mairie de Paris.\n",
        "Jardins partagés\n\nLa ville a ouvert quarante parcelles en 2022 pour les habitants du quartier, comme on le "
        "fait in Dorset et dans les villes de Dorset depuis longtemps.\n",
    ],
)
def test_no_country_from_a_partner_s_town_hall_or_a_county_in_another_language(page):
    assert _country(page).startswith("TODO")


@pytest.mark.parametrize(
    ("headline", "code"),
    [
        ("New cycling and walking routes lead to a reduction of over one million car trips (UK)", "GB"),
        ("Des pistes cyclables réduisent les trajets en voiture (France)", "FR"),
        ("Neue Radwege verringern die Autofahrten (Österreich)", "AT"),
    ],
)
def test_a_news_headline_s_country_in_brackets_at_its_end_gives_the_country(headline, code):
    page = f"Mobility update\n\n{headline}\n\nThe routes opened in 2010 and were used by many residents every day.\n"
    assert _country(page) == code


def test_an_abbreviation_in_brackets_at_a_line_s_end_is_no_country():
    # guard: the initials of the words before it
    page = "Digital skills\n\nThe city trained its staff in information technology (IT)\n\nMore than 200 people came.\n"
    assert _country(page).startswith("TODO")


@pytest.mark.parametrize(
    "line",
    ["Rahasto: Koheesiorahasto (CF)", "Fund: Cohesion Fund (CF)", "Fundusz: Fundusz Spójności (FS)"],
)
def test_a_field_s_value_with_its_short_name_in_brackets_is_no_place(line):
    from generator.importer.places import read_place

    assert read_place(line) == (None, None)


def _contacts(page: str) -> list[dict]:
    return _draft(page).record.get("contacts", [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Petr Hlubuček, Vice Mayor for the environment, says the city wants to stay a good place to live.",
        "Carlos Moedas, Commissioner for Research, Science and Innovation, announced the results in November 2017.",
        "Jean-Paul Fauconnet, Deputy Mayor of the City in Charge of Public Spaces, said that joining was one step.",
        "Anne Durand, Director of the housing office, a déclaré que le projet continuerait.",
        "Julia Beispiel, Head of the Climate Office, sagt, dass die Stadt weitermacht.",
    ],
)
def test_an_official_the_text_quotes_is_no_contact(sentence):
    page = f"Circular Prague\n\nThe city started its circular economy plan in 2019.\n\n{sentence}\n"
    draft = _draft(page)
    assert draft.record.get("contacts", []) == [] or all(
        c.get("name", "").startswith("TODO") for c in draft.record["contacts"]
    )
    assert any("is quoted" in note for note in draft.report.notes)


def test_an_official_named_with_a_role_and_not_quoted_is_still_a_guessed_contact():
    # guard: the rule that names a person with their job stays
    page = "Climate agency\n\nHeidi Sørensen, Director of the City of Oslo's Climate Agency, leads the work.\n"
    assert _contacts(page)[0]["name"] == "Heidi Sørensen"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Bei Fragen hilft Ihnen unser Klimaschutzmanager, Herr Seyfzadeh, tel.: 05258/507-155, gerne weiter.",
            "Herr Seyfzadeh",
            "Klimaschutzmanager",
        ),
        ("Ansprechpartnerin ist Frau Dr. Anna Weiß, E-Mail: anna.weiss@example.org.", "Frau Dr. Anna Weiß", None),
        ("Pour toute question, contactez M. Dupont au 01 23 45 67 89.", "M. Dupont", None),
        (
            "For questions, our project officer, Ms Jane Doe, can be reached by email at jane@example.org.",
            "Ms Jane Doe",
            "officer",
        ),
        ("W sprawie programu prosimy o kontakt z Pani Anna Nowak, tel. 12 345 67 89.", "Pani Anna Nowak", None),
    ],
)
def test_a_person_named_by_a_form_of_address_with_a_phone_or_email_is_the_contact(sentence, name, role):
    page = f"Klimaschutz\n\nDas Programm läuft seit 2020.\n\n{sentence}\n"
    contacts = _contacts(page)
    assert contacts[0]["name"] == name
    assert contacts[0].get("role") == role


def test_a_form_of_address_without_phone_or_email_is_no_contact():
    # guard: a person thanked in a sentence is not the one to ask
    page = "Klimaschutz\n\nDas Programm läuft seit 2020.\n\nWir danken Herrn Müller für die gute Zusammenarbeit.\n"
    assert not any(c.get("name") == "Herrn Müller" for c in _contacts(page))


@pytest.mark.parametrize(
    ("block", "name"),
    [
        (
            "Kontakt\nDr. Kristina Schröter\nLandkreis Wunsiedel i. Fichtelgebirge\nkristina@example.org\n",
            "Dr. Kristina Schröter",
        ),
        (
            "Ansprechpartner/in: \nBürgermeister Dr. Michael Kramer\nStraße/Postfach: \nAm Markt 1\n",
            "Dr. Michael Kramer",
        ),
    ],
)
def test_an_academic_title_stays_with_the_contact_s_name(block, name):
    page = f"Flächenmanagement\n\nDer Landkreis teilt seine Flächen seit 2018 mit den Gemeinden.\n\n{block}"
    assert _contacts(page)[0]["name"] == name


@pytest.mark.parametrize(
    "block",
    [
        # a side box's label over its value, and a heading the page writes twice
        "Extra Information\n\nOrganisation Type\n\nProject, Initiative\n",
        "Project Category\n\nTransport project\n",
        "ELTISplus Project\n\nELTISplus Project\n",
    ],
)
def test_a_label_over_its_value_or_a_repeated_heading_is_no_person_with_a_role(block):
    page = f"{block}\n\nThe partners agreed on shared procedures for mobility plans in 2012.\n"
    names = [c.get("name") for c in _contacts(page)]
    assert not [n for n in names if n and ("Type" in n or "Category" in n or "ELTISplus" in n)]


def test_a_name_over_a_job_line_is_still_a_contact():
    # guard: the URBACT shape stays (the real page)
    from pathlib import Path

    page = (Path(__file__).parent / "fixtures" / "import" / "urbact-naples-civic-estate.txt").read_text(
        encoding="utf-8"
    )
    assert _contacts(page) == [{"name": "Nicola Masella", "role": "Project Coordinator"}]


@pytest.mark.parametrize(
    ("line", "contact"),
    [
        (
            "Kontakt: Anna Weiß, Stadt Leipzig, anna.weiss@example.org",
            {"name": "Anna Weiß", "organisation": "Stadt Leipzig", "email": "anna.weiss@example.org"},
        ),
        ("Ansprechpartner: Herr Müller, Klimaschutzmanager", {"name": "Herr Müller", "role": "Klimaschutzmanager"}),
        ("Ansprechpartnerin: Frau Dr. Anna Weiß (Tel. 0341 123-456)", {"name": "Dr. Anna Weiß"}),
        (
            "Contact : Marie Dupont, chargée de mission climat, marie.dupont@example.fr",
            {"name": "Marie Dupont", "role": "chargée de mission climat", "email": "marie.dupont@example.fr"},
        ),
        (
            "Contacto: Ana Ejemplo (Ayuntamiento de Getafe)",
            {"name": "Ana Ejemplo", "organisation": "Ayuntamiento de Getafe"},
        ),
        ("Osoba do kontaktu: Anna Nowak, tel. 12 345 67 89", {"name": "Anna Nowak"}),
    ],
)
def test_a_one_line_contact_is_read_into_name_job_body_and_email(line, contact):
    page = f"Klimaschutz in der Stadt\n\nDas Programm läuft seit 2020 und hilft vielen Haushalten.\n\n{line}\n"
    draft = _draft(page)
    assert draft.record["contacts"] == [contact]
    phone = re.search(r"(?i)tel\. [\d -]+\d", line)
    if phone:  # the phone, which the record has no field for, is kept aside whole under the contact's label
        assert (line.partition(":")[0], phone.group(0)) in draft.report.not_placed


def test_a_one_line_contact_of_a_body_stays_whole():
    # guard: a body's name with a comma is not a person's name and its parts
    page = "Klimaschutz\n\nDas Programm läuft seit 2020.\n\nKontakt: Stadt Leipzig, Amt für Umweltschutz\n"
    assert not any("the line's parts" in line for line in _draft(page).report.guessed)


@pytest.mark.parametrize(
    ("sentence", "code", "town"),
    [
        ("Statutární město Jihlava zavedlo participativní rozpočet v roce 2017.", "CZ", "Jihlava"),
        ("Projekt realizovala obec Dolní Břežany v roce 2019.", "CZ", "Dolní Břežany"),
        ("Mesto Prievidza spustilo projekt participatívneho rozpočtu v roku 2018.", "SK", "Prievidza"),
        ("Miasto Świdnica uruchomiło program w 2019 roku.", "PL", "Świdnica"),
        ("A Câmara Municipal de Guimarães lançou o programa em 2019.", "PT", "Guimarães"),
        ("O Município de Barcelos aderiu à rede em 2018.", "PT", "Barcelos"),
    ],
)
def test_czech_slovak_and_portuguese_town_words_and_central_european_capitals_name_a_town(sentence, code, town):
    _assert_guessed(f"Participatory budget\n\n{sentence}\n", code, "GeoNames", repr(town))


@pytest.mark.parametrize(
    ("sentence", "code", "town"),
    [
        # the genitive after a budget or an office, and names joined by 'nad', 'pod' or 'na'
        (
            "Participativní rozpočet města Dvůr Králové nad Labem má za sebou první ročník a blíží se k finále.",
            "CZ",
            "Dvůr Králové nad Labem",
        ),
        ("Občané obce Dolní Břežany hlasovali o projektech v roce 2020.", "CZ", "Dolní Břežany"),
        ("Participatívny rozpočet mesta Prievidza pokračuje aj v roku 2021.", "SK", "Prievidza"),
        ("Statutární město Ústí nad Labem zavedlo participativní rozpočet v roce 2018.", "CZ", "Ústí nad Labem"),
    ],
)
def test_a_czech_or_slovak_town_in_the_genitive_or_with_nad_in_its_name_gives_its_country(sentence, code, town):
    _assert_guessed(f"Participativní rozpočet\n\n{sentence}\n", code, "GeoNames", repr(town))


@pytest.mark.parametrize(
    ("page", "code"),
    [
        (
            "Tønsberg satser på folkehelse\n\nFolkehelseprosjektet i Tønsberg ble startet i 2018. Gjennom hele "
            "perioden har ledelsen i oppvekst fulgt prosjektet tett, og mange av tiltakene ble videreført i skolene "
            "etter prosjektslutt. Evalueringen viser hva som virket og hva som ikke virket.\n",
            "NO",
        ),
        (
            "Helsingborg testar nya vägar för service\n\nI Helsingborg är medborgarna med och utvecklar service. "
            "Projektet startade 2019 och är ett samarbete mellan förvaltningarna, för att det ska bli enklare för "
            "invånarna. Det är också ett sätt att pröva nya idéer innan de sprids till andra kommuner.\n",
            "SE",
        ),
        (
            "Jihlava: participativní rozpočet\n\nJihlava se rozhodla zapojit občany do rozhodování o části "
            "rozpočtu. Projekty, které jsou vybrány v hlasování, se realizují v příštím roce, a bylo jich již "
            "několik. Pro občany je to také způsob, jak se dozvědět, který projekt stojí kolik.\n",
            "CZ",
        ),
    ],
)
def test_a_town_named_alone_gives_its_country_on_a_norwegian_swedish_or_czech_page(page, code):
    # the site's own language guess knows none of these (a Norwegian page was taken for Polish by its 'i')
    assert _country(page) == code


def test_a_norwegian_town_named_alone_gives_no_country_on_a_swedish_page():
    # guard: a town of another language's country named alone is not the page's own
    page = (
        "Erfarenheter från Tønsberg\n\nI Tønsberg har kommunen prövat en ny modell. Projektet är ett samarbete "
        "mellan förvaltningarna och det är också ett sätt att pröva nya idéer innan de sprids till andra.\n"
    )
    assert _country(page).startswith("TODO")


def test_a_merged_municipality_the_gazetteer_lacks_gives_the_country_of_a_norwegian_page():
    page = (
        "Program for folkehelsearbeid i Færder kommune 2017–2022\n\nProsjektet ble startet av ledelsen i oppvekst, "
        "som også eier det. Gjennom hele perioden har den fulgt prosjektet tett, og mange av tiltakene ble "
        "videreført etter prosjektslutt. Evalueringen viser hva som virket.\n"
    )
    _assert_guessed(page, "NO", "'Færder'", "not in the gazetteer")


def test_a_municipality_the_gazetteer_lacks_gives_no_country_on_a_page_in_another_language():
    # guard: English is spoken in more than one country, and the page is not Norwegian
    page = (
        "Public health in Færder kommune\n\nThe project was started by the education department, which also "
        "owns it. Throughout the period it was followed closely, and many of the measures were continued.\n"
    )
    assert _country(page).startswith("TODO")


@pytest.mark.parametrize(
    ("page", "code"),
    [
        (
            "Portal for youth and the communication system for young people in Slovenia\n\nThe portal gathers in one "
            "place what young people need to know from government departments and youth organisations. Young "
            "people write the content themselves.\n",
            "SI",
        ),
        (
            "Une coopérative citoyenne\n\nDes habitants ont racheté le réseau électrique local et fondé une "
            "coopérative.\n\nDescription\n\nDans une petite ville du sud-ouest de l’Allemagne, la coopérative fournit "
            "aujourd’hui une électricité verte à des milliers de foyers.\n",
            "DE",
        ),
    ],
)
def test_the_one_country_the_text_names_by_name_gives_the_country_when_no_city_does(page, code):
    _assert_guessed(page, code, "the only country the practice's text names")


def test_a_country_named_by_name_does_not_override_the_town_the_page_names_as_a_town():
    # guard: an advert's 'Mexiko v Pasáži' (a restaurant) is not the country of the town whose budget the page is
    page = (
        "Participativní rozpočet\n\nO rozdělení části rozpočtu města Dvůr Králové nad Labem rozhodují občané. "
        "Projekty, které jsou vybrány v hlasování, se realizují v příštím roce.\n\nMexiko v Pasáži - HOT AND SPICY\n"
    )
    assert _country(page) == "CZ"


@pytest.mark.parametrize(
    "page",
    [
        # Spanish 'Cada' starting a sentence is Latvian 'Čada' (Chad) only with its accent
        "Consulta ciudadana de inversiones\n\nCon los presupuestos participativos los vecinos deciden a qué se "
        "dedica una parte del presupuesto.Cada año se destinará a ello como mínimo un 10% del capítulo.\n",
        # the same word at a paragraph's start, the summary's first word
        "Consulta ciudadana\n\nCada vecino puede proponer inversiones en su barrio y votar las que prefiera.\n",
    ],
)
def test_a_common_word_that_is_a_country_s_name_only_with_an_accent_names_no_country(page):
    assert _country(page).startswith("TODO")


def test_a_town_named_in_a_heading_in_capitals_gives_its_country():
    page = (
        "Best practices from the Baltic Sea region\n\nA resilient future for coastal communities\n\n"
        "INTERVIEW WITH RIMANTS LULIS FROM SAULKRASTI MUNICIPALITY\n\nAround the Baltic Sea, coastal regions feel "
        "the effects of climate change more and more, and the project helps the beaches stay sustainable.\n"
    )
    _assert_guessed(page, "LV", "'Saulkrasti'")  # not 'From' (Frome in GeoNames)


@pytest.mark.parametrize(
    ("page", "code"),
    [
        (
            "International spotlight on Birmingham\n\nICLEI member Birmingham City Council (UK) now stands among the "
            "leading names in urban climate action: at the UN Climate Change Conference in Durban (South Africa) it "
            "received a major international award.\n",
            "GB",
        ),
        (
            "Gesundheit in der Stadtplanung\n\nDie Landeshauptstadt München baut den One-Health-Ansatz in ihre "
            "Stadtplanung ein.\n\nBeschreibung\n\nMitte Februar 2024 kamen die Vertreter:innen der Partnerstädte im "
            "finnischen Lahti zusammen und legten ihre Roadmaps fest.\n",
            "DE",
        ),
    ],
)
def test_the_place_of_a_conference_or_a_network_meeting_is_not_the_practice_s_country(page, code):
    assert _country(page) == code


@pytest.mark.parametrize(
    ("row", "code"),
    [
        ("Location/Nationality of lead organisation United States of America", "US"),
        ("Country Italy", "IT"),
        ("Land Österreich", "AT"),
    ],
)
def test_a_flattened_table_s_place_row_gives_the_country_after_its_label(row, code):
    # a wiki table copied without its cells: label and value run together by one space, after an empty field
    page = (
        "C40 Cities Climate Leadership Group (C40)\n\n\nName of initiative C40 Cities Climate Leadership Group\n"
        "Starting year 2005\nEnd year\nGeographical coverage Global\nName of lead organisation C40\n"
        f"{row}\n\n\nDescription A network of the world's largest cities acting on climate change.\n"
    )
    assert _country(page) == code


def test_a_place_row_label_without_a_country_after_it_gives_none():
    page = "Projekt\n\nLand Niedersachsen\n\nDie Gemeinden im Land fördern gemeinsam den Radverkehr.\n"
    assert _country(page).startswith("TODO")


def test_a_word_capitalised_only_where_a_sentence_starts_is_not_a_town_named_alone():
    # 'Wie' is a town in GeoNames (DE) and German for 'how', capitalised here only after a colon and at a heading,
    # small in 'so wie'
    page = (
        "Über Grenzen hinweg: Wie europäische Städte voneinander lernen\n\nIn Netzwerken lernen Städte und "
        "Gemeinden aus ganz Europa voneinander und entwickeln, so wie es vor Ort passt, neue Lösungen.\n\n"
        "Wie funktionieren die Netzwerke?\n\nDie Städte arbeiten zwei Jahre lang zusammen und tauschen sich aus.\n"
    )
    assert _country(page).startswith("TODO")


@pytest.mark.parametrize(
    ("page", "name", "email"),
    [
        (
            "URBACT in Deutschland\n\nDer Verband ist die Nationale URBACT-Kontaktstelle für Deutschland.\n\n"
            "Bei der Kontaktstelle erreichen Sie:\n\nHeike Mages: h.mages@deutscher-verband.org\n\n"
            "Lilian Krischer: l.krischer@deutscher-verband.org\n",
            "Heike Mages",
            "h.mages@deutscher-verband.org",
        ),
        (
            "C40 Cities Climate Leadership Group (C40)\n\n\nName of initiative C40 Cities Climate Leadership Group\n"
            "Starting year 2005\nEnd year\nSecretariat C40: Daniel Samuels, 120 Park Avenue, 23rd Floor, New York, "
            "NY 10017, United States; e-mail: dsamuels@c40.org\nGeographical coverage Global\n",
            "Daniel Samuels",
            "dsamuels@c40.org",
        ),
    ],
)
def test_a_person_a_line_gives_with_their_email_is_the_contact(page, name, email):
    draft = _draft(page)
    assert draft.record["contacts"][0]["name"] == name
    assert draft.record["contacts"][0]["email"] == email
    assert any(f"{name!r}, the person a line gives with their e-mail" in line for line in draft.report.guessed)


@pytest.mark.parametrize(
    "line",
    [
        "Stadt Leipzig: info@leipzig.de",
        "Project Team: team@example.eu",
        "Write to info@example.eu for the documents.",
    ],
)
def test_a_body_or_a_sentence_with_an_email_is_no_contact_person(line):
    draft = _draft(f"Klimabudget\n\nDie Stadt verteilt ein Budget für Klimaschutz an ihre Stadtteile.\n\n{line}\n")
    assert not any("e-mail" in guess for guess in draft.report.guessed if guess.startswith("contacts"))


@pytest.mark.parametrize(
    ("sentence", "code", "town"),
    [
        (
            "La communauté de communes du pays de Damville (9 000 hab.) a rajeuni la course d’orientation.",
            "FR",
            "Damville",
        ),
        ("La Mancomunidad de Olvera reparte compostadores entre los vecinos de sus pueblos.", "ES", "Olvera"),
        ("Die Verbandsgemeinde Montabaur fördert Photovoltaik auf den Dächern ihrer Schulen.", "DE", "Montabaur"),
    ],
)
def test_a_union_of_municipalities_named_after_its_town_gives_the_town_s_country(sentence, code, town):
    _assert_guessed(f"Un projet local\n\n{sentence}\n", code, repr(town))


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("Stowarzyszenie założono z inicjatywy burmistrza Dzierżoniowa Dariusza Kucharskiego.", "Dzierżoniowa"),
        ("Urząd Miasta Krakowa ogłosił nabór wniosków do budżetu obywatelskiego.", "Krakowa"),
        ("Projekt wsparła Rada Miasta Poznania, a mieszkańcy zgłosili ponad sto pomysłów.", "Poznania"),
    ],
)
def test_a_polish_town_in_the_genitive_gives_its_country(sentence, town):
    _assert_guessed(f"Dobra praktyka\n\n{sentence}\n", "PL", repr(town))


@pytest.mark.parametrize(
    "page",
    [
        "Huertos urbanos\n\nEl ayuntamiento reparte parcelas entre los vecinos.\n\nDescripción\n\nComo en Alemania, "
        "los vecinos cultivan parcelas municipales y deciden juntos las normas del huerto.\n",
        "Klimabudget\n\nDie Stadtteile bekommen ein eigenes Budget für den Klimaschutz.\n\nBeschreibung\n\nNach dem "
        "Vorbild eines Programms in Dänemark entscheiden die Bürgerinnen und Bürger selbst über kleine Maßnahmen.\n",
        "Climate budget\n\nEach district gets its own budget for climate action.\n\nDescription\n\nAfter a study "
        "visit to Norway the council set up its own scheme, and residents now decide on small projects.\n",
    ],
)
def test_a_country_named_in_passing_is_not_the_practice_s_country(page):
    # a comparison, the example copied, a study visit: the page names no country of its own
    assert _country(page).startswith("TODO")


@pytest.mark.parametrize(
    "page",
    [
        "Cycling streets\n\nAs in Denmark, the council gives whole streets to bicycles and lets cars in only as "
        "guests.\n",
        "Fahrradstraßen\n\nWie in Kopenhagen bekommen Radfahrende ganze Straßen, Autos sind dort nur zu Gast.\n",
    ],
)
def test_a_country_or_city_the_summary_names_in_a_comparison_is_not_the_practice_s_place(page):
    assert _country(page).startswith("TODO")


@pytest.mark.parametrize(
    "page",
    [
        "Sustainable urban mobility\n\nThe network promoted sustainable urban mobility planning in the Baltic Sea "
        "region and organised the Finnish technical training event on SUMPs.\n",
        "Mobilitätsplanung\n\nDas Netzwerk hat die Planung nachhaltiger Mobilität gefördert und das Wiener "
        "Fachseminar für die Partner ausgerichtet.\n",
    ],
)
def test_an_event_named_by_its_place_or_country_gives_no_country(page):
    assert _country(page).startswith("TODO")


def test_a_city_s_own_programme_still_gives_its_country_beside_an_event():
    page = (
        "Procurement programme\n\nVienna’s sustainable procurement programme buys for every department of the city, "
        "and its staff explained it at a Brussels workshop.\n"
    )
    assert _country(page) == "AT"


@pytest.mark.parametrize(
    "byline",
    [
        "This post was guest authored by Micco Gronholm, Head of Future, City of Helsingborg.",
        "Written by Anna Example, Senior Policy Advisor, Energy Cities.",
    ],
)
def test_the_author_of_a_blog_post_is_not_the_contact(byline):
    page = (
        f"Anticipatory innovation in Helsingborg\n\n{byline} The city is putting SEK 250 million into one purpose "
        "only, anticipatory innovation, over three years.\n"
    )
    draft = _draft(page)
    assert not draft.record.get("contacts")
    assert any("wrote the text" in note for note in draft.report.notes)


def test_a_person_named_with_a_role_without_a_byline_is_still_the_contact():
    page = (
        "Climate budget\n\nHeidi Sørensen, Director of the City of Oslo's Climate Agency, leads the climate budget "
        "that every department reports to.\n"
    )
    assert _draft(page).record["contacts"][0]["name"] == "Heidi Sørensen"


@pytest.mark.parametrize(
    ("footer", "code"),
    [
        ("Hinterstadt 11\n6370 Kitzbühel", "AT"),
        ("PL 100\n33101 Lempäälä", "FI"),
        ("Box 800\n761 30 Norrtälje", "SE"),
        ("Praça da República, 47\n4990-062 Ponte de Lima", "PT"),
    ],
)
def test_a_postal_town_line_gives_its_country_when_the_code_has_that_country_s_form(footer, code):
    page = (
        "Climate budget\n\nEvery department reports its emissions to the climate budget, and the council checks them "
        f"each year.\n\n{footer}\n"
    )
    _assert_guessed(page, code, "from the postal address line", repr(footer.splitlines()[-1]))


@pytest.mark.parametrize(
    "footer",
    [
        "Hinterstadt 11\n2019 Kitzbühel",
        "Hinterstadt 11\n12 Kitzbühel",
        "Hinterstadt 11\n63700 Kitzbühel",
        "6370 Kitzbühel",
    ],
)
def test_a_year_a_short_number_another_country_s_code_form_or_a_town_line_alone_is_no_postal_address(footer):
    page = f"Awards\n\nThe jury met and chose the winners of the award among many cities.\n\n{footer}\n"
    assert _country(page).startswith("TODO")


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Edition 2015 - Eure (27)", "Eure"),
        ("Lauréat 2019 : Bastia (2B)", "Bastia"),
        ("Prix du jury : Saint-Jean-de-Luz (64)", "Saint-Jean-de-Luz"),
    ],
)
def test_a_french_town_or_departement_with_its_number_gives_france(line, place):
    page = f"Parcours biodiversité\n\n{line}\n\nLes écoliers suivent un parcours d’orientation dans les bois.\n"
    _assert_guessed(page, "FR", repr(place))


@pytest.mark.parametrize("line", ["Voir l’article (12) du règlement", "Eure (58)", "Tableau (27)"])
def test_a_number_in_brackets_that_is_not_the_place_s_departement_gives_no_country(line):
    page = f"Parcours\n\n{line}\n\nLes écoliers suivent un parcours d’orientation dans les bois.\n"
    assert _country(page).startswith("TODO")


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        # the country's name with its accent, as the site's language writes it, run into the next cells
        ("Ayuntamiento de MadridEspaña40", "ES"),
        ("Landeshauptstadt WienÖsterreich12", "AT"),
        ("Gmina MiejskaPolska7", "PL"),
    ],
)
def test_an_accented_country_run_into_a_flattened_table_cell_is_read(cell, code):
    page = (
        "Public lighting renewal\n\nThe town replaced its street lamps with LED lamps.\n\n"
        f"Covenant Coordinators\n\nCovenant Coordinators Countries Signatories\n{cell}\n"
    )
    assert _country(page) == code


@pytest.mark.parametrize(
    "footer",
    ["Strada Republicii 87\n545400 Sighișoara", "Strada Avram Iancu 16\n401121 Turda"],
)
def test_a_romanian_postal_town_line_with_its_six_figure_code_gives_romania(footer):
    page = (
        "Bugetare participativă\n\nLocuitorii propun proiecte pentru cartierele lor, iar primăria le finanțează pe "
        f"cele alese prin vot.\n\n{footer}\n"
    )
    _assert_guessed(page, "RO", "from the postal address line", repr(footer.splitlines()[-1]))


@pytest.mark.parametrize(
    ("box", "label", "code", "town"),
    [
        # a consultancy's case box, the client's municipality over the next label (Danish)
        (
            "Kunde\nHolbæk kommune\nKundekontakt\nLine Jensen, Projektleder\nFokus\nLokalsamfundsudvikling",
            "Kundekontakt",
            "DK",
            "'Holbæk'",
        ),
        # a study's fact box, the label under the title that ends with the town (German)
        (
            "Auftraggeber\nStadt Landau in der Pfalz\nLaufzeit\n2019 bis 2021",
            "Auftraggeber",
            "DE",
            "'Landau in der Pfalz'",
        ),
    ],
)
def test_a_label_next_to_a_town_word_is_never_the_city(box, label, code, town):
    page = (
        "Landsbyen sætter kurs\n\n"
        f"{box}\n\n"
        "Borgere, politikere og medarbejdere arbejdede sammen om seks projekter i landsbyen.\n"
    )
    assert _draft(page).record["location"].get("city") != label
    _assert_guessed(page, code, town)  # the town the box names still gives the country


def test_a_line_the_gazetteer_knows_and_the_page_calls_a_town_is_still_the_city():
    page = (
        "Smart bike share\n\nTartu\n\nTartu runs a public bike share with electric bikes at its stations.\n\n"
        "Tartu City Government runs it with a private operator.\n"
    )
    assert _draft(page).record["location"]["city"] == "Tartu"


@pytest.mark.parametrize(
    ("page", "code", "town"),
    [
        # English prose writes the town word in small letters
        (
            "Don't Feed the Rumour\n\nThe campaign counters rumours about migrants and about the city of Amadora, and "
            "gives accurate information on migration.\n",
            "PT",
            "Amadora",
        ),
        # Slovenian, Croatian (the genitive after 'Grada'), Romanian, Hungarian, Estonian, Danish (a capital 'Kommune')
        (
            "Mestna dnevna soba\n\nObčina Idrija je odprla mestno dnevno sobo, kjer se prebivalci srečujejo "
            "vsak dan.\n",
            "SI",
            "Idrija",
        ),
        (
            "Program lokalnog partnerstva\n\nPoglavarstvo Grada Rijeke prihvatilo je program kojim građani predlažu "
            "projekte za svoje mjesne odbore.\n",
            "HR",
            "Rijeke",
        ),
        (
            "Bugetare participativă\n\nPrimăria Municipiului Turda finanțează proiectele propuse de locuitori pentru "
            "cartierele lor.\n",
            "RO",
            "Turda",
        ),
        (
            "Részvételi költségvetés\n\nKecskemét Megyei Jogú Város Önkormányzata a lakók javaslatai alapján "
            "újítja fel a játszótereket.\n",
            "HU",
            "Kecskemét",
        ),
        (
            "Kaasav eelarve\n\nViimsi vald rahastab elanike ettepanekuid ja ehitab nende järgi uusi mänguväljakuid.\n",
            "EE",
            "Viimsi",
        ),
        (
            "Landsbyen sætter kurs\n\nHolbæk Kommune arbejdede sammen med borgerne om seks projekter i landsbyen.\n",
            "DK",
            "Holbæk",
        ),
    ],
)
def test_a_town_named_with_a_town_word_of_more_languages_gives_its_country(page, code, town):
    _assert_guessed(page, code, "GeoNames", repr(town))


@pytest.mark.parametrize(
    "page",
    [
        # guards: the town the practice copied is not its own; 'Grad' before a word the gazetteer does not know
        "Bike lanes\n\nThe council built new bike lanes, inspired by the city of Amadora, along the river.\n",
        "Graduate scheme\n\nThe Grad Programme hires young people from the region each year.\n",
    ],
)
def test_a_town_word_before_a_copied_town_or_a_common_word_gives_no_country(page):
    assert _country(page).startswith("TODO")


@pytest.mark.parametrize(
    ("page", "code", "town"),
    [
        # a project site's footer, the city's copyright (English page, the town word in Spanish)
        (
            "UFIL - Urban Forest Innovation Lab\nThe town turns its municipal forest into a place to train people and "
            "start businesses in the wood economy.\n© 2019 Ayuntamiento de Cuenca    Legal Notice , Data Protection "
            "and Terms of Use\n",
            "ES",
            "Cuenca",
        ),
        # a municipal site's footer: its name and business code
        (
            "Innovaatioalustat\n\nKaupungit kehittävät yhdessä yritysten kanssa uusia palveluja asukkaille.\n\n"
            "Yhteystiedot\nPalautteet\nHelsingin kaupunki, 0201256-6\n",
            "FI",
            "Helsingi",
        ),
    ],
)
def test_the_town_of_the_site_s_own_footer_gives_the_country_when_nothing_else_does(page, code, town):
    _assert_guessed(page, code, "the page's furniture", repr(town))


def test_a_footer_naming_towns_of_two_countries_gives_none():
    # guard: a cross-border project's footer signs for both of its towns
    page = (
        "Piazza Transalpina\n\nThe square on the border is now one public space with a new pavement and benches.\n"
        "© 2024 Comune di Gorizia | Mestna občina Nova Gorica\n"
    )
    assert _country(page).startswith("TODO")


@pytest.mark.parametrize(
    "line",
    [
        # an e-mail address written with '(at)' against harvesting, as Finnish, German and Austrian sites do
        "Yhteyshenkilön sähköpostiosoite: jari.virtanen(at)businessoulu.com",
        "E-Mail: klimaschutz(at)stadt-musterhausen.de",
    ],
)
def test_an_e_mail_written_with_at_in_brackets_names_no_country(line):
    page = (
        "Kuutoskaupunkien innovaatioalustat\n\nHankkeen toteuttaja: Oulun kaupunki\n\n"
        f"Yhteyshenkilö\n{line}\n\nKaupungit avaavat alustoja, joilla yritykset kokeilevat palvelujaan.\n"
    )
    # the body the page names gives the country, not the '(at)' of the address read as Austria's code
    _assert_guessed(page, "FI", "'Oulu'")


@pytest.mark.parametrize(
    ("heading", "line"),
    [
        # a listing's subheading over an entry's first field, both capitalised like a name and a job
        ("Successful Projects", "Project Lead: Cork City Fire Department, Cork City Council"),
        ("Funded Departments", "Department: Housing and Planning"),
    ],
)
def test_a_plural_heading_over_a_role_line_is_not_a_person(heading, line):
    page = (
        f"Projects Funded in 2021\n\n{heading}\n\n\n{line}\n\nProject Title: Remotely Operated Vehicle\n\n"
        "Funding awarded: €55,000\n\nThe vehicle will let the crews deal with leaks without entering the area.\n"
    )
    assert not _draft(page).record.get("contacts")


@pytest.mark.parametrize(
    ("sentence", "code", "word"),
    [
        ("Projektet genomfördes av Sveriges Kommuner och Landsting tillsammans med tolv kommuner.", "SE", "Sveriges"),
        ("Latvijas pašvaldībām ir izveidots savs salīdzināšanas tīkls, kurā strādā speciālisti.", "LV", "Latvijas"),
        ("Hanke kokoaa Suomen kuntien kokemuksia asukkaiden osallistamisesta yhteen.", "FI", "Suomen"),
        ("Združenie miest a obcí Slovenska zverejňuje ďalšie príklady dobrej praxe zo samospráv.", "SK", "Slovenska"),
    ],
)
def test_a_country_s_name_in_the_genitive_beside_a_word_for_municipalities_gives_the_country(sentence, code, word):
    _assert_guessed(f"Hyvä käytäntö\n\n{sentence}\n", code, repr(word), "municipalities")


def test_a_capitalised_word_that_is_no_country_beside_a_word_for_municipalities_gives_none():
    # guard: 'Samverkan' is no country's genitive, whatever its ending is cut to
    page = "Samverkan\n\nSamverkans Kommuner delar sina erfarenheter av digitalisering med varandra.\n"
    assert _country(page).startswith("TODO")


@pytest.mark.parametrize(
    ("address", "place", "code"),
    [
        # an international body's address at the page's top, the practice's country on the entry's line
        ("Avenue de l'Europe\nF-67075 Strasbourg Cedex\nTel. +33 (0)3 88 41 20 00", "Portugal Portimão mai 2016", "PT"),
        ("Kaiser-Friedrich-Str. 7\n53113 Bonn", "Italy Moncalieri October 2019", "IT"),
    ],
)
def test_a_publisher_s_postal_town_line_does_not_outweigh_the_country_the_practice_names(address, place, code):
    page = (
        f"{address}\n\nCités interculturelles : exemples de bonnes pratiques\n\nLa semaine interculturelle\n\n"
        f"{place}\n\nPendant une semaine, la ville consacre un programme d’activités à l’interculturel.\n"
    )
    assert _country(page) == code


@pytest.mark.parametrize(
    ("sentence", "council"),
    [
        # a district the gazetteer lacks, whose last word is a Belgian town ('Forest')
        (
            "New Forest District Council asked a research agency to help it cut littering.",
            "New Forest District Council",
        ),
        ("Sefton Metropolitan Borough Council runs the scheme with local schools.", "Metropolitan Borough Council"),
    ],
)
def test_a_british_district_or_borough_council_gives_great_britain(sentence, council):
    page = (
        f"Reducing littering\n\n{sentence} Messages on trailers at three sites asked visitors to take rubbish home.\n"
    )
    _assert_guessed(page, "GB", "British local government", council)


@pytest.mark.parametrize(
    "sentence",
    [
        # 'the country's municipalities' (Danish): many, not one; and a guard in Swedish ('the region's municipalities')
        "Landets kommuner blev inviteret med gennem et call, og de bedste bud fik støtte til nye stier. Det er ikke "
        "svært at søge, og pengene blev fordelt efter en plan, så alle kan lære af de første projekter og af hinanden "
        "i hele landet.",
        "Skånes kommuner samarbetar om nya cykelvägar och delar på kostnaderna. Det är inte svårt, och pengarna "
        "fördelas mellan kommunerna efter en plan för hur vägarna ska byggas och vad de får kosta.",
    ],
)
def test_one_name_before_a_plural_word_for_municipalities_is_no_municipality(sentence):
    page = f"Stier i lokalområder\n\n{sentence}\n"
    assert _country(page).startswith("TODO")


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("Line Jensen, Projektleder", "Line Jensen", "Projektleder"),
        ("Karin Berg, Projektledare", "Karin Berg", "Projektledare"),
        ("Anna Bakker, Projectleider", "Anna Bakker", "Projectleider"),
        ("Jari Virtanen, Hankepäällikkö", "Jari Virtanen", "Hankepäällikkö"),
    ],
)
def test_a_person_with_a_one_word_job_of_the_nordic_dutch_or_finnish_pages_is_the_contact(line, name, role):
    page = (
        "Landsbyen sætter kurs\n\nMed nye roller og aktionslæring fik landsbyen gang i udviklingen.\n\n"
        f"Kunde\nHolbæk kommune\nKundekontakt\n{line}\nFokus\nLokalsamfundsudvikling\n"
    )
    assert _draft(page).record["contacts"] == [{"name": name, "role": role}]


# --- round 8 (i13w) ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("town", "code"),
    [
        # a city's own name, that GeoNames also lists as an alternate name of a much smaller place elsewhere
        ("Lahti", "FI"),  # and of the Russian village Lakhtinskiy
        ("Linz", "AT"),
        ("Verona", "IT"),
        ("Porto", "PT"),
        ("Gent", "BE"),
        ("Schwerin", "DE"),  # and Polish Skwierzyna's German name
        ("Mons", "BE"),  # and a French commune's
    ],
)
def test_a_city_s_own_name_wins_over_a_small_place_s_alternate_name(town, code):
    from generator.importer.gazetteer import country_of_town

    assert country_of_town(town) == code


@pytest.mark.parametrize(
    "town",
    [
        "Eger",  # Hungary's own, and the German name of Czech Cheb, of like size
        "Hard",  # Austria's own, and a Swiss place of like size
        "Altstadt",  # a German place's own name, and an old town's name in Czech and Swiss places
    ],
)
def test_a_name_that_towns_of_like_size_share_gives_no_country(town):
    from generator.importer.gazetteer import country_of_town

    assert country_of_town(town) is None


def test_a_city_with_an_alternate_name_elsewhere_gives_its_country_on_a_page():
    page = (
        "Bürgerhaushalt\n\nDie Stadt Schwerin hat ihre Einwohner gefragt, welche Projekte in ihrem Stadtteil "
        "gefördert werden sollen, und die Stadtvertretung hat die zehn Vorschläge mit den meisten Stimmen finanziert.\n"
    )
    _assert_guessed(page, "DE", "'Schwerin'", "GeoNames")


@pytest.mark.parametrize(
    ("heading", "sentence", "town", "code"),
    [
        # English prose writes the town word after the name in small letters
        ("Self-managing teams in Nijkerk municipality", "The staff reorganised into 28 teams.", "Nijkerk", "NL"),
        ("Housing first", "The Kuopio city council opened twenty flats for homeless people.", "Kuopio", "FI"),
        ("Green roofs", "Since 2019 the Gouda town council pays half the cost of a green roof.", "Gouda", "NL"),
    ],
)
def test_a_town_named_before_a_small_letter_town_word_in_english_gives_the_country(heading, sentence, town, code):
    _assert_guessed(f"{heading}\n\n{sentence}\n", code, repr(town), "GeoNames")


def test_a_capitalised_word_before_a_small_letter_municipality_is_no_town():
    page = "Self-managing teams\n\nEvery municipality can reorganise its staff into self-managing teams.\n"
    assert _draft(page).record["location"]["country"].startswith("TODO")


@pytest.mark.parametrize(
    ("name", "role"),
    [
        # URBACT's contact box: the person, then their office or elected seat, then the mail link
        ("Stefania Pascut", "Healthy City Office"),
        ("Gilles Perole", "Elected representative of Mouans-Sartoux"),
        ("Anna Nowak", "Deputy Mayor"),
        ("Xan Duro", "Environment counsellor"),
    ],
)
def test_a_person_over_an_office_or_an_elected_seat_is_the_contact(name, role):
    page = (
        "The playful paradigm\n\nUsing games for healthy place-making.\nUdine / Italy\nSize of city: \n"
        f"100 032 inhabitants\n\n\n{name}\n{role}\nSend email\n\n"
        "The city faces an ageing population and uses games to bring people together.\n"
    )
    assert _draft(page).record["contacts"] == [{"name": name, "role": role}]


@pytest.mark.parametrize(
    "body", ["Samtgemeinde Harsefeld", "Związek Gmin Dolnej Odry", "Gemeente Nijkerk", "Stadt Leipzig"]
)
def test_a_body_over_a_sentence_naming_an_office_is_no_contact(body):
    # guard: the office words make a job line of a short line, never of the page's first sentence
    page = f"{body}\n\nThe towns share one office that advises residents on insulating their homes.\n"
    draft = _draft(page)
    assert "contacts" not in draft.record or all(c.get("name") != body for c in draft.record["contacts"])
    assert "advises residents" in draft.record["description"] + draft.record.get("summary", "")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        (
            "In ECORIS3, the Lithuanian partner introduced a voucher scheme for SMEs. It took its cue from the "
            "technological voucher of the council of San Sebastian, which aims at higher readiness levels.",
            "LT",
        ),
        (
            "Die Stadt Erlangen verleiht seit 2019 Lastenräder an ihre Bürger, nach dem Beispiel der Stadt "
            "Kopenhagen, die damit den Autoverkehr in der Innenstadt senken konnte.",
            "DE",
        ),
        (  # a guard: the town word decides here before the cue is read
            "La Comune di Formigine ha aperto un laboratorio di quartiere, prendendo spunto da Barcellona e dai "
            "suoi superblocchi.",
            "IT",
        ),
    ],
)
def test_the_place_a_practice_took_its_cue_from_is_not_its_own(sentence, code):
    assert _country(f"Vouchers for innovation\n\n{sentence}\n") == code


def test_a_local_government_s_word_names_only_its_own_countries_towns():
    # 'obec' is a Czech or Slovak municipality: GeoNames' only 'Rankovce' of 1000 people is in North Macedonia
    page = (
        "Dobrá prax z miest a obcí\n\nTentoraz ide o tri riešenia: mesto Spišská Nová Ves vyčlenilo plochy pre "
        "mladých writerov; mesto Šahy obnovilo park, ktorý je starší ako sto rokov; a obec Rankovce podporuje "
        "nájomné bývanie, pričom budúci nájomníci sa sami zapájajú do stavby domov.\n"
    )
    _assert_guessed(page, "SK", "'Spišská Nová Ves'", "GeoNames")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # a guard: the general words for a town name any country's town
        ("Die Stadt Wien fördert seit 2019 Lastenräder für Familien.", "AT"),
        ("La ville de Genève a ouvert trois jardins partagés en 2020.", "CH"),
    ],
)
def test_a_general_word_for_a_town_names_any_country_s_town(sentence, code):
    assert _country(f"Gute Praxis\n\n{sentence}\n") == code


@pytest.mark.parametrize("switch", ["Suomeksi\nPå svenska\nIn English", "Norsk\nDansk\nEnglish"])
def test_a_language_switcher_s_own_names_give_no_country(switch):
    # guard: 'Svenska', 'Dansk', 'Norsk' are languages a switcher offers on every page, not adjectives of a country
    page = f"{switch}\n\nKaupunkipyörät\n\nKaupunki lainaa asukkaille pyöriä kesäisin ilman maksua.\n"
    assert _country(page).startswith("TODO")  # the page names no place: the country stays to be filled


# --- The practice's place by prominence: the town the page names most prominently gives the country, as a guess ---


@pytest.mark.parametrize(
    ("page", "code", "town"),
    [
        # an award's listing: the winner's heading and its paragraph, no country anywhere
        (
            "European Green Leaf Award - Winning cities\n\nAny town or city of an EU Member State with 20,000 to "
            "99,999 inhabitants may enter the award, and an application is eligible only if it follows the rules.\n\n"
            "Winning city - Roeselare 2020\n\nWith its 60,000 inhabitants, Roeselare has cut its car traffic by half "
            "in the historic centre since the circulation plan came in.",
            "BE",
            "Roeselare",
        ),
        # a Bulgarian page names its municipality in Cyrillic, in its title and first paragraph
        (
            "Общински бюджет с участието на гражданите - Габрово\n\nОбщина Габрово от 2015 г. организира всяка "
            "година публично обсъждане на бюджета с граждани, бизнеса и неправителствените организации в града.\n\n"
            "Кметът представя проектобюджета пред гражданите в Габрово.",
            "BG",
            "Габрово",
        ),
    ],
)
def test_a_town_named_bare_and_prominently_gives_its_country_as_a_guess_from_the_town(page, code, town):
    _assert_guessed(page, code, town, "a guess from the town", "names most prominently")


def test_an_award_winner_s_town_decides_over_the_runners_up_countries():
    page = (
        "The European Capital of Innovation Award\n\nThe prize goes to the city that best opens its innovation to "
        "its people, judged by an independent panel of experts.\n\nNantes is the European Capital of Innovation "
        "for 2019\n\nThe European Commission gave the 2019 prize of EUR 1 000 000 to Nantes for its citizens' "
        "innovation programme. The runners-up were Antwerp (Belgium), Espoo (Finland), Glasgow (United Kingdom), "
        "Rotterdam (Netherlands) and Umeå (Sweden).\n\nIn Nantes, citizens vote on the city's own experiments "
        "every year."
    )
    _assert_guessed(page, "FR", "'Nantes'")


def test_a_network_s_partners_one_a_line_leave_the_lead_partner_s_town_no_country():
    """A network lists its partners one a line: its lead partner's heading and address are not the practice's
    place, and the report names the towns it weighed."""
    page = (
        "Country\n\n  • SMART HOMES\n\n    Lead Partner : Kortrijk - Belgium\n    • Espoo - Finland\n"
        "    • Tartu - Estonia\n    • Ljubljana - Slovenia\n    • Vitoria-Gasteiz - Spain\n\n"
        "    City of Kortrijk - Grote Markt 54, 8500 Kortrijk\n\nSummary\n\nFive cities test how older people can "
        "stay in their homes longer with the help of small sensors and neighbours.\n\nTimeline\n\nKick-off in "
        "June\n\nFinal event in May (Kortrijk).\n\nEach city writes an action plan with its local group of "
        "residents, carers and firms.\n\nThe network shares what works in a guide for other cities.\n\nRef nid "
        "8812"
    )
    draft = _draft(page)
    assert str(draft.record["location"]["country"]).startswith("TODO")
    assert not any("a guess from the town" in line for line in draft.report.guessed)


def test_towns_of_two_countries_named_alike_give_none_and_the_report_names_them():
    page = (
        "Cities share their bike lanes\n\nTwo cities have worked together on protected bike lanes for three years, "
        "each paying its own works.\n\nGenk\n\nThe town of Genk built 20 km of lanes along its ring road.\n\n"
        "Kuopio\n\nThe town of Kuopio kept its lanes open in winter with heated paving."
    )
    draft = _draft(page)
    assert str(draft.record["location"]["country"]).startswith("TODO")
    assert any("'Genk' (BE)" in note and "'Kuopio' (FI)" in note for note in draft.report.notes)


@pytest.mark.parametrize(
    "page",
    [
        # a town's name that is a word the page also writes in small letters ('Mobile', Alabama; 'Most', Czechia)
        "Mobile\n\nMobile services for older people\n\nThe team visits people at home with a mobile clinic and a "
        "mobile library, so that nobody has to travel to the centre.\n\nMobile teams work in pairs.",
        "Most of the work\n\nMost people in the district were asked, and most of them answered the survey in "
        "the first month.\n\nMost answers came by post.",
        # a month's name, a first name in a person's name, a label before 'of'
        "March\n\nThe campaign ran in March and again in March of the next year, when the schools joined it.\n\n"
        "Contact: Florence Dupont, project officer",
        "Name of initiative Street Gardens\n\nName of lead organisation Green Streets Foundation\n\nVolunteers "
        "plant and keep gardens along residential streets, with seeds the foundation gives.",
        # a German noun after its article ('die Lage', Lage being a town in Germany)
        "Die Lage im Quartier\n\nDie Lage im Quartier hat sich verbessert, seit die Nachbarn den Platz gemeinsam "
        "pflegen und die Lage der Bänke selbst bestimmt haben.\n\nDie Lage bleibt gut.",
        # a small town abroad in a page of another language: 'Panorama' (Greece) as a magazine's name
        "Panorama 66 - La coopération interrégionale fonctionne!\n\nDébut 2018, le programme a voulu mesurer ce que "
        "ses projets de coopération changent dans les politiques des régions.\n\nPanorama 66 - La coopération "
        "interrégionale fonctionne!",
        # a part of a longer name ('Piazza del Sapere')
        "Verso la Piazza del Sapere\n\nIl progetto porta la biblioteca in una piazza coperta, aperta tutto il "
        "giorno e gestita con i cittadini del quartiere.\n\nVerso la Piazza del Sapere",
        # a town's name inside an organisation's or a person's name
        "Digital skills for everyone\n\nThe Bath Street Foundation runs free classes in digital skills for "
        "older people, with volunteers from the Bath Street Foundation and Anna Treviso.\n\nThe classes run twice "
        "a week.",
    ],
)
def test_a_word_that_gazetteer_lists_as_a_town_gives_no_country(page):
    draft = _draft(page)
    assert str(draft.record["location"]["country"]).startswith("TODO")
    assert not any("a guess from the town" in line for line in draft.report.guessed)


def test_an_explicit_country_line_decides_over_the_most_prominent_town():
    page = (
        "Winning city - Vitoria-Gasteiz 2012\n\nCountry: Portugal\n\nVitoria-Gasteiz opened a green ring around "
        "the city, with paths for walkers and cyclists, and Vitoria-Gasteiz's people planted its trees."
    )
    draft = _draft(page)
    assert draft.record["location"]["country"] == "PT"
    assert not any("a guess from the town" in line for line in draft.report.guessed)


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("Barcelona", ("ES", 1686208)),  # Spain's city before Venezuela's, though that one is half its size
        ("Троян", ("BG", 21162)),  # GeoNames' Cyrillic name of Troyan
        ("Trévise", ("IT", 85760)),  # Treviso's French name
        ("Flores", None),  # towns of like size in Brazil and Guatemala
        ("TSF", None),  # Treviso's airport code, among its alternate names
    ],
)
def test_the_gazetteer_knows_a_town_by_its_names_in_other_languages_and_scripts(name, found):
    assert town_by_name(name) == found


@pytest.mark.parametrize(
    "line",
    [
        "Baptisé « Imagine », le projet a réuni les autorités locales de Bistrita, Roumanie ; Dobrich, Bulgarie ; "
        "Figueras, Espagne ; Lille, France ; Milton Keynes, Royaume-Uni ; Odense, Danemark.",
        "Im Mai kommen Vertreter der Partnerstädte Danzig (Polen), Málaga (Spanien), Espoo (Finnland) und Leipzig "
        "zusammen.",
        "2020, the cities of Antwerp , Barcelona , Bilbao , Birmingham , Gothenburg, Lille and Vienna completed "
        "their activities.",
    ],
)
def test_towns_in_a_list_of_three_or_more_weigh_nothing(line):
    assert town_mentions([line], "", "") == []


@pytest.mark.parametrize(
    ("line", "towns"),
    [
        # German nouns that are towns' names too (Gießen, Lage, Mitte): after an article or a possessive
        ("Die Bewohner können dort künftig bequem Wasser zum Gießen holen.", []),
        ("Die Städte passen die Lösung an ihre eigene Lage an.", []),
        ('Die Gemeinde baut ihr Bürgerhaus zum "Haus der lebendigen Mitte" um.', []),
        # a neuter article before an adjective, as German writes a town: it stays a town
        ("Schön wie wir - Für ein lebenswertes Neukölln", ["Neukölln"]),
        ("Die Stadt Leipzig übernimmt das Modell aus Braga.", ["Leipzig", "Braga"]),
    ],
)
def test_a_german_noun_after_its_article_is_no_town(line, towns):
    assert [name for name, _, _ in town_mentions([line], "", "", "de")] == towns
