// Building the attributor's tables.
#include "attribution/attribution_tables.hpp"

#include <algorithm>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <nlohmann/json.hpp>

#include "claimcheck/json.hpp"
#include "text/ascii.hpp"
#include "text/spaces.hpp"
#include "text/utf8.hpp"

namespace claimcheck {

namespace data {
std::string_view attribution_words_json();
}

namespace {

PhraseRoles& roles_of(Attributor::Tables* t, std::string_view phrase) {
  const std::uint32_t id = t->matcher.add(phrase);
  if (id >= t->roles.size()) t->roles.resize(id + 1);
  return t->roles[id];
}

}  // namespace

Attributor::Tables::Tables(const Config& config) : measures(config.measures) {
  for (const Entity& entity : config.entities) {
    const int index = static_cast<int>(entities.size());
    entities.push_back(entity.name);
    roles_of(this, entity.name).entity = index;
    for (const std::string& alias : entity.aliases) roles_of(this, alias).entity = index;
  }
  std::unordered_map<std::string, std::string> object_class;  // object name or alias → class
  for (const ObjectKind& object : config.objects) {
    object_class.emplace(object.name, object.object_class);
    roles_of(this, object.name).object = true;
    for (const std::string& alias : object.aliases) {
      object_class.emplace(alias, object.object_class);
      roles_of(this, alias).object = true;
    }
  }
  for (std::size_t m = 0; m < measures.size(); ++m) {
    std::uint64_t dims = 0;
    for (const std::string& d : measures[m].dimensions) {
      int id = dimension_id(d);
      if (id < 0 && dimension_names.size() < 64) {
        id = static_cast<int>(dimension_names.size());
        dimension_names.push_back(d);
      }
      if (id >= 0) dims |= std::uint64_t{1} << id;
    }
    measure_dimensions_.push_back(dims);
    measure_unnamed_dimensions_.push_back(0);
    for (const std::string& d : measures[m].dimensions)
      if (dimension_id(d) < 0) measure_unnamed_dimensions_.back() = 1;
    std::vector<int> classes;
    for (const std::string& c : measures[m].object_classes) {
      auto [it, added] = class_ids_.emplace(c, static_cast<int>(class_names.size()));
      if (added) {
        class_names.push_back(c);
        class_measures.emplace_back();
      }
      std::vector<std::uint32_t>& counting = class_measures[static_cast<std::size_t>(it->second)];
      if (counting.empty() || counting.back() != m) counting.push_back(static_cast<std::uint32_t>(m));
      classes.push_back(it->second);
    }
    std::sort(classes.begin(), classes.end());
    classes.erase(std::unique(classes.begin(), classes.end()), classes.end());
    measure_classes_.push_back(std::move(classes));
    for (const std::string& trigger : measures[m].triggers) {
      PhraseRoles& roles = roles_of(this, trigger);
      if (std::find(roles.measures.begin(), roles.measures.end(), m) == roles.measures.end())
        roles.measures.push_back(static_cast<std::uint32_t>(m));
      roles.dimensions |= dims;
    }
    for (const std::string& word : measures[m].excluded_by) {
      std::vector<std::uint32_t>& excludes = roles_of(this, word).excludes;
      if (std::find(excludes.begin(), excludes.end(), m) == excludes.end())
        excludes.push_back(static_cast<std::uint32_t>(m));
    }
  }
  for (const auto& [object, klass] : object_class)
    object_classes_.emplace(object, ClassRef{klass.empty(), class_id(klass)});
  no_object_ = ClassRef{true, class_id(std::string())};
  const auto words = nlohmann::json::parse(data::attribution_words_json());
  for (const auto& w : words.at("not_subjects")) not_subjects.push_back(w.get<std::string>());
  std::sort(not_subjects.begin(), not_subjects.end());
  std::size_t slots = 64;
  while (slots < 4 * not_subjects.size()) slots *= 2;
  not_subject_slots_.assign(slots, 0);
  for (std::size_t k = 0; k < not_subjects.size(); ++k) {
    std::size_t slot = not_subject_slot(not_subjects[k]);
    while (not_subject_slots_[slot] != 0) slot = (slot + 1) & (slots - 1);
    not_subject_slots_[slot] = static_cast<std::uint32_t>(k + 1);
  }
  for (const auto& w : words.at("clause_marks")) roles_of(this, w.get<std::string>()).clause_mark = true;
  for (const auto& w : words.at("maker_links")) maker_links.push_back(w.get<std::string>());
  for (const auto& w : words.at("owner_links_after")) {
    owner_links_after.push_back(w.get<std::string>());
    // (An empty link is never taken, as no white space follows it where the spaces before it
    // end: it needs no entry.)
    const std::string& link = owner_links_after.back();
    if (!link.empty()) owner_link_starts[static_cast<unsigned char>(link[0])] = true;
  }
  for (const auto& w : words.at("conversion_words")) conversion_words.push_back(w.get<std::string>());
  for (const auto& w : words.at("comparison_words")) roles_of(this, w.get<std::string>()).comparison = true;
  for (const auto& w : words.at("recipient_words")) roles_of(this, w.get<std::string>()).recipient = true;
  for (const auto& w : words.at("person_titles")) person_titles.push_back(w.get<std::string>());
  const auto& owners = words.at("unnamed_owners");
  for (const auto& w : owners.at("owned_nouns")) roles_of(this, w.get<std::string>()).owned = true;
  for (const auto& [key, list] : {std::pair{"leading_words", &owner_leading_words},
                                   std::pair{"trailing_words", &owner_trailing_words}}) {
    std::size_t longest = 0;
    for (const auto& w : owners.at(key)) {
      list->push_back(w.get<std::string>());
      longest = std::max(longest, list->back().size());
    }
    owner_affix_bytes += longest;
  }
  for (const auto& w : owners.at("not_starts")) not_owner_starts.push_back(w.get<std::string>());
  for (const auto& w : owners.at("not_names")) not_owner_names.push_back(w.get<std::string>());
  const std::string times = owners.at("time_characters").get<std::string>();
  for (std::size_t i = 0; i < times.size();) {
    const text::DecodedChar c = text::decode_at(times, i);
    time_characters.push_back(c.code_point);
    i += c.length;
  }
}

std::shared_ptr<const Attributor::Tables> Attributor::Tables::for_config(const Config& config) {
  const Config& built_in = default_config();
  if (config.entities != built_in.entities || config.measures != built_in.measures ||
      config.objects != built_in.objects)
    return std::make_shared<const Tables>(config);
  static const std::shared_ptr<const Tables> shared = std::make_shared<const Tables>(built_in);
  return shared;
}

int Attributor::Tables::dimension_id(std::string_view dimension) const {
  for (std::size_t i = 0; i < dimension_names.size(); ++i)
    if (dimension_names[i] == dimension) return static_cast<int>(i);
  return -1;
}

bool Attributor::Tables::person_title_before(std::string_view text, std::size_t at) const {
  const std::size_t end = text::skip_spaces_back(text, at);
  if (end == at) return false;
  for (const std::string& title : person_titles) {
    if (title.size() > end) continue;
    const std::size_t begin = end - title.size();
    const unsigned char previous = begin == 0 ? ' ' : text::ascii_lower(static_cast<unsigned char>(text[begin - 1]));
    bool same = previous < 'a' || previous > 'z';
    for (std::size_t i = 0; same && i < title.size(); ++i)
      same = text::ascii_lower(static_cast<unsigned char>(text[begin + i])) == static_cast<unsigned char>(title[i]);
    if (same) return true;
  }
  return false;
}

std::size_t Attributor::Tables::not_subject_slot(std::string_view word) const {
  std::uint32_t hash = 2166136261u;  // FNV-1a
  for (const char c : word) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
  return hash & (not_subject_slots_.size() - 1);
}

bool Attributor::Tables::is_not_subject(std::string_view word) const {
  // (a word sits in its hash's slot or, where that was taken, in one of the slots after it, up
  // to the next empty one)
  for (std::size_t slot = not_subject_slot(word);; slot = (slot + 1) & (not_subject_slots_.size() - 1)) {
    const std::uint32_t k = not_subject_slots_[slot];
    if (k == 0) return false;
    if (not_subjects[k - 1] == word) return true;
  }
}

Attributor::Tables::ClassRef Attributor::Tables::class_of(const std::optional<std::string>& object) const {
  if (!object) return no_object_;
  const auto found = object_classes_.find(*object);
  if (found != object_classes_.end()) return found->second;
  return ClassRef{object->empty(), class_id(*object)};
}

bool Attributor::Tables::names_dimension(std::size_t m, std::string_view dimension) const {
  for (const std::string& d : measures[m].dimensions)
    if (d == dimension) return true;
  return false;
}

int Attributor::Tables::class_id(const std::string& name) const {
  const auto found = class_ids_.find(name);
  return found == class_ids_.end() ? -1 : found->second;
}

}  // namespace claimcheck
