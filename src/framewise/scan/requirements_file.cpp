#include <framewise/scan/plain_text.hpp>
#include <framewise/scan/requirement.hpp>
#include <framewise/scan/requirements_file.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>

namespace framewise::scan {

namespace {

// A file reports at most this many errors, so a hostile file costs linear time
// and a readable message.
constexpr std::size_t k_max_errors = 50;

// A stretch of a logical line that came from one physical line.
struct Piece
{
  std::size_t logical_start = 0;
  std::uint32_t line = 0;    // 1-based physical line
  std::string_view physical; // the physical line's text
  std::size_t physical_start = 0;
};

struct LogicalLine
{
  std::string text;
  std::vector<Piece> pieces;
};

// pip's COMMENT_RE.match: a line that starts with '#', or whitespace then '#'.
bool
is_comment_line(std::string_view line)
{
  std::size_t at = 0;
  while (at < line.size() && is_blank(line[at])) {
    ++at;
  }
  return at < line.size() && line[at] == '#';
}

// Offset of the '#' that starts a comment: at the start or after whitespace.
std::size_t
comment_start(std::string_view text)
{
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] == '#' && (at == 0 || is_blank(text[at - 1]))) {
      return at;
    }
  }
  return std::string_view::npos;
}

bool
looks_like_url_or_path(std::string_view text)
{
  if (text.empty()) {
    return false;
  }
  if (text.front() == '.' || text.front() == '/' || text.front() == '~' || text.front() == '\\') {
    return true;
  }
  // A URL scheme: letters, then letters, digits, '+', '-', '.', then "://"
  // (git+https://, file://), or "file:" alone.
  const auto colon = text.find("://");
  const auto first_stop = text.find_first_of(" \t;[<>=!~@(");
  if (colon != std::string_view::npos && (first_stop == std::string_view::npos || colon < first_stop)) {
    return true;
  }
  if (text.starts_with("file:")) {
    return true;
  }
  const std::string_view head = text.substr(0, first_stop);
  if (head.find('/') != std::string_view::npos || head.find('\\') != std::string_view::npos) {
    return true;
  }
  constexpr std::array<std::string_view, 7> k_archives = {".whl",     ".zip",    ".tar.gz", ".tgz",
                                                          ".tar.bz2", ".tar.xz", ".tar"};
  return std::any_of(k_archives.begin(), k_archives.end(),
                     [&](std::string_view suffix) { return head.ends_with(suffix); });
}

// A local directory (".", "./lib", "../shared"), not a URL or an archive.
bool
is_local_project(std::string_view target)
{
  if (target.find("://") != std::string_view::npos || target.starts_with("file:")) {
    return false;
  }
  constexpr std::array<std::string_view, 7> k_archives = {".whl",     ".zip",    ".tar.gz", ".tgz",
                                                          ".tar.bz2", ".tar.xz", ".tar"};
  return std::none_of(k_archives.begin(), k_archives.end(),
                      [&](std::string_view suffix) { return target.ends_with(suffix); });
}

class Parser
{
public:
  Parser(std::string_view text, const std::string& path)
      : m_text(text)
      , m_path(path)
  {}

  RequirementsFile
  run()
  {
    LogicalLine logical;
    std::uint32_t line_number = 0;
    std::size_t at = 0;
    while (at < m_text.size()) {
      std::size_t end = m_text.find('\n', at);
      if (end == std::string_view::npos) {
        end = m_text.size();
      }
      std::string_view physical = m_text.substr(at, end - at);
      at = end + 1;
      ++line_number;
      if (!physical.empty() && physical.back() == '\r') {
        physical.remove_suffix(1);
      }
      if (line_number == 1 || line_number == 2) {
        notice_compiled_header(physical);
      }
      const bool comment = is_comment_line(physical);
      if (!physical.ends_with('\\') || comment) {
        // pip puts a space before a comment line that ends a join, so the
        // comment is stripped with the rest.
        append(logical, comment && !logical.pieces.empty() ? " " : "", physical, 0, line_number);
        finish(logical);
        continue;
      }
      // pip strips backslashes from both ends of a continued line.
      std::size_t first = 0;
      while (first < physical.size() && physical[first] == '\\') {
        ++first;
      }
      std::size_t last = physical.size();
      while (last > first && physical[last - 1] == '\\') {
        --last;
      }
      append(logical, "", physical.substr(0, last), first, line_number);
    }
    if (!logical.pieces.empty()) {
      finish(logical);
    }
    return std::move(m_out);
  }

private:
  static void
  append(LogicalLine& logical, std::string_view prefix, std::string_view physical, std::size_t from, std::uint32_t line)
  {
    logical.text += prefix;
    logical.pieces.push_back({logical.text.size(), line, physical, from});
    logical.text.append(physical.substr(from));
  }

  // The text of physical line `line` of a logical line.
  static std::string_view
  physical_line(const LogicalLine& logical, std::uint32_t line)
  {
    for (const auto& piece : logical.pieces) {
      if (piece.line == line) {
        return piece.physical;
      }
    }
    return {};
  }

  // Position of byte `offset` of the logical line, on its physical line.
  static model::SourcePos
  position(const LogicalLine& logical, std::size_t offset, const std::string& path)
  {
    const Piece* piece = &logical.pieces.front();
    for (const auto& candidate : logical.pieces) {
      if (candidate.logical_start <= offset) {
        piece = &candidate;
      }
    }
    const std::size_t physical_offset = piece->physical_start + (offset - std::min(offset, piece->logical_start));
    return {path, piece->line, column_of(piece->physical, physical_offset)};
  }

  void
  error(const LogicalLine& logical, std::size_t offset, std::string message, std::string hint = {})
  {
    if (m_out.read.errors.size() >= k_max_errors) {
      return;
    }
    const auto pos = position(logical, offset, m_path);
    m_out.read.errors.push_back(
      scan_error(m_path, pos.line, pos.column, std::move(message), physical_line(logical, pos.line), std::move(hint)));
  }

  void
  notice_compiled_header(std::string_view line)
  {
    if (line.find("autogenerated by pip-compile") != std::string_view::npos ||
        line.find("autogenerated by uv") != std::string_view::npos) {
      m_compiled = true;
    }
  }

  // In compiled output, "# via -r requirements.in" (inline, or on the comment
  // lines after a requirement: "# via" then "#   -r requirements.in") marks
  // the requirement before it as one the project asked for.
  void
  notice_via_comment(std::string_view comment)
  {
    comment = trim_blanks(comment.substr(1)); // after '#'
    if (comment.starts_with("via")) {
      m_in_via = true;
      comment = trim_blanks(comment.substr(3));
    }
    // Older pip-compile lists the sources on one line: "# via flask, -r requirements.in".
    bool asked_for = false;
    while (m_in_via && !comment.empty()) {
      const auto comma = comment.find(',');
      asked_for = asked_for || trim_blanks(comment.substr(0, comma)).starts_with("-r ");
      comment = comma == std::string_view::npos ? std::string_view() : comment.substr(comma + 1);
    }
    if (asked_for && m_last_compiled) {
      m_out.read.dependencies[*m_last_compiled].role = Role::declared;
    }
  }

  void
  finish(LogicalLine& logical)
  {
    const std::string_view text = logical.text;
    const std::size_t comment = comment_start(text);
    const std::string_view content = text.substr(0, comment);
    const std::size_t begin =
      static_cast<std::size_t>(std::find_if_not(content.begin(), content.end(), is_blank) - content.begin());
    const std::string_view line = trim_blanks(content);
    if (!line.empty()) {
      m_in_via = false;
      m_last_compiled.reset();
      if (line.front() == '-') {
        read_options(logical, begin, line, OptionPlace::line);
      } else {
        read_requirement(logical, begin, line);
      }
    }
    if (m_compiled && comment != std::string_view::npos) {
      notice_via_comment(text.substr(comment));
    }
    logical = LogicalLine{};
  }

  enum class OptionPlace
  {
    line,
    requirement
  };

  // Splits at spaces and tabs, with each token's offset in the logical line.
  static std::vector<std::pair<std::size_t, std::string_view>>
  tokens(std::string_view text, std::size_t base)
  {
    std::vector<std::pair<std::size_t, std::string_view>> out;
    std::size_t at = 0;
    while (at < text.size()) {
      while (at < text.size() && is_blank(text[at])) {
        ++at;
      }
      const std::size_t start = at;
      while (at < text.size() && !is_blank(text[at])) {
        ++at;
      }
      if (at > start) {
        out.emplace_back(base + start, text.substr(start, at - start));
      }
    }
    return out;
  }

  void
  read_options(const LogicalLine& logical, std::size_t base, std::string_view text, OptionPlace place)
  {
    // Options taking a value, long and short spellings; per-requirement ones last.
    struct Spec
    {
      std::string_view long_name;
      char short_name;
      bool line_option;
    };
    constexpr std::array<Spec, 14> k_with_value = {{
      {"--requirement", 'r', true},
      {"--constraint", 'c', true},
      {"--editable", 'e', true},
      {"--index-url", 'i', true},
      {"--extra-index-url", 0, true},
      {"--find-links", 'f', true},
      {"--trusted-host", 0, true},
      {"--only-binary", 0, true},
      {"--no-binary", 0, true},
      {"--use-feature", 0, true},
      {"--hash", 0, false},
      {"--config-settings", 0, false},
      {"--global-option", 0, false},
      {"--install-option", 0, false},
    }};
    constexpr std::array<std::string_view, 4> k_flags = {"--no-index", "--pre", "--prefer-binary", "--require-hashes"};
    const auto list = tokens(text, base);
    for (std::size_t i = 0; i < list.size(); ++i) {
      const auto [offset, token] = list[i];
      if (std::find(k_flags.begin(), k_flags.end(), token) != k_flags.end()) {
        continue;
      }
      const Spec* spec = nullptr;
      std::string_view value;
      bool has_value = false;
      for (const auto& candidate : k_with_value) {
        if (token == candidate.long_name ||
            (candidate.short_name != 0 && token.size() >= 2 && token[0] == '-' && token[1] == candidate.short_name)) {
          spec = &candidate;
          if (token.size() > 2 && token[1] != '-') {
            value = token.substr(2); // -rfile
            has_value = true;
          }
          break;
        }
        if (token.starts_with(candidate.long_name) && token.size() > candidate.long_name.size() &&
            token[candidate.long_name.size()] == '=') {
          spec = &candidate;
          value = token.substr(candidate.long_name.size() + 1);
          has_value = true;
          break;
        }
      }
      if (spec == nullptr) {
        error(logical, offset, fmt::format("unknown pip option '{}'", token),
              "pip's requirements file format allows -r, -c, -e, -i, --extra-index-url, -f, --hash and a few more");
        return;
      }
      std::size_t value_offset = offset + (token.size() - value.size());
      if (!has_value) {
        if (i + 1 >= list.size()) {
          error(logical, offset, fmt::format("option '{}' needs a value", token));
          return;
        }
        ++i;
        value_offset = list[i].first;
        value = list[i].second;
      }
      if (place == OptionPlace::requirement && spec->line_option) {
        error(logical, offset, fmt::format("option '{}' cannot follow a requirement on its line", token),
              "put it on a line of its own");
        return;
      }
      const std::string_view name = spec->long_name;
      if (name == "--requirement" || name == "--constraint") {
        const auto pos = position(logical, offset, m_path);
        m_out.includes.push_back({std::string(value),
                                  name == "--requirement" ? IncludeKind::requirement : IncludeKind::constraint, pos,
                                  std::string(physical_line(logical, pos.line))});
      } else if (name == "--editable") {
        read_url_or_path(logical, value_offset, value, trim_blanks(text));
      }
    }
  }

  void
  read_requirement(const LogicalLine& logical, std::size_t base, std::string_view line)
  {
    // pip: the requirement is every token up to the first that starts with '-'.
    std::size_t options_at = std::string_view::npos;
    for (const auto& [offset, token] : tokens(line, 0)) {
      if (token.front() == '-') {
        options_at = offset;
        break;
      }
    }
    const std::string_view requirement = trim_blanks(line.substr(0, options_at));
    if (options_at != std::string_view::npos) {
      read_options(logical, base + options_at, line.substr(options_at), OptionPlace::requirement);
    }
    if (looks_like_url_or_path(requirement)) {
      read_url_or_path(logical, base, requirement, requirement);
      return;
    }
    const auto parsed = parse_requirement(requirement);
    if (!parsed.ok()) {
      error(logical, base + parsed.error_offset, parsed.error,
            "a requirement is a PEP 508 name with optional [extras], version and ; markers, e.g. flask>=3.0");
      return;
    }
    add(logical, base + parsed.name_offset, parsed, requirement);
  }

  void
  read_url_or_path(const LogicalLine& logical, std::size_t base, std::string_view target, std::string_view text)
  {
    // `-e name @ url` is not pip syntax, but `name @ url` on a line is PEP 508.
    if (!looks_like_url_or_path(target)) {
      const auto parsed = parse_requirement(target);
      if (parsed.ok()) {
        add(logical, base + parsed.name_offset, parsed, text);
        return;
      }
    }
    const auto parsed = parse_egg_fragment(target);
    if (parsed.ok()) {
      add(logical, base + parsed.name_offset, parsed, text);
      return;
    }
    if (target.find("#egg=") != std::string_view::npos || target.find("&egg=") != std::string_view::npos) {
      error(logical, base + parsed.error_offset, fmt::format("#egg= fragment: {}", parsed.error));
      return;
    }
    if (is_local_project(target)) {
      return; // `-e .` or `./lib`: a project directory, whose own manifests the walk reads
    }
    const auto pos = position(logical, base, m_path);
    m_out.read.notes.push_back(fmt::format("{}:{}:{}: '{}' is a URL or path without #egg=NAME; scan cannot tell "
                                           "which package it installs",
                                           m_path, pos.line, pos.column, target));
  }

  void
  add(const LogicalLine& logical, std::size_t offset, const ParsedRequirement& parsed, std::string_view text)
  {
    Dependency dependency;
    dependency.name = parsed.name;
    dependency.extras = parsed.extras;
    dependency.role = m_compiled ? Role::lock : Role::declared;
    dependency.pos = position(logical, offset, m_path);
    dependency.text = std::string(text);
    m_out.read.dependencies.push_back(std::move(dependency));
    if (m_compiled) {
      m_last_compiled = m_out.read.dependencies.size() - 1;
    }
  }

  std::string_view m_text;
  const std::string& m_path;
  RequirementsFile m_out;
  bool m_compiled = false;
  bool m_in_via = false;
  std::optional<std::size_t> m_last_compiled;
};

} // namespace

RequirementsFile
parse_requirements_file(std::string_view text, const std::string& path)
{
  return Parser(text, path).run();
}

} // namespace framewise::scan
