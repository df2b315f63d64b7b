"""The benchmark suite: `make bench` (or `.venv/bin/python bench/run.py [--quick] [--no-real]`).

Everything is measured in one run against servers it starts on loopback (nginx with canned JSON,
the real reflexio-ai server), the clients interleaved round after round, and reported as medians
and paired ratios (see BENCHMARKS.md):

* blocking calls (whoami, get_config, publish_interaction): ours vs raw httpx vs reflexio-client;
* fire-and-forget deletes until the server has counted them all;
* `import reflexio` in a fresh process;
* the first answer in a fresh process: import, construct, first get_profiles (real server);
* get_profiles from the local cache vs from the server;
* peak memory with 100,000 fire-and-forget calls meeting a server that never answers;
* a cProfile of our calls, by owner of the code;
* 5,000 concurrent tasks on one async client, ours vs raw httpx.AsyncClient (async_scale).

`--cases blocking,async_scale` runs only those cases (with --out/--markdown elsewhere, so a partial
run does not replace the full report).

Installs what it needs: nginx (apt-get), CPython 3.13 and the server (tools/reflexio-server.sh
install), bench/.venv-official (reflexio-client 0.2.16, matplotlib). Writes
bench/results/latest.json, bench/results/latest.png and BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import envs
import report
import servers

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results"

FULL = {
    "rounds": 15,  # rounds of the blocking and cache cases (every client once per round)
    "calls": 200,  # back-to-back calls per client, op and round
    "fire": [[1000, 7], [10000, 3]],  # fire-and-forget: [N, rounds]
    "real_fire": [1000, 5],
    "real_rounds": 5,
    "real_calls": 100,
    # [rounds, calls]: reflexio-ai allows 60 publish_interaction calls a minute per client address,
    # so 3 clients × 3 rounds × (1 warm-up + 4 calls) = 45
    "real_publish": [3, 4],
    "import_runs": 15,
    "first_answer_runs": 15,
    "memory_calls": 100_000,
    "memory_queues": [1_000, 10_000, 100_000],
    "profile_calls": 3000,
    "async_scale": [5000, 2],  # [concurrent tasks, rounds]; raw httpx may stall up to its pool timeout
}
QUICK = {
    **FULL,
    "rounds": 2,
    "calls": 50,
    "fire": [[300, 1]],
    "real_fire": [100, 1],
    "real_rounds": 1,
    "real_calls": 20,
    "real_publish": [1, 3],
    "import_runs": 3,
    "first_answer_runs": 3,
    "memory_calls": 20_000,
    "memory_queues": [1_000, 10_000],
    "profile_calls": 300,
    "async_scale": [1000, 1],
}
CASES = ("blocking", "fire", "cache", "import", "memory", "profile", "async_scale", "real")
BLOCKING_OPS = ["whoami", "get_config", "publish"]
SNIPPET = "import time; t = time.perf_counter(); import reflexio; print(time.perf_counter() - t)"
# The same code for both clients: what a fresh process pays until it holds its first answer.
FIRST_ANSWER = (
    "import time; t = time.perf_counter(); from reflexio import ReflexioClient; "
    "client = ReflexioClient(url_endpoint={url!r}); client.get_profiles({{'user_id': 'bench-user'}}); "
    "print(time.perf_counter() - t)"
)


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


class Worker:
    """A measuring process (cases.py or official_runner.py) answering JSON-line commands."""

    def __init__(self, label: str, python: str, script: str, env: dict[str, str]) -> None:
        self.label = label
        self.stderr = tempfile.NamedTemporaryFile(prefix=f"bench-{label}-", suffix=".log", delete=False)  # noqa: SIM115
        self.proc = subprocess.Popen(
            [python, str(BENCH / script), "serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
            cwd="/",
            env=env,
        )

    def call(self, cmd: str, **kwargs: Any) -> Any:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(json.dumps({"cmd": cmd, **kwargs}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            tail = Path(self.stderr.name).read_text()[-3000:]
            raise RuntimeError(f"worker {self.label} died:\n{tail}")
        answer = json.loads(line)
        if not answer["ok"]:
            raise RuntimeError(f"{self.label} {cmd}: {answer['error']}")
        return answer["result"]

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.stdin.write('{"cmd": "exit"}\n')  # type: ignore[union-attr]
                self.proc.stdin.flush()  # type: ignore[union-attr]
                self.proc.wait(10)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        Path(self.stderr.name).unlink(missing_ok=True)


class Bench:
    def __init__(self, cfg: dict[str, Any]) -> None:
        self.cfg = cfg
        self.data: dict[str, Any] = {"errors": [], "notes": []}
        self.workers: dict[str, Worker] = {}
        # (label, worker, client kind): the order of the first round; later rounds rotate it (_rotated)
        self.clients: list[tuple[str, str, str]] = []

    # -- set-up -----------------------------------------------------------------------------------

    def start_workers(self, py311: envs.Interpreter, py313: envs.Interpreter | None) -> None:
        if py313 is not None:
            self.workers["ours@3.13"] = Worker("ours-3.13", py313.python, "cases.py", py313.env_ours)
            self.workers["official@3.13"] = Worker(
                "official-3.13", py313.python, "official_runner.py", py313.env_official or {}
            )
            self.clients += [("ours@3.13", "ours@3.13", "ours"), ("raw@3.13", "ours@3.13", "raw")]
            self.clients += [("official@3.13", "official@3.13", "official")]
        self.workers["ours@3.11"] = Worker("ours-3.11", py311.python, "cases.py", py311.env_ours)
        self.clients += [("ours@3.11", "ours@3.11", "ours"), ("raw@3.11", "ours@3.11", "raw")]
        self.data["workers"] = {label: w.call("info") for label, w in self.workers.items()}

    def close(self) -> None:
        for worker in self.workers.values():
            worker.close()

    def _rotated(self, r: int, clients: list[tuple[str, str, str]] | None = None) -> list[tuple[str, str, str]]:
        """Round `r`'s order: the clients of one interpreter stay together (their ratios pair up closely),
        and both the order of the interpreters and the order within each rotate from round to round."""
        groups: dict[str, list[tuple[str, str, str]]] = {}
        for client in clients or self.clients:
            groups.setdefault(client[0].split("@")[1], []).append(client)
        ordered = list(groups.values())
        ordered = ordered[r % len(ordered) :] + ordered[: r % len(ordered)]
        return [c for group in ordered for c in group[r % len(group) :] + group[: r % len(group)]]

    def _record(self, where: list[str], label: str, value: Any) -> None:
        node = self.data
        for key in where:
            node = node.setdefault(key, {})
        node.setdefault(label, []).append(value)

    def _try(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            log(f"ERROR {what}: {exc}")
            self.data["errors"].append(f"{what}: {exc}")
            return None

    # -- cases ------------------------------------------------------------------------------------

    def blocking(self, server: str, url: str, ops: list[str], rounds: int, calls: int) -> None:
        """`rounds` × (every client × `calls` back-to-back calls of each op), the client order rotating."""
        for r in range(rounds):
            for op in ops:
                for label, worker, kind in self._rotated(r):
                    res = self._try(
                        f"blocking {server} {op} {label}",
                        self.workers[worker].call,
                        "blocking",
                        client=kind,
                        url=url,
                        op=op,
                        n=calls,
                    )
                    # None keeps the rounds of every client aligned: report.py pairs them by index
                    self._record(["blocking", server, op], label, res and res["us"])
                    self._record(["blocking_cpu", server, op], label, res and res["cpu_us"])
            log(f"blocking {server}: round {r + 1}/{rounds}")

    def fire(self, server: str, url: str, n: int, rounds: int, log_path: str, needle: str | None) -> None:
        """`rounds` × every client sending `n` fire-and-forget deletes, timed until the server counted all."""
        for r in range(rounds):
            for label, worker, kind in self._rotated(r):
                res = self._try(
                    f"fire {server} n={n} {label}",
                    self.workers[worker].call,
                    "fire",
                    client=kind,
                    url=url,
                    n=n,
                    log=log_path,
                    needle=needle,
                )
                if res is not None and res["landed"] != n:
                    self.data["errors"].append(f"fire {server} n={n} {label}: {res['landed']} of {n} landed")
                    res = None
                self._record(["fire", server, str(n)], label, res)
            log(f"fire-and-forget {server} n={n}: round {r + 1}/{rounds}")

    def async_scale(self, server: str, url: str, n: int, rounds: int) -> None:
        """`rounds` × (ours and raw httpx each running `n` concurrent tasks on one async client)."""
        clients = [c for c in self.clients if c[2] != "official"]
        for r in range(rounds):
            for label, worker, kind in self._rotated(r, clients):
                res = self._try(
                    f"async_scale {server} {label}", self.workers[worker].call, "async_scale", client=kind, url=url, n=n
                )
                if res is not None and res["failed"]:
                    note = f"async_scale {label}: {res['failed']} of {n} calls failed ({res['error']})"
                    self.data["notes" if kind == "raw" else "errors"].append(note)
                self._record(["async_scale", server], label, res and res["per_s"])
            log(f"async_scale {server} n={n}: round {r + 1}/{rounds}")

    def cache(self, server: str, url: str, rounds: int, calls: int) -> None:
        clients = [c for c in self.clients if c[2] != "raw"]
        for r in range(rounds):
            for label, worker, kind in self._rotated(r, clients):
                res = self._try(
                    f"cache {server} {label}", self.workers[worker].call, "cache", client=kind, url=url, n=calls
                )
                if res is not None:
                    self._record(["cache", server], label, {"hit_us": res["hit_us"], "miss_us": res["miss_us"]})

    def imports(self, py311: envs.Interpreter, py313: envs.Interpreter | None, runs: int) -> None:
        self._fresh_processes("import", SNIPPET, "import_s", py311, py313, runs)
        log(f"import reflexio: {runs} runs each")

    def first_answer(self, py311: envs.Interpreter, py313: envs.Interpreter | None, url: str, runs: int) -> None:
        """Import + construct + first get_profiles in fresh processes, the clients alternating."""
        self._fresh_processes("first_answer", FIRST_ANSWER.format(url=url), "first_s", py311, py313, runs)
        log(f"first answer (import + construct + get_profiles): {runs} runs each")

    def _fresh_processes(
        self, key: str, snippet: str, field: str, py311: envs.Interpreter, py313: envs.Interpreter | None, runs: int
    ) -> None:
        """`python -c snippet` (it prints its own timing last) in fresh processes, the variants rotating."""
        variants = [("ours@3.11", py311.python, py311.env_ours)]
        if py313 is not None:
            variants = [
                ("ours@3.13", py313.python, py313.env_ours),
                ("official@3.13", py313.python, py313.env_official),
            ] + variants
        for _, python, env in variants:  # warm bytecode (and the server's first-request paths)
            subprocess.run([python, "-c", snippet], env=env, cwd="/", capture_output=True)
        for r in range(runs):
            for label, python, env in variants[r % len(variants) :] + variants[: r % len(variants)]:
                t0 = time.perf_counter()
                out = subprocess.run([python, "-c", snippet], env=env, cwd="/", capture_output=True, text=True)
                wall = time.perf_counter() - t0
                if out.returncode != 0:
                    self.data["errors"].append(f"{key} {label}: {out.stderr[-500:]}")
                    continue
                timing = float(out.stdout.strip().splitlines()[-1])
                self._record([key], label, {field: timing, "process_s": wall})

    def memory(self, py: envs.Interpreter, official: bool) -> None:
        calls = self.cfg["memory_calls"]
        with servers.blackhole() as url:
            runs: list[tuple[str, str, dict[str, str], int]] = [
                ("ours", "cases.py", py.env_ours, q) for q in self.cfg["memory_queues"]
            ]
            if official and py.env_official is not None:
                runs.append(("official", "official_runner.py", py.env_official, 0))
            for who, script, env, queue in runs:
                row: dict[str, Any] = {"client": f"{who}@{py.label}"}
                for mode in ("tracemalloc", "rss"):
                    out = subprocess.run(
                        [py.python, str(BENCH / script), "memory", url, str(queue), str(calls), mode],
                        env=env,
                        cwd="/",
                        capture_output=True,
                        text=True,
                        timeout=900,
                    )
                    if out.returncode != 0 or not out.stdout.strip():
                        self.data["errors"].append(f"memory {who} q={queue} {mode}: {out.stderr[-800:]}")
                        break
                    res = json.loads(out.stdout.strip().splitlines()[-1])
                    row.update({k: v for k, v in res.items() if v is not None or k not in row})
                self.data.setdefault("memory", []).append(row)
                log(f"memory {who} queue={queue or 'unbounded'}: {row.get('tracemalloc_peak_bytes')} B traced")

    def profile(self, py: envs.Interpreter, url: str) -> None:
        for op in ["whoami", "get_config", "publish", "fire"]:
            n = self.cfg["profile_calls"]
            out = subprocess.run(
                [py.python, str(BENCH / "cases.py"), "profile", url, op, str(n)],
                env=py.env_ours,
                cwd="/",
                capture_output=True,
                text=True,
                timeout=600,
            )
            if out.returncode != 0:
                self.data["errors"].append(f"profile {op}: {out.stderr[-800:]}")
                continue
            self.data.setdefault("profile", {})[op] = json.loads(out.stdout.strip().splitlines()[-1])
        log("profiles written")


def machine(py311: envs.Interpreter, py313: envs.Interpreter | None, nginx: servers.Nginx) -> dict[str, Any]:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    pythons = {"3.11": py311.version()}
    if py313 is not None:
        pythons["3.13"] = py313.version()
    nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    return {
        "nproc": int(nproc) if nproc.isdigit() else None,
        "cpu": cpu,
        "kernel": platform.release(),
        "python": pythons,
        "nginx": nginx.version(),
    }


def only_first_answer(bench: Bench, py311: envs.Interpreter, py313: envs.Interpreter | None, runs: int) -> int:
    if not servers.installed():
        log(f"{servers.VENV} missing: run `make server-install`")
        return 1
    real = servers.RealServer("bench")
    log(f"starting reflexio-ai on {real.url}")
    real.start()
    try:
        add_profiles(real.url)
        bench.first_answer(py311, py313, real.url, runs)
    finally:
        real.stop()
    summary = report.summarize(bench.data)
    print("\n".join(report.first_answer_section(summary)))
    for goal in summary["goals"]:
        print(goal)
    for err in bench.data["errors"]:
        print("error:", err)
    return 0


def add_profiles(url: str) -> None:
    """Ten profiles for bench-user on the real server, so get_profiles answers something."""
    import httpx

    now = int(time.time())
    profiles = [
        {
            "profile_id": f"p{i}",
            "user_id": "bench-user",
            "content": f"The user prefers green tea, fact {i}",
            "last_modified_timestamp": now,
            "generated_from_request_id": "bench",
            "source": "bench",
            "tags": ["prefs"],
        }
        for i in range(10)
    ]
    httpx.post(f"{url}/api/add_user_profile", json={"user_profiles": profiles}, timeout=30).raise_for_status()


def _rounded(value: Any) -> Any:
    """Floats to 4 significant digits (the measurements are not more precise): a small results file."""
    if isinstance(value, float):
        return float(f"{value:.4g}")
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a fast smoke run (small counts, fewer rounds)")
    parser.add_argument("--no-real", action="store_true", help="skip the real reflexio-ai server")
    parser.add_argument(
        "--no-install", action="store_true", help="do not run `tools/reflexio-server.sh install` (CPython 3.13, server)"
    )
    parser.add_argument(
        "--only-first-answer",
        action="store_true",
        help="run only the first-answer case against the real server; print it (BENCHMARKS.md is left alone)",
    )
    parser.add_argument("--cases", default=",".join(CASES), help=f"comma-separated subset of {', '.join(CASES)}")
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.json")
    parser.add_argument("--markdown", type=Path, default=BENCH.parent / "BENCHMARKS.md")
    args = parser.parse_args()
    cfg = QUICK if args.quick else FULL
    cases = set(args.cases.split(","))
    if cases - set(CASES):
        parser.error(f"unknown cases: {sorted(cases - set(CASES))}")
    t_start = time.monotonic()
    load = {"start": os.getloadavg()}

    py311 = envs.project_interpreter()
    bench = Bench(cfg)
    if not args.no_install and (failed := envs.install_server()):
        log(failed)
        bench.data["notes"].append(failed)
    py313, why = envs.bench_interpreter()
    if py313 is None:
        log(f"no 3.13 bench venv ({why}): the official client and the 3.13 figures are skipped")
        bench.data["notes"].append(f"3.13 skipped: {why}")
    if args.only_first_answer:
        return only_first_answer(bench, py311, py313, cfg["first_answer_runs"])

    nginx = servers.Nginx().start()
    log(f"nginx {nginx.version()} with canned answers on {nginx.url}")
    real: servers.RealServer | None = None
    try:
        bench.data["machine"] = machine(py311, py313, nginx)
        bench.start_workers(py311, py313)
        rounds, calls = cfg["rounds"], cfg["calls"]
        if "blocking" in cases:
            bench.blocking("canned", nginx.url, BLOCKING_OPS, rounds, calls)
        if "fire" in cases:
            for n, fire_rounds in cfg["fire"]:
                bench.fire("canned", nginx.url, n, fire_rounds, nginx.landings_log, None)
        if "cache" in cases:
            bench.cache("canned", nginx.url, rounds, calls)
        if "async_scale" in cases:
            bench.async_scale("canned", nginx.url, *cfg["async_scale"])
        if "import" in cases:
            bench.imports(py311, py313, cfg["import_runs"])
        if "memory" in cases:
            bench.memory(py313 or py311, official=True)
        if "profile" in cases:
            bench.profile(py313 or py311, nginx.url)

        if args.no_real or "real" not in cases:
            bench.data["notes"].append("real server skipped (--no-real or --cases)")
        elif not servers.installed():
            bench.data["notes"].append(f"real server skipped: {servers.VENV} missing (run `make server-install`)")
            log("the real server is not installed: `make server-install`; its figures are skipped")
        else:
            real = servers.RealServer("bench")
            log(f"starting reflexio-ai on {real.url}")
            real.start()
            add_profiles(real.url)
            bench.blocking("real", real.url, ["whoami", "get_config"], cfg["real_rounds"], cfg["real_calls"])
            n, fire_rounds = cfg["real_fire"]
            bench.fire("real", real.url, n, fire_rounds, str(real.log), servers.REAL_NEEDLE)
            bench.cache("real", real.url, cfg["real_rounds"], cfg["real_calls"])
            bench.first_answer(py311, py313, real.url, cfg["first_answer_runs"])
            # last: publishing starts the server's (failing, LLM-less) extraction in the background
            only_313 = [c for c in bench.clients if c[0].endswith("3.13")] or bench.clients
            saved, bench.clients = bench.clients, only_313
            bench.blocking("real", real.url, ["publish"], *cfg["real_publish"])
            bench.clients = saved
    finally:
        bench.close()
        nginx.stop()
        if real is not None:
            real.stop()

    bench.data["config"] = {"quick": args.quick, **cfg}
    bench.data["command"] = "make bench" if set(CASES) <= cases else "bench/run.py " + " ".join(sys.argv[1:])
    if args.quick and set(CASES) <= cases:
        bench.data["command"] += " (bench/run.py --quick)"
    bench.data["date"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    bench.data["duration_s"] = round(time.monotonic() - t_start, 1)
    bench.data["load"] = {**load, "end": os.getloadavg()}
    summary = report.summarize(bench.data)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    raw = {k: v for k, v in bench.data.items() if k != "profile"}  # the profiles are in the summary
    args.out.write_text(json.dumps(_rounded({"summary": summary, "raw": raw}), indent=1) + "\n")
    png = args.out.with_suffix(".png")
    plotted = (
        py313 is not None
        and envs.has_matplotlib(py313.python)
        and subprocess.run(
            [py313.python, str(BENCH / "report.py"), "plot", str(args.out), str(png)], capture_output=True
        ).returncode
        == 0
    )
    png_link = Path(os.path.relpath(png, args.markdown.resolve().parent)) if plotted else None
    old = args.markdown.read_text() if args.markdown.exists() else ""
    args.markdown.write_text(report.markdown(summary, png_link) + report.kept_sections(old))
    log(f"wrote {args.out}, {args.markdown}" + (f", {png.name}" if plotted else ""))
    print(report.console(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
