"""The one error module: each kind of error is one class."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

from kg import errors


def test_each_error_class_is_defined_once():
    tree = ast.parse(Path(errors.__file__).read_text(encoding="utf-8"))
    names = collections.Counter(node.name for node in tree.body if isinstance(node, ast.ClassDef))
    assert [name for name, count in names.items() if count > 1] == []


def test_language_resource_errors_keep_their_class_and_status():
    assert issubclass(errors.GazetteerError, errors.ResourceError)
    assert errors.ResourceError("E201", path="en.tsv", line=3, reason="bad").status == 500
