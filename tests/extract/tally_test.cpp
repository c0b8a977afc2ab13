#include "extract/tally.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "io/errors.hpp"
#include "support/temp_dir.hpp"

namespace actornet::extract {
namespace {

using actornet::testing::TempDir;

std::vector<Actor> actors() { return {{"A", "Alpha", "state", ""}, {"B", "Beta", "state", ""}, {"C", "Gamma", "group", ""}}; }

Tally sample(std::int64_t scale, const std::string& date) {
  Tally t = Tally::empty(actors(), "sentence", "binary");
  t.documents = 1;
  // Large enough that the sum of two wraps around 2^64.
  t.content_hash = 0xF000000000000000ull + static_cast<std::uint64_t>(scale);
  t.units = 10 * scale;
  t.date_min = t.date_max = date;
  t.actor_units = {3 * scale, 2 * scale, scale};
  t.actor_mentions = {4 * scale, 2 * scale, scale};
  t.pairs[{0, 1}] = {2 * scale, 2 * scale};
  t.pairs[{1, 2}] = {scale, scale};
  t.excluded_blocks["bios"] = scale;
  t.masked["markup"] = 2 * scale;
  return t;
}

TEST(Tally, MergeAddsEverySumAndWidensTheDateRange) {
  Tally t = sample(1, "2024-03");
  t.merge(sample(2, "2025-07-01"));
  EXPECT_EQ(t.documents, 2);
  // (0xF0..01 + 0xF0..02) mod 2^64 = 0xE0..03
  EXPECT_EQ(t.content_hash, 0xE000000000000003ull);
  EXPECT_EQ(t.units, 30);
  EXPECT_EQ(t.actor_units, (std::vector<std::int64_t>{9, 6, 3}));
  EXPECT_EQ(t.pairs.at({0, 1}).count, 6);
  EXPECT_EQ(t.pairs.at({1, 2}).units, 3);
  EXPECT_EQ(t.excluded_blocks.at("bios"), 3);
  EXPECT_EQ(t.masked.at("markup"), 6);
  EXPECT_EQ(t.date_min, "2024-03");
  EXPECT_EQ(t.date_max, "2025-07-01");
}

TEST(Tally, MergeIsOrderIndependent) {
  Tally ab = sample(1, "2024");
  ab.merge(sample(3, "2022"));
  Tally ba = sample(3, "2022");
  ba.merge(sample(1, "2024"));
  EXPECT_TRUE(ab == ba);
}

TEST(Tally, MergingAnEmptyTallyChangesNothing) {
  Tally t = sample(1, "2024");
  const Tally before = t;
  t.merge(Tally::empty(actors(), "sentence", "binary"));
  EXPECT_TRUE(t == before);
}

TEST(Tally, RefusesToMergeDifferentOptionsOrActors) {
  Tally t = sample(1, "2024");
  EXPECT_THROW(t.merge(Tally::empty(actors(), "paragraph", "binary"), "x.csv"), io::DataError);
  EXPECT_THROW(t.merge(Tally::empty(actors(), "sentence", "full"), "x.csv"), io::DataError);
  EXPECT_THROW(t.merge(Tally::empty({{"A", "Alpha", "", ""}}, "sentence", "binary"), "x.csv"),
               io::DataError);
}

TEST(Tally, WriteThenReadGivesTheSameTally) {
  TempDir dir;
  const Tally t = sample(5, "2025-06-30");
  std::ostringstream text;
  write_tally(text, t);
  const Tally back = read_tally(dir.write("tally.csv", text.str()));
  EXPECT_TRUE(back == t);
  ASSERT_EQ(back.actors.size(), 3u);
  EXPECT_EQ(back.actors[2].name, "Gamma");
  EXPECT_EQ(back.actors[2].type, "group");
}

TEST(Tally, ReadErrorsNameTheLine) {
  TempDir dir;
  auto error = [&dir](const std::string& content) {
    try {
      read_tally(dir.write("bad.csv", content));
    } catch (const io::DataError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  const std::string head = "record,key_a,key_b,value\nactor,A,state,Alpha\nactor,B,state,Beta\n";
  EXPECT_NE(error(head + "units,,,ten\n").find("bad.csv:4: expected a non-negative integer"),
            std::string::npos);
  EXPECT_NE(error(head + "pair_units,B,A,1\n").find("bad.csv:4: pair 'B,A' is not in id order"),
            std::string::npos);
  EXPECT_NE(error(head + "actor_units,Z,,1\n").find("bad.csv:4: unknown actor 'Z'"),
            std::string::npos);
  EXPECT_NE(error(head + "colour,,,red\n").find("bad.csv:4: unknown record type"),
            std::string::npos);
  EXPECT_NE(error(head + "content_hash,,,xyz\n").find("bad.csv:4: content_hash must be hexadecimal"),
            std::string::npos);
  EXPECT_NE(error(head + "units,,,-3\n").find("bad.csv:4"), std::string::npos);
}

}  // namespace
}  // namespace actornet::extract
