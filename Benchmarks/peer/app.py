"""The benchmark peer: the obvious Python service for hotlined's `POST /v1/calls`.

FastAPI + pydantic on uvicorn (uvloop, httptools), Python's sqlite3 in WAL mode with
synchronous=FULL, one durable commit per record. `scripts/bench-peer.sh` drives it and hotlined
with the same load generator and the same records, so hotlined's request path is measured
against what a straightforward Python service achieves on the same machine and disk.

It does NOT triage: no indicator catalog, no scoring, no `triage` in the answer, no journald
logging, no posted_by (SO_PEERCRED). It does what the load generator exercises, the way hotlined
does it (docs/openapi.yaml):

- a strict body: JSON object, unknown fields, wrong types, missing required fields and values
  outside their vocabulary or limits answer 400 `{"error":{"code","message","field"}}` with the
  same codes (malformed_json, invalid_utf8, wrong_type, missing_field, unknown_field,
  invalid_field); 415 without a JSON Content-Type, 413 over 256 KiB, 422 for an age that
  contradicts the age group; strings are put into NFC first, JSON null reads as absent;
- `external_id` makes retries safe: the same content answers 200 with the stored record,
  different content 409 (`conflict`, field `external_id`);
- 201 with the stored record (id, received_at, stored_at, status, the submitted fields) and a
  Location header, only after the record's own transaction has committed (fsync).

Not checked, unlike hotlined: checklist ids against a catalog, whether a nationality code is an
assigned one, and characters of more than 32 code points. Only `GET /v1/health` besides.

    uvicorn app:app --uds /tmp/peer.sock --loop uvloop --http httptools --no-access-log
    PEER_DATABASE=/tmp/peer.sqlite (default ./peer.sqlite)
"""

import json
import os
import re
import sqlite3
import threading
import unicodedata
from datetime import datetime, timedelta, timezone
from typing import Annotated, Literal

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

MAX_BODY_BYTES = 256 * 1024
MAX_NARRATIVE_BYTES = 64 * 1024
SERVICE_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)
MAX_FUTURE = timedelta(seconds=300)
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d{1,9})?([Zz]|[+-]\d\d:\d\d)$")


def text(max_length: int):
    return Annotated[str, StringConstraints(min_length=1, max_length=max_length)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Location(Strict):
    municipality: text(100) | None = None
    region: text(100) | None = None


class Subject(Strict):
    age: Annotated[int, Field(ge=0, le=120)] | None = None
    age_group: Literal["child", "adult", "unknown"] | None = None
    gender: Literal["female", "male", "transgender", "other", "unknown"] | None = None
    nationality: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None
    location: Location | None = None


class Contact(Strict):
    name: text(200) | None = None
    phone: text(40) | None = None
    email: text(254) | None = None


class CallSubmission(Strict):
    external_id: text(128) | None = None
    received_at: str | None = None
    channel: Literal["phone", "email", "web", "sms", "in_person", "other"]
    language: Literal["da", "en"] | None = None
    caller_role: Literal["self", "third_party", "professional", "anonymous", "other"]
    narrative: Annotated[str, StringConstraints(min_length=1)]
    checklist: dict[str, Literal["yes", "no", "unknown"]] | None = None
    subject: Subject | None = None
    sector: Literal["agriculture", "construction", "cleaning", "domestic_work", "hospitality", "restaurant",
                    "transport", "manufacturing", "sex_industry", "begging", "crime", "other"] | None = None
    contact: Contact | None = None
    operator: text(16) | None = None


class Refusal(Exception):
    def __init__(self, status: int, code: str, message: str, field: str | None = None):
        self.status, self.code, self.message, self.field = status, code, message, field


def error(status: int, code: str, message: str, field: str | None = None, headers=None) -> JSONResponse:
    body = {"code": code, "message": message}
    if field is not None:
        body["field"] = field
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def cleaned(value):
    """JSON null reads as absent; every string in NFC (as hotlined reads them)."""
    if isinstance(value, dict):
        return {key: cleaned(item) for key, item in value.items() if item is not None}
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


def refusal_of(failure: ValidationError) -> Refusal:
    """pydantic's first error in hotlined's codes; messages never repeat submitted values."""
    first = failure.errors(include_url=False, include_input=True)[0]
    kind, location = first["type"], [str(part) for part in first["loc"]]
    # A Literal or an Optional[Model] reports an error per branch: keep the field's own path.
    location = [part for part in location if not part.startswith(("literal[", "function-"))]
    field = ".".join(location) or None
    if kind == "missing":
        return Refusal(400, "missing_field", f"{field} is required.", field)
    if kind == "extra_forbidden":
        # As hotlined: the key sent is never repeated (it can be personal data); `field` names its holder.
        holder = ".".join(location[:-1]) or None
        return Refusal(400, "unknown_field", f"{holder or 'The body'} has a field this API does not have.", holder)
    wrong_type = kind.endswith("_type") or (kind == "literal_error" and not isinstance(first.get("input"), str))
    if wrong_type:
        what = f"{field} has the wrong JSON type" if field else "The body must be a JSON object"
        return Refusal(400, "wrong_type", f"{what}.", field)
    return Refusal(400, "invalid_field", f"{field}: {first['msg']}.", field)


def parse(body: bytes, now: datetime) -> dict:
    """Validates a body; answers the stored form of the submission (absent fields left out)."""
    try:
        decoded = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refusal(400, "invalid_utf8", "The body is not valid UTF-8.")
    try:
        value = json.loads(decoded)
    except ValueError:
        raise Refusal(400, "malformed_json", "The body is not well-formed JSON.")
    if not isinstance(value, dict):
        raise Refusal(400, "wrong_type", "The body must be a JSON object.")
    try:
        submission = CallSubmission.model_validate(cleaned(value))
    except ValidationError as failure:
        raise refusal_of(failure)
    if len(submission.narrative.encode("utf-8")) > MAX_NARRATIVE_BYTES:
        raise Refusal(400, "invalid_field", f"The narrative is longer than {MAX_NARRATIVE_BYTES} bytes.", "narrative")
    if submission.external_id is not None and any(unicodedata.category(c) == "Cc" for c in submission.external_id):
        raise Refusal(400, "invalid_field", "external_id must have no control characters.", "external_id")
    stored = submission.model_dump(exclude_none=True)
    if submission.received_at is not None:
        stored["received_at"] = received_at(submission.received_at, now)
    subject = stored.get("subject")
    if subject is not None:
        if subject.get("location") == {}:
            del subject["location"]
        age, group = subject.get("age"), subject.get("age_group")
        if age is not None and ((age < 18 and group == "adult") or (age >= 18 and group == "child")):
            raise Refusal(422, "invalid_field", "subject.age_group contradicts subject.age (under 18 is a child).",
                          "subject.age_group")
    for key in ("subject", "contact"):
        if stored.get(key) == {}:
            del stored[key]
    return stored


def received_at(value: str, now: datetime) -> str:
    if not RFC3339.match(value):
        raise Refusal(400, "invalid_field", "received_at must be an RFC 3339 timestamp such as 2026-11-29T15:04:05Z.",
                      "received_at")
    try:
        fraction = re.search(r"\.(\d+)", value)
        plain = re.sub(r"\.\d+", "", value).replace("z", "Z").replace("t", "T")
        moment = datetime.fromisoformat(plain).astimezone(timezone.utc)
        if fraction:
            moment += timedelta(seconds=float("0." + fraction.group(1)))
    except (ValueError, OverflowError):
        raise Refusal(400, "invalid_field", "received_at is not a real date and time.", "received_at")
    if not SERVICE_EPOCH <= moment <= now + MAX_FUTURE:
        raise Refusal(400, "invalid_field",
                      "received_at must be no earlier than 2000-01-01T00:00:00.000Z and no more than 300 seconds "
                      "ahead of the server's clock.", "received_at")
    return stamp(moment)


def stamp(moment: datetime) -> str:
    """UTC with milliseconds, as hotlined writes times: 2026-11-29T15:00:00.250Z."""
    milliseconds = round(moment.timestamp() * 1000)
    whole = datetime.fromtimestamp(milliseconds // 1000, timezone.utc)
    return whole.strftime("%Y-%m-%dT%H:%M:%S") + f".{milliseconds % 1000:03d}Z"


class Store:
    """One connection; writers take turns, each record is its own durable transaction."""

    def __init__(self, path: str):
        self.connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.connection.execute("PRAGMA journal_mode = WAL")
        self.connection.execute("PRAGMA synchronous = FULL")
        self.connection.execute("PRAGMA busy_timeout = 5000")
        self.connection.execute(
            "CREATE TABLE IF NOT EXISTS calls (id INTEGER PRIMARY KEY, external_id TEXT UNIQUE,"
            " received_at TEXT NOT NULL, received_at_defaulted INTEGER NOT NULL, stored_at TEXT NOT NULL,"
            " status TEXT NOT NULL, submission TEXT NOT NULL)")
        self.lock = threading.Lock()

    def submit(self, submission: dict, arrived_at: datetime) -> tuple[int, dict]:
        """(201, record) when stored, (200, record) for a retry; Refusal 409 for a conflict."""
        given = submission.pop("received_at", None)
        content = json.dumps(submission, sort_keys=True, ensure_ascii=False)
        external_id = submission.get("external_id")
        with self.lock:
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                if external_id is not None:
                    row = self.connection.execute(
                        "SELECT id, received_at, received_at_defaulted, stored_at, status, submission"
                        " FROM calls WHERE external_id = ?", (external_id,)).fetchone()
                    if row is not None:
                        same = row[5] == content and (given == row[1] or (given is None and row[2]))
                        if not same:
                            raise Refusal(409, "conflict",
                                          f"Call {row[0]} was stored with this external_id and different content.",
                                          "external_id")
                        return 200, record(row[0], row[1], row[3], row[4], row[5])
                when, stored_at = given or stamp(arrived_at), stamp(datetime.now(timezone.utc))
                cursor = self.connection.execute(
                    "INSERT INTO calls (external_id, received_at, received_at_defaulted, stored_at, status, submission)"
                    " VALUES (?, ?, ?, ?, 'new', ?)", (external_id, when, given is None, stored_at, content))
                self.connection.execute("COMMIT")
                return 201, record(cursor.lastrowid, when, stored_at, "new", content)
            except sqlite3.Error as failure:
                raise Refusal(503, "storage_unavailable",
                              f"The call could not be stored (SQLite: {failure.sqlite_errorname}); retry with the same external_id.")
            finally:
                if self.connection.in_transaction:
                    self.connection.execute("ROLLBACK")


def record(id: int, received_at: str, stored_at: str, status: str, content: str) -> dict:
    return {"id": id, "received_at": received_at, "stored_at": stored_at, "status": status, **json.loads(content)}


store = Store(os.environ.get("PEER_DATABASE", "peer.sqlite"))
app = FastAPI(title="hotline benchmark peer", openapi_url=None, docs_url=None, redoc_url=None)


@app.exception_handler(HTTPException)
async def http_error(request: Request, failure: HTTPException) -> JSONResponse:
    code = {404: "not_found", 405: "method_not_allowed"}.get(failure.status_code, "bad_request")
    return error(failure.status_code, code, str(failure.detail), headers=failure.headers)


@app.post("/v1/calls")
async def submit_call(request: Request) -> JSONResponse:
    arrived_at = datetime.now(timezone.utc)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/json" and not content_type.endswith("+json"):
        return error(415, "unsupported_media_type", "The body must be JSON: Content-Type: application/json.")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return error(413, "body_too_large", f"The body is larger than the limit of {MAX_BODY_BYTES} bytes.")
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        return error(413, "body_too_large", f"The body is larger than the limit of {MAX_BODY_BYTES} bytes.")
    try:
        submission = parse(body, arrived_at)
        status, stored = await run_in_threadpool(store.submit, submission, arrived_at)
    except Refusal as refusal:
        return error(refusal.status, refusal.code, refusal.message, refusal.field)
    return JSONResponse(stored, status_code=status, headers={"Location": f"/v1/calls/{stored['id']}"})


@app.get("/v1/health")
async def health() -> JSONResponse:
    return JSONResponse({"status": "ok", "version": "peer", "database": "ok", "schema_version": 1})
