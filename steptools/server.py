"""Starting a step's app on a real server, the way `fastapi run` starts it in production."""

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx2

READY_TIMEOUT_SECONDS = 20.0
STOP_TIMEOUT_SECONDS = 10.0


class ServerError(RuntimeError):
    """The server exited or did not answer in time."""


@contextmanager
def serve(folder: Path, environment: Mapping[str, str] | None = None) -> Iterator[str]:
    """Serve the app of `folder` and yield its base URL, such as "http://127.0.0.1:54321".

    `environment` adds variables to the server's environment, such as settings.

    `fastapi run` is started with no app path, so it finds the app through the folder's
    [tool.fastapi] entrypoint. The server is stopped when the block ends; if the block
    fails, the server's log is added to the error.
    """
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "fastapi", "run", "--host", "127.0.0.1", "--port", str(port)]
    with tempfile.TemporaryDirectory() as scratch:
        log_path = Path(scratch) / "server.log"
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                command,
                cwd=folder,
                env={**os.environ, **(environment or {})},
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        try:
            _wait_until_ready(process, base_url)
            yield base_url
        except Exception as error:
            _stop(process)  # first, so that the log is complete
            log_text = log_path.read_text(encoding="utf-8", errors="replace")
            error.add_note(f"Log of the server for {folder}:\n{log_text}")
            raise
        finally:
            _stop(process)


def _free_port() -> int:
    # Port 0 makes the system pick a free port. Another program could take it before the
    # server does, but on a test machine that is rare enough.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_ready(process: subprocess.Popen[bytes], base_url: str) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(f"the server exited with code {process.returncode} at start")
        try:
            if httpx2.get(f"{base_url}/openapi.json", timeout=1.0).status_code == 200:
                return
        except httpx2.TransportError:
            pass  # Not listening yet.
        time.sleep(0.1)
    raise ServerError(f"the server did not answer within {READY_TIMEOUT_SECONDS} seconds")


def _stop(process: subprocess.Popen[bytes]) -> None:
    # terminate() lets the server shut down cleanly; kill() is for one that does not.
    process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
