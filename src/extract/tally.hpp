// Partial results of extraction that merge exactly by addition.
//
// A Tally holds only sums (and, for the date range, a minimum and a maximum),
// so the tally of a corpus equals the merge of the tallies of any partition of
// its documents, in any order. That is what lets a large corpus run as the
// map step of a batch engine (`actornet extract --shard i/n`), with
// `actornet merge` as the reduce step.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "extract/gazetteer.hpp"

namespace actornet::extract {

struct PairCount {
  std::int64_t units = 0;  // contexts in which both actors occur (binary)
  std::int64_t count = 0;  // the same under the chosen counting (binary or full)
};

struct Tally {
  // Identity: tallies merge only when these agree.
  std::vector<Actor> actors;     // gazetteer actors, sorted by id
  std::string unit = "sentence"; // sentence | paragraph | document | window:k
  std::string counting = "binary";

  // Provenance of a whole extraction run (empty in per-document tallies):
  // what `actornet merge` checks before adding shards together.
  std::string rules;             // cleaning rules in force, comma-separated
  std::string inputs;            // fingerprint of manifest, gazetteer and patterns
  std::int64_t corpus_documents = 0;  // documents in the manifest (all shards)
  std::int64_t shard_index = 0;  // this run processed positions shard_index mod shard_count
  std::int64_t shard_count = 1;

  std::int64_t documents = 0;
  // Sum (mod 2^64) of every document's FNV-1a fingerprint of its id and bytes:
  // identifies the corpus contents, and adds up across shards like the rest.
  std::uint64_t content_hash = 0;
  std::int64_t units = 0;  // N: co-occurrence contexts counted
  std::string date_min;    // manifest dates, compared as ISO strings
  std::string date_max;
  std::vector<std::int64_t> actor_units;     // contexts mentioning actor i
  std::vector<std::int64_t> actor_mentions;  // all mentions of actor i in kept units
  std::map<std::pair<int, int>, PairCount> pairs;  // key (a, b) with a < b
  std::map<std::string, std::int64_t> excluded_blocks;  // rule -> blocks excluded
  std::map<std::string, std::int64_t> excluded_units;   // rule -> units excluded
  std::map<std::string, std::int64_t> masked;           // mask -> markers blanked
  std::map<std::string, std::int64_t> relations;        // "origin:polarity" -> relations

  // An empty tally for these actors and options.
  static Tally empty(const std::vector<Actor>& actors, std::string unit, std::string counting);

  // Adds `other` into this tally. Throws io::DataError (naming `other_name`)
  // if actors or options differ.
  void merge(const Tally& other, const std::string& other_name = "tally");

  bool operator==(const Tally& other) const;
};

// The reduce step: merges the tallies of `extract --shard I/N` runs (name,
// tally). Throws io::DataError naming the offending file unless every shard
// was made from the same inputs, rules and options, all share the same N,
// and the indices are exactly 0..N-1, each once. The result covers the whole
// corpus (shard 0/1).
Tally merge_shards(const std::vector<std::pair<std::string, Tally>>& shards);

// Serialises a tally as CSV (`record,key_a,key_b,value`), one fact per row,
// sorted, so that files diff well and merge with any CSV tool.
void write_tally(std::ostream& out, const Tally& tally);
// Reads what write_tally wrote; throws io::DataError with the line of a bad row.
Tally read_tally(const std::string& path);

}  // namespace actornet::extract
