#pragma once

#include <framewise/model/date.hpp>

#include <optional>

namespace framewise::cli {

// Today in UTC, against which waivers expire: the day of SOURCE_DATE_EPOCH
// (seconds since 1970) when it is set, the reproducible-builds convention that
// also dates the decision record, so a CI job (and a test) can pin the day;
// otherwise the system clock. Nothing, after printing a usage error, when
// SOURCE_DATE_EPOCH is not such a number.
std::optional<model::Date> today_utc();

} // namespace framewise::cli
