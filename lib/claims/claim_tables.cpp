// Reads the claim word tables from the embedded JSON data.
#include "claims/claim_tables.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string_view>

#include "claimcheck/json.hpp"
#include "claims/text_scan.hpp"
#include "text/utf8.hpp"

namespace claimcheck {

namespace data {
std::string_view units_json();
std::string_view hedges_json();
std::string_view classifiers_json();
std::string_view claim_cues_json();
}  // namespace data

namespace {

using nlohmann::json;

json parse(std::string_view text, const char* name) {
  try {
    return json::parse(text.begin(), text.end());
  } catch (const json::exception& e) {
    throw std::runtime_error(std::string("data/") + name + ".json: " + e.what());
  }
}

// The field `key` of `node`, which must be there; errors name the file and the field.
const json& field(const json& node, const char* key, const std::string& where) {
  if (!node.is_object() || !node.contains(key))
    throw std::runtime_error(where + ": missing field '" + key + "'");
  return node.at(key);
}

std::vector<std::string> strings(const json& node, const std::string& where) {
  if (!node.is_array()) throw std::runtime_error(where + ": expected an array of strings");
  std::vector<std::string> out;
  for (const auto& item : node) {
    if (!item.is_string()) throw std::runtime_error(where + ": expected an array of strings");
    out.push_back(item.get<std::string>());
  }
  return out;
}

// The optional true-or-false field `key` of `node`: false when absent.
bool flag(const json& node, const char* key, const std::string& where) {
  if (!node.contains(key)) return false;
  const json& value = node.at(key);
  if (!value.is_boolean()) throw std::runtime_error(where + "." + key + ": expected true or false");
  return value.get<bool>();
}

// The optional number field `key` of `node`: 0 when absent.
double number_or_zero(const json& node, const char* key, const std::string& where) {
  if (!node.contains(key)) return 0;
  const json& value = node.at(key);
  if (!value.is_number()) throw std::runtime_error(where + "." + key + ": expected a number");
  return value.get<double>();
}

bool qualifier_named(const std::string& name, Qualifier* q, bool* is_hedge) {
  *is_hedge = name != "none";
  if (!*is_hedge) {
    *q = Qualifier::exact;
    return true;
  }
  return parse_qualifier(name, q);
}

class TableBuilder {
 public:
  explicit TableBuilder(ClaimTables* t) : t_(t) {}

  int unit(UnitWord word) {
    t_->units.push_back(std::move(word));
    return static_cast<int>(t_->units.size() - 1);
  }

  void add_all(WordLexicon* lexicon, const std::vector<std::string>& words, int payload) {
    for (const auto& w : words) lexicon->add(w, payload);
  }

  void read_units(const json& root) {
    const std::string where = "data/units.json";
    for (const auto& c : field(root, "currencies", where)) {
      const std::string code = field(c, "code", where + ": currencies").get<std::string>();
      UnitWord word;
      word.kind = UnitKind::currency;
      word.unit = code;
      const int id = unit(word);
      if (code == "CNY") t_->cny_unit = id;
      if (code == "JPY") t_->jpy_unit = id;
      add_all(&t_->currency_before, strings(field(c, "before", where), where + ": " + code + ".before"), id);
      const std::vector<std::string> after = strings(field(c, "after", where), where + ": " + code + ".after");
      add_all(&t_->units_after, after, id);
      add_all(&t_->rate_denominators, after, rate_unit(code, 1));  // 7.30 yuan per dollar: CNY/USD
    }
    add_all(&t_->yen_as_jpy_after, strings(field(root, "yen_sign_jpy_after", where), where), 0);
    read_local_yuan(field(root, "local_yuan", where), where + ": local_yuan");
    for (const auto& d : field(root, "durations", where)) {
      UnitWord word;
      word.kind = UnitKind::duration;
      word.unit = field(d, "unit", where + ": durations").get<std::string>();
      const int per = rate_unit(word.unit, 1, true, number_or_zero(d, "in_hour", where + ": durations." + word.unit));
      for (const auto& w : strings(field(d, "words", where), where + ": durations." + word.unit)) {
        UnitWord one = word;
        one.bare_month_or_day = w == "月" || w == "日";
        one.bare_year = w == "年";
        t_->units_after.add(w, unit(one));
        t_->rate_denominators.add(w, per);
      }
      if (d.contains("before_seconds"))
        add_all(&t_->units_before_seconds,
                strings(d.at("before_seconds"), where + ": durations." + word.unit + ".before_seconds"), unit(word));
    }
    // A unit whose dimension and unit are one name: percent, percentage_point, times.
    auto plain = [&](UnitKind kind, const char* name, const char* dimension) {
      UnitWord word;
      word.kind = kind;
      word.unit = name;
      word.dimension = dimension;
      return unit(word);
    };
    const json& percent = field(root, "percent", where);
    add_all(&t_->units_after, strings(field(percent, "percent", where), where + ": percent.percent"),
            plain(UnitKind::percent, "percent", "percent"));
    const int percentage_point = plain(UnitKind::percentage_point, "percentage_point", "percentage_point");
    add_all(&t_->units_after,
            strings(field(percent, "percentage_point", where), where + ": percent.percentage_point"),
            percentage_point);
    add_all(&t_->word_fraction_points,
            strings(field(percent, "points_after_word_fractions", where), where + ": percent.points_after_word_fractions"),
            percentage_point);
    add_all(&t_->units_after, strings(field(root, "multiples", where), where + ": multiples"),
            plain(UnitKind::multiple, "times", "multiple"));
    for (const auto& p : field(root, "physical", where)) {
      UnitWord word;
      word.kind = UnitKind::physical;
      word.unit = field(p, "unit", where + ": physical").get<std::string>();
      word.dimension = field(p, "dimension", where + ": physical").get<std::string>();
      word.scale = field(p, "scale", where + ": physical").get<double>();
      word.offset = number_or_zero(p, "offset", where + ": physical");
      word.min_whole = number_or_zero(p, "min_whole", where + ": physical");
      const int id = unit(word);
      const int per = rate_unit(word.unit, word.scale);
      for (const auto& w : strings(field(p, "words", where), where + ": physical." + word.unit)) {
        t_->units_after.add(w, id);
        t_->objects_in_phrase.add(w, id);
        t_->rate_denominators.add(w, per);
      }
      if (p.contains("before"))
        add_all(&t_->units_before, strings(p.at("before"), where + ": physical." + word.unit + ".before"), id);
    }
    add_all(&t_->speed_before, strings(field(root, "speed_before", where), where + ": speed_before"), 0);
    add_all(&t_->decimal_after, strings(field(root, "decimal_after", where), where + ": decimal_after"), 0);
    const json& cued = field(root, "cued", where);
    if (!cued.is_array()) throw std::runtime_error(where + ": cued: expected an array");
    for (std::size_t g = 0; g < cued.size(); ++g) read_cued(cued[g], where + ": cued[" + std::to_string(g) + "]");
    read_rates(field(root, "rates", where), where + ": rates");
  }

  int rate_unit(std::string name, double scale, bool time = false, double in_hour = 0) {
    t_->rate_units.push_back({std::move(name), scale, time, in_hour});
    return static_cast<int>(t_->rate_units.size() - 1);
  }

  // 度, 级: a unit only with a cue (see data/units.json: cued).
  void read_cued(const json& node, const std::string& where) {
    const json& within = field(node, "within", where);
    if (!within.is_number_unsigned()) throw std::runtime_error(where + ".within: expected a byte count");
    const int group = static_cast<int>(t_->cue_within.size());
    t_->cue_within.push_back(within.get<std::size_t>());
    UnitWord word;
    word.kind = UnitKind::physical;
    word.cue_group = group;
    add_all(&t_->units_after, strings(field(node, "words", where), where + ".words"), unit(word));
    const json& cues = field(node, "cues", where);
    if (!cues.is_array()) throw std::runtime_error(where + ".cues: expected an array");
    for (std::size_t k = 0; k < cues.size(); ++k) {
      const json& cue = cues[k];
      const std::string at = where + ".cues[" + std::to_string(k) + "]";
      t_->unit_cue_values.push_back({group, field(cue, "dimension", at).get<std::string>(),
                                     field(cue, "unit", at).get<std::string>(), field(cue, "scale", at).get<double>(),
                                     number_or_zero(cue, "offset", at)});
      const int id = static_cast<int>(t_->unit_cue_values.size() - 1);
      const std::vector<std::string> words = strings(field(cue, "words", at), at + ".words");
      add_all(&t_->unit_cues, words, id);
      for (const std::string& w : words) t_->unit_cue_longest = std::max(t_->unit_cue_longest, w.size());
      if (cue.contains("after")) add_all(&t_->unit_cues_after, strings(cue.at("after"), at + ".after"), id);
    }
  }

  void read_rates(const json& node, const std::string& where) {
    for (const std::string& w : strings(field(node, "per_before", where), where + ".per_before")) {
      if (w.empty()) continue;
      t_->rate_before.add(w, 0);
      t_->no_claim_after.add(w, 0);
      std::vector<char>& firsts = t_->rate_before_first;
      for (const char c : {w[0], scan::is_ascii_letter(w[0]) ? static_cast<char>(w[0] ^ 0x20) : w[0]})
        if (std::find(firsts.begin(), firsts.end(), c) == firsts.end()) firsts.push_back(c);
    }
    add_all(&t_->rate_after, strings(field(node, "per_after", where), where + ".per_after"), 0);
    add_all(&t_->rate_count_classifiers,
            strings(field(node, "count_classifiers", where), where + ".count_classifiers"), 0);
    add_all(&t_->rate_not_after, strings(field(node, "not_after", where), where + ".not_after"), 0);
    add_all(&t_->rate_exchange_words, strings(field(node, "exchange_words", where), where + ".exchange_words"), 0);
    const json& gap = field(node, "before_gap", where);
    if (!gap.is_number_unsigned()) throw std::runtime_error(where + ".before_gap: expected a byte count");
    t_->rate_before_gap = gap.get<std::size_t>();
    for (const auto& c : field(node, "counts", where)) {
      const json& count = field(c, "count", where + ".counts");
      if (!count.is_number() || !(count.get<double>() > 0))
        throw std::runtime_error(where + ".counts.count: expected a positive number");
      t_->rate_count_values.push_back(count.get<double>());
      add_all(&t_->rate_counts, strings(field(c, "words", where), where + ".counts.words"),
              static_cast<int>(t_->rate_count_values.size() - 1));
    }
    for (const auto& d : field(node, "denominators", where)) {
      const json& name = field(d, "unit", where + ".denominators");
      if (!name.is_string()) throw std::runtime_error(where + ".denominators.unit: expected a string");
      add_all(&t_->rate_denominators,
              strings(field(d, "words", where), where + ".denominators." + name.get<std::string>()),
              rate_unit(name.get<std::string>(), 1));
    }
  }

  void read_local_yuan(const json& node, const std::string& where) {
    ClaimTables::LocalYuan& y = t_->local_yuan;
    y.renminbi = strings(field(node, "renminbi", where), where + ".renminbi");
    add_all(&y.quote_words, strings(field(node, "quote_words", where), where + ".quote_words"), 0);
    for (const auto& l : field(node, "local", where)) {
      const std::string code = field(l, "code", where + ".local").get<std::string>();
      int id = -1;
      for (std::size_t u = 0; u < t_->units.size(); ++u)
        if (t_->units[u].kind == UnitKind::currency && t_->units[u].unit == code) id = static_cast<int>(u);
      if (id < 0) throw std::runtime_error(where + ".local: '" + code + "' is not among the currencies");
      y.local.push_back({id, strings(field(l, "markers", where), where + ".local." + code + ".markers"),
                         strings(field(l, "places", where), where + ".local." + code + ".places")});
    }
    for (const auto& [key, out] : {std::pair{"traditional", &y.traditional}, std::pair{"simplified", &y.simplified}}) {
      const json& chars = field(node, key, where);
      if (!chars.is_string()) throw std::runtime_error(where + "." + key + ": expected a string");
      const std::string s = chars.get<std::string>();
      for (std::size_t i = 0; i < s.size();) {
        const text::DecodedChar c = text::decode_at(s, i);
        out->push_back(c.code_point);
        i += c.length;
      }
      std::sort(out->begin(), out->end());
    }
    if (y.traditional.size() != y.simplified.size())
      throw std::runtime_error(where + ": traditional and simplified must pair up");
  }

  void read_hedges(const json& root) {
    const std::string where = "data/hedges.json";
    add_all(&t_->hedge_links, strings(field(root, "links", where), where + ": links"), 0);
    add_all(&t_->not_after_amounts,
            strings(field(root, "not_after_amounts", where), where + ": not_after_amounts"), 0);
    add_all(&t_->amount_words, strings(field(root, "amount_words", where), where + ": amount_words"), 0);
    add_all(&t_->margins, strings(field(root, "margins", where), where + ": margins"), 0);
    add_all(&t_->after_not_before, strings(field(root, "after_not_before", where), where + ": after_not_before"), 0);
    for (const char* side : {"before", "after"}) {
      WordLexicon* lexicon = side[0] == 'b' ? &t_->hedges_before : &t_->hedges_after;
      for (const auto& [name, words] : field(root, side, where).items()) {
        HedgeWord hedge;
        if (!qualifier_named(name, &hedge.qualifier, &hedge.is_hedge))
          throw std::runtime_error(where + ": " + side + ": unknown qualifier '" + name + "'");
        t_->hedges.push_back(hedge);
        add_all(lexicon, strings(words, where + ": " + side + "." + name),
                static_cast<int>(t_->hedges.size() - 1));
      }
    }
  }

  void read_classifiers(const json& root) {
    const std::string where = "data/classifiers.json";
    for (const auto& c : field(root, "classifiers", where)) {
      UnitWord word;
      word.kind = UnitKind::classifier;
      const json& object = field(c, "object", where + ": classifiers");
      if (object.is_string()) word.unit = object.get<std::string>();
      if (c.contains("not_before")) word.not_before = strings(c.at("not_before"), where + ": classifiers.not_before");
      word.not_after_range = flag(c, "not_after_range", where + ": classifiers");
      word.keeps_object = flag(c, "keeps_object", where + ": classifiers");
      word.not_after_year = flag(c, "not_after_year", where + ": classifiers");
      t_->units_after.add(field(c, "word", where + ": classifiers").get<std::string>(), unit(word));
    }
  }

  void add_object(const std::string& name, const std::vector<std::string>& aliases,
                  const std::string& object_class) {
    UnitWord word;
    word.kind = UnitKind::object;
    word.unit = name;
    word.dimension = object_class;
    word.is_model = name != object_class;
    const int id = unit(word);
    t_->objects_in_phrase.add(name, id);
    t_->units_after.add(name, id);
    add_all(&t_->objects_in_phrase, aliases, id);
    add_all(&t_->units_after, aliases, id);
  }

  void read_cues(const json& root, const std::vector<ObjectKind>& configured) {
    const std::string where = "data/claim_cues.json";
    // Built-in objects first, so that every spelling of one model gives the same name
    // (昇腾910B and 910B are both 910B); configured objects add names and aliases.
    for (const auto& o : field(root, "objects", where)) {
      add_object(field(o, "name", where + ": objects").get<std::string>(),
                 strings(field(o, "aliases", where), where + ": objects.aliases"),
                 field(o, "class", where + ": objects").get<std::string>());
    }
    for (const auto& o : configured) add_object(o.name, o.aliases, o.object_class);
    for (const auto& m : field(root, "makers", where)) {
      UnitWord word;
      word.kind = UnitKind::maker;
      word.unit = field(m, "class", where + ": makers").get<std::string>();
      add_all(&t_->objects_in_phrase, strings(field(m, "names", where), where + ": makers.names"),
              unit(word));
    }
    for (const auto& n : field(root, "counted_nouns", where)) {
      UnitWord word;
      word.kind = UnitKind::counted_noun;
      word.unit = field(n, "object", where + ": counted_nouns").get<std::string>();
      const std::string noun_where = where + ": counted_nouns." + word.unit;
      word.numerals_from = number_or_zero(n, "numerals_from", noun_where);
      if (n.contains("not_before")) word.not_before = strings(n.at("not_before"), noun_where + ".not_before");
      word.only_after_number = flag(n, "only_after_number", noun_where);
      const auto words = strings(field(n, "words", where), where + ": counted_nouns.words");
      const int id = unit(word);
      add_all(&t_->objects_in_phrase, words, id);
      // 5栋大楼, not 101大楼 (a name): some nouns count only after a classifier
      if (!flag(n, "after_classifier", noun_where)) add_all(&t_->units_after, words, id);
    }
    t_->money_cues = strings(field(root, "money_cues", where), where + ": money_cues");
    t_->idioms = PhraseIndex(strings(field(root, "idioms", where), where + ": idioms"));
    add_all(&t_->page_furniture, strings(field(root, "page_furniture", where), where), 0);
    add_all(&t_->date_cues_before, strings(field(root, "date_cues_before", where), where), 0);
    add_all(&t_->duration_cues_after, strings(field(root, "duration_cues_after", where), where), 0);
    add_all(&t_->term_after_unit, strings(field(root, "term_after_unit", where), where + ": term_after_unit"), 1);
    add_all(&t_->term_after_unit,
            strings(field(root, "term_not_after_unit", where), where + ": term_not_after_unit"), 0);
    add_all(&t_->term_nouns, strings(field(root, "term_nouns", where), where + ": term_nouns"), 0);
    add_all(&t_->date_suffixes, strings(field(root, "date_suffixes", where), where), 0);
    add_all(&t_->no_claim_after, strings(field(root, "ordinal_before", where), where), 0);
    add_all(&t_->no_claim_after, strings(field(root, "names_before", where), where), 0);
    add_all(&t_->noun_measure_words, strings(field(root, "noun_measure_words", where), where), 0);
  }

 private:
  ClaimTables* t_;
};

}  // namespace

ClaimTables::ClaimTables(const std::vector<ObjectKind>& objects) {
  TableBuilder build(this);
  // Classifiers before objects and nouns, units before both: on equal words the first wins
  // (人 is the classifier counting people, 台币 the currency not the classifier 台).
  build.read_units(parse(data::units_json(), "units"));
  build.read_classifiers(parse(data::classifiers_json(), "classifiers"));
  build.read_cues(parse(data::claim_cues_json(), "claim_cues"), objects);
  build.read_hedges(parse(data::hedges_json(), "hedges"));
  for (WordLexicon* lexicon :
       {&units_after, &currency_before, &objects_in_phrase, &hedges_before, &hedges_after, &hedge_links,
        &not_after_amounts, &amount_words, &after_not_before, &margins, &page_furniture, &date_cues_before,
        &duration_cues_after, &term_after_unit, &term_nouns, &date_suffixes, &no_claim_after,
        &noun_measure_words, &speed_before, &unit_cues, &unit_cues_after, &units_before, &units_before_seconds,
        &decimal_after, &word_fraction_points, &rate_before, &rate_after, &rate_counts, &rate_count_classifiers, &rate_denominators,
        &rate_not_after, &rate_exchange_words, &yen_as_jpy_after, &local_yuan.quote_words})
    lexicon->freeze();
  for (const WordLexicon* lexicon : {&currency_before, &hedge_links, &hedges_before}) before_number.add(*lexicon);
  if (cny_unit < 0 || jpy_unit < 0)
    throw std::runtime_error("data/units.json: currencies: CNY and JPY are required");
}

std::shared_ptr<const ClaimTables> ClaimTables::for_objects(const std::vector<ObjectKind>& objects) {
  const std::vector<ObjectKind>& built_in = default_config().objects;
  if (objects != built_in) return std::make_shared<const ClaimTables>(objects);
  static const std::shared_ptr<const ClaimTables> shared = std::make_shared<const ClaimTables>(built_in);
  return shared;
}

}  // namespace claimcheck
