#!/usr/bin/env python3
"""Kill the real cpcreport with SIGKILL at random moments while it writes, and prove the file survives.

A fixed sequence of operations (apply, import-indicators, merge) is first run whole, recording the report
(export-json) after each, so the expected states S0..SN are known. Then the sequence is run again, one
process per operation, and each process is killed at a random moment. After every kill:

  * PRAGMA integrity_check on the file says ok;
  * cpcreport opens it (export-json exits 0) although the killed process left its lock file behind;
  * the report equals S(k) or S(k+1) exactly: the state before or after the killed operation, never
    part of it. The run goes on from whichever it is, so later operations start from a recovered file.

Usage: crash-harness.py --binary build/app/cpcreport [--kills 300] [--seed N] [--sample JSON]
Exit status 0 when every check passed. A summary line with the numbers is printed at the end.
"""

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run(binary, args, check=True):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", CPCREPORT_LANGUAGE="en")
    p = subprocess.run([binary] + args, capture_output=True, text=True, env=env)
    if check and p.returncode != 0:
        raise SystemExit("setup step failed: %s\n%s%s" % (" ".join(args), p.stdout, p.stderr))
    return p


def export(binary, path):
    p = run(binary, ["export-json", path], check=False)
    if p.returncode != 0:
        return None, p.stderr.strip()
    return json.loads(p.stdout), ""


def integrity(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def long_text(tag, words):
    # Long narratives make each write big enough that kills land inside commits, not only at start-up.
    base = ("Las niñas, niños y adolescentes atendidos por el ICBF %s; the prevention work continued "
            "in tourism destinations and schools. " % tag)
    return (base * (words // 20 + 1))[: words * 6]


def build_operations(work, binary, sample):
    """Makes the starting report and the inputs of each operation; returns (base path, operations)."""
    base = os.path.join(work, "base.cpcreport")
    run(binary, ["new", base, "--from-json", sample])
    # A contribution from ICBF, asked for and returned before the run, merged during it.
    request = os.path.join(work, "request.cpcreport")
    run(binary, ["request", base, "--entity", "ICBF", "-o", request])
    with open(os.path.join(work, "contrib-edit.json"), "w") as f:
        json.dump({"sections": [{"id": "objective-2", "body": {"es": long_text("contribución", 3000)}}],
                   "indicators": [{"id": "2.2", "actuals": {"2": 70.5}}]}, f, ensure_ascii=False)
    run(binary, ["apply", request, os.path.join(work, "contrib-edit.json"), "--as", "ICBF"])

    ops = []
    def apply_op(name, doc, entity=None):
        path = os.path.join(work, name + ".json")
        with open(path, "w") as f:
            json.dump(doc, f, ensure_ascii=False)
        args = ["apply", "{FILE}", path] + (["--as", entity] if entity else [])
        ops.append((name, args))

    def import_op(name, csv):
        path = os.path.join(work, name + ".csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write(csv)
        ops.append((name, ["import-indicators", "{FILE}", path, "--year", "3"]))

    # Sections that are not approved (approved ones are locked against edits).
    sections = ["executive-summary", "areas-for-improvement", "objective-3", "indicators", "recommendations",
                "sustainability"]
    for i, sid in enumerate(sections):
        apply_op("apply-%d" % i, {"sections": [{"id": sid, "body": {"en": long_text("edit %d" % i, 4000 + 500 * i)}}]})
        if i == 1:
            import_op("import-a", "indicator,target,actual\n1.1,1900,1650\n1.2,150,131\n3.1,60,52\n")
        if i == 3:
            ops.append(("merge", ["merge", "{FILE}", request]))
        if i == 4:
            import_op("import-b", "Indicador;Meta;Logro\n2.1;200;188\n3.2;420;401\n4.1;30;27\n")
    apply_op("apply-glossary", {"glossary": [{"term": {"en": "Child protection", "es": "Protección de la niñez"},
                                              "definition": {"en": long_text("g", 300), "es": long_text("h", 300)}}]})
    return base, ops


def op_args(op, path):
    return [a.replace("{FILE}", path) for a in op[1]]


def expected_states(work, binary, base, ops):
    path = os.path.join(work, "expected.cpcreport")
    shutil.copy(base, path)
    states = [export(binary, path)[0]]
    durations = []
    for op in ops:
        t = time.monotonic()
        p = run(binary, op_args(op, path), check=False)
        durations.append(time.monotonic() - t)
        if p.returncode not in (0, 1):
            raise SystemExit("operation %s failed when run whole: %s" % (op[0], p.stderr))
        states.append(export(binary, path)[0])
        if states[-1] == states[-2]:
            raise SystemExit("operation %s changes nothing; the harness could not tell before from after" % op[0])
    return states, durations


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--kills", type=int, default=300)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--sample", default=os.path.join(ROOT, "resources", "samples", "sample-report.json"))
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    a = ap.parse_args()
    seed = a.seed if a.seed is not None else random.randrange(1 << 30)
    rnd = random.Random(seed)
    work = tempfile.mkdtemp(prefix="cpc-crash-")
    failures = []
    try:
        base, ops = build_operations(work, a.binary, a.sample)
        states, durations = expected_states(work, a.binary, base, ops)
        path = os.path.join(work, "victim.cpcreport")

        def fresh():
            for suffix in ("", "-wal", "-shm", ".lock"):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)
            shutil.copy(base, path)

        fresh()
        k = 0
        window = [[0.0, d * 1.2] for d in durations]
        kills = completed = before = after = passes = 0
        stale_locks = 0
        while kills < a.kills:
            op = ops[k]
            # A quarter of the kills anywhere in the process's life; the rest close to the moment the
            # operation commits, learnt per operation from earlier kills (latest delay that left the
            # state before it, earliest that left the state after it).
            d = durations[k]
            lo, hi = window[k]
            if rnd.random() < 0.25 or hi <= lo:
                delay = rnd.uniform(0, d * 1.2)
            else:
                margin = 0.05 * d
                delay = rnd.uniform(max(0.0, lo - margin), hi + margin)
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", CPCREPORT_LANGUAGE="en")
            proc = subprocess.Popen([a.binary] + op_args(op, path), stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, env=env)
            time.sleep(delay)
            killed = proc.poll() is None
            if killed:
                proc.send_signal(signal.SIGKILL)
            proc.wait()
            err = proc.stderr.read().decode("utf-8", "replace")
            proc.stderr.close()
            if killed:
                kills += 1
                if os.path.exists(path + ".lock"):
                    stale_locks += 1
            else:
                completed += 1
                if proc.returncode not in (0, 1):
                    failures.append("%s exited %d without being killed: %s" % (op[0], proc.returncode, err))
                    break

            check = integrity(path)
            if check != "ok":
                failures.append("after killing %s: integrity_check says %s" % (op[0], check))
                break
            state, message = export(a.binary, path)
            if state is None:
                failures.append("after killing %s the report does not open: %s" % (op[0], message))
                break
            if state == states[k + 1]:
                if killed:
                    after += 1
                    window[k][1] = min(window[k][1], delay)
                k += 1
            elif state == states[k]:
                if killed:
                    before += 1
                    window[k][0] = max(window[k][0], delay)
                else:
                    failures.append("%s finished but the report is as before it" % op[0])
                    break
            else:
                failures.append("after killing %s (op %d) the report is neither the state before nor after it"
                                % (op[0], k))
                with open(os.path.join(work, "bad-state.json"), "w") as f:
                    json.dump(state, f, ensure_ascii=False, indent=1)
                a.keep = True
                break
            passes += 1
            if k == len(ops):
                fresh()
                k = 0
        print("crash-harness: seed %d, %d operations in the sequence (%.0f ms median), %d SIGKILLs "
              "(%d left the state before the operation, %d after it), %d runs finished before the kill, "
              "%d kills left a lock file that the next process took over, %d checks passed, %d failures"
              % (seed, len(ops), 1000 * sorted(durations)[len(durations) // 2], kills, before, after, completed,
                 stale_locks, passes, len(failures)))
        for f in failures:
            print("FAIL:", f)
        return 1 if failures else 0
    finally:
        if a.keep:
            print("work folder kept:", work)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
