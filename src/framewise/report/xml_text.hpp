#pragma once

#include <string>
#include <string_view>

namespace framewise::report {

// Text for an XML attribute or element: the five special characters escaped,
// and the control characters XML 1.0 cannot hold at all shown as '?'.
std::string xml_escaped(std::string_view text);

} // namespace framewise::report
