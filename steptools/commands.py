"""The commands of dev.py, run in .venv once dev.py has set it up.

`python3 dev.py test -x` runs `.venv/bin/python -m steptools.commands test -x`; with .venv
activated, the second form works on its own.
"""

import argparse
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from steptools.catalog import REPO_ROOT, load_steps
from steptools.requirements import write_requirements


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python3 dev.py", description="Serve a step's app or run every check."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve_parser = commands.add_parser(
        "serve", help="serve a step's app at http://127.0.0.1:8000, reloading on every save"
    )
    serve_parser.add_argument(
        "folder",
        nargs="?",
        type=Path,
        help="the folder to serve (default: final/, else the last step)",
    )
    commands.add_parser(
        "test",
        help="lint, type-check and run every test; other arguments go to pytest",
        description="Lint, type-check and run every test. Other arguments go to pytest, "
        "as in `python3 dev.py test -k smoke -x`.",
        # Every other option goes to pytest as written, never read as short for --help.
        allow_abbrev=False,
    )
    commands.add_parser("requirements", help="write every step's requirements.txt from uv.lock")
    args, pytest_args = parser.parse_known_args(argv)
    if args.command == "test":
        return test(pytest_args)
    if pytest_args:
        parser.error(f"unrecognized arguments: {' '.join(pytest_args)}")
    if args.command == "serve":
        return serve(args.folder or default_folder())
    for path in write_requirements():
        print(f"wrote {path.relative_to(REPO_ROOT)}")
    return 0


def serve(folder: Path) -> int:
    if not (folder / "app").is_dir():
        print(f"{folder} is not a step folder: it has no app/ package")
        return 2
    print(f"Serving {folder}: open http://127.0.0.1:8000/docs (Ctrl+C stops it)", flush=True)
    try:
        command = [sys.executable, "-m", "fastapi", "dev", "--host", "127.0.0.1", "--port", "8000"]
        return run(command, folder)
    except KeyboardInterrupt:
        # Ctrl+C is how a development server is meant to stop, not an error.
        return 0


def default_folder() -> Path:
    final = REPO_ROOT / "final"
    return final if final.is_dir() else load_steps()[-1].folder


def test(pytest_args: Sequence[str]) -> int:
    """Run each check in turn; stop at the first that fails, with its exit code."""
    ruff = [sys.executable, "-m", "ruff"]
    mypy = [sys.executable, "-m", "mypy", "--config-file", str(REPO_ROOT / "pyproject.toml")]
    stages: list[tuple[str, list[str], Path]] = [
        ("ruff check", [*ruff, "check", "."], REPO_ROOT),
        ("ruff format --check", [*ruff, "format", "--check", "."], REPO_ROOT),
    ]
    # Every step has its own package called `app`, so mypy checks one step at a time, from
    # its folder, each with a cache of its own.
    for step in load_steps():
        if not step.folder.is_dir():
            print(f"steps.toml lists {step.name}, but {step.folder} does not exist")
            return 1
        cache = str(REPO_ROOT / ".mypy_cache" / step.name)
        stages.append(
            (f"mypy {step.name}", [*mypy, "--cache-dir", cache, "app", "tests"], step.folder)
        )
    tooling = ["steptools", "tests", "conftest.py", "dev.py"]
    stages.append((f"mypy {' '.join(tooling)}", [*mypy, *tooling], REPO_ROOT))
    stages.append(("pytest", [sys.executable, "-m", "pytest", *pytest_args], REPO_ROOT))

    for title, command, cwd in stages:
        print(f"== {title}", flush=True)
        exit_code = run(command, cwd)
        if exit_code != 0:
            print(f"== {title} failed with exit code {exit_code}", flush=True)
            return exit_code
    return 0


def run(command: Sequence[str], cwd: Path) -> int:
    return subprocess.run(command, cwd=cwd, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
