#include "extract/lexicon.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "io/errors.hpp"
#include "support/temp_dir.hpp"

namespace actornet::extract {
namespace {

using actornet::testing::TempDir;

const char* kCategories =
    "category,label,goldstein,group,polarity\n"
    "05,engage in diplomatic cooperation,3.5,verbal cooperation,cooperation\n"
    "07,provide aid,7.0,material cooperation,cooperation\n"
    "11,disapprove,-2.0,verbal conflict,rivalry\n";
const char* kCues = "cue,category,intensity,kind,note\nsupplied,07,,action,\nSanction*,11,-8,action,\n"
                    "partnership,05,,mutual,\n";
const char* kModifiers = "word,type,note\nnot,negation,\ndidn\xE2\x80\x99t,negation,\ncould,modality,\n";

struct Files {
  std::string categories = kCategories;
  std::string cues = kCues;
  std::string modifiers = kModifiers;
};

std::string load_error(const Files& f) {
  TempDir dir;
  dir.write("categories.csv", f.categories);
  dir.write("cues.csv", f.cues);
  dir.write("modifiers.csv", f.modifiers);
  try {
    Lexicon::load(dir.path().string());
  } catch (const io::DataError& e) {
    return e.what();
  }
  return "";
}

TEST(Lexicon, LoadsCategoriesCuesAndModifiers) {
  TempDir dir;
  dir.write("categories.csv", kCategories);
  dir.write("cues.csv", kCues);
  dir.write("modifiers.csv", kModifiers);
  const Lexicon lex = Lexicon::load(dir.path().string());
  ASSERT_EQ(lex.categories().size(), 3u);
  EXPECT_EQ(lex.category("07")->label, "provide aid");
  EXPECT_EQ(lex.category("07")->group, "material cooperation");
  EXPECT_EQ(lex.category("99"), nullptr);
  ASSERT_EQ(lex.cues().size(), 3u);
  EXPECT_DOUBLE_EQ(lex.cues()[0].intensity, 7.0);  // empty intensity: the category's Goldstein value
  EXPECT_EQ(lex.cues()[1].text, "sanction");       // folded, '*' removed
  EXPECT_TRUE(lex.cues()[1].prefix);
  EXPECT_DOUBLE_EQ(lex.cues()[1].intensity, -8.0);
  EXPECT_EQ(lex.cues()[2].kind, CueKind::kMutual);
  ASSERT_EQ(lex.modifiers().size(), 3u);
  EXPECT_EQ(lex.modifiers()[1].text, "didn't");  // curly apostrophe folded
  EXPECT_EQ(lex.modifiers()[1].type, ModifierType::kNegation);
  EXPECT_EQ(lex.modifiers()[2].type, ModifierType::kModality);
}

struct BadCase {
  const char* name;
  Files files;
  const char* expected;
};
void PrintTo(const BadCase& c, std::ostream* os) { *os << c.name; }

class LexiconErrors : public ::testing::TestWithParam<BadCase> {};

TEST_P(LexiconErrors, NameFileLineAndProblem) {
  const std::string message = load_error(GetParam().files);
  EXPECT_NE(message.find(GetParam().expected), std::string::npos) << message;
}

Files with_categories(const std::string& extra_row) {
  Files f;
  f.categories += extra_row;
  return f;
}
Files with_cue(const std::string& row) {
  Files f;
  f.cues += row;
  return f;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LexiconErrors,
    ::testing::Values(
        BadCase{"three_digit_code", with_categories("057,sign,8.0,verbal cooperation,cooperation\n"),
                "categories.csv:5: category '057' is not a two-digit CAMEO root"},
        BadCase{"repeated_code", with_categories("07,again,7.0,g,cooperation\n"), "categories.csv:5: category 07 is listed twice"},
        BadCase{"goldstein_range", with_categories("19,fight,-11,g,rivalry\n"), "categories.csv:5: goldstein must be"},
        BadCase{"bad_polarity", with_categories("19,fight,-10,g,hostile\n"), "categories.csv:5: polarity must be"},
        BadCase{"unknown_category", with_cue("war,19,,mutual,\n"), "cues.csv:5: cue 'war' has category '19'"},
        BadCase{"repeated_cue", with_cue("Supplied,07,,action,\n"), "cues.csv:5: cue 'Supplied' is listed twice"},
        BadCase{"bad_kind", with_cue("aid,07,,gift,\n"), "cues.csv:5: kind must be 'action', 'mutual' or 'frame'"},
        BadCase{"bad_intensity", with_cue("aid,07,lots,action,\n"), "cues.csv:5: intensity must be a number"},
        BadCase{"empty_cue", with_cue("*,07,,action,\n"), "cues.csv:5: empty cue"},
        BadCase{"bad_modifier", Files{kCategories, kCues, "word,type,note\nnot,denial,\n"},
                "modifiers.csv:2: type must be one of negation, modality, refusal"}),
    [](const ::testing::TestParamInfo<BadCase>& info) { return std::string(info.param.name); });

TEST(Lexicon, ShippedLexiconLoadsAndCoversTheIssueCues) {
  const Lexicon lex = Lexicon::load(std::string(ACTORNET_SOURCE_DIR) + "/data/lexicon");
  EXPECT_EQ(lex.categories().size(), 20u);
  // Goldstein values per CAMEO root as GDELT publishes them (REFERENCE.md).
  const std::pair<const char*, double> goldstein[] = {{"01", 0.0}, {"02", 3.0}, {"03", 4.0},  {"04", 1.0},
                                                      {"05", 3.5}, {"06", 6.0}, {"07", 7.0},  {"08", 5.0},
                                                      {"09", -2.0}, {"10", -5.0}, {"11", -2.0}, {"12", -4.0},
                                                      {"13", -6.0}, {"14", -6.5}, {"15", -7.2}, {"16", -4.0},
                                                      {"17", -7.0}, {"18", -9.0}, {"19", -10.0}, {"20", -10.0}};
  for (const auto& [code, value] : goldstein) {
    ASSERT_NE(lex.category(code), nullptr) << code;
    EXPECT_DOUBLE_EQ(lex.category(code)->goldstein, value) << code;
  }
  // Every cue word the issue names is matched by some cue (exactly, or by a
  // '*' cue whose stem it starts with).
  auto matched = [&lex](const std::string& word) {
    for (const Cue& c : lex.cues()) {
      if (c.text == word || (c.prefix && word.rfind(c.text, 0) == 0)) return true;
    }
    return false;
  };
  for (const char* word : {"treaty", "signed", "partnership", "supplied", "delivered", "invested", "trade", "aid",
                           "support", "mediate", "condemned", "attacked", "strikes", "sanctions", "rivalry",
                           "distrust", "hostility", "war", "invaded", "accused", "competed", "threatened"}) {
    EXPECT_TRUE(matched(word)) << word;
  }
}

// The test lexicon (kCategories, kCues, kModifiers) with `verbs` as verbs.csv.
Lexicon load_with_verbs(const std::string& verbs) {
  TempDir dir;
  dir.write("categories.csv", kCategories);
  dir.write("cues.csv", kCues);
  dir.write("modifiers.csv", kModifiers);
  dir.write("verbs.csv", "verb,forms,code,category,intensity,note\n" + verbs);
  return Lexicon::load(dir.path().string());
}

TEST(Lexicon, VerbsCsvAddsFormsAsVerbOnlyCuesAndHandWrittenCuesWin) {
  // "supply" has a form ("supplied") that cues.csv already has: the hand cue stays.
  const Lexicon lex = load_with_verbs(
      "supply,supply supplies supplied supplying,070,07,,\n"
      "denounce,denounce denounces denounced denouncing,111,11,-2.0,\n");
  std::map<std::string, const Cue*> by_text;
  for (const Cue& c : lex.cues()) by_text[c.text] = &c;
  ASSERT_EQ(by_text.count("supplied"), 1u);
  EXPECT_FALSE(by_text["supplied"]->verb_only);  // from cues.csv
  for (const char* form : {"supply", "supplies", "supplying", "denounce", "denounces", "denounced", "denouncing"}) {
    ASSERT_EQ(by_text.count(form), 1u) << form;
    EXPECT_TRUE(by_text[form]->verb_only) << form;
    EXPECT_EQ(by_text[form]->kind, CueKind::kAction) << form;
  }
  EXPECT_EQ(by_text["denounced"]->category, "11");
  EXPECT_DOUBLE_EQ(by_text["denounced"]->intensity, -2.0);
  EXPECT_DOUBLE_EQ(by_text["supplies"]->intensity, 7.0);  // empty: the category's Goldstein value
}

TEST(Lexicon, AHyphenatedVerbIsOneMultiWordFormNotItsParts) {
  // CAMEO's RE_ARREST block: "re-arrest" must not make "re" a cue of its own
  // (it matched "re-evaluate" as an arrest).
  const Lexicon lex =
      load_with_verbs("re-denounce,re-denounce re-denounces re-denounced re-denouncing,111,11,-2.0,\n");
  std::set<std::string> texts;
  for (const Cue& c : lex.cues()) texts.insert(c.text);
  EXPECT_EQ(texts.count("re"), 0u);
  EXPECT_EQ(texts.count("denounced"), 0u);
  for (const char* form : {"re denounce", "re denounces", "re denounced", "re denouncing"})
    EXPECT_EQ(texts.count(form), 1u) << form;
}

}  // namespace
}  // namespace actornet::extract
