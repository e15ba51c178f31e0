"""Every step's app starts on a real server, from a copy of its folder outside the repository."""

from pathlib import Path

import httpx2
import pytest

from steptools.catalog import Step, load_steps
from steptools.folders import copy_folder
from steptools.server import serve

STEPS = load_steps()


@pytest.mark.parametrize("step", STEPS, ids=[step.name for step in STEPS])
def test_real_server_answers(step: Step, tmp_path: Path) -> None:
    # tmp_path is outside the repository, so this proves the folder needs nothing from it.
    folder = tmp_path / step.name
    copy_folder(step.folder, folder)
    smoke = step.smoke

    with serve(folder) as base_url, httpx2.Client(base_url=base_url, timeout=10) as client:
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
