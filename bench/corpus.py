"""Generated news articles for benchmarks and tests: any number or size, English and Italian, by seed.

The actors come from the project's gazetteer (``ontologies/gazetteer/``: states by name, capital
or seat of power; people with the title of the office they hold, "Russian Foreign Minister Sergei
Lavrov", "il ministro degli Esteri russo Sergei Lavrov"; organisations and media), the relations
from the verb triggers of the relation lexicons (``ontologies/lexicon/en.tsv``, ``it.tsv``). The
sentences are templates written for this generator: plain statements, reported speech and
attribution ("according to"), negation, conditions ("unless", "if", "provided that"; "se", "a
condizione che", "a meno che"), hypotheticals and futures, among sentences that state no relation,
and scraping noise (share buttons, newsletter boxes, photo credits, comment sections) of the kinds
the clean stage removes.

The same seed gives the same articles, byte for byte. Output is written as it is made, one article
at a time, so a file of any size is written in steady memory.

    python bench/corpus.py articles.jsonl --documents 1000
    python bench/corpus.py big.jsonl --megabytes 1000                  # one gigabyte of JSON Lines
    python bench/corpus.py folder/ --format html --documents 50        # one file per article
    python bench/corpus.py - --documents 20 --italian 0 | kg ingest -
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import itertools
import json
import random
import re
import string
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.actors.gazetteer import Entry, Gazetteer  # noqa: E402
from kg.relations.lexicon import load_lexicon  # noqa: E402

FORMATS = ("jsonl", "txt", "html")
FIRST_DAY = dt.date(2023, 1, 1)
DAYS = 1000


# --- language data of the generator ---------------------------------------------------------------
# Every template is a sentence of this generator's own. Placeholders: {a} who acts, {b} whom it
# acts on, {c} who says so; {v} the verb for a present statement ("criticizes", "critica"), {inf} its
# infinitive ("criticize", "criticare"), {pp} its participle ("criticato", Italian only); {cond} a
# condition for "if"/"unless" and {sub} the same in the subjunctive (Italian); {day}, {city}, {topic}.


@dataclass(frozen=True)
class Language:
    code: str
    relations: tuple[str, ...]
    fillers: tuple[str, ...]
    headlines: tuple[str, ...]
    conditions: tuple[tuple[str, str], ...]  # (for "if"/"unless", subjunctive)
    topics: tuple[str, ...]
    weekdays: tuple[str, ...]
    outlets: tuple[str, ...]
    noise: tuple[str, ...]
    comments_header: str
    comments: tuple[str, ...]
    verb: Callable[[str], dict[str, str]]
    actor: Callable[[Entry, random.Random], str]
    titled: Callable[[Entry, str, Entry], str]


ENGLISH_RELATIONS = (
    "{a} {v} {b}, {c} said on {day}.",
    "{c} said on {day} that {a} {v} {b}.",
    "According to {c}, {a} {v} {b}.",
    "{a} {v} {b} in a statement released in {city} on {day}.",
    "In {city}, {a} openly {v} {b} over {topic}.",
    "{a} {v} {b}.",
    "{a} does not {inf} {b}, {c} insisted.",
    "{a} will not {inf} {b}, {c} told reporters in {city}.",
    "{a} never {v} {b} in public, {c} noted.",
    "{a} will {inf} {b} unless {b} {cond}, {c} warned.",
    "{a} is ready to {inf} {b} if {b} {cond}.",
    "{a} would {inf} {b} only provided that {b} {cond}, {c} said.",
    "{a} could {inf} {b} in the coming weeks, {c} said.",
    "{a} may {inf} {b} if talks on {topic} collapse.",
)
ENGLISH_FILLERS = (
    "Talks are expected to resume in {city} next week.",
    "The ministry did not respond to a request for comment.",
    "Diplomats described the meeting as tense but constructive.",
    "Markets in {city} reacted calmly to the news.",
    "The statement came after weeks of tension over {topic}.",
    "Analysts said the move was aimed mainly at a domestic audience.",
    "Officials gave no further details on {day}.",
    "{c} is due to travel to {city} later this month.",
    "The row over {topic} has dragged on for more than a year.",
    "Neither side published the full text of the agreement.",
)
ENGLISH_HEADLINES = ("{a} {v} {b} over {topic}", "{a} {v} {b} as tensions rise", "{c}: {a} {v} {b}")

ITALIAN_RELATIONS = (
    "{a} {v} {b}, ha detto {c} {day}.",
    "{c} ha dichiarato {day} che {a} {v} {b}.",
    "Secondo {c}, {a} {v} {b}.",
    "{a} ha {pp} {b} in una nota diffusa a {city} {day}.",
    "A {city}, {a} ha {pp} apertamente {b} sulla questione di {topic}.",
    "{a} ha {pp} {b}.",
    "{a} non {v} {b}, ha insistito {c}.",
    "{a} non ha {pp} {b}, ha spiegato {c} a {city}.",
    "{a} non {v} {b} a meno che {b} non {sub}.",
    "{a} potrebbe {inf} {b} se {b} {cond}, ha avvertito {c}.",
    "{a} intende {inf} {b} a condizione che {b} {sub}.",
    "{a} potrebbe {inf} {b} nelle prossime settimane, secondo {c}.",
)
ITALIAN_FILLERS = (
    "I colloqui dovrebbero riprendere a {city} la prossima settimana.",
    "Il ministero non ha risposto a una richiesta di commento.",
    "I diplomatici hanno descritto l'incontro come teso ma costruttivo.",
    "I mercati di {city} hanno reagito con calma alla notizia.",
    "La dichiarazione arriva dopo settimane di tensioni sulla questione di {topic}.",
    "Secondo gli analisti la mossa è rivolta soprattutto al pubblico interno.",
    "Non sono stati forniti altri dettagli.",
    "{c} è atteso a {city} entro la fine del mese.",
    "La disputa su {topic} va avanti da oltre un anno.",
)
ITALIAN_HEADLINES = ("{a} {v} {b} su {topic}", "{c}: {a} {v} {b}", "{a} {v} {b}, sale la tensione")


def english_verb(lemma: str) -> dict[str, str]:
    """The third person singular is regular in English but for a handful of verbs none of the triggers are."""
    if re.search(r"(s|x|z|ch|sh|[^aeiou]o)$", lemma):
        third = lemma + "es"
    elif re.search(r"[^aeiou]y$", lemma):
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return {"v": third, "inf": lemma}


def italian_verb(lemma: str) -> dict[str, str]:
    """First-conjugation verbs only (``-are``), whose present and participle are regular."""
    stem = lemma[: -len("are")]
    return {"v": stem + "a", "inf": lemma, "pp": stem + "ato"}


def english_actor(entry: Entry, rng: random.Random) -> str:
    """A state by its name, capital or seat; an organisation by its name, with "the" where English wants it."""
    forms = {alias.kind: alias.text for alias in reversed(entry.aliases) if alias.lang in ("en", None)}
    name = entry.names.get("en") or entry.name
    if entry.type == "State":
        choices = [_english_article(name)] * 3 + [forms[k] for k in ("capital", "seat") if k in forms]
        return rng.choice(choices)
    if entry.type in ("Media", "Group") or " " not in name or name.isupper() or name.startswith("The "):
        return name
    return "the " + name


def _english_article(name: str) -> str:
    words = name.split()
    plural_or_compound = words[0] in ("United", "Central", "Dominican", "Czech") or words[-1] in (
        "Republic", "Islands", "Emirates", "Netherlands", "Philippines", "Bahamas", "Maldives", "Comoros", "Gambia")
    return "the " + name if plural_or_compound else name


def italian_actor(entry: Entry, rng: random.Random) -> str:
    """A state by its capital or seat (the Italian press's habit, and no article to agree);
    an organisation by its Italian name with the article of its first word."""
    if entry.type == "State":
        forms = [a.text for a in entry.aliases if a.lang in ("it", None) and a.kind in ("capital", "seat")]
        return rng.choice(forms)
    name = entry.names.get("it") or entry.name
    if entry.type == "Media" or " " not in name and not name.isupper():
        return name
    first = name.split()[0]
    feminine = name.isupper() or first[-1] in "ae" and first not in ("Programma",)
    if name[0].lower() in "aeiou":
        return "l'" + name
    return ("la " if feminine else "il ") + name


def english_titled(person: Entry, title: str, of: Entry) -> str:
    """ "Russian Foreign Minister Sergei Lavrov", "Arab League Secretary General Ahmed Aboul Gheit"."""
    words = " ".join(w if w.isupper() else w.capitalize() for w in title.split())
    if of.type == "State":
        of_name = next((a.text for a in of.aliases if a.kind == "demonym" and a.lang == "en"), None)
    else:
        of_name = of.names.get("en") or of.name
    return f"{of_name} {words} {person.name}" if of_name else f"{words} {person.name}"


def italian_titled(person: Entry, title: str, of: Entry) -> str:
    """ "il ministro degli Esteri russo Sergei Lavrov"; the masculine forms, as much of the press writes."""
    demonym = next((a.text for a in of.aliases if a.kind == "demonym" and a.lang == "it"), None) if of.type == "State" else None
    article = "l'" if title[0] in "aeiou" else "lo " if re.match(r"s[^aeiou]|z", title) else "il "
    return f"{article}{title} {demonym + ' ' if demonym else ''}{person.name}"


LANGUAGES = {
    "en": Language(
        code="en",
        relations=ENGLISH_RELATIONS,
        fillers=ENGLISH_FILLERS,
        headlines=ENGLISH_HEADLINES,
        conditions=tuple((c, c) for c in (
            "withdraws its troops", "lifts the sanctions", "releases the prisoners", "stops the strikes",
            "returns to the negotiating table", "accepts a ceasefire", "reopens the border")),
        topics=("energy prices", "the ceasefire talks", "grain exports", "the border", "nuclear inspections",
                "arms deliveries", "trade tariffs", "migration", "the gas pipeline", "frozen assets"),
        weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        outlets=("Harbourline Daily", "The Meridian Ledger", "Northgate Observer", "Eastbank Courier"),
        noise=("Share this article", "Share on Facebook | Share on X | Email", "Read more: {headline}",
               "Advertisement", "Follow us on Telegram and X", "Newsletter: the morning briefing in your inbox",
               "This article is more than 2 years old", "Photo: {outlet} archive",
               "© {year} {outlet}. All rights reserved.", "5 min read"),
        comments_header="Comments ({count})",
        comments=("reader_81: Words are cheap, let's see what {city} actually does.",
                  "Helga1970: Same story every month.", "pete.w: Nothing changes until {c} makes up their mind."),
        verb=english_verb,
        actor=english_actor,
        titled=english_titled,
    ),
    "it": Language(
        code="it",
        relations=ITALIAN_RELATIONS,
        fillers=ITALIAN_FILLERS,
        headlines=ITALIAN_HEADLINES,
        conditions=(("ritirerà le truppe", "ritiri le truppe"), ("revocherà le sanzioni", "revochi le sanzioni"),
                    ("libererà i prigionieri", "liberi i prigionieri"), ("fermerà gli attacchi", "fermi gli attacchi"),
                    ("tornerà al tavolo dei negoziati", "torni al tavolo dei negoziati"),
                    ("accetterà il cessate il fuoco", "accetti il cessate il fuoco")),
        topics=("prezzi dell'energia", "negoziati per la tregua", "esportazioni di grano", "confini", "ispezioni nucleari",
                "forniture di armi", "dazi", "migranti", "gasdotto", "beni congelati"),
        weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
        outlets=("Gazzetta del Molo", "Il Corriere di Levante", "La Voce del Borgo"),
        noise=("Condividi su Facebook | WhatsApp | Email", "Leggi anche: {headline}", "Pubblicità",
               "Seguici su Telegram", "Iscriviti alla newsletter del mattino", "Foto: archivio {outlet}",
               "© {year} {outlet}. Tutti i diritti riservati.", "3 minuti di lettura"),
        comments_header="Commenti ({count})",
        comments=("marco_b72: Belle parole, vediamo cosa farà davvero {city}.", "lucia.r: Sempre la stessa storia.",
                  "gianni58: Finché {c} non decide non cambia niente."),
        verb=italian_verb,
        actor=italian_actor,
        titled=italian_titled,
    ),
}


# --- what the articles are made of ----------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """An actor as this generator writes it: first mention (people with their title) and later ones."""

    id: str
    first: str
    later: tuple[str, ...]
    person: bool


@dataclass(frozen=True)
class Cast:
    """Everyone an article of one language may mention, and the verbs it may use."""

    figures: tuple[Figure, ...]
    cum_weights: tuple[float, ...]  # for random.choices: how often each figure is cast
    cities: tuple[str, ...]
    verbs: tuple[dict[str, str], ...]


@cache
def cast(lang: str) -> Cast:
    """The actors of the gazetteer and the verb triggers of the lexicon, written for ``lang``."""
    language = LANGUAGES[lang]
    gazetteer = Gazetteer.load()
    figures, weights = [], []
    governed = {o.of for e in gazetteer.entries.values() if e.type == "Person" for o in gazetteer.offices(e.id)}
    rng = random.Random(lang)  # surface forms chosen once per actor, the same on every run
    for entry in sorted(gazetteer.entries.values(), key=lambda e: e.id):
        if entry.type == "Person":
            offices = [o for o in gazetteer.offices(entry.id) if o.end is None and o.of in gazetteer.entries]
            titles = [t.text for o in offices[-1:] for t in gazetteer.titles(lang) if t.role == o.role]
            if not titles:
                continue  # people without a current title are left out: first mentions always carry one
            first = language.titled(entry, titles[0], gazetteer.get(offices[-1].of))
            surname = entry.name.split()[-1]
            later = (entry.name, surname) if len(surname) > 2 and not surname.isupper() else (entry.name,)
            figures.append(Figure(entry.id, first, later, True))
            weights.append(3.0)
        elif entry.type == "State" and lang == "it" and not any(a.kind in ("capital", "seat") and a.lang in ("it", None) for a in entry.aliases):
            continue
        else:
            forms = tuple(language.actor(entry, rng) for _ in range(3))
            figures.append(Figure(entry.id, forms[0], forms, False))
            weights.append(3.0 if entry.id in governed else 1.0 if entry.type != "Media" else 0.5)
    cities = tuple(sorted({a.text for e in gazetteer.entries.values() if e.type == "State"
                           for a in e.aliases if a.kind == "capital" and a.lang == lang}))
    lexicon = load_lexicon(lang, derived=False)
    lemmas = sorted({
        t.lemma for triggers in lexicon.triggers.values() for t in triggers
        if t.frame == "verb" and t.subject == ("agent",) and t.object == ("patient",)
        and not (t.requires or t.unless or t.condition) and " " not in t.lemma and (lang != "it" or t.lemma.endswith("are"))
    })
    return Cast(tuple(figures), tuple(itertools.accumulate(weights)), cities, tuple(language.verb(lemma) for lemma in lemmas))


@dataclass(frozen=True)
class Block:
    text: str
    noise: bool = False


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    date: str
    lang: str
    url: str
    source: str
    blocks: tuple[Block, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)

    def record(self) -> dict[str, str]:
        """The JSON Lines record ``kg ingest`` reads."""
        return {"id": self.id, "title": self.title, "date": self.date, "source": self.source,
                "url": self.url, "lang": self.lang, "text": self.text}

    def html(self) -> str:
        """A page as scraped: navigation, the article, noise in asides and a footer around it."""
        body = "\n".join(
            f'<aside class="widget">{html.escape(b.text)}</aside>' if b.noise else f"<p>{html.escape(b.text)}</p>"
            for b in self.blocks
        )
        return (
            f'<!DOCTYPE html>\n<html lang="{self.lang}"><head><meta charset="utf-8"><title>{html.escape(self.title)}</title>'
            f'<meta name="date" content="{self.date}"></head>\n<body><nav>Home | World | Politics | Business</nav>\n'
            f"<article><h1>{html.escape(self.title)}</h1>\n{body}\n</article>\n"
            f"<footer>{html.escape(self.source)}</footer></body></html>\n"
        )


def article(seed: int, index: int, italian: float = 0.3, noise: float = 0.5) -> Article:
    """Article number ``index`` of the corpus ``seed``: the same arguments, the same article."""
    rng = random.Random(f"{seed}:{index}")
    lang = "it" if rng.random() < italian else "en"
    language, people = LANGUAGES[lang], cast(lang)
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    outlet = rng.choice(language.outlets)
    members = _distinct(rng, people, rng.randint(3, 6))
    speakers = [f for f in members if f.person][:2]
    if not speakers:  # someone has to say things: a person from outside the cast
        speakers = [_outsider(rng, people, members)]
    mentioned: set[str] = set()
    weekday = language.weekdays[day.weekday()]
    fillers = list(language.fillers)
    rng.shuffle(fillers)

    def name(figure: Figure) -> str:
        if figure.id in mentioned:
            return rng.choice(figure.later)
        mentioned.add(figure.id)
        return figure.first

    def sentence(template: str) -> str:
        wanted = placeholders(template)
        fields: dict[str, str] = {"day": weekday}
        for key, values in (("city", people.cities), ("topic", language.topics)):
            if key in wanted:
                fields[key] = rng.choice(values)
        if wanted & {"cond", "sub"}:
            fields.update(zip(("cond", "sub"), rng.choice(language.conditions)))
        if wanted & {"v", "inf", "pp"}:
            fields.update(rng.choice(people.verbs))
        if wanted & {"a", "b", "c"}:
            # only the actors the sentence names count as mentioned: the first to appear gets the title
            a, b = rng.sample(members, 2)
            speaker = rng.choice([s for s in speakers if s not in (a, b)] or [s for s in members if s not in (a, b)])
            fields.update((key, name(figure)) for key, figure in (("a", a), ("b", b), ("c", speaker)) if key in wanted)
        text = template.format(**fields)
        return text[0].upper() + text[1:]

    headline = sentence(rng.choice(language.headlines))
    mentioned.clear()  # the first mention in the text gets the full title, whatever the headline said
    paragraphs = []
    for _ in range(rng.randint(4, 8)):
        # relations more often than not; a filler at most once per article
        templates = [rng.choice(language.relations) if rng.random() < 0.65 or not fillers else fillers.pop()
                     for _ in range(rng.randint(2, 5))]
        paragraphs.append(" ".join(sentence(t) for t in templates))
    blocks = [Block(p) for p in paragraphs]
    if rng.random() < noise:
        extras = {"headline": sentence(rng.choice(language.headlines)), "outlet": outlet, "year": day.year}
        for line in rng.sample(language.noise, rng.randint(2, 4)):
            blocks.insert(rng.randint(1, len(blocks)), Block(line.format(**extras), noise=True))
        if rng.random() < 0.5:
            count = rng.randint(1, len(language.comments))
            comments = [language.comments_header.format(count=count)] + [
                c.format(city=rng.choice(people.cities), c=name(rng.choice(members))) for c in rng.sample(language.comments, count)]
            blocks.append(Block("\n".join(comments), noise=True))
    doc_id = f"{lang}-{seed}-{index:08d}"
    slug = re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")[:60]
    return Article(doc_id, headline, day.isoformat(), lang, f"https://news.example/{lang}/{day:%Y/%m/%d}/{slug}-{index}",
                   outlet, tuple(blocks))


@cache
def placeholders(template: str) -> frozenset[str]:
    return frozenset(field for _, field, _, _ in string.Formatter().parse(template) if field)


def _outsider(rng: random.Random, people: Cast, members: list[Figure]) -> Figure:
    """A person from outside the cast: someone to quote."""
    while True:
        figure = rng.choices(people.figures, cum_weights=people.cum_weights)[0]
        if figure.person and figure not in members:
            return figure


def _distinct(rng: random.Random, people: Cast, count: int) -> list[Figure]:
    chosen: dict[str, Figure] = {}
    while len(chosen) < count:
        figure = rng.choices(people.figures, cum_weights=people.cum_weights)[0]
        chosen.setdefault(figure.id, figure)
    return list(chosen.values())


def articles(seed: int = 7, italian: float = 0.3, noise: float = 0.5, start: int = 0) -> Iterator[Article]:
    """The corpus ``seed``, article after article, without end."""
    index = start
    while True:
        yield article(seed, index, italian, noise)
        index += 1


# --- writing -------------------------------------------------------------------------------------


def write(
    target: Path | TextIO, stream: Iterable[Article], fmt: str = "jsonl",
    documents: int | None = None, megabytes: float | None = None,
) -> tuple[int, int]:
    """Write articles until ``documents`` are written or ``megabytes`` reached; (articles, bytes).

    ``jsonl`` goes to one file (or an open text stream such as stdout), ``txt`` and ``html`` to a
    folder, one file per article.
    """
    if documents is None and megabytes is None:
        raise ValueError("give documents or megabytes")
    limit = megabytes * 1e6 if megabytes is not None else float("inf")
    written = size = 0
    sink = None
    if fmt == "jsonl":
        sink = target.open("w", encoding="utf-8") if isinstance(target, Path) else target
    else:
        Path(target).mkdir(parents=True, exist_ok=True)
    try:
        for item in stream:
            if written == documents or size >= limit:
                break
            if fmt == "jsonl":
                data = json.dumps(item.record(), ensure_ascii=False) + "\n"
                sink.write(data)
            elif fmt == "txt":
                data = f"{item.title}\n\n{item.text}\n"
                (Path(target) / f"{item.id}.txt").write_text(data, encoding="utf-8")
            else:
                data = item.html()
                (Path(target) / f"{item.id}.html").write_text(data, encoding="utf-8")
            written += 1
            size += len(data.encode("utf-8"))
    finally:
        if sink is not None and sink is not target:
            sink.close()
    return written, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", help="A .jsonl file, - for stdout, or a folder for --format txt|html.")
    size = parser.add_mutually_exclusive_group(required=True)
    size.add_argument("--documents", type=int, help="How many articles.")
    size.add_argument("--megabytes", type=float, help="Stop once this many megabytes are written.")
    parser.add_argument("--format", choices=FORMATS, default="jsonl")
    parser.add_argument("--seed", type=int, default=7, help="Same seed, same articles.")
    parser.add_argument("--italian", type=float, default=0.3, help="Share of Italian articles (0..1).")
    parser.add_argument("--noise", type=float, default=0.5, help="Share of articles with scraping noise (0..1).")
    args = parser.parse_args()
    if args.target == "-" and args.format != "jsonl":
        parser.error("only JSON Lines can go to stdout")
    target = sys.stdout if args.target == "-" else Path(args.target)
    count, size_ = write(target, articles(args.seed, args.italian, args.noise), args.format, args.documents, args.megabytes)
    print(f"wrote {count} articles, {size_ / 1e6:,.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
