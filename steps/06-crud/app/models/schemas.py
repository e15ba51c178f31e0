from typing import Annotated, TypeVar

from pydantic import BaseModel, EmailStr, Field, field_validator

# Each constraint is written once and shared by the models that create and update an item.
ItemName = Annotated[str, Field(min_length=1, max_length=50)]
# NaN and infinity are valid floats in Python and even in Python's JSON parser, but never a
# valid price. strict: a JSON number only, not "9.5" or true read as a number.
Price = Annotated[float, Field(ge=0, le=1_000_000, allow_inf_nan=False, strict=True)]
Description = Annotated[str, Field(max_length=1000)]
Tags = Annotated[list[Annotated[str, Field(min_length=1, max_length=30)]], Field(max_length=10)]

T = TypeVar("T")


class AppInfo(BaseModel):
    name: str
    version: str


class ItemBase(BaseModel):
    name: ItemName
    price: Price
    description: Description | None = None
    tags: Tags = []


class ItemCreate(ItemBase):
    """What a client sends to create an item."""


class ItemUpdate(BaseModel):
    """What a client sends to change an item: only the fields it sends are changed."""

    name: ItemName | None = None
    price: Price | None = None
    description: Description | None = None
    tags: Tags | None = None

    @field_validator("name", "price", "tags")
    @classmethod
    def reject_null(cls, value: T | None) -> T:
        # None here means "not sent". A client that sends null for a field every item must
        # have would leave the stored item broken, so that is a 422. (Validators do not run
        # on defaults, only on values the client sent.)
        if value is None:
            raise ValueError("may not be null")
        return value


class Item(ItemBase):
    """An item as it is stored and shown."""

    id: int


class User(BaseModel):
    """What anyone may see of a user."""

    username: str = Field(min_length=3, max_length=30, pattern=r"^[A-Za-z0-9_]+$")
    email: EmailStr


class UserCreate(User):
    """What a client sends to sign up: a User and a password."""

    password: str = Field(min_length=8, max_length=128)
