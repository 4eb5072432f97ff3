#pragma once

#include <framewise/scan/server_files.hpp>

#include <string>
#include <string_view>

namespace framewise::scan {

// A Procfile (Heroku, foreman, honcho): `type: command` lines; only the `web`
// process serves HTTP (worker, release, clock... do not). The command runs
// in a shell.
ServerFileRead read_procfile(std::string_view text, const std::string& path);

// A systemd unit (systemd.syntax, systemd.service): ExecStart= of [Service],
// a trailing backslash joining the next line with a space (comment lines
// inside are skipped), the executable prefixes - @ : + ! !! stripped (@ makes
// the second word argv[0], so it goes too), an empty assignment clearing the
// list. A line that is neither a section, a comment nor KEY=VALUE is an error.
ServerFileRead read_systemd_unit(std::string_view text, const std::string& path);

// supervisord's configuration (INI): command= of each [program:x] section,
// continued on indented lines, `;` comments (inline ones after a blank).
ServerFileRead read_supervisord_conf(std::string_view text, const std::string& path);

// A uWSGI ini file: an [uwsgi] section runs uWSGI, whose workers are sync;
// the evidence is the section's header.
ServerFileRead read_uwsgi_ini(std::string_view text, const std::string& path);

// A shell script a command runs (entrypoint.sh, bin/start): every simple
// command in it, at its line (scan/shell_words.hpp). An unclosed quote is an
// error at its place.
ServerFileRead read_shell_script(std::string_view text, const std::string& path);

} // namespace framewise::scan
