from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from app.core.config import PROJECT_DIR, Settings, get_settings
from app.main import app


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PROJECT_NAME", "VERSION", "DEBUG", "CORS_ORIGINS", "API_KEY"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("clean_environment")
def test_defaults_are_safe() -> None:
    settings = Settings(_env_file=None)

    assert settings.DEBUG is False
    assert settings.CORS_ORIGINS == []
    # No usable default secret: the key must be set on purpose.
    assert settings.API_KEY is None


@pytest.mark.usefixtures("clean_environment")
def test_environment_variables_override_the_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROJECT_NAME", "Inventory")
    monkeypatch.setenv("DEBUG", "true")
    monkeypatch.setenv("CORS_ORIGINS", '["http://localhost:5173", "https://shop.example"]')

    settings = Settings(_env_file=None)

    assert settings.PROJECT_NAME == "Inventory"
    assert settings.DEBUG is True
    assert settings.CORS_ORIGINS == ["http://localhost:5173", "https://shop.example"]


@pytest.mark.usefixtures("clean_environment")
def test_env_file_is_read_and_the_environment_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("PROJECT_NAME=From the file\nVERSION=9.9.9\n", encoding="utf-8")
    monkeypatch.setenv("VERSION", "1.2.3")

    settings = Settings(_env_file=env_file)

    assert settings.PROJECT_NAME == "From the file"
    assert settings.VERSION == "1.2.3"


@pytest.mark.usefixtures("clean_environment")
def test_env_file_is_found_from_the_package_not_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".env").write_text("PROJECT_NAME=Wrong folder\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    settings = Settings()

    assert settings.PROJECT_NAME != "Wrong folder"


@pytest.mark.usefixtures("clean_environment")
def test_the_example_env_file_is_valid() -> None:
    settings = Settings(_env_file=PROJECT_DIR / ".env.example")

    assert settings.CORS_ORIGINS == ["http://localhost:5173"]


@pytest.mark.parametrize(
    "origin", ["*", "http://localhost:5173/", "https://shop.example/path", "localhost:5173"]
)
def test_cors_origins_must_be_exact_origins(origin: str) -> None:
    with pytest.raises(ValidationError, match="is not an origin"):
        Settings(_env_file=None, CORS_ORIGINS=[origin])


def test_settings_are_read_once() -> None:
    assert get_settings() is get_settings()


def test_info_reads_the_settings_dependency(client: TestClient) -> None:
    app.dependency_overrides[get_settings] = lambda: Settings(
        _env_file=None, PROJECT_NAME="Overridden", VERSION="2.0.0"
    )

    response = client.get("/api/info")

    assert response.status_code == 200
    assert response.json() == {"name": "Overridden", "version": "2.0.0"}
