"""Settings: defaults, each KG_* variable read by its kind, bad values as coded errors, flags on top."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.errors import SettingsError
from kg.settings import Settings
from kg.store.embedded import open_store
from tests.conftest import kg_command


def test_with_no_variable_set_every_setting_has_its_default():
    settings = Settings.from_env({})
    assert settings == Settings()
    assert (settings.store, settings.endpoint, settings.host, settings.port) == (Path("data/store"), None, "127.0.0.1", 8000)
    assert (settings.aliases, settings.cors_origins, settings.update_token) == ((), (), None)
    assert (settings.query_timeout, settings.result_limit, settings.server_memory_mb) == (30.0, 100_000, 0)
    assert settings.server_processes >= 2


def test_a_blank_variable_counts_as_unset():
    assert Settings.from_env({"KG_PORT": "", "KG_STORE": "  ", "KG_UPDATE_TOKEN": ""}) == Settings()


@pytest.mark.parametrize(
    "variable, text, name, value",
    [
        ("KG_STORE", "/srv/kg/store", "store", Path("/srv/kg/store")),
        ("KG_HOST", "0.0.0.0", "host", "0.0.0.0"),
        ("KG_UPDATE_TOKEN", "s3cret", "update_token", "s3cret"),
        ("KG_ENDPOINT", "https://example.org/sparql", "endpoint", "https://example.org/sparql"),
        ("KG_PORT", " 9000 ", "port", 9000),
        ("KG_SERVER_MEMORY_MB", "0", "server_memory_mb", 0),
        ("KG_QUERY_TIMEOUT", "2.5", "query_timeout", 2.5),
        ("KG_ALIASES", "a.csv, b.yaml,", "aliases", ("a.csv", "b.yaml")),
        ("KG_CORS_ORIGINS", "*", "cors_origins", ("*",)),
    ],
)
def test_each_kind_of_setting_is_read_from_its_variable(variable, text, name, value):
    assert getattr(Settings.from_env({variable: text}), name) == value


@pytest.mark.parametrize(
    "variable, text, code, says",
    [
        ("KG_PORT", "abc", "E001", "KG_PORT='abc' is not a whole number; set it to a port such as 8000."),
        ("KG_PORT", "80.5", "E001", "KG_PORT='80.5' is not a whole number"),
        ("KG_PORT", "70000", "E003", "KG_PORT='70000' is out of range: it must be from 1 to 65535."),
        ("KG_BATCH_SIZE", "0", "E003", "it must be at least 1. Set it to a batch size such as 32."),
        ("KG_SERVER_MEMORY_MB", "-5", "E003", "it must be at least 0"),
        ("KG_QUERY_TIMEOUT", "soon", "E002", "KG_QUERY_TIMEOUT='soon' is not a number; set it to seconds such as 30."),
        ("KG_QUERY_TIMEOUT", "0", "E003", "more than 0"),
        ("KG_QUERY_TIMEOUT", "nan", "E003", "a finite number"),
        ("KG_ENDPOINT", "localhost:8000/sparql", "E004", "is not an http:// or https:// URL; set it to a SPARQL endpoint such as"),
    ],
)
def test_a_bad_value_is_a_coded_error_naming_the_variable_the_value_and_what_to_set(variable, text, code, says):
    with pytest.raises(SettingsError) as refused:
        Settings.from_env({variable: text})
    assert refused.value.code == code and says in refused.value.message


def test_flags_override_variables_and_unset_flags_change_nothing():
    settings = Settings.from_env({"KG_PORT": "9000", "KG_STORE": "/srv/kg/store"}).replace(port=9001, store=None)
    assert (settings.port, settings.store) == (9001, Path("/srv/kg/store"))


@pytest.mark.parametrize("command", [["stats"], ["serve"], ["extract", "-"]], ids=" ".join)
def test_a_bad_variable_stops_any_command_with_one_line_on_stderr(command):
    done = kg_command(*command, env={**os.environ, "KG_PORT": "abc"}, input="Putin met Xi.", timeout=60)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == "kg: E001 KG_PORT='abc' is not a whole number; set it to a port such as 8000.\n"


def test_the_store_flag_overrides_kg_store(tmp_path):
    open_store(tmp_path / "store").close()
    done = kg_command("stats", "--store", str(tmp_path / "store"), env={**os.environ, "KG_STORE": str(tmp_path / "nowhere")})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["documents"] == 0
