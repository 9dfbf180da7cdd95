"""The language data of the actor rules: ``ontologies/actors/`` and ``ontologies/roles.tsv``, read once.

- ``cues.tsv``: words after which a capitalised name is an actor of a type ("il quotidiano" → Media);
- ``org_heads.tsv``: words that type an unknown organisation ("Forces" → Group), mark a place
  ("Strait") or no actor at all (``-``);
- ``org_kinds.tsv``: words that give an organisation a sector and a kind a class noun may name ("Authority" → a
  regulator), for one the text gives no sector;
- ``pronouns.tsv``: pronouns that may stand for an actor of the given types; ``descriptions.tsv``: class nouns
  that refer back after a definite article ("the bloc", "the company"), the kinds each may describe (an actor type,
  for some with a sector: "the group", an armed group or a firm; or a sector alone: "the troops") and how each is
  read (by salience in the actor layer, or by nearness in the relation layer only);
- ``name_parts.tsv``: particles ("von der"), suffixes ("Jr."), prefixes ("al-") of names, families that
  write the surname first, and words that are no surnames;
- ``not_current.tsv``: words before or after a title that say the office is not held now ("former");
- ``function_words.tsv``: prepositions, determiners (and which are definite), conjunctions,
  quantifiers, prepositions of place, and the prepositions that place a group in a country or tie
  a person to one, the nouns of a family, the words of a regional government, of a junta and of a
  military, the last words of regions' names, the heads of collegial and local bodies, per language;
- ``sectors.tsv``: nouns that name a part of a country ("border guard" → police), the institutions
  some of them name ("foreign ministry"), and those that name a group even with no state
  ("students"); the sectors' English labels come from ``ontologies/kg.ttl``;
- ``given_names.txt``: given names that start a person's name ("Laura Bianchi");
- ``home.tsv``: the state a language's press calls its own, for the offices it names without a country,
  and (language ``*``) the offices the world has once ("the Pope");
- ``short_forms.tsv``: short forms of a state once the story has named it ("the North")
  (:func:`load_short_forms`); ``shared_demonyms.tsv``: demonyms two states share ("Congolese")
  (:func:`load_shared_demonyms`); ``seat_offices.tsv``: the office a seat of power stands for ("the
  leader of the Kremlin") (:func:`load_seat_offices`);
- ``regions.tsv``: regions with a government of their own, which the gazetteer lists among the states
  and the actors describe as an organisation of their state (:func:`load_regions`); ``de_facto.tsv``:
  states few others recognise, which the actors describe as a Group (:func:`load_de_facto`);
- ``provinces.tsv``: regions below a state's government (provinces, federated states, Länder), their
  names and demonyms, and the state each belongs to (:func:`load_provinces`);
- ``roles.tsv``: the fact each role of office states, whether it has one holder at a time, whom
  the holder's "we" stands for, and the organ of an organisation the office is held in.
"""

from __future__ import annotations

import csv
import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from kg.errors import ResourceError
from kg.model import ACTOR_TYPES, SECTORS
from kg.settings import ONTOLOGIES

RULES = ONTOLOGIES / "actors"


@dataclass(frozen=True)
class Role:
    """What a title says (``roles.tsv``): the fact it states, whether it has one holder at a time,
    whether the holder's "we" is the body of the title (a minister) or the holder alone (a spokesperson),
    and the organ of an organisation the office is held in (``organ``: organisation id → organ id, "the
    European Union" → "the European Commission" for a commissioner)."""

    fact: str
    unique: bool
    speaks_for_body: bool
    organ: tuple[str, str] | None = None


@dataclass(frozen=True)
class Cue:
    """A cue word (``cues.tsv``): in ``lang``, ``text`` before a name says the name is an actor of ``type``."""

    lang: str
    text: str
    type: str


@dataclass(frozen=True)
class SectorPhrase:
    """A row of ``sectors.tsv``: in ``lang``, ``words`` (lowercase; each compared with a token's lemma
    or form) name a part of a country in ``sector``, or one body of its state, ``institution``;
    ``abroad`` when the group is sent places, so that a place named after it is not its country;
    ``alone`` when the phrase names a collective actor of the story even with no state named: ``group``
    in the plural ("students"), ``collective`` also in the singular after a definite word ("the
    police", "la folla"); None for generic words ("officials", "forces")."""

    lang: str
    words: tuple[str, ...]
    sector: str
    institution: str | None = None
    abroad: bool = False  # sent places (troops, diplomats): a place after it is no country of it
    alone: str | None = None


@dataclass(frozen=True)
class ActorRules:
    """The language data of the rule layer (``ontologies/actors/`` and ``roles.tsv``)."""

    roles: dict[str, Role]
    cues: tuple[Cue, ...]
    given_names: frozenset[str]
    org_heads: dict[str, str]
    org_kinds: dict[str, tuple[str, str | None]]  # a word of an organisation's name → its sector and its kind, if any
    pronouns: dict[str, dict[str, tuple[str, ...]]]
    particles: frozenset[str]
    suffixes: frozenset[str]
    prefixes: frozenset[str]
    family_first: frozenset[str]
    not_surnames: frozenset[str]
    not_current: dict[str, dict[str, frozenset[str]]]
    prepositions: dict[str, frozenset[str]]
    determiners: dict[str, frozenset[str]]
    definites: dict[str, frozenset[str]]
    conjunctions: dict[str, frozenset[str]]
    quantifiers: dict[str, frozenset[str]]
    plural_definites: dict[str, frozenset[str]]  # "le", "alle": a definite word of the plural
    cardinals: dict[str, dict[str, int]]  # "tre": 3, the size of the set "le tre sigle" stands for
    universals: dict[str, frozenset[str]]  # "tutti i partiti": everyone of the kind, not the actors just named
    locatives: dict[str, frozenset[str]]
    sites: dict[str, frozenset[str]]  # "in", "at": a lone unknown name after one is a place all through the document
    settlements: dict[str, frozenset[str]]  # "the port of Felixstowe": the name after one and "of" is a place
    seats: dict[str, frozenset[str]]
    bodies: dict[str, frozenset[str]]
    unions: dict[str, frozenset[str]]  # "Kenyan farmers' cooperatives": a group's organisation
    missions: frozenset[str]  # words of any language that name an organisation a mission or force of its own
    publics: dict[str, frozenset[str]]
    regional: dict[str, frozenset[str]]  # "the Punjab provincial government": a government below the state's
    title_case_acronyms: frozenset[str]  # languages whose press writes acronyms as words ("Sdf", "Irgc")
    kin: dict[str, frozenset[str]]  # "the Gupta family", "il clan dei Casalesi": a family named by its surname
    origins: dict[str, frozenset[str]]
    genitives: dict[str, frozenset[str]]
    counterparts: dict[str, frozenset[str]]
    first_person: dict[str, frozenset[str]]
    first_person_plural: dict[str, frozenset[str]]
    governments: dict[str, frozenset[str]]  # "the government led by X": the state X leads (kg.actors.governments)
    led_by: dict[str, frozenset[str]]  # "led by", "guidato da": participle and agent words after a government noun
    sectors: tuple[SectorPhrase, ...]
    not_local: dict[str, frozenset[str]]
    sector_labels: dict[str, str]
    home: dict[str, tuple[str, frozenset[str]]]  # lang → (its press's own state, the offices that default to it)
    title_adjectives: dict[str, frozenset[str]] = field(default_factory=dict)  # "l'Alto rappresentante internazionale X"
    internationals: dict[str, frozenset[str]] = field(default_factory=dict)  # an office of no state ("internazionale")
    sponsors: dict[str, frozenset[str]] = field(default_factory=dict)  # "Iran-backed militias", "milizie filo-iraniane"
    sole_offices: dict[str, str] = field(default_factory=dict)  # role → the one state that has it ("the Pope": the Holy See's)
    military_bodies: dict[str, frozenset[str]] = field(default_factory=dict)  # "Myanmar's military": the military as one body
    juntas: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # "the junta", "la giunta militare", word by word
    local_governments: dict[str, frozenset[str]] = field(default_factory=dict)  # "la giunta della Campania": a region's government only
    departures: dict[str, frozenset[str]] = field(default_factory=dict)  # "launched from Belgorod": a region after it is no target
    region_heads: frozenset[str] = frozenset()  # last words of regions' names, as written, any language's ("Rakhine State")
    sponsor_prefixes: dict[str, frozenset[str]] = field(default_factory=dict)  # "pro-government", "filo-iraniane"
    no_antecedent: dict[str, frozenset[str]] = field(default_factory=dict)  # "a minister", "its minister": no one named before
    bodies_before: dict[str, frozenset[str]] = field(default_factory=dict)  # "… il portavoce X": roles of the one body just named
    home_stems: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "italiana", "Roma": a word of the home state
    seat_titles: dict[str, frozenset[str]] = field(default_factory=dict)  # roles a seat of power names ("il leader del Cremlino")
    clitics: dict[str, frozenset[str]] = field(default_factory=dict)  # "la Commissione si è detta": a verb's group ends a name
    possessives: dict[str, dict[str, str]] = field(default_factory=dict)  # "its": thing, "his": person — whose title opens a sentence
    times: dict[str, frozenset[str]] = field(default_factory=dict)  # "a maggio soldati thailandesi": a time word opens a noun phrase
    company_articles: dict[str, frozenset[str]] = field(default_factory=dict)  # "la norvegese Equinor": a firm's article
    councils: dict[str, frozenset[str]] = field(default_factory=dict)  # "il Consiglio nazionale elettorale": a head only with its level
    levels: dict[str, frozenset[str]] = field(default_factory=dict)  # "nazionale", "elettorale": the level that makes it a name
    local_bodies: dict[str, dict[str, str]] = field(default_factory=dict)  # "il Comune": the story's local body, and its sector
    local_offices: dict[str, dict[str, str]] = field(default_factory=dict)  # "il sindaco": the head of the local body the holder leads
    named_bodies: dict[str, dict[str, str]] = field(default_factory=dict)  # "il Tar (del Lazio)": a body's head written as a word, and its sector
    portfolio_offices: dict[str, dict[str, str]] = field(default_factory=dict)  # "il ministro delle Imprese": the head of his portfolio's body
    alias_links: dict[str, frozenset[str]] = field(default_factory=dict)  # "known as": another name of the actor before
    compass: dict[str, frozenset[str]] = field(default_factory=dict)  # "meridionale": the part of a place a body's name ends with
    plural_adjectives: dict[str, dict[str, str]] = field(default_factory=dict)  # "-che": "-co", a feminine plural adjective's ending → its lemma's
    # "the bloc", "the group": class noun → the kinds it may describe, each an actor type and, where it says one, a sector
    descriptions: dict[str, dict[str, frozenset[tuple[str | None, str | None]]]] = field(default_factory=dict)
    # ("the company", "the troops": every noun of descriptions.tsv, a kind of a sector alone with no type) and the nouns
    # the actor layer reads by salience (the others by nearness only, in the relation layer)
    salient: dict[str, frozenset[str]] = field(default_factory=dict)


def _tsv(path: Path, columns: int) -> Iterator[tuple[int, list[str]]]:
    with path.open(encoding="utf-8") as handle:
        for line, row in enumerate(csv.reader(handle, delimiter="\t"), start=1):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            if len(row) < columns:
                raise ResourceError("E201", path=path, line=line, reason=f"expected {columns} tab-separated columns, got {len(row)}")
            yield line, [cell.strip() for cell in row]


def sector_labels(path: Path = ONTOLOGIES / "kg.ttl") -> dict[str, str]:
    """Each sector's English label from the ontology (``skos:notation`` → ``skos:prefLabel``@en)."""
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    rows = store.query(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX kg: <https://w3id.org/newskg/ontology#> "
        'SELECT ?name ?label WHERE { ?c a kg:Sector ; skos:notation ?name ; skos:prefLabel ?label . FILTER(LANG(?label) = "en") }'
    )
    return {row["name"].value: row["label"].value for row in rows}


def _sector_phrases(path: Path) -> tuple[tuple[SectorPhrase, ...], dict[str, frozenset[str]]]:
    phrases, not_local = [], defaultdict(set)
    for line, row in _tsv(path, 3):
        lang, phrase, sector = row[:3]
        institution = row[3] if len(row) > 3 and row[3] else None
        where = row[4] if len(row) > 4 else ""
        if where not in ("", "abroad"):
            raise ResourceError("E201", path=path, line=line, reason=f"where is {where!r}; write abroad or leave it empty")
        alone = row[5] if len(row) > 5 else ""
        if alone not in ("", "group", "collective"):
            raise ResourceError("E201", path=path, line=line, reason=f"alone is {alone!r}; write group, collective or leave it empty")
        if sector == "-":
            not_local[lang].add(phrase.lower())
            continue
        if sector not in SECTORS:
            raise ResourceError("E201", path=path, line=line, reason=f"unknown sector {sector!r}; use one of {', '.join(SECTORS)} or -")
        words = tuple(re.findall(r"[^\s']+'?", phrase.lower()))
        phrases.append(SectorPhrase(lang, words, sector, institution, where == "abroad", alone or None))
    return tuple(phrases), {lang: frozenset(words) for lang, words in not_local.items()}


@functools.lru_cache(maxsize=2)
def load_rules(folder: Path = RULES, roles_path: Path = ONTOLOGIES / "roles.tsv") -> ActorRules:
    """Read and check the rule data once per process."""
    roles = {}
    for line, (role, fact, unique, we, organ) in ((n, r[:5]) for n, r in _tsv(roles_path, 5)):
        if unique not in ("yes", "no"):
            raise ResourceError("E201", path=roles_path, line=line, reason=f"unique is {unique!r}; write yes or no")
        if we not in ("body", "self"):
            raise ResourceError("E201", path=roles_path, line=line, reason=f"we is {we!r}; write body or self")
        if organ != "-" and organ.count(":") != 1:
            raise ResourceError("E201", path=roles_path, line=line, reason=f"organ is {organ!r}; write organisation:organ or -")
        roles[role] = Role(fact, unique == "yes", we == "body", tuple(organ.split(":")) if organ != "-" else None)
    cues = []
    for line, (lang, text, type_) in ((n, r[:3]) for n, r in _tsv(folder / "cues.tsv", 3)):
        if type_ not in ACTOR_TYPES and type_ != "-":
            raise ResourceError("E201", path=folder / "cues.tsv", line=line, reason=f"unknown actor type {type_!r}; use one of {', '.join(ACTOR_TYPES)} or -")
        cues.append(Cue(lang, text, type_))
    heads = {}
    for line, (word, type_) in ((n, r[:2]) for n, r in _tsv(folder / "org_heads.tsv", 2)):
        if type_ not in ("-", "place") and type_ not in ACTOR_TYPES:
            raise ResourceError("E201", path=folder / "org_heads.tsv", line=line, reason=f"unknown actor type {type_!r}; use one of {', '.join(ACTOR_TYPES)}, - or place")
        heads[word.lower()] = type_
    org_kinds = {}
    for line, (word, sector, *kind) in ((n, r[:3]) for n, r in _tsv(folder / "org_kinds.tsv", 2)):
        if sector not in SECTORS:
            raise ResourceError("E201", path=folder / "org_kinds.tsv", line=line, reason=f"unknown sector {sector!r}; use one of {', '.join(SECTORS)}")
        org_kinds[word.lower().rstrip(".")] = (sector, kind[0] if kind and kind[0] else None)
    named_kinds = {kind for _, kind in org_kinds.values() if kind is not None}
    pronouns: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)
    for _, (lang, word, types) in ((n, r[:3]) for n, r in _tsv(folder / "pronouns.tsv", 3)):
        pronouns[lang][word.lower()] = tuple(t.strip() for t in types.split(","))
    descriptions: dict[str, dict[str, frozenset[tuple[str | None, str | None]]]] = defaultdict(dict)
    salient: dict[str, set[str]] = defaultdict(set)
    for line, (lang, noun, types, reading) in ((n, r[:4]) for n, r in _tsv(folder / "descriptions.tsv", 4)):
        # "military" alone is a sector of any type: "the troops" are the sector actor named before, whatever its type
        kinds = frozenset(
            (None, type_) if type_ in SECTORS and not sector else (type_, sector or None)
            for type_, _, sector in (t.strip().partition(":") for t in types.split(","))
        )
        if any((type_ is not None and type_ not in ACTOR_TYPES) or (sector is not None and sector not in (*SECTORS, *named_kinds, "-")) for type_, sector in kinds):
            raise ResourceError("E201", path=folder / "descriptions.tsv", line=line, reason=f"unknown kinds in {types!r}; write an actor type ({', '.join(ACTOR_TYPES)}), type:sector (type:- for none, type:kind for a kind of org_kinds.tsv) or a sector ({', '.join(SECTORS)})")
        if reading not in ("salience", "nearness"):
            raise ResourceError("E201", path=folder / "descriptions.tsv", line=line, reason=f"reading is {reading!r}; write salience or nearness")
        descriptions[lang][noun.lower()] = kinds
        if reading == "salience":
            salient[lang].add(noun.lower())
    parts: dict[str, set[str]] = defaultdict(set)
    for _, (kind, word) in ((n, r[:2]) for n, r in _tsv(folder / "name_parts.tsv", 2)):
        parts[kind].add(word)
    not_current: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for line, (lang, position, word) in ((n, r[:3]) for n, r in _tsv(folder / "not_current.tsv", 3)):
        if position not in ("before", "after", "rank", "outside"):
            raise ResourceError("E201", path=folder / "not_current.tsv", line=line, reason=f"position {position!r} must be before, after, rank or outside")
        not_current[lang][position].add(word.lower())
    function_words: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for _, (lang, kind, word) in ((n, r[:3]) for n, r in _tsv(folder / "function_words.tsv", 3)):
        function_words[kind][lang].add(word)

    def by_language(kind: str) -> dict[str, frozenset[str]]:  # most kinds: per language, a set of words
        return {lang: frozenset(words) for lang, words in function_words[kind].items()}

    def pairs_by_language(kind: str) -> dict[str, dict[str, str]]:  # "word:value" kinds: per language, word → value
        return {lang: dict(w.split(":", 1) for w in words) for lang, words in function_words[kind].items()}

    sectors, not_local = _sector_phrases(folder / "sectors.tsv")
    labels = sector_labels()
    if set(labels) != set(SECTORS):
        raise ResourceError("E201", path=ONTOLOGIES / "kg.ttl", line="-", reason=f"the sector concepts {sorted(labels)} differ from kg.model.SECTORS")
    given = frozenset(
        line.strip() for line in (folder / "given_names.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    home, sole = {}, {}
    for line, (lang, state, offices) in ((n, r[:3]) for n, r in _tsv(folder / "home.tsv", 3)):
        unknown = set(offices.split("|")) - set(roles)
        if unknown:
            raise ResourceError("E201", path=folder / "home.tsv", line=line, reason=f"unknown roles {sorted(unknown)}; use roles of roles.tsv")
        if lang == "*":
            sole.update((role, state) for role in offices.split("|"))
        else:
            home[lang] = (state, frozenset(offices.split("|")))
    return ActorRules(
        home=home,
        sole_offices=sole,
        roles=roles,
        cues=tuple(cues),
        given_names=given,
        org_heads=heads,
        org_kinds=org_kinds,
        pronouns=dict(pronouns),
        descriptions=dict(descriptions),
        salient={lang: frozenset(nouns) for lang, nouns in salient.items()},
        particles=frozenset(parts["particle"]),
        suffixes=frozenset(parts["suffix"]),
        prefixes=frozenset(parts["prefix"]),
        family_first=frozenset(parts["family_first"]),
        not_surnames=frozenset(parts["not_surname"]),
        not_current={lang: {k: frozenset(v) for k, v in pos.items()} for lang, pos in not_current.items()},
        prepositions=by_language("preposition"),
        determiners=by_language("determiner"),
        definites=by_language("definite"),
        conjunctions=by_language("conjunction"),
        quantifiers=by_language("quantifier"),
        plural_definites=by_language("plural_definite"),
        universals=by_language("universal"),
        cardinals={lang: {word: int(value) for word, value in words.items()} for lang, words in pairs_by_language("cardinal").items()},
        locatives=by_language("locative"),
        sites=by_language("site"),
        settlements=by_language("settlement"),
        seats=by_language("seat"),
        bodies=by_language("body"),
        unions=by_language("union"),
        missions=frozenset(w for words in function_words["mission"].values() for w in words),
        publics=by_language("public"),
        regional=by_language("regional"),
        title_case_acronyms=frozenset(lang for lang, words in function_words["acronyms"].items() if "title-case" in words),
        kin=by_language("kin"),
        origins=by_language("origin"),
        genitives=by_language("genitive"),
        counterparts=by_language("counterpart"),
        first_person=by_language("first_person_singular"),
        first_person_plural=by_language("first_person_plural"),
        governments=by_language("government"),
        led_by=by_language("led_by"),
        sectors=sectors,
        not_local=not_local,
        sector_labels=labels,
        title_adjectives=by_language("title_adjective"),
        internationals=by_language("international"),
        sponsors=by_language("sponsor"),
        military_bodies=by_language("military_body"),
        juntas={lang: tuple(sorted(tuple(w.split()) for w in words)) for lang, words in function_words["junta"].items()},
        local_governments=by_language("local_government"),
        departures=by_language("departure"),
        region_heads=frozenset(w for words in function_words["region_head"].values() for w in words),
        sponsor_prefixes=by_language("sponsor_prefix"),
        no_antecedent=by_language("no_antecedent"),
        bodies_before=by_language("body_before"),
        home_stems={lang: tuple(sorted(words)) for lang, words in function_words["home_stem"].items()},
        seat_titles=by_language("seat_title"),
        clitics=by_language("clitic"),
        possessives=pairs_by_language("possessive"),
        times=by_language("time"),
        company_articles=by_language("company_article"),
        councils=by_language("council"),
        levels=by_language("level"),
        local_bodies=pairs_by_language("local_body"),
        local_offices=pairs_by_language("local_office"),
        named_bodies=pairs_by_language("named_body"),
        portfolio_offices=pairs_by_language("portfolio_office"),
        alias_links=by_language("alias_link"),
        compass=by_language("compass"),
        plural_adjectives=pairs_by_language("plural_adjective"),
    )


@dataclass(frozen=True)
class Region:
    """A region with a government of its own ("Greenland"): its government's names."""

    names: dict[str, str]


@functools.cache
def load_regions(path: Path = RULES / "regions.tsv") -> dict[str, Region]:
    """``regions.tsv``: states.csv id → the names of the region's government."""
    return {id: Region({"en": en, "it": it}) for _, (id, en, it) in ((n, r[:3]) for n, r in _tsv(path, 3))}


@functools.cache
def load_de_facto(path: Path = RULES / "de_facto.tsv") -> frozenset[str]:
    """``de_facto.tsv``: the states.csv ids of states few others recognise, whose actor is a Group."""
    return frozenset(row[0] for _, row in _tsv(path, 1))


@functools.cache
def load_juntas(path: Path = RULES / "juntas.tsv") -> dict[str, int]:
    """``juntas.tsv``: states.csv id → the year a military government took power there."""
    return {row[0]: int(row[1]) for _, row in _tsv(path, 2)}


def military_ruled(year: int | None) -> frozenset[str]:
    """The states.csv ids of the states a military government rules in ``year`` (``juntas.tsv``; every one when the
    document has no date): what "the junta" may stand for, in the actor layer and the relation layer alike."""
    return frozenset(state for state, since in load_juntas().items() if year is None or year >= since)


@dataclass(frozen=True)
class Provinces:
    """Regions below a state's government: casefolded name or demonym → the states.csv id of their state."""

    names: dict[str, str]
    demonyms: dict[str, str]


@functools.cache
def load_short_forms(path: Path = RULES / "short_forms.tsv") -> dict[tuple[str, str], tuple[str, ...]]:
    """``short_forms.tsv``: (language, form) → the state it is short for once the story has named it."""
    return {(row[0], row[1]): (row[2],) for _, row in _tsv(path, 3)}


@functools.cache
def _shared_rows(path: Path) -> tuple[list[str], ...]:
    return tuple(row for _, row in _tsv(path, 3))


@functools.cache
def load_shared_demonyms(path: Path = RULES / "shared_demonyms.tsv") -> dict[tuple[str, str], tuple[str, ...]]:
    """``shared_demonyms.tsv``: (language, demonym) → the states that share it."""
    return {(row[0], form): tuple(row[2].split("|")) for row in _shared_rows(path) for form in row[1].split("|")}


@functools.cache
def load_shared_names(path: Path = RULES / "shared_demonyms.tsv") -> frozenset[tuple[str, str]]:
    """``shared_demonyms.tsv``: the (language, form) rows marked 'name', short names two states share ("Congo")."""
    return frozenset((row[0], form) for row in _shared_rows(path) if len(row) > 3 and row[3] == "name" for form in row[1].split("|"))


@functools.cache
def load_seat_offices(path: Path = RULES / "seat_offices.tsv") -> dict[str, str]:
    """``seat_offices.tsv``: a seat of power (casefolded, no article) → the role of the office it stands for."""
    return {row[0].casefold(): row[1] for _, row in _tsv(path, 2)}


@functools.cache
def load_provinces(path: Path = RULES / "provinces.tsv") -> Provinces:
    """``provinces.tsv``: state id, the region's names and its demonyms ('|'-separated, any language)."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for _, row in _tsv(path, 2):
        state, forms, adjectives = row[0], row[1], row[2] if len(row) > 2 else ""
        names.update((form.casefold(), state) for form in forms.split("|") if form)
        demonyms.update((form.casefold(), state) for form in adjectives.split("|") if form)
    return Provinces(names, demonyms)


@functools.cache
def load_company_forms(path: Path = RULES / "company_forms.tsv") -> dict[str, frozenset[str]]:
    """``company_forms.tsv``: per language, the words that end a company's name ("Spa", "S.r.l.", "Europe"),
    casefolded and without their last dot."""
    forms: dict[str, set[str]] = defaultdict(set)
    for _, (lang, form) in ((n, r[:2]) for n, r in _tsv(path, 2)):
        forms[lang].add(form.casefold().rstrip("."))
    return {lang: frozenset(words) for lang, words in forms.items()}


@functools.cache
def load_plurals(path: Path = RULES / "plurals.tsv") -> dict[str, dict[str, frozenset[str]]]:
    """``plurals.tsv``: per language, a plural class noun as written (lowercase) → the actor types or sectors of the
    actors it may stand for, coordinated before it ("the unions": Organization, Group)."""
    plurals: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
    for _, (lang, noun, kinds) in ((n, r[:3]) for n, r in _tsv(path, 3)):
        plurals[lang][noun] = frozenset(kind.strip() for kind in kinds.split(","))
    return dict(plurals)

