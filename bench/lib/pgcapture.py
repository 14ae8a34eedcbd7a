#!/usr/bin/env python3
"""Turns the statements the portal sent for one request, as PostgreSQL logged them (log_statement=all for the
capture role), into a pgbench script that replays exactly the SQL of the endpoint: each statement keeps its
parameters, bound to the logged values through pgbench variables (pgbench -M prepared then plans and executes them
as the portal's prepared statements are: a parameter, not a literal, so PostgreSQL may choose the same generic plan).

The log is cut at marker statements (SELECT 'bench-capture:<name>:begin' / ':end') sent from psql around each request.
Usage: pgcapture.py LOG OFFSET USER@DB OUTDIR [address-literal...]
Writes OUTDIR/<name>.sql for every name between markers, OUTDIR/<name>.defs with the variables' values (one
name=value a line, for pgbench -D), and prints "<name> <statements>" lines. A client address
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
    counter = 0
    for name, statements in captures.items():
        out, defs = [], []
        if addresses:
            out.append(r"\set a random(1, 16000000)")
        for s in statements:
            values = {}
            for n, v in s["params"].items():
                if v in ("NULL", "''"):  # pgbench -D takes no empty value; neither needs a variable
                    values[n] = v
                elif any(v == "'" + address + "'" for address in addresses):
                    values[n] = "('10.' || :a)"
                else:
                    counter += 1
                    values[n] = ":v%d" % counter
                    defs.append("v%d=%s" % (counter, v[1:-1].replace("''", "'")))
            sql = strip_comments(s["sql"])
            sql = re.sub(r"\$(\d+)", lambda m: values.get(int(m.group(1)), m.group(0)), sql).strip()
            if not sql.endswith(";"):
                sql += ";"
            out.append(sql)
        with open(os.path.join(outdir, name + ".sql"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        with open(os.path.join(outdir, name + ".defs"), "w", encoding="utf-8") as f:
            f.write("".join(d + "\n" for d in defs))
        print(name, len(statements))


def strip_comments(sql):
    """Drops '--' comments outside string literals: a parameter named in a comment must not become a variable."""
    lines = []
    for line in sql.split("\n"):
        quoted, cut = False, None
        for i, ch in enumerate(line):
            if ch == "'":
                quoted = not quoted
            elif not quoted and line.startswith("--", i):
                cut = i
                break
        lines.append(line if cut is None else line[:cut].rstrip())
    return "\n".join(l for l in lines if l.strip())


if __name__ == "__main__":
    main()
