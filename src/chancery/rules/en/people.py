"""English rules for people and their titles (posts, portfolios, appositions, sentence words).

The engine (extract/people.py) builds its regexes from these pieces once per language. English
complements are "of" plus capitalised portfolio words ("of Foreign Affairs and International
Cooperation"); country qualifiers come first ("Lao", "Cambodia's", "Indonesian").
"""

from __future__ import annotations

LANG = "en"

# Posts, any order (the engine sorts them longest first). Case-insensitive.
POSTS: list[str] = [
    "Deputy Prime Minister",
    "Prime Minister",
    "Deputy Foreign Minister",
    "Vice Foreign Minister",
    "Vice Premier",
    "Foreign Minister",
    "Senior Minister",
    "Deputy Minister",
    "Vice Minister",
    "Minister of State",
    "Union Minister",  # Myanmar's cabinet
    "Second Minister",  # Brunei's and Singapore's cabinets
    "State Counsellor",
    "State Counselor",
    "Premier",
    "Minister",
    "Attorney-General",
    "Attorney General",
    "Deputy Assistant Secretary",
    "Secretary of State",
    # China's "State Councilor and Foreign Minister Wang Yi"
    "State Councilor",
    "State Councillor",
    "Deputy Secretary of State",
    "Deputy Secretary-General",
    "Deputy Secretary General",
    "Secretary-General",
    "Secretary General",
    "General Secretary",
    "Permanent Secretary",
    "Vice President",
    "Vice-President",
    "President",
    "Ambassador",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    # "Indonesian Chair H.E. X", "AEM Chair X", "Co-Chair X"
    "Chair",
    "Co-Chair",
    "Co-Chairman",
    "King",
    "Queen",
    "Sultan",
    "Crown Prince",
    "Prince",
    # Brunei's royal styles: "Pengiran Muda Mahkota" (the Crown Prince), "Pengiran Muda" (a prince)
    "Pengiran Muda Mahkota",
    "Pengiran Muda",
    "Senior General",
    "General",
    "deputy head",
    "head",
    "chief",
    "Director-General",
    "Director General",
    "Director",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "Special Envoy",
    "envoy",
    "Chargé d'Affaires",
    "Charge d'Affaires",
    "Permanent Representative",
    "Governor",
    "Mayor",
    "State Counsellor",
    "leader",
    "Undersecretary",
    "Under Secretary",
    "Under-Secretary",
    "Assistant Secretary",
    "Deputy Permanent Secretary",
    "Deputy Director-General",
    "Deputy Director General",
    "Coordinating Minister",
    "Chief Minister",
    "Minister-Counsellor",
    "Minister Counsellor",
    "Consul General",
    "Consul-General",
    "Vice Chairman",
    "Vice Chairwoman",
    "Deputy Chairman",
    "Speaker",
    "Commander-in-Chief",
    "Commander",
    "Lieutenant General",
    "Major General",
    "Admiral",
    "Vice Admiral",
    "Rear Admiral",
    "First Admiral",
    "Maritime Admiral",
    "Special Representative",
    "High Representative",
    "Ambassador-at-Large",
    "Deputy Permanent Representative",
    # "<portfolio> Minister" and "<portfolio> Secretary": "Defence Minister Gen. Tea Banh",
    # "Trade Secretary ..." (the Philippines and the US name their ministers secretaries)
    *(f"{deputy}{portfolio} {post}"
      for portfolio in ("Defence", "Defense", "Trade", "Finance", "Economy", "Economic", "Home",
                        "Interior", "Health", "Education", "Justice", "Labour", "Labor", "Transport",
                        "Agriculture", "Industry", "Energy", "Information", "Tourism", "Culture",
                        "Environment", "Commerce", "Investment", "Digital", "Foreign Affairs",
                        "Security", "Treasury", "Environment", "Fisheries")
      for post in ("Minister", "Secretary")
      for deputy in ("", "Deputy ", "Vice ")),
    "Foreign Secretary",
    "Deputy Foreign Secretary",
    # the Philippines' cabinet: "Executive Secretary X", "Agrarian Reform Secretary Y", and the
    # President as "the Chief Executive"; a bare "Secretary X" is a secretary of a department
    "Executive Secretary",
    "Chief Executive",
    "Secretary",
    *(f"{portfolio} Secretary"
      for portfolio in ("Agrarian Reform", "Social Welfare", "Public Works", "National Defense",
                        "Budget", "Tourism", "Migrant Workers", "Foreign Affairs")),
    "Inspector-General",
    "Inspector General",
    # business news: "Standard Chartered's regional CEO for ASEAN", "HSBC chief economist X"
    "CEO",
    "chief executive officer",
    "chief executive",
    "chief economist",
    "economist",
    "managing director",
    "executive director",
    "chief operating officer",
    "chief financial officer",
    "chief investment officer",
    # "said foreign ministry spokesperson X": the ministry is part of the post
    *(f"{body} {post}"
      for body in ("Foreign Ministry", "Foreign Affairs Ministry", "Defence Ministry", "Defense Ministry")
      for post in ("spokesperson", "spokesman", "spokeswoman")),
]
# The body a post belongs to, written before it ("DFA Secretary", "Foreign Affairs Assistant
# Secretary", "Department of Trade and Industry (DTI) Secretary", "Home Affairs Minister"):
# part of the title. {PORTFOLIO} is one portfolio word, {ACRO} an acronym.
BODY_QUALIFIER = (
    r"(?:(?:Department|Ministry|Office)\s+(?:of|for)\s+(?:the\s+)?{PORTFOLIO}"
    r"(?:\s+(?:(?:and|&)\s+)?{PORTFOLIO}){0,4}(?:\s+\({ACRO}\))?"
    r"|{ACRO}|{PORTFOLIO}(?:\s+(?:(?:and|&)\s+)?{PORTFOLIO}){0,3})"
)
# Words that link a name to a post in apposition without a comma ("X as Chairman of ADMM").
APPOSITION_LINKS: tuple[str, ...] = (" as ", " in his capacity as ", " in her capacity as ")
# An organisation's possessive opening an apposition ("X, Standard Chartered's regional CEO").
APPOSITION_OWNER = r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+"
# Upper-case abbreviations of posts, matched case-sensitively ("PM Chinh", "FM Son").
POST_ABBREVIATIONS: list[str] = ["Deputy PM", "Deputy FM", "PM", "FM", "DPM"]
# Posts that name a person's place in a body: their text is kept whole, qualifiers included.
# A ruler's post keeps its country too: "Sultan of Brunei", "King of Cambodia".
ORG_POSTS: list[str] = [
    "head", "deputy head", "chief", "Permanent Representative", "leader", "King", "Queen", "Sultan",
]
# Ranks rather than posts: when a person also has a post in apposition, the role is that post.
RANKS: list[str] = ["Ambassador", "General", "Senior General"]
# Words that introduce a person without being a title ("his Lao counterpart X").
INTRODUCERS: list[str] = ["counterpart"]
# A whole post held in ASEAN's own bodies (country: none): "ASEAN Deputy Secretary-General",
# "Secretary-General of ASEAN".
ASEAN_POST = (
    # "Asean": Malaysian and Thai papers write the name in lower case
    r"(?:(?i:deputy)\s+)?(?:ASEAN|Asean)\s+(?i:(?:deputy\s+)?secretary(?:[-\s]general)?)"
    r"|(?i:(?:deputy\s+)?secretary[-\s]general|director(?:[-\s]general)?)\s+of\s+(?:the\s+)?"
    r"(?:(?:ASEAN|Asean)(?:\s+Secretariat)?|Secretariat\s+of\s+(?:ASEAN|Asean))"
)

PRE_MODIFIERS: list[str] = [
    "acting", "interim", "former", "outgoing", "incoming", "newly appointed", "then", "Party",
    "regional", "global", "group",
]
POST_MODIFIERS: list[str] = ["ad interim", "designate", "emeritus"]
# Capitalised words that may make up a portfolio or a body after "of" (matched as words).
PORTFOLIO_WORDS: list[str] = """
    Foreign Affairs International Cooperation Industry Trade Defence Defense Public Security
    Home Finance Planning Investment Information Communications Communication Justice Labour Labor
    Invalids Social Education Training Health Culture Sports Sport Tourism Transport Transportation
    Construction Agriculture Rural Development Natural Resources Environment Science Technology
    Economy Economic Economics Commerce Energy Mines Mineral Interior State National Digital Human
    Women Youth Religious Ethnic Minority Minorities Legal Law Manpower Maritime Fisheries Forestry
    Water Home Internal External Relations Senior Officials Officials' Meeting Delegation delegation
    Secretariat Mission Permanent Representative Committee Office Ministry Department Council
    Assembly Party Central Commission Government People's Peoples Affairs Bureau Treasury Budget
    Communist Politburo Front Fatherland General Staff Army Navy Air Force Police Prime Minister's
    Cabinet Presidential Palace Agency Authority Board Tourism Culture Arts Family Welfare
    Forces Armed Society Innovation Industries Enterprises Small Medium Immigration Customs
    Revenue Federal Territories Territory Infrastructure Housing Urban Local Works Services Civil
    Aviation Telecommunications Posts Media Creative Consumer Negotiations Coordinating Sciences
    Marine Ocean Oceans Land Lands Entrepreneur Cooperatives Villages Regional Disaster Management
    Enforcement Coast Guard Command Policy Control Reform Agrarian
    Ministers Ministerial Leaders Summit Retreat Plus
    House Representatives Senate Parliament Parliamentary Inter-Parliamentary Congress
    """.split()
CONJUNCTIONS = r"(?:and|&)"
COMPLEMENT_ARTICLES = (
    r"(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|to\s+(?:the\s+)?|at\s+(?:the\s+)?"
    # "his counterpart from Timor-Leste, X"
    r"|from\s+(?:the\s+)?)"
)
# Before the country a post is held in, as opposed to the country it serves: "Vietnamese
# Ambassador to Thailand" serves Vietnam.
POSTING_ARTICLES = r"(?:to\s+(?:the\s+)?|in\s+(?:the\s+)?)"
COMPLEMENT_NOUNS: list[str] = []

# Function words that may open a capitalised run at a sentence start: dropped there only.
LEADING_WORDS: set[str] = set(
    """
    The A An This That These Those His Her Its Their Our My Your He She It They We I You
    And Or But So Yet If As At In On Of To For From By With Without Under Over Into Onto Upon
    After Before During Since Until Between Among Amid Against Despite Through Across Along
    According Meanwhile Also Then Thus However Moreover Furthermore Earlier Later Today Tomorrow
    Yesterday Tonight Here There Where When While Who Whom Whose Which What Why How Both Each
    Mr Mrs Ms Dr Excellency Madam
    """.split()
)
# Capitalised words that are never part of a name in English text.
STOP_WORDS: set[str] = set(
    """
    January February March April June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Deputy Prime Minister Ministers Vice Foreign Senior Secretary General Secretary-General
    President Ambassador Chairman Chairwoman Chair King Queen Sultan Prince Crown Director
    Director-General Special Envoy Governor Mayor Counsellor Chief Head Spokesperson Leader
    Leaders State States Permanent Representative Officials Affairs Cooperation Trade Industry
    Photo Source Tags VNA Speaking Addressing Declaring Meeting Welcoming Chaired Authorised
    Authorized Led Hosted Attending Noting Stressing Highlighting Regarding Concerning Following
    Looking Sharing Applauding Affirming Emphasising Emphasizing Appreciating Expressing
    Delegates Participants Delegations Ministry Ministries
    Attends Meets Holds Hosts Receives Visits Calls Urges Says Chairs Leads Joins Welcomes Opens
    Closes Affirms Reaffirms Stresses Highlights Proposes Pledges Signs Talks Discusses Arrives
    Departs Begins Concludes Underlines Vows Seeks Backs Supports Agrees Congratulates
    """.split()
    # the lines above: verbs of headlines ("State Counsellor Attends 20th Summit")
)

# "led the Vietnamese delegation", "Vietnam's delegation": the person's country from context.
DELEGATION_CONTEXT = (
    r"\b(?P<c>{ADJ})\s+(?:[\w-]+\s+){0,2}?(?i:delegation)"
    r"|\b(?i:delegation)\s+(?:of|from)\s+(?:the\s+)?(?P<n>{NAME})\b"
)

# A country written right after a name: "H.E. X of Lao PDR" (the person's country).
NAME_COUNTRY_LINK = r"\s+of\s+(?:the\s+)?"
# A photo credit: the sentence holding it is a caption, even when the cleaner kept it inline.
CAPTION_MARKER = r"\(?\b(?:Photo|Source)\s*:"

# Relative clauses that open an apposition ("X, who is also head of the delegation, ...").
APPOSITION_RELATIVES: tuple[str, ...] = ("who is ", "who was ", "who serves as ")

# phrase -> people expected: (name, [titles], country), in text order. The test runs each.
EXAMPLES: dict[str, list[tuple[str, list[str], str | None]]] = {
    # a post word that is a given name between two name words; "Ma." (María) inside a name
    "Culture Minister Tiong King Sing met King Norodom Sihamoni in Phnom Penh.": [
        ("Tiong King Sing", ["Culture Minister"], None),
        ("Norodom Sihamoni", ["King"], "KH"),
    ],
    "Foreign Affairs Secretary Ma. Theresa Lazaro chaired the meeting.": [
        ("Ma. Theresa Lazaro", ["Foreign Affairs Secretary"], "PH"),
    ],
    "Chinese State Councilor and Foreign Minister Li Ming met the ambassadors.": [
        ("Li Ming", ["State Councilor", "Foreign Minister"], "CN"),
    ],
    "The chair, Brunei Darussalam, opened the meeting.": [],
    "Thai Speaker of the House of Representatives Anan Srisuk opened the assembly.": [
        ("Anan Srisuk", ["Speaker of the House of Representatives"], "TH"),
    ],
    "Finance Secretary Carlos Dominguez III and Asean Secretary-General Lim Jock Hoi spoke.": [
        ("Carlos Dominguez III", ["Finance Secretary"], None),
        ("Lim Jock Hoi", ["Asean Secretary-General"], None),
    ],
    "Trade and Industry Minister Gan Wei Ling met Deputy Prime Minister and Foreign Minister Lee Tan.": [
        ("Gan Wei Ling", ["Trade and Industry Minister"], None),
        ("Lee Tan", ["Deputy Prime Minister", "Foreign Minister"], None),
    ],
    "Cambodian premier Hun Sen greeted H.E. Shri Narendra Modi.": [
        ("Hun Sen", ["premier"], "KH"),
        ("Narendra Modi", [], "IN"),
    ],
    "Union Minister for Legal Affairs Thida Win led the delegation.": [
        ("Thida Win", ["Union Minister for Legal Affairs"], None),
    ],
    "Deputy Assistant Secretary of Foreign Affairs Juan Santos briefed reporters.": [
        ("Juan Santos", ["Deputy Assistant Secretary of Foreign Affairs"], None),
    ],
    # a body before the post: its acronym, its portfolio words, or its full name
    "Department of Budget and Management (DBM) Secretary Ana Reyes met Foreign Affairs Undersecretary "
    "Ben Cruz and DFA Assistant Secretary Lito Ramos.": [
        ("Ana Reyes", ["Department of Budget and Management (DBM) Secretary"], None),
        ("Ben Cruz", ["Foreign Affairs Undersecretary"], None),
        ("Lito Ramos", ["DFA Assistant Secretary"], None),
    ],
    # the name in brackets after its post; a post given with "as"
    "The presence of the Home Minister (Datuk Seri Ali Bakar) was noted.": [
        ("Ali Bakar", ["Home Minister"], None),
    ],
    "It was chaired by Lao Defence Minister Chansamone Chanyalath as Chairman of the ADMM and ADMM-Plus.": [
        ("Chansamone Chanyalath", ["Defence Minister", "Chairman of the ADMM and ADMM-Plus"], "LA"),
    ],
    "The Indonesian Minister of Foreign Affairs (Menlu) spoke first.": [],
    # a ruler's post keeps its country; Brunei's royal styles; an ʿayn written as an apostrophe
    "He called on the Sultan of Brunei Sultan Haji Hassanal Bolkiah and Pengiran Muda ‘Abdul Rahim Bolkiah.": [
        ("Hassanal Bolkiah", ["Sultan of Brunei"], "BN"),
        ("Abdul Rahim Bolkiah", ["Pengiran Muda"], None),
    ],
    # Portuguese particles; a country after the name
    "Pictured are H.E. Maria do Rosario da Costa of Timor-Leste and H.E. Somsak Dee of Thailand.": [
        ("Maria do Rosario da Costa", [], "TL"),
        ("Somsak Dee", [], "TH"),
    ],
    "Talks were held under the chair of Ahmad Zaki, Minister of Trade of Malaysia and Chair of the ASEAN "
    "Economic Ministers' Meeting.": [
        ("Ahmad Zaki", ["Minister of Trade", "Chair of the ASEAN Economic Ministers' Meeting"], "MY"),
    ],
    "He then met his counterpart from Laos, Viliam Sisavath, and the Chair, Mr. Adi Nugroho.": [
        ("Viliam Sisavath", [], "LA"),
        ("Adi Nugroho", ["Chair"], None),
    ],
    # business news: an owner's possessive before the post
    "Exports will grow, said Jane Doe, Maybank's group chief economist, on Monday.": [
        ("Jane Doe", ["group chief economist"], None),
    ],
    "The minister, Tengku Datuk Seri Utama Ahmad Rizal, spoke.": [("Ahmad Rizal", ["minister"], None)],
    "Meeting Lao Deputy Prime Minister and Minister of Foreign Affairs Saleumxay Kommasith, "
    "Son said Vietnam would back Laos.": [
        ("Saleumxay Kommasith", ["Deputy Prime Minister", "Minister of Foreign Affairs"], "LA"),
    ],
    "Talks with Sok Chenda Sophea, Cambodia's Deputy Prime Minister and Minister of Foreign Affairs "
    "and International Cooperation, covered bilateral ties.": [
        ("Sok Chenda Sophea", ["Deputy Prime Minister",
                               "Minister of Foreign Affairs and International Cooperation"], "KH"),
    ],
    "Ambassador Vu Ho, acting head of Vietnam's ASEAN Senior Officials' Meeting (SOM) delegation, "
    "led the team.": [
        ("Vu Ho", ["Ambassador", "acting head of Vietnam's ASEAN Senior Officials' Meeting (SOM) delegation"],
         "VN"),
    ],
    "The summit opened, chaired by Indonesian President Joko Widodo, whose country holds the chair.": [
        ("Joko Widodo", ["President"], "ID"),
    ],
    "Secretary of State Antony Blinken described ASEAN as a focus of the strategy.": [
        ("Antony Blinken", ["Secretary of State"], "US"),
    ],
    "Chaired by Malaysian Foreign Minister Mohamad Hasan, the retreat brought together ministers and "
    "ASEAN Secretary-General Kao Kim Hourn.": [
        ("Mohamad Hasan", ["Foreign Minister"], "MY"),
        ("Kao Kim Hourn", ["ASEAN Secretary-General"], None),
    ],
    "Timor-Leste's Minister of Foreign Affairs and Cooperation Bendito Freitas attended as an observer.": [
        ("Bendito Freitas", ["Minister of Foreign Affairs and Cooperation"], "TL"),
    ],
    "Vietnamese Minister of Foreign Affairs Bui Thanh Son, who is in Luang Prabang, held talks.": [
        ("Bui Thanh Son", ["Minister of Foreign Affairs"], "VN"),
    ],
    "Prime Minister Phạm Minh Chính is heading a delegation that includes Minister of Industry and "
    "Trade Nguyễn Hồng Diên.": [
        ("Phạm Minh Chính", ["Prime Minister"], "VN"),
        ("Nguyễn Hồng Diên", ["Minister of Industry and Trade"], "VN"),
    ],
    "The sessions were chaired by Lao Deputy Prime Minister and Foreign Minister Saleumxay Kommasith.": [
        ("Saleumxay Kommasith", ["Deputy Prime Minister", "Foreign Minister"], "LA"),
    ],
    "Malaysian Prime Minister Dato' Seri Anwar Ibrahim welcomed the leaders.": [
        ("Anwar Ibrahim", ["Prime Minister"], "MY"),
    ],
    "Speaking on Monday, the Deputy Minister said the ASEAN Outlook on the Indo-Pacific and the Code "
    "of Conduct mattered.": [],
    "Talks were held with Brunei's Deputy Prime Minister and Minister for Home Affairs Erywan Yusof.": [
        ("Erywan Yusof", ["Deputy Prime Minister", "Minister for Home Affairs"], "BN"),
    ],
    "The host, the Thai Minister of Commerce, Mr. Jurin Laksanawisit, opened the session.": [
        ("Jurin Laksanawisit", ["Minister of Commerce"], "TH"),
    ],
    "Cambodian Deputy Prime Minister and Interior Minister Gen. Sar Kheng welcomed the guests.": [
        ("Sar Kheng", ["Deputy Prime Minister", "Interior Minister"], "KH"),
    ],
    "Lao Defence Minister Sen. Lt. Gen. Khamlieng Outhakaysone arrived on Monday.": [
        ("Khamlieng Outhakaysone", ["Defence Minister"], "LA"),
    ],
    "Philippine Undersecretary for Foreign Affairs Theresa Lazaro spoke first.": [
        ("Theresa Lazaro", ["Undersecretary for Foreign Affairs"], "PH"),
    ],
    "Minister of Foreign Affairs Pham Van Tuan, Head of SOM ASEAN-Laos, chaired the session.": [
        ("Pham Van Tuan", ["Minister of Foreign Affairs", "Head of SOM ASEAN-Laos"], "VN"),
    ],
    "ASEAN Summit: President Hosts Gala Dinner For Regional Leaders": [],
    "The prize went to H.E. Sok Siphana, who thanked Tengku Datuk Seri Zaid Hamzah.": [
        ("Sok Siphana", [], None),
        ("Zaid Hamzah", [], None),
    ],
    "Vietnamese Ambassador to Thailand Phan Chi Thanh met the press.": [
        ("Phan Chi Thanh", ["Ambassador to Thailand"], "VN"),
    ],
    "State Counsellor Daw Aung San Suu Kyi will attend.": [
        ("Aung San Suu Kyi", ["State Counsellor"], "MM"),
    ],
    # a title's last capitalised word stays in the title
    "Opening the talks, Minister of Agriculture and Rural Development Tran Van Long spoke first.": [
        ("Tran Van Long", ["Minister of Agriculture and Rural Development"], "VN"),
    ],
    # middle initials, "Jr.", quoted nicknames and Philippine cabinet secretaries
    "President Ramon T. Dizon Jr. left; Executive Secretary Ana Cruz and Justice Secretary "
    "Pedro “Pete” Santos stayed.": [
        ("Ramon T. Dizon Jr", ["President"], None),
        ("Ana Cruz", ["Executive Secretary"], None),
        ("Pedro Santos", ["Justice Secretary"], None),
    ],
    # an honorific inside a run opens the name; an organisation's words are no name
    "With him were Inspector-General of Police Tan Sri Ahmad Kamal Yusof and the head of the "
    "Malaysian Coastal Enforcement Agency.": [
        ("Ahmad Kamal Yusof", ["Inspector-General of Police"], None),
    ],
    "The plan was presented by ASEAN Secretary Pham Quang Vinh.": [
        ("Pham Quang Vinh", ["ASEAN Secretary"], None),
    ],
    "The trip was confirmed, said foreign ministry spokesperson Li Hua.": [
        ("Li Hua", ["foreign ministry spokesperson"], None),
    ],
    "Meanwhile, the Chief Executive is expected in Manila.": [],
    # a division in brackets after the post; a rank after the post, before the name
    "He came with deputy director-general (Policy and Planning) of the Home Affairs Ministry, "
    "Datuk Ali Ahmad Bakar.": [
        ("Ali Ahmad Bakar", ["deputy director-general (Policy and Planning) of the Home Affairs Ministry"], None),
    ],
    "Also there was the director-general of the Coast Guard Agency (CGA), Rear Admiral Lim Boon Keat.": [
        ("Lim Boon Keat", ["director-general of the Coast Guard Agency (CGA)", "Rear Admiral"], None),
    ],
}
