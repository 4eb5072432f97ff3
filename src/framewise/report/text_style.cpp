#include <framewise/report/text_style.hpp>

#include <algorithm>

namespace framewise::report {

// Written without fmt: with fmt header-only, every file that formats with it
// carries its own copy of fmt's float formatting (about 6 KB), so the small
// files the reports share keep to plain strings.

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
  return std::string("\x1b[").append(sgr).append("m").append(text).append("\x1b[0m");
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
