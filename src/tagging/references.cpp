#include "tagging/references.hpp"

#include <algorithm>
#include <iterator>
#include <map>

namespace actornet::tagging {

namespace {

// Drops the first `count` entries of `list` (the paragraph before the one
// ending) and returns how many are left (the paragraph that ends).
template <typename T>
std::size_t forget_older(std::vector<T>& list, std::size_t count) {
  list.erase(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(count));
  return list.size();
}

}  // namespace

void ParagraphMemory::start_paragraph(std::size_t block) {
  block_ = block;
  started_ = true;
  paragraph_mentions_ = forget_older(mentions_, paragraph_mentions_);
  paragraph_acts_ = forget_older(acts_, paragraph_acts_);
  paragraph_persons_ = forget_older(persons_, paragraph_persons_);
  subjects_.clear();  // a subject is preferred within its own paragraph only
}

void ParagraphMemory::mention(std::size_t offset, int actor) {
  mentions_.emplace_back(offset, actor);
}

void ParagraphMemory::act(std::size_t offset, int agent, const std::string& group) {
  acts_.push_back({offset, agent, group});
}

void ParagraphMemory::subject(std::size_t offset, int actor) {
  subjects_.emplace_back(offset, actor);
}

void ParagraphMemory::person(std::size_t unit, std::size_t offset, int actor) {
  persons_.push_back({unit, offset, actor});
}

std::set<int> ParagraphMemory::resolve_person(std::size_t offset,
                                              const std::set<int>& exclude) const {
  // The first person of the latest sentence that names one before `offset`:
  // the subject, mostly, which centering prefers ("Putin met Khamenei.
  // Later, he hosted ..." is Putin). A person of no actor there means the
  // pronoun is theirs ("President Erdogan met Putin. He said ...").
  // People are recorded in text order: the latest such sentence's are the
  // run of one unit ending at the last person before `offset`.
  const auto end = std::partition_point(persons_.begin(), persons_.end(),
                                        [&](const Person& p) { return p.offset < offset; });
  if (end == persons_.begin()) return {};
  auto first = end;
  while (first != persons_.begin() && std::prev(first)->unit == std::prev(end)->unit) --first;
  for (auto p = first; p != end; ++p) {
    if (exclude.count(p->actor) > 0) continue;
    if (p->actor < 0) return {};
    return {p->actor};
  }
  return {};
}

std::size_t ParagraphMemory::other_actors(const std::set<int>& present) const {
  std::set<int> others;
  for (const auto& [offset, actor] : mentions_)
    if (present.count(actor) == 0) others.insert(actor);
  for (int actor : focus_)
    if (present.count(actor) == 0) others.insert(actor);
  return others.size();
}

std::set<int> ParagraphMemory::latest(const std::vector<std::pair<std::size_t, int>>& list,
                                      std::size_t before, const std::set<int>& exclude) {
  std::set<int> found;
  std::size_t at = 0;
  for (const auto& [offset, actor] : list) {
    if (offset >= before || exclude.count(actor) > 0) continue;
    if (found.empty() || offset > at) {
      found = {actor};
      at = offset;
    } else if (offset == at) {
      found.insert(actor);
    }
  }
  return found;
}

std::set<int> ParagraphMemory::resolve(std::size_t offset, bool act, const std::set<int>& exclude,
                                       bool plural, const std::string& group) const {
  if (act) {
    // "Armenia protested ... the attack": a protest is no attack.
    std::vector<std::pair<std::size_t, int>> same;
    for (const Act& a : acts_)
      if (group.empty() || a.group == group) same.emplace_back(a.offset, a.agent);
    std::set<int> agents = latest(same, offset, exclude);
    // An act noun with no act of its kind before it names one the
    // paragraph has not described: no antecedent, rather than a guess.
    if (!agents.empty() || !group.empty()) return agents;
  }
  const std::set<int> subject = latest(subjects_, offset, exclude);
  if (!plural) {
    // A singular pronoun names one actor: the latest subject when one
    // compatible actor is left of it (a coordinated subject less the other
    // role counts: "Russia and Iran ... it supplied Iran" is Russia; requiring
    // a single-actor subject measured worse), else the latest mention.
    std::set<int> named = subject.size() == 1 ? subject : latest(mentions_, offset, exclude);
    if (named.size() > 1) named = {*named.rbegin()};
    return named;
  }
  // A plural one: the latest coordinated subject ("Russia and Iran signed
  // a deal with China. They ..."), else the two latest actors.
  if (subject.size() >= 2) return subject;
  std::set<int> named = latest(mentions_, offset, exclude);
  // A plural one needs a second actor: the latest one before the first
  // ("Moscow and Tehran ... they", "Russia ... Iran ... the two countries").
  if (named.size() == 1) {
    std::set<int> wider = exclude;
    wider.insert(named.begin(), named.end());
    const std::set<int> second = latest(mentions_, offset, wider);
    if (!second.empty()) named.insert(*second.rbegin());
  }
  for (auto f = focus_.begin(); f != focus_.end() && named.size() < 2; ++f)
    if (exclude.count(*f) == 0) named.insert(*f);
  return named;
}

std::set<int> ParagraphMemory::ordinal(std::size_t offset, bool latter) const {
  // The two actors named last, ordered by where each was first named since
  // a third actor was: "Russia and Iran met in Moscow" is Russia, then Iran.
  std::vector<std::pair<std::size_t, int>> before;
  for (const auto& m : mentions_)
    if (m.first < offset) before.push_back(m);
  std::sort(before.begin(), before.end());
  std::vector<int> seen;
  std::map<int, std::size_t> first;
  for (auto m = before.rbegin(); m != before.rend(); ++m) {
    if (std::find(seen.begin(), seen.end(), m->second) == seen.end()) {
      if (seen.size() == 2) break;
      seen.push_back(m->second);
    }
    first[m->second] = m->first;
  }
  if (seen.size() != 2) return {};
  const int earlier = first[seen[0]] < first[seen[1]] ? seen[0] : seen[1];
  const int later = earlier == seen[0] ? seen[1] : seen[0];
  return {latter ? later : earlier};
}

}  // namespace actornet::tagging
