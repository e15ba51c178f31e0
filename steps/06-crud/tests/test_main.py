import re

from fastapi.testclient import TestClient


def test_root_says_hello(client: TestClient) -> None:
    response = client.get("/")

    assert response.status_code == 200
    assert response.json() == {"message": "Hello FastAPI"}


def test_openapi_describes_the_app_and_its_typed_answer(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()

    assert schema["info"] == {"title": "FastAPI Steps", "version": "0.1.0"}
    answer = schema["paths"]["/"]["get"]["responses"]["200"]["content"]["application/json"]
    # The return type `dict[str, str]` became the documented response schema.
    assert answer["schema"]["additionalProperties"] == {"type": "string"}


def test_interactive_docs_load_their_assets_from_this_server(client: TestClient) -> None:
    for docs_page in ("/docs", "/redoc"):
        page = client.get(docs_page)
        assert page.status_code == 200
        assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
        assert assets, f"{docs_page} references no JavaScript or CSS"
        for asset in assets:
            # A path on this server, never a CDN: the docs must work offline.
            assert asset.startswith("/"), f"{docs_page} loads {asset} from another host"
            assert client.get(asset).status_code == 200, f"{docs_page} needs {asset}"


def test_unknown_path_is_a_json_404(client: TestClient) -> None:
    response = client.get("/no-such-page")

    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}
