"""English rules for meetings: ordinals, who did what at a meeting, status, links, anaphora.

Series names live in knowledge/data/series.yaml; this module holds the grammar around them.
Every rule group has EXAMPLES that tests/test_meetings_rules.py runs.
"""

from __future__ import annotations

# series.yaml's {MEETING}: the head nouns of a meeting's name (French names open on them).
MEETING = r"(?:Meeting|Conference)s?"
ORDINAL = (
    r"(?P<num>\d{1,3})\s?(?:st|nd|rd|th)\b|(?P<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth)"
)
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
ORDINAL_JOIN = r"\s*(?:,|and|or|&)\s*"
# "the 35th meeting of the ASEAN Coordinating Council"
ORDINAL_BRIDGE = r"(?:(?:meeting|session|edition)s?\s+of\s+(?:the\s+)?)?"

FUNCTION_CUES: list[tuple[str, str, str]] = [
    # Whoever speaks at a meeting attended it.
    (r"\b(?:[Aa]t|[Dd]uring|[Ss]peaking\s+at|[Aa]ddressing)\s+the\s+(?:[\w-]+\s+){0,4}?(?:session|meeting|summit|retreat|conference|forum|dialogue|event)s?\b", "attended", "after"),
    # "Chairing the event, Deputy Minister X reviewed ...": the agent follows the clause.
    (r"\b(?:[Cc]o-?)?[Cc]hairing\s+the\s+(?:[\w-]+\s+){0,3}?(?:event|meeting|session|conference|summit|retreat|dialogue|forum)s?\s*,", "chaired", "after"),
    (r"\b(?:[Cc]o-?)?[Cc]haired\s+by\b|\bpresided\s+over\s+by\b|\bunder\s+the\s+(?:co-?)?(?:chair(?:manship)?|presidency)\s+of\b", "chaired", "after"),
    # A photo's caption ("caption": only there): "Minister X at the ADMM Retreat":
    # the person named before, at the meeting named right after.
    (r"\b(?:at|during)\s+the\s+", "attended", "caption"),
    # "Duterte's statement as chairman of the summit"
    (r"\bas\s+(?:the\s+)?(?:co-?)?chair(?:man|woman|person)?\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:meeting|summit|session|conference|retreat|forum)s?\b", "chaired", "before"),
    (r",\s+the\s+(?:[Cc]o-?)?[Cc]hair(?:man|woman|person)?\s*(?:,|\.|of\s+the\s+(?:meeting|session))|\b(?:co-?)?chair(?:s|ed|ing)?\b(?!\s+by)(?!manship)|\bpresided\s+over\b|\bpresides\s+over\b|\bwill\s+chair\b", "chaired", "before"),
    (r"\b(?:led|leads|leading|heads|headed|heading|will\s+lead|is\s+leading|is\s+heading)\s+(?:[\w-]+\s+){0,4}?(?:delegation|team)\b", "led_delegation", "before"),
    (r"\bat\s+the\s+head\s+of\s+(?:a|the)\s+(?:\w+\s+){0,3}delegation\b", "led_delegation", "before"),
    # "X and other members of his delegation arrived": X leads it
    (r"\band\s+(?:other\s+|the\s+(?:other\s+)?)?members\s+of\s+(?:his|her)\s+delegation\b", "led_delegation", "before"),
    (r"\bdelegation\s+(?:\w+\s+){0,3}(?:led|headed)\s+by\b|\b(?:were|was)\s+led\s+by\b", "led_delegation", "after"),
    (r"\b(?:officially\s+)?opened\s+the\b|\bdeclared\s+(?:the\s+\w+\s+)?open\b", "chaired", "before"),
    # not the passive "hosted by X" (the next rule): the host is named after it
    (r"\b(?:received|hosted|receives|hosts|will\s+host|will\s+receive)\b(?!\s+by\b)", "hosted", "before"),
    (r"\bhosted\s+by\b|\breceived\s+by\b|\bcourtesy\s+call\s+on\b|\b[Oo]fficiated\s+by\b", "hosted", "after"),
    # A host country's leader formally opens a meeting that a minister chairs.
    (r"\bofficiat(?:e|es|ed|ing)\b(?!\s+by)", "hosted", "before"),
    (r"\b(?:attended|attends|attending|took\s+part|takes\s+part|taking\s+part|joined|participated|will\s+attend|to\s+attend|will\s+take\s+part|was\s+present|were\s+present)\b", "attended", "before"),
    (r"\battended\s+by\b|\bin\s+the\s+presence\s+of\b|\b(?:that|which)\s+(?:also\s+)?includes?\b|\bincluding\b|\baccompanied\s+by\b|\bjoined\s+by\b|\bbr(?:ought|ings|ing)\s+together\b|\bparticipation\s+of\b|\b(?:[Aa]lso\s+)?present\s+were\b|\b[Pp]resence\s+of\b|\bbriefed\s+by\b", "attended", "after"),
    # "The President welcomed Prime Minister X, President Y and ...": the guests came
    (r"\b(?:welcomed|greeted)\b,?(?=\s+(?:the\s+)?[A-Z])", "attended", "after"),
    # "the minister's scheduled participation in the retreat"; "met his fellow ministers at the".
    (r"['’]s\s+(?:\w+\s+)?(?:participation|attendance)\s+(?:in|at)\b|\bmet\s+(?:with\s+)?(?:his|her|their)\s+(?:fellow|counterparts?\b|colleagues?\b)", "attended", "before"),
    (r"\b[Ii]n\s+(?:his|her)\s+(?:opening\s+)?(?:address|speech|remarks)\s*,", "attended", "focus"),
    # A group photo's caption: everyone named was at the meeting the story reports ("photo").
    (r"\b[Pp]ictured\s+(?:\(?from\s+left(?:\s+to\s+right)?\)?\s*)?(?:are|is|were)\b\s*:?|\b[Ff]rom\s+left(?:\s+to\s+right)?\s*:", "attended", "photo"),
    # An official quoted in a meeting's report took part in it ("speech": the verb's subject, at
    # the meeting the story is about).
    (r"\b(?:said|stressed|affirmed|noted|underlined|emphasi[sz]ed|proposed|suggested|urged|called\s+(?:on|for)|highlighted|welcomed|reaffirmed|briefed|shared|expressed|thanked|congratulated)\b", "attended", "speech"),
]
FUNCTION_EXAMPLES = {
    "the retreat, chaired by Malaysian Foreign Minister": "chaired",
    "the Minister of Trade, Mr. Pan Sorasak, the Chair, and the ministers": "chaired",
    "under the chairmanship of the Lao minister": "chaired",
    "opened under the presidency of Prime Minister": "chaired",
    "Duterte's statement as chairman of the summit": "chaired",
    "led the Vietnamese delegation to": "led_delegation",
    "is leading the Vietnamese delegation": "led_delegation",
    "is heading a high-ranking Vietnamese delegation": "led_delegation",
    "a delegation led by": "led_delegation",
    "received the ambassador": "hosted",
    "and other members of his delegation arrived": "led_delegation",
    "the meetings, which were led by": "led_delegation",
    "a courtesy call on Prime Minister": "hosted",
    "the meeting enjoyed the participation of": "attended",
    "Also present were ASEAN Secretary-General": "attended",
    "the minister said that": "attended",
    "President Joko Widodo officially opened the 42nd ASEAN Summit": "chaired",
    "attended as an observer": "attended",
    "The President welcomed Prime Minister Lee": "attended",
    "Chairing the event, Deputy Minister": "chaired",
    "Ministers were briefed by the Secretary-General": "attended",
    "Speaking at the event, the minister": "attended",
    "Pictured from left to right are: the Secretary-General": "attended",
    "the opening ceremony officiated by Prime Minister": "hosted",
    "the Prime Minister is expected to officiate the meeting": "hosted",
    "The presence of the Defence Minister at the meeting": "attended",
    "the Secretary's scheduled participation in the retreat": "attended",
    "the minister met his fellow ASEAN economic ministers at the retreat": "attended",
    "took part in the meeting": "attended",
    "a delegation that includes": "attended",
    "Speaking at the meeting,": "attended",
    "At the session with the United States,": "attended",
}

# An "after" cue that opens a list of people, not one person: "Also present were X, Y and Z".
# "co-chaired by X and Y": both
LIST_CUE = r"includ|accompan|participation|together|presen|attended\s+by|joined\s+by|welcom|greet|co-?chaired"
LIST_CUE_EXAMPLES = {
    "accompanied by": True, "Also present were": True, "co-chaired by": True, "chaired by": False,
}

# A subject given by post, without the name, right before the verb: "the Vietnamese minister
# attended", "the Chinese premier will attend" (the person named earlier).
DESCRIBED_SUBJECT = r"\b[Tt]he\s+(?P<desc>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:(?:has|have|had|will|was|is)\s+)?(?:also\s+)?$"
POST_WORDS = {"minister", "premier", "president", "secretary", "chief", "head", "ambassador", "pm", "deputy"}
DESCRIBED_EXAMPLES = {
    "The Vietnamese minister ": "Vietnamese minister",
    "Later, the Chinese premier will ": "Chinese premier",
}

NOT_PARTICIPANT = r"\b(?:authori[sz]ed\s+by|on\s+behalf\s+of|mandated\s+by)\s*$"

FUTURE = (
    r"\b(?:will|is\s+expected|are\s+expected|to\s+be\s+held|scheduled|is\s+set\s+to|are\s+set\s+to|upcoming|"
    r"next|opens\s+(?:on|in|next|tomorrow)|is\s+due|are\s+due|plans?\s+to|is\s+to\s+be|are\s+to\s+be|set\s+for|"
    r"slated|expected\s+to)\b"
)
PAST = (
    r"\b(?:was\s+held|were\s+held|opened|took\s+place|held|attended|chaired|convened|concluded|closed|met|"
    r"had\s+opened|was\s+opened|discussed|adopted|reviewed|took\s+part|last)\b"
)
CANCELLED = r"\b(?:cancell?ed|called\s+off|postponed\s+indefinitely)\b"
STATUS_EXAMPLES = {
    "to be held in Vientiane in October": "scheduled",
    "the retreat opens in the city on Monday": "scheduled",
    "opened at the Jakarta Convention Center on Tuesday": "held",
    "the meeting was cancelled": "cancelled",
}

HOLDING_VERB = (
    r"^\s*(?:\([^)]{1,30}\)\s*)?(?:,\s*)?(?:and\s+(?:related|the\s+related)\s+(?:meetings|summits)\s*)?"
    r"(?:was|were|is|are|will\s+be|has\s+been|have\s+been|had\s+been)?\s*(?:officially\s+)?"
    r"(?:opened|opens|open|held|took\s+place|takes\s+place|will\s+take\s+place|began|begins|kicked\s+off|kicks\s+off|"
    r"convened|convenes|started|starts|is\s+being\s+held|got\s+under\s+way|gets\s+under\s+way|run|runs|continued|continues)\b"
)
HOLDING_EXAMPLES = {
    " opened at the Jakarta Convention Center on Tuesday": True,
    " was held on Saturday": True,
    " opens in the city on Monday": True,
    " (AMM-57) and related meetings": False,
}

PREPARES = (
    r"\bto\s+prepare\s+(?:[\w-]+\s+){0,3}?for\b|\bto\s+prepare\s+|\bpreparing\s+for\b|\bin\s+preparation\s+for\b|\bpreparatory\s+to\b|"
    r"\bahead\s+of\b|\bin\s+the\s+run-up\s+to\b|\bpreparations\s+for\b|\barrangements\s+for\b"
)
PART_OF = (
    r"\bon\s+the\s+sidelines\s+of\b|\bon\s+the\s+sideline\s+of\b|\bwithin\s+the\s+framework\s+of\b|\bas\s+part\s+of\b|"
    r"\bin\s+the\s+framework\s+of\b|\bon\s+the\s+occasion\s+of\b|\bduring\s+the\b|\bclosing\s+day\s+of\b|\bat\s+the\b(?=\s+\d)"
)
REFERENCE = (
    r"\b(?:results?|outcomes?)\s+of\b|\bfollow-up\s+to\b|\bfeed\s+into\b|\bsubmitted\s+to\b|\bsince\s+the\b|"
    r"\bimplementation\s+of\s+the\s+(?:decisions|outcomes)\b"
)
# Of the framing cues, those that put the sentence's action inside the meeting: in a story's lead,
# a meeting so named and framing no other meeting is the one the story reports.
DURING = r"\b(?:during|in\s+the\s+course\s+of)\s+(?:the\s+)?$"
DURING_EXAMPLES = {
    "The ministry emphasised this call during the ": True,
    "He spoke in the course of the ": True,
    "on the closing day of the ": False,
    "on the sidelines of the ": False,
}
LINK_EXAMPLES = {
    "to prepare for the": "prepares",
    "in preparation for the": "prepares",
    "on the sidelines of the": "part_of",
    "within the framework of": "part_of",
    "the follow-up to the": "reference",
}

ANAPHORA = (
    r"\b(?:the|this|that|these|those|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?P<head>meetings?|conference|summits?|retreat|sessions?|event|forum|talks|gathering)\b"
)
ANAPHORA_HEADS = {
    "meeting": None, "meetings": None, "session": None, "sessions": None, "event": None, "gathering": None,
    "conference": "conférence", "summit": "summit", "summits": "summit", "retreat": "AMM-RETREAT",
    "forum": "ARF", "talks": "bilateral",
}
CLITIC = r"(?!)"  # English has no clitic "y"

BILATERAL = (
    r"\b(?:held\s+(?:separate\s+)?talks|talks\s+with|counterparts?\s+from|(?:[Mm]eeting|[Tt]alks)\s+with\s+(?:the\s+)?(?=[A-Z])|(?:had|held)\s+(?:a\s+|separate\s+)?(?:bilateral\s+)?meetings?\s+with|met\s+with|"
    r"met\s+(?=[A-Z])|[Mm]eeting\s+(?=[A-Z][a-z]+\s+(?:[A-Z]|Deputy|Prime|Foreign|Minister))|courtesy\s+call|received\s+(?=[A-Z])|bilateral\s+meeting|'s\s+talks)"
)
COUNTERPART = r"\b(?P<adj>[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)*)\s+counterparts?\b"
# "his counterparts from the US, South Korea, Australia and Timor-Leste"
COUNTERPART_LIST = r"\bcounterparts?\s+from\s+(?P<list>[^.;:]{3,160})"
BILATERAL_EXAMPLES = {
    "held separate talks with his Lao and Cambodian counterparts": True,
    "Son's talks with Sok Chenda Sophea": True,
    "met with Japanese Foreign Minister": True,
    "discussed regional issues": False,
}

NATIONAL = (
    r"\binter-?(?:ministerial|sectoral|agency)\s+(?:meeting|conference)s?\b|\bnational\s+(?:review\s+)?conference\s+on\s+ASEAN\b|"
    # "a meeting of the National ASEAN 2020 Committee", "the ASEAN National Committee's meeting"
    r"\bmeetings?\s+of\s+(?:the\s+)?(?:National\s+ASEAN(?:\s+\d{4})?|ASEAN(?:\s+\d{4})?\s+National)\s+Committee\b|"
    r"\b(?:National\s+ASEAN(?:\s+\d{4})?|ASEAN(?:\s+\d{4})?\s+National)\s+Committee(?:['’]s)?\s+meetings?\b"
)
NATIONAL_EXAMPLES = {
    "an inter-ministerial meeting": True,
    "the fifth meeting of the National ASEAN 2020 Committee": True,
    "the ASEAN National Committee meeting": True,
    "the ASEAN Economic Ministers' Meeting": False,
}

POST_BEFORE = r"(?:heads?|leaders?|chiefs?)(?:\s+of)?(?:\s+(?:Vietnam|Viet\s+Nam|the\s+\w+|[A-Z][\w-]+)(?:'s|’s))?(?:\s+ASEAN)?\s*$"
POST_AFTER = r"^\s*(?:\([A-Z]+\)\s*)?delegation\b"
SAME_CITY = r"\b(?:in\s+the\s+same\s+city|at\s+the\s+same\s+venue)\b"

# "preparatory meetings for the 20th ASEAN Plus Three Foreign Ministers' Meeting"
PREPARATORY = r"\bpreparatory\s+(?:meetings?|sessions?)\s+(?:for|of|to)\s+(?:the\s+)?$"
PREPARATORY_EXAMPLES = {
    "attended preparatory meetings for the ": True,
    "a preparatory session of the ": True,
    "the results of the ": False,
}

# One phrase, one meeting per partner: "the ASEAN+1 Foreign Ministers' Meetings with China, Japan
# and the Republic of Korea", "ASEAN's summits with China, Japan and India".
PARTNER_LISTS: list[tuple[str, str]] = [
    (r"ASEAN\s*\+\s*1\s+(?:Foreign\s+Ministers['’]?\s+|Ministerial\s+|Post[- ]Ministerial\s+)?(?:Meetings?|Conferences?|sessions?)\s+with\s+{LIST}", "ASEAN+1-FMM"),
    (r"(?:foreign\s+ministers['’]?\s+meetings?|ministerial\s+meetings?|Post[- ]Ministerial\s+Conferences?)\s+(?:of\s+ASEAN\s+)?with\s+{LIST}", "ASEAN+1-FMM"),
    (r"(?:ASEAN\s*\+\s*1\s+|ASEAN['’]s\s+)?[Ss]ummits?\s+with\s+{LIST}", "ASEAN+1-SUMMIT"),
]
PARTNER_LIST_EXAMPLES = {
    "the ASEAN+1 Foreign Ministers' Meetings with China, Japan and the Republic of Korea": ("ASEAN+1-FMM", ["CN", "JP", "KR"]),
    "ASEAN's summits with China, Japan and India": ("ASEAN+1-SUMMIT", ["CN", "JP", "IN"]),
}
