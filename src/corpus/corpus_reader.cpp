#include "corpus/corpus_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <system_error>

namespace actornet::corpus {

namespace fs = std::filesystem;

CorpusReader::CorpusReader(std::string folder, io::Diagnostics& diagnostics)
    : folder_(std::move(folder)), diagnostics_(diagnostics) {
  std::error_code ec;
  if (!fs::is_directory(folder_, ec)) {
    throw io::DataError({folder_, 0, -1}, "corpus folder does not exist");
  }
  std::vector<std::string> texts;
  for (const auto& entry : fs::directory_iterator(folder_)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") {
      texts.push_back(entry.path().filename().string());
    }
  }
  std::sort(texts.begin(), texts.end());

  const fs::path manifest = fs::path(folder_) / "manifest.csv";
  if (fs::exists(manifest)) {
    documents_ = read_manifest(manifest.string(), diagnostics_);
    for (std::size_t i = 0; i < documents_.size(); ++i) documents_[i].position = i;
    std::set<std::string> listed;
    for (const DocumentMeta& meta : documents_) listed.insert(meta.file);
    for (const std::string& file : texts) {
      if (listed.count(file) == 0) {
        diagnostics_.warn({(fs::path(folder_) / file).string(), 0, -1},
                          "not listed in " + manifest.string() + "; not read");
      }
    }
    return;
  }
  for (const std::string& file : texts) {
    DocumentMeta meta;
    meta.id = fs::path(file).stem().string();
    meta.file = file;
    meta.position = documents_.size();
    documents_.push_back(std::move(meta));
  }
}

std::optional<Document> CorpusReader::load(std::size_t index) const {
  const DocumentMeta& meta = documents_.at(index);
  Document doc;
  doc.meta = meta;
  doc.path = (fs::path(folder_) / meta.file).string();
  auto skip = [&](const std::string& reason) -> std::optional<Document> {
    const std::string listed =
        meta.manifest_line > 0
            ? " (listed at " + (fs::path(folder_) / "manifest.csv").string() + ":" +
                  std::to_string(meta.manifest_line) + ")"
            : "";
    diagnostics_.error({doc.path, 0, -1},
                       "cannot read document '" + meta.id + "'" + listed + ": " + reason + "; skipped");
    return std::nullopt;
  };
  // A folder or a special file would make the stream throw (or, for a FIFO,
  // block), so only regular files are opened.
  std::error_code ec;
  const fs::file_status status = fs::status(doc.path, ec);
  if (ec) return skip(ec.message());
  if (!fs::is_regular_file(status)) {
    return skip(fs::is_directory(status) ? "it is a folder" : "it is not a regular file");
  }
  errno = 0;
  std::ifstream in(doc.path, std::ios::binary);
  if (!in) return skip(errno != 0 ? std::generic_category().message(errno) : "cannot open");
  try {
    doc.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  } catch (const std::ios_base::failure& e) {  // libstdc++'s filebuf throws on a failed read(2)
    return skip(e.what());
  } catch (const std::system_error& e) {
    return skip(e.what());
  }
  if (in.bad()) return skip("read error");
  return doc;
}

}  // namespace actornet::corpus
