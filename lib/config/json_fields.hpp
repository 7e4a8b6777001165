// Reading validated values out of a parsed JSON document, each mistake named by its field path
// ("measures.training_cost.triggers[3]: expected a string"; "(top level)" for the root). Shared
// by the readers of configurations and reports.
#ifndef CLAIMCHECK_LIB_CONFIG_JSON_FIELDS_HPP
#define CLAIMCHECK_LIB_CONFIG_JSON_FIELDS_HPP

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimcheck::json_fields {

using Json = nlohmann::ordered_json;

// A mistake in a document; `message` starts with the field path.
struct FieldError {
  std::string message;
};

// Throws FieldError "<path>: <what>".
[[noreturn]] void fail(const std::string& path, const std::string& what);

// "path.key" ("key" at the top level) and "path[index]".
std::string child_path(const std::string& path, const std::string& key);
std::string element_path(const std::string& path, std::size_t index);

void expect_object(const Json& j, const std::string& path);
void expect_array(const Json& j, const std::string& path);
// Rejects every key of `j` not in `known`: a misspelt field is never silently ignored.
void expect_keys(const Json& j, const std::string& path, std::initializer_list<const char*> known);
// The member `key` of object `j`; fails "<path>.<key>: missing" when it is absent.
const Json& member(const Json& j, const std::string& path, const char* key);

std::string read_string(const Json& j, const std::string& path, bool allow_empty = false);
std::vector<std::string> read_strings(const Json& j, const std::string& path);
bool read_bool(const Json& j, const std::string& path);
// A finite number within [min, max]; `range` says so in the message ("from 0 to 0.5").
double read_number(const Json& j, const std::string& path, double min, double max, const char* range);
// A whole number ≥ 0 below `limit` (an index into a list of `limit` elements, named `what`).
std::size_t read_index(const Json& j, const std::string& path, std::size_t limit, const char* what);
std::vector<std::size_t> read_indices(const Json& j, const std::string& path, std::size_t limit,
                                      const char* what);

// Parses `json`; a syntax error throws FieldError "line L, column C: <what the parser says>", a
// number too large for a double (1e999) "line L, column C: a number too large to represent: …".
Json parse(std::string_view json);

}  // namespace claimcheck::json_fields

#endif
