"""Whether each step adds something that its tests check.

Step N's tests, run against step N-1's app, must fail: otherwise they do not test what step
N adds. A testing-only step adds tests and no code, so there the app must be unchanged and
the tests must pass against it.
"""

from steptools.catalog import Step
from steptools.folders import same_files
from steptools.runner import RunResult


def progression_problem(step: Step, previous_step: Step, result: RunResult) -> str | None:
    """What is wrong with `result`, the run of step's tests against previous_step's app.

    None when nothing is.
    """
    if step.testing_only_reason is not None:
        if not same_files(step.folder / "app", previous_step.folder / "app"):
            return (
                f"{step.name} is testing-only, so its app/ must be the same as "
                f"{previous_step.name}'s, but the files differ"
            )
        if not result.succeeded:
            return f"{step.name}'s tests must pass against {previous_step.name}'s app"
        return None
    # pytest exits 0 when all tests pass and 1 when some fail; any other code, or a report
    # with no test in it, means it stopped before it could say.
    if result.exit_code not in (0, 1) or result.total == 0:
        return (
            f"{step.name}'s tests against {previous_step.name}'s app did not get as far as "
            f"running tests (exit code {result.exit_code}, {result.total} test cases): "
            "that is a broken harness or conftest.py, not the failure this check looks for"
        )
    if result.failed + result.errors == 0:
        return (
            f"{step.name}'s tests all pass against {previous_step.name}'s app: "
            f"they do not test what {step.name} adds"
        )
    return None
