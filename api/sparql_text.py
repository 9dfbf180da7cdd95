"""What a SPARQL request is, read from its text before the engine sees it.

The engine (pyoxigraph) parses for real; this module only answers the questions the
server must settle first: is it a query or an update, which result shape will it have
(to choose a media type), does it have a top-level ``LIMIT``, and does it ask for an
external resource. pyoxigraph *does* fetch ``SERVICE`` and ``LOAD`` URLs, so that last
answer must never miss one: the scan errs towards refusing.

>>> shape_of("PREFIX ex: <http://e/> SELECT * { ?s ?p ?o } LIMIT 10")
Shape(form='SELECT', limit=10, external=None, dataset=False)
>>> shape_of('ASK { ?s ?p "SERVICE" }').external is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
GRAPH_FORMS = ("CONSTRUCT", "DESCRIBE")
EXTERNAL_FORMS = ("SERVICE", "LOAD")

# SPARQL 1.1 §19.2: \u and \U escapes are replaced before parsing, anywhere in the text,
# so "\u0053ERVICE" is the keyword SERVICE and must be seen as such.
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# Strings (long forms first), IRIs and comments hide keyword-like text; they are blanked.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*",
    re.DOTALL,
)
KEYWORDS = tuple(dict.fromkeys((*QUERY_FORMS, *UPDATE_FORMS, *EXTERNAL_FORMS, "LIMIT", "FROM")))
# A keyword counts only where a token can start: not inside a prefixed name, a variable or a
# blank-node label (_JOINS_BEFORE), and not as the start of a longer name (_JOINS_AFTER). A "."
# before it does not protect (".SERVICE" after a triple is the keyword), and a ":" after it is
# refused too, in case the parser reads "SERVICE:x" as SERVICE + ":x" — a false refusal of a
# prefix named "service:" is the price of safety.
_JOINS_BEFORE = re.compile(r"[\w:?$\-\\%]")
_JOINS_AFTER = re.compile(r"[\w\-]")
_INTEGER = re.compile(r"\s*(\d+)")
# ASCII letters only: str.upper turns some other letters into two (ß → SS), shifting positions
_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@dataclass(frozen=True)
class Shape:
    """``form``: the first keyword of the query or update (``None`` if there is none);
    ``limit``: the top-level ``LIMIT``; ``external``: the keyword that reaches outside;
    ``dataset``: whether the query names its own graphs with ``FROM``."""

    form: str | None
    limit: int | None
    external: str | None
    dataset: bool = False

    @property
    def is_update(self) -> bool:
        return self.form in UPDATE_FORMS

    @property
    def is_graph(self) -> bool:
        return self.form in GRAPH_FORMS


def unescape(text: str) -> str:
    return _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def blank_opaque(text: str) -> str:
    """The text with each string, IRI and comment replaced by one space."""
    return _OPAQUE.sub(" ", text)


def keywords(code: str) -> list[tuple[int, str, int]]:
    """``(start, KEYWORD, end)`` of each keyword token in blanked ``code``, in order.

    Searching for the few keywords (``str.find``) rather than scanning every word with a
    regular expression makes this ten times quicker: it runs on every request.
    """
    upper = code.upper() if code.isascii() else code.translate(_ASCII_UPPER)
    found = []
    for word in KEYWORDS:
        start = upper.find(word)
        while start >= 0:
            end = start + len(word)
            if not (start and _JOINS_BEFORE.match(code, start - 1)) and not _JOINS_AFTER.match(code, end):
                found.append((start, word, end))
            start = upper.find(word, end)
    return sorted(found)


def shape_of(text: str) -> Shape:
    """The form, top-level LIMIT, external reach and own dataset of a SPARQL query or update."""
    code = blank_opaque(unescape(text))
    form = external = limit = None
    dataset = False
    for start, word, end in keywords(code):
        if word in EXTERNAL_FORMS and external is None:
            external = word
        if code.startswith(":", end):
            continue
        if form is None and word in QUERY_FORMS + UPDATE_FORMS:
            form = word
        if word == "LIMIT" and code.count("{", 0, start) == code.count("}", 0, start):
            number = _INTEGER.match(code, end)
            limit = int(number.group(1)) if number else limit
        dataset = dataset or word == "FROM"
    return Shape(form=form, limit=limit, external=external, dataset=dataset)
