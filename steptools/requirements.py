"""Every step's requirements.txt, exported from the repository's uv.lock.

A step folder copied out of the repository installs with `pip install -r requirements.txt`
the same versions that the repository is tested with. `python3 dev.py requirements` writes
the file into every step folder.
"""

import shutil
import subprocess
import sys
from pathlib import Path

from steptools.catalog import REPO_ROOT, load_steps

# The runtime dependencies and the `test` group, pinned, with the environment markers of
# the lock; uv's header names this command, so the file says where it comes from.
EXPORT_COMMAND = [
    "export",
    "--frozen",
    "--no-default-groups",
    "--group",
    "test",
    "--no-emit-project",
    "--no-hashes",
    "--no-annotate",
]


class UvNotFoundError(RuntimeError):
    """uv is not installed beside the running Python."""


def find_uv() -> Path:
    """The uv that `python3 dev.py` installs into the same environment as this Python."""
    # which() with the folder of this Python finds uv there, and uv.exe on Windows.
    uv = shutil.which("uv", path=str(Path(sys.executable).parent))
    if uv is None:
        raise UvNotFoundError(
            f"uv is not installed next to {sys.executable}: run `python3 dev.py test` once, "
            "it installs uv into .venv"
        )
    return Path(uv)


def exported_requirements() -> str:
    """The text every step's requirements.txt must hold."""
    completed = subprocess.run(
        [find_uv(), *EXPORT_COMMAND],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"uv export failed:\n{completed.stderr}")
    return completed.stdout


def write_requirements() -> list[Path]:
    """Write requirements.txt into every step folder; return the files written."""
    requirements = exported_requirements()
    written = []
    for step in load_steps():
        # A step that steps.toml lists before its folder is written gets its file later.
        if step.folder.is_dir():
            path = step.folder / "requirements.txt"
            path.write_text(requirements, encoding="utf-8", newline="\n")
            written.append(path)
    return written
