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


def test_every_step_in_steps_toml_is_headed_by_its_folder() -> None:
    # So that a search for a folder's name finds its entry.
    text = (REPO_ROOT / "steps.toml").read_text(encoding="utf-8")

    headers = [line.removeprefix("# ") for line in text.splitlines() if line.startswith("# steps/")]

    assert headers == [f"steps/{step.name}" for step in STEPS]


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
smoke = { method = "POST", path = "/items", status = 201, body = { name = "x", tags = ["a"] } }
testing_only_reason = "It adds tests only."
"""


def test_a_valid_catalog_is_read() -> None:
    first, second = parse_steps(TWO_STEPS, steps_dir=Path("steps"))

    assert first.folder == Path("steps/01-hello-world")
    assert first.smoke.response_json == {"message": "hi"}
    assert first.smoke.body is None
    assert first.testing_only_reason is None
    assert second.smoke.response_json is None
    assert second.smoke.body == {"name": "x", "tags": ["a"]}
    assert second.testing_only_reason == "It adds tests only."


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("number = 2", "number = 3", "without gaps: [1, 3]"),
        ("number = 2", 'number = "2"', "step.1.number\n  Input should be a valid integer"),
        ("number = 2", "number = true", "step.1.number\n  Input should be a valid integer"),
        ('slug = "more-tests"', 'slug = "More_Tests"', "step.1.slug\n  String should match"),
        ('title = "Hello"\n', "", "step.0.title\n  Field required"),
        ('goal = "Test more."', 'goal = " "', "step.1.goal\n  String should have at least 1"),
        ('concepts = ["a test"]', "concepts = []", "step.1.concepts\n  Tuple should have at least"),
        ('"It adds tests only."', "3", "step.1.testing_only_reason\n  Input should be a valid str"),
        ("testing_only_reason", "testing_only_reasn", "step.1.testing_only_reasn\n  Extra inputs"),
        ("https://example.org/docs/", "http://example.org/docs/", "step.0.links.0.url\n  String"),
        ('method = "POST"', 'method = "post"', "step.1.smoke.method\n  Input should be 'GET'"),
        ('path = "/items"', 'path = "items"', "step.1.smoke.path\n  String should match"),
        ("status = 201", "status = 42", "step.1.smoke.status\n  Input should be greater than"),
        ('goal = "Say hello."', 'goal = "Say hello."\ntesting_only_reason = "x"', "step 1 cannot"),
        (
            'body = { name = "x", tags = ["a"] }',
            'body = ["x"]',
            "step.1.smoke.body\n  Input should be a valid dictionary",
        ),
        ('"hi"', "1979-05-27", "step.0.smoke.json.dict.message\n  input was not a valid JSON"),
        ("[[step]]\nnumber = 1", "[[steps]]\nnumber = 1", "steps\n  Extra inputs"),
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


def test_an_error_names_the_step_table_it_is_in() -> None:
    broken = TWO_STEPS.replace('goal = "Test more."', 'goal = " "')

    with pytest.raises(CatalogError, match=r"^steps\.toml, \[\[step\]\] table 2: "):
        parse_steps(broken, steps_dir=Path("steps"))


def test_invalid_toml_is_rejected() -> None:
    with pytest.raises(CatalogError, match="not valid TOML"):
        parse_steps("[[step]", steps_dir=Path("steps"))
