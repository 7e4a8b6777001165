// Loading lib/data/numerals.json into the grammar's lookups.
#include "numbers/numeral_tables.hpp"

#include <algorithm>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "text/utf8.hpp"

namespace claimcheck::data {
std::string_view numerals_json();
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

template <typename Value>
std::vector<std::pair<std::string, Value>> longest_first(const json& object) {
  std::vector<std::pair<std::string, Value>> out;
  for (const auto& [key, value] : object.items()) out.emplace_back(key, value.template get<Value>());
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return out;
}

}  // namespace

bool starts_with_any(std::string_view text, std::size_t pos, const std::vector<std::string>& words) {
  const std::string_view rest = text.substr(pos);
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return rest.substr(0, w.size()) == w; });
}

NumeralTables::NumeralTables() : han(kHanLast - kHanFirst + 1) {
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
        words_containing_numerals[d.code_point].push_back({word, pos});
      pos += d.length;
    }
  }
  unit_words_starting_with_a_numeral = strings(doc, "unit_words_starting_with_a_numeral");
  zhao_as_mega_before = strings(doc, "zhao_as_mega_before");
  percent_after_cheng_not_before = strings(doc, "percent_after_cheng_not_before");
  discount_after_zhe_not_before = strings(doc, "discount_after_zhe_not_before");
  ordinal_suffixes = strings(doc, "ordinal_suffixes");
  version_name_words = strings(doc, "version_name_words");
  english_units = field(doc, "english_units").get<std::unordered_map<std::string, int>>();
  english_tens = field(doc, "english_tens").get<std::unordered_map<std::string, int>>();
  english_scales = field(doc, "english_scales").get<std::unordered_map<std::string, int>>();
  english_one_not_a_number_after = strings(doc, "english_one_not_a_number_after");
  suffix_multipliers = longest_first<int>(field(doc, "suffix_multipliers"));
  currency_prefixes = longest_first<std::string>(field(doc, "currency_prefixes"));
  currency_suffixes = longest_first<std::string>(field(doc, "currency_suffixes"));
}

}  // namespace claimcheck::numbers
