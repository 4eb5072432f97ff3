#include <framewise/load/text_rules.hpp>

#include <fmt/format.h>

namespace framewise::load {

std::optional<std::string>
find_control_character(std::string_view text)
{
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    unsigned code = 0;
    if (byte < 0x20 && byte != '\n' && byte != '\t') {
      code = byte;
    } else if (byte == 0x7F) {
      code = byte;
    } else if (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      code = static_cast<unsigned char>(text[i + 1]); // C1 controls, e.g. U+009B (CSI)
    } else {
      continue;
    }
    return fmt::format("a control character (U+{:04X})", code);
  }
  return std::nullopt;
}

} // namespace framewise::load
