from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.main import app


@pytest.fixture
def client() -> Iterator[TestClient]:
    # The `with` block runs the app's startup and shutdown around each test.
    with TestClient(app) as client:
        yield client
    # A test may swap a dependency for one of its own; the next test starts with none swapped.
    app.dependency_overrides.clear()
