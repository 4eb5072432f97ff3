#include <framewise/scan/dependency.hpp>
#include <framewise/scan/gunicorn_conf.hpp>
#include <framewise/scan/plain_text.hpp>
#include <framewise/scan/python_tokens.hpp>

namespace framewise::scan {

GunicornConfig
read_gunicorn_config(std::string_view text, const std::string& path)
{
  GunicornConfig out;
  const auto tokens = tokenize_python(text);
  if (!tokens.error.empty()) {
    out.error = tokens.error;
    out.error_pos = {path, tokens.error_line, tokens.error_column};
    return out;
  }
  const auto& list = tokens.tokens;
  for (std::size_t i = 0; i + 2 < list.size(); ++i) {
    const PyToken& name = list[i];
    if (!name.at_module_level || !is_name(name, "worker_class") || !is_op(list[i + 1], "=")) {
      continue;
    }
    const PyToken& value = list[i + 2];
    // One literal alone on its line: the next token starts a new statement.
    const PyToken& after = list[i + 3 < list.size() ? i + 3 : list.size() - 1];
    const bool literal = value.kind == PyToken::Kind::string && !value.f_string &&
                         (after.kind == PyToken::Kind::end || after.at_module_level || is_op(after, ";"));
    out.found = true;
    out.computed = !literal;
    out.worker_class = literal ? value.value : std::string();
    out.text = std::string(trim_blanks(line_text(text, name.line)));
    out.pos = {path, name.line, name.column};
  }
  return out;
}

} // namespace framewise::scan
