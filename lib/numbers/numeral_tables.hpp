// The word tables of the number grammar (lib/data/numerals.json), parsed once into lookups that
// cost a table index or a short probe per character.
#ifndef CLAIMCHECK_LIB_NUMBERS_NUMERAL_TABLES_HPP
#define CLAIMCHECK_LIB_NUMBERS_NUMERAL_TABLES_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace claimcheck::numbers {

// What a Han character (after folding) is to the grammar.
enum class HanRole : std::uint8_t {
  none,
  digit,        // 零一二两三… 壹贰… (value in han_value)
  small_unit,   // 十百千 拾佰仟 (power of ten in han_value)
  big_unit,     // 万亿兆 (power of ten in han_value)
  starter,      // may open an expression without being a numeral: 负 第 数 几 上 打 半
};

struct HanInfo {
  HanRole role = HanRole::none;
  std::int8_t value = 0;
  bool formal = false;                  // 壹贰叁… 拾佰仟
  bool needs_neighbour = false;         // 陆伍拾肆: a numeral only next to another numeral
  bool needs_formal_neighbour = false;  // 参: a numeral only next to a formal numeral
};

// A word in which a numeral character is not a number (一些, 统一, 四川), indexed by the
// numeral character with the byte offset of that character inside the word.
struct NumeralWord {
  std::string word;
  std::size_t offset = 0;
};

struct NumeralTables {
  NumeralTables();  // parses the embedded numerals.json; throws std::runtime_error if malformed

  static constexpr char32_t kHanFirst = 0x4E00;
  static constexpr char32_t kHanLast = 0x9FFF;
  std::vector<HanInfo> han;  // indexed by code point - kHanFirst

  const HanInfo& info(char32_t c) const {
    static const HanInfo kNone{};
    return (c >= kHanFirst && c <= kHanLast) ? han[c - kHanFirst] : kNone;
  }

  std::unordered_map<char32_t, std::vector<NumeralWord>> words_containing_numerals;
  std::vector<std::string> unit_words_starting_with_a_numeral;  // 千克 百分之: stop before them
  std::vector<std::string> zhao_as_mega_before;                 // 兆瓦: 兆 is mega, not 10^12
  std::vector<std::string> percent_after_cheng_not_before;      // 成员 成本: not 成 = ×10 %
  std::vector<std::string> discount_after_zhe_not_before;       // 折合 折旧: not 折 = discount
  std::vector<std::string> ordinal_suffixes;                    // 四十七任
  std::vector<std::string> version_name_words;                  // lower case: llama, iphone
  std::unordered_map<std::string, int> english_units;           // one → 1 … nineteen → 19
  std::unordered_map<std::string, int> english_tens;            // twenty → 20
  std::unordered_map<std::string, int> english_scales;         // hundred → 2, million → 6
  std::vector<std::string> english_one_not_a_number_after;      // "the one", "which one"
  std::vector<std::pair<std::string, int>> suffix_multipliers;  // k → 3, bn → 9 (longest first)
  std::vector<std::pair<std::string, std::string>> currency_prefixes;  // longest first
  std::vector<std::pair<std::string, std::string>> currency_suffixes;  // longest first
};

// True when `text` at `pos` starts with one of `words` (exact bytes).
bool starts_with_any(std::string_view text, std::size_t pos, const std::vector<std::string>& words);

}  // namespace claimcheck::numbers

#endif
