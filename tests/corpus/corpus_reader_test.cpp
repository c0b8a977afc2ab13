// Tests for corpus/corpus_reader.hpp: a folder without a manifest (sorted
// *.txt, ids = file stems), a folder with one (unlisted texts warned about,
// missing files reported when loaded), positions, and the exact bytes read.
#include "corpus/corpus_reader.hpp"

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "io/errors.hpp"

namespace actornet::corpus {
namespace {

namespace fs = std::filesystem;

using TempFolder = actornet::testing::TempDir;

std::vector<std::string> ids_of(const CorpusReader& reader) {
  std::vector<std::string> ids;
  for (const DocumentMeta& meta : reader.documents()) ids.push_back(meta.id);
  return ids;
}

TEST(CorpusReader, WithoutManifestReadsSortedTxtFilesWithStemIds) {
  TempFolder tmp;
  tmp.write("b_second.txt", "B");
  tmp.write("a_first.txt", "A");
  tmp.write("10.txt", "ten");
  tmp.write("notes.md", "not a document");
  tmp.write("upper.TXT", "extension is case-sensitive");
  fs::create_directories(tmp.path() / "folder.txt");  // a folder is not a document
  io::Diagnostics diagnostics;
  const CorpusReader reader(tmp.path().string(), diagnostics);
  // Byte order: digits sort before letters.
  EXPECT_EQ(ids_of(reader), (std::vector<std::string>{"10", "a_first", "b_second"}));
  for (std::size_t i = 0; i < reader.documents().size(); ++i) {
    EXPECT_EQ(reader.documents()[i].position, i);
    EXPECT_EQ(reader.documents()[i].file, reader.documents()[i].id + ".txt");
    EXPECT_EQ(reader.documents()[i].date, "");
  }
  EXPECT_TRUE(diagnostics.all().empty());
  EXPECT_EQ(reader.folder(), tmp.path().string());
}

TEST(CorpusReader, LoadReturnsTheExactBytes) {
  TempFolder tmp;
  const std::string bytes = std::string("Iran\r\nRussia \xE2\x80\x94 ") + '\0' + "\xFF end";
  tmp.write("doc.txt", bytes);
  io::Diagnostics diagnostics;
  const CorpusReader reader(tmp.path().string(), diagnostics);
  const std::optional<Document> doc = reader.load(0);
  ASSERT_TRUE(doc.has_value());
  EXPECT_EQ(doc->bytes, bytes);
  EXPECT_EQ(doc->path, (tmp.path() / "doc.txt").string());
  EXPECT_EQ(doc->meta.id, "doc");
  EXPECT_THROW(reader.load(1), std::out_of_range);
}

TEST(CorpusReader, EmptyFolderHasNoDocuments) {
  TempFolder tmp;
  io::Diagnostics diagnostics;
  const CorpusReader reader(tmp.path().string(), diagnostics);
  EXPECT_TRUE(reader.documents().empty());
  EXPECT_TRUE(diagnostics.all().empty());
}

TEST(CorpusReader, MissingFolderThrowsNamingIt) {
  io::Diagnostics diagnostics;
  try {
    CorpusReader reader("/nonexistent/actornet/corpus", diagnostics);
    FAIL() << "expected DataError";
  } catch (const io::DataError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/actornet/corpus"), std::string::npos);
  }
}

TEST(CorpusReader, AFileIsNotAFolder) {
  TempFolder tmp;
  tmp.write("plain.txt", "x");
  io::Diagnostics diagnostics;
  EXPECT_THROW(CorpusReader((tmp.path() / "plain.txt").string(), diagnostics), io::DataError);
}

TEST(CorpusReader, ManifestOrderUnlistedWarningAndMissingFile) {
  TempFolder tmp;
  tmp.write("manifest.csv",
            "id,file,date,date_precision\n"
            "second,z.txt,2025,year\n"
            "gone,missing.txt,,\n"
            "first,a.txt,2024-03,month\n");
  tmp.write("z.txt", "Zed");
  tmp.write("a.txt", "Ay");
  tmp.write("extra.txt", "not listed");
  io::Diagnostics diagnostics;
  const CorpusReader reader(tmp.path().string(), diagnostics);

  // Manifest order, not file-name order; positions follow it.
  EXPECT_EQ(ids_of(reader), (std::vector<std::string>{"second", "gone", "first"}));
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(reader.documents()[i].position, i);
  EXPECT_EQ(reader.documents()[2].date, "2024-03");

  // extra.txt is reported, as a warning, and not read.
  std::vector<io::Diagnostic> all = diagnostics.all();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].severity, io::Severity::kWarning);
  EXPECT_EQ(all[0].where.file, (tmp.path() / "extra.txt").string());
  EXPECT_NE(all[0].message.find("not listed"), std::string::npos);
  EXPECT_FALSE(diagnostics.has_errors());

  ASSERT_TRUE(reader.load(0).has_value());
  EXPECT_EQ(reader.load(0)->bytes, "Zed");
  EXPECT_EQ(reader.load(2)->bytes, "Ay");

  // A listed file that does not exist: nullopt and an error naming the path.
  EXPECT_FALSE(reader.load(1).has_value());
  all = diagnostics.all();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].severity, io::Severity::kError);
  EXPECT_EQ(all[1].where.file, (tmp.path() / "missing.txt").string());
  EXPECT_NE(all[1].message.find("'gone'"), std::string::npos);
  EXPECT_TRUE(diagnostics.has_errors());
}

TEST(CorpusReader, BadManifestRowsAreSkippedAndPositionsStayDense) {
  TempFolder tmp;
  tmp.write("manifest.csv",
            "id,file,date,date_precision\n"
            "a,a.txt,,\n"
            "b,b.txt,2025-13,month\n"  // bad date: skipped
            "c,c.txt,,\n");
  tmp.write("a.txt", "A");
  tmp.write("b.txt", "B");
  tmp.write("c.txt", "C");
  io::Diagnostics diagnostics;
  const CorpusReader reader(tmp.path().string(), diagnostics);
  EXPECT_EQ(ids_of(reader), (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(reader.documents()[1].position, 1u);
  // One error for the bad row, one warning for b.txt, which is now unlisted.
  EXPECT_TRUE(diagnostics.has_errors());
  EXPECT_EQ(diagnostics.warning_count(), 1u);
}

TEST(CorpusReader, ManifestInSubfolderPathsAreRelativeToTheCorpus) {
  TempFolder tmp;
  fs::create_directories(tmp.path() / "sub");
  tmp.write("manifest.csv", "id,file\nnested,sub/n.txt\n");
  tmp.write("sub/n.txt", "nested text");
  io::Diagnostics diagnostics;
  const CorpusReader reader(tmp.path().string(), diagnostics);
  const std::optional<Document> doc = reader.load(0);
  ASSERT_TRUE(doc.has_value());
  EXPECT_EQ(doc->bytes, "nested text");
  EXPECT_TRUE(diagnostics.all().empty());  // sub/ is not scanned for unlisted texts
}

TEST(CorpusReader, TheProjectCorpus) {
  io::Diagnostics diagnostics;
  const CorpusReader reader(std::string(ACTORNET_SOURCE_DIR) + "/data/corpus", diagnostics);
  EXPECT_EQ(ids_of(reader), (std::vector<std::string>{"000", "001", "002", "003", "004"}));
  EXPECT_TRUE(diagnostics.all().empty());
  for (std::size_t i = 0; i < reader.documents().size(); ++i) {
    const std::optional<Document> doc = reader.load(i);
    ASSERT_TRUE(doc.has_value()) << i;
    EXPECT_FALSE(doc->bytes.empty());
  }
}

}  // namespace
}  // namespace actornet::corpus
