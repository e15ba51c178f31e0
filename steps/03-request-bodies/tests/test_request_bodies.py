from typing import Any

import pytest
from fastapi.testclient import TestClient

HAMMER = {"name": "Hammer", "price": 9.5, "description": "Drives nails.", "tags": ["tools"]}
ALICE = {"username": "alice", "email": "alice@example.com", "password": "correct horse battery"}


def error_types(response: Any) -> set[str]:
    return {error["type"] for error in response.json()["detail"]}


def test_valid_item_is_accepted_with_201(client: TestClient) -> None:
    response = client.post("/api/items", json=HAMMER)

    assert response.status_code == 201
    assert response.json() == HAMMER


def test_optional_fields_get_their_defaults(client: TestClient) -> None:
    response = client.post("/api/items", json={"name": "Nail", "price": 0})

    assert response.status_code == 201
    assert response.json() == {"name": "Nail", "price": 0, "description": None, "tags": []}


@pytest.mark.parametrize(
    ("change", "error_type"),
    [
        ({"name": ""}, "string_too_short"),
        ({"name": "x" * 51}, "string_too_long"),
        ({"price": -0.01}, "greater_than_equal"),
        ({"price": 1_000_000.01}, "less_than_equal"),
        ({"price": "cheap"}, "float_type"),
        ({"price": "9.5"}, "float_type"),
        ({"price": True}, "float_type"),
        ({"tags": "tools"}, "list_type"),
        ({"tags": ["x"] * 11}, "too_long"),
    ],
)
def test_invalid_item_is_a_422_that_names_the_problem(
    client: TestClient, change: dict[str, Any], error_type: str
) -> None:
    response = client.post("/api/items", json=HAMMER | change)

    assert response.status_code == 422
    assert error_type in error_types(response)


def test_missing_required_field_is_a_422(client: TestClient) -> None:
    response = client.post("/api/items", json={"name": "Hammer"})

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "price"]
    assert error["type"] == "missing"


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400", "1" + "0" * 400])
@pytest.mark.parametrize("field", ["price", "name", "description"])
def test_number_that_json_cannot_write_is_a_422(
    client: TestClient, number: str, field: str
) -> None:
    # Python's JSON parser reads NaN and Infinity, and 1e400 overflows to infinity. The 422
    # answer must not try to repeat such a value: JSON has no way to write it.
    body = '{"name": "Hammer", "price": 1, "' + field + '": ' + number + "}"

    response = client.post("/api/items", content=body, headers={"Content-Type": "application/json"})

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", field]


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"",
        b"[]",
        b'"a string"',
        '{"name": "\xff"}'.encode("latin-1"),
        # Python refuses to read an integer of more than 4300 digits...
        b'{"name": "Hammer", "price": 1' + b"0" * 5000 + b"}",
        # ...and runs out of stack on very deep nesting.
        b'{"name": "Hammer", "price": 1, "tags": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    ],
)
def test_body_that_is_not_an_item_object_is_a_4xx(client: TestClient, body: bytes) -> None:
    response = client.post("/api/items", content=body, headers={"Content-Type": "application/json"})

    assert response.status_code in (400, 422)
    assert "detail" in response.json()


def test_user_is_created_without_echoing_the_password(client: TestClient) -> None:
    response = client.post("/api/users", json=ALICE)

    assert response.status_code == 201
    assert response.json() == {"username": "alice", "email": "alice@example.com"}


def test_password_is_not_in_the_documented_response(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    created = schema["paths"]["/api/users"]["post"]["responses"]["201"]
    response_schema = created["content"]["application/json"]["schema"]["$ref"].split("/")[-1]

    assert "password" not in schema["components"]["schemas"][response_schema]["properties"]
    assert "password" in schema["components"]["schemas"]["UserCreate"]["properties"]


@pytest.mark.parametrize("email", ["not-an-email", "alice@", "@example.com", "alice@exa mple.com"])
def test_invalid_email_is_a_422(client: TestClient, email: str) -> None:
    response = client.post("/api/users", json=ALICE | {"email": email})

    assert response.status_code == 422
    assert error_types(response) == {"value_error"}


@pytest.mark.parametrize(
    "change", [{"username": "al"}, {"username": "alice smith"}, {"password": "short"}]
)
def test_invalid_user_is_a_422(client: TestClient, change: dict[str, str]) -> None:
    response = client.post("/api/users", json=ALICE | change)

    assert response.status_code == 422


def test_rejected_password_is_not_echoed_in_the_error(client: TestClient) -> None:
    response = client.post("/api/users", json=ALICE | {"password": "hunter2"})

    assert response.status_code == 422
    assert "hunter2" not in response.text
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "password"]
    assert error["msg"] == "String should have at least 8 characters"
