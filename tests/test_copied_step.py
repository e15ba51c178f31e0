"""A step folder copied out of the repository installs from its requirements.txt and passes.

This is how a learner takes a step away: a new virtual environment, `pip install -r
requirements.txt`, `pytest`. uv does the same as pip here, faster. Every step's
requirements.txt is the same export of uv.lock (test_requirements.py), so the newest step,
which uses the most of it, stands for all of them.
"""

import subprocess
import sys
from pathlib import Path

from steptools.catalog import load_steps
from steptools.folders import copy_folder
from steptools.requirements import find_uv


def run(command: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


def test_copied_step_installs_its_requirements_and_passes_its_tests(tmp_path: Path) -> None:
    step = load_steps()[-1]
    folder = tmp_path / step.name
    copy_folder(step.folder, folder)
    python = folder / ".venv" / "bin" / "python"

    created = run([find_uv(), "venv", "--python", sys.executable, ".venv"], folder)
    assert created.returncode == 0, created.stderr
    installed = run(
        [find_uv(), "pip", "install", "--python", python, "-r", "requirements.txt"], folder
    )
    assert installed.returncode == 0, installed.stderr
    tested = run([python, "-m", "pytest", "-p", "no:cacheprovider"], folder)

    assert tested.returncode == 0, tested.stdout[-5000:]
