// The simplest references of a paragraph (Hobbs 1978's recency baseline,
// restricted to actors): a pronoun ("it", "them", "its") or a definite act
// noun ("the strikes", "the move") stands for the most recent compatible
// actor mention, or, when it stands for an act, for the agents of the most
// recent act ("Israeli and US strikes ... Russia condemned them": both),
// before it in the same paragraph. Compatible: not an actor of
// the other role of the same event ("Russia condemned them" cannot mean Russia).
// Subjects come first (Lappin & Leass 1994's salience by role): a singular
// pronoun takes the paragraph's latest subject when one compatible actor of
// it is left, a plural one its latest coordinated subject, before the
// latest mentions; a plural with no
// pair named falls back on the document's focal pair.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "tagging/clause_roles.hpp"

namespace actornet::tagging {

class ParagraphMemory : public ReferenceResolver {
 public:
  // A new paragraph (block) begins: what the paragraph before it named stays
  // as the fallback antecedent (the coding rules accept an antecedent in the
  // immediately preceding sentence or the section heading); anything older
  // is forgotten.
  void start_paragraph(std::size_t block);
  std::size_t paragraph() const { return block_; }
  bool started() const { return started_; }
  // An actor named at normalised `offset`.
  void mention(std::size_t offset, int actor);
  // An act by `agent` whose cue stands at `offset`, of category group
  // `group` (empty when unknown: it then matches no group-specific reference).
  void act(std::size_t offset, int agent, const std::string& group = {});
  // Actor `actor`, named at `offset`, is a subject there: a singular
  // pronoun prefers the paragraph's latest subject to its latest mention
  // (Lappin & Leass 1994 rank subjects first; centering's preferred
  // centre). Measured: carrying subjects into the next paragraph, as
  // mentions are, did worse on both evaluation corpora.
  void subject(std::size_t offset, int actor);
  // A sentence named actors but was not parsed: its subject is unknown, so
  // earlier subjects are no longer preferred ("Russia signed a deal with
  // Iran. China protested. It ..." is China, the latest mention).
  void unknown_subject() { subjects_.clear(); }
  // Number of distinct actors named before, other than those of `present`,
  // counting the document's focal pair.
  std::size_t other_actors(const std::set<int>& present) const;
  // The document's focal pair (its two most named actors): the last resort
  // of a plural reference when the paragraphs name fewer than two actors.
  void set_focus(std::vector<int> focus) { focus_ = std::move(focus); }

  std::set<int> resolve(std::size_t offset, bool act, const std::set<int>& exclude,
                        bool plural = false, const std::string& group = {}) const override;
  std::set<int> ordinal(std::size_t offset, bool latter) const override;

  // A person named (persons.hpp) at `offset` in the unit starting at
  // `unit`: a leader or owned title (`actor` >= 0) or a person of no actor
  // (-1). Calls come in text order.
  void person(std::size_t unit, std::size_t offset, int actor);
  std::set<int> resolve_person(std::size_t offset, const std::set<int>& exclude) const override;

 private:
  // Actors of the latest entry before `before` (all of them when several
  // share its offset), leaving out `exclude`.
  static std::set<int> latest(const std::vector<std::pair<std::size_t, int>>& list,
                              std::size_t before, const std::set<int>& exclude);
  std::size_t block_ = 0;
  bool started_ = false;
  std::vector<std::pair<std::size_t, int>> mentions_;  // (offset, actor), in text order
  struct Act {
    std::size_t offset = 0;
    int agent = -1;
    std::string group;
  };
  std::vector<Act> acts_;
  std::vector<std::pair<std::size_t, int>> subjects_;
  struct Person {
    std::size_t unit = 0;
    std::size_t offset = 0;
    int actor = -1;
  };
  std::vector<Person> persons_;  // in text order
  std::size_t paragraph_persons_ = 0;
  std::size_t paragraph_mentions_ = 0;  // entries of the paragraph before the current one
  std::size_t paragraph_acts_ = 0;
  std::vector<int> focus_;
};

}  // namespace actornet::tagging
