"""Stops `pytest steps` at the repository root with a clear message.

`pytest steps/06-crud` uses that step's own pytest config and never reads this file. With
the root config in charge, the folder of all steps cannot be collected in one process:
every step's package is called `app`. `pytest` alone runs every step's tests, each in a
process of its own, through tests/test_step_suites.py.
"""

from pathlib import Path

import pytest

STEPS_DIR = Path(__file__).resolve().parent / "steps"


def pytest_configure(config: pytest.Config) -> None:
    for arg in config.args:
        path = (config.invocation_params.dir / arg.split("::")[0]).resolve()
        if path.is_relative_to(STEPS_DIR):
            raise pytest.UsageError(
                "Run one step folder at a time, such as `pytest steps/06-crud`: every step's "
                "package is called `app`, so two steps cannot share a process. `pytest` at the "
                "repository root runs every step's tests, each in a process of its own."
            )
