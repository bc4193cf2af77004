#!/usr/bin/env python3
"""Reads triage_eval.py's summary and fails (exit 1) when a figure is under the quality gate.

Thresholds come from the environment (see scripts/triage-eval.sh); each failure is named.
"""
import os
import re
import sys


def figure(text, pattern):
    match = re.search(pattern, text)
    return float(match.group(1)) if match else None


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    env = os.environ.get
    minimum_band = float(env("TRIAGE_MIN_BAND", "0.90"))
    checks = []
    for language, value in re.findall(r"band_ok\[(\w+)\]=([0-9.]+)", text):
        checks.append(("band_ok[%s]" % language, float(value), ">=", minimum_band))
    checks += [
        ("high_recall", figure(text, r"high_recall=([0-9.]+)"), ">=", float(env("TRIAGE_MIN_HIGH_RECALL", "0.95"))),
        ("false_alarm", figure(text, r"false_alarm=([0-9.]+)"), "<=", float(env("TRIAGE_MAX_FALSE_ALARM", "0.10"))),
        ("presumed sensitivity", figure(text, r"sensitivity=([0-9.]+)"), ">=", float(env("TRIAGE_MIN_PRESUMED", "0.80"))),
        ("flag precision", figure(text, r"flags: precision=([0-9.]+)"), ">=", float(env("TRIAGE_MIN_FLAGS", "0.90"))),
        ("flag recall", figure(text, r"flags: precision=[0-9.]+ recall=([0-9.]+)"), ">=", float(env("TRIAGE_MIN_FLAGS", "0.90"))),
    ]
    failed = 0
    for name, value, relation, limit in checks:
        ok = value is not None and (value >= limit if relation == ">=" else value <= limit)
        failed += not ok
        print("triage gate: %-22s %s %s %s  %s" % (name, value, relation, limit, "ok" if ok else "FAILED"))
    if "errors=0" not in text:
        print("triage gate: the daemon did not answer every case  FAILED")
        failed += 1
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
