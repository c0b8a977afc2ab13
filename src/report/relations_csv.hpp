// output/relations.csv: every relation, automatic and curated, with its
// evidence, one row each, in corpus order (doc_seq, unit). Written by
// `extract`, read back (streaming) by `build` and `agreement`. Columns are
// documented in README, "Outputs".
#pragma once

#include <fstream>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "extract/relation.hpp"
#include "io/csv_reader.hpp"

namespace actornet::report {

const std::vector<std::string>& relations_header();
void write_relation_row(std::ostream& out, const extract::Relation& relation);

// Calls `visit` with every row of the relations file `path`, in file order.
// Throws like RelationsReader.
void for_each_relation(const std::string& path, const std::function<void(const extract::Relation&)>& visit);

// Streams the rows of a relations file back into Relation values.
class RelationsReader {
 public:
  // Throws io::DataError if the file cannot be opened or its header differs.
  explicit RelationsReader(const std::string& path);
  // Next row; false at the end. Throws io::DataError naming the file and line
  // of a malformed row.
  bool next(extract::Relation& relation);

 private:
  std::string path_;
  std::ifstream stream_;
  std::unique_ptr<io::CsvReader> reader_;
};

}  // namespace actornet::report
