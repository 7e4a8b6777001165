// The word tables of the number grammar (lib/data/numerals.json), parsed once into lookups that
// cost a table index or a short probe per character.
#ifndef CLAIMCHECK_LIB_NUMBERS_NUMERAL_TABLES_HPP
#define CLAIMCHECK_LIB_NUMBERS_NUMERAL_TABLES_HPP

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "numbers/english_lexicon.hpp"
#include "numbers/word_set.hpp"

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

// The words that hold one numeral character, with the two bytes that stand right before it in
// the words it does not open and right after it in the words it opens. A number whose
// neighbouring bytes are in neither set lies inside none of the words, which need not be
// compared: most numbers are in no such word, and 一 alone is in dozens. (The sets are keyed by
// the low six bits of each byte: the two continuation bytes of a Han character before, the lead
// and first continuation byte after.)
class NumeralWords {
 public:
  // `word` holds the numeral of `numeral_length` bytes at byte `offset`.
  void add(std::string word, std::size_t offset, std::size_t numeral_length);
  // False when no word can hold the numeral of `numeral_length` bytes that `text` has at `begin`.
  bool may_hold(std::string_view text, std::size_t begin, std::size_t numeral_length) const {
    if (unfiltered_) return true;
    if (begin >= 2 && has(before_, text[begin - 2], text[begin - 1])) return true;
    const std::size_t after = begin + numeral_length;
    return after + 1 < text.size() && has(after_, text[after], text[after + 1]);
  }
  const std::vector<NumeralWord>& words() const { return words_; }

 private:
  using PairSet = std::array<std::uint64_t, 64>;  // a bit per pair of six-bit keys
  static std::size_t key(char a, char b) {
    return (static_cast<std::size_t>(static_cast<unsigned char>(a) & 0x3F) << 6) |
           (static_cast<unsigned char>(b) & 0x3F);
  }
  static bool has(const PairSet& set, char a, char b) {
    const std::size_t k = key(a, b);
    return ((set[k >> 6] >> (k & 63)) & 1) != 0;
  }
  static void put(PairSet& set, char a, char b) {
    const std::size_t k = key(a, b);
    set[k >> 6] |= std::uint64_t{1} << (k & 63);
  }

  std::vector<NumeralWord> words_;
  PairSet before_{};
  PairSet after_{};
  bool unfiltered_ = false;  // a word with fewer than two bytes on the side it is tested by
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

  // Characters of the Basic Multilingual Plane (before folding) at which the scan must stop:
  // digits, Han numerals and starters, full-width forms, currency symbols, vulgar fractions.
  std::vector<std::uint64_t> scan_stops;
  // Characters (after folding) that can follow a quantity and change its reading: %, 个百分点,
  // 倍, 成, 折, 分之, 年月日, 至 到 ~ -, currency words and symbols, letters, spaces.
  std::vector<std::uint64_t> suffix_starts;
  static bool in(const std::vector<std::uint64_t>& bits, char32_t c) {
    return c < 0x10000 && ((bits[c >> 6] >> (c & 63)) & 1) != 0;
  }

  std::unordered_map<char32_t, NumeralWords> words_containing_numerals;
  WordSet numeral_words_counting;              // 一个半, 一个多: 一 still counts (一个半月)
  WordSet unit_words_starting_with_a_numeral;  // 千克 百分之: stop before them
  WordSet zhao_as_mega_before;                 // 兆瓦: 兆 is mega, not 10^12
  WordSet percent_after_cheng_not_before;      // 成员 成本: not 成 = ×10 %
  WordSet discount_after_zhe_not_before;       // 折合 折旧: not 折 = discount
  WordSet fraction_in_not_before{true};        // "5 in 12 months": not a share
  WordSet ordinal_suffixes;                    // 四十七任
  // A big unit with no numeral before it is one of it after these characters (近万块, 逾万人,
  // 近亿元, 突破万亿), unless a word it starts follows (万达, 万一, 万岁).
  std::vector<char32_t> bare_big_unit_after;
  WordSet bare_big_unit_not_before;
  std::vector<std::string> version_name_words;                  // lower case, sorted: iphone, llama
  EnglishLexicon english;                                       // one, twenty, million, thirds…
  std::vector<std::string> english_one_not_a_number_after;      // "the one", "which one"
  std::vector<std::string> english_dozens;                      // dozen, dozens, dzs
  std::vector<std::string> english_multiple_suffixes;           // fold: threefold, tenfold
  WordSet multiplication_words{true};  // doubled, 翻番: a multiple by themselves (number: the times)
  // The number word that opens `letters` (any case) when a multiple suffix ends them, and its
  // length in *prefix (threefold → three, 5; twentyfold → twenty, 6); nullptr when none.
  const EnglishWord* number_before_multiple_suffix(std::string_view letters, std::size_t* prefix) const {
    if (letters.empty() || !multiple_suffix_last_[static_cast<unsigned char>(letters.back()) | 0x20]) return nullptr;
    return number_before_multiple_suffix_slow(letters, prefix);
  }
  std::unordered_map<char32_t, std::pair<int, int>> vulgar_fractions;  // ½ → 1/2
  WordSet suffix_multipliers;                  // k → 3, bn → 9 (number: the power of ten)
  // Units that may follow digits with no space (36GB, 100W, 5km, 150mph): the ASCII words of the
  // physical units in units.json. Digits glued to other letters are a name (910B, 5G, 3D).
  WordSet glued_units{true};
  // B → 9, T → 12, m → 6: multiplier letters only before one of nouns_after_multiplier_letters
  // (671B parameters, 14.8T tokens, 2.6m downloads; not 910B chips or 600m tall)
  WordSet multiplier_letters_before_nouns;
  WordSet nouns_after_multiplier_letters{true};
  WordSet currency_prefixes{true};             // $, US$, USD → ISO code (value)
  WordSet currency_suffixes{true};             // 美元, dollars, € → ISO code (value)
  // 角, 毛, 分, cents after a major unit (五元三毛, 3 dollars 50 cents) → ISO code (value) and
  // the power of ten below the major unit (number: 角 1, 分 2)
  WordSet currency_minor_units{true};
  WordSet currency_minor_not_before;           // 分钟 分之 分贝: not a fen

 private:
  void build_char_sets();
  const EnglishWord* number_before_multiple_suffix_slow(std::string_view letters, std::size_t* prefix) const;
  std::array<bool, 256> multiple_suffix_last_{};  // the last letters of english_multiple_suffixes
  std::vector<std::string> currency_suffix_words;
  std::vector<std::string> ordinal_suffix_words;
  std::vector<std::string> zhao_words;
};

}  // namespace claimcheck::numbers

#endif
