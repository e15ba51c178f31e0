import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Security, status
from fastapi.security import APIKeyHeader

from app.core.config import Settings, get_settings

SettingsDep = Annotated[Settings, Depends(get_settings)]


@dataclass(frozen=True)
class Pagination:
    """The ?limit=&offset= query parameters that any list endpoint can share."""

    limit: Annotated[int, Query(ge=1, le=100, description="How many items at most.")] = 10
    # Bounded, like every number a client sends: any store, a database too, can take it.
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="How many to skip.")] = 0


# FastAPI calls the class with the query parameters its fields declare.
PaginationDep = Annotated[Pagination, Depends()]

# auto_error=False: a missing header reaches require_api_key, which answers it like a wrong one.
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)


def require_api_key(
    settings: SettingsDep, api_key: Annotated[str | None, Security(api_key_header)]
) -> None:
    if settings.API_KEY is None:
        # Fail closed: a server without a key refuses changes instead of allowing them all.
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            detail="No API key is configured on the server (set API_KEY): changes are disabled.",
        )
    expected = settings.API_KEY.get_secret_value().encode()
    # compare_digest takes as long for a near miss as for a wild guess, so the time an answer
    # takes tells an attacker nothing. It compares bytes: on str it raises for non-ASCII text.
    if api_key is None or not secrets.compare_digest(api_key.encode(), expected):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Missing or invalid API key in the X-API-Key header.",
            headers={"WWW-Authenticate": "APIKey"},
        )
