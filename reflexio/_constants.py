"""Defaults of the client (one place, so the README and the code agree)."""

import httpx

DEFAULT_BASE_URL = "https://www.reflexio.ai/"
API_KEY_ENV = "REFLEXIO_API_KEY"
BASE_URL_ENVS = ("REFLEXIO_API_URL", "REFLEXIO_URL")
LOG_ENV = "REFLEXIO_LOG"  # info or debug: log every attempt to stderr (reflexio/_logging.py)
TIMEOUT_ENV = "REFLEXIO_TIMEOUT"  # seconds; the timeout= argument wins
MAX_RETRIES_ENV = "REFLEXIO_MAX_RETRIES"  # the max_retries= argument wins

# Generous read timeout (extraction with wait_for_response=True runs LLM calls), short connect.
DEFAULT_TIMEOUT = httpx.Timeout(120.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0  # a Retry-After above this is not waited for: the error is raised instead

DEFAULT_CACHE_TTL = 600.0  # seconds; 0 disables the read cache
DEFAULT_CACHE_SIZE = 256  # entries, least recently used evicted first

DEFAULT_BACKGROUND_QUEUE = 10_000  # fire-and-forget calls waiting to be sent; submit blocks when full
DEFAULT_BACKGROUND_WORKERS = 1  # one sender reuses the pool best under the GIL (see BENCHMARKS.md)
DEFAULT_FLUSH_TIMEOUT = 30.0  # close() / exit waits this long for pending fire-and-forget calls

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024  # a larger answer raises ResponseTooLargeError
# Connections of the client's own pool, all kept alive; an async client sends at most this many
# requests at once (the others wait in line, in order), so httpx's pool never queues thousands.
POOL_SIZE = 32

RETRY_COUNT_HEADER = "X-Reflexio-Retry-Count"
