#include <framewise/load/pack_requires.hpp>

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <optional>

namespace framewise::load {

namespace {

using Version = std::array<unsigned, 3>;

// "X.Y" or "X.Y.Z", digits only; nothing otherwise.
std::optional<Version>
parse_version(std::string_view text, bool minor_required)
{
  Version version{0, 0, 0};
  std::size_t part = 0;
  while (true) {
    unsigned value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end == text.data() || part >= version.size()) {
      return std::nullopt;
    }
    version[part++] = value;
    text.remove_prefix(static_cast<std::size_t>(end - text.data()));
    if (text.empty()) {
      break;
    }
    if (text.front() != '.') {
      return std::nullopt;
    }
    text.remove_prefix(1);
  }
  if (minor_required && part < 2) {
    return std::nullopt;
  }
  return version;
}

} // namespace

bool
check_requires(YamlReader& reader, YamlNode node, std::string_view version)
{
  const auto text = reader.string(node, "'requires'");
  if (!text) {
    return false;
  }
  constexpr std::string_view k_prefix = "framewise >= ";
  const auto wanted = std::string_view(*text).starts_with(k_prefix)
                        ? parse_version(std::string_view(*text).substr(k_prefix.size()), true)
                        : std::nullopt;
  if (!wanted) {
    reader.error(node, fmt::format("'requires' is '{}', not 'framewise >= X.Y'", *text),
                 "write e.g. requires: framewise >= 0.1");
    return false;
  }
  const auto have = parse_version(version, false).value_or(Version{0, 0, 0});
  if (have < *wanted) {
    reader.error(node,
                 fmt::format("this pack requires framewise >= {}.{}.{}, and this is framewise {}", (*wanted)[0],
                             (*wanted)[1], (*wanted)[2], version),
                 "upgrade framewise, or use a version of the pack written for this one");
    return false;
  }
  return true;
}

} // namespace framewise::load
