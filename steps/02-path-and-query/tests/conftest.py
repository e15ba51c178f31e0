from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.main import app


@pytest.fixture
def client() -> Iterator[TestClient]:
    # The `with` block runs the app's startup and shutdown around each test.
    with TestClient(app) as client:
        yield client
