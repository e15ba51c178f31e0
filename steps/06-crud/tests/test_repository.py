import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.models.schemas import ItemCreate, ItemUpdate
from app.repository import ItemRepository


@pytest.fixture
def frequent_thread_switches() -> Iterator[None]:
    # Let Python switch threads far more often than usual, so that a check-then-act race in
    # the store shows up in a test run instead of once a month in production.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(interval)


@pytest.mark.usefixtures("frequent_thread_switches")
def test_items_created_at_once_from_many_threads_get_unique_ids() -> None:
    # What the thread pool does to the repository when many requests arrive together.
    repository = ItemRepository()
    threads, creates_each = 8, 300
    start_together = threading.Barrier(threads)

    def create_many(_: int) -> list[int]:
        start_together.wait()
        new_item = ItemCreate(name="Hammer", price=1)
        return [repository.add(new_item=new_item).id for _ in range(creates_each)]

    with ThreadPoolExecutor(max_workers=threads) as pool:
        ids = [item_id for batch in pool.map(create_many, range(threads)) for item_id in batch]

    assert sorted(ids) == list(range(1, threads * creates_each + 1))
    assert len(repository.list_items(offset=0, limit=len(ids) + 1)) == len(ids)


def test_update_of_an_unknown_id_changes_nothing() -> None:
    repository = ItemRepository()

    assert repository.update(item_id=1, changes=ItemUpdate(price=1)) is None
    assert repository.list_items(offset=0, limit=10) == []
