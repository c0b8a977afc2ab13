#include "extract/relation_tagger.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

namespace actornet::extract {

namespace {

bool is_word_char(char ch) {
  const auto c = static_cast<unsigned char>(ch);
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;  // folded
  std::size_t clause = 0;
  int actor = -1;    // actor whose mention covers this token, or -1
  bool comma_before = false;  // a comma stands between this token and the previous one
  bool modifier = false;      // part of a multi-word negation or modality phrase
};

// Words that open a new clause, and words that may join actors into a group.
const std::set<std::string>& clause_openers() {
  static const std::set<std::string> words = {"but", "while", "whereas", "although", "though",
                                              "however", "yet"};
  return words;
}
const std::set<std::string>& group_joiners() {
  static const std::set<std::string> words = {"and", "or", "both", "the", "between", "with"};
  return words;
}
const std::set<std::string>& possessive_determiners() {
  static const std::set<std::string> words = {"its", "their", "his", "her"};
  return words;
}

// How far (in words) a group may be from a cue and still take part: an
// action's agent and recipient can be some way off ("Iran, hit by sanctions,
// supplied ..."), the partners of a relational noun are next to it
// ("Russia-Iran ties", "partnership between Russia and Iran").
constexpr std::size_t kActionReach = 10;
constexpr std::size_t kMutualReachBefore = 6;
constexpr std::size_t kMutualReachAfter = 4;

const std::set<std::string>& be_verbs() {
  static const std::set<std::string> words = {"is", "are", "was", "were", "be", "been", "being"};
  return words;
}

std::vector<Token> tokenize(const std::string& folded, std::size_t begin, std::size_t end) {
  std::vector<Token> tokens;
  std::size_t clause = 0;
  bool boundary = false;
  bool comma = false;
  for (std::size_t i = begin; i < end;) {
    const char c = folded[i];
    if (!is_word_char(c)) {
      if (c == ';' || c == ':' || c == '|' || c == '?') boundary = true;
      if (c == ',') comma = true;
      if (c == '-' && i > begin && folded[i - 1] == ' ' && i + 1 < end && folded[i + 1] == ' ') boundary = true;
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
    if (!tokens.empty() && (boundary || clause_openers().count(t.text) > 0)) ++clause;
    t.clause = clause;
    t.comma_before = comma;
    boundary = false;
    comma = false;
    tokens.push_back(std::move(t));
    i = j;
  }
  return tokens;
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

// A run of actor mentions joined only by group joiners.
struct Group {
  std::vector<int> actors;  // distinct, in order of appearance
  std::size_t first = 0;    // token indices
  std::size_t last = 0;
  std::size_t clause = 0;
};

// One mention (possibly several tokens) and how it was joined to the previous one.
struct Member {
  int actor = -1;
  std::size_t first = 0;
  std::size_t last = 0;
  bool by_comma = false;  // joined to the previous member across a comma
  bool by_and = false;    // ... with "and" / "or" between them
};

// Splits a run of joined mentions into groups. Commas join only inside a
// list that ends with "and"/"or" ("Russia, Iran and China"); otherwise a
// comma separates ("If France attacks Germany, Italy will respond";
// "tanks to Germany, and Italy condemned the deal").
void close_run(const std::vector<Member>& run, std::size_t clause, std::vector<Group>& groups) {
  bool list_ends_with_and = false;
  for (std::size_t k = 1; k < run.size(); ++k) {
    if (run[k].by_and) list_ends_with_and = true;
    if (run[k].by_comma && !run[k].by_and) list_ends_with_and = false;
  }
  bool comma_list = false;  // an earlier member was joined by a bare comma
  for (std::size_t k = 0; k < run.size(); ++k) {
    const Member& m = run[k];
    bool starts_new = k == 0;
    if (k > 0 && m.by_comma) {
      const bool in_list = list_ends_with_and && (!m.by_and || comma_list);
      starts_new = !in_list;
      if (!m.by_and) comma_list = true;
    }
    if (starts_new) {
      groups.push_back(Group{{}, m.first, m.last, clause});
      if (k > 0 && m.by_comma && !m.by_and) comma_list = true;
    }
    Group& g = groups.back();
    if (std::find(g.actors.begin(), g.actors.end(), m.actor) == g.actors.end()) g.actors.push_back(m.actor);
    g.last = m.last;
  }
}

std::vector<Group> find_groups(const std::vector<Token>& tokens) {
  std::vector<Group> groups;
  std::size_t i = 0;
  while (i < tokens.size()) {
    if (tokens[i].actor < 0) {
      ++i;
      continue;
    }
    const std::size_t clause = tokens[i].clause;
    std::vector<Member> run;
    std::size_t j = i;
    bool by_comma = false;
    bool by_and = false;
    for (;;) {
      Member m{tokens[j].actor, j, j, by_comma, by_and};
      while (m.last + 1 < tokens.size() && tokens[m.last + 1].actor == m.actor &&
             tokens[m.last + 1].clause == clause && !tokens[m.last + 1].comma_before) {
        ++m.last;  // the rest of a multi-word mention
      }
      run.push_back(m);
      std::size_t n = m.last + 1;
      by_comma = n < tokens.size() && tokens[n].comma_before;
      by_and = false;
      while (n < tokens.size() && tokens[n].actor < 0 && tokens[n].clause == clause &&
             group_joiners().count(tokens[n].text) > 0) {
        by_and = by_and || tokens[n].text == "and" || tokens[n].text == "or";
        by_comma = by_comma || tokens[n].comma_before;
        ++n;
      }
      if (n < tokens.size() && tokens[n].actor >= 0 && tokens[n].clause == clause) {
        by_comma = by_comma || tokens[n].comma_before;
        j = n;
        continue;
      }
      break;
    }
    close_run(run, clause, groups);
    i = run.back().last + 1;
  }
  return groups;
}

struct CueHit {
  std::size_t cue = 0;
  std::size_t first = 0;  // token indices
  std::size_t last = 0;
};

bool words_at(const std::vector<Token>& tokens, std::size_t i, const std::vector<std::string>& words) {
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

// Phrases that contain a negation word but do not negate what follows.
bool false_negation(const std::vector<Token>& tokens, std::size_t i) {
  static const std::set<std::pair<std::string, std::string>> phrases = {
      {"not", "only"}, {"no", "doubt"}, {"not", "hesitate"}, {"without", "doubt"}, {"no", "less"}};
  return i + 1 < tokens.size() && phrases.count({tokens[i].text, tokens[i + 1].text}) > 0;
}

// A modifier of `list` starting in tokens [from, to). For negation the scope
// ends at a comma or a relative pronoun: in "Italy, which has no nuclear
// weapons, supplied arms" the "no" does not reach "supplied".
bool any_modifier(const std::vector<Token>& tokens, std::size_t from, std::size_t to,
                  const std::vector<std::vector<std::string>>& list, bool scoped) {
  if (scoped) {
    for (std::size_t k = to; k > from; --k) {
      const std::string& w = tokens[k - 1].text;
      if (tokens[k].comma_before || w == "that" || w == "which" || w == "who") {
        from = k;
        break;
      }
    }
  }
  for (std::size_t i = from; i < to; ++i) {
    for (const auto& words : list) {
      if (!words_at(tokens, i, words)) continue;
      if (false_negation(tokens, i)) continue;
      return true;
    }
  }
  return false;
}

int year_of(const std::string& token) {
  if (token.size() != 4 || !std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return 0;
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
      "in",     "since", "until", "till",    "by",       "from",    "during", "after",    "before", "between",
      "and",    "to",    "of",    "early",   "late",     "mid",     "around", "circa",    "january", "february",
      "march",  "april", "may",   "june",    "july",     "august",  "september", "october", "november",
      "december", "summer", "winter", "spring", "autumn", "fall", "year", "the"};
  const std::string prev = k > 0 ? tokens[k - 1].text : "";
  if (prev == "resolution" || prev == "no") return 0;
  if (before.count(prev) > 0 || (k > 0 && year_of(prev) != 0)) return y;
  const bool closes = k + 1 == tokens.size() || tokens[k + 1].comma_before || tokens[k + 1].clause != tokens[k].clause;
  return closes ? y : 0;
}

int document_year(const corpus::ProcessedDocument& doc) {
  const std::string& date = doc.source.meta.date;
  return date.size() >= 4 ? year_of(date.substr(0, 4)) : 0;
}

std::size_t clause_start(const std::vector<Token>& tokens, std::size_t i) {
  while (i > 0 && tokens[i - 1].clause == tokens[i].clause) --i;
  return i;
}

using Pairs = std::vector<std::tuple<int, int, bool>>;  // (a, b, directed a -> b)

// Where a cue stands among the groups of its clause.
struct CueSite {
  const std::vector<Token>* tokens = nullptr;
  const CueHit* hit = nullptr;
  std::size_t clause = 0;
  std::size_t start = 0;            // first token of the clause
  const Group* before = nullptr;    // nearest group before the cue, any distance
  const Group* after = nullptr;     // nearest group after the cue
  const Group* beyond = nullptr;    // the group after `after`
  const Group* first = nullptr;     // the clause's first group (its subject)
  const Group* carried = nullptr;   // agent of the previous clause's last action
};

CueSite locate(const std::vector<Token>& tokens, const std::vector<Group>& groups, const CueHit& hit,
               const std::map<std::size_t, const Group*>& last_agent) {
  CueSite s;
  s.tokens = &tokens;
  s.hit = &hit;
  s.clause = tokens[hit.first].clause;
  s.start = clause_start(tokens, hit.first);
  const Group* previous_first = nullptr;
  for (const Group& g : groups) {
    if (s.clause > 0 && g.clause == s.clause - 1 && previous_first == nullptr) previous_first = &g;
    if (g.clause != s.clause) continue;
    if (s.first == nullptr) s.first = &g;
    if (g.last < hit.first) s.before = &g;
    if (g.first > hit.last) {
      if (s.after == nullptr) s.after = &g;
      else if (s.beyond == nullptr) s.beyond = &g;
    }
  }
  auto carried = s.clause > 0 ? last_agent.find(s.clause - 1) : last_agent.end();
  s.carried = carried != last_agent.end() ? carried->second : previous_first;
  return s;
}

// `g` if it lies within `reach` words before or after the cue, else null.
const Group* near(const CueSite& s, const Group* g, std::size_t reach_before, std::size_t reach_after) {
  if (g == nullptr) return nullptr;
  if (g->last < s.hit->first) return s.hit->first - g->last <= reach_before ? g : nullptr;
  return g->first - s.hit->last <= reach_after ? g : nullptr;
}

bool word_between(const CueSite& s, std::size_t from, std::size_t to, const char* word) {
  for (std::size_t k = from; k < to; ++k) {
    if ((*s.tokens)[k].text == word) return true;
  }
  return false;
}

void directed(const Group* agents, const Group* recipients, Pairs& out) {
  for (int a : agents->actors)
    for (int b : recipients->actors)
      if (a != b) out.emplace_back(a, b, true);
}

void mutual(const std::vector<int>& actors, Pairs& out) {
  for (std::size_t x = 0; x < actors.size(); ++x)
    for (std::size_t y = x + 1; y < actors.size(); ++y) out.emplace_back(actors[x], actors[y], false);
}

// An action cue: agent(s) -> recipient(s). Returns the agent group used.
const Group* action_pairs(const CueSite& s, Pairs& out) {
  const auto& tokens = *s.tokens;
  const Group* before = near(s, s.before, kActionReach, kActionReach);
  const Group* after = near(s, s.after, kActionReach, kActionReach);
  const bool be = s.hit->first > 0 && be_verbs().count(tokens[s.hit->first - 1].text) > 0;
  // A by-phrase names the agent right after the cue ("strikes conducted by
  // the US") or in the passive ("was rejected by Trump"), not anywhere
  // ("condemned the decision by Germany").
  const std::size_t by_reach = be ? after == nullptr ? 0 : after->first : std::min(after == nullptr ? 0 : after->first, s.hit->last + 3);
  const bool by = after != nullptr && word_between(s, s.hit->last + 1, by_reach, "by");
  const Group* agents = before;
  const Group* recipients = after;
  if (by) {
    // "was rejected by Trump", "strikes conducted by the US on Iran": the
    // by-phrase is the agent; the recipient follows it, or is the clause's
    // subject in the passive.
    agents = after;
    const Group* beyond = s.beyond != nullptr && s.beyond->first - after->last <= kMutualReachAfter + 2 ? s.beyond : nullptr;
    recipients = beyond != nullptr ? beyond : (be && s.first != nullptr && s.first->last < s.hit->first ? s.first : before);
  } else if (before == nullptr && s.carried != nullptr && s.first == s.after &&
             clause_openers().count(tokens[s.start].text) > 0) {
    // "Russia condemned the strikes but did not send military aid to Iran".
    agents = s.carried;
  }
  if (agents != nullptr && recipients != nullptr) {
    directed(agents, recipients, out);
  } else if (agents != nullptr && agents->actors.size() >= 2 && !by) {
    mutual(agents->actors, out);  // "Russia and Iran traded"
  }
  return agents;
}

// A mutual cue: the actors next to it relate to each other, undirected.
void mutual_pairs(const CueSite& s, Pairs& out) {
  const auto& tokens = *s.tokens;
  const Group* before = near(s, s.before, kMutualReachBefore, kMutualReachAfter);
  const Group* after = near(s, s.after, kMutualReachBefore, kMutualReachAfter);
  bool possessive = false;
  for (std::size_t k = s.hit->first >= s.start + 3 ? s.hit->first - 3 : s.start; k < s.hit->first; ++k) {
    possessive = possessive || possessive_determiners().count(tokens[k].text) > 0;
  }
  const std::string next = s.hit->last + 1 < tokens.size() ? tokens[s.hit->last + 1].text : "";
  const bool with_list = after != nullptr && (next == "with" || next == "against");
  // The clause's subject as the other party: only when it is the nearest
  // group before the cue ("Iran views Israel as its nemesis", "Moscow kept
  // good ties with Israel").
  const Group* subject = (s.first != nullptr && s.first == s.before) ? s.first : nullptr;
  if (with_list) {
    // "war with Israel and the US": one side against each listed actor, not
    // the listed actors among themselves.
    const Group* side = before != nullptr ? before : subject;
    if (side != nullptr) directed(side, after, out);
    for (auto& pair : out) std::get<2>(pair) = false;
    return;
  }
  std::vector<int> participants;
  for (const Group* g : {before, after}) {
    if (g == nullptr) continue;
    for (int a : g->actors)
      if (std::find(participants.begin(), participants.end(), a) == participants.end()) participants.push_back(a);
  }
  if (participants.size() == 1 && possessive && s.first != nullptr) {
    for (int a : s.first->actors)
      if (std::find(participants.begin(), participants.end(), a) == participants.end()) participants.push_back(a);
  }
  mutual(participants, out);
}

}  // namespace

RelationTagger::RelationTagger(const Lexicon& lexicon, const Gazetteer& gazetteer)
    : lexicon_(lexicon), gazetteer_(gazetteer) {
  const auto& cues = lexicon_.cues();
  for (std::size_t i = 0; i < cues.size(); ++i) {
    cue_words_.push_back(split_words(cues[i].text));
    if (cues[i].prefix && cue_words_.back().size() == 1) prefix_cues_.push_back(i);
    else cues_by_first_word_[cue_words_.back().front()].push_back(i);
  }
  for (auto& [word, list] : cues_by_first_word_) {
    std::stable_sort(list.begin(), list.end(), [this](std::size_t a, std::size_t b) {
      return cue_words_[a].size() > cue_words_[b].size();
    });
  }
  for (const Modifier& m : lexicon_.modifiers()) {
    (m.negation ? negations_ : modalities_).push_back(split_words(m.text));
  }
}

std::vector<Relation> RelationTagger::tag(const corpus::ProcessedDocument& doc, const corpus::Unit& unit,
                                          const std::vector<Mention>& mentions) const {
  std::set<int> distinct;
  for (const Mention& m : mentions) distinct.insert(m.actor);
  if (distinct.size() < 2) return {};

  std::vector<Token> tokens = tokenize(doc.normalized.folded, unit.begin, unit.end);
  for (const Mention& m : mentions) {
    for (Token& t : tokens) {
      if (t.begin < m.end && t.end > m.begin) t.actor = m.actor;
    }
  }
  const std::vector<Group> groups = find_groups(tokens);
  // Multi-word modifiers ("stopped short of", "refused to") are not cues.
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (const auto* list : {&negations_, &modalities_}) {
      for (const auto& words : *list) {
        if (words.size() < 2 || !words_at(tokens, i, words)) continue;
        for (std::size_t k = 0; k < words.size(); ++k) tokens[i + k].modifier = true;
      }
    }
  }

  // Cues, leftmost-longest, never inside an actor mention.
  std::vector<CueHit> hits;
  for (std::size_t i = 0; i < tokens.size();) {
    if (tokens[i].actor >= 0 || tokens[i].modifier) {
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
          match = t.actor < 0 && !t.modifier && t.clause == tokens[i].clause && (k == 0 || !t.comma_before) &&
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
          found = true;
          break;
        }
      }
      ++i;
    }
  }

  const std::string sentence = doc.original_text(unit.begin, unit.end);
  const int doc_year = document_year(doc);
  const auto& actors = gazetteer_.actors();
  auto id = [&actors](int a) { return actors[static_cast<std::size_t>(a)].id; };

  // Best relation per (clause, unordered pair): nearest cue wins.
  struct Candidate {
    Relation relation;
    std::size_t distance = 0;
    bool frame = false;  // from a frame cue: loses to any other cue for the pair
  };
  std::map<std::tuple<std::size_t, std::string, std::string>, Candidate> best;
  auto distance_to = [&groups](const CueHit& hit, int actor) {
    std::size_t d = static_cast<std::size_t>(-1);
    for (const Group& g : groups) {
      if (std::find(g.actors.begin(), g.actors.end(), actor) == g.actors.end()) continue;
      const std::size_t gap = g.last < hit.first ? hit.first - g.last : (g.first > hit.last ? g.first - hit.last : 0);
      d = std::min(d, gap);
    }
    return d;
  };

  std::map<std::size_t, const Group*> last_agent;  // clause -> agent of its last action cue
  for (const CueHit& hit : hits) {
    const Cue& cue = lexicon_.cues()[hit.cue];
    const Category* category = lexicon_.category(cue.category);
    const std::size_t clause = tokens[hit.first].clause;
    const std::size_t start = clause_start(tokens, hit.first);
    const bool negated =
        any_modifier(tokens, hit.first >= start + 4 ? hit.first - 4 : start, hit.first, negations_, true);
    const bool modal = any_modifier(tokens, start, hit.first, modalities_, false);

    const CueSite site = locate(tokens, groups, hit, last_agent);
    Pairs pairs;
    if (cue.kind == CueKind::kAction) {
      const Group* agent = action_pairs(site, pairs);
      if (agent != nullptr) last_agent[site.clause] = agent;
    } else {
      mutual_pairs(site, pairs);
    }
    // The year nearest the cue, else the document's.
    int year = 0;
    std::size_t year_distance = static_cast<std::size_t>(-1);
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const int y = year_in_context(tokens, k);
      const std::size_t d = k < hit.first ? hit.first - k : k - hit.first;
      if (y != 0 && d < year_distance) {
        year = y;
        year_distance = d;
      }
    }

    for (const auto& [a, b, directed] : pairs) {
      Relation r;
      r.directed = directed;
      r.source = id(a);
      r.target = id(b);
      if (!directed && r.target < r.source) std::swap(r.source, r.target);
      r.category = cue.category;
      r.cue = cue.text + (cue.prefix ? "*" : "");
      const std::string& polarity = category->polarity;
      if (polarity == "cooperation") {
        r.polarity = negated ? Polarity::kWithheld : Polarity::kCooperation;
      } else if (polarity == "rivalry") {
        r.polarity = negated ? Polarity::kNeutral : Polarity::kRivalry;
      } else {
        r.polarity = Polarity::kNeutral;
      }
      r.intensity = (r.polarity == Polarity::kCooperation || r.polarity == Polarity::kRivalry) ? cue.intensity : 0.0;
      if (negated) r.negation = "negated";
      if (modal) {
        r.modality = "modal";
        r.confidence = kModalConfidence;
      }
      r.year = year != 0 ? year : doc_year;
      r.year_source = year != 0 ? "sentence" : (doc_year != 0 ? "document" : "");
      const std::size_t distance = distance_to(hit, a) + distance_to(hit, b);
      const auto key = std::make_tuple(clause, std::min(r.source, r.target), std::max(r.source, r.target));
      auto found = best.find(key);
      const bool frame = cue.kind == CueKind::kFrame;
      const bool better = found == best.end() || (found->second.frame && !frame) ||
                          (found->second.frame == frame && distance < found->second.distance);
      if (better) best[key] = {std::move(r), distance, frame};
    }
  }

  std::vector<Relation> out;
  std::set<std::pair<std::string, std::string>> covered;
  for (auto& [key, candidate] : best) {
    covered.insert({std::get<1>(key), std::get<2>(key)});
    out.push_back(std::move(candidate.relation));
  }
  for (auto x = distinct.begin(); x != distinct.end(); ++x) {
    for (auto y = std::next(x); y != distinct.end(); ++y) {
      std::string a = id(*x), b = id(*y);
      if (b < a) std::swap(a, b);
      if (covered.count({a, b}) > 0) continue;
      Relation r;
      r.source = a;
      r.target = b;
      r.polarity = Polarity::kNeutral;
      r.year = doc_year;
      r.year_source = doc_year != 0 ? "document" : "";
      out.push_back(std::move(r));
    }
  }
  for (Relation& r : out) {
    r.origin = "auto";
    r.doc_seq = doc.source.meta.position;
    r.doc_id = doc.source.meta.id;
    r.unit = unit.index;
    r.start_byte = doc.byte_offset(unit.begin);
    r.end_byte = doc.byte_offset(unit.end);
    r.start_char = doc.char_offset(unit.begin);
    r.end_char = doc.char_offset(unit.end);
    r.text = sentence;
  }
  return out;
}

}  // namespace actornet::extract
