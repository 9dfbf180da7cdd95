"""The page at / in headless Debian Chromium (driven by Playwright), as a person uses it.

Every test saves a screenshot in test-artifacts/ (page-*.png). The page must load nothing from
outside the server, and must show a document's "<script>" as text.
"""

from __future__ import annotations

import json
import time
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
BY_RELATION = "SELECT ?relation (COUNT(?a) AS ?count) WHERE { ?a a kg:Assertion ; rdf:predicate ?relation } GROUP BY ?relation ORDER BY DESC(?count)"


@pytest.fixture(scope="module")
def site(tmp_path_factory, sample_store_path):
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (run `make system`)")
    assert (ROOT / "api/static/vendor/chart.js/chart.umd.min.js").exists(), "front-end libraries missing: run `make install`"
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
def open_page(browser, site):
    """Opens fresh pages (own storage each) that fail the test on a script error or on any request leaving the server."""
    contexts, errors, outside = [], [], []
    host = urlparse(site).netloc

    def guard(route) -> None:
        if urlparse(route.request.url).netloc in (host, "") or route.request.url.startswith(("blob:", "data:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    def opened(path: str = "/"):
        context = browser.new_context(viewport={"width": 1400, "height": 950})
        contexts.append(context)
        tab = context.new_page()
        tab.route("**/*", guard)
        tab.on("pageerror", lambda err: errors.append(str(err)))
        tab.goto(site + path)
        tab.wait_for_selector("body[data-ready]")
        return tab

    yield opened
    for context in contexts:
        context.close()
    assert not errors, errors
    assert not outside, f"the page reached outside the server: {outside}"


@pytest.fixture
def page(open_page):
    return open_page()


def shot(tab, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    tab.evaluate("window.scrollTo(0, 0)")  # the sticky bar stays where it belongs in a full-page picture
    tab.screenshot(path=str(ARTIFACTS / name), full_page=True)


def words(text: str) -> str:
    return " ".join(text.split())


def run(tab, query: str) -> None:
    tab.evaluate("query => window.kgEditor.setValue(query)", query)
    previous = tab.locator("#status").inner_text()
    tab.click("#run")
    tab.wait_for_function("previous => { const s = document.querySelector('#status').textContent; return s && s !== previous && s !== 'Running…'; }", arg=previous)


# --- the query page ------------------------------------------------------------------------------


def test_an_example_query_runs_with_one_click_and_shows_sortable_rows(page):
    examples = page.locator("#examples button.example")
    assert examples.count() >= 4
    page.get_by_role("button", name="The most mentioned actors").click()
    rows = page.locator("#result tbody tr")
    rows.first.wait_for()
    assert rows.count() > 0
    assert "row" in page.locator("#status").inner_text()
    header = page.locator("#result th").first
    header.click()
    assert "sorted-asc" in header.get_attribute("class")
    header.click()
    assert "sorted-desc" in page.locator("#result th").first.get_attribute("class")
    shot(page, "page-query.png")
    # actor, document and assertion IRIs link inside the page, never out to w3id.org; no "@en" on literals
    run(page, "SELECT ?assertion ?actor ?name ?doc WHERE { ?assertion rdf:subject ?actor ; prov:wasDerivedFrom ?doc . "
              "?actor skos:prefLabel ?name } LIMIT 20")
    links = page.locator("#result td a")
    assert links.count() > 0
    targets = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert all(href.startswith(("#actor/", "#document/")) for href in targets)
    assert any("?a=" in href for href in targets)  # an assertion opens its document at its sentence
    assert "@en" not in page.locator("#result").inner_text()
    assert page.locator(".CodeMirror .cm-keyword").count() > 0  # the editor highlights SPARQL


def test_a_permalink_reloads_the_same_result_and_the_query_is_kept_in_tabs_and_history(page, open_page):
    page.get_by_role("button", name="The most mentioned actors").click()
    page.locator("#result tbody tr").first.wait_for()
    run_in_new_tab = page.locator(".tab-new")
    run_in_new_tab.click()
    run(page, BY_RELATION)
    page.click(".view-switch button[data-view=table]")  # a chosen view is part of the link
    assert page.locator(".query-tab").count() == 2
    page.click(".side-tabs button[data-side=history]")
    assert page.locator("#history .history-entry").count() == 2
    first_row = page.locator("#result tbody tr").first.inner_text()
    status = page.locator("#status").inner_text()
    link = page.url
    assert "#query?query=" in link and "view=table" in link

    again = open_page("/" + link.split("/", 3)[3])  # a new browser context: nothing in its storage
    again.locator("#result tbody tr").first.wait_for()
    assert again.evaluate("window.kgEditor.getValue()") == BY_RELATION
    assert again.locator("#result tbody tr").first.inner_text() == first_row
    assert again.locator("#status").inner_text().split(" in ")[0] == status.split(" in ")[0]
    assert again.locator(".view-switch button.active").inner_text() == "Table"
    assert again.locator(".query-tab").count() == 1  # the link takes the place of the untouched first tab
    shot(again, "page-permalink.png")


def test_a_syntax_error_is_marked_at_its_line_and_column_with_the_parsers_message(page):
    run(page, "SELECT ?x WHERE {\n  ?x kg:demands ?y .\n  ?x foo:bar ?z\n}")
    assert "not valid" in page.locator("#status.error").inner_text()
    marked = page.locator(".CodeMirror .cm-syntax-error")
    assert marked.inner_text() == "foo:bar"
    assert page.evaluate("window.kgEditor.getAllMarks()[0].find().from") == {"line": 2, "ch": 5, "sticky": None}  # counted from 0
    note = page.locator(".syntax-error-note").inner_text()
    assert "line 3, column 13" in note and "the prefix foo: is not declared" in note
    assert page.locator(".syntax-error-marker").count() == 1
    shot(page, "page-syntax-error.png")
    page.evaluate("window.kgEditor.replaceRange('kg', {line: 2, ch: 5}, {line: 2, ch: 8})")  # an edit clears the mark
    assert page.locator(".cm-syntax-error").count() == 0


def test_autocompletion_offers_ontology_terms_and_actors(page):
    page.evaluate("window.kgEditor.setValue('SELECT * WHERE {\\n  ?s  ?o\\n}'); window.kgEditor.setCursor({line: 1, ch: 5}); window.kgEditor.focus()")
    page.keyboard.type("kg:dem", delay=20)
    hints = page.locator(".CodeMirror-hints li")
    hints.first.wait_for()
    assert "kg:demands" in hints.all_inner_texts()[0]
    shot(page, "page-autocomplete.png")
    page.keyboard.press("Enter")
    assert "?s kg:demands ?o" in page.evaluate("window.kgEditor.getValue()")
    page.keyboard.type(" actor:putin", delay=20)
    page.wait_for_function("[...document.querySelectorAll('.CodeMirror-hints li')].some(li => li.textContent.includes('actor:vladimir-putin'))")


def test_the_chart_view_draws_a_grouped_count_as_bars_and_a_time_series_as_a_line(page, site):
    run(page, BY_RELATION)
    assert page.locator(".view-switch button.active").inner_text() == "Chart"  # label + count: a chart first
    chart = page.evaluate(
        """() => { const c = Chart.getChart(document.querySelector('#result canvas'));
                   return {type: c.config.type, bars: c.data.labels.length, colours: [...new Set(c.data.datasets[0].backgroundColor)]}; }"""
    )
    rows = httpx.post(site + "/sparql", data={"query": BY_RELATION}, headers={"Accept": "application/sparql-results+json"}).json()
    assert chart["type"] == "bar" and chart["bars"] == len(rows["results"]["bindings"])
    palette = json.loads((ROOT / "ontologies/palette.json").read_text())
    assert set(chart["colours"]) <= set(palette["tones"].values())  # bars of relations take their tone's colour
    shot(page, "page-chart.png")
    page.click(".view-switch button[data-view=table]")
    assert page.locator("#result tbody tr").count() == chart["bars"]
    page.get_by_role("button", name="Relations between Russia and Ukraine, month by month").click()
    page.wait_for_function("() => { const c = document.querySelector('#result canvas'); return c && Chart.getChart(c).config.type === 'line'; }")
    assert page.evaluate("Chart.getChart(document.querySelector('#result canvas')).scales.x.type") == "time"
    shot(page, "page-chart-time.png")


def test_a_describe_answer_is_drawn_as_a_graph(page):
    run(page, "DESCRIBE actor:russia actor:ukraine")
    assert page.locator(".view-switch button.active").inner_text() == "Graph"
    assert page.evaluate("window.kgResultGraph.nodes().length") > 2
    assert page.evaluate("window.kgResultGraph.$id('https://w3id.org/newskg/actor/russia').data('label')") == "Russia"
    shot(page, "page-graph.png")


def test_a_large_result_pages_through_without_drawing_every_row(page):
    started = time.monotonic()
    run(page, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    total = int(page.locator("#status").inner_text().split(" ")[0].replace(",", ""))
    assert total > 10_000
    assert page.locator("#result tbody tr").count() == 100
    first = page.locator("#result tbody tr").first.inner_text()
    page.click(".pager button[data-page=next]")
    assert page.locator(".pager-status").inner_text().startswith("rows 101–200")
    assert page.locator("#result tbody tr").first.inner_text() != first
    page.click(".pager button[data-page=last]")
    assert page.locator("#result tbody tr").count() == total - (total - 1) // 100 * 100
    assert time.monotonic() - started < 15
    shot(page, "page-paging.png")


# --- actor and document pages --------------------------------------------------------------------


def test_searching_an_actor_opens_its_page_with_a_graph_and_a_zoomable_timeline(page):
    page.fill("#search", "Putin")
    suggestion = page.locator("#suggestions a").first
    suggestion.wait_for()
    suggestion.click()
    page.wait_for_function("document.querySelector('#actor-name').textContent === 'Vladimir Putin'")
    page.wait_for_function("window.kgGraph && window.kgGraph.nodes().length > 1")
    assert page.evaluate("window.kgGraph.edges().length") > 0
    # the colours are the palette's: ontologies/palette.json, shared with kg.plots
    palette = json.loads((ROOT / "ontologies/palette.json").read_text())
    person = page.evaluate("window.kgGraph.nodes('[focus = 1]').style('background-color')")
    red, green, blue = (int(palette["actor_types"]["Person"][i : i + 2], 16) for i in (1, 3, 5))
    assert person == f"rgb({red},{green},{blue})"
    assert page.locator("#legend .legend-item").count() >= 3
    timeline = "Chart.getChart(document.getElementById('timeline-canvas'))"
    assert page.evaluate(f"{timeline}.data.datasets.some(d => d.data.some(p => p.y !== 0))")
    labels = page.evaluate(f"{timeline}.scales.x.ticks.map(t => t.label)")
    assert any(label[:3] in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec") or label.isdigit() for label in labels)
    span = f"{timeline}.scales.x.max - {timeline}.scales.x.min"
    before = page.evaluate(span)
    page.locator("#timeline-canvas").scroll_into_view_if_needed()
    box = page.locator("#timeline-canvas").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -600)
    page.wait_for_function(f"{span} < {before}")
    shot(page, "page-actor.png")
    page.click("#timeline-reset")
    assert page.evaluate(span) == pytest.approx(before, rel=1e-6)


def test_the_actor_page_shows_the_qualifiers_and_filters_to_conflictual_relations(page, open_page):
    page.goto(page.url.split("#")[0] + "#actor/russia")
    page.wait_for_function("document.querySelectorAll('#actor-relations tbody tr.clickable').length > 0")
    headers = page.locator("#actor-relations th").all_inner_texts()
    assert {"Negation, modality", "Condition", "Claimed by"} <= {h.replace("\n", " ") for h in headers}
    groups = "[...document.querySelectorAll('#actor-relations tbody tr')].map(tr => tr.kgRow.group)"
    # the defaults hide actor facts and everything not asserted and affirmed
    assert "fact" not in page.evaluate(groups)
    assert set(page.evaluate("[...document.querySelectorAll('#actor-relations tbody tr')].map(tr => tr.kgRow.modality)")) == {"asserted"}
    page.uncheck("input[name=tone][value=cooperative]")
    page.uncheck("input[name=tone][value=neutral]")
    assert set(page.evaluate(groups)) == {"conflictual"}
    assert set(page.evaluate("window.kgGraph.edges().map(e => e.data('group'))")) == {"conflictual"}
    assert "tone=conflictual" in page.url
    assert "conflictual" in page.locator("#actor-summary").inner_text()
    shot(page, "page-actor-filters.png")

    again = open_page("/" + page.url.split("/", 3)[3])  # the filters are in the link
    again.wait_for_function("document.querySelectorAll('#actor-relations tbody tr.clickable').length > 0")
    assert set(again.evaluate(groups)) == {"conflictual"}
    again.get_by_role("button", name="Show all").click()
    assert {"fact", "cooperative", "conflictual"} <= set(again.evaluate(groups))
    again.select_option("select[name=relation]", "demands")
    assert set(again.evaluate("[...document.querySelectorAll('#actor-relations tbody tr')].map(tr => tr.kgRow.relation)")) == {"demands"}
    assert "conditional" in again.evaluate("[...document.querySelectorAll('#actor-relations tbody tr')].map(tr => tr.kgRow.modality)")


def test_clicking_a_relation_shows_its_evidence_marked_in_its_document(page):
    page.goto(page.url.split("#")[0] + "#actor/russia?modality=any&negated=any")
    row = page.locator("#actor-relations tbody tr.clickable").first
    row.wait_for()
    sentence = page.evaluate("document.querySelector('#actor-relations tbody tr').kgRow.evidence.sentence")
    row.click()
    marked = page.locator("#evidence .document-excerpt mark.current")
    marked.wait_for()
    assert words(marked.inner_text()) == words(sentence)
    assert "Claimed by" in page.locator("#evidence .qualifiers").inner_text()
    shot(page, "page-evidence.png")
    page.get_by_role("link", name="Open the whole document at this sentence").click()
    current = page.locator("#document-text mark.current")
    current.wait_for()
    assert words(current.inner_text()) == words(sentence)
    shot(page, "page-document-sentence.png")


def test_clicking_an_edge_shows_the_sentences_behind_it(page):
    page.goto(page.url.split("#")[0] + "#actor/russia")
    page.wait_for_function("window.kgGraph && window.kgGraph.edges().length > 0")
    page.wait_for_timeout(300)  # let the layout settle before aiming at an edge
    # edges drawn across each other may cover the first edge's midpoint: the edge the click reaches is
    # the one whose sentences must show, so the test listens for it
    target = page.evaluate(
        """() => {
          const edge = window.kgGraph.edges()[0];
          const box = document.querySelector('#actor-graph').getBoundingClientRect();
          const p = edge.renderedMidpoint();
          window.kgGraph.one('tap', 'edge', (event) => {
            window.tappedSentences = event.target.data('assertions').map(a => a.evidence.sentence);
          });
          return {x: box.left + p.x, y: box.top + p.y};
        }"""
    )
    page.mouse.click(target["x"], target["y"])
    sentence = page.locator("#evidence .sentence, #evidence mark.current").first
    sentence.wait_for()
    tapped = page.evaluate("() => window.tappedSentences")
    assert tapped, "the click reached no edge"
    assert words(sentence.inner_text()) in [words(s) for s in tapped]


def test_a_document_containing_script_tags_shows_them_as_text(page):
    page.goto(page.url.split("#")[0] + "#document/hostile")
    page.wait_for_function("document.querySelector('#document-text').textContent.length > 0")
    text = page.locator("#document-text").inner_text()
    assert "<script>window.pwned = true</script>" in text
    assert "<img src=x" in text
    assert page.locator("#document-title").inner_text() == "A <b>bold</b> title"
    assert page.locator("#view-document script, #view-document img").count() == 0
    assert page.evaluate("window.pwned === undefined")
    shot(page, "page-document.png")
