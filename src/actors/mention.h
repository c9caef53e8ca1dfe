// An actor mention: a span of a Doc resolved to a CAMEO-style code (src/actors/ assigns them).
// Offsets follow the Doc conventions: token indices into Doc::tokens, bytes into Doc::text.
#pragma once

#include <cstdint>
#include <string>

namespace dyad {

struct Mention {
  uint32_t sentence = 0;  // index into Doc::sentences
  uint32_t first = 0;     // first token (index into Doc::tokens)
  uint32_t last = 0;      // one past the last token
  uint32_t start = 0;     // byte range in Doc::text: text == doc.slice(start, end)
  uint32_t end = 0;
  uint32_t head = 0;     // the head token of the phrase (index into Doc::tokens)
  std::string text;      // the evidence, doc.slice(start, end)
  std::string code;      // IRNMIL, USAGOV, IGOOPC; "" for a region without a CAMEO code
  std::string country;   // IRN; "" when the code does not start with a country
  std::string role;      // MIL, GOV, IGO ... (the code after the country); may be ""
  std::string kind;      // country capital metonym adjective inhabitant organization agent
                         // person region media
  std::string members;   // regions: member country codes separated by spaces, else ""
  float confidence = 0;  // 0..1
  std::string via;       // how the code was resolved ("adjective+agent", "person:dated" ...)
};

}  // namespace dyad
