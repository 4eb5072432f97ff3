#include <framewise/cli/atomic_file.hpp>
#include <framewise/cli/line_editor.hpp>
#include <framewise/cli/line_input.hpp>
#include <framewise/cli/questionnaire.hpp>
#include <framewise/engine/settled.hpp>
#include <framewise/load/answer_input.hpp>
#include <framewise/report/answer_format.hpp>
#include <framewise/report/profile_yaml.hpp>
#include <framewise/report/terminal_text.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <vector>

namespace framewise::cli {

namespace {

using model::QuestionType;

void
say(std::string_view text)
{
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

std::string
type_hint(const model::Question& question)
{
  switch (question.type) {
  case QuestionType::boolean:
    return "y/n";
  case QuestionType::integer:
    return fmt::format("whole number, {} to {}", question.min, question.max);
  case QuestionType::choice:
    return "a number or a name";
  case QuestionType::list:
    return "numbers or names, comma-separated, or 'none'";
  }
  return {};
}

class Questionnaire
{
public:
  Questionnaire(const model::RulePack& pack, model::Profile& profile, const std::string& save_path)
    : m_guard(),
      m_pack(pack),
      m_profile(profile),
      m_save_path(save_path)
  {
    for (std::uint32_t q = 0; q < pack.questions.size(); ++q) {
      if (!profile.answers[q].answered) {
        m_to_ask.push_back(q);
      }
    }
  }

  QuestionnaireEnd
  run()
  {
    if (m_to_ask.empty()) {
      say("framewise: every question is already answered.\n");
      return QuestionnaireEnd::finished;
    }
    say(fmt::format("framewise: {} questions. Type ? for help, b to go back, s to skip.\n"
                    "Enter keeps the answer in brackets (or skips); Ctrl-D finishes now.\n",
                    m_to_ask.size()));
    std::size_t at = 0;
    while (at < m_to_ask.size()) {
      const std::uint32_t q = m_to_ask[at];
      const std::string prompt = ask(q, at);
      const LineResult line = m_editor.read(prompt, completions(q));
      if (line.status == LineStatus::interrupted) {
        return interrupted();
      }
      if (line.status == LineStatus::end_of_input) {
        say("\nframewise: stopping here; the remaining questions stay unanswered.\n");
        break;
      }
      const std::string text = trimmed(line.text);
      if (text == "?") {
        help(q);
        continue;
      }
      if (text == "b") {
        if (at == 0) {
          say("  This is the first question.\n");
        } else {
          --at;
        }
        continue;
      }
      if (text == "s" || (text.empty() && !m_profile.answers[q].answered)) {
        m_profile.answers[q] = model::Answer{};
        m_profile.other_items[q].clear();
        save();
        ++at;
      } else if (text.empty()) {
        ++at; // keep the answer shown in brackets
      } else {
        auto parsed = load::parse_typed_answer(m_pack.questions[q], text);
        if (const auto* error = std::get_if<std::string>(&parsed)) {
          say(fmt::format("  {}\n", report::escape_controls(*error)));
          continue;
        }
        auto& typed = std::get<load::TypedAnswer>(parsed);
        m_profile.answers[q] = typed.answer;
        m_profile.other_items[q] = std::move(typed.other_items);
        save();
        ++at;
      }
      if (at < m_to_ask.size() && !m_offered_finish && settled(at)) {
        m_offered_finish = true;
        const auto end = offer_finish(m_to_ask.size() - at);
        if (end) {
          return *end;
        }
        if (m_finish_now) {
          break;
        }
      }
    }
    return QuestionnaireEnd::finished;
  }

private:
  static std::string
  trimmed(const std::string& text)
  {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) {
      return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
  }

  // Shows the question and returns the prompt line to read the answer at.
  std::string
  ask(std::uint32_t q, std::size_t at)
  {
    const model::Question& question = m_pack.questions[q];
    // The rule pack may come from --rules: its text is data, escaped.
    std::string out = fmt::format("\n[{}/{}] {}: {} ({})\n", at + 1, m_to_ask.size(), question.id,
                                  report::escape_controls(question.prompt), type_hint(question));
    if (question.type == QuestionType::choice || question.type == QuestionType::list) {
      for (std::size_t i = 0; i < question.options.size(); ++i) {
        out += fmt::format("  {:>2}) {:<14} {}\n", i + 1, question.options[i].id,
                           report::escape_controls(question.options[i].label));
      }
    }
    say(out);
    const model::Answer& current = m_profile.answers[q];
    return current.answered
             ? fmt::format("[{}] > ", report::escape_controls(report::answer_text(question, current, &m_profile.other_items[q])))
             : std::string("> ");
  }

  void
  help(std::uint32_t q)
  {
    const model::Question& question = m_pack.questions[q];
    std::string out;
    for (const auto& line : report::wrap(question.help, 76)) {
      out += "  " + report::escape_controls(line) + "\n";
    }
    const auto rules = engine::rules_reading(m_pack, q);
    if (!rules.empty()) {
      out += "  Rules it moves:\n";
      for (const auto r : rules) {
        std::vector<std::string> effects;
        for (std::size_t f = 0; f < m_pack.frameworks.size(); ++f) {
          if (m_pack.rules[r].effects[f] != 0) {
            effects.push_back(fmt::format("{} {:+.0f}", report::escape_controls(m_pack.frameworks[f].name),
                                          m_pack.rules[r].effects[f]));
          }
        }
        out += fmt::format("    {} ({})\n", m_pack.rules[r].id, fmt::join(effects, ", "));
      }
    }
    out += fmt::format("  [{}]\n", report::escape_controls(question.source));
    say(out);
  }

  std::vector<std::string>
  completions(std::uint32_t q) const
  {
    const model::Question& question = m_pack.questions[q];
    if (question.type == QuestionType::boolean) {
      return k_yes_no;
    }
    std::vector<std::string> names;
    for (const auto& option : question.options) {
      names.push_back(option.id);
    }
    return names;
  }

  bool
  settled(std::size_t at) const
  {
    std::vector<bool> pending(m_pack.questions.size(), false);
    for (std::size_t i = at; i < m_to_ask.size(); ++i) {
      pending[m_to_ask[i]] = true;
    }
    return engine::pick_is_settled(m_pack, m_profile.answers, pending);
  }

  // Asks whether to stop; sets m_finish_now. Returns an end only on Ctrl-C.
  std::optional<QuestionnaireEnd>
  offer_finish(std::size_t remaining)
  {
    say(fmt::format("\nThe remaining {} question{} cannot change the recommendation.\n",
                    remaining,
                    remaining == 1 ? "" : "s"));
    std::string prompt = "Finish now? [Y/n] ";
    while (true) {
      const LineResult line = m_editor.read(prompt, k_yes_no);
      if (line.status == LineStatus::interrupted) {
        return interrupted();
      }
      const std::string text = trimmed(line.text);
      if (line.status == LineStatus::end_of_input || text.empty() || text == "y" || text == "Y" || text == "yes") {
        m_finish_now = true;
        return std::nullopt;
      }
      if (text == "n" || text == "N" || text == "no") {
        return std::nullopt;
      }
      prompt = "Answer y or n: ";
    }
  }

  void
  save()
  {
    if (m_save_path.empty()) {
      return;
    }
    if (const auto error = write_file_atomically(m_save_path, report::render_profile_yaml(m_pack, m_profile))) {
      say(fmt::format("framewise: warning: {}\n", report::escape_controls(*error)));
    }
  }

  QuestionnaireEnd
  interrupted() const
  {
    std::size_t answered = 0;
    for (const auto& answer : m_profile.answers) {
      answered += answer.answered ? 1 : 0;
    }
    if (m_save_path.empty()) {
      say(fmt::format("\nframewise: interrupted; {} answer{} not saved (add --save-profile FILE to keep them).\n",
                      answered,
                      answered == 1 ? " was" : "s were"));
    } else {
      const std::string path = report::escape_controls(m_save_path);
      say(fmt::format("\nframewise: interrupted; {} answer{} saved in {}; resume with: "
                      "framewise recommend --profile {} --ask-missing --save-profile {}\n",
                      answered,
                      answered == 1 ? " is" : "s are",
                      path,
                      path,
                      path));
    }
    return QuestionnaireEnd::interrupted;
  }

  InterruptGuard m_guard; // first: Ctrl-C is ours before the editor starts
  inline static const std::vector<std::string> k_yes_no = {"yes", "no"};

  const model::RulePack& m_pack;
  model::Profile& m_profile;
  LineEditor m_editor;
  const std::string& m_save_path;
  std::vector<std::uint32_t> m_to_ask;
  bool m_offered_finish = false;
  bool m_finish_now = false;
};

} // namespace

QuestionnaireEnd
ask_questions(const model::RulePack& pack, model::Profile& profile, const std::string& save_path)
{
  return Questionnaire(pack, profile, save_path).run();
}

} // namespace framewise::cli
