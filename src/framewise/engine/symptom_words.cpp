#include <framewise/engine/symptom_words.hpp>

#include <array>
#include <initializer_list>
#include <map>
#include <set>

namespace framewise::engine {

namespace {

// Words that carry no symptom of their own. Negations are dropped too: "the
// CPU is not saturated" and "the CPU is idle" describe the same thing, and the
// guide's entries are all phrased as problems anyway.
constexpr std::array k_stop_words = {
  "a",           "about",   "after",  "again",   "all",    "also",   "am",     "an",      "and",    "any",   "app",
  "application", "are",     "aren",   "as",      "at",     "be",     "been",   "before",  "being",  "but",   "by",
  "can",         "cannot",  "could",  "did",     "didn",   "do",     "does",   "doesn",   "doesnt", "doing", "don",
  "dont",        "even",    "every",  "for",     "from",   "get",    "gets",   "getting", "got",    "had",   "has",
  "have",        "here",    "how",    "i",       "if",     "in",     "into",   "is",      "isn",    "isnt",  "it",
  "its",         "just",    "keep",   "keeps",   "kept",   "like",   "look",   "looks",   "lot",    "lots",  "many",
  "may",         "me",      "might",  "more",    "most",   "much",   "my",     "no",      "not",    "now",   "of",
  "on",          "one",     "only",   "or",      "our",    "out",    "over",   "really",  "s",      "same",  "seem",
  "seems",       "service", "should", "so",      "some",   "still",  "t",      "than",    "that",   "the",   "their",
  "them",        "then",    "there",  "these",   "they",   "thing",  "things", "this",    "those",  "to",    "too",
  "under",       "up",      "us",     "very",    "was",    "way",    "we",     "were",    "what",   "when",  "which",
  "while",       "who",     "why",    "will",    "with",   "won",    "wont",   "would",   "you",    "your",  "wasn",
  "weren",       "hasn",    "haven",  "shouldn", "couldn", "wouldn",
};

// Synonym groups: every word of a group means the same as its first word. The
// words are stemmed before use, so one form of each word is enough.
// clang-format off
const std::initializer_list<std::initializer_list<const char*>> k_synonym_groups = {
  {"latency", "slow", "slowness", "slower", "sluggish", "lag", "laggy", "delay", "forever", "p99", "p95", "p50",
   "tail"},
  {"spike", "jump", "surge", "burst", "peak", "shoot", "soar", "skyrocket", "explode", "fluctuate"},
  {"grow", "growth", "grew", "climb", "rise", "rising", "increase", "balloon", "creep", "expand", "swell",
   "accumulate"},
  {"load", "traffic", "concurrency", "concurrent", "simultaneous", "simultaneously", "parallel", "stress"},
  {"cpu", "processor", "core", "compute", "computation", "crunch", "intensive", "inference"},
  {"idle", "saturated", "underused", "underutilized", "underutilised", "headroom"},
  {"memory", "ram", "rss", "heap", "oom", "allocation", "alloc"},
  {"leak", "leaky"},
  {"release", "free", "freed", "reclaim", "shrink", "garbage", "gc"},
  {"docs", "doc", "documentation", "swagger", "openapi", "redoc", "apidocs"},
  {"endpoint", "route", "path", "url", "view", "handler", "operation"},
  {"missing", "absent", "empty", "blank", "gone", "disappear", "vanish", "hide", "hidden", "invisible", "lost",
   "omit", "omitted"},
  {"show", "appear", "list", "listed", "display", "visible", "render", "include"},
  {"query", "sql", "select", "statement", "n+1", "join", "lookup"},
  {"database", "db", "postgres", "postgresql", "mysql", "sqlite", "mariadb", "datastore"},
  {"orm", "sqlalchemy", "queryset"},
  {"index", "indexes", "indices", "indexed"},
  {"start", "startup", "boot", "launch"},
  {"crash", "fail", "failure", "die", "exit", "broken", "break"},
  {"async", "asynchronous", "await", "coroutine", "asyncio"},
  {"sync", "synchronous", "blocking", "block", "blocked"},
  {"worker", "process"},
  {"wrong", "invalid", "incorrect", "malformed", "bogus", "unexpected"},
  {"through", "accept", "allow", "pass", "slip", "let", "ignore"},
  {"validation", "validate", "validator", "verify", "enforce"},
  {"type", "typed", "typing", "datatype", "integer", "int", "str", "string", "float"},
  {"body", "payload", "input", "json"},
  {"admin", "backoffice", "office"},
  {"model", "table", "entity"},
  {"register", "registration", "enroll"},
  {"migration", "migrate", "makemigrations", "showmigrations"},
  {"502", "503", "504", "gateway", "timeout"},
  {"queue", "backlog", "pile", "pileup"},
  {"improve", "improvement", "better", "faster", "speedup", "speed", "gain", "benefit"},
  {"throughput", "rps", "qps", "capacity"},
  {"boilerplate", "glue", "reinvent", "plumbing", "handwritten"},
  {"fragile", "brittle", "unmaintainable", "maintain", "maintenance", "messy", "spaghetti", "debt"},
  {"complex", "complexity", "complicated", "overkill", "overengineered", "heavyweight", "convoluted"},
  {"large", "larger", "big", "bigger", "huge", "bloated", "bloat", "footprint", "fat", "size", "oversized"},
  {"container", "docker", "image", "pod"},
  {"deploy", "deployment", "ship", "rollout", "ops"},
  {"structure", "ceremony", "scaffolding", "convention", "opinionated", "rigid"},
  {"development", "develop", "velocity", "productivity", "iteration", "progress", "delivery", "pace"},
  {"learn", "unfamiliar", "training", "ramp", "onboarding", "expertise", "experience", "familiar", "new"},
  {"stall", "freeze", "froze", "frozen", "hang", "hung", "stuck", "unresponsive"},
  {"starve", "starvation", "exhaust", "exhausted", "deplete", "depleted"},
  {"loop", "eventloop"},
  {"fine", "ok", "okay", "healthy", "normal"},
  {"auth", "authentication", "authorization", "login", "permission", "account", "signup"},
  {"reporting", "report", "export", "dashboard", "analytics"},
  {"drop", "decline", "fall", "fell", "decrease", "worse", "degrade", "regress"},
  {"move", "switch", "port", "rewrite", "rewrote", "rewritten", "convert", "transition", "adopt"},
};
// clang-format on

bool
ends_with(const std::string& word, std::string_view suffix)
{
  return word.size() >= suffix.size() && word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Removes `suffix` from `word` when at least `min_rest` characters remain.
bool
strip(std::string& word, std::string_view suffix, std::size_t min_rest)
{
  if (!ends_with(word, suffix) || word.size() - suffix.size() < min_rest) {
    return false;
  }
  word.resize(word.size() - suffix.size());
  return true;
}

bool
is_vowel(char c)
{
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// "stopp" -> "stop", "runn" -> "run"; "ll" and "ss" stay ("install", "class").
void
undouble(std::string& word)
{
  const std::size_t n = word.size();
  if (n >= 3 && word[n - 1] == word[n - 2] && !is_vowel(word[n - 1]) && word[n - 1] != 'l' && word[n - 1] != 's') {
    word.pop_back();
  }
}

const std::map<std::string, std::string>&
meaning_of_stem()
{
  static const std::map<std::string, std::string> meanings = [] {
    std::map<std::string, std::string> map;
    for (const auto& group : k_synonym_groups) {
      const std::string meaning = stem_word(*group.begin());
      for (const char* word : group) {
        map.emplace(stem_word(word), meaning);
      }
    }
    return map;
  }();
  return meanings;
}

bool
is_stop_word(std::string_view word)
{
  static const std::set<std::string_view> words(k_stop_words.begin(), k_stop_words.end());
  return words.count(word) == 1;
}

// Words also written as two: "time out", "back office", "start up".
bool
is_compound(std::string_view word)
{
  static const std::set<std::string_view> compounds = {"timeout", "timeouts",  "backoffice", "startup",
                                                       "pileup",  "eventloop", "endpoint",   "endpoints"};
  return compounds.count(word) == 1;
}

bool
is_word_byte(char c)
{
  const auto byte = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || byte >= 0x80;
}

} // namespace

std::string
stem_word(std::string_view text)
{
  std::string word(text);
  if (word.size() <= 3) {
    return word;
  }
  if (strip(word, "sses", 2)) {
    word += "ss";
  } else if (strip(word, "ies", 2)) {
    word += 'y';
  } else if (!ends_with(word, "ss") && !ends_with(word, "us") && !ends_with(word, "is")) {
    strip(word, "s", 3);
  }
  // Derivations ("validation" -> "valid"), then inflections ("stopped" -> "stop").
  const bool derived = strip(word, "ation", 3) || strip(word, "ating", 3) || strip(word, "ated", 3) ||
                       strip(word, "ate", 3) || strip(word, "ness", 3) || strip(word, "ment", 4) ||
                       strip(word, "ity", 4) || strip(word, "ly", 4);
  if (!derived && (strip(word, "ing", 4) || (!ends_with(word, "eed") && strip(word, "ed", 3)))) {
    undouble(word);
    return word;
  }
  if (word.size() > 3 && word.back() == 'e') {
    word.pop_back(); // "spike" meets "spik(ing)", "route" meets "rout(ing)"
  }
  return word;
}

std::vector<SymptomWord>
symptom_words(std::string_view text)
{
  std::vector<std::string> raw;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_word_byte(text[i])) {
      ++i;
    }
    std::string word;
    while (i < text.size() && is_word_byte(text[i])) {
      const char c = text[i++];
      word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    // A '+' only belongs inside a word ("n+1"), not around one ("+").
    while (!word.empty() && word.back() == '+') {
      word.pop_back();
    }
    while (!word.empty() && word.front() == '+') {
      word.erase(word.begin());
    }
    if (!word.empty()) {
      raw.push_back(std::move(word));
    }
  }
  std::vector<SymptomWord> words;
  const auto& meanings = meaning_of_stem();
  for (std::size_t w = 0; w < raw.size(); ++w) {
    std::string word = raw[w];
    // "time out", "back office": one word written as two, before "out" is
    // dropped as a stop word.
    if (w + 1 < raw.size() && is_compound(word + raw[w + 1])) {
      word += raw[++w];
    }
    if (is_stop_word(word)) {
      continue;
    }
    std::string stem = stem_word(word);
    const auto found = meanings.find(stem);
    words.push_back(SymptomWord{found == meanings.end() ? std::move(stem) : found->second, std::move(word)});
  }
  return words;
}

} // namespace framewise::engine
