#pragma once

#include <string>
#include <string_view>

namespace framewise::report {

// `text` as one word of a POSIX shell command line: as it is when it holds only
// characters no shell treats specially, else in single quotes (a ' inside
// becomes '\''), so a printed command can be pasted as it is.
std::string shell_word(std::string_view text);

} // namespace framewise::report
