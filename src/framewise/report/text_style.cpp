#include <framewise/report/text_style.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace framewise::report {

namespace {

constexpr std::size_t k_min_width = 40;
constexpr std::size_t k_max_report_width = 120;
constexpr std::size_t k_max_prose_width = 100;

} // namespace

std::size_t
report_width(const TextStyle& style)
{
  return std::clamp(style.width, k_min_width, k_max_report_width);
}

std::size_t
prose_width(const TextStyle& style)
{
  return std::clamp(style.width, k_min_width, k_max_prose_width);
}

std::string
paint(std::string_view text, std::string_view sgr, Color color)
{
  if (color == Color::off) {
    return std::string(text);
  }
  return fmt::format("\x1b[{}m{}\x1b[0m", sgr, text);
}

std::string_view
severity_color(model::Severity severity)
{
  switch (severity) {
  case model::Severity::error:
    return "31";
  case model::Severity::warning:
    return "33";
  case model::Severity::info:
    return "36";
  }
  return "0";
}

} // namespace framewise::report
