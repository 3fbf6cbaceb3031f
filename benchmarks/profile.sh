#!/usr/bin/env bash
# A full benchmark run with three services profiled while it loads them (dotnet-trace: CPU samples of every thread):
# the gateway during figure 1 at 50 clients, scheduling during figure 2's bookings, analytics during figure 3's mixed
# load. Writes <service>.nettrace and <service>.top.txt (top methods, exclusive then inclusive) next to the report in
# benchmarks/profiles/<time>/. Open a .nettrace in PerfView or Visual Studio, or `dotnet-trace convert --format Speedscope`.
# Profiling costs CPU: the figures of this run are not comparable with an unprofiled one.
set -euo pipefail
cd "$(dirname "$0")/.."
out="benchmarks/profiles/$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$out"
log="$out/benchmark.log"
# dotnet-trace is needed only here, so it is not in the project's tool manifest (whose restore every run and test
# needs): it is installed on first use into a folder of its own, ignored by git.
tools="$PWD/.tools"
dotnet_trace="$tools/dotnet-trace"
if [ ! -x "$dotnet_trace" ]; then
  echo "==> installing dotnet-trace into $tools (first profile only)"
  dotnet tool install dotnet-trace --version 10.0.750501 --tool-path "$tools" >/dev/null \
    || { echo "profile: installing dotnet-trace failed; run 'dotnet tool install dotnet-trace --tool-path .tools' to see why" >&2; exit 1; }
fi

dotnet run -c Release --project tests/ClinicOps.Benchmarks -- --output "$out" "$@" > "$log" 2>&1 &
benchmark=$!

# profile <line of the benchmark's log to wait for> <seconds after it> <service program> <seconds to record>
profile() {
  until grep -q -- "$1" "$log"; do
    kill -0 "$benchmark" 2>/dev/null || return 0
    sleep 0.5
  done
  sleep "$2"
  local pid
  pid=$(pgrep -f "net10.0/ClinicOps\.$3\$" | head -n 1) || return 0
  echo "profiling $3 (pid $pid) for $4 s"
  # In the foreground of this script and with its own stdin: a trace stopped from elsewhere comes out truncated.
  "$dotnet_trace" collect -p "$pid" --duration "00:00:00:$4" -o "$out/$3.nettrace" \
    > "$out/$3.collect.log" 2>&1 < /dev/null || echo "  $3: collection failed, see $out/$3.collect.log"
}

profile "gateway overhead: 50 client" 3 Gateway 12
profile "booking: 50 clients through the gateway" 6 Scheduling 12
profile "mixed load: .* for " 15 Analytics 25
wait "$benchmark" || true

# Reports after the run, so their CPU does not disturb the figures.
for trace in "$out"/*.nettrace; do
  [ -f "$trace" ] || continue
  { "$dotnet_trace" report "$trace" topN -n 40
    "$dotnet_trace" report "$trace" topN -n 60 --inclusive; } > "${trace%.nettrace}.top.txt" 2>&1 || true
done
echo "Profiles and report: $out"
