"""Feeds over HTTP: the items of an RSS or Atom feed, and each item's page as a ``Document``.

A feed is fetched with a conditional GET (``If-None-Match`` / ``If-Modified-Since`` from the
``Validators`` of its last fetch), so an unchanged feed costs one small ``304`` answer, and is
parsed by feedparser. An item's page is read by ``kg.extract.read.read_html``, the extractor of
HTML files; the item's title, link, date and language and the feed's title fill the document's
metadata as the fields of a JSON line would, and win over what the page itself says.

>>> item_id("https://news.example/2026/05/putin-reset.html")
'putin-reset-6a734e21e218'
"""

from __future__ import annotations

import hashlib
import io
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import feedparser
import httpx

from kg import __version__
from kg.errors import FetchError, ReadError
from kg.extract.read import check_id, read_html, slug
from kg.model import Document

TIMEOUT_SECONDS = 30.0
USER_AGENT = f"kg-watch/{__version__} (a news knowledge-graph builder)"


@dataclass(frozen=True)
class Validators:
    """What a server said to recognise an unchanged feed next time (either may be missing)."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        pairs = (("If-None-Match", self.etag), ("If-Modified-Since", self.last_modified))
        return {name: value for name, value in pairs if value}


@dataclass(frozen=True)
class Item:
    """One feed item: the document id it gets, the page to read, and the metadata the feed gives."""

    id: str
    url: str
    title: str | None = None
    date: str | None = None
    lang: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class FeedAnswer:
    """A feed's items (none when it is unchanged since ``Validators`` were given) and its new validators."""

    changed: bool
    items: tuple[Item, ...]
    validators: Validators


def new_client(timeout: float = TIMEOUT_SECONDS) -> httpx.Client:
    """The HTTP client for feeds and pages: redirects followed, a named user agent."""
    return httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT})


def item_id(key: str) -> str:
    """A document id from an item's guid or link: readable, and stable whatever else the item says.

    The last part of a URL's path (or the whole key when it is not a URL) keeps the id readable;
    a digest of the whole key keeps two items apart when they share that part.
    """
    parts = urlsplit(key)
    readable = key
    if parts.scheme in ("http", "https"):
        segments = [segment for segment in parts.path.split("/") if segment]
        readable = segments[-1].rsplit(".", 1)[0] if segments else parts.netloc
    name = slug(readable)[:80].strip("-.")
    return check_id(f"{name}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:12]}")


def fetch_feed(client: httpx.Client, url: str, validators: Validators = Validators()) -> FeedAnswer:
    """The items of the feed at ``url``; E120 if it cannot be fetched, E121 if it is no feed."""
    response = _get(client, url, validators.headers())
    if response.status_code == 304:
        return FeedAnswer(changed=False, items=(), validators=validators)
    parsed = feedparser.parse(
        io.BytesIO(response.content),  # bytes in a stream: feedparser would take a bare string for a path or URL
        response_headers={
            "content-type": response.headers.get("content-type", ""),
            "content-location": str(response.url),  # relative links are resolved against the feed's own address
        },
    )
    # feedparser flags harmless oddities (a missing content type, a charset it overrode) with
    # exceptions of one family; anything else means the XML is broken.
    broken = parsed.bozo and not isinstance(parsed.bozo_exception, feedparser.ThingsNobodyCaresAboutButMe)
    if not parsed.version or broken:
        reason = "no <rss>, <rdf:RDF> or <feed> root element" if not parsed.version else str(parsed.bozo_exception)
        raise ReadError("E121", url=url, reason=reason)
    found = Validators(response.headers.get("etag"), response.headers.get("last-modified"))
    items = tuple(item for entry in parsed.entries if (item := _item(entry, parsed.feed)) is not None)
    return FeedAnswer(changed=True, items=items, validators=found)


def fetch_item(client: httpx.Client, item: Item) -> Document:
    """The item's page as a document; E120 if it cannot be fetched, E102 if it has no article text."""
    response = _get(client, item.url)
    meta = {"title": item.title, "date": item.date, "url": item.url, "lang": item.lang, "source": item.source}
    return read_html(response.text, id=item.id, where=item.url, **meta)


def _get(client: httpx.Client, url: str, headers: dict[str, str] | None = None) -> httpx.Response:
    try:
        response = client.get(url, headers=headers)
    except httpx.HTTPError as err:
        raise FetchError("E120", url=url, reason=f"{type(err).__name__}: {err}" if str(err) else type(err).__name__) from None
    if response.status_code >= 400:
        raise FetchError("E120", url=url, reason=f"HTTP {response.status_code} {response.reason_phrase}".strip())
    return response


def _item(entry: feedparser.FeedParserDict, feed: feedparser.FeedParserDict) -> Item | None:
    """The item of one entry; ``None`` for an entry without a link (there is no page to read)."""
    link = entry.get("link")
    if not link:
        return None
    when = entry.get("published_parsed") or entry.get("updated_parsed")  # UTC, as feedparser gives it
    lang = (entry.get("title_detail") or {}).get("language") or feed.get("language")
    return Item(
        id=item_id(entry.get("id") or link),  # the guid is the feed's own promise of identity
        url=link,
        title=entry.get("title") or None,
        date=time.strftime("%Y-%m-%d", when) if when else None,
        lang=lang or None,
        source=feed.get("title") or None,
    )
