"""`@requires(Permission.X)`: one wrapper checks the permission before a use case runs (Electrum's
declared requirements). A refusal is recorded in the audit trail."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, Protocol, TypeVar

from ..domain.roles import Permission

if TYPE_CHECKING:
    from .session import Session

P = ParamSpec("P")
R = TypeVar("R")


class HasSession(Protocol):
    session: Session


S = TypeVar("S", bound=HasSession)


def requires(permission: Permission) -> Callable[[Callable[Concatenate[S, P], R]], Callable[Concatenate[S, P], R]]:
    def decorate(func: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
        @functools.wraps(func)
        def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
            self.session.require(permission)
            return func(self, *args, **kwargs)

        wrapper.required_permission = permission  # type: ignore[attr-defined]
        return wrapper

    return decorate
