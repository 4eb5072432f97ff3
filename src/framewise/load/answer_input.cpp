#include <framewise/load/answer_input.hpp>
#include <framewise/load/source_text.hpp>
#include <framewise/load/spellcheck.hpp>
#include <framewise/load/text_rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace framewise::load {

namespace {

std::string
lowercase(std::string_view text)
{
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
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

std::optional<std::int64_t>
whole_number(std::string_view text)
{
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) {
    return std::nullopt;
  }
  return value;
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
  const int index = question.option_index(lowercase(text));
  if (index >= 0) {
    return static_cast<std::uint32_t>(index);
  }
  const auto ids = option_ids(question);
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
    const std::string word = lowercase(text);
    if (word == "y" || word == "yes" || word == "true") {
      result.answer.value = 1;
    } else if (word == "n" || word == "no" || word == "false") {
      result.answer.value = 0;
    } else {
      return std::string("answer y or n");
    }
    return result;
  }
  case model::QuestionType::integer: {
    const auto number = whole_number(text);
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
    } else if (question.open_list && !whole_number(item) && item.size() <= 64) {
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
