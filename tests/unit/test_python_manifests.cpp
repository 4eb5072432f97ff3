#include "helpers.hpp"
#include "scan_helpers.hpp"

#include <framewise/scan/python_manifests.hpp>

#include <fmt/format.h>

#include <string>

using framewise::scan::ManifestRead;
using framewise::scan::read_installed_apps;
using framewise::scan::read_setup_py;

TEST_CASE("setup.py: literal install_requires, extras_require and tests_require, never run")
{
  const auto read = read_setup_py("from setuptools import setup\n"
                                  "setup(\n"
                                  "    name='x',  # install_requires=['not', 'this']\n"
                                  "    install_requires=['Flask>=3', \"psycopg2-binary\",],\n"
                                  "    extras_require={'async': ['asyncpg'], \"docs\": ('sphinx',)},\n"
                                  "    tests_require=[\n"
                                  "        'pytest',\n"
                                  "    ],\n"
                                  ")\n",
                                  "setup.py");
  CHECK(read.errors.empty());
  CHECK(read.notes.empty());
  CHECK(test::dependency_summary(read) ==
        "flask:declared@4:24 psycopg2-binary:declared@4:36 asyncpg:optional:async@5:32 "
        "sphinx:optional:docs@5:53 pytest:group:tests_require@7:10");
}

TEST_CASE("setup.py: a module-level literal list bound once is followed; anything computed is noted")
{
  const auto named = read_setup_py("REQUIRES = ['django']\nsetup(install_requires=REQUIRES)\n", "setup.py");
  CHECK(test::dependency_summary(named) == "django:declared@1:14");

  const auto computed = read_setup_py("setup(\n"
                                      "    install_requires=open('requirements.txt').read().splitlines(),\n"
                                      "    extras_require={k: v for k, v in X},\n"
                                      ")\n",
                                      "setup.py");
  CHECK(computed.dependencies.empty());
  REQUIRE(computed.notes.size() == 2);
  CHECK(computed.notes[0].starts_with("setup.py:2:5: setup.py's install_requires is computed"));
  CHECK(computed.notes[1].starts_with("setup.py:3:5: setup.py's extras_require is computed"));

  const auto rebound = read_setup_py("R = ['a']\nR = ['b']\nsetup(install_requires=R)\n", "setup.py");
  CHECK(rebound.dependencies.empty());
  CHECK(rebound.notes.size() == 1);

  const auto f_string = read_setup_py("setup(install_requires=[f'flask{V}'])\n", "setup.py");
  CHECK(f_string.dependencies.empty());
  CHECK(f_string.notes.size() == 1);
}

TEST_CASE("setup.py: an unclosed string is an error at its start")
{
  const auto read = read_setup_py("setup(\n  install_requires=['flask\n)\n", "setup.py");
  REQUIRE(read.errors.size() == 1);
  CHECK(framewise::report::render_diagnostic(read.errors[0]) ==
        "setup.py:2:21: scan: a string literal is not closed on its line\n"
        "    install_requires=['flask\n"
        "                      ^\n");
}

TEST_CASE("INSTALLED_APPS: literal entries, '+' of module-level lists, '+=' and AppConfig paths")
{
  const auto read =
    read_installed_apps("DJANGO_APPS = [\n"
                        "    'django.contrib.admin',\n"
                        "    # 'channels',\n"
                        "]\n"
                        "THIRD_PARTY_APPS = ('rest_framework',)\n"
                        "INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + [\"polls.apps.PollsConfig\"]\n"
                        "INSTALLED_APPS += ['daphne']\n"
                        "def f():\n"
                        "    INSTALLED_APPS = ['not-module-level']\n",
                        "settings.py");
  CHECK(read.errors.empty());
  CHECK(read.notes.empty());
  CHECK(test::dependency_summary(read) == "django.contrib.admin:installed-app@2:6 rest_framework:installed-app@5:22 "
                                          "polls.apps.PollsConfig:installed-app@6:53 daphne:installed-app@7:21");
}

TEST_CASE("INSTALLED_APPS: a computed value is noted, not guessed")
{
  const auto read = read_installed_apps("INSTALLED_APPS = get_apps()\n", "settings.py");
  CHECK(read.dependencies.empty());
  REQUIRE(read.notes.size() == 1);
  CHECK(read.notes[0].starts_with("settings.py:1:1: INSTALLED_APPS is computed"));
}
