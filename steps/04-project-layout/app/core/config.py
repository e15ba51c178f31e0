import re
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator
from pydantic_settings import BaseSettings, SettingsConfigDict

# The step's own folder, found from this file rather than from the current directory, so the
# same .env is read wherever the server is started from.
PROJECT_DIR = Path(__file__).resolve().parents[2]


def check_origin(origin: str) -> str:
    # A browser sends its origin as scheme://host[:port]: no path, no trailing slash. Anything
    # else would never match, and "*" would let every website call this API.
    if not re.fullmatch(r"https?://[^/*\s]+", origin):
        raise ValueError(f"{origin!r} is not an origin like https://example.com:8080")
    return origin


class Settings(BaseSettings):
    """Read from environment variables first, then from PROJECT_DIR/.env, then the defaults."""

    model_config = SettingsConfigDict(env_file=PROJECT_DIR / ".env", extra="ignore")

    PROJECT_NAME: str = "FastAPI Steps"
    VERSION: str = "0.1.0"
    DEBUG: bool = False
    # Set as JSON, e.g. CORS_ORIGINS='["http://localhost:5173"]'. Empty: no website may call.
    CORS_ORIGINS: list[Annotated[str, AfterValidator(check_origin)]] = []


@lru_cache
def get_settings() -> Settings:
    # Read once, on first use; tests swap it out with app.dependency_overrides.
    return Settings()
