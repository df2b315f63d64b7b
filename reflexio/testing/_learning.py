"""Making the fake learn: what a publish teaches it, applied as the server's extraction would store it.

The fake has no LLM. A test says what a request teaches (`FakeReflexio.learn`) or how every publish is
learned from (`FakeReflexio.learn_on_publish`); the profiles and user playbooks are stored for the
request's user, and its learning status moves from pending to done.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._memory import store_profile, store_user_playbook
from ._state import JSON, FakeState


@dataclass(frozen=True)
class Published:
    """A request as the fake stored it, handed to a learner."""

    request_id: str
    user_id: str
    session_id: str
    agent_version: str
    source: str
    interactions: list[dict[str, Any]]  # the turns: role, content, ...


@dataclass(frozen=True)
class Learned:
    """What a request taught: profile contents and user playbook contents (strings, or dicts of fields)."""

    profiles: Sequence[str | Mapping[str, Any]] = field(default_factory=tuple)
    playbooks: Sequence[str | Mapping[str, Any]] = field(default_factory=tuple)


Learner = Callable[[Published], Learned | None]


def published(state: FakeState, request: dict[str, JSON]) -> Published:
    turns = [dict(i) for i in state.interactions.values() if i["request_id"] == request["request_id"]]
    turns.sort(key=lambda i: i["interaction_id"])
    return Published(
        request_id=request["request_id"],
        user_id=request["user_id"],
        session_id=request["session_id"],
        agent_version=request["agent_version"],
        source=request["source"],
        interactions=turns,
    )


def apply(state: FakeState, request: dict[str, JSON], learned: Learned | None) -> tuple[int, int]:
    """Store what `request` taught and mark its learning done; (profiles added, playbooks added)."""
    learned = learned or Learned()
    if isinstance(learned.profiles, str) or isinstance(learned.playbooks, str):
        raise TypeError("Learned(profiles=..., playbooks=...) takes lists of strings or dicts, not one string")
    owner = {"user_id": request["user_id"], "source": request["source"]}
    for item in learned.profiles:
        given = {"content": item} if isinstance(item, str) else dict(item)
        store_profile(state, {**owner, "generated_from_request_id": request["request_id"], **given})
    for item in learned.playbooks:
        given = {"content": item} if isinstance(item, str) else dict(item)
        base = {**owner, "agent_version": request["agent_version"], "request_id": request["request_id"]}
        store_user_playbook(state, {**base, **given})
    request["learned"] = True
    return len(learned.profiles), len(learned.playbooks)
