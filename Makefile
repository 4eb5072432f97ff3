# Thin wrapper around CMake. `make run` and `make test` work on a fresh Debian 12
# machine: they install the missing Debian packages first (see scripts/).
MAKEFLAGS += --no-print-directory
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
EXAMPLE ?= data/examples/io-bound-api.yaml
BENCH_RUNS ?= 300
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release -DFRAMEWISE_WARNINGS_AS_ERRORS=ON

.PHONY: all deps test-deps build run test test-sanitize coverage fuzz bench clean deb wheel

all: build

deps:
	@sh scripts/install-deps.sh

test-deps:
	@sh scripts/install-deps.sh --test

# Only the framewise binary: what `make run` runs and a CI job that wants the
# tool needs. The tests, fuzz replays and bench programs build in `make test`.
build: deps
	@cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target framewise

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
	@cmake --build $(BUILD_DIR) -j $(JOBS)
	@ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

# Packages of the framewise binary, in $(BUILD_DIR)/packages/ (README.md,
# Install): a Debian package (CPack, prefix /usr) and a wheel for pip, pipx and
# uv (scripts/build-wheel.py). Both carry the static binary as built.
deb: deps
	@sh scripts/install-deps.sh --package
	@cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target framewise_deb

wheel: deps
	@sh scripts/install-deps.sh --package
	@cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target framewise_wheel

# Release build of framewise and the bench programs, then one table of cold
# start, memory, size and engine figures (bench/README.md). Timing only: no
# thresholds are checked here or in make test. BENCH_RUNS=N changes the runs.
bench: deps
	@cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target bench_programs
	@sh bench/run.sh $(BUILD_DIR) $(EXAMPLE) $(BENCH_RUNS)

# The whole suite again on an AddressSanitizer + UndefinedBehaviorSanitizer
# build in its own directory (.ci/run runs it after `make test`). Memory limits
# of tests/bad cases are dropped there: ASan reserves terabytes of address space.
# -O1 without NDEBUG or -g: the sanitizers' usual level, asserts on, and the
# quickest build that keeps CI under 15 minutes.
SANITIZE_BUILD_DIR ?= build-sanitize
test-sanitize: test-deps
	@cmake -S . -B $(SANITIZE_BUILD_DIR) -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE=-O1 \
		-DFRAMEWISE_WARNINGS_AS_ERRORS=ON -DFRAMEWISE_ASAN=ON -DFRAMEWISE_UBSAN=ON -DFRAMEWISE_BENCH=OFF >/dev/null
	@cmake --build $(SANITIZE_BUILD_DIR) -j $(JOBS)
	@FRAMEWISE_TEST_NO_MEMORY_LIMIT=1 ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		ctest --test-dir $(SANITIZE_BUILD_DIR) --output-on-failure -j $(JOBS)

# Line and branch coverage of the whole suite, per layer (model, load, engine,
# report, cli): a gcov-instrumented -O0 build in its own directory, ctest, then
# gcovr (scripts/coverage.sh). Full per-file tables: COVERAGE_BUILD_DIR/coverage/.
# Linked dynamically: the packaging tests check the static release binary, and
# an instrumented one holds its build directory's path (for its .gcda files).
# Memory limits of tests/bad cases are dropped, as for the sanitizers: they
# bound address space, and the -O0 instrumented binary and its shared
# libraries map more than 50 MB before reading any input (`make test` keeps them).
COVERAGE_BUILD_DIR ?= build-coverage
coverage: test-deps
	@cmake -S . -B $(COVERAGE_BUILD_DIR) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O0 \
		-DCMAKE_CXX_COMPILER_LAUNCHER= -DFRAMEWISE_WARNINGS_AS_ERRORS=ON -DFRAMEWISE_COVERAGE=ON \
		-DFRAMEWISE_BENCH=OFF -DFRAMEWISE_STATIC=OFF >/dev/null
	@cmake --build $(COVERAGE_BUILD_DIR) -j $(JOBS)
	@find $(COVERAGE_BUILD_DIR) -name '*.gcda' -delete
	@FRAMEWISE_TEST_NO_MEMORY_LIMIT=1 ctest --test-dir $(COVERAGE_BUILD_DIR) --output-on-failure -j $(JOBS)
	@sh scripts/coverage.sh $(CURDIR) $(COVERAGE_BUILD_DIR)

# libFuzzer targets (tests/fuzz/) built with clang, ASan and UBSan in their own
# directory, each run FUZZ_SECONDS seconds: make fuzz FUZZ_SECONDS=300
FUZZ_SECONDS ?= 60
FUZZ_BUILD_DIR ?= build-fuzz
FUZZ_TARGETS ?= profile rule_pack condition answer_input yaml_fast_path json_tree scan_requirements scan_toml scan_setup_cfg scan_python scan_gitignore scan_dockerfile scan_compose scan_service_files scan_shell
fuzz:
	@sh scripts/install-deps.sh --fuzz
	@CC=clang-14 CXX=clang++-14 cmake -S . -B $(FUZZ_BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DFRAMEWISE_FUZZ=ON -DFRAMEWISE_ASAN=ON -DFRAMEWISE_UBSAN=ON >/dev/null
	@cmake --build $(FUZZ_BUILD_DIR) -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS))
	@sh scripts/run-fuzzers.sh $(FUZZ_BUILD_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	@rm -rf $(BUILD_DIR) $(SANITIZE_BUILD_DIR) $(COVERAGE_BUILD_DIR) $(FUZZ_BUILD_DIR)
