"""The local read cache: bounded, monotonic TTL, copy-out, thread-safe, invalidated after writes land."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from clients import make_client
from fault_server import FaultServer, Reply, Seen

import reflexio
from reflexio import ReflexioClient
from reflexio._cache import MISS, ResponseCache
from reflexio.types import GetProfilesViewResponse


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# -- the cache itself ---------------------------------------------------------------------------


def test_entries_expire_on_the_monotonic_clock() -> None:
    clock = FakeClock()
    cache = ResponseCache(ttl=600, max_entries=10, clock=clock)
    cache.store("profiles", "k", {"v": 1}, generation=0)
    clock.now += 599.9
    assert cache.get("profiles", "k") == {"v": 1}
    clock.now += 0.1
    assert cache.get("profiles", "k") is MISS
    assert len(cache) == 0


def test_least_recently_used_entries_are_evicted_first() -> None:
    cache = ResponseCache(ttl=600, max_entries=2)
    cache.store("profiles", "a", 1, 0)
    cache.store("profiles", "b", 2, 0)
    assert cache.get("profiles", "a") == 1  # a is now the most recently used
    cache.store("profiles", "c", 3, 0)
    assert cache.get("profiles", "b") is MISS
    assert (cache.get("profiles", "a"), cache.get("profiles", "c")) == (1, 3)
    assert len(cache) == 2


def test_callers_get_copies_that_cannot_corrupt_the_cache() -> None:
    cache = ResponseCache(ttl=600, max_entries=10)
    original = {"profiles": [{"content": "likes tea"}]}
    cache.store("profiles", "k", original, 0)
    original["profiles"].clear()  # the caller's object, after storing
    first = cache.get("profiles", "k")
    first["profiles"][0]["content"] = "mutated"
    assert cache.get("profiles", "k") == {"profiles": [{"content": "likes tea"}]}


def test_zero_ttl_or_size_disables_and_negative_values_are_refused() -> None:
    for cache in (ResponseCache(ttl=0, max_entries=10), ResponseCache(ttl=600, max_entries=0)):
        cache.store("profiles", "k", 1, 0)
        assert cache.get("profiles", "k") is MISS and not cache.enabled
    with pytest.raises(ValueError, match="cache_ttl"):
        ResponseCache(ttl=-1, max_entries=10)


def test_a_read_that_started_before_an_invalidation_is_not_stored() -> None:
    cache = ResponseCache(ttl=600, max_entries=10)
    started_at = cache.generation("profiles")
    cache.invalidate(["profiles"])  # a write landed while the read was in flight
    cache.store("profiles", "k", "stale", started_at)
    assert cache.get("profiles", "k") is MISS
    cache.store("profiles", "k", "fresh", cache.generation("profiles"))
    assert cache.get("profiles", "k") == "fresh"


def test_invalidation_only_touches_its_namespace() -> None:
    cache = ResponseCache(ttl=600, max_entries=10)
    cache.store("profiles", "k", 1, 0)
    cache.store("agent_playbooks", "k", 2, 0)
    cache.invalidate(["profiles"])
    assert cache.get("profiles", "k") is MISS and cache.get("agent_playbooks", "k") == 2


def test_concurrent_use_keeps_the_bound_and_never_serves_invalidated_data() -> None:
    cache = ResponseCache(ttl=600, max_entries=50)
    errors: list[str] = []

    def reader_writer(worker: int) -> None:
        for i in range(2000):
            key = f"{worker}-{i % 80}"
            generation = cache.generation("profiles")
            cache.store("profiles", key, {"gen": generation}, generation)
            value = cache.get("profiles", key)
            if value is not MISS and value["gen"] < generation:
                errors.append(f"served generation {value['gen']} after {generation}")
            if len(cache) > 50:
                errors.append(f"{len(cache)} entries")

    def invalidator() -> None:
        for _ in range(500):
            cache.invalidate(["profiles"])

    threads = [threading.Thread(target=reader_writer, args=(n,)) for n in range(4)]
    threads.append(threading.Thread(target=invalidator))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert cache.generation("profiles") == 500


# -- the cache inside the clients, counted on a real local HTTP server ------------------------------

PROFILES = {
    "success": True,
    "user_profiles": [
        {
            "profile_id": "p1",
            "user_id": "u1",
            "content": "likes tea",
            "last_modified_timestamp": 1700000000,
            "generated_from_request_id": "r1",
            "profile_time_to_live": "infinity",
            "expiration_timestamp": 4102444800,
            "source_interaction_ids": [],
            "tags": [],
        }
    ],
    "msg": "",
}


class ProfileServer:
    """Counts get_profiles calls; a delete_profile makes later reads return no profile."""

    def __init__(self) -> None:
        self.reads = 0
        self.deleted = False
        self.lock = threading.Lock()
        self.read_started = threading.Event()
        self.release_read = threading.Event()
        self.release_read.set()

    def __call__(self, seen: Seen) -> Reply:
        if seen.path.endswith("/delete_profile"):
            with self.lock:
                self.deleted = True
            return Reply(200, json.dumps({"success": True, "message": "deleted"}))
        if seen.path.endswith("/get_profiles"):
            with self.lock:
                self.reads += 1
                answer = {**PROFILES, "user_profiles": [] if self.deleted else PROFILES["user_profiles"]}
            body = json.dumps(answer)  # computed now: a slow read answers with what was true when it began
            self.read_started.set()
            self.release_read.wait(10)
            return Reply(200, body)
        return Reply(404, '{"detail": "Not Found"}')


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_reads_are_served_from_the_cache_until_force_refresh(kind: str) -> None:
    peer = ProfileServer()
    with FaultServer(handler=peer) as server:
        client = make_client(kind, url_endpoint=server.url)
        first = client.get_profiles(user_id="u1")
        second = client.get_profiles(user_id="u1")
        assert isinstance(second, GetProfilesViewResponse) and second.user_profiles[0].content == "likes tea"
        assert peer.reads == 1
        second.user_profiles.clear()  # a caller mutating its result
        assert len(client.get_profiles(user_id="u1").user_profiles) == 1
        client.get_profiles(user_id="u1", force_refresh=True)
        client.get_profiles(user_id="u2")  # another request, another entry
        assert peer.reads == 3
        assert first is not second
        client.close()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_fire_and_forget_delete_invalidates_once_it_lands(kind: str) -> None:
    peer = ProfileServer()
    with FaultServer(handler=peer) as server:
        client = make_client(kind, url_endpoint=server.url)
        assert len(client.get_profiles(user_id="u1").user_profiles) == 1
        assert client.delete_profile("u1", profile_id="p1") is None
        assert client.flush(timeout=10) is True
        assert client.get_profiles(user_id="u1").user_profiles == []
        assert peer.reads == 2
        client.close()


def test_a_read_in_flight_while_a_delete_lands_is_not_cached() -> None:
    """The race the docs' 10-minute cache invites: the stale answer must not outlive the delete."""
    peer = ProfileServer()
    with FaultServer(handler=peer) as server:
        client = ReflexioClient(url_endpoint=server.url)
        peer.release_read.clear()
        results: list[GetProfilesViewResponse] = []
        reader = threading.Thread(target=lambda: results.append(client.get_profiles(user_id="u1")))
        reader.start()
        assert peer.read_started.wait(10)  # the server computed the pre-delete answer
        client.delete_profile("u1", profile_id="p1", wait_for_response=True)
        peer.release_read.set()
        reader.join(10)
        assert len(results[0].user_profiles) == 1  # that read legitimately saw the old state ...
        assert client.get_profiles(user_id="u1").user_profiles == []  # ... but was not cached
        assert peer.reads == 2
        client.close()


def test_a_failed_write_still_invalidates() -> None:
    calls: list[str] = []

    def handler(seen: Seen) -> Reply:
        calls.append(seen.path)
        if seen.path.endswith("/delete_profile"):
            return Reply(500, '{"detail": "storage error after a partial delete"}')
        return Reply(200, json.dumps(PROFILES))

    with FaultServer(handler=handler) as server:
        client = ReflexioClient(url_endpoint=server.url, max_retries=0)
        client.get_profiles(user_id="u1")
        with pytest.raises(reflexio.InternalServerError):
            client.delete_profile("u1", profile_id="p1", wait_for_response=True)
        client.get_profiles(user_id="u1")
        assert [p.rsplit("/", 1)[-1] for p in calls] == ["get_profiles", "delete_profile", "get_profiles"]
        client.close()


def test_cache_ttl_zero_disables_and_views_share_the_cache() -> None:
    peer = ProfileServer()
    with FaultServer(handler=peer) as server:
        uncached = ReflexioClient(url_endpoint=server.url, cache_ttl=0)
        uncached.get_profiles(user_id="u1")
        uncached.get_profiles(user_id="u1")
        assert peer.reads == 2
        cached = ReflexioClient(url_endpoint=server.url)
        cached.get_profiles(user_id="u1")
        cached.with_options(timeout=5).get_profiles(user_id="u1")
        assert peer.reads == 3
        cached.invalidate_local_cache()
        cached.get_profiles(user_id="u1")
        assert peer.reads == 4
        for c in (uncached, cached):
            c.close()


@pytest.mark.server
def test_real_server_get_profiles_after_fire_and_forget_delete(client: Any, unique: str) -> None:
    user = f"cache-{unique}"
    client.add_user_profile([{"user_id": user, "profile_id": f"p-{unique}", "content": "prefers window seats"}])
    ids = [p.profile_id for p in client.get_profiles(user_id=user).user_profiles]
    assert ids == [f"p-{unique}"]
    client.delete_profile(user, profile_id=ids[0])  # fire-and-forget
    client.get_profiles(user_id=user)  # may still see it: the delete may not have landed yet
    assert client.flush(timeout=30) is True
    assert client.get_profiles(user_id=user).user_profiles == []
    assert client.get_profiles(user_id=user, force_refresh=True).user_profiles == []
