// The engine's configuration: who the subjects are, which words name which measure, which
// counted objects belong together, currency rates and thresholds. Built-in defaults cover news
// about AI and chips; a JSON file can extend or replace them (see config_json.hpp).
#ifndef CLAIMCHECK_CONFIG_HPP
#define CLAIMCHECK_CONFIG_HPP

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace claimcheck {

// A canonical entity and the names it goes by in any script: Nvidia ← 英伟达, 辉达, 輝達, NVIDIA.
struct Entity {
  std::string name;
  std::vector<std::string> aliases;
};

// A canonical measure: the dimensions it applies to, the words that signal it, and (for counts)
// the object classes it covers. gpu_count: dimensions {count}, object_classes {GPU}.
struct Measure {
  std::string name;
  std::vector<std::string> dimensions;
  std::vector<std::string> triggers;
  std::vector<std::string> object_classes;
  std::vector<std::string> excluded_by;  // words that rule the measure out in a claim's clause
  // What each amount of the measure is per, whether or not the text says so: with "share", a share
  // price of HKD/share (报每股43.6港元) compares with one in HKD (收报43.6港元). Empty: none.
  std::string per;
};

// A canonical counted object, its aliases and its class: H800 → class GPU.
struct ObjectKind {
  std::string name;
  std::vector<std::string> aliases;
  std::string object_class;
};

// Field-by-field equality.
inline bool operator==(const Entity& a, const Entity& b) { return a.name == b.name && a.aliases == b.aliases; }
inline bool operator!=(const Entity& a, const Entity& b) { return !(a == b); }
inline bool operator==(const Measure& a, const Measure& b) {
  return a.name == b.name && a.dimensions == b.dimensions && a.triggers == b.triggers &&
         a.object_classes == b.object_classes && a.excluded_by == b.excluded_by && a.per == b.per;
}
inline bool operator!=(const Measure& a, const Measure& b) { return !(a == b); }
inline bool operator==(const ObjectKind& a, const ObjectKind& b) {
  return a.name == b.name && a.aliases == b.aliases && a.object_class == b.object_class;
}
inline bool operator!=(const ObjectKind& a, const ObjectKind& b) { return !(a == b); }

// Units of each currency per US dollar, valid on `date`, each conversion widening an interval
// by `uncertainty` (a fraction: 0.03 is 3 %).
struct CurrencyRates {
  std::string date;
  double uncertainty = 0.03;
  std::map<std::string, double> per_usd;
};

struct Thresholds {
  double approx_tolerance = 0.10;     // ± for 约/about/nearly
  double precision_cap = 0.10;        // written precision never exceeds this fraction of the value
  double contradiction_ratio = 1.2;   // gap ratio at and above which disjoint claims contradict
};

struct Limits {
  std::size_t max_document_bytes = 256u * 1024u * 1024u;
  bool strict_utf8 = false;           // refuse a document with invalid UTF-8, naming the offset
};

struct Config {
  std::vector<Entity> entities;
  std::vector<Measure> measures;
  std::vector<ObjectKind> objects;
  CurrencyRates currency_rates;
  Thresholds thresholds;
  Limits limits;
};

}  // namespace claimcheck

#endif
