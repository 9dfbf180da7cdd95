"""The running app fuzzed from its own OpenAPI document by schemathesis: no request gets a 500, and every
response matches what the document says of it (status, media type, headers, body schema).

schemathesis runs as its command (``schemathesis run``): its pytest loader for a schema that a fixture
serves does not work with pytest 9.2. To reproduce by hand, against a `kg serve` started with a token:

    schemathesis run http://127.0.0.1:8000/openapi.json -H "Authorization: Bearer $KG_UPDATE_TOKEN" \\
        --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance
"""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from tests.conftest import serving_copy

pytestmark = pytest.mark.slow

TOKEN = "schema-token"
CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance"


def test_no_request_gets_a_500_and_every_response_matches_the_document(tmp_path_factory, sample_store_path, tmp_path):
    # writes allowed, so the fuzzing reaches past the token check; the store is a copy it may change.
    # One worker: CPython 3.11.7's AST constructor is not thread-safe, and hypothesis parses lambdas
    # while generating ("SystemError: AST constructor recursion depth mismatch" with two workers).
    with serving_copy(tmp_path_factory, sample_store_path, {"KG_UPDATE_TOKEN": TOKEN, "KG_QUERY_TIMEOUT": "5"}) as base:
        done = subprocess.run(
            [sys.executable, "-m", "schemathesis.cli", "run", base + "/openapi.json", "--checks", CHECKS,
             "--header", f"Authorization: Bearer {TOKEN}", "--max-examples", "10", "--seed", "15", "--workers", "1",
             "--phases", "examples,coverage,fuzzing,stateful", "--request-timeout", "30", "--generation-database", "none",
             "--no-color"],
            capture_output=True, text=True, cwd=tmp_path, timeout=300,
        )
        assert httpx.get(base + "/stats", timeout=10).status_code == 200
    print("\nschemathesis:", *[line.strip() for line in done.stdout.splitlines() if line.strip().endswith(" passed")])
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
