// Units of information. A measure is computed in nats and converted by one exact division,
// so the three units never disagree by more than one rounding.
#include "info/units.hpp"

#include "info/error.hpp"

#include <array>
#include <cctype>
#include <numbers>
#include <string>

namespace info {

double log_of_base(base b) noexcept {
  switch (b) {
    case base::bits: return std::numbers::ln2;
    case base::bans: return std::numbers::ln10;
    case base::nats: break;
  }
  return 1.0;
}

double from_nats(double nats, base b) noexcept { return nats / log_of_base(b); }

std::string_view unit_name(base b) noexcept {
  switch (b) {
    case base::bits: return "bits";
    case base::bans: return "bans";
    case base::nats: break;
  }
  return "nats";
}

base parse_base(std::string_view text) {
  std::string t;
  for (char c : text) t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (t == "e" || t == "nat" || t == "nats") return base::nats;
  if (t == "2" || t == "bit" || t == "bits" || t == "shannon" || t == "shannons") return base::bits;
  if (t == "10" || t == "ban" || t == "bans" || t == "hartley" || t == "hartleys") return base::bans;
  throw invalid_input("unknown base '" + std::string(text) +
                      "': use 2 (bits), e (nats) or 10 (bans); the words bits, nats and bans also work");
}

spec_error::spec_error(std::size_t position, const std::string& message)
    : invalid_input("at character " + std::to_string(position + 1) + ": " + message), position_(position) {}

}  // namespace info
