"""The page at ``/``, the example queries it offers, and the OpenAPI page at ``/docs``.

Everything the browser loads is served from ``api/static`` (front-end libraries are
vendored into ``api/static/vendor`` by ``make install``): no CDN at run time.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from kg.store.rdf import PREFIXES
from kg.settings import PROJECT_ROOT
from kg.vocab import GROUPS, vocabulary

STATIC = Path(__file__).parent / "static"
MODEL_DOC = PROJECT_ROOT / "docs" / "model.md"
# "### Title" then, before the next heading, a ```sparql fenced block
_EXAMPLE = re.compile(r"^###\s+(?P<title>.+?)\s*$(?:(?!^#{1,3}\s).)*?^```sparql\s*$(?P<query>.*?)^```", re.M | re.S)

router = APIRouter(tags=["Page"])


@dataclass(frozen=True)
class Example:
    title: str
    query: str


BUILT_IN = (
    Example(
        "Relations with their evidence",
        "SELECT ?subject ?relation ?object ?evidence WHERE {\n"
        "  ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?relation ; rdf:object ?o ; kg:evidence ?evidence .\n"
        "  ?s skos:prefLabel ?subject . ?o skos:prefLabel ?object .\n"
        "} LIMIT 50",
    ),
    Example(
        "Most mentioned actors",
        "SELECT ?actor ?name (COUNT(?m) AS ?mentions) WHERE {\n"
        "  ?m kg:actor ?actor . ?actor skos:prefLabel ?name .\n"
        "} GROUP BY ?actor ?name ORDER BY DESC(?mentions) LIMIT 20",
    ),
    Example(
        "Relations by type",
        "SELECT ?relation (COUNT(?a) AS ?count) WHERE {\n"
        "  ?a a kg:Assertion ; rdf:predicate ?relation .\n"
        "} GROUP BY ?relation ORDER BY DESC(?count)",
    ),
    Example(
        "Negated relations",
        "SELECT ?subject ?relation ?object ?evidence WHERE {\n"
        "  ?a a kg:Assertion ; kg:negated true ; rdf:subject ?s ; rdf:predicate ?relation ; rdf:object ?o ;\n"
        "     kg:evidence ?evidence .\n"
        "  ?s skos:prefLabel ?subject . ?o skos:prefLabel ?object .\n"
        "} LIMIT 50",
    ),
)


def examples(path: Path = MODEL_DOC) -> list[Example]:
    """The example queries of ``docs/model.md`` (``### title`` + a sparql block), or built-in ones."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return list(BUILT_IN)
    found = [Example(m["title"].strip(" #"), m["query"].strip()) for m in _EXAMPLE.finditer(text)]
    return found or list(BUILT_IN)


@router.get("/", summary="The page: SPARQL editor, actor search, actor graphs", response_class=FileResponse)
async def index() -> FileResponse:
    return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})


@router.get("/examples", summary="Example queries (from docs/model.md), prefixes and relation groups for the page")
async def get_examples() -> JSONResponse:
    return JSONResponse(
        {
            "examples": [asdict(e) for e in examples()],
            "prefixes": PREFIXES,
            "groups": {name: kind.group for name, kind in vocabulary().items()},
            "group_names": list(GROUPS),
        }
    )


@router.get("/docs", summary="This API, described with OpenAPI (interactive)", response_class=HTMLResponse)
async def docs() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="openapi.json",
        title="kg API",
        swagger_js_url="static/vendor/swagger-ui/swagger-ui-bundle.js",
        swagger_css_url="static/vendor/swagger-ui/swagger-ui.css",
        swagger_favicon_url="static/favicon.svg",
    )


def mount_static(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
