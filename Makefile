# Briefsmith — the two commands that matter are `make run` and `make test`.
# Both install the Debian packages a fresh machine lacks before they start.

SHELL      := /bin/bash
GO         ?= go
BIN        := bin/briefsmith
OUT        := out
GOBIN      := $(shell $(GO) env GOPATH)/bin
STATICCHECK_VERSION := v0.8.2
GOCYCLO_VERSION     := v0.6.0
DEADCODE_VERSION    := v0.52.0
FUZZTIME   ?= 60s
FUZZ_SHORT_TIME ?= 3s
export PATH  := /usr/local/go/bin:$(GOBIN):$(PATH)
export GOFLAGS ?= -buildvcs=false

# Debian packages: Fyne's cgo build (GLFW/X11 headers), a virtual display for
# the GUI tests, poppler and qpdf for checking PDFs, ImageMagick for screenshots.
DEB_PACKAGES := gcc libc6-dev libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
	libxinerama-dev libxi-dev libxxf86vm-dev xvfb xauth xdotool poppler-utils imagemagick qpdf
SAMPLES := $(sort $(wildcard assets/samples/*.txt assets/samples/*.md assets/samples/*.html))

.PHONY: all deps build run test test-short lint bench eval fuzz screenshots clean help

all: build

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s $$'\t'

deps: ## install the Debian packages Fyne, the GUI tests and the PDF checks need (only those missing)
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing missing packages:" $$missing; \
		sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
		$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

build: deps ## build bin/briefsmith
	$(GO) build -o $(BIN) .

run: build ## compose the bundled samples into a brief and open it in the app (or print the PDF's path without a display)
	@mkdir -p $(OUT)
	@./$(BIN) compose --title "Sample Morning Brief" --prepared-for "The Duty Office" -o $(OUT)/sample.brief $(SAMPLES) >/dev/null
	@./$(BIN) export -o $(OUT)/sample.pdf $(OUT)/sample.brief >/dev/null
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		echo "Opening $(OUT)/sample.brief (the PDF is $(OUT)/sample.pdf)"; \
		./$(BIN) $(OUT)/sample.brief; \
	else \
		echo "No display found (DISPLAY is not set), so the app cannot open; composed the sample brief instead:"; \
		echo "$(abspath $(OUT)/sample.pdf)"; \
	fi

test: deps ## run every test, with the race detector
	$(GO) test -race -count=1 -timeout 30m ./...

test-short: ## the unit tests only, without the race detector or the Xvfb smoke test
	$(GO) test -short ./...

lint: deps ## gofmt, go vet, staticcheck, cyclomatic complexity ≤ 15 and no dead code
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1; }
	$(GO) vet ./...
	@command -v staticcheck >/dev/null || $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	staticcheck ./...
	@command -v gocyclo >/dev/null || $(GO) install github.com/fzipp/gocyclo/cmd/gocyclo@$(GOCYCLO_VERSION)
	gocyclo -over 15 .
	@command -v deadcode >/dev/null || $(GO) install golang.org/x/tools/cmd/deadcode@$(DEADCODE_VERSION)
	@echo "deadcode -test ./..."; dead=$$(deadcode -test ./...); test -z "$$dead" || { echo "unreachable code:"; echo "$$dead"; exit 1; }

bench: ## the performance figures the issues ask for
	$(GO) test -run '^$$' -bench . -benchmem -count=1 ./briefs/... ./templates/... .

eval: ## quality figures on ../shared's corpora against the issue's targets; prints MISSED lines and exits non-zero on a miss; one package at a time, so that the speed figures time the summariser alone (skips when ../shared is absent)
	@if [ ! -d ../shared/corpora ]; then echo "eval: ../shared/corpora not found; skipping"; exit 0; fi
	set -o pipefail; BRIEFSMITH_EVAL=1 $(GO) test -p 1 -count=1 -v -run 'Eval' ./briefs/... | grep -Ev '^(=== RUN|=== PAUSE|=== CONT)'

.PHONY: train cv
train: ## retrain the offline summariser's sentence-role model from the labelled real news in ../shared
	$(GO) run ./briefs/summarize/eval/train

cv: ## the role model's cross-validated figures over 5 fold assignments (their mean and range); writes nothing; about 4 minutes
	$(GO) run ./briefs/summarize/eval/train -cv -repeats 5

fuzz: ## run every fuzz target for FUZZTIME each (default 60s); crashers stay under testdata/fuzz/
	bash .ci/fuzz.sh $(FUZZTIME)

.PHONY: fuzz-short soak hostile
fuzz-short: ## the CI pass: every fuzz target for FUZZ_SHORT_TIME each (default 3s)
	bash .ci/fuzz.sh $(FUZZ_SHORT_TIME)

soak: deps ## kill -9 the CLI, then the app, at random moments while they save, BRIEFSMITH_SOAK_ROUNDS rounds each (default 200)
	BRIEFSMITH_SOAK_ROUNDS=$${BRIEFSMITH_SOAK_ROUNDS:-200} $(GO) test -count=1 -v -timeout 60m -run '^TestKillDuringSave$$' .
	BRIEFSMITH_SOAK_ROUNDS=$${BRIEFSMITH_SOAK_ROUNDS:-200} $(GO) test -count=1 -v -timeout 60m -run '^TestKillDuringAppSave$$' ./app/

hostile: deps ## hostile inputs at full size (9.6 MB pages, batches of 2 MB pages) with their memory and time bounds
	BRIEFSMITH_HOSTILE=1 $(GO) test -count=1 -v -timeout 30m -run '^(TestHostileMarkup|TestBatchMemory)' .

screenshots: build ## write the README's screenshots to docs/screenshots/
	bash .ci/screenshots.sh

clean: ## remove build output
	rm -rf bin $(OUT)
