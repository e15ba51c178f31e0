from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from app.models.schemas import ItemCreate

router = APIRouter(prefix="/items", tags=["items"])


@router.get("/echo/{name}")
def echo_item_name(
    name: Annotated[str, Path(min_length=1, max_length=50, description="Any item name.")],
    shout: Annotated[bool, Query(description="Answer in capital letters.")] = False,
) -> dict[str, str | bool]:
    return {"name": name.upper() if shout else name, "shout": shout}


@router.post("", status_code=status.HTTP_201_CREATED)
def create_item(item: ItemCreate) -> ItemCreate:
    # Nothing is stored yet: step 06 gives the items a store.
    return item
