"""The tools offered to attacks with the `# tools: yes` header (see `runner.py`).

They are ordinary typed host tools, written the way an application would, except that each
one can hand out the run's secret (the `MONTY_CANARY_SECRET` environment variable) through
something the sandbox must never reach: a private attribute, a property, a method, a class,
a host function, a module, a validation error's host objects.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import Any

import anyio
from pydantic import BaseModel, JsonValue, PrivateAttr

ENV_VAR = "MONTY_CANARY_SECRET"


def _secret() -> str:
    return os.environ.get(ENV_VAR, "")


class Account(BaseModel):
    """A model with a secret behind a private attribute, a property and methods."""

    id: int
    owner: str
    tags: list[str] = []
    _token: str = PrivateAttr(default_factory=_secret)

    @property
    def token(self) -> str:
        return self._token

    def reveal(self) -> str:
        return self._token

    @classmethod
    def env(cls) -> str:
        return _secret()


@dataclass
class Settings:
    """A dataclass with a secret behind a method, a property and a class attribute."""

    name: str
    api_key_env: str = ENV_VAR

    @property
    def api_key(self) -> str:
        return _secret()

    def read_key(self) -> str:
        return os.environ[self.api_key_env]


def get_account(account_id: int) -> Account:
    """A model result."""
    return Account(id=account_id, owner=f"owner{account_id}", tags=["a"])


async def fetch_account(account_id: int) -> Account:
    """A model result from an async tool."""
    await anyio.sleep(0)
    return Account(id=account_id, owner=f"owner{account_id}")


def get_settings() -> Settings:
    """A dataclass result."""
    return Settings(name="prod")


def save_account(account: Account) -> str:
    """A model argument: records validate back into the model."""
    return f"saved {account.owner}"


def echo(value: Any) -> Any:
    """Plain data back as it came (unvalidated)."""
    return value


def count_items(values: list[int]) -> int:
    """A list argument validated item by item."""
    return len(values)


def json_size(value: JsonValue) -> int:
    """A recursive annotation: pydantic walks every path of the value."""
    return len(str(type(value)))


def grid_cells(grid: list[list[list[int]]]) -> int:
    """A nested annotation validated entirely in pydantic-core (no Python code runs)."""
    return sum(len(row) for plane in grid for row in plane)


def host_objects() -> Any:
    """Host objects an application might return by mistake."""
    return [
        Account,
        Settings,
        os,
        os.getenv,
        os.environ,
        open,
        Account.env,
        get_account(1).reveal,
        sys._getframe(0),
        _secret,
    ]


TOOLS = [
    get_account,
    fetch_account,
    get_settings,
    save_account,
    echo,
    count_items,
    json_size,
    grid_cells,
    host_objects,
]
