"""French place phrases: locative prepositions, capitals, provinces, regions, city descriptions.

Patterns in FOLDED are matched on the folded text (lower case, no accents, ’ -> ', en dash ->
hyphen, same length as the original), so they are written in lower case without accents.
Placeholders: {ADJ} country adjectives, {COUNTRY} country names, {PROVINCE} province names, all
folded. Named groups: `adj`/`cname` (a country), `prov` (a province), `m` (the mention's span,
else the whole match). RAW patterns run on the original text (case matters); `name` is a city
that the gazetteer may not know.
"""

from __future__ import annotations

LANG = "fr"

FOLDED: list[tuple[str, str]] = [
    # "la capitale laotienne", "la capitale du Laos" -> the country's capital
    ("capital", r"(?P<m>capitale (?P<adj>{ADJ}))\b"),
    ("capital", r"(?P<m>capitale (?:du |de la |de l'|des |d')(?P<cname>{COUNTRY}))\b"),
    # "dans la province de Luang Prabang", "province indonésienne de Java central"
    ("province", r"province(?: (?!de\b|d')[a-z-]+){0,2} (?:de |du |d')(?P<m>(?P<prov>{PROVINCE}))\b"),
    # "au Nord du Laos", "dans le centre du Vietnam"
    (
        "region",
        r"(?:au |dans le |dans l'|a l')(?P<m>(?:extreme[- ])?(?:nord|sud|centre|est|ouest|nord-est|"
        r"nord-ouest|sud-est|sud-ouest) (?:du |de la |de l'|des |d')(?P<cname>{COUNTRY}))\b",
    ),
    # "au Laos", "en Indonésie", "aux Philippines": the country as a place
    ("country", r"\b(?:au|aux|en) (?P<m>(?P<cname>{COUNTRY}))\b"),
]

RAW: list[tuple[str, str]] = [
    # "la ville côtière de Quy Nhon", "la ville indonésienne de Semarang": a city, maybe unknown
    (
        "city",
        r"\bville(?: (?P<adj>[a-zéèêëîïôûüç-]+))?(?: [a-zéèêëîïôûüç-]+)? (?:de |d['’])"
        r"(?P<name>[A-ZÀ-ÝĐ][\w’'-]+(?:[ -][A-ZÀ-ÝĐ][\w’'-]+){0,2})",
    ),
    # "le Centre de conférences X", "Centre international des congrès de X": an unknown venue
    (
        "venue",
        r"(?P<m>\b[Cc]entre (?:international |national )?(?:des congrès|de conférences|des conventions)"
        r"(?: [A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})?)",
    ),
]

# Words just before a city that make it part of a name, not a place: "Déclaration de Vientiane".
SKIP_BEFORE = (
    r"(?:declaration|vision|traite|consensus|principes|processus|programme|plan d'action|concorde|"
    r"accord|initiative|charte|agenda|feuille de route|universite|aeroport|port|gare|club) (?:de |d')$"
)
# Words just after a city that make it part of a name.
SKIP_AFTER = r"^[ -](?:post|times|daily|tribune|globe|herald)\b"

# Words before "au"/"en" that make the country an object, not a place: "relatif au Myanmar",
# "permettre au Timor-Leste de", "face au Japon".
NOT_PLACE_BEFORE = (
    r"(?:relatif|relative|relatifs|relatives|permettre|permet|permis|grace|face|quant|lie|liee|lies|liees|"
    r"consacre|consacree|soutien|appui|aide|felicite|felicites|adresse|sujet|rapport|propre|confiance|"
    r"adhesion|succede|succeder|oppose|opposee|comparativement|compare|exporte|exportations|livre|"
    r"apporte|accorde|offert|offre|demande|demandee|propose|proposee|rendre hommage|hommage|"
    r"reconnaissance|gratitude|merci|remercie|remercier|remerciements|confie|confiee) $"
)

# phrase -> every mention expected: (text as written, city, country, kind)
EXAMPLES: dict[str, list[tuple[str, str | None, str | None, str]]] = {
    "La réunion s'est tenue à Hanoï.": [("Hanoï", "Hanoi", "VN", "city")],
    "Les délégués sont arrivés dans la capitale laotienne.": [
        ("capitale laotienne", "Vientiane", "LA", "city"),
    ],
    "Il s'est rendu dans la capitale du Laos.": [("capitale du Laos", "Vientiane", "LA", "city")],
    "La réunion a eu lieu dans la province de Luang Prabang, au Nord du Laos.": [
        ("Luang Prabang", "Luang Prabang", "LA", "province"),
        ("Nord du Laos", None, "LA", "region"),
    ],
    "dans l'ancienne cité royale de Luang Prabang": [("Luang Prabang", "Luang Prabang", "LA", "city")],
    "à Semarang, chef-lieu de la province indonésienne de Java central": [
        ("Semarang", "Semarang", "ID", "city"),
        ("Java central", None, "ID", "province"),
    ],
    "la conférence se tiendra au Laos puis en Indonésie": [
        ("Laos", None, "LA", "country"),
        ("Indonésie", None, "ID", "country"),
    ],
    "une réunion aux Philippines": [("Philippines", None, "PH", "country")],
    "le consensus relatif au Myanmar; permettre au Timor-Leste de devenir membre": [],
    "à Hô Chi Minh-Ville et à Đà Nẵng": [
        ("Hô Chi Minh-Ville", "Ho Chi Minh City", "VN", "city"),
        ("Đà Nẵng", "Da Nang", "VN", "city"),
    ],
    "au Centre national des congrès de Vientiane": [
        ("Centre national des congrès", "Vientiane", "LA", "venue"),
        ("Vientiane", "Vientiane", "LA", "city"),
    ],
    "la ville côtière de Nha Trang, province de Khanh Hoa": [
        ("Nha Trang", "Nha Trang", "VN", "city"),
        ("Khanh Hoa", None, "VN", "province"),
    ],
    "la Déclaration de Vientiane sur la connectivité": [],
    "le 24e Sommet UE-ASEAN à Bruxelles": [("Bruxelles", "Brussels", "BE", "city")],
    "le Premier ministre Pham Minh Chinh": [],
}
