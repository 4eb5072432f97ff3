#include <framewise/scan/infer.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace framewise::scan {

namespace {

bool
package_matches(std::string_view pattern, const Dependency& dependency)
{
  const auto open = pattern.find('[');
  if (open == std::string_view::npos) {
    return pattern == dependency.name;
  }
  if (pattern.substr(0, open) != dependency.name) {
    return false;
  }
  const std::string_view extra = pattern.substr(open + 1, pattern.size() - open - 2);
  return std::find(dependency.extras.begin(), dependency.extras.end(), extra) != dependency.extras.end();
}

// "django.contrib.admin" matches itself and its AppConfig path
// ("django.contrib.admin.apps.SimpleAdminConfig").
bool
app_matches(std::string_view app, std::string_view entry)
{
  if (entry == app) {
    return true;
  }
  return entry.size() > app.size() && entry.starts_with(app) && entry.substr(app.size()).starts_with(".apps.");
}

bool
matches(const model::EvidenceRule& rule, const Dependency& dependency)
{
  if (dependency.role == Role::app) {
    return std::any_of(rule.apps.begin(), rule.apps.end(),
                       [&](const std::string& app) { return app_matches(app, dependency.name); });
  }
  return std::any_of(rule.packages.begin(), rule.packages.end(),
                     [&](const std::string& package) { return package_matches(package, dependency); });
}

// A declared dependency, or an app a settings module outside tests, docs and
// examples installs.
bool
decides(const Dependency& dependency)
{
  return dependency.role == Role::declared || (dependency.role == Role::app && dependency.group.empty());
}

std::string
where(const Dependency& dependency)
{
  return fmt::format("{}:{}", dependency.pos.file, dependency.pos.line);
}

// The first directory of a path below `directory` ("backend" of
// "backend/requirements.txt"), joined to `directory`; "" for a file at the top.
std::string
top_directory(std::string_view path, std::string_view directory)
{
  std::string prefix;
  if (!directory.empty() && directory != "." && directory != "./") {
    prefix = std::string(directory);
    if (!prefix.ends_with('/')) {
      prefix += '/';
    }
    if (!path.starts_with(prefix)) {
      return {};
    }
    path.remove_prefix(prefix.size());
  }
  const auto slash = path.find('/');
  return slash == std::string_view::npos ? std::string() : prefix + std::string(path.substr(0, slash));
}

std::string
settle_hint(const std::string& question, const std::map<std::string, std::vector<EvidenceItem>>& sides,
            std::string_view directory)
{
  // When each side lives under its own directory, scanning one settles it.
  std::vector<std::string> directories;
  for (const auto& [value, items] : sides) {
    std::set<std::string> tops;
    for (const auto& item : items) {
      if (item.decides) {
        tops.insert(top_directory(item.dependency.pos.file, directory));
      }
    }
    if (tops.size() != 1 || tops.begin()->empty()) {
      directories.clear();
      break;
    }
    directories.push_back(*tops.begin());
  }
  std::set<std::string> distinct(directories.begin(), directories.end());
  if (!directories.empty() && distinct.size() == directories.size()) {
    return fmt::format("settle it by scanning the application's directory alone ('framewise scan {}'), or by "
                       "declaring {} in the profile",
                       fmt::join(directories, "' or 'framewise scan "), question);
  }
  return fmt::format("settle it by declaring {} in the profile, or by scanning only the application's directory",
                     question);
}

// The question server commands answer.
constexpr std::string_view k_server_question = "server_workers";

// The evidence item of a server command: the command is the "dependency".
EvidenceItem
server_item(const ServerCommand& server)
{
  Dependency dependency;
  dependency.name = server.server;
  dependency.role = Role::command;
  dependency.pos = server.pos;
  dependency.text = server.text;
  dependency.via = server.via;
  return {std::move(dependency), server.rule, to_string(server.workers), server.counted};
}

// Adds the servers whose workers are known to `found` (the question's
// matches), and a note for each of the others.
void
add_servers(const model::RulePack& pack, const std::vector<ServerCommand>& servers,
            std::vector<std::map<std::string, std::vector<EvidenceItem>>>& found, std::vector<ScanNote>& notes)
{
  const auto question = std::find_if(pack.questions.begin(), pack.questions.end(),
                                     [](const model::Question& item) { return item.id == k_server_question; });
  if (question == pack.questions.end()) {
    return;
  }
  const auto index = static_cast<std::size_t>(question - pack.questions.begin());
  for (const auto& server : servers) {
    if (server.workers == Workers::sync || server.workers == Workers::async) {
      found[index][to_string(server.workers)].push_back(server_item(server));
      continue;
    }
    ScanNote note;
    note.kind = ScanNote::Kind::unknown;
    note.question = question->id;
    note.message = fmt::format("{}: {}:{}:{}: '{}' runs {}: {}; it proves nothing", question->id, server.pos.file,
                               server.pos.line, server.pos.column, server.text, server.server, server.why);
    notes.push_back(std::move(note));
  }
}

} // namespace

const char*
to_string(ScanNote::Kind kind)
{
  switch (kind) {
  case ScanNote::Kind::conflict:
    return "conflict";
  case ScanNote::Kind::not_counted:
    return "not-counted";
  case ScanNote::Kind::unknown:
    return "unknown";
  }
  return "unknown";
}

Inference
infer_answers(const model::RulePack& pack, const std::vector<Dependency>& dependencies, std::string_view directory,
              const std::vector<ServerCommand>& servers)
{
  // Per question, per value: the matches in dependency order.
  std::vector<std::map<std::string, std::vector<EvidenceItem>>> found(pack.questions.size());
  for (const auto& dependency : dependencies) {
    for (const auto& rule : pack.evidence) {
      if (rule.question < found.size() && matches(rule, dependency)) {
        found[rule.question][rule.value].push_back({dependency, rule.id, rule.value, decides(dependency)});
      }
    }
  }
  Inference inference;
  add_servers(pack, servers, found, inference.notes);
  for (std::size_t q = 0; q < pack.questions.size(); ++q) {
    const auto& question = pack.questions[q];
    std::map<std::string, std::vector<EvidenceItem>> proved;
    std::map<std::string, std::vector<EvidenceItem>> only_groups;
    for (const auto& [value, items] : found[q]) {
      const bool decided =
        std::any_of(items.begin(), items.end(), [](const EvidenceItem& item) { return item.decides; });
      if (decided) {
        auto sorted = items;
        std::stable_partition(sorted.begin(), sorted.end(), [](const EvidenceItem& item) { return item.decides; });
        proved[value] = std::move(sorted);
      } else {
        std::vector<EvidenceItem> groups;
        std::copy_if(items.begin(), items.end(), std::back_inserter(groups), [](const EvidenceItem& item) {
          return item.dependency.role == Role::group || item.dependency.role == Role::optional ||
                 item.dependency.role == Role::app || item.dependency.role == Role::command;
        });
        if (!groups.empty()) {
          only_groups[value] = std::move(groups);
        }
      }
    }
    const bool single = question.type != model::QuestionType::list;
    if (single && proved.size() > 1) {
      std::vector<std::string> sides;
      ScanNote note;
      note.kind = ScanNote::Kind::conflict;
      note.question = question.id;
      for (const auto& [value, items] : proved) {
        std::vector<std::string> places;
        for (const auto& item : items) {
          if (item.decides) {
            places.push_back(fmt::format("{} ({})", item.dependency.name, where(item.dependency)));
          }
        }
        sides.push_back(fmt::format("{}: {}", value, fmt::join(places, ", ")));
        for (const auto& item : items) {
          if (item.decides) {
            note.evidence.push_back(item);
          }
        }
      }
      note.message = fmt::format("{} is left out: the files disagree ({}); {}", question.id, fmt::join(sides, "; "),
                                 settle_hint(question.id, proved, directory));
      inference.notes.push_back(std::move(note));
    } else if (!proved.empty()) {
      InferredAnswer answer;
      answer.question = static_cast<std::uint32_t>(q);
      // List items in the order of the question's options, then free names by name.
      std::vector<std::string> values;
      for (const auto& option : question.options) {
        if (proved.count(option.id) > 0) {
          values.push_back(option.id);
        }
      }
      for (const auto& [value, items] : proved) {
        if (std::find(values.begin(), values.end(), value) == values.end()) {
          values.push_back(value);
        }
      }
      for (const auto& value : values) {
        const auto& items = proved[value];
        answer.evidence.insert(answer.evidence.end(), items.begin(), items.end());
      }
      answer.values = std::move(values);
      inference.answers.push_back(std::move(answer));
    }
    if (!single) {
      continue;
    }
    for (const auto& [value, items] : only_groups) {
      if (proved.count(value) > 0) {
        continue;
      }
      ScanNote note;
      note.kind = ScanNote::Kind::not_counted;
      note.question = question.id;
      std::vector<std::string> places;
      for (const auto& item : items) {
        const auto& found_in = item.dependency;
        places.push_back(fmt::format("{} ({}{}, {})", found_in.name, to_string(found_in.role),
                                     found_in.group.empty() ? std::string() : fmt::format(" '{}'", found_in.group),
                                     where(found_in)));
      }
      const bool commands = std::all_of(items.begin(), items.end(),
                                        [](const EvidenceItem& item) { return item.dependency.role == Role::command; });
      note.message = commands ? fmt::format("{}: {} is not counted: {} is only in a development or test file, which "
                                            "is not what serves production",
                                            question.id, value, fmt::join(places, ", "))
                              : fmt::format("{}: {} is not counted: {} is only in an optional, development or test "
                                            "group, which is not what the project runs on",
                                            question.id, value, fmt::join(places, ", "));
      note.evidence = items;
      inference.notes.push_back(std::move(note));
    }
  }
  return inference;
}

} // namespace framewise::scan
