"""Media types of SPARQL answers, and the choice of one from an ``Accept`` header.

One table per answer shape; formats are named as in ``kg.store.query`` (``json``, ``ttl`` …).

>>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULTS)
'xml'
>>> negotiate("image/png", RESULTS) is None
True
"""

from __future__ import annotations

from functools import lru_cache

RESULTS: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPHS: dict[str, str] = {
    "text/turtle": "ttl",
    "application/x-turtle": "ttl",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/rdf+xml": "rdfxml",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
}
DEFAULTS = {id(RESULTS): "json", id(GRAPHS): "ttl"}
# the media type each format is served with (the first one listed for it)
MEDIA_TYPE: dict[str, str] = {}
for _table in (RESULTS, GRAPHS):
    for _media, _fmt in _table.items():
        MEDIA_TYPE.setdefault(_fmt, _media)


def negotiate(accept: str | None, table: dict[str, str]) -> str | None:
    """The format the client prefers among ``table``'s, ``None`` if it accepts none of them.

    No header, ``*/*`` or a matching wildcard (``text/*``) gets the table's default format.
    """
    default = DEFAULTS[id(table)]
    if not accept or not accept.strip():
        return default
    ranked: list[tuple[float, int, str]] = []
    for order, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranked.append((quality, order, media.strip().lower()))
    for quality, _, media in sorted(ranked, key=lambda r: (-r[0], r[1])):
        if quality <= 0:
            continue
        if media in table:
            return table[media]
        if media == "*/*" or media == "*":
            return default
        if media.endswith("/*"):
            family = media[:-1]
            if MEDIA_TYPE[default].startswith(family):
                return default
            for known, fmt in table.items():
                if known.startswith(family):
                    return fmt
    return None


def media_type(content_type: str) -> str:
    """The bare media type of a Content-Type header: ``"text/turtle; charset=utf-8"`` → ``"text/turtle"``."""
    return content_type.split(";")[0].strip().lower()


def known_media(table: dict[str, str]) -> str:
    return ", ".join(table)


@lru_cache(maxsize=256)
def accepted(accept: str | None) -> tuple[str | None, str | None]:
    """``(results format, graph format)`` for an ``Accept`` header: cached, as a client sends the same one every time."""
    return negotiate(accept, RESULTS), negotiate(accept, GRAPHS)
