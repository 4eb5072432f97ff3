#include <framewise/cli/output.hpp>
#include <framewise/load/spellcheck.hpp>
#include <framewise/report/diagnostic_text.hpp>

#include <fmt/format.h>

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

void
print_output_error(const std::string& path, std::string_view message)
{
  model::Diagnostic diagnostic;
  diagnostic.domain = model::Domain::output;
  diagnostic.pos.file = path;
  diagnostic.message = std::string(message);
  diagnostic.hint = "check the path and its permissions, or choose another file";
  print_diagnostics({diagnostic});
}

void
print_unknown_name(std::string_view message, const std::string& name, const std::vector<std::string>& names)
{
  const std::string suggestion = load::closest_match(name, names);
  print_usage_error(message, suggestion.empty() ? fmt::format("expected one of: {}", fmt::join(names, ", "))
                                                : fmt::format("did you mean '{}'?", suggestion));
}

bool
write_stdout(std::string_view text)
{
  const bool written = std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
  return std::fflush(stdout) == 0 && written;
}

} // namespace framewise::cli
