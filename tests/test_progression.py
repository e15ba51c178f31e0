"""Every step adds something its tests check: they fail against the previous step's app."""

import textwrap
from pathlib import Path

import pytest

from steptools.catalog import Step, load_steps, previous
from steptools.progression import progression_problem
from steptools.runner import RunResult, run_against

STEPS = load_steps()
LATER_STEPS = STEPS[1:]


@pytest.mark.parametrize("step", LATER_STEPS, ids=[step.name for step in LATER_STEPS])
def test_tests_need_what_the_step_adds(step: Step) -> None:
    # That the tests pass against the step's own app, test_step_suites.py checks.
    previous_step = previous(step, STEPS)
    result = run_against(step.folder, previous_step.folder)

    problem = progression_problem(step, previous_step, result)

    assert problem is None, f"{problem}\n{result.report()}"


# Two tiny step folders for the checks' own tests. Their app is a string, not FastAPI, so
# a run of their tests takes a fraction of a second.
FAKE_STEPS_TOML = """
[[step]]
number = 1
slug = "first"
title = "First"
goal = "Have an app."
concepts = ["an app"]
links = [{ title = "Docs", url = "https://example.org/" }]
smoke = { method = "GET", path = "/", status = 200 }

[[step]]
number = 2
slug = "second"
title = "Second"
goal = "Test the app better."
concepts = ["a better test"]
links = [{ title = "Docs", url = "https://example.org/" }]
smoke = { method = "GET", path = "/", status = 200 }
testing_only_reason = "This step adds a test and no code."
"""
FAKE_STEP_FILES = {
    "pyproject.toml": """
        [tool.pytest.ini_options]
        pythonpath = ["."]
        addopts = ["--import-mode=importlib"]
        filterwarnings = ["error"]
        """,
    "app/__init__.py": "",
    "app/main.py": "app = 'the app'\n",
    "tests/conftest.py": "from app.main import app\n",
    "tests/test_app.py": """
        from app.main import app


        def test_app_is_there() -> None:
            assert app == "the app"
        """,
}
PASSING_RUN = RunResult(exit_code=0, passed=1, failed=0, errors=0, skipped=0, output="")


@pytest.fixture
def fake_steps(tmp_path: Path) -> list[Step]:
    (tmp_path / "steps.toml").write_text(FAKE_STEPS_TOML)
    for folder_name in ("01-first", "02-second"):
        for name, text in FAKE_STEP_FILES.items():
            path = tmp_path / "steps" / folder_name / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text))
    return load_steps(tmp_path / "steps.toml")


def test_testing_only_step_passes_against_the_unchanged_app(fake_steps: list[Step]) -> None:
    first, second = fake_steps
    # Bytecode caches are not part of the app.
    (first.folder / "app" / "__pycache__").mkdir()
    (first.folder / "app" / "__pycache__" / "main.cpython-311.pyc").write_bytes(b"\0")

    result = run_against(second.folder, first.folder)

    assert result.succeeded, result.report()
    assert progression_problem(second, first, result) is None


def test_testing_only_step_must_not_change_the_app(fake_steps: list[Step]) -> None:
    first, second = fake_steps
    (second.folder / "app" / "main.py").write_text("app = 'the app, changed'\n")

    problem = progression_problem(second, first, PASSING_RUN)

    assert problem is not None
    assert "must be the same" in problem


def test_tests_that_pass_against_the_previous_app_are_a_problem(fake_steps: list[Step]) -> None:
    first, second = fake_steps
    ordinary_step = second.model_copy(update={"testing_only_reason": None})

    problem = progression_problem(ordinary_step, first, PASSING_RUN)

    assert problem is not None
    assert "do not test what 02-second adds" in problem


@pytest.mark.parametrize("exit_code", [2, 3, 4, 5])
def test_a_run_that_ran_no_test_is_not_the_failure_wanted(
    fake_steps: list[Step], exit_code: int
) -> None:
    first, second = fake_steps
    ordinary_step = second.model_copy(update={"testing_only_reason": None})
    crashed_run = RunResult(exit_code, passed=0, failed=0, errors=0, skipped=0, output="")

    problem = progression_problem(ordinary_step, first, crashed_run)

    assert problem is not None
    assert "broken harness or conftest.py" in problem


def test_a_failing_run_is_the_failure_wanted(fake_steps: list[Step]) -> None:
    first, second = fake_steps
    ordinary_step = second.model_copy(update={"testing_only_reason": None})
    failing_run = RunResult(exit_code=1, passed=3, failed=1, errors=1, skipped=0, output="")

    assert progression_problem(ordinary_step, first, failing_run) is None
