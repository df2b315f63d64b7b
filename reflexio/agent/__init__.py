"""Memory for an agent: `session.turn(...)` retrieves, renders the context and publishes the turn.

    session = client.for_session("chat_42")
    turn = session.turn(user_id="u1", query=message)       # at most `budget` seconds; fails open
    answer = my_llm(f"{turn.context.text}\\n\\n{message}")
    turn.publish(answer)                                    # fire-and-forget, with what was used

LLM client wrappers: reflexio.integrations.openai / .anthropic (optional extras). See docs/agent.md.
"""

from __future__ import annotations

from ._context import Context, ExperimentArm, Learning, LearningKind
from ._plan import DEFAULT_BUDGET, SearchName, TurnOptions
from ._turn import AsyncTurn, Turn

__all__ = [
    "DEFAULT_BUDGET",
    "AsyncTurn",
    "Context",
    "ExperimentArm",
    "Learning",
    "LearningKind",
    "SearchName",
    "Turn",
    "TurnOptions",
]
