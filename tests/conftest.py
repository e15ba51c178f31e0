import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from steptools.catalog import load_steps
from steptools.runner import SuiteRuns, start_runs


# autouse: the runs start with the session, and go on while the other tests run.
@pytest.fixture(scope="session", autouse=True)
def suite_runs() -> Iterator[SuiteRuns]:
    # Each run is a process of its own, independent of the others, so they all start at
    # once, one per core, and each test waits only for the run it checks. The runs are
    # started in the order the test modules read them: test_progression.py comes first.
    with ThreadPoolExecutor(max_workers=os.cpu_count()) as pool:
        yield start_runs(load_steps(), pool)
        # When only some tests were selected, the runs that no test reads need not finish.
        pool.shutdown(cancel_futures=True)
