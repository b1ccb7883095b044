"""SourceDoc -> Article: the clean text every later span points into.

Steps, in order (each a small function, testable alone):
1. `normalise_whitespace`: NFC, line endings, odd spaces, paragraphs separated by one blank line.
2. `restore_sentence_spaces`: "l'ASEAN.Les" -> "l'ASEAN. Les" (wire copy often loses them).
3. `break_after_signoff`: text glued after a mid-text "-VNA" starts a new paragraph.
4. `remove_repeats`: a block repeating earlier sentences (CMS copy errors) is kept once.
5. Annotations that keep the text as is: dateline, captions, sign-offs, sentences, language.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

from chancery.document import Article, Dateline, SourceDoc, Span
from chancery.langid import identify
from chancery.segment import ABBREVIATIONS, split_sentences

# ---------------------------------------------------------------------------------------------
# 1. whitespace

_ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad]")  # zero-width, BOM, soft hyphen
_LINE_BREAKS = re.compile(r"\r\n|\r|[\u2028\u2029\x0b\x0c\x85]")
_BLANK = re.compile(r"\n[ ]*\n+")
_SENTENCE_END = ".!?…:;»”\")]"


def _looks_wrapped(lines: list[str]) -> bool:
    """A hard-wrapped block: 3+ lines whose lengths (but the last) sit at one width."""
    if len(lines) < 3:
        return False
    widths = [len(line) for line in lines[:-1]]
    return min(widths) >= 40 and max(widths) <= 100 and max(widths) - min(widths) <= 25


def _join_wrapped(block: str) -> list[str]:
    """Lines of one block -> paragraphs. Many wire files put one paragraph per line, so a newline
    is a paragraph break, unless the block is hard-wrapped at a fixed width or the next line
    visibly continues the sentence (no final punctuation, then a lowercase start)."""
    lines = [line.strip() for line in block.split("\n")]
    lines = [line for line in lines if line]
    if _looks_wrapped(lines):
        return [" ".join(lines)]
    paras: list[str] = []
    for line in lines:
        if paras and paras[-1][-1] not in _SENTENCE_END and line[0].islower():
            paras[-1] += " " + line
        else:
            paras.append(line)
    return paras


def normalise_whitespace(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    text = re.sub(r" {2,}", " ", text)
    paras: list[str] = []
    for block in _BLANK.split(text):
        paras.extend(_join_wrapped(block))
    return "\n\n".join(paras)


# ---------------------------------------------------------------------------------------------
# 2. missing spaces after sentence ends

_KNOWN_ABBREVS = ABBREVIATIONS["fr"] | ABBREVIATIONS["en"]
_GLUE = re.compile(r"[.!?…]+[\"»”’)\]]*|[»”]|:")
_URLISH = re.compile(
    r"https?:|www\.|@|\.(?:com|org|net|gov|int|edu|vn|la|kh|th|my|sg|id|ph|mm|bn|fr|uk|asia|info)\b",
    re.IGNORECASE,
)


def _needs_space(text: str, m: re.Match[str]) -> bool:
    end = m.end()
    if end >= len(text) or not (text[end].isalpha() and text[end].isupper()):
        return False
    punct = m.group(0)
    start = m.start()
    ls = start
    while ls > 0 and not text[ls - 1].isspace():
        ls -= 1
    re_ = end
    while re_ < len(text) and not text[re_].isspace():
        re_ += 1
    left, right = text[ls:start], text[end:re_]
    if _URLISH.search(left + punct + right):
        return False  # URLs, e-mails, domain names
    if punct == ":":
        return bool(left) and not left[-1].isdigit()  # "ASEAN:Promouvoir"; leave "10:A" alone
    if punct != ".":
        return True  # "!", "?", "...", ".»", "»" + capital
    lw = re.split(r"[.(«\"“'’/]", left)[-1]
    rw = re.match(r"[^\W\d_]+", right)
    rword = rw.group(0) if rw else ""
    if not lw:
        return False  # "./.", ".(" ...
    if len(lw) == 1 and lw.isalpha():
        return False  # initials and acronyms: "U.S.", "J.F. Kennedy", "M.Macron"
    if lw in _KNOWN_ABBREVS:
        return False  # "St.Petersburg", "Dr.Smith"
    if len(rword) == 1 and right[1:2] == ".":
        return False  # right side is an initial: "J.F."
    if lw[-1].isdigit():
        # "Vision 2045.The": a number then a capitalised word glued is a sentence end; a single
        # capital ("Annex 3.B") is a reference.
        return len(rword) >= 2
    return True


def restore_sentence_spaces(text: str) -> str:
    """Insert the space lost after a sentence end glued to a capital: "ASEAN.Les" -> "ASEAN. Les"."""
    out: list[str] = []
    last = 0
    for m in _GLUE.finditer(text):
        if _needs_space(text, m):
            out.append(text[last : m.end()])
            out.append(" ")
            last = m.end()
    out.append(text[last:])
    return "".join(out)


# French elision typed with a space ("l' ASEAN"): the apostrophe binds to the next word.
_FR_ELISION_SPACE = re.compile(
    r"\b([LlDdJjMmNnSsTtCc]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)(['’]) (?=[^\W\d_])"
)


def join_elisions(text: str) -> str:
    """"l' ASEAN" -> "l'ASEAN" (French only: English has "members' states")."""
    return _FR_ELISION_SPACE.sub(r"\1\2", text)


# ---------------------------------------------------------------------------------------------
# 3./5. sign-offs

_AGENCIES = r"VNA|CVN|VNS|VOV|VNP|NDO|Bernama|BERNAMA|ANTARA|Antara|AFP|Reuters|Xinhua|KPL|AKP|PNA"
_SIGNOFF = rf"(?:--|[-–—])\s?(?:{_AGENCIES})(?:/[A-Z]{{2,5}})?|\./\."
_SIGNOFF_MID = re.compile(rf"(?:(?<=\s)|(?<=[.!?…»”)]))({_SIGNOFF})[ ]+(?=[^\W\d_])")
_SIGNOFF_END = re.compile(rf"(?:(?:(?<=\s)|(?<=[.!?…»”)]))(?:{_SIGNOFF})|\./\.|\((?:{_AGENCIES})\))$")


def break_after_signoff(text: str) -> str:
    """'...Vietnam. -VNA S'agissant...' -> the text after the sign-off starts a new paragraph."""
    return _SIGNOFF_MID.sub(lambda m: m.group(1) + "\n\n", text)


def find_signoffs(text: str) -> list[Span]:
    """Sign-offs ("-VNA", "– VNA", "./.", "-CVN") ending a paragraph; "(VNA)" only at the end."""
    spans: list[Span] = []
    for para in _paragraphs(text):
        chunk = text[para.start : para.end]
        m = _SIGNOFF_END.search(chunk)
        if not m:
            continue
        if m.group(0).startswith("(") and para.end != len(text.rstrip()):
            continue
        spans.append(Span(para.start + m.start(), para.start + m.end()))
    return spans


def _agency_of(signoff: str) -> str | None:
    m = re.search(rf"(?:{_AGENCIES})", signoff)
    return m.group(0) if m else None


# ---------------------------------------------------------------------------------------------
# 4. repeated blocks

MIN_REPEAT_CHARS = 100  # normalised characters, with at least two sentences...
MIN_REPEAT_SINGLE = 200  # ...or one long sentence: short repeated sentences are legitimate
_SEED = 40  # characters of a sentence start looked up in the text before it


_ALNUM_RUN = re.compile(r"[^\W_]+")  # re's \w without "_": what str.isalnum() accepts


def _normalised(text: str) -> tuple[str, list[int]]:
    """Lower-cased letters and digits only (so glued and spaced forms compare equal), with each
    character's offset in `text`."""
    chars: list[str] = []
    offsets: list[int] = []
    # run by run, not character by character: a run lowers at once unless a character of it
    # lowers to several ("İ") or by its context (a final capital sigma)
    for m in _ALNUM_RUN.finditer(text):
        run = m.group()
        low = run.lower()
        if len(low) == len(run) and "Σ" not in run:
            chars.append(low)
            offsets.extend(range(m.start(), m.end()))
            continue
        for i, ch in enumerate(run, m.start()):
            for c in ch.lower():
                chars.append(c)
                offsets.append(i)
    return "".join(chars), offsets


@lru_cache(maxsize=2)
def _split(text: str, lang: str) -> tuple[Span, ...]:
    return tuple(split_sentences(text, lang))


def _sentences(text: str, lang: str) -> list[Span]:
    """split_sentences, kept for the last texts: the text find_repeats splits last is, most
    often, the clean text that clean() splits again."""
    return list(_split(text, lang))


_NON_ALNUM = re.compile(r"[\W_]+")


def _normalised_at(text: str, starts: list[int]) -> tuple[str, list[int]] | None:
    """`_normalised(text)[0]`, and for each offset of `starts` (ascending) the number of its
    characters before that offset; None when a character lowers to several or by its context
    (then only the character-by-character form is right).

    Why: the text is cut and folded in C, a few pieces, where `_normalised` loops over words;
    the offset of each character is only needed where a repeat is found.
    """
    pieces: list[str] = []
    counts: list[int] = []
    n = prev = 0
    for b in [*starts, len(text)]:
        if b < prev:
            return None
        piece = _NON_ALNUM.sub("", text[prev:b])
        low = piece.lower()
        if len(low) != len(piece) or "Σ" in piece:
            return None
        pieces.append(low)
        n += len(low)
        counts.append(n)
        prev = b
    return "".join(pieces), counts[:-1]


def find_repeats(text: str, lang: str = "other") -> list[Span]:
    """Spans of sentence runs that repeat text found earlier (the later copy)."""
    sents = _sentences(text, lang)  # kept: clean() splits the text again when nothing repeats
    fast = _normalised_at(text, [s.start for s in sents])
    offsets: list[int] | None = None
    if fast is None:
        norm, offsets = _normalised(text)
        starts = [bisect.bisect_left(offsets, s.start) for s in sents]
    else:
        norm, starts = fast
    if len(norm) < 2 * MIN_REPEAT_CHARS:
        return []
    found: list[Span] = []
    i = 0
    while i < len(sents):
        s = sents[i]
        p = starts[i]  # its first letter's index in `norm`
        if p >= len(norm) or len(norm) - p < MIN_REPEAT_CHARS:
            break
        seed = norm[p : p + _SEED]
        best = 0
        q = norm.find(seed, 0, p)
        while q != -1 and q + len(seed) <= p:
            k = len(seed)
            while p + k < len(norm) and q + k < p and norm[q + k] == norm[p + k]:
                k += 1
            best = max(best, k)
            q = norm.find(seed, q + 1, p)
        if best < MIN_REPEAT_CHARS:
            i += 1
            continue
        if offsets is None:
            offsets = _normalised(text)[1]
        match_end = offsets[p + best - 1] + 1  # just after the last matched letter
        # whole sentences only: the run ends with the last sentence whose letters all matched
        j = i
        while j + 1 < len(sents):
            nxt = sents[j + 1]
            pe = bisect.bisect_left(offsets, nxt.end) - 1  # its last letter
            if pe < 0 or offsets[pe] >= match_end or offsets[pe] < nxt.start:
                break
            j += 1
        last_letter = bisect.bisect_left(offsets, sents[j].end) - 1
        if offsets[last_letter] >= match_end:
            i += 1  # not even the first sentence matched in full
            continue
        n_sents = j - i + 1
        whole_para = (s.start == 0 or text[s.start - 1] == "\n") and (
            sents[j].end == len(text) or text[sents[j].end] == "\n"
        )
        # Several sentences, or a whole paragraph, or one long sentence: a copy error. A single
        # short sentence inside a paragraph may be repeated on purpose (a quote, a refrain).
        if best >= MIN_REPEAT_SINGLE or (best >= MIN_REPEAT_CHARS and (n_sents >= 2 or whole_para)):
            found.append(Span(s.start, sents[j].end))
            i = j + 1
        else:
            i += 1
    return found


def remove_repeats(text: str, lang: str = "other") -> tuple[str, list[str]]:
    """The text with repeated blocks removed (the first copy stays), and the removed texts."""
    removed: list[str] = []
    for _ in range(3):  # a removal cannot create a new repeat, but be safe and bounded
        spans = find_repeats(text, lang)
        if not spans:
            break
        parts: list[str] = []
        last = 0
        for sp in spans:
            parts.append(text[last : sp.start])
            removed.append(text[sp.start : sp.end])
            last = sp.end
        parts.append(text[last:])
        text = normalise_whitespace("".join(parts))
    return text, removed


# ---------------------------------------------------------------------------------------------
# 5. datelines and captions

_PLACE_WORD = r"[^\W\d_][\w'’.-]*"
_PLACE = rf"{_PLACE_WORD}(?:\s+(?:(?:de|du|des|la|le|do|da|di|del|of)\s+)?{_PLACE_WORD}){{0,4}}"
_DATELINE = re.compile(
    rf"""(?P<place>{_PLACE}(?:\s*,\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}}){{0,2}})  # CEBU, Philippines
    (?:\s*,\s*(?P<date>[^\s,()–—-][^,()\n–—]{{0,20}}?\d[^,()\n–—]{{0,12}}?))?   # , July 25 / , 5 janv.
    \s*(?:\((?P<agency>[A-Z][\w/&. ]{{1,24}})\))?
    \s*(?:(?P<dash>--|[-–—])(?:\s|(?=[A-Z]))|(?P<colon>:)\s)""",
    re.VERBOSE,
)


_DATE_IN_BRACKETS = re.compile(r"[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}\.?")


def _dateline_at(text: str, pos: int) -> Dateline | None:
    m = _DATELINE.match(text, pos)
    if not m:
        return None
    place, agency = m.group("place"), m.group("agency")
    if agency and _DATE_IN_BRACKETS.fullmatch(agency):
        agency = None  # "KUALA LUMPUR (May 10):" gives the day, not an agency
    elif m.group("colon") and not (place.isupper() and len(place) >= 3):
        return None  # "KUALA LUMPUR: ..." opens a story; "Hanoi: ..." is a heading
    words = place.split()
    if not all(w[0].isupper() or w in ("de", "du", "des", "la", "le", "do", "da", "di", "del", "of")
               for w in words):
        return None
    if agency is None and not (place.isupper() and len(place) >= 3):
        return None  # without "(Agency)" only an upper-case place is surely a dateline
    return Dateline(place=place, agency=agency.strip() if agency else None,
                    span=Span(m.start(), m.end("dash") if m.group("dash") else m.end("colon")))


MAX_DATELINE_PARAGRAPH = 3  # a title line or a photo caption may come before the dateline


def find_dateline(text: str, captions: list[Span] | None = None) -> Dateline | None:
    """"Luang Prabang (VNA) - ", "VIENTIANE, July 25 (Reuters) -", "HANOI -" opening the
    article: at the start of the text, or of the first paragraph after a caption or title.
    `captions`: find_captions(text), when the caller has it."""
    if captions is None:
        captions = find_captions(text)
    for n, para in enumerate(_paragraphs(text)):
        if n >= MAX_DATELINE_PARAGRAPH:
            break
        found = _dateline_at(text, para.start)
        chunk = text[para.start : para.end]
        # A title has no final full stop; the first body paragraph is where the dateline would be.
        if found or para not in captions and (chunk[-1] in ".!?…" or len(chunk.split()) > 20):
            return found
    return None


_LEADING_AGENCY = re.compile(r"\((?P<agency>[A-Z][A-Za-z]{1,15})\)\s*(?:--|[-–—])\s")


def _leading_agency(text: str) -> str | None:
    """"(VOVWORLD) - Une réunion...": an agency credit with no place."""
    m = _LEADING_AGENCY.match(text)
    return m.group("agency") if m else None


_CREDIT = r"[^\n()]{1,40}?"
_CREDIT_FREE = r"(?:[^\n.:;!?]|\.(?=\S))[^\n:;!?]{0,39}?"  # "VNA/CVN", "Minh Quyet/VNA", "baoquocte.vn"
_CAPTION_END = re.compile(
    rf"""(?:
        \(\s*(?:Photo|Photos|Ảnh|Image|Illustration|Source|Crédit\ photo)\b[^():\n]{{0,20}}:\s*{_CREDIT}\)
      | \(\s*photo\s+[^():\n]{{1,40}}\)
      | \b(?:Photo|Photos|Ảnh|Crédit\ photo|Source)\s*:\s*(?!.*\.\s){_CREDIT_FREE}
      | \(?\s*Photo\ d['’]illustration\s*\)?(?:\s*:\s*[^\n.]{{1,30}})?
      | \(?\s*(?:Illustrative|Illustration)\ (?:photo|image)\s*\)?(?:\s*:\s*[^\n.]{{1,30}})?
    )\s*\.?$""",
    re.VERBOSE | re.IGNORECASE,
)
MAX_CAPTION = 400


def _paragraphs(text: str) -> list[Span]:
    spans: list[Span] = []
    pos = 0
    for m in [*re.finditer(r"\n\n", text), None]:
        end = m.start() if m else len(text)
        if end > pos:
            spans.append(Span(pos, end))
        if m:
            pos = m.end()
    return spans


def find_captions(text: str) -> list[Span]:
    """Paragraphs that are photo captions ("... Photo: VNA", "(Photo: AFP)", "Source: VNA")."""
    out: list[Span] = []
    for para in _paragraphs(text):
        chunk = text[para.start : para.end]
        if len(chunk) <= MAX_CAPTION and _CAPTION_END.search(chunk):
            out.append(para)
    return out


# ---------------------------------------------------------------------------------------------


# Scraped VNA pages glue an image marker between the headline and the caption:
# "... Press Day hinh anh 1VNA Deputy General Director ..." / "... - ảnh 1Le vice-ministre ...".
_IMAGE_MARKER = re.compile(r"(?:\s+-)?\s+(?:ảnh|hinh anh)\s\d{1,2}(?=[^\W\d_]|[(«\"“])")


def split_image_markers(text: str) -> str:
    return _IMAGE_MARKER.sub("\n\n", text)


def clean_text(text: str, lang: str = "other") -> tuple[str, list[str]]:
    """Steps 1-4: the clean text and the repeated blocks removed from it."""
    text = normalise_whitespace(split_image_markers(text))
    text = restore_sentence_spaces(text)
    if lang == "fr":
        text = join_elisions(text)
    text = normalise_whitespace(break_after_signoff(text))
    return remove_repeats(text, lang)


def clean(source: SourceDoc) -> Article:
    declared = (source.lang or "").lower()
    lang = declared if declared in ("fr", "en") else identify(normalise_whitespace(source.text))
    text, removed = clean_text(source.text, lang)
    captions = find_captions(text)
    dateline = find_dateline(text, captions)
    boilerplate = find_signoffs(text)
    agency = dateline.agency if dateline and dateline.agency else _leading_agency(text)
    if agency is None and boilerplate:
        agency = _agency_of(text[boilerplate[-1].start : boilerplate[-1].end])
    return Article(
        source=source,
        text=text,
        lang=lang,
        published=source.published,
        dateline=dateline,
        agency=agency,
        # The paragraph that opens with the dateline is the article, whatever credit ends it.
        captions=[c for c in captions if not (dateline and c.overlaps(dateline.span))],
        boilerplate=boilerplate,
        removed=removed,
        sentences=_sentences(text, lang),
    )
