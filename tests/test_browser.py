"""The interactive docs of the app `python3 dev.py serve` starts work offline in a real browser.

Playwright drives Debian's Chromium (/usr/bin/chromium) headless. Every request that is not
for the app's own server is blocked, as on a learner's offline laptop.
"""

import os
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from playwright.sync_api import Browser, Page, Request, Route, sync_playwright

from steptools.commands import default_folder
from steptools.server import serve

CHROMIUM = Path("/usr/bin/chromium")
# Without the networking flags Chromium calls Google's servers at start; the sandbox needs
# a user namespace that a root shell in a container does not have.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        message = f"the browser test needs Chromium at {CHROMIUM} (apt-get install chromium)"
        # CI installs it, so there a missing browser is a failure, never a quiet skip.
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with serve(default_folder()) as base_url:
        yield base_url


@pytest.fixture
def offline_page(browser: Browser, base_url: str) -> Iterator[tuple[Page, list[Request]]]:
    """A page that can reach base_url and nothing else, and the requests it was refused."""
    blocked: list[Request] = []

    def only_the_app(route: Route, request: Request) -> None:
        if request.url.startswith(base_url + "/"):
            route.continue_()
        else:
            blocked.append(request)
            route.abort("internetdisconnected")

    page = browser.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.route("**/*", only_the_app)
    yield page, blocked
    page.close()


def test_swagger_ui_lists_every_operation_and_calls_the_api(
    offline_page: tuple[Page, list[Request]], base_url: str
) -> None:
    page, blocked = offline_page
    schema = httpx2.get(f"{base_url}/openapi.json").json()
    operations = sum(len(methods) for methods in schema["paths"].values())

    page.goto(f"{base_url}/docs")

    page.locator(".opblock").nth(operations - 1).wait_for()
    assert page.locator(".opblock").count() == operations
    # Try it out: Swagger UI sends GET /api/items from the browser and shows the answer.
    list_items = page.locator(".opblock-get", has_text="/api/items").first
    list_items.locator(".opblock-summary").click()
    list_items.get_by_role("button", name="Try it out").click()
    list_items.get_by_role("button", name="Execute").click()
    status = list_items.locator(".live-responses-table .response .response-col_status")
    assert status.inner_text().strip() == "200"
    assert blocked == []


def test_redoc_shows_the_api(offline_page: tuple[Page, list[Request]], base_url: str) -> None:
    page, blocked = offline_page
    title = httpx2.get(f"{base_url}/openapi.json").json()["info"]["title"]

    page.goto(f"{base_url}/redoc")

    page.locator("h1", has_text=title).wait_for()
    page.locator("h2", has_text="List Items").wait_for()
    # ReDoc's "API docs by Redocly" footer asks a CDN for its logo; offline, only that image
    # is missing. Every script, style sheet and call to the API is served by the app.
    assert [request.url for request in blocked if request.resource_type != "image"] == []
