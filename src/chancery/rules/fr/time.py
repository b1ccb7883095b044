"""French temporal grammar: month and weekday names, relative words, tense cues, patterns.

Every rule carries the phrases it must parse, resolved against EXAMPLE_ANCHOR (Wednesday
24 July 2024); tests/test_time.py runs them all.
"""

from __future__ import annotations

from chancery.document import DatePoint
from chancery.extract.time import Rule, alternation

EXAMPLE_ANCHOR = DatePoint(2024, 7, 24)

MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # abbreviations, only accepted next to a day number
    "janv": 1, "févr": 2, "fevr": 2, "fév": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10,
    "nov": 11, "déc": 12, "dec": 12,
}  # fmt: skip
_FULL = [k for k, _ in MONTHS.items() if len(k) > 4 or k in ("mars", "mai", "juin", "août", "aout")]
_ABBR = [k for k in MONTHS if k not in _FULL]

WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}  # fmt: skip

DAYS: dict[str, int] = {"1er": 1, "premier": 1}

DIRECTIONS: dict[str, str] = {
    "dernier": "past", "dernière": "past", "passé": "past", "passée": "past",
    "prochain": "future", "prochaine": "future", "ce": "this",
}  # fmt: skip

# Relative words -> offset (days for relday/tod/anaphor, weeks, months or years).
RELATIVE: dict[str, int] = {
    "aujourd'hui": 0, "demain": 1, "hier": -1, "après-demain": 2, "avant-hier": -2,
    "ce soir": 0, "ce matin": 0, "cet après-midi": 0, "cette après-midi": 0, "cette nuit": 0,
    "ce midi": 0, "hier soir": -1, "hier matin": -1, "demain matin": 1, "demain soir": 1,
    "la veille": -1, "le lendemain": 1, "le surlendemain": 2, "le même jour": 0, "du même jour": 0,
    "ce jour-là": 0, "le jour même": 0,
    "la semaine dernière": -1, "la semaine passée": -1, "la semaine prochaine": 1, "cette semaine": 0,
    "le mois dernier": -1, "le mois passé": -1, "le mois prochain": 1, "ce mois-ci": 0,
    "l'an dernier": -1, "l'an passé": -1, "l'an prochain": 1, "l'année dernière": -1,
    "l'année passée": -1, "l'année prochaine": 1, "cette année": 0,
}  # fmt: skip

# Words that every non-numeric, non-calendar-name expression contains: the engine only tries
# its patterns near one of these, a month or weekday name, or a number.
TRIGGERS = [
    "aujourd", "demain", "hier", "soir", "matin", "midi", "nuit", "veille", "lendemain", "surlendemain",
    "jour", "semaine", "mois", "an", "année",
]  # fmt: skip

FRAGMENTS: dict[str, str] = {
    "MONTHNAME": alternation(_FULL),
    "MONTH": f"(?:{alternation(_FULL)}|{alternation(_ABBR)}\\.?)",
    "WEEKDAY": alternation(WEEKDAYS),
    "DAY": r"(?:1er|premier|[12]\d|3[01]|0?[1-9])(?!\d)",
    "YEAR": r"(?:19|20)\d{2}(?!\d)",
    "DIR": r"(?:dernier|dernière|passé|passée|prochain|prochaine)",
}

# Verb cues that tell a bare weekday's direction: the cue nearest the weekday wins.
FUTURE_CUES = (
    r"\b(?:va|vont|doit|doivent|devrait|devraient|prévue?s?|attendue?s?|aura|auront|sera|seront"
    r"|\w{2,}(?:eront|iront|dront|era|ira|dra)|débute|commence|démarre|se clôt|se clôture|se termine"
    r"|se poursui(?:t|vent))\b|\bs'ouvre\b|\bs'achève\b"
)
PAST_CUES = r"(?:\b(?:a|ont|avait|avaient|était|étaient|fut|furent|eut|se sont|hier)\b|\bs'est\b)"

# Year evidence for undated articles: a cue of the current chairmanship or of the year reviewed
# before "en 2023"; blockers nearby (forecasts, horizons, anniversaries) discard it.
EVIDENCE_CUES = (
    r"présidence|présid|assure|assume|assumait|bilan|participation|au cours de|tout au long|durant|"
    r"pendant|accueill"
)
EVIDENCE_BLOCKERS = r"%|anniversaire|horizon|vision|d'ici|jusqu|prévision|prévu|devrai|attendu|objectif"

_END = r"(?:\s+(?P<year2>{YEAR}))?"

RULES: list[Rule] = [
    Rule("range_du_au", "range",
         r"(?:du|depuis le)\s+(?:{WEEKDAY}\s+)?(?P<day>{DAY})"
         r"(?:\s+(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?)?"
         r"\s+(?:au|jusqu'au)\s+(?:{WEEKDAY}\s+)?(?P<day2>{DAY})\s+(?P<month2>{MONTH})" + _END,
         {"du 30 juillet au 3 août": "2024-07-30/2024-08-03",
          "du 9 au 11 octobre": "2024-10-09/2024-10-11",
          "du 11 au 14 juillet 2023": "2023-07-11/2023-07-14",
          "du lundi 9 au mercredi 11 septembre": "2024-09-09/2024-09-11",
          "du 28 décembre au 2 janvier": "2024-12-28/2025-01-02",
          "du 28 décembre 2024 au 2 janvier 2025": "2024-12-28/2025-01-02"}),
    Rule("range_les_et", "range",
         r"(?:les\s+)?(?P<day>{DAY})\s*(?:et|-|–|au)\s*(?P<day2>{DAY})\s+(?P<month2>{MONTH})" + _END,
         {"les 16 et 17 février": "2024-02-16/2024-02-17",
          "les 16 et 17 janvier 2020": "2020-01-16/2020-01-17",
          "26-27 octobre": "2024-10-26/2024-10-27"}),
    Rule("range_entre", "range",
         r"entre\s+le\s+(?P<day>{DAY})(?:\s+(?P<month>{MONTH}))?\s+et\s+le\s+(?P<day2>{DAY})\s+(?P<month2>{MONTH})"
         + _END,
         {"entre le 5 et le 7 septembre": "2024-09-05/2024-09-07"}),
    Rule("until", "until",
         r"jusqu'(?:au|à|a)\s+(?:(?:ce\s+)?{WEEKDAY}\s+)?(?P<day>{DAY})\s+(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?",
         {"jusqu'au 11 octobre": "2024-10-11/2024-10-11",
          "jusqu’au samedi 27 juillet": "2024-07-27/2024-07-27"}),
    Rule("until_year", "until_year",
         r"(?:jusqu'en|d'ici(?:\s+à|\s+a)?|à l'horizon)\s+(?P<year>{YEAR})",
         {"jusqu'en 2030": "2030/2030", "à l'horizon 2045": "2045/2045"}),
    Rule("relative_with_date", "date",
         r"(?P<rel>après-demain|aujourd'hui|demain|hier),?\s+(?:{WEEKDAY}\s+)?(?P<day>{DAY})\s+(?P<month>{MONTH})"
         r"(?:\s+(?P<year>{YEAR}))?",
         {"demain, 25 juillet": "2024-07-25", "aujourd'hui jeudi 25 juillet": "2024-07-25"}),
    Rule("date_numeric", "date",
         r"(?:le\s+)?(?P<day>{DAY})/(?P<month>0?[1-9]|1[0-2])/(?P<year>{YEAR})",
         {"le 15/08/2024": "2024-08-15"}),
    Rule("date", "date",
         r"(?:(?:le|ce|dès le|depuis le|avant le|après le)\s+)?(?:{WEEKDAY}\s+)?"
         r"(?P<day>{DAY})\s+(?P<month>{MONTH})"
         r"(?:\s+(?P<year>{YEAR}))?(?:\s+(?P<dir>{DIR}))?",
         {"le 28 juillet": "2024-07-28", "le 1er août": "2024-08-01", "1er septembre": "2024-09-01",
          "mercredi 4 septembre": "2024-09-04", "lundi 29 juillet": "2024-07-29",
          "samedi 27 juillet": "2024-07-27", "le 8 août 2023": "2023-08-08",
          "le 28 janvier dernier": "2024-01-28", "le 3 sept. 2024": "2024-09-03"}),
    Rule("month_part", "date",
         r"(?:(?:au|dès le|en|à la|à|dès|depuis)\s+)?(?P<part>début|fin|mi|courant)(?:\s+|-)"
         r"(?:(?:du\s+)?mois\s+(?:de\s+|d'))?(?P<month>{MONTHNAME})(?:\s+(?P<year>{YEAR}))?",
         {"début février": "2024-02", "fin octobre": "2024-10", "mi-juillet": "2024-07",
          "à la mi-novembre 2023": "2023-11", "fin du mois de septembre": "2024-09"}),
    Rule("month_direction", "date",
         r"(?:(?:en\s+|(?:au|le) mois (?:de\s+|d')))?(?P<month>{MONTHNAME})\s+(?P<dir>{DIR})",
         {"septembre dernier": "2023-09", "en mars prochain": "2025-03", "en juin dernier": "2024-06"}),
    Rule("month", "date",
         r"(?:(?:en|courant|depuis|dès)\s+|(?:au|le) mois (?:de\s+|d'))"
         r"(?P<month>{MONTHNAME})(?:\s+(?P<year>{YEAR}))?",
         {"en septembre": "2024-09", "en novembre 2019": "2019-11", "au mois d'août": "2024-08"}),
    Rule("month_year", "date",
         r"(?P<month>{MONTHNAME})\s+(?P<year>{YEAR})",
         {"novembre 2019": "2019-11"}),
    Rule("time_of_day", "tod",
         r"(?P<rel>ce soir|ce matin|cet après-midi|cette après-midi|cette nuit|ce midi|hier soir|hier matin"
         r"|demain matin|demain soir)",
         {"ce soir": "2024-07-24", "hier soir": "2024-07-23"}),
    Rule("relative_day", "relday",
         r"(?P<rel>après-demain|avant-hier|aujourd'hui|demain|hier)",
         {"demain": "2024-07-25", "aujourd'hui": "2024-07-24", "aujourd’hui": "2024-07-24",
          "hier": "2024-07-23", "après-demain": "2024-07-26"}),
    Rule("anaphor", "anaphor",
         r"(?P<rel>(?<!à )la veille|le lendemain|le surlendemain|(?:le|du) même jour|ce jour-là|le jour même)"
         r"(?!\s+(?:de|du|des|d')\b)",
         {"la veille": "2024-07-23", "le lendemain": "2024-07-25", "ce jour-là": "2024-07-24",
          "dans l'après-midi du même jour": "2024-07-24"}),
    Rule("weekday", "weekday",
         r"(?:(?P<dir>ce)\s+)?(?P<weekday>{WEEKDAY})(?:\s+(?:matin|soir|après-midi))?(?:\s+(?P<dir2>{DIR}))?",
         {"Il a conduit ce lundi la délégation": "2024-07-22",
          "La réunion se tiendra lundi": "2024-07-29",
          "Le ministre participera jeudi au forum": "2024-07-25",
          "Le forum, présidé par le Laos, s'ouvre jeudi": "2024-07-25",
          "La conférence s'est ouverte mardi": "2024-07-23",
          "lundi dernier": "2024-07-22", "lundi prochain": "2024-07-29",
          "mercredi dernier": "2024-07-17", "ce mercredi": "2024-07-24"}),
    Rule("relative_week", "relweek",
         r"(?P<rel>la semaine (?:dernière|passée|prochaine)|cette semaine)",
         {"la semaine dernière": "2024-07-15/2024-07-21", "la semaine prochaine": "2024-07-29/2024-08-04"}),
    Rule("relative_month", "relmonth",
         r"(?P<rel>le mois (?:dernier|passé|prochain)|ce mois-ci)",
         {"le mois dernier": "2024-06", "le mois prochain": "2024-08"}),
    Rule("relative_year", "relyear",
         r"(?P<rel>l'an (?:dernier|passé|prochain)|l'année (?:dernière|passée|prochaine)|cette année)",
         {"l'an dernier": "2023", "l'année prochaine": "2025", "cette année": "2024",
          "l’année dernière": "2023"}),
    Rule("period", "period",
         r"(?P<year>{YEAR})\s*[-–/]\s*(?P<year2>(?:19|20)\d{2}|\d{2})(?!\d)",
         {"2021-2025": "2021/2025", "2024–2027": "2024/2027"}),
    Rule("year", "year",
         r"(?:(?:en|depuis|dès|l'année|année|courant|fin|début|mi)\s+|mi-)(?P<year>{YEAR})(?!\s*[-–/]\s*\d)"
         r"(?!\s*%)",
         {"en 2023": "2023", "depuis 2019": "2019", "l'année 2020": "2020"}),
]  # fmt: skip

EXAMPLES: dict[str, str] = {phrase: want for rule in RULES for phrase, want in rule.examples.items()}
