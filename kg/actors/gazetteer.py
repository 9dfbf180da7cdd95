"""The actor gazetteer: states, organisations and people, every name they go by, and who held which office.

>>> gaz = Gazetteer.load()
>>> [e.id for e in gaz.lookup("the Kremlin")]
['russia']
>>> gaz.office_holder("president", "united-states", date(2024, 6, 1)).name
'Joe Biden'

Data (``ontologies/gazetteer/``, CSV in UTF-8, a header row, ``|`` between the values of a cell,
lines starting with ``#`` are comments):

- ``states.csv``: ``id,iso2,iso3,name_<lang>…,aliases_<lang>…,demonyms_<lang>…,capital_<lang>…,seats,wikidata``
- ``organizations.csv``: ``id,type,name_<lang>…,aliases_<lang>…,members,wikidata,seats,country,sector``
  (``country``, a state id, and ``sector``, one of ``kg.model.SECTORS``, for a state's institutions:
  the Pentagon is the United States' military, the Farnesina Italy's foreign ministry)
- ``people.csv``: ``id,name,aliases,type_hint,wikidata`` (names and aliases of people fit every language)
- ``offices.csv``: ``person,role,of,start,end`` (ISO dates; an empty end = still in office)
- ``titles.csv``: ``role,lang,titles`` (the words that name a role: "prime minister", "premier")
- ``articles.csv``: ``lang,articles`` (articles that may stand before a name: "the", "il", "l'")
- ``non_actors.csv``: ``lang,phrases`` (phrases that contain an alias but name no actor: "Latin America")

A language is a column suffix (``name_it``) or a ``lang`` value: adding one is adding columns and rows.

Matching rules
--------------
A surface form matches an alias when both give the same key:

1. Unicode is normalised (NFKC); curly apostrophes and quotes become straight ones; hyphens, en and
   em dashes and minus signs become ``-``; runs of white space become one space.
2. Accents are ignored ("Élysée" = "Elysee", "Erdoğan" = "Erdogan", "Łukasz" = "Lukasz").
3. Case is ignored, except for *case-sensitive* aliases, which match only as written: acronyms
   (every letter a capital: "NATO", "U.S."), any alias of two or three letters ("Usa", "Ue", "EU"),
   and any alias written ``=Form`` in the data ("=Nato" is never the Italian "nato", born; Italian
   demonyms such as "=russo" are never the surname "Russo"). So "US" matches, "us" does not.
4. A leading article is optional ("the Kremlin" = "Kremlin", "il Cremlino" = "Cremlino"): the articles
   of the alias's language, or of any language for a language-neutral alias, are dropped from aliases
   and from queries. Case-sensitive aliases keep theirs ("=The Hague", "=la Repubblica").

An alias belongs to one language (``name_it``, ``aliases_en``…) or to none (people, seats).
The same key may not name two actors within overlapping languages: the data is refused instead
(:class:`kg.errors.GazetteerError`, code E202), so a match is never ambiguous. Names that several
states share ("Congolese", "Korean") are therefore left out of the data. A phrase matcher should also
add :meth:`Gazetteer.non_actors` so that "Latin America" wins over "America" and is then dropped.

User alias files
----------------
``Gazetteer.load(extra=[path, …])`` adds, after the built-in data:

- CSV: rows ``alias,actor,lang`` (``actor`` is an existing id; ``lang`` may be empty = any language),
  or ``alias,actor,lang,type,name`` to define a new actor. A first row of column names is optional.
- YAML: ``actors: [{id, type, name, lang?, aliases: [...], wikidata?}]`` and/or ``aliases: {alias: actor_id}``.

Errors name the file and line and say what to change.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Iterator, Mapping, Sequence

import yaml

from kg.errors import GazetteerError
from kg.model import ACTOR_TYPES, SECTORS, Actor
from kg.settings import ONTOLOGIES

ACTOR_BASE = "https://w3id.org/newskg/actor/"  # actor IRI = ACTOR_BASE + id
GAZETTEER = ONTOLOGIES / "gazetteer"
_REGNAL = re.compile(r"[IVX]+")  # the numeral of a monarch's or a pope's name ("Charles III", "Leo XIV")

ORGANIZATION_TYPES = tuple(t for t in ACTOR_TYPES if t not in ("Person", "State"))

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_LANG = re.compile(r"^[a-z]{2,3}$")
_PUNCT = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    }
)
# Letters that Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans(
    {
        "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ı": "i",
        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ə": "a", "Ə": "A", "ħ": "h",
    }
)


@dataclass(frozen=True)
class Alias:
    """One surface form of an actor. ``lang`` None = any language; ``exact`` = written ``=Form`` in the data."""

    text: str
    lang: str | None
    kind: str  # "name" | "alias" | "acronym" | "demonym" | "capital" | "seat"
    exact: bool = False

    @property
    def case_sensitive(self) -> bool:
        return self.exact or self.kind == "acronym" or _case_sensitive(self.text)


@dataclass(frozen=True)
class Entry:
    """A known actor. ``names`` maps a language to the name ("" = a name for every language)."""

    id: str
    type: str  # one of kg.model.ACTOR_TYPES
    names: Mapping[str, str]
    aliases: tuple[Alias, ...]  # every surface form, names included
    wikidata: str | None
    iso2: str | None = None
    iso3: str | None = None
    country: str | None = None  # the id of the state an institution belongs to
    sector: str | None = None  # one of kg.model.SECTORS

    @property
    def iri(self) -> str:
        return ACTOR_BASE + self.id

    @property
    def name(self) -> str:
        """The English name, else the language-neutral one, else the first."""
        return self.names.get("en") or self.names.get("") or next(iter(self.names.values()))


@dataclass(frozen=True)
class Office:
    person: str
    role: str
    of: str
    start: date | None
    end: date | None

    def held_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Title:
    role: str
    lang: str
    text: str

    @property
    def case_sensitive(self) -> bool:
        return _case_sensitive(self.text)


@dataclass(frozen=True)
class SurfaceForm:
    """A pattern for a phrase matcher: ``text`` with its optional article dropped, and how to compare it."""

    text: str
    id: str
    kind: str
    case_sensitive: bool


def normalize(text: str, case_sensitive: bool = False) -> str:
    """The matching key of ``text`` (rules 1–3 of the module docstring): ``normalize("Élysée") == "elysee"``."""
    plain = _plain(_clean(text))
    return plain if case_sensitive else plain.casefold()


def actor_iri(name: str) -> str:
    """The stable IRI of an actor the gazetteer does not know: from its normalised name.

    >>> actor_iri("Center for the Study of War") == actor_iri("center for the study of  war")
    True
    """
    ascii_name = unicodedata.normalize("NFKD", normalize(name)).encode("ascii", "ignore").decode()
    return ACTOR_BASE + (re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-") or "unnamed")


def unknown_actor(name: str, type_: str, country: str | None = None, sector: str | None = None) -> Actor:
    """An actor the gazetteer does not know; ``country`` is the gazetteer id of its state."""
    return Actor(actor_iri(name), name, type_, (name,), None, ACTOR_BASE + country if country else None, sector)


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).translate(_PUNCT).split())


def _plain(text: str) -> str:
    text = text.translate(_LETTERS)
    if text.isascii():
        return text  # no accent to take off (most names): read without decomposing it
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _case_sensitive(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 3 or (len(letters) >= 2 and all(c.isupper() for c in letters))


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and " " not in text and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class _Registration:
    alias: Alias
    entry: str
    exact_key: str  # the case-preserving key, compared for case-sensitive aliases


class Gazetteer:
    """The loaded gazetteer; read-only once built, shared between pipelines through :meth:`load`."""

    def __init__(
        self,
        entries: Mapping[str, Entry],
        index: Mapping[str, tuple[_Registration, ...]],
        offices: Sequence[Office],
        titles: Sequence[Title],
        articles: Mapping[str, tuple[str, ...]],
        members: Sequence[tuple[str, str]],
        non_actors: Mapping[str, tuple[str, ...]],
    ) -> None:
        self.entries: Mapping[str, Entry] = MappingProxyType(dict(entries))
        self._index = MappingProxyType(dict(index))
        self._offices = tuple(offices)
        self._titles = tuple(titles)
        self._title_forms: dict[str, frozenset[str]] = {}
        for title in self._titles:
            self._title_forms[title.lang] = self._title_forms.get(title.lang, frozenset()) | {title.text.casefold()}
        self._articles = MappingProxyType(dict(articles))
        self._members = tuple(members)
        self._non_actors = MappingProxyType(dict(non_actors))

    @classmethod
    def load(cls, extra: Sequence[Path | str] = ()) -> "Gazetteer":
        """The built-in gazetteer plus the user alias files ``extra``, cached per tuple of paths."""
        return _load(tuple(Path(p).resolve() for p in extra))

    def get(self, id: str) -> Entry:
        return self.entries[id]

    def lookup(self, surface: str, lang: str | None = None) -> list[Entry]:
        """Actors named ``surface`` in ``lang`` (None = any language), by the matching rules."""
        found: dict[str, Entry] = {}
        for candidate in _without_article(surface, self._articles_of(lang), keep=True):
            folded, exact_key = normalize(candidate), normalize(candidate, case_sensitive=True)
            for reg in self._index.get(folded, ()):
                if not _overlap(reg.alias.lang, lang):
                    continue
                if reg.alias.case_sensitive and reg.exact_key != exact_key:
                    continue
                found.setdefault(reg.entry, self.entries[reg.entry])
        return list(found.values())

    def surface_forms(self, lang: str) -> list[tuple[str, str, str]]:
        """``(surface, entry id, kind)`` for every alias of ``lang`` or of no language, as written."""
        return [
            (alias.text, entry.id, alias.kind)
            for entry in self.entries.values()
            for alias in entry.aliases
            if alias.lang in (None, lang)
        ]

    def patterns(self, lang: str) -> list[SurfaceForm]:
        """Like :meth:`surface_forms`, ready for a phrase matcher: articles dropped, case sensitivity given."""
        seen: dict[tuple[str, str, bool], SurfaceForm] = {}
        for entry in self.entries.values():
            for alias in entry.aliases:
                if alias.lang not in (None, lang):
                    continue
                text = alias.text if alias.case_sensitive else _strip_article(alias.text, self._articles_of(alias.lang))
                seen.setdefault((text, entry.id, alias.case_sensitive), SurfaceForm(text, entry.id, alias.kind, alias.case_sensitive))
        return list(seen.values())

    def titles(self, lang: str) -> list[Title]:
        return [t for t in self._titles if t.lang == lang]

    def title_forms(self, lang: str) -> frozenset[str]:
        """The titles of ``lang`` as written, casefolded ("minister of foreign affairs"), built once."""
        return self._title_forms.get(lang, frozenset())

    def non_actors(self, lang: str) -> list[str]:
        """Phrases of ``lang`` that contain an alias but name no actor ("Latin America", "Statuto di Roma")."""
        return list(self._non_actors.get(lang, ()))

    def office_holder(self, role: str, of: str, on: date | None) -> Entry | None:
        """Who held ``role`` of state or organisation ``of`` on ``on`` (None = the latest holder).

        On a handover day the one who started last wins. When several people hold the role at once past a
        handover (China's three foreign-ministry spokespeople), the title names none of them: None.
        """
        held = [o for o in self._offices if o.role == role and o.of == of]
        if on is not None:
            held = [o for o in held if o.held_on(on)]
        elif any(o.end is None for o in held):
            held = [o for o in held if o.end is None]
        if not held:
            return None
        if len([o for o in held if on is None or o.end != on]) > 1:
            return None
        latest = max(held, key=lambda o: (o.start or date.min, o.end or date.max))
        return self.entries[latest.person]

    def offices(self, person_id: str) -> list[Office]:
        return sorted((o for o in self._offices if o.person == person_id), key=lambda o: o.start or date.min)

    def memberships(self) -> list[tuple[str, str]]:
        """``(member id, organisation id)`` pairs: ``("italy", "nato")``."""
        return list(self._members)

    def alias_count(self) -> int:
        """Distinct surface forms over all actors (names included), counted once per actor whatever the language."""
        return len({(entry.id, normalize(alias.text)) for entry in self.entries.values() for alias in entry.aliases})

    def _articles_of(self, lang: str | None) -> tuple[str, ...]:
        if lang is not None:
            return self._articles.get(lang, ())
        return tuple(a for articles in self._articles.values() for a in articles)


def _overlap(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _article_prefixes(articles: Iterable[str]) -> list[str]:
    # "l'" takes no space after it; longer articles first so "gli" is tried before "i".
    return sorted((a if a.endswith("'") else a + " " for a in articles), key=len, reverse=True)


def _without_article(text: str, articles: Iterable[str], keep: bool) -> list[str]:
    """``text`` without a leading article (and ``text`` itself first when ``keep``)."""
    cleaned = _clean(text)
    out = [cleaned] if keep else []
    for prefix in _article_prefixes(articles):
        if cleaned[: len(prefix)].lower() == prefix and len(cleaned) > len(prefix):
            out.append(cleaned[len(prefix) :].lstrip())
            break
    return out


def _strip_article(text: str, articles: Iterable[str]) -> str:
    stripped = _without_article(text, articles, keep=False)
    return stripped[0] if stripped else _clean(text)


# --- reading -------------------------------------------------------------------------------


def _fail(path: Path, line: int | str, reason: str) -> GazetteerError:
    return GazetteerError("E206", path=path, line=line, reason=reason)


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Non-empty, non-comment CSV rows with their line numbers, cells stripped."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            for row in reader:
                if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
                    continue
                yield reader.line_num, [cell.strip() for cell in row]
    except FileNotFoundError:
        raise _fail(path, 0, "no such file; check the path of the aliases file") from None
    except UnicodeDecodeError as exc:
        raise _fail(path, "?", f"not valid UTF-8 (byte {exc.start}); re-encode the file as UTF-8") from None
    except csv.Error as exc:
        raise _fail(path, "?", f"not valid CSV ({exc})") from None


def _table(path: Path, required: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV file as ``{column: cell}``, checked against its header."""
    rows = _rows(path)
    first = next(rows, None)
    if first is None:
        raise _fail(path, 1, f"empty file; expected a header row {','.join(required)}")
    line, header = first
    missing = [c for c in required if c not in header]
    if missing:
        raise _fail(path, line, f"the header lacks column(s) {', '.join(missing)}; expected {','.join(required)}")
    for line, row in rows:
        if len(row) != len(header):
            raise _fail(path, line, f"{len(row)} columns where the header has {len(header)}; quote cells that contain a comma")
        yield line, dict(zip(header, row))


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _date(path: Path, line: int, value: str) -> date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _fail(path, line, f"bad date {value!r}; write dates as YYYY-MM-DD") from None


def _by_language(row: Mapping[str, str], prefix: str) -> dict[str, str]:
    """``{"en": row["name_en"], "it": row["name_it"]}`` for the columns ``<prefix>_<lang>``."""
    return {col.removeprefix(prefix + "_"): value for col, value in row.items() if col.startswith(prefix + "_")}


@dataclass
class _Draft:
    id: str
    type: str
    names: dict[str, str]
    wikidata: str | None
    iso2: str | None = None
    iso3: str | None = None
    aliases: list[Alias] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None

    def freeze(self) -> Entry:
        return Entry(
            self.id, self.type, MappingProxyType(self.names), tuple(self.aliases), self.wikidata, self.iso2, self.iso3,
            self.country, self.sector,
        )


class _Builder:
    """Reads the files in order, refusing anything malformed or ambiguous as soon as it is read."""

    def __init__(self) -> None:
        self.drafts: dict[str, _Draft] = {}
        self.index: dict[str, list[_Registration]] = {}
        self.articles: dict[str, tuple[str, ...]] = {}
        self.titles: list[Title] = []
        self.offices: list[Office] = []
        self.members: list[tuple[str, str]] = []
        self.non_actors: dict[str, tuple[str, ...]] = {}
        self.wikidata: dict[str, str] = {}

    # entries and aliases

    def entry(self, path: Path, line: int, draft: _Draft) -> None:
        if not _ID.match(draft.id):
            raise _fail(path, line, f"bad id {draft.id!r}; use lowercase ASCII letters, digits and single hyphens")
        if draft.id in self.drafts:
            raise _fail(path, line, f"the id {draft.id!r} is already defined; give this actor another id")
        if draft.type not in ACTOR_TYPES:
            raise _fail(path, line, f"unknown type {draft.type!r}; use one of {', '.join(ACTOR_TYPES)}")
        if draft.wikidata:
            if not _QID.match(draft.wikidata):
                raise _fail(path, line, f"bad Wikidata id {draft.wikidata!r}; write it as Q123 or leave it empty")
            if draft.wikidata in self.wikidata:
                raise _fail(path, line, f"{draft.wikidata} is already the Wikidata id of {self.wikidata[draft.wikidata]!r}")
            self.wikidata[draft.wikidata] = draft.id
        if not any(draft.names.values()):
            raise _fail(path, line, f"{draft.id!r} has no name")
        draft.names = {lang: name.removeprefix("=") for lang, name in draft.names.items() if name}
        self.drafts[draft.id] = draft

    def alias(self, path: Path, line: int, entry_id: str, written: str, lang: str | None, kind: str) -> None:
        exact = written.startswith("=")
        text = _clean(written.removeprefix("="))
        if not text:
            return
        if kind == "alias" and _is_acronym(text):
            kind = "acronym"
        alias = Alias(text, lang, kind, exact)
        if alias.case_sensitive:
            folded = normalize(text)
        else:
            folded = normalize(_strip_article(text, self._articles_of(lang)))
        exact_key = normalize(text, case_sensitive=True)
        registrations = self.index.setdefault(folded, [])
        for reg in registrations:
            if reg.entry == entry_id or not _overlap(reg.alias.lang, lang):
                continue
            if reg.alias.case_sensitive and alias.case_sensitive and reg.exact_key != exact_key:
                continue  # "US" and "Us" may name different actors; neither matches the other
            raise GazetteerError("E202", path=path, line=line, alias=text, first=reg.entry, second=entry_id)
        draft = self.drafts[entry_id]
        if any(a.text == alias.text and a.lang == lang and a.exact == exact for a in draft.aliases):
            return
        draft.aliases.append(alias)
        registrations.append(_Registration(alias, entry_id, exact_key))

    def aliases(self, path: Path, line: int, entry_id: str, cell: str, lang: str | None, kind: str) -> None:
        for written in _split(cell):
            self.alias(path, line, entry_id, written, lang, kind)
            if lang == "it" and not written.startswith("="):
                for variant in _un_variants(written) + _spaced_variants(written):
                    folded = normalize(_strip_article(_clean(variant), self._articles_of(lang)))
                    if all(reg.entry == entry_id for reg in self.index.get(folded, [])):
                        self.alias(path, line, entry_id, variant, lang, kind)

    def _articles_of(self, lang: str | None) -> tuple[str, ...]:
        if lang is not None:
            return self.articles.get(lang, ())
        return tuple(a for articles in self.articles.values() for a in articles)

    # built-in files

    def read_builtin(self, folder: Path) -> None:
        self.read_articles(folder / "articles.csv")
        self.read_titles(folder / "titles.csv")
        self.read_states(folder / "states.csv")
        self.read_organizations(folder / "organizations.csv")
        self.read_people(folder / "people.csv")
        self.read_offices(folder / "offices.csv")
        self.read_non_actors(folder / "non_actors.csv")

    def read_articles(self, path: Path) -> None:
        for line, row in _table(path, ("lang", "articles")):
            if not _LANG.match(row["lang"]):
                raise _fail(path, line, f"bad language {row['lang']!r}; use an ISO 639 code such as en or it")
            self.articles[row["lang"]] = tuple(a.lower() for a in _split(row["articles"]))

    def read_non_actors(self, path: Path) -> None:
        for line, row in _table(path, ("lang", "phrases")):
            lang = row["lang"]
            if not _LANG.match(lang):
                raise _fail(path, line, f"bad language {lang!r}; use an ISO 639 code such as en or it")
            phrases = tuple(_clean(p) for p in _split(row["phrases"]))
            for phrase in phrases:
                folded = normalize(_strip_article(phrase, self._articles_of(lang)))
                named = [r.entry for r in self.index.get(folded, ()) if _overlap(r.alias.lang, lang)]
                if named:
                    raise _fail(path, line, f"{phrase!r} is an alias of {named[0]!r}; list only phrases that name no actor")
            self.non_actors[lang] = self.non_actors.get(lang, ()) + phrases

    def read_titles(self, path: Path) -> None:
        owner: dict[tuple[str, str], str] = {}
        for line, row in _table(path, ("role", "lang", "titles")):
            role, lang = row["role"], row["lang"]
            if not _ID.match(role.replace("_", "-")):
                raise _fail(path, line, f"bad role key {role!r}; use lowercase words joined by '_'")
            if not _LANG.match(lang):
                raise _fail(path, line, f"bad language {lang!r}; use an ISO 639 code such as en or it")
            for text in _split(row["titles"]):
                key = (lang, normalize(text))
                if owner.setdefault(key, role) != role:
                    raise _fail(path, line, f"the title {text!r} already names the role {owner[key]!r}; a title names one role per language")
                if not any(t.role == role and t.lang == lang and normalize(t.text) == key[1] for t in self.titles):
                    self.titles.append(Title(role, lang, _clean(text)))

    def read_states(self, path: Path) -> None:
        for line, row in _table(path, ("id", "iso2", "iso3", "seats", "wikidata")):
            iso2, iso3 = row["iso2"], row["iso3"]
            if not re.fullmatch(r"[A-Z]{2}", iso2) or not re.fullmatch(r"[A-Z]{3}", iso3):
                raise _fail(path, line, f"bad ISO codes {iso2!r}/{iso3!r}; iso2 is two capitals, iso3 three")
            names = _by_language(row, "name")
            self.entry(path, line, _Draft(row["id"], "State", names, row["wikidata"] or None, iso2, iso3))
            self._names_and_aliases(path, line, row, names)
            for prefix, kind in (("demonyms", "demonym"), ("capital", "capital")):
                for lang, cell in _by_language(row, prefix).items():
                    self.aliases(path, line, row["id"], cell, lang, kind)
            self.aliases(path, line, row["id"], row["seats"], None, "seat")

    def read_organizations(self, path: Path) -> None:
        pending: list[tuple[int, str, str]] = []
        for line, row in _table(path, ("id", "type", "members", "wikidata", "seats", "country", "sector")):
            if row["type"] not in ORGANIZATION_TYPES:
                raise _fail(path, line, f"unknown organisation type {row['type']!r}; use one of {', '.join(ORGANIZATION_TYPES)}")
            country, sector = row["country"] or None, row["sector"] or None
            if country is not None and (country not in self.drafts or self.drafts[country].type != "State"):
                raise _fail(path, line, f"unknown country {country!r}; use a state id from states.csv")
            if sector is not None and sector not in SECTORS:
                raise _fail(path, line, f"unknown sector {sector!r}; use one of {', '.join(SECTORS)}")
            names = _by_language(row, "name")
            draft = _Draft(row["id"], row["type"], names, row["wikidata"] or None, country=country, sector=sector)
            self.entry(path, line, draft)
            self._names_and_aliases(path, line, row, names)
            self.aliases(path, line, row["id"], row["seats"], None, "seat")
            pending.extend((line, member, row["id"]) for member in _split(row["members"]))
        for line, member, org in pending:  # members may be organisations defined further down
            if member not in self.drafts or self.drafts[member].type == "Person":
                raise _fail(path, line, f"unknown member {member!r} of {org!r}; use a state id from states.csv or an organisation id")
            self.members.append((member, org))

    def _names_and_aliases(self, path: Path, line: int, row: Mapping[str, str], names: Mapping[str, str]) -> None:
        for lang, name in names.items():
            self.aliases(path, line, row["id"], name, lang, "name")
        for lang, cell in _by_language(row, "aliases").items():
            self.aliases(path, line, row["id"], cell, lang, "alias")

    def read_people(self, path: Path) -> None:
        for line, row in _table(path, ("id", "name", "aliases", "type_hint", "wikidata")):
            type_ = row["type_hint"] or "Person"
            self.entry(path, line, _Draft(row["id"], type_, {"": row["name"]}, row["wikidata"] or None))
            self.alias(path, line, row["id"], row["name"], None, "name")
            self.aliases(path, line, row["id"], row["aliases"], None, "alias")
            # a title, a name and a regnal numeral are also written without the numeral: "Pope Leo", "Papa Leone"
            for form in [row["name"], *row["aliases"].split("|")]:
                words = form.split()
                if len(words) >= 3 and _REGNAL.fullmatch(words[-1]):
                    self.alias(path, line, row["id"], " ".join(words[:-1]), None, "alias")

    def read_offices(self, path: Path) -> None:
        roles = {t.role for t in self.titles}
        for line, row in _table(path, ("person", "role", "of", "start", "end")):
            person, role, of = row["person"], row["role"], row["of"]
            if person not in self.drafts or self.drafts[person].type != "Person":
                raise _fail(path, line, f"unknown person {person!r}; add them to people.csv first")
            if role not in roles:
                raise _fail(path, line, f"unknown role {role!r}; add its titles to titles.csv first")
            if of not in self.drafts or self.drafts[of].type == "Person":
                raise _fail(path, line, f"unknown state or organisation {of!r}; use an id from states.csv or organizations.csv")
            start, end = _date(path, line, row["start"]), _date(path, line, row["end"])
            if start and end and end < start:
                raise _fail(path, line, f"the office ends ({end}) before it starts ({start})")
            self.offices.append(Office(person, role, of, start, end))

    # user files

    def read_user(self, path: Path) -> None:
        if path.suffix.lower() == ".csv":
            self.read_user_csv(path)
        elif path.suffix.lower() in (".yaml", ".yml"):
            self.read_user_yaml(path)
        else:
            raise _fail(path, 0, "unsupported aliases file; give a .csv, .yaml or .yml file")

    def read_user_csv(self, path: Path) -> None:
        for line, row in _rows(path):
            if [c.lower() for c in row[:3]] == ["alias", "actor", "lang"]:
                continue
            if len(row) == 3:
                alias, actor, lang = row
                self._user_alias(path, line, alias, actor, lang)
            elif len(row) == 5:
                alias, actor, lang, type_, name = row
                self._user_actor(path, line, actor, type_, name, lang, None)
                self._user_alias(path, line, alias, actor, lang)
            else:
                raise _fail(path, line, f"{len(row)} columns; write 'alias,actor,lang' or 'alias,actor,lang,type,name'")

    def read_user_yaml(self, path: Path) -> None:
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
        except FileNotFoundError:
            raise _fail(path, 0, "no such file; check the path of the aliases file") from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise _fail(path, mark.line + 1 if mark else "?", f"not valid YAML ({getattr(exc, 'problem', exc)})") from None
        if data is None:
            return
        if not isinstance(data, _Lined) or not set(data) <= {"actors", "aliases"}:
            raise _fail(path, 1, "expected a mapping with 'actors' (a list) and/or 'aliases' (alias: actor id)")
        actors = data.get("actors") or []
        if not isinstance(actors, list):
            raise _fail(path, data.lines["actors"], "'actors' must be a list of {id, type, name, aliases}")
        for actor in actors:
            if not isinstance(actor, _Lined):
                raise _fail(path, data.lines["actors"], "each actor must be a mapping with id, type, name and aliases")
            line = actor.line
            values = {k: actor.get(k) for k in ("id", "type", "name", "lang", "wikidata")}
            if not all(isinstance(values[k], str) and values[k] for k in ("id", "name")):
                raise _fail(path, line, "an actor needs a string 'id' and 'name'")
            aliases = actor.get("aliases") or []
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise _fail(path, line, "'aliases' must be a list of strings")
            lang = values["lang"] or ""
            self._user_actor(path, line, values["id"], values["type"] or "", values["name"], lang, values["wikidata"])
            for alias in aliases:
                self._user_alias(path, line, alias, values["id"], lang)
        mapping = data.get("aliases")
        if mapping is None:
            return
        if not isinstance(mapping, _Lined):
            raise _fail(path, data.lines["aliases"], "'aliases' must map each alias to an actor id")
        for alias, actor in mapping.items():
            if not isinstance(alias, str) or not isinstance(actor, str):
                raise _fail(path, mapping.lines[alias], "quote the alias and the actor id so that both are strings")
            self._user_alias(path, mapping.lines[alias], alias, actor, "")

    def _user_actor(self, path: Path, line: int, actor: str, type_: str, name: str, lang: str, wikidata: str | None) -> None:
        if actor in self.drafts:
            if type_ and type_ != self.drafts[actor].type:
                raise _fail(path, line, f"{actor!r} is already a {self.drafts[actor].type}, not a {type_}; use another id")
            return
        if not type_:
            raise _fail(path, line, f"unknown actor {actor!r}; to define it give its type ({', '.join(ACTOR_TYPES)}) and name")
        self._check_lang(path, line, lang)
        self.entry(path, line, _Draft(actor, type_, {lang: name}, wikidata or None))
        self.alias(path, line, actor, name, lang or None, "name")

    def _user_alias(self, path: Path, line: int, alias: str, actor: str, lang: str) -> None:
        if actor not in self.drafts:
            raise _fail(
                path, line, f"unknown actor {actor!r}; use an existing id, or define it with 'alias,actor,lang,type,name'"
            )
        self._check_lang(path, line, lang)
        if not alias.strip():
            raise _fail(path, line, "empty alias")
        self.alias(path, line, actor, alias, lang or None, "alias")

    def _check_lang(self, path: Path, line: int, lang: str) -> None:
        if lang and not _LANG.match(lang):
            raise _fail(path, line, f"bad language {lang!r}; use an ISO 639 code such as en or it, or leave it empty")

    def build(self) -> Gazetteer:
        return Gazetteer(
            entries={id: draft.freeze() for id, draft in self.drafts.items()},
            index={key: tuple(regs) for key, regs in self.index.items()},
            offices=self.offices,
            titles=self.titles,
            articles=self.articles,
            members=self.members,
            non_actors=self.non_actors,
        )


class _Lined(dict):
    """A YAML mapping that remembers its line and the line of each key, for error messages."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.lines: dict[object, int] = {}


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _Lined:
    mapping = _Lined(node.start_mark.line + 1)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise yaml.constructor.ConstructorError(None, None, "a key must be a plain value", key_node.start_mark)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.lines[key] = key_node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@functools.lru_cache(maxsize=8)
def _load(extra: tuple[Path, ...]) -> Gazetteer:
    builder = _Builder()
    builder.read_builtin(GAZETTEER)
    for path in extra:
        builder.read_user(path)
    return builder.build()


__all__ = ["ACTOR_BASE", "Alias", "Entry", "Gazetteer", "Office", "SurfaceForm", "Title", "normalize"]


# Italian press writes the United Nations in a UN agency's name three ways: "l'Alto commissariato delle Nazioni
# Unite per i rifugiati", "l'Alto commissariato Onu per i rifugiati", "l'agenzia dell'Onu per i rifugiati".
_UN_FORMS = (" delle Nazioni Unite ", " dell'Onu ", " Onu ")


def _spaced_variants(written: str) -> list[str]:
    """An Italian alias of two capitalised words joined by a hyphen, as the press also writes it with a space: a
    category union and its confederation ("Fiom-Cgil" → "Fiom Cgil", "Uilm-Uil" → "Uilm Uil")."""
    parts = written.split("-")
    if len(parts) == 2 and all(p[:1].isupper() and p.isalpha() and len(p) > 1 for p in parts):
        return [" ".join(parts)]
    return []


def _un_variants(written: str) -> list[str]:
    """The other two ways of writing an Italian alias that names the United Nations inside ("agenzia Onu per i
    rifugiati" → "agenzia dell'Onu per i rifugiati", "agenzia delle Nazioni Unite per i rifugiati")."""
    padded = f" {written} "
    for form in _UN_FORMS:
        if form in padded:
            return [padded.replace(form, other, 1).strip() for other in _UN_FORMS if other != form]
    return []

