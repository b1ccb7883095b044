"""French rules for other facts: the ASEAN chair, themes, counts, documents cited.

Patterns run on the original text (case matters: proper names start with a capital).
Placeholders: {COUNTRY} any country name, adjective or demonym of this language (see
knowledge/data/countries.yaml), {YEAR} a four-digit year. Named groups:
  CHAIR      `c` the country (absent: the nearest country before it in the sentence, for
             "sa présidence", "qu'il a pris la présidence"), `y` the year if written.
  THEME      `v` the quoted theme.
  COUNT      built by the engine from APPROX, NUMBER_WORDS, COLLECTIVE, MODIFIERS and NOUNS.
  DOCUMENTS  `name` the document's name (the span), `year` its year if written.
Well-known documents are data (knowledge/data/documents.yaml); these patterns find the others.
"""

from __future__ import annotations

LANG = "fr"

_ASEAN = r"(?:l['’] ?ASEAN|l['’] ?Asean|l['’]Association des nations de l['’]Asie du Sud-Est)"
_PRES = r"(?:[Pp]résidence (?:tournante |annuelle )?de " + _ASEAN + r")"
_YEAR_AFTER = r"(?:,? ?(?:en |pour |de |pour l['’]année |au titre de )?(?P<y>{YEAR})\b)?"

# Chair patterns only run near these words (a cheap scan first: the country alternation is long).
CHAIR_CUE = r"[Pp]résiden(?:ce\b|te? (?:en exercice )?de l)"
CHAIR: list[str] = [
    # "l'Indonésie, qui assure la présidence de l'ASEAN en 2023", "le Laos assumait en 2024, pour la
    # troisième fois de son histoire, la présidence de l'ASEAN"
    r"\b(?P<c>{COUNTRY}),? (?:qui )?(?:assure|assurera|assurait|a assuré|assume|assumera|assumait|a assumé|"
    r"exerce|exercera|exerçait|occupe|occupera|occupait|prend|prendra|prenait|a pris|reprend|reprendra|"
    r"succède[^.;]{0,40}? à la tête de)(?: [^.;]{0,70}?)? (?:la )?" + _PRES + _YEAR_AFTER,
    # "la présidence de l'ASEAN du Laos", "présidence de l'ASEAN 2025 de la Malaisie"
    _PRES
    + r"(?: (?P<y>{YEAR}))? (?:du |de la |de l['’]|des |d['’])(?P<c>{COUNTRY})\b"
    + r"(?: en (?P<y2>{YEAR}))?",
    # "la présidence laotienne (de l'ASEAN) en 2024", "présidence malaisienne de l'ASEAN 2025"
    r"\b[Pp]résidence (?P<c>{COUNTRY})(?: de " + _ASEAN + r")?" + _YEAR_AFTER,
    # "le Laos, pays président de l'ASEAN en 2024", "la Malaisie, présidente de l'ASEAN 2025"
    r"\b(?P<c>{COUNTRY}),? (?:en tant que |en sa qualité de |comme )?(?:pays )?(?:président|présidente|"
    r"président en exercice|présidente en exercice) de " + _ASEAN + _YEAR_AFTER,
    # "félicité le Laos pour sa présidence de l'ASEAN en 2024", "l'Année de sa présidence de l'ASEAN 2024"
    r"\b(?:sa|son) (?:[Aa]nnée de )?(?:[Pp]résidence|mandat de président) (?:tournante )?de "
    + _ASEAN
    + _YEAR_AFTER,
    # "le Vietnam depuis qu'il a pris, le 1er janvier, la présidence de l'ASEAN"
    r"\b(?:qu['’]il|qu['’]elle|il|elle) (?:a|avait|aura|assure|assume|prend|prendra|assurera|assumera)"
    r"(?: pris| assuré| assumé)?(?:, [^,.;]{1,40},)? la " + _PRES + _YEAR_AFTER,
]

CHAIR_EXAMPLES: dict[str, tuple[str, int | None]] = {
    "Ils ont félicité le Laos pour sa présidence de l'ASEAN en 2024.": ("LA", 2024),
    "l'Indonésie, qui assure la présidence de l'ASEAN en 2023, a présenté ses priorités.": ("ID", 2023),
    "Le Laos assumait en 2024, pour la troisième fois, la présidence de l'ASEAN.": ("LA", 2024),
    "de soutenir le Laos au cours de l'Année de sa présidence de l’ASEAN 2024": ("LA", 2024),
    "les activités organisées par le Vietnam depuis qu'il a pris, le 1er janvier, la présidence de l'ASEAN": (
        "VN",
        None,  # the article's year
    ),
    "les neuf priorités de la présidence malaisienne de l'ASEAN en 2025": ("MY", 2025),
    "Le Vietnam soutient la présidence de l'ASEAN de la Malaisie en 2025.": ("MY", 2025),
    "Les Philippines, pays président de l'ASEAN en 2026, accueilleront le sommet.": ("PH", 2026),
}

# A quoted theme after the word "thème": « ... », "...", “...”.
THEME: list[str] = [
    r"\b(?:[Tt]hème|[Tt]hématique|[Dd]evise)\b(?:[^«\"“.\n]{0,60}?)(?:«|\"|“)\s*(?P<v>[^»\"”\n]{3,200}?)\s*(?:»|\"|”)",
]
THEME_EXAMPLES: dict[str, str] = {
    "sous le thème « ASEAN : Promouvoir la connectivité et l'autonomie », les orientations": (
        "ASEAN : Promouvoir la connectivité et l'autonomie"
    ),
    "la présidence laotienne, placée sous le thème « ASEAN : Renforcer la connectivité et la résilience ».": (
        "ASEAN : Renforcer la connectivité et la résilience"
    ),
    "Le thème de l'Année de l'ASEAN 2020 est « ASEAN cohésive et réactive ».": "ASEAN cohésive et réactive",
    'Le sommet a pour thème "Inclusivité et durabilité".': "Inclusivité et durabilité",
}

# Counts: [approximation] number [modifier] noun.
APPROX = (
    r"(?:[Pp]rès de|[Ee]nviron|[Pp]lus de|[Qq]uelque|[Pp]as moins de|[Aa]u moins|[Jj]usqu['’]à|[Pp]resque|"
    r"[Aa]u total|[Mm]oins de|[Aa]pproximativement)"
)
NUMBER_WORDS: dict[str, int] = {
    "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15,
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "deux cents": 200,
    "trois cents": 300, "mille": 1000,
}  # fmt: skip
# "une trentaine de", "des centaines de": the head word -> its value (None: no single number)
COLLECTIVE = r"(?:[Uu]ne |[Dd]es |[Pp]lusieurs )(?P<coll>[a-z]+aines?|milliers?) d(?:e |['’])"
COLLECTIVE_VALUES: dict[str, int | None] = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "dizaines": None, "centaines": None,
    "milliers": None, "millier": 1000,
}  # fmt: skip
MODIFIERS = r"(?:hauts?|hautes?|grands?|grandes?|nouveaux|nouvelles|principaux|principales|importants?)"
NOUNS = (
    r"(?:représentants|délégués|participants|délégations|dirigeants|ministres|responsables|invités|"
    r"observateurs|fonctionnaires|experts|documents|textes|accords|déclarations|mémorandums|protocoles|"
    r"engagements|initiatives|activités|réunions|événements|évènements|sessions|conférences|rencontres|"
    r"projets|décisions|propositions|recommandations)"
)
COUNT_EXAMPLES: dict[str, str] = {
    "Près de 80 représentants de nombreux ministères ont participé.": "près de 80 représentants",
    "les documents qui leur seront soumis, soit plus de 80 textes portant notamment": "plus de 80 textes",
    "Une trentaine de documents seront adoptés.": "une trentaine de documents (≈30)",
    "Le Vietnam a organisé plus de 300 activités en 2020.": "plus de 300 activités",
    "une dizaine de réunions de haut niveau": "une dizaine de réunions (≈10)",
    "quelque 1 500 délégués sont attendus": "quelque 1 500 délégués",
}

# Documents not in the gazetteer; the patterns only run near these head words.
DOCUMENT_CUE = (
    r"Conclusion|Résolution|Directive|Décision|Décret|Instruction|Loi|Déclaration|Accord|Traité|Charte|Convention|"
    r"Feuille|Plan|Programme|Communiqué|Mémorandum|Protocole"
)
_TAIL = (
    r"(?:\s(?!(?:qui|que|et|a|ont|est|sont|sera|seront|adopté|adoptée|adoptés|adoptées|signé|signée|lors|ainsi|"
    r"afin|dont|avec|par|pour|en vue)\b)(?:[\w’'-]+|{YEAR})){0,9}"
)
DOCUMENTS: list[str] = [
    # "la Conclusion n°59-KL/TW du 8 août 2023", "Résolution n° 22-NQ/TW"
    r"\b(?P<name>(?:Conclusion|Résolution|Directive|Décision|Décret|Instruction|Loi) (?:n°|No\.?|n[o°]\.?|numéro) ?"
    r"\d+(?:[-/][A-Za-zĐđ0-9]+)*)(?: du \d{1,2}(?:er)? [a-zéû]+ (?P<year>{YEAR}))?",
    # "Déclaration de Vientiane sur ...", "Déclaration des dirigeants de l'ASEAN sur ...", "Accord-cadre sur ..."
    r"\b(?P<name>(?:Déclaration|Accord|Accord-cadre|Traité|Charte|Convention|Feuille de route|Plan d['’]action|"
    r"Programme d['’]action|Plan directeur|Communiqué conjoint|Déclaration conjointe|Mémorandum d['’]entente|"
    r"Protocole)(?: conjointe| commune| présidentielle)? (?:de |d['’]|du |des |sur |relative à |relatif à |"
    r"pour |concernant )(?:[A-ZÀ-Ý][\w’'-]*|l['’]|la |le |les )[\w’'-]*" + _TAIL + r")",
]
DOCUMENT_EXAMPLES: dict[str, list[str]] = {
    "les délégués ont étudié la Conclusion n°59-KL/TW du 8 août 2023 sur les orientations": [
        "Conclusion n°59-KL/TW"
    ],
    "l'adoption de la Vision de la Communauté de l’ASEAN 2045": ["ASEAN Community Vision 2045"],
    "la Vision de la Communauté de l'ASEAN jusqu'en 2045": ["ASEAN Community Vision 2045"],
    "l'application du Consensus en cinq points et le Code de conduite en mer Orientale (COC)": [
        "Five-Point Consensus",
        "Code of Conduct in the South China Sea",
    ],
    "le respect de la Convention des Nations Unies sur le droit de la mer de 1982 (CNUDM)": [
        "United Nations Convention on the Law of the Sea",
    ],
    "les dirigeants ont adopté la Déclaration de Vientiane sur la sécurité alimentaire, et": [
        "Déclaration de Vientiane sur la sécurité alimentaire",
    ],
    "la mise en œuvre des plans directeurs d’édification de la Communauté de l’ASEAN": [
        "ASEAN Community Blueprints 2025",
    ],
    "le Traité d'amitié et de coopération en Asie du Sud-Est (TAC)": [
        "Treaty of Amity and Cooperation in Southeast Asia"
    ],
}
