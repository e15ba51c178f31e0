from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.core.config import Settings, get_settings
from app.main import app

TEST_API_KEY = "test-key-0123456789abcdef"


@pytest.fixture
def settings() -> Settings:
    # Known settings for every test, whatever the environment or a .env file says.
    return Settings(_env_file=None, API_KEY=TEST_API_KEY)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    app.dependency_overrides[get_settings] = lambda: settings
    # The `with` block runs the app's startup and shutdown around each test.
    with TestClient(app, headers={"X-API-Key": TEST_API_KEY}) as client:
        yield client
    # A test may swap a dependency for one of its own; the next test starts with none swapped.
    app.dependency_overrides.clear()
