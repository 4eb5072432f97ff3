#include "helpers.hpp"

#include <framewise/model/package_name.hpp>

using framewise::model::is_package_name;
using framewise::model::normalized_package_name;

TEST_CASE("PEP 503: lower case, and every run of '-', '_' and '.' is one '-'")
{
  CHECK(normalized_package_name("Flask_SQLAlchemy") == "flask-sqlalchemy");
  CHECK(normalized_package_name("zope.interface") == "zope-interface");
  CHECK(normalized_package_name("A__b-._c") == "a-b-c");
  CHECK(normalized_package_name("Django") == "django");
  CHECK(normalized_package_name("psycopg2-binary") == "psycopg2-binary");
}

TEST_CASE("PEP 508 names: letters and digits, with '.', '-' and '_' only inside")
{
  CHECK(is_package_name("a"));
  CHECK(is_package_name("Flask_SQLAlchemy"));
  CHECK(is_package_name("x1.y-z_2"));
  CHECK_FALSE(is_package_name(""));
  CHECK_FALSE(is_package_name("-flask"));
  CHECK_FALSE(is_package_name("flask-"));
  CHECK_FALSE(is_package_name("fla sk"));
  CHECK_FALSE(is_package_name("flask[x]"));
  CHECK_FALSE(is_package_name("café"));
}
