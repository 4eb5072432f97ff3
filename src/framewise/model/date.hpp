#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace framewise::model {

// A calendar day (proleptic Gregorian), as a waiver's `until:` writes it.
struct Date
{
  int year = 0;
  int month = 0;
  int day = 0;

  friend auto operator<=>(const Date&, const Date&) = default;
};

// "YYYY-MM-DD" with a day that exists (2028-02-29 yes, 2027-02-29 no);
// nothing for anything else.
std::optional<Date> parse_date(std::string_view text);

// "YYYY-MM-DD".
std::string to_string(const Date& date);

// The UTC day of `seconds` since 1970-01-01T00:00:00Z.
Date date_of_epoch_seconds(std::int64_t seconds);

} // namespace framewise::model
