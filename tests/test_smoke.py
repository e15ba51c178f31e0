"""Every step's app on a real server, started from a copy of its folder outside the repository.

The smoke test makes the request steps.toml gives for the step. The fuzz test lets
Schemathesis send the server requests generated from its OpenAPI schema: boundary values,
wrong types, missing and extra fields, odd strings, and sequences of calls that follow the
links between operations (create an item, then read, change and delete it). It checks that
there is never a 5xx, that a request which breaks the schema is refused, and that every
answer has the documented content type and schema. Status codes a route does not list in
its OpenAPI (401, 404, 503) are not checked: the steps keep their routes short. The seed is
fixed, so a failure comes back the same on every run.
"""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from steptools.catalog import Step, load_steps
from steptools.folders import copy_folder
from steptools.server import serve

STEPS = load_steps()
API_KEY = "smoke-test-key-0123456789"
FUZZ_CHECKS = (
    "not_a_server_error",
    "negative_data_rejection",
    "content_type_conformance",
    "response_schema_conformance",
)


@pytest.fixture(scope="module", params=STEPS, ids=[step.name for step in STEPS])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Step, str]]:
    """A step and the base URL of its app, served once for all the tests of this module."""
    step: Step = request.param
    # Outside the repository, so this proves the folder needs nothing from it.
    folder = tmp_path_factory.mktemp("copy") / step.name
    copy_folder(step.folder, folder)
    with serve(folder, environment={"API_KEY": API_KEY}) as base_url:
        yield step, base_url


def test_real_server_answers(server: tuple[Step, str]) -> None:
    step, base_url = server
    smoke = step.smoke

    with httpx2.Client(base_url=base_url, timeout=10) as client:
        response = client.request(smoke.method, smoke.path, json=smoke.body)
        assert response.status_code == smoke.status, response.text
        if smoke.response_json is not None:
            assert response.json() == smoke.response_json

        schema = client.get("/openapi.json")
        assert schema.status_code == 200
        assert {"openapi", "paths"} <= schema.json().keys()

        docs = client.get("/docs")
        assert docs.status_code == 200
        assert docs.headers["content-type"].startswith("text/html")


def test_generated_requests_get_documented_answers_and_never_a_500(
    server: tuple[Step, str], tmp_path: Path
) -> None:
    _, base_url = server

    completed = subprocess.run(
        [
            *(sys.executable, "-m", "schemathesis.cli", "run", f"{base_url}/openapi.json"),
            *("--checks", ",".join(FUZZ_CHECKS)),
            *("--header", f"X-API-Key: {API_KEY}"),
            *("--max-examples", "20", "--seed", "1", "--no-color"),
        ],
        # Hypothesis keeps its example database in the current directory.
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert completed.returncode == 0, completed.stdout[-8000:] + completed.stderr[-2000:]
