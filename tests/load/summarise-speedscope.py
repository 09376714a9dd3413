#!/usr/bin/env python3
"""Summarises a dotnet-trace speedscope file as text: the top frames by inclusive and exclusive share of busy thread
time. Busy means the thread was not parked in an idle wait (thread-pool semaphore, timer, socket or file watcher
loops), so the shares add up to where the requests' time went rather than to idle threads.
Usage: summarise-speedscope.py FILE.speedscope.json [N]"""
import json
import sys
from collections import defaultdict

# A blocked thread's innermost managed frame is one of these waits (async awaits block no thread, so they never show).
IDLE_LEAVES = ("System.Threading.LowLevel", "System.Threading.Monitor.Wait", "System.Threading.WaitHandle.",
               "System.Threading.ManualResetEventSlim.Wait", "System.Threading.Thread.Sleep", "System.GC.RunFinalizers",
               "Interop+Sys.Read(", "Interop+Sys.WaitForSocketEvents")
# Threads that only ever loop on a timer or a socket poll.
IDLE_THREADS = ("PortableThreadPool+GateThread", "TimerQueue.TimerThread", "FileSystemWatcher", "Heartbeat.TimerLoop",
                "ExporterProc", "SocketAsyncEngine.EventLoop")


def main(path, top):
    doc = json.load(open(path))
    # "Module!Namespace.Type.Method(args)": the module prefix is dropped so that names read as code.
    names = [f["name"].split("!", 1)[-1] for f in doc["shared"]["frames"]]
    pseudo = {"CPU_TIME", "UNMANAGED_CODE_TIME", "Threads", "(Non-Activities)"}
    inclusive, exclusive, total = defaultdict(float), defaultdict(float), 0.0
    for profile in doc["profiles"]:
        stack, last = [], None
        for event in profile["events"]:
            at = event["at"]
            if last is not None and stack and at > last:
                frames = [names[i] for i in stack if names[i] not in pseudo and not names[i].startswith(("Process", "Thread ("))]
                if frames and not (frames[-1].startswith(IDLE_LEAVES) or any(t in f for f in frames for t in IDLE_THREADS)):
                    span = at - last
                    total += span
                    for name in set(frames):
                        inclusive[name] += span
                    exclusive[frames[-1]] += span
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                stack.pop()
    print(f"busy thread time sampled: {total / 1000:.0f} ms (unit as in the trace)")
    for title, table in (("inclusive", inclusive), ("exclusive", exclusive)):
        print(f"\ntop {top} frames by {title} share of busy thread time")
        for name, span in sorted(table.items(), key=lambda kv: -kv[1])[:top]:
            print(f"{100 * span / total:6.2f}%  {name[:150]}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25)
