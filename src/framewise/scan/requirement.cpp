#include <framewise/model/package_name.hpp>
#include <framewise/scan/requirement.hpp>

#include <fmt/format.h>

namespace framewise::scan {

namespace {

bool
is_name_char(char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

bool
is_space(char c)
{
  return c == ' ' || c == '\t';
}

std::size_t
skip_spaces(std::string_view text, std::size_t at)
{
  while (at < text.size() && is_space(text[at])) {
    ++at;
  }
  return at;
}

ParsedRequirement
failure(std::string message, std::size_t offset)
{
  ParsedRequirement parsed;
  parsed.error = std::move(message);
  parsed.error_offset = offset;
  return parsed;
}

// Reads `[a, b]` at `at` into `parsed.extras`; returns the offset after `]`,
// or fails through `parsed.error`.
std::size_t
read_extras(std::string_view text, std::size_t at, ParsedRequirement& parsed)
{
  const std::size_t open = at;
  ++at; // '['
  for (;;) {
    at = skip_spaces(text, at);
    if (at >= text.size()) {
      parsed.error = "the extras list '[' is not closed with ']'";
      parsed.error_offset = open;
      return at;
    }
    if (text[at] == ']') {
      return at + 1;
    }
    const std::size_t start = at;
    while (at < text.size() && is_name_char(text[at])) {
      ++at;
    }
    const std::string_view extra = text.substr(start, at - start);
    if (!model::is_package_name(extra)) {
      parsed.error = "expected an extra's name in '[...]'";
      parsed.error_offset = start;
      return at;
    }
    parsed.extras.push_back(model::normalized_package_name(extra));
    at = skip_spaces(text, at);
    if (at < text.size() && text[at] == ',') {
      ++at;
    } else if (at < text.size() && text[at] != ']') {
      parsed.error = "expected ',' or ']' in the extras list";
      parsed.error_offset = at;
      return at;
    }
  }
}

} // namespace

ParsedRequirement
parse_requirement(std::string_view text)
{
  std::size_t at = skip_spaces(text, 0);
  const std::size_t start = at;
  while (at < text.size() && is_name_char(text[at])) {
    ++at;
  }
  const std::string_view name = text.substr(start, at - start);
  if (!model::is_package_name(name)) {
    // fmt, not string '+': GCC 12 warns (-Wrestrict) falsely about the latter.
    return failure(
      name.empty() ? std::string("expected a package name") : fmt::format("'{}' is not a package name", name), start);
  }
  ParsedRequirement parsed;
  parsed.written_name = std::string(name);
  parsed.name = model::normalized_package_name(name);
  parsed.name_offset = start;
  at = skip_spaces(text, at);
  if (at < text.size() && text[at] == '[') {
    at = read_extras(text, at, parsed);
    if (!parsed.ok()) {
      return parsed;
    }
    at = skip_spaces(text, at);
  }
  // PEP 508: a version specifier (also in parentheses), `@ URL`, or markers.
  constexpr std::string_view k_may_follow = "<>=!~;@(";
  if (at < text.size() && k_may_follow.find(text[at]) == std::string_view::npos) {
    return failure(fmt::format("unexpected '{}' after the package name", text[at]), at);
  }
  return parsed;
}

ParsedRequirement
parse_egg_fragment(std::string_view url)
{
  // The fragment is everything after '#'; `egg=` may be one of several
  // '&'-separated parts (`#subdirectory=x&egg=name`).
  const auto hash = url.find('#');
  if (hash == std::string_view::npos) {
    return failure("no #egg= fragment", url.size());
  }
  std::size_t at = hash + 1;
  while (at < url.size()) {
    std::size_t end = url.find('&', at);
    if (end == std::string_view::npos) {
      end = url.size();
    }
    const std::string_view part = url.substr(at, end - at);
    if (part.starts_with("egg=")) {
      auto parsed = parse_requirement(part.substr(4));
      parsed.name_offset += at + 4;
      parsed.error_offset += at + 4;
      return parsed;
    }
    at = end + 1;
  }
  return failure("no #egg= fragment", hash);
}

} // namespace framewise::scan
