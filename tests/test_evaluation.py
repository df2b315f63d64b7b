"""Evaluation and retrieval-experiment methods against the real server, sync and async.

The test servers have no working LLM for grading, so no evaluation result is ever stored: the
result readers are checked for typed, filtered answers, grading for its documented skip. Evaluation
regeneration (one job per org, 5 starts a minute) and retrieval experiments (one active per org;
holdout users get no search results) run against this module's own server.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from typing import Any

import pytest
from dedicated import clients_of, fresh_server, offline, wait_until
from reflexio_api.models import (
    GetAgentSuccessEvaluationResultsRequest,
    GetEvaluationResultsViewResponse,
    GetRetrievedLearningEvaluationResultsResponse,
    GradeOnDemandRequest,
    GradeOnDemandResponse,
    RegenerateFailure,
    RegenerateStartResponse,
    RegenerateStatusResponse,
    RegenerateStatusResponseStatus,
    RetrievalExperimentArmMetrics,
    RetrievalExperimentArmMetricsArm,
    RetrievalExperimentAssignmentArm,
    RetrievalExperimentListResponse,
    RetrievalExperimentRecord,
    RetrievalExperimentResultsResponse,
)
from reflexio_api.types import Unset
from servers import RealServer

from reflexio import ConflictError, NotFoundError

pytestmark = pytest.mark.server

NOW = dt.datetime.now(dt.UTC)
DATE_FORMS = {
    "aware": (NOW - dt.timedelta(days=1), NOW),
    "naive (UTC)": ((NOW - dt.timedelta(days=1)).replace(tzinfo=None), NOW.replace(tzinfo=None)),
    "ISO strings": ("2020-01-01T00:00:00Z", NOW.isoformat()),
    "unix seconds": (1_577_836_800, int(NOW.timestamp())),
}


# -- result readers and on-demand grading (session servers) ------------------------------------------


def test_agent_success_results_are_read_with_every_filter_form(client, unique) -> None:
    answer = client.get_agent_success_evaluation_results(agent_version=f"v-{unique}", limit=10)
    assert isinstance(answer, GetEvaluationResultsViewResponse) and answer.success
    assert answer.agent_success_evaluation_results == []
    assert answer.msg == "Found 0 evaluation result(s)"
    for label, (start, end) in DATE_FORMS.items():
        found = client.get_agent_success_evaluation_results(start_time=start, end_time=end, agent_version=f"v-{unique}")
        assert isinstance(found, GetEvaluationResultsViewResponse) and found.success, label
    as_dict = client.get_agent_success_evaluation_results({"agent_version": f"v-{unique}", "start_time": NOW})
    as_model = client.get_agent_success_evaluation_results(GetAgentSuccessEvaluationResultsRequest(limit=1))
    assert as_dict.success and as_model.success
    assert len(as_model.agent_success_evaluation_results) <= 1


def test_retrieved_learning_results_are_read_with_every_filter_form(client, unique) -> None:
    answer = client.get_retrieved_learning_evaluation_results(user_id=f"user-{unique}", session_id=f"s-{unique}")
    assert isinstance(answer, GetRetrievedLearningEvaluationResultsResponse) and answer.success
    assert answer.results == []
    assert answer.msg == "Found 0 retrieved-learning evaluation result(s)"
    for label, (start, end) in DATE_FORMS.items():
        found = client.get_retrieved_learning_evaluation_results(start_time=start, end_time=end, limit=1000)
        assert isinstance(found, GetRetrievedLearningEvaluationResultsResponse) and found.success, label
    as_dict = client.get_retrieved_learning_evaluation_results({"user_id": f"user-{unique}", "end_time": NOW}, limit=1)
    assert as_dict.success and as_dict.results == []


def test_grade_on_demand_skips_a_session_without_requests(client, unique) -> None:
    answer = client.grade_on_demand(session_id=f"s-{unique}", agent_version=f"v-{unique}")
    assert isinstance(answer, GradeOnDemandResponse)
    assert (answer.session_id, answer.result_id, answer.skipped_reason, answer.cached) == (
        f"s-{unique}",
        None,
        "NO_REQUESTS",
        False,
    )
    as_dict = client.grade_on_demand({"session_id": f"s2-{unique}", "agent_version": "v", "evaluation_name": "old"})
    assert (as_dict.session_id, as_dict.skipped_reason) == (f"s2-{unique}", "NO_REQUESTS")
    as_model = client.grade_on_demand(GradeOnDemandRequest(session_id=f"s3-{unique}", agent_version="v"))
    assert as_model.session_id == f"s3-{unique}" and as_model.result_id is None


# -- regeneration and retrieval experiments (this module's server) -------------------------------------


@pytest.fixture(scope="module")
def own_server() -> Iterator[RealServer]:
    yield from fresh_server("evaluation", 23)


@pytest.fixture(params=["sync", "async"])
def own_client(request: pytest.FixtureRequest, own_server: RealServer) -> Iterator[Any]:
    yield from clients_of(request.param, own_server.url)


def finished(client: Any, job_id: str) -> RegenerateStatusResponse | None:
    status = client.get_evaluation_regeneration_status(job_id)
    assert isinstance(status, RegenerateStatusResponse) and status.job_id == job_id
    return None if status.status == RegenerateStatusResponseStatus.RUNNING else status


def test_regenerate_evaluations_runs_over_the_window(own_client, unique) -> None:
    session = f"s-{unique}"
    # the window starts in a later whole second than any earlier publish (the server counts in seconds)
    time.sleep(1.05 - time.time() % 1)
    started_at = dt.datetime.now(dt.UTC).replace(microsecond=0)
    own_client.publish_interaction(
        f"user-{unique}",
        [{"role": "user", "content": "How do I reset my password?"}, {"role": "assistant", "content": "Use the link."}],
        agent_version=f"v-{unique}",
        session_id=session,
    )

    job = own_client.regenerate_evaluations(
        from_ts=started_at,  # aware
        to_ts=(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)).replace(tzinfo=None),  # naive = UTC
    )
    assert isinstance(job, RegenerateStartResponse) and job.job_id and job.total == 1
    # The judge has no LLM: its call fails at once, or, when the server's forked LLM worker
    # deadlocks, at the test server's LLM bound (tools/reflexio-server.sh: 5 s + 2 s).
    status = wait_until(lambda: finished(own_client, job.job_id), "the regeneration job to finish")
    assert status.status == RegenerateStatusResponseStatus.COMPLETED
    assert status.total == job.total and status.completed + status.failed == status.total
    assert all(isinstance(f, RegenerateFailure) for f in status.failures)
    assert {f.session_id for f in status.failures} <= {session}
    assert isinstance(status.finished_at, float) and status.finished_at >= status.started_at

    # cancelling a finished job is answered as cancelled, but the job keeps its outcome
    assert own_client.cancel_evaluation_regeneration(job.job_id) == {"status": "cancelled"}
    assert own_client.get_evaluation_regeneration_status(job.job_id).status == RegenerateStatusResponseStatus.COMPLETED

    empty = own_client.regenerate_evaluations({"from_ts": "2001-09-09T01:46:40Z", "to_ts": 1_000_000_060})
    assert empty.total == 0
    done = wait_until(lambda: finished(own_client, empty.job_id), "the empty job")
    assert (done.total, done.completed, done.failed, done.failures) == (0, 0, 0, [])


def test_unknown_regeneration_jobs_are_not_found(own_client, unique) -> None:
    with pytest.raises(NotFoundError):
        own_client.get_evaluation_regeneration_status(f"job-{unique}")
    with pytest.raises(NotFoundError):
        own_client.cancel_evaluation_regeneration(f"job-{unique}")


def test_retrieval_experiment_holds_out_users_until_stopped(own_client, unique) -> None:
    experiment = f"exp-{unique}"
    before = own_client.list_retrieval_experiments()
    assert isinstance(before, RetrievalExperimentListResponse)
    assert all(e.experiment_id != experiment for e in before.experiments)

    started = own_client.start_retrieval_experiment(experiment, 50)
    assert isinstance(started, RetrievalExperimentListResponse)
    assert isinstance(started.active_experiment, RetrievalExperimentRecord)
    assert (started.active_experiment.experiment_id, started.active_experiment.holdout_percentage) == (experiment, 50.0)
    assert experiment in {e.experiment_id for e in own_client.list_retrieval_experiments().experiments}
    with pytest.raises(ConflictError):
        own_client.start_retrieval_experiment(f"other-{unique}", 10)  # one active experiment per org

    word = f"lemur{unique}"
    users = [f"user-{unique}-{i}" for i in range(6)]
    own_client.add_user_playbook(
        [{"agent_version": "v", "request_id": "r", "user_id": u, "content": word} for u in users]
    )
    for user in users:
        found = own_client.search_user_playbooks(query=word, user_id=user)
        assert found.experiment.experiment_id == experiment
        holdout = found.experiment.arm == RetrievalExperimentAssignmentArm.HOLDOUT
        assert (found.user_playbooks == []) is holdout, user  # holdout users get nothing
        again = own_client.search_user_playbooks(query=word, user_id=user)
        assert again.experiment.arm == found.experiment.arm  # the assignment is stable

    results = own_client.get_retrieval_experiment_results(experiment)
    assert isinstance(results, RetrievalExperimentResultsResponse)
    assert results.experiment.experiment_id == experiment
    assert isinstance(results.treatment, RetrievalExperimentArmMetrics)
    assert (results.treatment.arm, results.holdout.arm) == (
        RetrievalExperimentArmMetricsArm.TREATMENT,
        RetrievalExperimentArmMetricsArm.HOLDOUT,
    )

    stopped = own_client.stop_retrieval_experiment(experiment)
    assert isinstance(stopped, RetrievalExperimentListResponse)
    assert stopped.active_experiment is None or isinstance(stopped.active_experiment, Unset)
    (record,) = [e for e in stopped.experiments if e.experiment_id == experiment]
    assert isinstance(record.ended_at, int) and record.ended_at >= record.started_at
    for user in users:  # everyone is served again
        assert [p.content for p in own_client.search_user_playbooks(query=word, user_id=user).user_playbooks] == [word]
    assert own_client.get_retrieval_experiment_results(experiment).experiment.ended_at == record.ended_at

    with pytest.raises(ConflictError):
        own_client.stop_retrieval_experiment(experiment)  # no longer active
    with pytest.raises(ConflictError):
        own_client.start_retrieval_experiment(experiment, 10)  # ids are never reused
    with pytest.raises(NotFoundError):
        own_client.get_retrieval_experiment_results(f"never-{unique}")


# -- bad input never reaches the network ---------------------------------------------------------------


@pytest.fixture(params=["sync", "async"])
def offline_client(request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from offline(request.param)


BAD_CALLS = {
    "results: limit not int": (lambda c: c.get_agent_success_evaluation_results(limit="10"), TypeError),
    "results: limit zero": (lambda c: c.get_agent_success_evaluation_results(limit=0), ValueError),
    "results: bad date": (lambda c: c.get_agent_success_evaluation_results(start_time="someday"), ValueError),
    "results: unknown key": (lambda c: c.get_agent_success_evaluation_results({"version": "v"}), ValueError),
    "learning: limit too big": (lambda c: c.get_retrieved_learning_evaluation_results(limit=1001), ValueError),
    "learning: user not str": (lambda c: c.get_retrieved_learning_evaluation_results(user_id=3), TypeError),
    "learning: bad date in dict": (
        lambda c: c.get_retrieved_learning_evaluation_results({"end_time": "x"}),
        ValueError,
    ),
    "regenerate: no window": (lambda c: c.regenerate_evaluations(), ValueError),
    "regenerate: reversed window": (lambda c: c.regenerate_evaluations(from_ts=200, to_ts=100), ValueError),
    "regenerate: bool time": (lambda c: c.regenerate_evaluations(from_ts=True, to_ts=100), TypeError),
    "regenerate: blank name": (lambda c: c.regenerate_evaluations(from_ts=1, to_ts=2, evaluation_name=" "), ValueError),
    "status: no job": (lambda c: c.get_evaluation_regeneration_status(""), ValueError),
    "cancel: job not str": (lambda c: c.cancel_evaluation_regeneration(7), TypeError),
    "grade: no session": (lambda c: c.grade_on_demand(agent_version="v"), ValueError),
    "grade: blank version": (lambda c: c.grade_on_demand(session_id="s", agent_version=""), ValueError),
    "experiment: holdout too big": (lambda c: c.start_retrieval_experiment("e", 100), ValueError),
    "experiment: holdout as text": (lambda c: c.start_retrieval_experiment("e", "10"), TypeError),
    "experiment: id too long": (lambda c: c.start_retrieval_experiment("e" * 129, 10), ValueError),
    "experiment: no id": (lambda c: c.stop_retrieval_experiment(" "), ValueError),
    "experiment results: id not str": (lambda c: c.get_retrieval_experiment_results(None), TypeError),
}


@pytest.mark.parametrize("call, error", BAD_CALLS.values(), ids=BAD_CALLS.keys())
def test_bad_input_is_refused_before_sending(offline_client, call, error) -> None:
    with pytest.raises(error):
        call(offline_client)
