"""Cut a text into segments, some marked, for templates to render with autoescaping.

Why segments and not HTML: the article text is untrusted (it may hold `<script>`); the template
escapes every segment's text and only wraps marked ones in `<mark>`, so no markup ever comes
from the article itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Mark:
    start: int
    end: int
    cls: str  # event | person | part | title | fact | focus
    note: str = ""  # tooltip


@dataclass(slots=True)
class Segment:
    text: str
    classes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)  # ids of spans starting here

    @property
    def marked(self) -> bool:
        return bool(self.classes)

    @property
    def css(self) -> str:
        return " ".join(f"m-{c}" for c in sorted(set(self.classes)))

    @property
    def title(self) -> str:
        return " · ".join(dict.fromkeys(n for n in self.notes if n))


def anchor(start: int, end: int) -> str:
    return f"s{start}-{end}"


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    n = len(text)
    valid = [
        m for m in marks if isinstance(m.start, int) and isinstance(m.end, int) and 0 <= m.start < m.end <= n
    ]
    cuts = sorted({0, n, *(m.start for m in valid), *(m.end for m in valid)})
    starts: dict[int, list[str]] = {}
    for m in valid:
        starts.setdefault(m.start, []).append(anchor(m.start, m.end))
    out: list[Segment] = []
    # O(cuts * marks) is fine: an article has at most a few hundred marks.
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a == b:
            continue
        covering = [m for m in valid if m.start <= a and b <= m.end]
        out.append(
            Segment(
                text[a:b],
                [m.cls for m in covering],
                [m.note for m in covering],
                list(dict.fromkeys(starts.get(a, []))),
            )
        )
    if not out and text:
        out.append(Segment(text))
    return out


def excerpt(text: str, start: int, end: int, context: int = 0) -> str:
    """The sentence(s) a span covers, widened to `context` characters on each side."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return text[max(0, start - context) : end + context]
