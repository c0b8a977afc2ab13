#include "tagging/parse_text.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace actornet::tagging {

namespace {

// Length of the typesetting marker at `k` (before `to`), or 0: a run of
// Markdown emphasis asterisks ("**Russia and Iran**") or a numbered note
// reference ("Israel[3]", "[16]."). Scraped articles carry both; the
// English dictionary knows neither, so a sentence with one gets no complete
// linkage or a wrong one. They are blanked, not dropped, so that every byte
// of the parser's text still maps back to the unit.
std::size_t markup_length(const std::string& src, std::size_t k, std::size_t to) {
  if (src[k] == '*') {
    std::size_t e = k;
    while (e < to && src[e] == '*') ++e;
    return e - k;
  }
  if (src[k] != '[') return 0;
  std::size_t e = k + 1;
  while (e < to && std::isdigit(static_cast<unsigned char>(src[e]))) ++e;
  return e > k + 1 && e < to && src[e] == ']' ? e + 1 - k : 0;
}

// Positions in [begin, end) of single quotation marks: an opening ' after
// a space or bracket and before a letter, and the first later ' that no
// letter follows (so not "Iran's" or "didn't"). Link Grammar finds no
// complete linkage for "condemned Israel for 'violating the law'", and a
// lone closing ' may be a plural possessive ("the countries' needs"), so
// only a matched pair is blanked.
std::set<std::size_t> quote_marks(const std::string& src, std::size_t begin, std::size_t end) {
  auto letter = [&](std::size_t i) {
    return i < end && std::isalnum(static_cast<unsigned char>(src[i])) != 0;
  };
  std::set<std::size_t> out;
  for (std::size_t k = begin; k < end; ++k) {
    if (src[k] != '\'' || !letter(k + 1)) continue;
    if (k > begin && src[k - 1] != ' ' && src[k - 1] != '(' && src[k - 1] != '[') continue;
    for (std::size_t j = k + 1; j < end; ++j) {
      if (src[j] == '\'' && !letter(j + 1)) {
        out.insert(k);
        out.insert(j);
        k = j;
        break;
      }
    }
  }
  return out;
}

// A negative contraction starting at word start `k` (before `to`): its
// length and the words Link Grammar is given for it, or 0. The English
// dictionary of Link Grammar 5.12 links "did not" where it finds no
// complete linkage for "didn't" (e.g. after "but": "Russia condemned the
// strikes but didn't send troops"), so the contraction is spelled out.
std::size_t contraction(const std::string& src, std::size_t k, std::size_t to, std::string& words) {
  auto letter = [&](std::size_t i) {
    return std::isalpha(static_cast<unsigned char>(src[i])) != 0;
  };
  if (k > 0 && (letter(k - 1) || src[k - 1] == '\'')) return 0;
  std::size_t e = k;
  while (e < to && (letter(e) || src[e] == '\'')) ++e;
  const std::size_t len = e - k;
  if (len < 4 || src.compare(e - 3, 3, "n't") != 0) return 0;
  std::string word;
  for (std::size_t i = k; i < e; ++i)
    word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(src[i]))));
  if (word == "won't") {
    words = "will not";
  } else if (word == "can't") {
    words = "can not";
  } else if (word == "shan't") {
    words = "shall not";
  } else {
    words = src.substr(k, len - 3) + " not";
  }
  return len;
}

}  // namespace

// The placeholder: a country name the English dictionary knows as a proper
// noun. Single-word mentions ("Iran", "Iranian", "Moscow") stay as they are,
// so that adjectives remain adjectives.
constexpr const char* kPlaceholder = "Peru";

ParseText parse_text(const corpus::ProcessedDocument& doc, std::size_t begin, std::size_t end,
                     const std::vector<extract::Mention>& mentions) {
  const std::string& src = doc.normalized.text;
  ParseText out;
  const std::set<std::size_t> quotes = quote_marks(src, begin, end);
  auto copy = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
      const std::size_t marker = quotes.count(k) > 0 ? 1 : markup_length(src, k, to);
      for (std::size_t j = 0; j < marker; ++j) {
        out.text.push_back(' ');
        out.start.push_back(k + j);
        out.end.push_back(k + j + 1);
      }
      if (marker > 0) {
        k += marker - 1;
        continue;
      }
      std::string spelled;
      if (const std::size_t n = contraction(src, k, to, spelled); n > 0) {
        for (char c : spelled) {
          out.text.push_back(c);
          out.start.push_back(k);
          out.end.push_back(k + n);
        }
        k += n - 1;
        continue;
      }
      out.text.push_back(src[k]);
      out.start.push_back(k);
      out.end.push_back(k + 1);
    }
  };
  auto put = [&](const std::string& text, std::size_t from, std::size_t to) {
    for (char c : text) {
      out.text.push_back(c);
      out.start.push_back(from);
      out.end.push_back(to);
    }
  };
  std::size_t at = begin;
  for (const extract::Mention& m : mentions) {
    if (m.begin < at || m.end > end || m.begin >= m.end) continue;
    copy(at, m.begin);
    const std::string name = src.substr(m.begin, m.end - m.begin);
    if (name.find_first_of(" .") == std::string::npos) {
      copy(m.begin, m.end);
      at = m.end;
      continue;
    }
    const bool possessive = name.size() > 2 && (name.compare(name.size() - 2, 2, "'s") == 0 ||
                                                name.compare(name.size() - 2, 2, "s'") == 0);
    put(possessive ? std::string(kPlaceholder) + "'s" : kPlaceholder, m.begin, m.end);
    at = m.end;
  }
  copy(at, end);
  return out;
}

namespace {

// The bytes [first, last) of the parser's text that stand for normalised
// [from, to): `start` never decreases along the text, so a binary search
// finds them.
std::pair<std::size_t, std::size_t> bytes_for(const ParseText& text, std::size_t from,
                                              std::size_t to) {
  const auto first = std::lower_bound(text.start.begin(), text.start.end(), from);
  const auto last = std::lower_bound(first, text.start.end(), to);
  return {static_cast<std::size_t>(first - text.start.begin()),
          static_cast<std::size_t>(last - text.start.begin())};
}

}  // namespace

bool blank_asides(ParseText& text, const std::vector<Token>& tokens,
                  const std::vector<CueHit>& hits, const CueIndex& cues) {
  std::vector<bool> in_cue(tokens.size(), false);
  for (const CueHit& h : hits)
    for (std::size_t t = h.first; t <= h.last && t < tokens.size(); ++t) in_cue[t] = true;
  // Whether the parser's text between normalised offsets [from, to) is one
  // comma and spaces, with a space after the comma (not "1,000", not ";").
  auto comma_gap = [&](std::size_t from, std::size_t to) {
    const auto [first, last] = bytes_for(text, from, to);
    const std::string gap = text.text.substr(first, last - first);
    const std::size_t comma = gap.find(',');
    return comma != std::string::npos && comma + 1 < gap.size() && gap[comma + 1] == ' ' &&
           gap.find_first_not_of(' ', comma + 1) == std::string::npos &&
           gap.find_first_not_of(' ') == comma;
  };
  bool blanked = false;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (!tokens[i].comma_before) continue;
    std::size_t j = i;  // the aside is tokens [i, j); tokens[j] follows its closing comma
    while (j < tokens.size() && j - i <= kAsideWords && (j == i || !tokens[j].comma_before)) ++j;
    if (j >= tokens.size() || !tokens[j].comma_before || j - i > kAsideWords) continue;
    bool plain = true;
    for (std::size_t t = i; t < j && plain; ++t)
      plain = tokens[t].actor < 0 && !tokens[t].modifier && !in_cue[t] &&
              !cues.modifier_at(tokens, t, extract::ModifierType::kNegation) &&
              !cues.modifier_at(tokens, t, extract::ModifierType::kModality);
    for (std::size_t t = i - 1; t <= j && plain; ++t) plain = tokens[t].clause == tokens[i].clause;
    if (!plain || !comma_gap(tokens[i - 1].end, tokens[i].begin) ||
        !comma_gap(tokens[j - 1].end, tokens[j].begin))
      continue;
    // From the end of the word before the aside to the start of the one
    // after: both commas and the aside become spaces.
    const auto [first, last] = bytes_for(text, tokens[i - 1].end, tokens[j].begin);
    for (std::size_t k = first; k < last; ++k) text.text[k] = ' ';
    blanked = true;
    i = j - 1;  // the closing comma may open the next aside
  }
  return blanked;
}

namespace {

// Whether `word` can be written over token `t`'s bytes: they are copied one
// to one (not a placeholder or a spelled-out contraction) and no fewer.
bool respellable(const ParseText& text, const Token& t, const std::string& word) {
  const auto [first, last] = bytes_for(text, t.begin, t.end);
  return last - first == t.end - t.begin && word.size() <= last - first;
}

// Writes `word` over token `t`'s bytes, padded with spaces (respellable).
void respell(ParseText& text, const Token& t, const std::string& word) {
  const auto [first, last] = bytes_for(text, t.begin, t.end);
  for (std::size_t k = first; k < last; ++k)
    text.text[k] = k - first < word.size() ? word[k - first] : ' ';
}

}  // namespace

bool respell_coordination(ParseText& text, const std::vector<Token>& tokens) {
  static const std::set<std::string> auxiliaries = {
      "has",   "have",  "had",    "is",   "are", "was",   "were", "will", "would", "can",
      "could", "shall", "should", "must", "may", "might", "did",  "does", "do"};
  bool changed = false;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const std::string& previous = tokens[i - 1].text;
    if (tokens[i].text == "neither" && auxiliaries.count(previous) > 0) {
      for (std::size_t k = i + 1; k < tokens.size() && tokens[k].clause == tokens[i].clause; ++k) {
        if (tokens[k].text != "nor") continue;
        if (respellable(text, tokens[i], "not") && respellable(text, tokens[k], "or")) {
          respell(text, tokens[i], "not");
          respell(text, tokens[k], "or");
          changed = true;
        }
        break;
      }
    }
    if (tokens[i].text == "would" && (previous == "and" || previous == "but" || previous == "or") &&
        respellable(text, tokens[i], "will")) {
      respell(text, tokens[i], "will");
      changed = true;
    }
  }
  return changed;
}

}  // namespace actornet::tagging
