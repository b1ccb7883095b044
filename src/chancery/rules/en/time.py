"""English temporal grammar: month and weekday names, relative words, tense cues, patterns.

Every rule carries the phrases it must parse, resolved against EXAMPLE_ANCHOR (Wednesday
24 July 2024); tests/test_time.py runs them all.
"""

from __future__ import annotations

from chancery.document import DatePoint
from chancery.extract.time import Rule, alternation

EXAMPLE_ANCHOR = DatePoint(2024, 7, 24)

_FULL_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"]  # fmt: skip
MONTHS: dict[str, int] = {name: i for i, name in enumerate(_FULL_MONTHS, 1)}
_ABBR: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTHS.update(_ABBR)

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

DIRECTIONS: dict[str, str] = {
    "last": "past", "this past": "past", "past": "past", "next": "future", "this coming": "future",
    "coming": "future", "this": "this",
}  # fmt: skip

RELATIVE: dict[str, int] = {
    "today": 0, "tomorrow": 1, "yesterday": -1, "the day after tomorrow": 2, "the day before yesterday": -2,
    "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1,
    "yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1,
    "tomorrow morning": 1, "tomorrow afternoon": 1, "tomorrow evening": 1,
    "the day before": -1, "the previous day": -1, "a day earlier": -1, "the next day": 1,
    "the following day": 1, "a day later": 1, "the same day": 0, "that day": 0,
    "earlier in the day": 0, "later in the day": 0, "earlier that day": 0, "later that day": 0,
    "last week": -1, "next week": 1, "this week": 0, "earlier this week": 0, "later this week": 0,
    "last month": -1, "next month": 1, "this month": 0, "earlier this month": 0, "later this month": 0,
    "last year": -1, "next year": 1, "this year": 0, "earlier this year": 0, "later this year": 0,
}  # fmt: skip

# "May" and "March" are also a verb and a noun: only capitalised forms are months.
_MONTHNAME = alternation(m for m in _FULL_MONTHS if m not in ("may", "march"))[:-1] + "|(?-i:May|March))"
# Words that every non-numeric, non-calendar-name expression contains: the engine only tries
# its patterns near one of these, a month or weekday name, or a number.
TRIGGERS = [
    "today", "tomorrow", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "day",
    "week", "month", "year",
]  # fmt: skip

FRAGMENTS: dict[str, str] = {
    "MONTHNAME": _MONTHNAME,
    "MONTH": f"(?:{_MONTHNAME}|(?-i:Mar|Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)",
    "WEEKDAY": alternation(WEEKDAYS),
    "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
    "YEAR": r"(?:19|20)\d{2}(?!\d)",
    "TOD": r"(?:(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+)",
}

FUTURE_CUES = (
    r"\b(?:will|won't|shall|would|is to|are to|to be held|to take place|is expected|are expected|"
    r"expected to|scheduled|slated|set to|is due|are due|upcoming|opens|begins|starts|kicks off|closes|"
    r"ends|concludes|runs|continues|resumes|"
    r"plans? to|going to)\b|'ll\b"
)
PAST_CUES = (
    r"\b(?:was|were|had|did|held|led|met|took|began|came|went|made|gave|saw|said|told|spoke|wrote|ago|"
    r"(?!expected\b|scheduled\b|slated\b|planned\b|proposed\b|united\b|related\b|need\b)\w{2,}ed)\b"
)

EVIDENCE_CUES = (
    r"chairmanship|presidency|holds|hosts|hosting|take stock|taking stock|review|participation|"
    r"throughout|during|over the course"
)
EVIDENCE_BLOCKERS = r"%|anniversary|vision|horizon|forecast|projected|expected|target|goal"

_YEAR2 = r"(?:,?\s+(?P<year2>{YEAR}))?"
_SEP = r"\s*(?:to|until|till|through|and|-|–)\s*"

RULES: list[Rule] = [
    Rule("range_from_md", "range",
         r"(?:from|between)\s+(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?"
         + _SEP + r"(?:{WEEKDAY},?\s+)?(?:(?P<month2>{MONTH})\s+)?(?P<day2>{DAY})" + _YEAR2,
         {"from July 25 to 27": "2024-07-25/2024-07-27", "from September 5 to 7": "2024-09-05/2024-09-07",
          "from July 30 to August 3": "2024-07-30/2024-08-03",
          "between September 5 and 7, 2023": "2023-09-05/2023-09-07"}),
    Rule("range_from_dm", "range",
         r"(?:from|between)\s+(?:the\s+)?(?P<day>{DAY})(?:\s+(?:of\s+)?(?P<month>{MONTH}))?" + _SEP
         + r"(?:the\s+)?(?P<day2>{DAY})\s+(?:of\s+)?(?P<month2>{MONTH})" + _YEAR2,
         {"between 5 and 7 September": "2024-09-05/2024-09-07",
          "from 30 July to 3 August 2024": "2024-07-30/2024-08-03"}),
    Rule("range_md", "range",
         r"(?:on\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})\s*(?:-|–|to|and)\s*(?:(?P<month2>{MONTH})\s+)?(?P<day2>{DAY})"
         + _YEAR2,
         {"July 25-27": "2024-07-25/2024-07-27", "September 5-7, 2023": "2023-09-05/2023-09-07",
          "on July 25 and 26": "2024-07-25/2024-07-26"}),
    Rule("range_dm", "range",
         r"(?P<day>{DAY})(?:\s+(?P<month>{MONTH}))?\s*(?:-|–|to|and)\s*"
         r"(?P<day2>{DAY})\s+(?P<month2>{MONTH})" + _YEAR2,
         {"25-27 July": "2024-07-25/2024-07-27", "30 July - 3 August": "2024-07-30/2024-08-03"}),
    Rule("until_md", "until",
         r"(?:until|till|through)\s+(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?",
         {"until October 11": "2024-10-11/2024-10-11", "through Saturday, July 27": "2024-07-27/2024-07-27"}),
    Rule("until_dm", "until",
         r"(?:until|till|through)\s+(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})"
         r"(?:,?\s+(?P<year>{YEAR}))?",
         {"until 11 October": "2024-10-11/2024-10-11"}),
    Rule("until_year", "until_year",
         r"(?:by|until|till|through)\s+(?P<year>{YEAR})(?!\s*[-–/]\s*\d)",
         {"by 2030": "2030/2030", "until 2045": "2045/2045"}),
    Rule("date_md", "date",
         r"(?:(?:on|since|by|before|after)\s+)?{TOD}?(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})"
         r"(?:,?\s+(?P<year>{YEAR}))?",
         {"July 28": "2024-07-28", "on August 1": "2024-08-01", "on the morning of October 9": "2024-10-09",
          "Wednesday, October 9, 2024": "2024-10-09", "Sept. 5": "2024-09-05",
          "on Jan. 28, 2024": "2024-01-28",
          "July 27": "2024-07-27", "on March 5": "2024-03-05"}),
    Rule("date_dm", "date",
         r"(?:(?:on|since|by|before|after)\s+)?{TOD}?(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?"
         r"(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?",
         {"28 January 2024": "2024-01-28", "on 1 August": "2024-08-01",
          "the 5th of September": "2024-09-05"}),
    Rule("month_part", "date",
         r"(?:(?:in|by|until|since|from)\s+)?(?:(?P<part>early|late|mid)(?:\s+|-)|the\s+(?P<part2>beginning|start|"
         r"middle|end)\s+of\s+)(?P<month>{MONTHNAME})(?:,?\s+(?P<year>{YEAR}))?",
         {"early February": "2024-02", "late October": "2024-10", "mid-July": "2024-07",
          "in early February 2023": "2023-02", "the end of September": "2024-09"}),
    Rule("month_direction", "date",
         r"(?:in\s+)?(?P<dir>this past|this coming|last|next|this)\s+(?P<month>{MONTHNAME})",
         {"last September": "2023-09", "last October": "2023-10", "next March": "2025-03",
          "this September": "2024-09"}),
    Rule("month", "date",
         r"(?:in|since|during|until|through|from|by)\s+(?P<month>{MONTHNAME})(?:,?\s+(?P<year>{YEAR}))?",
         {"in October": "2024-10", "in November 2019": "2019-11", "since April": "2024-04"}),
    Rule("month_year", "date",
         r"(?P<month>{MONTHNAME}),?\s+(?P<year>{YEAR})",
         {"November 2019": "2019-11"}),
    Rule("time_of_day", "tod",
         r"(?P<rel>tonight|this (?:morning|afternoon|evening)|last night"
         r"|(?:yesterday|tomorrow) (?:morning|afternoon|evening))",
         {"tonight": "2024-07-24", "yesterday morning": "2024-07-23"}),
    Rule("relative_day", "relday",
         r"(?P<rel>the day after tomorrow|the day before yesterday|today|tomorrow|yesterday)",
         {"today": "2024-07-24", "tomorrow": "2024-07-25", "yesterday": "2024-07-23"}),
    Rule("anaphor", "anaphor",
         r"(?P<rel>the day before|the previous day|a day earlier|the next day|the following day|a day later|"
         r"the same day|earlier in the day|later in the day|earlier that day|later that day|that day)"
         r"(?!\s+(?:the|its|his|her|their|a|an|of)\b)",
         {"the day before": "2024-07-23", "the next day": "2024-07-25", "Earlier in the day": "2024-07-24"}),
    Rule("weekday", "weekday",
         r"(?:(?:on\s+)?(?P<dir>this past|this coming|this|last|next)\s+|(?:on|by|since|until)\s+)?"
         r"(?P<weekday>{WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?",
         {"The retreat opens in the city on Monday": "2024-07-29",
          "The summit opened on Monday": "2024-07-22",
          "Leaders will meet on Friday": "2024-07-26",
          "The summit, chaired by the host, closes on Friday": "2024-07-26",
          "On Saturday, he led the delegation": "2024-07-20",
          "on Tuesday": "2024-07-23", "on Thursday": "2024-07-25",
          "last Monday": "2024-07-22", "next Monday": "2024-07-29", "on Wednesday": "2024-07-24"}),
    Rule("relative_week", "relweek",
         r"(?P<rel>(?:earlier |later )?this week|last week|next week)",
         {"last week": "2024-07-15/2024-07-21", "next week": "2024-07-29/2024-08-04"}),
    Rule("relative_month", "relmonth",
         r"(?P<rel>(?:earlier |later )?this month|last month|next month)",
         {"last month": "2024-06", "next month": "2024-08"}),
    Rule("relative_year", "relyear",
         r"(?P<rel>(?:earlier |later )?this year|last year|next year)",
         {"last year": "2023", "next year": "2025", "this year": "2024", "earlier this year": "2024"}),
    Rule("period", "period",
         r"(?P<year>{YEAR})\s*[-–/]\s*(?P<year2>(?:19|20)\d{2}|\d{2})(?!\d)",
         {"2021-2025": "2021/2025", "2024-27": "2024/2027"}),
    Rule("year", "year",
         r"(?:(?:in|since|during|throughout|early|late|mid|in early|in late|in mid|the year)\s+|mid-)"
         r"(?P<year>{YEAR})(?!\s*[-–/]\s*\d)(?!\s*%)",
         {"in 2023": "2023", "since 2019": "2019", "mid-2025": "2025"}),
]  # fmt: skip

EXAMPLES: dict[str, str] = {phrase: want for rule in RULES for phrase, want in rule.examples.items()}
