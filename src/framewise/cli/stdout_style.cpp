#include <framewise/cli/stdout_style.hpp>
#include <framewise/cli/terminal.hpp>

namespace framewise::cli {

report::TextStyle
stdout_style(const GlobalOptions& global)
{
  return report::TextStyle{use_color(global.color) ? report::Color::on : report::Color::off, output_width(),
                           locale_is_utf8() ? report::Glyphs::unicode : report::Glyphs::ascii};
}

} // namespace framewise::cli
