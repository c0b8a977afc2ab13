// An explicitly joint act and a coming closer (see RoleReader::joint_event
// and closeness_event).
#include "tagging/clause_roles_reader.hpp"

namespace actornet::tagging::roles {

std::size_t RoleReader::marked_act(std::size_t w) const {
  if (w == 0 || w >= g_.size() || joint_markers().count(g_.word(w)) == 0) return 0;
  for (const char* type : {"A", "AN"})  // "a joint statement", "the joint condemnation"
    for (std::size_t n : g_.right(w, type)) return n;
  for (std::size_t v : g_.right(w, "E")) return v;  // "jointly condemned"
  for (std::size_t v : g_.left(w, "MV")) return v;  // "condemned Israel jointly"
  return 0;
}

Event RoleReader::shared_event(std::size_t h, std::size_t act, const Actors& agents,
                               const std::vector<std::size_t>& preps, const Mood& mood,
                               bool unasserted) const {
  Event e;
  e.hit = h;
  e.word = act;
  e.joint = true;
  // A partner the act is shared with: "held joint exercises with Iran",
  // "grew closer with China". Other phrases name what the act is about or
  // done to ("a joint statement on Iran", "jointly condemned the strikes
  // on Iran"), which the act's own cue reads, if it has one.
  Actors partners;
  for (std::size_t p : preps) {
    if (g_.word(p) != "with" || accompanying(p)) continue;
    for (std::size_t x : g_.right(p, "J")) partners.add(noun_phrase(x, agents.ids, false, 0));
  }
  e.negated = mood.negations % 2 == 1;
  e.hedged = mood.hedged;
  e.unasserted = unasserted;
  e.agents = agents.ids;
  e.recipients = partners.ids;
  e.resolved = agents.resolved || partners.resolved;
  return e;
}

Event RoleReader::joint_event(std::size_t h, std::size_t act) const {
  if (g_.is_verb(act))
    return shared_event(h, act, subject(act, {}, 0), g_.right(act, "MV", "p"), mood_of(act),
                        questioned(act));
  // The act noun's own holders ("their joint statement", "the joint
  // condemnation by China and Russia", "joint exercises between Russia
  // and Iran"), else those of the verb that governs it ("Russia and Iran
  // held joint exercises").
  Actors agents = own_agents(act, {});
  agents.add(noun_recipients(act, {}, true));
  if (agents.ids.empty()) agents.add(governor_agents(act));
  Mood mood;
  for (std::size_t d : g_.left(act, "D"))
    if (g_.word(d) == "no") ++mood.negations;
  if (absent(act)) ++mood.negations;
  std::vector<std::size_t> preps = g_.right(act, "M", "p");
  bool unasserted = questioned(act);
  const std::size_t gov = governor(act);
  if (gov != 0 && g_.is_verb(gov)) {
    const Mood governed = governor_mood(act);
    mood.negations += governed.negations;
    mood.hedged = governed.hedged;
    for (std::size_t p : g_.right(gov, "MV", "p")) preps.push_back(p);
    unasserted = unasserted || questioned(gov);
  }
  return shared_event(h, act, agents, preps, mood, unasserted);
}

std::size_t RoleReader::closeness_verb(std::size_t w) const {
  for (std::size_t v : g_.left(w, "P", "a")) return v;  // "grew closer", "are closer than ever"
  return 0;
}

Event RoleReader::closeness_event(std::size_t h, std::size_t w) const {
  const std::size_t v = closeness_verb(w);
  if (v == 0) {  // "closer ties": the warm qualifier of the noun
    Event e;
    e.hit = h;
    e.word = w;
    return e;
  }
  // The verb's scope as verb_event reads it: its own and its governor's.
  Mood mood = mood_of(v);
  const Mood governed = governor_mood(v);
  mood.negations += governed.negations;
  mood.hedged = mood.hedged || governed.hedged;
  // "Russia grew closer with China"; a "to" is the cue "closer to".
  return shared_event(h, v, subject(v, {}, 0),
                      joined(g_.right(w, "MV", "p"), g_.right(v, "MV", "p")), mood, questioned(v));
}

}  // namespace actornet::tagging::roles
