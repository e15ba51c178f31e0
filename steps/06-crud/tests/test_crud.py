from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.main import app

HAMMER = {"name": "Hammer", "price": 9.5, "description": "Drives nails.", "tags": ["tools"]}


@pytest.fixture
def hammer(client: TestClient) -> dict[str, Any]:
    response = client.post("/api/items", json=HAMMER)
    assert response.status_code == 201
    item: dict[str, Any] = response.json()
    return item


def test_created_item_gets_an_id_and_can_be_read_back(
    client: TestClient, hammer: dict[str, Any]
) -> None:
    assert hammer == HAMMER | {"id": 1}

    response = client.get(f"/api/items/{hammer['id']}")

    assert response.status_code == 200
    assert response.json() == hammer


def test_list_shows_created_items_in_order(client: TestClient) -> None:
    for name in ("Hammer", "Saw", "Drill"):
        client.post("/api/items", json={"name": name, "price": 1})

    response = client.get("/api/items")

    assert [(item["id"], item["name"]) for item in response.json()] == [
        (1, "Hammer"),
        (2, "Saw"),
        (3, "Drill"),
    ]


def test_list_answers_without_a_slash_redirect(client: TestClient) -> None:
    assert client.get("/api/items", follow_redirects=False).status_code == 200
    created = client.post("/api/items", json=HAMMER, follow_redirects=False)
    assert created.status_code == 201


def test_patch_changes_only_the_fields_sent(client: TestClient, hammer: dict[str, Any]) -> None:
    response = client.patch(f"/api/items/{hammer['id']}", json={"price": 12})

    assert response.status_code == 200
    assert response.json() == hammer | {"price": 12}
    assert client.get(f"/api/items/{hammer['id']}").json() == hammer | {"price": 12}


def test_patch_may_clear_the_optional_description(
    client: TestClient, hammer: dict[str, Any]
) -> None:
    response = client.patch(f"/api/items/{hammer['id']}", json={"description": None})

    assert response.json() == hammer | {"description": None}


def test_empty_patch_changes_nothing(client: TestClient, hammer: dict[str, Any]) -> None:
    response = client.patch(f"/api/items/{hammer['id']}", json={})

    assert response.status_code == 200
    assert response.json() == hammer


@pytest.mark.parametrize(
    "changes",
    [
        {"name": None},
        {"price": None},
        {"tags": None},
        {"name": ""},
        {"price": -1},
        {"tags": ["x"] * 11},
    ],
)
def test_invalid_patch_is_a_422_and_leaves_the_item_alone(
    client: TestClient, hammer: dict[str, Any], changes: dict[str, Any]
) -> None:
    response = client.patch(f"/api/items/{hammer['id']}", json=changes)

    assert response.status_code == 422
    assert client.get(f"/api/items/{hammer['id']}").json() == hammer


def test_delete_answers_204_and_the_item_is_gone(
    client: TestClient, hammer: dict[str, Any]
) -> None:
    response = client.delete(f"/api/items/{hammer['id']}")

    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/api/items/{hammer['id']}").status_code == 404
    assert client.get("/api/items").json() == []


def test_ids_are_not_reused_after_a_delete(client: TestClient, hammer: dict[str, Any]) -> None:
    client.delete(f"/api/items/{hammer['id']}")

    assert client.post("/api/items", json=HAMMER).json()["id"] == hammer["id"] + 1


@pytest.mark.parametrize(
    ("method", "body"), [("GET", None), ("PATCH", {"price": 1}), ("DELETE", None)]
)
def test_unknown_id_is_a_404(client: TestClient, method: str, body: dict[str, Any] | None) -> None:
    response = client.request(method, "/api/items/999", json=body)

    assert response.status_code == 404
    assert response.json() == {"detail": "Item 999 not found"}


@pytest.mark.parametrize("bad_id", ["0", "-1", "abc", "1.5", "1e3"])
def test_id_that_is_not_a_positive_integer_is_a_422(client: TestClient, bad_id: str) -> None:
    response = client.get(f"/api/items/{bad_id}")

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["path", "item_id"]


def test_huge_id_is_just_not_found(client: TestClient) -> None:
    response = client.get("/api/items/" + "9" * 40)

    assert response.status_code == 404


@pytest.mark.parametrize(
    ("method", "path"),
    [("PATCH", "/api/items/1"), ("DELETE", "/api/items/1")],
)
def test_changes_need_the_api_key(
    client: TestClient, hammer: dict[str, Any], method: str, path: str
) -> None:
    del client.headers["X-API-Key"]

    response = client.request(method, path, json={"price": 1})

    assert response.status_code == 401
    assert client.get("/api/items/1").json() == hammer


def test_each_run_of_the_app_starts_with_an_empty_store(client: TestClient) -> None:
    client.post("/api/items", json=HAMMER)

    with TestClient(app) as fresh_client:
        assert fresh_client.get("/api/items").json() == []
