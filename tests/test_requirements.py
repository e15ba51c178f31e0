"""Every step's requirements.txt pins what the repository's uv.lock pins."""

import pytest

from steptools.catalog import Step, load_steps
from steptools.requirements import exported_requirements

STEPS = load_steps()


@pytest.fixture(scope="module")
def expected_requirements() -> str:
    return exported_requirements()


@pytest.mark.parametrize("step", STEPS, ids=[step.name for step in STEPS])
def test_requirements_txt_matches_the_lock(step: Step, expected_requirements: str) -> None:
    path = step.folder / "requirements.txt"

    assert path.exists(), f"{path} is missing: run `python3 dev.py requirements`"
    assert path.read_text(encoding="utf-8") == expected_requirements, (
        f"{path} differs from uv.lock: run `python3 dev.py requirements`"
    )
