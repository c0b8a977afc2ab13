#include "tagging/shallow_groups.hpp"

#include <algorithm>
#include <set>
#include <string>

namespace actornet::tagging {

namespace {

const std::set<std::string>& group_joiners() {
  static const std::set<std::string> words = {"and", "or", "both", "the", "between", "with"};
  return words;
}

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
    if (std::find(g.actors.begin(), g.actors.end(), m.actor) == g.actors.end())
      g.actors.push_back(m.actor);
    g.last = m.last;
  }
}

}  // namespace

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

}  // namespace actornet::tagging
