#include <framewise/cli/output.hpp>
#include <framewise/cli/today.hpp>

#include <fmt/format.h>

#include <charconv>
#include <cstdlib>
#include <ctime>
#include <string_view>

namespace framewise::cli {

std::optional<model::Date>
today_utc(std::string_view unset_to)
{
  std::int64_t seconds = static_cast<std::int64_t>(std::time(nullptr));
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr) {
    const std::string_view text(epoch);
    long long value = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0 || value > 253402300799LL) {
      print_usage_error(fmt::format("SOURCE_DATE_EPOCH is '{}', not a number of seconds since 1970", text),
                        fmt::format("set it to e.g. $(git log -1 --format=%ct), or unset it to {}", unset_to));
      return std::nullopt;
    }
    seconds = value;
  }
  return model::date_of_epoch_seconds(seconds);
}

} // namespace framewise::cli
