#include <framewise/cli/output.hpp>
#include <framewise/report/diagnostic_text.hpp>

#include <cstdio>

namespace framewise::cli {

void
print_diagnostics(const model::Diagnostics& diagnostics)
{
  for (const auto& diagnostic : diagnostics) {
    const std::string text = report::render_diagnostic(diagnostic);
    std::fwrite(text.data(), 1, text.size(), stderr);
  }
  std::fflush(stderr);
}

void
print_usage_error(std::string_view message, std::string_view hint)
{
  model::Diagnostic diagnostic;
  diagnostic.domain = model::Domain::usage;
  diagnostic.message = std::string(message);
  diagnostic.hint = std::string(hint);
  print_diagnostics({diagnostic});
}

bool
write_stdout(std::string_view text)
{
  const bool written = std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
  return std::fflush(stdout) == 0 && written;
}

} // namespace framewise::cli
