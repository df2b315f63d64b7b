"""Profiles: read, search, add, delete user profiles and their change log."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from .._convert import require, to_models
from .._inputs.profiles import SEARCH_DELETE_LIMIT, matching_ids, profile_dicts
from .._operation import Operation
from .._request_options import Body, Headers, Query, TimeoutLike, per_call
from .plain import ProfilesPlain

if TYPE_CHECKING:
    from reflexio_api.models import (
        AddUserProfileResponse,
        DeleteUserProfileResponse,
        UserProfile,
    )


class ProfilesMethods(ProfilesPlain):
    @per_call
    def add_user_profile(
        self,
        user_profiles: Sequence[UserProfile | Mapping[str, Any]],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> AddUserProfileResponse:
        """Add user profiles directly to storage, bypassing extraction (an existing profile_id is replaced).

        Args:
            user_profiles: UserProfile models or dicts. A dict needs user_id and content; a missing
                profile_id gets a random one, last_modified_timestamp defaults to now (a datetime or
                ISO string is accepted) and generated_from_request_id to "manual".
        """
        from reflexio_api.api.profiles import add_user_profile
        from reflexio_api.models import AddUserProfileRequest, AddUserProfileResponse, UserProfile

        profiles = to_models(UserProfile, profile_dicts(user_profiles), "user_profiles")
        body = AddUserProfileRequest(user_profiles=profiles)
        return self._request(Operation(add_user_profile, {"body": body}, AddUserProfileResponse))

    @overload
    def delete_profile(
        self,
        user_id: str,
        profile_id: str = "",
        search_query: str = "",
        wait_for_response: Literal[False] = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    def delete_profile(
        self,
        user_id: str,
        profile_id: str = "",
        search_query: str = "",
        *,
        wait_for_response: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserProfileResponse: ...

    @overload
    def delete_profile(
        self,
        user_id: str,
        profile_id: str = "",
        search_query: str = "",
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserProfileResponse | None: ...

    @per_call
    def delete_profile(
        self,
        user_id: str,
        profile_id: str = "",
        search_query: str = "",
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserProfileResponse | None:
        """Delete a user's profile by id, or the user's profiles whose content contains `search_query`.

        The server (0.2.32) ignores search_query, so the client finds the matching profiles
        (case-insensitive substring of the content, any status) and deletes them by id; that
        lookup is sent at once, the delete itself follows `wait_for_response`.

        Args:
            user_id: the profiles' owner.
            profile_id: the profile to delete.
            search_query: delete every profile of the user whose content contains this text instead.
            wait_for_response: True: wait and return the answer; False: queue it in the
                background and return None (see flush()).
        """
        from reflexio_api.api.profiles import delete_profile, delete_profiles_by_ids
        from reflexio_api.models import (
            BulkDeleteResponse,
            DeleteProfilesByIdsRequest,
            DeleteUserProfileRequest,
            DeleteUserProfileResponse,
        )

        require(user_id, "user_id")
        require(profile_id, "profile_id", blank=True)
        require(search_query, "search_query", blank=True)
        if bool(profile_id.strip()) == bool(search_query.strip()):
            raise ValueError("delete_profile takes a profile_id or a search_query (exactly one)")
        if profile_id.strip():
            body = DeleteUserProfileRequest(user_id=user_id, profile_id=profile_id)
            return self._send(Operation(delete_profile, {"body": body}, DeleteUserProfileResponse), wait_for_response)
        found = self.get_profiles(
            user_id=user_id,
            query=search_query,
            status_filter=[None, "pending", "archived"],
            top_k=SEARCH_DELETE_LIMIT,
            force_refresh=True,
        )
        ids = matching_ids(found.user_profiles, search_query)
        if not ids:
            message = f"No profile of {user_id!r} contains {search_query!r}"
            return DeleteUserProfileResponse(success=True, message=message) if wait_for_response else None
        bulk = DeleteProfilesByIdsRequest(profile_ids=ids)
        answer = self._send(Operation(delete_profiles_by_ids, {"body": bulk}, BulkDeleteResponse), wait_for_response)
        if answer is None:
            return None
        return DeleteUserProfileResponse(success=answer.success, message=answer.message)
