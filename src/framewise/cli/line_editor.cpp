#include <framewise/cli/line_editor.hpp>

#include <histedit.h>

#include <algorithm>
#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include <unistd.h>

namespace framewise::cli {

struct LineEditor::State
{
  EditLine* editor = nullptr;
  History* history = nullptr;
  std::string prompt;
  const std::vector<std::string>* completions = nullptr;
};

namespace {

LineEditor::State*
state_of(EditLine* editor)
{
  void* data = nullptr;
  el_get(editor, EL_CLIENTDATA, &data);
  return static_cast<LineEditor::State*>(data);
}

char*
prompt_of(EditLine* editor)
{
  return state_of(editor)->prompt.data();
}

// Reads one character for libedit with read(2), decoding UTF-8, so that Ctrl-C
// (EINTR plus the interrupt flag) ends the read instead of being retried.
int
read_character(EditLine*, wchar_t* out)
{
  unsigned char bytes[4];
  std::size_t length = 0;
  std::size_t expected = 1;
  while (length < expected) {
    if (interrupt_requested()) {
      return -1;
    }
    const ssize_t count = ::read(STDIN_FILENO, &bytes[length], 1);
    if (count < 0 && errno == EINTR) {
      continue;
    }
    if (count <= 0) {
      return 0; // end of input
    }
    if (length == 0) {
      const unsigned char lead = bytes[0];
      expected = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    }
    ++length;
  }
  std::mbstate_t state{};
  wchar_t character = 0;
  const std::size_t used = std::mbrtowc(&character, reinterpret_cast<const char*>(bytes), length, &state);
  *out = used == static_cast<std::size_t>(-1) || used == static_cast<std::size_t>(-2) ? L'?' : character;
  return 1;
}

// Tab: completes the word under the cursor (after the last ',' or space) from
// the question's option names; lists them when several fit.
unsigned char
complete(EditLine* editor, int)
{
  const LineEditor::State* state = state_of(editor);
  const LineInfo* line = el_line(editor);
  const std::string_view before(line->buffer, static_cast<std::size_t>(line->cursor - line->buffer));
  const std::size_t start = before.find_last_of(", ");
  const std::string_view word = start == std::string_view::npos ? before : before.substr(start + 1);
  std::vector<std::string> matches;
  for (const auto& candidate : *state->completions) {
    if (candidate.starts_with(word)) {
      matches.push_back(candidate);
    }
  }
  if (matches.empty()) {
    return CC_ERROR;
  }
  std::string common = matches.front();
  for (const auto& match : matches) {
    common.resize(static_cast<std::size_t>(
      std::mismatch(common.begin(), common.end(), match.begin(), match.end()).first - common.begin()));
  }
  if (common.size() > word.size()) {
    el_insertstr(editor, common.substr(word.size()).c_str());
    return CC_REFRESH;
  }
  std::string listing = "\n";
  for (const auto& match : matches) {
    listing += "  " + match;
  }
  listing += "\n";
  std::fputs(listing.c_str(), stderr);
  return CC_REDISPLAY;
}

bool
terminal_can_edit()
{
  const char* term = std::getenv("TERM");
  return term != nullptr && *term != '\0' && std::string_view(term) != "dumb" && ::isatty(STDIN_FILENO) == 1 &&
         ::isatty(STDERR_FILENO) == 1;
}

} // namespace

LineEditor::LineEditor()
{
  if (!terminal_can_edit()) {
    return;
  }
  // libedit converts wide characters back to text with the C library, which
  // needs a UTF-8 locale to pass non-ASCII answers through.
  std::setlocale(LC_CTYPE, "C.UTF-8");
  auto state = std::make_unique<State>();
  state->editor = el_init("framewise", stdin, stderr, stderr);
  if (state->editor == nullptr) {
    return;
  }
  el_set(state->editor, EL_CLIENTDATA, state.get());
  el_set(state->editor, EL_SIGNAL, 0); // Ctrl-C is ours: see InterruptGuard
  el_set(state->editor, EL_EDITOR, "emacs");
  el_set(state->editor, EL_PROMPT, prompt_of);
  el_set(state->editor, EL_GETCFN, read_character);
  el_set(state->editor, EL_ADDFN, "framewise-complete", "Complete an option name", complete);
  el_set(state->editor, EL_BIND, "^I", "framewise-complete", nullptr);
  state->history = history_init();
  if (state->history != nullptr) {
    HistEvent event;
    history(state->history, &event, H_SETSIZE, 200);
    el_set(state->editor, EL_HIST, history, state->history);
  }
  m_state = std::move(state);
}

LineEditor::~LineEditor()
{
  if (m_state) {
    el_end(m_state->editor);
    if (m_state->history != nullptr) {
      history_end(m_state->history);
    }
  }
}

LineResult
LineEditor::read(const std::string& prompt, const std::vector<std::string>& completions)
{
  if (!m_state) {
    std::fputs(prompt.c_str(), stderr);
    std::fflush(stderr);
    return read_line();
  }
  m_state->prompt = prompt;
  m_state->completions = &completions;
  int count = 0;
  const char* line = el_gets(m_state->editor, &count);
  if (interrupt_requested()) {
    return {LineStatus::interrupted, {}};
  }
  if (line == nullptr) {
    std::fputs("\n", stderr);
    return {LineStatus::end_of_input, {}};
  }
  std::string text(line, static_cast<std::size_t>(count));
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
    text.pop_back();
  }
  if (!text.empty() && m_state->history != nullptr) {
    HistEvent event;
    history(m_state->history, &event, H_ENTER, text.c_str());
  }
  return {LineStatus::line, std::move(text)};
}

} // namespace framewise::cli
