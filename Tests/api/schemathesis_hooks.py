"""Schemathesis hooks for scripts/api-fuzz.sh.

One thing of the contract cannot be said in JSON Schema: `received_at` must lie between the
service epoch (`intake.service_epoch`) and a few minutes after the daemon's clock
(`intake.max_future_seconds`). The window moves with the clock, so no `format`, `pattern` or
bound in docs/openapi.yaml can state it (the spec states it in words, and
Tests/HotlineDaemonTests/TimestampWindowTests.swift proves the daemon keeps it).

So in cases generated as *valid* (positive mode), a `received_at` outside the window is moved into
it: the same instant of the day, on a day inside the window, written with the same offset. The
same holds for the opaque `cursor`: valid means "handed out by this server", so a generated one
that is not of the server's form is replaced by one that is. Every other generated value, and
every part of a case generated as invalid, goes to the daemon as generated.
"""
import random
from collections.abc import MutableMapping
import re
from datetime import datetime, timedelta, timezone

import schemathesis
from schemathesis.core.parameters import ParameterLocation

EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)
FUTURE = timedelta(seconds=300)
RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def inside_window(text):
    """The same time of day and offset, on a day inside the window, or None if `text` is no RFC 3339 time."""
    match = RFC3339.match(text)
    if not match:
        return None
    _, _, _, hour, minute, second, fraction, offset = match.groups()
    second = min(int(second), 59)  # a leap second is moved with the rest
    zone = timezone.utc if offset in ("Z", "z") else timezone(
        (1 if offset[0] == "+" else -1) * timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))
    now = datetime.now(timezone.utc)
    day = (now - timedelta(days=random.randint(1, 365 * 20))).astimezone(zone)
    moved = day.replace(hour=int(hour), minute=int(minute), second=second, microsecond=0)
    stamp = moved.strftime("%Y-%m-%dT%H:%M:%S") + (fraction or "")
    return stamp + (offset if offset not in ("z",) else "Z")


def admitted(text):
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False  # year 0000 and the like: valid RFC 3339, outside any window
    if when.tzinfo is None:
        return True
    return EPOCH <= when <= datetime.now(timezone.utc) + FUTURE


def cursor_token(received_at, call_id):
    """A cursor as the daemon writes one (PageCursor.token): base64url, no padding, of `RECEIVED_AT|ID`."""
    import base64
    return base64.urlsafe_b64encode(("%s|%d" % (received_at, call_id)).encode()).decode().rstrip("=")


def is_cursor(text):
    """Whether `text` reads as a cursor of the daemon's form."""
    import base64
    try:
        decoded = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return False
    when, bar, number = decoded.partition("|")
    return bool(bar) and RFC3339.match(when) is not None and number.isdigit()


ETAG = re.compile(r'^"[1-9][0-9]{0,17}"$')


@schemathesis.hook
def map_case(context, case):
    # `If-Match` names the call's current version, which only the daemon knows (the same holds as for
    # the cursor): a well-formed ETag in a generated case becomes `*` (any version), so the answer is
    # the change itself (200, or 409 for a move the workflow does not allow), not a 412 for a version
    # someone guessed. A malformed one is left for the daemon to refuse.
    headers = case.headers
    if isinstance(headers, MutableMapping) and isinstance(headers.get("If-Match"), str) and ETAG.match(headers["If-Match"]):
        headers["If-Match"] = "*"
        if case.meta is not None:
            case.meta.mark_dirty(ParameterLocation.HEADER)
    meta = case.meta
    if meta is None:
        return case
    body = case.body
    if not meta.is_negative_at(ParameterLocation.BODY) and isinstance(body, dict):
        text = body.get("received_at")
        if isinstance(text, str) and RFC3339.match(text) and not admitted(text):
            moved = inside_window(text)
            if moved is not None:
                body["received_at"] = moved
                meta.mark_dirty(ParameterLocation.BODY)
    # `cursor` is opaque: only a value the daemon handed out is valid, which no schema can state.
    # In a valid case, a generated cursor that is none becomes one of the daemon's form (for a page
    # that may well be empty); the empty string, which the spec allows, stays.
    query = case.query
    if not meta.is_negative_at(ParameterLocation.QUERY) and isinstance(query, dict):
        cursor = query.get("cursor")
        if isinstance(cursor, str) and cursor and not is_cursor(cursor):
            query["cursor"] = cursor_token("2026-01-01T00:00:00.000Z", random.randint(1, 10**6))
            meta.mark_dirty(ParameterLocation.QUERY)
    # `/v1/figures` counts past days only, from the service epoch to yesterday (which moves with the
    # clock), and takes `from`/`to` or `year`, not both: in a valid case the period is moved into
    # that window, as `received_at` is.
    operation = getattr(case, "operation", None)
    if getattr(operation, "path", None) == "/v1/figures" and not meta.is_negative_at(ParameterLocation.QUERY):
        if not isinstance(query, dict):
            case.query = query = {}
        if figures_period(query):
            meta.mark_dirty(ParameterLocation.QUERY)
    return case


def figures_period(query):
    """Moves a generated period of `/v1/figures` into the past days since the epoch; True if changed."""
    from datetime import date
    first, last = EPOCH.date(), datetime.now(timezone.utc).date() - timedelta(days=2)
    before = dict(query)
    if "year" in query and ("from" in query or "to" in query):
        query.pop("from", None)
        query.pop("to", None)
    if "to" in query and "from" not in query:
        query.pop("to")
    if "year" in query:
        text = str(query["year"])
        if not (text.isdigit() and len(text) == 4 and first.year <= int(text) < last.year):
            query["year"] = str(random.randint(first.year, last.year - 1))
    elif "from" not in query:
        query["from"] = str(last - timedelta(days=random.randint(0, 60)))
    for key in ("from", "to"):
        if key in query:
            try:
                day = date.fromisoformat(str(query[key]))
            except ValueError:
                day = None
            if day is None or not first <= day <= last:
                query[key] = str(first + timedelta(days=random.randint(0, (last - first).days)))
    if "from" in query and "to" in query and query["from"] > query["to"]:
        query["from"], query["to"] = query["to"], query["from"]
    return query != before


def cursor_token(received_at, call_id):
    """A cursor as the daemon writes one (PageCursor.token): base64url, no padding, of `RECEIVED_AT|ID`."""
    import base64
    return base64.urlsafe_b64encode(("%s|%d" % (received_at, call_id)).encode()).decode().rstrip("=")

