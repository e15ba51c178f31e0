from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.main import create_app

ALLOWED = "https://shop.example"
UNLISTED = "https://evil.example"


@pytest.fixture
def cors_client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings(_env_file=None, CORS_ORIGINS=[ALLOWED]))) as client:
        yield client


def preflight(client: TestClient, origin: str) -> dict[str, str]:
    response = client.options(
        "/api/items",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type",
        },
    )
    return {"status": str(response.status_code), **response.headers}


def test_listed_origin_may_send_a_post(cors_client: TestClient) -> None:
    answer = preflight(cors_client, ALLOWED)

    assert answer["status"] == "200"
    assert answer["access-control-allow-origin"] == ALLOWED
    assert "POST" in answer["access-control-allow-methods"]


def test_unlisted_origin_is_refused_and_never_echoed(cors_client: TestClient) -> None:
    answer = preflight(cors_client, UNLISTED)

    assert answer["status"] == "400"
    assert "access-control-allow-origin" not in answer


def test_simple_request_from_listed_origin_is_readable(cors_client: TestClient) -> None:
    response = cors_client.get("/", headers={"Origin": ALLOWED})

    assert response.headers["access-control-allow-origin"] == ALLOWED


def test_simple_request_from_unlisted_origin_is_not_readable(cors_client: TestClient) -> None:
    response = cors_client.get("/", headers={"Origin": UNLISTED})

    # The server still answers, but without this header the browser hides the answer.
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers


def test_origin_that_only_starts_like_a_listed_one_is_refused(cors_client: TestClient) -> None:
    answer = preflight(cors_client, ALLOWED + ".evil.example")

    assert "access-control-allow-origin" not in answer


def test_by_default_no_website_may_call(client: TestClient) -> None:
    response = client.get("/", headers={"Origin": ALLOWED})

    assert "access-control-allow-origin" not in response.headers
