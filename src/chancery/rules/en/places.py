"""English place phrases: locative prepositions, capitals, provinces, regions, city descriptions.

Same conventions as rules/fr/places.py: FOLDED patterns are lower case without accents and run on
the folded text; RAW patterns run on the original text.
"""

from __future__ import annotations

LANG = "en"

FOLDED: list[tuple[str, str]] = [
    # "the Lao capital", "the Vietnamese capital city" -> the country's capital
    (
        "capital",
        r"(?P<m>(?P<adj>{ADJ}) capital(?: city)?)\b(?! (?:market|flow|goods|investment|expenditure)s?\b)",
    ),
    ("capital", r"(?P<m>capital (?:city )?of (?:the )?(?P<cname>{COUNTRY}))\b"),
    ("capital", r"(?P<m>(?P<cname>{COUNTRY})(?:'s|') capital(?: city)?)\b"),
    # "Khanh Hoa province", "the province of Luang Prabang", "the Indonesian province of Central Java"
    ("province", r"(?P<m>(?P<prov>{PROVINCE})) province\b"),
    ("province", r"province of (?P<m>(?P<prov>{PROVINCE}))\b"),
    # "in northern Laos", "central Vietnam"
    (
        "region",
        r"\b(?P<m>(?:northern|southern|central|eastern|western|north-eastern|northeastern|"
        r"north-western|northwestern|south-eastern|southeastern|south-western|southwestern) "
        r"(?:the )?(?P<cname>{COUNTRY}))\b"
        r"(?! (?:city|town|province|capital|village|district|resort|island)\b)",
    ),
    ("region", r"\b(?:in|to) the (?P<m>(?:north|south|centre|center|east|west) of (?P<cname>{COUNTRY}))\b"),
    # "in Laos", "in the Philippines", "a visit to Cambodia": the country as a place
    (
        "country",
        r"\b(?:in|inside|visits? to|visiting|trip to|arrived in|travell?ed to|hosted by) (?:the )?"
        r"(?P<m>(?P<cname>{COUNTRY}))\b(?!['’]s)",
    ),
]

RAW: list[tuple[str, str]] = [
    # "the northern Lao city of Luang Prabang", "the Indonesian city of Semarang"
    (
        "city",
        r"\b(?:(?P<adj>[A-Z][a-z]+) )?(?:city|town|resort island|island) of "
        r"(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})",
    ),
    # "the X International Convention Centre", "X Conference Center": an unknown venue
    (
        "venue",
        r"(?P<m>\b(?:[A-Z][\w'-]+ ){1,4}(?:International )?(?:Convention|Conference|Exhibition)"
        r"(?: and Exhibition)? Cent(?:er|re))",
    ),
]

# Words just before a city that make it part of a name.
SKIP_BEFORE = r"(?:university of|port of|airport of) $"
# Words just after a city that make it part of a name, not a place: "Vientiane Declaration".
SKIP_AFTER = (
    r"^[ -](?:declaration|vision|statement|plan|action plan|agenda|process|treaty|principles|concord|"
    r"consensus|programme|program|document|accord|agreement|charter|initiative|post|times|daily|"
    r"tribune|globe|herald|club|university|airport)\b"
    # "Singapore's Foreign Minister": the city-state as an actor, not a place
    r"|^'s? (?:[a-z]+ )?(?:prime|foreign|deputy|president|minister|ministry|ambassador|delegation|"
    r"government|chairmanship|chair|leaders?|role|position|proposal|initiative|support|economy)\b"
)

# Words before "in"/"to" that make the country something other than a place.
NOT_PLACE_BEFORE = r"(?:interest|interests|investment|investments|stake|confidence|trust|faith) $"

# phrase -> every mention expected: (text as written, city, country, kind)
EXAMPLES: dict[str, list[tuple[str, str | None, str | None, str]]] = {
    "The meeting was held in Hanoi on Monday.": [("Hanoi", "Hanoi", "VN", "city")],
    "Delegates gathered in the Lao capital on Thursday.": [("Lao capital", "Vientiane", "LA", "city")],
    "The talks took place in the capital of Cambodia.": [("capital of Cambodia", "Phnom Penh", "KH", "city")],
    "the northern Lao city of Luang Prabang": [("Luang Prabang", "Luang Prabang", "LA", "city")],
    "in the central province of Khanh Hoa": [("Khanh Hoa", None, "VN", "province")],
    "in Semarang, the capital of Central Java province": [
        ("Semarang", "Semarang", "ID", "city"),
        ("Central Java", None, "ID", "province"),
    ],
    "ministers met in Laos and later in the Philippines": [
        ("Laos", None, "LA", "country"),
        ("Philippines", None, "PH", "country"),
    ],
    "in northern Laos": [("northern Laos", None, "LA", "region")],
    "at the National Convention Centre in Vientiane": [
        ("National Convention Centre", "Vientiane", "LA", "venue"),
        ("Vientiane", "Vientiane", "LA", "city"),
    ],
    "at the Jakarta Convention Center": [("Jakarta Convention Center", "Jakarta", "ID", "venue")],
    "at the Langkawi International Convention Centre (LICC)": [
        ("Langkawi International Convention Centre", "Langkawi", "MY", "venue"),
        ("LICC", "Langkawi", "MY", "venue"),
    ],
    "The Vientiane Declaration was adopted.": [],
    "Cambodia's Prime Minister Hun Manet": [],
    "the 24th EU-ASEAN Ministerial Meeting in Brussels": [("Brussels", "Brussels", "BE", "city")],
    "Nay Pyi Taw and Naypyidaw are one city": [
        ("Nay Pyi Taw", "Nay Pyi Taw", "MM", "city"),
        ("Naypyidaw", "Nay Pyi Taw", "MM", "city"),
    ],
    "in Ho Chi Minh City, Vietnam": [("Ho Chi Minh City", "Ho Chi Minh City", "VN", "city")],
    "US Secretary of State Antony Blinken told us": [],
    "Singapore's Foreign Minister Vivian Balakrishnan arrived in Singapore.": [
        ("Singapore", "Singapore", "SG", "city"),
    ],
}
