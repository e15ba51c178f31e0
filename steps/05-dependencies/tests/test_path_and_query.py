import pytest
from fastapi.testclient import TestClient


def test_path_parameter_is_echoed(client: TestClient) -> None:
    response = client.get("/api/items/echo/hammer")

    assert response.status_code == 200
    assert response.json() == {"name": "hammer", "shout": False}


@pytest.mark.parametrize("truthy", ["true", "1", "yes", "on", "True"])
def test_query_parameter_is_converted_to_bool(client: TestClient, truthy: str) -> None:
    response = client.get("/api/items/echo/hammer", params={"shout": truthy})

    assert response.json() == {"name": "HAMMER", "shout": True}


def test_path_parameter_keeps_non_ascii_text(client: TestClient) -> None:
    response = client.get("/api/items/echo/straße", params={"shout": "true"})

    assert response.json() == {"name": "STRASSE", "shout": True}


@pytest.mark.parametrize("not_a_bool", ["maybe", "2", ""])
def test_wrong_query_type_is_a_422(client: TestClient, not_a_bool: str) -> None:
    response = client.get("/api/items/echo/hammer", params={"shout": not_a_bool})

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["query", "shout"]
    assert error["type"] == "bool_parsing"


def test_too_long_path_parameter_is_a_422(client: TestClient) -> None:
    response = client.get("/api/items/echo/" + "x" * 51)

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["path", "name"]
    assert error["type"] == "string_too_long"


def test_longest_allowed_path_parameter_is_accepted(client: TestClient) -> None:
    response = client.get("/api/items/echo/" + "x" * 50)

    assert response.status_code == 200


def test_constraints_are_documented_in_openapi(client: TestClient) -> None:
    operation = client.get("/openapi.json").json()["paths"]["/api/items/echo/{name}"]["get"]
    parameters = {parameter["name"]: parameter for parameter in operation["parameters"]}

    assert parameters["name"]["in"] == "path"
    assert parameters["name"]["schema"]["maxLength"] == 50
    assert parameters["shout"]["in"] == "query"
    assert parameters["shout"]["required"] is False
