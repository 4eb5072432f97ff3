#include <framewise/scan/dependency.hpp>
#include <framewise/scan/plain_text.hpp>
#include <framewise/scan/service_files.hpp>
#include <framewise/scan/shell_words.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace framewise::scan {

namespace {

// The byte offset of `part` (a view into `line`) in `line`.
std::size_t
offset_in(std::string_view line, std::string_view part)
{
  return static_cast<std::size_t>(part.data() - line.data());
}

// A shell-form command: what `sh -c` runs.
std::vector<std::string>
in_shell(std::string_view command)
{
  return {"/bin/sh", "-c", std::string(command)};
}

// "[name]" -> "name"; nothing for a line that is no section header.
std::optional<std::string_view>
section_name(std::string_view content)
{
  if (!content.starts_with('[')) {
    return std::nullopt;
  }
  const auto close = content.find(']');
  if (close == std::string_view::npos) {
    return std::nullopt;
  }
  return trim_blanks(content.substr(1, close - 1));
}

} // namespace

ServerFileRead
read_procfile(std::string_view text, const std::string& path)
{
  ServerFileRead out;
  const auto lines = split_lines(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    // foreman's and honcho's pattern: ^([A-Za-z0-9_-]+):\s*(.+)$; other lines are skipped.
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      continue;
    }
    const std::string_view type = line.substr(0, colon);
    const bool type_name = std::all_of(type.begin(), type.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
    const std::string_view command = trim_blanks(line.substr(colon + 1));
    if (!type_name || type != "web" || command.empty()) {
      continue;
    }
    CommandLine found;
    found.argv = in_shell(command);
    found.text = std::string(trim_blanks(line));
    found.pos = {path, static_cast<std::uint32_t>(i + 1), column_of(line, offset_in(line, command))};
    out.commands.push_back(std::move(found));
  }
  return out;
}

ServerFileRead
read_systemd_unit(std::string_view text, const std::string& path)
{
  ServerFileRead out;
  const auto lines = split_lines(text);
  std::string section;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view content = trim_blanks(lines[i]);
    if (content.empty() || content.front() == '#' || content.front() == ';') {
      continue;
    }
    const auto number = static_cast<std::uint32_t>(i + 1);
    if (content.front() == '[') {
      const auto name = section_name(content);
      if (!name) {
        out.errors.push_back(scan_error(path, number, column_of(lines[i], offset_in(lines[i], content)),
                                        "a section header without its closing ']'", lines[i]));
        continue;
      }
      section = std::string(*name);
      continue;
    }
    const auto equals = content.find('=');
    if (equals == std::string_view::npos) {
      out.errors.push_back(scan_error(path, number, column_of(lines[i], offset_in(lines[i], content)),
                                      "not KEY=VALUE (systemd ignores the line)", lines[i]));
      continue;
    }
    const std::string_view key = trim_blanks(content.substr(0, equals));
    std::string_view first = trim_blanks(content.substr(equals + 1));
    const std::uint32_t column = column_of(lines[i], offset_in(lines[i], first.empty() ? content : first));
    // A trailing backslash joins the next line, with a space.
    std::string value;
    std::string_view piece = first;
    while (true) {
      const bool continues = piece.ends_with('\\');
      value += trim_blanks(continues ? piece.substr(0, piece.size() - 1) : piece);
      if (!continues || i + 1 >= lines.size()) {
        break;
      }
      ++i;
      while (i + 1 < lines.size() &&
             (trim_blanks(lines[i]).starts_with('#') || trim_blanks(lines[i]).starts_with(';'))) {
        ++i;
      }
      piece = trim_blanks(lines[i]);
      value += ' ';
    }
    const std::string logical = fmt::format("{}={}", key, value);
    if (section != "Service" || key != "ExecStart") {
      continue;
    }
    if (trim_blanks(value).empty()) {
      out.commands.clear(); // ExecStart= resets the list
      continue;
    }
    const auto split = split_shell(value);
    if (!split.error.empty()) {
      out.errors.push_back(
        scan_error(path, number, column, fmt::format("ExecStart: {}", split.error), lines[number - 1]));
      continue;
    }
    for (const auto& command : split.commands) {
      std::vector<std::string> argv = command.words;
      // Prefixes of the executable: - @ : + ! !! (systemd.service, "Command lines").
      std::string& executable = argv.front();
      const auto prefix = executable.find_first_not_of("-@:+!");
      const bool at_sign =
        executable.substr(0, prefix == std::string::npos ? executable.size() : prefix).find('@') != std::string::npos;
      executable.erase(0, prefix == std::string::npos ? executable.size() : prefix);
      if (at_sign && argv.size() > 1) {
        argv.erase(argv.begin() + 1); // @: the second word is argv[0], not an argument
      }
      CommandLine found;
      found.argv = std::move(argv);
      found.text = logical;
      found.pos = {path, number, column};
      out.commands.push_back(std::move(found));
    }
  }
  return out;
}

ServerFileRead
read_supervisord_conf(std::string_view text, const std::string& path)
{
  ServerFileRead out;
  const auto lines = split_lines(text);
  bool program = false;
  // The command being read (continued on indented lines).
  std::optional<CommandLine> pending;
  const auto flush = [&]() {
    if (pending) {
      const std::string command = pending->argv.front();
      pending->argv = in_shell(command); // supervisord splits it as a shell would (shlex)
      if (!trim_blanks(command).empty()) {
        out.commands.push_back(std::move(*pending));
      }
      pending.reset();
    }
  };
  // Strips an inline comment: ';' or '#' after a blank.
  const auto without_comment = [](std::string_view value) {
    for (std::size_t at = 1; at < value.size(); ++at) {
      if ((value[at] == ';' || value[at] == '#') && (value[at - 1] == ' ' || value[at - 1] == '\t')) {
        return trim_blanks(value.substr(0, at));
      }
    }
    return trim_blanks(value);
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    const std::string_view content = trim_blanks(line);
    const auto number = static_cast<std::uint32_t>(i + 1);
    if (content.empty() || content.front() == '#' || content.front() == ';') {
      continue;
    }
    const bool indented = line.front() == ' ' || line.front() == '\t';
    if (indented && pending) {
      pending->argv.front() += ' ';
      pending->argv.front() += without_comment(content);
      pending->text += ' ';
      pending->text += content;
      continue;
    }
    flush();
    if (content.front() == '[') {
      const auto name = section_name(content);
      if (!name) {
        out.errors.push_back(scan_error(path, number, column_of(line, offset_in(line, content)),
                                        "a section header without its closing ']'", line));
        continue;
      }
      program = name->starts_with("program:");
      continue;
    }
    const auto delimiter = content.find_first_of("=:");
    if (delimiter == std::string_view::npos) {
      out.errors.push_back(scan_error(path, number, column_of(line, offset_in(line, content)),
                                      "not 'key = value' (configparser refuses the file)", line));
      continue;
    }
    if (!program || trim_blanks(content.substr(0, delimiter)) != "command") {
      continue;
    }
    const std::string_view value = without_comment(content.substr(delimiter + 1));
    CommandLine found;
    found.argv = {std::string(value)};
    found.text = std::string(content);
    found.pos = {path, number, column_of(line, offset_in(line, value.empty() ? content : value))};
    pending = std::move(found);
  }
  flush();
  return out;
}

ServerFileRead
read_uwsgi_ini(std::string_view text, const std::string& path)
{
  ServerFileRead out;
  const auto lines = split_lines(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view content = trim_blanks(lines[i]);
    const auto name = section_name(content);
    if (!name || *name != "uwsgi") {
      continue;
    }
    ServerCommand server;
    server.server = "uwsgi";
    server.workers = Workers::sync;
    server.rule = "server-uwsgi";
    server.text = std::string(content);
    server.pos = {path, static_cast<std::uint32_t>(i + 1), column_of(lines[i], offset_in(lines[i], content))};
    out.servers.push_back(std::move(server));
    break;
  }
  return out;
}

ServerFileRead
read_shell_script(std::string_view text, const std::string& path)
{
  ServerFileRead out;
  const auto lines = split_lines(text);
  std::vector<std::size_t> starts = {0};
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] == '\n') {
      starts.push_back(at + 1);
    }
  }
  const auto line_of = [&](std::size_t offset) {
    return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin()) - 1;
  };
  const auto split = split_shell(text);
  // What `export NAME=VALUE` or a bare `NAME=VALUE` sets for the commands after it.
  std::vector<EnvironmentVariable> environment;
  for (const auto& command : split.commands) {
    const std::size_t index = line_of(command.offset);
    const auto& words = command.words;
    const bool exported = !words.empty() && words.front() == "export";
    const auto first_assignment = words.begin() + (exported ? 1 : 0);
    const bool assigns_only =
      first_assignment != words.end() &&
      std::all_of(first_assignment, words.end(), [](const std::string& word) { return is_assignment(word); });
    if (assigns_only) {
      const model::SourcePos pos{path, static_cast<std::uint32_t>(index + 1),
                                 column_of(lines[index], command.offset - starts[index])};
      for (auto word = first_assignment; word != words.end(); ++word) {
        const auto equals = word->find('=');
        environment.push_back(
          {word->substr(0, equals), word->substr(equals + 1), std::string(trim_blanks(lines[index])), pos});
      }
      continue;
    }
    CommandLine found;
    found.argv = command.words;
    found.environment = environment;
    // The logical line: this one and those a trailing backslash joins to it.
    std::string logical(trim_blanks(lines[index]));
    for (std::size_t next = index; next + 1 < lines.size() && trim_blanks(lines[next]).ends_with('\\'); ++next) {
      logical.pop_back();
      logical = std::string(trim_blanks(logical)) + ' ' + std::string(trim_blanks(lines[next + 1]));
    }
    found.text = std::move(logical);
    found.pos = {path, static_cast<std::uint32_t>(index + 1), column_of(lines[index], command.offset - starts[index])};
    out.commands.push_back(std::move(found));
  }
  if (!split.error.empty()) {
    const std::size_t index = line_of(split.error_offset);
    out.errors.push_back(scan_error(path, static_cast<std::uint32_t>(index + 1),
                                    column_of(lines[index], split.error_offset - starts[index]), split.error,
                                    lines[index]));
  }
  return out;
}

} // namespace framewise::scan
