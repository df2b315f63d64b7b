"""What a turn retrieved: the learnings shown to the model, with short tags, as text and as data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from reflexio_api.models import AgentPlaybookView, ProfileView, UserPlaybookView

LearningKind = Literal["profile", "user_playbook", "agent_playbook"]
ExperimentArm = Literal["treatment", "holdout"]

# The tag letter of each kind: [p1] a profile, [u1] a user playbook, [a1] an agent playbook.
TAG_LETTERS: dict[LearningKind, str] = {"profile": "p", "user_playbook": "u", "agent_playbook": "a"}
HEADER = "Relevant memory about this user and task (from Reflexio):"
CITATION_HINT = "If an item above changed your answer, mention its tag in brackets, e.g. [{tag}]."
TITLE_LENGTH = 80


@dataclass(frozen=True)
class Learning:
    """One retrieved learning as shown to the model.

    `tag` is its short name in the prompt ("p1", "u2", "a1"; unique within a turn), `learning_id`
    its storage id (profile_id, user_playbook_id or agent_playbook_id as a string).
    """

    tag: str
    kind: LearningKind
    learning_id: str
    content: str
    trigger: str | None = None
    rationale: str | None = None
    exposure_receipt: str | None = None  # a user playbook's signed receipt, sent back on publish

    @property
    def title(self) -> str:
        """A short label: the content's first sentence or line, at most 80 characters."""
        text = " ".join(self.content.split())
        for stop in (". ", "\n"):
            end = text.find(stop)
            if 0 < end <= TITLE_LENGTH:
                return text[:end]
        return text if len(text) <= TITLE_LENGTH else text[: TITLE_LENGTH - 1] + "…"

    def line(self) -> str:
        """The learning as one line of the context block: `- [u1] content (when: trigger)`."""
        text = f"- [{self.tag}] {' '.join(self.content.split())}"
        if self.trigger:
            text += f" (when: {' '.join(self.trigger.split())})"
        return text

    def to_dict(self) -> dict[str, str]:
        """The learning for a structured prompt (JSON): tag, kind, content and, when set, trigger and rationale."""
        item = {"tag": self.tag, "kind": self.kind, "id": self.learning_id, "content": self.content}
        if self.trigger:
            item["trigger"] = self.trigger
        if self.rationale:
            item["rationale"] = self.rationale
        return item


@dataclass(frozen=True)
class Context:
    """The context block of one turn. Empty (and falsy) when nothing was found or Reflexio failed.

    `text` is the block for a prompt ("" when empty), `learnings` the same items as data; `error`
    says why the context is empty when retrieval failed or ran out of time (the turn goes on).
    `experiment_id`/`experiment_arm` come from the search and go with the publish.
    """

    learnings: tuple[Learning, ...] = ()
    text: str = ""
    experiment_id: str | None = None
    experiment_arm: ExperimentArm | None = None
    degraded: bool = False
    error: Exception | None = field(default=None, compare=False)

    def __bool__(self) -> bool:
        return bool(self.learnings)

    def __str__(self) -> str:
        return self.text

    def to_dict(self) -> list[dict[str, str]]:
        """The learnings for a structured prompt: a list of {"tag", "kind", "id", "content", ...}."""
        return [learning.to_dict() for learning in self.learnings]

    def get(self, tag: str) -> Learning | None:
        """The learning shown under `tag`, or None."""
        return next((learning for learning in self.learnings if learning.tag == tag), None)


def render(learnings: tuple[Learning, ...], *, header: str = HEADER, citation_hint: bool = True) -> str:
    """The plain-text context block: a header, one line per learning, the citation hint; "" when empty."""
    if not learnings:
        return ""
    lines = [header, *(learning.line() for learning in learnings)]
    if citation_hint:
        lines.append(CITATION_HINT.format(tag=learnings[0].tag))
    return "\n".join(lines)


def learning_of(item: ProfileView | UserPlaybookView | AgentPlaybookView, rank: int) -> Learning | None:
    """The learning of one search result, tagged with its rank among its kind; None when it has no
    content to show or no id to attribute it to."""
    from reflexio_api.models import ProfileView, UserPlaybookView

    trigger = rationale = receipt = None
    if isinstance(item, ProfileView):
        kind: LearningKind = "profile"
        learning_id = item.profile_id
    elif isinstance(item, UserPlaybookView):
        kind, learning_id = "user_playbook", str(item.user_playbook_id or "")
        trigger, rationale, receipt = item.trigger, item.rationale, item.exposure_receipt
    else:
        kind, learning_id = "agent_playbook", str(item.agent_playbook_id or "")
        trigger, rationale = item.trigger, item.rationale
    content = _text(item.content)
    if not content or not _text(learning_id):
        return None
    return Learning(
        tag=f"{TAG_LETTERS[kind]}{rank}",
        kind=kind,
        learning_id=learning_id.strip(),
        content=content,
        trigger=_text(trigger) or None,
        rationale=_text(rationale) or None,
        exposure_receipt=_text(receipt) or None,
    )


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""
