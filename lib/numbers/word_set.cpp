// Word sets indexed by first byte (see word_set.hpp).
#include "numbers/word_set.hpp"

#include <algorithm>

#include "text/ascii.hpp"

namespace claimcheck::numbers {

namespace {

unsigned char lower(unsigned char c) { return text::ascii_lower(c); }

}  // namespace

void WordSet::add(std::string word, std::string value, int number) {
  if (word.empty()) return;
  auto first = static_cast<unsigned char>(word[0]);
  if (ignore_case_) first = lower(first);
  if (word.size() == 1) {
    has_one_byte_word_[first] = true;
  } else {
    auto second = static_cast<unsigned char>(word[1]);
    if (ignore_case_) second = lower(second);
    second_bytes_[first] |= std::uint64_t{1} << (second & 63);
  }
  auto& bucket = by_first_byte_[first];
  bucket.push_back(Entry{std::move(word), std::move(value), number});
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const Entry& a, const Entry& b) { return a.word.size() > b.word.size(); });
}

void WordSet::add_all(const std::vector<std::string>& words) {
  for (const auto& w : words) add(w);
}

const WordSet::Entry* WordSet::longest_at_slow(std::string_view text, std::size_t pos, unsigned char first) const {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  for (const Entry& e : by_first_byte_[first]) {
    const std::size_t n = e.word.size();
    if (text.size() - pos < n) continue;
    const auto* w = reinterpret_cast<const unsigned char*>(e.word.data());
    std::size_t i = 1;
    if (ignore_case_) {
      while (i < n && lower(s[i]) == lower(w[i])) ++i;
    } else {
      while (i < n && s[i] == w[i]) ++i;
    }
    if (i == n) return &e;
  }
  return nullptr;
}

}  // namespace claimcheck::numbers
