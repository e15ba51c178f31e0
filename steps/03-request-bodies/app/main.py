from typing import Annotated

from fastapi import Path, Query, Request, status
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, EmailStr, Field

# FastAPIOffline is FastAPI whose /docs and /redoc pages load their JavaScript and CSS from
# this server instead of a CDN, so the interactive docs work without internet access.
app = FastAPIOffline(title="FastAPI Steps", version="0.1.0")


class ItemCreate(BaseModel):
    name: str = Field(min_length=1, max_length=50)
    # NaN and infinity are valid floats in Python and even in Python's JSON parser, but
    # never a valid price. strict: a JSON number only, not "9.5" or true read as a number.
    price: float = Field(ge=0, le=1_000_000, allow_inf_nan=False, strict=True)
    description: str | None = Field(default=None, max_length=1000)
    tags: list[Annotated[str, Field(min_length=1, max_length=30)]] = Field(
        default_factory=list, max_length=10
    )


class User(BaseModel):
    """What anyone may see of a user."""

    username: str = Field(min_length=3, max_length=30, pattern=r"^[A-Za-z0-9_]+$")
    email: EmailStr


class UserCreate(User):
    """What a client sends to sign up: a User and a password."""

    password: str = Field(min_length=8, max_length=128)


@app.exception_handler(RequestValidationError)
async def validation_error_without_input(
    request: Request, exc: RequestValidationError
) -> JSONResponse:
    # FastAPI's own 422 answer repeats each rejected value as "input". That would echo a
    # rejected password back, and a NaN cannot even be written as JSON (the answer would
    # become a 500), so this one leaves the value out and keeps where and why it failed.
    errors = [
        {key: value for key, value in error.items() if key != "input"} for error in exc.errors()
    ]
    return JSONResponse(status_code=422, content=jsonable_encoder({"detail": errors}))


@app.get("/")
def read_root() -> dict[str, str]:
    return {"message": "Hello FastAPI"}


@app.get("/api/items/echo/{name}")
def echo_item_name(
    name: Annotated[str, Path(min_length=1, max_length=50, description="Any item name.")],
    shout: Annotated[bool, Query(description="Answer in capital letters.")] = False,
) -> dict[str, str | bool]:
    return {"name": name.upper() if shout else name, "shout": shout}


@app.post("/api/items", status_code=status.HTTP_201_CREATED)
def create_item(item: ItemCreate) -> ItemCreate:
    # Nothing is stored yet: step 06 gives the items a store.
    return item


@app.post("/api/users", status_code=status.HTTP_201_CREATED)
def create_user(user: UserCreate) -> User:
    # The return type is User, so FastAPI sends only User's fields: never the password.
    return user
