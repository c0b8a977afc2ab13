// Agreement between the automatic tagger and the hand-coded relations, with
// the curated codes as the reference.
//
// Items: every (document, sentence unit, unordered actor pair) that has an
// automatic or a curated relation in a counted unit. The tagger writes a
// neutral row for every co-mentioned pair, so every co-mentioned pair is an
// item (the coder's "no row" then means "no relation"). Each side gives the item
// one label: the polarity of most of its relations for that pair
// (cooperation, rivalry, withheld), ties broken in the order rivalry,
// withheld, cooperation; "neutral" when it has only neutral relations or
// none (a curated file without a row for a co-mentioned pair says "no
// relation").
// Measures: confusion matrix (curated rows x automatic columns); per label,
// precision = agreed / labelled so by the tagger, recall = agreed / labelled
// so by the coder, F1 = their harmonic mean; observed agreement p_o; Cohen's
// (1960) kappa = (p_o - p_e) / (1 - p_e), p_e = sum over labels of the
// product of the two sides' marginal shares (Cohen, J. 1960, Educational and
// Psychological Measurement 20(1), doi:10.1177/001316446002000104).
// Macro-F1: the mean F1 over the four labels (a label neither side uses is
// left out; an undefined F1 of a used label counts 0). The 95% interval of
// kappa is a percentile bootstrap over sentence units (Efron & Tibshirani
// 1993), since the items of one sentence are not independent; seeded, so it
// repeats. Direction accuracy: among items both sides label with the same
// relation (not neutral), the share where they agree on direction (both
// mutual, or the same source and target). Unit recall: the share of the
// coder's related items (a curated label other than neutral) that are items
// of the tagger at all: the sentence was kept and both actors were found in it.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "extract/relation.hpp"

namespace actornet::analysis {

constexpr std::array<const char*, 4> kAgreementLabels = {"cooperation", "rivalry", "withheld", "neutral"};

struct AgreementItem {
  std::size_t doc_seq = 0;
  std::string doc_id;
  std::size_t unit = 0;
  std::string a;  // actor ids, a < b
  std::string b;
  std::string curated;  // label
  std::string automatic;
  std::string curated_detail;    // e.g. "RUS>IRN 07 (line 12)"
  std::string automatic_detail;  // e.g. "RUS>IRN 07 cue supplied"
  std::string text;
};

struct LabelScores {
  std::string label;
  std::int64_t curated = 0;    // items the coder gave this label
  std::int64_t automatic = 0;  // items the tagger gave this label
  std::int64_t agreed = 0;
  double precision = 0.0;  // NaN when the tagger never gave the label
  double recall = 0.0;     // NaN when the coder never gave the label
  double f1 = 0.0;         // NaN when precision or recall is NaN or both are 0
};

struct AgreementFigures {
  std::int64_t items = 0;
  std::array<std::array<std::int64_t, 4>, 4> confusion{};  // [curated][automatic], kAgreementLabels order
  std::vector<LabelScores> labels;
  double observed = 0.0;  // p_o
  double expected = 0.0;  // p_e
  double kappa = 0.0;     // NaN when p_e = 1
  double kappa_low = 0.0;   // 95% bootstrap interval over units (NaN with fewer than 2 units)
  double kappa_high = 0.0;
  double macro_f1 = 0.0;
  std::int64_t direction_items = 0;  // same relation label on both sides
  std::int64_t direction_agreed = 0;
  double direction_accuracy = 0.0;   // NaN without such items
};

// Replicates of the kappa bootstrap, and its seed.
constexpr int kKappaReplicates = 1000;
constexpr std::uint64_t kKappaSeed = 1;

struct AgreementReport {
  // Every item, and the items whose two actors the tagger finds in the
  // sentence (it has a row for them: both named, or one resolved from a
  // reference). Coders also code actors that are only implied; the tagger
  // cannot see those, so `named` measures the tagging rules themselves.
  AgreementFigures all;
  AgreementFigures named;
  // The named items that at least one side labels other than neutral: leaves
  // out the co-mentions both sides agree carry no relation.
  AgreementFigures related;
  // Coder's related items that the tagger has as items, out of all the
  // coder's related items.
  std::int64_t curated_related = 0;
  std::int64_t curated_related_found = 0;
  double unit_recall = 0.0;
  std::vector<AgreementItem> disagreements;  // in corpus order, all items
};

// Streaming: feed the rows of output/relations.csv in file order (relations
// of curated rows in excluded units are skipped), then finish().
class AgreementCounter {
 public:
  void add(const extract::Relation& relation);
  AgreementReport finish();

 private:
  // One item as the bootstrap sees it.
  struct Scored {
    std::size_t unit = 0;  // running unit number
    std::size_t curated = 0;
    std::size_t automatic = 0;
  };
  void flush();
  static void interval(const std::vector<Scored>& items, AgreementFigures& figures);
  std::vector<extract::Relation> group_;  // relations of the current (doc_seq, unit)
  std::size_t units_ = 0;
  std::vector<Scored> scored_all_, scored_named_, scored_related_;
  AgreementReport report_;
};

}  // namespace actornet::analysis
