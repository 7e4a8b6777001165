// The attributor's tables, built once from the configuration and lib/data/attribution_words.json:
// one phrase matcher over entity aliases, object aliases and measure triggers, and what each
// phrase stands for.
#ifndef CLAIMCHECK_LIB_ATTRIBUTION_ATTRIBUTION_TABLES_HPP
#define CLAIMCHECK_LIB_ATTRIBUTION_ATTRIBUTION_TABLES_HPP

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "attribution/attributor.hpp"
#include "attribution/phrase_matcher.hpp"
#include "claimcheck/config.hpp"

namespace claimcheck {

// What one phrase of the matcher stands for (a phrase may be several things: "GPU" is an object
// and a trigger of gpu_count).
struct PhraseRoles {
  int entity = -1;                     // index into Attributor::Tables::entities
  bool object = false;                 // an alias of a counted object
  bool clause_mark = false;            // punctuation that ends a clause (，；：, ; :)
  bool owned = false;                  // a noun a name opening its clause owns (股价 of 摩尔线程股价)
  bool comparison = false;             // a name right after it is compared with (约为, than)
  bool recipient = false;              // a name right after it is acted on (向, 对), not acting
  std::vector<std::uint32_t> measures; // measures it triggers
  std::vector<std::uint32_t> excludes; // measures it rules out in its clause (营收 rules out a share price change)
  std::uint64_t dimensions = 0;        // bit i: one of those measures applies to dimension_names[i]
};

struct Attributor::Tables {
  explicit Tables(const Config& config);

  // The dimensions the measures apply to (at most 64 are told apart; `PhraseRoles::dimensions`).
  std::vector<std::string> dimension_names;
  // The index of `dimension` in dimension_names, or -1.
  int dimension_id(std::string_view dimension) const;

  // The tables for `config`: when its entities, measures and objects are the built-in ones, one
  // copy built on first use and shared by every engine of the process; otherwise a new copy.
  static std::shared_ptr<const Tables> for_config(const Config& config);

  PhraseMatcher matcher;
  std::vector<PhraseRoles> roles;      // by phrase id
  std::vector<std::string> entities;   // canonical names
  std::vector<Measure> measures;
  std::vector<std::string> not_subjects;         // capitalised words that name no one, sorted
  std::vector<std::string> maker_links;          // "的", "'s": entity + link + object = maker
  std::vector<std::string> owner_links_after;    // "off", "of": number + link + entity = owner
  std::array<bool, 256> owner_link_starts{};     // per byte: whether an owner link may start with it
  std::vector<std::string> conversion_words;     // "约合", "or about": an amount restating the one before
  // Chinese names the alias table lacks, before an owned noun (attribution_words.json: unnamed_owners).
  std::vector<std::string> owner_leading_words;  // 其中, 而: dropped before the name
  std::vector<std::string> owner_trailing_words; // 的, 港股: dropped after it
  std::size_t owner_affix_bytes = 0;             // the longest leading and trailing words together
  std::vector<std::string> not_owner_starts;     // 占, 按: a run starting so is no name
  std::vector<std::string> not_owner_names;      // 该公司, 市场: a run starting so names no one
  std::vector<char32_t> time_characters;         // 年, 季: a run holding one is a time, not a name
  std::vector<std::string> person_titles;        // "chief executive", "analyst": a name after one is a person's
  // Whether one of person_titles ends right before `at` (spaces between allowed).
  bool person_title_before(std::string_view text, std::size_t at) const;

  // Whether a capitalised word names no one ("The", "Monday", "CEO").
  bool is_not_subject(std::string_view word) const;

  // A claim's object class as the measures see it: whether it is empty (no object, or an object
  // of the class "") and its index in class_names (-1: no measure names it). An object the table
  // lacks is its own class.
  struct ClassRef {
    bool empty = true;
    int id = -1;
  };
  ClassRef class_of(const std::optional<std::string>& object) const;

  // Whether measure m applies to a claim of `dimension` (its dimension_id `dimension_id`)
  // counting objects of `klass`: the measure names the dimension, and names the class unless it
  // names none.
  bool measure_applies(std::size_t m, int dimension_id, std::string_view dimension, ClassRef klass) const {
    const bool dimension_fits = dimension_id >= 0 ? ((measure_dimensions_[m] >> dimension_id) & 1u) != 0
                                                  : measure_unnamed_dimensions_[m] && names_dimension(m, dimension);
    if (!dimension_fits) return false;
    if (measures[m].object_classes.empty()) return true;
    const std::vector<int>& classes = measure_classes_[m];
    return klass.id >= 0 && std::binary_search(classes.begin(), classes.end(), klass.id);
  }

  // The object classes the measures name, and per class id the measures that name it, ascending.
  std::vector<std::string> class_names;
  std::vector<std::vector<std::uint32_t>> class_measures;

 private:
  bool names_dimension(std::size_t m, std::string_view dimension) const;
  // The slot of not_subject_slots_ where looking for `word` starts.
  std::size_t not_subject_slot(std::string_view word) const;
  int class_id(const std::string& name) const;

  std::unordered_map<std::string, int> class_ids_;              // class_names → index
  std::unordered_map<std::string, ClassRef> object_classes_;    // object name or alias → its class
  ClassRef no_object_;                                          // the class of a claim without an object
  std::vector<std::uint64_t> measure_dimensions_;                // per measure: bit i = names dimension_names[i]
  std::vector<char> measure_unnamed_dimensions_;                 // per measure: names a dimension past those 64
  std::vector<std::vector<int>> measure_classes_;                // per measure: its classes' ids, sorted
  // not_subjects by a hash of their bytes, open addressing: per slot 1 + the word's index, or 0
  // for none; at least four times as many slots as words, so that a word is found, or a slot
  // found empty, mostly at the first try.
  std::vector<std::uint32_t> not_subject_slots_;
};

}  // namespace claimcheck

#endif
