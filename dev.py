#!/usr/bin/env python3
"""Set up the tools, then serve a step's app or run every check.

Usage:
    python3 dev.py serve [FOLDER]       serve FOLDER's app at http://127.0.0.1:8000, reloading
                                        on every save (default: final/, else the last step)
    python3 dev.py test [PYTEST ARGS]   lint, type-check and run every test
    python3 dev.py requirements         write every step's requirements.txt from uv.lock

Each command first makes .venv/ if needed and syncs it with uv.lock, then runs in .venv as
`python -m steptools.commands COMMAND [ARGS]`. This file uses only the standard library, so
any Python 3.11 or newer can run it.
"""

import os
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

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
        return 0 if args and args[0] in ("-h", "--help") else 2
    bootstrap()
    return hand_over([PYTHON, "-m", "steptools.commands", *args])


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


def hand_over(command: Sequence[str | Path]) -> int:
    """Run `command` from the repository root, where steptools is, and return its exit code."""
    with subprocess.Popen(command, cwd=ROOT) as process:
        while True:
            try:
                return process.wait()
            except KeyboardInterrupt:
                # Ctrl+C reaches the command too, and it decides how to stop: wait for it.
                continue


def run(command: Sequence[str | Path]) -> int:
    return subprocess.run(command, cwd=ROOT, check=False).returncode


def check(command: Sequence[str | Path]) -> None:
    exit_code = run(command)
    if exit_code != 0:
        sys.exit(exit_code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
