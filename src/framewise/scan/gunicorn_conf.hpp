#pragma once

#include <framewise/model/source_pos.hpp>

#include <string>
#include <string_view>

namespace framewise::scan {

// What a gunicorn configuration file (gunicorn.conf.py, or the file -c names)
// says of the worker class, read as text, never run: the last module-level
// `worker_class = "..."` (any string quoting). A value that is not one plain
// string literal (os.environ[...], an f-string, "a" + b) is computed.
struct GunicornConfig
{
  bool found = false;       // a module-level worker_class assignment
  bool computed = false;    // found, but not a plain string literal
  std::string worker_class; // the literal's value
  std::string text;         // the assignment's line, trimmed
  model::SourcePos pos;     // where `worker_class` is
  std::string error;        // the tokenizer's (an unclosed string or bracket), with error_pos
  model::SourcePos error_pos;
};

GunicornConfig read_gunicorn_config(std::string_view text, const std::string& path);

} // namespace framewise::scan
