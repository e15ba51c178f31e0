"""Copying and comparing step folders."""

import shutil
from pathlib import Path

# What a run leaves behind, and a learner's own environment and secrets: none of it is part
# of a step, and a stale cache or a local .env could change how a copy behaves.
NOT_COPIED = ("__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".venv", ".env")


def copy_folder(source: Path, destination: Path) -> None:
    """Copy `source` to `destination`, which must not exist yet, leaving out NOT_COPIED."""
    shutil.copytree(source, destination, ignore=shutil.ignore_patterns(*NOT_COPIED))


def same_files(first: Path, second: Path) -> bool:
    """Whether two folders hold the same files with the same bytes, leaving out NOT_COPIED."""
    return _files(first) == _files(second)


def _files(folder: Path) -> dict[str, bytes]:
    files = {}
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if path.is_file() and not set(NOT_COPIED).intersection(relative.parts):
            files[relative.as_posix()] = path.read_bytes()
    return files
