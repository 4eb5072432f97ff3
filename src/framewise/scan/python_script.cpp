#include <framewise/scan/dependency.hpp>
#include <framewise/scan/plain_text.hpp>
#include <framewise/scan/python_script.hpp>
#include <framewise/scan/python_tokens.hpp>

#include <map>
#include <set>

namespace framewise::scan {

namespace {

class ScriptReader
{
public:
  ScriptReader(std::string_view text, const std::string& path)
      : m_text(text)
      , m_path(path)
      , m_tokens(tokenize_python(text))
  {}

  ServerFileRead
  read()
  {
    if (!m_tokens.error.empty()) {
      m_out.errors.push_back(scan_error(m_path, m_tokens.error_line, m_tokens.error_column, m_tokens.error,
                                        line_text(m_text, m_tokens.error_line)));
      return std::move(m_out);
    }
    // Imports first: a call in a function may come before the import line
    // that binds its name at module level.
    const auto& list = m_tokens.tokens;
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (!starts_statement(i)) {
        continue;
      }
      if (is_name(list[i], "import")) {
        import_names(i + 1);
      } else if (is_name(list[i], "from")) {
        from_import(i + 1);
      }
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (is_name(list[i]) && (i == 0 || !is_op(list[i - 1], "."))) {
        i = call(i);
      }
    }
    return std::move(m_out);
  }

private:
  // The token at `i` begins a statement: first on its line, or after `;` or
  // a compound statement's `:` (`if TYPE_CHECKING: import x`). So `from . import x`
  // and `raise E from x` are not read as imports.
  bool
  starts_statement(std::size_t i) const
  {
    const auto& list = m_tokens.tokens;
    return i == 0 || list[i - 1].line != list[i].line || is_op(list[i - 1], ";") || is_op(list[i - 1], ":");
  }

  // NAME(.NAME)* from `at`; `end` is the index after it.
  std::string
  dotted(std::size_t at, std::size_t& end) const
  {
    const auto& list = m_tokens.tokens;
    std::string out;
    end = at;
    while (end < list.size() && is_name(list[end])) {
      out += list[end].text;
      if (end + 2 < list.size() && is_op(list[end + 1], ".") && is_name(list[end + 2])) {
        out += '.';
        end += 2;
      } else {
        ++end;
        break;
      }
    }
    return out;
  }

  // `import a.b as c, d` (one line).
  void
  import_names(std::size_t at)
  {
    const auto& list = m_tokens.tokens;
    const std::uint32_t line = list[at - 1].line;
    while (at < list.size() && list[at].line == line && is_name(list[at])) {
      std::size_t end = at;
      const std::string module = dotted(at, end);
      if (end + 1 < list.size() && is_name(list[end], "as") && is_name(list[end + 1])) {
        m_aliases[std::string(list[end + 1].text)] = module;
        end += 2;
      } else {
        // `import a.b` binds `a`, through which a.b.f is reached.
        const std::string first = module.substr(0, module.find('.'));
        m_aliases[first] = first;
      }
      if (end < list.size() && list[end].line == line && is_op(list[end], ",")) {
        at = end + 1;
      } else {
        return;
      }
    }
  }

  // `from a.b import c as d, e` or `from a import (c, d as e)`.
  void
  from_import(std::size_t at)
  {
    const auto& list = m_tokens.tokens;
    if (at >= list.size() || !is_name(list[at])) {
      return; // `from . import x`: the project's own module
    }
    std::size_t end = at;
    const std::string module = dotted(at, end);
    if (end >= list.size() || !is_name(list[end], "import")) {
      return;
    }
    const std::uint32_t line = list[end].line;
    at = end + 1;
    const bool bracketed = at < list.size() && is_op(list[at], "(");
    if (bracketed) {
      ++at;
    }
    while (at < list.size() && is_name(list[at]) && (bracketed || list[at].line == line)) {
      std::string local(list[at].text);
      const std::string imported = module + "." + local;
      if (at + 2 < list.size() && is_name(list[at + 1], "as") && is_name(list[at + 2])) {
        local = list[at + 2].text;
        at += 2;
      }
      m_aliases[local] = imported;
      ++at;
      if (at < list.size() && is_op(list[at], ",")) {
        ++at;
      } else {
        return;
      }
    }
  }

  // The dotted name at `at`, its first part resolved through the imports.
  std::string
  resolved(const std::string& name) const
  {
    const auto dot = name.find('.');
    const auto found = m_aliases.find(name.substr(0, dot));
    if (found == m_aliases.end()) {
      return {};
    }
    return dot == std::string::npos ? found->second : found->second + name.substr(dot);
  }

  // A dotted name at `at` that is called: a server it starts, or a Flask app
  // it makes. Returns the index of its last token.
  std::size_t
  call(std::size_t at)
  {
    const auto& list = m_tokens.tokens;
    std::size_t end = at;
    const std::string name = dotted(at, end);
    if (end >= list.size() || !is_op(list[end], "(") ||
        (at > 0 && (is_name(list[at - 1], "def") || is_name(list[at - 1], "class")))) {
      return end - 1;
    }
    const std::string full = resolved(name);
    if (full == "flask.Flask") {
      // APP = Flask(...): APP.run() is the development server.
      if (at >= 2 && is_op(list[at - 1], "=") && is_name(list[at - 2])) {
        m_flask_apps.insert(std::string(list[at - 2].text));
      }
    } else if (full == "uvicorn.run" || full == "uvicorn.main.run") {
      add(list[at], {"uvicorn"});
    } else if (full == "hypercorn.asyncio.serve" || full == "hypercorn.trio.serve") {
      add(list[at], {"hypercorn"});
    } else if (full == "waitress.serve") {
      add(list[at], {"waitress-serve"});
    } else if (const auto dot = name.rfind('.');
               dot != std::string::npos && name.substr(dot) == ".run" && m_flask_apps.count(name.substr(0, dot)) > 0) {
      add(list[at], {"flask", "run"});
    }
    return end - 1;
  }

  void
  add(const PyToken& token, std::vector<std::string> argv)
  {
    CommandLine line;
    line.argv = std::move(argv);
    line.text = std::string(trim_blanks(line_text(m_text, token.line)));
    line.pos = {m_path, token.line, token.column};
    m_out.commands.push_back(std::move(line));
  }

  std::string_view m_text;
  const std::string& m_path;
  PyTokens m_tokens;
  std::map<std::string, std::string> m_aliases; // local name -> what it is ("uv" -> "uvicorn")
  std::set<std::string> m_flask_apps;
  ServerFileRead m_out;
};

} // namespace

ServerFileRead
read_python_script(std::string_view text, const std::string& path)
{
  return ScriptReader(text, path).read();
}

} // namespace framewise::scan
