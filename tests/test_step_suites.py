"""Every step's own tests pass, run in the two ways a learner runs them."""

import subprocess
import sys

import pytest

from steptools.catalog import REPO_ROOT, Step, load_steps
from steptools.runner import run_suite

STEPS = load_steps()


@pytest.mark.parametrize("step", STEPS, ids=[step.name for step in STEPS])
def test_suite_passes_in_the_step_folder(step: Step) -> None:
    result = run_suite(step.folder)

    assert result.succeeded, f"{step.name}'s tests fail in its folder.\n{result.report()}"


@pytest.mark.parametrize("step", STEPS, ids=[step.name for step in STEPS])
def test_suite_passes_from_the_repository_root(step: Step) -> None:
    # `pytest steps/NN-slug` from the root must use the step's own pytest config; with the
    # root's, `app` would not be importable and the tests would fail.
    result = run_suite(step.folder, cwd=REPO_ROOT)

    assert result.succeeded, (
        f"`pytest steps/{step.name}` from the repository root fails.\n{result.report()}"
    )


def test_all_steps_in_one_process_is_refused_with_a_clear_message() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "steps"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )

    assert completed.returncode == pytest.ExitCode.USAGE_ERROR
    assert "Run one step folder at a time" in completed.stderr
