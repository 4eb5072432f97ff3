#pragma once

#include <cstddef>
#include <string>

namespace framewise::cli {

bool stdin_is_terminal();
bool stdout_is_terminal();

// Columns of the terminal on stdout; else $COLUMNS; else 80.
std::size_t output_width();

// Columns of the terminal on stderr, where the questionnaire asks (stdout may
// be a file); else COLUMNS, else 80.
std::size_t prompt_width();

// Whether the locale's character set is UTF-8, from the first of LC_ALL,
// LC_CTYPE and LANG that is set and not empty (as setlocale reads them).
bool locale_is_utf8();

// Whether to colour stdout for `--color` `choice` (auto, always, never): auto
// colours only a terminal, and only when NO_COLOR is unset or empty.
bool use_color(const std::string& choice);

} // namespace framewise::cli
