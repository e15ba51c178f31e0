from typing import Annotated

from pydantic import BaseModel, EmailStr, Field


class AppInfo(BaseModel):
    name: str
    version: str


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
