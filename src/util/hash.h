// Fast non-cryptographic hashing for feature strings and ids.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace dyad {

inline uint64_t hash_mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// FNV-1a over bytes, finished with a mixer; stable across platforms (models store these).
inline uint64_t hash_bytes(std::string_view s, uint64_t seed = 0xcbf29ce484222325ULL) {
  uint64_t h = seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return hash_mix(h);
}

inline uint64_t hash_combine(uint64_t a, uint64_t b) {
  return hash_mix(a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2)));
}

}  // namespace dyad
