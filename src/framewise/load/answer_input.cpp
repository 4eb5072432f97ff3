#include <framewise/load/answer_input.hpp>
#include <framewise/load/source_text.hpp>
#include <framewise/load/spellcheck.hpp>
#include <framewise/load/text_rules.hpp>
#include <framewise/model/boolean_words.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace framewise::load {

namespace {

std::string
lowercase(std::string_view text)
{
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view
trim(std::string_view text)
{
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    return {};
  }
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

// A whole number, with at most one sign ("+5" is 5; "+-5" is no number).
std::optional<std::int64_t>
whole_number(std::string_view text)
{
  if (text.size() > 1 && text.front() == '+' && text[1] >= '0' && text[1] <= '9') {
    text.remove_prefix(1);
  }
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) {
    return std::nullopt;
  }
  return value;
}

// Digits with at most one sign that do not fit 64 bits: a number, out of range.
bool
is_huge_number(std::string_view text)
{
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    text.remove_prefix(1);
  }
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::size_t
code_points(std::string_view text)
{
  return static_cast<std::size_t>(
    std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The words of a label ("CRUD / CMS / back-office web site": crud, cms,
// back-office, web, site), lowercase.
std::vector<std::string>
label_words(std::string_view label)
{
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = 0; i <= label.size(); ++i) {
    const char c = i < label.size() ? label[i] : ' ';
    const bool part = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '_' || (static_cast<unsigned char>(c) >= 0x80);
    if (part) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(folded_name(word));
      word.clear();
    }
  }
  return words;
}

std::vector<std::string>
option_ids(const model::Question& question)
{
  std::vector<std::string> ids;
  for (const auto& option : question.options) {
    ids.push_back(option.id);
  }
  return ids;
}

// The index of the option `text` names, by 1-based number or by id.
std::variant<std::uint32_t, std::string>
option_of(const model::Question& question, std::string_view text)
{
  const std::size_t count = question.options.size();
  if (const auto number = whole_number(text)) {
    if (*number >= 1 && static_cast<std::size_t>(*number) <= count) {
      return static_cast<std::uint32_t>(*number - 1);
    }
    return fmt::format("{} is not one of the numbers 1 to {}", *number, count);
  }
  const std::string name = lowercase(text);
  const int index = question.option_index(name);
  if (index >= 0) {
    return static_cast<std::uint32_t>(index);
  }
  const auto ids = option_ids(question);
  // A prefix of one id, or a word of one label (`web`, `cms` for web_app).
  // Not for an open list, where any other text is an item of its own.
  if (!question.open_list && !name.empty()) {
    std::vector<std::uint32_t> matches;
    for (std::uint32_t i = 0; i < count; ++i) {
      const auto words = label_words(question.options[i].label);
      if (question.options[i].id.starts_with(name) || std::find(words.begin(), words.end(), name) != words.end()) {
        matches.push_back(i);
      }
    }
    if (matches.size() == 1) {
      return matches.front();
    }
    if (matches.size() > 1) {
      std::vector<std::string> names;
      for (const auto i : matches) {
        names.push_back(ids[i]);
      }
      return fmt::format("'{}' could be {}; type more of the name", text, fmt::join(names, " or "));
    }
  }
  const std::string suggestion = closest_match(lowercase(text), ids);
  return suggestion.empty() ? fmt::format("'{}' is not an option; type a number from 1 to {} or a name", text, count)
                            : fmt::format("'{}' is not an option; did you mean '{}'?", text, suggestion);
}

} // namespace

std::variant<TypedAnswer, std::string>
parse_typed_answer(const model::Question& question, std::string_view typed)
{
  const std::string_view text = trim(typed);
  if (const auto bad = find_control_character(text)) {
    return fmt::format("the answer contains {}", *bad);
  }
  if (find_invalid_utf8(text)) {
    return std::string("the answer is not valid UTF-8; set the terminal to UTF-8");
  }
  TypedAnswer result;
  result.answer.answered = true;
  switch (question.type) {
  case model::QuestionType::boolean: {
    const auto value = model::boolean_word(text);
    if (!value) {
      return fmt::format("answer y or n ({})", model::k_boolean_words_text);
    }
    result.answer.value = *value ? 1 : 0;
    return result;
  }
  case model::QuestionType::integer: {
    std::string_view digits = text;
    // "60%" for a question asked as a percentage.
    if (digits.ends_with('%') && question.prompt.find('%') != std::string::npos) {
      digits = trim(digits.substr(0, digits.size() - 1));
    }
    const auto number = whole_number(digits);
    if (!number && is_huge_number(digits)) {
      return fmt::format("{} is out of range; type a whole number from {} to {}",
                         digits.size() > 24 ? std::string(digits.substr(0, 21)) + "..." : std::string(digits),
                         question.min, question.max);
    }
    if (!number) {
      return fmt::format("type a whole number from {} to {}", question.min, question.max);
    }
    if (*number < question.min || *number > question.max) {
      return fmt::format("{} is out of range; type a whole number from {} to {}", *number, question.min, question.max);
    }
    result.answer.value = *number;
    return result;
  }
  case model::QuestionType::choice: {
    auto option = option_of(question, text);
    if (auto* error = std::get_if<std::string>(&option)) {
      return std::move(*error);
    }
    result.answer.value = std::get<std::uint32_t>(option);
    return result;
  }
  case model::QuestionType::list:
    break;
  }
  std::vector<std::string_view> items;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    if (const std::string_view item = trim(text.substr(start, comma - start)); !item.empty()) {
      items.push_back(item);
    }
    start = comma + 1;
  }
  // "none" is the empty list, never an item: the prompt shows an open list
  // holding the free item "none" as [none], which must not type back as [].
  const auto is_none = [](std::string_view item) { return lowercase(item) == "none"; };
  if (items.size() == 1 && is_none(items.front())) {
    return result;
  }
  if (std::any_of(items.begin(), items.end(), is_none)) {
    return std::string("'none' means no items; type it alone");
  }
  for (const std::string_view item : items) {
    auto option = option_of(question, item);
    if (const auto* index = std::get_if<std::uint32_t>(&option)) {
      if (((result.answer.items >> *index) & 1U) == 0) {
        result.answer.items |= std::uint64_t{1} << *index;
        ++result.answer.item_count;
      }
    } else if (question.open_list && !whole_number(item) && code_points(item) <= model::k_max_free_item_chars) {
      result.other_items.emplace_back(item);
      ++result.answer.item_count;
    } else {
      return std::get<std::string>(option);
    }
  }
  if (result.answer.item_count == 0) {
    return std::string("type one or more options separated by commas, or 'none'");
  }
  return result;
}

} // namespace framewise::load
