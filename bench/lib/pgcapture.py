#!/usr/bin/env python3
"""Turns the statements the portal sent for one request, as PostgreSQL logged them (log_statement=all for the
capture role), into a pgbench script: each statement with its bound parameters written in as literals, so pgbench
replays exactly the SQL of the endpoint.

The log is cut at marker statements (SELECT 'bench-capture:<name>:begin' / ':end') sent from psql around each request.
Usage: pgcapture.py LOG OFFSET USER@DB OUTDIR [address-literal...]
Writes OUTDIR/<name>.sql for every name between markers and prints "<name> <statements>" lines. A client address
given on the command line is replaced by a random one per transaction (the portal sees a new address per request).
"""
import os
import re
import sys

PREFIX = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \w+ \[(\d+)\] (\S*)@(\S*) (LOG|DETAIL|ERROR|STATEMENT|WARNING|HINT|CONTEXT):  (.*)$")
MARK = re.compile(r"bench-capture:([\w.-]+):(begin|end)")
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')", re.S)


def entries(lines):
    current = None
    for line in lines:
        m = PREFIX.match(line)
        if m:
            if current:
                yield current
            current = {"pid": m.group(1), "who": m.group(2) + "@" + m.group(3), "level": m.group(4),
                       "text": m.group(5)}
        elif current is not None:
            current["text"] += "\n" + line
    if current:
        yield current


def literal(value):
    """A logged parameter as an SQL literal pgbench leaves alone: pgbench reads ':name' as a variable even inside
    quotes, so a literal with a colon is written as an escape string with the colon as \\x3a."""
    if value == "NULL" or (":" not in value and "\\" not in value):
        return value
    inner = value[1:-1].replace("\\", "\\\\").replace(":", "\\x3a")
    return "E'" + inner + "'"


def main():
    log, offset, who, outdir = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    addresses = sys.argv[5:]
    with open(log, encoding="utf-8", errors="replace") as f:
        f.seek(offset)
        lines = f.read().split("\n")
    captures = {}
    open_name = None
    pending = None
    for e in entries(lines):
        if e["who"] != who:
            continue
        mark = MARK.search(e["text"]) if e["level"] == "LOG" else None
        if mark:
            if pending and open_name:
                captures[open_name].append(pending)
            pending = None
            open_name = mark.group(1) if mark.group(2) == "begin" else None
            if open_name:
                captures[open_name] = []
            continue
        if open_name is None:
            continue
        if e["level"] == "LOG":
            if pending:
                captures[open_name].append(pending)
                pending = None
            m = re.match(r"(?:statement|execute [^:]*): (.*)$", e["text"], re.S)
            if m:
                pending = {"sql": m.group(1), "params": {}}
        elif e["level"] == "DETAIL" and pending is not None and e["text"].startswith("parameters:"):
            for n, v in PARAM.findall(e["text"]):
                pending["params"][int(n)] = v
    if pending and open_name:
        captures[open_name].append(pending)

    os.makedirs(outdir, exist_ok=True)
    for name, statements in captures.items():
        out = []
        if addresses:
            out.append(r"\set a random(1, 16000000)")
        for s in statements:
            sql = re.sub(r"\$(\d+)", lambda m: literal(s["params"][int(m.group(1))])
                         if int(m.group(1)) in s["params"] else m.group(0), s["sql"]).strip()
            for address in addresses:
                sql = sql.replace("'" + address + "'", "('10.' || :a)")
            if not sql.endswith(";"):
                sql += ";"
            out.append(sql)
        with open(os.path.join(outdir, name + ".sql"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        print(name, len(statements))


if __name__ == "__main__":
    main()
