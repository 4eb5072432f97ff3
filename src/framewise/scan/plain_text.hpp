#pragma once

#include <string_view>
#include <vector>

namespace framewise::scan {

// What the line-based readers of scan (requirements, setup.cfg, Procfile,
// systemd and supervisord units, Dockerfiles, compose and gunicorn
// configuration) share about plain text.

// A blank a line may start or end with: space, tab, CR, form feed, vertical tab.
bool is_blank(char c);

// `text` without the blanks it starts and ends with.
std::string_view trim_blanks(std::string_view text);

// The lines of `text`, without their line breaks (nor a CR before one); a
// text ending in a line break ends with an empty line, so line N of a file
// is element N-1.
std::vector<std::string_view> split_lines(std::string_view text);

} // namespace framewise::scan
