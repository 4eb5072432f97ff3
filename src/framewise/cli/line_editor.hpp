#pragma once

#include <framewise/cli/line_input.hpp>

#include <memory>
#include <string>
#include <vector>

namespace framewise::cli {

// Reads the answers typed at the questionnaire's prompt. On a capable terminal
// it uses libedit: arrow keys, history of earlier answers, and Tab completion
// of the question's option names. When TERM is unset or "dumb", or libedit
// cannot start, it falls back to plain line reading, which always works.
// Prompts are written to stderr either way.
class LineEditor
{
public:
  LineEditor();
  ~LineEditor();
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  // Shows `prompt` and reads one line; Tab completes from `completions`.
  LineResult read(const std::string& prompt, const std::vector<std::string>& completions);

  struct State;

private:
  std::unique_ptr<State> m_state; // null in plain mode
};

} // namespace framewise::cli
