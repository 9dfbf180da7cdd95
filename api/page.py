"""The page at ``/``, what it needs from the server, and the OpenAPI page at ``/docs``.

The page asks for its example queries and prefixes (``/examples``), the ontology's classes and
properties for autocompletion (``/vocabulary``) and the colours of actor types and tones
(``/palette``, the same file ``kg.plots`` reads). Everything the browser loads is served from
``api/static`` (front-end libraries are vendored into ``api/static/vendor`` by ``make install``):
no CDN at run time.
"""

from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass
from pathlib import Path

import pyoxigraph as ox
from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from kg.store.rdf import PREFIXES
from kg.settings import ONTOLOGIES, PROJECT_ROOT
from kg.vocab import ASSERTION, GROUPS, vocabulary

STATIC = Path(__file__).parent / "static"
MODEL_DOC = PROJECT_ROOT / "docs" / "model.md"
# "### Title" then, before the next heading, a ```sparql fenced block
_EXAMPLE = re.compile(r"^###\s+(?P<title>.+?)\s*$(?:(?!^#{1,3}\s).)*?^```sparql\s*$(?P<query>.*?)^```", re.M | re.S)

PALETTE = ONTOLOGIES / "palette.json"
# every class and property the ontology defines or the shapes say the store writes, with its English label
_TERMS = """
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sh: <http://www.w3.org/ns/shacl#>
SELECT ?term ?kind (SAMPLE(?l) AS ?label) (SAMPLE(?c) AS ?comment) WHERE {
  { ?term a owl:Class BIND("class" AS ?kind) } UNION { [] sh:targetClass ?term BIND("class" AS ?kind) }
  UNION { ?term a ?type VALUES ?type { owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty } BIND("property" AS ?kind) }
  UNION { [] sh:path ?term BIND("property" AS ?kind) }
  FILTER(isIRI(?term))
  OPTIONAL { ?term rdfs:label ?l FILTER(LANGMATCHES(LANG(?l), "en")) }
  OPTIONAL { ?term rdfs:comment ?c FILTER(LANGMATCHES(LANG(?c), "en")) }
} GROUP BY ?term ?kind ORDER BY ?term
"""

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


@router.get("/examples", summary="Example queries (from docs/model.md), prefixes, the assertions' namespace and relation groups")
async def get_examples() -> JSONResponse:
    return JSONResponse(
        {
            "examples": [asdict(e) for e in examples()],
            "prefixes": PREFIXES,
            "assertions": ASSERTION,
            "groups": {name: kind.group for name, kind in vocabulary().items()},
            "group_names": list(GROUPS),
        }
    )


@dataclass(frozen=True)
class Term:
    """A class or property as the editor offers it: ``kg:demands``, its label and what it means."""

    name: str
    kind: str  # class | property
    label: str
    comment: str


@functools.lru_cache(maxsize=1)
def terms(sources: tuple[Path, ...] = (ONTOLOGIES / "kg.ttl", ONTOLOGIES / "shapes.ttl")) -> tuple[Term, ...]:
    """The classes and properties of ``ontologies/kg.ttl`` and ``shapes.ttl``, named with the store's prefixes."""
    graph = ox.Store()
    for source in sources:
        graph.load(path=str(source), format=ox.RdfFormat.TURTLE)
    namespaces = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))
    found = []
    for row in graph.query(_TERMS):
        iri = row["term"].value
        prefix, namespace = next(((p, n) for p, n in namespaces if iri.startswith(n)), (None, ""))
        if prefix is None:
            continue  # a term outside the store's prefixes cannot be typed as a prefixed name
        text = lambda name: row[name].value if row[name] is not None else ""  # noqa: E731
        found.append(Term(f"{prefix}:{iri[len(namespace):]}", row["kind"].value, text("label"), text("comment")))
    return tuple(found)


@router.get("/vocabulary", summary="The ontology's classes and properties, for the editor's autocompletion")
async def get_vocabulary() -> JSONResponse:
    return JSONResponse({"terms": [asdict(term) for term in terms()]})


@router.get("/palette", summary="Colours of actor types and relation tones (ontologies/palette.json), shared with kg.plots")
async def get_palette() -> FileResponse:
    return FileResponse(PALETTE, media_type="application/json", headers={"Cache-Control": "no-cache"})


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
