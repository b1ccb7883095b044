"""French rules for meetings: ordinals, who did what at a meeting, status, links, anaphora.

Series names live in knowledge/data/series.yaml; this module holds the grammar around them.
Every rule group has EXAMPLES that tests/test_meetings_rules.py runs.
"""

from __future__ import annotations

# "43e", "43ème", "1er", "1re", "18ᵉ" (superscript), "deuxième": an ordinal before a meeting name.
# series.yaml's {MEETING}: the head nouns of a meeting's name, and the adjectives that may stand
# between them and the rest of the name ("une rencontre informelle des ministres de la Défense").
MEETING = r"(?:réunion|conférence|rencontre)s?(?: (?:informelle|virtuelle)s?)?"
ORDINAL = r"(?P<num>\d{1,3})\s?(?:e|è|ème|eme|er|re|ère|ᵉ|ᵉʳ|ʳᵉ|ème)\b|(?P<word>premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième)"
ORDINAL_WORDS = {
    "premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3,
    "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9,
    "dixième": 10,
}
ORDINAL_JOIN = r"\s*(?:,|et|ou)\s*"
# "la 35e réunion du Conseil de coordination": words allowed between ordinal and name.
ORDINAL_BRIDGE = r"(?:(?:réunion|session|édition|conférence)s?\s+(?:du|de la|de l'|des|de)\s*)?"

# Who did what. `side`: where the person stands from the cue: "before" (subject of an active
# verb) or "after" (agent of a passive, object of "en présence de"); "focus": after, at the
# meeting the story is about ("Prenant la parole, X a ...").
FUNCTION_CUES: list[tuple[str, str, str]] = [
    # Qui prend la parole à une réunion y a assisté.
    # Un responsable cité dans le compte rendu d'une réunion y a pris part ("speech": le sujet
    # du verbe, à la réunion dont parle l'article).
    (r"\b(?:a|ont)\s+(?:notamment\s+|également\s+|aussi\s+)?(?:déclaré|affirmé|souligné|indiqué|estimé|salué|proposé|suggéré|plaidé|appelé|exprimé|réaffirmé|insisté|présenté|informé|partagé|remercié|félicité|rappelé|noté|annoncé|évoqué|encouragé|exhorté|mis\s+l['’]accent|précisé|expliqué|mis\s+à\s+jour|fait\s+savoir)\b", "attended", "speech"),
    # (no meeting named in the cue: the one the story is about, hence "focus")
    (r"\b(?:[Dd]ans\s+son\s+(?:allocution|discours|intervention)|[Ss]['’]adressant\s+(?:à|aux)\s+[^,]{0,60}|[Pp]renant\s+la\s+parole)\s*,", "attended", "focus"),
    (r"\b(?:lors\s+d[eu]|à|au\s+cours\s+d[eu]|s['’]exprimant\s+(?:lors\s+d[eu]|à)|prenant\s+la\s+parole\s+(?:lors\s+d[eu]|à))\s+(?:la\s+|cette\s+|l['’])?(?:\d+\s?e\s+)?(?:réunion|séance|conférence|sommet|session|rencontre|retraite)\b", "attended", "after"),
    (r"\b(?:co-?)?présidée?s?\s+par\b", "chaired", "after"),
    # A photo's caption ("caption": only there): "Le ministre X lors de l'ADMM Retreat":
    # the person named before, at the meeting named right after.
    (r"\b(?:lors\s+d(?:u|e\s+la|e\s+l['’]|es)|au|aux|à\s+la|à\s+l['’])\s*", "attended", "caption"),
    # "X, présent au sommet de l'ASEAN à Kuala Lumpur, s'est dit optimiste"
    (r"\bprésente?s?\s+(?:au|à\s+la|à\s+l['’]|aux)\s+(?:[\w'’-]+\s+){0,2}?(?:réunion|séance|conférence|sommet|session|rencontre|retraite|forum)s?\b", "attended", "before"),
    # "en tant que président de la réunion"
    (r"\ben\s+(?:tant\s+que|sa\s+qualité\s+de)\s+(?:co-?)?présidente?\s+(?:de\s+la|du|de\s+l['’])\s*(?:[\w'’-]+\s+){0,2}?(?:réunion|séance|conférence|sommet|session|rencontre|retraite|forum)\b", "chaired", "before"),
    (r"\b[Pp]résidant\s+(?:la|cette|l['’])\s*(?:[\w-]+\s+){0,3}?(?:réunion|séance|conférence|rencontre|session)\s*,", "chaired", "after"),
    # La légende d'une photo de groupe : les personnes nommées étaient à la réunion ("photo").
    (r"\b(?:[Dd]e\s+gauche\s+à\s+droite|[Ss]ur\s+la\s+photo)\s*:", "attended", "photo"),
    (r"\bsous\s+la\s+(?:co-?)?présidence\s+(?:du|de\s+la|de\s+l'|de|d')|\bsous\s+la\s+houlette\s+(?:du|de\s+la|de\s+l'|de|d')|\bsous\s+l['’]égide\s+(?:du|de\s+la|de\s+l'|de|d')", "chaired", "after"),
    (r",\s+(?:co-?)?président(?:e)?\s+(?:de\s+la\s+(?:réunion|conférence|séance)|des\s+travaux)\b|\b(?:a|avait|ont|va)\s+(?:co-?)?présidé\b|\bprésidait\b|\bpréside\b|\bprésider(?:a|ont)\b|\bco-?présid(?:e|ait|era)\b", "chaired", "before"),
    (r"\bà\s+la\s+tête\s+d(?:'|’)une\s+délégation|\bà\s+la\s+tête\s+de\s+la\s+délégation|\best\s+à\s+la\s+tête\b", "led_delegation", "before"),
    (r"\b(?:a\s+|avait\s+|va\s+)?(?:conduit|conduisait|conduira|conduit|dirigé|dirigeait|dirige|dirigera|mené|menait|guidé)\s+(?:\w+\s+){0,2}(?:la|une|sa)\s+délégation", "led_delegation", "before"),
    (r"\b(?:conduisait|conduira|conduit|dirigeait|dirigera|dirige)\b", "led_delegation", "before"),
    (r"\bdélégation\s+(?:\w+\s+){0,4}(?:conduite|dirigée|menée)\s+par\b", "led_delegation", "after"),
    # "X, Premier ministre, et d'autres membres de sa délégation sont arrivés": X la conduit
    (r"\bet\s+(?:d['’]autres\s+|les\s+(?:autres\s+)?)?membres\s+de\s+sa\s+délégation\b", "led_delegation", "before"),
    (r"\b(?:a|ont|avait|va|vont)\s+reçu\b|\breçoit\b|\brecevra\b|\ba\s+accueilli\b|\baccueille\b", "hosted", "before"),
    (r"\breçue?s?\s+par\b|\baccueillie?s?\s+par\b|\bvisite\s+de\s+courtoisie\s+(?:au|à\s+la|à)\b", "hosted", "after"),
    (r"\b(?:a|ont|avait|avaient|va|vont)\s+(?:également\s+)?(?:participé|assisté|pris\s+part)\b|\bparticipera(?:it)?\b|\bparticipe\b|\bassistera\b|\by\s+a\s+pris\s+part\b|\bprendra\s+part\b|\bprend\s+part\b|\bpour\s+(?:participer|assister|prendre\s+part)\b|\bassistera\b|\bassisteront\b|\bparticiperont\b", "attended", "before"),
    (r"\ben\s+présence\s+(?:du|de\s+la|de|des|d')|\bdont\s+fai(?:t|saient)\s+partie\b|\baccompagnée?\s+(?:du|de\s+la|de|d')|\bcomprenant\b|\bnotamment\b(?=\s+(?:le|la|les)\s)|\b(?:avec\s+)?la\s+participation\s+(?:du|de\s+la|de|des|d')|\b(?:a\s+|avait\s+)?réuni\b|\bréunissant\b|\bréunit\b", "attended", "after"),
]
FUNCTION_EXAMPLES = {
    "la réunion était présidée par le vice-ministre": "chaired",
    "la réunion était coprésidée par le vice-ministre": "chaired",
    "sous la présidence du vice-Premier ministre": "chaired",
    "le Premier ministre, présent au sommet de l'ASEAN": "attended",
    "en tant que président de la réunion": "chaired",
    "le vice-ministre a présidé une réunion": "chaired",
    "le ministre X, président de la réunion, a souligné": "chaired",
    "à la tête d'une délégation vietnamienne": "led_delegation",
    "a conduit ce lundi la délégation vietnamienne": "led_delegation",
    "y conduisait la délégation vietnamienne": "led_delegation",
    "une délégation vietnamienne conduite par le ministre": "led_delegation",
    "a reçu l'ambassadeur": "hosted",
    "et d'autres membres de sa délégation sont arrivés": "led_delegation",
    "Présidant la réunion, le vice-ministre": "chaired",
    "De gauche à droite : le ministre": "attended",
    "le secrétaire général de l'ASEAN a rappelé que": "attended",
    "sous la houlette du vice-ministre": "chaired",
    "la vice-ministre présidera ces réunions": "chaired",
    "est arrivé à Jakarta pour participer au 42e Sommet": "attended",
    "avec la participation du secrétaire général": "attended",
    "a participé lundi 29 janvier à la conférence": "attended",
    "y a pris part": "attended",
    "en présence du ministre": "attended",
    "dont fait partie le vice-Premier ministre": "attended",
    "S'exprimant lors de la réunion,": "attended",
    "Dans son allocution, le général": "attended",
    "le ministre a déclaré que": "attended",
    "S'adressant à la cérémonie d'ouverture, le Premier ministre": "attended",
    "a été ouvert sous l'égide du ministre": "chaired",
}

# A person named after these did not take part: they sent someone.
# Un repère "after" qui ouvre une liste de personnes, pas une seule : "en présence de X, Y et Z".
# "coprésidée par X et Y": les deux
LIST_CUE = r"dont|notamment|comprenant|accompagn|participation|présence|réuni|accueilli|co-?présid"
LIST_CUE_EXAMPLES = {"accompagné du vice-ministre": True, "coprésidée par": True, "présidée par": False}

# Un sujet désigné par sa fonction, sans son nom, juste avant le verbe : "la ministre
# vietnamienne a assisté", "le PM chinois assistera" (la personne nommée plus haut).
DESCRIBED_SUBJECT = r"\b(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<desc>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:(?:a|ont|va|vont|avait)\s+)?(?:également\s+|aussi\s+)?$"
POST_WORDS = {"ministre", "pm", "premier", "président", "présidente", "secrétaire", "chef", "ambassadeur", "ambassadrice", "vice-ministre", "vice-premier"}
DESCRIBED_EXAMPLES = {
    "La ministre vietnamienne ": "ministre vietnamienne",
    "Selon le porte-parole, le PM chinois ": "PM chinois",
}

NOT_PARTICIPANT = r"\b(?:mandatée?\s+par|au\s+nom\s+(?:du|de\s+la|de)|sur\s+(?:l'|l’)autorisation\s+(?:du|de))\s*$"

# Status: words in the clause that say the meeting is still to come, or has taken place.
FUTURE = (
    r"\b(?:se\s+tiendr(?:a|ont)|aur(?:a|ont)\s+lieu|prévue?s?|attendue?s?|programmée?s?|devr(?:a|ont|ait|aient)|"
    r"participer(?:a|ont)|ouvrir(?:a|ont)|conduir(?:a|ont)|accueiller(?:a|ont)|se\s+réunir(?:a|ont)|"
    r"ser(?:a|ont)|va|vont|doi(?:t|vent)|prochaine?s?|à\s+venir|discuter(?:a|ont)|adopter(?:a|ont)|"
    r"débuter(?:a|ont)|s'ouvrir(?:a|ont)|se\s+poursuivr(?:a|ont)|rendr(?:a|ont))\b"
)
PAST = (
    r"\b(?:a|ont|avait|avaient)\s+eu\s+lieu|\bs(?:'|’)est\s+(?:tenue?|ouverte?|déroulée?|achevée?|clôturée?|réunie?)|"
    r"\bse\s+sont\s+(?:tenue?s|ouverte?s|déroulée?s|achevée?s|réunie?s)|\b(?:a|ont)\s+débuté|\btenue?s?\b|"
    r"\bavaient\s+tenu|\b(?:a|ont|avait)\s+(?:participé|assisté|présidé|conduit|organisé|ouvert|clôturé|examiné|adopté)|"
    r"\bdernière?\b|\bs'est\s+déroulée?"
)
CANCELLED = r"\b(?:annulée?s?|reportée?s?\s+sine\s+die|n'aura\s+pas\s+lieu)\b"
STATUS_EXAMPLES = {
    "se tiendront du 9 au 11 octobre": "scheduled",
    "prévue les 16 et 17 janvier": "scheduled",
    "a eu lieu le 28 janvier": "held",
    "s'est ouverte jeudi 25 juillet": "held",
    "la réunion a été annulée": "cancelled",
}

# The meeting is the subject and the verb says it took (or takes) place: the article reports on it.
HOLDING_VERB = (
    r"^\s*(?:\([^)]{1,30}\)\s*)?(?:,\s*)?(?:et\s+(?:les|la|le)\s+(?:réunions?|sommets?|conférences?)\s+connexes\s*)?"
    r"(?:s(?:'|’)est|se\s+sont|a|ont|se|s(?:'|’)|vont|va|doit|doivent)?\s*"
    r"(?:tenue?s?|tiendr(?:a|ont)|ouverte?s?|ouvrir(?:a|ont)|eu\s+lieu|aur(?:a|ont)\s+lieu|débuté|débuter(?:a|ont)|"
    r"déroulée?s?|déroule(?:nt)?|poursui(?:t|vent|vra|vront)|réunie?s?|lieu)\b"
)
HOLDING_EXAMPLES = {
    " s'est ouverte jeudi 25 juillet": True,
    " a eu lieu le 28 janvier": True,
    " ont débuté le 29 janvier": True,
    " (SOM) s'est tenue jeudi": True,
    " et les sommets connexes se tiendront du 9 au 11 octobre": True,
    ", organisés en octobre à Vientiane, ont été le point d'orgue": False,
}

# Links between meetings, and mentions that only refer to a meeting.
PREPARES = (
    r"\b(?:pour|afin\s+de)\s+(?:préparer\s+(?:[\w'’-]+\s+){0,3}?(?:pour|de)\b|préparer|réviser\s+et\s+achever\s+les\s+derniers\s+préparatifs\s+d[eu]|"
    r"mettre\s+la\s+dernière\s+main\s+à|finaliser\s+les\s+préparatifs\s+d[eu])|\ben\s+vue\s+d(?:u|es|e\s+la|e\s+l'|e)|"
    r"\bpréparatoire\s+(?:au|à\s+la|aux)|\bpréparatifs\s+d(?:u|e\s+la|e\s+l'|es|e)|\bpréparation\s+d(?:u|e\s+la|e\s+l'|es|e)"
)
PART_OF = (
    r"\ben\s+marge\s+d(?:u|e\s+la|e\s+l'|es|e)|\bdans\s+le\s+cadre\s+d(?:u|e\s+la|e\s+l'|es|e)|"
    r"\bà\s+l(?:'|’)occasion\s+d(?:u|e\s+la|e\s+l'|es|e)|\blors\s+d(?:u|e\s+la|e\s+l'|es|e)|\bau\s+cours\s+d(?:u|e\s+la|e\s+l'|es|e)"
)
REFERENCE = (
    r"\brésultats?\s+d(?:u|e\s+la|e\s+l'|es|e)|\bconclusions?\s+d(?:u|e\s+la|e\s+l'|es|e)|"
    r"\bdécisions?\s+prises?\s+.{0,40}lors\s+d(?:u|e)|\bsoumis\s+(?:au|à\s+la|aux)|\bdepuis\s+l[ea]"
)
# Of the framing cues, those that put the sentence's action inside the meeting: in a story's lead,
# a meeting so named and framing no other meeting is the one the story reports.
DURING = r"\b(?:lors|au\s+cours|pendant|durant)\s*(?:d(?:u|e\s+la|e\s+l['’]\s*|es|e)|la|le|les|l['’])\s*$"
DURING_EXAMPLES = {
    "Le ministre a fait cette proposition lors de la ": True,
    "au cours du ": True,
    "pendant la ": True,
    "en marge de la ": False,
    "à l'occasion de la ": False,
}
LINK_EXAMPLES = {
    "pour réviser et achever les derniers préparatifs de la": "prepares",
    "en vue des": "prepares",
    "en marge de la": "part_of",
    "dans le cadre de la": "part_of",
    "les résultats du": "reference",
}

# Nouns that stand for a meeting already named: head word -> the kind of meeting it can be.
ANAPHORA = (
    r"\b(?:la|cette|cet|ce|les|ces|leur|de\s+la|du|des|à\s+la|au|aux)\s+"
    r"(?P<head>réunions?|conférences?|sommets?|retraite|séances?|sessions?|événement|évènement|travaux|forum|entretiens?|rencontres?)\b"
)
ANAPHORA_HEADS = {
    "réunion": None, "réunions": None, "séance": None, "séances": None, "session": None, "sessions": None,
    "événement": None, "évènement": None, "travaux": None, "conférence": "conférence", "conférences": "conférence",
    "sommet": "summit", "sommets": "summit", "retraite": "AMM-RETREAT", "forum": "ARF",
    "entretien": "bilateral", "entretiens": "bilateral", "rencontre": "bilateral", "rencontres": "bilateral",
}
# "y a pris part", "y conduisait": the clitic stands for the meeting of the sentence before.
CLITIC = r"\by\s+(?=\w)"

# Two countries' officials meeting.
BILATERAL = (
    r"\b(?:un\s+|des\s+|en\s+)?entretiens?\b|\bs(?:'|’)est\s+entretenue?|\bse\s+sont\s+entretenus|\ba\s+rencontré|"
    r"\bont\s+rencontré|\brencontres?\s+(?:avec|bilatérales?)|\bvisite\s+de\s+courtoisie|\bpourparlers\b|"
    r"\bréunion\s+bilatérale|\brencontre\b(?=\s+(?:avec|entre))"
)
COUNTERPART = r"\bhomologues?\s+(?P<adj>[a-zéèêëîïôûüç-]+(?:(?:\s*,\s*|\s+et\s+)(?:du\s+|de\s+l['’]|de\s+la\s+|des\s+)?[\w-]+)*)"
# "ses homologues des États-Unis, de Corée du Sud et d'Australie"
COUNTERPART_LIST = r"\bhomologues?\s+(?:des|du|de\s+la|de\s+l['’]|d['’])\s*(?P<list>[^.;:]{3,160})"
BILATERAL_EXAMPLES = {
    "a eu le 11 juillet à Jakarta un entretien avec": True,
    "s'est entretenu avec son homologue laotien": True,
    "a reçu en visite de courtoisie": True,
    "ont discuté de la coopération": False,
}

# One country's own meeting about ASEAN affairs.
NATIONAL = (
    r"\bréunions?\s+(?:intersectorielles?|interministérielles?|inter-ministérielles?|inter-sectorielles?)\b|"
    r"\bconférences?\s+(?:nationales?\s+)?(?:intersectorielles?|interministérielles?)\b|"
    r"\bconférences?\s+(?:pour\s+)?(?:faire\s+le\s+)?bilan\s+de\s+la\s+coopération\s+de\s+l(?:'|’)ASEAN|"
    # "la 5e réunion du Comité national de l'ASEAN 2020": the body that prepares a chair's year
    r"\bréunions?\s+(?:\w+\s+)?du\s+Comité\s+national\s+(?:de\s+l['’]|pour\s+l['’]|chargé\s+de\s+l['’])?ASEAN(?:\s+\d{4})?"
)
NATIONAL_EXAMPLES = {
    "la réunion intersectorielle pour faire le bilan": True,
    "la 3e réunion du Comité national de l'ASEAN 2020": True,
    "la réunion plénière du Comité national pour l'ASEAN": True,
    "la réunion des ministres de l'ASEAN": False,
}

# "chef de SOM ASEAN Vietnam": SOM here names a post, not a meeting.
POST_BEFORE = r"(?:chefs?|responsables?|dirigeants?)(?:\s+par\s+intérim|\s+adjoints?)?\s+(?:de\s+l(?:'|’)|du\s+|des\s+|de\s+la\s+|de\s+)(?:ASEAN\s+)?$"
POST_AFTER = r"^\s*(?:\([A-Z]+\)\s*)?délégation\b"
SAME_CITY = r"\b(?:dans\s+la\s+même\s+ville|au\s+même\s+endroit|sur\s+place)\b"

# "des réunions préparatoires de la 20e conférence ...": the senior officials' meeting that
# prepares a meeting; the text names only what it prepares.
PREPARATORY = r"\b(?:réunion|conférence|séance)s?\s+préparatoires?\s+(?:de\s+la|du|des|de\s+l['’]|à\s+la|au|aux|pour\s+(?:la|le|les|l['’]))\s*$"
PREPARATORY_EXAMPLES = {
    "à des réunions préparatoires de la ": True,
    "la réunion préparatoire du ": True,
    "les résultats de la ": False,
}

# One phrase, one meeting per partner: "les réunions ministérielles ASEAN+1 avec l'Australie, le
# Canada et la Chine", "les Sommets de l'ASEAN avec les partenaires : Chine, Corée et Japon".
# {LIST} is two or more partners joined by commas and "et"; the code is the series of each meeting.
PARTNER_LISTS: list[tuple[str, str]] = [
    (r"(?:réunion|conférence)s?\s+(?:ministérielles?\s+|des\s+ministres\s+des\s+Affaires\s+étrangères\s+)?(?:de\s+l['’])?ASEAN\s*\+\s*1\s+avec\s+{LIST}", "ASEAN+1-FMM"),
    (r"(?:réunion|conférence)s?\s+(?:ministérielles?|des\s+ministres\s+des\s+Affaires\s+étrangères)\s+(?:de\s+l['’]ASEAN\s+)?avec\s+(?:ses\s+partenaires\s*:?\s*)?{LIST}", "ASEAN+1-FMM"),
    (r"sommets?\s+(?:de\s+l['’]ASEAN\s+|ASEAN\s*\+\s*1\s+)?avec\s+(?:les\s+|ses\s+)?(?:partenaires\s*:?\s*)?{LIST}", "ASEAN+1-SUMMIT"),
]
PARTNER_LIST_EXAMPLES = {
    "aux réunions ministérielles ASEAN+1 avec l'Australie, le Canada et la Chine": ("ASEAN+1-FMM", ["AU", "CA", "CN"]),
    "aux Sommets de l'ASEAN avec les partenaires : Chine, République de Corée et Japon": ("ASEAN+1-SUMMIT", ["CN", "KR", "JP"]),
}
