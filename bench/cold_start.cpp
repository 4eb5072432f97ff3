// Times whole processes: each row is a command run RUNS times with fork/exec,
// stdin and stdout on /dev/null; prints the median, min and max wall time, the
// ratio of the median to the first row's (the yardstick), the median CPU time
// (user + system) with its ratio, and the peak resident memory the kernel
// reports for the child (wait4's rusage). CPU time is what to read on a busy
// machine: waiting for a core counts in wall time only.
//
// A small runner instead of hyperfine: no extra package, the peak RSS of each
// child comes from the same runs, and the rows are interleaved (row 1, row 2,
// ..., row 1, ...) so that a machine that slows down mid-run slows every row
// alike and the ratios stay honest on a shared 2-core machine.
//
//   bench_cold_start RUNS LABEL -- COMMAND... [--- LABEL -- COMMAND...]...
//
// A row whose command does not exit with 0 or 1 on a first trial run (e.g. an
// option this build does not have: exit 2) is printed as "n/a (not in this
// build)" rather than timed.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Row
{
  std::string label;
  std::vector<std::string> command;
  bool supported = false;
  std::vector<double> millis;
  std::vector<double> cpu_millis;
  long peak_rss_kib = 0;
};

struct RunResult
{
  int exit_code = -1; // -1: killed by a signal or could not start
  double millis = 0;
  double cpu_millis = 0; // user + system time of the child
  long peak_rss_kib = 0;
};

double
millis_of(const timeval& time)
{
  return static_cast<double>(time.tv_sec) * 1e3 + static_cast<double>(time.tv_usec) * 1e-3;
}

RunResult
run_once(const std::vector<std::string>& command)
{
  std::vector<char*> argv;
  for (const auto& arg : command) {
    argv.push_back(const_cast<char*>(arg.c_str()));
  }
  argv.push_back(nullptr);
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid < 0) {
    std::perror("bench_cold_start: fork");
    std::exit(2);
  }
  if (pid == 0) {
    const int null_fd = open("/dev/null", O_RDWR);
    dup2(null_fd, STDIN_FILENO);
    dup2(null_fd, STDOUT_FILENO);
    dup2(null_fd, STDERR_FILENO);
    execv(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) < 0) {
    std::perror("bench_cold_start: wait4");
    std::exit(2);
  }
  const auto stop = std::chrono::steady_clock::now();
  RunResult result;
  result.millis = std::chrono::duration<double, std::milli>(stop - start).count();
  result.cpu_millis = millis_of(usage.ru_utime) + millis_of(usage.ru_stime);
  result.peak_rss_kib = usage.ru_maxrss;
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  }
  return result;
}

double
median(std::vector<double> values)
{
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

std::vector<Row>
parse_rows(int argc, char** argv)
{
  std::vector<Row> rows;
  for (int i = 2; i < argc;) {
    Row row;
    row.label = argv[i++];
    if (i >= argc || std::string_view(argv[i]) != "--") {
      std::fprintf(stderr, "bench_cold_start: expected '--' after label '%s'\n", row.label.c_str());
      std::exit(2);
    }
    ++i;
    while (i < argc && std::string_view(argv[i]) != "---") {
      row.command.emplace_back(argv[i++]);
    }
    ++i; // skip "---"
    if (row.command.empty()) {
      std::fprintf(stderr, "bench_cold_start: row '%s' has no command\n", row.label.c_str());
      std::exit(2);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

} // namespace

int
main(int argc, char** argv)
{
  if (argc < 5) {
    std::fputs("usage: bench_cold_start RUNS LABEL -- COMMAND... [--- LABEL -- COMMAND...]...\n", stderr);
    return 2;
  }
  const int runs = std::max(1, std::atoi(argv[1]));
  std::vector<Row> rows = parse_rows(argc, argv);

  for (auto& row : rows) {
    const RunResult trial = run_once(row.command); // also warms the page cache
    row.supported = trial.exit_code == 0 || trial.exit_code == 1;
  }
  if (!rows.front().supported) {
    std::fprintf(stderr, "bench_cold_start: the yardstick '%s' does not run\n", rows.front().label.c_str());
    return 2;
  }
  for (int run = 0; run < runs; ++run) {
    for (auto& row : rows) {
      if (row.supported) {
        const RunResult result = run_once(row.command);
        row.millis.push_back(result.millis);
        row.cpu_millis.push_back(result.cpu_millis);
        row.peak_rss_kib = std::max(row.peak_rss_kib, result.peak_rss_kib);
      }
    }
  }

  const double yardstick = median(rows.front().millis);
  const double cpu_yardstick = median(rows.front().cpu_millis);
  std::printf("%-28s %-28s %-13s %s\n", "", "wall time, ms", "cpu time, ms", "peak");
  std::printf("%-28s %6s %6s %6s %6s  %6s %6s  %6s\n", "cold start (whole process)", "median", "min", "max", "ratio",
              "median", "ratio", "RSS");
  for (const auto& row : rows) {
    if (!row.supported) {
      std::printf("%-28s %s\n", row.label.c_str(), "n/a (not in this build)");
      continue;
    }
    const auto [low, high] = std::minmax_element(row.millis.begin(), row.millis.end());
    const double wall = median(row.millis);
    const double cpu = median(row.cpu_millis);
    std::printf("%-28s %6.2f %6.2f %6.2f %5.2fx  %6.2f %5.2fx  %3.1f MB\n", row.label.c_str(), wall, *low, *high,
                wall / yardstick, cpu, cpu / cpu_yardstick, static_cast<double>(row.peak_rss_kib) / 1024.0);
  }
  return 0;
}
