#pragma once

#include <cstddef>
#include <string_view>

namespace framewise::model {

// Length of the UTF-8 sequence starting at `text[i]` (1 to 4), or 0 when it is
// not valid UTF-8: a bad lead byte, a truncated sequence, an overlong form, a
// surrogate or a code point beyond U+10FFFF. The one definition both the
// loaders (which refuse such text) and the renderers (which escape it) use.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

} // namespace framewise::model
