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
total_start=$SECONDS
while read -r pkg name; do
	start=$SECONDS
	if $go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" "$pkg" >"$log" 2>&1; then
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
