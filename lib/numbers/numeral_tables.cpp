// Loading lib/data/numerals.json into the grammar's lookups.
#include "numbers/numeral_tables.hpp"

#include <algorithm>
#include <stdexcept>

#include "text/fold.hpp"

#include <nlohmann/json.hpp>

#include "text/utf8.hpp"

namespace claimcheck::data {
std::string_view numerals_json();
std::string_view units_json();
}

namespace claimcheck::numbers {

namespace {

using nlohmann::json;

char32_t single_char(const std::string& s, const char* field) {
  const auto d = text::decode_at(s, 0);
  if (s.empty() || d.length != s.size() || d.code_point < NumeralTables::kHanFirst ||
      d.code_point > NumeralTables::kHanLast)
    throw std::runtime_error(std::string("numerals.json: ") + field + ": '" + s + "' is not one Han character");
  return d.code_point;
}

const json& field(const json& doc, const char* name) {
  if (!doc.contains(name)) throw std::runtime_error(std::string("numerals.json: missing field '") + name + "'");
  return doc.at(name);
}

std::vector<std::string> strings(const json& doc, const char* name) {
  return field(doc, name).get<std::vector<std::string>>();
}

}  // namespace

void NumeralWords::add(std::string word, std::size_t offset, std::size_t numeral_length) {
  // A word can hold the numeral only where its bytes stand around it: the two bytes before it
  // when the word does not open with it, else the two bytes after it.
  const std::size_t after = offset + numeral_length;
  if (offset >= 2) {
    put(before_, word[offset - 2], word[offset - 1]);
  } else if (offset == 0 && after + 1 < word.size()) {
    put(after_, word[after], word[after + 1]);
  } else {
    unfiltered_ = true;
  }
  words_.push_back({std::move(word), offset});
}

NumeralTables::NumeralTables()
    : han(kHanLast - kHanFirst + 1), scan_stops(0x10000 / 64), suffix_starts(0x10000 / 64) {
  const json doc = json::parse(data::numerals_json());
  auto set = [&](const std::string& s, const char* name, HanRole role, int value) {
    HanInfo& h = han[single_char(s, name) - kHanFirst];
    h.role = role;
    h.value = static_cast<std::int8_t>(value);
  };
  for (const auto& [k, v] : field(doc, "chinese_digits").items()) set(k, "chinese_digits", HanRole::digit, v.get<int>());
  for (const auto& [k, v] : field(doc, "chinese_small_units").items())
    set(k, "chinese_small_units", HanRole::small_unit, v.get<int>());
  for (const auto& [k, v] : field(doc, "chinese_big_units").items())
    set(k, "chinese_big_units", HanRole::big_unit, v.get<int>());
  for (const char* s : {"负", "第", "数", "几", "上", "打", "半"}) set(s, "starters", HanRole::starter, 0);
  for (const auto& s : strings(doc, "formal_numerals")) han[single_char(s, "formal_numerals") - kHanFirst].formal = true;
  for (const auto& s : strings(doc, "formal_digits_needing_a_neighbour"))
    han[single_char(s, "formal_digits_needing_a_neighbour") - kHanFirst].needs_neighbour = true;
  for (const auto& s : strings(doc, "formal_digits_needing_a_formal_neighbour"))
    han[single_char(s, "formal_digits_needing_a_formal_neighbour") - kHanFirst].needs_formal_neighbour = true;

  for (const auto& word : strings(doc, "words_containing_numerals")) {
    for (std::size_t pos = 0; pos < word.size();) {
      const auto d = text::decode_at(word, pos);
      const auto role = info(d.code_point).role;
      if (role == HanRole::digit || role == HanRole::small_unit || role == HanRole::big_unit)
        words_containing_numerals[d.code_point].add(word, pos, d.length);
      pos += d.length;
    }
  }
  numeral_words_counting.add_all(strings(doc, "numeral_words_counting"));
  unit_words_starting_with_a_numeral.add_all(strings(doc, "unit_words_starting_with_a_numeral"));
  zhao_as_mega_before.add_all(strings(doc, "zhao_as_mega_before"));
  percent_after_cheng_not_before.add_all(strings(doc, "percent_after_cheng_not_before"));
  discount_after_zhe_not_before.add_all(strings(doc, "discount_after_zhe_not_before"));
  fraction_in_not_before.add_all(strings(doc, "fraction_in_not_before"));
  ordinal_suffixes.add_all(strings(doc, "ordinal_suffixes"));
  for (const auto& c : strings(doc, "bare_big_unit_after"))
    bare_big_unit_after.push_back(single_char(c, "bare_big_unit_after"));
  bare_big_unit_not_before.add_all(strings(doc, "bare_big_unit_not_before"));
  version_name_words = strings(doc, "version_name_words");
  std::sort(version_name_words.begin(), version_name_words.end());  // searched by bisection
  for (const auto& [k, v] : field(doc, "multiplication_words").items()) {
    if (k == "_comment") continue;
    multiplication_words.add(k, {}, v.get<int>());
    // The scan stops at a Chinese one's first character (翻番, 翻两番).
    if (const char32_t first = text::decode_at(k, 0).code_point; first >= 0x80 && first < 0x10000)
      scan_stops[first >> 6] |= std::uint64_t{1} << (first & 63);
  }
  english_multiple_suffixes = strings(doc, "english_multiple_suffixes");
  for (const std::string& suffix : english_multiple_suffixes)
    if (!suffix.empty()) multiple_suffix_last_[static_cast<unsigned char>(suffix.back()) | 0x20] = true;
  for (const auto& [k, v] : field(doc, "english_units").items()) english.entry(k).unit = v.get<int>();
  for (const auto& [k, v] : field(doc, "english_tens").items()) english.entry(k).tens = v.get<int>();
  for (const auto& [k, v] : field(doc, "english_scales").items()) english.entry(k).scale = v.get<int>();
  for (const auto& [k, v] : field(doc, "english_vague_plurals").items()) english.entry(k).vague_scale = v.get<int>();
  for (const auto& w : strings(doc, "english_vague_counts")) english.entry(w).vague_count = true;
  english_one_not_a_number_after = strings(doc, "english_one_not_a_number_after");
  for (const auto& [k, v] : field(doc, "english_denominators").items())
    english.entry(k).denominator = v.get<std::int64_t>();
  for (const auto& [k, v] : field(doc, "english_ordinal_units").items()) english.entry(k).ordinal_unit = v.get<int>();
  english_dozens = strings(doc, "english_dozens");
  for (const auto& [k, v] : field(doc, "vulgar_fractions").items()) {
    const auto d = text::decode_at(k, 0);
    if (k.empty() || d.length != k.size())
      throw std::runtime_error("numerals.json: vulgar_fractions: '" + k + "' is not one character");
    vulgar_fractions[d.code_point] = v.get<std::pair<int, int>>();
  }
  for (const auto& [k, v] : field(doc, "suffix_multipliers").items()) suffix_multipliers.add(k, {}, v.get<int>());
  {
    const json units = json::parse(data::units_json());
    if (!units.contains("physical") || !units.at("physical").is_array())
      throw std::runtime_error("units.json: missing field 'physical'");
    for (const auto& unit : units.at("physical"))
      for (const auto& w : unit.at("words").get<std::vector<std::string>>())
        if (!w.empty() && ((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z'))) glued_units.add(w);
  }
  for (const auto& [k, v] : field(doc, "multiplier_letters_before_nouns").items())
    multiplier_letters_before_nouns.add(k, {}, v.get<int>());
  nouns_after_multiplier_letters.add_all(strings(doc, "nouns_after_multiplier_letters"));
  for (const auto& [k, v] : field(doc, "currency_prefixes").items()) {
    currency_prefixes.add(k, v.get<std::string>());
    std::string letters;
    for (char ch : k) {
      if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) break;
      letters += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    }
    if (!letters.empty()) english.entry(letters).starter = true;
  }
  // MUSD 30, 120 MEUR: millions of the currency (the entry's number is the power of ten)
  for (const auto& [k, v] : field(doc, "currency_codes_in_millions").items()) {
    currency_prefixes.add(k, v.get<std::string>(), 6);
    currency_suffixes.add(k, v.get<std::string>(), 6);
    currency_suffix_words.push_back(k);
    std::string letters(k);
    for (auto& ch : letters) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    english.entry(letters).starter = true;
  }
  for (const auto& [k, v] : field(doc, "currency_minor_units_after_major").items()) {
    const auto code = v.get<std::string>();
    const auto slash = code.find('/');
    if (slash == std::string::npos || (code.substr(slash) != "/10" && code.substr(slash) != "/100"))
      throw std::runtime_error("numerals.json: currency_minor_units_after_major: '" + k + "' is not CODE/10 or CODE/100");
    currency_minor_units.add(k, code.substr(0, slash), code.substr(slash) == "/10" ? 1 : 2);
  }
  currency_minor_not_before.add_all(strings(doc, "currency_minor_not_before"));
  for (const auto& [k, v] : field(doc, "currency_suffixes").items()) {
    currency_suffixes.add(k, v.get<std::string>());
    currency_suffix_words.push_back(k);
  }
  ordinal_suffix_words = strings(doc, "ordinal_suffixes");
  zhao_words = strings(doc, "zhao_as_mega_before");
  for (const char* w : {"a", "an", "between", "from", "minus", "negative", "half", "quarter"}) {
    english.entry(w).starter = true;
    english.entry(w).opens = true;
  }
  build_char_sets();
}

void NumeralTables::build_char_sets() {
  auto set = [](std::vector<std::uint64_t>& bits, char32_t c) {
    if (c < 0x10000) bits[c >> 6] |= std::uint64_t{1} << (c & 63);
  };
  auto set_first_chars = [&](std::vector<std::uint64_t>& bits, const std::string& s) {
    if (!s.empty()) set(bits, text::decode_at(s, 0).code_point);
  };
  for (char32_t c = kHanFirst; c <= kHanLast; ++c) {
    const char32_t folded = text::fold_char(c);
    if (info(folded).role != HanRole::none) set(scan_stops, c);
  }
  for (char32_t c = 0xFF10; c <= 0xFF19; ++c) set(scan_stops, c);  // full-width digits
  for (char32_t c : {U'\u3007', U'\uFF0D', U'\u2212', U'\uFF0E', U'€', U'£', U'¥', U'￥', U'₩', U'₹', U'₽', U'₿'}) set(scan_stops, c);
  for (const auto& [c, frac] : vulgar_fractions) set(scan_stops, c);

  for (char32_t c : std::u32string_view(U"%个百佰分倍成折打又年月日号点时任届至到~-/之多余几来 .,:×")) set(suffix_starts, c);
  for (char32_t c = U'a'; c <= U'z'; ++c) set(suffix_starts, c);
  for (char32_t c = U'A'; c <= U'Z'; ++c) set(suffix_starts, c);
  for (const auto& w : currency_suffix_words) set_first_chars(suffix_starts, w);
  for (const auto& w : ordinal_suffix_words) set_first_chars(suffix_starts, w);
  for (const auto& w : zhao_words) set_first_chars(suffix_starts, w);
  for (char32_t c = kHanFirst; c <= kHanLast; ++c)
    if (info(c).role != HanRole::none) set(suffix_starts, c);
}

const EnglishWord* NumeralTables::number_before_multiple_suffix_slow(std::string_view letters,
                                                                     std::size_t* prefix) const {
  for (const std::string& suffix : english_multiple_suffixes) {
    if (letters.size() <= suffix.size()) continue;
    const std::size_t length = letters.size() - suffix.size();
    bool ends = true;
    for (std::size_t i = 0; i < suffix.size() && ends; ++i)
      ends = static_cast<char>(letters[length + i] | 0x20) == suffix[i];
    if (!ends) continue;
    const EnglishWord* w = english.find_letters(letters.substr(0, length));
    if (w != nullptr && (w->unit >= 2 || w->tens >= 0)) {
      *prefix = length;
      return w;
    }
  }
  return nullptr;
}

}  // namespace claimcheck::numbers
