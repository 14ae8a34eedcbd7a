#!/usr/bin/env python3
"""Summarises a JFR recording's execution samples: the hottest methods by self time, the portal's own methods
(first org.zhongben frame of each stack) and the share of samples per thread kind. Usage: jfrtop.py FILE.jfr [N]"""
import collections
import re
import subprocess
import sys


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                          capture_output=True, text=True, check=True).stdout
    self_count, portal, threads = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        frames = re.findall(r"^\s+([\w$.<>/]+)\(.*?\)\s+line:", event, re.M)
        if not frames:
            continue
        total += 1
        self_count[frames[0]] += 1
        own = next((f for f in frames if f.startswith("org.zhongben.")), None)
        if own:
            portal[own] += 1
        name = re.sub(r"[-#]?\d+.*$", "", thread.group(1)) if thread else "?"
        threads[name] += 1
    print(f"{total} execution samples")
    print("threads: " + ", ".join(f"{n} {c * 100 / total:.0f}%" for n, c in threads.most_common(6)))
    print("hottest methods (self):")
    for name, count in self_count.most_common(top):
        print(f"  {count * 100 / total:5.1f}%  {name}")
    print("portal code on the stack (first org.zhongben frame):")
    for name, count in portal.most_common(top):
        print(f"  {count * 100 / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
