"""Dates: start and end fields, durations that give both, a head line that is only a running time
('[01-01-2017 - 31-12-2019]'), and the start a sentence gives ('opened in May 2017') when no field does."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache

from generator.importer.bookkeeping import Bookkeeping
from generator.importer.reading import _line, _texts
from generator.importer.report import Section, _short
from generator.normalise import ONGOING, month_names, read_date

# A sentence saying when the practice began: 'Launched in 2021, it ...', 'started in March 2019',
# 'after it opened in May 2017', 'the portal went live in March 2020'.
# The verb may take a short object before the date: 'set up a "National Reuse Month" for the whole country
# in 2016', 'the city ran its first participatory budget in 2013' (a repeated practice starts with its first
# round); the object's words are neither 'in'/'on' nor carry punctuation, so the date is the clause's own.
_BEGAN = re.compile(
    r"\b(?:launched|started|began|introduced|established|set up|opened|went live|rolled out|came into operation|"
    r"(?:ran|held|organi[sz]ed) (?:its|their|the) first)"
    r"(?:\s+(?!(?:in|on)\b)[^\s.,;:!?()]+){0,8}?\s+(?:in|on)\s+((?:[\w.]+\s+){0,2}\d{4})\b"
    # 'In 2019 Peñalolén launched a participatory budget': the year first, a subject of a few words, the verb
    # the subject may carry its short name in brackets: 'In 2018, the Green Energy Cooperative (ZEZ) started …'
    r"|\bIn\s+((?:[\w.]+\s+)?\d{4}),?\s+(?:(?!(?:will|would|shall|could|should|may|might|to|plans?)\b)[^\s.,;:!?()]+\s+){1,4}?"
    r"(?:\([A-ZÀ-ÖØ-Þ][\w&-]{1,12}\)\s+)?(?:launched|started|began|introduced|set up|opened)\b"
    # 'Running since 1998, Ökokauf Wien has grown ...'
    r"|\b(?:running|in operation|operating|in place|in force)\s+since\s+((?:[\w.]+\s+){0,2}\d{4})\b"
    # a sentence opening with when its subject began, then a comma: 'Beginning in 2015, SPP Regions has promoted …',
    # 'Starting in March 2019, the city …'
    r"|(?:^|(?<=[.!?]\s))(?:Beginning|Starting)\s+in\s+((?:[\w.]+\s+)?\d{4}),"
    # a work run since a date: 'URBACT has run five pilot initiatives since June 2021', 'has been operating since 2015'
    r"|\b(?:has|have)\s+(?:run|been running|operated|been operating|existed|been in place)\b[^.;:!?]{0,80}?\bsince\s+"
    r"((?:[\w.]+\s+)?\d{4})\b"
    # a repeated practice's first round, in the site languages: 'first held in 2014', 'its first edition in 2021',
    # 'organisé pour la première fois en 2014', 'erstmals 2014 ausgeschrieben', 'por primera vez en 2014', 'per la
    # prima volta nel 2014', 'po raz pierwszy w 2014 roku'
    r"|\b(?:first\s+(?:held|run|organi[sz]ed|launched|awarded|edition)|first\s+time)\s+(?:was\s+)?(?:in|on)\s+"
    r"((?:[\w.]+\s+)?\d{4})\b"
    r"|\b(?:pour la première fois|por primera vez|per la prima volta|po raz pierwszy|erstmals|zum ersten Mal)\s+"
    r"(?:en|in|nel|w|im(?: Jahr)?)?\s*((?:[\w.]+\s+)?\d{4})\b",
    re.IGNORECASE,
)
# The same in the other site languages: 'wurde 2016 eröffnet', 'läuft seit 2015', 'lancé en mars 2016', 'puesto en
# marcha en 2016', 'avviato nel 2016', 'uruchomiony w 2016 roku'.
# A year listed with another after it: 'began in 2016 and 2017', 'lancés en 2016 et 2017', '2016 oder 2017'.
_YEAR_LIST = re.compile(
    r"\s*(?:,|and|or|&|to|[-–]|et|ou|und|oder|bis|y|o|e|i|oraz|lub|do)\s*(?:in\s+|en\s+|nel\s+|im\s+|w\s+)?\d{4}\b",
    re.IGNORECASE,
)


def _several_years(said: str, after: str) -> bool:
    """A sentence that dates its beginning by two or more years gives no one start: things that began in
    2016 and 2017 are several, each with its own start."""
    return len(re.findall(r"(?<!\d)\d{4}(?!\d)", said)) > 1 or bool(_YEAR_LIST.match(after))


_BEGAN_NORDIC_ETC = (
    r"började|startade|startades|inleddes|lanserades|startet|startede|begynte|begyndte|lansert|lanceret|gestart|"
    r"begon|startte|gelanceerd|começou|iniciou|iniciad[oa]|lançad[oa]|arrancou|začal[ao]?|zahájen[ao]?|spuštěn[ao]?|"
    r"alkoi|käynnistyi|käynnistettiin"
)
_ENDED_NORDIC_ETC = (
    r"avslutades|slutade|avsluttet|afsluttet|afsluttedes|endte|afgerond|beëindigd|eindigde|terminou|"
    r"conclu[ií]d[oa]|encerrad[oa]|skončil[ao]?|ukončen[ao]?|päättyi"
)
_MONTH_WORD = r"[a-zåäöæøéëçãõíóúěščřžýůň]{3,12}"
_BEGAN_ELSEWHERE = re.compile(
    r"\b(?:im Jahr |im |Anfang |Ende |Mitte )?((?:[A-ZÄÖÜ][a-zäöü]{2,8}\s+)?\d{4})\s+(?:[\wäöüß]+\s+){0,4}?"
    r"(?:gestartet|gegründet|eröffnet|eingeführt|ins Leben gerufen|begonnen|eingerichtet)\b"
    r"|\b(?:läuft|besteht|arbeitet|existiert|existe|fonctionne|funciona|existe|funziona|esiste|działa|istnieje)\s+"
    r"(?:[\w]+\s+){0,3}?(?:seit|depuis|desde|dal|da|od)\s+(?:l['’]année\s+|el año\s+|il\s+|roku\s+)?(\d{4})\b"
    r"|\b(?:lancée?s?|créée?s?|mise? en place|mise? en œuvre|inaugurée?s?|ouverte?s?|démarrée?s?|a commencé|a débuté)"
    r"\s+(?:en|au début de|à la fin de|début|fin)\s+((?:[\wéû]+\s+)?\d{4})\b"
    r"|\b(?:puest[oa]s? en marcha|lanzad[oa]s?|cread[oa]s?|inaugurad[oa]s?|iniciad[oa]s?|comenzó|empezó|se inició)"
    r"\s+en\s+((?:[a-záéíóú]+\s+(?:de\s+)?)?\d{4})\b"
    r"|\b(?:avviat[oa]|lanciat[oa]|creat[oa]|inaugurat[oa]|iniziat[oa]|partit[oa]|è nat[oa])"
    r"\s+(?:nel|in|a)\s+((?:[a-z]+\s+(?:del\s+)?)?\d{4})\b"
    r"|\b(?:uruchomion[yae]|rozpoczęt[yae]|rozpoczął się|rozpoczęła się|otwart[yae]|utworzon[yae]|założon[yae])"
    r"\s+w\s+((?:[a-ząćęłńóśźż]+\s+)?\d{4})\b"
    # the year first, then a subject of a few words and the verb: 'W 2012 r. Oświęcim uruchomił program', 'Im Jahr
    # 2016 gründete die Stadt', 'En 2016, la ville a lancé', 'En 2016 el ayuntamiento puso en marcha', 'Nel 2016 il
    # comune ha avviato'
    r"|\b(?-i:W|Im Jahr|Im|En|Nel)\s+((?:[a-zäöüéèûáíóúąćęłńóśźż]+\s+(?:de\s+)?)?\d{4})(?:\s*r\.|\s+roku)?,?\s+"
    r"(?:[^\s.,;:!?()]+\s+){0,4}?(?:\([A-ZÀ-ÖØ-Þ][\w&-]{1,12}\)\s+)?(?:uruchomił[ao]?|rozpoczął|rozpoczęła|rozpoczęło|wprowadził[ao]?|utworzył[ao]?|"
    r"założył[ao]?|otworzył[ao]?|gründete|startete|eröffnete|führte|a lancé|a créé|a mis en place|a ouvert|"
    r"lança|puso en marcha|lanzó|creó|inauguró|ha avviato|ha lanciato|ha creato|ha aperto|avviò)\b"
    # an offer open since a year, the sentence's first words: 'Seit 2020 können sich Gemeinden bewerben', 'Since 2018,
    # residents can borrow', 'Depuis 2019, les écoles peuvent', 'Desde 2017 los vecinos pueden', 'Od 2016 r. mogą'
    r"|(?:^|(?<=[.!?]\s))(?-i:Seit|Since|Depuis|Desde|Dal|Od)\s+((?:[a-zäéèûáíóúąćęłńóśźż]+\s+)?\d{4})"
    r"(?:\s*r\.|\s+roku)?,?\s+(?:[^\s.,;:!?()]+\s+){0,6}?"
    r"(?:können|kann|dürfen|darf|can|may|peuvent|peut|pueden|puede|possono|può|mogą|może)\b"
    # the offer open from a day on, the verb first: 'Förderanträge können ab dem 1. Juli 2021 gestellt werden',
    # 'Applications can be made from 1 July 2021', 'les demandes peuvent être déposées à partir du 1er juillet 2021',
    # 'las solicitudes pueden presentarse a partir del 1 de julio de 2021', 'le domande possono essere presentate dal 1
    # luglio 2021', 'wnioski można składać od 1 lipca 2021', 'aanvragen kunnen vanaf 1 juli 2021 worden ingediend'
    r"|\b(?:können|kann|dürfen|can|may|peuvent|peut|pueden|puede|possono|può|można|mogą|kunnen|kan)\s+"
    r"(?:[^\s.,;:!?()\d]+\s+){0,4}?(?:ab(?: dem)?|from|as of|à partir du|à compter du|dès le|a partir del|desde el|"
    r"dal|a partire dal|od|vanaf|fra og med|från och med)\s+"
    r"((?:\d{1,2}(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?)?[^\W\d_]{3,10}\.?\s+(?:de\s+)?\d{4})\b"
    # the verb, then the date, in more languages of the pages: 'Projektet började i oktober 2019' (sv), 'startet i
    # 2018', 'begyndte i marts 2017' (no, da), 'gestart in maart 2019' (nl), 'começou em outubro de 2019' (pt),
    # 'byl zahájen v roce 2016' (cs), 'alkoi vuonna 2019' (fi)
    rf"|\b(?:{_BEGAN_NORDIC_ETC})\s+(?:(?:i|in|em|v(?: roce)?|vuonna)\s+)?((?:{_MONTH_WORD}\s+(?:de\s+)?)?\d{{4}})\b"
    # made or opened from a year on, a few words between: 'une plateforme conçue par la mairie de Barcelone dès 2016'
    r"|\b(?:lancée?s?|créée?s?|conçue?s?|mise? en place|développée?s?|ouverte?s?)\s+(?:[^\s.,;:!?()\d]+\s+){0,5}?"
    r"dès\s+(?:l['’]année\s+|le début de\s+)?((?:[\wéû]+\s+)?\d{4})\b"
    # Slovenian, the past tense only: 'je odprla vrata na začetku leta 2020', 'je bil ustanovljen leta 2015'
    r"|\b(?:je|so|sta)\s+(?:bil[aoi]?\s+)?(?:odprl[aoi]?|začel[aoi]?|zaživel[aoi]?|ustanovil[aoi]?|ustanovljen[aoi]?|"
    r"odprt[aoi]?)\s+(?:[^\s.,;:!?()\d]+\s+){0,4}?(\d{4})\b",
    re.IGNORECASE,
)
# A sentence saying when the idea or the initiative was born, its subject naming it so, in the site languages and a few
# others: 'L'initiative est née à l'été 2022', 'Pomysł pojawił się w połowie 2007 r.', 'the idea came about in 2015',
# 'Die Idee entstand im Jahr 2015', 'La iniciativa nació en 2015', 'L'idea è nata nel 2015', 'Het initiatief ontstond
# in 2015', 'A ideia surgiu em 2015'. A few words may say the part of the year ('au printemps', 'w połowie', 'Anfang').
_BORN_SUBJECT = (
    r"idea|initiative|project|programme|program|scheme|concept|idée|projet|dispositif|démarche|Idee|Initiative|"
    r"Projekt|Programm|Konzept|iniciativa|proyecto|programa|iniziativa|progetto|programma|pomysł|inicjatywa|"
    r"idee|initiatief|ideia|projeto|idéen|initiativet|projektet|ideen"
)
_BORN_VERB = (
    r"was born|was conceived|came about|emerged|took shape|(?:est|fut) née?|a vu le jour|a germé|a pris forme|"
    r"entstand|ist entstanden|nació|surgió|vio la luz|tomó forma|è nat[oa]|è sort[oa]|nacque|ha preso forma|"
    r"powstał[aoy]?|pojawił[aoy]? się|narodził[aoy]? się|zrodził[aoy]? się|ontstond|is ontstaan|nasceu|surgiu|"
    r"föddes|uppstod|oppsto|opstod"
)
_BORN = re.compile(
    rf"\b(?:{_BORN_SUBJECT})\b(?:\s+[^\s.,;:!?()]+){{0,4}}?\s+(?:{_BORN_VERB})\s+"
    r"((?:[^\s.,;:!?()\d]+\s+){0,3}?\d{4})(?!\d)",
    re.IGNORECASE,
)
# The day building or work began, named by its ceremony, with its date before or after: 'Anfang September 2020 war nun
# Spatenstich', 'Der Startschuss fiel im März 2019', 'the groundbreaking took place in May 2019', 'le premier coup de
# pioche a été donné en mai 2019', 'la colocación de la primera piedra fue en mayo de 2019', 'la posa della prima
# pietra è avvenuta nel maggio 2019', 'wmurowanie kamienia węgielnego odbyło się w maju 2019', 'de eerste spade ging
# in mei 2019 de grond in'.
_CEREMONY = (
    r"Spatenstich|Startschuss|Baubeginn|groundbreaking|ground-breaking|first sod|coup de pioche|première pierre|"
    r"coup d['’]envoi|primera piedra|pistoletazo de salida|prima pietra|kamienia węgielnego|eerste spade|startschot|"
    r"spadtaget|spadetak"
)
_CEREMONY_DATE = (
    r"((?:[^\s.,;:!?()\d]+\s+)?\d{4})\s+(?:war|fiel|erfolgte|was|took place|a eu lieu|fue|fu|è stat[oa]|był[ao]?|"
    r"ging)\s+(?:[^\s.,;:!?()\d]+\s+){0,3}?(?:" + _CEREMONY + r")\b"
    r"|\b(?:" + _CEREMONY + r")\b[^.;!?\d]{0,40}?\b(?:am|im|on|in|le|en|el|il|nel|nella|w|op|den|i|at)\s+"
    r"((?:\d{1,2}(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?)?(?:[^\W\d_]{3,10}\.?\s+(?:de\s+|del\s+)?)?\d{4})"
)
_BEGUN_WORK = re.compile(_CEREMONY_DATE, re.IGNORECASE)
# Words inside such a sentence that put the ceremony still to come: 'the groundbreaking will take place in May 2026'.
_TO_COME = re.compile(r"(?i)\b(?:will|would|shall|is to|are to|to be|planned|expected|due|scheduled)\b")
# A sentence saying when the practice ended, in the site languages: 'SPP Regions … ended in March 2018', 'was completed
# in 2019', 's'est terminé en juin 2018', 'a pris fin en 2018', 'endete im März 2018', 'wurde 2018 abgeschlossen',
# 'terminó en 2018', 'finalizó en marzo de 2018', 'si è concluso nel 2018', 'zakończył się w 2018'.
_ENDED = re.compile(
    r"\b(?:ended|finished|closed|concluded|(?:was|were) (?:completed|concluded|closed)|came to an end)\s+"
    r"(?:in|on)\s+((?:[\w.]+\s+){0,2}\d{4})\b"
    r"|\b(?:s['’]est (?:terminée?|achevée?|clôturée?)|a pris fin|s['’]est conclu[e]?)\s+(?:en|au mois de)\s+"
    r"((?:[\wéû]+\s+)?\d{4})\b"
    r"|\b(?:endete|endeten)\s+(?:im\s+|Ende\s+)?((?:[\wäöü]+\s+)?\d{4})\b"
    r"|\bwurde\s+(?:im\s+)?((?:[\wäöü]+\s+)?\d{4})\s+(?:abgeschlossen|beendet)\b"
    r"|\b(?:terminó|finalizó|concluyó|se cerró)\s+en\s+((?:[a-záéíóú]+\s+(?:de\s+)?)?\d{4})\b"
    r"|\b(?:si è conclus[oa]|è terminat[oa]|si è chius[oa])\s+(?:nel|a|in)\s+((?:[a-z]+\s+(?:del\s+)?)?\d{4})\b"
    r"|\b(?:zakończył[oa]? się|zakończyła się|został[oa]? zakończon[yae])\s+w\s+((?:[a-ząćęłńóśźż]+\s+)?\d{4})\b"
    # 'avslutades i juni 2020' (sv), 'afsluttet i 2019' (da, no), 'afgerond in 2019' (nl), 'terminou em 2019' (pt),
    # 'skončil v roce 2019' (cs), 'päättyi vuonna 2019' (fi)
    rf"|\b(?:{_ENDED_NORDIC_ETC})\s+(?:(?:i|in|em|v(?: roce)?|vuonna)\s+)?((?:{_MONTH_WORD}\s+(?:de\s+)?)?\d{{4}})\b",
    re.IGNORECASE,
)
# The town, city or council as the subject of a sentence saying since when it does the work, the year first or the town
# first, in the site languages and a few others: 'Depuis 2013, la mairie a remis …', 'Since 2017 the council has
# lent …', 'Sinds 2017 legt de Gelderse gemeente de nadruk op …', 'bezuschusst die Stadt Salzkotten seit 2022 …', 'Desde
# 2016 el ayuntamiento ofrece …', 'Dal 2015 il Comune promuove …', 'Od 2018 r. gmina prowadzi …'.
_TOWN = (
    r"(?:city|town|council|municipality|mairie|ville|commune|municipalité|gemeente|Stadt|Gemeinde|Kommune|"
    r"Stadtverwaltung|ayuntamiento|municipio|comune|gmina|miasto|kommunen?|kommun|câmara|prefeitura|obec|město|"
    r"kunta|kaupunki)"
)
_SINCE_WORD = r"(?:Since|Sinds|Depuis|Seit|Desde|Dal|Od|Sedan|Siden|Fra)"
_SINCE_TOWN = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?-i:{_SINCE_WORD})\s+((?:19|20)\d\d)(?:\s*r\.)?,?\s+(?:[^\s.,;:!?()]+\s+){{0,4}}?"
    rf"(?:the |la |le |l['’]|de |die |das |el |il |o |a )?{_TOWN}\b"
    rf"|\b(?:the |la |le |l['’]|de |die |el |il )?{_TOWN}(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){{0,2}}\s+"
    rf"(?:[^\s.,;:!?()]+\s+){{0,3}}?(?-i:since|seit|depuis|desde|sinds|sedan|siden)\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A work said to go on since a year, its verb in the present perfect or the year a yearly round began: 'the town has
# treated food, health and the environment as one question since 1998', 'Every year since 1995 the State Council has
# given an award'.
_SINCE_WORK = re.compile(
    r"(?i)\b(?:every year|each year|annually|yearly) since\s+((?:[\w.]+\s+)?(?:19|20)\d\d)\b"
    # 'has', one subject: 'have' is most often others' work counted since then ('households have signed … since 2013')
    r"|\bhas\s+(?!been\b)[^\s.;:!?()]+(?:ed|en|un|ne|wn|t)\b[^.;:!?()]{0,80}?\bsince\s+((?:[\w.]+\s+)?(?:19|20)\d\d)\b"
)
# A council's decision, dated by its day, inside a sentence: 'adottato con deliberazione del Consiglio Comunale n. 10
# del 11.03.2022', 'en el acuerdo del Pleno Municipal de 16 de junio de 2008', 'par délibération du conseil municipal du
# 3 mai 2019', 'per Beschluss des Gemeinderats vom 12. März 2019', 'by a council resolution of 4 May 2018', 'uchwałą
# Rady Miejskiej z dnia 22 lutego 2023 r.', 'bij raadsbesluit van 5 maart 2019', 'zaključkom od 26. travnja 2005.' (hr),
# 'usnesením ze dne 3. května 2019' (cs), 'sklepom z dne 4. maja 2018' (sl).
_DECIDED = re.compile(
    r"(?i)(?<=\w[\s,(])(?:deliberazione|delibera|acuerdo|resolución|decreto|délibération|décision|arrêté|beschluss|"
    r"ratsbeschluss|gemeinderatsbeschluss|resolution|decision|uchwał[aąy]|raadsbesluit|besluit|beslut|vedtak|"
    r"zaključ\w*|odluk\w*|usnesení\w*|sklep\w*)\s+"
    r"(?:[^\s.;:!?]+\.?\s+){0,5}?(?:del|de|du|vom|of|on|z dnia|van|den|dated|od|ze dne|z dne)\s+"
    r"(\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|\d{1,2}(?:\.|er|º)?\s+(?:de\s+)?[^\W\d_]{3,12}\s+(?:de\s+)?(?:19|20)\d\d)"
)
# Verbs that make such a sentence the town's own story, not the work's: 'the town has grown since 1990'.
_GROWN = re.compile(
    r"(?i)\b(?:grown|grew|changed|lost|gained|doubled|halved|fallen|fell|risen|rose|existed|been|belonged|"
    r"gewachsen|verloren|grandi|perdu|crecido|perdido|cresciuto|perso|urosł\w*|gegroeid)\b"
)
# A body adopting something on a date, the date before or after: 'in June 2016 the city council adopted the
# 'Gdansk Integration Model'', 'the council approved the Green Roof Plan in May 2019'; in the site languages too.
_ADOPT_VERB = (
    r"(?:adopted|approved|passed|endorsed|drew up|drawn up|verabschiedete|beschloss|a adopté|a approuvé|aprobó|adoptó|"
    r"ha approvato|ha adottato|przyjęła|przyjął|uchwaliła|uchwalił)"
)
_ADOPTED = re.compile(
    r"(?i)\b(?:in|im|en|nel|w)\s+((?:[\w.]+\s+){0,2}\d{4}),?\s+(?:[^\s.,;:!?()]+\s+){1,5}?"
    + _ADOPT_VERB
    + r"\s+(?:the |die |den |das |le |la |l['’]|el |il |lo )?[\"“„«‘']?\s?([^\"”»’'.;!?]{3,100})"
    r"|\b"
    + _ADOPT_VERB
    + r"\s+(?:the |die |den |das |le |la |l['’]|el |il |lo )?[\"“„«‘']?\s?([^\"”»’'.;!?]{3,100}?)[\"”»’']?"
    r"\s+(?:in|im|en|nel|w)\s+((?:[\w.]+\s+){0,2}\d{4})\b"
)
# A sentence opening with the years its subject did the work in: 'Between 2002 and 2012 the CIVITAS Initiative
# carried out', 'From 2015 to 2019 the city ran', 'Zwischen 2014 und 2018 setzte die Stadt … um', 'De 2015 à 2019, la
# ville a mis en œuvre', 'Entre 2016 y 2019 el ayuntamiento realizó', 'Dal 2012 al 2016 il comune ha realizzato',
# 'W latach 2017–2020 gmina zrealizowała'. The years may have their months ('Von Juni 2023 bis Dezember 2025 ist
# das Gesundheitsreferat … Partner', 'De junio de 2023 a diciembre de 2025'), and the work may be a network's
# partnership ('From March 2019 to May 2022 Lisbon was a partner in …', 'Od czerwca 2023 do grudnia 2025 miasto
# jest partnerem …').
_MONTH_BEFORE = r"(?:[^\W\d_]{3,10}\.?\s+(?:de\s+|del\s+)?)?"
_PARTNER = (
    r"(?:is|was|are|were|ist|war|sind|waren|est|était|sont|étaient|es|fue|era|son|fueron|è|sono|erano|jest|był[ao]?|"
    r"są|byli)\s+(?:[^\s.,;:!?()]+\s+){0,8}?(?:partners?|Partner(?:in|stadt)?|partenaires?|soci[oa]s?|"
    r"partnerem|partnerami)\b"
)
_WORKED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:Between|From|Zwischen|Von|Entre|De|Desde|Dal|Da|Tra|Fra|W latach|Od)\s+"
    rf"(?P<first>{_MONTH_BEFORE}\d{{4}})\s*"
    r"(?:and|to|und|bis|et|à|au|y|a|hasta|al|e|do|-|–)\s*"
    rf"(?P<last>{_MONTH_BEFORE}\d{{4}})(?:\s*r\.|\s+roku)?,?\s+"
    r"(?P<who>(?:[^\s.,;:!?()]+\s+){0,6}?)"
    rf"(?:{_PARTNER}|carried out|implemented|ran|run|delivered|tested|piloted|funded|financed|supported|built|"
    r"realised|realized|"
    r"führte|setzte|realisierte|förderte|finanzierte|erprobte|a mis en œuvre|a réalisé|a mené|a financé|a soutenu|"
    r"a testé|realizó|llevó a cabo|ejecutó|financió|puso en marcha|ha realizzato|ha attuato|ha finanziato|"
    r"ha sostenuto|realizzò|zrealizował[ao]?|wdrożył[ao]?|przeprowadził[ao]?|sfinansował[ao]?|zrealizowano)\b"
)
# A running time said after the practice's verb, each end a day, a month or a year: 'the project ran from 1 September
# 2016 to 20 June 2017', 's'est déroulé du 1er septembre 2016 au 20 juin 2017', 'wurde vom 1. September 2016 bis 20.
# Juni 2017 durchgeführt', 'se realizó del 1 de septiembre de 2016 al 20 de junio de 2017', 'è stato realizzato dal 1°
# settembre 2016 al 20 giugno 2017', 'był realizowany od 1 września 2016 do 20 czerwca 2017', 'liep van september 2016
# tot juni 2017'.
_DAY_DATE = (
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{4}|(?:\d{1,2}(?:\.|°|º|er|st|nd|rd|th)?\s+(?:de\s+)?)?"
    r"(?:[^\W\d_]{3,10}\.?\s+(?:de\s+|del\s+)?)?\d{4})"
)
_RAN_VERB = (
    r"ran|run|was carried out|was implemented|was delivered|took place|lasted|s['’]est déroulée?|a eu lieu|"
    r"a été (?:réalisée?|mise? en œuvre|menée?)|a duré|lief|wurde|dauerte|fand|se realizó|se desarrolló|"
    r"se llevó a cabo|tuvo lugar|duró|è stat[oa] realizzat[oa]|si è svolt[oa]|è durat[oa]|ha avuto luogo|"
    r"è stat[oa] attuat[oa]|trwał[ao]?|był[ao]? realizowan[yae]|został[ao]? zrealizowan[yae]|odbywał[ao]? się|"
    r"liep|werd uitgevoerd|duurde|pågick|varte|løp|kesti"
)
_RAN = re.compile(
    rf"\b(?:{_RAN_VERB})\s+(?:[^\s.,;:!?()\d]+\s+){{0,3}}?"
    r"(?:from|du|dal|del|de|vom|von|od|desde|van|från|fra)\s+"
    rf"(?P<first>{_DAY_DATE})\s*"
    r"(?:to|until|till|au|à|al|a|bis(?: zum)?|do|hasta(?: el)?|tot|til|y|and|und|et|e|[-–])\s*"
    rf"(?P<last>{_DAY_DATE})(?!\d)",
    re.IGNORECASE,
)
# Words near such a verb, in the other site languages, that make it a plan: 'soll 2026 eröffnet werden'.
_UNSURE_ELSEWHERE = re.compile(
    r"(?i)\b(?:wird|werden|soll|sollen|geplant|voraussichtlich|sera|seront|prévue?s?|será|serán|previst[oa]s?|"
    r"sarà|saranno|będzie|zostanie|planowan\w*|kommer att|ska|skall|skal|vil|planerad\w*|"
    r"planlagt|zal|zullen|wordt|gepland|vai|irá|bude|budou|plánovan\w*|tulee|on tarkoitus)\b"
)
# A timeline's milestone that begins the practice ('Project launch', 'Kick-off meeting')
# or ends it ('Project completed', 'Final conference').
_LAUNCH = re.compile(r"(?i)\b(?:launch(?:ed)?|start(?:ed)?|kick-?off|began|beginning|opening|opened|lancement|début)\b")
_COMPLETED = re.compile(
    r"(?i)\b(?:complet(?:ed|ion)|end(?:ed)?|clos(?:ed|ure|ing)|finish(?:ed)?|final (?:event|conference))\b"
)
# Words before such a verb that make it a plan or a condition, not a start: 'will be opened in 2019'.
_UNSURE = re.compile(
    r"(?i)\b(?:will|would|to|shall|could|should|may|might|if|once|until|unless|planned|expected|due)\s+(?:\w+\s+)?$"
)
# What a page's authors began that is not the practice: 'In early 2018 we began a study of its effects'.
_VERB = re.compile(r"(?i)\b(?:launched|started|began|introduced|established|set up|opened)\b")
_STUDY = re.compile(
    r"(?i)\s+(?:(?:a|an|the|our|its|their|this|that|new)\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:study|studies|survey|evaluation|assessment|analysis|review|research|audit)\b"
)


# What a practice grows out of, extends or follows, in the site languages and a few others: the start a sentence gives
# it is the predecessor's ('grows out of the earlier "Digital Girls" initiative, started in 2014', 'extends "Digital
# Girls", which began in 2014', 'prolonge le programme précédent, lancé en 2014', 'baut auf dem früheren Projekt auf,
# das 2014 gestartet wurde', 'continúa el anterior programa, puesto en marcha en 2014').
_PREDECESSOR = re.compile(
    r"(?i)\b(?:earlier(?! (?:this|that|today|in|on)\b)|previous|predecessor|grows? out of|grew out of|builds? on|"
    r"built on|extends|successor (?:of|to)|continuation of|précédente?s?|antérieure?s?|prolonge|fait suite à|"
    r"vorherige[nmrs]?|frühere[nmrs]?|Vorgänger\w*|baut auf|knüpft an|anterior(?:es)?|previ[oa]s?|precedente|"
    r"predecesor\w*|poprzedni\w*|wcześniejsz\w*|kontynuacj\w*|voorganger|eerdere|föregående)\b"
)


def _aside(before: str, said: str) -> bool:
    """A start said of something else than the practice: a predecessor the sentence names before the verb, or an
    aside in brackets ('(Twitter was launched there in 2007)')."""
    sentence = re.split(r"(?<=[.!?])\s+", before)[-1]
    return bool(_PREDECESSOR.search(sentence[-120:])) or sentence.count("(") > sentence.count(")") and ")" in said


# The clause before a start verb, back to its beginning: 'When the EU Urban Agenda' in 'When the EU Urban
# Agenda began in 2016, it …'.
_CLAUSE = re.compile(r"(?:^|[.;:!?(]\s*|,\s*|\b(?:when|after|before|as|since|while|once)\s+)([^.;:!?,()]*)$", re.I)


def _other_subject(before: str, title: str) -> bool:
    """A start verb whose subject names something else than the practice: 'the EU Urban Agenda began in 2016'.

    The subject is the clause's words before the verb; it names something else when it has capitalised
    words (past its first word) and none of them is in the practice's title. Without a title, no subject
    is ruled out.
    """
    if not title or title.startswith("TODO"):
        return False  # without the practice's name, a named subject may well be the practice
    found = _CLAUSE.search(before)
    words = re.findall(r"[\w'’-]+", found.group(1)) if found else []
    names = [w for w in words[1:] if w[:1].isupper()]
    title_words = {w.casefold() for w in re.findall(r"[\w'’-]+", title)}
    return bool(names) and not any(w.casefold() in title_words for w in names)


def _names_practice(said: str, title: str) -> bool:
    """A start sentence whose object names the practice, so that its subject is the practice's maker, not something
    else: 'The Social Innovation Foundation opened So Stay Hotel in 2016' under the title 'So stay hotel', 'the City of
    Copenhagen drew up a Cloudburst Management Plan in 2012'. The object names it when it holds the whole title, or a
    name of two or more capitalised words that the title holds."""
    if not title or title.startswith("TODO"):
        return False
    folded = " ".join(re.findall(r"[\w'’-]+", title)).casefold()
    words = " ".join(re.findall(r"[\w'’-]+", said))
    if len(folded.split()) > 1 and folded in words.casefold():
        return True
    names = re.findall(r"(?<!\w)[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)+", words)
    return any(name.casefold() in folded for name in names)


def _study_begun(clause: str) -> bool:
    """A start sentence whose verb's object is a study of the practice ('began a study'): not the practice's start."""
    verb = _VERB.search(clause)
    return bool(verb and _STUDY.match(clause[verb.end() :]))


# Where the two dates of a running time meet: '2017 - 2019', '01/2017 – 12/2019', 'March 2016 to May 2018', and the
# word for 'to' in the site languages: 'September 2016 bis Juni 2019', 'mars 2016 à mai 2018', 'marzo 2016 a mayo
# 2018', 'marzo 2016 al maggio 2018', 'marzec 2016 do maj 2018'.
_RANGE = re.compile(
    r"\s+(?:-|–|—|→|to|until|till|bis|au|à|jusqu['’](?:au|en|à)|hasta|a|al|fino a|fino al|do)\s+"
    r"|(?<=\d{4})[-–—](?=\d{4})|\s*[–—→]\s*"
)
# The word before a running time's first date: 'from', 'von', 'du', 'desde', 'dal', 'od'.
_FROM = re.compile(r"(?i)^(?:from|since|von|vom|ab|seit|du|de|depuis|desde|dal|da|od)\s+")
# An aside closing a running time that says the work goes on after its second date, in the site languages and a few
# others: '(still ongoing as part of the municipal strategy)', '(toujours en cours)', '(läuft weiter)', '(sigue en
# marcha)', '(tuttora in corso)', '(nadal trwa)', '(loopt nog)', '(pågår fortfarande)'.
_STILL_RUNNING = re.compile(
    r"(?i)\s*\((?:still\s+|toujours\s+|noch\s+|sigue\s+|todavía\s+|tuttora\s+|ancora\s+|nadal\s+|nog\s+)?"
    r"(?:ongoing|on-going|running|continuing|continues|en cours|se poursuit|läuft(?: weiter)?|laufend|fortlaufend|"
    r"en curso|en marcha|continúa|in corso|prosegue|continua|trwa|w toku|loopt(?: nog)?|lopend|pågår|pågående|"
    r"em curso)\b[^()]*\)\s*$"
)
_EMPTY_END = "TODO: the page's end date field is empty: the end date, or not reported"


@dataclass(frozen=True)
class StartCandidate:
    """A date the page gives as a beginning: its kind, the date, where it is (text, offset) and the words."""

    kind: str
    value: str
    at: tuple[int, int]
    said: str

    def why(self) -> str:
        return f"from {self.said!r} in the text ({_KINDS[self.kind]})"


# What each kind of start candidate is, as the report says it.
_KINDS = {
    "launch": "a verb of beginning",
    "born": "when the idea or initiative was born",
    "adopted": "the day the practice was adopted",
    "since": "the year since which the town does the work",
    "decided": "the day a council decided it",
    "going on": "the year since which the work goes on",
    "span": "the first year of a running time in brackets",
    "published": "the page's own date, never a start",
}


# Kinds that are decisive when the candidates disagree: the practice's own idea or initiative being born ('L'initiative
# est née à l'été 2022'), and the practice adopted under its name.
_DECISIVE = {"born", "adopted"}


# Kinds that are never the start: the page's own date of publication.
_NEVER = {"published"}


def decide_start(found: list[StartCandidate]) -> StartCandidate | None:
    """The start the candidates agree on. All of one year: that year, at the most precise date given. Else the one
    year the decisive kinds give, else the year more distinct statements give than any other; else none (unknown)."""
    found = [c for c in found if c.kind not in _NEVER]
    years = {c.value[:4] for c in found}
    if len(years) > 1:
        decisive = {c.value[:4] for c in found if c.kind in _DECISIVE}
        said = {year: {c.said for c in found if c.value[:4] == year} for year in years}
        ranked = sorted(said, key=lambda year: len(said[year]), reverse=True)
        if len(decisive) == 1:
            years = decisive
        elif len(said[ranked[0]]) > len(said[ranked[1]]):
            years = {ranked[0]}
        else:
            return None
    same = sorted((c for c in found if c.value[:4] in years), key=lambda c: c.at)
    if not same:
        return None
    # the most precise date of that year, the first on the page among equals; two different months give the year
    months = {c.value for c in same if len(c.value) > 4}
    if len(months) == 1:
        return next(c for c in same if c.value in months)
    first = same[0]
    return StartCandidate(first.kind, first.value[:4], first.at, first.said) if months else first


# A figure in percent, which makes a sentence a result's and its span the time the result was measured over.
_MEASURED = re.compile(r"(?i)\d\s?(?:%|per ?cent|prozent|pour ?cent|por ?ciento|per ?cento|procent)")


# A line giving the page's own date: 'Published on 3 March 2021', 'Edited on 19/12/2025', 'Veröffentlicht am …',
# 'Publié le …', 'Pubblicato il …', 'Publicado el …', 'Opublikowano …', 'Gepubliceerd op …', 'Publicerad …'.
_PUBLISHED = re.compile(
    r"(?i)^(?:published|posted|edited|last updated|updated|veröffentlicht|aktualisiert|publié|mis à jour|pubblicato|"
    r"aggiornato|publicado|actualizado|opublikowano|zaktualizowano|gepubliceerd|bijgewerkt|publicerad|uppdaterad|"
    r"julkaistu|päivitetty)(?:\s+(?:on|am|le|il|el|op|den|dnia))?\s*:?\s*(.{6,40})$"
)


def published_candidates(texts: list[str]) -> list[StartCandidate]:
    """The page's own dates ('Published on 3 March 2021'): listed in the report, never taken as the start."""
    found = []
    for n, text in enumerate(texts):
        for line in text.splitlines():
            match = _PUBLISHED.match(line.strip())
            value = _date_at_end(match.group(1)) if match else None
            if match and value:
                found.append(StartCandidate("published", value, (n, 0), line.strip()))
    return found


def span_candidates(texts: list[str], today: datetime.date) -> list[StartCandidate]:
    """The first years of the running times a text gives in brackets ('programme (2022-2023)'); a funding programme's
    ('Interreg Europe (2014-2020)') is not the practice's, nor a span over twelve years (a life, a history)."""
    found = []
    for n, text in enumerate(texts):
        for match in _BRACKETED_SPAN.finditer(text):
            first, last = match.group("first"), _full_year(match.group("first"), match.group("last"))
            if PROGRAMME.search(text[: match.start() + 1][-40:]) or not last or not 0 < int(last) - int(first) <= 12:
                continue
            sentence = re.split(r"(?<=[.!?])\s", text[: match.start()])[-1] + text[match.start() :].split(". ")[0]
            if _MEASURED.search(sentence) or first > str(today.year):
                continue  # the span a result was measured over: 'rose by 33 percent over the project (2008-2011)'
            said = " ".join([*text[: match.start()].split()[-5:], match.group(0).strip()])
            found.append(StartCandidate("span", first, (n, match.start()), said))
    return found


def _listed(found: list[StartCandidate]) -> str:
    """The candidates as the report lists them: '2016 (launched in 2016), 2019 (since 2019)'."""
    return "; ".join(f"{c.value}, {_KINDS[c.kind]} ({_short(c.said, 60)!r})" for c in found)


class DateFields(Bookkeeping):
    """Placers of the draft builder for these sections; bookkeeping comes from Bookkeeping."""

    def date(self, section: Section, name: str, text: str | None = None) -> None:
        text = text if text is not None else _line(section.lines)
        if not text:
            return
        value, note = read_date(text)
        if value == ONGOING and name == "end":
            self.found("end", text, "ongoing: no end date written")
        elif value and value != ONGOING and self.put((name,), value, section.heading, text):
            self.found(name, text, value)
        elif value and value != ONGOING:
            return
        else:
            self.unplaced(section.heading, [text], f"{text!r} is not a date the importer can read")
        if note:
            self.report.guessed.append(f"{name}: {note}")

    def period_from_prose(self, texts: list[str], today: datetime.date) -> None:
        """When no field gave a date, the years a sentence says the practice's work ran, as a guess.

        The sentence opens with the two years and its subject then does the work: 'Between 2002 and 2012 the
        CIVITAS Initiative carried out 27 measures', 'De 2015 à 2019, la ville a mis en œuvre …'. Years before
        a change ('Between 2010 and 2020 emissions fell') or a named other subject give nothing.
        """
        if "start" in self.record or "end" in self.record:
            return
        title = str(self.record.get("title", ""))
        for text in texts:
            for match in [*_WORKED.finditer(text), *_RAN.finditer(text)]:
                first, last = _date_at_end(match.group("first")), _date_at_end(match.group("last"))
                if not (first and last and first < last and last[:4] <= str(today.year)):
                    continue
                who = match.group("who") if match.re is _WORKED else text[: match.start()]
                if _other_subject(who, title) or _UNSURE.search(text[: match.start()]):
                    continue
                if _UNSURE_ELSEWHERE.search(text[max(0, match.start() - 40) : match.end()]):
                    continue
                self.set_period(first, last, f"from {match.group(0)!r} in the text")
                return
        if not self.period_line(texts):
            self.period_named(title, texts)

    def set_period(self, first: object, last: object, why: str) -> None:
        """Set the start and the end a page gives, reported as guessed with why."""
        self.set(("start",), first)
        self.set(("end",), last)
        self.report.guessed.append(f"start, end: {first} and {last}, {why}")

    def period_line(self, texts: list[str]) -> bool:
        """A fact-box line whose label is a running time and whose value two dates: 'Financing period: January 2010 –
        June 2013', 'Projektlaufzeit: 03/2019 – 02/2022', 'Durée : 2016-2019', 'Okres realizacji: 2017–2020',
        'Toteutusaika: Alkaa 1.2.2015 ja päättyy 31.7.2018'."""
        found = set()
        for text in texts:
            for line in text.splitlines():
                label = _PERIOD_LABEL.match(line.strip(" \t•*-–·"))
                if label and PROGRAMME.search(label.group(0)):
                    continue  # a funding programme's period: 'Programming period: 2014-2020'
                value = line.strip(" \t•*-–·")[label.end() :] if label else ""
                said = _BEGINS_ENDS.match(value)
                dates = date_range(f"{said.group(1)} - {said.group(2)}" if said else value) if label else None
                if dates:
                    found.add(dates)
        if len(found) != 1:
            return False
        ((first, last),) = found
        self.set_period(first, last, "from a line giving the running time")
        return True

    def period_named(self, title: str, texts: list[str]) -> None:
        """The years a practice's name or a period phrase gives it: 'Programme for public health 2017–2022', 'the
        allotments of the period 2022-2026', 'Under 2012–2015 the city …', 'im Zeitraum 2019–2021'. A funding
        programme's period ('Interreg Europe 2014-2020', 'ERDF 2021-2027') is not the practice's."""
        spans = [m for m in _YEAR_SPAN.finditer(title) if not PROGRAMME.search(title[: m.start()][-40:])]
        for text in texts:
            spans += [m for m in _PERIOD_SPAN.finditer(text) if not PROGRAMME.search(text[: m.start()][-40:])]
        found = {(m.group("first"), _full_year(m.group("first"), m.group("last"))) for m in spans}
        found = {(a, b) for a, b in found if b and 0 < int(b) - int(a) <= 12}
        if len(found) != 1:
            return
        ((first, last),) = found
        said = next(m.group(0) for m in spans if m.group("first") == first)
        self.set_period(first, last, f"the years {said!r} gives the practice")

    def start_from_prose(self, texts: list[str], today: datetime.date) -> None:
        """When no field gave the start, the start the page's sentences agree on, as a guess.

        Every sentence that dates a beginning gives a candidate with its kind (a launch verb, an adoption, a 'since',
        a council decision, a running time in brackets, the page's own date); `decide_start` takes one only when they
        agree or one kind is decisive, else the start stays null and the report lists the candidates for the
        contributor. A start a field or a running time gave is decisive: the sentences that disagree with it are
        listed as not taken."""
        given = self.record.get("start")
        found = self.start_candidates(texts, today)
        chosen = None if given else decide_start(found)
        if chosen is not None:
            self.set(("start",), chosen.value)
            self.report.guessed.append(f"start: {chosen.value}, {chosen.why()}")
        taken = str(given)[:4] if given else chosen.value[:4] if chosen else None
        others = [c for c in found if c.value[:4] != taken or c.kind in _NEVER]
        if taken is None and any(c.kind not in _NEVER for c in found):
            self.report.guessed.append(
                f"start: left empty, the page's dates of a beginning disagree: {_listed(found)}; write the one that "
                "is the practice's own"
            )
        elif others:
            self.report.guessed.append(f"start: dates the page gives that were not taken: {_listed(others)}")

    def start_candidates(self, texts: list[str], today: datetime.date) -> list[StartCandidate]:
        """Every date a sentence gives as a beginning, with its kind and its place on the page."""
        found: list[StartCandidate] = []
        for n, text in enumerate(texts):
            found += self.launch_candidates(n, text, today)
        found += self.adopted_candidates(texts, today)
        found += self.since_town_candidates(texts, today)
        found += self.decided_candidates(texts, today)
        found += span_candidates(texts, today)
        return found + published_candidates(texts)

    def launch_candidates(self, n: int, text: str, today: datetime.date) -> list[StartCandidate]:
        """The dates a text's launch verbs give ('launched in 2021', 'wurde 2016 eröffnet', 'first held in 2014', 'the
        idea was born in 2015', 'Spatenstich im März 2019'), less plans, studies, other subjects, predecessors and
        asides, and sentences that date several beginnings."""
        found = []
        title = str(self.record.get("title", ""))
        matches = [*_BEGAN.finditer(text), *_BEGAN_ELSEWHERE.finditer(text), *_BORN.finditer(text)]
        for match in [*matches, *(m for m in _BEGUN_WORK.finditer(text) if not _TO_COME.search(m.group(0)))]:
            if _UNSURE.search(text[: match.start()]) or _study_begun(text[match.start() : match.end() + 80]):
                continue
            if _UNSURE_ELSEWHERE.search(text[max(0, match.start() - 40) : match.end()]):
                continue
            if _other_subject(text[: match.start()], title) and not _names_practice(match.group(0), title):
                continue
            if _aside(text[: match.start()], text[match.start() : match.end() + 40]):
                continue
            if _several_years(match.group(0), text[match.end() :]):
                continue
            value = _date_at_end(next(group for group in match.groups() if group))
            if value and value[:4] <= str(today.year):
                kind = "born" if match.re is _BORN else "launch"
                found.append(StartCandidate(kind, value, (n, match.start()), match.group(0)))
        return found

    def since_town_candidates(self, texts: list[str], today: datetime.date) -> list[StartCandidate]:
        """The years since which the town does the work: 'Depuis 2013, la mairie a remis …', 'Sinds 2017 legt de
        gemeente de nadruk op …', 'bezuschusst die Stadt Salzkotten seit 2022 …'. Not a plan, not the town's own story
        ('the town has grown since 1990'), and not a sentence with another year."""
        found = []
        for n, text in enumerate(texts):
            for match in _SINCE_TOWN.finditer(text):
                sentence = text[max(0, match.start() - 40) : match.end() + 80]
                if _UNSURE_ELSEWHERE.search(sentence) or _TO_COME.search(sentence) or _GROWN.search(match.group(0)):
                    continue
                rest = re.split(r"(?<=[.!?])\s", text[match.end() :], maxsplit=1)[0]
                if re.search(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d|\d)", rest):
                    continue  # another year in the sentence: 'since 2016 … 3,000 of them in 2019'
                value = _date_at_end(next(group for group in match.groups() if group))
                if value and value[:4] <= str(today.year):
                    found.append(StartCandidate("since", value, (n, match.start()), match.group(0)))
            found += self.since_work_candidates(n, text, today)
        return found

    def since_work_candidates(self, n: int, text: str, today: datetime.date) -> list[StartCandidate]:
        """The year a work goes on since, said in the present perfect or as a yearly round: 'has treated … since
        1998', 'Every year since 1995 …'. Not the town's own story ('has grown since 1990'), not a plan, not another
        subject, not a sentence with another year."""
        found = []
        title = str(self.record.get("title", ""))
        for match in _SINCE_WORK.finditer(text):
            sentence = text[max(0, match.start() - 60) : match.end() + 60]
            if _GROWN.search(match.group(0)) or _UNSURE_ELSEWHERE.search(sentence) or _TO_COME.search(match.group(0)):
                continue
            if _other_subject(text[: match.start()], title) or _several_years(match.group(0), text[match.end() :]):
                continue
            value = _date_at_end(next(group for group in match.groups() if group))
            if value and value[:4] <= str(today.year):
                found.append(StartCandidate("going on", value, (n, match.start()), match.group(0)))
        return found

    def decided_candidates(self, texts: list[str], today: datetime.date) -> list[StartCandidate]:
        """The day a council decided the practice, when the page names one such day in its sentences: 'adottato con
        deliberazione del Consiglio Comunale n. 10 del 11.03.2022'. A decision heading a page ('UCHWAŁA NR LXI/757/23
        z dnia 22 lutego 2023 r.') is the page's own, not the practice's; two different days date nothing."""
        found = [
            StartCandidate("decided", day, (n, m.start()), m.group(0))
            for n, text in enumerate(texts)
            for m in _DECIDED.finditer(text)
            if (day := _date_at_end(m.group(1))) and day[:4] <= str(today.year)
        ]
        return found if len({c.value for c in found}) == 1 else []

    def end_from_prose(self, texts: list[str], today: datetime.date) -> None:
        """When no field gave the end, the date a sentence says the practice ended ('SPP Regions … ended in March
        2018'), as a guess: not a plan ('will end in 2027'), not another subject's end ('the GPP2020 project, which
        ICLEI also coordinated and which ended in 2016'), not before the start nor after today."""
        if "end" in self.record:
            return
        title = str(self.record.get("title", ""))
        start = str(self.record.get("start", ""))
        for text in texts:
            for match in _ENDED.finditer(text):
                before = text[: match.start()]
                if _UNSURE.search(before) or _UNSURE_ELSEWHERE.search(text[max(0, match.start() - 40) : match.end()]):
                    continue
                if _other_subject(before, title) or _several_years(match.group(0), text[match.end() :]):
                    continue
                value = _date_at_end(next(group for group in match.groups() if group))
                if value and value[:4] <= str(today.year) and not (start[:1].isdigit() and value < start):
                    self.set(("end",), value)
                    self.report.guessed.append(f"end: {value}, from {match.group(0)!r} in the text")
                    return

    def adopted_candidates(self, texts: list[str], today: datetime.date) -> list[StartCandidate]:
        """The date a body adopted the practice itself, named by its title: 'in June 2016 the city council adopted the
        'Gdansk Integration Model''. Adopting anything else (a plan, a report) is no start."""
        title = str(self.record.get("title", ""))
        if not title or title.startswith("TODO"):
            return []
        found = []
        for n, text in enumerate(texts):
            for match in _ADOPTED.finditer(text):
                when, named = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
                value = _date_at_end(when)
                named_it = named.casefold().startswith(title.casefold()) or _names_practice(named, title)
                if named_it and value and value[:4] <= str(today.year):
                    found.append(StartCandidate("adopted", value, (n, match.start()), match.group(0)))
        return found

    def event_days(self, texts: list[str]) -> None:
        """An event page's days ('held in Paris on 10-11 of December 2018'): its start and end, as a guess.

        Read only when no field gave a date and the title names an event (a lab, a conference, a
        workshop…): on another page, an event the text mentions is not the practice's running time.
        """
        if "start" in self.record or "end" in self.record or not _EVENT.search(str(self.record.get("title", ""))):
            return
        for text in texts:
            for held in _HELD.finditer(text):
                days = _day_range_in(text[held.end() : held.end() + 80])
                if days:
                    self.set(("start",), days[0])
                    self.set(("end",), days[1])
                    self.report.guessed.append(
                        f"start, end: {days[0]} and {days[1]}, the days of the event the title names "
                        f"({held.group(0)!r})"
                    )
                    return

    def timeline(self, section: Section) -> None:
        """A list of dated milestones: the start is the date of its launch, the end the date of its completion.

        Each date stands over its event ('2008' 'Project launch') or before it ('2011: Project completed').
        A milestone that is neither a beginning nor an ending is kept aside with the rest.
        """
        texts = _texts(section.lines)
        taken: list[str] = []
        for n, text in enumerate(texts):
            date, _, event = text.partition(":") if ":" in text else (text, "", "")
            value, _ = read_date(date.strip())
            if not value or value == ONGOING:
                continue
            event = event.strip() or (texts[n + 1] if n + 1 < len(texts) else "")
            name = "start" if _LAUNCH.search(event) else "end" if _COMPLETED.search(event) else None
            if name and name not in self.record:
                self.set((name,), value)
                self.report.guessed.append(f"{name}: {value}, the date of {event!r} in the '{section.heading}'")
                taken += [text, event] if event != text else [text]
        self.unplaced(section.heading, [t for t in texts if t not in taken], "milestones that are no start or end")

    def start(self, section: Section) -> None:
        self.field_date(section, "start")

    def end(self, section: Section) -> None:
        self.field_date(section, "end")

    def field_date(self, section: Section, name: str) -> None:
        """A date field takes its first line, and only if it reads as a date; the rest is kept aside."""
        texts = _texts(section.lines)
        first = texts[0] if texts else ""
        if name == "end" and "end" not in self.record and (not first or read_date(first)[0] is None):
            self.set(("end",), _EMPTY_END)
            self.report.notes.append(
                f"the page's '{section.heading}' field is empty: write the end date, or `not reported` "
                "if the sources give none (leave the field out only if the practice is still running)"
            )
            self.unplaced(section.heading, texts, "the end date field is empty; the lines after it are not a date")
            return
        if first:
            self.date(section, name, first)
        self.unplaced(section.heading, texts[1:], "only the first line of a date field is a date")

    def head_dates(self, line: str) -> bool:
        """A line of the page head that is only a running time ('[01-01-2017 - 31-12-2019]', 'From 2017 to 2019'):
        start and end. An aside after it saying the work goes on ('From September 2014 to May 2015 (still ongoing as
        part of the city's strategy)') leaves the end out: the second date is then no end."""
        aside = _STILL_RUNNING.search(line)
        dates = date_range(line[: aside.start()] if aside else line)
        if dates is None:
            return False
        if aside:
            self.found("start", line, dates[0])
            self.set(("start",), dates[0])
            self.report.guessed.append(f"start: read the line {line!r} as the practice's running time, still going on")
            return True
        self.found("start, end", line, " and ".join(dates))
        self.set(("start",), dates[0])
        self.set(("end",), dates[1])
        self.report.guessed.append(f"start, end: read the line {line!r} as the practice's running time")
        return True

    def duration(self, section: Section) -> None:
        texts = _texts(section.lines)
        period = broken_period(texts)
        if period:
            self.unplaced(section.heading, texts[2:], "only the first two lines of this field are its running time")
        joined = period or _line(section.lines)
        text = _FROM.sub("", _unbracket(joined))
        said = _BEGINS_ENDS.match(text)  # 'Starts 1 February 2015 and ends 31 July 2018', not backwards
        if said and date_range(f"{said.group(1)} - {said.group(2)}"):
            text = f"{said.group(1)} - {said.group(2)}"
        days = day_range(text)
        parts = list(days) if days else _RANGE.split(text)
        if len(parts) > 2:
            parts = [text]
        self.found("start, end", joined, " and ".join(parts))
        for name, part in zip(("start", "end"), parts, strict=False):
            self.date(section, name, part)


# A running time's first date with the word or dash that leads to the second, in the site languages:
# '01.01.2015 bis', '2016 to', '03/2019 -', 'du 1er mars 2016 au', 'dal 2015 al', 'od 2015 do'.
_RANGE_OPEN = re.compile(
    r"(?i)^(?:from|vom|von|ab|du|de|desde|dal|da|od)?\s*(.+?)\s*(?:-|–|—|→|to|until|till|bis|au|à|jusqu'au|"
    r"al|hasta|a|fino al|do)$"
)


def broken_period(texts: list[str]) -> str | None:
    """A running time broken over two lines ('01.01.2015 bis' / '31.03.2018'), joined as one; else None.

    Both lines must read as dates, the first ending with the word or dash of a range, and the first date
    not after the second: a line that only ends with 'to' or 'a' is no half of a period.
    """
    if len(texts) < 2:
        return None
    opening = _RANGE_OPEN.match(texts[0].strip())
    if not opening:
        return None
    start, end = read_date(opening.group(1))[0], read_date(texts[1])[0]
    if not start or not end or ONGOING in (start, end) or start > end:
        return None
    return f"{opening.group(1)} - {texts[1].strip()}"


# A span of years: '2017–2022', '2022-2026', '2018/19', '(2022-2023)'.
_SPAN = r"(?<![\d./-])(?P<first>19\d\d|20\d\d)\s?[–—/-]\s?(?P<last>(?:19|20)?\d\d)(?![\d/-]|\.\d)"
_YEAR_SPAN = re.compile(_SPAN)
# A running time in brackets after what it is the running time of: 'a local democracy programme (2022-2023)', 'le
# programme (2019–2021)'. Its first year is where the work began.
_BRACKETED_SPAN = re.compile(r"(?<=[^\W\d_])\s\(" + _SPAN + r"\)")
# A span after a period word, in the site languages and the Nordic ones: 'in the period 2022-2026', 'during
# 2012-2015', 'Under 2012–2015', 'i perioden 2017–2022', 'sur la période 2019-2021', 'im Zeitraum 2019–2021', 'en el
# periodo 2022-2026', 'nel periodo 2018-2020', 'w okresie 2018–2020'. A repeated practice's round names its years the
# same way: 'the participatory budget cycle for 2018-2019', 'cycle 2019-2020', 'ciclo 2018-2019', 'w cyklu 2017/2018'.
_PERIOD_SPAN = re.compile(
    r"(?i)\b(?:period|during|under|perioden|periode|période|zeitraum|periodo|período|okresie|kaudella|"
    r"tidsrummet|cycle|ciclo|cykl|cyklu|zyklus|(?:ran|run|held|carried out|took place) in|in the years|"
    r"in den Jahren|en los años|negli anni|nos anos|w latach|v letih|v letech|i årene|i åren|vuosina)\s+"
    r"(?:of\s+|for\s+|de\s+|du\s+|del\s+|für\s+)?" + _SPAN
)
# What makes a span a funding programme's period, not the practice's.
PROGRAMME = re.compile(
    r"(?i)(?:©|\b(?:interreg|erdf|feder|efre|fesr|esf|cohesion|kohesio|horizon|life|urbact|programming|programmation|"
    r"förderperiode|programmazione|perspektyw\w*|financial framework|mff|cap"
    # or the years of the team signing the page: 'Robert Smith on behalf of the Eltis Team 2006 - 2013', '© 2010-2024'
    r"|team|équipe|equipo|redaktion|redazione|zespół|copyright))\W*(?:\w+\W+){0,3}$"
)


# A fact-box label naming a running time, in the site languages and a few others.
_PERIOD_LABEL = re.compile(
    r"(?i)(?:[^\W\d_][\w'’-]*\s+){0,2}(?:period|duration|running time|timeframe|time frame|laufzeit|projektlaufzeit|"
    r"zeitraum|durée|période|duración|periodo|período|durata|okres(?: realizacji)?|czas trwania|looptijd|periode|"
    r"kesto|varaktighet|löptid|projektperiod|prosjektperiode|projektperiode|toteutusaika|doba realizace|doba trvání|"
    # and the labels of the central and eastern European fact boxes: 'Izvedba: 2018 – 2019' (sl), 'Provedba' (hr),
    # 'Trajanje' (sl, hr), 'Realizace' (cs), 'Realizácia', 'Trvanie' (sk), 'Megvalósítás', 'Időtartam' (hu),
    # 'Laikotarpis' (lt), 'Periods' (lv), 'Kestus', 'Periood' (et)
    r"izvedba|provedba|trajanje|realizace|realizácia|trvanie|megvalósítás|időtartam|laikotarpis|periods|kestus|"
    r"periood)"
    # the label's colon may be lost in the copy ('Projektets löptid augusti 2013 - mars 2014'): the dates follow
    r"(?:(?:\s+[^\W\d_][\w'’-]*){0,2}\s*:\s*|\s+)"
)
# A running time said as its beginning and its end, in the languages of the fact boxes: 'Alkaa 1.2.2015 ja päättyy
# 31.7.2018' (EURA 2014), 'Starts 1 February 2015 and ends 31 July 2018', 'Börjar … och slutar …', 'Beginnt … und
# endet …', 'Commence … et se termine …', 'Empieza … y termina …', 'Inizia … e finisce …', 'Begint … en eindigt …'.
_BEGINS_ENDS = re.compile(
    r"(?i)^(?:alkaa|starts?|begins?|börjar|starter|begynner|begynder|beginnt|commence|empieza|comienza|inizia|"
    r"begint|zaczyna się)\s+(.+?),?\s+(?:ja|and|och|og|und|et|y|e|en|i)\s+(?:päättyy|ends?|slutar|slutter|endet|"
    r"finit|se termine|termina|finisce|eindigt|kończy się)\s+(.+)$"
)


def _full_year(first: str, last: str) -> str | None:
    """The span's last year in full: '2018/19' ends in 2019."""
    if len(last) == 4:
        return last
    full = first[:2] + last
    return full if full > first else None


def _date_at_end(text: str) -> str | None:
    """The longest run of words ending the text that reads as a date: 'in May 2017' -> 2017-05."""
    words = text.split()
    for size in range(len(words), 0, -1):
        value, _ = read_date(" ".join(words[-size:]))
        if value and value != ONGOING:
            return value
    return None


def _unbracket(text: str) -> str:
    """The text without the brackets or parentheses around all of it: '[2017 - 2019]' -> '2017 - 2019'."""
    text = text.strip()
    if len(text) > 2 and (text[0], text[-1]) in (("[", "]"), ("(", ")")):
        return text[1:-1].strip()
    return text


# A title naming an event, in the site languages: 'Fighting Homelessness Policy Lab', 'Jornadas de movilidad'.
_EVENT = re.compile(
    r"(?i)\b(?:lab|conference|workshop|forum|summit|festival|week|seminar|meeting|webinar|academy|congress|"
    r"symposium|hackathon|konferenz|tagung|kongress|fachtag|conférence|atelier|séminaire|rencontres?|"
    r"jornadas?|congreso|seminario|convegno|konferencja|warsztaty|seminarium)\b"
)
# Where a sentence says when an event is held: 'to be held in Paris on', 'aura lieu à Lyon du', 'findet … vom'.
_HELD = re.compile(
    r"(?i)\b(?:held|hosted|takes? place|took place|organi[sz]ed|se tiendra|se tient|aura lieu|a eu lieu|"
    r"findet|fand|stattfinden|si terrà|si svolgerà|tendrá lugar|se celebrará|odbędzie się|odbyła się)\b"
)


def _day_range_in(text: str) -> tuple[str, str] | None:
    """The first few days given as one range inside a text, as day_range reads them."""
    for pattern in _day_ranges():
        for found in pattern.finditer(text):
            days = day_range(found.group(0))
            if days:
                return days
    return None


@cache
def _day_ranges() -> list[re.Pattern[str]]:
    """A few days given as one range, in the common European forms, each with its month(s) and year.

    '10-11 December 2018', '10–11 of December 2018', 'du 10 au 11 décembre 2018', 'vom 10. bis 11. Dezember
    2018', 'del 10 al 11 de diciembre de 2018', 'December 10-11, 2018', '30 November - 2 December 2018',
    '10.–11.12.2018', '28.11.–2.12.2018'.
    """
    month = "|".join(sorted((re.escape(m) for m in month_names()), key=len, reverse=True))
    to = r"\s*(?:-|–|—|to|au|bis|al|all['’]|a|do|till|until)\s*"
    day = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
    frm = r"(?:(?:from|du|vom|del|dal|od|de)\s+)?"
    of = r"(?:\s+(?:of|de|di))?"
    return [
        re.compile(rf"(?i){frm}{day}{to}{day}{of}\s+(?P<m>{month})\.?(?:\s+de)?,?\s+(?P<y>\d{{4}})"),
        re.compile(rf"(?i){frm}{day}\s+(?P<m1>{month})\.?{to}{day}\s+(?P<m>{month})\.?,?\s+(?P<y>\d{{4}})"),
        re.compile(rf"(?i)(?P<m>{month})\.?\s+{day}{to}{day},?\s+(?P<y>\d{{4}})"),
        re.compile(r"(?:[0-3]?\d)\.?\s*(?:-|–|—|bis)\s*(?:[0-3]?\d)\.(?P<n>[01]?\d)\.(?P<y>\d{4})"),
        re.compile(r"(?:[0-3]?\d)\.(?P<n1>[01]?\d)\.?\s*(?:-|–|—|bis)\s*(?:[0-3]?\d)\.(?P<n>[01]?\d)\.(?P<y>\d{4})"),
    ]


def day_range(text: str) -> tuple[str, str] | None:
    """The start and end months of a few days given as one range ('10-11 December 2018'), if the text is one."""
    text = " ".join(text.split()).strip(" .,;")
    for pattern in _day_ranges():
        found = pattern.fullmatch(text)
        if not found:
            continue
        parts = found.groupdict()
        year = parts["y"]
        if parts.get("n"):
            end = f"{year}-{int(parts['n']):02d}" if 1 <= int(parts["n"]) <= 12 else None
            first = parts.get("n1") or parts["n"]
            start = f"{year}-{int(first):02d}" if 1 <= int(first) <= 12 else None
        else:
            end = read_date(f"{parts['m']} {year}")[0]
            start = read_date(f"{parts.get('m1') or parts['m']} {year}")[0]
        if start and end and start <= end:
            return start, end
    return None


def date_range(line: str) -> tuple[str, str] | None:
    """The start and end of a line that is only two dates, the first not after the second; else None.

    '[01-01-2017 - 31-12-2019]', '01/2017 – 12/2019', '2017-2019' and 'From 2017 to 2019' are running times, and
    so are a few days given as one range ('10–11 December 2018'); a line with any other word, or whose dates run
    backwards, is not.
    """
    days = day_range(_unbracket(line))
    if days:
        return days
    parts = _RANGE.split(_FROM.sub("", _unbracket(line)))
    if len(parts) != 2:
        return None
    start, end = (read_date(part)[0] for part in parts)
    if not start or not end or ONGOING in (start, end):
        return None
    return (start, end) if start <= end else None
