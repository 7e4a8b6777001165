// The folding table. Sorted by source code point; looked up by binary search after a cheap
// range test, so ASCII and most Han characters cost one comparison or two.
#include "text/fold.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

namespace claimcheck::text {

namespace {

// Traditional and variant forms that matter to numbers, and punctuation that is not in the
// full-width block. Keep sorted by the first member.
constexpr std::array<std::pair<char32_t, char32_t>, 44> kTable = {{
    {U'\u00A0', U' '},  // no-break space
    // en quad to hair space, figure space and thin space among them
    {U'\u2000', U' '},  {U'\u2001', U' '},  {U'\u2002', U' '},  {U'\u2003', U' '},  {U'\u2004', U' '},
    {U'\u2005', U' '},  {U'\u2006', U' '},  {U'\u2007', U' '},  {U'\u2008', U' '},  {U'\u2009', U' '},
    {U'\u200A', U' '},
    {U'\u2010', U'-'},  {U'\u2011', U'-'},  {U'\u2012', U'-'},
    {U'\u2013', U'-'},  // en dash
    {U'\u2014', U'-'},  // em dash
    {U'\u202F', U' '},  // narrow no-break space
    {U'\u205F', U' '},  // medium mathematical space
    {U'\u2212', U'-'},  // minus sign
    {U'\u3000', U' '},  // ideographic space
    {U'\u3007', U'零'},  // 〇
    {U'\u301C', U'~'},  // wave dash
    {U'來', U'来'},  {U'倆', U'两'},  {U'個', U'个'},  {U'億', U'亿'},  {U'兩', U'两'},
    {U'參', U'参'},  {U'叄', U'叁'},  {U'對', U'对'},  {U'幾', U'几'},  {U'數', U'数'},
    {U'於', U'于'},  {U'與', U'与'},  {U'萬', U'万'},  {U'負', U'负'},  {U'貳', U'贰'},
    {U'這', U'这'},  {U'間', U'间'},  {U'陸', U'陆'},  {U'雙', U'双'},  {U'餘', U'余'},
    {U'點', U'点'},
}};

constexpr bool sorted_table() {
  for (std::size_t i = 1; i < kTable.size(); ++i)
    if (kTable[i - 1].first > kTable[i].first) return false;
  return true;
}

static_assert(sorted_table(), "the folding table must be sorted");

constexpr std::array<std::uint64_t, 1024> entry_bits() {
  std::array<std::uint64_t, 1024> bits{};
  for (const auto& entry : kTable) bits[entry.first >> 6] |= std::uint64_t{1} << (entry.first & 63);
  return bits;
}

}  // namespace

const std::array<std::uint64_t, 1024> kFoldEntryBits = entry_bits();

char32_t fold_table_lookup(char32_t c) noexcept {
  if (c < kTable.front().first || c > kTable.back().first) return c;
  const auto it = std::lower_bound(kTable.begin(), kTable.end(), c,
                                   [](const auto& entry, char32_t key) { return entry.first < key; });
  return (it != kTable.end() && it->first == c) ? it->second : c;
}

}  // namespace claimcheck::text
