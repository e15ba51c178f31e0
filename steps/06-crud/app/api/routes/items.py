from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, status

from app.api.deps import ItemRepositoryDep, PaginationDep, require_api_key
from app.models.schemas import Item, ItemCreate, ItemUpdate

router = APIRouter(prefix="/items", tags=["items"])

ItemId = Annotated[int, Path(ge=1, description="The id the item was given when created.")]


def item_not_found(item_id: int) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, detail=f"Item {item_id} not found")


@router.get("")
def list_items(items: ItemRepositoryDep, page: PaginationDep) -> list[Item]:
    return items.list_items(offset=page.offset, limit=page.limit)


@router.get("/echo/{name}")
def echo_item_name(
    name: Annotated[str, Path(min_length=1, max_length=50, description="Any item name.")],
    shout: Annotated[bool, Query(description="Answer in capital letters.")] = False,
) -> dict[str, str | bool]:
    return {"name": name.upper() if shout else name, "shout": shout}


@router.get("/{item_id}")
def read_item(items: ItemRepositoryDep, item_id: ItemId) -> Item:
    item = items.get(item_id=item_id)
    if item is None:
        raise item_not_found(item_id)
    return item


@router.post("", status_code=status.HTTP_201_CREATED, dependencies=[Depends(require_api_key)])
def create_item(items: ItemRepositoryDep, new_item: ItemCreate) -> Item:
    return items.add(new_item=new_item)


@router.patch("/{item_id}", dependencies=[Depends(require_api_key)])
def update_item(items: ItemRepositoryDep, item_id: ItemId, changes: ItemUpdate) -> Item:
    item = items.update(item_id=item_id, changes=changes)
    if item is None:
        raise item_not_found(item_id)
    return item


@router.delete(
    "/{item_id}", status_code=status.HTTP_204_NO_CONTENT, dependencies=[Depends(require_api_key)]
)
def delete_item(items: ItemRepositoryDep, item_id: ItemId) -> None:
    if not items.delete(item_id=item_id):
        raise item_not_found(item_id)
