#!/usr/bin/env python3
"""Set up the tools, then serve a step's app or run every check.

Usage:
    python3 dev.py serve [FOLDER]       serve FOLDER's app at http://127.0.0.1:8000, reloading
                                        on every save (default: final/, else the last step)
    python3 dev.py test [PYTEST ARGS]   lint, type-check and run every test
    python3 dev.py requirements         write every step's requirements.txt from uv.lock

Each command first makes .venv/ if needed and syncs it with uv.lock. This file and the
steptools.catalog module it reads steps.toml with use only the standard library, so any
Python 3.11 or newer can run it.
"""

import os
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

from steptools.catalog import load_steps

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
EXE = ".exe" if os.name == "nt" else ""
PYTHON = BIN / f"python{EXE}"
UV = BIN / f"uv{EXE}"
COMMANDS = ("serve", "test", "requirements")


def main(args: Sequence[str]) -> int:
    if not args or args[0] not in COMMANDS:
        print(__doc__)
        return 2
    command, rest = args[0], list(args[1:])
    bootstrap()
    if command == "serve":
        return serve(rest)
    if command == "test":
        return test(rest)
    return run([PYTHON, "-m", "steptools.requirements"])


def bootstrap() -> None:
    """Make .venv with the uv version pyproject.toml asks for, and sync it with uv.lock."""
    # Python comes from this machine, never from a download: learners and CI may be offline.
    os.environ["UV_PYTHON_DOWNLOADS"] = "never"
    if not PYTHON.exists():
        print("== creating .venv", flush=True)
        if run([sys.executable, "-m", "venv", VENV]) != 0:
            sys.exit("Could not create .venv. On Debian or Ubuntu: sudo apt install python3-venv")
    if not UV.exists():
        # A .venv made by uv has no pip; ensurepip adds the pip that ships with Python.
        check([PYTHON, "-m", "ensurepip"])
        check([PYTHON, "-m", "pip", "install", "--disable-pip-version-check", uv_requirement()])
    # --inexact: keep what is not in the lock, above all uv itself.
    check([UV, "sync", "--frozen", "--inexact", "--python", PYTHON])


def uv_requirement() -> str:
    """The uv release that [tool.uv] required-version in pyproject.toml pins, for pip."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        required = tomllib.load(file)["tool"]["uv"]["required-version"]
    return f"uv=={required.removeprefix('==')}"


def serve(args: list[str]) -> int:
    folder = Path(args[0]) if args else default_folder()
    if not (folder / "app").is_dir():
        print(f"{folder} is not a step folder: it has no app/ package")
        return 2
    print(f"Serving {folder}: open http://127.0.0.1:8000/docs (Ctrl+C stops it)", flush=True)
    try:
        return run([BIN / f"fastapi{EXE}", "dev", "--host", "127.0.0.1", "--port", "8000"], folder)
    except KeyboardInterrupt:
        # Ctrl+C is how a development server is meant to stop, not an error.
        return 0


def default_folder() -> Path:
    final = ROOT / "final"
    return final if final.is_dir() else load_steps()[-1].folder


def test(pytest_args: list[str]) -> int:
    """Run each check in turn; stop at the first that fails, with its exit code."""
    ruff = BIN / f"ruff{EXE}"
    mypy: list[str | Path] = [BIN / f"mypy{EXE}", "--config-file", ROOT / "pyproject.toml"]
    stages: list[tuple[str, list[str | Path], Path]] = [
        ("ruff check", [ruff, "check", "."], ROOT),
        ("ruff format --check", [ruff, "format", "--check", "."], ROOT),
    ]
    # Every step has its own package called `app`, so mypy checks one step at a time, from
    # its folder, each with a cache of its own.
    for step in load_steps():
        if not step.folder.is_dir():
            print(f"steps.toml lists {step.name}, but {step.folder} does not exist")
            return 1
        cache = ROOT / ".mypy_cache" / step.name
        stages.append(
            (f"mypy {step.name}", [*mypy, "--cache-dir", cache, "app", "tests"], step.folder)
        )
    stages.append(("mypy steptools tests dev.py", [*mypy, "steptools", "tests", "dev.py"], ROOT))
    stages.append(("pytest", [PYTHON, "-m", "pytest", *pytest_args], ROOT))

    for title, command, cwd in stages:
        print(f"== {title}", flush=True)
        exit_code = run(command, cwd)
        if exit_code != 0:
            print(f"== {title} failed with exit code {exit_code}", flush=True)
            return exit_code
    return 0


def run(command: Sequence[str | Path], cwd: Path = ROOT) -> int:
    return subprocess.run(command, cwd=cwd, check=False).returncode


def check(command: Sequence[str | Path]) -> None:
    exit_code = run(command)
    if exit_code != 0:
        sys.exit(exit_code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
