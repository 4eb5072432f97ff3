// yaml-cpp in the scan layer: a compose file is YAML, whose flow and block
// styles, anchors and quoting scan should not re-implement.
#include <framewise/scan/compose_file.hpp>
#include <framewise/scan/dependency.hpp>
#include <framewise/scan/plain_text.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

namespace framewise::scan {

namespace {

class ComposeReader
{
public:
  ComposeReader(std::string_view text, const std::string& path)
      : m_text(text)
      , m_path(path)
  {}

  ServerFileRead
  run()
  {
    try {
      const YAML::Node root = YAML::Load(std::string(m_text));
      if (!root || root.IsNull()) {
        return std::move(m_out);
      }
      if (!root.IsMap()) {
        error(root.Mark(), "a compose file is a mapping (services: ...), not this");
        return std::move(m_out);
      }
      const YAML::Node services = root["services"];
      if (!services || services.IsNull()) {
        return std::move(m_out);
      }
      if (!services.IsMap()) {
        error(services.Mark(), "services: is a mapping of service names to services");
        return std::move(m_out);
      }
      for (const auto& entry : services) {
        if (entry.second.IsMap()) {
          service(entry.second);
        }
      }
    } catch (const YAML::Exception& problem) {
      m_out.commands.clear();
      error(problem.mark, fmt::format("not valid YAML: {}", problem.msg));
    }
    return std::move(m_out);
  }

private:
  // How many `<<` merges deep a key is looked for. yaml-cpp resolves an
  // alias to the node it names, so `app: &app {<<: *app}` is a cycle; real
  // compose files merge one or two levels.
  static constexpr int max_merge_depth = 16;

  // The key `name` of `service`, itself or through its `<<` merge key (one
  // mapping or a list of them, the earlier winning, as YAML's merge type says).
  static std::pair<YAML::Node, YAML::Node>
  find(const YAML::Node& service, const char* name, int depth = 0)
  {
    for (const auto& entry : service) {
      if (entry.first.IsScalar() && entry.first.Scalar() == name) {
        return {entry.first, entry.second};
      }
    }
    if (depth >= max_merge_depth) {
      return {};
    }
    for (const auto& entry : service) {
      if (!entry.first.IsScalar() || entry.first.Scalar() != "<<") {
        continue;
      }
      if (entry.second.IsMap()) {
        return find(entry.second, name, depth + 1);
      }
      if (entry.second.IsSequence()) {
        for (const auto& merged : entry.second) {
          if (merged.IsMap()) {
            // A key found is a scalar; a default Node is "defined" too, so test that.
            if (auto found = find(merged, name, depth + 1); found.first.IsScalar()) {
              return found;
            }
          }
        }
      }
    }
    return {};
  }

  struct Part
  {
    std::vector<std::string> argv;
    std::string text;
    model::SourcePos pos;
  };

  // A `command` or `entrypoint` value: nothing when absent, null or empty.
  std::optional<Part>
  part(const std::pair<YAML::Node, YAML::Node>& found, const char* name)
  {
    const auto& [key, value] = found;
    if (!key || !value || value.IsNull()) {
      return std::nullopt;
    }
    Part out;
    const YAML::Mark key_mark = key.Mark();
    YAML::Mark mark = value.Mark();
    nlohmann::json words = nlohmann::json::array();
    if (value.IsScalar()) {
      out.argv = {"/bin/sh", "-c", value.Scalar()};
      words = value.Scalar();
    } else if (value.IsSequence()) {
      for (const auto& item : value) {
        if (!item.IsScalar()) {
          error(item.Mark(), fmt::format("{}: a list of strings, not this", name));
          return std::nullopt;
        }
        out.argv.push_back(item.Scalar());
        words.push_back(item.Scalar());
      }
      if (value.size() > 0) {
        mark = value[0].Mark();
      }
    } else {
      error(mark, fmt::format("{}: a string or a list of strings, not a mapping", name));
      return std::nullopt;
    }
    if (out.argv.empty()) {
      return std::nullopt;
    }
    const std::string_view key_line = line_text(m_text, static_cast<std::uint32_t>(key_mark.line + 1));
    // On the key's line as written; a value on later lines (a block list or
    // scalar) is shown in flow style.
    out.text = mark.line == key_mark.line
                 ? std::string(trim_blanks(key_line))
                 : fmt::format("{}: {}", name,
                               value.IsScalar() ? value.Scalar()
                                                : words.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    out.pos = position(mark);
    return out;
  }

  void
  service(const YAML::Node& node)
  {
    const auto entrypoint = part(find(node, "entrypoint"), "entrypoint");
    const auto command = part(find(node, "command"), "command");
    CommandLine line;
    if (entrypoint) {
      line.argv = entrypoint->argv;
      line.text = entrypoint->text;
      line.pos = entrypoint->pos;
      if (command) {
        line.tail_from = line.argv.size();
        line.argv.insert(line.argv.end(), command->argv.begin(), command->argv.end());
        line.tail_text = command->text;
        line.tail_pos = command->pos;
      }
    } else if (command) {
      line.argv = command->argv;
      line.text = command->text;
      line.pos = command->pos;
    } else {
      return;
    }
    build(find(node, "build").second, line);
    environment(find(node, "environment").second, line);
    m_out.commands.push_back(std::move(line));
  }

  // environment: a mapping (NAME: value; null means "from the shell", not
  // known here) or a list of NAME=value strings. Other shapes are skipped:
  // the command is read all the same.
  void
  environment(const YAML::Node& value, CommandLine& line)
  {
    if (!value || !(value.IsMap() || value.IsSequence())) {
      return;
    }
    const auto add = [&](const std::string& name, const std::string& set, const YAML::Mark& mark) {
      const model::SourcePos pos = position(mark);
      line.environment.push_back({name, set, std::string(trim_blanks(line_text(m_text, pos.line))), pos});
    };
    if (value.IsMap()) {
      for (const auto& entry : value) {
        if (entry.first.IsScalar() && entry.second.IsScalar()) {
          add(entry.first.Scalar(), entry.second.Scalar(), entry.first.Mark());
        }
      }
      return;
    }
    for (const auto& item : value) {
      if (!item.IsScalar()) {
        continue;
      }
      const std::string& word = item.Scalar();
      const auto equals = word.find('=');
      if (equals != std::string::npos && equals > 0) {
        add(word.substr(0, equals), word.substr(equals + 1), item.Mark());
      }
    }
  }

  // build: a path (the context), or a mapping of context (default ".") and
  // dockerfile (default "Dockerfile", relative to the context). A
  // dockerfile_inline or a context that is a URL is not read.
  static void
  build(const YAML::Node& value, CommandLine& line)
  {
    if (!value || value.IsNull()) {
      return;
    }
    std::string context = ".";
    std::string dockerfile = "Dockerfile";
    if (value.IsScalar()) {
      context = value.Scalar();
    } else if (value.IsMap()) {
      const auto context_node = find(value, "context").second;
      if (context_node && context_node.IsScalar()) {
        context = context_node.Scalar();
      }
      const auto dockerfile_node = find(value, "dockerfile").second;
      if (dockerfile_node && dockerfile_node.IsScalar()) {
        dockerfile = dockerfile_node.Scalar();
      }
    } else {
      return;
    }
    if (context.empty() || context.find("://") != std::string::npos || context.starts_with("git@") ||
        context.find('$') != std::string::npos || dockerfile.find('$') != std::string::npos) {
      return;
    }
    line.built = true;
    line.build_context = std::move(context);
    line.build_dockerfile = std::move(dockerfile);
  }

  model::SourcePos
  position(const YAML::Mark& mark) const
  {
    if (mark.is_null() || mark.line < 0) {
      return {m_path, 1, 1};
    }
    const auto line = static_cast<std::uint32_t>(mark.line + 1);
    return {m_path, line, column_of(line_text(m_text, line), static_cast<std::size_t>(std::max(mark.column, 0)))};
  }

  void
  error(const YAML::Mark& mark, std::string message)
  {
    const auto pos = position(mark);
    m_out.errors.push_back(scan_error(m_path, pos.line, pos.column, std::move(message), line_text(m_text, pos.line)));
  }

  std::string_view m_text;
  const std::string& m_path;
  ServerFileRead m_out;
};

} // namespace

bool
looks_like_compose(std::string_view text)
{
  for (const auto line : split_lines(text)) {
    if (!line.starts_with("services:")) {
      continue;
    }
    const std::string_view rest = trim_blanks(line.substr(9));
    if (rest.empty() || rest.starts_with('#')) {
      return true;
    }
  }
  return false;
}

ServerFileRead
read_compose_file(std::string_view text, const std::string& path)
{
  return ComposeReader(text, path).run();
}

} // namespace framewise::scan
