#pragma once

#include <framewise/scan/server_files.hpp>

#include <string>
#include <string_view>

namespace framewise::scan {

// A Dockerfile (or Containerfile) by the Dockerfile reference: parser
// directives at the top (`# escape=\` or `` # escape=` ``), comments, line
// continuations with the escape character (comment and empty lines inside one
// are skipped), heredocs of RUN/COPY skipped. Gives the command the image of
// the LAST stage runs: its ENTRYPOINT and CMD (a later one replaces an earlier
// one; ENTRYPOINT resets a CMD inherited from the base stage; a shell-form
// ENTRYPOINT ignores CMD), inherited from an earlier stage `FROM name` names.
// Exec form is a JSON array of strings; anything else, invalid JSON included,
// is shell form, run by SHELL (default /bin/sh -c). WORKDIR is kept to find
// the scripts the command names.
ServerFileRead read_dockerfile(std::string_view text, const std::string& path);

} // namespace framewise::scan
