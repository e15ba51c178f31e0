"""The steps of the tutorial, read from steps.toml and validated with Pydantic."""

import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    PrivateAttr,
    StringConstraints,
    ValidationError,
    model_validator,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
STEPS_TOML = REPO_ROOT / "steps.toml"

# Text with something in it: "" and " " are rejected.
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class CatalogError(ValueError):
    """steps.toml does not describe the steps the way the tools expect."""


class _Table(BaseModel):
    # Strict: `number = "2"` or `number = true` is a mistake, not a number. An unknown key
    # is most likely a typo, and a misspelt optional key would be ignored without a word.
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class Link(_Table):
    title: Text
    url: str = Field(pattern=r"^https://\S+$")


class Smoke(_Table):
    method: Literal["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
    path: str = Field(pattern=r"^/")
    status: int = Field(ge=100, le=599)
    # The JSON object the request sends as its body, or None to send no body.
    body: dict[str, JsonValue] | None = None
    # The exact JSON the server must answer, or None to check the status only. The key in
    # steps.toml is `json`; as an attribute that name would hide BaseModel.json().
    response_json: JsonValue = Field(default=None, alias="json")


class Step(_Table):
    number: int
    # Lowercase words joined by single hyphens, such as "hello-world".
    slug: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    title: Text
    goal: Text
    # TOML arrays arrive as lists, which strict mode would not take for a tuple; the items
    # stay strict.
    concepts: tuple[Text, ...] = Field(min_length=1, strict=False)
    links: tuple[Link, ...] = Field(strict=False)
    smoke: Smoke
    # Set only for a step whose lesson is in its tests: its app is the previous step's app.
    testing_only_reason: Text | None = None
    # Not part of steps.toml: the steps/ folder beside it, which parse_steps() sets.
    _steps_dir: Path = PrivateAttr()

    @property
    def name(self) -> str:
        """The step's folder name, such as "01-hello-world"."""
        return f"{self.number:02d}-{self.slug}"

    @property
    def folder(self) -> Path:
        return self._steps_dir / self.name


class Catalog(_Table):
    step: tuple[Step, ...] = Field(min_length=1, strict=False)

    @model_validator(mode="after")
    def _numbered_in_order(self) -> Self:
        numbers = [step.number for step in self.step]
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError(f"step numbers must be 1, 2, 3... in order, without gaps: {numbers}")
        if self.step[0].testing_only_reason is not None:
            raise ValueError("step 1 cannot be testing-only: there is no previous app to reuse")
        return self


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
        catalog = Catalog.model_validate(tomllib.loads(text))
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(f"steps.toml is not valid TOML: {error}") from error
    except ValidationError as error:
        raise CatalogError(f"steps.toml{_where(error)}: {error}") from error
    for step in catalog.step:
        step._steps_dir = steps_dir
    return list(catalog.step)


def _where(error: ValidationError) -> str:
    """The [[step]] tables that the errors are in, such as ", [[step]] table 2"."""
    # Pydantic counts from 0: its location `step.1.goal` is the goal of [[step]] table 2.
    tables = {
        loc[1] + 1
        for loc in (details["loc"] for details in error.errors())
        if len(loc) > 1 and loc[0] == "step" and isinstance(loc[1], int)
    }
    return "".join(f", [[step]] table {table}" for table in sorted(tables))
