// Filling a claim's string fields.
#ifndef CLAIMCHECK_LIB_CLAIMS_SET_STRING_HPP
#define CLAIMCHECK_LIB_CLAIMS_SET_STRING_HPP

#include <string>
#include <string_view>

namespace claimcheck::scan {

// Sets `s` to `bytes`, which must not lie inside `s`. std::string::assign takes the library's
// general replace, which also works out how the old and the new bytes overlap; a claim's fields
// never overlap what is copied into them, and clearing then appending costs about half as much.
// (Claims are many and their fields short: text, dimension, unit and source are set per claim.)
inline void set_string(std::string& s, std::string_view bytes) {
  s.clear();
  s.append(bytes.data(), bytes.size());
}

}  // namespace claimcheck::scan

#endif
