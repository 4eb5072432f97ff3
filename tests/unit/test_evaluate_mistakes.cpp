// Each common mistake of the built-in pack, firing and not firing.
#include "helpers.hpp"

#include <framewise/engine/evaluate.hpp>

#include <set>

namespace {

std::set<std::string>
findings_for(std::string_view answers)
{
  const auto& pack = test::builtin_pack();
  const auto profile = test::profile_from(pack, "answers:\n" + std::string(answers));
  std::set<std::string> ids;
  for (const auto& finding : framewise::engine::evaluate(pack, profile.answers).findings) {
    ids.insert(pack.mistakes[finding.mistake].id);
  }
  return ids;
}

bool
fires(std::string_view id, std::string_view answers)
{
  return findings_for(answers).count(std::string(id)) == 1;
}

} // namespace

TEST_SUITE("mistakes of the built-in pack")
{
  TEST_CASE("flask-for-enterprise")
  {
    const char* enterprise =
      "  lifecycle: long_lived\n  needs_auth: true\n  needs_admin: true\n  needs_reporting: true\n";
    CHECK(fires("flask-for-enterprise", std::string(enterprise) + "  current_framework: flask\n"));
    CHECK_FALSE(fires("flask-for-enterprise", std::string(enterprise) + "  current_framework: django\n"));
    CHECK_FALSE(fires("flask-for-enterprise", "  current_framework: flask\n  lifecycle: mvp\n  needs_auth: true\n  "
                                              "needs_admin: true\n  needs_reporting: true\n"));
  }

  TEST_CASE("fastapi-sync-db-driver")
  {
    CHECK(fires("fastapi-sync-db-driver",
                "  current_framework: fastapi\n  io_wait_percent: 60\n  async_db_driver: false\n"));
    CHECK_FALSE(fires("fastapi-sync-db-driver",
                      "  current_framework: fastapi\n  io_wait_percent: 60\n  async_db_driver: true\n"));
    CHECK_FALSE(fires("fastapi-sync-db-driver",
                      "  current_framework: fastapi\n  io_wait_percent: 20\n  async_db_driver: false\n"));
    // Unanswered is neutral: not knowing the driver is no finding.
    CHECK_FALSE(fires("fastapi-sync-db-driver", "  current_framework: fastapi\n  io_wait_percent: 60\n"));
    // Also fires when FastAPI is the engine's own pick.
    CHECK(fires("fastapi-sync-db-driver",
                "  project_kind: api\n  concurrent_users: 1000\n  io_wait_percent: 80\n  async_db_driver: false\n"));
  }

  TEST_CASE("django-overkill-simple-api")
  {
    CHECK(fires("django-overkill-simple-api",
                "  project_kind: api\n  extras: [drf, celery, redis]\n  needs_admin: false\n"));
    CHECK_FALSE(
      fires("django-overkill-simple-api", "  project_kind: api\n  extras: [drf, redis]\n  needs_admin: false\n"));
    CHECK_FALSE(fires("django-overkill-simple-api",
                      "  project_kind: web_app\n  extras: [drf, celery, redis]\n  needs_admin: false\n"));
    CHECK_FALSE(
      fires("django-overkill-simple-api",
            "  project_kind: api\n  extras: [drf, celery, redis]\n  needs_admin: true\n  data_model_tables: 40\n"));
  }

  TEST_CASE("sync-workers-high-concurrency")
  {
    CHECK(fires("sync-workers-high-concurrency", "  server_workers: sync\n  concurrent_users: 101\n"));
    CHECK_FALSE(fires("sync-workers-high-concurrency", "  server_workers: sync\n  concurrent_users: 100\n"));
    CHECK_FALSE(fires("sync-workers-high-concurrency", "  server_workers: async\n  concurrent_users: 5000\n"));
  }

  TEST_CASE("async-for-cpu-bound")
  {
    CHECK(fires("async-for-cpu-bound", "  project_kind: ml_service\n  server_workers: async\n"));
    CHECK(fires("async-for-cpu-bound", "  io_wait_percent: 10\n  current_framework: fastapi\n"));
    CHECK_FALSE(fires("async-for-cpu-bound", "  io_wait_percent: 70\n  server_workers: async\n"));
    CHECK_FALSE(fires("async-for-cpu-bound", "  project_kind: ml_service\n  server_workers: sync\n"));
  }

  TEST_CASE("hype-over-expertise")
  {
    CHECK(fires("hype-over-expertise", "  team_expertise: [django]\n  current_framework: fastapi\n"));
    CHECK_FALSE(fires("hype-over-expertise", "  team_expertise: [django, fastapi]\n  current_framework: fastapi\n"));
    CHECK_FALSE(fires("hype-over-expertise", "  team_expertise: []\n  current_framework: fastapi\n"));
    CHECK_FALSE(fires("hype-over-expertise", "  team_expertise: [django]\n  current_framework: none\n"));
  }

  TEST_CASE("the production incident: Flask, sync or default workers, I/O-bound, 200+ in flight")
  {
    const char* load = "  io_wait_percent: 80\n  concurrent_users: 300\n";
    CHECK(fires("incident-wsgi-async-starvation", std::string(load) + "  current_framework: flask\n"));
    CHECK(fires("incident-wsgi-async-starvation",
                std::string(load) + "  current_framework: flask\n  server_workers: sync\n"));
    CHECK_FALSE(fires("incident-wsgi-async-starvation",
                      std::string(load) + "  current_framework: flask\n  server_workers: async\n"));
    CHECK_FALSE(fires("incident-wsgi-async-starvation",
                      "  io_wait_percent: 80\n  concurrent_users: 150\n  current_framework: flask\n"));
  }
}
