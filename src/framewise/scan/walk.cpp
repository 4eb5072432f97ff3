// The only file of the scan layer that touches the file system: the walk,
// reading files, following -r/-c includes, and following the scripts and
// gunicorn config files a server command names. Everything it reads is handed
// to the pure readers of scan/manifest.hpp and scan/server_files.hpp.
#include <framewise/scan/compose_file.hpp>
#include <framewise/scan/gitignore.hpp>
#include <framewise/scan/gunicorn_conf.hpp>
#include <framewise/scan/manifest.hpp>
#include <framewise/scan/server_files.hpp>
#include <framewise/scan/walk.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace framewise::scan {

namespace {

namespace fs = std::filesystem;

struct Entry
{
  std::string name;
  bool directory = false;
  bool file = false;
  bool symlink = false;
};

// The entries of `path` (without . and ..), sorted by name; d_type saves a
// stat per entry, which is most of the walk's cost on a large tree.
std::vector<Entry>
list_directory(const std::string& path)
{
  std::vector<Entry> entries;
  DIR* dir = ::opendir(path.c_str());
  if (dir == nullptr) {
    return entries;
  }
  while (const dirent* item = ::readdir(dir)) {
    const std::string_view name = item->d_name;
    if (name == "." || name == "..") {
      continue;
    }
    Entry entry;
    entry.name = std::string(name);
    unsigned char type = item->d_type;
    if (type == DT_UNKNOWN) {
      struct stat info
      {};
      if (::lstat((path + "/" + entry.name).c_str(), &info) == 0) {
        type = S_ISDIR(info.st_mode)   ? DT_DIR
               : S_ISREG(info.st_mode) ? DT_REG
               : S_ISLNK(info.st_mode) ? DT_LNK
                                       : DT_UNKNOWN;
      }
    }
    entry.directory = type == DT_DIR;
    entry.file = type == DT_REG;
    entry.symlink = type == DT_LNK;
    entries.push_back(std::move(entry));
  }
  ::closedir(dir);
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
  return entries;
}

// The whole file, or an error message. Larger than `limit`: refused unread.
std::optional<std::string>
read_file(const std::string& path, std::size_t limit, std::string& error)
{
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  struct stat info
  {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    error = "not a regular file";
    return std::nullopt;
  }
  if (static_cast<std::size_t>(info.st_size) > limit) {
    ::close(fd);
    error = fmt::format("larger than {} bytes, not read", limit);
    return std::nullopt;
  }
  std::string text(static_cast<std::size_t>(info.st_size), '\0');
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t count = ::read(fd, text.data() + done, text.size() - done);
    if (count < 0 && errno == EINTR) {
      continue;
    }
    if (count <= 0) {
      break; // shrank while read: keep what is there
    }
    done += static_cast<std::size_t>(count);
  }
  text.resize(done);
  ::close(fd);
  return text;
}

bool
contains_path(const fs::path& root, const fs::path& path)
{
  const auto [end, _] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
  return end == root.end();
}

class Walker
{
public:
  Walker(const std::string& dir, const WalkOptions& options)
      : m_dir(dir)
  {
    std::error_code error;
    m_root = fs::canonical(dir, error);
    for (const auto& exclude : options.excludes) {
      m_excludes.add(parse_gitignore(exclude, ""));
    }
  }

  RepositoryRead
  run()
  {
    find_git_work_tree();
    walk("");
    read_server_files();
    deduplicate();
    return std::move(m_out);
  }

private:
  // What positions print for a path relative to DIR.
  std::string
  display(const std::string& relative) const
  {
    if (m_dir == "." || m_dir == "./") {
      return relative;
    }
    return (fs::path(m_dir) / relative).lexically_normal().string();
  }

  // The git work tree's root above DIR, if any, and the ignore files from it
  // down to DIR, which apply to what is under DIR too.
  void
  find_git_work_tree()
  {
    for (fs::path at = m_root; !at.empty(); at = at.parent_path()) {
      std::error_code error;
      if (fs::exists(at / ".git", error)) {
        m_out.git_work_tree = true;
        m_git_root = at;
        m_prefix = fs::relative(m_root, at).lexically_normal().string();
        m_prefix = m_prefix == "." ? "" : m_prefix + "/";
        if (fs::is_directory(at / ".git", error)) {
          add_ignore_file((at / ".git" / "info" / "exclude").string(), "");
        }
        // Ancestors' .gitignore files, from the work tree root down to DIR's parent.
        fs::path walked = at;
        std::string base;
        for (const auto& part : fs::relative(m_root, at)) {
          if (part == ".") {
            break;
          }
          add_ignore_file((walked / ".gitignore").string(), base);
          walked /= part;
          base += part.string() + "/";
        }
        return;
      }
      if (at == at.root_path()) {
        return;
      }
    }
  }

  void
  add_ignore_file(const std::string& path, const std::string& base)
  {
    std::string error;
    if (const auto text = read_file(path, k_max_manifest_bytes, error)) {
      m_ignores.add(parse_gitignore(*text, base));
    }
  }

  bool
  skipped(const std::string& relative, bool directory) const
  {
    if (m_excludes.ignored(relative, directory)) {
      return true;
    }
    return m_out.git_work_tree && m_ignores.ignored(m_prefix + relative, directory);
  }

  void
  walk(const std::string& relative)
  {
    // Depth-first with an explicit stack: a deep tree cannot exhaust the C++ stack.
    std::vector<std::string> pending{relative};
    while (!pending.empty()) {
      const std::string at = std::move(pending.back());
      pending.pop_back();
      const std::string absolute = at.empty() ? m_root.string() : (m_root / at).string();
      const auto entries = list_directory(absolute);
      if (std::any_of(entries.begin(), entries.end(), [](const Entry& entry) { return entry.name == "pyvenv.cfg"; })) {
        continue; // a virtualenv
      }
      if (m_out.git_work_tree) {
        if (std::any_of(entries.begin(), entries.end(),
                        [](const Entry& entry) { return entry.name == ".gitignore"; })) {
          add_ignore_file(absolute + "/.gitignore", m_prefix + at);
        }
      }
      std::vector<std::string> directories;
      for (const auto& entry : entries) {
        const std::string path = at + entry.name;
        if (entry.directory) {
          const bool named = std::find(std::begin(k_skipped_directories), std::end(k_skipped_directories),
                                       entry.name) != std::end(k_skipped_directories);
          if (!named && !skipped(path, true)) {
            directories.push_back(path + "/");
          }
          continue;
        }
        if (!entry.file && !entry.symlink) {
          continue;
        }
        const auto kind = manifest_kind(path);
        const auto server_kind = kind ? std::nullopt : server_file_kind(path);
        // A YAML file at DIR's root may be a compose file by another name
        // (production.yml, local.yml): read as one only if its text says so.
        const bool maybe_compose = !kind && !server_kind && at.empty() && entry.file && !entry.name.starts_with('.') &&
                                   (entry.name.ends_with(".yml") || entry.name.ends_with(".yaml"));
        if ((!kind && !server_kind && !maybe_compose) || skipped(path, false)) {
          continue;
        }
        if (server_kind || maybe_compose) {
          // Read after the walk: the scripts and config files they name are found by path.
          m_server_files.push_back({path, server_kind.value_or(ServerFileKind::compose), entry.symlink, maybe_compose});
          continue;
        }
        read_root(path, *kind, entry.symlink);
      }
      // Reversed, so the stack pops them in name order.
      pending.insert(pending.end(), directories.rbegin(), directories.rend());
    }
  }

  // A path under DIR that a symlink or an include names, resolved; nothing
  // when it leaves DIR.
  std::optional<fs::path>
  inside(const fs::path& path) const
  {
    std::error_code error;
    const fs::path resolved = fs::weakly_canonical(path, error);
    if (error || !contains_path(m_root, resolved)) {
      return std::nullopt;
    }
    return resolved;
  }

  std::optional<std::string>
  text_of(const fs::path& absolute, const std::string& shown, ManifestKind kind)
  {
    const bool lock = kind == ManifestKind::toml_lock || kind == ManifestKind::pipfile_lock;
    return text_of(absolute, shown, lock ? k_max_lock_file_bytes : k_max_manifest_bytes);
  }

  // The file's text, or nothing with an error saying why.
  std::optional<std::string>
  text_of(const fs::path& absolute, const std::string& shown, std::size_t limit)
  {
    std::optional<model::Diagnostic> problem;
    auto text = checked_text(absolute, shown, limit, problem);
    if (problem) {
      m_out.errors.push_back(std::move(*problem));
    }
    return text;
  }

  // The file's text when it can be read and is UTF-8 text; otherwise
  // nothing, and `problem` says why (text_of reports it; a file read on a
  // guess, like a compose file by another name, does not).
  static std::optional<std::string>
  checked_text(const fs::path& absolute, const std::string& shown, std::size_t limit,
               std::optional<model::Diagnostic>& problem)
  {
    std::string error;
    auto text = read_file(absolute.string(), limit, error);
    if (!text) {
      problem = scan_error(shown, 0, 0, fmt::format("cannot read: {}", error));
      return std::nullopt;
    }
    if (const std::size_t bad = invalid_utf8_offset(*text); bad != std::string_view::npos) {
      const std::size_t line_end = text->rfind('\n', bad == 0 ? 0 : bad - 1);
      const std::size_t start = bad == 0 || line_end == std::string::npos ? 0 : line_end + 1;
      const auto line = static_cast<std::uint32_t>(
        std::count(text->begin(), text->begin() + static_cast<std::ptrdiff_t>(bad), '\n') + 1);
      problem = scan_error(shown, line, column_of(std::string_view(*text).substr(start), bad - start),
                           "not UTF-8 text (a binary file, or another encoding)");
      return std::nullopt;
    }
    if (text->find('\0') != std::string::npos) {
      problem = scan_error(shown, 0, 0, "a NUL byte: a binary file, not text");
      return std::nullopt;
    }
    return text;
  }

  void
  read_root(const std::string& relative, ManifestKind kind, bool symlink)
  {
    fs::path absolute = m_root / relative;
    if (symlink) {
      const auto resolved = inside(absolute);
      std::error_code error;
      if (!resolved || !fs::is_regular_file(*resolved, error)) {
        m_out.notes.push_back(fmt::format(
          "{}: a symlink to outside the scanned directory (or to no file), not followed", display(relative)));
        return;
      }
      absolute = *resolved;
    }
    const std::string shown = display(relative);
    if (kind == ManifestKind::requirements) {
      // A constraints file under requirements/ pins versions and declares
      // nothing, also when the walk finds it before an -c names it.
      const bool constraint = fs::path(relative).filename().string().find("constraint") != std::string::npos;
      read_requirements(absolute, relative, {}, {}, constraint);
      return;
    }
    const auto text = text_of(absolute, shown, kind);
    if (!text) {
      return;
    }
    m_out.files.push_back(shown);
    auto read = read_manifest(kind, *text, shown);
    if (is_development_manifest(relative, kind)) {
      demote(read.dependencies, shown);
    }
    merge(std::move(read), {});
  }

  // A development manifest's own dependencies (and apps) are a group named
  // after the file: they confirm, never decide.
  static void
  demote(std::vector<Dependency>& dependencies, const std::string& shown)
  {
    for (auto& dependency : dependencies) {
      if (dependency.role == Role::declared) {
        dependency.role = Role::group;
        dependency.group = shown;
      } else if (dependency.role == Role::app) {
        dependency.group = shown;
      }
    }
  }

  void
  merge(ManifestRead read, const std::vector<std::string>& via)
  {
    for (auto& dependency : read.dependencies) {
      dependency.via = via;
      m_out.dependencies.push_back(std::move(dependency));
    }
    for (auto& error : read.errors) {
      m_out.errors.push_back(std::move(error));
    }
    for (auto& note : read.notes) {
      m_out.notes.push_back(std::move(note));
    }
  }

  // Reads a requirements file and, depth first, what its -r and -c lines name.
  // `chain` holds the files being read (outermost first) to refuse a cycle;
  // `via` the include lines that led here.
  void
  read_requirements(const fs::path& absolute, const std::string& relative, std::vector<fs::path> chain,
                    std::vector<std::string> via, bool constraint)
  {
    const std::string shown = display(relative);
    const auto text = text_of(absolute, shown, ManifestKind::requirements);
    if (!text) {
      return;
    }
    if (std::find(m_out.files.begin(), m_out.files.end(), shown) == m_out.files.end()) {
      m_out.files.push_back(shown);
    }
    auto parsed = parse_requirements_file(*text, shown);
    if (constraint) {
      for (auto& dependency : parsed.read.dependencies) {
        dependency.role = Role::constraint;
      }
    } else if (is_development_manifest(relative, ManifestKind::requirements)) {
      demote(parsed.read.dependencies, shown);
    }
    merge(std::move(parsed.read), via);
    chain.push_back(absolute);
    for (const auto& include : parsed.includes) {
      follow(include, absolute, chain, via, constraint);
    }
  }

  void
  follow(const RequirementsInclude& include, const fs::path& from, const std::vector<fs::path>& chain,
         const std::vector<std::string>& via, bool constraint)
  {
    const std::string option = include.kind == IncludeKind::constraint ? "-c" : "-r";
    if (include.target.find("://") != std::string::npos) {
      m_out.notes.push_back(fmt::format("{}:{}:{}: {} {} is a URL; scan reads no network, so what it lists is unknown",
                                        include.pos.file, include.pos.line, include.pos.column, option,
                                        include.target));
      return;
    }
    const fs::path target = from.parent_path() / include.target;
    const auto resolved = inside(target);
    if (!resolved) {
      m_out.notes.push_back(fmt::format("{}:{}:{}: {} {} is outside the scanned directory, not read", include.pos.file,
                                        include.pos.line, include.pos.column, option, include.target));
      return;
    }
    std::vector<std::string> shown_chain;
    for (const auto& file : chain) {
      shown_chain.push_back(display(fs::relative(file, m_root).string()));
    }
    const std::string shown = display(fs::relative(*resolved, m_root).string());
    if (std::find(chain.begin(), chain.end(), *resolved) != chain.end()) {
      shown_chain.push_back(shown);
      add_include_error(
        include,
        fmt::format("{} {} makes an include cycle: {}", option, include.target, fmt::join(shown_chain, " -> ")),
        "remove one of the -r/-c lines of the cycle");
      return;
    }
    if (chain.size() >= k_max_include_depth) {
      add_include_error(include, fmt::format("-r/-c includes nested deeper than {} files: {}", k_max_include_depth,
                                             fmt::join(shown_chain, " -> ")));
      return;
    }
    std::error_code error;
    if (!fs::is_regular_file(*resolved, error)) {
      add_include_error(include, fmt::format("{} {}: no such file", option, include.target),
                        "the path is relative to the file that includes it");
      return;
    }
    std::vector<std::string> next_via = via;
    next_via.push_back(fmt::format("{}:{}", include.pos.file, include.pos.line));
    read_requirements(*resolved, fs::relative(*resolved, m_root).string(), chain, next_via,
                      constraint || include.kind == IncludeKind::constraint);
  }

  void
  add_include_error(const RequirementsInclude& include, std::string message, std::string hint = {})
  {
    // Reading each file of a cycle as a root finds the cycle again: report a
    // position once.
    const std::string key = fmt::format("{}:{}:{}", include.pos.file, include.pos.line, include.pos.column);
    if (!m_reported.insert(key).second) {
      return;
    }
    m_out.errors.push_back(scan_error(include.pos.file, include.pos.line, include.pos.column, std::move(message),
                                      include.source_line, std::move(hint)));
  }

  // A file read as a root and again through -r gives its lines twice: keep
  // each (file, line, column, role) once, with the shortest include chain.
  void
  deduplicate()
  {
    std::map<std::string, std::size_t> seen;
    std::vector<Dependency> kept;
    for (auto& dependency : m_out.dependencies) {
      const std::string key = fmt::format("{}:{}:{}:{}:{}", dependency.pos.file, dependency.pos.line,
                                          dependency.pos.column, to_string(dependency.role), dependency.name);
      const auto [at, inserted] = seen.try_emplace(key, kept.size());
      if (inserted) {
        kept.push_back(std::move(dependency));
      } else if (dependency.via.size() < kept[at->second].via.size()) {
        kept[at->second] = std::move(dependency);
      }
    }
    m_out.dependencies = std::move(kept);
    // A script two commands name gives its servers twice: once each.
    std::map<std::string, std::size_t> seen_servers;
    std::vector<ServerCommand> kept_servers;
    for (auto& server : m_out.servers) {
      const std::string key =
        fmt::format("{}:{}:{}:{}", server.pos.file, server.pos.line, server.pos.column, server.server);
      const auto [at, inserted] = seen_servers.try_emplace(key, kept_servers.size());
      if (inserted) {
        kept_servers.push_back(std::move(server));
      } else if (server.via.size() < kept_servers[at->second].via.size()) {
        kept_servers[at->second] = std::move(server);
      }
    }
    m_out.servers = std::move(kept_servers);
    // Errors and notes of a file read twice, likewise.
    std::set<std::string> messages;
    std::erase_if(m_out.errors, [&](const model::Diagnostic& error) {
      return !messages
                .insert(fmt::format("{}:{}:{}: {}", error.pos.file, error.pos.line, error.pos.column, error.message))
                .second;
    });
    std::set<std::string> notes;
    std::erase_if(m_out.notes, [&](const std::string& note) { return !notes.insert(note).second; });
  }

  struct ServerFile
  {
    std::string relative;
    ServerFileKind kind;
    bool symlink = false;
    bool guessed = false; // a compose file by its content, not its name: used only if it reads as one
  };

  // The image a command runs in, as far as its Dockerfile tells: the build
  // contexts it may have been built from (relative to DIR), the last stage's
  // COPY/ADD from the context, its WORKDIR and ENV.
  struct Image
  {
    std::vector<std::string> contexts;
    std::vector<ImageCopy> copies;
    std::string workdir;
    std::vector<EnvironmentVariable> environment;
  };

  // Scripts that run scripts: deeper than this is not a real entrypoint.
  static constexpr int k_max_script_depth = 4;

  void
  read_server_files()
  {
    for (const auto& file : m_server_files) {
      fs::path absolute = m_root / file.relative;
      if (file.symlink) {
        const auto resolved = inside(absolute);
        std::error_code error;
        if (!resolved || !fs::is_regular_file(*resolved, error)) {
          m_out.notes.push_back(fmt::format(
            "{}: a symlink to outside the scanned directory (or to no file), not followed", display(file.relative)));
          continue;
        }
        absolute = *resolved;
      }
      const std::string shown = display(file.relative);
      // A file guessed to be a compose file that is none, or is no text, is no error.
      std::optional<model::Diagnostic> ignored;
      const auto text = file.guessed ? checked_text(absolute, shown, k_max_manifest_bytes, ignored)
                                     : text_of(absolute, shown, k_max_manifest_bytes);
      if (!text || (file.guessed && !looks_like_compose(*text))) {
        continue;
      }
      auto read = read_server_file(file.kind, *text, shown);
      if (file.guessed && (!read.errors.empty() || read.commands.empty())) {
        continue;
      }
      m_out.files.push_back(shown);
      merge_server_read(read);
      const bool counted = !is_development_server_file(file.relative);
      for (auto& server : read.servers) {
        server.counted = counted;
        m_out.servers.push_back(std::move(server));
      }
      const std::string base = fs::path(file.relative).parent_path().string();
      std::optional<Image> image;
      if (file.kind == ServerFileKind::dockerfile) {
        // Built from its own directory, or from DIR's root with -f (docker
        // build -f compose/production/django/Dockerfile .): either context.
        image = Image{{base}, read.image_copies, read.image_workdir, read.image_environment};
        if (!base.empty()) {
          image->contexts.emplace_back();
        }
      }
      for (const auto& command : read.commands) {
        if (command.built) {
          const auto built = built_image(command, base);
          if (!built) {
            follow_command(command, base, {}, counted, 0);
            continue;
          }
          // It runs in the image: from its WORKDIR, on the files of its
          // context, with its ENV under the service's environment (later wins).
          CommandLine in_image = command;
          in_image.workdir = built->workdir;
          in_image.environment = built->environment;
          in_image.environment.insert(in_image.environment.end(), command.environment.begin(),
                                      command.environment.end());
          follow_command(in_image, built->contexts.front(), {}, counted, 0, &*built);
        } else {
          follow_command(command, base, {}, counted, 0, image ? &*image : nullptr);
        }
      }
    }
    // Why no server was found, when none was: with one found, the other
    // processes that run Python scripts are workers, not the web process.
    if (m_out.servers.empty()) {
      m_out.notes.insert(m_out.notes.end(), m_python_script_notes.begin(), m_python_script_notes.end());
    }
  }

  void
  merge_server_read(ServerFileRead& read)
  {
    for (auto& error : read.errors) {
      m_out.errors.push_back(std::move(error));
    }
    for (auto& note : read.notes) {
      m_out.notes.push_back(std::move(note));
    }
  }

  // The image a compose service builds (build: context and dockerfile), read
  // from its Dockerfile when that is a file inside DIR.
  std::optional<Image>
  built_image(const CommandLine& line, const std::string& base) const
  {
    const auto context = inside(m_root / base / line.build_context);
    std::error_code error;
    if (!context || !fs::is_directory(*context, error)) {
      return std::nullopt;
    }
    Image image;
    image.contexts.push_back(relative_of(*context));
    const auto dockerfile = inside(*context / line.build_dockerfile);
    if (dockerfile && fs::is_regular_file(*dockerfile, error)) {
      // Its errors and notes come where it is read as a server file itself.
      const std::string shown = display(relative_of(*dockerfile));
      std::optional<model::Diagnostic> ignored;
      if (const auto text = checked_text(*dockerfile, shown, k_max_manifest_bytes, ignored)) {
        const auto read = read_server_file(ServerFileKind::dockerfile, *text, shown);
        image.copies = read.image_copies;
        image.workdir = read.image_workdir;
        image.environment = read.image_environment;
      }
    }
    return image;
  }

  std::string
  relative_of(const fs::path& absolute) const
  {
    std::string out = fs::relative(absolute, m_root).lexically_normal().generic_string();
    if (out == ".") {
      out.clear();
    }
    while (out.ends_with('/')) {
      out.pop_back();
    }
    return out;
  }

  static std::string
  where(const model::SourcePos& pos)
  {
    return fmt::format("{}:{}", pos.file, pos.line);
  }

  // The servers a command runs, through the scripts and gunicorn config files
  // it names. `base` is the directory (relative to DIR) the command runs in
  // as best scan can tell: the one of the file that holds it.
  void
  follow_command(const CommandLine& line, const std::string& base, const std::vector<std::string>& via, bool counted,
                 int depth, const Image* image = nullptr)
  {
    for (auto& finding : find_servers(line)) {
      if (finding.kind == CommandFinding::Kind::server) {
        ServerCommand server = std::move(finding.server);
        // The file's chain first, then what the command itself pointed through (GUNICORN_CMD_ARGS' line).
        server.via.insert(server.via.begin(), via.begin(), via.end());
        server.counted = counted;
        if (finding.needs_gunicorn_config) {
          gunicorn_config(server, finding.gunicorn_config, base, line.workdir, image);
        }
        m_out.servers.push_back(std::move(server));
        continue;
      }
      const bool python = finding.kind == CommandFinding::Kind::python_script;
      const std::size_t before = m_out.servers.size();
      auto script = locate(finding.script, base, line.workdir, image);
      if (!script && !finding.package_main.empty()) {
        script = locate(finding.package_main, base, line.workdir, image);
      }
      std::vector<std::string> next_via = via;
      next_via.push_back(where(finding.server.pos));
      if (script && depth < k_max_script_depth) {
        const std::string shown = display(*script);
        if (const auto text = text_of(m_root / *script, shown, k_max_manifest_bytes)) {
          if (std::find(m_out.files.begin(), m_out.files.end(), shown) == m_out.files.end()) {
            m_out.files.push_back(shown);
          }
          auto read =
            read_server_file(python ? ServerFileKind::python_script : ServerFileKind::shell_script, *text, shown);
          merge_server_read(read);
          for (const auto& command : read.commands) {
            follow_command(command, base, next_via, counted, depth + 1, image);
          }
        }
      }
      if (m_out.servers.size() > before) {
        continue;
      }
      if (python) {
        // Said only of the file's own command (CMD python main.py, web: python
        // app.py): a Python script inside an entrypoint script is most often
        // a task before the server (migrations, waiting for the database).
        // A module that is no file of DIR is most likely installed (python -m celery).
        if (depth == 0 && (script || finding.package_main.empty())) {
          m_python_script_notes.push_back(fmt::format(
            "{}:{}:{}: '{}' runs {}, {}; what it serves with is unknown", finding.server.pos.file,
            finding.server.pos.line, finding.server.pos.column, finding.server.text, finding.script,
            script
              ? "which starts no server scan knows (uvicorn.run, hypercorn's serve, waitress.serve, a Flask app's run)"
              : "which is not a file in the scanned directory"));
        }
        continue;
      }
      // An entrypoint script that found no server runs what follows it
      // (`exec "$@"`, wait-for-it.sh host:port -- CMD).
      if (const auto rest = rest_of(line, finding.rest_from)) {
        follow_command(*rest, base, via, counted, depth + 1, image);
      } else if (!script && (!finding.script.starts_with('/') || finding.script.ends_with(".sh"))) {
        // (An absolute path not ending in .sh is a program of the image, /usr/sbin/nginx, not a script.)
        m_out.notes.push_back(
          fmt::format("{}:{}:{}: '{}' runs {}, which is not a file in the scanned directory; what it starts is unknown",
                      finding.server.pos.file, finding.server.pos.line, finding.server.pos.column, finding.server.text,
                      finding.script));
      }
    }
  }

  // The words after a script, as a command line of their own.
  static std::optional<CommandLine>
  rest_of(const CommandLine& line, std::size_t from)
  {
    if (from >= line.argv.size()) {
      return std::nullopt;
    }
    const auto dashes = std::find(line.argv.begin() + static_cast<std::ptrdiff_t>(from), line.argv.end(), "--");
    if (dashes != line.argv.end()) {
      from = static_cast<std::size_t>(dashes - line.argv.begin()) + 1;
    }
    if (from >= line.argv.size()) {
      return std::nullopt;
    }
    CommandLine rest = line;
    rest.argv.assign(line.argv.begin() + static_cast<std::ptrdiff_t>(from), line.argv.end());
    if (line.tail_from != static_cast<std::size_t>(-1)) {
      if (from >= line.tail_from) {
        rest.text = line.tail_text;
        rest.pos = line.tail_pos;
        rest.tail_from = static_cast<std::size_t>(-1);
      } else {
        rest.tail_from = line.tail_from - from;
      }
    }
    return rest;
  }

  // A path a command names, relative to DIR: relative paths from `base`; an
  // absolute one under the Dockerfile's WORKDIR, or from the build context's
  // root (COPY . /). Nothing when it is not a file inside DIR.
  std::optional<std::string>
  locate(const std::string& written, const std::string& base, const std::string& workdir,
         const Image* image = nullptr) const
  {
    if (image) {
      if (auto copied = copied_from(written, workdir.empty() ? image->workdir : workdir, *image)) {
        return copied;
      }
    }
    std::vector<std::string> candidates;
    if (written.starts_with('/')) {
      std::string prefix = workdir;
      while (prefix.size() > 1 && prefix.ends_with('/')) {
        prefix.pop_back();
      }
      if (prefix.size() > 1 && written.starts_with(prefix + "/")) {
        candidates.push_back(written.substr(prefix.size() + 1));
      }
      candidates.push_back(written.substr(1));
    } else {
      candidates.push_back(written);
    }
    for (const auto& candidate : candidates) {
      const auto resolved = inside(m_root / base / candidate);
      std::error_code error;
      if (resolved && fs::is_regular_file(*resolved, error)) {
        return fs::relative(*resolved, m_root).lexically_normal().string();
      }
    }
    return std::nullopt;
  }

  // The file of the build context that a COPY/ADD put at the image path
  // `written` names (relative to `workdir`), by the Dockerfile reference: a
  // <dest> ending in '/' (or with several sources) receives each file source
  // by its name and each directory source's contents; otherwise a file source
  // becomes <dest> (or lands in it, when <dest> is a directory of the image)
  // and a directory source's contents become <dest>'s. The last COPY wins.
  std::optional<std::string>
  copied_from(const std::string& written, const std::string& workdir, const Image& image) const
  {
    if (image.copies.empty() || written.empty()) {
      return std::nullopt;
    }
    std::string path = written.starts_with('/') ? written : (workdir.empty() ? "/" : workdir) + "/" + written;
    path = fs::path(path).lexically_normal().generic_string();
    for (auto copy = image.copies.rbegin(); copy != image.copies.rend(); ++copy) {
      const std::string& dest = copy->destination;
      for (const auto& context : image.contexts) {
        for (const auto& written_source : copy->sources) {
          std::string source = written_source;
          while (source.starts_with('/')) {
            source.erase(0, 1);
          }
          const fs::path in_context = fs::path(context) / (source.empty() ? "." : source);
          const auto resolved = inside(m_root / in_context);
          std::error_code error;
          if (!resolved) {
            continue;
          }
          std::optional<fs::path> candidate;
          const std::string prefix = dest == "/" ? "/" : dest + "/";
          if (fs::is_directory(*resolved, error)) {
            if (path.starts_with(prefix) && path.size() > prefix.size()) {
              candidate = *resolved / path.substr(prefix.size());
            }
          } else if (fs::is_regular_file(*resolved, error)) {
            const std::string name = resolved->filename().string();
            if ((!copy->into_directory && path == dest) || path == prefix + name) {
              candidate = *resolved;
            }
          }
          if (!candidate) {
            continue;
          }
          const auto file = inside(*candidate);
          if (file && fs::is_regular_file(*file, error)) {
            return relative_of(*file);
          }
        }
      }
    }
    return std::nullopt;
  }

  // gunicorn without -k: the worker class of its config file (-c FILE, or
  // gunicorn.conf.py where it runs), or gunicorn's default, sync.
  void
  gunicorn_config(ServerCommand& server, const std::string& written, const std::string& base,
                  const std::string& workdir, const Image* image)
  {
    const auto unknown = [&](std::string why) {
      server.workers = Workers::unknown;
      server.rule = "server-gunicorn-unknown-class";
      server.why = std::move(why);
    };
    if (written.starts_with("python:")) {
      unknown(fmt::format("its configuration is the Python module {}, which scan does not import", written.substr(7)));
      return;
    }
    if (written.find('$') != std::string::npos) {
      unknown(fmt::format("its configuration file is {}, set when it runs", written));
      return;
    }
    const std::string name = written.empty() ? "gunicorn.conf.py" : written;
    const auto file = locate(name, base, workdir, image);
    if (!file) {
      if (!written.empty()) {
        unknown(fmt::format("its configuration file {} is not in the scanned directory", written));
      }
      return; // no gunicorn.conf.py: gunicorn's default, sync
    }
    const std::string shown = display(*file);
    const auto text = text_of(m_root / *file, shown, k_max_manifest_bytes);
    if (!text) {
      unknown(fmt::format("its configuration file {} cannot be read", shown));
      return;
    }
    if (std::find(m_out.files.begin(), m_out.files.end(), shown) == m_out.files.end()) {
      m_out.files.push_back(shown);
    }
    const auto config = read_gunicorn_config(*text, shown);
    if (!config.error.empty()) {
      m_out.errors.push_back(scan_error(shown, config.error_pos.line, config.error_pos.column, config.error,
                                        line_text(*text, config.error_pos.line)));
      unknown(fmt::format("its configuration file {} could not be read", shown));
      return;
    }
    if (!config.found) {
      return;
    }
    // The evidence is the worker_class line, reached through the command.
    server.via.push_back(where(server.pos));
    server.text = config.text;
    server.pos = config.pos;
    if (config.computed) {
      unknown("worker_class is computed when gunicorn starts");
      return;
    }
    server.why.clear();
    server.workers = gunicorn_class_workers(config.worker_class, server.rule, server.why);
  }

  std::vector<ServerFile> m_server_files;
  std::vector<std::string> m_python_script_notes; // said only when no server is found (read_server_files)
  std::string m_dir;
  fs::path m_root;
  fs::path m_git_root;
  std::string m_prefix; // DIR relative to the work tree root, "" or ending in '/'
  IgnoreRules m_ignores;
  IgnoreRules m_excludes;
  std::set<std::string> m_reported;
  RepositoryRead m_out;
};

} // namespace

RepositoryRead
read_repository(const std::string& dir, const WalkOptions& options, std::string& error)
{
  std::error_code code;
  if (!fs::exists(dir, code)) {
    error = "no such directory";
    return {};
  }
  if (!fs::is_directory(dir, code)) {
    error = code ? code.message() : "not a directory";
    return {};
  }
  if (::access(dir.c_str(), R_OK | X_OK) != 0) {
    error = std::strerror(errno);
    return {};
  }
  return Walker(dir, options).run();
}

} // namespace framewise::scan
