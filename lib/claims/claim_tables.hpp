// The word tables of claim extraction, read once from the embedded data files (units, hedges,
// classifiers, claim_cues) plus the configuration's counted objects, and indexed for
// longest-match lookup at a byte offset.
//
// Built once, immutable, safe for concurrent use by multiple threads.
#ifndef CLAIMCHECK_LIB_CLAIMS_CLAIM_TABLES_HPP
#define CLAIMCHECK_LIB_CLAIMS_CLAIM_TABLES_HPP

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/claim.hpp"
#include "claimcheck/config.hpp"
#include "claims/phrase_index.hpp"
#include "claims/word_lexicon.hpp"

namespace claimcheck {

// What a word after a number makes of it.
enum class UnitKind {
  currency,          // 美元, dollars: unit is the ISO code
  duration,          // 年, 个月, days: unit is year, month, ...
  percent,           // %, percent
  percentage_point,  // 个百分点
  multiple,          // 倍, times
  physical,          // W, 兆瓦, GPU小时: dimension and unit from the table, value × scale
  classifier,        // 块, 张, 名: a count; the object may follow
  object,            // H800, GPU, 显卡: a count of that object (model or class)
  counted_noun,      // 参数, companies: a count of that thing
  maker,             // 英伟达: its products, when counted after a classifier
};

struct UnitWord {
  UnitKind kind = UnitKind::classifier;
  std::string unit;         // ISO code, year, W, ...; for objects and nouns the object name
  std::string dimension;    // physical units only
  double scale = 1;         // physical units only
  double min_whole = 0;     // physical units only: a whole number below this takes no unit (两点)
  double offset = 0;        // physical units only: added before the scale (°F: −32, then × 5/9)
  bool is_model = false;    // objects: a model name (H800) rather than a class noun (GPU)
  bool bare_month_or_day = false;  // durations: 月 or 日 alone, which usually writes a date
  bool bare_year = false;          // durations: 年 alone, which may write a calendar year
  double numerals_from = 0;        // counted nouns: a number without digits counts it only from here up
  std::vector<std::string> not_before;  // counted nouns and classifiers: words it starts that are other
                                        // words (股 in 股价, 位 in 两位数)
  bool only_after_number = false;  // counted nouns: never counted by a number after it (美股3000点)
  bool not_after_range = false;    // classifiers: none after a range (间 of 10000与20000间 is "between")
  bool keeps_object = false;       // classifiers: its object beats the noun after it (1.1万户居民: households)
  bool not_after_year = false;     // classifiers: none after a year (2024款车型 is a model year)
  int cue_group = -1;              // physical units: 度, 级 — a unit only with a cue of this group
                                   // (index into ClaimTables::cue_within), -1 if it needs none
};

// A word that makes a cued unit word a unit (气温 makes 度 a temperature, 地震 makes 级 a
// magnitude), with what it makes it and how to bring the number to that unit.
struct UnitCue {
  int group = 0;           // the cued unit words it applies to
  std::string dimension;   // temperature, magnitude, wind_force
  std::string unit;        // degC, magnitude, beaufort
  double scale = 1;
  double offset = 0;       // added before the scale (华氏: −32)
};

struct HedgeWord {
  Qualifier qualifier = Qualifier::exact;
  bool is_hedge = true;     // false for look-alikes such as 最近 (not 近)
};

struct ClaimTables {
  // Builds the tables from the embedded data and `objects`; throws std::runtime_error naming
  // the data file and field on malformed data.
  explicit ClaimTables(const std::vector<ObjectKind>& objects);

  // The tables for `objects`: for the built-in objects, one copy built on first use and shared
  // by every engine of the process; for any others, a new copy.
  static std::shared_ptr<const ClaimTables> for_objects(const std::vector<ObjectKind>& objects);

  std::vector<UnitWord> units;      // payloads of units_after, currency_before, objects_in_phrase
  std::vector<HedgeWord> hedges;    // payloads of hedges_before, hedges_after

  WordLexicon units_after;          // everything that may follow a number
  WordLexicon currency_before;      // $, 人民币, NT$ ...
  WordLexicon objects_in_phrase;    // objects, makers, counted nouns, compound units
  WordLexicon hedges_before;
  WordLexicon hedges_after;
  WordLexicon hedge_links;          // 了, 有, 拥有: between a hedge and its number (至少拥有5万块)
  WordLexicon::EndGate before_number;  // currency_before, hedge_links, hedges_before: all asked right before a number
  WordLexicon noun_measure_words;   // 数, 量, 总数: after a counted noun before its number (token总数为14.8万亿)
  WordLexicon speed_before;         // 时速: a length after it is a speed per hour (时速350公里)
  // Cued unit words (data/units.json: cued): 气温 before the number makes 度 after it a
  // temperature, 地震 right after 级 makes it a magnitude.
  WordLexicon unit_cues;            // 气温, 华氏, 风力: before the number (payload: unit_cue_values)
  WordLexicon unit_cues_after;      // 地震, 台风: right after the unit word (payload: unit_cue_values)
  std::vector<UnitCue> unit_cue_values;
  std::vector<std::size_t> cue_within;  // per group: bytes allowed between a cue and the number
  std::size_t unit_cue_longest = 0;     // bytes of the longest cue before a number
  WordLexicon units_before;         // magnitude, 芮氏规模: a physical unit written before the number (payload: units)
  WordLexicon units_before_seconds; // 分: a unit of time only right before a number of seconds (1分52秒; payload: units)
  WordLexicon decimal_after;        // 秒, 米: one or two digits right after the unit word are its decimal part (46秒40)
  WordLexicon word_fraction_points; // point: a percentage point after a fraction in words (a quarter point; payload: units)
  WordLexicon not_after_amounts;    // over: no hedge right after an amount ($5 billion over five years)
  WordLexicon amount_words;         // million, percent: words that end an amount
  WordLexicon margins;              // plus or minus, ±: a percentage after them bounds the amount before
  WordLexicon after_not_before;     // than: an after hedge before it is the next number's (or more than $6 million)
  WordLexicon page_furniture;       // 阅读, 评论, 楼: a number before them is page furniture
  WordLexicon date_cues_before;     // 在, in, since: a year-like number after them is a date
  WordLexicon duration_cues_after;  // 前, 以来, 之久: 年 before them is a duration
  WordLexicon term_after_unit;      // 期 (payload 1; 期间: 0): 10年期 is a loan's or a bond's term, no claim
  WordLexicon term_nouns;           // Treasury, mortgage: the 10-year Treasury names a term, no claim
  WordLexicon date_suffixes;        // 号, 份, 底: 月 before them writes a date
  // 第, #, No. (data/claim_cues.json: ordinal_before); Fortune, FTSE, 沪深, the number after them
  // part of a name (names_before); and rate_before's 每, per. A number right after any of them is
  // no claim, and one lexicon of all of them answers that in one lookup instead of three.
  WordLexicon no_claim_after;
  // Money per something (data/units.json: rates): $2 per hour, 每股派息1元.
  WordLexicon rate_before;          // 每, per: before a denominator; a number right after them is one
  WordLexicon rate_after;           // /, per, a: between an amount and its denominator
  WordLexicon rate_counts;          // 百万, million: a count in a denominator (payload: rate_count_values)
  WordLexicon rate_count_classifiers;  // 个: between the count and the denominator
  WordLexicon rate_denominators;    // hour, 股, GPU小时 (payload: index into rate_units)
  WordLexicon rate_not_after;       // ago: "a year ago" makes no rate
  WordLexicon rate_exchange_words;  // 兑: 1美元兑7.18元人民币 is one exchange rate, 7.18 CNY/USD
  struct RateUnit {
    std::string unit;   // the denominator's canonical unit: hour, share, GPU_hour
    double scale = 1;   // that unit in one of its words (TB: 1e3 GB)
    bool time = false;  // a unit of time (hour, day): counts have rates per time only
    double in_hour = 0; // how many of it make an hour (minute: 60); 0 if a length per it is no speed
  };
  std::vector<RateUnit> rate_units;
  std::vector<double> rate_count_values;
  std::size_t rate_before_gap = 0;  // bytes allowed between a denominator and the number after it
  std::vector<char> rate_before_first;  // the first bytes of rate_before's words, in either case
  WordLexicon yen_as_jpy_after;     // 日元, 円: ¥ before the number is JPY
  // What 元 alone stands for in a document (data/units.json: local_yuan).
  struct LocalYuan {
    std::vector<std::string> renminbi;  // words and signs that name the renminbi
    WordLexicon quote_words;            // 收報, 報收: a share price, quoted in the local dollar
    struct LocalDollar {
      int unit = -1;                     // its payload among the units
      std::vector<std::string> markers;  // its names: 新台幣, HK$
      std::vector<std::string> places;   // words of its place, for a document naming no dollar: 台股, 恒指
    };
    std::vector<LocalDollar> local;
    std::vector<char32_t> traditional;  // characters written only in Traditional Chinese (sorted)
    std::vector<char32_t> simplified;   // their Simplified forms (sorted)
  } local_yuan;
  std::vector<std::string> money_cues;  // a 块 count is money in a clause with one of these
  PhraseIndex idioms;                   // 从0到1, 1-10: a number inside them is no claim
  int cny_unit = -1;                // the payload of CNY, for 块 in a price context
  int jpy_unit = -1;
};

}  // namespace claimcheck

#endif
