#pragma once

#include <framewise/scan/server_files.hpp>

#include <string>
#include <string_view>

namespace framewise::scan {

// A Compose file (the Compose Specification), parsed with yaml-cpp: each
// service's `entrypoint` and `command`, a string (split as a shell would) or
// a list of words; an exec-form entrypoint is followed by the command, as in
// Docker. A service's `<<` merge key (x- anchors) is looked into when it sets
// neither. Text that is not YAML, or a top level or `services` that is not a
// mapping, is an error at its position.
ServerFileRead read_compose_file(std::string_view text, const std::string& path);

// Whether a YAML file not named as a compose file (cookiecutter-django's
// production.yml and local.yml) may be one: a line `services:` at column 1,
// with nothing after it but blanks or a comment. Only a guess: the caller
// reads such a file as compose only if it parses as one, without errors.
bool looks_like_compose(std::string_view text);

} // namespace framewise::scan
