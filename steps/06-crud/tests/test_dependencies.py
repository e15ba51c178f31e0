import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from app.core.config import Settings, get_settings
from app.main import app

NAIL = {"name": "Nail", "price": 0.1}


@pytest.fixture
def sample_items(client: TestClient) -> None:
    for number in range(1, 26):
        client.post("/api/items", json={"name": f"Sample {number}", "price": number})


@pytest.mark.usefixtures("sample_items")
def test_list_is_paginated_ten_at_a_time_by_default(client: TestClient) -> None:
    response = client.get("/api/items")

    assert response.status_code == 200
    assert [item["name"] for item in response.json()] == [f"Sample {n}" for n in range(1, 11)]


@pytest.mark.usefixtures("sample_items")
def test_limit_and_offset_choose_the_page(client: TestClient) -> None:
    response = client.get("/api/items", params={"limit": 2, "offset": 3})

    assert [item["name"] for item in response.json()] == ["Sample 4", "Sample 5"]


@pytest.mark.usefixtures("sample_items")
def test_offset_past_the_end_is_an_empty_page(client: TestClient) -> None:
    response = client.get("/api/items", params={"offset": 1000})

    assert response.status_code == 200
    assert response.json() == []


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 101},
        {"limit": -1},
        {"limit": "ten"},
        {"limit": "1e2"},
        {"limit": "NaN"},
        {"limit": "9" * 40},
        {"offset": -1},
        {"offset": "9" * 40},
    ],
)
def test_out_of_range_page_is_a_422(client: TestClient, params: dict[str, str | int]) -> None:
    response = client.get("/api/items", params=params)

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"][0] == "query"


def test_pagination_is_documented_once_for_every_list(client: TestClient) -> None:
    operation = client.get("/openapi.json").json()["paths"]["/api/items"]["get"]
    parameters = {parameter["name"]: parameter["schema"] for parameter in operation["parameters"]}

    assert parameters["limit"] == {
        "type": "integer",
        "maximum": 100,
        "minimum": 1,
        "default": 10,
        "description": "How many items at most.",
        "title": "Limit",
    }
    assert parameters["offset"]["minimum"] == 0


def test_reading_needs_no_api_key(client: TestClient) -> None:
    del client.headers["X-API-Key"]

    assert client.get("/api/items").status_code == 200


@pytest.mark.parametrize(("path", "body"), [("/api/items", NAIL), ("/api/users", {})])
def test_changes_without_an_api_key_are_401(
    client: TestClient, path: str, body: dict[str, object]
) -> None:
    del client.headers["X-API-Key"]

    response = client.post(path, json=body)

    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "APIKey"
    assert response.json() == {"detail": "Missing or invalid API key in the X-API-Key header."}


@pytest.mark.parametrize(
    "wrong_key",
    [
        b"",
        b"test-key-0123456789abcdeX",
        b"test-key-0123456789abcdef ",
        "clé-ünïcödé".encode(),
        "clé".encode("latin-1"),
    ],
)
def test_wrong_api_key_is_401_never_500(client: TestClient, wrong_key: bytes) -> None:
    response = client.post("/api/items", json=NAIL, headers={b"X-API-Key": wrong_key})

    assert response.status_code == 401


def test_right_api_key_is_let_through(client: TestClient) -> None:
    response = client.post("/api/items", json=NAIL)

    assert response.status_code == 201


@pytest.mark.parametrize("debug", [False, True])
def test_server_without_a_configured_key_refuses_every_change(
    client: TestClient, debug: bool
) -> None:
    app.dependency_overrides[get_settings] = lambda: Settings(
        _env_file=None, DEBUG=debug, API_KEY=None
    )

    response = client.post("/api/items", json=NAIL)

    assert response.status_code == 503
    assert "set API_KEY" in response.json()["detail"]


def test_a_short_api_key_is_refused_when_settings_load() -> None:
    with pytest.raises(ValidationError, match="API_KEY"):
        Settings(_env_file=None, API_KEY="changethis")


def test_api_key_is_documented_as_a_security_scheme(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()

    assert schema["components"]["securitySchemes"]["APIKeyHeader"] == {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
    }
    assert schema["paths"]["/api/items"]["post"]["security"] == [{"APIKeyHeader": []}]
    assert "security" not in schema["paths"]["/api/items"]["get"]
