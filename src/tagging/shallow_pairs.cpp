// The shallow rules' pairing of a cue with the actor groups around it
// (split from shallow_tagger.cpp; see shallow_tagger.hpp for the rules).
#include "tagging/shallow_pairs.hpp"

#include <algorithm>
#include <set>

#include "tagging/tagger.hpp"

namespace actornet::tagging::shallow {

namespace {

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

}  // namespace

std::size_t clause_start(const std::vector<Token>& tokens, std::size_t i) {
  while (i > 0 && tokens[i - 1].clause == tokens[i].clause) --i;
  return i;
}

// The word before group `g`, skipping one "the" ("against the US"), or ""
// at the start of the unit.
const std::string& word_before(const std::vector<Token>& tokens, const Group& g) {
  static const std::string none;
  if (g.first == 0) return none;
  std::size_t k = g.first - 1;
  if (k > 0 && tokens[k].text == "the") --k;
  return tokens[k].text;
}

CueSite locate(const std::vector<Token>& tokens, const std::vector<Group>& groups,
               const CueHit& hit, const std::map<std::size_t, const Group*>& last_agent) {
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
      if (s.after == nullptr)
        s.after = &g;
      else if (s.beyond == nullptr)
        s.beyond = &g;
    }
  }
  auto carried = s.clause > 0 ? last_agent.find(s.clause - 1) : last_agent.end();
  s.carried = carried != last_agent.end() ? carried->second : previous_first;
  return s;
}

namespace {

// `g` if it lies within `reach` words before or after the cue, else null.
const Group* near(const CueSite& s, const Group* g, std::size_t reach_before,
                  std::size_t reach_after) {
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
    for (std::size_t y = x + 1; y < actors.size(); ++y)
      out.emplace_back(actors[x], actors[y], false);
}

// Whether "each other" or "one another" follows the cue in its clause
// ("Russia and Iran accused each other", "fearful of each other's aims").
bool reciprocal(const CueSite& s) {
  const auto& tokens = *s.tokens;
  for (std::size_t k = s.hit->last + 1; k + 1 < tokens.size() && k <= s.hit->last + 4; ++k) {
    if (tokens[k].clause != tokens[s.hit->last].clause) break;
    const std::string& next = tokens[k + 1].text;
    if ((tokens[k].text == "each" && (next == "other" || next == "other's")) ||
        (tokens[k].text == "one" && (next == "another" || next == "another's")))
      return true;
  }
  return false;
}

}  // namespace

// An action cue: agent(s) -> recipient(s). Returns the agent group used.
// `cooperative`: the cue's polarity is cooperation.
const Group* action_pairs(const CueSite& s, bool cooperative, Pairs& out) {
  const auto& tokens = *s.tokens;
  const Group* before = near(s, s.before, kActionReach, kActionReach);
  const Group* after = near(s, s.after, kActionReach, kActionReach);
  const bool be = s.hit->first > 0 && be_verbs().count(tokens[s.hit->first - 1].text) > 0;
  // A by-phrase names the agent right after the cue ("strikes conducted by
  // the US") or in the passive ("was rejected by Trump"), not anywhere
  // ("condemned the decision by Germany").
  const std::size_t by_reach = be ? after == nullptr ? 0 : after->first
                                  : std::min(after == nullptr ? 0 : after->first, s.hit->last + 3);
  const bool by = after != nullptr && word_between(s, s.hit->last + 1, by_reach, "by");
  const Group* agents = before;
  const Group* recipients = after;
  // "support from China", "Iran faced criticism from the EU": a "from"
  // after a cooperative act cue (or one word on) names its agent, and so
  // does one after a hostile cue that an incurring verb governs; the target
  // is the group before. Not a "from" of the cue's own ("withdrew from"),
  // nor after a word of separation ("withdrawal of its troops from"), nor a
  // hostile act's place ("strikes from Belarus on Ukraine").
  bool separating = false;
  for (std::size_t k = s.hit->first; k <= s.hit->last; ++k)
    separating =
        separating || separation_words().count(tokens[k].text) > 0 || tokens[k].text == "from";
  bool incurred = false;  // "faced criticism", "drawing an immediate protest"
  for (std::size_t k = s.hit->first; k > s.start && k + 3 > s.hit->first; --k)
    incurred = incurred || incurring_verbs().count(tokens[k - 1].text) > 0;
  const bool from = !by && !separating && (cooperative || incurred) && after != nullptr &&
                    before != nullptr && after->first > s.hit->last + 1 &&
                    after->first <= s.hit->last + 3 && word_before(tokens, *after) == "from";
  if (from) {
    agents = after;
    recipients = before;
  } else if (by) {
    // "was rejected by Trump", "strikes conducted by the US on Iran": the
    // by-phrase is the agent; the recipient follows it, or is the clause's
    // subject in the passive.
    agents = after;
    const Group* beyond =
        s.beyond != nullptr && s.beyond->first - after->last <= kMutualReachAfter + 2 ? s.beyond
                                                                                      : nullptr;
    recipients =
        beyond != nullptr
            ? beyond
            : (be && s.first != nullptr && s.first->last < s.hit->first ? s.first : before);
  } else if (before == nullptr && s.carried != nullptr && s.first == s.after &&
             opens_clause(tokens[s.start].text)) {
    // "Russia condemned the strikes but did not send military aid to Iran".
    agents = s.carried;
  }
  if (agents != nullptr && recipients != nullptr) {
    directed(agents, recipients, out);
  } else if (agents != nullptr && agents->actors.size() >= 2 && !by &&
             (cooperative || reciprocal(s))) {
    // "Russia and Iran traded": a joint act. A hostile act the group shares
    // makes no rivals ("Russia and Iran condemned the strikes", "... face
    // sanctions", "... drew closer after the invasion"), as on the parser
    // path, unless it is done to "each other".
    mutual(agents->actors, out);
  }
  return agents;
}

// A mutual cue: the actors next to it relate to each other, undirected.
// `cooperative`: the cue's polarity is cooperation; then a group after
// "on", "over" or "about" is what the act is about, not a party
// ("coordinate closely on Iran", "talks over Syria").
void mutual_pairs(const CueSite& s, bool cooperative, Pairs& out) {
  const auto& tokens = *s.tokens;
  const Group* before = near(s, s.before, kMutualReachBefore, kMutualReachAfter);
  const Group* after = near(s, s.after, kMutualReachBefore, kMutualReachAfter);
  if (cooperative && after != nullptr && after->first > s.hit->last + 1 &&
      topic_prepositions().count(word_before(tokens, *after)) > 0)
    after = nullptr;
  bool possessive = false;
  for (std::size_t k = s.hit->first >= s.start + 3 ? s.hit->first - 3 : s.start; k < s.hit->first;
       ++k) {
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
      if (std::find(participants.begin(), participants.end(), a) == participants.end())
        participants.push_back(a);
  }
  if (participants.size() == 1 && possessive && s.first != nullptr) {
    for (int a : s.first->actors)
      if (std::find(participants.begin(), participants.end(), a) == participants.end())
        participants.push_back(a);
  }
  mutual(participants, out);
}

void joint_pairs(const CueSite& s, Pairs& out) {
  const auto& tokens = *s.tokens;
  const Group* before = near(s, s.before, kActionReach, 0);
  const Group* after = near(s, s.after, 0, kActionReach);
  if (before != nullptr && after != nullptr && word_before(tokens, *after) == "with") {
    directed(before, after, out);
    for (auto& pair : out) std::get<2>(pair) = false;
  } else if (before != nullptr && before->actors.size() >= 2) {
    mutual(before->actors, out);
  } else if (after != nullptr && after->actors.size() >= 2 && word_before(tokens, *after) == "by") {
    mutual(after->actors, out);
  }
}

}  // namespace actornet::tagging::shallow
