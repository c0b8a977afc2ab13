#include "io/diagnostics.hpp"

#include <algorithm>
#include <ostream>

namespace actornet::io {

void Diagnostics::warn(const Location& where, const std::string& message) {
  add(Severity::kWarning, where, message);
}

void Diagnostics::error(const Location& where, const std::string& message) {
  add(Severity::kError, where, message);
}

void Diagnostics::note(const std::string& message) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (sink_ != nullptr) *sink_ << "actornet: " << message << '\n';
}

void Diagnostics::add(Severity severity, const Location& where,
                      const std::string& message) {
  std::lock_guard<std::mutex> lock(mutex_);
  items_.push_back({severity, where, message});
  if (sink_ != nullptr) {
    *sink_ << (severity == Severity::kError ? "error: " : "warning: ")
           << where.to_string() << ": " << message << '\n';
  }
}

void Diagnostics::absorb(const Diagnostics& other) {
  for (const Diagnostic& d : other.all()) add(d.severity, d.where, d.message);
}

bool Diagnostics::has_errors() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::any_of(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::kError;
  });
}

std::size_t Diagnostics::warning_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
        return d.severity == Severity::kWarning;
      }));
}

std::vector<Diagnostic> Diagnostics::all() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return items_;
}

}  // namespace actornet::io
