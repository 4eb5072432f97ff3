#include <framewise/scan/dependency.hpp>
#include <framewise/scan/dockerfile.hpp>
#include <framewise/scan/plain_text.hpp>
#include <framewise/scan/shell_words.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <optional>

namespace framewise::scan {

namespace {

std::string_view
trim_left(std::string_view text)
{
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  return text;
}

std::string_view
trim_right(std::string_view text)
{
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

std::string
upper(std::string_view text)
{
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c); });
  return out;
}

// One CMD, ENTRYPOINT or SHELL, in exec form or shell form.
struct Instruction
{
  bool exec = false;
  std::vector<std::string> argv; // exec form
  std::string shell_text;        // shell form
  std::string text;              // the logical line
  model::SourcePos pos;          // where its arguments start
};

struct Stage
{
  std::string name; // after AS, lower-cased
  std::optional<Instruction> cmd;
  std::optional<Instruction> entrypoint;
  bool cmd_set_here = false;
  std::string workdir = "/";
  std::vector<std::string> shell = {"/bin/sh", "-c"};
  std::vector<ImageCopy> copies;                // COPY/ADD from the build context, in order
  std::vector<EnvironmentVariable> environment; // ENV, in order, inherited from a stage it is FROM
};

class DockerfileReader
{
public:
  DockerfileReader(std::string_view text, const std::string& path)
      : m_path(path)
      , m_lines(split_lines(text))
  {}

  ServerFileRead
  run()
  {
    std::size_t i = directives();
    while (i < m_lines.size()) {
      const std::string_view first = trim_left(m_lines[i]);
      if (first.empty() || first.front() == '#') {
        ++i;
        continue;
      }
      const auto number = static_cast<std::uint32_t>(i + 1);
      const std::uint32_t column = column_of(m_lines[i], m_lines[i].size() - first.size());
      std::string logical;
      std::size_t first_length = 0;
      std::string_view current = first;
      bool first_segment = true;
      while (true) {
        const std::string_view content = trim_right(current);
        const bool continues = !content.empty() && content.back() == m_escape;
        const std::string_view kept = continues ? content.substr(0, content.size() - 1) : current;
        logical += kept;
        if (first_segment) {
          first_length = kept.size();
          first_segment = false;
        }
        ++i;
        if (!continues) {
          break;
        }
        // Comment and empty lines inside a continuation are skipped.
        while (i < m_lines.size() && (trim_left(m_lines[i]).empty() || trim_left(m_lines[i]).front() == '#')) {
          ++i;
        }
        if (i >= m_lines.size()) {
          break;
        }
        current = m_lines[i];
      }
      i = instruction(trim_right(logical), number, column, first_length, i);
    }
    finish();
    return std::move(m_out);
  }

private:
  // Parser directives: `# name=value` lines before anything else. Returns
  // the first line that is not one.
  std::size_t
  directives()
  {
    std::size_t i = 0;
    for (; i < m_lines.size(); ++i) {
      std::string_view line = trim_left(m_lines[i]);
      if (!line.starts_with('#')) {
        break;
      }
      line = trim_left(line.substr(1));
      const auto equals = line.find('=');
      if (equals == std::string_view::npos) {
        break;
      }
      const std::string name = upper(trim_right(line.substr(0, equals)));
      const std::string_view value = trim_right(trim_left(line.substr(equals + 1)));
      if (name == "ESCAPE") {
        if (value != "\\" && value != "`") {
          m_out.errors.push_back(scan_error(
            m_path, static_cast<std::uint32_t>(i + 1), 1,
            fmt::format("invalid escape token '{}': the escape directive takes \\ or `", value), m_lines[i]));
        } else {
          m_escape = value.front();
        }
      } else if (name != "SYNTAX" && name != "CHECK") {
        break; // not a directive: a comment, which ends the directives
      }
    }
    return i;
  }

  // Handles one instruction; returns the line after it (past a heredoc's body).
  std::size_t
  instruction(std::string_view logical, std::uint32_t number, std::uint32_t column, std::size_t first_length,
              std::size_t next)
  {
    const auto space = logical.find_first_of(" \t");
    const std::string keyword = upper(logical.substr(0, space));
    const std::string_view arguments =
      space == std::string_view::npos ? std::string_view() : trim_left(logical.substr(space));
    const std::size_t arguments_offset = logical.size() - arguments.size();
    const std::string_view first_line = m_lines[number - 1];
    const std::size_t start = first_line.size() - trim_left(first_line).size();
    const std::uint32_t arguments_column =
      arguments_offset < first_length ? column_of(first_line, start + arguments_offset) : column;
    const model::SourcePos pos{m_path, number, arguments_column};
    if (keyword == "FROM") {
      from(arguments);
    } else if (keyword == "CMD" || keyword == "ENTRYPOINT" || keyword == "SHELL") {
      auto parsed = parse(keyword, arguments, logical, pos);
      if (!parsed) {
        return next;
      }
      Stage& stage = current_stage();
      if (keyword == "CMD") {
        stage.cmd = std::move(*parsed);
        stage.cmd_set_here = true;
      } else if (keyword == "ENTRYPOINT") {
        stage.entrypoint = std::move(*parsed);
        if (!stage.cmd_set_here) {
          stage.cmd.reset(); // ENTRYPOINT resets the CMD of the base image
        }
      } else if (parsed->exec) {
        stage.shell = parsed->argv;
      }
    } else if (keyword == "WORKDIR") {
      workdir(arguments);
    } else if (keyword == "ENV") {
      // Where a name is: on the first line by its offset; on a continued
      // line, the first `NAME=` of the lines the instruction spans.
      const auto name_pos = [&](std::size_t offset_in_arguments, const std::string& name) {
        const std::size_t offset = arguments_offset + offset_in_arguments;
        if (offset < first_length) {
          return model::SourcePos{m_path, number, column_of(first_line, start + offset)};
        }
        for (std::size_t k = number; k < next && k < m_lines.size(); ++k) {
          if (const auto at = m_lines[k].find(name + "="); at != std::string_view::npos) {
            return model::SourcePos{m_path, static_cast<std::uint32_t>(k + 1), column_of(m_lines[k], at)};
          }
        }
        return model::SourcePos{m_path, number, arguments_column};
      };
      environment(arguments, name_pos);
    } else if (keyword == "RUN" || keyword == "COPY" || keyword == "ADD") {
      if (keyword != "RUN") {
        copy(arguments);
      }
      return skip_heredocs(arguments, next);
    }
    return next;
  }

  std::optional<Instruction>
  parse(const std::string& keyword, std::string_view arguments, std::string_view logical, const model::SourcePos& pos)
  {
    Instruction out;
    out.text = std::string(logical);
    out.pos = pos;
    if (arguments.starts_with('[')) {
      auto json = nlohmann::json::parse(arguments, nullptr, false);
      if (!json.is_discarded() && json.is_array()) {
        const bool strings =
          std::all_of(json.begin(), json.end(), [](const nlohmann::json& item) { return item.is_string(); });
        if (!strings) {
          m_out.errors.push_back(scan_error(
            m_path, pos.line, pos.column, fmt::format("{}: the JSON array holds something other than strings", keyword),
            m_lines[pos.line - 1], "exec form is a JSON array of strings: [\"gunicorn\", \"app:app\"]"));
          return std::nullopt;
        }
        out.exec = true;
        for (const auto& item : json) {
          out.argv.push_back(item.get<std::string>());
        }
        return out;
      }
      // Not valid JSON: Docker runs it in shell form.
    }
    out.shell_text = std::string(arguments);
    return out;
  }

  // ENV NAME=VALUE ... (each a shell-like word: quotes and backslashes
  // removed), or the older ENV NAME VALUE (the rest of the line, one pair
  // of enclosing quotes removed).
  template <class NamePos>
  void
  environment(std::string_view arguments, const NamePos& name_pos)
  {
    Stage& stage = current_stage();
    // The evidence: the line the name is on, without its continuation.
    const auto text = [&](const model::SourcePos& pos) {
      std::string_view line = trim_blanks(m_lines[pos.line - 1]);
      if (!line.empty() && line.back() == m_escape) {
        line = trim_blanks(line.substr(0, line.size() - 1));
      }
      return std::string(line);
    };
    const auto first_end = arguments.find_first_of(" \t");
    const std::string_view first = arguments.substr(0, first_end);
    if (first.find('=') == std::string_view::npos) {
      if (first.empty() || first_end == std::string_view::npos) {
        return;
      }
      std::string value(trim_blanks(arguments.substr(first_end)));
      if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
        value = value.substr(1, value.size() - 2);
      }
      const auto pos = name_pos(0, std::string(first));
      stage.environment.push_back({std::string(first), std::move(value), text(pos), pos});
      return;
    }
    const auto split = split_shell(arguments);
    if (!split.error.empty()) {
      return; // Docker refuses it too: the build fails before anything runs
    }
    std::size_t search_from = 0;
    for (const auto& simple : split.commands) {
      for (const auto& word : simple.words) {
        const auto equals = word.find('=');
        if (equals == std::string::npos || equals == 0) {
          continue;
        }
        std::string name = word.substr(0, equals);
        const auto at = arguments.find(name, search_from);
        const std::size_t offset = at == std::string_view::npos ? 0 : at;
        search_from = at == std::string_view::npos ? search_from : at + name.size();
        const auto pos = name_pos(offset, name);
        stage.environment.push_back({std::move(name), word.substr(equals + 1), text(pos), pos});
      }
    }
  }

  void
  from(std::string_view arguments)
  {
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (at < arguments.size()) {
      const auto end = arguments.find_first_of(" \t", at);
      const auto word = arguments.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
      if (!word.empty() && !word.starts_with("--")) {
        words.push_back(word);
      }
      if (end == std::string_view::npos) {
        break;
      }
      at = end + 1;
    }
    Stage stage;
    if (!words.empty()) {
      // FROM an earlier stage starts from its image: its CMD, ENTRYPOINT, WORKDIR and SHELL.
      const std::string base = lower(words[0]);
      for (auto it = m_stages.rbegin(); it != m_stages.rend(); ++it) {
        if (!it->name.empty() && it->name == base) {
          stage = *it;
          stage.cmd_set_here = false;
          break;
        }
      }
      stage.name.clear();
    }
    if (words.size() >= 3 && upper(words[1]) == "AS") {
      stage.name = lower(words[2]);
    }
    m_stages.push_back(std::move(stage));
  }

  static std::string
  lower(std::string_view text)
  {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
    return out;
  }

  void
  workdir(std::string_view arguments)
  {
    std::string value(trim_right(arguments));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
      value = value.substr(1, value.size() - 2);
    }
    Stage& stage = current_stage();
    if (value.starts_with('/')) {
      stage.workdir = value;
    } else if (!value.empty()) {
      stage.workdir = (stage.workdir.ends_with('/') ? stage.workdir : stage.workdir + "/") + value;
    }
  }

  // COPY/ADD [--flag...] <src>... <dest>, or its JSON array form: kept when
  // every source is a path of the build context (not --from=, a URL, a git
  // repository, a heredoc, a wildcard or a variable).
  void
  copy(std::string_view arguments)
  {
    std::vector<std::string> words;
    bool json_form = false;
    if (arguments.starts_with('[')) {
      auto json = nlohmann::json::parse(arguments, nullptr, false);
      if (!json.is_discarded() && json.is_array() &&
          std::all_of(json.begin(), json.end(), [](const nlohmann::json& item) { return item.is_string(); })) {
        json_form = true;
        for (const auto& item : json) {
          words.push_back(item.get<std::string>());
        }
      }
    }
    if (!json_form) {
      std::size_t at = 0;
      bool flags = true;
      while (at < arguments.size()) {
        const auto end = arguments.find_first_of(" \t", at);
        const auto word = arguments.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
        if (!word.empty()) {
          if (flags && word.starts_with("--")) {
            if (word.starts_with("--from")) {
              return; // from another stage or image: not the build context
            }
          } else {
            flags = false;
            words.emplace_back(word);
          }
        }
        if (end == std::string_view::npos) {
          break;
        }
        at = end + 1;
      }
      // The JSON form comes after the flags: COPY --chown=app ["a", "b/"].
      if (!words.empty() && words.front().starts_with('[')) {
        const auto from = arguments.find('[');
        auto json = nlohmann::json::parse(arguments.substr(from), nullptr, false);
        if (json.is_discarded() || !json.is_array()) {
          return;
        }
        words.clear();
        for (const auto& item : json) {
          if (!item.is_string()) {
            return;
          }
          words.push_back(item.get<std::string>());
        }
      }
    }
    if (words.size() < 2) {
      return;
    }
    ImageCopy out;
    std::string destination = words.back();
    words.pop_back();
    for (const auto& source : words) {
      if (source.empty() || source.starts_with("<<") || source.find("://") != std::string::npos ||
          source.starts_with("git@") || source.find_first_of("*?[$") != std::string::npos) {
        return;
      }
    }
    if (destination.empty() || destination.find('$') != std::string::npos) {
      return;
    }
    Stage& stage = current_stage();
    out.into_directory = destination.ends_with('/') || words.size() > 1;
    if (!destination.starts_with('/')) {
      if (stage.workdir.find('$') != std::string::npos) {
        return; // WORKDIR ${APP_HOME}: where it is is known when the image is built
      }
      destination = (stage.workdir.ends_with('/') ? stage.workdir : stage.workdir + "/") + destination;
    }
    // Lexically only (/app/./ is /app): the image is not this machine's file system.
    destination = std::filesystem::path(destination).lexically_normal().generic_string();
    while (destination.size() > 1 && destination.ends_with('/')) {
      destination.pop_back();
    }
    out.destination = std::move(destination);
    out.sources = std::move(words);
    stage.copies.push_back(std::move(out));
  }

  // RUN <<EOF ... EOF: the body lines are not instructions.
  std::size_t
  skip_heredocs(std::string_view arguments, std::size_t next)
  {
    std::size_t at = 0;
    while ((at = arguments.find("<<", at)) != std::string_view::npos) {
      at += 2;
      bool strip_tabs = false;
      if (at < arguments.size() && arguments[at] == '-') {
        strip_tabs = true;
        ++at;
      }
      std::size_t end = at;
      while (end < arguments.size() && arguments[end] != ' ' && arguments[end] != '\t') {
        ++end;
      }
      std::string word(arguments.substr(at, end - at));
      word.erase(std::remove_if(word.begin(), word.end(), [](char c) { return c == '"' || c == '\''; }), word.end());
      if (word.empty()) {
        continue;
      }
      while (next < m_lines.size()) {
        std::string_view line = trim_right(m_lines[next]);
        if (strip_tabs) {
          while (!line.empty() && line.front() == '\t') {
            line.remove_prefix(1);
          }
        }
        ++next;
        if (line == word) {
          break;
        }
      }
      at = end;
    }
    return next;
  }

  Stage&
  current_stage()
  {
    if (m_stages.empty()) {
      m_stages.emplace_back(); // an instruction before FROM: Docker refuses it, scan reads on
    }
    return m_stages.back();
  }

  // The last stage's command: ENTRYPOINT then CMD (exec-form ENTRYPOINT only).
  void
  finish()
  {
    if (m_stages.empty()) {
      return;
    }
    const Stage& stage = m_stages.back();
    m_out.image_copies = stage.copies;
    m_out.image_workdir = stage.workdir;
    m_out.image_environment = stage.environment;
    const auto argv = [&](const Instruction& instruction) {
      if (instruction.exec) {
        return instruction.argv;
      }
      auto words = stage.shell;
      words.push_back(instruction.shell_text);
      return words;
    };
    CommandLine line;
    line.workdir = stage.workdir;
    line.environment = stage.environment;
    if (stage.entrypoint) {
      line.argv = argv(*stage.entrypoint);
      line.text = stage.entrypoint->text;
      line.pos = stage.entrypoint->pos;
      if (stage.entrypoint->exec && stage.cmd) {
        line.tail_from = line.argv.size();
        const auto tail = argv(*stage.cmd);
        line.argv.insert(line.argv.end(), tail.begin(), tail.end());
        line.tail_text = stage.cmd->text;
        line.tail_pos = stage.cmd->pos;
      }
    } else if (stage.cmd) {
      line.argv = argv(*stage.cmd);
      line.text = stage.cmd->text;
      line.pos = stage.cmd->pos;
    } else {
      return;
    }
    m_out.commands.push_back(std::move(line));
  }

  const std::string& m_path;
  std::vector<std::string_view> m_lines;
  char m_escape = '\\';
  std::vector<Stage> m_stages;
  ServerFileRead m_out;
};

} // namespace

ServerFileRead
read_dockerfile(std::string_view text, const std::string& path)
{
  return DockerfileReader(text, path).run();
}

} // namespace framewise::scan
