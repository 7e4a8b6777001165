// The report as one self-contained HTML page: what `claimcheck check --format html` writes.
//
//   std::vector<claimcheck::Document> docs = {{"a.txt", text_a}, {"b.txt", text_b}};
//   std::vector<claimcheck::Claim> claims;            // engine.extract(...) of every document
//   auto report = engine.check(claims);
//   std::string page = claimcheck::report_to_html(report, docs);
//
// The page needs the documents' texts to quote each claim in its sentence; a claim whose source
// is not among `docs` is shown by its own text only.
#ifndef CLAIMCHECK_HTML_REPORT_HPP
#define CLAIMCHECK_HTML_REPORT_HPP

#include <string>
#include <vector>

#include "claimcheck/report.hpp"

namespace claimcheck {

// One document as the caller read it: `source` is the id its claims carry, `text` its bytes
// exactly as given to Engine::extract (the claims' byte offsets point into it).
struct Document {
  std::string source;
  std::string text;
};

// The page: inline CSS, no external resource, readable without JavaScript (a small inline
// script adds filters). The summary comes first, then every finding as a side-by-side card,
// then every document, collapsed, with all its claims highlighted. Each claim highlight carries
// data-claim-id="N" (N indexes report.claims) and a title with its normalization; each finding
// card carries data-finding="contradiction" or "discrepancy". All document text is escaped and
// invalid UTF-8 is shown as U+FFFD, so the page is valid UTF-8 whatever the input.
std::string report_to_html(const Report& report, const std::vector<Document>& docs);

}  // namespace claimcheck

#endif
