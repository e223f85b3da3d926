#!/bin/sh
# Writes the README's screenshots to docs/screenshots/ by running the real
# app under Xvfb on the sample brief (app/testdata/sample.brief) and taking
# X screenshots with ImageMagick (Fyne's own Capture() is black under Xvfb).
# Needs: xvfb-run, ImageMagick (import), xdotool. Run from the repo root.
set -eu

out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

echo "building…"
go build -o "$work/briefsmith" .
cp app/testdata/sample.brief "$work/Morning Brief 2026-11-23.brief"

# shot NAME BRIEF ACTIONS [THEME]: start the app (on BRIEF, if not empty)
# with a fresh home folder in THEME (default light), wait for its first
# frame, run the xdotool ACTIONS, then screenshot the screen to
# $out/NAME.png.
shot() {
	name=$1 target=$2 actions=$3 theme=${4:-light}
	home="$work/home-$name"
	prefs="$home/.config/fyne/app.briefsmith.desktop"
	mkdir -p "$prefs"
	echo "{\"theme\":\"$theme\",\"author\":\"Policy Unit\"}" >"$prefs/preferences.json"
	HOME=$home XDG_CONFIG_HOME=$home/.config XDG_CACHE_HOME=$home/.cache LANG=en_US.UTF-8 \
	BRIEFSMITH_TRACE_STARTUP=1 BIN="$work/briefsmith" BRIEF=$target ACTIONS=$actions PNG="$out/$name.png" LOG="$work/$name.log" \
	xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
		if [ -n "$BRIEF" ]; then "$BIN" "$BRIEF" 2>"$LOG" & else "$BIN" 2>"$LOG" & fi
		pid=$!
		i=0
		while ! grep -q "first frame" "$LOG" 2>/dev/null && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done
		xdotool search --sync --name Briefsmith windowfocus --sync >/dev/null 2>&1 || true
		sleep 1
		sh -c "$ACTIONS"
		sleep 1.5
		import -window root "$PNG"
		kill $pid
		wait $pid 2>/dev/null || true'
	echo "wrote $out/$name.png"
}

sample="$work/Morning Brief 2026-11-23.brief"
shot main-window "$sample" "true"
shot second-item "$sample" "xdotool mousemove 150 480 click 1"
shot import-dialog "$sample" "xdotool key ctrl+i; sleep 0.5; xdotool type --delay 5 'https://herald.example/city/ferry-timetable'"
shot export-dialog "$sample" "xdotool key ctrl+e"
shot settings "$sample" "xdotool mousemove 1228 49 click 1"
shot start-screen "" "true"
shot main-window-dark "$sample" "xdotool mousemove 150 480 click 1" dark
