#include <framewise/scan/compose_file.hpp>
#include <framewise/scan/dockerfile.hpp>
#include <framewise/scan/python_script.hpp>
#include <framewise/scan/server_files.hpp>
#include <framewise/scan/service_files.hpp>

#include <algorithm>
#include <array>
#include <string>

namespace framewise::scan {

namespace {

std::string
lower(std::string_view text)
{
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
  return out;
}

// The '/'-separated directories of a relative path, lower-cased, outermost first.
std::vector<std::string>
directories_of(std::string_view path)
{
  std::vector<std::string> out;
  std::size_t at = 0;
  for (auto slash = path.find('/'); slash != std::string_view::npos; slash = path.find('/', at)) {
    out.push_back(lower(path.substr(at, slash - at)));
    at = slash + 1;
  }
  return out;
}

std::string_view
base_name(std::string_view path)
{
  const auto slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool
yaml_suffix(std::string_view name)
{
  return name.ends_with(".yaml") || name.ends_with(".yml");
}

} // namespace

std::optional<ServerFileKind>
server_file_kind(std::string_view relative_path)
{
  const std::string_view name = base_name(relative_path);
  const std::string low = lower(name);
  if (name == "Dockerfile" || name.starts_with("Dockerfile.") || low.ends_with(".dockerfile") ||
      name == "Containerfile" || name.starts_with("Containerfile.")) {
    return ServerFileKind::dockerfile;
  }
  if (yaml_suffix(name) && (name.starts_with("compose.") || name.starts_with("docker-compose."))) {
    return ServerFileKind::compose;
  }
  if (name == "Procfile") {
    return ServerFileKind::procfile;
  }
  if (name.ends_with(".service")) {
    return ServerFileKind::systemd;
  }
  if (name.ends_with(".ini") && low.find("uwsgi") != std::string::npos) {
    return ServerFileKind::uwsgi_ini;
  }
  if (name == "supervisord.conf" || name == "supervisor.conf") {
    return ServerFileKind::supervisord;
  }
  // /etc/supervisor/conf.d/app.conf as kept in a repository: a .conf or .ini
  // under a supervisor* directory. A conf.d/ elsewhere is nginx's or Apache's.
  if (name.ends_with(".conf") || name.ends_with(".ini")) {
    const auto directories = directories_of(relative_path);
    if (std::any_of(directories.begin(), directories.end(),
                    [](const std::string& directory) { return directory.starts_with("supervisor"); })) {
      return ServerFileKind::supervisord;
    }
  }
  return std::nullopt;
}

bool
is_development_server_file(std::string_view relative_path)
{
  constexpr std::array<std::string_view, 8> k_directories = {"test", "tests",    "testing", "doc",
                                                             "docs", "examples", "example", ".devcontainer"};
  constexpr std::array<std::string_view, 9> k_name_words = {"dev",     "develop", "development", "test", "tests",
                                                            "testing", "ci",      "local",       "debug"};
  for (const auto& directory : directories_of(relative_path)) {
    if (std::find(k_directories.begin(), k_directories.end(), directory) != k_directories.end()) {
      return true;
    }
  }
  // The words of the name, split at '.', '-' and '_': Dockerfile.dev, docker-compose.test.yml.
  std::string word;
  const std::string name = lower(base_name(relative_path)) + ".";
  for (const char c : name) {
    if (c == '.' || c == '-' || c == '_') {
      if (std::find(k_name_words.begin(), k_name_words.end(), word) != k_name_words.end()) {
        return true;
      }
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  return false;
}

ServerFileRead
read_server_file(ServerFileKind kind, std::string_view text, const std::string& path)
{
  switch (kind) {
  case ServerFileKind::dockerfile:
    return read_dockerfile(text, path);
  case ServerFileKind::compose:
    return read_compose_file(text, path);
  case ServerFileKind::procfile:
    return read_procfile(text, path);
  case ServerFileKind::systemd:
    return read_systemd_unit(text, path);
  case ServerFileKind::supervisord:
    return read_supervisord_conf(text, path);
  case ServerFileKind::uwsgi_ini:
    return read_uwsgi_ini(text, path);
  case ServerFileKind::shell_script:
    return read_shell_script(text, path);
  case ServerFileKind::python_script:
    return read_python_script(text, path);
  }
  return {};
}

} // namespace framewise::scan
