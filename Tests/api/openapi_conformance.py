#!/usr/bin/env python3
"""Checks that the real daemon's answers conform to docs/openapi.yaml.

Starts hotlined on a temporary socket and database, sends requests that provoke every documented
answer (valid records, retries, each error), and validates each answer against the documented
response of its path, method and status: an undocumented status or a body that does not match the
schema (JSON Schema 2020-12, as OpenAPI 3.1 uses) is a failure. Also checks that the documented
request schema accepts the valid records sent and rejects the invalid ones the daemon refuses.

Usage: openapi_conformance.py --daemon PATH [--spec docs/openapi.yaml]
Prints one line per check and closes with 'N passed, M failed'; exits 1 on any failure.
"""
import argparse
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unicodedata

import jsonschema
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012


class UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path):
        super().__init__("hotline", timeout=10)
        self.unix_path = path

    def connect(self):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(self.timeout)
        s.connect(self.unix_path)
        self.sock = s


def request(sock, method, path, body=None, content_type="application/json", extra_headers=None):
    conn = UnixHTTPConnection(sock)
    headers = dict(extra_headers or {})
    if body is not None:
        if isinstance(body, str):
            body = body.encode("utf-8")
        if content_type:
            headers["Content-Type"] = content_type
    conn.request(method, path, body=body, headers=headers)
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp.status, dict((k.lower(), v) for k, v in resp.getheaders()), data


def record(**extra):
    base = {"channel": "phone", "caller_role": "third_party", "language": "en",
            "narrative": "Caller's neighbour works at a car wash for no pay; the boss keeps his passport.",
            "subject": {"age": 31, "gender": "male", "nationality": "UA",
                        "location": {"municipality": "Herning", "region": "Midtjylland"}},
            "sector": "other", "contact": {"name": "Conformance", "phone": "+4500000000"}, "operator": "CI"}
    base.update(extra)
    return base


def wait_for_socket(sock, process):
    for _ in range(400):
        if process.poll() is not None:
            return False
        if os.path.exists(sock):
            try:
                request(sock, "GET", "/v1/health")
                return True
            except OSError:
                pass
        time.sleep(0.05)
    return False


def degraded_health(daemon_path, check, conforms):
    """The 503 answers while records cannot be stored: a database file the daemon may not write.

    File modes do not bind root, so as root the daemon runs as uid 65534 through setpriv. A crash
    (SIGKILL) leaves the write-ahead log beside the file, then the file is made read-only and the
    daemon started again on it: it serves reads, and health and POST answer 503.
    """
    folder = tempfile.mkdtemp(prefix="hotline-openapi-ro-")
    sock = os.path.join(folder, "hotline.sock")
    database = os.path.join(folder, "db.sqlite")
    command = [daemon_path, "--socket", sock, "--database", database]
    if os.geteuid() == 0:
        # The client (root) is not the daemon's user: the root group is given admin.
        config = os.path.join(folder, "access.yaml")
        with open(config, "w") as f:
            f.write("access:\n  roles:\n    admin: [root]\n")
        command += ["--config", config]
        os.chown(folder, 65534, 65534)
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
    log = open(os.path.join(folder, "daemon.log"), "w")
    daemon = None
    try:
        daemon = subprocess.Popen(command, stdout=log, stderr=log)
        check("read-only file: daemon starts", wait_for_socket(sock, daemon))
        request(sock, "POST", "/v1/calls", json.dumps(record(external_id="ro-1")))
        daemon.kill()
        daemon.wait(timeout=30)
        os.chmod(database, 0o444)
        daemon = subprocess.Popen(command, stdout=log, stderr=log)
        check("read-only file: daemon starts again", wait_for_socket(sock, daemon))
        status, headers, data = request(sock, "GET", "/v1/health")
        check("health while writes fail: status 503", status == 503, "got %d %s" % (status, data[:200]))
        conforms("health while writes fail: answer matches the spec", "/v1/health", "GET", status, headers, data)
        status, headers, data = request(sock, "POST", "/v1/calls", json.dumps(record(external_id="ro-2")))
        check("create while writes fail: status 503", status == 503, "got %d %s" % (status, data[:200]))
        conforms("create while writes fail: answer matches the spec", "/v1/calls", "POST", status, headers, data)
    finally:
        if daemon is not None and daemon.poll() is None:
            daemon.terminate()
            daemon.wait(timeout=30)
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


def refused_answers(daemon_path, check, conforms):
    """The 403 answers: a daemon whose own user has no role and whose groups give none refuses its
    client every operation but health, with the Error body the spec describes."""
    folder = tempfile.mkdtemp(prefix="hotline-openapi-403-")
    sock = os.path.join(folder, "hotline.sock")
    config = os.path.join(folder, "access.yaml")
    with open(config, "w") as f:
        f.write("access:\n  daemon_user_is_admin: false\n")
    log = open(os.path.join(folder, "daemon.log"), "w")
    daemon = subprocess.Popen([daemon_path, "--socket", sock, "--database", os.path.join(folder, "db.sqlite"), "--config", config],
                              stdout=log, stderr=log)
    try:
        check("no role: daemon starts", wait_for_socket(sock, daemon))
        for name, template, method, path, body in [
            ("create", "/v1/calls", "POST", "/v1/calls", json.dumps(record(external_id="no-role"))),
            ("list", "/v1/calls", "GET", "/v1/calls", None),
            ("get", "/v1/calls/{id}", "GET", "/v1/calls/1", None),
            ("queue", "/v1/queue", "GET", "/v1/queue", None),
            ("audit", "/v1/audit", "GET", "/v1/audit", None),
        ]:
            status, headers, data = request(sock, method, path, body)
            check("no role, %s: status 403" % name, status == 403, "got %d %s" % (status, data[:200]))
            answer = conforms("no role, %s: answer matches the spec" % name, template, method, status, headers, data)
            check("no role, %s: code forbidden" % name, (answer or {}).get("error", {}).get("code") == "forbidden")
        status, headers, data = request(sock, "GET", "/v1/health")
        check("no role: health is open (200)", status == 200, "got %d" % status)
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--daemon", required=True)
    ap.add_argument("--spec", default=os.path.join(os.path.dirname(__file__), "..", "..", "docs", "openapi.yaml"))
    args = ap.parse_args()

    spec = yaml.safe_load(open(args.spec, encoding="utf-8"))
    registry = Registry().with_resource("urn:spec", Resource.from_contents(spec, default_specification=DRAFT202012))

    def validator(schema):
        wrapped = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:check", **rewrite(schema)}
        return jsonschema.Draft202012Validator(wrapped, registry=registry, format_checker=jsonschema.FormatChecker())

    def rewrite(node):
        if isinstance(node, dict):
            return {k: ("urn:spec" + v if k == "$ref" and v.startswith("#") else rewrite(v)) for k, v in node.items()}
        if isinstance(node, list):
            return [rewrite(v) for v in node]
        return node

    def resolve(node):
        while isinstance(node, dict) and "$ref" in node:
            target = spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    results = []

    def check(name, ok, detail=""):
        results.append(ok)
        print("%s %s%s" % ("ok  " if ok else "FAIL", name, ("  -- " + detail) if detail and not ok else ""))

    def conforms(name, template, method, status, headers, data):
        operation = spec["paths"].get(template, {}).get(method.lower())
        if template is None:
            documented = status in (404, 405, 408)
            schema = spec["components"]["schemas"]["Error"]
        else:
            documented = operation is not None and str(status) in operation["responses"]
            schema = None
            if documented:
                response = resolve(operation["responses"][str(status)])
                schema = response["content"]["application/json"]["schema"]
            elif status in (404, 405, 408):
                documented = True  # x-other-errors: wrong method, unknown path, request too slow
                schema = spec["components"]["schemas"]["Error"]
        if not documented:
            check(name, False, "status %d is not documented for %s %s" % (status, method, template))
            return None
        if not headers.get("content-type", "").startswith("application/json"):
            check(name, False, "content-type %r" % headers.get("content-type"))
            return None
        try:
            body = json.loads(data)
        except ValueError:
            check(name, False, "body is not JSON")
            return None
        errors = sorted(validator(schema).iter_errors(body), key=lambda e: list(e.path))
        check(name, not errors, "; ".join("%s: %s" % ("/".join(map(str, e.path)), e.message) for e in errors[:3]))
        return body

    request_schema = validator(spec["paths"]["/v1/calls"]["post"]["requestBody"]["content"]["application/json"]["schema"])

    folder = tempfile.mkdtemp(prefix="hotline-openapi-")
    sock = os.path.join(folder, "hotline.sock")
    log = open(os.path.join(folder, "daemon.log"), "w")
    daemon = subprocess.Popen([args.daemon, "--socket", sock, "--database", os.path.join(folder, "db.sqlite")],
                              stdout=log, stderr=log)
    try:
        for _ in range(400):
            if os.path.exists(sock):
                try:
                    request(sock, "GET", "/v1/health")
                    break
                except OSError:
                    pass
            time.sleep(0.05)

        cases = [
            ("health", "/v1/health", "GET", "/v1/health", None, 200),
            ("create", "/v1/calls", "POST", "/v1/calls", record(external_id="oa-1"), 201),
            ("create minimal", "/v1/calls", "POST", "/v1/calls",
             {"channel": "web", "caller_role": "anonymous", "narrative": "Kort opkald."}, 201),
            ("retry", "/v1/calls", "POST", "/v1/calls", record(external_id="oa-1"), 200),
            ("conflict", "/v1/calls", "POST", "/v1/calls", record(external_id="oa-1", narrative="Other."), 409),
            ("unknown field", "/v1/calls", "POST", "/v1/calls", record(colour="red"), 400),
            ("wrong type", "/v1/calls", "POST", "/v1/calls", record(subject={"age": "old"}), 400),
            ("missing field", "/v1/calls", "POST", "/v1/calls", {"channel": "phone", "caller_role": "self"}, 400),
            ("invalid value", "/v1/calls", "POST", "/v1/calls", record(channel="pigeon"), 400),
            ("contradiction", "/v1/calls", "POST", "/v1/calls", record(subject={"age": 12, "age_group": "adult"}), 422),
            ("list", "/v1/calls", "GET", "/v1/calls?limit=1", None, 200),
            ("list bad limit", "/v1/calls", "GET", "/v1/calls?limit=9999", None, 400),
            ("get", "/v1/calls/{id}", "GET", "/v1/calls/1", None, 200),
            ("get missing", "/v1/calls/{id}", "GET", "/v1/calls/999999", None, 404),
            ("wrong method", "/v1/calls", "DELETE", "/v1/calls", None, 405),
            ("figures", "/v1/figures", "GET", "/v1/figures?from=2026-01-01&to=2026-01-31", None, 200),
            ("figures of a year", "/v1/figures", "GET", "/v1/figures?year=2025", None, 200),
            ("figures not over", "/v1/figures", "GET", "/v1/figures?year=9999", None, 400),
            ("audit", "/v1/audit", "GET", "/v1/audit?limit=5", None, 200),
            ("audit of a call", "/v1/audit", "GET", "/v1/audit?call_id=1&action=read_call", None, 200),
            ("audit bad action", "/v1/audit", "GET", "/v1/audit?action=peek", None, 400),
            ("audit verification", "/v1/audit/verification", "GET", "/v1/audit/verification", None, 200),
            ("unknown path", None, "GET", "/v1/nothing", None, 404),
        ]
        for name, template, method, path, body, expected in cases:
            payload = json.dumps(body) if body is not None else None
            status, headers, data = request(sock, method, path, payload)
            check("%s: status %d" % (name, expected), status == expected, "got %d %s" % (status, data[:200]))
            answer = conforms("%s: answer matches the spec" % name, template, method, status, headers, data)
            if method == "POST" and body is not None:
                # 409 depends on what is stored, so the schema accepts such a body; a 422
                # contradiction (age against age group) is stated in the schema, so it rejects it.
                valid = request_schema.is_valid(body)
                check("%s: request schema %s it" % (name, "accepts" if status in (200, 201, 409) else "rejects"),
                      valid == (status in (200, 201, 409)))
            if name == "list" and answer:
                cursor = answer.get("next_cursor")
                if cursor:
                    status, headers, data = request(sock, "GET", "/v1/calls?limit=1&cursor=" + cursor)
                    conforms("list next page: answer matches the spec", "/v1/calls", "GET", status, headers, data)

        # Case work: a change guarded by If-Match, and the call's history.
        change_schema = validator({"$ref": "#/components/schemas/CallChange"})
        status, headers, data = request(sock, "GET", "/v1/calls/1")
        etag = headers.get("etag", "")
        check("get: ETag is the version in quotes", etag == '"1"', repr(etag))
        changes = [
            ("change without If-Match", {"status": "in_progress"}, None, 400),
            ("change: take and start", {"status": "in_progress", "assigned_to": "op-1"}, etag, 200),
            ("change with a stale version", {"status": "closed", "reason": "duplicate"}, etag, 412),
            ("change not allowed by the workflow", {"status": "new"}, "*", 409),
            ("change with an unknown field", {"status": "closed", "why": "x"}, "*", 400),
            ("change: deadline by hand", {"due_at": "2026-12-24T09:00:00+01:00", "due_reason": "appointment_booked"}, '"2"', 200),
            ("change: deadline without a reason", {"due_at": "2026-12-24T09:00:00Z"}, "*", 400),
            ("change: deadline back to the policy", {"due_at": None}, '"3"', 200),
            ("change: close with a reason", {"status": "closed", "reason": "no_indicators"}, '"4"', 200),
            ("change a missing call", {"status": "in_progress"}, "*", 404),
        ]
        for name, body, if_match, expected in changes:
            path = "/v1/calls/999999" if name == "change a missing call" else "/v1/calls/1"
            status, headers, data = request(sock, "PATCH", path, json.dumps(body),
                                            extra_headers={"If-Match": if_match} if if_match else None)
            check("%s: status %d" % (name, expected), status == expected, "got %d %s" % (status, data[:200]))
            conforms("%s: answer matches the spec" % name, "/v1/calls/{id}", "PATCH", status, headers, data)
            if expected == 200 or name in ("change with an unknown field", "change: deadline without a reason"):
                check("%s: request schema %s it" % (name, "accepts" if expected == 200 else "rejects"),
                      change_schema.is_valid(body) == (expected == 200))
        # Notes and referrals.
        for name, template, method, path, body, expected in [
            ("note", "/v1/calls/{id}/notes", "POST", "/v1/calls/1/notes",
             {"text": "Ringede igen: hun er flyttet.", "language": "da", "adds_facts": True}, 201),
            ("note without text", "/v1/calls/{id}/notes", "POST", "/v1/calls/1/notes", {"language": "da"}, 400),
            ("note on a missing call", "/v1/calls/{id}/notes", "POST", "/v1/calls/999999/notes", {"text": "x"}, 404),
            ("notes", "/v1/calls/{id}/notes", "GET", "/v1/calls/1/notes", None, 200),
            ("referral", "/v1/calls/{id}/referrals", "POST", "/v1/calls/1/referrals", {"target": "cmm_assessment"}, 201),
            ("referral to an unknown service", "/v1/calls/{id}/referrals", "POST", "/v1/calls/1/referrals", {"target": "mars"}, 400),
            ("referral outcome", "/v1/calls/{id}/referrals/{rid}", "PATCH", "/v1/calls/1/referrals/1", {"outcome": "accepted"}, 200),
            ("outcome of a missing referral", "/v1/calls/{id}/referrals/{rid}", "PATCH", "/v1/calls/1/referrals/999",
             {"outcome": "declined"}, 404),
            ("referrals", "/v1/calls/{id}/referrals", "GET", "/v1/calls/1/referrals", None, 200),
        ]:
            status, headers, data = request(sock, method, path, json.dumps(body) if body is not None else None)
            check("%s: status %d" % (name, expected), status == expected, "got %d %s" % (status, data[:200]))
            conforms("%s: answer matches the spec" % name, template, method, status, headers, data)

        status, headers, data = request(sock, "GET", "/v1/queue")
        body = conforms("queue: answer matches the spec", "/v1/queue", "GET", status, headers, data)
        check("queue: status 200, the closed call left out",
              status == 200 and bool(body) and all(c["id"] != 1 for c in body["calls"]) and len(body["calls"]) >= 1,
              data[:300])
        check("queue: no narrative or contact", b"narrative" not in data and b"contact" not in data)
        for name, query, expected in [("queue bad limit", "?limit=0", 400), ("queue unknown parameter", "?who=x", 400)]:
            status, headers, data = request(sock, "GET", "/v1/queue" + query)
            check("%s: status %d" % (name, expected), status == expected, "got %d" % status)
            conforms("%s: answer matches the spec" % name, "/v1/queue", "GET", status, headers, data)
        status, headers, data = request(sock, "GET", "/v1/calls/1/events")
        body = conforms("events: answer matches the spec", "/v1/calls/{id}/events", "GET", status, headers, data)
        check("events: the changes, the note and the referral, oldest first",
              bool(body) and [e["kind"] for e in body["events"]]
              == ["status_changed", "assigned", "due_set", "due_set", "status_changed", "note_added", "retriaged", "referred",
                  "referral_outcome"],
              data[:300])
        check("events: no note text", b"flyttet" not in data)
        check("events: the fact note's new triage names the note and both bands",
              bool(body) and any(e["kind"] == "retriaged" and e.get("note_id") == 1 and "band_to" in e for e in body["events"]),
              data[:400])
        status, headers, data = request(sock, "GET", "/v1/calls/999999/events")
        check("events of a missing call: status 404", status == 404)
        conforms("events of a missing call: answer matches the spec", "/v1/calls/{id}/events", "GET", status, headers, data)

        # Retention: a legal hold blocks an erasure; once lifted, the erasure shreds the call, and its
        # external_id, a note on it and its events answer as the spec says.
        status, headers, data = request(sock, "POST", "/v1/calls", json.dumps(record(
            external_id="oa-erase", narrative="Han siger, at chefen har hans pas.", contact={"name": "Oa Erase", "phone": "+4512345678"})))
        erase_id = json.loads(data).get("id") if status == 201 else 0
        check("retention: a call to erase is stored", status == 201, "got %d" % status)
        for name, template, method, path, body, expected in [
            ("legal hold", "/v1/calls/{id}/legal-hold", "PUT", "/v1/calls/%d/legal-hold" % erase_id, {"reason": "Politisag 0100-1"}, 200),
            ("legal hold without a reason", "/v1/calls/{id}/legal-hold", "PUT", "/v1/calls/%d/legal-hold" % erase_id, {}, 400),
            ("legal hold on a missing call", "/v1/calls/{id}/legal-hold", "PUT", "/v1/calls/999999/legal-hold", {"reason": "x"}, 404),
            ("erasure of a held call", "/v1/calls/{id}/erasure", "POST", "/v1/calls/%d/erasure" % erase_id, {"reason": "erasure_request"}, 409),
            ("lift the legal hold", "/v1/calls/{id}/legal-hold", "DELETE", "/v1/calls/%d/legal-hold" % erase_id, None, 200),
            ("erasure with an unknown reason", "/v1/calls/{id}/erasure", "POST", "/v1/calls/%d/erasure" % erase_id, {"reason": "whim"}, 400),
            ("erasure of a missing call", "/v1/calls/{id}/erasure", "POST", "/v1/calls/999999/erasure", {"reason": "other"}, 404),
            ("erasure", "/v1/calls/{id}/erasure", "POST", "/v1/calls/%d/erasure" % erase_id, {"reason": "erasure_request"}, 200),
            ("retry of a shredded call", "/v1/calls", "POST", "/v1/calls",
             record(external_id="oa-erase", narrative="Han siger, at chefen har hans pas.", contact={"name": "Oa Erase", "phone": "+4512345678"}), 409),
            ("note on a shredded call", "/v1/calls/{id}/notes", "POST", "/v1/calls/%d/notes" % erase_id, {"text": "mere"}, 409),
            ("shredded call", "/v1/calls/{id}", "GET", "/v1/calls/%d" % erase_id, None, 200),
            ("events of a shredded call", "/v1/calls/{id}/events", "GET", "/v1/calls/%d/events" % erase_id, None, 200),
        ]:
            status, headers, data = request(sock, method, path, json.dumps(body) if body is not None else None)
            check("%s: status %d" % (name, expected), status == expected, "got %d %s" % (status, data[:200]))
            answer = conforms("%s: answer matches the spec" % name, template, method, status, headers, data)
            if name == "erasure of a held call":
                check("erasure of a held call: code legal_hold", bool(answer) and answer["error"]["code"] == "legal_hold")
            if name == "retry of a shredded call":
                check("retry of a shredded call: code call_shredded, names the call",
                      bool(answer) and answer["error"]["code"] == "call_shredded" and str(erase_id) in answer["error"]["message"])
            if name in ("erasure", "shredded call"):
                check("%s: shredded_at, no text left" % name,
                      bool(answer) and "shredded_at" in answer and answer["narrative"] == "" and "contact" not in answer
                      and b"pas." not in data and b"Oa Erase" not in data, data[:300])
            if name == "events of a shredded call":
                check("events of a shredded call: the hold, its lifting and the shredding",
                      bool(answer) and [e["kind"] for e in answer["events"]] == ["legal_hold_set", "legal_hold_released", "shredded"]
                      and answer["events"][-1].get("reason") == "erasure_request", data[:300])

        # Refusals the request schema cannot express: the received_at window of its description.
        for name, value in [("received_at beyond the year 9999", "9999-12-31T23:59:59.9999Z"),
                            ("received_at before the service epoch", "1999-12-31T23:59:59Z")]:
            status, headers, data = request(sock, "POST", "/v1/calls", json.dumps(record(received_at=value)))
            body = conforms("%s: answer matches the spec" % name, "/v1/calls", "POST", status, headers, data)
            check("%s: status 400" % name, status == 400, "got %d" % status)
            check("%s: names received_at, does not echo the value" % name,
                  bool(body) and body["error"].get("field") == "received_at" and value.encode() not in data)
        # Text in NFD is stored in NFC, and its length counted in code points.
        narrative = "En 15-årig pige bor hos en mand på Amager, som har taget hendes pas."
        sent = record(narrative=unicodedata.normalize("NFD", narrative), external_id=unicodedata.normalize("NFD", "oa-å"))
        status, headers, data = request(sock, "POST", "/v1/calls", json.dumps(sent, ensure_ascii=False))
        body = conforms("NFD narrative: answer matches the spec", "/v1/calls", "POST", status, headers, data)
        check("NFD narrative: status 201", status == 201, "got %d" % status)
        check("NFD narrative: stored in NFC", bool(body) and body.get("narrative") == narrative and body.get("external_id") == "oa-å")
        long_id = record(external_id="e" + "\u0332" * 200)
        status, headers, data = request(sock, "POST", "/v1/calls", json.dumps(long_id))
        conforms("external_id of 201 code points: answer matches the spec", "/v1/calls", "POST", status, headers, data)
        check("external_id of 201 code points: status 400, and the schema rejects it too",
              status == 400 and not request_schema.is_valid(long_id), "got %d" % status)
        # Listing bounds with an offset.
        status, headers, data = request(sock, "GET", "/v1/calls?since=2000-01-01T01:00:00%2B01:00&until=9999-12-31T23:59:59.9999Z")
        body = conforms("list since/until: answer matches the spec", "/v1/calls", "GET", status, headers, data)
        check("list since/until: every call", bool(body) and len(body["calls"]) >= 3, "got %d %s" % (status, data[:200]))

        status, headers, data = request(sock, "POST", "/v1/calls", "{broken", "application/json")
        conforms("malformed JSON: answer matches the spec", "/v1/calls", "POST", status, headers, data)
        check("malformed JSON: status 400", status == 400)
        status, headers, data = request(sock, "POST", "/v1/calls", json.dumps(record()), "text/plain")
        conforms("not JSON: answer matches the spec", "/v1/calls", "POST", status, headers, data)
        check("not JSON: status 415", status == 415)
        status, headers, data = request(sock, "POST", "/v1/calls", json.dumps(record(narrative="x" * 300000)))
        conforms("too large: answer matches the spec", "/v1/calls", "POST", status, headers, data)
        check("too large: status 413", status == 413)

        # At the connection limit (default 256): an immediate 503 server_busy with Retry-After.
        held = []
        try:
            for _ in range(256):
                s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                s.settimeout(10)
                s.connect(sock)
                held.append(s)
            time.sleep(0.3)
            status, headers, data = request(sock, "GET", "/v1/calls?limit=1")
            check("connection limit: status 503", status == 503, "got %d %s" % (status, data[:200]))
            body = conforms("connection limit: answer matches the spec", "/v1/calls", "GET", status, headers, data)
            check("connection limit: code server_busy", (body or {}).get("error", {}).get("code") == "server_busy")
            check("connection limit: Retry-After in seconds", headers.get("retry-after", "").isdigit(), repr(headers))
        finally:
            for s in held:
                s.close()
        time.sleep(0.3)

        # A request head that never finishes: 408 request_timeout after the header timeout (default 5 s).
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(15)
        s.connect(sock)
        s.sendall(b"GET /v1/health HTTP/1.1\r\nHost: hotline\r\n")
        raw = b""
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                raw += chunk
        except OSError:
            pass
        s.close()
        head, _, data = raw.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ")[1]) if lines and lines[0].startswith("HTTP/1.1 ") else 0
        headers = dict((k.strip().lower(), v.strip()) for k, _, v in (line.partition(":") for line in lines[1:]))
        check("slow request head: status 408", status == 408, "got %r" % raw[:200])
        body = conforms("slow request head: answer matches the spec", None, "GET", status, headers, data)
        check("slow request head: code request_timeout", (body or {}).get("error", {}).get("code") == "request_timeout")
        check("daemon still running", daemon.poll() is None)
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)
        log.close()
        shutil.rmtree(folder, ignore_errors=True)

    degraded_health(args.daemon, check, conforms)
    refused_answers(args.daemon, check, conforms)

    # The checklist's documented ids are the shipped catalog's, so valid generated checklists are valid.
    catalog = yaml.safe_load(open(os.path.join(os.path.dirname(args.spec), "..", "Config", "indicators.yaml"), encoding="utf-8"))
    catalog_ids = sorted(indicator["id"] for indicator in catalog["indicators"])
    documented_ids = sorted(spec["components"]["schemas"]["CallSubmission"]["properties"]["checklist"]["propertyNames"]["enum"])
    check("checklist ids in the spec are the shipped catalog's", catalog_ids == documented_ids,
          "only in catalog: %s; only in spec: %s" % (sorted(set(catalog_ids) - set(documented_ids)),
                                                     sorted(set(documented_ids) - set(catalog_ids))))

    passed = sum(1 for r in results if r)
    failed = len(results) - passed
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
