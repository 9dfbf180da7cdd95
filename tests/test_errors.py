"""The one error module: each code belongs to one class, and every call site matches the table.

The call sites are found by reading the source of ``kg/`` and ``api/`` (``ast``): every call of an
error class, ``SomeError("E123", name=...)``, wherever it is raised or returned.
"""

from __future__ import annotations

import ast
import collections
import re
import string
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg import errors

ROOT = Path(__file__).resolve().parent.parent
CLASSES = {name: cls for name, cls in vars(errors).items() if isinstance(cls, type) and issubclass(cls, errors.KGError)}


@dataclass(frozen=True)
class CallSite:
    where: str
    raiser: str
    code: str | None
    """The code when the call names it as a string literal, else None."""
    keywords: frozenset[str]
    exact: bool
    """Only the code positionally and plain keywords: no ``*args`` or ``**fields`` this test cannot read."""


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def call_sites() -> list[CallSite]:
    sites = []
    for path in sorted(p for folder in ("kg", "api") for p in (ROOT / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if not isinstance(node, ast.Call) or _called_name(node) not in CLASSES:
                continue
            first = node.args[0] if node.args else None
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            sites.append(CallSite(
                where=f"{path.relative_to(ROOT)}:{node.lineno}",
                raiser=_called_name(node),
                code=first.value if literal else None,
                keywords=frozenset(k.arg for k in node.keywords if k.arg is not None),
                exact=len(node.args) == 1 and all(k.arg is not None for k in node.keywords),
            ))
    return sites


SITES = call_sites()


def placeholders(message: str) -> set[str]:
    """``{path}:{line}: {reason!r}`` -> {"path", "line", "reason"}; ``{{`` is a literal brace."""
    return {re.split(r"[.\[]", name)[0] for _, name, _, _ in string.Formatter().parse(message) if name is not None}


def test_each_error_class_is_defined_once():
    tree = ast.parse(Path(errors.__file__).read_text(encoding="utf-8"))
    names = collections.Counter(node.name for node in tree.body if isinstance(node, ast.ClassDef))
    assert [name for name, count in names.items() if count > 1] == []


def test_codes_are_well_formed_and_placeholders_are_named():
    assert [code for code in errors.ERRORS if not re.fullmatch(r"E\d{3}", code)] == []
    assert [code for code, (_, message) in errors.ERRORS.items() if any(not p or p.isdigit() for p in placeholders(message))] == []


@pytest.mark.parametrize("code", sorted(errors.ERRORS))
def test_every_message_formats_with_its_placeholders(code):
    cls, message = errors.ERRORS[code]
    assert str(cls(code, **dict.fromkeys(placeholders(message), "x"))).startswith(f"{code} ")


def test_every_error_class_but_the_base_owns_a_code():
    owners = {cls for cls, _ in errors.ERRORS.values()}
    assert sorted(name for name, cls in CLASSES.items() if cls not in owners) == ["KGError"]


def test_every_error_is_built_with_a_literal_code_and_plain_keywords():
    # a helper that passes codes through would hide its call sites from the checks below
    assert [site.where for site in SITES if site.code is None or not site.exact] == []


def test_every_code_is_raised_somewhere():
    raised = {site.code for site in SITES}
    assert sorted(set(errors.ERRORS) - raised) == []


def test_every_raised_code_is_in_the_table_and_belongs_to_the_class_raising_it():
    wrong = [
        f"{site.where}: {site.raiser}({site.code!r}) but the table says "
        + (f"{errors.ERRORS[site.code][0].__name__}" if site.code in errors.ERRORS else "no such code")
        for site in SITES
        if site.code is not None and (site.code not in errors.ERRORS or errors.ERRORS[site.code][0] is not CLASSES[site.raiser])
    ]
    assert wrong == []


def test_each_call_site_gives_exactly_the_placeholders_of_its_message():
    wrong = [
        f"{site.where}: {site.code} gets {sorted(site.keywords)}, its message wants {sorted(placeholders(errors.ERRORS[site.code][1]))}"
        for site in SITES
        if site.code in errors.ERRORS and site.keywords != placeholders(errors.ERRORS[site.code][1])
    ]
    assert wrong == []


def test_language_resource_errors_keep_their_class_and_status():
    assert issubclass(errors.GazetteerError, errors.ResourceError)
    assert errors.ResourceError("E201", path="en.tsv", line=3, reason="bad").status == 500
    assert errors.GazetteerError("E206", path="aliases.csv", line=3, reason="bad").status == 400
