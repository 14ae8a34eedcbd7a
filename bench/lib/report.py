#!/usr/bin/env python3
"""Writes bench/run's results as Markdown: the machine, every scenario beside its baseline, the ratios, and the
issue's targets marked met or missed. Input: the tab-separated key=value rows that bench/run recorded."""
import argparse
import glob
import os
import platform
import re
import statistics
import subprocess


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60).stdout.strip()
    except Exception:  # noqa: BLE001 - a missing tool only leaves a blank in the description
        return ""


def rows(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            out.append(dict(part.split("=", 1) for part in line.split("\t") if "=" in part))
    return out


def num(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def fmt(value, digits=1):
    v = num(value)
    if v is None:
        return "–"
    if digits == 0 or abs(v) >= 1000:
        return f"{v:,.0f}"
    return f"{v:,.{digits}f}"


def verdict(ok):
    if ok is None:
        return "not measured"
    return "**met**" if ok else "**missed**"


def machine(args):
    cpu = sh("lscpu | sed -n 's/^Model name: *//p' | head -1") or platform.processor()
    mem = sh("awk '/MemTotal/ { printf \"%.1f GiB\", $2 / 1048576 }' /proc/meminfo")
    os_name = sh(". /etc/os-release && echo \"$PRETTY_NAME\"")
    settings = ["server_version", "shared_buffers", "effective_cache_size", "work_mem", "maintenance_work_mem",
                "max_connections", "synchronous_commit", "fsync", "wal_level", "max_wal_size", "checkpoint_timeout",
                "random_page_cost", "jit", "huge_pages", "max_worker_processes", "max_parallel_workers_per_gather"]
    pg = sh("psql -qXtA -F '=' -d postgres -c \"SELECT name, current_setting(name) FROM pg_settings "
            "WHERE name IN (" + ",".join(f"'{s}'" for s in settings) + ") ORDER BY name\"")
    java = sh("java -version 2>&1 | head -2 | tr '\\n' ' '")
    flags = sh("java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 ~ /^(UseG1GC|UseSerialGC|UseParallelGC|"
               "MaxHeapSize|InitialHeapSize|ActiveProcessorCount|MaxRAM|TieredStopAtLevel|UseContainerSupport)$/ "
               "{ printf \"%s=%s \", $2, $4 }'")
    lines = [
        "| item | value |",
        "| --- | --- |",
        f"| CPU | {cpu}, {os.cpu_count()} cores (`nproc`: {sh('nproc')}) |",
        f"| memory | {mem} |",
        f"| OS | {os_name}, kernel {platform.release()} |",
        f"| PostgreSQL | {pg.replace(chr(10), '; ')} |",
        f"| JVM | {java.strip()} |",
        f"| JVM defaults on this machine | {flags.strip()} |",
        f"| load tools | {sh('wrk -v 2>&1 | head -1')}; {sh('pgbench --version')}; {sh('zip -v | sed -n 2p').strip()} |",
        f"| load average | {args.start_load} at the start, {args.end_load} at the end (2 cores; other work on the "
        f"machine shows here) |",
    ]
    return "\n".join(lines)


def main():
    p = argparse.ArgumentParser()
    for name in ("results", "work", "data", "db", "mode", "registry", "intake", "portfolio", "bundle-mb", "duration",
                 "warmup", "connections", "start", "end", "start-load", "end-load", "command"):
        p.add_argument("--" + name)
    args = p.parse_args()
    data = rows(args.results)

    def find(scenario, kind):
        return next((r for r in data if r.get("scenario") == scenario and r.get("kind") == kind), None)

    out = [f"# Benchmark: {args.start[:10]}, {platform.node()}", ""]
    out.append(f"`{args.command.strip()}` ({args.mode} scales: registry {int(args.registry):,} entries, intake "
               f"{int(args.intake):,} case files, portfolio {int(args.portfolio):,} cases, bundle {args.bundle_mb} MB; "
               f"{args.connections} connections, {args.warmup} s warm-up and {args.duration} s measured per HTTP "
               f"scenario). Run from {args.start} to {args.end}.")
    out.append("")
    out.append("Load tool (wrk), PostgreSQL and the portal share the same machine. CPU is in % of one core over the "
               "measured window (portal: its JVM; PostgreSQL: the postmaster and every backend). Baselines run "
               "with the portal stopped.")
    out.append("")
    out.append("## Machine")
    out.append("")
    out.append(machine(args))
    out.append("")

    targets = []
    http_names = [r["scenario"] for r in data if r.get("kind") == "portal" and r["scenario"] not in ("intake", "bundle")]
    if http_names:
        out.append("## HTTP scenarios and their SQL baselines")
        out.append("")
        out.append("Baseline: the statements the endpoint sent for one request, captured from PostgreSQL's log after "
                   "the portal had warmed up, replayed by `pgbench -M prepared` with the logged parameter values bound "
                   "as parameters (so PostgreSQL plans them as it plans the portal's prepared statements), the same "
                   "number of connections, and the same warm-up and measured duration (registry: ten captured "
                   "requests with different values, picked at random; every registry transaction uses its own client "
                   "address for the rate limit, as the portal's load does).")
        out.append("")
        out.append("| scenario | portal req/s | p50 ms | p95 ms | p99 ms | errors | portal CPU | PostgreSQL CPU | "
                   "RSS MiB | SQL per request | pgbench tps | pgbench p50 / p95 / p99 ms | portal / pgbench | load avg |")
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        ratios = {}
        for name in http_names:
            r = find(name, "portal")
            b = find(name, "pgbench") or {}
            ratio = (num(r["rps"]) / num(b["rps"])) if b and num(b.get("rps")) else None
            ratios[name] = ratio
            out.append(f"| {name} | {fmt(r['rps'], 0)} | {fmt(r['p50'], 2)} | {fmt(r['p95'], 2)} | {fmt(r['p99'], 2)} "
                       f"| {r['errors']} | {r['cpu_portal']}% | {r['cpu_pg']}% | {r['rss']} | {b.get('statements', '–')} "
                       f"| {fmt(b.get('rps'), 0)} | {fmt(b.get('p50'), 2)} / {fmt(b.get('p95'), 2)} / "
                       f"{fmt(b.get('p99'), 2)} | {'–' if ratio is None else f'{ratio:.0%}'} | {r['load']} |")
        out.append("")
        cj, ch = find("case-json", "portal"), find("case-html", "portal")
        if cj:
            targets.append(("case page JSON ≥ 50% of pgbench, p99 ≤ 50 ms at 32 connections",
                            f"{ratios['case-json']:.0%}, p99 {cj['p99']} ms at {cj['conns']}"
                            if ratios.get("case-json") is not None else f"p99 {cj['p99']} ms",
                            ratios.get("case-json") is not None and ratios["case-json"] >= 0.5
                            and num(cj["p99"]) <= 50))
        if ch:
            targets.append(("case page HTML ≥ 40% of pgbench",
                            f"{ratios['case-html']:.0%}" if ratios.get("case-html") is not None else "–",
                            ratios.get("case-html") is not None and ratios["case-html"] >= 0.4))
        for name, limit in (("registry-exact", 50), ("registry-prefix", 50), ("registry-id", 50),
                            ("registry-case", 50), ("registry-fuzzy", 150), ("statistics", 200)):
            r = find(name, "portal")
            if r:
                targets.append((f"{name} p95 ≤ {limit} ms", f"{r['p95']} ms", num(r["p95"]) <= limit
                                and r["errors"] == "0"))
        refresh = find("statistics-refresh", "info")
        if refresh:
            out.append(f"A full statistics refresh over the loaded data took {int(refresh['ms']) / 1000:.1f} s (it runs "
                       "in the background; the scenarios start after it).")
            out.append("")

    intake, copy = find("intake", "portal"), find("intake", "copy")
    if intake:
        out.append("## Intake")
        out.append("")
        out.append(f"{intake['files']} generated case files (`GenerateCaseFiles`), one NDJSON stream per court "
                   f"({intake['courts']} courts), {intake['streams']} streams at once, into the loaded database.")
        out.append("")
        out.append("| what | case files/s | accepted | seconds | rows | portal CPU | PostgreSQL CPU | portal RSS (peak) MiB "
                   "| load avg |")
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        out.append(f"| portal intake | {fmt(intake['rps'], 0)} | {intake['accepted']} | {intake['seconds']} | "
                   f"{copy['rows'] if copy else '–'} | {intake['cpu_portal']}% | {intake['cpu_pg']}% | "
                   f"{intake['rss']} ({intake['hwm']}) | {intake['load']} |")
        if copy:
            out.append(f"| COPY of the same rows into the same tables | {fmt(copy['rps'], 0)} | – | {copy['seconds']} | "
                       f"{copy['rows']} | – | – | – | {copy['load']} |")
        out.append("")
        ratio = num(intake["rps"]) / num(copy["rps"]) if copy and num(copy.get("rps")) else None
        if copy:
            rows_per_file = int(copy["rows"]) / max(1, int(intake["accepted"]))
            out.append(f"Portal / COPY: {ratio:.0%}. The intake wrote {int(copy['rows']):,} rows "
                       f"({rows_per_file:.0f} per case file) into {copy['tables']} tables: "
                       f"{copy['detail'].replace(',', ', ')}. The COPY baseline deletes those rows and writes them "
                       "back with COPY, constraints and indexes in place, inside a transaction that is rolled back.")
            out.append("")
        targets.append(("intake ≥ 1,000 case files/s", f"{fmt(intake['rps'], 0)}/s", num(intake["rps"]) >= 1000))
        targets.append(("intake ≥ 25% of COPY", "–" if ratio is None else f"{ratio:.0%}",
                        None if ratio is None else ratio >= 0.25))

    bundle, zipb = find("bundle", "portal"), find("bundle", "zip")
    if bundle:
        out.append("## Record bundle (ZIP)")
        out.append("")
        out.append(f"{bundle['documents']} documents × {bundle['size_mb']} MB (incompressible), portal with `-Xmx256m`, "
                   "downloaded once to warm up, then measured with memory sampled every 0.25 s.")
        out.append("")
        out.append("| what | MB/s | bytes | seconds | first byte s | RSS min–max MiB | heap used max MiB | memory | "
                   "OutOfMemoryError | portal CPU | PostgreSQL CPU |")
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: |")
        out.append(f"| portal bundle.zip | {bundle['mbs']} | {int(bundle['bytes']):,} | {bundle['seconds']} | "
                   f"{bundle['ttfb']} | {bundle['rss_min']}–{bundle['rss_max']} | {bundle['heap_max']} | "
                   f"{bundle['flat']} | {bundle['oom']} | {bundle['cpu_portal']}% | {bundle['cpu_pg']}% |")
        if zipb:
            out.append(f"| `zip -0` of the same files | {zipb['mbs']} | {int(zipb['bytes']):,} | {zipb['seconds']} | "
                       "– | – | – | – | – | – | – |")
        out.append("")
        ratio = num(bundle["mbs"]) / num(zipb["mbs"]) if zipb and num(zipb.get("mbs")) else None
        memory = os.path.join(args.work, "bundle-memory.txt")
        if os.path.exists(memory):
            samples = [line.split() for line in open(memory) if line.strip()]
            if samples:
                step = max(1, len(samples) // 12)
                series = ", ".join(f"{int(s[0]) // 1024}/{int(s[1]) // 1024}" for s in samples[::step])
                out.append(f"RSS / heap used (MiB) over the download: {series}.")
                out.append("")
        flat = bundle["flat"] == "flat" and bundle["oom"] == "no" and bundle["status"] == "200"
        targets.append(("ZIP bundle ≥ 50% of zip's throughput", "–" if ratio is None else f"{ratio:.0%}",
                        None if ratio is None else ratio >= 0.5))
        targets.append(("ZIP bundle memory flat (256 MiB heap)",
                        f"RSS {bundle['rss_min']}–{bundle['rss_max']} MiB, heap ≤ {bundle['heap_max']} MiB, "
                        f"{bundle['flat']}", flat))

    variants = [r for r in data if r.get("scenario") == "startup" and r.get("kind") == "variant"]
    if variants:
        out.append("## Startup of the packaged jar to readiness")
        out.append("")
        out.append("Time from launching `java` to the first 200 of `/q/health/ready` (polled every 50 ms), on the "
                   "loaded database (migrations already applied), and RSS at readiness and 5 s later; median of the "
                   "runs. AppCDS archive: written by a training run with `-XX:ArchiveClassesAtExit` (start, two "
                   "requests, clean stop).")
        out.append("")
        out.append("| variant | JVM options | runs | ready s (median) | ready s (all) | RSS at ready MiB | RSS +5 s MiB "
                   "| ≤ 5 s and ≤ 300 MB |")
        out.append("| --- | --- | ---: | ---: | --- | ---: | ---: | --- |")
        names = []
        for v in variants:
            if v["variant"] not in names:
                names.append(v["variant"])
        best = None
        for name in names:
            runs = [v for v in variants if v["variant"] == name]
            ready = statistics.median(num(v["ready"]) for v in runs)
            rss = statistics.median(num(v["rss"]) for v in runs)
            rss5 = statistics.median(num(v["rss5"]) for v in runs)
            ok = ready <= 5 and rss <= 300
            options = runs[0].get("options", "") or "(none)"
            options = re.sub(r"=\S*/", "=", options)
            out.append(f"| {name} | `{options}` | {len(runs)} | {ready:.2f} | "
                       f"{', '.join(v['ready'] for v in runs)} | {rss:.0f} | {rss5:.0f} | {verdict(ok)} |")
            if name == "default":
                targets.append(("startup ≤ 5 s, RSS ≤ 300 MB (default JVM options)",
                                f"{ready:.2f} s, {rss:.0f} MiB", ok))
            if best is None or (ok and not best[2]) or (ok == best[2] and ready < best[1]):
                best = (name, ready, ok, rss)
        if best:
            targets.append((f"startup ≤ 5 s, RSS ≤ 300 MB (best variant: {best[0]})",
                            f"{best[1]:.2f} s, {best[3]:.0f} MiB", best[2]))
        loaded = find("startup-loaded", "info")
        if loaded:
            out.append("")
            out.append(f"The measured run's own start (default options, before the HTTP scenarios) was ready in "
                       f"{loaded['ready']} s with {loaded['rss']} MiB RSS.")
        out.append("")

    if targets:
        out.insert(out.index("## Machine"), "")
        summary = ["## Targets (issue 10)", "", "| target | measured | |", "| --- | --- | --- |"]
        summary += [f"| {t} | {m} | {verdict(ok)} |" for t, m, ok in targets]
        summary.append("")
        at = out.index("## Machine")
        out[at:at] = summary

    profiles = sorted(glob.glob(os.path.join(args.work, "*.profile.txt")))
    if profiles:
        out.append("## Profiles (JFR execution samples, top frames)")
        out.append("")
        for path in profiles:
            out.append(f"### {os.path.basename(path).replace('.profile.txt', '')}")
            out.append("")
            out.append("```")
            out.append(open(path, encoding="utf-8").read().strip())
            out.append("```")
            out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
