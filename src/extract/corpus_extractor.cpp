#include "extract/corpus_extractor.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <memory>
#include <system_error>
#include <thread>

namespace actornet::extract {

Tally extract_corpus(const corpus::CorpusReader& reader, const ActorMatcher& matcher,
                     const ExtractOptions& options, ExtractionSink& sink,
                     io::Diagnostics& diagnostics) {
  Tally total = Tally::empty(matcher.gazetteer().actors(), options.cooccurrence.unit_label(),
                             options.cooccurrence.counting_label());
  std::vector<std::size_t> plan;
  for (std::size_t i = 0; i < reader.documents().size(); ++i) {
    if (i % options.shard_count == options.shard_index) plan.push_back(i);
  }
  unsigned threads = options.threads != 0 ? options.threads : std::thread::hardware_concurrency();
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(plan.size(), 1))));
  const std::size_t in_flight = 4 * static_cast<std::size_t>(threads);

  std::mutex mutex;
  std::condition_variable ready;     // a result arrived, or a worker failed
  std::condition_variable has_room;  // the consumer emitted a result
  // A finished document: its results (none if it could not be read) and the
  // messages it produced, printed when it is emitted so that stderr follows
  // corpus order whatever the threads do.
  struct Finished {
    std::optional<DocumentExtraction> extraction;
    std::unique_ptr<io::Diagnostics> messages = std::make_unique<io::Diagnostics>();
  };
  std::map<std::size_t, Finished> results;  // by position in plan
  std::size_t next_to_emit = 0;
  std::atomic<std::size_t> next_to_take{0};
  std::exception_ptr failure;

  auto worker = [&]() {
    for (;;) {
      const std::size_t slot = next_to_take.fetch_add(1);
      if (slot >= plan.size()) return;
      {
        // Bound memory: wait until this document is within the window.
        std::unique_lock<std::mutex> lock(mutex);
        has_room.wait(lock, [&] { return slot < next_to_emit + in_flight || failure; });
        if (failure) return;
      }
      Finished result;
      try {
        if (auto doc = reader.load(plan[slot])) {
          const corpus::ProcessedDocument processed =
              corpus::process_document(std::move(*doc), options.cleaning, *result.messages);
          result.extraction = extract_document(processed, matcher, options.cooccurrence, options.relations,
                                               result.messages.get());
        }
      } catch (...) {
        std::lock_guard<std::mutex> lock(mutex);
        if (!failure) failure = std::current_exception();
        ready.notify_all();
        has_room.notify_all();
        return;
      }
      std::lock_guard<std::mutex> lock(mutex);
      results.emplace(slot, std::move(result));
      ready.notify_all();
    }
  };

  std::vector<std::thread> pool;
  try {
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  } catch (const std::system_error& e) {
    // The system refused a thread: go on with those already running.
    if (pool.empty()) {
      throw std::runtime_error(std::string("cannot start a worker thread: ") + e.what());
    }
    diagnostics.warn({reader.folder(), 0, -1}, "could start only " + std::to_string(pool.size()) +
                                                   " of " + std::to_string(threads) +
                                                   " worker threads (" + e.what() + ")");
  }
  try {
    while (next_to_emit < plan.size()) {
      Finished result;
      {
        std::unique_lock<std::mutex> lock(mutex);
        ready.wait(lock, [&] { return results.count(next_to_emit) > 0 || failure; });
        if (failure) break;
        auto node = results.extract(next_to_emit);
        result = std::move(node.mapped());
      }
      diagnostics.absorb(*result.messages);
      if (result.extraction) {
        sink.document(*result.extraction);
        total.merge(result.extraction->tally);
      }
      {
        std::lock_guard<std::mutex> lock(mutex);
        ++next_to_emit;
      }
      has_room.notify_all();
    }
  } catch (...) {
    std::lock_guard<std::mutex> lock(mutex);
    if (!failure) failure = std::current_exception();
    has_room.notify_all();
  }
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  return total;
}

}  // namespace actornet::extract
