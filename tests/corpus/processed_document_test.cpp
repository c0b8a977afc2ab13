// Tests for corpus/processed_document.hpp on the project's real source texts
// (data/corpus/, messy web captures) and on small synthetic documents: glued
// headings, captions, duplicates, bios, references, masked footnote markers,
// newsletter prompts, and the offsets that tie every unit back to the
// original bytes.
#include "corpus/processed_document.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "corpus/cleaning.hpp"
#include "corpus/corpus_reader.hpp"
#include "corpus/text_normalizer.hpp"
#include "io/diagnostics.hpp"

namespace actornet::corpus {
namespace {

const std::string kCorpus = std::string(ACTORNET_SOURCE_DIR) + "/data/corpus";

CleaningOptions default_options() {
  CleaningOptions options;
  options.patterns =
      load_boilerplate_patterns(std::string(ACTORNET_SOURCE_DIR) + "/data/filters/boilerplate.csv");
  return options;
}

// Reads document `id` of the project corpus (with its manifest metadata:
// the bios rule uses the authors) and processes it.
ProcessedDocument process_real(const std::string& id, const CleaningOptions& options) {
  io::Diagnostics diagnostics;
  const CorpusReader reader(kCorpus, diagnostics);
  for (std::size_t i = 0; i < reader.documents().size(); ++i) {
    if (reader.documents()[i].id != id) continue;
    std::optional<Document> doc = reader.load(i);
    if (!doc) {
      ADD_FAILURE() << "cannot load " << id;
      return {};
    }
    ProcessedDocument processed = process_document(std::move(*doc), options, diagnostics);
    EXPECT_TRUE(diagnostics.all().empty()) << id;  // the corpus is valid UTF-8
    return processed;
  }
  ADD_FAILURE() << "no document " << id;
  return {};
}

ProcessedDocument process_real(const std::string& id) { return process_real(id, default_options()); }

ProcessedDocument process_text(const std::string& bytes, io::Diagnostics& diagnostics,
                               const CleaningOptions& options = CleaningOptions{}) {
  Document doc;
  doc.path = "synthetic.txt";
  doc.bytes = bytes;
  return process_document(std::move(doc), options, diagnostics);
}

std::string fold_whitespace(const std::string& s) {
  std::string out;
  bool pending = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(c);
  }
  return out;
}

std::string text_of(const ProcessedDocument& doc, const Unit& u) {
  return doc.normalized.text.substr(u.begin, u.end - u.begin);
}

std::string text_of(const ProcessedDocument& doc, const Block& b) {
  return doc.normalized.text.substr(b.begin, b.end - b.begin);
}

const Block& block_starting(const ProcessedDocument& doc, const std::string& prefix) {
  for (const Block& b : doc.blocks) {
    if (text_of(doc, b).rfind(prefix, 0) == 0) return b;
  }
  ADD_FAILURE() << "no block starts with '" << prefix << "'";
  static const Block none;
  return none;
}

std::size_t count_excluded(const ProcessedDocument& doc, const std::string& rule) {
  std::size_t n = 0;
  for (const Block& b : doc.blocks) n += b.exclusion == rule ? 1 : 0;
  return n;
}

// ---- 004: headings glued to sentences, bold markers, captions ---------------

TEST(ProcessedDocument004, GluedHeadingsBecomeTheirOwnHeadingUnits) {
  const ProcessedDocument doc = process_real("004");
  // The twelve headings that run into the previous sentence ("...built.Economic"),
  // found with grep -o '[a-z][a-z]\.[A-Z][a-z][^.]*' on the file.
  const std::vector<std::string> headings = {
      "Economic Synergy: Beyond Oil and Gas",
      "Energy Diplomacy and Nuclear Ambitions",
      "Payment Systems and Trade Agreements",
      "Military Cooperation: A Strategic Imperative",
      "Weapons Exchange: Drones for Support",
      "Navigating Regional Tensions: Israel, Syria, and Hezbollah",
      "Syria and Regional Influence",
      "The Ukraine War's Influence on Russia-Iran Ties",
      "The Delicate Balancing Act: Moscow's Middle East Strategy",
      "Geopolitical Chessboard: China, Turkiye, and the West",
      "Looking Ahead: The Future of Russia's Support for Iran",
      "Conclusion: A Partnership of Convenience and Necessity"};
  for (const std::string& heading : headings) {
    std::size_t found = 0;
    for (const Unit& u : doc.units) {
      if (text_of(doc, u) != heading) continue;
      ++found;
      EXPECT_EQ(u.kind, "heading") << heading;
      EXPECT_FALSE(u.excluded) << heading;
      ASSERT_GT(u.index, 0u);
      // The sentence it was glued to ends with its full stop, in the same block.
      const Unit& before = doc.units[u.index - 1];
      EXPECT_EQ(before.block, u.block) << heading;
      EXPECT_EQ(doc.normalized.text[before.end - 1], '.') << heading;
      EXPECT_EQ(before.end, u.begin) << heading;  // no space between them
    }
    EXPECT_EQ(found, 1u) << heading;
  }
}

TEST(ProcessedDocument004, TrailingCaptionLinesAreExcluded) {
  const ProcessedDocument doc = process_real("004");
  ASSERT_GE(doc.units.size(), 3u);
  const std::vector<std::string> captions = {"Map of Russia - Guide of the World",
                                             "Russia - United States Department of State",
                                             "Map of Russia - Guide of the World"};
  for (std::size_t k = 0; k < 3; ++k) {
    const Unit& u = doc.units[doc.units.size() - 3 + k];
    EXPECT_EQ(text_of(doc, u), captions[k]);
    EXPECT_EQ(u.kind, "heading");
    EXPECT_TRUE(u.excluded);
    EXPECT_EQ(doc.blocks[u.block].exclusion, "captions");
  }
  EXPECT_EQ(count_excluded(doc, "captions"), 3u);
  // The paragraph before them is kept, and so is its last sentence.
  EXPECT_FALSE(doc.units[doc.units.size() - 4].excluded);
}

TEST(ProcessedDocument004, TableOfContentsAndBoldMarkers) {
  const ProcessedDocument doc = process_real("004");
  EXPECT_EQ(block_starting(doc, "Table of Contents").exclusion, "contents");
  EXPECT_EQ(count_excluded(doc, "contents"), 10u);  // the heading and its nine entries
  EXPECT_EQ(doc.normalized.text.find("**"), std::string::npos);
  EXPECT_GT(doc.masks.markup, 0u);
  EXPECT_EQ(doc.masks.markup % 2, 0u);  // bold markers come in pairs
}

// ---- 003: repeated closing paragraphs and a repeated bio ------------------------

TEST(ProcessedDocument003, RepeatedParagraphsAreExcludedOnceAndBothBiosExcluded) {
  const ProcessedDocument doc = process_real("003");
  std::vector<const Block*> duplicates;
  for (const Block& b : doc.blocks) {
    if (b.exclusion == "duplicates") duplicates.push_back(&b);
  }
  ASSERT_EQ(duplicates.size(), 2u);
  for (const Block* dup : duplicates) {
    // The first copy is earlier, kept, and has the same text.
    std::size_t first_copies = 0;
    for (const Block& b : doc.blocks) {
      if (&b == dup || fold_whitespace(text_of(doc, b)) != fold_whitespace(text_of(doc, *dup))) continue;
      ++first_copies;
      EXPECT_LT(b.first_line, dup->first_line);
      EXPECT_TRUE(b.exclusion.empty());
    }
    EXPECT_EQ(first_copies, 1u);
  }
  EXPECT_EQ(text_of(doc, *duplicates[0]).rfind("The unstated alliance between Russia and Iran", 0), 0u);
  EXPECT_EQ(text_of(doc, *duplicates[1]).rfind("For Russia, relations with the Islamic Republic", 0), 0u);

  // Both bios: the second copy differs ("non-resident"), so it is the bios
  // rule, not the duplicates rule, that removes it.
  std::vector<const Block*> bios;
  for (const Block& b : doc.blocks) {
    if (b.exclusion == "bios") bios.push_back(&b);
  }
  ASSERT_EQ(bios.size(), 2u);
  for (const Block* b : bios) {
    EXPECT_EQ(text_of(doc, *b).rfind("Emil Avdaliani is a professor of international relations", 0), 0u);
  }
  // The paragraph between the two copies is article text and stays.
  EXPECT_TRUE(block_starting(doc, "Yet, expanding ties reflect").exclusion.empty());
  // Nothing else is excluded.
  std::size_t excluded = 0;
  for (const Block& b : doc.blocks) excluded += b.exclusion.empty() ? 0 : 1;
  EXPECT_EQ(excluded, 4u);
}

// ---- 002: bibliography, footnote markers, byline --------------------------------

TEST(ProcessedDocument002, EverythingFromBibliographyOnIsExcluded) {
  const ProcessedDocument doc = process_real("002");
  bool in_references = false;
  for (const Block& b : doc.blocks) {
    if (text_of(doc, b) == "Bibliography") {
      in_references = true;
      EXPECT_EQ(b.first_line, 34u);
    }
    if (in_references) {
      EXPECT_EQ(b.exclusion, "references") << text_of(doc, b);
    } else {
      EXPECT_NE(b.exclusion, "references") << text_of(doc, b);
    }
  }
  EXPECT_TRUE(in_references);
  for (const Unit& u : doc.units) EXPECT_EQ(u.excluded, !doc.blocks[u.block].exclusion.empty());
  // The last sentence of the article itself is kept.
  EXPECT_TRUE(block_starting(doc, "Russian-Iranian relations have deepened").exclusion.empty());
  // The byline at the top is boilerplate; the title is not.
  EXPECT_EQ(block_starting(doc, "By Shayan Fallahi").exclusion, "boilerplate");
  EXPECT_TRUE(block_starting(doc, "The Iran-Russia Paradox").exclusion.empty());
}

TEST(ProcessedDocument002, FootnoteMarkersAreMaskedButKeptInTheEvidence) {
  const ProcessedDocument doc = process_real("002");
  // grep -oE '\[[0-9]{1,3}([,-] ?[0-9]{1,3})*\]' on the file finds 16 markers, [1] to [16].
  EXPECT_EQ(doc.masks.footnote_markers, 16u);
  const std::regex marker(R"(\[\d{1,3}\])");
  EXPECT_FALSE(std::regex_search(doc.normalized.text, marker));
  EXPECT_FALSE(std::regex_search(doc.normalized.folded, marker));
  EXPECT_TRUE(std::regex_search(doc.source.bytes, marker));
  EXPECT_EQ(doc.normalized.text.size(), doc.normalized.folded.size());
  bool seen = false;
  for (const Unit& u : doc.units) {
    const std::string text = text_of(doc, u);
    if (text.rfind("Iran states that any allegations", 0) != 0) continue;
    seen = true;
    // "...categorically rejected'[6]." -> the marker becomes three spaces.
    EXPECT_NE(text.find("categorically rejected'   ."), std::string::npos) << text;
    EXPECT_NE(doc.original_text(u.begin, u.end).find("rejected\xE2\x80\x99[6]."), std::string::npos);
  }
  EXPECT_TRUE(seen);
}

// ---- 000: navigation, newsletter prompt, bios -----------------------------------

TEST(ProcessedDocument000, NewsletterPromptAndBiosAreExcluded) {
  const ProcessedDocument doc = process_real("000");
  EXPECT_EQ(block_starting(doc, "Subscribe to our weekly newsletters").exclusion, "boilerplate");
  const Block& prompt = block_starting(doc, "If you want to subscribe");
  EXPECT_EQ(prompt.exclusion, "boilerplate");
  EXPECT_EQ(prompt.first_line, 6u);
  EXPECT_EQ(prompt.last_line, 7u);  // "...please enter" / "your e-mail" is one block
  EXPECT_EQ(block_starting(doc, "Unlock articles").exclusion, "boilerplate");
  EXPECT_EQ(block_starting(doc, "Become a member").exclusion, "boilerplate");

  std::vector<std::size_t> bio_lines;
  for (const Block& b : doc.blocks) {
    if (b.exclusion == "bios") bio_lines.push_back(b.first_line);
  }
  // Lines 30-33: Zakharov's bio and its "Previously, ..." paragraph, then
  // Jayaprakash's bio and its continuation.
  EXPECT_EQ(bio_lines, (std::vector<std::size_t>{30, 31, 32, 33}));
  EXPECT_TRUE(block_starting(doc, "In 2023-24, Iran formally joined").exclusion.empty());
  EXPECT_TRUE(block_starting(doc, "Despite growing defence and economic ties").exclusion.empty());
}

// ---- offsets, for every unit of every document ----------------------------------

TEST(ProcessedDocumentOffsets, EveryUnitSlicesTheOriginalFile) {
  CleaningOptions no_masks = default_options();
  keep_rule(no_masks, "footnote-markers");
  keep_rule(no_masks, "markup");
  for (const char* id : {"000", "001", "002", "003", "004"}) {
    for (const CleaningOptions& options : {default_options(), no_masks}) {
      const bool masked = options.markup;
      const ProcessedDocument doc = process_real(id, options);
      ASSERT_FALSE(doc.units.empty()) << id;
      for (const Unit& u : doc.units) {
        ASSERT_LT(u.begin, u.end);
        const std::size_t b = doc.byte_offset(u.begin);
        const std::size_t e = doc.byte_offset(u.end);
        ASSERT_LE(e, doc.source.bytes.size());
        const std::string slice = doc.source.bytes.substr(b, e - b);
        EXPECT_EQ(doc.original_text(u.begin, u.end), fold_whitespace(slice)) << id << " unit " << u.index;
        // Normalising the slice on its own gives the unit's text back; with
        // masks on, the unit differs only where a marker was blanked.
        const std::string again = normalize_text(slice, nullptr).text;
        const std::string unit = text_of(doc, u);
        if (!masked) {
          EXPECT_EQ(again, unit) << id << " unit " << u.index;
        } else {
          ASSERT_EQ(again.size(), unit.size()) << id << " unit " << u.index;
          for (std::size_t i = 0; i < unit.size(); ++i) {
            if (unit[i] != again[i]) {
              EXPECT_EQ(unit[i], ' ') << id << " unit " << u.index;
            }
          }
        }
        EXPECT_EQ(doc.char_offset(u.begin), char_offset(doc.source.bytes, b));
      }
    }
  }
}

TEST(ProcessedDocumentOffsets, MultiByteCharactersAndCrLf) {
  io::Diagnostics diagnostics;
  // "“Iran”" is 8 bytes and 6 code points; the CR LF is two bytes.
  const std::string bytes = "\xE2\x80\x9CIran\xE2\x80\x9D waited.\r\nRussia\xC2\xA0" "answered.";
  const ProcessedDocument doc = process_text(bytes, diagnostics);
  ASSERT_EQ(doc.units.size(), 2u);
  EXPECT_EQ(text_of(doc, doc.units[0]), "\"Iran\" waited.");
  EXPECT_EQ(text_of(doc, doc.units[1]), "Russia answered.");
  // Bytes: U+201C (0..2) Iran (3..6) U+201D (7..9) " waited." (10..17) CR LF (18..19) -> Russia at 20;
  // code points before it: 1 + 4 + 1 + 8 + 2 = 16.
  EXPECT_EQ(doc.byte_offset(doc.units[1].begin), 20u);
  EXPECT_EQ(doc.char_offset(doc.units[1].begin), 16u);
  EXPECT_EQ(doc.original_text(doc.units[1].begin, doc.units[1].end), "Russia\xC2\xA0" "answered.");
  EXPECT_EQ(doc.byte_offset(doc.units[1].end), bytes.size());
}

// ---- other contracts ----------------------------------------------------------------

TEST(ProcessDocument, InvalidUtf8IsReportedWithByteOffsetsAtMostTen) {
  io::Diagnostics diagnostics;
  std::string bytes = "Iran\xFF waited.";  // one bad byte at offset 4
  for (int i = 0; i < 11; ++i) bytes += " x\x80";
  const ProcessedDocument doc = process_text(bytes, diagnostics);
  EXPECT_EQ(doc.utf8_problems.size(), 12u);
  const std::vector<io::Diagnostic> all = diagnostics.all();
  ASSERT_EQ(all.size(), 11u);  // ten listed, then one count
  EXPECT_EQ(all[0].severity, io::Severity::kError);
  EXPECT_EQ(all[0].where.file, "synthetic.txt");
  EXPECT_EQ(all[0].where.byte_offset, 4);
  EXPECT_EQ(all[1].where.byte_offset, 15);  // "Iran\xFF waited." is 13 bytes, then " x" and 0x80
  EXPECT_NE(all[10].message.find("2 more"), std::string::npos) << all[10].message;
  EXPECT_TRUE(diagnostics.has_errors());
  EXPECT_EQ(text_of(doc, doc.units[0]).substr(0, 13), "Iran  waited.");
}

TEST(ProcessDocument, UnitKindsForTablesListsAndGluedHeadings) {
  io::Diagnostics diagnostics;
  const std::string bytes =
      "Russia and Iran\n\n"
      // More than kMaxHeadingWords words, so the block is a paragraph.
      "Ties between the two states grew steadily in 2024 and again in early 2025. "
      "Trade in grain and fuel also rose.Payment Systems\n\n"
      "| Actor | Role |\n"
      "|---|---|\n"
      "| Iran | supplier |\n\n"
      "- first item. Second sentence of it.\n";
  const ProcessedDocument doc = process_text(bytes, diagnostics);
  std::vector<std::string> kinds;
  for (const Unit& u : doc.units) kinds.push_back(u.kind + ":" + text_of(doc, u));
  EXPECT_EQ(kinds, (std::vector<std::string>{
                       "heading:Russia and Iran",
                       "sentence:Ties between the two states grew steadily in 2024 and again in early 2025.",
                       "sentence:Trade in grain and fuel also rose.",
                       "heading:Payment Systems", "table_row:| Actor | Role |", "table_row:| Iran | supplier |",
                       "list_item:- first item.", "list_item:Second sentence of it."}));
  for (std::size_t i = 0; i < doc.units.size(); ++i) EXPECT_EQ(doc.units[i].index, i);
  EXPECT_TRUE(diagnostics.all().empty());
}

TEST(ProcessDocument, SwitchingAnExclusionRuleOffNeverRenumbersUnits) {
  for (const char* rule : {"references", "contents", "boilerplate", "bios", "captions", "duplicates"}) {
    CleaningOptions options = default_options();
    keep_rule(options, rule);
    for (const char* id : {"000", "002", "003", "004"}) {
      const ProcessedDocument on = process_real(id);
      const ProcessedDocument off = process_real(id, options);
      ASSERT_EQ(on.units.size(), off.units.size()) << id << " " << rule;
      for (std::size_t i = 0; i < on.units.size(); ++i) {
        EXPECT_EQ(on.units[i].begin, off.units[i].begin);
        EXPECT_EQ(on.units[i].end, off.units[i].end);
        EXPECT_EQ(on.units[i].kind, off.units[i].kind);
      }
    }
  }
}

TEST(ProcessDocument, EmptyDocument) {
  io::Diagnostics diagnostics;
  const ProcessedDocument doc = process_text("", diagnostics);
  EXPECT_TRUE(doc.blocks.empty());
  EXPECT_TRUE(doc.units.empty());
  EXPECT_EQ(doc.byte_offset(0), 0u);
  EXPECT_EQ(doc.char_offset(0), 0u);
  EXPECT_EQ(doc.original_text(0, 0), "");
}

}  // namespace
}  // namespace actornet::corpus
