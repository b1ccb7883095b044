"""French rules for people and their titles (posts, portfolios, appositions, sentence words).

The engine (extract/people.py) builds its regexes from these pieces once per language. Posts
are matched case-insensitively ("Le Premier ministre" at a sentence start); complements follow
the French shape "des Affaires étrangères", "de l'Industrie et du Commerce", "de SOM ASEAN du
Laos": an article, then capitalised words or acronyms, then lower-case adjectives.
"""

from __future__ import annotations

LANG = "fr"

# Posts, any order (the engine sorts them longest first). Case-insensitive.
POSTS: list[str] = [
    "vice-Premier ministre",
    "vice-premier ministre",
    "Premier ministre",
    # feminine forms: "la Première ministre", "la vice-Première ministre"
    "vice-Première ministre",
    "vice-première ministre",
    "Première ministre",
    "ministre d'État",
    "ministre d’État",
    "ministre-conseiller",
    "ministre conseiller",
    "secrétaire permanent",
    "secrétaire permanente",
    "sous-secrétaire d'État",
    "sous-secrétaire d’État",
    "sous-secrétaire",
    "conseillère d'État",
    "conseillère d’État",
    "consul général",
    "consule générale",
    "représentant spécial",
    "représentante spéciale",
    "haute représentante",
    "chargée d'affaires",
    "chargée d’affaires",
    "commandant en chef",
    "lieutenant-général",
    "amiral",
    "vice-ministre",
    "ministre délégué",
    "ministre déléguée",
    "ministre",
    "secrétaire d'État",
    "secrétaire d’État",
    # a party post: "secrétaire adjoint de la Commission militaire centrale"
    "secrétaire",
    "secrétaire général adjoint",
    "secrétaire générale adjointe",
    "secrétaire général",
    "secrétaire générale",
    "vice-président",
    "vice-présidente",
    "président",
    "présidente",
    "ambassadeur",
    "ambassadrice",
    "chef adjoint",
    "chef",
    "cheffe",
    "directeur général",
    "directrice générale",
    "directeur",
    "directrice",
    "porte-parole",
    "chargé d'affaires",
    "chargé d’affaires",
    "représentant permanent",
    "représentante permanente",
    "envoyé spécial",
    "envoyée spéciale",
    "gouverneur",
    "roi",
    "reine mère",
    "reine",
    "sultan",
    "prince",
    "princesse",
    "général",
    "général d'armée",
    "maréchal",
    "conseiller d'État",
    # "Etat" without its accent, as often typed
    "conseiller d'Etat",
    "conseiller d’Etat",
    "conseillère d'Etat",
    "conseillère d’Etat",
    "ministre d'Etat",
    "ministre d’Etat",
    "secrétaire d'Etat",
    "secrétaire d’Etat",
    "haut représentant",
    # military ranks: "le général de corps d'armée X"
    "général de corps d'armée",
    "général de corps d’armée",
    "général de division",
    "général de brigade",
    "colonel",
    "lieutenant-colonel",
    # a party or body seat: "membre du Comité central du Parti"
    "membre",
]
# Upper-case abbreviations of posts, matched case-sensitively.
POST_ABBREVIATIONS: list[str] = ["PM"]
# Posts that name a person's place in a body (its complement names the body, which may hold a
# country: "chef de SOM ASEAN du Laos"): their text is kept whole, qualifiers included.
ORG_POSTS: list[str] = [
    "chef", "cheffe", "chef adjoint", "représentant permanent", "représentante permanente",
    # a ruler's post keeps its country: "roi du Cambodge", "sultan de Brunei"
    "roi", "reine", "sultan",
]
# Ranks rather than posts: when a person also has a post in apposition, the role is that post.
RANKS: list[str] = [
    "ambassadeur", "ambassadrice", "général", "maréchal", "général de corps d'armée", "général de corps d’armée",
    "général de division", "général de brigade", "colonel", "lieutenant-colonel",
]
# Words that introduce a person without being a title ("son homologue laotien X").
INTRODUCERS: list[str] = ["homologue"]
# A whole post held in ASEAN's own bodies (country: none): "secrétaire général adjoint de
# l'ASEAN", not "secrétaire général du comité national ... de l'ASEAN".
ASEAN_POST = (
    r"(?i:secr[ée]taire\s+g[ée]n[ée]ral[e]?(?:\s+adjointe?)?|directeur(?:\s+g[ée]n[ée]ral)?"
    r"|directrice(?:\s+g[ée]n[ée]rale)?)\s+(?:du\s+Secr[ée]tariat\s+)?de\s+l['’]\s*ASEAN"
)

# Words written before a post ("l'ancien ministre", "le nouveau Premier ministre").
PRE_MODIFIERS: list[str] = ["ancien", "ancienne", "nouveau", "nouvelle", "futur", "future"]
# Words written right after a post ("ministre par intérim", "secrétaire général adjoint").
POST_MODIFIERS: list[str] = [
    "par intérim",
    "p.i.",  # par intérim, abbreviated: "chef p.i de SOM ASEAN"
    "p.i",
    "a.i.",
    "ad interim",
    "désigné",
    "désignée",
    "adjoint",
    "adjointe",
    "délégué",
    "déléguée",
    "permanent",
    "permanente",
    "sortant",
    "sortante",
    "honoraire",
    "en exercice",
    "principal",
    # "ministre chargé du bureau du Premier ministre": the charge is in the complement
    "chargé",
    "chargée",
]
# Lower-case words that may follow a capitalised portfolio word ("Affaires étrangères").
PORTFOLIO_ADJECTIVES: list[str] = [
    "étrangères",
    "étranger",
    "extérieures",
    "extérieur",
    "intérieures",
    "intérieur",
    "publique",
    "publiques",
    "public",
    "nationale",
    "national",
    "sociales",
    "social",
    "rural",
    "rurale",
    "naturelles",
    "numérique",
    "internationale",
    "international",
    "économique",
    "générale",
    "général",
    "permanente",
    "permanent",
    "centrale",
    "central",
    "populaire",
    "supérieur",
    "haut",
    "hauts",
    "officiels",
    "fonctionnaires",
    "technologique",
    "industriel",
    "régionale",
    "ethniques",
    "religieuses",
    "numériques",
    "chargé",
    "chargée",
    "chargés",
    "chargées",
    "armées",
]
# Lower-case adjectives the list cannot hold ("de la Société numériques", "des forces armées"),
# known by their endings; verbs and nouns rarely end so, and a title must still reach a name.
PORTFOLIO_ADJECTIVE_PATTERN = (
    r"[a-zàâçéèêëîïôûùüÿœ]{2,}(?:iques?|aux|ales?|elles?|els|aires?|ives?|ifs|iennes?|iens|aises?"
    r"|éennes?|éens?|ières?|iers|ieures?|ieurs|ées?)"
)
# Articles opening a complement ("des Affaires étrangères", "de l'ASEAN").
COMPLEMENT_ARTICLES = (
    r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|auprès\s+de\s+l['’]\s*|auprès\s+de\s+"
    r"|en\s+|au\s+|aux\s+)"
)
# Articles before the country a post is held in, as opposed to the country it serves:
# "ambassadeur du Vietnam en Thaïlande" serves Vietnam.
POSTING_ARTICLES = r"(?:en\s+|au\s+|aux\s+|à\s+)"
# Lower-case words that may open a complement besides an article ("chef de la délégation").
COMPLEMENT_NOUNS: list[str] = [
    "délégation", "mission", "représentation", "diplomatie", "commission", "comité",
    "ministère", "gouvernement", "cabinet", "officiels", "hauts officiels", "fonctionnaires",
    "hauts fonctionnaires", "haut rang", "affaires", "armée", "forces", "état-major", "ambassade",
    "bureau", "département", "direction", "conseil", "assemblée", "parlement", "secrétariat",
    "équipe", "groupe", "communauté",
    # a parliament's house: "président de la Chambre des représentants de Malaisie"
    "représentants", "députés", "sénateurs", "chambre",
    # "ministre chargé du bureau du Premier ministre"
    "Premier ministre", "Première ministre", "présidence",
    # lower-case second nouns of a portfolio: "de la Durabilité de l'environnement"
    "environnement", "climat", "emploi",
    # "directeur du Département de la coopération internationale"
    "coopération", "relations extérieures",
]
CONJUNCTIONS = r"(?:et)"

# Function words that may open a capitalised run at a sentence start ("Le", "Selon", "Son"):
# dropped there only, since some are also name parts ("Lê", "Sơn").
LEADING_WORDS: set[str] = set(
    """
    Le La Les L Un Une Des Du De D Au Aux Ce Cet Cette Ces Son Sa Ses Leur Leurs Il Elle Ils Elles
    On Nous Vous Je Tu Y En Et Ou Mais Donc Or Ni Car Si Selon Pour Par Avec Sans Sous Sur Dans
    Lors Après Avant Depuis Pendant Entre Vers Chez Contre Malgré Parmi Outre Hors Dès Face
    Quant Ainsi Aussi Enfin Puis Alors Toutefois Cependant Néanmoins Notamment Également Encore
    À A Où Qui Que Quoi Dont Lequel Laquelle Lesquels Auparavant Demain Hier Aujourd Ici Là
    Monsieur Madame Excellence
    """.split()
)
# Capitalised words that are never part of a name in French text: months, weekdays, portfolio
# words, title words, sentence-opening participles.
STOP_WORDS: set[str] = set(
    """
    Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre
    Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche
    Affaires Industrie Commerce Défense Sécurité Finances Planification Investissement Plan
    Information Communications Justice Travail Invalides Santé Éducation Formation Culture
    Sports Tourisme Transports Construction Agriculture Développement Ressources Environnement
    Sciences Science Technologie Technologies Intérieur Économie Energie Énergie Mines
    Coopération Diplomatie Parti Etat État Etats États Unis Assemblée Président Présidente
    Premier Ministre Ministres Vice Secrétaire Ambassadeur Chef Cheffe Général Directeur Roi
    Reine Sultan Prince Porte Gouverneur Représentant Envoyé Hauts Officiels Sommet Réunion
    Photo Source Tags VNA AVI Intervenant Prenant Accueillant Mandaté Passant Soulignant
    Affirmant Rappelant Saluant S Concernant Evoquant Évoquant Abordant Organisées Organisé
    Organisée Tenue Tenu Présidée Présidé Déclarant Estimant Félicitant
    """.split()
)

# "la délégation vietnamienne", "une délégation du Laos": the person's country from context.
DELEGATION_CONTEXT = (
    r"(?i:délégation)\s+(?:[\w-]+\s+){0,3}?(?P<c>{ADJ})\b"
    r"|(?i:délégation)\s+(?:du|de\s+la|de\s+l['’]|des|de)\s*(?P<n>{NAME})\b"
)

# A country written right after a name: "M. X, du Laos" is not one; "X du Laos" is.
NAME_COUNTRY_LINK = r"\s+(?:du|de\s+la|de\s+l['’]\s*|des|de|d['’]\s*)\s*"
# A photo credit: the sentence holding it is a caption, even when the cleaner kept it inline.
CAPTION_MARKER = r"\(?\b(?:Photo|Source)\s*:"

# Words that link a name to a post in apposition without a comma ("X en tant que président de").
APPOSITION_LINKS: tuple[str, ...] = (" en tant que ", " en sa qualité de ", " en qualité de ")

# Relative clauses that open an apposition ("X, qui est aussi chef de la délégation, ...").
APPOSITION_RELATIVES: tuple[str, ...] = ("qui est ", "qui était ")

# phrase -> people expected: (name, [titles], country), in text order. The test runs each.
EXAMPLES: dict[str, list[tuple[str, list[str], str | None]]] = {
    "Le directeur du Département de la coopération internationale, Nguyen Van Nam, était présent.": [
        ("Nguyen Van Nam", ["directeur du Département de la coopération internationale"], "VN"),
    ],
    "La sous-secrétaire Ma. Theresa Lazaro a présidé la réunion.": [("Ma. Theresa Lazaro", ["sous-secrétaire"], "PH")],
    "Il a rencontré le président de la Chambre des représentants de Malaisie, Ahmad Razak Ismail.": [
        ("Ahmad Razak Ismail", ["président de la Chambre des représentants"], "MY"),
    ],
    "La séance était présidée par le ministre laotien de la Défense Chansamone Chanyalath en tant que "
    "président de l'ADMM.": [
        ("Chansamone Chanyalath", ["ministre de la Défense", "président de l'ADMM"], "LA"),
    ],
    "Le secrétaire général de l'ASEAN, AM Fachri, et le chef du SOM ont assisté.": [
        ("AM Fachri", ["secrétaire général de l'ASEAN"], None),
    ],
    "La délégation était conduite par le général de corps d'armée Hoang Van Tam, membre du Comité "
    "central du Parti, vice-ministre de la Défense.": [
        ("Hoang Van Tam", ["général de corps d'armée", "membre du Comité central du Parti",
                           "vice-ministre de la Défense"], "VN"),
    ],
    "Il a précisé à Xinhua Arsenio Santos, porte-parole du ministère.": [
        ("Arsenio Santos", ["porte-parole du ministère"], None),
    ],
    "Le conseiller d'Etat Li Ming a reçu les ambassadeurs.": [
        ("Li Ming", ["conseiller d'Etat"], None),
    ],
    "Le Premier ministre Ahmad tun Ismail est arrivé hier.": [
        ("Ahmad tun Ismail", ["Premier ministre"], None),
    ],
    "Le ministre des Ressources naturelles et de la Protection de l'environnement Ali Hassan a parlé.": [
        ("Ali Hassan", ["ministre des Ressources naturelles et de la Protection de l'environnement"], None),
    ],
    "Le 27 décembre, le vice-ministre des Affaires étrangères, Do Hung Viet, a présidé une réunion.": [
        ("Do Hung Viet", ["vice-ministre des Affaires étrangères"], "VN"),
    ],
    "L'ambassadeur Vu Ho, chef par intérim de SOM ASEAN Vietnam, à la tête d'une délégation, a assisté.": [
        ("Vu Ho", ["ambassadeur", "chef par intérim de SOM ASEAN Vietnam"], "VN"),
    ],
    "La réunion s'est tenue sous la présidence du vice-Premier ministre et ministre des Affaires "
    "étrangères du Laos, Saleumxay Kommasith, dont le pays assure la présidence.": [
        ("Saleumxay Kommasith", ["vice-Premier ministre", "ministre des Affaires étrangères"], "LA"),
    ],
    "Mandaté par le ministre des Affaires étrangères Bùi Thanh Sơn, le vice-ministre des Affaires "
    "étrangères et chef de SOM ASEAN Vietnam, Đỗ Hùng Việt, conduit la délégation vietnamienne.": [
        ("Bùi Thanh Sơn", ["ministre des Affaires étrangères"], "VN"),
        ("Đỗ Hùng Việt", ["vice-ministre des Affaires étrangères", "chef de SOM ASEAN Vietnam"], "VN"),
    ],
    "Les sommets sont présidés par le Premier ministre laotien Sonexay Siphandone.": [
        ("Sonexay Siphandone", ["Premier ministre"], "LA"),
    ],
    "Le ministre de l'Industrie et du Commerce, Nguyên Hông Diên, est à la tête de la délégation.": [
        ("Nguyên Hông Diên", ["ministre de l'Industrie et du Commerce"], "VN"),
    ],
    "Le secrétaire général adjoint de l'ASEAN, Hoàng Anh Tuấn, y a pris part.": [
        ("Hoàng Anh Tuấn", ["secrétaire général adjoint de l'ASEAN"], None),
    ],
    "Elle était présidée par le vice-ministre laotien des Affaires étrangères Thongphane Savanphet, "
    "chef de SOM ASEAN du Laos, avec les chefs de SOM.": [
        ("Thongphane Savanphet",
         ["vice-ministre des Affaires étrangères", "chef de SOM ASEAN du Laos"], "LA"),
    ],
    "Le ministre vietnamien des Affaires étrangères, Bui Thanh Son, a rencontré son homologue.": [
        ("Bui Thanh Son", ["ministre des Affaires étrangères"], "VN"),
    ],
    "L'ambassadeur de Malaisie, Dato’ Tan Yang Thai, a transmis les félicitations.": [
        ("Tan Yang Thai", ["ambassadeur"], "MY"),
    ],
    "Lê Hoài Trung, ministre par intérim des Affaires étrangères, a reçu les ambassadeurs.": [
        ("Lê Hoài Trung", ["ministre par intérim des Affaires étrangères"], "VN"),
    ],
    "Le président indonésien Joko Widodo a ouvert le sommet au Centre national des congrès.": [
        ("Joko Widodo", ["président"], "ID"),
    ],
    "Selon le Bureau politique, la Vision de la Communauté de l'ASEAN reste la priorité.": [],
    "Il a été accueilli par le ministre philippin de la Culture et des Industries créatives, "
    "Ramon Dizon, à sa descente d'avion.": [
        ("Ramon Dizon", ["ministre de la Culture et des Industries créatives"], "PH"),
    ],
    "La secrétaire permanente du ministère indonésien des Affaires étrangères, Mme Dewi Kartika, "
    "dirigera les travaux.": [
        ("Dewi Kartika", ["secrétaire permanente du ministère indonésien des Affaires étrangères"], "ID"),
    ],
    "Le secrétaire général du ministère brunéien de la Défense, Datuk Seri Rahman Ali Hassan, a parlé.": [
        ("Rahman Ali Hassan", ["secrétaire général du ministère brunéien de la Défense"], "BN"),
    ],
    "La Première ministre néo-zélandaise Jacinda Ardern a salué l'accord.": [
        ("Jacinda Ardern", ["Première ministre"], "NZ"),
    ],
    "Étaient présents l'ambassadeur du Laos au Japon Khamphao Ernthavanh et l'ambassadrice "
    "thaïlandaise au Cambodge Urawadee Sriphiromya (à gauche).": [
        ("Khamphao Ernthavanh", ["ambassadeur du Laos au Japon"], "LA"),
        ("Urawadee Sriphiromya", ["ambassadrice au Cambodge"], "TH"),
    ],
    "L'ambassadeur Le Minh Tam, chef p.i de SOM ASEAN Vietnam, était présent.": [
        ("Le Minh Tam", ["ambassadeur", "chef p.i de SOM ASEAN Vietnam"], "VN"),
    ],
    "Le chef du gouvernement cambodgien Hun Manet a reçu la délégation.": [
        ("Hun Manet", ["chef du gouvernement cambodgien"], "KH"),
    ],
    "Le sous-secrétaire d'État américain Kurt Campbell a vu la vice-Première ministre australienne "
    "Penny Wong.": [
        ("Kurt Campbell", ["sous-secrétaire d'État"], "US"),
        ("Penny Wong", ["vice-Première ministre"], "AU"),
    ],
    "Le chef de la diplomatie vietnamienne, Bui Thanh Son, a pris la parole.": [
        ("Bui Thanh Son", ["chef de la diplomatie vietnamienne"], "VN"),
    ],
    "Le général Tran Van Long, secrétaire adjoint de la Commission militaire centrale, était là.": [
        ("Tran Van Long", ["général", "secrétaire adjoint de la Commission militaire centrale"], "VN"),
    ],
    "Le ministre chargé du bureau du Premier ministre de Thaïlande, Somchai Rakdee, a parlé.": [
        ("Somchai Rakdee", ["ministre chargé du bureau du Premier ministre"], "TH"),
    ],
    "Le secrétaire général adjoint de l'ASEAN chargé de la communauté économique, Ananda Sukarno, "
    "a conclu.": [
        ("Ananda Sukarno", ["secrétaire général adjoint de l'ASEAN chargé de la communauté économique"], None),
    ],
}
