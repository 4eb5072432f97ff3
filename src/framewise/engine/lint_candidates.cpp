#include <framewise/engine/lint_candidates.hpp>

#include <algorithm>

namespace framewise::engine {

bool
is_comparison(model::Op op)
{
  return op != model::Op::all && op != model::Op::any && op != model::Op::not_;
}

std::vector<model::Answer>
lint_candidates(const model::Question& question, std::uint32_t index, const model::Condition& condition)
{
  std::vector<model::Answer> out{model::Answer{}};
  const auto answer = [](std::int64_t value, std::uint64_t items = 0, std::uint32_t count = 0) {
    return model::Answer{true, value, items, count};
  };
  switch (question.type) {
  case model::QuestionType::boolean:
    out.push_back(answer(0));
    out.push_back(answer(1));
    break;
  case model::QuestionType::choice:
    for (std::size_t i = 0; i < question.options.size(); ++i) {
      out.push_back(answer(static_cast<std::int64_t>(i)));
    }
    break;
  case model::QuestionType::list: {
    std::vector<std::uint64_t> masks{0};
    const std::size_t count = question.options.size();
    masks.push_back(count >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << count) - 1);
    for (std::size_t i = 0; i < count; ++i) {
      masks.push_back(std::uint64_t{1} << i);
    }
    for (const auto& node : condition.nodes) {
      if (is_comparison(node.op) && node.subject == index) {
        masks.push_back(node.mask);
      }
    }
    std::sort(masks.begin(), masks.end());
    masks.erase(std::unique(masks.begin(), masks.end()), masks.end());
    for (const auto mask : masks) {
      out.push_back(answer(0, mask, static_cast<std::uint32_t>(__builtin_popcountll(mask))));
    }
    break;
  }
  case model::QuestionType::integer: {
    std::vector<std::int64_t> values{question.min, question.max};
    for (const auto& node : condition.nodes) {
      if (is_comparison(node.op) && node.subject == index) {
        for (const std::int64_t delta : {-1, 0, 1}) {
          // Thresholds are within the range (a load error otherwise), so
          // only the neighbours can step outside it.
          const std::int64_t value = node.number + delta;
          if (value >= question.min && value <= question.max) {
            values.push_back(value);
          }
        }
      }
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    for (const auto value : values) {
      out.push_back(answer(value));
    }
    break;
  }
  }
  return out;
}

} // namespace framewise::engine
