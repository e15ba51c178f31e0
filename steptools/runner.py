"""Running a step's tests in a fresh Python process, against its own app or another one.

Every step's app package is called `app`, so two steps must never be imported in one
process: each run here is a new `python -m pytest`.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from steptools.folders import copy_folder

# Generous: a step's suite takes seconds, so this only ends a run that hangs.
TIMEOUT_SECONDS = 300


@dataclass(frozen=True)
class RunResult:
    exit_code: int
    passed: int
    failed: int
    errors: int
    skipped: int
    # What pytest printed, stdout and stderr interleaved as on a terminal.
    output: str

    @property
    def total(self) -> int:
        """Test cases in the report; a module that failed to import counts as one error."""
        return self.passed + self.failed + self.errors + self.skipped

    @property
    def succeeded(self) -> bool:
        return self.exit_code == 0 and self.passed > 0 and self.failed == self.errors == 0

    def report(self, last_lines: int = 150) -> str:
        """The counts and the end of the output, for an assertion message."""
        tail = "\n".join(self.output.splitlines()[-last_lines:])
        return (
            f"pytest exited {self.exit_code}: {self.passed} passed, {self.failed} failed, "
            f"{self.errors} errors, {self.skipped} skipped. "
            f"Last {last_lines} lines of its output:\n{tail}"
        )


def run_suite(folder: Path, cwd: Path | None = None, extra_args: Sequence[str] = ()) -> RunResult:
    """Run the tests of the step folder `folder`.

    By default pytest starts in `folder`. With `cwd`, it starts there and is given the
    folder's path, as in `pytest steps/01-hello-world` from the repository root.
    """
    with tempfile.TemporaryDirectory() as scratch:
        junit_xml = Path(scratch) / "junit.xml"
        command = [
            sys.executable,
            "-m",
            "pytest",
            # No .pytest_cache written into the folder under test.
            "-p",
            "no:cacheprovider",
            f"--junitxml={junit_xml}",
            *extra_args,
        ]
        if cwd is not None:
            command.append(str(folder))
        completed = subprocess.run(
            command,
            cwd=cwd or folder,
            # A step's tests need no pytest plugin. Without the ones this environment has for
            # the repository's own tests (hypothesis, schemathesis), a run starts twice as fast.
            env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
        passed, failed, errors, skipped = _count(junit_xml)
    return RunResult(completed.returncode, passed, failed, errors, skipped, completed.stdout)


def run_against(tests_of: Path, app_of: Path) -> RunResult:
    """Run the tests of the step folder `tests_of` against the app/ package of `app_of`.

    `app_of` is any folder with an app/ package: another step, or a learner's own work.
    """
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / tests_of.name
        copy_folder(tests_of, folder)
        shutil.rmtree(folder / "app")
        copy_folder(app_of / "app", folder / "app")
        # A test module that imports something the other app lacks fails to collect; go on
        # with the others so that their failures show too.
        return run_suite(folder, extra_args=["--continue-on-collection-errors"])


def _count(junit_xml: Path) -> tuple[int, int, int, int]:
    """Passed, failed, errored and skipped test cases in a pytest JUnit XML report."""
    if not junit_xml.exists():
        # pytest stopped before it wrote a report, for example on a broken conftest.py.
        return 0, 0, 0, 0
    # The report is the file pytest wrote a moment ago, not input from outside.
    cases = ElementTree.parse(junit_xml).iter("testcase")  # noqa: S314
    passed = failed = errors = skipped = 0
    for case in cases:
        if case.find("failure") is not None:
            failed += 1
        elif case.find("error") is not None:
            errors += 1
        elif case.find("skipped") is not None:
            skipped += 1
        else:
            passed += 1
    return passed, failed, errors, skipped
