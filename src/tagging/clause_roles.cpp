#include "tagging/clause_roles.hpp"

#include "tagging/clause_roles_reader.hpp"

namespace actornet::tagging {

namespace roles {

std::vector<Event> RoleReader::run() {
  std::vector<Event> events;
  for (std::size_t h = 0; h < hits_.size(); ++h) {
    const std::size_t w = g_.head_of_cue(h);
    const extract::Cue& cue = cues_.lexicon().cues()[hits_[h].cue];
    if (w >= g_.size() || (cue.verb_only && !g_.is_verb(w))) continue;
    // A marker cue alone ("joint", "jointly", "closer"), not a longer cue
    // that starts with one ("joint venture", "closer to").
    const std::size_t act = joint_markers().count(cue.text) > 0 ? marked_act(w) : 0;
    Event e = act != 0                                ? joint_event(h, act)
              : closeness_words().count(cue.text) > 0 ? closeness_event(h, w)
              : g_.is_verb(w)                         ? verb_event(h, w)
                                                      : noun_event(h, w);
    const std::size_t first = hits_[h].first;
    std::size_t from = first, to = first;
    while (from > 0 && tokens_[from - 1].clause == tokens_[first].clause) --from;
    while (to < tokens_.size() && tokens_[to].clause == tokens_[first].clause) ++to;
    if (cues_.modality_in(tokens_, from, to)) e.hedged = true;
    events.push_back(std::move(e));
  }
  return events;
}

bool RoleReader::cued(std::size_t w) const {
  if (w >= g_.size() || g_.cue(w) < 0) return false;
  return !cue_of(w).verb_only || g_.is_verb(w);
}

const extract::Cue& RoleReader::cue_of(std::size_t w) const {
  return cues_.lexicon().cues()[hits_[static_cast<std::size_t>(g_.cue(w))].cue];
}

bool RoleReader::is(std::size_t w, ModifierType type) const {
  if (w == 0 || w >= g_.size() || g_.word(w).empty()) return false;
  const std::size_t t = g_.token(w);
  return t < tokens_.size() && tokens_[t].text == g_.word(w) && cues_.modifier_at(tokens_, t, type);
}

bool RoleReader::starts_with_word(std::size_t w, ModifierType type) const {
  if (w == 0 || w >= g_.size()) return false;
  const std::size_t t = g_.token(w);
  return t < tokens_.size() && cues_.modifier_at(tokens_, t, type);
}

std::string RoleReader::polarity_of(std::size_t w) const {
  const extract::Category* c = cues_.lexicon().category(cue_of(w).category);
  return c != nullptr ? c->polarity : "";
}

std::string RoleReader::group_of(const extract::Cue& cue) const {
  return category_group(cues_.lexicon(), cue.category);
}

std::string RoleReader::cue_polarity(const extract::Cue& cue) const {
  const extract::Category* c = cues_.lexicon().category(cue.category);
  return c != nullptr ? c->polarity : "";
}

}  // namespace roles

std::string category_group(const extract::Lexicon& lexicon, const std::string& category) {
  const extract::Category* c = lexicon.category(category);
  return c != nullptr ? c->group : "";
}

std::vector<Event> find_events(const ParseGraph& graph, const std::vector<Token>& tokens,
                               const std::vector<CueHit>& hits, const CueIndex& cues,
                               const ReferenceResolver* resolver) {
  return roles::RoleReader(graph, tokens, hits, cues, resolver).run();
}

}  // namespace actornet::tagging
