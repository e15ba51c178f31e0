import itertools
import threading

from app.models.schemas import Item, ItemCreate, ItemUpdate


class ItemRepository:
    """Keeps the items in memory, for as long as the app runs (see lifespan in app/main.py)."""

    def __init__(self) -> None:
        self._items: dict[int, Item] = {}
        self._next_id = itertools.count(1)
        # Endpoints declared with plain `def` run in a pool of threads, so two requests can be
        # in here at once. Each change happens under this lock, in one piece.
        self._lock = threading.Lock()

    def list_items(self, *, offset: int, limit: int) -> list[Item]:
        with self._lock:
            return list(itertools.islice(self._items.values(), offset, offset + limit))

    def get(self, *, item_id: int) -> Item | None:
        return self._items.get(item_id)

    def add(self, *, new_item: ItemCreate) -> Item:
        with self._lock:
            item = Item(id=next(self._next_id), **new_item.model_dump())
            self._items[item.id] = item
        return item

    def update(self, *, item_id: int, changes: ItemUpdate) -> Item | None:
        with self._lock:
            stored = self._items.get(item_id)
            if stored is None:
                return None
            # exclude_unset: only the fields the client sent, so the others keep their values.
            updated = stored.model_copy(update=changes.model_dump(exclude_unset=True))
            self._items[item_id] = updated
        return updated

    def delete(self, *, item_id: int) -> bool:
        with self._lock:
            return self._items.pop(item_id, None) is not None
