"""The README's list of steps follows steps.toml."""

import re

from steptools.catalog import REPO_ROOT, load_steps


def test_readme_lists_every_step_in_order_with_a_link_to_its_folder() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")

    linked = re.findall(r"^\| (\d\d) \| \[`steps/([^`]+)`\]\(steps/\2\) \|", readme, re.MULTILINE)

    assert linked == [(f"{step.number:02d}", step.name) for step in load_steps()]
