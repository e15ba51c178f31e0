from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, status

from app.api.deps import PaginationDep, require_api_key
from app.models.schemas import ItemCreate

router = APIRouter(prefix="/items", tags=["items"])

# A fixed catalogue to page through, until step 06 gives the items a store.
SAMPLE_ITEMS = tuple(ItemCreate(name=f"Sample {number}", price=number) for number in range(1, 26))


@router.get("")
def list_items(page: PaginationDep) -> list[ItemCreate]:
    return list(SAMPLE_ITEMS[page.offset : page.offset + page.limit])


@router.get("/echo/{name}")
def echo_item_name(
    name: Annotated[str, Path(min_length=1, max_length=50, description="Any item name.")],
    shout: Annotated[bool, Query(description="Answer in capital letters.")] = False,
) -> dict[str, str | bool]:
    return {"name": name.upper() if shout else name, "shout": shout}


@router.post("", status_code=status.HTTP_201_CREATED, dependencies=[Depends(require_api_key)])
def create_item(item: ItemCreate) -> ItemCreate:
    # Nothing is stored yet: step 06 gives the items a store.
    return item
