#!/usr/bin/env python3
"""A slowloris flood on the daemon's Unix socket, for scripts/deploy-test.sh.

Holds CONNECTIONS connections that each send the start of a request head and then one more header
line every second, never finishing it; a connection the daemon drops is opened again at once, so
the pressure holds for SECONDS. Meanwhile a normal client asks GET /v1/health once a second and
the flood records how long each answer took and its status.

Usage: slowloris_flood.py SOCKET CONNECTIONS SECONDS
Prints one line: opened=N dropped=N probes=N answered=N slowest_ms=N statuses=200:N,503:N
Exits 0 whatever the daemon does; the caller judges the figures.
"""
import selectors
import socket
import sys
import time


def open_one(path):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.setblocking(False)
    try:
        s.connect(path)
        s.send(b"POST /v1/calls HTTP/1.1\r\nHost: hotline\r\n")
    except (BlockingIOError, InterruptedError):
        pass
    except OSError:
        s.close()
        return None
    return s


def probe(path):
    started = time.monotonic()
    try:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(5)
        s.connect(path)
        s.sendall(b"GET /v1/health HTTP/1.1\r\nHost: hotline\r\nConnection: close\r\n\r\n")
        data = b""
        while b"\r\n" not in data:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
        s.close()
        status = data.split(b" ")[1].decode() if data.startswith(b"HTTP/") else "none"
    except OSError:
        status = "error"
    return status, (time.monotonic() - started) * 1000


def main(path, connections, seconds):
    selector = selectors.DefaultSelector()
    live = set()
    opened = dropped = 0
    statuses = {}
    slowest = 0.0
    probes = answered = 0
    deadline = time.monotonic() + seconds
    next_drip = next_probe = time.monotonic()
    while time.monotonic() < deadline:
        while len(live) < connections:
            s = open_one(path)
            if s is None:
                break
            opened += 1
            live.add(s)
            selector.register(s, selectors.EVENT_READ)
        for key, _ in selector.select(timeout=0.05):
            s = key.fileobj
            try:
                data = s.recv(4096)
            except OSError:
                data = b""
            if not data or data.startswith(b"HTTP/"):
                selector.unregister(s)
                s.close()
                live.discard(s)
                dropped += 1
        now = time.monotonic()
        if now >= next_drip:
            next_drip = now + 1
            for s in list(live):
                try:
                    s.send(b"X-Drip: 1\r\n")
                except OSError:
                    pass
        if now >= next_probe:
            next_probe = now + 1
            status, ms = probe(path)
            probes += 1
            statuses[status] = statuses.get(status, 0) + 1
            if status in ("200", "503"):
                answered += 1
            slowest = max(slowest, ms)
    for s in live:
        s.close()
    print("opened=%d dropped=%d probes=%d answered=%d slowest_ms=%d statuses=%s" % (
        opened, dropped, probes, answered, slowest, ",".join("%s:%d" % kv for kv in sorted(statuses.items()))))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]))
