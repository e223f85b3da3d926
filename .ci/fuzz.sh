#!/usr/bin/env bash
# Runs every fuzz target of the module (as `go test -list '^Fuzz' ./...`
# finds them) for the given time each, prints the seconds each took
# (compilation included), and fails if any target failed. A crasher is kept
# by `go test` under the package's testdata/fuzz/FuzzNAME/; commit it as a
# seed once it is fixed.
#   usage: .ci/fuzz.sh FUZZTIME     e.g. .ci/fuzz.sh 60s
set -uo pipefail
cd "$(dirname "$0")/.."
fuzztime=${1:?usage: $0 FUZZTIME}
go=${GO:-go}

if ! list=$($go test -list '^Fuzz' ./... 2>&1); then
	echo "$list"
	echo "fuzz: could not list the fuzz targets" >&2
	exit 1
fi
# go test -list prints a package's names before its "ok  PACKAGE" line.
targets=$(awk '/^Fuzz/ {n[++k] = $1; next} /^ok/ {for (i = 1; i <= k; i++) print $2, n[i]; k = 0}' <<<"$list")
if [ -z "$targets" ]; then
	echo "fuzz: no fuzz targets found" >&2
	exit 1
fi

failed=()
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# corpus lists the inputs kept for a target: a real failure always writes
# one there ("Failing input written to testdata/fuzz/NAME/…").
corpus() {
	local dir=${1#briefsmith}
	ls "./${dir#/}/testdata/fuzz/$2" 2>/dev/null | sort
}

# fuzz_once runs one target; a failure that wrote no input and says only
# "context deadline exceeded" is Go's own coordinator race at the end of
# -fuzztime (go.dev/issue/75804, unfixed in Go 1.26), not a finding, and
# is run again once.
fuzz_once() {
	local pkg=$1 name=$2 before
	before=$(corpus "$pkg" "$name")
	$go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" "$pkg" >"$log" 2>&1 && return 0
	[ "$(corpus "$pkg" "$name")" = "$before" ] && grep -q 'context deadline exceeded' "$log" && return 2
	return 1
}

total_start=$SECONDS
while read -r pkg name; do
	start=$SECONDS
	fuzz_once "$pkg" "$name"
	rc=$?
	if [ $rc -eq 2 ]; then
		echo "fuzz: $name stopped on Go's fuzztime deadline race (no input written); running it again"
		fuzz_once "$pkg" "$name"
		rc=$?
	fi
	if [ $rc -eq 0 ]; then
		status=ok
	else
		status=FAIL
		failed+=("$pkg $name")
		cat "$log"
	fi
	printf 'fuzz %-4s %-48s %-22s %4ds\n' "$status" "${pkg#briefsmith/}" "$name" $((SECONDS - start))
done <<<"$targets"
echo "fuzz: $(wc -l <<<"$targets") targets, ${fuzztime} each, $((SECONDS - total_start))s in all"
if [ ${#failed[@]} -gt 0 ]; then
	printf 'fuzz: FAILED %s\n' "${failed[@]}" >&2
	echo "fuzz: the failing inputs are under each package's testdata/fuzz/; keep them as seeds" >&2
	exit 1
fi
