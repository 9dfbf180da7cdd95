"""What a SPARQL text is, read before the engine sees it: its shape, and how deep it goes.

The engine (pyoxigraph) parses for real; this module only answers the questions that must be
settled first. ``shape_of``: is it a query or an update, which result shape will it have (to
choose a media type), does it have a top-level ``LIMIT``, and does it ask for an external
resource. pyoxigraph *does* fetch ``SERVICE`` and ``LOAD`` URLs, so that last answer must never
miss one: the scan errs towards refusing. ``check_depth``: would the engine overflow its stack
on it (``depth_of``)? It parses and evaluates by recursion, so a text nested or chained a few
thousand levels deep ends the process with a segmentation fault, which no ``try`` can catch.

>>> shape_of("PREFIX ex: <http://e/> SELECT * { ?s ?p ?o } LIMIT 10")
Shape(form='SELECT', limit=10, external=None, dataset=False)
>>> shape_of('ASK { ?s ?p "SERVICE" }').external is None
True
>>> depth_of("SELECT * WHERE { ?s ?p ?o . FILTER(?o > 1 || ?o < -1) }")
16
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import QueryError

QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
GRAPH_FORMS = ("CONSTRUCT", "DESCRIBE")
EXTERNAL_FORMS = ("SERVICE", "LOAD")

# SPARQL 1.1 §19.2: \u and \U escapes are replaced before parsing, anywhere in the text,
# so "\u0053ERVICE" is the keyword SERVICE and must be seen as such.
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# Strings (long forms first), IRIs and comments hide keyword-like text; they are blanked. A string
# left open runs to the end (of its line, for the short forms): the parser refuses the text there
# anyway, and looking for its end from every later quote would take time quadratic in the length.
# Possessive repeats (*+) never backtrack, so a long literal is read once.
_OPAQUE = re.compile(
    r'"""[^"\\]*+(?:(?:\\.|"(?!""))[^"\\]*+)*+(?:"""|\Z)'
    r"|'''[^'\\]*+(?:(?:\\.|'(?!''))[^'\\]*+)*+(?:'''|\Z)"
    r'|"[^"\\\n]*+(?:\\.[^"\\\n]*+)*+"?'
    r"|'[^'\\\n]*+(?:\\.[^'\\\n]*+)*+'?"
    r'|<[^<>"{}|^`\\\x00-\x20]*+>'
    r"|#[^\n]*+",
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
    return _CODEPOINT.sub(_character, text)


def _character(escape: re.Match) -> str:
    number = int(escape.group(1) or escape.group(2), 16)
    # past Unicode, or a surrogate: the parser refuses the escape, so it stays as it is written
    return chr(number) if number <= 0x10FFFF and not 0xD800 <= number <= 0xDFFF else escape.group()


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


# --- depth ------------------------------------------------------------------------------------
#
# pyoxigraph's parser, optimiser and evaluator recurse once per level of the text's syntax tree.
# Measured on threads with 8 MiB stacks (ENGINE_STACK; pyoxigraph 0.5), the engine crashes at about
# 950 nested function calls (STR(STR(…))), 830 nested FILTER EXISTS, 2,200 nested groups, 2,600
# BINDs or MINUS in one group, 6,500 UNION branches, 6,800 chained "+", 9,000 chained "&&" or "!"
# and some thousands of triple patterns in one group. It does not recurse over the items of data:
# INSERT DATA, CONSTRUCT templates, VALUES rows, IN lists and function arguments are flat lists.
#
# depth_of counts so that each of those crashes past 2,500: a bracket counts BRACKET, and inside
# each pair of brackets every pattern, operator or clause that chains onto the last one counts 1.
# The default limit (kg.settings: KG_QUERY_DEPTH = 500) thus keeps a margin of five.

ENGINE_STACK = 8 * 1024 * 1024
"""Stack size (bytes) of the threads that run the engine in ``kg serve``; the counts above were measured on it."""
BRACKET = 4
_TOKENS = re.compile(
    r"[{(\[]|[})\]]"  # brackets
    r"|\|\||&&|[!<>]=?|[=+*/|^;.,-]"  # operators and separators; "-" also in names and numbers: counted anyway
    r"|(?<![\w?$:\\-])[A-Za-z]+(?![\w:-])"  # bare words (not variables or prefixed names): some are keywords
)
_CHAINED = frozenset(("BIND", "FILTER"))  # clauses whose own brackets are "(" (a "{" counts as it opens)
_DATA = frozenset(("DATA", "CONSTRUCT", "INSERT", "DELETE", "VALUES"))  # the next "{" holds data or a template
_DECIMAL = re.compile(r"\d\.\d")
_MARKS = re.compile(r"[{(\[!<>=+*/|^;.,&-]")


def depth_of(text: str) -> int:
    """How deep the engine would recurse on ``text``, conservatively: the most, along any path
    of nested brackets, of BRACKET per bracket plus what chains inside each of them."""
    return _measure(blank_opaque(unescape(text)), None)


def check_depth(text: str, limit: int) -> None:
    """Refuse (E508) a SPARQL text deeper than ``limit`` (``depth_of``) before the engine sees it."""
    code = blank_opaque(unescape(text))
    # a bound from a few passes in C, so that most texts, far within the limit, are not read token by
    # token: no mark counts more than a bracket does (BRACKET, and one in the bracket around it)
    upper = code.upper()
    if (BRACKET + 1) * len(_MARKS.findall(code)) + sum(upper.count(word) for word in _CHAINED) <= limit:
        return
    depth = _measure(code, limit)
    if depth > limit:
        raise QueryError("E508", depth=f"{depth:,}" if depth <= 10 * limit else f"over {10 * limit:,}", limit=limit)


class _Level:
    __slots__ = ("bracket", "flat", "own", "deepest")

    def __init__(self, bracket: str, flat: bool) -> None:
        self.bracket = bracket
        self.flat = flat  # data or a template: its items are a flat list
        self.own = 0  # what chains directly inside it
        self.deepest = 0  # the deepest bracket inside it


def _measure(code: str, limit: int | None) -> int:
    """``depth_of`` on blanked ``code``; it stops past ``10 * limit`` (a hostile text need not be read to its end)."""
    levels = [_Level("", False)]
    data_next = False
    path = 0  # the count along the open brackets
    stop = None if limit is None else 10 * limit
    for match in _TOKENS.finditer(code):
        token = match.group()
        level = levels[-1]
        if token in "{([":
            flat = level.flat or (token == "{" and data_next)
            if token == "{":
                data_next = False
                if not level.flat:  # a group is one more element of the group it is in
                    level.own += 1
                    path += 1
            levels.append(_Level(token, flat))
            path += BRACKET
        elif token in "})]":
            if len(levels) > 1:
                levels.pop()
                path -= BRACKET + level.own
                parent = levels[-1]
                parent.deepest = max(parent.deepest, BRACKET + level.own + level.deepest)
        elif token[0].isalpha():
            word = token.upper()
            if word in _DATA:
                data_next = True
            elif word == "WHERE":
                data_next = False
            elif word in _CHAINED and not level.flat:
                level.own += 1
                path += 1
        elif not level.flat and not (token == "," and level.bracket == "(") and not (
            token == "." and _DECIMAL.match(code, match.start() - 1)
        ):  # commas between arguments and IN items, and decimal points, do not chain
            level.own += 1
            path += 1
        if stop is not None and path > stop:
            return path
    while len(levels) > 1:  # brackets left open: the parser refuses the text, but it reads them first
        level = levels.pop()
        levels[-1].deepest = max(levels[-1].deepest, BRACKET + level.own + level.deepest)
    return levels[0].own + levels[0].deepest
