// Claims handles through the C ABI: the claims, the notes, and what each claim says.
#include <optional>
#include <string>

#include "handles.hpp"

namespace {

using claimcheck::capi::claim_of;

const char* c_str_or_null(const std::optional<std::string>& s) {
  return s ? s->c_str() : nullptr;
}

const claimcheck::Note* note_at(const claimcheck_claims* claims, size_t i) {
  return claims == nullptr ? nullptr : claimcheck::capi::element(claims->extraction.notes, i);
}

}  // namespace

extern "C" {

void claimcheck_claims_free(claimcheck_claims* claims) { delete claims; }

size_t claimcheck_claims_count(const claimcheck_claims* claims) {
  return claims == nullptr ? 0 : claims->extraction.claims.size();
}

const claimcheck_claim* claimcheck_claims_get(const claimcheck_claims* claims, size_t i) {
  if (claims == nullptr || i >= claims->extraction.claims.size()) return nullptr;
  return claimcheck::capi::handle_of(claims->extraction.claims[i]);
}

size_t claimcheck_claims_notes_count(const claimcheck_claims* claims) {
  return claims == nullptr ? 0 : claims->extraction.notes.size();
}

size_t claimcheck_claims_note_begin(const claimcheck_claims* claims, size_t i) {
  const auto* note = note_at(claims, i);
  return note == nullptr ? 0 : note->begin;
}

size_t claimcheck_claims_note_end(const claimcheck_claims* claims, size_t i) {
  const auto* note = note_at(claims, i);
  return note == nullptr ? 0 : note->end;
}

const char* claimcheck_claims_note_message(const claimcheck_claims* claims, size_t i) {
  const auto* note = note_at(claims, i);
  return note == nullptr ? nullptr : note->message.c_str();
}

size_t claimcheck_claim_begin(const claimcheck_claim* c) { return c ? claim_of(c)->begin : 0; }
size_t claimcheck_claim_end(const claimcheck_claim* c) { return c ? claim_of(c)->end : 0; }
const char* claimcheck_claim_text(const claimcheck_claim* c) {
  return c ? claim_of(c)->text.c_str() : nullptr;
}
const char* claimcheck_claim_source(const claimcheck_claim* c) {
  return c ? claim_of(c)->source.c_str() : nullptr;
}
double claimcheck_claim_value(const claimcheck_claim* c) { return c ? claim_of(c)->value : 0; }
int claimcheck_claim_has_low(const claimcheck_claim* c) {
  return c && claim_of(c)->low.has_value() ? 1 : 0;
}
double claimcheck_claim_low(const claimcheck_claim* c) {
  return c ? claim_of(c)->low.value_or(0) : 0;
}
int claimcheck_claim_has_high(const claimcheck_claim* c) {
  return c && claim_of(c)->high.has_value() ? 1 : 0;
}
double claimcheck_claim_high(const claimcheck_claim* c) {
  return c ? claim_of(c)->high.value_or(0) : 0;
}
const char* claimcheck_claim_qualifier(const claimcheck_claim* c) {
  return c ? claimcheck::to_string(claim_of(c)->qualifier) : nullptr;
}
const char* claimcheck_claim_dimension(const claimcheck_claim* c) {
  return c ? claim_of(c)->dimension.c_str() : nullptr;
}
const char* claimcheck_claim_unit(const claimcheck_claim* c) {
  return c ? claim_of(c)->unit.c_str() : nullptr;
}
const char* claimcheck_claim_object(const claimcheck_claim* c) {
  return c ? c_str_or_null(claim_of(c)->object) : nullptr;
}
const char* claimcheck_claim_subject(const claimcheck_claim* c) {
  return c ? c_str_or_null(claim_of(c)->subject) : nullptr;
}
const char* claimcheck_claim_measure(const claimcheck_claim* c) {
  return c ? c_str_or_null(claim_of(c)->measure) : nullptr;
}
size_t claimcheck_claim_sentence_begin(const claimcheck_claim* c) {
  return c ? claim_of(c)->sentence_begin : 0;
}
size_t claimcheck_claim_sentence_end(const claimcheck_claim* c) {
  return c ? claim_of(c)->sentence_end : 0;
}

}  // extern "C"
