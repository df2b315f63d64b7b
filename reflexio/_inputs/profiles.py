"""Profile input helpers."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from .._convert import current_statuses, require, require_list, timestamp

# generated_from_request_id of profiles added by hand (the server needs some value).
MANUAL_PROFILE_SOURCE_REQUEST = "manual"
# Profiles one delete_profile(search_query=...) call looks through at most.
SEARCH_DELETE_LIMIT = 10_000
# get_all_profiles' status_filter: the server maps these three and ignores anything else.
ALL_PROFILES_STATUSES = ("current", "pending", "archived")


def profile_dicts(user_profiles: Any) -> list[Any]:
    """Profiles to add: dicts get the fields a hand-written profile usually lacks."""
    require_list(user_profiles, "user_profiles", "UserProfile or dicts")
    out: list[Any] = []
    for i, profile in enumerate(user_profiles):
        if isinstance(profile, Mapping):
            data = dict(profile)
            for key in ("user_id", "content"):  # a missing one fails in to_model, like any required field
                if key in data:
                    require(data[key], f"user_profiles[{i}].{key}")
            data.setdefault("profile_id", uuid.uuid4().hex)
            data.setdefault("generated_from_request_id", MANUAL_PROFILE_SOURCE_REQUEST)
            if data.get("last_modified_timestamp") is None:
                data["last_modified_timestamp"] = int(dt.datetime.now(dt.UTC).timestamp())
            else:
                data["last_modified_timestamp"] = timestamp(
                    data["last_modified_timestamp"], f"user_profiles[{i}].last_modified_timestamp"
                )
            profile = data
        out.append(profile)
    return out


def matching_ids(profiles: Any, search_query: str) -> list[str]:
    """Ids of the profiles whose content contains `search_query` (case-insensitive)."""
    needle = search_query.lower()
    return [p.profile_id for p in profiles if isinstance(p.content, str) and needle in p.content.lower()]


def status_list(values: Any) -> list[Any] | None:
    """get_profiles' status_filter: "current", "None" and Status.NONE mean the current profiles, sent as
    null (the server rejects "current" there although get_all_profiles takes it, and matches nothing for
    the text "None"); other strings must be Status values."""
    from reflexio_api.models import Status

    if values is None:
        return None
    require_list(values, "status_filter", empty=True)
    out: list[Any] = []
    for value in current_statuses(list(values)):
        if value is None or isinstance(value, Status):
            out.append(value)
        elif isinstance(value, str) and value in {s.value for s in Status}:
            out.append(Status(value))
        else:
            known = ["current", *(s.value for s in Status)]
            raise ValueError(f"status_filter: {value!r} is not a profile status; known: {known}")
    return out


def all_profiles_status(value: Any) -> str | None:
    """get_all_profiles' status_filter, checked: the server ignores values it does not know."""
    if value is None:
        return None
    text = value.value if hasattr(value, "value") else value
    if text not in ALL_PROFILES_STATUSES:
        raise ValueError(f"status_filter must be one of {ALL_PROFILES_STATUSES} or None, not {value!r}")
    return str(text)
