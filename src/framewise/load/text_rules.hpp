#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace framewise::load {

// Names the first control character in `text` ("a control character (U+001B)")
// or nothing. Text from profiles and packs ends up on users' terminals, so
// escape sequences and other control characters are refused at load time;
// line breaks and tabs are allowed.
std::optional<std::string> find_control_character(std::string_view text);

} // namespace framewise::load
