# dyad: the two commands of the README are `make demo` and `make check`.
JOBS ?= $(shell nproc)
BUILD ?= build
ASAN_BUILD ?= build-asan

.PHONY: all setup build demo check sanitize bench format format-check clean

all: build

setup:
	./scripts/setup.sh

build: setup
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

# Installs, builds, and runs dyad on the bundled example articles (Dutch and English):
# trees as CoNLL-U, the actor mentions, then the coded events.
demo: build
	@echo "== examples/nl-article.txt =="
	./$(BUILD)/dyad annotate examples/nl-article.txt
	@echo "== examples/en-article.txt =="
	./$(BUILD)/dyad annotate examples/en-article.txt
	@echo "== actors in examples/*.txt =="
	./$(BUILD)/dyad actors --format tsv examples/nl-article.txt examples/en-article.txt
	@echo "== events in examples/*.txt (who did what to whom, with evidence) =="
	./$(BUILD)/dyad code examples/nl-article.txt examples/en-article.txt

# Installs, builds, and runs every test (unit and golden, through CTest).
check: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The same tests built with AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize: setup
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDYAD_SANITIZE=ON -DDYAD_BUILD_BENCH=OFF
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS)

bench: build
	./bench/run.sh $(BUILD)

FORMAT_FILES = $(shell git ls-files '*.cpp' '*.h')
format:
	clang-format -i $(FORMAT_FILES)

format-check:
	clang-format --dry-run --Werror $(FORMAT_FILES)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
