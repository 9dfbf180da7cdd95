"""The page at / in headless Debian Chromium (driven by Playwright), as a person uses it.

Screenshots land in test-artifacts/ (page-query.png, page-actor.png, page-evidence.png,
page-document.png). The page must load nothing from outside the server.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest

from tests.conftest import ARTIFACTS, ROOT, serving_copy

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
TOKEN = "browser-token"
HOSTILE = (
    "Macron praised Merz in Paris. <script>window.pwned = true</script> "
    "<img src=x onerror=\"window.pwned = true\"> The talks went on."
)


@pytest.fixture(scope="module")
def site(tmp_path_factory, sample_store_path):
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (run `make system`)")
    assert (ROOT / "api/static/vendor/cytoscape/cytoscape.min.js").exists(), "front-end libraries missing: run `make install`"
    with serving_copy(tmp_path_factory, sample_store_path, {"KG_UPDATE_TOKEN": TOKEN}) as base:
        posted = httpx.post(base + "/documents", json={"id": "hostile", "title": "A <b>bold</b> title", "text": HOSTILE},
                            headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
        assert posted.status_code == 201, posted.text
        yield base


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, site):
    """A fresh page that fails the test on a script error or on any request leaving the server."""
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    tab = context.new_page()
    errors: list[str] = []
    outside: list[str] = []
    host = urlparse(site).netloc

    def guard(route) -> None:
        if urlparse(route.request.url).netloc in (host, "") or route.request.url.startswith(("blob:", "data:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    tab.route("**/*", guard)
    tab.on("pageerror", lambda err: errors.append(str(err)))
    yield tab
    context.close()
    assert not errors, errors
    assert not outside, f"the page reached outside the server: {outside}"


def shot(tab, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_an_example_query_runs_with_one_click_and_shows_sortable_rows(page, site):
    page.goto(site + "/")
    examples = page.locator("#examples button.example")
    examples.first.wait_for()
    assert examples.count() >= 4
    examples.first.click()
    rows = page.locator("#results tbody tr")
    rows.first.wait_for()
    assert rows.count() > 0
    assert "row" in page.locator("#status").inner_text()
    header = page.locator("#results th").first
    header.click()
    assert "sorted-asc" in header.get_attribute("class")
    header.click()
    assert "sorted-desc" in page.locator("#results th").first.get_attribute("class")
    # IRIs are shortened with the prefixes, and actor IRIs link to actor pages
    shortened = page.locator("#results td a, #results td .iri")
    if shortened.count():
        assert not shortened.first.inner_text().startswith("http")
    assert page.locator(".CodeMirror .cm-keyword").count() > 0  # the editor highlights SPARQL
    shot(page, "page-query.png")


def test_a_malformed_query_shows_the_parser_message(page, site):
    page.goto(site + "/")
    page.locator("#examples button.example").first.wait_for()
    page.evaluate("document.querySelector('.CodeMirror').CodeMirror.setValue('SELECT ?x WHERE { ?x ?y }')")
    page.click("#run")
    status = page.locator("#status.error")
    status.wait_for()
    assert "not valid" in status.inner_text()


def test_searching_an_actor_opens_its_page_with_a_graph_and_a_timeline(page, site):
    page.goto(site + "/")
    page.fill("#search", "Putin")
    suggestion = page.locator("#suggestions a").first
    suggestion.wait_for()
    suggestion.click()
    page.wait_for_function("document.querySelector('#actor-name').textContent === 'Vladimir Putin'")
    page.wait_for_function("window.kgGraph && window.kgGraph.nodes().length > 1")
    assert page.evaluate("window.kgGraph.edges().length") > 0
    colours = page.evaluate("window.kgGraph.nodes().map(n => n.style('background-color'))")
    assert len(set(colours)) > 1, "nodes are coloured by actor type"
    assert page.locator("#timeline svg rect").count() > 0
    assert page.locator("#actor-relations tbody tr").count() > 0
    shot(page, "page-actor.png")


def test_clicking_an_edge_shows_the_sentences_behind_it(page, site):
    page.goto(site + "/#actor/russia")
    page.wait_for_function("window.kgGraph && window.kgGraph.edges().length > 0")
    page.wait_for_timeout(300)  # let the layout settle before aiming at an edge
    target = page.evaluate(
        """() => {
          const edge = window.kgGraph.edges()[0];
          const box = document.querySelector('#actor-graph').getBoundingClientRect();
          const p = edge.renderedMidpoint();
          return {x: box.left + p.x, y: box.top + p.y, sentences: edge.data('assertions').map(a => a.evidence.sentence)};
        }"""
    )
    page.mouse.click(target["x"], target["y"])
    sentence = page.locator("#evidence .sentence").first
    sentence.wait_for()
    assert sentence.inner_text() in target["sentences"]
    shot(page, "page-evidence.png")


def test_a_document_containing_script_tags_shows_them_as_text(page, site):
    page.goto(site + "/#document/hostile")
    page.wait_for_function("document.querySelector('#document-text').textContent.length > 0")
    text = page.locator("#document-text").inner_text()
    assert "<script>window.pwned = true</script>" in text
    assert "<img src=x" in text
    assert page.locator("#document-title").inner_text() == "A <b>bold</b> title"
    assert page.locator("#view-document script, #view-document img").count() == 0
    assert page.evaluate("window.pwned === undefined")
    shot(page, "page-document.png")
