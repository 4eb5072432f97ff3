# Thin wrapper around CMake. `make run` and `make test` work on a fresh Debian 12
# machine: they install the missing Debian packages first (see scripts/).
MAKEFLAGS += --no-print-directory
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
EXAMPLE ?= data/examples/io-bound-api.yaml
BENCH_RUNS ?= 300
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release -DFRAMEWISE_WARNINGS_AS_ERRORS=ON

.PHONY: all deps test-deps build run test bench clean

all: build

deps:
	@sh scripts/install-deps.sh

test-deps:
	@sh scripts/install-deps.sh --test

build: deps
	@cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# On a terminal, asks the questionnaire (extra options: make run ARGS="--format json").
# Without one (a pipe, a CI job) there is nobody to ask: recommend for an example
# profile instead, and say so (make run EXAMPLE=data/examples/cms-with-admin.yaml).
run: build
	@if [ -t 0 ]; then \
		$(BUILD_DIR)/framewise recommend $(ARGS); \
	else \
		echo "framewise: stdin is not a terminal, so no questions can be asked; recommending for $(EXAMPLE)" >&2; \
		$(BUILD_DIR)/framewise recommend --profile $(EXAMPLE) $(ARGS); \
	fi

test: test-deps build
	@ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

# Release build of framewise and the bench programs, then one table of cold
# start, memory, size and engine figures (bench/README.md). Timing only: no
# thresholds are checked here or in make test. BENCH_RUNS=N changes the runs.
bench: deps
	@cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target bench_programs
	@sh bench/run.sh $(BUILD_DIR) $(EXAMPLE) $(BENCH_RUNS)

clean:
	@rm -rf $(BUILD_DIR)
