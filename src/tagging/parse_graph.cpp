#include "tagging/parse_graph.hpp"

#include <cctype>
#include <set>

namespace actornet::tagging {

namespace {

void split_label(const std::string& label, std::string& type, std::string& sub) {
  std::size_t k = 0;
  while (k < label.size() && std::isupper(static_cast<unsigned char>(label[k]))) ++k;
  type = label.substr(0, k);
  sub = label.substr(k);
}

// Words that end a multi-word cue without heading it ("critical of",
// "withdrawal from", "called on").
bool is_particle(const std::string& w) {
  static const char* const words[] = {"of", "to", "for", "with", "on", "against", "from", "in", "at",
                                      "by", "up", "out", "off", "down", "into", "over", "about"};
  for (const char* p : words)
    if (w == p) return true;
  return false;
}

// `prefix` matches the start of `sub`, a '*' in it any one character (as
// in Link Grammar's own subscripts: "*j" matches "fj" and "pj").
bool sub_matches(const std::string& sub, const std::string& prefix) {
  if (prefix.size() > sub.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k)
    if (prefix[k] != '*' && prefix[k] != sub[k]) return false;
  return true;
}

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

ParseGraph::ParseGraph(Parse parse, const ParseText& text, const std::vector<Token>& tokens,
                       const std::vector<CueHit>& hits)
    : parse_(std::move(parse)) {
  const std::size_t n = parse_.words.size();
  lower_.resize(n);
  actors_.resize(n);
  cue_.assign(n, -1);
  token_.assign(n, 0);
  std::vector<bool> on_token(n, false);
  to_right_.resize(n);
  to_left_.resize(n);
  for (std::size_t w = 0; w < n; ++w) {
    for (char c : parse_.words[w].text) lower_[w].push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    const std::size_t pb = parse_.words[w].begin;
    const std::size_t pe = parse_.words[w].end;
    if (pe <= pb || pe > text.text.size()) continue;  // walls
    const std::size_t b = text.start[pb];
    const std::size_t e = text.end[pe - 1];
    bool first = true;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
      if (tokens[t].begin < e && tokens[t].end > b) {
        if (first) token_[w] = t;
        first = false;
        on_token[w] = true;
        if (tokens[t].actor >= 0) actors_[w].insert(tokens[t].actor);
      } else if (first && tokens[t].end <= b) {
        token_[w] = t;
      }
    }
  }
  // The head of a cue: its first verb word ("called on", "signed"), else
  // its last word (the noun of "military aid", "security agreement").
  for (std::size_t h = 0; h < hits.size(); ++h) {
    std::size_t head = n;
    std::size_t last = n;
    for (std::size_t w = 1; w < n; ++w) {
      if (!on_token[w]) continue;
      const std::size_t t = token_[w];
      if (t < hits[h].first || t > hits[h].last) continue;
      if (head == n && subscript(w).rfind("v", 0) == 0) head = w;
      if (!is_particle(lower_[w]) || last == n) last = w;
    }
    if (head == n) head = last;
    cue_heads_.push_back(head);
    if (head < n && cue_[head] < 0) cue_[head] = static_cast<int>(h);
  }
  for (const ParsedLink& link : parse_.links) {
    std::string type, sub;
    split_label(link.label, type, sub);
    to_right_[link.left].push_back({link.right, type, sub});
    to_left_[link.right].push_back({link.left, type, sub});
  }
}

bool ParseGraph::is_verb(std::size_t w) const {
  const std::string& s = subscript(w);
  if (s.rfind("v", 0) == 0 || s == "g" || s == "w" || s == "q") return true;
  if (!left(w, "P", "a").empty()) return true;  // predicate adjective: "was critical of"
  return s.empty() && (!left(w, "S").empty() || !right(w, "O").empty());
}

std::vector<std::size_t> ParseGraph::right(std::size_t w, const std::string& type, const std::string& sub) const {
  std::vector<std::size_t> out;
  if (w >= to_right_.size()) return out;
  for (const Edge& e : to_right_[w])
    if (e.type == type && sub_matches(e.sub, sub)) out.push_back(e.other);
  return out;
}

std::vector<std::size_t> ParseGraph::left(std::size_t w, const std::string& type, const std::string& sub) const {
  std::vector<std::size_t> out;
  if (w >= to_left_.size()) return out;
  for (const Edge& e : to_left_[w])
    if (e.type == type && sub_matches(e.sub, sub)) out.push_back(e.other);
  return out;
}

}  // namespace actornet::tagging
