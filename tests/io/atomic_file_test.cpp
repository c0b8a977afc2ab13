// Tests for io/atomic_file.hpp: content written, no temporary file left
// behind (with or without commit), the old file kept when nothing is
// committed, parent folders created, and errors that name the path.
#include "io/atomic_file.hpp"

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "io/errors.hpp"

namespace actornet::io {
namespace {

namespace fs = std::filesystem;

// A fresh folder under the system temporary folder, removed with its content.
using TempFolder = actornet::testing::TempDir;

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> names_in(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(WriteFileAtomically, WritesContentAndLeavesNoTemporaryFile) {
  TempFolder tmp;
  const fs::path target = tmp.path() / "out.csv";
  const std::string content = std::string("a,b\n1,\"x\ny\"\n") + '\0' + "binary\xFF";
  write_file_atomically(target.string(), content);
  EXPECT_EQ(read_all(target), content);
  EXPECT_EQ(names_in(tmp.path()), (std::vector<std::string>{"out.csv"}));
}

TEST(WriteFileAtomically, ReplacesAnExistingFile) {
  TempFolder tmp;
  const fs::path target = tmp.path() / "out.txt";
  write_file_atomically(target.string(), "a much longer old content\n");
  write_file_atomically(target.string(), "new\n");
  EXPECT_EQ(read_all(target), "new\n");  // no tail of the old content
  EXPECT_EQ(names_in(tmp.path()), (std::vector<std::string>{"out.txt"}));
}

TEST(WriteFileAtomically, EmptyContentMakesAnEmptyFile) {
  TempFolder tmp;
  const fs::path target = tmp.path() / "empty.txt";
  write_file_atomically(target.string(), "");
  ASSERT_TRUE(fs::exists(target));
  EXPECT_EQ(fs::file_size(target), 0u);
}

TEST(WriteFileAtomically, CreatesParentFolders) {
  TempFolder tmp;
  const fs::path target = tmp.path() / "a" / "b" / "c" / "out.svg";
  write_file_atomically(target.string(), "<svg/>");
  EXPECT_EQ(read_all(target), "<svg/>");
  EXPECT_EQ(names_in(target.parent_path()), (std::vector<std::string>{"out.svg"}));
}

TEST(WriteFileAtomically, CommittedFileIsWorldReadable) {
  // mkstemp creates 0600 files; commit() makes the output an ordinary 0644 file.
  TempFolder tmp;
  const fs::path target = tmp.path() / "shared.csv";
  write_file_atomically(target.string(), "x\n");
  const fs::perms p = fs::status(target).permissions();
  EXPECT_EQ(p & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write |
                                    fs::perms::group_read | fs::perms::others_read);
}

TEST(AtomicFile, StreamingWriteThenCommit) {
  TempFolder tmp;
  const fs::path target = tmp.path() / "evidence.csv";
  {
    AtomicFile file(target.string());
    for (int i = 0; i < 1000; ++i) file.stream() << i << ",row\n";
    EXPECT_FALSE(fs::exists(target));  // nothing visible before commit
    file.commit();
  }
  const std::string content = read_all(target);
  EXPECT_EQ(content.substr(0, 12), "0,row\n1,row\n");
  EXPECT_EQ(content.size(), 7890u);  // 10*6 + 90*7 + 900*8 bytes = 60 + 630 + 7200
  EXPECT_EQ(names_in(tmp.path()), (std::vector<std::string>{"evidence.csv"}));
}

TEST(AtomicFile, WithoutCommitTheOldContentStaysAndNoTemporaryFileRemains) {
  TempFolder tmp;
  const fs::path target = tmp.path() / "report.md";
  write_file_atomically(target.string(), "old\n");
  {
    AtomicFile file(target.string());
    file.stream() << "half-written new content";
    // The temporary file exists next to the destination while writing.
    EXPECT_EQ(names_in(tmp.path()).size(), 2u);
  }  // destroyed without commit(), as when an exception unwinds
  EXPECT_EQ(read_all(target), "old\n");
  EXPECT_EQ(names_in(tmp.path()), (std::vector<std::string>{"report.md"}));
}

TEST(AtomicFile, WithoutCommitNoDestinationIsCreated) {
  TempFolder tmp;
  const fs::path target = tmp.path() / "never.csv";
  { AtomicFile file(target.string()); file.stream() << "x"; }
  EXPECT_FALSE(fs::exists(target));
  EXPECT_TRUE(names_in(tmp.path()).empty());
}

TEST(AtomicFile, FolderUnderARegularFileIsAnErrorNamingThePath) {
  // create_directories fails (ENOTDIR) when a path component is a file; this
  // works even when the tests run as root, unlike permission-based checks.
  TempFolder tmp;
  const fs::path blocker = tmp.path() / "plain_file";
  write_file_atomically(blocker.string(), "I am a file");
  const fs::path target = blocker / "sub" / "out.csv";
  try {
    write_file_atomically(target.string(), "x");
    FAIL() << "expected DataError";
  } catch (const DataError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find((blocker / "sub").string()), std::string::npos) << message;
    EXPECT_NE(message.find("cannot create folder"), std::string::npos) << message;
  }
  EXPECT_EQ(read_all(blocker), "I am a file");
}

TEST(AtomicFile, RenameOntoAFolderFailsNamingThePathAndCleansUp) {
  TempFolder tmp;
  const fs::path target = tmp.path() / "taken";
  fs::create_directories(target / "inner");  // non-empty folder: rename() must fail
  try {
    write_file_atomically(target.string(), "x");
    FAIL() << "expected DataError";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find(target.string()), std::string::npos) << e.what();
  }
  EXPECT_EQ(names_in(tmp.path()), (std::vector<std::string>{"taken"}));
  EXPECT_TRUE(fs::is_directory(target / "inner"));
}

TEST(EnsureDirectory, CreatesNestedAndAcceptsExistingOrEmpty) {
  TempFolder tmp;
  const fs::path dir = tmp.path() / "x" / "y";
  ensure_directory(dir.string());
  EXPECT_TRUE(fs::is_directory(dir));
  EXPECT_NO_THROW(ensure_directory(dir.string()));  // already there
  EXPECT_NO_THROW(ensure_directory(""));            // current folder: nothing to do
}

}  // namespace
}  // namespace actornet::io
