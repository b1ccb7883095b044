"""English rules for other facts: the ASEAN chair, themes, counts, documents cited.

Same contract as rules/fr/facts.py: patterns on the original text, placeholders {COUNTRY} and
{YEAR}, groups `c`/`y` (CHAIR), `v` (THEME), `name`/`year` (DOCUMENTS).
"""

from __future__ import annotations

LANG = "en"

_CHAIRMANSHIP = r"(?:ASEAN [Cc]hair(?:manship)?(?: [Yy]ear)?|[Cc]hair(?:manship)? of ASEAN|[Cc]hairmanship)"
_YEAR_AFTER = r"(?:,? ?(?:in |for |of )?(?P<y>{YEAR})\b)?"

# Chair patterns only run near these words (a cheap scan first: the country alternation is long).
CHAIR_CUE = r"[Cc]hair(?:manship|\b)"
CHAIR: list[str] = [
    # "Laos holds the ASEAN Chairmanship in 2024", "Malaysia takes over the ASEAN Chairmanship"
    r"\b(?P<c>{COUNTRY}),? (?:which |who )?(?:holds|held|will hold|is holding|assumes|assumed|will assume|has assumed|"
    r"takes over|took over|will take over|is taking over|has taken over|takes on|took on|will take on|"
    r"hands over|handed over)(?: [^.;]{0,40}?)? (?:the )?(?:rotating |annual )?"
    + _CHAIRMANSHIP
    + _YEAR_AFTER,
    # "Malaysia's ASEAN Chairmanship 2025", "the Lao chairmanship in 2024", "Lao ASEAN Chair Year"
    r"\b(?P<c>{COUNTRY})(?:['’]s?)? (?:year-long |rotating |\d{4} )?" + _CHAIRMANSHIP + _YEAR_AFTER,
    # "the ASEAN Chairmanship of Laos", "the chairmanship by Malaysia"
    r"\b"
    + _CHAIRMANSHIP
    + r"(?: (?P<y>{YEAR}))? (?:of |by )(?:the )?(?P<c>{COUNTRY})\b(?: in (?P<y2>{YEAR}))?",
    # "Laos, the ASEAN Chair for 2024", "Malaysia, as ASEAN Chair"
    r"\b(?P<c>{COUNTRY}),? (?:as |in its capacity as )?(?:the |this year['’]s )?(?:current )?ASEAN Chair(?!man)"
    r"(?:,? (?:for |in |of )?(?P<y>{YEAR})\b)?",
    # "Vietnam would back Laos throughout its ASEAN Chairmanship in 2024"
    r"\b(?:its|her) (?:year-long |rotating )?(?:ASEAN )?(?:[Cc]hairmanship|[Cc]hair [Yy]ear)(?: of ASEAN)?"
    + _YEAR_AFTER,
]

CHAIR_EXAMPLES: dict[str, tuple[str, int | None]] = {
    "Laos holds the ASEAN Chairmanship in 2024.": ("LA", 2024),
    "2025 will be a milestone year: Malaysia takes over the ASEAN Chairmanship.": ("MY", None),
    "the first major meeting of Malaysia's ASEAN Chairmanship 2025.": ("MY", 2025),
    "the results achieved under the Lao chairmanship in 2024 gave the region": ("LA", 2024),
    "Son said Vietnam would back Laos throughout its ASEAN Chairmanship in 2024.": ("LA", 2024),
    "Vietnam supports the ASEAN Chairmanship of the Philippines in 2026.": ("PH", 2026),
    "Indonesia, which assumed the ASEAN Chairmanship for 2023, set out its priorities.": ("ID", 2023),
    "Malaysia, as ASEAN Chair, will host the summit.": ("MY", None),
}

THEME: list[str] = [
    # "under the theme \"...\"", "whose theme is \"...\"", "themed “...”", "under Malaysia's theme \"...\""
    r"\b(?:[Tt]heme[ds]?|[Mm]otto)\b(?:[^\"“«.\n]{0,60}?)(?:\"|“|«)\s*(?P<v>[^\"”»\n]{3,200}?)\s*(?:\"|”|»)",
]
THEME_EXAMPLES: dict[str, str] = {
    'the 43rd Summit under the theme "ASEAN Matters: Epicentrum of Growth" opened': (
        "ASEAN Matters: Epicentrum of Growth"
    ),
    'the Lao chairmanship, whose theme is "ASEAN: Enhancing Connectivity and Resilience", is': (
        "ASEAN: Enhancing Connectivity and Resilience"
    ),
    "the nine priorities of the Lao chairmanship, themed “ASEAN: Enhancing Connectivity and Resilience”, and": (
        "ASEAN: Enhancing Connectivity and Resilience"
    ),
    'the year under Malaysia\'s theme "Inclusivity and Sustainability" and': "Inclusivity and Sustainability",
}

APPROX = (
    r"(?:[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Mm]ore than|[Oo]ver|[Ss]ome|[Aa]t least|[Uu]p to|"
    r"[Aa]pproximately|[Rr]oughly|[Cc]lose to|[Ff]ewer than|[Ll]ess than|[Aa] total of|[Nn]o fewer than)"
)
NUMBER_WORDS: dict[str, int] = {
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "a hundred": 100,
    "one hundred": 100, "two hundred": 200, "a thousand": 1000,
}  # fmt: skip
COLLECTIVE = r"(?:[Aa] |[Ss]everal |[Dd]ozens of |[Hh]undreds of )?(?P<coll>dozens?|hundreds|scores|thousands)(?: of)? "
COLLECTIVE_VALUES: dict[str, int | None] = {
    "dozen": 12, "dozens": None, "hundreds": None, "scores": None, "thousands": None,
}  # fmt: skip
MODIFIERS = (
    r"(?:high-level|senior|key|major|new|important|official|outcome|related|ASEAN|bilateral|international|"
    r"foreign|cooperation|other|additional|partner)"
)
NOUNS = (
    r"(?:representatives|delegates|participants|delegations|leaders|ministers|officials|guests|observers|"
    r"experts|documents|texts|agreements|declarations|statements|memoranda|memorandums|MoUs|MOUs|"
    r"initiatives|activities|meetings|events|sessions|conferences|projects|decisions|proposals|"
    r"recommendations|commitments)"
)
COUNT_EXAMPLES: dict[str, str] = {
    "About 80 documents are expected to be adopted or noted.": "about 80 documents",
    "Vietnam hosted more than 20 activities during the year.": "more than 20 activities",
    "a dozen high-level meetings will be held": "a dozen high-level meetings (≈12)",
    "Nearly 1,000 delegates attended.": "nearly 1,000 delegates",
    "the leaders will adopt 90 outcome documents": "90 outcome documents",
}

# Documents not in the gazetteer: a run of capitalised words holding a document head word.
_CAP = r"(?:[A-Z][\w’'.-]*(?:['’]s)?|{YEAR}|\d+-[A-Z][\w-]*)"
_LINK = r"(?:of|on|the|and(?! the)|for|in|to|between|at|with)"
_HEAD = (
    r"(?:Declaration|Agreement|Treaty|Convention(?! Cent)|Charter|Master Plan|Plan of Action|Work Plan|Action Plan|"
    r"Roadmap|Blueprint|Joint Statement|Chairman['’]s Statement|Concord|Consensus|Code of Conduct|Outlook|"
    r"Framework|Protocol|Memorandum of Understanding|Accord|Vision)"
)
DOCUMENT_CUE = (
    r"Conclusion|Resolution|Directive|Decision|Decree|Instruction|Law|Declaration|Agreement|Treaty|Convention|"
    r"Charter|Plan|Roadmap|Blueprint|Statement|Concord|Consensus|Code|Outlook|Framework|Protocol|Memorandum|"
    r"Accord|Vision"
)
DOCUMENTS: list[str] = [
    # "Resolution No. 22-NQ/TW", "Conclusion No. 59-KL/TW dated August 8, 2023"
    r"\b(?P<name>(?:Conclusion|Resolution|Directive|Decision|Decree|Instruction|Law) No\.? ?\d+(?:[-/][A-Za-zĐđ0-9]+)*)"
    r"(?: (?:dated|of) [A-Z][a-z]+ \d{1,2},? (?P<year>{YEAR}))?",
    # "the Vientiane Declaration on ...", "ASEAN Leaders' Declaration on ...", "Digital Economy Framework Agreement"
    r"(?<![\w’'-])(?P<name>(?:"
    + _CAP
    + r"(?: (?:"
    + _CAP
    + r"|"
    + _LINK
    + r"))*? )?"
    + _HEAD
    + r"(?: (?:"
    + _CAP
    + r"|"
    + _LINK
    + r"))*)",
]
DOCUMENT_EXAMPLES: dict[str, list[str]] = {
    "The leaders are set to adopt the ASEAN Community Vision 2045 and the ASEAN Concord IV.": [
        "ASEAN Community Vision 2045",
        "ASEAN Concord IV",
    ],
    "work with the ASEAN Chair on implementing the Five-Point Consensus.": ["Five-Point Consensus"],
    "an effective and substantive Code of Conduct (COC) in line with international law": [
        "Code of Conduct in the South China Sea",
    ],
    "the ASEAN Outlook on the Indo-Pacific and the Treaty of Amity and Cooperation (TAC)": [
        "ASEAN Outlook on the Indo-Pacific",
        "Treaty of Amity and Cooperation in Southeast Asia",
    ],
    "in accordance with the 1982 United Nations Convention on the Law of the Sea (UNCLOS).": [
        "United Nations Convention on the Law of the Sea",
    ],
    "the leaders adopted the Vientiane Declaration on Food Security, among others": [
        "Vientiane Declaration on Food Security",
    ],
    "the Master Plan on ASEAN Connectivity 2025": ["Master Plan on ASEAN Connectivity 2025"],
    "the ASEAN Digital Economy Framework Agreement (DEFA) negotiations": [
        "Digital Economy Framework Agreement"
    ],
    "the delegates studied Conclusion No. 59-KL/TW on the orientations": ["Conclusion No. 59-KL/TW"],
}
