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
#include <system_error>
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

// Finds the one error diagnostic about `path`, or fails.
io::Diagnostic error_about(const io::Diagnostics& diagnostics, const std::string& path) {
  std::vector<io::Diagnostic> found;
  for (const io::Diagnostic& d : diagnostics.all()) {
    if (d.severity == io::Severity::kError && d.where.file == path) found.push_back(d);
  }
  EXPECT_EQ(found.size(), 1u) << path;
  return found.empty() ? io::Diagnostic{} : found[0];
}

// Regression: a manifest row naming a folder made load() throw
// "basic_filebuf::underflow error reading the file: Is a directory", which
// aborted the whole run. Now the document is reported and skipped.
TEST(CorpusReader, AManifestRowNamingAFolderIsReportedAndSkipped) {
  TempFolder tmp;
  tmp.write("manifest.csv",
            "id,file\n"
            "a,a.txt\n"
            "dir,sub\n"  // line 3: a folder
            "b,b.txt\n");
  tmp.write("a.txt", "A");
  tmp.write("b.txt", "B");
  fs::create_directories(tmp.path() / "sub");
  io::Diagnostics diagnostics;
  const CorpusReader reader(tmp.path().string(), diagnostics);
  ASSERT_EQ(reader.documents().size(), 3u);

  std::optional<Document> doc;
  ASSERT_NO_THROW(doc = reader.load(1));
  EXPECT_FALSE(doc.has_value());
  const io::Diagnostic d = error_about(diagnostics, (tmp.path() / "sub").string());
  EXPECT_NE(d.message.find("'dir'"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("manifest.csv:3"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("folder"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("skipped"), std::string::npos) << d.message;
  // The other documents still load.
  ASSERT_TRUE(reader.load(0).has_value());
  ASSERT_TRUE(reader.load(2).has_value());
  EXPECT_EQ(reader.load(2)->bytes, "B");
}

TEST(CorpusReader, AMissingFileNamesTheManifestLineAndTheReason) {
  TempFolder tmp;
  tmp.write("manifest.csv", "id,file\nok,a.txt\ngone,missing.txt\n");
  tmp.write("a.txt", "A");
  io::Diagnostics diagnostics;
  const CorpusReader reader(tmp.path().string(), diagnostics);
  EXPECT_FALSE(reader.load(1).has_value());
  const io::Diagnostic d = error_about(diagnostics, (tmp.path() / "missing.txt").string());
  EXPECT_NE(d.message.find("'gone'"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("manifest.csv:3"), std::string::npos) << d.message;
  // The system's reason (ENOENT), in the standard library's wording.
  const std::string reason = std::make_error_code(std::errc::no_such_file_or_directory).message();
  EXPECT_NE(d.message.find(reason), std::string::npos) << d.message;
}

TEST(CorpusReader, ASpecialFileIsReportedAndSkipped) {
  // A character device behind a .txt name: reading it would give whatever
  // the device gives (here: nothing), so it is refused before reading.
  TempFolder tmp;
  tmp.write("manifest.csv", "id,file\nnull,null.txt\n");
  fs::create_symlink("/dev/null", tmp.path() / "null.txt");
  io::Diagnostics diagnostics;
  const CorpusReader reader(tmp.path().string(), diagnostics);
  EXPECT_FALSE(reader.load(0).has_value());
  const io::Diagnostic d = error_about(diagnostics, (tmp.path() / "null.txt").string());
  EXPECT_NE(d.message.find("not a regular file"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("manifest.csv:2"), std::string::npos) << d.message;
}

TEST(CorpusReader, AReadErrorIsReportedAndSkipped) {
  // /proc/self/mem is a regular file whose read(2) at offset 0 fails with EIO
  // (page 0 is never mapped), the same path through libstdc++'s filebuf as
  // reading a folder: underflow throws std::ios_base::failure.
  if (!fs::exists("/proc/self/mem")) GTEST_SKIP() << "no /proc/self/mem on this system";
  TempFolder tmp;
  tmp.write("manifest.csv", "id,file\nmem,mem.txt\n");
  fs::create_symlink("/proc/self/mem", tmp.path() / "mem.txt");
  io::Diagnostics diagnostics;
  const CorpusReader reader(tmp.path().string(), diagnostics);
  std::optional<Document> doc;
  ASSERT_NO_THROW(doc = reader.load(0));
  EXPECT_FALSE(doc.has_value());
  const io::Diagnostic d = error_about(diagnostics, (tmp.path() / "mem.txt").string());
  EXPECT_NE(d.message.find("'mem'"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("manifest.csv:2"), std::string::npos) << d.message;
  const std::string reason = std::make_error_code(std::errc::io_error).message();  // EIO
  EXPECT_NE(d.message.find(reason), std::string::npos) << d.message;
}

TEST(CorpusReader, WithoutManifestTheMessageHasNoManifestLine) {
  TempFolder tmp;
  tmp.write("doc.txt", "text");
  io::Diagnostics diagnostics;
  const CorpusReader reader(tmp.path().string(), diagnostics);
  fs::remove(tmp.path() / "doc.txt");  // gone between listing and reading
  EXPECT_FALSE(reader.load(0).has_value());
  const io::Diagnostic d = error_about(diagnostics, (tmp.path() / "doc.txt").string());
  EXPECT_EQ(d.message.find("manifest"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("'doc'"), std::string::npos) << d.message;
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
