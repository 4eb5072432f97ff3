#include <framewise/report/diagnosis_report.hpp>
#include <framewise/report/mistakes_report.hpp>
#include <framewise/report/terminal_text.hpp>
#include <framewise/report/text_blocks.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>

namespace framewise::report {

namespace {

using Json = nlohmann::ordered_json;

// One entry of any section, as the report shows it.
struct Entry
{
  engine::GuideSection section = engine::GuideSection::debug_guide;
  std::string_view id = {};
  std::string_view title = {}; // mistakes only
  std::optional<model::Severity> severity = {};
  std::string_view symptom = {};
  std::string_view action = {}; // cheat sheet only
  std::string_view fix = {};
  const std::vector<model::Command>* commands = nullptr;
  std::vector<std::string> frameworks = {}; // ids
  std::string_view source = {};
};

Entry
entry_of(const model::RulePack& pack, const engine::GuideEntryRef& ref)
{
  static const std::vector<model::Command> k_no_commands;
  if (ref.section == engine::GuideSection::mistakes) {
    const model::Mistake& mistake = pack.mistakes[ref.index];
    return Entry{.section = ref.section,
                 .id = mistake.id,
                 .title = mistake.title,
                 .severity = mistake.severity,
                 .symptom = mistake.symptom,
                 .fix = mistake.fix,
                 .commands = &k_no_commands,
                 .source = mistake.source};
  }
  const model::DebugEntry& item =
    ref.section == engine::GuideSection::debug_guide ? pack.debug_guide[ref.index] : pack.cheat_sheet[ref.index];
  Entry entry{.section = ref.section,
              .id = item.id,
              .symptom = item.symptom,
              .action = item.action,
              .fix = item.fix,
              .commands = &item.commands,
              .source = item.source};
  for (const auto framework : item.frameworks) {
    entry.frameworks.push_back(pack.frameworks[framework].id);
  }
  return entry;
}

std::string_view
section_id(engine::GuideSection section)
{
  switch (section) {
  case engine::GuideSection::debug_guide:
    return "debug_guide";
  case engine::GuideSection::cheat_sheet:
    return "cheat_sheet";
  case engine::GuideSection::mistakes:
    return "mistakes";
  }
  return "?";
}

// "debug guide", "cheat sheet", "common mistake, warning".
std::string
kind_of(const Entry& entry)
{
  if (entry.severity) {
    return fmt::format("common mistake, {}", model::to_string(*entry.severity));
  }
  return engine::to_string(entry.section);
}

// The words of the symptom, for a "no match" message.
std::string
no_match_line(std::string_view symptom)
{
  return fmt::format("Nothing in the debug guide, the cheat sheet or the common mistakes matches \"{}\".", symptom);
}

constexpr std::string_view k_no_match_hint =
  "Describe what you see in other words (for example: slow, memory, docs, admin, validation, startup), "
  "or run 'framewise mistakes' to read every common mistake.";

class TextWriter
{
public:
  TextWriter(const DiagnosisView& view, const TextStyle& style)
    : m_view(view)
    , m_style(style)
    , m_width(prose_width(style))
  {
  }

  std::string
  run()
  {
    const auto& matches = m_view.diagnosis.matches;
    m_out += indented(fmt::format("Symptom: {}", m_view.symptom), 0, m_width);
    if (matches.empty()) {
      m_out += indented(no_match_line(m_view.symptom), 0, m_width);
      m_out += "\nThe closest entries:\n";
      for (const auto& match : m_view.diagnosis.closest) {
        const Entry entry = entry_of(m_view.pack, match.entry);
        m_out += bulleted(fmt::format("{} ({}): {}", entry.id, kind_of(entry), entry.symptom), 2, m_width);
      }
      m_out += "\n";
      m_out += indented(k_no_match_hint, 0, m_width);
      return std::move(m_out);
    }
    m_out += matches.size() == 1 ? "1 match.\n" : fmt::format("{} matches, best first.\n", matches.size());
    for (std::size_t i = 0; i < matches.size(); ++i) {
      match(i + 1, matches[i]);
    }
    return std::move(m_out);
  }

private:
  void
  match(std::size_t rank, const engine::SymptomMatch& found)
  {
    const Entry entry = entry_of(m_view.pack, found.entry);
    // Wrapped as plain text, then the id painted: colour codes have no width.
    const std::string heading = fmt::format("{}. {}  ({})", rank, entry.id, kind_of(entry));
    std::string lines = indented(heading, 0, m_width);
    if (m_style.color == Color::on) {
      const std::string kind = kind_of(entry);
      if (const std::size_t at = lines.find(kind); entry.severity && at != std::string::npos) {
        lines.replace(at, kind.size(), paint(kind, severity_color(*entry.severity), m_style.color));
      }
      lines.replace(lines.find(entry.id), entry.id.size(), paint(entry.id, "1", m_style.color));
    }
    m_out += '\n';
    m_out += lines;
    if (!entry.title.empty()) {
      m_out += indented(entry.title, 3, m_width);
      m_out += labelled("symptom:", entry.symptom, 3, m_width);
    } else {
      m_out += indented(entry.symptom, 3, m_width);
    }
    m_out += labelled("matched:", fmt::format("{}", fmt::join(found.matched_words, ", ")), 3, m_width);
    if (!entry.action.empty()) {
      m_out += labelled("now:    ", entry.action, 3, m_width);
    }
    if (!entry.commands->empty()) {
      m_out += "   run:\n";
      for (const auto& command : *entry.commands) {
        // Commands are shown whole, never wrapped, so they can be copied.
        m_out += fmt::format("     $ {}\n", escape_controls(command.command));
        m_out += indented(command.explain, 7, m_width);
      }
    }
    m_out += labelled("fix:    ", entry.fix, 3, m_width);
    const std::string frameworks =
      entry.frameworks.empty() ? "" : fmt::format("; {}", fmt::join(framework_names(entry), ", "));
    m_out += indented(fmt::format("[{}{}]", entry.source, frameworks), 3, m_width);
  }

  std::vector<std::string>
  framework_names(const Entry& entry) const
  {
    std::vector<std::string> names;
    for (const auto& id : entry.frameworks) {
      names.push_back(m_view.pack.frameworks[static_cast<std::size_t>(m_view.pack.framework_index(id))].name);
    }
    return names;
  }

  const DiagnosisView& m_view;
  const TextStyle& m_style;
  std::size_t m_width;
  std::string m_out;
};

Json
entry_json(const model::RulePack& pack, const engine::SymptomMatch& match)
{
  const Entry entry = entry_of(pack, match.entry);
  const auto text_or_null = [](std::string_view text) { return text.empty() ? Json(nullptr) : Json(text); };
  Json commands = Json::array();
  for (const auto& command : *entry.commands) {
    commands.push_back({{"command", command.command}, {"explain", command.explain}});
  }
  return Json{{"section", section_id(entry.section)},
              {"id", entry.id},
              {"title", text_or_null(entry.title)},
              {"severity", entry.severity ? Json(model::to_string(*entry.severity)) : Json(nullptr)},
              {"symptom", entry.symptom},
              {"action", text_or_null(entry.action)},
              {"fix", entry.fix},
              {"commands", commands},
              {"frameworks", entry.frameworks},
              {"source", entry.source},
              {"score", std::round(match.score * 100.0) / 100.0},
              {"matched_words", match.matched_words}};
}

void
markdown_entry(std::string& out, const model::RulePack& pack, std::size_t rank, const engine::SymptomMatch& match)
{
  const Entry entry = entry_of(pack, match.entry);
  out += fmt::format("\n## {}. `{}` ({})\n\n", rank, entry.id, kind_of(entry));
  if (!entry.title.empty()) {
    out += fmt::format("**{}**\n\n", entry.title);
  }
  out += fmt::format("- **Symptom**: {}\n", entry.symptom);
  out += fmt::format("- **Matched**: {}\n", fmt::join(match.matched_words, ", "));
  if (!entry.action.empty()) {
    out += fmt::format("- **Now**: {}\n", entry.action);
  }
  out += fmt::format("- **Fix**: {}\n", entry.fix);
  out += fmt::format("- **Source**: {}\n", entry.source);
  if (!entry.commands->empty()) {
    out += "\nRun:\n\n```sh\n";
    for (const auto& command : *entry.commands) {
      out += fmt::format("# {}\n{}\n", command.explain, command.command);
    }
    out += "```\n";
  }
}

} // namespace

std::string
render_diagnosis_text(const DiagnosisView& view, const TextStyle& style)
{
  return TextWriter(view, style).run();
}

std::string
render_diagnosis_markdown(const DiagnosisView& view)
{
  std::string out = fmt::format("# Diagnosis: {}\n", escape_controls(view.symptom));
  const auto& matches = view.diagnosis.matches;
  if (matches.empty()) {
    out += fmt::format("\n{}\n\nThe closest entries:\n\n", no_match_line(escape_controls(view.symptom)));
    for (const auto& match : view.diagnosis.closest) {
      const Entry entry = entry_of(view.pack, match.entry);
      out += fmt::format("- `{}` ({}): {}\n", entry.id, kind_of(entry), entry.symptom);
    }
    out += fmt::format("\n{}\n", k_no_match_hint);
    return out;
  }
  out += matches.size() == 1 ? "\n1 match.\n" : fmt::format("\n{} matches, best first.\n", matches.size());
  for (std::size_t i = 0; i < matches.size(); ++i) {
    markdown_entry(out, view.pack, i + 1, matches[i]);
  }
  return out;
}

std::string
render_diagnosis_json(const DiagnosisView& view)
{
  Json matches = Json::array();
  for (const auto& match : view.diagnosis.matches) {
    matches.push_back(entry_json(view.pack, match));
  }
  Json closest = Json::array();
  for (const auto& match : view.diagnosis.closest) {
    closest.push_back(entry_json(view.pack, match));
  }
  const Json document{{"schema_version", 1},
                      {"symptom", view.symptom},
                      {"matched", !view.diagnosis.matches.empty()},
                      {"matches", matches},
                      {"closest", closest}};
  return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace framewise::report
