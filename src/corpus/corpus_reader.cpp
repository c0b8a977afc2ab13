#include "corpus/corpus_reader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

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
  std::ifstream in(doc.path, std::ios::binary);
  if (!in) {
    diagnostics_.error({doc.path, 0, -1}, "cannot read document '" + meta.id + "'; skipped");
    return std::nullopt;
  }
  doc.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    diagnostics_.error({doc.path, 0, -1}, "read error in document '" + meta.id + "'; skipped");
    return std::nullopt;
  }
  return doc;
}

}  // namespace actornet::corpus
