"""The ``kg`` command: a thin shell over the library. Errors become one line on stderr."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, ContextManager, List, Optional

import typer
from tqdm import tqdm

from kg.errors import FormatError, KGError, NotFoundError, ReadError, ValidationError
from kg.settings import Settings, blas_on_one_thread, cluster_address, store_location

if TYPE_CHECKING:
    from kg.extract.read import Reading

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Build and query a knowledge graph of actors and relations in the news.")

StoreOption = typer.Option(
    None, "--store", callback=lambda value: value and store_location("--store", value),
    help="Store folder, or the URL of a SPARQL query endpoint such as http://127.0.0.1:7878/query (default: $KG_STORE or data/store).",
)
EndpointOption = typer.Option(None, "--endpoint", help="A SPARQL endpoint to use instead of the store (default: $KG_ENDPOINT).")
ClusterOption = typer.Option(
    None, "--cluster", callback=lambda value: value and cluster_address("--cluster", value),
    help="Extract on a Dask cluster instead: local:N (N worker processes here) or a scheduler's tcp://HOST:8786 (default: $KG_CLUSTER); one writer stores, in input order.",
)
StrictOption = typer.Option(
    False, "--strict", help="Stop at the first record that cannot be read (a malformed JSON line, an id taken twice) instead of leaving it out with a warning."
)


@app.callback()
def check_settings() -> None:
    # every KG_* variable is read before any command starts, so a bad one stops it before it does any work
    Settings.from_env()


def settings(**overrides: object) -> Settings:
    """The ``KG_*`` settings with the command's flags on top (flags left unset change nothing)."""
    return Settings.from_env().replace(**overrides)


def held_cluster(config: Settings) -> ContextManager[None]:
    """The Dask cluster ``config`` names (if any), reached, or started, once for the whole command. Entered
    before the store is opened: a scheduler that cannot be reached (E902) leaves no new store folder behind."""
    if config.cluster is None:
        return contextlib.nullcontext()
    from kg.extract.cluster import connected  # Dask loads only when a cluster is asked for

    return connected(config.cluster)


def read_input(paths: List[str], strict: bool) -> Reading:
    """The documents under ``paths``, every file checked now and the records streamed; a record left
    out is a warning on stderr as it is met (``--strict``: the first one ends the reading, and
    ``finish()`` raises it once what came before is done)."""
    from kg.extract.read import Reading

    def warn(error: ReadError) -> None:
        typer.echo(f"kg: warning: {error} Left out.", err=True)

    return Reading(paths, on_skip=None if strict else warn)


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Files or folders (.txt, .html, .jsonl), or - for stdin; RDF files (.nq, .trig …) are bulk-loaded as by kg load."),
    store: Optional[str] = StoreOption,
    strict: bool = StrictOption,
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Processes that extract (default: $KG_WORKERS or 1); one writer stores, in input order."),
    cluster: Optional[str] = ClusterOption,
) -> None:
    """Read, extract and store documents; re-ingesting unchanged documents is a no-op."""
    from kg.actors.gazetteer import Gazetteer
    from kg.store.ingest import ingest as run_ingest
    from kg.extract.pipeline import Pipeline
    from kg.store import from_settings
    from kg.store.bulk import is_rdf_file

    config = settings(store=store, workers=workers, cluster=cluster)
    dumps = [Path(p) for p in paths if is_rdf_file(p)]  # RDF (an export, a dump) is not extracted: it is bulk-loaded
    paths = [p for p in paths if not is_rdf_file(p)]
    if not paths:
        return load(dumps, graph=None, store=store, compact=False)
    # every input file, user alias files included, is checked before the store is touched; the records stream
    reading = read_input(paths, strict)
    pipeline = Pipeline(config, freeze_after_loading=True)  # kg's own process: its models live as long as it
    Gazetteer.load(extra=config.aliases)
    with held_cluster(config):
        if dumps:
            load(dumps, graph=None, store=store)
        target = from_settings(config, read_only=False, endpoint=False)
        with tqdm(total=reading.total, unit="doc", disable=None, file=sys.stderr, desc="ingest") as bar:
            report = run_ingest(target, reading, pipeline, on_document=lambda _: bar.update())
    report.skipped = reading.skipped
    totals = target.stats()
    target.close()
    for warning in report.warnings:
        typer.echo(f"kg: warning: {warning}", err=True)
    typer.echo(report.summary())
    typer.echo(f"store {config.store}: {totals.documents} documents, {totals.actors} actors, {totals.relations} relations, {totals.triples} triples")
    reading.finish()  # a record that stopped --strict (or a file that cannot be read): what came before it is stored


@app.command()
def load(
    files: Optional[List[Path]] = typer.Argument(None, help="RDF files: .nq, .trig, .jsonld (named graphs kept), .ttl, .nt, .rdf."),
    graph: Optional[str] = typer.Option(None, "--graph", help="The named graph for the triples of .ttl, .nt and .rdf files (default: the default graph)."),
    store: Optional[str] = StoreOption,
    compact: bool = typer.Option(False, "--compact", help="Then merge the store's files, so that read-only processes (kg query, a notebook) scan it faster (28 s after a load of ten million triples). Without files: compact the store only."),
) -> None:
    """Bulk-load RDF files (an export, a dump) into the store: fast, all files or nothing; quads are added, never replaced."""
    from kg.store import store_folder
    from kg.store.bulk import compact_store, load_files

    if not files and not compact:
        raise typer.BadParameter("give RDF files to load, or --compact to compact the store", param_hint="FILES")
    config = settings(store=store)
    folder = store_folder(config, "load", "the bulk loader writes the store's files. Load RDF into an endpoint with its own loader (`oxigraph load`, Fuseki's tdb2.tdbloader) or its Graph Store.")
    if files:
        with tqdm(total=sum(f.stat().st_size for f in files if f.is_file()), unit="B", unit_scale=True,
                  disable=None, file=sys.stderr, desc="load") as bar:
            report = load_files(folder, files, graph=graph, on_progress=bar.update)
        typer.echo(report.summary())
    if compact:
        typer.echo(f"compacted the store in {compact_store(folder):.1f} s")


@app.command()
def watch(
    sources: List[str] = typer.Argument(..., help="Folders or files to follow, and URLs of RSS or Atom feeds."),
    interval: float = typer.Option(300.0, "--interval", min=1.0, help="Seconds between passes over the sources."),
    once: bool = typer.Option(False, "--once", help="Make one pass and exit."),
    store: Optional[str] = StoreOption,
    state: Optional[Path] = typer.Option(
        None, "--state", help="The file that recognises sources unchanged (default: beside the store folder; for a URL, in ~/.cache/kg/watch/). Deleting it costs a re-read, never an item."
    ),
    cluster: Optional[str] = ClusterOption,
) -> None:
    """Follow folders and RSS/Atom feeds: ingest what is new as it appears; restarted, it goes on where it stopped."""
    from kg.actors.gazetteer import Gazetteer
    from kg.extract.pipeline import Pipeline
    from kg.extract.watch import PassReport, WatchState, Watcher, parse_sources, state_path, stop_on_signals
    from kg.store import from_settings

    config = settings(store=store, cluster=cluster)
    followed = parse_sources(sources)
    seen = WatchState.read(state or state_path(config.store))
    Gazetteer.load(extra=config.aliases)

    def report(done: PassReport) -> None:
        for warning in done.warnings:
            typer.echo(f"kg: warning: {warning}", err=True)
        typer.echo(done.summary())

    with held_cluster(config):  # one cluster for every pass, not one per source and pass
        target = from_settings(config, read_only=False, endpoint=False)
        try:
            with stop_on_signals() as stop:
                watcher = Watcher(target, followed, seen, Pipeline(config), stop=stop)
                watcher.run(interval, once, on_pass=report)
                watcher.close()
            totals = target.stats()
        finally:
            target.close()
    typer.echo(f"store {config.store}: {totals.documents} documents, {totals.actors} actors, {totals.relations} relations, {totals.triples} triples")


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Files or folders, or - for JSON Lines / text on stdin."),
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl or ttl"),
    strict: bool = StrictOption,
) -> None:
    """Run the pipeline without a store and print the result (JSON Lines or Turtle)."""
    from kg.extract.output import extraction_json
    from kg.extract.pipeline import Pipeline
    from kg.store.rdf import to_quads
    from kg.store.embedded import open_store

    if format not in ("jsonl", "ttl"):
        raise FormatError("E504", fmt=format, known="jsonl, ttl")
    reading = read_input(paths, strict)
    extractions = Pipeline(settings()).extract(reading)
    if format == "jsonl":
        for extraction in extractions:
            typer.echo(extraction_json(extraction))
        return reading.finish()
    memory = open_store(None)
    for extraction in extractions:
        memory.put_document(to_quads(extraction))
    sys.stdout.buffer.write(memory.dump("trig", ontology=False))
    reading.finish()


@app.command()
def query(
    sparql: str = typer.Argument(..., help="A SPARQL query, or @file.rq to read it from a file."),
    format: str = typer.Option("table", "--format", "-f", help="table, json, xml, csv, tsv (SELECT/ASK); ttl, nt, rdfxml, jsonld (CONSTRUCT/DESCRIBE)"),
    store: Optional[str] = StoreOption,
    endpoint: Optional[str] = EndpointOption,
) -> None:
    """Run a SPARQL query on the store, or on any SPARQL endpoint with --endpoint, and print the answer."""
    from kg.store import from_settings
    from kg.store.query import execute, named, run, to_table

    if sparql.startswith("@") and not Path(sparql[1:]).is_file():
        raise ReadError("E101", path=sparql[1:])
    text = Path(sparql[1:]).read_text(encoding="utf-8") if sparql.startswith("@") else sparql
    config = settings(store=store, endpoint=endpoint)
    target = from_settings(config)
    try:
        if format == "table":
            typer.echo(to_table(execute(target, text, limit=config.result_limit)))
        else:
            sys.stdout.buffer.write(run(target, text, named(format), config.result_limit).body)
    finally:
        target.close()


@app.command()
def stats(store: Optional[str] = StoreOption, endpoint: Optional[str] = EndpointOption) -> None:
    """Counts of documents, actors, relations and triples, in the store or at a SPARQL endpoint."""
    from kg.store import from_settings

    target = from_settings(settings(store=store, endpoint=endpoint))
    try:
        typer.echo(json.dumps(target.stats().__dict__))
    finally:
        target.close()


@app.command()
def export(
    format: str = typer.Option("trig", "--format", "-f", help="ttl, trig, nq, nt, rdfxml, jsonld, graphml, gexf or csv"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
    store: Optional[str] = StoreOption,
) -> None:
    """Export the whole graph: RDF (named graphs kept in trig/nq), compact JSON-LD, the actor network or a CSV of assertions."""
    from kg.store import from_settings
    from kg.store.export import export as run_export

    data = run_export(from_settings(settings(store=store), endpoint=False), format)
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)


@app.command()
def remove(doc_ids: List[str] = typer.Argument(..., help="Ids of stored documents."), store: Optional[str] = StoreOption) -> None:
    """Delete documents, and the actor descriptions nothing else uses; all ids are checked before anything is deleted."""
    from kg.store import from_settings

    target = from_settings(settings(store=store), read_only=False, endpoint=False)
    missing = [doc_id for doc_id in doc_ids if target.document_hash(doc_id) is None]
    if missing:
        target.close()
        raise NotFoundError("E403", doc_id=missing[0])
    for doc_id in doc_ids:
        target.remove_document(doc_id)
        typer.echo(f"removed {doc_id}")
    totals = target.stats()
    target.close()
    typer.echo(f"{totals.documents} documents, {totals.actors} actors, {totals.relations} relations, {totals.triples} triples left")


@app.command()
def backup(
    path: Path = typer.Argument(..., help="A new folder for the copy."),
    store: Optional[str] = StoreOption,
) -> None:
    """Copy the store, as it is now, into a new folder (itself a store; `kg restore PATH` puts it back)."""
    from kg.store import store_folder
    from kg.store.backup import backup_store

    config = settings(store=store)
    totals = backup_store(store_folder(config, "backup", "a backup is a copy of the folder's files; back up an endpoint with its own tools (`oxigraph backup`, `oxigraph dump`) or `kg export --format nq`."), path)
    typer.echo(f"backed up {config.store} to {path}: {totals.documents} documents, {totals.actors} actors, {totals.relations} relations, {totals.triples} triples")


@app.command()
def restore(
    path: Path = typer.Argument(..., help="A folder written by `kg backup`."),
    store: Optional[str] = StoreOption,
    force: bool = typer.Option(False, "--force", help="Replace a store that is not empty."),
) -> None:
    """Replace the store with a backup; a store that holds anything only with --force."""
    from kg.store import store_folder
    from kg.store.backup import restore_store

    config = settings(store=store)
    totals = restore_store(path, store_folder(config, "restore", "a backup is restored as the folder's files; restore an endpoint with its own tools."), force=force)
    typer.echo(f"restored {config.store} from {path}: {totals.documents} documents, {totals.actors} actors, {totals.relations} relations, {totals.triples} triples")


@app.command()
def validate(store: Optional[str] = StoreOption) -> None:
    """Check the store against the SHACL shapes (ontologies/shapes.ttl); exits 1 on any violation."""
    from kg.errors import ValidationError
    from kg.store import from_settings
    from kg.store.validate import validate_store

    report = validate_store(from_settings(settings(store=store), endpoint=False))
    typer.echo(report.text())
    if not report.conforms:
        raise ValidationError("E302", count=len(report.violations))


@app.command()
def actors(
    q: Optional[str] = typer.Option(None, "--q", help="Only actors whose name or an alias contains this text."),
    merges: bool = typer.Option(False, "--merges", help="Also list each surface form merged into the actor, by which rule, in which documents."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    store: Optional[str] = StoreOption,
) -> None:
    """Actors in the store: types, aliases, mention counts and external identifiers."""
    from kg.explore.actors import actor_merges, actors_json, format_actors, list_actors
    from kg.store import from_settings

    target = from_settings(settings(store=store), endpoint=False)
    found = list_actors(target, q)
    merged = {a.iri: actor_merges(target, a.iri) for a in found} if merges else None
    typer.echo(actors_json(found, merged) if as_json else format_actors(found, merged))


@app.command("eval")
def evaluate(
    kind: str = typer.Argument(..., help="entities or relations"),
    gold: list[Path] = typer.Argument(..., help="Annotated JSON Lines files, scored together (see kg/evaluation/scoring.py)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    errors: bool = typer.Option(False, "--errors", help="Also list every miss and spurious item."),
    calibrate: bool = typer.Option(False, "--calibrate", help="relations only: rewrite the confidence table from per-frame precision on the gold files."),
) -> None:
    """Precision, recall and F1 of the extractors against annotated documents (KG_RELATIONS=rules|model|both for an ablation)."""
    from kg.evaluation.scoring import EVALUATORS, calibrate as run_calibration, evaluate as run_evaluation
    from kg.extract.pipeline import Pipeline

    if kind not in EVALUATORS:
        raise ValidationError("E816", field="evaluation kind", value=kind, known=", ".join(EVALUATORS))
    for path in gold:
        if not path.exists():
            raise ReadError("E101", path=path)
    if calibrate and kind == "relations":
        typer.echo(run_calibration(gold, Pipeline(settings())))
        return
    report = run_evaluation(kind, gold, Pipeline(settings()))
    typer.echo(json.dumps(report.as_dict(), indent=2) if as_json else report.table())
    if errors:
        for line in report.errors:
            typer.echo(line)


@app.command()
def train(
    gold: List[Path] = typer.Argument(..., help="Annotated JSON Lines to learn from (the train split)."),
    ner: Optional[str] = typer.Option(None, "--ner", help="Instead, fine-tune the entity recogniser of this language (it) on its documents."),
    out: Optional[Path] = typer.Option(None, "--out", help="With --ner, the folder to write (default ontologies/models/ner-<lang>/)."),
) -> None:
    """Fit the pair classifier of kg_relations and write ontologies/models/relations-<lang>.tsv; with
    --ner it, fine-tune the Italian entity recogniser and write ontologies/models/ner-it/."""
    for path in gold:
        if not path.exists():
            raise ReadError("E101", path=path)
    if ner is not None:
        from kg.evaluation.recogniser import train_recogniser

        typer.echo(train_recogniser(gold, ner, out).line())
        return
    from kg.evaluation.training import train as fit

    for report in fit(gold):
        typer.echo(report.line())


lexicon_app = typer.Typer(no_args_is_help=True, help="Derived language data of the relation lexicons.")
app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command("wordnet")
def lexicon_wordnet(folder: Path = typer.Option(Path("/usr/share/wordnet"), "--wordnet", help="WordNet 3.0 WNDB files (Debian's wordnet-base).")) -> None:
    """Rewrite ontologies/lexicon/en.wordnet.tsv (unlisted synonyms and hyponyms of the English triggers,
    from WordNet) and it.wordnet.tsv (Italian words sharing an English trigger's sense, from MultiWordNet)."""
    from kg.relations import multiwordnet
    from kg.relations.lexicon import load_lexicon
    from kg.relations.wordnet import WordNet, write_derived
    from kg.settings import ONTOLOGIES

    english, italian = load_lexicon("en", derived=False), load_lexicon("it", derived=False)
    path = ONTOLOGIES / "lexicon" / "en.wordnet.tsv"
    count = write_derived(english, WordNet.open(folder), path)
    typer.echo(f"wrote {count} derived triggers to {path}")
    path = ONTOLOGIES / "lexicon" / "it.wordnet.tsv"
    count = multiwordnet.write_derived(italian, english, multiwordnet.MultiWordNet.open(), path)
    typer.echo(f"wrote {count} derived triggers to {path}")


@app.command()
def serve(
    host: Optional[str] = typer.Option(None, help="Address to listen on (default 127.0.0.1)."),
    port: Optional[int] = typer.Option(None, help="Port (default 8000)."),
    store: Optional[str] = StoreOption,
) -> None:
    """Serve the SPARQL endpoint, the REST API and the page."""
    from api.runtime.supervisor import serve as run_service
    from kg.store import store_folder

    config = settings(host=host, port=port, store=store)
    store_folder(config, "serve", "it serves a store folder; point clients at the endpoint itself.")
    run_service(config)


analyze_app = typer.Typer(no_args_is_help=True, help="Network analytics: top actors, communities, blocs, dyad timelines, GraphML.")
app.add_typer(analyze_app, name="analyze")
SinceOption = typer.Option(None, "--since", help="Only relations dated on or after this day (YYYY-MM-DD).")
UntilOption = typer.Option(None, "--until", help="Only relations dated on or before this day (YYYY-MM-DD).")
ConfidenceOption = typer.Option(0.0, "--min-confidence", help="Only relations with at least this confidence (0..1).")
# what counts (docs/counting.md): by default the asserted, non-negated interactions, as in Python and the REST API
FactsOption = typer.Option(False, "--facts", help="Count facts too (leaderOf, memberOf …), left out by default.")
NegatedOption = typer.Option("false", "--negated", help="false (affirmed only, the default), true (negated only) or any.")
ModalityOption = typer.Option(
    "asserted", "--modality", help="asserted (the default), hypothetical, future, conditional, a comma list, or any."
)
ActorArgument = typer.Argument(..., help="An actor: canonical name, alias or IRI.")
OtherActorArgument = typer.Argument(..., help="The other actor.")


def _analysed(store: Optional[str], endpoint: Optional[str]):
    from kg.explore.graph import KnowledgeGraph

    return KnowledgeGraph.from_settings(settings(store=store, endpoint=endpoint))


def _counted(facts: bool, negated: str, modality: str):
    """The ``Scope`` the flags ask for, announced on the first line of the answer."""
    from kg.explore.scope import Scope, parse_modality, parse_negated

    scope = Scope.of(facts, parse_negated(negated), parse_modality(modality))
    typer.echo(f"counting {scope.caption}")
    return scope


def _network(store, endpoint, scope, since, until, min_confidence, aggregate: bool = False):
    """The actor network of what ``scope`` counts, within the dates and confidence asked for."""
    with _analysed(store, endpoint) as graph:
        return graph.to_networkx(aggregate=aggregate, since=since, until=until, min_confidence=min_confidence, **scope.arguments)


def _actors_in_network(names, store, endpoint, scope, since, until, min_confidence) -> tuple[list, object]:
    """The named actors (resolved by name, alias or IRI) and the filtered actor network."""
    with _analysed(store, endpoint) as graph:
        actors = [graph.actor(name) for name in names]
        network = graph.to_networkx(since=since, until=until, min_confidence=min_confidence, **scope.arguments)
    for actor in actors:
        if actor.iri not in network:
            raise NotFoundError("E811", actor=actor.name)
    return actors, network


def _echo_groups(table, column: str) -> None:
    for number, members in table.groupby(column, sort=True)["actor"]:
        typer.echo(f"{number:>3}  {', '.join(members)}")


@analyze_app.command("top")
def analyze_top(
    by: str = typer.Option("pagerank", "--by", help="pagerank, degree or betweenness"),
    n: int = typer.Option(10, "-n", help="How many actors to list."),
    store: Optional[str] = StoreOption, endpoint: Optional[str] = EndpointOption,
    since: Optional[str] = SinceOption, until: Optional[str] = UntilOption, min_confidence: float = ConfidenceOption,
    facts: bool = FactsOption, negated: str = NegatedOption, modality: str = ModalityOption,
) -> None:
    """The most central actors of the network."""
    from kg.explore.analytics import centrality

    scope = _counted(facts, negated, modality)
    network = _network(store, endpoint, scope, since, until, min_confidence)
    table = centrality(network, by=by, n=n, **scope.arguments).drop(columns="iri")
    typer.echo(table.to_string(index=False, float_format=lambda x: f"{x:.4f}"))


@analyze_app.command("communities")
def analyze_communities(
    seed: int = typer.Option(7, help="Seed of the Louvain method (same seed, same communities)."),
    blocs: bool = typer.Option(False, "--blocs", help="Signed blocs (cooperation together, conflict apart) instead."),
    store: Optional[str] = StoreOption, endpoint: Optional[str] = EndpointOption,
    since: Optional[str] = SinceOption, until: Optional[str] = UntilOption, min_confidence: float = ConfidenceOption,
    facts: bool = FactsOption, negated: str = NegatedOption, modality: str = ModalityOption,
) -> None:
    """Communities of actors (Louvain), or signed blocs with --blocs; one line per group."""
    from kg.explore.analytics import communities, signed_blocs

    scope = _counted(facts, negated, modality)
    network = _network(store, endpoint, scope, since, until, min_confidence)
    if blocs:
        _echo_groups(signed_blocs(network, **scope.arguments), "bloc")
    else:
        _echo_groups(communities(network, seed=seed, **scope.arguments), "community")


@analyze_app.command("dyad")
def analyze_dyad(
    a: str = ActorArgument,
    b: str = OtherActorArgument,
    freq: str = typer.Option("M", "--freq", help="W (week), M (month), Q (quarter) or Y (year)."),
    csv: Optional[Path] = typer.Option(None, "--csv", help="Write the timeline as CSV here."),
    png: Optional[Path] = typer.Option(None, "--png", help="Draw the timeline into this PNG."),
    store: Optional[str] = StoreOption, endpoint: Optional[str] = EndpointOption,
    since: Optional[str] = SinceOption, until: Optional[str] = UntilOption, min_confidence: float = ConfidenceOption,
    facts: bool = FactsOption, negated: str = NegatedOption, modality: str = ModalityOption,
) -> None:
    """Events between two actors per period: counts by group, mean tone and Goldstein-style sum."""
    from kg.explore.analytics import dyad_timeline

    scope = _counted(facts, negated, modality)
    (first, second), network = _actors_in_network((a, b), store, endpoint, scope, since, until, min_confidence)
    timeline = dyad_timeline(network, first.iri, second.iri, freq=freq, **scope.arguments)
    typer.echo(timeline.to_string(index=False, float_format=lambda x: f"{x:+.2f}"))
    if csv:
        timeline.to_csv(csv, index=False, date_format="%Y-%m-%d")
    if png:
        import matplotlib

        matplotlib.use("Agg")
        from kg.explore.plots import plot_dyad_timeline

        plot_dyad_timeline(timeline, path=png)


@analyze_app.command("path")
def analyze_path(
    a: str = ActorArgument,
    b: str = OtherActorArgument,
    max_hops: int = typer.Option(3, "--max-hops", help="Longest chain to list."),
    limit: int = typer.Option(5, "-n", help="Most chains to list, shortest first."),
    store: Optional[str] = StoreOption, endpoint: Optional[str] = EndpointOption,
    since: Optional[str] = SinceOption, until: Optional[str] = UntilOption, min_confidence: float = ConfidenceOption,
    facts: bool = FactsOption, negated: str = NegatedOption, modality: str = ModalityOption,
) -> None:
    """Chains of relations linking two actors (direction ignored), each hop with its evidence."""
    from kg.explore.analytics import all_paths

    scope = _counted(facts, negated, modality)
    (first, second), network = _actors_in_network((a, b), store, endpoint, scope, since, until, min_confidence)
    paths = all_paths(network, first.iri, second.iri, cutoff=max_hops, limit=limit, **scope.arguments)
    if not paths:
        raise NotFoundError("E813", source=first.name, target=second.name)
    for path in paths:
        typer.echo(f"{path}  ({len(path)} hops)")
        for hop in path.hops.itertuples():
            # pandas reads a missing date as NaT, which is a datetime that cannot be formatted
            when = f"{hop.date:%Y-%m-%d}" if isinstance(hop.date, (dt.date, dt.datetime)) and hop.date == hop.date else "undated"
            typer.echo(f"  {hop.hop}. {hop.subject} {hop.relation} {hop.object} [{when}] {hop.evidence or ''}")


@analyze_app.command("ego")
def analyze_ego(
    actor: str = ActorArgument,
    radius: int = typer.Option(1, "--radius", help="Hops from the actor."),
    graphml: Optional[Path] = typer.Option(None, "--graphml", help="Also write the ego network as GraphML here."),
    store: Optional[str] = StoreOption, endpoint: Optional[str] = EndpointOption,
    since: Optional[str] = SinceOption, until: Optional[str] = UntilOption, min_confidence: float = ConfidenceOption,
    facts: bool = FactsOption, negated: str = NegatedOption, modality: str = ModalityOption,
) -> None:
    """The actors around one actor, with the relations that link each to it, most related first."""
    from kg.explore.analytics import ego_network, write_graphml

    scope = _counted(facts, negated, modality)
    (centre,), network = _actors_in_network((actor,), store, endpoint, scope, since, until, min_confidence)
    ego = ego_network(network, centre.iri, radius=radius, **scope.arguments)
    linked = {}
    for u, v, data in ego.edges(data=True):
        if centre.iri in (u, v) and u != v:
            other = v if u == centre.iri else u
            linked.setdefault(other, []).append(data.get("relation") or "")
    typer.echo(f"{centre.name}: {ego.number_of_nodes() - 1} actors within {radius} hop(s), {ego.number_of_edges()} relations")
    for other, relations in sorted(linked.items(), key=lambda item: (-len(item[1]), ego.nodes[item[0]].get("name", item[0]))):
        counts = ", ".join(f"{name} {relations.count(name)}" for name in sorted(set(relations)))
        typer.echo(f"  {ego.nodes[other].get('name', other)}: {counts}")
    if graphml:
        write_graphml(ego, graphml)
        typer.echo(f"wrote {graphml}")


@analyze_app.command("graphml")
def analyze_graphml(
    output: Path = typer.Argument(..., help="The .graphml file to write."),
    aggregate: bool = typer.Option(False, "--aggregate", help="One weighted edge per pair instead of one per assertion."),
    store: Optional[str] = StoreOption, endpoint: Optional[str] = EndpointOption,
    since: Optional[str] = SinceOption, until: Optional[str] = UntilOption, min_confidence: float = ConfidenceOption,
    facts: bool = FactsOption, negated: str = NegatedOption, modality: str = ModalityOption,
) -> None:
    """Export the actor network as GraphML (Gephi, Cytoscape, yEd)."""
    from kg.explore.analytics import write_graphml

    scope = _counted(facts, negated, modality)
    network = _network(store, endpoint, scope, since, until, min_confidence, aggregate=aggregate)
    write_graphml(network, output)
    typer.echo(f"wrote {output}: {network.number_of_nodes()} actors, {network.number_of_edges()} edges")


def main() -> None:
    """Entry point: user errors are one line on stderr and exit status 1 (2 for usage)."""
    blas_on_one_thread()  # before numpy loads (kg.settings)
    try:
        app(standalone_mode=False)
    except KGError as err:
        typer.echo(f"kg: {err}", err=True)
        sys.exit(1)
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("kg: interrupted", err=True)
        sys.exit(130)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except typer.exceptions.TyperException as err:  # usage errors (typer's own click) carry their exit code
        err.show()
        sys.exit(err.exit_code)


if __name__ == "__main__":
    main()
