// Which actors a phrase names: names, conjunctions, stand-ins, owners and
// references (see clause_roles.hpp for the rules).
#include "tagging/clause_roles_reader.hpp"

namespace actornet::tagging::roles {

Actors RoleReader::noun_phrase(std::size_t w, const std::set<int>& exclude, bool act,
                               int depth) const {
  std::set<std::size_t> visited;
  return np(w, exclude, act, depth, visited);
}

Actors RoleReader::np(std::size_t w, const std::set<int>& exclude, bool act, int depth,
                      std::set<std::size_t>& visited) const {
  Actors out;
  if (depth > kMaxDepth || w == 0 || w >= g_.size() || !visited.insert(w).second) return out;
  if (!g_.actors(w).empty() || g_.word(w) == "and" || g_.word(w) == "or") {
    // A name chain (G) may run through "and": the parser reads "Russia and
    // Iran" as one proper name.
    out.ids = g_.actors(w);
    for (std::size_t x : joined(g_.left(w, "G"), g_.right(w, "G")))
      out.add(np(x, exclude, act, depth + 1, visited));
    if (!out.ids.empty()) return out;
  }
  const auto conjuncts = joined(g_.right(w, "SJ"), g_.left(w, "SJ"));
  if (!conjuncts.empty() && (g_.word(w) == "and" || g_.word(w) == "or" || g_.word(w) == "," ||
                             g_.word(w) == "nor" || g_.word(w) == "but")) {
    for (std::size_t x : conjuncts) out.add(np(x, exclude, act, depth + 1, visited));
    return out;
  }
  if (pronouns().count(g_.word(w)) > 0) {
    return resolve(w, act || g_.word(w) == "them", exclude, plural_pronoun(g_.word(w)));
  }
  if (person_pronoun(g_.word(w))) return resolve_person(w, exclude);
  if (group_reference(w)) return resolve(w, false, exclude, true);
  if ((g_.word(w) == "latter" || g_.word(w) == "former") && resolver_ != nullptr) {
    // "Russia and Iran met. The former promised aid to the latter": a noun
    // determined by "the" (not the adjective of "the former US president").
    bool the = false;
    for (std::size_t d : joined(g_.left(w, "D"), g_.left(w, "DG")))
      the = the || g_.word(d) == "the";
    if (the) {
      out.ids = resolver_->ordinal(tokens_[g_.token(w)].begin, g_.word(w) == "latter");
      for (int a : exclude) out.ids.erase(a);
      out.resolved = !out.ids.empty();
      return out;
    }
  }
  const bool standin = is(w, ModifierType::kStandIn);
  const bool topic = cued(w) && cue_of(w).kind == CueKind::kFrame;
  if (standin || topic) {
    out.add(modifier_actors(w, exclude, depth, visited));
    for (std::size_t p : g_.right(w, "M")) {
      const std::string& prep = g_.word(p);
      if (prep == "of" || (topic && (prep == "between" || prep == "with" || prep == "among"))) {
        for (std::size_t x : g_.right(p, "J")) out.add(np(x, exclude, act, depth + 1, visited));
      }
    }
    if (!out.ids.empty()) return out;
  }
  // A reference word ("the strikes", "these actions"), or a definite act
  // noun with no party of its own as what an act is done to, stands for an
  // earlier act of its kind: "Iran sent drones to Russia. The United States
  // condemned the deliveries" (Iran's).
  const bool definite = has_demonstrative(w);
  const bool reference = definite && is(w, ModifierType::kReference);
  const bool definite_act = definite && !reference && act && cued(w) &&
                            cue_of(w).kind == CueKind::kAction && !has_target_phrase(w) &&
                            modifier_actors(w, exclude, depth, visited).ids.empty();
  if (reference || definite_act)
    return resolve(w, true, exclude, false, cued(w) ? group_of(cue_of(w)) : std::string());
  if (!cued(w) || !act) {
    // What an actor owns or made stands for it as a role: "condemned
    // Israel's actions", "shelled Indian positions", "rejected the quotas
    // proposed by Warsaw" (PETRARCH2 likewise codes "Iranian sites" as IRN).
    out.add(modifier_actors(w, exclude, depth, visited));
    for (std::size_t v : g_.right(w, "M", "v")) out.add(by_phrase(v, exclude));
  }
  if (out.ids.empty() && !g_.right(w, "S").empty()) {
    // A subject's apposition naming an actor is the same referent: "The
    // West, particularly the United States, views ..." (MX, the appositive
    // link). Subjects only: a list in parentheses after a by-phrase ("by the
    // E3+3 countries (China, ..., Russia)") names voters, not one agent.
    for (std::size_t x : g_.right(w, "MX")) out.add(np(x, exclude, act, depth + 1, visited));
  }
  return out;
}

bool RoleReader::group_reference(std::size_t w) const {
  // "Both" standing alone as a noun phrase ("Both have expanded
  // coordination", "both of them"), not the determiner of "both countries".
  if (g_.word(w) == "both") return g_.right(w, "D").empty();
  if (group_nouns().count(g_.word(w)) == 0) return false;
  if (g_.word(w) == "two") return !g_.left(w, "DD").empty();
  for (std::size_t d : g_.left(w, "D"))
    if (g_.word(d) == "both" || g_.word(d) == "two") return true;
  return false;
}

bool RoleReader::definite_relation(std::size_t n) const {
  if (has_demonstrative(n)) return true;
  for (std::size_t a : joined(g_.left(n, "A"), g_.left(n, "AN")))
    if (g_.word(a) == "bilateral") return true;
  return false;
}

bool RoleReader::has_demonstrative(std::size_t w) const {
  for (std::size_t d : g_.left(w, "D"))
    if (demonstratives().count(g_.word(d)) > 0) return true;
  return false;
}

Actors RoleReader::resolve(std::size_t w, bool act, const std::set<int>& exclude, bool plural,
                           const std::string& group) const {
  Actors out;
  if (resolver_ == nullptr) return out;
  if (!act && !plural) out.ids = salient_before(w, exclude);
  if (out.ids.empty())
    out.ids = resolver_->resolve(tokens_[g_.token(w)].begin, act, exclude, plural, group);
  out.resolved = !out.ids.empty();
  return out;
}

Actors RoleReader::resolve_person(std::size_t w, const std::set<int>& exclude) const {
  Actors out;
  if (resolver_ == nullptr) return out;
  out.ids = resolver_->resolve_person(tokens_[g_.token(w)].begin, exclude);
  out.resolved = !out.ids.empty();
  return out;
}

std::set<int> RoleReader::salient_before(std::size_t w, const std::set<int>& exclude) const {
  // "Russia's relations with Iran ... its ties": Russia. Ties go to the
  // latest.
  std::set<int> best;
  int best_weight = 0;
  for (std::size_t x = 1; x < w && x < g_.size(); ++x) {
    std::set<int> ids;
    for (int a : g_.actors(x))
      if (exclude.count(a) == 0) ids.insert(a);
    if (ids.size() != 1) continue;
    const int weight = role_salience(g_, x);
    if (weight > 0 && weight >= best_weight) {
      best = ids;
      best_weight = weight;
    }
  }
  return best;
}

bool RoleReader::bound_to_excluded(std::size_t d, const std::set<int>& exclude) const {
  bool named = false;
  for (std::size_t x = 1; x < d && x < g_.size(); ++x) {
    for (int a : g_.actors(x)) {
      if (exclude.count(a) == 0) return false;
      named = true;
    }
  }
  return named;
}

Actors RoleReader::modifier_actors(std::size_t w, const std::set<int>& exclude, int depth,
                                   std::set<std::size_t>& visited) const {
  Actors out;
  for (std::size_t x :
       joined(g_.left(w, "A"), g_.left(w, "AN"), g_.left(w, "G"), g_.left(w, "GN"))) {
    out.add(np(x, exclude, false, depth + 1, visited));  // "Iranian sites", "US and EU sanctions"
  }
  // A determiner scopes over a coordination: in "their military and
  // intelligence cooperation" the parser may hang "their" on the first
  // conjunct only, yet it owns the later ones too. Borrowed only when the
  // conjunct has neither a determiner nor an actor modifier of its own.
  std::vector<std::size_t> determiners = g_.left(w, "D");
  if (determiners.empty() && out.ids.empty())
    for (std::size_t c : g_.left(w, "SJ", "r"))
      for (std::size_t first : g_.left(c, "SJ", "l"))
        for (std::size_t d : g_.left(first, "D")) determiners.push_back(d);
  for (std::size_t d : determiners) {
    if (g_.word(d) == "'s" || g_.word(d) == "'") {
      for (std::size_t y : joined(g_.left(d, "YS"), g_.left(d, "YP")))
        out.add(np(y, exclude, false, depth + 1, visited));
    } else if (g_.word(d) == "its" || g_.word(d) == "their" || g_.word(d) == "his" ||
               g_.word(d) == "her") {
      if (bound_to_excluded(d, exclude)) continue;
      out.add(person_pronoun(g_.word(d))  // "his visit to Tehran"
                  ? resolve_person(d, exclude)
                  : resolve(d, false, exclude, g_.word(d) == "their"));
    } else if (!g_.actors(d).empty()) {
      out.ids.insert(g_.actors(d).begin(), g_.actors(d).end());
    }
  }
  return out;
}

}  // namespace actornet::tagging::roles

namespace actornet::tagging {

namespace {

// Adds the actors word `w` names, with those of a name chain ending at it
// ("Russia and Iran" read as one name).
void add_name(const ParseGraph& graph, std::size_t w, std::set<int>& ids) {
  ids.insert(graph.actors(w).begin(), graph.actors(w).end());
  for (std::size_t g : graph.left(w, "G"))
    ids.insert(graph.actors(g).begin(), graph.actors(g).end());
}

// Word `w` heads a clause's subject (S to its verb, or SI after it).
bool is_subject(const ParseGraph& graph, std::size_t w) {
  return !graph.right(w, "S").empty() || !graph.left(w, "SI").empty();
}

}  // namespace

int role_salience(const ParseGraph& graph, std::size_t w) {
  for (std::size_t d : graph.right(w, "YS"))
    for (std::size_t n : graph.right(d, "D")) w = n;
  if (is_subject(graph, w)) return 80;
  if (!graph.left(w, "O").empty()) return 50;
  if (!graph.left(w, "J").empty()) return 40;
  return 0;
}

std::vector<std::pair<std::size_t, std::set<int>>> subject_actors(const ParseGraph& graph) {
  std::vector<std::pair<std::size_t, std::set<int>>> out;
  for (std::size_t w = 1; w < graph.size(); ++w) {
    if (!is_subject(graph, w)) continue;
    std::set<int> ids;
    add_name(graph, w, ids);
    if (graph.word(w) == "and" || graph.word(w) == "or")
      for (std::size_t x : graph.left(w, "SJ")) add_name(graph, x, ids);
    for (std::size_t x : graph.right(w, "SJ")) add_name(graph, x, ids);
    for (std::size_t d : graph.left(w, "D"))
      for (std::size_t y : graph.left(d, "YS")) add_name(graph, y, ids);
    if (!ids.empty()) out.emplace_back(w, std::move(ids));
  }
  return out;
}

std::vector<std::set<int>> coordinated_actors(const ParseGraph& graph) {
  std::vector<std::set<int>> out;
  for (std::size_t w = 1; w < graph.size(); ++w) {
    if (graph.word(w) != "and" || graph.left(w, "SJ").empty()) continue;
    const bool argument = is_subject(graph, w) || !graph.left(w, "O").empty() ||
                          !graph.left(w, "Wd").empty();  // a main clause's subject
    if (!argument) continue;
    std::set<int> ids;
    for (std::size_t x : roles::joined(graph.left(w, "SJ"), graph.right(w, "SJ")))
      add_name(graph, x, ids);
    if (ids.size() >= 2) out.push_back(std::move(ids));
  }
  return out;
}

}  // namespace actornet::tagging
