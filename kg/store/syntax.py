"""SPARQL syntax errors in plain words: pyoxigraph's parser message, with its line and column.

The parser reports the farthest point it reached and every token it could have read there,
character classes included (``['A' ..= 'Z' | …]``). People need the place, what stands there,
and the few alternatives that are words or punctuation; the line and column stay in the text
as ``line L, column C`` (1-based, in characters), which the page reads to mark the editor.

>>> plain_syntax_error("error at 1:30: expected one of HAVING, OFFSET, [_]", "SELECT * { ?s ?p ?o } LIMT 5", ["kg"])
'line 1, column 30, at the end of the query: expected one of HAVING, OFFSET'
>>> plain_syntax_error("error at 1:22: expected one of Prefix not found, [':']", "SELECT * { ?s foo:bar ?o }", ["kg", "rdf"])
'line 1, column 22, after “foo:bar”: the prefix foo: is not declared; declare it with PREFIX foo: <…> or use one of kg, rdf'
"""

from __future__ import annotations

import re
from typing import Iterable

_AT = re.compile(r"error at (\d+):(\d+): expected (?:one of )?(.*)", re.S)
# one alternative: a quoted literal ("}"), a character class (['a' ..= 'z' | …]) or a rule's name
_ALTERNATIVE = re.compile(r"\"(?:\\.|[^\"\\])*\"|\[(?:'(?:\\.|[^'\\])*'|[^\]'])*\]|[^,]+")
_PREFIXED = re.compile(r"([A-Za-z][\w.-]*)?:[\w.%-]*$")
_SHOWN = 8


def plain_syntax_error(message: str, query: str, prefixes: Iterable[str]) -> str:
    """``message`` from pyoxigraph as ``line L, column C, at “token”: what was expected``; other text unchanged."""
    found = _AT.match(message)
    if found is None:
        return message
    line, column = int(found[1]), int(found[2])
    lines = query.split("\n")
    before = "\n".join(lines[: line - 1] + [lines[line - 1][: column - 1] if line <= len(lines) else ""])
    after = query[len(before) :]
    if not after.strip():
        place = "at the end of the query"
    elif after[0].isspace() and before.strip():  # the parser stops after a token: that token is the culprit
        place = f"after “{before.split()[-1][-30:]}”"
    else:
        place = f"at “{after.split()[0][:30]}”"
    return f"line {line}, column {column}, {place}: {_expected(found[3], before, prefixes)}"


def _expected(alternatives: str, before: str, prefixes: Iterable[str]) -> str:
    names, tokens = [], []
    for alternative in (a.strip() for a in _ALTERNATIVE.findall(alternatives)):
        if alternative.startswith('"'):
            tokens.append(alternative[1:-1].replace('\\"', '"').replace("\\\\", "\\"))
        elif not alternative.startswith("[") and alternative:
            names.append(alternative)
    if "Prefix not found" in names:
        name = _PREFIXED.search(before.rstrip())
        prefix = (name[1] if name else None) or ""
        return f"the prefix {prefix}: is not declared; declare it with PREFIX {prefix}: <…> or use one of {', '.join(prefixes)}"
    if "IRI parsing failed" in names:
        return "this IRI is not valid: an IRI in <…> has no spaces, quotes or braces"
    readable = names + tokens
    if len(readable) > _SHOWN:  # a sample of the grammar's keywords, not a useful list
        return "expected one of " + ", ".join(readable[:_SHOWN]) + " …"
    if readable:
        return ("expected " if len(readable) == 1 else "expected one of ") + ", ".join(readable)
    return "the query cannot be read as SPARQL up to here; check brackets, dots and quotes before this point"
