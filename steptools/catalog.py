"""The steps of the tutorial, read from steps.toml and checked.

Only the standard library is used here: dev.py imports this module before .venv exists.
"""

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

REPO_ROOT = Path(__file__).resolve().parent.parent
STEPS_TOML = REPO_ROOT / "steps.toml"

HTTP_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# Lowercase words joined by single hyphens, such as "hello-world".
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

T = TypeVar("T")


class CatalogError(ValueError):
    """steps.toml does not describe the steps the way the tools expect."""


@dataclass(frozen=True)
class Link:
    title: str
    url: str


@dataclass(frozen=True)
class Smoke:
    method: str
    path: str
    status: int
    # The exact JSON body the server must answer, or None to check the status only.
    json: object | None


@dataclass(frozen=True)
class Step:
    number: int
    slug: str
    title: str
    goal: str
    concepts: tuple[str, ...]
    links: tuple[Link, ...]
    smoke: Smoke
    # Set only for a step whose lesson is in its tests: its app is the previous step's app.
    testing_only_reason: str | None
    # The folder that holds the step folders: steps/ beside the steps.toml that was read.
    steps_dir: Path

    @property
    def name(self) -> str:
        """The step's folder name, such as "01-hello-world"."""
        return f"{self.number:02d}-{self.slug}"

    @property
    def folder(self) -> Path:
        return self.steps_dir / self.name


def load_steps(path: Path = STEPS_TOML) -> list[Step]:
    """Read and check the steps listed in the steps.toml at `path`."""
    return parse_steps(path.read_text(encoding="utf-8"), steps_dir=path.parent / "steps")


def previous(step: Step, steps: Sequence[Step]) -> Step:
    """The step before `step` in `steps`, as load_steps() returned them."""
    if step.number == 1:
        raise ValueError("the first step has no previous step")
    # The numbers were checked to be 1..N in order, so step N sits at index N - 1.
    return steps[step.number - 2]


def parse_steps(text: str, steps_dir: Path) -> list[Step]:
    """Read and check the steps of a steps.toml given as text."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(f"steps.toml is not valid TOML: {error}") from error
    _check_keys(document, required={"step"}, optional=set(), where="steps.toml")
    tables = _field(document, "step", list, "steps.toml")
    if not tables:
        raise CatalogError("steps.toml lists no [[step]]")
    steps = [_step(table, position, steps_dir) for position, table in enumerate(tables, 1)]

    numbers = [step.number for step in steps]
    if numbers != list(range(1, len(steps) + 1)):
        raise CatalogError(f"step numbers must be 1, 2, 3... in order, without gaps: {numbers}")
    if steps[0].testing_only_reason is not None:
        raise CatalogError("step 1 cannot be testing-only: there is no previous app to reuse")
    return steps


def _step(table: object, position: int, steps_dir: Path) -> Step:
    where = f"steps.toml, [[step]] table {position}"
    if not isinstance(table, dict):
        raise CatalogError(f"{where}: must be a table")
    _check_keys(
        table,
        required={"number", "slug", "title", "goal", "concepts", "links", "smoke"},
        optional={"testing_only_reason"},
        where=where,
    )
    slug = _field(table, "slug", str, where)
    if not SLUG.fullmatch(slug):
        raise CatalogError(f"{where}: slug {slug!r} must be lowercase words joined by hyphens")
    return Step(
        number=_field(table, "number", int, where),
        slug=slug,
        title=_text(table, "title", where),
        goal=_text(table, "goal", where),
        concepts=_texts(table, "concepts", where),
        links=tuple(_link(link, where) for link in _field(table, "links", list, where)),
        smoke=_smoke(_field(table, "smoke", dict, where), where),
        testing_only_reason=(
            _text(table, "testing_only_reason", where) if "testing_only_reason" in table else None
        ),
        steps_dir=steps_dir,
    )


def _link(table: object, where: str) -> Link:
    if not isinstance(table, dict):
        raise CatalogError(f"{where}: every link must be a table {{ title, url }}")
    _check_keys(table, required={"title", "url"}, optional=set(), where=f"{where}, link")
    url = _text(table, "url", f"{where}, link")
    if not url.startswith("https://"):
        raise CatalogError(f"{where}: link {url!r} must be an https:// URL")
    return Link(title=_text(table, "title", f"{where}, link"), url=url)


def _smoke(table: Mapping[str, object], where: str) -> Smoke:
    where = f"{where}, smoke"
    _check_keys(table, required={"method", "path", "status"}, optional={"json"}, where=where)
    method = _field(table, "method", str, where)
    if method not in HTTP_METHODS:
        raise CatalogError(f"{where}: method {method!r} must be one of {sorted(HTTP_METHODS)}")
    path = _field(table, "path", str, where)
    if not path.startswith("/"):
        raise CatalogError(f"{where}: path {path!r} must start with /")
    status = _field(table, "status", int, where)
    if not 100 <= status <= 599:
        raise CatalogError(f"{where}: status {status} is not an HTTP status code")
    return Smoke(method=method, path=path, status=status, json=table.get("json"))


def _check_keys(
    table: Mapping[str, object], required: set[str], optional: set[str], where: str
) -> None:
    # An unknown key is most likely a typo, and a misspelt optional key would be ignored
    # without a word, so both are errors.
    missing = required - table.keys()
    unknown = table.keys() - required - optional
    if missing:
        raise CatalogError(f"{where}: missing {sorted(missing)}")
    if unknown:
        raise CatalogError(f"{where}: unknown {sorted(unknown)}")


def _field(table: Mapping[str, object], key: str, kind: type[T], where: str) -> T:
    value = table[key]
    # bool is a subclass of int, so without the first test `number = true` would pass.
    if isinstance(value, bool) or not isinstance(value, kind):
        raise CatalogError(f"{where}: {key!r} must be of type {kind.__name__}, not {value!r}")
    return value


def _text(table: Mapping[str, object], key: str, where: str) -> str:
    value = _field(table, key, str, where)
    if not value.strip():
        raise CatalogError(f"{where}: {key!r} must not be empty")
    return value


def _texts(table: Mapping[str, object], key: str, where: str) -> tuple[str, ...]:
    values = _field(table, key, list, where)
    if not values or not all(isinstance(value, str) and value.strip() for value in values):
        raise CatalogError(f"{where}: {key!r} must be a non-empty list of non-empty strings")
    return tuple(values)
