"""Clean stage: scraping noise is blanked out, so no relation can come from it.

Noise lines are replaced by spaces of the same length rather than cut, so every
character offset into the cleaned text is also an offset into the original text
(evidence points at what the user gave us). What counts as noise is data:
``ontologies/noise.tsv`` (patterns) plus one structural rule, repeated lines.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ResourceError
from kg.model import Document
from kg.settings import ONTOLOGIES

_REPEAT_MIN_CHARS = 25  # shorter repeats ("Reuters", "Ukraine") are headings or bylines, not chrome


@dataclass(frozen=True)
class NoiseRule:
    scope: str  # "line", "match" (only the matched text) or "rest"
    pattern: re.Pattern[str]
    why: str


@dataclass(frozen=True)
class NoiseSpan:
    start: int
    end: int
    why: str


@functools.lru_cache(maxsize=4)
def load_rules(path: Path = ONTOLOGIES / "noise.tsv") -> tuple[NoiseRule, ...]:
    rules = []
    with path.open(encoding="utf-8") as handle:
        for lineno, row in enumerate(csv.reader(handle, delimiter="\t"), start=1):
            if not row or row[0].startswith("#"):
                continue
            if len(row) != 3 or row[0] not in ("line", "match", "rest"):
                raise ResourceError("E201", path=path, line=lineno, reason="expected 'line|match|rest<TAB>pattern<TAB>why'")
            try:
                pattern = re.compile(r"\s*(?:" + row[1] + ")", re.IGNORECASE)
            except re.error as err:
                raise ResourceError("E201", path=path, line=lineno, reason=f"bad pattern: {err}") from None
            rules.append(NoiseRule(row[0], pattern, row[2]))
    return tuple(rules)


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def noise_spans(text: str, rules: tuple[NoiseRule, ...] | None = None) -> list[NoiseSpan]:
    """Where the noise is, with the reason: ``[(start, end, why), ...]`` in text order."""
    rules = load_rules() if rules is None else rules
    lines = _lines(text)
    seen: dict[str, int] = {}
    for start, end in lines:
        key = text[start:end].strip()
        if len(key) >= _REPEAT_MIN_CHARS:
            seen[key] = seen.get(key, 0) + 1
    found: list[NoiseSpan] = []
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            continue
        if seen.get(line.strip(), 0) > 1:
            found.append(NoiseSpan(start, end, "repeated line (caption or page chrome)"))
            continue
        matched = next(((r, m) for r in rules if (m := r.pattern.match(line))), None)
        if matched is None:
            continue
        rule, match = matched
        if rule.scope == "rest":
            found.append(NoiseSpan(start, len(text), rule.why))
            break
        if rule.scope == "match":
            found.append(NoiseSpan(start + match.start(), start + match.end(), rule.why))
            continue
        found.append(NoiseSpan(start, end, rule.why))
    return found


def clean(document: Document) -> Document:
    """The same document with noise blanked out (same length, same offsets)."""
    spans = noise_spans(document.text)
    if not spans:
        return document
    chars = list(document.text)
    for span in spans:
        for i in range(span.start, span.end):
            if chars[i] != "\n":
                chars[i] = " "
    return dataclasses.replace(document, text="".join(chars))
