#include <framewise/cli/atomic_file.hpp>
#include <framewise/cli/line_editor.hpp>
#include <framewise/cli/line_input.hpp>
#include <framewise/cli/questionnaire.hpp>
#include <framewise/cli/terminal.hpp>
#include <framewise/engine/settled.hpp>
#include <framewise/load/answer_input.hpp>
#include <framewise/report/answer_format.hpp>
#include <framewise/report/recommend/profile_yaml.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <algorithm>
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
  Questionnaire(const model::RulePack& pack, model::Profile& profile, const std::string& save_path, bool resumed)
      : m_guard()
      , m_pack(pack)
      , m_profile(profile)
      , m_save_path(save_path)
      , m_resumed_file(resumed)
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
      say(wrapped("", "framewise: every question is already answered.", 0));
      return QuestionnaireEnd::finished;
    }
    say(wrapped("", fmt::format("framewise: {} questions. Type ? for help, b to go back, s to skip.", m_to_ask.size()),
                0) +
        wrapped("", "Enter keeps the answer in brackets (or skips); Ctrl-D finishes now.", 0));
    std::size_t at = 0;
    while (at < m_to_ask.size()) {
      const std::uint32_t q = m_to_ask[at];
      const std::string prompt = ask(q, at);
      const LineResult line = m_editor.read(prompt, completions(q));
      if (line.status == LineStatus::interrupted) {
        return interrupted();
      }
      if (line.status == LineStatus::end_of_input) {
        say("\n" + wrapped("", "framewise: stopping here; the remaining questions stay unanswered.", 0));
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
          say(wrapped("  ", report::escape_controls(*error), 2));
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
    return m_save_error.empty() ? QuestionnaireEnd::finished : QuestionnaireEnd::finished_unsaved;
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
    // The rule pack may come from --rules: its text is data, escaped. Lines
    // are wrapped at spaces to the terminal, as --help is, with a hanging
    // indent, so the terminal never splits a word.
    std::string out = "\n" + wrapped(fmt::format("[{}/{}] ", at + 1, m_to_ask.size()),
                                     fmt::format("{}: {} ({})", question.id, report::escape_controls(question.prompt),
                                                 type_hint(question)),
                                     4);
    if (question.type == QuestionType::choice || question.type == QuestionType::list) {
      for (std::size_t i = 0; i < question.options.size(); ++i) {
        const std::string columns = fmt::format("  {:>2}) {:<14} ", i + 1, question.options[i].id);
        out += wrapped(columns, report::escape_controls(question.options[i].label), report::display_width(columns));
      }
    }
    say(out);
    const model::Answer& current = m_profile.answers[q];
    return current.answered
             ? fmt::format("[{}] > ",
                           report::escape_controls(report::answer_text(question, current, &m_profile.other_items[q])))
             : std::string("> ");
  }

  void
  help(std::uint32_t q)
  {
    const model::Question& question = m_pack.questions[q];
    std::string help_text = question.help; // its line breaks are only where the YAML was folded
    std::replace(help_text.begin(), help_text.end(), '\n', ' ');
    std::string out = wrapped("  ", report::escape_controls(help_text), 2);
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
        out += wrapped("    ", fmt::format("{} ({})", m_pack.rules[r].id, fmt::join(effects, ", ")), 6);
      }
    }
    out += wrapped("  ", fmt::format("[{}]", report::escape_controls(question.source)), 3);
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
    say("\n" + wrapped("",
                       fmt::format("The remaining {} question{} cannot change the recommendation.", remaining,
                                   remaining == 1 ? "" : "s"),
                       0));
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

  // `prefix` then `text` wrapped at spaces to the terminal's width, the
  // lines after the first indented by `indent` spaces; each line ends with a
  // newline. The prefix (a number and an option id in columns) is kept as it is.
  static std::string
  wrapped(const std::string& prefix, std::string_view text, std::size_t indent)
  {
    // One column spare: a line that fills the last column makes some
    // terminals wrap early.
    const std::size_t width = std::max<std::size_t>(prompt_width(), 30) - 1;
    std::string out = prefix;
    std::size_t column = report::display_width(prefix);
    bool line_has_word = false;
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t end = std::min(text.find(' ', start), text.size());
      const std::string_view word = text.substr(start, end - start);
      start = end + 1;
      if (word.empty()) {
        continue;
      }
      const std::size_t word_width = report::display_width(word);
      if (line_has_word && column + 1 + word_width > width) {
        out += "\n" + std::string(indent, ' ');
        column = indent;
        line_has_word = false;
      }
      if (line_has_word) {
        out += ' ';
        ++column;
      }
      out += word;
      column += word_width;
      line_has_word = true;
    }
    return out + "\n";
  }

  // Saves after every answer. A failure is said at once, with the reason; the
  // session goes on (the answers are still in memory, and the report will be
  // printed) but never claims they are saved, and ends with a non-zero exit.
  void
  save()
  {
    if (m_save_path.empty()) {
      return;
    }
    if (const auto error =
          write_file_atomically(m_save_path, report::render_profile_yaml(m_pack, m_profile, m_save_path))) {
      m_save_error = *error;
      say(wrapped("", fmt::format("framewise: output: the answers are NOT saved: {}", report::escape_controls(*error)),
                  2));
      return;
    }
    m_save_error.clear();
    m_saved_once = true;
  }

  QuestionnaireEnd
  interrupted() const
  {
    std::size_t answered = 0;
    for (const auto& answer : m_profile.answers) {
      answered += answer.answered ? 1 : 0;
    }
    const std::string path = report::escape_controls(m_save_path);
    if (m_save_path.empty()) {
      say(fmt::format("\nframewise: interrupted; {} answer{} not saved (add --save-profile FILE to keep them).\n",
                      answered, answered == 1 ? " was" : "s were"));
    } else if (!m_save_error.empty()) {
      say(fmt::format("\nframewise: interrupted; {} answer{} NOT saved: the last save to {} failed ({})\n", answered,
                      answered == 1 ? " is" : "s are", path, report::escape_controls(m_save_error)));
    } else if (!m_saved_once && !m_resumed_file) {
      say(fmt::format("\nframewise: interrupted before any answer; nothing was written to {}\n", path));
    } else {
      say(fmt::format("\nframewise: interrupted; {} answer{} saved in {}; resume with: {}\n", answered,
                      answered == 1 ? " is" : "s are", path, report::resume_command(m_save_path)));
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
  std::string m_save_error; // why the last save failed; empty when it worked
  bool m_saved_once = false;
  bool m_resumed_file = false; // m_save_path already holds the answers read
  bool m_offered_finish = false;
  bool m_finish_now = false;
};

} // namespace

QuestionnaireEnd
ask_questions(const model::RulePack& pack, model::Profile& profile, const std::string& save_path,
              bool save_path_holds_profile)
{
  return Questionnaire(pack, profile, save_path, save_path_holds_profile).run();
}

} // namespace framewise::cli
