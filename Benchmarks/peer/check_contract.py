"""Checks that a running server keeps the POST /v1/calls contract the load generator relies on.

    python3 Benchmarks/peer/check_contract.py SOCKET

Strict body (400 with the hotlined error shape), 201 with the stored record and Location, an
idempotent retry (200, the same record), a conflict (409), 415 and 422. Standard library only,
so it runs against hotlined as well as the peer. Prints one line per check and 'N passed, N failed'.
"""

import http.client
import json
import socket
import sys
import uuid


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str):
        super().__init__("hotline", timeout=10)
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(10)
        self.sock.connect(self.path)


def post(path: str, body, content_type: str = "application/json"):
    connection = UnixConnection(path)
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    connection.request("POST", "/v1/calls", body=data, headers={"Content-Type": content_type})
    answer = connection.getresponse()
    payload = answer.read()
    connection.close()
    try:
        parsed = json.loads(payload)
    except ValueError:
        parsed = None
    return answer.status, parsed, answer.headers


def main(socket_path: str) -> int:
    run = uuid.uuid4().hex[:12]
    good = {"external_id": f"check-{run}", "channel": "phone", "caller_role": "self", "language": "en",
            "narrative": "He says the boss keeps his passport.", "subject": {"age": 30, "nationality": "RO"}}
    passed = failed = 0

    def check(name: str, condition: bool, detail=""):
        nonlocal passed, failed
        passed, failed = passed + condition, failed + (not condition)
        print(f"  {'ok  ' if condition else 'FAIL'} {name}" + ("" if condition else f": {detail}"))

    def refused(name: str, body, status: int, code: str, field, content_type="application/json"):
        got, answer, _ = post(socket_path, body, content_type)
        error = (answer or {}).get("error", {}) if isinstance(answer, dict) else {}
        shape = isinstance(answer, dict) and set(answer) == {"error"} and isinstance(error.get("message"), str)
        check(name, got == status and shape and error.get("code") == code and error.get("field") == field,
              f"{got} {answer}")

    refused("400 unknown field", {**good, "narative": "x"}, 400, "unknown_field", None)
    refused("400 unknown nested field", {**good, "subject": {"age": 30, "eyes": "blue"}}, 400, "unknown_field",
            "subject")
    refused("400 wrong type", {**good, "subject": {"age": "30"}}, 400, "wrong_type", "subject.age")
    refused("400 wrong type (enum)", {**good, "channel": 5}, 400, "wrong_type", "channel")
    refused("400 missing field", {k: v for k, v in good.items() if k != "narrative"}, 400, "missing_field",
            "narrative")
    refused("400 invalid value", {**good, "channel": "pigeon"}, 400, "invalid_field", "channel")
    refused("400 malformed JSON", b'{"channel": "phone",', 400, "malformed_json", None)
    refused("400 not an object", b"[1, 2]", 400, "wrong_type", None)
    refused("415 not JSON", b"channel=phone", 415, "unsupported_media_type", None, "text/plain")
    refused("422 contradiction", {**good, "subject": {"age": 15, "age_group": "adult"}}, 422, "invalid_field",
            "subject.age_group")

    status, first, headers = post(socket_path, good)
    check("201 stored record", status == 201 and isinstance(first, dict) and first.get("status") == "new"
          and isinstance(first.get("id"), int) and first.get("external_id") == good["external_id"]
          and first.get("narrative") == good["narrative"] and first.get("subject", {}).get("nationality") == "RO"
          and str(first.get("received_at", "")).endswith("Z") and "stored_at" in first
          and headers.get("Location") == f"/v1/calls/{first.get('id')}", f"{status} {first}")
    status, again, _ = post(socket_path, good)
    same = isinstance(again, dict) and isinstance(first, dict) and all(
        again.get(key) == first.get(key) for key in ("id", "received_at", "stored_at", "narrative", "external_id"))
    check("200 idempotent retry, same record", status == 200 and same, f"{status} {again}")
    refused("409 different content, same external_id", {**good, "narrative": "Something else entirely."}, 409,
            "conflict", "external_id")

    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check_contract.py SOCKET")
    sys.exit(main(sys.argv[1]))
