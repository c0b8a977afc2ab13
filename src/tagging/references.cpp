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

int ParagraphMemory::latest(const std::vector<std::pair<std::size_t, int>>& list, std::size_t before,
                            const std::set<int>& exclude) {
  int found = -1;
  std::size_t at = 0;
  for (const auto& [offset, actor] : list) {
    if (offset >= before || exclude.count(actor) > 0) continue;
    if (found < 0 || offset >= at) {
      found = actor;
      at = offset;
    }
  }
  return found;
}

int ParagraphMemory::resolve(std::size_t offset, bool act, const std::set<int>& exclude) const {
  if (act) {
    const int agent = latest(acts_, offset, exclude);
    if (agent >= 0) return agent;
  }
  return latest(mentions_, offset, exclude);
}

}  // namespace actornet::tagging
