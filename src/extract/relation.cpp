#include "extract/relation.hpp"

namespace actornet::extract {

const char* to_string(Polarity polarity) {
  switch (polarity) {
    case Polarity::kCooperation: return "cooperation";
    case Polarity::kRivalry: return "rivalry";
    case Polarity::kWithheld: return "withheld";
    case Polarity::kNeutral: return "neutral";
  }
  return "neutral";
}

bool parse_polarity(const std::string& text, Polarity& out) {
  if (text == "cooperation") out = Polarity::kCooperation;
  else if (text == "rivalry") out = Polarity::kRivalry;
  else if (text == "withheld") out = Polarity::kWithheld;
  else if (text == "neutral") out = Polarity::kNeutral;
  else return false;
  return true;
}

}  // namespace actornet::extract
