"""The notebooks run top to bottom on the samples (each ends with checks), and are stored clean."""

from __future__ import annotations

import shutil

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ARTIFACTS, ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_the_four_notebooks_are_there():
    assert [p.stem for p in NOTEBOOKS] == ["01-quickstart", "02-actor-network", "03-dyad-timelines", "04-remote-endpoint"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_are_stored_without_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code, "a notebook without code"
    assert all(cell.outputs == [] and cell.execution_count is None for cell in code)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_end_with_checks_on_what_they_found(path):
    last = [cell for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code"][-1]
    assert "assert " in last.source


@pytest.fixture(scope="module")
def notebook_store(tmp_path_factory, sample_store_path):
    """A copy of the sample store that notebooks 02 and 03 find through $KG_STORE."""
    copy = tmp_path_factory.mktemp("notebook-store") / "store"
    shutil.copytree(sample_store_path, copy)
    return copy


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_notebook_runs_top_to_bottom(path, notebook_store, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(notebook_store))
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    try:
        client.execute()
    finally:
        # the executed copy, outputs and all, is kept for a person to read
        (ARTIFACTS / "notebooks").mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, ARTIFACTS / "notebooks" / path.name)
