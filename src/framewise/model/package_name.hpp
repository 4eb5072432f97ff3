#pragma once

#include <string>
#include <string_view>

namespace framewise::model {

// Python package names, shared by the rule pack's evidence table and the
// scanner, so both sides of a comparison are spelt the same way.

// True when `name` is a distribution name as PEP 508 defines it: ASCII letters
// and digits, with '.', '-' and '_' allowed inside (not first or last).
bool is_package_name(std::string_view name);

// `name` normalised per PEP 503: lower case, every run of '-', '_' and '.'
// made one '-'. Flask_SQLAlchemy and flask.sqlalchemy are flask-sqlalchemy.
// Extras are normalised the same way (PEP 685).
std::string normalized_package_name(std::string_view name);

} // namespace framewise::model
