#include "tagging/references.hpp"

namespace actornet::tagging {

void ParagraphMemory::start_paragraph(std::size_t block) {
  block_ = block;
  started_ = true;
  mentions_.clear();
  acts_.clear();
}

void ParagraphMemory::mention(std::size_t offset, int actor) { mentions_.emplace_back(offset, actor); }

void ParagraphMemory::act(std::size_t offset, int agent) { acts_.emplace_back(offset, agent); }

bool ParagraphMemory::has_other_actor(const std::set<int>& present) const {
  for (const auto& [offset, actor] : mentions_)
    if (present.count(actor) == 0) return true;
  return false;
}

std::set<int> ParagraphMemory::latest(const std::vector<std::pair<std::size_t, int>>& list, std::size_t before,
                                      const std::set<int>& exclude) {
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

std::set<int> ParagraphMemory::resolve(std::size_t offset, bool act, const std::set<int>& exclude) const {
  if (act) {
    std::set<int> agents = latest(acts_, offset, exclude);
    if (!agents.empty()) return agents;
  }
  // A pronoun names one actor: the latest mention.
  std::set<int> named = latest(mentions_, offset, exclude);
  if (named.size() > 1) named = {*named.rbegin()};
  return named;
}

}  // namespace actornet::tagging
