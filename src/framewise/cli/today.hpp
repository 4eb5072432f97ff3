#pragma once

#include <framewise/model/date.hpp>

#include <optional>
#include <string_view>

namespace framewise::cli {

// Today in UTC, against which waivers expire: the day of SOURCE_DATE_EPOCH
// (seconds since 1970) when it is set, the reproducible-builds convention that
// also dates the decision record, so a CI job (and a test) can pin the day;
// otherwise the system clock. Nothing, after printing a usage error, when
// SOURCE_DATE_EPOCH is not such a number; the error's hint ends "or unset it
// to `unset_to`" (what the day is for: "check waivers against today").
std::optional<model::Date> today_utc(std::string_view unset_to);

} // namespace framewise::cli
