// The pieces the HTML report is assembled from: its style and script, and claim highlights.
#ifndef CLAIMCHECK_RENDER_HTML_REPORT_PARTS_HPP
#define CLAIMCHECK_RENDER_HTML_REPORT_PARTS_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/report.hpp"
#include "render/number_text.hpp"

namespace claimcheck::render {

// The page's inline CSS and its small filtering script (the page reads well without it).
std::string_view html_report_style();
std::string_view html_report_script();

// A canonical name as words: "training_cost" → "training cost".
std::string readable_name(std::string_view name);

// How claims are marked up: each claim's normalization as a tooltip, and which claims sit in
// a finding (highlighted more strongly).
class ClaimMarkup {
 public:
  ClaimMarkup(const Report& report, const NumberText& numbers);

  // The tooltip of claim `id`: its normalized value, bounds and what it is about.
  std::string title(std::size_t id) const;
  // Whether claim `id` is on a side of a finding.
  bool disputed(std::size_t id) const { return id < disputed_.size() && disputed_[id]; }
  // A short normalization for card captions: "5.576 million USD, exact".
  std::string normalized(std::size_t id) const;

  // Appends claim `id` as <mark data-claim-id="id" ...>text</mark>; `anchor` adds id="claim-N"
  // (used once per claim, in its document).
  void append_mark(std::string* out, std::string_view text, std::size_t id, bool anchor) const;

  // Appends the sentence holding claim `id`, taken from its document `text`, with the claim
  // highlighted; a long sentence is cut around the claim. Without a usable text, the claim alone.
  void append_excerpt(std::string* out, std::string_view text, std::size_t id) const;

  // Appends the whole document `text` with the claims `ids` (of that document) highlighted.
  void append_document(std::string* out, std::string_view text, std::vector<std::size_t> ids) const;

 private:
  const Report& report_;
  const NumberText& numbers_;
  std::vector<bool> disputed_;
};

}  // namespace claimcheck::render

#endif
