#include "helpers.hpp"

#include <framewise/scan/requirement.hpp>

using framewise::scan::parse_egg_fragment;
using framewise::scan::parse_requirement;

TEST_CASE("PEP 508: the name and extras, whatever follows them")
{
  const auto plain = parse_requirement("Django");
  REQUIRE(plain.ok());
  CHECK(plain.name == "django");
  CHECK(plain.written_name == "Django");
  CHECK(plain.extras.empty());

  const auto full = parse_requirement("  SQLAlchemy [asyncio, PostgreSQL_asyncpg] (>=2.0) ; python_version>'3.8'");
  REQUIRE(full.ok());
  CHECK(full.name == "sqlalchemy");
  CHECK(full.name_offset == 2);
  CHECK(full.extras == std::vector<std::string>{"asyncio", "postgresql-asyncpg"});

  for (const char* text :
       {"a==1", "a>=1,<2", "a~=1.0", "a!=2", "a<3", "a @ https://x/y.zip", "a;os_name=='nt'", "a []", "a\t==1"}) {
    CAPTURE(text);
    CHECK(parse_requirement(text).ok());
  }
}

TEST_CASE("PEP 508: what is not a requirement fails with the offset of the problem")
{
  const auto empty = parse_requirement("");
  CHECK(empty.error == "expected a package name");
  const auto bad_start = parse_requirement("-flask");
  CHECK(bad_start.error == "'-flask' is not a package name");
  const auto trailing = parse_requirement("flask-");
  CHECK(trailing.error == "'flask-' is not a package name");
  const auto unclosed = parse_requirement("flask[async");
  CHECK(unclosed.error == "the extras list '[' is not closed with ']'");
  CHECK(unclosed.error_offset == 5);
  const auto bad_extra = parse_requirement("flask[,]");
  CHECK(bad_extra.error == "expected an extra's name in '[...]'");
  const auto junk = parse_requirement("flask 3.0");
  CHECK(junk.error == "unexpected '3' after the package name");
  CHECK(junk.error_offset == 6);
}

TEST_CASE("#egg= names what a URL installs, also among other fragment parts")
{
  const auto egg = parse_egg_fragment("git+https://h/r.git@v1#egg=Flask_Admin");
  REQUIRE(egg.ok());
  CHECK(egg.name == "flask-admin");
  CHECK(egg.name_offset == 27);
  const auto among = parse_egg_fragment("https://h/p.tar.gz#sha256=ab&egg=pkg[x]&subdirectory=s");
  REQUIRE(among.ok());
  CHECK(among.name == "pkg");
  CHECK(among.extras == std::vector<std::string>{"x"});
  CHECK(parse_egg_fragment("https://h/p.tar.gz").error == "no #egg= fragment");
  CHECK(parse_egg_fragment("https://h/p.tar.gz#sha256=ab").error == "no #egg= fragment");
}
