#include "claims/phrase_index.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace claimcheck {

namespace {

unsigned char first_byte(const std::string& s) { return static_cast<unsigned char>(s.front()); }

}  // namespace

PhraseIndex::PhraseIndex(std::vector<std::string> phrases) : phrases_(std::move(phrases)) {
  for (const std::string& p : phrases_) {
    if (p.empty()) throw std::runtime_error("an empty phrase");
    longest_ = std::max(longest_, p.size());
  }
  if (phrases_.size() > UINT16_MAX) throw std::runtime_error("too many phrases");
  std::stable_sort(phrases_.begin(), phrases_.end(),
                   [](const std::string& a, const std::string& b) { return first_byte(a) < first_byte(b); });
  std::size_t k = 0;
  for (std::size_t b = 0; b < 256; ++b) {
    first_[b] = static_cast<std::uint16_t>(k);
    while (k < phrases_.size() && first_byte(phrases_[k]) == b) ++k;
  }
  first_[256] = static_cast<std::uint16_t>(k);
  for (const std::string& p : phrases_) {
    std::uint64_t& row = pairs_[first_byte(p) & 63u];
    row |= p.size() == 1 ? ~std::uint64_t{0} : std::uint64_t{1} << (static_cast<unsigned char>(p[1]) & 63u);
  }
}

bool PhraseIndex::overlaps(std::string_view text, std::size_t from, std::size_t to, std::size_t begin,
                           std::size_t end) const noexcept {
  to = std::min(to, text.size());
  // A phrase sharing a byte with [begin, end) starts before `end` and less than its length before `begin`.
  if (begin >= longest_) from = std::max(from, begin - longest_ + 1);
  const std::size_t last = std::min(end, to);
  for (std::size_t p = from; p < last; ++p) {
    const auto b = static_cast<unsigned char>(text[p]);
    // No phrase starts with these two bytes (a phrase of two bytes or more needs the second).
    const unsigned second = p + 1 < text.size() ? static_cast<unsigned char>(text[p + 1]) & 63u : 0;
    if (p + 1 < text.size() && ((pairs_[b & 63u] >> second) & 1u) == 0) continue;
    for (std::size_t k = first_[b]; k < first_[b + 1]; ++k) {
      const std::string& phrase = phrases_[k];
      if (p + phrase.size() > to || p + phrase.size() <= begin) continue;
      // (Han characters share their first bytes: the second tells most of them apart.)
      if (phrase.size() > 1 && text[p + 1] != phrase[1]) continue;
      if (text.compare(p, phrase.size(), phrase) == 0) return true;
    }
  }
  return false;
}

}  // namespace claimcheck
