"""Events: the meetings one article reports or mentions, with dates, venue, status, participants.

Works sentence by sentence over the layers found before it (dates, places, people, meeting
mentions), with the per-language cues of rules/<lang>/meetings.py:

1. mentions are grouped into the article's events (same series and ordinal; a bare family name
   such as "the ARF sessions" joins the family's numbered meeting);
2. each sentence gets a focus: the meeting it names first, or the one its anaphor ("la réunion",
   "the retreat", "y") stands for, or the focus of the sentence before;
3. dates and places go to the nearest meeting reference of their sentence; function cues
   ("présidée par", "led the delegation") tie people to meetings; bilateral talks become events
   between the two countries of their participants;
4. status, "only referred to", links (prepares / part of) and knowledge fill the rest.

Cues run only on sentences (or windows) that hold their trigger words, as lowercase twins over
the folded text where they ignore case (see meetings.py): the same matches, found faster.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType

import yaml

from chancery import knowledge as kb
from chancery.document import (
    Article,
    DatePoint,
    ExtractedEvent,
    Link,
    Participation,
    PersonMention,
    PlaceMention,
    Span,
    TimeExpr,
)
from chancery.extract.meetings import (
    DATA,
    _folded,
    _may_match,
    grammar,
    mention_variant,
    named_series,
    on_folded,
    series_info,
    triggers,
)

# "les réunions connexes", "related meetings": other meetings, not an anaphor.
RELATED = re.compile(r"\s+(?:connexes|related)\b", re.IGNORECASE)
LOCATIVE = re.compile(
    r"(?:\b(?:à|au|aux|en|dans|vers|in|at|to|near|hors\s+de|outside)\s+|^\s*)(?:[^\s,.;:]+\s+){0,5}$",
    re.IGNORECASE,
)
# What stands between two meetings of one list: "X et la Y", "X, the Y and Z".
LIST_GLUE = re.compile(
    r"\s*(?:,\s*(?:(?:et|and)\s+)?|\s(?:et|and|ainsi\s+que|as\s+well\s+as)\s+)"
    r"(?:the\s+|la\s+|le\s+|les\s+|l['’]|du\s+|de\s+la\s+|de\s+l['’]|des\s+|of\s+the\s+)?"
    # "the 17th ADMM and 10th ADMM-Plus": the next item's own ordinal
    r"(?:\d{1,3}\s?(?:st|nd|rd|th|e|ème|er)\s+)?"
)
# "la délégation vietnamienne", "a delegation of Việt Nam", "the Vietnamese delegation"
DELEGATION = re.compile(
    r"\b(?:délégation|delegation)\s+(?:of\s+|du\s+|de\s+l['’]|de\s+la\s+|des\s+)?(?P<after>[\w’'-]+(?:\s+Nam)?)"
    r"|\b(?P<before>[A-Z][\w-]+)\s+delegation\b"
)
# "américain, sud-coréen et australien", "the US, South Korea, Australia and Timor-Leste"
COUNTRY_LIST_SPLIT = re.compile(
    r"\s*,\s*(?:(?:et|and)\s+)?(?:du\s+|de\s+l['’]|de\s+la\s+|des\s+|d['’]|the\s+)?"
    r"|\s+(?:et|and)\s+(?:du\s+|de\s+l['’]|de\s+la\s+|des\s+|d['’]|the\s+)?|^(?:the|les|la|le)\s+"
)
GENITIVE = re.compile(
    r"(?:du|des|de\s+la|de\s+l['’]|au|aux|à\s+la|of\s+the|to\s+the|for\s+the)\b", re.IGNORECASE
)
PARENTHETICAL = re.compile(r"^\s*\([^()]{0,80}\)")
STOP = re.compile(r"[.;:!?]")


# Between an inverted speech verb and its speaker, only a title: "said Foreign Minister X",
# "a déclaré le ministre X" (no punctuation, no "that").
INVERTED_SPEAKER = re.compile(r"(?:\s+(?!that\b|que\b|qu['’])[^\s,.;:!?\"“”«»()]+){0,7}?\s+")


def _listed(gap: str) -> bool:
    """Whether two meeting names are items of one list: "X, Y et Z", "X (ASEAN, Chine) et de la Y"."""
    gap = PARENTHETICAL.sub("", gap, count=1)
    return len(gap) < 30 and bool(LIST_GLUE.fullmatch(gap))


COORDINATION = re.compile(r"(?:,|\bet\b|\band\b|\bainsi\s+que\b|\bas\s+well\s+as\b)")
# A verb or relative clause between two names: they are not one subject.
SUBJECT_BREAK = re.compile(
    r"\b(?:a|ont|avait|has|have|had|was|were|is|are|qui|who|which|dont|whose)\s",
    re.IGNORECASE,
)
WITH = re.compile(r"\s+(?:with|avec)\s+(?:the\s+|les\s+|la\s+|le\s+|l['’])?", re.IGNORECASE)
# The senior officials' meeting that prepares a meeting of each family.
PREPARED_BY = {"APT": "APT-SOM", "EAS": "EAS-SOM", "ARF": "ARF-SOM", "AMM": "SOM", "ASEAN-SUMMIT": "SOM"}
FUNCTION_RANK = {"chaired": 4, "led_delegation": 3, "hosted": 2, "attended": 1}
# Meetings that ASEAN's chair of the year hosts: their venue country defaults to the chair.
CHAIR_HOSTED = {
    "ASEAN-SUMMIT",
    "AMM",
    "AMM-RETREAT",
    "EAS",
    "APT-SUMMIT",
    "APT-FMM",
    "EAS-FMM",
    "ARF",
    "ACC",
    "SOM",
}


@dataclass
class _Cues:
    rules: ModuleType
    functions: list[tuple[re.Pattern[str], str, str]]
    # Per function cue, the words it cannot match without: most sentences hold none of them.
    function_needs: list[tuple[str, ...] | None]
    not_participant: re.Pattern[str]
    described: re.Pattern[str]
    list_cue: re.Pattern[str]  # an "after" cue that opens a list of people, not one person
    not_participant_needs: tuple[str, ...] | None
    future: re.Pattern[str]
    past: re.Pattern[str]
    cancelled: re.Pattern[str]
    cancelled_needs: tuple[str, ...] | None
    holding: re.Pattern[str]
    prepares: re.Pattern[str]
    prepares_needs: tuple[str, ...] | None
    part_of: re.Pattern[str]
    part_of_needs: tuple[str, ...] | None
    during: re.Pattern[str]
    reference: re.Pattern[str]
    reference_needs: tuple[str, ...] | None
    # (name, cue, its trigger words) of the link cues, in the order _context tries them
    links: list[tuple[str, re.Pattern[str], tuple[str, ...] | None]]
    anaphora: re.Pattern[str]
    anaphora_needs: tuple[str, ...] | None
    clitic: re.Pattern[str]
    clitic_needs: tuple[str, ...] | None
    counterpart: re.Pattern[str]
    counterpart_list: re.Pattern[str]
    same_city: re.Pattern[str]
    same_city_needs: tuple[str, ...] | None
    preparatory: re.Pattern[str]
    preparatory_needs: tuple[str, ...] | None


_DELEGATION_NEEDS = triggers(DELEGATION.pattern)  # no delegation named, no regex run


@cache
def cues(lang: str) -> _Cues:
    rules = grammar(lang).rules
    flags = re.IGNORECASE
    c = _Cues(
        rules=rules,
        functions=[
            (re.compile(p, flags if lang == "fr" else 0), f, side) for p, f, side in rules.FUNCTION_CUES
        ],
        function_needs=[triggers(p) for p, _, _ in rules.FUNCTION_CUES],
        not_participant=re.compile(rules.NOT_PARTICIPANT.removesuffix(r"\s*$"), flags),
        described=re.compile(rules.DESCRIBED_SUBJECT),
        list_cue=re.compile(rules.LIST_CUE, flags),
        not_participant_needs=triggers(rules.NOT_PARTICIPANT.removesuffix(r"\s*$")),
        future=re.compile(rules.FUTURE, flags),
        past=re.compile(rules.PAST, flags),
        cancelled=re.compile(rules.CANCELLED, flags),
        cancelled_needs=triggers(rules.CANCELLED),
        # `.match(text, pos)` anchors at pos; a leading "^" would only match at the text's start
        holding=re.compile(rules.HOLDING_VERB.removeprefix("^"), flags),
        prepares=re.compile(rules.PREPARES, flags),
        prepares_needs=triggers(rules.PREPARES),
        part_of=re.compile(rules.PART_OF, flags),
        part_of_needs=triggers(rules.PART_OF),
        during=re.compile(rules.DURING, flags),
        reference=re.compile(rules.REFERENCE, flags),
        reference_needs=triggers(rules.REFERENCE),
        anaphora=re.compile(rules.ANAPHORA, flags),
        anaphora_needs=triggers(rules.ANAPHORA),
        clitic=re.compile(rules.CLITIC),
        clitic_needs=triggers(rules.CLITIC),
        counterpart=re.compile(rules.COUNTERPART),
        counterpart_list=re.compile(rules.COUNTERPART_LIST),
        same_city=re.compile(rules.SAME_CITY, flags),
        same_city_needs=triggers(rules.SAME_CITY),
        preparatory=re.compile(rules.PREPARATORY, flags),
        preparatory_needs=triggers(rules.PREPARATORY),
        links=[],
    )
    c.links = [
        ("part_of", c.part_of, c.part_of_needs),
        ("reference", c.reference, c.reference_needs),
        ("prepares", c.prepares, c.prepares_needs),
    ]
    return c


@dataclass
class _Ref:
    """A place in the text that stands for one or more events: a name, an anaphor, a cue."""

    span: Span
    events: list[int]
    explicit: bool  # a name (or a bilateral / national cue), not an anaphor
    context: str | None = None  # "part_of" | "reference" | "prepares" when a link cue precedes it
    named: bool = False  # a meeting's name: only names make a list ("X, de la Y et du Z")


@dataclass
class _Draft:
    series: str | None
    kind: str
    ordinal: int | None = None
    partner: str | None = None
    countries: list[str] | None = None
    mentions: list[int] = field(default_factory=list)
    refs: list[_Ref] = field(default_factory=list)
    dates: list[TimeExpr] = field(default_factory=list)  # said where the meeting is named
    loose_dates: list[TimeExpr] = field(default_factory=list)  # said where an anaphor stands for it
    city: str | None = None
    country: str | None = None
    functions: dict[int, tuple[str, Span]] = field(default_factory=dict)  # person idx -> (function, evidence)
    links: list[Link] = field(default_factory=list)
    prepared: bool = False
    main: bool = False
    # series.yaml's variant its name gives ("retreat", "plus"): one series, distinct meetings
    variant: str | None = None


@cache
def _agencies() -> dict[str, str]:
    return yaml.safe_load((DATA / "agencies.yaml").read_text(encoding="utf-8"))


def _family(code: str | None) -> str | None:
    info = series_info(code) if code else None
    return info.family if info else None


def _full(article: Article, idx: int) -> int:
    """Index of the first full mention of the person: short forms and repeated names fold into it."""
    person = article.people[idx]
    if person.short and person.refers_to is not None:
        idx = person.refers_to
        person = article.people[idx]
    key = kb.fold(person.name)
    for i, other in enumerate(article.people[:idx]):
        if not other.short and kb.fold(other.name) == key:
            return i
    return idx


def _person_country(person: PersonMention) -> str | None:
    if person.country:
        return person.country
    for title in person.titles:
        if title.country:
            return title.country
    return None


def _before(text: str, start: int, width: int = 60) -> str:
    return text[max(0, start - width) : start]


class _Assembler:
    def __init__(self, article: Article):
        self.a = article
        self.text = article.text
        self.c = cues(article.lang)
        self.drafts: list[_Draft] = []
        self.sentence_refs: dict[int, list[_Ref]] = {}
        self.pending_led: set[int] = set()  # people said to lead a delegation, to no named meeting
        self.folded = _folded(self.text)
        sentences = article.sentences
        # Sentences in text order, none overlapping (as segment.py makes them): a bisect finds
        # a position's sentence, and each sentence's people are listed once.
        self._ordered = all(s.start <= s.end for s in sentences) and all(
            a.end <= b.start for a, b in itertools.pairwise(sentences)
        )
        self._starts = [s.start for s in sentences]
        self._people_at: list[list[int]] | None = None
        self._tenses: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        self._contexts: dict[int, str | None] = {}
        self._fulls: dict[int, int] = {}
        self.home = self._home_country()

    def full(self, idx: int) -> int:
        """`_full`, once per person (it folds every name before theirs)."""
        known = self._fulls.get(idx)
        if known is None:
            known = self._fulls[idx] = _full(self.a, idx)
        return known

    def sentence_of(self, span: Span) -> int:
        """`Article.sentence_of`, by bisection."""
        if not self._ordered:
            return self.a.sentence_of(span)
        i = bisect_right(self._starts, span.start) - 1
        if i >= 0 and span.start < self.a.sentences[i].end:
            return i
        return max(0, len(self._starts) - 1)

    def may_match(self, needs: tuple[str, ...] | None, start: int, end: int) -> bool:
        """Whether text[start:end] holds one of a cue's trigger words (if not, the cue cannot
        match there)."""
        if needs is None or self.folded is None:
            return True
        part = self.folded[start:end]  # (short: `in` over a slice beats an index of the words)
        return any(w in part for w in needs)

    # -- 1. grouping -------------------------------------------------------------------------
    def _home_country(self) -> str | None:
        """The country the story is told from: its agency's, else the one whose delegation and
        people it names most."""
        if self.a.agency and self.a.agency in _agencies():
            return _agencies()[self.a.agency]
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        # Every mention counts, short ones too: the story's protagonist is named again and again
        # ("Anwar said ... Anwar also held"); on a tie, the country named first.
        for p in self.a.people:
            code = _person_country(p)
            if code:
                counts[code] = counts.get(code, 0) + 1
                first.setdefault(code, p.span.start)
        for m in DELEGATION.finditer(self.text) if _may_match(_DELEGATION_NEEDS, self.folded) else ():
            code = kb.country_code(m.group("after") or m.group("before"), self.a.lang)
            if code:
                counts[code] = counts.get(code, 0) + 2
                first.setdefault(code, m.start())
        return min(counts, key=lambda c: (-counts[c], first[c])) if counts else None

    def group(self) -> None:
        meetings = self.a.meetings
        named = [(i, m) for i, m in enumerate(meetings) if m.series]
        by_key: dict[tuple[str, str | None, str | None, str | None, int], int] = {}
        # A series' variants are distinct meetings ("the ADMM Retreat and the ADMM-Plus").
        variant = {i: mention_variant(self.a.lang, m.text) for i, m in named}
        # Numbered mentions first, so that a bare name can join the numbered meeting of its series.
        for i, m in sorted(named, key=lambda im: im[1].ordinal is None):
            if m.ordinal is not None:
                # the 20th ASEAN-China and the 20th ASEAN-Japan Summits; the 10th law and the
                # 10th health ministers' meetings: one number, two meetings
                sector = kb.sector([m.text], m.series, self.a.lang)
                key = (m.series, variant[i], m.partner, sector, m.ordinal)
                if key not in by_key:
                    by_key[key] = len(self.drafts)
                    self.drafts.append(_Draft(m.series, m.kind, m.ordinal, m.partner, variant=variant[i]))
                self.drafts[by_key[key]].mentions.append(i)
                continue
            # A partner named joins a meeting of no partner only in an ASEAN+1 series (in a
            # sectoral one, "ASEAN-China" health ministers are another meeting than ASEAN's own).
            partners_ok = (None, m.partner) if _family(m.series) == "ASEAN+1" else (m.partner,)
            same_series = [
                j
                for j, d in enumerate(self.drafts)
                if d.series == m.series and m.kind != "family" and (not m.partner or d.partner in partners_ok)
            ]
            same = [j for j in same_series if self.drafts[j].variant == variant[i]]
            if not same and variant[i] is None:
                same = same_series  # "the ADMM" alone: whichever of its meetings the article has
            family = _family(m.series)
            bare = m.kind == "family" or (m.partner is None and len(m.text.split()) <= 3)
            kin = [
                j
                for j, d in enumerate(self.drafts)
                if bare and family and _family(d.series) == family and d.ordinal is not None
            ]
            targets = same or (kin if len({self.drafts[j].series for j in kin}) == 1 else [])
            if not targets and m.kind == "family":
                continue
            if not targets:
                targets = [len(self.drafts)]
                self.drafts.append(_Draft(m.series, m.kind, None, m.partner, variant=variant[i]))
            for j in targets:
                self.drafts[j].mentions.append(i)
                if m.partner and not self.drafts[j].partner:
                    self.drafts[j].partner = m.partner
        national = [i for i, m in enumerate(meetings) if m.kind == "national"]
        if national:
            self.drafts.append(_Draft(None, "national", mentions=national))
        for draft_idx, d in enumerate(self.drafts):
            for i in d.mentions:
                span = meetings[i].span
                ref = _Ref(span, [draft_idx], True, self._context(span.start), named=bool(meetings[i].series))
                d.refs.append(ref)
                self.sentence_refs.setdefault(meetings[i].sentence, []).append(ref)
        self._preparatory()

    def _preparatory(self) -> None:
        """ "des réunions préparatoires de la 20e conférence X et de la 9e conférence Y": one
        senior officials' meeting for each meeting prepared, which they prepare."""
        for s_idx, refs in list(self.sentence_refs.items()):
            refs = sorted(refs, key=lambda r: r.span.start)
            k = 0
            while k < len(refs):
                ref = refs[k]
                window = self.text[max(0, ref.span.start - 60) : ref.span.start]
                lo = ref.span.start - len(window)
                cue = (
                    self.c.preparatory.search(window)
                    if self.may_match(self.c.preparatory_needs, lo, ref.span.start)
                    else None
                )
                if not cue:
                    k += 1
                    continue
                cue_span = Span(
                    ref.span.start - len(window) + cue.start(), ref.span.start - len(window) + cue.end()
                )
                listed = [ref]
                for nxt in refs[k + 1 :]:
                    gap = self.text[listed[-1].span.end : nxt.span.start]
                    if nxt.span == listed[-1].span or (nxt.named and _listed(gap)):
                        listed.append(nxt)
                    else:
                        break
                for target in dict.fromkeys(e for r in listed for e in r.events):
                    family = _family(self.drafts[target].series)
                    series = PREPARED_BY.get(family or "", "SOM")
                    j = len(self.drafts)
                    self.drafts.append(_Draft(series, "senior_officials", prepared=False))
                    prep = _Ref(cue_span, [j], True)
                    self.drafts[j].refs.append(prep)
                    self.drafts[j].links.append(Link("prepares", target, cue_span))
                    self.drafts[target].prepared = True
                    self.sentence_refs[s_idx].append(prep)
                for r in listed:
                    r.context = "prepares"
                k += len(listed)

    def _context(self, start: int) -> str | None:
        """What a link cue just before a mention makes of it ("en marge de la ...")."""
        if start in self._contexts:  # (the mentions of one name, one per ordinal, share it)
            return self._contexts[start]
        window = _before(self.text, start, 70)
        folded = self.folded[start - len(window) : start] if self.folded is not None else None
        best: tuple[int, str] | None = None
        for name, pattern, needs in self.c.links:
            if not _may_match(needs, folded):
                continue
            rx, subject = on_folded(pattern, window, folded)
            for m in rx.finditer(subject):
                between = window[m.end() :]
                # Only the last few words before the mention: "la 56e réunion", "the 43rd".
                if len(between.split()) <= 6 and not STOP.search(between):
                    if best is None or m.end() > best[0]:
                        best = (m.end(), name)
        self._contexts[start] = best[1] if best else None
        return self._contexts[start]

    # -- 2. sentence walk: anaphora and focus -----------------------------------------------------
    def resolve_anaphora(self) -> list[list[int]]:
        """The focus (event indices) of every sentence."""
        focus: list[list[int]] = []
        current: list[int] = []
        for s_idx, sentence in enumerate(self.a.sentences):
            refs = sorted(self.sentence_refs.get(s_idx, []), key=lambda r: r.span.start)
            taken = [r.span for r in refs]
            body = self.text[sentence.start : sentence.end]
            # (over the folded sentence where there is one: the same offsets, found faster)
            folded = self.folded[sentence.start : sentence.end] if self.folded is not None else None
            anaphora, subject = on_folded(self.c.anaphora, body, folded)
            for m in anaphora.finditer(subject) if _may_match(self.c.anaphora_needs, folded) else ():
                span = Span(sentence.start + m.start(), sentence.start + m.end())
                if any(span.overlaps(t) for t in taken) or RELATED.match(body, m.end()):
                    continue
                events = self._with_partner(body, m.end()) or self._antecedent(
                    m.group("head").lower(), span.start, current
                )
                if events:
                    ref = _Ref(span, events, False, self._context(span.start))
                    refs.append(ref)
                    for e in events:
                        self.drafts[e].refs.append(ref)
            has_clitic = current and _may_match(self.c.clitic_needs, folded)
            for m in self.c.clitic.finditer(body) if has_clitic else ():
                if current:
                    span = Span(sentence.start + m.start(), sentence.start + m.end())
                    refs.append(_Ref(span, list(current), False))
            refs.sort(key=lambda r: r.span.start)
            self.sentence_refs[s_idx] = refs
            lead = [r for r in refs if r.context is None and self._can_lead(r, sentence)]
            if not lead and not current and s_idx < 2:
                # The story's lead names its meeting, however late in the sentence ("ASEAN
                # states step up cooperation ... at the 19th AMMTC, starting tomorrow").
                # Only a numbered meeting: a bare name there is often a mechanism ("the EAS").
                lead = [
                    r
                    for r in refs
                    if r.context is None
                    and r.explicit
                    and any(self.drafts[e].ordinal is not None for e in r.events)
                ][:1]
                first = refs[0] if refs and not lead else None
                if (
                    first
                    and first.explicit
                    and first.context == "part_of"
                    and self.c.during.search(_before(self.text, first.span.start, 40))
                ):
                    # "The ministry made this call during the AMAF meeting in Manila": in the
                    # lead, a meeting framing no other is the one the story reports.
                    first.context = None
                    lead = [first]
            if lead:
                # The first reference is the sentence's subject, most of the time; a list of
                # meetings joined by "et"/"and" shares it.
                last = lead[0]
                current = list(last.events)
                for r in lead[1:]:
                    between = self.text[last.span.end : r.span.start]
                    # "44e et 45e Sommets" is one name for two meetings: one span, two refs.
                    if r.span == last.span or (r.named and last.named and _listed(between)):
                        current += [e for e in r.events if e not in current]
                        last = r
                    else:
                        break
            focus.append(list(current))
        return focus

    def _with_partner(self, body: str, end: int) -> list[int]:
        """ "the session with the United States": the ASEAN+1 meeting with that partner."""
        m = WITH.match(body, end)
        if not m:
            return []
        g = grammar(self.a.lang)
        p = g.partner.match(body, m.end())
        code = g.partner_codes.get(re.sub(r"\s+", " ", p.group(0)).casefold()) if p else None
        return [j for j, d in enumerate(self.drafts) if code and d.partner == code]

    def _can_lead(self, ref: _Ref, sentence: Span) -> bool:
        """A meeting named late in its sentence, without a verb of its own, is an aside; so is
        an anaphor after a preposition ("la réussite des sommets", "au sommet")."""
        if not ref.explicit:
            return not GENITIVE.match(self.text, ref.span.start)
        early = ref.span.start - sentence.start <= 0.6 * (sentence.end - sentence.start)
        return early or bool(self.c.holding.match(self.text, ref.span.end))

    def _antecedent(self, head: str, position: int, current: list[int]) -> list[int]:
        wanted = self.c.rules.ANAPHORA_HEADS.get(head)
        if wanted is None:
            return list(current)

        def named_conference(d: _Draft) -> bool:
            return any("onf" in self.a.meetings[i].text.lower() for i in d.mentions)

        # "la conférence" is first a meeting the article named a conference, then any ministerial.
        conference_named = wanted == "conférence" and any(named_conference(d) for d in self.drafts)

        def fits(d: _Draft) -> bool:
            if wanted == "summit":
                return d.kind == "summit"
            if wanted == "bilateral":
                return d.kind == "bilateral"
            if wanted == "conférence":
                return named_conference(d) if conference_named else d.kind == "ministerial"
            return d.series == wanted

        if any(fits(self.drafts[e]) for e in current):
            return [e for e in current if fits(self.drafts[e])]
        best: list[tuple[int, int]] = []
        for j, d in enumerate(self.drafts):
            before = [r.span.start for r in d.refs if r.explicit and r.span.start < position]
            if before and fits(d):
                best.append((max(before), j))
        if not best:
            return []
        last = max(best)[0]
        return [j for pos, j in best if pos == last]

    # -- 3a. people --------------------------------------------------------------------------
    def people_in(self, sentence: Span, captions: bool = False) -> list[int]:
        return [
            i
            for i, p in enumerate(self.a.people)
            if sentence.start <= p.span.start < sentence.end and (captions or not self.a.in_caption(p.span))
        ]

    def people_of(self, s_idx: int) -> list[int]:
        """`people_in` the sentence `s_idx`, the people sorted into sentences once."""
        if not self._ordered:
            return self.people_in(self.a.sentences[s_idx])
        if self._people_at is None:
            self._people_at = [[] for _ in self.a.sentences]
            for i, p in enumerate(self.a.people):
                k = bisect_right(self._starts, p.span.start) - 1
                if k >= 0 and p.span.start < self.a.sentences[k].end and not self.a.in_caption(p.span):
                    self._people_at[k].append(i)
        return self._people_at[s_idx]

    def participants(self, focus: list[list[int]]) -> None:
        cues = list(zip(self.c.functions, self.c.function_needs, strict=True))
        for s_idx, sentence in enumerate(self.a.sentences):
            people = self.people_of(s_idx)
            # A group photo's caption is left out of `people`, but its cue reads it.
            in_caption = bool(self.a.captions) and self.a.in_caption(sentence)
            with_captions = self.people_in(sentence, captions=True) if in_caption else people
            body = self.text[sentence.start : sentence.end]
            # no name: only a subject given by post ("la ministre vietnamienne") can take part
            if not with_captions and not (self.a.people and self._names_a_post(body)):
                continue
            people = [i for i in with_captions if not self.a.in_caption(self.a.people[i].span)]
            excluded = set()
            not_participant = self.may_match(self.c.not_participant_needs, sentence.start, sentence.end)
            folded = self.folded[sentence.start : sentence.end] if self.folded is not None else None
            rx, subject = on_folded(self.c.not_participant, body, folded)
            for m in rx.finditer(subject) if not_participant else ():
                after = [i for i in people if self.a.people[i].span.start >= sentence.start + m.end()]
                if after:
                    excluded.add(after[0])
            refs = self.sentence_refs.get(s_idx, [])
            for (pattern, function, side), needs in cues:
                if not _may_match(needs, folded) or (side == "caption" and not in_caption):
                    continue
                rx, subject = on_folded(pattern, body, folded)
                for m in rx.finditer(subject):
                    cue = Span(sentence.start + m.start(), sentence.start + m.end())
                    if side == "caption":
                        self._caption_at(sentence, cue, m, with_captions, refs, function)
                        continue
                    # A group photo's caption names who was at the meeting the story reports.
                    who = self._who(with_captions if side == "photo" else people, cue, side, m.group(0))
                    who = [i for i in who if i not in excluded]
                    if not who and side == "before":
                        who = self._described(sentence, cue)
                    if not who:
                        continue
                    # A speaker's meeting is the one the story was at before this sentence,
                    # not what their words name ("Prenant la parole, X ... la réussite des sommets").
                    here = focus[s_idx]
                    if side == "focus" and s_idx and focus[s_idx - 1]:
                        here = focus[s_idx - 1]
                    elif side in ("speech", "photo"):
                        # An official quoted is at the meeting the story reports.
                        here = [e for e, d in enumerate(self.drafts) if d.main] or here
                    events = self._events_for_cue(refs, cue, side, here, function)
                    for person in who:
                        full = self.full(person)
                        if not events:
                            if function == "led_delegation":
                                self.pending_led.add(full)
                            continue
                        for e in events:
                            self._give(e, full, function, sentence)

    def _caption_at(
        self, sentence: Span, cue: Span, m: re.Match[str], people: list[int], refs: list[_Ref], function: str
    ) -> None:
        """A photo's caption, "Le ministre X lors de l'ADMM Retreat": X was at the meeting named
        right after the cue (only in captions: the caller tests that)."""
        who = self._who(people, cue, "before", m.group(0))
        if not who:
            return
        near = [r for r in refs if 0 <= r.span.start - cue.end <= 30 and r.context is None]
        # The caption's own meeting names are not mentions: the name is read here, at the cue.
        info = named_series(self.a.lang, self.text, cue.end)
        named = [
            e
            for e, d in enumerate(self.drafts)
            if info and d.series == info.code and d.variant == info.variant
        ]
        if near:
            events = list(near[0].events)
        elif named:
            events = named[:1]
        else:
            return  # "X à la réunion": which one, of the story's meetings, is not said
        for person in who:
            for e in events:
                self._give(e, self.full(person), function, sentence)

    def _who(self, people: list[int], cue: Span, side: str, cue_text: str) -> list[int]:
        if side in ("before", "speech"):
            before = [i for i in people if self.a.people[i].span.end <= cue.start]
            if before:
                # "X, les autres dirigeants et Y, a participé": a coordinated subject.
                chosen = [before[-1]]
                for i in reversed(before[:-1]):
                    between = self.text[self.a.people[i].span.end : self.a.people[chosen[-1]].span.start]
                    if len(between) > 90 or not COORDINATION.search(between) or SUBJECT_BREAK.search(between):
                        break
                    chosen.append(i)
                return chosen
            # "Chaired by X, the retreat ..." has its agent after; an active verb at the start
            # of a clause ("Meeting X, Son said") names nobody before it. A quote's inverted
            # speaker does: "..., said Retno at the event".
            if side == "speech":
                after = [i for i in people if self.a.people[i].span.start >= cue.end]
                speaker = self.a.people[after[0]].span.start if after else -1
                if after and INVERTED_SPEAKER.fullmatch(self.text, cue.end, speaker):
                    return after[:1]
            return []
        after = [i for i in people if self.a.people[i].span.start >= cue.end]
        if not after:
            return []
        if side == "focus":
            return [after[0]]
        if side == "photo":
            return after
        if self.c.list_cue.search(cue_text):
            return after  # a list of delegation members
        return [after[0]]

    def _names_a_post(self, body: str) -> bool:
        words = set(body.lower().split())
        return any(w in words for w in self.c.rules.POST_WORDS)

    def _described(self, sentence: Span, cue: Span) -> list[int]:
        """ "La ministre vietnamienne a assisté": the person named earlier whom the description
        fits: of the country its adjective gives, else the only one holding the post."""
        m = self.c.described.search(self.text, sentence.start, cue.start)
        if not m:
            return []
        words = m.group("desc").split()
        earlier = [
            i
            for i, p in enumerate(self.a.people)
            if p.span.end <= m.start() and not self.a.in_caption(p.span)
        ]
        codes = {kb.country_code(w, self.a.lang) for w in words} - {None}
        if codes:
            fits = [i for i in earlier if _person_country(self.a.people[i]) in codes]
            return [_full(self.a, fits[-1])] if fits else []
        post = kb.fold(words[0])
        if post not in {kb.fold(w) for w in self.c.rules.POST_WORDS}:
            return []
        holders = {
            _full(self.a, i)
            for i in earlier
            if any(post in kb.fold(t.text).split() for t in self.a.people[_full(self.a, i)].titles)
        }
        return list(holders) if len(holders) == 1 else []

    def _events_for_cue(
        self, refs: list[_Ref], cue: Span, side: str, focus: list[int], function: str = "attended"
    ) -> list[int]:
        if side in ("focus", "speech", "photo"):
            return list(focus)
        after = [r for r in refs if r.span.start >= cue.end]
        before = [r for r in refs if r.span.end <= cue.start]
        chosen: list[int] = []
        if side == "before":
            for r in after:
                if r.context in ("part_of", "reference", "prepares"):
                    # "... en marge de X", "... pour préparer X": X is not where they were; but
                    # "assisted at the opening session ... within the framework of X", with no
                    # meeting of its own named first, was at X.
                    if not chosen and r.context == "part_of" and function == "attended":
                        chosen = list(r.events)
                    break
                chosen += [e for e in r.events if e not in chosen]
            if chosen:
                return chosen
        if before:
            usable = [r for r in before if r.context is None]
            if usable:
                last = usable[-1]
                chosen = list(last.events)
                # "The ASEAN Plus Three, EAS and ARF sessions were chaired by": the whole list.
                for r in reversed(usable[:-1]):
                    between = self.text[r.span.end : last.span.start]
                    if len(between) < 25 and re.fullmatch(
                        r"[\s,]*(?:et|and)?[\s,]*(?:the|la|le|les|l'|du)?\s*", between
                    ):
                        chosen += [e for e in r.events if e not in chosen]
                        last = r
                return chosen
        if side == "after":
            for k, r in enumerate(after):
                if r.context is None:
                    # "the presence of X at the 17th ADMM and 10th ADMM-Plus": the whole list.
                    chosen, last = list(r.events), r
                    for nxt in after[k + 1 :]:
                        gap = self.text[last.span.end : nxt.span.start]
                        if not (nxt.named and last.named and _listed(gap)):
                            break
                        chosen += [e for e in nxt.events if e not in chosen]
                        last = nxt
                    return chosen
        return list(focus)

    def _give(self, event: int, person: int, function: str, evidence: Span) -> None:
        have = self.drafts[event].functions.get(person)
        if have is None or FUNCTION_RANK[function] > FUNCTION_RANK[have[0]]:
            self.drafts[event].functions[person] = (function, evidence)

    # -- 3b. bilateral talks -------------------------------------------------------------------
    def bilaterals(self) -> None:
        """Talks between two countries: one event per counterpart country named at the cue."""
        for i, m in enumerate(self.a.meetings):
            if m.kind != "bilateral":
                continue
            sentence = self.a.sentences[m.sentence] if self.a.sentences else Span(0, len(self.text))
            mentions = self.people_of(m.sentence) if self.a.sentences else self.people_in(sentence)
            people = list(dict.fromkeys(self.full(p) for p in mentions))
            if not people and not self.home:
                continue
            # Positions are the mentions' own; identities are their first full mention's.
            spans = self.a.people
            before = [self.full(p) for p in mentions if spans[p].span.end <= m.span.start]
            after = list(dict.fromkeys(self.full(p) for p in mentions if spans[p].span.start >= m.span.end))
            after = [p for p in after if p not in before[-1:]]
            if before:
                subject: int | None = before[-1]
            else:
                # "Meeting Lao Deputy PM X in the afternoon, Son said": the home side speaks;
                # "the Vietnamese official held talks with X": the home official named last.
                home = [p for p in people if _person_country(self.a.people[p]) == self.home]
                earlier = [
                    self.full(p)
                    for p, person in enumerate(self.a.people)
                    if person.span.end <= m.span.start and _person_country(person) == self.home
                ]
                subject = home[0] if home else (earlier[-1] if earlier else None)
            side = (_person_country(self.a.people[subject]) if subject is not None else None) or self.home
            if side is None:
                continue
            others: dict[str, list[int]] = {}
            for p in after if before else [p for p in people if p != subject]:
                code = _person_country(self.a.people[p])
                if code and code != side:
                    others.setdefault(code, []).append(p)
            body = self.text[m.span.start : sentence.end]
            words = [
                w
                for cm in self.c.counterpart.finditer(body)
                for w in COUNTRY_LIST_SPLIT.split(cm.group("adj"))
            ]
            words += [
                w
                for cm in self.c.counterpart_list.finditer(body)
                for w in COUNTRY_LIST_SPLIT.split(cm.group("list"))
            ]
            for word in words:
                code = kb.country_code(word.strip(), self.a.lang)
                if code and code != side:
                    others.setdefault(code, [])
            for code, counterparts in others.items():
                pair = sorted({side, code})
                same = [k for k, d in enumerate(self.drafts) if d.kind == "bilateral" and d.countries == pair]
                j = same[0] if same else None
                if j is None:
                    j = len(self.drafts)
                    self.drafts.append(_Draft(None, "bilateral", countries=pair))
                d = self.drafts[j]
                d.mentions.append(i)
                ref = _Ref(m.span, [j], True)
                d.refs.append(ref)
                self.sentence_refs.setdefault(m.sentence, []).append(ref)
                for p in ([subject] if subject is not None else []) + counterparts:
                    self._give(j, p, "attended", sentence)

    # -- 3c. dates and places ------------------------------------------------------------------
    def dates_and_places(self, focus: list[list[int]]) -> None:
        titles = [t.span for p in self.a.people for t in p.titles] + [p.span for p in self.a.people]
        # (start, end) pairs: compared inline, these tests run for every place and name
        title_ends = [(t.start, t.end) for t in titles]
        meeting_ends = [(m.span.start, m.span.end) for m in self.a.meetings]
        dates = [expr for expr in self.a.dates if expr.start.precision != "year"]

        def venue(p: PlaceMention) -> bool:
            """Not ruled out wherever it stands (its sentence decides the rest)."""
            ps, pe = p.span.start, p.span.end
            return (
                not (self.a.dateline and self.a.dateline.span.overlaps(p.span))
                and not self.a.in_caption(p.span)
                # overlaps or contains
                and not any((ts < pe and ps < te) or (ts <= ps and pe <= te) for ts, te in title_ends)
                # "Sommet ASEAN-Australie"
                and not any(ms < pe and ps < me for ms, me in meeting_ends)
            )

        for s_idx, sentence in enumerate(self.a.sentences):
            refs = self.sentence_refs.get(s_idx, [])
            if not refs:
                continue
            for expr in dates:
                if not (sentence.start <= expr.span.start < sentence.end):
                    continue
                if self.a.dateline and self.a.dateline.span.overlaps(expr.span):
                    continue  # "JAKARTA, May 1 --": the story's day, not the meeting's
                target = self._nearest(refs, expr.span)
                explicit = any(r.explicit for r in refs if set(r.events) & set(target))
                for e in target:
                    (self.drafts[e].dates if explicit else self.drafts[e].loose_dates).append(expr)
            places = [
                p
                for p in self.a.places
                if sentence.start <= p.span.start < sentence.end
                and venue(p)
                # A venue too: "delegates from ..., the ASEAN Secretariat" names a body, not a place.
                and LOCATIVE.search(self.text, max(sentence.start, p.span.start - 50), p.span.start)
            ]
            same = (
                self.c.same_city.search(self.text[sentence.start : sentence.end])
                if self.may_match(self.c.same_city_needs, sentence.start, sentence.end)
                else None
            )
            if same:
                phrase = Span(sentence.start + same.start(), sentence.start + same.end())
                targets = self._nearest(refs, phrase)
                # "dans la même ville": the city of the meeting the story reports, named before.
                reported = [
                    (max(r.span.start for r in d.refs if r.span.start < phrase.start), d.city)
                    for k, d in enumerate(self.drafts)
                    if d.city
                    and k not in targets
                    and (d.main or d.functions)
                    and any(r.span.start < phrase.start for r in d.refs)
                ]
                previous = [city for _, city in sorted(reported)]
                if previous:
                    for e in targets:
                        if not self.drafts[e].city:
                            self.drafts[e].city = previous[-1]
                            self.drafts[e].country = self.drafts[e].country or _city_country(previous[-1])
            for place in places:
                for e in self._nearest(refs, place.span):
                    d = self.drafts[e]
                    if place.city and not d.city:
                        d.city, d.country = place.city, place.country or d.country
                    elif (
                        place.country
                        and not d.country
                        and place.kind in ("country", "region", "province", "venue")
                    ):
                        d.country = place.country

    def _nearest(self, refs: list[_Ref], span: Span) -> list[int]:
        """Events of the reference just before `span` in its sentence, else of the first after;
        with the other meetings of the list it stands in ("X, de la 25e Y et du 31e Z")."""
        # A date or place belongs to the meeting reported, not to the frame named around it
        # ("... on the sidelines of X in Jakarta on July 14").
        before = [r for r in refs if r.span.end <= span.start]
        framed = [r for r in before if r.context in (None, "prepares")] or before
        after = [r for r in refs if r.span.start >= span.end]
        if before:
            pick = framed[-1]
        elif after:
            pick = after[0]
        else:
            return []
        ordered = sorted(refs, key=lambda r: r.span.start)
        group = [r for r in ordered if r.span == pick.span]
        first = min(i for i, r in enumerate(ordered) if r.span == pick.span)
        last = max(i for i, r in enumerate(ordered) if r.span == pick.span)
        for r in ordered[last + 1 :]:  # the rest of the list, after the pick ...
            if r.span == group[-1].span or (
                r.named and group[-1].named and _listed(self.text[group[-1].span.end : r.span.start])
            ):
                group.append(r)
            else:
                break
        for r in reversed(ordered[:first]):  # ... and before it, when the date follows the list
            gap = self.text[r.span.end : group[0].span.start]
            if pick.span.end <= span.start and r.named and group[0].named and _listed(gap):
                group.insert(0, r)
            else:
                break
        return list(dict.fromkeys(e for r in group for e in r.events))

    # -- 4. status, reference, links, knowledge ------------------------------------------------
    def links(self) -> None:
        for s_idx, _sentence in enumerate(self.a.sentences):
            refs = self.sentence_refs.get(s_idx, [])
            for k, ref in enumerate(refs):
                if ref.context not in ("prepares", "part_of"):
                    continue
                sources = [r for r in refs[:k] if r.context is None]
                if not sources:
                    continue
                for source in sources[-1].events:
                    for target in ref.events:
                        if source != target:
                            self.drafts[source].links.append(Link(ref.context, target, ref.span))  # type: ignore[arg-type]
                            if ref.context == "prepares":
                                self.drafts[target].prepared = True

    def status(self, d: _Draft, start: DatePoint | None, anchor: DatePoint | None) -> str:
        primary = d.refs[0] if d.refs else None
        if primary:
            sentence = (
                self.a.sentences[self.sentence_of(primary.span)]
                if self.a.sentences
                else Span(0, len(self.text))
            )
            lo, hi = max(sentence.start, primary.span.start - 80), min(sentence.end, primary.span.end + 100)
            cancelled, subject = on_folded(self.c.cancelled, self.text, self.folded)
            if self.may_match(self.c.cancelled_needs, lo, hi) and cancelled.search(subject[lo:hi]):
                return "cancelled"
        # The verb's tense is looked for only where the dates do not settle it (a regex pass).
        published = _parse_iso(self.a.published)
        if anchor is not None and published is not None and anchor.day and not published.day:
            tense = self._tense(primary) if primary else None
            if tense:
                # The story's day is only inferred: what the verb says comes first.
                return tense
        order = _compare(start, anchor)
        if order is not None and order != 0:
            return "scheduled" if order > 0 else "held"
        return (self._tense(primary) if primary else None) or "held"

    def _tense(self, ref: _Ref) -> str | None:
        """Future or past, from the verb nearest to the mention in its sentence."""
        sentence = (
            self.a.sentences[self.sentence_of(ref.span)] if self.a.sentences else Span(0, len(self.text))
        )
        key = (sentence.start, sentence.end)
        cues = self._tenses.get(key)
        if cues is None:  # the sentence's tense cues, found once for all its meetings
            cues = self._tenses[key] = []
            for pattern, value in ((self.c.future, "scheduled"), (self.c.past, "held")):
                rx, subject = on_folded(pattern, self.text, self.folded)
                found = rx.finditer(subject, sentence.start, sentence.end)
                cues += [(m.start(), m.end(), value) for m in found]
        best: tuple[int, str] | None = None
        for m_start, m_end, value in cues:
            if ref.span.start <= m_start < ref.span.end:
                continue
            distance = m_start - ref.span.end if m_start >= ref.span.end else (ref.span.start - m_end) * 1.5
            if best is None or distance < best[0]:
                best = (int(distance), value)
        return best[1] if best else None

    def referenced_only(self, d: _Draft) -> bool:
        if d.functions or d.main:
            return False
        explicit = [r for r in d.refs if r.explicit]
        if any(r.context in ("part_of", "reference") for r in explicit):
            return True
        if d.prepared:
            return False
        for r in d.refs:
            if self.c.holding.match(self.text, r.span.end) and r.context is None:
                return False
        return True

    def build(self) -> list[ExtractedEvent]:
        self.group()
        self.bilaterals()
        focus = self.resolve_anaphora()
        self.links()
        # The article's lead reports its main event: its first two sentences, after the title
        # and the photo captions that may open the text.
        dateline = self.a.dateline.span.start if self.a.dateline else 0
        body = [i for i, s in enumerate(self.a.sentences) if not self.a.in_caption(s) and s.end > dateline]
        lead = body[:2]
        for s_idx in lead:
            for e in focus[s_idx]:
                d = self.drafts[e]
                if any(r.context is None for r in d.refs if self.sentence_of(r.span) <= s_idx):
                    d.main = True
            if focus[s_idx]:
                break
        self.participants(focus)
        self.dates_and_places(focus)
        anchor = self._story_day()
        out: list[ExtractedEvent] = []
        for d in self.drafts:
            for person in self.pending_led:
                if person in d.functions and d.functions[person][0] == "attended":
                    d.functions[person] = ("led_delegation", d.functions[person][1])
            start, end = _dates(d.dates, self.a.sentence_of)
            loose_start, loose_end = _dates(d.loose_dates)
            vague = bool(d.dates) and all(e.kind == "week" for e in d.dates)
            if (
                start
                and loose_start
                and (
                    _finer_within(loose_start, start)
                    or vague
                    and (_key(start) <= _key(loose_start) <= _key(end or start))
                )
            ):
                # "next week" said of it, "on 20 and 21 February" of "this meeting": the days
                start, end = loose_start, loose_end
            start = start or loose_start
            if (
                loose_end
                and (end is None or _key(loose_end) > _key(end))
                and start
                and _key(loose_end) >= _key(start)
            ):
                end = loose_end
            if start is None and (d.functions or d.main):
                start = self._context_date(d)
            if start is None and (d.functions or d.main) and not self.referenced_only(d):
                # Reported, with no date of its own: it took place around the story's date.
                published = _parse_iso(self.a.published)
                if published and published.month:
                    start = DatePoint(published.year, published.month)
            if d.ordinal is None and start is None and not d.functions and not d.main:
                continue  # a bare name with nothing said of it: a mechanism, not a meeting
            if (
                d.variant is not None  # unnumbered "ADMM+" and the like, beside its series' meeting
                and d.ordinal is None
                and not d.dates
                and not d.loose_dates
                and any(o is not d and o.series == d.series for o in self.drafts)
            ):
                continue  # "l'ADMM et l'ADMM+ jouent un rôle ...": beside its series' meeting, undated

            sector = self._sector(d)
            numbered = d.series and d.ordinal is not None
            known = kb.known_meeting(d.series, d.ordinal, sector) if numbered else None  # type: ignore[arg-type]
            self._fill_from_knowledge(d, start, known)
            if start is None and known and known.start:
                start = _parse_iso(known.start)
                end = end or _parse_iso(known.end)
            if (
                end is None
                and start is not None
                and start.precision == "day"
                and d.kind in ("senior_officials", "bilateral", "national", "ministerial", "working")
            ):
                end = start
            elif end is None and start is not None and start.precision == "day" and d.series == "EAS":
                end = start
            primary = d.refs[0].span if d.refs else self.a.meetings[d.mentions[0]].span
            sentence = self.a.sentences[self.sentence_of(primary)] if self.a.sentences else primary
            series = d.series
            if series and (info := series_info(series)) is not None and info.body:
                series, sector = None, info.code  # a body's gathering: no series of the vocabulary
            out.append(
                ExtractedEvent(
                    series=series,
                    kind=d.kind,
                    span=sentence,
                    ordinal=d.ordinal,
                    start=start,
                    end=end,
                    city=d.city,
                    country=d.country,
                    status=self.status(d, start, anchor),  # type: ignore[arg-type]
                    referenced_only=self.referenced_only(d),
                    partner=d.partner,
                    countries=d.countries,
                    participants=[Participation(p, f, ev) for p, (f, ev) in sorted(d.functions.items())],  # type: ignore[arg-type]
                    links=d.links,
                    mentions=d.mentions,
                    sector=sector,
                )
            )
        # Links point at drafts; renumber them to the events kept.
        kept = [i for i, d in enumerate(self.drafts) if any(e.mentions is d.mentions for e in out)]
        renumber = {old: new for new, old in enumerate(kept)}
        for e in out:
            e.links = [
                Link(lk.relation, renumber[lk.target], lk.span) for lk in e.links if lk.target in renumber
            ]
        return out

    def _story_day(self) -> DatePoint | None:
        """The day the story is told: its publication date, or, where that gives only the month,
        the day of the meeting it reports in that month (a SOM on 3 September, in a September
        story, makes the summit of the 5th a scheduled one)."""
        published = _parse_iso(self.a.published)
        if published is None or published.day is not None:
            return published
        for d in self.drafts:
            if d.main:
                start, _ = _dates(d.dates)
                if start and start.day and _compare(start, published) == 0:
                    return start
        return published

    def _story_place(self) -> tuple[str | None, str | None]:
        """Where the story happens: the first city its lead sentences put it in ("... in
        Vientiane, Laos"), else its dateline's place (which may be the wire desk's: "BEIJING")."""
        sentences = self.a.sentences or [Span(0, len(self.text))]
        first = self.sentence_of(self.a.dateline.span) if self.a.dateline else 0
        lead = sentences[first : first + 2]
        titles = [t.span for p in self.a.people for t in p.titles]
        for place in self.a.places:
            if (
                place.city
                and any(s.start <= place.span.start < s.end for s in lead)
                and not (self.a.dateline and self.a.dateline.span.overlaps(place.span))
                and not self.a.in_caption(place.span)
                and not any(t.overlaps(place.span) for t in titles)
                and LOCATIVE.search(self.text, max(0, place.span.start - 50), place.span.start)
            ):
                return place.city, place.country or _city_country(place.city)
        if self.a.dateline:
            from chancery.extract.places import resolve_place

            return resolve_place(self.a.dateline.place)
        return None, None

    def _context_date(self, d: _Draft) -> DatePoint | None:
        """A reported meeting given no date of its own: the day the story is at when it is named
        ("led the delegation to four meetings ... on July 27. ... took part in X, Y and Z")."""
        first = min((r.span.start for r in d.refs), default=None)
        if first is None:
            return None
        before = [
            e for e in self.a.dates if e.span.end <= first and e.start.day is not None and e.kind != "until"
        ]
        return before[-1].start if before else None

    def _sector(self, d: _Draft) -> str | None:
        return kb.sector([self.a.meetings[i].text for i in d.mentions], d.series, self.a.lang)

    def _fill_from_knowledge(
        self, d: _Draft, start: DatePoint | None, known: kb.KnownMeeting | None
    ) -> None:
        if known:
            if not d.city and not d.country:
                d.city, d.country = known.city, known.country
            elif not d.country:
                d.country = known.country
        if d.city and not d.country:
            city = kb.city(d.city)
            d.country = city.country if city else None
        if not d.city and not d.country and not self.referenced_only(d):
            d.city, d.country = self._story_place()
        if not d.country and d.kind == "national":
            d.country = self.home
        if not d.country and d.series in CHAIR_HOSTED:
            year = start.year if start else self.a.reference_year
            d.country = kb.chair(year) if year else None


def _city_country(name: str) -> str | None:
    city = kb.city(name)
    return city.country if city else None


def _parse_iso(value: str | None) -> DatePoint | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")[:3]]
    return DatePoint(*parts)  # type: ignore[arg-type]


def _compare(a: DatePoint | None, b: DatePoint | None) -> int | None:
    """-1, 0, 1 comparing two dates at the coarser of their precisions; None if not comparable."""
    if a is None or b is None or a.year is None or b.year is None:
        return None
    left, right = [a.year], [b.year]
    for x, y in ((a.month, b.month), (a.day, b.day)):
        if x is None or y is None:
            break
        left.append(x)
        right.append(y)
    return (left > right) - (left < right)


def _key(p: DatePoint) -> tuple[int, int, int]:
    return (p.year or 0, p.month or 0, p.day or 0)


def _finer_within(fine: DatePoint, coarse: DatePoint) -> bool:
    """`fine` says more than `coarse` and agrees with it ("2017-02-20" within "2017-02")."""
    order = ("year", "month", "day")
    if order.index(fine.precision or "year") <= order.index(coarse.precision or "year"):
        return False
    return fine.year == coarse.year and (coarse.month is None or fine.month == coarse.month)


def _dates(
    exprs: list[TimeExpr], sentence_of: Callable[[Span], int] | None = None
) -> tuple[DatePoint | None, DatePoint | None]:
    """Start: the earliest date said of the meeting, at the finest precision; end: the latest.
    Where a span of days is said ("May 10-11"), a lone day outside it in another sentence is
    another day (the press release's, the preparations'), not the meeting's."""
    spans = [
        e
        for e in exprs
        if e.end is not None and e.kind != "week" and e.start.day and e.end.day and e.start.year
    ]
    if spans and sentence_of is not None:
        low = min((e.start for e in spans), key=_key)
        high = max((e.end for e in spans), key=_key)  # type: ignore[arg-type]
        span_sentences = {sentence_of(e.span) for e in spans}

        def keep(e: TimeExpr) -> bool:
            if e.end is not None or not e.start.day or e.start.year is None:
                return True
            return _key(low) <= _key(e.start) <= _key(high) or sentence_of(e.span) in span_sentences

        exprs = [e for e in exprs if keep(e)]
    starts = [e.start for e in exprs if e.kind not in ("until", "week") and e.start.year is not None]
    if not starts:  # "this week" only when nothing says the day
        starts = [e.start for e in exprs if e.kind == "week" and e.start.year is not None]
    # "next week" bounds nothing when a day is said
    ends = [e.end for e in exprs if e.end is not None and e.end.year is not None and e.kind != "week"]
    if not ends and not any(e.start.day for e in exprs if e.kind != "week"):
        ends = [e.end for e in exprs if e.end is not None and e.end.year is not None]
    ends += [e.start for e in exprs if e.kind == "until" and e.start.year is not None]
    start = None
    if starts:
        finest = max(("year", "month", "day").index(s.precision or "year") for s in starts)
        fine = [s for s in starts if ("year", "month", "day").index(s.precision or "year") == finest]
        start = min(fine, key=_key)
    end = max(ends, key=_key) if ends else None
    if start and end and _key(end) < _key(start):
        end = None
    return start, end


def assemble(article: Article) -> list[ExtractedEvent]:
    """The events of one article."""
    if article.lang not in ("fr", "en") or not article.meetings:
        return []
    return _Assembler(article).build()
