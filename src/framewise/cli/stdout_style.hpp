#pragma once

#include <framewise/cli/options.hpp>
#include <framewise/report/text_style.hpp>

namespace framewise::cli {

// How text written to stdout is drawn, the one place every command sets it up:
// colour per --color, the terminal's width, block glyphs on a UTF-8 locale.
report::TextStyle stdout_style(const GlobalOptions& global);

} // namespace framewise::cli
