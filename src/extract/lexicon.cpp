#include "extract/lexicon.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>

#include "io/csv_reader.hpp"
#include "io/field_text.hpp"
#include "io/errors.hpp"

namespace actornet::extract {

namespace {

std::string fold(std::string s) {
  s = io::ascii_lower(std::move(s));
  // Curly apostrophes in a cue ("didn’t") match the normalised text's '.
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

bool parse_number(const std::string& text, double& out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return !text.empty() && ec == std::errc() && end == text.data() + text.size();
}

void load_categories(const std::string& path, std::vector<Category>& out) {
  const io::CsvTable table = io::CsvTable::read_file(path);
  const std::size_t c_code = table.require("category");
  const std::size_t c_label = table.require("label");
  const std::size_t c_goldstein = table.require("goldstein");
  const std::size_t c_group = table.require("group");
  const std::size_t c_polarity = table.require("polarity");
  std::set<std::string> seen;
  for (const io::CsvRecord& row : table.rows()) {
    Category c;
    c.code = io::trim_blanks(row.fields[c_code]);
    c.label = row.fields[c_label];
    c.group = io::trim_blanks(row.fields[c_group]);
    c.polarity = io::trim_blanks(row.fields[c_polarity]);
    if (c.code.size() != 2 || !std::isdigit(static_cast<unsigned char>(c.code[0])) ||
        !std::isdigit(static_cast<unsigned char>(c.code[1]))) {
      throw io::DataError(table.where(row), "category '" + c.code + "' is not a two-digit CAMEO root");
    }
    if (!seen.insert(c.code).second) {
      throw io::DataError(table.where(row), "category " + c.code + " is listed twice");
    }
    if (!parse_number(io::trim_blanks(row.fields[c_goldstein]), c.goldstein) || c.goldstein < -10.0 ||
        c.goldstein > 10.0) {
      throw io::DataError(table.where(row), "goldstein must be a number from -10 to 10, not '" +
                                                row.fields[c_goldstein] + "'");
    }
    if (c.polarity != "cooperation" && c.polarity != "rivalry" && c.polarity != "neutral") {
      throw io::DataError(table.where(row), "polarity must be cooperation, rivalry or neutral, not '" +
                                                c.polarity + "'");
    }
    if (c.group.empty()) throw io::DataError(table.where(row), "empty group");
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(), [](const Category& a, const Category& b) { return a.code < b.code; });
}

}  // namespace

const Category* Lexicon::category(const std::string& code) const {
  auto it = std::lower_bound(categories_.begin(), categories_.end(), code,
                             [](const Category& c, const std::string& key) { return c.code < key; });
  return (it != categories_.end() && it->code == code) ? &*it : nullptr;
}

Lexicon Lexicon::load(const std::string& folder) {
  Lexicon lex;
  load_categories(folder + "/categories.csv", lex.categories_);

  const std::string cues_path = folder + "/cues.csv";
  const io::CsvTable cues = io::CsvTable::read_file(cues_path);
  const std::size_t c_cue = cues.require("cue");
  const std::size_t c_category = cues.require("category");
  const long c_intensity = cues.find("intensity");
  const std::size_t c_kind = cues.require("kind");
  std::set<std::string> seen;
  for (const io::CsvRecord& row : cues.rows()) {
    Cue cue;
    cue.line = row.line;
    std::string text = fold(io::trim_blanks(row.fields[c_cue]));
    std::replace(text.begin(), text.end(), '-', ' ');  // the tokenizer splits at hyphens
    if (!text.empty() && text.back() == '*') {
      cue.prefix = true;
      text.pop_back();
    }
    if (text.empty()) throw io::DataError(cues.where(row), "empty cue");
    if (!seen.insert(text + (cue.prefix ? "*" : "")).second) {
      throw io::DataError(cues.where(row), "cue '" + row.fields[c_cue] + "' is listed twice");
    }
    cue.text = text;
    cue.category = io::trim_blanks(row.fields[c_category]);
    const Category* category = lex.category(cue.category);
    if (category == nullptr) {
      throw io::DataError(cues.where(row), "cue '" + text + "' has category '" + cue.category +
                                               "', which is not in " + folder + "/categories.csv");
    }
    const std::string intensity = c_intensity < 0 ? "" : io::trim_blanks(row.fields[static_cast<std::size_t>(c_intensity)]);
    if (intensity.empty()) {
      cue.intensity = category->goldstein;
    } else if (!parse_number(intensity, cue.intensity) || cue.intensity < -10.0 || cue.intensity > 10.0) {
      throw io::DataError(cues.where(row), "intensity must be a number from -10 to 10, not '" + intensity + "'");
    }
    const std::string kind = io::trim_blanks(row.fields[c_kind]);
    if (kind == "action") cue.kind = CueKind::kAction;
    else if (kind == "mutual") cue.kind = CueKind::kMutual;
    else if (kind == "frame") cue.kind = CueKind::kFrame;
    else throw io::DataError(cues.where(row), "kind must be 'action', 'mutual' or 'frame', not '" + kind + "'");
    lex.cues_.push_back(std::move(cue));
  }

  const std::string modifiers_path = folder + "/modifiers.csv";
  const io::CsvTable modifiers = io::CsvTable::read_file(modifiers_path);
  const std::size_t c_word = modifiers.require("word");
  const std::size_t c_type = modifiers.require("type");
  for (const io::CsvRecord& row : modifiers.rows()) {
    Modifier m;
    m.text = fold(io::trim_blanks(row.fields[c_word]));
    const std::string type = io::trim_blanks(row.fields[c_type]);
    if (m.text.empty()) throw io::DataError(modifiers.where(row), "empty word");
    if (type == "negation") m.negation = true;
    else if (type != "modality") {
      throw io::DataError(modifiers.where(row), "type must be 'negation' or 'modality', not '" + type + "'");
    }
    lex.modifiers_.push_back(std::move(m));
  }
  return lex;
}

}  // namespace actornet::extract
