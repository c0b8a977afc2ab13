#include "tagging/tokens.hpp"

#include "tagging/institution_names.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>

namespace actornet::tagging {

namespace {

bool is_word_char(char ch) {
  const auto c = static_cast<unsigned char>(ch);
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text + " ") {
    if (c == ' ') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  return words;
}

// Phrases that contain a negation word but do not negate what follows.
bool false_negation(const std::vector<Token>& tokens, std::size_t i) {
  static const std::set<std::pair<std::string, std::string>> phrases = {
      {"not", "only"}, {"no", "doubt"}, {"not", "hesitate"}, {"without", "doubt"}, {"no", "less"}};
  return i + 1 < tokens.size() && phrases.count({tokens[i].text, tokens[i + 1].text}) > 0;
}

bool all_digits(const std::string& word) {
  return !word.empty() &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int year_of(const std::string& token) {
  if (token.size() != 4 || !all_digits(token)) return 0;
  const int y = std::atoi(token.c_str());
  return (y >= 1000 && y <= 2099) ? y : 0;
}

// A four-digit number is read as a year only in a date-like context: after
// a preposition or month ("in 1995", "June 2025", "1991-2013"), or closing
// the phrase (before punctuation or the end). "sold 1500 tanks" and
// "Resolution 1929" are not years.
int year_in_context(const std::vector<Token>& tokens, std::size_t k) {
  const int y = year_of(tokens[k].text);
  if (y == 0) return 0;
  static const std::set<std::string> before = {
      "in",     "since",   "until",     "till",     "by",       "from",     "during", "after",
      "before", "between", "and",       "to",       "of",       "early",    "late",   "mid",
      "around", "circa",   "january",   "february", "march",    "april",    "may",    "june",
      "july",   "august",  "september", "october",  "november", "december", "summer", "winter",
      "spring", "autumn",  "fall",      "year",     "the"};
  const std::string prev = k > 0 ? tokens[k - 1].text : "";
  if (prev == "resolution" || prev == "no") return 0;
  if (before.count(prev) > 0 || (k > 0 && year_of(prev) != 0)) return y;
  const bool closes = k + 1 == tokens.size() || tokens[k + 1].comma_before ||
                      tokens[k + 1].clause != tokens[k].clause;
  return closes ? y : 0;
}

// The month "May", not the modal: capitalised in the text, after a word
// that takes a date ("in May", "since May", "15 May") or before a number
// ("May 2025", "May 15"). A capitalised "May" elsewhere is the modal
// ("Moscow May Seek Talks", "May Russia ...").
void mark_months(const std::string& text, std::vector<Token>& tokens) {
  static const std::set<std::string> before = {
      "in",  "since", "until", "till", "by", "from", "during", "early",  "late",
      "mid", "last",  "next",  "this", "of", "on",   "to",     "before", "after"};
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    Token& t = tokens[k];
    if (t.text != "may" || text.compare(t.begin, 3, "May") != 0) continue;
    const bool after_date_word =
        k > 0 && (before.count(tokens[k - 1].text) > 0 || all_digits(tokens[k - 1].text));
    const bool before_number = k + 1 < tokens.size() && all_digits(tokens[k + 1].text);
    t.month = after_date_word || before_number;
  }
}

}  // namespace

bool opens_clause(const std::string& word) {
  static const std::set<std::string> words = {"but",    "while",   "whereas", "although",
                                              "though", "however", "yet"};
  return words.count(word) > 0;
}

bool is_title_case(std::size_t words, std::size_t capitalised) {
  return words >= 3 && capitalised * 2 > words;
}

std::vector<Token> tokenize(const corpus::ProcessedDocument& doc, std::size_t begin,
                            std::size_t end, const std::vector<extract::Mention>& mentions) {
  const std::string& folded = doc.normalized.folded;
  std::vector<Token> tokens;
  std::size_t clause = 0;
  bool boundary = false;
  bool comma = false;
  for (std::size_t i = begin; i < end;) {
    const char c = folded[i];
    if (!is_word_char(c)) {
      if (c == ';' || c == ':' || c == '|' || c == '?') boundary = true;
      if (c == ',') comma = true;
      if (c == '-' && i > begin && folded[i - 1] == ' ' && i + 1 < end && folded[i + 1] == ' ')
        boundary = true;
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < end && (is_word_char(folded[j]) ||
                       (folded[j] == '\'' && j + 1 < end && is_word_char(folded[j + 1])))) {
      ++j;
    }
    Token t;
    t.begin = i;
    t.end = j;
    t.text = folded.substr(i, j - i);
    if (!tokens.empty() && (boundary || opens_clause(t.text))) ++clause;
    t.clause = clause;
    t.comma_before = comma;
    boundary = false;
    comma = false;
    tokens.push_back(std::move(t));
    i = j;
  }
  for (const extract::Mention& m : mentions) {
    for (Token& t : tokens) {
      if (t.begin < m.end && t.end > m.begin) t.actor = m.actor;
    }
  }
  mark_institution_names(doc.normalized.text, tokens);
  mark_months(doc.normalized.text, tokens);
  return tokens;
}

bool words_at(const std::vector<Token>& tokens, std::size_t i,
              const std::vector<std::string>& words) {
  if (i + words.size() > tokens.size()) return false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string& t = tokens[i + k].text;
    const std::string& w = words[k];
    if (w == "n't") {  // any contraction: didn't, won't, can't
      if (t.size() < 3 || t.compare(t.size() - 3, 3, "n't") != 0) return false;
    } else if (t != w) {
      return false;
    }
    if (tokens[i + k].clause != tokens[i].clause) return false;
  }
  return true;
}

CueIndex::CueIndex(const extract::Lexicon& lexicon) : lexicon_(lexicon) {
  const auto& cues = lexicon_.cues();
  for (std::size_t i = 0; i < cues.size(); ++i) {
    cue_words_.push_back(split_words(cues[i].text));
    if (cues[i].prefix && cue_words_.back().size() == 1)
      prefix_cues_.push_back(i);
    else
      cues_by_first_word_[cue_words_.back().front()].push_back(i);
  }
  for (auto& [word, list] : cues_by_first_word_) {
    std::stable_sort(list.begin(), list.end(), [this](std::size_t a, std::size_t b) {
      return cue_words_[a].size() > cue_words_[b].size();
    });
  }
  for (const extract::Modifier& m : lexicon_.modifiers())
    modifiers_.emplace_back(m.type, split_words(m.text));
}

void CueIndex::mark_modifiers(std::vector<Token>& tokens) const {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (const auto& [type, words] : modifiers_) {
      if (type != extract::ModifierType::kNegation && type != extract::ModifierType::kModality)
        continue;
      if (words.size() < 2 || !words_at(tokens, i, words)) continue;
      for (std::size_t k = 0; k < words.size(); ++k) tokens[i + k].modifier = true;
    }
  }
}

std::vector<CueHit> CueIndex::find(const std::vector<Token>& tokens) const {
  std::vector<CueHit> hits;
  for (std::size_t i = 0; i < tokens.size();) {
    if (tokens[i].actor >= 0 || tokens[i].modifier || tokens[i].in_name) {
      ++i;
      continue;
    }
    bool found = false;
    auto it = cues_by_first_word_.find(tokens[i].text);
    if (it != cues_by_first_word_.end()) {
      for (std::size_t c : it->second) {
        const auto& words = cue_words_[c];
        const bool last_prefix = lexicon_.cues()[c].prefix;
        bool match = i + words.size() <= tokens.size();
        for (std::size_t k = 0; match && k < words.size(); ++k) {
          const Token& t = tokens[i + k];
          const bool prefix_word = last_prefix && k + 1 == words.size();
          match = t.actor < 0 && !t.modifier && !t.in_name && t.clause == tokens[i].clause &&
                  (k == 0 || !t.comma_before) &&
                  (prefix_word ? t.text.rfind(words[k], 0) == 0 : t.text == words[k]);
        }
        if (match) {
          hits.push_back({c, i, i + words.size() - 1});
          i += words.size();
          found = true;
          break;
        }
      }
    }
    if (!found) {
      for (std::size_t c : prefix_cues_) {
        if (tokens[i].text.rfind(cue_words_[c].front(), 0) == 0) {
          hits.push_back({c, i, i});
          break;
        }
      }
      ++i;
    }
  }
  return hits;
}

bool CueIndex::modifier_at(const std::vector<Token>& tokens, std::size_t i,
                           extract::ModifierType type) const {
  if (i < tokens.size() && tokens[i].month) return false;
  for (const auto& [t, words] : modifiers_) {
    if (t == type && words_at(tokens, i, words) &&
        !(type == extract::ModifierType::kNegation && false_negation(tokens, i))) {
      return true;
    }
  }
  return false;
}

// For negation the scope ends at a comma or a relative pronoun: in "Italy,
// which has no nuclear weapons, supplied arms" the "no" does not reach "supplied".
bool CueIndex::negation_in(const std::vector<Token>& tokens, std::size_t from,
                           std::size_t to) const {
  for (std::size_t k = to; k > from; --k) {
    const std::string& w = tokens[k - 1].text;
    if (k < tokens.size() &&
        (tokens[k].comma_before || w == "that" || w == "which" || w == "who")) {
      from = k;
      break;
    }
  }
  for (std::size_t i = from; i < to; ++i) {
    if (modifier_at(tokens, i, extract::ModifierType::kNegation)) return true;
  }
  return false;
}

bool CueIndex::modality_in(const std::vector<Token>& tokens, std::size_t from,
                           std::size_t to) const {
  for (std::size_t i = from; i < to; ++i) {
    if (modifier_at(tokens, i, extract::ModifierType::kModality)) return true;
  }
  return false;
}

int year_near(const std::vector<Token>& tokens, std::size_t at) {
  int year = 0;
  std::size_t year_distance = static_cast<std::size_t>(-1);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const int y = year_in_context(tokens, k);
    const std::size_t d = k < at ? at - k : k - at;
    if (y != 0 && d < year_distance) {
      year = y;
      year_distance = d;
    }
  }
  return year;
}

int document_year(const corpus::ProcessedDocument& doc) {
  const std::string& date = doc.source.meta.date;
  return date.size() >= 4 ? year_of(date.substr(0, 4)) : 0;
}

}  // namespace actornet::tagging
