"""The package installs like any other: the sdist carries ontologies/, the wheel built from it works on its own.

``python -m build`` makes the sdist and, from it, the wheel (no build isolation: setuptools and build
come with the test extras, so this needs no network). The wheel goes into a fresh virtual environment,
not editable. Its dependencies are not downloaded again: the fresh environment sees exactly the
distributions the wheel's metadata asks for (and what they ask for, with extras), linked from the
project's environment; nothing else of that environment, the editable ``newskg`` least of all.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

SENTENCE = "Vladimir Putin praised Xi Jinping in Beijing."


def data_files(folder: Path) -> list[str]:
    """Files under ``folder`` that ship as package data (no Python, no caches), relative to it."""
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts and not p.name.startswith(".")
    )


def dependency_closure(requirements: list[str]) -> list[importlib.metadata.Distribution]:
    """The installed distributions these requirements need, transitively, extras and markers honoured."""
    found: dict[str, importlib.metadata.Distribution] = {}
    wanted = [(Requirement(text), frozenset({""})) for text in requirements]
    seen: set[tuple[str, frozenset[str]]] = set()
    while wanted:
        req, extras = wanted.pop()
        if req.marker is not None and not any(req.marker.evaluate({"extra": extra}) for extra in extras):
            continue
        dist = importlib.metadata.distribution(req.name)
        assert req.specifier.contains(dist.version, prereleases=True), f"{req} but the project has {dist.version}"
        key = (dist.metadata["Name"].lower(), frozenset(req.extras) | {""})
        if key in seen:
            continue
        seen.add(key)
        found[key[0]] = dist
        wanted.extend((Requirement(text), key[1]) for text in dist.requires or ())
    return list(found.values())


def link_site(dists: list[importlib.metadata.Distribution], folder: Path) -> None:
    """A folder of links to each distribution's top-level modules, packages and metadata."""
    folder.mkdir()
    for dist in dists:
        assert dist.files is not None, f"{dist.metadata['Name']} has no RECORD; reinstall it with pip"
        for top in {f.parts[0] for f in dist.files if f.parts[0] not in ("..", "__pycache__")}:
            link = folder / top
            if not link.exists():
                link.symlink_to(dist.locate_file(top))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """(sdist, wheel), the wheel built from the sdist as an installer building from source would."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True, text=True)
    return next(out.glob("*.tar.gz")), next(out.glob("*.whl"))


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory, built) -> Path:
    """A new virtual environment with the wheel installed (no pip of its own; the project's pip installs)."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--no-index", str(built[1])],
                   check=True, capture_output=True, text=True)
    site_packages = next((venv / "lib").glob("python3*/site-packages"))
    installed = next(importlib.metadata.distributions(name="newskg", path=[str(site_packages)]))
    link_site(dependency_closure(installed.requires or []), venv / "deps")
    # addsitedir, not a bare path, so the dependencies' own .pth files run as they would when installed
    (site_packages / "newskg-deps.pth").write_text(f"import site; site.addsitedir({str(venv / 'deps')!r})\n")
    return venv


def run_outside(venv: Path, tmp_path: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    """Run a program of the fresh environment from a folder that is not the repository."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME") and not k.startswith("KG_")}
    return subprocess.run([str(venv / "bin" / args[0]), *args[1:]], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, **kwargs)


def test_the_sdist_carries_the_ontologies(built):
    with tarfile.open(built[0]) as sdist:
        root = sdist.getnames()[0].split("/")[0]
        names = {name.removeprefix(f"{root}/") for name in sdist.getnames()}
    assert [f for f in data_files(ROOT / "ontologies") if f"ontologies/{f}" not in names] == []


def test_the_wheel_carries_every_data_file(built):
    with zipfile.ZipFile(built[1]) as wheel:
        names = set(wheel.namelist())
    shipped = [f"kg/ontologies/{f}" for f in data_files(ROOT / "ontologies")] + [f"api/static/{f}" for f in data_files(ROOT / "api" / "static")]
    assert [f for f in shipped if f not in names] == []


def test_kg_from_the_fresh_environment_is_the_installed_one(fresh_venv, tmp_path):
    done = run_outside(fresh_venv, tmp_path, "python", "-c",
                       "import json, sys, api, kg, kg.settings; print(json.dumps([kg.__file__, api.__file__, str(kg.settings.ONTOLOGIES), sys.path]))")
    assert done.returncode == 0, done.stderr
    kg_file, api_file, ontologies, path = json.loads(done.stdout)
    assert all(Path(p).is_relative_to(fresh_venv) for p in (kg_file, api_file, ontologies))
    assert (Path(ontologies) / "kg.ttl").is_file()
    assert not any(Path(p).resolve().is_relative_to(ROOT) for p in path if p)


def test_kg_extract_in_the_fresh_environment_finds_the_relation(fresh_venv, tmp_path):
    done = run_outside(fresh_venv, tmp_path, "kg", "extract", "-", input=SENTENCE)
    assert done.returncode == 0, done.stderr
    relations = json.loads(done.stdout)["relations"]
    assert [(r["subject"], r["relation"], r["object"]) for r in relations] == [("Vladimir Putin", "praises", "Xi Jinping")]
