#include "io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include "io/errors.hpp"

namespace actornet::io {

namespace fs = std::filesystem;

void ensure_directory(const std::string& dir) {
  if (dir.empty()) return;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw DataError({dir, 0, -1}, "cannot create folder: " + ec.message());
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  fs::path target(path_);
  ensure_directory(target.parent_path().string());
  std::string pattern = (target.parent_path() / ("." + target.filename().string() + ".tmpXXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = mkstemp(name.data());
  if (fd < 0) {
    throw DataError({path_, 0, -1},
                    std::string("cannot create temporary file: ") + std::strerror(errno));
  }
  ::close(fd);
  temp_path_ = name.data();
  out_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    std::remove(temp_path_.c_str());
    throw DataError({path_, 0, -1}, "cannot open temporary file for writing");
  }
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    out_.close();
    std::remove(temp_path_.c_str());
  }
}

void AtomicFile::commit() {
  out_.flush();
  if (!out_) throw DataError({path_, 0, -1}, "write failed (disk full?)");
  out_.close();
  // mkstemp creates 0600 files; outputs are ordinary shareable files.
  ::chmod(temp_path_.c_str(), 0644);
  int fd = ::open(temp_path_.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    std::remove(temp_path_.c_str());
    throw DataError({path_, 0, -1},
                    std::string("cannot rename temporary file into place: ") + std::strerror(errno));
  }
  committed_ = true;
}

void write_file_atomically(const std::string& path, const std::string& content) {
  AtomicFile file(path);
  file.stream().write(content.data(), static_cast<std::streamsize>(content.size()));
  file.commit();
}

}  // namespace actornet::io
