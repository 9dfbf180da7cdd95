"""The ``kg`` command: a thin shell over the library. Errors become one line on stderr."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from tqdm import tqdm

from kg.errors import KGError
from kg.settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Build and query a knowledge graph of actors and relations in the news.")

StoreOption = typer.Option(None, "--store", help="Store folder (default: $KG_STORE or data/store).")


def settings(**overrides: object) -> Settings:
    return Settings.from_env().replace(**overrides)


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Files or folders (.txt, .html, .jsonl), or - for stdin."),
    store: Optional[Path] = StoreOption,
) -> None:
    """Read, extract and store documents; re-ingesting unchanged documents is a no-op."""
    from kg.ingest import ingest as run_ingest
    from kg.pipeline import Pipeline
    from kg.read import read_paths
    from kg.store import open_store

    config = settings(store=store)
    documents = read_paths(paths)  # every input is checked before the store is touched
    target = open_store(config.store)
    with tqdm(total=len(documents), unit="doc", disable=None, file=sys.stderr, desc="ingest") as bar:
        report = run_ingest(target, documents, Pipeline(config), on_document=lambda _: bar.update())
    totals = target.stats()
    target.close()
    for warning in report.warnings:
        typer.echo(f"kg: warning: {warning}", err=True)
    typer.echo(report.summary())
    typer.echo(f"store {config.store}: {totals.documents} documents, {totals.actors} actors, {totals.relations} relations, {totals.triples} triples")


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Files or folders, or - for JSON Lines / text on stdin."),
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl or ttl"),
) -> None:
    """Run the pipeline without a store and print the result (JSON Lines or Turtle)."""
    from kg.output import extraction_json
    from kg.pipeline import Pipeline
    from kg.rdf import to_quads
    from kg.read import read_paths
    from kg.store import open_store

    if format not in ("jsonl", "ttl"):
        raise KGError("E504", fmt=format, known="jsonl, ttl")
    documents = read_paths(paths)
    extractions = Pipeline(settings()).extract(documents)
    if format == "jsonl":
        for extraction in extractions:
            typer.echo(extraction_json(extraction))
        return
    memory = open_store(None)
    for extraction in extractions:
        memory.put_document(to_quads(extraction))
    sys.stdout.buffer.write(memory.dump("trig"))


@app.command()
def query(
    sparql: str = typer.Argument(..., help="A SPARQL query, or @file.rq to read it from a file."),
    format: str = typer.Option("table", "--format", "-f", help="table, json, csv, tsv, xml (SELECT/ASK); ttl, nt, jsonld (graphs)"),
    store: Optional[Path] = StoreOption,
) -> None:
    """Run a SPARQL query on the store and print the answer."""
    from kg.query import execute, serialize, to_table
    from kg.store import open_store

    text = Path(sparql[1:]).read_text(encoding="utf-8") if sparql.startswith("@") else sparql
    target = open_store(settings(store=store).store, read_only=True)
    result = execute(target, text)
    if format == "table":
        typer.echo(to_table(result))
    else:
        sys.stdout.buffer.write(serialize(result, format))


@app.command()
def stats(store: Optional[Path] = StoreOption) -> None:
    """Counts of documents, actors, relations and triples."""
    from kg.store import open_store

    totals = open_store(settings(store=store).store, read_only=True).stats()
    typer.echo(json.dumps(totals.__dict__))


@app.command()
def export(
    format: str = typer.Option("trig", "--format", "-f", help="ttl, trig, nq, nt, jsonld, rdfxml"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
    store: Optional[Path] = StoreOption,
) -> None:
    """Export the whole graph in a standard RDF format."""
    from kg.errors import FormatError
    from kg.store import RDF_FORMATS, open_store

    if format not in RDF_FORMATS:
        raise FormatError("E303", fmt=format, known=", ".join(RDF_FORMATS))
    data = open_store(settings(store=store).store, read_only=True).dump(format)
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)


@app.command()
def remove(doc_ids: List[str] = typer.Argument(...), store: Optional[Path] = StoreOption) -> None:
    """Delete documents (and actor descriptions nothing else uses)."""
    from kg.store import open_store

    target = open_store(settings(store=store).store)
    for doc_id in doc_ids:
        target.remove_document(doc_id)
        typer.echo(f"removed {doc_id}")
    target.close()


@app.command("eval")
def evaluate(
    kind: str = typer.Argument(..., help="entities or relations"),
    gold: Path = typer.Argument(..., help="Annotated JSON Lines (see kg/eval.py)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    errors: bool = typer.Option(False, "--errors", help="Also list every miss and spurious item."),
) -> None:
    """Precision, recall and F1 of the extractors against annotated documents."""
    from kg.eval import EVALUATORS, evaluate as run_evaluation

    if kind not in EVALUATORS:
        raise KGError("E504", fmt=kind, known=", ".join(EVALUATORS))
    if not gold.exists():
        raise KGError("E101", path=gold)
    report = run_evaluation(kind, gold, pipeline_from_settings())
    typer.echo(json.dumps(report.as_dict(), indent=2) if as_json else report.table())
    if errors:
        for line in report.errors:
            typer.echo(line)


def pipeline_from_settings():
    from kg.pipeline import Pipeline

    return Pipeline(settings())


@app.command()
def serve(
    host: Optional[str] = typer.Option(None, help="Address to listen on (default 127.0.0.1)."),
    port: Optional[int] = typer.Option(None, help="Port (default 8000)."),
    store: Optional[Path] = StoreOption,
) -> None:
    """Serve the SPARQL endpoint, the REST API and the page."""
    import uvicorn

    from api.app import create_app

    config = settings(host=host, port=port, store=store)
    application = create_app(config)
    typer.echo(f"page:     http://{config.host}:{config.port}/", err=True)
    typer.echo(f"endpoint: http://{config.host}:{config.port}/sparql", err=True)
    uvicorn.run(application, host=config.host, port=config.port, log_level="warning")


def main() -> None:
    """Entry point: user errors are one line on stderr and exit status 1 (2 for usage)."""
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
    except Exception as err:  # click usage errors carry their own exit code
        import click

        if isinstance(err, click.ClickException):
            err.show()
            sys.exit(err.exit_code)
        raise


if __name__ == "__main__":
    main()
