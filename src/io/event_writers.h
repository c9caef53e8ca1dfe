// Writers for coded events: one JSON object (JSON Lines) or one TSV row per event, with the
// stable field names of `dyad code` (README.md, "Event records"). Downstream tools rely on these
// names; add fields at the end, never rename.
#pragma once

#include <string>

#include "doc/doc.h"

namespace dyad {

// Appends one JSON object and a newline. Offsets are byte offsets into doc.text.
void write_event_jsonl(const Doc& doc, const Event& e, std::string& out);

// The TSV header row (with newline) and one row per event. Actors and places are flattened into
// columns (source_text, source_code, source_start, source_end, ...); an unstated value is empty.
const std::string& event_tsv_header();
void write_event_tsv(const Doc& doc, const Event& e, std::string& out);

// The evidence of an event: the text of its sentence.
std::string_view event_evidence(const Doc& doc, const Event& e);

}  // namespace dyad
