"""Reading a copied page: its lines, the page furniture taken out, its sections and its layout."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import cache, lru_cache
from itertools import accumulate, islice

import babel

from generator.importer import gazetteer, layouts, prose
from generator.importer.report import Report, Section, tally
from generator.normalise import country_names, find_money, month_names, read_date
from generator.text import squeezed

_INDEX = layouts.index()

# A line naming only the platform, as pages show above their title.
_SITE = (
    r"(portico|climate-adapt|urbact|interreg europe|interreg ivc|european urban initiative|case study|"
    r"good practices?|policy learning platform|the european climate adaptation platform|covenant of mayors"
    r"|eltis|civitas|build up|kohesio)"
)
# A project's status badge, in capitals: 'PROJECT  FINISHED' (alone, or after the value of a line's last field).
_BADGE = re.compile(r"(?:PROJECT|STATUS):?\s+(?:FINISHED|COMPLETED|CLOSED|ONGOING|RUNNING|ACTIVE)")
_BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(please )?log ?in( or register)? (to|in order to) (see|view|read|access) .*",
        r"send (an )?e-?mail",
        r".*\bcookies?\b.*\b(use|uses|using|accept|consent|settings|preferences|policy)\b.*",
        r".*\b(use|uses|using|accept|consent|settings|preferences|policy)\b.*\bcookies?\b.*",
        r"(accept|reject|refuse|decline|allow)( all| only necessary| necessary)?( cookies)?",
        r"(this|the) (web ?site|page|site) is no longer (being )?(updated|maintained).*",
        r"share( this( page| practice| article| story)?)?( on| via)?( (facebook|twitter|x|linkedin))?:?",
        r"print( this page)?",
        r"back to top",
        # a link back to where the reader came from: 'Go back', '← Back to the list'
        r"(?:[←<]\s*)?(?:go back|back(?: to (?:the )?(?:list|overview|results|search results|news|previous page))?)",
        r"skip to (main )?content",
        r"read more",
        # the same site furniture in the other site languages: cookie bars and their buttons, 'read more', 'back to
        # top', print and share links, newsletter sign-ups, footer links
        r"(?=.*\b(?:cookies?|plików cookie|ciasteczek)\b)(?=.*\b(?:verwendet|nutzt|setzt|akzeptieren|einstellungen|"
        r"utilise|utilisons|accepter|acceptez|paramètres|utiliza|utilizamos|aceptar|aceptas|configuración|utilizza|"
        r"utilizziamo|accetta|accetti|impostazioni|używa|używamy|akceptuj|ustawienia)\b).{1,300}",
        r"(?:alle )?(?:akzeptieren|ablehnen)|(?:tout )?(?:accepter|refuser)(?: tout)?|(?:aceptar|rechazar)(?: todas?)?"
        r"|(?:accetta|rifiuta)(?: tutti)?|(?:akceptuj|odrzuć)(?: wszystkie)?",
        r"weiterlesen|mehr erfahren|mehr lesen|lire la suite|en savoir plus|leer más|más información|leggi di più"
        r"|leggi tutto|scopri di più|czytaj więcej|więcej informacji",
        r"nach oben|zurück nach oben|retour en haut(?: de la page)?|haut de page|volver arriba|torna su|do góry"
        r"|zurück|retour|volver|indietro|powrót",
        r"(?:diese seite )?drucken|imprimer(?: cette page)?|imprimir|stampa(?: questa pagina)?|drukuj",
        r"(?:teilen|partager|compartir|condividi|udostępnij)(?: (?:auf|sur|en|su|na|via))?"
        r"(?: (?:facebook|twitter|x|linkedin))?:?",
        r"(?:abonnieren sie|abonnez-vous|inscrivez-vous|suscríbete|suscribirse|iscriviti|zapisz się)\b.{0,80}",
        r"impressum|datenschutz(?:erklärung)?|barrierefreiheit(?:serklärung)?|mentions légales|politique de "
        r"confidentialité|déclaration d['’]accessibilité|plan du site|aviso legal|política de privacidad|mapa del sitio"
        r"|note legali|informativa sulla privacy|mappa del sito|polityka prywatności|mapa strony|deklaracja dostępności"
        r"|privacy policy|privacy statement|legal notice|terms of use|terms and conditions|accessibility statement"
        r"|site ?map",
        r"show more",
        # a link's label alone or run twice by the copy, as a button and its icon text: 'Learn More', 'Read moreRead
        # more', 'En savoir plus ›', 'Mehr erfahren', 'Dowiedz się więcej'
        r"(?:(?:(?:read|learn|see|find out|discover) more|more info(?:rmation)?|weiterlesen|mehr (?:erfahren|lesen|"
        r"infos?)|lire la suite|en savoir plus|leer más|más información|saber más|leggi di più|leggi tutto|scopri di "
        r"più|czytaj więcej|więcej informacji|dowiedz się więcej)\s*(?:>>|»|›|→|…|\.\.\.)?\s*){1,3}",
        # a site's dark-mode switch and its pitch: 'By switching to dark mode you can reduce the energy consumption of
        # our digital service.', 'Passer en mode sombre', 'Dunkelmodus aktivieren'
        r"[^\n]{0,150}\b(?:dark mode|dark theme|mode sombre|thème sombre|dunkelmodus|dunkler modus|modo oscuro|"
        r"tema oscuro|modalità scura|tema scuro|tryb ciemny|motyw ciemny)\b[^\n]{0,150}",
        # a social network's icon text with its counter, as an old site's footer copies it: 'twitter 1', 'rss feeds 2'
        r"(?:twitter|facebook|linkedin|youtube|instagram|flickr|rss(?: feeds?)?)\s+\d{1,2}",
        # a call's closed banner: 'This call is now closed', 'Cet appel est clôturé', 'Der Aufruf ist geschlossen'
        r"(?:this |the )?call (?:for \w+ )?(?:is )?(?:now )?closed\.?|(?:cet |l['’])appel (?:à \w+ )?(?:est )?"
        r"(?:désormais )?(?:clos|clôturé|fermé)\.?|(?:dieser |der )?aufruf ist (?:jetzt )?(?:geschlossen|beendet)\.?"
        r"|(?:esta |la )?convocatoria (?:está )?(?:ya )?cerrada\.?|(?:questo |il )?bando (?:è )?(?:ora )?chiuso\.?"
        r"|nabór (?:jest )?(?:już )?zamknięty\.?",
        # a post's featured picture, named by its alt text: 'Beitragsbild zu Steckbrief: Verwaltung für Morgen',
        # 'Featured image for …', 'Image à la une', 'Imagen destacada', 'Immagine in evidenza', 'Obrazek wyróżniający'
        r"(?:beitragsbild|titelbild|vorschaubild|featured image|image à la une|image mise en avant|imagen destacada|"
        r"immagine in evidenza|obrazek wyróżniający)"
        r"(?:\s+(?:zu[rm]?|für|for|of|de|du|di|del|della|dla)\b[^\n]{0,150})?",
        r"good practices?",
        r"case stud(y|ies)",
        # a link's invitation, never a fact: 'For completed projects, please click here.'
        r"(for [^.!?]{1,60}, )?(please )?click here( to [^.!?]{1,120})?[.!]?",
        rf"{_SITE}(\s*[-–—|:,]?\s*{_SITE})*",
        # a sentence inviting the reader elsewhere, without the address it names: 'For more information ... visit'
        r"(?!.*(?:https?://|www\.|@))for (more|further) (information|details)\b[^.!?]{0,120}"
        r"\b(visit|see|go to|contact)\b[^.!?]{0,60}[:.]?",
        # a link's invitation without its address: 'Read all about the project in our case study, available here'
        r"(?!.*(?:https?://|www\.|@))read (all |more )?about [^.!?]{1,100}\b(here|below)[.!]?",
        # a site's call to action, maybe with its pitch after it: 'Get financial support … for your projects! We …'
        r"(get|discover|join|apply|sign up|subscribe|register|download|find out|find more|explore|check out)\b"
        r"[^.!?]{0,120}!"
        r"(\s+[^.!?]{1,200}[.!?]){0,3}",
        # a vendor's button, a listing's filter panel and view switch
        r"(schedule|book|request|get) a (free |personal |live )?demo",
        r"filter (your |the )?results( \(\d+\))?|(filter|refine|sort)( results)? by:?",
        r"(?:filtrer|trier) par|(?:filtern|sortieren) nach|(?:filtrar|ordenar) por|(?:filtra|ordina) per"
        r"|(?:filtruj|sortuj) według\s*:?",
        r"view as:? (map|list|grid|table|cards)",
        # a link line to the full text or to an event's page: '>> read more', 'Find out more about the workshop'
        r"(?:>>|»|›|→)\s*(?:read|see|learn|find out) more.{0,40}|(?:read|see|learn) more\s*(?:>>|»|›)",
        r"(?!.*(?:https?://|www\.|@))find out more( about [^.!?]{1,120})?[:.]?",
        # a newsletter's greeting and sign-off: 'Welcome to the Eltis Mobility Update!', 'Your Eltis Team'
        r"welcome to (?:the |our |this )?[^.!?]{1,60}!",
        r"dear [^.!?:]{1,80},",
        # a newsletter's link to its web copy: 'Email not displaying correctly? View it in your browser'
        r"(?:this )?(?:e-?mail|newsletter|message)( is)? not display(?:ing|ed)? (?:correctly|properly)\??\s*"
        r"(?:view|read|see|open) (?:it|this|the [\w-]+) (?:in|on) (?:your|a) (?:web )?browser\.?",
        r"(?:(?:best |kind )?regards,? )?your [\w&' -]{1,40} team[.!]?",
        # a cookie notice's heading, a short line naming cookies: 'Hinweis zur Verwendung von Cookies', 'Cookie notice'
        r"(?!.*\d)(?!.*[.!?]$)(?=.{0,80}$).*\b(?:cookies?|cookie-hinweis|plik(?:i|ów) cookies?|ciasteczka)\b.*",
        # a cookie notice's consent sentence: 'Mit der Nutzung unserer Dienste erklären Sie sich damit einverstanden,
        # dass wir Cookies verwenden.', 'En poursuivant, vous acceptez l'utilisation de cookies.'
        r"(?=.*\bcookies?\b)(?=.*\b(?:verwenden|einverstanden|zustimmen|consentement|acceptez|aceptas|consentimiento|"
        r"acconsenti|consenso|zgod[aęy]|wyrażasz|agree|consent)\b).{1,600}",
        # a cookie banner's buttons: 'Erlauben', 'Autoriser', 'Got it', 'Ich stimme zu', 'Zgadzam się'
        r"(?:alle )?(?:erlauben|zulassen)|verstanden|ich stimme zu|(?:tout )?autoriser|j['’]accepte"
        r"|permitir(?: todas?)?|acepto|consenti(?: tutti)?|accetto|zezwól(?: na wszystkie)?|zgadzam się|got it"
        r"|i agree|ok,? (?:got it|i agree)",
        # a share link for any kind of entry: 'Share this Post:', 'Share this publication'
        r"share (?:this|the) (?:post|publication|news|event|project|item|resource|initiative|case)(?: on| via)?:?",
        # a notice about the website's own content: 'The Commission is in the process of updating some of the
        # content on this website …', 'Die Inhalte dieser Website werden derzeit überarbeitet.'
        r".{0,200}\b(?:(?:content|contents|information|pages?) (?:on|of) this (?:web ?site|site)"
        r"|inhalte? (?:auf |dieser )(?:dieser )?(?:website|webseite|internetseite)|contenus? de ce site"
        r"|contenidos? de este sitio|contenuti? di "
        r"questo sito|treści? (?:na )?(?:tej|niniejszej) stron\w*)\b.{0,500}",
        # a picture's source or alt text on a line of its own: 'Quelle: Hauke Klünder', 'Screenshot Förderscouting
        # Plattform', 'Capture d'écran du portail'
        r"(?:bildquelle|quelle|source|fuente|fonte|źródło|fot\.|zdjęcie)\s*:\s*[^.!?\d]{1,60}",
        r"(?:screenshot|bildschirmfoto|capture d['’]écran|captura de pantalla|schermata|zrzut ekranu)\b[^.!?]{0,80}",
        # a site inviting the reader to add to its record: 'Hai gestito, partecipato o hai info su questo processo?
        # Integra le informazioni', 'Do you know this project? Add information'
        r"[^.!?]{1,150}\?\s*(?:integra|aggiungi|completa|segnala|add|complete|update|suggest|ergänzen sie|ergänze|"
        r"complétez|ajoutez|añade|añadir|dodaj|uzupełnij)\b[^.!?]{0,60}\b(?:informazioni|info|information|details|"
        r"angaben|informationen|informations|información|informacje|informacji)[.!]?",
        # a link's invitation after what it leads to, in the site languages, maybe between chevrons: 'To learn more
        # about how to apply, click here.', '>>> Click here to download it<<<', 'Pour vous inscrire, cliquez ici'
        r"(?:>+|»)?\s*(?:[^.!?<>]{1,120},\s*)?(?:please |bitte )?"
        r"(?:click here|cliquez ici|klicken sie hier|hier klicken|haga clic aquí|haz clic aquí|pulse aquí"
        r"|clicca qui|cliccate qui|kliknij tutaj|kliknij tu)\b[^.!?<>]{0,120}"
        r"[.!]?\s*(?:<+|«)?",
        # a newsletter's strapline, a short line naming it and its issue: 'Covenant Newsletter Latest Highlights',
        # 'Lettre d'information mensuelle', 'Rundbrief Ausgabe 3' (not a sentence, not a practice's name)
        r"(?!.*[.!?]$)(?=.{0,80}$)(?=.*\b(?:newsletter|e-?news|lettre d['’]information|infolettre|rundbrief|boletín"
        r"|notiziario|biuletyn)\b)(?=.*\b(?:latest|highlights|monthly|weekly|issue|edition|mensuelle|hebdomadaire"
        r"|numéro|ausgabe|monatlich|mensual|número|mensile|numero|miesięczny|numer|wydanie)\b).*",
        # a link line between double chevrons: '>> Covenant Monthly Newsletter October 2012 <<' (not guillemets,
        # which quote a name: '« Budget participatif »')
        r">>+\s*[^<>]{1,100}?\s*<<+",
        # a site's invitation to follow it elsewhere, as a line alone: 'Find us on:', 'Suivez-nous sur :'
        r"(?:find|follow|join|connect with) us(?: on)?\s*:?|(?:folgen|finden) sie uns(?: auf)?\s*:?"
        r"|(?:suivez|retrouvez)-nous(?: sur)?\s*:?|(?:síguenos|encuéntranos)(?: en)?\s*:?"
        r"|(?:seguici|trovaci)(?: su)?\s*:?"
        r"|(?:śledź|znajdź) nas(?: na)?\s*:?",
        # a funded site's disclaimer: 'The sole responsibility for the content of this newsletter lies with the
        # authors. It does not necessarily reflect the opinion of the European Union. …'
        r"(?=.*\b(?:european|europäische\w*|européenne|europea|europejsk\w*|commission|kommission|comisión|commissione"
        r"|komisj\w*|EU|UE)\b)(?=.*\b(?:sole responsibility|solely responsible|not necessar\w* reflect|alleinige "
        r"verantwortung|liegt allein|responsabilité (?:exclusive|de l['’]auteur)|n['’]engage que|reflète pas "
        r"nécessairement|responsabilidad exclusiva|no refleja necesariamente|esclusiva responsabilità|non riflette "
        r"necessariamente|wyłączn\w* odpowiedzialnoś\w*|nie odzwierciedla\w*)\b).{1,900}",
        # a page's visit counter: '(264 visits )', '1.024 Aufrufe', 'Visite: 87', 'Odsłony: 312'
        r"\(?\s*\d[\d,.\u00a0 ]*\s*(?:visits?|visitors?|hits|besuche|aufrufe|zugriffe|visites|vues|visitas"
        r"|visualizaciones|visite|visualizzazioni|letture|wyświetle\w*|odsłon\w*|odwiedzin)\s*\)?"
        r"|(?:visits?|hits|besuche|aufrufe|visites|vues|visitas|visite|visualizzazioni|wyświetlenia|odsłony)\s*:\s*"
        r"\d[\d,.\u00a0 ]*",
        # a site's credit line, maybe after one sentence: 'Website coordinated by the Covenant of Mayors Office.'
        r"([^.]{0,120}\.\s+)?(this )?web ?site (is )?(coordinated|maintained|managed|hosted) by [^.]{1,80}\.?",
    )
]
# A portal's paragraph about itself, however long: 'Kohesio is the European Commission's open-data platform for …'
_PORTAL_ITSELF = re.compile(
    r"[A-Z][\w-]* is the (?i:european commission|eu|european union)['’]s? [^.]{0,60}\b(?:platform|portal|"
    r"database|website)\b.{0,1500}"
)
# A listing's own heading: a line naming a collection of practices ('climate and energy good practices',
# 'projects for cooperation'). It is a menu line: the practice's title comes after it, never it. A
# practice's title names one thing, often with a place ('Projects for young people in Riga'); a line
# that starts with a plural collection noun and names its theme in one to three common (small) words
# names a list of them.
_LISTING = re.compile(
    r"(?i:.{0,80}\bgood practices)"
    r"|(?i:(?:current |ongoing |running |completed )?(?:projects|case studies) (?:for|on|about) )"
    r"[a-z][a-z'-]*(?: (?:and |& )?[a-z][a-z'-]*){0,2}"
    # a call's results: 'Selected projects call 2', 'Approved projects', 'Funded projects of the 3rd call'
    r"|(?i:(?:selected|approved|funded|winning) projects)(?: [\w'-]+){0,4}"
    # an award's winners, with the edition's year: 'Les lauréats 2015', 'Winners 2019', 'Die Preisträger 2018',
    # 'Los ganadores 2017', 'I vincitori 2016', 'Laureaci 2020'
    r"|(?i:(?:the |les |le |die |los |las |el |i |il |gli |de |het )?(?:winners|award winners|lauréats|lauréates"
    r"|gagnants|palmarès|palmarés|palmares|preisträger(?:innen)?|gewinner(?:innen)?|ganadores|premiados|vincitori"
    r"|premiati|laureati|laureaci|zwycięzcy|nagrodzeni|winnaars|vinnare|voittajat|vinnere|vindere|vítězové"
    r"|vencedores)(?: (?:of |de |der |del |di |dell['’] ?|van |)?(?:the |l['’]|la )?(?:edition|édition|ausgabe"
    r"|edición|edizione|edycji|editie)?)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*:?)"
)
# A date as a line of page furniture writes it: '24/04/2025', '2025-04-24', '3 May 2019', 'May 3rd, 2019'.
_DATE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th|er|\.)?\s+[^\W\d_]{3,10}\.?,?\s+\d{4}"
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
)
# A funder's name in a donors' line: 'Norwegię', 'the European Economic Area'.
_FUNDER = r"(?:(?i:the|die|der|la|le|l['’]|el|il) )?[A-ZÀ-ÖØ-Þ][\w'’.-]*(?: [A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}"
# The place a dateline names, a town and perhaps its country: 'Freiburg, Germany', 'BRUSSELS'.
_TOWN_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}"
_ISSUED_AT = rf"{_TOWN_NAME}(?:,\s*{_TOWN_NAME})?"
# Furniture that varies from page to page: counters, dates of publication, credits, link buttons.
# A sentence that points to a link ('… here.') or a video ('See what … had to say:') the copied text no longer holds.
_LOST_LINK = (
    r"(?i:(?:read|see|watch|view|find|discover|learn more|listen to|lesen sie|sehen sie|erfahren sie|lisez|lire|voir|"
    r"découvrez|regardez|lea|vea|descubra|mira|leggi|guarda|scopri|przeczytaj|zobacz|obejrzyj|dowiedz się)"
    r"\b[^.!?:]{0,120}\s(?:here|hier|ici|aquí|qui|tutaj)\b[^.!?:]{0,80}[.!]?"
    r"|(?:see|watch|hear|listen to|discover|sehen sie|hören sie|découvrez|regardez|écoutez|vea|mira|escuche|guarda|"
    r"ascolta|zobacz|posłuchaj),?\s(?:what|how|the video|our video|the interview|was|wie|ce que|comment|lo que|cómo|"
    r"cosa|come|co|jak)\b[^.!?:]{0,100}:"
    # a pointer to an interview or article the copy lost: 'Read the reaction of … in this interview.'
    r"|(?:read|watch|listen to|see|lesen sie|lisez|lea|leggi|przeczytaj|lees|läs)\b[^.!?:]{0,150}\b(?:in (?:this|the"
    r" following|our) (?:interview|article|video|podcast|report|story|blog post)|in diesem (?:interview|artikel"
    r"|video|beitrag)|dans (?:cette|cet) (?:interview|entretien|article|vidéo)|en (?:esta|este) (?:entrevista"
    r"|artículo|vídeo)|in questa (?:intervista|pagina)|in questo (?:articolo|video)|w tym (?:wywiadzie|artykule"
    r"|filmie))\b[^.!?:]{0,40}[.!]?"
    # a line on a video the copy lost, without figures: 'In deze video vertelt Eindhoven erover.'
    r"|(?:in (?:this|the) video|in deze video|in diesem video|dans cette vidéo|en este v[ií]deo|in questo video"
    r"|w tym (?:filmie|wideo)|i den här videon|tässä videossa|i denne video(?:en)?|v tomto videu|neste vídeo)"
    r"\b[^.!?\n\d]{0,100}[.:]?)"
)
_CHROME = [
    re.compile(p)
    for p in (
        r"(?i)i like it\s*\d*",
        r"(?i)published on .{4,30}",
        r"(?:©\s?|@\s).{1,120}",
        r".{1,60}\s→",
        r"[A-Z]{3,} · .{1,60}",
        r"\d{1,3}(?: \d{3})+",
        # a blog post's byline: 'By Marcela Ayarza Civic Engagement 06/10/2020' (a publication date, not a start)
        r"By [A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}(?: [\w&,' -]{1,40})? "
        r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{4}|[A-Z][a-z]{2,8} \d{1,2}, \d{4})",
        # a byline with the page's update or publication date: 'By Admin Eltis / Updated: 15 Jan 2015'
        r"By [A-ZÀ-ÖØ-Þ][\w'’.-]*(?: [A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3} [/|·–-] "
        r"(?i:(?:last )?(?:updated|published|posted|modified)(?: on)?):? .{4,30}",
        # a breadcrumb: 'Home > Content > Mobility Update February 2013' (the page's place in its site, never its title)
        # or a tab bar in arrows between dots and colons: '.:   Skrót i Metryka -> Pełna prezentacja -> Załączniki   :.'
        r"(?:[.:]+\s*)?[^<>.!?]{1,40}(?: (?:->|>|›|») [^<>]{1,80}){2,}|(?i:home) (?:>|›|») [^<>]{1,80}",
        # an edit history's line, a date and a user name, perhaps with the user's team after a comma: 'May 9, 2022
        # Nina Sartor', 'February 7, 2022 Pan Khantidhara, Participedia Team'
        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, \d{4} [\w.-]+(?: [\w.-]+)?"
        r"(?:, [A-ZÀ-ÖØ-Þ][\w.-]*(?: [A-ZÀ-ÖØ-Þ][\w.-]*){0,2})?",
        # a blog's name as a line of its own: "CitizenLab's Blog", 'The Energy Blog'
        r"(?:The )?[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}(?:['’]s)? [Bb]log",
        # a footer's row of links: 'News | Agenda | Site map | RSS help | Credits | Legal'
        r"[^|.!?:]{1,25}(?: \| [^|.!?:]{1,25}){3,}",
        # what a tracking pixel leaves in copied text
        r"fbpx",
        # a site's invitation to sign up or follow it, a line alone: 'Sign up for our newsletter', 'Follow us on X'
        r"(?i)(?:subscribe|sign (?:up|in)|log ?in|follow us|stay (?:up to date|informed|tuned)|join (?:us|our) "
        r"(?:newsletter|mailing list|community))\b(?: [\w&'’-]+){0,8}[.:!]?",
        # a site's block headers around an article: 'Latest news', 'Related articles', 'You might also like'
        r"(?i)(?:latest|recent|related|more|other|top|featured|popular|similar)(?: [a-z]+)? "
        r"(?:news|articles?|stories|posts|content|projects|practices|resources|items|reads?)"
        r"|(?i:press releases?|news articles?|blog posts?|most (?:read|popular|viewed|shared)|table of contents"
        r"|on this page|in this article|you (?:might|may) (?:also )?(?:like|enjoy|be interested in))",
        # a breadcrumb written with slashes from the home page: 'Home / News / Cargo bikes'
        r"(?i:home|home page|accueil|startseite|inicio)(?:\s+/\s+[^/]{1,80}){1,6}",
        # an article's tags: 'Tags: mobility, cycling', 'Filed under: Mobility', 'Posted in News'
        r"(?i)(?:tags?|keywords?|filed under|posted in|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rter|mots[- ]clés|étiquettes"
        r"|etiquetas|palabras clave|parole chiave|etichette|tagi|słowa kluczowe)\s*:?\s+[^.!?]{1,120}",
        # a link to another form of the article: 'Download PDF', 'Print this article', 'Listen to this article'
        r"(?i)(?:download|print|listen to|save)(?: (?:this|the|as|a))? (?:pdf|article|page|story|post|audio)"
        r"(?: version)?",
        # a publication's contents entry: a heading, leader dots or an ellipsis, its page number ('… Brno …10',
        # 'Introduction ........ 3'); a word or a bracket stands before the leader, so '1, 2, … 10' is no entry
        r"(?:[-•]\s+)?[^\W\d_].{0,200}?[^\W\d_)]\s*(?:…+|\.{3,}|(?: ?\.){4,}|_{4,})\s*\d{1,3}",
        # a sentence pointing to a link or a video the copy lost: 'Read a full write-up of the session here.', 'See
        # what our project partners had to say:', 'Lesen Sie hier mehr.', 'Découvrez ce qu'ils en disent :'
        _LOST_LINK,
        # a pointer whose link the copy lost: 'The Good Practices … can be found at:, and you can navigate …', in the
        # site languages ('finden Sie unter:', 'se trouvent sur :', 'si trovano su:', 'można znaleźć na:')
        r"(?i).{0,200}\b(?:can be found|are available|is available|finden sie|zu finden|se trouvent|trouverez|se "
        r"pueden encontrar|se encuentran?|encontrará|si trovano|si trova|disponibil[ei]|można znaleźć|są dostępne)"
        r"\b[^:.!?]{0,40}\s?:\s*(?:[,;.].{0,200})?",
        # a data portal's note on where its figures come from, a line alone: 'As collected through the One Planet
        # Reporting', 'Tel que collecté via …', 'Wie über … erhoben', 'Según lo recogido en …'
        r"(?i)(?:as (?:collected|reported|gathered) (?:through|via|in|by)|tel(?:le)?s? que (?:collecté|déclaré)e?s? "
        r"(?:via|par|dans)|wie (?:über|im|in der|durch) .{1,60} (?:erhoben|gemeldet)|seg[uú]n (?:lo )?(?:recogido|"
        r"declarado|informado) (?:en|a través de|por)|come (?:raccolt|riportat|dichiarat)[oi] (?:tramite|nel|nella|da)"
        r"|(?:zebrane|zgłoszone) (?:w ramach|przez|w))(?: [^.!?]{1,60})?",
        # a rating widget's lines: 'Your rating: None', 'No votes yet', 'Average: 4 (2 votes)', in the site languages
        r"(?i)(?:your rating|votre note|ihre bewertung|tu valoraci[oó]n|su valoraci[oó]n|il tuo voto|twoja ocena)"
        r"\s*:\s*[^\W\d_]{1,12}|(?i:no votes yet|pas encore de votes?|aucun vote|noch keine (?:stimmen|bewertungen)"
        r"|(?:todav[ií]a|a[uú]n) no hay votos|sin votos|ancora nessun voto|nessun voto|brak (?:głosów|ocen))"
        r"|(?i:(?:average|moyenne|durchschnitt|promedio|media|średnia)\s*:\s*\d(?:[.,]\d+)?\s*\(\d+ [^\W\d_]+\))",
        # a download link's label: 'PDF (English)', '(850.6 KB - PDF)', 'DOCX - 1,2 Mo', 'PDF (Deutsch) 2 MB'
        r"\(?(?:PDF|DOCX?|XLSX?|PPTX?|ODT|ZIP|EPUB)(?:\s*\([^\W\d_]{3,20}\))?(?:\s*[-–,|]?\s*\d+(?:[.,]\d+)?\s*"
        r"(?:[kKMG]i?B|[kKM]o|[kK]?[bB]ytes?))?\)?"
        r"|\(?\d+(?:[.,]\d+)?\s*(?:[kKMG]i?B|[kKM]o)(?:\s*[-–,|]\s*(?:PDF|DOCX?|XLSX?|PPTX?|ODT|ZIP|EPUB))?\)?",
        # a download line in lower case or with a slash: 'pdf / 47097 KB', 'docx | 1,2 Mo'; a format line: 'Format pdf',
        # 'Formato: PDF', 'Dateiformat: PDF', 'Format pliku: pdf'
        r"(?i:(?:pdf|docx?|xlsx?|pptx?|odt|zip|epub)\s*[/|,–-]\s*\d+(?:[.,]\d+)?\s*(?:[kmg]i?b|[km]o))"
        r"|(?i:(?:format|formato|dateiformat|format pliku|formát)\s*:?\s*(?:pdf|docx?|xlsx?|pptx?|odt|zip|epub))",
        # a link back to the list a page was opened from, run together or not: 'Retour à l'ensemble des
        # resultatsPartage d'expérience', 'Back to the list', 'Zurück zur Übersicht', 'Volver a los resultados'
        r"(?i:(?:back to|return to|retour (?:à|aux)|zurück zu[rm]?|volver a|regresar a|torna (?:a|alla|all['’])|"
        r"powrót do)\s*(?:the |all |l['’]ensemble des |la |les |l['’]|der |den |los |las |el |i |gli |le )?"
        r"(?:list|overview|results?|search|all |résultats|resultats|liste|übersicht|suche|ergebnisse|lista|"
        r"resultados|risultati|elenco|listy|wyników|wyszukiwania)[^.!?]{0,60})",
        # a content system's machine tag, words joined by underscores: 'fiche_exemplaire', 'good_practice'
        r"[^\W\d_]+(?:_[^\W\d_]+)+",
        # what share widgets leave, a line of their labels with a network's name: 'Tweet Button Facebook Like Button'
        r"(?i:(?=.*\b(?:tweet|facebook|twitter|linkedin|whatsapp|xing|pinterest)\b)(?:(?:tweet|button|facebook|like|"
        r"share|twitter|linkedin|whatsapp|xing|pinterest|email|e-mail|print|on|partager|teilen|compartir|condividi|"
        r"udostępnij|forward|to a friend)\b\s*){2,10})",
        # a newsletter's link to its web copy: 'Web Version', 'View this email in your browser', 'Version en ligne',
        # 'Online-Version anzeigen', 'Versión web', 'Versione online', 'Wersja online'
        r"(?i:web ?version|view (?:this (?:e-?mail|newsletter) )?in (?:your |a )?browser|version (?:web|en ligne)|"
        r"afficher dans (?:votre|le) navigateur|online-?version(?: anzeigen)?|im browser (?:ansehen|anzeigen|öffnen)|"
        r"versi[oó]n (?:web|en l[ií]nea)|ver en (?:el )?navegador|versione (?:web|online)|wersja (?:online|"
        r"internetowa|przeglądarkowa))",
        # a picture's credit on a line of its own: 'Photo: City of Lyon', 'Credit: Shutterstock'
        r"(?i)(?:(?:photo|image|picture|foto|bild)(?: ?credits?)?|credits?)\s*[:©]\s*[^.!?]{1,80}\.?",
        # a byline without its date: 'By Jane Smith', 'Written by Jane Smith', 'Posted by Admin', 'Author: Jane Smith'
        r"(?:(?i:written|posted|published) by|By|(?i:authors?):?)\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*(?: [A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}"
        r"|(?i:(?:written |posted )?by (?:admin|editor|news editor|the editors?))",
        # a byline with its date after 'on': 'By Eddy Adams, on March 28th, 2014'
        r"By [A-ZÀ-ÖØ-Þ][\w'’.-]*(?: [A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3},? on (?:[A-Z][a-z]{2,8} \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
        r"|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8},? \d{4})",
        # an author's link to their other articles: '> Read Eddy Adams's articles', 'More posts by Jane Smith'
        r"(?i)(?:[>»›]\s*)?(?:read|see|view|more)(?: all)? [^.!?]{1,60}['’]s? (?:articles|posts|stories|blog posts)"
        r"|(?i:(?:[>»›]\s*)?(?:more )?(?:articles|posts|stories) by [^.!?]{1,60})",
        # a tag shown twice, as a copied tag keeps its icon's label: 'Governance Governance'
        r"(?P<tag>[A-ZÀ-ÖØ-Þ][^.!?\d]{3,40}) (?P=tag)",
        # a row of 'See …' links run together: 'See complete overviewSee results'
        r"(?i)(?:(?:see|view|show)(?: (?:the|all|complete|full))? (?:overview|results|details|more|all)\s*){2,}",
        # a page's counters of comments, views and shares: '3 comments', 'Views: 1234', 'Comments (0)'
        r"(?i)\d[\d,.\u00a0 ]* (?:comments?|views?|reads?|shares?|downloads?)"
        r"|(?i:(?:comments?|views?|reads?|shares?|downloads?):?\s*\(?\d[\d,.]*\)?|no comments(?: yet)?)"
        r"|(?i:rated \d(?:[.,]\d)? (?:out of|/) \d+)",
        # a content type and its category: 'Case study | Mobility', 'News · Energy'
        r"(?i)(?:news|article|story|case study|interview|opinion|blog(?: post)?|event|press release|report)"
        r"\s*[|·•]\s*[^|.!?]{1,40}",
        # a feed's subscription link: 'Subscribe to Eltis feed', 'Subscribe to our RSS'
        r"(?i)subscribe(?: to)?(?: (?:the|our|this))? [\w&'’ -]{0,40}?\b(?:feeds?|rss|atom)",
        # when a page changed, counted back from now: 'Updated: 1 week 6 days ago', 'Posted 3 hours ago'
        r"(?i)(?:last )?(?:updated|posted|published|edited|modified)(?: on)?:? (?:\d+ [a-z]+,? ){1,3}ago",
        # a date's label whose date stands on the next line: 'Edited on', 'Last updated:'
        r"(?i)(?:last )?(?:updated|posted|published|edited|modified)(?: on)?:?",
        # how long the page takes to read: 'Read time: 5 minutes', '4 min read'
        r"(?i)(?:estimated )?read(?:ing)? time:? ?(?:about )?\d+ ?(?:min(?:ute)?s?|mn)\.?"
        r"|(?i:\d+ ?min(?:ute)?s?(?: read)?\.?)",
        # a counter of readers' votes: '0 have recommended.', '12 people liked this', '3 likes'
        r"(?i)\d+ (?:(?:people|persons?|users?|readers?) )?(?:(?:have|has) )?(?:recommended|liked|voted for)"
        r"(?: (?:this|it))?\.?"
        r"|(?i:\d+ (?:likes?|votes?|recommendations?))",
        # a map's coordinates in the WKT form a site's geodata field leaves: 'POINT (4.35171 50.85034)'
        r"(?:MULTI)?(?:POINT|LINESTRING|POLYGON) ?Z? ?\([-\d.,\s()]+\)",
        # a row of share links, as the copy runs them together: 'Copy linkFacebookXLinkedInEmail'
        r"(?i)(?:(?:share(?: on| via)?|copy link|facebook|twitter|x|linkedin|e-?mail|whatsapp|print|reddit|pinterest"
        r"|telegram|bluesky|mastodon|xing)[\s|,·:/]*){2,}",
        # a picture's caption ending with its credit: 'Common kitchen (photo credit UIA project Tast'in Fives).'
        r"[^\n]{0,200}\((?i:photo|image|picture|foto|photograph)(?i: credits?)?:? [^()]{1,100}\)\.?",
        # a line that congratulates: 'Congratulations to the 23 approved networks!'
        r"(?i)congratulations(?: to [^.!?]{1,80})?!+",
        # a table's header row copied flat, its capital cells run together: 'NETWORKFINAL PARTNERSHIPSHORT DESCRIPTION'
        # (a title in capitals has its small words: 'INTERNATIONALISATION OF SMES' stays)
        r"(?=.*[A-Z]{15})(?=.* )(?!.*\b[A-Z]{1,3}\b)[A-Z][A-Z &/-]+",
        # when the page was published or edited, in the site languages: 'Edited on 24/04/2025', 'Publié le 3 mai 2019'
        r"(?i)(?:last |zuletzt |dernière )?(?:updated|posted|published|edited|modified|revised|created|"
        r"veröffentlicht|aktualisiert|bearbeitet|geändert|publié|mis à jour|mise à jour|modifié|publicado|actualizado|"
        r"modificado|pubblicato|aggiornato|modificato|opublikowano|zaktualizowano|ostatnia aktualizacja|"
        r"data publikacji|publication date|date published|date de publication|fecha de publicación|"
        r"data di pubblicazione)(?: on| at| am| le| el| il| dnia)?\s*:?\s*"
        + _DATE
        + r"(?:,?\s*-?\s*\d{1,2}[:.h]\d{2})?",
        # a logo's caption: 'EU Logo', 'Resilient Europe APN logo', 'Logo of the City of Lyon', 'Logo Stadt Wien'
        r"(?:[A-Z0-9.][\w&.'’-]*\s){1,5}(?i:logo(?:type)?)|(?i:logo(?:type)?)(?:\s+(?:[A-Z][\w&.'’-]*|&|of|de|der|des|du|"
        r"di|del|the|la|le|für|for|van|voor|för|dla|pour|per|para|da|do|della|dello|and|und|et|y|e|i)){0,8}",
        # a press release's dateline alone on its line, with or without the hour, the place before or after the date:
        # '26 April 2018 00:00 - Freiburg, Germany', 'Bonn, 3 May 2021', '12/03/2019 – Lyon, France' (where and when
        # the text was issued, never the practice's place or start)
        _DATE
        + r"(?:,?\s*\d{1,2}[:.h]\d{2})?\s*[-–—|]\s*"
        + _ISSUED_AT
        + r"|"
        + _ISSUED_AT
        + r",\s*"
        + _DATE
        + r"(?:,?\s*\d{1,2}[:.h]\d{2})?",
        # a news item's publication stamp, a date and its hour alone on a line: '28.12.2020 11:00', '03/05/2021 à
        # 14h30', '12.4.2022 klo 9.15' (when the text was posted, never the practice's start)
        _DATE
        + r",?\s*(?:(?i:klo\.?|kl\.?|um|at|à|alle|ore|o godz\.?|godz\.?|a las)\s*)?\d{1,2}[:.h]\d{2}"
        + r"(?:\s*(?i:uhr|h))?",
        # a pull quote's attribution, a dash before the speaker's name and role: '— Petr Hlubuček, Vice Mayor of
        # Prague for the environment', '– Anne Hidalgo, maire de Paris' (the quote is kept where it stands)
        r"[—–]\s*[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3},\s*[^.!?\n]{2,120}",
        # a picture's caption with its credit after it: 'Renovation of Sankt Ann Plads. Credit: Birgit Georgi (EEA).',
        # 'Le parc rénové. Photo : Ville de Lyon', 'Der neue Platz. Foto: Stadt Halle'; a sentence naming a year before
        # the credit is the practice's ('The garden opened in 2019. Photo: City of Ghent') and stays
        r"(?![^.!?\n]*\b(?:19|20)\d{2}\b)[^.!?\n]{3,100}\.\s+"
        r"(?i:(?:photo|image|picture|foto|fot\.|zdjęcie|bild)(?: ?credits?)?|crédits?(?: photo)?|"
        r"credits?|bildnachweis|fuente|fonte)\s*[:©]\s*[^.!?\n]{1,80}\.?",
        # a post's categories on one line after their label: 'Kategori: Boende och miljö Klimatarbete …', 'Category:
        # Mobility, Energy', 'Catégories : Climat', 'Kategorie: Umwelt', 'Categoría: Movilidad', 'Kategoria: Klimat'
        r"(?i:categor(?:y|ies)|catégories?|kategorien?|categorías?|categori[ae]|kategori(?:a|e|er)?)\s*:\s*"
        r"[^.!?\n]{1,200}",
        # a form's or a guide's stepper: 'Step 1 of 4', 'Étape 2 sur 5', 'Schritt 1 von 4', 'Paso 1 de 4', 'Krok 1 z 4'
        r"(?i)(?:step|étape|schritt|paso|passo|krok)\s+\d+\s*(?:of|/|sur|von|aus|de|di|su|z|ze)\s*\d+",
        # a newsletter box's heading and call, in the site languages: 'Newsletter subscription', 'Stay in touch!',
        # 'Abonnement à la newsletter', 'Restez informés !', 'Newsletter abonnieren', 'Bleiben Sie in Kontakt!'
        r"(?i)(?:e-?)?newsletter(?:[- ](?:subscription|sign-?up|registration|abonnieren|anmeldung|abonnement))?"
        r"|(?i:(?:abonnement|inscription) (?:à|a) (?:la|notre) (?:newsletter|lettre d['’]information)|suscripci[oó]n "
        r"(?:al|a la|a nuestro|a nuestra) (?:boletín|newsletter)|iscrizione alla newsletter|(?:zapisz się do|"
        r"subskrypcja) newslettera)"
        r"|(?i:(?:stay|keep) in touch|restez (?:informée?s?|en contact|connectée?s?)|bleiben sie (?:informiert|in "
        r"kontakt|auf dem laufenden)|mant[eé]nte (?:informado|en contacto|al día)|rest(?:a|ate) (?:aggiornat[oi]|"
        r"in contatto)|bądź(?:my)? (?:na bieżąco|w kontakcie))\s*[!.]?",
        # a publication date's label alone, its date on the next line: 'Publication date', 'Date de publication'
        r"(?i)(?:publication date|date of publication|date published|date de publication|veröffentlichungsdatum|"
        r"erscheinungsdatum|fecha de publicación|data di pubblicazione|data publikacji)\s*:?",
        # a figure's or a table's credit that it is the authors' own work: 'Elaboración propia', 'Source: own
        # elaboration', 'Eigene Darstellung', 'Élaboration propre', 'Elaborazione propria', 'Opracowanie własne'
        r"(?i)(?:(?:source|fuente|quelle|fonte|źródło)\s*:\s*)?(?:own (?:elaboration|work|calculation)|elaboración "
        r"propia|élaboration propre|réalisation propre|eigene (?:darstellung|bearbeitung|berechnung)|elaborazione "
        r"propria|opracowanie własne)\.?",
        # a visitor counter's label, with or without its figure: '1.665.249 / gości odwiedziło nas', '12 345 visitors'
        r"(?i)(?:\d[\d.,\u00a0 ]*\s*/?\s*)?(?:visitors?(?: so far| to date)?|besucher(?:innen)?|visiteurs|"
        r"visitantes|visitatori|gości odwiedziło nas|odwiedzin)",
        # a donors' line of the site, naming two funders or more and nothing else: 'Wsparcie udzielone przez Norwegię,
        # Islandię', 'Supported by Iceland, Liechtenstein and Norway' (one funder alone, 'Funded by the European
        # Union', may be the practice's own money and stays)
        r"(?i:supported by|funded by|co-?funded by|financed by|sponsored by|wsparcie udzielone przez|"
        r"(?:współ|do)finansowan[yeo] (?:przez|ze)|gefördert (?:durch|von)|financé par|cofinancé par|financiado por|"
        r"cofinanciado por|finanziato da|cofinanziato da)\s+"
        + _FUNDER
        + r"(?:(?:\s*,\s*|\s+(?i:and|i|oraz|und|et|y|e)\s+)"
        + _FUNDER
        + r")+",
        # a pointer to links the copy lost, by clicking: 'Discover the 22 projects by clicking on the titles below.'
        r"(?i)[^.!?]{0,120}\b(?:by clicking|click here|en cliquant|cliquez ici|durch klicken|klicken sie hier|"
        r"haciendo clic|haga clic aquí|pulsando aquí|cliccando|clicca qui|klikając|kliknij tutaj)\b[^.!?]{0,80}[.!:]?",
        # a site's strapline inviting to read its latest items: 'Read our latest news, opinion, press releases …'
        r"(?i)(?:read|discover|explore|browse) (?:our|the) latest [^.!?]{1,100}[.!]?"
        r"|(?i:(?:lisez|découvrez) nos derni[eè]res? [^.!?]{1,100}|lesen sie unsere neuesten [^.!?]{1,100}|"
        r"(?:lea|descubra) nuestras? últimas? [^.!?]{1,100}|(?:leggi|scopri) le nostre ultime [^.!?]{1,100}|"
        r"przeczytaj nasze najnowsze [^.!?]{1,100})[.!]?",
        # a site's content id left in the copy: 'Ref nid', 'Node ID: 7522'
        r"(?i)(?:ref\.? )?(?:nid|node id|item id|ref id)(?::?\s*\d+)?",
        # an invitation to look elsewhere, without the address it names: 'Have a look at the public agenda of the lab.'
        r"(?i)(?!.*(?:https?://|www\.|@))(?:please )?(?:have|take) a (?:look|peek) at [^.!?]{1,100}[.!]?",
        # a sentence pointing to what stands below or above it: 'The list of cities … can be found below.'
        r"(?i)(?!.*(?:https?://|www\.|@))[^.!?]{0,150}\b(?:can be found|is listed|are listed|is shown|are shown|"
        r"is available|are available|you (?:will|can) find|(?:is|are) given|follows?)\s+(?:below|above|here)[.:!]?",
        # a summary's pointer to the full text: 'This ressource is a summary. To view the full ressource, please use
        # the link below.'
        r"(?i)(?:[^.!?]{1,80}\bis (?:only )?a (?:summary|short version|preview|extract)[.!]\s+)?"
        r"(?!.*(?:https?://|www\.))[^.!?]{0,150}\b(?:the|this|following) links? (?:below|above)[.!:]?",
        # an author's profile box: 'About this resource', 'Go to profile', 'See all', 'More content from'
        r"(?i)about (?:this|the) (?:resource|ressource|article|post|story|author|publication|document|page)"
        r"|(?i:(?:go to|see|view|visit)(?: (?:the|my|their|his|her|full|author['’]s))? (?:profile|all))"
        r"|(?i:more (?:content|articles|posts|stories|resources|news) (?:from|by)(?: [^.!?]{1,60})?)",
        # a box's counter: '154 resources', '12 articles'
        r"(?i)\d(?:[\d,.\u00a0 ]*\d)? (?:resources|ressources|articles|results|items|documents|publications|entries|"
        r"followers|good practices|practices|projects|events)",
        # a byline naming a kind of author: 'Written by an URBACT Stakeholder', 'Posted by the editorial team'
        r"(?i)(?:written|posted|published|submitted) by (?:an?|the) [^.!?]{1,50}",
        # an invitation to a mailing list or newsletter, addressed to the reader: 'If you are interested …, please
        # contact … to be added to our mailing list.', 'Abonnieren Sie unseren Newsletter'
        r"(?i)(?=.*\b(?:mailing list|mailing-list|newsletter|liste de diffusion|lettre d['’]information|verteiler|"
        r"lista de correo|boletín|lista di distribuzione|lista mailingowa)\b)"
        r"(?=.*\b(?:please|you|your|our|us|sie|vous|votre|nuestro|nuestra|vostro|vostra|nostra|nostro|nasz\w*)\b)"
        r"[^\n]{1,300}",
        # the EU funding disclaimer with its 'views and opinions' sentence (maybe cut off), in the site languages
        r"(?i)(?:co-?)?funded by the european union\.?\s+views and opinions .{0,300}"
        r"|(?i:(?:ko)?finanziert von der europäischen union\.?\s+die geäußerten ansichten .{0,300})"
        r"|(?i:(?:co)?financé par l['’]union européenne\.?\s+les points de vue .{0,300})"
        r"|(?i:(?:co)?financiado por la unión europea\.?\s+las opiniones .{0,300})",
        # a link skipping to the page's content, in the site languages: 'Zum Inhalt springen', 'Aller au contenu'
        r"(?i)skip (?:to (?:the )?(?:main )?content|navigation)|(?:direkt )?zum (?:haupt)?inhalt(?: springen)?"
        r"|(?:aller|passer) au contenu(?: principal)?|(?:saltar|ir) al contenido(?: principal)?"
        r"|vai al contenuto(?: principale)?|przejdź do (?:głównej )?treści",
        # a logo's alt text joined to its owner by a hyphen: 'BMWSB-Logo', 'Stadt-Logo'
        r"[A-ZÀ-ÖØ-Þ][\w&.'’]*-(?i:logo)",
        # a listing's category line: 'Wettbew.-Kategorie: genutzt', 'Category: Mobility', 'Kategoria: transport'
        r"(?i)[\w.-]{0,20}(?:kategorie|category|catégorie|categoría|categoria|kategoria)\s*:\s*[\w -]{1,40}",
        # a document viewer's controls: 'Wielkość: px', 'Rozpocząć pokaz od strony:', 'Transkrypt', 'Download "…"'
        r"(?i)(?:wielkość|size|größe|taille|tamaño|dimensione)\s*:\s*px"
        r"|(?i:rozpocząć pokaz od strony|start (?:the )?(?:slide ?show|presentation) (?:from|at) page):?"
        r"|(?i:transkrypt|transcript|transkript|transcription|transcripción|trascrizione)"
        r"|(?i:download|pobierz|herunterladen|télécharger|descargar|scarica)\s+[\"„“«][^\"„“”«»]{1,150}[\"”»]",
        # an online event's place as a link left without its address: 'Where: ZOOM LINK', 'Ort: Zoom-Link'
        r"(?i)(?:where|wo|ort|où|lieu|dónde|lugar|dove|luogo|gdzie|miejsce)\s*:\s*(?:zoom|teams|webex|online|"
        r"google meet)(?:[ -](?:link|meeting))?",
        # a run of hashtags: '#URBACT #sustainablemobility #cycling'
        r"(?:#[\w-]+\s*){2,}",
        # a site's question to the reader and its offer of help: 'You want to set up or take part in a project?',
        # 'Our project team will help you.', 'Vous souhaitez monter un projet ?'
        r"(?i)(?:do |are )?you (?:want|wish|would like|plan|need) to [^.!?]{1,120}\?"
        r"|(?i:(?:sie möchten|möchten sie|vous souhaitez|souhaitez-vous|vous voulez|(?:¿)?quieres|(?:¿)?desea|"
        r"vuoi|desideri|chcesz|czy chcesz) [^.!?]{1,120}\s?\?)"
        r"|(?i:our [\w -]{0,30}team (?:will|can|is happy to|would be happy to|is here to) (?:help|assist|support)"
        r" you[^.!?]{0,80}[.!])",
        # a picture's caption with its source: 'Olympics4all programme. Source: Vila Nova de Cerveira (PT).'
        r"(?!.*\d\s?%)[^.!?]{1,80}\.\s+(?:Source|Fonte|Quelle|Fuente|Źródło|Bron)\s*:\s*[^.!?]{1,80}\.?",
        _BADGE.pattern,
    )
]
# Furniture of national, regional and city websites, in the site languages and in nl, pt, sv, fi, no, da and cs.
_SKIP_TARGET = (
    r"(?:the )?(?:main |haupt)?(?:content|inhalt|navigation|hauptnavigation|unternavigation|subnavigation"
    r"|sub-navigation|servicenavigation|seitennavigation|suchfeld|menu|menü|hauptmenü|search|suche|footer"
    r"|fußzeile|contenu(?: principal)?|menu principal|recherche|pied de page|contenido(?: principal)?|navegación"
    r"|búsqueda|contenuto(?: principale)?|navigazione|ricerca|(?:głównej )?treści|nawigacji|wyszukiwarki|inhoud"
    r"|hoofdinhoud|hoofdmenu|zoeken|innehåll(?:et)?|huvudmenyn?|sökning(?:en)?|sisältöön|päävalikkoon|hakuun"
    r"|(?:hoved)?innhold(?:et)?|hovedmeny(?:en)?|(?:hoved)?indhold(?:et)?|hovedmenu(?:en)?|søgning(?:en)?|obsah(?:u)?"
    r"|navigace|hlavní(?:ho)? menu|vyhledávání|conteúdo(?: principal)?|navegação|pesquisa"
    # sk, hr, sl, hu, ro, et, lv, lt, el: 'Prechod na navigáciu Hlavné menu', 'Preskoči na sadržaj'
    r"|navigáci[ue](?: hlavné menu| vodorovná| zvislá)?|hlavné menu|vyhľadávani[ea]|sadržaj(?:a)?|navigacij[ue]"
    r"|glavn(?:i|u) (?:izbornik|meni|navigacij[ue])|vsebin[oe]|tartalom(?:hoz|ra)|navigációhoz|főmenühöz"
    r"|keresés(?:hez)?"
    r"|conținut(?:ul)?(?: principal)?|navigare|sisu(?:le)?|põhisisu(?:le)?|saturu|pamatsaturu|turinį|navigacij[ąa]"
    r"|περιεχόμενο|πλοήγηση)"
)
_SKIP_LINK = (
    r"(?:(?:skip|jump|go) to|zum|zur|direkt zu[rm]?|springe zu[rm]?|aller au|aller à la|passer au|saltar a[l]?|"
    r"ir al?|vai al(?:la)?|salta al(?:la)?|passa al(?:la)?|przejdź do|ga (?:direct )?naar(?: de| het)?|"
    r"naar(?: de| het)?|hoppa till|gå (?:direkt )?til(?:l)?|(?:spring|hopp) til|siirry|přejít na|přeskočit na|"
    r"ir para o|saltar para o|prechod na|preskočiť na|prejsť na|preskoči na|prijeđi na|idi na|skoči na|pojdi na"
    r"|ugrás (?:a|az)|salt la|sari la|mergi la|treci la|hüppa|liigu|pāriet uz|pāriet|pereiti į|pular para o"
    r"|hyppää|μετάβαση (?:σε|στ[οη]ν?))\s+" + _SKIP_TARGET
)
# A SharePoint site's link past its ribbon, in the site languages and others: 'Skip Ribbon Commands', 'Ignorar Comandos
# do Friso'.
_RIBBON = (
    r"(?i)skip ribbon commands|ignorar (?:os )?comandos d[oa] (?:friso|faixa(?: de opções)?)"
    r"|ignorer les commandes du ruban|menüband-befehle überspringen|omitir (?:los )?comandos de (?:la )?cinta"
    r"|ignora (?:i )?comandi (?:della )?barra multifunzione|pomiń polecenia wstążki|lintopdrachten overslaan"
    r"|hoppa över menyfliksommandon|ohita valintanauhan komennot|(?:spring|hopp) over båndkommandoer"
    r"|přeskočit příkazy pásu karet"
)
_SKIP_RIBBON = re.compile(_RIBBON)
# A person's name as a byline gives it: 'Jan de Vries', 'Hans Müller', 'Marie-Claire Dupont'.
_PERSON = r"[A-ZÀ-ÖØ-ÞČŘŠŽŁ][\w'’.-]*(?: (?:[a-z]{1,4} ){0,2}[A-ZÀ-ÖØ-ÞČŘŠŽŁ][\w'’.-]*){0,3}"
# Skip links, run together as the copy joins them, with their access keys: 'Zum Inhalt (Access key c)Zur
# Hauptnavigation (Access key 1)', 'Ga naar de inhoud', 'Hoppa till innehållet', 'Přejít na obsah'.
_SKIP_LINKS = re.compile(
    rf"(?i)(?:{_SKIP_LINK}(?:\s*\((?:access ?key|accesskey|tastenkürzel|raccourci)\s*:?\s*\w\))?\s*[|,]?\s*)+"
)
# A date as a news stamp or a byline writes it: '12.3.2024', '12. 3. 2024', '12 de marzo de 2024', or as _DATE does.
_STAMP_DATE = r"(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2} de [^\W\d_]{3,10} de \d{4}|" + _DATE + r")"
_SITE_FURNITURE = [
    re.compile(p)
    for p in (
        _SKIP_LINKS.pattern,
        # a cookie notice of a site, in the other languages: 'Deze website gebruikt cookies.', 'Denna webbplats
        # använder kakor', 'Tämä sivusto käyttää evästeitä', 'Webové stránky používají soubory cookie'
        r"(?i)(?=.*\b(?:cookies?|kakor|evästeitä|evästeet|evästeiden|informasjonskapsler|soubory cookie|sütik\w*"
        r"|piškot\w*|kolačić\w*)\b)"
        r"(?=.*\b(?:gebruikt|gebruiken|maakt gebruik|använder|käyttää|käytämme|bruker|benytter|bruger|anvender"
        r"|používá|používají|používáme|usa|usamos|utiliza|utilizamos|accepteren|accepteer|godkänn|hyväksy|godta"
        r"|accepter|přijmout|aceitar|aceite|toestemming|samtycke|suostumus|samtykke|souhlas\w*|consentimento"
        r"|používa|használ|uporablja|folosește|utilizează|koristi)\b)"
        r"(?=.*\b(?:website|site|webbplats(?:en)?|sivusto|verkkosivusto|nettsted(?:et)?|nettsiden|hjemmeside(?:n)?"
        r"|stránky|portál|portal|wij|we|vi|me|nós|browsen|surfen|bezoek|besök|ervaring|upplevelse|oplevelse"
        r"|käyttökokemus|zážitek|experiência|stránka|weboldal|stran|stranica)\b).{1,400}",
        # a cookie banner's buttons in the other languages: 'Godkänn alla kakor', 'Hyväksy kaikki evästeet'
        r"(?i)(?:accepteer|accepteren|weiger(?:en)?|godkänn|avvisa|neka|hyväksy|hylkää|godta|avslå|afvis|"
        r"accepter|přijmout|odmítnout|aceitar|rejeitar|recusar)(?: (?:alle|alles|alla|kaikki|vše|všechny|todos|tudo))?"
        r"(?: (?:cookies|kakor|evästeet|informasjonskapsler|soubory cookie|nødvendige|necessárias|noodzakelijke))?",
        # a notice that the page needs JavaScript: 'Please enable JavaScript', 'JavaScript is disabled in your browser',
        # 'Bitte aktivieren Sie JavaScript', 'Veuillez activer JavaScript', 'Schakel JavaScript in'
        r"(?i)(?=.*\bjavascript\b)(?=.*\b(?:browser|navigateur|navegador|przeglądar\w*|webbläsar\w*|selai\w*|"
        r"nettleser\w*|prohlížeč\w*|please|bitte|veuillez|por favor|per favore|proszę|schakel|vänligen|ole hyvä"
        r"|vennligst|venligst|prosím|deaktiviert|désactivé|disabled|desactivado|disabilitato|avstängt|deaktivert"
        r"|deaktiveret|desativado|is (?:turned off|required)|est désactivé|está desactivado"
        r"|è disabilitato|jest wyłączon\w*|staat uit|uitgeschakeld|är avstängt|ei ole käytössä|er deaktivert"
        r"|er slået fra|je vypnut\w*|está desativado)\b).{1,300}",
        # a news stamp with how long it takes to read, maybe after its date: '24 mei 2023 | Leestijd: 12 minuten',
        # 'Lesezeit: 4 Minuten', 'Temps de lecture : 5 min', 'Czas czytania: 5 min', 'Lukuaika: 3 min'
        r"(?i)(?:" + _DATE + r"\s*[|·•–-]\s*)?(?:reading time|read time|leestijd|lesezeit|lesedauer|temps de lecture"
        r"|durée de lecture|tiempo de lectura|tempo di lettura|czas czytania|lästid|läsningstid|lukuaika|lesetid"
        r"|læsetid|doba čtení|čas čtení|tempo de leitura)\s*:?\s*(?:ca\.?|about|approx\.?|environ|circa|ongeveer"
        r"|noin|cirka|około|cerca de)?\s*\d+\s*(?:min\w*|mn)\.?",
        # an author's label with a name alone: 'Auteur: Jan de Vries', 'Autor: Hans Müller', 'Författare: Anna Berg'
        r"(?i:auteurs?|autor(?:in|es|ka|zy)?|authors?|autore|autori|verfasser(?:in)?|författare|kirjoittaja|"
        r"forfatter|autoři|redactie|redaktion|rédaction|redacción|redazione|redakcja)\s*:\s*" + _PERSON,
        # a listing's search panel: 'Generic filters', 'Your search returned 118 results', 'Filter by support type'
        r"(?i)generic filters|(?:your |the )?search (?:returned|found|gave|yielded) \d[\d,.]* (?:results?|items?|hits)"
        r"|(?:ihre suche ergab|votre recherche a (?:donné|retourné)|su búsqueda (?:ha )?(?:devuelto|dado)"
        r"|la tua ricerca ha (?:restituito|prodotto)|twoje wyszukiwanie zwróciło|uw zoekopdracht (?:leverde|gaf)"
        r"|din sökning gav|haullasi löytyi|søket ditt ga|din søgning gav|vaše hledání vrátilo|sua pesquisa retornou)"
        r" \d[\d,.]* [^\W\d_]+"
        r"|\d[\d,.]* (?:results? found|treffer|ergebnisse(?: gefunden)?|résultats?(?: trouvés?)?|resultados?"
        r"(?: encontrados?)?|risultati(?: trovati)?|wyników|resultaten(?: gevonden)?|träffar|hakutulosta|tulosta"
        r"|resultater|treff|výsledků|výsledky)"
        r"|(?:filter(?:s)? (?:by|on)|filter(?:n)? (?:nach|op)|filtrer (?:par|selon)|filtrar (?:por|según)|filtra per"
        r"|filtruj (?:według|po)|filtrera (?:på|efter)|suodata|filtrer (?:etter|efter)|filtrovat podle)"
        r" [^\W\d_][\w -]{0,40}",
        # when the page was published or changed, in nl, pt, sv, fi, no, da and cs: 'Laatst gewijzigd: 12 maart
        # 2024', 'Publicerad 3 maj 2023', 'Päivitetty 12.3.2024', 'Sist oppdatert 4. mai 2022', 'Aktualizováno: 1. 2.
        # 2024'
        r"(?i)(?:laatst (?:gewijzigd|bijgewerkt|aangepast)|gepubliceerd|geplaatst|bijgewerkt|publicatiedatum"
        r"|publicado|atualizado|última atualização|data de publicação|publicerad|senast (?:uppdaterad|ändrad)"
        r"|uppdaterad|publiceringsdatum|julkaistu|päivitetty|muokattu|viimeksi päivitetty|publisert|sist (?:oppdatert"
        r"|endret)|oppdatert|publiceret|senest (?:opdateret|ændret)|opdateret|publikováno|aktualizováno|naposledy "
        r"(?:aktualizováno|upraveno)|datum publikace|vloženo)(?: op| em| den| dne)?\s*:?\s*"
        + _STAMP_DATE
        + r"(?:,?\s*(?:klo\.?|kl\.?|om|às|at)?\s*\d{1,2}[:.]\d{2})?",
        # a page's view counter in the other languages: 'Aantal keer bekeken: 512', 'Visningar: 140', '312 weergaven'
        r"(?i)(?:aantal keer bekeken|bekeken|weergaven|visningar|läst|katselukerrat|luettu|visninger|zobrazeno|přečteno"
        r"|visualizações|acessos)\s*:?\s*\d[\d.,\u00a0 ]*(?:\s*(?:x|×|keer|gånger|kertaa|ganger|gange|krát|vezes))?"
        r"|(?i:\d[\d.,\u00a0 ]*\s*(?:weergaven|keer bekeken|visningar|katselukertaa|visninger|zobrazení"
        r"|visualizações))",
        # a calendar's or a listing's arrows between months and pages: '« Vorige maand Volgende maand »', 'Next page'
        r"(?i)(?:[«‹<]\s*)?(?:previous|prev|next|vorige|volgende|vorheriger?|nächster?|précédent|suivant|anterior"
        r"|siguiente|precedente|successivo|poprzedni|następny|föregående|nästa|edellinen|seuraava|forrige|neste|næste"
        r"|předchozí|další|próximo)(?: (?:month|maand|monat|mois|mes|mese|miesiąc|månad|kuukausi|måned|měsíc|mês"
        r"|page|pagina|seite|página|strona|sida|sivu|side|stránka))?(?:\s*[»›>])?"
        r"(?:\s+(?:[«‹<]\s*)?(?:next|volgende|nächster?|suivant|siguiente|successivo|następny|nästa|seuraava|neste"
        r"|næste|další|próximo)(?: [^\W\d_]{3,9})?(?:\s*[»›>])?)?",
        # a listing's pager: '1 2 3 4 … 12 Next', '‹ 1 2 3 ›'
        r"(?i)(?:[«‹<]\s*)?(?:\d{1,3}\s+){2,}(?:…|\.\.\.)?\s*(?:\d{1,3}\s*)?(?:next|volgende|weiter|suivant|siguiente"
        r"|successivo|dalej|nästa|seuraava|neste|næste|další|próximo|[»›>])",
        # a share link with its network, in the other languages: 'Delen op Facebook', 'Dela på LinkedIn'
        r"(?i)(?:delen|deel|dela|jaa|del|sdílet|partilhar|compartilhar)(?: (?:op|på|on|na|no|via|em))? (?:facebook"
        r"|twitter|x|linkedin|whatsapp|e-?mail|sähköpostilla|e-postilla)",
        # reading time written after its figure: '5 min leestijd', '4 Min. Lesezeit', '5 min de lecture', '3 min read'
        r"(?i)(?:ca\.?\s*)?\d+\s*min(?:\.|uten|uter|uutin|utos|uti|ut)?\s+(?:leestijd|lesezeit|lesedauer|de lecture|de"
        r" lectura|di lettura|czytania|lästid|läsning|lukuaika|lesetid|læsetid|čtení|de leitura|read|reading)",
        # a picture's caption with its credit after it, the caption without a figure: 'De nieuwe moestuin aan de
        # Kerkstraat. Foto: Jan Jansen', 'Der neue Stadtgarten. Bild: Stadt Erlangen', 'Uusi puisto. Kuva: Tampere'
        r"[^.!?\d]{1,80}\.\s+(?i:photo|foto|bild|beeld|kuva|bilde|billede|image|zdjęcie|fot\.|credit|crédit)"
        r"\s*[:©]\s*[^.!?\d]{1,80}\.?",
        # a byline in the other languages, with its date, or after a verb that says who wrote it: 'Door Jan de Vries |
        # 12 maart 2024', 'Von Hans Müller, 3. Mai 2023', 'Geschreven door Jan de Vries', 'Publié par Marie Dupont'
        r"(?i:door|von|par|por|di|przez|av|af|kirjoittanut)\s+"
        + _PERSON
        + r"\s*[|·,–-]\s*"
        + _STAMP_DATE
        + r"|(?i:geschreven door|geplaatst door|gepubliceerd door|geschrieben von|veröffentlicht von|verfasst von"
        r"|écrit par|publié par|rédigé par|escrito por|publicado por|scritto da|pubblicato da|napisane przez"
        r"|opublikowane przez|skriven av|skrivet av|publicerad av|kirjoittanut|julkaissut|skrevet av|publisert av"
        r"|skrevet af|udgivet af|napsal[a]?|publikoval[a]?)\s+" + _PERSON,
        # a site's privacy switch and its logo's link home: 'Privatsphäre-Einstellung', 'Link zur Startseite'
        r"(?i)(?:privacy|privatsphäre|datenschutz|confidentialité|privacidad|privacy|prywatności|integritets|"
        r"yksityisyys|personvern|privatlivs|soukromí|privacidade)[- ]?(?:settings?|einstellung(?:en)?|paramètres"
        r"|configuración|impostazioni|ustawienia|instellingen|inställningar|asetukset|innstillinger|indstillinger"
        r"|nastavení|definições)"
        r"|(?i:(?:paramètres de confidentialité|configuración de privacidad|impostazioni (?:della |sulla )?privacy"
        r"|ustawienia prywatności|nastavení soukromí|definições de privacidade))"
        r"|(?i:(?:link |logo[ -]?link )?(?:zur startseite|to (?:the )?home ?page|back to home|retour à l['’]accueil|"
        r"vers l['’]accueil|volver al inicio|ir a la página de inicio|torna alla home(?: ?page)?|do strony głównej"
        r"|naar de (?:homepage|startpagina)|till startsidan|etusivulle|til forsiden|na úvodní stránku|ir para a página"
        r" inicial))",
        # a listing's search box options: 'Search in excerpt', 'Search in title'
        r"(?i)search in (?:titles?|content|excerpts?|comments|pages|posts|tags)",
        # a feedback box's sentence about the page: 'If you encounter any issue with this page, kindly send us …'
        r"(?i)if you (?:encounter|find|notice|spot|experience|have|see) (?:any |an? )?(?:issues?|problems?|errors?"
        r"|mistakes?|bugs?)[^.!?]{0,40}\b(?:this|the|our) (?:page|site|website)[^.!?]{0,100}[.!]",
        # a site's call for more entries: 'If you have a case study you'd like to share here, please get in touch.'
        r"(?i)if you (?:have|know (?:of )?) an? (?:case study|good practice|story|example|practice)[^.!?]{0,80}"
        r"\b(?:share|submit|add|send|tell)\b[^.!?]{0,40}\b(?:here|with us|get in touch|contact us|let us know|please)"
        r"\b[^.!?]{0,60}[.!](?:\s+[^.!?]{0,60}\b(?:template|form|submit\w*)\b"
        r"[^.!?]{0,80}[.!])?",
        # an author's label alone, its names on the next lines: 'Auteur(s)', 'Author(s):', 'Autor(en)'
        r"(?i)(?:auteur|author|autor|autore|författare|forfatter)(?:\(s\)|\(en\)|\(es\)|\(i\)|\(innen\))\s*:?",
        # a site's feedback box: 'Having trouble?', 'Submit issue', 'Was this page helpful?', 'Is deze pagina nuttig?'
        r"(?i)(?:having (?:trouble|problems|issues)|need help|found an error|spotted a mistake)\s*\?"
        r"|(?i:(?:submit|report) (?:an )?(?:issue|problem|error|a bug)|give (?:us )?feedback|send feedback"
        r"|fehler melden|signaler une erreur|informar de un error|segnala un errore|zgłoś błąd|meld een fout"
        r"|rapportera fel|ilmoita virheestä|meld (?:en )?feil|rapportér fejl|nahlásit chybu|reportar erro)"
        r"|(?i:(?=.{0,90}$)(?=.*\b(?:page|pagina|seite|página|strona|sida|sidan|sivu(?:sta)?|siden?|stránka|"
        r"information|informatie|informationen|informações|artikel|article)\b)(?=.*\b(?:helpful|useful|hilfreich"
        r"|utile|útil|pomocna|przydatna|nuttig|behulpzaam|till hjälp|hjälpsam|apua|hyödyllinen|nyttig|užitečná"
        r"|geholpen)\b)[^.!]{1,90}\?)",
        # a yes/no answer pair of such a box: 'Yes No', 'Ja Nee', 'Oui Non', 'Kyllä Ei'
        r"(?i)(?:yes|ja|oui|sí|si|tak|kyllä|ano|sim)\s*[/|]?\s*(?:no|nein|nee|non|nie|nej|ei|nei|ne|não)",
        # a template's untranslated message key: 'breadcrumb.ecName', 'label.readMore', 'menu.main_nav'
        r"(?:breadcrumb|label|menu|nav|navigation|footer|header|button|btn|common|global|i18n|msg|message|lang"
        r"|search|filter|form|cookie|share)(?:\.[a-z][A-Za-z0-9_]*)+(?<!\.[a-z]{2})(?<!\.[a-z]{3})"
        r"|(?!www\.)[a-z][a-z0-9]*(?:\.[a-z][A-Za-z0-9_]*)*\.[a-z]+[A-Z][A-Za-z0-9]*",
        # a link to show more or less of a text, run together as a button and its twin: 'Read more Read less'
        r"(?i)(?:(?:(?:read|show|see|view) (?:more|less)|lees (?:meer|minder)|toon (?:meer|minder)|(?:mehr|weniger)"
        r" (?:anzeigen|lesen)|(?:voir|afficher) (?:plus|moins)|(?:ver|mostrar|leer) (?:más|menos)|(?:mostra|leggi)"
        r" (?:di più|meno)|(?:pokaż|czytaj) (?:więcej|mniej)|(?:visa|läs) (?:mer|mindre)|näytä (?:lisää|vähemmän)"
        r"|lue lisää|(?:vis|les|læs) (?:mer|mere|mindre)|(?:zobrazit|číst) (?:více|méně|dále)|(?:ver|ler|mostrar)"
        r" (?:mais|menos)|saiba mais|meer (?:informatie|lezen)|läs mer|lisätietoja)\s*(?:[›»>+…]|\.\.\.)?\s*){1,3}",
        # a breadcrumb with its steps numbered: '1. Home 2. Good practices 3. Mobility'
        r"(?i)1\.\s*(?:home|homepage|home page|start|startseite|accueil|inicio|início|strona główna|etusivu|forside"
        r"|startsida|úvod|hoofdpagina|pagina iniziale)(?:\s+\d\.\s*[^\d.]{1,50}){1,6}",
        # a breadcrumb after its label: 'Je bent hier: Home / Wonen', 'Du är här: Start', 'Olet tässä: Etusivu'
        r"(?i)(?:you are here|je bent hier|u bent hier|u bevindt zich hier|sie sind hier|vous êtes ici|usted está "
        r"aquí|está aquí|se encuentra (?:usted )?aquí|vous vous trouvez ici|sie befinden sich hier"
        r"|ti trovi qui|sei qui|jesteś tutaj|znajdujesz się|du är här|olet tässä|du er her|nacházíte se"
        r"|jste zde|você está aqui|está aqui|está usted en|estás en|ti trovi in|sie sind auf|u bevindt zich op"
        r"|vous êtes sur)\s*:?\s*[^.!?]{0,150}",
        # a picture's credit on its own line, in the other languages: 'Bron: Gemeente Utrecht', 'Kuva: Helsingin
        # kaupunki', 'Bilde: Oslo kommune', 'Zdroj: Magistrát', 'Photo by Jane Smith', 'Foto di Marco Rossi'
        r"(?i)(?:bron|beeld|kuva|kuvaaja|bilde|billede|fotograf|zdroj|fotografie|créditos?|crédit photo)\s*[:©]\s*"
        r"[^.!?\n]{1,80}\.?"
        r"|(?:Photo|Picture|Image|Foto|Bild|Kuva|Fotografie) (?:by|von|de|di|par|door|av|af|autor)\s+"
        r"[A-ZÀ-ÖØ-ÞČŘŠŽŁ][^.!?\n]{1,80}",
        # a page's tools in the other languages, a word alone: 'Afdrukken', 'Skriv ut', 'Delen', 'Lees voor'
        r"(?i)(?:afdrukken|printen|skriv ut|tulosta|udskriv|tisk(?:nout)?|delen|deel (?:deze|dit) (?:pagina|artikel)"
        r"|dela(?: sidan)?|jaa(?: sivu)?|del(?: siden)?|sdílet|partilhar|compartilhar|lees voor|voorlezen|vorlesen"
        r"|read aloud|listen|écouter|escuchar|ascolta|odsłuchaj|lyssna|kuuntele|lytt|lyt|poslechnout|ouvir"
        r"|terug(?: naar (?:boven|het overzicht))?|naar boven|tillbaka|till toppen|takaisin|sivun alkuun|tilbake"
        r"|til toppen|tilbage|zpět(?: nahoru)?|nahoru|voltar(?: ao topo)?|topo da página"
        # and Turkish: 'Geri', 'Yazdır', 'Paylaş', 'Başa dön'
        r"|geri(?: dön)?|yazdır|paylaş|başa dön)",
        # a SharePoint site's link past its ribbon: 'Skip Ribbon Commands', 'Ignorar Comandos do Friso'
        _RIBBON,
        # a feedback box's sentences run together: 'Help us improve. Did you find what you wanted? - Please leave us
        # a comment:', 'Your update was successful.', 'Avez-vous trouvé ce que vous cherchiez ?'
        r"(?i)(?:¿?(?:help us (?:to )?improve(?: this (?:page|site|website)| our (?:site|website))?"
        r"|did you find what you (?:wanted|needed|were looking for)|(?:please )?leave us (?:a )?(?:comment|feedback)"
        r"|your (?:update|feedback|message|comment) (?:was|has been) (?:successful|sent|received|submitted)"
        r"(?: successfully)?|thank you for your (?:feedback|comment)"
        r"|aidez-nous à (?:nous )?améliorer(?: ce site| notre site)?|avez-vous trouvé ce que vous (?:re)?cherchiez"
        r"|merci pour votre (?:avis|retour|commentaire)|helfen sie uns,? (?:uns |diese seite |unsere website )?"
        r"zu verbessern|haben sie gefunden,? was sie gesucht haben|(?:vielen )?dank für ihr feedback"
        r"|ayúd(?:enos|anos) a mejorar|(?:encontró|ha encontrado|has encontrado) lo que buscaba(?:s)?"
        r"|gracias por (?:su|tu) (?:opinión|comentario)|aiutaci a migliorare|hai trovato (?:quello|ciò) che cercavi"
        r"|grazie per il (?:tuo )?feedback|pomóż nam (?:się )?ulepszyć(?: stronę| serwis)?"
        r"|czy znalazł(?:eś|aś|eś/aś)? to,? czego szukał(?:eś|aś|eś/aś)?|dziękujemy za (?:opinię|komentarz)"
        r"|help ons (?:de website |deze pagina )?(?:te )?verbeteren|heeft u gevonden wat u zocht"
        r"|heb je gevonden wat je zocht|bedankt voor (?:uw|je) (?:feedback|reactie))"
        r"\s*[.?!:]*\s*(?:[-–]\s*)?)+",
        # a link's sentence whose link the copy lost: 'Weitere Informationen finden Sie hier.', 'More information here'
        r"(?i)(?:(?:for )?more information (?:(?:can be found|is available) )?here|find out more here"
        r"|click here (?:for more information|to find out more)|read more here"
        r"|weitere informationen (?:finden sie )?hier"
        r"|mehr (?:informationen|erfahren sie) hier|hier finden sie (?:weitere|mehr) informationen"
        r"|plus d['’]informations? (?:ici|en cliquant ici)|pour en savoir plus,? cliquez ici|en savoir plus ici"
        r"|más información aquí|para más información,? (?:haga|haz) clic aquí|maggiori informazioni qui"
        r"|per maggiori informazioni clicca qui|więcej informacji (?:tutaj|tu)"
        r"|meer informatie (?:vindt u |vind je )?hier"
        r"|lees hier meer)\s*[.!:]?",
        # a picture's credit with 'via' or 'courtesy of': 'Image via Chambers Ireland', 'Photo courtesy of the city'
        r"(?:Photo|Picture|Image|Illustration|Foto|Bild|Kuva|Fotografie)(?: credit)?"
        r" (?:via|courtesy of|:\s*courtesy of)\s+[^.!?\n]{1,80}",
        # a comment box's notice, maybe with where to write instead: 'Comments are closed.', 'Leave a Reply', 'Z vaší
        # země nelze přidávat komentáře. Pokud chcete přidat příspěvek, zašlete nám jej prosím emailem.'
        r"(?i)(?:comments are closed|you must be logged in to (?:post|leave) a comment|leave a (?:reply|comment)"
        r"|(?:there are )?no comments yet|les commentaires sont fermés|laisser un commentaire"
        r"|vous devez être connecté pour (?:publier|poster) un commentaire|kommentare sind geschlossen"
        r"|schreibe(?:n sie)? einen kommentar|los comentarios están cerrados|deja(?:r)? un comentario"
        r"|i commenti sono chiusi|lascia un commento|komentarze są wyłączone|zostaw komentarz"
        r"|reacties zijn gesloten|laat een reactie achter|plaats een reactie|z vaší země nelze přidávat komentáře"
        r"|komentáře jsou uzavřeny|přidat komentář)[.!]?"
        r"(?:\s+[^.!?]{0,100}\b(?:e-?mail\w*|courriel|correo electrónico|posta elettronica)\b[^.!?]{0,40}[.!])?",
    )
]
# A picture's file name, words run together by underscores, with its pixel size or a picture's word in it.
_IMAGE_NAME = (
    r"(?=\S*(?:\d{2,4}[xX×]\d{2,4}|(?i:photo|foto|image|img|picture|cover|banner|header|thumb|dsc|bild|kuva)))"
    r"(?=\S*_\S*_)[^\W_]+(?:[_-][^\W_]+)+(?:\.(?i:jpe?g|png|gif|webp))?"
)
# A file's size as a download link shows it, maybe with its format: '(5.29 MB)', '[PDF, 1,2 Mo]', '(DOCX - 375 KB)'.
_FORMAT = r"(?i:pdf|docx?|xlsx?|pptx?|odt|ods|odp|zip|epub|rtf|csv)"
_SIZE = (
    rf"[(\[]\s*(?:{_FORMAT}\s*[,;|–-]?\s*)?\d+(?:[.,]\d+)?\s*(?:[kKMG]i?B|[kKMG]o|[kK]?[bB]ytes?)"
    rf"(?:\s*[,;|–-]\s*{_FORMAT})?\s*[)\]]"
)
# What a link that reads on says, at the end of a teaser or alone: 'read more', 'leggi tutto →', 'Weiterlesen …'.
_MORE = (
    r"(?i:read more|read the full (?:story|article|text)|continue reading|learn more|weiterlesen|mehr lesen"
    r"|lire la suite|en savoir plus|leer más|seguir leyendo|leggi tutto|leggi di più|continua a leggere|czytaj więcej"
    r"|czytaj dalej|lees meer|verder lezen|läs mer|läs hela|lue lisää|les mer|læs mere|číst dále|číst více|ler mais"
    r"|saiba mais|continuar a ler|(?:learn|find out|read) more about (?:the|this|our) (?:award|prize|competition"
    r"|network|programme|program|initiative|platform)\.?)\s*(?:→|»|›|>>?|…|\.\.\.|\+)?"
)
# The words of a prize, in the site languages and others: 'Prix', 'Preis', 'Premio', 'Award', 'Nagroda', 'Prijs'.
_PRIZE = r"(?:prix|preis|premio|prize|award|awards|nagroda|prijs|pris|prémio|palkinto)"
_PRIZE_CAPS = r"(?:PRIX|PREIS|PREMIO|PRIZE|AWARD|NAGRODA|PRIJS|PRÉMIO)"
# What links a prize's word to its name: 'Prix des sociétaires', 'Preis für Klimaschutz', 'Award for Innovation'.
_LINK_WORD = r"(?:des|de|du|la|le|der|die|das|für|for|of|the|del|della|di|dla|voor|van|för|do|da|per)"
# What a prize's edition is called: 'Edition 2023', '24e édition', 'Ausgabe 2021', 'edizione 2019'.
_EDITION = r"(?:edition|édition|ausgabe|edición|edizione|edycja|editie|upplaga|painos|utgave|udgave|ročník|edição)"
_EDITION_YEAR = (
    r"(?i:(?:\d{1,2}(?:e|ème|re|th|st|nd|rd|ª|a|\.)?\s+)" + _EDITION + r"(?:\s+\d{4})?|" + _EDITION + r"\s+\d{4}"
    r"|\d{4}\s+" + _EDITION + ")"
)
# An edition's line with the region it awards: 'Edition 2023 - Auvergne-Rhône-Alpes' (the region is the practice's).
_EDITION_PLACE = re.compile(_EDITION_YEAR + r"\s*[-–|:]\s*([^.!?\n]{1,60})")
# A prize's category or name over its winners: the head would say it is no practice's name, and the furniture takes it.
_PRIZE_LINES = [
    re.compile(p)
    for p in (
        # a prize's category or name over a winner, maybe numbered: '1. Prix Coup de coeur', 'Prix des sociétaires
        # GMF', 'Preis für Bürgerbeteiligung', 'Premio Speciale Giuria', 'PRIX MOBILITÉ ET AMÉNAGEMENT'
        rf"(?!(?:\S+\s+){{7}})(?:\d{{1,2}}\.\s*)?(?i:{_PRIZE})\s+(?:[A-ZÀ-ÖØ-Þ]|(?:{_LINK_WORD}\s+|l['’])[^\W\d_])"
        r"[^.!?:;\d\n]{1,60}(?:\s+\d{4})?",
        rf"(?:\d{{1,2}}\.\s*)?{_PRIZE_CAPS}\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ '’&-]{{2,60}}",
        # an award's name with its year: 'European Capital of Innovation Award 2018', 'RegioStars Awards 2019'
        rf"(?:[A-ZÀ-ÖØ-Þ][\w'’&.-]*\s+(?:{_LINK_WORD}\s+)*){{1,6}}(?i:{_PRIZE})\s+\d{{4}}",
    )
]
# Furniture of award, listing and download pages and of what stands round a practice's text, in the site languages
# and others where it is cheap: prize categories and editions, file sizes, read-on links, search boxes, FAQs.
_PAGE_FURNITURE = [
    re.compile(p)
    for p in (
        # a download link's line, a document's name with its size in brackets: 'La relazione intermedia (375 KB)',
        # 'Il progetto (5.29 MB) presentato', 'Leitfaden Klimaschutz [PDF, 1,2 MB]'
        rf"[^.!?\n]{{1,150}}?\s*{_SIZE}(?:\s+[^.!?()\n]{{1,60}})?",
        # a prize's edition: 'Edition 2023 - Auvergne-Rhône-Alpes', 'Ausgabe 2021', '24e édition', '2019 edition'
        _EDITION_YEAR,
        # a site's collections joined in one line over a list of them: 'Good Practices and Networks'
        # (a list of several practices, not one: the head must not take the first of them for the page's title)
        r"(?i:good practices (?:and|&) (?:projects|networks|initiatives|case studies|events|resources)"
        r"|(?:projects|networks|initiatives|case studies) (?:and|&) good practices)",
        # a read-on link alone: 'Continue reading', 'Czytaj dalej', 'Verder lezen →'
        rf"(?:{_MORE}\s*){{1,2}}",
        # a link's line to more about the thing, without its address: 'More information about the project', 'Mehr
        # Informationen zum Projekt', 'Plus d'informations sur le projet', 'Meer informatie over het project'
        r"(?i)(?:more|further) info(?:rmation)? (?:about|on) (?:the|this|our) [\w-]+"
        r"|(?i:(?:mehr|weitere) informationen (?:zu[mr]|über (?:das|die|den)) [\w-]+"
        r"|plus d['’]informations? sur (?:le |la |l['’]|ce |cette )[\w-]+"
        r"|más información sobre (?:el|la|este|esta) [\w-]+"
        r"|maggiori informazioni (?:sul|sulla|sull['’]|su) ?[\w-]+|więcej informacji o [\w-]+"
        r"|meer informatie over (?:het|de|dit|deze) [\w-]+)",
        # a pointer to what the page lists below it, without a figure: 'Scopri qui di seguito le reti …, oppure
        # scarica l'infografica completa.', 'Découvrez ci-dessous les lauréats', 'See below the selected cities.'
        r"(?i)(?!.*(?:https?://|www\.|@|\d))(?:scopri|discover|see|find|découvrez|voir|retrouvez|entdecken sie"
        r"|finden sie|sehen sie|descubr[ae]|consulta|consulte|vea|znajdziesz|zobacz|ontdek|bekijk|vind|upptäck"
        r"|tutustu)\b"
        r"[^.!?]{0,40}\b(?:below|hereafter|ci-dessous|ci-après|unten|nachfolgend|im folgenden|a continuación|más abajo"
        r"|di seguito|qui sotto|poniżej|hieronder|hierna|nedan|nedenfor|níže|abaixo)\b[^.!?]{0,160}[.!:]?",
        # a search box's label: 'Search by keyword', 'Suche nach Stichwort', 'Recherche par mot-clé', 'Zoekterm'
        r"(?i)search(?: by| for| with)? (?:a )?(?:keywords?|terms?|text)|enter (?:a |your )?(?:keywords?|search terms?)"
        r"|(?i:suche(?:n)? (?:nach |per )?(?:stichw(?:ort|örtern)|suchbegriff)|suchbegriff(?: eingeben)?"
        r"|recherche(?:r)? par mots?[- ]clés?|buscar por palabras? clave|cerca per parol[ae] chiave"
        r"|szukaj (?:według|po) (?:słowa|słów|frazie) ?(?:kluczow\w+)?|zoeken op trefwoord|zoekterm(?: invoeren)?"
        r"|sök (?:på|efter) (?:nyckelord|sökord)|hae hakusanalla|søk (?:etter|på) (?:nøkkelord|stikkord)"
        r"|søg (?:efter|på) (?:nøgleord|søgeord)|hledat podle klíčového slova|pesquisar por palavras?[- ]chave)",
        # an FAQ's heading over a portal's own questions: 'Frequently asked questions', 'Häufig gestellte Fragen'
        r"(?i)(?:frequently asked questions|faqs?|foire aux questions|questions fréquentes|häufig gestellte fragen"
        r"|häufige fragen|preguntas frecuentes|domande frequenti|najczęściej zadawane pytania|veelgestelde vragen"
        r"|vanliga frågor|usein kysytyt kysymykset|ofte stilte spørsmål|ofte stillede spørgsmål|často kladené dotazy"
        r"|perguntas frequentes)\s*(?:\(faqs?\))?\s*:?",
        # a portal's strapline in its other languages: 'Kohesio: tutustu EU:n hankkeisiin alueellasi'
        r"(?i)kohesio\s*[:–-]\s*[^.!?\n]{1,80}",
        # a site's invitation to follow it on a network: 'Watch the event live, or follow iCapital on Twitter using the
        # hashtag #iCapitalAwards.', 'Suivez-nous sur Facebook', 'Folgen Sie uns auf Instagram!'
        r"(?i)(?=.*(?:\bus\b|\buns\b|\bnous\b|\bnos\b|\bci\b|\bnas\b|\bons\b|\boss\b|\bos\b|\bnás\b|hashtag|#\w))"
        r"[^.!?]{0,80}\b(?:follow|suivez|folgen sie|sigue|síguenos|segui|seguici|śledź|volg|följ|seuraa|følg|sledujte"
        r"|siga)\b[^.!?]{0,80}\b(?:twitter|facebook|linkedin|instagram|youtube|mastodon|bluesky|tiktok|x)\b"
        r"[^.!?]{0,80}[.!]?",
        # a site's invitation to bring the reader's own projects: 'Exchange your climate change adaptation projects and
        # lessons learned with the global community.', 'Partagez vos projets', 'Teilen Sie Ihre Projekte'
        r"(?i)(?:share|exchange|submit|add|upload|publish|partagez|échangez|soumettez|ajoutez|teilen sie|reichen sie"
        r"|comparte|compartir|condividi|podziel się|deel|dela|jaa)\s+(?:your|vos|ihre|tus|sus|i tuoi|le tue|swoimi?"
        r"|je|uw|dina|dine)\s+[^.!?]{0,80}\b(?:projects?|practices?|stories|experiences?|case studies|initiatives?"
        r"|projets?|pratiques|projekte?|proyectos?|progetti|projekt\w*|projecten|projekt|hankkeet|hankkeita)\b"
        r"[^.!?]{0,100}[.!]?",
        # a footer's line on who supports the site: 'With the political support of the European Commission'
        r"(?i)with the (?:political |financial )?support of the european commission|avec le soutien (?:politique "
        r"|financier )?de la commission européenne|mit (?:der )?(?:politischen |finanziellen )?unterstützung der "
        r"europäischen kommission|con el apoyo (?:político |financiero )?de la comisión europea|con il sostegno "
        r"(?:politico |finanziario )?della commissione europea|przy (?:politycznym |finansowym )?wsparciu komisji "
        r"europejskiej",
        # a notice that what the page says is only indicative, not the official documents: '⚠️ Information donnée à
        # titre indicatif, non définitive : … ne remplace pas les documents officiels …'
        r"(?i)(?=.*\b(?:à titre indicatif|for information(?: purposes)? only|for guidance only|indicative only"
        r"|unverbindlich|ohne gewähr|a título (?:indicativo|informativo)|a titolo (?:indicativo|informativo)"
        r"|ma charakter orientacyjny|ter indicatie)\b)"
        r"(?=.*\b(?:official|officiels?|offiziell\w*|oficial\w*|ufficial\w*|oficjaln\w*|officiële)\b).{1,400}",
        # a promise tracker's verdict: 'Weryfikacja: Zrealizowane', 'Verification: Kept', 'Überprüfung: Umgesetzt'
        # (a practice's own 'Status: in progress' stays: it says whether the practice still runs)
        r"(?i)(?:weryfikacja|verification|vérification|überprüfung|verificación|verifica|ověření|verificatie"
        r"|verdict|werdykt)\s*:\s*(?:zrealizowan[eayo]|niezrealizowan[eayo]|w trakcie(?: realizacji)?|częściowo "
        r"zrealizowan[eayo]|umgesetzt|nicht umgesetzt|realisiert|réalisée?|non réalisée?|realizzat[oa]|realizad[oa]"
        r"|realised|realized|implemented|kept|broken|not kept|splněn[oa]?|nesplněn[oa]?|toteutettu)",
        # a picture's file name left for its alt text: 'MLAD_SI_facebook_PAGE_COVER_PHOTO_1958X745s', 'IMG_2041.jpg'
        r"\S+\.(?i:jpe?g|png|gif|webp|svg|tiff?|heic)|" + _IMAGE_NAME,
        # a link to an event's slides, the event's name before it: 'Seminario Buenas Prácticas - presentación',
        # 'Kick-off meeting in Lyon – presentation (PDF)', 'Fachtagung Klimaschutz - Präsentation'
        r"[^.!?\n]{3,120}\s[-–|]\s(?i:presentation|présentation|präsentation|presentación|presentazione|prezentacja"
        r"|presentatie|presentationen|esitys|prezentace|apresentação|slides|folien|diapositives|diapositivas)"
        r"(?:\s*[(\[](?i:pdf|pptx?)[)\]])?",
        # a call to action in capitals, a button's word: 'PARTICIPA!!', 'VOTA!', 'MITMACHEN!'
        r"[A-ZÀ-ÖØ-Þ]{3,20}\s?!{1,3}",
        # a counter's name left by its badge: 'TOPlist'
        r"TOPlist|(?i:toplist)",
    )
]
# Page furniture of city and regional websites that the lists above miss, in the site languages and in nl, sv, fi, no,
# da, cs and pt: page tools, tables of contents, accessibility bars, rights lines, zoom links, stock-picture marks,
# related-content boxes, menu toggles and news stamps.
_CITY_SITE = [
    re.compile(p)
    for p in (
        # a page's tools with what they act on: 'Seite drucken', 'Artikel teilen', 'Imprimer la page', 'Drukuj stronę'
        r"(?i)(?:seite|artikel|beitrag|meldung) (?:drucken|teilen|empfehlen|weiterempfehlen|vorlesen|merken"
        r"|speichern|als pdf)|(?:print|share|recommend|save|bookmark) (?:this |the )?(?:page|article)"
        r"|(?:imprimer|partager|envoyer) (?:la|cette) page|(?:imprimer|partager) (?:l['’]|cet )article"
        r"|(?:imprimir|compartir) (?:la |esta )?página|(?:stampa|condividi) (?:la |questa )?pagina"
        r"|(?:drukuj|wydrukuj|udostępnij|poleć) (?:tę )?stron[ęa]|pagina (?:printen|afdrukken|delen|doorsturen)"
        r"|(?:skriv ut|dela|tipsa om) sidan|(?:tulosta|jaa) sivu|(?:skriv ut|del) siden|(?:udskriv|del) siden"
        r"|(?:vytisknout|tisknout|sdílet) stránku|(?:imprimir|partilhar|compartilhar) (?:a |esta )?página",
        # a share link with its network before the verb: 'Auf Facebook teilen', 'Udostępnij na Facebooku'
        r"(?i)(?:auf|bei|on|sur|en|su|na|op|på|no) (?:facebook|twitter|x|linkedin|whatsapp|xing|instagram|pinterest"
        r"|mastodon|bluesky|threads)\w* (?:teilen|partager|compartir|condividere|udostępnij|delen|dela|jakaa|del"
        r"|sdílet|partilhar|share)|(?i:udostępnij na (?:facebooku|twitterze|linkedinie|x))",
        # a table of contents' heading: 'Inhaltsverzeichnis', 'Sommaire', 'Spis treści', 'Auf dieser Seite'
        r"(?i)(?:inhaltsverzeichnis|inhalt dieser seite|sommaire|table des matières|tabla de contenidos?|sommario"
        r"|spis treści|inhoudsopgave|innehållsförteckning|sisällysluettelo|innholdsfortegnelse|indholdsfortegnelse"
        r"|auf dieser seite|sur cette page|en esta página|in questa pagina|na tej stronie|op deze pagina"
        r"|på denna sida|tällä sivulla|på denne side|på denne siden|na této stránce|nesta página)\s*:?",
        # an accessibility bar: 'Leichte Sprache', 'Gebärdensprache', 'Schriftgröße', 'Wersja kontrastowa', 'FALC'
        r"(?i)(?:(?:deutsche )?gebärdensprache|leichte sprache|einfache sprache|schriftgröße(?: ändern)?"
        r"|kontrast(?: ändern)?|hoher kontrast|wersja (?:kontrastowa|tekstowa|dla słabowidzących)|zmień kontrast"
        r"|zmiana (?:kontrastu|rozmiaru (?:czcionki|tekstu))|rozmiar (?:czcionki|tekstu)|taille (?:du texte|des "
        r"caractères)|contraste (?:élevé|renforcé)|facile à lire(?: et à comprendre)?|falc|tamaño de(?:l)? (?:letra"
        r"|texto)|alto contraste|lectura fácil|dimensione (?:del )?(?:testo|carattere)|alto contrasto|easy read"
        r"|text size|high contrast|makkelijk lezen|tekstgrootte|hoog contrast|lättläst|textstorlek|selkokieli"
        r"|selkosuomi|tekstin koko|lettlest|tekststørrelse|let læst|velikost písma|vysoký kontrast"
        r"|tamanho (?:do texto|da letra)|leitura fácil)(?:\s*[|/]\s*\S.{0,40})?",
        # a rights line: 'All rights reserved', 'Copyright 2024 Stadt Erlangen', '2024 Ville de Lyon. Tous droits …'
        r"(?i)[^.!?]{0,80}\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos "
        r"reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|alle rechten voorbehouden|alla "
        r"rättigheter förbehållna|kaikki oikeudet pidätetään|alle rettigheter reservert|alle rettigheder "
        r"forbeholdes|všechna práva vyhrazena|todos os direitos reservados)\.?"
        r"|(?i:copyright)\s*(?:©|\([cC]\))?\s*\d{4}(?:\s*[-–]\s*\d{4})?[^.!?\n]{0,80}",
        # a picture's zoom link: 'Bild vergrößern', 'Agrandir l'image', 'Ampliar imagen', 'Powiększ zdjęcie'
        r"(?i)(?:bild |foto )?vergrößern|agrandir(?: l['’]image| la photo)?|ampliar(?: (?:la )?(?:imagen|foto))?"
        r"|ingrandisci(?: (?:l['’])?immagine)?|powiększ(?: zdjęcie| obraz(?:ek)?)?|vergroot(?: afbeelding)?"
        r"|afbeelding vergroten|förstora(?: bilden)?|suurenna(?: kuva)?|forstørr?(?: bildet?| billedet?)?"
        r"|zvětšit(?: obrázek)?|enlarge(?: (?:the )?(?:image|picture|photo))?|zoom in",
        # a stock picture's mark, maybe with its credit: 'Symbolbild', 'Symbolfoto: Pixabay', 'Photo d'illustration'
        r"(?i)(?:symbolbild|symbolfoto|symbolgrafik|zdjęcie (?:poglądowe|ilustracyjne)|foto di repertorio"
        r"|immagine di repertorio|imagen de archivo|foto de archivo|imagen ilustrativa|photo d['’]illustration"
        r"|image d['’]illustration|illustration|stock (?:photo|image)|archive photo|archiefbeeld|archieffoto"
        r"|arkivbild|arkistokuva|arkivfoto|ilustrační (?:foto|obrázek|snímek)|foto ilustrativa|imagem ilustrativa)"
        r"(?:\s*[:(©]\s*[^.!?\n]{1,60}\)?)?",
        # a box of related content: 'Mehr zum Thema', 'Das könnte Sie auch interessieren', 'À lire aussi'
        r"(?i)(?:mehr zum thema|das könnte sie auch interessieren|(?:ähnliche|weitere|verwandte) (?:artikel|beiträge"
        r"|meldungen|nachrichten)|articles similaires|(?:à|a) lire aussi|vous aimerez aussi|sur le même (?:sujet"
        r"|thème)|(?:también )?te puede interesar|(?:noticias|artículos) relacionad[oa]s|potrebbe interessarti"
        r"(?: anche)?|articoli correlati|notizie correlate|leggi anche|zobacz (?:także|też|również)"
        r"|przeczytaj (?:również|także|też)|(?:powiązane|podobne) artykuły|lees ook|gerelateerde (?:artikelen"
        r"|berichten)|relaterade (?:artiklar|nyheter)|läs (?:också|även)|lue myös|aiheeseen liittyvät|les også"
        r"|relaterte artikler|læs også|relaterede artikler|související (?:články|zprávy)|čtěte (?:také|též)"
        r"|veja também|leia também|artigos relacionados|notícias relacionadas|see also|read also|you may also like"
        r"|related (?:articles|news|stories|content))\s*:?",
        # a link back to the page's top: 'Zum Seitenanfang', 'Début de page', 'Inicio de página', 'Top of page'
        r"(?i)(?:zum )?seiten(?:anfang|beginn)|(?:retour au )?début de (?:la )?page|(?:volver al )?inicio de (?:la )?"
        r"página|(?:torna a )?inizio pagina|początek strony|begin van de pagina|sidans början|toppen av siden"
        r"|starten af siden|začátek stránky|início da página|(?:back to |go to )?top of (?:the )?page|to top",
        # a menu's or a search's toggle: 'Menü öffnen', 'Toggle navigation', 'Fermer le menu', 'Suche starten'
        r"(?i)menü (?:öffnen|schließen|ein-?/?ausblenden)|(?:open|close|toggle|show|hide) (?:the )?(?:main )?"
        r"(?:menu|navigation|search)|toggle navigation|(?:ouvrir|fermer) (?:le )?menu|(?:abrir|cerrar) (?:el )?menú"
        r"|(?:apri|chiudi) (?:il )?menu|(?:otwórz|zamknij) menu|menu (?:openen|sluiten)|(?:öppna|stäng) menyn"
        r"|(?:avaa|sulje) valikko|(?:åpne|lukk) menyen|(?:åbn|luk) menuen|(?:otevřít|zavřít) menu"
        r"|(?:abrir|fechar) (?:o )?menu|suche (?:starten|öffnen|schließen|absenden)|lancer la recherche"
        r"|iniciar (?:la )?búsqueda|avvia (?:la )?ricerca|(?:start|submit) search",
        # a navigation's name alone: 'Hauptnavigation', 'Main navigation', 'Menu principal', 'Nawigacja główna'
        r"(?i)(?:haupt|service|meta|sub|unter|bereichs|seiten)?navigation|main (?:navigation|menu)|hauptmenü"
        r"|navigation principale|navegación principal|menú principal|navigazione principale|menu principale"
        r"|nawigacja(?: główna)?|menu główne|hoofdnavigatie|huvudnavigering|huvudmeny|päävalikko|hovedmeny"
        r"|hovedmenu|hlavní (?:navigace|menu)|navegação principal",
        # a news item's stamp: 'Stand: 12.03.2024', 'Erstellt am 12.03.2024', 'Pressemitteilung vom 12.03.2024',
        # 'Communiqué du 12 mars 2024', 'Noticia del 12 de marzo de 2024', 'Komunikat z dnia 12.03.2024'
        r"(?i)(?:stand|erstellt(?: am)?|geändert(?: am)?|(?:pressemitteilung|pressemeldung|meldung|artikel|beitrag"
        r"|nachricht|news) vom|(?:communiqué|article|actualité) du|(?:noticia|nota de prensa|comunicado) del"
        r"|(?:comunicato|notizia|articolo) del|(?:komunikat|informacja|artykuł) z dnia|(?:nieuwsbericht|persbericht)"
        r" van|(?:pressmeddelande|nyhet) från)\s*:?\s*"
        r"(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}"
        r"\.?\s+(?:de\s+)?\d{4}|[^\W\d_]{3,10}\s+\d{4})",
        # a link for more, in its short form: 'Mehr Infos', 'Plus d'infos', 'Più info', 'Meer info', 'Více informací'
        r"(?i)(?:(?:mehr|weitere) infos?|plus d['’]infos?|más info(?:rmación)?|più info|maggiori info(?:rmazioni)?"
        r"|więcej info|meer info|mer info|lisää tietoa|lisätietoa|mere info|flere opplysninger|více informací"
        r"|mais (?:info|informações))\s*(?:→|»|›|>>?|…|\.\.\.|\+)?",
        # a link to a website as a button: 'Zur Projektseite', 'Visit the project website', 'Vai al sito'
        r"(?i)zu[rm]? (?:projekt)?(?:website|webseite|homepage|projektseite|internetseite)(?: de[sr] [\w-]+)?"
        r"|(?:vers|aller sur) le site(?: (?:du|de la|web|internet)(?: [\w-]+)?)?|visit (?:the |our )?(?:project )?"
        r"(?:website|site|homepage)|(?:website|webseite) besuchen|ir a la (?:web|página web)|vai al sito(?: web)?"
        r"|przejdź do (?:strony|serwisu)(?: projektu)?|naar de website|gå till webbplatsen|siirry sivustolle"
        r"|přejít na web(?:ové stránky)?|ir para o site|besøg hjemmesiden|gå til nettstedet",
        # a download button alone: 'Download', 'Herunterladen', 'Télécharger (PDF)', 'Pobierz'
        r"(?i)(?:download(?: now)?|jetzt herunterladen|herunterladen|télécharger|descargar|scarica|pobierz|downloaden"
        r"|ladda ner|lataa|stáhnout|baixar|last ned|hent)(?:\s*[(\[](?:pdf|docx?|pptx?|xlsx?)[)\]])?",
        # a social network's icon text alone: 'Facebook', 'LinkedIn', 'YouTube', 'Tweet'
        r"(?i)facebook|twitter|linkedin|youtube|instagram|tiktok|xing|flickr|vimeo|pinterest|mastodon|bluesky"
        r"|whatsapp|telegram|tweet|rss",
        # a listing's page counter: 'Page 1 of 3', 'Seite 1 von 3', 'Strona 1 z 3', 'Sivu 1/3'
        r"(?i)(?:page|seite|strona|pagina|página|sida|sivu|side|strana)\s+\d{1,3}\s*(?:of|von|sur|z|di|de|van|av|af"
        r"|/)\s*\d{1,3}",
        # a feedback button alone
        r"(?i)feedback|rückmeldung|retour d['’]expérience utilisateur|comentarios|commenti|opinia|terugkoppeling",
    )
]
# What a site's links to its other pages say, a link alone on its line, in the site languages and in nl, pt, sv, fi,
# no, da, cs, sk and el where cheap: 'See all', 'View allWaste articles', 'Se alle cases', 'Zpět na projekty'.
_LISTING_NOUN = (
    r"(?:list\w*|overview|übersicht|liste|lista|listado|elenco|overzicht|översikt\w*|oversikt\w*|oversigt\w*"
    r"|projects?|projekt\w*|projets?|proyectos?|progett[io]|projekty?|projecten|projetos?|practices?|pratiques?"
    r"|prácticas|pratiche|praktyk\w*|praktijk\w*|cases?|news|nachrichten|aktuelles|actualités|noticias|notizie"
    r"|aktualności|nieuws|nyheter\w*|uutisiin|novinky|aktuality|notícias|results?|ergebnis\w*|résultats|resultados"
    r"|risultati|wyników|resultaten|search|suche|recherche|búsqueda|ricerca|wyszukiwania|zoeken|sök\w*|hakuun"
    r"|hledání|home\s?page|homepage|home|startseite|accueil|inicio|início|strony głównej|examples?|beispiel\w*"
    r"|exemples|ejemplos|esempi|przykładów|voorbeelden|exempel|eksempl\w*|stories|articles?|artikel\w*|events?"
    r"|veranstaltung\w*|événements|eventos|eventi|wydarzeń|evenementen|publications?|publikation\w*|overview page)"
)
# What a social network's page is called: 'page', 'Seite', 'sida', 'kanał', 'account', 'updates'.
_NETWORK_PAGE = (
    r"(?:page|site|feed|account|channel|profile|group|updates?|seite|kanal|konto|profil|gruppe|groupe|compte|chaîne"
    r"|página|cuenta|canal|grupo|pagina|canale|gruppo|strona|kanał|grupa|sida|sidan|side|siden|sivu|kanava"
    r"|uppdateringar|oppdateringer|opdateringer|päivitykset|stránka|stránku|skupina)"
)
_ARTICLE = r"(?:the|all|die|alle[ns]?|la|le|les|l['’]|el|los|las|il|i|gli|de|het|o|os|a|as|den|det|dem|der|wszystkich)"
# A wiki's jump links, on one line as a copy joins them: 'Jump to: navigation, search', 'Saltar a: navegación, buscar'.
_WIKI_JUMP = re.compile(
    r"(?i)(?:jump|skip|go) to\s*:?\s*navigation\s*,\s*search|aller à\s*:?\s*navigation\s*,\s*rechercher"
    r"|saltar a\s*:?\s*navegación\s*,\s*buscar|wechseln zu\s*:?\s*navigation\s*,\s*suche"
    r"|vai a\s*:?\s*navigazione\s*,\s*ricerca|przejdź do\s*:?\s*nawigacji\s*,\s*wyszukiwania"
    r"|ga naar\s*:?\s*navigatie\s*,\s*zoeken|hoppa till\s*:?\s*navigering\s*,\s*sök|siirry\s*:?\s*navigaatioon"
    r"\s*,\s*hakuun|přejít na\s*:?\s*navigace\s*,\s*hledání|ir para\s*:?\s*navegação\s*,\s*pesquisa"
    # and da, no, sk, sl, hr, hu, ro, et, lt, lv: 'Spring til: navigation, søgning', 'Skoči na: navigacija, iskanje'
    r"|spring til\s*:?\s*navigation\s*,\s*søgning|hopp til\s*:?\s*navigasjon\s*,\s*søk|prejsť na\s*:?"
    r"\s*navigácia\s*,\s*hľadanie|skoči na\s*:?\s*navigacija\s*,\s*iskanje|idi na\s*:?\s*navigaciju\s*,"
    r"\s*traži|ugrás\s*:?\s*navigáció\s*,\s*keresés|salt la\s*:?\s*navigare\s*,\s*căutare|mine\s*:?\s*"
    r"navigeerimiskast\s*,\s*otsikast|peršokti į\s*:?\s*navigaciją\s*,\s*paiešką|pāriet uz\s*:?\s*"
    r"navigāciju\s*,\s*meklēšanu"
    r"|(?:jump to navigation\s*jump to search|zur navigation springen\s*zur suche springen"
    r"|aller à la navigation\s*aller à la recherche|ir a la navegación\s*ir a la búsqueda"
    r"|vai alla navigazione\s*vai alla ricerca|przejdź do nawigacji\s*przejdź do wyszukiwania"
    r"|naar navigatie springen\s*naar zoeken springen)"
)
# An office program's description of a picture, in the site languages: 'Description automatically generated with
# medium confidence', 'Beschreibung automatisch generiert'.
_AUTO_ALT = re.compile(
    r"(?i)(?:description automatically generated|automatically generated description|description générée"
    r" automatiquement|beschreibung automatisch generiert|automatisch generierte beschreibung|descripción generada"
    r" automáticamente|descrizione generata automaticamente|opis wygenerowany automatycznie|automatisch gegenereerde"
    r" beschrijving|beskrivning genererad automatiskt|automaattisesti luotu kuvaus|popis (?:byl )?vygenerován"
    r" automaticky|descrição gerada automaticamente)(?: with (?:very high|high|medium|low) confidence| avec un niveau"
    r" de confiance (?:très élevé|élevé|moyen|faible)| mit (?:sehr hoher|hoher|mittlerer|niedriger)"
    r" (?:zuverlässigkeit|konfidenz))?\.?"
)
# A news box's heading, with the area its news come from: 'Latest news', 'Όλες οι Ειδήσεις από την Ελλάδα …'.
_NEWS_BOX = re.compile(
    r"(?i)((?:all|latest|recent|more) news|alle (?:nachrichten|meldungen|neuigkeiten)|aktuelle (?:nachrichten"
    r"|meldungen)|neueste (?:nachrichten|meldungen|beiträge)|toutes les (?:actualités|actus|nouvelles)"
    r"|dernières (?:actualités|actus|nouvelles)|tod[ao]s (?:las|os) not[ií]cias|(?:últimas|más) not[ií]cias"
    r"|tutte le notizie|ultime notizie|wszystkie aktualności|najnowsze (?:aktualności|wiadomości)|alle nieuws"
    r"|laatste nieuws|alla nyheter|senaste (?:nytt|nyheterna)|kaikki uutiset|uusimmat uutiset|alle nyheter"
    r"|siste nytt|seneste nyt|alle nyheder|všechny (?:zprávy|aktuality)|nejnovější zprávy|όλες οι ειδήσεις"
    r"|τελευταίες ειδήσεις)(?:\s+(?:from|of|in|de|du|des|en|von|aus|der|in|di|del|della|dalla|dal|z|ze|w|van|uit"
    r"|från|fra|από))?(?:\s+([^.!?\n]{1,60}))?\s*:?"
)
_SITE_LINKS = [
    re.compile(p)
    for p in (
        # a listing's link to all of it: 'See all', 'View all publications', 'Alle Projekte anzeigen', 'Voir tout'
        r"(?i)(?:see|view|show|browse|discover) all(?:(?:\s+|(?-i:(?=[A-ZÀ-ÖØ-Þ])))[^\W\d_][\w'’-]*(?: [\w'’-]+){0,3})?"
        r"\s*(?:→|»|›|>>?)?"
        r"|alle(?: [\w-]+){0,2} (?:anzeigen|ansehen)|(?:voir|afficher) (?:tou[ts]|toutes)(?: les [\w-]+)?"
        r"|(?:ver|mostrar) tod[oa]s(?: l[oa]s [\w-]+)?|(?:vedi|mostra) tutt[ieoa](?: (?:i|le|gli) [\w-]+)?"
        r"|zobacz wszystkie(?: [\w-]+)?|(?:bekijk|toon) (?:ze )?alle(?: [\w-]+)?|visa alla(?: [\w-]+)?"
        r"|(?:se|vis) alle(?: [\w-]+)?|näytä kaikki(?: [\w-]+)?|(?:zobrazit|zobraziť) (?:vše|všechny|všetky)"
        r"(?: [\w-]+)?|ver tod[oa]s(?: (?:os|as) [\w-]+)?",
        # a link back to a listing or the home page: 'Back to the list', 'Zurück zur Übersicht', 'Zpět na projekty'
        r"(?i)(?:<\s*|←\s*|«\s*)?(?:back to|return to|zurück zu[rm]?|retour (?:à|aux?)|volver a(?:l)?"
        r"|regresar a(?:l)?|torna(?:re)? (?:a|al|alla|alle|agli|ai)|powrót do|wróć do|terug naar|tillbaka till"
        r"|tilbake til|tilbage til|takaisin|zpět (?:na|do)|späť na|voltar (?:a|à|ao|aos|para)|πίσω στ\w+)"
        rf"\s+(?:{_ARTICLE}\s+)?(?:[\w-]+\s+){{0,2}}{_LISTING_NOUN}",
        # a news box's heading, maybe with the site's area: 'Latest news', 'Últimas noticias de URBACT España'
        _NEWS_BOX.pattern,
        # an events box's heading: 'Upcoming events', 'Próximos eventos:', 'Kommende Veranstaltungen'
        r"(?i)(?:(?:upcoming|next|future) events|(?:kommende|nächste|anstehende) (?:veranstaltungen|termine)"
        r"|prochains événements|événements à venir|próximos eventos|prossimi eventi|eventi in programma"
        r"|nadchodzące wydarzenia|najbliższe wydarzenia|komende evenementen|kommande evenemang|tulevat tapahtumat"
        r"|kommende arrangementer|nadcházející akce|próximos eventos)\s*:?",
        # an accessibility bar's buttons with their verb: 'Diminuer la taille du texte', 'Increase text size'
        r"(?i)(?:diminuer|augmenter|réduire|agrandir) la taille (?:du texte|des caractères|de la police)"
        r"|(?:increase|decrease|reduce|enlarge) (?:the )?(?:text|font) size|(?:text|font) size (?:bigger|smaller)"
        r"|schrift(?:größe)? (?:vergrößern|verkleinern|zurücksetzen)|(?:aumentar|disminuir|reducir) (?:el )?tamaño"
        r" (?:del? )?(?:texto|letra|fuente)|(?:aumenta|diminuisci|riduci) (?:la )?dimensione (?:del )?(?:testo"
        r"|carattere)|(?:zwiększ|zmniejsz) (?:rozmiar )?(?:czcionk[ęi]|tekst(?:u)?)|tekst (?:vergroten|verkleinen)"
        r"|(?:öka|minska) text(?:storlek(?:en)?)?|(?:zvětšit|zmenšit) (?:písmo|text)|(?:aumentar|diminuir) (?:o )?"
        r"(?:tamanho (?:do )?)?(?:texto|letra|fonte)",
        # a page's print tool with its format: 'Imprimer en PDF', 'Print as PDF', 'Als PDF drucken'
        r"(?i)(?:imprimer|print|imprimir|stampa|drukuj|afdrukken|skriv ut|tulosta|tisk|tisknout|udskriv)"
        r" (?:en|as|to|como|in|come|do|als|som|jako)? ?pdf|(?:als|en|in|como|jako) pdf (?:drucken|speichern"
        r"|imprimer|enregistrer|guardar|salvare|zapisz)",
        # a horizontal rule's text, as a screen reader names it: 'vodoravna delilna črta', 'Horizontal rule'
        r"(?i)horizontal (?:rule|line|divider|separator)|horizontale (?:linie|trennlinie)|ligne horizontale"
        r"|línea horizontal|linea orizzontale|linia pozioma|horizontale lijn|vodoravna (?:delilna )?črta"
        r"|vodorovná (?:deliaca )?čiara|vodorovná (?:dělicí )?čára|vodoravna (?:razdjelna )?crta",
        # a link to share the page, its object first: 'Diese Seite teilen', 'Cette page partager'
        r"(?i)(?:diese seite|cette page|esta página|questa pagina|this page|deze pagina|denna sida|tämä sivu"
        r"|tuto stránku|tę stronę|esta página) (?:teilen|partager|compartir|condividere|share|delen|dela|jaa|sdílet"
        r"|udostępnij|partilhar)",
        # a link home alone: 'Home', 'Startseite', 'Strona główna' ('Inicio' may be a start's label, 'Úvod' an
        # introduction's heading, 'Accueil' a welcome's step: they stay)
        r"(?i)home|home ?page|startseite|page d['’]accueil|página de inicio|página inicial|pagina iniziale"
        r"|strona główna|startpagina|startsida|etusivu|forside|úvodní stránka|hoofdpagina",
        # a link to the article before or after: 'Next article', 'Article précédent', 'Nächster Beitrag: …'
        r"(?i)(?:(?:previous|next) (?:article|post|story|news|item|page)|(?:vorherige[rs]?|nächste[rs]?) (?:artikel"
        r"|beitrag|meldung|seite)|article (?:précédent|suivant)|(?:actualité|page) (?:précédente|suivante)"
        r"|(?:noticia|artículo|entrada|página) (?:anterior|siguiente)|(?:articolo|notizia|pagina) (?:precedente"
        r"|successiv[ao])|(?:poprzedni|następny) (?:artykuł|wpis)|(?:poprzednia|następna) (?:strona|wiadomość)"
        r"|(?:vorig|volgend) (?:artikel|bericht)|(?:föregående|nästa) (?:artikel|nyhet|sida)|(?:edellinen|seuraava)"
        r" (?:artikkeli|uutinen|sivu)|(?:předchozí|další) (?:článek|zpráva|strana)|(?:artigo|notícia|página)"
        r" (?:anterior|seguinte))(?:\s*[:»›>]\s*[^.!?\n]{0,80})?",
        # a site's login and sign-up buttons: 'Anmelden', 'Se connecter', 'Zaloguj się', 'Create an account'
        r"(?i)sign in|log in|anmelden|einloggen|se connecter|iniciar sesión|accedi|zaloguj(?: się)?|inloggen"
        r"|logga in|kirjaudu(?: sisään)?|přihlásit(?: se)?|registrieren|s['’]inscrire|registrarse|registrati"
        r"|zarejestruj(?: się)?|registreren|registrera(?: dig)?|rekisteröidy|registrovat(?: se)?|register"
        r"|create (?:an )?account|konto erstellen|créer un compte|crear (?:una )?cuenta|crea(?:re)? un account"
        r"|załóż konto|account aanmaken|skapa konto|luo tili|vytvořit účet",
        # a call to take the site's newsletter or follow it: 'S'abonner à la newsletter', 'Obserwuj nas'
        r"(?i)s['’]abonner(?: à (?:la|notre) (?:newsletter|lettre d['’]information))?|abonnez-vous(?: à (?:la|notre)"
        r" newsletter)?|newsletter abonnieren|suscr[ií]bete(?: a (?:nuestro|el|la) (?:boletín|newsletter))?"
        r"|iscriviti(?: alla newsletter)?|zapisz się(?: do newslettera)?|schrijf je in(?: voor de nieuwsbrief)?"
        r"|prenumerera(?: på (?:vårt )?nyhetsbrev(?:et)?)?|tilaa uutiskirje|přihlaste se k odběru(?: newsletteru)?"
        r"|subscreva(?: a newsletter)?|(?:obserwuj nas|volg ons|följ oss|seuraa meitä|følg os|følg oss|sledujte nás"
        r"|siga-nos)(?: (?:na|op|på|on))?\s*:?",
        # a cookie banner's buttons and thanks in the site languages: 'Aceptar todo', 'Rifiuta tutto', 'J'ai compris'
        r"(?i)(?:aceptar|rechazar|accetta|rifiuta|akceptuj|odrzuć|zaakceptuj) (?:todo|todas|tutto|tutti|wszystkie)"
        r"|akceptuję|(?:ok,? )?verstanden|j['’]ai compris|entendido|ho capito|rozumiem|begrepen|uppfattat|selvä",
        # a picture's credit under its label in the other forms: 'Bildnachweis: Stadt Köln', 'Zdj. UM Kraków'
        r"(?i)(?:bildnachweis|fotonachweis|bildrechte|crédits? photos?|crédit photographique|ilustracja|zdjęcia"
        r"|grafika)\s*[:©]\s*[^.!?\n]{1,60}|(?i:zdj\.)\s+[^.!?\d\n]{1,60}",
        # a link to send or copy the page: 'Per E-Mail versenden', 'Envoyer par e-mail', 'Link kopieren'
        r"(?i)(?:per e-?mail (?:versenden|senden|teilen|delen)|envoyer par (?:e-?mail|courriel)|enviar por (?:correo"
        r"(?: electrónico)?|e-?mail)|invia per e-?mail|wyślij e-?mailem|send (?:by|via) e-?mail|share (?:by|via)"
        r" e-?mail|skicka (?:med|via) e-post|lähetä sähköpostilla|poslat e-?mailem|enviar por e-?mail"
        r"|(?:copy|copier|copiar|copia|kopiuj|kopieer|kopiera|kopioi|kopírovat) (?:the |le |el |il |o )?"
        r"(?:link|lien|enlace|länk|linkki|odkaz)|link kopieren)",
        # a blog's category label and its comment box: 'Kategorie:', 'Leave a comment', 'Keine Kommentare'
        r"(?i)(?:categor(?:y|ies)|kategorien?|catégories?|categorías?|categori[ae]|kategori[ae]?|kategoriat"
        r"|kategorier)\s*:|(?:comments|kommentare|commentaires|comentarios|commenti|komentarze|reacties"
        r"|kommentarer|kommentit|komentáře)(?:\s*\(\d+\))?|(?:comment|kommentar|commentaire|comentario|commento"
        r"|komentarz)\s*\(\d+\)|\d+\s+(?:comments?|kommentare?|commentaires?"
        r"|comentarios?|commenti|komentarz\w*|reacties|kommentarer)|(?:leave a|post a|write a|add a) (?:comment"
        r"|reply)|kommentar schreiben|laisser un commentaire|deja un comentario|lascia un commento|dodaj komentarz"
        r"|(?:keine|no) (?:kommentare|comments)|aucun commentaire|sin comentarios|nessun commento|brak komentarzy"
        r"|geen reacties|inga kommentarer|ei kommentteja",
        # the tool that built the site: 'Powered by WordPress', 'Propulsé par WordPress'
        r"(?i)(?:proudly )?powered by\s+[^.!?\n]{1,40}|propulsé par\s+[^.!?\n]{1,40}",
        # a link back to the page's top by scrolling: 'Scroll to top', 'Nach oben scrollen'
        r"(?i)scroll (?:back )?to (?:the )?top|nach oben scrollen|(?:zurück )?nach oben|remonter(?: en haut)?"
        r"|volver arriba|torna su|do góry|naar boven|till toppen|takaisin ylös|nahoru|wstecz",
        # a link's note that it opens elsewhere, alone: 'Opens in a new window', 'Externer Link'
        r"(?i)\(?(?:opens? in (?:a )?new (?:window|tab)|öffnet (?:sich )?in einem neuen (?:fenster|tab)|(?:s['’])?ouvre"
        r" dans une nouvelle (?:fenêtre|page|onglet)|se abre en una (?:nueva )?(?:ventana|pestaña)(?: nueva)?"
        r"|si apre in una nuova (?:finestra|scheda)|otwiera się w nowym (?:oknie|karcie)|opent in een nieuw"
        r" (?:venster|tabblad)|öppnas i ett nytt fönster|avautuu uuteen (?:ikkunaan|välilehteen)|otevře se v novém"
        r" okně|external link|externer link|lien externe|enlace externo|link esterno|link zewnętrzny|externe link"
        r"|extern länk|ulkoinen linkki|externí odkaz)\)?",
        # a download button naming its file's kind: 'Télécharger le PDF', 'PDF herunterladen', 'Pobierz plik PDF'
        r"(?i)(?:download|pobierz|scarica|descargar|télécharger|herunterladen|downloaden|ladda ner|lataa|stáhnout"
        r"|baixar) (?:(?:the|il|el|le|la|das|den|plik|o) )?(?:pdf|pdf-datei|dokument|document|documento)"
        r"(?:\s*[(\[][^)\]]{0,20}[)\]])?|pdf (?:herunterladen|downloaden|pobierz)",
        # a site map's link and the Polish public information bulletin's: 'Mapa serwisu', 'BIP'
        r"(?i)mapa serwisu|mapa strony(?: internetowej)?|biuletyn informacji publicznej|bip|site ?map|plan du site"
        r"|mapa del sitio|mappa del sito|webbplatskarta|sivukartta|mapa stránek|mapa do site",
        # a listing's section saying what it holds: 'This section gives examples of intercultural approaches …'
        r"(?i)(?:this section|cette (?:section|rubrique)|diese rubrik|dieser bereich|esta sección|questa sezione"
        r"|ta (?:sekcja|zakładka)|deze (?:sectie|rubriek)|den här (?:sektionen|avdelningen)|tämä osio|tato sekce"
        r"|esta secção) (?:gives|presents|contains|offers|lists|provides|brings together|collects|features|shows"
        r"|offre|présente|contient|propose|rassemble|regroupe|bietet|zeigt|enthält|sammelt|ofrece|presenta|contiene"
        r"|recoge|reúne|raccoglie|offre|zawiera|prezentuje|przedstawia|bevat|toont|biedt|innehåller|visar"
        r"|sisältää|esittelee|obsahuje|apresenta)\b[^.!?]{0,250}[.!]?",
        # a pointer to another page of the site, without its address: '…, please visit Intercultural Cities:
        # COVID-19 Special page.'
        r"(?i)(?![^\n]*(?:https?://|www\.))[^.!?\n]{0,160}\b(?:please visit|veuillez consulter|consultez la page"
        r"|besuchen sie (?:bitte )?(?:unsere|die) (?:seite|webseite)|visite la página|visita la pagina"
        r"|odwiedź stronę)\b[^.!?\n]{0,120}[.!]?",
        # a picture the site sets for decoration, by its alt text: 'Griffe décorative', 'Decorative image'
        r"(?i)(?:images?|éléments?|griffes?|ornements?|motifs?|filets?|séparateurs?) décorati(?:f|ve)s?"
        r"|decorative (?:image|element|graphic|flourish|line|divider|separator)|dekorative[sr]? (?:bild|element"
        r"|grafik)|(?:imagen|elemento) decorativ[oa]|(?:immagine|elemento) decorativ[oa]|(?:obraz|element)"
        r" dekoracyjny|decoratief (?:beeld|element)",
        # a site's edit link glued to the page's date: 'Modifier 15 December 2022', 'Bearbeiten 12.03.2024'
        r"(?i)(?:edit|modifier|bearbeiten|editar|modifica|edytuj|bewerken|redigera|muokkaa|upravit)\s+" + _STAMP_DATE,
        # a vote button alone: 'Glasaj', 'Abstimmen', 'Voter', 'Głosuj'
        r"(?i)vote(?: now)?|abstimmen|jetzt abstimmen|voter|votar|vota(?: ora)?|głosuj|stem(?: nu)?|rösta"
        r"|äänestä|hlasovat|hlasujte|glasaj(?:te)?|glasuj(?:te)?|szavazz|votează",
        # a search box's link to its other form: 'Advanced search', 'Erweiterte Suche', 'Ricerca avanzata'
        r"(?i)(?:ricerca|recherche|búsqueda|wyszukiwanie) (?:avanzata|avancée|avanzada|zaawansowane)"
        r"|erweiterte suche|advanced search|geavanceerd zoeken|avancerad sökning|tarkennettu haku"
        r"|rozšířené vyhledávání|pesquisa avançada|pin it",
        # a news stamp with its hour and connecting word: 'Aktualisiert am 12.03.2024 um 10:15 Uhr', 'Publié le
        # 12/03/2024 à 10h15', 'Posted on March 12, 2024 by admin'
        r"(?i)(?:veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato"
        r"|opublikowano|zaktualizowano|gepubliceerd|bijgewerkt|publicerad|uppdaterad|julkaistu|päivitetty"
        r"|publikováno|aktualizováno|published|updated|posted)(?: am| le| el| em| il| on| op| dnia| den)?\s*:?\s*"
        + _STAMP_DATE
        + r"(?:\s*(?:,|um|à|at|alle|a las|às|o|klo|kl\.?)?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h))?)?"
        r"(?:\s+(?:by|von|par|por|di|door|av|przez)\s+[^.!?\n]{1,40})?",
        # a byline alone, its word before the author's first and last names: 'Von Max Mustermann', 'Par Marie Dupont'
        r"(?i:von|par|por|di|door|av|af|przez|od)\s+[A-ZÀ-ÖØ-ÞČŘŠŽŁ][\w'’.-]*(?: (?:[a-z]{1,4} ){0,2}"
        r"[A-ZÀ-ÖØ-ÞČŘŠŽŁ][\w'’.-]*){1,3}",
        # a copyright line written with '(c)': '(c) Gemeinde Kuchl'
        r"\((?i:c)\)\s*[^.!?\n]{1,60}",
        # a picture gallery's heading or zoom button: 'Bildergalerie', 'Galerie photos', 'Galeria zdjęć', 'Zoom'
        r"(?i)(?:bilder)?galerie|bildergalerie|foto ?galerie|fotogalerij|photo gallery|image gallery|gallery"
        r"|galerie (?:photos?|d['’]images)|galería(?: de (?:fotos|imágenes))?|galleria(?: fotografica| (?:di )?foto)?"
        r"|galeria(?: zdjęć| fotografii)?|bildgalleri|kuvagalleria|fotogalerie|galeria de fotos|zoom",
        # a share label with its colon alone: 'Partager :', 'Delen:', 'Sdílet:'
        r"(?i)(?:teilen|share|partager|compartir|condividi|udostępnij|delen|dela|jaa|del|sdílet|partilhar"
        r"|compartilhar)\s*:",
        # a site's accessibility statement link: 'Erklärung zur Barrierefreiheit', 'Déclaration d'accessibilité'
        r"(?i)erklärung zur barrierefreiheit|barrierefreiheitserklärung|déclaration d['’]accessibilité"
        r"|declaración de accesibilidad|dichiarazione di accessibilità|accessibility statement|deklaracja dostępności"
        r"|declaração de acessibilidade",
        # a search box's label: 'Search this site', 'Diese Website durchsuchen', 'Szukaj w serwisie'
        r"(?i)(?:search (?:this|the) (?:site|website)|diese (?:website|seite) durchsuchen|(?:rechercher|chercher)"
        r" (?:sur|dans) (?:le|ce) site|buscar en (?:el|este) sitio|cerca nel sito|szukaj w serwisie|zoek (?:op|in)"
        r" de (?:site|website)|sök på webbplatsen|hae sivustolta|hledat na webu|pesquisar no site)\s*:?",
        # a news item's stamp in the Romance languages' long dates: 'Publicado el 12 de marzo de 2024',
        # 'Última actualización: 12 de marzo de 2024', 'Ultimo aggiornamento: 12 marzo 2024'
        r"(?i)(?:publicado|actualizado|modificado|pubblicato|aggiornato|modificato|última actualización"
        r"|ultima modifica|ultimo aggiornamento|fecha de (?:publicación|actualización)|data di aggiornamento"
        r"|última atualização|atualizado)(?: el| il| en| em| a| on)?\s*:?\s*(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}"
        r"\.?\s+(?:de\s+)?\d{4}|" + _STAMP_DATE + r")(?:,?\s*-?\s*\d{1,2}[:.h]\d{2})?",
        # a programme's label date for a practice it marked: 'Labelisation date : 02/06/2017'
        r"(?i)(?:labell?isation date|date de labell?isation|label(?:l?ed|isation) on)\s*:?\s*" + _STAMP_DATE,
        # a news agency's dateline alone: 'Wien (OTS) -', 'Berlin (dpa) –', 'Roma (ANSA) -'
        _TOWN_NAME + r"\s*\((?:OTS|APA|dpa|DPA|AFP|ANSA|PAP|EFE|ANP|TT|NTB|STT|ČTK|CTK|Reuters|AP|Belga|Lusa|SDA"
        r"|KNA|epd|KAP|ATS|Europa Press|RTS|HINA|STA|MTI|BTA|Agerpres|TASR|ELTA|LETA|BNS|ERR)\)\s*[-–—:]?",
        # a picture's credit after the Polish abbreviation: 'Fot. Urząd Miasta Gdańska'
        r"(?i)fot\.\s+[^.!?\d\n]{1,60}",
        # a wiki's jump links on one line: 'Jump to: navigation, search', 'Aller à :navigation, rechercher'
        _WIKI_JUMP.pattern,
        # a link that points on with an arrow, a few words and no sentence: 'Template for collection of Good
        # practices >>', 'Modèle pour la collecte de Bonnes pratiques >>', 'Open on kohesio.ec.europa.eu →'
        r"(?:[^\s.!?«»]+\s+){0,9}[^\s!?«»]*[^\s.!?«»]\s*(?:>>|→|›|▶|►|»)",
        # a magazine's issue stamp: 'Nr. 3 | August 2019', '3 | 2024', 'Issue 12 | May 2021'
        r"(?i)(?:(?:nr\.?|no\.?|n°|nº|heft|ausgabe|issue|numéro|número|numero|nummer|numer|číslo)\s*)?\d{1,3}"
        r"\s*\|\s*(?:[^\W\d_]{3,10}\.?\s+)?(?:19|20)\d{2}",
        # a picture's caption with its credit after the copyright sign: 'Smart Re-Use Park © SURFACE'
        r"(?:[^\s.!?©]+\s+){1,8}©\s*[^.!?\n]{1,40}",
        # an office program's text for a picture, alone or after its words: 'Logo, company name  Description
        # automatically generated with medium confidence'
        r"(?i)(?:[^.!?\n]{1,120}\s+)?" + _AUTO_ALT.pattern.removeprefix("(?i)"),
        # a picture's file name alone: 'tb_spiska_nova_vec.jpg', 'header-2021.png'
        r"[\w-]+(?:\.[\w-]+)*\.(?i:jpe?g|png|gif|webp|svg|tiff?)",
        # a table of contents' heading for the page: 'Innehåll på sidan', 'On this page', 'Sivun sisältö'
        r"(?i)(?:innehåll på (?:sidan|denna sida)|på den här sidan|inhalt (?:auf )?dieser seite|contenu de (?:la|cette)"
        r" page|contenido de (?:la|esta) página|contenuto (?:della|di questa) pagina|zawartość strony|inhoud van (?:de"
        r"|deze) pagina|sivun sisältö|innhold på siden|indhold på siden|obsah stránky|conteúdo da página|on this page"
        r"|page contents|contents of (?:the|this) page)\s*:?",
        # a structural fund's slogan under its logo: Finland's 'Euroopan unioni Vipuvoimaa EU:lta 2014–2020'
        r"(?i)(?:euroopan unioni\s+)?vipuvoimaa eu:lta(?:\s+\d{4}\s*[-–]\s*\d{4})?",
        # a video player's address left by the copy: 'https://www.youtube.com/embed/zNV6cbVjbng'
        r"(?i)(?:https?:)?//(?:www\.)?(?:youtube(?:-nocookie)?\.com/embed/|player\.vimeo\.com/video/"
        r"|(?:www\.)?dailymotion\.com/embed/video/|(?:www\.)?facebook\.com/plugins/video)\S+",
        # a tags box's label alone: 'Tagged as', 'Schlagwörter', 'Mots-clés', 'Klíčová slova'
        r"(?i)(?:tagged (?:as|with|in)|tags|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|mots[- ]clés|étiquettes"
        r"|etiquetas|parole chiave|tagi|słowa kluczowe|trefwoorden|nyckelord|taggar|avainsanat|tunnisteet"
        r"|stikkord|nøgleord|klíčová slova|štítky|kľúčové slová|palavras-chave)\s*:?",
        # a link to a social network's page, named by the page's kind: 'Projektets officiella Facebooksida.',
        # 'Our Twitter feed', 'Facebook-Seite der Stadt', 'Page Facebook de la ville', 'Kanał YouTube'
        r"(?i)(?:[\w'’-]+\s+){0,3}(?:facebook|twitter|linkedin|youtube|instagram|flickr|vimeo|mastodon)[\s-]?"
        rf"{_NETWORK_PAGE}(?:\s+[\w'’-]+){{0,3}}\.?|(?:[\w'’-]+\s+){{0,2}}{_NETWORK_PAGE}\s+(?:facebook|twitter"
        r"|linkedin|youtube|instagram|flickr|vimeo|mastodon)(?:\s+[\w'’-]+){0,3}\.?",
    )
]
# A picture's noun, as a site's alt text or caption starts or ends with it.
_PICTURE = (
    r"(?:image|picture|photo|illustration|graphic|bild|foto|grafik|abbildung|illustration|imagen|fotografía"
    r"|immagine|fotografia|grafika|zdjęcie|ilustracja|afbeelding|kuva|billede|bilde|obrázek|obrázok|imagem)"
)
# What joins a picture's noun to what it shows: 'Grafika z osobami …', 'Image of people …', 'Bild mit …'.
_SHOWING = (
    r"(?:of|showing|with|mit|zeigt|von|de|avec|montrant|con|che mostra|que muestra|di|z|ze|przedstawiając\w*"
    r"|van|met|som visar|av|med|jossa|s|se|zobrazující|com|mostrando)"
)
# A site's boxes and labels around an article: related links, prize badges, categories, alt texts, greetings.
_BOXES = [
    re.compile(p)
    for p in (
        # a box of links to the site's other pages: 'Related information', 'Informação relacionada', 'Voir aussi'
        r"(?i)(?:related (?:information|content|links|articles|pages|projects|news|practices|resources|topics)"
        r"|see also|informaç(?:ão|ões) relacionadas?|conteúdos? relacionados?|veja também|información relacionada"
        r"|contenidos? relacionados?|enlaces relacionados|ver también|informations? (?:connexes|associées)"
        r"|contenus? (?:associés|connexes)|liens connexes|voir aussi|à voir aussi|informazioni correlate"
        r"|contenuti correlati|link correlati|vedi anche|verwandte (?:themen|artikel|inhalte|links)|siehe auch"
        r"|das könnte sie auch interessieren|powiązane (?:informacje|artykuły|treści)|zobacz (?:też|także|również)"
        r"|gerelateerde (?:informatie|artikelen|links|inhoud)|zie ook|relaterad (?:information|innehåll)"
        r"|relaterade (?:artiklar|länkar|sidor)|se även|liittyvät? (?:sisällöt|artikkelit|linkit|sivut)|katso myös"
        r"|relatert (?:informasjon|innhold)|relateret (?:information|indhold)|se også|související (?:informace"
        r"|články|odkazy)|viz (?:také|též)|súvisiace (?:informácie|články)|pozri aj)\s*:?",
        # a link to the site's cookie policy alone: 'Zobacz politykę cookies.', 'Voir notre politique de cookies'
        r"(?i)(?:(?:see|read|view|zobacz|przeczytaj|voir|consultez|lire|siehe|zur|ver|consulta|lee|vedi|leggi"
        r"|bekijk|lees|läs|lue|se|les|læs|viz|pozri|veja|consulte)\s+(?:[\w'’]+\s+){0,2})?(?:cookie[- ]?polic(?:y"
        r"|ies)|polityk[aęi] (?:plików )?cookies?|politique (?:de |relative aux |des )?cookies|cookie-?richtlinien?"
        r"|cookie-?erklärung|política de cookies|informativa (?:estesa )?(?:sui )?cookies?|cookiebeleid"
        r"|cookie-?politik|evästekäytäntö|zásady (?:používání )?(?:souborů )?cookies?|politica de cookies)\.?",
        # a prize's badge alone over the entry it marks: 'AWARD', 'Award-winning project', 'The winner!', 'Lauréat'
        r"(?i)(?:award[- ]winning (?:project|practice|initiative|city)|(?:the )?winners?|lauréat(?:e|s)?|preisträger"
        r"(?:in)?|prämiert|ganador(?:a|es)?|vincitor[ei]|laureat|zwycięzca|winnaar|vinnare|voittaja|vinder|vítěz"
        r"|premiado|primé|award|prize|prix|preis|premio|nagroda)\s*!?",
        # a prize's category with its number: 'Category 1 – up to 10,000 inhabitants', 'Kategorie 2: Klimaschutz'
        r"(?i)(?:category|catégorie|kategorie|categoría|categoria|kategoria|categorie|kategori|luokka)\s+(?:\d{1,2}"
        r"|[IVX]{1,4}|[A-E])\s*[-–—:]\s*[^.!?\n]{1,80}",
        # a picture's alt text that ends with its noun or a file name: 'Provider image', 'Rapportmall bild',
        # 'afbeelding hoofdpagina lerend netwerk burgerparticipatie.jpg'
        r"(?:[\w'’-]+\s+){1,3}" + _PICTURE,
        r"(?:[^\s.!?]+\s+){1,10}[\w-]+(?:\.[\w-]+)*\.(?i:jpe?g|png|gif|webp)",
        # a picture's alt text that says what it shows, no sentence: 'Grafika z osobami dopasowującymi klocki i
        # napis: Samorządy dobrze zarządzające', 'Image of people planting trees in a park'
        # (five words at least before a colon: 'Image of the city: a new brand for Lodz' is a heading)
        rf"(?i){_PICTURE}\s+{_SHOWING}\s+(?:[^\s.!?:]+\s+){{4,30}}[^\s.!?:]+(?::\s*[^.!?:\n]{{1,100}})?",
        # a rubric's editor and what the rubric holds: 'garant rubriky', '… najdete v této rubrice'
        r"(?i)(?:garant|správce|editor|redaktor)(?:ka)? rubriky|rubrikverantwortliche?r?|responsable de la rubrique"
        r"|responsabile della rubrica|redaktor działu",
        r"(?i)[^.!?\n]{1,200}\b(?:najdete|naleznete|nájdete) v (?:této|tejto) rubrice"
        r"|(?:in this section|dans cette rubrique|in dieser rubrik|en esta sección|in questa sezione|w tym dziale"
        r"|in deze rubriek|i denna avdelning),? (?:you (?:will |can )?find|vous trouverez|finden sie"
        r"|encontrará|troverete|trovi|znajdziesz|vindt u|hittar du)\b[^.!?\n]{1,200}[.!]?",
        # a pointer to a list the copy lost: 'The list of cities that have signed up … may be found below.'
        r"(?i)(?:the |a )?(?:full |complete )?list of [^.!?\n]{1,100}\b(?:may|can) be (?:found|seen|consulted)"
        r" (?:below|here|above)\.?|(?:la )?liste (?:complète )?des [^.!?\n]{1,100} (?:se trouve|figure|est"
        r" disponible) ci-dessous\.?",
        # a tab's label with its count of items: 'Partners (5)', 'Kommentare (0)', 'Documents (3)', 'Zdjęcia (12)'
        r"(?i)(?:partners?|partner|partenaires|socios|partnerzy|documents?|dokumente|documentos|documenti|dokumenty"
        r"|documenten|comments?|kommentare|commentaires|comentarios|commenti|komentarze|reacties|photos?|fotos?"
        r"|zdjęcia|foto's|videos?|vidéos|vídeos|wideo|news|nachrichten|actualités|noticias|notizie|aktualności"
        r"|nieuws|events?|veranstaltungen|événements|eventos|eventi|wydarzenia|evenementen|files|downloads?|dateien"
        r"|fichiers|archivos|pliki|bestanden|members|mitglieder|membres|miembros|membri|członkowie|leden|replies"
        r"|antworten|réponses|respuestas|risposte|odpowiedzi)\s*\(\d{1,4}\)",
        # a note that the article was published first elsewhere: 'Originally published by EUROCITIES, the network of
        # 130 European cities - PDF:', 'Ursprünglich erschienen in …', 'Publié initialement sur …'
        r"(?i)(?:(?:this (?:article|story|case study|post) was )?(?:originally|first) published (?:by|in|on|at)"
        r"|(?:ursprünglich|zuerst) (?:veröffentlicht|erschienen) (?:von|bei|in|im|auf)"
        r"|(?:publié|paru) (?:initialement|à l['’]origine|d['’]abord) (?:par|sur|dans)"
        r"|publicado originalmente (?:por|en)|pubblicato (?:originariamente"
        r"|originalmente|per la prima volta) (?:da|su|in)|pierwotnie opublikowan\w* (?:przez|na|w)|oorspronkelijk"
        r" gepubliceerd (?:door|op|in))\s+[^.!?\n]{1,150}(?:\s*[-–:]\s*(?:pdf|link))?\s*:?",
        # a box of the site's other news: 'Otras noticias', 'Altre notizie', 'Autres actualités', 'Meer nieuws'
        r"(?i)(?:other news|more news|otras noticias|altre notizie|autres actualités|autres articles|inne aktualności"
        r"|pozostałe aktualności|meer nieuws|ander nieuws|fler nyheter|andra nyheter|lisää uutisia|muut uutiset"
        r"|flere nyheder|andre nyheter|další zprávy|další aktuality|ďalšie správy|mais notícias|outras notícias)\s*:?",
        # a page's tools for the reader: 'Email this page', 'Translate this page', 'Report a problem on this page',
        # a language picker ('Select language', 'Sprache wählen', 'Wybierz język'), a review stamp with its date
        r"(?i)(?:e-?mail|send|mail) this (?:page|article)|translate this (?:page|site)|report a (?:problem|mistake|an"
        r" error)(?: on| with)? (?:this|the) page|(?:select|choose|change) (?:your )?language|sprache (?:wählen"
        r"|auswählen)|choisir (?:la|votre) langue|(?:seleccionar|seleccione|elegir) (?:el )?idioma|seleziona"
        r" (?:la )?lingua|wybierz język|kies (?:je |uw )?taal|välj språk|valitse kieli|vælg sprog|velg språk"
        r"|vyberte jazyk|selecionar idioma",
        r"(?i)(?:page )?last reviewed(?: on)?\s*:?\s*" + _STAMP_DATE,
        # a site's greeting to its platform: 'Welcome to the 2023 competition platform', 'Bienvenue sur notre site'
        r"(?i)(?:welcome to|bienvenue (?:sur|dans)|willkommen (?:auf|bei|im)|bienvenid[oa]s? a|benvenut[oi] (?:su|nel)"
        r"|witamy na|welkom (?:op|bij)|välkommen till|tervetuloa)\s+(?:the |our |la |le |notre |der |unserer |dem "
        r"|el |nuestro |nostro |la nostra |naszej |de |onze )?(?:[^\s.!?]+\s+){0,4}(?:platform|portal|website|site"
        r"|web ?site|pages?|plateforme|portail|plattform|webseite|seite|plataforma|sitio|portale|sito|platformie"
        r"|portalu|stronie|webbplats|sivustolle|sivuille)\.?",
    )
]
# Every list above, as the furniture by its words tries them on a line.
_FURNITURE_PATTERNS = (
    _LISTING,
    *_BOILERPLATE,
    *_CHROME,
    *_SITE_FURNITURE,
    *_PAGE_FURNITURE,
    *_PRIZE_LINES,
    *_CITY_SITE,
    *_SITE_LINKS,
    *_BOXES,
)
# A screen reader's marker left inside a sentence: 'Begin link: …, einde link.', '(opens in a new window)'.
_READER_MARK = re.compile(
    r"(?i)\b(?:begin(?:ning)?(?: of)?|start(?: of)?|anfang|début|inicio|inizio|początek)\s+(?:des |du |de |del )?"
    r"(?:link|lien|enlace|collegamento|linku?)\s*:\s*"
    r"|,\s*(?:einde|eind|end(?: of)?|ende|fin(?: du| de)?|final del|fine|koniec)\s+(?:des |du |del )?"
    r"(?:link|lien|enlace|collegamento|linku?)\b\.?(?=\s|$)|\s*\b(?:einde|eind) link\b\.?"
    r"|\s*\((?:(?:link )?(?:opens|opent|öffnet|s['’]ouvre|se abre|si apre|otwiera|öppnas|avautuu|åpnes|åbner|"
    r"otevře|abre)[^()]{0,50}|(?:external link|link is external|externer link|lien externe|enlace externo|link "
    r"esterno|link zewnętrzny|externe link|extern länk|ulkoinen linkki|ekstern lenke|eksternt link|externí odkaz"
    r"|link externo))\)"
)
# A line that is only a person's name: two to four capitalised words.
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?: (?:[a-z]{1,3} )?[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3}")
_LOGIN = "please login to contact the author."
# Field lines packed into one, as Portico writes them: 'Start date: 2017-05-30 / End date: ...'.
_PACKED = re.compile(r"\s+/\s+(?=[^/:]{2,40}:\s)|,\s+(?=[^,/:]{2,40}:\s)")
_TRAILING_BADGE = re.compile(r"(.*\S)\s+([A-Z]+:?\s+[A-Z]+)")
# Where two labels were glued together: a small letter right before a capital.
_GLUE = re.compile(r"[a-zà-öø-ÿąćęłńóśźż](?=[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ])")
# Sections of running text; any other field written 'Label: value' holds just that value, and the
# lines after it belong to the section before.
_PROSE = {"summary", "description", "evidence", "difficulties", "transfer", "legal", "implementation_time", "costs"}
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_EMAIL = re.compile(r"[^@\s<>()\[\],;:]+@[^@\s<>()\[\],;:]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"^[+(]?[\d][\d\s()./-]{5,}$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“(\[]?[A-ZÀ-ÖØ-Þ])")
_DIGIT = re.compile(r"\d")
# A field of a form: a label of up to six words, a colon, its value.
_FIELD = re.compile(r"[^\W\d_][\w'’()/.-]*(?: [\w'’()/.-]+){0,5}\s?:\s+\S")
_PLACE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BULLET = re.compile(r"^(?:[•◦▪·–]\s*|[-*]\s+)")
# Printable characters YAML can hold; copied pages sometimes carry others.
_UNPRINTABLE = re.compile("[^\t\n\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")


# A run of hashtags that the copy glued to the heading after it: '#URBACT #cycling Measuring school travel'.
# The same sentence at the end of a paragraph, cut off to a line of its own so that it is furniture there.
_LOST_AT_END = re.compile(rf"(?<=[.!?])\s+({_LOST_LINK})\s*$")
_HASHTAGS = re.compile(r"((?:#[\w-]+\s+){2,})(?=[^#\s])")
# A teaser's link to the rest, after its last sentence or its colon: '… queste fasi: leggi tutto →', '[...] Read more'.
_MORE_AT_END = re.compile(rf"(?<=[.!?:…\])])\s+({_MORE})\s*$")
# A picture's file name the copy put before the paragraph under it: 'MLAD_SI_facebook_PAGE_COVER_PHOTO_1958X745s (the
# name means …) portal gathers …'.
_IMAGE_FIRST = re.compile(rf"({_IMAGE_NAME})\s+(?=\S)")


# A back button or a prize's badge that the copy ran into the heading after it, at the page's head: 'Back Bilbao
# citizens ready to enjoy …', 'Geri Anti-rumour toolkit …', 'Award-winning project SynAthina: …'.
_GLUED_FRONT = re.compile(
    r"(Back|Geri|Zurück|Retour|Volver|Indietro|Powrót|Wróć|Terug|Tillbaka|Takaisin|Tilbage|Tilbake|Zpět|Späť|Voltar"
    r"|Award-winning (?:project|practice|initiative))\s+(?=[A-ZÀ-ÖØ-Þ\"“„«][^.!?]{3,200}$)"
    r"(?!(?:To|The|Top|Home|List)\b)"
)


def clean(text: str, report: Report) -> list[str]:
    """The page's lines, with every kind of line break made one, and characters YAML cannot hold removed."""
    text = "\n".join(text.splitlines())
    removed = len(_UNPRINTABLE.findall(text))
    if removed:
        report.notes.append(f"removed {tally(removed, 'control character')} that a YAML file cannot hold")
    lines = [strip_reader_marks(line.strip(), report) for line in _UNPRINTABLE.sub("", text).split("\n")]
    out: list[str] = []
    filled = 0  # the lines of `out` with text, counted as they come: counting them again at each line is quadratic
    for line in lines:
        tags = _HASHTAGS.match(line)
        parts = [tags.group(1).strip(), line[tags.end() :]] if tags else _unpack(line)
        if len(parts) > 1:
            report.packed.append(line)
        edition = _edition_place(parts[0])
        if edition:  # the edition goes to the furniture, the region after it stays as the page's place
            parts[:1] = [parts[0][: -len(edition)].rstrip(" -–|:"), edition]
        area = _news_area(parts[0])
        if area:  # a news box's heading goes to the furniture; the country its news come from stays for the place
            parts[:1] = [parts[0][: -len(area)].rstrip(), area]
        front = _GLUED_FRONT.match(parts[0]) if filled < 15 else None
        if front:  # a back button or a prize's badge run into the page's heading: the heading stays alone
            parts[:1] = [front.group(1), parts[0][front.end() :]]
        image = _IMAGE_FIRST.match(parts[0])
        if image:  # the file name goes to the furniture on its own line; the paragraph stays
            parts[:1] = [image.group(1), parts[0][image.end() :]]
        for tail in (_LOST_AT_END, _MORE_AT_END):
            lost = tail.search(parts[-1])
            if lost:  # the pointer goes to the boilerplate list on its own line; the paragraph is not several fields
                parts[-1:] = [parts[-1][: lost.start()], lost.group(1)]
        out += parts
        filled += sum(1 for part in parts if part)
    return out


def _edition_place(line: str) -> str | None:
    """The place after a prize's edition on its line, when it names a country or a region of one ('Edition 2023 -
    Auvergne-Rhône-Alpes'); another tail ('Edition 2015 - Eure (27)') leaves the line whole."""
    from generator.importer.places import read_place  # places reads lines as this module cuts them

    found = _EDITION_PLACE.fullmatch(line)
    place = found.group(1).strip() if found else ""
    known = read_place(place)[1] is not None or layouts.plain(place) in layouts.country_words()
    return found.group(1) if found and known else None


def _news_area(line: str) -> str | None:
    """The area after a news box's heading, when it names a country ('Όλες οι Ειδήσεις από την Ελλάδα και τον
    Κόσμο': a national site's news are its country's); another tail ('Latest news from the network') goes with the
    heading."""
    from generator.importer.places import countries_named, read_place  # places reads lines as this module cuts them

    found = _NEWS_BOX.fullmatch(line)
    area = (found.group(2) or "").strip() if found else ""
    words = re.findall(r"[^\W\d_][\w'’-]*", area)
    named = any(read_place(word)[1] is not None for word in words) or bool(area and countries_named([area]))
    return found.group(2) if found and named else None


def _unpack(line: str) -> list[str]:
    """A line of several 'Label: value' fields cut into one line each, when the labels are known.

    Portico parts its fields with ' / ', up2europe with ', ' ('Start date: May 14, 2007, End date:
    Jun 30, 2014'); a comma inside a value stays, since the text after it is no known label.
    """
    parts = [p for part in _PACKED.split(line) for p in _badge_apart(part)]
    known = [p for p in parts if (found := _heading(p)) and found[1] is not None]
    return parts if len(parts) > 1 and len(known) >= 2 else _unglue(line)


def _badge_apart(part: str) -> list[str]:
    """A field and the status badge the page shows after its value, as two lines: the badge is furniture."""
    badge = _TRAILING_BADGE.fullmatch(part.strip())
    if badge and _BADGE.fullmatch(badge.group(2)) and _heading(badge.group(1)):
        return [badge.group(1), badge.group(2)]
    return [part]


def _unglue(line: str) -> list[str]:
    """A group label glued to the field label after it, as copying a page joins its boxes.

    'informacje o projekcieData początkowa: 1 marca 2019' is two lines: the group heading and
    the field. The line is cut only where both sides are known labels.
    """
    if _heading(line) is not None:
        return [line]
    for glue in _GLUE.finditer(line.partition(":")[0]):
        head, tail = line[: glue.start() + 1], line[glue.start() + 1 :]
        if _heading(head) == ("group", None) and _heading(tail) is not None:
            return [head, tail]
    return _label_after_value(line)


# Where a capitalised word follows a letter with no space between: 'gGmbHProjektlaufzeit', 'BerlinLaufzeit';
# a table's header row in capitals ('NETWORKFINAL PARTNERSHIPSHORT DESCRIPTION') stays whole.
_GLUED_LABEL = re.compile(r"(?<=[^\W\d_])(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")


def _label_after_value(line: str) -> list[str]:
    """A field's value with the next field's label glued after it, as a copy of a fact box joins them.

    'Institut für Energieforschung gGmbHProjektlaufzeit' is the value, then the label 'Projektlaufzeit' on its own
    line. The line is cut only where all that follows is a known label without a value, of six letters or more.
    """
    for glue in reversed(list(_GLUED_LABEL.finditer(line))):
        head, tail = line[: glue.start()], line[glue.start() :]
        label = _heading(tail) if len(head) >= 3 and len(tail) >= 6 and ":" not in tail else None
        if label is not None and label[1] is None and _heading(head) is None:
            return [head, tail]
    return [line]


# A content system's shortcode left as text: '[collapsed title=Securing support]', '[accordion]' … '[/accordion]'.
_SHORTCODE = re.compile(r"\[(?P<name>[a-z][a-z_-]{2,30})(?P<attrs>(?:\s+[a-z_-]+=[^\]]*)?)\s*/?\]")
_CLOSING = re.compile(r"\[/(?P<name>[a-z][a-z_-]{2,30})\]")
_TITLE_ATTR = re.compile(r"\btitle=[\"'“]?(.+?)[\"'”]?(?=\s+[a-z_-]+=|$)")


def _shortcode(line: str, closed: set[str]) -> str | None:
    """For a shortcode's line, the heading it holds ('' when none); None for any other line.

    An opening tag counts when it has attributes or its closing tag is on the page, so '[Link]' alone stays.
    """
    if _CLOSING.fullmatch(line):
        return ""
    opening = _SHORTCODE.fullmatch(line)
    if not opening or not (opening["attrs"] or opening["name"] in closed):
        return None
    title = _TITLE_ATTR.search(opening["attrs"])
    return title.group(1).strip() if title else ""


# A listing's count of results: 'Your search returned 118 results', '118 results found', '118 Ergebnisse', '118
# résultats', 'Se encontraron 118 resultados', '118 risultati', 'Znaleziono 118 wyników', '118 resultaten'.
RESULTS_COUNT = re.compile(
    r"(?i)(?:your search returned|search returned|showing|we found|il y a|es gibt|se encontraron|znaleziono|"
    r"gevonden:?)?\s*\d[\d.,\s]*\s*(?:of \d[\d.,]*\s*)?(?:results?|hits|matches|ergebnisse|treffer|résultats?|"
    r"resultados?|risultati|wynik(?:i|ów)?|resultaten|tulosta|träffar|resultater)(?: found| gefunden| trouvés?)?\.?"
)


# What a town or a body does with a prize it runs: 'La ville récompense …', 'The council awards …', 'Die Stadt verleiht
# …', 'Il comune premia …', 'Miasto przyznaje …', 'De gemeente reikt … uit'.
_GIVES = re.compile(
    r"(?i)\b(?:récompense|récompensent|décerne|décernent|attribue|award|awards|rewards|gives|verleiht|vergibt"
    r"|zeichnet|premia|premiano|assegna|otorga|otorgan|concede|nagradza|przyznaje|reikt|kent|belønner|delar ut"
    r"|palkitsee|uděluje|oceňuje|atribui)\b"
)


def _prize_line(line: str) -> bool:
    """Whether a line is a prize's category or name: '1. Prix Coup de coeur', 'RegioStars Awards 2019'."""
    return any(p.fullmatch(line.strip()) for p in _PRIZE_LINES)


def _prize_given(lines: list[str], i: int) -> bool:
    """A prize's name over a sentence that says who gives it ('Prix des jeunes créateurs' over 'La ville récompense
    chaque année …') is the practice's own name, not an award's line over its winner ('Premio Comuni Virtuosi' over
    what the winning town did)."""
    if not _prize_line(lines[i]):
        return False
    after = next((line.strip() for line in lines[i + 1 :] if line.strip()), "")
    return len(after.split()) >= 6 and bool(_GIVES.search(after))


def _award_over(kept: list[str], line: str) -> bool:
    """Whether the line kept last is an award's short name ('Nagroda główna', 'Special prize of the jury') and this
    furniture line its edition ('Edycja 2019', '3rd edition'): both are the award's, neither the practice's."""
    last = kept[-1].strip() if kept else ""
    edition = re.fullmatch(_EDITION_YEAR, line.strip()) or _EDITION_PLACE.fullmatch(line.strip())
    return bool(edition and last and len(last.split()) <= 8 and re.search(rf"(?i)\b{_PRIZE}\b", last))


def drop_boilerplate(lines: list[str], report: Report) -> list[str]:
    """The lines without the page's furniture, which the report lists; menus are remembered by position.

    A name just above 'Please login to contact the author.' is the contact's, as the page shows it.
    """
    kept: list[str] = []
    navigation, chrome = layouts.navigation(), layouts.chrome()
    known = navigation | chrome  # once, not a new set for every line
    trail = _numbered_trail(lines)
    report.crumb = _trail_end(lines, trail)
    # a trail's last step, left for the head when the page does not repeat it: the next line with text
    last_step = next((j for j in range(max(trail) + 1, len(lines)) if lines[j].strip()), -1) if trail else -1
    last_step = -1 if report.crumb else last_step
    menus = _top_menu(lines, _menus(lines)) | trail
    panel = _menus(lines) | _filter_panel(lines, chrome) | _empty_roles(lines) | _page_end(lines, chrome) | trail
    panel |= _event_box(lines) | _link_run(lines) | _site_address(lines)
    closed = {m["name"] for m in map(_CLOSING.fullmatch, lines) if m}
    for i, line in enumerate(lines):
        key = squeezed(line)
        heading = _shortcode(line, closed)
        if heading is not None:  # the markup goes, the heading it holds stays
            report.boilerplate.append(line)
            kept += [heading] if heading else []
            continue
        step = _STEP.fullmatch(line.strip()) if i == last_step else None
        if step:  # the page's own name, without its place in the trail ('3. Jardins partagés …')
            report.boilerplate.append(line)
            kept.append(step.group(2))
            continue
        if i in panel:
            report.boilerplate.append(line)
            if i in menus:  # a site's menu: the headings above it are the site's, never the title
                report.navigation.append(len(kept))
            continue
        if key in navigation or _LISTING.fullmatch(line) or _type_line(lines, i):
            report.navigation.append(len(kept))
        if _LISTING.fullmatch(line):
            report.listings[len(kept)] = line
        furniture = _furniture_line(line, known) or _type_line(lines, i)
        furniture = furniture or _people_caption(line) or _strapline(lines, i) or (bool(line) and _news_stamp(lines, i))
        furniture = (furniture or (bool(line) and _type_bullet(lines, i))) and not _prize_given(lines, i)
        furniture = furniture or (i <= _first_lines(lines, 5) and code_row(line))
        furniture = furniture or (bool(line) and _wiki_from(lines, i)) or _picture_caption(kept, line)
        furniture = furniture or (bool(line) and (_eu_cofunding(lines, i) or _notice_start(lines, i)))
        # a form's hint outline, but not a person's offices under their name ('Inspector - … - City Office')
        last = next((k for k in reversed(kept) if k), "")
        furniture = furniture or (_outline(line) and not (_NAME.fullmatch(last) and _heading(last) is None))
        named = None if furniture or i > _first_lines(lines) else browser_title(line)
        if named:  # the browser's title line: the page's name, then the site's
            report.boilerplate.append(line)
            kept.append(named)
            continue
        if not furniture:
            kept.append(line)
            continue
        report.boilerplate.append(line)
        if i <= _first_lines(lines, 5) and _prize_line(line):
            report.notes.append(f"title: {line!r} is not the practice's name (an award's or a prize category's name)")
        if _award_over(kept, line):  # the award's name over its edition goes with it
            report.boilerplate.append(kept.pop())
            report.notes.append(f"title: {report.boilerplate[-1]!r} is not the practice's name (an award's name)")
        if RESULTS_COUNT.fullmatch(line.strip()):  # the head takes the entry after it as the title
            report.counts.append(len(kept))
        if _caption_above(kept, line) or _alt_over_caption(kept, line):
            report.boilerplate.append(kept.pop())
        if key == _LOGIN and kept and _NAME.fullmatch(kept[-1]) and _heading(kept[-1]) is None:
            kept[-1] = f"Contact: {kept[-1]}"
    return _drop_loose(_label_under_name(kept), report)


def _drop_loose(lines: list[str], report: Report) -> list[str]:
    """The lines without the furniture that only its shape tells: lines poor in the words of the page's language,
    in runs at the page's head and foot and between its blocks of prose (prose.py), when no fact is read from them.
    The report lists each one; the positions it keeps are moved along."""
    first = next((i for i, line in enumerate(lines) if line.strip()), -1)  # the title's likeliest line
    runs = prose.furniture(lines, lambda i: i == first or _holds_fact(lines, i), lambda run: _in_fact_box(lines, run))
    gone = {i for run in runs for i in run}
    why = (
        "poor in the words of the page's language, around its text rather than in it: "
        "check that none of them is the practice's"
    )
    return take_out(lines, gone, report, why)


def take_out(lines: list[str], gone: set[int], report: Report, why: str) -> list[str]:
    """The lines without those at the `gone` positions, each listed in the report as furniture with a note saying how
    many and `why`; the positions the report keeps are moved along."""
    if not gone:
        return lines
    report.boilerplate += [lines[i] for i in sorted(gone)]
    report.notes.append(f"took out {tally(len(gone), 'line')} {why}")
    before = list(accumulate((i in gone for i in range(len(lines))), initial=0))  # lines gone above each position
    report.navigation = [i - before[i] for i in report.navigation if i not in gone]
    report.listings = {i - before[i]: text for i, text in report.listings.items() if i not in gone}
    report.counts = [i - before[i] for i in report.counts]
    return [line for i, line in enumerate(lines) if i not in gone]


def _holds_fact(lines: list[str], i: int) -> bool:
    """Whether a line is one the other stages read: a label or the value under it, a figure or a date (any
    digit), an address, a person's name, a place's name."""
    line = lines[i].strip()
    above = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
    value = bool(above) and _heading(above.strip()) is not None and not above.rstrip().endswith(tuple(".!?"))
    shaped = any(p.search(line) for p in (_DIGIT, _URL, _EMAIL)) or bool(_NAME.fullmatch(line))
    # an item of a list ('• Ageing and insecurity.'), a person with a role ('Line Voltzmann, Projektleder')
    shaped = shaped or bool(_BULLET.match(line)) or bool(_NAME.match(line) and "," in line[:60])
    # a form's field of a site no label knows ('Hankkeen yhteyshenkilön nimi: Jari Jokisalo'), a date or 'Ongoing'
    shaped = shaped or bool(_FIELD.match(line)) or read_date(line)[0] is not None or _months_only(line)
    return shaped or value or _heading(line) is not None or _names_place(line)


def _months_only(line: str) -> bool:
    """A line of month names alone, a timeline's step ('september - október'): a date with no digit in it."""
    words = re.findall(r"[^\W\d_]+", line.casefold())
    return bool(words) and all(word in month_names() for word in words)


def _names_place(line: str) -> bool:
    """Whether a line names a country, a region or a city the labels know ('Regione Emilia-Romagna', 'Nederland')."""
    words = [layouts.plain(w) for w in _PLACE_WORD.findall(line)]
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]
    known = layouts.country_words()
    names = _place_names()
    # a town of GeoNames' larger table ('Forli', 'Holbæk'): its table of small towns takes seconds more to read
    town = len(words) <= 3 and line.strip()[:1].isupper() and layouts.plain(line.strip()) in gazetteer._towns()
    return any(w in known or w in names for w in words + pairs) or bool(_country_name(line)) or town


@cache
def _place_names() -> frozenset[str]:
    """The names of the countries the site knows in the languages of Europe, folded as layouts.plain folds
    ('puola', 'ελλαδα', 'nederland'): a line that names one is a place's, whatever the page's language."""
    from generator import validate

    countries = validate.countries()
    return frozenset(
        layouts.plain(name)
        for code in _EUROPEAN_LANGUAGES
        for territory, name in babel.Locale(code).territories.items()
        if territory in countries
    )


# The languages of Europe babel names countries in (the EU's, the EEA's, the candidates', and Catalan, Basque,
# Galician, Welsh, Luxembourgish, Norwegian).
_EUROPEAN_LANGUAGES = [
    "bg",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "et",
    "fi",
    "fr",
    "ga",
    "hr",
    "hu",
    "it",
    "lt",
    "lv",
    "mt",
    "nl",
    "pl",
    "pt",
    "ro",
    "sk",
    "sl",
    "sv",
    "nb",
    "nn",
    "is",
    "sq",
    "sr",
    "mk",
    "bs",
    "tr",
    "uk",
    "ca",
    "eu",
    "gl",
    "cy",
    "lb",
]


# Where a person stands in a photo, in brackets: '(Mitte rechts)', '(links, Fachbereichsleiter)', '(à droite)'.
_STANDS = re.compile(
    r"(?i)\((?:ganz |mitte |2\. von )?(?:links|rechts|mitte|left|right|cent(?:re|er)|far left|far right|second from"
    r" (?:left|right)|à gauche|à droite|au centre|izquierda|derecha|centro|a sinistra|a destra|al centro|z lewej"
    r"|z prawej|w środku|pośrodku|midden|till vänster|till höger|i mitten|vas\.?|oik\.?|vasemmalla|oikealla"
    r"|til venstre|til højre|til høyre|vlevo|vpravo|uprostřed|à esquerda|à direita|ao centro)\b[^()]{0,80}\)"
)
# A caption's opening that names people from one side: 'Von links nach rechts:', 'From left to right:', 'v.l.n.r.:'.
_FROM_LEFT = re.compile(
    r"(?i)(?:from left(?: to right)?|l to r|von links(?: nach rechts)?|v\.\s?l\.\s?(?:n\.\s?r\.)?|de gauche à droite"
    r"|de izquierda a derecha|da sinistra(?: a destra)?|od lewej(?: do prawej)?|van links naar rechts|v\.l\.n\.r\."
    r"|från vänster|vasemmalta|fra venstre|zleva|da esquerda para a direita)\s*:"
)


def _people_caption(line: str) -> bool:
    """A photo's caption naming who stands where: two places in brackets or more, or an opening 'From left:'.

    'Bürgermeister … (Mitte rechts) überreicht zusammen mit … (rechts, Fachbereichsleiter) …': the practice's text
    names its people in sentences, never by where they stand in a picture."""
    return len(line) <= 600 and (len(_STANDS.findall(line)) >= 2 or bool(_FROM_LEFT.match(line)))


_HOME = (
    r"(?:home|homepage|home page|start|startseite|accueil|inicio|início|strona główna|etusivu|forside|startsida|úvod"
    r"|hoofdpagina|pagina iniziale|hjem|hem)"
)
_STEP = re.compile(r"(\d{1,2})\.\s+(\S.{0,79})")


def _trail_end(lines: list[str], trail: set[int]) -> str:
    """The page's own name a numbered breadcrumb ends with, when the trail went whole because the page repeats it."""
    step = _STEP.fullmatch(lines[max(trail)].strip()) if trail else None
    after = [line.strip() for line in lines[max(trail, default=0) + 1 :] if line.strip()]
    kept_step = bool(after) and _STEP.fullmatch(after[0]) is not None  # the trail's last step stayed: not repeated
    return step.group(2) if step and not kept_step and step.group(2) in after else ""


def _numbered_trail(lines: list[str]) -> set[int]:
    """A breadcrumb copied as a numbered list, one step a line, from the home page: '1. Accueil' '2. Informations
    transversales' '3. Actualités' '4. Budget participatif …'. Its last step is the page's own name: it goes too
    when the page repeats it below, as pages do; a list that starts anywhere but home is the practice's own."""
    texts = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    for n, (_, line) in enumerate(texts):
        first = _STEP.fullmatch(line)
        if not (first and first.group(1) == "1" and re.fullmatch(rf"(?i){_HOME}", first.group(2))):
            continue
        run = [texts[n]]
        for i, text in texts[n + 1 :]:
            step = _STEP.fullmatch(text)
            if not step or int(step.group(1)) != len(run) + 1:
                break
            run.append((i, text))
        if len(run) < 3:
            continue
        last = _STEP.fullmatch(run[-1][1])
        repeated = last is not None and any(t == last.group(2) for _, t in texts[n + len(run) :])
        return {i for i, _ in (run if repeated else run[:-1])}
    return set()


# A site's strapline over its pages, saying what the site's owner is: 'We are a cross-party network, providing a
# single national voice for our member councils', 'Nous sommes le réseau des villes …', 'Wir sind das Netzwerk …'.
_STRAPLINE = re.compile(
    r"(?i)(?:we are|nous sommes|wir sind|somos|siamo|jesteśmy|wij zijn|we zijn|vi är|olemme|vi er|jsme|nós somos)"
    r" (?:(?:a|an|the|un|une|le|la|les|l['’]|das|der|die|ein|eine|el|una|il|lo|het|een|de|den|det|ett|en|et|o|os)"
    r"\b)?[^.!?\d]{0,60}"
    r"\b(?:network|association|organi[sz]ation|alliance|federation|voice|platform|agency|partnership|réseau|"
    r"fédération|netzwerk|verband|bündnis|red|asociación|federación|rete|associazione|federazione|sieć|sieci\w*|związek"
    r"|stowarzyszenie|netwerk|vereniging|koepel|nätverk|förbund|verkosto|liitto|nettverk|forbund|netværk|síť|svaz"
    r"|rede|associação)\b[^.!?\d]{0,160}\.?"
)


# A site's motto over its pages, a short sentence of what 'we' do: 'Wir schaffen Heimat.', 'We build together!',
# 'Nous construisons demain.', 'Wij verbinden gemeenten.' (a practice's title has no full stop).
_MOTTO = re.compile(
    r"(?i:we|wir|nous|wij|vi|me|my|noi|nosotros|nosotras|nós)\s+[^\W\d_]+(?:\s+[^\W\d_'’-]+){1,3}\s?[.!]"
)


# A date alone on its line, with its day: '05.04.2023', '17. Jul 2025', '24 October 2019', 'March 1, 2021'.
_LONE_DATE = re.compile(_DATE)
# A line that leads to a date under it: a label ('Data inizio del processo', 'Edited on:'), a range's first half
# ('01.01.2015 bis', '2019 –'), or a heading over a date field.
_LEADS_TO_DATE = re.compile(
    r"(?i).*(?:[:\-–—]|\b(?:bis|to|till|until|through|au|jusqu['’]au|al|hasta|fino al|do|tot|til|t/m|a))$"
)


def _news_stamp(lines: list[str], i: int) -> bool:
    """A news item's date alone on its line, under a paragraph or a heading, with no other date near it: when the
    page was published ('Auch die Gemeinden merken, … weitergeben muss.' / '05.04.2023'), never the practice's start.

    A date under a field's label or the first half of a range is the field's value, and dates one after another are
    a timeline's; both stay."""
    line = lines[i].strip()
    if not _LONE_DATE.fullmatch(line) or read_date(line)[0] is None or len(read_date(line)[0] or "") < 7:
        return False
    above = _near_texts(lines, range(i - 1, -1, -1))  # the lines with text near it, not the whole page's again
    below = _near_texts(lines, range(i + 1, len(lines)))
    before = lines[above[0]].strip() if above else ""
    after = lines[below[0]].strip() if below else ""
    if before and (_heading(before) is not None or _LEADS_TO_DATE.match(before)):
        return False
    if re.match(r"(?i)(?:[-–—]|bis\b|to\b|au\b|al\b|hasta\b|do\b|tot\b|till?\b)", after):
        return False
    near = [lines[j].strip() for j in above + below]
    return not any(_LONE_DATE.fullmatch(text) for text in near)


def _near_texts(lines: list[str], order: range, count: int = 3) -> list[int]:
    """The indexes of the first `count` lines with text, in the order given (up or down the page from a line)."""
    return list(islice((j for j in order if lines[j].strip()), count))


# An event's time as a site's calendar box gives it, a date and its hour, maybe a range: '14.03.2025 17:00 -
# 16.03.2025 20:00', '3 May 2024, 18:00 – 20:00', '12/06/2024 19.30'.
_HOUR = r"\d{1,2}[:.h]\d{2}(?:\s*(?i:uhr|h))?"
_EVENT_TIME = re.compile(
    rf"{_DATE},?\s*(?:(?i:um|at|à|alle|ore|o godz\.?|od)\s*)?{_HOUR}(?:\s*[-–]\s*(?:{_DATE},?\s*)?{_HOUR})?"
)


# A wiki's line under the page's name, saying which wiki the page is from: 'From Wikipedia', 'De Compostpedia'.
_WIKI_FROM = re.compile(r"(?:From|De|Aus|Da|Z|Ze|Van|Uit|Från|Fra|Z)\s+[^.!?:;\n]{2,60}")


def _wiki_from(lines: list[str], i: int) -> bool:
    """A wiki's line saying which wiki the page is from, over its jump links ('De Compostpedia' / 'Saltar a:
    navegación, buscar'); the same words over a sentence are the page's."""
    line = lines[i].strip()
    if len(line.split()) > 6 or not _WIKI_FROM.fullmatch(line):
        return False
    after = next((text.strip() for text in lines[i + 1 :] if text.strip()), "")
    return bool(_WIKI_JUMP.fullmatch(after)) or is_skip_link(after)


# A menu's item without a bullet: one to three words, no figure, no punctuation ('Low Carbon', 'Well-governed').
_MENU_WORDS = re.compile(r"[^\W\d_][\w'’&-]*(?: [^\W\d_][\w'’&-]*){0,2}")


def _link_run(lines: list[str]) -> set[int]:
    """A site's menu without bullets at the page's head: four lines or more in a row (no blank line between), each
    one to three words without a figure or punctuation, before the page's first sentence ('Innovate' 'Low Carbon'
    'Liveable' 'Well-governed'). A run under a label is the label's values; a run with a label or a place in it is a
    fact box's; both stay."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if line and _menu_words(line):
            run.append(i)
            continue
        if len(run) >= 4 and not _in_fact_box(lines, run):
            found |= set(run)
        run = []
        if line and re.search(r"[.!?]$", line) and len(line.split()) >= 8:
            break
    return found


def _in_fact_box(lines: list[str], run: list[int]) -> bool:
    """Whether a run of short lines is a label's values or part of a fact box: a label just above the run (a blank
    line between or not), or a label among the lines the run stands with ('Approach' 'Civil society building' …
    'Spectrum of Public Participation')."""
    above = next((text for text in reversed(lines[: run[0]]) if text), "")
    first, last = run[0], run[-1]
    while first > 0 and lines[first - 1]:
        first -= 1
    while last + 1 < len(lines) and lines[last + 1]:
        last += 1
    block = [above, *lines[first : last + 1]]
    return any(text.rstrip().endswith(":") or _heading(text) is not None for text in block if text)


def _menu_words(line: str) -> bool:
    """One line of a menu without bullets: a few words, no label, no place ('Vienna', 'Malmö' are a list's)."""
    from generator.importer.places import countries_named, read_place  # places reads lines as this module cuts them

    text = line.strip()
    if not _MENU_WORDS.fullmatch(text) or _heading(text) is not None or _country_name(text):
        return False
    return read_place(text)[1] is None and not countries_named([text])


# A site's own address, as its header or footer gives it: a street, a postcode with its town, a telephone number.
_STREET = re.compile(
    r"(?i)(?:[^\W\d_][\w'’.-]*[ -]){0,3}(?:[\w-]*(?:str\.|straße|strasse|gasse|allee|platz)|rue|avenue|boulevard"
    r"|place|quai|chemin|via|viale|piazza|corso|calle|avenida|plaza|paseo|ulica|ul\.|aleja|plac|[\w-]*(?:straat"
    r"|laan|plein|gatan|vägen|katu|gade|vej|veien)|rua|praça|road|street|lane|square)(?!\w)(?:[ ,]+[^\W\d_][\w'’.-]*)"
    r"{0,4}(?:[ ,]+\d{1,4}\s?\w?)?|\d{1,4}\w?,?\s+(?:[^\W\d_][\w'’.-]*\s+){0,3}(?:rue|avenue|boulevard|road"
    r"|street|lane|square|place|quai|chemin|via|calle)\b[^\n]{0,40}"
)
_POSTCODE = re.compile(r"(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ -][A-ZÀ-ÖØ-Þa-z][\w'’.-]*){0,3}")
_TELEPHONE = re.compile(
    r"(?i)(?:tel|tél|phone|telephone|telefon|tfn|puh|tlf|fax|téléphone|teléfono|telefono)\.?"
    r"\s*:?\s*\+?[\d (). /-]{6,}"
)
_WEB_ADDRESS = re.compile(r"(?i)(?:https?://)?www\.[\w.-]+\.[a-z]{2,}/?")


def _site_address(lines: list[str]) -> set[int]:
    """The street, the postcode and town and the telephone of the site's own address at the page's head, before its
    first sentence: a block of lines in a row with a street and a postcode or a telephone, which gives a telephone or
    the site's web address too, or stands under other furniture ('Navigation' / 'ICLEI World Secretariat' /
    'Kaiser-Friedrich-Str. 7' / '53113 Bonn'). The venue of an event, under the page's name, stays; the body's name
    and the country stay too, as the places read them."""
    texts = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    seen = Counter(line for _, line in texts)
    # the head ends at the first sentence; a site's strapline, repeated in its header and footer, does not end it
    end = next((n for n, (_, line) in enumerate(texts) if _sentence_line(line) and seen[line] == 1), 0)
    found: set[int] = set()
    n = 0
    while n < end:
        block = [texts[n]]
        while n + len(block) < end and texts[n + len(block)][0] == block[-1][0] + 1:
            block.append(texts[n + len(block)])
        found |= _address_lines(block, texts[n - 1][1] if n else "")
        n += len(block)
    return found


def _sentence_line(line: str) -> bool:
    return bool(re.search(r"[.!?]$", line)) and len(line.split()) >= 8


def _address_lines(block: list[tuple[int, str]], above: str) -> set[int]:
    """The lines of one block that make a site's address, or none. A person's contact card (an e-mail address, or a
    label such as 'Contact' above or in it) is the practice's, and stays."""
    labels = [_heading(line) for line in [above, *(line for _, line in block)] if line]
    if any(_EMAIL.search(line) for _, line in block) or any(label and label[0] == "contact" for label in labels):
        return set()
    streets = [i for i, line in block if len(line.split()) <= 6 and _STREET.fullmatch(line)]
    postcodes = [i for i, line in block if _POSTCODE.fullmatch(line)]
    phones = [i for i, line in block if _TELEPHONE.fullmatch(line)]
    web = any(_WEB_ADDRESS.fullmatch(line) for _, line in block)
    site = bool(phones) or web or (bool(above) and _furniture(above, set()))
    if streets and (postcodes or phones) and site and len(block) <= 6:
        return {*streets, *postcodes, *phones}
    return set()


def _event_box(lines: list[str]) -> set[int]:
    """A site's calendar box: two events or more, each its date and hour over its name ('14.03.2025 17:00 -
    16.03.2025 20:00' / 'Mexiko v Pasáži - HOT AND SPICY'), and the box's short heading over them ('Kalendář akcí').
    A practice's own dated meeting is one; a box lists several under one another."""
    texts = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    times = [n for n, (_, text) in enumerate(texts) if _EVENT_TIME.fullmatch(text)]
    found: set[int] = set()
    for n in times:
        name = texts[n + 1][1] if n + 1 < len(texts) else ""
        if not name or n + 1 in times or len(name.split()) > 10 or re.search(r"[.!?:]$", name):
            return set()  # a time over a sentence is the practice's own timeline, not a box of events' names
        found |= {texts[n][0], texts[n + 1][0]}
    if len(times) < 2:
        return set()
    head = texts[times[0] - 1] if times[0] else None
    if head and len(head[1].split()) <= 3 and not re.search(r"[.!?:,;]$", head[1]) and _heading(head[1]) is None:
        found.add(head[0])
    return found


def _strapline(lines: list[str], i: int) -> bool:
    """A site's strapline among the page's first eight lines with text, or its motto among the first five (further
    down, it is the practice's own)."""
    line = lines[i].strip()
    return (i <= _first_lines(lines, 8) and bool(_STRAPLINE.fullmatch(line))) or (
        i <= _first_lines(lines, 5) and bool(_MOTTO.fullmatch(line))
    )


_COOKIE = re.compile(
    r"(?i)\b(?:cookies?|kakor|evästeitä|evästeet|informasjonskapsler|ciasteczk\w*|kolačić\w*|piškot\w*|süti\w*)\b"
)
_CONSENT = re.compile(
    r"(?i)\b(?:consent|zustimmung|einwilligung|erlaubnis|consentement|consentimiento|consenso|zgod[aęy]|toestemming"
    r"|samtycke|suostumus|samtykke|souhlas\w*|consentimento|datenschutz\w*|privacy|confidentialité|privacidad"
    r"|prywatności|privacyverklaring|integritetspolicy|tietosuoja\w*|personvern\w*|privatlivspolitik"
    # or a better visit, the other reason such a notice gives: 'bolje korisničko iskustvo', 'user experience'
    r"|user experience|browsing experience|nutzererlebnis|expérience (?:utilisateur|de navigation)"
    r"|experiencia de (?:usuario|navegación)|esperienza (?:utente|di navigazione)|korisničko iskustvo"
    r"|uporabniško izkušnjo|felhasználói élmény\w*|experiența (?:de navigare|utilizatorului)"
    # or the reader's browser settings and the site's cookie policy: 'ustawień Państwa przeglądarki', 'Zobacz
    # politykę cookies', 'paramètres de votre navigateur', 'Browsereinstellungen'
    r"|ustawie\w* (?:\w+ ){0,2}przeglądarki|browser settings|settings of your browser|paramètres de (?:votre )?"
    r"navigateur|browser-?einstellungen|einstellungen (?:ihres|des) browsers|configuración de (?:su|tu) navegador"
    r"|impostazioni del (?:tuo )?browser|browserinstellingen|webbläsarens inställningar|selaimen asetuk\w*"
    r"|nastavení (?:vašeho )?prohlížeče|polityk\w* (?:plików )?cookies?|cookie[- ]?polic(?:y|ies)|politique (?:de |"
    r"relative aux |des )?cookies|política de cookies|cookie-?richtlinien?|cookiebeleid|informativa (?:sui )?cookie)\b"
)


# The notice speaks to the reader about this very site ('Ihre Zustimmung', 'this website', 'notre site').
_TO_READER = re.compile(
    r"(?i)\b(?:you|your|ihre?|vous|votre|usted|tu|voi|tuo|państwa|pan|uw|jouw|du|din|sinun|você|this (?:web)?site"
    r"|diese[rn]? (?:website|webseite|seite)|ce site|este sitio|questo sito|tej stronie|deze (?:website|site)"
    r"|denna webbplats|tämä sivusto|dette nettstedet|denne hjemmeside|tento web|este site|our (?:web)?site"
    r"|unsere[rn]? (?:website|webseite)|notre site|nuestro sitio|nostro sito|naszej stronie|onze website"
    r"|vam|vaše|vaši|ova (?:web )?stranica|ta (?:spletna )?stran|táto stránka|ön|az oldal|acest site)\b"
)


def _cookie_notice(line: str) -> bool:
    """A cookie notice's long paragraph, however long: cookies named twice or more, the reader's consent or the
    site's privacy policy, said to the reader ('Wir verwenden auf dieser Website Cookies, … weshalb wir Ihre
    Zustimmung benötigen.'). A practice about a city's own cookies speaks of the city, not to the reader."""
    cookies = len(_COOKIE.findall(line)) >= 2
    return len(line) <= 2000 and cookies and bool(_CONSENT.search(line) and _TO_READER.search(line))


# A content type alone on a line, as a site writes it over an article's heading, in the site languages.
_CONTENT_TYPE = re.compile(
    r"(?i)press release|news|article|case study|story|interview|opinion|blog post|event|"
    r"communiqué de presse|actualités?|étude de cas|pressemitteilung|presseinformation|nachrichten|meldung|artikel|"
    r"fallstudie|nota de prensa|comunicado de prensa|noticias?|artículo|estudio de caso|comunicato stampa|notizi[ae]|"
    r"articolo|caso studio|informacja prasowa|komunikat prasowy|aktualności|artykuł|studium przypadku"
)


def _type_bullet(lines: list[str], i: int) -> bool:
    """A teaser's type as a bullet of its own over the teaser's name ('• Event' / 'Infoday France&Luxembourg'), as a
    listing of news and events shows it; a bullet among others ('• Survey' '• Interview') is a list's item."""
    bullet = _BULLET.match(lines[i].strip())
    if not bullet or not _CONTENT_TYPE.fullmatch(lines[i].strip()[bullet.end() :].strip()):
        return False
    after = next((line.strip() for line in lines[i + 1 :] if line.strip()), "")
    return bool(after) and not _BULLET.match(after) and len(after.split()) <= 12


def _type_line(lines: list[str], i: int) -> bool:
    """A content type alone on one of the page's first three lines, under a line of the site's ('Publications &
    tools' / 'Press release' / the heading): the lines above it are the site's section, never the practice's title."""
    texts = list(islice((n for n, line in enumerate(lines) if line.strip()), 3))
    return i in texts[1:] and bool(_CONTENT_TYPE.fullmatch(lines[i].strip()))


def _label_under_name(lines: list[str]) -> list[str]:
    """A contact label written under the person's name ('Serena Nesti' 'Contact person'), read as 'label: name'.

    URBACT's good-practice pages show the contact's name over its label, and nothing under the label
    but the share links: the label's value is the name above it, when the label's section is otherwise empty.
    """
    out = list(lines)
    texts = [i for i, line in enumerate(out) if line]
    for n, i in enumerate(texts):
        if n == 0 or _heading(out[i]) != ("contact", None):
            continue
        above, below = texts[n - 1], texts[n + 1] if n + 1 < len(texts) else None
        if not _NAME.fullmatch(out[above]) or _heading(out[above]) is not None:
            continue
        if below is not None and _heading(out[below]) is None:
            continue
        out[above], out[i] = f"{out[i]}: {out[above]}", ""
    return out


# A browser's title line, as a copy from an archive or a reader view keeps it: 'Bottom-Up Integration | Civic Europe'.
# The site's name after the bar is one to four capitalised words (small joining words allowed).
_BROWSER_TITLE = re.compile(
    r"(?P<name>[^|.!?]{3,120}?[^|.!?\s]) \| "
    r"(?P<site>[A-ZÀ-ÖØ-Þ0-9][\w.&'’-]*(?: (?:[a-z]{1,3} )?[A-ZÀ-ÖØ-Þ0-9][\w.&'’-]*){0,3})"
)


def browser_title(line: str) -> str | None:
    """The page's name in a browser's title line ('Name | Site'), without the site's name."""
    found = _BROWSER_TITLE.fullmatch(line.strip())
    if not found or len(found.group("name").split()) > 15 or "|" in found.group("name"):
        return None
    return found.group("name").strip()


def _page_end(lines: list[str], chrome: set[str]) -> set[int]:
    """A site's footer links and an article's tags, after the page's last sentence.

    The footer: two short lines or more (up to five words, no sentence) after a sentence or a label,
    with a logo, a disclaimer or other furniture among or after them ('.eu web awards' 'European Mobility
    Week' 'EU Logo' 'Funded by the European Union. Views …'). A list under a heading ('Partners') is no
    footer. The tags: the page's last line, three to twelve words without any punctuation, each of
    which the page uses above it ('urban poverty Homelessness Paris URBACT FEANTSA').
    """
    texts = [(i, line) for i, line in enumerate(lines) if line]
    furniture = [_furniture(line, chrome) for _, line in texts]
    end = len(texts)
    while end and furniture[end - 1]:
        end -= 1
    found = _tags(texts[:end])
    if found is not None:
        return {found}
    start = len(texts)
    while start and (furniture[start - 1] or _link_line(texts[start - 1][1])):
        start -= 1
    links = [n for n in range(start, len(texts)) if not furniture[n]]
    # furniture among or after the links, not only before them; three lines or more from the first link on
    marked = len(links) >= 2 and any(furniture[links[0] :]) and len(texts) - links[0] >= 3
    before = texts[start - 1][1] if start else ""
    if marked and re.search(r"[.!?:)\"”]$", before):
        return {texts[n][0] for n in links}
    return set()


def _link_line(line: str) -> bool:
    """A footer's link: up to five words, no sentence, no field."""
    return len(line.split()) <= 5 and not re.search(r"[.!?:;,]$", line) and _heading(line) is None


def _tags(texts: list[tuple[int, str]]) -> int | None:
    """The index of the page's last line when it is a run of the page's own words without punctuation: its tags."""
    if len(texts) < 3 or not re.search(r"[.!?\"”]$", texts[-2][1]):
        return None  # tags follow the article's last sentence; a line under a label is its value
    i, line = texts[-1]
    words = line.casefold().split()
    if not 3 <= len(words) <= 12 or re.search(r"[.,;:!?()\"“”«»]", line) or _heading(line) is not None:
        return None
    above = set(re.findall(r"[\w'’-]+", " ".join(t for _, t in texts[:-1]).casefold()))
    return i if all(word in above for word in words) else None


def _first_lines(lines: list[str], count: int = 3) -> int:
    """The index of the page's last line among its first `count` lines with text: where a browser title stands."""
    texts = list(islice((i for i, line in enumerate(lines) if line), count))  # stops at the count: pages are long
    return texts[-1] if texts else -1


def is_furniture(line: str) -> bool:
    """Whether one line is page furniture by its own words, wherever it stands: skip links, cookie and privacy
    banners, site straplines and mottos, credits, download lines, prize and edition lines, read-on links, the
    labels.yml chrome and navigation lines. The furniture that only its place tells (a menu's run, a footer, a
    breadcrumb's steps, a motto below the page's head) is drop_boilerplate's alone."""
    text = line.strip()
    if not text or len(text) > 2000:
        return False
    known = layouts.navigation() | layouts.chrome()
    return _furniture_line(text, known) or is_site_strapline(text)


def is_skip_link(line: str) -> bool:
    """Whether a line is a site's skip links, one or several run together: 'Skip to main content', 'Zum Inhalt
    (Access key c)Zur Hauptnavigation', 'Ga naar de inhoud', 'Skip Ribbon Commands'."""
    text = line.strip()
    return bool(text) and any(p.fullmatch(text) for p in (_SKIP_LINKS, _SKIP_RIBBON))


def is_site_strapline(line: str) -> bool:
    """Whether a line is what a site says of itself over every page: 'We are a cross-party network, …', 'Wir
    schaffen Heimat.' (at the page's head it is furniture; deep in the text the same words may be the practice's)."""
    text = line.strip()
    return bool(_STRAPLINE.fullmatch(text) or _MOTTO.fullmatch(text))


def is_label(line: str) -> bool:
    """Whether a line is a section's label as some platform writes it, alone or before its value ('Start Date:
    2015'): the page's structure, which every page of a site repeats and which must never be taken for furniture."""
    return _heading(line.strip()) is not None


def _furniture_line(line: str, known: set[str]) -> bool:
    """Whether a line is furniture wherever it stands: a short line by its words or as a known menu or chrome line,
    a portal's paragraph about itself, a cookie notice of any length. drop_boilerplate and is_furniture both ask it."""
    short = bool(line) and len(line) < 300 and _furniture(line, known)
    return short or bool(_PORTAL_ITSELF.fullmatch(line)) or _cookie_notice(line)


def _furniture(line: str, known: set[str]) -> bool:
    """Whether a line is one of the `known` whole lines (chrome, navigation) or furniture by its words."""
    return squeezed(line) in known or _furniture_words(line)


@lru_cache(maxsize=4096)
def _furniture_words(line: str) -> bool:
    """Whether a line is furniture by its words or shape alone; kept per line, since drop_boilerplate and _page_end
    both ask it of every line, and a long page has hundreds of patterns to try on each."""
    bare = _BULLET.sub("", line).strip()  # a menu's item keeps its bullet: '• Schedule a demo'
    matched = any(p.fullmatch(line) or (bare and p.fullmatch(bare)) for p in _FURNITURE_PATTERNS)
    return matched or language_line(line) or _glued_badges(line) or _calendar_row(line) or _language_switch(line)


# The status words a record's badges show, in the site languages ('Certificato', 'Finanziato', 'Completed').
_STATUS_WORDS = frozenset(
    re.split(
        r"\s+",
        "certificato finanziato concluso avviato certified funded completed finished ongoing closed active "
        "zertifiziert gefördert abgeschlossen laufend beendet certifié financé terminé achevé certificado financiado "
        "finalizado concluido terminado certyfikowany finansowany zakończony zrealizowany",
    )
)


def _glued_badges(line: str) -> bool:
    """Two status badges or more run together by the copy: 'CertificatoFinanziato', 'FundedCompleted'."""
    parts = re.findall(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+", line)
    return len(parts) >= 2 and "".join(parts) == line and all(part.casefold() in _STATUS_WORDS for part in parts)


# A picture's source line: 'Quelle: Hauke Klünder', 'Foto: …', 'Source: …'; the short line above it is its caption.
_CREDIT = re.compile(
    r"(?i)(?:bildquelle|quelle|source|fuente|fonte|źródło|fot\.|zdjęcie|photo|foto|bild|image|credits?)\s*[:©]\s*"
    r"[^.!?\d]{1,60}"
)


def _caption_above(kept: list[str], line: str) -> bool:
    """The line before a picture's source line is the picture's caption when it is a few words and no sentence
    ('Seminarraum mit Teilnehmern' / 'Quelle: Hauke Klünder'), or up to twelve in lower case, as an alt text is
    written ('tre personer som strekker seg mot nordlyset' / 'Foto: Colourbox'); a heading or a field label is not."""
    if not ((_CREDIT.fullmatch(line) or _AUTO_ALT.fullmatch(line)) and kept and kept[-1]):
        return False
    last = kept[-1]
    words = 12 if last[:1].islower() else 6  # a picture's alt text, in lower case, says more than a caption
    return len(last.split()) <= words and not re.search(r"[.!?:;]$", last) and _heading(last) is None


# A picture's caption of a sentence or a few, with its credit at the end: '… workshops on the pilots of Project
# VISIBLE. Source: Oslo Climate Agency', '… beim Spatenstich. Foto: Stadt Ulm'.
_CREDITED = re.compile(
    r"(?i)(?P<text>[^\n]{20,400}?[.!?])\s+(?:source|photo(?: credit)?|credits?|crédits?(?: photo)?|quelle"
    r"|bildquelle|foto|fuente|fonte|źródło|fot\.|kuva|bild)\s*:\s*[^.!?\d:\n]{2,60}"
)


def _credited_caption(line: str) -> bool:
    """A few sentences that end with a picture's credit, no figure in them but a year: a caption, not the text. A
    table's source under figures ('Unemployment fell to 8%. Source: Eurostat') is evidence and stays."""
    found = _CREDITED.fullmatch(line.strip())
    if not found:
        return False
    text = re.sub(r"\b(?:19|20)\d{2}\b", "", found["text"])
    return not re.search(r"[\d%€$£]", text) and len(sentences(found["text"])) <= 3


def _picture_caption(kept: list[str], line: str) -> bool:
    """A credited caption without a year ('Der Bürgermeister beim Spatenstich. Foto: Stadt Ulm'); with a year only
    under its picture's alt text, since 'The garden opened in 2019. Photo: City of Ghent' alone may be the start."""
    if not _credited_caption(line):
        return False
    return not re.search(r"\b(?:19|20)\d{2}\b", line) or _alt_over_caption(kept, line)


def _alt_over_caption(kept: list[str], line: str) -> bool:
    """The sentence just over a credited caption, no blank line between, is the picture's alt text ('In
    high-visibility vests …, a group of city officials … smile at the camera …' / '… Source: Oslo Climate Agency')."""
    last = kept[-1].strip() if kept else ""
    if not (last and _credited_caption(line)) or len(last) > 300 or re.search(r"\d", last):
        return False
    return len(sentences(last)) == 1 and _heading(last) is None and not last.endswith(":")


# The EU's co-funding named over a project's page, in the site languages and others: 'reg.č. CZ.03.4.74/… je
# spolufinancován z EU', 'Co-funded by the European Union', 'Współfinansowany ze środków Unii Europejskiej'.
_EU_COFUNDED = re.compile(
    r"(?i)\b(?:(?:co-?|part-?)?(?:financed|funded)|supported) by the (?:european union|eu)\b|cofinancé par l['’]union"
    r" européenne|(?:kofinanziert|gefördert|finanziert) (?:von der|durch die) (?:europäischen? union|eu)\b"
    r"|cofinanciado por la unión europea|cofinanziato dall['’]unione europea|współfinansowan\w* (?:ze środków|przez)"
    r" uni[ię] europejsk\w*|spolufinancován\w* (?:z eu|evropskou unií|z prostředků evropské unie)\b"
    r"|spolufinancovan\w* (?:z eu|európskou úniou)\b|medegefinancierd door de europese unie"
    r"|cofinanciado pela união europeia|medfinansierad\w* av europeiska unionen|euroopan unionin osarahoittama"
)


def _eu_cofunding(lines: list[str], i: int) -> bool:
    """A line at the page's head, over its first sentence, that names the EU's co-funding and no amount: the site's
    notice over every page. Under a sentence ('The city pays for …' / 'Funded by the European Union') or with an
    amount ('… with EUR 1.2 million') it may be the practice's own money, and stays."""
    line = lines[i].strip()
    if i > _first_lines(lines, 5) or len(line) > 250 or not _EU_COFUNDED.search(line):
        return False
    said = any(re.search(r"[.!?]$", above.strip()) and len(above.split()) >= 4 for above in lines[:i])
    return not find_money(line) and not said


def _notice_start(lines: list[str], i: int) -> bool:
    """The line over such a notice that runs into it, ending with a comma: 'Projekt "Vzdělávání zástupců …",'."""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    return lines[i].rstrip().endswith(",") and bool(nxt) and _eu_cofunding(lines, i + 1)


def _outline(line: str) -> bool:
    """A form's hint of what to write, its points joined by dashes and no sentence: 'Ausgangssituation - Anlass -
    Konzeption, Ziele und Zielgruppen - Vorgehen und Umsetzung'. A partner 'City - Country' has two parts."""
    parts = re.split(r"\s[-–]\s", line.strip())
    return len(parts) >= 4 and not re.search(r"[.!?:]$", line) and all(1 <= len(part.split()) <= 8 for part in parts)


# The label of a page's language switch or language field: 'Language English', 'Sprache: Deutsch'.
_LANGUAGE = re.compile(r"(?i)(?:languages?|langues?|sprachen?|idiomas?|lingua|lingue|język|taal|kieli|keel):?\s+(.+)")
# Locales whose language names a page's language line is written in.
_NAMING_LOCALES = ("en", "fr", "de", "es", "it", "pl", "pt", "nl", "fi", "et", "sv", "da")


# A language label left empty: 'Original Language:', 'Langue originale :', 'Originalsprache:', 'Język oryginału:'.
_LANGUAGE_LABEL = re.compile(
    r"(?i)(?:(?:original|source|page|site) )?(?:languages?|langues?(?: originale| d['’]origine)?|(?:original)?sprachen?"
    r"|idiomas?(?: original)?|lingua(?: originale)?|lingue|język(?: oryginału)?)\s*:"
)
# A language switcher's item, a language's name with its code: 'English (EN)', 'Deutsch (DE)'.
_NAMED_CODE = re.compile(r"(.+?)\s*\(([A-Za-z]{2})\)")


def language_line(line: str) -> bool:
    """A line naming the page's language(s) after its label, never a fact of the practice: 'Language English'.

    So is a language label left empty, and a language switcher's line of names with their codes ('English (EN)').
    """
    found = _LANGUAGE.fullmatch(line.strip())
    names = re.split(r"\s*[,/|]\s*", found.group(1).strip()) if found else []
    if names and all(name.casefold() in _language_names() for name in names):
        return True
    if _LANGUAGE_LABEL.fullmatch(line.strip()):
        return True
    coded = [_NAMED_CODE.fullmatch(item) for item in re.split(r"\s*[,/|]\s*", line.strip())]
    return all(c and c.group(1).casefold() in _language_names() for c in coded)


@cache
def _language_names() -> frozenset[str]:
    """Language names, case-folded, as Babel gives them in the naming locales and in each language itself."""
    names = {name.casefold() for code in _NAMING_LOCALES for name in babel.Locale(code).languages.values()}
    names |= {(babel.Locale(code).get_display_name(code) or "").casefold() for code in _NAMING_LOCALES}
    return frozenset(names)


@cache
def _weekday_names() -> frozenset[str]:
    """Weekdays' short and one-letter names, case-folded, in the languages a page may be written in."""
    names: set[str] = set()
    for code in (*_NAMING_LOCALES, "it", "no", "cs"):
        days = babel.Locale.parse(code).days
        for width in ("abbreviated", "short", "narrow"):
            for context in ("format", "stand-alone"):
                names |= {str(day).casefold().rstrip(".") for day in days[context][width].values()}
    return frozenset(names)


def _calendar_row(line: str) -> bool:
    """A calendar widget's row, as city portals show it: its weekdays ('Ma Di Wo Do Vr Za Zo', 'L M M J V S D') or a
    week of its day numbers ('8 9 10 11 12 13 14'), five or more days that follow one another."""
    days = [day.casefold().rstrip(".") for day in line.split()]
    if len(days) < 5 or len(line) > 60:
        return False
    if all(day.isdigit() for day in days):
        numbers = [int(day) for day in days]
        return numbers[-1] <= 31 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    return all(day in _weekday_names() for day in days)


_CODED_NAME = re.compile(r"([A-Za-z]{2})\s+([^\W\d_]+(?:\s[^\W\d_]+)?)")


def _language_switch(line: str) -> bool:
    """A language switcher's items, each a language's code and its own name: 'fr Français', 'EN English de Deutsch'."""
    items = re.split(r"\s*[|/•·]\s*|\s+(?=[A-Za-z]{2}\s)", line.strip())
    coded = [_CODED_NAME.fullmatch(item) for item in items if item]
    return bool(coded) and all(c is not None and _names_itself(c.group(1), c.group(2)) for c in coded)


# Codes in one case, maybe between bars, slashes, dots or dashes: 'EN PT', 'DE | EN | FR', 'fr / nl / en', 'EN - ES'.
_CODES = re.compile(r"(?:[A-Z]{2}|[a-z]{2})(?:(?:\s*[|/•·–-]\s*|\s+)(?:[A-Z]{2}|[a-z]{2})){1,23}")


def code_row(line: str) -> bool:
    """A language switcher's codes alone, as the page's head shows them: 'EN PT', 'FR | EN | DE', 'fr / nl / en'.

    Each a language Babel knows, none twice ('XX QQ', 'EN EN', 'Eu Ok' are none). The furniture takes one only
    among the page's first lines, since further down a row of codes may name the partners' countries.
    """
    if not _CODES.fullmatch(line.strip()):
        return False
    codes = [code.casefold() for code in re.findall(r"[A-Za-z]{2}", line)]
    return len(set(codes)) == len(codes) and all(_is_language(code) for code in codes)


@cache
def _is_language(code: str) -> bool:
    """Whether Babel knows `code` as a language of its own."""
    try:
        return babel.Locale.parse(code).language == code
    except (ValueError, babel.UnknownLocaleError):
        return False


def _names_itself(code: str, name: str) -> bool:
    """Whether `name` is the language of `code`, in that language or in English."""
    try:
        locale = babel.Locale.parse(code.casefold())
    except (ValueError, babel.UnknownLocaleError):
        return False
    own = {(locale.get_display_name(locale) or "").casefold(), (locale.get_language_name("en") or "").casefold()}
    return name.casefold() in own


def strip_reader_marks(line: str, report: Report) -> str:
    """A line without the screen reader's markers a copy keeps inside sentences ('Begin link: …, einde link.',
    '(opens in a new window)'); each marker goes to the report's furniture, the sentence stays."""
    marks = [m.group(0) for m in _READER_MARK.finditer(line)]
    if not marks:
        return line
    report.boilerplate += [mark.strip(" ,") for mark in marks]
    kept = _READER_MARK.sub("", line).strip()
    return kept + "." if marks[-1].rstrip().endswith(".") and kept and kept[-1] not in ".!?" else kept


def _menu_item(line: str) -> bool:
    """A bullet of at most three words, or a breadcrumb's '>': an item of a site's menu.

    A place with its country ('• Antwerp - Belgium', '• Malmö, Sweden') is a partner of a list, not a menu's item.
    """
    bullet = _BULLET.match(line)
    if bullet is None or len(line[bullet.end() :].split()) > 3:
        return False
    place = re.fullmatch(r".+?\s*[-–/,]\s*(.+)", line[bullet.end() :].strip())
    return not (place and _country_name(place.group(1)))


@cache
def _country_names() -> dict[str, str]:
    from generator import validate

    return country_names(validate.countries())


def _country_name(text: str) -> bool:
    return text.casefold() in _country_names()


def _menus(lines: list[str]) -> set[int]:
    """The lines of the menus a page shows before its first sentence: four or more bullets of a few words each.

    A breadcrumb ends with the page's title ('• Home • > • Blog • > • 24,450 citizens take part ...');
    that last item is the menu's too when the page repeats it on the next line.
    """
    found: set[int] = set()
    texts = [(i, line) for i, line in enumerate(lines) if line]
    run: list[int] = []
    for n, (i, line) in enumerate(texts + [(len(lines), "")]):
        if line and _menu_item(line):
            run.append(i)
            continue
        bullet = _BULLET.match(line) if line else None
        repeated = bullet is not None and n + 1 < len(texts) and texts[n + 1][1] == line[bullet.end() :].strip()
        if len(run) >= 4:
            found |= set(run) | ({i} if repeated else set())
        run = []
        if line and re.search(r"[.!?]$", line) and len(line.split()) >= 8:
            break
    return found


def _top_menu(lines: list[str], menus: set[int]) -> set[int]:
    """The first run of menu lines, when it stands before any line of text (eight words or more): the site's menu.

    Headings above it are the site's; a menu repeated below the article's title, or a list of countries
    under the text, marks nothing.
    """
    run: set[int] = set()
    for i, line in enumerate(lines):
        if i in menus:
            run.add(i)
        elif line and (run or len(line.split()) >= 8):
            break
    return run


# A person's role as a field label: 'Project manager', 'Contact person', 'Coordinator'.
_ROLE_LABEL = re.compile(
    r"(?i)(?:project |programme |program )?(?:manager|coordinator|co-ordinator|lead|leader)|contact person|"
    r"author|responsible person"
)


def _empty_roles(lines: list[str]) -> set[int]:
    """A role label whose value the copy lost (a picture or a link): alone, then a blank line and a sentence.

    e-Governance Academy pages write 'Project manager' over a portrait; the copied text keeps only the label.
    """
    found = set()
    for i, line in enumerate(lines):
        if not _ROLE_LABEL.fullmatch(line) or (i + 1 < len(lines) and lines[i + 1]):
            continue
        after = next((later for later in lines[i + 1 :] if later), "")
        if not after or (re.search(r"[.!?]$", after) and len(after.split()) >= 8):
            found.add(i)
    return found


_FILTER = re.compile(
    r"(?i)(?:(filter|refine)( your| the)?( results)?( by)?|filtrer par|filtern nach|filtrar por|filtra per"
    r"|filtruj według)\s*:?( \(\d+\))?"
)

# A filter label that names the value chosen after it: 'Filter by', 'Filtrer par', 'Filtern nach'.
_CHOSEN = re.compile(r"(?i)\b(?:by|par|nach|por|per|według)\b")


def _filter_panel(lines: list[str], chrome: set[str]) -> set[int]:
    """A listing's filter panel: after 'Filter by:', the filters' names, each followed by another, and its counter.

    The names are short lines without a sentence ('Countries', 'Level of government'); the panel
    ends at the first line followed by something else: an entry's title over its summary stays.
    A name followed by the site's fixed chrome (OPSI's map disclaimer) is the panel's last.
    """
    found: set[int] = set()
    texts = [(i, line) for i, line in enumerate(lines) if line]
    for n, (_, line) in enumerate(texts):
        if not _FILTER.fullmatch(line):
            continue
        if _CHOSEN.search(line) and n + 1 < len(texts) and _filter_name(texts[n + 1][1]):
            found.add(texts[n + 1][0])  # 'Filter by' 'Energy democracy': the value the listing is filtered by
        for m in range(n + 1, len(texts) - 1):
            here, after = texts[m][1], texts[m + 1][1]
            if here.endswith(":") and after.isdigit():  # the panel's counter: 'Innovations:' '0'
                found |= {texts[m][0], texts[m + 1][0]}
                break
            last = squeezed(after) in chrome
            if not (_filter_name(here) and (_filter_name(after) or after.endswith(":") or last)):
                # the panel's last name, set off from the results by a wider gap than between its names
                gap, before = texts[m + 1][0] - texts[m][0], texts[m][0] - texts[m - 1][0]
                if _filter_name(here) and m - n >= 3 and gap > before >= 2:
                    found.add(texts[m][0])
                break
            found.add(texts[m][0])
            if last:
                break
    return found


def _filter_name(line: str) -> bool:
    return len(line.split()) <= 6 and not re.search(r"[.!?,;:\d]", line) and line[:1].isupper()


def _norm(heading: str) -> str:
    return squeezed(heading).rstrip(":?").strip()


# A name, summary, description or contact label with what it is of, in the site languages: 'Titel des
# Wettbewerbsbeitrags', 'Title of the project', 'Titre du projet', 'Descripción del proyecto', 'Referente del
# progetto'. One to three words after the linking word; a longer line is a sentence, not a label.
_OF = re.compile(
    r"(?P<label>[^\W\d][\w/ -]{1,38}?)\s+(?:of the|of|des|der|du|de la|de l['’]|des|de|del|de los|de las|della|"
    r"dello|dell['’]|degli|dei|di|van de|van het|van)\s*(?P<what>[^\W\d][\w'’-]*(?:\s[\w'’-]+){0,2})"
)
_QUALIFIED = {"title", "summary", "description", "contact"}
# What a start or end field dates, in the site languages: the practice itself, never anything else ('End of the road').
_DATED_THING = re.compile(
    r"(?P<label>.+?)\s+(?:(?:of the|of|des|der|du|de la|de|del|de los|della|dello|dell['’]|di|dei|degli)\s*)?"
    r"(?:project|practice|process|initiative|measure|programme|program|action|activities|"
    r"projekts?|projektes|vorhabens|prozesses|maßnahme|initiative|projet|pratique|processus|mesure|action|"
    r"proyecto|práctica|proceso|iniciativa|medida|progetto|processo|pratica|iniziativa|misura|percorso|attività|"
    r"projektu|praktyki|procesu|inicjatywy|działania|przedsięwzięcia)$"
)


def _key(label: str) -> str | None:
    """The section key of a label ('Kurzfassung', 'Kurzfassung des Projekts'), or None."""
    norm = _norm(label)
    if norm in _INDEX:
        return _INDEX[norm]
    found = _OF.fullmatch(norm)
    key = _INDEX.get(found.group("label")) if found else None
    dated = _DATED_THING.fullmatch(norm)
    if dated and _INDEX.get(dated.group("label")) in ("start", "end"):
        return _INDEX[dated.group("label")]  # 'Data inizio del processo', 'Date de début du projet'
    return key if key in _QUALIFIED else None


def _heading(line: str) -> tuple[str, str | None] | None:
    """The section key of a heading line, and the value written after its colon, if any."""
    if not line:
        return None
    if len(line) <= 300 and (key := _key(line)):
        return key, None
    # a long value is still the field's: 'Description: <a paragraph>'; a bullet before it is the list's: '• Promotor: …'
    head, colon, rest = _BULLET.sub("", line).partition(":")

    if colon and rest.strip() and len(head) <= 60 and (key := _key(head)):
        return key, rest.strip()
    return _dated_label(line)


# A date field's label and its date run together by a space: 'Starting year 2005', 'Data rozpoczęcia 03/2019'.
_LABEL_THEN_DATE = re.compile(
    r"(.{4,40}?)\s+(\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,2}[./-]\d{4}|\d{4}-\d{2}(?:-\d{2})?)"
)


def _dated_label(line: str) -> tuple[str, str | None] | None:
    """A start or end field written without its colon, when all that follows the label reads as a date."""
    found = _LABEL_THEN_DATE.fullmatch(line.strip())
    key = _key(found.group(1)) if found else None
    if found is None or key not in ("start", "end") or read_date(found.group(2))[0] is None:
        return None
    return key, found.group(2)


def split(lines: list[str], report: Report) -> tuple[list[str], list[Section]]:
    """The lines before the first heading, and the sections; a repeated heading continues its section."""
    preamble: list[str] = []
    sections: dict[str, Section] = {}
    current = text = None  # the section lines go to, and the last section of running text
    for i, line in enumerate(lines):
        found = _heading(line)
        if found and _BULLET.match(line) and current is not None and current is text:
            found = None  # '• Objective: …' in running text is an item of its list, not a field of the page
        if found is None and current is not None and current is not text and _form_label(line) and current.lines:
            found = ("aside", None)  # a form's next label ends the field above it: 'Einreichende Dienststelle:'
        ends = current is not None and (_ends_at_blank(current) or _timeline_ends(current, lines[i + 1 :]))
        if found is None and not line and current is not None and ends and _texts(current.lines):
            current = text  # a data field's value ends at the blank line; the text goes on where it was
        if found is None:
            (current.lines if current else preamble).append(line)
            continue
        key, value = found
        if key == "country" and value is None and _not_a_country(lines[i + 1 :]):
            report.boilerplate.append(line)
            report.notes.append(f"the label '{line}' has no country under it (its value was lost in the copy)")
            continue  # an empty label: the lines under it go on where they were
        heading = line.partition(":")[0] if value is not None else line
        report.headings.append(heading)
        if key == "group" or _over_fields(key, value, lines[i + 1 :]):
            if value is not None:
                (current.lines if current else preamble).append(value)
            continue
        if key == "aside":  # each aside label is its own section, so its lines keep their own label
            key = f"aside:{_norm(heading)}"
        section = sections.setdefault(key, Section(key, heading.rstrip(":").strip()))
        if section.lines:
            section.lines.append("")
        if value is not None:
            section.lines.append(value)
        if value is None or key in _PROSE or key.startswith("label:"):
            current = section
        if key in _PROSE or key.startswith("label:"):
            text = section
    return preamble, list(sections.values())


# A form's label alone on its line, its value under it: 'Einreichende Dienststelle: ', 'Typ:' (one to five words).
_FORM_LABEL = re.compile(r"[^\W\d_][\w/().*'’-]*(?: [\w/().*'’-]+){0,4}\s*:")


def _form_label(line: str) -> bool:
    return bool(_FORM_LABEL.fullmatch(line.strip()))


def _not_a_country(after: list[str]) -> bool:
    """True when the line under a country label is text but no place with a country: the label's value was lost."""
    from generator.importer.places import read_place  # places reads lines as this module cuts them

    following = next((line for line in after if line), "")
    return bool(following) and _heading(following) is None and read_place(following)[1] is None


def _timeline_ends(section: Section, after: list[str]) -> bool:
    """A timeline ends at a blank line that no other milestone follows: the text after it goes on where it was."""
    following = next((line for line in after if line), "")
    return section.key == "timeline" and not re.match(r"\s*(?:\d{1,2}[./-])*\d{4}\b", following)


def _ends_at_blank(section: Section) -> bool:
    """A field that holds the lines up to a blank one, and the text after it goes on where it was.

    A data sidebar's field ('Scope of Influence', 'Total Number of Participants'), and a money field
    given on two lines whose value is a short figure ('Budget' '6000 €'): the page's running text
    after it is not a resource. A money section that begins with a sentence is running text itself.
    """
    if section.key.startswith("aside") or section.key == "figure":
        return True
    if section.key not in ("resources", "costs"):  # before reading the section's lines: long sections are many
        return False
    texts = _texts(section.lines)
    short = all(len(t.split()) <= 6 and t[-1:] not in ".!?" for t in texts)
    return short and any(find_money(t) for t in texts)


def _over_fields(key: str, value: str | None, after: list[str]) -> bool:
    """A heading standing alone over two or more 'Label: value' fields, not all of its own kind, is their group heading.

    Kohesio writes 'funding' over 'Fund: …' and 'Total budget: …': the word is a heading of the
    page's grid, and the text after the grid is not funding.
    """
    if value is not None:
        return False
    found = [_heading(line) for line in islice(filter(None, after), 2)]  # not the whole rest: headings are many
    fields = [f for f in found if f is not None and f[1] is not None]
    if len(found) < 2 or len(fields) < len(found):
        return False
    return any(f[0] != key for f in fields)


def layout(lines: list[str], report: Report) -> tuple[str, str]:
    """The platform whose labels the page uses most, and how sure that is, in words for the report."""
    headings = {_norm(h) for h in report.headings}
    text = "\n".join(lines).casefold()
    scores = {
        name: len(own & headings) + 2 * sum(m in text for m in marks)
        for name, (own, marks) in layouts.layouts().items()
    }
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    (best, score), (_, second) = ranked[0], ranked[1]
    if not score:
        return "unknown", "no platform's labels found"
    sure = "sure" if score >= 3 and score >= 2 * second else "likely" if score > second else "unsure"
    return best, f"{sure}: {tally(score, 'point')} from its labels and name, next best {second}"


def _texts(lines: list[str]) -> list[str]:
    return [line for line in lines if line]


def _line(lines: list[str]) -> str:
    return " ".join(_texts(lines))


def _markdown(lines: list[str]) -> str:
    """Each line of the page a paragraph, and bullets a Markdown list, as the page showed them."""
    out: list[str] = []
    for line in _texts(lines):
        bullet = _BULLET.match(line)
        item = "- " + line[bullet.end() :] if bullet and line[bullet.end() :] else None
        if item and out and out[-1].startswith("- ") and out[-1] != "":
            out[-1] += "\n" + item
        else:
            out.append(item or line)
    return "\n\n".join(out)


def sentences(line: str) -> list[str]:
    """A line split into its sentences."""
    return [s for s in _SENTENCE_END.split(line) if s.strip()]
