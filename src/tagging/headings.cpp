#include "tagging/headings.hpp"

#include <cctype>

namespace actornet::tagging {

void sentence_case(ParseText& text, const std::vector<extract::Mention>& mentions) {
  auto word_start = [&](std::size_t k) { return k == 0 || text.text[k - 1] == ' '; };
  auto upper = [&](std::size_t k) {
    return std::isupper(static_cast<unsigned char>(text.text[k])) != 0;
  };
  auto alpha = [&](std::size_t k) {
    return std::isalpha(static_cast<unsigned char>(text.text[k])) != 0;
  };
  std::size_t words = 0, capitalised = 0;
  for (std::size_t k = 0; k < text.text.size(); ++k) {
    if (!word_start(k) || !alpha(k)) continue;
    ++words;
    if (upper(k)) ++capitalised;
  }
  if (!is_title_case(words, capitalised)) return;
  auto in_mention = [&](std::size_t k) {
    for (const extract::Mention& m : mentions)
      if (text.start[k] >= m.begin && text.start[k] < m.end) return true;
    return false;
  };
  bool first = true;
  for (std::size_t k = 0; k < text.text.size(); ++k) {
    if (!word_start(k) || !alpha(k)) continue;
    const bool acronym = k + 1 < text.text.size() && upper(k + 1);  // "EU", "NATO"
    if (!first && !in_mention(k) && upper(k) && !acronym)
      text.text[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(text.text[k])));
    first = false;
  }
}

}  // namespace actornet::tagging
