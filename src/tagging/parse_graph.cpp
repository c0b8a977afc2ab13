#include "tagging/parse_graph.hpp"

#include <cctype>
#include <set>

namespace actornet::tagging {

namespace {

// Words that end a multi-word cue without heading it ("critical of",
// "withdrawal from", "called on").
bool is_particle(const std::string& w) {
  static const char* const words[] = {"of",   "to",   "for",  "with", "on",   "against",
                                      "from", "in",   "at",   "by",   "up",   "out",
                                      "off",  "down", "into", "over", "about"};
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

}  // namespace

void split_label(const std::string& label, std::string& type, std::string& sub) {
  std::size_t k = 0;
  while (k < label.size() && std::isupper(static_cast<unsigned char>(label[k]))) ++k;
  type = label.substr(0, k);
  sub = label.substr(k);
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
    for (char c : parse_.words[w].text)
      lower_[w].push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
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

std::vector<std::size_t> ParseGraph::right(std::size_t w, const std::string& type,
                                           const std::string& sub) const {
  std::vector<std::size_t> out;
  if (w >= to_right_.size()) return out;
  for (const Edge& e : to_right_[w])
    if (e.type == type && sub_matches(e.sub, sub)) out.push_back(e.other);
  return out;
}

std::vector<std::size_t> ParseGraph::left(std::size_t w, const std::string& type,
                                          const std::string& sub) const {
  std::vector<std::size_t> out;
  if (w >= to_left_.size()) return out;
  for (const Edge& e : to_left_[w])
    if (e.type == type && sub_matches(e.sub, sub)) out.push_back(e.other);
  return out;
}

}  // namespace actornet::tagging
