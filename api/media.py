"""Content negotiation: the format a client's ``Accept`` header asks for, among those the server offers.

The formats are ``kg.store.query.FORMATS`` (pyoxigraph's own, by short name): ``results`` for
SELECT and ASK, ``graph`` for CONSTRUCT, DESCRIBE and the Graph Store. A media type names a format
as pyoxigraph reads it, aliases included (``application/json``, ``text/xml`` …).

>>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "results").name
'xml'
>>> negotiate("image/png", "results") is None
True
"""

from __future__ import annotations

from functools import lru_cache

from kg.errors import FormatError
from kg.store.query import Carries, Chooser, Format, format_for, formats


def negotiate(accept: str | None, carries: Carries) -> Format | None:
    """The format the client prefers among those that carry ``carries``, ``None`` if it accepts none of them.

    No header, ``*/*`` or a matching wildcard (``text/*``) gets the default format, or else the
    first one the wildcard matches.
    """
    offered = formats(carries)
    if not accept or not accept.strip():
        return offered[0]
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
        if media in ("*/*", "*"):
            return offered[0]
        if media.endswith("/*"):
            found = next((fmt for fmt in offered if fmt.media_type.startswith(media[:-1])), None)
        else:
            found = format_for(media, carries)
        if found is not None:
            return found
    return None


def media_type(content_type: str) -> str:
    """The bare media type of a Content-Type header: ``"text/turtle; charset=utf-8"`` → ``"text/turtle"``."""
    return content_type.split(";")[0].strip().lower()


def known_media(carries: Carries) -> str:
    return ", ".join(fmt.media_type for fmt in formats(carries))


@lru_cache(maxsize=256)
def chooser(accept: str | None) -> Chooser:
    """What ``kg.store.query.run`` writes for a client with this ``Accept`` header, E705 when it takes
    nothing that carries the answer: cached, as a client sends the same header every time."""
    offers = {carries: negotiate(accept, carries) for carries in ("results", "graph")}

    def choose(carries: Carries) -> Format:
        fmt = offers[carries]
        if fmt is None:
            raise FormatError("E705", accept=accept or "", known=known_media(carries))
        return fmt

    return choose
