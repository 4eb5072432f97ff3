#include <framewise/cli/help_formatter.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace framewise::cli {

namespace {

// The left column (option names) of CLI11's layout, and the narrowest right
// column worth wrapping into.
constexpr std::size_t k_name_column = 30;
constexpr std::size_t k_min_text_column = 30;

// `text` wrapped to `width`, lines joined by '\n' (CLI11 indents each new line
// to the description column).
std::string
wrapped(std::string_view text, std::size_t width)
{
  return fmt::format("{}", fmt::join(report::wrap(text, width), "\n"));
}

// Up to the end of the first sentence: enough to pick a command from a list.
std::string_view
first_sentence(std::string_view text)
{
  const std::size_t end = text.find(". ");
  return end == std::string_view::npos ? text : text.substr(0, end + 1);
}

class WrappingFormatter : public CLI::Formatter
{
public:
  explicit WrappingFormatter(std::size_t width)
      : m_width(width)
  {
    column_width(k_name_column);
  }

  std::string
  make_option_desc(const CLI::Option* option) const override
  {
    return wrapped(CLI::Formatter::make_option_desc(option), text_column());
  }

  std::string
  make_subcommand(const CLI::App* command) const override
  {
    std::string out = fmt::format("  {:<{}}", command->get_display_name(true), k_name_column - 2);
    if (out.size() > k_name_column) {
      out += "\n" + std::string(k_name_column, ' ');
    }
    const auto lines = report::wrap(first_sentence(command->get_description()), text_column());
    for (std::size_t i = 0; i < lines.size(); ++i) {
      out += (i == 0 ? "" : "\n" + std::string(k_name_column, ' ')) + lines[i];
    }
    return out + "\n";
  }

  std::string
  make_description(const CLI::App* app) const override
  {
    const std::string description = CLI::Formatter::make_description(app);
    return description.empty() ? description : wrapped(description, m_width) + "\n";
  }

  // Footers hold examples laid out by hand: keep each line, wrapping only a
  // prose line too wide for the terminal.
  std::string
  make_footer(const CLI::App* app) const override
  {
    const std::string footer = app->get_footer();
    if (footer.empty()) {
      return footer;
    }
    std::string out;
    std::size_t start = 0;
    while (start <= footer.size()) {
      const std::size_t end = std::min(footer.find('\n', start), footer.size());
      const std::string_view line = std::string_view(footer).substr(start, end - start);
      // An indented line is an example to copy: never broken.
      if (report::display_width(line) <= m_width || line.starts_with(' ')) {
        out += std::string(line) + "\n";
      } else {
        for (const auto& part : report::wrap(line, m_width)) {
          out += part + "\n";
        }
      }
      start = end + 1;
    }
    return out;
  }

private:
  std::size_t
  text_column() const
  {
    return m_width > k_name_column + k_min_text_column ? m_width - k_name_column : k_min_text_column;
  }

  std::size_t m_width;
};

} // namespace

std::shared_ptr<CLI::Formatter>
make_help_formatter(std::size_t width)
{
  return std::make_shared<WrappingFormatter>(width);
}

} // namespace framewise::cli
