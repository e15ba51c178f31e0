"""steps.toml and the step folders agree, and steps.toml is checked as it is read."""

import tomllib
from pathlib import Path

import pytest

from steptools.catalog import REPO_ROOT, CatalogError, Step, load_steps, parse_steps, previous

STEPS = load_steps()


def test_every_step_folder_is_listed_and_every_listed_step_has_a_folder() -> None:
    folders = {path.name for path in (REPO_ROOT / "steps").glob("[0-9][0-9]-*") if path.is_dir()}
    listed = {step.name for step in STEPS}

    assert folders - listed == set(), "folders in steps/ that steps.toml does not list"
    assert listed - folders == set(), "steps listed in steps.toml without a folder in steps/"


@pytest.mark.parametrize("step", STEPS, ids=[step.name for step in STEPS])
def test_step_folder_has_the_conventional_layout(step: Step) -> None:
    for name in ("app/__init__.py", "app/main.py", "tests", "README.md", "pyproject.toml"):
        assert (step.folder / name).exists(), f"{step.name} has no {name}"


@pytest.mark.parametrize("step", STEPS, ids=[step.name for step in STEPS])
def test_step_folder_is_a_project_of_its_own(step: Step) -> None:
    config = tomllib.loads((step.folder / "pyproject.toml").read_text())
    pytest_config = config["tool"]["pytest"]["ini_options"]

    # `fastapi dev` and `fastapi run` find the app through this entry.
    assert config["tool"]["fastapi"]["entrypoint"] == "app.main:app"
    # `app` is importable from the folder, whichever step is installed where.
    assert "." in pytest_config["pythonpath"]
    assert "--import-mode=importlib" in pytest_config["addopts"]
    assert "error" in pytest_config["filterwarnings"]


def test_previous_is_the_step_before() -> None:
    assert previous(STEPS[1], STEPS) == STEPS[0]
    with pytest.raises(ValueError, match="first step"):
        previous(STEPS[0], STEPS)


TWO_STEPS = """
[[step]]
number = 1
slug = "hello-world"
title = "Hello"
goal = "Say hello."
concepts = ["an app"]
links = [{ title = "Docs", url = "https://example.org/docs/" }]
smoke = { method = "GET", path = "/", status = 200, json = { message = "hi" } }

[[step]]
number = 2
slug = "more-tests"
title = "More tests"
goal = "Test more."
concepts = ["a test"]
links = []
smoke = { method = "POST", path = "/items", status = 201 }
testing_only_reason = "It adds tests only."
"""


def test_a_valid_catalog_is_read() -> None:
    first, second = parse_steps(TWO_STEPS, steps_dir=Path("steps"))

    assert first.folder == Path("steps/01-hello-world")
    assert first.smoke.json == {"message": "hi"}
    assert first.testing_only_reason is None
    assert second.smoke.json is None
    assert second.testing_only_reason == "It adds tests only."


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("number = 2", "number = 3", "without gaps"),
        ("number = 2", 'number = "2"', "'number' must be of type int"),
        ("number = 2", "number = true", "'number' must be of type int"),
        ('slug = "more-tests"', 'slug = "More_Tests"', "lowercase words joined by hyphens"),
        ('title = "Hello"\n', "", "missing ['title']"),
        ('goal = "Test more."', 'goal = " "', "'goal' must not be empty"),
        ('concepts = ["a test"]', "concepts = []", "'concepts' must be a non-empty list"),
        ('"It adds tests only."', "3", "'testing_only_reason' must be of type str"),
        ("testing_only_reason", "testing_only_reasn", "unknown ['testing_only_reasn']"),
        ("https://example.org/docs/", "http://example.org/docs/", "must be an https:// URL"),
        ('method = "POST"', 'method = "post"', "method 'post' must be one of"),
        ('path = "/items"', 'path = "items"', "must start with /"),
        ("status = 201", "status = 42", "not an HTTP status code"),
        ('goal = "Say hello."', 'goal = "Say hello."\ntesting_only_reason = "x"', "step 1"),
    ],
)
def test_an_invalid_catalog_is_rejected_with_a_clear_error(
    old: str, new: str, message: str
) -> None:
    assert old in TWO_STEPS
    broken = TWO_STEPS.replace(old, new, 1)

    with pytest.raises(CatalogError) as error:
        parse_steps(broken, steps_dir=Path("steps"))

    assert message in str(error.value)
